/**
 * A snapshot of a page's labelled controls, for recognition (lib/forms/classify.ts): every widget root
 * of any registered library, the label that names it (a form item's label, a table or description cell,
 * label[for], a wrapping label, ARIA, the text just before it — Chromium's order, AUTOFILL.md §2.1), the
 * text at the control itself (placeholder, 起 / 止, a box's own text), the section headings above it,
 * what it shows now and the options it lists. Runs in the content script; holds no profile data.
 */
import type { PageSnapshot, SnapControl, SnapItem } from '../forms/classify';
import { isDisabled, isPrompt, isReadOnly, isVisible, openShadowRoots, readCurrent, readOptions, ymdBoxes, ymdSelects } from './drivers/engine';
import { SEL, inPopup, libraryOf, shapeOf } from './drivers/index';
import { CUES, labelKey, namesSection } from '../forms/vocabulary';
import { headingRole, namesField } from '../forms/classify';
import type { Shape } from './drivers/types';

/** Where controls are looked for: the document, or an open shadow root inside it. */
type Scope = Document | ShadowRoot;

/** What the snapshot's ids point at in the page (kept by the content script for the fill that follows). */
export interface LiveSnapshot {
  snapshot: PageSnapshot;
  roots: Map<number, HTMLElement>;
  /** per item: its container (for list rows and uploads) and its 添加 button */
  items: Map<number, { container?: HTMLElement; add?: HTMLElement }>;
}

const OWN_UI = 'beian-autofill-panel';
const CELL_LABEL = 'th, .el-descriptions__label, .ant-descriptions-item-label, dt, [class*="descriptions__label"], [class*="descriptions-item-label"]';
const CELL = 'td, dd, .el-descriptions__content, .ant-descriptions-item-content, [class*="descriptions__content"], [class*="descriptions-item-content"]';
const GENERIC_HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,caption,[role=heading],[role=separator],th[colspan],td[colspan],[class*="title"],[class*="header"],[class*="heading"],[class*="divider-inner-text"],[class*="divider__text"],strong,b';
const ADD_WORDS = /^\s*(\+\s*)?(添加|新增|增加)/;
/** a button that opens a dialog to choose the item's value in (选择实例, 更换): not a file's (选择文件) */
const PICK_WORDS = /^(选择|选取|挑选|关联|更换)(?!文件|图片|照片)[\u4e00-\u9fffA-Za-z]{0,6}$/;
const isPick = (b: Element) => PICK_WORDS.test((b.textContent ?? '').replace(/\s+/g, ''));
/** a data table's selection column header (选择 over a radio per row) */
const SELECT_COLUMN = /^(选择|选中|勾选|单选|请选择)$/;
/** A 添加 button (antd spaces a button's two characters: 添 加). */
const isAdd = (b: Element) => ADD_WORDS.test((b.textContent ?? '').replace(/\s+/g, ''));
const addButtonIn = (scope: Element) => [...scope.querySelectorAll<HTMLElement>('button, a, [role=button]')].find(isAdd);

/** The text an element shows, without the texts of controls inside it. */
export function ownText(el: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.textContent ?? '';
    else if (n instanceof HTMLElement && !n.matches('input,select,textarea,button,[role=listbox],[role=combobox],[aria-hidden=true],style,script') && !(n.matches(SEL.root) && !n.matches('label'))) n.childNodes.forEach(walk);
  };
  el.childNodes.forEach(walk);
  return s.replace(/\s+/g, ' ').trim();
}
const clean = (s: string) => s.replace(/^[*\s]+|[\s:：*]+$/g, '').trim();

/** A hidden file input or box whose surroundings show (the library draws its own button or box). */
function shownAround(el: HTMLElement): boolean {
  let p = el.parentElement;
  for (let i = 0; p && i < 3; i++, p = p.parentElement) if (isVisible(p)) return true;
  return false;
}

/** The outermost widget roots of the page, in document order, outside popups and the extension's own panel. */
function widgetRoots(doc: Scope): HTMLElement[] {
  const all = [...doc.querySelectorAll<HTMLElement>(SEL.root)].filter((el) => !el.closest(OWN_UI) && !inPopup(el));
  // (a root that declines to be a widget, a Tea check label around a radio of a table row, hides nothing)
  const widgets = new Set(all.filter((el) => shapeOf(el)));
  return all.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (widgets.has(p)) return false;
    return true;
  }).filter((el) => isVisible(el) || (el.matches('input[type=file], input[type=radio], input[type=checkbox]') && shownAround(el)));
}

/** A cell of a table whose columns have a header row (a library's data table, or a <thead> of <th>s). */
function isDataTable(cell: HTMLElement): boolean {
  return !!cell.closest(SEL.dataTable) || (headerRow(cell)?.querySelectorAll('th').length ?? 0) > 1;
}
/**
 * The header row over a cell's columns: its <thead>'s last row (the table's own, or a library's separate header
 * table), else a first row made only of <th>s (a server-rendered comparison table, 项目 | 网络接入服务商 | 域名注册服务商).
 */
function headerRow(cell: HTMLElement): Element | undefined {
  const table = cell.closest('table');
  const head = table?.tHead ?? cell.closest<HTMLElement>(SEL.dataTable || 'table')?.querySelector('thead') ?? null;
  // by children, not rows / cells / cellIndex (happy-dom has none of them on every table part)
  if (head) return [...head.children].filter((r) => r.matches('tr')).at(-1);
  const first = table?.querySelector('tr');
  return first && first !== cell.parentElement && [...first.children].every((c) => c.matches('th')) ? first : undefined;
}

/** The header text of a data-table cell's column (the table's own <thead>, or a library's separate header table). */
function columnHeader(cell: HTMLTableCellElement): string {
  return headerText(columnHeaderCell(cell));
}
/** A header cell's title: its text before any control in it (网站安全负责人, not the caption of a 同开办主体负责人 tick under it). */
function headerText(th: Element | undefined): string {
  if (!th) return '';
  const ctl = th.querySelector('input, select, textarea, button');
  if (!ctl) return clean(ownText(th)).slice(0, 30);
  const copy = th.cloneNode(true) as Element;
  const cut = copy.querySelector('input, select, textarea, button')!;
  // drop the control and everything after it, up to the cell
  for (let n: Element | null = cut; n && n !== copy; n = n.parentElement) while (n.nextSibling) n.nextSibling.remove();
  cut.remove();
  return clean(ownText(copy)).slice(0, 30);
}
function columnHeaderCell(cell: HTMLTableCellElement): HTMLTableCellElement | undefined {
  const index = [...(cell.parentElement?.children ?? [])].indexOf(cell);
  return headerRow(cell)?.children[index] as HTMLTableCellElement | undefined;
}

