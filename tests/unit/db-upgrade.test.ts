// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BeianDB, DB_VERSION } from '@/lib/db';
import { ContactSchema, EntitySchema, SiteSchema } from '@/lib/schema';

/**
 * Fixture databases of every earlier schema version, written the way that version's code wrote them,
 * then opened by the current code: nothing may be lost.
 */
const FIXTURES: Record<number, (name: string) => Promise<void>> = {
  1: async (name) => {
    const v1 = new Dexie(name);
    v1.version(1).stores({ entities: 'id, name, kind', contacts: 'id, name', sites: 'id, entityId, name', documents: 'id, [ownerType+ownerId], kind', meta: 'key' });
    await v1.open();
    // v1 records: no rev / updatedAt; selection kept in `meta`.
    await v1.table('contacts').add({ id: 'c1', name: '张伟', certType: '居民身份证', certNumber: '11010519491231002X', mobile: '13800138000', createdAt: 1700000000000 });
    await v1.table('entities').add({ id: 'e1', kind: '个人', nature: '个人', name: '张伟', certType: '居民身份证', certNumber: '11010519491231002X', principalId: 'c1', createdAt: 1700000000000 });
    await v1.table('sites').add({ id: 's1', entityId: 'e1', name: '张伟的读书笔记', domains: ['zhangwei-notes.cn'], ips: ['47.96.12.34'] });
    await v1.table('documents').add({ id: 'd1', ownerType: 'contact', ownerId: 'c1', kind: 'id-front', name: 'a.png', mime: 'image/png', size: 3, expiresAt: '', addedAt: 1, blob: new Blob([new Uint8Array([7, 8, 9])], { type: 'image/png' }) });
    await v1.table('meta').put({ key: 'selection', value: { entityId: 'e1', siteId: 's1' } });
    v1.close();
  },
};

const names: string[] = [];
afterEach(async () => { for (const n of names.splice(0)) await Dexie.delete(n); });

describe('database upgrades', () => {
  it('has a fixture for every earlier version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const [version, make] of Object.entries(FIXTURES)) {
    it(`opens a v${version} database without losing anything`, async () => {
      const name = `upgrade-v${version}-${crypto.randomUUID()}`;
      names.push(name);
      await make(name);
      const db = new BeianDB(name);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      const [e, c, s, d] = await Promise.all([db.entities.get('e1'), db.contacts.get('c1'), db.sites.get('s1'), db.documents.get('d1')]);
      expect(e?.name).toBe('张伟');
      expect(c?.certNumber).toBe('11010519491231002X');
      expect(s?.domains).toEqual(['zhangwei-notes.cn']);
      expect(new Uint8Array(await d!.blob.arrayBuffer())).toEqual(new Uint8Array([7, 8, 9]));
      // upgraded fields
      expect(e?.rev).toBe(1);
      expect(e?.updatedAt).toBe(1700000000000);
      expect(typeof s?.updatedAt).toBe('number');
      expect((await db.settings.get('selection'))?.value).toEqual({ entityId: 'e1', siteId: 's1' });
      // the new index works on upgraded rows
      expect((await db.sites.where('domains').equals('zhangwei-notes.cn').first())?.id).toBe('s1');
      // the records parse with the current schema (defaults fill what v1 did not have)
      expect(EntitySchema.safeParse(e).success).toBe(true);
      expect(ContactSchema.safeParse(c).success).toBe(true);
      expect(SiteSchema.safeParse(s).success).toBe(true);
      db.close();
    });
  }
});
