// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BeianDB } from '@/lib/db';
import {
  ConflictError, DocumentError, QuotaError, ValidationError, addDocument, blankContact, blankEntity, blankSite,
  deleteRecord, duplicateRecord, getSelection, referencesTo, resolveSelection, saveRecord, setSelection,
} from '@/lib/store';
import type { Contact, Entity, Site } from '@/lib/schema';
import { freshDb } from './helpers';

let db: BeianDB;
beforeEach(() => { db = freshDb(); });
afterEach(async () => { await db.delete(); });

describe('saveRecord', () => {
  it('saves a valid record and bumps rev and updatedAt', async () => {
    const e = await saveRecord(db, 'entity', { ...blankEntity('单位'), name: '甲公司' });
    expect(e.rev).toBe(1);
    expect(e.updatedAt).toBeGreaterThan(0);
    const again = await saveRecord(db, 'entity', { ...e, name: '甲公司二' });
    expect(again.rev).toBe(2);
    expect((await db.entities.get(e.id))?.name).toBe('甲公司二');
  });
  it('refuses an invalid ID number and writes nothing', async () => {
    const c = { ...blankContact(), name: '张三', certNumber: '110105194912310021' };
    await expect(saveRecord(db, 'contact', c)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.contacts.count()).toBe(0);
  });
  it('refuses an edit based on an older revision (two editors on one record)', async () => {
    const first = await saveRecord(db, 'contact', { ...blankContact(), name: '张三' });
    // Editor A and editor B both loaded rev 1.
    await saveRecord(db, 'contact', { ...first, mobile: '13800138000' }); // A saves → rev 2
    const err = await saveRecord(db, 'contact', { ...first, email: 'b@example.com' }).catch((e: unknown) => e); // B saves from rev 1
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current?.rev).toBe(2);
    const stored = (await db.contacts.get(first.id)) as Contact;
    expect(stored.mobile).toBe('13800138000');
    expect(stored.email).toBe('');
  });
  it('maps a storage quota failure to QuotaError', async () => {
    const spy = vi.spyOn(db.entities, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(saveRecord(db, 'entity', blankEntity())).rejects.toBeInstanceOf(QuotaError);
    spy.mockRestore();
  });
});

describe('references, delete, duplicate', () => {
  async function seed() {
    const c = (await saveRecord(db, 'contact', { ...blankContact(), name: '李四' })) as Contact;
    const e = (await saveRecord(db, 'entity', { ...blankEntity('单位'), name: '乙公司', principalId: c.id })) as Entity;
    const s = (await saveRecord(db, 'site', { ...blankSite(e.id), name: '乙公司官网', securityOfficer: { kind: 'contact', contactId: c.id }, emergencyContact: { kind: 'principal' } })) as Site;
    return { c, e, s };
  }
  it('lists where a contact is used and clears those links on delete', async () => {
    const { c, e, s } = await seed();
    const refs = await referencesTo(db, 'contact', c.id);
    expect(refs.map((r) => `${r.kind}:${r.field}`).sort()).toEqual(['entity:principalId', 'site:securityOfficer']);
    await deleteRecord(db, 'contact', c.id);
    expect(await db.contacts.get(c.id)).toBeUndefined();
    expect((await db.entities.get(e.id))?.principalId).toBe('');
    const site = (await db.sites.get(s.id))!;
    expect(site.securityOfficer).toEqual({ kind: 'none' });
    expect(site.emergencyContact).toEqual({ kind: 'principal' }); // a link to the role, untouched
  });
  it('deleting an entity unlinks its sites and removes its documents', async () => {
    const { e, s } = await seed();
    await addDocument(db, new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), { ownerType: 'entity', ownerId: e.id }, 'business-licence');
    expect((await referencesTo(db, 'entity', e.id)).map((r) => r.field).sort()).toEqual(['documents', 'entityId']);
    await deleteRecord(db, 'entity', e.id);
    expect((await db.sites.get(s.id))?.entityId).toBe('');
    expect(await db.documents.count()).toBe(0);
  });
  it('duplicates with a new id and without the filing numbers', async () => {
    const { s } = await seed();
    await saveRecord(db, 'site', { ...(await db.sites.get(s.id))!, icpSiteNumber: '浙ICP备12345678号-1' });
    const copy = (await duplicateRecord(db, 'site', s.id)) as Site;
    expect(copy.id).not.toBe(s.id);
    expect(copy.name).toBe('乙公司官网（副本）');
    expect(copy.icpSiteNumber).toBe('');
    expect(copy.securityOfficer).toEqual(s.securityOfficer);
  });
});

describe('selection', () => {
  it('uses the stored choice, else the most recently edited entity and its site', async () => {
    let clock = 1_700_000_000_000;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000)); // distinct edit times
    const a = await saveRecord(db, 'entity', { ...blankEntity(), name: 'A' });
    const b = await saveRecord(db, 'entity', { ...blankEntity(), name: 'B' });
    const sb = await saveRecord(db, 'site', { ...blankSite(b.id), name: 'B 的网站' });
    let r = await resolveSelection(db);
    expect(r.entity?.id).toBe(b.id);
    expect(r.site?.id).toBe(sb.id);
    await setSelection(db, { entityId: a.id, siteId: sb.id }); // site of another entity is not used
    r = await resolveSelection(db);
    expect(r.entity?.id).toBe(a.id);
    expect(r.site).toBeUndefined();
    await deleteRecord(db, 'entity', a.id);
    expect((await getSelection(db)).entityId).toBe('');
    spy.mockRestore();
  });
});

describe('documents', () => {
  it('stores a Blob with its metadata', async () => {
    const d = await addDocument(db, new File([new Uint8Array(10)], 'id.png', { type: 'image/png' }), { ownerType: 'contact', ownerId: 'c1' }, 'id-front');
    const stored = (await db.documents.get(d.id))!;
    expect(stored.name).toBe('id.png');
    expect(stored.size).toBe(10);
    expect(new Uint8Array(await stored.blob.arrayBuffer())).toEqual(new Uint8Array(10));
  });
  it('refuses a file that is too large, empty or of the wrong type', async () => {
    const owner = { ownerType: 'contact' as const, ownerId: 'c1' };
    const big = new Blob([new Uint8Array(21 * 1024 * 1024)], { type: 'image/png' });
    await expect(addDocument(db, big, owner, 'id-front')).rejects.toMatchObject({ code: 'document.tooLarge' });
    await expect(addDocument(db, new Blob([], { type: 'image/png' }), owner, 'id-front')).rejects.toMatchObject({ code: 'document.empty' });
    await expect(addDocument(db, new Blob(['x'], { type: 'text/html' }), owner, 'id-front')).rejects.toBeInstanceOf(DocumentError);
    expect(await db.documents.count()).toBe(0);
  });
});
