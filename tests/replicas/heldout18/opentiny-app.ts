/**
 * Gen-18 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout18-aliyun-site-unit-opentiny-vtabs  填写网站信息 (单位): VERTICAL TinyTabs on the left (网站基本信息 / 网站负责人 /
 *    网站备注; the inactive tabs' fields stay in the page, hidden), LEFT labels; a blur-checked name, domains as TAG CHIPS
 *    (input + 添加 / Enter, × closes), the home URL READ-ONLY derived from the first domain, a locked service type, a
 *    MULTIPLE filterable TinySelect of contents, BUTTON checkboxes of languages, a yes / no SELECT revealing items; the site
 *    principal with 信息来源 radios (同主体负责人 copies 李娜 and locks), a TinySelect, blur checks, a start TinyDatePicker +
 *    a 有效期限 TinySelect deriving the read-only end date, phones that must differ; a REQUIRED 网站备注; 上一步 / 保存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxButton from '@opentiny/vue-checkbox-button';
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
import TinyTabItem from '@opentiny/vue-tab-item';
import TinyTabs from '@opentiny/vue-tabs';
import TinyTag from '@opentiny/vue-tag';
import {
  build, DOMAIN_RE, EMAIL_RE, endOfTerm, expose, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ID_TERMS, MOBILE_RE, PHONE_RE, snapshot, validId,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const LINA = HELD_PRINCIPAL.单位;

const AliyunSiteUnit = defineComponent({
  components: {
    TinyAlert, TinyButton, TinyCheckbox, TinyCheckboxButton, TinyCheckboxGroup, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect,
    TinySteps, TinyTabItem, TinyTabs, TinyTag,
  },
  setup() {
    const s = useReplica('aliyun', 'site', '单位', {
      siteName: '', domains: [], serviceType: '网站应用服务', contents: [], languages: [], preApproval: '', preItems: [],
      wpSource: '另行填写', wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpTerm: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
      remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, (r) => {
      const domains = r.domains as string[];
      return {
        ...r, homeUrl: domains.length ? `www.${domains[0]}` : '',
        wpValidTo: r.wpTerm === '长期' ? '' : endOfTerm(String(r.wpValidFrom ?? ''), String(r.wpTerm ?? '')),
      };
    });
    const ui = reactive({ tab: 'base', domainInput: '' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : /^(中国|中央|国家|中华)/.test(v) ? '网站名称不能以“中国”“国家”等开头' : ''),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
      remark: (v) => (v.length < 10 ? '请用不少于 10 个字描述网站用途' : ''),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const clear = (k: string) => { errs[k] = ''; };
    const addDomain = () => {
      const v = ui.domainInput.trim().toLowerCase();
      if (!v) return;
      const list = s.domains as string[];
      if (/^(https?:|www\.)/i.test(v)) { errs.domains = '请填写不带 www. 与 http:// 的域名'; return; }
      if (!DOMAIN_RE.test(v)) { errs.domains = `${v} 不是有效的域名`; return; }
      if (!list.includes(v)) s.domains = [...list, v];
      ui.domainInput = '';
      errs.domains = '';
    };
    const removeDomain = (d: string) => { s.domains = (s.domains as string[]).filter((x) => x !== d); };
    const setPre = (v: string) => { s.preApproval = v; if (v !== '是') s.preItems = []; };
    const setSource = (v: string) => {
      s.wpSource = v;
      const on = v === '同主体负责人';
      Object.assign(s, on
        ? { wpName: LINA.name, wpCertType: LINA.certType, wpCertNumber: LINA.certNumber, wpValidFrom: LINA.validFrom, wpTerm: LINA.longTerm ? '长期' : '', wpMobile: LINA.mobile, wpEmail: LINA.email }
        : { wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpTerm: '', wpMobile: '', wpEmail: '' });
    };
    const steps = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((name) => ({ name }));
    const minDate = new Date(1950, 0, 1);
    const maxDate = new Date(2099, 11, 31);
    return { s, ui, errs, check, clear, addDomain, removeDomain, setPre, setSource, steps, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ID_TERMS, minDate, maxDate };
  },
  computed: {
    homeUrl(): string { const d = (this.s.domains as string[]); return d.length ? `www.${d[0]}` : ''; },
    validTo(): string { return this.s.wpTerm === '长期' ? '长期' : endOfTerm(String(this.s.wpValidFrom ?? ''), String(this.s.wpTerm ?? '')); },
    locked(): boolean { return this.s.wpSource === '同主体负责人'; },
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body">
    <div class="card-w"><tiny-steps :data="steps" :active="2"></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="网站名称须与网站内容相符；网站负责人与主体负责人不同时，手机号码、电子邮箱不能相同。左侧切换填写各部分信息。"></tiny-alert>
    <div class="vtabs-card" style="margin-top:16px">
      <tiny-tabs v-model="ui.tab" position="left" class="site-tabs">
        <tiny-tab-item title="网站基本信息" name="base">
          <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
            <tiny-form-item label="网站名称" required>
              <div class="ctl"><tiny-input class="site-name" v-model="s.siteName" maxlength="40" placeholder="如：XX公司官网" @input="clear('siteName')" @blur="check('siteName')"></tiny-input><div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></div>
            </tiny-form-item>
            <tiny-form-item label="网站域名" required>
              <div class="ctl">
                <div class="row-inline">
                  <tiny-input class="domain-input" v-model="ui.domainInput" placeholder="输入域名后回车或点击添加，不带 www." style="width:320px" @input="clear('domains')" @keyup.enter="addDomain"></tiny-input>
                  <tiny-button class="add-domain" @click="addDomain">添加</tiny-button>
                </div>
                <div class="chips domain-chips">
                  <tiny-tag v-for="d in s.domains" :key="d" class="domain-chip" closable @close="removeDomain(d)">{{ d }}</tiny-tag>
                </div>
                <div class="field-err" v-if="errs.domains">{{ errs.domains }}</div>
              </div>
            </tiny-form-item>
            <tiny-form-item label="网站首页URL">
              <span class="derived home-url" aria-readonly="true">{{ homeUrl || '根据网站域名自动生成' }}</span>
              <div class="help">系统取第一个域名生成，不可修改</div>
            </tiny-form-item>
            <tiny-form-item label="服务类型">
              <tiny-input class="service-type" :model-value="s.serviceType" disabled style="width:240px"></tiny-input>
            </tiny-form-item>
            <tiny-form-item label="网站服务内容" required>
              <tiny-select class="contents" v-model="s.contents" multiple filterable placeholder="请选择" style="width:420px">
                <tiny-option v-for="c in ICP_CONTENT" :key="c" :label="c" :value="c"></tiny-option>
              </tiny-select>
            </tiny-form-item>
            <tiny-form-item label="网站语言" required>
              <tiny-checkbox-group class="languages" v-model="s.languages">
                <tiny-checkbox-button v-for="l in ICP_LANGUAGES" :key="l" :label="l">{{ l }}</tiny-checkbox-button>
              </tiny-checkbox-group>
            </tiny-form-item>
            <tiny-form-item label="是否涉及前置审批" required>
              <tiny-select class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre" placeholder="请选择" style="width:160px">
                <tiny-option label="是" value="是"></tiny-option><tiny-option label="否" value="否"></tiny-option>
              </tiny-select>
            </tiny-form-item>
            <tiny-form-item v-if="s.preApproval === '是'" label="前置审批项" required>
              <tiny-checkbox-group class="pre-items" v-model="s.preItems">
                <tiny-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :label="p">{{ p }}</tiny-checkbox>
              </tiny-checkbox-group>
            </tiny-form-item>
          </tiny-form>
        </tiny-tab-item>
        <tiny-tab-item title="网站负责人" name="principal">
          <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
            <tiny-form-item label="信息来源">
              <tiny-radio-group class="wp-source" :model-value="s.wpSource" @update:model-value="setSource">
                <tiny-radio label="同主体负责人">同主体负责人（李娜）</tiny-radio><tiny-radio label="另行填写">另行填写</tiny-radio>
              </tiny-radio-group>
            </tiny-form-item>
            <tiny-form-item label="负责人姓名" required>
              <tiny-input class="wp-name" v-model="s.wpName" maxlength="20" :disabled="locked" style="width:320px"></tiny-input>
            </tiny-form-item>
            <tiny-form-item label="证件类型" required>
              <tiny-select class="wp-cert-type" v-model="s.wpCertType" :disabled="locked" placeholder="请选择" style="width:240px">
                <tiny-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option>
              </tiny-select>
            </tiny-form-item>
            <tiny-form-item label="证件号码" required>
              <div class="ctl"><tiny-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" :disabled="locked" style="width:320px" @input="clear('wpCertNumber')" @blur="check('wpCertNumber')"></tiny-input><div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div></div>
            </tiny-form-item>
            <tiny-form-item label="证件有效期 · 开始" required>
              <tiny-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" :disabled="locked" :min-date="minDate" :max-date="maxDate" placeholder="开始日期" style="width:200px"></tiny-date-picker>
            </tiny-form-item>
            <tiny-form-item label="有效期限" required>
              <tiny-select class="wp-term" v-model="s.wpTerm" :disabled="locked" placeholder="请选择" style="width:160px">
                <tiny-option v-for="t in ID_TERMS" :key="t" :label="t" :value="t"></tiny-option>
              </tiny-select>
            </tiny-form-item>
            <tiny-form-item label="证件有效期 · 截止">
              <span class="derived wp-valid-to" aria-readonly="true">{{ validTo || '由开始日期和有效期限计算' }}</span>
            </tiny-form-item>
            <tiny-form-item label="手机号码" required>
              <div class="ctl"><tiny-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" :disabled="locked" style="width:320px" @input="clear('wpMobile')" @blur="check('wpMobile')"></tiny-input><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div></div>
            </tiny-form-item>
            <tiny-form-item label="应急联系电话" required>
              <div class="ctl"><tiny-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:320px" @input="clear('wpEmergency')" @blur="check('wpEmergency')"></tiny-input><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div></div>
            </tiny-form-item>
            <tiny-form-item label="办公室电话">
              <div class="ctl"><tiny-input class="wp-office" v-model="s.wpOffice" placeholder="区号-号码" style="width:320px" @input="clear('wpOffice')" @blur="check('wpOffice')"></tiny-input><div class="field-err" v-if="errs.wpOffice">{{ errs.wpOffice }}</div></div>
            </tiny-form-item>
            <tiny-form-item label="电子邮箱" required>
              <div class="ctl"><tiny-input class="wp-email" v-model="s.wpEmail" :disabled="locked" style="width:320px" @input="clear('wpEmail')" @blur="check('wpEmail')"></tiny-input><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div></div>
            </tiny-form-item>
          </tiny-form>
        </tiny-tab-item>
        <tiny-tab-item title="网站备注" name="remark">
          <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
            <tiny-form-item label="网站备注" required>
              <div class="ctl"><tiny-input class="remark" v-model="s.remark" type="textarea" :rows="4" maxlength="200" placeholder="简要说明网站用途及主要内容（必填）" @input="clear('remark')" @blur="check('remark')"></tiny-input><div class="field-err" v-if="errs.remark">{{ errs.remark }}</div></div>
            </tiny-form-item>
          </tiny-form>
        </tiny-tab-item>
      </tiny-tabs>
    </div>
    <div class="actions">
      <tiny-button @click="s.prevClicks++">上一步</tiny-button><tiny-button @click="s.saveClicks++">保存</tiny-button><tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout18-aliyun-site-unit-opentiny-vtabs': AliyunSiteUnit };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
