/**
 * The passphrase lock in every extension page: while the profile is locked, an unlock form stands in
 * for the page's content (kept mounted but hidden once it has been shown, so nothing typed is lost
 * when the idle lock strikes). Pages that open the database use the local vault (./localLock); the in-page
 * panel, whose storage the browser may partition, asks the background (remoteLock), and so loads no database code.
 */
import { Component, createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { VAULT_SESSION_KEY } from '@/lib/db-names';
import { VaultReply } from '@/lib/messages';
import { isLocked, type VaultStatus } from '@/lib/vault-status';

export interface LockSource {
  status(): Promise<VaultStatus>;
  /** 'wrong' when the passphrase does not open the key (nothing is touched then). */
  unlock(passphrase: string): Promise<'ok' | 'wrong'>;
  lock(): Promise<void>;
  subscribe(cb: () => void): () => void;
  touch(): void;
}

const ask = async (msg: object) => VaultReply.parse(await browser.runtime.sendMessage({ type: 'ui.vault', ...msg }));
export function remoteLock(): LockSource {
  return {
    status: async () => (await ask({ action: 'status' })).status,
    unlock: async (passphrase) => ((await ask({ action: 'unlock', passphrase })).error ? 'wrong' : 'ok'),
    lock: async () => { await ask({ action: 'lock' }); },
    subscribe: (cb) => {
      const fn = (changes: Record<string, unknown>, area: string) => { if (area === 'session' && VAULT_SESSION_KEY in changes) cb(); };
      browser.storage.onChanged.addListener(fn);
      return () => browser.storage.onChanged.removeListener(fn);
    },
    touch: () => {},
  };
}

const GateContext = createContext<{ status: VaultStatus; recheck: () => void; source: LockSource } | null>(null);
/** The lock state around a component, and `recheck` for a reply that said the profile is locked. */
export const useVault = () => useContext(GateContext);

class LockBoundary extends Component<{ onLocked: () => void; children: ReactNode }, { locked: boolean; error?: unknown }> {
  override state: { locked: boolean; error?: unknown } = { locked: false };
  static getDerivedStateFromError(error: unknown) {
    return isLocked(error) ? { locked: true } : { locked: false, error };
  }
  override componentDidCatch(error: unknown) {
    if (isLocked(error)) this.props.onLocked();
  }
  override render() {
    if (this.state.error) throw this.state.error;
    return this.state.locked ? null : this.props.children;
  }
}

export function VaultGate({ source, children }: { source: LockSource; children: ReactNode }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [shown, setShown] = useState(false);
  const [generation, setGeneration] = useState(0);
  /** A child hit the lock (e.g. the idle lock struck mid-read): remount it once the profile opens again. */
  const [caught, setCaught] = useState(false);
  const recheck = useCallback(() => void source.status().then(setStatus, () => setStatus('locked')), [source]);
  useEffect(() => {
    recheck();
    return source.subscribe(recheck);
  }, [source, recheck]);
  useEffect(() => {
    if (status && status !== 'locked') setShown(true);
    if (caught && status && status !== 'locked') { setCaught(false); setGeneration((g) => g + 1); }
  }, [status]);
  useEffect(() => {
    // user activity in this page postpones the idle lock
    const onActivity = () => source.touch();
    document.addEventListener('keydown', onActivity, true);
    document.addEventListener('pointerdown', onActivity, true);
    return () => { document.removeEventListener('keydown', onActivity, true); document.removeEventListener('pointerdown', onActivity, true); };
  }, [source]);
  if (!status) return null;
  const locked = status === 'locked';
  return (
    <GateContext.Provider value={{ status, recheck, source }}>
      {/* no remount here: the content shows as soon as the vault says unlocked, and what is typed then must stay (a part that hit the lock is remounted by the effect above) */}
      {locked && <UnlockForm source={source} onUnlocked={recheck} />}
      {(shown || !locked) && (
        <div hidden={locked} className="vault-content">
          <LockBoundary key={generation} onLocked={() => { setCaught(true); recheck(); }}>{children}</LockBoundary>
        </div>
      )}
    </GateContext.Provider>
  );
}

function UnlockForm({ source, onUnlocked }: { source: LockSource; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <form className="unlock" aria-label={t('vault.unlockTitle')} onSubmit={async (e) => {
      e.preventDefault();
      setBusy(true);
      setError('');
      try {
        const r = await source.unlock(pass);
        if (r === 'wrong') setError(t('vault.wrong'));
        else { setPass(''); onUnlocked(); }
      } catch (err) {
        setError(t('vault.failed', { error: String(err) }));
      } finally {
        setBusy(false);
      }
    }}>
      <h2>🔒 {t('vault.unlockTitle')}</h2>
      <p className="hint">{t('vault.unlockHint')}</p>
      <label>{t('vault.passphrase')}{' '}
        <input type="password" autoComplete="current-password" autoFocus value={pass} onChange={(e) => setPass(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy || !pass}>{busy ? t('vault.unlocking') : t('vault.unlock')}</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

/** 立即锁定, shown where a passphrase is set and open. */
export function LockButton() {
  const { t } = useTranslation();
  const gate = useVault();
  if (gate?.status !== 'unlocked') return null;
  return <button type="button" onClick={() => void gate.source.lock().then(gate.recheck)}>{t('vault.lockNow')}</button>;
}
