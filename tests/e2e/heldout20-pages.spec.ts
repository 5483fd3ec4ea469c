/**
 * The gen-20 replica builds (held out, now retired into tuning) (tests/replicas/heldout20) are real pages: a user driving one widget of each kind on
 * every page (an OpenTiny collapse folded and unfolded, with an inline cascader panel fetched level by level, a filterable select steering a
 * radio list that loads after it, blur checks, a one-domain-per-line textarea, a button group swapping in an input and
 * radio cards of fetched instances (a disabled one), 信息校验 and 重置; an OpenTiny master-detail of materials with status
 * tags and file uploads, upload-way radios hiding them; TDesign role sections beside an anchor rail with a draggable upload, a two-picture upload
 * and radios revealing an authorisation upload; TDesign sub-steps hiding parts, with a typed date, a tag input, an IP
 * textarea, a range picker, a switch revealing checkboxes, a transfer, a late autocomplete, a select, a lazy cascader and
 * button radios; a TDesign drawer open on arrival with a select, blur checks, read-only fields derived from the ID number,
 * a typed date + 长期, an image upload, a filterable cascader and radios, closed and reopened; an old-portal frame page
 * whose iframe form has coded selects, blur checks, 有期限 / 长期 radios, read-only date boxes filled from a calendar
 * popup, file inputs and a copy tick; Element Plus sections with side titles, a lazy cascader, a copy tick locking the
 * mailing address, a select, a date picker + 长期 and phones that must differ; Fusion three region selects fetched per
 * level, a label following the nature, radios swapping in an input and a table with a radio per row (a disabled one)
 * beside a live check panel) changes the framework state that getState() reports, and every `expect` key of the build
 * exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other
 * request aborted. Screenshots land in /tmp/heldout20/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout20 } from '../replicas/heldout20';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout20, '/tmp/heldout20');
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

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();

test('heldout20-aliyun-basic-unit-opentiny-collapse: a collapse folded and unfolded, an inline cascader panel fetched per level, a select steering radios loaded after it, blur checks, a domain textarea, a button group swapping in an input, radio cards of fetched instances (a disabled one), consent, 信息校验, 重置', async () => {
  const build = 'heldout20-aliyun-basic-unit-opentiny-collapse';
  const page = await open(build);
  await expect(page.locator('.basic-sections .tiny-collapse-item')).toHaveCount(3);
  const header = page.locator('.basic-sections .tiny-collapse-item__header').filter({ hasText: '主办单位' }).first();
  await header.click();
  await expect(inp(page, 'cert-number')).toBeHidden();
  await header.click();
  await expect(inp(page, 'cert-number')).toBeVisible();
  await cascade(page, async () => {}, '.region-panel', '.tiny-cascader-node', 'region', ['浙江省', '杭州市', '余杭区']);
  await expect(page.locator('.cert-types')).toContainText('请先选择单位性质');
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), tinyOption(page, '企业')));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  const no = inp(page, 'cert-number');
  await no.fill('91330110MA2H3K7Q11');
  await no.blur();
  await expect(page.locator('.basic-sections')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  const domains = inp(page, 'domains');
  await domains.fill('www.yunqi-demo.cn');
  await domains.blur();
  await expect(page.locator('.basic-sections')).toContainText('请填写不带 www. 与 http:// 的域名');
  await domains.fill('yunqi-demo.cn\nyunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.locator('.resource-type').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await expect(inp(page, 'service-code')).toBeVisible();
  await page.locator('.resource-type').getByText('云服务器ECS', { exact: true }).click();
  await until(page, 'resourceType', '云服务器ECS');
  const card = (t: string) => page.locator('.inst-card').filter({ hasText: t });
  await expect(card('47.98.17.210').locator('input[type=radio]')).toBeDisabled({ timeout: 5000 });
  await card('47.96.56.78').locator('.tiny-radio').click();
  await until(page, 'instance', 'i-bp1w7yq3m5k8d2n0');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请先阅读并同意服务协议');
  expect((await state(page)).agreed).toBe(false);
  await finish(page, build);
  await page.getByRole('button', { name: '重置' }).click();
  await until(page, 'certNumber', '');
});

test('heldout20-aliyun-upload-person-opentiny-masterdetail: a checklist switching the shown material, file uploads with status tags, upload-way radios hiding the uploads, buttons', async () => {
  const build = 'heldout20-aliyun-upload-person-opentiny-masterdetail';
  const page = await open(build);
  await expect(page.locator('.pane-idBack')).toBeHidden();
  await page.locator('.pane-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(page.locator('.mi-idFront')).toContainText('已上传');
  await page.locator('.mi-wpIdFront').click();
  await expect(page.locator('.pane-wpIdFront')).toBeVisible();
  await expect(page.locator('.pane-idFront')).toBeHidden();
  await page.locator('.pane-wpIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'wpIdFront', ['zhangwei-id-front.png']);
  await page.locator('.upload-way').getByText('阿里云App扫码上传', { exact: true }).click();
  await until(page, 'uploadWay', '阿里云App扫码上传');
  await expect(page.locator('.md')).toBeHidden();
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('主办者身份证 · 国徽面');
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();

test('heldout20-aliyun-upload-unit-tdesign-anchor: role sections beside an anchor rail, a draggable file upload, a two-picture upload, radios revealing an authorisation upload, buttons', async () => {
  const build = 'heldout20-aliyun-upload-unit-tdesign-anchor';
  const page = await open(build);
  await expect(page.locator('.role-sec')).toHaveCount(4);
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(page.locator('.sec-role-unit .role-head')).toContainText('已上传');
  await page.locator('.up-prIdCard input[type=file]').setInputFiles([file('lina-front.png'), file('lina-back.png')]);
  await until(page, 'prIdCard', ['lina-front.png', 'lina-back.png']);
  await page.locator('.role-anchor').getByText('网站负责人', { exact: true }).click();
  await expect(page.locator('.sec-role-web')).toBeInViewport();
  await expect(page.locator('.up-authLetter')).toHaveCount(0);
  await page.locator('.wp-legal').getByText('否', { exact: true }).click();
  await until(page, 'wpIsLegalRep', '否');
  await page.locator('.up-authLetter input[type=file]').setInputFiles(file('auth.png'));
  await until(page, 'authLetter', ['auth.png']);
  await page.locator('.wp-legal').getByText('是', { exact: true }).click();
  await until(page, 'authLetter', []);
  await expect(page.locator('.up-authLetter')).toHaveCount(0);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请上传全部必传资料');
  await finish(page, build);
});

test('heldout20-mps-site-unit-tdesign-substeps: sub-steps hiding parts, blur checks, a typed date, a tag input, an IP textarea, a range picker, a switch revealing checkboxes, a transfer, late autocompletes, a select, a lazy cascader, button radios, buttons', async () => {
  const build = 'heldout20-mps-site-unit-tdesign-substeps';
  const page = await open(build);
  await expect(page.locator('.part-1')).toBeHidden();
  const name = inp(page, 'site-name');
  await name.fill('云栖');
  await name.blur();
  await expect(page.locator('.part-0')).toContainText('网站名称不少于 3 个汉字');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const tags = page.locator('.sub-domains input');
  await tags.fill('www.yunqi-demo.com.cn');
  await tags.press('Enter');
  await expect(page.locator('.part-0')).toContainText('请填写不带 www. 与 http:// 的域名');
  await tags.fill('yunqi-demo.com.cn');
  await tags.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  const ips = inp(page, 'ips');
  await ips.fill('47.96.56.780');
  await ips.blur();
  await expect(page.locator('.part-0')).toContainText('47.96.56.780 不是有效的 IP 地址');
  await ips.fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await until(page, 'domainCert', ['2025-11-01', '2028-11-01'], () => typeRange(page, page.locator('.domain-cert input'), '2025-11-01', '2028-11-01'));
  await page.locator('.sub-steps').getByText('服务信息', { exact: true }).click();
  await expect(page.locator('.part-1')).toBeVisible();
  await expect(page.locator('.part-0')).toBeHidden();
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  const left = page.locator('.lang-transfer .t-transfer__list-source');
  await left.locator('.t-transfer__list-item').filter({ hasText: exact('英语') }).click();
  await page.locator('.lang-transfer .t-transfer__operations button').first().click();
  await until(page, 'languages', ['英语']);
  await page.locator('.sub-next').click();
  await expect(page.locator('.part-2')).toBeVisible();
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await page.locator('.t-popup:visible .t-select-option, .t-popup:visible li').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await until(page, 'apJurisdiction', '境内', () => pick(page, () => page.locator('.ap-jurisdiction').click(), tOption(page, '境内')));
  await cascade(page, () => page.locator('.ap-region').click(), '.t-cascader__menu', '.t-cascader__item', 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('.ap-method').getByText('租赁主机', { exact: true }).click();
  await until(page, 'apMethod', '租赁主机');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout20-mps-subject-person-tdesign-drawer: a drawer open on arrival, a select, blur checks, read-only fields derived from the ID number, a typed date + a 长期 tick disabling the other, image uploads, a filterable cascader, radios, the drawer closed and reopened', async () => {
  const build = 'heldout20-mps-subject-person-tdesign-drawer';
  const page = await open(build);
  const drawer = page.locator('.subject-drawer');
  await expect(drawer.locator('.drawer-form')).toBeVisible();
  await inp(drawer, 'name').fill('张伟');
  await until(page, 'name', '张伟');
  await until(page, 'certType', '居民身份证', () => pick(page, () => drawer.locator('.cert-type').click(), tOption(page, '居民身份证')));
  const no = inp(drawer, 'cert-number');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(drawer).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await expect(inp(drawer, 'birth')).toHaveValue('1990-03-07');
  await until(page, 'validFrom', '2018-03-01', () => typeInto(page, drawer.locator('.valid-from input'), '2018-03-01'));
  await drawer.locator('.long-term').click();
  await until(page, 'longTerm', true);
  await expect(drawer.locator('.valid-to input')).toBeDisabled();
  await drawer.locator('.up-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await until(page, 'homeRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    await drawer.locator('.home-region').click();
    await drawer.locator('.home-region input').fill('西湖区');
    await page.locator('.t-popup:visible .t-cascader__item').filter({ hasText: '浙江省' }).filter({ hasText: '西湖区' }).first().click({ timeout: 3000 });
  });
  await drawer.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await drawer.getByRole('button', { name: '取消' }).click();
  await until(page, 'cancelClicks', 1);
  await expect(drawer.locator('.drawer-form')).toBeHidden();
  await expect(page.locator('.summary')).toContainText('张伟');
  await page.locator('.summary .edit').click();
  await expect(drawer.locator('.drawer-form')).toBeVisible();
  expect((await state(page)).name).toBe('张伟');
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal, iframe) */

