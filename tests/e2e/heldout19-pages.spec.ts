/**
 * The gen-19 replica builds (held out, now retired into tuning) (tests/replicas/heldout19) are real pages: a user driving one widget of each kind on
 * every page (a Tea query bar with three region selects fetched level by level, a nature select steering radios, blur
 * checks, a domain split into a name and a suffix select, a segment of resource types swapping in an input, an instance
 * table with a radio per row (a disabled row), 信息校验 and 重置; two Tea cards with a tabs-kind cascader fetched per level,
 * a switch hiding the mailing address, a date picker + a 长期 switch disabling the other; Arco card tabs with an
 * input tag, a home-URL select built from it, a grouped multiple select, button radios revealing items, a copy switch
 * locking fields, a range picker swapped by 长期, a remark checked on blur; an Arco 公安 site page with IP rows added and
 * removed, a range picker, button radios of letter codes, a yes / no select revealing checkboxes, and a provider table with
 * late autocompletes, selects and a lazy cascader; a Tea role matrix with a copy tick per column, two date pickers + 长期,
 * upload buttons and an SMS code; an old-portal tab strip with coded selects, region selects filled over XHR, text dates +
 * 长期, file inputs and a captcha; an antd collapse with a tags select, an autocomplete, a searched select, a switch
 * revealing items, a copy tick and an end date whose panel footer sets 长期; Fusion twin cards with a searched cascader
 * select, a select loading after another, a tag select, button radios swapping in an input and a transfer of fetched
 * instances) changes the framework state that getState() reports, and every `expect` key of the build exists in the initial
 * state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted.
 * Screenshots land in /tmp/heldout19/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout19 } from '../replicas/heldout19';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout19, '/tmp/heldout19');
const { finish, open } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });
// a click that something covers fails within seconds (and is retried by its step) instead of waiting out the test
test.use({ actionTimeout: 8000 });

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
 * A multi-value popup: open it when closed and click only the options the state still lacks (a click toggles, so a
 * retried attempt never undoes an earlier one), until the state holds `want` (any order).
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
/** A cascade of clicks through a popup's columns (each level may be fetched), retried until the state holds the path. */
async function cascade(page: Page, openIt: () => Promise<void>, popup: string, item: string, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator(`${popup}:visible`).count())) await openIt();
    for (const t of path) await page.locator(`${popup}:visible ${item}`).filter({ hasText: exact(t), visible: true }).first().click({ timeout: 4000 });
  });
  await page.mouse.click(5, 5);
}

/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ Tea */

const teaOption = (page: Page, text: string) => page.locator('#tea-overlay-root .tea-dropdown-box li').filter({ hasText: exact(text) }).first();

test('heldout19-aliyun-basic-person-tea-querybar: three region selects fetched level by level, a searchable select steering radios, blur checks, a domain split into name + suffix select, a segment swapping in an input, an instance table with radios (a disabled row), consent, 信息校验, 重置', async () => {
  const build = 'heldout19-aliyun-basic-person-tea-querybar';
  const page = await open(build);
  const tea = (t: string) => teaOption(page, t);
  await until(page, 'region', ['浙江省'], () => pick(page, () => page.locator('.r-province').click(), tea('浙江省')));
  await until(page, 'region', ['浙江省', '杭州市'], () => pick(page, () => page.locator('.r-city').click(), tea('杭州市')));
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => pick(page, () => page.locator('.r-district').click(), tea('西湖区')));
  await expect(page.locator('.query-bar')).toContainText('请先选择主办单位性质');
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), tea('个人')));
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await inp(page, 'cert-number').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  const dom = inp(page, 'domain-name');
  await dom.fill('www.zhangwei-notes.cn');
  await dom.blur();
  await expect(page.locator('.query-bar')).toContainText('请填写不带 www. 与 http:// 的域名');
  await dom.fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await expect(dom).toHaveValue('zhangwei-notes');
  await until(page, 'domain', 'zhangwei-notes.com', () => pick(page, () => page.locator('.domain-suffix').click(), tea('.com')));
  await page.locator('.resource-type').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await expect(inp(page, 'service-code')).toBeVisible();
  await page.locator('.resource-type').getByText('云服务器ECS', { exact: true }).click();
  await until(page, 'resourceType', '云服务器ECS');
  const table = page.locator('.instance-table');
  await expect(table.locator('tr').filter({ hasText: '106.14.77.201' }).locator('input[type=radio]')).toBeDisabled({ timeout: 5000 });
  await table.locator('tr').filter({ hasText: '47.96.12.34' }).locator('.tea-form-check, label').first().click();
  await until(page, 'instance', 'i-bp1c6zw4n8q2h5tx');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请先阅读并同意服务协议');
  expect((await state(page)).agreed).toBe(false);
  await finish(page, build);
  await page.getByRole('button', { name: '重置' }).click();
  await until(page, 'certNumber', '');
});

