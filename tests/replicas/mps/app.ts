/**
 * Browser entry of the Vue 3 + Element Plus replicas (bundled by esbuild with the template compiler, see index.ts):
 *  - beian.mps.gov.cn  新办网站申请 wizard (开办主体 → 网站基本信息 → 网站负责人 → 提示说明)
 *  - beian.miit.gov.cn 短信核验
 * All values live in `reactive()` objects bound with v-model; window.__replica reads them.
 */
import { createApp, defineComponent, reactive, ref, computed, watch, toRaw, type PropType } from 'vue';
import ElementPlus, { ElMessage, type FormRules, type UploadFile, type CascaderProps } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import * as O from './options';
import { childrenOf } from './regions';

interface FileMeta {
  name: string;
  size: number;
  type: string;
}

interface ReplicaApi {
  platform: 'mps' | 'miit';
  step: string;
  variant?: string;
  getState(): Record<string, unknown>;
  changes: number;
  submits: number;
  drafts: number;
}

const clone = (o: object): Record<string, unknown> => JSON.parse(JSON.stringify(toRaw(o))) as Record<string, unknown>;

/* ------------------------------------------------------------------ shared widgets */

/**
 * How long the replica's region API takes per level: `replicaLatency` (ms, replica-only URL parameter,
 * read once at load: the wizard's own navigation drops the query), 300 ms like the real API by default.
 * At 0 a run measures the extension alone.
 */
const REGION_LATENCY = (() => {
  const raw = new URLSearchParams(location.search).get('replicaLatency');
  const v = Number(raw);
  return raw && Number.isFinite(v) && v >= 0 ? v : 300;
})();

/** Lazy 省/市/县 cascader props: each level is "fetched" with a delay (REGION_LATENCY) like the real region API. */
const regionProps: CascaderProps = {
  lazy: true,
  lazyLoad(node, resolve) {
    const path = node.level === 0 ? [] : (node.pathValues as string[]);
    setTimeout(() => {
      resolve(
        childrenOf(path).map((r) => ({
          value: r.code,
          label: r.name,
          leaf: node.level >= 2 || !r.children?.length,
        })),
      );
    }, REGION_LATENCY);
  },
};

/** el-upload wrapper: no network (auto-upload off), keeps {name,size,type} of the last accepted file. */
const ReplicaUpload = defineComponent({
  name: 'ReplicaUpload',
  props: {
    modelValue: { type: Object as PropType<FileMeta | null>, default: null },
    maxKb: { type: Number, default: 2048 },
    picture: { type: Boolean, default: false },
    caption: { type: String, default: '' },
    tip: { type: String, default: '' },
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const list = ref<UploadFile[]>([]);
    watch(
      () => props.modelValue,
      (v) => {
        if (!v) list.value = [];
      },
    );
    function onChange(file: UploadFile) {
      const raw = file.raw;
      const drop = () => (list.value = list.value.filter((f) => f.uid !== file.uid));
      if (!raw) return;
      if (!/^image\/(jpeg|png)$/.test(raw.type)) {
        ElMessage.error('只能上传 jpg/png 格式的图片');
        drop();
        return;
      }
      if (raw.size > props.maxKb * 1024) {
        ElMessage.error(`图片大小不能超过 ${props.maxKb >= 1024 ? `${props.maxKb / 1024}MB` : `${props.maxKb}KB`}`);
        drop();
        return;
      }
      list.value = [file];
      emit('update:modelValue', { name: raw.name, size: raw.size, type: raw.type });
    }
    function onRemove() {
      emit('update:modelValue', null);
    }
    return { list, onChange, onRemove };
  },
  template: `
    <div class="replica-upload" :class="{ 'is-picture': picture }">
      <el-upload v-model:file-list="list" action="#" :auto-upload="false" accept="image/jpeg,image/png"
                 :list-type="picture ? 'picture-card' : 'text'" :disabled="disabled"
                 :on-change="onChange" :on-remove="onRemove">
        <span v-if="picture" class="upload-plus">+</span>
        <el-button v-else type="primary" plain :disabled="disabled">选择文件</el-button>
        <template #tip><div class="el-upload__tip">{{ tip }}</div></template>
      </el-upload>
      <div v-if="caption" class="upload-caption">{{ caption }}</div>
    </div>`,
});