/** A placeholder that is the name of a field (请输入主办单位或主办人名称（与证件一致）), for a control no label names. */
function placeholderName(input: HTMLInputElement | null): string | undefined {
  // the name before a colon or a comma (通信地址：省 / 市 / 区县, 通信地址详细地址，需精确到门牌号)
  const ph = clean((input?.placeholder ?? '').replace(/^请(输入|填写|选择)/, '').split(/[:：，,]/)[0] ?? '');
  return ph.length <= 30 && namesField(ph) ? ph : undefined;
}

/** The label element that names a root: the form item's, a table/description cell's, label[for], a wrapping label, or ARIA. */
const CONNECTOR = /^(至|到|~|～|-|—|–|止)$/;
/** A note, not a name: a sentence ending in 。！？ (身份证国徽面。), or one that holds a full stop or a comma and runs on. */
const SENTENCE = /[。！？]$|。.|[，,].{8,}/;
/** A tick's caption that pledges or consents (我已阅读并同意《…》, 本人承诺所提交的资料真实有效). */
const PLEDGE = /^(我|我单位|我公司|本人|本单位|申请人)?(已|已经)?(阅读|同意|承诺|知悉|确认|保证)/;
/** A row's number (1, 2., #3, 序号), an example picture's caption (示例, 查看样例) or an upload's state (未上传, 暂无文件):
 * never a field's name. */
const NAMES_NOTHING = /^(#?\d+[.、]?|序号|(查看|参考)?(示例|样例|范例)图?|示意图|(未|已|待)上传|上传(中|成功|失败)|暂无(文件|图片|附件)?)$/;
/** A root of a library widget (not a plain container the snapshot grouped). */
const libraryRoot = (el: HTMLElement) => el.matches(SEL.root);
function labelFor(root: HTMLElement, shape: Shape, doc: Scope, depth = 0): { el?: Element; text: string; container?: HTMLElement } {
  // a widget is never its own form item (antd marks its selects ant-select-in-form-item)
  // the nearest item with a label of its own (a wrapper inside an item may look like an item: arco-form-item-wrapper)
  for (let item = root.parentElement?.closest<HTMLElement>(SEL.item), n = 0; item && n < 3; item = item.parentElement?.closest<HTMLElement>(SEL.item), n++) {
    // the item's own label, not one of a nested item
    const lab = [...item.querySelectorAll(SEL.itemLabel)].find((l) => l.closest(SEL.item) === item);
    const text = lab ? clean(ownText(lab)) : '';
    if (lab && text) return { el: lab, text, container: item };
  }
  const cell = root.closest<HTMLElement>(CELL);
  if (cell) {
    // a data table (a header row over the columns: 资料名称 | 要求 | 上传): the row is named by its first
    // cell; the cells between hold notes, not the name
    if (cell.matches('td') && isDataTable(cell)) {
      for (let c = cell.parentElement?.firstElementChild; c && c !== cell; c = c.nextElementSibling) {
        if (c.querySelector(SEL.root)) break;
        const text = clean(ownText(c));
        if (!text || NAMES_NOTHING.test(text)) continue;
        // a row of fields (角色 | 姓名 | 证件号码 | 手机号码, a row per person): the row's name and the column's
        // header together (网站安全负责人 + 证件号码)
        // a comparison table (项目 | 网站安全负责人 | 网站应急联络人: a field per row, a role per column): the column's
        // role before the row's field, also where the other column has nothing in that row
        const column = columnHeader(cell as HTMLTableCellElement);
        if (column && headingRole(column) && !headingRole(text)) return { el: cell, text: `${column}${text}`, container: cell };
        const controlCells = [...cell.parentElement!.children].filter((x) => x.querySelector(SEL.root)).length;
        const header = controlCells > 1 ? column : '';
        if (header) return { el: cell, text: `${text}${header}`, container: cell };
        return { el: c, text, container: cell };
      }
      // rows named only by their number (序号 | 网站IP地址 | 操作): the column's header names them, all
      // rows of it one item (its rows), the table its container
      const th = columnHeaderCell(cell as HTMLTableCellElement);
      const header = headerText(th);
      // (a selection column's header, 选择, names only the act: the cell holding the table names the choice, 云服务器
      // over a table of the account's servers in a descriptions cell; a table on its own keeps 选择, read by its heading)
      const table = cell.closest<HTMLElement>('table');
      const holder = shape === 'radio' && SELECT_COLUMN.test(header) ? table?.parentElement?.closest<HTMLElement>(CELL) : undefined;
      const outer = holder && depth < 2 ? labelFor(holder, shape, doc, depth + 1) : undefined;
      if (outer?.text) return { ...outer, container: table ?? cell };
      if (th && header && !NAMES_NOTHING.test(header)) return { el: th, text: header, container: table ?? cell };
      // a selection column (a radio per row under an empty header: the account's instances) is named by the first
      // column after it with a header (云服务器实例), all its rows one choice
      if (th && !header && shape === 'radio') {
        for (let n = th.nextElementSibling; n; n = n.nextElementSibling) {
          const h = headerText(n);
          if (h && !NAMES_NOTHING.test(h)) return { el: n, text: h, container: cell.closest('table') ?? cell };
        }
      }
    }
    for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = clean(ownText(prev));
      if (NAMES_NOTHING.test(text)) continue;
      if (prev.matches(CELL_LABEL) || (prev.matches('td') && text && !prev.querySelector(SEL.root))) {
        if (text) return { el: prev, text, container: cell };
      }
      if (prev.querySelector(SEL.root)) break;
    }
    // descriptions with label and content in one cell: the cell's own label before the control (an inline layout
    // puts a label over each value in every cell of the row), else the row's
    const before = (l: Element) => !l.contains(root) && !!(l.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING);
    const lab = [...cell.querySelectorAll(CELL_LABEL)].find((l) => before(l) && clean(ownText(l))) ?? cell.parentElement?.querySelector(CELL_LABEL);
    if (lab && lab !== cell && clean(ownText(lab))) return { el: lab, text: clean(ownText(lab)), container: cell };
  }
  // a label drawn inside the control itself (Fusion's inset label)
  const inset = SEL.insetLabel ? root.querySelector(SEL.insetLabel) : null;
  if (inset && clean(ownText(inset))) return { el: inset, text: clean(ownText(inset)), container: root.parentElement ?? undefined };
  // a plain container of radios / boxes whose question stands before the first option inside it
  if ((shape === 'radio' || shape === 'checkbox-group') && !root.matches('input') && !libraryRoot(root)) {
    let lead = '';
    // (an option's own <label> ends it; a <label> that holds no box and names none, 长期：, is the question's caption)
    const optionLabel = (n: HTMLElement) => n.matches('label') && (!!n.getAttribute('for') || !/[:：]\s*$/.test(ownText(n)));
    for (const n of root.childNodes) {
      if (n instanceof HTMLElement && (n.matches('input') || optionLabel(n) || n.querySelector('input'))) break;
      lead += n.nodeType === Node.TEXT_NODE ? n.textContent ?? '' : n instanceof HTMLElement ? ownText(n) : '';
    }
    if (clean(lead) && clean(lead).length <= 30) return { el: root, text: clean(lead), container: root };
  }
  const input = (root.matches('input,select,textarea') ? root : root.querySelector('input:not([type=hidden]),select,textarea')) as HTMLInputElement | null;
  // a choice's own <label> is its caption (the first box's 中文简体 never names a group of boxes)
  const choice = shape === 'checkbox' || shape === 'radio' || shape === 'switch' || shape === 'checkbox-group';
  if (input?.id && !choice) {
    const lab = doc.querySelector(`label[for="${CSS.escape(input.id)}"]`);
    if (lab && clean(ownText(lab))) return { el: lab, text: clean(ownText(lab)), container: lab.parentElement ?? undefined };
  }
  // (a caption's own label, looked past for the row's: not again)
  const wrap = root.closest('label');
  if (wrap && !choice && !(depth > 0 && wrap === root) && clean(ownText(wrap))) {
    // an upload slot's own caption that names nothing alone (正面 | 反面 | 手持 in a row named 证件照片): the
    // row's label names the item, the caption the slot (subOf)
    if (shape === 'upload' && depth < 8 && !namesField(clean(ownText(wrap)))) { const row = labelFor(wrap, shape, doc, depth + 1); if (row.text) return row; }
    return { el: wrap, text: clean(ownText(wrap)), container: wrap };
  }
  // the input's own name, else that of the group of boxes or radios it sits in (<span role=group aria-labelledby>)
  const labelledBy = input?.getAttribute('aria-labelledby') ?? root.getAttribute('aria-labelledby')
    ?? (choice ? root.closest('[role=group],[role=radiogroup]')?.getAttribute('aria-labelledby') : null);
  if (labelledBy) {
    const text = clean(labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(''));
    if (text) return { el: doc.getElementById(labelledBy.split(/\s+/)[0]!) ?? undefined, text };
  }
  // no label names it: a placeholder that is a field's name (主办单位或主办人名称, 通信地址详细地址) does
  const named = depth === 0 ? placeholderName(input) : undefined;
  if (named) return { text: named, container: root.parentElement ?? undefined };
  // the text just before the control, climbing while the control is its container's first content;
  // a connector (起 [date] 至 [date]) makes the control part of the one before it
  let climbed = 0;
  const body = 'body' in doc ? doc.body : null;
  for (let node: HTMLElement | null = root; node && node !== body; node = node.parentElement) {
    // a note written as a sentence (…，须在有效期内。) between a row's name and its control: looked past for the
    // name before it, and the label only where nothing names the control before it
    let note: { el: Element | HTMLElement; text: string } | undefined;
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType !== Node.TEXT_NODE && !(prev instanceof HTMLElement)) continue; // comments (<!--v-if-->)
      if (prev instanceof HTMLElement && (prev.matches(SEL.root) || prev.querySelector(SEL.root))) {
        // a tick whose own caption is a pledge (我已阅读并同意…, 本人承诺…) is a question of its own, never a part
        // of the control before it
        if ((shape === 'checkbox' || shape === 'switch') && PLEDGE.test(subOf(root, shape) ?? '')) return { text: '' };
        // a control right after another one, nothing but a connector between (省 市 区 selects and the
        // detail box, 起 [date] 至 [date]): part of that control's item
        const before = prev.matches(SEL.root) ? prev : [...prev.querySelectorAll<HTMLElement>(SEL.root)].at(-1)!;
        // (a row of captioned upload slots takes two steps a slot: looked through further)
        if (depth < (shape === 'upload' ? 8 : 4)) return labelFor(before, shapeOf(before) ?? shape, doc, depth + 1);
        break;
      }
      // the box's own text drawn beside its input (an input group's http:// or +86 addon) never names it
      if (prev instanceof HTMLElement && SEL.addon && prev.matches(SEL.addon)) continue;
      const text = prev instanceof Element ? leadName(prev) : clean(prev.textContent ?? '');
      if (CONNECTOR.test(text)) continue;
      if (NAMES_NOTHING.test(text)) continue;
      if (text && !note && SENTENCE.test(text)) { note = { el: prev instanceof Element ? prev : node, text }; continue; }
      if (text && text.length <= 30) return { el: prev instanceof Element ? prev : node, text, container: node.parentElement ?? undefined };
      if (text) break;
    }
    if (note && note.text.length <= 30) return { ...note, container: node.parentElement ?? undefined };
    if (++climbed > 5) break;
  }
  const aria = input?.getAttribute('aria-label') ?? root.getAttribute('aria-label');
  if (aria) return { text: clean(aria) };
  return { text: '' };
}

