/**
 * Gen-18 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout18-mps-apply-person-elp-timeline  新办网站申请 (个人, 公安) on ONE page: an el-TIMELINE whose four items are the
 *    wizard's steps, each a card with LEFT labels; selects, blur checks, a DATERANGE picker swapped for one date by 长期, a
 *    LAZY cascader + detail, a switch; date pickers, an allow-create multiple select, an el-INPUT-TAG of IPs, a whole-tree
 *    category cascader, button radios, a yes / no select, checkbox groups, a multiple select; provider AUTOCOMPLETES
 *    (answered after a delay), radios, whole-tree cascaders; the security officer with a copy TICK and three picture-card
 *    uploads, the emergency contact with a copy SWITCH; the notice tick; 暂存 / 提交申请
 *  - heldout18-tencent-site-person-elp-dialog 填写网站信息 (个人, 腾讯云): a site TABLE and the site form in an el-DIALOG open on
 *    arrival (closing keeps the state, 编辑 reopens); blur checks, an input with a fixed http:// prepend, a grouped select, a
 *    checkable TREE SELECT of languages, ONE checkbox revealing items, an import SELECT copying the principal, the validity as
 *    ONE TEXT "YYYY-MM-DD 至 YYYY-MM-DD" + 长期, phones that must differ, a counted textarea; 取消 / 保存, 上一步 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAreas, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE,
  MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, MPS_PERSON_CERTS, MPS_PRE_LICENCE_CODES, pathOfCode, personSiteNameProblem, PERSON_BANNED, PHONE_RE, regionOptions,
  searchProviders, shortIpv6, snapshot, validId, validIpv6,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const last = (v: unknown) => (Array.isArray(v) && v.length ? String(v[v.length - 1]) : '');
const range = (v: unknown) => (Array.isArray(v) && v.length === 2 && v[0] && v[1] ? [String(v[0]), String(v[1])] : []);
const ZW = { ...HELD_PRINCIPAL.个人, emergency: '13900139000' };

/* ------------------------------------------------------------------ 新办网站申请 (个人, 公安), timeline */

