/**
 * The registry of component libraries the fill engine drives. Each library is one file (its class
 * names and roles as a LibraryDriver); adding a library is adding a file and one line below. Native
 * HTML comes last: any library's own root wins over the plain input inside it.
 */
import { antd } from './antd';
import { arco } from './arco';
import { element } from './element';
import { fusion } from './fusion';
import { native } from './native';
import { opentiny } from './opentiny';
import { tdesign } from './tdesign';
import { tea } from './tea';
import type { LibraryDriver, Shape } from './types';

export const LIBRARIES: readonly LibraryDriver[] = [fusion, antd, element, tdesign, tea, opentiny, arco, native];

const join = (pick: (l: LibraryDriver) => string | undefined) => LIBRARIES.map(pick).filter(Boolean).join(', ');
/** Every library's selectors of one kind, joined (the generic algorithms look for any of them). */
export const SEL = {
  root: join((l) => l.roots.map(([s]) => s).join(', ')),
  item: join((l) => l.item),
  itemLabel: join((l) => l.itemLabel),
  insetLabel: join((l) => l.insetLabel),
  addon: join((l) => l.addon),
  headings: join((l) => l.headings),
  dataTable: join((l) => l.dataTable),
  activeStep: join((l) => l.activeStep),
  tab: join((l) => l.tab),
  viewSwitch: join((l) => l.viewSwitch),
  disabled: join((l) => l.disabled),
  trigger: join((l) => l.trigger),
  popup: join((l) => l.popup),
  confirm: join((l) => l.confirm),
  dialog: join((l) => l.dialog),
  option: join((l) => (l.id === 'native' ? undefined : l.option)),
  ariaOption: '[role=option]',
  optionText: join((l) => l.optionText),
  cascaderMenu: join((l) => l.cascaderMenu),
  cascaderItem: join((l) => l.cascaderItem),
  cascaderItemText: join((l) => l.cascaderItemText),
  cascaderExpand: join((l) => l.cascaderExpand),
  overlayForm: join((l) => l.overlayForm),
  choice: join((l) => l.choice),
  toggle: join((l) => l.toggle),
  selectShown: join((l) => l.selectShown),
  tag: join((l) => l.tag),
  tagText: join((l) => l.tagText),
  uploadList: join((l) => l.uploadList),
  uploadItem: join((l) => l.uploadItem),
  uploadItemName: join((l) => l.uploadItemName),
  uploadRemove: join((l) => l.uploadRemove),
  clear: join((l) => l.clear),
};
export const CHECKED = LIBRARIES.map((l) => l.checked).filter((x): x is RegExp => !!x);

const ROOTS = new Map(LIBRARIES.map((l) => [l, l.roots.map(([s]) => s).join(', ')]));
/**
 * The library an element belongs to: the one whose widget root it is (a `tiny-select` inside a page's own `t-item`
 * cell is OpenTiny's), else by its own classes or its parent's.
 */
export function libraryOf(el: Element): LibraryDriver {
  for (const l of LIBRARIES) if (l !== native && el.matches(ROOTS.get(l)!)) return l;
  for (const l of LIBRARIES) if (l !== native && (l.owns(el) || (el.parentElement && l.owns(el.parentElement)))) return l;
  return native;
}

/** The shape of a widget root, by the first library root selector it matches. */
export function shapeOf(root: HTMLElement): Shape | undefined {
  for (const l of LIBRARIES) {
    for (const [sel, shape] of l.roots) {
      if (!root.matches(sel)) continue;
      const s = typeof shape === 'function' ? shape(root) : shape;
      if (s) return s;
    }
  }
  return undefined;
}

export type { LibraryDriver, Shape } from './types';

/** Whether an element sits in a library's popup (a list, a calendar), not in a dialog or drawer holding a form that its library draws in the same overlay. */
export function inPopup(el: Element): boolean {
  const popup = el.closest(SEL.popup);
  const form = popup && SEL.overlayForm ? el.closest(SEL.overlayForm) : null;
  return !!popup && !(form && popup.contains(form));
}
