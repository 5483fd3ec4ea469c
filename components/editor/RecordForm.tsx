/**
 * The shell every record form shares: react-hook-form with the record's zod schema (validated as the
 * user types), save with conflict / quota handling, dirty tracking for the unsaved-changes guard.
 */
import { useEffect, type ReactNode } from 'react';

export interface FormStatus { kind: 'ok' | 'error' | 'conflict'; text: string }
import { FormProvider, useForm, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db';
import { ConflictError, QuotaError, SCHEMAS, ValidationError, saveRecord, type AnyRecord, type RecordKind } from '@/lib/store';

export function RecordForm<T extends AnyRecord>(props: {
  kind: RecordKind;
  record: T;
  onDirty: (dirty: boolean) => void;
  onSaved: (rec: T) => void;
  actions: ReactNode;
  children: (form: UseFormReturn<T & FieldValues>) => ReactNode;
  focusField?: string;
  /** Kept by the parent so that it survives the form's remount after a save. */
  status: FormStatus | null;
  setStatus: (s: FormStatus | null) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<T & FieldValues>({
    // The schema's messages are issue codes; the inputs translate them.
    resolver: zodResolver(SCHEMAS[props.kind] as never) as unknown as Resolver<T & FieldValues>,
    mode: 'onChange',
    defaultValues: props.record as never,
  });
  const { status, setStatus } = props;
  const { isDirty, errors } = form.formState;

  useEffect(() => props.onDirty(isDirty), [isDirty]);
  useEffect(() => {
    if (!props.focusField) return;
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(props.focusField)}"] :is(input, select, textarea)`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  }, [props.focusField]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      try {
        const saved = (await saveRecord(getDb(), props.kind, values)) as T;
        form.reset(saved as never);
        setStatus({ kind: 'ok', text: t('ui.saved') });
        props.onSaved(saved);
      } catch (e) {
        if (e instanceof ConflictError) setStatus({ kind: 'conflict', text: t('ui.conflict') });
        else if (e instanceof QuotaError) setStatus({ kind: 'error', text: t('ui.quota') });
        else if (e instanceof ValidationError) setStatus({ kind: 'error', text: t('ui.fixErrors', { count: e.issues.length }) });
        else setStatus({ kind: 'error', text: String(e) });
      }
    },
    () => setStatus({ kind: 'error', text: t('ui.fixErrors', { count: countErrors(form.formState.errors) }) }),
  );

  return (
    <FormProvider {...form}>
      <form className="record-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={props.record.name}
        onKeyDown={(e) => { if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); void onSubmit(); } }}>
        <div className="form-actions">
          <button type="submit" className="primary">{t('ui.save')}</button>
          {props.actions}
          {status && <span role="status" className={`status ${status.kind}`}>{status.text}</span>}
          {!status && Object.keys(errors).length > 0 && <span className="status error">{t('ui.fixErrors', { count: countErrors(errors) })}</span>}
        </div>
        {props.children(form)}
      </form>
    </FormProvider>
  );
}

function countErrors(errors: object): number {
  let n = 0;
  const walk = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    if ('message' in o && typeof (o as { message: unknown }).message === 'string') { n++; return; }
    for (const v of Object.values(o)) walk(v);
  };
  walk(errors);
  return Math.max(n, 1);
}
