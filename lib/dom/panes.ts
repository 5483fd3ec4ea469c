/**
 * Sections in tabs (主办单位信息 | 主体负责人信息 in one form, only the active pane shown): a fill shows
 * each further pane in turn by clicking its tab, as a filer would, so that its fields can be read and
 * filled, then shows the pane the filer was on again. Only tabs that name a part of the filing are
 * opened: never a tab choosing how to do it (电脑上传 | 阿里云App上传), never a link away from the page or a
 * button. Tabs are ARIA tabs, or the items of a strip over panes of its own (sub-steps, a pager's pages, a
 * server-rendered strip of in-page links <a href="#tab2">).
 */
import { labelKey, CUES, namesSection, OPENER_WORDS, PERSON_ROLES, type Role } from '../forms/vocabulary';
import { closeDialog, confirmDialog, isVisible, openDialogs, sleep, userClick, waitFor } from './drivers/engine';
import { SEL } from './drivers/index';
import { marked, markOf } from './snapshot';

const OWN_UI = 'beian-autofill-panel';

const panelOf = (tab: Element): HTMLElement | null => {
  const id = tab.getAttribute('aria-controls');
  return indexPanes.get(tab) ?? (id ? tab.ownerDocument.getElementById(id) : null);
};
/**
 * A clickable strip over panes of its own: a card split into sub-steps (① 网站信息 ② 服务信息 ③ 服务商), one
 * form split into pages (1 网站信息 | 2 服务信息 | 3 接入信息, 第 1/3 页) or a server-rendered strip of in-page
 * links (<li class="cur"><a href="#tab1">), every part rendered, only one shown. The
 * panes are found first: sibling boxes of one kind (tag and first class) holding fields, one of them shown; the
 * strip is the nearest box before them with as many items of one tag, the i-th showing the i-th pane. A wizard's
 * own steps have no such panes and are never clicked. ARIA tabs that name no panel (a checklist of materials,
 * role=tab, over role=tabpanel details) are such a strip.
 */
const indexPanes = new WeakMap<Element, HTMLElement>();
const kindOf = (e: Element) => `${e.tagName} ${e.classList[0] ?? ''}`;
function indexStrips(doc: Document): { list: HTMLElement; tabs: HTMLElement[] }[] {
  const out: { list: HTMLElement; tabs: HTMLElement[] }[] = [];
  // the climb from a box up is the same whichever hidden control it started from: each box is climbed from once
  const climbed = new Set<Element>();
  const done = new Set<Element>();
  for (const root of doc.querySelectorAll<HTMLElement>(SEL.root)) {
    if (isVisible(root) || root.closest(OWN_UI)) continue;
    for (let pane = root.parentElement; pane?.parentElement; pane = pane.parentElement) {
      if (climbed.has(pane)) break;
      climbed.add(pane);
      const parent: HTMLElement = pane.parentElement;
      // (sibling boxes of one kind; else of one tag, each its own class: div.p-unit | div.p-principal | div.p-contact)
      const holding = (same: (c: Element) => boolean) => [...parent.children].filter((c): c is HTMLElement => c instanceof HTMLElement && same(c) && !!c.querySelector(SEL.root));
      let panes = holding((c) => kindOf(c) === kindOf(pane));
      if (panes.length < 2) panes = trimShown(holding((c) => c.tagName === pane.tagName));
      if (panes.length < 2 || panes.filter(isVisible).length !== 1) continue;
      if (done.has(parent)) break;
      done.add(parent);
      const strip = stripBefore(panes[0]!, panes.length);
      // the strip marks the shown pane's item, and that one only (a wizard's own steps elsewhere never match)
      const shown = panes.findIndex(isVisible);
      const mark = strip && markOf(strip.tabs);
      if (strip && mark && strip.tabs.every((t, i) => mark(t) === (i === shown))) {
        strip.tabs.forEach((t, i) => indexPanes.set(t, panes[i]!));
        out.push(strip);
      }
      break;
    }
  }
  return out;
}
/**
 * Boxes of one tag, each its own class, less the shown ones at either end while more than one is shown: a box after
 * the panes that is always shown (the form's foot with its consent tick) or one before them is no pane.
 */
