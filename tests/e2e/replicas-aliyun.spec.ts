/**
 * The Alibaba Cloud ICP console replicas are real: a user driving them with Playwright (clicks on the
 * Fusion/antd popups, typing, file choosing) changes the framework state that `window.__replica.getState()`
 * reports, and a value written only into the DOM does not. Plain Chromium, no extension, offline.
 */
import { launchPlain } from '../../scripts/browser';
import { test, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { prepareAliyun } from '../replicas/aliyun/index';
import type { ReplicaBundle } from '../replicas/types';

// These check the replica pages themselves (no extension), as the other page checks do: beside a second
// browser on 2 cores a popup still opening or closing can catch a click; one retry, never a skip.
test.describe.configure({ retries: 1 });

// Tracing snapshots every action of these large pages; it roughly doubles the run time.
test.use({ trace: 'off' });

let browser: Browser;
let context: BrowserContext;
let bundle: ReplicaBundle;
const foreignRequests: string[] = [];

test.beforeAll(async () => {
  bundle = await prepareAliyun();
  browser = await launchPlain();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.route((u) => u.protocol === 'http:' || u.protocol === 'https:', (route) => {
    foreignRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await bundle.route(context);
});

test.afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const pageUrl = (id: string) => {
  const p = bundle.pages.find((x) => x.id === id);
  if (!p) throw new Error(`no replica page ${id}`);
  return p.url;
};

async function open(id: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl(id));
  await page.waitForFunction(() => !!window.__replica && document.querySelector('form, .replica-form'));
  expect(errors).toEqual([]);
  return page;
}

type State = Record<string, any>;
const state = (page: Page): Promise<State> => page.evaluate(() => window.__replica!.getState());
const replica = (page: Page) => page.evaluate(() => {
  const r = window.__replica as unknown as { step: string; variant?: string; changes: number; submits: number; clicks: string[] };
  return { step: r.step, variant: r.variant, changes: r.changes, submits: r.submits, clicks: [...r.clicks] };
});

/* --------------------------------------------------------------- Fusion Next helpers (what a user does) */

/** The `.next-form-item` whose label text is exactly `label`. */
const item = (page: Page, label: string): Locator =>
  page.locator('.next-form-item').filter({ has: page.locator('.next-form-item-label label').getByText(label, { exact: true }) });

const openOverlay = (page: Page) => page.locator('.next-overlay-wrapper.opened').last();

async function fusionSelect(page: Page, label: string, option: string) {
  await item(page, label).locator('.next-select').click();
  const opt = openOverlay(page).locator('li.next-menu-item', { has: page.getByText(option, { exact: true }) });
  await opt.click();
  await expect(item(page, label).locator('.next-select-values em')).toHaveText(option);
}

async function fusionOptions(page: Page, label: string): Promise<string[]> {
  await item(page, label).locator('.next-select').click();
  await expect(openOverlay(page).locator('.next-select-menu, .next-select-menu-empty-content').first()).toBeVisible();
  const texts = await openOverlay(page).locator('li.next-menu-item').allTextContents();
  await page.keyboard.press('Escape');
  await expect(page.locator('.next-overlay-wrapper.opened')).toHaveCount(0);
  return texts;
}

async function fusionCascade(page: Page, label: string, path: string[]) {
  await item(page, label).locator('.next-select').click();
  const dropdown = openOverlay(page).locator('.next-cascader-select-dropdown');
  for (const [level, name] of path.entries()) {
    const menu = dropdown.locator('ul.next-cascader-menu').nth(level);
    const node = menu.locator('li.next-cascader-menu-item', { has: page.getByText(name, { exact: true }) });
    await node.click();
    if (level < path.length - 1) {
      // the real console fetches each level: a loading icon shows on the clicked item, then the next menu appears
      await expect(dropdown.locator('ul.next-cascader-menu').nth(level + 1).locator('li').first()).toBeVisible();
      await expect(dropdown.locator('.next-cascader-menu-icon-loading')).toHaveCount(0);
    }
  }
  await expect(item(page, label).locator('.next-select-values em')).toHaveText(path.join(' / '));
}

const input = (page: Page, label: string) => item(page, label).locator('input:not([type=checkbox]):not([type=file]), textarea').first();

async function type(page: Page, label: string, value: string) {
  await input(page, label).fill(value);
}

/* --------------------------------------------------------------- step 1 */

test('填写基本信息: region cascader loads level by level, 性质 filters 证件类型, inputs reach Field state', async () => {
  const page = await open('aliyun-basic');
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写基本信息');
  await expect(page.getByRole('heading', { name: /填写基本信息/ })).toBeVisible();

  // loading state is visible between levels (200–400 ms per level)
  await item(page, '主办单位所属区域').locator('.next-select').click();
  await openOverlay(page).locator('li.next-cascader-menu-item', { hasText: '浙江省' }).click();
  await expect(openOverlay(page).locator('.next-cascader-menu-icon-loading')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await fusionCascade(page, '主办单位所属区域', ['浙江省', '杭州市', '余杭区']);

  expect(await fusionOptions(page, '主办单位证件类型')).toEqual([]);
  await fusionSelect(page, '主办单位性质', '企业');
  const certTypes = await fusionOptions(page, '主办单位证件类型');
  expect(certTypes).toContain('营业执照（个人或企业）');
  expect(certTypes).not.toContain('居民身份证');
  await fusionSelect(page, '主办单位证件类型', '营业执照（个人或企业）');
  await type(page, '主办单位证件号码', '91330106673959654P');
  await type(page, '网站域名', 'example-hz.cn');

  expect(await state(page)).toEqual({
    regionCode: '330110', regionPath: ['浙江省', '杭州市', '余杭区'], nature: '企业',
    certType: '营业执照（个人或企业）', certNo: '91330106673959654P', domain: 'example-hz.cn',
  });
  const r = await replica(page);
  expect(r.changes).toBeGreaterThanOrEqual(5);
  expect(r.submits).toBe(0);

  // changing 性质 resets the dependent 证件类型
  await fusionSelect(page, '主办单位性质', '个人');
  expect((await state(page)).certType).toBe('');
  expect(await fusionOptions(page, '主办单位证件类型')).toContain('居民身份证');

  await page.getByRole('button', { name: '信息校验' }).click();
  expect((await replica(page)).submits).toBe(1);
  await page.close();
});

test('wizard: 下一步 carries step 1 into the disabled fields of step 2 and the domain of step 3', async () => {
  const page = await open('aliyun-basic');
  await fusionCascade(page, '主办单位所属区域', ['北京市', '市辖区', '朝阳区']);
  await fusionSelect(page, '主办单位性质', '个人');
  await fusionSelect(page, '主办单位证件类型', '居民身份证');
  await type(page, '主办单位证件号码', '11010519491231002X');
  await type(page, '网站域名', 'zhangsan-blog.cn');
  await page.getByRole('button', { name: '下一步' }).click();
  await type(page, '主办单位或主办人名称', '张三');

  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写主办者信息');
  expect(await replica(page)).toMatchObject({ step: 'subject', variant: '个人', submits: 1, clicks: ['下一步'] });
  await expect(item(page, '主办单位性质').locator('input[role=combobox]')).toBeDisabled();
  await expect(item(page, '主办单位性质').locator('.next-select-inner')).toHaveClass(/next-disabled/);
  await expect(item(page, '主办单位证件号码').locator('input')).toBeDisabled();
  await expect(item(page, '主办单位所属区域').locator('.next-select-values em')).toHaveText('北京市 / 市辖区 / 朝阳区');
  await expect(item(page, '投资人或主管单位')).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    nature: '个人', certType: '居民身份证', certNo: '11010519491231002X', regionCode: '110105', regionPath: ['北京市', '市辖区', '朝阳区'],
  });

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写网站信息');
  await expect(input(page, '网站域名')).toHaveValue('zhangsan-blog.cn');
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写主办者信息');
  // a step keeps its values while another one is shown
  await expect(input(page, '主办单位或主办人名称')).toHaveValue('张三');
  expect((await state(page)).name).toBe('张三');
  expect(await replica(page)).toMatchObject({ submits: 2, clicks: ['下一步', '下一步', '上一步'] });
  await page.close();
});

/* --------------------------------------------------------------- step 2 */

test('填写主办者信息 (单位): every field, RangePicker typed + Enter, 长期 clears and disables the end date', async () => {
  const page = await open('aliyun-subject-unit');
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写主办者信息');
  // pre-filled from step 1 and disabled
  await expect(item(page, '主办单位性质').locator('.next-select-values em')).toHaveText('企业');
  await expect(item(page, '主办单位性质').locator('input[role=combobox]')).toBeDisabled();
  await expect(item(page, '主办单位性质').locator('.next-select-inner')).toHaveClass(/next-disabled/);
  await expect(item(page, '主办单位证件类型').locator('.next-select-values em')).toHaveText('营业执照（个人或企业）');
  await expect(item(page, '主办单位证件号码').locator('input')).toHaveValue('91330106673959654P');
  await expect(item(page, '主办单位证件号码').locator('input')).toBeDisabled();
  await expect(item(page, '主办单位所属区域').locator('.next-select-values em')).toHaveText('浙江省 / 杭州市 / 余杭区');

  await type(page, '主办单位或主办人名称', '杭州示例科技有限公司');
  await type(page, '主办单位证件住所', '浙江省杭州市余杭区文一西路969号');
  await type(page, '主办单位通讯地址', '浙江省杭州市余杭区文一西路969号3号楼5层');
  await type(page, '投资人或主管单位', '杭州示例科技有限公司');
  await type(page, '负责人姓名', '张三');
  await fusionSelect(page, '负责人证件类型', '居民身份证');
  await type(page, '负责人证件号码', '11010519491231002X');

  const dates = item(page, '证件有效期').locator('.next-date-picker2 input');
  await expect(dates).toHaveCount(2);
  await dates.nth(0).click();
  await expect(openOverlay(page).locator('.next-range-picker2-panel')).toBeVisible();
  await dates.nth(0).fill('2020-01-15');
  await page.keyboard.press('Enter');
  // a range commits only when both ends are set
  expect((await state(page)).principal.validFrom).toBe('');
  await dates.nth(1).fill('2040-01-15');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).principal.validTo).toBe('2040-01-15');
  expect((await state(page)).principal.validFrom).toBe('2020-01-15');

  await type(page, '手机号码', '13800138000');
  await type(page, '应急联系电话', '13900139000');
  await type(page, '办公室电话', '086-0571-88888888');
  await type(page, '电子邮箱', 'zhangsan@example.com');
  await type(page, '备注', '此地址已是详细地址');

  await item(page, '证件有效期').locator('.next-checkbox-wrapper', { hasText: '长期' }).click();
  await expect(dates.nth(1)).toBeDisabled();
  await expect(item(page, '证件有效期').locator('input[type=checkbox]')).toBeChecked();

  expect(await state(page)).toEqual({
    name: '杭州示例科技有限公司', nature: '企业', certType: '营业执照（个人或企业）', certNo: '91330106673959654P',
    certAddress: '浙江省杭州市余杭区文一西路969号', regionCode: '330110', regionPath: ['浙江省', '杭州市', '余杭区'],
    address: '浙江省杭州市余杭区文一西路969号3号楼5层', investor: '杭州示例科技有限公司',
    principal: {
      name: '张三', certType: '居民身份证', certNo: '11010519491231002X', validFrom: '2020-01-15', validTo: '', longTerm: true,
      mobile: '13800138000', emergencyPhone: '13900139000', officePhone: '086-0571-88888888', email: 'zhangsan@example.com',
    },
    remark: '此地址已是详细地址',
  });
  expect((await replica(page)).submits).toBe(0);
  await page.close();
});

