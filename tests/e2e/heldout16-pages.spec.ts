/**
 * The gen-16 replica builds (held out, now retired into tuning) (tests/replicas/heldout16) are real pages: a user driving one widget of each kind on
 * every page (button radios, three async region selects, a nature select steering a certificate button group, a help rail
 * following the focus, a single-select instance table with a disabled row, whole-tree cascaders with a copy-and-lock tick,
 * an autocomplete, date pickers with a 长期 tick, a three-segment phone, domains as added rows feeding an autocomplete, a
 * filterable multiple select, a checkbox group, a switch copying and locking the principal, text date inputs, a counted
 * textarea, vertical-steps image uploads, source radios copying a person read-only, Fusion range pickers swapped by 长期,
 * card uploads, a lazy cascader select, a tag select, IP rows, radios revealing a checkbox group, a switch, a provider
 * lookup dialog, copy ticks, a comparison table with derived end dates, an input tag, an autocomplete, a grouped multiple
 * select, checkbox buttons, an import select, buttons) changes the framework state that getState() reports, and every
 * `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots land in /tmp/heldout16/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout16 } from '../replicas/heldout16';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout16, '/tmp/heldout16');
const { finish, open } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });

/** Type a date into a picker's input, confirm it with Enter, click away. */
async function typeInto(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}
/** Type a range into a range picker's two inputs. */
async function typeRange(page: Page, inputs: Locator, from: string, to: string) {
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).click();
  await inputs.nth(1).fill(to);
  await inputs.nth(1).press('Enter');
  await page.mouse.click(5, 5);
}

/**
 * A multi-value popup (multiple select): open it when closed and click only the options the state still lacks (a click
 * toggles, so a retried attempt never undoes an earlier one), until the state holds `want` (any order).
 */
async function pickAll(page: Page, key: string, want: string[], popup: Locator, openIt: () => Promise<void>, option: (text: string) => Locator) {
  const sorted = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : v);
  await expect(async () => {
    const have = ((await state(page))[key] ?? []) as string[];
    const missing = want.filter((w) => !have.includes(w));
    if (missing.length && !(await popup.count())) await openIt();
    for (const m of missing) await option(m).click({ timeout: 2000 });
    await expect.poll(async () => sorted((await state(page))[key]), { message: key, timeout: 3000 }).toEqual(sorted(want));
  }).toPass({ timeout: 40_000 });
  await page.mouse.click(5, 5);
}

/** The page of a scope (a `has` filter takes locators from the page, not from another locator). */
const pg = (x: Page | Locator): Page => ('page' in x && typeof x.page === 'function' ? x.page() : (x as Page));
/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ TDesign */

const tdItem = (page: Page | Locator, label: string) => page.locator('.t-form__item').filter({ has: pg(page).locator('.t-form__label', { hasText: exact(label) }) }).first();
const tdOption = (page: Page, text: string) => page.locator('.t-select__dropdown:visible .t-select-option').filter({ hasText: exact(text) }).first();
/**
 * A TDesign date picker: typing a date into its input moves the panel to that month (TDesign 1.18 keeps the typed text
 * out of the field), then the day cell is clicked.
 */
async function tdDate(page: Page, cls: string, date: string) {
  const input = page.locator(`.${cls} input`);
  await input.click();
  await input.fill(date);
  const day = String(Number(date.slice(8)));
  await page.locator('.t-date-picker__panel-container:visible td.t-date-picker__cell:not(.t-date-picker__cell--additional)').filter({ hasText: exact(day) }).first().click({ timeout: 3000 });
  await page.mouse.click(5, 5);
}
async function tdCascade(page: Page, open: Locator, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator('.t-cascader__menu:visible').count())) await open.click();
    for (const t of path) await page.locator('.t-cascader__menu:visible .t-cascader__item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
}

