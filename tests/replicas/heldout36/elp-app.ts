/**
 * Gen-36 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout36-aliyun-site-unit-elp-timeline      Alibaba 填写网站信息 (单位) as a TIMELINE: an el-timeline whose items are
 *    the sections (网站基本信息 / 域名与首页 / 服务内容与语言 / 网站负责人); an el-checkbox-group of the account's real-name
 *    domains answered late, an el-autocomplete of home URLs fed by the ticked domains, a filterable el-select,
 *    el-checkbox-buttons, an el-switch, two el-date-pickers, blur checks; the 服务协议 tick; 下一步
 *  - heldout36-mps-principal-unit-elp-gridcols    公安 网站负责人 (单位) as GRID COLUMNS: top labels, three el-cols a row under
 *    el-dividers; a 同主体负责人信息 el-checkbox copying the held principal (fields then disabled), an el-select, a daterange
 *    picker, two el-uploads, blur checks; the emergency contact's 同主体负责人信息 el-switch (off reveals its fields); the
 *    notice tick; 提交
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchUnitDomains, HELD_PRINCIPAL, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS,
  PHONE_RE, snapshot, validId,
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

/* ------------------------------------------------------------------ 网站信息 (单位, 阿里云), timeline */

const AliyunSiteUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '单位', {
      siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: false,
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
    });
    const ui = reactive({ msg: '', domains: [] as string[], loading: true });
    const { errs, check } = useChecks(s, {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字'),
      homeUrl: (v) => (/^https?:/i.test(v) ? '首页URL不带 http://' : DOMAIN_RE.test(v.replace(/^www\./i, '')) ? '' : '首页URL格式不正确'),
      wpCertNumber: idRule, wpMobile: mobile, wpEmail: email, wpOffice: phone,
      wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    onMounted(() => { void fetchUnitDomains(600).then((l) => { ui.domains = l; ui.loading = false; }); });
    const homes = (q: string, cb: (l: { value: string }[]) => void) => cb(homeUrlSuggestions(strs(s.domains)).filter((h) => h.includes(q.trim())).map((value) => ({ value })));
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.agree ? '' : '请阅读并同意服务协议'; };
    return { s, ui, errs, check, homes, next, contents: ICP_CONTENT, langs: ICP_LANGUAGES, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <el-steps :active="2" finish-status="success" simple style="margin-bottom:16px"><el-step title="填写基本信息" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /></el-steps>
    <div class="card-w">
      <el-form label-width="140px" class="site-form">
        <el-timeline class="site-timeline">
          <el-timeline-item class="t-basic" placement="top" timestamp="第 1 项 · 网站基本信息" type="primary">
            <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" style="width:380px" placeholder="与网站首页标题一致" @input="errs.siteName=''" @blur="check('siteName')" /></el-form-item>
            <el-form-item label="服务类型"><span class="ro">网站应用服务</span></el-form-item>
            <el-form-item label="IP地址"><span class="ro">47.96.56.78；2408:4000:1000::10（来自备案实例 yunqi-www）</span></el-form-item>
          </el-timeline-item>
          <el-timeline-item class="t-domain" placement="top" timestamp="第 2 项 · 域名与首页" type="primary">
            <el-form-item label="网站域名" required>
              <div v-if="ui.loading" class="help">正在读取账号下已实名的域名…</div>
              <el-checkbox-group v-else class="domains" v-model="s.domains"><el-checkbox v-for="d in ui.domains" :key="d" :value="d">{{ d }}</el-checkbox></el-checkbox-group>
            </el-form-item>
            <el-form-item label="网站首页URL" required :error="errs.homeUrl">
              <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="homes" popper-class="home-url-pop" placeholder="如 www.example.cn" style="width:380px" @input="errs.homeUrl=''" @blur="check('homeUrl')" />
            </el-form-item>
          </el-timeline-item>
          <el-timeline-item class="t-content" placement="top" timestamp="第 3 项 · 服务内容与语言" type="primary">
            <el-form-item label="网站服务内容" required>
              <el-select class="content" v-model="s.content" filterable popper-class="content-pop" placeholder="请选择" style="width:380px"><el-option v-for="c in contents" :key="c" :value="c" :label="c" /></el-select>
            </el-form-item>
            <el-form-item label="网站语言" required>
              <el-checkbox-group class="languages" v-model="s.languages" size="small"><el-checkbox-button v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox-button></el-checkbox-group>
            </el-form-item>
            <el-form-item label="涉及前置审批"><el-switch class="pre-approval" v-model="s.preApproval" active-text="涉及" inactive-text="不涉及" /></el-form-item>
          </el-timeline-item>
          <el-timeline-item class="t-wp" placement="top" timestamp="第 4 项 · 网站负责人" type="primary">
            <el-form-item label="网站负责人姓名" required><el-input class="wp-name" v-model="s.wpName" style="width:260px" /></el-form-item>
            <el-form-item label="证件类型" required>
              <el-select class="wp-cert-type" v-model="s.wpCertType" popper-class="wp-cert-type-pop" placeholder="请选择" style="width:260px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
            </el-form-item>
            <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')" /></el-form-item>
            <el-form-item label="证件有效期起" required><el-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
            <el-form-item label="证件有效期止" required><el-date-picker class="wp-valid-to" v-model="s.wpValidTo" type="date" value-format="YYYY-MM-DD" placeholder="截止日期" /></el-form-item>
            <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px" @input="errs.wpMobile=''" @blur="check('wpMobile')" /></el-form-item>
            <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:260px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')" /></el-form-item>
            <el-form-item label="办公室电话" :error="errs.wpOffice"><el-input class="wp-office" v-model="s.wpOffice" style="width:260px" placeholder="区号-号码" @input="errs.wpOffice=''" @blur="check('wpOffice')" /></el-form-item>
            <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" style="width:260px" @input="errs.wpEmail=''" @blur="check('wpEmail')" /></el-form-item>
          </el-timeline-item>
        </el-timeline>
      </el-form>
      <div class="actions">
        <el-checkbox class="agree" v-model="s.agree">我已阅读并同意《阿里云ICP代备案服务协议》</el-checkbox>
        <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), grid columns */

const MpsPrincipalUnit = defineComponent({
  setup() {
    const s = useReplica('mps', 'principal', '单位', {
      aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '', aqFront: [], aqBack: [],
      yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, submitClicks: 0,
    });
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, { aqCertNumber: idRule, aqMobile: mobile, aqEmail: email, yjCertNumber: idRule, yjMobile: mobile });
    const copy = (on: unknown) => {
      const h = HELD_PRINCIPAL.单位;
      Object.assign(s, on
        ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidity: h.longTerm ? [h.validFrom, ''] : [h.validFrom, h.validTo], aqMobile: h.mobile, aqEmail: h.email }
        : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '' });
    };
    const setYj = (on: unknown) => { Object.assign(s, on ? { yjSame: true, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '' } : { yjSame: false }); };
    const files = (k: string) => strs(s[k]).map((name) => ({ name }));
    const onFiles = (k: string) => (_f: unknown, l: { name: string }[]) => { s[k] = l.map((f) => f.name); };
    const submit = () => { s.submitClicks = Number(s.submitClicks) + 1; ui.msg = s.notice ? '已提交，等待审核' : '请先阅读并勾选责任告知书'; };
    return { s, ui, errs, check, copy, setYj, files, onFiles, submit, certs: MPS_PERSON_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站负责人</span><span class="who">杭州云栖示例科技有限公司（法人用户）</span></div>
  <div class="mps-body">
    <el-steps :active="2" align-center style="margin-bottom:16px"><el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" /></el-steps>
    <div class="card-w">
      <el-form label-position="top" class="grid-form">
        <el-divider content-position="left">网站安全负责人</el-divider>
        <el-row :gutter="24" class="sec-aq">
          <el-col :span="24"><el-form-item><el-checkbox class="aq-same" :model-value="s.aqSame" @update:model-value="copy">同主体负责人信息</el-checkbox></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="安全负责人姓名" required><el-input class="aq-name" v-model="s.aqName" :disabled="s.aqSame" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件类型" required>
            <el-select class="aq-cert-type" v-model="s.aqCertType" :disabled="s.aqSame" popper-class="aq-cert-type-pop" placeholder="请选择"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
          </el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件号码" required :error="errs.aqCertNumber"><el-input class="aq-cert-number" v-model="s.aqCertNumber" :disabled="s.aqSame" maxlength="18" @input="errs.aqCertNumber=''" @blur="check('aqCertNumber')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件有效期" required><el-date-picker class="aq-validity" v-model="s.aqValidity" :disabled="s.aqSame" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="手机号码" required :error="errs.aqMobile"><el-input class="aq-mobile" v-model="s.aqMobile" :disabled="s.aqSame" maxlength="11" @input="errs.aqMobile=''" @blur="check('aqMobile')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="电子邮件地址" required :error="errs.aqEmail"><el-input class="aq-email" v-model="s.aqEmail" :disabled="s.aqSame" @input="errs.aqEmail=''" @blur="check('aqEmail')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件正面" required>
            <el-upload class="aq-front" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files('aqFront')" :on-change="onFiles('aqFront')" :on-remove="onFiles('aqFront')"><el-button>上传证件正面</el-button></el-upload>
          </el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件反面" required>
            <el-upload class="aq-back" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files('aqBack')" :on-change="onFiles('aqBack')" :on-remove="onFiles('aqBack')"><el-button>上传证件反面</el-button></el-upload>
          </el-form-item></el-col>
        </el-row>
        <el-divider content-position="left">网站应急联络人</el-divider>
        <el-row :gutter="24" class="sec-yj">
          <el-col :span="24"><el-form-item label="同主体负责人信息"><el-switch class="yj-same" :model-value="s.yjSame" @update:model-value="setYj" /></el-form-item></el-col>
          <template v-if="!s.yjSame">
            <el-col :span="8"><el-form-item label="联络人姓名" required><el-input class="yj-name" v-model="s.yjName" /></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="联络人证件类型" required>
              <el-select class="yj-cert-type" v-model="s.yjCertType" placeholder="请选择"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
            </el-form-item></el-col>
            <el-col :span="8"><el-form-item label="联络人证件号码" required :error="errs.yjCertNumber"><el-input class="yj-cert-number" v-model="s.yjCertNumber" maxlength="18" @input="errs.yjCertNumber=''" @blur="check('yjCertNumber')" /></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="联络人手机号码" required :error="errs.yjMobile"><el-input class="yj-mobile" v-model="s.yjMobile" maxlength="11" @input="errs.yjMobile=''" @blur="check('yjMobile')" /></el-form-item></el-col>
          </template>
        </el-row>
        <el-divider content-position="left">提示说明</el-divider>
        <el-checkbox class="notice" v-model="s.notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</el-checkbox>
      </el-form>
      <div class="actions"><el-button type="primary" class="submit" @click="submit">提交</el-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout36-aliyun-site-unit-elp-timeline': AliyunSiteUnit,
  'heldout36-mps-principal-unit-elp-gridcols': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
