/**
 * The gen-28 held-out replica builds (tests/replicas/heldout28) are real pages: a user driving one widget of each kind on
 * every page (an Element Plus field table with blur checks, added domain rows, an allow-create select, a multiple select,
 * a switch revealing checkboxes, an upload checked by type and a 长期 tick disabling a text date; a Huawei split form with
 * radios, an allow-create multiple select, an autocomplete, an input tag of IPs and a 是 / 否 select revealing rows; a
 * TDesign collapse with a whole-tree cascader, a 是 / 否 select, typed dates and a 长期 tick disabling the end date; a TDesign
 * dialog over the 公安 网站 list with a select, added IP rows, a tree select, radios, checkboxes, an autocomplete answered
 * late, a lazy cascader and copy switches; OpenTiny step tabs with radios, button radios revealing checkboxes, an IP
 * textarea, selects and a copy tick locking the rows; an old-portal rowspan table with region selects fed by the area
 * API, radios revealing item boxes and coded checkboxes; an antd check pane with a cascader, a select, button radios
 * filtered by the nature, a segmented control and an instance select answered late; an antd progress rail with a tags
 * select, an autocomplete, a transfer, a radio table, an upload and blur checks) changes the framework state that
 * getState() reports, and every `expect` key of the build exists in the initial state (keys the profile lacks start
 * empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in /tmp/heldout28/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout28 } from '../replicas/heldout28';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout28, '/tmp/heldout28');
const { finish, open } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });
// a click that something covers fails within seconds (and is retried by its step) instead of waiting out the test
test.use({ actionTimeout: 8000 });

const PDF = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') };
const YH = ['浙江省', '杭州市', '余杭区'];
const ZW = ['浙江省', '杭州市', '西湖区'];

/** Type a date into a picker's input, confirm it with Enter, click away. */
async function typeInto(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
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
/** Fill a box, leave it, and expect `msg` under `scope`. */
async function blurShows(page: Page, box: Locator, value: string, scope: Locator, msg: string) {
  await box.fill(value);
  await box.blur();
  await expect(scope).toContainText(msg);
}

/* ------------------------------------------------------------------ Element Plus */

const elOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .el-select-dropdown__item`).filter({ hasText: exact(text) }).first();

test('heldout28-aliyun-site-person-elp-fieldtable: blur checks, added domain rows, an allow-create select, a multiple select, a switch revealing checkboxes, an upload, a 长期 tick, buttons', async () => {
  const build = 'heldout28-aliyun-site-person-elp-fieldtable';
  const page = await open(build);
  const table = page.locator('.field-table');
  await blurShows(page, inp(page, 'site-name'), '张伟科技', table, '个人网站名称不能含有');
  await inp(page, 'domain-0').fill('zhangwei-notes.cn');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.locator('.add-domain').click();
  await blurShows(page, inp(page, 'domain-1'), 'www.zhangwei-notes.cn', table, '请填写不带 www.');
  await page.locator('.del-domain').nth(1).click();
  await expect(inp(page, 'domain-1')).toHaveCount(0);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), elOption(page, 'home-url-pop', 'www.zhangwei-notes.cn')));
  await until(page, 'languages', ['中文简体'], () => pick(page, () => page.locator('.languages').click(), elOption(page, 'languages-pop', '中文简体')));
  await page.keyboard.press('Escape');
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await expect(page.locator('.pre-items')).toBeVisible();
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', false);
  await page.locator('.domain-cert input[type=file]').setInputFiles(PDF);
  await expect(table).toContainText('仅支持 jpg / png');
  await inp(page, 'wp-valid-to').fill('2038-03-01');
  await until(page, 'wpValidTo', '2038-03-01');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await expect(inp(page, 'wp-valid-to')).toBeDisabled();
  await inp(page, 'wp-mobile').fill('13800138000');
  await blurShows(page, inp(page, 'wp-emergency'), '13800138000', table, '不能与手机号码相同');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请阅读并勾选《网站名称命名规范》');
  await finish(page, build);
});

test('heldout28-huawei-site-person-elp-splitform: radios, an allow-create multiple select, an autocomplete, an input tag of IPs checked, a checkbox group, a 是 / 否 select revealing rows, buttons', async () => {
  const build = 'heldout28-huawei-site-person-elp-splitform';
  const page = await open(build);
  await page.locator('.service-type').getByText('网站', { exact: true }).click();
  await until(page, 'serviceType', '网站');
  // an allow-create select takes what a user types (key by key), Enter creates the tag
  await until(page, 'domains', ['zhangwei-notes.cn'], async () => {
    await page.locator('.domains').click();
    await page.locator('.domains input').first().pressSequentially('zhangwei-notes.cn');
    await page.locator('.domains-pop:visible .el-select-dropdown__item').filter({ hasText: 'zhangwei-notes.cn' }).first().waitFor({ timeout: 3000 });
    await page.keyboard.press('Enter');
  });
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => inp(page, 'home-url').click(),
    page.locator('.home-url-pop:visible li').filter({ hasText: exact('www.zhangwei-notes.cn') }).first()));
  const ip = page.locator('.ips input').first();
  await ip.fill('47.96.12.345');
  await ip.press('Enter');
  await expect(page.locator('.c-site')).toContainText('不是有效的IP地址');
  await ip.fill('47.96.12.34');
  await ip.press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'wpSame', '否', () => pick(page, () => page.locator('.wp-same').click(), elOption(page, 'wp-same-pop', '否')));
  await expect(inp(page, 'wp-name')).toBeVisible();
  await until(page, 'wpSame', '是', () => pick(page, () => page.locator('.wp-same').click(), elOption(page, 'wp-same-pop', '是')));
  await expect(page.locator('.wp-summary')).toContainText('张伟');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tdOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .t-select-option`).filter({ hasText: exact(text) }).first();

