/**
 * The gen-29 held-out replica builds (tests/replicas/heldout29) are real pages: a user driving one widget of each kind on
 * every page (Tea region selects, button radios, blur checks and a wizard button; a Tea segment switching cards, a switch,
 * checkbox groups and radios; Fusion tab panes with region selects, a 长期 switch hiding the end date and blur checks; a
 * Fusion description form with radios and region selects; an Arco collapse with a multiple select, a select, checkboxes
 * and radios; an Arco step list with radios, a select, region selects and a switch; a TDesign field table with radios
 * revealing checkboxes, a select and a copy switch hiding rows; the old portal's two-column table with coded selects and
 * region selects) changes the framework state that getState() reports, and every `expect` key of the build exists in
 * the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request
 * aborted. Screenshots land in /tmp/heldout29/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout29 } from '../replicas/heldout29';
import { exact, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout29, '/tmp/heldout29');
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
/** Pick `text` in the popup `.${pop}` (items matched by `item`) opened by clicking `.${cls}`. */
const choose = (page: Page, cls: string, item: string, text: string) =>
  pick(page, () => page.locator(`.${cls}`).first().click(), page.locator(`.${cls}-pop:visible ${item}`).filter({ hasText: exact(text) }).first());
/** Three region selects `.${cls}-0/1/2`, one level after the other. */
async function regions(page: Page, cls: string, item: string, key: string, path: string[]) {
  for (let i = 0; i < path.length; i++) await choose(page, `${cls}-${i}`, item, path[i]!);
  await until(page, key, path);
}

/* ------------------------------------------------------------------ Tea */

const TEA = 'li';

test('heldout29-aliyun-basic-unit-tea-wizardcard: region selects, a select, radios, a blur check, a button', async () => {
  const build = 'heldout29-aliyun-basic-unit-tea-wizardcard';
  const page = await open(build);
  await regions(page, 'region', TEA, 'region', YH);
  await until(page, 'nature', '企业', () => choose(page, 'nature', TEA, '企业'));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.wizard-card'), '统一社会信用代码校验未通过');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout29-mps-apply-person-tea-segmentcards: a segment, radios, a select, a switch, checkboxes, blur checks, a button', async () => {
  const build = 'heldout29-mps-apply-person-tea-segmentcards';
  const page = await open(build);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.locator('.seg').getByText('网站基本信息', { exact: true }).click();
  await blurShows(inp(page, 'icp-number'), '浙ICP备12', page.locator('.seg-card:visible'), '备案号格式');
  await until(page, 'category', 'Z', () => choose(page, 'category', TEA, 'Z 其他'));
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.seg').getByText('网络接入服务商', { exact: true }).click();
  await page.locator('.ap-method').getByText('租赁虚拟空间', { exact: true }).click();
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.getByRole('button', { name: '提交申请' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion */

const NEXT = '.next-menu-item';

test('heldout29-aliyun-subject-person-fusion-tabpanes: region selects, a select, a 长期 switch hiding the end date, blur checks, tabs', async () => {
  const build = 'heldout29-aliyun-subject-person-fusion-tabpanes';
  const page = await open(build);
  await regions(page, 'mail-region', NEXT, 'mailRegion', ZW);
  await page.locator('.panes').getByText('主体负责人', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', NEXT, '居民身份证'));
  await blurShows(inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.next-tabs-tabpane.active'), '证件号码校验未通过');
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toHaveCount(0);
  await inp(page, 'pr-mobile').fill('13800138000');
  await until(page, 'prMobile', '13800138000');
  await finish(page, build);
});

test('heldout29-baidu-subject-person-fusion-descform: radios, region selects, blur checks, a button', async () => {
  const build = 'heldout29-baidu-subject-person-fusion-descform';
  const page = await open(build);
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await regions(page, 'mail-region', NEXT, 'mailRegion', ZW);
  await blurShows(inp(page, 'mobile'), '1380013800', page.locator('table.desc').nth(1), '请输入 11 位手机号码');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const ARCO = '.arco-select-option';

test('heldout29-aliyun-site-unit-arco-collapse: a multiple select, a select, checkboxes, radios, blur checks', async () => {
  const build = 'heldout29-aliyun-site-unit-arco-collapse';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], () => choose(page, 'domains', ARCO, 'yunqi-demo.cn'));
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', ARCO, 'www.yunqi-demo.cn'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await blurShows(inp(page, 'wp-email'), 'wangqiang@', page.locator('.panels'), '电子邮箱格式不正确');
  await finish(page, build);
});

test('heldout29-volcengine-subject-unit-arco-steplist: radios, a select, region selects, a switch, blur checks', async () => {
  const build = 'heldout29-volcengine-subject-unit-arco-steplist';
  const page = await open(build);
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => choose(page, 'cert-type', ARCO, '营业执照（个人或企业）'));
  await regions(page, 'mail-region', ARCO, 'mailRegion', YH);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q1', page.locator('.step-blocks'), '统一社会信用代码校验未通过');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout29-mps-apply-unit-tdesign-fieldtable: radios revealing checkboxes, a select, a copy switch hiding rows, blur checks', async () => {
  const build = 'heldout29-mps-apply-unit-tdesign-fieldtable';
  const page = await open(build);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await until(page, 'category', 'E', () => choose(page, 'category', '.t-select-option', 'E 信息资讯类'));
  await blurShows(inp(page, 'main-domain'), 'www.yunqi-demo.cn', page.locator('.mps-body'), '请填写不带 www.');
  await page.locator('.sec-same').click();
  await until(page, 'secSame', true);
  await expect(inp(page, 'sec-name')).toHaveCount(0);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout29-beian-old-subject-person-native-twocol: coded selects, region selects, blur checks, a button', async () => {
  const build = 'heldout29-beian-old-subject-person-native-twocol';
  const page = await open(build);
  await page.locator('#ztxz').selectOption({ label: '个人' });
  await until(page, 'nature', '个人');
  await page.locator('#zjlx').selectOption({ label: '居民身份证' });
  await until(page, 'certType', '居民身份证');
  await page.locator('#sheng').selectOption('浙江省');
  await page.locator('#shi').selectOption('杭州市');
  await page.locator('#xian').selectOption('西湖区');
  await until(page, 'region', ZW);
  await blurShows(page.locator('#sjhm'), '1380013800', page.locator('table.two'), '手机号码格式不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-29 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout29-aliyun-basic-unit-tea-wizardcard', 'heldout29-aliyun-subject-person-fusion-tabpanes', 'heldout29-aliyun-site-unit-arco-collapse',
    'heldout29-mps-apply-person-tea-segmentcards', 'heldout29-mps-apply-unit-tdesign-fieldtable', 'heldout29-beian-old-subject-person-native-twocol',
    'heldout29-volcengine-subject-unit-arco-steplist', 'heldout29-baidu-subject-person-fusion-descform',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout29-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout29-aliyun-basic-unit-tea-wizardcard',
  ]);
});
