/**
 * The site's access provider (接入商) as the checklist sees it: its DIRECTORY entry (by id, else by the
 * exact filing name), whose brand picks the provider's journey and materials, and the 公安
 * access-provider values the filer must still look up, with where (the entry's lookup note,
 * FORMS.md §2.5, §5). Values no source gives are never made up here: they are listed for lookup.
 */
import { DIRECTORY, type DirectoryEntry, type LookupValue, type Sourced } from '../data/providers';
import type { Site } from '../schema';

/** The DIRECTORY entry of a site's access provider: by its id, else by its exact name. */
export function accessProviderOf(site: Site | undefined): DirectoryEntry | undefined {
  if (!site) return undefined;
  const ap = site.accessProvider;
  const access = DIRECTORY.filter((e) => e.role === 'access');
  return (ap.providerId ? access.find((e) => e.id === ap.providerId) : undefined)
    ?? (ap.name.trim() ? access.find((e) => e.name?.value === ap.name.trim()) : undefined);
}

/** The provider's common name (阿里云, 腾讯云, 华为云, 百度智能云, 火山引擎 …), or undefined. */
export const providerBrand = (site: Site | undefined): string | undefined => accessProviderOf(site)?.brand;

/** The 公安 form's words for each value of the access-provider block (§2.3). */
export const LOOKUP_LABELS: Record<LookupValue, string> = {
  name: '网络接入服务商名称', jurisdiction: '所属区域（境内/境外）', region: '所属区域（省/市/区）',
  code: '组织机构代码 / 接入商编码', phone: '联系电话', accessMethod: '网站接入方式',
};

export interface LookupItem {
  value: LookupValue;
  label: string;
  /** 待查: the site holds no value; 需核实: it holds the directory's unconfirmed (INF/BRIEF) value */
  state: '待查' | '需核实';
}

export interface ProviderLookup {
  entry: DirectoryEntry;
  items: LookupItem[];
  where: string;
  url?: string;
  source: string;
}

function siteValue(site: Site, v: LookupValue): string {
  const ap = site.accessProvider;
  switch (v) {
    case 'name': return ap.name.trim();
    case 'jurisdiction': return ap.jurisdiction;
    case 'region': return ap.region.province && ap.region.city && ap.region.district ? `${ap.region.province}${ap.region.city}${ap.region.district}` : '';
    case 'code': return ap.code.trim();
    case 'phone': return ap.phone.trim();
    case 'accessMethod': return ap.accessMethod.trim();
  }
}

function directoryValue(e: DirectoryEntry, v: LookupValue): Sourced<unknown> | undefined {
  return v === 'accessMethod' ? e.accessMethods : v === 'region' ? e.region : e[v];
}
const shown = (x: Sourced<unknown> | undefined): string => {
  const val = x?.value;
  if (!val) return '';
  if (typeof val === 'string') return val;
  if (Array.isArray(val)) return val.join('|');
  const r = val as { province: string; city: string; district: string };
  return `${r.province}${r.city}${r.district}`;
};

/**
 * The access-provider values this site's filer must still look up: each value the DIRECTORY entry
 * lists in its lookup note that the site leaves empty (待查) or holds exactly as the directory's
 * unconfirmed value (需核实). A value the filer typed themselves is theirs: not listed. Undefined when
 * the provider is not in the directory or nothing is left to look up.
 */
export function providerLookups(site: Site | undefined): ProviderLookup | undefined {
  const entry = accessProviderOf(site);
  if (!site || !entry) return undefined;
  const items: LookupItem[] = [];
  for (const v of entry.lookup.values) {
    const mine = siteValue(site, v);
    const known = directoryValue(entry, v);
    // jurisdiction always holds a value (境内 by default): listed only while the directory itself lacks it
    if (v === 'jurisdiction') { if (!known) items.push({ value: v, label: LOOKUP_LABELS[v], state: '需核实' }); continue; }
    if (!mine) items.push({ value: v, label: LOOKUP_LABELS[v], state: '待查' });
    else if (known && (known.confidence === 'INF' || known.confidence === 'BRIEF') && (v === 'accessMethod' ? shown(known).split('|').includes(mine) : shown(known) === mine)) {
      items.push({ value: v, label: LOOKUP_LABELS[v], state: '需核实' });
    }
  }
  if (!items.length) return undefined;
  return { entry, items, where: entry.lookup.where, ...(entry.lookup.url ? { url: entry.lookup.url } : {}), source: entry.lookup.source };
}
