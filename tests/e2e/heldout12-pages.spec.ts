/**
 * The gen-12 replica builds (held out, now retired into tuning) (tests/replicas/heldout12) are real pages: a user driving one widget of
 * each kind on every page (three linked region selects, a 同证件住址 checkbox, yes/no radios revealing a range picker,
 * an SMS-code button, domain rows with a 主域名 radio, an http:// addon, preset checkboxes, a term select deriving an
 * end date, split phones, drag-and-drop material cards, a searchable county-path select, 长期 / 指定日期 radios, image
 * uploads, header copy checkboxes, a switch, an ID-notation validity text, a licence photo filling empty fields,
 * button radios copying and locking, a region prefix, a searchable cascader, a radio-selection instance table,
 * native <details>, linked <select>s loaded by AJAX, IPv4 / IPv6 rows, a native date input, buttons) changes the
 * framework state that getState() reports, and every `expect` key of the build exists in the initial state (keys
 * the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots
 * land in /tmp/heldout12/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout12 } from '../replicas/heldout12';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout12, '/tmp/heldout12');
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

/**
 * Type a date into a picker's input and confirm it with Enter, then click away. `focus`: reach the input without
 * the click that opens the panel (TDesign's single DatePicker shows typed text only while its panel is closed).
 */
async function typeInto(page: Page, input: Locator, value: string, focus = false) {
  if (focus) await input.focus();
  else await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}

/* ------------------------------------------------------------------ TDesign */

const tdItem = (scope: Page | Locator, label: string) => {
  const page = 'goto' in scope ? scope : scope.page();
  return scope.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: exact(label) }) }).first();
};
const tdOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();
const tdPick = (page: Page, select: Locator, key: string, text: string, value: unknown = text) =>
  until(page, key, value, () => pick(page, () => select.click(), tdOption(page, text)));