test('heldout28-aliyun-subject-unit-tdesign-collapse: a whole-tree cascader, blur checks, a 是 / 否 select, typed dates, a 长期 tick disabling the end date, phones that must differ, buttons', async () => {
  const build = 'heldout28-aliyun-subject-unit-tdesign-collapse';
  const page = await open(build);
  await cascade(page, () => page.locator('.mail-region').click(), '.mail-region-pop', '.t-cascader__item', 'mailRegion', YH);
  await blurShows(page, inp(page, 'mail-detail'), '文一西路', page.locator('.p-unit'), '通讯地址须详细到门牌号');
  await until(page, 'prIsLegal', '是', () => pick(page, () => page.locator('.pr-is-legal').click(), tdOption(page, 'pr-is-legal-pop', '是')));
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, inp(page, 'pr-valid-from'), '2016-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(page, inp(page, 'pr-emergency'), '13600136000', page.locator('.p-contact'), '不能与手机号码相同');
  await page.getByRole('button', { name: '保存并下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

test('heldout28-mps-apply-person-tdesign-dialogform: a dialog on load, a select, blur checks, added IP rows, a tree select, radios, checkboxes, an autocomplete answered late, a lazy cascader, copy switches, buttons', async () => {
  const build = 'heldout28-mps-apply-person-tdesign-dialogform';
  const page = await open(build);
  const dlg = page.locator('.apply-dialog');
  await expect(dlg).toBeVisible();
  await until(page, 'genAI', '否', () => pick(page, () => page.locator('.gen-ai').click(), tdOption(page, 'gen-ai-pop', '否')));
  await blurShows(page, inp(page, 'icp-number'), '浙ICP备12号', dlg, '工信部备案号格式如');
  await inp(page, 'icp-number').fill('');
  await until(page, 'icpNumber', '');
  await blurShows(page, inp(page, 'ip-0'), '47.96.12.345', dlg, '不是有效的IP地址');
  await inp(page, 'ip-0').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'category', 'Z', () => pick(page, () => page.locator('.category').click(),
    page.locator('.category-pop:visible .t-tree__label').filter({ hasText: exact('Z 其他') }).first()));
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await page.locator('.ap-name-pop:visible li').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await cascade(page, () => page.locator('.ap-region').click(), '.ap-region-pop', '.t-cascader__item', 'apRegion', YH);
  await page.locator('.sec-same').click();
  await until(page, 'secSame', true);
  await expect(page.locator('.sec-summary')).toContainText('张伟');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(dlg.locator('.msg')).toHaveText('请填写工信部备案号');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();

test('heldout28-mps-apply-unit-opentiny-steptabs: step tabs, radios, button radios revealing checkboxes, an IP textarea checked on blur, selects, a copy tick locking the rows, buttons', async () => {
  const build = 'heldout28-mps-apply-unit-opentiny-steptabs';
  const page = await open(build);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.locator('.step-tabs').getByText('2 网站基本信息', { exact: true }).click();
  await expect(inp(page, 'site-name')).toBeVisible();
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await blurShows(page, inp(page, 'ips'), '47.96.56.345', page.locator('.t-site'), '不是有效的IP地址');
  await inp(page, 'ips').fill('47.96.56.78\n2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await inp(page, 'sub-domains').fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await until(page, 'category', 'E', () => pick(page, () => page.locator('.category').click(), tinyOption(page, 'E 信息资讯类')));
  await until(page, 'dangerous', '否', () => pick(page, () => page.locator('.dangerous').click(), tinyOption(page, '否')));
  await page.locator('.step-tabs').getByText('3 网站负责人', { exact: true }).click();
  await page.locator('.sec-same').click();
  await until(page, 'secName', '李娜');
  await expect(inp(page, 'sec-name')).toBeDisabled();
  await page.locator('.sec-same').click();
  await until(page, 'secName', '');
  await page.locator('.emg-same').click();
  await until(page, 'emgSame', true);
  await expect(page.locator('.emg-summary')).toContainText('李娜');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写工信部备案号');
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, pop: string, text: string | RegExp) =>
  page.locator(`.${pop}:visible .ant-select-item-option`).filter({ hasText: typeof text === 'string' ? exact(text) : text }).first();

test('heldout28-aliyun-basic-person-antd-checkpane: a whole-tree cascader, a select, button radios filtered by the nature, blur checks, a segmented control, an instance select answered late, the check button', async () => {
  const build = 'heldout28-aliyun-basic-person-antd-checkpane';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.region-pop', '.ant-cascader-menu-item', 'region', ZW);
  await expect(page.locator('.cert-type')).not.toContainText('居民身份证');
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), antOption(page, 'nature-pop', '个人')));
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await blurShows(page, inp(page, 'cert-number'), '330106199003071237', page.locator('.c-form'), '证件号码校验未通过');
  await blurShows(page, inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('.c-form'), '请填写不带 www.');
  await page.locator('.resource-type').getByText('云服务器', { exact: true }).click();
  await until(page, 'resourceType', '云服务器');
  await until(page, 'instance', 'i-bp18zw3notes0a1c', () => pick(page, () => page.locator('.instance').click(), antOption(page, 'instance-pop', /notes-web/)));
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'checkClicks', 1);
  await expect(page.locator('.c-result')).toContainText('未通过');
  await finish(page, build);
});

test('heldout28-tencent-site-unit-antd-progressrail: a tags select, an autocomplete, a transfer, radios, a radio table, blur checks, an upload checked by type, the progress rail, buttons', async () => {
  const build = 'heldout28-tencent-site-unit-antd-progressrail';
  const page = await open(build);
  await expect(page.locator('.rail')).toContainText('0/6');
  const dom = page.locator('.domains input').first();
  await dom.fill('yunqi-demo.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn']);
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => pick(page, () => inp(page, 'home-url').click(), antOption(page, 'home-url-pop', 'www.yunqi-demo.cn')));
  await page.locator('.languages .ant-transfer-section').first().getByText('英语', { exact: true }).click();
  await page.locator('.languages .ant-transfer-actions button').first().click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(page.locator('.cvm-table tr').filter({ hasText: 'yunqi-old' }).locator('input[type=radio]')).toBeDisabled();
  await page.locator('.cvm-table tr').filter({ hasText: 'yunqi-www' }).locator('.ant-radio-wrapper').click();
  await until(page, 'server', 'ins-7mv2xq9d');
  await page.locator('.wp-letter input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.c-wp')).toContainText('仅支持 jpg / png');
  await page.locator('.wp-letter input[type=file]').setInputFiles(file('letter.png'));
  await until(page, 'wpLetter', ['letter.png']);
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(page, inp(page, 'wp-emergency'), '18600186000', page.locator('.c-wp'), '不能与手机号码相同');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout28-beian-old-site-person-native-rowspan: region selects fed by the area API, blur checks, one text of IPs, radios revealing item boxes, coded checkboxes, captcha, buttons', async () => {
  const build = 'heldout28-beian-old-site-person-native-rowspan';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('#jrsf option', { hasText: '浙江省' })).toHaveCount(1);
  await page.locator('#jrsf').selectOption({ label: '浙江省' });
  await expect(page.locator('#jrcs option', { hasText: '杭州市' })).toHaveCount(1);
  await page.locator('#jrcs').selectOption({ label: '杭州市' });
  await expect(page.locator('#jrqx option', { hasText: '余杭区' })).toHaveCount(1);
  await page.locator('#jrqx').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', YH);
  await page.locator('#jrgx').selectOption({ label: '境内' });
  await until(page, 'apJurisdiction', '境内');
  await blurShows(page, page.locator('#ktrq'), '2025/11/20', page.locator('#ktrq_err'), '日期格式');
  await blurShows(page, page.locator('#wzip'), '47.96.12.345', page.locator('#wzip_err'), '不是有效的IP地址');
  await page.locator('#wzip').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('#wxwp1').check();
  await until(page, 'dangerous', '是');
  await expect(page.locator('#wxwpItems')).toBeVisible();
  await page.locator('#wxwp0').check();
  await until(page, 'dangerous', '否');
  await expect(page.locator('#wxwpItems')).toBeHidden();
  await page.locator('#yz05').check();
  await until(page, 'languages', ['中文简体']);
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-28 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout28-aliyun-site-person-elp-fieldtable', 'heldout28-aliyun-subject-unit-tdesign-collapse', 'heldout28-aliyun-basic-person-antd-checkpane',
    'heldout28-mps-apply-person-tdesign-dialogform', 'heldout28-mps-apply-unit-opentiny-steptabs', 'heldout28-beian-old-site-person-native-rowspan',
    'heldout28-tencent-site-unit-antd-progressrail', 'heldout28-huawei-site-person-elp-splitform',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout28-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout28-aliyun-basic-person-antd-checkpane',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout28-tencent-site-unit-antd-progressrail',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout28/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout28/vue.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout28/no-such.css');
  expect(await head('/__heldout28/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout28/no-such.css');
  expect(await head('/__heldout28/antd.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout28/no-such.css');
  expect(await head('/__heldout28/tdesign.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout28/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout28/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
