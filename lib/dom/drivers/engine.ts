/**
 * The generic way of acting on a widget as a user would (open, pick the option by its text, type,
 * click), for any registered library: the library files (./fusion.ts, ./antd.ts …) say what the
 * widgets look like, this module says what to do with them, and a library may override one shape.
 * Every write is followed by a read of what the page shows. Waits are bounded, event-driven polls.
 */
import { answerOf, optionKey, showsAnswer } from '../../forms/vocabulary';
import { hasToken } from '../../text';
import { matches, type Wanted } from '../../fill/values';
import { CHECKED, SEL, libraryOf } from './index';
import type { Current, DriverContext, DriverResult, Shape } from './types';

export type UploadValue = { file: { name: string; mime: string; base64: string } };
export type SetValue = Current | UploadValue;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const same = (a: string, b: string) => optionKey(a) === optionKey(b);

/**
 * Wait until `fn` returns a value, or give up. Checked on every DOM mutation, and every 50 ms for what
 * changes without one (a transition, a layout) and in documents that get no frames (a hidden tab).
 * (Not on every animation frame as well: asking for frames while waiting kept the page drawing 60 times a
 * second through every fill, about 7 % of the zoo's CPU in stop 36, for at most 50 ms sooner.)
 */
export async function waitFor<T>(fn: () => T | undefined | null | false, timeout = 3000): Promise<T | undefined> {
  let first: T | undefined | null | false;
  try { first = fn(); } catch { first = undefined; }
  if (first) return first;
  const end = performance.now() + timeout;
  return new Promise<T | undefined>((resolve) => {
    let done = false;
    // a check that throws (a node the framework just replaced) counts as "not yet": thrown inside an observer
    // or a timer it would otherwise never reach the timeout, and the fill would wait forever
    const check = () => {
      if (done) return;
      let v: T | undefined | null | false;
      try { v = fn(); } catch { v = undefined; }
      if (v) { finish(v); return; }
      if (performance.now() > end) finish(undefined);
    };
    const obs = new MutationObserver(check);
    const timer = setInterval(check, 50);
    const finish = (v: T | undefined) => { done = true; obs.disconnect(); clearInterval(timer); resolve(v); };
    obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  announce(el);
}
/** Tell the page a control's value changed, as typing or choosing does: input, then change. */
function announce(el: Element) {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
/** Choose an option of a native <select> as a user does: focus, the value, input and change, blur. */
function chooseNative(sel: HTMLSelectElement, value: string) {
  sel.focus();
  sel.value = value;
  announce(sel);
  sel.blur();
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

const TEXT_INPUT = 'textarea, input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio])';
/**
 * The text box of a control: its own, not one of a widget drawn inside it (the +86 select prepended to a
 * 手机号码 input has an input of its own).
 */
export function inputOf(root: HTMLElement): HTMLInputElement | HTMLTextAreaElement | null {
  if (root.matches('input,textarea')) return root as HTMLInputElement | HTMLTextAreaElement;
  const all = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_INPUT)];
  const own = all.find((i) => { const w = i.parentElement?.closest(SEL.root); return !w || w === root || !root.contains(w); });
  return own ?? all[0] ?? null;
}

export function isVisible(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.visibility !== 'collapse' && Number(st.opacity) >= 0.1;
}

export function isDisabled(root: HTMLElement): boolean {
  if (SEL.disabled && (root.matches(SEL.disabled) || root.closest(`${SEL.disabled}, [aria-disabled=true], fieldset[disabled]`))) return true;
  if (/(^|\s)(disabled|is-disabled)(\s|$)/.test(typeof root.className === 'string' ? root.className : '')) return true;
  // a group of radios or boxes is closed only when every option is (an instance too short-lived to pick, among others)
  const choices = root.matches('input') ? [] : [...root.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
  if (choices.length > 1) return choices.every((i) => i.disabled);
  const input = root.matches('input,select,textarea,button') ? root : root.querySelector('input:not([type=hidden]),select,textarea');
  return !!(input && (input as HTMLInputElement).disabled);
}
export function isReadOnly(root: HTMLElement, shape: Shape): boolean {
  if (shape !== 'text') return false;
  return !!inputOf(root)?.readOnly;
}

// ─────────────────────────── choices (radios and checkboxes) ───────────────────────────

interface Choice { input: HTMLInputElement | null; wrapper: HTMLElement; text: string }
const ownText = (el: Element) => {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.textContent ?? '';
    else if (n instanceof HTMLElement && !n.matches('input,select,textarea,[aria-hidden=true]')) n.childNodes.forEach(walk);
  };
  el.childNodes.forEach(walk);
  return s.replace(/\s+/g, ' ').trim();
};
/**
 * An option's name: its aria-label, or its text; an option drawn as a card (a title over a description:
 * 个人 / 以本人身份开办网站) is named by its title, the first of several parts with text.
 */
function choiceText(w: HTMLElement): string {
  const aria = w.getAttribute('aria-label');
  if (aria) return aria.trim();
  const partsOf = (e: Element) => [...e.children].filter((c) => !c.matches('input,[aria-hidden=true]') && ownText(c));
  const textOfItsOwn = (e: Element) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
  // (the card may sit one box down: Arco's label > span.arco-radio-text > b + div)
  let box: Element = w;
  for (let p = partsOf(box); p.length === 1 && p[0]!.children.length && !textOfItsOwn(box); p = partsOf(box)) box = p[0]!;
  const parts = partsOf(box);
  const own = parts.length >= 2 && parts.every((c) => !c.matches('input,span:empty')) && parts.some((c) => getComputedStyle(c).display === 'block')
    && (box === w || !textOfItsOwn(box))
    ? ownText(parts[0]!)
    : ownText(w);
  return own || rowText(w);
}
/**
 * A table's selection column (a radio per row of the account's instances): the row's other cells name it; in a row
 * of boxes the filer typed into (域名 | ○主域名 | 删除), what the boxes hold, not the row's buttons.
 */
function rowText(w: Element): string {
  const row = w.closest('tr');
  return row ? [...row.children].filter((c) => !c.contains(w)).map(cellText).filter(Boolean).join(' ') : '';
}
function cellText(cell: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.textContent ?? '';
    else if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) s += ` ${n.type === 'radio' || n.type === 'checkbox' || n.type === 'hidden' ? '' : n.value} `;
    else if (n instanceof HTMLElement && !n.matches('button,a,[role=button],[aria-hidden=true],style,script')) n.childNodes.forEach(walk);
  };
  walk(cell);
  return s.replace(/\s+/g, ' ').trim();
}
/** The options of a radio group / checkbox group (or one box), each with its input, wrapper and text. */
export function choices(root: HTMLElement): Choice[] {
  const out: Choice[] = [];
  const seen = new Set<Element>();
  const wrappers = [...(root.matches(SEL.choice) ? [root] : []), ...root.querySelectorAll<HTMLElement>(SEL.choice)];
  for (const w of wrappers) {
    const input = w.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]');
    const aria = w.matches('[role=radio], [role=checkbox]') || !!w.querySelector('[role=radio], [role=checkbox]');
    if (!input && !aria && !(SEL.toggle && w.matches(SEL.toggle))) continue;
    if (input && seen.has(input)) continue;
    // a wrapper inside another wrapper (label > span.el-radio) is the same option
    if ([...seen].some((s) => s.contains(w))) continue;
    if (input) seen.add(input);
    seen.add(w);
    out.push({ input, wrapper: w, text: choiceText(w) });
  }
  for (const input of root.matches('input') ? [root as HTMLInputElement] : root.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
    if (seen.has(input)) continue;
    const lab = input.id ? input.ownerDocument.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    const next = input.nextSibling;
    const text = lab ? ownText(lab) : (next?.textContent ?? '').trim() || (input.value === 'on' ? '' : input.value) || rowText(input);
    out.push({ input, wrapper: (lab as HTMLElement | null) ?? input, text });
  }
  return out;
}
const classOf = (el: Element | null) => (el && typeof el.className === 'string' ? el.className : '');
// a toggle button marked through the list item around it (OpenTiny ButtonGroup: li.active > button)
const isChecked = (c: Choice) => !!c.input?.checked || CHECKED.some((re) => re.test(classOf(c.wrapper)) || (!c.input && c.wrapper.parentElement?.tagName === 'LI' && re.test(classOf(c.wrapper.parentElement))))
  || c.wrapper.getAttribute('aria-checked') === 'true' || !!c.wrapper.querySelector('[aria-checked=true]');

// ─────────────────────────── transfers (可选 → 已选) ───────────────────────────

interface TransferEntry { el: HTMLElement; box: HTMLInputElement | null; text: string; checked: boolean }
/** A transfer's two lists (available, chosen), when the root is one. */
function transferLists(root: HTMLElement): [HTMLElement, HTMLElement] | undefined {
  const t = libraryOf(root).transfer;
  if (!t || !root.matches(t.root)) return undefined;
  const lists = [...root.querySelectorAll<HTMLElement>(t.list)].filter((l) => !l.parentElement?.closest(t.list));
  return lists.length === 2 ? [lists[0]!, lists[1]!] : undefined;
}
function transferEntries(root: HTMLElement, list: HTMLElement): TransferEntry[] {
  const t = libraryOf(root).transfer!;
  return [...list.querySelectorAll<HTMLElement>(t.item)].filter(isVisible).map((el) => {
    const box = el.querySelector<HTMLInputElement>('input[type=checkbox]');
    const checked = box ? box.checked : CHECKED.some((re) => re.test(classOf(el))) || el.getAttribute('aria-checked') === 'true' || !!el.querySelector('[aria-checked=true]');
    return { el, box, text: ownText(el), checked };
  });
}
/**
 * Move the entries `pick` names out of one list: tick them, then press the one move button that is enabled
 * (no button is named the same way in every library; with only this list ticked, only its way is open).
 */
