/**
 * The current entity and site (the ones a fill uses) and how complete they are: shared by the popup
 * and the side panel. Each missing or invalid item links into the editor at that field.
 */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { editorUrl, openEditor } from './editorLink';
import { computeCompleteness, type CompletenessItem } from '@/lib/completeness';
import { getDb } from '@/lib/db';
import { issueText } from '@/lib/i18n';
import { byName, resolveSelection, setSelection } from '@/lib/store';
import { formatIssue } from '@/lib/validators/messages';

export function ProfileSummary() {
  const { t, i18n } = useTranslation();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [{ entity, site }, entities, contacts] = await Promise.all([resolveSelection(db), db.entities.toArray().then(byName), db.contacts.toArray()]);
    const sites = entity ? await db.sites.where('entityId').equals(entity.id).sortBy('name') : [];
    return { entity, site, entities, sites, contacts };
  }, []);
  if (!data) return null;
  const { entity, site, entities, sites, contacts } = data;
  if (!entities.length) return <p className="empty">{t('ui.emptyProfile')}</p>;
  const c = computeCompleteness(entity, site, contacts);
  const open = c.items.filter((i) => i.state !== 'ok');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <section className="summary" aria-label={t('ui.current')}>
      <label>{t('ui.currentEntity')}{' '}
        <select value={entity?.id ?? ''} onChange={(e) => void setSelection(getDb(), { entityId: e.target.value, siteId: '' })}>
          {entities.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
      <label>{t('ui.currentSite')}{' '}
        <select value={site?.id ?? ''} onChange={(e) => void setSelection(getDb(), { entityId: entity?.id ?? '', siteId: e.target.value })}>
          {!sites.length && <option value="">{t('ui.none')}</option>}
          {sites.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
      <h2>{t('ui.completeness')}</h2>
      <p data-testid="completeness"><meter min={0} max={c.total} value={c.done} aria-hidden="true" /> {t('ui.completeOf', { done: c.done, total: c.total })}</p>
      {open.length === 0 ? <p>{t('ui.allComplete')}</p> : (
        <ul className="open-items" aria-label={t('ui.missing')}>
          {open.map((i, n) => (
            <li key={n} className={i.state}>
              <a href={editorUrl(i)} target="_blank" rel="noreferrer" onClick={(e) => { e.preventDefault(); void openEditor(i); }}>
                {itemText(i, t)}
              </a>
              {' '}<span className="badge">{i.state === 'missing' ? t('ui.missing') : `${t('ui.invalid')}：${issueText(i.code ?? '', i.params)}`}</span>
            </li>
          ))}
        </ul>
      )}
      {c.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('ui.warnings')}>
          {c.warnings.map((w, n) => (
            <li key={n}>
              {w.recordId ? (
                <a href={editorUrl(w)} target="_blank" rel="noreferrer" onClick={(e) => { e.preventDefault(); void openEditor(w); }}>{formatIssue(w, lang)}</a>
              ) : formatIssue(w, lang)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function itemText(i: CompletenessItem, t: (k: string) => string): string {
  const label = t(i.label);
  return i.role && i.role !== 'field.principalId' ? `${t(i.role)} · ${label}` : i.record === 'contact' ? `${t('field.principalId')} · ${label}` : label;
}