/* ------------------------------------------------------------------ MPS wizard */

const STEPS = [
  { id: 'subject', title: '开办主体' },
  { id: 'site', title: '网站基本信息' },
  { id: 'principal', title: '网站负责人' },
  { id: 'notice', title: '提示说明' },
] as const;
type StepId = (typeof STEPS)[number]['id'];
const BASE = '/web/business/businessHome/website';

const personKeys = (p: string) => ({
  [`${p}Name`]: '',
  [`${p}IdType`]: '',
  [`${p}IdNo`]: '',
  [`${p}IdStart`]: '',
  [`${p}IdEnd`]: '',
  [`${p}IdLongTerm`]: false,
  [`${p}Mobile`]: '',
});
const photoKeys = (p: string) => ({ [`${p}IdFront`]: null, [`${p}IdBack`]: null, [`${p}IdHandheld`]: null });

function initialForm(subject: string): Record<string, unknown> {
  return {
    // 1 开办主体
    subjectType: subject,
    unitName: '',
    unitCertType: '',
    unitCertNo: '',
    unitCertFile: null,
    legalRepName: '',
    unitAddressRegion: [],
    unitAddressDetail: '',
    ...personKeys('principal'),
    ...photoKeys('principal'),
    principalAddressRegion: [],
    principalAddressDetail: '',
    principalOfficePhone: '',
    principalEmail: '',
    usesGenAI: '',
    // 2 网站基本信息
    siteName: '',
    hasIcpNo: '',
    icpNo: '',
    openDate: '',
    mainDomain: '',
    subDomains: '',
    domainCertFile: null,
    ip: '',
    ispJurisdiction: '',
    ispRegion: [],
    ispName: '',
    ispAccessMode: '',
    ispPhone: '',
    ispOrgCode: '',
    registrarJurisdiction: '',
    registrarRegion: [],
    registrarName: '',
    registrarPhone: '',
    interactive: '',
    siteType: '',
    controlledGoods: '',
    preApproval: '',
    languages: [],
    // 3 网站负责人
    securitySameAsSubject: false,
    ...personKeys('security'),
    ...photoKeys('security'),
    securityEmail: '',
    emergencySameAsSubject: false,
    ...personKeys('emergency'),
    // 4 提示说明
    noticeAgreed: false,
    noticeAgreeClicks: 0,
  };
}

/* template snippets for a person block (key prefix p) */
const sel = (key: string, list: string, ph: string, extra = '') =>
  `<el-select v-model="form.${key}" placeholder="${ph}" ${extra} style="width: 100%">
     <el-option v-for="o in ${list}" :key="o.value" :label="o.label" :value="o.value" />
   </el-select>`;
const inp = (key: string, ph: string, extra = '') => `<el-input v-model="form.${key}" placeholder="${ph}" clearable ${extra} />`;
const item = (label: string, prop: string, body: string, extra = '') =>
  `<el-form-item label="${label}" prop="${prop}" ${extra}>${body}</el-form-item>`;
const radios = (key: string, list: string, extra = '') =>
  `<el-radio-group v-model="form.${key}" ${extra}><el-radio v-for="o in ${list}" :key="o.value" :value="o.value">{{ o.label }}</el-radio></el-radio-group>`;
const region = (key: string, ph = '请选择省/市/县') =>
  `<el-cascader v-model="form.${key}" :props="regionProps" placeholder="${ph}" clearable style="width: 100%" />`;

