/**
 * The field dictionary as the filer sees it when teaching a field (指定字段): every role × field of
 * lib/forms/vocabulary.ts, named in Chinese (the role's name and the field's first label).
 */
import { FIELDS, type FieldDef } from './forms/vocabulary';

export const ROLE_NAMES = {
  principal: '主体负责人', web: '网站负责人', security: '网站安全负责人', emergency: '应急联络人', legalRep: '法定代表人',
  entity: '主办单位', site: '网站', provider: '接入服务商', registrar: '域名注册服务商',
} as const;

export interface DictEntry { key: string; name: string; kind: FieldDef['kind'] }

let cache: DictEntry[] | undefined;
export function fieldDictionary(): DictEntry[] {
  if (cache) return cache;
  const out: DictEntry[] = [];
  const people = ['principal', 'web', 'security', 'emergency', 'legalRep'] as const;
  for (const f of FIELDS) {
    const name = f.id.split('.')[1]!;
    const label = f.labels[0]!;
    if (f.scope === 'person') for (const r of people) out.push({ key: `${r}.${name}`, name: `${ROLE_NAMES[r]} · ${label}`, kind: f.kind });
    else out.push({ key: `${f.scope}.${name}`, name: `${ROLE_NAMES[f.scope]} · ${label}`, kind: f.kind });
  }
  return (cache = out);
}
export const dictName = (key: string) => fieldDictionary().find((d) => d.key === key)?.name ?? key;

/** Entries whose name or key holds every word of the query (spaces and · ignored). */
export function searchDictionary(q: string): DictEntry[] {
  const words = q.toLowerCase().split(/[\s·]+/).filter(Boolean);
  return fieldDictionary().filter((d) => words.every((w) => d.name.toLowerCase().replace(/\s/g, '').includes(w) || d.key.toLowerCase().includes(w)));
}
