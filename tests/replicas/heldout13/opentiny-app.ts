/**
 * Gen-13 held-out builds on Vue 3 (runtime compiler) + OpenTiny (@opentiny/vue 3.31) (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout13-aliyun-subject-unit-opentiny-displayonly 填写主办者信息 (单位): step-1 facts as DISPLAY-ONLY form items, label
 *    suffix "：", the 证件住所 as a LAZY cascader (each level from the area API) + detail, the 通讯地址 asked by a BUTTON GROUP
 *    同证件住所 / 另行填写 (另行填写: ONE textarea for the whole address), a 同主办单位名称 link, a 主体负责人为法定代表人 SWITCH
 *    (off reveals an authorisation upload), a range picker swapped for one date by a 长期 checkbox, a 086- prefixed landline
 *  - heldout13-aliyun-basic-person-opentiny-ipaddress   验证备案类型 (个人): a whole-tree filterable cascader, a 性质 select
 *    with OPTION GROUPS, a filtered 证件类型 select, 网站 / App radios, preset resource radio buttons, an OpenTiny IP-ADDRESS
 *    box (four octets) with the matched instance derived read-only, an agreement tick and a 信息校验 button
 *  - heldout13-mps-subject-person-opentiny-buttongroup  开办主体 (个人): 个人 / 单位 as a BUTTON GROUP (单位 reveals the unit
 *    fields), start / end date pickers with a 长期 checkbox, three picture-card uploads, a lazy cascader + detail, radios
 *  - heldout13-mps-principal-unit-opentiny-tabs         网站负责人 (单位): two TABS (网站安全负责人 / 网站应急联络人), each with a
 *    同主体负责人信息 checkbox (copies and locks the held 李娜), a range picker + 长期有效 switch, uploads, a 长期 checkbox
 */
import { createApp, defineComponent, inject, provide, reactive, watch, type Component } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyButtonGroup from '@opentiny/vue-button-group';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyIpAddress from '@opentiny/vue-ip-address';
import TinyOption from '@opentiny/vue-option';
import TinyOptionGroup from '@opentiny/vue-option-group';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinySwitch from '@opentiny/vue-switch';
import TinyTabItem from '@opentiny/vue-tab-item';
import TinyTabs from '@opentiny/vue-tabs';
import './regions';
import {
  build, EMAIL_RE, expose, PREFIX, fetchAreas, HELD_PRINCIPAL, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, NATURES, PHONE_RE, regionOptions, snapshot,
  validId, validUscc, type RegionOption,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;
type Rule = (v: string, s: S) => string;

/* ------------------------------------------------------------------ shared plumbing */

/** Reactive state exposed through window.__replica (every deep change counts one); `view` derives the report. */
function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

/** Blur checks: a message per key, cleared on input. */
function useChecks(s: S, rules: Record<string, Rule>) {
  const errs = reactive<Record<string, string>>({});
  const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v, s) : ''; };
  const clear = (k: string) => { if (errs[k]) errs[k] = ''; };
  return { errs, check, clear };
}

/** A text input (or textarea) bound to a state key through the page's context, with its blur check. */
const Tx = defineComponent({
  props: { k: { type: String, required: true }, cls: String, placeholder: String, maxlength: Number, disabled: Boolean, textarea: Boolean, rows: Number },
  setup() {
    return { c: inject('ctx') as { s: S; check: (k: string) => void; clear: (k: string) => void } };
  },
  template: `<tiny-input :class="cls" :type="textarea ? 'textarea' : 'text'" :rows="rows || 3" :model-value="c.s[k]" :placeholder="placeholder || '请输入'"
    :maxlength="maxlength" :disabled="disabled" @update:model-value="(v) => { c.s[k] = v; c.clear(k); }" @blur="c.check(k)"></tiny-input>`,
  components: { TinyInput },
});

/** An image upload (picture card, nothing sent: the console uploads on 下一步) reporting file names. */
const Pic = defineComponent({
  props: { k: { type: String, required: true }, title: String, disabled: Boolean },
  setup() { return { c: inject('ctx') as { s: S } }; },
  template: `<div :class="'photo photo-' + k"><tiny-file-upload action="${PREFIX}upload" :auto-upload="false" list-type="picture-card" :limit="1" accept="image/png,image/jpeg"
    :disabled="disabled" @change="(f, list) => { c.s[k] = list.map((x) => x.name); }" @remove="(f, list) => { c.s[k] = (list || []).map((x) => x.name); }"></tiny-file-upload>
    <div class="help photo-title">{{ title }}</div></div>`,
  components: { TinyFileUpload },
});

