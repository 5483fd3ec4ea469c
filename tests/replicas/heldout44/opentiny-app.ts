/**
 * Gen-44 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout44-mps-site-unit-opentiny-colgrid3          公安 网站基本信息 (单位) on a THREE-COLUMN GRID: label-above fields
 *    three to a row under section heads; a TinyDatePicker, added TinyInput rows, a textarea one IP per line, TinyRadios,
 *    a filterable TinySelect listed late, three TinySelects each listed late, a TinySelect listed late, TinyRadios whose
 *    是 reveals a TinyCheckboxGroup listed late, a letter-coded TinySelect, a TinyCheckboxGroup, a TinySwitch, blur checks;
 *    保存草稿 / 下一步
 *  - heldout44-tencent-subject-person-opentiny-stepcards   Tencent Cloud 填写主体信息 (个人) as STEP CARDS: three stacked
 *    cards under a TinySteps bar that lights up as each card is complete; two file pickers (the ID front's reading fills
 *    姓名 and 证件号码 late where empty), TinyInputs, a whole-tree TinyCascader answered late + a street line, a TinySelect,
 *    a daterange TinyDatePicker, blur checks, phones that must differ; 保存 / 下一步
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinySwitch from '@opentiny/vue-switch';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAccessMethods, fetchInteractiveKinds, fetchLevel, fetchProviderNames, fetchRegionTree, ICP_PERSON_CERTS, IPV4_RE, lines, MOBILE_RE,
  MPS_CATEGORIES, MPS_JURISDICTIONS, MPS_LANGUAGES, pathOfCode, PHONE_RE, readIdFront, SITE_ICP_RE, snapshot, validId, validIpv6, type RegionOption,
} from './common';
import type { Platform } from '../types';

const COMPONENTS = { TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySteps, TinySwitch };
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

/* ------------------------------------------------------------------ 网站基本信息 (单位, 公安), three-column grid */

const MpsSiteUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'site', '单位', {
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subRows: [''], ipText: '', apJurisdiction: '', apName: '', apCode: '', apProv: '', apCity: '', apCounty: '',
      apMethod: '', apPhone: '', regName: '', interactive: '', interactiveKinds: [], category: '', languages: [], dangerous: false, draftClicks: 0, nextClicks: 0,
    }, ({ subRows, ipText, apProv, apCity, apCounty, ...r }) => ({
      ...r, subDomains: strs(subRows), ips: lines(ipText), apRegion: pathOfCode(String(apCounty || apCity || apProv || '')), interactiveKinds: strs(r.interactiveKinds), languages: strs(r.languages),
    }));
    const ui = reactive({
      msg: '', providers: [] as string[], methods: [] as string[], kinds: [] as string[], kindsLoading: false,
      provs: [] as [string, string][], cities: [] as [string, string][], counties: [] as [string, string][],
    });
    onMounted(() => {
      void fetchProviderNames(500).then((l) => { ui.providers = l; });
      void fetchAccessMethods(400).then((l) => { ui.methods = l; });
      void fetchLevel('', 350).then((l) => { ui.provs = l; });
    });
    watch(() => s.apProv, (p) => { ui.cities = []; ui.counties = []; if (p) void fetchLevel(String(p), 350).then((l) => { if (s.apProv === p) ui.cities = l; }); });
    watch(() => s.apCity, (c) => { ui.counties = []; if (c) void fetchLevel(String(c), 350).then((l) => { if (s.apCity === c) ui.counties = l; }); });
    const pickProv = (v: string) => { Object.assign(s, { apProv: v, apCity: '', apCounty: '' }); };
    const pickCity = (v: string) => { Object.assign(s, { apCity: v, apCounty: '' }); };
    watch(() => s.interactive, (v) => {
      if (v !== '是') { s.interactiveKinds = []; return; }
      if (ui.kinds.length) return;
      ui.kindsLoading = true;
      void fetchInteractiveKinds(400).then((l) => { ui.kinds = l; ui.kindsLoading = false; });
    });
    const { errs, check } = useChecks(s, {
      icpNumber: (v) => (SITE_ICP_RE.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'), mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      ipText: (v) => (lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)) ? 'IP 格式不正确（每行一个）' : ''), apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      apCode: (v) => (/^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'),
    });
    const rows = () => s.subRows as string[];
    const addRow = () => { rows().push(''); };
    const delRow = (i: number) => { rows().splice(i, 1); if (!rows().length) rows().push(''); };
    const draft = () => { s.draftClicks = Number(s.draftClicks) + 1; ui.msg = '草稿已保存'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.siteName ? '' : '请填写网站名称'; };
    return {
      s, ui, errs, check, pickProv, pickCity, rows, addRow, delRow, draft, next,
      jurisdictions: MPS_JURISDICTIONS, categories: MPS_CATEGORIES, langs: MPS_LANGUAGES,
    };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站基本信息</span><span class="who">杭州云栖示例科技有限公司（单位用户）</span></div>
  <div class="mps-body">
    <div class="card-w help">开办主体 ✓ → <b>网站基本信息</b> → 网站负责人 → 提示说明</div>
    <div class="card-w">
      <div class="sec-title">网站信息</div>
      <div class="g3 g-site">
        <div><label><i>*</i>网站名称</label><tiny-input class="site-name" v-model="s.siteName" placeholder="与工信部备案的网站名称一致"></tiny-input></div>
        <div><label>工信部备案号</label><tiny-input class="icp-number" v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" @input="errs.icpNumber=''" @blur="check('icpNumber')"></tiny-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></div>
        <div><label><i>*</i>网站开通日期</label><tiny-date-picker class="opened-at" v-model="s.openedAt" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" popper-class="opened-at-pop" placeholder="选择日期" style="width:100%"></tiny-date-picker></div>
        <div><label><i>*</i>主域名</label><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="如 example.cn" @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></div>
        <div class="sub-domains"><label>从域名</label>
          <div v-for="(r, i) in s.subRows" :key="i" class="row-inline sub-row" style="display:flex;margin-bottom:6px"><tiny-input class="sub-domain" style="flex:1" v-model="s.subRows[i]" placeholder="同一网站的其他域名"></tiny-input><tiny-button class="del-sub" size="mini" @click="delRow(i)">删除</tiny-button></div>
          <tiny-button class="add-sub" size="mini" @click="addRow">+ 添加从域名</tiny-button>
        </div>
        <div><label><i>*</i>网站IP</label><tiny-input class="ips" type="textarea" :rows="3" v-model="s.ipText" placeholder="每行一个 IP（IPv4 / IPv6）" @input="errs.ipText=''" @blur="check('ipText')"></tiny-input><div class="field-err" v-if="errs.ipText">{{ errs.ipText }}</div></div>
      </div>
      <div class="sec-title" style="margin-top:20px">网络接入服务商</div>
      <div class="g3 g-ap">
        <div><label><i>*</i>接入商所属地区管辖</label><tiny-radio-group class="ap-jurisdiction" v-model="s.apJurisdiction"><tiny-radio v-for="j in jurisdictions" :key="j" :label="j">{{ j }}</tiny-radio></tiny-radio-group></div>
        <div><label><i>*</i>接入商名称</label><tiny-select class="ap-name" v-model="s.apName" filterable popper-class="ap-name-pop" :placeholder="ui.providers.length ? '输入名称搜索' : '加载中…'" style="width:100%"><tiny-option v-for="p in ui.providers" :key="p" :label="p" :value="p"></tiny-option></tiny-select></div>
        <div><label><i>*</i>接入商编码</label><tiny-input class="ap-code" v-model="s.apCode" placeholder="组织机构代码（9 位）" @input="errs.apCode=''" @blur="check('apCode')"></tiny-input><div class="field-err" v-if="errs.apCode">{{ errs.apCode }}</div></div>
        <div class="wide"><label><i>*</i>接入商所属区域</label>
          <div class="row-inline ap-levels">
            <tiny-select class="ap-prov" :model-value="s.apProv" @update:model-value="pickProv" popper-class="ap-prov-pop" :placeholder="ui.provs.length ? '省' : '加载中…'" style="width:160px"><tiny-option v-for="o in ui.provs" :key="o[0]" :label="o[1]" :value="o[0]"></tiny-option></tiny-select>
            <tiny-select class="ap-city" :model-value="s.apCity" @update:model-value="pickCity" :disabled="!s.apProv" popper-class="ap-city-pop" placeholder="市" style="width:160px"><tiny-option v-for="o in ui.cities" :key="o[0]" :label="o[1]" :value="o[0]"></tiny-option></tiny-select>
            <tiny-select class="ap-county" v-model="s.apCounty" :disabled="!s.apCity" popper-class="ap-county-pop" placeholder="区县" style="width:160px"><tiny-option v-for="o in ui.counties" :key="o[0]" :label="o[1]" :value="o[0]"></tiny-option></tiny-select>
          </div>
        </div>
        <div><label><i>*</i>网站接入方式</label><tiny-radio-group class="ap-method" v-model="s.apMethod"><tiny-radio v-for="m in ui.methods" :key="m" :label="m">{{ m }}</tiny-radio></tiny-radio-group><span class="help" v-if="!ui.methods.length">加载中…</span></div>
        <div><label><i>*</i>接入商电话</label><tiny-input class="ap-phone" v-model="s.apPhone" @input="errs.apPhone=''" @blur="check('apPhone')"></tiny-input><div class="field-err" v-if="errs.apPhone">{{ errs.apPhone }}</div></div>
      </div>
      <div class="sec-title" style="margin-top:20px">域名注册服务商</div>
      <div class="g3 g-reg">
        <div><label><i>*</i>注册商名称</label><tiny-select class="reg-name" v-model="s.regName" filterable popper-class="reg-name-pop" :placeholder="ui.providers.length ? '输入名称搜索' : '加载中…'" style="width:100%"><tiny-option v-for="p in ui.providers" :key="p" :label="p" :value="p"></tiny-option></tiny-select></div>
      </div>
      <div class="sec-title" style="margin-top:20px">服务信息</div>
      <div class="g3 g-service">
        <div><label><i>*</i>是否提供互联网交互服务</label><tiny-radio-group class="interactive" v-model="s.interactive"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group></div>
        <div class="wide" v-if="s.interactive === '是'"><label><i>*</i>交互服务类型</label>
          <span class="help" v-if="ui.kindsLoading">加载中…</span>
          <tiny-checkbox-group v-else class="interactive-kinds" v-model="s.interactiveKinds"><tiny-checkbox v-for="k in ui.kinds" :key="k" :label="k">{{ k }}</tiny-checkbox></tiny-checkbox-group>
        </div>
        <div><label><i>*</i>网站类型</label><tiny-select class="category" v-model="s.category" popper-class="category-pop" placeholder="请选择" style="width:100%"><tiny-option v-for="c in categories" :key="c[0]" :label="c[1]" :value="c[0]"></tiny-option></tiny-select></div>
        <div><label>是否提供涉及管制物品信息发布服务</label><tiny-switch class="dangerous" v-model="s.dangerous"></tiny-switch></div>
        <div class="wide"><label><i>*</i>网站语种</label><tiny-checkbox-group class="languages" v-model="s.languages"><tiny-checkbox v-for="l in langs" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group></div>
      </div>
      <div class="actions"><tiny-button class="draft" @click="draft">保存草稿</tiny-button><tiny-button type="primary" class="next" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写主体信息 (个人, 腾讯云), step cards */

const TencentSubjectPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('tencent', 'subject', '个人', {
      idFront: [], idBack: [], name: '', certNumber: '', certAddress: '', mailCodes: [], mailDetail: '', investor: '',
      prName: '', prCertType: '', prCertNumber: '', prValidity: [], prMobile: '', prEmergency: '', prEmail: '', saveClicks: 0, nextClicks: 0,
    }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(strs(mailCodes).at(-1) ?? ''), prValidity: strs(r.prValidity) }));
    const ui = reactive({ msg: '', tree: [] as RegionOption[], reading: false });
    onMounted(() => { void fetchRegionTree(500).then((t) => { ui.tree = t; }); });
    const { errs, check } = useChecks(s, {
      certNumber: idRule, prCertNumber: idRule, prMobile: mobile, prEmail: email, mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '详细地址须到门牌号'),
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const pick = (k: string) => (ev: Event) => {
      const f = Array.from((ev.target as HTMLInputElement).files ?? []);
      s[k] = f.map((x) => x.name);
      if (k !== 'idFront' || !f[0]) return;
      ui.reading = true;
      void readIdFront(f[0].name, 600).then((r) => { ui.reading = false; if (r) Object.assign(s, { name: String(s.name || r.name), certNumber: String(s.certNumber || r.number) }); });
    };
    const complete = () => [
      !!(strs(s.idFront).length && s.name && s.certNumber && s.certAddress && strs(s.mailCodes).length && s.mailDetail),
      !!(s.prName && s.prCertType && s.prCertNumber && strs(s.prValidity).length === 2),
      !!(s.prMobile && s.prEmergency && s.prEmail),
    ];
    const steps = () => { const c = complete(); return ['主办者', '主体负责人', '联系方式'].map((name, i) => ({ name, status: c[i] ? 'done' : 'doing' })); };
    const active = () => { const i = complete().indexOf(false); return i < 0 ? 2 : i; };
    const save = () => { s.saveClicks = Number(s.saveClicks) + 1; ui.msg = '已保存'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = complete().every(Boolean) ? '' : '请完成所有必填项'; };
    return { s, ui, errs, check, pick, steps, active, save, next, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>网站备案</span><span>首次备案 · 个人</span><span class="who">张伟</span></div>
  <div class="tc-body">
    <div class="card-w help">验证备案类型 ✓ → <b>填写主体信息</b> → 填写网站信息 → 上传资料 → 提交</div>
    <div class="card-w"><tiny-steps class="progress-steps" :data="steps()" :active="active()"></tiny-steps></div>
    <div class="stack-cards">
      <div class="card-w c-holder">
        <div class="sec-title">主办者</div>
        <div class="ot-row"><label><i>*</i>身份证人像面</label><div class="up-idFront"><input type="file" accept="image/png,image/jpeg" @change="pick('idFront')($event)"><span class="help">{{ ui.reading ? '正在识别…' : (s.idFront.join('、') || '上传后自动识别姓名与证件号码') }}</span></div></div>
        <div class="ot-row"><label><i>*</i>身份证国徽面</label><div class="up-idBack"><input type="file" accept="image/png,image/jpeg" @change="pick('idBack')($event)"><span class="help">{{ s.idBack.join('、') || 'jpg / png，不超过 4 MB' }}</span></div></div>
        <div class="ot-row"><label><i>*</i>姓名</label><div><tiny-input class="holder-name" v-model="s.name" style="width:320px"></tiny-input></div></div>
        <div class="ot-row"><label>证件类型</label><div class="ro" style="line-height:32px">居民身份证（验证备案类型时选择）</div></div>
        <div class="ot-row"><label><i>*</i>证件号码</label><div><tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:320px" @input="errs.certNumber=''" @blur="check('certNumber')"></tiny-input><div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div></div></div>
        <div class="ot-row"><label><i>*</i>证件住址</label><div><tiny-input class="cert-address" v-model="s.certAddress" placeholder="与身份证上的住址一致" style="width:480px"></tiny-input></div></div>
        <div class="ot-row"><label><i>*</i>通讯地址</label><div><tiny-cascader class="mail-region" v-model="s.mailCodes" :options="ui.tree" popper-class="mail-region-pop" :placeholder="ui.tree.length ? '省 / 市 / 区县' : '地区加载中…'" style="width:320px"></tiny-cascader></div></div>
        <div class="ot-row"><label><i>*</i>详细地址</label><div><tiny-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" style="width:480px" @input="errs.mailDetail=''" @blur="check('mailDetail')"></tiny-input><div class="field-err" v-if="errs.mailDetail">{{ errs.mailDetail }}</div></div></div>
        <div class="ot-row"><label><i>*</i>投资人或主管单位</label><div><tiny-input class="investor" v-model="s.investor" placeholder="个人填写本人姓名" style="width:320px"></tiny-input></div></div>
      </div>
      <div class="card-w c-principal">
        <div class="sec-title">主体负责人</div>
        <div class="ot-row"><label><i>*</i>负责人姓名</label><div><tiny-input class="pr-name" v-model="s.prName" style="width:320px"></tiny-input></div></div>
        <div class="ot-row"><label><i>*</i>负责人证件类型</label><div><tiny-select class="pr-cert-type" v-model="s.prCertType" popper-class="pr-cert-type-pop" placeholder="请选择" style="width:320px"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></div>
        <div class="ot-row"><label><i>*</i>负责人证件号码</label><div><tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:320px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></tiny-input><div class="field-err" v-if="errs.prCertNumber">{{ errs.prCertNumber }}</div></div></div>
        <div class="ot-row"><label><i>*</i>证件有效期</label><div><tiny-date-picker class="pr-validity" v-model="s.prValidity" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" popper-class="pr-validity-pop" style="width:320px"></tiny-date-picker></div></div>
      </div>
      <div class="card-w c-contact">
        <div class="sec-title">联系方式</div>
        <div class="ot-row"><label><i>*</i>手机号码</label><div><tiny-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:320px" @input="errs.prMobile=''" @blur="check('prMobile')"></tiny-input><div class="field-err" v-if="errs.prMobile">{{ errs.prMobile }}</div></div></div>
        <div class="ot-row"><label><i>*</i>应急联系电话</label><div><tiny-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:320px" @input="errs.prEmergency=''" @blur="check('prEmergency')"></tiny-input><div class="field-err" v-if="errs.prEmergency">{{ errs.prEmergency }}</div></div></div>
        <div class="ot-row"><label><i>*</i>电子邮箱</label><div><tiny-input class="pr-email" v-model="s.prEmail" style="width:320px" @input="errs.prEmail=''" @blur="check('prEmail')"></tiny-input><div class="field-err" v-if="errs.prEmail">{{ errs.prEmail }}</div></div></div>
      </div>
    </div>
    <div class="actions"><tiny-button class="save" @click="save">保存</tiny-button><tiny-button type="primary" class="next" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout44-mps-site-unit-opentiny-colgrid3': MpsSiteUnit,
  'heldout44-tencent-subject-person-opentiny-stepcards': TencentSubjectPerson,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
