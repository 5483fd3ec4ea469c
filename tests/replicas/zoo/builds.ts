/**
 * The zoo's builds: (step spec, library, layout, wording, widget choices [, entity]). `resolve` turns a build
 * into the page's render plan and its expectations, both from the one step spec.
 */
import type { Expectation } from './contract';
import { CTX, ENTITY_NAME, type Addr } from './profile';
import { boolLabels, keysOf, MULTI_SHAPES, type Layout, type Library, type Plan, type PlanField, type RegionNode, type Shape } from './plan';
import { MISSING, STEPS, UNTOUCHED, type FieldSpec, type Logical, type Span, type StepSpec } from './spec';

export interface BuildDef {
  step: string;
  lib: Library;
  layout: Layout;
  wording: number;
  /** the entity of a step without a fixed subject kind */
  entity?: '单位' | '个人';
  /** widget choices by field key or by kind */
  widgets?: Partial<Record<string, Shape>>;
}

const N = 'server-rendered', E = 'element-plus', A = 'antd', F = 'fusion-next';
const U = '单位', P = '个人';

export const BUILD_DEFS: BuildDef[] = [
  // aliyun 填写基本信息
  { step: 'aliyun-basic', lib: F, layout: 'grid', wording: 0, entity: U, widgets: { region: 'cascader' } },
  { step: 'aliyun-basic', lib: A, layout: 'sections', wording: 1, entity: P, widgets: { region: 'cascader' } },
  { step: 'aliyun-basic', lib: E, layout: 'descriptions', wording: 2, entity: U, widgets: { region: 'selects' } },
  { step: 'aliyun-basic', lib: N, layout: 'table', wording: 0, entity: P, widgets: { region: 'selects' } },
  // aliyun 主办者信息（单位）
  { step: 'aliyun-subject-unit', lib: F, layout: 'grid', wording: 0, widgets: { address: 'cascader', validity: 'range' } },
  { step: 'aliyun-subject-unit', lib: A, layout: 'descriptions', wording: 1, widgets: { address: 'line', validity: 'pickers', region: 'selects' } },
  { step: 'aliyun-subject-unit', lib: E, layout: 'sections', wording: 2, widgets: { address: 'selects', validity: 'texts', certType: 'radio' } },
  { step: 'aliyun-subject-unit', lib: N, layout: 'table', wording: 2, widgets: { address: 'line', validity: 'texts' } },
  { step: 'aliyun-subject-unit', lib: E, layout: 'grid', wording: 1, widgets: { address: 'cascader', validity: 'range', mailing: 'line' } },
  // aliyun 主办者信息（个人）
  { step: 'aliyun-subject-person', lib: F, layout: 'sections', wording: 1, widgets: { address: 'line', validity: 'pickers', certType: 'radio' } },
  { step: 'aliyun-subject-person', lib: A, layout: 'grid', wording: 0, widgets: { address: 'cascader', validity: 'range' } },
  { step: 'aliyun-subject-person', lib: E, layout: 'grid', wording: 2, widgets: { address: 'cascader', validity: 'range' } },
  { step: 'aliyun-subject-person', lib: N, layout: 'grid', wording: 1, widgets: { address: 'selects', validity: 'pickers' } },
  // aliyun 网站信息
  { step: 'aliyun-site', lib: F, layout: 'grid', wording: 0, entity: U, widgets: { domains: 'list', content: 'treemulti', languages: 'transfer', bool: 'involve', validity: 'pickers' } },
  { step: 'aliyun-site', lib: A, layout: 'sections', wording: 1, entity: P, widgets: { domains: 'input', content: 'treemulti', languages: 'multiselect', bool: 'switch', validity: 'range', serviceType: 'radio' } },
  { step: 'aliyun-site', lib: E, layout: 'descriptions', wording: 2, entity: U, widgets: { domains: 'tags', content: 'treemulti', languages: 'checkbox', bool: 'yesno', validity: 'texts' } },
  { step: 'aliyun-site', lib: N, layout: 'sections', wording: 0, entity: P, widgets: { domains: 'list', content: 'checkbox', languages: 'multiselect', bool: 'involve', validity: 'texts' } },
  { step: 'aliyun-site', lib: E, layout: 'grid', wording: 0, entity: P, widgets: { domains: 'list', content: 'select', languages: 'checkbox', bool: 'switch', validity: 'range' } },
  // aliyun 上传资料（单位）
  { step: 'aliyun-upload-unit', lib: F, layout: 'grid', wording: 0 },
  { step: 'aliyun-upload-unit', lib: A, layout: 'descriptions', wording: 1 },
  { step: 'aliyun-upload-unit', lib: E, layout: 'sections', wording: 2 },
  { step: 'aliyun-upload-unit', lib: N, layout: 'table', wording: 1 },
  // 公安 开办主体（单位）
  { step: 'mps-subject-unit', lib: E, layout: 'grid', wording: 0, widgets: { address: 'cascader', validity: 'pickers', bool: 'yesno' } },
  { step: 'mps-subject-unit', lib: A, layout: 'sections', wording: 1, widgets: { address: 'selects', validity: 'range', bool: 'switch', subjectType: 'radio' } },
  { step: 'mps-subject-unit', lib: F, layout: 'table', wording: 2, widgets: { address: 'line', validity: 'texts', bool: 'yesno' } },
  { step: 'mps-subject-unit', lib: N, layout: 'grid', wording: 0, widgets: { address: 'selects', validity: 'pickers', subjectType: 'radio', bool: 'yesno' } },
  { step: 'mps-subject-unit', lib: E, layout: 'descriptions', wording: 2, widgets: { address: 'line', validity: 'range', bool: 'switch', office: 'cascader' } },
  // 公安 开办主体（个人）
  { step: 'mps-subject-person', lib: E, layout: 'sections', wording: 1, widgets: { address: 'cascader', validity: 'range', bool: 'yesno' } },
  { step: 'mps-subject-person', lib: A, layout: 'grid', wording: 0, widgets: { address: 'line', validity: 'texts', bool: 'yesno' } },
  { step: 'mps-subject-person', lib: F, layout: 'grid', wording: 1, widgets: { address: 'cascader', validity: 'pickers', bool: 'switch', subjectType: 'radio' } },
  { step: 'mps-subject-person', lib: N, layout: 'table', wording: 2, widgets: { address: 'selects', validity: 'texts', bool: 'switch' } },
  // 公安 网站基本信息
  { step: 'mps-site', lib: E, layout: 'grid', wording: 0, entity: U, widgets: { date: 'picker', range: 'range', region: 'cascader', interactiveKinds: 'checkbox', languages: 'checkbox', bool: 'yesno', domains: 'list' } },
  { step: 'mps-site', lib: A, layout: 'descriptions', wording: 1, entity: P, widgets: { siteType: 'tree', date: 'typed', range: 'pickers', region: 'selects', languages: 'transfer', bool: 'switch', ispJurisdiction: 'radio' } },
  { step: 'mps-site', lib: F, layout: 'sections', wording: 2, entity: U, widgets: { siteType: 'tree', date: 'picker', range: 'texts', region: 'cascader', interactiveKinds: 'multiselect', languages: 'multiselect', interactive: 'yesno', bool: 'involve', domains: 'input' } },
  { step: 'mps-site', lib: N, layout: 'grid', wording: 1, entity: U, widgets: { date: 'typed', range: 'pickers', region: 'selects', interactiveKinds: 'checkbox', interactive: 'yesno', bool: 'involve', ispMode: 'radio', domains: 'list' } },
  { step: 'mps-site', lib: E, layout: 'descriptions', wording: 2, entity: P, widgets: { siteType: 'tree', date: 'picker', range: 'texts', region: 'selects', bool: 'involve', interactive: 'switch', regJurisdiction: 'radio' } },
  // 公安 网站负责人
  { step: 'mps-principal', lib: E, layout: 'grid', wording: 0, entity: U, widgets: { validity: 'pickers' } },
  { step: 'mps-principal', lib: A, layout: 'sections', wording: 1, entity: P, widgets: { validity: 'range' } },
  { step: 'mps-principal', lib: F, layout: 'grid', wording: 2, entity: U, widgets: { validity: 'range' } },
  { step: 'mps-principal', lib: N, layout: 'table', wording: 0, entity: P, widgets: { validity: 'texts' } },
  { step: 'mps-principal', lib: E, layout: 'descriptions', wording: 1, entity: U, widgets: { validity: 'texts' } },
  // 公安 提示说明
  { step: 'mps-notice', lib: E, layout: 'grid', wording: 0, entity: U },
  { step: 'mps-notice', lib: A, layout: 'sections', wording: 1, entity: P },
  { step: 'mps-notice', lib: F, layout: 'grid', wording: 2, entity: U },
  { step: 'mps-notice', lib: N, layout: 'sections', wording: 0, entity: P },
  // 旧门户 新办网站申请
  { step: 'beian-old-site', lib: N, layout: 'table', wording: 0, entity: U, widgets: { domains: 'input', date: 'typed', region: 'selects', language: 'checkbox', bool: 'yesno' } },
  { step: 'beian-old-site', lib: N, layout: 'table', wording: 1, entity: P, widgets: { domains: 'input', date: 'picker', region: 'selects', language: 'checkbox', bool: 'yesno' } },
  { step: 'beian-old-site', lib: E, layout: 'grid', wording: 2, entity: U, widgets: { domains: 'list', date: 'picker', region: 'cascader', language: 'multiselect', bool: 'yesno' } },
  { step: 'beian-old-site', lib: A, layout: 'table', wording: 0, entity: P, widgets: { domains: 'input', date: 'picker', region: 'selects', language: 'checkbox', bool: 'switch' } },
  { step: 'beian-old-site', lib: F, layout: 'table', wording: 1, entity: U, widgets: { domains: 'input', date: 'typed', region: 'cascader', language: 'checkbox', bool: 'switch' } },
  // 工信部 短信核验
  { step: 'miit-sms', lib: E, layout: 'grid', wording: 0, entity: U },
  { step: 'miit-sms', lib: A, layout: 'grid', wording: 1, entity: P },
  { step: 'miit-sms', lib: F, layout: 'sections', wording: 2, entity: U },
  { step: 'miit-sms', lib: N, layout: 'grid', wording: 1, entity: P },
];

