/**
 * Shared bits of the gen-39 replica apps (no library code): generation 38's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider search and access methods, the ID terms, ...).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 39 adds: the whole region
 * tree answered late (a console that fetches its area dictionary once) and an ID-card reading answered late (FORMS §1.10:
 * on Baidu's console an uploaded 证件照片 fills the name and number). Each app keeps its own widgets: no shared field kit.
 */
import { regionOptions, type RegionOption } from '../heldout38/common';

/** The asset prefix of generation 39 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout39/';

// everything of generation 38's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout38/common';

/* ------------------------------------------------------------------ added in generation 39 */

/** The whole region tree (value = code), answered after a delay like a console's area dictionary call. */
export const fetchRegionTree = (delay = 400): Promise<RegionOption[]> => new Promise((res) => setTimeout(() => res(regionOptions()), delay));
/** What an ID-card reading answers for an uploaded front image (only 张伟's card is known to this replica), after a delay. */
export const readIdFront = (fileName: string, delay = 500): Promise<{ name: string; number: string } | null> =>
  new Promise((res) => setTimeout(() => res(/zhangwei/i.test(fileName) ? { name: '张伟', number: '330106199003071236' } : null), delay));
