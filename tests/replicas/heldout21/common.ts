/**
 * Shared bits of the gen-21 replica apps (no library code): generation 20's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md). Here: this
 * generation's asset prefix (it wins over the re-exported ones) and what generation 21 adds (the area API's answer
 * for the server-rendered pages, computed on the Node side).
 */
import { regionOptions, type RegionOption } from '../heldout20/common';

/** The asset prefix of generation 21 (bundles, stylesheets, the server-rendered pages' area API). */
export const PREFIX = '/__heldout21/';

// everything of generation 20's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout20/common';

/* ------------------------------------------------------------------ added in generation 21 */

let byCode: Map<string, RegionOption[]> | undefined;
/** The children (code, name) of a region code ('' = provinces), as the server-rendered pages' area API answers them. */
export function areaChildren(parent: string): { code: string; name: string }[] {
  if (!byCode) {
    byCode = new Map();
    const roots = regionOptions();
    byCode.set('', roots);
    const walk = (l: RegionOption[]) => l.forEach((n) => { if (n.children) { byCode!.set(n.value, n.children); walk(n.children); } });
    walk(roots);
  }
  return (byCode.get(parent) ?? []).map((n) => ({ code: n.value, name: n.label }));
}
