/**
 * Gen-40 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout40-aliyun-subject-person-opentiny-progressaside   Alibaba 填写主办者信息 (个人) as a PROGRESS ASIDE: the form in
 *    one column, a sticky aside with a TinyProgress of the required fields and a tick list; a textarea, a whole-tree
 *    TinyCascader + street line, TinyInputs, TinyRadios, a TinyDatePicker daterange, blur checks, phones that must differ;
 *    the 承诺 tick; 下一步
 *  - heldout40-mps-site-person-opentiny-formtables            公安 网站基本信息 (个人) as FORM TABLES: bordered
 *    government-style tables (label cell / control cell), one per section; a TinyDatePicker, TinyRadios, a filterable
 *    TinySelect listed late, a whole-tree TinyCascader, a TinySelect listed late, a letter-coded TinySelect, a
 *    TinyCheckboxGroup, blur checks; 保存草稿 / 下一步
 */
import { computed, createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyProgress from '@opentiny/vue-progress';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAccessMethods, fetchProviderNames, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, MPS_CATEGORIES, MPS_JURISDICTIONS, MPS_LANGUAGES, pathOfCode,
  PHONE_RE, regionOptions, SITE_ICP_RE, snapshot, validId,
} from './common';
import type { Platform } from '../types';

const COMPONENTS = { TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyInput, TinyOption, TinyProgress, TinyRadio, TinyRadioGroup, TinySelect };
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
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
const leafPath = (codes: unknown) => pathOfCode(Array.isArray(codes) ? String(codes.at(-1) ?? '') : '');

/* ------------------------------------------------------------------ 主办者信息 (个人, 阿里云), progress aside */

const REQUIRED: [string, string][] = [
  ['certAddress', '证件住址'], ['mailCodes', '通信地址'], ['mailDetail', '通信地址详细'], ['investor', '投资人或主管单位'], ['prName', '主体负责人姓名'], ['prCertType', '证件类型'],
  ['prCertNumber', '证件号码'], ['prValidity', '证件有效期'], ['prMobile', '手机号码'], ['prEmergency', '应急联系电话'], ['prEmail', '电子邮箱'],
];

const AliyunSubjectPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('aliyun', 'subject', '个人', {
      certAddress: '', mailCodes: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [],
      prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
    }, ({ mailCodes, prValidity, ...r }) => ({ ...r, mailRegion: leafPath(mailCodes), prValidity: Array.isArray(prValidity) ? prValidity.map(String).filter(Boolean) : [] }));
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: (v) => (validId(v) ? '' : '证件号码校验未通过'),
      prMobile: mobile,
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      prEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    });
    const done = (k: string) => { const v = s[k]; return Array.isArray(v) ? v.filter(Boolean).length > 0 : !!String(v ?? '').trim(); };
    const todo = computed(() => REQUIRED.map(([k, label]) => ({ k, label, ok: done(k) })));
    const percent = computed(() => Math.round((todo.value.filter((t) => t.ok).length / REQUIRED.length) * 100));
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.promise ? '' : '请勾选承诺'; };
    return { s, ui, errs, check, todo, percent, next, certs: ICP_PERSON_CERTS.slice(0, 5), tree: regionOptions() };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span class="who">张伟</span></div>
  <div class="al-body">
    <div class="card-w help">填写基本信息 ✓ → <b>填写主办者信息</b> → 填写网站信息 → 上传资料</div>
    <div class="split">
      <div class="card-w subject-col">
        <div class="sec-title">主办者信息</div>
        <div class="ot-row"><label>主办人名称</label><span class="ro">张伟（个人 · 居民身份证 330106199003071236，来自填写基本信息）</span></div>
        <div class="ot-row"><label><i>*</i>证件住址</label><div><tiny-input class="cert-address" v-model="s.certAddress" type="textarea" :rows="2" placeholder="与身份证上的住址一致" style="width:460px"></tiny-input></div></div>
        <div class="ot-row"><label><i>*</i>通信地址</label><div><tiny-cascader class="mail-region" v-model="s.mailCodes" :options="tree" popper-class="mail-region-pop" placeholder="省 / 市 / 区县" style="width:320px"></tiny-cascader></div></div>
        <div class="ot-row"><label><i>*</i>通信地址详细</label><div><tiny-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" style="width:460px" @input="errs.mailDetail=''" @blur="check('mailDetail')"></tiny-input><div class="field-err" v-if="errs.mailDetail">{{ errs.mailDetail }}</div></div></div>
        <div class="ot-row"><label><i>*</i>投资人或主管单位</label><div><tiny-input class="investor" v-model="s.investor" placeholder="个人填写本人姓名" style="width:300px"></tiny-input></div></div>
        <div class="sec-title" style="margin-top:18px">主体负责人</div>
        <div class="ot-row"><label><i>*</i>主体负责人姓名</label><div><tiny-input class="pr-name" v-model="s.prName" style="width:300px"></tiny-input></div></div>
        <div class="ot-row"><label><i>*</i>证件类型</label><div><tiny-radio-group class="pr-cert-type" v-model="s.prCertType"><tiny-radio v-for="c in certs" :key="c" :label="c">{{ c }}</tiny-radio></tiny-radio-group></div></div>
        <div class="ot-row"><label><i>*</i>证件号码</label><div><tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:300px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></tiny-input><div class="field-err" v-if="errs.prCertNumber">{{ errs.prCertNumber }}</div></div></div>
        <div class="ot-row"><label><i>*</i>证件有效期</label><div><tiny-date-picker class="pr-validity" v-model="s.prValidity" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" popper-class="pr-validity-pop" style="width:320px"></tiny-date-picker></div></div>
        <div class="ot-row"><label><i>*</i>手机号码</label><div><tiny-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:300px" @input="errs.prMobile=''" @blur="check('prMobile')"></tiny-input><div class="field-err" v-if="errs.prMobile">{{ errs.prMobile }}</div></div></div>
        <div class="ot-row"><label><i>*</i>应急联系电话</label><div><tiny-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:300px" @input="errs.prEmergency=''" @blur="check('prEmergency')"></tiny-input><div class="field-err" v-if="errs.prEmergency">{{ errs.prEmergency }}</div></div></div>
        <div class="ot-row"><label>办公室电话</label><div><tiny-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" style="width:300px" @input="errs.prOffice=''" @blur="check('prOffice')"></tiny-input><div class="field-err" v-if="errs.prOffice">{{ errs.prOffice }}</div></div></div>
        <div class="ot-row"><label><i>*</i>电子邮箱</label><div><tiny-input class="pr-email" v-model="s.prEmail" style="width:300px" @input="errs.prEmail=''" @blur="check('prEmail')"></tiny-input><div class="field-err" v-if="errs.prEmail">{{ errs.prEmail }}</div></div></div>
        <div class="actions"><tiny-checkbox class="promise" v-model="s.promise">本人承诺所填信息真实有效</tiny-checkbox><tiny-button class="next" type="primary" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
      </div>
      <div class="card-w split-aside progress-aside">
        <div class="sec-title">填写进度</div>
        <tiny-progress class="fill-progress" :percentage="percent"></tiny-progress>
        <ul class="todo"><li v-for="t in todo" :key="t.k" :class="{ ok: t.ok }">{{ t.ok ? '✓' : '○' }} {{ t.label }}</li></ul>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 网站基本信息 (个人, 公安), form tables */

const MpsSitePerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'site', '个人', {
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ip: '', apJurisdiction: '', apName: '', apCodes: [], apMethod: '', registrar: '',
      interactive: '', category: '', dangerous: '', languages: [], draftClicks: 0, nextClicks: 0,
    }, ({ apCodes, ...r }) => ({ ...r, apRegion: leafPath(apCodes) }));
    const ui = reactive({ msg: '', providers: [] as string[], methods: [] as string[] });
    onMounted(() => {
      void fetchProviderNames(450).then((l) => { ui.providers = l; });
      void fetchAccessMethods(600).then((l) => { ui.methods = l; });
    });
    const { errs, check } = useChecks(s, {
      icpNumber: (v) => (SITE_ICP_RE.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'),
      mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      ip: (v) => (IPV4_RE.test(v) ? '' : 'IP 格式不正确'),
    });
    const draft = () => { s.draftClicks = Number(s.draftClicks) + 1; ui.msg = '草稿已保存'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.siteName ? '' : '请填写网站名称'; };
    return { s, ui, errs, check, draft, next, tree: regionOptions(), jurisdictions: MPS_JURISDICTIONS, categories: MPS_CATEGORIES, langs: MPS_LANGUAGES };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站基本信息</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body">
    <div class="card-w help">开办主体 ✓ → <b>网站基本信息</b> → 网站负责人 → 提示说明</div>
    <div class="card-w">
      <table class="ftable t-site"><caption>网站信息</caption><tbody>
        <tr><td class="lab"><i>*</i>网站名称</td><td><tiny-input class="site-name" v-model="s.siteName" placeholder="与工信部备案的网站名称一致" style="width:360px"></tiny-input></td></tr>
        <tr><td class="lab">工信部备案号</td><td><tiny-input class="icp-number" v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" style="width:360px" @input="errs.icpNumber=''" @blur="check('icpNumber')"></tiny-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></td></tr>
        <tr><td class="lab"><i>*</i>网站开通日期</td><td><tiny-date-picker class="opened-at" v-model="s.openedAt" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="选择日期" style="width:200px"></tiny-date-picker></td></tr>
        <tr><td class="lab"><i>*</i>主域名</td><td><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="如 example.cn" style="width:360px" @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></td></tr>
        <tr><td class="lab"><i>*</i>网站IP</td><td><tiny-input class="ip" v-model="s.ip" placeholder="域名实际解析到的 IP" style="width:360px" @input="errs.ip=''" @blur="check('ip')"></tiny-input><div class="field-err" v-if="errs.ip">{{ errs.ip }}</div></td></tr>
      </tbody></table>
      <table class="ftable t-ap"><caption>网络接入服务商</caption><tbody>
        <tr><td class="lab"><i>*</i>所属地区管辖</td><td><tiny-radio-group class="ap-jurisdiction" v-model="s.apJurisdiction"><tiny-radio v-for="j in jurisdictions" :key="j" :label="j">{{ j }}</tiny-radio></tiny-radio-group></td></tr>
        <tr><td class="lab"><i>*</i>接入商名称</td><td><tiny-select class="ap-name" v-model="s.apName" filterable popper-class="ap-name-pop" :placeholder="ui.providers.length ? '输入名称搜索' : '加载中…'" style="width:360px"><tiny-option v-for="p in ui.providers" :key="p" :label="p" :value="p"></tiny-option></tiny-select></td></tr>
        <tr><td class="lab"><i>*</i>接入商所属区域</td><td><tiny-cascader class="ap-region" v-model="s.apCodes" :options="tree" popper-class="ap-region-pop" placeholder="省 / 市 / 区县" style="width:360px"></tiny-cascader></td></tr>
        <tr><td class="lab"><i>*</i>网站接入方式</td><td><tiny-select class="ap-method" v-model="s.apMethod" popper-class="ap-method-pop" :placeholder="ui.methods.length ? '请选择' : '加载中…'" style="width:200px"><tiny-option v-for="m in ui.methods" :key="m" :label="m" :value="m"></tiny-option></tiny-select></td></tr>
      </tbody></table>
      <table class="ftable t-reg"><caption>域名注册服务商</caption><tbody>
        <tr><td class="lab"><i>*</i>注册商名称</td><td><tiny-select class="registrar" v-model="s.registrar" filterable popper-class="registrar-pop" :placeholder="ui.providers.length ? '输入名称搜索' : '加载中…'" style="width:360px"><tiny-option v-for="p in ui.providers" :key="p" :label="p" :value="p"></tiny-option></tiny-select></td></tr>
      </tbody></table>
      <table class="ftable t-svc"><caption>服务信息</caption><tbody>
        <tr><td class="lab"><i>*</i>是否提供互联网交互服务</td><td><tiny-radio-group class="interactive" v-model="s.interactive"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group></td></tr>
        <tr><td class="lab"><i>*</i>网站类型</td><td><tiny-select class="category" v-model="s.category" popper-class="category-pop" placeholder="请选择" style="width:240px"><tiny-option v-for="c in categories" :key="c[0]" :label="c[1]" :value="c[0]"></tiny-option></tiny-select></td></tr>
        <tr><td class="lab"><i>*</i>是否提供涉及管制物品信息发布服务</td><td><tiny-radio-group class="dangerous" v-model="s.dangerous"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group></td></tr>
        <tr><td class="lab"><i>*</i>网站语种</td><td><tiny-checkbox-group class="languages" v-model="s.languages"><tiny-checkbox v-for="l in langs" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group></td></tr>
      </tbody></table>
      <div class="actions"><tiny-button class="draft" @click="draft">保存草稿</tiny-button><tiny-button class="next" type="primary" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout40-aliyun-subject-person-opentiny-progressaside': AliyunSubjectPerson,
  'heldout40-mps-site-person-opentiny-formtables': MpsSitePerson,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
