/**
 * Shared bits of the gen-23 replica apps (no library code): generation 22's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions). Here: this generation's asset prefix (it wins over the
 * re-exported ones) and what generation 23 adds (the full-line address of a region path, a resident ID card's term from
 * its two dates).
 */
import { endOfTerm, ID_TERMS } from '../heldout22/common';

/** The asset prefix of generation 23 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout23/';

// everything of generation 22's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout22/common';

/* ------------------------------------------------------------------ added in generation 23 */

/** FORMS §1.3 证件住所 / 通信地址 written out as one line: the region names, then the street part. */
export const fullAddress = (region: string[], detail: string): string => `${region.join('')}${detail}`;
/** The term (5年 / 10年 / 20年) between a resident ID card's two dates, '' when they are not a whole term apart. */
export function termOf(from: string, to: string): string {
  return ID_TERMS.find((t) => t !== '长期' && endOfTerm(from, t) === to) ?? '';
}
