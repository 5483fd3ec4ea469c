/**
 * The gen-11 replica builds (held out, now retired into tuning) (tests/replicas/heldout11) are real pages: a user driving one widget of
 * each kind on every page (segments, grouped selects, radio lists revealed by an answer, lazy menu / tree /
 * whole-tree cascaders, a 查询 modal with a table, tag selects, semicolon-separated IPs, switches, range and
 * typed dates, autocompletes, picture-card and overlay uploads, an upload that fills an empty field, button
 * groups, derived read-only fields, a three-way source radio that copies and locks, a materials table, a
 * jQuery-style city picker, buttons) changes the framework state that getState() reports, and every
 * `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain
 * Chromium (no extension needed), every other request aborted. Screenshots land in /tmp/heldout11/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout11 } from '../replicas/heldout11';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout11, '/tmp/heldout11');
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

/** Type a date into a picker's input and confirm it with Enter; `focus`: without the click that opens the panel. */
async function typeInto(page: Page, input: Locator, value: string, focus = false) {
  if (focus) await input.focus();
  else await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}

/* ------------------------------------------------------------------ Tea */

const teaItem = (page: Page, label: string) => page.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).first();
const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box li').filter({ hasText: exact(text) }).first();
/** Click through a Tea cascader's levels in its open dropdown (levels may load late). */
async function teaCascade(page: Page, trigger: Locator, key: string, path: string[], value: unknown = path) {
  await until(page, key, value, async () => {
    if (!(await page.locator('.tea-dropdown-box:visible').count())) await trigger.click();
    for (const t of path) await page.locator('.tea-dropdown-box:visible li').filter({ hasText: exact(t) }).last().click({ timeout: 3000 });
  });
}

