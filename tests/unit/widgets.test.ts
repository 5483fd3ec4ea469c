// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCurrent, readOptions, setValue, shownMonth, waitFor } from '../../lib/dom/drivers/engine';
import { matches } from '../../lib/fill/values';
import { libraryOf, shapeOf } from '../../lib/dom/drivers';
import { optionKey, optionLead, showsAnswer } from '../../lib/forms/vocabulary';

/** the header of a date picker's month panel, as each library writes it */
function header(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('shownMonth: the month a calendar panel header shows', () => {
  it('reads TDesign: month and year in two select inputs', () => {
    const h = header('<div><input value="12 月"></div><div><input value="2026"></div>');
    expect(shownMonth(h)).toBe(2026 * 12 + 11);
  });
  it('reads Chinese text headers: "2016年 5月", "2016 年 05 月"', () => {
    expect(shownMonth(header('<span>2016年</span><span>5月</span>'))).toBe(2016 * 12 + 4);
    expect(shownMonth(header('<button>2016 年</button><button>05 月</button>'))).toBe(2016 * 12 + 4);
  });
  it('reads numeric and English headers: "2040-08", "Aug 2040"', () => {
    expect(shownMonth(header('<span>2040-08</span>'))).toBe(2040 * 12 + 7);
    expect(shownMonth(header('<span>Aug</span> <span>2040</span>'))).toBe(2040 * 12 + 7);
  });
  it('gives nothing for a header without a year or a month (a year panel, a decade panel)', () => {
    expect(shownMonth(header('<span>2020 - 2029</span>'))).toBeUndefined();
    expect(shownMonth(header('<span>12 月</span>'))).toBeUndefined();
  });
});

describe('matches: what a page shows after a fill', () => {
  const file = (name: string) => ({ file: { name, mime: 'image/png', base64: '' } });
  it('takes an upload list name cut short with an ellipsis for the file (OpenTiny: "zhangwei-id-front.pn...")', () => {
    expect(matches('upload', file('zhangwei-id-front.png'), undefined, ['zhangwei-id-front.pn...'])).toBe(true);
    expect(matches('upload', file('zhangwei-id-front.png'), undefined, ['zhangwei…front.png'])).toBe(true);
  });
  it('does not take another file for it', () => {
    expect(matches('upload', file('zhangwei-id-front.png'), undefined, ['zhangwei-id-back.pn...'])).toBe(false);
    expect(matches('upload', file('zhangwei-id-front.png'), undefined, ['z...'])).toBe(false);
    expect(matches('upload', file('zhangwei-id-front.png'), undefined, ['licence.png'])).toBe(false);
  });
  it('takes a region picker showing the chosen county alone for the whole path (an Arco region TreeSelect), never another county', () => {
    expect(matches('cascader', ['浙江省', '杭州市', '西湖区'], undefined, ['西湖区'])).toBe(true);
    expect(matches('cascader', ['浙江省', '杭州市', '西湖区'], undefined, '浙江省 / 杭州市 / 西湖区')).toBe(true);
    expect(matches('cascader', ['浙江省', '杭州市', '西湖区'], undefined, ['余杭区'])).toBe(false);
    expect(matches('cascader', ['浙江省', '杭州市', '西湖区'], undefined, ['杭州市', '余杭区'])).toBe(false);
  });
  it('takes a date range holding the start alone for a start with an open end (长期)', () => {
    expect(matches('date-range', ['2016-05-10', ''], undefined, ['2016-05-10', ''])).toBe(true);
    expect(matches('date-range', ['2016-05-10', '2036-05-10'], undefined, ['2016-05-10', ''])).toBe(false);
  });
  it('takes tags showing each IP with the server\'s name after it (47.96.56.78（web-01）, an IPv6 address\'s colons kept)', () => {
    const tags = ['47.96.56.78（web-hz-01）', '2408:4000:1000::10（web-hz-01（IPv6））'];
    expect(matches('multi-select', ['47.96.56.78', '2408:4000:1000::10'], undefined, tags)).toBe(true);
    expect(matches('multi-select', ['47.96.56.78', '2408:4000:1000::11'], undefined, tags)).toBe(false);
    expect(optionLead('2408:4000:1000::10（web）')).toBe(optionKey('2408:4000:1000::10'));
    expect(optionLead('是: 另行说明')).toBe('是');
    expect(showsAnswer('47.96.56.7（web）', '47.96.56.78')).toBe(false);
  });
});

describe('an IP address typed box by box (OpenTiny IpAddress, four octets or eight groups)', () => {
  const widget = (n: number) => header(`<div class="tiny-ip-address">${'<input type="text">'.repeat(n)}</div>`).firstElementChild as HTMLElement;
  const boxes = (el: HTMLElement) => [...el.querySelectorAll('input')].map((i) => i.value);
  it('an IPv4 address split over four boxes and read back whole', async () => {
    const el = widget(4);
    expect(readCurrent(el, 'text')).toBe('');
    expect(await setValue(el, 'text', '47.96.56.78')).toEqual({ ok: true });
    expect(boxes(el)).toEqual(['47', '96', '56', '78']);
    expect(readCurrent(el, 'text')).toBe('47.96.56.78');
  });
  it('an IPv6 address expanded over eight boxes and read back in its short form', async () => {
    const el = widget(8);
    await setValue(el, 'text', '2408:4000:1000::10');
    expect(boxes(el)).toEqual(['2408', '4000', '1000', '0', '0', '0', '0', '10']);
    expect(readCurrent(el, 'text')).toBe('2408:4000:1000::10');
  });
  it('an IPv6 address in four boxes is pasted whole into the first (a widget that spreads it takes it; the read-back decides)', async () => {
    const el = widget(4);
    await setValue(el, 'text', '2408:4000:1000::10');
    expect(boxes(el)).toEqual(['2408:4000:1000::10', '', '', '']);
    expect(readCurrent(el, 'text')).not.toBe('2408:4000:1000::10');
  });
  it('emptied box by box (an undo)', async () => {
    const el = widget(4);
    await setValue(el, 'text', '47.96.56.78');
    await setValue(el, 'text', '');
    expect(boxes(el)).toEqual(['', '', '', '']);
  });
});

describe('an option chosen by token (备案云资源: the instance showing the site\'s IP whole)', () => {
  const select = (opts: string[]) => header(`<select><option value="">请选择</option>${opts.map((o, i) => `<option value="${i}">${o}</option>`).join('')}</select>`).firstElementChild as HTMLSelectElement;
  const ctx = { accept: ['47.96.56.78'], byToken: true };
  it('the one entry showing the IP', async () => {
    const el = select(['i-bp1（华东1）120.55.31.7', 'i-bp2（华东1）47.96.56.78', 'i-bp3 147.96.56.781']);
    expect(await setValue(el, 'select', '47.96.56.78', ctx)).toEqual({ ok: true });
    expect(el.selectedOptions[0]!.text).toBe('i-bp2（华东1）47.96.56.78');
    expect(matches('select', '47.96.56.78', ctx.accept, readCurrent(el, 'select'), undefined, true)).toBe(true);
  });
  it('none, or two showing it: nothing chosen', async () => {
    const none = select(['i-bp1 120.55.31.7', 'i-bp3 147.96.56.781']);
    expect(await setValue(none, 'select', '47.96.56.78', ctx)).toMatchObject({ ok: false, error: 'fill.noOption' });
    const two = select(['i-bp2 47.96.56.78', 'i-bp4 47.96.56.78 备用']);
    expect(await setValue(two, 'select', '47.96.56.78', ctx)).toMatchObject({ ok: false });
    expect(two.value).toBe('');
  });
});

describe('choices read from the page itself', () => {
  it('a radio per row of a table (an instance list\'s selection column) is named by its row\'s cells', async () => {
    const root = header(`<table><tbody>
      <tr><td><label class="choice"><input type="radio" name="i" value="a"></label></td><td>i-ycc3h7q2vz</td><td>115.190.8.21</td></tr>
      <tr><td><label class="choice"><input type="radio" name="i" value="b"></label></td><td>i-ycc8m2x4k7</td><td>47.96.12.34</td></tr>
    </tbody></table>`);
    expect(readOptions(root, 'radio')).toEqual(['i-ycc3h7q2vz 115.190.8.21', 'i-ycc8m2x4k7 47.96.12.34']);
    expect(await setValue(root, 'radio', 'i-ycc8m2x4k7 47.96.12.34', { accept: ['i-ycc8m2x4k7 47.96.12.34'] })).toEqual({ ok: true });
    expect(root.querySelector<HTMLInputElement>('input[value=b]')!.checked).toBe(true);
    expect(readCurrent(root, 'radio')).toBe('i-ycc8m2x4k7 47.96.12.34');
  });
  it('a radio drawn as a card one box down (Arco: label > span.arco-radio-text > b + div) is named by its title', async () => {
    const card = (v: string, d: string) => `<label class="arco-radio"><input type="radio" value="${v}"><span class="arco-radio-mask"></span><span class="arco-radio-text"><b>${v}</b><div class="help">${d}</div></span></label>`;
    const root = header(`<div class="arco-radio-group">${card('个人', '以个人身份备案')}${card('企业', '公司、个体工商户')}</div>`).firstElementChild as HTMLElement;
    document.body.append(root); // (laid out: the description's box is a block)
    expect(readOptions(root, 'radio')).toEqual(['个人', '企业']);
    expect(await setValue(root, 'radio', '企业')).toEqual({ ok: true });
    expect(root.querySelector<HTMLInputElement>('input[value=企业]')!.checked).toBe(true);
    root.remove();
  });
  it('a radio column in a table of typed rows (域名 | ○主域名 | 删除) is named by what the row\'s boxes hold, not its buttons', async () => {
    const row = (v: string) => `<tr><td><input class="d" value="${v}"></td><td><span class="next-radio-wrapper"><input type="radio" name="m"></span></td><td><button>删除</button></td></tr>`;
    const root = header(`<table><tbody>${row('')}</tbody></table>`);
    // (an empty row names nothing yet: no option, chosen when the fill reaches it)
    expect(readOptions(root, 'radio')).toEqual([]);
    root.querySelector('tbody')!.innerHTML = row('yunqi-demo.cn') + row('yunqi-demo.com.cn');
    expect(readOptions(root, 'radio')).toEqual(['yunqi-demo.cn', 'yunqi-demo.com.cn']);
    expect(await setValue(root, 'radio', 'yunqi-demo.cn')).toEqual({ ok: true });
    expect(root.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]!.checked).toBe(true);
    expect(readCurrent(root, 'radio')).toBe('yunqi-demo.cn');
  });
  it('a region typed into one box reads back in any of its wordings: typed, or chosen from what the box suggested', () => {
    const accept = ['浙江省 / 杭州市 / 余杭区', '浙江省杭州市余杭区'];
    expect(matches('text', '浙江省杭州市余杭区', accept, '浙江省 / 杭州市 / 余杭区')).toBe(true);
    expect(matches('text', '浙江省杭州市余杭区', accept, '浙江省杭州市余杭区')).toBe(true);
    expect(matches('text', '浙江省杭州市余杭区', accept, '余杭区')).toBe(false);
    expect(matches('text', '浙江省杭州市余杭区', accept, '浙江省 / 杭州市 / 西湖区')).toBe(false);
  });
  it('a bare radio input with no label (value "on") in a row is named by the row too', () => {
    const root = header('<table><tbody><tr><td><input value="yunqi-demo.cn"></td><td><input type="radio"></td></tr></tbody></table>');
    expect(readOptions(root.querySelector('input[type=radio]') as HTMLElement, 'radio')).toEqual(['yunqi-demo.cn']);
  });
  it('an upload without a list shows its file by name beside its button (上传图片 | yunqi-licence.png 删除)', () => {
    const box = header('<div class="photo"><div class="arco-upload"><input type="file"><button>上传图片</button></div><span class="help"> 未上传</span></div>').firstElementChild as HTMLElement;
    const root = box.querySelector<HTMLElement>('.arco-upload')!;
    expect(readCurrent(root, 'upload')).toEqual([]);
    box.querySelector('.help')!.outerHTML = '<span class="file-name"> yunqi-licence.png </span><button>删除</button>';
    expect(readCurrent(root, 'upload')).toEqual(['yunqi-licence.png']);
    // (never another upload's file: the look stops short of a box holding a second upload)
    const two = header('<div><div class="a"><div class="arco-upload"><input type="file"></div></div><div class="b"><div class="arco-upload"><input type="file"></div><span>back.png</span></div></div>').firstElementChild as HTMLElement;
    expect(readCurrent(two.querySelector<HTMLElement>('.a .arco-upload')!, 'upload')).toEqual([]);
  });
  it('an AutoComplete (Fusion, antd) is a box to type in, not a list to pick from', () => {
    expect(shapeOf(header('<span class="next-select next-select-auto-complete"><input></span>').firstElementChild as HTMLElement)).toBe('text');
    expect(shapeOf(header('<span class="next-select"><input></span>').firstElementChild as HTMLElement)).toBe('select');
    expect(shapeOf(header('<div class="ant-select ant-select-auto-complete"><input></div>').firstElementChild as HTMLElement)).toBe('text');
    expect(shapeOf(header('<div class="ant-select"><input></div>').firstElementChild as HTMLElement)).toBe('select');
  });
  it('a Tea select showing its placeholder (a weak text where the value goes) holds no value', () => {
    const root = header('<div class="tea-dropdown"><div class="tea-dropdown__header"><div class="tea-dropdown__value"><span class="tea-text-weak">输入区县名称搜索，如 西湖区</span></div></div></div>').firstElementChild as HTMLElement;
    expect(readCurrent(root, 'select')).toBe('');
    root.querySelector('.tea-dropdown__value')!.innerHTML = '浙江省 / 杭州市 / 余杭区';
    expect(readCurrent(root, 'select')).toBe('浙江省 / 杭州市 / 余杭区');
  });
  it('a TDesign image upload\'s 点击上传图片 card is no file; a card with a name is', () => {
    const root = header(`<div class="t-upload"><input type="file" hidden><ul class="t-upload__card">
      <li class="t-upload__card-item t-is-background"><div class="t-upload__image-add t-upload__card-container t-upload__card-box"><p class="t-upload__add-text">点击上传图片</p></div></li></ul></div>`).firstElementChild as HTMLElement;
    expect(readCurrent(root, 'upload')).toEqual([]);
    root.querySelector('ul')!.insertAdjacentHTML('afterbegin', '<li class="t-upload__card-item"><p class="t-upload__card-name">yunqi-licence.png</p></li>');
    expect(readCurrent(root, 'upload')).toEqual(['yunqi-licence.png']);
  });
});

