/**
 * The other providers' ICP filing consoles (FORMS.md §1.10) as data: one build per step page, its
 * fields in the provider's wordings, what each field holds before a fill (carried over and locked, or
 * prefilled from an uploaded licence / ID) and what it must hold after a fill from
 * docs/profile.example.json. Each library app (tdesign-app, tea-app, opentiny-app, arco-app,
 * antd-app) renders a build from this data, so the same field list looks the way that library draws it.
 * Imported by the Node side (index.ts) and by the browser bundles: no imports here.
 *
 * Sources per provider (FORMS.md §1.10): where a step's fields are not in a source, the build uses the
 * MIIT fields of §1.3 / §1.4 in the provider's wordings, and its `note` says so.
 */

export type Provider = 'tencent' | 'huawei' | 'volcengine' | 'baidu';
export type ProvLibrary = 'tdesign' | 'tea' | 'opentiny' | 'arco' | 'antd';

export type Widget =
  | 'input' | 'textarea'
  | 'select' | 'multiselect' // one / several options in a dropdown (labels)
  | 'tree' | 'treemulti' // a tree select over the options in groups (../zoo/plan.ts treeOf): one leaf / ticked leaves
  | 'cascader' // 省/市/区, state: label path
  | 'date' | 'daterange' // 'YYYY-MM-DD' / [from, to]
  | 'radio' | 'checkboxes' // one label / label array
  | 'checkbox' | 'switch' // boolean
  | 'upload'; // file-name list

/** Option lists the browser resolves from the shared code tables (tests/replicas/aliyun/data.ts). */
export type OptionList = 'natures' | 'unitCertTypes' | 'personCertTypes' | 'contents' | 'languages';

export interface Field {
  /** state key */
  key: string;
  label: string;
  widget: Widget;
  options?: OptionList | string[];
  /** what the page holds before the fill (carried over from an earlier step, or read from an uploaded licence / ID) */
  initial?: string | string[] | boolean;
  /** carried over and disabled */
  locked?: boolean;
  /** disabled while this checkbox key is true (长期 → end date) */
  disabledBy?: string;
  required?: boolean;
  placeholder?: string;
  /** help text under the control */
  extra?: string;
  /** a checkbox's own text */
  text?: string;
  /** expectation after a fill from the example profile */
  expect: Expect;
}

/** Same shapes as tests/replicas/zoo/contract.ts Expectation, minus the label (the field's own label is used). */
export type Expect = { value: string | string[] | boolean; ordered?: boolean } | { missing: true } | { untouched: true };

export interface Section { title: string; fields: Field[] }

export interface Button { label: string; counter?: string; primary?: boolean }

export interface ProvBuild {
  /** build id and the replicaBuild URL parameter, prefixed prov- */
  build: string;
  provider: Provider;
  library: ProvLibrary;
  /** step id for bookkeeping: basic / subject / site / upload */
  step: string;
  variant?: '个人' | '单位';
  /** the console's step bar and the index of this step in it */
  steps: string[];
  current: number;
  /** page title (console breadcrumb) */
  title: string;
  /** the console URL when not the provider's default (PROVIDER_URLS) */
  base?: string;
  /** library, layout and wording, one line */
  about: string;
  /** where the fields come from (shown as an HTML comment and in reports) */
  note: string;
  entity: string;
  sections: Section[];
  buttons: Button[];
}

/* ------------------------------------------------------------------ profile values (docs/profile.example.json) */

const UNIT = '杭州云栖示例科技有限公司';
const USCC = '91330110MA2H3K7Q18';
const YUHANG = ['浙江省', '杭州市', '余杭区'];
const XIHU = ['浙江省', '杭州市', '西湖区'];
const YUNQI_DETAIL = '文一西路 969 号 2 幢 305 室';
const YUNQI_ADDRESS = `浙江省杭州市余杭区${YUNQI_DETAIL}`;
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';

const v = (value: string | string[] | boolean, ordered?: boolean): Expect => (ordered ? { value, ordered } : { value });
const KEEP: Expect = { untouched: true };
const MISSING: Expect = { missing: true };
const path = (p: string[]) => v(p, true);

/* ------------------------------------------------------------------ reusable field groups */

