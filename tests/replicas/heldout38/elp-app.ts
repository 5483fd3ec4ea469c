/**
 * Gen-38 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout38-aliyun-subject-unit-elp-segmented   Alibaba 填写主办者信息 (单位) as a SEGMENTED switcher: an el-segmented
 *    control showing one of three panes (主办单位 / 主体负责人 / 联系方式, the others hidden with v-show); THREE el-selects of
 *    the mailing region listed level by level late, a filterable el-select allowing a new entry, el-radio-buttons, an
 *    el-date-picker + an el-select of ID terms with the end shown derived, blur checks; the 承诺 tick; 下一步
 *  - heldout38-mps-principal-unit-elp-steprail     公安 网站负责人 (单位) as a STEP RAIL: a vertical clickable el-steps at
 *    the left (scrolls to the section), the role sections at the right; a 同主体负责人信息 el-switch copying and locking
 *    the held principal, an el-select, two el-date-pickers + a 长期 el-checkbox disabling the end, an el-upload, blur
 *    checks; the emergency contact's 同主体负责人信息 el-checkbox (ticked hides its fields); the notice tick; 提交
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import { build, EMAIL_RE, endOfTerm, expose, fetchAreas, HELD_PRINCIPAL, ICP_PERSON_CERTS, ID_TERMS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, snapshot, validId, type Area } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
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
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const UNIT = '杭州云栖示例科技有限公司';

/* ------------------------------------------------------------------ 主办者信息 (单位, 阿里云), segmented */

const AliyunSubjectUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'subject', '单位', {
      certAddress: '', mailProv: '', mailCity: '', mailDist: '', mailDetail: '', investor: '',
      prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prTerm: '', prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
    }, ({ mailProv, mailCity, mailDist, ...r }) => ({ ...r, mailRegion: [mailProv, mailCity, mailDist].filter(Boolean) }));
    const ui = reactive({ pane: '主办单位', msg: '', provs: [] as Area[], cities: [] as Area[], dists: [] as Area[], loading: '' });
    const { errs, check } = useChecks(s, {
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: idRule, prMobile: mobile, prEmail: email, prOffice: phone,
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急电话号码不能与移动电话相同' : ''),
    });
    const load = (code: string, into: 'provs' | 'cities' | 'dists') => { ui.loading = into; void fetchAreas(code, 350).then((l) => { ui[into] = l; ui.loading = ''; }); };
    onMounted(() => load('', 'provs'));
    const setProv = (v: string) => { Object.assign(s, { mailProv: v, mailCity: '', mailDist: '' }); ui.cities = []; ui.dists = []; const a = ui.provs.find((x) => x.name === v); if (a) load(a.code, 'cities'); };
    const setCity = (v: string) => { Object.assign(s, { mailCity: v, mailDist: '' }); ui.dists = []; const a = ui.cities.find((x) => x.name === v); if (a) load(a.code, 'dists'); };
    const validTo = () => (s.prTerm === '长期' ? '长期有效' : endOfTerm(String(s.prValidFrom), String(s.prTerm)) || '—');
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.promise ? '' : '请勾选承诺'; };
    return { s, ui, errs, check, setProv, setCity, validTo, next, certs: ICP_PERSON_CERTS.slice(0, 4), terms: ID_TERMS, unit: UNIT };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 企业</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <el-steps :active="1" finish-status="success" style="margin-bottom:16px"><el-step title="填写基本信息" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /></el-steps>
    <div class="card-w">
      <el-segmented class="panes" v-model="ui.pane" :options="['主办单位', '主体负责人', '联系方式']" size="large" style="margin-bottom:16px" />
      <el-form label-width="160px" class="subject-form">
        <div class="p-holder" v-show="ui.pane==='主办单位'">
          <el-form-item label="主办单位名称"><span class="ro">{{ unit }}（来自填写基本信息）</span></el-form-item>
          <el-form-item label="主办单位证件住所" required><el-input class="cert-address" v-model="s.certAddress" type="textarea" :rows="2" style="width:480px" placeholder="与营业执照上的住所一致" /></el-form-item>
          <el-form-item label="通信地址所在省市区" required>
            <div class="row-inline">
              <el-select class="mail-prov" :model-value="s.mailProv" @update:model-value="setProv" popper-class="mail-prov-pop" :placeholder="ui.provs.length ? '省' : '加载中…'" style="width:150px"><el-option v-for="a in ui.provs" :key="a.code" :value="a.name" :label="a.name" /></el-select>
              <el-select class="mail-city" :model-value="s.mailCity" @update:model-value="setCity" popper-class="mail-city-pop" :placeholder="ui.loading==='cities' ? '加载中…' : '市'" style="width:150px"><el-option v-for="a in ui.cities" :key="a.code" :value="a.name" :label="a.name" /></el-select>
              <el-select class="mail-dist" v-model="s.mailDist" popper-class="mail-dist-pop" :placeholder="ui.loading==='dists' ? '加载中…' : '区县'" style="width:150px"><el-option v-for="a in ui.dists" :key="a.code" :value="a.name" :label="a.name" /></el-select>
            </div>
          </el-form-item>
          <el-form-item label="通信地址街道门牌" required :error="errs.mailDetail"><el-input class="mail-detail" v-model="s.mailDetail" style="width:480px" placeholder="街道、门牌号" @input="errs.mailDetail=''" @blur="check('mailDetail')" /></el-form-item>
          <el-form-item label="投资者或上级主管单位" required>
            <el-select class="investor" v-model="s.investor" filterable allow-create default-first-option popper-class="investor-pop" placeholder="选择或输入" style="width:480px"><el-option :value="unit" :label="unit" /></el-select>
          </el-form-item>
        </div>
        <div class="p-principal" v-show="ui.pane==='主体负责人'">
          <el-form-item label="主体负责人姓名" required><el-input class="pr-name" v-model="s.prName" style="width:300px" /></el-form-item>
          <el-form-item label="证件类型" required>
            <el-radio-group class="pr-cert-type" v-model="s.prCertType"><el-radio-button v-for="c in certs" :key="c" :value="c">{{ c }}</el-radio-button></el-radio-group>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:300px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')" /></el-form-item>
          <el-form-item label="证件有效期起始日" required><el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" popper-class="pr-valid-from-pop" placeholder="起始日期" /></el-form-item>
          <el-form-item label="有效期限" required>
            <el-select class="pr-term" v-model="s.prTerm" popper-class="pr-term-pop" placeholder="请选择" style="width:140px"><el-option v-for="t in terms" :key="t" :value="t" :label="t" /></el-select>
            <span class="help" style="margin-left:12px">截止日：<span class="pr-valid-to">{{ validTo() }}</span></span>
          </el-form-item>
        </div>
        <div class="p-contact" v-show="ui.pane==='联系方式'">
          <el-form-item label="移动电话" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:300px" @input="errs.prMobile=''" @blur="check('prMobile')" /></el-form-item>
          <el-form-item label="应急电话号码" required :error="errs.prEmergency"><el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" style="width:300px" placeholder="不能与移动电话相同" @input="errs.prEmergency=''" @blur="check('prEmergency')" /></el-form-item>
          <el-form-item label="办公室电话" :error="errs.prOffice"><el-input class="pr-office" v-model="s.prOffice" style="width:300px" placeholder="区号-号码" @input="errs.prOffice=''" @blur="check('prOffice')" /></el-form-item>
          <el-form-item label="电子邮件" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" style="width:300px" @input="errs.prEmail=''" @blur="check('prEmail')" /></el-form-item>
        </div>
      </el-form>
      <div class="actions">
        <el-checkbox class="promise" v-model="s.promise">本单位承诺所填主办者信息真实有效</el-checkbox>
        <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), step rail */

