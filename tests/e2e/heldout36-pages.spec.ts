/**
 * The gen-36 held-out replica builds (tests/replicas/heldout36) are real pages: a user driving one widget of each kind on
 * every page (an OpenTiny narrow column with a whole-tree cascader, a select, filtered radios, button radios and instances
 * listed late; a TDesign swimlane form with a whole-tree cascader, an autocomplete, a select and a date range; TDesign grid
 * cards with a select fed by the domain, a multiple select, an IP tag input, radios and a textarea; an Element Plus
 * timeline with a checklist of domains answered late, an autocomplete, a filterable select, checkbox buttons and a
 * switch; Element Plus grid columns with a copy checkbox locking fields, a date range, an upload and a switch hiding
 * fields; an antd collapse with button radios, an upload, three selects loaded level by level, a cascader, a switch and
 * radios; antd nav steps with a lazy cascader, button radios, a select and a table of servers answered late; the old
 * portal's hr blocks with a coded select, radios disabling a text, a file input and a tick hiding fields) changes the
 * framework state that getState() reports, and every `expect` key of the build exists in the initial state (keys the
 * profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in
 * /tmp/heldout36/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout36 } from '../replicas/heldout36';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout36, '/tmp/heldout36');
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

/* ------------------------------------------------------------------ OpenTiny */