/** 主体负责人 李娜 (c-lina): 居民身份证, from 2016-05-10, 长期. */
function principalLina(w: { name: string; certType: string; certNo: string; from: string; longTerm: string; to: string; mobile: string; emergency: string; office?: string; email: string }, p = 'principal'): Field[] {
  return [
    { key: `${p}Name`, label: w.name, widget: 'input', required: true, expect: v('李娜') },
    { key: `${p}CertType`, label: w.certType, widget: 'select', options: 'personCertTypes', required: true, expect: v('居民身份证') },
    { key: `${p}CertNo`, label: w.certNo, widget: 'input', required: true, expect: v('330110198511204525') },
    { key: `${p}ValidFrom`, label: w.from, widget: 'date', required: true, expect: v('2016-05-10') },
    { key: `${p}LongTerm`, label: w.longTerm, widget: 'checkbox', text: '长期', expect: v(true) },
    { key: `${p}ValidTo`, label: w.to, widget: 'date', disabledBy: `${p}LongTerm`, expect: v('') },
    { key: `${p}Mobile`, label: w.mobile, widget: 'input', required: true, expect: v('13600136000') },
    { key: `${p}Emergency`, label: w.emergency, widget: 'input', required: true, expect: v('13700137000') },
    ...(w.office ? [{ key: `${p}Office`, label: w.office, widget: 'input', expect: v('0571-88886666') } as Field] : []),
    { key: `${p}Email`, label: w.email, widget: 'input', required: true, expect: v('lina@yunqi-demo.cn') },
  ];
}

/** 网站负责人 王强 (c-wangqiang): 2020-08-12 → 2040-08-12 in one range picker, 长期 as a switch. */
function sitePrincipalWang(w: { name: string; certType: string; certNo: string; validity: string; longTerm: string; mobile: string; emergency: string; email: string }, p = 'web'): Field[] {
  return [
    { key: `${p}Name`, label: w.name, widget: 'input', required: true, expect: v('王强') },
    { key: `${p}CertType`, label: w.certType, widget: 'select', options: 'personCertTypes', required: true, expect: v('居民身份证') },
    { key: `${p}CertNo`, label: w.certNo, widget: 'input', required: true, expect: v('110105198808123011') },
    { key: `${p}Validity`, label: w.validity, widget: 'daterange', required: true, expect: v(['2020-08-12', '2040-08-12'], true) },
    { key: `${p}LongTerm`, label: w.longTerm, widget: 'switch', expect: v(false) },
    { key: `${p}Mobile`, label: w.mobile, widget: 'input', required: true, expect: v('18600186000') },
    { key: `${p}Emergency`, label: w.emergency, widget: 'input', required: true, expect: v('18700187000') },
    { key: `${p}Email`, label: w.email, widget: 'input', required: true, expect: v('wangqiang@yunqi-demo.cn') },
  ];
}

const NEXT: Button[] = [{ label: '上一步' }, { label: '保存草稿', counter: 'draftClicks' }, { label: '下一步', counter: 'nextClicks', primary: true }];

/* ------------------------------------------------------------------ Tencent Cloud (TDesign; upload step in Tea) */

const TENCENT_STEPS = ['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交备案'];
const TENCENT_NOTE_MIIT = 'Tencent fields from S85 (备案地域, 主办者性质, 证件类型, 证件号码, 域名; 主体信息: 单位名称/姓名, 证件号码); the other fields are the MIIT fields of FORMS.md §1.3/§1.4 in Tencent\'s wordings (INF).';

