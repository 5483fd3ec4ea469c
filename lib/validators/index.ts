/**
 * Pure validators for the fields of the China website-filing forms (ICP 备案 and 公安联网备案).
 * Rules: ../../../shared/domain/FORMS.md §3.1–§3.6 (format rules) and §1.3/§1.4 (field notes).
 *
 * No DOM and no browser-only APIs: everything runs in the extension pages, content scripts and Node
 * (Vitest). The only platform API used is the WHATWG `URL` parser, which converts Unicode host names
 * to punycode the same way in browsers and in Node.
 *
 * Every function returns issue *codes* (see messages.ts for the texts), never sentences.
 */
import ipaddr from 'ipaddr.js';
import { parse as parseDomain } from 'tldts';
import type { Issue, Result } from './types';

export type { Issue, Result, Severity } from './types';
export { validationMessages, formatIssue } from './messages';

// ---------------------------------------------------------------------------------------------
// Data tables (one place; each cites FORMS.md and its confidence tag)
// ---------------------------------------------------------------------------------------------

/**
 * Province-level codes allowed as the first two digits of an 18-digit resident ID (GB 11643 address
 * code = GB/T 2260 division code). FORMS.md §3.1 [C2] gives the structure; this list is the official
 * GB/T 2260 province list incl. 71 台湾, 81 香港, 82 澳门 (as in the product brief [BRIEF]).
 * 83 (台湾居民居住证) is deliberately NOT here: it is only valid for that permit type.
 */
export const RESIDENT_ID_PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
];

/** GB 11643 check: weights on digits 1–17 and the check-character table (FORMS.md §3.1 [C2]). */
export const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
export const GB11643_CHECK_CHARS = '10X98765432';

/** Age below which `id.minor` is warned: many provinces require ≥18 (FORMS.md §3.1 [C2]). */
export const DEFAULT_MIN_AGE = 18;

/** GB 32100 alphabet (no I, O, S, V, Z) and weights (FORMS.md §3.2 [C2]). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * USCC chars 1–2 (登记管理部门 + 机构类别) → kind, and the 主办单位性质 label (FORMS.md §1.6) it
 * suggests. Kinds from FORMS.md §3.2 [C2: S69, S70]; the nature mapping is [INF] unless noted.
 * Entries marked "GB 32100 table" are not in FORMS.md (taken from the standard's code table) [INF].
 */
export const USCC_CATEGORIES: ReadonlyArray<{ code: string; kind: string; nature?: string; note?: string }> = [
  { code: '11', kind: '机关', nature: '政府机关' },
  { code: '12', kind: '事业单位', nature: '事业单位' },
  { code: '31', kind: '律师执业机构', nature: '律师执业机构' },
  { code: '32', kind: '公证处', nature: '公证机构', note: 'GB 32100 table [INF]' },
  { code: '34', kind: '司法鉴定机构', nature: '司法鉴定机构', note: 'GB 32100 table [INF]' },
  { code: '35', kind: '仲裁委员会', nature: '仲裁机构', note: 'GB 32100 table [INF]' },
  { code: '41', kind: '外国在华文化中心', nature: '外国在华文化中心', note: 'GB 32100 table [INF]' },
  { code: '51', kind: '社会团体', nature: '社会团体' },
  { code: '52', kind: '民办非企业单位', nature: '民办非企业单位' },
  { code: '53', kind: '基金会', nature: '基金会' },
  { code: '71', kind: '宗教活动场所', nature: '宗教团体', note: 'GB 32100 table [INF]' },
  { code: '91', kind: '企业', nature: '企业' },
  // 个体工商户 files as 企业 (FORMS.md §1.6 note [C2: S8, S27]).
  { code: '92', kind: '个体工商户', nature: '企业' },
  // UNSURE: 农民专业合作社 is registered by 市场监管 like a company; filing systems are believed to
  // take it as 企业, but some may expect 集体经济. [INF]
  { code: '93', kind: '农民专业合作社', nature: '企业', note: 'unsure [INF]' },
  // UNSURE: 军队事业单位; 国防机构 is the closest 性质 label. [INF]
  { code: 'A1', kind: '军队事业单位', nature: '国防机构', note: 'unsure [INF]' },
  { code: 'N1', kind: '组级集体经济组织', nature: '集体经济' },
  { code: 'N2', kind: '村级集体经济组织', nature: '集体经济' },
  { code: 'N3', kind: '乡镇级集体经济组织', nature: '集体经济' },
  { code: 'Y1', kind: '其他' },
];

/** First USCC character (登记管理部门) values defined by GB 32100 [INF from the standard; §3.2 lists 1,3,5,9,A,N,Y]. */
export const USCC_REGISTRATION_DEPARTMENTS = '123456789ANY';

/**
 * The 31 province abbreviations used in ICP numbers (FORMS.md §3.4 regex [C2]) and in 公安备案号
 * (§3.5 [C2]), with the GB/T 2260 province code that starts a 公安 number of that province
 * (§3.5 pattern [C2], mapping to division codes [INF]).
 */