test('heldout36-aliyun-basic-person-opentiny-narrowcolumn: a whole-tree cascader, a select, filtered radios, button radios, late instances, a blur check', async () => {
  const build = 'heldout36-aliyun-basic-person-opentiny-narrowcolumn';
  const page = await open(build);
  await levels(page, 'region', '.region-pop .tiny-cascader-node', ZW);
  await until(page, 'region', ZW);
  await until(page, 'nature', '个人', () => choose(page, 'nature', '.nature-pop .tiny-option', '个人'));
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await until(page, 'instance', 'i-bp18zw3notes0a1c', () => pick(page, () => page.locator('.instance').first().click(),
    page.locator('.instance-pop .tiny-option:visible').filter({ hasText: 'i-bp18zw3notes0a1c' }).first()));
  await blurShows(inp(page, 'cert-number'), '330106199003071237', page.locator('.verify-block'), '身份证号码校验未通过');
  await page.locator('.resource').getByText('备案服务号', { exact: true }).click();
  await until(page, 'instance', '');
  await page.locator('.check').click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const TD = '.t-select-option';

test('heldout36-aliyun-subject-person-tdesign-swimlanes: a cascader, an autocomplete, a select, a date range, a blur check', async () => {
  const build = 'heldout36-aliyun-subject-person-tdesign-swimlanes';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .t-cascader__item', ZW);
  await until(page, 'mailRegion', ZW);
  await until(page, 'investor', '张伟', () => pick(page, () => inp(page, 'investor').fill('张'),
    page.locator('.investor-pop .t-select-option:visible').filter({ hasText: exact('张伟') }).first()));
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', `.pr-cert-type-pop ${TD}`, '居民身份证'));
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], async () => {
    await page.locator('.pr-validity input').nth(0).click();
    await page.locator('.pr-validity input').nth(0).fill('2018-03-01');
    await page.locator('.pr-validity input').nth(0).press('Enter');
    await page.locator('.pr-validity input').nth(1).fill('2038-03-01');
    await page.locator('.pr-validity input').nth(1).press('Enter');
  });
  await inp(page, 'pr-mobile').fill('13800138000');
  await blurShows(inp(page, 'pr-emergency'), '13800138000', page.locator('.lane-contact'), '应急联系电话不能与手机号码相同');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout36-huawei-site-person-tdesign-gridcards: a select fed by the domain, a multiple select, an IP tag input, radios, a textarea, a blur check', async () => {
  const build = 'heldout36-huawei-site-person-tdesign-gridcards';
  const page = await open(build);
  await inp(page, 'main-domain').fill('zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => choose(page, 'home-url', `.home-url-pop ${TD}`, 'www.zhangwei-notes.cn'));
  await until(page, 'languages', ['中文简体'], () => choose(page, 'languages', `.languages-pop ${TD}`, '中文简体'));
  await page.locator('.hw-top').click();
  await expect(page.locator('.languages-pop')).toBeHidden();
  await until(page, 'ips', ['47.96.12.34'], async () => {
    await inp(page, 'ips').fill('47.96.12.34');
    await inp(page, 'ips').press('Enter');
  });
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await inp(page, 'remark').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await blurShows(inp(page, 'site-name'), '张伟科技工作室', page.locator('.c-site'), '个人网站名称不能含有“科技”等字样');
  await page.locator('.save').click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const ELP = '.el-select-dropdown__item';

test('heldout36-aliyun-site-unit-elp-timeline: domains answered late, an autocomplete, a filterable select, checkbox buttons, a switch, a blur check', async () => {
  const build = 'heldout36-aliyun-site-unit-elp-timeline';
  const page = await open(build);
  await page.locator('.domains').getByText('yunqi-demo.cn', { exact: true }).click();
  await page.locator('.domains').getByText('yunqi-demo.com.cn', { exact: true }).click();
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => pick(page, () => inp(page, 'home-url').fill('www'),
    page.locator('.home-url-pop li:visible').filter({ hasText: exact('www.yunqi-demo.cn') }).first()));
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', `.content-pop ${ELP}`, '单位门户网站'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await blurShows(inp(page, 'wp-cert-number'), '110105198808123012', page.locator('.t-wp'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout36-mps-principal-unit-elp-gridcols: a copy checkbox locking fields, a date range, an upload, a switch hiding fields, a blur check', async () => {
  const build = 'heldout36-mps-principal-unit-elp-gridcols';
  const page = await open(build);
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '李娜');
  await expect(inp(page, 'aq-name')).toBeDisabled();
  await page.locator('.aq-same').click();
  await until(page, 'aqSame', false);
  await until(page, 'aqValidity', ['2020-08-12', '2040-08-12'], async () => {
    await page.locator('.aq-validity input').nth(0).fill('2020-08-12');
    await page.locator('.aq-validity input').nth(1).fill('2040-08-12');
    await page.locator('.aq-validity input').nth(1).press('Enter');
  });
  await page.locator('.aq-front input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'aqFront', ['wangqiang-id-front.png']);
  await expect(inp(page, 'yj-name')).toBeVisible();
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await blurShows(inp(page, 'aq-mobile'), '1860018600', page.locator('.sec-aq'), '请输入 11 位手机号码');
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const ANTD = '.ant-select-item-option';

test('heldout36-mps-subject-unit-antd-collapse: button radios, an upload, three lazy selects, a cascader, a switch, radios, a blur check', async () => {
  const build = 'heldout36-mps-subject-unit-antd-collapse';
  const page = await open(build);
  await until(page, 'kind', '单位', () => choose(page, 'kind', `.kind-pop ${ANTD}`, '单位'));
  await page.locator('.unit-cert-type').getByText('营业执照证书', { exact: true }).click();
  await until(page, 'unitCertType', '营业执照证书');
  await page.locator('.licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await choose(page, 'off-prov', `.off-prov-pop ${ANTD}`, '浙江省');
  await choose(page, 'off-city', `.off-city-pop ${ANTD}`, '杭州市');
  await choose(page, 'off-dist', `.off-dist-pop ${ANTD}`, '余杭区');
  await until(page, 'officeRegion', YH);
  await levels(page, 'home-region', '.home-region-pop .ant-cascader-menu-item', YH);
  await until(page, 'homeRegion', YH);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await blurShows(inp(page, 'unit-cert-number'), '91330110MA2H3K7Q19', page.locator('.p-unit'), '统一社会信用代码校验未通过');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

test('heldout36-tencent-basic-person-antd-navsteps: a lazy cascader, button radios, a select, servers answered late, a radio revealing a code, a blur check', async () => {
  const build = 'heldout36-tencent-basic-person-antd-navsteps';
  const page = await open(build);
  await levels(page, 'region', '.region-pop .ant-cascader-menu-item', ZW);
  await until(page, 'region', ZW);
  await page.locator('.nature').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await until(page, 'certType', '居民身份证', () => choose(page, 'cert-type', `.cert-type-pop ${ANTD}`, '居民身份证'));
  await page.locator('.srv-ins-zw0notes1').click();
  await until(page, 'server', 'ins-zw0notes1');
  await expect(page.locator('.srv-ins-zw7lab2k9 input')).toBeDisabled();
  await blurShows(inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('.verify-card'), '请填写不带 www. 与 http:// 的域名');
  await page.locator('.cloud-kind').getByText('备案授权码', { exact: true }).click();
  await until(page, 'server', '');
  await expect(inp(page, 'auth-code')).toBeVisible();
  await page.locator('.verify').click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout36-beian-old-principal-person-native-hrblocks: a coded select, radios disabling a text, a file input, a tick hiding fields, a blur check, a button', async () => {
  const build = 'heldout36-beian-old-principal-person-native-hrblocks';
  const page = await open(build);
  await page.locator('#aqCertType').selectOption({ label: '居民身份证' });
  await until(page, 'aqCertType', '居民身份证');
  await page.locator('#aqValidTo').fill('2038-03-01');
  await page.locator('#aqLongTermY').check();
  await until(page, 'aqLongTerm', '是');
  await expect(page.locator('#aqValidTo')).toBeDisabled();
  await until(page, 'aqValidTo', '');
  await page.locator('#aqLongTermN').check();
  await until(page, 'aqLongTerm', '否');
  await page.locator('#aqFront').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'aqFront', ['zhangwei-id-front.png']);
  await page.locator('#yjSame').check();
  await until(page, 'yjSame', true);
  await expect(page.locator('#yjName')).toBeHidden();
  await blurShows(page.locator('#aqCertNumber'), '330106199003071237', page.locator('.page'), '身份证号码校验位不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-36 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout36-aliyun-basic-person-opentiny-narrowcolumn', 'heldout36-aliyun-subject-person-tdesign-swimlanes', 'heldout36-aliyun-site-unit-elp-timeline',
    'heldout36-mps-subject-unit-antd-collapse', 'heldout36-mps-principal-unit-elp-gridcols', 'heldout36-beian-old-principal-person-native-hrblocks',
    'heldout36-tencent-basic-person-antd-navsteps', 'heldout36-huawei-site-person-tdesign-gridcards',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout36-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout36-aliyun-basic-person-opentiny-narrowcolumn',
  ]);
});
