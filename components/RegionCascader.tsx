/** 省 → 市 → 区/县 cascader over the national region data: three linked, labelled selects. */
import { useTranslation } from 'react-i18next';
import { citiesOf, districtsOf, provinces, type RegionValue } from '@/lib/regions';

export function RegionCascader(props: { value: RegionValue; onChange: (v: RegionValue) => void; label: string; idPrefix?: string; error?: string; onBlur?: () => void }) {
  const { t } = useTranslation();
  const v = props.value ?? { province: '', city: '', district: '' };
  const cities = citiesOf(v.province);
  const districts = districtsOf(v.province, v.city);
  return (
    <fieldset className="cascader" role="group" aria-label={props.label}>
      <legend>{props.label}</legend>
      <select aria-label={`${props.label} ${t('ui.province')}`} value={v.province} onBlur={props.onBlur}
        onChange={(e) => props.onChange({ province: e.target.value, city: '', district: '' })}>
        <option value="">{t('ui.province')}</option>
        {provinces().map((p) => <option key={p.code} value={p.name}>{p.name}</option>)}
      </select>
      <select aria-label={`${props.label} ${t('ui.city')}`} value={v.city} disabled={!v.province} onBlur={props.onBlur}
        onChange={(e) => props.onChange({ ...v, city: e.target.value, district: '' })}>
        <option value="">{t('ui.city')}</option>
        {cities.map((c) => <option key={c.code} value={c.name}>{c.name}</option>)}
      </select>
      <select aria-label={`${props.label} ${t('ui.district')}`} value={v.district} disabled={!v.city} onBlur={props.onBlur}
        onChange={(e) => props.onChange({ ...v, district: e.target.value })}>
        <option value="">{t('ui.district')}</option>
        {districts.map((d) => <option key={d.code} value={d.name}>{d.name}</option>)}
      </select>
      {props.error && <small className="error" role="alert">{props.error}</small>}
    </fieldset>
  );
}