async function transferShift(root: HTMLElement, lists: HTMLElement[], list: HTMLElement, pick: (text: string) => boolean): Promise<boolean> {
  const picks = transferEntries(root, list).filter((e) => pick(e.text));
  if (!picks.length) return true;
  for (const e of picks) {
    if (e.checked) continue;
    userClick(e.box ?? e.el);
    await waitFor(() => transferEntries(root, list).find((x) => x.el === e.el)?.checked, 800);
  }
  // (TDesign draws its move buttons as <div type="button" disabled>)
  const open = () => {
    const buttons = [...root.querySelectorAll<HTMLElement>('button, [role=button], [type=button]')]
      .filter((b) => !lists.some((l) => l.contains(b)) && !b.parentElement?.closest('button, [role=button], [type=button]'))
      .filter((b) => !b.hasAttribute('disabled') && !b.matches('[aria-disabled=true]') && !/disabled/.test(classOf(b)) && isVisible(b));
    return buttons.length === 1 ? buttons[0] : undefined;
  };
  const button = await waitFor(open, 800);
  if (!button) return false;
  userClick(button);
  return !!(await waitFor(() => !transferEntries(root, list).some((e) => pick(e.text)), 1500));
}
/** Make the chosen list hold exactly `want`: out what is not wanted, then in what is missing. */
async function setTransfer(root: HTMLElement, lists: [HTMLElement, HTMLElement], want: string[]): Promise<DriverResult> {
  const [from, to] = lists;
  const all = [...transferEntries(root, from), ...transferEntries(root, to)];
  if (want.some((w) => !all.some((e) => same(e.text, w)))) return { ok: false, error: 'fill.noOption' };
  const wanted = (text: string) => want.some((w) => same(w, text));
  if (!(await transferShift(root, lists, to, (t) => !wanted(t)))) return { ok: false, error: 'fill.failed' };
  if (!(await transferShift(root, lists, from, wanted))) return { ok: false, error: 'fill.failed' };
  return { ok: true };
}

// ─────────────────────────── reading what the page shows ───────────────────────────

const SKIP_DISPLAY = /placeholder|arrow|suffix|clear|sr-only|icon|is-transparent|search-mirror|input-label/;
function displayText(root: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) { s += n.textContent ?? ''; return; }
    if (!(n instanceof HTMLElement)) return;
    if (n.matches('input,textarea,select,svg,[aria-hidden=true]')) return;
    // (by class word; a modifier of the box itself, t-input--suffix on a box holding the value, skips nothing)
    if ([...n.classList].some((c) => !c.includes('--') && SKIP_DISPLAY.test(c))) return;
    n.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return s.replace(/\s+/g, ' ').trim();
}

/** An option's text with its group's (浙江省 杭州市 / 余杭区 under <optgroup label="浙江省 杭州市">). */
function optionPath(o: HTMLOptionElement | undefined): string {
  if (!o) return '';
  return o.parentElement instanceof HTMLOptGroupElement && o.parentElement.label.trim() ? `${o.parentElement.label.trim()} / ${o.text.trim()}` : o.text.trim();
}

/** A prompt a widget shows in place of a value (请选择证件类型, --请选择--, 请先选择主办者性质): no value, and no heading. */
export const isPrompt = (text: string) => /^[-—\s]*请先?(选择|输入|填写)/.test(text);
function selectShown(root: HTMLElement): string {
  const t = selectShownText(root);
  return isPrompt(t) ? '' : t;
}
function selectShownText(root: HTMLElement): string {
  if (root instanceof HTMLSelectElement) return root.selectedIndex >= 0 && root.value !== '' ? (root.selectedOptions[0]?.text.trim() ?? '') : '';
  const native = root.querySelector('select');
  if (native) return selectShown(native);
  if (root.querySelector('.el-select__placeholder.is-transparent') && !root.querySelector('.el-select__selected-item:not(.is-transparent)')) return '';
  const { selectShown: shownSel, placeholder } = libraryOf(root);
  const shownEl = shownSel ? root.querySelector(shownSel) : null;
  // the library's placeholder drawn where the value goes (Tea's weak 输入区县名称搜索…): no value
  const ph = placeholder && shownEl ? shownEl.querySelector(placeholder) : null;
  if (ph && (ph.textContent ?? '').trim() === (shownEl!.textContent ?? '').trim()) return '';
  if (shownEl) return (shownEl.getAttribute('title') || shownEl.textContent || '').trim();
  const shown = displayText(root);
  if (shown) return shown;
  const input = root.querySelector('input:not([type=hidden])') as HTMLInputElement | null;
  return input?.value?.trim() ?? '';
}

function tagsShown(root: HTMLElement): string[] {
  if (root instanceof HTMLSelectElement) return [...root.selectedOptions].map((o) => o.text.trim());
  const native = root.querySelector('select[multiple]') as HTMLSelectElement | null;
  if (native) return tagsShown(native);
  const lib = libraryOf(root);
  const tagSel = lib.tag ?? SEL.tag;
  const textSel = lib.tagText ?? SEL.tagText;
  return [...root.querySelectorAll(tagSel)]
    .filter((t) => !t.matches('[class*="rest"], [class*="overflow"], [class*="suffix"]'))
    .map((t) => ((textSel && t.querySelector(textSel)) || t).textContent?.trim() ?? '')
    .filter((t) => t && !/^\+\s*\d+/.test(t));
}

const FILE_NAME = /^[^\s/\\]{1,80}\.(png|jpe?g|gif|bmp|webp|pdf)$/i;
function uploadNames(root: HTMLElement, item?: HTMLElement): string[] {
  // the owning library's own list selectors (another library's broad ones would take a card's trigger for a file)
  const lib = libraryOf(root);
  const listSel = lib.uploadList ?? SEL.uploadList;
  const itemSel = lib.uploadItem ?? SEL.uploadItem;
  const nameSel = lib.uploadItemName ?? SEL.uploadItemName;
  let box: Element = root;
  while (box !== item && box.parentElement && !box.querySelector(listSel)) box = box.parentElement;
  // a plain file input shows no list: the files it holds
  const input = (root.matches('input[type=file]') ? root : root.querySelector('input[type=file]')) as HTMLInputElement | null;
  if (!box.querySelector(listSel) && input?.files?.length) return [...input.files].map((f) => f.name);
  // no list: the name the page shows beside its button (上传图片 | yunqi-licence.png 删除)
  if (!box.querySelector(listSel)) {
    let near: Element = root;
    // (not as far as another upload's box)
    for (let up = 0; up < 2 && near !== item && near.parentElement && near.parentElement.querySelectorAll('input[type=file]').length <= 1; up++) near = near.parentElement;
    return [...near.querySelectorAll('span, a, div, p')].filter((e) => !e.children.length && FILE_NAME.test((e.textContent ?? '').trim())).map((e) => e.textContent!.trim());
  }
  return [...box.querySelectorAll(itemSel)].map((it, i) => {
    const name = nameSel ? it.querySelector(nameSel) : null;
    const text = (name?.getAttribute('title') || name?.textContent || it.querySelector('img')?.getAttribute('alt') || '').trim();
    return text || `#${i + 1}`;
  });
}

function boxChecked(root: HTMLElement): boolean {
  const input = (root.matches('input[type=checkbox]') ? root : root.querySelector('input[type=checkbox]')) as HTMLInputElement | null;
  const cls = typeof root.className === 'string' ? root.className : '';
  return !!input?.checked || CHECKED.some((re) => re.test(cls)) || root.getAttribute('aria-checked') === 'true' || !!root.querySelector('[aria-checked=true]');
}

/**
 * A date drawn as three selects (年 / 月 / 日, the old portal): the year select and the two after it.
 * Options are read as numbers (2018, 2018年, 03, 3月 alike).
 */
const numberOf = (t: string) => { const m = /^\s*(\d{1,4})\s*[年月日号]?\s*$/.exec(t); return m ? Number(m[1]) : NaN; };
const optionNumbers = (s: HTMLSelectElement) => [...s.options].map((o) => numberOf(o.text)).filter((n) => !Number.isNaN(n));
export function ymdSelects(year: HTMLElement): [HTMLSelectElement, HTMLSelectElement, HTMLSelectElement] | undefined {
  // a year list is short (a county list of thousands is not read through on every snapshot)
  if (!(year instanceof HTMLSelectElement) || year.options.length < 5 || year.options.length > 300) return undefined;
  const ys = optionNumbers(year);
  if (ys.length < 5 || !ys.every((n) => n >= 1900 && n <= 2200)) return undefined;
  const scope = year.parentElement?.parentElement ?? year.parentElement;
  const all = scope ? [...scope.querySelectorAll('select')] : [];
  const [m, d] = all.slice(all.indexOf(year) + 1, all.indexOf(year) + 3);
  const ms = m ? optionNumbers(m) : [];
  if (!m || !d || ms.length < 12 || !ms.every((n) => n >= 1 && n <= 12)) return undefined;
  return [year, m, d];
}
/**
 * The unit a date box is asked in: its placeholder (年, YYYY), else the short text right after it (□ 年),
 * else its number range (min 1900+ / max 12 / max 31).
 */
