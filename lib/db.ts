/**
 * The profile database (Dexie / IndexedDB). It lives in the extension's own origin only: background,
 * popup, editor and side panel open it; content scripts never import this module.
 *
 * Versions (each kept forever so any older database opens; tests/unit/db-upgrade.test.ts opens fixture
 * databases of every earlier version):
 *   v1  entities, contacts, sites, documents, meta(key)    records had no rev/updatedAt; selection in meta
 *   v2  + rev/updatedAt on every record (optimistic concurrency), *domains index on sites,
 *       settings(key) replaces meta
 *   v3  profile v2 record shapes (lib/migrate.ts): addresses as region + detail (one-line texts split,
 *       or kept as detail and listed in entity.needsReview), registeredAddress, legalRep as a link to a
 *       contact or a name, site domain-certificate validity and interactive service kinds. Rows sealed
 *       under a passphrase cannot be read here: they are converted as they are read and written back
 *       at the next unlock (lib/vault.ts).
 *   v4  + rules(id, host, [host+path]): fields the filer taught (指定字段, lib/rules.ts): page knowledge only
 *       (label, section, reading key), never a profile value; not sealed.
 * With a passphrase set (lib/vault.ts), rows of entities/contacts/sites/documents are sealed by a DBCore
 * middleware; that needs no schema version: the indexed fields stay, the rest moves into `__sealed`.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { browser } from 'wxt/browser';
import { linkLegalRep, upgradeContact, upgradeEntity, upgradeRow, upgradeSite } from './migrate';
import type { Contact, Entity, Site, StoredDocument, StoredRule } from './schema';
import { Vault, memorySlot, type SessionSlot, type SessionState, type VaultDb } from './vault';
import { DB_NAME } from './db-names';

export { DB_NAME, VAULT_SESSION_KEY } from './db-names';
export const DB_VERSION = 4;

export interface SettingRow { key: string; value: unknown }

export class BeianDB extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  sites!: EntityTable<Site, 'id'>;
  documents!: EntityTable<StoredDocument, 'id'>;
  settings!: Table<SettingRow, string>;
  rules!: EntityTable<StoredRule, 'id'>;

  /** Encryption at rest: off, locked or unlocked (lib/vault.ts). */
  readonly vault: Vault;

  constructor(name = DB_NAME) {
    super(name);
    this.vault = new Vault(sessionSlot(`vault:${name}`));
    this.use(this.vault.middleware());
    this.on('ready', (vip) => this.vault.load((vip as BeianDB).asVaultDb));
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
    const stores2 = {
      entities: 'id, name, kind, updatedAt',
      contacts: 'id, name, updatedAt',
      sites: 'id, entityId, name, updatedAt, *domains',
      documents: 'id, [ownerType+ownerId], kind',
      settings: 'key',
    };
    this.version(3)
      .stores(stores2)
      .upgrade(async (tx) => {
        // The vault's configuration is not loaded yet: sealed rows pass through as stored and are skipped.
        this.vault.raw = true;
        try {
          type Row = Record<string, unknown>;
          const plain = (r: Row) => !(r.__sealed instanceof Uint8Array);
          const contacts = (await tx.table('contacts').toArray() as Row[]).filter(plain) as unknown as Contact[];
          const docs = (await tx.table('documents').toArray() as Row[]).filter(plain).map(({ blob: _b, ...m }) => m);
          await tx.table('contacts').toCollection().modify((r: Row, ref: { value: Row }) => { if (plain(r)) ref.value = upgradeContact(r); });
          await tx.table('entities').toCollection().modify((r: Row, ref: { value: Row }) => { if (plain(r)) ref.value = upgradeEntity(r, contacts); });
          await tx.table('sites').toCollection().modify((r: Row, ref: { value: Row }) => { if (plain(r)) ref.value = upgradeSite(r, docs); });
        } finally {
          this.vault.raw = false;
        }
      });
    this.version(4).stores({ ...stores2, rules: 'id, host, [host+path]' });
    // Sealed rows of an older shape: converted when read, finished (legal representative linked) and
    // written back sealed at unlock.
    this.vault.upgradeRow = upgradeRow;
    this.vault.finishUpgrade = (table, row, all) => (table === 'entities' ? linkLegalRep(row, (all.contacts ?? []) as unknown as Contact[]) : row);
  }

  /** The tables whose rows the vault seals. */
  sealedTables() {
    return [this.entities, this.contacts, this.sites, this.documents];
  }
  /** This database as the vault's whole-profile operations see it. */
  get asVaultDb(): VaultDb {
    return this as unknown as VaultDb;
  }
}

/** The browser's session storage (memory only, shared by the extension's own pages, not by content scripts). */
function sessionSlot(key: string): SessionSlot {
  const area = (browser as { storage?: { session?: typeof browser.storage.session } } | undefined)?.storage?.session;
  if (!area) return memorySlot();
  return {
    read: async () => (await area.get(key))[key] as SessionState | undefined,
    write: async (s) => { if (s) await area.set({ [key]: s }); else await area.remove(key); },
    watch: (cb) => {
      const fn = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'session' && key in changes) cb(changes[key]!.newValue as SessionState | undefined);
      };
      browser.storage.onChanged.addListener(fn);
      return () => browser.storage.onChanged.removeListener(fn);
    },
  };
}

let shared: BeianDB | undefined;
/** The database of this extension context (opened lazily). */
export function getDb(): BeianDB {
  shared ??= new BeianDB();
  return shared;
}
