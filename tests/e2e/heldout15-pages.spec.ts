/**
 * The gen-15 replica builds (held out, now retired into tuning) (tests/replicas/heldout15) are real pages: a user driving one widget of each kind on
 * every page (a whole-tree cascader, date pickers with a 长期有效 footer button, an autocomplete, an input tag, a checkable
 * tree select, a switch copying and locking a person, button radios revealing items, a range picker swapped by 长期有效, a
 * domains textarea feeding a generated select, a staged multiple select (确定 in its footer), a checkbox group with a 更多 toggle,
 * a switch, an import link, card-grid file uploads with a radio adding a card, lazy cascaders, radios deriving a read-only
 * name, end-date radios revealing a picker, an anchor rail, editable tables of providers and people, a tree select, a
 * descriptions-table form with a recognising upload and a locked region, float-div rows without labels, a provider lookup
 * layer, pop-up calendars, AJAX-like region selects, buttons) changes the framework state that getState() reports, and every
 * `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots land in /tmp/heldout15/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout15 } from '../replicas/heldout15';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout15, '/tmp/heldout15');
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
 * A multi-value popup (multiple select, checkable tree): open it when closed and click only the options the state still
 * lacks (a click toggles, so a retried attempt never undoes an earlier one), until the state holds `want` (any order).
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

/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ Arco */

