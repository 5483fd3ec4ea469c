/**
 * The gen-7 HELD-OUT replica builds (tests/replicas/heldout7) are real pages: a user driving one widget of
 * each kind on every page (select, cascader, date, radio, checkbox, upload, add-row list, typed input)
 * changes the framework state that getState() reports, and every `expect` key of the build exists in the
 * initial state. Plain Chromium (no extension needed), every other request aborted. Screenshots of every
 * page land in /tmp/heldout7/<build>.png.
 *
 * The shadow-root build is driven through Playwright's shadow-piercing locators; its state is read through
 * window.__replica in the page's main world like every other build.
 */
import { test, expect, type Page } from '@playwright/test';
import { prepareHeldout7 } from '../replicas/heldout7';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elSelect, pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout7, '/tmp/heldout7');
const { finish } = checks;

/** Open a build (every expect key in the initial state); every key the profile lacks starts empty. */
async function open(build: string): Promise<Page> {
  const page = await checks.open(build);
  const p = checks.bundle.pages.find((x) => x.build === build)!;
  const s = await state(page);
  const empty = (v: unknown) => v === '' || (Array.isArray(v) && v.length === 0);
  expect(Object.keys(p.expect).filter((k) => 'missing' in p.expect[k]! && !empty(s[k])), `${build}: missing keys not empty`).toEqual([]);
  return page;
}

/** Day `d` of the month a picker panel shows: the state holds <that year-month>-dd. */
const dayOf = (d: string) => new RegExp(`^\\d{4}-\\d{2}-${d}$`);
async function stateMatches(page: Page, key: string, re: RegExp) {
  await expect.poll(async () => String((await state(page))[key]), { message: key, timeout: 15_000 }).toMatch(re);
}

/* ------------------------------------------------------------------ antd */

