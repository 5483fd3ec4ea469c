/** Plain HTML controls (server-rendered portals, hand-written pages). Checked last: any library's root wins. */
import type { LibraryDriver } from './types';

/** A picker's placeholder or class that says it picks a region (请选择省 / 市 / 区县, city-picker): a cascade of levels. */
export const REGION_PICKER = /选择.*(省|市|区县|地区|城市)|(^|\s|-)(city|area|region)-?(picker|select)/i;
/** A library's select whose box asks for a region level (展开省份选择区县): a cascade of the region, not one list. */
export const regionOrSelect = (el: Element) => (REGION_PICKER.test(el.querySelector('input')?.placeholder ?? '') ? 'cascader' as const : 'select' as const);

export const native: LibraryDriver = {
  id: 'native',
  owns: () => true,
  roots: [
    ['select[multiple]', 'multi-select'],
    ['select', 'select'],
    ['textarea', 'text'],
    ['input[type=date]', 'date'],
    ['input[type=file]', 'upload'],
    ['input[type=checkbox]', 'checkbox'],
    ['input[type=radio]', 'radio'],
    ['[role=radiogroup]', 'radio'],
    ['[role=switch]', 'switch'],
    // a read-only box showing a date format (yyyy-MM-dd, 请选择日期): a hand-drawn calendar fills it
    ['input[readonly]', (el) => (/y{4}|日期|年.*月/i.test((el as HTMLInputElement).placeholder) || /(^|\s|-)(w?date|datepicker|laydate)/i.test(el.className) ? 'date'
      // a read-only box that opens a hand-drawn region picker (点击选择省 / 市 / 区县, a portal's city picker)
      : REGION_PICKER.test(`${(el as HTMLInputElement).placeholder} ${el.className}`) ? 'cascader' : undefined)],
    ['input:not([type]), input[type=text], input[type=tel], input[type=email], input[type=number], input[type=url], input[type=search]', 'text'],
  ],
  item: '.form-item, .form-group, .form-row, [class*="form-item"]:not([class*="label"]):not([class*="control"]):not([class*="content"]):not([class*="in-form-item"])',
  itemLabel: '[class*="form-item-label"], [class*="field-label"], .label',
  addon: '[class*="addon"], [class*="prepend"], [class*="append"]',
  dataTable: '[role=grid]',
  headings: 'h1,h2,h3,h4,h5,h6,legend,[role=heading],caption,[class*="section-title"],[class*="group-title"],[class*="block-title"],[class*="sub-title"],[class*="card-title"]',
  // (a hand-written step strip: <ol class="steps"><li class="cur">3 网站负责人</li>, the current item by a class word)
  activeStep: '[aria-current=step], [class*="step"][class*="active"] [class*="title"], [class*="step"][class*="current"] [class*="title"], '
    + ':is(ol, ul)[class*="step"] > li:is(.cur, .current, .active, .on)',
  popup: '[role=listbox], [role=menu]',
  option: '[role=option]',
  // ARIA choices drawn by hand (a card per option: role=radio around a title and a description)
  choice: 'label, [role=radio], [role=checkbox]',
  checked: /(^|\s)(checked|is-checked|active)(\s|$)/,
  uploadList: '[class*="upload-list"], [class*="file-list"]',
  uploadItem: '[class*="upload-list-item"], [class*="file-item"], [class*="upload-list"] li, [class*="file-list"] li',
  uploadItemName: '[class*="item-name"], [class*="file-name"]',
  uploadRemove: '[class*="upload-list-item"] [class*="close"], [class*="upload-list-item"] [class*="remove"], [class*="file-item"] [class*="remove"]',
  clear: '[class*="clear"]',
};
