/**
 * The gen-37 held-out replica builds (tests/replicas/heldout37) are real pages: a user driving one widget of each kind on
 * every page (Fusion vertical steps with domain rows, a select fed by them, a checkbox group, a switch and a date with a
 * 长期 tick; a Fusion tab strip with a tag select, radios, a remote search answered late, a select listed late and a
 * searchable cascader; Arco card tabs with a lazy cascader, a copy checkbox locking a field and a switch hiding a picker;
 * an Arco description list with button radios, a select, a range picker, an upload, a cascader and a switch; Arco table
 * rows with a creatable multiple select, an autocomplete, a searchable select, radios and a range picker; a Tea grid with
 * three selects listed level by level, a filtered select and instance radios listed late; a Tea section list with radios,
 * a copy button and a 长期 tick disabling a text; the old portal's tab panels with region selects filled late, ticks and
 * coded radios) changes the framework state that getState() reports, and every `expect` key of the build exists in the
 * initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted.
 * Screenshots land in /tmp/heldout37/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout37 } from '../replicas/heldout37';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout37, '/tmp/heldout37');
const { finish, open } = checks;
test.describe.configure({ mode: 'parallel' });
test.use({ actionTimeout: 8000 });

const ZW = ['浙江省', '杭州市', '西湖区'];
const YH = ['浙江省', '杭州市', '余杭区'];

const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();
async function blurShows(box: Locator, value: string, scope: Locator, msg: string) {
  await box.fill(value);
  await box.blur();
  await expect(scope).toContainText(msg);
}
/** Open the widget of class `cls`, click the visible option `text` (`item`: the library's option selector). */
const choose = (page: Page, cls: string, item: string, text: string) =>
  pick(page, () => page.locator(`.${cls}`).first().click(), page.locator(`${item}:visible`).filter({ hasText: exact(text) }).first());
/** Click a cascader's levels one by one (each level's options may arrive late). */
async function levels(page: Page, cls: string, item: string, names: string[]) {
  await page.locator(`.${cls}`).first().click();
  for (const name of names) await page.locator(`${item}:visible`).filter({ hasText: exact(name) }).first().click();
}

/* ------------------------------------------------------------------ Fusion */

const NEXT = '.next-menu-item';

test('heldout37-aliyun-site-person-fusion-verticalsteps: domain rows, a select fed by them, a checkbox group, a switch, a date + 长期 tick, a blur check', async () => {
  const build = 'heldout37-aliyun-site-person-fusion-verticalsteps';
  const page = await open(build);
  await inp(page, 'domain-0').fill('zhangwei-notes.cn');
  await page.locator('.add-domain').click();
  await inp(page, 'domain-1').fill('zw-notes.cn');
  await until(page, 'domains', ['zhangwei-notes.cn', 'zw-notes.cn']);
  await page.locator('.del-domain-1').click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => choose(page, 'home-url', `.home-url-pop ${NEXT}`, 'www.zhangwei-notes.cn'));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await until(page, 'wpValidTo', '2038-03-01', async () => {
    await inp(page, 'wp-valid-to').click();
    await inp(page, 'wp-valid-to').fill('2038-03-01');
    await inp(page, 'wp-valid-to').press('Enter');
  });
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await blurShows(inp(page, 'site-name'), '张伟科技工作室', page.locator('#sec-site'), '个人网站名称不能含有“科技”等字样');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout37-mps-site-person-fusion-tabstrip: tabs, a tag select, radios, a remote search answered late, a select listed late, a searchable cascader', async () => {
  const build = 'heldout37-mps-site-person-fusion-tabstrip';
  const page = await open(build);
  await until(page, 'ips', ['47.96.12.34'], async () => {
    await inp(page, 'ips').fill('47.96.12.34');
    await inp(page, 'ips').press('Enter');
  });
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await until(page, 'category', 'Z 其他', () => choose(page, 'category', `.category-pop ${NEXT}`, 'Z 其他'));
  await expect(page.locator('.p-ap')).toBeHidden();
  await page.locator('.next-tabs-tab').filter({ hasText: '网络接入服务商' }).click();
  await until(page, 'apName', '阿里云计算有限公司', () => pick(page, () => inp(page, 'ap-name').fill('阿里云'),
    page.locator(`.ap-name-pop ${NEXT}:visible`).filter({ hasText: exact('阿里云计算有限公司') }).first()));
  await until(page, 'apMethod', '租赁虚拟空间', () => choose(page, 'ap-method', `.ap-method-pop ${NEXT}`, '租赁虚拟空间'));
  await levels(page, 'ap-region', '.ap-region-pop .next-cascader-menu-item', YH);
  await until(page, 'apRegion', YH);
  await blurShows(inp(page, 'ap-phone'), '95-187', page.locator('.p-ap'), '电话号码格式不正确');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('.p-rg')).toBeVisible();
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const ARCO = '.arco-select-option';

