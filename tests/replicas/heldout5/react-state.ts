/**
 * The React side of a gen-5 page's state: one useState object per page, exposed as
 * window.__replica.getState() (the framework state as of the last render, file lists reported as the
 * names they hold) with a change counter bumped on every state update. Imported by the React apps; the
 * bundle's own React (18 or 19) comes in through esbuild's alias.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { expose, snapshot } from './common';

export type State = Record<string, unknown>;

export function useReplicaState<S extends State>(platform: string, step: string, variant: string | undefined, initial: S) {
  const [state, setState] = useState<S>(initial);
  const ref = useRef(state);
  ref.current = state;
  const bump = useRef<() => void>(() => undefined);
  const first = useRef(true);
  if (first.current) {
    first.current = false;
    bump.current = expose(platform, step, variant, () => snapshot(ref.current));
  }
  const seen = useRef(false);
  useEffect(() => {
    if (!seen.current) { seen.current = true; return; }
    bump.current();
  }, [state]);
  const set = useCallback(<K extends keyof S>(key: K, value: S[K]) => setState((s) => (Object.is(s[key], value) ? s : { ...s, [key]: value })), []);
  const patch = useCallback((p: Partial<S>) => setState((s) => ({ ...s, ...p })), []);
  return { state, set, patch, setState };
}

/** A counter button's click handler: state[key] + 1. */
export const counter = <S extends State>(setState: (f: (s: S) => S) => void, key: keyof S) => () => setState((s) => ({ ...s, [key]: (Number(s[key]) || 0) + 1 }));
