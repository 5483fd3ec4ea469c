/** react-hook-form bound inputs for the editor forms (labels, errors, accessibility in one place). */
import { useState } from 'react';
import { Controller, useFormContext, useWatch, get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addressLine, type AddressValue } from '@/lib/address';
import { FieldRow, errText } from '../ui';
import { RegionCascader } from '../RegionCascader';

type Common = { name: string; label: string; required?: boolean; hint?: string };

function useErr(name: string) {
  const { formState } = useFormContext();
  return errText(get(formState.errors, name));
}

export function TextInput(p: Common & { type?: string; multiline?: boolean; placeholder?: string; autoComplete?: string }) {
  const { register } = useFormContext();
  const error = useErr(p.name);
  return (
    <FieldRow label={p.label} required={p.required} error={error} hint={p.hint} name={p.name}>
      {(id, describedBy) =>
        p.multiline ? (
          <textarea id={id} rows={2} aria-invalid={!!error} aria-describedby={describedBy} {...register(p.name)} />
        ) : (
          <input id={id} type={p.type ?? 'text'} placeholder={p.placeholder} autoComplete={p.autoComplete ?? 'off'} aria-invalid={!!error} aria-describedby={describedBy} {...register(p.name)} />
        )
      }
    </FieldRow>
  );
}

