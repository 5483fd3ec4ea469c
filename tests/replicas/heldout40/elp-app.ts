/**
 * Gen-40 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout40-aliyun-site-unit-elp-descgrid        Alibaba 填写网站信息 (单位) as a DESCRIPTIONS GRID: two bordered
 *    el-descriptions (网站信息 / 网站负责人) whose content cells hold the controls; a multiple el-select of the account's
 *    domains listed late, an el-select fed by them, an el-checkbox-group, a multiple el-select, an el-switch, an
 *    el-date-picker daterange, blur checks; the 协议 tick; 下一步
 *  - heldout40-mps-principal-person-elp-roledialogs  公安 网站负责人 (个人) as ROLE DIALOGS: an el-table of the two roles with
 *    编辑 buttons, each opening an el-dialog (rendered once opened); a 同主体负责人信息 el-checkbox copying and locking the
 *    held principal, an el-select, two el-date-pickers + a 长期 el-checkbox, two el-uploads, blur checks; the emergency
 *    contact's el-switch hiding its fields; the notice tick; 提交
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import { build, EMAIL_RE, expose, fetchUnitDomains, HELD_PRINCIPAL, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, snapshot, validId } from './common';
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

/* ------------------------------------------------------------------ 网站信息 (单位, 阿里云), descriptions grid */

const AliyunSiteUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '单位', {
      siteName: '', domains: [], homeUrl: '', contentTypes: [], languages: [], preApproval: false,
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
    }, (v) => ({ ...v, wpValidity: strs(v.wpValidity) }));
    const ui = reactive({ msg: '', domains: [] as string[], loading: true });
    onMounted(() => { void fetchUnitDomains(550).then((l) => { ui.domains = l; ui.loading = false; }); });
    const { errs, check } = useChecks(s, {
      wpCertNumber: idRule, wpMobile: mobile, wpEmail: email, wpOffice: phone,
      wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : ''),
    });
    const homes = () => homeUrlSuggestions(strs(s.domains));
    const setDomains = (v: string[]) => { s.domains = v; if (!homes().includes(String(s.homeUrl))) s.homeUrl = ''; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.agree ? '' : '请先同意服务协议'; };
    return { s, ui, errs, check, homes, setDomains, next, contents: ICP_CONTENT.slice(0, 24), langs: ICP_LANGUAGES, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 企业</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <el-steps :active="2" finish-status="success" style="margin-bottom:16px"><el-step title="填写基本信息" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /></el-steps>
    <div class="card-w">
      <el-descriptions class="d-site" title="网站信息" :column="1" border label-width="180px">
        <el-descriptions-item label="网站名称" label-class-name="req">
          <el-input class="site-name" v-model="s.siteName" style="width:420px" placeholder="与单位相关，如 XX公司官网" @input="errs.siteName=''" @blur="check('siteName')" />
          <div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="网站域名">
          <el-select class="domains" :model-value="s.domains" @update:model-value="setDomains" multiple :loading="ui.loading" popper-class="domains-pop" :placeholder="ui.loading ? '域名加载中…' : '选择账号下已实名的域名'" style="width:420px">
            <el-option v-for="d in ui.domains" :key="d" :value="d" :label="d" />
          </el-select>
        </el-descriptions-item>
        <el-descriptions-item label="网站首页URL">
          <el-select class="home-url" v-model="s.homeUrl" :disabled="!s.domains.length" popper-class="home-url-pop" :placeholder="s.domains.length ? '请选择' : '请先选择网站域名'" style="width:420px">
            <el-option v-for="h in homes()" :key="h" :value="h" :label="h" />
          </el-select>
        </el-descriptions-item>
        <el-descriptions-item label="服务类型"><span class="ro">网站应用服务</span></el-descriptions-item>
        <el-descriptions-item label="网站服务内容">
          <el-checkbox-group class="content-types" v-model="s.contentTypes"><el-checkbox v-for="c in contents" :key="c" :value="c">{{ c }}</el-checkbox></el-checkbox-group>
        </el-descriptions-item>
        <el-descriptions-item label="网站语言">
          <el-select class="languages" v-model="s.languages" multiple popper-class="languages-pop" placeholder="请选择" style="width:420px"><el-option v-for="l in langs" :key="l" :value="l" :label="l" /></el-select>
        </el-descriptions-item>
        <el-descriptions-item label="是否涉及前置审批">
          <el-switch class="pre-approval" v-model="s.preApproval" active-text="是" inactive-text="否" />
        </el-descriptions-item>
      </el-descriptions>
      <el-descriptions class="d-wp" title="网站负责人" :column="2" border label-width="150px" style="margin-top:20px">
        <el-descriptions-item label="网站负责人姓名"><el-input class="wp-name" v-model="s.wpName" /></el-descriptions-item>
        <el-descriptions-item label="证件类型">
          <el-select class="wp-cert-type" v-model="s.wpCertType" popper-class="wp-cert-type-pop" placeholder="请选择"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
        </el-descriptions-item>
        <el-descriptions-item label="证件号码">
          <el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')" /><div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="证件有效期">
          <el-date-picker class="wp-validity" v-model="s.wpValidity" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" popper-class="wp-validity-pop" style="width:260px" />
        </el-descriptions-item>
        <el-descriptions-item label="手机号码">
          <el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" @input="errs.wpMobile=''" @blur="check('wpMobile')" /><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="应急联系电话">
          <el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" placeholder="不能与手机号码相同" @input="errs.wpEmergency=''" @blur="check('wpEmergency')" /><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="办公室电话">
          <el-input class="wp-office" v-model="s.wpOffice" placeholder="区号-号码" @input="errs.wpOffice=''" @blur="check('wpOffice')" /><div class="field-err" v-if="errs.wpOffice">{{ errs.wpOffice }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="电子邮箱">
          <el-input class="wp-email" v-model="s.wpEmail" @input="errs.wpEmail=''" @blur="check('wpEmail')" /><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div>
        </el-descriptions-item>
      </el-descriptions>
      <div class="actions">
        <el-checkbox class="agree" v-model="s.agree">我已阅读并同意《阿里云ICP代备案服务协议》</el-checkbox>
        <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 网站负责人 (个人, 公安), role dialogs */

const MpsPrincipalPerson = defineComponent({
  setup() {
    const s = useReplica('mps', 'principal', '个人', {
      aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: false, aqMobile: '', aqEmail: '', aqFront: [], aqBack: [],
      yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, submitClicks: 0,
    });
    const ui = reactive({ msg: '', aq: false, yj: false });
    const { errs, check } = useChecks(s, { aqCertNumber: idRule, aqMobile: mobile, aqEmail: email, yjCertNumber: idRule, yjMobile: mobile });
    const copy = (on: unknown) => {
      const h = HELD_PRINCIPAL.个人;
      Object.assign(s, on
        ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidFrom: h.validFrom, aqValidTo: h.validTo, aqLongTerm: h.longTerm, aqMobile: h.mobile, aqEmail: h.email }
        : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: false, aqMobile: '', aqEmail: '' });
    };
    const setLong = (on: unknown) => { s.aqLongTerm = !!on; if (on) s.aqValidTo = ''; };
    const files = (k: string) => strs(s[k]).map((name) => ({ name }));
    const onFiles = (k: string) => (_f: unknown, l: { name: string }[]) => { s[k] = l.map((f) => f.name); };
    const rows = () => [
      { role: '网站安全负责人', key: 'aq', name: s.aqName || '未填写', state: s.aqName && s.aqCertNumber ? '已填写' : '待完善' },
      { role: '网站应急联络人', key: 'yj', name: s.yjSame ? `${String(s.aqName || '') || '—'}（同主体负责人）` : s.yjName || '未填写', state: s.yjSame || s.yjName ? '已填写' : '待完善' },
    ];
    const submit = () => { s.submitClicks = Number(s.submitClicks) + 1; ui.msg = s.notice ? '已提交' : '请先阅读并勾选责任告知书'; };
    return { s, ui, errs, check, copy, setLong, files, onFiles, rows, submit, certs: MPS_PERSON_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站负责人</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body">
    <el-steps :active="2" finish-status="success" style="margin-bottom:16px"><el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" /></el-steps>
    <div class="card-w">
      <div class="sec-title">网站负责人信息</div>
      <el-table class="role-table" :data="rows()" border style="width:100%">
        <el-table-column prop="role" label="角色" width="200" />
        <el-table-column prop="name" label="姓名" />
        <el-table-column prop="state" label="状态" width="120" />
        <el-table-column label="操作" width="120">
          <template #default="{ row }"><el-button link type="primary" :class="'edit-' + row.key" @click="ui[row.key] = true">编辑</el-button></template>
        </el-table-column>
      </el-table>
      <el-dialog v-model="ui.aq" title="网站安全负责人" width="640px" class="aq-dialog">
        <el-form label-width="130px" class="aq-form">
          <el-form-item label=" "><el-checkbox class="aq-same" :model-value="s.aqSame" @update:model-value="copy">同主体负责人信息</el-checkbox></el-form-item>
          <el-form-item label="负责人姓名" required><el-input class="aq-name" v-model="s.aqName" :disabled="s.aqSame" style="width:300px" /></el-form-item>
          <el-form-item label="证件类型" required>
            <el-select class="aq-cert-type" v-model="s.aqCertType" :disabled="s.aqSame" popper-class="aq-cert-type-pop" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.aqCertNumber"><el-input class="aq-cert-number" v-model="s.aqCertNumber" :disabled="s.aqSame" maxlength="18" style="width:300px" @input="errs.aqCertNumber=''" @blur="check('aqCertNumber')" /></el-form-item>
          <el-form-item label="证件有效期起" required><el-date-picker class="aq-valid-from" v-model="s.aqValidFrom" :disabled="s.aqSame" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
          <el-form-item label="证件有效期止" required>
            <div class="row-inline">
              <el-date-picker class="aq-valid-to" v-model="s.aqValidTo" :disabled="s.aqSame || s.aqLongTerm" type="date" value-format="YYYY-MM-DD" :placeholder="s.aqLongTerm ? '长期' : '截止日期'" />
              <el-checkbox class="aq-long-term" :model-value="s.aqLongTerm" :disabled="s.aqSame" @update:model-value="setLong">长期</el-checkbox>
            </div>
          </el-form-item>
          <el-form-item label="手机号码" required :error="errs.aqMobile"><el-input class="aq-mobile" v-model="s.aqMobile" :disabled="s.aqSame" maxlength="11" style="width:300px" @input="errs.aqMobile=''" @blur="check('aqMobile')" /></el-form-item>
          <el-form-item label="电子邮件地址" required :error="errs.aqEmail"><el-input class="aq-email" v-model="s.aqEmail" :disabled="s.aqSame" style="width:300px" @input="errs.aqEmail=''" @blur="check('aqEmail')" /></el-form-item>
          <el-form-item label="证件正面" required>
            <el-upload class="aq-front" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files('aqFront')" :on-change="onFiles('aqFront')" :on-remove="onFiles('aqFront')"><el-button>上传证件正面</el-button></el-upload>
          </el-form-item>
          <el-form-item label="证件反面" required>
            <el-upload class="aq-back" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files('aqBack')" :on-change="onFiles('aqBack')" :on-remove="onFiles('aqBack')"><el-button>上传证件反面</el-button></el-upload>
          </el-form-item>
        </el-form>
        <template #footer><el-button type="primary" class="aq-ok" @click="ui.aq = false">确定</el-button></template>
      </el-dialog>
      <el-dialog v-model="ui.yj" title="网站应急联络人" width="640px" class="yj-dialog">
        <el-form label-width="130px" class="yj-form">
          <el-form-item label="同主体负责人信息"><el-switch class="yj-same" v-model="s.yjSame" /></el-form-item>
          <template v-if="!s.yjSame">
            <el-form-item label="联络人姓名" required><el-input class="yj-name" v-model="s.yjName" style="width:300px" /></el-form-item>
            <el-form-item label="联络人证件类型" required>
              <el-select class="yj-cert-type" v-model="s.yjCertType" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
            </el-form-item>
            <el-form-item label="联络人证件号码" required :error="errs.yjCertNumber"><el-input class="yj-cert-number" v-model="s.yjCertNumber" maxlength="18" style="width:300px" @input="errs.yjCertNumber=''" @blur="check('yjCertNumber')" /></el-form-item>
            <el-form-item label="联络人手机号码" required :error="errs.yjMobile"><el-input class="yj-mobile" v-model="s.yjMobile" maxlength="11" style="width:300px" @input="errs.yjMobile=''" @blur="check('yjMobile')" /></el-form-item>
          </template>
        </el-form>
        <template #footer><el-button type="primary" class="yj-ok" @click="ui.yj = false">确定</el-button></template>
      </el-dialog>
      <div class="sec-title" style="margin-top:20px">提示说明</div>
      <el-checkbox class="notice" v-model="s.notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</el-checkbox>
      <div class="actions"><el-button type="primary" class="submit" @click="submit">提交</el-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout40-aliyun-site-unit-elp-descgrid': AliyunSiteUnit,
  'heldout40-mps-principal-person-elp-roledialogs': MpsPrincipalPerson,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
