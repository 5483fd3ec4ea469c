/**
 * Shared bits of the gen-35 replica apps (no library code): generation 34's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the Alibaba Cloud instances, the 公安 provider rows, Alibaba's step-1 resource kinds, the
 * unit's resources answered late, ...). Here: this generation's asset prefix (it wins over the re-exported ones) and what
 * generation 35 adds: a county search over the region tree (a console's 区域 search box), the unit account's saved
 * contacts (a 常用联系人 picker), and what Baidu's licence recognition reads off the unit's 营业执照. Each app keeps its
 * own widgets: no shared field kit.
 */
import { HELD_PRINCIPAL, regionOptions } from '../heldout34/common';

/** The asset prefix of generation 35 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout35/';

// everything of generation 34's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout34/common';

/* ------------------------------------------------------------------ added in generation 35 */

/** A county hit of the region search: its code and the path of names (province, city, county). */
export interface CountyHit { code: string; path: string[] }
let counties: CountyHit[] | undefined;
/** Counties whose name (or city / province name) contains `q` (at most `max`), answered after a delay like an area API. */
export function searchCounties(q: string, max = 12, delay = 250): Promise<CountyHit[]> {
  if (!counties) {
    counties = [];
    for (const p of regionOptions()) for (const c of p.children ?? []) for (const d of c.children ?? []) counties.push({ code: d.value, path: [p.label, c.label, d.label] });
  }
  const k = q.trim();
  const hits = k ? counties.filter((x) => x.path[2]!.includes(k)).concat(counties.filter((x) => !x.path[2]!.includes(k) && x.path.join('').includes(k))).slice(0, max) : [];
  return new Promise((res) => setTimeout(() => res(hits), delay));
}

/** A contact saved in the unit's console account (docs/profile.example.json contacts of the unit), for a 常用联系人 picker. */
export interface SavedContact { name: string; certType: string; certNumber: string; validFrom: string; validTo: string; longTerm: boolean; mobile: string; emergency: string; office: string; email: string }
export const UNIT_CONTACTS: SavedContact[] = [
  { ...HELD_PRINCIPAL.单位, emergency: '13700137000', office: '0571-88886666' },
  { name: '王强', certType: '居民身份证', certNumber: '110105198808123011', validFrom: '2020-08-12', validTo: '2040-08-12', longTerm: false, mobile: '18600186000', emergency: '18700187000', office: '0571-88887777', email: 'wangqiang@yunqi-demo.cn' },
];

/** FORMS §1.10 Baidu: what uploading the unit's licence photo fills (单位名称, 单位证件号码, 法定代表人姓名), read after a delay. */
export const LICENCE_READ = { unitName: '杭州云栖示例科技有限公司', certNumber: '91330110MA2H3K7Q18', legalRep: '李娜' };
export const readLicence = (delay = 400): Promise<typeof LICENCE_READ> => new Promise((res) => setTimeout(() => res(LICENCE_READ), delay));
