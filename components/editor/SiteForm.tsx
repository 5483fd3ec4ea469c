import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import {
  ACCESS_METHODS, INTERACTIVE_SERVICE_KINDS, JURISDICTIONS, PRE_APPROVAL_ITEMS, PSB_SITE_CATEGORIES, SERVICE_TYPES, SITE_CONTENT_TYPES, SITE_LANGUAGES,
} from '@/lib/data/codes';
import { PROVIDERS, providerById } from '@/lib/data/providers';
import { getDb } from '@/lib/db';
import { byName } from '@/lib/store';
import type { ContactRef, Site } from '@/lib/schema';
import { siteNameWarnings } from '@/lib/validators';
import { formatIssue } from '@/lib/validators/messages';
import { LinesInput, OptionsInput, RegionInput, SelectInput, SuggestInput, TextInput, TriState } from './fields';

export function SiteFields() {
  const { t } = useTranslation();
  const entities = useLiveQuery(() => getDb().entities.toArray().then(byName), []) ?? [];
  return (
    <>
      <SelectInput name="entityId" label={t('field.entityId')} emptyLabel={t('ui.none')} options={entities.map((e) => ({ value: e.id, label: e.name }))} />
      <TextInput name="name" label={t('field.siteName')} required />
      <SiteNameWarnings />
      <LinesInput name="domains" label={t('field.domains')} required hint={t('ui.domainsHint')} />
      <TextInput name="homeUrl" label={t('field.homeUrl')} placeholder="www.example.com" />
      <LinesInput name="ips" label={t('field.ips')} required hint={t('ui.ipsHint')} />
      <TextInput name="filingServiceCode" label={t('field.filingServiceCode')} hint={t('ui.filingServiceCodeHint')} />
      <SuggestInput name="serviceType" label={t('field.serviceType')} options={SERVICE_TYPES} />
      <OptionsInput name="languages" label={t('field.languages')} required options={SITE_LANGUAGES} />
      <OptionsInput name="contentTypes" label={t('field.contentTypes')} required options={SITE_CONTENT_TYPES} />
      <PreApprovals />
      <h3>{t('ui.contacts')}</h3>
      <ContactRefInput name="webPrincipal" label={t('field.webPrincipal')} />
      <ContactRefInput name="securityOfficer" label={t('field.securityOfficer')} />
      <ContactRefInput name="emergencyContact" label={t('field.emergencyContact')} />
      <ProviderBlock role="access" />
      <ProviderBlock role="registrar" />
      <h3>公安</h3>
      <div className="row">
        <TextInput name="domainCertFrom" type="date" label={t('field.domainCertFrom')} />
        <TextInput name="domainCertTo" type="date" label={t('field.domainCertTo')} />
      </div>
      <TriState name="interactive" label={t('field.interactive')} required />
      <InteractiveKinds />
      <SelectInput name="psbCategory" label={t('field.psbCategory')} emptyLabel="" options={PSB_SITE_CATEGORIES.map((c) => ({ value: c.code, label: `${c.code} ${c.label}${c.confidence === 'INF' ? '（待核实）' : ''}` }))} />
      <TriState name="dangerousGoods" label={t('field.dangerousGoods')} />
      <div className="row">
        <TextInput name="openedAt" type="date" label={t('field.openedAt')} required />
        <TextInput name="icpSiteNumber" label={t('field.icpSiteNumber')} placeholder="浙ICP备12345678号-1" />
        <TextInput name="psbNumber" label={t('field.psbNumber')} placeholder="浙公网安备33010602009975号" />
      </div>
      <TextInput name="remark" label={t('field.remark')} multiline />
    </>
  );
}

/** 交互服务类型: asked when 是否提供互联网交互服务 = 是; suggestions [INF] plus the page's own words. */
function InteractiveKinds() {
  const { t } = useTranslation();
  const { control } = useFormContext<Site>();
  const interactive = useWatch({ control, name: 'interactive' });
  if (interactive !== true) return null;
  return <OptionsInput name="interactiveKinds" label={t('field.interactiveKinds')} required options={INTERACTIVE_SERVICE_KINDS} hint={t('ui.interactiveKindsHint')} />;
}

function SiteNameWarnings() {
  const { control } = useFormContext<Site>();
  const { i18n } = useTranslation();
  const [name, entityId, pre] = useWatch({ control, name: ['name', 'entityId', 'preApprovals'] });
  const entity = useLiveQuery(() => (entityId ? getDb().entities.get(entityId) : undefined), [entityId]);
  const ws = name ? siteNameWarnings(name, { entityKind: entity?.kind ?? '单位', preApprovals: (pre ?? []).map((p) => p.item) }) : [];
  if (!ws.length) return null;
  return <ul className="warnings" aria-label="site name warnings">{ws.map((w, i) => <li key={i} className="warning">{formatIssue(w, i18n.language === 'en' ? 'en' : 'zh')}</li>)}</ul>;
}

