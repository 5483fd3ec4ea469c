/**
 * Gen-15 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout15-aliyun-upload-unit-opentiny-cardgrid 上传资料 (单位): the materials as a THREE-COLUMN GRID OF CARDS grouped by
 *    whose they are, each card a title (red star when required), a note, a dashed sample area and a FILE UPLOAD (no auto
 *    upload, one file); a 网站负责人是否为法定代表人 radio (否 adds a 授权书 card), a 人脸核验 panel with a 发送核验短信
 *    button, a 确认 tick, 上一步 / 提交初审
 *  - heldout15-mps-subject-unit-opentiny-isrep     开办主体 (单位, 公安): a right-hand ANCHOR rail beside stacked sections,
 *    labels on top in a THREE-COLUMN grid; 开办主体性质 radios, a coded 单位证件类型 select, blur checks, a file upload, LAZY
 *    cascaders for the addresses, 负责人是否为法人代表人 radios (是 derives the name read-only), the validity as a start date
 *    + 截止 radios 长期 / 指定日期 (指定日期 reveals a second date), picture-card uploads, 是否利用生成式人工智能 radios
 */
import { createApp, defineComponent, reactive, watch, type Component, type PropType } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyAnchor from '@opentiny/vue-anchor';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCol from '@opentiny/vue-col';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinyRow from '@opentiny/vue-row';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import { build, EMAIL_RE, expose, fetchAreas, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, pathOfCode, PHONE_RE, snapshot, validId, validUscc } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#eef3fe"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#2468f2">已上传</text></svg>')}`;
const names = (l: unknown) => (Array.isArray(l) ? l.map((f) => String((f as { name?: unknown }).name ?? '')).filter(Boolean) : []);

/** One upload bound to a state key holding file names (no auto upload: the console sends them on 提交). */
const Upload = defineComponent({
  props: { s: { type: Object as PropType<S>, required: true }, k: { type: String, required: true }, listType: { type: String, default: 'text' }, accept: { type: String, default: 'image/png,image/jpeg' } },
  setup(p) {
    const files = () => (p.s[p.k] as string[]).map((name, i) => ({ name, uid: `${p.k}-${i}-${name}`, status: 'success', url: THUMB }));
    const onChange = (_f: unknown, list: unknown) => { p.s[p.k] = names(list); };
    const onRemove = (_f: unknown, list: unknown) => { p.s[p.k] = names(list); };
    return { files, onChange, onRemove };
  },
  template: `
    <tiny-file-upload :class="['up', 'up-' + k, { full: s[k].length }]" action="#" :auto-upload="false" :limit="1" :accept="accept" :list-type="listType" :file-list="files()"
      @change="onChange" @remove="onRemove">
      <tiny-button v-if="listType === 'text'" size="small">选择文件</tiny-button>
    </tiny-file-upload>`,
});

const COMPONENTS: Record<string, Component> = {
  TinyAlert, TinyAnchor, TinyButton, TinyCascader, TinyCheckbox, TinyCol, TinyDatePicker, TinyFileUpload, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup,
  TinyRow, TinySelect, TinySteps, Upload,
};

/* ------------------------------------------------------------------ Alibaba 上传资料 (单位) */

interface Mat { k: string; title: string; note: string; optional?: boolean; accept?: string }

const AliyunUploadUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'upload', '单位', {
      licence: [], prIdFront: [], prIdBack: [], wpIsLegalRep: '', wpIdFront: [], wpIdBack: [], authLetter: [], promiseLetter: [], domainCert: [], other: [],
      confirmed: false, smsClicks: 0, prevClicks: 0, submitClicks: 0,
    });
    const state = reactive({ msg: '', sent: 0 });
    const groups = (): { title: string; mats: Mat[] }[] => [
      { title: '主办单位', mats: [{ k: 'licence', title: '营业执照', note: '彩色原件扫描件或照片，四角完整、印章清晰' }] },
      { title: '主体负责人（李娜）', mats: [
        { k: 'prIdFront', title: '主体负责人身份证人像面', note: '须与填写的证件号码一致' },
        { k: 'prIdBack', title: '主体负责人身份证国徽面', note: '须能看清有效期限' },
      ] },
      { title: '网站负责人（王强）', mats: [
        { k: 'wpIdFront', title: '网站负责人身份证人像面', note: '彩色原件扫描件或照片' },
        { k: 'wpIdBack', title: '网站负责人身份证国徽面', note: '须能看清有效期限' },
        ...(s.wpIsLegalRep === '否' ? [{ k: 'authLetter', title: '网站负责人授权书', note: '法定代表人签字并加盖公章，授权网站负责人办理备案', accept: 'image/png,image/jpeg,.pdf' }] : []),
      ] },
      { title: '其他', mats: [
        { k: 'promiseLetter', title: '备案承诺书', note: '下载模板，法定代表人签字并加盖公章后上传', accept: 'image/png,image/jpeg,.pdf' },
        { k: 'domainCert', title: '域名证书（选填）', note: '域名持有者须为主办单位', optional: true },
        { k: 'other', title: '其他补充材料（选填）', note: '管局要求的其他材料', optional: true, accept: 'image/png,image/jpeg,.pdf' },
      ] },
    ];
    const setLegalRep = (v: string) => { s.wpIsLegalRep = v; if (v !== '否') s.authLetter = []; };
    const sendSms = () => { (s.smsClicks as number)++; state.sent = 60; const t = setInterval(() => { state.sent--; if (state.sent <= 0) clearInterval(t); }, 1000); };
    const submit = () => { (s.submitClicks as number)++; state.msg = s.confirmed ? '请先完成人脸核验' : '请先勾选承诺'; };
    return { s, state, groups, setLegalRep, sendSms, submit, steps: ['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((name) => ({ name })) };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body" style="max-width:1080px">
    <h2 class="page-title">首次备案 · 上传资料</h2>
    <div class="panel-w" style="padding-bottom:16px"><tiny-steps :data="steps" :active="3"></tiny-steps></div>
    <tiny-alert type="warning" :closable="false" description="请上传原件的彩色扫描件或照片，不接受复印件、屏幕翻拍；支持 jpg、png，单个文件不超过 4 MB；水印不得遮挡证件信息。"></tiny-alert>
    <div class="panel-w" style="margin-top:16px">
      <tiny-form label-position="left" label-width="220px">
        <tiny-form-item label="网站负责人是否为法定代表人" required>
          <tiny-radio-group class="wp-is-legal-rep" :model-value="s.wpIsLegalRep" @update:model-value="setLegalRep">
            <tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio>
          </tiny-radio-group>
          <div class="help">网站负责人不是法定代表人的，须上传法定代表人签署的授权书</div>
        </tiny-form-item>
      </tiny-form>
    </div>
    <template v-for="g in groups()" :key="g.title">
      <div class="grp-title">{{ g.title }}</div>
      <div class="mat-grid">
        <div v-for="m in g.mats" :key="m.k" :class="'mat-card mat-' + m.k">
          <h4><span v-if="!m.optional" class="req">*</span>{{ m.title }}</h4>
          <div class="mat-note">{{ m.note }}<a v-if="m.k === 'promiseLetter' || m.k === 'authLetter'" class="lnk" style="margin-left:6px">下载模板</a></div>
          <div class="sample">示例图</div>
          <upload :s="s" :k="m.k" :accept="m.accept || 'image/png,image/jpeg'"></upload>
        </div>
      </div>
    </template>
    <div class="panel-w" style="margin-top:16px">
      <h3 class="blk">人脸核验</h3>
      <p style="margin:0 0 8px;font-size:13px">核验短信将发送至主体负责人手机 136****6000，请使用阿里云 App 完成法定代表人本人的人脸核验。</p>
      <div class="row-inline"><tiny-button class="sms-send" :disabled="state.sent > 0" @click="sendSms">{{ state.sent > 0 ? state.sent + ' 秒后可重发' : '发送核验短信' }}</tiny-button><span class="help">核验状态：待核验</span></div>
    </div>
    <tiny-checkbox class="confirmed" v-model="s.confirmed">本单位承诺所上传资料真实、有效</tiny-checkbox>
    <div class="al-actions">
      <tiny-button @click="s.prevClicks++">上一步</tiny-button>
      <tiny-button type="primary" @click="submit">提交初审</tiny-button>
      <span class="msg" style="color:#f23030">{{ state.msg }}</span>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ 公安 开办主体 (单位) */

const lazyRegions = {
  lazy: true,
  lazyLoad(node: { level: number; value?: string }, resolve: (l: unknown[]) => void) {
    void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf }))));
  },
};

