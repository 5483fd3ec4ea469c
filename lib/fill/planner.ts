/**
 * The fill planner: pure. From a step's form map, what the page showed for each field (a snapshot made
 * by the content script, with no profile data in it) and the fill view, decide per field what to do.
 * It never guesses: a field whose label is ambiguous, whose value the profile lacks or holds invalid,
 * whose option the page does not offer, or that the user already filled differently is not filled.
 */
import type { FieldSpec, StepSpec } from '../forms/types';
import { isDocRef, isOneOf, type FillValue, type FillView } from '../forms/view';
import { norm } from '../text';

export { norm };

export interface FieldSnapshot {
  key: string;
  status: 'found' | 'not-found' | 'ambiguous';
  /** the page's own label text for the field */
  label?: string;
  disabled?: boolean;
  readOnly?: boolean;
  hidden?: boolean;
  /** the value the page shows now ('' / [] / false when empty) */
  current?: string | string[] | boolean;
  /** option texts the page lists, when they can be read without opening anything */
  options?: string[];
}

export type Outcome =
  | 'fill' // will be filled
  | 'already' // the page already holds the profile's value
  | 'missing' // the profile lacks the value (required field)
  | 'invalid' // the profile's value fails validation
  | 'conflict' // the page holds a different, non-empty value: ask 覆盖 / 保留
  | 'not-found' // a required field the map knows is not on the page
  | 'ambiguous' // more than one field carries the label
  | 'locked' // disabled / read-only / hidden with a different value: left alone, flagged
  | 'copied' // filled by the page itself (同主体负责人 ticked)
  | 'no-option' // the page does not offer the profile's value
  | 'too-large' // the document exceeds the page's stated limit
  | 'skip'; // optional and nothing to do

export interface PlanItem {
  key: string;
  label: string;
  widget: FieldSpec['widget'];
  outcome: Outcome;
  /** only for outcome 'fill': what to put in (option texts to accept for choices) */
  value?: FillValue;
  /** for select/radio: acceptable option texts (first preferred) */
  accept?: string[];
  code?: string;
  params?: Record<string, string | number>;
  current?: FieldSnapshot['current'];
  /** the fill-view path (for links into the editor) */
  path: string;
}

export interface PlanOptions {
  /** conflicts the user chose to overwrite (覆盖) */
  overwrite?: readonly string[];
}


/** The option texts that stand for a profile value on this field. */
export function acceptedTexts(spec: FieldSpec, v: FillValue): string[] {
  if (typeof v === 'boolean') return v ? ['是', '有'] : ['否', '无'];
  if (isOneOf(v)) return v.oneOf;
  if (typeof v === 'string') return spec.options?.[v] ?? [v];
  return [];
}

function mapArray(spec: FieldSpec, v: string[]): string[] {
  return v.map((x) => spec.options?.[x]?.[0] ?? x);
}

export function sameValue(spec: FieldSpec, v: FillValue, current: FieldSnapshot['current']): boolean {
  if (current === undefined) return false;
  switch (spec.widget) {
    case 'checkbox':
      return typeof current === 'boolean' && current === v;
    case 'checkbox-group':
    case 'cascader': {
      const want = Array.isArray(v) ? (spec.widget === 'checkbox-group' ? mapArray(spec, v) : v) : [];
      const have = Array.isArray(current) ? current : typeof current === 'string' && current ? current.split(/\s*[/,，、]\s*/) : [];
      if (spec.widget === 'cascader') return norm(want.join('')) === norm(have.join(''));
      return want.length === have.length && want.every((w) => have.some((h) => norm(h) === norm(w)));
    }
    case 'select':
    case 'radio':
      return typeof current === 'string' && acceptedTexts(spec, v).some((t) => norm(t) === norm(current));
    case 'upload':
      return Array.isArray(current) && isDocRef(v) && current.includes(v.name);
    default:
      return typeof current === 'string' && typeof v === 'string' && current.trim() === v.trim();
  }
}

const isEmpty = (c: FieldSnapshot['current']) => c === undefined || c === '' || c === false || (Array.isArray(c) && c.length === 0);

