/**
 * The gen-33 held-out replica builds (tests/replicas/heldout33) are real pages: a user driving one widget of each kind on
 * every page (a Fusion inset grid with a tag select, an autocomplete, a checkbox group, a switch and button radios; a
 * Fusion drawer form with a cascader select, a select and a switch disabling a date; an Arco radio-card page with a tree
 * select, a select filtered by the nature, button radios revealing a box and a select answered late; an Arco timeline with
 * an input tag, radios, checkboxes, a cascader and a remote search answered late; a Tea vertical grid with radios, a
 * select, an upload, a cascader, a 长期 tick disabling a date and a switch; Tea cards over a sticky bar with added domain
 * rows, an autocomplete, checkboxes and radios; an OpenTiny rule-aside form with three linked selects and a 长期 tick
 * hiding a date; the old portal's inline blocks with a provider select, three area-API selects, coded radios and
 * checkboxes, blur checks and a button) changes the framework state that getState() reports, and every `expect` key of
 * the build exists in the initial state (keys the profile lacks start empty). Plain Chromium (no extension needed), every
 * other request aborted. Screenshots land in /tmp/heldout33/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout33 } from '../replicas/heldout33';
import { exact, file, replicaPageChecks, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout33, '/tmp/heldout33');
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

/** Type `typed` into the box of class `cls` (an autocomplete or a remote search), then click the visible option `text`. */
const typeAndPick = (page: Page, cls: string, typed: string, item: string, text: string) =>
  pick(page, () => inp(page, cls).fill(typed), page.locator(`${item}:visible`).filter({ hasText: exact(text) }).first());

/* ------------------------------------------------------------------ Fusion Next */

const NEXT = '.next-menu-item';