const arcoItem = (page: Page, label: string) => page.locator('.arco-form-item').filter({ has: page.locator('.arco-form-label-item', { hasText: exact(label) }) }).first();
const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout15-aliyun-subject-person-arco-autocomplete: blur checks, textarea, whole-tree cascader, select, date pickers with a 长期有效 footer button, autocomplete, buttons', async () => {
  const build = 'heldout15-aliyun-subject-person-arco-autocomplete';
  const page = await open(build);
  await expect(page.locator('.step1-facts')).toContainText('330106199003071236');
  const name = page.locator('input.name');
  await name.fill('Zhang Wei');
  await name.blur();
  await expect(arcoItem(page, '主办人名称')).toContainText('请填写身份证上的中文姓名');
  await name.fill('张伟');
  await until(page, 'name', '张伟');
  await page.locator('textarea.cert-address').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.arco-cascader-popup:visible').count())) await page.locator('.mail-region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.arco-cascader-popup:visible .arco-cascader-list-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('input.pr-name').fill('李娜');
  await page.locator('input.pr-name').blur();
  await expect(arcoItem(page, '负责人姓名')).toContainText('个人备案的负责人须为主办者本人');
  await page.locator('input.pr-name').fill('张伟');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), arcoOption(page, '居民身份证')));
  const no = page.locator('input.pr-cert-number');
  await no.fill('110105198808123011');
  await no.blur();
  await expect(arcoItem(page, '负责人证件号码')).toContainText('须与主办者证件号码一致');
  await no.fill('330106199003071236');
  await until(page, 'validFrom', '2018-03-01', () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await until(page, 'validTo', '2038-03-01', () => typeInto(page, page.locator('.valid-to input'), '2038-03-01'));
  await page.locator('.valid-to input').click();
  await page.locator('.long-term-btn').click();
  await until(page, 'longTerm', true);
  await until(page, 'validTo', '');
  await expect(page.locator('.long-term-tag')).toContainText('长期');
  await page.locator('.long-term-tag .arco-tag-close-btn').click();
  await until(page, 'longTerm', false);
  await until(page, 'validTo', '2038-03-01', () => typeInto(page, page.locator('.valid-to input'), '2038-03-01'));
  const email = page.locator('.email input');
  await until(page, 'email', 'zhangwei@example.com', async () => {
    await email.fill('');
    await email.click();
    await email.pressSequentially('zhangwei@ex');
    await arcoOption(page, 'zhangwei@example.com').click({ timeout: 3000 });
  });
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout15-volcengine-site-unit-arco-treeselect: word-limit input, input tag with validation, addon input, checkable tree select, multiple select, button radios, switch copies and locks, range picker swapped by 长期有效, agreement', async () => {
  const build = 'heldout15-volcengine-site-unit-arco-treeselect';
  const page = await open(build);
  const name = inp(page, 'site-name');
  await name.fill('云栖');
  await name.blur();
  await expect(arcoItem(page, '网站名称')).toContainText('网站名称不少于 3 个汉字');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const tags = page.locator('.domains input');
  for (const d of ['www.yunqi-demo.cn', 'yunqi-demo.cn', 'yunqi-demo.com.cn']) { await tags.fill(d); await tags.press('Enter'); }
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await expect(page.locator('.domains .arco-tag')).toHaveCount(2);
  const home = inp(page, 'home-url');
  await home.fill('www.example.com');
  await home.blur();
  await expect(arcoItem(page, '首页URL')).toContainText('首页URL须属于已填写的网站域名');
  await home.fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await pickAll(page, 'contents', ['单位门户网站'], page.locator('.arco-tree-select-popup:visible'), () => page.locator('.contents').click(),
    (t) => page.locator('.arco-tree-select-popup:visible .arco-tree-node').filter({ hasText: exact(t) }).locator('.arco-checkbox'));
  await pickAll(page, 'languages', ['中文简体', '英语'], page.locator('.arco-select-popup:visible'), () => page.locator('.languages').click(), (t) => arcoOption(page, t));
  await page.locator('.pre-approval').getByText('涉及', { exact: true }).click();
  await expect(arcoItem(page, '前置审批项')).toBeVisible();
  await page.locator('.pre-approval').getByText('不涉及', { exact: true }).click();
  await until(page, 'preApproval', '不涉及');
  await expect(arcoItem(page, '前置审批项')).toHaveCount(0);
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpValidity', ['2016-05-10', '']);
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', false);
  await until(page, 'wpName', '');
  await inp(page, 'wp-name').fill('王强');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), arcoOption(page, '居民身份证')));
  await until(page, 'wpValidity', ['2020-08-12', '2040-08-12'], () => typeRange(page, page.locator('.wp-validity input'), '2020-08-12', '2040-08-12'));
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', []);
  await expect(page.locator('.wp-validity')).toHaveCount(0);
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  const mobile = inp(page, 'wp-mobile');
  await mobile.fill('13600136000');
  await mobile.blur();
  await expect(arcoItem(page, '手机号码')).toContainText('手机号码不能相同');
  await mobile.fill('18600186000');
  await until(page, 'wpMobile', '18600186000');
  await page.locator('.agreed').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaItem = (page: Page, label: string) => page.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).first();
const teaOption = (page: Page, text: string) => page.locator(`.tea-dropdown-box li[title="${text}"]`).first();
const teaCheck = (page: Page, text: string) => page.locator(`.tea-dropdown-box label.tea-form-check[title="${text}"]`).first();

