/**
 * Shared bits of the gen-24 replica apps (no library code): generation 23's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions, one-line addresses, ID terms). Here: this generation's asset
 * prefix (it wins over the re-exported ones) and what generation 24 adds (the Tencent / Huawei instance rows of the
 * unit's site, the 公安 category list as plain options).
 */

/** The asset prefix of generation 24 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout24/';

// everything of generation 23's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout23/common';

/* ------------------------------------------------------------------ added in generation 24 */

/** A cloud server the console lists in its 备案云服务 table: the site's instance is the one holding the site's public IP. */
export interface CloudServer { id: string; name: string; ip: string; region: string; expires: string; short?: boolean }
/** The unit's Tencent Cloud CVM instances (docs/profile.example.json: the unit site's IPv4 47.96.56.78). */
export const TENCENT_CVMS: CloudServer[] = [
  { id: 'ins-3kq8w2zr', name: 'yunqi-test', ip: '119.29.40.12', region: '广州', expires: '2026-09-30' },
  { id: 'ins-7mv2xq9d', name: 'yunqi-www', ip: '47.96.56.78', region: '上海', expires: '2027-11-01' },
  { id: 'ins-1pz0old4', name: 'yunqi-old', ip: '129.204.8.77', region: '广州', expires: '2026-01-10', short: true },
];
/** The state hook of the gen-24 React apps (TDesign and antd on React 19): generation 23's, the same hook. */
export * from '../heldout23/react-state';
// (the browser bundles import ./regions themselves: the region tree is set there, not on the Node side)