test('heldout16-aliyun-basic-person-tdesign-helprail: button radios, three async region selects, a nature select steering a certificate button group, blur checks, help rail, single-select instance table (disabled row), resource radios swapping in an input, buttons', async () => {
  const build = 'heldout16-aliyun-basic-person-tdesign-helprail';
  const page = await open(build);
  await page.locator('.service-kind').getByText('App', { exact: true }).click();
  await until(page, 'serviceKind', 'App');
  await page.locator('.service-kind').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await expect(page.locator('.region-city input')).toBeDisabled();
  await until(page, 'region', ['浙江省'], () => pick(page, () => page.locator('.region-province').click(), tdOption(page, '浙江省')));
  await until(page, 'region', ['浙江省', '杭州市'], () => pick(page, () => page.locator('.region-city').click(), tdOption(page, '杭州市')));
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => pick(page, () => page.locator('.region-district').click(), tdOption(page, '西湖区')));
  await expect(tdItem(page, '主办者证件类型')).toContainText('请先选择主办者性质');
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), tdOption(page, '企业')));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), tdOption(page, '个人')));
  await until(page, 'certType', '');
  await expect(page.locator('.cert-type')).not.toContainText('营业执照');
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  const no = inp(page, 'cert-number');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(tdItem(page, '主办者证件号码')).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  const domain = inp(page, 'domain');
  await domain.click();
  await expect(page.locator('.help-now')).toContainText('不带 www.');
  await domain.fill('www.zhangwei-notes.cn');
  await domain.blur();
  await expect(tdItem(page, '网站域名')).toContainText('请填写不带 www. 和 http:// 的一级域名');
  await domain.fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  const table = page.locator('.instances');
  await table.locator('tr').filter({ hasText: '106.14.88.9' }).locator('.t-radio').click({ force: true });
  expect((await state(page)).instance).toBe('');
  await table.locator('tr').filter({ hasText: '47.98.201.15' }).locator('.t-radio').click();
  await until(page, 'instance', 'i-bp1c3yq8m2d7ka0f');
  await page.locator('.resource-type').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await until(page, 'instance', '');
  await expect(inp(page, 'service-code')).toBeVisible();
  await page.locator('.resource-type').getByText('云服务器ECS', { exact: true }).click();
  await until(page, 'resourceType', '云服务器ECS');
  await table.locator('tr').filter({ hasText: '47.96.12.34' }).locator('.t-radio').click();
  await until(page, 'instance', 'i-bp1e6zw3k7d0q2xa');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.ok-msg')).toContainText('首次备案');
  await finish(page, build);
});

