/** The lock of the pages that open the profile database themselves (editor, popup, side panel): the local vault. */
import { getDb } from '@/lib/db';
import { WrongPassphraseError } from '@/lib/vault';
import type { LockSource } from './VaultGate';

export function localLock(): LockSource {
  const db = getDb();
  return {
    status: async () => { await db.open(); return db.vault.status; },
    unlock: async (p) => {
      try { await db.vault.unlock(p); return 'ok'; } catch (e) { if (e instanceof WrongPassphraseError) return 'wrong'; throw e; }
    },
    lock: async () => db.vault.lock(),
    subscribe: (cb) => db.vault.subscribe(cb),
    touch: () => db.vault.touch(),
  };
}
