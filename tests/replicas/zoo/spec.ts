/**
 * ONE data spec per step of each filing platform (labels, synonyms, options and sections from
 * /work/shared/domain/FORMS.md §1.2–§1.9 and §2.1–§2.5). A field lists its state key, its label in each
 * wording (index = wording; a shorter list falls back to its first entry), its section, the widget shapes it may
 * take, its options and how its expected value follows from the example profile (./profile.ts).
 */
import type { Kind, Shape } from './plan';
import type { Addr, Ctx, Person } from './profile';

export const MISSING = { missing: true } as const;
export const UNTOUCHED = { untouched: true } as const;
export interface Span { from: string; to: string; longTerm?: boolean }
/** A field's value in the profile, before a shape turns it into state values. */
export type Logical = string | string[] | boolean | Span | Addr | typeof MISSING | typeof UNTOUCHED;

export interface FieldSpec {
  key: string;
  kind: Kind;
  labels: string[];
  /** allowed shapes, the first is the default */
  shapes: Shape[];
  /** option lists by wording (index = wording, falls back to the first) */
  options?: string[][];
  /** the profile's value, in the page's spelling (`opts` = this page's options); undefined: the field is not on this page for this entity */
  value: (c: Ctx, opts: string[]) => Logical | undefined;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  /** shown only while this bool field says yes */
  showIf?: string;
  /** disabled while this 同主体负责人信息 checkbox is ticked */
  lockedBy?: string;
  /** for 同主体负责人信息: the same fields valued from the principal (what ticking copies in) */
  copies?: FieldSpec[];
}

export interface SectionSpec {
  titles: string[];
  fields: FieldSpec[];
}

export interface StepSpec {
  id: string;
  platform: 'aliyun' | 'mps' | 'beian-old' | 'miit';
  step: string;
  /** fixed subject kind, or undefined when a build chooses the entity */
  variant?: '单位' | '个人';
  url: string;
  title: string;
  stepTitles: string[];
  currentStep: number;
  heading: string;
  notice?: string[];
  sections: SectionSpec[];
  buttons: { label: string; counter?: string; primary?: boolean }[];
}

/* ------------------------------------------------------------------ option lists (FORMS.md) */

