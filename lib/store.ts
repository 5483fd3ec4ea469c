/**
 * Profile operations on the database: validated saves with optimistic concurrency, references,
 * duplicate, delete, documents, and the current selection. Pure of UI; used by every extension page.
 */
import type { z } from 'zod';
import type { BeianDB } from './db';
import {
  ContactSchema, DocumentMetaSchema, EntitySchema, MAX_DOCUMENT_BYTES, SelectionSchema, SiteSchema, newId,
  type Contact, type ContactRef, type DocumentMeta, type Entity, type Selection, type Site, type StoredDocument,
} from './schema';

export type RecordKind = 'entity' | 'contact' | 'site';
export type AnyRecord = Entity | Contact | Site;

export const SCHEMAS = { entity: EntitySchema, contact: ContactSchema, site: SiteSchema } as const;
export function tableOf(db: BeianDB, kind: RecordKind) {
  return ({ entity: db.entities, contact: db.contacts, site: db.sites } as const)[kind];
}

/**
 * Records sorted by name in the order an IndexedDB name index gave (UTF-16 code units). Sorting happens
 * in memory because with a passphrase set the stored rows carry no name to index (lib/vault.ts).
 */
export function byName<T extends { name: string }>(records: T[]): T[] {
  return records.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export class ValidationError extends Error {
  constructor(public readonly issues: z.core.$ZodIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
  }
}
/** Someone else (another editor tab) saved the record after this edit began. */
export class ConflictError extends Error {
  constructor(public readonly current: AnyRecord | undefined) {
    super('conflict');
    this.name = 'ConflictError';
  }
}
/** The browser refused to store more (disk full / quota). */
export class QuotaError extends Error {
  constructor(cause: unknown) {
    super('quota', { cause });
    this.name = 'QuotaError';
  }
}

export function isQuotaError(e: unknown): boolean {
  const names = [(e as { name?: string })?.name, (e as { inner?: { name?: string } })?.inner?.name];
  return names.some((n) => n === 'QuotaExceededError');
}
async function guardQuota<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
}

/**
 * Validate and save a record. `input.rev` is the revision the edit started from: when the stored
 * record has moved on since, ConflictError is thrown and nothing is written.
 */
export async function saveRecord<K extends RecordKind>(db: BeianDB, kind: K, input: unknown): Promise<AnyRecord> {
  const parsed = SCHEMAS[kind].safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues);
  const rec = parsed.data as AnyRecord;
  const table = tableOf(db, kind) as unknown as import('dexie').Table<AnyRecord, string>;
  return guardQuota(() =>
    db.transaction('rw', table, async () => {
      const current = await table.get(rec.id);
      if (current && current.rev !== rec.rev) throw new ConflictError(current);
      const now = Date.now();
      const next = { ...rec, createdAt: current?.createdAt ?? (rec.createdAt || now), updatedAt: now, rev: (current?.rev ?? 0) + 1 };
      await table.put(next);
      return next;
    }),
  );
}

export function blankEntity(kind: '个人' | '单位' = '单位'): Entity {
  return EntitySchema.parse({ id: newId(), kind, nature: kind === '个人' ? '个人' : '企业', name: kind === '个人' ? '新个人主体' : '新单位主体', certType: kind === '个人' ? '居民身份证' : '' });
}
export function blankContact(): Contact {
  return ContactSchema.parse({ id: newId(), name: '新联系人' });
}
export function blankSite(entityId = ''): Site {
  return SiteSchema.parse({ id: newId(), name: '新网站', entityId });
}

export interface Reference { kind: RecordKind; id: string; name: string; field: string }

const refIs = (r: ContactRef, id: string) => r.kind === 'contact' && r.contactId === id;

/** Records that point at `id`: deleting it would leave them dangling. */
export async function referencesTo(db: BeianDB, kind: RecordKind, id: string): Promise<Reference[]> {
  const out: Reference[] = [];
  if (kind === 'entity') {
    for (const s of await db.sites.where('entityId').equals(id).toArray()) out.push({ kind: 'site', id: s.id, name: s.name, field: 'entityId' });
  }
  if (kind === 'contact') {
    for (const e of await db.entities.toArray()) {
      if (e.principalId === id) out.push({ kind: 'entity', id: e.id, name: e.name, field: 'principalId' });
      if (e.legalRep.kind === 'contact' && e.legalRep.contactId === id) out.push({ kind: 'entity', id: e.id, name: e.name, field: 'legalRep' });
    }
    for (const s of await db.sites.toArray()) {
      for (const f of ['webPrincipal', 'securityOfficer', 'emergencyContact'] as const) {
        if (refIs(s[f], id)) out.push({ kind: 'site', id: s.id, name: s.name, field: f });
      }
    }
  }
  const docs = await db.documents.where('[ownerType+ownerId]').equals([kind, id]).count();
  if (docs) out.push({ kind, id, name: `${docs}`, field: 'documents' });
  return out;
}