/**
 * An element's text as a label: a name over its note (<div>身份证人像面</div><div>含照片一面…</div>) is the
 * name, where the name says what is asked and the two together do not.
 */
function leadName(el: Element): string {
  const whole = clean(ownText(el));
  const parts = [...el.children].map((c) => clean(ownText(c))).filter(Boolean);
  return parts.length >= 2 && !namesField(whole) && namesField(parts[0]!) ? parts[0]! : whole;
}

/** Text drawn inside a text box around its input (http://, +86, a carried 浙江省杭州市余杭区). */
/** A region path shown as text (浙江省 / 杭州市 / 西湖区): an earlier step's choice, before the box that takes the rest. */
const SHOWN_REGION = /^[\u4e00-\u9fff]{2,10}(省|市|自治区|特别行政区)\s*[/／>\-\s]?\s*[\u4e00-\u9fff]{2,12}(市|州|盟|地区|区|县)/;
function addonOf(root: HTMLElement): string | undefined {
  // the region shown as plain text right before the box (a descriptions cell: <span>浙江省 / 杭州市 / 西湖区</span><input>)
  const prev = root.previousElementSibling;
  const shown = prev && !prev.matches('input,select,textarea') && !prev.querySelector('input,select,textarea') && !(SEL.root && (prev.matches(SEL.root) || prev.querySelector(SEL.root))) ? clean(ownText(prev)) : '';
  if (shown && shown.length <= 40 && SHOWN_REGION.test(shown)) return shown;
  if (!SEL.addon || root.matches('input,textarea')) return undefined;
  // inside the box, or beside it in the wrapper that carries it (TDesign's InputAdornment: the prepend is
  // the input's sibling, e.g. the region chosen on an earlier step before a detail box)
  const wrap = root.parentElement && /adornment|input-group/i.test(typeof root.parentElement.className === 'string' ? root.parentElement.className : '') ? root.parentElement : null;
  const addons = [...root.querySelectorAll(SEL.addon), ...(wrap ? [...wrap.children].filter((c) => c !== root && c.matches(SEL.addon)) : [])];
  const t = addons.map((a) => clean(ownText(a))).filter(Boolean).join(' ');
  return t ? t.slice(0, 60) : undefined;
}

