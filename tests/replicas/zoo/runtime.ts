/**
 * Browser-side helpers shared by the four zoo renderers: the build's plan (window.__ZOO__, written into the
 * page by ./index.ts), the initial state, the lazy region "API" (~100 ms a level), visibility / locking
 * rules and window.__replica.
 */
import { emptyState, type Plan, type PlanField, type RegionNode } from './plan';

export const plan = (window as unknown as { __ZOO__: Plan }).__ZOO__;
export const allFields: PlanField[] = plan.sections.flatMap((s) => s.fields);
export type State = Record<string, unknown>;

export function initialState(): State {
  const s: State = {};
  for (const f of allFields) Object.assign(s, emptyState(f));
  for (const b of plan.buttons) if (b.counter) s[b.counter] = 0;
  return s;
}

export const REGION_DELAY = 100;

/** children of a path of names ([] = provinces) */
export function regionLevel(path: string[]): RegionNode[] {
  let list: RegionNode[] = plan.regions;
  for (const name of path) list = list.find((r) => r.name === name)?.children ?? [];
  return list;
}
/** the same, answered asynchronously like the real region API */
export function loadRegion(path: string[]): Promise<RegionNode[]> {
  return new Promise((r) => setTimeout(() => r(regionLevel(path)), REGION_DELAY));
}
/** names along a county/city/province code */
export function pathOfCode(code: string): string[] {
  const out: string[] = [];
  let list: RegionNode[] | undefined = plan.regions;
  for (let len = 2; len <= code.length && list; len += 2) {
    const n: RegionNode | undefined = list.find((x) => x.code === code.slice(0, len));
    if (!n) break;
    out.push(n.name);
    list = n.children;
  }
  return out;
}
export function codeOfPath(path: string[]): string {
  let list: RegionNode[] | undefined = plan.regions;
  let code = '';
  for (const name of path) {
    const n: RegionNode | undefined = list?.find((x) => x.name === name);
    if (!n) break;
    code = n.code;
    list = n.children;
  }
  return code;
}

export const visible = (f: PlanField, s: State) => !f.showIf || s[f.showIf.key] === f.showIf.value;
export const locked = (f: PlanField, s: State) => !!f.lockedBy && s[f.lockedBy] === true;

/** what getState reports: a JSON copy; a domain list without its empty rows */
export function report(s: State): State {
  const out = JSON.parse(JSON.stringify(s)) as State;
  for (const f of allFields) if (f.kind === 'domains' && f.shape === 'list') out[f.key] = (out[f.key] as string[]).filter((x) => x.trim() !== '');
  return out;
}

/** the patch a state change implies (长期 clears the end date; 同主体负责人信息 copies the principal) */
export function implied(patch: State): State {
  const out: State = { ...patch };
  for (const f of allFields) {
    if (f.kind === 'validity' && patch[`${f.key}LongTerm`] === true) {
      if (f.shape === 'range') {
        const cur = (patch[f.key] as string[] | undefined) ?? (current()[f.key] as string[]);
        out[f.key] = [cur[0] ?? '', ''];
      } else out[`${f.key}To`] = '';
    }
    if (f.copy && patch[f.key] === true) Object.assign(out, f.copy);
  }
  return out;
}

let getCurrent: () => State = () => ({});
const current = () => getCurrent();

export function install(get: () => State, changes: () => number): void {
  getCurrent = get;
  const api = {
    platform: plan.platform,
    step: plan.step,
    variant: plan.variant,
    build: plan.build,
    library: plan.library,
    getState: () => report(get()),
    get changes() {
      return changes();
    },
  };
  (window as unknown as { __replica: typeof api }).__replica = api;
}

export function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}
