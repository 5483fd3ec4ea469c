/**
 * Gen-42 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout42-mps-principal-unit-opentiny-foldroles   公安 网站负责人 (单位) as FOLD ROLES: a TinyCollapse with one item per
 *    role (both open); a 同主体负责人信息 TinySwitch copying and locking the held principal, a TinySelect, a daterange
 *    TinyDatePicker, two file pickers, blur checks; the emergency contact's 联络人来源 TinyRadios with a read-only summary;
 *    the notice tick; 提交
 *  - heldout42-tencent-site-unit-opentiny-domaingrid   Tencent Cloud 填写网站信息 (单位) on a TWO-COLUMN GRID (网站信息 |
 *    网站负责人); a multiple TinySelect of the account's domains listed late feeding TinyRadios, a TinySelect, a
 *    TinyCheckboxGroup, a TinySwitch, a 负责人来源 TinySelect whose 另行填写 reveals the fields, a daterange
 *    TinyDatePicker, blur checks, phones that must differ; 保存 / 下一步
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyCollapse from '@opentiny/vue-collapse';
import TinyCollapseItem from '@opentiny/vue-collapse-item';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySwitch from '@opentiny/vue-switch';
import './regions';
import {
  build, EMAIL_RE, EMERGENCY_SOURCES, expose, fetchUnitDomains, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, snapshot, validId, WP_SOURCES,
} from './common';
import type { Platform } from '../types';

const COMPONENTS = { TinyButton, TinyCheckbox, TinyCheckboxGroup, TinyCollapse, TinyCollapseItem, TinyDatePicker, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySwitch };
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String).filter(Boolean) : []);
type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string, initial: S, view: (s: S) => S) {
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

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), fold roles */

const MpsPrincipalUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'principal', '单位', {
      aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqOffice: '', aqEmail: '', aqFront: [], aqBack: [],
      yjSource: '', notice: false, submitClicks: 0,
    }, (v) => ({ ...v, aqValidity: strs(v.aqValidity) }));
    const ui = reactive({ open: ['aq', 'yj'], msg: '' });
    const { errs, check } = useChecks(s, { aqCertNumber: idRule, aqMobile: mobile, aqEmail: email, aqOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') });
    const copy = (on: unknown) => {
      const h = HELD_PRINCIPAL.单位;
      Object.assign(s, on
        ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidity: [h.validFrom, '2099-12-31'], aqMobile: h.mobile, aqOffice: '0571-88886666', aqEmail: h.email }
        : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqOffice: '', aqEmail: '' });
    };
    const pick = (k: string) => (ev: Event) => { const f = (ev.target as HTMLInputElement).files; s[k] = f ? Array.from(f).map((x) => x.name) : []; };
    const summary = () => {
      if (s.yjSource === '同主体负责人') return `李娜　居民身份证　${HELD_PRINCIPAL.单位.mobile}`;
      if (s.yjSource === '同安全负责人') return s.aqName ? `${String(s.aqName)}　${String(s.aqMobile || '')}` : '请先填写网站安全负责人';
      return s.yjSource === '另行填写' ? '请在“网站应急联络人”页面另行填写' : '未选择';
    };
    const submit = () => { s.submitClicks = Number(s.submitClicks) + 1; ui.msg = s.notice ? '已提交' : '请先阅读并勾选责任告知书'; };
    return { s, ui, errs, check, copy, pick, summary, submit, certs: MPS_PERSON_CERTS, sources: EMERGENCY_SOURCES };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站负责人</span><span class="who">杭州云栖示例科技有限公司（单位用户）</span></div>
  <div class="mps-body">
    <div class="card-w help">开办主体 ✓ → 网站基本信息 ✓ → <b>网站负责人</b> → 提示说明</div>
    <div class="card-w">
      <tiny-collapse class="fold-roles" v-model="ui.open">
        <tiny-collapse-item title="网站安全负责人" name="aq">
          <div class="sec-aq">
            <div class="ot-row"><label>同主体负责人信息</label><div><tiny-switch class="aq-same" :model-value="s.aqSame" @update:model-value="copy"></tiny-switch><span class="help" style="margin-left:8px">打开后带入主体负责人信息，不可修改</span></div></div>
            <div class="ot-row"><label><i>*</i>负责人姓名</label><div><tiny-input class="aq-name" v-model="s.aqName" :disabled="s.aqSame" style="width:300px"></tiny-input></div></div>
            <div class="ot-row"><label><i>*</i>证件类型</label><div><tiny-select class="aq-cert-type" v-model="s.aqCertType" :disabled="s.aqSame" popper-class="aq-cert-type-pop" placeholder="请选择" style="width:300px"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></div>
            <div class="ot-row"><label><i>*</i>证件号码</label><div><tiny-input class="aq-cert-number" v-model="s.aqCertNumber" :disabled="s.aqSame" maxlength="18" style="width:300px" @input="errs.aqCertNumber=''" @blur="check('aqCertNumber')"></tiny-input><div class="field-err" v-if="errs.aqCertNumber">{{ errs.aqCertNumber }}</div></div></div>
            <div class="ot-row"><label><i>*</i>证件有效期</label><div><tiny-date-picker class="aq-validity" v-model="s.aqValidity" :disabled="s.aqSame" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" popper-class="aq-validity-pop" style="width:320px"></tiny-date-picker></div></div>
            <div class="ot-row"><label><i>*</i>手机号码</label><div><tiny-input class="aq-mobile" v-model="s.aqMobile" :disabled="s.aqSame" maxlength="11" style="width:300px" @input="errs.aqMobile=''" @blur="check('aqMobile')"></tiny-input><div class="field-err" v-if="errs.aqMobile">{{ errs.aqMobile }}</div></div></div>
            <div class="ot-row"><label>办公室电话</label><div><tiny-input class="aq-office" v-model="s.aqOffice" :disabled="s.aqSame" placeholder="区号-号码" style="width:300px" @input="errs.aqOffice=''" @blur="check('aqOffice')"></tiny-input><div class="field-err" v-if="errs.aqOffice">{{ errs.aqOffice }}</div></div></div>
            <div class="ot-row"><label><i>*</i>电子邮件地址</label><div><tiny-input class="aq-email" v-model="s.aqEmail" :disabled="s.aqSame" style="width:300px" @input="errs.aqEmail=''" @blur="check('aqEmail')"></tiny-input><div class="field-err" v-if="errs.aqEmail">{{ errs.aqEmail }}</div></div></div>
            <div class="ot-row"><label><i>*</i>证件正面</label><div class="up-aqFront"><input type="file" accept="image/png,image/jpeg" @change="pick('aqFront')($event)"><span class="help">{{ s.aqFront.join('、') || 'jpg / png，不超过 4 MB' }}</span></div></div>
            <div class="ot-row"><label><i>*</i>证件反面</label><div class="up-aqBack"><input type="file" accept="image/png,image/jpeg" @change="pick('aqBack')($event)"><span class="help">{{ s.aqBack.join('、') || 'jpg / png，不超过 4 MB' }}</span></div></div>
          </div>
        </tiny-collapse-item>
        <tiny-collapse-item title="网站应急联络人" name="yj">
          <div class="sec-yj">
            <div class="ot-row"><label><i>*</i>联络人来源</label><div><tiny-radio-group class="yj-source" v-model="s.yjSource"><tiny-radio v-for="o in sources" :key="o" :label="o">{{ o }}</tiny-radio></tiny-radio-group></div></div>
            <div class="ot-row"><label>联络人信息</label><div class="ro yj-summary" style="line-height:32px">{{ summary() }}</div></div>
          </div>
        </tiny-collapse-item>
      </tiny-collapse>
      <div class="sec-title" style="margin-top:20px">提示说明</div>
      <tiny-checkbox class="notice" v-model="s.notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</tiny-checkbox>
      <div class="actions"><tiny-button type="primary" class="submit" @click="submit">提交</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写网站信息 (单位, 腾讯云), domain grid */

const TencentSiteUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('tencent', 'site', '单位', {
      siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: false,
      wpSource: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', saveClicks: 0, nextClicks: 0,
    }, (v) => ({ ...v, domains: strs(v.domains), wpValidity: strs(v.wpValidity) }));
    const ui = reactive({ msg: '', domains: [] as string[] });
    onMounted(() => { void fetchUnitDomains(500).then((l) => { ui.domains = l; }); });
    const { errs, check } = useChecks(s, {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : ''),
      wpCertNumber: idRule, wpMobile: mobile, wpEmail: email, wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const homes = () => strs(s.domains).flatMap((d) => [`www.${d}`, d]);
    watch(() => s.domains, () => { if (!homes().includes(String(s.homeUrl))) s.homeUrl = ''; }, { deep: true });
    const own = () => s.wpSource === '另行填写';
    const save = () => { s.saveClicks = Number(s.saveClicks) + 1; ui.msg = '已保存'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.siteName ? '' : '请填写网站名称'; };
    return { s, ui, errs, check, homes, own, save, next, contents: ICP_CONTENT, langs: ICP_LANGUAGES.slice(0, 14), certs: ICP_PERSON_CERTS, sources: WP_SOURCES };
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>网站备案</span><span>首次备案 · 企业</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="tc-body">
    <div class="card-w help">验证备案类型 ✓ → 填写主体信息 ✓ → <b>填写网站信息</b> → 上传资料 → 提交</div>
    <div class="domain-grid" style="display:grid;grid-template-columns:1fr 1fr;gap:16px;align-items:start">
      <div class="card-w c-site">
        <div class="sec-title">网站信息</div>
        <div class="ot-row"><label><i>*</i>网站名称</label><div><tiny-input class="site-name" v-model="s.siteName" placeholder="与单位相关，如 XX公司官网" @input="errs.siteName=''" @blur="check('siteName')"></tiny-input><div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></div></div>
        <div class="ot-row"><label><i>*</i>网站域名</label><div><tiny-select class="domains" v-model="s.domains" multiple popper-class="domains-pop" :placeholder="ui.domains.length ? '选择账号下已实名的域名' : '域名加载中…'"><tiny-option v-for="d in ui.domains" :key="d" :label="d" :value="d"></tiny-option></tiny-select></div></div>
        <div class="ot-row"><label><i>*</i>网站首页URL</label><div><span class="help" v-if="!homes().length" style="line-height:32px">请先选择网站域名</span><tiny-radio-group class="home-url" v-model="s.homeUrl"><tiny-radio v-for="h in homes()" :key="h" :label="h">{{ h }}</tiny-radio></tiny-radio-group></div></div>
        <div class="ot-row"><label><i>*</i>网站服务内容</label><div><tiny-select class="content" v-model="s.content" popper-class="content-pop" placeholder="请选择"><tiny-option v-for="c in contents" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></div>
        <div class="ot-row"><label><i>*</i>网站语言</label><div><tiny-checkbox-group class="languages" v-model="s.languages"><tiny-checkbox v-for="l in langs" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group></div></div>
        <div class="ot-row"><label>是否涉及前置审批</label><div><tiny-switch class="pre-approval" v-model="s.preApproval"></tiny-switch></div></div>
      </div>
      <div class="card-w c-wp">
        <div class="sec-title">网站负责人</div>
        <div class="ot-row"><label><i>*</i>负责人来源</label><div><tiny-select class="wp-source" v-model="s.wpSource" popper-class="wp-source-pop" placeholder="请选择"><tiny-option v-for="o in sources" :key="o" :label="o" :value="o"></tiny-option></tiny-select></div></div>
        <div class="ro help" v-if="s.wpSource === '同主体负责人'">网站负责人将使用主体负责人信息</div>
        <template v-if="own()">
          <div class="ot-row"><label><i>*</i>负责人姓名</label><div><tiny-input class="wp-name" v-model="s.wpName"></tiny-input></div></div>
          <div class="ot-row"><label><i>*</i>证件类型</label><div><tiny-select class="wp-cert-type" v-model="s.wpCertType" popper-class="wp-cert-type-pop" placeholder="请选择"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></div>
          <div class="ot-row"><label><i>*</i>证件号码</label><div><tiny-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></tiny-input><div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div></div></div>
          <div class="ot-row"><label><i>*</i>证件有效期</label><div><tiny-date-picker class="wp-validity" v-model="s.wpValidity" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" popper-class="wp-validity-pop"></tiny-date-picker></div></div>
          <div class="ot-row"><label><i>*</i>手机号码</label><div><tiny-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" @input="errs.wpMobile=''" @blur="check('wpMobile')"></tiny-input><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div></div></div>
          <div class="ot-row"><label><i>*</i>应急联系电话</label><div><tiny-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" placeholder="不能与手机号码相同" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></tiny-input><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div></div></div>
          <div class="ot-row"><label><i>*</i>电子邮箱</label><div><tiny-input class="wp-email" v-model="s.wpEmail" @input="errs.wpEmail=''" @blur="check('wpEmail')"></tiny-input><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div></div></div>
        </template>
      </div>
    </div>
    <div class="actions"><tiny-button class="save" @click="save">保存</tiny-button><tiny-button type="primary" class="next" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout42-mps-principal-unit-opentiny-foldroles': MpsPrincipalUnit,
  'heldout42-tencent-site-unit-opentiny-domaingrid': TencentSiteUnit,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
