/**
 * The gen-38 held-out replica builds (tests/replicas/heldout38) are real pages: a user driving one widget of each kind on
 * every page (an Element Plus segmented switcher with three region selects listed late, a creatable filterable select,
 * radio buttons, a date picker and a term select; an Element Plus step rail with a copy switch locking fields, a 长期 tick
 * disabling a picker, an upload and a tick hiding fields; an antd list form with a tags select, radios fed by it, a
 * checkbox group, a segmented control, a copy switch and a range picker; an antd three-column grid with a lazy cascader, a
 * searchable select, a date picker and a 长期 tick; TDesign left tabs with a lazy cascader, filled radio buttons, a
 * filtered select and a tree select answered late; a TDesign anchor form with selects, uploads, a 长期 tick hiding a
 * picker and a lazy cascader; an OpenTiny collapse with a whole-tree cascader, a select and a 长期有效 tick; the old
 * portal's rowspan table with coded selects, a term select deriving an end date and file inputs) changes the framework
 * state that getState() reports, and every `expect` key of the build exists in the initial state (keys the profile lacks
 * start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in
 * /tmp/heldout38/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout38 } from '../replicas/heldout38';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout38, '/tmp/heldout38');
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
/** Type a date into a picker's input and confirm it. */
async function typeDate(box: Locator, value: string) {
  await box.click();
  await box.fill(value);
  await box.press('Enter');
}

/** A TDesign date: type it, then click the day the panel jumped to (its picker's popup class is `<cls>-pop`). */
async function tdDate(page: Page, cls: string, value: string) {
  await inp(page, cls).click();
  await inp(page, cls).fill(value);
  await page.locator(`.${cls}-pop .t-date-picker__cell--active`).first().click();
}

/* ------------------------------------------------------------------ Element Plus */

const ELS = '.el-select-dropdown__item';