function trimShown(boxes: HTMLElement[]): HTMLElement[] {
  let [a, b] = [0, boxes.length];
  while (b - a > 2 && boxes.slice(a, b).filter(isVisible).length > 1) {
    if (isVisible(boxes[b - 1]!)) b--;
    else if (isVisible(boxes[a]!)) a++;
    else break;
  }
  return boxes.slice(a, b);
}
/** The nearest box before the first pane (beside it, or beside a box holding it) with n items of one tag, holding no field. */
function stripBefore(first: HTMLElement, n: number): { list: HTMLElement; tabs: HTMLElement[] } | undefined {
  for (let box: HTMLElement | null = first, up = 0; box?.parentElement && up < 4; box = box.parentElement, up++) {
    for (let prev = box.previousElementSibling; prev; prev = prev.previousElementSibling) {
      // (a bar of view options over the panes, a Segmented, is drawn as a radio: it is the strip, not a field)
      const bar = SEL.viewSwitch ? (prev.matches(SEL.viewSwitch) ? prev : prev.querySelector(SEL.viewSwitch)) : null;
      if (!bar && prev.querySelector(SEL.root)) return undefined;
      for (const list of bar ? [bar as HTMLElement, ...bar.querySelectorAll<HTMLElement>('*')] : [prev, ...prev.querySelectorAll<HTMLElement>('*')]) {
        // (the items: the children with text of the first one's tag; a note after them, 第 1/3 页, is not one)
        const items = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !!(c.textContent ?? '').trim());
        const tabs = items.filter((c) => c.tagName === items[0]!.tagName);
        // (a bar's options all name parts of the form, never a bare answer: 个人 | 单位 over the person's and the
        // unit's fields is a value to choose, and clicking it would change the filing)
        if (tabs.length !== n || !(list instanceof HTMLElement)) continue;
        return bar && !tabs.every((t) => namesSection(t.textContent ?? '') && labelKey(t.textContent ?? '').length > 2) ? undefined : { list, tabs };
      }
    }
  }
  return undefined;
}

/** Where a click on a step item lands: its innermost element holding its title (the handler sits inside the item). */
const clickTarget = (tab: HTMLElement): HTMLElement => {
  if (!indexPanes.has(tab)) return tab;
  const titled = (x: Element): x is HTMLElement => x instanceof HTMLElement && /[\u4e00-\u9fff]/.test(x.textContent ?? '');
  let at = tab;
  for (let inner = [...at.children].find(titled); inner; inner = [...at.children].find(titled)) at = inner;
  return at;
};

/** An ARIA tab by aria-selected; an item of a strip over panes by whether its pane shows. */
const selected = (tab: Element) => {
  const pane = indexPanes.get(tab);
  return pane ? isVisible(pane) : tab.matches('[role=tab]') ? tab.getAttribute('aria-selected') === 'true' : marked(tab);
};

/** The part of the filing (a role or block) a text names: its longest cue. */
const partIn = (text: string): Role | undefined => { const k = labelKey(text); return CUES.find((c) => k.includes(c.cue))?.role; };
const OPENERS = OPENER_WORDS.map(labelKey).sort((a, b) => b.length - a.length);
/**
 * The part of the filing a button opens in a dialog or drawer (网站负责人 [编辑], 网络接入服务商：未填写 [填写]): named
 * by the button after its word (编辑网站负责人), else by the nearest box around it that shows no field (its summary
 * row or card). A button among fields (an upload's 编辑) or a link away is none. In a table's row (a table of the
 * filing's people: 网站安全负责人 | 未填写 | [编辑]) only a person or a provider is a part: a list's own rows (a
 * domain's, a site's) are never opened.
 */