test('heldout19-aliyun-subject-unit-tea-sidecards: side cards, blur checks, a tabs-kind cascader fetched per level, a switch hiding the mailing address, a select, two date pickers + a 长期 switch, buttons', async () => {
  const build = 'heldout19-aliyun-subject-unit-tea-sidecards';
  const page = await open(build);
  await expect(page.locator('.side-cards > .tea-card')).toHaveCount(2);
  const name = inp(page, 'unit-name');
  await name.fill('云栖示例');
  await name.blur();
  await expect(page.locator('.c-unit')).toContainText('请填写营业执照上的单位全称');
  await name.fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await cascade(page, () => page.locator('.cert-region').click(), '#tea-overlay-root .tea-dropdown-box', '.tea-cascader-menu__label', 'certRegion', ['浙江省', '杭州市', '余杭区']);
  await inp(page, 'cert-detail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'certDetail', '文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-region')).toBeVisible();
  await page.locator('.mail-same').click();
  await until(page, 'mailSame', true);
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-region')).toHaveCount(0);
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), teaOption(page, '居民身份证')));
  await inp(page, 'pr-cert-number').fill('330110198511204525');
  await until(page, 'prCertNumber', '330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to input')).toBeDisabled();
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout19-mps-principal-unit-tea-matrix: a role matrix, a copy tick per column locking it, selects, blur checks, two date pickers + 长期, upload buttons, an SMS code, buttons', async () => {
  const build = 'heldout19-mps-principal-unit-tea-matrix';
  const page = await open(build);
  await expect(page.locator('.role-matrix tbody tr')).toHaveCount(9);
  await page.locator('.emg-same').click();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgValidFrom', '2016-05-10');
  await expect(inp(page, 'emg-name')).toBeDisabled();
  await inp(page, 'sec-name').fill('王强');
  await until(page, 'secName', '王强');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-certtype').click(), teaOption(page, '居民身份证')));
  const no = inp(page, 'sec-certnumber');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(page.locator('.role-matrix')).toContainText('证件号码校验未通过');
  await no.fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  await until(page, 'secValidFrom', '2020-08-12', () => typeInto(page, page.locator('.sec-valid-from input'), '2020-08-12'));
  await until(page, 'secValidTo', '2040-08-12', () => typeInto(page, page.locator('.sec-valid-to input'), '2040-08-12'));
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(page.locator('.sec-valid-to input')).toBeDisabled();
  await inp(page, 'sec-mobile').fill('18600186000');
  await until(page, 'secMobile', '18600186000');
  await page.locator('.slot-secIdBack input[type=file]').setInputFiles(file('wangqiang-back.png'));
  await until(page, 'secIdBack', ['wangqiang-back.png']);
  await page.locator('.send-code').click();
  await expect(page.locator('.send-code')).toContainText('秒后重发');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  expect((await state(page)).smsCode).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout19-aliyun-site-person-arco-cardtabs: card tabs with hidden panes, blur checks, an input tag, a select built from it, a grouped multiple select, checkboxes, button radios revealing items, a copy switch locking, a range picker swapped by 长期, a remark checked on blur, buttons', async () => {
  const build = 'heldout19-aliyun-site-person-arco-cardtabs';
  const page = await open(build);
  const tab = (t: string) => page.locator('.site-tabs .arco-tabs-header-title').filter({ hasText: exact(t) }).first();
  const pane = (i: number) => page.locator('.site-tabs .arco-tabs-content-item').nth(i);
  await expect(pane(1)).not.toHaveClass(/arco-tabs-content-item-active/);
  const name = inp(page, 'site-name');
  await name.fill('张伟的博客');
  await name.blur();
  await expect(page.locator('.f-site')).toContainText('个人网站名称不能含有“博客”等字样');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const tags = page.locator('.domains input');
  await tags.fill('www.zhangwei-notes.cn');
  await tags.press('Enter');
  await expect(page.locator('.f-site')).toContainText('请填写不带 www. 与 http:// 的域名');
  await tags.fill('zhangwei-notes.cn');
  await tags.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), arcoOption(page, 'www.zhangwei-notes.cn')));
  await pickAll(page, 'contents', ['其他'], page.locator('.arco-select-popup:visible'), () => page.locator('.contents').click(), (t) => arcoOption(page, t));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').getByText('是', { exact: true }).click();
  await expect(page.locator('.pre-items')).toBeVisible();
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(page.locator('.pre-items')).toHaveCount(0);
  await tab('网站负责人').click();
  await expect(pane(1)).toHaveClass(/arco-tabs-content-item-active/);
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01']);
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), arcoOption(page, '居民身份证')));
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.wp-validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', ['2018-03-01']);
  await tab('备注与说明').click();
  const remark = inp(page, 'remark');
  await remark.fill('个人读书');
  await remark.blur();
  await expect(page.locator('.f-remark')).toContainText('网站备注不少于 10 个字');
  await remark.fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).ack).toBe(false);
  await finish(page, build);
});