function personItems(p: string, nameLabel: string, dis = '') {
  const d = dis ? `:disabled="${dis}"` : '';
  const endDis = dis ? `:disabled="${dis} || form.${p}IdLongTerm"` : `:disabled="form.${p}IdLongTerm"`;
  return [
    item(nameLabel, `${p}Name`, inp(`${p}Name`, `请输入${nameLabel}`, d)),
    item('证件类型', `${p}IdType`, sel(`${p}IdType`, 'O.PERSON_ID_TYPES', '请选择证件类型', d)),
    item('证件号码', `${p}IdNo`, inp(`${p}IdNo`, '请输入证件号码', d)),
    item(
      '证件有效期',
      `${p}IdStart`,
      `<div class="validity">
         <el-date-picker v-model="form.${p}IdStart" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" ${d} />
         <span class="validity-sep">至</span>
         <el-date-picker v-model="form.${p}IdEnd" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="结束日期" ${endDis} />
         <el-checkbox v-model="form.${p}IdLongTerm" ${d} @change="(v) => v && (form.${p}IdEnd = '')">长期</el-checkbox>
       </div>`,
    ),
  ].join('\n');
}
const photos = (p: string) =>
  item(
    '负责人证件',
    `${p}IdFront`,
    `<div class="photo-row">
       <replica-upload v-model="form.${p}IdFront" picture caption="证件正面" />
       <replica-upload v-model="form.${p}IdBack" picture caption="证件反面" />
       <replica-upload v-model="form.${p}IdHandheld" picture caption="手持证件" />
     </div>
     <div class="el-upload__tip">请上传清晰的证件照片，支持 jpg、png 格式，单张图片大小不超过 2MB</div>`,
  );

const SUBJECT_TPL = `
<el-form ref="formRef" :model="form" :rules="rules" label-position="right" label-width="190px" class="step-form">
  <div class="form-block-title">开办主体信息</div>
  ${item('开办主体性质', 'subjectType', sel('subjectType', 'O.SUBJECT_TYPES', '请选择开办主体性质'))}
  <template v-if="form.subjectType === '单位'">
    ${item('主办单位名称', 'unitName', inp('unitName', '请输入主办单位名称'))}
    ${item('主办单位证件类型', 'unitCertType', sel('unitCertType', 'O.UNIT_CERT_TYPES', '请选择主办单位证件类型'))}
    ${item('主办单位证件号', 'unitCertNo', inp('unitCertNo', '请输入主办单位证件号'))}
    ${item('有效证件', 'unitCertFile', '<replica-upload v-model="form.unitCertFile" tip="请上传单位有效证件扫描件，支持 jpg、png 格式，大小不超过 2MB" />')}
    ${item('法人代表人姓名', 'legalRepName', inp('legalRepName', '请输入法人代表人姓名'))}
    ${item(
      '单位办公地址',
      'unitAddressRegion',
      `${region('unitAddressRegion')}<el-input v-model="form.unitAddressDetail" class="detail-input" placeholder="请输入详细地址" clearable />`,
    )}
  </template>
  <div class="form-block-title">负责人信息</div>
  ${personItems('principal', '负责人姓名')}
  ${photos('principal')}
  ${item(
    '负责人常住地址',
    'principalAddressRegion',
    `${region('principalAddressRegion')}<el-input v-model="form.principalAddressDetail" class="detail-input" placeholder="请输入详细地址" clearable />`,
  )}
  ${item('办公室电话', 'principalOfficePhone', inp('principalOfficePhone', '请输入办公室电话'))}
  ${item('手机号码', 'principalMobile', inp('principalMobile', '请输入手机号码', 'maxlength="11"'))}
  ${item('负责人邮箱', 'principalEmail', inp('principalEmail', '请输入负责人邮箱'))}
  ${item('是否利用生成式人工智能', 'usesGenAI', radios('usesGenAI', 'O.YES_NO'))}
</el-form>`;