export type Opt = string | { value: string; label: string };
export function SelectInput(p: Common & { options: readonly Opt[]; emptyLabel?: string; onChanged?: (v: string) => void }) {
  // Controlled (not register): options that load later (people, entities) still show the stored value.
  const { control } = useFormContext();
  const error = useErr(p.name);
  return (
    <Controller control={control} name={p.name} render={({ field }) => (
      <FieldRow label={p.label} required={p.required} error={error} hint={p.hint} name={p.name}>
        {(id, describedBy) => (
          <select id={id} aria-invalid={!!error} aria-describedby={describedBy} name={field.name} ref={field.ref} value={field.value ?? ''} onBlur={field.onBlur}
            onChange={(e) => { field.onChange(e.target.value); p.onChanged?.(e.target.value); }}>
            {p.emptyLabel !== undefined && <option value="">{p.emptyLabel}</option>}
            {p.options.map((o) => typeof o === 'string' ? <option key={o} value={o}>{o}</option> : <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )}
      </FieldRow>
    )} />
  );
}

export function CheckboxInput(p: Common) {
  const { register } = useFormContext();
  return (
    <div className="field check" data-field={p.name}>
      <label><input type="checkbox" {...register(p.name)} /> {p.label}</label>
    </div>
  );
}

/** 是 / 否 / 未选择 for a nullable boolean. */
export function TriState(p: Common) {
  const { control } = useFormContext();
  const { t } = useTranslation();
  const error = useErr(p.name);
  return (
    <Controller control={control} name={p.name} render={({ field }) => (
      <FieldRow label={p.label} required={p.required} error={error} name={p.name}>
        {(id) => (
          <select id={id} value={field.value === true ? 'yes' : field.value === false ? 'no' : ''}
            onChange={(e) => field.onChange(e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)} onBlur={field.onBlur}>
            <option value="">{t('ui.unanswered')}</option>
            <option value="yes">{t('ui.yes')}</option>
            <option value="no">{t('ui.no')}</option>
          </select>
        )}
      </FieldRow>
    )} />
  );
}

export function RegionInput(p: Common) {
  const { control } = useFormContext();
  const error = useErr(p.name);
  return (
    <div className="field" data-field={p.name}>
      <Controller control={control} name={p.name} render={({ field }) => (
        <RegionCascader label={p.label} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error} />
      )} />
    </div>
  );
}

/** A string[] edited as one line per item (domains, IPs). */
export function LinesInput(p: Common) {
  const { control } = useFormContext();
  const error = useErr(p.name);
  return (
    <Controller control={control} name={p.name} render={({ field }) => (
      <FieldRow label={p.label} required={p.required} error={error} hint={p.hint} name={p.name}>
        {(id, describedBy) => (
          <LinesTextarea id={id} describedBy={describedBy} invalid={!!error} value={field.value as string[]} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      </FieldRow>
    )} />
  );
}
function LinesTextarea(p: { id: string; describedBy?: string; invalid: boolean; value: string[]; onChange: (v: string[]) => void; onBlur: () => void }) {
  // Keep the raw text so typing a newline is not swallowed; the form value is the non-empty lines.
  const joined = (p.value ?? []).join('\n');
  return (
    <textarea id={p.id} rows={3} aria-invalid={p.invalid} aria-describedby={p.describedBy} defaultValue={joined}
      onChange={(e) => p.onChange(e.target.value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))} onBlur={p.onBlur} />
  );
}

/** A group of checkboxes for a string[] field. */
export function MultiCheck(p: Common & { options: readonly string[] }) {
  const { control } = useFormContext();
  const error = useErr(p.name);
  return (
    <Controller control={control} name={p.name} render={({ field }) => {
      const v = new Set<string>(field.value ?? []);
      return (
        <fieldset className="multi" data-field={p.name}>
          <legend>{p.label}{p.required && <span className="req" aria-hidden="true"> *</span>}</legend>
          {p.options.map((o) => (
            <label key={o}><input type="checkbox" checked={v.has(o)} onChange={(e) => {
              const next = new Set(v);
              if (e.target.checked) next.add(o); else next.delete(o);
              field.onChange(p.options.filter((x) => next.has(x)));
            }} /> {o}</label>
          ))}
          {error && <small className="error" role="alert">{error}</small>}
        </fieldset>
      );
    }} />
  );
}

/**
 * An address: the 省/市/区 cascader over the national data + the detail; the one line some forms ask
 * for is derived and shown below (never stored).
 */
export function AddressInput(p: Common) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const value = useWatch({ control, name: p.name }) as AddressValue | undefined;
  const line = addressLine(value);
  return (
    <div className="address" data-field={p.name}>
      <RegionInput name={`${p.name}.region`} label={p.label} required={p.required} />
      <TextInput name={`${p.name}.detail`} label={`${p.label} ${t('field.detail')}`} required={p.required} multiline hint={line ? `${t('ui.oneLine')}：${line}` : p.hint} />
    </div>
  );
}

/** A single option: the built-in suggestions in a list, any other wording typed as the page has it. */
export function SuggestInput(p: Common & { options: readonly string[] }) {
  const { register, control } = useFormContext();
  const { t } = useTranslation();
  const error = useErr(p.name);
  const value = useWatch({ control, name: p.name }) as string | undefined;
  const listId = `${p.name.replace(/\W/g, '-')}-options`;
  const unlisted = !!value && !p.options.includes(value);
  return (
    <FieldRow label={p.label} required={p.required} error={error} hint={unlisted ? `“${value}” ${t('ui.unlisted')}` : p.hint} name={p.name}>
      {(id, describedBy) => (
        <>
          <input id={id} list={listId} autoComplete="off" aria-invalid={!!error} aria-describedby={describedBy} {...register(p.name)} />
          <datalist id={listId}>{p.options.map((o) => <option key={o} value={o} />)}</datalist>
        </>
      )}
    </FieldRow>
  );
}

/**
 * A string[] of option values: the built-in suggestions as checkboxes, values outside them (kept as
 * stored, marked) and a box to add the page's own wording.
 */
export function OptionsInput(p: Common & { options: readonly string[] }) {
  const { control } = useFormContext();
  const { t } = useTranslation();
  const error = useErr(p.name);
  const [custom, setCustom] = useState('');
  return (
    <Controller control={control} name={p.name} render={({ field }) => {
      const current: string[] = field.value ?? [];
      const v = new Set(current);
      const extra = current.filter((x) => !p.options.includes(x));
      // suggestions in list order first (the first value is the form's 主要 value), then the filer's own
      const commit = (next: Set<string>, extras: string[]) => field.onChange([...p.options.filter((x) => next.has(x)), ...extras.filter((x) => next.has(x))]);
      const add = () => {
        const w = custom.trim();
        if (!w) return;
        if (!v.has(w)) commit(new Set([...v, w]), p.options.includes(w) ? extra : [...extra, w]);
        setCustom('');
      };
      return (
        <fieldset className="multi" data-field={p.name}>
          <legend>{p.label}{p.required && <span className="req" aria-hidden="true"> *</span>}</legend>
          {p.hint && <small className="hint">{p.hint}</small>}
          {p.options.map((o) => (
            <label key={o}><input type="checkbox" checked={v.has(o)} onChange={(e) => {
              const next = new Set(v);
              if (e.target.checked) next.add(o); else next.delete(o);
              commit(next, extra);
            }} /> {o}</label>
          ))}
          {extra.map((o) => (
            <label key={`x-${o}`} className="unlisted" title={t('ui.unlisted')}><input type="checkbox" checked onChange={() => {
              const next = new Set(v);
              next.delete(o);
              commit(next, extra);
            }} /> {o} <small>（{t('ui.unlisted')}）</small></label>
          ))}
          <div className="custom-option">
            <input aria-label={`${p.label} ${t('ui.customOption')}`} placeholder={t('ui.customOption')} value={custom} maxLength={64}
              onChange={(e) => setCustom(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
            <button type="button" onClick={add} disabled={!custom.trim()}>{t('ui.addOption')}</button>
            <small className="hint">{t('ui.customOptionHint')}</small>
          </div>
          {error && <small className="error" role="alert">{error}</small>}
        </fieldset>
      );
    }} />
  );
}
