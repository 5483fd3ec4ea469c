/**
 * The gen-25 held-out replica builds (tests/replicas/heldout25) are real pages: a user driving one widget of each kind on
 * every page (an Arco live-preview order with a lazy cascader, blur checks, a select, a typed range picker and a 长期 tick,
 * an SMS send button, a multiple select creating entries, home-URL radios built from it and a checkbox group; a Fusion
 * order in left vertical tabs with a blur-checked filing number, a nature select steering certificate radios, a checkbox
 * group of domains loaded late, an autocomplete, a select and typed dates; a Tea site-list order with an entity select
 * filling a table, a tag select feeding a home-URL select, a checkbox group, a table with checkbox row selection (one
 * disabled), certificate radios and a 长期 tick; an Arco copy panel whose copy buttons fill two role forms, with uploads
 * (type checked) and a 长期 tick; a Fusion card grid with radios, a typed date, a tag select of IPs with a check, a
 * cascader select, a 是 / 否 select revealing checkboxes, a remote-search select answered late, a whole-tree cascader
 * select and copy ticks; an old-portal pair table with list textareas, radios, coded checkboxes and selects and region
 * selects answered by the area API; a Tea vertical-stepper page with added domain rows, selects, a checkbox group and a
 * required landline; an antd twin-column page with a dragger upload, a switch copying the legal rep and locking, a 长期 tick
 * hiding the end date) changes the framework state that getState() reports, and every `expect` key of the build exists in
 * the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request
 * aborted. Screenshots land in /tmp/heldout25/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout25 } from '../replicas/heldout25';
import { YQ_ECS } from '../replicas/heldout25/pages';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout25, '/tmp/heldout25');
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

/* ------------------------------------------------------------------ Arco */

const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout25-aliyun-apply-person-arco-livepreview: a lazy cascader, blur checks, a select, a typed range picker and a 长期 tick, an SMS button, a creating multiple select feeding radios, a checkbox group, the preview, buttons', async () => {
  const build = 'heldout25-aliyun-apply-person-arco-livepreview';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'region', ZW);
  await expect(page.locator('.preview')).toContainText('浙江省 / 杭州市 / 西湖区');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), arcoOption(page, '居民身份证')));
  await blurShows(page, inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.c-principal'), '证件号码校验未通过');
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], async () => {
    const ins = page.locator('.pr-validity input');
    await ins.first().click();
    await ins.first().fill('2018-03-01');
    await ins.first().press('Enter');
    await ins.nth(1).click();
    await ins.nth(1).fill('2038-03-01');
    await ins.nth(1).press('Enter');
  });
  await page.mouse.click(5, 5);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', ['2018-03-01']);
  await inp(page, 'pr-mobile').fill('13800138000');
  await page.locator('.send-sms').click();
  await expect(page.locator('.c-principal')).toContainText('验证码已发送');
  expect((await state(page)).smsCode).toBe('');
  const dom = page.locator('.domains input');
  await dom.fill('zhangwei-notes.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.locator('.home-url').getByText('www.zhangwei-notes.cn', { exact: true }).click();
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.arco-message')).toContainText('请先完成手机验证码校验');
  await finish(page, build);
});