test('heldout20-beian-old-principal-unit-native-iframe: a frame page whose iframe form has coded selects, blur checks, term radios hiding a date, read-only dates from a calendar popup, file inputs, a copy tick locking rows, captcha, buttons', async () => {
  const build = 'heldout20-beian-old-principal-unit-native-iframe';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  const f = page.frameLocator('#mainFrame');
  await f.locator('#aqxm').fill('王强');
  await until(page, 'secName', '王强');
  await f.locator('#aqzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await f.locator('#aqzjhm').fill('110105198808123012');
  await f.locator('#aqzjhm').blur();
  await expect(f.locator('#aqzjhm_err')).toHaveText('身份证号码校验错误');
  await f.locator('#aqzjhm').fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  await f.locator('input[name=aqyxqlx][value="1"]').check();
  await until(page, 'secTermType', '有期限');
  await expect(f.locator('#aqyxqq')).toHaveAttribute('readonly', '');
  await until(page, 'secValidFrom', '2020-08-12', async () => {
    await f.locator('#aqyxqq').click();
    await f.locator('#calY').selectOption('2020');
    await f.locator('#calM').selectOption('8');
    await f.locator('#calDays td[data-v="2020-08-12"]').click({ timeout: 3000 });
  });
  await until(page, 'secValidTo', '2040-08-12', async () => {
    await f.locator('#aqyxqz').click();
    await f.locator('#calY').selectOption('2040');
    await f.locator('#calM').selectOption('8');
    await f.locator('#calDays td[data-v="2040-08-12"]').click({ timeout: 3000 });
  });
  await f.locator('input[name=aqyxqlx][value="2"]').check();
  await until(page, 'secTermType', '长期');
  await until(page, 'secValidTo', '');
  await expect(f.locator('#aqyxqz')).toBeHidden();
  await f.locator('#aqzjfm').setInputFiles(file('wangqiang-back.png'));
  await until(page, 'secIdBack', ['wangqiang-back.png']);
  await f.locator('#emgSame').check();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgTermType', '长期');
  await until(page, 'emgValidFrom', '2016-05-10');
  await expect(f.locator('#yjxm')).toBeDisabled();
  await f.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(f.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elOption = (page: Page, text: string) => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: exact(text) }).first();

test('heldout20-tencent-subject-person-elp-sidetitles: sections with side titles, blur checks, a lazy cascader, a copy tick locking the mailing address, a select, date pickers + 长期, phones that must differ, buttons', async () => {
  const build = 'heldout20-tencent-subject-person-elp-sidetitles';
  const page = await open(build);
  await inp(page, 'name').fill('张伟');
  await until(page, 'name', '张伟');
  await inp(page, 'investor').fill('张伟');
  await cascade(page, () => page.locator('.cert-region').click(), '.el-cascader__dropdown', '.el-cascader-node', 'certRegion', ['浙江省', '杭州市', '西湖区']);
  const detail = inp(page, 'cert-detail');
  await detail.fill('文三路');
  await detail.blur();
  await expect(page.locator('.d-holder')).toContainText('请填写至门牌号');
  await detail.fill('文三路 100 号 1 幢 101 室');
  await until(page, 'certDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await expect(inp(page, 'mail-region-same')).toBeDisabled();
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), elOption(page, '居民身份证')));
  await until(page, 'prValidFrom', '2018-03-01', () => typeInto(page, page.locator('.pr-valid-from input'), '2018-03-01'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to input')).toBeDisabled();
  await inp(page, 'mobile').fill('13800138000');
  const emg = inp(page, 'emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(page.locator('.d-principal')).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).office).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout20-huawei-basic-person-fusion-checkpanel: three region selects fetched per level, a select renaming a label, a select following it, blur checks, radios swapping in an input, a table with a radio per row (a disabled one), a live check panel, consent, 开始校验', async () => {
  const build = 'heldout20-huawei-basic-person-fusion-checkpanel';
  const page = await open(build);
  const opt = (t: string) => nextOption(page, t);
  await until(page, 'region', ['浙江省'], () => pick(page, () => page.locator('.r-province').click(), opt('浙江省')));
  await until(page, 'region', ['浙江省', '杭州市'], () => pick(page, () => page.locator('.r-city').click(), opt('杭州市')));
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => pick(page, () => page.locator('.r-district').click(), opt('西湖区')));
  await expect(page.locator('.hw-form')).toContainText('主办单位名称');
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), opt('个人')));
  await expect(page.locator('.hw-form')).toContainText('主办人姓名');
  await inp(page, 'holder-name').fill('张伟');
  await until(page, 'name', '张伟');
  await until(page, 'certType', '居民身份证', () => pick(page, () => page.locator('.cert-type').click(), opt('居民身份证')));
  const no = inp(page, 'cert-number');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(page.locator('.hw-form')).toContainText('身份证号码校验未通过');
  await expect(page.locator('.hw-checks .chk-bad')).toHaveCount(1);
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await page.locator('.resource-type').getByText('备案授权码', { exact: true }).click();
  await until(page, 'resourceType', '备案授权码');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.locator('.resource-type').getByText('弹性云服务器ECS', { exact: true }).click();
  await until(page, 'resourceType', '弹性云服务器ECS');
  const row = (t: string) => page.locator('.servers tr').filter({ hasText: t });
  await expect(row('122.112.5.61').locator('input[type=radio]')).toBeDisabled({ timeout: 5000 });
  await row('47.96.12.34').locator('.next-radio-wrapper, label').first().click();
  await until(page, 'server', '5f0c2a9e-7d41-4b8e-9a63-2c1e8d7b4f10');
  await expect(page.locator('.hw-checks .chk-ok')).toHaveCount(5);
  await page.getByRole('button', { name: '开始校验' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请先阅读并同意服务协议');
  expect((await state(page)).agreed).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-20 held-out page is in the bundle, served only with its own replicaBuild; the old portal\'s content frame is served', async () => {
  checks.holds([
    'heldout20-aliyun-basic-unit-opentiny-collapse', 'heldout20-aliyun-upload-person-opentiny-masterdetail', 'heldout20-aliyun-upload-unit-tdesign-anchor',
    'heldout20-mps-site-unit-tdesign-substeps', 'heldout20-mps-subject-person-tdesign-drawer', 'heldout20-beian-old-principal-unit-native-iframe',
    'heldout20-tencent-subject-person-elp-sidetitles', 'heldout20-huawei-basic-person-fusion-checkpanel',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout20-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout20-aliyun-basic-unit-opentiny-collapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout20-tencent-subject-person-elp-sidetitles',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout20/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout20/opentiny.js')).toBe(200);
  expect(await head('/__heldout20/tdesign.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout20/no-such.css');
  expect(await head('/__heldout20/vue.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout20/no-such.css');
  expect(await head('/__heldout20/fusion.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout20/no-such.css');
  const frame = await page.evaluate(() => fetch('/__heldout20/portal-principal-frame.html').then((r) => r.text()));
  expect(frame).toContain('网站应急联络人');
});
