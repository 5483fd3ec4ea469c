/**
 * Shared bits of the gen-38 replica apps (no library code): generation 37's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows, the ID terms, the unit's saved contacts,
 * ...). Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 38 adds: the unit's
 * Alibaba Cloud ECS instances grouped by region as a tree answered late (a console's 备案实例 tree picker). Each app keeps
 * its own widgets: no shared field kit.
 */
import { UNIT_ECS } from '../heldout37/common';

/** The asset prefix of generation 38 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout38/';

// everything of generation 37's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout37/common';

/* ------------------------------------------------------------------ added in generation 38 */

/** A node of the unit's instance tree: a region (picking it selects nothing) holding ECS instances (value = instance id). */
export interface EcsTreeNode { value: string; label: string; disabled?: boolean; children?: EcsTreeNode[] }
/** The unit's ECS instances by region (the site's instance holds 47.96.56.78), answered after a delay; short ones disabled. */
export const fetchUnitEcsTree = (delay = 500): Promise<EcsTreeNode[]> => new Promise((res) => setTimeout(() => res([
  { value: 'cn-hangzhou', label: '华东1（杭州）', children: UNIT_ECS.filter((e) => e.id !== 'i-bp1k2v7tst0w5x8m').map((e) => ({ value: e.id, label: `${e.name}（${e.ip}）${e.short ? ' · 剩余不足 3 个月' : ''}`, disabled: !!e.short })) },
  { value: 'cn-shanghai', label: '华东2（上海）', children: UNIT_ECS.filter((e) => e.id === 'i-bp1k2v7tst0w5x8m').map((e) => ({ value: e.id, label: `${e.name}（${e.ip}）` })) },
]), delay));
