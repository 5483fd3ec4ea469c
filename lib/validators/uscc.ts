/**
 * §3.2 Unified social credit code (GB 32100). Rules: FORMS.md §3.2.
 */
import type { Issue, Result } from './types';
import { err, nfkcTrim, required, result, warn } from './shared';

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