test('填写主办者信息 (个人): person pre-fill, no 投资人或主管单位, 长期 first then the start date alone commits', async () => {
  const page = await open('aliyun-subject-person');
  expect(await replica(page)).toMatchObject({ step: 'subject', variant: '个人' });
  await expect(item(page, '主办单位性质').locator('.next-select-values em')).toHaveText('个人');
  await expect(item(page, '主办单位证件类型').locator('.next-select-values em')).toHaveText('居民身份证');
  await expect(item(page, '投资人或主管单位')).toHaveCount(0);
  await expect(item(page, '主办单位或主办人名称')).toBeVisible();

  await type(page, '主办单位或主办人名称', '张三');
  await item(page, '证件有效期').locator('.next-checkbox-wrapper', { hasText: '长期' }).click();
  const start = item(page, '证件有效期').locator('.next-date-picker2 input').first();
  await start.click();
  await start.fill('2019-06-01');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).principal).toMatchObject({ validFrom: '2019-06-01', validTo: '', longTerm: true });
  const s = await state(page);
  expect(s).toMatchObject({ name: '张三', nature: '个人', certType: '居民身份证', certNo: '11010519491231002X' });
  expect(s).not.toHaveProperty('investor');
  await page.close();
});

/* --------------------------------------------------------------- step 3 */