test('heldout33-aliyun-site-person-fusion-insetgrid: a tag select, an autocomplete, checkboxes, a switch, button radios, a blur check', async () => {
  const build = 'heldout33-aliyun-site-person-fusion-insetgrid';
  const page = await open(build);
  await inp(page, 'domains').fill('zhangwei-notes.cn');
  await inp(page, 'domains').press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => typeAndPick(page, 'home-url', 'www', `.home-url-pop ${NEXT}`, 'www.zhangwei-notes.cn'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await page.locator('.pre-approval').click();
  await until(page, 'preApproval', true);
  await page.locator('.wp-cert-type').getByText('护照', { exact: true }).click();
  await until(page, 'wpCertType', '护照');
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await blurShows(inp(page, 'wp-cert-number'), '330106199003071237', page.locator('.b-wp'), '证件号码校验未通过');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout33-volcengine-subject-person-fusion-drawerform: a cascader select, a select, a switch disabling a date, a blur check', async () => {
  const build = 'heldout33-volcengine-subject-person-fusion-drawerform';
  const page = await open(build);
  await levels(page, 'mail-region', '.mail-region-pop .next-cascader-menu-item', ZW);
  await until(page, 'mailRegion', ZW);
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', NEXT, '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await blurShows(inp(page, 'pr-mobile'), '1380013800', page.locator('.subject-drawer'), '请输入 11 位手机号码');
  await page.locator('.save').click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

const ARCO = '.arco-select-option';

test('heldout33-aliyun-basic-person-arco-radiocards: radio cards, a tree select, a filtered select, button radios, a late select, a blur check', async () => {
  const build = 'heldout33-aliyun-basic-person-arco-radiocards';
  const page = await open(build);
  await page.locator('.nature').getByText('个人', { exact: true }).click();
  await until(page, 'nature', '个人');
  await until(page, 'certType', '居民身份证', () => choose(page, 'cert-type', ARCO, '居民身份证'));
  await page.locator('.region').first().click();
  const node = (name: string) => page.locator('.region-pop .arco-tree-node:visible').filter({ has: page.locator('.arco-tree-node-title', { hasText: exact(name) }) }).first();
  await node('浙江省').locator('.arco-tree-node-switcher').click();
  await node('杭州市').locator('.arco-tree-node-switcher').click();
  await node('西湖区').locator('.arco-tree-node-title').click();
  await until(page, 'region', ZW);
  await until(page, 'instance', 'i-bp18zw3notes0a1c', () => choose(page, 'instance', ARCO, 'notes-web（47.96.12.34）· i-bp18zw3notes0a1c'));
  await page.locator('.resource').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resource', '备案服务号');
  await expect(inp(page, 'service-code')).toBeVisible();
  await blurShows(inp(page, 'domain'), 'www.zhangwei-notes.cn', page.locator('.basic-card'), '请填写不带 www. 与 http:// 的域名');
  await finish(page, build);
});

test('heldout33-mps-site-person-arco-timeline: an input tag, radios, checkboxes, a select, a cascader, a late remote search, a blur check', async () => {
  const build = 'heldout33-mps-site-person-arco-timeline';
  const page = await open(build);
  await inp(page, 'ips').fill('47.96.12.34');
  await inp(page, 'ips').press('Enter');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('.interactive').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await page.locator('.languages').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await until(page, 'category', 'Z', () => choose(page, 'category', ARCO, 'Z 其他'));
  await levels(page, 'ap-region', '.ap-region-pop .arco-cascader-list-item', YH);
  await until(page, 'apRegion', YH);
  await until(page, 'apName', '阿里云计算有限公司', () => typeAndPick(page, 'ap-name', '阿里', `.ap-name-pop ${ARCO}`, '阿里云计算有限公司'));
  await blurShows(inp(page, 'icp-number'), '浙ICP备123号', page.locator('.sec-site'), '工信部备案号格式如');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const TEA = '.tea-dropdown-box li';

test('heldout33-mps-subject-unit-tea-vgrid: radios, a select, an upload, a cascader, a tick disabling a date, a switch, a blur check', async () => {
  const build = 'heldout33-mps-subject-unit-tea-vgrid';
  const page = await open(build);
  await page.locator('.kind').getByText('单位', { exact: true }).click();
  await until(page, 'kind', '单位');
  await until(page, 'unitCertType', '营业执照证书', () => choose(page, 'unit-cert-type', TEA, '营业执照证书'));
  await page.locator('.slot-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await levels(page, 'office-region', '.tea-cascader-menu li', YH);
  await until(page, 'officeRegion', YH);
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(inp(page, 'pr-valid-to')).toBeDisabled();
  await page.locator('.gen-ai').click();
  await until(page, 'genAI', true);
  await blurShows(inp(page, 'unit-cert-number'), '91330110MA2H3K7Q19', page.locator('.c-unit'), '统一社会信用代码校验未通过');
  await finish(page, build);
});

test('heldout33-baidu-site-unit-tea-stickybar: added domain rows, an autocomplete, checkboxes, a select, radios, a blur check, a button', async () => {
  const build = 'heldout33-baidu-site-unit-tea-stickybar';
  const page = await open(build);
  await inp(page, 'domain-0').fill('yunqi-demo.cn');
  await page.locator('.dom-add').click();
  await inp(page, 'domain-1').fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'homeUrl', 'www.yunqi-demo.cn', () => typeAndPick(page, 'home-url', 'www', `${TEA}`, 'www.yunqi-demo.cn'));
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await until(page, 'preApproval', '否', () => choose(page, 'pre-approval', TEA, '否'));
  await page.locator('.wp-cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'wpCertType', '居民身份证');
  await blurShows(inp(page, 'wp-mobile'), '1860018600', page.locator('.c-wp'), '请输入 11 位手机号码');
  await page.locator('.next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout33-aliyun-subject-unit-opentiny-ruleaside: three linked selects, a select, a tick hiding a date, a blur check', async () => {
  const build = 'heldout33-aliyun-subject-unit-opentiny-ruleaside';
  const page = await open(build);
  await until(page, 'mailRegion', ['浙江省'], () => choose(page, 'mail-prov', '.tiny-option', '浙江省'));
  await until(page, 'mailRegion', ['浙江省', '杭州市'], () => choose(page, 'mail-city', '.tiny-option', '杭州市'));
  await until(page, 'mailRegion', YH, () => choose(page, 'mail-dist', '.tiny-option', '余杭区'));
  await until(page, 'prCertType', '居民身份证', () => choose(page, 'pr-cert-type', '.tiny-option', '居民身份证'));
  await page.locator('.pr-long-term').click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'pr-mobile').fill('13600136000');
  await blurShows(inp(page, 'pr-emergency'), '13600136000', page.locator('.subject-form'), '应急电话号码不能与手机号码相同');
  await finish(page, build);
});

/* ------------------------------------------------------------------ old portal */

test('heldout33-beian-old-site-person-native-inlineblocks: a provider select, three area selects, coded radios and checkboxes, a blur check, a button', async () => {
  const build = 'heldout33-beian-old-site-person-native-inlineblocks';
  const page = await open(build);
  await page.locator('#apName').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  await expect(page.locator('#prov option', { hasText: '浙江省' })).toHaveCount(1);
  await page.locator('#prov').selectOption({ label: '浙江省' });
  await expect(page.locator('#city option', { hasText: '杭州市' })).toHaveCount(1);
  await page.locator('#city').selectOption({ label: '杭州市' });
  await expect(page.locator('#dist option', { hasText: '余杭区' })).toHaveCount(1);
  await page.locator('#dist').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', YH);
  await page.locator('#interactive_0').check();
  await until(page, 'interactive', '否');
  await page.locator('#lang_05').check();
  await until(page, 'languages', ['中文简体']);
  await page.locator('#apMethod_01').check();
  await until(page, 'apMethod', '租赁虚拟空间');
  await blurShows(page.locator('#mainDomain'), 'www.zhangwei-notes.cn', page.locator('.page'), '请填写不带 www. 的主域名');
  await page.locator('#next').click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-33 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout33-aliyun-site-person-fusion-insetgrid', 'heldout33-aliyun-subject-unit-opentiny-ruleaside', 'heldout33-aliyun-basic-person-arco-radiocards',
    'heldout33-mps-subject-unit-tea-vgrid', 'heldout33-mps-site-person-arco-timeline', 'heldout33-beian-old-site-person-native-inlineblocks',
    'heldout33-volcengine-subject-person-fusion-drawerform', 'heldout33-baidu-site-unit-tea-stickybar',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout33-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout33-aliyun-basic-person-arco-radiocards',
  ]);
});
