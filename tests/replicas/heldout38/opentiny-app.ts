/**
 * Gen-38 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout38-huawei-subject-unit-opentiny-collapse   Huawei Cloud 填写主体信息 (单位) as a COLLAPSE: a TinyCollapse of three
 *    panels, all open (主办单位信息 / 主体负责人信息 / 联系方式), label-left rows; a textarea, a whole-tree TinyCascader +
 *    street line, a TinyInput, a TinySelect, a TinyDatePicker + a 长期有效 TinyCheckbox hiding the end picker, blur checks,
 *    phones that must differ; 保存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCollapse from '@opentiny/vue-collapse';
import TinyCollapseItem from '@opentiny/vue-collapse-item';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinySelect from '@opentiny/vue-select';
import './regions';
import { build, EMAIL_RE, expose, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, snapshot, validId } from './common';

const COMPONENTS = { TinyButton, TinyCascader, TinyCheckbox, TinyCollapse, TinyCollapseItem, TinyDatePicker, TinyInput, TinyOption, TinySelect };
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

const HuaweiSubjectUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = reactive<Record<string, unknown>>({
      certAddress: '', mailCodes: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
      prMobile: '', prEmergency: '', prOffice: '', prEmail: '', saveClicks: 0, nextClicks: 0,
    });
    const ui = reactive({ msg: '', open: ['holder', 'principal', 'contact'] });
    const bump = expose('huawei', 'subject', '单位', () => {
      const { mailCodes, ...r } = snapshot(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
      const codes = Array.isArray(mailCodes) ? mailCodes.map(String) : [];
      return { ...r, mailRegion: pathOfCode(codes.at(-1) ?? '') };
    });
    watch(s, () => bump(), { deep: true, flush: 'sync' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: (v) => (validId(v) ? '' : '证件号码校验未通过'),
      prMobile: mobile,
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      prEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v ? rules[k]!(v) : ''; };
    const setLong = (on: unknown) => { s.prLongTerm = !!on; if (on) s.prValidTo = ''; };
    const save = () => { s.saveClicks = Number(s.saveClicks) + 1; ui.msg = '已保存草稿'; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.prName ? '' : '请填写主体负责人信息'; };
    return { s, ui, errs, check, setLong, save, next, certs: ICP_PERSON_CERTS, tree: regionOptions() };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span>填写订单 · 首次备案</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="hw-body">
    <div class="card-w help">基础信息校验 ✓ → <b>填写主体信息</b> → 填写互联网信息服务 → 上传资料及真实性核验</div>
    <div class="card-w">
      <tiny-collapse v-model="ui.open" class="subject-collapse">
        <tiny-collapse-item title="主办单位信息" name="holder" class="p-holder">
          <div class="ot-item"><label>主办单位名称</label><div class="ro" style="line-height:32px">杭州云栖示例科技有限公司（企业 · 营业执照 91330110MA2H3K7Q18）</div></div>
          <div class="ot-item"><label><i>*</i>主办单位证件住所</label><div><tiny-input class="cert-address" v-model="s.certAddress" type="textarea" :rows="2" placeholder="与营业执照上的住所一致" style="width:480px"></tiny-input></div></div>
          <div class="ot-item"><label><i>*</i>通信地址</label><div><tiny-cascader class="mail-region" v-model="s.mailCodes" :options="tree" popper-class="mail-region-pop" placeholder="省 / 市 / 区县" style="width:320px"></tiny-cascader></div></div>
          <div class="ot-item"><label><i>*</i>通信地址详细</label><div><tiny-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" style="width:480px" @input="errs.mailDetail=''" @blur="check('mailDetail')"></tiny-input><div class="field-err" v-if="errs.mailDetail">{{ errs.mailDetail }}</div></div></div>
          <div class="ot-item"><label><i>*</i>投资者或上级主管单位</label><div><tiny-input class="investor" v-model="s.investor" placeholder="企业填写单位全称" style="width:480px"></tiny-input></div></div>
        </tiny-collapse-item>
        <tiny-collapse-item title="主体负责人信息" name="principal" class="p-principal">
          <div class="ot-item"><label><i>*</i>主体负责人姓名</label><div><tiny-input class="pr-name" v-model="s.prName" style="width:300px"></tiny-input><div class="help">须为法定代表人</div></div></div>
          <div class="ot-item"><label><i>*</i>证件类型</label><div><tiny-select class="pr-cert-type" v-model="s.prCertType" popper-class="pr-cert-type-pop" placeholder="请选择" style="width:300px"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></div>
          <div class="ot-item"><label><i>*</i>证件号码</label><div><tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:300px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></tiny-input><div class="field-err" v-if="errs.prCertNumber">{{ errs.prCertNumber }}</div></div></div>
          <div class="ot-item"><label><i>*</i>证件有效期开始日期</label><div class="row-inline">
            <tiny-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="开始日期" style="width:200px"></tiny-date-picker>
            <tiny-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong">长期有效</tiny-checkbox>
          </div></div>
          <div class="ot-item" v-if="!s.prLongTerm"><label><i>*</i>证件有效期截止日期</label><div><tiny-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="截止日期" style="width:200px"></tiny-date-picker></div></div>
        </tiny-collapse-item>
        <tiny-collapse-item title="联系方式" name="contact" class="p-contact">
          <div class="ot-item"><label><i>*</i>手机号码</label><div><tiny-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:300px" @input="errs.prMobile=''" @blur="check('prMobile')"></tiny-input><div class="field-err" v-if="errs.prMobile">{{ errs.prMobile }}</div></div></div>
          <div class="ot-item"><label><i>*</i>应急联系电话</label><div><tiny-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:300px" @input="errs.prEmergency=''" @blur="check('prEmergency')"></tiny-input><div class="field-err" v-if="errs.prEmergency">{{ errs.prEmergency }}</div></div></div>
          <div class="ot-item"><label>办公室电话</label><div><tiny-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" style="width:300px" @input="errs.prOffice=''" @blur="check('prOffice')"></tiny-input><div class="field-err" v-if="errs.prOffice">{{ errs.prOffice }}</div></div></div>
          <div class="ot-item"><label><i>*</i>电子邮箱</label><div><tiny-input class="pr-email" v-model="s.prEmail" style="width:300px" @input="errs.prEmail=''" @blur="check('prEmail')"></tiny-input><div class="field-err" v-if="errs.prEmail">{{ errs.prEmail }}</div></div></div>
        </tiny-collapse-item>
      </tiny-collapse>
      <div class="actions"><tiny-button class="save" @click="save">保存</tiny-button><tiny-button class="next" type="primary" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout38-huawei-subject-unit-opentiny-collapse': HuaweiSubjectUnit };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