test('heldout7-aliyun-basic-person-antd-shadow: inside an open shadow root — lazy cascader, dependent selects, label switch, radios, inputs, consent, 信息校验', async () => {
  const build = 'heldout7-aliyun-basic-person-antd-shadow';
  const page = await open(build);
  // the form lives in the host's open shadow root, with the library's styles there too
  expect(await page.evaluate(() => {
    const root = document.querySelector('icp-micro-app')?.shadowRoot;
    return { inShadow: !!root?.querySelector('.ant-form'), inLight: !!document.querySelector('.ant-form'), styles: root?.querySelectorAll('style').length ?? 0 };
  })).toEqual({ inShadow: true, inLight: false, styles: expect.any(Number) });
  expect(await page.evaluate(() => document.querySelector('icp-micro-app')!.shadowRoot!.querySelectorAll('style').length)).toBeGreaterThan(2);
  const item = (label: string) => page.locator('.ant-form-item').filter({ has: page.locator('.ant-form-item-label', { hasText: label }) }).first();
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], () => antdCascade(page, item('通信地址所属区域').locator('.ant-cascader'), ['浙江省', '杭州市', '西湖区']));
  await page.keyboard.press('Escape');
  await expect(item('主办单位证件类型').locator('.ant-select-disabled')).toHaveCount(1);
  await expect(item('主办单位名称')).toBeVisible();
  await until(page, 'nature', '个人', () => antdSelect(page, field(page, '主办单位性质', 'antd'), '个人'));
  await expect(field(page, '主办人姓名', 'antd')).toBeVisible(); // the name label follows the nature
  await until(page, 'certType', '居民身份证', () => antdSelect(page, field(page, '主办单位证件类型', 'antd'), '居民身份证'));
  await field(page, '证件号码', 'antd').locator('input').fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  await field(page, '主办人姓名', 'antd').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  expect((await state(page)).serviceKind).toBe('');
  await field(page, '备案类型', 'antd').getByText('网站', { exact: true }).click();
  await until(page, 'serviceKind', '网站');
  await field(page, '网站域名', 'antd').locator('input').fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  await field(page, '服务器公网IP', 'antd').locator('input').fill('47.96.12.34');
  await until(page, 'resourceIp', '47.96.12.34');
  await field(page, '备案资源类型', 'antd').getByText('备案服务号', { exact: true }).click();
  await until(page, 'resourceType', '备案服务号');
  await expect(field(page, '服务器公网IP', 'antd')).toHaveCount(0);
  await field(page, '备案资源类型', 'antd').getByText('ECS云服务器', { exact: true }).click();
  await until(page, 'resourceType', 'ECS云服务器');
  expect((await state(page)).captcha).toBe('');
  await page.getByText('我已阅读并同意《阿里云ICP代备案服务协议》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

/** Pick day `d` in the open antd date panel. */
const antdDay = (page: Page, d: string) =>
  page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-in-view').filter({ hasText: exact(d) }).first();

test('heldout7-mps-subject-unit-antd-segmented: Segmented reveals the unit block — inputs, code select, upload, whole-country select by typing, read-only dates + 长期, radios', async () => {
  const build = 'heldout7-mps-subject-unit-antd-segmented';
  const page = await open(build);
  await expect(field(page, '主办单位名称', 'antd')).toHaveCount(0);
  await field(page, '开办主体性质', 'antd').getByText('单位', { exact: true }).click();
  await until(page, 'kind', '单位');
  await field(page, '主办单位名称', 'antd').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '01', () => antdSelect(page, field(page, '主办单位证件类型', 'antd'), '营业执照证书'));
  await field(page, '有效证件', 'antd').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitCertFile', ['yunqi-licence.png']);
  // the whole-country select: the county is not in the (virtual) list until typed
  const office = field(page, '单位办公地址', 'antd');
  const yuhang = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact('浙江省 / 杭州市 / 余杭区') });
  await office.locator('.ant-select').click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first()).toBeVisible();
  await expect(yuhang).toHaveCount(0);
  await page.keyboard.press('Escape');
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    await office.locator('.ant-select').click();
    await office.locator('input').fill('余杭');
    await yuhang.click({ timeout: 2000 });
  });
  await field(page, '详细地址', 'antd').locator('input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await until(page, 'prCertType', '居民身份证', () => antdSelect(page, field(page, '负责人证件类型', 'antd'), '居民身份证'));
  // read-only date inputs: pick from the panel
  const start = page.getByLabel('有效期开始日期');
  await expect(start).toHaveAttribute('readonly', /.*/);
  await pick(page, () => start.click(), antdDay(page, '15'));
  await stateMatches(page, 'prValidFrom', dayOf('15'));
  await field(page, '证件有效期', 'antd').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await expect(page.getByLabel('有效期结束日期')).toBeDisabled();
  await field(page, '证件正面照片', 'antd').locator('input[type=file]').setInputFiles(file('lina-id-front.png'));
  await until(page, 'prIdFront', ['lina-id-front.png']);
  await field(page, '负责人邮箱', 'antd').locator('input').fill('lina@yunqi-demo.cn');
  await until(page, 'email', 'lina@yunqi-demo.cn');
  await field(page, '是否利用生成式人工智能', 'antd').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout7-mps-principal-unit-antd-accordion: the open step of an accordion — inputs, select, date, uploads, 同主体负责人信息 copies and locks, 带入 button, accordion switching', async () => {
  const build = 'heldout7-mps-principal-unit-antd-accordion';
  const page = await open(build);
  const panel = (t: string) => page.locator('.ant-collapse-item').filter({ has: page.locator('.ant-collapse-header', { hasText: t }) });
  await expect(panel('第一步')).not.toHaveClass(/ant-collapse-item-active/);
  await expect(panel('第二步')).not.toHaveClass(/ant-collapse-item-active/);
  await expect(panel('第三步')).toHaveClass(/ant-collapse-item-active/);
  await expect(panel('第四步')).toHaveClass(/ant-collapse-item-disabled/);
  const sec = page.locator('.blk-sec');
  const emg = page.locator('.blk-emg');
  await field(sec, '负责人姓名', 'antd').locator('input').fill('王强');
  await until(page, 'secName', '王强');
  await until(page, 'secCertType', '居民身份证', () => antdSelect(page, field(sec, '负责人证件类型', 'antd'), '居民身份证'));
  const from = field(sec, '证件有效期', 'antd').getByLabel('证件有效期开始');
  await from.click();
  await from.fill('2020-08-12');
  await from.press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'secValidFrom', '2020-08-12');
  await field(sec, '证件照片', 'antd').locator('input[type=file]').first().setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'secIdFront', ['wangqiang-id-front.png']);
  expect((await state(page)).secIdBack).toEqual([]);
  await sec.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'secSame', true);
  await until(page, 'secName', '李娜');
  await until(page, 'secLongTerm', true);
  await expect(field(sec, '负责人姓名', 'antd').locator('input')).toBeDisabled();
  await sec.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'secSame', false);
  await expect(field(sec, '负责人姓名', 'antd').locator('input')).toBeEnabled();
  await emg.getByRole('button', { name: '带入主体负责人信息' }).click();
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await until(page, 'emgMobile', '13600136000');
  await expect(field(emg, '联络人姓名', 'antd').locator('input')).toBeEnabled();
  // opening a finished step closes the current one; its values stay
  await panel('第一步').locator('.ant-collapse-header').click();
  await expect(panel('第一步').getByText('91330110MA2H3K7Q18')).toBeVisible();
  await expect(sec).toBeHidden();
  await panel('第三步').locator('.ant-collapse-header').click();
  await expect(field(emg, '联络人姓名', 'antd').locator('input')).toHaveValue('李娜');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

