/**
 * Optional encryption at rest (口令保护).
 *
 * Keys: a random 256-bit data key (DEK) encrypts the records. The DEK is stored only wrapped:
 * AES-GCM (WebCrypto) under a key derived from the passphrase with PBKDF2-HMAC-SHA256 at
 * PBKDF2_ITERATIONS and a random 16-byte salt. Changing the passphrase re-wraps the DEK (one small
 * write, no data re-encrypted); a wrong passphrase fails the GCM tag check of the unwrap, before any
 * data is touched.
 *
 * Records: a Dexie DBCore middleware sits just above IndexedDB. With a passphrase set, every row of
 * entities, contacts, sites and documents is written as its plaintext keys and ids only (the fields
 * in PLAIN, needed by the indexes: ids, links, kind, rev, timestamps) plus `__sealed`, the AES-256-GCM
 * encryption of the whole record bound to its table and id (AAD). Names, ID numbers, phones, domains
 * and document bytes exist only inside `__sealed`. Rows are sealed with @noble/ciphers' synchronous
 * AES-GCM because an IndexedDB transaction commits as soon as it waits on anything else, WebCrypto
 * included; key derivation and the DEK unwrap, done outside transactions, use WebCrypto.
 *
 * Unlocked state: the DEK lives in the browser's session storage (memory only, cleared when the
 * browser closes, not readable by content scripts) so the popup, editor, side panel and background
 * share one unlock. Auto-lock: `touched` records the last user activity in an extension page or fill;
 * once idleMinutes have passed, every context refuses to read or write (the check runs on each
 * access, plus a timer in each open page) and the key is removed.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie';
import { z } from 'zod';
import type { VaultStatus } from './vault-status';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. About 0.3 s in Chromium on this machine. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE = 8;
export const IDLE_CHOICES = [1, 5, 15, 30, 60, 0] as const; // 0 = until the browser closes
export const DEFAULT_IDLE_MINUTES = 15;
const TOUCH_WRITE_MS = 10_000;
const te = new TextEncoder();
const td = new TextDecoder();

/** The fields a sealed row keeps in the clear, per table: the keys its indexes and links need. */
export const PLAIN: Readonly<Record<string, readonly string[]>> = {
  entities: ['id', 'kind', 'rev', 'createdAt', 'updatedAt'],
  contacts: ['id', 'rev', 'createdAt', 'updatedAt'],
  sites: ['id', 'entityId', 'rev', 'createdAt', 'updatedAt'],
  documents: ['id', 'ownerType', 'ownerId', 'kind'],
};

export const VaultConfigSchema = z.object({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(1),
  salt: z.string(),
  iv: z.string(),
  wrapped: z.string(),
  idleMinutes: z.number().int().min(0).max(24 * 60),
});
export type VaultConfig = z.infer<typeof VaultConfigSchema>;
export { isLocked, type VaultStatus } from './vault-status';

export class VaultLockedError extends Error {
  constructor() { super('vault.locked'); this.name = 'VaultLockedError'; }
}
export class WrongPassphraseError extends Error {
  constructor() { super('vault.wrongPassphrase'); this.name = 'WrongPassphraseError'; }
}
export class PassphraseRuleError extends Error {
  constructor() { super('vault.tooShort'); this.name = 'PassphraseRuleError'; }
}

/** What the open contexts share while the extension runs (browser session storage in the extension). */
export interface SessionState { key?: string; touched: number; epoch: number }
export interface SessionSlot {
  read(): Promise<SessionState | undefined>;
  write(s: SessionState | undefined): Promise<void>;
  watch(cb: (s: SessionState | undefined) => void): () => void;
}
/** A slot in this context's memory only (unit tests; contexts without the storage API). */
export function memorySlot(): SessionSlot {
  let state: SessionState | undefined;
  const subs = new Set<(s: SessionState | undefined) => void>();
  return {
    read: async () => state,
    write: async (s) => { state = s; for (const cb of subs) cb(s); },
    watch: (cb) => { subs.add(cb); return () => subs.delete(cb); },
  };
}

