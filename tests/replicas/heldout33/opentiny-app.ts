/**
 * Gen-33 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout33-aliyun-subject-unit-opentiny-ruleaside   Alibaba 填写主办者信息 (单位) as a RULE ASIDE: the form in a TinyRow /
 *    TinyCol two-column grid with captions on top (plain divs, no form items), a right-hand aside listing the 管局 rules of
 *    FORMS §1.8; 通信地址 THREE TinySelects (省 / 市 / 区县) loaded level by level, a textarea, a TinySelect of documents,
 *    a TinyDatePicker + 长期 TinyCheckbox hiding the end date, blur checks, phones that must differ; a 承诺 tick; 上一步 /
 *    下一步
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCol from '@opentiny/vue-col';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRow from '@opentiny/vue-row';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import { build, EMAIL_RE, expose, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, PHONE_RE, snapshot, validId, type Area } from './common';

const COMPONENTS = { TinyButton, TinyCheckbox, TinyCol, TinyDatePicker, TinyInput, TinyOption, TinyRow, TinySelect, TinySteps };

const AliyunSubjectUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = reactive<Record<string, unknown>>({
      unitName: '', investor: '', certAddress: '', mailProv: '', mailCity: '', mailDist: '', mailDetail: '',
      prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
      promise: false, prevClicks: 0, nextClicks: 0,
    });
    const ui = reactive({ msg: '', provs: [] as Area[], cities: [] as Area[], dists: [] as Area[] });
    const nameOf = (l: Area[], c: unknown) => l.find((a) => a.code === c)?.name ?? '';
    const bump = expose('aliyun', 'subject', '单位', () => {
      const { mailProv, mailCity, mailDist, ...r } = snapshot(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
      const mailRegion = [nameOf(ui.provs, mailProv), nameOf(ui.cities, mailCity), nameOf(ui.dists, mailDist)].filter(Boolean);
      return { ...r, mailRegion };
    });
    watch(s, () => bump(), { deep: true, flush: 'sync' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号，无门牌号请在备注说明'),
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      prMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      prEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.prMobile ? '应急电话号码不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) ? '' : '办公室电话格式如 0571-88886666'),
      prEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v ? rules[k]!(v) : ''; };
    onMounted(() => { void fetchAreas('').then((l) => { ui.provs = l; }); });
    const setProv = (v: string) => { s.mailProv = v; s.mailCity = ''; s.mailDist = ''; ui.cities = []; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.cities = l; }); };
    const setCity = (v: string) => { s.mailCity = v; s.mailDist = ''; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.dists = l; }); };
    const setLong = (v: boolean) => { s.prLongTerm = v; if (v) s.prValidTo = ''; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.promise ? '请完善带 * 的信息' : '请先勾选承诺'; };
    const steps = [{ name: '填写基本信息', status: 'done' }, { name: '填写主办者信息', status: 'doing' }, { name: '填写网站信息' }, { name: '上传资料' }];
    return { s, ui, errs, check, setProv, setCity, setLong, next, steps, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <div class="card-w"><tiny-steps :data="steps" :active="1"></tiny-steps></div>
    <div class="aside-layout">
      <div class="card-w subject-form">
        <div class="help" style="margin-bottom:10px">主办单位性质：企业　·　证件类型：营业执照（个人或企业）　·　证件号码：91330110MA2H3K7Q18（来自填写基本信息，不可修改）</div>
        <div class="sec-title">主办单位信息</div>
        <tiny-row :gutter="20">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>主办单位名称</div><tiny-input class="unit-name" v-model="s.unitName" maxlength="128" placeholder="与营业执照上的名称一致"></tiny-input></div></tiny-col>
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>投资人或主管单位</div><tiny-input class="investor" v-model="s.investor" maxlength="128" placeholder="企业填写单位全称"></tiny-input></div></tiny-col>
        </tiny-row>
        <tiny-row :gutter="20">
          <tiny-col :span="12"><div class="col-cell"><div class="top-label"><i>*</i>主办单位证件住所</div><tiny-input class="cert-address" type="textarea" :rows="2" v-model="s.certAddress" placeholder="与营业执照上的住所完全一致"></tiny-input></div></tiny-col>
        </tiny-row>
        <div class="col-cell"><div class="top-label"><i>*</i>通信地址</div>
          <div class="row-inline">
            <tiny-select class="mail-prov" :model-value="s.mailProv" @update:model-value="setProv" placeholder="省份" style="width:160px"><tiny-option v-for="a in ui.provs" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
            <tiny-select class="mail-city" :model-value="s.mailCity" @update:model-value="setCity" placeholder="城市" style="width:160px"><tiny-option v-for="a in ui.cities" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
            <tiny-select class="mail-dist" v-model="s.mailDist" placeholder="区县" style="width:160px"><tiny-option v-for="a in ui.dists" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
          </div>
        </div>
        <div class="col-cell"><div class="top-label"><i>*</i>详细地址</div><tiny-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" @input="errs.mailDetail=''" @blur="check('mailDetail')"></tiny-input><div class="field-err" v-if="errs.mailDetail">{{ errs.mailDetail }}</div></div>
        <div class="sec-title">主体负责人</div>
        <tiny-row :gutter="20">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>负责人姓名</div><tiny-input class="pr-name" v-model="s.prName" maxlength="30"></tiny-input></div></tiny-col>
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>负责人证件类型</div>
            <tiny-select class="pr-cert-type" v-model="s.prCertType" placeholder="请选择" style="width:100%"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option></tiny-select></div></tiny-col>
        </tiny-row>
        <tiny-row :gutter="20">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>负责人证件号码</div><tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></tiny-input><div class="field-err" v-if="errs.prCertNumber">{{ errs.prCertNumber }}</div></div></tiny-col>
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>证件有效期开始</div>
            <div class="row-inline">
              <tiny-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="开始日期" style="width:170px"></tiny-date-picker>
              <tiny-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong">长期</tiny-checkbox>
            </div></div></tiny-col>
        </tiny-row>
        <tiny-row :gutter="20" v-if="!s.prLongTerm">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>证件有效期截止</div><tiny-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="截止日期" style="width:170px"></tiny-date-picker></div></tiny-col>
        </tiny-row>
        <tiny-row :gutter="20">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>手机号码</div><tiny-input class="pr-mobile" v-model="s.prMobile" maxlength="11" @input="errs.prMobile=''" @blur="check('prMobile')"></tiny-input><div class="field-err" v-if="errs.prMobile">{{ errs.prMobile }}</div></div></tiny-col>
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>应急电话号码</div><tiny-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" @input="errs.prEmergency=''" @blur="check('prEmergency')"></tiny-input><div class="field-err" v-if="errs.prEmergency">{{ errs.prEmergency }}</div></div></tiny-col>
        </tiny-row>
        <tiny-row :gutter="20">
          <tiny-col :span="6"><div class="col-cell"><div class="top-label">办公室电话</div><tiny-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" @input="errs.prOffice=''" @blur="check('prOffice')"></tiny-input><div class="field-err" v-if="errs.prOffice">{{ errs.prOffice }}</div></div></tiny-col>
          <tiny-col :span="6"><div class="col-cell"><div class="top-label"><i>*</i>电子邮箱</div><tiny-input class="pr-email" v-model="s.prEmail" @input="errs.prEmail=''" @blur="check('prEmail')"></tiny-input><div class="field-err" v-if="errs.prEmail">{{ errs.prEmail }}</div></div></tiny-col>
        </tiny-row>
        <tiny-checkbox class="promise" v-model="s.promise">本单位承诺所填信息真实有效</tiny-checkbox>
        <div class="actions">
          <tiny-button @click="s.prevClicks = Number(s.prevClicks) + 1">上一步</tiny-button>
          <tiny-button class="next" type="primary" @click="next">下一步</tiny-button>
          <span class="msg">{{ ui.msg }}</span>
        </div>
      </div>
      <aside class="aside">
        <b>管局审核提示</b>
        <ul>
          <li>主体负责人须为法定代表人（浙江、上海、广东等省份）。</li>
          <li>通信地址须详细到门牌号；河北、河南、贵州要求通信地址与证件住所在同一城市。</li>
          <li>应急电话号码不能与手机号码相同。</li>
          <li>福建：投资人或主管单位须填写单位全称。</li>
          <li>上海：证件有效期须大于 3 个月。</li>
        </ul>
      </aside>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout33-aliyun-subject-unit-opentiny-ruleaside': AliyunSubjectUnit };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