test('heldout11-aliyun-basic-unit-tea-verifytype: preset segment swaps fields, grouped select reveals a radio list, upper-cased number with blur check, lazy menu cascader, preset radios, read-only instance', async () => {
  const build = 'heldout11-aliyun-basic-unit-tea-verifytype';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  await page.locator('.service-kind').getByText('App', { exact: true }).click();
  await until(page, 'serviceKind', 'App');
  await expect(item('App名称')).toBeVisible();
  await expect(item('网站域名')).toHaveCount(0);
  await page.locator('.service-kind').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  const domain = page.locator('.domain input, input.domain').first();
  await domain.fill('www.yunqi-demo.cn');
  await domain.blur();
  await expect(item('网站域名')).toContainText('请填写一个主域名');
  await domain.fill('yunqi-demo.cn');
  await until(page, 'domain', 'yunqi-demo.cn');
  await expect(item('主办者证件类型')).toHaveCount(0);
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), teaOption(page, '企业')));
  await expect(page.locator('.tea-dropdown-box').first()).toBeAttached();
  await item('主办者证件类型').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  const no = page.locator('input.cert-number, .cert-number input').first();
  await no.fill('91330110ma2h3k7q17');
  await no.blur();
  await until(page, 'certNumber', '91330110MA2H3K7Q17');
  await expect(item('主办者证件号码')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await teaCascade(page, page.locator('.region'), 'region', ['浙江省', '杭州市', '余杭区']);
  await item('备案资源').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await expect(item('备案服务号')).toBeVisible();
  await item('备案资源').getByText('云服务器ECS', { exact: true }).click();
  await expect(page.locator('.instance')).toContainText('i-bp1f2x9k3m7qv0');
  await item('备案实例').getByRole('button', { name: '更换' }).click();
  await until(page, 'changeClicks', 1);
  await page.getByText('本人承诺以上信息真实有效').click();
  await until(page, 'confirmed', true);
  await page.getByRole('button', { name: '验证备案类型' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout11-mps-site-person-tea-lookup: naming check, typed dates, preset radio reveals the ICP number, tag select, semicolon IPs, segments, whole-tree cascader, 查询 modal table, radios, select reveals a tag select, two-level category cascader, checkboxes', async () => {
  const build = 'heldout11-mps-site-person-tea-lookup';
  const page = await open(build);
  const item = (label: string) => teaItem(page, label);
  const name = page.locator('input.site-name, .site-name input').first();
  await name.fill('张伟读书博客');
  await name.blur();
  await expect(item('网站名称')).toContainText('不能含有“博客”');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  await item('是否有工信部备案号').getByText('无', { exact: true }).click();
  await expect(item('工信部备案号')).toHaveCount(0);
  await item('是否有工信部备案号').getByText('有', { exact: true }).click();
  await until(page, 'hasIcp', '有');
  await expect(item('工信部备案号')).toBeVisible();
  await page.locator('input.main-domain, .main-domain input').first().fill('zhangwei-notes.cn');
  await until(page, 'mainDomain', 'zhangwei-notes.cn');
  await until(page, 'otherDomains', ['zhangwei-notes.com'], async () => {
    const tags = page.locator('.other-domains input').first();
    await tags.click();
    await tags.fill('zhangwei-notes.com');
    await tags.press('Enter');
  });
  await page.mouse.click(5, 5);
  const ips = page.locator('input.ips, .ips input').first();
  await ips.fill('47.96.12.34;47.96.12');
  await ips.blur();
  await expect(item('网站IP')).toContainText('47.96.12：IP 地址格式不正确');
  await until(page, 'ips', ['47.96.12.34', '47.96.12']);
  await ips.fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'certFrom', '2025-11-18', () => typeInto(page, page.locator('.cert-from input'), '2025-11-18'));
  const ap = page.locator('.prov-ap');
  await ap.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await teaCascade(page, ap.locator('.ap-region'), 'apRegion', ['浙江省', '杭州市', '余杭区']);
  // 查询: a modal with a searchable table; 选择 fills the name
  await ap.getByRole('button', { name: '查询' }).click();
  const modal = page.locator('.tea-dialog:visible, .tea-modal:visible').first();
  await modal.locator('.lookup-q input, input.lookup-q').first().fill('阿里云');
  await expect(modal.locator('tbody tr')).toHaveCount(2);
  await modal.locator('tbody tr').filter({ has: page.getByText('阿里云计算有限公司', { exact: true }) }).getByRole('button', { name: '选择' }).click();
  await until(page, 'apName', '阿里云计算有限公司');
  await expect(modal).toBeHidden();
  await ap.getByText('租赁虚拟空间', { exact: true }).click();
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.locator('input.rg-name, .rg-name input').first().fill('阿里云计算有限公司（原万网）');
  await until(page, 'rgName', '阿里云计算有限公司（原万网）');
  await until(page, 'interactive', '是', () => pick(page, () => page.locator('.interactive').click(), teaOption(page, '是')));
  await expect(item('交互服务类型')).toBeVisible();
  await until(page, 'interactive', '否', () => pick(page, () => page.locator('.interactive').click(), teaOption(page, '否')));
  await expect(item('交互服务类型')).toHaveCount(0);
  await teaCascade(page, page.locator('.category'), 'category', ['G 计算机应用类', 'G4 应用工具类'], 'G4');
  await item('是否提供涉及管制物品信息发布服务').getByText('否', { exact: true }).click();
  await until(page, 'dangerous', '否');
  await item('网站语种').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const arcoItem = (page: Page, label: string, scope: Page | Locator = page) =>
  scope.locator('.arco-form-item').filter({ has: page.locator('.arco-form-label-item', { hasText: exact(label) }) }).first();
const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup .arco-select-option').filter({ hasText: exact(text) }).first();
async function arcoCascade(page: Page, trigger: Locator, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator('.arco-cascader-popup:visible').count())) await trigger.click();
    for (const t of path) await page.locator('.arco-cascader-popup:visible .arco-cascader-list-item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
}

test('heldout11-aliyun-subject-unit-arco-legalrep: lazy cascader + detail, 一致 / 不一致 radios reveal a textarea (effective address), 是 / 否 reveals an upload, select, blur checks, switch hides the end date, typed date, +86 addon, email autocomplete', async () => {
  const build = 'heldout11-aliyun-subject-unit-arco-legalrep';
  const page = await open(build);
  const item = (label: string) => arcoItem(page, label);
  await expect(page.locator('.arco-descriptions')).toContainText('91330110MA2H3K7Q18');
  await page.locator('.unit-name input, input.unit-name').first().fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await arcoCascade(page, page.locator('.cert-region'), 'certAddrRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('input.cert-detail, .cert-detail input').first().fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'certAddrDetail', '文一西路 969 号 2 幢 305 室');
  await expect(item('主办单位通讯地址')).toHaveCount(0);
  await item('通讯地址与证件住所是否一致').getByText('不一致', { exact: true }).click();
  await page.locator('.mail-text').fill('浙江省杭州市余杭区五常街道 1 号');
  await until(page, 'mailAddress', '浙江省杭州市余杭区五常街道 1 号');
  await item('通讯地址与证件住所是否一致').getByText('一致', { exact: true }).click();
  await until(page, 'mailAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await expect(item('主办单位通讯地址')).toHaveCount(0);
  await item('主体负责人是否为法定代表人').getByText('否', { exact: true }).click();
  await expect(item('法人授权书')).toBeVisible();
  await item('主体负责人是否为法定代表人').getByText('是', { exact: true }).click();
  await until(page, 'prIsLegalRep', '是');
  await expect(item('法人授权书')).toHaveCount(0);
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), arcoOption(page, '居民身份证')));
  const no = page.locator('input.pr-cert-number, .pr-cert-number input').first();
  await no.fill('330110198511204524');
  await no.blur();
  await expect(item('主体负责人证件号码')).toContainText('证件号码校验失败');
  await no.fill('330110198511204525');
  await until(page, 'prCertNumber', '330110198511204525');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.valid-from input'), '2016-05-10'));
  await page.locator('.long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(item('证件有效期止')).toHaveCount(0);
  await page.locator('input.mobile, .mobile input').first().fill('13600136000');
  const em = page.locator('input.emergency, .emergency input').first();
  await em.fill('13600136000');
  await em.blur();
  await expect(item('应急联系电话')).toContainText('不能与移动电话相同');
  await em.fill('13700137000');
  await until(page, 'emergency', '13700137000');
  await expect(item('办公室电话')).toContainText('+86');
  await page.locator('.landline input, input.landline').first().fill('0571-88886666');
  await until(page, 'landline', '0571-88886666');
  await until(page, 'email', 'lina@yunqi-demo.cn', async () => {
    const mail = page.locator('.email input').first();
    await mail.fill('lina');
    await page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact('lina@yunqi-demo.cn') }).click({ timeout: 3000 });
  });
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout11-mps-principal-unit-arco-roles: header switch copies and locks, select, blur check, range picker + 长期, picture-card uploads, three-way source radio reveals / copies / clears the contact', async () => {
  const build = 'heldout11-mps-principal-unit-arco-roles';
  const page = await open(build);
  const sec = page.locator('.role-sec');
  const emg = page.locator('.role-emg');
  await sec.locator('.sec-same').click();
  await until(page, 'secName', '李娜');
  await until(page, 'secLongTerm', true);
  await expect(sec.locator('input.sec-name, .sec-name input').first()).toBeDisabled();
  await sec.locator('.sec-same').click();
  await until(page, 'secSame', false);
  const nameIn = sec.locator('input.sec-name, .sec-name input').first();
  await nameIn.fill('王强');
  await until(page, 'secName', '王强');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => sec.locator('.sec-cert-type').click(), arcoOption(page, '居民身份证')));
  const no = sec.locator('input.sec-cert-number, .sec-cert-number input').first();
  await no.fill('110105198808123012');
  await no.blur();
  await expect(arcoItem(page, '证件号码', sec)).toContainText('身份证号码有误');
  await no.fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  // the copy brought 李娜's 长期: one start date until 长期 is unticked, then the range
  await expect(sec.locator('.sec-validity')).toHaveCount(0);
  await arcoItem(page, '证件有效期', sec).getByText('长期').click();
  await until(page, 'secLongTerm', false);
  await until(page, 'secValidity', ['2020-08-12', '2040-08-12'], async () => {
    const inputs = sec.locator('.sec-validity input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2020-08-12');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill('2040-08-12');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await sec.locator('.photo-secIdFront input[type=file]').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await expect(sec.locator('.photo-secIdFront .arco-upload-list-item')).toHaveCount(1);
  await sec.locator('input.sec-mobile, .sec-mobile input').first().fill('18600186000');
  await until(page, 'secMobile', '18600186000');
  // the contact's fields appear only once its source is answered
  await expect(arcoItem(page, '联络人姓名', emg)).toHaveCount(0);
  await emg.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgValidFrom', '2016-05-10');
  await expect(emg.locator('input.emg-name, .emg-name input').first()).toBeDisabled();
  await emg.getByText('同网站安全负责人', { exact: true }).click();
  await until(page, 'emgName', '王强');
  await until(page, 'emgMobile', '18600186000');
  await emg.getByText('另行指定', { exact: true }).click();
  await until(page, 'emgName', '');
  const emgName = emg.locator('input.emg-name, .emg-name input').first();
  await expect(emgName).toBeEnabled();
  await emgName.fill('李娜');
  await until(page, 'emgName', '李娜');
  await until(page, 'emgValidFrom', '2016-05-10', () => typeInto(page, emg.locator('.emg-valid-from input'), '2016-05-10'));
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout11-tencent-basic-person-tdesign-ipselect: lazy cascader, select reveals button radios, an upload fills the empty number, blur checks, radios swap the IP select for a code, IP select', async () => {
  const build = 'heldout11-tencent-basic-person-tdesign-ipselect';
  const page = await open(build);
  const item = (label: string) => page.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: exact(label) }) }).first();
  const tdOption = (text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.t-cascader__menu:visible').count())) await page.locator('.region').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('.t-cascader__menu:visible .t-cascader__item').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await expect(item('主办者证件类型').locator('.cert-type')).toHaveCount(0);
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), tdOption('个人')));
  await item('主办者证件类型').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  // an ID photo fills the empty 证件号码
  await page.locator('.cert-photo input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'certPhoto', ['zhangwei-id-front.png']);
  await until(page, 'certNumber', '330106199003071236');
  const no = page.locator('.cert-number input');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(item('主办者证件号码')).toContainText('身份证号码有误');
  await no.fill('330106199003071236');
  const domain = page.locator('.domain input');
  await domain.fill('http://zhangwei-notes.cn');
  await domain.blur();
  await expect(item('域名')).toContainText('域名格式不正确');
  await domain.fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await item('备案云服务').getByText('备案授权码', { exact: true }).click();
  await until(page, 'cloudKind', '备案授权码');
  await expect(item('服务器公网IP')).toHaveCount(0);
  await item('备案云服务').getByText('云服务器', { exact: true }).click();
  await until(page, 'serverIp', '47.96.12.34', () => pick(page, () => page.locator('.server-ip').click(), tdOption('47.96.12.34')));
  await expect(item('服务器公网IP')).toContainText('ins-9p1xk6re');
  await page.getByText('我已阅读并同意《备案服务协议》及《隐私政策》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '验证备案类型' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyItem = (page: Page, label: string) =>
  page.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: exact(label) }) }).first();

