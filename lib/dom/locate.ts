/**
 * Find a form field by its visible label, on any of the layouts the filing sites use: label[for],
 * a wrapping label, aria-labelledby, the form-item structure of Fusion Next / Ant Design / Element Plus,
 * and table rows. Never by generated ids or positions. Runs in the content script (DOM only).
 */
import type { FieldSpec } from '../forms/types';
import { norm } from '../text';

export type Library = 'fusion' | 'antd' | 'element' | 'native';

export interface Located {
  /** the widget's root element (the whole select / cascader / group / upload, or the input itself) */
  root: HTMLElement;
  /** the form item (label + control) that holds it, when there is one */
  item?: HTMLElement;
  /** the page's own label text */
  label: string;
  library: Library;
}

/** Elements that carry field labels. */
const LABEL_SEL = [
  'label', '.next-form-item-label', '.el-form-item__label', '.ant-form-item-label', 'td', 'th', 'dt',
  '[class*="form-item-label"]', '[class*="field-label"]', '.label', '[class*="caption"]',
].join(',');

/** Containers that hold one label and its control. */
const ITEM_SEL = '.next-form-item, .el-form-item, .ant-form-item, tr, .form-row, .form-item, .form-group, dl, [class*="form-item"]:not([class*="label"]):not([class*="control"]):not([class*="extra"]):not([class*="help"]):not([class*="content"]):not([class*="error"])';

/** Widget roots, most specific first. */
const ROOT_SEL = [
  '.next-cascader-select', '.next-select', '.next-date-picker2', '.next-date-picker', '.next-range-picker', '.next-radio-group', '.next-checkbox-group', '.next-upload', '.next-input', '.next-checkbox-wrapper',
  '.el-cascader', '.el-select', '.el-date-editor', '.el-radio-group', '.el-checkbox-group', '.el-upload', '.el-input', '.el-textarea', '.el-checkbox',
  '.ant-cascader', '.ant-select', '.ant-picker', '.ant-radio-group', '.ant-checkbox-group', '.ant-upload-wrapper', '.ant-upload', '.ant-input-affix-wrapper', '.ant-input', '.ant-checkbox-wrapper',
  'select', 'textarea', 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image])',
].join(',');

const HEADING_SEL = 'h1,h2,h3,h4,h5,h6,legend,[role=heading],.next-card-title,.next-card-head,.el-card__header,.ant-card-head-title,[class*="section-title"],[class*="group-title"],[class*="block-title"],[class*="sub-title"],.el-divider__text,.ant-divider-inner-text,caption';

export function libraryOf(el: Element): Library {
  const cls = (el.className && typeof el.className === 'string' ? el.className : '') + ' ' + (el.parentElement?.className ?? '');
  if (/\bnext-/.test(cls)) return 'fusion';
  if (/\bel-/.test(cls)) return 'element';
  if (/\bant-/.test(cls)) return 'antd';
  return 'native';
}

/** The text a label element shows (its own text, without the texts of controls inside it). */
export function labelText(el: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.textContent ?? '';
    else if (n instanceof HTMLElement && !n.matches('input,select,textarea,button,[role=listbox],[role=combobox]') && n.getAttribute('aria-hidden') !== 'true') n.childNodes.forEach(walk);
  };
  el.childNodes.forEach(walk);
  return s.replace(/\s+/g, ' ').trim();
}

export function isVisible(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.visibility !== 'collapse' && Number(st.opacity) >= 0.1;
}

