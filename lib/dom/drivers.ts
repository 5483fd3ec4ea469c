/**
 * Widget drivers: put a value into a field the way a user would, so the page's framework state holds
 * it (Fusion Next, Ant Design, Element Plus, native), then read back what the page shows. Runs in the
 * content script. Waits are bounded, event-driven polls during a fill only.
 */
import type { FillAction, FillValueWire } from '../messages';
import { norm } from '../text';
import { isVisible, labelText, type Located } from './locate';

export type Current = string | string[] | boolean;

const OPTION_SEL = '.next-menu-item, .next-select-menu-item, .el-select-dropdown__item, .ant-select-item-option';
/** Generic ARIA options, used only when no library option is showing (antd also renders an a11y-only list). */
const ARIA_OPTION_SEL = '[role=option]';
const CASCADER_MENU_SEL = '.next-cascader-menu, .el-cascader-menu, .ant-cascader-menu';
const CASCADER_ITEM_SEL = '.next-cascader-menu-item, .el-cascader-node, .ant-cascader-menu-item';
const UPLOAD_LIST_SEL = '.next-upload-list, .el-upload-list, .ant-upload-list, [class*="upload-list"]';
const UPLOAD_ITEM_SEL = '.next-upload-list-item:not(.next-upload):not(.next-upload-list-item-error), .el-upload-list__item, .ant-upload-list-item';
const CHOICE_SEL = 'label, .next-radio-wrapper, .next-checkbox-wrapper, .el-radio, .el-checkbox, .ant-radio-wrapper, .ant-checkbox-wrapper';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait until `fn` returns a value, or give up. Checked on every DOM mutation and every animation frame
 * (what changes without a mutation, a transition or a layout, is seen within a frame), and every 50 ms
 * as well, for documents that get no frames (a hidden tab).
 */
export async function waitFor<T>(fn: () => T | undefined | null | false, timeout = 3000): Promise<T | undefined> {
  const first = fn();
  if (first) return first;
  const end = performance.now() + timeout;
  return new Promise<T | undefined>((resolve) => {
    let done = false;
    let raf = 0;
    const check = () => {
      if (done) return;
      const v = fn();
      if (v) { finish(v); return; }
      if (performance.now() > end) finish(undefined);
    };
    const frame = () => { raf = 0; check(); if (!done) raf = requestAnimationFrame(frame); };
    const obs = new MutationObserver(check);
    const timer = setInterval(check, 50);
    const finish = (v: T | undefined) => { done = true; obs.disconnect(); clearInterval(timer); if (raf) cancelAnimationFrame(raf); resolve(v); };
    obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    raf = requestAnimationFrame(frame);
  });
}

export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A user's click: pointer and mouse events at the element's centre, then click. */
export function userClick(el: Element) {
  const r = el.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0, view: window };
  el.dispatchEvent(new PointerEvent('pointerover', init));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
  el.dispatchEvent(new PointerEvent('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  el.dispatchEvent(new PointerEvent('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
}

function key(el: Element, k: string) {
  const init = { key: k, code: k, bubbles: true, cancelable: true, keyCode: k === 'Enter' ? 13 : k === 'Escape' ? 27 : 0 };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keypress', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

const inputOf = (root: HTMLElement) =>
  (root.matches('input,textarea') ? root : root.querySelector('textarea, input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio])')) as HTMLInputElement | HTMLTextAreaElement | null;

export function isDisabled(root: HTMLElement): boolean {
  if (/(^|\s)(is-disabled|disabled|next-disabled|ant-select-disabled|ant-input-disabled|ant-picker-disabled|ant-cascader-disabled|el-select--disabled)(\s|$)/.test(root.className)) return true;
  if (root.closest('.is-disabled, .next-disabled, [aria-disabled=true], fieldset[disabled]')) return true;
  const input = root.matches('input,select,textarea') ? root : root.querySelector('input:not([type=hidden]),select,textarea');
  return !!(input && (input as HTMLInputElement).disabled);
}
export function isReadOnly(root: HTMLElement, widget: FillAction['widget']): boolean {
  if (widget !== 'text') return false;
  const input = inputOf(root);
  return !!input?.readOnly;
}

// ─────────────────────────── reading what the page shows ───────────────────────────

function choiceWrappers(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CHOICE_SEL)].filter((w) => w.querySelector('input[type=radio],input[type=checkbox]') && !w.parentElement?.closest(CHOICE_SEL)?.matches(CHOICE_SEL + ':not(label)'));
}
function wrapperChecked(w: Element): boolean {
  const input = w.querySelector('input[type=radio],input[type=checkbox]') as HTMLInputElement | null;
  return !!input?.checked || /(^|\s)(is-checked|checked|ant-radio-wrapper-checked|ant-checkbox-wrapper-checked)(\s|$)/.test(w.className);
}
const wrapperText = (w: Element) => labelText(w) || (w.textContent ?? '').trim();

