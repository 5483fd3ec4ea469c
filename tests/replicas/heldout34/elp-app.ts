/**
 * Gen-34 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout34-aliyun-subject-person-elp-previewpane   填写主办者信息 (个人, 阿里云) as a PREVIEW PANE: the el-form at the left,
 *    a sticky el-descriptions 备案信息预览 at the right echoing the form (read-only); a whole-tree el-cascader, el-radio-buttons
 *    of documents, two el-date-pickers + a 是否长期 是 / 否 el-radio-group (disabling the end), blur checks; the 承诺 tick;
 *    下一步
 *  - heldout34-huawei-site-unit-elp-masterform         Huawei Cloud 填写互联网信息服务 (单位, 网站) as a MASTER TABLE over an edit
 *    form: an el-table of the order's services (the edited row echoes the form), 网站 / App radios, an el-select of 从域名
 *    that takes typed domains, an el-select, a multiple el-select, an IP textarea (one per line), an el-switch, a daterange
 *    picker, blur checks; 保存 / 下一步
 */
import { computed, createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, lines, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, shortIpv6,
  snapshot, validId, validIpv6,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
function useChecks(s: S, rules: Record<string, (v: string) => string>) {
  const errs = reactive<Record<string, string>>({});
  const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
  return { errs, check };
}
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/* ------------------------------------------------------------------ 主办者信息 (个人, 阿里云), preview pane */

const AliyunSubjectPerson = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'subject', '个人', {
      certAddress: '', mailCodes: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: '',
      prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
    }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(strs(mailCodes).at(-1) ?? '') }));
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      prMobile: mobile, prEmail: email, prOffice: phone,
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const setLong = (v: string) => { s.prLongTerm = v; if (v === '是') s.prValidTo = ''; };
    const preview = computed(() => ({
      通信地址: `${pathOfCode(strs(s.mailCodes).at(-1) ?? '').join('')}${String(s.mailDetail ?? '')}`,
      负责人: `${String(s.prName ?? '')} ${String(s.prCertType ?? '')} ${String(s.prCertNumber ?? '')}`.trim(),
      有效期: s.prLongTerm === '是' ? `${String(s.prValidFrom)} 至 长期` : s.prValidFrom || s.prValidTo ? `${String(s.prValidFrom)} 至 ${String(s.prValidTo)}` : '',
      联系方式: [s.prMobile, s.prEmergency, s.prEmail].filter(Boolean).join(' / '),
    }));
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.promise ? '' : '请勾选信息真实性承诺'; };
    return { s, ui, errs, check, setLong, preview, next, regions: regionOptions(), certs: ICP_PERSON_CERTS, cprops: { expandTrigger: 'click' } };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span class="who">张伟</span></div>
  <div class="al-body">
    <el-steps :active="1" finish-status="success" align-center style="margin-bottom:16px"><el-step title="填写基本信息" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /></el-steps>
    <div class="preview-layout">
      <div class="card-w subject-form">
        <div class="sec-title">主办者信息</div>
        <el-form label-width="130px">
          <el-form-item label="主办人名称"><span class="ro">张伟</span><span class="help" style="margin-left:8px">（来自填写基本信息，不可修改）</span></el-form-item>
          <el-form-item label="证件住所" required><el-input class="cert-address" type="textarea" :rows="2" v-model="s.certAddress" placeholder="与身份证上的住址一致" style="width:420px" /></el-form-item>
          <el-form-item label="通信地址" required>
            <el-cascader class="mail-region" v-model="s.mailCodes" :options="regions" :props="cprops" popper-class="mail-region-pop" placeholder="省 / 市 / 区县" style="width:420px" />
          </el-form-item>
          <el-form-item label="通信地址详细" required :error="errs.mailDetail"><el-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" style="width:420px" @input="errs.mailDetail=''" @blur="check('mailDetail')" /></el-form-item>
          <el-form-item label="投资人或主管单位" required><el-input class="investor" v-model="s.investor" placeholder="个人填写本人姓名" style="width:420px" /></el-form-item>
        </el-form>
        <div class="sec-title">主体负责人</div>
        <el-form label-width="130px">
          <el-form-item label="负责人姓名" required><el-input class="pr-name" v-model="s.prName" style="width:260px" /></el-form-item>
          <el-form-item label="证件类型" required>
            <el-radio-group class="pr-cert-type" v-model="s.prCertType" size="small"><el-radio-button v-for="c in certs" :key="c" :value="c">{{ c }}</el-radio-button></el-radio-group>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:260px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')" /></el-form-item>
          <el-form-item label="是否长期" required>
            <el-radio-group class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group>
          </el-form-item>
          <el-form-item label="证件有效期起" required><el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
          <el-form-item label="证件有效期止" required><el-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" :disabled="s.prLongTerm === '是'" placeholder="结束日期" /></el-form-item>
          <el-form-item label="手机号码" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:260px" @input="errs.prMobile=''" @blur="check('prMobile')" /></el-form-item>
          <el-form-item label="应急联系电话" required :error="errs.prEmergency"><el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" style="width:260px" placeholder="不能与手机号码相同" @input="errs.prEmergency=''" @blur="check('prEmergency')" /></el-form-item>
          <el-form-item label="办公室电话" :error="errs.prOffice"><el-input class="pr-office" v-model="s.prOffice" style="width:260px" placeholder="区号-号码，选填" @input="errs.prOffice=''" @blur="check('prOffice')" /></el-form-item>
          <el-form-item label="电子邮箱" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" style="width:260px" @input="errs.prEmail=''" @blur="check('prEmail')" /></el-form-item>
        </el-form>
        <div class="actions">
          <el-checkbox class="promise" v-model="s.promise">本人承诺所填信息真实有效</el-checkbox>
          <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
        </div>
      </div>
      <div class="card-w preview-pane">
        <div class="sec-title">备案信息预览</div>
        <el-descriptions :column="1" border size="small" class="preview">
          <el-descriptions-item label="主办人">张伟（个人）</el-descriptions-item>
          <el-descriptions-item v-for="(v, k) in preview" :key="k" :label="k">{{ v || '—' }}</el-descriptions-item>
        </el-descriptions>
        <div class="help" style="margin-top:8px">预览仅供核对，请在左侧修改。</div>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写互联网信息服务 (单位, 华为云), master table + form */