const elDay = (page: Page, d: string) => page.locator('.el-picker-panel:visible td.available').filter({ hasText: exact(d) }).first();

test('heldout7-aliyun-site-person-elp-drawer: a drawer open on load — inputs, autocomplete, radios, multi-select, settings switch, select, read-only dates + 长期, 保存 closes / 编辑 reopens', async () => {
  const build = 'heldout7-aliyun-site-person-elp-drawer';
  const page = await open(build);
  const drawer = page.locator('.el-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { name: '编辑网站信息' })).toBeVisible();
  await field(drawer, '网站名称', 'el').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', async () => {
    const input = field(drawer, '网站首页URL', 'el').locator('input');
    await input.fill('www');
    await page.locator('.el-autocomplete-suggestion li:visible').filter({ hasText: exact('www.zhangwei-notes.cn') }).click({ timeout: 2000 });
  });
  await field(drawer, '网站服务内容', 'el').getByText('其他', { exact: true }).click();
  await until(page, 'contentType', '其他');
  await until(page, 'languages', ['中文简体'], () => elSelect(page, field(drawer, '网站语言', 'el'), '中文简体'));
  await page.keyboard.press('Escape');
  const preRow = drawer.locator('.set-row').filter({ hasText: '涉及前置审批' });
  await preRow.locator('.el-switch').click();
  await until(page, 'preApproval', true);
  await drawer.getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await preRow.locator('.el-switch').click();
  await until(page, 'preApproval', false);
  await until(page, 'wpCertType', '居民身份证', () => elSelect(page, field(drawer, '证件类型', 'el'), '居民身份证'));
  const from = drawer.getByLabel('证件有效期开始日期');
  await expect(from).toHaveAttribute('readonly', /.*/);
  await pick(page, () => from.click(), elDay(page, '15'));
  await stateMatches(page, 'wpValidFrom', dayOf('15'));
  await field(drawer, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'wpLongTerm', true);
  await expect(drawer.getByLabel('证件有效期结束日期')).toBeDisabled();
  await field(drawer, '移动电话', 'el').locator('input').fill('13800138000');
  await until(page, 'wpMobile', '13800138000');
  expect((await state(page)).domains).toEqual(['zhangwei-notes.cn']);
  await drawer.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await expect(drawer).toBeHidden();
  await expect(page.locator('.el-table')).toContainText('已填写');
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(drawer).toBeVisible();
  await expect(field(drawer, '网站名称', 'el').locator('input')).toHaveValue('张伟的读书笔记');
  await drawer.getByRole('button', { name: '取消' }).click();
  await expect(drawer).toBeHidden();
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout7-mps-site-person-elp-segmented: segmented yes/no, whole-country select-v2 by typing, add-row lists, upload, read-only date + daterange, selects, radios, checkboxes', async () => {
  const build = 'heldout7-mps-site-person-elp-segmented';
  const page = await open(build);
  await field(page, '网站名称', 'el').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const openDate = field(page, '网站开通日期', 'el').locator('input');
  await expect(openDate).toHaveAttribute('readonly', /.*/);
  await pick(page, () => openDate.click(), elDay(page, '20'));
  await stateMatches(page, 'openDate', dayOf('20'));
  await page.getByRole('button', { name: '+ 添加从域名' }).click();
  await page.getByLabel('从域名 1').fill('zhangwei-notes.com');
  await until(page, 'subDomains', ['zhangwei-notes.com']);
  await field(page, '从域名', 'el').getByRole('button', { name: '删除' }).click();
  await until(page, 'subDomains', []);
  await page.getByLabel('网站IP地址 1').fill('47.96.12.34');
  await until(page, 'ips', ['47.96.12.34']);
  await page.getByRole('button', { name: '+ 添加IP' }).click();
  await expect(page.getByLabel('网站IP地址 2')).toBeVisible();
  await field(page, '域名证书', 'el').locator('input[type=file]').setInputFiles(file('zhangwei-domain.png'));
  await until(page, 'domainCertFile', ['zhangwei-domain.png']);
  const range = field(page, '域名证书有效期', 'el');
  await pick(page, () => range.locator('.el-range-editor').click(), page.locator('.el-date-range-picker:visible .el-date-range-picker__content.is-left td.available').filter({ hasText: exact('10') }).first());
  await page.locator('.el-date-range-picker:visible .el-date-range-picker__content.is-left td.available').filter({ hasText: exact('20') }).first().click();
  await expect.poll(async () => JSON.stringify((await state(page)).certValidity)).toMatch(/^\["\d{4}-\d{2}-10","\d{4}-\d{2}-20"\]$/);
  const ap = page.locator('.blk-ap');
  await field(ap, '所属地区管辖', 'el').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  expect((await state(page)).rgJurisdiction).toBe('');
  const region = field(ap, '所属区域', 'el');
  const yuhang = page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact('浙江省 / 杭州市 / 余杭区') });
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], async () => {
    await region.locator('.el-select__wrapper').click();
    await page.keyboard.type('余杭区');
    await yuhang.click({ timeout: 2000 });
  });
  await until(page, 'apName', '阿里云计算有限公司', () => elSelect(page, field(ap, '接入服务商名称', 'el'), '阿里云计算有限公司'));
  await field(ap, '网站接入方式', 'el').getByText('租赁虚拟空间', { exact: true }).click();
  await until(page, 'apMethod', '租赁虚拟空间');
  await field(page, '是否提供互联网交互服务', 'el').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  await field(page, '交互服务类型', 'el').getByText('论坛社区', { exact: true }).click();
  await until(page, 'interactiveKinds', ['论坛社区']);
  await field(page, '是否提供互联网交互服务', 'el').getByText('否', { exact: true }).click();
  await until(page, 'interactive', '否');
  await expect(field(page, '交互服务类型', 'el')).toHaveCount(0);
  await until(page, 'psbCategory', 'Z', () => elSelect(page, field(page, '网站类型', 'el'), 'Z 其他'));
  await field(page, '网站语种', 'el').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await field(page, '是否涉及相关前置许可', 'el').getByText('否', { exact: true }).click();
  await until(page, 'preLicence', '否');
  await field(page, '是否提供涉及管制物品信息发布服务', 'el').getByText('否', { exact: true }).click();
  await until(page, 'dangerous', '否');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