function unitOf(input: HTMLInputElement): '年' | '月' | '日' | undefined {
  const word = (t: string) => {
    const s = t.trim();
    return /^(年|y{2,4})$/i.test(s) ? '年' : /^(月|mm?)$/i.test(s) ? '月' : /^(日|号|dd?)$/i.test(s) ? '日' : undefined;
  };
  const own = word(input.placeholder) ?? (Number(input.min) >= 1900 ? '年' : input.max === '12' ? '月' : input.max === '31' ? '日' : undefined);
  if (own) return own;
  // climb the box's own wrappers (while they hold no other input) to the text beside them (past a
  // stepper's buttons, which say nothing)
  for (let el: Element = input, i = 0; el.parentElement && i < 4; el = el.parentElement, i++) {
    let next = el.nextSibling;
    while (next && !next.textContent?.trim() && !(next instanceof Element && next.querySelector('input, select'))) next = next.nextSibling;
    if (next) return next instanceof Element && next.querySelector('input, select') ? undefined : word(next.textContent ?? '');
    if (el.parentElement.querySelectorAll('input').length > 1) return undefined;
  }
  return undefined;
}
/** A date drawn as three boxes (□年 □月 □日, number inputs): the year box and the two after it. */
export function ymdBoxes(year: HTMLElement): [HTMLInputElement, HTMLInputElement, HTMLInputElement] | undefined {
  const input = inputOf(year);
  if (!(input instanceof HTMLInputElement) || input.type === 'date' || unitOf(input) !== '年') return undefined;
  for (let scope = input.parentElement, i = 0; scope && i < 5; scope = scope.parentElement, i++) {
    const all = [...scope.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')];
    if (all.length < 3) continue;
    const [m, d] = all.slice(all.indexOf(input) + 1, all.indexOf(input) + 3);
    return m && d && unitOf(m) === '月' && unitOf(d) === '日' ? [input, m, d] : undefined;
  }
  return undefined;
}
/**
 * An IP address typed box by box (OpenTiny's IpAddress, a portal's four octet boxes): a root named so
 * (ip-address, ipaddr, ip-input) holding four boxes (IPv4 octets) or eight (IPv6 groups). Read as one
 * address (IPv6 in its short form), written by splitting the address over the boxes.
 */
export function ipBoxes(root: HTMLElement): HTMLInputElement[] | undefined {
  if (root.matches('input,textarea') || !/ip-?addr|(^|[\s_-])ip-?(input|box|field)s?(\s|$)/i.test(typeof root.className === 'string' ? root.className : '')) return undefined;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=checkbox]):not([type=radio])')];
  return boxes.length === 4 || boxes.length === 8 ? boxes : undefined;
}
/** An IPv6 address's eight groups (the :: run expanded), or undefined for what is not one. */
function ipv6Groups(v: string): string[] | undefined {
  const halves = v.toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const [head, tail] = halves.map((h) => (h ? h.split(':') : []));
  const fill = 8 - head!.length - (tail?.length ?? 0);
  const groups = tail ? [...head!, ...Array<string>(Math.max(fill, 0)).fill('0'), ...tail] : head!;
  return groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : undefined;
}
/** The short form of eight groups (leading zeros dropped, the longest run of zero groups as ::). */
function ipv6Short(groups: string[]): string {
  const g = groups.map((x) => x.replace(/^0+(?=.)/, '').toLowerCase());
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8; i++) {
    let n = 0;
    while (i + n < 8 && g[i + n] === '0') n++;
    if (n > best.len) best = { at: i, len: n };
  }
  return best.at < 0 ? g.join(':') : `${g.slice(0, best.at).join(':')}::${g.slice(best.at + best.len).join(':')}`;
}
function ipRead(boxes: HTMLInputElement[]): string {
  const v = boxes.map((b) => b.value.trim());
  if (v.every((x) => !x)) return '';
  if (boxes.length === 4) return v.join('.');
  return v.every((x) => /^[0-9a-f]{1,4}$/i.test(x)) ? ipv6Short(v) : v.join(':');
}
async function ipWrite(boxes: HTMLInputElement[], value: string): Promise<DriverResult> {
  const parts = !value ? boxes.map(() => '') : value.includes(':') ? ipv6Groups(value) : value.split('.');
  if (!parts) return { ok: false, error: 'fill.failed' };
  if (parts.length !== boxes.length) {
    // boxes not (yet) of the address's kind (four, the type just switched to IPv6): pasted whole into the
    // first, as a person would; a widget that spreads it (OpenTiny's) takes it, the read-back decides
    const focused = enter(boxes[0]!);
    setNativeValue(boxes[0]!, value);
    leave(boxes[0]!, focused);
    return { ok: true };
  }
  for (const [i, box] of boxes.entries()) {
    const focused = enter(box);
    setNativeValue(box, parts[i]!);
    leave(box, focused);
    await sleep(0);
  }
  return { ok: true };
}
function ymdRead(sels: (HTMLSelectElement | HTMLInputElement)[]): string {
  const n = sels.map((s) => numberOf(s instanceof HTMLSelectElement ? s.options[s.selectedIndex]?.text ?? '' : s.value));
  return n.some((x) => Number.isNaN(x) || !x) ? '' : `${n[0]}-${String(n[1]).padStart(2, '0')}-${String(n[2]).padStart(2, '0')}`;
}
async function ymdType(boxes: HTMLInputElement[], value: string): Promise<DriverResult> {
  const want = value.split('-').map(Number);
  for (const [i, box] of boxes.entries()) {
    await typeInto(box, String(want[i]));
    leave(box, deepActive() === box);
    await sleep(0);
  }
  return { ok: true };
}
async function ymdWrite(sels: HTMLSelectElement[], value: string): Promise<DriverResult> {
  const want = value.split('-').map(Number);
  for (const [i, s] of sels.entries()) {
    // the days follow the month: wait for the day's option
    const opt = await waitFor(() => [...s.options].find((o) => numberOf(o.text) === want[i]), 1500);
    if (!opt) return { ok: false, error: 'fill.noOption' };
    chooseNative(s, opt.value);
    await sleep(0);
  }
  return { ok: true };
}

/** The menus of a cascader drawn open in the page (a cascader panel: no box, no popup), one per level shown. */
const inlineMenus = (root: HTMLElement) => (SEL.cascaderMenu && !root.querySelector('input[type=text], input:not([type])') ? [...root.querySelectorAll<HTMLElement>(SEL.cascaderMenu)].filter(laidOut) : []);
/** What such a panel holds: in each level's menu, the item on the chosen path. */
function inlinePath(root: HTMLElement): string[] | undefined {
  const menus = inlineMenus(root);
  if (!menus.length || !SEL.cascaderItem) return undefined;
  const onPath = (it: HTMLElement) => /(^|\s)(in-active-path|is-active|active|is-selected|selected|is-checked)(\s|$)/.test(typeof it.className === 'string' ? it.className : '') || it.getAttribute('aria-checked') === 'true' || it.getAttribute('aria-expanded') === 'true';
  const text = (it: HTMLElement) => (((SEL.cascaderItemText && it.querySelector(SEL.cascaderItemText)) || it).textContent ?? '').trim();
  return menus.map((m) => [...m.querySelectorAll<HTMLElement>(SEL.cascaderItem)].find(onPath)).filter((it): it is HTMLElement => !!it).map(text);
}

