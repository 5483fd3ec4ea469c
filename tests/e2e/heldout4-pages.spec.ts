/**
 * The gen-4 HELD-OUT replica builds (tests/replicas/heldout4) are real pages: a user driving one widget of
 * each kind on every page changes the framework state that getState() reports, and every `expect` key of
 * the build exists in the initial state. Plain Chromium (no extension needed), every other request
 * aborted. Screenshots of every page land in /tmp/heldout4/<build>.png.
 *
 * The iframe build is driven inside its frame (a FrameLocator); its state is read through the TOP page's
 * window.__replica, which the console shell proxies to the frame.
 */
import { test, expect, type Locator } from '@playwright/test';
import { prepareHeldout4 } from '../replicas/heldout4';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elCascade, elSelect, nextSelect, pick, typeDate, type Root } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout4, '/tmp/heldout4');
const { open, finish } = checks;

/** A form item in a page or a frame (field() of replica-page-checks works on one frame's locators only). */
function item(root: Root, label: string, kind: 'antd' | 'el' | 'next', nth = 0): Locator {
  const it = { antd: '.ant-form-item', el: '.el-form-item', next: '.next-form-item' }[kind];
  const lab = { antd: '.ant-form-item-label', el: '.el-form-item__label', next: '.next-form-item-label' }[kind];
  return root.locator(it).filter({ has: root.locator(lab, { hasText: exact(label) }) }).nth(nth);
}

/* ------------------------------------------------------------------ Fusion Next */