/** The text at the control itself: a box's own text, its placeholder, or a short caption right before it. */
function subOf(root: HTMLElement, shape: Shape): string | undefined {
  if (shape === 'upload') {
    // the caption of a slot's own <label> (<label>正面 <input type=file></label>)
    const wrap = root.closest('label');
    const caption = wrap ? clean(ownText(wrap)) : '';
    if (caption && caption.length <= 14 && !NAMES_NOTHING.test(caption)) return caption;
    // the caption of one upload slot: a short text beside it inside the smallest box that holds only this slot
    for (let box: HTMLElement | null = root, i = 0; box?.parentElement && i < 3; box = box.parentElement, i++) {
      const parent: HTMLElement = box.parentElement;
      if ([...parent.querySelectorAll(SEL.root)].some((r) => !root.contains(r) && !r.contains(root) && shapeOf(r as HTMLElement) === 'upload')) break;
      for (const child of parent.children) {
        if (child === box || child.contains(root)) continue;
        const t = clean(ownText(child));
        // short, not counting marks (《ICP备案信息真实性承诺书》 is a name; a sentence of rules is not)
        // (an action's text, 上传 / 点击上传 / 选择文件, names nothing)
        if (t && t.replace(/[\s*《》〈〉()（）]/g, '').length <= 14 && !/支持|大小|格式|不超过|MB|KB|jpg|png/i.test(t) && !/^(点击|重新)?(上传|选择文件|浏览|选择)$/.test(t) && !NAMES_NOTHING.test(t)) return t;
      }
    }
    // else a short word on the upload's own button or card (+ 人像面, 上传国徽面)
    const own = clean((root.matches('input') ? '' : root.textContent ?? '').replace(/\s+/g, ' ')).replace(/^[+＋\s]*(点击)?(上传)?/, '');
    if (own && own.length <= 6 && !/^(文件|图片|照片|附件|选择文件|浏览)$/.test(own)) return own;
  }
  if (shape === 'checkbox' || shape === 'switch') {
    const wrap = root.closest('label') ?? root;
    // (a caption before it, where the one after it names the next control: 长期有效 [switch] 证件有效期止 [date])
    const prev = root.previousElementSibling, ctl = root.nextElementSibling?.nextElementSibling;
    const before = prev && ctl && !prev.matches(SEL.root) && (ctl.matches(SEL.root) || ctl.querySelector(SEL.root)) ? ownText(prev) : '';
    const t = ownText(wrap) || (root.id ? ownText(root.ownerDocument.querySelector(`label[for="${CSS.escape(root.id)}"]`) ?? root) : '') || before || (root.nextSibling?.textContent ?? '').trim();
    if (t) return t;
  }
  const input = root.matches('input,textarea') ? (root as HTMLInputElement) : root.querySelector<HTMLInputElement>('input:not([type=hidden]), textarea');
  const ph = input?.placeholder?.replace(/^请(输入|填写|选择)/, '').trim();
  const prev = root.previousSibling;
  const caption = prev ? clean(prev instanceof Element ? ownText(prev) : prev.textContent ?? '') : '';
  return [caption && caption.length <= 8 ? caption : '', ph ?? ''].filter(Boolean).join(' ') || undefined;
}

/** A short note right after the control in its item (多个域名以英文逗号分隔, 格式：YYYY-MM-DD). */
function hintOf(root: HTMLElement, container?: HTMLElement): string | undefined {
  for (let node: HTMLElement | null = root, i = 0; node && node !== container && i < 4; node = node.parentElement, i++) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next instanceof HTMLElement && (next.matches(SEL.root) || next.querySelector(SEL.root))) return undefined;
      if (next.nodeType !== Node.TEXT_NODE && !(next instanceof HTMLElement)) continue;
      const t = clean(next instanceof HTMLElement ? ownText(next) : next.textContent ?? '');
      if (t) return t.length <= 60 ? t : undefined;
    }
  }
  return undefined;
}

function lowestCommonAncestor(els: HTMLElement[]): HTMLElement {
  let a: HTMLElement = els[0]!;
  while (a.parentElement && !els.every((e) => a.contains(e))) a = a.parentElement;
  return a;
}

/**
 * Bold short texts that name a party or a person (网站安全负责人 in a box's title bar drawn with plain
 * divs): headings too, though no tag or class says so. Only those naming someone, so that a bold option
 * title (个人) never ends a section.
 */
const CJK = /[\u3400-\u9fff]/;
function boldPartyTexts(doc: Scope, skip: string): Element[] {
  const out = new Set<Element>();
  const top = 'body' in doc ? doc.body : doc;
  if (!top) return [];
  const walker = (doc.ownerDocument ?? (doc as Document)).createTreeWalker(top, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const t = (n.textContent ?? '').trim();
    if (!el || out.has(el) || t.length < 2 || t.length > 24 || !CJK.test(t)) continue;
    const key = labelKey(t);
    if (!CUES.some((c) => key.includes(c.cue)) || el.closest(skip)) continue;
    const weight = Number(getComputedStyle(el).fontWeight);
    if (weight >= 600 && ownText(el).length <= 24) out.add(el);
  }
  return [...out];
}

/**
 * Whether the page marks an item required: a control's required / aria-required, the form item's or the label's
 * class (is-required, ant-form-item-required, t-form__label--required) or attribute (Fusion's <label required>), a
 * marker inside the label (<i>*</i>, arco-form-item-symbol), or a * typed before or after the label's text. (A * drawn
 * only by CSS, with no class saying so, is not looked for: reading pseudo-elements on every read costs too much.)
 */
const REQUIRED_CLASS = /(^|[\s_-])(is-)?required(\s|$|-)|--required|required-mark|form-item-symbol|asterisk/i;
function isRequired(label: Element | undefined, container: HTMLElement | undefined, roots: HTMLElement[]): boolean {
  if (roots.some((r) => r.matches('[required], [aria-required=true]') || !!r.querySelector('input[required], select[required], textarea[required], [aria-required=true]'))) return true;
  const item = container?.closest(SEL.item || 'x-none') ?? container;
  const cls = (el: Element | null | undefined) => !!el && typeof el.className === 'string' && REQUIRED_CLASS.test(el.className);
  if (cls(item) || cls(label)) return true;
  if (!label) return false;
  if (label.matches('[required]') || [...label.querySelectorAll('*')].some((e) => cls(e) || e.matches('[required]') || (e.childElementCount === 0 && /^[*＊]$/.test((e.textContent ?? '').trim())))) return true;
  return /^\s*[*＊]|[*＊]\s*[:：]?\s*$/.test(label.textContent ?? '');
}

