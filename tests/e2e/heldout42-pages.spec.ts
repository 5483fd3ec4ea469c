/**
 * The gen-42 held-out replica builds (tests/replicas/heldout42) are real pages: a user driving one widget of each kind on
 * every page (an antd edit table with a whole-tree cascader answered late, button radios and a 长期 switch hiding a date;
 * an antd card grid with a searchable select listed late, tag selects, an AutoComplete and a switch revealing a checkbox
 * group; TDesign expand rows with three selects each listed late and a 长期 tick disabling a date text; an Element Plus
 * segmented pair of panes with an input-tag feeding an autocomplete and a copy tick locking fields; an Element Plus card
 * with a lazy cascader, radios and a select listed late once the nature is chosen; OpenTiny fold roles with a copy switch
 * locking fields, a file picker and radios; an OpenTiny grid with a domain select listed late feeding radios and a select
 * revealing fields; the old portal's tbody groups with a coded select, a copy tick and a tick hiding rows) changes the
 * framework state that getState() reports, and every `expect` key of the build exists in the initial state (keys the
 * profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in
 * /tmp/heldout42/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout42 } from '../replicas/heldout42';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout42, '/tmp/heldout42');
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

/* ------------------------------------------------------------------ antd */

test('heldout42-aliyun-subject-unit-antd-edittable: an edit table, a whole-tree cascader answered late, button radios, a 长期 switch hiding a date, a blur check', async () => {
  const build = 'heldout42-aliyun-subject-unit-antd-edittable';
  const page = await open(build);
  await until(page, 'mailRegion', YH, () => levels(page, 'mail-region', YH));
  await page.locator('.pr-is-legal-rep').getByText('是', { exact: true }).click();
  await until(page, 'prIsLegalRep', '是');
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'pr-cert-number'), '330110198511204526', page.locator('.edit-table'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout42-mps-site-unit-antd-cardgrid: a searchable select listed late, tag selects, radios, an AutoComplete, a switch revealing a checkbox group', async () => {
  const build = 'heldout42-mps-site-unit-antd-cardgrid';
  const page = await open(build);
  await until(page, 'apName', '阿里云计算有限公司', () => choose(page, 'ap-name', '阿里云计算有限公司'));
  await inp(page, 'ips').fill('47.96.56.78');
  await inp(page, 'ips').press('Enter');
  await until(page, 'ips', ['47.96.56.78']);
  await page.locator('.ap-method').getByText('租赁主机', { exact: true }).click();
  await until(page, 'apMethod', '租赁主机');
  await until(page, 'registrar', '阿里云计算有限公司（原万网）', async () => {
    await inp(page, 'registrar').fill('原万网');
    await option(page, '阿里云计算有限公司（原万网）').click({ timeout: 3000 });
  });
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout42-aliyun-subject-person-tdesign-expandrows: expand rows, three selects each listed late, a 长期 tick disabling a date text, a blur check', async () => {
  const build = 'heldout42-aliyun-subject-person-tdesign-expandrows';
  const page = await open(build);
  await until(page, 'mailRegion', ['浙江省'], () => choose(page, 'mail-prov', '浙江省'));
  await until(page, 'mailRegion', ['浙江省', '杭州市'], () => choose(page, 'mail-city', '杭州市'));
  await until(page, 'mailRegion', ZW, () => choose(page, 'mail-county', '西湖区'));
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await blurShows(inp(page, 'pr-emergency'), '1390013900', page.locator('.p-contact'), '请输入 11 位手机号码');
  await expect(page.locator('.p-holder')).toBeVisible();
  await page.locator('.expand-rows .t-table__expand-box').first().click();
  await expect(page.locator('.p-holder')).toHaveCount(0);
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout42-aliyun-site-person-elp-segmentpanes: a segmented pair of panes, an input-tag feeding an autocomplete, a select, a copy tick locking fields', async () => {
  const build = 'heldout42-aliyun-site-person-elp-segmentpanes';
  const page = await open(build);
  await inp(page, 'domains').fill('zhangwei-notes.cn');
  await inp(page, 'domains').press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => inp(page, 'home-url').click(), option(page, 'www.zhangwei-notes.cn')));
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'preApproval', '否', () => choose(page, 'pre-approval', '否'));
  await expect(page.locator('.p-wp')).toBeHidden();
  await page.locator('.panes').getByText('网站负责人', { exact: true }).click();
  await expect(page.locator('.p-wp')).toBeVisible();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout42-huawei-basic-unit-elp-verifycard: a lazy cascader, button radios, a select listed late once the nature is chosen, a creatable select, a blur check', async () => {
  const build = 'heldout42-huawei-basic-unit-elp-verifycard';
  const page = await open(build);
  await until(page, 'region', YH, () => levels(page, 'region', YH));
  await expect(page.locator('.cert-type input').first()).toBeDisabled();
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => choose(page, 'cert-type', '营业执照（个人或企业）'));
  await until(page, 'ips', ['47.96.56.78'], async () => {
    await inp(page, 'ips').fill('47.96.56.78');
    await option(page, '47.96.56.78').click({ timeout: 3000 });
  });
  await page.keyboard.press('Escape');
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.verify-card'), '统一社会信用代码校验未通过');
  await page.locator('.verify').click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout42-mps-principal-unit-opentiny-foldroles: fold roles, a copy switch locking fields, a select, a file picker, radios', async () => {
  const build = 'heldout42-mps-principal-unit-opentiny-foldroles';
  const page = await open(build);
  await page.locator('.up-aqFront input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'aqFront', ['wangqiang-id-front.png']);
  await until(page, 'aqCertType', '居民身份证', () => choose(page, 'aq-cert-type', '居民身份证'));
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '李娜');
  await expect(inp(page, 'aq-name')).toBeDisabled();
  await page.locator('.yj-source').getByText('同主体负责人', { exact: true }).click();
  await until(page, 'yjSource', '同主体负责人');
  await expect(page.locator('.yj-summary')).toContainText('李娜');
  await page.locator('.fold-roles').getByText('网站安全负责人', { exact: true }).click();
  await expect(page.locator('.sec-aq')).toBeHidden();
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout42-tencent-site-unit-opentiny-domaingrid: a domain select listed late feeding radios, a checkbox group, a switch, a select revealing fields', async () => {
  const build = 'heldout42-tencent-site-unit-opentiny-domaingrid';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], () => choose(page, 'domains', 'yunqi-demo.cn'));
  await page.locator('.tc-top').click();
  await expect(page.locator('.domains-pop')).toBeHidden();
  await page.locator('.home-url').getByText('www.yunqi-demo.cn', { exact: true }).click();
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await until(page, 'wpSource', '另行填写', () => choose(page, 'wp-source', '另行填写'));
  await expect(page.locator('.wp-name').first()).toBeVisible();
  await blurShows(inp(page, 'wp-cert-number'), '110105198808123012', page.locator('.c-wp'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout42-beian-old-principal-unit-native-tbodygroups: a coded select, a copy tick locking fields, a tick hiding rows, a blur check', async () => {
  const build = 'heldout42-beian-old-principal-unit-native-tbodygroups';
  const page = await open(build);
  await page.locator('#aqCertType').selectOption({ label: '居民身份证' });
  await until(page, 'aqCertType', '居民身份证');
  await blurShows(page.locator('#aqCertNumber'), '110105198808123012', page.locator('#gAq'), '证件号码校验未通过');
  await page.locator('#aqSame').check();
  await until(page, 'aqName', '李娜');
  await expect(page.locator('#aqName')).toBeDisabled();
  await expect(page.locator('#yjName')).toBeVisible();
  await page.locator('#yjSame').check();
  await until(page, 'yjSame', true);
  await expect(page.locator('#yjName')).toBeHidden();
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-42 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout42-aliyun-subject-unit-antd-edittable', 'heldout42-aliyun-subject-person-tdesign-expandrows', 'heldout42-aliyun-site-person-elp-segmentpanes',
    'heldout42-mps-site-unit-antd-cardgrid', 'heldout42-mps-principal-unit-opentiny-foldroles', 'heldout42-beian-old-principal-unit-native-tbodygroups',
    'heldout42-huawei-basic-unit-elp-verifycard', 'heldout42-tencent-site-unit-opentiny-domaingrid',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout42-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout42-aliyun-site-person-elp-segmentpanes',
  ]);
});
