/**
 * The gen-41 held-out replica builds (tests/replicas/heldout41) are real pages: a user driving one widget of each kind on
 * every page (a Fusion arrow step over panes with three chained selects listed late, a select and radios hiding a date;
 * a Fusion role picker with a copy tick locking fields, an upload and a switch hiding fields; an Arco page with a domain
 * line feeding radios, a checkbox group and a modal mounted once opened; Arco left tabs with an InputTag feeding a select
 * and a copy switch locking fields; a Tea page with a domain checkbox group listed late feeding a select and radios
 * revealing fields; Tea top tabs with a whole-tree cascader answered late and a 长期 tick disabling a date; a Tea segment
 * with a cascader, a searchable select and a 长期 tick; the old portal's three-column grid with chained region selects
 * fed by the area API and a coded select) changes the framework state that getState() reports, and every `expect` key
 * of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed),
 * every other request aborted. Screenshots land in /tmp/heldout41/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout41 } from '../replicas/heldout41';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout41, '/tmp/heldout41');
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
/** A visible option `text` in a popup layer (the libraries portal their popups to the end of body). */
const option = (page: Page, text: string) => page.locator('body > div:not(#app)').getByText(exact(text)).locator('visible=true').last();
/** Open the widget of class `cls`, click the visible popup option `text`. */
const choose = (page: Page, cls: string, text: string) => pick(page, () => page.locator(`.${cls}`).first().click(), option(page, text));
/** Click a cascader's levels one by one (each level's options may arrive late). */
async function levels(page: Page, cls: string, names: string[]) {
  await page.locator(`.${cls}`).first().click();
  for (const name of names) await option(page, name).click();
}

/* ------------------------------------------------------------------ Fusion Next */