const tencentBasic: ProvBuild = {
  build: 'prov-tencent-basic', provider: 'tencent', library: 'tdesign', step: 'basic', variant: '单位',
  steps: TENCENT_STEPS, current: 0, title: '网站备案 · 新增备案', entity: UNIT,
  about: 'TDesign (tdesign-react) on React 19, t-form with top labels, 验证备案类型 (单位)',
  note: 'Fields from S85: 备案地域, 主办者性质, 证件类型, 证件号码, 域名, uploading the licence fills 证件号码. 备案云服务 (server IP or 备案授权码) as a radio left at its default.',
  sections: [{
    title: '备案信息',
    fields: [
      { key: 'region', label: '备案地域', widget: 'cascader', required: true, placeholder: '请选择省/市/区', expect: path(YUHANG) },
      { key: 'nature', label: '主办者性质', widget: 'select', options: 'natures', required: true, expect: v('企业') },
      { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', required: true, expect: v('营业执照（个人或企业）') },
      { key: 'licence', label: '证件照片', widget: 'upload', extra: '上传证件后将自动识别证件号码', expect: v(['yunqi-licence.png']) },
      { key: 'certNo', label: '证件号码', widget: 'input', required: true, expect: v(USCC) },
      { key: 'domain', label: '域名', widget: 'input', required: true, placeholder: '请输入不带 www 的域名', expect: v('yunqi-demo.cn') },
      { key: 'cloudService', label: '备案云服务', widget: 'radio', options: ['云服务器', '备案授权码'], initial: '云服务器', expect: KEEP },
    ],
  }],
  buttons: [{ label: '验证', counter: 'verifyClicks', primary: true }],
};

const tencentSubjectUnit: ProvBuild = {
  build: 'prov-tencent-subject-unit', provider: 'tencent', library: 'tdesign', step: 'subject', variant: '单位',
  steps: TENCENT_STEPS, current: 1, title: '网站备案 · 新增备案', entity: UNIT,
  about: 'TDesign (tdesign-react) on React 19, t-form with left labels, 填写主体信息 (单位), 主办者性质/证件类型/证件号码 carried over and locked, 证件住址 read from the licence',
  note: TENCENT_NOTE_MIIT,
  sections: [
    {
      title: '主办者信息',
      fields: [
        { key: 'nature', label: '主办者性质', widget: 'select', options: 'natures', initial: '企业', locked: true, expect: KEEP },
        { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', initial: '营业执照（个人或企业）', locked: true, expect: KEEP },
        { key: 'certNo', label: '证件号码', widget: 'input', initial: USCC, locked: true, expect: KEEP },
        { key: 'name', label: '单位名称', widget: 'input', required: true, expect: v(UNIT) },
        // read from the uploaded licence, shorter than the profile's: kept, offered as 覆盖/保留
        { key: 'certAddress', label: '证件住址', widget: 'input', initial: '浙江省杭州市余杭区文一西路969号', required: true, extra: '已根据上传的证件自动识别，请核对', expect: KEEP },
        { key: 'mailRegion', label: '通信地址', widget: 'cascader', required: true, expect: path(YUHANG) },
        { key: 'mailDetail', label: '详细地址', widget: 'input', required: true, placeholder: '请填写到门牌号', expect: v(YUNQI_DETAIL) },
        { key: 'investor', label: '投资人或主管单位', widget: 'input', required: true, expect: v(UNIT) },
      ],
    },
    {
      title: '主体负责人信息',
      fields: principalLina({ name: '负责人姓名', certType: '证件类型', certNo: '证件号码', from: '证件有效期开始日期', longTerm: '证件长期有效', to: '证件有效期结束日期', mobile: '手机号码', emergency: '应急联系电话', office: '办公室电话', email: '电子邮箱' }),
    },
  ],
  buttons: NEXT,
};

const tencentSubjectPerson: ProvBuild = {
  build: 'prov-tencent-subject-person', provider: 'tencent', library: 'tdesign', step: 'subject', variant: '个人',
  steps: TENCENT_STEPS, current: 1, title: '网站备案 · 新增备案', entity: '张伟',
  about: 'TDesign (tdesign-react) on React 19, 填写主体信息 (个人): 姓名, 证件住址 read from the ID card, validity as one range picker',
  note: TENCENT_NOTE_MIIT,
  sections: [
    {
      title: '主办者信息',
      fields: [
        { key: 'nature', label: '主办者性质', widget: 'select', options: 'natures', initial: '个人', locked: true, expect: KEEP },
        { key: 'certType', label: '证件类型', widget: 'select', options: 'personCertTypes', initial: '居民身份证', locked: true, expect: KEEP },
        { key: 'certNo', label: '证件号码', widget: 'input', initial: '330106199003071236', locked: true, expect: KEEP },
        { key: 'name', label: '姓名', widget: 'input', required: true, expect: v('张伟') },
        { key: 'certAddress', label: '证件住址', widget: 'input', initial: '浙江省杭州市西湖区文三路100号', required: true, extra: '已根据上传的身份证自动识别，请核对', expect: KEEP },
        { key: 'mailRegion', label: '通信地址', widget: 'cascader', required: true, expect: path(XIHU) },
        { key: 'mailDetail', label: '详细地址', widget: 'input', required: true, expect: v(ZW_DETAIL) },
        { key: 'validity', label: '证件有效期', widget: 'daterange', required: true, expect: v(['2018-03-01', '2038-03-01'], true) },
        { key: 'mobile', label: '手机号码', widget: 'input', required: true, expect: v('13800138000') },
        { key: 'emergency', label: '应急联系电话', widget: 'input', required: true, expect: v('13900139000') },
        { key: 'email', label: '电子邮箱', widget: 'input', required: true, expect: v('zhangwei@example.com') },
      ],
    },
  ],
  buttons: NEXT,
};

const tencentSite: ProvBuild = {
  build: 'prov-tencent-site', provider: 'tencent', library: 'tdesign', step: 'site', variant: '单位',
  steps: TENCENT_STEPS, current: 2, title: '网站备案 · 新增备案', entity: UNIT,
  about: 'TDesign (tdesign-react) on React 19, 填写网站信息: 网站服务内容 as a checkable tree select, 网站语言 as a multi-select, 互联网信息服务负责人 with a range picker and a 长期 switch; 域名 carried over and locked',
  note: TENCENT_NOTE_MIIT,
  sections: [
    {
      title: '网站基本信息',
      fields: [
        { key: 'siteName', label: '网站名称', widget: 'input', required: true, expect: v('云栖示例科技官网') },
        { key: 'domain', label: '网站域名', widget: 'input', initial: 'yunqi-demo.cn', locked: true, expect: KEEP },
        { key: 'homeUrl', label: '首页URL', widget: 'input', required: true, placeholder: '如 www.example.com', expect: v('www.yunqi-demo.cn') },
        { key: 'content', label: '网站服务内容', widget: 'treemulti', options: 'contents', required: true, expect: v(['单位门户网站']) },
        { key: 'languages', label: '网站语言', widget: 'multiselect', options: 'languages', required: true, expect: v(['中文简体', '英语']) },
      ],
    },
    {
      title: '互联网信息服务负责人',
      fields: sitePrincipalWang({ name: '负责人姓名', certType: '证件类型', certNo: '证件号码', validity: '证件有效期', longTerm: '证件长期有效', mobile: '手机号码', emergency: '应急联系电话', email: '电子邮箱' }),
    },
  ],
  buttons: NEXT,
};

const tencentUpload: ProvBuild = {
  build: 'prov-tencent-upload-tea', provider: 'tencent', library: 'tea', step: 'upload', variant: '单位',
  steps: TENCENT_STEPS, current: 3, title: '网站备案 · 新增备案', entity: UNIT,
  about: 'Tea (tea-component) on React 18, 上传资料 (单位): one upload per material, 上传方式 radio, agreement check box',
  note: 'Materials from FORMS.md §1.5 (主体证件, 负责人身份证 正反面) in Tencent\'s wordings (INF); 上传方式 and the agreement are Tencent-style extras left untouched.',
  sections: [
    {
      title: '上传资料',
      fields: [
        { key: 'uploadMode', label: '上传方式', widget: 'radio', options: ['电脑上传', '小程序上传'], initial: '电脑上传', expect: KEEP },
        { key: 'licence', label: '主办单位证件', widget: 'upload', required: true, extra: '营业执照彩色扫描件，JPG/PNG，不超过 4 MB', expect: v(['yunqi-licence.png']) },
        { key: 'principalIdFront', label: '主体负责人身份证（正面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'principalIdBack', label: '主体负责人身份证（反面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'webIdFront', label: '网站负责人身份证（正面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'webIdBack', label: '网站负责人身份证（反面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'agree', label: '服务协议', widget: 'checkbox', text: '我已阅读并同意《腾讯云网站备案服务协议》', expect: KEEP },
      ],
    },
  ],
  buttons: [{ label: '上一步' }, { label: '提交备案', counter: 'submitClicks', primary: true }],
};

/* ------------------------------------------------------------------ Huawei Cloud (OpenTiny on Vue 3) */

const HUAWEI_STEPS = ['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'];
const HUAWEI_NOTE_MIIT = 'Huawei fields from S87/S88 (基础信息校验: 地域, 主办单位性质, 主办单位名称, 证件类型, 证件号码, 资源类型; 主体负责人 + 联系方式; 网站名称, 域名, 首页URL, 服务内容, 互联网信息服务负责人); the rest are the MIIT fields of FORMS.md §1.3/§1.4 (INF).';

const huaweiBasic: ProvBuild = {
  build: 'prov-huawei-basic', provider: 'huawei', library: 'opentiny', step: 'basic', variant: '单位',
  steps: HUAWEI_STEPS, current: 0, title: '备案中心 · 填写订单', entity: UNIT,
  about: 'OpenTiny (@opentiny/vue) on Vue 3, 基础信息校验 (单位): 地域 cascader, 资源类型 radio',
  note: 'Fields from S87/S88: 地域, 主办单位性质, 主办单位名称, 证件类型, 证件号码, 资源类型 (ECS or 备案授权码, left at its default).',
  sections: [{
    title: '基础信息',
    fields: [
      { key: 'region', label: '地域', widget: 'cascader', required: true, expect: path(YUHANG) },
      { key: 'nature', label: '主办单位性质', widget: 'select', options: 'natures', required: true, expect: v('企业') },
      { key: 'name', label: '主办单位名称', widget: 'input', required: true, expect: v(UNIT) },
      { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', required: true, expect: v('营业执照（个人或企业）') },
      { key: 'certNo', label: '证件号码', widget: 'input', required: true, expect: v(USCC) },
      { key: 'resourceType', label: '资源类型', widget: 'radio', options: ['弹性云服务器ECS', '备案授权码'], initial: '弹性云服务器ECS', expect: KEEP },
    ],
  }],
  buttons: [{ label: '校验', counter: 'verifyClicks', primary: true }],
};

const huaweiSubject: ProvBuild = {
  build: 'prov-huawei-subject-unit', provider: 'huawei', library: 'opentiny', step: 'subject', variant: '单位',
  steps: HUAWEI_STEPS, current: 1, title: '备案中心 · 填写订单', entity: UNIT,
  about: 'OpenTiny (@opentiny/vue) on Vue 3, 填写主体信息 (单位): step-1 values locked, 证件住所 read from the licence, 通信地址 cascader + 详细地址',
  note: HUAWEI_NOTE_MIIT,
  sections: [
    {
      title: '主办单位信息',
      fields: [
        { key: 'nature', label: '主办单位性质', widget: 'select', options: 'natures', initial: '企业', locked: true, expect: KEEP },
        { key: 'name', label: '主办单位名称', widget: 'input', initial: UNIT, locked: true, expect: KEEP },
        { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', initial: '营业执照（个人或企业）', locked: true, expect: KEEP },
        { key: 'certNo', label: '证件号码', widget: 'input', initial: USCC, locked: true, expect: KEEP },
        { key: 'certAddress', label: '证件住所', widget: 'input', initial: '浙江省杭州市余杭区文一西路969号', required: true, extra: '根据证件照片识别，可修改', expect: KEEP },
        { key: 'mailRegion', label: '通信地址', widget: 'cascader', required: true, expect: path(YUHANG) },
        { key: 'mailDetail', label: '详细地址', widget: 'input', required: true, expect: v(YUNQI_DETAIL) },
        { key: 'investor', label: '投资者或上级主管单位', widget: 'input', required: true, expect: v(UNIT) },
      ],
    },
    {
      title: '主体负责人信息',
      fields: principalLina({ name: '负责人姓名', certType: '证件类型', certNo: '证件号码', from: '证件有效期起', longTerm: '证件有效期长期', to: '证件有效期止', mobile: '手机号码', emergency: '应急联系电话', office: '办公室电话', email: '电子邮箱' }),
    },
  ],
  buttons: NEXT,
};

const huaweiSite: ProvBuild = {
  build: 'prov-huawei-site', provider: 'huawei', library: 'opentiny', step: 'site', variant: '单位',
  steps: HUAWEI_STEPS, current: 2, title: '备案中心 · 填写订单', entity: UNIT,
  about: 'OpenTiny (@opentiny/vue) on Vue 3, 填写互联网信息服务 (网站): 服务内容 as a checkable tree select, 网站语言 as a checkbox group, 互联网信息服务负责人 with a range picker',
  note: HUAWEI_NOTE_MIIT,
  sections: [
    {
      title: '互联网信息服务',
      fields: [
        { key: 'serviceKind', label: '互联网信息服务类型', widget: 'radio', options: ['网站', 'App'], initial: '网站', locked: true, expect: KEEP },
        { key: 'siteName', label: '网站名称', widget: 'input', required: true, expect: v('云栖示例科技官网') },
        { key: 'domain', label: '域名', widget: 'input', initial: 'yunqi-demo.cn', locked: true, expect: KEEP },
        { key: 'homeUrl', label: '首页URL', widget: 'input', required: true, expect: v('www.yunqi-demo.cn') },
        { key: 'content', label: '服务内容', widget: 'treemulti', options: 'contents', required: true, expect: v(['单位门户网站']) },
        { key: 'languages', label: '网站语言', widget: 'checkboxes', options: ['中文简体', '中文繁体', '英语', '日语', '其他语言'], required: true, expect: v(['中文简体', '英语']) },
      ],
    },
    {
      title: '互联网信息服务负责人',
      fields: sitePrincipalWang({ name: '姓名', certType: '证件类型', certNo: '证件号码', validity: '证件有效期', longTerm: '长期有效', mobile: '手机号码', emergency: '应急联系电话', email: '电子邮箱' }),
    },
  ],
  buttons: NEXT,
};

const huaweiUploadUnit: ProvBuild = {
  build: 'prov-huawei-upload-unit', provider: 'huawei', library: 'opentiny', step: 'upload', variant: '单位',
  steps: HUAWEI_STEPS, current: 3, title: '备案中心 · 填写订单', entity: UNIT,
  about: 'OpenTiny (@opentiny/vue) on Vue 3, 上传资料及真实性核验 (单位): file uploads, 核验方式 radio, 承诺 check box',
  note: 'Materials from FORMS.md §1.5 (Huawei: 《ICP备案信息真实性承诺书》, S12); the app-based 真实性核验 is a radio left at its default (S87).',
  sections: [
    {
      title: '上传资料',
      fields: [
        { key: 'licence', label: '主办单位证件', widget: 'upload', required: true, extra: 'jpg/png，不超过 4 MB', expect: v(['yunqi-licence.png']) },
        { key: 'principalIdFront', label: '主体负责人证件正面', widget: 'upload', required: true, expect: MISSING },
        { key: 'principalIdBack', label: '主体负责人证件反面', widget: 'upload', required: true, expect: MISSING },
        { key: 'commitment', label: 'ICP备案信息真实性承诺书', widget: 'upload', required: true, expect: MISSING },
      ],
    },
    {
      title: '真实性核验',
      fields: [
        { key: 'verifyMode', label: '核验方式', widget: 'radio', options: ['华为云App人脸核验', '线下核验'], initial: '华为云App人脸核验', expect: KEEP },
        { key: 'promise', label: '承诺', widget: 'checkbox', text: '我承诺所提交的资料真实有效', expect: KEEP },
      ],
    },
  ],
  buttons: [{ label: '上一步' }, { label: '提交', counter: 'submitClicks', primary: true }],
};

const huaweiUploadPerson: ProvBuild = {
  build: 'prov-huawei-upload-person', provider: 'huawei', library: 'opentiny', step: 'upload', variant: '个人',
  steps: HUAWEI_STEPS, current: 3, title: '备案中心 · 填写订单', entity: '张伟', base: 'https://beian.huaweicloud.com/order',
  about: 'OpenTiny (@opentiny/vue) on Vue 3, 上传资料及真实性核验 (个人): ID card front/back/hand-held',
  note: 'Materials from FORMS.md §1.5 in Huawei\'s wordings (INF).',
  sections: [
    {
      title: '上传资料',
      fields: [
        { key: 'idFront', label: '身份证人像面', widget: 'upload', required: true, expect: v(['zhangwei-id-front.png']) },
        { key: 'idBack', label: '身份证国徽面', widget: 'upload', required: true, expect: MISSING },
        { key: 'commitment', label: 'ICP备案信息真实性承诺书', widget: 'upload', required: true, expect: MISSING },
        { key: 'promise', label: '承诺', widget: 'checkbox', text: '我承诺所提交的资料真实有效', expect: KEEP },
      ],
    },
  ],
  buttons: [{ label: '上一步' }, { label: '提交', counter: 'submitClicks', primary: true }],
};

/* ------------------------------------------------------------------ Volcengine (Arco) */

const VOLC_STEPS = ['主办者信息', '网站信息', '备案资料'];

const volcSubject: ProvBuild = {
  build: 'prov-volcengine-subject', provider: 'volcengine', library: 'arco', step: 'subject', variant: '单位',
  steps: VOLC_STEPS, current: 0, title: '备案管理 · 首次备案', entity: UNIT,
  about: 'Arco Design (@arco-design/web-react) on React 19, 主办者信息 (单位): 主办单位证件住址 read from the licence, 通信地址 as one textarea',
  note: 'Volcengine fields from S91 (主办单位证件住址, 主体负责人姓名, 手机号码); the rest are the MIIT fields of FORMS.md §1.3 (INF).',
  sections: [
    {
      title: '主办者信息',
      fields: [
        { key: 'nature', label: '主办单位性质', widget: 'select', options: 'natures', initial: '企业', locked: true, expect: KEEP },
        { key: 'certType', label: '主办单位证件类型', widget: 'select', options: 'unitCertTypes', initial: '营业执照（个人或企业）', locked: true, expect: KEEP },
        { key: 'name', label: '主办单位名称', widget: 'input', required: true, expect: v(UNIT) },
        { key: 'certNo', label: '主办单位证件号码', widget: 'input', required: true, expect: v(USCC) },
        { key: 'certAddress', label: '主办单位证件住址', widget: 'input', initial: '浙江省杭州市余杭区文一西路969号', required: true, extra: '已从证件照片识别', expect: KEEP },
        { key: 'region', label: '主办单位所属区域', widget: 'cascader', required: true, expect: path(YUHANG) },
        { key: 'mailAddress', label: '主办单位通信地址', widget: 'textarea', required: true, expect: v(YUNQI_ADDRESS) },
        { key: 'investor', label: '投资人或主管单位', widget: 'input', required: true, expect: v(UNIT) },
      ],
    },
    {
      title: '主体负责人',
      fields: principalLina({ name: '主体负责人姓名', certType: '证件类型', certNo: '证件号码', from: '证件有效期开始', longTerm: '长期有效', to: '证件有效期结束', mobile: '手机号码', emergency: '应急联系电话', email: '电子邮箱' }),
    },
  ],
  buttons: [{ label: '保存草稿', counter: 'draftClicks' }, { label: '下一步', counter: 'nextClicks', primary: true }],
};

const volcSite: ProvBuild = {
  build: 'prov-volcengine-site', provider: 'volcengine', library: 'arco', step: 'site', variant: '单位',
  steps: VOLC_STEPS, current: 1, title: '备案管理 · 首次备案', entity: UNIT,
  about: 'Arco Design (@arco-design/web-react) on React 19, 网站信息: 网站语言 multi-select, 负责人 with a range picker and a 长期 switch, 网站域名 locked',
  note: 'Volcengine fields from S91 (网站名称 ≥ 3 Chinese characters, 负责人姓名, 手机号码); the rest are the MIIT fields of FORMS.md §1.4 (INF).',
  sections: [
    {
      title: '网站信息',
      fields: [
        { key: 'siteName', label: '网站名称', widget: 'input', required: true, extra: '不少于 3 个汉字', expect: v('云栖示例科技官网') },
        { key: 'domain', label: '网站域名', widget: 'input', initial: 'yunqi-demo.cn', locked: true, expect: KEEP },
        { key: 'homeUrl', label: '网站首页URL', widget: 'input', required: true, expect: v('www.yunqi-demo.cn') },
        { key: 'content', label: '网站服务内容', widget: 'select', options: 'contents', required: true, expect: v('单位门户网站') },
        { key: 'languages', label: '网站语言', widget: 'multiselect', options: 'languages', required: true, expect: v(['中文简体', '英语']) },
        { key: 'remark', label: '网站备注', widget: 'textarea', placeholder: '选填', expect: v('') },
      ],
    },
    {
      title: '网站负责人',
      fields: sitePrincipalWang({ name: '负责人姓名', certType: '证件类型', certNo: '证件号码', validity: '证件有效期', longTerm: '长期有效', mobile: '手机号码', emergency: '应急联系电话', email: '电子邮箱' }),
    },
  ],
  buttons: [{ label: '上一步' }, { label: '保存草稿', counter: 'draftClicks' }, { label: '下一步', counter: 'nextClicks', primary: true }],
};

const volcDocs: ProvBuild = {
  build: 'prov-volcengine-docs', provider: 'volcengine', library: 'arco', step: 'upload', variant: '单位',
  steps: VOLC_STEPS, current: 2, title: '备案管理 · 首次备案', entity: UNIT,
  about: 'Arco Design (@arco-design/web-react) on React 19, 备案资料: uploads, agreement tick box, 提交备案',
  note: 'Step, agreement tick box and 提交备案 from S91; the materials are those of FORMS.md §1.5 (INF).',
  sections: [
    {
      title: '备案资料',
      fields: [
        { key: 'licence', label: '主办单位证件', widget: 'upload', required: true, expect: v(['yunqi-licence.png']) },
        { key: 'principalIdFront', label: '主体负责人证件（正面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'principalIdBack', label: '主体负责人证件（反面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'webIdFront', label: '网站负责人证件（正面）', widget: 'upload', required: true, expect: MISSING },
        { key: 'agree', label: '备案协议', widget: 'checkbox', text: '我已阅读并同意《火山引擎ICP备案服务协议》', expect: KEEP },
      ],
    },
  ],
  buttons: [{ label: '上一步' }, { label: '提交备案', counter: 'submitClicks', primary: true }],
};

/* ------------------------------------------------------------------ Baidu AI Cloud (library unknown: antd) */

const BAIDU_STEPS = ['验证备案类型', '选择备案资源', '填写主体及主体负责人信息', '填写网站信息', '资料上传及人脸核验', '信息确认'];
const BAIDU_LIB = 'Baidu\'s filing-console library is unknown (FORMS.md §1.10 names acud / san-xui as Baidu console libraries, unconfirmed): built with antd.';

const baiduBasic: ProvBuild = {
  build: 'prov-baidu-basic', provider: 'baidu', library: 'antd', step: 'basic', variant: '单位',
  steps: BAIDU_STEPS, current: 0, title: 'ICP备案 · 新增备案', entity: UNIT,
  about: 'antd 6 on React 19 (Baidu\'s library unknown), 验证备案类型 (单位)',
  note: `Fields from S90: 通信地址所属区域, 主办单位性质, 证件类型, 证件号码. ${BAIDU_LIB}`,
  sections: [{
    title: '验证备案类型',
    fields: [
      { key: 'region', label: '通信地址所属区域', widget: 'cascader', required: true, expect: path(YUHANG) },
      { key: 'nature', label: '主办单位性质', widget: 'select', options: 'natures', required: true, expect: v('企业') },
      { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', required: true, expect: v('营业执照（个人或企业）') },
      { key: 'certNo', label: '证件号码', widget: 'input', required: true, expect: v(USCC) },
    ],
  }],
  buttons: [{ label: '验证备案类型', counter: 'verifyClicks', primary: true }],
};

const baiduSubject: ProvBuild = {
  build: 'prov-baidu-subject', provider: 'baidu', library: 'antd', step: 'subject', variant: '单位',
  steps: BAIDU_STEPS, current: 2, title: 'ICP备案 · 新增备案', entity: UNIT,
  about: 'antd 6 on React 19 (Baidu\'s library unknown), 填写主体及主体负责人信息: 单位性质/证件类型 locked, 单位名称/单位证件号码/法定代表人姓名 read from the uploaded licence, 法定代表人身份证号 typed',
  note: `Fields from S90: 单位性质/证件类型 carried over and locked; uploading the 证件照片 fills 单位名称, 单位证件号码, 法定代表人姓名; 法定代表人身份证号 typed by hand; 应急联系人手机号码. 通信地址 and the principal's ID fields are the MIIT fields of FORMS.md §1.3 (INF). ${BAIDU_LIB}`,
  sections: [
    {
      title: '主体信息',
      fields: [
        { key: 'nature', label: '单位性质', widget: 'select', options: 'natures', initial: '企业', locked: true, expect: KEEP },
        { key: 'certType', label: '证件类型', widget: 'select', options: 'unitCertTypes', initial: '营业执照（个人或企业）', locked: true, expect: KEEP },
        // the licence the filer uploaded on this page: a file the profile does not hold under this name
        { key: 'licencePhoto', label: '证件照片', widget: 'upload', initial: ['营业执照.jpg'], required: true, extra: '上传后自动识别单位名称、证件号码、法定代表人', expect: KEEP },
        { key: 'name', label: '单位名称', widget: 'input', initial: UNIT, required: true, expect: v(UNIT) },
        // OCR misread the last character (8 → B): kept, offered as 覆盖/保留
        { key: 'certNo', label: '单位证件号码', widget: 'input', initial: '91330110MA2H3K7Q1B', required: true, expect: KEEP },
        { key: 'legalRep', label: '法定代表人姓名', widget: 'input', initial: '李娜', required: true, expect: v('李娜') },
        { key: 'legalRepId', label: '法定代表人身份证号', widget: 'input', required: true, placeholder: '请手动输入', expect: v('330110198511204525') },
        { key: 'mailRegion', label: '通信地址', widget: 'cascader', required: true, expect: path(YUHANG) },
        { key: 'mailDetail', label: '通信地址详细地址', widget: 'input', required: true, expect: v(YUNQI_DETAIL) },
      ],
    },
    {
      title: '主体负责人信息',
      fields: [
        ...principalLina({ name: '主体负责人姓名', certType: '证件类型', certNo: '证件号码', from: '证件有效期起始日期', longTerm: '是否长期', to: '证件有效期截止日期', mobile: '手机号码', emergency: '应急联系人手机号码', email: '电子邮箱' }),
      ],
    },
  ],
  buttons: [{ label: '上一步' }, { label: '下一步', counter: 'nextClicks', primary: true }],
};

const baiduSite: ProvBuild = {
  build: 'prov-baidu-site', provider: 'baidu', library: 'antd', step: 'site', variant: '单位',
  steps: BAIDU_STEPS, current: 3, title: 'ICP备案 · 新增备案', entity: UNIT,
  about: 'antd 6 on React 19 (Baidu\'s library unknown), 填写网站信息: 服务内容 as a checkbox group, 网站语言 multi-select, 网站负责人 with a range picker',
  note: `S90 gives only the step's name: the fields are the MIIT fields of FORMS.md §1.4 in Baidu-style wordings (INF). ${BAIDU_LIB}`,
  sections: [
    {
      title: '网站信息',
      fields: [
        { key: 'siteName', label: '网站名称', widget: 'input', required: true, expect: v('云栖示例科技官网') },
        { key: 'domain', label: '网站域名', widget: 'input', initial: 'yunqi-demo.cn', locked: true, expect: KEEP },
        { key: 'homeUrl', label: '网站首页URL', widget: 'input', required: true, expect: v('www.yunqi-demo.cn') },
        { key: 'content', label: '网站服务内容', widget: 'checkboxes', options: ['综合门户', '单位门户网站', '网络购物', '网络教育', '其他'], required: true, expect: v(['单位门户网站']) },
        { key: 'languages', label: '网站语言', widget: 'multiselect', options: 'languages', required: true, expect: v(['中文简体', '英语']) },
      ],
    },
    {
      title: '网站负责人信息',
      fields: sitePrincipalWang({ name: '网站负责人姓名', certType: '证件类型', certNo: '证件号码', validity: '证件有效期', longTerm: '长期有效', mobile: '手机号码', emergency: '应急联系人手机号码', email: '电子邮箱' }),
    },
  ],
  buttons: [{ label: '上一步' }, { label: '下一步', counter: 'nextClicks', primary: true }],
};

export const PROV_BUILDS: readonly ProvBuild[] = [
  tencentBasic, tencentSubjectUnit, tencentSubjectPerson, tencentSite, tencentUpload,
  huaweiBasic, huaweiSubject, huaweiSite, huaweiUploadUnit, huaweiUploadPerson,
  volcSubject, volcSite, volcDocs,
  baiduBasic, baiduSubject, baiduSite,
];

/** The console URL each provider's pages are served at (FORMS.md §1.10; Baidu's console host is [INF], see lib/hosts.ts). */
export const PROVIDER_URLS: Record<Provider, string> = {
  tencent: 'https://console.cloud.tencent.com/beian',
  huawei: 'https://console.huaweicloud.com/beian/',
  volcengine: 'https://console.volcengine.com/beian',
  baidu: 'https://console.bce.baidu.com/beian',
};

/** The page's URL: the console's filing section plus the replica-only build parameter. */
export const urlOf = (b: ProvBuild): string => `${b.base ?? PROVIDER_URLS[b.provider]}?replicaBuild=${b.build}`;

/** Every field of a build, in page order. */
export const fieldsOf = (b: ProvBuild): Field[] => b.sections.flatMap((s) => s.fields);

/** Counter keys of a build's buttons. */
export const countersOf = (b: ProvBuild): string[] => b.buttons.flatMap((x) => (x.counter ? [x.counter] : []));

/** The value a field holds before anyone touches it. */
export function initialOf(f: Field): string | string[] | boolean {
  if (f.initial !== undefined) return f.initial;
  switch (f.widget) {
    case 'multiselect': case 'treemulti': case 'cascader': case 'checkboxes': case 'upload': return [];
    case 'daterange': return ['', ''];
    case 'checkbox': case 'switch': return false;
    default: return '';
  }
}
