/**
 * Shared bits of the gen-30 replica apps (no library code): generation 29's file re-exported (window.__replica, the
 * state snapshot, the region tree, the option lists and checks of FORMS.md, ...). Here: this generation's asset prefix
 * (it wins over the re-exported ones); generation 30 adds nothing else (each app keeps its own widgets).
 */

/** The asset prefix of generation 30 (bundles, stylesheets). */
export const PREFIX = '/__heldout30/';

// everything of generation 29's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout29/common';
