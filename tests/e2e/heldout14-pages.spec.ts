/**
 * The gen-14 replica builds (held out, now retired into tuning) (tests/replicas/heldout14) are real pages: a user driving one widget of each kind on
 * every page (three linked selects fed level by level, a filtered select, tag-mode selects, a checkbox swapping fields, an
 * instance select, dynamic domain tags, a select fed by the tags, a transfer, a radio revealing a person, a term select
 * deriving an end date, a split landline, a material table with a radio adding a row, uploads, side-by-side cards with
 * copy boxes, a range picker swapped by 长期有效, an end date typed as text or 长期, dynamic rows, remote-search selects
 * deriving a code, radio buttons revealing checkboxes, a whole-tree cascader, a four-column native table with AJAX-like
 * region selects, a tabs-type cascader, a pre-ticked copy box, a country-code select, an SMS button, a lazy cascader,
 * filled radio buttons with 其他 revealing a select, a tag input, buttons) changes the framework state that getState()
 * reports, and every `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain
 * Chromium (no extension needed), every other request aborted. Screenshots land in /tmp/heldout14/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout14 } from '../replicas/heldout14';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout14, '/tmp/heldout14');
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

/* ------------------------------------------------------------------ Fusion */

const nextItem = (page: Page, label: string) => page.locator('.next-form-item').filter({ has: page.locator('.next-form-item-label', { hasText: exact(label) }) }).first();
const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item').filter({ hasText: exact(text) }).first();
const nextPick = (page: Page, select: Locator, key: string, text: string, value: unknown = text) =>
  until(page, key, value, () => pick(page, () => select.click(), nextOption(page, text)));

test('heldout14-aliyun-basic-unit-fusion-instanceselect: linked selects, searchable select gating a filtered one, blur check, tag-mode domains, checkbox swap, instance select, agreement, 信息校验', async () => {
  const build = 'heldout14-aliyun-basic-unit-fusion-instanceselect';
  const page = await open(build);
  await expect(page.locator('.region-1 input')).toBeDisabled();
  await nextPick(page, page.locator('.region-0'), 'region', '浙江省', ['浙江省']);
  await nextPick(page, page.locator('.region-1'), 'region', '杭州市', ['浙江省', '杭州市']);
  await nextPick(page, page.locator('.region-2'), 'region', '余杭区', ['浙江省', '杭州市', '余杭区']);
  await expect(page.locator('.cert-type input')).toBeDisabled();
  await nextPick(page, page.locator('.nature'), 'nature', '企业');
  await nextPick(page, page.locator('.cert-type'), 'certType', '营业执照（个人或企业）');
  const no = page.locator('.cert-number input');
  await no.fill('91330110MA2H3K7Q19');
  await no.blur();
  await expect(nextItem(page, '主办单位证件号码')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  const dom = page.locator('.domains input');
  await dom.fill('www.yunqi-demo.cn');
  await dom.press('Enter');
  await expect(nextItem(page, '网站域名')).toContainText('请填写不带 www. 的顶级域名');
  await page.locator('.domains .next-tag-close-btn').first().click();
  await until(page, 'domains', []);
  for (const d of ['yunqi-demo.cn', 'yunqi-demo.com.cn']) { await dom.fill(d); await dom.press('Enter'); }
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.mouse.click(5, 5);
  await page.locator('.use-service-code').click();
  await until(page, 'useServiceCode', true);
  await expect(page.locator('.instance')).toHaveCount(0);
  await expect(nextItem(page, '备案服务号')).toBeVisible();
  await page.locator('.use-service-code').click();
  await until(page, 'useServiceCode', false);
  await until(page, 'instance', 'i-bp1a2k7yq3x9dm4c8n0e', () => pick(page, () => page.locator('.instance').click(),
    page.locator('.next-overlay-wrapper.opened .next-menu-item').filter({ hasText: '47.96.56.78' }).first()));
  await page.locator('.agreed').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout14-mps-site-unit-fusion-remotesearch: blur check, date picker, dynamic rows, upload, range picker, radio buttons, cascader, remote search deriving a code, radio reveals checkboxes, multiple select', async () => {
  const build = 'heldout14-mps-site-unit-fusion-remotesearch';
  const page = await open(build);
  const name = page.locator('.site-name input');
  await name.fill('云栖');
  await name.blur();
  await expect(nextItem(page, '网站名称')).toContainText('网站名称不少于 3 个汉字');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  await page.locator('.sub-add').click();
  await page.locator('.sub-add').click();
  await page.locator('.sub-domain-0 input').fill('yunqi-demo.com.cn');
  await page.locator('.sub-domain-1 input').fill('yunqi-demo.net');
  await until(page, 'subDomains', ['yunqi-demo.com.cn', 'yunqi-demo.net']);
  await page.locator('.sub-del-1').click();
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await page.locator('.domain-cert input[type=file]').setInputFiles(file('yunqi-domain-cert.png'));
  await until(page, 'domainCert', ['yunqi-domain-cert.png']);
  await until(page, 'domainCertValidity', ['2025-11-01', '2028-11-01'], () => typeRange(page, page.locator('.domain-cert-validity input'), '2025-11-01', '2028-11-01'));
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    if (!(await page.locator('.next-overlay-wrapper.opened .next-cascader-menu').count())) await page.locator('.ap-region').click();
    for (const t of ['浙江省', '杭州市', '余杭区']) await page.locator('.next-overlay-wrapper.opened .next-cascader-menu-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await page.locator('.ap-name input').fill('阿里云');
    await nextOption(page, '阿里云计算有限公司').click({ timeout: 3000 });
  });
  await until(page, 'apCode', '673959654');
  await expect(page.locator('.ap-code input')).toHaveAttribute('readonly', '');
  await expect(nextItem(page, '交互服务类型')).toHaveCount(0);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await nextItem(page, '交互服务类型').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactiveKinds', []);
  await expect(nextItem(page, '交互服务类型')).toHaveCount(0);
  await until(page, 'languages', ['中文简体'], () => pick(page, () => page.locator('.languages').click(), nextOption(page, '中文简体')));
  await page.mouse.click(5, 5);
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elItem = (page: Page, label: string) => page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: exact(label) }) }).first();
const elOption = (page: Page, text: string) => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: exact(text) }).first();