const MpsSubjectUnit = defineComponent({
  setup() {
    const s = useReplica('mps', 'subject', '单位', {
      kind: '', unitName: '', unitCertType: '', unitCertNumber: '', unitCert: [], legalRep: '', officeRegionCodes: [], officeDetail: '',
      prIsLegalRep: '', prNameOwn: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidEnd: '', prValidTo: '', prIdFront: [], prIdBack: [], prIdHand: [],
      residenceRegionCodes: [], residenceDetail: '', office: '', mobile: '', email: '', genAI: '', saveClicks: 0, nextClicks: 0,
    }, ({ officeRegionCodes, residenceRegionCodes, prNameOwn, ...r }) => ({
      ...r,
      officeRegion: pathOfCode((officeRegionCodes as string[]).at(-1)),
      residenceRegion: pathOfCode((residenceRegionCodes as string[]).at(-1)),
      prName: r.prIsLegalRep === '是' ? r.legalRep : prNameOwn,
    }));
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      unitCertNumber: (v) => (s.unitCertType && !['统一社会信用代码证', '营业执照证书'].includes(String(s.unitCertType))) || validUscc(v.toUpperCase()) ? '' : '统一社会信用代码校验未通过',
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      office: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码'),
      mobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      email: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setRep = (v: string) => { s.prIsLegalRep = v; if (v === '是') s.prNameOwn = ''; };
    const setEnd = (v: string) => { s.prValidEnd = v; s.prValidTo = ''; };
    const links = [
      { key: 'unit', link: '#sec-unit', title: '单位信息' },
      { key: 'principal', link: '#sec-principal', title: '负责人信息' },
      { key: 'other', link: '#sec-other', title: '其他信息' },
    ];
    const steps = ['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((name) => ({ name }));
    return { s, errs, check, setRep, setEnd, links, steps, lazyRegions, MPS_PERSON_CERTS, MPS_UNIT_CERTS };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span style="margin-left:auto">杭州云栖示例科技有限公司（法人用户）· 退出</span></div>
  <div class="mps-body" style="display:flex;gap:20px;align-items:flex-start">
    <div style="flex:1;min-width:0">
      <div class="crumbs">首页 / 网站备案 / 新办网站申请 / 开办主体</div>
      <div class="panel-w" style="padding-bottom:16px"><tiny-steps :data="steps" :active="0"></tiny-steps></div>
      <tiny-alert type="info" :closable="false" description="单位用户请以法人账号办理；负责人须为单位在职人员，审核期间网安部门将电话核实。"></tiny-alert>
      <section id="sec-unit" class="panel-w" style="margin-top:16px">
        <h3 class="blk">单位信息</h3>
        <tiny-form label-position="top" validate-type="text" message-type="block">
          <tiny-row flex :gutter="24" style="flex-wrap:wrap">
            <tiny-col :span="4"><tiny-form-item label="开办主体性质" required>
              <tiny-radio-group class="kind" v-model="s.kind"><tiny-radio label="个人">个人</tiny-radio><tiny-radio label="单位">单位</tiny-radio></tiny-radio-group>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="单位名称" required><tiny-input class="unit-name" v-model="s.unitName" maxlength="100"></tiny-input></tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="法人代表人姓名" required><tiny-input class="legal-rep" v-model="s.legalRep" maxlength="30"></tiny-input></tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="单位证件类型" required>
              <tiny-select class="unit-cert-type" v-model="s.unitCertType" placeholder="请选择"><tiny-option v-for="o in MPS_UNIT_CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="单位证件号码" required :error="errs.unitCertNumber">
              <tiny-input class="unit-cert-number" v-model="s.unitCertNumber" maxlength="18" @input="errs.unitCertNumber=''" @blur="check('unitCertNumber')"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="单位有效证件" required>
              <upload :s="s" k="unitCert"></upload><div class="help">营业执照等有效证件照片，≤ 2 MB</div>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="单位办公地址" required>
              <tiny-cascader class="office-region" v-model="s.officeRegionCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" clearable></tiny-cascader>
            </tiny-form-item></tiny-col>
            <tiny-col :span="8"><tiny-form-item label="单位办公地址 · 详细地址" required>
              <tiny-input class="office-detail" v-model="s.officeDetail" placeholder="街道、门牌号"></tiny-input>
            </tiny-form-item></tiny-col>
          </tiny-row>
        </tiny-form>
      </section>
      <section id="sec-principal" class="panel-w">
        <h3 class="blk">负责人信息</h3>
        <tiny-form label-position="top" validate-type="text" message-type="block">
          <tiny-row flex :gutter="24" style="flex-wrap:wrap">
            <tiny-col :span="4"><tiny-form-item label="负责人是否为法人代表人" required>
              <tiny-radio-group class="pr-is-legal-rep" :model-value="s.prIsLegalRep" @update:model-value="setRep"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人姓名" required>
              <tiny-input v-if="s.prIsLegalRep === '是'" class="pr-name" :model-value="s.legalRep" disabled placeholder="同法人代表人"></tiny-input>
              <tiny-input v-else class="pr-name" v-model="s.prNameOwn" maxlength="30"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人证件类型" required>
              <tiny-select class="pr-cert-type" v-model="s.prCertType" placeholder="请选择"><tiny-option v-for="o in MPS_PERSON_CERTS" :key="o" :label="o" :value="o"></tiny-option></tiny-select>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人证件号码" required :error="errs.prCertNumber">
              <tiny-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="证件有效期起始日期" required>
              <tiny-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="选择日期"></tiny-date-picker>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="证件有效期截止" required>
              <tiny-radio-group class="pr-valid-end" :model-value="s.prValidEnd" @update:model-value="setEnd"><tiny-radio label="长期">长期</tiny-radio><tiny-radio label="指定日期">指定日期</tiny-radio></tiny-radio-group>
              <tiny-date-picker v-if="s.prValidEnd === '指定日期'" class="pr-valid-to" v-model="s.prValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="截止日期" style="margin-top:6px"></tiny-date-picker>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人证件正面" required><upload :s="s" k="prIdFront" list-type="picture-card"></upload></tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人证件反面" required><upload :s="s" k="prIdBack" list-type="picture-card"></upload></tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="手持证件照" required><upload :s="s" k="prIdHand" list-type="picture-card"></upload></tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人常住地址" required>
              <tiny-cascader class="residence-region" v-model="s.residenceRegionCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" clearable></tiny-cascader>
            </tiny-form-item></tiny-col>
            <tiny-col :span="8"><tiny-form-item label="负责人常住地址 · 详细地址" required>
              <tiny-input class="residence-detail" v-model="s.residenceDetail" placeholder="街道、门牌号"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="办公室电话" required :error="errs.office">
              <tiny-input class="office" v-model="s.office" placeholder="区号-号码" @input="errs.office=''" @blur="check('office')"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="手机号码" required :error="errs.mobile">
              <tiny-input class="mobile" v-model="s.mobile" maxlength="11" @input="errs.mobile=''" @blur="check('mobile')"></tiny-input>
            </tiny-form-item></tiny-col>
            <tiny-col :span="4"><tiny-form-item label="负责人邮箱" required :error="errs.email">
              <tiny-input class="email" v-model="s.email" @input="errs.email=''" @blur="check('email')"></tiny-input>
            </tiny-form-item></tiny-col>
          </tiny-row>
        </tiny-form>
      </section>
      <section id="sec-other" class="panel-w">
        <h3 class="blk">其他信息</h3>
        <tiny-form label-position="top" validate-type="text" message-type="block">
          <tiny-form-item label="是否利用生成式人工智能" required>
            <tiny-radio-group class="gen-ai" v-model="s.genAI"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
            <div class="help">网站是否利用生成式人工智能技术提供服务</div>
          </tiny-form-item>
        </tiny-form>
      </section>
      <div class="mps-actions">
        <tiny-button @click="s.saveClicks++">保存草稿</tiny-button>
        <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
      </div>
    </div>
    <div class="anchor-rail" style="position:sticky;top:16px;width:150px;padding-top:120px"><tiny-anchor :links="links"></tiny-anchor></div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout15-aliyun-upload-unit-opentiny-cardgrid': AliyunUploadUnit,
  'heldout15-mps-subject-unit-opentiny-isrep': MpsSubjectUnit,
};
const App = APPS[build()];
if (App) {
  const app = createApp(App);
  for (const [n, c] of Object.entries(COMPONENTS)) app.component(n, c);
  app.mount('#app');
}
