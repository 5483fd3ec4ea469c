// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BeianDB } from '@/lib/db';
import { EXPORT_VERSION, MAX_IMPORT_BYTES, exportAll, exportJson, importAll, parseImport, profileJsonSchema, wipeAll } from '@/lib/backup';
import { addDocument, blankContact, saveRecord } from '@/lib/store';
import { exampleText, freshDb } from './helpers';

let db: BeianDB;
beforeEach(() => { db = freshDb(); });
afterEach(async () => { await db.delete(); });

type Rec = Record<string, unknown>;
const example = () => JSON.parse(exampleText()) as { version: number; entities: Rec[]; contacts: Rec[]; sites: Rec[]; documents: Rec[] };

async function snapshot(d: BeianDB) {
  const f = await exportAll(d, new Date(0));
  return f;
}

describe('the example profile', () => {
  it('parses and imports: one 个人 and one 单位 entity with sites, people and documents', async () => {
    const r = parseImport(exampleText());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const n = await importAll(db, r.data);
    expect(n).toEqual({ entities: 2, contacts: 3, sites: 2, documents: 2 });
    expect((await db.entities.toArray()).map((e) => e.kind).sort()).toEqual(['个人', '单位']);
  });
});

describe('export → wipe → import', () => {
  it('is lossless, Blobs included', async () => {
    const r = parseImport(exampleText());
    if (!r.ok) throw new Error('example invalid');
    await importAll(db, r.data);
    const bytes = new Uint8Array(256).map((_, i) => i);
    const c = await saveRecord(db, 'contact', { ...blankContact(), name: '王五' });
    await addDocument(db, new Blob([bytes], { type: 'image/jpeg' }), { ownerType: 'contact', ownerId: c.id }, 'id-back');
    const before = await snapshot(db);
    const text = await exportJson(db);
    await wipeAll(db);
    expect(await db.entities.count()).toBe(0);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await importAll(db, parsed.data);
    const after = await snapshot(db);
    expect(after).toEqual(before);
    const doc = (await db.documents.where('[ownerType+ownerId]').equals(['contact', c.id]).first())!;
    expect(doc.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await doc.blob.arrayBuffer())).toEqual(bytes);
  });
});

describe('malformed imports are refused with a clear problem and change nothing', () => {
  const cases: [string, () => string, string][] = [
    ['not JSON', () => '{"format": "beian-autofill-profile", ', 'import.notJson'],
    ['empty', () => '', 'import.notJson'],
    ['a JSON array', () => '[]', 'import.notBackup'],
    ['another program\'s JSON', () => JSON.stringify({ hello: 1 }), 'import.notBackup'],
    ['wrong version', () => JSON.stringify({ ...example(), version: EXPORT_VERSION + 1 }), 'import.version'],
    ['missing required field', () => { const f = example(); delete (f.entities[0] as Record<string, unknown>).name; return JSON.stringify(f); }, 'required'],
    ['bad ID number', () => { const f = example(); (f.contacts[0] as Record<string, unknown>).certNumber = '330106199003071237'; return JSON.stringify(f); }, 'id.checksum'],
    ['dangling reference', () => { const f = example(); (f.sites[0] as Record<string, unknown>).entityId = 'nope'; return JSON.stringify(f); }, 'import.danglingRef'],
    ['duplicate id', () => { const f = example(); f.contacts.push(f.contacts[0]!); return JSON.stringify(f); }, 'import.duplicateId'],
    ['document size lies', () => { const f = example(); (f.documents[0] as Record<string, unknown>).size = 5; return JSON.stringify(f); }, 'import.documentSize'],
    ['private IP', () => { const f = example(); (f.sites[0] as Record<string, unknown>).ips = ['10.0.0.1']; return JSON.stringify(f); }, 'ip.notPublic'],
  ];
  it.each(cases)('%s', async (_name, make, code) => {
    const c = await saveRecord(db, 'contact', { ...blankContact(), name: '已有的人' });
    const before = await snapshot(db);
    const r = parseImport(make());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toContain(code);
    expect(await snapshot(db)).toEqual(before);
    expect((await db.contacts.get(c.id))?.name).toBe('已有的人');
  });
  it('names the record and field of a problem', () => {
    const f = example();
    (f.contacts[1] as Record<string, unknown>).mobile = '123';
    const r = parseImport(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ collection: 'contacts', index: 1, recordName: '李娜', field: 'mobile' });
  });
  it('refuses a 50 MB file before parsing it', () => {
    const size = 50 * 1024 * 1024;
    expect(size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const r = parseImport('', size);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'import.tooLarge', params: { size: '50.0' } });
  });
});

describe('published schema', () => {
  it('docs/profile.schema.json is generated from the zod schema (run `npm run gen:schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/profile.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });
});