export const PROVINCE_ABBREVIATIONS: ReadonlyArray<{ abbr: string; name: string; code: string }> = [
  { abbr: '京', name: '北京', code: '11' },
  { abbr: '津', name: '天津', code: '12' },
  { abbr: '冀', name: '河北', code: '13' },
  { abbr: '晋', name: '山西', code: '14' },
  { abbr: '蒙', name: '内蒙古', code: '15' },
  { abbr: '辽', name: '辽宁', code: '21' },
  { abbr: '吉', name: '吉林', code: '22' },
  { abbr: '黑', name: '黑龙江', code: '23' },
  { abbr: '沪', name: '上海', code: '31' },
  { abbr: '苏', name: '江苏', code: '32' },
  { abbr: '浙', name: '浙江', code: '33' },
  { abbr: '皖', name: '安徽', code: '34' },
  { abbr: '闽', name: '福建', code: '35' },
  { abbr: '赣', name: '江西', code: '36' },
  { abbr: '鲁', name: '山东', code: '37' },
  { abbr: '豫', name: '河南', code: '41' },
  { abbr: '鄂', name: '湖北', code: '42' },
  { abbr: '湘', name: '湖南', code: '43' },
  { abbr: '粤', name: '广东', code: '44' },
  { abbr: '桂', name: '广西', code: '45' },
  { abbr: '琼', name: '海南', code: '46' },
  { abbr: '渝', name: '重庆', code: '50' },
  { abbr: '川', name: '四川', code: '51' },
  { abbr: '贵', name: '贵州', code: '52' },
  { abbr: '云', name: '云南', code: '53' },
  { abbr: '藏', name: '西藏', code: '54' },
  { abbr: '陕', name: '陕西', code: '61' },
  { abbr: '甘', name: '甘肃', code: '62' },
  { abbr: '青', name: '青海', code: '63' },
  { abbr: '宁', name: '宁夏', code: '64' },
  { abbr: '新', name: '新疆', code: '65' },
];

/** Chinese names of ipaddr.js range names, for messages. */
export const IP_RANGE_LABELS_ZH: Readonly<Record<string, string>> = {
  private: '内网私有地址',
  loopback: '本机回环地址',
  linkLocal: '链路本地地址',
  reserved: '保留地址',
  multicast: '组播地址',
  unspecified: '未指定地址',
  carrierGradeNat: '运营商级 NAT 地址',
  broadcast: '广播地址',
  uniqueLocal: 'IPv6 唯一本地地址',
  ipv4Mapped: 'IPv4 映射地址',
  '6to4': '6to4 隧道地址',
  teredo: 'Teredo 隧道地址',
  rfc6145: 'IPv4 转换地址',
  rfc6052: 'IPv4/IPv6 转换地址',
  benchmarking: '测试用地址',
  amt: 'AMT 隧道地址',
  as112: 'AS112 地址',
  as112v6: 'AS112 地址',
  orchid2: 'ORCHID 地址',
  deprecatedSiteLocal: '已废弃的站点本地地址',
  discard: '丢弃前缀地址',
  deprecatedOrchid: '已废弃的 ORCHID 地址',
  droneRemoteIdProtocolEntityTags: '保留地址',
  segmentRouting: '段路由地址',
};

/** Site-name rule: minimum number of Chinese characters (FORMS.md §3.6 [C2: S12, S31]). */
export const SITE_NAME_MIN_CHINESE = 3;

/** Prefixes non-national units may not use (FORMS.md §3.6 [C2: S12, S75]). */
export const SITE_NAME_RESERVED_PREFIXES: readonly string[] = [
  '中国', '中央', '国家', '中华', '人大', '人民', '反腐', '纪检', '监察', '信访', '维权', '投诉',
];

/**
 * Words in a site name that need the matching 前置审批 item (FORMS.md §3.6 [C2: S31, S36]; item labels
 * as on the form, §1.4 [C2]). `unless` words are removed before matching (医疗器械 is not 医疗保健).
 */
export const SITE_NAME_PRE_APPROVAL_WORDS: ReadonlyArray<{ item: string; words: readonly string[]; unless?: readonly string[] }> = [
  { item: '新闻', words: ['新闻'] },
  { item: '出版', words: ['出版'] },
  { item: '教育', words: ['教育'] },
  { item: '医疗保健', words: ['医疗'], unless: ['医疗器械'] },
  { item: '药品和医疗器械', words: ['药品', '医疗器械'] },
  { item: '电子公告服务', words: ['电子公告', '论坛'] },
  { item: '广播电影电视节目', words: ['广播', '影视'] },
  { item: '文化', words: ['文化'] },
];

/**
 * Words that make an individual's site name look commercial or institutional
 * (FORMS.md §3.6 [C2: S76, S77]; 公司 and 官网 added by the product brief [BRIEF]).
 */
export const SITE_NAME_INDIVIDUAL_FORBIDDEN_WORDS: readonly string[] = [
  '企业', '集团', '有限公司', '公司', '资讯', '科技', '贸易', '协会', '俱乐部', '合作社', '工作室',
  '平台', '社区', '论坛', '博客', '交流', '官网',
];

/** Endings individuals should avoid: "XXX个人空间/网站/爱好者/作品展示" (FORMS.md §3.6 [C2: S76, S77]). */
export const SITE_NAME_INDIVIDUAL_DISCOURAGED_SUFFIXES: readonly string[] = ['个人空间', '网站', '爱好者', '作品展示'];

/** Names rejected when used alone (FORMS.md §3.6 [BRIEF, not found in public sources]). */
export const SITE_NAME_GENERIC_ONLY: readonly string[] = ['网站', '公司', '首页'];

