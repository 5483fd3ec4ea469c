/**
 * The gen-21 held-out replica builds (tests/replicas/heldout21) are real pages: a user driving one widget of each kind on
 * every page (an Arco checklist table with Upload buttons in its cells and status tags, a yes / no select adding a row,
 * upload-way button radios hiding the table; a legacy server-rendered ThickBox dialog open on arrival with coded selects,
 * a document select following the nature, region selects answered by the area API, blur checks, a copy tick, 是否长期
 * radios hiding the end date, closed and reopened; legacy picture lists whose 上传 buttons open hidden file inputs, type
 * checks and .fileDel_button; a Tea split pane with a typed date, a blur check, a one-per-line textarea, a tag select of IPs, a select,
 * radios revealing a multiple select, checkboxes, a late searchable select and three region selects fetched per level;
 * Arco vertical tabs with radios, a select, blur checks, picture-card uploads, a searchable cascader, a lazy cascader and
 * 定期 / 长期 radios swapping a range picker for one date; an old-portal pager of three pages with year / month / day
 * selects, an IP text, coded radios and checkboxes and a provider matrix with region selects from the area API; antd
 * bordered descriptions holding a searchable and a lazy cascader, a select, a date, 长期 / 指定日期 radios revealing a date
 * and phones that must differ; a Fusion inline grid with a lazy cascader select, a nature select steering button radios
 * loaded after it, a blur check, radios swapping in an input and a late instance select with a disabled option) changes
 * the framework state that getState() reports, and every `expect` key of the build exists in the initial state (keys the
 * profile lacks start empty). Plain Chromium (no extension needed), every other request aborted. Screenshots land in
 * /tmp/heldout21/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout21 } from '../replicas/heldout21';
import { exact, file, replicaPageChecks, state, until } from './replica-page-checks';
import { pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout21, '/tmp/heldout21');
const { finish, open } = checks;
// the pages are independent: spread over both workers (each prepares the bundle; after the first build it comes from the disk cache)
test.describe.configure({ mode: 'parallel' });
// a click that something covers fails within seconds (and is retried by its step) instead of waiting out the test
test.use({ actionTimeout: 8000 });

/** Type a date into a picker's input, confirm it with Enter, click away. */
async function typeInto(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}
/** A cascade of clicks through a popup's columns (each level may be fetched), retried until the state holds the path. */
async function cascade(page: Page, openIt: () => Promise<void>, popup: string, item: string, key: string, path: string[]) {
  await until(page, key, path, async () => {
    if (!(await page.locator(`${popup}:visible`).count())) await openIt();
    for (const t of path) await page.locator(`${popup}:visible ${item}`).filter({ hasText: exact(t), visible: true }).first().click({ timeout: 4000 });
  });
  await page.mouse.click(5, 5);
}
/** A text input by class, on the <input> itself or on a wrapper around it. */
const inp = (page: Page | Locator, cls: string) => page.locator(`input.${cls}, textarea.${cls}, .${cls} input, .${cls} textarea`).first();

/* ------------------------------------------------------------------ Arco */

const arcoOption = (page: Page, text: string) => page.locator('.arco-select-popup:visible .arco-select-option').filter({ hasText: exact(text) }).first();

