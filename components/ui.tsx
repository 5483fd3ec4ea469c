/** Small shared building blocks of the extension pages (popup, editor, side panel). */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '@/lib/i18n';
import { saveLang } from '@/lib/prefs';

export function FieldRow(props: { label: string; error?: string; hint?: string; children: (id: string, describedBy?: string) => ReactNode; required?: boolean; name?: string }) {
  const id = useId();
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const describedBy = [props.error ? errId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-field={props.name}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="req" aria-hidden="true"> *</span>}
      </label>
      {props.children(id, describedBy)}
      {props.hint && <small id={hintId} className="hint">{props.hint}</small>}
      {props.error && <small id={errId} className="error" role="alert">{props.error}</small>}
    </div>
  );
}

/** Message of a react-hook-form / zod error (codes translated). */
export function errText(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { message?: unknown; root?: { message?: unknown } };
  const msg = typeof e.message === 'string' ? e.message : typeof e.root?.message === 'string' ? e.root.message : undefined;
  if (msg) return issueText(msg);
  // arrays (domains.0, ips.1 …): join the element errors
  if (Array.isArray(err)) {
    const parts = err.map((x, i) => (x?.message ? `${i + 1}: ${issueText(String(x.message))}` : '')).filter(Boolean);
    return parts.length ? parts.join('；') : undefined;
  }
  return undefined;
}

export function ConfirmDialog(props: { open: boolean; title: string; children?: ReactNode; confirmLabel: string; danger?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} aria-label={props.title} onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <h2>{props.title}</h2>
      <div>{props.children}</div>
      <div className="actions">
        <button type="button" onClick={props.onCancel} autoFocus>{t('ui.cancel')}</button>
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>{props.confirmLabel}</button>
      </div>
    </dialog>
  );
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang">
      {t('ui.language')}{' '}
      <select value={i18n.language} onChange={(e) => void saveLang(e.target.value as 'zh' | 'en')}>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

/** Save a Blob as a file through a temporary object URL. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