test('heldout11-aliyun-site-person-opentiny-derived: naming rule, domain textarea with a derived locked home URL, multiple select, button group reveals items, import button, dates + 长期, blur rules', async () => {
  const build = 'heldout11-aliyun-site-person-opentiny-derived';
  const page = await open(build);
  const item = (label: string) => tinyItem(page, label);
  const name = page.locator('.site-name input');
  await name.fill('张伟的工作室');
  await name.blur();
  await expect(item('网站名称')).toContainText('不能含有“工作室”');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await page.locator('.domains textarea').fill('zhangwei-notes.cn\nzhangwei-notes.com');
  await until(page, 'domains', ['zhangwei-notes.cn', 'zhangwei-notes.com']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await expect(page.locator('.home-url input')).toBeDisabled();
  await expect(page.locator('.home-url input')).toHaveValue('www.zhangwei-notes.cn');
  await until(page, 'languages', ['中文简体'], async () => {
    if (!(await page.locator('.tiny-select-dropdown:visible').count())) await page.locator('.languages').click();
    await page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact('中文简体') }).first().click({ timeout: 3000 });
  });
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 5);
  await item('是否涉及前置审批').getByText('是', { exact: true }).click();
  await item('前置审批项').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await item('是否涉及前置审批').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'preItems', []);
  await expect(item('前置审批项')).toHaveCount(0);
  await page.getByRole('button', { name: '导入主体负责人信息' }).click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidTo', '2038-03-01');
  await expect(page.locator('.wp-name input')).toBeEnabled(); // copied, not locked
  await item('网站负责人证件有效期').getByText('长期').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  const em = page.locator('.wp-emergency input');
  await em.fill('13800138000');
  await em.blur();
  await expect(item('网站负责人应急电话')).toContainText('不能与手机号码相同');
  await em.fill('13900139000');
  await until(page, 'wpEmergency', '13900139000');
  await page.locator('.remark textarea').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByRole('button', { name: '暂存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout11-huawei-upload-unit-opentiny-materials: a materials table of uploads (labels in cells), template links, the face-check panel, buttons', async () => {
  const build = 'heldout11-huawei-upload-unit-opentiny-materials';
  const page = await open(build);
  const row = (name: string) => page.locator('tr.mat-row').filter({ has: page.locator('td.mat-name', { hasText: name }) }).first();
  await expect(page.locator('tr.mat-row')).toHaveCount(9);
  await row('主办单位证件').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(row('主办单位证件')).toContainText('yunqi-licence.png');
  await row('域名证书').locator('input[type=file]').setInputFiles(file('domain-cert.png'));
  await until(page, 'domainCert', ['domain-cert.png']);
  await row('《ICP备案信息真实性承诺书》').getByText('下载承诺书模板').click();
  await until(page, 'templateClicks', 1);
  await expect(page.locator('.verify-status')).toHaveText('待核验');
  await page.getByRole('button', { name: '刷新核验状态' }).click();
  await until(page, 'refreshClicks', 1);
  await expect(page.locator('.verify-status')).toContainText('未完成');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout11-beian-old-subject-person-native-citypicker: nature tiles reveal the table, select, blur messages, radios disable the end date, text dates, the AJAX city picker, overlay file inputs, captcha', async () => {
  const build = 'heldout11-beian-old-subject-person-native-citypicker';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('#tbPerson')).toBeHidden();
  await page.locator('#ktzt').getByText('企业', { exact: true }).click();
  await expect(page.locator('#dw_mc')).toBeVisible();
  await page.locator('#ktzt').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await expect(page.locator('#tbUnit')).toBeHidden();
  await page.locator('#fzr_xm').fill('张伟');
  await until(page, 'prName', '张伟');
  await page.locator('#fzr_zjlx').selectOption('居民身份证');
  await until(page, 'prCertType', '居民身份证');
  await page.locator('#fzr_zjhm').fill('330106199003071230');
  await page.locator('#fzr_zjhm').blur();
  await expect(page.locator('#fzr_zjhm_m')).toHaveText('身份证号码不正确');
  await page.locator('#fzr_zjhm').fill('330106199003071236');
  await until(page, 'prCertNumber', '330106199003071236');
  await page.getByText('长期', { exact: true }).click();
  await until(page, 'prValidKind', '长期');
  await expect(page.locator('#fzr_yxjz')).toBeDisabled();
  await page.getByText('有固定期限', { exact: true }).click();
  await expect(page.locator('#fzr_yxjz')).toBeEnabled();
  await page.locator('#fzr_yxqs').fill('2018/03/01');
  await page.locator('#fzr_yxqs').blur();
  await expect(page.locator('#fzr_yxqs_m')).toHaveText('日期格式应为 yyyy-mm-dd');
  await page.locator('#fzr_yxqs').fill('2018-03-01');
  await page.locator('#fzr_yxjz').fill('2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  // the city picker: a read-only input opening tabs of links, each level loaded by AJAX
  await expect(page.locator('#fzr_cjdz')).toHaveAttribute('readonly', /.*/);
  await until(page, 'residence', ['浙江省', '杭州市', '西湖区'], async () => {
    if (await page.locator('#cp').isHidden()) await page.locator('#fzr_cjdz').click();
    for (const t of ['浙江省', '杭州市', '西湖区']) await page.locator('#cp .cp-list a').filter({ hasText: exact(t) }).first().click({ timeout: 3000 });
  });
  await expect(page.locator('#cp')).toBeHidden();
  await expect(page.locator('#fzr_cjdz')).toHaveValue('浙江省 / 杭州市 / 西湖区');
  await page.locator('#fzr_xxdz').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'residenceDetail', '文三路 100 号 1 幢 101 室');
  await page.locator('#fzr_qh').fill('571');
  await page.locator('#fzr_qh').blur();
  await expect(page.locator('#fzr_qh_m')).toHaveText('区号以0开头');
  await page.locator('#fzr_qh').fill('');
  await page.locator('#fzr_sj').fill('1380013800');
  await page.locator('#fzr_sj').blur();
  await expect(page.locator('#fzr_sj_m')).toHaveText('请输入11位手机号码');
  await page.locator('#fzr_sj').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await page.locator('#fzr_zm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(page.locator('#fzr_zm_fn')).toHaveText('zhangwei-id-front.png');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#bar_m')).toHaveText('请输入验证码');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-11 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout11-aliyun-basic-unit-tea-verifytype', 'heldout11-aliyun-subject-unit-arco-legalrep', 'heldout11-aliyun-site-person-opentiny-derived',
    'heldout11-mps-site-person-tea-lookup', 'heldout11-mps-principal-unit-arco-roles', 'heldout11-beian-old-subject-person-native-citypicker',
    'heldout11-tencent-basic-person-tdesign-ipselect', 'heldout11-huawei-upload-unit-opentiny-materials',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout11-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout11-aliyun-basic-unit-tea-verifytype',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout11-tencent-basic-person-tdesign-ipselect',
    'https://console.huaweicloud.com/other/?replicaBuild=heldout11-huawei-upload-unit-opentiny-materials',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout11-beian-old-subject-person-native-citypicker',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout11/tdesign.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.huaweicloud.com/__heldout11/opentiny.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout11/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330106', name: '西湖区' });
});
