/** Element Plus (Vue 3, `el-` classes): the 公安 platform's likely library (FORMS.md §4 [INF]). */
import type { LibraryDriver } from './types';

export const element: LibraryDriver = {
  id: 'element',
  owns: (el) => /(^|\s)el-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // el-transfer: 可选 → 已选 lists (see `transfer`)
    ['.el-transfer', 'checkbox-group'],
    // el-segmented (one choice of a few, drawn as a bar): radios
    ['.el-segmented', 'radio'],
    ['.el-cascader', 'cascader'],
    // (an empty multiple one that takes typing hides its input until focused, which a single one never does)
    ['.el-select', (el) => (el.querySelector('.el-select__tags, .el-tag, .el-select__selection.is-near, .is-filterable:not(.is-disabled) .el-select__input-wrapper.is-hidden') || el.matches('.el-select--multiple, .is-multiple') ? 'multi-select' : 'select')],
    ['.el-date-editor--daterange, .el-range-editor', 'date-range'],
    ['.el-date-editor', 'date'],
    ['.el-radio-group', 'radio'],
    ['.el-checkbox-group', 'checkbox-group'],
    ['.el-switch', 'switch'],
    ['.el-upload', 'upload'],
    ['.el-checkbox', 'checkbox'],
    // el-input-tag (2.9+): type a value and press Enter for each
    ['.el-input-tag', 'multi-select'],
    ['.el-input, .el-textarea, .el-input-number', 'text'],
  ],
  item: '.el-form-item',
  itemLabel: '.el-form-item__label',
  addon: '.el-input-group__prepend, .el-input-group__append, .el-input__prefix-inner, .el-input__suffix-inner',
  dataTable: '.el-table',
  headings: '.el-card__header, .el-divider__text, .el-descriptions__title, .el-collapse-item__header, .el-timeline-item__timestamp.is-top',
  activeStep: '.el-step__title.is-process',
  disabled: '.is-disabled, .el-select--disabled',
  trigger: '.el-select__wrapper, .el-input__wrapper',
  popup: '.el-popper',
  dialog: '.el-dialog, .el-drawer',
  option: '.el-select-dropdown__item',
  cascaderMenu: '.el-cascader-menu',
  cascaderItem: '.el-cascader-node',
  cascaderItemText: '.el-cascader-node__label',
  viewSwitch: '.el-segmented',
  choice: '.el-radio, .el-checkbox, .el-segmented__item',
  checked: /(^|\s)(is-checked)(\s|$)/,
  selectShown: '.el-select__placeholder:not(.is-transparent)',
  placeholder: '.el-select__placeholder.is-transparent',
  tag: '.el-tag',
  tagText: '.el-select__tags-text, .el-tag__content',
  uploadList: '.el-upload-list',
  uploadItem: '.el-upload-list__item',
  uploadItemName: '.el-upload-list__item-name, .el-upload-list__item-file-name',
  uploadRemove: '.el-upload-list__item .el-icon--close',
  transfer: { root: '.el-transfer', list: '.el-transfer-panel', item: '.el-transfer-panel__item' },
  clear: '.el-select__clear, .el-input__clear, .el-cascader__clear',
};
