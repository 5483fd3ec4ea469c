/**
 * Gen-27 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout27-aliyun-apply-person-opentiny-stepsgrid   a person's 新增互联网信息服务（原备案不在阿里云） order (阿里云): a
 *    TinySTEPS bar, then a TWO-COLUMN grid of sections, labels on top: a blur-checked entity number (missing), a TinySelect,
 *    blur checks, a TEXTAREA of domains (one a line) feeding home-URL TinyRADIOS, a TinyCHECKBOX group, a textarea, a
 *    同主办人 TinyCHECKBOX hiding the site principal's rows behind a read-only summary; a 承诺 tick; 保存草稿 / 提交订单
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, ENTITY_ICP_RE, expose, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, lines, MOBILE_RE, personSiteNameProblem, PERSON_BANNED,
  snapshot, validId,
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
const COMPONENTS = { TinyButton, TinyCheckbox, TinyCheckboxGroup, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySteps };

/** The order's domains: one a line, lower-cased, the well-formed ones. */
const domainsOf = (t: unknown) => lines(String(t ?? '')).map((d) => d.toLowerCase()).filter((d) => DOMAIN_RE.test(d));

/* ------------------------------------------------------------------ 新增网站 (个人, 阿里云; 原备案不在阿里云), steps + two-column grid */

const AliyunNewSitePerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = useReplica('aliyun', 'apply', '个人', {
      entityIcp: '', name: '', certType: '', certNumber: '', siteName: '', domainText: '', homeUrl: '', languages: [], remark: '',
      wpSame: false, wpName: '', wpMobile: '', wpEmergency: '', wpEmail: '', promise: false, saveClicks: 0, submitClicks: 0,
    }, ({ domainText, ...r }) => ({ ...r, domains: domainsOf(domainText) }));
    const ui = reactive({ msg: '', steps: [{ name: '核验主体' }, { name: '填写网站' }, { name: '上传资料' }, { name: '提交初审' }] });
    const { errs, check } = useChecks(s, {
      entityIcp: (v) => (ENTITY_ICP_RE.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号'),
      certNumber: (v) => ((s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过'),
      siteName: personSiteNameProblem,
      domainText: (v) => { const bad = lines(v).find((d) => !DOMAIN_RE.test(d)); return bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : ''; },
      remark: (v) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : ''; },
      wpMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    });
    watch(() => s.domainText, () => { if (s.homeUrl && !homeUrlSuggestions(domainsOf(s.domainText)).includes(String(s.homeUrl))) s.homeUrl = ''; });
    const setSame = (v: boolean) => Object.assign(s, { wpSame: v, wpName: '', wpMobile: '', wpEmergency: '', wpEmail: '' });
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.entityIcp ? '请填写主体备案号' : !s.promise ? '请先勾选承诺' : '请完善带 * 的信息';
    };
    return { s, ui, errs, check, setSame, submit, domainsOf, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>新增网站 · 个人</span><span style="margin-left:auto">张伟</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body">
    <div class="card-w"><tiny-steps class="order-steps" :data="ui.steps" :active="1" advanced></tiny-steps></div>
    <div class="card-w help">订单类型：新增互联网信息服务（原备案不在阿里云）。您的主体已在其他接入商备案，本订单在阿里云新增网站；请核验主体并填写新网站信息。</div>
    <div class="grid2">
      <div class="box2 g-subject">
        <h3>主体核验</h3>
        <div class="g-item"><div class="t-label"><i>*</i>主体备案号</div>
          <tiny-input class="entity-icp" v-model="s.entityIcp" placeholder="如 浙ICP备12345678号" @input="errs.entityIcp=''" @blur="check('entityIcp')"></tiny-input>
          <div class="field-err" v-if="errs.entityIcp">{{ errs.entityIcp }}</div></div>
        <div class="g-item"><div class="t-label"><i>*</i>主办人姓名</div><tiny-input class="name" v-model="s.name" maxlength="30"></tiny-input></div>
        <div class="g-item"><div class="t-label"><i>*</i>证件类型</div>
          <tiny-select class="cert-type" v-model="s.certType" placeholder="请选择" style="width:100%"><tiny-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div>
        <div class="g-item"><div class="t-label"><i>*</i>证件号码</div>
          <tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" @input="errs.certNumber=''" @blur="check('certNumber')"></tiny-input>
          <div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div></div>
      </div>
      <div class="box2 g-wp">
        <h3>网站负责人</h3>
        <div class="g-item"><tiny-checkbox class="wp-same" :model-value="s.wpSame" @update:model-value="setSame">网站负责人同主办人</tiny-checkbox></div>
        <div v-if="s.wpSame" class="same-sum wp-summary">网站负责人：张伟（居民身份证 3301**********1236，138****8000）</div>
        <template v-else>
          <div class="g-item"><div class="t-label"><i>*</i>负责人姓名</div><tiny-input class="wp-name" v-model="s.wpName" maxlength="30"></tiny-input></div>
          <div class="g-item"><div class="t-label"><i>*</i>手机号码</div><tiny-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" @input="errs.wpMobile=''" @blur="check('wpMobile')"></tiny-input><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div></div>
          <div class="g-item"><div class="t-label"><i>*</i>应急联系电话</div><tiny-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></tiny-input><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div></div>
          <div class="g-item"><div class="t-label"><i>*</i>电子邮箱</div><tiny-input class="wp-email" v-model="s.wpEmail" @input="errs.wpEmail=''" @blur="check('wpEmail')"></tiny-input><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div></div>
        </template>
      </div>
      <div class="box2 g-site" style="grid-column:1 / -1">
        <h3>网站信息</h3>
        <div class="grid2" style="gap:0 24px">
          <div>
            <div class="g-item"><div class="t-label"><i>*</i>网站名称</div>
              <tiny-input class="site-name" v-model="s.siteName" maxlength="50" @input="errs.siteName=''" @blur="check('siteName')"></tiny-input>
              <div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></div>
            <div class="g-item"><div class="t-label"><i>*</i>网站域名</div>
              <tiny-input class="domains" v-model="s.domainText" type="textarea" :rows="3" placeholder="每行一个域名，不带 www." @input="errs.domainText=''" @blur="check('domainText')"></tiny-input>
              <div class="field-err" v-if="errs.domainText">{{ errs.domainText }}</div></div>
            <div class="g-item"><div class="t-label"><i>*</i>网站首页URL</div>
              <tiny-radio-group v-if="domainsOf(s.domainText).length" class="home-url" v-model="s.homeUrl" style="display:flex;flex-direction:column;align-items:flex-start">
                <tiny-radio v-for="u in homeUrlSuggestions(domainsOf(s.domainText))" :key="u" :label="u">{{ u }}</tiny-radio>
              </tiny-radio-group>
              <span v-else class="help home-url-wait">请先填写网站域名</span></div>
          </div>
          <div>
            <div class="g-item"><div class="t-label">网站服务内容</div><span class="derived">其他</span> <span class="help">个人备案固定为“其他”</span></div>
            <div class="g-item"><div class="t-label"><i>*</i>网站语言</div>
              <tiny-checkbox-group class="languages" v-model="s.languages"><tiny-checkbox v-for="l in ICP_LANGUAGES" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group></div>
            <div class="g-item"><div class="t-label"><i>*</i>网站备注</div>
              <tiny-input class="remark" v-model="s.remark" type="textarea" :rows="3" maxlength="200" placeholder="简要说明网站用途" @input="errs.remark=''" @blur="check('remark')"></tiny-input>
              <div class="field-err" v-if="errs.remark">{{ errs.remark }}</div></div>
          </div>
        </div>
      </div>
    </div>
    <div style="margin-top:16px"><tiny-checkbox class="promise" v-model="s.promise">本人承诺所填备案信息真实、准确、完整</tiny-checkbox></div>
    <div class="actions">
      <tiny-button class="save" @click="s.saveClicks++">保存草稿</tiny-button><tiny-button class="submit" type="primary" @click="submit">提交订单</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout27-aliyun-apply-person-opentiny-stepsgrid': AliyunNewSitePerson,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
