/**
 * Sections in tabs (主办单位信息 | 主体负责人信息 in one form, only the active pane shown): a fill shows
 * each further pane in turn by clicking its tab, as a filer would, so that its fields can be read and
 * filled, then shows the pane the filer was on again. Only tabs that name a part of the filing are
 * opened: never a tab choosing how to do it (电脑上传 | 阿里云App上传), never a link away from the page or a
 * button. Tabs are ARIA tabs, or a server-rendered strip of in-page links (<a href="#tab2">) naming hidden panes.
 */
import { labelKey, PANE_WORDS, PANE_SKIP_WORDS, CUES } from '../forms/vocabulary';
import { isVisible, sleep, userClick, waitFor } from './drivers/engine';
import { SEL } from './drivers/index';
import { linkPanesIn, linkTabOf } from './snapshot';

const OWN_UI = 'beian-autofill-panel';

/** The pane an in-page link tab names (href="#tab2"). */
const linkPanel = (tab: Element): HTMLElement | null => {
  const h = tab.getAttribute('href');
  return h && /^#[\w-]+$/.test(h) ? tab.ownerDocument.getElementById(h.slice(1)) : null;
};
const panelOf = (tab: Element): HTMLElement | null => {
  const step = indexPanes.get(tab);
  if (step) return step;
  const id = tab.getAttribute('aria-controls');
  return id ? tab.ownerDocument.getElementById(id) : linkPanel(tab);
};
/**
 * A clickable strip of steps over panes of its own (a card split into sub-steps ① 网站信息 ② 服务信息 ③ 服务商,
 * every part rendered, only the current one shown): its items are tabs, the i-th showing the i-th pane. Read
 * from the strip's active step (a library's activeStep) when, beside the strip, as many sibling panes holding
 * fields follow as the strip has items and the shown one is the active item's. A wizard's own steps have no
 * such panes and are never clicked. ARIA tabs that name no panel (a checklist of materials, role=tab, over
 * role=tabpanel details) are mapped the same way, by order.
 */
const indexPanes = new WeakMap<Element, HTMLElement>();
function stepStrips(doc: Document): { list: HTMLElement; tabs: HTMLElement[] }[] {
  const out: { list: HTMLElement; tabs: HTMLElement[] }[] = [];
  if (!SEL.activeStep) return out;
  for (const title of doc.querySelectorAll<HTMLElement>(SEL.activeStep)) {
    if (title.closest(OWN_UI)) continue;
    // the active item: the title's ancestor that is one of two or more siblings with text (the strip's items)
    let item: HTMLElement | null = title;
    while (item?.parentElement && [...item.parentElement.children].filter((c) => (c.textContent ?? '').trim()).length < 2) item = item.parentElement;
    const list = item?.parentElement;
    if (!item || !list) continue;
    const items = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !!(c.textContent ?? '').trim());
    const active = items.indexOf(item);
    // the panes: siblings after the strip (or after the box holding it), as many as the items, each holding fields
    for (let box: HTMLElement | null = list, n = 0; box?.parentElement && n < 3; box = box.parentElement, n++) {
      const after = [...box.parentElement.children].slice([...box.parentElement.children].indexOf(box) + 1);
      const panes = after.filter((c): c is HTMLElement => c instanceof HTMLElement && !!c.querySelector(SEL.root));
      if (!panes.length) continue;
      if (panes.length !== items.length || !isVisible(panes[active]!) || panes.some((p, i) => i !== active && isVisible(p))) break;
      items.forEach((it, i) => indexPanes.set(it, panes[i]!));
      out.push({ list, tabs: items });
      break;
    }
  }
  return out;
}
/** Where a click on a step item lands: its innermost element holding its title (the handler sits inside the item). */
const clickTarget = (tab: HTMLElement): HTMLElement => {
  if (!indexPanes.has(tab)) return tab;
  const titled = (x: Element): x is HTMLElement => x instanceof HTMLElement && /[\u4e00-\u9fff]/.test(x.textContent ?? '');
  let at = tab;
  for (let inner = [...at.children].find(titled); inner; inner = [...at.children].find(titled)) at = inner;
  return at;
};

