/**
 * The lock's state and the test for its error, without the vault itself (Dexie, zod, the cipher): the in-page
 * panel's lock asks the background and needs only these.
 */
export type VaultStatus = 'off' | 'locked' | 'unlocked';
/** Whether an error (or a Dexie error wrapping one) is the vault's VaultLockedError. */
export const isLocked = (e: unknown) => (e as { name?: string })?.name === 'VaultLockedError' || (e as { inner?: { name?: string } })?.inner?.name === 'VaultLockedError';
