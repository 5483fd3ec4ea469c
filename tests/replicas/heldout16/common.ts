/**
 * Shared bits of the gen-16 replica apps (no library code). Written self-contained, as a copy of generation
 * 15's; once generation 16 was retired, the copy became a re-export of generation 15's file (the same
 * window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md: generation 16
 * added none). Here: this generation's asset prefix (it wins over the re-exported ones).
 */

/** The asset prefix of generation 16 (bundles and stylesheets). */
export const PREFIX = '/__heldout16/';

// everything of generation 15's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout15/common';