const SITE_TPL = `
<el-form ref="formRef" :model="form" :rules="rules" label-position="right" label-width="270px" class="step-form">
  <div class="form-block-title">网站基本信息</div>
  ${item('网站名称', 'siteName', inp('siteName', '请输入网站名称'))}
  ${item('是否有工信部备案号', 'hasIcpNo', radios('hasIcpNo', 'O.YES_NO'))}
  <template v-if="form.hasIcpNo === '1'">
    ${item('工信部备案号', 'icpNo', inp('icpNo', '如：浙ICP备12345678号-1'))}
  </template>
  ${item(
    '网站开通日期',
    'openDate',
    '<el-date-picker v-model="form.openDate" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="请选择网站开通日期" />',
  )}
  ${item('主域名', 'mainDomain', inp('mainDomain', '如：example.com'))}
  ${item('从域名', 'subDomains', inp('subDomains', '多个从域名请用英文逗号分隔'))}
  ${item('域名证书', 'domainCertFile', '<replica-upload v-model="form.domainCertFile" :max-kb="400" tip="图片大小不超过 400KB，支持 jpg、png 格式" />')}
  ${item('IP', 'ip', inp('ip', '请输入网站IP地址'))}
  <div class="form-block">
    <div class="form-block-title">网络接入服务商</div>
    ${item('接入商所属地区管辖', 'ispJurisdiction', radios('ispJurisdiction', 'O.JURISDICTIONS'))}
    ${item('所属区域', 'ispRegion', region('ispRegion'))}
    ${item('名称', 'ispName', sel('ispName', 'O.ACCESS_PROVIDERS', '请选择或搜索网络接入服务商', 'filterable'))}
    ${item('网站接入方式', 'ispAccessMode', sel('ispAccessMode', 'O.ACCESS_MODES', '请选择网站接入方式'))}
    ${item('电话', 'ispPhone', inp('ispPhone', '请输入接入服务商电话'))}
    ${item('组织机构代码', 'ispOrgCode', inp('ispOrgCode', '请输入组织机构代码'))}
  </div>
  <div class="form-block">
    <div class="form-block-title">域名注册服务商</div>
    ${item('所属地区管辖', 'registrarJurisdiction', radios('registrarJurisdiction', 'O.JURISDICTIONS'))}
    ${item('所属区域', 'registrarRegion', region('registrarRegion'))}
    ${item('名称', 'registrarName', sel('registrarName', 'O.REGISTRARS', '请选择或搜索域名注册服务商', 'filterable'))}
    ${item('电话', 'registrarPhone', inp('registrarPhone', '请输入域名注册服务商电话'))}
  </div>
  <div class="form-block-title">服务信息</div>
  ${item('是否提供互联网交互服务', 'interactive', radios('interactive', 'O.YES_NO'))}
  ${item('网站类型', 'siteType', sel('siteType', 'O.SITE_TYPES', '请选择网站类型'))}
  ${item('是否提供涉及管制物品信息发布服务', 'controlledGoods', radios('controlledGoods', 'O.YES_NO'))}
  ${item('相关前置许可', 'preApproval', radios('preApproval', 'O.YES_NO'))}
  ${item(
    '网站语种',
    'languages',
    '<el-checkbox-group v-model="form.languages"><el-checkbox v-for="o in O.LANGUAGES" :key="o.value" :value="o.value">{{ o.label }}</el-checkbox></el-checkbox-group>',
  )}
</el-form>`;

const PRINCIPAL_TPL = `
<el-form ref="formRef" :model="form" :rules="rules" label-position="right" label-width="190px" class="step-form">
  <div class="form-block">
    <div class="form-block-title">网站安全负责人信息
      <el-checkbox v-model="form.securitySameAsSubject" class="same-as" @change="(v) => copyFromSubject('security', v)">同主体负责人信息</el-checkbox>
    </div>
    ${personItems('security', '负责人姓名', 'form.securitySameAsSubject')}
    ${photos('security')}
    ${item('手机号码', 'securityMobile', inp('securityMobile', '请输入手机号码', 'maxlength="11" :disabled="form.securitySameAsSubject"'))}
    ${item('电子邮件地址', 'securityEmail', inp('securityEmail', '请输入电子邮件地址', ':disabled="form.securitySameAsSubject"'))}
  </div>
  <div class="form-block">
    <div class="form-block-title">网站应急联络人
      <el-checkbox v-model="form.emergencySameAsSubject" class="same-as" @change="(v) => copyFromSubject('emergency', v)">同主体负责人信息</el-checkbox>
    </div>
    ${personItems('emergency', '联络人姓名', 'form.emergencySameAsSubject')}
    ${item('手机号码', 'emergencyMobile', inp('emergencyMobile', '请输入手机号码', 'maxlength="11" :disabled="form.emergencySameAsSubject"'))}
  </div>
</el-form>`;

