/** Ant Design (`antd`, `ant-` classes; rc-select / rc-cascader / rc-picker underneath, AUTOFILL.md §3). */
import type { LibraryDriver } from './types';

export const antd: LibraryDriver = {
  id: 'antd',
  owns: (el) => /(^|\s)ant-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // a transfer (可选 → 已选 lists, see `transfer`)
    ['.ant-transfer', 'checkbox-group'],
    // Segmented (one choice of a few, drawn as a bar): radios
    ['.ant-segmented', 'radio'],
    ['.ant-cascader', 'cascader'],
    // an AutoComplete is a box that suggests: typed, never picked from its list
    ['.ant-select', (el) => (el.matches('.ant-select-auto-complete') ? 'text' : el.matches('.ant-select-multiple') ? 'multi-select' : 'select')],
    ['.ant-picker-range', 'date-range'],
    ['.ant-picker', 'date'],
    ['.ant-radio-group', 'radio'],
    ['.ant-checkbox-group', 'checkbox-group'],
    // toggle tags (CheckableTagGroup, or CheckableTags side by side): boxes to tick
    ['.ant-tag-checkable-group', 'checkbox-group'],
    ['.ant-tag-checkable', 'checkbox'],
    ['.ant-switch', 'switch'],
    ['.ant-upload-wrapper, .ant-upload', 'upload'],
    ['.ant-checkbox-wrapper', 'checkbox'],
    ['.ant-input-affix-wrapper, .ant-input, .ant-input-number', 'text'],
  ],
  item: '.ant-form-item',
  itemLabel: '.ant-form-item-label',
  addon: '.ant-input-group-addon, .ant-input-prefix, .ant-input-suffix',
  dataTable: '.ant-table',
  headings: '.ant-card-head-title, .ant-divider-inner-text, .ant-descriptions-title, .ant-collapse-header-text',
  activeStep: '.ant-steps-item-process .ant-steps-item-title',
  disabled: '.ant-select-disabled, .ant-input-disabled, .ant-picker-disabled, .ant-cascader-disabled, .ant-radio-wrapper-disabled, .ant-checkbox-wrapper-disabled, .ant-switch-disabled',
  trigger: '.ant-select-selector, .ant-select-content, .ant-picker-input',
  popup: '.ant-select-dropdown, .ant-cascader-dropdown, .ant-picker-dropdown',
  dialog: '.ant-modal, .ant-drawer-content',
  // a TreeSelect's list is a tree: its nodes are the options (a checkable one ticks on a click of the title)
  option: '.ant-select-item-option, .ant-select-tree-node-content-wrapper',
  optionText: '.ant-select-item-option-content, .ant-select-tree-title',
  cascaderMenu: '.ant-cascader-menu',
  cascaderItem: '.ant-cascader-menu-item',
  cascaderItemText: '.ant-cascader-menu-item-content',
  viewSwitch: '.ant-segmented',
  choice: '.ant-radio-wrapper, .ant-checkbox-wrapper, .ant-segmented-item, .ant-tag-checkable',
  toggle: '.ant-tag-checkable',
  checked: /(^|\s)(ant-radio-wrapper-checked|ant-checkbox-wrapper-checked|ant-switch-checked|ant-segmented-item-selected|ant-tag-checkable-checked)(\s|$)/,
  selectShown: '.ant-select-selection-item',
  placeholder: '.ant-select-selection-placeholder',
  tag: '.ant-select-selection-item',
  tagText: '.ant-select-selection-item-content',
  uploadList: '.ant-upload-list',
  uploadItem: '.ant-upload-list-item',
  uploadItemName: '.ant-upload-list-item-name',
  uploadRemove: '.ant-upload-list-item-actions button',
  transfer: { root: '.ant-transfer', list: '.ant-transfer-section, .ant-transfer-list', item: '.ant-transfer-list-content-item' },
  clear: '.ant-select-clear, .ant-input-clear-icon, .ant-picker-clear',
};
