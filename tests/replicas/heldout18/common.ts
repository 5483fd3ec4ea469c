/**
 * Shared bits of the gen-18 replica apps (no library code). Written self-contained, as a copy of generation
 * 17's; once generation 18 was retired, the copy became a re-export of generation 17's file (the same
 * window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md: a script
 * compared every export, only the asset prefix differed). Here: this generation's asset prefix (it wins over
 * the re-exported ones).
 */

/** The asset prefix of generation 18 (bundles and stylesheets). */
export const PREFIX = '/__heldout18/';

// everything of generation 17's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout17/common';
