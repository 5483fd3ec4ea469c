/**
 * One component library's widgets as the fill engine sees them: class names and ARIA roles of its
 * roots, popups, options, cascader menus, choice wrappers and upload lists, plus optional overrides
 * where the generic way of acting (lib/dom/drivers/engine.ts) does not fit. Nothing here names a page:
 * adding a library is adding a file beside this one and one line in ./index.ts.
 */

/** The widget shapes a control can take on a page. */
export type Shape =
  | 'text' // input / textarea
  | 'select' // single choice in a dropdown (native or framework)
  | 'multi-select' // several choices in a dropdown (tags)
  | 'radio' // radio group
  | 'checkbox' // one boolean box (长期, 同主体负责人)
  | 'checkbox-group' // several boxes
  | 'switch' // boolean switch
  | 'cascader' // 省 → 市 → 区 in one widget, level by level
  | 'date' // one date
  | 'date-range' // a range picker: start and end in one widget
  | 'upload' // input[type=file] with a file list
  | 'picker'; // a value chosen in a dialog a button opens (选择实例 → a table of instances, one row ticked, 确定)

export type Current = string | string[] | boolean;

export interface DriverResult { ok: boolean; error?: 'fill.noOption' | 'fill.failed' | 'fill.range' }

/** What a driver override gets besides the root. */
export interface DriverContext {
  /** the form item (label + controls) the root sits in, when there is one */
  item?: HTMLElement;
  /** option texts acceptable for a choice (first preferred) */
  accept?: string[];
  /** how much longer than usual to wait for options (a city's list loading after its province): 1 by default */
  patience?: number;
  /** the option to choose is the one entry showing one of `accept` as a whole token (an instance by its IP) */
  byToken?: boolean;
  /** a region typed into one box (浙江省杭州市余杭区): where the box suggests places as it is typed in, one is chosen */
  region?: boolean;
}

/**
 * A date picker's calendar popup as a user sees it: a month panel whose header shows the year and month,
 * step buttons, and the day cells of the shown month. The engine steps to the month and clicks the day.
 */
export interface Calendar {
  /** one month's panel (header and day table); a range picker's popup shows two, the first is used */
  panel: string;
  /** inside a panel: where the shown year and month are written (texts and input values, e.g. "12 月" "2026") */
  header: string;
  /** step buttons (inside the panel or the popup) */
  prevMonth: string;
  nextMonth: string;
  prevYear?: string;
  nextYear?: string;
  /** day cells of the shown month (not the greyed days of the months beside it); a cell's text is its day */
  day: string;
}

export interface LibraryDriver {
  /** short id, e.g. 'fusion', 'antd', 'element', 'tdesign', 'tea', 'opentiny', 'arco', 'native' */
  id: string;
  /** does this element (or its nearest widget ancestor) belong to this library? Usually a class-prefix test. */
  owns(el: Element): boolean;
  /** widget roots of this library, most specific first, each with the shape it has */
  roots: ReadonlyArray<readonly [selector: string, shape: Shape | ((el: HTMLElement) => Shape | undefined)]>;
  /** form items (one label and its controls) and the label element inside one */
  item?: string;
  itemLabel?: string;
  /** a label drawn inside the control itself (Fusion's inset label): the control's name where no item names it */
  insetLabel?: string;
  /** text drawn inside a text box before or after the input (http://, +86, the carried 省市区 of an address) */
  addon?: string;
  /** a data table (columns under a header row): its rows are named by their first cell, its cells are never sections */
  dataTable?: string;
  /** section headings: card titles, dividers, description titles, step sub-titles, a timeline item's title (a one-page wizard drawn as a timeline) */
  headings?: string;
  /** the tabs of a strip that carry no ARIA role (Tea's): the chosen one marked by a state class */
  tab?: string;
  /** a bar of view options drawn as a radio (a Segmented): over panes of its own it switches them, as tabs do */
  viewSwitch?: string;
  /** active step title in a step bar */
  activeStep?: string;
  /** a root (or an ancestor) that matches this is disabled */
  disabled?: string;
  /** element inside a select/cascader/date root to click to open it */
  trigger?: string;
  /** popup containers this library portals to <body> */
  popup?: string;
  /** a dialog or drawer box (a modal part of the page: a form kept in a dialog, a picker's list) */
  dialog?: string;
  /** a popup's own button that commits what was ticked in it (Tea SelectMultiple's 确定): pressed after picking */
  confirm?: string;
  /** options inside a select popup, and the element holding an option's text */
  option?: string;
  optionText?: string;
  /** cascader: one menu (column) per level, the items of a menu and an item's text */
  cascaderMenu?: string;
  cascaderItem?: string;
  cascaderItemText?: string;
  /** a dialog or drawer holding a form that the library draws inside its popup overlay (Fusion's Dialog and Drawer) */
  overlayForm?: string;
  /** the toggle that opens an item's children without choosing it (a region tree whose provinces and cities cannot be chosen) */
  cascaderExpand?: string;
  /** radio / checkbox wrappers (label + input) and the class that marks one checked */
  choice?: string;
  checked?: RegExp;
  /** choices drawn without an input or a role (toggle tags): clicked, and checked by `checked` */
  toggle?: string;
  /** the element that shows a select's chosen value (else the root's visible text) */
  selectShown?: string;
  /** the element that shows a select's placeholder while empty */
  placeholder?: string;
  /** multi-select tags and the text inside one */
  tag?: string;
  tagText?: string;
  /** upload file lists, their items, an item's name, an item's remove control */
  uploadList?: string;
  uploadItem?: string;
  uploadItemName?: string;
  uploadRemove?: string;
  /** the clear (×) control of a select / cascader / input */
  clear?: string;
  /** a date picker's input takes typed text only after the click that opens it has been handled */
  typeAfterOpen?: boolean;
  /** a date picker's calendar, to click the day where the picker refuses typed text */
  calendar?: Calendar;
  /**
   * a transfer (two lists, 可选 → 已选, with move buttons between): its root (registered in `roots` as a
   * checkbox-group), one list, and an entry of a list. The value is what the second list holds.
   */
  transfer?: { root: string; list: string; item: string };
  /** per-shape overrides of reading and setting */
  read?: Partial<Record<Shape, (root: HTMLElement, ctx: DriverContext) => Current>>;
  set?: Partial<Record<Shape, (root: HTMLElement, value: Current, ctx: DriverContext) => Promise<DriverResult>>>;
}
