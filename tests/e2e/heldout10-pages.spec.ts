/**
 * The gen-10 replica builds (held out, now retired into tuning) (tests/replicas/heldout10) are real pages: a user driving one widget of
 * each kind on every page (quick radio buttons + 其他 select, three dependent region selects, tabbed and
 * whole-tree and lazy cascaders, segments, date pickers typed into, editable domain table, grouped select,
 * 全选 checkboxes, copy radios / checkboxes, split phone, tag input, IP-address rows, autocompletes, a
 * multiple select that takes new entries, radio cards, native date inputs, chained AJAX selects, datalists,
 * uploads, buttons) changes the framework state that getState() reports, and every `expect` key of the
 * build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots of every page land in /tmp/heldout10/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout10 } from '../replicas/heldout10';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout10, '/tmp/heldout10');
const { finish } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });

/** Open a build (every expect key in the initial state); every key the profile lacks starts empty. */
async function open(build: string): Promise<Page> {
  const page = await checks.open(build);
  const p = checks.bundle.pages.find((x) => x.build === build)!;
  const s = await state(page);
  const empty = (v: unknown) => v === '' || (Array.isArray(v) && v.length === 0);
  expect(Object.keys(p.expect).filter((k) => 'missing' in p.expect[k]! && !empty(s[k])), `${build}: missing keys not empty`).toEqual([]);
  return page;
}

/** Type a date into a picker's input and confirm it with Enter; `focus`: without the click that opens the panel (a hovered cell previews into the input). */
async function typeInto(page: Page, input: Locator, value: string, focus = false) {
  if (focus) await input.focus();
  else await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}

/* ------------------------------------------------------------------ Arco */