function openedPart(button: HTMLElement): Role | undefined {
  const own = labelKey(button.textContent ?? '');
  const word = OPENERS.find((w) => own.startsWith(w));
  if (!word) return undefined;
  const href = button.getAttribute('href');
  if (href && !/^(#|javascript:)/i.test(href)) return undefined;
  const row = button.closest('tr, [role=row]');
  const part = ((): Role | undefined => {
    // (填写负责人: a word naming no one says only that a part is behind it; the card around it says which)
    const rest = own.slice(word.length);
    if (rest && (partIn(rest) || !namesSection(rest))) return partIn(rest);
    for (let box = button.parentElement, up = 0; box && up < 3; box = box.parentElement, up++) {
      if ([...box.querySelectorAll(SEL.root)].some(isVisible)) return undefined;
      const found = partIn(box.innerText.replace(button.innerText, ''));
      if (found || box === row) return found;
    }
    return undefined;
  })();
  return part && (!row || (PERSON_ROLES as readonly string[]).includes(part) || part === 'provider' || part === 'registrar') ? part : undefined;
}

export class Panes {
  /** the dialog this walk opened (a part of the form kept in it), closed before the next one opens */
  private dialog?: HTMLElement;
  /** a dialog its own 确定 did not close (the page refused an entry): left open for the filer, no other opened */
  private stuck = false;
  private readonly visited = new Set<Element>();
  private readonly started: Element[] = [];

  constructor(private readonly doc: Document) {}

  /** The tabs worth opening: in a tab list that holds a form's fields, naming a section, not yet shown. */
  private candidates(): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const { list, tabs } of this.tabLists()) {
      // a tab list whose panes hold no field (page navigation) is left alone
      const panels = tabs.map(panelOf);
      // (a strip of tabs with no role draws only the chosen pane: the box around the strip holds the fields)
      const around = !tabs[0]?.matches('[role=tab]') && list.parentElement?.parentElement?.parentElement?.querySelector(SEL.root);
      if (!panels.some((p) => p?.querySelector(SEL.root)) && !around) continue;
      for (const [i, tab] of tabs.entries()) {
        if (selected(tab) || this.visited.has(tab) || tab.getAttribute('aria-disabled') === 'true' || !isVisible(tab)) continue;
        const panel = panels[i];
        // (a pane that holds something but no field is not a part of the form; an empty one is drawn only when
        // first shown, Arco's lazy TabPane: it is shown and read)
        if (panel && !panel.querySelector(SEL.root) && (panel.textContent ?? '').trim()) continue;
        if (namesSection(tab.textContent ?? '')) out.push(tab);
      }
    }
    return out;
  }

  /** The tab lists: ARIA ones (not an accordion holding its own panels), and strips over panes of their own. */
  private tabLists(): { list: HTMLElement; tabs: HTMLElement[] }[] {
    const out: { list: HTMLElement; tabs: HTMLElement[] }[] = [];
    // a tablist, the box of sibling tabs that no tablist holds (Arco's tab header), or the list of a library's tabs
    // that carry no role (Tea's)
    const TAB = `[role=tab]${SEL.tab ? `, ${SEL.tab}` : ''}`;
    const listOf = (t: HTMLElement) => t.closest<HTMLElement>('[role=tablist]') ?? (t.matches('[role=tab]') ? t.parentElement : t.closest<HTMLElement>('ul, ol') ?? t.parentElement);
    const lists = new Set(this.doc.querySelectorAll<HTMLElement>('[role=tablist]'));
    for (const t of this.doc.querySelectorAll<HTMLElement>(TAB)) { const l = listOf(t); if (l) lists.add(l); }
    for (const list of lists) {
      // an accordion (a tablist holding its own panels: completed steps folded above the current one) is not walked
      if (list.closest(OWN_UI) || !isVisible(list) || list.querySelector('[role=tabpanel]')) continue;
      const tabs = [...list.querySelectorAll<HTMLElement>(TAB)].filter((t) => listOf(t) === list);
      // (tabs that name no panel, a checklist of materials over role=tabpanel details: an index strip, below)
      out.push({ list, tabs });
    }
    out.push(...indexStrips(this.doc));
    return out;
  }

  /**
   * Show the next pane not yet shown; false when there is none. After the tabs, a part of the form kept in a dialog
   * (网站负责人 [编辑]) is opened when it is one of the `wanted` parts (the fill still lacks its fields), as a filer
   * would; the dialog is closed with its own 确定 before the next one opens, and at the restore.
   */
  async next(wanted: readonly string[] = []): Promise<boolean> {
    const tab = this.candidates()[0];
    if (!tab) return this.openNext(wanted);
    if (!this.started.length) {
      for (const { tabs } of this.tabLists()) {
        // (the pane the filer was on is read already: never shown again before the restore)
        const on = tabs.find(selected);
        if (on) { this.started.push(on); this.visited.add(on); }
      }
    }
    this.visited.add(tab);
    userClick(clickTarget(tab));
    const panel = panelOf(tab);
    await waitFor(() => selected(tab) && (!panel || isVisible(panel)), 1500);
    await sleep(150); // the pane's widgets mount and lay out
    return true;
  }

  private async openNext(wanted: readonly string[]): Promise<boolean> {
    if (!wanted.length || this.stuck || !(await this.closeOpened())) return false;
    const buttons = [...this.doc.querySelectorAll<HTMLElement>('button, a, [role=button]')]
      .filter((b) => !this.visited.has(b) && !b.closest(OWN_UI) && !(b as HTMLButtonElement).disabled && isVisible(b));
    const open = openDialogs();
    for (const button of buttons) {
      const part = openedPart(button);
      if (!part || !wanted.includes(part) || open.some((d) => d.contains(button))) continue;
      this.visited.add(button);
      const before = new Set(open);
      userClick(button);
      const dialog = await waitFor(() => openDialogs().find((d) => !before.has(d) && [...d.querySelectorAll(SEL.root)].some(isVisible)), 2000);
      if (dialog) {
        this.dialog = dialog;
        await sleep(150); // the dialog's widgets mount and lay out
        return true;
      }
      // (it opened no form: a dialog of something else is closed again)
      const other = openDialogs().find((d) => !before.has(d));
      if (other) closeDialog(other);
    }
    return false;
  }

  /** Close the dialog this walk opened with its own 确定; false when it stays open (left for the filer). */
  private async closeOpened(): Promise<boolean> {
    const dialog = this.dialog;
    this.dialog = undefined;
    if (!dialog?.isConnected || !isVisible(dialog)) return true;
    if (await confirmDialog(dialog)) { await sleep(150); return true; }
    this.stuck = true;
    return false;
  }

  /** Show again the panes the filer was on (a dialog the walk opened is closed with its 确定 first). */
  async restore(): Promise<void> {
    await this.closeOpened();
    this.stuck = false;
    for (const tab of this.started) if (tab.isConnected && !selected(tab)) { userClick(clickTarget(tab as HTMLElement)); await waitFor(() => selected(tab), 1000); }
    this.started.length = 0;
    this.visited.clear();
  }
}