export function readCurrent(root: HTMLElement, shape: Shape, ctx: DriverContext = {}): Current {
  if (shape === 'date') { const ymd = ymdSelects(root) ?? ymdBoxes(root); if (ymd) return ymdRead(ymd); }
  if (shape === 'cascader' && !(root instanceof HTMLInputElement) && !(root instanceof HTMLSelectElement)) { const path = inlinePath(root); if (path) return path; }
  if (shape === 'text') { const ip = ipBoxes(root); if (ip) return ipRead(ip); }
  const lib = libraryOf(root);
  const own = lib.read?.[shape];
  if (own) return own(root, ctx);
  switch (shape) {
    case 'checkbox':
    case 'switch':
      return boxChecked(root);
    case 'radio': {
      const c = choices(root).find(isChecked);
      return c ? c.text : '';
    }
    case 'checkbox-group': {
      const lists = transferLists(root);
      if (lists) return transferEntries(root, lists[1]).map((e) => e.text);
      return choices(root).filter(isChecked).map((c) => c.text);
    }
    case 'select':
      return selectShown(root);
    case 'multi-select':
      return tagsShown(root);
    case 'cascader': {
      // a box a hand-drawn picker writes the path into (浙江省 / 杭州市 / 西湖区)
      if (root instanceof HTMLInputElement) return root.value.split(/\s*[/／>]\s*|\s+/).filter(Boolean);
      // one select of every county, grouped by province and city (<optgroup label="浙江省 杭州市">余杭区)
      if (root instanceof HTMLSelectElement) return root.value ? optionPath(root.selectedOptions[0]).split(/\s*[\s/／>]\s*/).filter(Boolean) : [];
      const native = [...root.querySelectorAll('select')];
      if (native.length) return native.map((s) => (s.value ? s.selectedOptions[0]?.text ?? '' : '')).filter(Boolean);
      const t = selectShown(root);
      return t ? t.split(/\s*[/／>]\s*/).filter(Boolean) : [];
    }
    case 'date-range': {
      const inputs = [...root.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')];
      return inputs.slice(0, 2).map((i) => i.value.trim());
    }
    case 'upload':
      return uploadNames(root, ctx.item);
    case 'picker':
      return pickerShown(root);
    default:
      return inputOf(root)?.value ?? '';
  }
}

/** Option texts that can be read without opening anything (radios, checkboxes, native selects). */
export function readOptions(root: HTMLElement, shape: Shape): string[] | undefined {
  if (shape === 'checkbox-group') {
    const lists = transferLists(root);
    if (lists) return lists.flatMap((l) => transferEntries(root, l).map((e) => e.text));
  }
  // (options without a name yet, a radio per empty row, are chosen when the fill reaches them)
  if (shape === 'radio' || shape === 'checkbox-group') return choices(root).map((c) => c.text).filter(Boolean);
  if (shape === 'select' || shape === 'multi-select') {
    const sel = root instanceof HTMLSelectElement ? root : root.querySelector('select');
    if (sel) return [...sel.options].filter((o) => o.value !== '').map((o) => o.text.trim());
  }
  return undefined;
}

// ─────────────────────────── open shadow roots ───────────────────────────

/**
 * The page's open shadow roots (a micro-frontend's form inside a custom element, qiankun's style
 * isolation): the snapshot reads each as a part of the page, and the drivers look for popups and
 * focus there too. Found again on every snapshot.
 */
let shadowScopes: ShadowRoot[] = [];
export function openShadowRoots(doc: Document = document): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot, depth: number) => {
    for (const el of scope.querySelectorAll('*')) {
      const sr = (el as HTMLElement).shadowRoot;
      if (sr && !el.matches('beian-autofill-panel')) { out.push(sr); if (depth < 3) visit(sr, depth + 1); }
    }
  };
  visit(doc, 0);
  shadowScopes = out;
  return out;
}
/** The open shadow roots the last snapshot found (no second walk of the page). */
export const knownShadowRoots = (): readonly ShadowRoot[] => shadowScopes;
/** Elements matching a selector in the document and in its open shadow roots. */
export function deepAll<T extends Element = Element>(sel: string): T[] {
  return [...document.querySelectorAll<T>(sel), ...shadowScopes.filter((s) => s.host.isConnected).flatMap((s) => [...s.querySelectorAll<T>(sel)])];
}
const byIdDeep = (id: string) => document.getElementById(id) ?? shadowScopes.map((s) => s.getElementById(id)).find(Boolean) ?? null;
/** The focused element, inside open shadow roots too. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

// ─────────────────────────── popups ───────────────────────────

const shown = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const visiblePopups = () => deepAll<HTMLElement>(SEL.popup).filter(shown);
/** Laid out and not hidden: a popup playing its opening transition already holds its options. */
function laidOut(el: HTMLElement): boolean {
  if (el.getClientRects().length === 0 || el.offsetWidth < 1 || el.offsetHeight < 1) return false;
  // drawn far above or left of the page: a copy a list measures itself with (Tea's mirror list at top -9999)
  const r = el.getBoundingClientRect();
  if (r.bottom + window.scrollY < 0 || r.right + window.scrollX < 0) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.visibility !== 'collapse' && Number(st.opacity) >= 0.1;
}

/** The widget each popup was last chosen in: a popup another widget used is never taken for this one's. */
const popupOwner = new WeakMap<HTMLElement, HTMLElement>();
function claimPopups(root: HTMLElement, chosen: HTMLElement) {
  for (const p of visiblePopups()) if (p.contains(chosen)) popupOwner.set(p, root);
}
function usedByOther(root: HTMLElement, popup: HTMLElement): boolean {
  for (let p: HTMLElement | null = popup; p; p = p.parentElement?.closest<HTMLElement>(SEL.popup) ?? null) {
    const owner = popupOwner.get(p);
    if (owner && owner !== root) return true;
  }
  return false;
}

/** The popup this widget opened: the one its input names (aria-controls), else one that was not showing before. */
function popupsOf(root: HTMLElement, before: Set<HTMLElement>): HTMLElement[] {
  const ids = [root, ...root.querySelectorAll('[aria-controls], [aria-owns]')]
    .flatMap((e) => [(e as Element).getAttribute('aria-controls'), (e as Element).getAttribute('aria-owns')])
    .filter((x): x is string => !!x);
  const linked = ids.map((id) => byIdDeep(id)).filter((e): e is HTMLElement => !!e && shown(e));
  if (linked.length && root.closest('.el-select, .el-cascader') !== null) return linked.map((e) => (e.closest('.el-popper') as HTMLElement | null) ?? e);
  const open = visiblePopups().filter((p) => !usedByOther(root, p));
  const fresh = open.filter((p) => !before.has(p) && ![...before].some((b) => b.contains(p)));
  return fresh.length ? fresh : open;
}

/** A popup's own commit button (Tea SelectMultiple's 确定, without which its ticks are dropped), if shown. */
function confirmOf(root: HTMLElement, before: Set<HTMLElement>): HTMLElement | undefined {
  if (!SEL.confirm) return undefined;
  return popupsOf(root, before).flatMap((p) => [...p.querySelectorAll<HTMLElement>(SEL.confirm)]).find((b) => laidOut(b) && !(b as HTMLButtonElement).disabled);
}
/** What was picked in a popup that commits only on its button: committed (the popup then closes itself). */
async function commitPicks(root: HTMLElement, before: Set<HTMLElement>) {
  const ok = confirmOf(root, before);
  if (!ok) return;
  userClick(ok);
  await sleep(0);
}

function closePopups(root: HTMLElement, before: Set<HTMLElement> = new Set()) {
  const open = () => visiblePopups().some((p) => !before.has(p));
  if (!open()) return;
  key(deepActive() ?? root, 'Escape');
  if (!open()) return;
  document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
}

function openTrigger(root: HTMLElement): HTMLElement {
  const sel = libraryOf(root).trigger ?? SEL.trigger;
  const t = sel ? (root.matches(sel) ? root : (root.querySelector(sel) as HTMLElement | null)) : null;
  if (t) return t;
  return (root.querySelector('input:not([type=hidden])') as HTMLElement | null) ?? root;
}

const optionTextOf = (o: HTMLElement) => ((SEL.optionText && o.querySelector(SEL.optionText)) || o).textContent ?? '';

/** The option with an accepted text in the popup this widget opened (scrolling virtual lists). */
/** The option to choose: one reading an accepted text; by token, the only one showing a value whole (two: none). */
function pickOne<T>(items: T[], texts: (x: T) => string[], accept: string[], byToken: boolean): T | undefined {
  // (else the only one leading with an accepted answer: 否，另行填写 for 否)
  if (!byToken) return answerOf(items, texts, accept);
  const hits = items.filter((x) => texts(x).some((t) => accept.some((a) => hasToken(t, a))));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Where to click an option: a node of a checkable tree by its own box (a tree that ticks only there: Fusion's
 * TreeSelect), any other option itself.
 */
function hitOf(option: HTMLElement): HTMLElement {
  const box = option.closest('[role=treeitem]')?.querySelector<HTMLInputElement>('input[type=checkbox]');
  return box && laidOut(box.parentElement ?? box) ? box : option;
}

/**
 * The box that scrolls a list (a virtual list's holder, a tree's; one drawing its own scroll bar hides the
 * native one): the nearest ancestor of the options, inside their popup, that holds several of them and whose
 * content is taller than it; undefined at the end of the list.
 */
function scrollerOf(options: HTMLElement[], popups: Element[]): HTMLElement | undefined {
  for (let a = options[0]?.parentElement; a; a = a.parentElement) {
    const y = getComputedStyle(a).overflowY;
    if (y !== 'visible' && a.scrollHeight > a.clientHeight + 1 && options.filter((o) => a!.contains(o)).length > 1) return a.scrollTop + a.clientHeight >= a.scrollHeight - 1 ? undefined : a;
    if (popups.includes(a)) return undefined;
  }
  return undefined;
}

/**
 * A list's own note drawn where its options go (加载中… while the options are fetched, 暂无数据): no option. A
 * list showing only that is not ready yet.
 */
const LIST_NOTE = /^(加载中|正在加载|数据加载中|loading|暂无|无数据|没有数据|无匹配|无结果|no data|no options|no results)/i;
const isListNote = (o: HTMLElement) => /(^|[\s_-])(tips|empty|loading|no-?data)([\s_-]|$)/i.test(typeof o.className === 'string' ? o.className : '') || LIST_NOTE.test((o.textContent ?? '').trim());

/** A note that a part of the form is still loading (正在加载可选证件类型…, 正在查询您账号下的实例…, 加载中, 证件类型加载中…). */
const LOADING_NOTE = /^[\u4e00-\u9fff]{0,8}?(正在|数据)?(加载|查询|获取|读取)(中|数据|.{0,16}[…]|.{0,16}\.\.\.)/;
/** Whether the page shows such a note (a short visible text of its own, outside the extension's panel). */
export function loadingNoteShown(doc: Document = document): boolean {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '').trim();
    if (t.length > 40 || !LOADING_NOTE.test(t)) continue;
    const el = n.parentElement;
    if (el && !el.closest('beian-autofill-panel') && laidOut(el)) return true;
  }
  return false;
}

/** The options shown in the popups this widget opened. */
function popupOptions(root: HTMLElement, before: Set<HTMLElement>): HTMLElement[] {
  const scopes = popupsOf(root, before);
  // (once each: a list inside a popup is a popup too, role=listbox in Fusion's overlay)
  const inScope = (sel: string) => [...new Set(scopes.flatMap((sc) => [...sc.querySelectorAll<HTMLElement>(sel)]))].filter(laidOut);
  const lib = SEL.option ? inScope(SEL.option) : [];
  return (lib.length ? lib : inScope(SEL.ariaOption)).filter((o) => !isListNote(o));
}