function PreApprovals() {
  const { t } = useTranslation();
  const { control, register } = useFormContext<Site>();
  const [custom, setCustom] = useState('');
  return (
    <Controller control={control} name="preApprovals" render={({ field }) => {
      const items = field.value ?? [];
      const listed: readonly string[] = PRE_APPROVAL_ITEMS;
      const shown = [...listed, ...items.map((a) => a.item).filter((x) => !listed.includes(x))];
      const add = () => {
        const w = custom.trim();
        if (w && !items.some((a) => a.item === w)) field.onChange([...items, { item: w, approvalNumber: '' }]);
        setCustom('');
      };
      return (
        <fieldset className="multi" data-field="preApprovals">
          <legend>{t('field.preApprovals')}</legend>
          <div className="custom-option">
            <input aria-label={`${t('field.preApprovals')} ${t('ui.customOption')}`} placeholder={t('ui.customOption')} value={custom} maxLength={64}
              onChange={(e) => setCustom(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
            <button type="button" onClick={add} disabled={!custom.trim()}>{t('ui.addOption')}</button>
          </div>
          {shown.map((item) => {
            const idx = items.findIndex((a) => a.item === item);
            return (
              <div key={item} className="pre">
                <label><input type="checkbox" checked={idx >= 0} onChange={(e) => field.onChange(
                  e.target.checked ? [...items, { item, approvalNumber: '' }] : items.filter((a) => a.item !== item),
                )} /> {item}{!listed.includes(item) && <small>（{t('ui.unlisted')}）</small>}</label>
                {idx >= 0 && <input aria-label={`${item} ${t('field.approvalNumber')}`} {...register(`preApprovals.${idx}.approvalNumber` as const)} />}
              </div>
            );
          })}
        </fieldset>
      );
    }} />
  );
}

/** A site role: 同主体负责人 (a link to the entity's principal, not a copy) or a chosen person. */
function ContactRefInput({ name, label }: { name: 'webPrincipal' | 'securityOfficer' | 'emergencyContact'; label: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<Site>();
  const contacts = useLiveQuery(() => getDb().contacts.toArray().then(byName), []) ?? [];
  return (
    <Controller control={control} name={name} render={({ field }) => {
      const v = field.value as ContactRef;
      return (
        <fieldset className="contact-ref" data-field={name} aria-label={label}>
          <legend>{label}</legend>
          <label><input type="checkbox" checked={v.kind === 'principal'}
            onChange={(e) => field.onChange(e.target.checked ? { kind: 'principal' } : { kind: 'none' })} /> {t('ui.sameAsPrincipal')}</label>
          {v.kind !== 'principal' && (
            <select aria-label={`${label} ${t('ui.chooseContact')}`} value={v.kind === 'contact' ? v.contactId : ''}
              onChange={(e) => field.onChange(e.target.value ? { kind: 'contact', contactId: e.target.value } : { kind: 'none' })}>
              <option value="">{t('ui.noneContact')}</option>
              {contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </fieldset>
      );
    }} />
  );
}

/** Access provider / registrar: pick from the built-in directory (values copied, stay editable). */
function ProviderBlock({ role }: { role: 'access' | 'registrar' }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext<Site>();
  const base = role === 'access' ? 'accessProvider' : 'registrar';
  const pick = (id: string) => {
    const p = providerById(id);
    const opts = { shouldDirty: true, shouldValidate: true } as const;
    setValue(`${base}.providerId`, id, opts);
    if (!p) return;
    setValue(`${base}.name`, p.name.value, opts);
    setValue(`${base}.jurisdiction`, p.jurisdiction.value, opts);
    setValue(`${base}.region`, p.region?.value ?? { province: '', city: '', district: '' }, opts);
    setValue(`${base}.phone`, p.phone?.value ?? '', opts);
    if (role === 'access') {
      setValue('accessProvider.code', p.code?.value ?? '', opts);
      setValue('accessProvider.accessMethod', (p.accessMethods?.value[0] ?? '') as Site['accessProvider']['accessMethod'], opts);
    }
  };
  const { control } = useFormContext<Site>();
  const providerId = useWatch({ control, name: `${base}.providerId` });
  const entry = providerById(providerId);
  return (
    <fieldset className="provider" data-field={base}>
      <legend>{t(`field.${base}`)}</legend>
      <label>{t('ui.provider')}{' '}
        <select aria-label={`${t(`field.${base}`)} ${t('ui.provider')}`} value={providerId} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('ui.providerCustom')}</option>
          {PROVIDERS.filter((p) => p.role === role).map((p) => <option key={p.id} value={p.id}>{p.name.value}</option>)}
        </select>
      </label>
      {entry && (
        <small className="hint">
          {t('ui.confidence')}: {[entry.name, entry.region, entry.phone, entry.code].filter(Boolean).map((s) => s!.confidence).join(' / ')}
          {[entry.name, entry.region, entry.phone, entry.code].some((s) => s && (s.confidence === 'BRIEF' || s.confidence === 'INF')) && ' — 部分取值未经公开来源确认，请核对'}
        </small>
      )}
      <TextInput name={`${base}.name`} label={`${t(`field.${base}`)}${t('field.providerName')}`} />
      <SelectInput name={`${base}.jurisdiction`} label={t('field.jurisdiction')} options={JURISDICTIONS} />
      <RegionInput name={`${base}.region`} label={`${t(`field.${base}`)}${t('field.providerRegion')}`} />
      {role === 'access' && <TextInput name="accessProvider.code" label={t('field.providerCode')} />}
      <TextInput name={`${base}.phone`} label={`${t(`field.${base}`)}${t('field.providerPhone')}`} />
      {role === 'access' && <SuggestInput name="accessProvider.accessMethod" label={t('field.accessMethod')} options={ACCESS_METHODS} />}
    </fieldset>
  );
}
