/**
 * React side shared by the provider replicas built with React libraries (TDesign, Tea, Arco, antd):
 * one store of values (React state, mirrored synchronously for getState) and the 长期 → end-date rule.
 * Bundled once per library app; `react` resolves to React 18 for Tea (index.ts aliases it).
 */
import { useRef, useState } from 'react';
import { FIELDS, initialValues, install, type Values } from './page';

/** The values after setting `key` (ticking a 长期 box clears the dates it disables). */
function apply(prev: Values, key: string, val: Values[string]): Values {
  const next: Values = { ...prev, [key]: val };
  if (val === true) for (const f of FIELDS) if (f.disabledBy === key) next[f.key] = f.widget === 'daterange' ? ['', ''] : '';
  return next;
}

let installed: ReturnType<typeof install> | undefined;
let store: Values = initialValues();

export function useValues(): { values: Values; set: (key: string, val: Values[string]) => void; click: (label: string) => void } {
  const [values, setValues] = useState<Values>(store);
  installed ??= install(() => store);
  const api = installed;
  const set = useRef((key: string, val: Values[string]) => {
    store = apply(store, key, val);
    api.api.changes++;
    setValues(store);
  }).current;
  return { values, set, click: api.count };
}

/** Dates and ranges in the store are strings; empty parts are ''. */
export const str = (v: Values[string] | undefined): string => (typeof v === 'string' ? v : '');
export const arr = (v: Values[string] | undefined): string[] => (Array.isArray(v) ? v : []);
export const range = (v: Values[string] | undefined): [string, string] => {
  const a = arr(v);
  return [a[0] ?? '', a[1] ?? ''];
};