test('heldout15-aliyun-site-unit-tea-staging: blur check, domains textarea feeding a generated select, staged multiple select (closed unconfirmed / 确定), checkbox group with a 更多 toggle, switch, import link, date pickers with a 长期 tick', async () => {
  const build = 'heldout15-aliyun-site-unit-tea-staging';
  const page = await open(build);
  const name = inp(page, 'site-name');
  await name.fill('中国云栖示例');
  await name.blur();
  await expect(teaItem(page, '网站名称')).toContainText('不能以“中国”“国家”等开头');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await expect(page.locator('.home-url')).toHaveClass(/is-disabled/);
  const dom = inp(page, 'domains');
  await dom.fill('www.yunqi-demo.cn');
  await dom.blur();
  await expect(teaItem(page, '网站域名')).toContainText('不是有效的域名');
  await dom.fill('yunqi-demo.cn\nyunqi-demo.com.cn\n');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => pick(page, () => page.locator('.home-url').click(), teaOption(page, 'www.yunqi-demo.cn')));
  await page.locator('.contents').click();
  await teaCheck(page, '综合门户').click();
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 5);
  expect((await state(page)).contents).toEqual([]);
  await until(page, 'contents', ['单位门户网站'], async () => {
    if (!(await page.locator('.tea-dropdown-box:visible').count())) await page.locator('.contents').click();
    await teaCheck(page, '单位门户网站').click({ timeout: 3000 });
    await page.locator('.tea-dropdown-box__footer').getByRole('button', { name: '确定' }).click({ timeout: 3000 });
  });
  const langs = page.locator('.languages');
  await expect(langs.getByText('俄罗斯语', { exact: true })).toHaveCount(0);
  await langs.locator('.more-langs').click();
  await langs.getByText('俄罗斯语', { exact: true }).click();
  await until(page, 'languages', ['俄罗斯语']);
  await langs.getByText('俄罗斯语', { exact: true }).click();
  await langs.locator('.more-langs').click();
  for (const l of ['中文简体', '英语']) await langs.getByText(l, { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', false);
  await page.locator('.import').click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.wp-valid-to input')).toBeDisabled();
  await inp(page, 'wp-name').fill('王强');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await until(page, 'wpValidTo', '2040-08-12', () => typeInto(page, page.locator('.wp-valid-to input'), '2040-08-12'));
  const mobile = inp(page, 'wp-mobile');
  await mobile.fill('13600136000');
  await mobile.blur();
  await expect(teaItem(page, '手机号码')).toContainText('手机号码不能相同');
  await mobile.fill('18600186000');
  await until(page, 'wpMobile', '18600186000');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyItem = (page: Page, label: string) => page.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: exact(label) }) }).first();
const tinyOption = (page: Page, text: string) => page.locator(`.tiny-select-dropdown:visible li.tiny-option[aria-label="${text}"]`).first();
/** Pick a path in an OpenTiny cascader whose levels load lazily. */
async function tinyCascade(page: Page, cls: string, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator('.tiny-cascader-menu:visible').count())) await page.locator(`.${cls}`).click();
    for (const t of path) await page.locator('.tiny-cascader-menu:visible .tiny-cascader-node').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
}

test('heldout15-aliyun-upload-unit-opentiny-cardgrid: card-grid uploads (add, remove), a radio adding a card, SMS button countdown, submit message', async () => {
  const build = 'heldout15-aliyun-upload-unit-opentiny-cardgrid';
  const page = await open(build);
  await expect(page.locator('.mat-card')).toHaveCount(8);
  await expect(page.locator('.mat-authLetter')).toHaveCount(0);
  await page.locator('.wp-is-legal-rep').getByText('否', { exact: true }).click();
  await until(page, 'wpIsLegalRep', '否');
  await expect(page.locator('.mat-card')).toHaveCount(9);
  await expect(page.locator('.mat-authLetter')).toContainText('网站负责人授权书');
  await page.locator('.up-authLetter input[type=file]').setInputFiles(file('auth.png'));
  await until(page, 'authLetter', ['auth.png']);
  await page.locator('.wp-is-legal-rep').getByText('是', { exact: true }).click();
  await until(page, 'authLetter', []);
  await expect(page.locator('.mat-authLetter')).toHaveCount(0);
  await page.locator('.wp-is-legal-rep').getByText('否', { exact: true }).click();
  await page.locator('.up-licence input[type=file]').setInputFiles(file('wrong.png'));
  await until(page, 'licence', ['wrong.png']);
  // the delete icon shows while the row is hovered (the row slides in first)
  await until(page, 'licence', [], async () => {
    await page.locator('.up-licence .tiny-upload-list__item').hover();
    await page.locator('.up-licence [title="删除文件"] svg').click({ timeout: 2000 });
  });
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(page.locator('.mat-licence')).toContainText('yunqi-licence.png');
  await page.getByRole('button', { name: '发送核验短信' }).click();
  await until(page, 'smsClicks', 1);
  await expect(page.locator('.sms-send')).toContainText('秒后可重发');
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toHaveText('请先勾选承诺');
  await finish(page, build);
});

