/**
 * Shared bits of the gen-44 replica apps (no library code): generation 43's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the account's domains and resources answered late, the 公安 provider lists, the ID terms,
 * one region level as [code, name] pairs, the certificate types of a nature answered late, the content tree, ...). Here:
 * this generation's asset prefix (it wins over the re-exported ones) and what generation 44 adds: the 公安 person
 * certificate list answered late (a console asking its dictionary once) and the 公安 interactive-service kinds answered
 * late. Each app keeps its own widgets: no shared field kit.
 */
import { INTERACTIVE_KINDS, MPS_PERSON_CERTS } from '../heldout43/common';

/** The asset prefix of generation 44 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout44/';

// everything of generation 43's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout43/common';

/* ------------------------------------------------------------------ added in generation 44 */

/** FORMS §2.2: the 公安 person certificate names, answered after a delay (the platform's dictionary call). */
export const fetchMpsPersonCerts = (delay = 400): Promise<string[]> => new Promise((res) => setTimeout(() => res([...MPS_PERSON_CERTS]), delay));
/** FORMS §2.3 / §5: the interactive-service kinds (a free list with suggestions), answered after a delay. */
export const fetchInteractiveKinds = (delay = 350): Promise<string[]> => new Promise((res) => setTimeout(() => res([...INTERACTIVE_KINDS]), delay));