test('heldout41-aliyun-subject-unit-fusion-arrowsteps: three chained selects listed late, arrow steps, a select, radios hiding a date, a blur check', async () => {
  const build = 'heldout41-aliyun-subject-unit-fusion-arrowsteps';
  const page = await open(build);
  await until(page, 'certRegion', ['浙江省'], () => choose(page, 'cert-prov', '浙江省'));
  await until(page, 'certRegion', ['浙江省', '杭州市'], () => choose(page, 'cert-city', '杭州市'));
  await until(page, 'certRegion', YH, () => choose(page, 'cert-county', '余杭区'));
  await expect(page.locator('.p-principal')).toBeHidden();
  await page.locator('.arrow-steps').getByText('主体负责人', { exact: true }).click();
  await expect(page.locator('.p-principal')).toBeVisible();
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '居民身份证'));
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').getByText('是', { exact: true }).click();
  await until(page, 'prLongTerm', '是');
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'pr-cert-number'), '330110198511204526', page.locator('.p-principal'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout41-mps-principal-unit-fusion-rolepicker: a role select switching forms, an upload, a copy tick locking fields, a switch hiding fields', async () => {
  const build = 'heldout41-mps-principal-unit-fusion-rolepicker';
  const page = await open(build);
  await page.locator('.up-aqFront input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'aqFront', ['wangqiang-id-front.png']);
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '李娜');
  await expect(inp(page, 'aq-name')).toBeDisabled();
  await page.locator('.aq-same').click();
  await until(page, 'aqSame', false);
  await expect(page.locator('.sec-yj')).toBeHidden();
  await choose(page, 'role-picker', '网站应急联络人');
  await expect(page.locator('.sec-yj')).toBeVisible();
  await expect(page.locator('.yj-name')).toHaveCount(1);
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

test('heldout41-aliyun-site-person-arco-principalmodal: a domain line feeding radios, a checkbox group, radios, a modal mounted once opened', async () => {
  const build = 'heldout41-aliyun-site-person-arco-principalmodal';
  const page = await open(build);
  await inp(page, 'domain').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await page.locator('.home-url').getByText('www.zhangwei-notes.cn', { exact: true }).click();
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await page.locator('.wp-open').click();
  await until(page, 'wpCertType', '居民身份证', () => choose(page, 'wp-cert-type', '居民身份证'));
  await inp(page, 'wp-name').fill('张伟');
  await inp(page, 'wp-mobile').fill('13800138000');
  await blurShows(inp(page, 'wp-emergency'), '13800138000', page.locator('.wp-form'), '应急联系电话不能与手机号码相同');
  await page.locator('.wp-modal').getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.wp-summary')).toContainText('张伟　居民身份证');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout41-baidu-site-person-arco-lefttabs: left tabs mounting a pane once opened, an InputTag feeding a select, a copy switch locking fields', async () => {
  const build = 'heldout41-baidu-site-person-arco-lefttabs';
  const page = await open(build);
  await inp(page, 'domains').fill('zhangwei-notes.cn');
  await inp(page, 'domains').press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => choose(page, 'home-url', 'www.zhangwei-notes.cn'));
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await expect(page.locator('.p-wp')).toHaveCount(0);
  await page.locator('.left-tabs').getByText('网站负责人', { exact: true }).click();
  await expect(page.locator('.p-wp')).toBeVisible();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

test('heldout41-aliyun-site-unit-tea-sourcereveal: a domain checkbox group listed late feeding a select, a searchable select, radios revealing fields', async () => {
  const build = 'heldout41-aliyun-site-unit-tea-sourcereveal';
  const page = await open(build);
  await page.locator('.domains').getByText('yunqi-demo.cn', { exact: true }).click();
  await until(page, 'domains', ['yunqi-demo.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', 'www.yunqi-demo.cn'));
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', '单位门户网站'));
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await page.locator('.wp-source').getByText('另行填写', { exact: true }).click();
  await until(page, 'wpSource', '另行填写');
  await expect(page.locator('.wp-name').first()).toBeVisible();
  await until(page, 'wpCertType', '居民身份证', () => choose(page, 'wp-cert-type', '居民身份证'));
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout41-mps-subject-unit-tea-toptabs: top tabs, a select, a whole-tree cascader answered late, a 长期 tick disabling a date, radios', async () => {
  const build = 'heldout41-mps-subject-unit-tea-toptabs';
  const page = await open(build);
  await until(page, 'kind', '单位', () => choose(page, 'kind', '单位'));
  await until(page, 'officeRegion', YH, () => levels(page, 'office-region', YH));
  await expect(page.locator('.p-pr')).toBeHidden();
  await page.locator('.top-tabs').getByText('负责人信息', { exact: true }).click();
  await expect(page.locator('.p-pr')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await page.locator('.top-tabs').getByText('联系方式', { exact: true }).click();
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout41-volcengine-subject-unit-tea-segmentpanes: a segment switching panes, a whole-tree cascader answered late, a searchable select, a 长期 tick', async () => {
  const build = 'heldout41-volcengine-subject-unit-tea-segmentpanes';
  const page = await open(build);
  await until(page, 'mailRegion', YH, () => levels(page, 'mail-region', YH));
  await until(page, 'investor', '杭州云栖示例科技有限公司', () => choose(page, 'investor', '杭州云栖示例科技有限公司'));
  await expect(page.locator('.p-pr')).toBeHidden();
  await page.locator('.panes').getByText('主体负责人', { exact: true }).click();
  await expect(page.locator('.p-pr')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'pr-mobile'), '1360013600', page.locator('.p-pr'), '请输入 11 位手机号码');
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout41-beian-old-subject-person-native-grid3: chained region selects fed by the area API, a coded select, a blur check', async () => {
  const build = 'heldout41-beian-old-subject-person-native-grid3';
  const page = await open(build);
  await page.locator('#kind').selectOption({ label: '个人' });
  await until(page, 'kind', '个人');
  await expect(page.locator('#homeProv option', { hasText: '浙江省' })).toHaveCount(1, { timeout: 15_000 });
  await page.locator('#homeProv').selectOption({ label: '浙江省' });
  await expect(page.locator('#homeCity option', { hasText: '杭州市' })).toHaveCount(1, { timeout: 15_000 });
  await page.locator('#homeCity').selectOption({ label: '杭州市' });
  await expect(page.locator('#homeCounty option', { hasText: '西湖区' })).toHaveCount(1, { timeout: 15_000 });
  await page.locator('#homeCounty').selectOption({ label: '西湖区' });
  await until(page, 'homeRegion', ZW);
  await blurShows(page.locator('#prCertNumber'), '330106199003071237', page.locator('#gBase'), '证件号码校验未通过');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-41 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout41-aliyun-subject-unit-fusion-arrowsteps', 'heldout41-aliyun-site-person-arco-principalmodal', 'heldout41-aliyun-site-unit-tea-sourcereveal',
    'heldout41-mps-principal-unit-fusion-rolepicker', 'heldout41-mps-subject-unit-tea-toptabs', 'heldout41-beian-old-subject-person-native-grid3',
    'heldout41-volcengine-subject-unit-tea-segmentpanes', 'heldout41-baidu-site-person-arco-lefttabs',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout41-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout41-aliyun-site-unit-tea-sourcereveal',
  ]);
});
