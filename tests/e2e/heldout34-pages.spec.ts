/**
 * The gen-34 held-out replica builds (tests/replicas/heldout34) are real pages: a user driving one widget of each kind on
 * every page (an antd Form with a table of domain rows, a select fed by them, checkboxes, button radios and a 长期 tick
 * hiding a date; antd compact groups with a select, a cascader, a dragger upload, radios and a tick disabling a date; a
 * TDesign settings page with a select, an upload, a source radio revealing fields and a copy tick; a TDesign form grid
 * with a tag input, selects, checkboxes, button radios, document radios and a 长期 tick; an Element Plus preview pane with
 * a cascader, radio buttons and a 是否长期 radio disabling a date; an Element Plus master table over a form with a
 * creatable multiple select, a select, an IP textarea and a switch; an OpenTiny resource grid with three linked selects,
 * radio buttons, a filtered select and instance radios answered late; the old portal's dl grid with coded selects, three
 * area-API selects, a 长期 tick, a file input, blur checks and a button) changes the framework state that getState()
 * reports, and every `expect` key of the build exists in the initial state (keys the profile lacks start empty). Plain
 * Chromium (no extension needed), every other request aborted. Screenshots land in /tmp/heldout34/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout34 } from '../replicas/heldout34';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout34, '/tmp/heldout34');
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
/** Open the widget of class `cls`, click the visible option `text` (`item`: the library's option selector). */
const choose = (page: Page, cls: string, item: string, text: string) =>
  pick(page, () => page.locator(`.${cls}`).first().click(), page.locator(`${item}:visible`).filter({ hasText: exact(text) }).first());
/** Click a cascader's levels one by one (each level's options may arrive late). */
async function levels(page: Page, cls: string, item: string, names: string[]) {
  await page.locator(`.${cls}`).first().click();
  for (const name of names) await page.locator(`${item}:visible`).filter({ hasText: exact(name) }).first().click();
}

/* ------------------------------------------------------------------ antd */

const ANTD = '.ant-select-item-option';

