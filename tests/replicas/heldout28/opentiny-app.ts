/**
 * Gen-28 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout28-mps-apply-unit-opentiny-steptabs   the 新办网站申请 (单位, 公安) with its four steps as STEP TABS: a TinyTabs
 *    with one tab per step (every pane rendered, the first shown), labels left; TinyRADIOS, blur checks, a TinyDatePicker,
 *    ONE text of sub-domains, an IP TEXTAREA, a TinySelect, BUTTON radios revealing a TinyCHECKBOX group, a 是 / 否
 *    TinySelect, a MULTIPLE TinySelect, a FILTERABLE provider TinySelect, a filterable TinyCascader, a DATERANGE picker, copy
 *    ticks; the notice tick; 暂存 / 提交申请
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioButton from '@opentiny/vue-radio-button';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinyTabItem from '@opentiny/vue-tab-item';
import TinyTabs from '@opentiny/vue-tabs';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, INTERACTIVE_KINDS, IPV4_RE, lines, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS, MPS_PROVIDERS,
  pathOfCode, PHONE_RE, regionOptions, shortIpv6, snapshot, validId, validIpv6, YES_NO,
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
  TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioButton, TinyRadioGroup,
  TinySelect, TinyTabItem, TinyTabs,
};
const ipsOf = (t: unknown) => lines(t).filter((x) => IPV4_RE.test(x) || validIpv6(x)).map((x) => (x.includes(':') ? shortIpv6(x) : x));

/* ------------------------------------------------------------------ 新办网站申请 (单位, 公安), step tabs */

const MpsApplyUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('mps', 'apply', '单位', {
      genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomainText: '', ipText: '', category: '', interactive: '', interactiveKinds: [], dangerous: '',
      languages: [], apName: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '',
      secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secMobile: '', secEmail: '', emgSame: false, notice: false, draftClicks: 0, submitClicks: 0,
    }, ({ subDomainText, ipText, apRegionCodes, secValidity, ...r }) => ({
      ...r,
      subDomains: lines(subDomainText).map((d) => d.toLowerCase()).filter((d) => DOMAIN_RE.test(d)),
      ips: ipsOf(ipText),
      apRegion: pathOfCode(Array.isArray(apRegionCodes) ? String(apRegionCodes.at(-1) ?? '') : ''),
      secValidity: Array.isArray(secValidity) ? secValidity.map(String).filter(Boolean) : [],
    }));
    const ui = reactive({ msg: '', tab: 'entity' });
    const regions = regionOptions();
    const { errs, check } = useChecks(s, {
      icpNumber: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1'),
      mainDomain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      subDomainText: (v) => { const bad = lines(v).find((d) => !DOMAIN_RE.test(d)); return bad ? `${bad}：请填写不带 www. 的域名` : ''; },
      ipText: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的IP地址` : ''; },
      apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      rgPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      apCode: (v) => (/^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'),
      secCertNumber: (v) => ((s.secCertType && s.secCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过'),
      secMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      secEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确'),
    });
    const setInteractive = (v: string) => { s.interactive = v; if (v !== '是') s.interactiveKinds = []; };
    /** 同开办主体负责人: ticked copies the held 李娜 into the rows and locks them; unticked clears them. */
    const setSecSame = (v: boolean) => Object.assign(s, v
      ? { secSame: true, secName: '李娜', secCertType: '居民身份证', secCertNumber: '330110198511204525', secValidity: [], secMobile: '13600136000', secEmail: 'lina@yunqi-demo.cn' }
      : { secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secMobile: '', secEmail: '' });
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请在“提示说明”中阅读并勾选责任告知书' : '已提交';
    };
    return { s, ui, errs, check, regions, setInteractive, setSecSame, submit, YES_NO, INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS, MPS_PROVIDERS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">杭州云栖示例科技有限公司（法人用户）</span></div>
  <div class="mps-body">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <div class="card-w">
    <tiny-tabs v-model="ui.tab" class="step-tabs">
      <tiny-tab-item name="entity" title="1 开办主体">
        <tiny-form class="t-entity" label-position="left" label-width="190px">
          <tiny-form-item label="开办主体性质"><span class="ro">单位</span></tiny-form-item>
          <tiny-form-item label="主办单位名称"><span class="ro">杭州云栖示例科技有限公司</span></tiny-form-item>
          <tiny-form-item label="开办主体负责人"><span class="ro">李娜（居民身份证 3301**********4525）</span></tiny-form-item>
          <tiny-form-item label="是否利用生成式人工智能" required>
            <tiny-radio-group class="gen-ai" v-model="s.genAI"><tiny-radio v-for="o in YES_NO" :key="o" :label="o">{{ o }}</tiny-radio></tiny-radio-group>
          </tiny-form-item>
        </tiny-form>
      </tiny-tab-item>
      <tiny-tab-item name="site" title="2 网站基本信息">
        <tiny-form class="t-site" label-position="left" label-width="190px">
          <tiny-form-item label="网站名称" required><tiny-input class="site-name" v-model="s.siteName" maxlength="50" placeholder="须与ICP备案的网站名称一致" style="width:360px"></tiny-input></tiny-form-item>
          <tiny-form-item label="工信部备案号" required><div class="ctl"><tiny-input class="icp-number" v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" style="width:360px" @input="errs.icpNumber=''" @blur="check('icpNumber')"></tiny-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></div></tiny-form-item>
          <tiny-form-item label="网站开通日期" required><tiny-date-picker class="opened-at" v-model="s.openedAt" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="请选择日期" style="width:220px"></tiny-date-picker></tiny-form-item>
          <tiny-form-item label="主域名" required><div class="ctl"><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="不带 www. 的一级域名" style="width:360px" @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></div></tiny-form-item>
          <tiny-form-item label="从域名"><div class="ctl"><tiny-input class="sub-domains" v-model="s.subDomainText" placeholder="多个以 ; 分隔" style="width:360px" @input="errs.subDomainText=''" @blur="check('subDomainText')"></tiny-input><div class="field-err" v-if="errs.subDomainText">{{ errs.subDomainText }}</div></div></tiny-form-item>
          <tiny-form-item label="网站IP" required><div class="ctl"><tiny-input class="ips" v-model="s.ipText" type="textarea" :rows="3" placeholder="每行一个IP地址（IPv4 / IPv6）" style="width:360px" @input="errs.ipText=''" @blur="check('ipText')"></tiny-input><div class="field-err" v-if="errs.ipText">{{ errs.ipText }}</div></div></tiny-form-item>
          <tiny-form-item label="网站类型" required>
            <tiny-select class="category" v-model="s.category" placeholder="请选择" style="width:260px"><tiny-option v-for="c in MPS_CATEGORIES" :key="c[0]" :label="c[1]" :value="c[0]"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="是否提供互联网交互服务" required>
            <tiny-radio-group class="interactive" :model-value="s.interactive" @update:model-value="setInteractive"><tiny-radio-button v-for="o in YES_NO" :key="o" :label="o">{{ o }}</tiny-radio-button></tiny-radio-group>
          </tiny-form-item>
          <tiny-form-item v-if="s.interactive === '是'" label="交互服务类型" required>
            <tiny-checkbox-group class="interactive-kinds" v-model="s.interactiveKinds"><tiny-checkbox v-for="k in INTERACTIVE_KINDS" :key="k" :label="k">{{ k }}</tiny-checkbox></tiny-checkbox-group>
          </tiny-form-item>
          <tiny-form-item label="互联网危险物品信息发布" required>
            <tiny-select class="dangerous" v-model="s.dangerous" placeholder="请选择" style="width:160px"><tiny-option v-for="o in YES_NO" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="网站语种" required>
            <tiny-select class="languages" v-model="s.languages" multiple placeholder="请选择" style="width:360px"><tiny-option v-for="l in MPS_LANGUAGES" :key="l" :label="l" :value="l"></tiny-option></tiny-select>
          </tiny-form-item>
          <div class="sec-title">网络接入服务商</div>
          <tiny-form-item label="名称" required>
            <tiny-select class="ap-name" v-model="s.apName" filterable placeholder="输入关键字筛选" style="width:360px"><tiny-option v-for="p in MPS_PROVIDERS" :key="p" :label="p" :value="p"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="所属区域" required>
            <tiny-cascader class="ap-region" v-model="s.apRegionCodes" :options="regions" filterable clearable placeholder="请选择省 / 市 / 区县" style="width:360px"></tiny-cascader>
          </tiny-form-item>
          <tiny-form-item label="网站接入方式" required>
            <tiny-radio-group class="ap-method" v-model="s.apMethod"><tiny-radio v-for="m in MPS_ACCESS_METHODS" :key="m" :label="m">{{ m }}</tiny-radio></tiny-radio-group>
          </tiny-form-item>
          <tiny-form-item label="联系电话" required><div class="ctl"><tiny-input class="ap-phone" v-model="s.apPhone" style="width:260px" @input="errs.apPhone=''" @blur="check('apPhone')"></tiny-input><div class="field-err" v-if="errs.apPhone">{{ errs.apPhone }}</div></div></tiny-form-item>
          <tiny-form-item label="接入商编码" required><div class="ctl"><tiny-input class="ap-code" v-model="s.apCode" placeholder="组织机构代码" style="width:260px" @input="errs.apCode=''" @blur="check('apCode')"></tiny-input><div class="field-err" v-if="errs.apCode">{{ errs.apCode }}</div></div></tiny-form-item>
          <div class="sec-title">域名注册服务商</div>
          <tiny-form-item label="名称" required><tiny-input class="rg-name" v-model="s.rgName" style="width:360px"></tiny-input></tiny-form-item>
          <tiny-form-item label="联系电话" required><div class="ctl"><tiny-input class="rg-phone" v-model="s.rgPhone" style="width:260px" @input="errs.rgPhone=''" @blur="check('rgPhone')"></tiny-input><div class="field-err" v-if="errs.rgPhone">{{ errs.rgPhone }}</div></div></tiny-form-item>
        </tiny-form>
      </tiny-tab-item>
      <tiny-tab-item name="people" title="3 网站负责人">
        <tiny-form class="t-people" label-position="left" label-width="190px">
          <div class="sec-title">网站安全负责人</div>
          <tiny-form-item label="同开办主体负责人"><tiny-checkbox class="sec-same" :model-value="s.secSame" @update:model-value="setSecSame">与开办主体负责人相同</tiny-checkbox></tiny-form-item>
          <tiny-form-item label="姓名" required><tiny-input class="sec-name" v-model="s.secName" :disabled="s.secSame" maxlength="30" style="width:260px"></tiny-input></tiny-form-item>
          <tiny-form-item label="证件类型" required>
            <tiny-select class="sec-cert-type" v-model="s.secCertType" :disabled="s.secSame" placeholder="请选择" style="width:260px"><tiny-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
          </tiny-form-item>
          <tiny-form-item label="证件号码" required><div class="ctl"><tiny-input class="sec-cert-number" v-model="s.secCertNumber" :disabled="s.secSame" maxlength="18" style="width:260px" @input="errs.secCertNumber=''" @blur="check('secCertNumber')"></tiny-input><div class="field-err" v-if="errs.secCertNumber">{{ errs.secCertNumber }}</div></div></tiny-form-item>
          <tiny-form-item label="证件有效期" required>
            <tiny-date-picker class="sec-validity" v-model="s.secValidity" type="daterange" :disabled="s.secSame" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" style="width:300px"></tiny-date-picker>
          </tiny-form-item>
          <tiny-form-item label="手机号码" required><div class="ctl"><tiny-input class="sec-mobile" v-model="s.secMobile" :disabled="s.secSame" maxlength="11" style="width:260px" @input="errs.secMobile=''" @blur="check('secMobile')"></tiny-input><div class="field-err" v-if="errs.secMobile">{{ errs.secMobile }}</div></div></tiny-form-item>
          <tiny-form-item label="电子邮件地址" required><div class="ctl"><tiny-input class="sec-email" v-model="s.secEmail" :disabled="s.secSame" style="width:300px" @input="errs.secEmail=''" @blur="check('secEmail')"></tiny-input><div class="field-err" v-if="errs.secEmail">{{ errs.secEmail }}</div></div></tiny-form-item>
          <div class="sec-title">网站应急联络人</div>
          <tiny-form-item label="同开办主体负责人"><tiny-checkbox class="emg-same" v-model="s.emgSame">与开办主体负责人相同</tiny-checkbox></tiny-form-item>
          <div v-if="s.emgSame" class="same-sum emg-summary">李娜 · 居民身份证 3301**********4525 · 136****6000</div>
        </tiny-form>
      </tiny-tab-item>
      <tiny-tab-item name="notice" title="4 提示说明">
        <div class="help" style="margin:8px 0 12px">网站开办者应落实网络安全保护责任，建立信息安全管理制度，发现违法信息及时处置并向公安机关报告。</div>
        <tiny-checkbox class="notice" v-model="s.notice">本单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》</tiny-checkbox>
      </tiny-tab-item>
    </tiny-tabs>
    </div>
    <div class="actions">
      <tiny-button class="draft" @click="s.draftClicks++">暂存</tiny-button><tiny-button class="submit" type="primary" @click="submit">提交申请</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout28-mps-apply-unit-opentiny-steptabs': MpsApplyUnit,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