/** §1.6 */
export const NATURES = ['国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会', '律师执业机构', '外国在华文化中心', '群众性团体组织', '司法鉴定机构', '宗教团体', '境外机构', '医疗机构', '公证机构', '集体经济', '仲裁机构'];
/** §1.7 personal documents */
export const PERSON_CERTS = ['居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '港澳居民居住证', '台湾居民居住证'];
/** §1.7 unit certificates (a selection) */
export const UNIT_CERTS = ['营业执照（个人或企业）', '组织机构代码证', '事业单位法人证书', '部队代号', '社会团体法人登记证书', '统一社会信用代码证书', '民办非企业单位登记证书', '基金会法人登记证书', '律师事务所执业许可证', '外国企业常驻代表机构登记证'];
/** §1.9 */
export const CONTENTS = ['即时通信', '搜索引擎', '综合门户', '网上邮局', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站', '网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', '其他'];
/** §1.4 */
export const ICP_LANGUAGES = ['中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'];
export const SERVICE_TYPES = ['网站应用服务', 'App应用服务'];
/** §2.2 person ID types of the 公安 platform */
export const MPS_PERSON_IDS = ['居民身份证', '临时居民身份证', '军官证', '学生证', '机动车驾驶证', '外交护照', '公务护照', '因公普通护照', '普通护照', '入出境通行证', '香港特别行政区护照', '澳门特别行政区护照', '其他证件', '居住证'];
/** §2.3 */
export const MPS_LANGUAGES = ['英语', '法语', '俄语', '西班牙语', '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '阿拉伯语', '朝鲜语', '日语', '德语', '其他'];
export const SITE_TYPES = ['A 网络基础类', 'B 网络销售类', 'C 生活服务类', 'D 社交文娱类', 'E 信息资讯类', 'F 金融服务类', 'G 计算机应用类', 'Z 其他'];
export const ACCESS_PROVIDERS = ['阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', '华为云计算技术有限公司', '北京百度网讯科技有限公司', '深圳平安通信科技有限公司', '上海有孚计算机网络有限公司'];
export const REGISTRARS = ['阿里云计算有限公司（原万网）', '北京新网数码信息技术有限公司', '腾讯云计算（北京）有限责任公司', '厦门易名科技股份有限公司', '成都西维数码科技有限公司'];
export const ACCESS_MODES = ['租赁虚拟空间', '租赁主机', '自有主机', '其他'];
export const JURISDICTIONS = ['境内', '境外'];
/** 交互服务类型: no source lists them (FORMS.md §5); two spellings of one list */
export const INTERACTIVE_KINDS = [
  ['论坛社区', '网络评论', '即时通讯', '网络直播', '网盘/云存储', '应用商店', '电子商务', '其他'],
  ['论坛/社区', '网络评论', '即时通讯', '网络直播', '云存储', '应用分发', '其他'],
  ['论坛、社区', '网络评论', '博客/微博', '即时通讯', '网络音视频', '其他'],
];

/* ------------------------------------------------------------------ helpers */

const norm = (s: string) => s.replace(/[\s/、·]/g, '');
/** the page's spelling of each profile value (undefined when an option is lacking) */
const spell = (values: string[], opts: string[]): string[] | undefined => {
  const out = values.map((v) => opts.find((o) => norm(o) === norm(v) || o.startsWith(`${v} `)));
  return out.every(Boolean) ? (out as string[]) : undefined;
};
const one = (v: string, opts: string[]) => spell([v], opts)?.[0];

type Get<T> = (c: Ctx, opts: string[]) => T | undefined;
const f = (key: string, kind: Kind, labels: string[], shapes: Shape[], value: Get<Logical>, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key, kind, labels, shapes, value, required: true, ...extra,
});
const text = (key: string, labels: string[], v: Get<string>, extra: Partial<FieldSpec> = {}) =>
  f(key, 'text', labels, ['input'], (c, o) => { const x = v(c, o); return x === undefined ? undefined : x || MISSING; }, extra);
const choice = (key: string, labels: string[], options: string[][], shapes: Shape[], v: Get<string | string[]>, extra: Partial<FieldSpec> = {}) =>
  f(key, 'choice', labels, shapes, (c, o) => {
    const x = v(c, o);
    if (x === undefined) return undefined;
    return Array.isArray(x) ? spell(x, o) : one(x, o);
  }, { options, ...extra });
const bool = (key: string, labels: string[], shapes: Shape[], v: Get<boolean>, extra: Partial<FieldSpec> = {}) => f(key, 'bool', labels, shapes, v, extra);
const upload = (key: string, labels: string[], v: Get<string | undefined>, extra: Partial<FieldSpec> = {}) =>
  f(key, 'upload', labels, ['upload'], (c, o) => v(c, o) ?? MISSING, { hint: '支持 jpg/png 格式，大小不超过 4MB', ...extra });
const address = (key: string, labels: string[], v: Get<Addr>, extra: Partial<FieldSpec> = {}) =>
  f(key, 'address', labels, ['cascader', 'selects', 'line'], v, extra);
const region = (key: string, labels: string[], v: Get<string[]>, extra: Partial<FieldSpec> = {}) =>
  f(key, 'region', labels, ['cascader', 'selects'], v, extra);

interface PersonLabels {
  name: string[];
  certType?: string[];
  certNo?: string[];
  validity?: string[];
  mobile?: string[];
  emergency?: string[];
  landline?: string[];
  email?: string[];
  address?: string[];
  photos?: [string[], string[], string[]];
}

/** A person block (负责人 / 联络人): fields keyed `${prefix}Name` … valued from `pick`. */
function personBlock(prefix: string, L: PersonLabels, pick: (c: Ctx) => Person, certs: string[], lockedBy?: string, photosOnly = false): FieldSpec[] {
  const lock = lockedBy ? { lockedBy } : {};
  const out: FieldSpec[] = [];
  if (!photosOnly) {
    out.push(text(`${prefix}Name`, L.name, (c) => pick(c).name, lock));
    if (L.certType) out.push(choice(`${prefix}CertType`, L.certType, [certs], ['select'], (c) => pick(c).certType, lock));
    if (L.certNo) out.push(text(`${prefix}CertNo`, L.certNo, (c) => pick(c).certNo, lock));
    if (L.validity)
      out.push(f(`${prefix}Validity`, 'validity', L.validity, ['range', 'pickers', 'texts'], (c) => {
        const p = pick(c);
        return { from: p.validFrom, to: p.validTo, longTerm: p.longTerm };
      }, lock));
    if (L.address) out.push(address(`${prefix}Address`, L.address, (c) => pick(c).address, lock));
    if (L.landline) out.push(text(`${prefix}Landline`, L.landline, (c) => pick(c).landline, { ...lock, required: false, placeholder: '如：0571-88888888' }));
    if (L.mobile) out.push(text(`${prefix}Mobile`, L.mobile, (c) => pick(c).mobile, { ...lock, placeholder: '请输入11位手机号码' }));
    if (L.emergency) out.push(text(`${prefix}Emergency`, L.emergency, (c) => pick(c).emergencyPhone, lock));
    if (L.email) out.push(text(`${prefix}Email`, L.email, (c) => pick(c).email, lock));
  }
  if (L.photos) {
    const [front, back, hand] = L.photos;
    out.push(upload(`${prefix}IdFront`, front, (c) => pick(c).idFront));
    out.push(upload(`${prefix}IdBack`, back, (c) => pick(c).idBack));
    out.push(upload(`${prefix}IdHandheld`, hand, (c) => pick(c).idHandheld, { required: false }));
  }
  return out;
}

/** 同主体负责人信息: ticked when the role is the principal; ticking copies the principal into the block. */
function sameAs(key: string, labels: string[], ticked: (c: Ctx) => boolean, copies: FieldSpec[]): FieldSpec {
  return f(key, 'check', labels, ['checkbox'], (c) => ticked(c), { copies, required: false });
}

/* ------------------------------------------------------------------ URLs */

export const ALIYUN_URL = 'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&pageAction=init&orderType=100';
export const MPS_URL = 'https://beian.mps.gov.cn/web/business/businessHome/website';
export const OLD_URL = 'http://www.beian.gov.cn/portal/website/newWebsiteApply';
export const MIIT_URL = 'https://beian.miit.gov.cn/#/Integrated/index';

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];
const MPS_STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
const NEXT = [{ label: '上一步' }, { label: '下一步', counter: 'nextClicks', primary: true }];
const SUBMIT = [{ label: '上一步' }, { label: '提交', counter: 'submitClicks', primary: true }];

/* ------------------------------------------------------------------ principal blocks */

const ALIYUN_PRINCIPAL: PersonLabels = {
  name: ['负责人姓名', '主体负责人姓名', '姓名'],
  certType: ['负责人证件类型', '主体负责人证件类型', '证件类型'],
  certNo: ['负责人证件号码', '主体负责人证件号码', '证件号码'],
  validity: ['证件有效期', '负责人证件有效期', '证件有效期'],
  mobile: ['手机号码', '移动电话', '手机号码'],
  emergency: ['应急联系电话', '应急电话号码', '应急电话'],
  landline: ['办公室电话', '办公电话', '办公室电话'],
  email: ['电子邮箱', '电子邮件', '电子邮箱'],
};

const WEB_PRINCIPAL: PersonLabels = {
  name: ['网站负责人姓名', '互联网信息服务负责人姓名', '姓名'],
  certType: ['网站负责人证件类型', '互联网信息服务负责人证件类型', '证件类型'],
  certNo: ['网站负责人证件号码', '互联网信息服务负责人证件号码', '证件号码'],
  validity: ['网站负责人证件有效期', '证件有效期', '证件有效期'],
  mobile: ['网站负责人手机号码', '移动电话', '手机号码'],
  emergency: ['网站负责人应急联系电话', '应急电话号码', '应急联系电话'],
  email: ['网站负责人电子邮箱', '电子邮件', '电子邮箱'],
};

const MPS_PHOTOS = (who: string): [string[], string[], string[]] => [
  [`${who}证件正面`, '身份证人像面', '证件正面照'],
  [`${who}证件反面`, '身份证国徽面', '证件反面照'],
  [`${who}手持证件照`, '手持身份证照片', '手持证件照'],
];

const MPS_PRINCIPAL: PersonLabels = {
  name: ['负责人姓名', '主体负责人姓名', '姓名'],
  certType: ['证件类型', '负责人证件类型', '证件类型'],
  certNo: ['证件号码', '负责人证件号码', '证件号码'],
  validity: ['证件有效期', '负责人证件有效期', '证件有效期'],
  address: ['负责人常住地址', '常住地址', '常住地址'],
  landline: ['办公室电话', '办公电话', '办公室电话'],
  mobile: ['手机号码', '移动电话', '手机号码'],
  email: ['负责人邮箱', '电子邮件', '电子邮箱'],
  photos: MPS_PHOTOS('负责人'),
};

const SECURITY: PersonLabels = {
  name: ['负责人姓名', '安全负责人姓名', '姓名'],
  certType: ['证件类型', '负责人证件类型', '证件类型'],
  certNo: ['证件号码', '负责人证件号码', '证件号码'],
  validity: ['证件有效期', '负责人证件有效期', '证件有效期'],
  mobile: ['手机号码', '移动电话', '手机号码'],
  email: ['电子邮件地址', '电子邮件', '电子邮箱'],
};
const EMERGENCY: PersonLabels = {
  name: ['联络人姓名', '应急联络人姓名', '姓名'],
  certType: ['证件类型', '联络人证件类型', '证件类型'],
  certNo: ['证件号码', '联络人证件号码', '证件号码'],
  validity: ['证件有效期', '联络人证件有效期', '证件有效期'],
  mobile: ['手机号码', '联系电话', '手机号码'],
};

/* ------------------------------------------------------------------ the steps */

export const STEPS: StepSpec[] = [
  {
    id: 'aliyun-basic', platform: 'aliyun', step: 'basic', url: ALIYUN_URL, title: '阿里云 · 填写基本信息',
    stepTitles: ALIYUN_STEPS, currentStep: 0, heading: '填写基本信息（信息校验）',
    sections: [{
      titles: ['主办单位基本信息', '主办者信息', '备案主体'],
      fields: [
        region('region', ['主办单位所属区域', '主办者所在地区', '所属区域'], (c) => c.entity.region),
        choice('nature', ['主办单位性质', '主办者性质', '单位性质'], [NATURES], ['select'], (c) => c.entity.nature),
        choice('certType', ['主办单位证件类型', '主办者证件类型', '证件类型'], [[...UNIT_CERTS, ...PERSON_CERTS]], ['select'], (c) => c.entity.certType),
        text('certNo', ['主办单位证件号码', '主办者证件号码', '证件号码'], (c) => c.entity.certNo),
        text('domain', ['网站域名', '域名', '备案域名'], (c) => c.site.domains[0], { hint: '请输入不带 www 的主域名，如 example.com' }),
      ],
    }],
    buttons: [{ label: '信息校验', counter: 'nextClicks', primary: true }],
  },
  {
    id: 'aliyun-subject-unit', platform: 'aliyun', step: 'subject', variant: '单位', url: ALIYUN_URL, title: '阿里云 · 填写主办者信息（单位）',
    stepTitles: ALIYUN_STEPS, currentStep: 1, heading: '填写主办者信息',
    sections: [
      {
        titles: ['主办单位信息', '主办者信息', '主办单位信息'],
        fields: [
          text('name', ['主办单位名称', '主办单位或主办人名称', '名称'], (c) => c.entity.name),
          choice('nature', ['主办单位性质', '主办者性质', '性质'], [NATURES], ['select'], (c) => c.entity.nature),
          choice('certType', ['主办单位证件类型', '主办者证件类型', '证件类型'], [UNIT_CERTS], ['select', 'radio'], (c) => c.entity.certType),
          text('certNo', ['主办单位证件号码', '主办者证件号码', '证件号码'], (c) => c.entity.certNo),
          address('certAddress', ['主办单位证件住所', '证件住址', '证件住所'], (c) => c.entity.certAddress),
          region('region', ['主办单位所属区域', '主办者所在地区', '所属区域'], (c) => c.entity.region),
          address('mailing', ['主办单位通讯地址', '通信地址', '通讯地址'], (c) => c.entity.mailing, { hint: '请填写到门牌号' }),
          text('investor', ['投资人或主管单位', '投资者或上级主管单位', '投资人或主管单位'], (c) => c.entity.investor),
          text('legalRep', ['法定代表人姓名', '法人代表人姓名', '法定代表人'], (c) => c.entity.legalRep?.name),
        ],
      },
      {
        titles: ['主体负责人信息', '主体负责人', '主体负责人信息'],
        fields: personBlock('principal', ALIYUN_PRINCIPAL, (c) => c.principal, PERSON_CERTS),
      },
    ],
    buttons: NEXT,
  },
  {
    id: 'aliyun-subject-person', platform: 'aliyun', step: 'subject', variant: '个人', url: ALIYUN_URL, title: '阿里云 · 填写主办者信息（个人）',
    stepTitles: ALIYUN_STEPS, currentStep: 1, heading: '填写主办者信息',
    sections: [
      {
        titles: ['主办者信息', '主办人信息', '主体信息'],
        fields: [
          text('name', ['主办人名称', '主办单位或主办人名称', '姓名'], (c) => c.entity.name),
          choice('nature', ['主办单位性质', '主办者性质', '性质'], [NATURES], ['select'], (c) => c.entity.nature),
          choice('certType', ['主办者证件类型', '主办单位证件类型', '证件类型'], [PERSON_CERTS], ['select', 'radio'], (c) => c.entity.certType),
          text('certNo', ['主办者证件号码', '主办单位证件号码', '证件号码'], (c) => c.entity.certNo),
          address('certAddress', ['证件住所', '证件住址', '证件地址'], (c) => c.entity.certAddress),
          address('mailing', ['通信地址', '通讯地址', '通信地址'], (c) => c.entity.mailing, { hint: '请填写到门牌号' }),
        ],
      },
      {
        titles: ['主体负责人信息', '主体负责人', '负责人信息'],
        fields: personBlock('principal', ALIYUN_PRINCIPAL, (c) => c.principal, PERSON_CERTS),
      },
    ],
    buttons: NEXT,
  },
  {
    id: 'aliyun-site', platform: 'aliyun', step: 'site', url: ALIYUN_URL, title: '阿里云 · 填写网站信息',
    stepTitles: ALIYUN_STEPS, currentStep: 2, heading: '填写网站信息',
    sections: [
      {
        titles: ['网站基本信息', '网站信息', '互联网信息服务'],
        fields: [
          text('siteName', ['网站名称'], (c) => c.site.name),
          f('domains', 'domains', ['网站域名', '域名', '网站域名'], ['list', 'input', 'tags'], (c) => c.site.domains, { hint: '不带 www；多个域名以英文逗号分隔' }),
          text('homeUrl', ['网站首页URL', '首页URL', '网站首页地址'], (c) => c.site.homeUrl, { hint: '无需填写 http://' }),
          choice('serviceType', ['服务类型', '应用服务类型', '服务类型'], [SERVICE_TYPES], ['select', 'radio'], (c) => c.site.serviceType),
          choice('content', ['网站服务内容', '内容类型', '服务内容'], [CONTENTS], ['select', 'checkbox', 'multiselect', 'treemulti'], (c) => c.site.contentTypes),
          choice('languages', ['网站语言', '语言类型', '网站语言'], [ICP_LANGUAGES], ['checkbox', 'multiselect', 'transfer'], (c) => c.site.languages),
          bool('preApproval', ['前置审批项', '是否涉及前置审批', '前置审批'], ['involve', 'yesno', 'switch'], (c) => c.site.preApproval),
          text('remark', ['网站备注', '备注', '备注'], (c) => (c.site.remark ? c.site.remark : undefined), { required: false, shapes: ['textarea', 'input'] }),
        ],
      },
      {
        titles: ['网站负责人信息', '互联网信息服务负责人', '网站负责人'],
        fields: [
          sameAs('webSame', ['同主体负责人', '同主体负责人信息', '与主体负责人相同'], (c) => c.webSame,
            personBlock('web', WEB_PRINCIPAL, (c) => c.principal, PERSON_CERTS)),
          ...personBlock('web', WEB_PRINCIPAL, (c) => c.web, PERSON_CERTS, 'webSame'),
        ],
      },
    ],
    buttons: NEXT,
  },
  {
    id: 'aliyun-upload-unit', platform: 'aliyun', step: 'upload', variant: '单位', url: ALIYUN_URL, title: '阿里云 · 上传资料（单位）',
    stepTitles: ALIYUN_STEPS, currentStep: 3, heading: '上传资料',
    sections: [
      {
        titles: ['主体资料', '主办单位资料', '主体证件'],
        fields: [upload('licence', ['主体证件', '营业执照', '主办单位证件'], (c) => c.entity.licence, { hint: '请上传营业执照原件的彩色扫描件或照片' })],
      },
      {
        titles: ['负责人资料', '证件照片', '负责人证件'],
        fields: [
          upload('principalIdFront', ['主体负责人身份证正面', '主体负责人证件人像面', '主体负责人证件正面'], (c) => c.principal.idFront),
          upload('principalIdBack', ['主体负责人身份证反面', '主体负责人证件国徽面', '主体负责人证件反面'], (c) => c.principal.idBack),
          upload('webIdFront', ['网站负责人身份证正面', '网站负责人证件人像面', '网站负责人证件正面'], (c) => c.web.idFront),
          upload('webIdBack', ['网站负责人身份证反面', '网站负责人证件国徽面', '网站负责人证件反面'], (c) => c.web.idBack),
        ],
      },
      {
        titles: ['其他资料', '辅助材料', '其他资料'],
        fields: [upload('domainCert', ['域名证书', '域名注册证书', '域名证书'], (c) => c.site.domainCert, { required: false })],
      },
    ],
    buttons: SUBMIT,
  },
  {
    id: 'mps-subject-unit', platform: 'mps', step: 'subject', variant: '单位', url: MPS_URL, title: '公安备案 · 开办主体（单位）',
    stepTitles: MPS_STEPS, currentStep: 0, heading: '开办主体',
    sections: [
      {
        titles: ['开办主体信息', '主办单位信息', '单位信息'],
        fields: [
          choice('subjectType', ['开办主体性质', '主体性质', '开办主体性质'], [['个人', '单位']], ['select', 'radio'], () => '单位'),
          text('unitName', ['主办单位名称', '单位名称', '名称'], (c) => c.entity.name),
          // 主办单位证件类型 left out: its options (§2.2: 统一社会信用代码证/营业执照证书/组织机构代码证/其他) lack the profile's 营业执照（个人或企业）
          text('unitCertNo', ['主办单位证件号', '统一社会信用代码', '证件号码'], (c) => c.entity.certNo),
          upload('unitCertFile', ['有效证件', '单位证件照片', '主办单位有效证件'], (c) => c.entity.licence),
          text('legalRep', ['法人代表人姓名', '法定代表人', '法定代表人姓名'], (c) => c.entity.legalRep?.name),
          text('legalRepCertNo', ['法人代表人证件号码', '法定代表人身份证号', '法定代表人证件号码'], (c) => c.entity.legalRep?.certNo),
          address('registered', ['单位注册地址', '注册地址', '单位注册地址'], (c) => c.entity.registered),
          address('office', ['单位办公地址', '办公地址', '单位办公地址'], (c) => c.entity.office),
        ],
      },
      {
        titles: ['负责人信息', '主体负责人信息', '负责人信息'],
        fields: [
          ...personBlock('principal', MPS_PRINCIPAL, (c) => c.principal, MPS_PERSON_IDS),
          bool('usesGenAI', ['是否利用生成式人工智能', '是否使用生成式人工智能', '是否利用生成式人工智能'], ['yesno', 'switch'], (c) => c.entity.usesGenAI),
        ],
      },
    ],
    buttons: [{ label: '保存草稿' }, { label: '下一步', counter: 'nextClicks', primary: true }],
  },
  {
    id: 'mps-subject-person', platform: 'mps', step: 'subject', variant: '个人', url: MPS_URL, title: '公安备案 · 开办主体（个人）',
    stepTitles: MPS_STEPS, currentStep: 0, heading: '开办主体',
    sections: [
      {
        titles: ['开办主体信息', '开办主体', '主体信息'],
        fields: [choice('subjectType', ['开办主体性质', '主体性质', '开办主体性质'], [['个人', '单位']], ['select', 'radio'], () => '个人')],
      },
      {
        titles: ['负责人信息', '开办者信息', '个人信息'],
        fields: [
          ...personBlock('principal', MPS_PRINCIPAL, (c) => c.principal, MPS_PERSON_IDS),
          bool('usesGenAI', ['是否利用生成式人工智能', '是否使用生成式人工智能', '是否利用生成式人工智能'], ['yesno', 'switch'], (c) => c.entity.usesGenAI),
        ],
      },
    ],
    buttons: [{ label: '保存草稿' }, { label: '下一步', counter: 'nextClicks', primary: true }],
  },
  {
    id: 'mps-site', platform: 'mps', step: 'site', url: MPS_URL, title: '公安备案 · 网站基本信息',
    stepTitles: MPS_STEPS, currentStep: 1, heading: '网站基本信息',
    sections: [
      {
        titles: ['网站基本信息', '网站信息', '基本信息'],
        fields: [
          text('siteName', ['网站名称'], (c) => c.site.name, { hint: '须与工信部备案的网站名称一致' }),
          f('openedAt', 'date', ['网站开通日期', '开通日期', '网站开通日期'], ['picker', 'typed'], (c) => c.site.openedAt),
          text('mainDomain', ['主域名', '网站主域名', '主域名'], (c) => c.site.domains[0]),
          f('subDomains', 'domains', ['从域名', '其他域名', '从域名'], ['list', 'input'], (c) => (c.site.domains.length > 1 ? c.site.domains.slice(1) : undefined), { required: false }),
          text('ip', ['IP', '网站IP地址', 'IP地址'], (c) => (c.site.ips.length === 1 ? c.site.ips[0] : undefined)),
          upload('domainCert', ['域名证书', '域名证书', '域名证书'], (c) => c.site.domainCert, { hint: '图片大小不超过 400KB' }),
          f('domainCertValidity', 'range', ['域名证书有效期', '证书有效期', '域名证书有效期'], ['range', 'pickers', 'texts'], (c) => ({ from: c.site.domainCertFrom, to: c.site.domainCertTo })),
        ],
      },
      {
        titles: ['网络接入服务商', '接入服务商信息', '网络接入服务商'],
        fields: [
          choice('ispJurisdiction', ['接入商所属地区管辖', '所属地区管辖', '所属地区管辖'], [JURISDICTIONS], ['select', 'radio'], (c) => c.site.access.jurisdiction),
          region('ispRegion', ['接入商所属区域', '所属区域', '所属区域'], (c) => c.site.access.region),
          choice('ispName', ['网络接入服务商名称', '名称', '名称'], [ACCESS_PROVIDERS], ['select'], (c) => c.site.access.name),
          choice('ispMode', ['网站接入方式', '接入方式', '网站接入方式'], [ACCESS_MODES], ['select', 'radio'], (c) => c.site.access.accessMethod!),
          text('ispPhone', ['接入商电话', '电话', '电话'], (c) => c.site.access.phone),
          text('ispCode', ['组织机构代码/接入商编码'], (c) => c.site.access.code),
        ],
      },
      {
        titles: ['域名注册服务商', '域名注册商信息', '域名注册服务商'],
        fields: [
          choice('regJurisdiction', ['注册商所属地区管辖', '所属地区管辖', '所属地区管辖'], [JURISDICTIONS], ['select', 'radio'], (c) => c.site.registrar.jurisdiction),
          region('regRegion', ['注册商所属区域', '所属区域', '所属区域'], (c) => c.site.registrar.region),
          choice('regName', ['域名注册服务商名称', '名称', '名称'], [REGISTRARS], ['select'], (c) => c.site.registrar.name),
          text('regPhone', ['注册商电话', '电话', '电话'], (c) => c.site.registrar.phone),
        ],
      },
      {
        titles: ['服务信息', '网站服务信息', '服务信息'],
        fields: [
          bool('interactive', ['是否提供互联网交互服务', '互联网交互服务', '是否提供互联网交互服务'], ['yesno', 'switch'], (c) => c.site.interactive),
          choice('interactiveKinds', ['交互服务类型', '交互服务类型', '交互服务类别'], INTERACTIVE_KINDS, ['checkbox', 'multiselect'],
            (c) => (c.site.interactive ? c.site.interactiveKinds : undefined), { showIf: 'interactive' }),
          choice('siteType', ['网站类型', '网站类别', '网站类型'], [SITE_TYPES], ['select', 'tree'], (c) => c.site.psbCategory),
          bool('dangerousGoods', ['是否提供涉及管制物品信息发布服务', '互联网危险物品信息发布', '管制物品信息发布'], ['yesno', 'involve', 'switch'], (c) => c.site.dangerousGoods),
          bool('preApproval', ['相关前置许可', '前置审批', '相关前置许可'], ['involve', 'yesno', 'switch'], (c) => c.site.preApproval),
          choice('languages', ['网站语种', '语言', '网站语种'], [MPS_LANGUAGES], ['checkbox', 'multiselect', 'transfer'], (c) => c.site.languages),
        ],
      },
    ],
    buttons: [{ label: '上一步' }, { label: '保存草稿' }, { label: '下一步', counter: 'nextClicks', primary: true }],
  },
  {
    id: 'mps-principal', platform: 'mps', step: 'principal', url: MPS_URL, title: '公安备案 · 网站负责人',
    stepTitles: MPS_STEPS, currentStep: 2, heading: '网站负责人',
    sections: [
      {
        titles: ['网站安全负责人信息', '网站安全负责人', '安全负责人'],
        fields: [
          sameAs('securitySame', ['同主体负责人信息'], (c) => c.securitySame, personBlock('security', SECURITY, (c) => c.principal, MPS_PERSON_IDS)),
          ...personBlock('security', SECURITY, (c) => c.security, MPS_PERSON_IDS, 'securitySame'),
          ...personBlock('security', { name: [], photos: MPS_PHOTOS('负责人') }, (c) => c.security, [], undefined, true),
        ],
      },
      {
        titles: ['网站应急联络人', '应急联络人信息', '应急联络人'],
        fields: [
          sameAs('emergencySame', ['同主体负责人信息'], (c) => c.emergencySame, personBlock('emergency', EMERGENCY, (c) => c.principal, MPS_PERSON_IDS)),
          ...personBlock('emergency', EMERGENCY, (c) => c.emergency, MPS_PERSON_IDS, 'emergencySame'),
        ],
      },
    ],
    buttons: [{ label: '上一步' }, { label: '保存草稿' }, { label: '下一步', counter: 'nextClicks', primary: true }],
  },
  {
    id: 'mps-notice', platform: 'mps', step: 'notice', url: MPS_URL, title: '公安备案 · 提示说明',
    stepTitles: MPS_STEPS, currentStep: 3, heading: '提示说明',
    notice: [
      '为维护网络安全，根据《中华人民共和国网络安全法》《计算机信息网络国际联网安全保护管理办法》等法律法规，现将互联网信息服务单位应当履行的网络安全责任告知如下：',
      '一、应当自网站开通之日起三十日内，到所在地公安机关办理联网备案手续；备案信息发生变更的，应当及时办理变更手续。',
      '二、应当落实网络安全等级保护制度，明确网络安全负责人，落实网络安全保护责任。',
      '三、提供互联网交互服务的，应当落实用户真实身份信息认证、信息发布审核等安全管理措施。',
    ],
    sections: [{
      titles: ['互联网信息服务单位网络安全责任告知书', '责任告知书', '提示说明'],
      fields: [f('noticeAgreed', 'consent', ['我已阅读并同意《互联网信息服务单位网络安全责任告知书》', '本人已阅读并承诺履行上述网络安全责任', '我已阅读并同意'], ['checkbox'], () => UNTOUCHED, { required: false })],
    }],
    buttons: SUBMIT,
  },
  {
    id: 'beian-old-site', platform: 'beian-old', step: 'site', url: OLD_URL, title: '旧公安备案门户 · 新办网站申请',
    stepTitles: ['开办者信息', '网站信息', '提交'], currentStep: 1, heading: '新办网站申请 - 网站基本信息',
    sections: [
      {
        titles: ['开办者信息'],
        fields: [
          text('holderName', ['开办者名称', '开办者姓名/名称', '名称'], (c) => c.entity.name),
          text('holderCertNo', ['开办者证件号码', '证件号码', '证件号码'], (c) => c.entity.certNo),
          text('holderPrincipal', ['负责人姓名', '联系人姓名', '负责人姓名'], (c) => c.principal.name),
          text('holderMobile', ['负责人手机', '手机号码', '移动电话'], (c) => c.principal.mobile),
          text('holderEmail', ['电子邮件', '电子邮箱', '电子邮件'], (c) => c.principal.email),
        ],
      },
      {
        titles: ['网站基本信息'],
        fields: [
          text('websiteName', ['网站名称'], (c) => c.site.name),
          f('domainName', 'domains', ['网站域名', '域名', '网站域名'], ['input', 'list'], (c) => c.site.domains, { hint: '如：example.com，多个域名以英文逗号分隔' }),
          text('websiteIp', ['IP', '网站IP', 'IP地址'], (c) => (c.site.ips.length === 1 ? c.site.ips[0] : undefined)),
          f('openDate', 'date', ['网站开通日期', '开通日期', '网站开通日期'], ['typed', 'picker'], (c) => c.site.openedAt, { hint: '格式：YYYY-MM-DD' }),
        ],
      },
      {
        titles: ['网络接入服务商'],
        fields: [
          region('ispRegion', ['接入服务商所属区域', '所属区域', '所属区域'], (c) => c.site.access.region),
          choice('ispName', ['接入服务商名称', '名称', '名称'], [ACCESS_PROVIDERS], ['select'], (c) => c.site.access.name),
          choice('accessMode', ['接入方式', '网站接入方式', '接入方式'], [ACCESS_MODES], ['select', 'radio'], (c) => c.site.access.accessMethod!),
        ],
      },
      {
        titles: ['服务信息'],
        fields: [
          bool('interactive', ['是否提供互联网交互服务', '互联网交互服务', '是否提供互联网交互服务'], ['yesno', 'switch'], (c) => c.site.interactive),
          choice('language', ['网站语种', '语种', '网站语种'], [MPS_LANGUAGES], ['checkbox', 'multiselect'], (c) => c.site.languages),
        ],
      },
    ],
    buttons: [{ label: '返回' }, { label: '提交', counter: 'submitClicks', primary: true }],
  },
  {
    id: 'miit-sms', platform: 'miit', step: 'sms', url: MIIT_URL, title: '工信部 · 短信核验',
    stepTitles: [], currentStep: 0, heading: '短信核验',
    notice: ['请在收到核验短信后 24 小时内，输入手机号码、证件号码后六位及短信中的验证码完成核验。'],
    sections: [{
      titles: ['短信核验', '核验信息', '短信核验'],
      fields: [
        text('mobile', ['手机号码', '手机号', '负责人手机号码'], (c) => c.principal.mobile),
        text('idLast6', ['证件号码后六位', '证件号后6位', '身份证号码后六位'], (c) => c.principal.certNo.slice(-6)),
        f('smsCode', 'captcha', ['验证码', '短信验证码', '验证码'], ['input'], () => UNTOUCHED),
      ],
    }],
    buttons: [{ label: '提交', counter: 'submitClicks', primary: true }],
  },
];