function selectShown(root: HTMLElement): string {
  if (root instanceof HTMLSelectElement) return root.selectedIndex >= 0 && root.value !== '' ? (root.selectedOptions[0]?.text ?? '') : '';
  const native = root.querySelector('select');
  if (native) return selectShown(native);
  // Element Plus shows the chosen label in .el-select__placeholder (transparent while empty).
  const ep = root.querySelector('.el-select__placeholder');
  if (ep) return ep.matches('.is-transparent') ? '' : (ep.textContent ?? '').trim();
  // Otherwise the shown value, never the placeholder: skip placeholder / arrow / hidden parts of the widget.
  const shown = displayText(root);
  if (shown) return shown;
  const input = root.querySelector('input:not([type=hidden])') as HTMLInputElement | null;
  return input?.value?.trim() ?? '';
}

const SKIP_DISPLAY = /placeholder|arrow|suffix|clear|sr-only|icon|is-transparent|search-mirror/;
function displayText(root: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) { s += n.textContent ?? ''; return; }
    if (!(n instanceof HTMLElement)) return;
    if (n.matches('input,textarea,select,svg,[aria-hidden=true]')) return;
    if (SKIP_DISPLAY.test(typeof n.className === 'string' ? n.className : '')) return;
    n.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return s.replace(/\s+/g, ' ').trim();
}

export function readCurrent(loc: Located, widget: FillAction['widget']): Current {
  const root = loc.root;
  switch (widget) {
    case 'checkbox': {
      const input = (root.matches('input[type=checkbox]') ? root : root.querySelector('input[type=checkbox]')) as HTMLInputElement | null;
      return !!input?.checked || /(^|\s)(is-checked|checked|ant-checkbox-wrapper-checked)(\s|$)/.test(root.className);
    }
    case 'radio': {
      const w = choiceWrappers(root).find(wrapperChecked);
      return w ? wrapperText(w) : '';
    }
    case 'checkbox-group':
      return choiceWrappers(root).filter(wrapperChecked).map(wrapperText);
    case 'select':
      return selectShown(root);
    case 'cascader': {
      const native = [...root.querySelectorAll('select')];
      if (native.length) return native.map((s) => (s.value ? s.selectedOptions[0]?.text ?? '' : '')).filter(Boolean);
      const t = selectShown(root);
      return t ? t.split(/\s*[/／>]\s*/).filter(Boolean) : [];
    }
    case 'upload': {
      // the nearest container of this upload that shows a file list (one slot, not the whole item)
      let box: Element = root;
      while (box !== loc.item && box.parentElement && !box.querySelector(UPLOAD_LIST_SEL)) box = box.parentElement;
      return [...box.querySelectorAll(UPLOAD_ITEM_SEL)].map((it, i) => {
        const name = it.querySelector('[class*="item-name"], [class*="file-name"]');
        const text = (name?.getAttribute('title') || name?.textContent || it.querySelector('img')?.getAttribute('alt') || '').trim();
        return text || `#${i + 1}`;
      });
    }
    default:
      return inputOf(root)?.value ?? '';
  }
}

/** Option texts that can be read without opening anything (radios, checkboxes, native selects). */
export function readOptions(loc: Located, widget: FillAction['widget']): string[] | undefined {
  if (widget === 'radio' || widget === 'checkbox-group') return choiceWrappers(loc.root).map(wrapperText);
  if (widget === 'select') {
    const sel = loc.root instanceof HTMLSelectElement ? loc.root : loc.root.querySelector('select');
    if (sel) return [...sel.options].filter((o) => o.value !== '').map((o) => o.text.trim());
  }
  return undefined;
}

