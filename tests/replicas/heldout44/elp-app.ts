/**
 * Gen-44 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout44-aliyun-subject-unit-elp-splitter        Alibaba 填写主办者信息 (单位) as a SPLITTER: an el-splitter of two
 *    resizable panes (主办单位 | 主体负责人); a whole-tree el-cascader answered late + a street line, three el-selects each
 *    listed late + a street line, an el-switch, an el-select, an el-date-picker and 有效期类型 el-radios whose 有期限
 *    reveals the end picker, blur checks, phones that must differ; the 承诺 tick; 下一步
 *  - heldout44-huawei-basic-person-elp-descriptions    Huawei Cloud 基础信息校验 (个人) as DESCRIPTIONS: two bordered
 *    el-descriptions whose value cells hold the controls; a filterable whole-tree el-cascader answered late, an el-select,
 *    button radios listed late once the nature is chosen, an el-table with a radio per row answered late, two
 *    el-date-pickers, blur checks; 信息校验
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchCertsOf, fetchLevel, fetchPersonHwEcs, fetchRegionTree, ICP_PERSON_CERTS, MOBILE_RE, NATURES, pathOfCode, PHONE_RE, snapshot, validId,
  type HuaweiEcs, type RegionOption,
} from './common';
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
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/* ------------------------------------------------------------------ 主办者信息 (单位, 阿里云), splitter */

const AliyunSubjectUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'subject', '单位', {
      certCodes: [], certDetail: '', mailProv: '', mailCity: '', mailCounty: '', mailDetail: '', investor: '',
      prIsLegalRep: false, prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prTermKind: '', prValidTo: '', prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
      promise: false, nextClicks: 0,
    }, ({ certCodes, mailProv, mailCity, mailCounty, ...r }) => ({
      ...r, certRegion: pathOfCode(strs(certCodes).at(-1) ?? ''), mailRegion: pathOfCode(String(mailCounty || mailCity || mailProv || '')),
    }));
    const ui = reactive({ msg: '', tree: null as RegionOption[] | null, provs: [] as [string, string][], cities: [] as [string, string][], counties: [] as [string, string][], lv: [false, false, false] });
    onMounted(() => {
      void fetchRegionTree(550).then((t) => { ui.tree = t; });
      ui.lv[0] = true;
      void fetchLevel('', 350).then((l) => { ui.provs = l; ui.lv[0] = false; });
    });
    const level = (parent: string, i: 1 | 2) => {
      if (i === 1) { ui.cities = []; ui.counties = []; } else ui.counties = [];
      if (!parent) return;
      ui.lv[i] = true;
      void fetchLevel(parent, 350).then((l) => { if (i === 1 && s.mailProv === parent) ui.cities = l; if (i === 2 && s.mailCity === parent) ui.counties = l; ui.lv[i] = false; });
    };
    const pickProv = (v: string) => { Object.assign(s, { mailProv: v, mailCity: '', mailCounty: '' }); level(v, 1); };
    const pickCity = (v: string) => { Object.assign(s, { mailCity: v, mailCounty: '' }); level(v, 2); };
    const setTerm = (v: string) => { Object.assign(s, { prTermKind: v, prValidTo: v === '长期' ? '' : s.prValidTo }); };
    const { errs, check } = useChecks(s, {
      certDetail: (v) => (/\d+\s*号/.test(v) ? '' : '证件住所须详细到门牌号'), mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通讯地址须详细到门牌号；无门牌号请注明“此地址已是详细地址”'),
      prCertNumber: idRule, prMobile: mobile, prEmail: email, prOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.promise ? '' : '请先勾选承诺'; };
    return { s, ui, errs, check, pickProv, pickCity, setTerm, next, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 企业</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <div class="card-w help">填写基本信息 ✓ → <b>填写主办者信息</b> → 填写网站信息 → 上传资料</div>
    <div class="card-w">
      <div class="help" style="margin-bottom:8px">拖动中间分隔条可调整左右两栏宽度</div>
      <el-splitter class="split" style="min-height:620px">
        <el-splitter-panel size="52%" min="320">
          <div class="p-unit" style="padding-right:16px">
            <div class="sec-title">主办单位</div>
            <el-form label-width="150px">
              <el-form-item label="主办单位名称"><span class="ro">杭州云栖示例科技有限公司</span></el-form-item>
              <el-form-item label="主办单位性质"><span class="ro">企业</span></el-form-item>
              <el-form-item label="证件类型 / 号码"><span class="ro">营业执照（个人或企业） · 91330110MA2H3K7Q18</span></el-form-item>
              <el-form-item label="主办单位证件住所" required>
                <el-cascader class="cert-region" v-model="s.certCodes" :options="ui.tree || []" :disabled="!ui.tree" filterable popper-class="cert-region-pop" :placeholder="ui.tree ? '省 / 市 / 区县' : '地区加载中…'" style="width:100%" />
              </el-form-item>
              <el-form-item label="证件住所详细地址" required :error="errs.certDetail"><el-input class="cert-detail" v-model="s.certDetail" placeholder="与营业执照上的住所一致" @input="errs.certDetail=''" @blur="check('certDetail')" /></el-form-item>
              <el-form-item label="主办单位通讯地址" required>
                <div class="row-inline mail-levels">
                  <el-select class="mail-prov" :model-value="s.mailProv" @update:model-value="pickProv" :loading="ui.lv[0]" popper-class="mail-prov-pop" placeholder="省" style="width:120px"><el-option v-for="o in ui.provs" :key="o[0]" :value="o[0]" :label="o[1]" /></el-select>
                  <el-select class="mail-city" :model-value="s.mailCity" @update:model-value="pickCity" :disabled="!s.mailProv" :loading="ui.lv[1]" popper-class="mail-city-pop" placeholder="市" style="width:120px"><el-option v-for="o in ui.cities" :key="o[0]" :value="o[0]" :label="o[1]" /></el-select>
                  <el-select class="mail-county" v-model="s.mailCounty" :disabled="!s.mailCity" :loading="ui.lv[2]" popper-class="mail-county-pop" placeholder="区县" style="width:120px"><el-option v-for="o in ui.counties" :key="o[0]" :value="o[0]" :label="o[1]" /></el-select>
                </div>
              </el-form-item>
              <el-form-item label="通讯地址详细地址" required :error="errs.mailDetail"><el-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" @input="errs.mailDetail=''" @blur="check('mailDetail')" /></el-form-item>
              <el-form-item label="投资人或主管单位" required><el-input class="investor" v-model="s.investor" placeholder="企业填写单位全称" /></el-form-item>
            </el-form>
          </div>
        </el-splitter-panel>
        <el-splitter-panel min="320">
          <div class="p-principal" style="padding-left:16px">
            <div class="sec-title">主体负责人</div>
            <el-form label-width="200px">
              <el-form-item label="主体负责人是否为法定代表人"><el-switch class="pr-is-legal-rep" v-model="s.prIsLegalRep" active-text="是" inactive-text="否" /></el-form-item>
              <el-form-item label="主体负责人姓名" required><el-input class="pr-name" v-model="s.prName" /></el-form-item>
              <el-form-item label="负责人证件类型" required>
                <el-select class="pr-cert-type" v-model="s.prCertType" popper-class="pr-cert-type-pop" placeholder="请选择"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
              </el-form-item>
              <el-form-item label="负责人证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="errs.prCertNumber=''" @blur="check('prCertNumber')" /></el-form-item>
              <el-form-item label="证件有效期开始" required><el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
              <el-form-item label="有效期类型" required>
                <el-radio-group class="pr-term-kind" :model-value="s.prTermKind" @update:model-value="setTerm"><el-radio value="长期">长期</el-radio><el-radio value="有期限">有期限</el-radio></el-radio-group>
              </el-form-item>
              <el-form-item v-if="s.prTermKind === '有期限'" label="证件有效期截止" required><el-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" placeholder="截止日期" /></el-form-item>
              <el-form-item label="手机号码" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" @input="errs.prMobile=''" @blur="check('prMobile')" /></el-form-item>
              <el-form-item label="应急联系电话" required :error="errs.prEmergency"><el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" @input="errs.prEmergency=''" @blur="check('prEmergency')" /></el-form-item>
              <el-form-item label="办公室电话" :error="errs.prOffice"><el-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" @input="errs.prOffice=''" @blur="check('prOffice')" /></el-form-item>
              <el-form-item label="电子邮箱" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" @input="errs.prEmail=''" @blur="check('prEmail')" /></el-form-item>
            </el-form>
          </div>
        </el-splitter-panel>
      </el-splitter>
      <div class="actions">
        <el-checkbox class="promise" v-model="s.promise">本单位承诺所填信息真实、准确、有效</el-checkbox>
        <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 基础信息校验 (个人, 华为云), descriptions */

const HuaweiBasicPerson = defineComponent({
  setup() {
    const s = useReplica('huawei', 'basic', '个人', {
      regionCodes: [], nature: '', name: '', certType: '', certNumber: '', domain: '', ecs: '', authCode: '',
      prName: '', prValidFrom: '', prValidTo: '', prMobile: '', prEmergency: '', prEmail: '', verifyClicks: 0,
    }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(strs(regionCodes).at(-1) ?? '') }));
    const ui = reactive({ msg: '', tree: null as RegionOption[] | null, certs: [] as string[], certsLoading: false, ecs: null as HuaweiEcs[] | null });
    onMounted(() => {
      void fetchRegionTree(500).then((t) => { ui.tree = t; });
      void fetchPersonHwEcs(650).then((l) => { ui.ecs = l; });
    });
    watch(() => s.nature, (n) => {
      s.certType = ''; ui.certs = []; if (!n) return;
      ui.certsLoading = true;
      void fetchCertsOf(String(n), 450).then((l) => { if (s.nature === n) { ui.certs = l; ui.certsLoading = false; } });
    });
    const { errs, check } = useChecks(s, {
      certNumber: idRule, prMobile: mobile, prEmail: email, domain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名'),
      authCode: (v) => (/^[A-Za-z0-9]{6,32}$/.test(v) ? '' : '备案授权码格式不正确'), prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const verify = () => { s.verifyClicks = Number(s.verifyClicks) + 1; ui.msg = s.certNumber ? '校验中…' : '请先填写证件号码'; };
    return { s, ui, errs, check, verify, natures: NATURES.slice(0, 9) };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span>填写订单 · 首次备案</span><span class="who">张伟</span></div>
  <div class="hw-body">
    <div class="card-w help"><b>基础信息校验</b> → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验</div>
    <div class="card-w">
      <el-descriptions class="desc-holder" title="主办者" :column="2" border label-width="150px">
        <el-descriptions-item label="地域" :span="2">
          <el-cascader class="region" v-model="s.regionCodes" :options="ui.tree || []" :disabled="!ui.tree" filterable popper-class="region-pop" :placeholder="ui.tree ? '省 / 市 / 区县，可搜索' : '地区加载中…'" style="width:360px" />
        </el-descriptions-item>
        <el-descriptions-item label="主办单位性质">
          <el-select class="nature" v-model="s.nature" popper-class="nature-pop" placeholder="请选择" style="width:220px"><el-option v-for="n in natures" :key="n" :value="n" :label="n" /></el-select>
        </el-descriptions-item>
        <el-descriptions-item label="主办者名称"><el-input class="holder-name" v-model="s.name" placeholder="个人填写身份证上的姓名" style="width:260px" /></el-descriptions-item>
        <el-descriptions-item label="证件类型" :span="2">
          <span v-if="!s.nature" class="help">请先选择主办单位性质</span>
          <span v-else-if="ui.certsLoading" class="help">证件类型加载中…</span>
          <el-radio-group v-else class="cert-type" v-model="s.certType"><el-radio-button v-for="c in ui.certs" :key="c" :value="c">{{ c }}</el-radio-button></el-radio-group>
        </el-descriptions-item>
        <el-descriptions-item label="证件号码" :span="2">
          <el-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:300px" @input="errs.certNumber=''" @blur="check('certNumber')" />
          <div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div>
        </el-descriptions-item>
      </el-descriptions>
      <el-descriptions class="desc-resource" title="资源与主体负责人" :column="2" border label-width="150px" style="margin-top:20px">
        <el-descriptions-item label="网站域名" :span="2">
          <el-input class="domain" v-model="s.domain" placeholder="如 example.cn" style="width:300px" @input="errs.domain=''" @blur="check('domain')" />
          <div class="field-err" v-if="errs.domain">{{ errs.domain }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="云服务器" :span="2">
          <el-table class="ecs-table" :data="ui.ecs || []" v-loading="!ui.ecs" size="small" border empty-text="暂无云服务器" style="width:100%">
            <el-table-column label="选择" width="70"><template #default="{ row }"><el-radio class="ecs-radio" v-model="s.ecs" :value="row.id">&nbsp;</el-radio></template></el-table-column>
            <el-table-column prop="name" label="实例名称" />
            <el-table-column prop="id" label="实例ID" />
            <el-table-column prop="ip" label="弹性公网IP" />
            <el-table-column prop="region" label="区域" />
          </el-table>
        </el-descriptions-item>
        <el-descriptions-item label="备案授权码" :span="2">
          <el-input class="auth-code" v-model="s.authCode" placeholder="无华为云资源时填写" style="width:300px" @input="errs.authCode=''" @blur="check('authCode')" />
          <div class="field-err" v-if="errs.authCode">{{ errs.authCode }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="主体负责人姓名"><el-input class="pr-name" v-model="s.prName" style="width:220px" /></el-descriptions-item>
        <el-descriptions-item label="电子邮箱">
          <el-input class="pr-email" v-model="s.prEmail" style="width:240px" @input="errs.prEmail=''" @blur="check('prEmail')" />
          <div class="field-err" v-if="errs.prEmail">{{ errs.prEmail }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="证件有效期起"><el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-descriptions-item>
        <el-descriptions-item label="证件有效期止"><el-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" placeholder="截止日期" /></el-descriptions-item>
        <el-descriptions-item label="手机号码">
          <el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:220px" @input="errs.prMobile=''" @blur="check('prMobile')" />
          <div class="field-err" v-if="errs.prMobile">{{ errs.prMobile }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="应急联系电话">
          <el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" placeholder="不能与手机号码相同" style="width:220px" @input="errs.prEmergency=''" @blur="check('prEmergency')" />
          <div class="field-err" v-if="errs.prEmergency">{{ errs.prEmergency }}</div>
        </el-descriptions-item>
      </el-descriptions>
      <div class="actions"><el-button type="primary" class="verify" @click="verify">信息校验</el-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout44-aliyun-subject-unit-elp-splitter': AliyunSubjectUnit,
  'heldout44-huawei-basic-person-elp-descriptions': HuaweiBasicPerson,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