/** Months of remaining validity below which an ID/certificate is flagged (FORMS.md §1.3 [C2: S17, S26]). */
export const CERT_MIN_REMAINING_MONTHS = 3;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function err(code: string, params?: Issue['params']): Issue {
  return params ? { code, severity: 'error', params } : { code, severity: 'error' };
}
function warn(code: string, params?: Issue['params']): Issue {
  return params ? { code, severity: 'warning', params } : { code, severity: 'warning' };
}
/** Build a Result: ok when no error; the value is only returned when ok. */
function result<T>(issues: Issue[], value?: T): Result<T> {
  const ok = !issues.some((i) => i.severity === 'error');
  return ok && value !== undefined ? { ok, issues, value } : { ok, issues };
}
function required<T>(): Result<T> {
  return { ok: false, issues: [err('required')] };
}
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Local-time calendar date of `d` as YYYY-MM-DD (what the user sees as "today"). */
export function isoDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}
/** Parse a YYYY-MM-DD (or YYYYMMDD) calendar date; undefined when it is not a real date. */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | undefined {
  const mt = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
  if (!mt) return undefined;
  const y = Number(mt[1]);
  const m = Number(mt[2]);
  const d = Number(mt[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}
const ymd = (x: { y: number; m: number; d: number }): string =>
  `${String(x.y).padStart(4, '0')}-${pad2(x.m)}-${pad2(x.d)}`;
/** Whole days from a to b, both calendar dates (computed at UTC midnight, so no DST drift). */
function daysBetween(a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
/** Calendar-month addition, clamped to the month's last day (11-30 + 3 months → 02-28/29). */
function addMonths(x: { y: number; m: number; d: number }, months: number): { y: number; m: number; d: number } {
  const total = x.y * 12 + (x.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}
function todayParts(today: Date): { y: number; m: number; d: number } {
  return { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
}

/** Full-width forms → ASCII (NFKC maps Ｘ→X, －→-, ０→0, （→(), then trim. */
function nfkcTrim(s: string): string {
  return s.normalize('NFKC').trim();
}

// ---------------------------------------------------------------------------------------------
// §3.1 Resident ID (GB 11643)
// ---------------------------------------------------------------------------------------------

export interface ResidentIdValue {
  normalized: string;
  birthDate: string;
  gender: 'male' | 'female';
  age: number;
}
export interface ResidentIdOptions {
  today?: Date;
  /** Warn `id.minor` below this age (default 18). */
  minAge?: number;
}

/** GB 11643 check character of the first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (GB11643_WEIGHTS[i] ?? 0);
  return GB11643_CHECK_CHARS[sum % 11] ?? '';
}

function checkGb11643(
  raw: string,
  opts: ResidentIdOptions,
  prefix: { allowed: readonly string[]; code: string; expected?: string },
): Result<ResidentIdValue> {
  const s = nfkcTrim(raw).replace(/\s+/g, '').toUpperCase();
  if (!s) return required();
  if (s.length !== 18) return result([err('id.length', { length: s.length })]);
  if (!/^\d{17}[\dX]$/.test(s)) return result([err('id.charset')]);

  const issues: Issue[] = [];
  const province = s.slice(0, 2);
  if (!prefix.allowed.includes(province)) {
    issues.push(err(prefix.code, prefix.expected ? { code: province, expected: prefix.expected } : { code: province }));
  }

  const today = opts.today ?? new Date();
  const t = todayParts(today);
  const birthRaw = s.slice(6, 14);
  const birth = parseIsoDate(birthRaw);
  let age = -1;
  if (!birth) {
    issues.push(err('id.birthDate', { date: `${birthRaw.slice(0, 4)}-${birthRaw.slice(4, 6)}-${birthRaw.slice(6, 8)}` }));
  } else if (birth.y < 1900) {
    issues.push(err('id.birthTooEarly', { date: ymd(birth) }));
  } else if (ymd(birth) > ymd(t)) {
    issues.push(err('id.birthFuture', { date: ymd(birth) }));
  } else {
    age = t.y - birth.y - (t.m < birth.m || (t.m === birth.m && t.d < birth.d) ? 1 : 0);
  }

  const expected = gb11643CheckChar(s);
  const actual = s.charAt(17);
  if (expected !== actual) issues.push(err('id.checksum', { expected, actual }));

  const minAge = opts.minAge ?? DEFAULT_MIN_AGE;
  if (birth && age >= 0 && age < minAge) issues.push(warn('id.minor', { age, minAge }));

  const value: ResidentIdValue | undefined =
    birth && age >= 0
      ? { normalized: s, birthDate: ymd(birth), gender: Number(s.charAt(16)) % 2 === 1 ? 'male' : 'female', age }
      : undefined;
  return result(issues, value);
}

/** 18-digit mainland resident ID (GB 11643-1999, FORMS.md §3.1). */
export function validateResidentId(s: string, opts: ResidentIdOptions = {}): Result<ResidentIdValue> {
  return checkGb11643(s, opts, { allowed: RESIDENT_ID_PROVINCE_CODES, code: 'id.province' });
}

// ---------------------------------------------------------------------------------------------
// §3.2 Unified social credit code (GB 32100)
// ---------------------------------------------------------------------------------------------

export interface UsccValue {
  normalized: string;
  /** Chars 1–2 (登记管理部门 + 机构类别), e.g. '91'. */
  categoryCode: string;
  /** Kind from USCC_CATEGORIES, e.g. '个体工商户'. */
  categoryKind?: string;
  /** Suggested 主办单位性质 label (FORMS.md §1.6). */
  suggestedNature?: string;
}

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function validateUscc(s: string): Result<UsccValue> {
  const v = nfkcTrim(s).replace(/[\s-]+/g, '').toUpperCase();
  if (!v) return required();
  if (v.length !== 18) return result([err('uscc.length', { length: v.length })]);
  const bad = [...new Set([...v].filter((c) => !USCC_ALPHABET.includes(c)))];
  if (bad.length) return result([err('uscc.charset', { chars: bad.join(' ') })]);
  // Layout: 1 dept + 1 category + 6-digit division code + 9 organisation code + 1 check (§3.2 regex [C1]).
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return result([err('uscc.layout')]);

  const issues: Issue[] = [];
  const expected = usccCheckChar(v);
  const actual = v.charAt(17);
  if (expected !== actual) issues.push(err('uscc.checksum', { expected, actual }));
  if (!USCC_REGISTRATION_DEPARTMENTS.includes(v.charAt(0))) {
    issues.push(warn('uscc.unknownCategory', { code: v.slice(0, 2) }));
  }
  const categoryCode = v.slice(0, 2);
  const cat = USCC_CATEGORIES.find((c) => c.code === categoryCode);
  const value: UsccValue = { normalized: v, categoryCode };
  if (cat) value.categoryKind = cat.kind;
  if (cat?.nature) value.suggestedNature = cat.nature;
  return result(issues, value);
}

// ---------------------------------------------------------------------------------------------
// Certificate number by 证件类型 label (FORMS.md §1.7, §2.2)
// ---------------------------------------------------------------------------------------------

export type CertNumberKind =
  | 'residentId'
  | 'residencePermit'
  | 'uscc'
  | 'passport'
  | 'hkMacauPermit'
  | 'taiwanPermit'
  | 'foreignPermanentResident'
  | 'other';

export interface CertNumberValue {
  kind: CertNumberKind;
  normalized: string;
  residentId?: ResidentIdValue;
  uscc?: UsccValue;
}

/** Which check a 证件类型 label gets. Labels are matched loosely (they differ across systems). */
export function certKindOf(certType: string): CertNumberKind {
  const t = certType.replace(/\s+/g, '');
  if (t.includes('居住证') && (t.includes('港澳') || t.includes('台湾'))) return 'residencePermit';
  // 居民身份证 and 临时居民身份证; a mainland 居住证 (公安 list code 14) carries the holder's ID number.
  if (t.includes('居民身份证') || t === '身份证' || t === '居住证') return 'residentId';
  // '统一社会信用代码证书' and MIIT code 49 '中华人民共和国社会信用代码证书' (FORMS.md §1.7).
  if (t.includes('社会信用代码') || t.includes('营业执照')) return 'uscc';
  if (t.includes('永久居留')) return 'foreignPermanentResident';
  if (t.includes('通行证') && t.includes('港澳')) return 'hkMacauPermit';
  if (t.includes('通行证') && t.includes('台湾')) return 'taiwanPermit';
  if (t.includes('护照')) return 'passport';
  return 'other';
}

/**
 * Validate a certificate number for its 证件类型 label.
 * Lenient where the exact format is not documented in FORMS.md (passports, permits): format only.
 */
export function validateCertNumber(certType: string, s: string, opts: ResidentIdOptions = {}): Result<CertNumberValue> {
  const kind = certKindOf(certType);
  const compact = nfkcTrim(s).replace(/[\s()]+/g, '').toUpperCase();
  if (!compact) return required();

  switch (kind) {
    case 'residentId': {
      const r = validateResidentId(s, opts);
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, residentId: r.value });
    }
    case 'residencePermit': {
      // 港澳居民居住证 numbers start 810000 (香港) / 820000 (澳门), 台湾居民居住证 830000; same GB 11643
      // check digit [INF from the 2018 residence-permit rules, not in FORMS.md].
      const taiwan = certType.includes('台湾');
      const r = checkGb11643(s, opts, {
        allowed: taiwan ? ['83'] : ['81', '82'],
        code: 'permit.prefix',
        expected: taiwan ? '83' : '81/82',
      });
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, residentId: r.value });
    }
    case 'uscc': {
      // Old 15-digit 营业执照 registration numbers are not accepted: all were replaced by USCC (2015–2020).
      const r = validateUscc(s);
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, uscc: r.value });
    }
    case 'passport':
      // Passports of any country: 5–20 letters/digits (loose on purpose; PRC passports are E/G + 8).
      return /^[A-Z0-9]{5,20}$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('passport.format')]);
    case 'hkMacauPermit':
      // 港澳居民来往内地通行证: H/M + 8 digits (card since 2013) or + 10 digits (older booklet) [BRIEF].
      return /^[HM](\d{8}|\d{10})$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('hkmoPermit.format')]);
    case 'taiwanPermit':
      // 台湾居民来往大陆通行证: 8 digits (card since 2015) or 10 chars (older, with issue counter)
      // [BRIEF]; parentheses around the counter were stripped above. Lenient: letters allowed.
      return /^(\d{8}|[A-Z0-9]{10})$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('twPermit.format')]);
    case 'foreignPermanentResident':
      // 外国人永久居留身份证: old 15 chars (3-letter country + 12 digits), 2023 version 18 digits
      // starting with 9. UNSURE of the new check digit, so format only [INF].
      return /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('foreignPr.format')]);
    case 'other':
      return result([], { kind, normalized: nfkcTrim(s) });
  }
}