test('heldout37-aliyun-subject-unit-arco-cardtabs: a lazy cascader, a copy tick locking a field, tabs, radios, a switch hiding a picker, a blur check', async () => {
  const build = 'heldout37-aliyun-subject-unit-arco-cardtabs';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .arco-cascader-list-item', YH);
  await until(page, 'mailRegion', YH);
  await page.locator('.investor-same').click();
  await until(page, 'investor', '杭州云栖示例科技有限公司');
  await expect(inp(page, 'investor')).toBeDisabled();
  await page.locator('.arco-tabs-header-title').filter({ hasText: '主体负责人' }).click();
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await expect(inp(page, 'pr-valid-to')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'pr-cert-number'), '330110198511204526', page.locator('.p-principal'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout37-mps-subject-person-arco-descedit: button radios, a select, a range picker, an upload, a cascader, a switch, a blur check', async () => {
  const build = 'heldout37-mps-subject-person-arco-descedit';
  const page = await open(build);
  await page.locator('.kind').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', `.pr-cert-type-pop ${ARCO}`, '居民身份证'));
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], async () => {
    await page.locator('.pr-validity input').nth(0).click();
    await page.locator('.pr-validity input').nth(0).fill('2018-03-01');
    await page.locator('.pr-validity input').nth(0).press('Enter');
    await page.locator('.pr-validity input').nth(1).fill('2038-03-01');
    await page.locator('.pr-validity input').nth(1).press('Enter');
  });
  await page.locator('.pr-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prFront', ['zhangwei-id-front.png']);
  await levels(page, 'home-region', '.home-region-pop .arco-cascader-list-item', ZW);
  await until(page, 'homeRegion', ZW);
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', true);
  await blurShows(inp(page, 'pr-mobile'), '1380013800', page.locator('.subject-desc'), '请输入 11 位手机号码');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout37-baidu-site-unit-arco-tablerows: a creatable multiple select, an autocomplete, a searchable select, a checkbox group, radios, a range picker', async () => {
  const build = 'heldout37-baidu-site-unit-arco-tablerows';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], async () => {
    await inp(page, 'domains').fill('yunqi-demo.cn');
    await inp(page, 'domains').press('Enter');
  });
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => pick(page, () => inp(page, 'home-url').fill('www'),
    page.locator(`.home-url-pop ${ARCO}:visible`).filter({ hasText: exact('www.yunqi-demo.cn') }).first()));
  await until(page, 'content', '单位门户网站', () => pick(page, () => inp(page, 'content').fill('单位门户'),
    page.locator(`.content-pop ${ARCO}:visible`).filter({ hasText: exact('单位门户网站') }).first()));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'wpValidity', ['2020-08-12', '2040-08-12'], async () => {
    await page.locator('.wp-validity input').nth(0).click();
    await page.locator('.wp-validity input').nth(0).fill('2020-08-12');
    await page.locator('.wp-validity input').nth(0).press('Enter');
    await page.locator('.wp-validity input').nth(1).fill('2040-08-12');
    await page.locator('.wp-validity input').nth(1).press('Enter');
  });
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(inp(page, 'wp-emergency'), '18600186000', page.locator('.t-wp'), '应急联系人手机号码不能与手机号码相同');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const TEA = '.tea-dropdown-box li';

