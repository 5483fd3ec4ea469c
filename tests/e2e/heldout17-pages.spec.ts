/**
 * The gen-17 replica builds (held out, now retired into tuning) (tests/replicas/heldout17) are real pages: a user driving one widget of each kind on
 * every page (a drawer closed and reopened, button radios, a lazy Arco cascader, selects steering selects, blur checks, an
 * instance select fetched on open with a disabled row, a resource select swapping in an input; an anchor-nav form with
 * whole-tree OpenTiny cascaders, a copying switch, a daterange picker swapped by 长期有效; a Tea segment hiding the uploads,
 * upload buttons with 删除, a face-check button; a descriptions table with a date picker, an input tag, an IP select fed by
 * the main domain, a range picker, a tree select, a switch revealing checkboxes, provider autocompletes, cascaders; a Tea
 * table of fields with a range picker, upload buttons, a lazy menu cascader, an SMS-code button, a switch; an old-portal
 * page of fieldsets with year / month / day selects, chained region selects, coded radios and checkboxes; antd cards with a
 * segmented control, added rows, an autocomplete, a checkable tree select, a transfer, radios revealing items, a copy tick,
 * radios revealing a date picker; a vertical-steps page with a searchable cascader, a vertical radio list, a dragger whose
 * picture is "recognised", a tags select, button radios, a multiple select fetched on open) changes the framework state
 * that getState() reports, and every `expect` key of the build exists in the initial state (keys the profile lacks start
 * empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in /tmp/heldout17/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout17 } from '../replicas/heldout17';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout17, '/tmp/heldout17');
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
    for (const t of path) await page.locator(`${popup}:visible ${item}`).filter({ hasText: exact(t) }).first().click({ timeout: 4000 });
  });
  await page.mouse.click(5, 5);
}

const pg = (x: Page | Locator): Page => ('page' in x && typeof x.page === 'function' ? x.page() : (x as Page));
/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ Arco */

const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout17-aliyun-basic-person-arco-drawer: a drawer closed and reopened, button radios, lazy cascader, selects steering selects, blur checks, an instance select fetched on open (disabled row), a resource select swapping in an input, consent tick, buttons', async () => {
  const build = 'heldout17-aliyun-basic-person-arco-drawer';
  const page = await open(build);
  const drawer = page.locator('.basic-drawer');
  await expect(drawer).toContainText('验证备案类型');
  await drawer.locator('.filing-kind').getByText('App备案', { exact: true }).click();
  await until(page, 'filingKind', 'App备案');
  await drawer.locator('.filing-kind').getByText('网站备案', { exact: true }).click();
  await until(page, 'filingKind', '网站备案');
  await cascade(page, () => drawer.locator('.region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'region', ['浙江省', '杭州市', '西湖区']);
  await expect(drawer.locator('.cert-type')).toHaveClass(/arco-select-disabled/);
  await until(page, 'nature', '企业', () => pick(page, () => drawer.locator('.nature').click(), arcoOption(page, '企业')));
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => drawer.locator('.cert-type').click(), arcoOption(page, '营业执照（个人或企业）')));
  await until(page, 'nature', '个人', () => pick(page, () => drawer.locator('.nature').click(), arcoOption(page, '个人')));
  await until(page, 'certType', '');
  await inp(drawer, 'cert-number').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  const domain = inp(drawer, 'domain');
  await domain.fill('http://zhangwei-notes.cn');
  await domain.blur();
  await expect(drawer.locator('.ctl-domain')).toContainText('不带 www. 与 http://');
  await domain.fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await drawer.locator('.instance').click();
  const short = page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: '39.105.66.8' });
  await expect(short).toHaveClass(/arco-select-option-disabled/, { timeout: 5000 });
  await short.click({ force: true });
  expect((await state(page)).instance).toBe('');
  await until(page, 'instance', 'i-bp17q2zw9x4k1m8d', () => pick(page, () => drawer.locator('.instance').click(), page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: '47.96.12.34' }).first()));
  await until(page, 'resourceType', '备案服务号', () => pick(page, () => drawer.locator('.resource-type').click(), arcoOption(page, '备案服务号')));
  await until(page, 'instance', '');
  await expect(inp(drawer, 'service-code')).toBeVisible();
  await drawer.getByRole('button', { name: '取消' }).click();
  await until(page, 'cancelClicks', 1);
  await expect(drawer).toBeHidden();
  await page.locator('.start').click();
  await expect(inp(drawer, 'domain')).toHaveValue('zhangwei-notes.cn');
  await drawer.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(drawer.locator('.msg')).toContainText('请先阅读并同意服务协议');
  await finish(page, build);
});