test('heldout16-aliyun-subject-unit-tdesign-twopanes: blur checks, whole-tree cascaders, a 同证件住所 tick copying and locking, autocomplete, select, date pickers with a 长期 tick, a three-segment phone, textarea, buttons', async () => {
  const build = 'heldout16-aliyun-subject-unit-tdesign-twopanes';
  const page = await open(build);
  await expect(page.locator('.facts')).toContainText('91330110MA2H3K7Q18');
  const unit = inp(page, 'unit-name');
  await unit.fill('云栖示例');
  await unit.blur();
  await expect(tdItem(page, '主办单位名称')).toContainText('请填写营业执照上的企业全称');
  await unit.fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await tdCascade(page, page.locator('.cert-region'), 'certRegion', ['浙江省', '杭州市', '余杭区']);
  await inp(page, 'cert-detail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'certDetail', '文一西路 969 号 2 幢 305 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await expect(inp(page, 'mail-detail')).toBeDisabled();
  await inp(page, 'cert-detail').fill('文一西路 969 号 2 幢 306 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 306 室');
  await inp(page, 'cert-detail').fill('文一西路 969 号 2 幢 305 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailSame', false);
  await expect(inp(page, 'mail-detail')).toBeEnabled();
  await until(page, 'investor', '杭州云栖示例科技有限公司', async () => {
    const inv = inp(page, 'investor');
    await inv.fill('');
    await inv.click();
    await page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact('杭州云栖示例科技有限公司') }).first().click({ timeout: 3000 });
  });
  await inp(page, 'pr-name').fill('李娜');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), tdOption(page, '居民身份证')));
  const no = inp(page, 'pr-cert-number');
  await no.fill('330110198511204520');
  await no.blur();
  await expect(tdItem(page, '负责人证件号码')).toContainText('身份证号码校验未通过');
  await no.fill('330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => tdDate(page, 'pr-valid-from', '2016-05-10'));
  await until(page, 'prValidTo', '2036-05-10', () => tdDate(page, 'pr-valid-to', '2036-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(page.locator('.pr-valid-to input')).toBeDisabled();
  await inp(page, 'mobile').fill('13600136000');
  const emg = inp(page, 'emergency');
  await emg.fill('13600136000');
  await emg.blur();
  await expect(tdItem(page, '应急联系电话')).toContainText('不能与手机号码相同');
  await emg.fill('13700137000');
  await until(page, 'emergency', '13700137000');
  const area = inp(page, 'office-area');
  await area.fill('571');
  await area.blur();
  await expect(page.locator('.office-item')).toContainText('区号为 0 开头');
  await area.fill('0571');
  await inp(page, 'office-number').fill('88886666');
  await until(page, 'office', '0571-88886666');
  await inp(page, 'office-ext').fill('8001');
  await until(page, 'office', '0571-88886666-8001');
  await inp(page, 'office-ext').fill('');
  await until(page, 'office', '0571-88886666');
  await inp(page, 'remark').fill('测试');
  await until(page, 'remark', '测试');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout16-aliyun-site-person-tdesign-collapse: collapse panels, blur checks, domain rows (add, delete) feeding an autocomplete, locked selects, filterable multiple select, checkbox group, a header switch copying and locking, text dates with a 长期 tick, counted textarea, buttons', async () => {
  const build = 'heldout16-aliyun-site-person-tdesign-collapse';
  const page = await open(build);
  const name = inp(page, 'site-name');
  await name.fill('张伟科技工作室');
  await name.blur();
  await expect(tdItem(page, '网站名称')).toContainText('个人网站名称不能含有');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await inp(page, 'domain-0').fill('www.zhangwei-notes.cn');
  await inp(page, 'domain-0').blur();
  await expect(tdItem(page, '网站域名')).toContainText('不是有效的一级域名');
  await inp(page, 'domain-0').fill('zhangwei-notes.cn');
  await page.locator('.add-domain').click();
  await inp(page, 'domain-1').fill('zhangwei-notes.com');
  await until(page, 'domains', ['zhangwei-notes.cn', 'zhangwei-notes.com']);
  await page.locator('.domain-row').nth(1).locator('.del-domain').click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', async () => {
    const home = inp(page, 'home-url');
    await home.fill('');
    await home.click();
    await page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact('www.zhangwei-notes.cn') }).first().click({ timeout: 3000 });
  });
  await expect(page.locator('.contents input')).toBeDisabled();
  await pickAll(page, 'languages', ['中文简体', '英语'], page.locator('.t-select__dropdown:visible'), () => page.locator('.languages').click(), (t) => tdOption(page, t));
  await page.locator('.languages .t-tag').filter({ hasText: '英语' }).locator('.t-tag__icon-close').click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approvals').getByText('教育', { exact: true }).click();
  await until(page, 'preApprovals', ['教育']);
  await page.locator('.pre-approvals').getByText('教育', { exact: true }).click();
  await until(page, 'preApprovals', []);
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpEmergency', '13900139000');
  await until(page, 'wpValidTo', '2038-03-01');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await expect(page.locator('.site-collapse .t-collapse-panel').nth(1).locator('.t-collapse-panel__body')).toBeVisible();
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', false);
  await until(page, 'wpName', '');
  await inp(page, 'wp-name').fill('张伟');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), tdOption(page, '居民身份证')));
  const from = inp(page, 'wp-valid-from');
  await from.fill('2018.03.01');
  await from.blur();
  await expect(tdItem(page, '证件有效期起')).toContainText('格式：yyyy-mm-dd');
  await from.fill('2018-03-01');
  await until(page, 'wpValidFrom', '2018-03-01');
  await inp(page, 'wp-valid-to').fill('2038-03-01');
  await until(page, 'wpValidTo', '2038-03-01');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await expect(inp(page, 'wp-valid-to')).toBeDisabled();
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  const remark = inp(page, 'remark');
  await remark.fill('张伟的个人博客');
  await remark.blur();
  await expect(tdItem(page, '网站备注')).toContainText('备注中不能含有“博客”');
  await remark.fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await expect(page.locator('div.remark')).toContainText('18/200');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout16-tencent-upload-unit-tdesign-vsteps: upload-way radio hiding the list, vertical-steps image uploads (add, remove) finishing a step, confirm tick, submit message', async () => {
  const build = 'heldout16-tencent-upload-unit-tdesign-vsteps';
  const page = await open(build);
  await expect(page.locator('.materials .t-steps-item')).toHaveCount(6);
  await page.locator('.upload-way').getByText('小程序上传', { exact: true }).click();
  await until(page, 'uploadWay', '小程序上传');
  await expect(page.locator('.materials')).toHaveCount(0);
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await page.locator('.up-licence input[type=file]').setInputFiles(file('wrong.png'));
  await until(page, 'licence', ['wrong.png']);
  await expect(page.locator('.materials .t-steps-item').first()).toHaveClass(/t-steps-item--finish/);
  await until(page, 'licence', [], async () => {
    await page.locator('.up-licence .t-upload__card-item').first().hover();
    await page.locator('.up-licence .t-upload__card-mask-item').last().click({ timeout: 2000 });
  });
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await page.locator('.up-authLetter input[type=file]').setInputFiles(file('auth.png'));
  await until(page, 'authLetter', ['auth.png']);
  await page.getByRole('button', { name: '提交审核' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toHaveText('请先勾选承诺');
  await page.locator('.confirmed').click();
  await until(page, 'confirmed', true);
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.locator('.msg')).toContainText('请上传：法定代表人身份证、网站负责人身份证');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextItem = (page: Page | Locator, label: string) => page.locator('.next-form-item').filter({ has: pg(page).locator('.next-form-item-label', { hasText: exact(label) }) }).first();
const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper .next-menu-item:visible').filter({ hasText: exact(text) }).first();
async function nextCascade(page: Page, open: Locator, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator('.next-cascader-menu:visible').count())) await open.click();
    for (const t of path) await page.locator('.next-cascader-menu:visible .next-cascader-menu-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
}

