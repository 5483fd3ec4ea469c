/**
 * The gen-13 replica builds (held out, now retired into tuning) (tests/replicas/heldout13) are real pages: a user driving one widget of
 * each kind on every page (display-only items, lazy and whole-tree cascaders, a button group for the mailing address,
 * a 同主办单位名称 link, a switch revealing an upload, a range picker swapped by a 长期 checkbox, a 086- / +86 prefixed
 * landline, option-group selects, radio buttons, an IP-address box with a derived instance, picture-card uploads, tabs
 * with copy checkboxes, a derived-address select, a searchable multi select, a tag select, a copy link, a live remark
 * check, <dl> rows with <select> yes/no, a ;-separated IP textarea, <input list> names, a copy tick, a <select multiple>,
 * an autocomplete, 有 / 无 radios, material rows, buttons) changes the framework state that getState() reports, and every
 * `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no
 * extension needed), every other request aborted. Screenshots land in /tmp/heldout13/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout13 } from '../replicas/heldout13';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout13, '/tmp/heldout13');
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

/** Type a date into a picker's input, confirm it with Enter, click away. `focus`: reach the input without opening the panel. */
async function typeInto(page: Page, input: Locator, value: string, focus = false) {
  if (focus) await input.focus();
  else await input.click();
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

/* ------------------------------------------------------------------ OpenTiny */

const tinyItem = (scope: Page | Locator, label: string) => {
  const page = 'goto' in scope ? scope : scope.page();
  return scope.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: exact(label) }) }).first();
};
const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible li.tiny-option').filter({ hasText: exact(text) }).first();
const tinyPick = (page: Page, select: Locator, key: string, text: string, value: unknown = text) =>
  until(page, key, value, () => pick(page, () => select.click(), tinyOption(page, text)));
/** Click a cascader's nodes level by level (lazy levels arrive late: the whole walk is retried). */
const tinyCascade = (page: Page, cascader: Locator, key: string, path: string[]) =>
  until(page, key, path, async () => {
    if (!(await page.locator('.tiny-cascader-menu:visible').count())) await cascader.click();
    for (const t of path) await page.locator('.tiny-cascader-menu:visible .tiny-cascader-node').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });

