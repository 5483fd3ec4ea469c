/**
 * The gen-23 held-out replica builds (tests/replicas/heldout23) are real pages: a user driving one widget of each kind on
 * every page (a Fusion whole order with three region selects fetched level by level, a one-line address with
 * a blur check, a typed date and term buttons deriving a read-only end date, added domain rows feeding a home-URL select, a
 * checkbox group and a copy switch; a Fusion table-as-form with a tag select, an autocomplete, a searchable and a multiple
 * select, radios revealing items and a source select copying and locking; an antd 接入备案 order with blur-checked filing
 * numbers, a nature select steering the certificate select, a lazy cascader, a multiple select fetched late and a table
 * with checkbox row selection; a Tea two-column grid with a lazy menu cascader, a one-line textarea, a select, typed dates
 * and a 长期 switch; Tea role tabs with copy switches, a select, a range picker swapped for one date by 长期 and upload
 * buttons with a type check; Arco rounded tabs with a typed date, an input tag, added IP rows, a category cascader,
 * a switch revealing checkboxes, a multiple select, provider autocompletes answered late, a searchable cascader, button
 * radios and a copy tick; an Arco narrow card with a lazy cascader, late button radios, an input tag, resource radios and a
 * searchable select of late instances; an old-portal role grid with copy ticks, coded selects, blur checks and file inputs)
 * changes the framework state that getState() reports, and every `expect` key of the build exists in the initial state
 * (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land
 * in /tmp/heldout23/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout23 } from '../replicas/heldout23';
import { YQ_ECS, YQ_VOLC } from '../replicas/heldout23/pages';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout23, '/tmp/heldout23');
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

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout23-aliyun-apply-person-fusion-navsections: three region selects fetched level by level, a blur check, a typed date and term buttons deriving the end date, added domain rows feeding a select, a checkbox group, a copy switch, buttons', async () => {
  const build = 'heldout23-aliyun-apply-person-fusion-navsections';
  const page = await open(build);
  for (const [cls, t] of [['cert-province', '浙江省'], ['cert-city', '杭州市'], ['cert-district', '西湖区']] as const) {
    await pick(page, () => page.locator(`.${cls}`).click(), nextOption(page, t));
  }
  await until(page, 'certRegion', ZW);
  const mail = inp(page, 'mail-address');
  await blurShows(page, mail, '浙江省杭州市西湖区文三路', page.locator('#sec-holder'), '通信地址须详细到门牌号');
  await mail.fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'mailAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'prValidFrom', '2018-03-01', () => typeInto(page, page.locator('.pr-valid-from input'), '2018-03-01'));
  await page.locator('.pr-term').getByText('20年', { exact: true }).click();
  await until(page, 'prValidTo', '2038-03-01');
  await expect(page.locator('.pr-valid-to')).toHaveText('2038-03-01');
  await inp(page, 'domain-0').fill('zhangwei-notes.cn');
  await page.locator('.add-domain').click();
  await expect(inp(page, 'domain-1')).toBeVisible();
  await page.locator('.del-domain-1').click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), nextOption(page, 'www.zhangwei-notes.cn')));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', true);
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

test('heldout23-baidu-site-person-fusion-fieldgrid: a table as the form, a blur check, a tag select, an autocomplete fed by it, a searchable and a multiple select, radios revealing items, a source select copying and locking, buttons', async () => {
  const build = 'heldout23-baidu-site-person-fusion-fieldgrid';
  const page = await open(build);
  const name = inp(page, 'site-name');
  await blurShows(page, name, '张伟科技博客', page.locator('.t-site'), '个人网站名称不能含有');
  await name.fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const dom = page.locator('.domains input');
  await dom.click();
  await dom.fill('zhangwei-notes.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.mouse.click(5, 5);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', async () => {
    await inp(page, 'home-url').click();
    await inp(page, 'home-url').fill('www');
    await nextOption(page, 'www.zhangwei-notes.cn').click({ timeout: 3000 });
  });
  await until(page, 'content', '其他', () => pick(page, () => page.locator('.content').click(), nextOption(page, '其他')));
  await until(page, 'languages', ['中文简体'], () => pick(page, () => page.locator('.languages').click(), nextOption(page, '中文简体')));
  await page.keyboard.press('Escape');
  await page.locator('.pre-approval').getByText('是', { exact: true }).click();
  await until(page, 'preApproval', '是');
  await expect(page.locator('.pre-items')).toBeVisible();
  await until(page, 'wpSource', '同主体负责人', () => pick(page, () => page.locator('.wp-source').click(), nextOption(page, '同主体负责人')));
  const st = await state(page);
  expect([st.wpName, st.wpCertNumber, st.wpEmergency]).toEqual(['张伟', '330106199003071236', '13900139000']);
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .ant-select-item-option`).filter({ hasText: exact(text) }).first();

test('heldout23-aliyun-apply-unit-antd-accessorder: blur-checked filing numbers, a nature select steering the certificate select, a lazy cascader, a multiple select fetched late, a table with checkbox row selection, buttons', async () => {
  const build = 'heldout23-aliyun-apply-unit-antd-accessorder';
  const page = await open(build);
  const icp = inp(page, 'entity-icp');
  await blurShows(page, icp, '浙ICP备123号', page.locator('.c-old'), '格式如 浙ICP备12345678号');
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), antOption(page, 'nature-pop', '企业')));
  await until(page, 'certType', '营业执照（个人或企业）', () => pick(page, () => page.locator('.cert-type').click(), antOption(page, 'cert-type-pop', '营业执照（个人或企业）')));
  await cascade(page, () => page.locator('.region').click(), '.region-pop', '.ant-cascader-menu-item', 'region', YH);
  await until(page, 'domains', ['yunqi-demo.cn'], () => pick(page, () => page.locator('.domains').click(), antOption(page, 'domains-pop', 'yunqi-demo.cn')));
  await page.keyboard.press('Escape');
  await page.locator(`.ecs-table input[name="${YQ_ECS}"]`).check();
  await until(page, 'instances', [YQ_ECS]);
  await expect(page.locator('.ecs-table input[name="i-bp17mq0old5e2w1z"]')).toBeDisabled();
  await page.getByRole('button', { name: '提交接入备案' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('原主体备案号');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaOption = (page: Page, text: string) => page.locator('.tea-dropdown-box:visible li, .tea-overlay:visible li').filter({ hasText: exact(text) }).first();

test('heldout23-aliyun-subject-person-tea-grid2: a lazy menu cascader, a one-line textarea, blur checks, a select, typed dates and a 长期 switch, a required landline, buttons', async () => {
  const build = 'heldout23-aliyun-subject-person-tea-grid2';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.tea-cascader-menu', 'li', 'region', ZW);
  const addr = inp(page, 'cert-address');
  await blurShows(page, addr, '文三路 100 号', page.locator('.c-holder'), '请按身份证住址完整填写');
  await addr.fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), teaOption(page, '居民身份证')));
  await until(page, 'prValidFrom', '2018-03-01', () => typeInto(page, page.locator('.pr-valid-from input'), '2018-03-01'));
  await until(page, 'prValidTo', '2038-03-01', () => typeInto(page, page.locator('.pr-valid-to input'), '2038-03-01'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await inp(page, 'mobile').fill('13800138000');
  await blurShows(page, inp(page, 'emergency'), '13800138000', page.locator('.c-principal'), '应急联系电话不能与手机号码相同');
  await blurShows(page, inp(page, 'office'), '88886666', page.locator('.c-principal'), '格式：区号-号码');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

test('heldout23-mps-principal-person-tea-roletabs: role tabs, copy switches locking the rows, a select, a range picker swapped for one date by 长期, upload buttons with a type check, buttons', async () => {
  const build = 'heldout23-mps-principal-person-tea-roletabs';
  const page = await open(build);
  await page.locator('.sec-same').click();
  await until(page, 'secSame', true);
  let st = await state(page);
  expect([st.secName, st.secCertNumber, st.secValidity, st.secEmail]).toEqual(['张伟', '330106199003071236', ['2018-03-01', '2038-03-01'], 'zhangwei@example.com']);
  await expect(inp(page, 'sec-name')).toBeDisabled();
  await page.locator('.sec-same').click();
  await until(page, 'secName', '');
  await inp(page, 'sec-name').fill('张伟');
  await until(page, 'secName', '张伟');
  await until(page, 'secCertType', '居民身份证', () => pick(page, () => page.locator('.sec-cert-type').click(), teaOption(page, '居民身份证')));
  await blurShows(page, inp(page, 'sec-cert-number'), '330106199003071237', page.locator('.p-sec'), '证件号码校验未通过');
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await expect(page.locator('.sec-validity')).toHaveCount(0);
  await until(page, 'secValidity', ['2018-03-01'], () => typeInto(page, page.locator('.sec-valid-from input'), '2018-03-01'));
  await page.locator('.slot-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('.slot-secIdBack input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.slot-secIdBack .field-err')).toContainText('仅支持 jpg / png');
  expect((await state(page)).secIdBack).toEqual([]);
  await expect(page.locator('.p-emg')).toBeHidden();
  await page.locator('.role-tabs').getByText('网站应急联络人', { exact: true }).click();
  await expect(page.locator('.p-emg')).toBeVisible();
  await page.locator('.emg-same').click();
  await until(page, 'emgName', '张伟');
  st = await state(page);
  expect([st.emgCertType, st.emgCertNumber, st.emgPhone]).toEqual(['居民身份证', '330106199003071236', '13800138000']);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请上传网站安全负责人证件照片');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout23-mps-apply-unit-arco-roundtabs: rounded tabs, a typed date, an input tag, added IP rows, a category cascader, a switch revealing checkboxes, a multiple select, a provider autocomplete answered late, a searchable cascader, button radios, a copy tick, buttons', async () => {
  const build = 'heldout23-mps-apply-unit-arco-roundtabs';
  const page = await open(build);
  await page.locator('.round-tabs .arco-tabs-header-title').filter({ hasText: '网站信息' }).click();
  await expect(page.locator('.f-site')).toBeVisible();
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const sub = page.locator('.sub-domains input');
  await sub.fill('yunqi-demo.com.cn');
  await sub.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await inp(page, 'ip-0').fill('47.96.56.78');
  await page.locator('.add-ip').click();
  await blurShows(page, inp(page, 'ip-1'), '47.96.56.789', page.locator('.f-site'), '47.96.56.789 不是有效的IP地址');
  await inp(page, 'ip-1').fill('2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await until(page, 'category', 'E', async () => {
    if (!(await page.locator('.arco-cascader-popup:visible').count())) await page.locator('.category').click();
    await page.locator('.arco-cascader-popup:visible .arco-cascader-list-item').filter({ hasText: exact('E 信息资讯类') }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await until(page, 'languages', ['英语'], () => pick(page, () => page.locator('.languages').click(), arcoOption(page, '英语')));
  await page.keyboard.press('Escape');
  await page.locator('.round-tabs .arco-tabs-header-title').filter({ hasText: '接入信息' }).click();
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await page.locator('.ap-name-pop:visible .arco-select-option').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await until(page, 'apRegion', YH, async () => {
    await page.locator('.ap-region').click();
    await page.keyboard.type('余杭');
    await page.locator('.arco-cascader-popup:visible li').filter({ hasText: '浙江省' }).filter({ hasText: '余杭区' }).first().click({ timeout: 3000 });
  });
  await page.locator('.ap-method').getByText('租赁主机', { exact: true }).click();
  await until(page, 'apMethod', '租赁主机');
  await page.locator('.round-tabs .arco-tabs-header-title').filter({ hasText: '网站负责人' }).click();
  await page.locator('.emg-same').click();
  await until(page, 'emgSame', true);
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写工信部备案号');
  await finish(page, build);
});

test('heldout23-volcengine-basic-unit-arco-narrowcard: a lazy cascader, a nature select steering late button radios, blur checks, an input tag, resource radios swapping in an input, a searchable select of late instances, buttons', async () => {
  const build = 'heldout23-volcengine-basic-unit-arco-narrowcard';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'region', YH);
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), arcoOption(page, '企业')));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await blurShows(page, inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.f-check'), '统一社会信用代码校验未通过');
  const dom = page.locator('.domains input');
  await dom.fill('yunqi-demo.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn']);
  await until(page, 'instance', YQ_VOLC, async () => {
    await page.locator('.instance').click();
    await page.keyboard.type('47.96.56.78');
    await page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: '47.96.56.78' }).first().click({ timeout: 3000 });
  });
  await page.locator('.resource-type').getByText('备案授权码', { exact: true }).click();
  await until(page, 'instance', '');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.getByRole('button', { name: '开始验证' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.narrow .msg')).toHaveText('请阅读并同意服务协议');
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout23-beian-old-principal-person-native-rolegrid: a role grid with copy ticks locking a row, coded selects, blur checks, file inputs with a type check, captcha, buttons', async () => {
  const build = 'heldout23-beian-old-principal-person-native-rolegrid';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await page.locator('#secSame').check();
  await until(page, 'secSame', true);
  const st = await state(page);
  expect([st.secName, st.secCertType, st.secValidTo, st.secEmail]).toEqual(['张伟', '居民身份证', '2038-03-01', 'zhangwei@example.com']);
  await expect(page.locator('#secName')).toHaveAttribute('readonly', '');
  await page.locator('#emgName').fill('张伟');
  await until(page, 'emgName', '张伟');
  await page.locator('#emgCertType').selectOption({ label: '居民身份证' });
  await until(page, 'emgCertType', '居民身份证');
  await blurShows(page, page.locator('#emgCertNumber'), '330106199003071237', page.locator('#emgCertNumber_err'), '身份证号码校验错误');
  await page.locator('#emgValidFrom').fill('2018-03-01');
  await blurShows(page, page.locator('#emgValidTo'), '2018-01-01', page.locator('#emgValidTo_err'), '须晚于有效期起');
  await page.locator('#emgValidTo').fill('长期');
  await page.locator('#emgValidTo').blur();
  await expect(page.locator('#emgValidTo_err')).toHaveText('');
  await until(page, 'emgValidTo', '长期');
  await page.locator('#emgSame').check();
  await until(page, 'emgValidTo', '2038-03-01');
  await page.locator('#emgSame').uncheck();
  await until(page, 'emgName', '');
  await page.locator('#secZm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('#secFm').setInputFiles(PDF);
  await expect(page.locator('#secFm_err')).toHaveText('请选择 jpg / png 格式的图片');
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-23 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout23-aliyun-apply-person-fusion-navsections', 'heldout23-aliyun-apply-unit-antd-accessorder', 'heldout23-aliyun-subject-person-tea-grid2',
    'heldout23-mps-principal-person-tea-roletabs', 'heldout23-mps-apply-unit-arco-roundtabs', 'heldout23-beian-old-principal-person-native-rolegrid',
    'heldout23-volcengine-basic-unit-arco-narrowcard', 'heldout23-baidu-site-person-fusion-fieldgrid',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout23-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout23-aliyun-apply-unit-antd-accessorder',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout23-volcengine-basic-unit-arco-narrowcard',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout23/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout23/antd.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout23/no-such.css');
  expect(await head('/__heldout23/tea.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout23/no-such.css');
  expect(await head('/__heldout23/arco.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout23/no-such.css');
  expect(await head('/__heldout23/fusion.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout23/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout23/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