const NOTICE_TPL = `
<div class="notice">
  <h4 class="notice-title">互联网信息服务单位网络安全责任告知书</h4>
  <el-scrollbar height="260px" class="notice-body">
    <p>为维护网络安全，保障网络运行安全和网络信息安全，根据《中华人民共和国网络安全法》《计算机信息网络国际联网安全保护管理办法》等法律法规，现将互联网信息服务单位应当履行的网络安全责任告知如下：</p>
    <p>一、应当自网站开通之日起三十日内，到所在地公安机关办理联网备案手续；备案信息发生变更的，应当及时办理变更手续。</p>
    <p>二、应当落实网络安全等级保护制度，建立健全网络安全管理制度，明确网络安全负责人，落实网络安全保护责任。</p>
    <p>三、应当采取防范计算机病毒和网络攻击、网络侵入等危害网络安全行为的技术措施，记录并留存用户注册信息和网络日志不少于六个月。</p>
    <p>四、提供互联网交互服务的，应当落实用户真实身份信息认证、信息发布审核等安全管理措施。</p>
    <p>五、发现法律、行政法规禁止发布或者传输的信息的，应当立即停止传输，采取消除等处置措施，防止信息扩散，保存有关记录，并向公安机关报告。</p>
    <p>六、应当依法为公安机关依法维护国家安全和侦查犯罪的活动提供技术支持和协助。</p>
  </el-scrollbar>
  <div class="notice-agree">
    <el-checkbox v-model="form.noticeAgreed" @change="form.noticeAgreeClicks++">我已阅读并同意</el-checkbox>
    <span class="notice-link">《互联网信息服务单位网络安全责任告知书》</span>
  </div>
</div>`;

function buildRules(): FormRules {
  const r: FormRules = {};
  const need = (prop: string, label: string, kind: 'input' | 'select' | 'upload' = 'input') =>
    (r[prop] = [
      {
        required: true,
        message: kind === 'input' ? `请输入${label}` : kind === 'select' ? `请选择${label}` : `请上传${label}`,
        trigger: kind === 'input' ? 'blur' : 'change',
      },
    ]);
  need('subjectType', '开办主体性质', 'select');
  need('unitName', '主办单位名称');
  need('unitCertType', '主办单位证件类型', 'select');
  need('unitCertNo', '主办单位证件号');
  need('unitCertFile', '有效证件', 'upload');
  need('legalRepName', '法人代表人姓名');
  need('unitAddressRegion', '单位办公地址', 'select');
  for (const p of ['principal', 'security', 'emergency']) {
    need(`${p}Name`, p === 'emergency' ? '联络人姓名' : '负责人姓名');
    need(`${p}IdType`, '证件类型', 'select');
    need(`${p}IdNo`, '证件号码');
    need(`${p}IdStart`, '证件有效期', 'select');
    need(`${p}Mobile`, '手机号码');
  }
  need('principalIdFront', '负责人证件', 'upload');
  need('securityIdFront', '负责人证件', 'upload');
  need('principalAddressRegion', '负责人常住地址', 'select');
  need('principalEmail', '负责人邮箱');
  need('securityEmail', '电子邮件地址');
  need('usesGenAI', '是否利用生成式人工智能', 'select');
  for (const [p, l] of [
    ['siteName', '网站名称'], ['icpNo', '工信部备案号'], ['mainDomain', '主域名'], ['ip', 'IP'], ['ispPhone', '电话'],
    ['registrarPhone', '电话'],
  ] as const)
    need(p, l);
  for (const [p, l] of [
    ['hasIcpNo', '是否有工信部备案号'], ['openDate', '网站开通日期'], ['ispJurisdiction', '接入商所属地区管辖'],
    ['ispRegion', '所属区域'], ['ispName', '名称'], ['ispAccessMode', '网站接入方式'], ['registrarJurisdiction', '所属地区管辖'],
    ['registrarRegion', '所属区域'], ['registrarName', '名称'], ['interactive', '是否提供互联网交互服务'], ['siteType', '网站类型'],
    ['controlledGoods', '是否提供涉及管制物品信息发布服务'], ['preApproval', '相关前置许可'], ['languages', '网站语种'],
  ] as const)
    need(p, l, 'select');
  return r;
}

