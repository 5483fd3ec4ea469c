/**
 * Shared bits of the gen-25 replica apps (no library code): generation 24's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions, one-line addresses, ID terms, the Tencent instance rows).
 * Here: this generation's asset prefix (it wins over the re-exported ones) and what generation 25 adds (the account's
 * real-name domains and ECS instances of the unit at Alibaba, the ICP filing-number checks).
 */

/** The asset prefix of generation 25 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout25/';

// everything of generation 24's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout24/common';

/* ------------------------------------------------------------------ added in generation 25 */

/** FORMS §3.4: an entity (主体) filing number, e.g. 浙ICP备123456号. */
export const ENTITY_ICP_RE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备\d{6,}号$/;
/** FORMS §3.4: a site filing number, the entity number + -N. */
export const SITE_ICP_RE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备\d{6,}号-\d+$/;
/** The unit's real-name domains in its Alibaba Cloud account (the profile's two and one more), answered after a delay. */
export const UNIT_ACCOUNT_DOMAINS = ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net'];
/** An Alibaba Cloud ECS instance of the unit's account: the site's is the one holding the site's public addresses. */
export interface AliEcs { id: string; name: string; ip: string; ipv6: string; expires: string; short?: boolean }
export const UNIT_ECS: AliEcs[] = [
  { id: 'i-bp1k2v7tst0w5x8m', name: 'yunqi-test', ip: '121.43.20.6', ipv6: '', expires: '2026-10-31' },
  { id: 'i-bp1w9n4www3r6q2y', name: 'yunqi-www', ip: '47.96.56.78', ipv6: '2408:4000:1000::10', expires: '2027-11-01' },
  { id: 'i-bp1c0x5old8d1z7e', name: 'yunqi-old', ip: '118.178.9.44', ipv6: '', expires: '2026-01-20', short: true },
];