const idRule: Rule = (v) => (validId(v) ? '' : '证件号码校验未通过，请核对');
const mobileRule: Rule = (v) => (MOBILE_RE.test(v) ? '' : '请输入正确的 11 位手机号码');
const emailRule: Rule = (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const DATE_LIMITS = { minDate: new Date(1950, 0, 1), maxDate: new Date(2099, 11, 31) };

/** Region names by code, from the whole tree (built once). */
let names: Map<string, string> | undefined;
const nameOf = (code: string) => {
  if (!names) {
    names = new Map();
    const walk = (l: RegionOption[]) => l.forEach((n) => { names!.set(n.value, n.label); if (n.children) walk(n.children); });
    walk(regionOptions());
  }
  return names.get(code) ?? '';
};
const pathNames = (codes: unknown) => (Array.isArray(codes) ? codes.map((c) => nameOf(String(c))).filter(Boolean) : []);
/** A lazy cascader's loader: each level from the area API. */
const LAZY = {
  lazy: true,
  lazyLoad: (node: { level: number; value?: string }, resolve: (l: unknown[]) => void) => {
    void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf }))));
  },
};

const COMPONENTS: Record<string, Component> = {
  TinyAlert, TinyButton, TinyButtonGroup, TinyCascader, TinyCheckbox, TinyDatePicker, TinyFileUpload, TinyForm, TinyFormItem, TinyInput, TinyIpAddress,
  TinyOption, TinyOptionGroup, TinyRadio, TinyRadioGroup, TinySelect, TinySteps, TinySwitch, TinyTabItem, TinyTabs, Tx, Pic,
};

const AL_TOP = `<div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">订单号 2025120200913</span></div>`;
const AL_SIDE = `<nav class="al-side"><a>备案概览</a><a class="on">我的备案</a><a>备案订单</a><a>主体信息</a><a>网站信息</a><a>资料下载</a><a>帮助文档</a></nav>`;

/* ------------------------------------------------------------------ A. aliyun 填写主办者信息 (单位) */

const AliyunSubjectUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('aliyun', 'subject', '单位', {
      unitName: '', certRegionCodes: [], certDetail: '', mailSource: '', mailOwn: '', investor: '',
      prIsLegal: false, prAuthFile: [], prName: '', prCertType: '', prCertNumber: '', prValidity: [], prLongTerm: false, prValidFromLong: '',
      prMobile: '', prEmergency: '', prOffice: '', prEmail: '', imType: '', imAccount: '', remark: '',
      prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ certRegionCodes, mailOwn, prValidity, prValidFromLong, ...r }) => {
      const region = pathNames(certRegionCodes);
      const v = Array.isArray(prValidity) ? (prValidity as string[]) : [];
      return {
        ...r,
        certRegion: region,
        // the effective mailing address: the certificate's when 同证件住所 is chosen
        mailAddress: r.mailSource === '同证件住所' ? (region.length ? region.join('') + String(r.certDetail ?? '') : '') : String(mailOwn ?? '').trim(),
        prValidFrom: r.prLongTerm ? String(prValidFromLong ?? '') : v[0] ?? '',
        prValidTo: r.prLongTerm ? '' : v[1] ?? '',
      };
    });
    const c = useChecks(s, {
      unitName: (v) => (/(公司|厂|店|中心|社|所)$/.test(v) ? '' : '主办单位性质为“企业”的，名称须与营业执照上的名称一致'),
      certDetail: (v) => (/\d/.test(v) ? '' : '请填写至门牌号；确无门牌号的请在备注说明'),
      prName: (v) => (/^[\u4e00-\u9fa5·]{2,}$/.test(v) ? '' : '请填写证件上的中文姓名'),
      prCertNumber: (v, st) => (st.prCertType && st.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对',
      prMobile: mobileRule,
      prEmergency: (v, st) => (!MOBILE_RE.test(v) ? '请输入正确的 11 位手机号码' : v === st.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式为 区号-号码，如 0571-88886666'),
      prEmail: emailRule,
    });
    provide('ctx', { s, ...c });
    const sameName = () => { s.investor = s.unitName; };
    const longTerm = (on: boolean) => { s.prLongTerm = on; s.prValidity = []; s.prValidFromLong = ''; };
    const certAddress = () => (pathNames(s.certRegionCodes).length ? pathNames(s.certRegionCodes).join('') + String(s.certDetail ?? '') : '');
    return { s, ...c, sameName, longTerm, certAddress, LAZY, DATE_LIMITS, CERTS: ICP_CERTS_BY_NATURE['个人']!, steps: [{ name: '验证备案类型' }, { name: '填写主办者信息' }, { name: '填写网站信息' }, { name: '上传资料' }, { name: '提交初审' }] };
  },
  template: `${AL_TOP}${AL_SIDE}
  <div class="al-main"><div class="al-body" style="max-width:1080px">
    <h2 class="page-title">首次备案 · 填写主办者信息</h2>
    <div class="panel-w"><tiny-steps :data="steps" :active="1" advanced></tiny-steps></div>
    <tiny-alert type="warning" :closable="false" description="浙江省通信管理局要求：单位备案的主体负责人须为法定代表人；主体负责人不是法定代表人的，须上传《法定代表人授权书》。" style="margin-bottom:12px"></tiny-alert>
    <div class="panel-w">
      <h3 class="blk">主办单位信息</h3>
      <tiny-form label-width="170px" label-position="right" label-suffix="：" validate-type="text" :model="s">
        <tiny-form-item label="主办单位性质"><tiny-input class="ro-nature" model-value="企业" display-only></tiny-input></tiny-form-item>
        <tiny-form-item label="主办单位证件类型"><tiny-input class="ro-cert-type" model-value="营业执照（个人或企业）" display-only></tiny-input></tiny-form-item>
        <tiny-form-item label="主办单位证件号码"><tiny-input class="ro-cert-number" model-value="91330110MA2H3K7Q18" display-only></tiny-input></tiny-form-item>
        <tiny-form-item label="主办单位所属区域"><tiny-input class="ro-region" model-value="浙江省 / 杭州市 / 余杭区" display-only></tiny-input>
          <div class="help">以上信息在“验证备案类型”中填写，如需修改请返回上一步。</div></tiny-form-item>
        <tiny-form-item label="主办单位名称" required :error="errs.unitName"><tx k="unitName" cls="unit-name" :maxlength="128" placeholder="与营业执照上的名称一致"></tx></tiny-form-item>
        <tiny-form-item label="证件住所所在地区" required>
          <tiny-cascader class="cert-region" v-model="s.certRegionCodes" :props="LAZY" placeholder="请选择省 / 市 / 区县" style="width:100%"></tiny-cascader>
        </tiny-form-item>
        <tiny-form-item label="证件住所详细地址" required :error="errs.certDetail"><tx k="certDetail" cls="cert-detail" placeholder="街道、门牌号，与营业执照“住所”一致"></tx></tiny-form-item>
        <tiny-form-item label="通讯地址" required>
          <tiny-button-group class="mail-source" v-model="s.mailSource" :data="[{ text: '同证件住所', value: '同证件住所' }, { text: '另行填写', value: '另行填写' }]"></tiny-button-group>
          <div v-if="s.mailSource === '同证件住所'" class="help mail-copied" style="margin-top:6px">{{ certAddress() ? '将使用证件住所：' + certAddress() : '请先填写证件住所' }}</div>
          <div v-if="s.mailSource === '另行填写'" style="margin-top:8px;width:100%"><tx k="mailOwn" cls="mail-own" textarea :rows="2" placeholder="省市区县 + 街道门牌号，须能收到邮寄材料"></tx></div>
        </tiny-form-item>
        <tiny-form-item label="投资人或主管单位" required>
          <div class="row-inline" style="flex-wrap:nowrap;width:100%"><tx k="investor" cls="investor"></tx><a class="lnk same-name" @click="sameName">同主办单位名称</a></div>
          <div class="help">企业填写营业执照上的公司全称</div>
        </tiny-form-item>
      </tiny-form>
    </div>
    <div class="panel-w">
      <h3 class="blk">主体负责人信息</h3>
      <tiny-form label-width="200px" label-position="right" label-suffix="：" validate-type="text" :model="s">
        <tiny-form-item label="主体负责人为法定代表人">
          <tiny-switch class="pr-is-legal" v-model="s.prIsLegal"></tiny-switch><span class="help" style="margin-left:8px">{{ s.prIsLegal ? '是' : '否' }}</span>
        </tiny-form-item>
        <tiny-form-item v-if="!s.prIsLegal" label="法定代表人授权书" required><pic k="prAuthFile" title="加盖公章的授权书扫描件"></pic></tiny-form-item>
        <tiny-form-item label="负责人姓名" required :error="errs.prName"><tx k="prName" cls="pr-name"></tx></tiny-form-item>
        <tiny-form-item label="负责人证件类型" required>
          <tiny-select class="pr-cert-type" v-model="s.prCertType" placeholder="请选择"><tiny-option v-for="o in CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
        </tiny-form-item>
        <tiny-form-item label="负责人证件号码" required :error="errs.prCertNumber"><tx k="prCertNumber" cls="pr-cert-number" :maxlength="18"></tx></tiny-form-item>
        <tiny-form-item label="证件有效期" required>
          <div class="row-inline" style="flex-wrap:nowrap">
            <tiny-date-picker v-if="!s.prLongTerm" class="pr-validity" v-model="s.prValidity" type="daterange" value-format="yyyy-MM-dd" format="yyyy-MM-dd"
              start-placeholder="开始日期" end-placeholder="结束日期" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate" style="width:300px"></tiny-date-picker>
            <tiny-date-picker v-else class="pr-valid-from" v-model="s.prValidFromLong" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="开始日期"
              :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate" style="width:200px"></tiny-date-picker>
            <tiny-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="longTerm">长期</tiny-checkbox>
          </div>
          <div class="help">证件剩余有效期须大于 3 个月</div>
        </tiny-form-item>
        <tiny-form-item label="手机号码" required :error="errs.prMobile"><tx k="prMobile" cls="pr-mobile" :maxlength="11"></tx></tiny-form-item>
        <tiny-form-item label="应急联系电话" required :error="errs.prEmergency"><tx k="prEmergency" cls="pr-emergency" :maxlength="11" placeholder="另一手机号码，不能与手机号码相同"></tx></tiny-form-item>
        <tiny-form-item label="办公室电话" :error="errs.prOffice">
          <tiny-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" @update:model-value="clear('prOffice')" @blur="check('prOffice')"><template #prepend>086-</template></tiny-input>
        </tiny-form-item>
        <tiny-form-item label="电子邮箱" required :error="errs.prEmail"><tx k="prEmail" cls="pr-email"></tx></tiny-form-item>
        <tiny-form-item label="即时通讯（选填）">
          <div class="row-inline" style="flex-wrap:nowrap;width:100%">
            <tiny-select class="im-type" v-model="s.imType" placeholder="类型" style="width:120px"><tiny-option v-for="o in ['QQ', '微信', '钉钉', '其他']" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
            <tx k="imAccount" cls="im-account" placeholder="账号"></tx>
          </div>
        </tiny-form-item>
        <tiny-form-item label="备注"><tx k="remark" cls="remark" textarea :rows="2" placeholder="管局要求的说明（选填）"></tx></tiny-form-item>
      </tiny-form>
    </div>
    <div class="al-actions">
      <tiny-button @click="s.prevClicks++">上一步</tiny-button>
      <tiny-button @click="s.saveClicks++">保存</tiny-button>
      <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ B. aliyun 验证备案类型 (个人) */

/** The account's ECS instances (the console matches the typed public IP against them). */
const INSTANCES = [
  { id: 'i-bp1g6zv0ce8oh9k2q4xd', ip: '47.96.12.34', zone: '华东1（杭州）' },
  { id: 'i-bp12f7a1kpl3w8n5c6mt', ip: '47.96.56.78', zone: '华东1（杭州）' },
  { id: 'i-uf6d3ks9e2xq0b7l1r4p', ip: '101.132.88.19', zone: '华东2（上海）' },
];
const COMMON_NATURES = ['个人', '企业', '事业单位', '政府机关', '社会团体'];

const AliyunBasicPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('aliyun', 'basic', '个人', {
      regionCodes: [], nature: '', certType: '', certNumber: '', serviceKind: '', appName: '', domain: '', resourceKind: 'ECS云服务器', ecsIp: '', serviceCode: '',
      agreed: false, verifyClicks: 0,
    }, ({ regionCodes, ...r }) => ({
      ...r,
      region: pathNames(regionCodes),
      instance: INSTANCES.find((i) => i.ip === r.ecsIp)?.id ?? '',
    }));
    const c = useChecks(s, {
      certNumber: (v, st) => (st.nature === '个人' ? (validId(v) ? '' : '身份证号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过'),
      domain: (v) => (/^www\./i.test(v) ? '请填写不带 www. 的主域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'),
    });
    provide('ctx', { s, ...c });
    const certs = () => ICP_CERTS_BY_NATURE[String(s.nature)] ?? ['组织机构代码证', '统一社会信用代码证书'];
    const setNature = (v: string) => { s.nature = v; s.certType = ''; };
    const matched = () => INSTANCES.find((i) => i.ip === s.ecsIp);
    return {
      s, ...c, certs, setNature, matched, OPTIONS: regionOptions(), COMMON_NATURES, OTHER_NATURES: NATURES.filter((n) => !COMMON_NATURES.includes(n)),
      steps: [{ name: '验证备案类型' }, { name: '填写主办者信息' }, { name: '填写网站信息' }, { name: '上传资料' }, { name: '提交初审' }],
    };
  },
  template: `${AL_TOP}
  <div class="al-body narrow-860">
    <div class="panel-w"><tiny-steps :data="steps" :active="0" line></tiny-steps></div>
    <div class="panel-w">
      <h3 class="blk">验证备案类型</h3>
      <tiny-alert type="info" :closable="false" description="请填写主办者所在地区、性质与证件，以及本次备案的域名和阿里云资源，系统将自动判断备案类型（首次备案 / 接入备案 / 新增网站）。"></tiny-alert>
      <tiny-form label-position="top" validate-type="text" :model="s" style="margin-top:12px">
        <div class="two-col">
          <tiny-form-item label="主办者所在地区" required>
            <tiny-cascader class="region" v-model="s.regionCodes" :options="OPTIONS" filterable clearable placeholder="可输入区县名称搜索" style="width:100%"></tiny-cascader>
          </tiny-form-item>
          <tiny-form-item label="主办者性质" required>
            <tiny-select class="nature" :model-value="s.nature" @update:model-value="setNature" placeholder="请选择" style="width:100%">
              <tiny-option-group label="常用"><tiny-option v-for="o in COMMON_NATURES" :key="o" :label="o" :value="o"></tiny-option></tiny-option-group>
              <tiny-option-group label="其他性质"><tiny-option v-for="o in OTHER_NATURES" :key="o" :label="o" :value="o"></tiny-option></tiny-option-group>
            </tiny-select>
          </tiny-form-item>
          <tiny-form-item label="主办者证件类型" required>
            <tiny-select class="cert-type" v-model="s.certType" :disabled="!s.nature" :placeholder="s.nature ? '请选择' : '请先选择主办者性质'" style="width:100%">
              <tiny-option v-for="o in certs()" :key="o" :label="o" :value="o"></tiny-option>
            </tiny-select>
          </tiny-form-item>
          <tiny-form-item label="主办者证件号码" required :error="errs.certNumber"><tx k="certNumber" cls="cert-number" :maxlength="18"></tx></tiny-form-item>
        </div>
        <tiny-form-item label="备案服务类型" required>
          <tiny-radio-group class="service-kind" v-model="s.serviceKind"><tiny-radio label="网站">网站</tiny-radio><tiny-radio label="App">App</tiny-radio></tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item v-if="s.serviceKind === 'App'" label="App名称" required><tx k="appName" cls="app-name"></tx></tiny-form-item>
        <tiny-form-item v-if="s.serviceKind !== 'App'" label="网站域名" required :error="errs.domain"><tx k="domain" cls="domain" placeholder="如 example.com，不带 www."></tx>
          <div class="help">域名须已完成实名认证，且持有者与主办者一致</div></tiny-form-item>
        <tiny-form-item label="备案资源类型" required>
          <tiny-radio-group class="resource-kind" v-model="s.resourceKind" type="button">
            <tiny-radio label="ECS云服务器">ECS云服务器</tiny-radio><tiny-radio label="轻量应用服务器">轻量应用服务器</tiny-radio><tiny-radio label="备案服务号">备案服务号</tiny-radio>
          </tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item v-if="s.resourceKind !== '备案服务号'" label="实例公网IP" required>
          <tiny-ip-address class="ecs-ip" v-model="s.ecsIp"></tiny-ip-address>
          <div class="help">实例须为包年包月、剩余时长不少于 3 个月</div>
        </tiny-form-item>
        <tiny-form-item v-if="s.resourceKind !== '备案服务号'" label="匹配到的实例">
          <tiny-input class="instance" :model-value="matched() ? matched().id + '（' + matched().zone + '）' : ''" display-only></tiny-input>
        </tiny-form-item>
        <tiny-form-item v-if="s.resourceKind === '备案服务号'" label="备案服务号" required><tx k="serviceCode" cls="service-code"></tx></tiny-form-item>
        <tiny-form-item label="">
          <tiny-checkbox class="agreed" v-model="s.agreed">我已阅读并同意《阿里云ICP代备案服务协议》</tiny-checkbox>
        </tiny-form-item>
      </tiny-form>
      <div class="al-actions"><tiny-button type="primary" @click="s.verifyClicks++">信息校验</tiny-button></div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ C. mps 开办主体 (个人) */

const MPS_TOP = (who: string) => `<div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 新办网站申请</span><span style="margin-left:auto">${who} | 退出</span></div>`;
const MPS_STEPS = [{ name: '开办主体' }, { name: '网站基本信息' }, { name: '网站负责人' }, { name: '提示说明' }];

const MpsSubjectPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'subject', '个人', {
      kind: '', unitName: '', unitCertNumber: '',
      name: '', certType: '', certNumber: '', validFrom: '', validTo: '', longTerm: false, idFront: [], idBack: [], idHand: [],
      residenceCodes: [], residenceDetail: '', officePhone: '', mobile: '', email: '', genAI: '', promise: false, saveClicks: 0, nextClicks: 0,
    }, ({ residenceCodes, ...r }) => ({ ...r, residenceRegion: pathNames(residenceCodes) }));
    const c = useChecks(s, {
      name: (v) => (/^[\u4e00-\u9fa5·]{2,}$/.test(v) ? '' : '请填写证件上的姓名'),
      certNumber: (v, st) => (st.certType && st.certType !== '居民身份证' ? '' : idRule(v, st)),
      unitCertNumber: (v) => (validUscc(v.toUpperCase()) ? '' : '统一社会信用代码校验未通过'),
      officePhone: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '请填写 区号-号码'),
      mobile: mobileRule,
      email: emailRule,
    });
    provide('ctx', { s, ...c });
    const longTerm = (on: boolean) => { s.longTerm = on; if (on) s.validTo = ''; };
    return { s, ...c, longTerm, LAZY, DATE_LIMITS, CERTS: MPS_PERSON_CERTS, steps: MPS_STEPS };
  },
  template: `${MPS_TOP('张伟（个人用户）')}
  <div class="mps-body"><div class="rail-wrap">
    <div class="panel-w rail"><tiny-steps :data="steps" :active="0" dot></tiny-steps></div>
    <div>
      <h2 class="page-title">开办主体</h2>
      <div class="panel-w">
        <tiny-form label-width="190px" label-position="right" validate-type="text" :model="s">
          <tiny-form-item label="开办主体性质" required>
            <tiny-button-group class="kind" v-model="s.kind" :data="[{ text: '个人', value: '个人' }, { text: '单位', value: '单位' }]"></tiny-button-group>
            <div class="help">以个人名义开办网站的选择“个人”；企业、事业单位、社会团体等选择“单位”。</div>
          </tiny-form-item>
          <template v-if="s.kind === '单位'">
            <tiny-form-item label="主办单位名称" required><tx k="unitName" cls="unit-name"></tx></tiny-form-item>
            <tiny-form-item label="主办单位证件号" required :error="errs.unitCertNumber"><tx k="unitCertNumber" cls="unit-cert-number"></tx></tiny-form-item>
          </template>
        </tiny-form>
      </div>
      <div class="panel-w" v-if="s.kind">
        <h3 class="blk">{{ s.kind === '个人' ? '开办者信息' : '单位负责人信息' }}</h3>
        <tiny-form label-width="190px" label-position="right" validate-type="text" :model="s">
          <tiny-form-item label="负责人姓名" required :error="errs.name"><tx k="name" cls="name"></tx></tiny-form-item>
          <tiny-form-item label="证件类型" required>
            <tiny-select class="cert-type" v-model="s.certType" placeholder="请选择证件类型" style="width:100%"><tiny-option v-for="o in CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="证件号码" required :error="errs.certNumber"><tx k="certNumber" cls="cert-number" :maxlength="18"></tx></tiny-form-item>
          <tiny-form-item label="证件有效期起" required>
            <tiny-date-picker class="valid-from" v-model="s.validFrom" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="选择日期" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate"></tiny-date-picker>
          </tiny-form-item>
          <tiny-form-item label="证件有效期止" required>
            <div class="row-inline" style="flex-wrap:nowrap">
              <tiny-date-picker class="valid-to" v-model="s.validTo" :disabled="s.longTerm" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="选择日期" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate"></tiny-date-picker>
              <tiny-checkbox class="long-term" :model-value="s.longTerm" @update:model-value="longTerm">长期</tiny-checkbox>
            </div>
          </tiny-form-item>
          <tiny-form-item label="负责人证件" required>
            <div class="row-inline photos"><pic k="idFront" title="证件正面"></pic><pic k="idBack" title="证件反面"></pic><pic k="idHand" title="手持证件照"></pic></div>
            <div class="help">jpg / png，单张不超过 2 MB；手持证件照须五官清晰、证件信息可辨认</div>
          </tiny-form-item>
          <tiny-form-item label="负责人常住地址" required>
            <div style="width:100%">
              <tiny-cascader class="residence-region" v-model="s.residenceCodes" :props="LAZY" placeholder="请选择省 / 市 / 区县" style="width:100%"></tiny-cascader>
              <div style="margin-top:8px"><tx k="residenceDetail" cls="residence-detail" placeholder="详细地址（街道、小区、门牌号）"></tx></div>
            </div>
          </tiny-form-item>
          <tiny-form-item label="办公室电话" required :error="errs.officePhone"><tx k="officePhone" cls="office-phone" placeholder="区号-号码"></tx></tiny-form-item>
          <tiny-form-item label="手机号码" required :error="errs.mobile"><tx k="mobile" cls="mobile" :maxlength="11"></tx></tiny-form-item>
          <tiny-form-item label="负责人邮箱" required :error="errs.email"><tx k="email" cls="email"></tx></tiny-form-item>
          <tiny-form-item label="是否利用生成式人工智能" required>
            <tiny-radio-group class="gen-ai" v-model="s.genAI"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
            <div class="help">网站是否利用生成式人工智能技术向公众提供服务</div>
          </tiny-form-item>
          <tiny-form-item label=""><tiny-checkbox class="promise" v-model="s.promise">本人承诺以上填报信息真实、准确、完整</tiny-checkbox></tiny-form-item>
        </tiny-form>
      </div>
      <div class="mps-actions"><tiny-button @click="s.saveClicks++">暂存</tiny-button><tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button></div>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ D. mps 网站负责人 (单位) */

const MpsPrincipalUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'principal', '单位', {
      tab: 'sec',
      secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secValidFromLong: '', secIdFront: [], secIdBack: [], secIdHand: [],
      secMobile: '', secEmail: '',
      emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
      prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ tab: _tab, secValidity, secValidFromLong, ...r }) => {
      const v = Array.isArray(secValidity) ? (secValidity as string[]) : [];
      return { ...r, secValidity: r.secLongTerm ? (secValidFromLong ? [String(secValidFromLong), ''] : []) : v.length ? v : [] };
    });
    const c = useChecks(s, {
      secCertNumber: (v, st) => (st.secCertType && st.secCertType !== '居民身份证' ? '' : idRule(v, st)),
      emgCertNumber: (v, st) => (st.emgCertType && st.emgCertType !== '居民身份证' ? '' : idRule(v, st)),
      secMobile: mobileRule, emgMobile: mobileRule, secEmail: emailRule,
    });
    provide('ctx', { s, ...c });
    const P = HELD_PRINCIPAL.单位;
    const copy = (role: 'sec' | 'emg', on: boolean) => {
      s[`${role}Same`] = on;
      if (!on) return;
      Object.assign(s, { [`${role}Name`]: P.name, [`${role}CertType`]: P.certType, [`${role}CertNumber`]: P.certNumber, [`${role}Mobile`]: P.mobile });
      if (role === 'sec') Object.assign(s, { secLongTerm: P.longTerm, secValidFromLong: P.validFrom, secValidity: P.longTerm ? [] : [P.validFrom, P.validTo], secEmail: P.email });
      else Object.assign(s, { emgValidFrom: P.validFrom, emgValidTo: P.validTo, emgLongTerm: P.longTerm });
    };
    const secLong = (on: boolean) => { s.secLongTerm = on; s.secValidity = []; s.secValidFromLong = ''; };
    const emgLong = (on: boolean) => { s.emgLongTerm = on; if (on) s.emgValidTo = ''; };
    return { s, ...c, copy, secLong, emgLong, DATE_LIMITS, CERTS: MPS_PERSON_CERTS, steps: MPS_STEPS };
  },
  template: `${MPS_TOP('杭州云栖示例科技有限公司（法人用户）')}
  <div class="mps-body narrow">
    <div class="panel-w"><tiny-steps :data="steps" :active="2" advanced></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="网站安全负责人、应急联络人与开办主体负责人为同一人的，可勾选“同主体负责人信息”自动带入；证件照片须重新上传。" style="margin-bottom:12px"></tiny-alert>
    <div class="panel-w">
      <tiny-tabs v-model="s.tab" tab-style="card">
        <tiny-tab-item name="sec" title="网站安全负责人">
          <tiny-form label-width="140px" label-position="right" validate-type="text" :model="s" class="role-sec">
            <tiny-form-item label=""><tiny-checkbox class="sec-same" :model-value="s.secSame" @update:model-value="(v) => copy('sec', v)">同主体负责人信息</tiny-checkbox></tiny-form-item>
            <tiny-form-item label="负责人姓名" required><tx k="secName" cls="sec-name" :disabled="s.secSame"></tx></tiny-form-item>
            <tiny-form-item label="证件类型" required>
              <tiny-select class="sec-cert-type" v-model="s.secCertType" :disabled="s.secSame" placeholder="请选择" style="width:100%"><tiny-option v-for="o in CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
            </tiny-form-item>
            <tiny-form-item label="证件号码" required :error="errs.secCertNumber"><tx k="secCertNumber" cls="sec-cert-number" :maxlength="18" :disabled="s.secSame"></tx></tiny-form-item>
            <tiny-form-item label="证件有效期" required>
              <div class="row-inline" style="flex-wrap:nowrap">
                <tiny-date-picker v-if="!s.secLongTerm" class="sec-validity" v-model="s.secValidity" type="daterange" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="s.secSame"
                  start-placeholder="起始日期" end-placeholder="截止日期" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate" style="width:300px"></tiny-date-picker>
                <tiny-date-picker v-else class="sec-valid-from" v-model="s.secValidFromLong" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="起始日期" :disabled="s.secSame"
                  :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate"></tiny-date-picker>
                <tiny-switch class="sec-long-term" :model-value="s.secLongTerm" @update:model-value="secLong" :disabled="s.secSame"></tiny-switch><span class="help">长期有效</span>
              </div>
            </tiny-form-item>
            <tiny-form-item label="负责人证件" required>
              <div class="row-inline photos"><pic k="secIdFront" title="证件正面"></pic><pic k="secIdBack" title="证件反面"></pic><pic k="secIdHand" title="手持证件照"></pic></div>
            </tiny-form-item>
            <tiny-form-item label="手机号码" required :error="errs.secMobile"><tx k="secMobile" cls="sec-mobile" :maxlength="11" :disabled="s.secSame"></tx></tiny-form-item>
            <tiny-form-item label="电子邮件地址" required :error="errs.secEmail"><tx k="secEmail" cls="sec-email" :disabled="s.secSame"></tx></tiny-form-item>
          </tiny-form>
        </tiny-tab-item>
        <tiny-tab-item name="emg" title="网站应急联络人">
          <tiny-form label-width="140px" label-position="right" validate-type="text" :model="s" class="role-emg">
            <tiny-form-item label=""><tiny-checkbox class="emg-same" :model-value="s.emgSame" @update:model-value="(v) => copy('emg', v)">同主体负责人信息</tiny-checkbox></tiny-form-item>
            <tiny-form-item label="联络人姓名" required><tx k="emgName" cls="emg-name" :disabled="s.emgSame"></tx></tiny-form-item>
            <tiny-form-item label="证件类型" required>
              <tiny-select class="emg-cert-type" v-model="s.emgCertType" :disabled="s.emgSame" placeholder="请选择" style="width:100%"><tiny-option v-for="o in CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
            </tiny-form-item>
            <tiny-form-item label="证件号码" required :error="errs.emgCertNumber"><tx k="emgCertNumber" cls="emg-cert-number" :maxlength="18" :disabled="s.emgSame"></tx></tiny-form-item>
            <tiny-form-item label="证件有效期起始" required>
              <tiny-date-picker class="emg-valid-from" v-model="s.emgValidFrom" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="s.emgSame" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate"></tiny-date-picker>
            </tiny-form-item>
            <tiny-form-item label="证件有效期截止" required>
              <div class="row-inline" style="flex-wrap:nowrap">
                <tiny-date-picker class="emg-valid-to" v-model="s.emgValidTo" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="s.emgSame || s.emgLongTerm" :min-date="DATE_LIMITS.minDate" :max-date="DATE_LIMITS.maxDate"></tiny-date-picker>
                <tiny-checkbox class="emg-long-term" :model-value="s.emgLongTerm" @update:model-value="emgLong" :disabled="s.emgSame">长期</tiny-checkbox>
              </div>
            </tiny-form-item>
            <tiny-form-item label="联系电话" required :error="errs.emgMobile"><tx k="emgMobile" cls="emg-mobile" :maxlength="11" :disabled="s.emgSame" placeholder="手机号码"></tx></tiny-form-item>
          </tiny-form>
        </tiny-tab-item>
      </tiny-tabs>
    </div>
    <div class="mps-actions"><tiny-button @click="s.prevClicks++">上一步</tiny-button><tiny-button @click="s.saveClicks++">暂存</tiny-button><tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button></div>
  </div>`,
});

/* ------------------------------------------------------------------ mount */

const APPS: Record<string, Component> = {
  'heldout13-aliyun-subject-unit-opentiny-displayonly': AliyunSubjectUnit,
  'heldout13-aliyun-basic-person-opentiny-ipaddress': AliyunBasicPerson,
  'heldout13-mps-subject-person-opentiny-buttongroup': MpsSubjectPerson,
  'heldout13-mps-principal-unit-opentiny-tabs': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
