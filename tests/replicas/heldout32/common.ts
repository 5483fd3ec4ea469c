/**
 * Shared bits of the gen-32 replica apps (no library code): generation 31's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, ...). Here: this generation's asset prefix (it wins over the
 * re-exported ones) and what generation 32 adds: the person's Huawei Cloud ECS list (answered late). Each app keeps its
 * own widgets: no shared field kit.
 */

/** The asset prefix of generation 32 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout32/';

// everything of generation 31's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout31/common';

/* ------------------------------------------------------------------ added in generation 32 */

/** The person 张伟's Huawei Cloud ECS (docs/profile.example.json: the person's site holds 47.96.12.34), listed after a delay. */
export interface HuaweiEcs { id: string; name: string; ip: string; region: string }
export const PERSON_HW_ECS: HuaweiEcs[] = [
  { id: 'ecs-7f3a21', name: 'ecs-notes', ip: '47.96.12.34', region: '华东-上海一' },
  { id: 'ecs-0c9d44', name: 'ecs-sandbox', ip: '121.36.8.51', region: '华北-北京四' },
];
export const fetchPersonHwEcs = (delay = 400): Promise<HuaweiEcs[]> => new Promise((res) => setTimeout(() => res(PERSON_HW_ECS), delay));