test('heldout38-aliyun-subject-unit-elp-segmented: a segmented switcher, three selects listed late, a creatable select, radio buttons, a date + term select, a blur check', async () => {
  const build = 'heldout38-aliyun-subject-unit-elp-segmented';
  const page = await open(build);
  await until(page, 'mailRegion', ['浙江省'], () => choose(page, 'mail-prov', `.mail-prov-pop ${ELS}`, '浙江省'));
  await until(page, 'mailRegion', ['浙江省', '杭州市'], () => choose(page, 'mail-city', `.mail-city-pop ${ELS}`, '杭州市'));
  await until(page, 'mailRegion', YH, () => choose(page, 'mail-dist', `.mail-dist-pop ${ELS}`, '余杭区'));
  await until(page, 'investor', '杭州云栖示例科技有限公司', () => choose(page, 'investor', `.investor-pop ${ELS}`, '杭州云栖示例科技有限公司'));
  await expect(page.locator('.p-principal')).toBeHidden();
  await page.locator('.panes').getByText('主体负责人', { exact: true }).click();
  await page.locator('.pr-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'prCertType', '居民身份证');
  await until(page, 'prValidFrom', '2016-05-10', () => typeDate(inp(page, 'pr-valid-from'), '2016-05-10'));
  await until(page, 'prTerm', '10年', () => choose(page, 'pr-term', `.pr-term-pop ${ELS}`, '10年'));
  await expect(page.locator('.pr-valid-to')).toHaveText('2026-05-10');
  await until(page, 'prTerm', '长期', () => choose(page, 'pr-term', `.pr-term-pop ${ELS}`, '长期'));
  await blurShows(inp(page, 'pr-cert-number'), '330110198511204526', page.locator('.p-principal'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout38-mps-principal-unit-elp-steprail: a copy switch locking fields, a select, a 长期 tick disabling a picker, an upload, a tick hiding fields, a blur check', async () => {
  const build = 'heldout38-mps-principal-unit-elp-steprail';
  const page = await open(build);
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '李娜');
  await expect(inp(page, 'aq-name')).toBeDisabled();
  await page.locator('.aq-same').click();
  await until(page, 'aqName', '');
  await until(page, 'aqCertType', '居民身份证', () => choose(page, 'aq-cert-type', `.aq-cert-type-pop ${ELS}`, '居民身份证'));
  await until(page, 'aqValidTo', '2040-08-12', () => typeDate(inp(page, 'aq-valid-to'), '2040-08-12'));
  await page.locator('.aq-long-term').click();
  await until(page, 'aqLongTerm', true);
  await until(page, 'aqValidTo', '');
  await expect(inp(page, 'aq-valid-to')).toBeDisabled();
  await page.locator('.aq-front input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'aqFront', ['wangqiang-id-front.png']);
  await expect(inp(page, 'yj-name')).toBeVisible();
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await blurShows(inp(page, 'aq-mobile'), '1860018600', page.locator('.sec-aq'), '请输入 11 位手机号码');
  await page.locator('.role-steps .el-step').filter({ hasText: '提示说明' }).click();
  await page.locator('.submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const ANT = '.ant-select-item-option';

test('heldout38-aliyun-site-person-antd-listform: a tags select, radios fed by it, a checkbox group, a segmented control, a copy switch, a range picker, a blur check', async () => {
  const build = 'heldout38-aliyun-site-person-antd-listform';
  const page = await open(build);
  await until(page, 'domains', ['zhangwei-notes.cn'], async () => {
    await inp(page, 'domains').fill('zhangwei-notes.cn');
    await inp(page, 'domains').press('Enter');
  });
  await page.locator('.home-url').getByText('www.zhangwei-notes.cn', { exact: true }).click();
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'wpCertType', '居民身份证', () => choose(page, 'wp-cert-type', `.wp-cert-type-pop ${ANT}`, '居民身份证'));
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01'], async () => {
    await typeDate(page.locator('.wp-validity input').nth(0), '2018-03-01');
    await typeDate(page.locator('.wp-validity input').nth(1), '2038-03-01');
  });
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await blurShows(inp(page, 'site-name'), '张伟科技工作室', page.locator('.site-list'), '个人网站名称不能含有“科技”等字样');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout38-tencent-subject-unit-antd-threecolgrid: a lazy cascader, a searchable select, a select, a date picker, a 长期 tick disabling a picker, a blur check', async () => {
  const build = 'heldout38-tencent-subject-unit-antd-threecolgrid';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .ant-cascader-menu-item', YH);
  await until(page, 'mailRegion', YH);
  await until(page, 'investor', '杭州云栖示例科技有限公司', () => pick(page, () => inp(page, 'investor').fill('云栖'),
    page.locator(`.investor-pop ${ANT}:visible`).filter({ hasText: exact('杭州云栖示例科技有限公司') }).first()));
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', `.pr-cert-type-pop ${ANT}`, '居民身份证'));
  await until(page, 'prValidFrom', '2016-05-10', () => typeDate(inp(page, 'pr-valid-from'), '2016-05-10'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await blurShows(inp(page, 'entity-icp'), '浙ICP备123号', page.locator('.g-subject'), '主体备案号格式如 浙ICP备12345678号');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

const TDS = '.t-select-option';

test('heldout38-aliyun-basic-unit-tdesign-lefttabs: left tabs, a lazy cascader, filled radio buttons, a filtered select, a tree select answered late, a blur check', async () => {
  const build = 'heldout38-aliyun-basic-unit-tdesign-lefttabs';
  const page = await open(build);
  await levels(page, 'region', '.region-pop .t-cascader__item', YH);
  await until(page, 'region', YH);
  await page.locator('.nature').getByText('企业', { exact: true }).click();
  await until(page, 'nature', '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => choose(page, 'cert-type', `.cert-type-pop ${TDS}`, '营业执照（个人或企业）'));
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.t-tab-panel.p-holder'), '统一社会信用代码校验未通过');
  await expect(page.locator('.p-resource .instance')).toBeHidden();
  await page.locator('.t-tabs__nav-item').filter({ hasText: '备案资源' }).click();
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y', () => pick(page, () => page.locator('.instance').first().click(),
    page.locator('.instance-pop .t-tree__label:visible').filter({ hasText: 'yunqi-www' }).first()));
  await page.locator('.resource').getByText('备案服务号', { exact: true }).click();
  await until(page, 'instance', '');
  await page.locator('.check').click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

test('heldout38-mps-subject-unit-tdesign-anchorform: an anchor rail, selects, an upload, a date + 长期 tick hiding a picker, a lazy cascader, a blur check', async () => {
  const build = 'heldout38-mps-subject-unit-tdesign-anchorform';
  const page = await open(build);
  await until(page, 'kind', '单位', () => choose(page, 'kind', `.kind-pop ${TDS}`, '单位'));
  await until(page, 'unitCertType', '营业执照证书', () => choose(page, 'unit-cert-type', `.unit-cert-type-pop ${TDS}`, '营业执照证书'));
  await page.locator('.licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'prValidFrom', '2016-05-10', () => tdDate(page, 'pr-valid-from', '2016-05-10'));
  await expect(inp(page, 'pr-valid-to')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await page.locator('.subject-anchor').getByText('负责人信息', { exact: true }).click();
  await levels(page, 'home-region', '.home-region-pop .t-cascader__item', YH);
  await until(page, 'homeRegion', YH);
  await until(page, 'genAI', '否', () => choose(page, 'gen-ai', `.gen-ai-pop ${TDS}`, '否'));
  await blurShows(inp(page, 'office-address'), '文一西路', page.locator('.sec-office'), '请填写省市区县及街道门牌号');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout38-huawei-subject-unit-opentiny-collapse: a collapse, a whole-tree cascader, a select, a date + 长期有效 tick hiding a picker, blur checks', async () => {
  const build = 'heldout38-huawei-subject-unit-opentiny-collapse';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .tiny-cascader-node', YH);
  await until(page, 'mailRegion', YH);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '.pr-cert-type-pop .tiny-option', '居民身份证'));
  await expect(inp(page, 'pr-valid-to')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(inp(page, 'pr-emergency'), '13600136000', page.locator('.p-contact'), '应急联系电话不能与手机号码相同');
  await page.locator('.save').click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout38-beian-old-subject-person-native-rowspan: coded selects, a term select deriving the end, file inputs, blur checks', async () => {
  const build = 'heldout38-beian-old-subject-person-native-rowspan';
  const page = await open(build);
  await page.locator('#kind').selectOption({ label: '个人' });
  await until(page, 'kind', '个人');
  await page.locator('#prCertType').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '居民身份证');
  await page.locator('#prValidFrom').fill('2018-03-01');
  await page.locator('#prTerm').selectOption({ label: '20年' });
  await until(page, 'prTerm', '20年');
  await expect(page.locator('#prValidTo')).toHaveText('2038-03-01');
  await page.locator('#prFront').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prFront', ['zhangwei-id-front.png']);
  await blurShows(page.locator('#prCertNumber'), '330106199003071237', page.locator('#subjectTable'), '证件号码校验未通过');
  await blurShows(page.locator('#homeAddress'), '文三路', page.locator('#subjectTable'), '请填写省市区县及街道门牌号');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-38 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout38-aliyun-subject-unit-elp-segmented', 'heldout38-aliyun-site-person-antd-listform', 'heldout38-aliyun-basic-unit-tdesign-lefttabs',
    'heldout38-mps-subject-unit-tdesign-anchorform', 'heldout38-mps-principal-unit-elp-steprail', 'heldout38-beian-old-subject-person-native-rowspan',
    'heldout38-tencent-subject-unit-antd-threecolgrid', 'heldout38-huawei-subject-unit-opentiny-collapse',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout38-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout38-aliyun-subject-unit-elp-segmented',
  ]);
});