/** A date as three selects or boxes (年 / 月 / 日) is one date control: its year's, the month and day dropped. */
function dateSelects(list: { root: HTMLElement; shape: Shape }[]): { root: HTMLElement; shape: Shape }[] {
  const drop = new Set<HTMLElement>();
  const out: { root: HTMLElement; shape: Shape }[] = [];
  for (const x of list) {
    if ([...drop].some((d) => x.root === d || x.root.contains(d))) continue;
    const ymd = x.shape === 'select' ? ymdSelects(x.root) : x.shape === 'text' ? ymdBoxes(x.root) : undefined;
    if (ymd) { drop.add(ymd[1]); drop.add(ymd[2]); out.push({ root: x.root, shape: 'date' }); } else out.push(x);
  }
  return out;
}

/**
 * Where each heading heads: its nearest ancestor that holds a field to type or pick into (boxes, switches and
 * radios beside a title, as in 网站负责人 □同主体负责人 or 信息来源 ○同开办主体 ○另行填写 in a card's title bar,
 * hold none). A card's title heads its own card, not the cards after it in a grid.
 */
function headingScopes(headings: Element[], roots: { root: HTMLElement; shape: Shape }[]): Map<Element, Element> {
  const holds = new Set<Element>();
  for (const { root, shape } of roots) {
    if (shape === 'checkbox' || shape === 'switch' || shape === 'radio' || shape === 'checkbox-group') continue;
    for (let a = root.parentElement; a && !holds.has(a); a = a.parentElement) holds.add(a);
  }
  const out = new Map<Element, Element>();
  for (const h of headings) {
    // a cell heads rows of its table (a rowspan cell sits in its first row only)
    let a = h.matches('td, th') ? h.closest('tbody, thead, table') : h.parentElement;
    while (a && !holds.has(a)) a = a.parentElement;
    if (a) out.set(h, a);
  }
  return out;
}

/** The section headings above a control, nearest first (at most four). */
function headingsAbove(headings: Element[], at: HTMLElement, container: HTMLElement | undefined, scopes?: Map<Element, Element>, linkPanes?: Map<Element, string>): string[] {
  const above: string[] = [];
  for (let i = headings.length - 1; i >= 0 && above.length < 4; i--) {
    const h = headings[i]!;
    // a caption inside the item itself (证件正面 over its upload card) is no section
    if (container?.contains(h) && !h.contains(at)) continue;
    // another card's title (its scope holds fields, not this one)
    const scope = scopes?.get(h);
    if (scope && !scope.contains(at) && !at.contains(h)) continue;
    if (h.contains(at) || h.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) above.push(ownText(h));
  }
  // in a pane of tabs, the tab's title is the nearest heading outside the pane
  const pane = at.closest<HTMLElement>('[role=tabpanel]') ?? (linkPanes?.size ? linkPaneOf(at, linkPanes) : null);
  const tabTitle = pane && (linkPanes?.get(pane) || paneTitle(pane));
  if (pane && tabTitle) {
    const inside = headings.filter((h) => pane.contains(h)).map(ownText);
    let n = 0;
    while (n < above.length && inside.includes(above[n]!)) n++;
    above.splice(n, 0, tabTitle);
    above.length = Math.min(above.length, 4);
  }
  return above;
}

/** The title of the tab that shows a pane (aria-labelledby, or the tab whose aria-controls names it). */
function paneTitle(pane: HTMLElement): string {
  const doc = pane.getRootNode() as Scope;
  const by = pane.getAttribute('aria-labelledby');
  const tab = (by && doc.getElementById(by)) || (pane.id ? doc.querySelector(`[role=tab][aria-controls="${CSS.escape(pane.id)}"]`) : null);
  return tab ? clean(tab.textContent ?? '').slice(0, 40) : '';
}

/**
 * A tab drawn as an in-page link (a server-rendered tab strip: <li><a href="#tab2">二、负责人信息</a></li> over
 * <div id="tab2" style="display:none">): the link naming a pane, in a list of two or more such links.
 */
function linkTabOf(pane: Element): HTMLElement | null {
  if (!pane.id) return null;
  const doc = pane.getRootNode() as Scope;
  const a = doc.querySelector<HTMLElement>(`a[href="#${CSS.escape(pane.id)}"]`);
  const list = a?.closest('ul, ol, nav, [class*="tab"]');
  return a && list && list.querySelectorAll('a[href^="#"]').length >= 2 ? a : null;
}
/**
 * The panes no ARIA names, each with its tab's title (read once per snapshot): the panes of link tab strips, and
 * the pane right after a strip of a library's tabs that carry no role (Tea draws only the chosen tab's pane).
 */
