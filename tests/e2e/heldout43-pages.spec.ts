/**
 * The gen-43 held-out replica builds (tests/replicas/heldout43) are real pages: a user driving one widget of each kind on
 * every page (Arco description lists with a lazy cascader, button radios listed late once the nature is chosen and an
 * instance table answered late; Arco navigation steps with a lazy cascader, a 长期 switch hiding a date and an upload; Tea
 * inline forms with a whole-tree cascader answered late, a segment and a term select deriving the end date; a Tea collapse
 * whose licence upload fills fields late; Fusion card columns with a domain select listed late and a tree select; Fusion
 * left tabs with a searchable select listed late and a whole-tree cascader; a Fusion result panel with a lazy cascader, a
 * select listed late once the nature is chosen and a tag select; the old portal's label-above blocks with three chained
 * region selects and coded radios / checkboxes) changes the framework state that getState() reports, and every `expect`
 * key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots land in /tmp/heldout43/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout43 } from '../replicas/heldout43';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout43, '/tmp/heldout43');
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

/* ------------------------------------------------------------------ Arco */

test('heldout43-aliyun-basic-unit-arco-descinputs: description lists, a lazy cascader, button radios listed late, an instance table answered late, a blur check', async () => {
  const build = 'heldout43-aliyun-basic-unit-arco-descinputs';
  const page = await open(build);
  await until(page, 'region', YH, () => levels(page, 'region', YH));
  await until(page, 'nature', '企业', () => choose(page, 'nature', '企业'));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await page.locator('.resource-kind').getByText('云服务器ECS', { exact: true }).click();
  await page.locator('.instances tr', { hasText: 'i-bp1w9n4www3r6q2y' }).locator('.arco-radio').click();
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y');
  await expect(page.locator('.instances tr', { hasText: 'i-bp1c0x5old8d1z7e' }).locator('input[type=radio]')).toBeDisabled();
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.desc-unit'), '统一社会信用代码校验未通过');
  await page.locator('.verify').click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout43-mps-subject-unit-arco-navsteps: navigation steps, a lazy cascader, a 长期 switch hiding a date, an upload', async () => {
  const build = 'heldout43-mps-subject-unit-arco-navsteps';
  const page = await open(build);
  await page.locator('.kind').getByText('单位', { exact: true }).click();
  await until(page, 'kind', '单位');
  await until(page, 'officeRegion', YH, () => levels(page, 'office-region', YH));
  await expect(page.locator('.p-pr')).toBeHidden();
  await page.locator('.nav-steps').getByText('负责人信息', { exact: true }).click();
  await expect(page.locator('.p-pr')).toBeVisible();
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await page.locator('.up-prFront input[type=file]').setInputFiles(file('lina-id-front.png'));
  await until(page, 'prFront', ['lina-id-front.png']);
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

test('heldout43-aliyun-subject-person-tea-inlineflow: inline forms, a whole-tree cascader answered late, a segment, a term select deriving the end', async () => {
  const build = 'heldout43-aliyun-subject-person-tea-inlineflow';
  const page = await open(build);
  await until(page, 'certRegion', ZW, () => levels(page, 'cert-region', ZW));
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await until(page, 'prTerm', '长期', () => choose(page, 'pr-term', '长期'));
  await expect(page.locator('.pr-valid-to')).toHaveText('长期有效');
  await blurShows(inp(page, 'pr-emergency'), '1390013900', page.locator('.f-contact'), '请输入 11 位手机号码');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout43-baidu-subject-unit-tea-licencecollapse: a collapse, a licence upload filling fields late, a whole-tree cascader, a 长期 tick', async () => {
  const build = 'heldout43-baidu-subject-unit-tea-licencecollapse';
  const page = await open(build);
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await until(page, 'lrName', '李娜');
  await until(page, 'mailRegion', YH, () => levels(page, 'mail-region', YH));
  await page.locator('.lr-long-term').click();
  await until(page, 'lrLongTerm', true);
  await expect(inp(page, 'lr-valid-to')).toBeDisabled();
  await expect(page.locator('.p-lr')).toBeVisible();
  await page.locator('.licence-collapse').getByText('法定代表人', { exact: true }).click();
  await expect(page.locator('.p-lr')).toBeHidden();
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion */

test('heldout43-aliyun-site-unit-fusion-cardcolumns: a domain select listed late, an addon input checked against it, a tree select, button radios', async () => {
  const build = 'heldout43-aliyun-site-unit-fusion-cardcolumns';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], () => choose(page, 'domains', 'yunqi-demo.cn'));
  await page.keyboard.press('Escape');
  await blurShows(inp(page, 'home-url'), 'www.yunqi-demo.net', page.locator('.c-site'), '首页URL须属于所选网站域名');
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', '单位门户网站'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout43-mps-site-person-fusion-lefttabs: left tabs, a searchable select listed late, a whole-tree cascader answered late, radios, a checkbox group', async () => {
  const build = 'heldout43-mps-site-person-fusion-lefttabs';
  const page = await open(build);
  await expect(page.locator('.p-ap')).toBeHidden();
  await page.locator('.left-tabs').getByText('网络接入服务商', { exact: true }).click();
  await expect(page.locator('.p-ap')).toBeVisible();
  await until(page, 'apName', '阿里云计算有限公司', () => choose(page, 'ap-name', '阿里云计算有限公司'));
  await until(page, 'apRegion', YH, () => levels(page, 'ap-region', YH));
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await page.locator('.left-tabs').getByText('服务信息', { exact: true }).click();
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout43-volcengine-basic-person-fusion-resultpanel: a lazy cascader, radios, a select listed late once the nature is chosen, a tag select, the result panel', async () => {
  const build = 'heldout43-volcengine-basic-person-fusion-resultpanel';
  const page = await open(build);
  await until(page, 'region', ZW, () => levels(page, 'region', ZW));
  await expect(page.locator('.result-panel li.ok')).toContainText('区域已选择到区县');
  await page.locator('.nature').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await until(page, 'certType', '居民身份证', () => choose(page, 'cert-type', '居民身份证'));
  await inp(page, 'ips').fill('47.96.12.34');
  await inp(page, 'ips').press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await blurShows(inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('.verify-form'), '请填写不带 www. 与 http:// 的一级域名');
  await page.locator('.verify').click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout43-beian-old-site-person-native-labelabove: three chained region selects, a provider select, coded radios and checkboxes, a blur check', async () => {
  const build = 'heldout43-beian-old-site-person-native-labelabove';
  const page = await open(build);
  await page.locator('#apName').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  for (const [i, id] of ['#apProv', '#apCity', '#apCounty'].entries()) {
    await expect(page.locator(`${id} option`, { hasText: YH[i]! })).toHaveCount(1, { timeout: 10_000 });
    await page.locator(id).selectOption({ label: YH[i]! });
  }
  await until(page, 'apRegion', YH);
  await page.locator('#apMethod').getByLabel('租赁虚拟空间').check();
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.locator('#dangerous').getByLabel('是').check();
  await expect(page.locator('#dangerousRow')).toBeVisible();
  await page.locator('#dangerous').getByLabel('否').check();
  await until(page, 'dangerous', '否');
  await page.locator('#languages').getByLabel('中文简体').check();
  await until(page, 'languages', ['中文简体']);
  await blurShows(page.locator('#openedAt'), '2025/11/20', page.locator('#f_openedAt'), '日期格式为 yyyy-mm-dd');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-43 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout43-aliyun-basic-unit-arco-descinputs', 'heldout43-aliyun-subject-person-tea-inlineflow', 'heldout43-aliyun-site-unit-fusion-cardcolumns',
    'heldout43-mps-site-person-fusion-lefttabs', 'heldout43-mps-subject-unit-arco-navsteps', 'heldout43-beian-old-site-person-native-labelabove',
    'heldout43-volcengine-basic-person-fusion-resultpanel', 'heldout43-baidu-subject-unit-tea-licencecollapse',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout43-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout43-aliyun-site-unit-fusion-cardcolumns',
  ]);
});
