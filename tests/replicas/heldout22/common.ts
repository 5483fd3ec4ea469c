/**
 * Shared bits of the gen-22 replica apps (no library code): generation 21's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages). Here: this generation's asset prefix (it wins over the re-exported ones) and what
 * generation 22 adds (the home-URL suggestions a console derives from the site's domains).
 */

/** The asset prefix of generation 22 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout22/';

// everything of generation 21's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout21/common';

/* ------------------------------------------------------------------ added in generation 22 */

/** FORMS §1.4: an apex domain's home URL suggestions (www.-prefixed first; no scheme). */
export const homeUrlSuggestions = (domains: string[]): string[] => domains.flatMap((d) => [`www.${d}`, d]);
