/**
 * Shared bits of the gen-14 replica apps (no library code). Written self-contained, as a copy of generation
 * 13's with additions; once generation 14 was retired, the copy became a re-export of generation 13's file (the
 * same window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 14 added.
 */
import { regionOptions, type RegionOption } from '../heldout13/common';

/** The asset prefix of generation 14 (bundles and stylesheets). */
export const PREFIX = '/__heldout14/';

// everything of generation 13's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout13/common';

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
