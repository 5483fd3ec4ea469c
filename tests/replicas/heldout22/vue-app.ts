/**
 * Gen-22 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout22-aliyun-upload-person-elp-bordertabs  上传资料 (个人, 阿里云): upload-way radio BUTTONS (the App way swaps the tabs
 *    for a QR code), a read-only strip, then BORDER-CARD el-TABS (主办者证件 / 居住证明 / 其他资料, every pane rendered):
 *    PICTURE-CARD el-uploads (type checked), 是 / 否 radios REVEALING a 居住证 upload, optional uploads; 开始人脸核验, a 承诺
 *    tick; 上一步 / 提交初审
 *  - heldout22-tencent-site-unit-elp-addtabs         填写网站信息 (单位, 腾讯云): EDITABLE card el-TABS, one per site (网站1; +
 *    添加网站 adds 网站2, × closes it); a blur-checked name, a MULTIPLE FILTERABLE ALLOW-CREATE select of domains, an
 *    el-AUTOCOMPLETE home URL fed by the domains, a filterable select, CHECKBOX-BUTTONs, radios revealing items; the site
 *    principal: a select, blur checks, a DATERANGE picker + 长期 tick, phones that must differ; a textarea; 上一步 / 保存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, PHONE_RE, snapshot, validId,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;
interface UpFile { name?: string; raw?: File }

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

/* ------------------------------------------------------------------ 上传资料 (个人, 阿里云), border-card tabs */

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];
const ALIYUN_CHROME = (who: string) => `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">${who}</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>`;

