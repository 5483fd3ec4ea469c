/**
 * The gen-18 replica builds (held out, now retired into tuning) (tests/replicas/heldout18) are real pages: a user driving one widget of each kind on
 * every page (a two-column grid with radios, a tree select whose levels are fetched when expanded, a select whose options
 * load after another's choice, blur checks, added domain rows, a resource select swapping in an input, an instance dialog
 * fetched on open with a disabled row, 重置; vertical OpenTiny tabs with domain chips, a derived read-only home URL, a
 * multiple select, button checkboxes, a yes / no select revealing items, source radios copying and locking, a start date +
 * a term select deriving the end; an Arco descriptions list of picture-card uploads, button radios hiding them, a face
 * button, a consent tick; four TDesign cards with button radios, three async region selects, image uploads, date pickers +
 * a switch, a one-text area autocomplete, a yes / no select; an Element Plus timeline with a daterange swapped by 长期, lazy
 * and whole-tree cascaders, a switch, an allow-create select, an input tag, button radios revealing checkboxes,
 * autocompletes answered late, copy tick and switch, picture-card uploads; an old-portal page of stacked roles with real
 * labels, date inputs, a copy button and file inputs; an Element Plus dialog over a site table with a prepend input, a
 * grouped select, a checkable tree select, a checkbox revealing items, an import select copying and locking, a one-text
 * validity + 长期; Fusion numbered blocks with a lazy cascader select, radios revealing fields, a range picker swapped by a
 * switch, an area-code select + number) changes the framework state that getState() reports, and every `expect` key of the
 * build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other
 * request aborted. Screenshots land in /tmp/heldout18/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout18 } from '../replicas/heldout18';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout18, '/tmp/heldout18');
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

/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ TDesign */

const tdOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();

test('heldout18-aliyun-basic-unit-tdesign-pickdialog: radios, a tree select fetched level by level, a select loading after another, blur checks, added domain rows, a resource select swapping in an input, an instance dialog fetched on open (disabled row), consent, 信息校验, 重置', async () => {
  const build = 'heldout18-aliyun-basic-unit-tdesign-pickdialog';
  const page = await open(build);
  await page.locator('.info-kind').getByText('App', { exact: true }).click();
  await until(page, 'infoKind', 'App');
  await page.locator('.info-kind').getByText('网站', { exact: true }).click();
  await until(page, 'infoKind', '网站');
  // a tree: a level expands on click (fetched), and a second click would fold it again: click only what is not open yet
  const path = ['浙江省', '杭州市', '余杭区'];
  const node = (t: string) => page.locator('.t-popup:visible .t-tree__item').filter({ hasText: exact(t) }).first();
  await until(page, 'region', path, async () => {
    if (!(await page.locator('.t-popup:visible').count())) await page.locator('.region').click();
    for (let i = 0; i < path.length; i++) {
      if (i < path.length - 1 && (await node(path[i + 1]!).isVisible())) continue;
      await node(path[i]!).click({ timeout: 4000 });
    }
  });
  await expect(page.locator('.cert-type .t-input')).toHaveClass(/t-is-disabled/);
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), tdOption(page, '企业')));
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), tdOption(page, '营业执照（个人或企业）')));
  const no = inp(page, 'cert-number');
  await no.fill('91330110MA2H3K7Q11');
  await no.blur();
  await expect(page.locator('.t-form__item').filter({ hasText: '主办单位证件号码' })).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  const d0 = inp(page, 'domain-0');
  await d0.fill('www.yunqi-demo.cn');
  await d0.blur();
  await expect(page.locator('.t-form__item').filter({ has: page.locator('.domain-rows') })).toContainText('请填写不带 www. 与 http:// 的域名');
  await d0.fill('yunqi-demo.cn');
  await page.locator('.add-domain').click();
  await inp(page, 'domain-1').fill('yunqi-demo.com.cn');
  await page.locator('.add-domain').click();
  await inp(page, 'domain-2').fill('yunqi-demo.net');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net']);
  await page.locator('.domain-row').nth(2).locator('.del-domain').click();
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'resourceType', '备案服务号', () => pick(page, () => page.locator('.resource-type').click(), tdOption(page, '备案服务号')));
  await expect(inp(page, 'service-code')).toBeVisible();
  await until(page, 'resourceType', '云服务器ECS', () => pick(page, () => page.locator('.resource-type').click(), tdOption(page, '云服务器ECS')));
  await page.locator('.pick-instance').click();
  const dialog = page.locator('.instance-dialog .t-dialog');
  await expect(dialog).toBeVisible();
  const shortRow = dialog.locator('tbody tr').filter({ hasText: '47.96.201.7' });
  await expect(shortRow.locator('.t-radio')).toHaveClass(/t-is-disabled/, { timeout: 5000 });
  await dialog.locator('tbody tr').filter({ hasText: '47.96.56.78' }).locator('.t-radio').click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await until(page, 'instance', 'i-bp1yq7d2k5x9w3m0');
  await expect(page.locator('.picked-tag')).toContainText('i-bp1yq7d2k5x9w3m0');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并同意服务条款');
  expect((await state(page)).agreed).toBe(false);
  await finish(page, build);
  await page.getByRole('button', { name: '重置' }).click();
  await until(page, 'resetClicks', 1);
  await until(page, 'certNumber', '');
  await until(page, 'domains', []);
});

