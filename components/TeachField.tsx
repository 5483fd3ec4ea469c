/**
 * 指定字段, in the in-page panel: the filer picks an item on the page (the content script outlines it;
 * mouse or Tab + Enter, Esc cancels), then chooses from the field dictionary which profile value belongs
 * there, optionally overriding what the engine reads. The rule (label, section, shape, key; the page's
 * host and path) is kept in the extension's storage and used by every later fill of that page.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { dictName, searchDictionary } from '@/lib/dictionary';

export interface Picked {
  label: string; section?: string; shape?: string; key?: string; status?: 'found' | 'ambiguous'; taught?: boolean;
}

export function TeachField(props: { token: string; picked: Picked; path: string; onDone: (note: string) => void }) {
  const { t } = useTranslation();
  const { picked } = props;
  const [q, setQ] = useState('');
  const [key, setKey] = useState('');
  const [override, setOverride] = useState(false);
  const list = useMemo(() => searchDictionary(q).slice(0, 60), [q]);
  const known = !!picked.key && picked.status === 'found';

  async function save() {
    const r = (await browser.runtime.sendMessage({ type: 'ui.teachSave', token: props.token, key, label: picked.label, ...(picked.section ? { section: picked.section } : {}), ...(picked.shape ? { shape: picked.shape } : {}), override, path: props.path })) as { ok: boolean };
    if (r?.ok) props.onDone(t('teach.saved', { label: picked.label, name: dictName(key) }));
  }
  return (
    <section className="teach" aria-label={t('teach.pick')}>
      <p data-testid="teach-picked"><strong>{t('teach.picked', { label: picked.label })}</strong></p>
      {picked.section && <p><small>{t('teach.section', { section: picked.section })}</small></p>}
      {picked.key && <p data-testid="teach-engine"><small>{t('teach.engine', { name: dictName(picked.key) })}</small></p>}
      <p>{t('teach.choose')}</p>
      <input type="search" aria-label={t('teach.search')} placeholder={t('teach.search')} value={q} onChange={(e) => setQ(e.target.value)} autoFocus />
      <ul role="listbox" aria-label={t('teach.choose')} className="dictionary">
        {list.map((d) => (
          <li key={d.key} role="option" aria-selected={d.key === key} tabIndex={0}
            onClick={() => setKey(d.key)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setKey(d.key); } }}>
            {d.name}
          </li>
        ))}
      </ul>
      {known && <label><input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> {t('teach.override')}</label>}
      <div className="actions">
        <button type="button" className="primary" disabled={!key} onClick={() => void save()}>{t('teach.save')}</button>
        <button type="button" onClick={() => props.onDone('')}>{t('capture.back')}</button>
      </div>
    </section>
  );
}