test('heldout13-aliyun-subject-unit-opentiny-displayonly: display-only items, blur check, lazy cascader, address button group, copy link, switch reveals an upload, range picker swapped by 长期, 086- landline', async () => {
  const build = 'heldout13-aliyun-subject-unit-opentiny-displayonly';
  const page = await open(build);
  const item = (label: string) => tinyItem(page, label);
  await expect(item('主办单位性质')).toContainText('企业');
  await expect(item('主办单位性质').locator('input')).toBeDisabled();
  await page.locator('.unit-name input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await tinyCascade(page, page.locator('.cert-region'), 'certRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('.cert-detail input').fill('文一西路 969 号 2 幢 305 室');
  await page.locator('.mail-source').getByText('同证件住所', { exact: true }).click();
  await until(page, 'mailAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-copied')).toHaveText('将使用证件住所：浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await page.locator('.mail-source').getByText('另行填写', { exact: true }).click();
  await page.locator('.mail-own textarea').fill('浙江省杭州市余杭区五常街道 88 号');
  await until(page, 'mailAddress', '浙江省杭州市余杭区五常街道 88 号');
  await page.locator('.same-name').click();
  await until(page, 'investor', '杭州云栖示例科技有限公司');
  await expect(item('法定代表人授权书')).toBeVisible();
  await page.locator('.pr-is-legal').click();
  await until(page, 'prIsLegal', true);
  await expect(item('法定代表人授权书')).toHaveCount(0);
  await tinyPick(page, page.locator('.pr-cert-type'), 'prCertType', '居民身份证');
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-validity')).toHaveCount(0);
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prValidFrom', '');
  await expect(page.locator('.pr-validity')).toBeVisible();
  await expect(item('办公室电话')).toContainText('086-');
  const office = page.locator('.pr-office input');
  await office.fill('88886666');
  await office.blur();
  await expect(item('办公室电话')).toContainText('格式为 区号-号码');
  await office.fill('0571-88886666');
  await until(page, 'prOffice', '0571-88886666');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout13-aliyun-basic-person-opentiny-ipaddress: whole-tree cascader, option-group select gating a filtered select, a blur check, radios swap fields, preset radio buttons, IP-address box with a derived instance, agreement, 信息校验', async () => {
  const build = 'heldout13-aliyun-basic-person-opentiny-ipaddress';
  const page = await open(build);
  const item = (label: string) => tinyItem(page, label);
  await tinyCascade(page, page.locator('.region'), 'region', ['浙江省', '杭州市', '西湖区']);
  await expect(page.locator('.cert-type input').first()).toBeDisabled();
  await tinyPick(page, page.locator('.nature'), 'nature', '个人');
  await tinyPick(page, page.locator('.cert-type'), 'certType', '居民身份证');
  const no = page.locator('.cert-number input');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(item('主办者证件号码')).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await item('备案服务类型').getByText('App', { exact: true }).click();
  await expect(item('App名称')).toBeVisible();
  await item('备案服务类型').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await page.locator('.domain input').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await item('备案资源类型').getByText('备案服务号', { exact: true }).click();
  await expect(page.locator('.ecs-ip')).toHaveCount(0);
  await item('备案资源类型').getByText('ECS云服务器', { exact: true }).click();
  await until(page, 'resourceKind', 'ECS云服务器');
  const octets = page.locator('.ecs-ip input');
  await expect(octets).toHaveCount(4);
  for (const [i, o] of ['47', '96', '12', '34'].entries()) await octets.nth(i).fill(o);
  await until(page, 'ecsIp', '47.96.12.34');
  await until(page, 'instance', 'i-bp1g6zv0ce8oh9k2q4xd');
  await expect(page.locator('.instance')).toContainText('i-bp1g6zv0ce8oh9k2q4xd');
  await page.locator('.agreed').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout13-mps-subject-person-opentiny-buttongroup: button group reveals fields, select, two dates + 长期, picture-card upload, lazy cascader, blur check, radios', async () => {
  const build = 'heldout13-mps-subject-person-opentiny-buttongroup';
  const page = await open(build);
  const item = (label: string) => tinyItem(page, label);
  await expect(page.locator('.name')).toHaveCount(0);
  await page.locator('.kind').getByText('单位', { exact: true }).click();
  await expect(item('主办单位名称')).toBeVisible();
  await page.locator('.kind').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await expect(item('主办单位名称')).toHaveCount(0);
  await expect(page.getByText('开办者信息')).toBeVisible();
  await page.locator('.name input').fill('张伟');
  await tinyPick(page, page.locator('.cert-type'), 'certType', '居民身份证');
  await page.locator('.cert-number input').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await until(page, 'validFrom', '2018-03-01', () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await until(page, 'validTo', '2038-03-01', () => typeInto(page, page.locator('.valid-to input'), '2038-03-01'));
  await page.locator('.long-term').click();
  await until(page, 'longTerm', true);
  await until(page, 'validTo', '');
  await expect(page.locator('.valid-to input')).toBeDisabled();
  await page.locator('.photo-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await tinyCascade(page, page.locator('.residence-region'), 'residenceRegion', ['浙江省', '杭州市', '西湖区']);
  const office = page.locator('.office-phone input');
  await office.fill('12345');
  await office.blur();
  await expect(item('办公室电话')).toContainText('请填写 区号-号码');
  await item('是否利用生成式人工智能').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout13-mps-principal-unit-opentiny-tabs: copy checkbox copies and locks, select, blur check, range picker + 长期有效 switch, upload, tabs, copy on the second tab, 长期 checkbox', async () => {
  const build = 'heldout13-mps-principal-unit-opentiny-tabs';
  const page = await open(build);
  const sec = page.locator('.role-sec');
  await sec.locator('.sec-same').click();
  await until(page, 'secName', '李娜');
  await until(page, 'secLongTerm', true);
  await expect(sec.locator('.sec-name input')).toBeDisabled();
  await sec.locator('.sec-same').click();
  await until(page, 'secSame', false);
  await sec.locator('.sec-name input').fill('王强');
  await until(page, 'secName', '王强');
  await tinyPick(page, sec.locator('.sec-cert-type'), 'secCertType', '居民身份证');
  const no = sec.locator('.sec-cert-number input');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(tinyItem(sec, '证件号码')).toContainText('证件号码校验未通过');
  await no.fill('110105198808123011');
  await sec.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await until(page, 'secValidity', ['2020-08-12', '2040-08-12'], () => typeRange(page, sec.locator('.sec-validity input'), '2020-08-12', '2040-08-12'));
  await sec.locator('.photo-secIdFront input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'secIdFront', ['wangqiang-id-front.png']);
  await expect(page.locator('.emg-name input')).toBeHidden();
  await page.getByRole('tab', { name: '网站应急联络人' }).click();
  const emg = page.locator('.role-emg');
  await expect(emg.locator('.emg-name input')).toBeVisible();
  await emg.locator('.emg-same').click();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgValidFrom', '2016-05-10');
  await until(page, 'emgLongTerm', true);
  await expect(emg.locator('.emg-mobile input')).toBeDisabled();
  await emg.locator('.emg-same').click();
  await until(page, 'emgSame', false);
  await emg.locator('.emg-long-term').click();
  await until(page, 'emgLongTerm', false);
  await until(page, 'emgValidTo', '2036-05-10', () => typeInto(page, emg.locator('.emg-valid-to input'), '2036-05-10'));
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaItem = (page: Page, label: string) => page.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).first();
const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box:visible li').filter({ hasText: exact(text) }).first();

test('heldout13-aliyun-site-person-tea-anchornav: naming rule, derived-address select, searchable multi select, tag select, switch reveals items, copy link, range picker + 长期有效, blur check, live remark check', async () => {
  const build = 'heldout13-aliyun-site-person-tea-anchornav';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  const name = page.locator('.site-name input, input.site-name').first();
  await name.fill('张伟的博客');
  await name.blur();
  await expect(item('网站名称')).toContainText('个人网站名称不能含有“博客”');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), teaOption(page, 'www.zhangwei-notes.cn')));
  await until(page, 'contents', ['其他'], async () => {
    if (!(await page.locator('.tea-dropdown-box:visible').count())) await page.locator('.contents').click();
    await teaOption(page, '其他').click({ timeout: 3000 });
    await page.locator('.tea-dropdown-box:visible').getByRole('button', { name: '确定' }).click({ timeout: 3000 });
  });
  await until(page, 'languages', ['中文简体'], async () => {
    await page.locator('.languages input').first().click();
    await page.locator('.languages input').first().fill('中文');
    await teaOption(page, '中文简体').click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await item('前置审批项').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await page.locator('.pre-approval').click();
  await until(page, 'preItems', []);
  await expect(item('前置审批项')).toHaveCount(0);
  await page.locator('.from-principal').click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01']);
  await page.locator('.wp-long-term').click();
  await until(page, 'wpValidity', []);
  await expect(page.locator('.wp-validity')).toHaveCount(0);
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  const em = page.locator('.wp-emergency input, input.wp-emergency').first();
  await em.fill('13800138000');
  await em.blur();
  await expect(item('应急联系电话')).toContainText('不能与负责人手机号码相同');
  await em.fill('13900139000');
  await until(page, 'wpEmergency', '13900139000');
  const remark = page.locator('textarea.remark, .remark textarea').first();
  await remark.fill('我的个人博客');
  await expect(item('网站备注')).toContainText('备注中不能含有“博客”');
  await remark.fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tdItem = (page: Page, label: string) => page.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: exact(label) }) }).first();
const tdOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();

test('heldout13-tencent-subject-unit-tdesign-hasend: blur check, whole-tree cascader, 与证件住所相同 switch, autocomplete, select, 有 / 无 radios swap pickers, +86 landline', async () => {
  const build = 'heldout13-tencent-subject-unit-tdesign-hasend';
  const page = await open(build);
  const item = (label: string) => tdItem(page, label);
  const name = page.locator('.unit-name input');
  await name.fill('云栖示例科技');
  await name.blur();
  await expect(item('主办单位名称')).toContainText('企业名称应与营业执照一致');
  await name.fill('杭州云栖示例科技有限公司');
  await until(page, 'certRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    if (!(await page.locator('.t-cascader__menu:visible').count())) await page.locator('.cert-region').click();
    for (const t of ['浙江省', '杭州市', '余杭区']) await page.locator('.t-cascader__menu:visible .t-cascader__item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.cert-detail input').fill('文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-region')).toBeVisible();
  await page.locator('.mail-same').click();
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await expect(page.locator('.mail-region')).toHaveCount(0);
  await until(page, 'investor', '杭州云栖示例科技有限公司', async () => {
    await page.locator('.investor input').click();
    await page.locator('.investor input').fill('杭州');
    await page.locator('.t-popup:visible').getByText('杭州云栖示例科技有限公司').first().click({ timeout: 3000 });
  });
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), tdOption(page, '居民身份证')));
  await item('证件有效期是否有截止日期').getByText('有', { exact: true }).click();
  await expect(page.locator('.pr-validity')).toBeVisible();
  await item('证件有效期是否有截止日期').getByText('无', { exact: true }).click();
  await until(page, 'prHasEnd', '无');
  await expect(page.locator('.pr-validity')).toHaveCount(0);
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10', true));
  await expect(item('固定电话').locator('.t-input-adornment__prepend')).toHaveText('+86');
  const tel = page.locator('.pr-landline input');
  await tel.fill('88886666');
  await tel.blur();
  await expect(item('固定电话')).toContainText('格式为 区号-号码');
  await tel.fill('0571-88886666');
  await until(page, 'prLandline', '0571-88886666');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

test('heldout13-volcengine-upload-unit-arco-materialrows: picture-card uploads, date pickers with a 长期 checkbox, SMS button, agreement, submit message', async () => {
  const build = 'heldout13-volcengine-upload-unit-arco-materialrows';
  const page = await open(build);
  await expect(page.locator('.mat-row')).toHaveCount(7);
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'licenceFrom', '2019-06-18', () => typeInto(page, page.locator('.licence-from input'), '2019-06-18'));
  await until(page, 'licenceTo', '2039-06-17', () => typeInto(page, page.locator('.licence-to input'), '2039-06-17'));
  await page.locator('.licence-long-term').click();
  await until(page, 'licenceLongTerm', true);
  await until(page, 'licenceTo', '');
  await expect(page.locator('.licence-to input')).toBeDisabled();
  await page.locator('.up-wpIdFront input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'wpIdFront', ['wangqiang-id-front.png']);
  await page.getByRole('button', { name: '发送核验短信' }).click();
  await until(page, 'smsClicks', 1);
  await expect(page.locator('.sms')).toHaveText('已发送');
  await page.getByRole('button', { name: '提交备案' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.msg')).toContainText('请先阅读并同意服务协议');
  await page.locator('.agreed').click();
  await until(page, 'agreed', true);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout13-beian-old-site-person-native-dl: dl rows, <select> yes/no reveals rows, blur checks, ;-separated IP textarea, linked region selects, <input list> names, radios, copy tick, <select multiple>, captcha', async () => {
  const build = 'heldout13-beian-old-site-person-native-dl';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('label[for]')).toHaveCount(0);
  await page.locator('#wzmc').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await page.locator('#wzsy').fill('http://www.zhangwei-notes.cn');
  await page.locator('#wzsy').blur();
  await expect(page.locator('#wzsy_msg')).toHaveText('首页地址不要带 http://');
  await page.locator('#wzsy').fill('www.zhangwei-notes.cn');
  await expect(page.locator('#yjym')).toBeHidden();
  await page.locator('#ywyjym').selectOption('有');
  await until(page, 'hasApex', '有');
  await page.locator('#yjym').fill('zhangwei-notes.cn');
  await until(page, 'mainDomain', 'zhangwei-notes.cn');
  await page.locator('#fwqip').fill('47.96.12.34;47.96.12');
  await page.locator('#fwqip').blur();
  await expect(page.locator('#fwqip_msg')).toContainText('47.96.12 不是有效的IP地址');
  await page.locator('#fwqip').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('#ktrq').fill('2025/11/20');
  await page.locator('#ktrq').blur();
  await expect(page.locator('#ktrq_msg')).toHaveText('日期格式为 yyyy-mm-dd');
  await page.locator('#ktrq').fill('2025-11-20');
  await until(page, 'openedAt', '2025-11-20');
  await page.locator('#jrgx').selectOption('境内');
  await page.locator('#jrsheng').selectOption({ label: '浙江省' });
  await page.locator('#jrshi').selectOption({ label: '杭州市' });
  await page.locator('#jrxian').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#jrmc').fill('阿里云计算有限公司');
  await until(page, 'apName', '阿里云计算有限公司');
  await expect(page.locator('#providerList option')).toHaveCount(8);
  await page.locator('input[name=jrfs][value=租赁虚拟空间]').check();
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.locator('#zcSame').check();
  await until(page, 'rgRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'rgJurisdiction', '境内');
  await expect(page.locator('#zcsheng')).toBeDisabled();
  await page.locator('#wzyz').selectOption(['中文简体', '英语'].map((label) => ({ label })));
  await until(page, 'languages', ['英语', '中文简体']);
  await page.locator('#jhfw').selectOption('否');
  await until(page, 'interactive', '否');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#opsMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-13 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout13-aliyun-subject-unit-opentiny-displayonly', 'heldout13-aliyun-basic-person-opentiny-ipaddress', 'heldout13-aliyun-site-person-tea-anchornav',
    'heldout13-mps-subject-person-opentiny-buttongroup', 'heldout13-mps-principal-unit-opentiny-tabs', 'heldout13-beian-old-site-person-native-dl',
    'heldout13-tencent-subject-unit-tdesign-hasend', 'heldout13-volcengine-upload-unit-arco-materialrows',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout13-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout13-aliyun-subject-unit-opentiny-displayonly',
    'https://console.cloud.tencent.com/other/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'https://console.volcengine.com/beian/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout13-beian-old-site-person-native-dl',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout13/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout13/opentiny.js')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout13/no-such.css');
  expect(await head('/__heldout13/tdesign.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout13/no-such.css');
  expect(await head('/__heldout13/arco.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout13/no-such.css');
  expect(await head('/__heldout13/tea.css')).toBe(200);
});
