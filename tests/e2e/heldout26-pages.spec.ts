/**
 * The gen-26 held-out replica builds (tests/replicas/heldout26) are real pages: a user driving one widget of each kind on
 * every page (a TDesign access-cards order with blur-checked filing numbers, button radios, an SMS button, a tag input
 * feeding a home-URL select, a multiple select and added IP rows; an antd modal over the 我的备案 table with a tags select,
 * an autocomplete checked on blur, a checkbox group, a switch copying the principal and a 长期 tick; an OpenTiny change
 * order in a collapse with a blur-checked site number, a separated domain text, radios and typed dates; an Element Plus
 * description-list application with an allow-create IP select, a switch revealing checkboxes, an autocomplete answered
 * late, a lazy cascader, a typed range and a copy tick; an OpenTiny three-column application with letter radios, a switch,
 * three region selects loaded level by level and copy radios; an old-portal dl page with copy radios locking the rows, a
 * 长期 tick and coded selects; a TDesign ID-card panel with uploads (type checked), a lazy cascader, a typed date and a term
 * select deriving the end; an Element Plus section-card page with three region selects, radio buttons and a 长期 switch
 * hiding the end date) changes the framework state that getState() reports, and every `expect` key of the build exists in
 * the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request
 * aborted. Screenshots land in /tmp/heldout26/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout26 } from '../replicas/heldout26';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout26, '/tmp/heldout26');
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

/* ------------------------------------------------------------------ TDesign */

const tdOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .t-select-option`).filter({ hasText: exact(text) }).first();

test('heldout26-aliyun-apply-person-tdesign-accesscards: blur-checked filing numbers, button radios, an SMS button, a tag input feeding a select, a multiple select, added IP rows, buttons', async () => {
  const build = 'heldout26-aliyun-apply-person-tdesign-accesscards';
  const page = await open(build);
  await blurShows(page, inp(page, 'site-icp'), '浙ICP备123号', page.locator('.c-orig'), '网站备案号格式如');
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await blurShows(page, inp(page, 'cert-number'), '330106199003071237', page.locator('.c-owner'), '证件号码校验未通过');
  await inp(page, 'mobile').fill('13800138000');
  await page.locator('.send-sms').click();
  await expect(page.locator('.c-owner')).toContainText('验证码已发送');
  const dom = page.locator('.domains input').first();
  await dom.fill('zhangwei-notes.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => page.locator('.home-url').click(), tdOption(page, 'home-url-pop', 'www.zhangwei-notes.cn')));
  await until(page, 'languages', ['中文简体'], () => pick(page, () => page.locator('.languages').click(), tdOption(page, 'languages-pop', '中文简体')));
  await page.mouse.click(5, 5);
  await inp(page, 'ip-0').fill('47.96.12.34');
  await page.locator('.add-ip').click();
  await inp(page, 'ip-1').fill('47.96.12.345');
  await inp(page, 'ip-1').blur();
  await expect(page.locator('.c-access')).toContainText('不是有效的IP地址');
  await until(page, 'ips', ['47.96.12.34']);
  await page.getByRole('button', { name: '提交订单' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写原主体备案号与原网站备案号');
  expect((await state(page)).smsCode).toBe('');
  await finish(page, build);
});

test('heldout26-tencent-subject-person-tdesign-idcardpanel: uploads with a type check, a blur check, a lazy cascader, a typed date and a term select deriving the end, phones that must differ, buttons', async () => {
  const build = 'heldout26-tencent-subject-person-tdesign-idcardpanel';
  const page = await open(build);
  await page.locator('.slot-idBack input[type=file]').setInputFiles(PDF);
  await expect(page.locator('.slot-idBack .field-err')).toContainText('仅支持 jpg / png');
  await page.locator('.slot-idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await blurShows(page, inp(page, 'cert-number'), '330106199003071237', page.locator('.c-form'), '证件号码校验未通过');
  await cascade(page, () => page.locator('.mail-region').click(), '.mail-region-pop', '.t-cascader__item', 'mailRegion', ZW);
  await until(page, 'validFrom', '2018-03-01', () => typeInto(page, page.locator('.valid-from input'), '2018-03-01'));
  await until(page, 'term', '20年', () => pick(page, () => page.locator('.term').click(), tdOption(page, 'term-pop', '20年')));
  await expect(page.locator('.valid-to')).toHaveText('2038-03-01');
  await inp(page, 'mobile').fill('13800138000');
  await blurShows(page, inp(page, 'emergency'), '13800138000', page.locator('.c-form'), '不能与手机号码相同');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout26-aliyun-apply-person-antd-modalform: a modal on load, a tags select, an autocomplete checked on blur, a checkbox group, a switch copying the principal, a 长期 tick, buttons', async () => {
  const build = 'heldout26-aliyun-apply-person-antd-modalform';
  const page = await open(build);
  await expect(page.locator('.new-site-modal')).toBeVisible();
  await expect(page.locator('.entity-table')).toContainText('张伟');
  const dom = page.locator('.domains input').first();
  await dom.fill('zhangwei-notes.cn');
  await dom.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await blurShows(page, inp(page, 'home-url'), 'www.example.com', page.locator('.new-site-form'), '首页URL须属于已填写的网站域名');
  await inp(page, 'home-url').fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await page.keyboard.press('Escape');
  await expect(page.locator('.new-site-modal')).toBeVisible();
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.wp-same').click();
  await until(page, 'wpSame', true);
  const st = await state(page);
  expect([st.wpName, st.wpCertNumber, st.wpValidity, st.wpEmail]).toEqual(['张伟', '330106199003071236', ['2018-03-01', '2038-03-01'], 'zhangwei@example.com']);
  await expect(inp(page, 'wp-name')).toBeEditable();
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', ['2018-03-01']);
  await blurShows(page, inp(page, 'wp-emergency'), '13800138000', page.locator('.new-site-form'), '不能与手机号码相同');
  await page.locator('.btn-ok').click();
  await until(page, 'okClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elOption = (page: Page, pop: string, text: string) => page.locator(`.${pop}:visible .el-select-dropdown__item`).filter({ hasText: exact(text) }).first();

test('heldout26-mps-apply-unit-elp-desclist: radios, a blur check, a typed date, an input tag, an allow-create IP select, a letter select, a switch revealing checkboxes, an autocomplete answered late, a lazy cascader, a typed range, a copy tick, buttons', async () => {
  const build = 'heldout26-mps-apply-unit-elp-desclist';
  const page = await open(build);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await blurShows(page, inp(page, 'icp-number'), '浙ICP备12号', page.locator('.d-site'), '工信部备案号格式如');
  await inp(page, 'icp-number').fill('');
  await until(page, 'icpNumber', '');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const sub = page.locator('.sub-domains input').first();
  await sub.fill('yunqi-demo.com.cn');
  await sub.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  const ip = page.locator('.ips input').first();
  await page.locator('.ips').click();
  await ip.fill('47.96.56.345');
  await elOption(page, 'ips-pop', '47.96.56.345').click();
  await expect(page.locator('.d-site')).toContainText('不是有效的IP地址');
  await ip.fill('47.96.56.78');
  await elOption(page, 'ips-pop', '47.96.56.78').click();
  await until(page, 'ips', ['47.96.56.78']);
  await page.keyboard.press('Escape');
  await until(page, 'category', 'E', () => pick(page, () => page.locator('.category').click(), elOption(page, 'category-pop', 'E 信息资讯类')));
  await page.locator('.interactive').click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await inp(page, 'ap-name').fill('阿里云');
    await page.locator('.ap-name-pop:visible li').filter({ hasText: exact('阿里云计算有限公司') }).first().click({ timeout: 3000 });
  });
  await cascade(page, () => page.locator('.ap-region').click(), '.ap-region-pop', '.el-cascader-node', 'apRegion', YH);
  await until(page, 'secValidity', ['2020-08-12', '2040-08-12'], async () => {
    const ins = page.locator('.sec-validity input');
    await ins.first().click();
    await ins.first().fill('2020-08-12');
    await ins.nth(1).fill('2040-08-12');
    await ins.nth(1).press('Enter');
  });
  await page.mouse.click(5, 5);
  await page.locator('.emg-same').click();
  await until(page, 'emgSame', true);
  await expect(page.locator('.d-emg .same-sum')).toContainText('李娜');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写工信部备案号');
  await finish(page, build);
});

test('heldout26-huawei-subject-unit-elp-sectioncards: three region selects loaded level by level, a blur check, radios, radio buttons, a typed date and a 长期 switch hiding the end date, phones that must differ, buttons', async () => {
  const build = 'heldout26-huawei-subject-unit-elp-sectioncards';
  const page = await open(build);
  for (const [cls, t] of [['mail-prov', '浙江省'], ['mail-city', '杭州市'], ['mail-dist', '余杭区']] as const) {
    await pick(page, () => page.locator(`.${cls}`).click(), elOption(page, `${cls}-pop`, t));
  }
  await until(page, 'mailRegion', YH);
  await blurShows(page, inp(page, 'mail-detail'), '文一西路', page.locator('.c-unit'), '通信地址须详细到门牌号');
  await page.locator('.pr-is-legal').getByText('是', { exact: true }).click();
  await until(page, 'prIsLegal', '是');
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(page, inp(page, 'pr-emergency'), '13600136000', page.locator('.c-principal'), '不能与手机号码相同');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请完善带 * 的信息');
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

const tinyOption = (page: Page, text: string) => page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact(text) }).first();

test('heldout26-aliyun-apply-unit-opentiny-changecollapse: a collapse, a blur-checked site number, a separated domain text, a blur-checked home URL, a select, a multiple select, radios, typed dates, buttons', async () => {
  const build = 'heldout26-aliyun-apply-unit-opentiny-changecollapse';
  const page = await open(build);
  await blurShows(page, inp(page, 'site-icp'), '浙ICP备123456号', page.locator('.p-target'), '网站备案号格式如');
  await inp(page, 'site-icp').fill('');
  await until(page, 'siteIcp', '');
  await inp(page, 'domains').fill('yunqi-demo.cn; yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await blurShows(page, inp(page, 'home-url'), 'www.example.com', page.locator('.p-site'), '首页URL须属于所填写的网站域名');
  await inp(page, 'home-url').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await until(page, 'content', '单位门户网站', () => pick(page, () => page.locator('.content').click(), tinyOption(page, '单位门户网站')));
  await until(page, 'languages', ['英语'], () => pick(page, () => page.locator('.languages').click(), tinyOption(page, '英语')));
  await page.mouse.click(5, 5);
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await until(page, 'wpValidFrom', '2020-08-12', () => typeInto(page, inp(page, 'wp-valid-from'), '2020-08-12'));
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(page, inp(page, 'wp-emergency'), '18600186000', page.locator('.p-wp'), '不能与手机号码相同');
  await page.getByRole('button', { name: '提交变更' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写需变更的网站备案号');
  await finish(page, build);
});

test('heldout26-mps-apply-person-opentiny-threecols: a blur check, a typed date, an IP text, letter radios, a 是 / 否 select, a switch, a filterable select, three region selects loaded level by level, copy radios, buttons', async () => {
  const build = 'heldout26-mps-apply-person-opentiny-threecols';
  const page = await open(build);
  await blurShows(page, inp(page, 'icp-number'), '浙ICP备12号', page.locator('.c-site'), '工信部备案号格式如');
  await inp(page, 'icp-number').fill('');
  await until(page, 'icpNumber', '');
  await until(page, 'openedAt', '2025-11-20', () => typeInto(page, inp(page, 'opened-at'), '2025-11-20'));
  await blurShows(page, inp(page, 'ips'), '47.96.12.345', page.locator('.c-site'), '不是有效的IP地址');
  await inp(page, 'ips').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('.category').getByText('Z 其他', { exact: true }).click();
  await until(page, 'category', 'Z');
  await until(page, 'interactive', '否', () => pick(page, () => page.locator('.interactive').click(), tinyOption(page, '否')));
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', true);
  await until(page, 'apName', '阿里云计算有限公司', () => pick(page, () => page.locator('.ap-name').click(), tinyOption(page, '阿里云计算有限公司')));
  for (const [cls, t] of [['ap-prov', '浙江省'], ['ap-city', '杭州市'], ['ap-dist', '余杭区']] as const) {
    await pick(page, () => page.locator(`.${cls}`).click(), tinyOption(page, t));
  }
  await until(page, 'apRegion', YH);
  await page.locator('.sec-same').getByText('是', { exact: true }).click();
  await until(page, 'secSame', '是');
  await expect(page.locator('.sec-summary')).toContainText('张伟');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toHaveText('请填写工信部备案号');
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (old portal) */

test('heldout26-beian-old-principal-person-native-dlcopy: copy radios locking the rows, a 长期 tick, coded selects, blur checks, captcha, buttons', async () => {
  const build = 'heldout26-beian-old-principal-person-native-dlcopy';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await page.locator('input[name=aqtz][value="1"]').check();
  await until(page, 'secSame', '是');
  const st = await state(page);
  expect([st.secName, st.secCertType, st.secValidFrom, st.secValidTo, st.secEmail]).toEqual(['张伟', '居民身份证', '2018-03-01', '2038-03-01', 'zhangwei@example.com']);
  await expect(page.locator('#aqxm')).not.toBeEditable();
  await page.locator('input[name=aqtz][value="0"]').check();
  await until(page, 'secName', '');
  await page.locator('#aqxm').fill('张伟');
  await page.locator('#aqzjlx').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await blurShows(page, page.locator('#aqzjhm'), '330106199003071237', page.locator('#aqzjhm_err'), '证件号码校验未通过');
  await blurShows(page, page.locator('#aqyxq1'), '2018/03/01', page.locator('#aqyxq1_err'), '日期格式');
  await page.locator('#aqyxq2').fill('2038-03-01');
  await page.locator('#aqcq').check();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(page.locator('#aqyxq2')).toBeDisabled();
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-26 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout26-aliyun-apply-person-tdesign-accesscards', 'heldout26-aliyun-apply-person-antd-modalform', 'heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'heldout26-mps-apply-unit-elp-desclist', 'heldout26-mps-apply-person-opentiny-threecols', 'heldout26-beian-old-principal-person-native-dlcopy',
    'heldout26-tencent-subject-person-tdesign-idcardpanel', 'heldout26-huawei-subject-unit-elp-sectioncards',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout26-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout26-tencent-subject-person-tdesign-idcardpanel',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout26/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout26/antd.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout26/no-such.css');
  expect(await head('/__heldout26/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout26/no-such.css');
  expect(await head('/__heldout26/tdesign.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout26/no-such.css');
  expect(await head('/__heldout26/vue.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout26/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout26/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
