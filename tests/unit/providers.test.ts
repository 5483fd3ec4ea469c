// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DIRECTORY, PROVIDERS, providerById, type DirectoryEntry, type Sourced } from '@/lib/data/providers';
import { isValidRegion } from '@/lib/regions';
import { validateUscc } from '@/lib/validators';

const VALUE_KEYS = ['name', 'jurisdiction', 'region', 'code', 'uscc', 'phone', 'accessMethods', 'licence'] as const;
const sourced = (e: DirectoryEntry) => VALUE_KEYS.flatMap((k) => (e[k] ? [[k, e[k] as Sourced<unknown>] as const] : []));

describe('provider directory (FORMS.md §2.5)', () => {
  it('has unique ids and the providers §1.10 / §2.5 name', () => {
    const ids = DIRECTORY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['aliyun-access', 'aliyun-registrar', 'tencent-access', 'xinnet-registrar', 'huawei-access', 'baidu-access', 'volcengine-access', 'pingan-access', 'yovole-access']));
  });

  it('gives every value a source key and a confidence tag', () => {
    for (const e of DIRECTORY) {
      for (const [k, v] of sourced(e)) {
        expect(v.source, `${e.id}.${k}`).toMatch(/\bS\d+\b/);
        expect(['C2', 'C1', 'INF', 'BRIEF'], `${e.id}.${k}`).toContain(v.confidence);
        expect(v.value, `${e.id}.${k}`).toBeTruthy();
      }
    }
  });

  it('says for every entry which values to look up and where', () => {
    for (const e of DIRECTORY) {
      expect(e.lookup.where, e.id).toBeTruthy();
      expect(e.lookup.source, e.id).toMatch(/^S\d+$/);
      if (e.lookup.url) expect(e.lookup.url, e.id).toMatch(/^https:\/\//);
      // a value that is absent, inferred or only from the brief must be listed for lookup
      const map = { name: e.name, jurisdiction: e.jurisdiction, region: e.region, code: e.code, phone: e.phone, accessMethod: e.accessMethods } as const;
      for (const [k, v] of Object.entries(map)) {
        if (e.role === 'registrar' && (k === 'code' || k === 'accessMethod')) continue; // the registrar block has neither
        if (!v || v.confidence === 'INF' || v.confidence === 'BRIEF') {
          if (k === 'jurisdiction' && v) continue; // 境内 is implied for any ICP access provider
          expect(e.lookup.values, `${e.id}: ${k}`).toContain(k);
        }
      }
    }
  });

  it('keeps the §2.5 values exactly', () => {
    const t = DIRECTORY.find((e) => e.id === 'tencent-access')!;
    expect(t.name?.value).toBe('腾讯云计算（北京）有限责任公司');
    expect(t.region?.value).toEqual({ province: '北京市', city: '市辖区', district: '海淀区' });
    expect(t.code?.value).toBe('56365494-8');
    expect(t.phone?.value).toBe('4009-100-100');
    const h = DIRECTORY.find((e) => e.id === 'huawei-access')!;
    expect([h.name?.value, h.name?.confidence]).toEqual(['华为云计算技术有限公司', 'INF']);
    expect([h.phone?.value, h.phone?.confidence]).toEqual(['4000-955-988', 'C1']);
    expect(DIRECTORY.find((e) => e.id === 'baidu-access')!.name?.confidence).toBe('INF');
    const v = DIRECTORY.find((e) => e.id === 'volcengine-access')!;
    expect(sourced(v)).toEqual([]); // nothing known: nothing made up
    expect(DIRECTORY.find((e) => e.id === 'pingan-access')!.name?.value).toBe('深圳平安通信科技有限公司');
  });

  it('USCCs pass the GB 32100 check and the 接入商编码 is their chars 9–17', () => {
    for (const e of DIRECTORY) {
      if (!e.uscc) continue;
      expect(validateUscc(e.uscc.value).ok, e.id).toBe(true);
      if (e.code) expect(e.code.value.replace('-', ''), e.id).toBe(e.uscc.value.slice(8, 17));
    }
  });

  it('regions are real paths in the region data (直辖市 city level 市辖区)', () => {
    for (const e of DIRECTORY) if (e.region) expect(isValidRegion(e.region.value), e.id).toBe(true);
  });

  it('offers the editor only entries with a known name and jurisdiction', () => {
    expect(PROVIDERS.every((p) => p.name && p.jurisdiction)).toBe(true);
    expect(providerById('volcengine-access')).toBeUndefined();
    expect(providerById('tencent-access')?.name.value).toBe('腾讯云计算（北京）有限责任公司');
  });
});
