/**
 * The state hook of the gen-19 React apps (antd on React 19; Tea, Arco Design and Fusion Next on React 18): one object in
 * React state, exposed through window.__replica.getState() (file lists reported by name; `view` derives
 * what the app reports from what it holds, e.g. the lines of a textarea).
 */
import { useCallback, useRef, useState } from 'react';
import type { Platform } from '../types';
import { expose, snapshot } from './common';

export type Setter = (key: string, value: unknown) => void;
export type S = Record<string, unknown>;

export function useReplicaState(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const [s, setS] = useState(initial);
  const ref = useRef(s);
  const bump = useRef<(() => void) | null>(null);
  if (!bump.current) bump.current = expose(platform, step, variant, () => snapshot(view(ref.current)));
  const setMany = useCallback((patch: S) => {
    ref.current = { ...ref.current, ...patch };
    setS(ref.current);
    bump.current!();
  }, []);
  const set = useCallback<Setter>((key, value) => setMany({ [key]: value }), [setMany]);
  return { s, set, setMany };
}

/** A click counter key's increment. */
export const clicks = (s: S, set: Setter, key: string) => () => set(key, Number(s[key] ?? 0) + 1);
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
export const arr = <T = string>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
