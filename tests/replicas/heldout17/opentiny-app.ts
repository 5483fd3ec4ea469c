/**
 * Gen-17 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout17-aliyun-subject-person-opentiny-anchor  填写主办者信息 (个人): a long form beside a sticky TinyANCHOR, each
 *    section a titled block with LEFT labels; read-only step-1 facts, whole-tree TinyCASCADERs + details, a 与证件住址相同
 *    TinySWITCH copying (still editable), a TinySelect, blur checks, a DATERANGE picker swapped for one start date by a
 *    长期有效 tick, phones that must differ, an office phone the profile lacks, a textarea; 保存草稿 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyAnchor from '@opentiny/vue-anchor';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinySwitch from '@opentiny/vue-switch';
import './regions';
import { build, EMAIL_RE, expose, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, snapshot, validId } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const last = (v: unknown) => (Array.isArray(v) && v.length ? String(v[v.length - 1]) : '');

const AliyunSubjectPerson = defineComponent({
  components: { TinyAlert, TinyAnchor, TinyButton, TinyCascader, TinyCheckbox, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinySelect, TinySteps, TinySwitch },
  setup() {
    const s = useReplica('aliyun', 'subject', '个人', {
      name: '', certRegionCodes: [], certDetail: '', mailSame: false, mailRegionCodes: [], mailDetail: '', investor: '',
      prName: '', prCertType: '', prCertNumber: '', prValidity: [], prValidFrom: '', prLongTerm: false, mobile: '', emergency: '', office: '', email: '',
      remark: '', saveClicks: 0, nextClicks: 0,
    }, ({ certRegionCodes, mailRegionCodes, prValidity, prValidFrom, ...r }) => ({
      ...r, certRegion: pathOfCode(last(certRegionCodes)), mailRegion: pathOfCode(last(mailRegionCodes)),
      prValidity: r.prLongTerm ? (prValidFrom ? [prValidFrom] : []) : (Array.isArray(prValidity) && prValidity.length === 2 ? prValidity : []),
    }));
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      name: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 2 ? '请填写身份证上的姓名' : ''),
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      mobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      emergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.mobile ? '应急联系电话不能与手机号码相同' : ''),
      office: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
      email: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const clear = (k: string) => { errs[k] = ''; };
    // 与证件住址相同: copies the certificate address (the copy stays editable; editing the source while on copies again)
    const copyMail = () => { if (s.mailSame) { s.mailRegionCodes = [...(s.certRegionCodes as string[])]; s.mailDetail = s.certDetail; } };
    watch(() => [s.mailSame, s.certRegionCodes, s.certDetail], copyMail, { deep: true });
    const setLong = (v: boolean) => {
      const range = s.prValidity as string[];
      if (v) s.prValidFrom = range[0] ?? ''; else s.prValidFrom = '';
      s.prValidity = [];
      s.prLongTerm = v;
    };
    const links = [
      { key: 'a', link: '#sec-holder', title: '主办人信息' },
      { key: 'b', link: '#sec-address', title: '地址信息' },
      { key: 'c', link: '#sec-principal', title: '负责人信息' },
      { key: 'd', link: '#sec-contact', title: '联系方式' },
    ];
    const steps = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((name) => ({ name }));
    // an ID card's dates reach decades either way (the picker's default window is ten years around today)
    const minDate = new Date(1950, 0, 1);
    const maxDate = new Date(2099, 11, 31);
    return { s, errs, check, clear, setLong, links, steps, regions: regionOptions(), ICP_PERSON_CERTS, minDate, maxDate };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">张伟</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body">
    <div class="card-w"><tiny-steps :data="steps" :active="1"></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="主办人信息须与域名实名认证信息一致；证件住址请按身份证上的地址填写，通讯地址须详细到门牌号。"></tiny-alert>
    <div class="anchor-split" style="margin-top:16px">
      <div class="anchor-nav"><tiny-anchor :links="links" type="line"></tiny-anchor></div>
      <div class="anchor-form">
        <div class="facts-ro"><div><span>主办者性质</span><b>个人</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件号码</span><b>330106199003071236</b></div></div>
        <tiny-form label-position="left" label-width="170px" :validate-on-rule-change="false">
          <h3 class="sec-title" id="sec-holder">主办人信息</h3>
          <tiny-form-item label="主办人姓名" required>
            <div class="ctl"><tiny-input class="holder-name" v-model="s.name" maxlength="30" @input="clear('name')" @blur="check('name')"></tiny-input><div class="field-err" v-if="errs.name">{{ errs.name }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="投资人或主管单位" required>
            <tiny-input class="investor" v-model="s.investor" placeholder="个人填写本人姓名"></tiny-input>
          </tiny-form-item>
          <h3 class="sec-title" id="sec-address">地址信息</h3>
          <tiny-form-item label="证件住址" required>
            <tiny-cascader class="cert-region" v-model="s.certRegionCodes" :options="regions" filterable clearable placeholder="请选择省 / 市 / 区县" style="width:360px"></tiny-cascader>
          </tiny-form-item>
          <tiny-form-item label="证件住址 · 详细地址" required>
            <tiny-input class="cert-detail" v-model="s.certDetail" placeholder="与身份证上的地址一致"></tiny-input>
          </tiny-form-item>
          <tiny-form-item label="与证件住址相同">
            <tiny-switch class="mail-same" v-model="s.mailSame"></tiny-switch>
          </tiny-form-item>
          <tiny-form-item label="通讯地址" required>
            <tiny-cascader class="mail-region" v-model="s.mailRegionCodes" :options="regions" filterable clearable placeholder="请选择省 / 市 / 区县" style="width:360px"></tiny-cascader>
          </tiny-form-item>
          <tiny-form-item label="通讯地址 · 详细地址" required>
            <tiny-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号"></tiny-input>
          </tiny-form-item>
          <h3 class="sec-title" id="sec-principal">负责人信息</h3>
          <tiny-form-item label="负责人姓名" required>
            <tiny-input class="pr-name" v-model="s.prName" maxlength="30"></tiny-input>
          </tiny-form-item>
          <tiny-form-item label="负责人证件类型" required>
            <tiny-select class="pr-cert-type" v-model="s.prCertType" placeholder="请选择" style="width:260px">
              <tiny-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></tiny-option>
            </tiny-select>
          </tiny-form-item>
          <tiny-form-item label="负责人证件号码" required>
            <div class="ctl"><tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="clear('prCertNumber')" @blur="check('prCertNumber')"></tiny-input><div class="field-err" v-if="errs.prCertNumber">{{ errs.prCertNumber }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="证件有效期" required>
            <div class="row-inline">
              <tiny-date-picker v-if="!s.prLongTerm" class="pr-validity" v-model="s.prValidity" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" :min-date="minDate" :max-date="maxDate"
                start-placeholder="开始日期" end-placeholder="结束日期" style="width:300px"></tiny-date-picker>
              <tiny-date-picker v-else class="pr-valid-from" v-model="s.prValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" :min-date="minDate" :max-date="maxDate" placeholder="开始日期" style="width:180px"></tiny-date-picker>
              <tiny-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong">长期有效</tiny-checkbox>
            </div>
          </tiny-form-item>
          <h3 class="sec-title" id="sec-contact">联系方式</h3>
          <tiny-form-item label="手机号码" required>
            <div class="ctl"><tiny-input class="mobile" v-model="s.mobile" maxlength="11" @input="clear('mobile')" @blur="check('mobile')"></tiny-input><div class="field-err" v-if="errs.mobile">{{ errs.mobile }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="应急联系电话" required>
            <div class="ctl"><tiny-input class="emergency" v-model="s.emergency" maxlength="11" @input="clear('emergency')" @blur="check('emergency')"></tiny-input><div class="field-err" v-if="errs.emergency">{{ errs.emergency }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="办公室电话">
            <div class="ctl"><tiny-input class="office" v-model="s.office" placeholder="区号-号码" @input="clear('office')" @blur="check('office')"></tiny-input><div class="field-err" v-if="errs.office">{{ errs.office }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="电子邮箱" required>
            <div class="ctl"><tiny-input class="email" v-model="s.email" @input="clear('email')" @blur="check('email')"></tiny-input><div class="field-err" v-if="errs.email">{{ errs.email }}</div></div>
          </tiny-form-item>
          <tiny-form-item label="备注">
            <tiny-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" placeholder="选填；按管局要求填写的说明"></tiny-input>
          </tiny-form-item>
        </tiny-form>
      </div>
    </div>
    <div class="actions">
      <tiny-button @click="s.saveClicks++">保存草稿</tiny-button><tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout17-aliyun-subject-person-opentiny-anchor': AliyunSubjectPerson };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
