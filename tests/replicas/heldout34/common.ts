/**
 * Shared bits of the gen-34 replica apps (no library code): generation 33's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows, Alibaba's step-1 resource kinds, ...).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 34 adds: the unit's
 * Alibaba Cloud resources of one kind answered late, and the 公安 应急联络人 sources. Each app keeps its own widgets: no
 * shared field kit.
 */
import { UNIT_ECS, type AliEcs } from '../heldout33/common';

/** The asset prefix of generation 34 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout34/';

// everything of generation 33's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout33/common';

/* ------------------------------------------------------------------ added in generation 34 */

/** The unit's resources of one kind (FORMS §1.2 step 1), answered after a delay: its ECS list, no light servers. */
export const fetchUnitResources = (kind: string, delay = 500): Promise<AliEcs[]> =>
  new Promise((res) => setTimeout(() => res(kind === '云服务器ECS' ? UNIT_ECS : []), delay));
/** FORMS §2.4: where the 网站应急联络人's data comes from (a copy of one of the roles, or typed in). */
export const EMERGENCY_SOURCES = ['同主体负责人', '同安全负责人', '另行填写'];