test('heldout17-mps-site-unit-arco-desctable: descriptions tables, blur checks, date picker, input tag, an IP select fed by the main domain, range picker, tree select, switch revealing checkboxes, radios, multiple select, provider autocomplete, selects, whole-tree cascader, buttons', async () => {
  const build = 'heldout17-mps-site-unit-arco-desctable';
  const page = await open(build);
  // a field is named by its descriptions cell: no form labels (the radios and checkboxes wrap their own <label>)
  expect(await page.locator('label[for], .arco-form-label-item').count()).toBe(0);
  await inp(page, 'site-name').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const tag = page.locator('.sub-domains input');
  await tag.fill('yunqi-demo.com.cn');
  await tag.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await inp(page, 'main-domain').fill('yunqi-demo.cn');
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  const arcoAny = (t: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(t) }).first();
  await pickAll(page, 'ips', ['47.96.56.78', '2408:4000:1000::10'], page.locator('.arco-select-popup:visible'), () => page.locator('.ips').click(), arcoAny);
  const ipIn = page.locator('.ips input');
  await ipIn.fill('10.0.0.999');
  await ipIn.press('Enter');
  await expect(page.locator('.d-site')).toContainText('10.0.0.999 不是有效的 IP 地址');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.mouse.click(5, 5);
  await until(page, 'domainCert', ['2025-11-01', '2028-11-01'], () => typeRange(page, page.locator('.domain-cert input'), '2025-11-01', '2028-11-01'));
  await until(page, 'category', 'E', () => pick(page, () => page.locator('.category').click(), page.locator('.arco-tree-select-popup:visible .arco-tree-node-title').filter({ hasText: exact('E 信息资讯类') }).first()));
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  for (const k of ['论坛社区', '网络评论']) await page.locator('.interactive-kinds').getByText(k, { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.locator('.dangerous').getByText('否', { exact: true }).click();
  await until(page, 'dangerous', '否');
  for (const l of ['中文简体', '英语']) await page.locator('.languages').getByText(l, { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    const name = page.locator('.ap-name input');
    await name.fill('阿里云');
    await page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await until(page, 'apJurisdiction', '境内', () => pick(page, () => page.locator('.ap-jurisdiction').click(), arcoOption(page, '境内')));
  await cascade(page, () => page.locator('.ap-region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'apMethod', '租赁主机', () => pick(page, () => page.locator('.ap-method').click(), arcoOption(page, '租赁主机')));
  const code = inp(page, 'ap-code');
  await code.fill('67395965');
  await code.blur();
  await expect(page.locator('.ctl-apCode')).toContainText('组织机构代码为 9 位');
  await code.fill('673959654');
  await until(page, 'apCode', '673959654');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();

test('heldout17-aliyun-subject-person-opentiny-anchor: anchor nav, blur checks, whole-tree cascaders, a copying switch, select, daterange picker swapped by 长期有效, phones that must differ, textarea, buttons', async () => {
  const build = 'heldout17-aliyun-subject-person-opentiny-anchor';
  const page = await open(build);
  await expect(page.locator('.facts-ro')).toContainText('330106199003071236');
  await page.locator('.anchor-nav').getByText('联系方式', { exact: true }).click();
  const name = inp(page, 'holder-name');
  await name.fill('Z');
  await name.blur();
  await expect(page.locator('.anchor-form')).toContainText('请填写身份证上的姓名');
  await name.fill('张伟');
  await until(page, 'name', '张伟');
  await inp(page, 'investor').fill('张伟');
  await until(page, 'investor', '张伟');
  await cascade(page, () => page.locator('.cert-region').click(), '.tiny-cascader-dropdown', '.tiny-cascader-node', 'certRegion', ['浙江省', '杭州市', '西湖区']);
  await inp(page, 'cert-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'certDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailSame', true);
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await inp(page, 'mail-detail').fill('文三路 100 号 1 幢 102 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 102 室');
  await inp(page, 'pr-name').fill('张伟');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), tinyOption(page, '居民身份证')));
  const no = inp(page, 'pr-cert-number');
  await no.fill('33010619900307123X');
  await no.blur();
  await expect(page.locator('.anchor-form')).toContainText('证件号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'prCertNumber', '330106199003071236');
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.pr-validity input.tiny-range-input'), '2018-03-01', '2038-03-01'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', ['2018-03-01']);
  await expect(page.locator('.pr-validity')).toHaveCount(0);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', false);
  await until(page, 'prValidity', []);
  await inp(page, 'mobile').fill('13800138000');
  const emg = inp(page, 'emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(page.locator('.anchor-form')).toContainText('不能与手机号码相同');
  await emg.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await inp(page, 'remark').fill('测试');
  await until(page, 'remark', '测试');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box li[aria-selected]').filter({ hasText: exact(text) }).first();

test('heldout17-aliyun-upload-unit-tea-collapse: a segment hiding the uploads, collapse panels, upload buttons with 删除, a face-check button, a consent tick, buttons', async () => {
  const build = 'heldout17-aliyun-upload-unit-tea-collapse';
  const page = await open(build);
  await expect(page.locator('.materials')).toContainText('负责人资料');
  await page.locator('.slot-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(page.locator('.slot-licence')).toContainText('yunqi-licence.png');
  await page.locator('.slot-wpIdFront input[type=file]').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'wpIdFront', ['wangqiang-front.png']);
  await page.locator('.slot-wpIdFront .del-file').click();
  await until(page, 'wpIdFront', []);
  await page.locator('.upload-way').getByText('阿里云App上传', { exact: true }).click();
  await until(page, 'uploadWay', '阿里云App上传');
  await expect(page.locator('.materials')).toHaveCount(0);
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await expect(page.locator('.slot-licence')).toContainText('yunqi-licence.png');
  await page.getByRole('button', { name: '获取核验二维码' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先勾选真实性承诺');
  await page.locator('.promise').click();
  await until(page, 'promise', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await expect(page.locator('.msg')).toContainText('请上传：主体负责人证件 · 正面');
  await finish(page, build);
});

test('heldout17-mps-subject-person-tea-fieldtable: a table of fields, segment, select, blur checks, range picker swapped by 长期, upload buttons, lazy menu cascader, an SMS-code button, switch, buttons', async () => {
  const build = 'heldout17-mps-subject-person-tea-fieldtable';
  const page = await open(build);
  // a field is named by its row's first cell: no form labels (the tick and the switch wrap their own <label>)
  expect(await page.locator('label[for], .tea-form__label').count()).toBe(0);
  await expect(page.locator('.field-table thead')).toContainText('填写说明');
  await page.locator('.subject-kind').getByText('个人', { exact: true }).click();
  await until(page, 'subjectKind', '个人');
  await inp(page, 'name').fill('张伟');
  await until(page, 'certType', '居民身份证', () => pick(page, () => page.locator('.cert-type').click(), teaOption(page, '居民身份证')));
  const no = inp(page, 'cert-number');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(page.locator('.ctl-certNumber')).toContainText('证件号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await until(page, 'validity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.long-term').click();
  await until(page, 'longTerm', true);
  await until(page, 'validity', ['2018-03-01']);
  await expect(page.locator('.validity')).toHaveCount(0);
  await page.locator('.long-term').click();
  await until(page, 'longTerm', false);
  await page.locator('.slot-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await cascade(page, () => page.locator('.home-region').click(), '.tea-cascader-menu', 'li', 'homeRegion', ['浙江省', '杭州市', '西湖区']);
  await inp(page, 'home-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'homeDetail', '文三路 100 号 1 幢 101 室');
  await expect(page.locator('.send-code')).toBeDisabled();
  await inp(page, 'mobile').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await page.locator('.send-code').click();
  await expect(page.locator('.send-code')).toContainText('秒后重发');
  expect((await state(page)).smsCode).toBe('');
  const email = inp(page, 'email');
  await email.fill('zhangwei@');
  await email.blur();
  await expect(page.locator('.ctl-email')).toContainText('邮箱格式不正确');
  await email.fill('zhangwei@example.com');
  await until(page, 'email', 'zhangwei@example.com');
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', true);
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', false);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antdOption = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(text) }).first();

test('heldout17-huawei-site-unit-antd-grid3: segmented, blur checks, added rows, autocomplete fed by the domains, checkable tree select, transfer, radios revealing items, IP textarea, a copy tick, select, date pickers revealed by radios, buttons', async () => {
  const build = 'heldout17-huawei-site-unit-antd-grid3';
  const page = await open(build);
  await page.locator('.service-kind').getByText('App', { exact: true }).click();
  await until(page, 'serviceKind', 'App');
  const name = inp(page, 'site-name');
  await name.fill('云栖');
  await name.blur();
  await expect(page.locator('.ant-form-item').filter({ hasText: '网站名称' })).toContainText('至少包含 3 个汉字');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await inp(page, 'main-domain').fill('yunqi-demo.cn');
  await inp(page, 'sub-0').fill('yunqi-demo.com.cn');
  await page.locator('.add-sub').click();
  await inp(page, 'sub-1').fill('yunqi-demo.net');
  await until(page, 'subDomains', ['yunqi-demo.com.cn', 'yunqi-demo.net']);
  await page.locator('.sub-row').nth(1).locator('.del-sub').click();
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', async () => {
    const home = inp(page, 'home-url');
    await home.fill('www.yunqi-demo.c');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact('www.yunqi-demo.cn') }).first().click({ timeout: 3000 });
  });
  await pickAll(page, 'contents', ['单位门户网站'], page.locator('.ant-select-dropdown:visible .ant-select-tree'), () => page.locator('.contents').click(),
    (t) => page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode').filter({ has: page.locator('.ant-select-tree-title', { hasText: exact(t) }) }).locator('.ant-select-tree-checkbox').first());
  for (const l of ['中文简体', '英语']) await page.locator('.languages .ant-transfer-list-content-item').filter({ hasText: exact(l) }).click();
  await page.locator('.languages .ant-transfer-actions button').first().click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.locator('.pre-approval').getByText('涉及', { exact: true }).click();
  await until(page, 'preApproval', '涉及');
  await page.locator('.pre-items').getByText('新闻', { exact: true }).click();
  await until(page, 'preItems', ['新闻']);
  const ips = inp(page, 'ips');
  await ips.fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpValidKind', '长期');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '');
  await inp(page, 'wp-name').fill('王强');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), antdOption(page, '居民身份证')));
  await inp(page, 'wp-cert-number').fill('110105198808123011');
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await expect(page.locator('.wp-valid-to')).toHaveCount(0);
  await page.locator('.wp-valid-kind').getByText('指定日期', { exact: true }).click();
  await until(page, 'wpValidKind', '指定日期');
  await until(page, 'wpValidTo', '2040-08-12', () => typeInto(page, page.locator('.wp-valid-to input'), '2040-08-12'));
  await inp(page, 'wp-emergency').fill('18700187000');
  await until(page, 'wpEmergency', '18700187000');
  // antd spaces a two-character button's text (保 存)
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout17-tencent-basic-unit-antd-licenceocr: vertical steps, searchable cascader, a select steering a vertical radio list, a dragger whose picture is recognised (an existing number kept), USCC blur check, tags select refusing www., button radios swapping in an input, a multiple select fetched on open, buttons', async () => {
  const build = 'heldout17-tencent-basic-unit-antd-licenceocr';
  const page = await open(build);
  await expect(page.locator('.rail .ant-steps-vertical')).toHaveCount(1);
  await cascade(page, () => page.locator('.region').click(), '.ant-cascader-dropdown', '.ant-cascader-menu-item', 'region', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), antdOption(page, '企业')));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await page.locator('.licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await expect(page.locator('.ocr-result')).toContainText('杭州云栖示例科技有限公司');
  const no = inp(page, 'cert-number');
  await no.fill('91330110MA2H3K7Q11');
  await no.blur();
  await expect(page.locator('.ant-form-item').filter({ hasText: '主办者证件号码' })).toContainText('统一社会信用代码校验未通过');
  await page.locator('.licence .ant-upload-list-item').hover();
  await page.locator('.licence .ant-upload-list-item button').first().click();
  await until(page, 'licence', []);
  await page.locator('.licence input[type=file]').setInputFiles(file('licence-2.png'));
  await until(page, 'licence', ['licence-2.png']);
  await expect(page.locator('.ocr-result')).toBeVisible();
  expect((await state(page)).certNumber).toBe('91330110MA2H3K7Q11');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  const tags = page.locator('.domains input');
  await tags.fill('www.yunqi-demo.cn');
  await tags.press('Enter');
  await expect(page.locator('.ant-form-item').filter({ hasText: '网站域名' })).toContainText('不带 www.');
  expect((await state(page)).domains).toEqual([]);
  for (const d of ['yunqi-demo.cn', 'yunqi-demo.com.cn']) { await tags.fill(d); await tags.press('Enter'); }
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.locator('.cloud-type').getByText('备案授权码', { exact: true }).click();
  await until(page, 'cloudType', '备案授权码');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.locator('.cloud-type').getByText('云服务器', { exact: true }).click();
  await pickAll(page, 'serverIps', ['47.96.56.78', '2408:4000:1000::10'], page.locator('.ant-select-dropdown:visible'), () => page.locator('.server-ips').click(),
    (t) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `${t}（` }).first());
  await page.getByRole('button', { name: /^验\s*证$/ }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并同意服务协议');
  expect((await state(page)).agreed).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout17-beian-old-site-person-native-legends: fieldsets without labels, blur checks, year / month / day selects, an IP textarea, coded radios and checkboxes, chained region selects, coded selects, captcha, buttons', async () => {
  const build = 'heldout17-beian-old-site-person-native-legends';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  expect(await page.locator('label:has(input[type=text]), label:has(select), label[for]').count()).toBe(0);
  await expect(page.locator('legend')).toHaveText(['网站信息', '服务信息', '网络接入服务商', '域名注册服务商']);
  await page.locator('#wzmc').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await page.locator('#wzym').fill('www.zhangwei-notes.cn');
  await page.locator('#wzym').blur();
  await expect(page.locator('#wzym_err')).toHaveText('请填写不带www.和http://的域名');
  await page.locator('#wzym').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await page.locator('#icpbah').fill('浙ICP备1号');
  await page.locator('#icpbah').blur();
  await expect(page.locator('#icpbah_err')).toHaveText('格式如：浙ICP备12345678号-1');
  await page.locator('#icpbah').fill('');
  await until(page, 'icpNumber', '');
  await page.locator('#kt_y').selectOption('2025');
  await page.locator('#kt_m').selectOption('11');
  expect((await state(page)).openedAt).toBe('');
  await page.locator('#kt_d').selectOption('20');
  await until(page, 'openedAt', '2025-11-20');
  await page.locator('#wzip').fill('47.96.12.34\n');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('input[name=sfjh][value="0"]').check();
  await until(page, 'interactive', '否');
  await page.locator('input[name=wxwp][value="1"]').check();
  await until(page, 'dangerous', '是');
  await page.locator('input[name=wxwp][value="0"]').check();
  await until(page, 'dangerous', '否');
  await page.locator('input[name=qzxk][value="03"]').check();
  await until(page, 'preLicences', ['教育']);
  await page.locator('input[name=qzxk][value="03"]').uncheck();
  await until(page, 'preLicences', []);
  await page.locator('input[name=wzyz][value="05"]').check();
  await until(page, 'languages', ['中文简体']);
  await page.locator('#jrgx').selectOption({ label: '境内' });
  await until(page, 'apJurisdiction', '境内');
  await expect(page.locator('#jr_shi')).toBeDisabled();
  await page.locator('#jr_sheng').selectOption({ label: '浙江省' });
  await expect(page.locator('#jr_shi')).toBeEnabled();
  await page.locator('#jr_shi').selectOption({ label: '杭州市' });
  await expect(page.locator('#jr_xian')).toBeEnabled();
  await page.locator('#jr_xian').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#jrmc').fill('阿里云计算有限公司');
  await page.locator('#jrfs').selectOption({ label: '租赁虚拟空间' });
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.locator('#jrdm').fill('6739596');
  await page.locator('#jrdm').blur();
  await expect(page.locator('#jrdm_err')).toHaveText('组织机构代码为9位');
  await page.locator('#jrdm').fill('673959654');
  await until(page, 'apCode', '673959654');
  await page.locator('#zc_sheng').selectOption({ label: '浙江省' });
  await expect(page.locator('#zc_shi')).toBeEnabled();
  await page.locator('#zc_shi').selectOption({ label: '杭州市' });
  await until(page, 'rgRegion', ['浙江省', '杭州市']);
  await page.locator('#zcdh').fill('010-65985888');
  await until(page, 'rgPhone', '010-65985888');
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-17 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout17-aliyun-basic-person-arco-drawer', 'heldout17-aliyun-subject-person-opentiny-anchor', 'heldout17-aliyun-upload-unit-tea-collapse',
    'heldout17-mps-site-unit-arco-desctable', 'heldout17-mps-subject-person-tea-fieldtable', 'heldout17-beian-old-site-person-native-legends',
    'heldout17-huawei-site-unit-antd-grid3', 'heldout17-tencent-basic-unit-antd-licenceocr',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout17-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout17-aliyun-upload-unit-tea-collapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout17-tencent-basic-unit-antd-licenceocr',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout17-tencent-basic-unit-antd-licenceocr',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout17/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout17/arco.js')).toBe(200);
  expect(await head('/__heldout17/tea.css')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout17/no-such.css');
  expect(await head('/__heldout17/antd.js')).toBe(200);
  await page.goto('https://beian.aliyun.com/__heldout17/no-such.css');
  expect(await head('/__heldout17/opentiny.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout17/no-such.css');
  expect(await head('/__heldout17/opentiny.css')).toBe(200);
});
