/**
 * The library-neutral part of the gen-29 React apps: the state of a schema (useReplicaState), blur errors, visibility
 * of revealed fields; each app passes its own widget renderer and its own layout.
 */
import { useState, type ReactNode } from 'react';
import type { Platform } from '../types';
import { build, initialOf, metaOf, REGION_LIST, type Field, type Section } from './common';
import { useReplicaState, type S, type Setter } from './react-state';
import { SCHEMAS } from './schemas';

export interface Kit { s: S; set: Setter; err: (k: string) => string; setErr: (k: string, m: string) => void; msg: string; setMsg: (m: string) => void }
export type Widget = (f: Field, kit: Kit) => ReactNode;

export function useSchema() {
  const id = build();
  const sections: Section[] = SCHEMAS[id] ?? [];
  const m = metaOf(id);
  const { s, set } = useReplicaState(m.platform as Platform, m.step, m.variant, initialOf(sections));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState('');
  const kit: Kit = { s, set, err: (k) => errs[k] ?? '', setErr: (k, v) => setErrs((e) => ({ ...e, [k]: v })), msg, setMsg };
  const visible = (f: Field) => !f.when || s[f.when[0]] === f.when[1];
  return { id, sections, kit, visible };
}

/** A blur check of a text field. */
export const blurCheck = (f: Field, kit: Kit) => (v: string) => { const t = v.trim(); kit.setErr(f.k, t && f.rule ? f.rule(t) : ''); };
/** The region lists at each level for the path held under f.k. */
export function regionLists(path: string[]): [string[], string[], string[]] {
  const p = REGION_LIST[path[0] ?? ''];
  return [Object.keys(REGION_LIST), p ? Object.keys(p) : [], p?.[path[1] ?? ''] ?? []];
}
/** Set one level of a region path, dropping the levels below. */
export const setLevel = (path: string[], i: number, v: string) => [...path.slice(0, i), v];
/** A button click: count it and say what a user must still do (the page never submits). */
export const press = (f: Field, kit: Kit) => () => { kit.set(f.k, Number(kit.s[f.k] ?? 0) + 1); kit.setMsg('请先完成必填项并勾选协议后再继续'); };