test('填写网站信息: selects, checkbox groups, read-only domain, DatePicker2 by panel click, 同主体负责人 copies', async () => {
  const page = await open('aliyun-site');
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('填写网站信息');
  await expect(input(page, '网站域名')).toHaveValue('example-hz.cn');
  await expect(input(page, '网站域名')).toHaveAttribute('readonly', '');

  await type(page, '网站名称', '示例科技官网');
  await type(page, '网站首页URL', 'www.example-hz.cn');
  await fusionSelect(page, '服务类型', '网站应用服务');
  expect(await fusionOptions(page, '网站服务内容')).toHaveLength(30);
  await fusionSelect(page, '网站服务内容', '单位门户网站');
  for (const lang of ['中文简体', '英语']) {
    await item(page, '网站语言').locator('.next-checkbox-wrapper', { has: page.getByText(lang, { exact: true }) }).click();
  }
  await type(page, '网站备注', '公司产品介绍');

  // 同主体负责人 copies the principal of step 2 (seeded for a direct open)
  await page.locator('.next-checkbox-wrapper', { hasText: '同主体负责人' }).click();
  await expect(input(page, '负责人姓名')).toHaveValue('张三');
  await expect(item(page, '负责人证件类型').locator('.next-select-values em')).toHaveText('居民身份证');
  let s = await state(page);
  expect(s.sameAsPrincipal).toBe(true);
  expect(s.principal).toEqual({
    name: '张三', certType: '居民身份证', certNo: '11010519491231002X', validFrom: '2020-01-01', validTo: '2040-01-01',
    longTerm: false, mobile: '13800138000', emergencyPhone: '13900139000', email: 'zhangsan@example.com',
  });

  // then the user edits: a separate 网站负责人
  await type(page, '负责人姓名', '李四');
  await fusionSelect(page, '负责人证件类型', '护照');
  await type(page, '负责人证件号码', 'E12345678');
  await type(page, '手机号码', '13700137000');
  await type(page, '应急联系电话', '13600136000');
  await type(page, '电子邮箱', 'lisi@example.com');
  const [from, to] = [0, 1].map((i) => item(page, '证件有效期').locator('.next-date-picker2').nth(i).locator('input'));
  await from!.fill('2021-03-04');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).principal.validFrom).toBe('2021-03-04');
  // the end date by clicking a day cell in the panel (td[title=YYYY-MM-DD])
  await to!.click();
  const cell = openOverlay(page).locator('td.next-calendar2-cell[title$="-15"]');
  const title = await cell.getAttribute('title');
  expect(title).toMatch(/^\d{4}-\d{2}-15$/);
  await cell.click();
  await expect.poll(async () => (await state(page)).principal.validTo).toBe(title);
  await expect(to!).toHaveValue(title!);

  s = await state(page);
  expect(s).toEqual({
    siteName: '示例科技官网', domain: 'example-hz.cn', homeUrl: 'www.example-hz.cn', serviceType: '网站应用服务',
    content: '单位门户网站', languages: ['中文简体', '英语'], approvals: [], sameAsPrincipal: true,
    principal: {
      name: '李四', certType: '护照', certNo: 'E12345678', validFrom: '2021-03-04', validTo: title, longTerm: false,
      mobile: '13700137000', emergencyPhone: '13600136000', email: 'lisi@example.com',
    },
    remark: '公司产品介绍',
  });
  await item(page, '前置审批项').locator('.next-checkbox-wrapper', { hasText: '文化' }).click();
  expect((await state(page)).approvals).toEqual(['文化']);
  await page.close();
});