test('heldout34-aliyun-site-unit-antd-formlist: table rows of domains, a select fed by them, checkboxes, button radios, a tick hiding a date, a blur check', async () => {
  const build = 'heldout34-aliyun-site-unit-antd-formlist';
  const page = await open(build);
  await inp(page, 'domain-0').fill('yunqi-demo.cn');
  await page.locator('.dom-add').click();
  await inp(page, 'domain-1').fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', `.home-url-pop ${ANTD}`, 'www.yunqi-demo.cn'));
  await page.locator('.content').getByText('单位门户网站', { exact: true }).click();
  await until(page, 'content', ['单位门户网站']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.wp-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'wp-cert-number'), '110105198808123012', page.locator('.wp-card'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout34-mps-subject-person-antd-compact: button radios, a joined select, a cascader, a dragger upload, radios, a tick disabling a date, a blur check', async () => {
  const build = 'heldout34-mps-subject-person-antd-compact';
  const page = await open(build);
  await page.locator('.kind').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', `.pr-cert-type-pop ${ANTD}`, '居民身份证'));
  await levels(page, 'home-region', '.home-region-pop .ant-cascader-menu-item', ZW);
  await until(page, 'homeRegion', ZW);
  await page.locator('.pr-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prFront', ['zhangwei-id-front.png']);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await blurShows(inp(page, 'pr-mobile'), '1380013800', page.locator('.compact-card'), '请输入 11 位手机号码');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const TD = '.t-select-option';

test('heldout34-mps-principal-unit-tdesign-settingsrows: a select, an upload, a source radio revealing fields, a copy tick, a blur check, a button', async () => {
  const build = 'heldout34-mps-principal-unit-tdesign-settingsrows';
  const page = await open(build);
  await until(page, 'aqCertType', '居民身份证', () => choose(page, 'aq-cert-type', `.aq-cert-type-pop ${TD}`, '居民身份证'));
  await blurShows(inp(page, 'aq-cert-number'), '110105198808123012', page.locator('.row-aq'), '证件号码校验未通过');
  await page.locator('.aq-front input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'aqFront', ['wangqiang-id-front.png']);
  await page.locator('.yj-source').getByText('另行填写', { exact: true }).click();
  await until(page, 'yjSource', '另行填写');
  await expect(inp(page, 'yj-name')).toBeVisible();
  await page.locator('.yj-source').getByText('同主体负责人', { exact: true }).click();
  await until(page, 'yjSource', '同主体负责人');
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '李娜');
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout34-tencent-site-person-tdesign-formgrid: a tag input, selects, checkboxes, button radios, radios, a tick hiding a date, a blur check', async () => {
  const build = 'heldout34-tencent-site-person-tdesign-formgrid';
  const page = await open(build);
  await inp(page, 'domains').fill('zhangwei-notes.cn');
  await inp(page, 'domains').press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => choose(page, 'home-url', `.home-url-pop ${TD}`, 'www.zhangwei-notes.cn'));
  await until(page, 'content', ['其他'], () => choose(page, 'content', `.content-pop ${TD}`, '其他'));
  await page.keyboard.press('Escape');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.wp-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'site-name'), '张伟科技工作室', page.locator('.site-form'), '个人网站名称不能含有“科技”等字样');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const ELP = '.el-select-dropdown__item';

test('heldout34-aliyun-subject-person-elp-previewpane: a cascader, radio buttons, a yes / no radio disabling a date, a blur check, the preview', async () => {
  const build = 'heldout34-aliyun-subject-person-elp-previewpane';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .el-cascader-node', ZW);
  await until(page, 'mailRegion', ZW);
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await page.locator('.pr-long-term').getByText('是', { exact: true }).click();
  await until(page, 'prLongTerm', '是');
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await inp(page, 'pr-mobile').fill('13800138000');
  await blurShows(inp(page, 'pr-emergency'), '13800138000', page.locator('.subject-form'), '应急联系电话不能与手机号码相同');
  await expect(page.locator('.preview')).toContainText('浙江省杭州市西湖区');
  await finish(page, build);
});

test('heldout34-huawei-site-unit-elp-masterform: a creatable multiple select, a select, an IP textarea, a switch, the master row, a blur check, a button', async () => {
  const build = 'heldout34-huawei-site-unit-elp-masterform';
  const page = await open(build);
  await until(page, 'subDomains', ['yunqi-demo.com.cn'], () => pick(page, async () => {
    await page.locator('.sub-domains').first().click();
    await page.keyboard.type('yunqi-demo.com.cn');
  }, page.locator(`.sub-domains-pop ${ELP}:visible`).filter({ hasText: exact('yunqi-demo.com.cn') }).first()));
  await page.keyboard.press('Escape');
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', `.content-pop ${ELP}`, '单位门户网站'));
  await inp(page, 'ip-text').fill('47.96.56.78\n2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await inp(page, 'site-name').fill('云栖示例科技官网');
  await expect(page.locator('.services')).toContainText('云栖示例科技官网');
  await blurShows(inp(page, 'main-domain'), 'www.yunqi-demo.cn', page.locator('.master-form'), '请填写不带 www. 与 http:// 的一级域名');
  await page.locator('.save').click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout34-aliyun-basic-unit-opentiny-resourcegrid: three linked selects, radio buttons, a filtered select, late instance radios, a blur check', async () => {
  const build = 'heldout34-aliyun-basic-unit-opentiny-resourcegrid';
  const page = await open(build);
  await until(page, 'region', ['浙江省'], () => choose(page, 'prov', '.tiny-option', '浙江省'));
  await until(page, 'region', ['浙江省', '杭州市'], () => choose(page, 'city', '.tiny-option', '杭州市'));
  await until(page, 'region', YH, () => choose(page, 'dist', '.tiny-option', '余杭区'));
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => choose(page, 'cert-type', '.tiny-option', '营业执照（个人或企业）'));
  await page.locator('.res-i-bp1w9n4www3r6q2y .instance').click();
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y');
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.verify-card'), '统一社会信用代码校验未通过');
  await page.locator('.resource').getByText('轻量应用服务器', { exact: true }).click();
  await until(page, 'instance', '');
  await expect(page.locator('.res-grid')).toContainText('暂无可用实例');
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout34-beian-old-subject-person-native-dlgrid: coded selects, three area selects, a tick disabling a date, a file input, a blur check, a button', async () => {
  const build = 'heldout34-beian-old-subject-person-native-dlgrid';
  const page = await open(build);
  await page.locator('#kind').selectOption({ label: '个人' });
  await until(page, 'kind', '个人');
  await page.locator('#prCertType').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '居民身份证');
  await expect(page.locator('#prov option', { hasText: '浙江省' })).toHaveCount(1);
  await page.locator('#prov').selectOption({ label: '浙江省' });
  await expect(page.locator('#city option', { hasText: '杭州市' })).toHaveCount(1);
  await page.locator('#city').selectOption({ label: '杭州市' });
  await expect(page.locator('#dist option', { hasText: '西湖区' })).toHaveCount(1);
  await page.locator('#dist').selectOption({ label: '西湖区' });
  await until(page, 'homeRegion', ZW);
  await page.locator('#prLongTerm').check();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('#prValidTo')).toBeDisabled();
  await page.locator('#prFront').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prFront', ['zhangwei-id-front.png']);
  await blurShows(page.locator('#prCertNumber'), '330106199003071237', page.locator('.page'), '身份证号码校验位不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-34 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout34-aliyun-site-unit-antd-formlist', 'heldout34-aliyun-subject-person-elp-previewpane', 'heldout34-aliyun-basic-unit-opentiny-resourcegrid',
    'heldout34-mps-principal-unit-tdesign-settingsrows', 'heldout34-mps-subject-person-antd-compact', 'heldout34-beian-old-subject-person-native-dlgrid',
    'heldout34-tencent-site-person-tdesign-formgrid', 'heldout34-huawei-site-unit-elp-masterform',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout34-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout34-aliyun-basic-unit-opentiny-resourcegrid',
  ]);
});
