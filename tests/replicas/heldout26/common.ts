/**
 * Shared bits of the gen-26 replica apps (no library code): generation 25's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions, one-line addresses, ID terms, the ICP filing-number checks,
 * the cloud instance rows). Here: this generation's asset prefix (it wins over the re-exported ones) and what
 * generation 26 adds (the 公安 yes / no wording of a boolean).
 */

/** The asset prefix of generation 26 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout26/';

// everything of generation 25's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout25/common';

/* ------------------------------------------------------------------ added in generation 26 */

/** FORMS §2.3 / §2.4 是 / 否 questions. */
export const YES_NO = ['是', '否'];
