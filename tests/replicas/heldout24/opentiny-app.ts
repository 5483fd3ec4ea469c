/**
 * Gen-24 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout24-mps-principal-person-opentiny-sourceselect  网站负责人 (个人, 公安): one card per role, labels ON TOP in a
 *    three-column grid; a 信息来源 TinySelect copying the held principal and locking the rows (其他人员 clears them), a
 *    TinySelect, blur checks, a DATERANGE TinyDatePicker + 长期 tick, a required landline the profile lacks; the notice
 *    tick; 上一步 / 保存 / 下一步
 *  - heldout24-huawei-site-unit-opentiny-typeswitch         填写互联网信息服务 (单位, 华为云): 网站 / App radios swapping two
 *    field sets, then two titled blocks with LEFT labels; blur checks, ONE text each for the other domains and the IPs
 *    (separated lists), a TinySelect, a TinyCheckboxGroup, radios revealing items; the site principal with a TinySelect
 *    and two TinyDatePickers; 上一步 / 保存草稿 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, IPV4_RE, lines, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, shortIpv6, snapshot,
  validId, validIpv6,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const COMPONENTS = {
  TinyButton, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySteps,
};

/* ------------------------------------------------------------------ 网站负责人 (个人, 公安), source select */

/** The 开办主体负责人 held from 开办主体 (the profile's 张伟). */
const HELD = { name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', from: '2018-03-01', to: '2038-03-01', mobile: '13800138000', email: 'zhangwei@example.com' };
const SOURCES = ['开办主体负责人', '其他人员'];

const MpsPrincipalPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'principal', '个人', {
      secSource: '', secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secMobile: '', secOffice: '', secEmail: '',
      emgSource: '', emgName: '', emgCertNumber: '', emgPhone: '', notice: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, (r) => {
      const v = Array.isArray(r.secValidity) ? r.secValidity.map(String).filter(Boolean) : [];
      return { ...r, secValidity: r.secLongTerm ? v.slice(0, 1) : v.length === 2 ? v : [] };
    });
    const ui = reactive({ msg: '', longFrom: '' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      secCertNumber: (v) => (s.secCertType && s.secCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      emgCertNumber: (v) => (validId(v) ? '' : '证件号码校验未通过'),
      secMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      emgPhone: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      secOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
      secEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setSecSource = (v: string) => {
      const on = v === '开办主体负责人';
      Object.assign(s, {
        secSource: v, secName: on ? HELD.name : '', secCertType: on ? HELD.certType : '', secCertNumber: on ? HELD.certNumber : '',
        secValidity: on ? [HELD.from, HELD.to] : [], secLongTerm: false, secMobile: on ? HELD.mobile : '', secEmail: on ? HELD.email : '',
      });
    };
    const setEmgSource = (v: string) => {
      const on = v === '开办主体负责人';
      Object.assign(s, { emgSource: v, emgName: on ? HELD.name : '', emgCertNumber: on ? HELD.certNumber : '', emgPhone: on ? HELD.mobile : '' });
    };
    const setLong = (v: boolean) => {
      const from = Array.isArray(s.secValidity) ? String(s.secValidity[0] ?? '') : '';
      s.secLongTerm = v;
      s.secValidity = v ? (from ? [from] : []) : [];
    };
    const setLongFrom = (v: string) => { s.secValidity = v ? [v] : []; };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = ['secName', 'secCertType', 'secCertNumber', 'secMobile', 'secOffice', 'secEmail', 'emgName', 'emgCertNumber', 'emgPhone'];
      ui.msg = need.every((k) => String(s[k] ?? '').trim()) && (s.secValidity as string[]).length ? '已保存' : '请完善带 * 的信息';
    };
    const steps = ['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((name) => ({ name }));
    return { s, ui, errs, check, setSecSource, setEmgSource, setLong, setLongFrom, save, steps, SOURCES, MPS_PERSON_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <div class="card-w"><tiny-steps :data="steps" :active="2"></tiny-steps></div>
    <div class="held-line">开办主体负责人：<b>张伟</b>（居民身份证 3301**********1236）— “信息来源”选择“开办主体负责人”可直接带入</div>
    <div class="role-card c-sec">
      <h3>网站安全负责人</h3>
      <div class="grid3">
        <div class="t-item"><div class="t-label"><i>*</i>信息来源</div>
          <tiny-select class="sec-source" :model-value="s.secSource" @update:model-value="setSecSource" placeholder="请选择" style="width:100%"><tiny-option v-for="o in SOURCES" :key="o" :label="o" :value="o"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>姓名</div><tiny-input class="sec-name" v-model="s.secName" :disabled="s.secSource === '开办主体负责人'" maxlength="30"></tiny-input></div>
        <div class="t-item"><div class="t-label"><i>*</i>证件类型</div>
          <tiny-select class="sec-cert-type" v-model="s.secCertType" :disabled="s.secSource === '开办主体负责人'" placeholder="请选择" style="width:100%"><tiny-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>证件号码</div><tiny-input class="sec-cert-number" v-model="s.secCertNumber" :disabled="s.secSource === '开办主体负责人'" maxlength="18" @input="errs.secCertNumber=''" @blur="check('secCertNumber')"></tiny-input><div class="field-err" v-if="errs.secCertNumber">{{ errs.secCertNumber }}</div></div>
        <div class="t-item wide"><div class="t-label"><i>*</i>证件有效期</div>
          <div class="row-inline" style="flex-wrap:nowrap">
            <tiny-date-picker v-if="!s.secLongTerm" class="sec-validity" v-model="s.secValidity" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" :disabled="s.secSource === '开办主体负责人'" style="width:300px"></tiny-date-picker>
            <tiny-date-picker v-else class="sec-valid-from" :model-value="s.secValidity[0] || ''" @update:model-value="setLongFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="开始日期" style="width:200px"></tiny-date-picker>
            <tiny-checkbox class="sec-long-term" :model-value="s.secLongTerm" @update:model-value="setLong" :disabled="s.secSource === '开办主体负责人'">长期</tiny-checkbox>
          </div></div>
        <div class="t-item"><div class="t-label"><i>*</i>手机号码</div><tiny-input class="sec-mobile" v-model="s.secMobile" :disabled="s.secSource === '开办主体负责人'" maxlength="11" @input="errs.secMobile=''" @blur="check('secMobile')"></tiny-input><div class="field-err" v-if="errs.secMobile">{{ errs.secMobile }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>办公室电话</div><tiny-input class="sec-office" v-model="s.secOffice" placeholder="区号-号码" @input="errs.secOffice=''" @blur="check('secOffice')"></tiny-input><div class="field-err" v-if="errs.secOffice">{{ errs.secOffice }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>电子邮件地址</div><tiny-input class="sec-email" v-model="s.secEmail" :disabled="s.secSource === '开办主体负责人'" @input="errs.secEmail=''" @blur="check('secEmail')"></tiny-input><div class="field-err" v-if="errs.secEmail">{{ errs.secEmail }}</div></div>
      </div>
    </div>
    <div class="role-card c-emg">
      <h3>网站应急联络人</h3>
      <div class="grid3">
        <div class="t-item"><div class="t-label"><i>*</i>信息来源</div>
          <tiny-select class="emg-source" :model-value="s.emgSource" @update:model-value="setEmgSource" placeholder="请选择" style="width:100%"><tiny-option v-for="o in SOURCES" :key="o" :label="o" :value="o"></tiny-option></tiny-select></div>
        <div class="t-item"><div class="t-label"><i>*</i>联络人姓名</div><tiny-input class="emg-name" v-model="s.emgName" :disabled="s.emgSource === '开办主体负责人'" maxlength="30"></tiny-input></div>
        <div class="t-item"><div class="t-label"><i>*</i>证件号码</div><tiny-input class="emg-cert-number" v-model="s.emgCertNumber" :disabled="s.emgSource === '开办主体负责人'" maxlength="18" @input="errs.emgCertNumber=''" @blur="check('emgCertNumber')"></tiny-input><div class="field-err" v-if="errs.emgCertNumber">{{ errs.emgCertNumber }}</div></div>
        <div class="t-item"><div class="t-label"><i>*</i>联系电话</div><tiny-input class="emg-phone" v-model="s.emgPhone" :disabled="s.emgSource === '开办主体负责人'" maxlength="11" @input="errs.emgPhone=''" @blur="check('emgPhone')"></tiny-input><div class="field-err" v-if="errs.emgPhone">{{ errs.emgPhone }}</div></div>
      </div>
    </div>
    <tiny-checkbox class="notice" v-model="s.notice">我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</tiny-checkbox>
    <div class="actions">
      <tiny-button class="prev" @click="s.prevClicks++">上一步</tiny-button><tiny-button class="save" @click="save">保存</tiny-button><tiny-button class="next" type="primary" @click="s.nextClicks++">下一步</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写互联网信息服务 (单位, 华为云), type switch */

const HuaweiSiteUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('huawei', 'site', '单位', {
      serviceType: '网站', siteName: '', mainDomain: '', subText: '', homeUrl: '', content: '', languages: [], preApproval: '', preItems: [], ipText: '',
      appName: '', appPackage: '', appMd5: '',
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ subText, ipText, ...r }) => ({
      ...r, subDomains: lines(subText).map((d) => d.toLowerCase()), ips: lines(ipText).map((x) => (x.includes(':') ? shortIpv6(x) : x)),
    }));
    const ui = reactive({ msg: '' });
    const errs = reactive<Record<string, string>>({});
    const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? `${v}：请填写不带 www. 与 http:// 的域名` : DOMAIN_RE.test(v) ? '' : `${v}：域名格式不正确`);
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称不少于 3 个汉字' : ['网站', '首页', '公司'].includes(v) ? '网站名称过于宽泛' : ''),
      mainDomain: (v) => domainRule(v.toLowerCase()),
      subText: (v) => lines(v).map((d) => domainRule(d.toLowerCase())).find(Boolean) ?? '',
      homeUrl: (v) => (/^https?:/i.test(v) ? '无需填写 http://' : [String(s.mainDomain), ...lines(s.subText)].filter(Boolean).some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于网站域名'),
      ipText: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的IP地址` : ''; },
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setPre = (v: string) => { s.preApproval = v; if (v !== '是') s.preItems = []; };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = s.serviceType === '网站' ? ['siteName', 'mainDomain', 'homeUrl', 'content', 'preApproval', 'ipText'] : ['appName', 'appPackage', 'appMd5'];
      ui.msg = [...need, 'wpName', 'wpCertType', 'wpCertNumber', 'wpMobile', 'wpEmergency', 'wpEmail'].every((k) => String(s[k] ?? '').trim()) ? '草稿已保存' : '请完善必填信息';
    };
    const steps = ['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'].map((name) => ({ name }));
    return { s, ui, errs, check, setPre, save, steps, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>控制台</span><span>备案中心</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="hw-side" aria-label="备案中心"><div class="grp">备案中心</div><a>总览</a><a class="on">我的备案</a><a>备案授权码</a><a>资料下载</a></nav>
  <div class="hw-main"><div class="hw-body">
    <h2 class="page-title">首次备案 · 填写互联网信息服务</h2>
    <div class="card-w"><tiny-steps :data="steps" :active="2"></tiny-steps></div>
    <div class="type-bar">
      <span><em style="color:#e54545;font-style:normal">*</em> 互联网信息服务类型</span>
      <tiny-radio-group class="service-type" v-model="s.serviceType"><tiny-radio label="网站">网站</tiny-radio><tiny-radio label="App">App</tiny-radio></tiny-radio-group>
      <span class="help">一个订单可填写多个网站或 App；此处填写第 1 个</span>
    </div>
    <div v-if="s.serviceType === '网站'" class="blk b-site">
      <h3 class="blk-title">网站信息</h3>
      <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
        <tiny-form-item label="网站名称" required><div class="ctl"><tiny-input class="site-name" v-model="s.siteName" maxlength="50" style="width:380px" @input="errs.siteName=''" @blur="check('siteName')"></tiny-input><div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></div></tiny-form-item>
        <tiny-form-item label="网站域名" required><div class="ctl"><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="主域名，如 example.com" style="width:380px" @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></div></tiny-form-item>
        <tiny-form-item label="从域名"><div class="ctl"><tiny-input class="sub-domains" v-model="s.subText" placeholder="同一网站的其他域名，多个用逗号分隔" style="width:380px" @input="errs.subText=''" @blur="check('subText')"></tiny-input><div class="field-err" v-if="errs.subText">{{ errs.subText }}</div></div></tiny-form-item>
        <tiny-form-item label="首页URL" required><div class="ctl"><tiny-input class="home-url" v-model="s.homeUrl" placeholder="如 www.example.com，不含 http://" style="width:380px" @input="errs.homeUrl=''" @blur="check('homeUrl')"></tiny-input><div class="field-err" v-if="errs.homeUrl">{{ errs.homeUrl }}</div></div></tiny-form-item>
        <tiny-form-item label="网站服务内容" required>
          <tiny-select class="content" v-model="s.content" filterable placeholder="请选择" style="width:380px"><tiny-option v-for="c in ICP_CONTENT" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
        </tiny-form-item>
        <tiny-form-item label="网站语言" required>
          <tiny-checkbox-group class="languages" v-model="s.languages"><tiny-checkbox v-for="l in ICP_LANGUAGES" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group>
        </tiny-form-item>
        <tiny-form-item label="前置审批" required>
          <div class="ctl">
            <tiny-radio-group class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre"><tiny-radio label="否">否</tiny-radio><tiny-radio label="是">是</tiny-radio></tiny-radio-group>
            <tiny-checkbox-group v-if="s.preApproval === '是'" class="pre-items" v-model="s.preItems"><tiny-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :label="p">{{ p }}</tiny-checkbox></tiny-checkbox-group>
          </div>
        </tiny-form-item>
        <tiny-form-item label="IP地址" required><div class="ctl"><tiny-input class="ips" v-model="s.ipText" placeholder="网站服务器的公网IP，多个用英文分号 ; 分隔" style="width:380px" @input="errs.ipText=''" @blur="check('ipText')"></tiny-input><div class="field-err" v-if="errs.ipText">{{ errs.ipText }}</div></div></tiny-form-item>
      </tiny-form>
    </div>
    <div v-else class="blk b-app">
      <h3 class="blk-title">App信息</h3>
      <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
        <tiny-form-item label="App名称" required><tiny-input class="app-name" v-model="s.appName" style="width:380px"></tiny-input></tiny-form-item>
        <tiny-form-item label="包名 / Bundle ID" required><tiny-input class="app-package" v-model="s.appPackage" style="width:380px"></tiny-input></tiny-form-item>
        <tiny-form-item label="签名MD5" required><tiny-input class="app-md5" v-model="s.appMd5" style="width:380px"></tiny-input></tiny-form-item>
      </tiny-form>
    </div>
    <div class="blk b-wp">
      <h3 class="blk-title">互联网信息服务负责人</h3>
      <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
        <tiny-form-item label="姓名" required><tiny-input class="wp-name" v-model="s.wpName" maxlength="30" style="width:260px"></tiny-input></tiny-form-item>
        <tiny-form-item label="证件类型" required>
          <tiny-select class="wp-cert-type" v-model="s.wpCertType" placeholder="请选择" style="width:260px"><tiny-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
        </tiny-form-item>
        <tiny-form-item label="证件号码" required><div class="ctl"><tiny-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></tiny-input><div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div></div></tiny-form-item>
        <tiny-form-item label="证件有效期开始" required><tiny-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="请选择日期" style="width:200px"></tiny-date-picker></tiny-form-item>
        <tiny-form-item label="证件有效期结束" required><tiny-date-picker class="wp-valid-to" v-model="s.wpValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="请选择日期" style="width:200px"></tiny-date-picker></tiny-form-item>
        <tiny-form-item label="手机号码" required><div class="ctl"><tiny-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px" @input="errs.wpMobile=''" @blur="check('wpMobile')"></tiny-input><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div></div></tiny-form-item>
        <tiny-form-item label="应急联系电话" required><div class="ctl"><tiny-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:260px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></tiny-input><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div></div></tiny-form-item>
        <tiny-form-item label="电子邮箱" required><div class="ctl"><tiny-input class="wp-email" v-model="s.wpEmail" style="width:260px" @input="errs.wpEmail=''" @blur="check('wpEmail')"></tiny-input><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div></div></tiny-form-item>
      </tiny-form>
    </div>
    <div class="actions">
      <tiny-button class="prev" @click="s.prevClicks++">上一步</tiny-button><tiny-button class="save" @click="save">保存草稿</tiny-button><tiny-button class="next" type="primary" @click="s.nextClicks++">下一步</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout24-mps-principal-person-opentiny-sourceselect': MpsPrincipalPerson,
  'heldout24-huawei-site-unit-opentiny-typeswitch': HuaweiSiteUnit,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
