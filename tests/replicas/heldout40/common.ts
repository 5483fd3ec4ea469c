/**
 * Shared bits of the gen-40 replica apps (no library code): generation 39's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider search and access methods, the ID terms, the
 * whole region tree answered late, ...). Here: this generation's asset prefix (it wins over the re-exported ones) and what
 * generation 40 adds: the whole 公安 provider list answered late (a console that fetches its 接入商 dictionary once).
 * Each app keeps its own widgets: no shared field kit.
 */
import { MPS_PROVIDERS } from '../heldout39/common';

/** The asset prefix of generation 40 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout40/';

// everything of generation 39's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout39/common';

/* ------------------------------------------------------------------ added in generation 40 */

/** FORMS §2.5: the provider names of the 接入商 / 注册商 dictionary, answered after a delay. */
export const fetchProviderNames = (delay = 450): Promise<string[]> => new Promise((res) => setTimeout(() => res([...MPS_PROVIDERS]), delay));