// ─────────────────────────── putting values in ───────────────────────────

export interface DriverResult { ok: boolean; error?: string; shown?: Current }

const matchText = (el: Element, accept: string[]) => {
  const t = norm(el.textContent ?? '');
  return accept.some((a) => norm(a) === t);
};

function openTrigger(root: HTMLElement): HTMLElement {
  for (const sel of ['.next-select-inner', '.el-select__wrapper', '.el-input__wrapper', '.ant-select-selector', '.ant-select-content', '.ant-picker-input']) {
    const el = root.querySelector(sel) as HTMLElement | null;
    if (el) return el;
  }
  return root.matches('.next-select-trigger, .ant-select, .el-select') ? root : ((root.querySelector('input:not([type=hidden])') as HTMLElement | null) ?? root);
}

/** Close what this widget opened (Escape, then a click outside), only if it is still showing. */
function closePopups(root: HTMLElement, before: Set<HTMLElement> = new Set()) {
  const open = () => visiblePopups().some((p) => !before.has(p));
  if (!open()) return;
  key(document.activeElement ?? root, 'Escape');
  if (!open()) return;
  document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
}

const POPUP_SEL = '.el-popper, .next-overlay-wrapper, .ant-select-dropdown, .ant-cascader-dropdown, [role=listbox], [role=menu]';
/**
 * An option or menu inside the popup this widget opened is there once it has a layout box and is not
 * hidden. Unlike isVisible this reads the element's own layout size, not its painted one: a popup still
 * playing its opening transition (scaled up from 0, faded in) already holds its options, and waiting for
 * the animation would only cost time. Never used to find which popup belongs to a widget.
 */
function laidOut(el: HTMLElement): boolean {
  if (!(el instanceof HTMLElement)) return isVisible(el);
  if (el.getClientRects().length === 0 || el.offsetWidth < 1 || el.offsetHeight < 1) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.visibility !== 'collapse' && Number(st.opacity) >= 0.1;
}
/** Visible popup containers (dropdowns, cascader panels). */
const shown = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const visiblePopups = () => [...document.querySelectorAll<HTMLElement>(POPUP_SEL)].filter(shown);

/**
 * The widget each popup was last chosen in. A popup stays on screen while it plays its closing
 * transition (Element Plus: 300 ms), long enough for the next field to open its own: a popup another
 * widget used is never taken for this one's, whatever the timing (its options may read the same).
 */
const popupOwner = new WeakMap<HTMLElement, HTMLElement>();
function claimPopups(root: HTMLElement, chosen: HTMLElement) {
  for (const p of visiblePopups()) if (p.contains(chosen)) popupOwner.set(p, root);
}
function usedByOther(root: HTMLElement, popup: HTMLElement): boolean {
  for (let p: HTMLElement | null = popup; p; p = p.parentElement?.closest<HTMLElement>(POPUP_SEL) ?? null) {
    const owner = popupOwner.get(p);
    if (owner && owner !== root) return true;
  }
  return false;
}

/**
 * The popup this widget opened: the one its input names (aria-controls / aria-describedby, Element
 * Plus), else one that was not showing before the click. Pre-rendered hidden poppers and other open
 * dropdowns are never used (clicking in them could change another field), nor one another widget used.
 */
function popupsOf(root: HTMLElement, before: Set<HTMLElement>): HTMLElement[] {
  const linkIds = [root, ...root.querySelectorAll('[aria-controls], [aria-describedby]')]
    .flatMap((e) => [(e as Element).getAttribute('aria-controls'), (e as Element).getAttribute('aria-describedby')])
    .filter((x): x is string => !!x);
  const linked = linkIds.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e && shown(e));
  if (linked.length && root.closest('.el-select, .el-cascader') !== null) return linked.map((e) => (e.closest('.el-popper') as HTMLElement | null) ?? e);
  const open = visiblePopups().filter((p) => !usedByOther(root, p));
  const fresh = open.filter((p) => !before.has(p) && ![...before].some((b) => b.contains(p)));
  return fresh.length ? fresh : open;
}