function stepFromLocation(): StepId {
  const q = new URLSearchParams(location.search).get('replicaStep');
  const seg = location.pathname.startsWith(`${BASE}/`) ? location.pathname.slice(BASE.length + 1).split('/')[0] : undefined;
  const hit = STEPS.find((s) => s.id === q) ?? STEPS.find((s) => s.id === seg);
  return hit?.id ?? 'subject';
}

function mountMps() {
  const subject = new URLSearchParams(location.search).get('replicaSubject') ?? '';
  const form = reactive(initialForm(subject === '个人' || subject === '单位' ? subject : ''));
  const nav = reactive({ step: stepFromLocation() as StepId, submits: 0, drafts: 0, changes: 0 });
  watch(form, () => nav.changes++, { deep: true, flush: 'sync' });

  const stepBody = (tpl: string) =>
    defineComponent({
      props: { form: { type: Object as PropType<Record<string, unknown>>, required: true } },
      setup(props) {
        const formRef = ref();
        function copyFromSubject(p: string, on: boolean) {
          if (!on) return;
          const f = props.form;
          for (const k of ['Name', 'IdType', 'IdNo', 'IdStart', 'IdEnd', 'IdLongTerm', 'Mobile']) f[p + k] = f[`principal${k}`];
          if (p === 'security') f.securityEmail = f.principalEmail;
        }
        return { formRef, rules: buildRules(), O, regionProps, copyFromSubject };
      },
      template: tpl,
    });
  const bodies = { subject: stepBody(SUBJECT_TPL), site: stepBody(SITE_TPL), principal: stepBody(PRINCIPAL_TPL), notice: stepBody(NOTICE_TPL) };

  const App = defineComponent({
    setup() {
      const index = computed(() => STEPS.findIndex((s) => s.id === nav.step));
      const current = computed(() => STEPS[index.value]!);
      const body = computed(() => bodies[nav.step]);
      function go(delta: number) {
        const next = STEPS[index.value + delta];
        if (!next) return;
        nav.step = next.id;
        history.pushState({ step: next.id }, '', `${BASE}/${next.id}`);
        window.scrollTo(0, 0);
      }
      function next() {
        nav.submits++;
        go(1);
      }
      function submit() {
        nav.submits++;
        ElMessage.warning('请确认已阅读并同意告知书后提交');
      }
      function saveDraft() {
        nav.drafts++;
        ElMessage.success('草稿已保存');
      }
      window.addEventListener('popstate', () => (nav.step = stepFromLocation()));
      return { STEPS, nav, form, index, current, body, go, next, submit, saveDraft };
    },
    template: `
      <div class="mps-layout">
        <header class="mps-header">
          <div class="mps-logo"><span class="mps-badge">盾</span>全国互联网安全管理服务平台</div>
          <nav class="mps-nav"><span>首页</span><span class="active">业务办理</span><span>公共查询</span><span>帮助中心</span></nav>
          <div class="mps-user">张三 | 退出</div>
        </header>
        <div class="mps-main">
          <aside class="mps-aside">
            <el-menu default-active="website" class="mps-menu">
              <el-menu-item index="subject">开办主体管理</el-menu-item>
              <el-menu-item index="website">网站</el-menu-item>
              <el-menu-item index="app">App</el-menu-item>
              <el-menu-item index="draft">草稿</el-menu-item>
            </el-menu>
          </aside>
          <section class="mps-content">
            <el-breadcrumb separator="/" class="mps-crumb">
              <el-breadcrumb-item>业务办理</el-breadcrumb-item>
              <el-breadcrumb-item>网站</el-breadcrumb-item>
              <el-breadcrumb-item>新办网站申请</el-breadcrumb-item>
            </el-breadcrumb>
            <el-card shadow="never" class="wizard-card">
              <template #header><div class="wizard-title">新办网站申请</div></template>
              <el-steps :active="index" finish-status="success" align-center class="wizard-steps">
                <el-step v-for="s in STEPS" :key="s.id" :title="s.title" />
              </el-steps>
              <h3 class="step-title">{{ current.title }}</h3>
              <component :is="body" :key="nav.step" :form="form" />
              <div class="wizard-actions">
                <el-button v-if="index > 0" @click="go(-1)">上一步</el-button>
                <el-button @click="saveDraft">保存草稿</el-button>
                <el-button v-if="index < STEPS.length - 1" type="primary" @click="next">下一步</el-button>
                <el-button v-else type="primary" @click="submit">提交</el-button>
              </div>
            </el-card>
          </section>
        </div>
      </div>`,
  });

  const api: ReplicaApi = {
    platform: 'mps',
    get step() {
      return nav.step;
    },
    get variant() {
      return (form.subjectType as string) || undefined;
    },
    getState: () => clone(form),
    get changes() {
      return nav.changes;
    },
    get submits() {
      return nav.submits;
    },
    get drafts() {
      return nav.drafts;
    },
  };
  (window as unknown as { __replica: ReplicaApi }).__replica = api;
  createApp(App).component('ReplicaUpload', ReplicaUpload).use(ElementPlus, { locale: zhCn }).mount('#app');
}

