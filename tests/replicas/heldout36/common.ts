/**
 * Shared bits of the gen-36 replica apps (no library code): generation 35's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows, Alibaba's step-1 resource kinds, the
 * county search, the unit's saved contacts, ...). Here: this generation's asset prefix (it wins over the re-exported
 * ones) and what generation 36 adds: the person's Tencent Cloud CVMs answered late (a 备案云服务 list), and the unit's
 * real-name domains answered late (an Alibaba 网站域名 checklist). Each app keeps its own widgets: no shared field kit.
 */
import { UNIT_ACCOUNT_DOMAINS } from '../heldout35/common';

/** The asset prefix of generation 36 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout36/';

// everything of generation 35's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout35/common';

/* ------------------------------------------------------------------ added in generation 36 */

/** A Tencent Cloud CVM of the person 张伟 (docs/profile.example.json: the person's site holds 47.96.12.34). */
export interface PersonCvm { id: string; name: string; ip: string; region: string; expires: string; short?: boolean }
export const PERSON_CVMS: PersonCvm[] = [
  { id: 'ins-zw0notes1', name: 'notes-web', ip: '47.96.12.34', region: '上海', expires: '2026-12-20' },
  { id: 'ins-zw7lab2k9', name: 'zw-lab', ip: '119.29.77.8', region: '广州', expires: '2026-02-01', short: true },
];
/** The person's CVMs, listed after a delay (FORMS §1.10 Tencent 备案云服务: a server, or a 备案授权码). */
export const fetchPersonCvms = (delay = 500): Promise<PersonCvm[]> => new Promise((res) => setTimeout(() => res(PERSON_CVMS), delay));
/** The unit's real-name domains in its Alibaba Cloud account, answered after a delay (a 网站域名 checklist). */
export const fetchUnitDomains = (delay = 450): Promise<string[]> => new Promise((res) => setTimeout(() => res(UNIT_ACCOUNT_DOMAINS), delay));
