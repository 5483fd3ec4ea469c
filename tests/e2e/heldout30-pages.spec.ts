/**
 * The gen-30 held-out replica builds (tests/replicas/heldout30) are real pages: a user driving one widget of each kind on
 * every page (an antd Cascader, Select, blur checks and a RangePicker-holding descriptions list; antd card tabs with a tags
 * Select, a checkbox group and a switch; antd row cards with radios, a select, a switch revealing checkboxes and an
 * autocomplete answered late; an antd section list switching cards; TDesign region selects loaded level by level, selects,
 * blur checks and a button; an Element Plus form by a vertical steps rail with a select, radios, a switch, checkboxes and a
 * textarea blur check; a TDesign drawer with a cascader and button radios; the old portal's role cards with a coded
 * select, a tick hiding fields, blur checks and a button) changes the framework state that getState() reports, and every
 * `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots land in /tmp/heldout30/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout30 } from '../replicas/heldout30';
import { exact, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout30, '/tmp/heldout30');
const { finish, open } = checks;
test.describe.configure({ mode: 'parallel' });
test.use({ actionTimeout: 8000 });

const YH = ['浙江省', '杭州市', '余杭区'];
const ZW = ['浙江省', '杭州市', '西湖区'];

const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();
async function blurShows(box: Locator, value: string, scope: Locator, msg: string) {
  await box.fill(value);
  await box.blur();
  await expect(scope).toContainText(msg);
}
const choose = (page: Page, cls: string, item: string, text: string) =>
  pick(page, () => page.locator(`.${cls}`).first().click(), page.locator(`.${cls}-pop:visible ${item}`).filter({ hasText: exact(text) }).first());

/* ------------------------------------------------------------------ antd */

const ANT = '.ant-select-item-option';

test('heldout30-aliyun-subject-person-antd-descedit: a cascader, a select, blur checks, a text', async () => {
  const build = 'heldout30-aliyun-subject-person-antd-descedit';
  const page = await open(build);
  await page.locator('.mail-region').click();
  for (const name of ZW) await page.locator('.mail-region-pop:visible .ant-cascader-menu-item').filter({ hasText: exact(name) }).first().click();
  await until(page, 'mailRegion', ZW);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', ANT, '居民身份证'));
  await blurShows(inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.desc-edit'), '证件号码校验未通过');
  await inp(page, 'pr-mobile').fill('13800138000');
  await until(page, 'prMobile', '13800138000');
  await finish(page, build);
});

test('heldout30-aliyun-site-person-antd-innertabs: a tags select, checkboxes, a switch, tabs, blur checks', async () => {
  const build = 'heldout30-aliyun-site-person-antd-innertabs';
  const page = await open(build);
  await inp(page, 'domains').fill('zhangwei-notes.cn');
  await inp(page, 'domains').press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await page.keyboard.press('Escape');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await page.locator('.site-tabs').getByRole('tab', { name: '网站负责人' }).click();
  await blurShows(inp(page, 'wp-email'), 'zhangwei@', page.locator('.site-tabs'), '电子邮箱格式不正确');
  await finish(page, build);
});

test('heldout30-mps-apply-unit-antd-rowcards: radios, a select, a switch revealing checkboxes, a late autocomplete, a button', async () => {
  const build = 'heldout30-mps-apply-unit-antd-rowcards';
  const page = await open(build);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await until(page, 'category', 'E', () => choose(page, 'category', ANT, 'E 信息资讯类'));
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await inp(page, 'ap-name').fill('阿里');
  await page.locator('.ap-name-pop:visible .ant-select-item-option').filter({ hasText: exact('阿里云计算有限公司') }).first().click();
  await until(page, 'apName', '阿里云计算有限公司');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout30-tencent-site-person-antd-listcards: a select, a section list switching cards, blur checks', async () => {
  const build = 'heldout30-tencent-site-person-antd-listcards';
  const page = await open(build);
  await until(page, 'content', '其他', () => choose(page, 'content', ANT, '其他'));
  await page.locator('.sec-list li', { hasText: '网站负责人' }).click();
  await blurShows(inp(page, 'wp-mobile'), '1380013800', page.locator('.sec-1'), '请输入 11 位手机号码');
  await until(page, 'wpMobile', '1380013800');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const TD = '.t-select-option';

test('heldout30-aliyun-basic-unit-tdesign-toolbar: region selects level by level, selects, blur checks, a button', async () => {
  const build = 'heldout30-aliyun-basic-unit-tdesign-toolbar';
  const page = await open(build);
  for (let i = 0; i < 3; i++) await choose(page, `region-${i}`, TD, YH[i]!);
  await until(page, 'region', YH);
  await until(page, 'nature', '企业', () => choose(page, 'nature', TD, '企业'));
  await until(page, 'certType', '营业执照（个人或企业）', () => choose(page, 'cert-type', TD, '营业执照（个人或企业）'));
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.toolbar'), '统一社会信用代码校验未通过');
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout30-huawei-basic-unit-tdesign-sidesheet: a cascader, button radios, a text', async () => {
  const build = 'heldout30-huawei-basic-unit-tdesign-sidesheet';
  const page = await open(build);
  await page.locator('.region').first().click();
  for (const name of YH) await page.locator('.region-pop:visible .t-cascader__item').filter({ hasText: exact(name) }).first().click();
  await until(page, 'region', YH);
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await inp(page, 'unit-name').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout30-mps-site-unit-elp-vsteps: a select, radios, a switch, checkboxes, a textarea blur check, a button', async () => {
  const build = 'heldout30-mps-site-unit-elp-vsteps';
  const page = await open(build);
  await until(page, 'category', 'E', () => choose(page, 'category', '.el-select-dropdown__item', 'E 信息资讯类'));
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', true);
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await blurShows(inp(page, 'ips'), '47.96.56', page.locator('.site-form'), 'IP 地址格式不正确');
  await until(page, 'ips', ['47.96.56']);
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout30-beian-old-principal-unit-native-rolecards: a coded select, a tick hiding fields, blur checks, a button', async () => {
  const build = 'heldout30-beian-old-principal-unit-native-rolecards';
  const page = await open(build);
  await page.locator('#aqCertType').selectOption({ label: '居民身份证' });
  await until(page, 'aqCertType', '居民身份证');
  await page.locator('#aqName').fill('王强');
  await until(page, 'aqName', '王强');
  await page.locator('#yjSame').check();
  await until(page, 'yjSame', true);
  await expect(page.locator('#yjName')).toBeHidden();
  await blurShows(page.locator('#aqMobile'), '1860018600', page.locator('#card_aq'), '手机号码格式不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-30 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout30-aliyun-subject-person-antd-descedit', 'heldout30-aliyun-site-person-antd-innertabs', 'heldout30-aliyun-basic-unit-tdesign-toolbar',
    'heldout30-mps-apply-unit-antd-rowcards', 'heldout30-beian-old-principal-unit-native-rolecards', 'heldout30-tencent-site-person-antd-listcards',
    'heldout30-huawei-basic-unit-tdesign-sidesheet', 'heldout30-mps-site-unit-elp-vsteps',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout30-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout30-aliyun-basic-unit-tdesign-toolbar',
  ]);
});
