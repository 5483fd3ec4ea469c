/** Alibaba Fusion Next (`@alifd/next`, `next-` classes): the Alibaba Cloud console's library (FORMS.md §4 [INF]). */
import type { LibraryDriver } from './types';

const hasTwoInputs = (el: HTMLElement) => el.querySelectorAll('input:not([type=hidden])').length >= 2;

export const fusion: LibraryDriver = {
  id: 'fusion',
  owns: (el) => /(^|\s)next-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // a transfer (可选 → 已选 lists, see `transfer`)
    ['.next-transfer', 'checkbox-group'],
    ['.next-cascader-select', 'cascader'],
    // an AutoComplete is a box that suggests: typed, never picked from its list
    ['.next-select', (el) => (el.matches('.next-select-auto-complete') ? 'text' : el.matches('.next-select-multiple, .next-select-tag') ? 'multi-select' : 'select')],
    ['.next-range-picker, .next-range-picker2', 'date-range'],
    ['.next-date-picker2, .next-date-picker', (el) => (hasTwoInputs(el) ? 'date-range' : 'date')],
    ['.next-radio-group', 'radio'],
    ['.next-checkbox-group', 'checkbox-group'],
    ['.next-switch', 'switch'],
    ['.next-upload', 'upload'],
    ['.next-checkbox-wrapper', 'checkbox'],
    ['.next-input, .next-input-textarea', 'text'],
  ],
  item: '.next-form-item',
  itemLabel: '.next-form-item-label',
  insetLabel: '.next-input-label',
  addon: '.next-input-addon, .next-input-inner.next-before, .next-input-inner.next-after',
  dataTable: '.next-table',
  headings: '.next-card-title, .next-card-head, .next-collapse-panel-title, .next-divider-inner-text, .next-timeline-item-title',
  activeStep: '.next-step-item-process .next-step-item-title',
  disabled: '.next-disabled, .next-select-disabled, .next-input.next-disabled',
  trigger: '.next-select-inner, .next-select-trigger',
  popup: '.next-overlay-wrapper',
  dialog: '.next-dialog, .next-drawer',
  // (a Dialog or a Drawer is such an overlay too, but one holding a form: its fields are the page's, never a list's)
  overlayForm: '.next-dialog, .next-drawer',
  // a TreeSelect's list is a tree: each node's label is an option (a checkable tree ticks by the node's box)
  option: '.next-menu-item, .next-select-menu-item, .next-tree-node-label-wrapper',
  cascaderMenu: '.next-cascader-menu',
  cascaderItem: '.next-cascader-menu-item',
  cascaderItemText: '.next-cascader-menu-item-text',
  choice: '.next-radio-wrapper, .next-checkbox-wrapper',
  checked: /(^|\s)(checked|next-radio-wrapper-checked|next-checkbox-wrapper-checked)(\s|$)/,
  placeholder: '.next-select-placeholder',
  tag: '.next-tag',
  tagText: '.next-tag-body',
  uploadList: '.next-upload-list',
  uploadItem: '.next-upload-list-item:not(.next-upload):not(.next-upload-list-item-error)',
  uploadItemName: '.next-upload-list-item-name',
  uploadRemove: '.next-upload-tool-close i, .next-upload-list-item .next-icon-close',
  transfer: { root: '.next-transfer', list: '.next-transfer-panel', item: '.next-transfer-panel-item' },
  clear: '.next-select-clear, .next-input-clear',
  // the v1 pickers' calendar (a RangePicker whose trigger takes no typing): its days are clicked. A range
  // shows two months; the left one is stepped (its header reads "December 2026"). DatePicker2 takes typing.
  calendar: {
    panel: '.next-calendar-range, .next-calendar-card',
    header: '.next-calendar-panel-header-left, .next-calendar-card .next-calendar-panel-header',
    prevMonth: '.next-calendar-btn-prev-month',
    nextMonth: '.next-calendar-btn-next-month',
    prevYear: '.next-calendar-btn-prev-year',
    nextYear: '.next-calendar-btn-next-year',
    day: ['.next-calendar-body-left', '.next-calendar-card'].map((p) => `${p} .next-calendar-cell:not(.next-calendar-cell-prev-month):not(.next-calendar-cell-next-month)`).join(', '),
  },
};
