/**
 * Shared bits of the gen-31 replica apps (no library code): generation 30's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the person's Alibaba Cloud instances, ...). Here: this generation's asset prefix (it wins
 * over the re-exported ones); generation 31 adds nothing else (each app keeps its own widgets: no shared field kit).
 */

/** The asset prefix of generation 31 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout31/';

// everything of generation 30's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout30/common';
