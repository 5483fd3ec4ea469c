/**
 * The gen-3 replica builds (tests/replicas/heldout3; held out until generation 4, tuning builds now) are real pages: a user driving one widget of
 * each kind on every page changes the framework state that getState() reports, and every `expect` key of
 * the build exists in the initial state. Plain Chromium (no extension needed), every other request
 * aborted. Screenshots of every page land in /tmp/heldout3/<build>.png.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout3 } from '../replicas/heldout3';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elNode, elSelect, nextOption, nextSelect, pick, typeDate } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout3, '/tmp/heldout3');
const { open, finish } = checks;

/* ------------------------------------------------------------------ Element Plus */

test('heldout3-aliyun-basic-unit-elp: el-grid — lazy cascader, dependent selects, inputs, radio buttons, buttons', async () => {
  const build = 'heldout3-aliyun-basic-unit-elp';
  const page = await open(build);
  const region = field(page, '备案地域', 'el');
  await pick(page, () => region.locator('.el-cascader').click(), elNode(page, '浙江省'));
  for (const p of ['杭州市', '余杭区']) await pick(page, async () => { if (!(await page.locator('.el-cascader-panel:visible').count())) await region.locator('.el-cascader').click(); }, elNode(page, p));
  await until(page, 'region', ['浙江省', '杭州市', '余杭区']);
  await page.keyboard.press('Escape');
  await expect(field(page, '证件类型', 'el').locator('.el-select__wrapper')).toHaveClass(/is-disabled/);
  await until(page, 'nature', '企业', () => elSelect(page, field(page, '单位性质', 'el'), '企业'));
  await until(page, 'certType', '营业执照（个人或企业）', () => elSelect(page, field(page, '证件类型', 'el'), '营业执照（个人或企业）'));
  await field(page, '证件号码', 'el').locator('input').fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await field(page, '单位名称', 'el').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await field(page, '网站域名', 'el').locator('input').fill('yunqi-demo.cn');
  await until(page, 'domain', 'yunqi-demo.cn');
  await field(page, '备案类型', 'el').getByText('APP', { exact: true }).click();
  await until(page, 'serviceKind', 'APP');
  await field(page, '备案类型', 'el').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await field(page, '备案服务号', 'el').locator('input').fill('BA-0001');
  await until(page, 'serviceCode', 'BA-0001');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout3-aliyun-site-person-elp: el-dividers — input tag, locked select, select, checkbox buttons, switch, dates + 长期 radios, textarea', async () => {
  const build = 'heldout3-aliyun-site-person-elp';
  const page = await open(build);
  await field(page, '网站名称', 'el').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const tags = field(page, '网站域名', 'el').locator('input');
  await tags.click();
  await tags.fill('zhangwei-notes.cn');
  await tags.press('Enter');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await field(page, '网站首页地址', 'el').locator('input').fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await expect(field(page, '服务类型', 'el').locator('.el-select__wrapper')).toHaveClass(/is-disabled/);
  expect((await state(page)).serviceType).toBe('网站应用服务');
  await until(page, 'content', '其他', () => elSelect(page, field(page, '网站服务内容', 'el'), '其他'));
  await field(page, '语言类型', 'el').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await field(page, '是否涉及前置审批', 'el').locator('.el-switch').click();
  await until(page, 'preApproval', true);
  await field(page, '是否涉及前置审批', 'el').locator('.el-switch').click();
  await until(page, 'preApproval', false);
  await until(page, 'webCertType', '居民身份证', () => elSelect(page, field(page, '证件类型', 'el'), '居民身份证'));
  await typeDate(page, field(page, '证件有效期起', 'el').locator('input'), '2018-03-01');
  await until(page, 'webValidFrom', '2018-03-01');
  await typeDate(page, field(page, '证件有效期止', 'el').locator('input'), '2038-03-01');
  await until(page, 'webValidTo', '2038-03-01');
  await field(page, '是否长期有效', 'el').getByText('是', { exact: true }).click();
  await until(page, 'webLongTerm', '是');
  await until(page, 'webValidTo', '');
  await expect(field(page, '证件有效期止', 'el').locator('input')).toBeDisabled();
  await field(page, '是否长期有效', 'el').getByText('否', { exact: true }).click();
  await until(page, 'webLongTerm', '否');
  await field(page, '应急联系方式', 'el').locator('input').fill('13900139000');
  await until(page, 'webEmergency', '13900139000');
  await field(page, '网站备注', 'el').locator('textarea').fill('记录个人读书笔记，不涉及经营性内容。');
  await until(page, 'remark', '记录个人读书笔记，不涉及经营性内容。');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout3-mps-principal-person-elp: el-collapse panels — inputs, select, daterange + 长期, picture-card upload, 同主体负责人信息 switch copies and locks', async () => {
  const build = 'heldout3-mps-principal-person-elp';
  const page = await open(build);
  const sec = page.locator('#secCard');
  const emg = page.locator('#emgCard');
  await field(sec, '姓名', 'el').locator('input').fill('张伟');
  await until(page, 'secName', '张伟');
  expect((await state(page)).emgName).toBe('');
  await until(page, 'secCertType', '居民身份证', () => elSelect(page, field(sec, '证件类型', 'el'), '居民身份证'));
  const range = field(sec, '证件有效期', 'el').locator('.el-range-input');
  await range.first().click();
  await range.first().fill('2018-03-01');
  await range.nth(1).fill('2038-03-01');
  await range.nth(1).press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'secValidity', ['2018-03-01', '2038-03-01']);
  await field(sec, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', ['2018-03-01', '']);
  await field(sec, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'secLongTerm', false);
  await sec.locator('.slot').filter({ hasText: '证件正面' }).locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  expect((await state(page)).secIdBack).toEqual([]);
  await field(emg, '同主体负责人信息', 'el').locator('.el-switch').click();
  await until(page, 'emgSame', true);
  await until(page, 'emgName', '张伟');
  await until(page, 'emgCertNumber', '330106199003071236');
  await until(page, 'emgValidity', ['2018-03-01', '2038-03-01']);
  await until(page, 'emgMobile', '13800138000');
  await expect(field(emg, '姓名', 'el').locator('input')).toBeDisabled();
  await field(emg, '同主体负责人信息', 'el').locator('.el-switch').click();
  await until(page, 'emgSame', false);
  await expect(field(emg, '姓名', 'el').locator('input')).toBeEnabled();
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

test('heldout3-aliyun-subject-unit-fusion: plain tables — locked carried values, textarea, search cascader, repeated labels, range + 长期, buttons', async () => {
  const build = 'heldout3-aliyun-subject-unit-fusion';
  const page = await open(build);
  const row = (label: string, nth = 0) => page.locator('table.kv tr').filter({ has: page.locator('th', { hasText: exact(label) }) }).nth(nth);
  await expect(row('主办单位名称').locator('input')).toBeDisabled();
  await expect(row('证件号码').locator('input')).toBeDisabled();
  await expect(row('证件号码', 1).locator('input')).toBeEnabled();
  expect((await state(page)).region).toEqual(['浙江省', '杭州市', '余杭区']);
  await row('证件住所').locator('textarea').fill('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await until(page, 'certAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  const cascader = row('通信地址').locator('.next-select');
  const item = (t: string) => page.locator('.next-overlay-wrapper.opened .next-cascader-menu-item').filter({ hasText: exact(t) }).first();
  await pick(page, () => cascader.click(), item('浙江省'));
  await pick(page, async () => { if (!(await page.locator('.next-overlay-wrapper.opened .next-cascader-menu').count())) await cascader.click(); }, item('杭州市'));
  await pick(page, async () => { if (!(await page.locator('.next-overlay-wrapper.opened .next-cascader-menu').count())) await cascader.click(); }, item('余杭区'));
  await until(page, 'mailRegion', ['浙江省', '杭州市', '余杭区']);
  await page.keyboard.press('Escape');
  await row('详细地址').locator('input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'mailDetail', '文一西路 969 号 2 幢 305 室');
  await row('投资人或主管单位').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'investor', '杭州云栖示例科技有限公司');
  await until(page, 'prCertType', '居民身份证', () => nextSelect(page, row('证件类型', 1), '居民身份证'));
  expect((await state(page)).certType).toBe('营业执照（个人或企业）');
  const range = row('证件有效期').locator('input');
  await typeDate(page, range.first(), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await typeDate(page, range.nth(1), '2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await row('证件有效期').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await row('办公室电话').locator('input').fill('0571-88886666');
  await until(page, 'prPhone', '0571-88886666');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout3-mps-subject-person-fusion: heading sections — button radios, locked account values, dates with a 长期 footer, uploads, chained selects, radios', async () => {
  const build = 'heldout3-mps-subject-person-fusion';
  const page = await open(build);
  await field(page, '开办主体性质', 'next').getByText('个人', { exact: true }).click();
  await until(page, 'subjectKind', '个人');
  await expect(field(page, '姓名', 'next').locator('input')).toBeDisabled();
  expect((await state(page)).name).toBe('张伟');
  const validity = field(page, '证件有效期', 'next');
  await typeDate(page, validity.locator('input[placeholder="起始日期"]'), '2018-03-01');
  await until(page, 'validFrom', '2018-03-01');
  await pick(page, () => validity.locator('input[placeholder="截止日期"]').click(), page.locator('.next-overlay-wrapper.opened .long-btn'));
  await until(page, 'validTo', '长期');
  await validity.locator('.long-tag .next-tag-close-btn').click();
  await until(page, 'validTo', '');
  await typeDate(page, validity.locator('input[placeholder="截止日期"]'), '2038-03-01');
  await until(page, 'validTo', '2038-03-01');
  await field(page, '证件正面', 'next').locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  expect((await state(page)).idBack).toEqual([]);
  const chain = field(page, '常住地址', 'next').locator('.next-select');
  for (const [i, v] of ['浙江省', '杭州市', '西湖区'].entries()) {
    await expect(chain.nth(i)).not.toHaveClass(/disabled/);
    await pick(page, () => chain.nth(i).click(), nextOption(page, v));
  }
  await until(page, 'resRegion', ['浙江省', '杭州市', '西湖区']);
  await field(page, '详细地址', 'next').locator('input').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'resDetail', '文三路 100 号 1 幢 101 室');
  await field(page, '手机号码', 'next').locator('input').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await field(page, '是否利用生成式人工智能', 'next').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout3-aliyun-upload-person-antd: card grid — draggers, face-check button, consent, 提交初审', async () => {
  const build = 'heldout3-aliyun-upload-person-antd';
  const page = await open(build);
  const card = (title: string) => page.locator('.m-card').filter({ has: page.locator('.m-name', { hasText: exact(title) }) });
  await card('主办人身份证（正面）').locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(card('主办人身份证（正面）')).toContainText('zhangwei-id-front.png');
  expect((await state(page)).idBack).toEqual([]);
  await card('域名证书').locator('input[type=file]').setInputFiles(file('zhangwei-notes-cert.png'));
  await until(page, 'domainCert', ['zhangwei-notes-cert.png']);
  await page.getByRole('button', { name: '开始核验' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByText('我已阅读并承诺所提交资料真实有效').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout3-mps-site-person-antd: divider sections — date, tags, IP rows, upload, range, radios, cascader, search select, button radios, switch, coded select, checkboxes', async () => {
  const build = 'heldout3-mps-site-person-antd';
  const page = await open(build);
  await field(page, '网站名称', 'antd').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await typeDate(page, field(page, '网站开通日期', 'antd').locator('input'), '2025-11-20');
  await until(page, 'openedAt', '2025-11-20');
  const subs = field(page, '网站从域名', 'antd').locator('input');
  await subs.click();
  await subs.fill('notes.zhangwei-notes.cn');
  await subs.press('Enter');
  await until(page, 'subDomains', ['notes.zhangwei-notes.cn']);
  await page.keyboard.press('Escape');
  const ips = field(page, '网站IP地址', 'antd');
  await ips.locator('input').first().fill('47.96.12.34');
  await ips.getByRole('button', { name: '+ 添加' }).click();
  await ips.locator('input').nth(1).fill('47.96.12.35');
  await until(page, 'ips', ['47.96.12.34', '47.96.12.35']);
  await ips.getByRole('button', { name: /^删\s*除$/ }).nth(1).click();
  await until(page, 'ips', ['47.96.12.34']);
  await field(page, '域名证书', 'antd').locator('input[type=file]').setInputFiles(file('zhangwei-notes-cert.png'));
  await until(page, 'domainCert', ['zhangwei-notes-cert.png']);
  const range = field(page, '域名证书有效期', 'antd').locator('input');
  await range.first().click();
  await range.first().fill('2025-11-18');
  await page.keyboard.press('Enter');
  await range.nth(1).fill('2027-11-18');
  await page.keyboard.press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'domainCertValidity', ['2025-11-18', '2027-11-18']);
  await field(page, '所属地区管辖', 'antd', 0).getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  expect((await state(page)).rgJurisdiction).toBe('');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, field(page, '所属区域', 'antd', 0).locator('.ant-select'), ['浙江省', '杭州市', '余杭区']));
  await until(page, 'rgName', '阿里云计算有限公司（原万网）', () => antdSelect(page, field(page, '服务商名称', 'antd', 1), '阿里云计算有限公司（原万网）'));
  expect((await state(page)).apName).toBe('');
  await field(page, '接入方式', 'antd').getByText('租赁虚拟空间', { exact: true }).click();
  await until(page, 'apMethod', '租赁虚拟空间');
  await field(page, '联系电话', 'antd', 1).locator('input').fill('010-65985888');
  await until(page, 'rgPhone', '010-65985888');
  await field(page, '是否提供互联网交互服务', 'antd').locator('.ant-switch').click();
  await until(page, 'interactive', true);
  await until(page, 'siteType', 'Z', () => antdSelect(page, field(page, '网站类型', 'antd'), 'Z 其他'));
  await field(page, '网站语种', 'antd').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await field(page, '是否提供危险物品信息发布服务', 'antd').getByText('否', { exact: true }).click();
  await until(page, 'dangerous', '否');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native */

test('heldout3-beian-old-subject-unit-native: old portal table — coded selects, repeated labels, file, chained async selects, dates + 长期, buttons', async () => {
  const build = 'heldout3-beian-old-subject-unit-native';
  const page = await open(build);
  expect(page.url().startsWith('http://www.beian.gov.cn/portal/')).toBe(true);
  const cellOf = (label: string, nth = 0) => page.locator('td.tl').filter({ hasText: exact(label) }).nth(nth).locator('xpath=following-sibling::td[1]');
  await cellOf('开办主体性质').locator('select').selectOption({ label: '企业' });
  await until(page, 'kind', '01');
  await cellOf('主办单位名称').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await cellOf('证件类型', 0).locator('select').selectOption({ label: '营业执照证书' });
  await until(page, 'unitCertType', '01');
  await cellOf('证件类型', 1).locator('select').selectOption({ label: '居民身份证' });
  await until(page, 'prCertType', '01');
  await cellOf('有效证件').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  const region = cellOf('单位办公地址').locator('select');
  await expect(region.nth(0).locator('option')).not.toHaveCount(1);
  await region.nth(0).selectOption({ label: '浙江省' });
  await expect(region.nth(1)).toBeEnabled();
  await region.nth(1).selectOption({ label: '杭州市' });
  await expect(region.nth(2)).toBeEnabled();
  await region.nth(2).selectOption({ label: '余杭区' });
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区']);
  expect((await state(page)).resRegion).toEqual([]);
  await cellOf('详细地址', 1).locator('input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'resDetail', '文一西路 969 号 2 幢 305 室');
  const validity = cellOf('证件有效期');
  await validity.locator('input[type=date]').first().fill('2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await validity.locator('input[type=date]').nth(1).fill('2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await validity.getByText('长期').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(validity.locator('input[type=date]').nth(1)).toBeDisabled();
  await cellOf('办公室电话').locator('input').fill('0571-88886666');
  await until(page, 'officePhone', '0571-88886666');
  await page.getByRole('button', { name: '保 存' }).click();
  await until(page, 'saveClicks', 1);
  expect((await state(page)).captcha).toBe('');
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-3 page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout3-aliyun-basic-unit-elp', 'heldout3-aliyun-site-person-elp', 'heldout3-aliyun-subject-unit-fusion', 'heldout3-aliyun-upload-person-antd',
    'heldout3-beian-old-subject-unit-native', 'heldout3-mps-principal-person-elp', 'heldout3-mps-site-person-antd', 'heldout3-mps-subject-person-fusion',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 3, retired into tuning once generation 4 (../replicas/heldout4) was written
    expect(p.id).toBe(p.build);
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
    expect(p.entity).toBe(p.variant === '个人' ? '张伟' : '杭州云栖示例科技有限公司');
  }
  const page = await checks.context.newPage();
  for (const p of checks.bundle.pages) {
    const res = await page.goto(p.url);
    expect(res?.status(), p.build).toBe(200);
    await page.waitForFunction(() => !!window.__replica);
    expect(await page.evaluate(() => window.__replica!.step), p.build).toBe(p.step);
  }
  // a URL without a gen-3 replicaBuild (or with one at another platform's address) falls through to the (here: aborting) earlier routes
  expect(await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout3-no-such-build').catch(() => null)).toBeNull();
  expect(await page.goto('https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout3-aliyun-basic-unit-elp').catch(() => null)).toBeNull();
});

test('registered beside generation 2, each generation serves its own pages', async () => {
  const { prepareHeldout2 } = await import('../replicas/heldout2');
  await checks.besideEarlier(prepareHeldout2, '/__heldout3/');
});
