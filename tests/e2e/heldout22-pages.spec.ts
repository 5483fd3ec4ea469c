/**
 * The gen-22 held-out replica builds (tests/replicas/heldout22) are real pages: a user driving one widget of each kind on
 * every page (antd paired cards with a tags select of domains, an autocomplete fed by them, a checkable tree select, a
 * switch revealing items, blur checks, button radios copying the held principal and locking the rows, a range picker and
 * a 长期 tick; Element Plus border-card tabs of picture-card uploads with a type check, radios revealing an upload and
 * upload-way buttons hiding the tabs; a TDesign order detail whose rejected items hold a lazy cascader, blur checks, a
 * typed date, a 长期有效 switch hiding the end date, a multiple select and an upload; an OpenTiny site form with a typed
 * date, a one-text IP list, vertical radios, a select revealing checkboxes, a provider 查询 dialog filling a block and a
 * filterable cascader; a TDesign inline form per role with copy ticks, a select, a date range picker swapped for one date
 * by 长期, image uploads; an old-portal page whose kind select switches two tables, coded selects, a one-line ID validity,
 * file inputs with a type check and region selects from the area API; Element Plus editable site tabs with an allow-create
 * multiple select, an autocomplete, a filterable select, checkbox buttons, radios revealing items, a date range picker and
 * a 长期 tick; Fusion wrapped tabs as a wizard with a searchable and a lazy cascader select, a copy switch, a select, a range
 * picker and a 长期 tick) changes the framework state that getState() reports, and every `expect` key of the build exists in
 * the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request
 * aborted. Screenshots land in /tmp/heldout22/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout22 } from '../replicas/heldout22';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout22, '/tmp/heldout22');
const { finish, open } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });
// a click that something covers fails within seconds (and is retried by its step) instead of waiting out the test
test.use({ actionTimeout: 8000 });

const PDF = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') };

/** Type a date into a picker's input, confirm it with Enter, click away. */
async function typeInto(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}
/** Type a range into a range picker's two inputs (Enter after each), click away. */
async function typeRange(page: Page, root: Locator, from: string, to: string) {
  const [a, b] = [root.locator('input').nth(0), root.locator('input').nth(1)];
  await a.click();
  await a.fill(from);
  await a.press('Enter');
  await b.click();
  await b.fill(to);
  await b.press('Enter');
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

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .ant-select-item-option`).filter({ hasText: exact(text) }).first();

test('heldout22-aliyun-site-person-antd-pairedcards: a tags select of domains, an autocomplete fed by them, a checkable tree select, a switch revealing items, blur checks, button radios copying and locking, a range picker and a 长期 tick, buttons', async () => {
  const build = 'heldout22-aliyun-site-person-antd-pairedcards';
  const page = await open(build);
  const name = inp(page, 'site-name');
  await name.fill('张伟科技博客');
  await name.blur();
  await expect(page.locator('.c-site')).toContainText('个人网站名称不能含有');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const domains = page.locator('.domains input');
  await domains.click();
  await domains.fill('www.zhangwei-notes.cn');
  await domains.press('Enter');
  await expect(page.locator('.c-site')).toContainText('请填写不带 www.');
  await domains.fill('zhangwei-notes.cn');
  await domains.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', async () => {
    await page.locator('.home-url input').click();
    await page.locator('.home-url input').fill('www');
    await antOption(page, 'home-url-pop', 'www.zhangwei-notes.cn').click({ timeout: 3000 });
  });
  await until(page, 'languages', ['中文简体'], async () => {
    if (!(await page.locator('.languages-pop:visible').count())) await page.locator('.languages').click();
    await page.locator('.languages-pop:visible .ant-select-tree-treenode').filter({ hasText: exact('中文简体') }).locator('.ant-select-tree-checkbox').click({ timeout: 3000 });
  });
  await page.keyboard.press('Escape');
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await expect(page.locator('.pre-items')).toBeVisible();
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', false);
  await expect(page.locator('.pre-items')).toHaveCount(0);
  await page.locator('.wp-source').getByText('填写其他人', { exact: true }).click();
  await until(page, 'wpSource', '填写其他人');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), antOption(page, 'wp-cert-type-pop', '居民身份证')));
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.wp-validity'), '2018-03-01', '2038-03-01'));
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', ['2018-03-01']);
  await inp(page, 'wp-mobile').fill('13800138000');
  const emg = inp(page, 'wp-emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(page.locator('.c-wp')).toContainText('应急联系电话不能与手机号码相同');
  await page.locator('.wp-source').getByText('同主体负责人', { exact: true }).click();
  await until(page, 'wpName', '张伟');
  const st = await state(page);
  expect([st.wpCertNumber, st.wpValidity, st.wpLongTerm, st.wpEmergency]).toEqual(['330106199003071236', ['2018-03-01', '2038-03-01'], false, '13900139000']);
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .el-select-dropdown__item`).filter({ hasText: exact(text) }).first();