async function chooseOption(root: HTMLElement, accept: string[]): Promise<DriverResult> {
  const native = root instanceof HTMLSelectElement ? root : root.querySelector('select');
  if (native) {
    const opt = [...native.options].find((o) => accept.some((a) => norm(a) === norm(o.text)));
    if (!opt) return { ok: false, error: 'fill.noOption' };
    native.focus();
    native.value = opt.value;
    native.dispatchEvent(new Event('input', { bubbles: true }));
    native.dispatchEvent(new Event('change', { bubbles: true }));
    native.blur();
    return { ok: true };
  }
  const before = new Set(visiblePopups());
  userClick(openTrigger(root));
  let option = await findOptionInPopup(root, before, accept, 1200);
  if (!option && popupsOf(root, before).every((p) => before.has(p))) {
    userClick(root); // some libraries open on the root, not the inner trigger
    option = await findOptionInPopup(root, before, accept, 1500);
  }
  if (!option) {
    closePopups(root, before);
    return { ok: false, error: 'fill.noOption' };
  }
  claimPopups(root, option);
  userClick(option);
  await sleep(0);
  closePopups(root, before);
  return { ok: true };
}

/** The option with an accepted text in the popup this widget opened (scrolling virtual lists). */
async function findOptionInPopup(root: HTMLElement, before: Set<HTMLElement>, accept: string[], timeout = 2000): Promise<HTMLElement | undefined> {
  const options = () => {
    const scopes = popupsOf(root, before).filter((p) => !before.has(p) || popupsOf(root, before).length === 1);
    const inScope = (sel: string) => scopes.flatMap((sc) => [...sc.querySelectorAll<HTMLElement>(sel)]).filter(laidOut);
    const lib = inScope(OPTION_SEL);
    return lib.length ? lib : inScope(ARIA_OPTION_SEL);
  };
  const opened = await waitFor(() => (options().length ? true : undefined), timeout);
  if (!opened) return undefined;
  for (let i = 0; i < 60; i++) {
    const hit = options().find((o) => matchText(o.querySelector('.ant-select-item-option-content') ?? o, accept));
    if (hit) return hit;
    // virtual lists (antd) render a window of options: scroll the holder and look again
    const holder = options()[0]?.closest('.rc-virtual-list-holder, .next-menu, .el-scrollbar__wrap, .el-select-dropdown__wrap') as HTMLElement | null;
    if (!holder || holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 1) return undefined;
    holder.scrollTop += Math.max(holder.clientHeight - 24, 24);
    holder.dispatchEvent(new Event('scroll'));
    await sleep(30);
  }
  return undefined;
}

