/**
 * Addresses: region (省/市/区 of the national data, lib/regions.ts) + detail. The one-line text a form
 * may ask for is derived here, and a one-line text of an older profile is split back (lib/migrate.ts).
 */
import { provinces, type RegionValue } from './regions';

export interface AddressValue { region: RegionValue; detail: string }

export const EMPTY_REGION: RegionValue = { province: '', city: '', district: '' };
export const emptyAddress = (): AddressValue => ({ region: { ...EMPTY_REGION }, detail: '' });

/**
 * City names the national data uses as placeholders under 直辖市 and for 省直辖县级行政区划: nobody
 * writes them in an address (北京市东城区, not 北京市市辖区东城区).
 */
export const PLACEHOLDER_CITIES: ReadonlySet<string> = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** 省 + 市 + 区 as an address writes them (placeholder cities left out). */
export function regionText(r: Partial<RegionValue> | undefined): string {
  if (!r) return '';
  return [r.province, r.city && !PLACEHOLDER_CITIES.has(r.city) ? r.city : '', r.district].filter(Boolean).join('');
}
/** The one-line address: province + city + district + detail. */
export function addressLine(a: Partial<AddressValue> | undefined): string {
  if (!a) return '';
  return `${regionText(a.region)}${(a.detail ?? '').trim()}`;
}
/** [province, city, district] for a cascader, or undefined when the region is not complete. */
export function regionPath(r: Partial<RegionValue> | undefined): [string, string, string] | undefined {
  return r?.province && r.city && r.district ? [r.province, r.city, r.district] : undefined;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
function skipSpaces(s: string, i: number): number {
  while (isSpace(s[i])) i++;
  return i;
}

/**
 * Split a one-line address that starts with a 省/市/区 of the national data into region + detail.
 * Spaces between the parts are allowed; under 直辖市 and 省直辖县 the placeholder city may be written
 * as the data spells it (北京市市辖区东城区), as the province again (北京市北京市东城区) or left out
 * (北京市东城区). The longest match wins. Undefined when the text does not start with a full region.
 */
export function splitAddress(text: string): AddressValue | undefined {
  const s = text.trim();
  let best: { region: RegionValue; end: number } | undefined;
  for (const p of provinces()) {
    if (!s.startsWith(p.name)) continue;
    const afterProvince = skipSpaces(s, p.name.length);
    for (const c of p.children ?? []) {
      const cityForms = PLACEHOLDER_CITIES.has(c.name) ? [c.name, p.name, ''] : [c.name];
      for (const form of cityForms) {
        if (!s.startsWith(form, afterProvince)) continue;
        const afterCity = skipSpaces(s, afterProvince + form.length);
        for (const d of c.children ?? []) {
          if (!s.startsWith(d.name, afterCity)) continue;
          const end = afterCity + d.name.length;
          if (!best || end > best.end) best = { region: { province: p.name, city: c.name, district: d.name }, end };
        }
      }
    }
  }
  if (!best) return undefined;
  return { region: best.region, detail: s.slice(best.end).replace(/^[\s,，、:：]+/u, '').trim() };
}
