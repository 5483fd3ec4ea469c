/**
 * Gen-11 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout11-aliyun-site-person-opentiny-derived  填写网站信息 (个人): numbered sections, domains in a TEXTAREA (one a
 *    line), the home URL DERIVED read-only from the first domain, fixed 服务类型 / 服务内容 shown read-only, languages in a
 *    multiple select, 前置审批 as a BUTTON GROUP 否 / 是 (是 reveals items + 审批号), every 网站负责人 label carrying the
 *    role prefix, an 导入主体负责人信息 button that copies without locking, two dates + 长期, a required 网站备注
 *  - heldout11-huawei-upload-unit-opentiny-materials 上传资料及真实性核验 (单位): a MATERIALS TABLE (the labels are table
 *    cells, one upload per row), template links, the app face check as a QR panel with 刷新核验状态
 * Each component comes from its own @opentiny/vue-* package (their styles are imported by the components).
 */
import { createApp, reactive, watch } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyButtonGroup from '@opentiny/vue-button-group';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import {
  build, EMAIL_RE, expose, HELD_PRINCIPAL, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, lines, MOBILE_RE, PERSON_BANNED, personSiteNameProblem, snapshot, validId, DOMAIN_RE,
} from './common';

type S = Record<string, unknown>;
const COMPONENTS = {
  TinyAlert, TinyButton, TinyButtonGroup, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyFileUpload, TinyForm, TinyFormItem, TinyInput, TinyOption,
  TinySelect, TinySteps,
};