/** An ARIA tab by aria-selected; a link tab or a step over panes by whether its pane shows. */
const selected = (tab: Element) => {
  const step = indexPanes.get(tab);
  if (step) return isVisible(step);
  return tab.matches('[role=tab]') ? tab.getAttribute('aria-selected') === 'true' : !!linkPanel(tab) && isVisible(linkPanel(tab)!);
};
/** Whether a tab's title names a part of the filing (a party, a person, 网站信息, 主体资料). */
export function namesSection(title: string): boolean {
  const k = labelKey(title);
  if (!k || PANE_SKIP_WORDS.some((w) => k.includes(labelKey(w)))) return false;
  return CUES.some((c) => k.includes(c.cue)) || PANE_WORDS.some((w) => k.includes(labelKey(w)));
}

export class Panes {
  private readonly visited = new Set<Element>();
  private readonly started: Element[] = [];

  constructor(private readonly doc: Document) {}

  /** The tabs worth opening: in a tab list that holds a form's fields, naming a section, not yet shown. */
  private candidates(): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const { list, tabs } of this.tabLists()) {
      // a tab list whose panes hold no field (page navigation) is left alone
      const panels = tabs.map(panelOf);
      if (!panels.some((p) => p?.querySelector(SEL.root))) continue;
      for (const [i, tab] of tabs.entries()) {
        if (selected(tab) || this.visited.has(tab) || tab.getAttribute('aria-disabled') === 'true' || !isVisible(tab)) continue;
        const panel = panels[i];
        if (panel && !panel.querySelector(SEL.root)) continue;
        if (namesSection(tab.textContent ?? '')) out.push(tab);
      }
    }
    return out;
  }

  /** The tab lists: ARIA ones (not an accordion holding its own panels), and strips of in-page links to panes. */
  private tabLists(): { list: HTMLElement; tabs: HTMLElement[] }[] {
    const out: { list: HTMLElement; tabs: HTMLElement[] }[] = [];
    for (const list of this.doc.querySelectorAll<HTMLElement>('[role=tablist]')) {
      // an accordion (a tablist holding its own panels: completed steps folded above the current one) is not walked
      if (list.closest(OWN_UI) || !isVisible(list) || list.querySelector('[role=tabpanel]')) continue;
      const tabs = [...list.querySelectorAll<HTMLElement>('[role=tab]')].filter((t) => t.closest('[role=tablist]') === list);
      // tabs that name no panel (no aria-controls, no labelled-by): the tab panels near the list, in order, when as many
      if (tabs.length > 1 && tabs.every((t) => !panelOf(t))) {
        for (let box = list.parentElement, n = 0; box && n < 3; box = box.parentElement, n++) {
          const panels = [...box.querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((p) => !list.contains(p) && !p.getAttribute('aria-labelledby'));
          if (!panels.length) continue;
          if (panels.length === tabs.length) tabs.forEach((t, i) => indexPanes.set(t, panels[i]!));
          break;
        }
      }
      out.push({ list, tabs });
    }
    const seen = new Set<Element>();
    for (const pane of linkPanesIn(this.doc)) {
      const a = linkTabOf(pane);
      const list = a && !a.matches('[role=tab]') ? a.closest<HTMLElement>('ul, ol, nav, [class*="tab"]') : null;
      if (!list || seen.has(list) || list.closest(OWN_UI) || !isVisible(list)) continue;
      seen.add(list);
      out.push({ list, tabs: [...list.querySelectorAll<HTMLElement>('a[href^="#"]')].filter((t) => !!linkPanel(t)) });
    }
    out.push(...stepStrips(this.doc));
    return out;
  }

  /** Show the next pane not yet shown; false when there is none. */
  async next(): Promise<boolean> {
    const tab = this.candidates()[0];
    if (!tab) return false;
    if (!this.started.length) {
      for (const { tabs } of this.tabLists()) {
        const on = tabs.find(selected);
        if (on) this.started.push(on);
      }
    }
    this.visited.add(tab);
    userClick(clickTarget(tab));
    const panel = panelOf(tab);
    await waitFor(() => selected(tab) && (!panel || isVisible(panel)), 1500);
    await sleep(150); // the pane's widgets mount and lay out
    return true;
  }

  /** Show again the panes the filer was on. */
  async restore(): Promise<void> {
    for (const tab of this.started) if (tab.isConnected && !selected(tab)) { userClick(clickTarget(tab as HTMLElement)); await waitFor(() => selected(tab), 1000); }
    this.started.length = 0;
    this.visited.clear();
  }
}
