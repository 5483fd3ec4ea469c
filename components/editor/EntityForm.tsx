import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { Controller, useWatch, useFormContext } from 'react-hook-form';
import { ENTITY_NATURE_LABELS, certTypesForNature, type EntityNature } from '@/lib/data/codes';
import { getDb } from '@/lib/db';
import { byName } from '@/lib/store';
import type { Entity, LegalRep, RegisteredAddress } from '@/lib/schema';
import { issueText } from '@/lib/i18n';
import { errText } from '../ui';
import { formatIssue } from '@/lib/validators/messages';
import { expiryIssues, validateCertNumber } from '@/lib/validators';
import { AddressInput, CheckboxInput, RegionInput, SelectInput, TextInput, TriState } from './fields';

export function EntityFields() {
  const { t } = useTranslation();
  const { setValue, control } = useFormContext<Entity>();
  const kind = useWatch({ control, name: 'kind' });
  const nature = useWatch({ control, name: 'nature' }) as EntityNature;
  const contacts = useLiveQuery(() => getDb().contacts.toArray().then(byName), []) ?? [];
  const unit = kind === '单位';
  return (
    <>
      <ReviewNotice />
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
      <AddressInput name="certAddress" label={t('field.certAddress')} required />
      <RegionInput name="region" label={t('field.region')} required />
      <AddressInput name="mailingAddress" label={t('field.mailingAddress')} required />
      {unit && (
        <>
          <TextInput name="investor" label={t('field.investor')} required />
          <LegalRepInput contacts={contacts} />
          <RegisteredAddressInput />
          <AddressInput name="officeAddress" label={t('field.officeAddress')} required />
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

/** 法定代表人: a person of the profile (name and ID come from them) or a name alone. */
function LegalRepInput({ contacts }: { contacts: { id: string; name: string; certType: string; certNumber: string }[] }) {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<Entity>();
  const label = t('field.legalRep');
  // read here, not in the render callback, so that this component follows the errors
  const nameError = errText((formState.errors.legalRep as { name?: unknown } | undefined)?.name);
  return (
    <Controller control={control} name="legalRep" render={({ field }) => {
      const v = field.value as LegalRep;
      const person = v.kind === 'contact' ? contacts.find((c) => c.id === v.contactId) : undefined;
      return (
        <fieldset className="legal-rep" data-field="legalRep" aria-label={label}>
          <legend>{label}<span className="req" aria-hidden="true"> *</span></legend>
          <select aria-label={`${label} ${t('ui.chooseContact')}`} value={v.kind === 'contact' ? v.contactId : v.kind === 'name' ? '__name' : ''} onBlur={field.onBlur}
            onChange={(e) => field.onChange(
              e.target.value === '' ? { kind: 'none' } : e.target.value === '__name' ? { kind: 'name', name: person?.name ?? '' } : { kind: 'contact', contactId: e.target.value },
            )}>
            <option value="">{t('ui.legalRepNone')}</option>
            {contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            <option value="__name">{t('ui.legalRepName')}</option>
          </select>
          {v.kind === 'contact' && !person && contacts.length > 0 && <small className="error" role="alert">{issueText('import.danglingRef')}</small>}
          {person && <small className="hint">{person.certType} {person.certNumber ? `${person.certNumber.slice(0, 4)}…${person.certNumber.slice(-4)}` : ''}</small>}
          {v.kind === 'name' && (
            <>
              <input aria-label={`${label} ${t('field.contactName')}`} aria-invalid={!!nameError} maxLength={64} {...register('legalRep.name')} />
              {nameError && <small className="error" role="alert">{nameError}</small>}
            </>
          )}
        </fieldset>
      );
    }} />
  );
}

/** 单位注册地址: "同证件住所" (a link, not a copy) or an address of its own. */
function RegisteredAddressInput() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<Entity>();
  const v = useWatch({ control, name: 'registeredAddress' }) as RegisteredAddress;
  const label = t('field.registeredAddress');
  return (
    <fieldset className="registered-address" data-field="registeredAddress" aria-label={label}>
      <legend>{label}</legend>
      <label><input type="checkbox" checked={v.sameAsCert} onChange={(e) => setValue('registeredAddress',
        e.target.checked ? { sameAsCert: true } : { sameAsCert: false, region: { province: '', city: '', district: '' }, detail: '' },
        { shouldDirty: true, shouldValidate: true })} /> {t('ui.sameAsCert')}</label>
      {!v.sameAsCert && <AddressInput name="registeredAddress" label={label} required />}
    </fieldset>
  );
}

/**
 * Fields an upgrade converted without certainty (entity.needsReview): listed at the top; a field leaves
 * the list when the filer changes it or marks it checked.
 */
function ReviewNotice() {
  const { t } = useTranslation();
  const { control, setValue, getValues } = useFormContext<Entity>();
  const paths = (useWatch({ control, name: 'needsReview' }) ?? []) as string[];
  const watched = useWatch({ control, name: ['certAddress', 'mailingAddress', 'legalRep'] });
  const initial = useRef(JSON.stringify(watched));
  const done = (path: string) => setValue('needsReview', (getValues('needsReview') ?? []).filter((p) => p !== path), { shouldDirty: true });
  useEffect(() => {
    const before = JSON.parse(initial.current) as unknown[];
    (['certAddress', 'mailingAddress', 'legalRep'] as const).forEach((f, i) => {
      if (paths.includes(f) && JSON.stringify(watched[i]) !== JSON.stringify(before[i])) done(f);
    });
  }, [JSON.stringify(watched)]);
  if (!paths.length) return null;
  return (
    <div className="review" role="note" aria-label={t('ui.review')}>
      <p>{t('ui.review')}</p>
      <ul>
        {paths.map((p) => (
          <li key={p} data-review={p}>
            <a href={`#${p}`} onClick={(e) => { e.preventDefault(); document.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"] :is(input, select, textarea)`)?.focus(); }}>{t(`field.${p}`)}</a>
            {' '}<small>{issueText(p === 'legalRep' ? 'review.legalRep' : 'review.address')}</small>
            {' '}<button type="button" onClick={() => done(p)}>{t('ui.reviewed')}</button>
          </li>
        ))}
      </ul>
    </div>
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