const AliyunUploadPerson = defineComponent({
  setup() {
    const keys = ['idFront', 'idBack', 'handPhoto', 'residence', 'domainCert', 'otherFiles'];
    const s = useReplica('aliyun', 'upload', '个人', {
      uploadWay: '电脑上传', idFront: [], idBack: [], handPhoto: [], inProvince: '', residence: [], domainCert: [], otherFiles: [],
      faceClicks: 0, promise: false, prevClicks: 0, submitClicks: 0,
    });
    const ui = reactive({ tab: 'id', msg: '' });
    const files = reactive<Record<string, UpFile[]>>(Object.fromEntries(keys.map((k) => [k, []])));
    const errs = reactive<Record<string, string>>({});
    const imageOnly = new Set(['idFront', 'idBack', 'handPhoto', 'residence']);
    const setFiles = (k: string, list: UpFile[]) => {
      const bad = list.find((f) => imageOnly.has(k) && f.raw && !/^image\/(png|jpeg)$/.test(f.raw.type));
      const big = list.find((f) => f.raw && f.raw.size > 4 * 1024 * 1024);
      errs[k] = bad ? '仅支持 jpg / png 格式的图片' : big ? '单个文件不能超过 4 MB' : '';
      const ok = list.filter((f) => f !== bad && f !== big);
      files[k] = ok;
      s[k] = ok.map((f) => f.name ?? '').filter(Boolean);
    };
    const setInProvince = (v: string) => { s.inProvince = v; if (v === '是') setFiles('residence', []); };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      const left = [['idFront', '身份证人像面'], ['idBack', '身份证国徽面'], ...(s.inProvince === '否' ? [['residence', '居住证 / 暂住证']] : [])]
        .filter(([k]) => !(s[k!] as string[]).length).map(([, t]) => t);
      ui.msg = !s.inProvince ? '请确认身份证地址是否在备案省份' : left.length ? `尚未上传：${left.join('、')}` : !s.promise ? '请先勾选承诺' : '请先完成人脸核验';
    };
    return { s, ui, files, errs, setFiles, setInProvince, submit, steps: ALIYUN_STEPS };
  },
  template: `${ALIYUN_CHROME('张伟')}
  <div class="al-main"><div class="al-body">
    <div class="card-w"><el-steps :active="3" finish-status="success" simple><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps></div>
    <el-alert type="info" :closable="false" show-icon title="请上传证件原件的彩色照片或扫描件（jpg / png，单张不超过 4 MB），不得使用复印件或屏幕翻拍，水印不得遮挡证件信息。"></el-alert>
    <div class="card-w up-way-row" style="margin-top:16px">
      <span class="lbl">上传方式</span>
      <el-radio-group class="upload-way" v-model="s.uploadWay"><el-radio-button value="电脑上传">电脑上传</el-radio-button><el-radio-button value="阿里云App上传">阿里云App上传</el-radio-button></el-radio-group>
    </div>
    <div class="facts-ro"><div><span>备案省份</span><b>浙江省</b></div><div><span>主办者</span><b>张伟</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件住址</span><b>浙江省杭州市西湖区</b></div></div>
    <div v-show="s.uploadWay === '阿里云App上传'" class="card-w"><div class="row-inline"><div class="qr"></div><span class="help">请使用阿里云App扫描二维码，按提示拍摄并上传资料。</span></div></div>
    <el-tabs v-show="s.uploadWay === '电脑上传'" v-model="ui.tab" type="border-card" class="up-tabs">
      <el-tab-pane label="主办者证件" name="id">
        <div class="pic-row">
          <div class="pic-slot slot-idFront">
            <div class="pic-title"><em>*</em>身份证人像面</div>
            <el-upload class="up up-idFront" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files.idFront"
              :on-change="(f, list) => setFiles('idFront', list)" :on-remove="(f, list) => setFiles('idFront', list)"><span class="plus">+</span></el-upload>
            <div class="field-err" v-if="errs.idFront">{{ errs.idFront }}</div>
          </div>
          <div class="pic-slot slot-idBack">
            <div class="pic-title"><em>*</em>身份证国徽面</div>
            <el-upload class="up up-idBack" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files.idBack"
              :on-change="(f, list) => setFiles('idBack', list)" :on-remove="(f, list) => setFiles('idBack', list)"><span class="plus">+</span></el-upload>
            <div class="field-err" v-if="errs.idBack">{{ errs.idBack }}</div>
          </div>
          <div class="pic-slot slot-handPhoto">
            <div class="pic-title">手持身份证照片（选传）</div>
            <el-upload class="up up-handPhoto" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files.handPhoto"
              :on-change="(f, list) => setFiles('handPhoto', list)" :on-remove="(f, list) => setFiles('handPhoto', list)"><span class="plus">+</span></el-upload>
          </div>
        </div>
        <div class="help">个人备案的网站负责人即主办者本人，无需重复上传网站负责人证件。</div>
      </el-tab-pane>
      <el-tab-pane label="居住证明" name="residence">
        <el-form label-position="top" require-asterisk-position="left">
          <el-form-item label="身份证地址是否在备案省份" required>
            <div>
              <el-radio-group class="in-province" :model-value="s.inProvince" @update:model-value="setInProvince"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group>
              <div class="help">身份证地址不在备案省份的，须上传备案省份的居住证或暂住证</div>
            </div>
          </el-form-item>
          <el-form-item v-if="s.inProvince === '否'" label="居住证 / 暂住证" required :error="errs.residence">
            <el-upload class="up up-residence" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files.residence"
              :on-change="(f, list) => setFiles('residence', list)" :on-remove="(f, list) => setFiles('residence', list)"><span class="plus">+</span></el-upload>
          </el-form-item>
        </el-form>
      </el-tab-pane>
      <el-tab-pane label="其他资料" name="other">
        <el-form label-position="top">
          <el-form-item label="域名证书（选传）">
            <el-upload class="up up-domainCert" :auto-upload="false" :limit="1" accept="image/png,image/jpeg,application/pdf" :file-list="files.domainCert"
              :on-change="(f, list) => setFiles('domainCert', list)" :on-remove="(f, list) => setFiles('domainCert', list)"><el-button>选择文件</el-button></el-upload>
          </el-form-item>
          <el-form-item label="其他补充材料（选传）">
            <el-upload class="up up-otherFiles" :auto-upload="false" multiple :limit="5" accept="image/png,image/jpeg,application/pdf" :file-list="files.otherFiles"
              :on-change="(f, list) => setFiles('otherFiles', list)" :on-remove="(f, list) => setFiles('otherFiles', list)"><el-button>选择文件</el-button></el-upload>
          </el-form-item>
        </el-form>
      </el-tab-pane>
    </el-tabs>
    <div class="card-w verify-row" style="margin-top:16px">
      <b>真实性核验</b><span class="help">资料上传后，请主办者本人使用阿里云App完成人脸核验。</span>
      <el-button class="face" @click="s.faceClicks++">开始人脸核验</el-button>
    </div>
    <el-checkbox class="promise" v-model="s.promise">本人承诺所上传资料真实、有效</el-checkbox>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="submit">提交初审</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ 填写网站信息 (单位, 腾讯云), editable site tabs */

const TencentSiteUnit = defineComponent({
  setup() {
    const s = useReplica('tencent', 'site', '单位', {
      siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '', preItems: [],
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
      remark: '', siteTabs: ['网站1'], prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, (r) => ({ ...r, wpValidity: Array.isArray(r.wpValidity) && r.wpValidity.length === 2 ? r.wpValidity : [] }));
    const ui = reactive({ tab: 'site1', extra: [] as { name: string; title: string; siteName: string }[], seq: 1, msg: '' });
    const errs = reactive<Record<string, string>>({});
    const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称不少于 3 个汉字' : ['网站', '首页', '公司'].includes(v) ? '网站名称过于宽泛' : ''),
      homeUrl: (v) => (/^https?:/i.test(v) ? '无需填写 http://' : (s.domains as string[]).some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页须属于网站域名'),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对',
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0755-12345678'),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setDomains = (v: unknown[]) => {
      const list = v.map((x) => String(x).trim().toLowerCase()).filter(Boolean);
      const bad = list.find((x) => domainRule(x));
      errs.domains = bad ? `${bad}：${domainRule(bad)}` : '';
      s.domains = list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i);
    };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) => cb(homeUrlSuggestions(s.domains as string[]).filter((x) => !q || x.includes(q)).map((value) => ({ value })));
    const setPre = (v: string) => { s.preApproval = v; if (v !== '涉及') s.preItems = []; };
    const setLong = (v: boolean) => { s.wpLongTerm = v; if (v) s.wpValidity = []; };
    const addSite = () => {
      ui.seq++;
      const t = { name: `site${ui.seq}`, title: `网站${ui.seq}`, siteName: '' };
      ui.extra.push(t);
      s.siteTabs = ['网站1', ...ui.extra.map((x) => x.title)];
      ui.tab = t.name;
    };
    const removeSite = (name: string | number) => {
      ui.extra = ui.extra.filter((x) => x.name !== name);
      s.siteTabs = ['网站1', ...ui.extra.map((x) => x.title)];
      if (ui.tab === name) ui.tab = 'site1';
    };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = ['siteName', 'homeUrl', 'content', 'preApproval', 'wpName', 'wpCertType', 'wpCertNumber', 'wpMobile', 'wpEmergency', 'wpEmail'];
      ui.msg = need.every((k) => String(s[k] ?? '').trim()) && (s.domains as string[]).length && (s.languages as string[]).length ? '已保存' : '网站1：请完善带 * 的信息';
    };
    const steps = ['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'];
    return { s, ui, errs, check, setDomains, suggest, setPre, setLong, addSite, removeSite, save, steps, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS };
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="tc-side" aria-label="网站备案"><div class="grp">网站备案</div><a>概览</a><a class="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
  <div class="tc-main"><div class="tc-body">
    <h2 class="page-title">首次备案 · 填写网站信息</h2>
    <div class="card-w"><el-steps :active="2" finish-status="success" align-center><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps></div>
    <div class="facts-ro"><div><span>单位名称</span><b>杭州云栖示例科技有限公司</b></div><div><span>主体负责人</span><b>李娜</b></div><div class="help">一个备案订单可包含多个网站，点击“添加网站”填写下一个网站</div></div>
    <el-tabs v-model="ui.tab" type="card" addable class="site-tabs" @tab-add="addSite" @tab-remove="removeSite">
      <el-tab-pane label="网站1" name="site1" :closable="false">
        <el-form class="site-form" label-position="left" label-width="130px" require-asterisk-position="left">
          <h4 class="grp-title">网站基本信息</h4>
          <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" maxlength="50" placeholder="与网站内容相符，不少于 3 个汉字" style="width:420px" @input="errs.siteName=''" @blur="check('siteName')"></el-input></el-form-item>
          <el-form-item label="网站域名" required>
            <div>
              <el-select class="domains" :model-value="s.domains" @update:model-value="setDomains" multiple filterable allow-create default-first-option :reserve-keyword="false"
                placeholder="输入域名后回车，可填写多个" no-data-text="输入域名后回车" style="width:420px"></el-select>
              <div class="field-err" v-if="errs.domains">{{ errs.domains }}</div>
            </div>
          </el-form-item>
          <el-form-item label="网站首页" required :error="errs.homeUrl">
            <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="suggest" placeholder="如 www.example.com" style="width:420px" popper-class="home-url-pop" @input="errs.homeUrl=''" @blur="check('homeUrl')"></el-autocomplete>
          </el-form-item>
          <el-form-item label="网站服务内容" required>
            <el-select class="content" v-model="s.content" filterable placeholder="请选择或搜索" style="width:420px" popper-class="content-pop"><el-option v-for="c in ICP_CONTENT" :key="c" :label="c" :value="c"></el-option></el-select>
          </el-form-item>
          <el-form-item label="网站语言" required>
            <el-checkbox-group class="languages" v-model="s.languages" size="small"><el-checkbox-button v-for="l in ICP_LANGUAGES" :key="l" :value="l">{{ l }}</el-checkbox-button></el-checkbox-group>
          </el-form-item>
          <el-form-item label="前置审批" required>
            <div>
              <el-radio-group class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre"><el-radio value="不涉及">不涉及</el-radio><el-radio value="涉及">涉及</el-radio></el-radio-group>
              <el-checkbox-group v-if="s.preApproval === '涉及'" class="pre-items" v-model="s.preItems"><el-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
            </div>
          </el-form-item>
          <h4 class="grp-title">网站负责人</h4>
          <el-form-item label="负责人姓名" required><el-input class="wp-name" v-model="s.wpName" maxlength="30" style="width:260px"></el-input></el-form-item>
          <el-form-item label="证件类型" required>
            <el-select class="wp-cert-type" v-model="s.wpCertType" placeholder="请选择" style="width:260px" popper-class="wp-cert-type-pop"><el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></el-input></el-form-item>
          <el-form-item label="证件有效期" required>
            <div class="row-inline" style="flex-wrap:nowrap">
              <el-date-picker class="wp-validity" v-model="s.wpValidity" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" :end-placeholder="s.wpLongTerm ? '长期' : '结束日期'"
                range-separator="至" :disabled="s.wpLongTerm" popper-class="wp-validity-pop" style="width:300px"></el-date-picker>
              <el-checkbox class="wp-long-term" :model-value="s.wpLongTerm" @update:model-value="setLong">长期</el-checkbox>
            </div>
          </el-form-item>
          <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input></el-form-item>
          <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:260px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></el-input></el-form-item>
          <el-form-item label="办公电话" :error="errs.wpOffice"><el-input class="wp-office" v-model="s.wpOffice" placeholder="选填，区号-号码" style="width:260px" @input="errs.wpOffice=''" @blur="check('wpOffice')"></el-input></el-form-item>
          <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" style="width:260px" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input></el-form-item>
          <h4 class="grp-title">其他</h4>
          <el-form-item label="网站备注"><el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" show-word-limit placeholder="选填" style="width:520px"></el-input></el-form-item>
        </el-form>
      </el-tab-pane>
      <el-tab-pane v-for="t in ui.extra" :key="t.name" :label="t.title" :name="t.name" closable>
        <el-form label-position="left" label-width="130px">
          <el-form-item :label="'网站名称'"><el-input :class="'extra-name ' + t.name" v-model="t.siteName" style="width:420px"></el-input></el-form-item>
          <div class="help">填写该网站的其他信息……</div>
        </el-form>
      </el-tab-pane>
    </el-tabs>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="save">保存</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout22-aliyun-upload-person-elp-bordertabs': AliyunUploadPerson,
  'heldout22-tencent-site-unit-elp-addtabs': TencentSiteUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