async function findOption(root: HTMLElement, before: Set<HTMLElement>, accept: string[], timeout: number, byToken = false): Promise<HTMLElement | undefined> {
  const pick = (os: HTMLElement[]) => pickOne(os, (o) => [optionTextOf(o)], accept, byToken);
  const options = () => popupOptions(root, before);
  // the search box: in the widget, or at the top of the list it opened (Tea's searchable Select)
  const searchBox = () => root.querySelector<HTMLInputElement>('input:not([type=hidden]):not([readonly])')
    ?? popupsOf(root, before).flatMap((p) => [...p.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([readonly]):not([type=checkbox]):not([type=radio])')]).find(laidOut) ?? null;
  // options, or an open list of a searchable select that offers none until something is typed (a remote
  // search: 输入关键字查询); a list that is drawn before its options gets a moment more
  const opened = () => { const box = searchBox(); return !!box && (deepActive() === box || popupsOf(root, before).length > 0); };
  const ready = await waitFor(() => (options().length ? 'listed' : opened() ? 'open' : undefined), timeout);
  if (!ready) return undefined;
  const listed = ready === 'listed' || !!(await waitFor(() => (options().length ? true : undefined), 300));
  const first = pick(options());
  if (first) return first;
  // a searchable select (virtual lists render a window of options): type the option's text to filter
  // (a path is searched by its last part, then whole: a list of every county finds 余杭区 by that word)
  const last = accept[0]?.split(/\s*[/／>]\s*/).at(-1);
  const search = searchBox();
  for (const term of search && accept[0] ? [...new Set([last!, accept[0]])] : []) {
    setNativeValue(search!, term);
    const hit = await waitFor(() => pick(options()), listed ? 800 : Math.max(800, timeout));
    if (hit) return hit;
    setNativeValue(search!, '');
  }
  if (!listed) return undefined;
  for (let i = 0; i < 60; i++) {
    const hit = pick(options());
    if (hit) return hit;
    const holder = scrollerOf(options(), popupsOf(root, before));
    if (!holder) return undefined;
    holder.scrollTop += Math.max(holder.clientHeight - 24, 24);
    holder.dispatchEvent(new Event('scroll'));
    await sleep(30);
  }
  return undefined;
}

async function openAndPick(root: HTMLElement, accept: string[], patience = 1, byToken = false): Promise<HTMLElement | undefined> {
  const before = new Set(visiblePopups());
  userClick(openTrigger(root));
  let option = await findOption(root, before, accept, 1200 * patience, byToken);
  if (!option && popupsOf(root, before).every((p) => before.has(p))) {
    userClick(root); // some libraries open on the root, not the inner trigger
    option = await findOption(root, before, accept, 1500 * patience, byToken);
  }
  if (!option) { closePopups(root, before); return undefined; }
  claimPopups(root, option);
  userClick(hitOf(option));
  await sleep(0);
  return option;
}

// ─────────────────────────── putting values in ───────────────────────────

async function chooseOption(root: HTMLElement, accept: string[], patience = 1, byToken = false): Promise<DriverResult> {
  const native = root instanceof HTMLSelectElement ? root : root.querySelector('select');
  if (native) {
    // options may arrive a moment later (the level above was just chosen)
    const opt = await waitFor(() => pickOne([...native.options], (o) => [o.text, optionPath(o)], accept, byToken), native.options.length > 1 ? 300 : 2000);
    if (!opt) return { ok: false, error: 'fill.noOption' };
    chooseNative(native, opt.value);
    return { ok: true };
  }
  const before = new Set(visiblePopups());
  const picked = await openAndPick(root, accept, patience, byToken);
  if (!picked) return { ok: false, error: 'fill.noOption' };
  await commitPicks(root, before);
  closePopups(root, before);
  return { ok: true };
}

/** A multi-select ends up holding exactly the wanted options: each missing one picked, each extra tag removed. */
async function chooseMany(root: HTMLElement, want: string[]): Promise<DriverResult> {
  const native = root instanceof HTMLSelectElement ? root : (root.querySelector('select[multiple]') as HTMLSelectElement | null);
  if (native) {
    const opts = [...native.options];
    if (want.some((w) => !opts.some((o) => same(o.text, w)))) return { ok: false, error: 'fill.noOption' };
    for (const o of opts) o.selected = want.some((w) => same(o.text, w));
    announce(native);
    return { ok: true };
  }
  const before = new Set(visiblePopups());
  const had = tagsShown(root);
  // a value the list does not offer: the tags this call added come off again (never part of the list)
  const giveUp = async (): Promise<DriverResult> => {
    closePopups(root, before);
    await removeTags(root, (t) => !had.includes(t));
    return { ok: false, error: 'fill.noOption' };
  };
  // a select that opened no list for the first value (a tag input) is typed into for the rest at once
  let listless = false;
  const opened = () => popupsOf(root, before).some((p) => !before.has(p)) || undefined;
  for (const w of want) {
    if (tagsShown(root).some((t) => showsAnswer(t, w))) continue;
    // a multi-select's popup stays open between picks: pick in it while it shows, open it when it does not
    let option = opened() ? await findOption(root, before, [w], 300) : undefined;
    if (!option && !listless) {
      userClick(openTrigger(root));
      let open = await waitFor(opened, 400);
      // another widget's list still showing when this one was clicked (a busy page closing the list of the
      // field before) may have taken the click for its own closing: clicked once more
      if (!open && [...before].some((p) => p.isConnected && laidOut(p))) { userClick(openTrigger(root)); open = await waitFor(opened, 600); }
      // no list opens at all on a tag-mode select without options: go straight to typing
      if (open) option = await findOption(root, before, [w], 1500);
      else listless = true;
    }
    // a select that turned out to take one value: never leave it holding part of the list
    if (option && popupsOf(root, before).some((p) => p.querySelector('.el-select-dropdown:not(.is-multiple)') || p.matches('.el-select-dropdown:not(.is-multiple)') || p.querySelector('[role=listbox][aria-multiselectable=false]'))) {
      return giveUp();
    }
    if (!option) {
      // a tag-mode select (a list of the filer's own values, e.g. domains) offers no option: type it and press Enter
      if (await typeTag(root, w, before)) continue;
      return giveUp();
    }
    claimPopups(root, option);
    userClick(hitOf(option));
    // a popup that commits on its button shows no tag before it is pressed
    if (confirmOf(root, before)) await sleep(0);
    else await waitFor(() => tagsShown(root).some((t) => showsAnswer(t, w)), 1000);
  }
  await commitPicks(root, before);
  closePopups(root, before);
  // the list gone before the next field opens its own (Tea's TagSelect closes its list a moment later: a
  // select opened meanwhile found no list of its own)
  await waitFor(() => !visiblePopups().some((p) => !before.has(p)) || undefined, 600);
  // remove tags that are not wanted (an overwrite)
  await removeTags(root, (text) => !want.some((w) => showsAnswer(text, w)));
  return { ok: true };
}

/**
 * Type a value into a multi-select's own text box and press Enter, as a person adds a tag. The list the
 * typing filters decides: an entry reading exactly the value is clicked; any other entry showing means
 * Enter would pick (or untick) that one, so nothing is pressed; no entry at all (a tag-mode select) gets
 * Enter. Kept only when the page then shows exactly that tag.
 */
async function typeTag(root: HTMLElement, value: string, before: Set<HTMLElement>): Promise<boolean> {
  const input = root.querySelector<HTMLInputElement>('input:not([type=hidden]):not([readonly]):not([disabled])');
  if (!input) return false;
  const had = tagsShown(root);
  if (deepActive() !== input) { userClick(input); input.focus({ preventScroll: true }); }
  input.select();
  if (!document.execCommand('insertText', false, value)) setNativeValue(input, value);
  await sleep(50);
  const entries = popupsOf(root, before).filter((p) => !before.has(p))
    .flatMap((p) => [...p.querySelectorAll<HTMLElement>(SEL.option || SEL.ariaOption)]).filter(laidOut);
  const exact = entries.find((o) => same(value, optionTextOf(o)));
  if (exact) userClick(exact);
  else if (!entries.length) key(input, 'Enter');
  const added = exact || !entries.length ? await waitFor(() => { const now = tagsShown(root); return now.length > had.length ? now : undefined; }, 600) : undefined;
  if (added?.some((t) => same(t, value) && !had.includes(t))) return true;
  if (added) await removeTags(root, (t) => !had.includes(t));
  if (input.value) setNativeValue(input, '');
  return false;
}

async function removeTags(root: HTMLElement, unwanted: (text: string) => boolean) {
  const lib = libraryOf(root);
  const textSel = lib.tagText ?? SEL.tagText;
  for (const tag of [...root.querySelectorAll<HTMLElement>(lib.tag ?? SEL.tag)]) {
    const text = ((textSel && tag.querySelector(textSel)) || tag).textContent?.trim() ?? '';
    if (!text || !unwanted(text)) continue;
    const close = tag.querySelector<HTMLElement>('[class*="close"], [class*="remove"]');
    if (close) { userClick(close); await sleep(0); }
  }
}

async function chooseCascade(root: HTMLElement, path: string[], accept?: string[]): Promise<DriverResult> {
  // one level's answer in any of its wordings (accept), else the path's own names
  const names = (level: number) => (accept?.length && path.length === 1 ? accept : [path[level]!]);
  if (root instanceof HTMLSelectElement) return chooseOption(root, accept?.length && path.length === 1 ? accept : [path.join('/'), path.join(' / '), path.join(' '), path.join('')]);
  const natives = [...root.querySelectorAll('select')];
  if (natives.length >= path.length) {
    for (let i = 0; i < path.length; i++) {
      const sel = natives[i]!;
      const opt = await waitFor(() => [...sel.options].find((o) => names(i).some((n) => same(o.text, n))), 2000);
      if (!opt) return { ok: false, error: 'fill.noOption' };
      sel.value = opt.value;
      announce(sel);
    }
    return { ok: true };
  }
  if (root instanceof HTMLInputElement) return pickLinks(root, path);
  const before = new Set(visiblePopups());
  // a panel drawn open in the page: its own menus, nothing to open
  const inline = inlineMenus(root).length > 0;
  const menusNow = () => {
    if (inline) return inlineMenus(root);
    const scopes = popupsOf(root, before);
    return [...new Set(scopes.flatMap((sc) => [...(sc.matches(SEL.cascaderMenu) ? [sc] : []), ...sc.querySelectorAll<HTMLElement>(SEL.cascaderMenu)]))].filter(laidOut);
  };
  // what opened: the cascader's menus, or a plain list of options (a select whose options are whole paths,
  // known at once rather than after the menus' whole wait)
  const listNow = () => popupsOf(root, before).some((p) => [...p.querySelectorAll<HTMLElement>(SEL.option)].some((o) => laidOut(o) && !isListNote(o)));
  const opened = () => (menusNow().length ? 'menu' : listNow() ? 'list' : undefined);
  if (!inline) userClick(openTrigger(root));
  let got = await waitFor(opened, 700);
  // clicked again only when nothing opened (a second click on a popup still rendering would close it)
  if (!got && !visiblePopups().some((p) => !before.has(p))) userClick(openTrigger(root));
  got ??= await waitFor(opened, 1500);
  if (got !== 'menu') {
    // not a cascader after all: a select whose options are whole paths
    closePopups(root, before);
    return chooseOption(root, [path.join('/'), path.join(' / '), path.join(' '), path.join('')]);
  }
  for (let level = 0; level < path.length; level++) {
    const item = await waitFor(() => {
      // a menu per level; a cascader drawn as tabs (省份 | 城市 | 区县) shows one level's list at a time
      const menus = menusNow();
      const menu = menus[level] ?? (level > 0 && menus.length === 1 ? menus[0] : undefined);
      if (!menu) return undefined;
      return [...menu.querySelectorAll<HTMLElement>(SEL.cascaderItem)].find((it) => laidOut(it) && names(level).some((n) => same(((SEL.cascaderItemText && it.querySelector(SEL.cascaderItemText)) || it).textContent ?? '', n)));
    }, 4000);
    if (!item) { closePopups(root, before); return { ok: false, error: 'fill.noOption' }; }
    claimPopups(root, item);
    // a level above the last opened by its own switcher where it has one (a tree whose upper levels cannot be chosen)
    const expand = level < path.length - 1 && SEL.cascaderExpand ? item.querySelector<HTMLElement>(SEL.cascaderExpand) : null;
    if (expand && item.getAttribute('aria-expanded') !== 'true') userClick(expand);
    else if (!expand) userClick((SEL.cascaderItemText && item.querySelector(SEL.cascaderItemText)) || item);
  }
  await sleep(0);
  closePopups(root, before);
  return { ok: true };
}

/**
 * A region picker drawn by hand and opened by a read-only box (a portal's city picker: 省份 | 城市 | 区县 tabs
 * of links, each level loaded once the one above is clicked): each level's name is clicked where the click
 * made it appear, never on a text that was on the page before, and after the first level only inside the
 * popup that showed it (its outermost box not holding the input).
 */
async function pickLinks(root: HTMLInputElement, path: string[]): Promise<DriverResult> {
  const named = (scope: ParentNode, name: string) => [...scope.querySelectorAll<HTMLElement>('a, li, span, button, dd, dt, td, label, div')]
    .filter((el) => el.childElementCount === 0 && same(el.textContent ?? '', name) && !root.contains(el) && laidOut(el));
  const was = new Set(named(document, path[0]!));
  userClick(root);
  let scope: HTMLElement | undefined;
  for (const name of path) {
    const hit = await waitFor(() => named(scope ?? document, name).find((el) => !was.has(el)), 4000);
    if (!hit) { key(root, 'Escape'); return { ok: false, error: 'fill.noOption' }; }
    if (!scope) {
      scope = hit;
      while (scope.parentElement && scope.parentElement !== document.body && !scope.parentElement.contains(root)) scope = scope.parentElement;
    }
    userClick(hit);
  }
  return { ok: true };
}

/**
 * Type a date and press Enter (commits in Fusion DatePicker2, antd, Element Plus, Arco and OpenTiny pickers).
 * The text goes in as typed text (execCommand insertText: trusted beforeinput/input events, as from a
 * keyboard), which Arco's and OpenTiny's pickers need; where that is refused, the value is set directly.
 */
async function typeInto(input: HTMLInputElement, value: string) {
  userClick(input);
  // a picker that takes text only once the click has opened it (Arco) gets that turn; the others are
  // typed into at once (waiting would cost a popup's whole first render, 60–80 ms on Fusion's)
  if (libraryOf(input).typeAfterOpen) await sleep(0);
  if (deepActive() !== input) input.focus({ preventScroll: true });
  input.select();
  // typed only into the box that has the focus (a picker may keep it in another box): else set directly
  if (input.readOnly || deepActive() !== input || !document.execCommand('insertText', false, value)) setNativeValue(input, value);
  key(input, 'Enter');
  await sleep(0);
}
function blurLast(root: HTMLElement, input?: HTMLInputElement) {
  if (input) leave(input, deepActive() === input);
  closePopups(root, new Set());
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The year and month a calendar header shows ("2026年 12月", "12 月" + "2026", "Dec 2026"), as year*12 + month-1. */
export function shownMonth(header: Element): number | undefined {
  const text = [header.textContent ?? '', ...[...header.querySelectorAll('input')].map((i) => i.value)].join(' ');
  const y = /(\d{4})\s*年?/.exec(text);
  const m = /(\d{1,2})\s*月/.exec(text) ?? /\d{4}\s*[-/.]\s*(\d{1,2})(?!\d)/.exec(text);
  const month = m ? Number(m[1]) : MONTHS.findIndex((n) => new RegExp(`\\b${n}`, 'i').test(text)) + 1;
  if (!y || month < 1 || month > 12) return undefined;
  return Number(y[1]) * 12 + month - 1;
}

/**
 * Click the days in the picker's calendar, as a user does where typed text is refused (TDesign): open it,
 * step the first month panel to each date's month, click the day. False when the library describes no
 * calendar or the panel cannot be read; read-back decides the rest.
 */
async function pickInCalendar(root: HTMLElement, dates: string[]): Promise<boolean> {
  const cal = libraryOf(root).calendar;
  if (!cal) return false;
  const before = new Set(visiblePopups());
  const panel = () => popupsOf(root, before).flatMap((p) => [...p.querySelectorAll<HTMLElement>(cal.panel)]).find(laidOut);
  userClick(inputOf(root) ?? openTrigger(root));
  if (!(await waitFor(panel, 1500))) { closePopups(root, before); return false; }
  for (const date of dates) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const want = y * 12 + m - 1;
    for (let step = 0; step < 480; step++) {
      const p = panel();
      const header = p?.querySelector(cal.header);
      const at = header ? shownMonth(header) : undefined;
      if (!p || at === undefined) { closePopups(root, before); return false; }
      if (at === want) break;
      const diff = want - at;
      const scope = p.closest<HTMLElement>(SEL.popup) ?? p;
      const button = (diff >= 12 && cal.nextYear && scope.querySelector<HTMLElement>(cal.nextYear)) || (diff <= -12 && cal.prevYear && scope.querySelector<HTMLElement>(cal.prevYear)) || scope.querySelector<HTMLElement>(diff > 0 ? cal.nextMonth : cal.prevMonth);
      if (!button) { closePopups(root, before); return false; }
      userClick(button);
      await waitFor(() => { const h = panel()?.querySelector(cal.header); return h && shownMonth(h) !== at; }, 1000);
    }
    const cell = [...(panel()?.querySelectorAll<HTMLElement>(cal.day) ?? [])].find((c) => (c.textContent ?? '').trim() === String(d));
    if (!cell) { closePopups(root, before); return false; }
    userClick(cell.firstElementChild ?? cell);
    await sleep(0);
  }
  await sleep(0);
  closePopups(root, before);
  return true;
}

/**
 * A calendar a page draws by hand over a read-only date input (the My97 / laydate / jQuery UI kind on
 * server-rendered portals), which no driver describes: after the click, the new grid of day numbers is the
 * month; its month shows in year/month selects beside it (set, as a user picks them) or in a header with
 * step buttons (上月/下月, ‹ ›). The days of the shown month run from its "1" to the next "1". False when
 * no such calendar opens or cannot be read; read-back decides the rest.
 */
async function pickInPlainCalendar(input: HTMLInputElement | HTMLTextAreaElement, date: string): Promise<boolean> {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const want = y * 12 + m - 1;
  const grids = () => [...deepAll<HTMLElement>('table, [role=grid]')].filter(laidOut);
  const before = new Set(grids());
  const daysOf = (g: HTMLElement) => {
    const cells = [...g.querySelectorAll<HTMLElement>('td, [role=gridcell]')].filter((c) => /^\d{1,2}$/.test((c.textContent ?? '').trim()));
    const start = cells.findIndex((c) => (c.textContent ?? '').trim() === '1');
    const out: HTMLElement[] = [];
    for (const c of cells.slice(start)) { if (out.length && (c.textContent ?? '').trim() === '1') break; out.push(c); }
    return start < 0 ? [] : out;
  };
  const grid = () => grids().find((g) => !before.has(g) && daysOf(g).length >= 28);
  userClick(input);
  let g = await waitFor(grid, 1500);
  if (!g) return false;
  // the popup: the grid's nearest ancestor that holds more than the grid (its header)
  const popupOf = (x: HTMLElement) => { let p = x; while (p.parentElement && p.parentElement !== document.body && (p.parentElement.textContent ?? '').trim() === (x.textContent ?? '').trim()) p = p.parentElement; return p.parentElement ?? p; };
  for (let step = 0; step < 240; step++) {
    const pop = popupOf(g);
    const selects = [...pop.querySelectorAll<HTMLSelectElement>('select')];
    const yearSel = selects.find((x) => [...x.options].some((o) => /^\d{4}/.test(o.text.trim())));
    const monthSel = selects.find((x) => x !== yearSel && x.options.length === 12);
    if (yearSel && monthSel) {
      const yi = [...yearSel.options].findIndex((o) => parseInt(o.text, 10) === y);
      if (yi < 0) return false;
      if (parseInt(yearSel.options[yearSel.selectedIndex]?.text ?? '', 10) === y && monthSel.selectedIndex === m - 1) break;
      for (const [sel, i] of [[yearSel, yi], [monthSel, m - 1]] as const) {
        if (sel.selectedIndex === i || !sel.isConnected) continue;
        sel.selectedIndex = i;
        announce(sel);
        await sleep(0);
      }
      g = await waitFor(grid, 1000);
      if (!g) return false;
      continue;
    }
    const header = [...pop.children].find((c) => !c.contains(g!) && shownMonth(c) !== undefined) ?? pop;
    const at = shownMonth(header);
    if (at === undefined) return false;
    if (at === want) break;
    const next = want > at;
    const button = [...pop.querySelectorAll<HTMLElement>('button, a, [role=button], span, i')].find((b) => !g!.contains(b)
      && (next ? /^(下月|下一月|下个月|›|>|next)$/i : /^(上月|上一月|上个月|‹|<|prev|previous)$/i).test((b.textContent || b.title || b.getAttribute('aria-label') || '').trim()));
    if (!button) return false;
    userClick(button);
    g = await waitFor(() => { const x = grid(); return x && shownMonth([...popupOf(x).children].find((c) => !c.contains(x)) ?? popupOf(x)) !== at ? x : undefined; }, 1000);
    if (!g) return false;
  }
  const cell = daysOf(g).find((c) => (c.textContent ?? '').trim() === String(d));
  if (!cell) return false;
  userClick(cell.querySelector('button, a') ?? cell);
  await sleep(0);
  return true;
}

/** Does the picker now show these dates? (formats as the engine's read-back compares them) */
const holds = (root: HTMLElement, shape: 'date' | 'date-range', value: string | string[]) => matches(shape, value as Wanted, undefined, readCurrent(root, shape));

async function typeDate(root: HTMLElement, value: string): Promise<DriverResult> {
  const ymd = ymdSelects(root);
  if (ymd) return ymdWrite(ymd, value);
  const boxes = ymdBoxes(root);
  if (boxes) return ymdType(boxes, value);
  const input = inputOf(root) as HTMLInputElement | null;
  if (!input) return { ok: false, error: 'fill.failed' };
  if (input.type === 'date') { setNativeValue(input, value); return { ok: true }; }
  // a read-only box under a hand-drawn calendar takes no typing: its day is clicked
  if (input.readOnly && value && !libraryOf(root).calendar && (await pickInPlainCalendar(input, value))) return { ok: true };
  await typeInto(input, value);
  blurLast(root, input);
  if (!value || !libraryOf(root).calendar || (await waitFor(() => holds(root, 'date', value), 300))) return { ok: true };
  await pickInCalendar(root, [value]);
  return { ok: true };
}

/** A range picker commits a start and an end together; with the end disabled (长期) the start alone. */
async function typeRange(root: HTMLElement, value: string[]): Promise<DriverResult> {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')];
  const [start, stop] = inputs;
  const [from, to] = value;
  if (!start || !from) return { ok: false, error: 'fill.failed' };
  // no end (长期) while the end is enabled: the start alone, which pickers that allow an open end commit;
  // read-back decides whether the page took it
  await typeInto(start, from);
  if (stop && !stop.disabled && to) await typeInto(stop, to);
  blurLast(root, inputs.at(-1));
  const want = stop && !stop.disabled && to ? [from, to] : [from];
  if (want.length === 2 && libraryOf(root).calendar && !(await waitFor(() => holds(root, 'date-range', want), 300))) await pickInCalendar(root, want);
  return { ok: true };
}

async function setText(root: HTMLElement, value: string): Promise<DriverResult> {
  const input = inputOf(root);
  if (!input) return { ok: false, error: 'fill.failed' };
  // a box that suggests as it is typed in (an AutoComplete): the list it opens is closed again, or the next
  // field's list would be taken for it
  const suggests = input.matches('[role=combobox], [aria-autocomplete]') || root.matches('.next-select-auto-complete, .ant-select-auto-complete');
  const before = suggests ? new Set(visiblePopups()) : undefined;
  const focused = enter(input);
  setNativeValue(input, value);
  if (before) {
    await sleep(30);
    const opened = visiblePopups().filter((p) => !before.has(p));
    // (its list, closing, is this box's: never taken for the next field's)
    for (const p of opened) popupOwner.set(p, root);
    if (opened.length) key(input, 'Escape');
  }
  leave(input, focused);
  if (before) closePopups(root, before);
  return { ok: true };
}

/**
 * A region typed into one box. A box that suggests places as it is typed in (输入区县名称搜索, a list of 省 / 市 / 区县
 * answered late) takes only what it suggests: the suggestion showing the whole path is chosen (found by the line, else
 * by the county alone). A box that suggests nothing keeps the line; one whose suggestions miss the path is emptied.
 */
async function typeRegion(root: HTMLElement, line: string, accept: string[]): Promise<DriverResult> {
  const input = inputOf(root);
  if (!input) return { ok: false, error: 'fill.failed' };
  const before = new Set(visiblePopups());
  const focused = enter(input);
  const open = () => popupsOf(root, before).some((p) => !before.has(p) && laidOut(p));
  const pick = () => pickOne(popupOptions(root, before), (o) => [optionTextOf(o)], accept, false);
  const county = accept[0]?.split(/\s*[/／>]\s*/).at(-1) ?? line;
  for (const term of [...new Set([line, county])]) {
    setNativeValue(input, term);
    if (!(await waitFor(open, 600))) {
      if (term === line) { leave(input, focused); return { ok: true }; }
      break;
    }
    const option = await waitFor(pick, 1500);
    if (!option) continue;
    claimPopups(root, option);
    userClick(hitOf(option));
    await sleep(0);
    leave(input, focused);
    return { ok: true };
  }
  setNativeValue(input, '');
  closePopups(root, before);
  leave(input, focused);
  return { ok: false, error: 'fill.noOption' };
}

/**
 * Focus a control as a user's click would: focus/focusin come from focus() itself; only where the
 * browser did not move the focus (a window without focus) are they dispatched by hand. One focus and one
 * blur per field: a page validating on blur does it once, not twice.
 */
function enter(input: HTMLElement): boolean {
  input.focus({ preventScroll: true });
  const focused = deepActive() === input;
  if (!focused) input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  return focused;
}
function leave(input: HTMLElement, focused: boolean) {
  if (focused && deepActive() === input) input.blur();
  else input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

async function clickChoices(root: HTMLElement, accept: string[], kind: 'radio' | 'checkbox-group'): Promise<DriverResult> {
  if (kind === 'radio') {
    const c = choices(root).find((x) => accept.some((a) => same(a, x.text)));
    if (!c) return { ok: false, error: 'fill.noOption' };
    userClick(c.input ?? c.wrapper);
    return { ok: true };
  }
  // exactly the wanted options: tick what is missing, untick the rest, one click per framework commit
  const byText = (text: string) => choices(root).find((x) => same(x.text, text));
  if (accept.some((text) => !byText(text))) return { ok: false, error: 'fill.noOption' };
  for (const c of choices(root)) {
    const want = accept.some((a) => same(a, c.text));
    if (want === isChecked(c)) continue;
    userClick(c.input ?? c.wrapper);
    await waitFor(() => { const now = byText(c.text); return now && isChecked(now) === want; }, 1000);
    await sleep(0);
  }
  return { ok: true };
}

function setBox(root: HTMLElement, want: boolean): DriverResult {
  if (boxChecked(root) === want) return { ok: true };
  const input = (root.matches('input[type=checkbox]') ? root : root.querySelector('input[type=checkbox]')) as HTMLInputElement | null;
  userClick(input ?? root);
  return { ok: true };
}

function upload(root: HTMLElement, file: UploadValue['file']): DriverResult {
  const input = (root.matches('input[type=file]') ? root : root.querySelector('input[type=file]')) as HTMLInputElement | null;
  if (!input) return { ok: false, error: 'fill.failed' };
  const bin = atob(file.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], file.name, { type: file.mime }));
  input.files = dt.files;
  announce(input);
  return { ok: true };
}

/**
 * Rows of a list that each carry a choice reading one of `words` (主域名): the choice in the row of `box`
 * (the first value's) is ticked, when no row's is yet (one the filer ticked stays).
 */
export async function tickMainRow(container: HTMLElement, box: HTMLElement, boxes: HTMLElement[], words: readonly string[]): Promise<void> {
  const mainChoices = (scope: HTMLElement) => [...scope.querySelectorAll<HTMLElement>(`${SEL.choice ? `${SEL.choice}, ` : ''}label`)].filter((el) => words.includes((el.textContent ?? '').replace(/\s+/g, '')));
  if (mainChoices(container).some(boxChecked)) return;
  // the row: the largest ancestor of the box inside the container that holds no other box
  let row = box;
  while (row.parentElement && row.parentElement !== container && !boxes.some((b) => b !== box && row.parentElement!.contains(b))) row = row.parentElement;
  const choice = mainChoices(row)[0];
  if (!choice) return;
  const input = choice.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]');
  // enabled once its row holds a domain
  await waitFor(() => (input?.disabled ? undefined : true), 1000);
  if (!boxChecked(choice)) userClick(choice);
}

