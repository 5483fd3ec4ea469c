/**
 * The gen-2 replica builds (tests/replicas/heldout2; held out until generation 3, tuning builds now) are real pages: a user driving one widget of
 * each kind on every page changes the framework state that getState() reports, and every `expect` key of
 * the build exists in the initial state. Plain Chromium (no extension needed), every other request
 * aborted. Screenshots of every page land in /tmp/heldout2/<build>.png.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout2 } from '../replicas/heldout2';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elSelect, nextOption, nextSelect, pick, typeDate } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout2, '/tmp/heldout2');
const { open, finish } = checks;

/* ------------------------------------------------------------------ Fusion Next */

test('heldout2-aliyun-site-fusion: Fusion collapse — input, tag select, select, checkbox group, button radios, date pickers, switch, 同主体 copy', async () => {
  const build = 'heldout2-aliyun-site-fusion';
  const page = await open(build);
  await field(page, '网站名称', 'next').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const domains = field(page, '网站域名', 'next');
  await domains.locator('input').click();
  await page.keyboard.type('yunqi-demo.cn');
  await page.keyboard.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn']);
  // Fusion's tag Select resets its search text a moment after a tag is added: a user pauses before the next one
  await page.waitForTimeout(600);
  await page.keyboard.type('yunqi-demo.com.cn');
  await page.keyboard.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await field(page, '网站首页URL', 'next').locator('input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await until(page, 'serviceType', '网站应用服务', () => nextSelect(page, field(page, '服务类型', 'next'), '网站应用服务'));
  await until(page, 'contentType', '单位门户网站', () => nextSelect(page, field(page, '网站内容类型', 'next'), '单位门户网站'));
  const langs = field(page, '网站语言', 'next');
  await langs.getByText('中文简体', { exact: true }).click();
  await langs.getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await field(page, '是否涉及前置审批', 'next').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'webCertType', '居民身份证', () => nextSelect(page, field(page, '证件类型', 'next'), '居民身份证'));
  const validity = field(page, '证件有效期', 'next');
  await typeDate(page, validity.locator('input[placeholder="开始日期"]'), '2020-08-12');
  await until(page, 'webValidFrom', '2020-08-12');
  await typeDate(page, validity.locator('input[placeholder="结束日期"]'), '2040-08-12');
  await until(page, 'webValidTo', '2040-08-12');
  await validity.locator('.next-switch').click();
  await until(page, 'webLongTerm', true);
  await until(page, 'webValidTo', '');
  const same = field(page, '与主体负责人一致', 'next');
  await same.getByText('是', { exact: true }).click();
  await until(page, 'sameAsSubject', '是');
  await until(page, 'webName', '李娜');
  await expect(field(page, '负责人姓名', 'next').locator('input')).toBeDisabled();
  await same.getByText('否', { exact: true }).click();
  await until(page, 'sameAsSubject', '否');
  await expect(field(page, '负责人姓名', 'next').locator('input')).toBeEnabled();
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout2-mps-site-fusion: Fusion collapse — date, 从域名 rows, IP textarea, upload, range, three lazy selects, autocomplete, radios, multi select, checkbox, switch', async () => {
  const build = 'heldout2-mps-site-fusion';
  const page = await open(build);
  await typeDate(page, field(page, '网站开通日期', 'next').locator('input'), '2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  const subs = field(page, '从域名', 'next');
  await subs.locator('input').first().fill('yunqi-demo.com.cn');
  await subs.getByRole('button', { name: /添加从域名/ }).click();
  await subs.locator('input').nth(1).fill('yunqi-demo.net');
  await until(page, 'subDomains', ['yunqi-demo.com.cn', 'yunqi-demo.net']);
  await subs.getByRole('button', { name: '删除' }).nth(1).click();
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await field(page, '网站IP', 'next').locator('textarea').fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await field(page, '域名证书', 'next').locator('input[type=file]').setInputFiles(file('yunqi-domain-cert.png'));
  await until(page, 'domainCert', ['yunqi-domain-cert.png']);
  const range = field(page, '域名证书有效期', 'next');
  await range.locator('input').first().click();
  await range.locator('input').first().fill('2025-11-01');
  await page.keyboard.press('Enter');
  await range.locator('input').nth(1).click();
  await range.locator('input').nth(1).fill('2028-11-01');
  await page.keyboard.press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'domainCertValidity', ['2025-11-01', '2028-11-01']);
  await until(page, 'apJurisdiction', '境内', () => nextSelect(page, field(page, '接入商所属地区管辖', 'next'), '境内'));
  expect((await state(page)).rgJurisdiction).toBe('');
  const apRegion = field(page, '接入商所属区域', 'next');
  for (const [i, v] of ['浙江省', '杭州市', '余杭区'].entries()) {
    await expect(apRegion.locator('.next-select').nth(i)).not.toHaveClass(/disabled/);
    await pick(page, () => apRegion.locator('.next-select').nth(i).click(), nextOption(page, v));
  }
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  const apName = field(page, '网络接入服务商名称', 'next');
  await apName.locator('input').click();
  await page.keyboard.type('阿里云');
  await nextOption(page, '阿里云计算有限公司').click();
  await until(page, 'apName', '阿里云计算有限公司');
  await field(page, '网站接入方式', 'next').getByText('租赁主机', { exact: true }).click();
  await until(page, 'apMethod', '租赁主机');
  await field(page, '接入商编码', 'next').locator('input').fill('673959654');
  await until(page, 'apCode', '673959654');
  await field(page, '域名注册服务商名称', 'next').locator('input').fill('阿里云计算有限公司（原万网）');
  await until(page, 'rgName', '阿里云计算有限公司（原万网）');
  await field(page, '是否提供互联网交互服务', 'next').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  const kinds = field(page, '交互服务类型', 'next');
  await pick(page, () => kinds.locator('.next-select').click(), nextOption(page, '论坛社区'));
  await until(page, 'interactiveKinds', ['论坛社区']);
  await nextOption(page, '网络评论').click();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.keyboard.press('Escape');
  await until(page, 'siteType', 'E-信息咨询类', () => nextSelect(page, field(page, '网站类型', 'next'), 'E-信息咨询类'));
  await field(page, '网站语种', 'next').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await field(page, '相关前置许可', 'next').getByText('无', { exact: true }).click();
  await until(page, 'preLicence', '无');
  await field(page, '互联网危险物品信息发布', 'next').locator('.next-switch').click();
  await until(page, 'dangerous', true);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout2-aliyun-subject-person-antd: antd cards — dependent selects, search cascader, cascader + detail, copy checkbox, date + radio-revealed date', async () => {
  const build = 'heldout2-aliyun-subject-person-antd';
  const page = await open(build);
  await until(page, 'nature', '个人', () => antdSelect(page, field(page, '主办者性质', 'antd'), '个人'));
  await until(page, 'certType', '居民身份证', () => antdSelect(page, field(page, '证件类型', 'antd'), '居民身份证'));
  await field(page, '姓名', 'antd').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => antdCascade(page, field(page, '所属区域', 'antd').locator('.ant-select'), ['浙江省', '杭州市', '西湖区']));
  const mail = field(page, '通讯地址', 'antd');
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区'], () => antdCascade(page, mail.locator('.ant-select'), ['浙江省', '杭州市', '西湖区']));
  await mail.locator('input[placeholder^="详细地址"]').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await field(page, '证件住址', 'antd').locator('textarea').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await page.getByText('负责人同主办者', { exact: true }).click();
  await until(page, 'sameAsHost', true);
  await until(page, 'prName', '张伟');
  await until(page, 'prCertType', '居民身份证');
  await expect(field(page, '负责人姓名', 'antd').locator('input')).toBeDisabled();
  const validity = field(page, '证件有效期', 'antd');
  await typeDate(page, validity.locator('input[placeholder="起始日期"]'), '2018-03-01');
  await until(page, 'prValidFrom', '2018-03-01');
  await validity.getByText('截止日期', { exact: true }).click();
  await until(page, 'prValidToKind', '截止日期');
  await typeDate(page, validity.locator('input[placeholder="截止日期"]'), '2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await validity.getByText('长期', { exact: true }).click();
  await until(page, 'prValidTo', '');
  await field(page, '应急联系电话', 'antd').locator('input').fill('13900139000');
  await until(page, 'prEmergency', '13900139000');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout2-mps-subject-unit-antd: antd horizontal — radios, select, lazy cascader + detail, upload button, date pickers + switch, picture cards', async () => {
  const build = 'heldout2-mps-subject-unit-antd';
  const page = await open(build);
  await field(page, '开办主体性质', 'antd').getByText('单位', { exact: true }).click();
  await until(page, 'subjectKind', '单位');
  await field(page, '主办单位名称', 'antd').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => antdSelect(page, field(page, '主办单位证件类型', 'antd'), '营业执照证书'));
  const reg = field(page, '单位注册地址', 'antd');
  await until(page, 'regRegion', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, reg.locator('.ant-select'), ['浙江省', '杭州市', '余杭区']));
  await reg.locator('input[placeholder="请输入详细地址"]').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'regDetail', '文一西路 969 号 2 幢 305 室');
  await field(page, '单位有效证件', 'antd').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitLicence', ['yunqi-licence.png']);
  await field(page, '是否利用生成式人工智能', 'antd').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');
  await until(page, 'prCertType', '居民身份证', () => antdSelect(page, field(page, '负责人证件类型', 'antd'), '居民身份证'));
  const validity = field(page, '证件有效期', 'antd');
  await typeDate(page, validity.locator('input[placeholder="起始日期"]'), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await typeDate(page, validity.locator('input[placeholder="截止日期"]'), '2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await validity.locator('.ant-switch').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(validity.locator('input[placeholder="截止日期"]')).toBeDisabled();
  await page.locator('.m-slot').filter({ hasText: '身份证人像面' }).locator('input[type=file]').setInputFiles(file('lina-front.png'));
  await until(page, 'prIdFront', ['lina-front.png']);
  expect((await state(page)).prIdBack).toEqual([]);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout2-aliyun-upload-elp: el-table rows with el-upload, face-check button, consent, 提交初审', async () => {
  const build = 'heldout2-aliyun-upload-elp';
  const page = await open(build);
  const row = (name: string) => page.locator('.el-table__row').filter({ hasText: name });
  await row('主体证件（营业执照）').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'subjectLicence', ['yunqi-licence.png']);
  await expect(row('主体证件（营业执照）')).toContainText('yunqi-licence.png');
  expect((await state(page)).prIdFront).toEqual([]);
  await row('网站负责人身份证（国徽面）').locator('input[type=file]').setInputFiles(file('wangqiang-back.png'));
  await until(page, 'webIdBack', ['wangqiang-back.png']);
  await page.getByRole('button', { name: '发起人脸核验' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByText('我已阅读并同意《阿里云ICP代备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout2-beian-old-site-elp: old portal over http — inputs, date, autocomplete, cascader, select, radio, checkbox groups, switch', async () => {
  const build = 'heldout2-beian-old-site-elp';
  const page = await open(build);
  expect(page.url().startsWith('http://www.beian.gov.cn/portal/')).toBe(true);
  await field(page, '网站名称', 'el').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await typeDate(page, field(page, '网站开通时间', 'el').locator('input'), '2025-11-20');
  await until(page, 'openedAt', '2025-11-20');
  const ap = field(page, '网络接入服务商', 'el');
  await ap.locator('input').click();
  await page.keyboard.type('阿里云');
  await page.locator('.el-autocomplete-suggestion:visible li').filter({ hasText: exact('阿里云计算有限公司') }).click();
  await until(page, 'apName', '阿里云计算有限公司');
  await pick(page, () => field(page, '接入服务商所在地', 'el').locator('.el-cascader').click(),
    page.locator('.el-cascader-panel:visible .el-cascader-node').filter({ hasText: exact('浙江省') }));
  for (const p of ['杭州市', '余杭区']) await page.locator('.el-cascader-panel:visible .el-cascader-node').filter({ hasText: exact(p) }).click();
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'apMethod', '租赁虚拟空间', () => elSelect(page, field(page, '接入方式', 'el'), '租赁虚拟空间'));
  await field(page, '是否提供互联网交互服务', 'el').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await field(page, '网站语种', 'el').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await field(page, '前置审批', 'el').getByText('教育', { exact: true }).click();
  await until(page, 'preApprovals', ['教育']);
  await field(page, '是否提供危险物品信息发布服务', 'el').locator('.el-switch').click();
  await until(page, 'dangerous', true);
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native */

test('heldout2-mps-principal-native: dl panels — labelled inputs, coded select, date inputs + 长期, file, 同主体负责人信息 copies and locks', async () => {
  const build = 'heldout2-mps-principal-native';
  const page = await open(build);
  const sec = page.locator('#aqPanel');
  const emg = page.locator('#yjPanel');
  await sec.getByLabel('安全负责人姓名').fill('王强');
  await until(page, 'secName', '王强');
  await sec.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await sec.getByLabel('证件有效期（起）').fill('2020-08-12');
  await sec.getByLabel('证件有效期（止）').fill('2040-08-12');
  await until(page, 'secValidFrom', '2020-08-12');
  await until(page, 'secValidTo', '2040-08-12');
  await sec.getByLabel('长期').check();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(sec.getByLabel('证件有效期（止）')).toBeDisabled();
  await sec.getByLabel('身份证正面').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await emg.getByLabel('同主体负责人信息').check();
  await until(page, 'emgSame', true);
  await until(page, 'emgName', '李娜');
  await until(page, 'emgCertType', '居民身份证');
  await until(page, 'emgLongTerm', true);
  await expect(emg.getByLabel('联络人姓名')).toBeDisabled();
  expect((await state(page)).secName).toBe('王强');
  await emg.getByLabel('同主体负责人信息').uncheck();
  await expect(emg.getByLabel('联络人姓名')).toBeEnabled();
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout2-aliyun-basic-native: div rows — chained async region selects, dependent select, radio, resource select, buttons', async () => {
  const build = 'heldout2-aliyun-basic-native';
  const page = await open(build);
  const region = page.locator('.row').filter({ hasText: '主办单位所属区域' }).locator('select');
  await region.nth(0).selectOption({ label: '浙江省' });
  await expect(region.nth(1)).toBeEnabled();
  await region.nth(1).selectOption({ label: '杭州市' });
  await expect(region.nth(2)).toBeEnabled();
  await region.nth(2).selectOption({ label: '西湖区' });
  await until(page, 'region', ['浙江省', '杭州市', '西湖区']);
  const row = (label: string) => page.locator('.row').filter({ has: page.locator('.lbl', { hasText: exact(label) }) });
  await expect(row('主办单位证件类型').locator('select')).toBeDisabled();
  await row('主办单位性质').locator('select').selectOption({ label: '个人' });
  await until(page, 'nature', '个人');
  await row('主办单位证件类型').locator('select').selectOption({ label: '居民身份证' });
  await until(page, 'certType', '居民身份证');
  await row('主办单位或主办人名称').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await row('备案服务类型').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await row('备案云资源').locator('select').selectOption({ index: 2 });
  await until(page, 'resource', 'ECS 云服务器 i-bp1c7k2m9zwq4y8a（华东1 杭州）公网IP 47.96.12.34');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-2 page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout2-aliyun-basic-native', 'heldout2-aliyun-site-fusion', 'heldout2-aliyun-subject-person-antd', 'heldout2-aliyun-upload-elp',
    'heldout2-beian-old-site-elp', 'heldout2-mps-principal-native', 'heldout2-mps-site-fusion', 'heldout2-mps-subject-unit-antd',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 2, retired into tuning once generation 3 (../replicas/heldout3) was written
    expect(p.id).toBe(p.build);
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
  }
  // a URL without a gen-2 replicaBuild falls through to the (here: aborting) earlier routes
  const page = await checks.context.newPage();
  const res = await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout-aliyun-basic-antd').catch(() => null);
  expect(res).toBeNull();
});

test('registered beside generation 1, each generation serves its own pages', async () => {
  const { prepareHeldout } = await import('../replicas/heldout');
  await checks.besideEarlier(prepareHeldout, '/__heldout2/');
});
