/**
 * The profile database (Dexie / IndexedDB). It lives in the extension's own origin only: background,
 * popup, editor and side panel open it; content scripts never import this module.
 *
 * Versions (each kept forever so any older database opens; tests/unit/db-upgrade.test.ts opens fixture
 * databases of every earlier version):
 *   v1  entities, contacts, sites, documents, meta(key)    records had no rev/updatedAt; selection in meta
 *   v2  + rev/updatedAt on every record (optimistic concurrency), *domains index on sites,
 *       settings(key) replaces meta
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Contact, Entity, Site, StoredDocument } from './schema';

export const DB_NAME = 'beian-autofill';
export const DB_VERSION = 2;

export interface SettingRow { key: string; value: unknown }

export class BeianDB extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  sites!: EntityTable<Site, 'id'>;
  documents!: EntityTable<StoredDocument, 'id'>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      entities: 'id, name, kind',
      contacts: 'id, name',
      sites: 'id, entityId, name',
      documents: 'id, [ownerType+ownerId], kind',
      meta: 'key',
    });
    this.version(2)
      .stores({
        entities: 'id, name, kind, updatedAt',
        contacts: 'id, name, updatedAt',
        sites: 'id, entityId, name, updatedAt, *domains',
        documents: 'id, [ownerType+ownerId], kind',
        settings: 'key',
        meta: null,
      })
      .upgrade(async (tx) => {
        const now = Date.now();
        for (const name of ['entities', 'contacts', 'sites'] as const) {
          await tx.table(name).toCollection().modify((r: Record<string, unknown>) => {
            if (typeof r.rev !== 'number') r.rev = 1;
            if (typeof r.createdAt !== 'number') r.createdAt = now;
            if (typeof r.updatedAt !== 'number') r.updatedAt = r.createdAt;
          });
        }
        const oldSelection = (await tx.table('meta').get('selection')) as { value?: unknown } | undefined;
        if (oldSelection?.value) await tx.table('settings').put({ key: 'selection', value: oldSelection.value });
      });
  }
}

let shared: BeianDB | undefined;
/** The database of this extension context (opened lazily). */
export function getDb(): BeianDB {
  shared ??= new BeianDB();
  return shared;
}
