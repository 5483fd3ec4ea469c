/**
 * Shared bits of the gen-42 replica apps (no library code): generation 41's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the account's domains answered late, the 公安 provider lists, the ID terms, one region level
 * as [code, name] pairs, ...). Here: this generation's asset prefix (it wins over the re-exported ones) and what
 * generation 42 adds: the 主办单位性质 → 证件类型 list answered late (a console that asks its dictionary once the nature
 * is chosen) and the cloud servers of a Tencent account answered late. Each app keeps its own widgets: no shared field kit.
 */
import { ICP_CERTS_BY_NATURE } from '../heldout41/common';

/** The asset prefix of generation 42 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout42/';

// everything of generation 41's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout41/common';

/* ------------------------------------------------------------------ added in generation 42 */

/** FORMS §1.7: the certificate types of one 主办单位性质, answered after a delay (filtered by nature). */
export const fetchCertsOf = (nature: string, delay = 400): Promise<string[]> =>
  new Promise((res) => setTimeout(() => res([...(ICP_CERTS_BY_NATURE[nature] ?? [])]), delay));
