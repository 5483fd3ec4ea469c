/**
 * TDesign for React (`tdesign-react`, `t-` classes): one of the two libraries the Tencent Cloud console
 * may use (FORMS.md §1.10 [INF]). Class names from tdesign-react 1.18 — node_modules/tdesign-react/dist/
 * tdesign.css and the DOM its es/ components render (select/SelectInput, cascader, date-picker, upload/
 * themes/SingleFile, tag/Tag.js) — checked on tests/replicas/providers (tdesign-app.tsx).
 * A select's value is shown in its <input> (no text node), which the engine's fallback reads; a range
 * picker has two inputs; disabled widgets carry `t-is-disabled` on the inner .t-input and `disabled` on
 * the <input>.
 */
import { regionOrSelect } from './native';
import type { LibraryDriver } from './types';

export const tdesign: LibraryDriver = {
  id: 'tdesign',
  owns: (el) => /(^|\s)t-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // a transfer (可选 → 已选 lists, see `transfer`)
    ['.t-transfer', 'checkbox-group'],
    ['.t-cascader', 'cascader'],
    // a TreeSelect: a select whose list is a tree; one picking a region (请选择省 / 市 / 区县, levels fetched as a
    // node expands, only a county chosen) is a cascade through the tree's levels
    // (its SelectInput's classes sit on the root itself: t-tree-select t-select-input t-select-input--multiple)
    ['.t-tree-select', (el) => (el.matches('.t-select-input--multiple') || el.querySelector('.t-select-input--multiple') ? 'multi-select'
      : regionOrSelect(el))],
    ['.t-date-range-picker', 'date-range'],
    ['.t-date-picker', 'date'],
    ['.t-select', (el) => (el.matches('.t-select-input--multiple') ? 'multi-select' : 'select')],
    ['.t-radio-group', 'radio'],
    ['.t-checkbox-group', 'checkbox-group'],
    // toggle buttons (CheckTagGroup: 网站语言 as tags to tick), and a lone CheckTag
    ['.t-check-tag-group', 'checkbox-group'],
    ['.t-tag--check', 'checkbox'],
    ['.t-switch', 'switch'],
    ['.t-upload', 'upload'],
    ['.t-checkbox', 'checkbox'],
    // a TagInput (网站域名: type one and press Enter for each): a list of the filer's own values
    ['.t-tag-input', 'multi-select'],
    ['.t-textarea, .t-input-number, .t-input__wrap', 'text'],
  ],
  item: '.t-form__item',
  itemLabel: '.t-form__label',
  addon: '.t-input-adornment__prepend, .t-input-adornment__append, .t-input__prefix, .t-input__suffix',
  dataTable: '.t-table',
  headings: '.t-card__title, .t-divider__inner-text, .t-collapse-panel__header, .t-timeline-item__label',
  activeStep: '.t-steps-item--process .t-steps-item__title',
  disabled: '.t-is-disabled',
  trigger: '.t-input',
  popup: '.t-popup',
  dialog: '.t-dialog, .t-drawer',
  // a TreeSelect's list is a tree: each node's label is an option (a checkable node's label is its box's)
  option: '.t-select-option, .t-tree__label',
  // (a region TreeSelect's tree is one menu holding every level: each node is clicked open, the county chosen)
  cascaderMenu: '.t-cascader__menu, .t-popup .t-tree',
  cascaderItem: '.t-cascader__item, .t-tree__item',
  cascaderItemText: '.t-cascader__item-label, .t-tree__label',
  choice: '.t-radio, .t-checkbox, .t-tag--check',
  toggle: '.t-tag--check',
  checked: /(^|\s)(t-is-checked|t-tag--checked)(\s|$)/,
  // a single select shows its value in the <input> (value attribute), its placeholder in the placeholder attribute
  tag: '.t-tag',
  tagText: 'span',
  uploadList: '.t-upload__single, .t-upload__flow, .t-upload__card',
  uploadItem: '.t-upload__single-display-text, .t-upload__single-input-preview, .t-upload__flow-table tbody tr, .t-upload__card-item:not(.t-upload__card-container):not(:has(.t-upload__image-add))',
  uploadItemName: '.t-upload__single-name, .t-upload__single-input-text, .t-upload__file-name, .t-upload__card-name',
  uploadRemove: '.t-upload__icon-delete, .t-upload__single-input-delete, .t-upload__delete',
  transfer: { root: '.t-transfer', list: '.t-transfer__list', item: '.t-transfer__list-item' },
  clear: '.t-input__suffix-clear, .t-tag__icon-close',
  // typed dates do not reach the picker's state (tests/replicas/providers, tdesign-react 1.18 on React 19):
  // the day is clicked in the calendar, whose header holds the month and year in two selects' inputs
  calendar: {
    panel: '.t-date-picker__panel-date, .t-date-range-picker__panel-date',
    header: '.t-date-picker__header-controller, .t-date-range-picker__header-controller',
    prevMonth: '.t-pagination-mini__prev',
    nextMonth: '.t-pagination-mini__next',
    day: '.t-date-picker__cell:not(.t-date-picker__cell--additional), .t-date-range-picker__cell:not(.t-date-range-picker__cell--additional)',
  },
};
