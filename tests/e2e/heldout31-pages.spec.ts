/**
 * The gen-31 held-out replica builds (tests/replicas/heldout31) are real pages: a user driving one widget of each kind on
 * every page (Arco split cards with a lazy cascader, a select, a 长期 tick hiding the end date and blur checks; Arco list
 * rows with a select, a switch hiding a row and blur checks; Arco sections with a searchable cascader, button radios and
 * a select; a Fusion check table with a select, an upload per row and a blur check; Fusion fold panels with a select, a
 * tag select, a switch, checkboxes and a remote-search select answered late; a Tea stepper card with region selects loaded
 * level by level, a segment and a radio table loaded late; a Tea form with an anchor nav, a select, a multiple select,
 * radios and blur checks; the old portal's th table with coded selects, area-API region selects, blur checks and a
 * button) changes the framework state that getState() reports, and every `expect` key of the build exists in the initial
 * state (keys the profile lacks start empty). Plain Chromium (no extension needed), every other request aborted.
 * Screenshots land in /tmp/heldout31/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout31 } from '../replicas/heldout31';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout31, '/tmp/heldout31');
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

/* ------------------------------------------------------------------ Arco */

const ARCO = '.arco-select-option';

test('heldout31-aliyun-subject-unit-arco-splitcards: a lazy cascader, a select, a tick hiding a date, blur checks', async () => {
  const build = 'heldout31-aliyun-subject-unit-arco-splitcards';
  const page = await open(build);
  await page.locator('.mail-region').first().click();
  for (const name of YH) await page.locator('.arco-cascader-list-item:visible').filter({ hasText: exact(name) }).first().click();
  await until(page, 'mailRegion', YH);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', ARCO, '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await blurShows(inp(page, 'pr-cert-number'), '330110198511204526', page.locator('.c-principal'), '证件号码校验未通过');
  await finish(page, build);
});

test('heldout31-mps-principal-unit-arco-listrows: a select, a switch hiding a row, blur checks, a button', async () => {
  const build = 'heldout31-mps-principal-unit-arco-listrows';
  const page = await open(build);
  await until(page, 'aqCertType', '居民身份证', () => choose(page, 'aq-cert-type', ARCO, '居民身份证'));
  await inp(page, 'aq-name').fill('王强');
  await until(page, 'aqName', '王强');
  await page.locator('.yj-same').click();
  await until(page, 'yjSame', true);
  await expect(page.locator('.yj-name')).toHaveCount(0);
  await blurShows(inp(page, 'aq-mobile'), '1860018600', page.locator('.role-aq'), '请输入 11 位手机号码');
  await page.getByRole('button', { name: '提交' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout31-baidu-basic-person-arco-twosections: a searchable cascader, button radios, a select', async () => {
  const build = 'heldout31-baidu-basic-person-arco-twosections';
  const page = await open(build);
  await page.locator('.region').first().click();
  for (const name of ZW) await page.locator('.arco-cascader-list-item:visible').filter({ hasText: exact(name) }).first().click();
  await until(page, 'region', ZW);
  await page.locator('.nature').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await until(page, 'certType', '居民身份证', () => choose(page, 'cert-type', ARCO, '居民身份证'));
  await blurShows(inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('form'), '请填写不带 www. 与 http:// 的域名');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion */

const NEXT = '.next-menu-item';

test('heldout31-aliyun-upload-person-fusion-checktable: a select, an upload in a table row, a blur check', async () => {
  const build = 'heldout31-aliyun-upload-person-fusion-checktable';
  const page = await open(build);
  await until(page, 'idType', '居民身份证', () => choose(page, 'id-type', NEXT, '居民身份证'));
  await page.locator('.slot.idFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await blurShows(inp(page, 'sms-mobile'), '1380013800', page.locator('.al-body'), '请输入 11 位手机号码');
  await finish(page, build);
});

test('heldout31-mps-site-person-fusion-foldpanels: a select, a tag select, a switch, checkboxes, a late remote select', async () => {
  const build = 'heldout31-mps-site-person-fusion-foldpanels';
  const page = await open(build);
  await until(page, 'category', 'Z', () => choose(page, 'category', NEXT, 'Z 其他'));
  await inp(page, 'ips').fill('47.96.12.34');
  await inp(page, 'ips').press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await page.keyboard.press('Escape');
  await page.locator('.interactive').click();
  await until(page, 'interactive', true);
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await inp(page, 'ap-name').fill('阿里');
  await page.locator(`.ap-name-pop ${NEXT}:visible`).filter({ hasText: exact('阿里云计算有限公司') }).first().click();
  await until(page, 'apName', '阿里云计算有限公司');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const TEA = '.tea-list--option li';

test('heldout31-aliyun-basic-person-tea-steppercard: region selects level by level, a segment, a late radio table', async () => {
  const build = 'heldout31-aliyun-basic-person-tea-steppercard';
  const page = await open(build);
  // the option lists are virtual (only the rows in view exist): type into the select's search box, then click
  for (let i = 0; i < 3; i++) {
    await until(page, 'region', ZW.slice(0, i + 1), () => pick(page, async () => {
      await page.locator(`.region-${i}`).first().click();
      await page.locator('.tea-dropdown-box:visible input').first().fill(ZW[i]!.slice(0, 2));
    }, page.locator(`${TEA}:visible`).filter({ hasText: exact(ZW[i]!) }).first()));
  }
  await until(page, 'region', ZW);
  await page.locator('.nature').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await page.locator('.instances').getByText('i-bp18zw3notes0a1c').click();
  await until(page, 'instance', 'i-bp18zw3notes0a1c');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

test('heldout31-volcengine-site-unit-tea-sideanchor: a select, a multiple select, radios, blur checks', async () => {
  const build = 'heldout31-volcengine-site-unit-tea-sideanchor';
  const page = await open(build);
  await until(page, 'content', '单位门户网站', () => choose(page, 'content', TEA, '单位门户网站'));
  await page.locator('.languages').first().click();
  await page.locator(`${TEA}:visible`).filter({ hasText: exact('英语') }).first().click();
  await until(page, 'languages', ['英语']);
  await page.keyboard.press('Escape');
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await blurShows(inp(page, 'wp-email'), 'wangqiang@', page.locator('.sec-wp'), '电子邮箱格式不正确');
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout31-beian-old-subject-unit-native-thtable: coded selects, area-API region selects, blur checks, a button', async () => {
  const build = 'heldout31-beian-old-subject-unit-native-thtable';
  const page = await open(build);
  await page.locator('#nature').selectOption({ label: '企业' });
  await until(page, 'nature', '企业');
  for (const [id, name] of [['prov', YH[0]], ['city', YH[1]], ['dist', YH[2]]] as const) {
    await expect(page.locator(`#${id} option`, { hasText: name })).toHaveCount(1);
    await page.locator(`#${id}`).selectOption({ label: name });
  }
  await until(page, 'officeRegion', YH);
  await blurShows(page.locator('#prMobile'), '1360013600', page.locator('table.f'), '手机号码格式不正确');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-31 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout31-aliyun-subject-unit-arco-splitcards', 'heldout31-aliyun-upload-person-fusion-checktable', 'heldout31-aliyun-basic-person-tea-steppercard',
    'heldout31-mps-site-person-fusion-foldpanels', 'heldout31-mps-principal-unit-arco-listrows', 'heldout31-beian-old-subject-unit-native-thtable',
    'heldout31-volcengine-site-unit-tea-sideanchor', 'heldout31-baidu-basic-person-arco-twosections',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout31-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout31-aliyun-basic-person-tea-steppercard',
  ]);
});