export const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
export const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function deriveKek(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', te.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
}
async function wrapKey(dek: Uint8Array, passphrase: string, iterations: number, idleMinutes: number): Promise<VaultConfig> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: te.encode('beian-autofill dek v1') }, kek, dek as BufferSource));
  return { v: 1, kdf: 'PBKDF2-SHA256', iterations, salt: b64(salt), iv: b64(iv), wrapped: b64(wrapped), idleMinutes };
}
/** The DEK, or WrongPassphraseError when the tag check fails. */
export async function unwrapKey(cfg: VaultConfig, passphrase: string): Promise<Uint8Array> {
  const kek = await deriveKek(passphrase, unb64(cfg.salt), cfg.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(cfg.iv) as BufferSource, additionalData: te.encode('beian-autofill dek v1') }, kek, unb64(cfg.wrapped) as BufferSource));
  } catch {
    throw new WrongPassphraseError();
  }
}

/** AES-256-GCM: 12-byte random nonce || ciphertext || tag, bound to `aad`. */
export function sealBytes(key: Uint8Array, plain: Uint8Array, aad: string): Uint8Array {
  const iv = randomBytes(12);
  const ct = gcm(key, iv, te.encode(aad)).encrypt(plain);
  const out = new Uint8Array(12 + ct.length);
  out.set(iv);
  out.set(ct, 12);
  return out;
}
export function openBytes(key: Uint8Array, sealed: Uint8Array, aad: string): Uint8Array {
  return gcm(key, sealed.subarray(0, 12), te.encode(aad)).decrypt(sealed.subarray(12));
}

type Row = Record<string, unknown>;
interface DbLike { settings: { get(k: string): PromiseLike<{ value: unknown } | undefined>; put(r: { key: string; value: unknown }): PromiseLike<unknown>; delete(k: string): PromiseLike<unknown> } }

export class Vault {
  config: VaultConfig | null = null;
  private key: Uint8Array | null = null;
  private touched = 0;
  private touchWritten = 0;
  private epoch = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  /** Blobs whose bytes were read ahead of a write (a transaction cannot wait for Blob reads). */
  private bytesOf = new WeakMap<Blob, Uint8Array>();
  /** Rows read back in the clear while a passphrase is set (written by a context that had not yet heard). */
  readonly strays = new WeakSet<object>();
  /**
   * Record-shape upgrades (set by the database, lib/migrate.ts): a row of an older shape read here is
   * converted (the same object comes back when it is current). Rows converted after decryption are
   * remembered and written back, sealed, by the next sweep; `finishUpgrade` completes them then with
   * the whole profile at hand (e.g. linking a legal representative to a contact).
   */
  upgradeRow: ((table: string, row: Row) => Row) | undefined;
  finishUpgrade: ((table: string, row: Row, all: Record<string, Row[]>) => Row) | undefined;
  readonly upgraded = new WeakSet<object>();
  /** While the database upgrades (before the configuration is loaded): rows pass through as stored. */
  raw = false;
  private unwatch: (() => void) | undefined;
  private reload: (() => Promise<void>) | undefined;
  private db: VaultDb | undefined;

  constructor(private readonly slot: SessionSlot) {}

  get status(): VaultStatus {
    if (!this.config) return 'off';
    return this.key && !this.expired() ? 'unlocked' : 'locked';
  }
  get idleMinutes(): number { return this.config?.idleMinutes ?? DEFAULT_IDLE_MINUTES; }

