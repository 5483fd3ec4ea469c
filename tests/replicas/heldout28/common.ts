/**
 * Shared bits of the gen-28 replica apps (no library code): generation 27's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions, one-line addresses, ID terms, the ICP filing-number checks,
 * the cloud instance rows, the 公安 yes / no wording, the stale filed values of a change order). Here: this generation's
 * asset prefix (it wins over the re-exported ones) and what generation 28 adds (the person's Alibaba Cloud instances,
 * the 公安 所属地区管辖 choices).
 */

/** The asset prefix of generation 28 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout28/';

// everything of generation 27's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout27/common';

/* ------------------------------------------------------------------ added in generation 28 */

/** The person 张伟's Alibaba Cloud instances (docs/profile.example.json: the person's site holds 47.96.12.34), listed after a delay. */
export interface PersonInstance { id: string; name: string; kind: string; ip: string; expires: string }
export const PERSON_INSTANCES: PersonInstance[] = [
  { id: 'i-bp18zw3notes0a1c', name: 'notes-web', kind: '云服务器ECS', ip: '47.96.12.34', expires: '2026-11-20' },
  { id: 'i-bp1e6zw5test9k2d', name: 'zw-test', kind: '云服务器ECS', ip: '116.62.30.9', expires: '2026-03-02' },
];
export const fetchPersonInstances = (delay = 300): Promise<PersonInstance[]> => new Promise((res) => setTimeout(() => res(PERSON_INSTANCES), delay));
/** FORMS §2.3 接入商 / 注册商 所属地区管辖. */
export const MPS_JURISDICTIONS = ['境内', '境外'];
