/**
 * The gen-5 HELD-OUT replica builds (tests/replicas/heldout5) are real pages: a user driving one widget of
 * each kind on every page (typed inputs, selects, cascaders, dates, radios, checkboxes, switches, uploads,
 * add-row lists, tags, modal and table cells) changes the framework state that getState() reports, and
 * every `expect` key of the build exists in the initial state. Plain Chromium (no extension needed), every
 * other request aborted. Screenshots of every page land in /tmp/heldout5/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout4 } from '../replicas/heldout4';
import { prepareHeldout5 } from '../replicas/heldout5';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elCascade, elSelect, nextCascade, nextSelect, pick, typeDate } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout5, '/tmp/heldout5');
const { open, finish } = checks;

/** A form item of a library whose label contains `label` (exactly, unless `loose`). */
function itemOf(page: Page, itemSel: string, labelSel: string, label: string, loose = false, nth = 0): Locator {
  return page.locator(itemSel).filter({ has: page.locator(labelSel, { hasText: loose ? label : exact(label) }) }).nth(nth);
}

/* ------------------------------------------------------------------ Tea (Tencent) */

test('heldout5-tencent-basic-person-tea-fixed: Tea fixed labels — tabs cascader (lazy), segment codes, coded select, uploads, radios revealing inputs, consent, 信息校验', async () => {
  const build = 'heldout5-tencent-basic-person-tea-fixed';
  const page = await open(build);
  expect(page.url().startsWith('https://console.cloud.tencent.com/beian?')).toBe(true);
  const item = (l: string) => itemOf(page, '.tea-form__item', '.tea-form__label', l);
  const opened = page.locator('.tea-dropdown-box:visible');
  const node = (t: string) => page.locator('.tea-dropdown-box:visible .tea-cascader-menu__label').filter({ hasText: exact(t) });
  const cascader = item('备案地域').locator('.tea-cascader');
  const reopen = async () => { if (!(await opened.count())) await cascader.click(); };
  await pick(page, () => cascader.click(), node('浙江省'));
  await expect(page.locator('.tea-dropdown-box:visible .tea-tabs__tab.is-active')).toHaveText('城市');
  await pick(page, reopen, node('杭州市'));
  await pick(page, reopen, node('西湖区'));
  await until(page, 'region', ['浙江省', '杭州市', '西湖区']);
  await page.keyboard.press('Escape');

  await expect(item('证件类型').locator('.tea-dropdown')).toHaveClass(/is-disabled/);
  await item('主办者性质').getByRole('radio', { name: '个人', exact: true }).click();
  await until(page, 'natureCode', '5');
  await until(page, 'certTypeCode', '2', () => pick(page, () => item('证件类型').locator('.tea-dropdown').click(), page.locator('.tea-dropdown-box:visible li[title="居民身份证"]')));
  await item('主办者性质').getByRole('radio', { name: '企业', exact: true }).click();
  await until(page, 'certTypeCode', '');
  await until(page, 'natureCode', '4');
  await until(page, 'certTypeCode', '1', () => pick(page, () => item('证件类型').locator('.tea-dropdown').click(), page.locator('.tea-dropdown-box:visible li[title="营业执照（个人或企业）"]')));

  await item('证件号码').locator('input').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await item('证件照片（人像面）').locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await item('证件照片（人像面）').getByRole('button', { name: '删除' }).click();
  await until(page, 'idFront', []);
  await item('证件照片（国徽面）').locator('input[type=file]').setInputFiles(file('back.png'));
  await until(page, 'idBack', ['back.png']);

  await item('备案类型').getByText('网站', { exact: true }).click();
  await until(page, 'filingKind', '网站');
  await item('域名').locator('input').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await expect(item('备案授权码')).toHaveCount(0);
  await item('备案云服务').getByText('备案授权码', { exact: true }).click();
  await until(page, 'cloudKind', '备案授权码');
  await expect(item('服务器IP地址')).toHaveCount(0);
  await item('备案授权码').locator('input').fill('BA-0001');
  await until(page, 'authCode', 'BA-0001');
  await item('备案云服务').getByText('云服务器', { exact: true }).click();
  await item('服务器IP地址').locator('input').fill('47.96.12.34');
  await until(page, 'serverIp', '47.96.12.34');

  await page.getByText('我已阅读并同意《腾讯云网站备案服务协议》').click();
  await until(page, 'agree', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny (Huawei) */

test('heldout5-huawei-subject-person-opentiny-top: labels above in a grid — display-only carried values, textarea, lazy cascader, select, dates + 长期, SMS button, bottom bar', async () => {
  const build = 'heldout5-huawei-subject-person-opentiny-top';
  const page = await open(build);
  const item = (l: string, loose = false) => itemOf(page, '.tiny-form-item', '.tiny-form-item__label', l, loose);
  await expect(item('主办单位名称')).toContainText('张伟');
  await expect(item('主办单位名称').locator('input:visible')).toHaveCount(0);

  await item('证件住所').locator('textarea').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await item('投资人或主管单位', true).locator('input').fill('张伟');
  await until(page, 'investor', '张伟');

  const cascader = item('通信地址').locator('.tiny-cascader');
  const node = (t: string) => page.locator('.tiny-cascader-node:visible').filter({ hasText: exact(t) });
  const reopen = async () => { if (!(await page.locator('.tiny-cascader-node:visible').count())) await cascader.click(); };
  await pick(page, () => cascader.click(), node('浙江省'));
  await pick(page, reopen, node('杭州市'));
  await pick(page, reopen, node('西湖区'));
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区']);
  await page.mouse.click(5, 5);
  await item('详细地址').locator('input').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');

  await item('负责人姓名').locator('input').fill('张伟');
  await until(page, 'prName', '张伟');
  await until(page, 'prCertType', '居民身份证', () =>
    pick(page, () => item('负责人证件类型').locator('.tiny-select').click(), page.locator('.tiny-option:visible').filter({ hasText: exact('居民身份证') })));
  await typeDate(page, item('证件有效期开始日期').locator('input'), '2018-03-01');
  await until(page, 'prValidFrom', '2018-03-01');
  await typeDate(page, item('证件有效期结束日期').locator('input').first(), '2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await item('证件有效期结束日期').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(item('证件有效期结束日期').locator('input').first()).toBeDisabled();
  await item('证件有效期结束日期').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', false);

  await item('手机号码').locator('input').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await item('手机号码').getByRole('button', { name: '获取验证码' }).click();
  await until(page, 'smsClicks', 1);
  await item('电子邮箱').locator('input').fill('zhangwei@example.com');
  await until(page, 'email', 'zhangwei@example.com');
  await page.locator('.hw-actions').getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  expect((await state(page)).smsCode).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco (Volcengine) */

test('heldout5-volcengine-site-person-arco-tabs: site tab, two cards — input tag, IP rows, search select, checkbox group, switch, textarea, button radios copy and lock, dates + 长期有效 footer, autocomplete', async () => {
  const build = 'heldout5-volcengine-site-person-arco-tabs';
  const page = await open(build);
  const item = (l: string) => itemOf(page, '.arco-form-item', '.arco-form-label-item', l, true);
  await item('网站名称').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await expect(page.locator('.arco-tabs-header-title-active')).toContainText('张伟的读书笔记');
  const tag = item('网站域名').locator('input');
  await tag.fill('zhangwei-notes.cn');
  await tag.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await item('首页URL').locator('input').fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  const ips = item('网站IP地址');
  await ips.locator('input').first().fill('47.96.12.34');
  await ips.getByRole('button', { name: '+ 添加IP' }).click();
  await ips.locator('input').nth(1).fill('47.96.12.35');
  await until(page, 'ips', ['47.96.12.34', '47.96.12.35']);
  await ips.getByRole('button', { name: '删除' }).nth(1).click();
  await until(page, 'ips', ['47.96.12.34']);
  await until(page, 'content', '其他', () =>
    pick(page, () => item('网站服务内容').locator('.arco-select').click(), page.locator('.arco-select-option:visible').filter({ hasText: exact('其他') })));
  await item('网站语言').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await item('是否涉及前置审批').locator('.arco-switch').click();
  await until(page, 'preApproval', true);
  await item('是否涉及前置审批').locator('.arco-switch').click();
  await until(page, 'preApproval', false);
  await item('网站备注').locator('textarea').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');

  await item('网站负责人').getByText('同主办者负责人', { exact: true }).click();
  await until(page, 'wpName', '张伟');
  await until(page, 'wpValidTo', '2038-03-01');
  await expect(item('负责人姓名').locator('input')).toBeDisabled();
  await item('网站负责人').getByText('其他负责人', { exact: true }).click();
  await until(page, 'wpSource', '其他负责人');
  await expect(item('负责人姓名').locator('input')).toBeEnabled();
  await item('负责人姓名').locator('input').fill('王五');
  await until(page, 'wpName', '王五');
  await until(page, 'wpCertType', '护照', () =>
    pick(page, () => item('证件类型').locator('.arco-select').click(), page.locator('.arco-select-option:visible').filter({ hasText: exact('护照') })));
  await typeDate(page, item('证件有效期').locator('.arco-picker input').first(), '2019-01-02');
  await until(page, 'wpValidFrom', '2019-01-02');
  await typeDate(page, item('证件有效期').locator('.arco-picker input').nth(1), '2029-01-02');
  await until(page, 'wpValidTo', '2029-01-02');
  await pick(page, () => item('证件有效期').locator('.arco-picker input').nth(1).click(), page.getByRole('button', { name: '长期有效' }));
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await item('证件有效期').getByRole('button', { name: '取消长期' }).click();
  await until(page, 'wpLongTerm', false);
  await item('手机号码').locator('input').fill('13800138000');
  await until(page, 'wpMobile', '13800138000');
  await until(page, 'wpEmail', 'zhangwei@example.com', async () => {
    await item('电子邮箱').locator('input').fill('zhangwei@exa');
    await page.locator('.arco-select-option:visible').filter({ hasText: exact('zhangwei@example.com') }).click({ timeout: 2000 });
  });
  await item('办公电话').locator('input').fill('0571-1234567');
  await until(page, 'wpPhone', '0571-1234567');
  await page.getByRole('button', { name: '+ 添加网站' }).click();
  await until(page, 'addSiteClicks', 1);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus (Baidu, 公安 table) */

test('heldout5-baidu-subject-unit-elp-cards: two el-cards — picture-card upload, filterable cascader + detail, prepend input, radio buttons copy and lock, select, date + 长期有效 hides the end, consent', async () => {
  const build = 'heldout5-baidu-subject-unit-elp-cards';
  const page = await open(build);
  await expect(field(page, '单位性质', 'el').getByRole('combobox')).toBeDisabled();
  await field(page, '证件照片', 'el').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await field(page, '单位名称', 'el').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await field(page, '单位证件号码', 'el').locator('input').fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await until(page, 'certRegion', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, field(page, '单位证件住所', 'el'), ['浙江省', '杭州市', '余杭区']));
  await page.keyboard.press('Escape');
  await field(page, '单位证件住所', 'el').locator('input').nth(1).fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'certDetail', '文一西路 969 号 2 幢 305 室');
  await expect(field(page, '通信地址', 'el')).toContainText('浙江省 杭州市 余杭区');
  await field(page, '通信地址', 'el').locator('input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await field(page, '法定代表人姓名', 'el').locator('input').fill('李娜');
  await field(page, '法定代表人身份证号', 'el').locator('input').fill('330110198511204525');
  await until(page, 'legalId', '330110198511204525');

  await field(page, '主体负责人是否为法定代表人', 'el').getByText('是', { exact: true }).click();
  await until(page, 'principalIsLegal', '是');
  await until(page, 'prName', '李娜');
  await until(page, 'prCertNumber', '330110198511204525');
  await expect(field(page, '负责人姓名', 'el').locator('input')).toBeDisabled();
  await field(page, '主体负责人是否为法定代表人', 'el').getByText('否', { exact: true }).click();
  await until(page, 'principalIsLegal', '否');
  await expect(field(page, '负责人姓名', 'el').locator('input')).toBeEnabled();
  await until(page, 'prCertType', '居民身份证', () => elSelect(page, field(page, '负责人证件类型', 'el'), '居民身份证'));
  await typeDate(page, field(page, '证件有效期', 'el').locator('input').first(), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await typeDate(page, field(page, '证件有效期', 'el').locator('.el-date-editor input').nth(1), '2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await field(page, '证件有效期', 'el').getByText('长期有效', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(field(page, '证件有效期', 'el').locator('.el-date-editor')).toHaveCount(1);
  await field(page, '应急联系人手机号码', 'el').locator('input').fill('13700137000');
  await until(page, 'emergency', '13700137000');
  await field(page, '备案承诺书', 'el').locator('input[type=file]').setInputFiles(file('pledge.png'));
  await until(page, 'pledge', ['pledge.png']);
  await page.getByText('我已阅读并同意《百度智能云ICP备案服务协议》').click();
  await until(page, 'agree', true);
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout5-mps-principal-unit-elp-table: one el-table, a row per role — cell inputs, cell select, cell dates + 长期, row upload, 同主体负责人 copies and locks the row, consent', async () => {
  const build = 'heldout5-mps-principal-unit-elp-table';
  const page = await open(build);
  const headers = (await page.locator('.el-table__header th').allTextContents()).map((t) => t.trim());
  const col = (name: string) => headers.indexOf(name);
  expect(col('姓名')).toBeGreaterThan(0);
  const row = (role: string) => page.locator('.el-table__body tr.el-table__row').filter({ hasText: role });
  const cell = (role: string, name: string) => row(role).locator('td').nth(col(name));
  await expect(cell('主体负责人', '姓名')).toHaveText('李娜');
  await expect(cell('主体负责人', '姓名').locator('input')).toHaveCount(0);

  await cell('网站安全负责人', '姓名').locator('input').fill('王强');
  await until(page, 'soName', '王强');
  expect((await state(page)).ecName).toBe('');
  await until(page, 'soCertType', '居民身份证', () => elSelect(page, cell('网站安全负责人', '证件类型'), '居民身份证'));
  await cell('网站安全负责人', '证件号码').locator('input').fill('110105198808123011');
  await until(page, 'soCertNumber', '110105198808123011');
  const valid = cell('网站安全负责人', '证件有效期');
  await typeDate(page, valid.locator('input').nth(0), '2020-08-12');
  await until(page, 'soValidFrom', '2020-08-12');
  await typeDate(page, valid.locator('input').nth(1), '2040-08-12');
  await until(page, 'soValidTo', '2040-08-12');
  await valid.getByText('长期', { exact: true }).click();
  await until(page, 'soLongTerm', true);
  await until(page, 'soValidTo', '');
  await valid.getByText('长期', { exact: true }).click();
  await until(page, 'soLongTerm', false);
  await cell('网站安全负责人', '手机号码').locator('input').fill('18600186000');
  await until(page, 'soMobile', '18600186000');
  await cell('网站安全负责人', '电子邮箱').locator('input').fill('wangqiang@yunqi-demo.cn');
  await until(page, 'soEmail', 'wangqiang@yunqi-demo.cn');
  await cell('网站安全负责人', '办公电话').locator('input').fill('0571-88887777');
  await until(page, 'soPhone', '0571-88887777');
  await cell('网站安全负责人', '证件照片').locator('input[type=file]').setInputFiles([file('wq-front.png'), file('wq-back.png')]);
  await until(page, 'soPhoto', ['wq-front.png', 'wq-back.png']);

  await cell('网站应急联络人', '同主体负责人').locator('.el-checkbox').click();
  await until(page, 'ecSame', true);
  await until(page, 'ecName', '李娜');
  await until(page, 'ecLongTerm', true);
  await until(page, 'ecPhone', '0571-88886666');
  await expect(cell('网站应急联络人', '姓名').locator('input')).toBeDisabled();
  await cell('网站应急联络人', '同主体负责人').locator('.el-checkbox').click();
  await until(page, 'ecSame', false);
  await expect(cell('网站应急联络人', '姓名').locator('input')).toBeEnabled();

  await page.getByText('我已阅读并同意《互联网信息服务单位网络安全责任告知书》').click();
  await until(page, 'agree', true);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd (Alibaba modal, 公安 long page) */

test('heldout5-aliyun-site-unit-antd-modal: modal open on load — domain rows with 主域名 radio, protocol addon, button radios, checkable TreeSelect, CheckableTags, radios revealing items, tags select, copy checkbox, dates + 长期有效 footer, 保存 closes and writes the row', async () => {
  const build = 'heldout5-aliyun-site-unit-antd-modal';
  const page = await open(build);
  const modal = page.locator('.ant-modal');
  await expect(modal).toBeVisible();
  const f = (l: string, nth = 0) => field(page, l, 'antd', nth);
  await f('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const dom = f('网站域名');
  await dom.locator('input.ant-input').first().fill('yunqi-demo.cn');
  await dom.getByRole('button', { name: '+ 添加域名' }).click();
  await dom.locator('input.ant-input').nth(1).fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await dom.getByText('主域名').first().click();
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await dom.locator('input.ant-input').first().fill('yunqi-demo.net');
  await until(page, 'mainDomain', 'yunqi-demo.net');
  await dom.locator('input.ant-input').first().fill('yunqi-demo.cn');
  await until(page, 'mainDomain', 'yunqi-demo.cn');
  await until(page, 'protocol', 'https://', () => antdSelect(page, f('网站首页URL'), 'https://'));
  await f('网站首页URL').locator('input.ant-input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await f('服务类型').getByText('网站应用服务', { exact: true }).click();
  await until(page, 'serviceType', '网站应用服务');
  await until(page, 'content', ['单位门户网站'], () =>
    pick(page, () => f('网站服务内容').locator('.ant-select').click(),
      page.locator('.ant-select-tree-treenode:visible').filter({ hasText: exact('单位门户网站') }).locator('.ant-select-tree-checkbox')));
  await page.keyboard.press('Escape');
  await f('网站语言').getByText('中文简体', { exact: true }).click();
  await f('网站语言').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await expect(f('前置审批项')).toHaveCount(0);
  await f('是否涉及前置审批').getByText('是', { exact: true }).click();
  await f('前置审批项').getByText('文化', { exact: true }).click();
  await until(page, 'preItems', ['文化']);
  await f('是否涉及前置审批').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'preItems', []);
  const ip = f('网站IP地址').locator('input');
  await ip.click();
  await ip.fill('47.96.56.78');
  await ip.press('Enter');
  await ip.fill('2408:4000:1000::10');
  await ip.press('Enter');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);

  await modal.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpLongTerm', true);
  await expect(f('负责人姓名').locator('input')).toBeDisabled();
  await modal.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'wpSame', false);
  await f('负责人姓名').locator('input').fill('王强');
  await until(page, 'wpName', '王强');
  await until(page, 'wpCertType', '居民身份证', () => antdSelect(page, f('证件类型'), '居民身份证'));
  await f('证件有效期').getByText('取消长期').click();
  await until(page, 'wpLongTerm', false);
  await typeDate(page, f('证件有效期').locator('.ant-picker input').first(), '2020-08-12');
  await until(page, 'wpValidFrom', '2020-08-12');
  await typeDate(page, f('证件有效期').locator('.ant-picker input').nth(1), '2040-08-12');
  await until(page, 'wpValidTo', '2040-08-12');
  await pick(page, () => f('证件有效期').locator('.ant-picker input').nth(1).click(), page.locator('.ant-picker-dropdown:visible').getByText('长期有效'));
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await f('办公电话').locator('input').fill('0571-88887777');
  await until(page, 'wpPhone', '0571-88887777');

  await modal.getByRole('button', { name: /^保\s*存$/ }).click();
  await until(page, 'okClicks', 1);
  await until(page, 'modalOpen', false);
  await expect(page.locator('.ant-table-tbody')).toContainText('云栖示例科技官网');
  await page.locator('.ant-table-tbody').getByRole('button', { name: /^编\s*辑$/ }).click();
  await expect(modal).toBeVisible();
  await expect(f('网站名称').locator('input')).toHaveValue('云栖示例科技官网');
  await modal.getByRole('button', { name: /^取\s*消$/ }).click();
  await page.locator('.al-foot').getByRole('button', { name: /^下一步$/ }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout5-mps-apply-unit-antd-anchor: one long page with a sticky Anchor nav — radios, selects, upload, two lazy cascaders, segmented, dates + 长期, add-row list, IP tags, coded select, dependent multi-select, checkboxes, range, repeated labels, copy checkbox', async () => {
  const build = 'heldout5-mps-apply-unit-antd-anchor';
  const page = await open(build);
  const f = (l: string, nth = 0) => field(page, l, 'antd', nth);
  await f('开办主体性质').getByText('单位', { exact: true }).click();
  await until(page, 'kind', '单位');
  await f('主办单位名称').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => antdSelect(page, f('主办单位证件类型'), '营业执照证书'));
  await f('有效证件').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, f('单位办公地址').locator('.ant-select'), ['浙江省', '杭州市', '余杭区']));
  await page.keyboard.press('Escape');
  await f('单位办公地址').getByPlaceholder('详细地址').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await f('是否利用生成式人工智能').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');

  await f('负责人姓名').locator('input').fill('李娜');
  await until(page, 'prName', '李娜');
  await until(page, 'prCertType', '居民身份证', () => antdSelect(page, f('证件类型', 0), '居民身份证'));
  expect((await state(page)).soCertType).toBe('');
  await typeDate(page, f('证件有效期', 0).locator('.ant-picker input').first(), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await f('证件有效期', 0).getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await expect(f('证件有效期', 0).locator('.ant-picker input').nth(1)).toBeDisabled();
  await until(page, 'resRegion', ['浙江省', '杭州市', '西湖区'], () => antdCascade(page, f('负责人常住地址').locator('.ant-select'), ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  expect((await state(page)).officeRegion).toEqual(['浙江省', '杭州市', '余杭区']);

  await page.locator('.ps-nav').getByRole('link', { name: '域名注册服务商' }).click();
  await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('ps-registrar')!.getBoundingClientRect().top))).toBeLessThan(80);

  await typeDate(page, f('网站开通日期').locator('input'), '2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  const subs = f('从域名');
  await subs.getByRole('button', { name: '+ 添加从域名' }).click();
  await subs.locator('input').first().fill('yunqi-demo.com.cn');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  const ipInput = f('网站IP').locator('input');
  await ipInput.fill('47.96.56.78');
  await f('网站IP').getByRole('button', { name: /^添\s*加$/ }).click();
  await ipInput.fill('2408:4000:1000::10');
  await ipInput.press('Enter');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await f('网站IP').locator('.ant-tag').filter({ hasText: '2408:4000:1000::10' }).locator('.ant-tag-close-icon').click();
  await until(page, 'ips', ['47.96.56.78']);
  await until(page, 'siteType', 'E', () => antdSelect(page, f('网站类型'), 'E 信息资讯类'));
  await expect(f('交互服务类型')).toHaveCount(0);
  await f('是否提供互联网交互服务').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await until(page, 'interactiveKinds', ['网络评论'], () => antdSelect(page, f('交互服务类型'), '网络评论'));
  await page.keyboard.press('Escape');
  await f('网站语种').getByText('中文简体', { exact: true }).click();
  await f('网站语种').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语', '中文简体']); // the group keeps the options' order

  await f('所属地区管辖', 1).getByText('境内', { exact: true }).click();
  await until(page, 'rgJurisdiction', '境内');
  expect((await state(page)).apJurisdiction).toBe('');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, f('所属区域', 0).locator('.ant-select'), ['浙江省', '杭州市', '余杭区']));
  await page.keyboard.press('Escape');
  await until(page, 'apName', '阿里云计算有限公司', () => antdSelect(page, f('服务商名称', 0), '阿里云计算有限公司'));
  expect((await state(page)).rgName).toBe('');
  await f('服务商名称', 0).getByRole('button', { name: '查询网络接入服务商' }).click();
  await until(page, 'searchClicks', 1);
  await f('联系电话', 1).locator('input').fill('010-65985888');
  await until(page, 'rgPhone', '010-65985888');
  expect((await state(page)).apPhone).toBe('');

  await f('姓名', 0).locator('input').fill('王强');
  await until(page, 'soName', '王强');
  const range = f('证件有效期', 1).locator('input');
  await range.first().click();
  await range.first().fill('2020-08-12');
  await page.keyboard.press('Enter');
  await range.nth(1).fill('2040-08-12');
  await page.keyboard.press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'soValidity', ['2020-08-12', '2040-08-12']);
  await page.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'ecSame', true);
  await until(page, 'ecName', '李娜');
  await until(page, 'ecCertType', '居民身份证');
  await expect(f('姓名', 1).locator('input')).toBeDisabled();
  await page.getByText('我已阅读并同意《互联网信息服务单位网络安全责任告知书》').click();
  await until(page, 'agree', true);
  await page.getByRole('button', { name: /^保存草稿$/ }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next (Alibaba, labels inside controls) */

test('heldout5-aliyun-subject-person-fusion-inset: no label column — placeholder-only inputs, inset-label selects / cascaders / dates, floating labels, lazy cascader, 长期, prefix input', async () => {
  const build = 'heldout5-aliyun-subject-person-fusion-inset';
  const page = await open(build);
  await expect(page.locator('.next-form-item-label, .ant-form-item-label, label.next-form-item-label')).toHaveCount(0);
  /** a Fusion control whose inset label reads `l` */
  const inset = (l: string) => page.locator('.fx-cell').filter({ has: page.locator('.next-input-label, .next-select-label, .next-date-picker2-label', { hasText: exact(l) }) });
  await expect(inset('证件号码').locator('input')).toBeDisabled();
  await page.getByPlaceholder('主办单位或主办人名称（与证件一致）').fill('张伟');
  await until(page, 'name', '张伟');
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => nextCascade(page, inset('所属区域'), ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  const certAddress = page.getByLabel('证件住所');
  await expect(page.locator('.fx-float').filter({ has: certAddress })).not.toHaveClass(/\bup\b/);
  await certAddress.fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await expect(page.locator('.fx-float').filter({ has: certAddress })).toHaveClass(/\bup\b/);
  const mail = page.locator('.fx-cell').filter({ hasText: '通信地址：省 / 市 / 区县' });
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区'], () => nextCascade(page, mail, ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  expect((await state(page)).region).toEqual(['浙江省', '杭州市', '西湖区']);
  await page.getByPlaceholder('通信地址详细地址，需精确到门牌号').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await page.getByLabel('投资人或主管单位').fill('张伟');
  await until(page, 'investor', '张伟');
  await page.getByLabel('负责人姓名').fill('张伟');
  await until(page, 'prName', '张伟');
  await until(page, 'prCertType', '居民身份证', () => nextSelect(page, inset('负责人证件类型'), '居民身份证'));
  const from = page.locator('.next-date-picker2').filter({ hasText: '有效期开始' }).locator('input');
  await typeDate(page, from, '2018-03-01');
  await until(page, 'prValidFrom', '2018-03-01');
  const to = page.locator('.next-date-picker2').filter({ hasText: '有效期截止' }).locator('input');
  await typeDate(page, to, '2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await page.locator('.fx-valid').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(to).toBeDisabled();
  await page.locator('.fx-valid').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', false);
  await page.getByPlaceholder('手机号码').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await page.getByLabel('应急电话号码').fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await inset('电子邮件').locator('input').fill('zhangwei@example.com');
  await until(page, 'email', 'zhangwei@example.com');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-5 page is in the bundle, served only with its own replicaBuild, beside generation 4', async () => {
  // generation 5, retired into tuning once generation 7 (../replicas/heldout7) was being written
  checks.holds([
    'heldout5-aliyun-site-unit-antd-modal', 'heldout5-aliyun-subject-person-fusion-inset', 'heldout5-baidu-subject-unit-elp-cards',
    'heldout5-huawei-subject-person-opentiny-top', 'heldout5-mps-apply-unit-antd-anchor', 'heldout5-mps-principal-unit-elp-table',
    'heldout5-tencent-basic-person-tea-fixed', 'heldout5-volcengine-site-person-arco-tabs',
  ], 'tuning');
  for (const p of checks.bundle.pages) expect(Object.keys(p.expect).length, p.build).toBeGreaterThanOrEqual(12);
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout5-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout5-tencent-basic-person-tea-fixed',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout5-tencent-basic-person-tea-fixed',
  ]);
  await checks.besideEarlier(prepareHeldout4, '/__heldout5/');
});