test('heldout16-mps-principal-person-fusion-sourceradio: source radios copying a person read-only, selects, blur checks, range pickers swapped for one date by 长期, card uploads, buttons', async () => {
  const build = 'heldout16-mps-principal-person-fusion-sourceradio';
  const page = await open(build);
  await page.locator('.sec-source').getByText('同开办主体', { exact: true }).click();
  await until(page, 'secName', '张伟');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await until(page, 'secEmail', 'zhangwei@example.com');
  await expect(inp(page, 'sec-name')).toBeDisabled();
  await page.locator('.sec-source').getByText('另行填写', { exact: true }).click();
  await until(page, 'secName', '');
  await until(page, 'secValidity', []);
  await inp(page, 'sec-name').fill('张伟');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-cert-type').click(), nextOption(page, '居民身份证')));
  const no = inp(page, 'sec-cert-number');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(nextItem(page.locator('.role-sec'), '证件号码')).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'secCertNumber', '330106199003071236');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.sec-validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', []);
  await until(page, 'secValidity', ['2018-03-01', ''], () => typeInto(page, page.locator('.sec-valid-from input'), '2018-03-01'));
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await expect(page.locator('.sec-validity')).toBeVisible();
  const mobile = inp(page, 'sec-mobile');
  await mobile.fill('1380013800');
  await mobile.blur();
  await expect(nextItem(page.locator('.role-sec'), '手机号码')).toContainText('请输入 11 位手机号码');
  await mobile.fill('13800138000');
  await until(page, 'secMobile', '13800138000');
  await page.locator('.photo-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('.photo-secIdHand input[type=file]').setInputFiles(file('hand.png'));
  await until(page, 'secIdHand', ['hand.png']);
  await page.locator('.emg-source').getByText('同开办主体', { exact: true }).click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgMobile', '13800138000');
  await until(page, 'emgValidity', ['2018-03-01', '2038-03-01']);
  await expect(page.locator('.emg-long-term input')).toBeDisabled();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout16-mps-apply-unit-fusion-collapse: collapse panels, lazy cascader select, radios, blur checks, date pickers, tag select, IP rows, letter-coded select, radios revealing checkboxes, switch, checkbox group, provider lookup dialog, whole-tree cascader, copy ticks with 长期, card upload, buttons', async () => {
  const build = 'heldout16-mps-apply-unit-fusion-collapse';
  const page = await open(build);
  await expect(page.locator('.unit-facts')).toContainText('91330110MA2H3K7Q18');
  await nextCascade(page, page.locator('.office-region'), 'officeRegion', ['浙江省', '杭州市', '余杭区']);
  await inp(page, 'office-detail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await expect(page.locator('.apply-collapse .next-collapse-panel').first()).toContainText('已填');
  const icp = inp(page, 'icp-number');
  await icp.fill('浙ICP备123号');
  await icp.blur();
  await expect(nextItem(page, '工信部备案号')).toContainText('工信部备案号格式不正确');
  await icp.fill('');
  await until(page, 'icpNumber', '');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const sub = page.locator('.sub-domains input');
  await sub.fill('yunqi-demo.com.cn');
  await sub.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await page.mouse.click(5, 5);
  await inp(page, 'ip-0').fill('47.96.56.999');
  await inp(page, 'ip-0').blur();
  await expect(nextItem(page, '网站IP')).toContainText('47.96.56.999 不是有效的 IP 地址');
  await inp(page, 'ip-0').fill('47.96.56.78');
  await page.locator('.add-ip').click();
  await inp(page, 'ip-1').fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await until(page, 'domainCertTo', '2028-11-01', () => typeInto(page, page.locator('.domain-cert-to input'), '2028-11-01'));
  await until(page, 'category', 'E', () => pick(page, () => page.locator('.category').click(), nextOption(page, 'E 信息资讯类')));
  await expect(nextItem(page, '交互服务类型')).toHaveCount(0);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  for (const k of ['论坛社区', '网络评论']) await page.locator('.interactive-kinds').getByText(k, { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', true);
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', false);
  for (const l of ['中文简体', '英语']) await page.locator('.languages').getByText(l, { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.locator('.ap-lookup').click();
  await until(page, 'lookupClicks', 1);
  const dialog = page.locator('.lookup-dialog');
  await expect(dialog).toContainText('查询网络接入服务商');
  await inp(dialog, 'lookup-q').fill('阿里云');
  await dialog.locator('.lookup-go').click();
  await dialog.locator('tr').filter({ has: page.locator('td', { hasText: exact('阿里云计算有限公司') }) }).locator('.pick').click();
  await expect(dialog).toBeHidden();
  await until(page, 'apName', '阿里云计算有限公司');
  await until(page, 'apCode', '673959654');
  await until(page, 'apPhone', '95187');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apMethod', '租赁主机', () => pick(page, () => page.locator('.ap-method').click(), nextOption(page, '租赁主机')));
  await nextCascade(page, page.locator('.rg-region'), 'rgRegion', ['浙江省', '杭州市', '西湖区']);
  const phone = inp(page, 'rg-phone');
  await phone.fill('6598');
  await phone.blur();
  await expect(nextItem(page, '联系电话').last()).toBeVisible();
  await phone.fill('010-65985888');
  await until(page, 'rgPhone', '010-65985888');
  await page.locator('.emg-same').click();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await expect(inp(page, 'emg-name')).toBeDisabled();
  await page.locator('.sec-same').click();
  await until(page, 'secEmail', 'lina@yunqi-demo.cn');
  await page.locator('.sec-same').click();
  await until(page, 'secName', '');
  await inp(page, 'sec-name').fill('王强');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-cert-type').click(), nextOption(page, '居民身份证')));
  await until(page, 'secValidFrom', '2020-08-12', () => typeInto(page, page.locator('.sec-valid-from input'), '2020-08-12'));
  await until(page, 'secValidTo', '2040-08-12', () => typeInto(page, page.locator('.sec-valid-to input'), '2040-08-12'));
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await page.locator('.photo-secIdBack input[type=file]').setInputFiles(file('wangqiang-back.png'));
  await until(page, 'secIdBack', ['wangqiang-back.png']);
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并勾选');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elItem = (page: Page | Locator, label: string) => page.locator('.el-form-item').filter({ has: pg(page).locator('.el-form-item__label', { hasText: exact(label) }) }).first();
const elOption = (page: Page, text: string) => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: exact(text) }).first();

test('heldout16-baidu-site-unit-elp-splitter: splitter panes, counted input with a blur check, input tag refusing bad names, autocomplete fed by the domains, grouped multiple select, checkbox buttons + select, switch revealing items, import select, select, blur checks, date pickers with 长期有效, buttons', async () => {
  const build = 'heldout16-baidu-site-unit-elp-splitter';
  const page = await open(build);
  await expect(page.locator('.bd-split .el-splitter-panel')).toHaveCount(2);
  const name = inp(page, 'site-name');
  await name.fill('中国云栖示例');
  await name.blur();
  await expect(elItem(page, '网站名称')).toContainText('不能以“中国”“国家”等开头');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const tag = page.locator('.domains input');
  await tag.fill('www.yunqi-demo.cn');
  await tag.press('Enter');
  await expect(elItem(page, '网站域名')).toContainText('不是有效的一级域名');
  expect((await state(page)).domains).toEqual([]);
  for (const d of ['yunqi-demo.cn', 'Yunqi-Demo.com.cn']) { await tag.fill(d); await tag.press('Enter'); }
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  const home = inp(page, 'home-url');
  await home.fill('www.example.com');
  await home.blur();
  await expect(elItem(page, '网站首页URL')).toContainText('须为已填写的网站域名');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', async () => {
    await home.fill('www.yunqi');
    await page.locator('.el-autocomplete-suggestion:visible li').filter({ hasText: exact('www.yunqi-demo.cn') }).first().click({ timeout: 3000 });
  });
  await pickAll(page, 'contents', ['单位门户网站'], page.locator('.el-select-dropdown:visible'), () => page.locator('.contents').click(), (t) => elOption(page, t));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await pickAll(page, 'languages', ['中文简体', '英语', '日语'], page.locator('.el-select-dropdown:visible'), () => page.locator('.more-languages').click(), (t) => elOption(page, t));
  await page.locator('.more-languages .el-tag').filter({ hasText: '日语' }).locator('.el-tag__close').click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.mouse.click(5, 5);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await page.locator('.pre-items').getByText('新闻', { exact: true }).click();
  await until(page, 'preItems', ['新闻']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', false);
  await until(page, 'preItems', []);
  await until(page, 'importFrom', 'lina', () => pick(page, () => page.locator('.import-from').click(), elOption(page, '主体负责人（李娜）')));
  await until(page, 'wpName', '李娜');
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.wp-valid-to input')).toBeDisabled();
  await inp(page, 'wp-name').fill('王强');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), elOption(page, '居民身份证')));
  await inp(page, 'wp-cert-number').fill('110105198808123011');
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await until(page, 'wpValidTo', '2040-08-12', () => typeInto(page, page.locator('.wp-valid-to input'), '2040-08-12'));
  const mobile = inp(page, 'wp-mobile');
  await mobile.fill('13600136000');
  await mobile.blur();
  await expect(elItem(page, '手机号码')).toContainText('手机号码不能相同');
  await mobile.fill('18600186000');
  await until(page, 'wpMobile', '18600186000');
  const landline = inp(page, 'wp-landline');
  await landline.fill('88887777');
  await landline.blur();
  await expect(elItem(page, '固定电话')).toContainText('格式：区号-号码');
  await landline.fill('0571-88887777');
  await until(page, 'wpLandline', '0571-88887777');
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout16-beian-old-principal-unit-native-compare: a comparison table without labels, copy ticks locking a column, coded selects, blur checks, a term select deriving the end date, file input, captcha, buttons', async () => {
  const build = 'heldout16-beian-old-principal-unit-native-compare';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  expect(await page.locator('label').count()).toBe(0);
  await expect(page.locator('table.cmp thead th[scope=col]')).toHaveText([/项目/, /网站安全负责人/, /网站应急联络人/]);
  await page.locator('#aqtb').check();
  await until(page, 'secName', '李娜');
  await until(page, 'secValidTerm', '长期');
  await until(page, 'secValidTo', '');
  await expect(page.locator('#aqxm')).toBeDisabled();
  await page.locator('#aqtb').uncheck();
  await until(page, 'secName', '');
  await expect(page.locator('#aqxm')).toBeEnabled();
  await page.locator('#aqxm').fill('王强');
  await until(page, 'secName', '王强');
  await page.locator('#aqzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await page.locator('#aqzjhm').fill('110105198808123010');
  await page.locator('#aqzjhm').blur();
  await expect(page.locator('#aqzjhm_err')).toHaveText('身份证号码有误');
  await page.locator('#aqzjhm').fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  await page.locator('#aqyxq').fill('2020/08/12');
  await page.locator('#aqyxq').blur();
  await expect(page.locator('#aqyxq_err')).toHaveText('格式：yyyy-MM-dd');
  await page.locator('#aqyxq').fill('2020-08-12');
  await until(page, 'secValidFrom', '2020-08-12');
  await page.locator('#aqqx').selectOption('10年');
  await until(page, 'secValidTo', '2030-08-12');
  await page.locator('#aqqx').selectOption('20年');
  await until(page, 'secValidTerm', '20年');
  await until(page, 'secValidTo', '2040-08-12');
  await expect(page.locator('#aqyxz')).toHaveValue('2040-08-12');
  await page.locator('#aqsj').fill('1860018600');
  await page.locator('#aqsj').blur();
  await expect(page.locator('#aqsj_err')).toHaveText('请输入11位手机号码');
  await page.locator('#aqsj').fill('18600186000');
  await until(page, 'secMobile', '18600186000');
  await page.locator('#aqzm').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await page.locator('#yjtb').check();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgCertType', '居民身份证');
  await until(page, 'emgValidTerm', '长期');
  await until(page, 'emgMobile', '13600136000');
  await expect(page.locator('#yjqx')).toBeDisabled();
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-16 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout16-aliyun-basic-person-tdesign-helprail', 'heldout16-aliyun-subject-unit-tdesign-twopanes', 'heldout16-aliyun-site-person-tdesign-collapse',
    'heldout16-mps-principal-person-fusion-sourceradio', 'heldout16-mps-apply-unit-fusion-collapse', 'heldout16-beian-old-principal-unit-native-compare',
    'heldout16-baidu-site-unit-elp-splitter', 'heldout16-tencent-upload-unit-tdesign-vsteps',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout16-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout16-aliyun-site-person-tdesign-collapse',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout16-tencent-upload-unit-tdesign-vsteps',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout16-tencent-upload-unit-tdesign-vsteps',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout16/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout16/fusion.js')).toBe(200);
  expect(await head('/__heldout16/tdesign.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout16/no-such.css');
  expect(await head('/__heldout16/tdesign.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout16/no-such.css');
  expect(await head('/__heldout16/vue.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout16/no-such.css');
  expect(await head('/__heldout16/vue.css')).toBe(200);
});
