/**
 * Shared bits of the gen-37 replica apps (no library code): generation 36's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows and search, the person's CVMs, ...).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 37 adds: the 公安
 * 网站接入方式 choices of FORMS §2.3 / §2.5 as a late-answered list (a console's dictionary call). Each app keeps its own
 * widgets: no shared field kit.
 */
import { MPS_ACCESS_METHODS } from '../heldout36/common';

/** The asset prefix of generation 37 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout37/';

// everything of generation 36's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout36/common';

/* ------------------------------------------------------------------ added in generation 37 */

/** FORMS §2.3 网站接入方式, answered after a delay like the platform's dictionary API. */
export const fetchAccessMethods = (delay = 350): Promise<string[]> => new Promise((res) => setTimeout(() => res(MPS_ACCESS_METHODS), delay));
