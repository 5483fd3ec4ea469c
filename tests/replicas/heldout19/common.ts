/**
 * Shared bits of the gen-19 replica apps (no library code). Written self-contained, as a copy of generation
 * 18's; once generation 19 was retired, the copy became a re-export of generation 18's file (the same
 * window.__replica, state snapshot, region tree with async loading and option lists of FORMS.md: a script
 * compared every export, only the asset prefix differed). Here: this generation's asset prefix (it wins over
 * the re-exported ones).
 */

/** The asset prefix of generation 19 (bundles and stylesheets). */
export const PREFIX = '/__heldout19/';

// everything of generation 18's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout18/common';
