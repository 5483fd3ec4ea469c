/**
 * The gen-40 held-out replica builds (tests/replicas/heldout40) are real pages: a user driving one widget of each kind on
 * every page (an OpenTiny progress aside with a whole-tree cascader, radios and a progress that follows the form; an
 * Element Plus descriptions grid with a multiple select listed late, a select fed by it, a checkbox group and a switch;
 * an antd split preview with added domain rows, a derived home URL, a multiple select and a copy tick locking fields; an
 * OpenTiny form-table page with selects listed late, radios and a checkbox group; Element Plus role dialogs with a copy
 * tick, an upload and a switch hiding fields; the old portal's caption tables with radios revealing checkboxes, a coded
 * select and textareas; antd nav panes with a whole-tree cascader answered late, a select and a 长期 tick disabling a
 * text; a TDesign side menu with a select listed late, a multiple select, a textarea of IPs and radios) changes the
 * framework state that getState() reports, and every `expect` key of the build exists in the initial state (keys the
 * profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in
 * /tmp/heldout40/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout40 } from '../replicas/heldout40';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout40, '/tmp/heldout40');
const { finish, open } = checks;
test.describe.configure({ mode: 'parallel' });
test.use({ actionTimeout: 8000 });

const ZW = ['浙江省', '杭州市', '西湖区'];

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

/* ------------------------------------------------------------------ OpenTiny */

test('heldout40-aliyun-subject-person-opentiny-progressaside: a whole-tree cascader, radios, a progress following the form, a blur check', async () => {
  const build = 'heldout40-aliyun-subject-person-opentiny-progressaside';
  const page = await open(build);
  await until(page, 'mailRegion', ZW, () => levels(page, 'mail-region', ZW));
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await inp(page, 'investor').fill('张伟');
  await until(page, 'investor', '张伟');
  await expect(page.locator('.todo li.ok')).toHaveCount(3);
  await blurShows(inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.subject-col'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout40-mps-site-person-opentiny-formtables: selects listed late, radios, a checkbox group, a blur check', async () => {
  const build = 'heldout40-mps-site-person-opentiny-formtables';
  const page = await open(build);
  await until(page, 'apName', '阿里云计算有限公司', () => choose(page, 'ap-name', '阿里云计算有限公司'));
  await until(page, 'apMethod', '租赁虚拟空间', () => choose(page, 'ap-method', '租赁虚拟空间'));
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await blurShows(inp(page, 'main-domain'), 'www.zhangwei-notes.cn', page.locator('.t-site'), '请填写不带 www. 与 http:// 的一级域名');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout40-aliyun-site-unit-elp-descgrid: a multiple select listed late, a select fed by it, a checkbox group, a switch, a blur check', async () => {
  const build = 'heldout40-aliyun-site-unit-elp-descgrid';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], () => choose(page, 'domains', 'yunqi-demo.cn'));
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', 'www.yunqi-demo.cn'));
  await page.locator('.content-types').getByText('单位门户网站', { exact: true }).click();
  await until(page, 'contentTypes', ['单位门户网站']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(inp(page, 'wp-emergency'), '18600186000', page.locator('.d-wp'), '应急联系电话不能与手机号码相同');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout40-mps-principal-person-elp-roledialogs: dialogs opened from a table, a copy tick locking fields, an upload, a switch hiding fields', async () => {
  const build = 'heldout40-mps-principal-person-elp-roledialogs';
  const page = await open(build);
  await expect(page.locator('.aq-name')).toHaveCount(0);
  await page.locator('.edit-aq').click();
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '张伟');
  await expect(inp(page, 'aq-name')).toBeDisabled();
  await page.locator('.aq-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'aqFront', ['zhangwei-id-front.png']);
  await page.locator('.aq-ok').click();
  await expect(page.locator('.role-table')).toContainText('张伟');
  await page.locator('.edit-yj').click();
  await expect(page.locator('.yj-name')).toBeVisible();
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await page.locator('.yj-ok').click();
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout40-aliyun-site-person-antd-splitpreview: an added domain row, a derived home URL, a multiple select, a copy tick locking fields', async () => {
  const build = 'heldout40-aliyun-site-person-antd-splitpreview';
  const page = await open(build);
  await page.locator('.add-domain').click();
  await expect(page.locator('input.domain')).toHaveCount(2);
  await page.locator('input.domain').first().fill('zhangwei-notes.cn');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await expect(page.locator('.preview')).toContainText('www.zhangwei-notes.cn');
  await until(page, 'languages', ['中文简体'], () => choose(page, 'languages', '中文简体'));
  await page.keyboard.press('Escape');
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout40-tencent-subject-person-antd-navpanes: nav steps switching panes, a whole-tree cascader answered late, a select, a 长期 tick disabling a text', async () => {
  const build = 'heldout40-tencent-subject-person-antd-navpanes';
  const page = await open(build);
  await until(page, 'mailRegion', ZW, () => levels(page, 'mail-region', ZW));
  await expect(page.locator('.p-principal')).toBeHidden();
  await page.locator('.panes').getByText('负责人', { exact: true }).click();
  await expect(page.locator('.p-principal')).toBeVisible();
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout40-huawei-site-unit-tdesign-sidemenu: a side menu, a select listed late, a multiple select, a textarea of IPs, radios', async () => {
  const build = 'heldout40-huawei-site-unit-tdesign-sidemenu';
  const page = await open(build);
  await expect(page.locator('.s-domain')).toBeHidden();
  await page.locator('.site-menu').getByText('域名与IP', { exact: true }).click();
  await expect(page.locator('.s-domain')).toBeVisible();
  await until(page, 'mainDomain', 'yunqi-demo.cn', () => choose(page, 'main-domain', 'yunqi-demo.cn'));
  await until(page, 'subDomains', ['yunqi-demo.com.cn'], () => choose(page, 'sub-domains', 'yunqi-demo.com.cn'));
  await page.keyboard.press('Escape');
  await inp(page, 'ips').fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.site-menu').getByText('互联网信息服务负责人', { exact: true }).click();
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout40-beian-old-site-unit-native-captiontables: radios revealing checkboxes, a coded select, a textarea, a blur check', async () => {
  const build = 'heldout40-beian-old-site-unit-native-captiontables';
  const page = await open(build);
  await expect(page.locator('#kindsRow')).toBeHidden();
  await page.locator('#interactive0').check();
  await until(page, 'interactive', '是');
  await expect(page.locator('#kindsRow')).toBeVisible();
  await page.locator('#kindsRow').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await page.locator('#apName').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  await page.locator('#ips').fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await blurShows(page.locator('#apCode'), '6739', page.locator('#tAccess'), '接入商编码为 9 位组织机构代码');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-40 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout40-aliyun-subject-person-opentiny-progressaside', 'heldout40-aliyun-site-unit-elp-descgrid', 'heldout40-aliyun-site-person-antd-splitpreview',
    'heldout40-mps-site-person-opentiny-formtables', 'heldout40-mps-principal-person-elp-roledialogs', 'heldout40-beian-old-site-unit-native-captiontables',
    'heldout40-tencent-subject-person-antd-navpanes', 'heldout40-huawei-site-unit-tdesign-sidemenu',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout40-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout40-aliyun-site-unit-elp-descgrid',
  ]);
});
