import { useTranslation } from 'react-i18next';
import { PERSON_CERT_TYPES } from '@/lib/data/codes';
import { CertWarnings } from './EntityForm';
import { CheckboxInput, RegionInput, SelectInput, TextInput } from './fields';

export function ContactFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextInput name="name" label={t('field.contactName')} required />
      <SelectInput name="certType" label={t('field.certType')} required options={PERSON_CERT_TYPES} />
      <TextInput name="certNumber" label={t('field.certNumber')} required />
      <CertWarnings />
      <div className="row">
        <TextInput name="certValidFrom" type="date" label={t('field.certValidFrom')} />
        <TextInput name="certValidTo" type="date" label={t('field.certValidTo')} />
        <CheckboxInput name="certLongTerm" label={t('ui.longTerm')} />
      </div>
      <div className="row">
        <TextInput name="mobile" type="tel" label={t('field.mobile')} required />
        <TextInput name="emergencyPhone" type="tel" label={t('field.emergencyPhone')} required />
      </div>
      <div className="row">
        <TextInput name="landline" type="tel" label={t('field.landline')} placeholder="0571-88888888" />
        <TextInput name="email" type="email" label={t('field.email')} required />
      </div>
      <RegionInput name="address.region" label={t('field.address')} />
      <TextInput name="address.detail" label={`${t('field.address')} ${t('field.detail')}`} />
      <TextInput name="remark" label={t('field.remark')} multiline />
    </>
  );
}