// ---------------------------------------------------------------------------------------------
// §3.3 Phones
// ---------------------------------------------------------------------------------------------

const MOBILE_RE = /^1[3-9]\d{9}$/;

/** Strip spaces/dashes/dots and an optional +86 / 0086 / 86 prefix. */
function compactMobile(s: string): string {
  let v = nfkcTrim(s).replace(/[\s\-.()]+/g, '');
  if (/^(\+86|0086)/.test(v)) v = v.replace(/^(\+86|0086)/, '');
  else if (/^86\d{11}$/.test(v)) v = v.slice(2);
  return v;
}

/** Mainland mobile number `^1[3-9]\d{9}$` (FORMS.md §3.3 [C2]); value = the 11 digits. */
export function validateMobile(s: string): Result<string> {
  if (!nfkcTrim(s)) return required();
  const v = compactMobile(s);
  return MOBILE_RE.test(v) ? result([], v) : result([err('mobile.format')]);
}

export interface LandlineValue {
  areaCode: string;
  number: string;
  extension?: string;
  /** 0571-88888888[-ext] */
  display: string;
  /** MIIT API form 086-0571-88888888[-ext] (FORMS.md §1.3, §3.3 [C2]). */
  miit: string;
}

/**
 * Mainland landline. Accepted: `0571-88888888`, `010-12345678-123`, `(010)12345678`,
 * `086-010-82998299`, `+86 10 8299 8299`, `0086 571 8888 8888`. Extension after `-`, `转` or `ext`.
 * The area-code length follows the numbering plan: 010 and 020–029 are 3 digits, all others 4.
 */