/** Put a value into a widget of a shape, as a user would. */
export async function setValue(root: HTMLElement, shape: Shape, value: SetValue, ctx: DriverContext = {}): Promise<DriverResult> {
  const own = libraryOf(root).set?.[shape];
  if (own && !(typeof value === 'object' && value !== null && !Array.isArray(value))) return own(root, value as Current, ctx);
  const accept = ctx.accept ?? (typeof value === 'string' ? [value] : []);
  switch (shape) {
    case 'text': { const ip = ipBoxes(root); return ip ? ipWrite(ip, String(value)) : ctx.region ? typeRegion(root, String(value), accept) : setText(root, String(value)); }
    case 'date': return typeDate(root, String(value));
    case 'date-range': return typeRange(root, value as string[]);
    case 'select': return chooseOption(root, accept, ctx.patience, ctx.byToken);
    case 'multi-select': return chooseMany(root, value as string[]);
    case 'radio': return clickChoices(root, accept, 'radio');
    case 'checkbox-group': {
      const lists = transferLists(root);
      return lists ? setTransfer(root, lists, value as string[]) : clickChoices(root, value as string[], 'checkbox-group');
    }
    case 'checkbox': case 'switch': return setBox(root, value === true);
    case 'cascader': return chooseCascade(root, value as string[], ctx.accept);
    case 'upload': return typeof value === 'object' && value && 'file' in value ? upload(root, value.file) : { ok: false, error: 'fill.failed' };
    case 'picker': return pickInDialog(root, accept, ctx.byToken);
  }
}

