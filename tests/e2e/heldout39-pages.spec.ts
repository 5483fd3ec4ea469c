/**
 * The gen-39 held-out replica builds (tests/replicas/heldout39) are real pages: a user driving one widget of each kind on
 * every page (a Fusion timeline with a whole-tree cascader answered late, a select and a 长期有效 switch hiding a range
 * picker; a Fusion page whose principal sits in a dialog opened by 编辑, with a tag select, radios fed by it and a copy
 * tick locking fields; Arco inner steps with an input tag, a select fed by it and a 长期 tick disabling a picker; Arco
 * provider drawers with radios revealing a checkbox group and a select listed late; an Arco upload whose late reading
 * fills the name and number, a lazy cascader; a Tea summary side with a select, radios per nature and an instance
 * select listed late; a Tea photo side with uploads, a segment, a select and a 长期 switch; the old portal's paper form
 * with a copy tick, coded selects and radios) changes the framework state that getState() reports, and every `expect`
 * key of the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension
 * needed), every other request aborted. Screenshots land in /tmp/heldout39/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout39 } from '../replicas/heldout39';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout39, '/tmp/heldout39');
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

/* ------------------------------------------------------------------ Fusion */

test('heldout39-aliyun-subject-person-fusion-timeline: a whole-tree cascader answered late, an autocomplete, a select, a switch hiding a range picker, a blur check', async () => {
  const build = 'heldout39-aliyun-subject-person-fusion-timeline';
  const page = await open(build);
  await until(page, 'mailRegion', ZW, () => levels(page, 'mail-region', ZW));
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '居民身份证'));
  await inp(page, 'investor').fill('张伟');
  await until(page, 'investor', '张伟');
  await expect(page.locator('.pr-validity')).toBeVisible();
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-validity')).toHaveCount(0);
  await blurShows(inp(page, 'pr-cert-number'), '330106199003071237', page.locator('.sec-principal'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout39-volcengine-site-person-fusion-principaldialog: a tag select, radios fed by it, a multiple select, a dialog with a copy tick locking fields', async () => {
  const build = 'heldout39-volcengine-site-person-fusion-principaldialog';
  const page = await open(build);
  await until(page, 'domains', ['zhangwei-notes.cn'], async () => { await inp(page, 'domains').fill('zhangwei-notes.cn'); await inp(page, 'domains').press('Enter'); });
  await page.keyboard.press('Escape');
  await page.locator('.home-url').getByText('www.zhangwei-notes.cn', { exact: true }).click();
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await page.locator('.pre-approval').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(page.locator('.wp-name')).toHaveCount(0);
  await page.locator('.wp-edit').click();
  await page.locator('.wp-same').click();
  await until(page, 'wpName', '张伟');
  await expect(inp(page, 'wp-name')).toBeDisabled();
  await page.locator('.wp-ok').click();
  await expect(page.locator('.wp-summary')).toContainText('330106199003071236');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

test('heldout39-aliyun-site-unit-arco-innersteps: inner steps, an input tag, a select fed by it, a 长期 tick disabling a picker, a blur check', async () => {
  const build = 'heldout39-aliyun-site-unit-arco-innersteps';
  const page = await open(build);
  await until(page, 'domains', ['yunqi-demo.cn'], async () => { await inp(page, 'domains').fill('yunqi-demo.cn'); await inp(page, 'domains').press('Enter'); });
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => choose(page, 'home-url', 'www.yunqi-demo.cn'));
  await expect(page.locator('.p-wp')).toBeHidden();
  await page.locator('.inner-steps').getByText('网站负责人', { exact: true }).click();
  await expect(page.locator('.p-wp')).toBeVisible();
  await page.locator('.wp-long-term').click();
  await until(page, 'wpLongTerm', true);
  await expect(inp(page, 'wp-valid-to')).toBeDisabled();
  await inp(page, 'wp-mobile').fill('18600186000');
  await blurShows(inp(page, 'wp-emergency'), '18600186000', page.locator('.p-wp'), '应急联系电话不能与手机号码相同');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout39-mps-site-unit-arco-providerdrawers: radios revealing a checkbox group, a drawer with a select listed late, a blur check', async () => {
  const build = 'heldout39-mps-site-unit-arco-providerdrawers';
  const page = await open(build);
  await expect(page.locator('.interactive-kinds')).toHaveCount(0);
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await page.locator('.interactive-kinds').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await page.locator('.ap-edit').click();
  await until(page, 'apMethod', '租赁主机', () => choose(page, 'ap-method', '租赁主机'));
  await blurShows(inp(page, 'ap-phone'), '12', page.locator('.p-ap'), '电话号码格式不正确');
  await page.locator('.ap-drawer').getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.ap-summary')).toContainText('租赁主机');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout39-baidu-subject-person-arco-uploadfirst: an upload whose late reading fills fields, a lazy cascader, a 长期 tick', async () => {
  const build = 'heldout39-baidu-subject-person-arco-uploadfirst';
  const page = await open(build);
  await page.locator('.id-front input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await until(page, 'prCertNumber', '330106199003071236');
  await until(page, 'mailRegion', ZW, () => levels(page, 'mail-region', ZW));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

test('heldout39-aliyun-basic-unit-tea-summaryside: a select, radios per nature, an instance select listed late, a blur check', async () => {
  const build = 'heldout39-aliyun-basic-unit-tea-summaryside';
  const page = await open(build);
  await until(page, 'nature', '企业', () => choose(page, 'nature', '企业'));
  await page.locator('.cert-type').getByText('营业执照（个人或企业）', { exact: true }).click();
  await until(page, 'certType', '营业执照（个人或企业）');
  await until(page, 'instance', 'i-bp1w9n4www3r6q2y', () => pick(page, () => page.locator('.instance').first().click(), page.locator('body > div:not(#app)').getByText(/yunqi-www/).locator('visible=true').last()));
  await expect(page.locator('.side-sum')).toContainText('i-bp1w9n4www3r6q2y');
  await blurShows(inp(page, 'cert-number'), '91330110MA2H3K7Q19', page.locator('.basic-card'), '统一社会信用代码校验未通过');
  await page.locator('.check').click();
  await until(page, 'checkClicks', 1);
  await finish(page, build);
});

test('heldout39-mps-subject-person-tea-photoside: uploads, a segment, a select, a 长期 switch disabling a picker, radios', async () => {
  const build = 'heldout39-mps-subject-person-tea-photoside';
  const page = await open(build);
  await page.locator('.slot-prFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prFront', ['zhangwei-id-front.png']);
  await page.locator('.kind').getByText('个人', { exact: true }).click();
  await until(page, 'kind', '个人');
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await page.locator('.gen-ai').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.locator('.draft').click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout39-beian-old-principal-unit-native-paperform: a copy tick, a coded select, coded radios hiding the end, a tick hiding lines, blur checks', async () => {
  const build = 'heldout39-beian-old-principal-unit-native-paperform';
  const page = await open(build);
  await page.locator('#aqSame').check();
  await until(page, 'aqName', '李娜');
  await expect(page.locator('#aqName')).toBeDisabled();
  await expect(page.locator('#aqValidTo')).toBeHidden();
  await page.locator('#aqSame').uncheck();
  await until(page, 'aqName', '');
  await page.locator('#aqCertType').selectOption({ label: '居民身份证' });
  await until(page, 'aqCertType', '居民身份证');
  await page.locator('#aqLong0').check();
  await until(page, 'aqLongTerm', '否');
  await expect(page.locator('#aqValidTo')).toBeVisible();
  await page.locator('#yjSame').check();
  await until(page, 'yjSame', true);
  await expect(page.locator('#yjName')).toBeHidden();
  await blurShows(page.locator('#aqCertNumber'), '110105198808123012', page.locator('#paper'), '证件号码校验未通过');
  await page.locator('#submit').click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-39 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout39-aliyun-subject-person-fusion-timeline', 'heldout39-aliyun-site-unit-arco-innersteps', 'heldout39-aliyun-basic-unit-tea-summaryside',
    'heldout39-mps-site-unit-arco-providerdrawers', 'heldout39-mps-subject-person-tea-photoside', 'heldout39-beian-old-principal-unit-native-paperform',
    'heldout39-volcengine-site-person-fusion-principaldialog', 'heldout39-baidu-subject-person-arco-uploadfirst',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout39-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout39-aliyun-subject-person-fusion-timeline',
  ]);
});