test('heldout14-aliyun-site-unit-elp-transfer: dynamic tags, a select fed by the tags, blur check, grouped multiple select, transfer, checkbox reveals items, radio reveals a person, term select deriving the end date, split landline', async () => {
  const build = 'heldout14-aliyun-site-unit-elp-transfer';
  const page = await open(build);
  await expect(page.locator('.main-domain .el-select__wrapper')).toHaveClass(/is-disabled/);
  for (const d of ['www.yunqi-demo.cn', 'yunqi-demo.cn', 'yunqi-demo.com.cn']) {
    await page.locator('.domain-add').click();
    await page.locator('.domain-new input').fill(d);
    await page.locator('.domain-new input').press('Enter');
  }
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await expect(page.locator('.domain-tag')).toHaveCount(2);
  await until(page, 'mainDomain', 'yunqi-demo.cn', () => pick(page, () => page.locator('.main-domain').click(), elOption(page, 'yunqi-demo.cn')));
  const home = page.locator('.home-url input').last();
  await home.fill('www.example.com');
  await home.blur();
  await expect(elItem(page, '网站首页URL')).toContainText('首页URL须属于已填写的网站域名');
  await home.fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await until(page, 'contents', ['单位门户网站'], () => pick(page, () => page.locator('.contents').click(), elOption(page, '单位门户网站')));
  await page.mouse.click(5, 5);
  const left = page.locator('.languages .el-transfer-panel').first();
  for (const l of ['中文简体', '英语']) await left.locator('.el-checkbox').filter({ hasText: exact(l) }).click();
  await page.locator('.languages .el-transfer__buttons button').nth(1).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await expect(elItem(page, '前置审批项')).toBeVisible();
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', false);
  await page.locator('.wp-same').getByText('是（李娜）').click();
  await until(page, 'wpName', '李娜');
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await page.locator('.wp-same').getByText('否，另行填写').click();
  await until(page, 'wpSame', '否');
  await page.locator('.wp-name input').fill('王强');
  await until(page, 'wpName', '王强');
  await until(page, 'wpTerm', '20年', () => pick(page, () => page.locator('.wp-term').click(), elOption(page, '20年')));
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await until(page, 'wpValidTo', '2040-08-12');
  await expect(page.locator('.wp-valid-to')).toHaveText('2040-08-12');
  const mobile = page.locator('.wp-mobile input');
  await mobile.fill('13600136000');
  await mobile.blur();
  await expect(elItem(page, '手机号码')).toContainText('手机号码不能相同');
  await mobile.fill('18600186000');
  await page.locator('.office-area input').fill('0571');
  await page.locator('.office-number input').fill('88887777');
  await until(page, 'wpOffice', '0571-88887777');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout14-mps-principal-person-antd-sidebyside: copy box copies and locks, select, blur check, range picker swapped by 长期有效, picture-card upload, end date typed as 长期', async () => {
  const build = 'heldout14-mps-principal-person-antd-sidebyside';
  const page = await open(build);
  const sec = page.locator('.role-sec');
  await sec.locator('.sec-same').click();
  await until(page, 'secName', '张伟');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await expect(sec.locator('.sec-name')).toBeDisabled();
  await sec.locator('.sec-same').click();
  await until(page, 'secName', '');
  await sec.locator('.sec-name').fill('张伟');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => sec.locator('.sec-cert-type').click(),
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact('居民身份证') }).first()));
  const no = sec.locator('.sec-cert-number');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(sec).toContainText('证件号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, sec.locator('.sec-validity input'), '2018-03-01', '2038-03-01'));
  await sec.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', []);
  await expect(sec.locator('.sec-validity')).toHaveCount(0);
  await sec.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await sec.locator('.photo-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  const emg = page.locator('.role-emg');
  await emg.locator('.emg-same').click();
  await until(page, 'emgValidTo', '2038-03-01');
  await emg.locator('.emg-same').click();
  const to = emg.locator('.emg-valid-to');
  await to.fill('2038/03/01');
  await to.blur();
  await expect(emg).toContainText('请填写 yyyy-mm-dd 格式的日期或“长期”');
  await to.fill('长期');
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgValidTo', '');
  await to.fill('2038-03-01');
  await until(page, 'emgValidTo', '2038-03-01');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tdOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();

test('heldout14-aliyun-upload-person-tdesign-materialtable: radio adds a table row, image and file uploads in table cells, refresh button, submit message', async () => {
  const build = 'heldout14-aliyun-upload-person-tdesign-materialtable';
  const page = await open(build);
  await expect(page.locator('.materials tbody tr')).toHaveCount(5);
  await page.locator('.in-province').getByText('否', { exact: true }).click();
  await until(page, 'inProvince', '否');
  await expect(page.locator('.materials tbody tr')).toHaveCount(6);
  await expect(page.locator('.materials')).toContainText('浙江省居住证');
  await page.locator('.in-province').getByText('是', { exact: true }).click();
  await until(page, 'inProvince', '是');
  await expect(page.locator('.materials tbody tr')).toHaveCount(5);
  await page.locator('.up-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await page.locator('.up-promiseLetter input[type=file]').setInputFiles(file('promise-signed.png'));
  await until(page, 'promiseLetter', ['promise-signed.png']);
  await page.getByRole('button', { name: '刷新二维码' }).click();
  await until(page, 'refreshClicks', 1);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toHaveText('请先勾选确认');
  await finish(page, build);
});

test('heldout14-baidu-basic-unit-tdesign-taginput: lazy cascader, filled radio buttons with 其他 revealing a select, filtered select, blur check, radios swap a field, tag input, captcha, agreement, 验证', async () => {
  const build = 'heldout14-baidu-basic-unit-tdesign-taginput';
  const page = await open(build);
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    if (!(await page.locator('.t-cascader__menu:visible').count())) await page.locator('.mail-region').click();
    for (const t of ['浙江省', '杭州市', '余杭区']) await page.locator('.t-cascader__menu:visible .t-cascader__item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.nature').getByText('其他', { exact: true }).click();
  await expect(page.locator('.other-nature')).toBeVisible();
  await until(page, 'nature', '基金会', () => pick(page, () => page.locator('.other-nature').click(), tdOption(page, '基金会')));
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await expect(page.locator('.other-nature')).toHaveCount(0);
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), tdOption(page, '营业执照（个人或企业）')));
  const no = page.locator('.cert-number input');
  await no.fill('91330110MA2H3K7Q1');
  await no.blur();
  await expect(page.getByText('统一社会信用代码格式有误')).toBeVisible();
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await page.locator('.resource-kind').getByText('备案操作码', { exact: true }).click();
  await expect(page.locator('.op-code')).toBeVisible();
  await expect(page.locator('.ips')).toHaveCount(0);
  await page.locator('.resource-kind').getByText('云服务器 BCC', { exact: true }).click();
  await until(page, 'resourceKind', 'BCC云服务器');
  const ips = page.locator('.ips input');
  for (const ip of ['47.96.56.78', '2408:4000:1000::10']) { await ips.fill(ip); await ips.press('Enter'); }
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.agreed').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

test('heldout14-tencent-subject-person-tea-smscode: blur check, tabs cascader, pre-ticked copy box, radios reveal pickers, country-code select, SMS button', async () => {
  const build = 'heldout14-tencent-subject-person-tea-smscode';
  const page = await open(build);
  const name = page.locator('input.name, .name input').first();
  await name.fill('Zhang Wei');
  await name.blur();
  await expect(page.getByText('请填写身份证上的中文姓名')).toBeVisible();
  await name.fill('张伟');
  await until(page, 'name', '张伟');
  await expect(page.locator('.pr-name')).toHaveText('张伟');
  await until(page, 'certRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.tea-cascader-menu:visible').count())) await page.locator('.cert-region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.tea-cascader-menu:visible .tea-cascader-menu__label').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('input.cert-detail, .cert-detail input').first().fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailSame', false);
  await until(page, 'mailRegion', []);
  await expect(page.locator('.mail-region')).toBeVisible();
  await page.locator('.mail-same').click();
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.valid-kind').getByText('长期', { exact: true }).click();
  await expect(page.locator('.valid-from')).toBeVisible();
  await page.locator('.valid-kind').getByText('固定期限', { exact: true }).click();
  await until(page, 'validKind', '固定期限');
  await until(page, 'validity', ['2018-03-01', '2038-03-01'], async () => {
    const inputs = page.locator('.validity input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2018-03-01');
    await inputs.nth(1).click();
    await inputs.nth(1).fill('2038-03-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await expect(page.locator('.country-code')).toContainText('+86');
  await page.locator('input.mobile, .mobile input').first().fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await until(page, 'smsClicks', 1);
  await expect(page.locator('.sms-send')).toContainText('s 后重新获取');
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout14-beian-old-subject-unit-native-grid4: four-column table with label-for, coded selects, blur checks, file input, AJAX-like region selects, 长期 tick, captcha, buttons', async () => {
  const build = 'heldout14-beian-old-subject-unit-native-grid4';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('table.form4 tr').first()).toContainText('单位基本信息');
  await page.getByLabel('主体性质').selectOption({ label: '企业' });
  await until(page, 'nature', '企业');
  await page.getByLabel('单位名称').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await page.getByLabel('单位证件类型').selectOption({ label: '营业执照证书' });
  await until(page, 'unitCertType', '营业执照证书');
  await page.locator('#dwzjhm').fill('91330110MA2H3K7Q1X');
  await page.locator('#dwzjhm').blur();
  await expect(page.locator('#dwzjhm_err')).toHaveText('统一社会信用代码有误');
  await page.locator('#dwzjhm').fill('91330110MA2H3K7Q18');
  await page.locator('#dwzjfj').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitCertFile', ['yunqi-licence.png']);
  await expect(page.locator('#bgshi')).toBeDisabled();
  await page.locator('#bgsheng').selectOption({ label: '浙江省' });
  await expect(page.locator('#bgshi')).toBeEnabled();
  await page.locator('#bgshi').selectOption({ label: '杭州市' });
  await expect(page.locator('#bgxian')).toBeEnabled();
  await page.locator('#bgxian').selectOption({ label: '余杭区' });
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#yxqq').fill('2016-5-10');
  await page.locator('#yxqq').blur();
  await expect(page.locator('#yxqq_err')).toHaveText('格式：yyyy-mm-dd');
  await page.locator('#yxqq').fill('2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await page.locator('#yxqz').fill('2036-05-10');
  await page.locator('#cqyx').check();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(page.locator('#yxqz')).toBeDisabled();
  await page.getByLabel('负责人证件类型').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '居民身份证');
  await page.locator('#btnReset').click();
  await until(page, 'resetClicks', 1);
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-14 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout14-aliyun-basic-unit-fusion-instanceselect', 'heldout14-aliyun-site-unit-elp-transfer', 'heldout14-aliyun-upload-person-tdesign-materialtable',
    'heldout14-mps-principal-person-antd-sidebyside', 'heldout14-mps-site-unit-fusion-remotesearch', 'heldout14-beian-old-subject-unit-native-grid4',
    'heldout14-tencent-subject-person-tea-smscode', 'heldout14-baidu-basic-unit-tdesign-taginput',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout14-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout14-aliyun-site-unit-elp-transfer',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout14-tencent-subject-person-tea-smscode',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout14/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout14/antd.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout14/no-such.css');
  expect(await head('/__heldout14/tdesign.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout14/no-such.css');
  expect(await head('/__heldout14/fusion.css')).toBe(200);
});