test('heldout15-mps-subject-unit-opentiny-isrep: radios, coded select, blur checks, upload, lazy cascaders, a radio deriving the name read-only, end radios revealing a date, picture-card upload, anchor rail, buttons', async () => {
  const build = 'heldout15-mps-subject-unit-opentiny-isrep';
  const page = await open(build);
  await page.locator('.kind').getByText('单位', { exact: true }).click();
  await until(page, 'kind', '单位');
  await inp(page, 'unit-name').fill('杭州云栖示例科技有限公司');
  await inp(page, 'legal-rep').fill('李娜');
  await until(page, 'legalRep', '李娜');
  await until(page, 'unitCertType', '营业执照证书', () => pick(page, () => page.locator('.unit-cert-type').click(), tinyOption(page, '营业执照证书')));
  const uscc = inp(page, 'unit-cert-number');
  await uscc.fill('91330110MA2H3K7Q17');
  await uscc.blur();
  await expect(tinyItem(page, '单位证件号码')).toContainText('统一社会信用代码校验未通过');
  await uscc.fill('91330110MA2H3K7Q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await page.locator('.up-unitCert input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitCert', ['yunqi-licence.png']);
  await tinyCascade(page, 'office-region', 'officeRegion', ['浙江省', '杭州市', '余杭区']);
  await inp(page, 'office-detail').fill('文一西路 969 号 2 幢 305 室');
  await page.locator('.pr-is-legal-rep').getByText('是', { exact: true }).click();
  await until(page, 'prName', '李娜');
  await expect(inp(page, 'pr-name')).toBeDisabled();
  await page.locator('.pr-is-legal-rep').getByText('否', { exact: true }).click();
  await until(page, 'prName', '');
  await inp(page, 'pr-name').fill('王强');
  await until(page, 'prName', '王强');
  await page.locator('.pr-is-legal-rep').getByText('是', { exact: true }).click();
  await until(page, 'prName', '李娜');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), tinyOption(page, '居民身份证')));
  const id = inp(page, 'pr-cert-number');
  await id.fill('330110198511204520');
  await id.blur();
  await expect(tinyItem(page, '负责人证件号码')).toContainText('身份证号码校验未通过');
  await id.fill('330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await page.locator('.pr-valid-end').getByText('指定日期', { exact: true }).click();
  await until(page, 'prValidTo', '2036-05-10', () => typeInto(page, page.locator('.pr-valid-to input'), '2036-05-10'));
  await page.locator('.pr-valid-end').getByText('长期', { exact: true }).click();
  await until(page, 'prValidEnd', '长期');
  await until(page, 'prValidTo', '');
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await page.locator('.up-prIdFront input[type=file]').setInputFiles(file('lina-front.png'));
  await until(page, 'prIdFront', ['lina-front.png']);
  await tinyCascade(page, 'residence-region', 'residenceRegion', ['浙江省', '杭州市', '余杭区']);
  const office = inp(page, 'office');
  await office.fill('88886666');
  await office.blur();
  await expect(tinyItem(page, '办公室电话')).toContainText('格式：区号-号码');
  await office.fill('0571-88886666');
  await until(page, 'office', '0571-88886666');
  await page.locator('.anchor-rail').getByText('其他信息', { exact: true }).click();
  await expect(page.locator('#sec-other')).toBeInViewport();
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(text) }).first();
async function antCascade(page: Page, open: Locator, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator('.ant-cascader-dropdown:visible').count())) await open.click();
    for (const t of path) await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
}