/* --------------------------------------------------------------- step 4 */

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('上传资料 (单位): setInputFiles and a DataTransfer change event both land in state; >4MB is refused; no network', async () => {
  const before = foreignRequests.length;
  const page = await open('aliyun-upload-unit');
  await expect(page.locator('.next-step-item-process .next-step-item-title')).toHaveText('上传资料');
  await expect(item(page, '主体证件')).toContainText('不超过 4MB');
  const labels = await page.locator('.next-form-item-label label').allTextContents();
  expect(labels).toEqual(['主体证件', '负责人身份证正面', '负责人身份证反面', '网站负责人身份证正面', '网站负责人身份证反面', '域名证书', '其他材料']);

  await item(page, '主体证件').locator('input[type=file]').setInputFiles({ name: 'license.png', mimeType: 'image/png', buffer: PNG });
  await item(page, '负责人身份证正面').locator('input[type=file]').setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: PNG });
  // what an extension does: build a File, put it in input.files, dispatch `change`
  await page.evaluate(() => {
    const label = [...document.querySelectorAll('.next-form-item-label label')].find((l) => l.textContent === '负责人身份证反面')!;
    const fileInput = label.closest('.next-form-item')!.querySelector<HTMLInputElement>('input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'back.png', { type: 'image/png' }));
    fileInput.files = dt.files;
    fileInput.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // too big: refused by beforeUpload, shown as an error card, not in state
  await item(page, '网站负责人身份证正面').locator('input[type=file]').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(4 * 1024 * 1024 + 1) });
  await expect(page.locator('.next-message-error')).toContainText('4MB');
  await expect(item(page, '网站负责人身份证正面').locator('.next-upload-list-item-error')).toHaveCount(1);

  await expect.poll(async () => (await state(page)).principalBack).toHaveLength(1);
  await expect(item(page, '主体证件').locator('.next-upload-list-item-done')).toHaveCount(1);
  // limit 1: the trigger (and its input) is disabled/hidden once a file is in
  await expect(item(page, '主体证件').locator('input[type=file]')).toBeDisabled();
  expect(await state(page)).toEqual({
    subjectCert: [{ name: 'license.png', size: PNG.length, type: 'image/png' }],
    principalFront: [{ name: 'front.jpg', size: PNG.length, type: 'image/jpeg' }],
    principalBack: [{ name: 'back.png', size: 4, type: 'image/png' }],
    sitePrincipalFront: [], sitePrincipalBack: [], domainCert: [], other: [],
  });

  // delete a file: the trigger comes back
  await item(page, '主体证件').locator('.next-upload-tool-close i').click();
  await expect.poll(async () => (await state(page)).subjectCert).toEqual([]);
  await expect(item(page, '主体证件').locator('input[type=file]')).toBeEnabled();

  await page.getByRole('button', { name: '提交' }).click();
  expect((await replica(page)).submits).toBe(1);
  expect(foreignRequests.slice(before)).toEqual([]);
  await page.close();
});

