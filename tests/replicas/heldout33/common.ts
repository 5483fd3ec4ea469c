/**
 * Shared bits of the gen-33 replica apps (no library code): generation 32's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows, ...). Here: this generation's asset
 * prefix (it wins over the re-exported ones) and what generation 33 adds: Alibaba's step-1 resource kinds with a late
 * instance list per kind. Each app keeps its own widgets: no shared field kit.
 */
import { PERSON_INSTANCES, type PersonInstance } from '../heldout32/common';

/** The asset prefix of generation 33 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout33/';

// everything of generation 32's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout32/common';

/* ------------------------------------------------------------------ added in generation 33 */

/** FORMS §1.2 step 1: the cloud resource a filing is bound to (an ECS / 轻量 instance, or a 备案服务号). */
export const ALIYUN_RESOURCE_KINDS = ['云服务器ECS', '轻量应用服务器', '备案服务号'];
/** The person's instances of one resource kind, answered after a delay (the person holds ECS only: the light list is empty). */
export const fetchPersonResources = (kind: string, delay = 450): Promise<PersonInstance[]> =>
  new Promise((res) => setTimeout(() => res(kind === '云服务器ECS' ? PERSON_INSTANCES : []), delay));