/** Delete a record, clearing the links that pointed at it and its documents, in one transaction. */
export async function deleteRecord(db: BeianDB, kind: RecordKind, id: string): Promise<void> {
  await db.transaction('rw', [db.entities, db.contacts, db.sites, db.documents, db.settings], async () => {
    if (kind === 'entity') {
      await db.sites.where('entityId').equals(id).modify((s: Site) => { s.entityId = ''; s.rev += 1; });
    }
    if (kind === 'contact') {
      await db.entities.filter((e) => e.principalId === id).modify((e: Entity) => { e.principalId = ''; e.rev += 1; });
      // a 法定代表人 linked to the deleted person keeps the name (nothing the filer typed is lost)
      const gone = await db.contacts.get(id);
      await db.entities.filter((e) => e.legalRep.kind === 'contact' && e.legalRep.contactId === id).modify((e: Entity) => {
        e.legalRep = gone?.name ? { kind: 'name', name: gone.name } : { kind: 'none' };
        e.rev += 1;
      });
      await db.sites.toCollection().modify((s: Site) => {
        for (const f of ['webPrincipal', 'securityOfficer', 'emergencyContact'] as const) {
          if (refIs(s[f], id)) { s[f] = { kind: 'none' }; s.rev += 1; }
        }
      });
    }
    await db.documents.where('[ownerType+ownerId]').equals([kind, id]).delete();
    await tableOf(db, kind).delete(id);
    const sel = await getSelection(db);
    if (sel.entityId === id || sel.siteId === id) {
      await setSelection(db, { entityId: sel.entityId === id ? '' : sel.entityId, siteId: sel.siteId === id ? '' : sel.siteId });
    }
  });
}

/** A copy with a new id and "（副本）" appended to the name; filing numbers are not copied. */
export async function duplicateRecord(db: BeianDB, kind: RecordKind, id: string): Promise<AnyRecord> {
  const src = await tableOf(db, kind).get(id);
  if (!src) throw new Error('not found');
  const copy: Record<string, unknown> = { ...src, id: newId(), name: `${src.name}（副本）`, rev: 0, createdAt: 0 };
  if (kind === 'entity') Object.assign(copy, { icpEntityNumber: '', icpEntityApprovedAt: '' });
  if (kind === 'site') Object.assign(copy, { icpSiteNumber: '', psbNumber: '' });
  return saveRecord(db, kind, copy);
}

export async function getSelection(db: BeianDB): Promise<Selection> {
  const row = await db.settings.get('selection');
  const parsed = SelectionSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : { entityId: '', siteId: '' };
}
export async function setSelection(db: BeianDB, sel: Selection): Promise<void> {
  await db.settings.put({ key: 'selection', value: SelectionSchema.parse(sel) });
}

/**
 * The entity and site a fill will use: the stored choice when it still exists, else the only one
 * there is, else the most recently edited.
 */
export async function resolveSelection(db: BeianDB): Promise<{ entity?: Entity; site?: Site }> {
  const sel = await getSelection(db);
  let entity = sel.entityId ? await db.entities.get(sel.entityId) : undefined;
  entity ??= await db.entities.orderBy('updatedAt').last();
  let site = sel.siteId ? await db.sites.get(sel.siteId) : undefined;
  if (site && entity && site.entityId !== entity.id) site = undefined;
  site ??= entity ? (await db.sites.where('entityId').equals(entity.id).sortBy('updatedAt')).at(-1) : undefined;
  return { entity, site };
}

export class DocumentError extends Error {
  constructor(public readonly code: 'document.tooLarge' | 'document.mime' | 'document.empty', public readonly params: Record<string, string | number> = {}) {
    super(code);
    this.name = 'DocumentError';
  }
}

export async function addDocument(
  db: BeianDB,
  file: Blob & { name?: string },
  owner: { ownerType: DocumentMeta['ownerType']; ownerId: string },
  kind: DocumentMeta['kind'],
  expiresAt = '',
): Promise<StoredDocument> {
  if (file.size === 0) throw new DocumentError('document.empty');
  if (file.size > MAX_DOCUMENT_BYTES) throw new DocumentError('document.tooLarge', { size: mb(file.size), max: mb(MAX_DOCUMENT_BYTES) });
  const meta = DocumentMetaSchema.safeParse({ id: newId(), ...owner, kind, name: file.name || kind, mime: file.type, size: file.size, expiresAt, addedAt: Date.now() });
  if (!meta.success) throw new DocumentError('document.mime', { mime: file.type || '?' });
  const doc: StoredDocument = { ...meta.data, blob: file };
  await db.vault.prepare([doc]);
  await guardQuota(() => db.documents.put(doc));
  return doc;
}

export const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
