/** The documents (ID card images, licences, certificates…) stored for one record, as Blobs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { DOCUMENT_KINDS, type DocumentKind } from '@/lib/data/codes';
import { getDb } from '@/lib/db';
import type { DocumentMeta } from '@/lib/schema';
import { DocumentError, QuotaError, addDocument, mb } from '@/lib/store';
import { issueText } from '@/lib/i18n';
import { downloadBlob } from '../ui';

const DEFAULT_KINDS: Record<DocumentMeta['ownerType'], DocumentKind> = { entity: 'business-licence', contact: 'id-front', site: 'domain-cert' };

export function DocumentsPanel({ ownerType, ownerId }: { ownerType: DocumentMeta['ownerType']; ownerId: string }) {
  const { t } = useTranslation();
  const docs = useLiveQuery(() => getDb().documents.where('[ownerType+ownerId]').equals([ownerType, ownerId]).toArray(), [ownerType, ownerId]) ?? [];
  const [kind, setKind] = useState<DocumentKind>(DEFAULT_KINDS[ownerType]);
  const [error, setError] = useState('');
  return (
    <section className="documents" aria-label={t('ui.documents')}>
      <h3>{t('ui.documents')}</h3>
      <ul>
        {docs.map((d) => (
          <li key={d.id}>
            <span>{t(`doc.${d.kind}`)}</span> · <span>{d.name}</span> · <span>{mb(d.size)}</span>
            {' '}<button type="button" onClick={() => downloadBlob(d.blob, d.name)}>{t('ui.download')}</button>
            {' '}<button type="button" onClick={() => void getDb().documents.delete(d.id)} aria-label={`${t('ui.delete')} ${d.name}`}>{t('ui.delete')}</button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label>{t('ui.documentKind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{t(`doc.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('ui.addDocument')}{' '}
          <input type="file" accept="image/jpeg,image/png,application/pdf" onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            try {
              await addDocument(getDb(), file, { ownerType, ownerId }, kind);
              setError('');
            } catch (err) {
              if (err instanceof DocumentError) setError(issueText(err.code, err.params));
              else if (err instanceof QuotaError) setError(t('ui.quota'));
              else setError(String(err));
            }
          }} />
        </label>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