export function validateLandline(s: string): Result<LandlineValue> {
  let v = nfkcTrim(s);
  if (!v) return required();
  if (MOBILE_RE.test(compactMobile(v))) return result([err('landline.isMobile')]);

  // Country prefix: +86 / 0086 anywhere-attached, 086 / 86 only when followed by a separator.
  let international = false;
  const intl = /^(?:\+\s*86|0086)[\s-]*|^(?:086|86)[\s-]+/.exec(v);
  if (intl) {
    international = true;
    v = v.slice(intl[0].length);
  }
  // Extension markers → '-', parentheses around the area code → separators.
  v = v.replace(/\s*(?:转|分机|ext\.?|#)\s*/gi, '-').replace(/[()]/g, ' ').trim();
  if (!/^[\d\s-]+$/.test(v)) return result([err('landline.format')]);
  const groups = v.split(/[\s-]+/).filter(Boolean);
  let digits = groups.join('');
  let offset = 0; // digits added in front (the trunk 0 dropped in the +86 form)
  if (!digits.startsWith('0')) {
    if (!international) return result([err('landline.areaCode')]);
    digits = `0${digits}`;
    offset = 1;
  }
  if (!/^0[1-9]/.test(digits)) return result([err('landline.areaCode')]);
  const areaLen = /^(010|02\d)/.test(digits) ? 3 : 4;
  const areaCode = digits.slice(0, areaLen);
  const rest = digits.slice(areaLen);

  // Possible ends of the subscriber number: the end of the input, or any group boundary (extension after it).
  const boundaries: number[] = [];
  let acc = offset;
  for (const g of groups) {
    acc += g.length;
    boundaries.push(acc);
  }
  // An explicit separator right after 7 or 8 digits wins ('0571-8888888-1' is 7 digits + ext 1).
  const lens = [...boundaries.map((b) => b - areaLen).filter((n) => n < rest.length), rest.length];
  const numLen = lens.find((n) => n === 8 || n === 7);
  if (numLen === undefined) return result([err('landline.number')]);
  const number = rest.slice(0, numLen);
  const extension = rest.slice(numLen) || undefined;
  // Real subscriber numbers start with 2–9, but placeholders like 010-12345678 are common: only 0 is rejected.
  if (number.startsWith('0')) return result([err('landline.number')]);
  if (extension !== undefined && extension.length > 6) return result([err('landline.format')]);

  const tail = extension ? `-${extension}` : '';
  const value: LandlineValue = {
    areaCode,
    number,
    display: `${areaCode}-${number}${tail}`,
    miit: `086-${areaCode}-${number}${tail}`,
  };
  if (extension) value.extension = extension;
  return result([], value);
}

// ---------------------------------------------------------------------------------------------
// Domains, email (tldts)
// ---------------------------------------------------------------------------------------------

/** RFC 3492 punycode decoding of one label body (without `xn--`); throws on malformed input. */
function punycodeDecode(input: string): string {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const adapt = (delta: number, numPoints: number, first: boolean): number => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / numPoints);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  const digitOf = (c: number): number =>
    c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : base;
  const out: number[] = [];
  const basic = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw new Error('bad punycode');
    out.push(c);
  }
  let n = 128, i = 0, bias = 72;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (idx >= input.length) throw new Error('bad punycode');
      const digit = digitOf(input.charCodeAt(idx++));
      if (digit >= base) throw new Error('bad punycode');
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 0x7fffffff) throw new Error('bad punycode');
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) throw new Error('bad punycode');
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** Unicode form of an ASCII (punycode) host name. */
export function hostToUnicode(ascii: string): string {
  return ascii
    .split('.')
    .map((l) => (l.startsWith('xn--') ? punycodeDecode(l.slice(4)) : l))
    .join('.');
}

