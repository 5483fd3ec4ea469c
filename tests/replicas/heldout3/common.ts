/**
 * Shared bits of the gen-3 held-out replica apps that generation 2 does not already have (option lists
 * and helpers from FORMS.md; no library code). Everything generation 2 has is imported from there.
 */
import { AREAS, areaByCode, namesOf, type Area } from '../heldout2/regions';

export { build, expose, HELD_PRINCIPAL, NATURE_CODES, certCodesFor, ICP_PERSON_CERTS, ICP_LANGUAGES, ICP_CONTENT, MPS_PERSON_CERT_CODES, MPS_PERSON_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, ACCESS_PROVIDERS, REGISTRARS } from '../heldout2/common';
export { AREAS, fetchAreas, namesOf, areaByCode, type Area } from '../heldout2/regions';

/** §2.2 old 开办主体性质 codes (old portal). */
export const OLD_SUBJECT_KINDS: [string, string][] = [
  ['01', '企业'], ['00', '个人'], ['02', '个体经营'], ['03', '事业单位'], ['04', '军队'], ['05', '政府机关'], ['06', '社会团体'],
  ['07', '民办非企业'], ['08', '基金会'], ['09', '律师事务所'],
];
/** §2.2 old 主办单位证件类型 codes. */
export const OLD_UNIT_CERTS: [string, string][] = [['00', '统一社会信用代码证'], ['01', '营业执照证书'], ['02', '组织机构代码证'], ['03', '其他']];
/**
 * §2.3 letter-coded 网站类型 of the new 公安 platform. A, C, E, G, Z are confirmed; B, D, F are FORMS.md's
 * inference from the 互联网平台分类 scheme.
 */
export const PSB_CATEGORIES: [string, string][] = [
  ['A', '网络基础类'], ['B', '网络销售类'], ['C', '生活服务类'], ['D', '社交文娱类'], ['E', '信息资讯类'], ['F', '金融服务类'], ['G', '计算机应用类'], ['Z', '其他'],
];
/** §2.3 old 相关前置许可 items. */
export const MPS_PRE_LICENCES = ['新闻', '出版', '教育', '运动保健', '医疗保健', '其他'];

/** The code path (province, city, county) of a county code of the region tree. */
export function codePathOf(code: string): string[] {
  const p = `${code.slice(0, 2)}0000`;
  const c = `${code.slice(0, 4)}00`;
  return [p, c, code].filter((x, i, a) => areaByCode(x) && a.indexOf(x) === i);
}
/** Names along the code path of a county code. */
export const regionNamesOf = (code: string): string[] => namesOf(codePathOf(code));

/** The region tree as cascader options: value and label both the name (antd, Element). */
export type NameOption = { value: string; label: string; children?: NameOption[] };
export function nameOptions(list: Area[] = AREAS): NameOption[] {
  return list.map((a) => ({ value: a.name, label: a.name, ...(a.children ? { children: nameOptions(a.children) } : {}) }));
}
/** The region tree as Fusion dataSource: value the code, label the name. */
export type CodeOption = { value: string; label: string; children?: CodeOption[] };
export function codeOptions(list: Area[] = AREAS): CodeOption[] {
  return list.map((a) => ({ value: a.code, label: a.name, ...(a.children ? { children: codeOptions(a.children) } : {}) }));
}

/** File lists (library file objects) reported as the names they hold; everything else copied. */
export function snapshot(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) out[k] = v.map((x) => (x && typeof x === 'object' ? String((x as { name?: unknown }).name ?? '') : x));
    else if (Array.isArray(v)) out[k] = [...v];
    else out[k] = v;
  }
  return out;
}
