/**
 * Shared bits of the gen-41 replica apps (no library code): generation 40's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the account's domains answered late, the 公安 provider lists, the ID terms, ...). Here: this
 * generation's asset prefix (it wins over the re-exported ones) and what generation 41 adds: the areas of one level
 * answered late as [code, name] pairs (three chained selects), and the 网站负责人 sources of an ICP site step. Each app
 * keeps its own widgets: no shared field kit.
 */
import { fetchAreas } from '../heldout40/common';

/** The asset prefix of generation 41 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout41/';

// everything of generation 40's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout40/common';

/* ------------------------------------------------------------------ added in generation 41 */

/** One level of the region tree ('' = provinces) as [code, name] pairs, answered after a delay (a 省 / 市 / 区县 select each). */
export const fetchLevel = (parent: string, delay = 350): Promise<[string, string][]> => fetchAreas(parent, delay).then((l) => l.map((a) => [a.code, a.name] as [string, string]));
/** Where an ICP site step takes its 网站负责人 from (FORMS §1.4: the site principal may differ from the 主体负责人). */
export const WP_SOURCES = ['同主体负责人', '另行填写'];