async function chooseCascade(root: HTMLElement, path: string[]): Promise<DriverResult> {
  const natives = [...root.querySelectorAll('select')];
  if (natives.length >= path.length) {
    for (let i = 0; i < path.length; i++) {
      const sel = natives[i]!;
      const opt = await waitFor(() => [...sel.options].find((o) => norm(o.text) === norm(path[i]!)), 2000);
      if (!opt) return { ok: false, error: 'fill.noOption' };
      sel.value = opt.value;
      sel.dispatchEvent(new Event('input', { bubbles: true }));
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return { ok: true };
  }
  const before = new Set(visiblePopups());
  const menusNow = () => {
    const scopes = popupsOf(root, before);
    return [...new Set(scopes.flatMap((sc) => [...(sc.matches(CASCADER_MENU_SEL) ? [sc] : []), ...sc.querySelectorAll<HTMLElement>(CASCADER_MENU_SEL)]))].filter(laidOut);
  };
  userClick(openTrigger(root));
  // the first click may only have closed another field's popup: open again if nothing showed
  if (!(await waitFor(() => menusNow().length > 0, 700))) userClick(openTrigger(root));
  for (let level = 0; level < path.length; level++) {
    const item = await waitFor(() => {
      const menus = menusNow();
      const menu = menus[level];
      if (!menu) return undefined;
      return [...menu.querySelectorAll<HTMLElement>(CASCADER_ITEM_SEL)].find((it) => matchText(it.querySelector('.el-cascader-node__label, .next-cascader-menu-item-text, .ant-cascader-menu-item-content') ?? it, [path[level]!]));
    }, 4000);
    if (!item) {
      closePopups(root, before);
      return { ok: false, error: 'fill.noOption' };
    }
    claimPopups(root, item);
    userClick(item.querySelector('.el-cascader-node__label') ?? item);
  }
  await sleep(0);
  closePopups(root, before);
  return { ok: true };
}

/** Type a date and press Enter (commits in Fusion DatePicker2, antd and Element Plus pickers). */
async function typeInto(input: HTMLInputElement, value: string) {
  userClick(input);
  setNativeValue(input, value);
  key(input, 'Enter');
  await sleep(0);
}

async function typeDate(root: HTMLElement, value: string, end?: string, item?: HTMLElement): Promise<DriverResult> {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')];
  // Two single pickers under one label (起 / 止): the end goes into the other picker of the same item.
  if (inputs.length === 1 && end && item) {
    const others = [...item.querySelectorAll<HTMLInputElement>('.next-date-picker2 input, .el-date-editor input, .ant-picker input, input[type=date]')].filter((i) => !root.contains(i) && !i.disabled);
    if (others.length === 1) {
      await typeInto(inputs[0]!, value);
      await typeInto(others[0]!, end);
      others[0]!.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      others[0]!.blur();
      closePopups(root, new Set());
      return { ok: true };
    }
  }
  if (inputs.length > 1) {
    // A range picker commits a start and an end together. With the end disabled (长期) the start
    // commits alone; otherwise both values are needed: never leave half a range typed in.
    const [start, stop] = inputs as [HTMLInputElement, HTMLInputElement];
    if (!stop.disabled && !end) return { ok: false, error: 'fill.range' };
    await typeInto(start, value);
    if (!stop.disabled && end) await typeInto(stop, end);
  } else {
    const input = inputOf(root);
    if (!input) return { ok: false, error: 'fill.failed' };
    await typeInto(input as HTMLInputElement, value);
  }
  const last = inputs.at(-1);
  last?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  last?.blur();
  closePopups(root, new Set());
  return { ok: true };
}

function setText(root: HTMLElement, value: string): DriverResult {
  const input = inputOf(root);
  if (!input) return { ok: false, error: 'fill.failed' };
  input.focus();
  input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  setNativeValue(input, value);
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  input.blur();
  return { ok: true };
}

async function clickChoices(root: HTMLElement, accept: string[], kind: 'radio' | 'checkbox-group'): Promise<DriverResult> {
  const wrappers = choiceWrappers(root);
  if (kind === 'radio') {
    const w = wrappers.find((x) => accept.some((a) => norm(a) === norm(wrapperText(x))));
    if (!w) return { ok: false, error: 'fill.noOption' };
    userClick(w.querySelector('input') ?? w);
    return { ok: true };
  }
  // A checkbox group ends up holding exactly the wanted options (ticks what is missing, unticks the
  // rest: an overwrite, or an undo), one click per framework commit (Vue groups update asynchronously).
  const byText = (text: string) => choiceWrappers(root).find((x) => norm(wrapperText(x)) === norm(text));
  if (accept.some((text) => !byText(text))) return { ok: false, error: 'fill.noOption' };
  const want = new Set(accept.map(norm));
  for (const w of wrappers) {
    const text = wrapperText(w);
    if (want.has(norm(text)) === wrapperChecked(w)) continue;
    userClick(w.querySelector('input') ?? w);
    const target = want.has(norm(text));
    await waitFor(() => { const now = byText(text); return now && wrapperChecked(now) === target; }, 1000);
    await sleep(0);
  }
  return { ok: true };
}

/**
 * Put back what a field held before a fill (撤销). A select, cascader or radio that was empty can
 * only be emptied through the widget's clear control; without one it stays, and false is returned.
 */
export async function restoreField(loc: Located, widget: FillAction['widget'], before: Current): Promise<boolean> {
  const root = loc.root;
  if (widget === 'checkbox') await drive(loc, { widget, value: before === true });
  else if (widget === 'checkbox-group') await clickChoices(root, Array.isArray(before) ? before : [], 'checkbox-group');
  else if (widget === 'text' || widget === 'date') await drive(loc, { widget, value: typeof before === 'string' ? before : '' });
  else if (widget === 'upload') {
    const close = (loc.item ?? root).querySelectorAll<HTMLElement>('.next-upload-tool-close i, .el-upload-list__item .el-icon--close, .ant-upload-list-item-actions button, [class*="upload-list-item"] [class*="close"], [class*="upload-list-item"] [class*="remove"]');
    close[close.length - 1]?.click();
  } else if (typeof before === 'string' ? before : Array.isArray(before) && before.length) {
    await drive(loc, { widget, value: before as string | string[], accept: typeof before === 'string' ? [before] : undefined });
  } else {
    root.dispatchEvent(new MouseEvent('mouseenter', { bubbles: true }));
    root.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const clear = root.querySelector<HTMLElement>('.next-select-clear, .next-input-clear, .el-select__clear, .el-input__clear, .el-cascader__clear, .ant-select-clear, [class*="clear"]');
    if (!clear) return false;
    clear.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    clear.click();
  }
  return !!(await waitFor(() => JSON.stringify(readCurrent(loc, widget)) === JSON.stringify(before), 1500));
}

function setCheckbox(root: HTMLElement, want: boolean): DriverResult {
  const input = (root.matches('input[type=checkbox]') ? root : root.querySelector('input[type=checkbox]')) as HTMLInputElement | null;
  if (!input) return { ok: false, error: 'fill.failed' };
  if (input.checked !== want) userClick(input);
  return { ok: true };
}

function upload(root: HTMLElement, file: { name: string; mime: string; base64: string }): DriverResult {
  const input = (root.matches('input[type=file]') ? root : root.querySelector('input[type=file]')) as HTMLInputElement | null;
  if (!input) return { ok: false, error: 'fill.failed' };
  const bin = atob(file.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], file.name, { type: file.mime }));
  input.files = dt.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true };
}