/** The control that a label element names. */
export function controlFor(labelEl: Element, doc: Document): HTMLElement | undefined {
  const forId = labelEl.getAttribute('for');
  if (forId) {
    const target = doc.getElementById(forId);
    if (target) return widgetRoot(target);
  }
  if (labelEl.id) {
    const by = doc.querySelector(`[aria-labelledby~="${CSS.escape(labelEl.id)}"]`);
    // a control named by the label; a labelled group (a whole form item) is searched below instead
    if (by && by.matches(ROOT_SEL)) return widgetRoot(by as HTMLElement);
  }
  // checkbox / radio wrappers: the label wraps its own input
  const inner = labelEl.querySelector('input:not([type=hidden]), select, textarea');
  if (inner && labelEl.tagName === 'LABEL') return widgetRoot(inner as HTMLElement);
  // table layouts: the next cell
  if (labelEl.tagName === 'TD' || labelEl.tagName === 'TH') {
    let cell = labelEl.nextElementSibling;
    while (cell) {
      const c = cell.querySelector(ROOT_SEL);
      if (c) return outermostRoot(c as HTMLElement, cell);
      cell = cell.nextElementSibling;
    }
    return undefined;
  }
  if (labelEl.tagName === 'DT') {
    const dd = labelEl.nextElementSibling;
    const c = dd?.querySelector(ROOT_SEL);
    return c ? outermostRoot(c as HTMLElement, dd!) : undefined;
  }
  // the smallest ancestor (below the form item) that holds exactly one control: captions beside uploads
  const item = labelEl.closest(ITEM_SEL);
  for (let a = labelEl.parentElement; a && a !== item && a !== doc.body; a = a.parentElement) {
    const controls = distinctRoots(a);
    if (controls.length === 1) return controls[0];
    if (controls.length > 1) break;
  }
  // form items: the first control in the same item that is not inside the label
  if (item) {
    for (const c of item.querySelectorAll<HTMLElement>(ROOT_SEL)) {
      if (labelEl.contains(c)) continue;
      // a nested form item belongs to its own label
      if (c.closest(ITEM_SEL) !== item && c.closest(ITEM_SEL) !== null && item.contains(c.closest(ITEM_SEL))) {
        const nested = c.closest(ITEM_SEL)!;
        if (nested.querySelector(LABEL_SEL) && nested !== item) continue;
      }
      return outermostRoot(c, item);
    }
  }
  return undefined;
}

/** The outermost widget roots inside a container. */
function distinctRoots(container: Element): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>(ROOT_SEL)];
  return all.filter((c) => !all.some((o) => o !== c && o.contains(c)));
}

/** Climb from an inner element (the input of a select) to the widget root, staying inside `limit`. */
function outermostRoot(el: HTMLElement, limit: Element): HTMLElement {
  let best = el;
  let cur: HTMLElement | null = el.parentElement;
  while (cur && cur !== limit && limit.contains(cur)) {
    if (cur.matches(ROOT_SEL) && !cur.matches('.next-input, .el-input, .ant-input, .ant-input-affix-wrapper')) best = cur;
    cur = cur.parentElement;
  }
  return best;
}
function widgetRoot(el: HTMLElement): HTMLElement {
  const item = el.closest(ITEM_SEL) ?? el.ownerDocument.body;
  return outermostRoot(el, item);
}

/** The text of the nearest heading that precedes `el` in document order. */
export function sectionOf(el: Element, headings: Element[]): string {
  // Headings are in document order: the last one that starts before the element, including one that
  // contains it (a block title with a checkbox in it), names its section.
  let last = '';
  for (const h of headings) {
    const pos = h.compareDocumentPosition(el);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) last = h.textContent ?? '';
    else break;
  }
  return last;
}

export interface LocateResult { status: 'found' | 'not-found' | 'ambiguous'; located?: Located }

