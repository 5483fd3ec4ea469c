/**
 * The profile database's name and the session key of its unlock state: constants of lib/db.ts, here on their own
 * so that a page that never opens the database (the in-page panel, which asks the background) can name the
 * key without loading Dexie and the store.
 */
export const DB_NAME = 'beian-autofill';
/** The session-storage key of the shared unlock state of the profile database. */
export const VAULT_SESSION_KEY = `vault:${DB_NAME}`;