const MpsApplyPerson = defineComponent({
  setup() {
    const s = useReplica('mps', 'apply', '个人', {
      subjectKind: '', name: '', certType: '', certNumber: '', validityRange: [], longTerm: false, validFromLong: '', homeRegionCodes: [], homeDetail: '',
      mobile: '', email: '', office: '', genAI: false,
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], domainCertFrom: '', domainCertTo: '', category: '', interactive: '', interactiveKinds: [],
      dangerous: '', preLicences: [], languages: [],
      apName: '', apJurisdiction: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgJurisdiction: '', rgRegionCodes: [], rgPhone: '',
      secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidityRange: [], secMobile: '', secEmail: '', secIdFront: [], secIdBack: [], secIdHand: [],
      emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidityRange: [], emgMobile: '',
      notice: false, saveClicks: 0, submitClicks: 0,
    }, ({ validityRange, validFromLong, homeRegionCodes, apRegionCodes, rgRegionCodes, secValidityRange, emgValidityRange, ...r }) => ({
      ...r,
      validity: r.longTerm ? (validFromLong ? [validFromLong] : []) : range(validityRange),
      homeRegion: pathOfCode(last(homeRegionCodes)), apRegion: pathOfCode(last(apRegionCodes)), rgRegion: pathOfCode(last(rgRegionCodes)),
      secValidity: range(secValidityRange), emgValidity: range(emgValidityRange),
    }));
    const files = reactive<Record<string, unknown[]>>({ secIdFront: [], secIdBack: [], secIdHand: [] });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      certNumber: (v) => (s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      mobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      email: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'),
      office: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称须与ICP备案一致，不少于 3 个汉字'),
      icpNumber: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '格式如：浙ICP备12345678号-1'),
      mainDomain: (v) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确'),
      apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      rgPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      apCode: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'),
      secCertNumber: (v) => (s.secCertType && s.secCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      emgCertNumber: (v) => (s.emgCertType && s.emgCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      secMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      emgMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      secEmail: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setLong = (v: boolean) => {
      const r = s.validityRange as string[];
      s.validFromLong = v ? (r[0] ?? '') : '';
      s.validityRange = [];
      s.longTerm = v;
    };
    const setIps = (v: string[] | undefined) => {
      const list = (v ?? []).map((x) => x.trim());
      const bad = list.filter((x) => !IPV4_RE.test(x) && !validIpv6(x));
      errs.ips = bad.length ? `${bad[0]} 不是有效的 IP 地址` : '';
      s.ips = list.filter((x) => !bad.includes(x)).map((x) => (x.includes(':') ? shortIpv6(x) : x)).filter((x, i, a) => a.indexOf(x) === i);
    };
    const setSubs = (v: string[]) => {
      const list = v.map((x) => x.trim().toLowerCase());
      const bad = list.filter((x) => !DOMAIN_RE.test(x));
      errs.subDomains = bad.length ? `${bad[0]} 不是有效的一级域名` : '';
      s.subDomains = list.filter((x) => DOMAIN_RE.test(x));
    };
    const setInteractive = (v: string) => { s.interactive = v; if (v !== '是') s.interactiveKinds = []; };
    const copy = (r: 'sec' | 'emg', on: boolean) => {
      s[`${r}Same`] = on;
      Object.assign(s, {
        [`${r}Name`]: on ? ZW.name : '', [`${r}CertType`]: on ? ZW.certType : '', [`${r}CertNumber`]: on ? ZW.certNumber : '',
        [`${r}ValidityRange`]: on ? [ZW.validFrom, ZW.validTo] : [], [`${r}Mobile`]: on ? ZW.mobile : '', ...(r === 'sec' ? { secEmail: on ? ZW.email : '' } : {}),
      });
    };
    const setFiles = (k: string, list: { name?: string }[]) => { files[k] = list; s[k] = list.map((f) => f.name ?? '').filter(Boolean); };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) => { void searchProviders(q).then((l) => cb(l.map((value) => ({ value })))); };
    const lazyProps = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: node.level >= 2 }))));
      },
    };
    const ui = reactive({ msg: '' });
    const submit = () => { s.submitClicks = Number(s.submitClicks) + 1; ui.msg = s.notice ? '请检查标 * 的必填项' : '请先阅读并勾选《互联网信息服务单位网络安全责任告知书》'; };
    const categories = MPS_CATEGORY_TREE;
    const preLicences = MPS_PRE_LICENCE_CODES.map(([, l]) => l);
    return {
      s, files, errs, ui, check, setLong, setIps, setSubs, setInteractive, copy, setFiles, suggest, submit, lazyProps, regions: regionOptions(), categories, preLicences,
      MPS_PERSON_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, INTERACTIVE_KINDS,
    };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body" style="max-width:1080px">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <el-alert type="warning" :closable="false" show-icon style="margin-bottom:16px" title="网站开通之日起 30 日内须办理联网备案。本页按办理顺序一次填写全部申请信息，带 * 的为必填项。"></el-alert>
    <el-timeline class="apply-timeline">
      <el-timeline-item timestamp="第一步 · 开办主体" placement="top" type="primary" size="large">
        <div class="tl-card sec-subject">
          <el-form label-position="left" label-width="250px" require-asterisk-position="left">
            <el-form-item label="开办主体性质" required>
              <el-select class="subject-kind" v-model="s.subjectKind" placeholder="请选择" style="width:200px"><el-option label="个人" value="个人"></el-option><el-option label="单位" value="单位"></el-option></el-select>
            </el-form-item>
            <el-form-item label="姓名" required><el-input class="name" v-model="s.name" maxlength="30" style="width:320px"></el-input></el-form-item>
            <el-form-item label="证件类型" required>
              <el-select class="cert-type" v-model="s.certType" placeholder="请选择" style="width:320px"><el-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
            <el-form-item label="证件号码" required :error="errs.certNumber"><el-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:320px" @input="errs.certNumber=''" @blur="check('certNumber')"></el-input></el-form-item>
            <el-form-item label="证件有效期" required>
              <div class="row-inline">
                <el-date-picker v-if="!s.longTerm" class="validity" v-model="s.validityRange" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="width:320px"></el-date-picker>
                <el-date-picker v-else class="valid-from" v-model="s.validFromLong" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" style="width:200px"></el-date-picker>
                <el-checkbox class="long-term" :model-value="s.longTerm" @update:model-value="setLong">长期</el-checkbox>
              </div>
            </el-form-item>
            <el-form-item label="常住地址" required>
              <el-cascader class="home-region" v-model="s.homeRegionCodes" :props="lazyProps" placeholder="请选择省 / 市 / 区县" style="width:320px"></el-cascader>
            </el-form-item>
            <el-form-item label="常住地址 · 详细地址" required><el-input class="home-detail" v-model="s.homeDetail" placeholder="街道、门牌号" style="width:420px"></el-input></el-form-item>
            <el-form-item label="手机号码" required :error="errs.mobile"><el-input class="mobile" v-model="s.mobile" maxlength="11" style="width:320px" @input="errs.mobile=''" @blur="check('mobile')"></el-input></el-form-item>
            <el-form-item label="电子邮箱" required :error="errs.email"><el-input class="email" v-model="s.email" style="width:320px" @input="errs.email=''" @blur="check('email')"></el-input></el-form-item>
            <el-form-item label="办公室电话" :error="errs.office"><el-input class="office" v-model="s.office" placeholder="区号-号码（选填）" style="width:320px" @input="errs.office=''" @blur="check('office')"></el-input></el-form-item>
            <el-form-item label="是否利用生成式人工智能" required>
              <el-switch class="gen-ai" v-model="s.genAI" active-text="是" inactive-text="否"></el-switch>
            </el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第二步 · 网站基本信息" placement="top" type="primary" size="large">
        <div class="tl-card sec-site">
          <el-form label-position="left" label-width="250px" require-asterisk-position="left">
            <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" maxlength="50" style="width:320px" @input="errs.siteName=''" @blur="check('siteName')"></el-input></el-form-item>
            <el-form-item label="工信部备案号" required :error="errs.icpNumber"><el-input class="icp-number" v-model="s.icpNumber" placeholder="如：浙ICP备12345678号-1" style="width:320px" @input="errs.icpNumber=''" @blur="check('icpNumber')"></el-input></el-form-item>
            <el-form-item label="网站开通日期" required><el-date-picker class="opened-at" v-model="s.openedAt" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="选择日期"></el-date-picker></el-form-item>
            <el-form-item label="主域名" required :error="errs.mainDomain"><el-input class="main-domain" v-model="s.mainDomain" placeholder="不带 www. 的一级域名" style="width:320px" @input="errs.mainDomain=''" @blur="check('mainDomain')"></el-input></el-form-item>
            <el-form-item label="从域名" :error="errs.subDomains">
              <el-select class="sub-domains" :model-value="s.subDomains" @update:model-value="setSubs" multiple filterable allow-create default-first-option :reserve-keyword="false" placeholder="同一网站的其他域名，输入后回车（选填）" style="width:420px"></el-select>
            </el-form-item>
            <el-form-item label="网站IP" required :error="errs.ips">
              <el-input-tag class="ips" :model-value="s.ips" @update:model-value="setIps" placeholder="输入 IP 后回车（可填多个）" style="width:420px"></el-input-tag>
            </el-form-item>
            <el-form-item label="域名证书有效期 · 起"><el-date-picker class="domain-cert-from" v-model="s.domainCertFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="起"></el-date-picker></el-form-item>
            <el-form-item label="域名证书有效期 · 止"><el-date-picker class="domain-cert-to" v-model="s.domainCertTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="止"></el-date-picker></el-form-item>
            <el-form-item label="网站类型" required>
              <el-cascader class="category" v-model="s.category" :options="categories" :props="{ emitPath: false }" placeholder="请选择" style="width:320px"></el-cascader>
            </el-form-item>
            <el-form-item label="是否提供互联网交互服务" required>
              <el-radio-group class="interactive" :model-value="s.interactive" @update:model-value="setInteractive"><el-radio-button value="是">是</el-radio-button><el-radio-button value="否">否</el-radio-button></el-radio-group>
            </el-form-item>
            <el-form-item v-if="s.interactive === '是'" label="交互服务类型" required>
              <el-checkbox-group class="interactive-kinds" v-model="s.interactiveKinds"><el-checkbox v-for="k in INTERACTIVE_KINDS" :key="k" :value="k">{{ k }}</el-checkbox></el-checkbox-group>
            </el-form-item>
            <el-form-item label="互联网危险物品信息发布" required>
              <el-select class="dangerous" v-model="s.dangerous" placeholder="请选择" style="width:200px"><el-option label="是" value="是"></el-option><el-option label="否" value="否"></el-option></el-select>
            </el-form-item>
            <el-form-item label="相关前置许可">
              <el-checkbox-group class="pre-licences" v-model="s.preLicences"><el-checkbox v-for="p in preLicences" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
            </el-form-item>
            <el-form-item label="网站语种" required>
              <el-select class="languages" v-model="s.languages" multiple filterable placeholder="请选择" style="width:420px"><el-option v-for="l in MPS_LANGUAGES" :key="l" :label="l" :value="l"></el-option></el-select>
            </el-form-item>
            <h4>网络接入服务商</h4>
            <el-form-item label="网络接入服务商 · 名称" required>
              <el-autocomplete class="ap-name" v-model="s.apName" :fetch-suggestions="suggest" :trigger-on-focus="false" placeholder="输入关键字查询" style="width:320px"></el-autocomplete>
            </el-form-item>
            <el-form-item label="网络接入服务商 · 所属地区管辖" required>
              <el-radio-group class="ap-jurisdiction" v-model="s.apJurisdiction"><el-radio value="境内">境内</el-radio><el-radio value="境外">境外</el-radio></el-radio-group>
            </el-form-item>
            <el-form-item label="网络接入服务商 · 所属区域" required>
              <el-cascader class="ap-region" v-model="s.apRegionCodes" :options="regions" filterable placeholder="省 / 市 / 区县" style="width:320px"></el-cascader>
            </el-form-item>
            <el-form-item label="网站接入方式" required>
              <el-select class="ap-method" v-model="s.apMethod" placeholder="请选择" style="width:200px"><el-option v-for="m in MPS_ACCESS_METHODS" :key="m" :label="m" :value="m"></el-option></el-select>
            </el-form-item>
            <el-form-item label="网络接入服务商 · 联系电话" required :error="errs.apPhone"><el-input class="ap-phone" v-model="s.apPhone" style="width:320px" @input="errs.apPhone=''" @blur="check('apPhone')"></el-input></el-form-item>
            <el-form-item label="接入商编码" required :error="errs.apCode"><el-input class="ap-code" v-model="s.apCode" maxlength="10" placeholder="组织机构代码" style="width:320px" @input="errs.apCode=''" @blur="check('apCode')"></el-input></el-form-item>
            <h4>域名注册服务商</h4>
            <el-form-item label="域名注册服务商 · 名称" required>
              <el-autocomplete class="rg-name" v-model="s.rgName" :fetch-suggestions="suggest" :trigger-on-focus="false" placeholder="输入关键字查询" style="width:320px"></el-autocomplete>
            </el-form-item>
            <el-form-item label="域名注册服务商 · 所属地区管辖" required>
              <el-radio-group class="rg-jurisdiction" v-model="s.rgJurisdiction"><el-radio value="境内">境内</el-radio><el-radio value="境外">境外</el-radio></el-radio-group>
            </el-form-item>
            <el-form-item label="域名注册服务商 · 所属区域" required>
              <el-cascader class="rg-region" v-model="s.rgRegionCodes" :options="regions" filterable placeholder="省 / 市 / 区县" style="width:320px"></el-cascader>
            </el-form-item>
            <el-form-item label="域名注册服务商 · 联系电话" required :error="errs.rgPhone"><el-input class="rg-phone" v-model="s.rgPhone" style="width:320px" @input="errs.rgPhone=''" @blur="check('rgPhone')"></el-input></el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第三步 · 网站负责人" placement="top" type="primary" size="large">
        <div class="tl-card sec-people">
          <h4 class="row-inline">网站安全负责人 <el-checkbox class="sec-same" :model-value="s.secSame" @update:model-value="(v) => copy('sec', v)">同开办主体负责人</el-checkbox></h4>
          <el-form label-position="left" label-width="250px" require-asterisk-position="left" :disabled="s.secSame">
            <el-form-item label="网站安全负责人 · 姓名" required><el-input class="sec-name" v-model="s.secName" style="width:320px"></el-input></el-form-item>
            <el-form-item label="网站安全负责人 · 证件类型" required>
              <el-select class="sec-cert-type" v-model="s.secCertType" placeholder="请选择" style="width:320px"><el-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
            <el-form-item label="网站安全负责人 · 证件号码" required :error="errs.secCertNumber"><el-input class="sec-cert-number" v-model="s.secCertNumber" maxlength="18" style="width:320px" @input="errs.secCertNumber=''" @blur="check('secCertNumber')"></el-input></el-form-item>
            <el-form-item label="网站安全负责人 · 证件有效期" required>
              <div style="width:320px"><el-date-picker class="sec-validity" v-model="s.secValidityRange" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="width:320px"></el-date-picker></div>
            </el-form-item>
            <el-form-item label="网站安全负责人 · 手机号码" required :error="errs.secMobile"><el-input class="sec-mobile" v-model="s.secMobile" maxlength="11" style="width:320px" @input="errs.secMobile=''" @blur="check('secMobile')"></el-input></el-form-item>
            <el-form-item label="网站安全负责人 · 电子邮件地址" required :error="errs.secEmail"><el-input class="sec-email" v-model="s.secEmail" style="width:320px" @input="errs.secEmail=''" @blur="check('secEmail')"></el-input></el-form-item>
          </el-form>
          <el-form label-position="left" label-width="250px" require-asterisk-position="left">
            <el-form-item label="网站安全负责人 · 证件照片" required>
              <div class="tl-photos">
                <div v-for="p in [['secIdFront','网站安全负责人 · 证件正面'],['secIdBack','网站安全负责人 · 证件反面'],['secIdHand','网站安全负责人 · 手持证件照']]" :key="p[0]" :class="['tl-photo', 'photo-' + p[0], { 'has-file': files[p[0]].length }]">
                  <el-upload list-type="picture-card" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files[p[0]]"
                    :on-change="(f, list) => setFiles(p[0], list)" :on-remove="(f, list) => setFiles(p[0], list)"><span style="font-size:28px;color:#999">+</span></el-upload>
                  <div>{{ p[1].split(' · ')[1] }}</div>
                </div>
              </div>
              <div class="help" style="width:100%">与开办主体负责人为同一人时，证件照片也须重新上传</div>
            </el-form-item>
          </el-form>
          <h4 class="row-inline">网站应急联络人 <el-switch class="emg-same" :model-value="s.emgSame" @update:model-value="(v) => copy('emg', v)" active-text="同开办主体负责人"></el-switch></h4>
          <el-form label-position="left" label-width="250px" require-asterisk-position="left" :disabled="s.emgSame">
            <el-form-item label="网站应急联络人 · 联络人姓名" required><el-input class="emg-name" v-model="s.emgName" style="width:320px"></el-input></el-form-item>
            <el-form-item label="网站应急联络人 · 证件类型" required>
              <el-select class="emg-cert-type" v-model="s.emgCertType" placeholder="请选择" style="width:320px"><el-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
            <el-form-item label="网站应急联络人 · 证件号码" required :error="errs.emgCertNumber"><el-input class="emg-cert-number" v-model="s.emgCertNumber" maxlength="18" style="width:320px" @input="errs.emgCertNumber=''" @blur="check('emgCertNumber')"></el-input></el-form-item>
            <el-form-item label="网站应急联络人 · 证件有效期" required>
              <div style="width:320px"><el-date-picker class="emg-validity" v-model="s.emgValidityRange" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="width:320px"></el-date-picker></div>
            </el-form-item>
            <el-form-item label="网站应急联络人 · 手机号码" required :error="errs.emgMobile"><el-input class="emg-mobile" v-model="s.emgMobile" maxlength="11" style="width:320px" @input="errs.emgMobile=''" @blur="check('emgMobile')"></el-input></el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第四步 · 提示说明" placement="top" type="primary" size="large">
        <div class="tl-card sec-notice">
          <p class="help" style="font-size:13px">开办者应当落实网络安全等级保护制度，建立信息安全管理制度，发现违法信息立即停止传输、保存有关记录并向公安机关报告……</p>
          <el-checkbox class="notice" v-model="s.notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</el-checkbox>
        </div>
      </el-timeline-item>
    </el-timeline>
    <div class="actions">
      <el-button @click="s.saveClicks++">暂存</el-button><el-button type="primary" @click="submit">提交申请</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 填写网站信息 (个人, 腾讯云), list + dialog */