/** ASCII (punycode) form via the WHATWG URL parser (same in browsers and Node); undefined if invalid. */
export function hostToAscii(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

type HostCheck =
  | { ok: true; ascii: string; domain: string; subdomain: string; isIdn: boolean }
  | { ok: false; code: 'domain.invalid' | 'domain.isIp' | 'domain.unknownSuffix' | 'domain.onlySuffix' };

/** Host-name syntax + public-suffix checks shared by validateDomain and validateEmail. */
function checkHost(host: string): HostCheck {
  const bare = host.replace(/^\[|\]$/g, '');
  if (ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) || /^[\d.]+$/.test(bare)) {
    return { ok: false, code: 'domain.isIp' };
  }
  if (/[\s/\\:@?#%]/.test(host)) return { ok: false, code: 'domain.invalid' };
  const ascii = hostToAscii(host);
  if (!ascii || ascii.length > 253) return { ok: false, code: 'domain.invalid' };
  const labels = ascii.split('.');
  if (!labels.every((l) => LABEL_RE.test(l))) return { ok: false, code: 'domain.invalid' };
  // Punycode labels must round-trip (rejects malformed xn-- labels).
  let isIdn = false;
  if (labels.some((l) => l.startsWith('xn--'))) {
    isIdn = true;
    try {
      if (hostToAscii(hostToUnicode(ascii)) !== ascii) return { ok: false, code: 'domain.invalid' };
    } catch {
      return { ok: false, code: 'domain.invalid' };
    }
  }
  const p = parseDomain(ascii, { allowPrivateDomains: false });
  if (p.isIp) return { ok: false, code: 'domain.isIp' };
  if (!p.hostname) return { ok: false, code: 'domain.invalid' };
  if (!p.isIcann) return { ok: false, code: 'domain.unknownSuffix' };
  if (!p.domain) return { ok: false, code: 'domain.onlySuffix' };
  return { ok: true, ascii, domain: p.domain, subdomain: p.subdomain ?? '', isIdn };
}

export interface DomainValue {
  /** The trimmed, lower-cased input. */
  input: string;
  /** Registrable (apex) domain in ASCII/punycode, e.g. 'example.com.cn', 'xn--fsqu00a.xn--fiqs8s'. */
  apex: string;
  /** Unicode form of the apex for IDNs, e.g. '例子.中国'. */
  unicode?: string;
  isIdn: boolean;
}

/**
 * 网站域名 field (FORMS.md §1.4: apex domain, no `www.`, no scheme). Uses tldts with ICANN suffixes
 * only; IDNs accepted in Unicode or punycode. A subdomain is ok with a `domain.notApex` warning.
 * Errors for scheme/path/port carry `params.suggestion` (the apex) when one can be derived.
 */
export function validateDomain(s: string): Result<DomainValue> {
  const input = nfkcTrim(s).toLowerCase();
  if (!input) return required();

  const salvage = (host: string): Issue['params'] => {
    const h = checkHost(host.replace(/\.$/, ''));
    return h.ok ? { suggestion: h.isIdn ? hostToUnicode(h.domain) : h.domain } : undefined;
  };
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//.exec(input);
  if (scheme) {
    const host = input.slice(scheme[0].length).split(/[/?#]/)[0]?.replace(/:\d+$/, '') ?? '';
    return result([err('domain.hasScheme', salvage(host))]);
  }
  const bare = input.replace(/^\[|\]$/g, '');
  if (ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare)) return result([err('domain.isIp')]);
  if (/[/?#]/.test(input)) {
    const host = input.split(/[/?#]/)[0]?.replace(/:\d+$/, '') ?? '';
    return result([err('domain.hasPath', salvage(host))]);
  }
  if (/:\d*$/.test(input)) return result([err('domain.hasPort', salvage(input.replace(/:\d*$/, '')))]);

  const h = checkHost(input.replace(/\.$/, ''));
  if (!h.ok) return result([err(h.code)]);
  const issues: Issue[] = [];
  const value: DomainValue = { input, apex: h.domain, isIdn: h.isIdn };
  if (h.isIdn) value.unicode = hostToUnicode(h.domain);
  if (h.subdomain) issues.push(warn('domain.notApex', { apex: value.unicode ?? h.domain, subdomain: h.subdomain }));
  return result(issues, value);
}

export interface EmailValue {
  /** local@domain with the domain lower-cased as typed (Unicode kept). */
  normalized: string;
  /** Domain in ASCII/punycode. */
  asciiDomain: string;
}

/** Practical e-mail check: ASCII local part, domain with an ICANN public suffix (IDN allowed). */
export function validateEmail(s: string): Result<EmailValue> {
  const v = nfkcTrim(s);
  if (!v) return required();
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return result([err('email.format')]);
  const local = v.slice(0, at);
  const domain = v.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (
    local.length > 64 ||
    !/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return result([err('email.localPart')]);
  }
  const h = checkHost(domain);
  if (!h.ok) return result([err('email.domain')]);
  return result([], { normalized: `${local}@${domain}`, asciiDomain: h.ascii });
}

// ---------------------------------------------------------------------------------------------
// IP (ipaddr.js)
// ---------------------------------------------------------------------------------------------

export interface IpValue {
  normalized: string;
  version: 4 | 6;
}

/**
 * Public server IP (FORMS.md §1.4 "not 0.0.0.0 / private ranges" [C2]; §2.3 IP). Only ipaddr.js range
 * 'unicast' is accepted; anything else (private, loopback, reserved, 6to4, teredo, …) → `ip.notPublic`.
 * IPv4 must be four-part decimal without leading zeros; IPv6 zone ids are rejected.
 */
export function validatePublicIp(s: string): Result<IpValue> {
  const v = nfkcTrim(s).replace(/^\[|\]$/g, '');
  if (!v) return required();
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (v.includes(':')) {
    if (v.includes('%') || !ipaddr.IPv6.isValid(v)) return result([err('ip.format')]);
    addr = ipaddr.IPv6.parse(v);
  } else {
    if (!ipaddr.IPv4.isValidFourPartDecimal(v)) return result([err('ip.format')]);
    addr = ipaddr.IPv4.parse(v);
  }
  const range = addr.range();
  if (addr.kind() === 'ipv6' && range === 'ipv4Mapped') {
    const inner = (addr as ipaddr.IPv6).toIPv4Address();
    const innerRange = inner.range();
    return innerRange === 'unicast'
      ? result([err('ip.ipv4Mapped', { ipv4: inner.toString() })])
      : result([err('ip.notPublic', { range: innerRange, rangeZh: IP_RANGE_LABELS_ZH[innerRange] ?? innerRange })]);
  }
  if (range !== 'unicast') {
    return result([err('ip.notPublic', { range, rangeZh: IP_RANGE_LABELS_ZH[range] ?? range })]);
  }
  return addr.kind() === 'ipv4'
    ? result([], { normalized: addr.toString(), version: 4 as const })
    : result([], { normalized: (addr as ipaddr.IPv6).toRFC5952String(), version: 6 as const });
}

// ---------------------------------------------------------------------------------------------
// §3.4 ICP numbers, §3.5 公安备案号
// ---------------------------------------------------------------------------------------------

export interface IcpNumberValue {
  province: string;
  /** The 主体备案号 (without `-N`), e.g. '浙ICP备123456号' or '京ICP证030173号'. */
  entityNumber: string;
  siteIndex?: number;
  kind: 'entity' | 'site';
  /** Old licence-style number (`ICP证`). */
  licence: boolean;
  normalized: string;
}

const PROVINCE_ABBRS = PROVINCE_ABBREVIATIONS.map((p) => p.abbr);

/**
 * ICP filing number (FORMS.md §3.4 [C2]): entity `浙ICP备123456号`, site `浙ICP备123456号-1`, old
 * licence-style `京ICP证030173号-1`. `kind` 'entity' rejects `-N`, 'site' requires it.
 * A 经营许可证 number such as `浙B2-20080101` is not a filing number (`icp.b2Licence`).
 */
export function validateIcpNumber(s: string, kind: 'entity' | 'site' | 'any' = 'any'): Result<IcpNumberValue> {
  const v = nfkcTrim(s).replace(/\s+/g, '').replace(/[—–−]/g, '-').replace(/icp/i, 'ICP');
  if (!v) return required();
  if (/^[\u4e00-\u9fff](?:B1|B2|D3)-?\d{8}(?:-\d+)?$/i.test(v)) return result([err('icp.b2Licence')]);
  const m = /^([\u4e00-\u9fff]?)ICP(备|证)(\d+)号(?:-(\d+))?$/.exec(v);
  if (!m) return result([err('icp.format')]);
  const [, province = '', type, digits = '', site] = m;
  if (!province) return result([err('icp.format')]);
  const issues: Issue[] = [];
  if (!PROVINCE_ABBRS.includes(province)) issues.push(err('icp.province', { province }));
  if (digits.length < 6 || digits.length > 20) issues.push(err('icp.format'));
  if (site !== undefined && !/^[1-9]\d*$/.test(site)) issues.push(err('icp.format'));
  if (kind === 'entity' && site !== undefined) issues.push(err('icp.kindEntity', { entityNumber: `${province}ICP${type}${digits}号` }));
  if (kind === 'site' && site === undefined) issues.push(err('icp.kindSite'));
  const entityNumber = `${province}ICP${type}${digits}号`;
  const value: IcpNumberValue = {
    province,
    entityNumber,
    kind: site === undefined ? 'entity' : 'site',
    licence: type === '证',
    normalized: site === undefined ? entityNumber : `${entityNumber}-${site}`,
  };
  if (site !== undefined) value.siteIndex = Number(site);
  return result(issues, value);
}

export interface PsbNumberValue {
  province: string;
  /** The 14 digits. */
  code: string;
  /** '浙公网安备33010602009975号' (no space). */
  normalized: string;
}

/**
 * 公安备案号 `浙公网安备 33010602009975号` (FORMS.md §3.5 [C2]): one province abbreviation, 14 digits,
 * space optional. Warns when digits 1–2 are not that province's division code.
 */
export function validatePsbNumber(s: string): Result<PsbNumberValue> {
  const v = nfkcTrim(s).replace(/\s+/g, '');
  if (!v) return required();
  const m = /^([\u4e00-\u9fff]+)公网安备(\d+)号$/.exec(v);
  if (!m) return result([err('psb.format')]);
  const [, province = '', code = ''] = m;
  const issues: Issue[] = [];
  const prov = PROVINCE_ABBREVIATIONS.find((p) => p.abbr === province);
  if (!prov) issues.push(err('psb.province', { province }));
  if (code.length !== 14) issues.push(err('psb.digits', { length: code.length }));
  if (prov && code.length === 14 && !code.startsWith(prov.code)) {
    issues.push(warn('psb.provinceMismatch', { province, expected: prov.code, actual: code.slice(0, 2) }));
  }
  return result(issues, { province, code, normalized: `${province}公网安备${code}号` });
}

// ---------------------------------------------------------------------------------------------
// §3.6 Site name (warnings only)
// ---------------------------------------------------------------------------------------------

export interface SiteNameContext {
  entityKind: '个人' | '单位';
  /** National-level unit: may use the reserved prefixes (中国, 国家, …). */
  isNational?: boolean;
  /** 前置审批 items the filing has (labels as on the form, e.g. '新闻', '医疗保健'). */
  preApprovals?: string[];
}

const HAN_RE = /\p{Script=Han}/gu;

/** Does any approval label in `have` cover `item`? Loose: either contains the other ('医疗' ~ '医疗保健'). */
function hasApproval(have: readonly string[], item: string): boolean {
  return have.some((p) => {
    const a = p.trim();
    return a !== '' && (a === item || a.includes(item) || item.includes(a));
  });
}

/** Site-name naming-rule warnings (FORMS.md §3.6). Empty name → [] (requiredness is the schema's job). */
export function siteNameWarnings(name: string, ctx: SiteNameContext): Issue[] {
  const n = nfkcTrim(name);
  if (!n) return [];
  const issues: Issue[] = [];
  const compact = n.replace(/\s+/g, '');

  if (SITE_NAME_GENERIC_ONLY.includes(compact)) issues.push(warn('sitename.genericOnly', { name: compact }));

  const han = (compact.match(HAN_RE) ?? []).length;
  if (/^\d+$/.test(compact)) issues.push(warn('sitename.pureDigits'));
  else if (/^[A-Za-z0-9]+$/.test(compact)) issues.push(warn('sitename.pureLatin'));
  if (han < SITE_NAME_MIN_CHINESE) issues.push(warn('sitename.tooFewChinese', { count: han, min: SITE_NAME_MIN_CHINESE }));

  // Anything shaped like host.tld whose suffix is a real ICANN suffix.
  const domainLike = n.match(/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]+/gu) ?? [];
  const looksLikeDomain = domainLike.some((c) => {
    const a = hostToAscii(c.toLowerCase());
    if (!a) return false;
    const p = parseDomain(a, { allowPrivateDomains: false });
    return !!p.domain && p.isIcann === true;
  });
  if (looksLikeDomain) issues.push(warn('sitename.looksLikeDomain'));

  const special = [...new Set([...compact].filter((c) => !/[\p{Script=Han}A-Za-z0-9]/u.test(c)))];
  if (special.length) issues.push(warn('sitename.specialChars', { chars: special.join(' ') }));

  if (!ctx.isNational) {
    const word = SITE_NAME_RESERVED_PREFIXES.find((w) => compact.startsWith(w));
    if (word) issues.push(warn('sitename.reservedPrefix', { word }));
  }

  const approvals = ctx.preApprovals ?? [];
  for (const rule of SITE_NAME_PRE_APPROVAL_WORDS) {
    let text = compact;
    for (const u of rule.unless ?? []) text = text.split(u).join('');
    const word = rule.words.find((w) => text.includes(w));
    if (word && !hasApproval(approvals, rule.item)) issues.push(warn('sitename.needsPreApproval', { word, item: rule.item }));
  }

  if (ctx.entityKind === '个人') {
    const word = SITE_NAME_INDIVIDUAL_FORBIDDEN_WORDS.find((w) => compact.includes(w));
    if (word) issues.push(warn('sitename.individualCommercial', { word }));
    const suffix = SITE_NAME_INDIVIDUAL_DISCOURAGED_SUFFIXES.find((w) => compact.endsWith(w) && compact !== w);
    if (suffix) issues.push(warn('sitename.individualGeneric', { word: suffix }));
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Certificate validity (FORMS.md §1.3: many 管局 need >3 months remaining [C2: S17, S26])
// ---------------------------------------------------------------------------------------------

/**
 * Validity-end checks for an ID/certificate. Long-term → none. Missing end date → none (the schema
 * decides whether it is required). Past → `cert.expired`; on or before today + 3 calendar months →
 * `cert.expiresSoon` (params: date, days). The end date itself counts as still valid.
 */
export function expiryIssues(validTo: string | undefined, longTerm: boolean, today: Date = new Date()): Issue[] {
  if (longTerm || validTo === undefined || validTo.trim() === '') return [];
  const end = parseIsoDate(validTo);
  if (!end) return [err('date.invalid', { date: validTo.trim() })];
  const t = todayParts(today);
  const endIso = ymd(end);
  if (endIso < ymd(t)) return [err('cert.expired', { date: endIso })];
  if (endIso <= ymd(addMonths(t, CERT_MIN_REMAINING_MONTHS))) {
    return [warn('cert.expiresSoon', { date: endIso, days: daysBetween(t, end), months: CERT_MIN_REMAINING_MONTHS })];
  }
  return [];
}
