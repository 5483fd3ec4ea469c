/**
 * Option lists of the 公安联网备案 replicas (FORMS.md §2.2–§2.5). `value` is what the page state holds,
 * `label` the visible text. Shared by the Vue app (browser bundle), the old portal HTML and the tests.
 */
export interface Opt {
  value: string;
  label: string;
}

const coded = (labels: string[], width = 2, start = 0): Opt[] =>
  labels.map((label, i) => ({ value: String(i + start).padStart(width, '0'), label }));

/** 开办主体性质 (new platform). */
export const SUBJECT_TYPES: Opt[] = [
  { value: '个人', label: '个人' },
  { value: '单位', label: '单位' },
];

/** 主办单位证件类型 (old codes 00–03). */
export const UNIT_CERT_TYPES: Opt[] = coded(['统一社会信用代码证', '营业执照证书', '组织机构代码证', '其他']);

/** 证件类型 of a person (old codes 01–14). */
export const PERSON_ID_TYPES: Opt[] = coded(
  [
    '居民身份证', '临时居民身份证', '军官证', '学生证', '机动车驾驶证', '外交护照', '公务护照', '因公普通护照', '普通护照',
    '入出境通行证', '香港特别行政区护照', '澳门特别行政区护照', '其他证件', '居住证',
  ],
  2,
  1,
);

/** 是 / 否 radios. */
export const YES_NO: Opt[] = [
  { value: '1', label: '是' },
  { value: '0', label: '否' },
];

/** 所属地区管辖. */
export const JURISDICTIONS: Opt[] = [
  { value: '1', label: '境内' },
  { value: '2', label: '境外' },
];

/** 网络接入服务商 名称 (value = the name). */
export const ACCESS_PROVIDERS: Opt[] = [
  '阿里云计算有限公司',
  '腾讯云计算（北京）有限责任公司',
  '华为云计算技术有限公司',
  '北京百度网讯科技有限公司',
  '深圳平安通信科技有限公司',
  '上海有孚计算机网络有限公司',
  '北京金山云网络技术有限公司',
  '中国电信股份有限公司',
].map((n) => ({ value: n, label: n }));

/** 域名注册服务商 名称 (value = the name). */
export const REGISTRARS: Opt[] = [
  '阿里云计算有限公司（原万网）',
  '北京新网数码信息技术有限公司',
  '腾讯云计算（北京）有限责任公司',
  '厦门易名科技股份有限公司',
  '成都西维数码科技有限公司',
  '北京新网互联科技有限公司',
].map((n) => ({ value: n, label: n }));

/** 网站接入方式. */
export const ACCESS_MODES: Opt[] = coded(['租赁虚拟空间', '租赁主机', '自有主机', '其他'], 2, 1);

/** 网站类型 (new platform, letter-coded; value = the letter). */
export const SITE_TYPES: Opt[] = [
  ['A', '网络基础类'], ['B', '网络销售类'], ['C', '生活服务类'], ['D', '社交文娱类'],
  ['E', '信息资讯类'], ['F', '金融服务类'], ['G', '计算机应用类'], ['Z', '其他'],
].map(([value, name]) => ({ value: value!, label: `${value} ${name}` }));

/** 网站语种 (codes 01–15). */
export const LANGUAGES: Opt[] = coded(
  ['英语', '法语', '俄语', '西班牙语', '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '阿拉伯语', '朝鲜语', '日语', '德语', '其他'],
  2,
  1,
);

/** 服务类型 of the old portal (codes 00–26; visible text without the code). */
export const OLD_SERVICE_TYPES: Opt[] = coded([
  'www服务', 'wap服务', '博客个人空间', '论坛BBS', '聊天室', '社交网站', '电子邮件', '即时通讯', '搜索引擎', '网络新闻',
  '网络音乐', '网络文字', '网络音视频', '网络游戏', '网络下载', 'app服务', '云计算', '供求信息发布', '旅游预订',
  '移动应用商店', '第三方支付', '网上银行', '财经服务', '网络购物', '云存储', 'FTP下载', 'P2P金融',
]);

/** label → value, throws on unknown label (for tests). */
export function valueOf(opts: Opt[], label: string): string {
  const o = opts.find((x) => x.label === label);
  if (!o) throw new Error(`no option ${label}`);
  return o.value;
}