  subscribe(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  private emit() { for (const cb of this.listeners) cb(); }

  /** Read the stored configuration and the shared session; follow both from then on. */
  async load(db: VaultDb): Promise<void> {
    this.db = db;
    this.reload = async () => {
      const row = await db.settings.get('vault');
      const parsed = VaultConfigSchema.safeParse(row?.value);
      this.config = parsed.success ? parsed.data : null;
    };
    await this.reload();
    this.adopt(await this.slot.read());
    this.unwatch ??= this.slot.watch((s) => {
      const epochChanged = (s?.epoch ?? 0) !== this.epoch;
      const apply = () => { this.adopt(s); this.emit(); };
      if (epochChanged && this.reload) void this.reload().then(apply, apply);
      else apply();
    });
  }
  private adopt(s: SessionState | undefined) {
    this.epoch = s?.epoch ?? 0;
    this.touched = Math.max(this.touched, s?.touched ?? 0);
    this.key = s?.key ? unb64(s.key) : null;
    if (this.expired()) this.lock();
    this.arm();
  }
  private expired(): boolean {
    const idle = this.config?.idleMinutes ?? 0;
    return idle > 0 && Date.now() - this.touched > idle * 60_000;
  }
  /** A timer for the moment the idle time runs out, so open pages lock without waiting for an access. */
  private arm() {
    clearTimeout(this.timer);
    const idle = this.config?.idleMinutes ?? 0;
    if (!this.key || idle <= 0) return;
    this.timer = setTimeout(() => { if (this.expired()) { this.lock(); this.emit(); } else this.arm(); }, Math.max(1000, this.touched + idle * 60_000 - Date.now() + 50));
  }
  private async publish(patch: Partial<SessionState>) {
    const s: SessionState = { key: this.key ? b64(this.key) : undefined, touched: this.touched, epoch: this.epoch, ...patch };
    if (!s.key) delete s.key;
    await this.slot.write(s);
  }

  /** User activity: postpones the auto-lock (shared with the other contexts every few seconds). */
  touch(): void {
    if (this.status !== 'unlocked') return;
    this.touched = Date.now();
    this.arm();
    if (this.touched - this.touchWritten > TOUCH_WRITE_MS) {
      this.touchWritten = this.touched;
      void this.publish({});
    }
  }

  lock(): void {
    const had = this.key !== null;
    this.key = null;
    clearTimeout(this.timer);
    if (had) void this.publish({ key: undefined });
  }

  async unlock(passphrase: string): Promise<void> {
    if (!this.config) return;
    const dek = await unwrapKey(this.config, passphrase);
    this.key = dek;
    this.touched = this.touchWritten = Date.now();
    await this.publish({});
    this.arm();
    this.emit();
    // rows a context wrote in the clear before it heard of the passphrase are sealed now
    if (this.db) await this.sweep(this.db).catch(() => 0);
  }

  /** Seal every stored row under a new passphrase (one transaction; nothing changes if it fails). */
  async enable(db: VaultDb, passphrase: string, idleMinutes = DEFAULT_IDLE_MINUTES, iterations = PBKDF2_ITERATIONS): Promise<void> {
    if (this.config) throw new Error('vault.alreadyOn');
    if (passphrase.length < MIN_PASSPHRASE) throw new PassphraseRuleError();
    const dek = randomBytes(32);
    const cfg = await wrapKey(dek, passphrase, iterations, idleMinutes);
    const rows = await db.transaction('r', db.sealedTables(), () => Promise.all(db.sealedTables().map((t) => t.toArray())));
    await this.prepare(rows[db.sealedTables().findIndex((t) => t.name === 'documents')] as Row[], true);
    try {
      await db.transaction('rw', [...db.sealedTables(), db.settings], async () => {
        this.config = cfg;
        this.key = dek;
        this.touched = Date.now();
        await Promise.all(db.sealedTables().map((t, i) => t.bulkPut(rows[i]!)));
        await db.settings.put({ key: 'vault', value: cfg });
      });
    } catch (e) {
      this.config = null;
      this.key = null;
      throw e;
    }
    this.epoch += 1;
    await this.publish({});
    this.arm();
    this.emit();
  }

  /** New passphrase for the same data key: only the wrapped key changes. */
  async change(db: VaultDb, current: string, next: string): Promise<void> {
    if (!this.config) throw new Error('vault.off');
    if (next.length < MIN_PASSPHRASE) throw new PassphraseRuleError();
    const dek = await unwrapKey(this.config, current);
    this.key = dek;
    await this.saveConfig(db, await wrapKey(dek, next, this.config.iterations, this.config.idleMinutes));
  }

  async setIdle(db: VaultDb, idleMinutes: number): Promise<void> {
    if (this.config) await this.saveConfig(db, { ...this.config, idleMinutes });
  }

  /** Store a new configuration and tell the other contexts to reload it. */
  private async saveConfig(db: VaultDb, cfg: VaultConfig): Promise<void> {
    await db.settings.put({ key: 'vault', value: cfg });
    this.config = cfg;
    this.touched = Date.now();
    this.epoch += 1;
    await this.publish({});
    this.arm();
    this.emit();
  }

  /** Remove the passphrase: every row written back in the clear, in one transaction. */
  async remove(db: VaultDb, current: string): Promise<void> {
    if (!this.config) return;
    const dek = await unwrapKey(this.config, current);
    this.key = dek;
    const before = this.config;
    await db.transaction('rw', [...db.sealedTables(), db.settings], async () => {
      const rows = await Promise.all(db.sealedTables().map((t) => t.toArray()));
      this.config = null;
      await Promise.all(db.sealedTables().map((t, i) => t.bulkPut(rows[i]!)));
      await db.settings.delete('vault');
    }).catch((e: unknown) => { this.config = before; throw e; });
    this.key = null;
    this.epoch += 1;
    await this.publish({ key: undefined });
    this.emit();
  }

  /** After the stored data was wiped (settings included): no passphrase any more. */
  async forget(): Promise<void> {
    this.config = null;
    this.key = null;
    this.epoch += 1;
    await this.publish({ key: undefined });
    this.emit();
  }

  /** Seal rows that were written in the clear while a passphrase was set (self-healing after a race). */
  async sweep(db: VaultDb): Promise<number> {
    if (this.status !== 'unlocked') return 0;
    const rows = await Promise.all(db.sealedTables().map((t) => t.toArray()));
    const stray = rows.map((rs) => (rs as Row[]).filter((r) => this.strays.has(r) || this.upgraded.has(r)));
    const n = stray.reduce((s, r) => s + r.length, 0);
    if (!n) return 0;
    const finish = this.finishUpgrade;
    if (finish) {
      const all = Object.fromEntries(db.sealedTables().map((t, i) => [t.name, rows[i] as Row[]]));
      db.sealedTables().forEach((t, i) => { stray[i] = stray[i]!.map((r) => (this.upgraded.has(r) ? finish(t.name, r, all) : r)); });
    }
    await this.prepare(stray[db.sealedTables().findIndex((t) => t.name === 'documents')] ?? []);
    await db.transaction('rw', db.sealedTables(), () => Promise.all(db.sealedTables().map((t, i) => t.bulkPut(stray[i]!))));
    return n;
  }

  /** Read ahead the bytes of the documents about to be written (needed only while sealing). */
  async prepare(docs: readonly Row[], always = false): Promise<void> {
    if (!this.config && !always) return;
    for (const d of docs) {
      const blob = d.blob;
      if (blob instanceof Blob && !this.bytesOf.has(blob)) this.bytesOf.set(blob, new Uint8Array(await blob.arrayBuffer()));
    }
  }

  // ── the row transform ──
  private liveKey(): Uint8Array {
    if (this.key && !this.expired()) return this.key;
    if (this.key) { this.lock(); this.emit(); }
    throw new VaultLockedError();
  }
  seal(table: string, value: unknown): unknown {
    const plain = PLAIN[table];
    if (!plain || !this.config || !value || typeof value !== 'object') return value;
    const key = this.liveKey();
    const row = value as Row;
    const id = String(row.id);
    const out: Row = {};
    for (const f of plain) if (row[f] !== undefined) out[f] = row[f];
    const body: Row = { ...row };
    if (table === 'documents' && row.blob instanceof Blob) {
      const bytes = this.bytesOf.get(row.blob);
      if (!bytes) throw new Error('vault: document bytes were not prepared before the write');
      out.__blob = sealBytes(key, bytes, `documents/${id}/blob`);
      delete body.blob;
    }
    out.__sealed = sealBytes(key, te.encode(JSON.stringify(body)), `${table}/${id}`);
    return out;
  }
  open(table: string, value: unknown): unknown {
    if (!value || typeof value !== 'object' || this.raw) return value;
    const row = value as Row;
    if (!(row.__sealed instanceof Uint8Array)) {
      const current = this.upgradeRow ? this.upgradeRow(table, row) : row;
      if (this.config && PLAIN[table]) this.strays.add(current);
      return current;
    }
    if (!this.config) {
      // sealed by another context since this one loaded: read the configuration again, refuse this read
      // (outside the refused read's transaction, which does not cover the settings table)
      void Dexie.ignoreTransaction(() => this.reload?.())?.then(() => this.emit(), () => {});
      throw new VaultLockedError();
    }
    const key = this.liveKey();
    const id = String(row.id);
    const out = JSON.parse(td.decode(openBytes(key, row.__sealed, `${table}/${id}`))) as Row;
    if (row.__blob instanceof Uint8Array) {
      const bytes = openBytes(key, row.__blob, `documents/${id}/blob`);
      out.blob = new Blob([bytes as BlobPart], { type: String(out.mime ?? '') });
    }
    const current = this.upgradeRow ? this.upgradeRow(table, out) : out;
    if (current !== out) this.upgraded.add(current);
    return current;
  }

  /** The DBCore middleware: closest to IndexedDB, so every other layer (hooks, cache, liveQuery) sees plain records. */
  middleware(): Middleware<DBCore> {
    const vault = this;
    const attempt = <T>(fn: () => Promise<T>): Promise<T> => { try { return fn(); } catch (e) { return Promise.reject(e); } };
    return {
      stack: 'dbcore',
      name: 'vault',
      level: -2,
      create: (down) => ({
        ...down,
        table(name: string): DBCoreTable {
          const t = down.table(name);
          if (!PLAIN[name]) return t;
          const open = (v: unknown) => vault.open(name, v);
          return {
            ...t,
            mutate: (req) => attempt(() => (req.type === 'add' || req.type === 'put')
              ? t.mutate({ ...req, values: req.values.map((v) => vault.seal(name, v)) } as typeof req)
              : t.mutate(req)),
            get: (req) => t.get(req).then(open),
            getMany: (req) => t.getMany(req).then((vs) => vs.map(open)),
            query: (req) => t.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
            openCursor: (req) => t.openCursor(req).then((c) => (c && req.values !== false ? wrapCursor(c, open) : c)),
          };
        },
      }),
    };
  }
}

function wrapCursor(cursor: DBCoreCursor, open: (v: unknown) => unknown): DBCoreCursor {
  // Under Dexie's cursor is the browser's IDBCursor: its methods and getters must run on the cursor
  // itself (a native brand check), so everything is delegated, not inherited.
  let at: unknown = {};
  let val: unknown;
  const wrapper: DBCoreCursor = {
    get trans() { return cursor.trans; },
    get key() { return cursor.key; },
    get primaryKey() { return cursor.primaryKey; },
    get done() { return cursor.done; },
    get value() {
      if (at !== cursor.primaryKey) { val = open(cursor.value); at = cursor.primaryKey; }
      return val;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    start: (onNext: () => void) => cursor.start(onNext),
    stop: (value?: unknown) => cursor.stop(value),
    next: () => cursor.next().then(() => wrapper),
    fail: (error: Error) => cursor.fail(error),
  };
  return wrapper;
}

/** What the vault needs of the database for the whole-profile operations. */
export interface VaultDb extends DbLike {
  transaction<T>(mode: 'r' | 'rw', tables: unknown[], fn: () => Promise<T>): Promise<T>;
  sealedTables(): { name: string; toArray(): Promise<unknown[]>; bulkPut(rows: unknown[]): Promise<unknown> }[];
}