/** The bars of view options (a Segmented) that switch panes of their own: no field of the form (see linkPanesIn). */
const viewBars = new WeakSet<Element>();
const inViewBar = (el: Element) => { const bar = SEL.viewSwitch ? el.closest(SEL.viewSwitch) : null; return !!bar && viewBars.has(bar); };
function linkPanesIn(doc: Scope): Map<Element, string> {
  const out = new Map<Element, string>();
  const title = (tab: Element) => clean(tab.textContent ?? '').slice(0, 40);
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const id = a.getAttribute('href')!.slice(1);
    const pane = id ? doc.getElementById(id) : null;
    if (pane && linkTabOf(pane) === a) out.set(pane, title(a));
  }
  for (const tab of SEL.tab ? doc.querySelectorAll(SEL.tab) : []) {
    if (!marked(tab)) continue;
    // (up from the chosen tab to the strip, beside which boxes hold fields and no tab: the one shown is its pane)
    for (let el: Element | null = tab; el; el = el.parentElement) {
      const panes = [...(el.parentElement?.children ?? [])].filter((c) => !c.querySelector(SEL.tab) && c.querySelector(SEL.root));
      if (!panes.length) continue;
      const shown = panes.find(isVisible);
      if (shown) out.set(shown, title(tab));
      break;
    }
  }
  // a bar of view options (a Segmented) over boxes of its own that hold fields, one shown: the shown one is the chosen
  // option's pane (主办单位 | 主体负责人 | 联系方式 over div.p-unit, div.p-principal, div.p-contact)
  for (const bar of SEL.viewSwitch ? doc.querySelectorAll(SEL.viewSwitch) : []) {
    // (the chosen option: a checked radio input's wrapper, or an option drawn as an ARIA radio, Tea's Segment)
    const on = bar.querySelector('input[type=radio]:checked')?.closest(SEL.choice || 'label') ?? bar.querySelector('[role=radio][aria-checked=true]');
    if (!on) continue;
    for (let el: Element | null = bar, up = 0; el && up < 4 && !out.has(el); el = el.parentElement, up++) {
      const after = [...(el.parentElement?.children ?? [])].slice([...(el.parentElement?.children ?? [])].indexOf(el) + 1);
      const box = after.find((n) => n.querySelector(SEL.root));
      if (!box) continue;
      // (the panes right after the bar, or inside the box after it)
      const beside = after.filter((n) => n.querySelector(SEL.root));
      const panes = [beside, ...[box, ...box.querySelectorAll('*')].map((n) => [...n.children].filter((c) => c.querySelector(SEL.root)))]
        .find((l) => l.length >= 2 && l.every((c) => c.tagName === l[0]!.tagName));
      const shown = panes?.filter(isVisible);
      // (a bar whose options all name parts of the form is the panes' switch, no field; one of answers, 个人 | 单位, is a field)
      const options = [...bar.querySelectorAll(`[role=radio], ${SEL.choice || 'label'}`)];
      if (shown?.length === 1 && options.length && options.every((o) => namesSection(o.textContent ?? '') && labelKey(o.textContent ?? '').length > 2)) {
        out.set(shown[0]!, title(on));
        viewBars.add(bar);
      }
      break;
    }
  }
  return out;
}
/** An item of a strip marked as the current one: by ARIA, or by a state class on it or inside it (is-process, t-steps-item--process, cur, active). */
const MARK = /(^|[-_])(active|current|cur|selected|process|on)$/i;
/** a class of an animation's passing state (antd's click wave: wave-motion-appear-active), which marks nothing */
const PASSING = /motion|wave|enter|leave|appear|transition/i;
const markedItself = (e: Element) => [...e.classList].some((c) => MARK.test(c) && !PASSING.test(c)) || e.matches('[aria-current]:not([aria-current=false]),[aria-selected=true]');
export const marked = (item: Element) => [item, ...item.querySelectorAll('*')].some(markedItself);
/**
 * How a strip's items are marked: by their own class or ARIA where one of them is so marked (a step's inner parts
 * may carry a state of their own, antd's rail-process on the line after a finished step), else by anything inside.
 */
export const markOf = (items: readonly Element[]): ((item: Element) => boolean) => (items.some(markedItself) ? markedItself : marked);
/** The pane of a link tab strip that holds an element (its nearest ancestor an in-page link tab names). */
function linkPaneOf(at: Element, panes: Map<Element, string>): HTMLElement | null {
  for (let el = at.parentElement; el; el = el.parentElement) if (panes.has(el)) return el;
  return null;
}

function headingList(doc: Scope, labels: Set<Element>): Element[] {
  const sel = [SEL.headings, GENERIC_HEADINGS].filter(Boolean).join(',');
  const bold = boldPartyTexts(doc, ['label', 'button', 'a', 'option', '[role=option]', '[role=radio]', '[role=checkbox]', '[role=tab]', SEL.item, SEL.itemLabel, SEL.root, SEL.popup, OWN_UI].filter(Boolean).join(','));
  // in document order (the bold texts merged in where they stand)
  const found = [...new Set([...doc.querySelectorAll(sel), ...bold])];
  if (bold.length) found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return found.filter((h) => {
    // a tab's title is the heading of its own pane only (paneTitle), not of what follows the tab list
    // (an accordion is a tablist holding its panels too: only the tab itself is left out)
    if (labels.has(h) || h.closest(`${OWN_UI}, [role=tab]`) || inPopup(h) || (SEL.tab && (h.closest(SEL.tab) || h.querySelector(SEL.tab))) || h.matches(SEL.itemLabel || 'x-none')) return false;
    // (a title bar may carry a button: 网站安全负责人 [复制开办主体负责人信息]; a button is no field)
    if (h.querySelector('input:not([type=checkbox], [type=button], [type=submit], [type=reset], [type=image]), select, textarea')) return false;
    // a cell spanning one column and one row (a descriptions table's label or content cell, colspan="1" or "0")
    // is no section; a section spans the row's columns, or the rows of its fields (rowspan)
    const span = (a: string) => Number(h.getAttribute(a)) || 1;
    if (h.matches('td, th') && span('colspan') < 2 && span('rowspan') < 2 && !(SEL.headings && h.matches(SEL.headings))) return false;
    // a data table's cells are rows' names and notes, not sections
    const cell = h.closest<HTMLElement>('td, th');
    if (h.closest(SEL.dataTable) || (cell && isDataTable(cell))) return false;
    // a steps bar's titles (上传资料, 短信核验: where the order goes next) head nothing, but the current step's and a
    // step's that holds the fields themselves (a one-page wizard drawn as steps)
    if (inStepsBar(h) && !(SEL.activeStep && (h.matches(SEL.activeStep) || h.querySelector(SEL.activeStep) || h.closest(SEL.activeStep)))) return false;
    // a widget's own texts (a select's 请选择证件类型) head nothing, nor does a caption inside a labelled form
    // item with no item inside it (an upload's 加盖公章的授权书扫描件 under 法定代表人授权书, 证件正面 under 负责人证件)
    if (h.closest(SEL.root)) return false;
    const item = SEL.item ? h.closest(SEL.item) : null;
    // (an item inside it names a field only with a label of its own: antd's -row / -extra parts are none)
    if (item && SEL.itemLabel && !h.closest(SEL.itemLabel) && item.querySelector(SEL.itemLabel) && ![...item.querySelectorAll(SEL.item)].some((x) => x.querySelector(SEL.itemLabel))) return false;
    const text = ownText(h);
    // (a lone * of a 带 * 为必填项 note names nothing)
    return !!text && text.length <= 40 && /[\p{L}\p{N}]/u.test(text) && !isPrompt(text) && isVisible(h);
  });
}

/**
 * Whether a text is inside a steps bar: the nearest row of two or more sibling steps (class *step*) around it holds no
 * field. A row of steps that hold the fields (a one-page wizard drawn as steps, a step's title beside its body) is no bar.
 */
function inStepsBar(h: Element): boolean {
  const isStep = (e: Element) => /step/i.test(typeof e.className === 'string' ? e.className : '');
  for (let el: Element | null = h, i = 0; el?.parentElement && i < 6; el = el.parentElement, i++) {
    const row = el.parentElement;
    if (row.children.length < 2 || ![...row.children].every(isStep)) continue;
    return !row.querySelector(SEL.root);
  }
  return false;
}

