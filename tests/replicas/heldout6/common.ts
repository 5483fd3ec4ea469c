/**
 * Shared bits of the gen-6 held-out replica apps (no library code). Option lists, expose(), the region
 * tree and the snapshot helper come from generations 2–4; only what is new lives here.
 */
export { build, expose, HELD_PRINCIPAL, NATURE_CODES, certCodesFor, ICP_PERSON_CERTS, ICP_LANGUAGES, ICP_CONTENT, ICP_PRE_APPROVALS, MPS_PERSON_CERT_CODES, MPS_PERSON_CERTS, MPS_UNIT_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, ACCESS_PROVIDERS, REGISTRARS } from '../heldout2/common';
export { AREAS, fetchAreas, namesOf, areaByCode, type Area } from '../heldout2/regions';
export { OLD_SUBJECT_KINDS, PSB_CATEGORIES, MPS_PRE_LICENCES, snapshot } from '../heldout3/common';
export { INTERACTIVE_KINDS, ICP_SERVICE_TYPES } from '../heldout4/common';

/** The asset prefix of generation 6. */
export const PREFIX = '/__heldout6/';

/** The build ids of generation 6. */
export const B = {
  aliyunBasic: 'heldout6-aliyun-basic-unit-antd-bilingual',
  aliyunSubject: 'heldout6-aliyun-subject-unit-elp-tabs',
  aliyunSitePerson: 'heldout6-aliyun-site-person-fusion-preview',
  mpsSubject: 'heldout6-mps-subject-person-elp-cards',
  mpsSite: 'heldout6-mps-site-unit-antd-tabs',
  mpsPrincipal: 'heldout6-mps-principal-unit-fusion-columns',
  oldSubject: 'heldout6-beian-old-subject-person-native-fieldsets',
  aliyunSiteUnit: 'heldout6-aliyun-site-unit-native-chips',
} as const;

/** §1.9 bit-flag codes of the 网站服务内容 list, code → label (the slice a console offers). */
export const ICP_CONTENT_CODES: [string, string][] = [
  ['1', '即时通信'], ['2', '搜索引擎'], ['4', '综合门户'], ['16', '网络新闻'], ['32', '博客/个人空间'], ['64', '网络广告/信息'], ['128', '单位门户网站'],
  ['256', '网络购物'], ['512', '网上支付'], ['4096', '网络游戏'], ['8192', '网络音乐'], ['16384', '网络影视'], ['32768', '网络图片'],
  ['65536', '网络软件/下载'], ['131072', '网上求职'], ['1048576', '网络教育'], ['2097152', '网站建设'], ['8388608', '其他'],
];

/** Country / region calling codes of a phone-prefix select. */
export const PHONE_PREFIXES = ['+86', '+852', '+853', '+886'];

/** Split a one-line domain list on Chinese or ASCII semicolons (and commas, which users type by mistake). */
export const splitList = (s: string): string[] => s.split(/[；;，,\s]+/).map((x) => x.trim()).filter(Boolean);

/** A small SVG "captcha image" as a data URL. */
export const captchaSvg = (text: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32"><rect width="96" height="32" fill="#eef"/><path d="M0 20 Q24 4 48 18 T96 12" stroke="#99a" fill="none"/><text x="14" y="23" font-size="18" font-family="monospace" fill="#335" transform="rotate(-4 48 16)">${text}</text></svg>`)}`;

/** Day count of a month (for the 年/月/日 selects). */
export const daysIn = (year: number, month: number) => new Date(year, month, 0).getDate();
