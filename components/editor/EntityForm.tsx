import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWatch, useFormContext } from 'react-hook-form';
import { ENTITY_NATURE_LABELS, certTypesForNature, type EntityNature } from '@/lib/data/codes';
import { getDb } from '@/lib/db';
import { byName } from '@/lib/store';
import type { Entity } from '@/lib/schema';
import { formatIssue } from '@/lib/validators/messages';
import { expiryIssues, validateCertNumber } from '@/lib/validators';
import { CheckboxInput, RegionInput, SelectInput, TextInput, TriState } from './fields';

export function EntityFields() {
  const { t } = useTranslation();
  const { setValue, control } = useFormContext<Entity>();
  const kind = useWatch({ control, name: 'kind' });
  const nature = useWatch({ control, name: 'nature' }) as EntityNature;
  const contacts = useLiveQuery(() => getDb().contacts.toArray().then(byName), []) ?? [];
  const unit = kind === '单位';
  return (
    <>
      <fieldset className="kind-radio" data-field="kind">
        <legend>{t('field.kind')}</legend>
        {(['个人', '单位'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => {
              setValue('kind', k, { shouldDirty: true, shouldValidate: true });
              setValue('nature', k === '个人' ? '个人' : '企业', { shouldDirty: true, shouldValidate: true });
              setValue('certType', k === '个人' ? '居民身份证' : '', { shouldDirty: true, shouldValidate: true });
            }} /> {k}
          </label>
        ))}
      </fieldset>
      <SelectInput name="nature" label={t('field.nature')} required
        options={unit ? ENTITY_NATURE_LABELS.filter((n) => n !== '个人') : ['个人']}
        onChanged={() => setValue('certType', '', { shouldValidate: true })} />
      <TextInput name="name" label={t('field.name')} required />
      <SelectInput name="certType" label={t('field.certType')} required emptyLabel="" options={certTypesForNature(nature ?? '企业')} />
      <TextInput name="certNumber" label={t('field.certNumber')} required />
      <CertWarnings />
      <div className="row">
        <TextInput name="certValidFrom" type="date" label={t('field.certValidFrom')} />
        <TextInput name="certValidTo" type="date" label={t('field.certValidTo')} />
        <CheckboxInput name="certLongTerm" label={t('ui.longTerm')} />
      </div>
      <TextInput name="certAddress" label={t('field.certAddress')} required multiline />
      <RegionInput name="region" label={t('field.region')} required />
      <TextInput name="mailingAddress" label={t('field.mailingAddress')} required multiline />
      {unit && (
        <>
          <TextInput name="investor" label={t('field.investor')} required />
          <TextInput name="legalRep" label={t('field.legalRep')} required />
          <RegionInput name="officeAddress.region" label={t('field.officeAddress')} />
          <TextInput name="officeAddress.detail" label={`${t('field.officeAddress')} ${t('field.detail')}`} />
        </>
      )}
      <SelectInput name="principalId" label={t('field.principalId')} required emptyLabel={t('ui.noneContact')}
        options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
      <TriState name="usesGenAI" label={t('field.usesGenAI')} />
      <div className="row">
        <TextInput name="icpEntityNumber" label={t('field.icpEntityNumber')} placeholder="浙ICP备12345678号" />
        <TextInput name="icpEntityApprovedAt" type="date" label={t('field.icpEntityApprovedAt')} />
      </div>
      <TextInput name="remark" label={t('field.remark')} multiline />
    </>
  );
}

/** Warnings that do not block saving: ID holder under 18, certificate expiring soon. */
export function CertWarnings() {
  const { control } = useFormContext();
  const { i18n } = useTranslation();
  const [certType, certNumber, validTo, longTerm] = useWatch({ control, name: ['certType', 'certNumber', 'certValidTo', 'certLongTerm'] }) as [string, string, string, boolean];
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const warnings = [
    ...(certNumber ? validateCertNumber(certType || '居民身份证', certNumber).issues.filter((i) => i.severity === 'warning') : []),
    ...expiryIssues(validTo || undefined, !!longTerm),
  ];
  if (!warnings.length) return null;
  return <ul className="warnings" aria-label="warnings">{warnings.map((w) => <li key={w.code} className={w.severity}>{formatIssue(w, lang)}</li>)}</ul>;
}
