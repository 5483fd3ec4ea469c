/**
 * The render plan of one zoo build: what the server resolves from (step spec, library, layout, wording,
 * widget choices) and hands to the page as `window.__ZOO__`. Shared by the Node side (spec/builds/index)
 * and the four browser renderers, so it imports nothing.
 */

export type Library = 'fusion-next' | 'antd' | 'element-plus' | 'server-rendered';
export type Layout = 'grid' | 'descriptions' | 'sections' | 'table';

/** What a field holds (its logical type). */
export type Kind =
  | 'text' // free text
  | 'date' // one date
  | 'choice' // one or several options
  | 'bool' // a yes/no question
  | 'validity' // ID validity: from/to + 长期
  | 'range' // a date range without 长期 (域名证书有效期)
  | 'address' // region + detail, or one line
  | 'region' // region only (省/市/县)
  | 'domains' // a list of domains
  | 'upload' // an image upload
  | 'check' // one checkbox (同主体负责人信息)
  | 'consent' // an agreement checkbox, never to be ticked by a tool
  | 'captcha'; // a code only the user has (验证码)

/** How it is drawn. */
export type Shape =
  | 'input' | 'textarea' // text, captcha
  | 'picker' | 'typed' // date: a date picker, or a text input taking YYYY-MM-DD
  | 'select' | 'radio' | 'checkbox' | 'multiselect' // choice (checkbox/multiselect hold arrays); check/consent use 'checkbox'
  | 'transfer' // choice: two lists, 可选 → 已选, with move buttons (an array)
  | 'tree' | 'treemulti' // choice: a tree select whose leaves are the options under group nodes (one, or ticked leaves: an array)
  | 'yesno' | 'involve' | 'switch' // bool: 是/否 radios, 涉及/不涉及 radios, a switch
  | 'range' | 'pickers' | 'texts' // validity / range: a range picker, two pickers, two text inputs
  | 'cascader' | 'selects' | 'line' // address / region: lazy cascader, three selects, one line (address only)
  | 'list' // domains: a list with 添加域名; 'input' = one text
  | 'tags' // domains: closable tags; + 添加域名 opens a box that becomes a tag once left (Element Plus's dynamic tags)
  | 'upload';

export const MULTI_SHAPES: Shape[] = ['checkbox', 'multiselect', 'transfer', 'treemulti'];

/** A tree select's nodes: the options as leaves, six to a group node (分类一 …) whose value (group-n) is never a field's value. */
export interface TreeNode { value: string; label: string; children?: TreeNode[] }
export function treeOf(options: string[]): TreeNode[] {
  const names = ['一', '二', '三', '四', '五', '六', '七', '八'];
  const out: TreeNode[] = [];
  for (let i = 0; i < options.length; i += 6) {
    out.push({ value: `group-${i / 6}`, label: `分类${names[i / 6] ?? i / 6 + 1}`, children: options.slice(i, i + 6).map((o) => ({ value: o, label: o })) });
  }
  return out;
}
/** The leaves of a tree select's value (a checkable tree may report a whole group's node too). */
export const leavesOf = (v: unknown): string[] => (Array.isArray(v) ? v : v ? [v] : []).map((x) => (typeof x === 'object' && x && 'value' in x ? String((x as { value: unknown }).value) : String(x))).filter((x) => !x.startsWith('group-'));


export interface PlanField {
  key: string;
  kind: Kind;
  shape: Shape;
  label: string;
  options?: string[];
  placeholder?: string;
  hint?: string;
  required?: boolean;
  /** shown only while state[key] === value */
  showIf?: { key: string; value: unknown };
  /** disabled while this checkbox (同主体负责人信息) is ticked */
  lockedBy?: string;
  /** for a 同主体负责人信息 checkbox: state key → value copied in when it is ticked */
  copy?: Record<string, unknown>;
}

export interface PlanSection {
  title: string;
  fields: PlanField[];
}

export interface PlanButton {
  label: string;
  /** state key counting its clicks (undefined: not counted, e.g. 上一步) */
  counter?: string;
  primary?: boolean;
}

export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

export interface Plan {
  build: string;
  platform: 'aliyun' | 'mps' | 'beian-old' | 'miit';
  step: string;
  variant?: '个人' | '单位';
  library: Library;
  layout: Layout;
  /** page chrome */
  site: 'aliyun' | 'mps' | 'beian-old' | 'miit';
  pageTitle: string;
  stepTitles: string[];
  currentStep: number;
  heading: string;
  notice?: string[];
  sections: PlanSection[];
  buttons: PlanButton[];
  regions: RegionNode[];
}

/** The state keys a field produces in its shape. */
export function keysOf(f: Pick<PlanField, 'key' | 'kind' | 'shape'>): string[] {
  const k = f.key;
  switch (f.kind) {
    case 'validity':
      return f.shape === 'range' ? [k, `${k}LongTerm`] : [`${k}From`, `${k}To`, `${k}LongTerm`];
    case 'range':
      return f.shape === 'range' ? [k] : [`${k}From`, `${k}To`];
    case 'address':
      return f.shape === 'line' ? [k] : [`${k}Region`, `${k}Detail`];
    default:
      return [k];
  }
}

/** The empty value of each state key of a field. */
export function emptyState(f: PlanField): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = keysOf(f);
  switch (f.kind) {
    case 'validity':
    case 'range':
      if (f.shape === 'range') out[keys[0]!] = ['', ''];
      else (out[keys[0]!] = ''), (out[keys[1]!] = '');
      if (f.kind === 'validity') out[keys.at(-1)!] = false;
      break;
    case 'address':
      if (f.shape === 'line') out[keys[0]!] = '';
      else (out[keys[0]!] = []), (out[keys[1]!] = '');
      break;
    case 'domains':
      out[f.key] = f.shape === 'list' ? [''] : f.shape === 'tags' ? [] : '';
      break;
    case 'region':
    case 'upload':
      out[f.key] = [];
      break;
    case 'choice':
      out[f.key] = MULTI_SHAPES.includes(f.shape) ? [] : '';
      break;
    case 'bool':
      out[f.key] = f.shape === 'switch' ? false : '';
      break;
    case 'check':
    case 'consent':
      out[f.key] = false;
      break;
    default:
      out[f.key] = '';
  }
  return out;
}

/** The yes/no option labels of a bool shape. */
export function boolLabels(shape: Shape): [string, string] {
  return shape === 'involve' ? ['涉及', '不涉及'] : ['是', '否'];
}