const LIB_SHORT: Record<Library, string> = { 'fusion-next': 'fusion', antd: 'antd', 'element-plus': 'ep', 'server-rendered': 'native' };
const LIB_NAME: Record<Library, string> = { 'fusion-next': 'Fusion Next (React 18)', antd: 'antd 6 (React 19)', 'element-plus': 'Element Plus (Vue 3)', 'server-rendered': 'native HTML' };
const LAYOUT_NAME: Record<Layout, string> = { grid: 'form grid', descriptions: 'bordered descriptions table', sections: 'sections as headings only', table: 'plain <table>, no <label for>' };

/** what a library cannot draw */
function supports(lib: Library, shape: Shape): boolean {
  if (lib === 'server-rendered') return shape !== 'cascader' && shape !== 'range' && shape !== 'tags';
  return lib === 'element-plus' || shape !== 'tags';
}

function shapeOf(b: BuildDef, f: FieldSpec): Shape {
  const ok = (s: Shape | undefined): s is Shape => !!s && f.shapes.includes(s) && supports(b.lib, s);
  const byKey = b.widgets?.[f.key];
  if (ok(byKey)) return byKey;
  const byKind = b.widgets?.[f.kind];
  if (ok(byKind)) return byKind;
  return f.shapes.find((s) => supports(b.lib, s))!;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** State values (key → value) a field of this shape holds for a logical value; null for missing/untouched. */
function stateValues(f: Pick<PlanField, 'key' | 'kind' | 'shape'>, v: Logical): Record<string, unknown> | null {
  if (isObj(v) && ('missing' in v || 'untouched' in v)) return null;
  const keys = keysOf(f);
  const out: Record<string, unknown> = {};
  switch (f.kind) {
    case 'validity':
    case 'range': {
      const s = v as Span;
      if (f.shape === 'range') out[keys[0]!] = [s.from, s.to];
      else (out[keys[0]!] = s.from), (out[keys[1]!] = s.to);
      if (f.kind === 'validity') out[keys.at(-1)!] = !!s.longTerm;
      return out;
    }
    case 'address': {
      const a = v as Addr;
      if (f.shape === 'line') out[keys[0]!] = a.line;
      else (out[keys[0]!] = [...a.region]), (out[keys[1]!] = a.detail);
      return out;
    }
    case 'choice': {
      const list = Array.isArray(v) ? v : [v as string];
      out[f.key] = MULTI_SHAPES.includes(f.shape) ? list : list[0];
      return out;
    }
    case 'bool':
      out[f.key] = f.shape === 'switch' ? v : boolLabels(f.shape)[v ? 0 : 1];
      return out;
    case 'domains':
      out[f.key] = f.shape === 'list' || f.shape === 'tags' ? v : (v as string[]).join(',');
      return out;
    case 'upload':
      out[f.key] = [v];
      return out;
    default:
      out[f.key] = v;
      return out;
  }
}

function expectations(f: PlanField, v: Logical): Record<string, Expectation> {
  const out: Record<string, Expectation> = {};
  const keys = keysOf(f);
  const labelOf = (k: string) => (k.endsWith('LongTerm') ? '长期' : f.label);
  if (isObj(v) && 'missing' in v) {
    for (const k of keys) out[k] = { label: labelOf(k), missing: true };
    return out;
  }
  if (isObj(v) && 'untouched' in v) {
    for (const k of keys) out[k] = { label: labelOf(k), untouched: true };
    return out;
  }
  const sv = stateValues(f, v)!;
  for (const [k, val] of Object.entries(sv)) {
    const ordered = f.kind === 'region' || (f.kind === 'address' && k.endsWith('Region')) || ((f.kind === 'validity' || f.kind === 'range') && f.shape === 'range' && !k.endsWith('LongTerm'));
    out[k] = { label: labelOf(k), value: val as string | string[] | boolean, ...(ordered ? { ordered: true } : {}) };
  }
  return out;
}

export interface ResolvedBuild {
  id: string;
  def: BuildDef;
  spec: StepSpec;
  entity: '单位' | '个人';
  plan: Omit<Plan, 'regions'>;
  expect: Record<string, Expectation>;
  about: string;
  url: string;
}

export function buildId(b: BuildDef, spec: StepSpec): string {
  const ent = spec.variant ? '' : b.entity === '个人' ? '-person' : '-unit';
  return `zoo-${spec.id}${ent}-${LIB_SHORT[b.lib]}-${b.layout}-w${b.wording}`;
}

function withParam(url: string, id: string): string {
  const [base, hash] = url.split('#');
  return `${base}${base!.includes('?') ? '&' : '?'}replicaBuild=${id}${hash !== undefined ? `#${hash}` : ''}`;
}

export function resolve(b: BuildDef): ResolvedBuild {
  const spec = STEPS.find((s) => s.id === b.step);
  if (!spec) throw new Error(`no step ${b.step}`);
  const entity = spec.variant ?? b.entity ?? '单位';
  const ctx = CTX[entity];
  const id = buildId(b, spec);
  const pick = <T,>(list: T[] | undefined): T | undefined => (list ? (list[b.wording] ?? list[0]) : undefined);
  const expect: Record<string, Expectation> = {};
  const shapes: Record<string, Shape> = {};
  const yesValue = (key: string): unknown => {
    const s = shapes[key]!;
    return s === 'switch' ? true : boolLabels(s)[0];
  };
  const sections = spec.sections.map((sec) => {
    const fields: PlanField[] = [];
    for (const fs of sec.fields) {
      const options = pick(fs.options);
      const v = fs.value(ctx, options ?? []);
      if (v === undefined) continue;
      const shape = shapeOf(b, fs);
      shapes[fs.key] = shape;
      const pf: PlanField = {
        key: fs.key, kind: fs.kind, shape, label: pick(fs.labels)!, ...(options ? { options } : {}),
        ...(fs.placeholder ? { placeholder: fs.placeholder } : {}), ...(fs.hint ? { hint: fs.hint } : {}),
        required: fs.required ?? true, ...(fs.lockedBy ? { lockedBy: fs.lockedBy } : {}),
      };
      if (fs.showIf) pf.showIf = { key: fs.showIf, value: yesValue(fs.showIf) };
      fields.push(pf);
      Object.assign(expect, expectations(pf, v));
    }
    // 同主体负责人信息: what ticking copies in, in the shapes of this page's fields
    for (const pf of fields) {
      const fs = sec.fields.find((x) => x.key === pf.key)!;
      if (!fs.copies) continue;
      pf.copy = {};
      for (const cs of fs.copies) {
        const target = fields.find((x) => x.key === cs.key);
        if (!target) continue;
        const cv = cs.value(ctx, target.options ?? []);
        if (cv !== undefined) Object.assign(pf.copy, stateValues(target, cv) ?? {});
      }
    }
    return { title: pick(sec.titles)!, fields };
  });
  for (const btn of spec.buttons) if (btn.counter) expect[btn.counter] = { label: btn.label, untouched: true };
  const site = spec.platform;
  const plan: Omit<Plan, 'regions'> = {
    build: id, platform: spec.platform, step: spec.step, ...(spec.variant ? { variant: spec.variant } : { variant: entity }),
    library: b.lib, layout: b.layout, site, pageTitle: spec.title, stepTitles: spec.stepTitles, currentStep: spec.currentStep,
    heading: spec.heading, ...(spec.notice ? { notice: spec.notice } : {}), sections, buttons: spec.buttons,
  };
  const widgetNotes = Object.entries(shapes)
    .filter(([k]) => {
      const f = sections.flatMap((s) => s.fields).find((x) => x.key === k)!;
      return !((f.kind === 'text' && f.shape === 'input') || f.kind === 'upload' || f.kind === 'check' || f.kind === 'consent' || f.kind === 'captcha');
    })
    .map(([k, s]) => `${k}:${s}`);
  const about = `${LIB_NAME[b.lib]}; ${LAYOUT_NAME[b.layout]}; wording ${b.wording}; ${entity}; ${widgetNotes.join(' ')}`;
  return { id, def: b, spec, entity, plan, expect, about, url: withParam(spec.url, id) };
}

export const BUILDS: ResolvedBuild[] = BUILD_DEFS.map(resolve);
export const ENTITY_OF = (b: ResolvedBuild) => ENTITY_NAME[b.entity];

/** The provinces a region field can pick from: the profile's 浙江省 and a few wrong choices. */
export const REGION_PROVINCES = ['北京市', '上海市', '江苏省', '浙江省', '广东省'];
export function regionSubset(all: RegionNode[]): RegionNode[] {
  return all.filter((p) => REGION_PROVINCES.includes(p.name));
}
