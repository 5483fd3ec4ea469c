/**
 * The gen-35 held-out replica builds (tests/replicas/heldout35) are real pages: a user driving one widget of each kind on
 * every page (a Fusion contact picker with a saved-contacts select, a whole-tree cascader, an autocomplete and 长期 /
 * 指定日期 radios revealing a date; Fusion legend boxes with a tag select, an upload, an IP textarea, a switch revealing
 * checkboxes, a select, button radios and a remote-search select answered late; a Fusion collapse with a table of domain
 * rows, a 主域名 radio column, a select fed by the rows, checkboxes and button radios; Arco status cards with a creatable
 * multiple select, an autocomplete, a select, button radios, a typed date and a term select deriving the end; an Arco
 * anchor side with a copy switch locking fields, an upload and a tick hiding fields; an Arco licence aside with an upload
 * read late that keeps typed values, a lazy cascader, a copy switch and a 长期 tick disabling a date; a Tea rules table
 * with a county search box answered late, a select, radios, a segment and instances listed late; the old portal's
 * numbered list with a coded select revealing ticks, a multiple select, radios, a textarea, blur checks and a button)
 * changes the framework state that getState() reports, and every `expect` key of the build exists in the initial state
 * (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots
 * land in /tmp/heldout35/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout35 } from '../replicas/heldout35';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout35, '/tmp/heldout35');
const { finish, open } = checks;
test.describe.configure({ mode: 'parallel' });
test.use({ actionTimeout: 8000 });

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

test('heldout35-aliyun-subject-unit-fusion-contactpicker: a cascader, a saved-contact select, an autocomplete, radios revealing a date, a blur check', async () => {
  const build = 'heldout35-aliyun-subject-unit-fusion-contactpicker';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .next-cascader-menu-item', YH);
  await until(page, 'mailRegion', YH);
  await until(page, 'prName', '李娜', () => choose(page, 'contact', `.contact-pop ${NEXT}`, '李娜（13600136000）'));
  await until(page, 'prValidEnd', '长期');
  await page.locator('.pr-valid-end').getByText('指定日期', { exact: true }).click();
  await until(page, 'prValidEnd', '指定日期');
  await expect(page.locator('.pr-valid-to')).toHaveCount(1);
  await page.locator('.pr-valid-end').getByText('长期', { exact: true }).click();
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await until(page, 'investor', '杭州云栖示例科技有限公司', () => pick(page, () => inp(page, 'investor').fill('杭州'),
    page.locator(`.investor-pop ${NEXT}:visible`).filter({ hasText: exact('杭州云栖示例科技有限公司') }).first()));
  await blurShows(inp(page, 'pr-emergency'), '13600136000', page.locator('.c-principal'), '应急联系电话不能与手机号码相同');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout35-mps-site-unit-fusion-legendboxes: a tag select, an upload, an IP textarea, a switch revealing ticks, a select, button radios, a remote search', async () => {
  const build = 'heldout35-mps-site-unit-fusion-legendboxes';
  const page = await open(build);
  await until(page, 'subDomains', ['yunqi-demo.com.cn'], async () => {
    await inp(page, 'sub-domains').fill('yunqi-demo.com.cn');
    await inp(page, 'sub-domains').press('Enter');
  });
  await page.keyboard.press('Escape');
  await page.locator('.domain-cert input[type=file]').setInputFiles(file('yunqi-cert.png'));
  await until(page, 'domainCert', ['yunqi-cert.png']);
  await inp(page, 'ip-text').fill('47.96.56.78\n2408:4000:1000:0:0:0:0:10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await until(page, 'category', 'E', () => choose(page, 'category', `.category-pop ${NEXT}`, 'E 信息资讯类'));
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apName', '阿里云计算有限公司', () => pick(page, async () => {
    await page.locator('.ap-name').first().click();
    await page.keyboard.type('阿里云');
  }, page.locator(`.ap-name-pop ${NEXT}:visible`).filter({ hasText: exact('阿里云计算有限公司') }).first()));
  await blurShows(inp(page, 'main-domain'), 'www.yunqi-demo.cn', page.locator('.b-site'), '请填写不带 www. 与 http:// 的域名');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout35-volcengine-site-unit-fusion-collapse: table rows of domains, a main-domain radio, a select fed by them, checkboxes, button radios, a blur check', async () => {
  const build = 'heldout35-volcengine-site-unit-fusion-collapse';
  const page = await open(build);
  await inp(page, 'domain-0').fill('yunqi-demo.cn');
  await page.locator('.dom-add').click();
  await inp(page, 'domain-1').fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await page.locator('.main-0').click();
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', `.home-url-pop ${NEXT}`, 'www.yunqi-demo.cn'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').getByText('不涉及', { exact: true }).click();
  await until(page, 'preApproval', '不涉及');
  await blurShows(inp(page, 'wp-cert-number'), '110105198808123012', page.locator('.site-collapse'), '证件号码校验未通过');
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const ARCO = '.arco-select-option';

test('heldout35-aliyun-site-person-arco-statuscards: a creatable multiple select, an autocomplete, a select, button radios, a typed date, a term deriving the end, a status tag', async () => {
  const build = 'heldout35-aliyun-site-person-arco-statuscards';
  const page = await open(build);
  await until(page, 'domains', ['zhangwei-notes.cn'], async () => {
    await inp(page, 'domains').fill('zhangwei-notes.cn');
    await inp(page, 'domains').press('Enter');
  });
  await page.keyboard.press('Escape');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => pick(page, () => inp(page, 'home-url').fill('www'),
    page.locator(`.home-url-pop ${ARCO}:visible`).filter({ hasText: exact('www.zhangwei-notes.cn') }).first()));
  await until(page, 'languages', ['中文简体'], () => choose(page, 'languages', `.languages-pop ${ARCO}`, '中文简体'));
  await page.keyboard.press('Escape');
  await until(page, 'preApproval', '否', () => choose(page, 'pre-approval', `.pre-approval-pop ${ARCO}`, '否'));
  await expect(page.locator('.status-c-lang')).toHaveText('已完成');
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await until(page, 'wpValidFrom', '2018-03-01', async () => {
    await inp(page, 'wp-valid-from').fill('2018-03-01');
    await inp(page, 'wp-valid-from').press('Enter');
  });
  await until(page, 'wpTerm', '20年', () => choose(page, 'wp-term', `.wp-term-pop ${ARCO}`, '20年'));
  await expect(page.locator('.wp-valid-to')).toContainText('2038-03-01');
  await blurShows(inp(page, 'site-name'), '张伟科技工作室', page.locator('.c-site'), '个人网站名称不能含有“科技”等字样');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout35-mps-principal-person-arco-anchorside: a copy switch locking fields, an upload, a tick hiding fields, an anchor, a blur check, a button', async () => {
  const build = 'heldout35-mps-principal-person-arco-anchorside';
  const page = await open(build);
  await expect(inp(page, 'yj-name')).toBeVisible();
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '张伟');
  await until(page, 'aqValidity', ['2018-03-01', '2038-03-01']);
  await expect(inp(page, 'aq-cert-number')).toBeDisabled();
  await page.locator('.aq-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'aqFront', ['zhangwei-id-front.png']);
  await page.locator('.side-anchor').getByText('提示说明', { exact: true }).click();
  await page.locator('.aq-same').click();
  await until(page, 'aqSame', false);
  await blurShows(inp(page, 'aq-mobile'), '1380013800', page.locator('.sec-aq'), '请输入 11 位手机号码');
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout35-baidu-subject-unit-arco-licenceaside: an upload read late keeping typed values, a lazy cascader, a copy switch, a 长期 tick disabling a date, a blur check', async () => {
  const build = 'heldout35-baidu-subject-unit-arco-licenceaside';
  const page = await open(build);
  await inp(page, 'unit-name').fill('已填写的单位名称');
  await page.locator('.licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'legalRep', '李娜');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await until(page, 'unitName', '已填写的单位名称');
  await levels(page, 'mail-region', '.mail-region-pop .arco-cascader-list-item', YH);
  await until(page, 'mailRegion', YH);
  await page.locator('.pr-same-legal').click();
  await until(page, 'prName', '李娜');
  await inp(page, 'legal-rep-id').fill('330110198511204525');
  await until(page, 'prCertNumber', '330110198511204525');
  await expect(inp(page, 'pr-name')).toBeDisabled();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(inp(page, 'pr-emergency'), '13600136000', page.locator('.c-principal'), '应急联系人手机号码不能与手机号码相同');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const TEA = '.tea-overlay li';

test('heldout35-aliyun-basic-unit-tea-rulestable: a county search answered late, a select, filtered radios, a segment, late instances, a blur check, a button', async () => {
  const build = 'heldout35-aliyun-basic-unit-tea-rulestable';
  const page = await open(build);
  await until(page, 'region', YH, () => pick(page, () => inp(page, 'region').fill('余杭'),
    page.locator('.region-pop li:visible').filter({ hasText: '浙江省 / 杭州市 / 余杭区' }).first()));
  await until(page, 'nature', '企业', () => choose(page, 'nature', TEA, '企业'));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y', () => pick(page, () => page.locator('.instance').first().click(),
    page.locator(`${TEA}:visible`).filter({ hasText: 'i-bp1w9n4www3r6q2y' }).first()));
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.rules'), '统一社会信用代码校验未通过');
  await page.locator('.resource').getByText('备案服务号', { exact: true }).click();
  await until(page, 'instance', '');
  await expect(inp(page, 'service-code')).toBeVisible();
  await page.locator('.check').click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout35-beian-old-site-unit-native-olnumbered: a coded select revealing ticks, a multiple select, radios, a textarea, a provider select, a blur check, a button', async () => {
  const build = 'heldout35-beian-old-site-unit-native-olnumbered';
  const page = await open(build);
  await expect(page.locator('#kindsRow')).toBeHidden();
  await page.locator('#interactive').selectOption({ label: '是' });
  await until(page, 'interactive', '是');
  await page.locator('#kindsRow').getByLabel('论坛社区').check();
  await page.locator('#kindsRow').getByLabel('网络评论').check();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.locator('#languages').selectOption([{ label: '中文简体' }, { label: '英语' }]);
  await until(page, 'languages', ['英语', '中文简体']);
  await page.locator('#ipText').fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await page.getByLabel('租赁主机').check();
  await until(page, 'apMethod', '租赁主机');
  await page.locator('#apName').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  await blurShows(page.locator('#mainDomain'), 'www.yunqi-demo.cn', page.locator('.page'), '请填写不带 www. 与 http:// 的域名');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-35 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout35-aliyun-subject-unit-fusion-contactpicker', 'heldout35-aliyun-site-person-arco-statuscards', 'heldout35-aliyun-basic-unit-tea-rulestable',
    'heldout35-mps-site-unit-fusion-legendboxes', 'heldout35-mps-principal-person-arco-anchorside', 'heldout35-beian-old-site-unit-native-olnumbered',
    'heldout35-volcengine-site-unit-fusion-collapse', 'heldout35-baidu-subject-unit-arco-licenceaside',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout35-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout35-aliyun-basic-unit-tea-rulestable',
  ]);
});