function mount(make: () => object) {
  const app = createApp(make());
  for (const [name, c] of Object.entries(COMPONENTS)) app.component(name, c as never);
  app.mount('#app');
}
function tracked(platform: 'aliyun' | 'huawei', step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive<S>(initial);
  const bump = expose(platform, step, variant, () => snapshot(view(s)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
/** An element-style rule checked on blur. */
const rule = (ok: (v: string) => string, trigger = 'blur') => ({
  trigger,
  validator: (_r: unknown, v: unknown, cb: (e?: Error) => void) => {
    const bad = typeof v === 'string' && v.trim() ? ok(v.trim()) : '';
    return bad ? cb(new Error(bad)) : cb();
  },
});

/* ------------------------------------------------------------------ 1. aliyun 填写网站信息 (个人) */

function aliyunSite() {
  const s = tracked('aliyun', 'site', '个人', {
    siteName: '', domainsText: '', languages: [], preApproval: '', preItems: [], preNumber: '', remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '', wpLandline: '',
    importClicks: 0, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ domainsText, ...rest }) => {
    const domains = lines(domainsText);
    // FORMS §1.4: the home URL comes from the domain (www. + the first one) and is locked
    return { ...rest, domains, homeUrl: domains[0] ? `www.${domains[0]}` : '' };
  });
  const P = HELD_PRINCIPAL.个人;
  return {
    setup() {
      return {
        s, languages: ICP_LANGUAGES, certs: ICP_PERSON_CERTS, items: ICP_PRE_APPROVALS,
        yesNo: [{ text: '否', value: '否' }, { text: '是', value: '是' }],
        homeUrl: () => { const d = lines(s.domainsText); return d[0] ? `www.${d[0]}` : ''; },
        rules: {
          siteName: [rule(personSiteNameProblem)],
          domainsText: [rule((v) => { const bad = lines(v).find((d) => !DOMAIN_RE.test(d)); return bad ? `${bad}：请填写不带 www. 和 http:// 的域名` : ''; })],
          wpCertNumber: [rule((v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码不正确')],
          wpMobile: [rule((v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确'))],
          wpEmergency: [rule((v) => (!MOBILE_RE.test(v) ? '应急电话须为手机号码' : v === s.wpMobile ? '应急电话不能与手机号码相同' : ''))],
          wpEmail: [rule((v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'))],
          // FORMS §3.6: words banned in an individual's site name are banned in 备注 too
          remark: [rule((v) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注中不能含有“${w}”等字样` : ''; })],
        },
        onPre: (v: string) => { s.preApproval = v; if (v !== '是') { s.preItems = []; s.preNumber = ''; } },
        onLong: (v: boolean) => { s.wpLongTerm = v; if (v) s.wpValidTo = ''; },
        importPrincipal: () => {
          s.importClicks = Number(s.importClicks) + 1;
          Object.assign(s, { wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidFrom: P.validFrom, wpValidTo: P.validTo, wpLongTerm: P.longTerm, wpMobile: P.mobile, wpEmail: P.email });
        },
      };
    },
    template: `
<div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
<nav class="al-side" aria-label="备案导航"><a href="#">备案首页</a><a href="#" class="on">备案订单</a><a href="#">主体信息</a><a href="#">网站信息</a></nav>
<div class="al-main"><div class="al-body" style="max-width: 1040px">
  <div class="hw-card" style="padding-bottom: 18px"><tiny-steps :data="[{ name: '验证备案类型' }, { name: '填写主办者信息' }, { name: '填写网站信息' }, { name: '上传资料' }, { name: '提交初审' }]" :active="2"></tiny-steps></div>
  <tiny-alert type="warning" :closable="false" description="个人网站名称不能含有企业、经营性字样，也不能用域名、纯数字或纯英文作名称；网站开通前请勿解析域名。" style="margin-bottom: 16px"></tiny-alert>
  <tiny-form :model="s" :rules="rules" label-position="left" label-width="170px" validate-type="text" class="ot-form">
    <div class="hw-card">
      <div class="sec-no">一、网站信息<small>个人备案的服务类型与服务内容由系统确定</small></div>
      <tiny-form-item label="网站名称" prop="siteName" required><tiny-input v-model="s.siteName" class="site-name w360" placeholder="至少 3 个汉字"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站域名" prop="domainsText" required>
        <tiny-input v-model="s.domainsText" type="textarea" :rows="3" class="domains w360" placeholder="每行填写一个域名，如 example.com"></tiny-input>
        <div class="help">同一网站的多个域名请分行填写；第一个域名作为主域名</div>
      </tiny-form-item>
      <tiny-form-item label="网站首页URL">
        <tiny-input :model-value="homeUrl()" disabled class="home-url w360" placeholder="根据主域名自动生成"></tiny-input>
        <div class="help">由主域名自动生成，不可修改</div>
      </tiny-form-item>
      <div class="ro-box">服务类型：<b>网站应用服务</b>　　网站服务内容：<b>其他</b>　　接入资源：<b>云服务器 ECS i-bp1f2x9k3m7qv0（47.96.12.34）</b></div>
      <tiny-form-item label="网站语言" required>
        <tiny-select v-model="s.languages" multiple filterable class="languages w360" placeholder="请选择网站使用的语言">
          <tiny-option v-for="l in languages" :key="l" :label="l" :value="l"></tiny-option>
        </tiny-select>
      </tiny-form-item>
      <tiny-form-item label="是否涉及前置审批" required>
        <tiny-button-group :data="yesNo" :model-value="s.preApproval" @update:model-value="onPre" class="pre-approval"></tiny-button-group>
        <div class="help">涉及新闻、出版、教育、医疗保健、药品和医疗器械、电子公告服务、文化、广播电影电视节目的须取得前置审批</div>
      </tiny-form-item>
      <template v-if="s.preApproval === '是'">
        <tiny-form-item label="前置审批项" required>
          <tiny-checkbox-group v-model="s.preItems" class="pre-items"><tiny-checkbox v-for="x in items" :key="x" :label="x">{{ x }}</tiny-checkbox></tiny-checkbox-group>
        </tiny-form-item>
        <tiny-form-item label="审批号" required><tiny-input v-model="s.preNumber" class="w360" placeholder="请输入前置审批文件编号"></tiny-input></tiny-form-item>
      </template>
      <tiny-form-item label="网站备注" prop="remark" required>
        <tiny-input v-model="s.remark" type="textarea" :rows="3" :maxlength="200" show-word-limit class="remark" style="width: 520px" placeholder="请说明网站的主要内容和用途"></tiny-input>
      </tiny-form-item>
    </div>
    <div class="hw-card">
      <div class="sec-no">二、网站负责人<small>个人备案的网站负责人须为本人</small>
        <tiny-button type="text" class="import-principal" @click="importPrincipal" style="margin-left: 12px">导入主体负责人信息</tiny-button></div>
      <tiny-form-item label="网站负责人姓名" required><tiny-input v-model="s.wpName" class="wp-name w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站负责人证件类型" required>
        <tiny-select v-model="s.wpCertType" class="wp-cert-type w360" placeholder="请选择"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
      </tiny-form-item>
      <tiny-form-item label="网站负责人证件号码" prop="wpCertNumber" required><tiny-input v-model="s.wpCertNumber" maxlength="18" class="wp-cert-number w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站负责人证件有效期" required>
        <div class="row-inline">
          <tiny-date-picker v-model="s.wpValidFrom" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="开始日期" class="wp-valid-from" style="width: 170px"></tiny-date-picker>
          <span>至</span>
          <tiny-date-picker v-model="s.wpValidTo" :disabled="s.wpLongTerm" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="结束日期" class="wp-valid-to" style="width: 170px"></tiny-date-picker>
          <tiny-checkbox :model-value="s.wpLongTerm" @update:model-value="onLong" class="wp-long-term">长期</tiny-checkbox>
        </div>
      </tiny-form-item>
      <tiny-form-item label="网站负责人手机号码" prop="wpMobile" required><tiny-input v-model="s.wpMobile" maxlength="11" class="wp-mobile w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站负责人应急电话" prop="wpEmergency" required><tiny-input v-model="s.wpEmergency" maxlength="11" class="wp-emergency w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站负责人电子邮箱" prop="wpEmail" required><tiny-input v-model="s.wpEmail" class="wp-email w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站负责人办公电话（选填）"><tiny-input v-model="s.wpLandline" class="wp-landline w360" placeholder="区号-号码"></tiny-input></tiny-form-item>
    </div>
  </tiny-form>
  <div class="al-actions">
    <tiny-button @click="s.prevClicks++">上一步</tiny-button>
    <tiny-button @click="s.saveClicks++">暂存</tiny-button>
    <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
  </div>
</div></div>`,
  };
}

/* ------------------------------------------------------------------ 2. huawei 上传资料及真实性核验 (单位) */

interface Material { key: string; name: string; note: string; required: boolean; template?: string }
const MATERIALS: Material[] = [
  { key: 'licence', name: '主办单位证件', note: '营业执照原件的彩色扫描件或照片', required: true },
  { key: 'prIdFront', name: '主体负责人证件 · 人像面', note: '主体负责人（法定代表人）居民身份证人像面', required: true },
  { key: 'prIdBack', name: '主体负责人证件 · 国徽面', note: '居民身份证国徽面，须在有效期内', required: true },
  { key: 'wpIdFront', name: '互联网信息服务负责人证件 · 人像面', note: '网站负责人居民身份证人像面', required: true },
  { key: 'wpIdBack', name: '互联网信息服务负责人证件 · 国徽面', note: '网站负责人居民身份证国徽面', required: true },
  { key: 'promise', name: '《ICP备案信息真实性承诺书》', note: '下载模板，由互联网信息服务负责人签字后上传', required: true, template: '承诺书模板' },
  { key: 'notice', name: '《ICP备案信息真实性责任告知书》', note: '下载模板，由网站负责人签字后上传', required: true, template: '告知书模板' },
  { key: 'domainCert', name: '域名证书', note: '部分管局要求；域名注册商处下载', required: false },
  { key: 'others', name: '其他资料', note: '管局要求的其他补充材料', required: false },
];

function huaweiUpload() {
  const s = tracked('huawei', 'upload', '单位', {
    ...Object.fromEntries(MATERIALS.map((m) => [m.key, []])), templateClicks: 0, refreshClicks: 0, prevClicks: 0, saveClicks: 0, submitClicks: 0,
  });
  return {
    setup() {
      return {
        s, materials: MATERIALS,
        status: () => (Number(s.refreshClicks) > 0 ? '未完成（请使用华为云 App 扫码）' : '待核验'),
        // with auto-upload off the component keeps its own list and reports it by change / remove
        onFiles: (key: string, list: { name: string; size?: number }[]) => {
          s[key] = list.filter((f) => /\.(jpe?g|png)$/i.test(f.name) && (f.size ?? 0) <= 4 * 1024 * 1024).map((f) => ({ name: f.name }));
        },
      };
    },
    template: `
<div class="hw-top"><b>华为云</b><span>控制台</span><span>备案中心</span><span style="margin-left: auto">华为云初审 · 订单 HW20251201093</span></div>
<div class="hw-wrap" style="max-width: 1120px">
  <h2 class="page-title">填写订单</h2>
  <div class="hw-card" style="padding-bottom: 18px"><tiny-steps :data="[{ name: '基础信息校验' }, { name: '填写主体信息' }, { name: '填写互联网信息服务' }, { name: '上传资料及真实性核验' }]" :active="3" line></tiny-steps></div>
  <div class="ro-box">主办单位：<b>杭州云栖示例科技有限公司</b>　　主体负责人：<b>李娜（法定代表人）</b>　　互联网信息服务：<b>云栖示例科技官网</b>（互联网信息服务负责人 王强）</div>
  <tiny-alert type="info" :closable="false" description="请上传原件的彩色扫描件或照片（jpg/png，单个不超过 4MB），不得使用复印件或屏幕翻拍；水印不得遮挡证件信息。" style="margin-bottom: 16px"></tiny-alert>
  <div class="hw-card" style="padding: 0">
    <table class="mat-table">
      <thead><tr><th>资料名称</th><th>说明</th><th>上传</th></tr></thead>
      <tbody>
        <tr v-for="m in materials" :key="m.key" :class="'mat-row mat-' + m.key">
          <td class="mat-name"><i v-if="m.required">*</i>{{ m.name }}<span v-if="!m.required" class="help">（选填）</span></td>
          <td class="mat-note">{{ m.note }}<div v-if="m.template"><a href="javascript:;" class="tpl-link" @click="s.templateClicks++">下载{{ m.template }}</a></div></td>
          <td>
            <tiny-file-upload :auto-upload="false" :limit="1" accept=".jpg,.jpeg,.png" action="#" :class="'up-' + m.key"
              @change="(f, list) => onFiles(m.key, list)" @remove="(f, list) => onFiles(m.key, list)">
              <template #trigger><tiny-button size="small">选择文件</tiny-button></template>
            </tiny-file-upload>
          </td>
        </tr>
      </tbody>
    </table>
  </div>
  <div class="hw-card">
    <h3>真实性核验</h3>
    <div class="row-inline" style="align-items: flex-start; gap: 20px">
      <div class="qr" aria-label="核验二维码"></div>
      <div>
        <div>请互联网信息服务负责人使用<b>华为云 App</b>扫描二维码，完成人脸核验。</div>
        <div class="help" style="margin: 6px 0">核验状态：<span class="verify-status">{{ status() }}</span></div>
        <tiny-button size="small" class="refresh" @click="s.refreshClicks++">刷新核验状态</tiny-button>
      </div>
    </div>
  </div>
  <div class="hw-actions">
    <tiny-button @click="s.prevClicks++">上一步</tiny-button>
    <tiny-button @click="s.saveClicks++">保存</tiny-button>
    <tiny-button type="primary" @click="s.submitClicks++">提交华为云初审</tiny-button>
  </div>
</div>`,
  };
}

const APPS: Record<string, () => object> = {
  'heldout11-aliyun-site-person-opentiny-derived': aliyunSite,
  'heldout11-huawei-upload-unit-opentiny-materials': huaweiUpload,
};
const make = APPS[build()];
if (make) mount(make);
