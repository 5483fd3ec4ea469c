/**
 * The state hook of the gen-7 React apps (antd on React 19, Fusion on React 18, TDesign on React 19): one
 * object in React state, exposed through window.__replica.getState() (file lists reported by name).
 */
import { useCallback, useRef, useState } from 'react';
import { expose, snapshot } from './common';

export type Setter = (key: string, value: unknown) => void;

export function useReplicaState(platform: string, step: string, variant: string | undefined, initial: Record<string, unknown>) {
  const [s, setS] = useState(initial);
  const ref = useRef(s);
  const bump = useRef<(() => void) | null>(null);
  if (!bump.current) bump.current = expose(platform, step, variant, () => snapshot(ref.current));
  const set = useCallback<Setter>((key, value) => {
    setS((prev) => {
      const next = { ...prev, [key]: value };
      ref.current = next;
      return next;
    });
    bump.current!();
  }, []);
  const setMany = useCallback((patch: Record<string, unknown>) => {
    setS((prev) => {
      const next = { ...prev, ...patch };
      ref.current = next;
      return next;
    });
    bump.current!();
  }, []);
  return { s, set, setMany };
}

/** A click counter key's increment. */
export const clicks = (s: Record<string, unknown>, set: Setter, key: string) => () => set(key, Number(s[key] ?? 0) + 1);
