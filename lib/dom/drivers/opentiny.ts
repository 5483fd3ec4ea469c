/**
 * OpenTiny for Vue (`@opentiny/vue`, `tiny-` classes): reported for the Huawei Cloud console, not
 * confirmed for its filing pages (FORMS.md §1.10 [INF]). Class names from @opentiny/vue 3.31 — the theme
 * stylesheets in node_modules/@opentiny/vue-theme/<component>/index.css and the DOM the @opentiny/vue-*
 * components render — checked on tests/replicas/providers (opentiny-app.ts).
 *
 * OpenTiny keeps its popups (select dropdown, cascader dropdown, date panels, all `.tiny-popper`) inside
 * the widget, not portalled to <body>: a select's text includes every option label, so a select and a
 * cascader are read from their <input> (the read overrides below), never from the root's text.
 */
import type { Current, LibraryDriver } from './types';

const inputValue = (root: HTMLElement) => (root.querySelector<HTMLInputElement>('.tiny-input__inner')?.value ?? '').trim();

export const opentiny: LibraryDriver = {
  id: 'opentiny',
  owns: (el) => /(^|\s)tiny-/.test(typeof el.className === 'string' ? el.className : ''),
  roots: [
    // a transfer (可选 → 已选 lists, see `transfer`)
    ['.tiny-transfer', 'checkbox-group'],
    ['.tiny-cascader', 'cascader'],
    // a CascaderPanel: the levels drawn open in the page (read from the path of chosen items, not from a box)
    ['.tiny-cascader-panel', 'cascader'],
    ['.tiny-select', (el) => (el.querySelector('.tiny-select__tags') || el.matches('.tiny-select--multiple, .is-multiple') ? 'multi-select' : 'select')],
    // the newer BaseSelect (a TreeSelect's box: its list is a tree, see `option`)
    ['.tiny-base-select', (el) => (el.matches('.tiny-base-select__multiple') ? 'multi-select' : 'select')],
    ['.tiny-range-editor, .tiny-date-editor--daterange', 'date-range'],
    ['.tiny-date-editor', 'date'],
    ['.tiny-radio-group', 'radio'],
    ['.tiny-checkbox-group', 'checkbox-group'],
    // a ButtonGroup (否 | 是 as buttons, the chosen one's <li> `active`): one choice of a few
    ['.tiny-button-group', 'radio'],
    ['.tiny-switch', 'switch'],
    ['.tiny-file-upload, .tiny-upload', 'upload'],
    ['.tiny-checkbox', 'checkbox'],
    // a TagInput (从域名: type one and press Enter for each): a list of the filer's own values
    ['.tiny-tag-input', 'multi-select'],
    // an IpAddress: one box per octet (IPv4) or group (IPv6), one value (the engine splits it over the boxes)
    ['.tiny-ip-address', 'text'],
    ['.tiny-textarea, .tiny-numeric, .tiny-input', 'text'],
  ],
  item: '.tiny-form-item',
  itemLabel: '.tiny-form-item__label',
  addon: '.tiny-input-group__prepend, .tiny-input-group__append',
  dataTable: '.tiny-grid',
  headings: '.tiny-card__title, .tiny-divider__text, .tiny-collapse-item__header',
  activeStep: '.tiny-steps-block.active .title',
  disabled: '.tiny-select.is-disabled, .tiny-base-select.is-disabled, .tiny-input.is-disabled, .tiny-cascader.is-disabled, .tiny-checkbox.is-disabled, .tiny-radio.is-disabled, .tiny-switch.disabled, .tiny-upload.is-disabled',
  trigger: '.tiny-input',
  popup: '.tiny-popper',
  dialog: '.tiny-dialog-box, .tiny-drawer',
  // a TreeSelect's list is a tree: each node's row is an option (a checkable one ticked by its own box)
  option: '.tiny-option, .tiny-tree-node__content',
  optionText: '.tiny-option-label, .tiny-tree-node__label',
  cascaderMenu: '.tiny-cascader-menu',
  cascaderItem: '.tiny-cascader-node',
  cascaderItemText: '.tiny-cascader-node__label',
  choice: '.tiny-radio, .tiny-checkbox, .tiny-button-group .tiny-group-item li > button',
  toggle: '.tiny-button-group .tiny-group-item li > button',
  // radios and checkboxes: `is-checked` and aria-checked, read generically; a ButtonGroup's chosen <li>: `active`
  checked: /(^|\s)(tiny-switch-checked|active)(\s|$)/,
  tag: '.tiny-select__tags .tiny-tag, .tiny-base-select__tags .tiny-tag, .tiny-tag-input .tiny-tag',
  tagText: '.tiny-select__tags-text, .tiny-base-select__tags-text',
  uploadList: '.tiny-upload-list',
  uploadItem: '.tiny-upload-list__item',
  uploadItemName: '.tiny-upload-list__item-name',
  uploadRemove: '.tiny-upload-list__item [title="删除文件"], .tiny-upload-list__item .tiny-icon-close',
  transfer: { root: '.tiny-transfer', list: '.tiny-transfer-panel', item: '.tiny-transfer-panel__item' },
  clear: '.tiny-input__clear, .tiny-range__close-icon, .tiny-tag__close, .tiny-tag-input-clear-icon',
  read: {
    select: (root): Current => inputValue(root),
    cascader: (root): Current => inputValue(root).split(/\s*\/\s*/).filter(Boolean),
  },
};