test('heldout37-aliyun-basic-person-tea-twocolgrid: three selects listed late, a searchable select, a filtered select, instance radios listed late, a segment', async () => {
  const build = 'heldout37-aliyun-basic-person-tea-twocolgrid';
  const page = await open(build);
  await choose(page, 'prov', TEA, '浙江省');
  await choose(page, 'city', TEA, '杭州市');
  await choose(page, 'dist', TEA, '西湖区');
  await until(page, 'region', ZW);
  await until(page, 'nature', '个人', () => choose(page, 'nature', TEA, '个人'));
  await until(page, 'certType', '居民身份证', () => choose(page, 'cert-type', TEA, '居民身份证'));
  await page.locator('.inst-i-bp18zw3notes0a1c').click();
  await until(page, 'instance', 'i-bp18zw3notes0a1c');
  await expect(page.locator('.inst-i-bp1e6zw5test9k2d input')).toBeDisabled();
  await blurShows(inp(page, 'cert-number'), '330106199003071237', page.locator('.basic-card'), '身份证号码校验未通过');
  await page.locator('.resource').getByText('备案服务号', { exact: true }).click();
  await until(page, 'instance', '');
  await page.locator('.check').click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

test('heldout37-volcengine-subject-person-tea-sectionlist: radios, a copy button, a 长期 tick disabling a text, a textarea, blur checks', async () => {
  const build = 'heldout37-volcengine-subject-person-tea-sectionlist';
  const page = await open(build);
  await page.locator('.investor-self').click();
  await until(page, 'investor', '张伟');
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await inp(page, 'pr-valid-to').fill('2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await inp(page, 'cert-address').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await blurShows(inp(page, 'pr-valid-from'), '2018/03/01', page.locator('.sec-principal'), '日期格式为 YYYY-MM-DD');
  await blurShows(inp(page, 'mail-address'), '文三路', page.locator('.sec-holder'), '通讯地址须含省市并详细到门牌号');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout37-beian-old-site-person-native-tabpanels: link tabs, region selects filled late, ticks, coded radios and selects, a textarea, a blur check', async () => {
  const build = 'heldout37-beian-old-site-person-native-tabpanels';
  const page = await open(build);
  await page.locator('#ipText').fill('47.96.12.34;\n');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('#interactive').selectOption({ label: '否' });
  await until(page, 'interactive', '否');
  await page.locator('input[name=languages][value=中文简体]').check();
  await until(page, 'languages', ['中文简体']);
  await expect(page.locator('#apName')).toBeHidden();
  await page.locator('#tabAp').click();
  await page.locator('#apName').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  await expect(page.locator('#apProv option', { hasText: '浙江省' })).toHaveCount(1);
  await page.locator('#apProv').selectOption({ label: '浙江省' });
  await expect(page.locator('#apCity option', { hasText: '杭州市' })).toHaveCount(1);
  await page.locator('#apCity').selectOption({ label: '杭州市' });
  await expect(page.locator('#apDist option', { hasText: '余杭区' })).toHaveCount(1);
  await page.locator('#apDist').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', YH);
  await page.locator('input[name=apMethod][value=租赁虚拟空间]').check();
  await until(page, 'apMethod', '租赁虚拟空间');
  await blurShows(page.locator('#apPhone'), '95-187', page.locator('#pAp'), '电话格式不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-37 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout37-aliyun-site-person-fusion-verticalsteps', 'heldout37-aliyun-subject-unit-arco-cardtabs', 'heldout37-aliyun-basic-person-tea-twocolgrid',
    'heldout37-mps-site-person-fusion-tabstrip', 'heldout37-mps-subject-person-arco-descedit', 'heldout37-beian-old-site-person-native-tabpanels',
    'heldout37-volcengine-subject-person-tea-sectionlist', 'heldout37-baidu-site-unit-arco-tablerows',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout37-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout37-aliyun-site-person-fusion-verticalsteps',
  ]);
});
