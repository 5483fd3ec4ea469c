/**
 * Backup: export everything (documents included, base64) to one JSON file and import it back.
 * Import validates the whole file with zod and checks every cross-reference before touching the
 * database, then writes in one transaction: on any problem nothing changes. The file format is
 * published as docs/profile.schema.json (generated from ExportFileSchema by scripts/gen-schema.ts).
 *
 * Format versions: 1 (profile v1: addresses as one line, 法定代表人 a name), 2 (profile v2) and 3 (today's:
 * profile v2 + the filer's taught fields, `rules`). A version 1 file is converted record by record
 * exactly as the database upgrade converts stored rows (lib/migrate.ts); a version 2 file has no rules.
 */
import { z } from 'zod';
import type { BeianDB } from './db';
import {
  ContactSchema, DocumentMetaSchema, EntitySchema, RuleSchema, SelectionSchema, SiteSchema,
  type Contact, type Entity, type Site, type StoredDocument,
} from './schema';
import { upgradeContact, upgradeEntity, upgradeSite } from './migrate';
import { isQuotaError, QuotaError } from './store';

export const EXPORT_FORMAT = 'beian-autofill-profile';
export const EXPORT_VERSION = 3;
/** Every format version an import reads (older ones are converted). */
export const IMPORT_VERSIONS: readonly number[] = [1, 2, 3];
/** Larger files are refused before parsing (a full profile with documents is far smaller). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

export const ExportedDocumentSchema = DocumentMetaSchema.extend({
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'document.base64'),
});

export const ExportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    entities: z.array(EntitySchema).default([]),
    contacts: z.array(ContactSchema).default([]),
    sites: z.array(SiteSchema).default([]),
    documents: z.array(ExportedDocumentSchema).default([]),
    /** taught fields (指定字段): page knowledge, no profile values */
    rules: z.array(RuleSchema).default([]),
    selection: SelectionSchema.optional(),
  })
  .meta({ title: '备案助手 profile backup', description: 'Beian Autofill profile export (entities, contacts, sites, documents, taught fields).' });
export type ExportFile = z.infer<typeof ExportFileSchema>;

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(out);
}
export function base64ToBlob(b64: string, type: string): Blob {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function exportAll(db: BeianDB, now = new Date()): Promise<ExportFile> {
  // Read everything in one consistent transaction; encode the Blobs after it (a transaction must not
  // await non-IndexedDB work such as Blob.arrayBuffer, or it commits early).
  const [entities, contacts, sites, docs, sel, rules] = await db.transaction('r', [db.entities, db.contacts, db.sites, db.documents, db.settings, db.rules], () =>
    Promise.all([db.entities.toArray(), db.contacts.toArray(), db.sites.toArray(), db.documents.toArray(), db.settings.get('selection'), db.rules.toArray()]),
  );
  const selection = SelectionSchema.safeParse(sel?.value);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    entities,
    contacts,
    sites,
    documents: await Promise.all(docs.map(async ({ blob, ...meta }) => ({ ...meta, dataBase64: await blobToBase64(blob) }))),
    rules,
    ...(selection.success && sel ? { selection: selection.data } : {}),
  };
}
export async function exportJson(db: BeianDB): Promise<string> {
  return JSON.stringify(await exportAll(db), null, 2);
}
export function exportFileName(now = new Date()): string {
  return `beian-autofill-${now.toISOString().slice(0, 10)}.json`;
}

/** One problem found in an import file: where (record kind, index, name) and which field. */
export interface ImportProblem {
  /** i18n key of the message (validation codes included) */
  code: string;
  params?: Record<string, string | number>;
  collection?: 'entities' | 'contacts' | 'sites' | 'documents';
  index?: number;
  recordName?: string;
  field?: string;
}
export type ParseResult = { ok: true; data: ExportFile } | { ok: false; problems: ImportProblem[] };

const COLLECTIONS = ['entities', 'contacts', 'sites', 'documents'] as const;

/** Parse and check an import file's text. Pure: touches no database. */
export function parseImport(text: string, byteSize = new Blob([text]).size): ParseResult {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ code: 'import.tooLarge', params: { size: (byteSize / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 } }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'import.notJson' }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problems: [{ code: 'import.notBackup' }] };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !IMPORT_VERSIONS.includes(version)) {
    return { ok: false, problems: [{ code: 'import.version', params: { version: String(version), supported: IMPORT_VERSIONS.join('、') } }] };
  }
  if (version === 1) raw = upgradeFile(raw as Record<string, unknown>);
  else if (version < EXPORT_VERSION) raw = { ...(raw as Record<string, unknown>), version: EXPORT_VERSION };
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 50).map((issue): ImportProblem => {
      const [col, index, ...rest] = issue.path;
      const p: ImportProblem = { code: issue.message, params: (issue as { params?: Record<string, string | number> }).params };
      if (typeof col === 'string' && (COLLECTIONS as readonly string[]).includes(col) && typeof index === 'number') {
        p.collection = col as ImportProblem['collection'];
        p.index = index;
        const rec = ((raw as Record<string, unknown[]>)[col] ?? [])[index] as { name?: unknown } | undefined;
        if (typeof rec?.name === 'string') p.recordName = rec.name;
        p.field = rest.join('.') || undefined;
      } else {
        p.field = issue.path.join('.') || undefined;
      }
      return p;
    });
    return { ok: false, problems };
  }
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/** A file of an earlier format version in today's shape (lib/migrate.ts); what is not a record is left for the checks. */
export function upgradeFile(raw: Record<string, unknown>): Record<string, unknown> {
  type Row = Record<string, unknown>;
  const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]) : undefined);
  const isRow = (r: unknown): r is Row => !!r && typeof r === 'object' && !Array.isArray(r);
  const contacts = list('contacts')?.map((c) => (isRow(c) ? upgradeContact(c) : c));
  const named = (contacts ?? []).filter(isRow).filter((c) => typeof c.id === 'string' && typeof c.name === 'string') as { id: string; name: string }[];
  const docs = (list('documents') ?? []).filter(isRow);
  const out: Record<string, unknown> = { ...raw, version: EXPORT_VERSION };
  if (contacts) out.contacts = contacts;
  const entities = list('entities');
  if (entities) out.entities = entities.map((e) => (isRow(e) ? upgradeEntity(e, named) : e));
  const sites = list('sites');
  if (sites) out.sites = sites.map((s) => (isRow(s) ? upgradeSite(s, docs) : s));
  return out;
}