test('heldout19-mps-site-person-arco-providertable: a date picker, blur checks, IP rows added and removed, a range picker, button radios of letter codes, a yes / no select revealing checkboxes, a provider table with late autocompletes, selects and a lazy cascader, buttons', async () => {
  const build = 'heldout19-mps-site-person-arco-providertable';
  const page = await open(build);
  await inp(page, 'site-name').fill('张伟的读书笔记');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  await inp(page, 'main-domain').fill('zhangwei-notes.cn');
  const ip0 = inp(page, 'ip-0');
  await ip0.fill('47.96.12.345');
  await ip0.blur();
  await expect(page.locator('.sec-site')).toContainText('47.96.12.345 不是有效的 IP 地址');
  await ip0.fill('47.96.12.34');
  await page.locator('.add-ip').click();
  await inp(page, 'ip-1').fill('2408:4000::1');
  await until(page, 'ips', ['47.96.12.34', '2408:4000::1']);
  await page.locator('.ip-row').nth(1).locator('.del-ip').click();
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'domainCert', ['2025-11-18', '2027-11-18'], () => typeRange(page, page.locator('.domain-cert input'), '2025-11-18', '2027-11-18'));
  await page.locator('.category').getByText('Z 其他', { exact: true }).click();
  await until(page, 'category', 'Z');
  await until(page, 'interactive', '是', () => pick(page, () => page.locator('.interactive').click(), arcoOption(page, '是')));
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await until(page, 'interactive', '否', () => pick(page, () => page.locator('.interactive').click(), arcoOption(page, '否')));
  await until(page, 'interactiveKinds', []);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await arcoOption(page, '阿里云计算有限公司').click({ timeout: 3000 });
  });
  await until(page, 'apJurisdiction', '境内', () => pick(page, () => page.locator('.ap-jurisdiction').click(), arcoOption(page, '境内')));
  await cascade(page, () => page.locator('.ap-region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'apMethod', '租赁虚拟空间', () => pick(page, () => page.locator('.ap-method').click(), arcoOption(page, '租赁虚拟空间')));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(text) }).first();

test('heldout19-baidu-site-person-antd-collapse: collapse panels folded and unfolded, blur checks, a tags select, an autocomplete, a searched select, checkboxes, a switch revealing items, a copy tick locking, a start date and an end date whose footer sets 长期, a textarea, buttons', async () => {
  const build = 'heldout19-baidu-site-person-antd-collapse';
  const page = await open(build);
  const header = (t: string) => page.locator('.site-collapse .ant-collapse-header').filter({ hasText: t }).first();
  const name = inp(page, 'site-name');
  await name.fill('张伟论坛');
  await name.blur();
  await expect(page.locator('.site-collapse')).toContainText('个人网站名称不能含有“论坛”等字样');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const tags = page.locator('.domains input');
  await tags.fill('www.zhangwei-notes.cn');
  await tags.press('Enter');
  await expect(page.locator('.site-collapse')).toContainText('请填写不带 www. 与 http:// 的域名');
  await tags.fill('zhangwei-notes.cn');
  await tags.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.mouse.click(5, 5);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', async () => {
    await inp(page, 'home-url').fill('www');
    await antOption(page, 'www.zhangwei-notes.cn').click({ timeout: 3000 });
  });
  await until(page, 'contents', '其他', async () => {
    await page.locator('.contents').click();
    await page.keyboard.type('其他');
    await antOption(page, '其他').click({ timeout: 3000 });
  });
  await inp(page, 'ip').fill('47.96.12.34');
  await until(page, 'ip', '47.96.12.34');
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await page.locator('.pre-items').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await page.locator('.pre-approval').click();
  await until(page, 'preItems', []);
  await header('其他信息').click();
  await expect(inp(page, 'remark')).toBeHidden();
  await header('其他信息').click();
  await expect(inp(page, 'remark')).toBeVisible();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidTo', '2038-03-01');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '');
  await until(page, 'wpValidFrom', '2018-03-01', () => typeInto(page, page.locator('.wp-valid-from input'), '2018-03-01'));
  await until(page, 'wpLongTerm', true, async () => {
    await page.locator('.wp-valid-to input').click();
    await page.locator('.ant-picker-dropdown:visible .long-btn').click({ timeout: 3000 });
  });
  await expect(page.locator('.long-tag')).toBeVisible();
  await until(page, 'wpValidTo', '2038-03-01', () => typeInto(page, page.locator('.wp-valid-to input'), '2038-03-01'));
  await until(page, 'wpLongTerm', false);
  await inp(page, 'remark').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).wpOffice).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout19-volcengine-basic-unit-fusion-twincards: twin cards, a searched cascader select, a select loading after another, blur checks, a tag select, button radios swapping in an input, a transfer of fetched instances (a disabled one), captcha, consent, 验证', async () => {
  const build = 'heldout19-volcengine-basic-unit-fusion-twincards';
  const page = await open(build);
  await expect(page.locator('.twins > .next-card')).toHaveCount(2);
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], async () => {
    await inp(page, 'region').fill('余杭');
    await page.locator('.next-overlay-wrapper.opened .next-cascader-filtered-item').filter({ hasText: '浙江省 / 杭州市 / 余杭区' }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await expect(page.locator('.cert-type.next-disabled, .cert-type .next-disabled, .next-disabled.cert-type').first()).toBeVisible();
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), nextOption(page, '企业')));
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), nextOption(page, '营业执照（个人或企业）')));
  const no = inp(page, 'cert-number');
  await no.fill('91330110MA2H3K7Q11');
  await no.blur();
  await expect(page.locator('.c-subject')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await inp(page, 'unit-name').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  const tags = inp(page, 'domains');
  for (const d of ['yunqi-demo.cn', 'yunqi-demo.com.cn']) {
    await tags.fill(d);
    await tags.press('Enter');
    await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn'].slice(0, d === 'yunqi-demo.cn' ? 1 : 2));
  }
  await page.mouse.click(5, 5);
  await page.locator('.resource-type').getByText('备案授权码', { exact: true }).click();
  await until(page, 'resourceType', '备案授权码');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.locator('.resource-type').getByText('云服务器ECS', { exact: true }).click();
  await until(page, 'resourceType', '云服务器ECS');
  const item = (t: string) => page.locator('.instances .next-transfer-panel-item').filter({ hasText: t }).first();
  await expect(item('yunqi-staging')).toHaveAttribute('aria-disabled', 'true', { timeout: 5000 });
  await item('yunqi-web-01').click();
  await page.locator('.instances .next-transfer-operation').first().click();
  await until(page, 'instances', ['i-yc4q7x2m9w0e5k3a']);
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请先阅读并同意服务协议');
  const st = await state(page);
  expect([st.agreed, st.captcha]).toEqual([false, '']);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout19-beian-old-subject-unit-native-tabstrip: a tab strip with hidden panels, coded selects, blur checks, a file input, region selects filled over XHR, text dates + 长期, captcha, buttons', async () => {
  const build = 'heldout19-beian-old-subject-unit-native-tabstrip';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('#tab2')).toBeHidden();
  await page.locator('#kbztxz').selectOption({ label: '企业' });
  await until(page, 'subjectNature', '企业');
  await page.locator('#dwmc').fill('杭州云栖示例科技有限公司');
  await page.locator('#dwzjlx').selectOption({ label: '营业执照证书' });
  await until(page, 'unitCertType', '营业执照证书');
  await page.locator('#dwzjhm').fill('91330110MA2H3K7Q11');
  await page.locator('#dwzjhm').blur();
  await expect(page.locator('#dwzjhm_err')).toHaveText('统一社会信用代码校验错误');
  await page.locator('#dwzjhm').fill('91330110MA2H3K7Q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await page.locator('#yxzj').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await page.locator('#frdb').fill('李娜');
  await expect(page.locator('#bg_sheng option', { hasText: '浙江省' })).toHaveCount(1);
  await page.locator('#bg_sheng').selectOption({ label: '浙江省' });
  await expect(page.locator('#bg_shi option', { hasText: '杭州市' })).toHaveCount(1);
  await page.locator('#bg_shi').selectOption({ label: '杭州市' });
  await expect(page.locator('#bg_xian option', { hasText: '余杭区' })).toHaveCount(1);
  await page.locator('#bg_xian').selectOption({ label: '余杭区' });
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#bgxxdz').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await page.locator('#next1').click();
  await expect(page.locator('#tab2')).toBeVisible();
  await expect(page.locator('#tab1')).toBeHidden();
  await page.locator('#fzrxm').fill('李娜');
  await page.locator('#fzrzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '居民身份证');
  await page.locator('#fzrzjhm').fill('330110198511204525');
  await page.locator('#yxqq').fill('2016/05/10');
  await page.locator('#yxqq').blur();
  await expect(page.locator('#yxqq_err')).toHaveText('日期格式应为 yyyy-MM-dd');
  await page.locator('#yxqq').fill('2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await page.locator('#yxqz').fill('2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await page.locator('#cq').check();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(page.locator('#yxqz')).toBeDisabled();
  await page.locator('#tabh3 a').click();
  await expect(page.locator('#tab3')).toBeVisible();
  await page.locator('#sjhm').fill('1360013600');
  await page.locator('#sjhm').blur();
  await expect(page.locator('#sjhm_err')).toHaveText('手机号码格式不正确');
  await page.locator('#sjhm').fill('13600136000');
  await until(page, 'mobile', '13600136000');
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-19 held-out page is in the bundle, served only with its own replicaBuild; the old portal\'s area API answers', async () => {
  checks.holds([
    'heldout19-aliyun-basic-person-tea-querybar', 'heldout19-aliyun-subject-unit-tea-sidecards', 'heldout19-aliyun-site-person-arco-cardtabs',
    'heldout19-mps-site-person-arco-providertable', 'heldout19-mps-principal-unit-tea-matrix', 'heldout19-beian-old-subject-unit-native-tabstrip',
    'heldout19-baidu-site-person-antd-collapse', 'heldout19-volcengine-basic-unit-fusion-twincards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout19-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout19-aliyun-site-person-arco-cardtabs',
    'https://console.volcengine.com/beian/?replicaBuild=heldout19-baidu-site-person-antd-collapse',
    'https://console.bce.baidu.com/other/?replicaBuild=heldout19-baidu-site-person-antd-collapse',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout19/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout19/tea.js')).toBe(200);
  expect(await head('/__heldout19/arco.css')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout19/no-such.css');
  expect(await head('/__heldout19/antd.js')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout19/no-such.css');
  expect(await head('/__heldout19/fusion.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout19/no-such.css');
  const areas = await page.evaluate(() => fetch('/__heldout19/area?parent=3301').then((r) => r.json()) as Promise<{ code: string; name: string }[]>);
  expect(areas.map((a) => a.name)).toContain('余杭区');
});