test('heldout12-aliyun-subject-person-tdesign-selects: three linked selects, 同证件住址 checkbox (effective address), 是否长期有效 radios reveal a range picker, blur checks, SMS button', async () => {
  const build = 'heldout12-aliyun-subject-person-tdesign-selects';
  const page = await open(build);
  const item = (label: string) => tdItem(page, label);
  const name = page.locator('.owner-name input');
  await name.fill('zhang wei');
  await name.blur();
  await expect(item('主办人姓名')).toContainText('请填写身份证上的中文姓名');
  await name.fill('张伟');
  await until(page, 'ownerName', '张伟');
  await expect(page.locator('.cert-region-1 input')).toBeDisabled();
  await tdPick(page, page.locator('.cert-region-0'), 'certRegion', '浙江省', ['浙江省']);
  await tdPick(page, page.locator('.cert-region-1'), 'certRegion', '杭州市', ['浙江省', '杭州市']);
  await tdPick(page, page.locator('.cert-region-2'), 'certRegion', '西湖区', ['浙江省', '杭州市', '西湖区']);
  await page.locator('.cert-detail input').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'certDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('.mail-detail input').fill('文三路 1 号');
  await until(page, 'mailDetail', '文三路 1 号');
  await page.locator('.mail-same').click();
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await expect(page.locator('.mail-region-0')).toHaveCount(0);
  await expect(page.locator('.mail-copied')).toHaveText('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await expect(page.locator('.validity')).toHaveCount(0);
  await item('是否长期有效').getByText('是', { exact: true }).click();
  await until(page, 'longTermAnswer', '是');
  await until(page, 'validity', ['2018-03-01', ''], () => typeInto(page, page.locator('.valid-from input'), '2018-03-01', true));
  await item('是否长期有效').getByText('否', { exact: true }).click();
  await until(page, 'validity', []);
  await until(page, 'validity', ['2018-03-01', '2038-03-01'], async () => {
    const inputs = page.locator('.validity input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2018-03-01');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).click();
    await inputs.nth(1).fill('2038-03-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await page.locator('.mobile input').fill('13800138000');
  const em = page.locator('.emergency input');
  await em.fill('13800138000');
  await em.blur();
  await expect(item('应急电话号码')).toContainText('不能与手机号码相同');
  await em.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await until(page, 'smsClicks', 1);
    await expect(page.locator('.sms-send')).toContainText('秒后重发');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout12-mps-principal-person-tdesign-idnotation: header copy checkboxes lock, select, blur check, range picker + 长期 switch, image upload, ID-notation validity text', async () => {
  const build = 'heldout12-mps-principal-person-tdesign-idnotation';
  const page = await open(build);
  const sec = page.locator('.role-sec');
  const emg = page.locator('.role-emg');
  await sec.locator('.sec-same').click();
  await until(page, 'secName', '张伟');
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await expect(sec.locator('.sec-name input')).toBeDisabled();
  await sec.locator('.sec-same').click();
  await until(page, 'secSame', false);
  await sec.locator('.sec-name input').fill('张伟伟');
  await until(page, 'secName', '张伟伟');
  await tdPick(page, sec.locator('.sec-cert-type'), 'secCertType', '普通护照');
  await tdPick(page, sec.locator('.sec-cert-type'), 'secCertType', '居民身份证');
  const no = sec.locator('.sec-cert-number input');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(tdItem(sec, '证件号码')).toContainText('证件号码格式不正确');
  await no.fill('330106199003071236');
  await until(page, 'secCertNumber', '330106199003071236');
  await sec.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', ['2018-03-01', '']);
  await expect(sec.locator('.sec-validity')).toHaveCount(0);
  await sec.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await until(page, 'secValidity', ['2018-03-01', '2040-01-01'], async () => {
    const inputs = sec.locator('.sec-validity input');
    await inputs.nth(1).click();
    await inputs.nth(1).fill('2040-01-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await sec.locator('.photo-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await expect(sec.locator('.photo-secIdFront')).toContainText('zhangwei-id-front.png');
  await expect(sec.locator('.t-input-adornment__prepend').first()).toHaveText('+86');
  const vt = emg.locator('.emg-validity input');
  await vt.fill('2018/03/01');
  await vt.blur();
  await expect(tdItem(emg, '证件有效期限')).toContainText('格式应为');
  await vt.fill('2018.03.01-2038.03.01');
  await until(page, 'emgValidFrom', '2018-03-01');
  await until(page, 'emgValidTo', '2038-03-01');
  await vt.fill('2016.05.10-长期');
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgValidTo', '');
  await emg.locator('.emg-same').click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgValidTo', '2038-03-01');
  await expect(emg.locator('.emg-validity input')).toHaveValue('2018.03.01-2038.03.01');
  await expect(emg.locator('.emg-mobile input')).toBeDisabled();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout12-baidu-subject-unit-tdesign-ocr: a licence photo fills only empty fields, blur check, region-prefixed detail, 同法定代表人 copies / follows / locks, 其他人员 reveals an upload, 长期有效, template link', async () => {
  const build = 'heldout12-baidu-subject-unit-tdesign-ocr';
  const page = await open(build);
  const item = (label: string) => tdItem(page, label);
  await expect(page.locator('.nature input')).toBeDisabled();
  await page.locator('.legal-name input').fill('王五');
  await page.locator('.cert-photo input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'certPhoto', ['yunqi-licence.png']);
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await until(page, 'legalName', '王五'); // what the page held is kept
  await expect(page.locator('.ocr-note')).toContainText('已识别营业执照信息');
  const uscc = page.locator('.unit-cert-number input');
  await uscc.fill('91330110ma2h3k7q17');
  await uscc.blur();
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q17');
  await expect(item('单位证件号码')).toContainText('统一社会信用代码校验未通过');
  await uscc.fill('91330110MA2H3K7Q18');
  await page.locator('.cert-address textarea').fill('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await until(page, 'certAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await expect(item('通信地址')).toContainText('浙江省杭州市余杭区');
  await page.locator('.mail-detail input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await page.locator('.legal-id input').fill('330110198511204525');
  await item('主体负责人').getByText('同法定代表人', { exact: true }).click();
  await until(page, 'prName', '王五');
  await until(page, 'prCertNumber', '330110198511204525');
  await expect(page.locator('.pr-name input')).toBeDisabled();
  await page.locator('.legal-name input').fill('李娜');
  await until(page, 'prName', '李娜');
  await item('主体负责人').getByText('其他人员', { exact: true }).click();
  await until(page, 'prName', '');
  await expect(item('法人授权书')).toBeVisible();
  await item('主体负责人').getByText('同法定代表人', { exact: true }).click();
  await until(page, 'prSource', '同法定代表人');
  await until(page, 'prCertType', '居民身份证');
  await expect(item('法人授权书')).toHaveCount(0);
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10', true));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to input')).toBeDisabled();
  const office = page.locator('.pr-office input');
  await office.fill('88886666');
  await office.blur();
  await expect(item('办公电话')).toContainText('请填写区号-号码');
  await office.fill('0571-88886666');
  await until(page, 'prOffice', '0571-88886666');
  await page.locator('.template').click();
  await until(page, 'templateClicks', 1);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const arcoItem = (page: Page, label: string) =>
  page.locator('.arco-form-item').filter({ has: page.locator('.arco-form-label-item', { hasText: exact(label) }) }).first();
const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup .arco-select-option').filter({ hasText: exact(text) }).first();
const arcoPick = (page: Page, select: Locator, key: string, text: string, value: unknown = text) =>
  until(page, key, value, () => pick(page, () => select.click(), arcoOption(page, text)));

test('heldout12-aliyun-site-unit-arco-domainrows: naming rule, domain rows with a 主域名 radio, http:// addon, selects, preset checkboxes, select reveals items, same-person checkbox, term select derives the end date, split phone', async () => {
  const build = 'heldout12-aliyun-site-unit-arco-domainrows';
  const page = await open(build);
  const item = (label: string) => arcoItem(page, label);
  const name = page.locator('input.site-name, .site-name input').first();
  await name.fill('中国云栖官网');
  await name.blur();
  await expect(item('网站名称')).toContainText('不能以“中国”等字样开头');
  await name.fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await page.locator('input.domain-0').fill('yunqi-demo.cn');
  await page.getByRole('button', { name: '+ 添加域名' }).click();
  await page.locator('input.domain-1').fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await page.locator('.main-1').click();
  await until(page, 'mainDomain', 'yunqi-demo.com.cn');
  await page.locator('.main-0').click();
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await page.locator('input.home-url, .home-url input').first().fill('http://www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await arcoPick(page, page.locator('.service-type'), 'serviceType', '网站应用服务');
  await arcoPick(page, page.locator('.content'), 'content', '单位门户网站');
  await expect(item('网站语言').locator('.arco-checkbox-checked')).toHaveCount(1);
  await item('网站语言').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await arcoPick(page, page.locator('.pre-approval'), 'preApproval', '是');
  await item('前置审批项').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await arcoPick(page, page.locator('.pre-approval'), 'preApproval', '否');
  await until(page, 'preItems', []);
  await expect(item('前置审批项')).toHaveCount(0);
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', true);
  await expect(page.locator('.wp-copied')).toBeVisible();
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', false);
  await page.locator('input.wp-name, .wp-name input').first().fill('王强');
  await until(page, 'wpName', '王强');
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await arcoPick(page, page.locator('.wp-valid-term'), 'wpValidTerm', '二十年');
  await until(page, 'wpValidTo', '2040-08-12');
  await expect(page.locator('input.wp-valid-to, .wp-valid-to input').first()).toHaveValue('2040-08-12');
  await arcoPick(page, page.locator('.wp-valid-term'), 'wpValidTerm', '长期');
  await until(page, 'wpValidTo', '');
  const area = page.locator('input.office-area, .office-area input').first();
  await area.fill('571');
  await area.blur();
  await expect(item('办公室电话')).toContainText('区号以 0 开头');
  await area.fill('0571');
  await page.locator('input.office-number, .office-number input').first().fill('88887777');
  await until(page, 'officeNumber', '88887777');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout12-volcengine-basic-person-arco-instancetable: whole-tree cascader, button radios with 其他 revealing a select, filtered select, blur check, 实名校验 button, radio-selection table, agreement', async () => {
  const build = 'heldout12-volcengine-basic-person-arco-instancetable';
  const page = await open(build);
  const item = (label: string) => arcoItem(page, label);
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.arco-cascader-popup:visible').count())) await page.locator('.region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.arco-cascader-popup:visible .arco-cascader-list-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await expect(page.locator('.cert-type')).toHaveClass(/disabled/);
  await item('主办者性质').getByText('其他', { exact: true }).click();
  await expect(item('其他性质')).toBeVisible();
  await item('主办者性质').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await expect(item('其他性质')).toHaveCount(0);
  await arcoPick(page, page.locator('.cert-type'), 'certType', '居民身份证');
  await page.locator('input.owner-name, .owner-name input').first().fill('张伟');
  await until(page, 'ownerName', '张伟');
  const no = page.locator('input.cert-number, .cert-number input').first();
  await no.fill('330106199003071230');
  await no.blur();
  await expect(item('主办者证件号码')).toContainText('身份证号码不正确');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await page.locator('input.domain, .domain input').first().fill('zhangwei-notes.cn');
  await page.getByRole('button', { name: '实名校验' }).click();
  await until(page, 'realNameClicks', 1);
  await expect(page.locator('.real-name-result')).toContainText('已实名认证');
  const row = page.locator('.instances tbody tr').filter({ hasText: '47.96.12.34' });
  await row.locator('.arco-radio').click();
  await until(page, 'instance', 'i-ycc8m2x4k7');
  await item('备案资源').getByText('备案授权码', { exact: true }).click();
  await until(page, 'instance', '');
  await expect(page.locator('.instances')).toHaveCount(0);
  await item('备案资源').getByText('云服务器', { exact: true }).click();
  await until(page, 'resourceKind', '云服务器');
  await page.getByText('我已阅读并同意《火山引擎备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaItem = (page: Page, label: string) => page.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).first();
const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box li').filter({ hasText: exact(text) }).first();

test('heldout12-aliyun-upload-person-tea-dragcards: drag-and-drop material cards (choose, delete), sample link, preset radios, face-check tick, buttons', async () => {
  const build = 'heldout12-aliyun-upload-person-tea-dragcards';
  const page = await open(build);
  await expect(page.locator('.mat')).toHaveCount(5);
  const front = page.locator('.mat-idFront');
  await expect(front.locator('.mat-title')).toHaveText('*身份证人像面');
  await front.locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(front).toContainText('zhangwei-id-front.png');
  await front.getByRole('button', { name: '删除', exact: true }).click();
  await until(page, 'idFront', []);
  await page.locator('.mat-domainCert input[type=file]').setInputFiles(file('domain-cert.png'));
  await until(page, 'domainCert', ['domain-cert.png']);
  await front.getByRole('button', { name: '查看示例' }).click();
  await until(page, 'sampleClicks', 1);
  await teaItem(page, '核验方式').getByText('支付宝扫码核验', { exact: true }).click();
  await until(page, 'verifyWay', '支付宝扫码核验');
  await page.getByText('我已在手机上完成人脸核验').click();
  await until(page, 'faceDone', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先上传必传资料');
  await finish(page, build);
});

test('heldout12-mps-subject-unit-tea-areasearch: select reveals the cards, select, blur check, image uploads, searchable county-path select + detail, 长期 / 指定日期 radios reveal a date, radios', async () => {
  const build = 'heldout12-mps-subject-unit-tea-areasearch';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  await expect(page.locator('.unit-card')).toHaveCount(0);
  await until(page, 'kind', '个人', () => pick(page, () => page.locator('.kind').click(), teaOption(page, '个人')));
  await expect(page.locator('.kind-note')).toBeVisible();
  await until(page, 'kind', '单位', () => pick(page, () => page.locator('.kind').click(), teaOption(page, '单位')));
  await expect(page.locator('.unit-card')).toBeVisible();
  await page.locator('.unit-name input, input.unit-name').first().fill('杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => pick(page, () => page.locator('.unit-cert-type').click(), teaOption(page, '营业执照证书')));
  const uscc = page.locator('.unit-cert-number input, input.unit-cert-number').first();
  await uscc.fill('91330110MA2H3K7Q17');
  await uscc.blur();
  await expect(item('主办单位证件号')).toContainText('统一社会信用代码校验未通过');
  await uscc.fill('91330110ma2h3k7q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await page.locator('.photo-unitCertFile input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitCertFile', ['yunqi-licence.png']);
  await expect(page.locator('.photo-unitCertFile')).toContainText('yunqi-licence.png');
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    const search = page.locator('.tea-dropdown-box:visible input[type=search]');
    if (!(await search.count())) await page.locator('.office-region').click();
    await search.first().fill('余杭', { timeout: 3000 });
    await page.locator('.tea-dropdown-box:visible li[aria-selected]').filter({ hasText: exact('浙江省 / 杭州市 / 余杭区') }).first().click({ timeout: 3000 });
  });
  await expect(page.locator('.office-region')).toContainText('浙江省 / 杭州市 / 余杭区');
  await page.locator('.office-detail input, input.office-detail').first().fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), teaOption(page, '居民身份证')));
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await item('证件有效期截止').getByText('指定日期', { exact: true }).click();
  await expect(page.locator('.pr-valid-to')).toBeVisible();
  await item('证件有效期截止').getByText('长期', { exact: true }).click();
  await until(page, 'prValidEnd', '长期');
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await item('是否利用生成式人工智能').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout12-beian-old-site-unit-native-details: disclosures, radios reveal rows, a native date input, IPv4 / IPv6 rows with blur checks, linked region selects by AJAX, selects, checkboxes, captcha', async () => {
  const build = 'heldout12-beian-old-site-unit-native-details';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await page.locator('#wz_mc').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await page.locator('#wz_sy').fill('http://www.yunqi-demo.cn');
  await page.locator('#wz_sy').blur();
  await expect(page.locator('#wz_sy_m')).toHaveText('请去掉 http:// 或 https://');
  await page.locator('#wz_sy').fill('www.yunqi-demo.cn');
  await expect(page.locator('#wz_zym')).toBeHidden();
  await page.locator('input[name=wz_yjym][value=否]').check();
  await expect(page.locator('#wz_fwdz')).toBeVisible();
  await page.locator('input[name=wz_yjym][value=是]').check();
  await until(page, 'hasApex', '是');
  await expect(page.locator('#wz_fwdz')).toBeHidden();
  await page.locator('#wz_zym').fill('yunqi-demo.cn');
  await page.locator('#wz_cym').fill('yunqi-demo.com.cn\n');
  await until(page, 'otherDomains', ['yunqi-demo.com.cn']);
  await page.locator('#wz_ktrq').fill('2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  await page.locator('#wz_ip').fill('47.96.56.78');
  await page.locator('#ipAdd').click();
  const row2 = page.locator('#ipRows .iprow').nth(1);
  await row2.locator('input').fill('2408:4000:1000::10');
  await row2.locator('input').blur();
  await expect(page.locator('#wz_ip_m')).toHaveText('2408:4000:1000::10：不是有效的IPv4地址');
  await row2.locator('select').selectOption('IPv6');
  await row2.locator('input').focus();
  await row2.locator('input').blur();
  await expect(page.locator('#wz_ip_m')).toHaveText('');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('#jr_gx').selectOption('境内');
  await until(page, 'apJurisdiction', '境内');
  await expect(page.locator('#jr_shi')).toBeDisabled();
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    await page.locator('#jr_sheng').selectOption({ label: '浙江省' });
    await expect(page.locator('#jr_shi')).toBeEnabled();
    await page.locator('#jr_shi').selectOption({ label: '杭州市' });
    await expect(page.locator('#jr_xian')).toBeEnabled();
    await page.locator('#jr_xian').selectOption({ label: '余杭区' });
  });
  await page.locator('#jr_mc').selectOption('阿里云计算有限公司');
  await until(page, 'apName', '阿里云计算有限公司');
  await page.locator('#jr_fs').selectOption('租赁主机');
  await until(page, 'apMethod', '租赁主机');
  await page.locator('#jr_bm').fill('6739596');
  await page.locator('#jr_bm').blur();
  await expect(page.locator('#jr_bm_m')).toHaveText('组织机构代码为9位');
  await page.locator('#jr_bm').fill('673959654');
  await until(page, 'apCode', '673959654');
  await expect(page.locator('#kindsRow')).toBeHidden();
  await page.locator('input[name=fw_jh][value=是]').check();
  await page.getByLabel('论坛社区').check();
  await page.getByLabel('网络评论').check();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.locator('input[name=fw_jh][value=否]').check();
  await until(page, 'interactiveKinds', []);
  await expect(page.locator('#kindsRow')).toBeHidden();
  await page.locator('input[name=fw_qzxk][value=无]').check();
  await until(page, 'preLicence', '无');
  await page.getByLabel('中文简体').check();
  await page.getByLabel('英语').check();
  await until(page, 'languages', ['英语', '中文简体']);
  await page.locator('details').nth(2).locator('summary').click();
  await expect(page.locator('#zc_mc')).toBeHidden();
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#bar_m')).toHaveText('请输入验证码');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-12 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout12-aliyun-subject-person-tdesign-selects', 'heldout12-aliyun-site-unit-arco-domainrows', 'heldout12-aliyun-upload-person-tea-dragcards',
    'heldout12-mps-subject-unit-tea-areasearch', 'heldout12-mps-principal-person-tdesign-idnotation', 'heldout12-beian-old-site-unit-native-details',
    'heldout12-baidu-subject-unit-tdesign-ocr', 'heldout12-volcengine-basic-person-arco-instancetable',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout12-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout12-aliyun-site-unit-arco-domainrows',
    'https://console.bce.baidu.com/other/?replicaBuild=heldout12-baidu-subject-unit-tdesign-ocr',
    'https://console.volcengine.com/beian/?replicaBuild=heldout12-baidu-subject-unit-tdesign-ocr',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout12-beian-old-site-unit-native-details',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.bce.baidu.com/__heldout12/tdesign.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.volcengine.com/__heldout12/arco.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout12/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330110', name: '余杭区' });
});
