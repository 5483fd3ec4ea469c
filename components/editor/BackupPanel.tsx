/** 导出 / 导入: the whole profile as one JSON file; import is checked completely before anything is written. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, exportFileName, exportJson, importAll, parseImport, type ImportProblem } from '@/lib/backup';
import { getDb } from '@/lib/db';
import { issueText, t as tr } from '@/lib/i18n';
import { QuotaError } from '@/lib/store';
import { downloadBlob } from '../ui';

export function BackupPanel() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string; problems?: ImportProblem[] } | null>(null);
  return (
    <section className="backup" aria-label={t('ui.backup')}>
      <p>{t('ui.exportHint')}</p>
      <button type="button" className="primary" onClick={async () => {
        const name = exportFileName();
        downloadBlob(new Blob([await exportJson(getDb())], { type: 'application/json' }), name);
        setMessage({ ok: true, text: t('ui.exportOk', { file: name }) });
      }}>{t('ui.export')}</button>
      <p>{t('ui.importHint')}</p>
      <label className="file-button">
        {t('ui.import')}
        <input type="file" accept="application/json,.json" aria-label={t('ui.import')} onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          // shown until the file is checked and written: a second import of the same counts is seen to happen
          setMessage({ ok: true, text: t('ui.importing', { file: file.name }) });
          setMessage(await importFile(file, tr));
        }} />
      </label>
      {message && (
        <div role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          <p>{message.text}</p>
          {message.problems && (
            <ul className="problems">
              {message.problems.map((p, i) => <li key={i}>{describeProblem(p, tr)}</li>)}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

type T = (k: string, o?: Record<string, unknown>) => string;

async function importFile(file: File, t: T): Promise<{ ok: boolean; text: string; problems?: ImportProblem[] }> {
  let text: string;
  try {
    // The size check comes first: a huge file is refused without reading it.
    text = file.size > 0 && file.size <= MAX_IMPORT_BYTES ? await file.text() : '';
  } catch {
    return { ok: false, text: t('ui.importFailed'), problems: [{ code: 'import.readError' }] };
  }
  const parsed = parseImport(text, file.size);
  if (!parsed.ok) return { ok: false, text: t('ui.importFailed'), problems: parsed.problems };
  try {
    const n = await importAll(getDb(), parsed.data);
    return { ok: true, text: t('ui.importOk', n as unknown as Record<string, unknown>) };
  } catch (e) {
    return { ok: false, text: `${t('ui.importFailed')} ${e instanceof QuotaError ? t('ui.quota') : String(e)}` };
  }
}

export function describeProblem(p: ImportProblem, t: T): string {
  const where = p.collection !== undefined && p.index !== undefined
    ? t('ui.importProblemAt', { collection: t(`kind.${p.collection}`), index: p.index + 1, name: p.recordName ?? '', field: fieldLabel(p.field, t) })
    : p.field ? `${fieldLabel(p.field, t)}: ` : '';
  return where + issueText(p.code, p.params);
}

function fieldLabel(field: string | undefined, t: T): string {
  if (!field) return '';
  const head = field.split('.')[0] ?? field;
  const key = `field.${head}`;
  const label = t(key);
  return label === key ? field : field === head ? label : `${label} (${field})`;
}