test('heldout18-mps-subject-unit-tdesign-quad: four cards, button radios, selects, blur checks, image uploads, three async region selects, two date pickers + a 长期 switch, a one-text area autocomplete, a yes / no select, buttons', async () => {
  const build = 'heldout18-mps-subject-unit-tdesign-quad';
  const page = await open(build);
  await expect(page.locator('.quad > .t-card')).toHaveCount(4);
  await page.locator('.subject-kind').getByText('单位', { exact: true }).click();
  await until(page, 'subjectKind', '单位');
  await inp(page, 'unit-name').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => pick(page, () => page.locator('.unit-cert-type').click(), tdOption(page, '营业执照证书')));
  const no = inp(page, 'unit-cert-number');
  await no.fill('91330110MA2H3K7Q1X');
  await no.blur();
  await expect(page.locator('.q-unit')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await inp(page, 'legal-rep').fill('李娜');
  await until(page, 'legalRep', '李娜');
  await expect(page.locator('.office-city .t-input')).toHaveClass(/t-is-disabled/);
  await until(page, 'officeRegion', ['浙江省'], () => pick(page, () => page.locator('.office-province').click(), tdOption(page, '浙江省')));
  await until(page, 'officeRegion', ['浙江省', '杭州市'], () => pick(page, () => page.locator('.office-city').click(), tdOption(page, '杭州市')));
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], () => pick(page, () => page.locator('.office-district').click(), tdOption(page, '余杭区')));
  await inp(page, 'office-detail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await inp(page, 'pr-name').fill('李娜');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), tdOption(page, '居民身份证')));
  await inp(page, 'pr-cert-number').fill('330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await until(page, 'prValidTo', '2036-05-10', () => typeInto(page, page.locator('.pr-valid-to input'), '2036-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(page.locator('.pr-valid-to input')).toBeDisabled();
  await until(page, 'homeArea', '浙江省杭州市余杭区', async () => {
    const area = inp(page, 'home-area');
    await area.fill('余杭');
    await page.locator('.t-popup:visible li').filter({ hasText: exact('浙江省杭州市余杭区') }).first().click({ timeout: 3000 });
  });
  await inp(page, 'home-area').fill('浙江省 / 杭州市 / 西湖区');
  await until(page, 'homeArea', '浙江省杭州市西湖区');
  await page.mouse.click(5, 5);
  await page.locator('.up-idBack input[type=file]').setInputFiles(file('lina-back.png'));
  await until(page, 'idBack', ['lina-back.png']);
  const mail = inp(page, 'email');
  await mail.fill('lina@');
  await mail.blur();
  await expect(page.locator('.q-contact')).toContainText('邮箱格式不正确');
  await mail.fill('lina@yunqi-demo.cn');
  await until(page, 'email', 'lina@yunqi-demo.cn');
  await until(page, 'genAI', '否', () => pick(page, () => page.locator('.gen-ai').click(), tdOption(page, '否')));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();

test('heldout18-aliyun-site-unit-opentiny-vtabs: vertical tabs, blur checks, domain chips (Enter / 添加 / ×), a derived read-only home URL, a multiple select, button checkboxes, a yes / no select revealing items, source radios copying and locking, a start date + a term select deriving the end, phones that must differ, a required textarea, buttons', async () => {
  const build = 'heldout18-aliyun-site-unit-opentiny-vtabs';
  const page = await open(build);
  const tab = (t: string) => page.locator('.site-tabs .tiny-tabs__item').filter({ hasText: exact(t) }).first();
  const name = inp(page, 'site-name');
  await name.fill('云栖');
  await name.blur();
  await expect(page.locator('.site-tabs')).toContainText('至少包含 3 个汉字');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const dom = inp(page, 'domain-input');
  await dom.fill('http://yunqi-demo.cn');
  await dom.press('Enter');
  await expect(page.locator('.site-tabs')).toContainText('不带 www. 与 http://');
  await dom.fill('yunqi-demo.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await dom.fill('yunqi-demo.com.cn');
  await page.locator('.add-domain').click();
  await dom.fill('yunqi-demo.net');
  await dom.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net']);
  await page.locator('.domain-chip').filter({ hasText: 'yunqi-demo.net' }).locator('.tiny-tag__close, svg').first().click();
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await expect(page.locator('.home-url')).toHaveText('www.yunqi-demo.cn');
  await pickAll(page, 'contents', ['单位门户网站'], page.locator('.tiny-select-dropdown:visible'), () => page.locator('.contents').click(), (t) => tinyOption(page, t));
  for (const l of ['中文简体', '英语']) await page.locator('.languages').getByText(l, { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await until(page, 'preApproval', '是', () => pick(page, () => page.locator('.pre-approval').click(), tinyOption(page, '是')));
  await page.locator('.pre-items').getByText('新闻', { exact: true }).click();
  await until(page, 'preItems', ['新闻']);
  await until(page, 'preApproval', '否', () => pick(page, () => page.locator('.pre-approval').click(), tinyOption(page, '否')));
  await until(page, 'preItems', []);
  await expect(page.locator('.pre-items')).toHaveCount(0);
  await expect(inp(page, 'wp-name')).toBeHidden();
  await tab('网站负责人').click();
  await expect(inp(page, 'wp-name')).toBeVisible();
  await page.locator('.wp-source').getByText('同主体负责人（李娜）', { exact: true }).click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpValidTo', '');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-source').getByText('另行填写', { exact: true }).click();
  await until(page, 'wpName', '');
  await inp(page, 'wp-name').fill('王强');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), tinyOption(page, '居民身份证')));
  const no = inp(page, 'wp-cert-number');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(page.locator('.site-tabs')).toContainText('证件号码校验未通过');
  await no.fill('110105198808123011');
  await until(page, 'wpCertNumber', '110105198808123011');
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, inp(page, 'wp-valid-from'), '2020-08-12'));
  await until(page, 'wpValidTo', '2040-08-12', () => pick(page, () => page.locator('.wp-term').click(), tinyOption(page, '20年')));
  await expect(page.locator('.wp-valid-to')).toHaveText('2040-08-12');
  await inp(page, 'wp-mobile').fill('18600186000');
  const emg = inp(page, 'wp-emergency');
  await emg.fill('18600186000');
  await emg.blur();
  await expect(page.locator('.site-tabs')).toContainText('不能与手机号码相同');
  await emg.fill('18700187000');
  await until(page, 'wpEmergency', '18700187000');
  await tab('网站备注').click();
  const remark = inp(page, 'remark');
  await remark.fill('官网');
  await remark.blur();
  await expect(page.locator('.site-tabs')).toContainText('不少于 10 个字');
  await remark.fill('');
  await until(page, 'remark', '');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

test('heldout18-aliyun-upload-person-arco-desclist: a descriptions list of picture-card uploads (removable), button radios hiding them, a face button, a consent tick, buttons', async () => {
  const build = 'heldout18-aliyun-upload-person-arco-desclist';
  const page = await open(build);
  await expect(page.locator('.mat-desc .arco-descriptions-item-label')).toHaveCount(5);
  await page.locator('.slot-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await page.locator('.slot-residence input[type=file]').setInputFiles(file('juzhuzheng.png'));
  await until(page, 'residence', ['juzhuzheng.png']);
  const card = page.locator('.slot-residence .arco-upload-list-item').first();
  await card.hover();
  await card.locator('.arco-upload-list-remove-icon').click();
  await until(page, 'residence', []);
  await page.locator('.upload-way').getByText('阿里云App扫码上传', { exact: true }).click();
  await until(page, 'uploadWay', '阿里云App扫码上传');
  await expect(page.locator('.mat-desc')).toHaveCount(0);
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await expect(page.locator('.slot-idFront .arco-upload-list-item')).toHaveCount(1);
  await page.getByRole('button', { name: '开始人脸核验' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先勾选承诺');
  await page.locator('.promise').click();
  await until(page, 'promise', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await expect(page.locator('.msg')).toContainText('请上传：主办者身份证 · 国徽面');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elOption = (page: Page, text: string) => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: exact(text) }).first();

test('heldout18-mps-apply-person-elp-timeline: a timeline of cards, selects, blur checks, a daterange swapped by 长期, lazy and whole-tree cascaders, a switch, date pickers, an allow-create select, an input tag, button radios revealing checkboxes, checkbox groups, a multiple select, late autocompletes, radios, a copy tick and a copy switch, picture-card uploads, buttons', async () => {
  const build = 'heldout18-mps-apply-person-elp-timeline';
  const page = await open(build);
  await expect(page.locator('.el-timeline-item')).toHaveCount(4);
  await until(page, 'subjectKind', '个人', () => pick(page, () => page.locator('.subject-kind').click(), elOption(page, '个人')));
  await inp(page, 'name').fill('张伟');
  await until(page, 'certType', '居民身份证', () => pick(page, () => page.locator('.cert-type').click(), elOption(page, '居民身份证')));
  const no = inp(page, 'cert-number');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(page.locator('.sec-subject')).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await until(page, 'validity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.sec-subject .validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.long-term').click();
  await until(page, 'validity', ['2018-03-01']);
  await page.locator('.long-term').click();
  await until(page, 'validity', []);
  await cascade(page, () => page.locator('.home-region').click(), '.el-cascader__dropdown', '.el-cascader-node', 'homeRegion', ['浙江省', '杭州市', '西湖区']);
  await inp(page, 'home-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'homeDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', true);
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', false);
  const icp = inp(page, 'icp-number');
  await icp.fill('浙ICP备1号');
  await icp.blur();
  await expect(page.locator('.sec-site')).toContainText('格式如：浙ICP备12345678号-1');
  await icp.fill('');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  await inp(page, 'main-domain').fill('zhangwei-notes.cn');
  await until(page, 'subDomains', ['zhangwei.cn'], async () => {
    await page.locator('.sub-domains').click();
    await page.keyboard.type('zhangwei.cn');
    await page.keyboard.press('Enter');
  });
  await page.locator('.sub-domains .el-tag__close').first().click();
  await until(page, 'subDomains', []);
  await page.mouse.click(5, 5);
  const ip = page.locator('.ips input');
  await ip.fill('47.96.12.34');
  await ip.press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await ip.fill('47.96.12.345');
  await ip.press('Enter');
  await expect(page.locator('.sec-site')).toContainText('47.96.12.345 不是有效的 IP 地址');
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'domainCertTo', '2027-11-18', () => typeInto(page, page.locator('.domain-cert-to input'), '2027-11-18'));
  // a whole-tree cascader whose top-level leaf reports its code (emitPath off)
  await until(page, 'category', 'Z', async () => {
    if (!(await page.locator('.el-cascader__dropdown:visible').count())) await page.locator('.category').click();
    await page.locator('.el-cascader__dropdown:visible .el-cascader-node').filter({ hasText: exact('Z 其他') }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactiveKinds', []);
  await until(page, 'dangerous', '否', () => pick(page, () => page.locator('.dangerous').click(), elOption(page, '否')));
  await page.locator('.pre-licences').getByText('教育', { exact: true }).click();
  await until(page, 'preLicences', ['教育']);
  await page.locator('.pre-licences').getByText('教育', { exact: true }).click();
  await until(page, 'preLicences', []);
  await pickAll(page, 'languages', ['中文简体'], page.locator('.el-select-dropdown:visible'), () => page.locator('.languages').click(), (t) => elOption(page, t));
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await page.locator('.el-autocomplete-suggestion:visible li').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await cascade(page, () => page.locator('.ap-region').click(), '.el-cascader__dropdown', '.el-cascader-node', 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'apMethod', '租赁虚拟空间', () => pick(page, () => page.locator('.ap-method').click(), elOption(page, '租赁虚拟空间')));
  const code = inp(page, 'ap-code');
  await code.fill('67395965');
  await code.blur();
  await expect(page.locator('.sec-site')).toContainText('接入商编码为 9 位组织机构代码');
  await code.fill('673959654');
  await until(page, 'apCode', '673959654');
  await page.locator('.sec-same').click();
  await until(page, 'secName', '张伟');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await expect(inp(page, 'sec-name')).toBeDisabled();
  await page.locator('.photo-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('.emg-same').click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgMobile', '13800138000');
  await page.locator('.emg-same').click();
  await until(page, 'emgName', '');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并勾选');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

test('heldout18-tencent-site-person-elp-dialog: a dialog over a site table (closed and reopened), blur checks, a prepend input, a grouped select, a checkable tree select, a checkbox revealing items, an import select copying and locking, a one-text validity + 长期, phones that must differ, a textarea, buttons', async () => {
  const build = 'heldout18-tencent-site-person-elp-dialog';
  const page = await open(build);
  const dialog = page.locator('.site-dialog');
  await expect(dialog).toBeVisible();
  const name = inp(dialog, 'site-name');
  await name.fill('张伟的博客');
  await name.blur();
  await expect(dialog).toContainText('个人网站名称不能含有“博客”等字样');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await dialog.getByRole('button', { name: '取消' }).click();
  await until(page, 'cancelClicks', 1);
  await expect(dialog).toBeHidden();
  await expect(page.locator('.site-table')).toContainText('张伟的读书笔记');
  await page.locator('.edit-site').click();
  await expect(dialog).toBeVisible();
  await expect(inp(dialog, 'site-name')).toHaveValue('张伟的读书笔记');
  await inp(dialog, 'domain').fill('zhangwei-notes.cn');
  const home = inp(dialog, 'home-url');
  await expect(dialog.locator('.home-url .el-input-group__prepend')).toHaveText('http://');
  await home.fill('www.zhangwei.cn');
  await home.blur();
  await expect(dialog).toContainText('首页URL须为网站域名或其 www. 子域名');
  await home.fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await until(page, 'contents', '其他', () => pick(page, () => dialog.locator('.contents').click(), elOption(page, '其他')));
  await until(page, 'languages', ['中文简体'], async () => {
    if (!(await page.locator('.el-popper:visible .el-tree').count())) await dialog.locator('.languages').click();
    await page.locator('.el-popper:visible .el-tree-node__content').filter({ has: page.locator('.el-select-dropdown__item', { hasText: exact('中文简体') }) }).locator('.el-checkbox').first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await dialog.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await dialog.locator('.pre-items').getByText('文化', { exact: true }).click();
  await until(page, 'preItems', ['文化']);
  await dialog.locator('.pre-approval').click();
  await until(page, 'preItems', []);
  await until(page, 'wpName', '张伟', () => pick(page, () => dialog.locator('.wp-source').click(), elOption(page, '张伟（主体负责人）')));
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01']);
  await expect(inp(dialog, 'wp-name')).toBeDisabled();
  await until(page, 'wpName', '', () => pick(page, () => dialog.locator('.wp-source').click(), elOption(page, '新建负责人')));
  await inp(dialog, 'wp-name').fill('张伟');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => dialog.locator('.wp-cert-type').click(), elOption(page, '居民身份证')));
  await inp(dialog, 'wp-cert-number').fill('330106199003071236');
  const validity = inp(dialog, 'wp-validity');
  await validity.fill('2018-03-01');
  await validity.blur();
  await expect(dialog).toContainText('格式：开始日期 至 结束日期');
  await validity.fill('2018-03-01 至 2038-03-01');
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01']);
  await dialog.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', ['2018-03-01']);
  await dialog.locator('.wp-long-term').click();
  await until(page, 'wpValidity', []);
  await inp(dialog, 'wp-mobile').fill('13800138000');
  const emg = inp(dialog, 'wp-emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(dialog).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13900139000');
  await until(page, 'wpEmergency', '13900139000');
  await inp(dialog, 'remark').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(dialog.locator('.msg')).toContainText('请完善带 * 的信息后保存');
  await inp(dialog, 'wp-email').fill('zhangwei@example.com');
  await validity.fill('2018-03-01 至 2038-03-01');
  await dialog.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 2);
  await expect(dialog).toBeHidden();
  await expect(page.locator('.site-table')).toContainText('已保存');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout18-huawei-subject-unit-fusion-numbered: numbered blocks, blur checks, a lazy cascader select, radios revealing fields, a select, a range picker swapped by a 长期 switch, radios revealing an upload, phones that must differ, an area-code select + number, buttons', async () => {
  const build = 'heldout18-huawei-subject-unit-fusion-numbered';
  const page = await open(build);
  await expect(page.locator('.nblock h3 .no')).toHaveText(['1', '2', '3']);
  const name = inp(page, 'unit-name');
  await name.fill('云栖示例');
  await name.blur();
  await expect(page.locator('.b-unit')).toContainText('请填写营业执照上的单位全称');
  await name.fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await cascade(page, () => page.locator('.cert-region').click(), '.next-cascader', '.next-cascader-menu-item', 'certRegion', ['浙江省', '杭州市', '余杭区']);
  await inp(page, 'cert-detail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'certDetail', '文一西路 969 号 2 幢 305 室');
  await page.locator('.mail-same').getByText('不一致', { exact: true }).click();
  await until(page, 'mailSame', '不一致');
  await until(page, 'mailRegion', []);
  await expect(page.locator('.mail-region')).toBeVisible();
  await page.locator('.mail-same').getByText('一致', { exact: true }).click();
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-region')).toHaveCount(0);
  await inp(page, 'investor').fill('杭州云栖示例科技有限公司');
  await inp(page, 'pr-name').fill('李娜');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), nextOption(page, '居民身份证')));
  await inp(page, 'pr-cert-number').fill('330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => typeRange(page, page.locator('.pr-validity input'), '2016-05-10', '2036-05-10'));
  await until(page, 'prValidTo', '2036-05-10');
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await until(page, 'prValidFrom', '2016-05-10');
  await page.locator('.is-legal-rep').getByText('否', { exact: true }).click();
  await until(page, 'isLegalRep', '否');
  await expect(page.locator('.auth-letter')).toBeVisible();
  await page.locator('.is-legal-rep').getByText('是', { exact: true }).click();
  await until(page, 'isLegalRep', '是');
  await inp(page, 'mobile').fill('13600136000');
  const emg = inp(page, 'emergency');
  await emg.fill('13600136000');
  await emg.blur();
  await expect(page.locator('.b-contact')).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13700137000');
  await until(page, 'emergency', '13700137000');
  await until(page, 'office', '0571', () => pick(page, () => page.locator('.office-area').click(), nextOption(page, '0571 杭州')));
  await inp(page, 'office-number').fill('88886666');
  await until(page, 'office', '0571-88886666');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout18-beian-old-principal-person-native-stacked: stacked roles with real labels above the inputs, coded selects, blur checks, date inputs + 长期, file inputs, a copy button, captcha, buttons', async () => {
  const build = 'heldout18-beian-old-principal-person-native-stacked';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('.role .bar')).toHaveCount(2);
  await page.locator('#role-aq').getByLabel('姓名').fill('张伟');
  await until(page, 'secName', '张伟');
  await page.locator('#aq_zjlx').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await page.locator('#aq_zjhm').fill('330106199003071237');
  await page.locator('#aq_zjhm').blur();
  await expect(page.locator('#aq_zjhm_err')).toHaveText('身份证号码校验错误');
  await page.locator('#aq_zjhm').fill('330106199003071236');
  await until(page, 'secCertNumber', '330106199003071236');
  await page.locator('#aq_yxq_q').fill('2018-03-01');
  await until(page, 'secValidFrom', '2018-03-01');
  await page.locator('#aq_yxq_z').fill('2038-03-01');
  await until(page, 'secValidTo', '2038-03-01');
  await page.locator('#aq_cq').check();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(page.locator('#aq_yxq_z')).toBeDisabled();
  await page.locator('#aq_cq').uncheck();
  await until(page, 'secLongTerm', false);
  await page.locator('#aq_sj').fill('1380013800');
  await page.locator('#aq_sj').blur();
  await expect(page.locator('#aq_sj_err')).toHaveText('手机号码格式不正确');
  await page.locator('#aq_sj').fill('13800138000');
  await until(page, 'secMobile', '13800138000');
  await page.locator('#aq_zm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('#yj_copy').click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgCertType', '居民身份证');
  await until(page, 'emgValidTo', '2038-03-01');
  await expect(page.locator('#yj_xm')).toBeEditable();
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-18 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout18-aliyun-basic-unit-tdesign-pickdialog', 'heldout18-aliyun-site-unit-opentiny-vtabs', 'heldout18-aliyun-upload-person-arco-desclist',
    'heldout18-mps-subject-unit-tdesign-quad', 'heldout18-mps-apply-person-elp-timeline', 'heldout18-beian-old-principal-person-native-stacked',
    'heldout18-tencent-site-person-elp-dialog', 'heldout18-huawei-subject-unit-fusion-numbered',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout18-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout18-aliyun-site-unit-opentiny-vtabs',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout18-tencent-site-person-elp-dialog',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout18-tencent-site-person-elp-dialog',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout18/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout18/tdesign.js')).toBe(200);
  expect(await head('/__heldout18/vue.css')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout18/no-such.css');
  expect(await head('/__heldout18/fusion.js')).toBe(200);
  await page.goto('https://beian.aliyun.com/__heldout18/no-such.css');
  expect(await head('/__heldout18/opentiny.js')).toBe(200);
  expect(await head('/__heldout18/arco.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout18/no-such.css');
  expect(await head('/__heldout18/vue.js')).toBe(200);
});