test('heldout22-aliyun-upload-person-elp-bordertabs: border-card tabs of picture-card uploads with a type check, radios revealing an upload, upload-way buttons hiding the tabs, buttons', async () => {
  const build = 'heldout22-aliyun-upload-person-elp-bordertabs';
  const page = await open(build);
  await page.locator('.up-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await page.locator('.up-idBack input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.slot-idBack .field-err')).toHaveText('仅支持 jpg / png 格式的图片');
  expect((await state(page)).idBack).toEqual([]);
  await expect(page.locator('.in-province')).toBeHidden();
  await page.locator('.up-tabs .el-tabs__item').filter({ hasText: '居住证明' }).click();
  await expect(page.locator('.in-province')).toBeVisible();
  await expect(page.locator('.up-idFront')).toBeHidden();
  await page.locator('.in-province').getByText('否', { exact: true }).click();
  await until(page, 'inProvince', '否');
  await page.locator('.up-residence input[type=file]').setInputFiles(file('juzhuzheng.png'));
  await until(page, 'residence', ['juzhuzheng.png']);
  await page.locator('.in-province').getByText('是', { exact: true }).click();
  await until(page, 'inProvince', '是');
  await until(page, 'residence', []);
  await expect(page.locator('.up-residence')).toHaveCount(0);
  await page.locator('.upload-way').getByText('阿里云App上传', { exact: true }).click();
  await until(page, 'uploadWay', '阿里云App上传');
  await expect(page.locator('.up-tabs')).toBeHidden();
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('身份证国徽面');
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

test('heldout22-tencent-site-unit-elp-addtabs: editable site tabs, an allow-create multiple select, an autocomplete, a filterable select, checkbox buttons, radios revealing items, a date range picker and a 长期 tick, blur checks, buttons', async () => {
  const build = 'heldout22-tencent-site-unit-elp-addtabs';
  const page = await open(build);
  await inp(page, 'site-name').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const dom = page.locator('.domains input');
  await page.locator('.domains').click();
  /** type a domain, click the option the select creates for it */
  const create = async (d: string) => {
    await dom.fill(d);
    await page.locator('.el-select-dropdown:visible li').filter({ hasText: exact(d) }).click();
  };
  await create('http://yunqi-demo.cn');
  await expect(page.locator('.site-form')).toContainText('请填写不带 www. 与 http:// 的域名');
  for (const d of ['yunqi-demo.cn', 'yunqi-demo.com.cn']) await create(d);
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', async () => {
    await page.locator('.home-url input').click();
    await page.locator('.home-url input').fill('www.y');
    await page.locator('.home-url-pop:visible li').filter({ hasText: exact('www.yunqi-demo.cn') }).first().click({ timeout: 3000 });
  });
  await until(page, 'content', '单位门户网站', async () => {
    await page.locator('.content').click();
    await page.keyboard.type('门户');
    await elOption(page, 'content-pop', '单位门户网站').click({ timeout: 3000 });
  });
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('涉及', { exact: true }).click();
  await until(page, 'preApproval', '涉及');
  await expect(page.locator('.pre-items')).toBeVisible();
  await page.locator('.pre-approval').getByText('不涉及', { exact: true }).click();
  await until(page, 'preApproval', '不涉及');
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), elOption(page, 'wp-cert-type-pop', '居民身份证')));
  const no = inp(page, 'wp-cert-number');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(page.locator('.site-form')).toContainText('证件号码校验未通过');
  await no.fill('110105198808123011');
  await until(page, 'wpCertNumber', '110105198808123011');
  await until(page, 'wpValidity', ['2020-08-12', '2040-08-12'], () => typeRange(page, page.locator('.wp-validity'), '2020-08-12', '2040-08-12'));
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', []);
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', false);
  await page.locator('.site-tabs .el-tabs__new-tab').click();
  await until(page, 'siteTabs', ['网站1', '网站2']);
  await expect(page.locator('.site-form')).toBeHidden();
  await page.locator('.site-tabs .el-tabs__item').filter({ hasText: '网站2' }).locator('.is-icon-close').click();
  await until(page, 'siteTabs', ['网站1']);
  await expect(page.locator('.site-form')).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('网站1：请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tdOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .t-select-option`).filter({ hasText: exact(text) }).first();

test('heldout22-aliyun-apply-unit-tdesign-rejectfix: an order detail whose rejected items hold a lazy cascader, blur checks, a typed date, a 长期有效 switch hiding the end date, a multiple select and an upload, reason links, buttons', async () => {
  const build = 'heldout22-aliyun-apply-unit-tdesign-rejectfix';
  const page = await open(build);
  await expect(page.locator('.fix')).toHaveCount(9);
  await page.locator('.go-fix-auth').click();
  await cascade(page, () => page.locator('.mail-region').click(), '.mail-region-pop', '.t-cascader__item', 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  const detail = inp(page, 'mail-detail');
  await detail.fill('文一西路');
  await detail.blur();
  await expect(page.locator('#fix-mail').locator('..')).toContainText('请填写至门牌号');
  await detail.fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await expect(page.locator('.pr-valid-to')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  const emg = inp(page, 'pr-emergency');
  await emg.fill('13600136000');
  await emg.blur();
  await expect(page.locator('.d-principal')).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13700137000');
  await until(page, 'prEmergency', '13700137000');
  await until(page, 'languages', ['英语'], () => pick(page, () => page.locator('.languages').click(), tdOption(page, 'languages-pop', '英语')));
  await page.keyboard.press('Escape');
  await page.locator('.up-authLetter input[type=file]').setInputFiles(file('auth.png'));
  await until(page, 'authLetter', ['auth.png']);
  await page.getByRole('button', { name: '重新提交初审' }).click();
  await until(page, 'resubmitClicks', 1);
  await expect(page.locator('.actions')).toContainText('仍有');
  expect((await state(page)).fixNote).toBe('');
  await finish(page, build);
});

test('heldout22-mps-principal-unit-tdesign-inlineform: inline forms per role, copy ticks locking a row, a select, a blur check, a date range picker swapped for one date by 长期, image uploads, buttons', async () => {
  const build = 'heldout22-mps-principal-unit-tdesign-inlineform';
  const page = await open(build);
  await page.locator('.emg-same').click();
  await until(page, 'emgSame', true);
  const st = await state(page);
  expect([st.emgName, st.emgCertNumber, st.emgValidFrom, st.emgLongTerm, st.emgPhone]).toEqual(['李娜', '330110198511204525', '2016-05-10', true, '13600136000']);
  await expect(inp(page, 'emg-name')).toBeDisabled();
  await expect(page.locator('.emg-valid-from')).toBeVisible();
  await inp(page, 'sec-name').fill('王强');
  await until(page, 'secName', '王强');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-cert-type').click(), tdOption(page, 'sec-cert-type-pop', '居民身份证')));
  const no = inp(page, 'sec-cert-number');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(page.locator('.c-sec')).toContainText('身份证号码校验未通过');
  await no.fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  await until(page, 'secValidTo', '2040-08-12', () => typeRange(page, page.locator('.sec-validity'), '2020-08-12', '2040-08-12'));
  expect((await state(page)).secValidFrom).toBe('2020-08-12');
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await expect(page.locator('.sec-validity')).toHaveCount(0);
  await expect(page.locator('.sec-valid-from')).toBeVisible();
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', false);
  await page.locator('.up-secIdFront input[type=file]').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await page.locator('.sec-same').click();
  await until(page, 'secName', '李娜');
  await page.locator('.sec-same').click();
  await until(page, 'secName', '');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善必填信息');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout22-mps-site-person-opentiny-querydialog: a typed date, blur checks, a one-text IP list, vertical radios, a select revealing checkboxes, a provider 查询 dialog filling a block, a filterable cascader, buttons', async () => {
  const build = 'heldout22-mps-site-person-opentiny-querydialog';
  const page = await open(build);
  await inp(page, 'site-name').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  const ips = inp(page, 'ips');
  await ips.fill('47.96.12.34;47.96.12.345');
  await ips.blur();
  await expect(page.locator('.b-site')).toContainText('47.96.12.345 不是有效的IP地址');
  await ips.fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('.category').getByText('Z 其他', { exact: true }).click();
  await until(page, 'category', 'Z');
  const tinyOption = (t: string) => page.locator('.tiny-select-dropdown:visible li').filter({ hasText: exact(t) }).first();
  await until(page, 'interactive', '是', () => pick(page, () => page.locator('.interactive').click(), tinyOption('是')));
  await expect(page.locator('.interactive-kinds')).toBeVisible();
  await until(page, 'interactive', '否', () => pick(page, () => page.locator('.interactive').click(), tinyOption('否')));
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.pre-licences').getByText('教育', { exact: true }).click();
  await until(page, 'preLicences', ['教育']);
  await page.locator('.ap-query').click();
  await expect(page.locator('.query-dlg .q-input')).toBeVisible();
  await inp(page, 'q-input').fill('阿里云');
  await page.locator('.q-search').click();
  await page.locator('.q-table tr').filter({ has: page.locator('td', { hasText: exact('阿里云计算有限公司') }) }).locator('.q-pick').click();
  await until(page, 'apName', '阿里云计算有限公司');
  const st = await state(page);
  expect([st.apCode, st.apPhone, st.apJurisdiction, st.apRegion]).toEqual(['673959654', '95187', '境内', ['浙江省', '杭州市', '余杭区']]);
  await expect(page.locator('.query-dlg .q-input')).toBeHidden();
  await cascade(page, () => page.locator('.rg-region').click(), '.tiny-cascader__dropdown', '.tiny-cascader-node', 'rgRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('.rg-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'rgJurisdiction', '境内');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout22-beian-old-subject-person-native-kindswitch: a kind select switching two tables, coded selects, blur checks, a one-line ID validity, file inputs with a type check, region selects from the area API, captcha, buttons', async () => {
  const build = 'heldout22-beian-old-subject-person-native-kindswitch';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('#grPerson')).toBeHidden();
  await page.locator('#kbztxz').selectOption({ label: '企业' });
  await until(page, 'kind', '企业');
  await expect(page.locator('#grUnit')).toBeVisible();
  await page.locator('#kbztxz').selectOption({ label: '个人' });
  await until(page, 'kind', '个人');
  await expect(page.locator('#grPerson')).toBeVisible();
  await expect(page.locator('#grUnit')).toBeHidden();
  await page.locator('#fzrxm').fill('张伟');
  await until(page, 'name', '张伟');
  await page.locator('#zjlx').selectOption({ label: '居民身份证' });
  await until(page, 'certType', '居民身份证');
  await page.locator('#zjhm').fill('330106199003071237');
  await page.locator('#zjhm').blur();
  await expect(page.locator('#zjhm_err')).toHaveText('身份证号码校验错误');
  await page.locator('#zjhm').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await page.locator('#zjyxq').fill('2018/03/01');
  await page.locator('#zjyxq').blur();
  await expect(page.locator('#zjyxq_err')).toContainText('请按身份证背面格式填写');
  await page.locator('#zjyxq').fill('2018.03.01-2038.03.01');
  await until(page, 'validity', ['2018-03-01', '2038-03-01']);
  await page.locator('#zjzm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await page.locator('#zjfm').setInputFiles(PDF);
  await expect(page.locator('#zjfm_err')).toHaveText('请选择 jpg / png 格式的图片');
  expect((await state(page)).idBack).toEqual([]);
  await page.locator('#czSheng').selectOption({ label: '浙江省' });
  await page.locator('#czShi').selectOption({ label: '杭州市' });
  await page.locator('#czXian').selectOption({ label: '西湖区' });
  await until(page, 'homeRegion', ['浙江省', '杭州市', '西湖区']);
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout22-huawei-subject-person-fusion-wizardtabs: wrapped tabs as a wizard, a searchable and a lazy cascader select, a copy switch, blur checks, a select, a range picker and a 长期 tick, buttons', async () => {
  const build = 'heldout22-huawei-subject-person-fusion-wizardtabs';
  const page = await open(build);
  await until(page, 'certRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    await page.locator('.cert-region').click();
    await page.locator('.cert-region input').fill('西湖区');
    await page.locator('.cert-region-pop:visible li').filter({ hasText: '浙江省' }).filter({ hasText: '西湖区' }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await cascade(page, () => page.locator('.mail-region').click(), '.mail-region-pop', '.next-cascader-menu-item', 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  const md = inp(page, 'mail-detail');
  await md.fill('文三路');
  await md.blur();
  await expect(page.locator('.f-holder')).toContainText('通信地址须详细到门牌号');
  await inp(page, 'cert-detail').fill('文三路 100 号 1 幢 101 室');
  await page.locator('.mail-same').click();
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await expect(page.locator('.mail-region')).toHaveCount(0);
  await expect(page.locator('.f-principal')).toBeHidden();
  await page.locator('.wiz-next').click();
  await expect(page.locator('.f-principal')).toBeVisible();
  await expect(page.locator('.f-holder')).toBeHidden();
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), nextOption(page, '居民身份证')));
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], () => typeRange(page, page.locator('.pr-validity'), '2018-03-01', '2038-03-01'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', []);
  await page.locator('.wiz-tabs .next-tabs-tab').filter({ hasText: '联系方式' }).click();
  await inp(page, 'mobile').fill('13800138000');
  const emg = inp(page, 'emergency');
  await emg.fill('13800138000');
  await emg.blur();
  await expect(page.locator('.f-contact')).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-22 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout22-aliyun-site-person-antd-pairedcards', 'heldout22-aliyun-upload-person-elp-bordertabs', 'heldout22-aliyun-apply-unit-tdesign-rejectfix',
    'heldout22-mps-site-person-opentiny-querydialog', 'heldout22-mps-principal-unit-tdesign-inlineform', 'heldout22-beian-old-subject-person-native-kindswitch',
    'heldout22-tencent-site-unit-elp-addtabs', 'heldout22-huawei-subject-person-fusion-wizardtabs',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout22-no-such-build',
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&pageAction=init&orderType=100&replicaBuild=heldout22-aliyun-apply-unit-tdesign-rejectfix',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout22-aliyun-site-person-antd-pairedcards',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout22-tencent-site-unit-elp-addtabs',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout22/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout22/antd.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout22/no-such.css');
  expect(await head('/__heldout22/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout22/no-such.css');
  expect(await head('/__heldout22/vue.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout22/no-such.css');
  expect(await head('/__heldout22/fusion.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout22/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout22/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
