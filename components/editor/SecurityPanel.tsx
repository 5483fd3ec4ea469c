/** 安全: set, change or remove the passphrase and the idle lock time (立即锁定 is the editor's LockButton). */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db';
import { IDLE_CHOICES, MIN_PASSPHRASE, WrongPassphraseError, type VaultStatus } from '@/lib/vault';

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function SecurityPanel() {
  const { t } = useTranslation();
  const db = getDb();
  const [status, setStatus] = useState<VaultStatus>(db.vault.status);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const sync = () => setStatus(db.vault.status);
    void db.open().then(sync);
    return db.vault.subscribe(sync);
  }, [db]);

  /** Run one vault operation; every failure leaves the data as it was (see lib/vault.ts). */
  const run = (fn: () => Promise<void>, ok: string) => async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setNote(null);
    try {
      await fn();
      form.reset();
      setNote({ kind: 'ok', text: ok });
    } catch (err) {
      const code = (err as Error).message;
      setNote({ kind: 'error', text: err instanceof WrongPassphraseError ? t('vault.wrong') : code === 'vault.tooShort' || code === 'vault.mismatch' ? t(code) : t('vault.failed', { error: String(err) }) });
    } finally {
      setBusy(false);
      setStatus(db.vault.status);
    }
  };
  const field = (name: string, label: string, autoComplete = 'new-password') => (
    <label className="field">{label}{' '}<input type="password" name={name} autoComplete={autoComplete} minLength={name === 'current' ? undefined : MIN_PASSPHRASE} required /></label>
  );
  const values = (e: FormEvent<HTMLFormElement>) => Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
  const same = (v: Record<string, string>) => { if (v.next !== v.repeat) throw new Error('vault.mismatch'); };

  const idleSelect = (value: number, onChange?: (m: number) => void): ReactNode => (
    <label className="field">{t('vault.idle')}{' '}
      <select name="idle" defaultValue={String(value)} onChange={onChange ? (e) => onChange(Number(e.target.value)) : undefined}>
        {IDLE_CHOICES.map((m) => <option key={m} value={m}>{m ? t('vault.idleMinutes', { count: m }) : t('vault.idleNever')}</option>)}
      </select>
    </label>
  );

  return (
    <section className="security" aria-label={t('vault.title')}>
      <h2>{t('vault.title')}</h2>
      <p>{t('vault.intro')}</p>
      <p className="warning" role="note">{t('vault.lostWarning')}</p>
      <p data-testid="vault-status"><strong>{status === 'off' ? t('vault.off') : t('vault.on')}</strong></p>
      {status === 'off' && (
        <form aria-label={t('vault.enable')} onSubmit={(e) => {
          const v = values(e);
          void run(async () => { same(v); await db.vault.enable(db.asVaultDb, v.next!, Number(v.idle)); }, t('vault.enabled'))(e);
        }}>
          {field('next', t('vault.passphrase'))}
          {field('repeat', t('vault.repeat'))}
          {idleSelect(15)}
          <button type="submit" className="primary" disabled={busy}>{busy ? t('vault.working') : t('vault.enable')}</button>
        </form>
      )}
      {status === 'unlocked' && (
        <>
          {idleSelect(db.vault.idleMinutes, (m) => void db.vault.setIdle(db.asVaultDb, m))}
          <form aria-label={t('vault.change')} onSubmit={(e) => {
            const v = values(e);
            void run(async () => { same(v); await db.vault.change(db.asVaultDb, v.current!, v.next!); }, t('vault.changed'))(e);
          }}>
            <h3>{t('vault.change')}</h3>
            {field('current', t('vault.current'), 'current-password')}
            {field('next', t('vault.next'))}
            {field('repeat', t('vault.repeat'))}
            <button type="submit" disabled={busy}>{t('vault.change')}</button>
          </form>
          <form aria-label={t('vault.remove')} onSubmit={(e) => {
            const v = values(e);
            void run(() => db.vault.remove(db.asVaultDb, v.current!), t('vault.removed'))(e);
          }}>
            <h3>{t('vault.remove')}</h3>
            <p className="hint">{t('vault.removeHint')}</p>
            {field('current', t('vault.current'), 'current-password')}
            <button type="submit" className="danger" disabled={busy}>{t('vault.remove')}</button>
          </form>
        </>
      )}
      {note && <p role={note.kind === 'ok' ? 'status' : 'alert'} className={note.kind === 'error' ? 'error' : 'ok'}>{note.text}</p>}
    </section>
  );
}