describe('waitFor: a check that throws while the page re-renders', () => {
  it('counts a throw as "not yet" and resolves once the check holds', async () => {
    let n = 0;
    const v = await waitFor(() => { n++; if (n < 3) throw new Error('node replaced'); return 'ok'; }, 2000);
    expect(v).toBe('ok');
    expect(n).toBeGreaterThanOrEqual(3);
  });
  it('still gives up at its timeout when every later check throws (no fill waiting forever)', async () => {
    let first = true;
    const v = await waitFor(() => { if (first) { first = false; return undefined; } throw new Error('gone'); }, 200);
    expect(v).toBeUndefined();
  });
});

describe('libraryOf: whose widget an element is', () => {
  it('the library whose widget root it is first (a tiny-select in a page\'s own t-item grid cell is OpenTiny\'s, not TDesign\'s)', () => {
    const root = header('<div class="t-item"><div class="tiny-select"><input class="tiny-input__inner" value=""></div></div>');
    const select = root.querySelector<HTMLElement>('.tiny-select')!;
    expect(libraryOf(select).id).toBe('opentiny');
    expect(libraryOf(select.querySelector('input')!).id).toBe('opentiny'); // the parent's, when the element has none
    expect(libraryOf(root.firstElementChild!).id).toBe('tdesign');
    // a page's own t- class on a box inside an antd cell is no TDesign widget: the cell's library
    const cell = header('<div class="ant-table-cell"><div class="t-row"><input></div></div>');
    expect(libraryOf(cell.querySelector('.t-row')!).id).toBe('antd');
  });
});
