/**
 * Arco Design for React (`@arco-design/web-react`, `arco-` classes): the library Volcengine's docs site
 * loads; the filing console's own library is not confirmed (FORMS.md §1.10 [INF]). Class names from
 * @arco-design/web-react 2.66 — node_modules/@arco-design/web-react/dist/css/arco.css and es/_class/
 * select-view.js (select / cascader view), es/Upload, es/Cascader — checked on tests/replicas/providers
 * (arco-app.tsx).
 *
 * Arco's select and cascader show their value in `.arco-*-view-value`, but while empty that span holds
 * the placeholder (hidden with an inline display:none) and a `-view-value-mirror` repeats it: reading the
 * root's text would take the placeholder for a value, hence the read overrides below.
 */
import { regionOrSelect } from './native';
import type { Current, LibraryDriver } from './types';

/** The value an Arco select / cascader view shows, '' while it shows its placeholder. */
function viewValue(root: HTMLElement): string {
  const v = root.querySelector<HTMLElement>('.arco-select-view-value, .arco-tree-select-view-value, .arco-cascader-view-value');
  if (!v || v.style.display === 'none') return '';
  return (v.textContent ?? '').replace(/\u00a0/g, ' ').trim();
}

export const arco: LibraryDriver = {
  id: 'arco',
  owns: (el) => /(^|\s)arco-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // a transfer (可选 → 已选 lists, see `transfer`)
    ['.arco-transfer', 'checkbox-group'],
    ['.arco-cascader', 'cascader'],
    // a TreeSelect of one value (its multiple form is an input tag, below); one picking a region (展开省份选择区县: the
    // whole region tree, only a county chosen) is a cascade through the tree's levels, each opened by its switcher
    ['.arco-tree-select-single', regionOrSelect],
    ['.arco-select', (el) => (el.matches('.arco-select-multiple') ? 'multi-select' : 'select')],
    ['.arco-picker-range', 'date-range'],
    ['.arco-picker', 'date'],
    ['.arco-radio-group', 'radio'],
    ['.arco-checkbox-group', 'checkbox-group'],
    ['.arco-switch', 'switch'],
    ['.arco-upload', 'upload'],
    ['.arco-checkbox', 'checkbox'],
    // InputTag: type a value and press Enter for each
    ['.arco-input-tag', 'multi-select'],
    ['.arco-textarea, .arco-input-inner-wrapper, .arco-input-number, .arco-input', 'text'],
  ],
  item: '.arco-form-item',
  itemLabel: '.arco-form-label-item',
  addon: '.arco-input-group-addbefore, .arco-input-group-addafter, .arco-input-group-prefix, .arco-input-group-suffix',
  dataTable: '.arco-table',
  headings: '.arco-card-header-title, .arco-divider-text, .arco-collapse-item-header-title, .arco-timeline-item-label',
  activeStep: '.arco-steps-item-process .arco-steps-item-title',
  disabled: '.arco-input-tag-disabled, .arco-select-disabled, .arco-tree-select-disabled, .arco-cascader-disabled, .arco-picker-disabled, .arco-input-disabled, .arco-textarea-disabled, .arco-checkbox-disabled, .arco-radio-disabled, .arco-upload-disabled',
  trigger: '.arco-select-view, .arco-tree-select-view, .arco-cascader-view, .arco-picker-input',
  popup: '.arco-trigger',
  dialog: '.arco-modal, .arco-drawer',
  // a TreeSelect's list is a tree: its nodes' titles are the options (a checkable one ticks on a click of the title)
  option: '.arco-select-option, .arco-tree-node-title',
  cascaderMenu: '.arco-cascader-list-column, .arco-tree-select-popup .arco-tree',
  cascaderItem: '.arco-cascader-list-item, .arco-tree-node',
  cascaderItemText: '.arco-cascader-list-item-label, .arco-tree-node-title',
  cascaderExpand: '.arco-tree-node-switcher-icon',
  choice: '.arco-radio, .arco-checkbox',
  checked: /(^|\s)(arco-radio-checked|arco-checkbox-checked|arco-switch-checked)(\s|$)/,
  selectShown: '.arco-select-view-value, .arco-tree-select-view-value',
  placeholder: '.arco-select-view-value-mirror, .arco-tree-select-view-value-mirror',
  tag: '.arco-input-tag-tag',
  tagText: '.arco-tag-content',
  uploadList: '.arco-upload-list',
  uploadItem: '.arco-upload-list-item',
  uploadItemName: '.arco-upload-list-item-text-name-text, .arco-upload-list-item-text-name, .arco-upload-list-item-text-content',
  uploadRemove: '.arco-upload-list-remove-icon-hover, .arco-upload-list-remove-icon',
  transfer: { root: '.arco-transfer', list: '.arco-transfer-view', item: '.arco-transfer-view-item' },
  clear: '.arco-select-clear-icon, .arco-tree-select-clear-icon, .arco-cascader-clear-icon, .arco-input-clear-icon, .arco-picker-clear-icon, .arco-tag-close-btn',
  // typed dates are dropped until the picker's open has been handled (tests/replicas/providers, 2.66)
  typeAfterOpen: true,
  read: {
    select: (root): Current => viewValue(root),
    cascader: (root): Current => viewValue(root).split(/\s*\/\s*/).filter(Boolean),
  },
};