/** Every link in the file must point at a record of the file (or be empty); ids must be unique. */
function checkReferences(f: ExportFile): ImportProblem[] {
  const out: ImportProblem[] = [];
  const ids = { entities: new Set<string>(), contacts: new Set<string>(), sites: new Set<string>() };
  for (const col of ['entities', 'contacts', 'sites'] as const) {
    f[col].forEach((r, index) => {
      if (ids[col].has(r.id)) out.push({ code: 'import.duplicateId', collection: col, index, recordName: r.name, field: 'id' });
      ids[col].add(r.id);
    });
  }
  const dangling = (collection: ImportProblem['collection'], index: number, recordName: string, field: string) =>
    out.push({ code: 'import.danglingRef', collection, index, recordName, field });
  f.entities.forEach((e, i) => {
    if (e.principalId && !ids.contacts.has(e.principalId)) dangling('entities', i, e.name, 'principalId');
    if (e.legalRep.kind === 'contact' && !ids.contacts.has(e.legalRep.contactId)) dangling('entities', i, e.name, 'legalRep');
  });
  f.sites.forEach((s, i) => {
    if (s.entityId && !ids.entities.has(s.entityId)) dangling('sites', i, s.name, 'entityId');
    for (const k of ['webPrincipal', 'securityOfficer', 'emergencyContact'] as const) {
      const ref = s[k];
      if (ref.kind === 'contact' && !ids.contacts.has(ref.contactId)) dangling('sites', i, s.name, k);
    }
  });
  f.documents.forEach((d, i) => {
    const owners = { entity: ids.entities, contact: ids.contacts, site: ids.sites }[d.ownerType];
    if (!owners.has(d.ownerId)) dangling('documents', i, d.name, 'ownerId');
    const decoded = Math.floor((d.dataBase64.length * 3) / 4) - (d.dataBase64.endsWith('==') ? 2 : d.dataBase64.endsWith('=') ? 1 : 0);
    if (decoded !== d.size) out.push({ code: 'import.documentSize', collection: 'documents', index: i, recordName: d.name, field: 'size' });
  });
  return out;
}

export interface ImportSummary { entities: number; contacts: number; sites: number; documents: number; rules?: number }

/**
 * Write a checked file into the database in one transaction. Records with the same id are replaced
 * (the file wins); everything else already stored is kept. Any failure rolls the whole import back.
 */
export async function importAll(db: BeianDB, data: ExportFile): Promise<ImportSummary> {
  const docs: StoredDocument[] = data.documents.map(({ dataBase64, ...meta }) => ({ ...meta, blob: base64ToBlob(dataBase64, meta.mime) }));
  await db.vault.prepare(docs);
  try {
    await db.transaction('rw', [db.entities, db.contacts, db.sites, db.documents, db.settings, db.rules], async () => {
      await db.rules.bulkPut(data.rules);
      await db.contacts.bulkPut(data.contacts as Contact[]);
      await db.entities.bulkPut(data.entities as Entity[]);
      await db.sites.bulkPut(data.sites as Site[]);
      await db.documents.bulkPut(docs);
      if (data.selection) await db.settings.put({ key: 'selection', value: data.selection });
    });
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
  return { entities: data.entities.length, contacts: data.contacts.length, sites: data.sites.length, documents: docs.length, ...(data.rules.length ? { rules: data.rules.length } : {}) };
}

/** Remove everything (used by tests and by "clear profile"). */
export async function wipeAll(db: BeianDB): Promise<void> {
  await db.transaction('rw', [db.entities, db.contacts, db.sites, db.documents, db.settings, db.rules], async () => {
    await Promise.all([db.entities.clear(), db.contacts.clear(), db.sites.clear(), db.documents.clear(), db.settings.clear(), db.rules.clear()]);
  });
  await db.vault.forget(); // the wrapped key went with the settings
}

/** The published JSON Schema of the backup file (docs/profile.schema.json), generated from ExportFileSchema. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://beian-autofill.invalid/profile.schema.json',
    ...z.toJSONSchema(ExportFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