/**
 * Loose radios and boxes of one question (no group widget around them: plain HTML) are one control:
 * the smallest box around them whose surroundings hold the question's label.
 */
function groupChoices(list: { root: HTMLElement; shape: Shape }[]): { root: HTMLElement; shape: Shape }[] {
  // radios (and boxes) sharing a name are one question by definition: their common container
  const byName = new Map<string, HTMLInputElement[]>();
  for (const x of list) {
    const i = x.root as HTMLInputElement;
    if (!x.root.matches('input[type=radio][name], input[type=checkbox][name]') || (i.type === 'checkbox' && /长期/.test(ownText(i.closest('label') ?? i)))) continue;
    const k = `${i.type}:${i.form ? '' : ''}${i.name}`;
    byName.set(k, [...(byName.get(k) ?? []), i]);
  }
  const named = new Map<HTMLElement, HTMLElement>();
  for (const [, inputs] of byName) {
    if (inputs.length < 2) continue;
    const box = lowestCommonAncestor(inputs);
    // never a container that holds other fields too
    if (list.some((x) => box.contains(x.root) && !inputs.includes(x.root as HTMLInputElement))) continue;
    for (const i of inputs) named.set(i, box);
  }
  if (named.size) {
    const out: { root: HTMLElement; shape: Shape }[] = [];
    const seen = new Set<HTMLElement>();
    for (const x of list) {
      const box = named.get(x.root);
      if (!box) { out.push(x); continue; }
      if (seen.has(box)) continue;
      seen.add(box);
      out.push({ root: box, shape: (x.root as HTMLInputElement).type === 'radio' ? 'radio' : 'checkbox-group' });
    }
    list = out;
  }
  const isChoice = (x: { shape: Shape; root: HTMLElement }) => (x.shape === 'radio' && x.root.matches('input')) || (x.shape === 'checkbox' && !/长期/.test(ownText(x.root.closest('label') ?? x.root)));
  const choices = new Set(list.filter(isChoice).map((x) => x.root));
  const boxOf = new Map<HTMLElement, HTMLElement>();
  for (const root of choices) {
    let box = root;
    for (let p = box.parentElement; p && p !== p.ownerDocument.body; p = p.parentElement) {
      const inside = list.filter((x) => p!.contains(x.root));
      if (!inside.every((x) => choices.has(x.root))) break;
      const others = [...p.children].filter((c) => !c.contains(box) && ![...choices].some((r) => c.contains(r)));
      if (others.some((c) => clean(ownText(c)))) break;
      box = p;
    }
    boxOf.set(root, box === root ? (root.closest('label') as HTMLElement | null) ?? root : box);
  }
  const out: { root: HTMLElement; shape: Shape }[] = [];
  const done = new Set<HTMLElement>();
  for (const x of list) {
    const box = boxOf.get(x.root);
    if (!box) { out.push(x); continue; }
    const members = list.filter((y) => boxOf.get(y.root) === box);
    if (members.length < 2) { out.push(x); continue; }
    if (done.has(box)) continue;
    done.add(box);
    out.push({ root: box, shape: members.every((m) => m.shape === 'radio') ? 'radio' : 'checkbox-group' });
  }
  return out;
}

/**
 * What the filer did on the page since the content script started: the elements of their own clicks and
 * keystrokes (trusted events; the fill's own events are not). A choice the page preset and the filer never
 * touched is the page's default, not the filer's answer (lib/fill/planner.ts).
 */
const userEdits: Element[] = [];
export function watchUserEdits(doc: Document, signal: AbortSignal): void {
  const note = (e: Event) => {
    if (!e.isTrusted) return;
    const t = e.composedPath()[0];
    if (!(t instanceof Element) || t.closest(OWN_UI)) return;
    userEdits.push(t);
    if (userEdits.length > 500) userEdits.splice(0, 100);
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'change']) doc.addEventListener(type, note, { capture: true, signal });
}
const touchedByUser = (root: HTMLElement) => userEdits.some((el) => root === el || root.contains(el));

/** Take a snapshot of the page's labelled controls: the document's, then those of its open shadow roots. */
export function takeSnapshot(doc: Document = document): LiveSnapshot {
  const live: LiveSnapshot = { snapshot: { items: [], titles: [] }, roots: new Map(), items: new Map() };
  const ids = { control: 0, item: 0 };
  const steps: string[] = [];
  const named: string[] = [];
  for (const scope of [doc, ...openShadowRoots(doc)]) readScope(scope, live, ids, steps, named);
  live.snapshot.titles = steps.length ? steps.slice(0, 5) : named.slice(0, 8);
  return live;
}

