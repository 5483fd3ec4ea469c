/**
 * 指定字段 tab: the fields the filer taught on filing pages (label and section of the page's item →
 * a profile value), per page. Each can be pointed at another value, set to override the engine or
 * not, and removed. The rules travel in backups (format 3).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db';
import { fieldDictionary } from '@/lib/dictionary';
import { saveRule } from '@/lib/rules';

export function RulesPanel() {
  const { t } = useTranslation();
  const rules = useLiveQuery(() => getDb().rules.toArray().then((r) => r.sort((a, b) => a.host.localeCompare(b.host) || a.path.localeCompare(b.path) || a.createdAt - b.createdAt)), []);
  const dict = fieldDictionary();
  if (!rules) return null;
  if (!rules.length) return <p className="empty">{t('teach.empty')}</p>;
  return (
    <table className="rules" aria-label={t('teach.tab')}>
      <thead><tr><th>{t('teach.page')}</th><th>{t('teach.label')}</th><th>{t('teach.field')}</th><th>{t('teach.override')}</th><th /></tr></thead>
      <tbody>
        {rules.map((r) => (
          <tr key={r.id} data-rule={r.id}>
            <td><small>{r.host}{r.path}</small></td>
            <td>{r.label}{r.section ? <small>（{r.section}）</small> : null}</td>
            <td>
              <select aria-label={`${r.label} ${t('teach.field')}`} value={r.key} onChange={(e) => void saveRule(getDb(), { ...r, key: e.target.value })}>
                {dict.map((d) => <option key={d.key} value={d.key}>{d.name}</option>)}
              </select>
            </td>
            <td><input type="checkbox" aria-label={`${r.label} ${t('teach.override')}`} checked={r.override} onChange={(e) => void saveRule(getDb(), { ...r, override: e.target.checked })} /></td>
            <td><button type="button" className="danger" onClick={() => void getDb().rules.delete(r.id)}>{t('teach.remove')}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