export function planFill(spec: StepSpec, snapshots: FieldSnapshot[], view: FillView, opts: PlanOptions = {}): PlanItem[] {
  const snap = new Map(snapshots.map((s) => [s.key, s]));
  const overwrite = new Set(opts.overwrite ?? []);
  const copied = new Set<string>();
  const items: PlanItem[] = [];

  for (const f of spec.fields) {
    const s = snap.get(f.key) ?? { key: f.key, status: 'not-found' as const };
    const label = s.label ?? f.labels[0]!;
    const base = { key: f.key, label, widget: f.widget, path: f.value, current: s.current };
    const v = view.values[f.value];
    const push = (outcome: Outcome, extra: Partial<PlanItem> = {}) => items.push({ ...base, outcome, ...extra });

    if (copied.has(f.key)) { push('copied'); continue; }
    if (s.status === 'ambiguous') { push('ambiguous'); continue; }
    if (s.status === 'not-found') { push(f.optional || f.absentOk ? 'skip' : 'not-found'); continue; }

    const invalidCode = view.invalid[f.value] ?? view.invalid[`${f.value.split('.')[0]}.${f.value.split('.')[1]}`];
    if (v === undefined) {
      // 长期 unticked with no value, optional fields: nothing to say
      push(f.optional ? 'skip' : 'missing');
      continue;
    }
    if (invalidCode && f.widget !== 'checkbox') { push('invalid', { code: invalidCode }); continue; }

    if (f.widget === 'upload' && isDocRef(v) && f.maxBytes && v.size > f.maxBytes) {
      push('too-large', { code: 'document.tooLarge', params: { size: v.size, max: f.maxBytes } });
      continue;
    }
    if ((f.widget === 'select' || f.widget === 'radio') && s.options?.length) {
      const accept = acceptedTexts(f, v);
      if (!s.options.some((o) => accept.some((a) => norm(a) === norm(o)))) { push('no-option', { code: 'fill.noOption' }); continue; }
    }
    if (f.widget === 'checkbox-group' && Array.isArray(v) && s.options?.length) {
      const missingOpt = mapArray(f, v).filter((x) => !s.options!.some((o) => norm(o) === norm(x)));
      if (missingOpt.length) { push('no-option', { code: 'fill.noOption', params: { options: missingOpt.join('、') } }); continue; }
    }

    const same = sameValue(f, v, s.current);
    const markControlled = () => { for (const k of f.controls ?? []) copied.add(k); };
    if (same) {
      push('already');
      if (f.widget === 'checkbox' && v === true) markControlled();
      continue;
    }
    if (s.disabled || s.readOnly || s.hidden) { push('locked', { code: 'fill.locked' }); continue; }
    if (f.widget === 'checkbox' && v === false) {
      // Never untick what the page or the user ticked; a ticked 同主体负责人 that the profile does not want is a conflict.
      if (s.current === true && !overwrite.has(f.key)) { push('conflict'); continue; }
      if (s.current === true) { push('fill', { value: false }); continue; }
      push('skip');
      continue;
    }
    if (!isEmpty(s.current) && !overwrite.has(f.key)) { push('conflict'); continue; }
    push('fill', { value: v, ...(f.widget === 'select' || f.widget === 'radio' ? { accept: acceptedTexts(f, v) } : {}), ...(f.widget === 'checkbox-group' && Array.isArray(v) ? { value: mapArray(f, v) } : {}) });
    if (f.widget === 'checkbox' && v === true) markControlled();
  }
  // A field filled by the page's 同主体负责人 copy is decided after the checkbox: re-mark items planned earlier.
  return items.map((it) => (copied.has(it.key) && it.outcome !== 'copied' ? { ...it, outcome: 'copied' as const, value: undefined, accept: undefined } : it));
}

/** Counts per outcome (report headers, bench and demo tables). */
export function summarize(items: PlanItem[]): Record<Outcome, number> {
  const out = Object.fromEntries(['fill', 'already', 'missing', 'invalid', 'conflict', 'not-found', 'ambiguous', 'locked', 'copied', 'no-option', 'too-large', 'skip'].map((k) => [k, 0])) as Record<Outcome, number>;
  for (const i of items) out[i.outcome]++;
  return out;
}
