/**
 * The gen-32 held-out replica builds (tests/replicas/heldout32) are real pages: a user driving one widget of each kind on
 * every page (Element Plus domain cards added one by one, a tree select, checkbox buttons, a select revealing items and
 * blur checks; an Element Plus top-label grid with an upload, a lazy cascader, a select and a 长期 tick hiding a date; a
 * TDesign dialog sheet with a lazy cascader, a select and a switch disabling a date; a TDesign anchor rail with a select,
 * radios revealing checkboxes, a tag input, added IP rows, a switch and an autocomplete answered late; an antd grid card
 * with a lazy cascader, a searchable select, radios and a tree select answered late; antd segmented panes with a copy
 * tick, an upload and a switch hiding a pane's fields; an OpenTiny vertical-steps form with a filterable cascader, a select,
 * radios and a select answered late; the old portal's floated divs with a coded select, a 长期 tick, blur checks and a
 * button) changes the framework state that getState() reports, and every `expect` key of the build exists in the initial
 * state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted.
 * Screenshots land in /tmp/heldout32/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout32 } from '../replicas/heldout32';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout32, '/tmp/heldout32');
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

/* ------------------------------------------------------------------ Element Plus */

const ELP = '.el-select-dropdown__item';

test('heldout32-aliyun-site-unit-elp-domaincards: added domain cards, a tree select, checkbox buttons, a select revealing items, a blur check', async () => {
  const build = 'heldout32-aliyun-site-unit-elp-domaincards';
  const page = await open(build);
  await inp(page, 'domain-0').fill('yunqi-demo.cn');
  await page.locator('.dom-add').click();
  await inp(page, 'domain-1').fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', '.content-pop .el-tree-node__content', '单位门户网站'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await until(page, 'preApproval', '是', () => choose(page, 'pre-approval', ELP, '是'));
  await expect(page.locator('.pre-items')).toBeVisible();
  await blurShows(inp(page, 'wp-mobile'), '1860018600', page.locator('.wp-card'), '请输入 11 位手机号码');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout32-tencent-subject-unit-elp-topgrid: an upload, a lazy cascader, a select, a tick hiding a date, a blur check', async () => {
  const build = 'heldout32-tencent-subject-unit-elp-topgrid';
  const page = await open(build);
  await page.locator('.licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await levels(page, 'mail-region', '.mail-region-pop .el-cascader-node', YH);
  await until(page, 'mailRegion', YH);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', ELP, '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.grid-form'), '统一社会信用代码校验未通过');
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const TD = '.t-select-option';

test('heldout32-aliyun-subject-person-tdesign-dialogsheet: a lazy cascader, a select, a switch disabling a date, a blur check', async () => {
  const build = 'heldout32-aliyun-subject-person-tdesign-dialogsheet';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .t-cascader__item', ZW);
  await until(page, 'mailRegion', ZW);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', TD, '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await blurShows(inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.subject-dialog'), '证件号码校验未通过');
  await finish(page, build);
});

test('heldout32-mps-site-unit-tdesign-anchorrail: a select, radios revealing checkboxes, a tag input, IP rows, a switch, a late autocomplete', async () => {
  const build = 'heldout32-mps-site-unit-tdesign-anchorrail';
  const page = await open(build);
  await until(page, 'category', 'E', () => choose(page, 'category', TD, 'E 信息资讯类'));
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await inp(page, 'sub-domains').fill('yunqi-demo.com.cn');
  await inp(page, 'sub-domains').press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await inp(page, 'ip-0').fill('47.96.56.78');
  await page.locator('.ip-add').click();
  await inp(page, 'ip-1').fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.dangerous').click();
  await until(page, 'dangerous', true);
  await inp(page, 'ap-name').fill('阿里');
  await page.locator(`.ap-name-pop ${TD}:visible`).filter({ hasText: exact('阿里云计算有限公司') }).first().click();
  await until(page, 'apName', '阿里云计算有限公司');
  await blurShows(inp(page, 'icp-number'), '浙ICP备123号', page.locator('.sec-site'), '工信部备案号格式如');
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const ANTD = '.ant-select-item-option';

test('heldout32-aliyun-basic-unit-antd-treeinstance: a lazy cascader, a searchable select, radios, a late tree select, a blur check', async () => {
  const build = 'heldout32-aliyun-basic-unit-antd-treeinstance';
  const page = await open(build);
  await levels(page, 'region', '.region-pop .ant-cascader-menu-item', YH);
  await until(page, 'region', YH);
  await until(page, 'nature', '企业', () => choose(page, 'nature', ANTD, '企业'));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y', () => pick(page, () => page.locator('.instance').first().click(),
    page.locator('.instance-pop .ant-select-tree-node-content-wrapper:visible').filter({ hasText: 'yunqi-www' }).first()));
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q1', page.locator('.grid-card'), '统一社会信用代码校验未通过');
  await finish(page, build);
});

test('heldout32-mps-principal-person-antd-segmentpanes: a blur check, a copy tick, an upload, segments, a switch hiding fields, a button', async () => {
  const build = 'heldout32-mps-principal-person-antd-segmentpanes';
  const page = await open(build);
  await blurShows(inp(page, 'aq-mobile'), '1380013800', page.locator('.pane-aq'), '请输入 11 位手机号码');
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '张伟');
  await page.locator('.aq-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'aqFront', ['zhangwei-id-front.png']);
  await page.locator('.panes').getByText('网站应急联络人', { exact: true }).click();
  await until(page, 'yjCertType', '居民身份证', () => choose(page, 'yj-cert-type', ANTD, '居民身份证'));
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout32-huawei-basic-person-opentiny-vsteps: a filterable cascader, a select, radios, a late select, a blur check', async () => {
  const build = 'heldout32-huawei-basic-person-opentiny-vsteps';
  const page = await open(build);
  await levels(page, 'region', '.tiny-cascader-node', ZW);
  await until(page, 'region', ZW);
  await until(page, 'nature', '个人', () => choose(page, 'nature', '.tiny-option', '个人'));
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await until(page, 'ecs', 'ecs-7f3a21', () => pick(page, () => page.locator('.ecs').first().click(),
    page.locator('.tiny-option:visible').filter({ hasText: '47.96.12.34' }).first()));
  await blurShows(inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('.basic-form'), '请填写不带 www. 与 http:// 的域名');
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout32-beian-old-principal-person-native-floatdivs: a coded select, a 长期 tick, a blur check, a button', async () => {
  const build = 'heldout32-beian-old-principal-person-native-floatdivs';
  const page = await open(build);
  await page.locator('#aqCertType').selectOption({ label: '居民身份证' });
  await until(page, 'aqCertType', '居民身份证');
  await page.locator('#aqLongTerm').check();
  await until(page, 'aqLongTerm', true);
  await expect(page.locator('#aqValidTo')).toBeDisabled();
  await blurShows(page.locator('#aqMobile'), '1380013800', page.locator('.wrap'), '手机号码格式不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-32 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout32-aliyun-site-unit-elp-domaincards', 'heldout32-aliyun-subject-person-tdesign-dialogsheet', 'heldout32-aliyun-basic-unit-antd-treeinstance',
    'heldout32-mps-principal-person-antd-segmentpanes', 'heldout32-mps-site-unit-tdesign-anchorrail', 'heldout32-beian-old-principal-person-native-floatdivs',
    'heldout32-tencent-subject-unit-elp-topgrid', 'heldout32-huawei-basic-person-opentiny-vsteps',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout32-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout32-aliyun-basic-unit-antd-treeinstance',
  ]);
});