const LANG_GROUPS: [string, string[]][] = [
  ['汉语', ['中文简体', '中文繁体']],
  ['少数民族语言', ['维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语']],
  ['外语', ['英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语']],
];
const LANG_TREE = LANG_GROUPS.map(([g, l]) => ({ value: `g:${g}`, label: g, children: l.map((x) => ({ value: x, label: x })) }));
const CONTENT_GROUPS: [string, string[]][] = [
  ['常用', ['其他', '博客/个人空间', '单位门户网站', '综合门户']],
  ['全部类型', ICP_CONTENT.filter((c) => !['其他', '博客/个人空间', '单位门户网站', '综合门户'].includes(c))],
];
const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const RANGE_RE = new RegExp(`^${DATE}\\s*(?:至|到|~|～|—|－|-)\\s*${DATE}$`);
const ONE_RE = new RegExp(`^${DATE}$`);

const TencentSitePerson = defineComponent({
  setup() {
    const s = useReplica('tencent', 'site', '个人', {
      siteName: '', domain: '', homeUrl: '', contents: '', languagesRaw: [], preApproval: false, preItems: [],
      wpSource: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidityText: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
      remark: '', cancelClicks: 0, saveClicks: 0, prevClicks: 0, nextClicks: 0,
    }, ({ languagesRaw, wpValidityText, ...r }) => {
      const t = String(wpValidityText ?? '').trim();
      const m = r.wpLongTerm ? ONE_RE.exec(t) : RANGE_RE.exec(t);
      return {
        ...r, languages: ICP_LANGUAGES.filter((l) => (languagesRaw as string[]).includes(l)),
        wpValidity: m ? (r.wpLongTerm ? [m[1]!] : [m[1]!, m[2]!]) : [],
      };
    });
    const ui = reactive({ open: true, msg: '', saved: false });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      siteName: personSiteNameProblem,
      domain: (v) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确'),
      homeUrl: (v) => (/^https?:/i.test(v) ? '无需填写 http://' : s.domain && v !== s.domain && v !== `www.${s.domain}` ? '首页URL须为网站域名或其 www. 子域名' : ''),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      wpValidityText: (v) => ((s.wpLongTerm ? ONE_RE : RANGE_RE).test(v) ? '' : s.wpLongTerm ? '长期有效的证件只填写开始日期，如 2018-03-01' : '格式：开始日期 至 结束日期，如 2018-03-01 至 2038-03-01'),
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
      remark: (v) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注中不能含有“${w}”等字样` : ''; },
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setPre = (v: boolean) => { s.preApproval = v; if (!v) s.preItems = []; };
    const setSource = (v: string) => {
      s.wpSource = v;
      Object.assign(s, v === 'principal'
        ? { wpName: ZW.name, wpCertType: ZW.certType, wpCertNumber: ZW.certNumber, wpValidityText: `${ZW.validFrom} 至 ${ZW.validTo}`, wpLongTerm: ZW.longTerm, wpMobile: ZW.mobile, wpEmergency: ZW.emergency, wpEmail: ZW.email }
        : { wpName: '', wpCertType: '', wpCertNumber: '', wpValidityText: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '' });
    };
    const setLong = (v: boolean) => { s.wpLongTerm = v; const m = /^\d{4}-\d{2}-\d{2}/.exec(String(s.wpValidityText ?? '').trim()); s.wpValidityText = v && m ? m[0] : ''; errs.wpValidityText = ''; };
    const cancel = () => { s.cancelClicks = Number(s.cancelClicks) + 1; ui.open = false; };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const ok = s.siteName && s.domain && s.homeUrl && s.contents && (s.languagesRaw as string[]).length && s.wpName && s.wpCertType && s.wpCertNumber
        && (s.wpLongTerm ? ONE_RE : RANGE_RE).test(String(s.wpValidityText ?? '').trim()) && s.wpMobile && s.wpEmergency && s.wpEmail;
      ui.msg = ok ? '' : '请完善带 * 的信息后保存';
      if (ok) { ui.saved = true; ui.open = false; }
    };
    const steps = ['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'];
    return { s, ui, errs, check, setPre, setSource, setLong, cancel, save, steps, LANG_TREE, CONTENT_GROUPS, ICP_PERSON_CERTS, ICP_PRE_APPROVALS };
  },
  computed: {
    locked(): boolean { return this.s.wpSource === 'principal'; },
    rows(): { name: string; domain: string; state: string }[] {
      return [{ name: String(this.s.siteName || '网站1（未填写）'), domain: String(this.s.domain || '—'), state: this.ui.saved ? '已保存' : '填写中' }];
    },
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style="margin-left:auto">张伟</span></div>
  <nav class="tc-side" aria-label="网站备案"><div class="grp">网站备案</div><a>概览</a><a class="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
  <div class="tc-main"><div class="tc-body" style="max-width:1000px">
    <h2 class="page-title">首次备案 · 填写网站信息</h2>
    <div class="card-w"><el-steps :active="2" finish-status="success" align-center><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps></div>
    <div class="tc-list">
      <div class="row-inline" style="justify-content:space-between;margin-bottom:10px"><b>网站列表</b><span class="help">个人备案每次可提交一个网站</span></div>
      <el-table class="site-table" :data="rows" border>
        <el-table-column prop="name" label="网站名称"></el-table-column>
        <el-table-column prop="domain" label="网站域名"></el-table-column>
        <el-table-column prop="state" label="状态" width="120"></el-table-column>
        <el-table-column label="操作" width="120"><template #default><el-button link type="primary" class="edit-site" @click="ui.open = true">编辑</el-button></template></el-table-column>
      </el-table>
    </div>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div></div>
  <el-dialog v-model="ui.open" class="site-dialog" title="编辑网站信息" width="820px" :close-on-click-modal="false" top="4vh">
    <el-form label-position="left" label-width="130px" require-asterisk-position="left">
      <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" maxlength="40" placeholder="至少 3 个汉字" @input="errs.siteName=''" @blur="check('siteName')"></el-input></el-form-item>
      <el-form-item label="网站域名" required :error="errs.domain"><el-input class="domain" v-model="s.domain" placeholder="已实名认证的一级域名，如 example.com" @input="errs.domain=''" @blur="check('domain')"></el-input></el-form-item>
      <el-form-item label="网站首页URL" required :error="errs.homeUrl">
        <el-input class="home-url" v-model="s.homeUrl" placeholder="www.example.com" @input="errs.homeUrl=''" @blur="check('homeUrl')"><template #prepend>http://</template></el-input>
      </el-form-item>
      <el-form-item label="网站内容类型" required>
        <el-select class="contents" v-model="s.contents" filterable placeholder="请选择" style="width:300px">
          <el-option-group v-for="g in CONTENT_GROUPS" :key="g[0]" :label="g[0]"><el-option v-for="c in g[1]" :key="g[0] + c" :label="c" :value="c"></el-option></el-option-group>
        </el-select>
      </el-form-item>
      <el-form-item label="网站语言" required>
        <el-tree-select class="languages" v-model="s.languagesRaw" :data="LANG_TREE" multiple show-checkbox :render-after-expand="false" node-key="value" :default-expanded-keys="['g:汉语']" placeholder="请选择" style="width:300px"></el-tree-select>
      </el-form-item>
      <el-form-item label="涉及前置审批">
        <el-checkbox class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre">网站内容涉及前置审批</el-checkbox>
      </el-form-item>
      <el-form-item v-if="s.preApproval" label="前置审批项" required>
        <el-checkbox-group class="pre-items" v-model="s.preItems"><el-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
      </el-form-item>
      <el-divider content-position="left">网站负责人</el-divider>
      <el-form-item label="从主体负责人导入">
        <el-select class="wp-source" :model-value="s.wpSource" @update:model-value="setSource" placeholder="选择后自动填入" clearable style="width:300px">
          <el-option label="张伟（主体负责人）" value="principal"></el-option><el-option label="新建负责人" value="new"></el-option>
        </el-select>
      </el-form-item>
      <el-form-item label="负责人姓名" required><el-input class="wp-name" v-model="s.wpName" maxlength="20" :disabled="locked"></el-input></el-form-item>
      <el-form-item label="证件类型" required>
        <el-select class="wp-cert-type" v-model="s.wpCertType" :disabled="locked" placeholder="请选择" style="width:300px"><el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
      </el-form-item>
      <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" :disabled="locked" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></el-input></el-form-item>
      <el-form-item label="证件有效期" required :error="errs.wpValidityText">
        <div class="row-inline" style="width:100%">
          <el-input class="wp-validity" v-model="s.wpValidityText" :disabled="locked" :placeholder="s.wpLongTerm ? '开始日期，如 2018-03-01' : '如 2018-03-01 至 2038-03-01'" style="width:320px" @input="errs.wpValidityText=''" @blur="check('wpValidityText')"></el-input>
          <el-checkbox class="wp-long-term" :model-value="s.wpLongTerm" :disabled="locked" @update:model-value="setLong">长期</el-checkbox>
        </div>
      </el-form-item>
      <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" :disabled="locked" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input></el-form-item>
      <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" :disabled="locked" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></el-input></el-form-item>
      <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" :disabled="locked" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input></el-form-item>
      <el-divider></el-divider>
      <el-form-item label="网站备注" :error="errs.remark">
        <el-input class="remark" v-model="s.remark" type="textarea" :rows="3" maxlength="200" show-word-limit placeholder="简要说明网站用途" @input="errs.remark=''" @blur="check('remark')"></el-input>
      </el-form-item>
    </el-form>
    <template #footer>
      <span class="msg" style="margin-right:12px">{{ ui.msg }}</span><el-button @click="cancel">取消</el-button><el-button type="primary" @click="save">保存</el-button>
    </template>
  </el-dialog>`,
});

const APPS: Record<string, Component> = {
  'heldout18-mps-apply-person-elp-timeline': MpsApplyPerson,
  'heldout18-tencent-site-person-elp-dialog': TencentSitePerson,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