test('heldout25-mps-principal-person-arco-copypanel: copy buttons filling two role forms, a blur check, a 长期 tick swapping the range, uploads with a type check, buttons', async () => {
  const build = 'heldout25-mps-principal-person-arco-copypanel';
  const page = await open(build);
  await page.locator('.copy-sec').click();
  let st = await state(page);
  expect([st.secName, st.secCertType, st.secValidity, st.secEmail]).toEqual(['张伟', '居民身份证', ['2018-03-01', '2038-03-01'], 'zhangwei@example.com']);
  await expect(inp(page, 'sec-name')).toBeEditable();
  await blurShows(page, inp(page, 'sec-cert-number'), '330106199003071237', page.locator('.f-sec'), '证件号码校验未通过');
  await page.locator('.sec-long-term').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', ['2018-03-01']);
  await expect(page.locator('.sec-validity-from')).toBeVisible();
  await page.locator('.slot-secIdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  await page.locator('.slot-secIdBack input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.slot-secIdBack .field-err')).toContainText('仅支持 jpg / png');
  expect((await state(page)).secIdBack).toEqual([]);
  await page.locator('.copy-emg').click();
  st = await state(page);
  expect([st.emgName, st.emgCertNumber, st.emgPhone]).toEqual(['张伟', '330106199003071236', '13800138000']);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请上传网站安全负责人证件照片');
  expect((await state(page)).notice).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .next-menu-item`).filter({ hasText: exact(text) }).first();

test('heldout25-aliyun-apply-unit-fusion-lefttabs: vertical tabs, a blur-checked filing number, a nature select steering radios, a checkbox group loaded late, an autocomplete, selects, a typed date, a blur check on phones, buttons', async () => {
  const build = 'heldout25-aliyun-apply-unit-fusion-lefttabs';
  const page = await open(build);
  await blurShows(page, inp(page, 'entity-icp'), '浙ICP备123号', page.locator('.p-entity'), '主体备案号格式如');
  await inp(page, 'entity-icp').fill('');
  await until(page, 'entityIcpNumber', '');
  await until(page, 'nature', '企业', () => pick(page, () => page.locator('.nature').click(), nextOption(page, 'nature-pop', '企业')));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await page.locator('.order-tabs .next-tabs-tab').filter({ hasText: '网站信息' }).click();
  await expect(page.locator('.p-site')).toBeVisible();
  await page.locator('.domains').getByText('yunqi-demo.cn', { exact: true }).click();
  await until(page, 'domains', ['yunqi-demo.cn']);
  await blurShows(page, inp(page, 'home-url'), 'www.example.com', page.locator('.p-site'), '首页URL须属于已选择的网站域名');
  await inp(page, 'home-url').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await page.keyboard.press('Escape');
  await until(page, 'content', '单位门户网站', () => pick(page, () => page.locator('.content').click(), nextOption(page, 'content-pop', '单位门户网站')));
  await page.locator('.order-tabs .next-tabs-tab').filter({ hasText: '网站负责人' }).click();
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, page.locator('.wp-valid-from input'), '2020-08-12'));
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(page, inp(page, 'wp-emergency'), '18600186000', page.locator('.p-wp'), '应急联系电话不能与手机号码相同');
  await page.getByRole('button', { name: '提交订单' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.next-message')).toContainText('请填写主体备案号');
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

test('heldout25-mps-apply-person-fusion-cardgrid: a blur check, a typed date, a tag select of IPs with a check, a cascader select, a 是 / 否 select revealing checkboxes, a checkbox group, a remote-search select answered late, a whole-tree cascader select, copy ticks, buttons', async () => {
  const build = 'heldout25-mps-apply-person-fusion-cardgrid';
  const page = await open(build);
  await blurShows(page, inp(page, 'icp-number'), '浙ICP备12号', page.locator('.c-site'), '工信部备案号格式不正确');
  await inp(page, 'icp-number').fill('');
  await until(page, 'icpNumber', '');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, page.locator('.opened-at input'), '2025-11-20'));
  const ip = page.locator('.ips input').first();
  await ip.click();
  await ip.fill('47.96.12.345');
  await ip.press('Enter');
  await expect(page.locator('.c-service')).toContainText('47.96.12.345 不是有效的IP地址');
  await ip.fill('47.96.12.34');
  await ip.press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await page.keyboard.press('Escape');
  await until(page, 'category', 'Z', () => pick(page, () => page.locator('.category').click(), page.locator('.category-pop:visible .next-cascader-menu-item').filter({ hasText: exact('Z 其他') }).first()));
  await until(page, 'interactive', '是', () => pick(page, () => page.locator('.interactive').click(), nextOption(page, 'interactive-pop', '是')));
  await expect(page.locator('.interactive-kinds')).toBeVisible();
  await until(page, 'interactive', '否', () => pick(page, () => page.locator('.interactive').click(), nextOption(page, 'interactive-pop', '否')));
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await page.locator('.ap-name').click();
    await page.locator('.ap-name input').fill('阿里云');
    await nextOption(page, 'ap-name-pop', '阿里云计算有限公司').click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await cascade(page, () => page.locator('.ap-region').click(), '.ap-region-pop', '.next-cascader-menu-item', 'apRegion', YH);
  await page.locator('.sec-same').click();
  await until(page, 'secSame', true);
  await expect(page.locator('.sec-summary')).toContainText('张伟');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.next-message')).toContainText('请填写工信部备案号');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible li`).filter({ hasText: exact(text) }).first();

test('heldout25-aliyun-apply-unit-tea-sitelist: an entity select filling the site table, a blur check, a tag select feeding a home-URL select, a checkbox group, a multiple select, a table with checkbox row selection, radios, a 长期 tick, buttons', async () => {
  const build = 'heldout25-aliyun-apply-unit-tea-sitelist';
  const page = await open(build);
  await until(page, 'entity', '杭州云栖示例科技有限公司', () => pick(page, () => page.locator('.entity').click(), teaOption(page, 'entity-pop', '杭州云栖示例科技有限公司')));
  await expect(page.locator('.filed-sites')).toContainText('yunqi-docs.cn');
  const dom = page.locator('.domains input').first();
  await dom.click();
  await dom.fill('yunqi-demo.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn']);
  await page.mouse.click(5, 5);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => pick(page, () => page.locator('.home-url').click(), teaOption(page, 'home-url-pop', 'www.yunqi-demo.cn')));
  await page.locator('.content').getByText('单位门户网站', { exact: true }).click();
  await until(page, 'content', ['单位门户网站']);
  await until(page, 'languages', ['英语'], () => pick(page, () => page.locator('.languages').click(), teaOption(page, 'languages-pop', '英语')));
  await page.mouse.click(5, 5);
  await page.locator('.ecs-table tr').filter({ hasText: YQ_ECS }).locator('.tea-form-check, input[type=checkbox]').first().click();
  await until(page, 'instances', [YQ_ECS]);
  await expect(page.locator('.ecs-table tr').filter({ hasText: 'i-bp1c0x5old8d1z7e' }).locator('input[type=checkbox]').first()).toBeDisabled();
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await blurShows(page, inp(page, 'wp-cert-number'), '110105198808123012', page.locator('.f-wp'), '证件号码校验未通过');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.wp-valid-to input').first()).toBeDisabled();
  await page.getByRole('button', { name: '提交订单' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请勾选承诺');
  await finish(page, build);
});

test('heldout25-volcengine-site-person-tea-vstepper: a blur check, added domain rows feeding a home-URL select, a searchable select, a checkbox group, a select, a required landline, buttons', async () => {
  const build = 'heldout25-volcengine-site-person-tea-vstepper';
  const page = await open(build);
  await blurShows(page, inp(page, 'site-name'), '张伟科技博客', page.locator('.f-site'), '个人网站名称不能含有');
  await inp(page, 'domain-0').fill('zhangwei-notes.cn');
  await page.locator('.add-domain').click();
  await blurShows(page, inp(page, 'domain-1'), 'www.zhangwei-notes.com', page.locator('.f-site'), '请填写不带 www.');
  await page.locator('.del-domain-1').click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), teaOption(page, 'home-url-pop', 'www.zhangwei-notes.cn')));
  // a long list is virtualised: search it as a user would
  await until(page, 'content', '其他', () => pick(page, async () => {
    await page.locator('.content').click();
    await page.locator('.content-pop:visible input[type=search]').fill('其他');
  }, teaOption(page, 'content-pop', '其他')));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => page.locator('.wp-cert-type').click(), teaOption(page, 'wp-cert-type-pop', '居民身份证')));
  await blurShows(page, inp(page, 'wp-office'), '88886666', page.locator('.f-wp'), '格式：区号-号码');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  expect((await state(page)).agree).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout25-baidu-subject-unit-antd-twincols: a dragger upload with a type check, blur checks, a legal-rep switch copying and locking, a typed date, a 长期 tick hiding the end date, phones that must differ, buttons', async () => {
  const build = 'heldout25-baidu-subject-unit-antd-twincols';
  const page = await open(build);
  await page.locator('.slot-licence input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.slot-licence .field-err')).toContainText('仅支持 jpg / png');
  await page.locator('.slot-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await blurShows(page, inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.c-unit'), '统一社会信用代码校验未通过');
  await inp(page, 'legal-rep').fill('李娜');
  await inp(page, 'legal-rep-id').fill('330110198511204525');
  await page.locator('.pr-same').click();
  await until(page, 'prSameAsLegal', true);
  const st = await state(page);
  expect([st.prName, st.prCertNumber]).toEqual(['李娜', '330110198511204525']);
  await expect(inp(page, 'pr-name')).toBeDisabled();
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(page, inp(page, 'pr-emergency'), '13600136000', page.locator('.c-principal'), '不能与手机号码相同');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  expect((await state(page)).promiseLetter).toEqual([]);
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout25-beian-old-site-unit-native-pairtable: a pair table with blur checks, list textareas, radios, coded checkboxes, selects, region selects answered by the area API, captcha, buttons', async () => {
  const build = 'heldout25-beian-old-site-unit-native-pairtable';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await blurShows(page, page.locator('#icpbah'), '浙ICP备12号', page.locator('#icpbah_err'), '工信部备案号格式如');
  await blurShows(page, page.locator('#ktrq'), '2025/11/25', page.locator('#ktrq_err'), '日期格式');
  await page.locator('#ktrq').fill('2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  await page.locator('#cym').fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await blurShows(page, page.locator('#wzip'), '47.96.56.345\n2408:4000:1000::10', page.locator('#wzip_err'), '不是有效的IP地址');
  await page.locator('#wzip').fill('47.96.56.78\n2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('input[name=jhfw][value="1"]').check();
  await until(page, 'interactive', '是');
  await page.locator('input[name=wzyz][value="05"]').check();
  await page.locator('input[name=wzyz][value="01"]').check();
  await until(page, 'languages', ['英语', '中文简体']);
  await page.locator('#jrsmc').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  for (const [id, t] of [['#jrSheng', '浙江省'], ['#jrShi', '杭州市'], ['#jrXian', '余杭区']] as const) {
    await expect(page.locator(`${id} option`, { hasText: t })).toHaveCount(1);
    await page.locator(id).selectOption({ label: t });
  }
  await until(page, 'apRegion', YH);
  await page.locator('#jrfs').selectOption({ label: '租赁主机' });
  await until(page, 'apMethod', '租赁主机');
  await blurShows(page, page.locator('#zcsdh'), '6598', page.locator('#zcsdh_err'), '电话格式不正确');
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-25 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout25-aliyun-apply-person-arco-livepreview', 'heldout25-aliyun-apply-unit-fusion-lefttabs', 'heldout25-aliyun-apply-unit-tea-sitelist',
    'heldout25-mps-principal-person-arco-copypanel', 'heldout25-mps-apply-person-fusion-cardgrid', 'heldout25-beian-old-site-unit-native-pairtable',
    'heldout25-volcengine-site-person-tea-vstepper', 'heldout25-baidu-subject-unit-antd-twincols',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout25-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout25-aliyun-apply-unit-tea-sitelist',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout25-volcengine-site-person-tea-vstepper',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout25/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout25/fusion.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout25/no-such.css');
  expect(await head('/__heldout25/arco.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout25/no-such.css');
  expect(await head('/__heldout25/tea.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout25/no-such.css');
  expect(await head('/__heldout25/antd.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout25/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout25/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
