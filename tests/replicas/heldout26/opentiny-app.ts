/**
 * Gen-26 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout26-aliyun-apply-unit-opentiny-changecollapse  变更网站 order (单位, 阿里云): a TinyCOLLAPSE of three panels (all
 *    open), LEFT labels; a blur-checked site filing number the profile lacks, ONE text of domains (separated list), a
 *    blur-checked home URL, a TinySelect, a MULTIPLE TinySelect, TinyRADIOS, two TinyDatePickers, phones that must differ;
 *    上一步 / 提交变更
 *  - heldout26-mps-apply-person-opentiny-threecols        the one-page 新办网站申请 (个人, 公安) in THREE COLUMNS, labels on
 *    top; a TinyDatePicker, ONE text of IPs, letter TinyRADIOS, a 是 / 否 TinySelect, a TinySWITCH, a MULTIPLE TinySelect, a
 *    filterable provider TinySelect, THREE region TinySelects loaded level by level, 同开办主体负责人 radios copying into a
 *    summary (否 reveals rows); the notice tick; 暂存 / 提交申请
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCollapse from '@opentiny/vue-collapse';
import TinyCollapseItem from '@opentiny/vue-collapse-item';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySwitch from '@opentiny/vue-switch';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAreas, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, lines, MOBILE_RE, MPS_ACCESS_METHODS,
  MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDERS, pathOfCode, PHONE_RE, shortIpv6, SITE_ICP_RE, snapshot, validId, validIpv6, YES_NO, type Area,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
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
const COMPONENTS = {
  TinyButton, TinyCheckbox, TinyCollapse, TinyCollapseItem, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySwitch,
};

/* ------------------------------------------------------------------ 变更网站 (单位, 阿里云), collapse */

const AliyunApplyUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('aliyun', 'apply', '单位', {
      siteIcp: '', siteName: '', domainText: '', homeUrl: '', content: '', languages: [], wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '',
      wpMobile: '', wpEmergency: '', wpEmail: '', changeNote: '', prevClicks: 0, submitClicks: 0,
    }, ({ domainText, ...r }) => ({ ...r, domains: lines(domainText).map((d) => d.toLowerCase()) }));
    const ui = reactive({ msg: '', open: ['target', 'site', 'wp'] });
    const { errs, check } = useChecks(s, {
      siteIcp: (v) => (SITE_ICP_RE.test(v) ? '' : '网站备案号格式如 浙ICP备12345678号-1'),
      domainText: (v) => { const bad = lines(v).find((d) => !DOMAIN_RE.test(d)); return bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : ''; },
      homeUrl: (v) => (homeUrlSuggestions(lines(s.domainText).map((d) => d.toLowerCase())).includes(v) ? '' : '首页URL须属于所填写的网站域名'),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    });
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.siteIcp ? '请填写需变更的网站备案号' : '请核对变更内容后提交';
    };
    return { s, ui, errs, check, submit, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body">
    <h2 class="page-title">变更备案 · 变更网站</h2>
    <div class="card-w help" style="color:#b26a00;background:#fff8e6">变更网站信息提交后须重新经阿里云初审与管局审核；仅需填写变更后的网站信息，主办单位信息不可在此变更。</div>
    <tiny-collapse v-model="ui.open" class="change-sections">
      <tiny-collapse-item title="待变更网站" name="target">
        <tiny-form label-position="left" label-width="150px" class="p-target">
          <tiny-form-item label="网站备案号" required>
            <tiny-input class="site-icp" v-model="s.siteIcp" placeholder="如 浙ICP备12345678号-1" style="width:320px" @input="errs.siteIcp=''" @blur="check('siteIcp')"></tiny-input>
            <div class="field-err" v-if="errs.siteIcp">{{ errs.siteIcp }}</div>
          </tiny-form-item>
          <tiny-form-item label="主办单位"><span class="ro">杭州云栖示例科技有限公司（企业）</span></tiny-form-item>
        </tiny-form>
      </tiny-collapse-item>
      <tiny-collapse-item title="网站信息" name="site">
        <tiny-form label-position="left" label-width="150px" class="p-site">
          <tiny-form-item label="网站名称" required><tiny-input class="site-name" v-model="s.siteName" maxlength="50" style="width:420px"></tiny-input></tiny-form-item>
          <tiny-form-item label="网站域名" required>
            <tiny-input class="domains" v-model="s.domainText" placeholder="多个域名用分号或换行分隔" style="width:420px" @input="errs.domainText=''" @blur="check('domainText')"></tiny-input>
            <div class="field-err" v-if="errs.domainText">{{ errs.domainText }}</div>
          </tiny-form-item>
          <tiny-form-item label="网站首页URL" required>
            <tiny-input class="home-url" v-model="s.homeUrl" placeholder="不带 http://" style="width:420px" @input="errs.homeUrl=''" @blur="check('homeUrl')"></tiny-input>
            <div class="field-err" v-if="errs.homeUrl">{{ errs.homeUrl }}</div>
          </tiny-form-item>
          <tiny-form-item label="网站服务内容" required>
            <tiny-select class="content" v-model="s.content" placeholder="请选择" style="width:420px"><tiny-option v-for="c in ICP_CONTENT" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="网站语言" required>
            <tiny-select class="languages" v-model="s.languages" multiple placeholder="请选择" style="width:420px"><tiny-option v-for="l in ICP_LANGUAGES" :key="l" :label="l" :value="l"></tiny-option></tiny-select>
          </tiny-form-item>
        </tiny-form>
      </tiny-collapse-item>
      <tiny-collapse-item title="网站负责人" name="wp">
        <tiny-form label-position="left" label-width="150px" class="p-wp">
          <tiny-form-item label="姓名" required><tiny-input class="wp-name" v-model="s.wpName" style="width:260px"></tiny-input></tiny-form-item>
          <tiny-form-item label="证件类型" required>
            <tiny-radio-group class="wp-cert-type" v-model="s.wpCertType"><tiny-radio v-for="c in ICP_PERSON_CERTS.slice(0, 4)" :key="c" :label="c">{{ c }}</tiny-radio></tiny-radio-group>
          </tiny-form-item>
          <tiny-form-item label="证件号码" required>
            <tiny-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></tiny-input>
            <div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div>
          </tiny-form-item>
          <tiny-form-item label="证件有效期起" required><tiny-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="开始日期" style="width:200px"></tiny-date-picker></tiny-form-item>
          <tiny-form-item label="证件有效期止" required><tiny-date-picker class="wp-valid-to" v-model="s.wpValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="结束日期" style="width:200px"></tiny-date-picker></tiny-form-item>
          <tiny-form-item label="手机号码" required>
            <tiny-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px" @input="errs.wpMobile=''" @blur="check('wpMobile')"></tiny-input>
            <div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div>
          </tiny-form-item>
          <tiny-form-item label="应急联系电话" required>
            <tiny-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:260px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></tiny-input>
            <div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div>
          </tiny-form-item>
          <tiny-form-item label="电子邮箱" required>
            <tiny-input class="wp-email" v-model="s.wpEmail" style="width:260px" @input="errs.wpEmail=''" @blur="check('wpEmail')"></tiny-input>
            <div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div>
          </tiny-form-item>
        </tiny-form>
      </tiny-collapse-item>
    </tiny-collapse>
    <div class="card-w" style="margin-top:16px">
      <div class="t-label">变更说明（选填）</div>
      <tiny-input class="change-note" v-model="s.changeNote" type="textarea" :rows="2" maxlength="200" placeholder="说明变更原因"></tiny-input>
    </div>
    <div class="actions">
      <tiny-button class="prev" @click="s.prevClicks++">上一步</tiny-button><tiny-button class="submit" type="primary" @click="submit">提交变更</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ 新办网站申请 (个人, 公安), three columns */

/** The 开办主体负责人 held from step 1 (the profile's 张伟). */
const HELD = { name: '张伟', certNumber: '330106199003071236', mobile: '13800138000' };

const MpsApplyPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'apply', '个人', {
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ipText: '', category: '', interactive: '', dangerous: false, languages: [],
      apName: '', apProv: '', apCity: '', apDist: '', apMethod: '', apPhone: '', rgName: '', rgPhone: '',
      secSame: '', secName: '', secMobile: '', emgSame: '', emgName: '', emgPhone: '', genAI: '', notice: false, draftClicks: 0, submitClicks: 0,
    }, ({ ipText, apProv, apCity, apDist, ...r }) => ({
      ...r, ips: lines(ipText).map((x) => (x.includes(':') ? shortIpv6(x) : x)), apRegion: pathOfCode(String(apDist || apCity || apProv || '')),
    }));
    const ui = reactive({ msg: '', provs: [] as Area[], cities: [] as Area[], dists: [] as Area[] });
    void fetchAreas('').then((l) => { ui.provs = l; });
    const setProv = (v: string) => { Object.assign(s, { apProv: v, apCity: '', apDist: '' }); ui.cities = []; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.cities = l; }); };
    const setCity = (v: string) => { Object.assign(s, { apCity: v, apDist: '' }); ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.dists = l; }); };
    const { errs, check } = useChecks(s, {
      icpNumber: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1'),
      mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      ipText: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的IP地址` : ''; },
      apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      rgPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      secMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
    });
    const setSame = (role: 'sec' | 'emg', v: string) => {
      const on = v === '是';
      if (role === 'sec') Object.assign(s, { secSame: v, secName: on ? HELD.name : '', secMobile: on ? HELD.mobile : '' });
      else Object.assign(s, { emgSame: v, emgName: on ? HELD.name : '', emgPhone: on ? HELD.mobile : '' });
    };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '已提交';
    };
    return { s, ui, errs, check, setProv, setCity, setSame, submit, HELD, YES_NO, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDERS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <div class="card-w help">开办主体：个人 · 张伟（居民身份证 3301**********1236）· 开办主体负责人 张伟。请一次填写网站基本信息、服务商与网站负责人，提交前阅读责任告知书。</div>
    <div class="cols3">
      <div class="col-card c-site">
        <h3>网站</h3>
        <div class="t-item"><div class="t-label"><i>*</i>网站名称</div><tiny-input class="site-name" v-model="s.siteName" maxlength="50"></tiny-input></div>
        <div class="t-item"><div class="t-label"><i>*</i>工信部备案号</div><tiny-input class="icp-number" v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" @input="errs.icpNumber=''" @blur="check('icpNumber')"></tiny-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站开通日期</div><tiny-date-picker class="opened-at" v-model="s.openedAt" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="选择日期" style="width:100%"></tiny-date-picker></div>
        <div class="t-item"><div class="t-label"><i>*</i>主域名</div><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="不带 www." @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站IP</div><tiny-input class="ips" v-model="s.ipText" placeholder="多个IP用分号分隔" @input="errs.ipText=''" @blur="check('ipText')"></tiny-input><div class="field-err" v-if="errs.ipText">{{ errs.ipText }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站类型</div>
          <tiny-radio-group class="category" v-model="s.category" style="display:flex;flex-direction:column;align-items:flex-start"><tiny-radio v-for="c in MPS_CATEGORIES" :key="c[0]" :label="c[0]">{{ c[1] }}</tiny-radio></tiny-radio-group></div>
        <div class="t-item"><div class="t-label"><i>*</i>是否提供互联网交互服务</div>
          <tiny-select class="interactive" v-model="s.interactive" placeholder="请选择" style="width:100%"><tiny-option v-for="o in YES_NO" :key="o" :label="o" :value="o"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>互联网危险物品信息发布</div><tiny-switch class="dangerous" v-model="s.dangerous"></tiny-switch> <span class="help">{{ s.dangerous ? '是' : '否' }}</span></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站语种</div>
          <tiny-select class="languages" v-model="s.languages" multiple placeholder="请选择" style="width:100%"><tiny-option v-for="l in MPS_LANGUAGES" :key="l" :label="l" :value="l"></tiny-option></tiny-select></div>
      </div>
      <div class="col-card c-prov">
        <h3>服务商</h3>
        <div class="t-item"><div class="t-label"><i>*</i>网络接入服务商名称</div>
          <tiny-select class="ap-name" v-model="s.apName" filterable placeholder="输入关键字筛选" style="width:100%"><tiny-option v-for="p in MPS_PROVIDERS" :key="p" :label="p" :value="p"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>接入商所属区域</div>
          <div class="row-inline" style="flex-wrap:nowrap">
            <tiny-select class="ap-prov" :model-value="s.apProv" @update:model-value="setProv" placeholder="省"><tiny-option v-for="a in ui.provs" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
            <tiny-select class="ap-city" :model-value="s.apCity" @update:model-value="setCity" placeholder="市" :disabled="!s.apProv"><tiny-option v-for="a in ui.cities" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
            <tiny-select class="ap-dist" v-model="s.apDist" placeholder="区县" :disabled="!s.apCity"><tiny-option v-for="a in ui.dists" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
          </div></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站接入方式</div>
          <tiny-radio-group class="ap-method" v-model="s.apMethod"><tiny-radio v-for="m in MPS_ACCESS_METHODS" :key="m" :label="m">{{ m }}</tiny-radio></tiny-radio-group></div>
        <div class="t-item"><div class="t-label"><i>*</i>接入商联系电话</div><tiny-input class="ap-phone" v-model="s.apPhone" @input="errs.apPhone=''" @blur="check('apPhone')"></tiny-input><div class="field-err" v-if="errs.apPhone">{{ errs.apPhone }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>域名注册服务商名称</div>
          <tiny-select class="rg-name" v-model="s.rgName" placeholder="请选择" style="width:100%"><tiny-option v-for="p in MPS_PROVIDERS" :key="p" :label="p" :value="p"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>注册商联系电话</div><tiny-input class="rg-phone" v-model="s.rgPhone" @input="errs.rgPhone=''" @blur="check('rgPhone')"></tiny-input><div class="field-err" v-if="errs.rgPhone">{{ errs.rgPhone }}</div></div>
      </div>
      <div class="col-card c-people">
        <h3>负责人</h3>
        <div class="t-item"><div class="t-label"><i>*</i>网站安全负责人同开办主体负责人</div>
          <tiny-radio-group class="sec-same" :model-value="s.secSame" @update:model-value="(v) => setSame('sec', v)"><tiny-radio v-for="o in YES_NO" :key="o" :label="o">{{ o }}</tiny-radio></tiny-radio-group>
          <div v-if="s.secSame === '是'" class="same-sum sec-summary">{{ HELD.name }} · 居民身份证 {{ HELD.certNumber }} · {{ HELD.mobile }}</div>
          <template v-else-if="s.secSame === '否'">
            <div class="t-label">安全负责人姓名</div><tiny-input class="sec-name" v-model="s.secName"></tiny-input>
            <div class="t-label">安全负责人手机号码</div><tiny-input class="sec-mobile" v-model="s.secMobile" maxlength="11" @blur="check('secMobile')"></tiny-input><div class="field-err" v-if="errs.secMobile">{{ errs.secMobile }}</div>
          </template></div>
        <div class="t-item"><div class="t-label"><i>*</i>网站应急联络人同开办主体负责人</div>
          <tiny-radio-group class="emg-same" :model-value="s.emgSame" @update:model-value="(v) => setSame('emg', v)"><tiny-radio v-for="o in YES_NO" :key="o" :label="o">{{ o }}</tiny-radio></tiny-radio-group>
          <div v-if="s.emgSame === '是'" class="same-sum emg-summary">{{ HELD.name }} · {{ HELD.mobile }}</div>
          <template v-else-if="s.emgSame === '否'">
            <div class="t-label">应急联络人姓名</div><tiny-input class="emg-name" v-model="s.emgName"></tiny-input>
            <div class="t-label">应急联络人联系电话</div><tiny-input class="emg-phone" v-model="s.emgPhone" maxlength="11"></tiny-input>
          </template></div>
        <div class="t-item"><div class="t-label"><i>*</i>是否利用生成式人工智能</div>
          <tiny-radio-group class="gen-ai" v-model="s.genAI"><tiny-radio v-for="o in YES_NO" :key="o" :label="o">{{ o }}</tiny-radio></tiny-radio-group></div>
      </div>
    </div>
    <div style="margin-top:16px"><tiny-checkbox class="notice" v-model="s.notice">本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》</tiny-checkbox></div>
    <div class="actions">
      <tiny-button class="draft" @click="s.draftClicks++">暂存</tiny-button><tiny-button class="submit" type="primary" @click="submit">提交申请</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout26-aliyun-apply-unit-opentiny-changecollapse': AliyunApplyUnit,
  'heldout26-mps-apply-person-opentiny-threecols': MpsApplyPerson,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
