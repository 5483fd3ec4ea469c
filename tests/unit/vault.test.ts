// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, importAll, parseImport, wipeAll } from '@/lib/backup';
import { BeianDB } from '@/lib/db';
import { addDocument, blankContact, deleteRecord, saveRecord } from '@/lib/store';
import {
  PBKDF2_ITERATIONS, PLAIN, PassphraseRuleError, VaultConfigSchema, VaultLockedError, WrongPassphraseError,
  openBytes, sealBytes, unwrapKey,
} from '@/lib/vault';
import { exampleText, seededDb } from './helpers';

const FAST = 1_000; // PBKDF2 iterations for tests; the default is checked once below
const PASS = '正确的口令 correct horse';
const open: BeianDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of open.splice(0)) await d.delete();
});
async function seeded() {
  const db = await seededDb();
  open.push(db);
  return db;
}
/** The rows as IndexedDB holds them (no vault middleware). */
async function raw(name: string) {
  const r = new Dexie(name);
  await r.open();
  const out = Object.fromEntries(await Promise.all(['entities', 'contacts', 'sites', 'documents', 'settings'].map(async (t) => [t, await r.table(t).toArray()] as const)));
  r.close();
  return out as Record<string, Record<string, unknown>[]>;
}
/** Every string found anywhere in a value (typed arrays skipped). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) for (const x of Object.values(v)) strings(x, out);
  return out;
}
const exportWithoutDate = async (db: BeianDB) => ({ ...(await exportAll(db)), exportedAt: '' });

describe('sealBytes / openBytes (AES-256-GCM)', () => {
  const key = crypto.getRandomValues(new Uint8Array(32));
  it('round-trips and uses a fresh nonce every time', () => {
    const msg = new TextEncoder().encode('110105199001011234 张三');
    const a = sealBytes(key, msg, 'contacts/x');
    const b = sealBytes(key, msg, 'contacts/x');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(new TextDecoder().decode(openBytes(key, a, 'contacts/x'))).toBe('110105199001011234 张三');
  });
  it('refuses a wrong key, another row (AAD) and a flipped bit', () => {
    const sealed = sealBytes(key, new Uint8Array([1, 2, 3]), 'contacts/x');
    expect(() => openBytes(crypto.getRandomValues(new Uint8Array(32)), sealed, 'contacts/x')).toThrow();
    expect(() => openBytes(key, sealed, 'contacts/y')).toThrow();
    const flipped = sealed.slice();
    flipped[14]! ^= 1;
    expect(() => openBytes(key, flipped, 'contacts/x')).toThrow();
  });
});

describe('passphrase', () => {
  it('seals every row: nothing personal is left in the clear, and the data reads back the same', async () => {
    const db = await seeded();
    const before = await exportWithoutDate(db);
    const secrets = [...before.entities.map((e) => e.name), ...before.contacts.map((c) => c.certNumber), ...before.contacts.map((c) => c.mobile), ...before.sites.flatMap((s) => s.domains)].filter(Boolean);
    expect(secrets.length).toBeGreaterThan(5);
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    expect(db.vault.status).toBe('unlocked');
    const stored = await raw(db.name);
    for (const t of ['entities', 'contacts', 'sites', 'documents']) {
      expect(stored[t]!.length).toBe((before as unknown as Record<string, unknown[]>)[t]!.length);
      for (const row of stored[t]!) {
        expect(Object.keys(row).every((k) => PLAIN[t]!.includes(k) || k === '__sealed' || k === '__blob')).toBe(true);
        expect(row.__sealed).toBeInstanceOf(Uint8Array);
      }
    }
    const leaked = strings(stored).filter((s) => secrets.some((x) => s.includes(x)));
    expect(leaked).toEqual([]);
    expect(await exportWithoutDate(db)).toEqual(before); // documents included, byte for byte (base64)
  });

  it('locks: nothing reads or writes; a wrong passphrase is refused and touches nothing; the right one opens', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    const before = await exportWithoutDate(db);
    db.vault.lock();
    expect(db.vault.status).toBe('locked');
    await expect(db.entities.toArray()).rejects.toMatchObject({ name: 'VaultLockedError' });
    await expect(db.contacts.get(before.contacts[0]!.id)).rejects.toMatchObject({ name: 'VaultLockedError' });
    await expect(saveRecord(db, 'contact', { ...blankContact(), name: '李四' })).rejects.toMatchObject({ name: 'VaultLockedError' });
    const rawBefore = await raw(db.name);
    await expect(db.vault.unlock('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(db.vault.status).toBe('locked');
    expect(await raw(db.name)).toEqual(rawBefore);
    await db.vault.unlock(PASS);
    expect(await exportWithoutDate(db)).toEqual(before);
    expect(await db.contacts.count()).toBe(before.contacts.length); // the refused save wrote nothing
  });

  it('store operations work sealed: save, conflict rev, delete with links, documents', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    const c = await saveRecord(db, 'contact', { ...blankContact(), name: '王五', mobile: '13900139000' });
    expect((await db.contacts.get(c.id))?.mobile).toBe('13900139000');
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    const doc = await addDocument(db, new Blob([bytes], { type: 'image/png' }), { ownerType: 'contact', ownerId: c.id }, 'id-front');
    const back = await db.documents.get(doc.id);
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(bytes);
    const site = (await db.sites.toArray())[0]!;
    await saveRecord(db, 'site', { ...site, securityOfficer: { kind: 'contact', contactId: c.id } });
    await deleteRecord(db, 'contact', c.id);
    expect((await db.sites.get(site.id))?.securityOfficer).toEqual({ kind: 'none' });
    expect(await db.documents.where('[ownerType+ownerId]').equals(['contact', c.id]).count()).toBe(0);
  });

  it('an import while unlocked is sealed too, documents included', async () => {
    const db = await seeded();
    await wipeAll(db);
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    const parsed = parseImport(exampleText());
    if (!parsed.ok) throw new Error('example invalid');
    await importAll(db, parsed.data);
    const stored = await raw(db.name);
    expect(stored.documents!.length).toBe(parsed.data.documents.length);
    for (const t of ['entities', 'contacts', 'sites', 'documents']) expect(stored[t]!.every((r) => r.__sealed instanceof Uint8Array)).toBe(true);
    expect(stored.documents!.every((r) => r.__blob instanceof Uint8Array && !('blob' in r))).toBe(true);
    const back = await exportAll(db);
    expect(back.documents.map((d) => d.dataBase64)).toEqual(parsed.data.documents.map((d) => d.dataBase64));
  });

  it('changes the passphrase by re-wrapping the key only; the old one stops working', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    const before = await exportWithoutDate(db);
    const sealedBefore = (await raw(db.name)).contacts;
    await expect(db.vault.change(db.asVaultDb, 'not it at all', 'new passphrase 2')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(db.vault.change(db.asVaultDb, PASS, 'short')).rejects.toBeInstanceOf(PassphraseRuleError);
    await db.vault.change(db.asVaultDb, PASS, 'new passphrase 2');
    expect((await raw(db.name)).contacts).toEqual(sealedBefore);
    db.vault.lock();
    await expect(db.vault.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await db.vault.unlock('new passphrase 2');
    expect(await exportWithoutDate(db)).toEqual(before);
  });

  it('removes the passphrase: every row back in the clear, nothing lost; a wrong passphrase changes nothing', async () => {
    const db = await seeded();
    const before = await exportWithoutDate(db);
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    await expect(db.vault.remove(db.asVaultDb, 'wrong one!')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(db.vault.status).toBe('unlocked');
    await db.vault.remove(db.asVaultDb, PASS);
    expect(db.vault.status).toBe('off');
    const stored = await raw(db.name);
    expect(stored.entities!.every((r) => !('__sealed' in r) && typeof r.name === 'string')).toBe(true);
    expect(stored.settings!.some((r) => r.key === 'vault')).toBe(false);
    expect(await exportWithoutDate(db)).toEqual(before);
  });

  it('refuses a passphrase shorter than 8 characters and stays off', async () => {
    const db = await seeded();
    await expect(db.vault.enable(db.asVaultDb, '1234567', 15, FAST)).rejects.toBeInstanceOf(PassphraseRuleError);
    expect(db.vault.status).toBe('off');
    expect((await raw(db.name)).entities!.every((r) => !('__sealed' in r))).toBe(true);
  });

  it('locks itself after the idle time, in every access', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS, 1, FAST);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 50_000);
    db.vault.touch(); // activity at +50 s
    clock.mockReturnValue(now + 100_000); // 50 s after the activity: still open
    expect((await db.entities.toArray()).length).toBeGreaterThan(0);
    clock.mockReturnValue(now + 50_000 + 61_000);
    await expect(db.entities.toArray()).rejects.toBeInstanceOf(VaultLockedError);
    expect(db.vault.status).toBe('locked');
  });

  it('is shared by two contexts: enabling in one locks the other until unlocked, and unlocking anywhere opens both', async () => {
    const a = await seeded();
    const b = new BeianDB(a.name); // a second page of the extension
    await b.open();
    expect(b.vault.status).toBe('off');
    await a.vault.enable(a.asVaultDb, PASS, 15, FAST);
    await vi.waitFor(() => expect(b.vault.status).toBe('unlocked'));
    a.vault.lock();
    await vi.waitFor(() => expect(b.vault.status).toBe('locked'));
    await expect(b.sites.toArray()).rejects.toBeInstanceOf(VaultLockedError);
    await b.vault.unlock(PASS);
    await vi.waitFor(() => expect(a.vault.status).toBe('unlocked'));
    expect((await a.sites.toArray()).length).toBe((await b.sites.toArray()).length);
    b.close();
  });

  it('a context that had not yet heard of the passphrase cannot read sealed rows, and its clear writes get sealed at the next unlock', async () => {
    const a = await seeded();
    const stale = new BeianDB(a.name);
    await stale.open();
    // simulate a context that missed the news: it keeps "off" even after the change
    await a.vault.enable(a.asVaultDb, PASS, 15, FAST);
    await vi.waitFor(() => expect(stale.vault.status).toBe('unlocked'));
    stale.vault.config = null;
    await expect(stale.entities.toArray()).rejects.toBeInstanceOf(VaultLockedError);
    // the refused read made it read the configuration again: it catches up by itself
    await vi.waitFor(() => expect(stale.vault.status).toBe('unlocked'));
    expect((await stale.entities.toArray()).length).toBeGreaterThan(0);
    // a write from a context that still had not heard (the moment between two messages)
    stale.vault.config = null;
    const c = blankContact();
    await stale.contacts.put({ ...c, name: '赵六', rev: 1, createdAt: 1, updatedAt: 1 });
    expect((await raw(a.name)).contacts!.find((r) => r.id === c.id)?.name).toBe('赵六');
    // the next unlock seals it
    a.vault.lock();
    await a.vault.unlock(PASS);
    expect(await a.vault.sweep(a.asVaultDb)).toBe(0); // nothing left in the clear
    const row = (await raw(a.name)).contacts!.find((r) => r.id === c.id)!;
    expect(row.name).toBeUndefined();
    expect((await a.contacts.get(c.id))?.name).toBe('赵六');
    stale.close();
  });

  it('wiping the profile removes the passphrase with the data', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS, 15, FAST);
    await wipeAll(db);
    expect(db.vault.status).toBe('off');
    await saveRecord(db, 'contact', { ...blankContact(), name: '新的人' });
    expect((await raw(db.name)).contacts![0]!.name).toBe('新的人');
  });

  it('uses PBKDF2-SHA256 at 600,000 iterations by default, stored with a random salt', async () => {
    const db = await seeded();
    await db.vault.enable(db.asVaultDb, PASS);
    const cfg = VaultConfigSchema.parse((await raw(db.name)).settings!.find((r) => r.key === 'vault')!.value);
    expect(cfg).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(cfg.salt).length).toBe(16);
    expect((await unwrapKey(cfg, PASS)).length).toBe(32);
  }, 20_000); // two derivations at 600,000 iterations: seconds on a busy machine
});