/** One scope's items into the snapshot (ids go on from the scopes before). */
function readScope(doc: Scope, live: LiveSnapshot, ids: { control: number; item: number }, steps: string[], named: string[]) {
  const roots = widgetRoots(doc);
  type Raw = { root: HTMLElement; shape: Shape; label: ReturnType<typeof labelFor> };
  const raws: Raw[] = [];
  const shaped = dateSelects(roots.map((root) => ({ root, shape: shapeOf(root) })).filter((x): x is { root: HTMLElement; shape: Shape } => !!x.shape));
  for (const { root, shape } of groupChoices(shaped)) raws.push({ root, shape, label: labelFor(root, shape, doc) });
  // items: the controls a label element names, in document order
  const groups = new Map<Element | string, Raw[]>();
  raws.forEach((r, i) => {
    const k = r.label.el ?? (r.label.text ? `text:${r.label.text}:${i}` : `own:${i}`);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  // labels of fields are not section headings; the label of a lone box (网站负责人 □同主体负责人) may be one
  const labelEls = new Set([...groups.entries()].filter(([k, rs]) => typeof k !== 'string' && rs.some((r) => r.shape !== 'checkbox' && r.shape !== 'switch')).map(([k]) => k as Element));
  const headings = headingList(doc, labelEls);
  const scopes = headingScopes(headings, shaped);
  const linkPanes = linkPanesIn(doc);

  const snapshot = live.snapshot;
  const scopeStart = snapshot.items.length;
  for (const [, all] of groups) {
    const members = all.filter((m) => !inViewBar(m.root));
    if (!members.length) continue;
    // native radios of one item are one group; several boxes that are not 长期 are a checkbox group
    const merged: { root: HTMLElement; shape: Shape }[] = [];
    const radios = members.filter((m) => m.shape === 'radio' && m.root.matches('input'));
    const boxes = members.filter((m) => m.shape === 'checkbox' && !/长期/.test(subOf(m.root, 'checkbox') ?? ''));
    for (const m of members) {
      if (radios.includes(m)) {
        if (m === radios[0]) merged.push({ root: radios.length > 1 ? lowestCommonAncestor(radios.map((r) => r.root)) : m.root, shape: 'radio' });
      } else if (boxes.length > 1 && boxes.includes(m)) {
        if (m === boxes[0]) merged.push({ root: lowestCommonAncestor(boxes.map((b) => b.root)), shape: 'checkbox-group' });
      } else merged.push(m);
    }
    const first = members[0]!;
    let label = first.label.text;
    if (!label && merged.length === 1 && (merged[0]!.shape === 'checkbox' || merged[0]!.shape === 'switch')) label = subOf(merged[0]!.root, merged[0]!.shape) ?? '';
    if (!label || label.length > 40) continue;
    const controls: SnapControl[] = merged.map(({ root, shape }) => {
      const id = ids.control++;
      live.roots.set(id, root);
      const options = readOptions(root, shape);
      const addon = shape === 'text' ? addonOf(root) : undefined;
      const hint = shape === 'text' ? hintOf(root, first.label.container) : undefined;
      return {
        id, shape, library: libraryOf(root).id, sub: subOf(root, shape), ...(hint ? { hint } : {}), current: readCurrent(root, shape, { item: first.label.container }),
        ...(shape === 'text' && (root.matches('textarea') || !!root.querySelector('textarea')) ? { multiline: true } : {}),
        ...(addon ? { addon } : {}),
        ...(shape === 'upload' && (root.matches('input[type=file][multiple]') || !!root.querySelector('input[type=file][multiple]')) ? { multiple: true } : {}),
        ...(options ? { options } : {}),
        ...(shape === 'radio' && touchedByUser(root) ? { touched: true } : {}),
        ...(isDisabled(root) ? { disabled: true } : {}), ...(isReadOnly(root, shape) ? { readOnly: true } : {}), ...(!isVisible(root) && shape !== 'upload' && shape !== 'radio' && shape !== 'checkbox' ? { hidden: true } : {}),
      };
    });
    const at = first.root;
    const container = first.label.container;
    const above = headingsAbove(headings, at, container, scopes, linkPanes);
    let add = container ? addButtonIn(container.closest('tr, ' + (SEL.item || 'x-none')) ?? container) : undefined;
    // rows of a table whose 添加 button sits under it (序号 | 网站IP地址 | 操作, then + 增加一行), also under the
    // boxes a library wraps its table in (Fusion: .next-table > .next-table-inner > .next-table-body > table)
    for (let t: Element | null = container?.closest('table') ?? null, up = 0; t && !add && up < 5 && !t.matches(SEL.item || 'x-none'); t = t.parentElement, up++) {
      for (let n = t.nextElementSibling; n && !add; n = n.nextElementSibling) {
        if (n.matches(SEL.root) || n.querySelector(SEL.root)) break;
        add = n.matches('button, a, [role=button]') && isAdd(n) ? n as HTMLElement : addButtonIn(n);
      }
      if (t.nextElementSibling?.matches(SEL.root) || t.nextElementSibling?.querySelector(SEL.root)) break;
    }
    const required = isRequired(first.label.el, container, merged.map((m) => m.root));
    const item: SnapItem = { id: ids.item++, label, headings: above, controls, ...(add ? { add: true } : {}), ...(required ? { required: true } : {}) };
    live.items.set(item.id, { container, add });
    snapshot.items.push(item);
  }
  // a list with no row yet (从域名: only a + 添加从域名 button under its label): an item whose one control is
  // the button; the fill presses it for each value (lib/dom/filler.ts fillRows)
  const taken = [...live.items.values()].map((x) => x.container).filter((c): c is HTMLElement => !!c);
  // (a form item under its own label, or a table / descriptions cell after its label cell)
  const cellLabel = (cell: Element) => {
    const prev = cell.previousElementSibling;
    return prev && (prev.matches(CELL_LABEL) || (prev.matches('td') && !prev.querySelector(SEL.root))) ? clean(ownText(prev)) : '';
  };
  const holders = [...(SEL.item ? doc.querySelectorAll<HTMLElement>(SEL.item) : []), ...doc.querySelectorAll<HTMLElement>(CELL)];
  for (const it of holders) {
    if (it.closest(OWN_UI) || inPopup(it) || it.querySelector(SEL.root) || taken.some((c) => c === it || c.contains(it) || it.contains(c)) || !isVisible(it)) continue;
    const lab = it.matches(CELL) ? undefined : [...it.querySelectorAll(SEL.itemLabel)].find((l) => l.closest(SEL.item) === it);
    const label = it.matches(CELL) ? cellLabel(it) : lab ? clean(ownText(lab)) : '';
    const buttons = [...it.querySelectorAll<HTMLElement>('button, a, [role=button]')];
    const add = buttons.find((b) => isAdd(b) && isVisible(b));
    // a value chosen in a dialog (云服务器实例 [选择实例], then 实例ID（IP） [更换]): the box around the button and what it shows
    const pick = add ? undefined : buttons.find((b) => isPick(b) && isVisible(b));
    if (!label || label.length > 40 || !(add ?? pick)) continue;
    const id = ids.control++;
    if (pick) {
      let area: HTMLElement = pick;
      while (area.parentElement && area.parentElement !== it && !(lab && area.parentElement.contains(lab))) area = area.parentElement;
      live.roots.set(id, area);
      const item: SnapItem = { id: ids.item++, label, headings: headingsAbove(headings, area, it, scopes, linkPanes), controls: [{ id, shape: 'picker', library: libraryOf(pick).id, current: readCurrent(area, 'picker') }] };
      live.items.set(item.id, { container: it });
      snapshot.items.push(item);
      taken.push(it);
      continue;
    }
    live.roots.set(id, add!);
    const item: SnapItem = { id: ids.item++, label, headings: headingsAbove(headings, add!, it, scopes, linkPanes), controls: [{ id, shape: 'text', library: libraryOf(add!).id, current: '', noRow: true }], add: true };
    live.items.set(item.id, { container: it, add });
    // in document order: the fill goes down the page (a 主域名 select fed by these domains comes after them)
    const next = snapshot.items.findIndex((x, i) => {
      const at = i >= scopeStart ? live.items.get(x.id)?.container ?? live.roots.get(x.controls[0]?.id ?? -1) : undefined;
      return !!at && !!(it.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) && !it.contains(at);
    });
    snapshot.items.splice(next < 0 ? snapshot.items.length : next, 0, item);
    taken.push(it);
  }
  steps.push(...[...doc.querySelectorAll(SEL.activeStep)].filter(isVisible).map((e) => (e.textContent ?? '').trim()));
  // no step bar: the page's own headings name the step (提示说明, 责任告知书)
  named.push(...headings.filter((h) => h.matches('h1,h2,h3,h4,legend,[role=heading],[class*="title"]')).map((h) => ownText(h)));
}