const HuaweiSiteUnit = defineComponent({
  setup() {
    const s = useReplica('huawei', 'site', '单位', {
      serviceKind: '网站', siteName: '', mainDomain: '', subDomains: [], homeUrl: '', content: '', languages: [], ipText: '', preApproval: false,
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', saveClicks: 0, nextClicks: 0,
    }, ({ ipText, ...r }) => ({
      ...r,
      ips: lines(ipText).map((x) => (x.includes(':') && validIpv6(x) ? shortIpv6(x) : x)),
      subDomains: strs(r.subDomains).map((d) => d.trim().toLowerCase()).filter(Boolean),
    }));
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      homeUrl: (v) => (/^https?:/i.test(v) ? '首页URL不带 http:// 或 https://' : ''),
      ipText: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的IP地址` : ''; },
      wpCertNumber: idRule, wpMobile: mobile, wpEmail: email, wpOffice: phone,
      wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const rows = computed(() => [
      { kind: '网站', name: String(s.siteName || '（未填写）'), domain: String(s.mainDomain || '—'), state: '编辑中' },
      { kind: 'App', name: '—', domain: '—', state: '未添加' },
    ]);
    const save = () => { s.saveClicks = Number(s.saveClicks) + 1; ui.msg = '已保存草稿'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.siteName ? '' : '请填写网站名称'; };
    return { s, ui, errs, check, rows, save, next, contents: ICP_CONTENT, langs: ICP_LANGUAGES, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="hw-body">
    <el-steps :active="2" simple style="margin-bottom:16px"><el-step title="基础信息校验" /><el-step title="填写主体信息" /><el-step title="填写互联网信息服务" /><el-step title="上传资料及真实性核验" /></el-steps>
    <div class="card-w">
      <div class="sec-title">互联网信息服务列表</div>
      <el-table :data="rows" border size="small" class="services" highlight-current-row>
        <el-table-column prop="kind" label="服务类型" width="100" />
        <el-table-column prop="name" label="网站名称 / App名称" />
        <el-table-column prop="domain" label="主域名" />
        <el-table-column prop="state" label="状态" width="100" />
      </el-table>
    </div>
    <div class="card-w master-form">
      <div class="sec-title">编辑互联网信息服务</div>
      <el-form label-width="170px">
        <el-form-item label="服务类型" required><el-radio-group class="service-kind" v-model="s.serviceKind"><el-radio value="网站">网站</el-radio><el-radio value="App" disabled>App</el-radio></el-radio-group></el-form-item>
        <el-form-item label="网站名称" required><el-input class="site-name" v-model="s.siteName" style="width:380px" /></el-form-item>
        <el-form-item label="主域名" required :error="errs.mainDomain"><el-input class="main-domain" v-model="s.mainDomain" style="width:380px" placeholder="如 example.com" @input="errs.mainDomain=''" @blur="check('mainDomain')" /></el-form-item>
        <el-form-item label="从域名">
          <el-select class="sub-domains" v-model="s.subDomains" multiple filterable allow-create default-first-option :reserve-keyword="false" popper-class="sub-domains-pop" placeholder="输入域名后回车" style="width:380px">
            <el-option v-for="d in s.subDomains" :key="d" :label="d" :value="d" />
          </el-select>
        </el-form-item>
        <el-form-item label="首页URL" required :error="errs.homeUrl"><el-input class="home-url" v-model="s.homeUrl" style="width:380px" placeholder="不带 http://" @input="errs.homeUrl=''" @blur="check('homeUrl')" /></el-form-item>
        <el-form-item label="服务内容" required>
          <el-select class="content" v-model="s.content" filterable popper-class="content-pop" placeholder="请选择" style="width:380px"><el-option v-for="c in contents" :key="c" :value="c" :label="c" /></el-select>
        </el-form-item>
        <el-form-item label="网站语言" required>
          <el-select class="languages" v-model="s.languages" multiple popper-class="languages-pop" placeholder="请选择" style="width:380px"><el-option v-for="l in langs" :key="l" :value="l" :label="l" /></el-select>
        </el-form-item>
        <el-form-item label="IP地址" required :error="errs.ipText"><el-input class="ip-text" type="textarea" :rows="3" v-model="s.ipText" style="width:380px" placeholder="每行一个IP，支持 IPv4 / IPv6" @input="errs.ipText=''" @blur="check('ipText')" /></el-form-item>
        <el-form-item label="涉及前置审批"><el-switch class="pre-approval" v-model="s.preApproval" /><span class="help" style="margin-left:8px">涉及新闻、出版、教育、医疗保健等须前置审批</span></el-form-item>
        <el-divider content-position="left">互联网信息服务负责人</el-divider>
        <el-form-item label="互联网信息服务负责人姓名" required><el-input class="wp-name" v-model="s.wpName" style="width:260px" /></el-form-item>
        <el-form-item label="证件类型" required>
          <el-select class="wp-cert-type" v-model="s.wpCertType" popper-class="wp-cert-type-pop" placeholder="请选择" style="width:260px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
        </el-form-item>
        <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')" /></el-form-item>
        <el-form-item label="证件有效期" required><el-date-picker class="wp-validity" v-model="s.wpValidity" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" /></el-form-item>
        <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px" @input="errs.wpMobile=''" @blur="check('wpMobile')" /></el-form-item>
        <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:260px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')" /></el-form-item>
        <el-form-item label="办公室电话" :error="errs.wpOffice"><el-input class="wp-office" v-model="s.wpOffice" style="width:260px" placeholder="区号-号码" @input="errs.wpOffice=''" @blur="check('wpOffice')" /></el-form-item>
        <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" style="width:260px" @input="errs.wpEmail=''" @blur="check('wpEmail')" /></el-form-item>
      </el-form>
      <div class="actions"><el-button class="save" @click="save">保存</el-button><el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout34-aliyun-subject-person-elp-previewpane': AliyunSubjectPerson,
  'heldout34-huawei-site-unit-elp-masterform': HuaweiSiteUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
