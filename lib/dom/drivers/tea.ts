/**
 * Tea (`tea-component`, `tea-` classes), described by its authors as Tencent Cloud's internal React UI
 * framework: one of the two libraries the Tencent Cloud console may use (FORMS.md §1.10 [INF]). Class
 * names from tea-component 2.8 — node_modules/tea-component/dist/tea.css and the es/ components
 * (form/FormItem, check/Check, checkbox, radio, upload/Upload + upload/preset/File, select, dropdown,
 * cascader, datepicker, switch, stepper). Radios, check boxes, the upload and the form/step classes are
 * checked on tests/replicas/providers (tea-app.tsx); select, cascader, date and switch are read from
 * the CSS and component source only (see UNSURE below).
 *
 * Tea's radios and check boxes are native inputs (input.tea-radio / input.tea-checkbox) in a
 * label.tea-form-check; a group is .tea-form-check-group for both. Tea's Upload is a bare <span> with a
 * hidden input[type=file] (the native driver's upload root); its form preset (Upload.File,
 * .tea-form-upload) shows the chosen file's name as the placeholder of a read-only input, which the
 * read override below takes as the upload's file list. Tea has no remove control of its own.
 */
import type { Current, LibraryDriver } from './types';

const cls = (el: Element) => (typeof el.className === 'string' ? el.className : '');
/** The Tea file preset beside a bare Upload's file input, if any. */
const filePreset = (el: Element) => el.parentElement?.querySelector<HTMLElement>(':scope > span > .tea-form-upload, :scope > .tea-form-upload') ?? null;

export const tea: LibraryDriver = {
  id: 'tea',
  owns: (el) => /(^|\s)tea-/.test(cls(el)) || (el.matches('input[type=file]') && !!filePreset(el)),
  roots: [
    // Segment: buttons with role=radio (tea-component lib/segment/Segment.js); SegmentMultiple's buttons
    // have no role, only `is-selected` once ticked (lib/segment/SegmentMultiple.js): boxes to tick
    ['.tea-segment', (el) => (el.querySelector('[role=radio]') || !el.querySelector('button') ? 'radio' : 'checkbox-group')],
    // UNSURE (source only): Tea's Cascader root and its value element
    ['.tea-cascader', 'cascader'],
    // UNSURE (source only): Select renders a Dropdown (.tea-dropdown) showing .tea-dropdown__value; SelectMultiple shows .tea-tag
    ['.tea-dropdown', (el) => (el.querySelector('.tea-tag') ? 'multi-select' : 'select')],
    // TagSelect: a TagInput (.tea-tag-input, its typing box .tea-input--tag) whose typing opens a list to pick from
    ['.tea-tag-input', 'multi-select'],
    // UNSURE (source only): RangePicker's input carries .tea-datepicker__input--range
    ['.tea-datepicker', (el) => (el.querySelector('.tea-datepicker__input--range') ? 'date-range' : 'date')],
    ['.tea-form-check-group', (el) => (el.querySelector('input.tea-radio') ? 'radio' : 'checkbox-group')],
    ['.tea-switch', 'switch'],
    ['.tea-form-check', (el) => (el.querySelector('input.tea-checkbox') ? 'checkbox' : undefined)],
    ['.tea-textarea, .tea-input:not([readonly])', 'text'],
  ],
  item: '.tea-form__item',
  itemLabel: '.tea-form__label',
  dataTable: '.tea-table',
  tab: '.tea-tabs__tab',
  // (a Segment over panes of its own switches them, as tabs do; one answering a question, 个人 | 单位, is never walked)
  viewSwitch: '.tea-segment',
  headings: '.tea-card__title, .tea-form__title, .tea-step__title.is-current',
  activeStep: '.tea-step__item.is-current .tea-step__title',
  disabled: '.tea-form-check.is-disabled, .tea-dropdown.is-disabled, .tea-switch.is-disabled, .tea-input[disabled]',
  trigger: '.tea-dropdown__header, .tea-datepicker__input, .tea-cascader__input',
  popup: '.tea-dropdown-box',
  dialog: '.tea-dialog, .tea-drawer',
  // SelectMultiple keeps its ticks staged until the footer's 确定 (its `staging` prop, true by default:
  // lib/select/SelectMultiple.js; Dropdown.Footer is div.tea-dropdown-box__footer, 确定 its plain button, 重置 a weak one)
  confirm: '.tea-dropdown-box__footer .tea-btn:not(.tea-btn--weak):not(.tea-btn--text):not(.tea-btn--link)',
  // a SelectMultiple's options are check boxes (li > label.tea-form-check): the label takes the click
  option: '.tea-list--option .tea-list__item, .tea-list--checkoption .tea-form-check, .tea-list--option:not(.tea-list--checkoption) li',
  // a column per level, or (type="tabs") one tab panel per level, the chosen level's tab shown
  // (type="menu": one thin box of option lists side by side, a list per level, lib/cascader/CascadeMenu)
  cascaderMenu: '.tea-cascader-menu__col, .tea-cascader-menu .tea-tabs__tabpanel, .tea-cascader-menu--thin > .tea-list',
  cascaderItem: '.tea-cascader-menu__list li, .tea-cascader-menu--thin > .tea-list > li',
  cascaderItemText: '.tea-cascader-menu__label',
  choice: '.tea-form-check, .tea-segment > .tea-btn',
  toggle: '.tea-segment > .tea-btn',
  checked: /(^|\s)(is-checked|is-selected)(\s|$)/,
  selectShown: '.tea-dropdown__value, .tea-cascader__value',
  placeholder: '.tea-text-weak',
  tag: '.tea-tag',
  tagText: 'span',
  uploadList: '.tea-form-upload',
  uploadItem: '.tea-form-upload__inner',
  read: {
    // SelectMultiple shows its choices as one text, "a, b" (ValueBrief), tags only when asked to; its
    // placeholder is a weak Text
    'multi-select': (root): Current => {
      const tags = [...root.querySelectorAll('.tea-tag')].map((t) => (t.querySelector('span') ?? t).textContent?.trim() ?? '').filter(Boolean);
      if (tags.length) return tags;
      const shown = root.querySelector('.tea-dropdown__value');
      return shown && !shown.querySelector('.tea-text-weak') ? (shown.textContent ?? '').split(/,\s*/).map((x) => x.trim()).filter((x) => x && x !== '...') : [];
    },
    upload: (root, ctx): Current => {
      const preset = (root.matches('input[type=file]') ? filePreset(root) : null) ?? (ctx.item ?? root).querySelector<HTMLElement>('.tea-form-upload');
      const name = preset?.querySelector<HTMLInputElement>('.tea-form-upload__inner input')?.placeholder?.trim() ?? '';
      return name ? [name] : [];
    },
  },
};
