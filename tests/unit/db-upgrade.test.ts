// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BeianDB, DB_VERSION } from '@/lib/db';
import { ContactSchema, EntitySchema, SiteSchema } from '@/lib/schema';
import { isLocked } from '@/lib/vault';

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
  2: async (name) => {
    const v2 = new Dexie(name);
    v2.version(2).stores({ entities: 'id, name, kind, updatedAt', contacts: 'id, name, updatedAt', sites: 'id, entityId, name, updatedAt, *domains', documents: 'id, [ownerType+ownerId], kind', settings: 'key' });
    await v2.open();
    // v2 records (profile v1): addresses as one line, 法定代表人 a name, no domain-certificate validity.
    const meta = { createdAt: 1700000000000, updatedAt: 1700000000000, rev: 1 };
    const address = (province: string, city: string, district: string, detail: string) => ({ region: { province, city, district }, detail });
    const contact = (id: string, name: string, certNumber: string) => ({ id, name, certType: '居民身份证', certNumber, certValidFrom: '', certValidTo: '', certLongTerm: true, mobile: '13800138000', emergencyPhone: '', landline: '', email: '', address: address('', '', '', ''), remark: '', ...meta });
    await v2.table('contacts').bulkAdd([
      contact('c1', '张伟', '11010519491231002X'),
      contact('c-lina', '李娜', '330110198511204525'),
      contact('c-w1', '王强', '110105198808123011'),
      contact('c-w2', '王强', '330106199003071236'),
    ]);
    const entity = { kind: '单位', nature: '企业', certType: '营业执照（个人或企业）', certNumber: '', certValidFrom: '', certValidTo: '', certLongTerm: true, region: address('', '', '', '').region, officeAddress: address('浙江省', '杭州市', '余杭区', '文一西路 969 号'), investor: '', principalId: 'c1', usesGenAI: null, icpEntityNumber: '', icpEntityApprovedAt: '', remark: '', ...meta };
    await v2.table('entities').bulkAdd([
      { ...entity, id: 'e1', kind: '个人', nature: '个人', certType: '居民身份证', name: '张伟', certNumber: '11010519491231002X', certAddress: '浙江省杭州市西湖区文三路 100 号 1 幢 101 室', mailingAddress: '文三路 100 号（门卫室代收）', legalRep: '' },
      { ...entity, id: 'e-yunqi', name: '杭州云栖示例科技有限公司', certAddress: '浙江省 杭州市 余杭区 文一西路 969 号 2 幢 305 室', mailingAddress: '北京市北京市东城区东华门街道 1 号', legalRep: '李娜' },
      { ...entity, id: 'e-beijing', name: '北京示例有限公司', certAddress: '北京市市辖区朝阳区建国路 1 号', mailingAddress: '北京市朝阳区建国路 1 号', legalRep: '王强' },
      { ...entity, id: 'e-nobody', name: '无名示例有限公司', certAddress: '', mailingAddress: '浙江杭州余杭区某路 2 号', legalRep: '赵六' },
    ]);
    const site = { entityId: 'e1', homeUrl: '', serviceType: '网站应用服务', languages: ['中文简体'], contentTypes: ['其他'], preApprovals: [], webPrincipal: { kind: 'principal' }, securityOfficer: { kind: 'principal' }, emergencyContact: { kind: 'principal' }, interactive: false, psbCategory: '', dangerousGoods: null, icpSiteNumber: '', psbNumber: '', openedAt: '', remark: '', ...meta };
    await v2.table('sites').bulkAdd([
      { ...site, id: 's1', name: '张伟的读书笔记', domains: ['zhangwei-notes.cn'], ips: ['47.96.12.34'] },
      { ...site, id: 's2', name: '另一个网站', domains: ['zhangwei-notes.com.cn'], ips: [] },
    ]);
    await v2.table('documents').bulkAdd([
      { id: 'd1', ownerType: 'contact', ownerId: 'c1', kind: 'id-front', name: 'a.png', mime: 'image/png', size: 3, expiresAt: '', addedAt: 1, blob: new Blob([new Uint8Array([7, 8, 9])], { type: 'image/png' }) },
      { id: 'd2', ownerType: 'site', ownerId: 's2', kind: 'domain-cert', name: 'cert.png', mime: 'image/png', size: 1, expiresAt: '2027-06-30', addedAt: 1, blob: new Blob([new Uint8Array([1])], { type: 'image/png' }) },
    ]);
    await v2.table('settings').put({ key: 'selection', value: { entityId: 'e1', siteId: 's1' } });
    v2.close();
  },
  3: async (name) => {
    const v3 = new Dexie(name);
    v3.version(3).stores({ entities: 'id, name, kind, updatedAt', contacts: 'id, name, updatedAt', sites: 'id, entityId, name, updatedAt, *domains', documents: 'id, [ownerType+ownerId], kind', settings: 'key' });
    await v3.open();
    // v3 records (profile v2); v4 only adds the taught-field table
    const meta = { createdAt: 1700000000000, updatedAt: 1700000000000, rev: 1 };
    await v3.table('contacts').add(ContactSchema.parse({ id: 'c1', name: '张伟', certNumber: '11010519491231002X', mobile: '13800138000', ...meta }));
    await v3.table('entities').add(EntitySchema.parse({ id: 'e1', kind: '个人', nature: '个人', name: '张伟', certType: '居民身份证', certNumber: '11010519491231002X', principalId: 'c1', ...meta }));
    await v3.table('sites').add(SiteSchema.parse({ id: 's1', entityId: 'e1', name: '张伟的读书笔记', domains: ['zhangwei-notes.cn'], ips: ['47.96.12.34'], ...meta }));
    await v3.table('documents').add({ id: 'd1', ownerType: 'contact', ownerId: 'c1', kind: 'id-front', name: 'a.png', mime: 'image/png', size: 3, expiresAt: '', addedAt: 1, blob: new Blob([new Uint8Array([7, 8, 9])], { type: 'image/png' }) });
    await v3.table('settings').put({ key: 'selection', value: { entityId: 'e1', siteId: 's1' } });
    v3.close();
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

  it('v3 → v4 adds the taught-field table (rules), empty, usable by host', async () => {
    const name = `upgrade-v3-rules-${crypto.randomUUID()}`;
    names.push(name);
    await FIXTURES[3]!(name);
    const db = new BeianDB(name);
    await db.open();
    expect(await db.rules.count()).toBe(0);
    await db.rules.put({ id: 'r1', key: 'principal.mobile', label: '负责人联络手机', section: '', override: false, host: 'beian.aliyun.com', path: '/x', createdAt: 1, updatedAt: 1 });
    expect((await db.rules.where('host').equals('beian.aliyun.com').first())?.key).toBe('principal.mobile');
    expect((await db.entities.get('e1'))?.name).toBe('张伟');
    db.close();
  });

  it('v2 → v3 converts every record to profile v2, nothing lost, and flags what it could not split', async () => {
    const name = `upgrade-v2-details-${crypto.randomUUID()}`;
    names.push(name);
    await FIXTURES[2]!(name);
    const db = new BeianDB(name);
    await db.open();
    const e = Object.fromEntries((await db.entities.toArray()).map((x) => [x.id, x]));
    // split at a region of the national data (spaces allowed)
    expect(e.e1!.certAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '西湖区' }, detail: '文三路 100 号 1 幢 101 室' });
    expect(e['e-yunqi']!.certAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '余杭区' }, detail: '文一西路 969 号 2 幢 305 室' });
    // 直辖市: 北京市北京市…, 北京市市辖区…, 北京市… all give the data's 北京市/市辖区
    expect(e['e-yunqi']!.mailingAddress).toEqual({ region: { province: '北京市', city: '市辖区', district: '东城区' }, detail: '东华门街道 1 号' });
    expect(e['e-beijing']!.certAddress.region).toEqual({ province: '北京市', city: '市辖区', district: '朝阳区' });
    expect(e['e-beijing']!.mailingAddress).toEqual({ region: { province: '北京市', city: '市辖区', district: '朝阳区' }, detail: '建国路 1 号' });
    // not splittable: kept whole as the detail, region empty, flagged for the filer
    expect(e.e1!.mailingAddress).toEqual({ region: { province: '', city: '', district: '' }, detail: '文三路 100 号（门卫室代收）' });
    expect(e.e1!.needsReview).toEqual(['mailingAddress']);
    expect(e['e-nobody']!.mailingAddress.detail).toBe('浙江杭州余杭区某路 2 号');
    expect(e['e-nobody']!.needsReview).toEqual(['mailingAddress']);
    expect(e['e-nobody']!.certAddress).toEqual({ region: { province: '', city: '', district: '' }, detail: '' });
    // 法定代表人: one contact of that name → a link; several → the name, flagged; none → the name
    expect(e['e-yunqi']!.legalRep).toEqual({ kind: 'contact', contactId: 'c-lina' });
    expect(e['e-yunqi']!.needsReview).toEqual([]);
    expect(e['e-beijing']!.legalRep).toEqual({ kind: 'name', name: '王强' });
    expect(e['e-beijing']!.needsReview).toEqual(['legalRep']);
    expect(e['e-nobody']!.legalRep).toEqual({ kind: 'name', name: '赵六' });
    expect(e.e1!.legalRep).toEqual({ kind: 'none' });
    // new values: 同证件住所, the office address untouched
    for (const x of Object.values(e)) expect(x.registeredAddress).toEqual({ sameAsCert: true });
    expect(e.e1!.officeAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '余杭区' }, detail: '文一西路 969 号' });
    // sites: certificate validity (the end seeded from the stored certificate's expiry), interactive kinds
    const s1 = (await db.sites.get('s1'))!;
    const s2 = (await db.sites.get('s2'))!;
    expect([s1.domainCertFrom, s1.domainCertTo, s1.interactiveKinds]).toEqual(['', '', []]);
    expect([s2.domainCertFrom, s2.domainCertTo]).toEqual(['', '2027-06-30']);
    // everything else as it was
    expect(e['e-yunqi']!.rev).toBe(1);
    expect(s1.languages).toEqual(['中文简体']);
    expect((await db.contacts.count())).toBe(4);
    expect((await db.documents.get('d2'))?.expiresAt).toBe('2027-06-30');
    for (const x of Object.values(e)) expect(EntitySchema.safeParse(x).error?.issues ?? []).toEqual([]);
    for (const x of [s1, s2]) expect(SiteSchema.safeParse(x).success).toBe(true);
    db.close();
  });

  it('v2 → v3 with a passphrase set: the database opens; sealed rows are converted when read after unlock and written back sealed', async () => {
    const PASS = '正确的口令 correct horse';
    const stores = { entities: 'id, name, kind, updatedAt', contacts: 'id, name, updatedAt', sites: 'id, entityId, name, updatedAt, *domains', documents: 'id, [ownerType+ownerId], kind', settings: 'key' };
    // rows sealed as today's code sealed them (profile v1 shapes), copied into a v2 database
    const src = new BeianDB(`sealed-src-${crypto.randomUUID()}`);
    names.push(src.name);
    await src.open();
    await src.vault.enable(src.asVaultDb, PASS, 0, 1_000);
    const meta = { createdAt: 1, updatedAt: 1, rev: 1 };
    await src.contacts.put({ id: 'c-lina', name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', ...meta } as never);
    await src.entities.put({ id: 'e1', kind: '单位', nature: '企业', name: '杭州云栖示例科技有限公司', certAddress: '浙江省杭州市余杭区文一西路 969 号', mailingAddress: '某大厦 3 楼', legalRep: '李娜', ...meta } as never);
    await src.sites.put({ id: 's1', entityId: 'e1', name: '云栖示例科技官网', domains: ['yunqi-demo.cn'], ips: [], ...meta } as never);
    src.close();
    const rawSrc = new Dexie(src.name);
    await rawSrc.open();
    const name = `upgrade-v2-sealed-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(stores);
    await v2.open();
    for (const t of ['entities', 'contacts', 'sites', 'documents', 'settings']) await v2.table(t).bulkAdd(await rawSrc.table(t).toArray());
    rawSrc.close();
    v2.close();

    const db = new BeianDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.vault.status).toBe('locked');
    await expect(db.entities.get('e1')).rejects.toSatisfy(isLocked);
    await db.vault.unlock(PASS);
    const e = (await db.entities.get('e1'))!;
    expect(e.certAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '余杭区' }, detail: '文一西路 969 号' });
    expect(e.mailingAddress.detail).toBe('某大厦 3 楼');
    expect(e.needsReview).toEqual(['mailingAddress']);
    expect(e.legalRep).toEqual({ kind: 'contact', contactId: 'c-lina' }); // linked by the sweep at unlock
    expect((await db.sites.get('s1'))?.interactiveKinds).toEqual([]);
    // written back sealed in the new shape: the raw rows hold no address text, and read back as converted
    const raw = new Dexie(name);
    await raw.open();
    const rawEntity = (await raw.table('entities').get('e1')) as Record<string, unknown>;
    raw.close();
    expect(rawEntity.__sealed).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(rawEntity)).not.toContain('文一西路');
    db.vault.upgradeRow = undefined; // no read-time conversion: what is stored is already current
    expect((await db.entities.get('e1'))?.legalRep).toEqual({ kind: 'contact', contactId: 'c-lina' });
    db.close();
  });
});
