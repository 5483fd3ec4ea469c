/**
 * Shared bits of the gen-20 replica apps (no library code): generation 19's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md: generation 20 adds
 * none of its own). Here: this generation's asset prefix (it wins over the re-exported ones).
 */

/** The asset prefix of generation 20 (bundles, stylesheets, the old portal's frame and area API). */
export const PREFIX = '/__heldout20/';

// everything of generation 19's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout19/common';
