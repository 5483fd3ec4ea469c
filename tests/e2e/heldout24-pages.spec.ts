/**
 * The gen-24 held-out replica builds (tests/replicas/heldout24) are real pages: a user driving one widget of each kind on
 * every page (an Element Plus timeline order with a blur-checked filing number, a select, an input tag feeding a home-URL
 * select, a multiple select and a copy tick; an Element Plus compare table with a lazy cascader, blur checks, a date
 * picker and a 长期 switch; an antd drawer over an entity table with a searchable cascader, a 同证件住所 tick copying and
 * locking, a select, a typed range picker, a 长期 tick and uploads with a type check; a TDesign split grid with a typed
 * date, a tag input of IPs, a letter select, radios revealing checkboxes, a switch, a checkbox group, remote-search
 * selects answered late and a whole-tree cascader; a TDesign Tencent check with a lazy cascader, nature button radios
 * steering a certificate select, resource radios and a table with single row selection; OpenTiny role cards with a source
 * select copying and locking, a 长期 tick swapping the range for one date and blur checks; an OpenTiny Huawei page with a
 * type switch, separated-list texts, a select, a checkbox group, radios revealing items and two date pickers; an
 * old-portal captioned list with coded selects, region selects answered by the area API, blur checks and a file input)
 * changes the framework state that getState() reports, and every `expect` key of the build exists in the initial state
 * (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land
 * in /tmp/heldout24/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout24 } from '../replicas/heldout24';
import { YQ_CVM } from '../replicas/heldout24/pages';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout24, '/tmp/heldout24');
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

const elOption = (page: Page, text: string) => page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(text) }).first();

test('heldout24-aliyun-apply-person-elp-timeline: a blur-checked filing number, a select, an input tag feeding a home-URL select, a multiple select, a copy tick, buttons', async () => {
  const build = 'heldout24-aliyun-apply-person-elp-timeline';
  const page = await open(build);
  await blurShows(page, inp(page, 'entity-icp'), '浙ICP备123号', page.locator('.s-entity'), '主体备案号格式如');
  await inp(page, 'entity-icp').fill('');
  await until(page, 'entityIcpNumber', '');
  await until(page, 'certType', '居民身份证', () => pick(page, () => page.locator('.cert-type').click(), elOption(page, '居民身份证')));
  await blurShows(page, inp(page, 'site-name'), '张伟科技博客', page.locator('.s-site'), '个人网站名称不能含有');
  const dom = page.locator('.domains input');
  await dom.fill('zhangwei-notes.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), elOption(page, 'www.zhangwei-notes.cn')));
  await until(page, 'languages', ['中文简体'], () => pick(page, () => page.locator('.languages').click(), elOption(page, '中文简体')));
  await page.keyboard.press('Escape');
  await page.locator('.wp-self').click();
  await until(page, 'wpSelf', true);
  expect((await state(page)).wpEmergency).toBe('13900139000');
  await expect(inp(page, 'wp-name')).toHaveCount(0);
  await page.getByRole('button', { name: '提交订单' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.s-submit .msg')).toHaveText('请填写主体备案号');
  await finish(page, build);
});

test('heldout24-aliyun-apply-unit-elp-comparetable: a filing-number bar, a lazy cascader in a table, blur checks, a typed date, a 长期 switch hiding the end date, buttons', async () => {
  const build = 'heldout24-aliyun-apply-unit-elp-comparetable';
  const page = await open(build);
  await cascade(page, () => page.locator('.mail-region').click(), '.el-cascader-menu', '.el-cascader-node', 'mailRegion', YH);
  await blurShows(page, inp(page, 'mailDetail'), '文一西路', page.locator('.cell-mailDetail'), '通信地址须详细到门牌号');
  await inp(page, 'mailDetail').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await blurShows(page, inp(page, 'prCertNumber'), '330110198511204524', page.locator('.cell-prCertNumber'), '证件号码校验未通过');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'prMobile').fill('13600136000');
  await blurShows(page, inp(page, 'prEmergency'), '13600136000', page.locator('.cell-prEmergency'), '应急联系电话不能与手机号码相同');
  await page.getByRole('button', { name: '提交变更' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写需变更的主体备案号');
  expect((await state(page)).changeNote).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .ant-select-item-option`).filter({ hasText: exact(text) }).first();

test('heldout24-aliyun-subject-person-antd-entitydrawer: a drawer over the entity table, a searchable cascader, a copy tick locking the street, a select, a typed range picker, a 长期 tick, uploads with a type check, buttons', async () => {
  const build = 'heldout24-aliyun-subject-person-antd-entitydrawer';
  const page = await open(build);
  const drawer = page.locator('.entity-drawer');
  await expect(drawer).toBeVisible();
  await cascade(page, () => drawer.locator('.region').click(), '.region-pop', '.ant-cascader-menu-item', 'region', ZW);
  await inp(drawer, 'cert-detail').fill('文三路 100 号 1 幢 101 室');
  await drawer.locator('.mail-same').click();
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await expect(inp(drawer, 'mail-detail')).toBeDisabled();
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => drawer.locator('.pr-cert-type').click(), antOption(page, 'pr-cert-type-pop', '居民身份证')));
  await blurShows(page, inp(drawer, 'pr-cert-number'), '330106199003071237', drawer, '证件号码校验未通过');
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], async () => {
    const ins = drawer.locator('.pr-validity input');
    await ins.first().click();
    await ins.first().fill('2018-03-01');
    await ins.first().press('Enter');
    await ins.nth(1).fill('2038-03-01');
    await ins.nth(1).press('Enter');
  });
  await page.mouse.click(5, 5);
  await drawer.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', ['2018-03-01']);
  await drawer.locator('.slot-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await drawer.locator('.slot-idBack input[type=file]').setInputFiles(PDF);
  await expect(drawer.locator('.slot-idBack .field-err')).toContainText('仅支持 jpg / png');
  expect((await state(page)).idBack).toEqual([]);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(drawer.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const tOption = (page: Page, text: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();

test('heldout24-mps-site-person-tdesign-splitgrid: a typed date, a tag input of IPs with a check, a letter select, radios revealing checkboxes, a switch, a checkbox group, a remote-search select answered late, a whole-tree cascader, buttons', async () => {
  const build = 'heldout24-mps-site-person-tdesign-splitgrid';
  const page = await open(build);
  await blurShows(page, inp(page, 'icp-number'), '浙ICP备12号', page.locator('.c-site'), '工信部备案号格式不正确');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  const ip = page.locator('.ips input');
  await ip.fill('47.96.12.345');
  await ip.press('Enter');
  await expect(page.locator('.c-site')).toContainText('47.96.12.345 不是有效的IP地址');
  await ip.fill('47.96.12.34');
  await ip.press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'category', 'Z', () => pick(page, () => page.locator('.category').click(), tOption(page, 'Z 其他')));
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await expect(page.locator('.interactive-kinds')).toBeVisible();
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', true);
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await page.locator('.ap-name').click();
    await page.locator('.ap-name input').fill('阿里云');
    await tOption(page, '阿里云计算有限公司').click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await until(page, 'apRegion', YH, async () => {
    if (!(await page.locator('.t-popup:visible .t-cascader__item').count())) await page.locator('.ap-region').click();
    for (const t of YH) await page.locator('.t-popup:visible .t-cascader__item').filter({ hasText: exact(t), visible: true }).first().click({ timeout: 4000 });
  });
  await page.mouse.click(5, 5);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

test('heldout24-tencent-basic-unit-tdesign-servertable: a lazy cascader, nature button radios steering a certificate select, blur checks, resource radios swapping a table with single row selection for an input, buttons', async () => {
  const build = 'heldout24-tencent-basic-unit-tdesign-servertable';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.t-popup', '.t-cascader__item', 'region', YH);
  await expect(page.locator('.cert-type input').first()).toBeDisabled();
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), tOption(page, '营业执照（个人或企业）')));
  await blurShows(page, inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.tc-card'), '统一社会信用代码校验未通过');
  await blurShows(page, inp(page, 'domain'), 'www.yunqi-demo.cn', page.locator('.tc-card'), '请填写不带 www.');
  const row = page.locator('.cvm-table tr').filter({ hasText: YQ_CVM });
  await until(page, 'server', YQ_CVM, () => row.locator('.t-radio').first().click());
  await expect(page.locator('.cvm-table tr').filter({ hasText: 'ins-1pz0old4' }).locator('input').first()).toBeDisabled();
  await page.locator('.resource').getByText('备案授权码', { exact: true }).click();
  await until(page, 'server', '');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请阅读并同意服务协议');
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible li').filter({ hasText: exact(text) }).first();

test('heldout24-mps-principal-person-opentiny-sourceselect: source selects copying and locking the rows, a select, blur checks, a 长期 tick swapping the range for one typed date, buttons', async () => {
  const build = 'heldout24-mps-principal-person-opentiny-sourceselect';
  const page = await open(build);
  await until(page, 'secSource', '开办主体负责人', () => pick(page, () => page.locator('.sec-source').click(), tinyOption(page, '开办主体负责人')));
  let st = await state(page);
  expect([st.secName, st.secCertType, st.secValidity, st.secEmail]).toEqual(['张伟', '居民身份证', ['2018-03-01', '2038-03-01'], 'zhangwei@example.com']);
  await expect(inp(page, 'sec-name')).toBeDisabled();
  await until(page, 'secSource', '其他人员', () => pick(page, () => page.locator('.sec-source').click(), tinyOption(page, '其他人员')));
  await until(page, 'secName', '');
  await inp(page, 'sec-name').fill('张伟');
  await until(page, 'secName', '张伟');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-cert-type').click(), tinyOption(page, '居民身份证')));
  await blurShows(page, inp(page, 'sec-cert-number'), '330106199003071237', page.locator('.c-sec'), '证件号码校验未通过');
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await expect(page.locator('.sec-validity')).toHaveCount(0);
  await until(page, 'secValidity', ['2018-03-01'], () => typeInto(page, page.locator('.sec-valid-from input'), '2018-03-01'));
  await blurShows(page, inp(page, 'sec-office'), '88886666', page.locator('.c-sec'), '格式：区号-号码');
  await until(page, 'emgSource', '开办主体负责人', () => pick(page, () => page.locator('.emg-source').click(), tinyOption(page, '开办主体负责人')));
  st = await state(page);
  expect([st.emgName, st.emgCertNumber, st.emgPhone]).toEqual(['张伟', '330106199003071236', '13800138000']);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

test('heldout24-huawei-site-unit-opentiny-typeswitch: a type switch swapping field sets, blur checks, separated-list texts, a select, a checkbox group, radios revealing items, two typed dates, buttons', async () => {
  const build = 'heldout24-huawei-site-unit-opentiny-typeswitch';
  const page = await open(build);
  await page.locator('.service-type').getByText('App', { exact: true }).click();
  await expect(page.locator('.b-app')).toBeVisible();
  await expect(page.locator('.b-site')).toHaveCount(0);
  await page.locator('.service-type').getByText('网站', { exact: true }).click();
  await expect(page.locator('.b-site')).toBeVisible();
  await inp(page, 'main-domain').fill('yunqi-demo.cn');
  await blurShows(page, inp(page, 'sub-domains'), 'yunqi-demo.com.cn, www.yunqi-demo.net', page.locator('.b-site'), '请填写不带 www.');
  await inp(page, 'sub-domains').fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await blurShows(page, inp(page, 'home-url'), 'www.example.com', page.locator('.b-site'), '首页URL须属于网站域名');
  await until(page, 'content', '单位门户网站', () => pick(page, () => page.locator('.content').click(), tinyOption(page, '单位门户网站')));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('是', { exact: true }).click();
  await expect(page.locator('.pre-items')).toBeVisible();
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await inp(page, 'ips').fill('47.96.56.78; 2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), tinyOption(page, '居民身份证')));
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await until(page, 'wpValidTo', '2040-08-12', () => typeInto(page, page.locator('.wp-valid-to input'), '2040-08-12'));
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(page, inp(page, 'wp-emergency'), '18600186000', page.locator('.b-wp'), '应急联系电话不能与手机号码相同');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善必填信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout24-beian-old-subject-unit-native-lilist: a captioned list with coded selects, region selects answered by the area API, blur checks, a file input with a type check, captcha, buttons', async () => {
  const build = 'heldout24-beian-old-subject-unit-native-lilist';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await page.locator('#kbztxz').selectOption({ label: '企业' });
  await until(page, 'nature', '企业');
  await blurShows(page, page.locator('#zbdwzjh'), '91330110MA2H3K7Q19', page.locator('#zbdwzjh_err'), '统一社会信用代码校验错误');
  for (const [id, t] of [['#bgSheng', '浙江省'], ['#bgShi', '杭州市'], ['#bgXian', '余杭区']] as const) {
    await expect(page.locator(`${id} option`, { hasText: t })).toHaveCount(1);
    await page.locator(id).selectOption({ label: t });
  }
  await until(page, 'officeRegion', YH);
  await page.locator('#fzrzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '居民身份证');
  await blurShows(page, page.locator('#fzrzjhm'), '330110198511204524', page.locator('#fzrzjhm_err'), '身份证号码校验错误');
  await blurShows(page, page.locator('#bgsdh'), '88886666', page.locator('#bgsdh_err'), '办公室电话格式');
  await page.locator('#bgsdh').fill('0571-88886666');
  await until(page, 'prOffice', '0571-88886666');
  await page.locator('#yxzj').setInputFiles(PDF);
  await expect(page.locator('#yxzj_err')).toHaveText('请选择 jpg / png 格式的图片');
  await page.locator('#yxzj').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-24 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout24-aliyun-apply-person-elp-timeline', 'heldout24-aliyun-apply-unit-elp-comparetable', 'heldout24-aliyun-subject-person-antd-entitydrawer',
    'heldout24-mps-site-person-tdesign-splitgrid', 'heldout24-mps-principal-person-opentiny-sourceselect', 'heldout24-beian-old-subject-unit-native-lilist',
    'heldout24-tencent-basic-unit-tdesign-servertable', 'heldout24-huawei-site-unit-opentiny-typeswitch',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout24-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout24-aliyun-apply-unit-elp-comparetable',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout24-tencent-basic-unit-tdesign-servertable',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout24/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout24/vue.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout24/no-such.css');
  expect(await head('/__heldout24/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout24/no-such.css');
  expect(await head('/__heldout24/tdesign.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout24/no-such.css');
  expect(await head('/__heldout24/opentiny.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout24/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout24/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