test('heldout15-mps-apply-person-antd-rolestable: steps rail scrolls, range pickers, picture uploads, lazy cascader, radios, blur checks, tags selects, provider table (autocomplete deriving the code, selects, cascader), tree select, checkboxes, people table (copy tick locks a row), buttons', async () => {
  const build = 'heldout15-mps-apply-person-antd-rolestable';
  const page = await open(build);
  await expect(page.locator('.identity')).toContainText('330106199003071236');
  await page.locator('.rail').getByText('网站负责人', { exact: true }).click();
  await expect(page.locator('#sec-people')).toBeInViewport();
  await until(page, 'subValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.sub-validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.photo-subIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'subIdFront', ['zhangwei-id-front.png']);
  await antCascade(page, page.locator('.residence-region'), 'residenceRegion', ['浙江省', '杭州市', '西湖区']);
  await inp(page, 'residence-detail').fill('文三路 100 号 1 幢 101 室');
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  const icp = inp(page, 'icp-number');
  await icp.fill('浙ICP备123号');
  await icp.blur();
  await expect(page.locator('#sec-site')).toContainText('ICP备案号格式不正确');
  await icp.fill('');
  await until(page, 'icpNumber', '');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  const ips = page.locator('.ips input');
  await ips.fill('47.96.12.999');
  await ips.press('Enter');
  await expect(page.locator('#sec-site')).toContainText('47.96.12.999 不是有效的 IP 地址');
  await ips.fill('47.96.12.34');
  await ips.press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  const sub = page.locator('.sub-domains input');
  await sub.fill('zhangwei-notes.com');
  await sub.press('Enter');
  await until(page, 'subDomains', ['zhangwei-notes.com']);
  await page.locator('.sub-domains .ant-select-selection-item-remove').click();
  await until(page, 'subDomains', []);
  await page.mouse.click(5, 5);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    const name = inp(page, 'ap-name');
    await name.fill('');
    await name.click();
    await name.pressSequentially('阿里云');
    await antOption(page, '阿里云计算有限公司').click({ timeout: 3000 });
  });
  await until(page, 'apCode', '673959654');
  await until(page, 'apJurisdiction', '境内', () => pick(page, () => page.locator('.ap-jurisdiction').click(), antOption(page, '境内')));
  await antCascade(page, page.locator('.ap-region'), 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'apMethod', '租赁虚拟空间', () => pick(page, () => page.locator('.ap-method').click(), antOption(page, '租赁虚拟空间')));
  const phone = inp(page, 'ap-phone');
  await phone.fill('9518');
  await phone.blur();
  await expect(page.locator('.providers')).toContainText('电话号码格式不正确');
  await phone.fill('95187');
  await until(page, 'apPhone', '95187');
  await expect(page.locator('.providers tbody tr').nth(1)).toContainText('—');
  await until(page, 'category', 'G4', () => pick(page, () => page.locator('.category').click(), page.locator('.ant-select-dropdown:visible .ant-select-tree-title').filter({ hasText: exact('G4 应用工具类') }).first()));
  await until(page, 'category', 'Z', () => pick(page, () => page.locator('.category').click(), page.locator('.ant-select-dropdown:visible .ant-select-tree-title').filter({ hasText: exact('Z 其他') }).first()));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  const people = page.locator('.people');
  await people.locator('.sec-same').click();
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await until(page, 'secEmail', 'zhangwei@example.com');
  await expect(inp(people, 'sec-name')).toBeDisabled();
  await people.locator('.sec-same').click();
  await until(page, 'secName', '');
  await inp(people, 'emg-name').fill('张伟');
  await until(page, 'emgCertType', '居民身份证', () => pick(page, () => people.locator('.emg-cert-type').click(), antOption(page, '居民身份证')));
  const no = inp(people, 'emg-cert-number');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(people).toContainText('证件号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'emgCertNumber', '330106199003071236');
  await until(page, 'emgValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, people.locator('.emg-validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.photo-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并勾选');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elCell = (page: Page, label: string) => page.locator('td.el-descriptions__content').filter({ has: page.locator('xpath=preceding-sibling::*[1]', { hasText: exact(label) }) }).first();

test('heldout15-baidu-subject-person-elp-descriptions: descriptions-table form, a recognising upload filling empty fields, blur checks, whole-tree cascader, a locked region, read-only principal, range picker swapped by 长期有效, buttons', async () => {
  const build = 'heldout15-baidu-subject-person-elp-descriptions';
  const page = await open(build);
  await expect(page.locator('.desc-subject th, .desc-subject .el-descriptions__label').filter({ hasText: '主办者姓名' })).toHaveCount(1);
  await expect(page.locator('.mail-region')).toHaveText('浙江省 / 杭州市 / 西湖区');
  await inp(page, 'name').fill('张伟');
  await page.locator('.up-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await until(page, 'certNumber', '330106199003071236');
  await expect(page.locator('.ocr')).toContainText('填入证件号码');
  expect((await state(page)).name).toBe('张伟');
  const no = inp(page, 'cert-number');
  await no.fill('110105198808123011');
  await no.blur();
  await expect(elCell(page, '证件号码')).toContainText('须与“验证备案类型”中的证件号码一致');
  await no.fill('330106199003071236');
  await until(page, 'certRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.el-cascader__dropdown:visible').count())) await page.locator('.cert-region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.el-cascader__dropdown:visible .el-cascader-node').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await inp(page, 'mail-detail').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await expect(page.locator('.pr-name')).toHaveText('张伟');
  await until(page, 'validity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.validity input'), '2018-03-01', '2038-03-01'));
  await page.locator('.long-term').click();
  await until(page, 'longTerm', true);
  await until(page, 'validity', []);
  await expect(page.locator('.valid-from')).toBeVisible();
  await until(page, 'validity', ['2018-03-01', ''], () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await page.locator('.long-term').click();
  await until(page, 'longTerm', false);
  await inp(page, 'mobile').fill('13800138000');
  const emg = inp(page, 'emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(elCell(page, '应急联系人手机号码')).toContainText('不能与手机号码相同');
  await emg.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout15-beian-old-apply-unit-native-providerpopup: float-div rows, registered-subject select, blur checks, pop-up calendar, fixed 从域名 inputs, IP textarea, radios revealing items, coded checkboxes, provider lookup layer filling name, region selects and phone, copy ticks, file input, buttons', async () => {
  const build = 'heldout15-beian-old-apply-unit-native-providerpopup';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  expect(await page.locator('label[for]').count()).toBe(0);
  await page.locator('#kbzt').selectOption({ label: '杭州云栖示例科技有限公司' });
  await until(page, 'subject', '杭州云栖示例科技有限公司');
  await expect(page.locator('#kbzt_summary')).toContainText('91330110MA2H3K7Q18');
  await page.locator('#wzmc').fill('云栖');
  await page.locator('#wzmc').blur();
  await expect(page.locator('#wzmc_err')).toContainText('不少于3个汉字');
  await page.locator('#wzmc').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await page.locator('#ktrq').fill('2025-11-01');
  await page.mouse.click(5, 5);
  await expect(page.locator('#cal')).toBeHidden();
  await page.locator('#ktrq').click();
  await expect(page.locator('#cal')).toContainText('2025年11月');
  await page.locator('#cal td[data-day="2025-11-25"]').click();
  await until(page, 'openedAt', '2025-11-25');
  await expect(page.locator('#cal')).toBeHidden();
  await page.locator('#cym1').fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await page.locator('#ipdz').fill('47.96.56.78;2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('#wxwp0').check();
  await expect(page.locator('#wxwp_items')).toBeVisible();
  await page.locator('#wxwp_items').getByLabel('管制器具').check();
  await until(page, 'dangerousItems', ['管制器具']);
  await page.locator('#wxwp1').check();
  await until(page, 'dangerous', '否');
  await until(page, 'dangerousItems', []);
  await expect(page.locator('#wxwp_items')).toBeHidden();
  for (const l of ['中文简体', '英语']) await page.locator('input[name=wzyz]').and(page.locator(`[data-label="${l}"]`)).check();
  await until(page, 'languages', ['英语', '中文简体']);
  await page.locator('#jrcx').click();
  await expect(page.locator('#layer')).toBeVisible();
  await until(page, 'lookupClicks', 1);
  await page.locator('#lq').fill('阿里云');
  await page.locator('#lgo').click();
  await page.locator('#lres tr').filter({ has: page.locator('td', { hasText: exact('阿里云计算有限公司') }) }).getByText('选择').click();
  await expect(page.locator('#layer')).toBeHidden();
  await until(page, 'apName', '阿里云计算有限公司');
  await until(page, 'apPhone', '95187');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await expect(page.locator('#jrxian')).toHaveValue('330110');
  await page.locator('#zccx').click();
  await page.locator('#lq').fill('万网');
  await page.locator('#lq').press('Enter');
  await page.locator('#lres').getByText('选择').click();
  await until(page, 'rgName', '阿里云计算有限公司（原万网）');
  await until(page, 'rgRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#zcxian').selectOption({ label: '西湖区' });
  await until(page, 'rgRegion', ['浙江省', '杭州市', '西湖区']);
  await page.locator('#jrfs1').check();
  await until(page, 'apMethod', '租赁主机');
  await page.locator('#aqtz').check();
  await until(page, 'secName', '李娜');
  await until(page, 'secLongTerm', true);
  await expect(page.locator('#aqyxz')).toBeDisabled();
  await expect(page.locator('#aqxm')).toBeDisabled();
  await page.locator('#aqtz').uncheck();
  await until(page, 'secName', '');
  await until(page, 'secLongTerm', false);
  await expect(page.locator('#aqyxz')).toBeEnabled();
  await page.locator('#aqzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await page.locator('#aqxm_hm').fill('110105198808123010');
  await page.locator('#aqxm_hm').blur();
  await expect(page.locator('#aqxm_hm_err')).toHaveText('身份证号码有误');
  await page.locator('#aqxm_hm').fill('110105198808123011');
  await page.locator('#aqyxq').fill('2020-8-12');
  await page.locator('#aqyxq').blur();
  await expect(page.locator('#aqyxq_err')).toHaveText('格式：yyyy-MM-dd');
  await page.locator('#aqyxq').fill('2020-08-12');
  await until(page, 'secValidFrom', '2020-08-12');
  await page.locator('#aqzm').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await page.locator('#yjtz').check();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgCertType', '居民身份证');
  await until(page, 'emgLongTerm', true);
  await page.locator('#btnSubmit').click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('#btnMsg')).toContainText('请先阅读并勾选');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-15 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout15-aliyun-subject-person-arco-autocomplete', 'heldout15-aliyun-site-unit-tea-staging', 'heldout15-aliyun-upload-unit-opentiny-cardgrid',
    'heldout15-mps-subject-unit-opentiny-isrep', 'heldout15-mps-apply-person-antd-rolestable', 'heldout15-beian-old-apply-unit-native-providerpopup',
    'heldout15-volcengine-site-unit-arco-treeselect', 'heldout15-baidu-subject-person-elp-descriptions',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout15-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout15-aliyun-site-unit-tea-staging',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout15-volcengine-site-unit-arco-treeselect',
    'https://console.volcengine.com/other/?replicaBuild=heldout15-volcengine-site-unit-arco-treeselect',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout15/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout15/antd.js')).toBe(200);
  expect(await head('/__heldout15/opentiny.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout15/no-such.css');
  expect(await head('/__heldout15/arco.css')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout15/no-such.css');
  expect(await head('/__heldout15/vue.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout15/no-such.css');
  expect(await head('/__heldout15/tea.js')).toBe(200);
});