/* ------------------------------------------------------------------ MIIT 短信核验 */

function mountMiit() {
  const form = reactive({ mobile: '', idLast6: '', smsCode: '' });
  const nav = reactive({ submits: 0, changes: 0 });
  watch(form, () => nav.changes++, { deep: true, flush: 'sync' });
  const App = defineComponent({
    setup() {
      const rules: FormRules = {
        mobile: [{ required: true, message: '请输入手机号码', trigger: 'blur' }],
        idLast6: [{ required: true, message: '请输入证件号码后六位', trigger: 'blur' }],
        smsCode: [{ required: true, message: '请输入验证码', trigger: 'blur' }],
      };
      function submit() {
        nav.submits++;
        ElMessage.error('验证码错误或已过期');
      }
      return { form, rules, submit };
    },
    template: `
      <div class="miit-layout">
        <header class="miit-header">
          <div class="miit-logo">ICP/IP地址/域名信息备案管理系统</div>
          <nav class="miit-nav"><span>首页</span><span>ICP备案查询</span><span class="active">短信核验</span><span>电子化核验申请</span><span>信息公告</span></nav>
        </header>
        <main class="miit-main">
          <el-card shadow="never" class="miit-card">
            <template #header><div class="miit-title">短信核验</div></template>
            <el-alert type="info" :closable="false" show-icon
              title="请在收到核验短信后 24 小时内，输入手机号码、证件号码后六位及短信中的验证码完成核验。" />
            <el-form :model="form" :rules="rules" label-position="right" label-width="140px" class="miit-form">
              <el-form-item label="手机号码" prop="mobile">
                <el-input v-model="form.mobile" placeholder="请输入手机号码" maxlength="11" clearable />
              </el-form-item>
              <el-form-item label="证件号码后六位" prop="idLast6">
                <el-input v-model="form.idLast6" placeholder="请输入证件号码后六位" maxlength="6" show-word-limit clearable />
              </el-form-item>
              <el-form-item label="验证码" prop="smsCode">
                <el-input v-model="form.smsCode" placeholder="请输入短信验证码" maxlength="6" clearable />
              </el-form-item>
              <el-form-item>
                <el-button type="primary" @click="submit">提交</el-button>
              </el-form-item>
            </el-form>
          </el-card>
        </main>
      </div>`,
  });
  const api: ReplicaApi = {
    platform: 'miit',
    step: 'sms',
    getState: () => clone(form),
    get changes() {
      return nav.changes;
    },
    get submits() {
      return nav.submits;
    },
    drafts: 0,
  };
  (window as unknown as { __replica: ReplicaApi }).__replica = api;
  createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
}

if (location.hostname === 'beian.miit.gov.cn') mountMiit();
else mountMps();