const arcoItem = (scope: Page | Locator, label: string) => {
  const page = 'goto' in scope ? scope : scope.page();
  return scope.locator('.arco-form-item').filter({ has: page.locator('.arco-form-label-item', { hasText: exact(label) }) }).first();
};
const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout10-aliyun-basic-unit-arco-triple: radio buttons + 其他 select, USCC pre-selects 性质, disabled-until select, three dependent region selects, blur checks, instance modal', async () => {
  const build = 'heldout10-aliyun-basic-unit-arco-triple';
  const page = await open(build);
  const item = (label: string) => arcoItem(page, label);
  await expect(item('主办单位证件类型').locator('.arco-select')).toHaveClass(/arco-select-disabled/);
  // a valid USCC typed before 性质 picks 企业
  const no = item('主办单位证件号码').locator('input');
  await no.fill('91330110ma2h3k7q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await no.blur();
  await until(page, 'nature', '企业');
  await item('主办单位性质').getByText('其他', { exact: true }).click();
  await until(page, 'nature', '');
  await expect(page.locator('.nature-other')).toBeVisible();
  await item('主办单位性质').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await expect(page.locator('.nature-other')).toHaveCount(0);
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), arcoOption(page, '营业执照（个人或企业）')));
  await no.fill('91330110MA2H3K7Q17');
  await no.blur();
  await expect(item('主办单位证件号码')).toContainText('统一社会信用代码不正确');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  // three dependent selects, each loading after the one before is chosen
  await expect(page.locator('.lv-city')).toHaveClass(/arco-select-disabled/);
  await until(page, 'region', ['浙江省'], () => pick(page, () => page.locator('.lv-province').click(), arcoOption(page, '浙江省')));
  await until(page, 'region', ['浙江省', '杭州市'], () => pick(page, () => page.locator('.lv-city').click(), arcoOption(page, '杭州市')));
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], () => pick(page, () => page.locator('.lv-district').click(), arcoOption(page, '余杭区')));
  const domain = item('备案域名').locator('input');
  await domain.fill('www.yunqi-demo.cn');
  await domain.blur();
  await expect(item('备案域名')).toContainText('请填写不带 www.');
  await domain.fill('yunqi-demo.cn');
  await until(page, 'domain', 'yunqi-demo.cn');
  await page.getByRole('button', { name: '选择实例' }).click();
  await until(page, 'pickClicks', 1);
  await expect(page.locator('.arco-modal')).toContainText('没有可用于备案的云服务器实例');
  await page.locator('.arco-modal').getByRole('button', { name: '取消' }).click();
  await item('资源类型').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await expect(item('备案服务号').locator('input')).toBeVisible();
  await page.getByText('我已阅读并同意《阿里云ICP代备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout10-mps-subject-person-arco-reveal: 性质 reveals the fields, select, blur check, two dates + 长期有效, text-list uploads, whole-tree cascader search, button radios', async () => {
  const build = 'heldout10-mps-subject-person-arco-reveal';
  const page = await open(build);
  const item = (label: string) => arcoItem(page, label);
  await expect(item('负责人姓名')).toHaveCount(0);
  await item('开办主体性质').getByText('单位', { exact: true }).click();
  await expect(item('主办单位名称')).toBeVisible();
  await item('开办主体性质').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await expect(item('主办单位名称')).toHaveCount(0);
  await item('负责人姓名').locator('input').fill('张伟');
  await until(page, 'prName', '张伟');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), arcoOption(page, '居民身份证')));
  const no = item('证件号码').locator('input');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(item('证件号码')).toContainText('居民身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'prCertNumber', '330106199003071236');
  await until(page, 'prValidFrom', '2018-03-01', () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await item('证件有效期').getByText('长期有效').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(page.locator('.valid-to input')).toBeDisabled();
  await item('证件有效期').getByText('长期有效').click();
  await until(page, 'prLongTerm', false);
  await page.locator('.mat-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(page.locator('.mat-idFront .arco-upload-list-item')).toHaveCount(1);
  // the whole tree is there at once: typed search finds the county
  await until(page, 'residence', ['浙江省', '杭州市', '西湖区'], async () => {
    await page.locator('.residence').click();
    await page.locator('.residence input').fill('西湖区');
    await page.locator('.arco-cascader-popup .arco-cascader-list-search-item').filter({ hasText: '浙江省 / 杭州市 / 西湖区' }).first().click({ timeout: 3000 });
  });
  await page.locator('.residence-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'residenceDetail', '文三路 100 号 1 幢 101 室');
  const office = item('办公室电话').locator('input');
  await office.fill('88886666x');
  await office.blur();
  await expect(item('办公室电话')).toContainText('请输入正确的固定电话');
  await office.fill('');
  await item('是否利用生成式人工智能技术提供服务').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaItem = (scope: Page | Locator, label: string) => {
  const page = 'goto' in scope ? scope : scope.page();
  return scope.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).first();
};
const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box li').filter({ hasText: exact(text) }).first();

test('heldout10-aliyun-subject-person-tea-sameaddr: read-only summary, tabbed lazy cascader + detail, 同证件住所 checkbox, select, segment reveals the end date, typed dates, +86 adornment, blur checks', async () => {
  const build = 'heldout10-aliyun-subject-person-tea-sameaddr';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  await expect(page.locator('.tea-form--readonly, form.tea-form').first()).toContainText('330106********1236');
  await item('主办单位或主办人名称').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await item('主办单位证件住所').locator('textarea').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  // region tabs load level by level
  await until(page, 'mailAddress', '浙江省杭州市西湖区', async () => {
    if (!(await page.locator('.tea-dropdown-box:visible').count())) await page.locator('.mail-region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.tea-dropdown-box:visible').getByText(t, { exact: true }).click({ timeout: 3000 });
  });
  await page.locator('.mail-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await item('通信地址').getByText('通信地址同证件住所').click();
  await until(page, 'mailSame', true);
  await expect(page.locator('.mail-region')).toHaveCount(0);
  expect((await state(page)).mailAddress).toBe('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), teaOption(page, '居民身份证')));
  const no = item('负责人证件号码').locator('input');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(item('负责人证件号码')).toContainText('证件号码不正确');
  await no.fill('330106199003071236');
  await until(page, 'prCertNumber', '330106199003071236');
  await expect(item('有效期结束日期')).toHaveCount(0);
  await page.locator('.valid-kind').getByText('非长期', { exact: true }).click();
  await until(page, 'prValidKind', '非长期');
  await until(page, 'prValidFrom', '2018-03-01', () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await expect(page.locator('.valid-to input')).toBeVisible();
  await page.locator('.valid-kind').getByText('长期有效', { exact: true }).click();
  await until(page, 'prValidKind', '长期有效');
  await expect(item('有效期结束日期')).toHaveCount(0);
  await expect(item('手机号码')).toContainText('+86');
  await item('手机号码').locator('input').fill('13800138000');
  const em = item('应急电话号码').locator('input');
  await em.fill('13800138000');
  await em.blur();
  await expect(item('应急电话号码')).toContainText('不能与手机号码相同');
  await em.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout10-tencent-site-person-tea-segments: naming check, domain rows, multiple select, multiple segment, radios reveal items, segment swaps the IP for a code, copy checkbox, range picker', async () => {
  const build = 'heldout10-tencent-site-person-tea-segments';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  const name = item('网站名称').locator('input');
  await name.fill('张伟读书博客');
  await name.blur();
  await expect(item('网站名称')).toContainText('不能包含“博客”');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const rows = item('网站域名').locator('.domain-rows input');
  await rows.nth(0).fill('zhangwei-notes.cn');
  await item('网站域名').getByRole('button', { name: '添加域名' }).click();
  await rows.nth(1).fill('www.zhangwei-notes.cn');
  await rows.nth(1).blur();
  await expect(item('网站域名')).toContainText('请填写不含 www. 的域名');
  await until(page, 'domains', ['zhangwei-notes.cn', 'www.zhangwei-notes.cn']);
  await item('网站域名').getByRole('button', { name: '删除' }).click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await item('网站首页地址').locator('input').fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  // the choices of the multiple select count only after 确定
  await until(page, 'contentTypes', ['其他'], async () => {
    if (!(await page.locator('.tea-dropdown-box:visible').count())) await page.locator('.content-types').click();
    const box = page.locator('.tea-dropdown-box:visible');
    await box.locator('li').filter({ hasText: exact('其他') }).first().click({ timeout: 3000 });
    expect((await state(page)).contentTypes).toEqual([]);
    await box.getByRole('button', { name: '确定' }).click({ timeout: 3000 });
  });
  const langs = page.locator('.languages');
  await langs.getByText('中文简体', { exact: true }).click();
  await langs.getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await langs.getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await item('前置审批').getByText('涉及', { exact: true }).click();
  await item('审批项目及审批号').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await item('前置审批').getByText('不涉及', { exact: true }).click();
  await until(page, 'preApproval', '不涉及');
  await until(page, 'preItems', []);
  await page.locator('.cloud-kind').getByText('备案授权码', { exact: true }).click();
  await until(page, 'cloudKind', '备案授权码');
  await expect(item('服务器公网IP')).toHaveCount(0);
  await page.locator('.cloud-kind').getByText('云服务器', { exact: true }).click();
  const ip = item('服务器公网IP').locator('input');
  await ip.fill('47.96.12.340');
  await ip.blur();
  await expect(item('服务器公网IP')).toContainText('IP 地址格式不正确');
  await ip.fill('47.96.12.34');
  await until(page, 'ip', '47.96.12.34');
  await item('网站备注').locator('textarea').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByText('与主体负责人一致').click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01']);
  await expect(item('负责人姓名').locator('input')).toBeDisabled();
  await page.getByText('与主体负责人一致').click();
  await until(page, 'wpSame', false);
  await item('证件有效期').getByText('长期有效').click();
  await until(page, 'wpValidity', ['2018-03-01', '']);
  await expect(page.locator('.wp-validity')).toHaveCount(0); // one start date while 长期有效
  await item('证件有效期').getByText('长期有效').click();
  await until(page, 'wpValidity', ['2018-03-01', '2038-05-01'], async () => {
    const inputs = page.locator('.wp-validity input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2018-03-01');
    await inputs.nth(1).fill('2038-05-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  const em = item('应急联系电话').locator('input');
  await em.fill('13800138000');
  await em.blur();
  await expect(item('应急联系电话')).toContainText('不能与手机号码相同');
  await em.fill('13900139000');
  await until(page, 'wpEmergency', '13900139000');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout10-aliyun-site-unit-tdesign-domaintable: editable domain table with main radio, protocol select, grouped select, 全选, select reveals items, copy radios, end date + 长期有效, split phone', async () => {
  const build = 'heldout10-aliyun-site-unit-tdesign-domaintable';
  const page = await open(build);
  const item = (label: string) => page.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: exact(label) }) }).first();
  const tdOption = (text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();
  await item('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const domains = page.locator('.domain-table .domain-input input');
  await domains.nth(0).fill('yunqi-demo.cn');
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await page.getByRole('button', { name: '+ 添加域名' }).click();
  await domains.nth(1).fill('www.yunqi-demo.com.cn');
  await domains.nth(1).blur();
  await expect(item('网站域名')).toContainText('请填写不带 www. 和 http:// 的域名');
  await domains.nth(1).fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.locator('.domain-table .main-radio').nth(1).click();
  await until(page, 'mainDomain', 'yunqi-demo.com.cn');
  await page.locator('.domain-table .main-radio').nth(0).click();
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await item('网站首页地址').locator('.home-url input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await expect(item('网站首页地址').locator('.home-scheme input')).toHaveValue('http://');
  await until(page, 'contentType', '单位门户网站', () => pick(page, () => page.locator('.content-type').click(), tdOption('单位门户网站')));
  await expect(page.locator('.t-select-option-group__header').filter({ hasText: '金融' })).toHaveCount(1); // the list is grouped
  await item('语言类型').getByText('全选', { exact: true }).click();
  await expect.poll(async () => ((await state(page)).languages as string[]).length).toBe(17);
  await item('语言类型').getByText('全选', { exact: true }).click();
  await until(page, 'languages', []);
  await item('语言类型').getByText('中文简体', { exact: true }).click();
  await item('语言类型').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await until(page, 'preApproval', '涉及', () => pick(page, () => page.locator('.pre-approval').click(), tdOption('涉及')));
  await item('前置审批项').getByText('文化', { exact: true }).click();
  await until(page, 'preItems', ['文化']);
  await until(page, 'preApproval', '不涉及', () => pick(page, () => page.locator('.pre-approval').click(), tdOption('不涉及')));
  await expect(item('前置审批项')).toHaveCount(0);
  await until(page, 'preItems', []);
  await item('是否与主体负责人为同一人').getByText('是', { exact: true }).click();
  await until(page, 'wpName', '李娜');
  await expect(item('负责人姓名').locator('input')).toBeDisabled();
  await item('是否与主体负责人为同一人').getByText('否', { exact: true }).click();
  await until(page, 'wpSame', '否');
  await item('负责人姓名').locator('input').fill('王强');
  await until(page, 'wpName', '王强');
  // the copy brought 李娜's 长期有效 along (and no end date)
  expect((await state(page)).wpLongTerm).toBe(true);
  await expect(page.locator('.valid-to input')).toBeDisabled();
  await item('证件有效期至').getByText('长期有效').click();
  await until(page, 'wpLongTerm', false);
  await until(page, 'wpValidTo', '2040-08-12', () => typeInto(page, page.locator('.valid-to input'), '2040-08-12', true));
  const area = page.locator('.tel-area input');
  await area.fill('571');
  await area.blur();
  await expect(item('办公室电话')).toContainText('区号为以 0 开头');
  await area.fill('0571');
  await page.locator('.tel-number input').fill('88887777');
  await until(page, 'wpTelArea', '0571');
  await until(page, 'wpTelNumber', '88887777');
  await page.getByRole('button', { name: '下一步：上传资料' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyItem = (page: Page, label: string) =>
  page.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: exact(label) }) }).first();
const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();
async function tinyCascade(page: Page, trigger: Locator, path: string[]) {
  const node = (t: string) => page.locator('.tiny-cascader-menu:visible .tiny-cascader-node').filter({ hasText: exact(t) }).first();
  await pick(page, () => trigger.click(), node(path[0]!));
  for (const p of path.slice(1)) await pick(page, async () => { if (!(await page.locator('.tiny-cascader-menu:visible').count())) await trigger.click(); }, node(p));
}

test('heldout10-mps-site-unit-opentiny-iprows: blur rules, typed date and range, tag input, IP-address rows (IPv4 / IPv6), lazy cascader, autocomplete, button radios, multiple select with new entries, checkboxes', async () => {
  const build = 'heldout10-mps-site-unit-opentiny-iprows';
  const page = await open(build);
  const item = (label: string, n = 0) => page.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: exact(label) }) }).nth(n);
  await item('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const icp = item('ICP备案号').locator('input');
  await icp.fill('浙ICP备123号');
  await icp.blur();
  await expect(item('ICP备案号')).toContainText('备案号格式如');
  await icp.fill('');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const tags = item('从域名').locator('input');
  await tags.fill('yunqi-demo.com.cn');
  await tags.press('Enter');
  await until(page, 'otherDomains', ['yunqi-demo.com.cn']);
  // IP rows: four octet boxes for IPv4, then a second row switched to IPv6
  const octets = page.locator('.ip-row').nth(0).locator('.ip-value input');
  for (const [i, v] of ['47', '96', '56', '78'].entries()) await octets.nth(i).fill(v);
  await until(page, 'ips', ['47.96.56.78']);
  await page.getByRole('button', { name: '+ 添加IP' }).click();
  await pick(page, () => page.locator('.ip-row').nth(1).locator('.ip-type').click(), tinyOption(page, 'IPv6'));
  const v6 = page.locator('.ip-row').nth(1).locator('.ip-value input');
  await v6.first().fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await until(page, 'certValidity', ['2025-11-01', '2028-11-01'], async () => {
    const inputs = page.locator('.cert-validity input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2025-11-01');
    await inputs.nth(1).fill('2028-11-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await item('所属地区管辖').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => tinyCascade(page, page.locator('.ap-region'), ['浙江省', '杭州市', '余杭区']));
  // suggestions answer after a delay; free text is kept as typed
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await page.locator('.ap-name input').fill('阿里云');
    await page.locator('.tiny-autocomplete-suggestion:visible li').filter({ hasText: exact('阿里云计算有限公司') }).click({ timeout: 3000 });
  });
  await item('联系电话').locator('input').fill('95187');
  await until(page, 'apPhone', '95187');
  await expect(item('交互服务类型')).toHaveCount(0);
  await item('是否提供互联网交互服务').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  // a kind the suggestion list lacks is taken as typed
  await until(page, 'interactiveKinds', ['问答互动'], async () => {
    if (!(await page.locator('.tiny-select-dropdown:visible').count())) await page.locator('.interactive-kinds').click();
    await page.locator('.interactive-kinds .tiny-select__input').fill('问答互动');
    await expect(tinyOption(page, '问答互动')).toBeVisible();
    await page.locator('.interactive-kinds .tiny-select__input').press('Enter');
  });
  await page.keyboard.press('Escape');
  await item('是否提供互联网交互服务').getByText('否', { exact: true }).click();
  await until(page, 'interactiveKinds', []);
  await item('网站语种').getByText('中文简体', { exact: true }).click();
  await item('网站语种').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout10-huawei-basic-unit-opentiny-cards: top labels, lazy cascader, radio cards, select filtered by 性质, USCC rule, radios swap the resource, consent, 验证', async () => {
  const build = 'heldout10-huawei-basic-unit-opentiny-cards';
  const page = await open(build);
  const item = (label: string) => tinyItem(page, label);
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], () => tinyCascade(page, page.locator('.region'), ['浙江省', '杭州市', '余杭区']));
  await expect(page.locator('.cert-type input')).toBeDisabled();
  await page.locator('.nature-card').filter({ hasText: '企业' }).first().getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), tinyOption(page, '营业执照（个人或企业）')));
  await item('主办单位名称').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  const no = item('主办单位证件号码').locator('input');
  await no.fill('91330110MA2H3K7Q19');
  await no.blur();
  await expect(item('主办单位证件号码')).toContainText('统一社会信用代码不正确');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  // another nature (here by its card's description) empties 证件类型
  await page.locator('.nature-card').filter({ hasText: '以个人身份开办网站' }).locator('.help').click();
  await until(page, 'nature', '个人');
  await until(page, 'certType', '');
  await item('资源类型').getByText('备案授权码', { exact: true }).click();
  await until(page, 'resourceType', '备案授权码');
  await expect(item('云服务器')).toHaveCount(0);
  await item('资源类型').getByText('华为云ECS', { exact: false }).click();
  await until(page, 'resourceType', '华为云ECS');
  await expect(page.locator('.ecs')).toBeVisible();
  await page.getByText('我已阅读并同意《华为云网站备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout10-beian-old-apply-person-native-onepage: radios reveal rows, native date inputs, blur messages, code checkboxes, chained AJAX selects, datalist, copy checkboxes, files, captcha', async () => {
  const build = 'heldout10-beian-old-apply-person-native-onepage';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await page.getByLabel('网站名称').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await expect(page.getByLabel('主域名')).toBeHidden();
  await page.locator('#wz_dl').getByText('否').click();
  await expect(page.getByLabel('网站首页地址')).toBeVisible();
  await page.locator('#wz_dl').getByText('是').click();
  await until(page, 'hasApex', '是');
  await expect(page.getByLabel('网站首页地址')).toBeHidden();
  const main = page.getByLabel('主域名');
  await main.fill('www.zhangwei-notes.cn');
  await main.blur();
  await expect(page.locator('#wz_zym_msg')).toHaveText('主域名不含 www. 和 http://');
  await main.fill('zhangwei-notes.cn');
  await until(page, 'mainDomain', 'zhangwei-notes.cn');
  await page.getByLabel('网站开通日期').fill('2025-11-20');
  await until(page, 'openedAt', '2025-11-20');
  const ip = page.getByLabel('网站IP地址');
  await ip.fill('47.96.12');
  await ip.blur();
  await expect(page.locator('#wz_ip_msg')).toHaveText('IP地址格式不正确');
  await ip.fill('47.96.12.34');
  await until(page, 'ip', '47.96.12.34');
  await page.getByLabel('是否提供互联网交互服务').selectOption('否');
  await until(page, 'interactive', '否');
  await page.locator('#row_wz_yz').getByText('中文简体').click();
  await until(page, 'languages', ['05']);
  await page.locator('#wz_qz').getByText('有').click();
  await page.locator('#row_wz_qzx').getByText('教育').click();
  await until(page, 'preItems', ['教育']);
  await page.locator('#wz_qz').getByText('无').click();
  await until(page, 'preLicence', '无');
  await until(page, 'preItems', []);
  await expect(page.locator('#row_wz_qzx')).toBeHidden();
  // chained selects: each level arrives from the area service after the one before changes
  await page.locator('#jr_sheng').selectOption({ label: '浙江省' });
  await expect(page.locator('#jr_shi')).toBeEnabled();
  await page.locator('#jr_shi').selectOption({ label: '杭州市' });
  await expect(page.locator('#jr_xian')).toBeEnabled();
  await page.locator('#jr_xian').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.getByLabel('接入服务商名称').fill('阿里云计算有限公司');
  await until(page, 'apName', '阿里云计算有限公司');
  await expect(page.locator('#jr_list option')).toHaveCount(8);
  await page.getByLabel('网站接入方式').selectOption('租赁虚拟空间');
  await until(page, 'apMethod', '租赁虚拟空间');
  // 同开办主体负责人 copies the held principal and locks the officer block
  await page.getByText('同开办主体负责人').click();
  await until(page, 'secName', '张伟');
  await until(page, 'secCertType', '01');
  await until(page, 'secValidTo', '2038-03-01');
  await expect(page.locator('#aq_xm')).toHaveAttribute('readonly', /.*/);
  await expect(page.locator('#aq_qs')).toHaveValue('2018-03-01');
  await page.locator('#aq_zm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.getByText('同网站安全负责人').click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgMobile', '13800138000');
  await until(page, 'emgCertType', '01');
  await page.getByText('同开办主体负责人').click();
  await until(page, 'secSame', false);
  await page.locator('#aq_cq').check();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(page.locator('#aq_jz')).toBeDisabled();
  const mail = page.locator('#aq_yx');
  await mail.fill('zhangwei@');
  await mail.blur();
  await expect(page.locator('#aq_yx_msg')).toHaveText('电子邮件格式不正确');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('#submit_msg')).toContainText('请先阅读并勾选');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-10 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout10-aliyun-basic-unit-arco-triple', 'heldout10-aliyun-subject-person-tea-sameaddr', 'heldout10-aliyun-site-unit-tdesign-domaintable',
    'heldout10-mps-subject-person-arco-reveal', 'heldout10-mps-site-unit-opentiny-iprows', 'heldout10-beian-old-apply-person-native-onepage',
    'heldout10-tencent-site-person-tea-segments', 'heldout10-huawei-basic-unit-opentiny-cards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout10-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout10-aliyun-basic-unit-arco-triple',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout10-tencent-site-person-tea-segments',
    'https://console.huaweicloud.com/other/?replicaBuild=heldout10-huawei-basic-unit-opentiny-cards',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout10-beian-old-apply-person-native-onepage',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout10/tea.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.huaweicloud.com/__heldout10/opentiny.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout10/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330110', name: '余杭区' });
});