/** Index of the page's labels, built once per locate pass. */
export class LabelIndex {
  private byText = new Map<string, Element[]>();
  private placeholders = new Map<string, HTMLElement[]>();
  private headingList?: Element[];
  /** Section headings, read only when a field with a section is looked up (not for recognition). */
  get headings(): Element[] {
    this.headingList ??= [...this.doc.querySelectorAll(HEADING_SEL)].filter(isVisible);
    return this.headingList;
  }
  constructor(private doc: Document) {
    for (const el of doc.querySelectorAll(LABEL_SEL)) {
      const text = norm(labelText(el));
      if (!text || text.length > 40) continue;
      const list = this.byText.get(text) ?? [];
      list.push(el);
      this.byText.set(text, list);
    }
    // checkbox/radio option texts rendered in spans inside wrappers (Fusion, Element, antd)
    for (const el of doc.querySelectorAll('.next-checkbox-label, .el-checkbox__label, .ant-checkbox-wrapper > span:last-child')) {
      const wrapper = el.closest('label, .next-checkbox-wrapper, .el-checkbox, .ant-checkbox-wrapper');
      const text = norm(labelText(el));
      if (!wrapper || !text) continue;
      const list = this.byText.get(text) ?? [];
      if (!list.includes(wrapper)) list.push(wrapper);
      this.byText.set(text, list);
    }
    // placeholders name the second control of a combined item (详细地址 next to a region cascader)
    for (const el of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
      const text = norm(el.placeholder.replace(/^请(输入|填写|选择)/, ''));
      if (!text || text.length > 20) continue;
      const list = this.placeholders.get(text) ?? [];
      list.push(el);
      this.placeholders.set(text, list);
    }
  }
  /**
   * The visible label texts (normalized), for step recognition; with `only`, just those among them
   * (visibility forces style and layout, so recognition checks only the labels its maps know).
   */
  texts(only?: ReadonlySet<string>): string[] {
    return [...this.byText.entries()].filter(([t, els]) => (!only || only.has(t)) && els.some(isVisible)).map(([t]) => t);
  }
  locate(spec: FieldSpec): LocateResult {
    const found = new Map<HTMLElement, string>();
    for (const syn of spec.labels) {
      for (const el of this.byText.get(norm(syn)) ?? []) {
        if (!isVisible(el)) continue;
        const root = spec.widget === 'checkbox' ? checkboxRoot(el) : controlFor(el, this.doc);
        if (root && !found.has(root)) found.set(root, labelText(el));
      }
      if (found.size) break; // the first synonym that matches wins; later ones are fallbacks
    }
    if (!found.size && spec.within) {
      for (const syn of spec.labels) for (const el of this.placeholders.get(norm(syn)) ?? []) if (isVisible(el)) found.set(el, syn);
    }
    // Two label elements for one field (a label inside a label cell) may reach the same widget by
    // different paths: a candidate inside another candidate is the same field.
    let candidates = [...found.entries()].filter(([root]) => ![...found.keys()].some((other) => other !== root && other.contains(root)));
    if (spec.within) {
      // the control must sit in the form item whose label is one of these
      const w = spec.within.map(norm);
      candidates = candidates.filter(([root]) => {
        const item = root.closest(ITEM_SEL);
        const lab = item?.querySelector(LABEL_SEL);
        return !!lab && w.includes(norm(labelText(lab)));
      });
    }
    if (spec.section) {
      const secs = spec.section.map(norm);
      candidates = candidates.filter(([root]) => {
        const sec = norm(sectionOf(root, this.headings));
        return secs.some((s) => sec.includes(s));
      });
    }
    if (candidates.length === 0) return { status: 'not-found' };
    if (candidates.length > 1) return { status: 'ambiguous' };
    let [root, label] = candidates[0]!;
    if ((spec.widget === 'radio' || spec.widget === 'checkbox-group') && root.matches('input, label, .el-radio, .el-checkbox, .next-radio-wrapper, .next-checkbox-wrapper, .ant-radio-wrapper, .ant-checkbox-wrapper')) {
      root = (root.closest('[role=radiogroup], [role=group], .el-radio-group, .el-checkbox-group, .next-radio-group, .next-checkbox-group, .ant-radio-group, .ant-checkbox-group, td, .el-form-item__content, .next-form-item-control, .ant-form-item-control-input-content') as HTMLElement | null) ?? root.parentElement ?? root;
    }
    return { status: 'found', located: { root, label, library: libraryOf(root), item: (root.closest(ITEM_SEL) as HTMLElement | null) ?? undefined } };
  }
}

function checkboxRoot(el: Element): HTMLElement | undefined {
  const wrapper = el.closest('label, .next-checkbox-wrapper, .el-checkbox, .ant-checkbox-wrapper') ?? el;
  const input = wrapper.querySelector('input[type=checkbox]');
  if (input) return wrapper as HTMLElement;
  // label[for] pointing at a checkbox
  const forId = el.getAttribute('for');
  const target = forId ? el.ownerDocument.getElementById(forId) : null;
  return target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.closest('label') as HTMLElement) ?? target : undefined;
}
