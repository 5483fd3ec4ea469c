/**
 * Browser side shared by the provider replicas' library apps: the build this page renders (injected by
 * index.ts as `window.__PROV__`), option lists, the region tree, and `window.__replica`.
 */
import { CERT_TYPES_BY_NATURE, LANGUAGES, NATURES, PERSON_CERT_TYPES, REGIONS, SERVICE_CONTENTS, type RegionNode } from '../aliyun/data';
import { countersOf, fieldsOf, initialOf, type Field, type ProvBuild } from './spec';

export const BUILD = (window as unknown as { __PROV__: ProvBuild }).__PROV__;
export const FIELDS = fieldsOf(BUILD);

const LISTS = {
  natures: NATURES,
  unitCertTypes: CERT_TYPES_BY_NATURE['企业']!,
  personCertTypes: PERSON_CERT_TYPES,
  contents: SERVICE_CONTENTS,
  languages: LANGUAGES,
};

export function optionsOf(f: Field): string[] {
  if (!f.options) return [];
  return typeof f.options === 'string' ? LISTS[f.options] : f.options;
}

/** The national region tree keyed by name (the state holds label paths). */
export interface RegionOpt { label: string; value: string; children?: RegionOpt[] }
const toOpt = (n: RegionNode): RegionOpt => ({ label: n.name, value: n.name, ...(n.children?.length ? { children: n.children.map(toOpt) } : {}) });
export const REGION_OPTIONS: RegionOpt[] = REGIONS.map(toOpt);

export type Values = Record<string, string | string[] | boolean>;

export function initialValues(): Values {
  const v: Values = {};
  for (const f of FIELDS) v[f.key] = initialOf(f);
  return v;
}

export interface ReplicaApi {
  platform: ProvBuild['provider'];
  step: string;
  variant?: string;
  build: string;
  getState(): Record<string, unknown>;
  changes: number;
}

/** Install window.__replica; `read` returns the framework's current values, counters are added here. */
export function install(read: () => Values): { api: ReplicaApi; count(label: string): void } {
  const counters: Record<string, number> = Object.fromEntries(countersOf(BUILD).map((c) => [c, 0]));
  const api: ReplicaApi = {
    platform: BUILD.provider,
    step: BUILD.step,
    ...(BUILD.variant ? { variant: BUILD.variant } : {}),
    build: BUILD.build,
    getState: () => JSON.parse(JSON.stringify({ ...read(), ...counters })) as Record<string, unknown>,
    changes: 0,
  };
  (window as unknown as { __replica: ReplicaApi }).__replica = api;
  return {
    api,
    count(label) {
      const c = BUILD.buttons.find((b) => b.label === label)?.counter;
      if (c) counters[c] = (counters[c] ?? 0) + 1;
    },
  };
}

/** Is this field disabled now (locked, or its 长期 box is ticked)? */
export const isDisabled = (f: Field, v: Values): boolean => !!f.locked || (!!f.disabledBy && v[f.disabledBy] === true);

/** A File stand-in for an `initial` upload entry (the page shows it as already uploaded). */
export const fileNames = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);