/**
 * The widget to drive for a spec's kind on the element the page really has: a native <select> where
 * the map expected text, or a plain text box where it expected a select, is driven as what it is.
 */
export function effectiveWidget(root: HTMLElement, widget: FillAction['widget']): FillAction['widget'] {
  const isPlainText = root.matches('input[type=text], input:not([type]), textarea') && !root.matches('[role=combobox], [readonly]') && !root.closest('.next-select, .el-select, .ant-select, .el-cascader, .next-cascader-select, .ant-cascader');
  if (widget === 'text' && root instanceof HTMLSelectElement) return 'select';
  if (widget === 'select' && isPlainText) return 'text';
  return widget;
}

export async function drive(loc: Located, action: Pick<FillAction, 'widget' | 'value' | 'accept' | 'end'>): Promise<DriverResult> {
  const root = loc.root;
  const v = action.value;
  switch (action.widget) {
    case 'text': return setText(root, String(v));
    case 'date': return typeDate(root, String(v), action.end, loc.item);
    case 'select': return chooseOption(root, action.accept ?? [String(v)]);
    case 'radio': return clickChoices(root, action.accept ?? [String(v)], 'radio');
    case 'checkbox-group': return clickChoices(root, v as string[], 'checkbox-group');
    case 'checkbox': return setCheckbox(root, v === true);
    case 'cascader': return chooseCascade(root, v as string[]);
    case 'upload': return typeof v === 'object' && !Array.isArray(v) ? upload(root, (v as { file: { name: string; mime: string; base64: string } }).file) : { ok: false, error: 'fill.failed' };
  }
}

/** Does what the page shows now equal what was put in? (the framework's state is the truth) */
export function shows(widget: FillAction['widget'], value: FillValueWire, accept: string[] | undefined, current: Current): boolean {
  switch (widget) {
    case 'checkbox': return current === value;
    case 'checkbox-group': return Array.isArray(value) && Array.isArray(current) && value.length === current.length && value.every((x) => current.some((c) => norm(c) === norm(x)));
    case 'date': return typeof current === 'string' && current.trim() === String(value).trim();
    case 'cascader': return Array.isArray(value) && Array.isArray(current) && norm(current.join('')) === norm(value.join(''));
    case 'select': case 'radio': return typeof current === 'string' && (accept ?? [String(value)]).some((a) => norm(a) === norm(current));
    // a list item with our file's name, or (picture cards show no name) a new item where the slot was empty
    case 'upload': return Array.isArray(current) && typeof value === 'object' && !Array.isArray(value) && (current.some((n) => n.includes((value as { file: { name: string } }).file.name)) || (current.length > 0 && current.every((n) => n.startsWith('#'))));
    default: return typeof current === 'string' && current.trim() === String(value).trim();
  }
}