test('上传资料 (个人): no 主体证件 slot', async () => {
  const page = await open('aliyun-upload-person');
  await expect(item(page, '主体证件')).toHaveCount(0);
  await item(page, '负责人身份证正面').locator('input[type=file]').setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: PNG });
  await expect.poll(async () => (await state(page)).principalFront).toEqual([{ name: 'a.png', size: PNG.length, type: 'image/png' }]);
  expect(Object.keys(await state(page))).not.toContain('subjectCert');
  await page.close();
});

/* --------------------------------------------------------------- antd variant */

const antItem = (page: Page, label: string): Locator =>
  page.locator('.ant-form-item').filter({ has: page.locator('.ant-form-item-label label').getByText(label, { exact: true }) }).last();

test('antd 6 rebuild of 填写主办者信息 (单位): same labels, antd widgets reach the Form store', async () => {
  const page = await open('aliyun-subject-unit-antd');
  expect(await replica(page)).toMatchObject({ step: 'subject', variant: '单位' });
  await expect(page.locator('.ant-steps-item-process, .ant-steps-item-active').first()).toContainText('填写主办者信息');
  await expect(antItem(page, '主办单位性质').locator('.ant-select')).toHaveClass(/ant-select-disabled/);
  await expect(antItem(page, '主办单位所属区域')).toContainText('浙江省 / 杭州市 / 余杭区');

  await page.getByLabel('主办单位或主办人名称').fill('杭州示例科技有限公司');
  await page.getByLabel('主办单位证件住所').fill('浙江省杭州市余杭区文一西路969号');
  await page.getByLabel('主办单位通讯地址').fill('浙江省杭州市余杭区文一西路969号3号楼');
  await page.getByLabel('投资人或主管单位').fill('杭州示例科技有限公司');
  await page.getByLabel('负责人姓名').fill('张三');
  await antItem(page, '负责人证件类型').locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '港澳居民来往内地通行证' }).click();
  await expect(antItem(page, '负责人证件类型').locator('.ant-select-content')).toHaveText('港澳居民来往内地通行证');
  await page.getByLabel('负责人证件号码').fill('H01234567');
  await antItem(page, '证件有效期').locator('input[date-range=start]').click();
  await antItem(page, '证件有效期').locator('input[date-range=start]').fill('2018-05-20');
  await page.keyboard.press('Enter');
  await antItem(page, '证件有效期').locator('input[date-range=end]').fill('2028-05-20');
  await page.keyboard.press('Enter');
  await page.getByLabel('手机号码').fill('13800138000');
  await page.getByLabel('应急联系电话').fill('13900139000');
  await page.getByLabel('电子邮箱').fill('zhangsan@example.com');

  await expect.poll(async () => (await state(page)).principal).toEqual({
    name: '张三', certType: '港澳居民来往内地通行证', certNo: 'H01234567', validFrom: '2018-05-20', validTo: '2028-05-20',
    longTerm: false, mobile: '13800138000', emergencyPhone: '13900139000', officePhone: '', email: 'zhangsan@example.com',
  });
  await antItem(page, '证件有效期').locator('.ant-checkbox-wrapper', { hasText: '长期' }).click();
  await expect(antItem(page, '证件有效期').locator('input[date-range=end]')).toBeDisabled();
  const s = await state(page);
  expect(s).toMatchObject({
    name: '杭州示例科技有限公司', nature: '企业', certType: '营业执照（个人或企业）', certNo: '91330106673959654P',
    regionPath: ['浙江省', '杭州市', '余杭区'], investor: '杭州示例科技有限公司',
  });
  expect(s.principal).toMatchObject({ validFrom: '2018-05-20', validTo: '', longTerm: true });
  expect((await replica(page)).changes).toBeGreaterThan(10);
  await page.close();
});

/* --------------------------------------------------------------- negative sanity */

test('a value written only into the DOM (el.value + plain input event) does not reach the framework state', async () => {
  for (const [id, sel] of [['aliyun-subject-unit', '#name'], ['aliyun-subject-unit-antd', '#name']] as const) {
    const page = await open(id);
    const changes = (await replica(page)).changes;
    await page.evaluate((s) => {
      const el = document.querySelector<HTMLInputElement>(s)!;
      el.value = 'x'; // goes through React's instance-level value tracker, so React sees no change
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, sel);
    await page.waitForTimeout(150);
    expect((await state(page)).name).toBe('');
    expect((await replica(page)).changes).toBe(changes);
    // while the prototype setter + input event (what a filler must do) is seen
    await page.evaluate((s) => {
      const el = document.querySelector<HTMLInputElement>(s)!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, 'y');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, sel);
    await expect.poll(async () => (await state(page)).name).toBe('y');
    await page.close();
  }
});

test('no request left beian.aliyun.com during the whole file (fonts, uploads, region data are all local)', () => {
  expect(foreignRequests).toEqual([]);
});