// ─────────────────────────── a value chosen in a dialog ───────────────────────────

const PICK_BUTTONS = 'button, a, [role=button]';
/** What a picker's box shows as chosen (实例ID（IP）), without its buttons' texts (选择实例, 更换) and notes. */
function pickerShown(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(`${PICK_BUTTONS}, [class*="tips"], [class*="help"], [class*="extra"], [class*="explain"], [class*="hint"]`).forEach((b) => b.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
/** The open dialogs and drawers (any library's, and ARIA ones), the outermost of each. */
export const openDialogs = () => deepAll<HTMLElement>(`[role=dialog], [aria-modal=true], dialog[open]${SEL.dialog ? `, ${SEL.dialog}` : ''}`)
  .filter(laidOut).filter((d, _, all) => !all.some((o) => o !== d && o.contains(d)));
/** A dialog's confirming button (确定, 确认): never one that submits the filing (提交, 下一步). */
const CONFIRM = /^(确定|确认|确定选择|选择|完成|OK)$/i;
/** The confirming button of a dialog holding a part of the form (确定, 保存): it keeps the dialog's entries in the page's form. */
const FORM_CONFIRM = /^(确定|确认|保存|完成|OK)$/i;

/**
 * Press a dialog's own confirming button and wait for the dialog to close: true once it has, false when it stays
 * open (the page's own check refused an entry), undefined when it has no such button (nothing pressed).
 */
export async function confirmDialog(dialog: HTMLElement, words: RegExp = FORM_CONFIRM): Promise<boolean | undefined> {
  const ok = [...dialog.querySelectorAll<HTMLElement>(PICK_BUTTONS)].find((b) => laidOut(b) && !(b as HTMLButtonElement).disabled && words.test((b.textContent ?? '').replace(/\s+/g, '')));
  if (!ok) return undefined;
  userClick(ok);
  return !!(await waitFor(() => !laidOut(dialog) || !dialog.isConnected || undefined, 2000));
}

/**
 * A value chosen in a dialog (云服务器实例 [选择实例]): the button opens it, the one row (or list entry) showing an
 * accepted value (by token: the only one showing it whole) is ticked, and the dialog's 确定 is pressed. A row whose
 * box is disabled (剩余时长不足) is never taken; none or several: the dialog is closed and nothing chosen.
 */
async function pickInDialog(root: HTMLElement, accept: string[], byToken = false): Promise<DriverResult> {
  const button = [...root.querySelectorAll<HTMLElement>(PICK_BUTTONS)].filter(laidOut).pop();
  if (!button || !accept.length) return { ok: false, error: 'fill.failed' };
  const before = new Set(openDialogs());
  userClick(button);
  const dialog = await waitFor(() => openDialogs().find((d) => !before.has(d)), 3000);
  if (!dialog) return { ok: false, error: 'fill.failed' };
  const boxOf = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]');
  // the rows may be fetched when it opens: wait for one to show an accepted value
  const row = await waitFor(() => {
    const rows = [...dialog.querySelectorAll<HTMLElement>('tbody tr, [role=row], li')].filter((r) => laidOut(r) && !!boxOf(r));
    return pickOne(rows, (r) => [r.textContent ?? ''], accept, byToken);
  }, 5000);
  const box = row ? boxOf(row) : undefined;
  if (!row || !box || box.disabled) { closeDialog(dialog); return { ok: false, error: 'fill.noOption' }; }
  if (!box.checked) userClick((SEL.choice && box.closest<HTMLElement>(SEL.choice)) || box);
  // ticked, and still ticked once the page has drawn its choice (a 确定 pressed before the page re-rendered would
  // confirm the dialog's state from before the tick: nothing)
  if (!(await waitFor(() => box.checked || undefined, 1500))) { closeDialog(dialog); return { ok: false, error: 'fill.failed' }; }
  await sleep(250);
  if (!box.checked) { closeDialog(dialog); return { ok: false, error: 'fill.failed' }; }
  if ((await confirmDialog(dialog, CONFIRM)) === undefined) { closeDialog(dialog); return { ok: false, error: 'fill.failed' }; }
  return { ok: true };
}

/** Close a dialog without choosing: its 取消 or close button, else Escape. */
export function closeDialog(dialog: HTMLElement) {
  const cancel = [...dialog.querySelectorAll<HTMLElement>(PICK_BUTTONS)].find((b) => laidOut(b) && /^(取消|关闭|Cancel)$/i.test((b.textContent ?? '').replace(/\s+/g, '')))
    ?? dialog.querySelector<HTMLElement>('[aria-label=Close], [aria-label=关闭], [class*="close"]');
  if (cancel) userClick(cancel);
  else key(dialog, 'Escape');
}

/** Does what the page shows now equal what was put in? (the framework's state is the truth) */
export function shows(shape: Shape, value: SetValue, accept: string[] | undefined, current: Current, byToken = false): boolean {
  return matches(shape, value as Wanted, accept, current, undefined, byToken);
}

/** Put back what a field held before a fill (撤销); false where the page offers no way to empty a choice. */
export async function restore(root: HTMLElement, shape: Shape, before: Current, ctx: DriverContext = {}): Promise<boolean> {
  if (shape === 'checkbox' || shape === 'switch') await setValue(root, shape, before === true);
  else if (shape === 'checkbox-group' || shape === 'multi-select') await setValue(root, shape, Array.isArray(before) ? before : []);
  else if (shape === 'text' || shape === 'date') await setValue(root, shape, typeof before === 'string' ? before : '');
  else if (shape === 'upload') {
    const close = (ctx.item ?? root).querySelectorAll<HTMLElement>(SEL.uploadRemove);
    close[close.length - 1]?.click();
  } else if (typeof before === 'string' ? before : Array.isArray(before) && before.some(Boolean)) {
    await setValue(root, shape, before, { accept: typeof before === 'string' ? [before] : undefined });
  } else if (root instanceof HTMLSelectElement || (shape === 'select' && root.querySelector('select'))) {
    // a native select back to its empty entry (请选择): there is one, or the page offers no way to empty it
    const sel = root instanceof HTMLSelectElement ? root : root.querySelector('select')!;
    const empty = [...sel.options].find((o) => o.value === '');
    if (!empty) return false;
    sel.value = '';
    announce(sel);
  } else {
    root.dispatchEvent(new MouseEvent('mouseenter', { bubbles: true }));
    root.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const clear = root.querySelector<HTMLElement>(SEL.clear);
    if (!clear) return false;
    clear.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    clear.click();
  }
  return !!(await waitFor(() => JSON.stringify(readCurrent(root, shape, ctx)) === JSON.stringify(before), 1500));
}