test('heldout4-aliyun-basic-person-fusion: labels above — lazy cascader select, dependent selects, inputs, radios, preset select, consent, 信息校验', async () => {
  const build = 'heldout4-aliyun-basic-person-fusion';
  const page = await open(build);
  const cascader = field(page, '主办者所在地区', 'next').locator('.next-select');
  const node = (t: string) => page.locator('.next-overlay-wrapper.opened .next-cascader-menu-item').filter({ hasText: exact(t) }).first();
  const reopen = async () => { if (!(await page.locator('.next-overlay-wrapper.opened .next-cascader-menu').count())) await cascader.click(); };
  await pick(page, () => cascader.click(), node('浙江省'));
  await pick(page, reopen, node('杭州市'));
  await pick(page, reopen, node('西湖区'));
  await until(page, 'region', ['浙江省', '杭州市', '西湖区']);
  await page.keyboard.press('Escape');
  await expect(field(page, '主办者证件类型', 'next').locator('.next-disabled').first()).toBeVisible();
  await until(page, 'nature', '个人', () => nextSelect(page, field(page, '主办者性质', 'next'), '个人'));
  await until(page, 'certType', '居民身份证', () => nextSelect(page, field(page, '主办者证件类型', 'next'), '居民身份证'));
  await field(page, '证件号码', 'next').locator('input').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await field(page, '主办者名称', 'next').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await field(page, '互联网信息服务类型', 'next').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await field(page, '网站域名', 'next').locator('input').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  expect((await state(page)).resourceType).toBe('ECS云服务器');
  await until(page, 'resourceType', '轻量应用服务器', () => nextSelect(page, field(page, '备案资源类型', 'next'), '轻量应用服务器'));
  await field(page, '云服务器公网IP', 'next').locator('input').fill('47.96.12.34');
  await until(page, 'resourceIp', '47.96.12.34');
  expect((await state(page)).captcha).toBe('');
  await page.getByText('我已阅读并同意《阿里云ICP代备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout4-aliyun-upload-unit-fusion-tabs: tabs — draggers in the shown tab, hidden tab input, face button, consent, 提交初审', async () => {
  const build = 'heldout4-aliyun-upload-unit-fusion-tabs';
  const page = await open(build);
  const row = (name: string) => page.locator('.mat-row').filter({ has: page.locator('.mat-name', { hasText: exact(name) }) });
  await row('营业执照').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(row('营业执照')).toContainText('yunqi-licence.png');
  expect((await state(page)).prIdFront).toEqual([]);
  await row('《ICP备案信息真实性承诺书》').locator('input[type=file]').setInputFiles(file('yunqi-pledge.png'));
  await until(page, 'pledge', ['yunqi-pledge.png']);
  await expect(page.getByPlaceholder('请输入手机号')).toBeHidden();
  await page.getByRole('button', { name: '人脸核验' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByText('阿里云App上传', { exact: true }).click();
  await page.getByPlaceholder('请输入手机号').fill('13600136000');
  await until(page, 'appPhone', '13600136000');
  await page.getByText('电脑上传', { exact: true }).click();
  await expect(page.getByPlaceholder('请输入手机号')).toBeHidden();
  await page.getByText('我承诺所上传资料真实有效').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout4-mps-principal-unit-fusion-boldline: two blocks with identical labels — inputs, select, range + 长期, uploads, 同主体负责人信息 copies and locks', async () => {
  const build = 'heldout4-mps-principal-unit-fusion-boldline';
  const page = await open(build);
  const sec = page.locator('.block-sec');
  const emg = page.locator('.block-emg');
  await expect(page.locator('h1, h2, h3, h4, h5, h6, legend, .next-card-title').filter({ hasText: /网站(安全负责人|应急联络人)/ })).toHaveCount(0);
  await field(sec, '姓名', 'next').locator('input').fill('王强');
  await until(page, 'secName', '王强');
  expect((await state(page)).emgName).toBe('');
  await until(page, 'secCertType', '居民身份证', () => nextSelect(page, field(sec, '证件类型', 'next'), '居民身份证'));
  const range = field(sec, '证件有效期', 'next').locator('input');
  await range.first().click();
  await range.first().fill('2020-08-12');
  await range.first().press('Enter');
  await range.nth(1).click();
  await range.nth(1).fill('2040-08-12');
  await range.nth(1).press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'secValidity', ['2020-08-12', '2040-08-12']);
  await field(sec, '证件有效期', 'next').getByText('长期', { exact: true }).click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidity', ['2020-08-12', '']);
  await field(sec, '证件有效期', 'next').getByText('长期', { exact: true }).click();
  await until(page, 'secLongTerm', false);
  await field(sec, '证件正面', 'next').locator('input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'secIdFront', ['wangqiang-id-front.png']);
  expect((await state(page)).secIdBack).toEqual([]);
  await field(sec, '手机号码', 'next').locator('input').fill('18600186000');
  await until(page, 'secMobile', '18600186000');
  await emg.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'emgSame', true);
  await until(page, 'emgName', '李娜');
  await until(page, 'emgCertNumber', '330110198511204525');
  await until(page, 'emgValidity', ['2016-05-10', '']);
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgEmail', 'lina@yunqi-demo.cn');
  await expect(field(emg, '姓名', 'next').locator('input')).toBeDisabled();
  expect((await state(page)).secSame).toBe(false);
  await emg.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'emgSame', false);
  await expect(field(emg, '姓名', 'next').locator('input')).toBeEnabled();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout4-aliyun-subject-person-elp: star + colon labels — locked carried values, inputs, cascader, select, daterange + 长期, buttons', async () => {
  const build = 'heldout4-aliyun-subject-person-elp';
  const page = await open(build);
  await expect(field(page, '主办者性质', 'el').locator('.el-form-item__label .req')).toHaveText('*');
  await expect(field(page, '主办者性质', 'el').locator('.el-form-item__label')).toHaveText(/：$/);
  await expect(field(page, '证件号码', 'el').locator('input')).toBeDisabled();
  await expect(field(page, '证件类型', 'el').locator('.el-select__wrapper')).toHaveClass(/is-disabled/);
  expect((await state(page)).certType).toBe('居民身份证');
  await field(page, '主办人姓名', 'el').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await field(page, '证件住址', 'el').locator('input').fill('浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'certAddress', '浙江省杭州市西湖区文三路 100 号 1 幢 101 室');
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区'], () => elCascade(page, field(page, '通讯地址', 'el'), ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  await field(page, '详细地址', 'el').locator('input').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'mailDetail', '文三路 100 号 1 幢 101 室');
  await until(page, 'prCertType', '居民身份证', () => elSelect(page, field(page, '负责人证件类型', 'el'), '居民身份证'));
  const range = field(page, '证件有效期', 'el').locator('.el-range-input');
  await range.first().click();
  await range.first().fill('2018-03-01');
  await range.nth(1).fill('2038-03-01');
  await range.nth(1).press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01']);
  await field(page, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', ['2018-03-01', '']);
  await field(page, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', false);
  await field(page, '应急联系电话', 'el').locator('input').fill('13900139000');
  await until(page, 'emergency', '13900139000');
  await until(page, 'imType', '钉钉', () => elSelect(page, field(page, '即时通讯类型', 'el'), '钉钉'));
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

test('heldout4-mps-subject-unit-elp-stacked: labels above — select, inputs, upload, two lazy cascaders, dates + 长期有效 switch, radios, buttons', async () => {
  const build = 'heldout4-mps-subject-unit-elp-stacked';
  const page = await open(build);
  await until(page, 'kind', '单位', () => elSelect(page, field(page, '开办主体性质', 'el'), '单位'));
  await field(page, '主办单位名称', 'el').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => elSelect(page, field(page, '主办单位证件类型', 'el'), '营业执照证书'));
  await field(page, '单位有效证件', 'el').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, field(page, '单位办公地址', 'el'), ['浙江省', '杭州市', '余杭区']));
  await page.keyboard.press('Escape');
  await until(page, 'resRegion', ['浙江省', '杭州市', '西湖区'], () => elCascade(page, field(page, '负责人常住地址', 'el'), ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  expect((await state(page)).officeRegion).toEqual(['浙江省', '杭州市', '余杭区']);
  await field(page, '详细地址', 'el', 1).locator('input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'resDetail', '文一西路 969 号 2 幢 305 室');
  expect((await state(page)).officeDetail).toBe('');
  await typeDate(page, field(page, '证件有效期起', 'el').locator('input'), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await typeDate(page, field(page, '证件有效期止', 'el').locator('input'), '2036-05-10');
  await until(page, 'prValidTo', '2036-05-10');
  await field(page, '长期有效', 'el').locator('.el-switch').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(field(page, '证件有效期止', 'el').locator('input')).toBeDisabled();
  await field(page, '证件正面', 'el').locator('input[type=file]').setInputFiles(file('lina-id-front.png'));
  await until(page, 'prIdFront', ['lina-id-front.png']);
  await field(page, '办公室电话', 'el').locator('input').fill('0571-88886666');
  await until(page, 'officePhone', '0571-88886666');
  await field(page, '是否利用生成式人工智能', 'el').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout4-aliyun-site-unit-antd-iframe: form in a same-origin iframe — textarea list, select, multi-select, checkboxes, radios, switch copies and locks, dates + 长期, shell buttons', async () => {
  const build = 'heldout4-aliyun-site-unit-antd-iframe';
  const page = await open(build);
  expect(await page.evaluate(() => !!document.querySelector('iframe#formFrame') && !document.querySelector('.ant-form'))).toBe(true);
  const fr = page.frameLocator('#formFrame');
  await item(fr, '网站名称', 'antd').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await item(fr, '网站域名', 'antd').locator('textarea').fill('yunqi-demo.cn\nyunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await item(fr, '网站首页URL', 'antd').locator('input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await until(page, 'serviceType', '网站应用服务', () => antdSelect(page, item(fr, '服务类型', 'antd'), '网站应用服务', fr));
  await until(page, 'content', ['单位门户网站'], () => antdSelect(page, item(fr, '网站内容', 'antd'), '单位门户网站', fr));
  await page.keyboard.press('Escape');
  await item(fr, '网站语言', 'antd').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await item(fr, '是否涉及前置审批', 'antd').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await item(fr, '负责人姓名', 'antd').locator('input').fill('王强');
  await until(page, 'wpName', '王强');
  await until(page, 'wpCertType', '居民身份证', () => antdSelect(page, item(fr, '证件类型', 'antd'), '居民身份证', fr));
  await typeDate(page, item(fr, '证件有效期开始', 'antd').locator('.ant-picker input'), '2020-08-12');
  await until(page, 'wpValidFrom', '2020-08-12');
  await typeDate(page, item(fr, '证件有效期结束', 'antd').locator('.ant-picker input'), '2040-08-12');
  await until(page, 'wpValidTo', '2040-08-12');
  await item(fr, '证件有效期结束', 'antd').getByText('长期', { exact: true }).click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidTo', '');
  await item(fr, '证件有效期结束', 'antd').getByText('长期', { exact: true }).click();
  await until(page, 'wpLongTerm', false);
  await item(fr, '是否与主体负责人相同', 'antd').locator('.ant-switch').click();
  await until(page, 'sameAsPrincipal', true);
  await until(page, 'wpName', '李娜');
  await until(page, 'wpMobile', '13600136000');
  await expect(item(fr, '负责人姓名', 'antd').locator('input')).toBeDisabled();
  await item(fr, '是否与主体负责人相同', 'antd').locator('.ant-switch').click();
  await until(page, 'sameAsPrincipal', false);
  await expect(item(fr, '负责人姓名', 'antd').locator('input')).toBeEnabled();
  await item(fr, '办公电话', 'antd').locator('input').fill('0571-88887777');
  await until(page, 'wpPhone', '0571-88887777');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout4-mps-site-unit-antd-collapse: collapse panels — date, tags, IP rows, range, repeated-label selects and cascaders, search select, button radios revealing checkboxes, coded select, multi-select, radios, switch', async () => {
  const build = 'heldout4-mps-site-unit-antd-collapse';
  const page = await open(build);
  await field(page, '网站名称', 'antd').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await typeDate(page, field(page, '网站开通日期', 'antd').locator('input'), '2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  const subs = field(page, '从域名', 'antd').locator('input');
  await subs.click();
  await subs.fill('yunqi-demo.com.cn');
  await subs.press('Enter');
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  const ips = field(page, '网站IP', 'antd');
  await ips.locator('input').first().fill('47.96.56.78');
  await ips.getByRole('button', { name: '+ 添加IP' }).click();
  await ips.locator('input').nth(1).fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await ips.getByRole('button', { name: /^删\s*除$/ }).nth(1).click();
  await until(page, 'ips', ['47.96.56.78']);
  const range = field(page, '域名证书有效期', 'antd').locator('input');
  await range.first().click();
  await range.first().fill('2025-11-01');
  await page.keyboard.press('Enter');
  await range.nth(1).fill('2028-11-01');
  await page.keyboard.press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'domainCertValidity', ['2025-11-01', '2028-11-01']);
  await until(page, 'rgJurisdiction', '境内', () => antdSelect(page, field(page, '所属地区管辖', 'antd', 1), '境内'));
  expect((await state(page)).apJurisdiction).toBe('');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, field(page, '所属区域', 'antd', 0).locator('.ant-select'), ['浙江省', '杭州市', '余杭区']));
  await until(page, 'rgRegion', ['北京市', '市辖区', '大兴区'], () => antdCascade(page, field(page, '所属区域', 'antd', 1).locator('.ant-select'), ['北京市', '市辖区', '大兴区']));
  expect((await state(page)).apRegion).toEqual(['浙江省', '杭州市', '余杭区']);
  await until(page, 'apName', '阿里云计算有限公司', () => antdSelect(page, field(page, '名称', 'antd', 0), '阿里云计算有限公司'));
  expect((await state(page)).rgName).toBe('');
  await until(page, 'apMethod', '租赁主机', () => antdSelect(page, field(page, '网站接入方式', 'antd'), '租赁主机'));
  await field(page, '联系电话', 'antd', 1).locator('input').fill('010-65985888');
  await until(page, 'rgPhone', '010-65985888');
  await expect(field(page, '交互服务类型', 'antd')).toBeHidden();
  await field(page, '是否提供互联网交互服务', 'antd').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await field(page, '交互服务类型', 'antd').getByText('网络评论', { exact: true }).click();
  await until(page, 'interactiveKinds', ['网络评论']);
  await until(page, 'siteType', 'E', () => antdSelect(page, field(page, '网站类型', 'antd'), '信息资讯类'));
  await until(page, 'languages', ['中文简体'], () => antdSelect(page, field(page, '网站语种', 'antd'), '中文简体'));
  await page.keyboard.press('Escape');
  await field(page, '相关前置许可', 'antd').getByText('无', { exact: true }).click();
  await until(page, 'preLicence', '无');
  await field(page, '是否提供危险物品信息发布服务', 'antd').locator('.ant-switch').click();
  await until(page, 'dangerous', true);
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native */

test('heldout4-beian-old-site-unit-native-rows: old portal div rows — locked carried name, inputs, date, 添加 rows, textarea, radios, chained async selects ×2, selects, coded checkboxes, buttons', async () => {
  const build = 'heldout4-beian-old-site-unit-native-rows';
  const page = await open(build);
  expect(page.url().startsWith('http://www.beian.gov.cn/portal/')).toBe(true);
  const ctl = (label: string) => page.locator('.row').filter({ has: page.locator('.lbl', { hasText: exact(label) }) }).locator('.ctl');
  await expect(ctl('开办主体名称').locator('input')).toBeDisabled();
  await expect(page.locator('.lbl', { hasText: exact('网站名称') }).locator('.star')).toHaveText('*');
  await ctl('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  await ctl('网站开通日期').locator('input').fill('2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  await ctl('从域名').locator('input').first().fill('yunqi-demo.com.cn');
  await ctl('从域名').getByRole('button', { name: '添加' }).click();
  await ctl('从域名').locator('input').nth(1).fill('yunqi-demo.net');
  await until(page, 'subDomains', ['yunqi-demo.com.cn', 'yunqi-demo.net']);
  await ctl('从域名').getByRole('button', { name: '删除' }).nth(1).click();
  await until(page, 'subDomains', ['yunqi-demo.com.cn']);
  await ctl('网站IP').locator('textarea').fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await ctl('接入服务商所属地区管辖').getByText('境内').click();
  await until(page, 'apJurisdiction', '境内');
  for (const [id, path] of [['接入服务商所在地', ['浙江省', '杭州市', '余杭区']], ['注册服务商所在地', ['北京市', '市辖区', '大兴区']]] as const) {
    const sel = ctl(id).locator('select');
    for (const [i, name] of path.entries()) {
      await expect(sel.nth(i)).toBeEnabled();
      await expect(sel.nth(i).locator('option', { hasText: name })).toHaveCount(1);
      await sel.nth(i).selectOption({ label: name });
    }
  }
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  await until(page, 'rgRegion', ['北京市', '市辖区', '大兴区']);
  await ctl('网络接入服务商名称').locator('select').selectOption({ label: '阿里云计算有限公司' });
  await until(page, 'apName', '阿里云计算有限公司');
  await ctl('网站接入方式').locator('select').selectOption({ label: '租赁主机' });
  await until(page, 'apMethod', '租赁主机');
  await ctl('接入服务商联系电话').locator('input').fill('95187');
  await until(page, 'apPhone', '95187');
  await ctl('是否提供互联网交互服务').getByText('是').click();
  await until(page, 'interactive', '是');
  await ctl('网站语种').getByText('中文简体').click();
  await ctl('网站语种').getByText('英语').click();
  await until(page, 'languages', ['01', '05']);
  await ctl('是否提供互联网危险物品信息发布服务').getByText('否').click();
  await until(page, 'dangerous', '否');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '保 存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-4 page is in the bundle, served only with its own replicaBuild', async () => {
  // generation 4, retired into tuning once generations 5 and 6 (../replicas/heldout5, heldout6) were written
  checks.holds([
    'heldout4-aliyun-basic-person-fusion', 'heldout4-aliyun-site-unit-antd-iframe', 'heldout4-aliyun-subject-person-elp',
    'heldout4-aliyun-upload-unit-fusion-tabs', 'heldout4-beian-old-site-unit-native-rows', 'heldout4-mps-principal-unit-fusion-boldline',
    'heldout4-mps-site-unit-antd-collapse', 'heldout4-mps-subject-unit-elp-stacked',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout4-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout4-aliyun-basic-person-fusion',
  ]);
  // the embedded form document is served only for the framed build, on its own host
  const status = async (url: string) => {
    const p = await checks.context.newPage(); // a fresh tab each: a failed navigation leaves an error page behind
    try { return await p.goto(url).then((r) => r?.status() ?? null, () => null); } finally { await p.close(); }
  };
  expect(await status('https://beian.aliyun.com/__heldout4/frame/heldout4-no-such-build')).not.toBe(200);
  expect(await status('https://beian.mps.gov.cn/__heldout4/frame/heldout4-aliyun-site-unit-antd-iframe')).not.toBe(200);
  expect(await status('https://beian.aliyun.com/__heldout4/frame/heldout4-aliyun-site-unit-antd-iframe?replicaBuild=heldout4-aliyun-site-unit-antd-iframe')).toBe(200);
});
