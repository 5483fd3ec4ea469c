/**
 * Gen-26 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout26-mps-apply-unit-elp-desclist        the one-page 新办网站申请 (单位, 公安): bordered el-DESCRIPTIONS as the form;
 *    radios, blur checks, a date picker, an el-input-tag, an allow-create multiple select of IPs, a letter select, a 是 / 否
 *    SWITCH revealing checkboxes, a checkbox group, AUTOCOMPLETES answered late, a LAZY cascader, a DATERANGE picker, a copy
 *    tick; the notice tick; 暂存 / 提交申请
 *  - heldout26-huawei-subject-unit-elp-sectioncards 填写主体信息 (单位, 华为云): el-cards with right-aligned labels; THREE
 *    region selects loaded level by level, blur checks, 是 / 否 radios, RADIO-BUTTONS, a date picker + 长期 SWITCH hiding the
 *    end date, phones that must differ; 上一步 / 保存草稿 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAreas, ICP_PERSON_CERTS, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES,
  MPS_PERSON_CERTS, pathOfCode, PHONE_RE, searchProviders, shortIpv6, snapshot, validId, validIpv6, YES_NO, type Area,
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

/* ------------------------------------------------------------------ 新办网站申请 (单位, 公安), description list */

/** The 开办主体负责人 held from step 1 (the profile's 李娜), for 同开办主体负责人. */
const HELD_UNIT = { name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', mobile: '13600136000' };

const MpsApplyUnit = defineComponent({
  setup() {
    const s = useReplica('mps', 'apply', '单位', {
      genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], category: '', interactive: '', interactiveKinds: [], dangerous: '',
      languages: [], apName: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '',
      secName: '', secCertType: '', secCertNumber: '', secValidity: [], secMobile: '', secEmail: '', emgSame: false, notice: false, draftClicks: 0, submitClicks: 0,
    }, ({ apRegionCodes, secValidity, ...r }) => ({
      ...r,
      apRegion: pathOfCode(Array.isArray(apRegionCodes) ? String(apRegionCodes.at(-1) ?? '') : ''),
      secValidity: Array.isArray(secValidity) ? secValidity.map(String).filter(Boolean) : [],
    }));
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      icpNumber: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1'),
      mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      rgPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      apCode: (v) => (/^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'),
      secCertNumber: (v) => (s.secCertType && s.secCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      secMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      secEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确'),
    });
    const setIps = (v: unknown) => {
      const l = (Array.isArray(v) ? v : []).map((x) => String(x).trim()).filter(Boolean);
      const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x));
      errs.ips = bad ? `${bad} 不是有效的IP地址` : '';
      s.ips = l.filter((x) => x !== bad).map((x) => (x.includes(':') ? shortIpv6(x) : x)).filter((x, i, a) => a.indexOf(x) === i);
    };
    const setSubs = (v: unknown) => {
      const l = (Array.isArray(v) ? v : []).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
      const bad = l.find((x) => !DOMAIN_RE.test(x));
      errs.subDomains = bad ? `${bad}：请填写不带 www. 的域名` : '';
      s.subDomains = l.filter((x) => x !== bad);
    };
    const setInteractive = (v: string | number | boolean) => { s.interactive = String(v); if (v !== '是') s.interactiveKinds = []; };
    const search = (q: string, cb: (l: { value: string }[]) => void) => { void searchProviders(q, 400).then((l) => cb(l.map((value) => ({ value })))); };
    const lazy = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l: Area[]) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: node.level >= 2 }))));
      },
    };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '已提交';
    };
    return { s, ui, errs, check, setIps, setSubs, setInteractive, search, lazy, submit, HELD_UNIT, YES_NO, INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">杭州云栖示例科技有限公司（法人用户）</span></div>
  <div class="mps-body">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <div class="card-w"><el-steps :active="1" finish-status="success" simple><el-step title="开办主体"></el-step><el-step title="网站基本信息"></el-step><el-step title="网站负责人"></el-step><el-step title="提示说明"></el-step></el-steps></div>
    <div class="desc-sec d-entity">
      <h3>开办主体</h3>
      <el-descriptions :column="2" border>
        <el-descriptions-item label="开办主体性质">单位</el-descriptions-item>
        <el-descriptions-item label="主办单位名称">杭州云栖示例科技有限公司</el-descriptions-item>
        <el-descriptions-item label="开办主体负责人">李娜</el-descriptions-item>
        <el-descriptions-item label="是否利用生成式人工智能">
          <el-radio-group class="gen-ai" v-model="s.genAI"><el-radio v-for="o in YES_NO" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
        </el-descriptions-item>
      </el-descriptions>
    </div>
    <div class="desc-sec d-site">
      <h3>网站基本信息</h3>
      <el-descriptions :column="2" border label-width="170">
        <el-descriptions-item label="网站名称"><el-input class="site-name" v-model="s.siteName" maxlength="50" placeholder="须与ICP备案的网站名称一致"></el-input></el-descriptions-item>
        <el-descriptions-item label="工信部备案号"><el-input class="icp-number" v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" @input="errs.icpNumber=''" @blur="check('icpNumber')"></el-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></el-descriptions-item>
        <el-descriptions-item label="网站开通日期"><el-date-picker class="opened-at" v-model="s.openedAt" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="选择日期" style="width:100%"></el-date-picker></el-descriptions-item>
        <el-descriptions-item label="主域名"><el-input class="main-domain" v-model="s.mainDomain" placeholder="不带 www. 的一级域名" @input="errs.mainDomain=''" @blur="check('mainDomain')"></el-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></el-descriptions-item>
        <el-descriptions-item label="从域名"><el-input-tag class="sub-domains" :model-value="s.subDomains" @update:model-value="setSubs" placeholder="输入后回车"></el-input-tag><div class="field-err" v-if="errs.subDomains">{{ errs.subDomains }}</div></el-descriptions-item>
        <el-descriptions-item label="网站IP">
          <el-select class="ips" :model-value="s.ips" @update:model-value="setIps" multiple filterable allow-create default-first-option :reserve-keyword="false" placeholder="输入IP后回车" popper-class="ips-pop" style="width:100%"></el-select>
          <div class="field-err" v-if="errs.ips">{{ errs.ips }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="网站类型">
          <el-select class="category" v-model="s.category" placeholder="请选择" popper-class="category-pop" style="width:100%"><el-option v-for="c in MPS_CATEGORIES" :key="c[0]" :label="c[1]" :value="c[0]"></el-option></el-select>
        </el-descriptions-item>
        <el-descriptions-item label="是否提供互联网交互服务">
          <el-switch class="interactive" :model-value="s.interactive === '是'" @update:model-value="(v) => setInteractive(v ? '是' : '否')" inline-prompt active-text="是" inactive-text="否"></el-switch>
        </el-descriptions-item>
        <el-descriptions-item v-if="s.interactive === '是'" label="交互服务类型" :span="2">
          <el-checkbox-group class="interactive-kinds" v-model="s.interactiveKinds"><el-checkbox v-for="k in INTERACTIVE_KINDS" :key="k" :value="k">{{ k }}</el-checkbox></el-checkbox-group>
        </el-descriptions-item>
        <el-descriptions-item label="互联网危险物品信息发布">
          <el-radio-group class="dangerous" v-model="s.dangerous"><el-radio v-for="o in YES_NO" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
        </el-descriptions-item>
        <el-descriptions-item label="网站语种" :span="2">
          <el-checkbox-group class="languages" v-model="s.languages"><el-checkbox v-for="l in MPS_LANGUAGES" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group>
        </el-descriptions-item>
      </el-descriptions>
    </div>
    <div class="desc-sec d-ap">
      <h3>网络接入服务商</h3>
      <el-descriptions :column="2" border label-width="170">
        <el-descriptions-item label="名称"><el-autocomplete class="ap-name" v-model="s.apName" :fetch-suggestions="search" :trigger-on-focus="false" placeholder="输入名称关键字" popper-class="ap-name-pop" style="width:100%"></el-autocomplete></el-descriptions-item>
        <el-descriptions-item label="所属区域"><el-cascader class="ap-region" v-model="s.apRegionCodes" :props="lazy" placeholder="省 / 市 / 区县" popper-class="ap-region-pop" style="width:100%"></el-cascader></el-descriptions-item>
        <el-descriptions-item label="网站接入方式"><el-select class="ap-method" v-model="s.apMethod" placeholder="请选择" popper-class="ap-method-pop" style="width:100%"><el-option v-for="m in MPS_ACCESS_METHODS" :key="m" :label="m" :value="m"></el-option></el-select></el-descriptions-item>
        <el-descriptions-item label="联系电话"><el-input class="ap-phone" v-model="s.apPhone" @input="errs.apPhone=''" @blur="check('apPhone')"></el-input><div class="field-err" v-if="errs.apPhone">{{ errs.apPhone }}</div></el-descriptions-item>
        <el-descriptions-item label="接入商编码"><el-input class="ap-code" v-model="s.apCode" placeholder="组织机构代码" @input="errs.apCode=''" @blur="check('apCode')"></el-input><div class="field-err" v-if="errs.apCode">{{ errs.apCode }}</div></el-descriptions-item>
      </el-descriptions>
    </div>
    <div class="desc-sec d-rg">
      <h3>域名注册服务商</h3>
      <el-descriptions :column="2" border label-width="170">
        <el-descriptions-item label="名称"><el-autocomplete class="rg-name" v-model="s.rgName" :fetch-suggestions="search" :trigger-on-focus="false" placeholder="输入名称关键字" popper-class="rg-name-pop" style="width:100%"></el-autocomplete></el-descriptions-item>
        <el-descriptions-item label="联系电话"><el-input class="rg-phone" v-model="s.rgPhone" @input="errs.rgPhone=''" @blur="check('rgPhone')"></el-input><div class="field-err" v-if="errs.rgPhone">{{ errs.rgPhone }}</div></el-descriptions-item>
      </el-descriptions>
    </div>
    <div class="desc-sec d-sec">
      <h3>网站安全负责人</h3>
      <el-descriptions :column="2" border label-width="170">
        <el-descriptions-item label="姓名"><el-input class="sec-name" v-model="s.secName" maxlength="30"></el-input></el-descriptions-item>
        <el-descriptions-item label="证件类型"><el-select class="sec-cert-type" v-model="s.secCertType" placeholder="请选择" popper-class="sec-cert-type-pop" style="width:100%"><el-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select></el-descriptions-item>
        <el-descriptions-item label="证件号码"><el-input class="sec-cert-number" v-model="s.secCertNumber" maxlength="18" @input="errs.secCertNumber=''" @blur="check('secCertNumber')"></el-input><div class="field-err" v-if="errs.secCertNumber">{{ errs.secCertNumber }}</div></el-descriptions-item>
        <el-descriptions-item label="证件有效期"><el-date-picker class="sec-validity" v-model="s.secValidity" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="width:100%"></el-date-picker></el-descriptions-item>
        <el-descriptions-item label="手机号码"><el-input class="sec-mobile" v-model="s.secMobile" maxlength="11" @input="errs.secMobile=''" @blur="check('secMobile')"></el-input><div class="field-err" v-if="errs.secMobile">{{ errs.secMobile }}</div></el-descriptions-item>
        <el-descriptions-item label="电子邮件地址"><el-input class="sec-email" v-model="s.secEmail" @input="errs.secEmail=''" @blur="check('secEmail')"></el-input><div class="field-err" v-if="errs.secEmail">{{ errs.secEmail }}</div></el-descriptions-item>
      </el-descriptions>
    </div>
    <div class="desc-sec d-emg">
      <h3>网站应急联络人</h3>
      <el-checkbox class="emg-same" v-model="s.emgSame">同开办主体负责人</el-checkbox>
      <div v-if="s.emgSame" class="same-sum">{{ HELD_UNIT.name }} · {{ HELD_UNIT.certType }} {{ HELD_UNIT.certNumber }} · {{ HELD_UNIT.mobile }}</div>
    </div>
    <el-checkbox class="notice" v-model="s.notice">本单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》</el-checkbox>
    <div class="actions">
      <el-button @click="s.draftClicks++">暂存</el-button><el-button type="primary" @click="submit">提交申请</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写主体信息 (单位, 华为云), section cards */

const HuaweiSubjectUnit = defineComponent({
  setup() {
    const s = useReplica('huawei', 'subject', '单位', {
      unitName: '', certAddress: '', mailProv: '', mailCity: '', mailDist: '', mailDetail: '', investor: '', prIsLegal: '', prName: '', prCertType: '', prCertNumber: '',
      prValidFrom: '', prLongTerm: false, prValidTo: '', prMobile: '', prEmergency: '', prOffice: '', prEmail: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ mailProv, mailCity, mailDist, ...r }) => ({ ...r, mailRegion: pathOfCode(String(mailDist || mailCity || mailProv || '')) }));
    const ui = reactive({ msg: '', provs: [] as Area[], cities: [] as Area[], dists: [] as Area[] });
    void fetchAreas('').then((l) => { ui.provs = l; });
    const setProv = (v: string) => { Object.assign(s, { mailProv: v, mailCity: '', mailDist: '' }); ui.cities = []; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.cities = l; }); };
    const setCity = (v: string) => { Object.assign(s, { mailCity: v, mailDist: '' }); ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.dists = l; }); };
    const { errs, check } = useChecks(s, {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      prMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      prEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
      prEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    });
    const setLong = (v: string | number | boolean) => { s.prLongTerm = !!v; if (v) s.prValidTo = ''; };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = ['unitName', 'certAddress', 'mailDist', 'mailDetail', 'investor', 'prIsLegal', 'prName', 'prCertType', 'prCertNumber', 'prValidFrom', 'prMobile', 'prEmergency', 'prEmail'];
      ui.msg = need.every((k) => String(s[k] ?? '').trim()) ? '草稿已保存' : '请完善带 * 的信息';
    };
    return { s, ui, errs, check, setProv, setCity, setLong, save, YES_NO, ICP_PERSON_CERTS };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="hw-side" aria-label="备案"><a>备案概览</a><a class="on">我的备案</a><a>备案授权码</a><a>备案资料下载</a></nav>
  <div class="hw-main"><div class="hw-body">
    <div class="crumbs">备案中心 / 我的备案 / 首次备案</div>
    <div class="card-w"><el-steps :active="1" align-center><el-step title="基础信息校验"></el-step><el-step title="填写主体信息"></el-step><el-step title="填写互联网信息服务"></el-step><el-step title="上传资料及真实性核验"></el-step></el-steps></div>
    <div class="facts-ro"><div><span>主办单位性质</span>企业</div><div><span>主办单位证件类型</span>营业执照（个人或企业）</div><div><span>主办单位证件号码</span>91330110MA2H3K7Q18</div><div><span>备案地域</span>浙江省</div></div>
    <el-card class="sec-card c-unit" shadow="never">
      <template #header><b>主办单位信息</b></template>
      <el-form label-position="right" label-width="170px">
        <el-form-item label="主办单位名称" required><el-input class="unit-name" v-model="s.unitName" maxlength="128" style="width:420px"></el-input></el-form-item>
        <el-form-item label="主办单位证件住所" required><el-input class="cert-address" v-model="s.certAddress" maxlength="200" placeholder="与营业执照上的住所一致" style="width:560px"></el-input></el-form-item>
        <el-form-item label="通信地址" required>
          <div class="row-inline">
            <el-select class="mail-prov" :model-value="s.mailProv" @update:model-value="setProv" placeholder="省" popper-class="mail-prov-pop" style="width:150px"><el-option v-for="a in ui.provs" :key="a.code" :label="a.name" :value="a.code"></el-option></el-select>
            <el-select class="mail-city" :model-value="s.mailCity" @update:model-value="setCity" placeholder="市" :disabled="!s.mailProv" popper-class="mail-city-pop" style="width:150px"><el-option v-for="a in ui.cities" :key="a.code" :label="a.name" :value="a.code"></el-option></el-select>
            <el-select class="mail-dist" v-model="s.mailDist" placeholder="区县" :disabled="!s.mailCity" popper-class="mail-dist-pop" style="width:150px"><el-option v-for="a in ui.dists" :key="a.code" :label="a.name" :value="a.code"></el-option></el-select>
          </div>
        </el-form-item>
        <el-form-item label="通信详细地址" required :error="errs.mailDetail"><el-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" style="width:560px" @input="errs.mailDetail=''" @blur="check('mailDetail')"></el-input></el-form-item>
        <el-form-item label="投资人或主管单位" required><el-input class="investor" v-model="s.investor" style="width:420px"></el-input></el-form-item>
      </el-form>
    </el-card>
    <el-card class="sec-card c-principal" shadow="never">
      <template #header><b>主体负责人信息</b></template>
      <el-form label-position="right" label-width="170px">
        <el-form-item label="主体负责人是否为法定代表人" required>
          <el-radio-group class="pr-is-legal" v-model="s.prIsLegal"><el-radio v-for="o in YES_NO" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <span v-if="s.prIsLegal === '否'" class="help" style="margin-left:12px">非法定代表人须上传法人授权书</span>
        </el-form-item>
        <el-form-item label="负责人姓名" required><el-input class="pr-name" v-model="s.prName" style="width:260px"></el-input></el-form-item>
        <el-form-item label="负责人证件类型" required>
          <el-radio-group class="pr-cert-type" v-model="s.prCertType"><el-radio-button v-for="c in ICP_PERSON_CERTS.slice(0, 4)" :key="c" :value="c">{{ c }}</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="负责人证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:260px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></el-input></el-form-item>
        <el-form-item label="证件有效期起" required>
          <div class="row-inline">
            <el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" style="width:170px"></el-date-picker>
            <span>长期</span><el-switch class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong"></el-switch>
          </div>
        </el-form-item>
        <el-form-item v-if="!s.prLongTerm" label="证件有效期止" required><el-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="结束日期" style="width:170px"></el-date-picker></el-form-item>
        <el-form-item label="手机号码" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:260px" @input="errs.prMobile=''" @blur="check('prMobile')"></el-input></el-form-item>
        <el-form-item label="应急联系电话" required :error="errs.prEmergency"><el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" style="width:260px" @input="errs.prEmergency=''" @blur="check('prEmergency')"></el-input></el-form-item>
        <el-form-item label="办公室电话" :error="errs.prOffice"><el-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" style="width:260px" @input="errs.prOffice=''" @blur="check('prOffice')"></el-input></el-form-item>
        <el-form-item label="电子邮箱" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" style="width:260px" @input="errs.prEmail=''" @blur="check('prEmail')"></el-input></el-form-item>
      </el-form>
    </el-card>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="save">保存草稿</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout26-mps-apply-unit-elp-desclist': MpsApplyUnit,
  'heldout26-huawei-subject-unit-elp-sectioncards': HuaweiSubjectUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
