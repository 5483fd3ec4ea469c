/**
 * Shared bits of the gen-15 replica apps (no library code). Written self-contained, as a copy of generation
 * 14's with additions; once generation 15 was retired, the copy became a re-export of generation 14's file (the
 * same window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 15 added.
 */
import { regionOptions } from '../heldout14/common';

/** The asset prefix of generation 15 (bundles and stylesheets). */
export const PREFIX = '/__heldout15/';

// everything of generation 14's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout14/common';

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