test('heldout21-aliyun-upload-unit-arco-checklist: a checklist table with upload buttons in its cells and status tags, a select adding a row, upload-way radios hiding the table, buttons', async () => {
  const build = 'heldout21-aliyun-upload-unit-arco-checklist';
  const page = await open(build);
  await expect(page.locator('.checklist tbody tr')).toHaveCount(7);
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(page.locator('.st-licence')).toHaveText('已上传');
  await until(page, 'wpIsLegalRep', '否', () => pick(page, () => page.locator('.wp-legal').click(), arcoOption(page, '否')));
  await expect(page.locator('.checklist tbody tr')).toHaveCount(8);
  await page.locator('.up-authLetter input[type=file]').setInputFiles(file('auth.png'));
  await until(page, 'authLetter', ['auth.png']);
  await until(page, 'wpIsLegalRep', '是', () => pick(page, () => page.locator('.wp-legal').click(), arcoOption(page, '是')));
  await until(page, 'authLetter', []);
  await expect(page.locator('.up-authLetter')).toHaveCount(0);
  await page.locator('.upload-way').getByText('阿里云App上传', { exact: true }).click();
  await until(page, 'uploadWay', '阿里云App上传');
  await expect(page.locator('.checklist')).toHaveCount(0);
  await page.locator('.upload-way').getByText('电脑上传', { exact: true }).click();
  await until(page, 'uploadWay', '电脑上传');
  await expect(page.locator('.st-licence')).toHaveText('已上传');
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请完成');
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

test('heldout21-mps-subject-unit-arco-sidetabs: vertical tabs hiding panes, radios, a select, blur checks, picture-card uploads, a searchable cascader, a lazy cascader, term radios swapping a range picker for one date, buttons', async () => {
  const build = 'heldout21-mps-subject-unit-arco-sidetabs';
  const page = await open(build);
  await expect(page.locator('.f-principal')).toBeHidden();
  await page.locator('.subject-kind').getByText('单位', { exact: true }).click();
  await until(page, 'subjectKind', '单位');
  await until(page, 'unitCertType', '营业执照证书', () => pick(page, () => page.locator('.unit-cert-type').click(), arcoOption(page, '营业执照证书')));
  const no = inp(page, 'unit-cert-number');
  await no.fill('91330110MA2H3K7Q11');
  await no.blur();
  await expect(page.locator('.f-unit')).toContainText('统一社会信用代码校验未通过');
  await no.fill('91330110MA2H3K7Q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await page.locator('.up-licence input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    await page.locator('.office-region').click();
    await page.locator('.office-region input').fill('余杭区');
    await page.locator('.arco-cascader-popup:visible li').filter({ hasText: '浙江省' }).filter({ hasText: '余杭区' }).first().click({ timeout: 3000 });
  });
  await page.mouse.click(5, 5);
  await page.locator('.side-tabs').getByRole('tab', { name: /负责人信息/ }).click();
  await expect(page.locator('.f-principal')).toBeVisible();
  await expect(page.locator('.f-unit')).toBeHidden();
  await page.locator('.pr-term').getByText('长期', { exact: true }).click();
  await until(page, 'prTermType', '长期');
  await expect(page.locator('.pr-validity')).toHaveCount(0);
  await expect(page.locator('.pr-valid-from')).toBeVisible();
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await page.locator('.up-idFront input[type=file]').setInputFiles(file('lina-front.png'));
  await until(page, 'idFront', ['lina-front.png']);
  await cascade(page, () => page.locator('.home-region').click(), '.arco-cascader-popup', '.arco-cascader-list-item', 'homeRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('.side-tabs').getByRole('tab', { name: /联系方式/ }).click();
  await until(page, 'genAI', '否', () => pick(page, () => page.locator('.gen-ai').click(), arcoOption(page, '否')));
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ server-rendered (Alibaba legacy, old portal) */

test('heldout21-aliyun-subject-unit-native-thickbox: a ThickBox dialog open on arrival, coded selects, a document select following the nature, region selects from the area API, blur checks, a copy tick, radios hiding a date, closed and reopened, 保存', async () => {
  const build = 'heldout21-aliyun-subject-unit-native-thickbox';
  const page = await open(build);
  await expect(page.locator('#TB_window')).toBeVisible();
  await page.locator('#unitname').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await page.locator('#unitProperty').selectOption({ label: '企业' });
  await until(page, 'nature', '企业');
  await page.locator('#unitcertificatetypeId').selectOption({ label: '营业执照（个人或企业）' });
  await until(page, 'certType', '营业执照（个人或企业）');
  await page.locator('#mainProvince').selectOption({ label: '浙江省' });
  await page.locator('#mainCity').selectOption({ label: '杭州市' });
  await page.locator('#mainCountry').selectOption({ label: '余杭区' });
  await until(page, 'region', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#unitcertificatenum').fill('91330110MA2H3K7Q11');
  await page.locator('#unitcertificatenum').blur();
  await expect(page.locator('#unitcertificatenum_err')).toHaveText('统一社会信用代码校验错误');
  await page.locator('#unitcertificatenum').fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await page.locator('#unitaddress').fill('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await page.locator('#sameAddr').check();
  await until(page, 'mailAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await page.locator('#isLongTermUl input[value="1"]').check();
  await until(page, 'prLongTerm', '是');
  await expect(page.locator('#endDateFind')).toBeHidden();
  await page.locator('#beginDateFind').fill('2016/05/10');
  await page.locator('#beginDateFind').blur();
  await expect(page.locator('#beginDateFind_err')).toHaveText('日期格式为 yyyy-mm-dd');
  await page.locator('#beginDateFind').fill('2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await page.locator('#unitprincipalmobilephone').fill('13600136000');
  await page.locator('#unitprincipalemergencytel').fill('13600136000');
  await page.locator('#unitprincipalemergencytel').blur();
  await expect(page.locator('#unitprincipalemergencytel_err')).toHaveText('应急联系电话不能与手机号码相同');
  await page.locator('#TB_closeWindowButton').click();
  await expect(page.locator('#TB_window')).toBeHidden();
  await page.locator('#editUnit').click();
  await expect(page.locator('#TB_window')).toBeVisible();
  expect((await state(page)).unitName).toBe('杭州云栖示例科技有限公司');
  await page.locator('#btnSave').click();
  await until(page, 'saveClicks', 1);
  await expect(page.locator('#btnMsg')).toContainText('必填信息未填写');
  await expect(page.locator('#v_unitName')).toHaveText('杭州云栖示例科技有限公司');
  await finish(page, build);
});

test('heldout21-aliyun-upload-person-native-piclists: picture lists, 上传 buttons opening hidden file inputs, a type check, delete buttons, buttons', async () => {
  const build = 'heldout21-aliyun-upload-person-native-piclists';
  const page = await open(build);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('input[data-for=unitpic0]').click()]);
  await chooser.setFiles(file('zhangwei-id-front.png'));
  await until(page, 'hostIdFront', ['zhangwei-id-front.png']);
  await expect(page.locator('#unitpic0ul')).toContainText('zhangwei-id-front.png');
  await page.locator('#unitpic1').setInputFiles({ name: 'back.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  await expect(page.locator('#unitpic1_err')).toHaveText('仅支持 jpg / png 格式');
  expect((await state(page)).hostIdBack).toEqual([]);
  await page.locator('#websideidentitycardpic0').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'wpIdFront', ['zhangwei-id-front.png']);
  await page.locator('#websideidentitycardpic0ul .fileDel_button').click();
  await until(page, 'wpIdFront', []);
  await page.locator('#btnSubmit').click();
  await until(page, 'submitClicks', 1);
  await expect(page.locator('#btnMsg')).toContainText('主办者身份证国徽面');
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

test('heldout21-beian-old-site-person-native-pager: a three-page pager, year / month / day selects, blur checks, an IP text, coded radios and checkboxes, a provider matrix with region selects from the area API, captcha, buttons', async () => {
  const build = 'heldout21-beian-old-site-person-native-pager';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('#pg2')).toBeHidden();
  await page.locator('#wzmc').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await page.locator('#icpbah').fill('浙ICP备123');
  await page.locator('#icpbah').blur();
  await expect(page.locator('#icpbah_err')).toHaveText('工信部备案号格式不正确');
  await page.locator('#ktY').selectOption('2025');
  await page.locator('#ktM').selectOption('11');
  await page.locator('#ktD').selectOption('20');
  await until(page, 'openedAt', '2025-11-20');
  await page.locator('#wzip').fill('47.96.12.34;47.96.12.345');
  await page.locator('#wzip').blur();
  await expect(page.locator('#wzip_err')).toHaveText('47.96.12.345 不是有效的IP地址');
  await page.locator('#wzip').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.locator('#pgNext').click();
  await expect(page.locator('#pg2')).toBeVisible();
  await expect(page.locator('#pg1')).toBeHidden();
  await page.locator('input[name=sfjh][value="0"]').check();
  await until(page, 'interactive', '否');
  await page.locator('input[name=wxwp][value="1"]').check();
  await expect(page.locator('#wxwpItems')).toBeVisible();
  await page.locator('input[name=wxwp][value="0"]').check();
  await until(page, 'dangerous', '否');
  await page.locator('input[name=wzyz][value="05"]').check();
  await until(page, 'languages', ['中文简体']);
  await page.locator('#pgstrip a[data-p="3"]').click();
  await expect(page.locator('#provMatrix')).toBeVisible();
  await page.locator('#jrgx').selectOption({ label: '境内' });
  await until(page, 'apJurisdiction', '境内');
  await page.locator('#jrSheng').selectOption({ label: '浙江省' });
  await page.locator('#jrShi').selectOption({ label: '杭州市' });
  await page.locator('#jrXian').selectOption({ label: '余杭区' });
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await page.locator('#jrfs').selectOption({ label: '租赁虚拟空间' });
  await until(page, 'apMethod', '租赁虚拟空间');
  await page.locator('#btnNext').click();
  await until(page, 'nextClicks', 1);
  await expect(page.locator('#btnMsg')).toHaveText('请输入验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

const teaOption = (page: Page, text: string) => page.locator('.tea-overlay:visible .tea-list--option li').filter({ hasText: exact(text) }).first();
const teaOpen = (page: Page, cls: string) => () => page.locator(`.${cls} .tea-dropdown__header`).first().click();

test('heldout21-mps-site-unit-tea-splitpane: a split pane, a typed date, a blur check, a one-per-line textarea, a tag select of IPs, a select, radios revealing a multiple select, checkboxes, a late searchable select, three region selects fetched per level, buttons', async () => {
  const build = 'heldout21-mps-site-unit-tea-splitpane';
  const page = await open(build);
  await inp(page, 'site-name').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await until(page, 'openedAt', '2025-11-25', () => typeInto(page, page.locator('.opened-at input'), '2025-11-25'));
  const sub = inp(page, 'sub-domains');
  await sub.fill('www.yunqi-demo.com.cn');
  await sub.blur();
  await expect(page.locator('.c-site')).toContainText('请填写不带 www. 与 http:// 的域名');
  await sub.fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  const ips = page.locator('.ips input');
  await ips.click();
  await ips.fill('47.96.56.78');
  await ips.press('Enter');
  await until(page, 'ips', ['47.96.56.78']);
  await until(page, 'category', 'E', () => pick(page, teaOpen(page, 'category'), teaOption(page, 'E 信息资讯类')));
  await page.locator('.interactive').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await until(page, 'interactiveKinds', ['论坛社区'], () => pick(page, teaOpen(page, 'interactive-kinds'), teaOption(page, '论坛社区')));
  await page.keyboard.press('Escape');
  await page.locator('.languages').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await until(page, 'apName', '阿里云计算有限公司', () => pick(page, teaOpen(page, 'ap-name'), teaOption(page, '阿里云计算有限公司')));
  await page.locator('.ap-jurisdiction').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apRegion', ['浙江省'], () => pick(page, teaOpen(page, 'apRegion-province'), teaOption(page, '浙江省')));
  await until(page, 'apRegion', ['浙江省', '杭州市'], () => pick(page, teaOpen(page, 'apRegion-city'), teaOption(page, '杭州市')));
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => pick(page, teaOpen(page, 'apRegion-district'), teaOption(page, '余杭区')));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

const antOption = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(text) }).first();

test('heldout21-volcengine-subject-unit-antd-descform: bordered descriptions holding a searchable and a lazy cascader, blur checks, a select, a date, radios revealing a date, phones that must differ, buttons', async () => {
  const build = 'heldout21-volcengine-subject-unit-antd-descform';
  const page = await open(build);
  await until(page, 'certRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    await page.locator('.cert-region').click();
    await page.locator('.cert-region input').fill('余杭');
    await page.locator('.cert-region-pop:visible .ant-cascader-menu-item').filter({ hasText: '浙江省' }).filter({ hasText: '余杭区' }).first().click({ timeout: 3000 });
  });
  await cascade(page, () => page.locator('.mail-region').click(), '.mail-region-pop', '.ant-cascader-menu-item', 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => page.locator('.pr-cert-type').click(), antOption(page, '居民身份证')));
  await until(page, 'prValidFrom', '2016-05-10', () => typeInto(page, page.locator('.pr-valid-from input'), '2016-05-10'));
  await page.locator('.pr-valid-to-kind').getByText('指定日期', { exact: true }).click();
  await until(page, 'prValidToKind', '指定日期');
  await expect(page.locator('.pr-valid-to')).toBeVisible();
  await page.locator('.pr-valid-to-kind').getByText('长期', { exact: true }).click();
  await until(page, 'prValidToKind', '长期');
  await expect(page.locator('.pr-valid-to')).toHaveCount(0);
  await inp(page, 'mobile').fill('13600136000');
  const emg = inp(page, 'emergency');
  await emg.fill('13600136000');
  await emg.blur();
  await expect(page.locator('.d-principal')).toContainText('应急联系电话不能与手机号码相同');
  await emg.fill('13700137000');
  await until(page, 'emergency', '13700137000');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).promise).toBe(false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

const nextOption = (page: Page, text: string) => page.locator('.next-overlay-wrapper.opened .next-menu-item:visible').filter({ hasText: exact(text) }).first();

test('heldout21-baidu-basic-person-fusion-inlinegrid: a lazy cascader select, a nature select steering button radios loaded after it, a blur check, radios swapping in an input, a late instance select with a disabled option, captcha, 验证', async () => {
  const build = 'heldout21-baidu-basic-person-fusion-inlinegrid';
  const page = await open(build);
  await cascade(page, () => page.locator('.region').click(), '.next-cascader', '.next-cascader-menu-item', 'region', ['浙江省', '杭州市', '西湖区']);
  await expect(page.locator('.g-type')).toContainText('请先选择主办单位性质');
  await until(page, 'nature', '个人', () => pick(page, () => page.locator('.nature').click(), nextOption(page, '个人')));
  await page.locator('.cert-type').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  const no = inp(page, 'cert-number');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(page.locator('.g-type')).toContainText('身份证号码校验未通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await page.locator('.resource-type').getByText('备案操作码', { exact: true }).click();
  await until(page, 'resourceType', '备案操作码');
  await expect(inp(page, 'op-code')).toBeVisible();
  await page.locator('.resource-type').getByText('百度智能云服务器BCC', { exact: true }).click();
  await until(page, 'resourceType', '百度智能云服务器BCC');
  await until(page, 'instance', 'i-Hq7cZw3N', async () => {
    await page.locator('.instance').click();
    await expect(page.locator('.next-overlay-wrapper.opened .next-menu-item.next-disabled')).toHaveCount(1, { timeout: 3000 });
    await page.locator('.next-overlay-wrapper.opened .next-menu-item').filter({ hasText: '47.96.12.34' }).first().click({ timeout: 3000 });
  });
  await page.getByRole('button', { name: '验证' }).click();
  await until(page, 'verifyClicks', 1);
  await expect(page.locator('.actions .msg')).toContainText('请输入图形验证码');
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-21 held-out page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout21-aliyun-upload-unit-arco-checklist', 'heldout21-aliyun-subject-unit-native-thickbox', 'heldout21-aliyun-upload-person-native-piclists',
    'heldout21-mps-site-unit-tea-splitpane', 'heldout21-mps-subject-unit-arco-sidetabs', 'heldout21-beian-old-site-person-native-pager',
    'heldout21-volcengine-subject-unit-antd-descform', 'heldout21-baidu-basic-person-fusion-inlinegrid',
  ], 'heldout');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout21-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout21-aliyun-upload-unit-arco-checklist',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout21-volcengine-subject-unit-antd-descform',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout21/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout21/arco.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout21/no-such.css');
  expect(await head('/__heldout21/tea.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout21/no-such.css');
  expect(await head('/__heldout21/antd.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout21/no-such.css');
  expect(await head('/__heldout21/fusion.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout21/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout21/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