test('heldout7-aliyun-upload-person-fusion-timeline: timeline uploads, verification inputs, settings switch, consent, buttons', async () => {
  const build = 'heldout7-aliyun-upload-person-fusion-timeline';
  const page = await open(build);
  const node = (t: string) => page.locator('.next-timeline-item').filter({ hasText: t });
  await node('主办人证件照片（人像面）').locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await expect(node('主办人证件照片（人像面）')).toContainText('zhangwei-id-front.png');
  expect((await state(page)).idBack).toEqual([]);
  await field(page, '核验人姓名', 'next').locator('input').fill('张伟');
  await until(page, 'verifyName', '张伟');
  await field(page, '接收核验短信的手机号码', 'next').locator('input').fill('13800138000');
  await until(page, 'verifyMobile', '13800138000');
  await page.locator('.set-row').filter({ hasText: '审核进度短信提醒' }).locator('.next-switch').click();
  await until(page, 'smsNotice', true);
  expect((await state(page)).faceByApp).toBe(true);
  await page.getByText('我已阅读并承诺所提交资料真实、有效').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '发送核验链接' }).click();
  await until(page, 'faceClicks', 1);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout7-tencent-site-unit-tdesign-rail: TagInput, selects, filled radios revealing checkboxes, checkbox group, read-only date + 长期, upload, inputs', async () => {
  const build = 'heldout7-tencent-site-unit-tdesign-rail';
  const page = await open(build);
  const item = (label: string | RegExp) => page.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: typeof label === 'string' ? exact(label) : label }) }).first();
  const pre = /^\s*\*?\s*是否涉及前置或专项审批\s*\?$/; // the label carries a tooltip mark
  await item('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const tags = item('网站域名').locator('input');
  await tags.fill('yunqi-demo.cn');
  await tags.press('Enter');
  await tags.fill('yunqi-demo.com.cn');
  await tags.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await item('网站首页URL').locator('input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  const option = (t: string) => page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(t) }).first();
  await until(page, 'serviceType', '网站应用服务', () => pick(page, () => item('服务类型').locator('.t-input').click(), option('网站应用服务')));
  await until(page, 'contentTypes', ['单位门户网站'], async () => {
    await item('内容类型').locator('.t-input').click();
    await item('内容类型').locator('input').fill('单位');
    await option('单位门户网站').click({ timeout: 2000 });
  });
  await page.mouse.click(5, 5);
  await item(pre).getByText('是', { exact: true }).click();
  await until(page, 'preApproval', '是');
  await item('前置或专项审批内容类型').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await item(pre).getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await item('网站语言').getByText('中文简体', { exact: true }).click();
  await item('网站语言').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['中文简体', '英语']);
  await until(page, 'wpCertType', '居民身份证', () => pick(page, () => item('证件类型').locator('.t-input').click(), option('居民身份证')));
  const from = item('证件有效期').locator('input').first();
  await expect(from).toHaveAttribute('readonly', /.*/);
  await pick(page, () => from.click(), page.locator('.t-popup:visible td.t-date-picker__cell:not(.t-date-picker__cell--additional)').filter({ hasText: exact('15') }).first());
  await stateMatches(page, 'wpValidFrom', dayOf('15'));
  await page.mouse.click(5, 5);
  await item('证件有效期').getByText('长期', { exact: true }).click();
  await until(page, 'wpLongTerm', true);
  await item('办公电话').locator('input').fill('0571-88887777');
  await until(page, 'wpLandline', '0571-88887777');
  await item('负责人授权书').locator('input[type=file]').setInputFiles(file('wangqiang-authorisation.png'));
  await until(page, 'wpAuth', ['wangqiang-authorisation.png']);
  expect((await state(page)).remark).toBe('');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout7-beian-old-site-unit-native-aria: aria-labelledby names, read-only calendar, IP rows, ARIA radiogroups and comboboxes, long native select, checkboxes', async () => {
  const build = 'heldout7-beian-old-site-unit-native-aria';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('label:not(:has(input[type=checkbox]))')).toHaveCount(0);
  await page.getByRole('textbox', { name: '网站名称' }).fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const date = page.getByRole('textbox', { name: '网站开通日期' });
  await expect(date).toHaveAttribute('readonly', /.*/);
  await date.click();
  const cal = page.getByRole('dialog', { name: '选择日期' });
  await cal.getByLabel('年').selectOption('2025');
  await cal.getByLabel('月').selectOption('10');
  await cal.getByRole('button', { name: '25', exact: true }).click();
  await until(page, 'openDate', '2025-11-25');
  await expect(cal).toHaveCount(0);
  await page.getByRole('textbox', { name: '从域名' }).fill('yunqi-demo.com.cn, yunqi-demo.net');
  await until(page, 'subDomains', ['yunqi-demo.com.cn', 'yunqi-demo.net']);
  await page.getByLabel('网站IP地址（第1行）').fill('47.96.56.78');
  await page.getByText('+ 增加一行').click();
  await page.getByLabel('网站IP地址（第2行）').fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  const apJur = page.getByRole('radiogroup', { name: '所属地区管辖' }).first();
  await apJur.getByRole('radio', { name: '境内' }).click();
  await until(page, 'apJurisdiction', '境内');
  await apJur.getByRole('radio', { name: '境内' }).press('ArrowRight');
  await until(page, 'apJurisdiction', '境外');
  await expect(apJur.getByRole('radio', { name: '境外' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('combobox', { name: '所属区域' }).first().selectOption('330110');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区']);
  const ap = page.getByRole('combobox', { name: '网络接入服务商名称' });
  await ap.click();
  await ap.fill('阿里');
  await page.getByRole('option', { name: '阿里云计算有限公司', exact: true }).click();
  await until(page, 'apName', '阿里云计算有限公司');
  const rg = page.getByRole('combobox', { name: '域名注册服务商名称' });
  await rg.click();
  await rg.fill('万网');
  await rg.press('ArrowDown');
  await rg.press('Enter');
  await until(page, 'rgName', '阿里云计算有限公司（原万网）');
  await page.getByRole('combobox', { name: '网站接入方式' }).selectOption('租赁主机');
  await until(page, 'apMethod', '租赁主机');
  await expect(page.getByRole('group', { name: '交互服务类型' })).toBeHidden();
  await page.getByRole('radiogroup', { name: '是否提供互联网交互服务' }).getByRole('radio', { name: '是' }).click();
  await until(page, 'interactive', '是');
  await page.getByRole('checkbox', { name: '论坛社区' }).check();
  await page.getByRole('checkbox', { name: '网络评论' }).check();
  await until(page, 'interactiveKinds', ['论坛社区', '网络评论']);
  await page.getByRole('checkbox', { name: '中文简体' }).check();
  await until(page, 'languages', ['中文简体']);
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '保 存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-7 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout7-aliyun-basic-person-antd-shadow', 'heldout7-aliyun-site-person-elp-drawer', 'heldout7-aliyun-upload-person-fusion-timeline',
    'heldout7-beian-old-site-unit-native-aria', 'heldout7-mps-principal-unit-antd-accordion', 'heldout7-mps-site-person-elp-segmented',
    'heldout7-mps-subject-unit-antd-segmented', 'heldout7-tencent-site-unit-tdesign-rail',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout7-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout7-aliyun-basic-person-antd-shadow',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout7-tencent-site-unit-tdesign-rail',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://beian.aliyun.com/__heldout7/antd.js'))?.status()).toBe(200);
});

