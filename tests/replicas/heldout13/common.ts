/**
 * Shared bits of the gen-13 replica apps (no library code). Written self-contained, as a copy of generation
 * 12's; once generation 13 was retired, the copy became a re-export of generation 12's file (the same
 * window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md).
 * Here: this generation's asset prefix (it wins over the re-exported ones).
 */
/** The asset prefix of generation 13 (bundles and stylesheets). */
export const PREFIX = '/__heldout13/';

// everything of generation 12's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout12/common';