const MpsPrincipalUnit = defineComponent({
  setup() {
    const s = useReplica('mps', 'principal', '单位', {
      aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: false, aqMobile: '', aqEmail: '', aqFront: [],
      yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, submitClicks: 0,
    });
    const ui = reactive({ msg: '', active: 0 });
    const { errs, check } = useChecks(s, { aqCertNumber: idRule, aqMobile: mobile, aqEmail: email, yjCertNumber: idRule, yjMobile: mobile });
    const copy = (on: unknown) => {
      const h = HELD_PRINCIPAL.单位;
      Object.assign(s, on
        ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidFrom: h.validFrom, aqValidTo: h.validTo, aqLongTerm: h.longTerm, aqMobile: h.mobile, aqEmail: h.email }
        : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: false, aqMobile: '', aqEmail: '' });
    };
    const setLong = (on: unknown) => { s.aqLongTerm = !!on; if (on) s.aqValidTo = ''; };
    const go = (i: number, id: string) => { ui.active = i; document.getElementById(id)?.scrollIntoView({ block: 'start' }); };
    const files = (k: string) => strs(s[k]).map((name) => ({ name }));
    const onFiles = (k: string) => (_f: unknown, l: { name: string }[]) => { s[k] = l.map((f) => f.name); };
    const submit = () => { s.submitClicks = Number(s.submitClicks) + 1; ui.msg = s.notice ? '已提交' : '请先阅读并勾选责任告知书'; };
    return { s, ui, errs, check, copy, setLong, go, files, onFiles, submit, certs: MPS_PERSON_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站负责人</span><span class="who">杭州云栖示例科技有限公司（法人用户）</span></div>
  <div class="mps-body">
    <div class="rail-layout">
      <div class="rail">
        <el-steps class="role-steps" direction="vertical" :active="ui.active">
          <el-step title="网站安全负责人" @click="go(0, 'sec-aq')" style="cursor:pointer" />
          <el-step title="网站应急联络人" @click="go(1, 'sec-yj')" style="cursor:pointer" />
          <el-step title="提示说明" @click="go(2, 'sec-notice')" style="cursor:pointer" />
        </el-steps>
      </div>
      <el-form label-width="150px" class="principal-form">
        <div id="sec-aq" class="card-w sec-aq">
          <div class="sec-title">网站安全负责人</div>
          <el-form-item label="同主体负责人信息"><el-switch class="aq-same" :model-value="s.aqSame" @update:model-value="copy" /><span class="help" style="margin-left:8px">开启后带入开办主体负责人信息</span></el-form-item>
          <el-form-item label="安全负责人姓名" required><el-input class="aq-name" v-model="s.aqName" :disabled="s.aqSame" style="width:300px" /></el-form-item>
          <el-form-item label="证件类型" required>
            <el-select class="aq-cert-type" v-model="s.aqCertType" :disabled="s.aqSame" popper-class="aq-cert-type-pop" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.aqCertNumber"><el-input class="aq-cert-number" v-model="s.aqCertNumber" :disabled="s.aqSame" maxlength="18" style="width:300px" @input="errs.aqCertNumber=''" @blur="check('aqCertNumber')" /></el-form-item>
          <el-form-item label="证件有效期起" required><el-date-picker class="aq-valid-from" v-model="s.aqValidFrom" :disabled="s.aqSame" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
          <el-form-item label="证件有效期止" required>
            <div class="row-inline">
              <el-date-picker class="aq-valid-to" v-model="s.aqValidTo" :disabled="s.aqSame || s.aqLongTerm" type="date" value-format="YYYY-MM-DD" :placeholder="s.aqLongTerm ? '长期' : '截止日期'" />
              <el-checkbox class="aq-long-term" :model-value="s.aqLongTerm" :disabled="s.aqSame" @update:model-value="setLong">长期</el-checkbox>
            </div>
          </el-form-item>
          <el-form-item label="手机号码" required :error="errs.aqMobile"><el-input class="aq-mobile" v-model="s.aqMobile" :disabled="s.aqSame" maxlength="11" style="width:300px" @input="errs.aqMobile=''" @blur="check('aqMobile')" /></el-form-item>
          <el-form-item label="电子邮件地址" required :error="errs.aqEmail"><el-input class="aq-email" v-model="s.aqEmail" :disabled="s.aqSame" style="width:300px" @input="errs.aqEmail=''" @blur="check('aqEmail')" /></el-form-item>
          <el-form-item label="证件正面" required>
            <el-upload class="aq-front" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" :file-list="files('aqFront')" :on-change="onFiles('aqFront')" :on-remove="onFiles('aqFront')"><el-button>上传证件正面</el-button></el-upload>
          </el-form-item>
        </div>
        <div id="sec-yj" class="card-w sec-yj">
          <div class="sec-title">网站应急联络人</div>
          <el-form-item label=" "><el-checkbox class="yj-same" v-model="s.yjSame">同主体负责人信息</el-checkbox></el-form-item>
          <template v-if="!s.yjSame">
            <el-form-item label="联络人姓名" required><el-input class="yj-name" v-model="s.yjName" style="width:300px" /></el-form-item>
            <el-form-item label="联络人证件类型" required>
              <el-select class="yj-cert-type" v-model="s.yjCertType" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
            </el-form-item>
            <el-form-item label="联络人证件号码" required :error="errs.yjCertNumber"><el-input class="yj-cert-number" v-model="s.yjCertNumber" maxlength="18" style="width:300px" @input="errs.yjCertNumber=''" @blur="check('yjCertNumber')" /></el-form-item>
            <el-form-item label="联络人手机号码" required :error="errs.yjMobile"><el-input class="yj-mobile" v-model="s.yjMobile" maxlength="11" style="width:300px" @input="errs.yjMobile=''" @blur="check('yjMobile')" /></el-form-item>
          </template>
        </div>
        <div id="sec-notice" class="card-w sec-notice">
          <div class="sec-title">提示说明</div>
          <el-checkbox class="notice" v-model="s.notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</el-checkbox>
          <div class="actions"><el-button type="primary" class="submit" @click="submit">提交</el-button><span class="msg">{{ ui.msg }}</span></div>
        </div>
      </el-form>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout38-aliyun-subject-unit-elp-segmented': AliyunSubjectUnit,
  'heldout38-mps-principal-unit-elp-steprail': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
