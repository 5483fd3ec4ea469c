/**
 * The gen-8 HELD-OUT replica builds (tests/replicas/heldout8) are real pages: a user driving one widget of
 * each kind on every page (select, async region selects / cascader, remote search, typed dates, range
 * picker, radio, checkbox, switch, upload rows, editable tables, IP segments, copy checkboxes, buttons)
 * changes the framework state that getState() reports, and every `expect` key of the build exists in the
 * initial state. Plain Chromium (no extension needed), every other request aborted. Screenshots of every
 * page land in /tmp/heldout8/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout8 } from '../replicas/heldout8';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { elSelect, nextSelect, pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout8, '/tmp/heldout8');
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

const TEXT = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') };

/* ------------------------------------------------------------------ antd */

test('heldout8-aliyun-subject-unit-antd-columns: disabled carried fields, three async region selects, 有效期类型 reveals a typed end date, blur checks, upload, 下一步', async () => {
  const build = 'heldout8-aliyun-subject-unit-antd-columns';
  const page = await open(build);
  await expect(field(page, '主办单位性质', 'antd').locator('.ant-select-disabled')).toHaveCount(1);
  expect((await state(page)).certNumber).toBe('91330110MA2H3K7Q18');
  await field(page, '主办单位名称', 'antd').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'name', '杭州云栖示例科技有限公司');
  // the city and district selects stay disabled until their parent is chosen; options arrive late
  await expect(page.locator('.ant-select.addr-c')).toHaveClass(/ant-select-disabled/);
  const opt = (t: string) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact(t) });
  /** Open a level's select, type to narrow its (virtual) list, click the option. */
  const level = (cls: string, name: string) => async () => {
    await page.locator(`.ant-select.${cls}`).click();
    await page.locator(`.ant-select.${cls} input`).fill(name.slice(0, 2));
    await opt(name).click({ timeout: 3000 });
  };
  await until(page, 'addrProvince', '浙江省', level('addr-p', '浙江省'));
  await until(page, 'addrCity', '杭州市', level('addr-c', '杭州市'));
  await until(page, 'addrDistrict', '余杭区', level('addr-d', '余杭区'));
  await page.getByLabel('详细地址').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'addrDetail', '文一西路 969 号 2 幢 305 室');
  await field(page, '营业执照', 'antd').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  // 有效期类型: the end date exists only for 非长期
  await expect(field(page, '证件有效期截止日期', 'antd')).toHaveCount(0);
  await field(page, '有效期类型', 'antd').getByText('非长期', { exact: true }).click();
  await until(page, 'prValidKind', '非长期');
  const to = field(page, '证件有效期截止日期', 'antd').locator('input');
  await to.fill('2038-02-30');
  await to.blur();
  await expect(field(page, '证件有效期截止日期', 'antd')).toContainText('请输入正确的日期');
  await to.fill('2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await field(page, '有效期类型', 'antd').getByText('长期', { exact: true }).click();
  await until(page, 'prValidKind', '长期');
  await until(page, 'prValidTo', '');
  await expect(field(page, '证件有效期截止日期', 'antd')).toHaveCount(0);
  await field(page, '证件有效期开始日期', 'antd').locator('input').fill('2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await until(page, 'prCertType', '居民身份证', () =>
    pick(page, () => field(page, '负责人证件类型', 'antd').locator('.ant-select').click(), opt('居民身份证')));
  const mobile = field(page, '手机号码', 'antd').locator('input');
  await mobile.fill('1360013');
  await mobile.blur();
  await expect(field(page, '手机号码', 'antd')).toContainText('请输入正确的11位手机号码');
  await mobile.fill('13600136000');
  await until(page, 'prMobile', '13600136000');
  await expect(field(page, '手机号码', 'antd')).not.toContainText('请输入正确的11位手机号码');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/** The dd of a dt whose text reads `label` (the definition-list build has no form items). */
const dd = (page: Page, label: string): Locator => page.locator('dl.kv dt').filter({ hasText: exact(label) }).locator('xpath=following-sibling::dd[1]');

test('heldout8-mps-subject-person-antd-dl: dt/dd without labels — preset radio, select, 年月日 typed dates + 长期, upload, remote-search region, switch', async () => {
  const build = 'heldout8-mps-subject-person-antd-dl';
  const page = await open(build);
  expect((await state(page)).kind).toBe('个人');
  await expect(dd(page, '开办主体性质').locator('input[value=单位]')).toBeDisabled();
  await dd(page, '负责人姓名').locator('input').fill('张伟');
  await until(page, 'prName', '张伟');
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => dd(page, '负责人证件类型').locator('.ant-select').click(),
    page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact('居民身份证') })));
  const [from, to] = [dd(page, '证件有效期').locator('input[type=text], input:not([type])').nth(0), dd(page, '证件有效期').locator('input[type=text], input:not([type])').nth(1)];
  await from.fill('2018年03月01日');
  await until(page, 'prValidFrom', '2018-03-01');
  await to.fill('2038-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await to.blur();
  await expect(to).toHaveValue('2038年03月01日'); // shown back in 年月日
  await from.fill('2018年13月01日');
  await from.blur();
  await expect(dd(page, '证件有效期')).toContainText('日期格式应为 yyyy年mm月dd日');
  await dd(page, '证件有效期').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await expect(to).toBeDisabled();
  await dd(page, '负责人证件').locator('input[type=file]').first().setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'prIdFront', ['zhangwei-id-front.png']);
  expect((await state(page)).prIdHand).toEqual([]);
  // remote search: nothing listed until 2 characters are typed; the server answers after a delay
  const region = dd(page, '负责人常住地址');
  const xihu = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact('浙江省 杭州市 西湖区') });
  await until(page, 'residence', ['浙江省', '杭州市', '西湖区'], async () => {
    await region.locator('.ant-select').click();
    await region.locator('input').fill('西湖');
    await xihu.click({ timeout: 3000 });
  });
  await dd(page, '详细地址').locator('input').fill('文三路 100 号 1 幢 101 室');
  await until(page, 'residenceDetail', '文三路 100 号 1 幢 101 室');
  const ai = dd(page, '是否利用生成式人工智能').getByRole('switch');
  await ai.click();
  await until(page, 'genAI', true);
  await ai.click();
  await until(page, 'genAI', false);
  expect((await state(page)).officePhone).toBe('');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

test('heldout8-aliyun-site-person-fusion-placeholders: textarea domains feed the home-URL select, searchable select, checkboxes, switch, range picker, placeholder-only inputs', async () => {
  const build = 'heldout8-aliyun-site-person-fusion-placeholders';
  const page = await open(build);
  await field(page, '网站名称', 'next').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  await expect(field(page, '网站首页地址', 'next').locator('input')).toBeDisabled();
  await field(page, '网站域名', 'next').locator('textarea').fill('zhangwei-notes.cn\nzhangwei-notes.com\n');
  await until(page, 'domains', ['zhangwei-notes.cn', 'zhangwei-notes.com']);
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn', () => nextSelect(page, field(page, '网站首页地址', 'next'), 'www.zhangwei-notes.cn'));
  await field(page, '网站域名', 'next').locator('textarea').fill('zhangwei-notes.cn');
  await until(page, 'domains', ['zhangwei-notes.cn']);
  expect((await state(page)).serviceType).toBe('网站应用服务');
  await until(page, 'contentType', '其他', () => nextSelect(page, field(page, '服务内容', 'next'), '其他'));
  await field(page, '语言类型', 'next').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  const sw = field(page, '是否涉及前置审批', 'next').locator('.next-switch');
  await sw.click();
  await until(page, 'preApproval', true);
  await field(page, '前置审批项', 'next').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await sw.click();
  await until(page, 'preApproval', false);
  await expect(field(page, '前置审批项', 'next')).toHaveCount(0);
  await until(page, 'wpCertType', '居民身份证', () => nextSelect(page, field(page, '证件类型', 'next'), '居民身份证'));
  // the trigger inputs are read-only: the dates are typed into the panel's own inputs
  const trigger = field(page, '证件有效期', 'next').locator('.next-range-picker input');
  await expect(trigger.first()).toHaveAttribute('readonly', /.*/);
  const panel = page.locator('.next-overlay-wrapper.opened input');
  await until(page, 'wpValidity', ['2018-03-01', '2038-03-01'], async () => {
    await trigger.first().click();
    await panel.nth(0).fill('2018-03-01');
    await panel.nth(0).press('Enter');
    await panel.nth(1).fill('2038-03-01');
    await panel.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await field(page, '证件有效期', 'next').getByText('长期有效', { exact: true }).click();
  await until(page, 'wpLongTerm', true);
  await until(page, 'wpValidity', ['2018-03-01', '']);
  // the contact row: four inputs named only by their placeholders
  await page.getByPlaceholder('手机号码', { exact: true }).fill('13800138000');
  await until(page, 'wpMobile', '13800138000');
  await page.getByPlaceholder('应急联系电话', { exact: true }).fill('13800138000');
  await page.getByPlaceholder('电子邮箱', { exact: true }).click();
  await expect(field(page, '联系方式', 'next')).toContainText('与手机号码相同');
  await page.getByPlaceholder('应急联系电话', { exact: true }).fill('13900139000');
  await until(page, 'wpEmergency', '13900139000');
  expect((await state(page)).wpLandline).toBe('');
  await page.getByRole('button', { name: '保存并下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout8-aliyun-upload-unit-fusion-rows: each material row uploads through its own button, wrong types rejected, radios, consent, 提交初审', async () => {
  const build = 'heldout8-aliyun-upload-unit-fusion-rows';
  const page = await open(build);
  const row = (name: string) => page.locator('.materials tr').filter({ has: page.locator('td', { hasText: name }) }).first();
  await expect(row('主办单位证件（营业执照）').getByText('未上传')).toBeVisible();
  await row('主办单位证件（营业执照）').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(row('主办单位证件（营业执照）').getByText('已上传')).toBeVisible();
  await expect(row('主办单位证件（营业执照）')).toContainText('yunqi-licence.png');
  await row('域名证书').locator('input[type=file]').setInputFiles(TEXT);
  await expect(page.getByText('仅支持 jpg、png 格式').first()).toBeVisible();
  expect((await state(page)).domainCert).toEqual([]);
  expect((await state(page)).lrFront).toEqual([]);
  await page.getByText('视频核验（需预约）').click();
  await until(page, 'faceMode', '视频核验（需预约）');
  await page.getByText('我已确认上传资料真实有效，并同意阿里云进行真实性核验').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交初审' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout8-mps-principal-person-elp-twin: identical labels told apart by card, select, typed daterange, 长期 single date, 同主体负责人信息 copies and locks, upload, blur rule', async () => {
  const build = 'heldout8-mps-principal-person-elp-twin';
  const page = await open(build);
  const sec = page.locator('.blk-sec');
  const emg = page.locator('.blk-emg');
  await field(sec, '姓名', 'el').locator('input').fill('张伟');
  await until(page, 'secName', '张伟');
  expect((await state(page)).emgName).toBe('');
  await until(page, 'secCertType', '居民身份证', () => elSelect(page, field(sec, '证件类型', 'el'), '居民身份证'));
  const range = field(sec, '证件有效期', 'el').locator('.el-range-input');
  await until(page, 'secValidTo', '2038-03-01', async () => {
    await range.nth(0).click();
    await range.nth(0).fill('2018-03-01');
    await range.nth(1).click();
    await range.nth(1).fill('2038-03-01');
    await range.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await until(page, 'secValidFrom', '2018-03-01');
  const mobile = field(sec, '手机号码', 'el').locator('input');
  await mobile.fill('1380');
  await mobile.blur();
  await expect(field(sec, '手机号码', 'el').locator('.el-form-item__error')).toHaveText('请输入正确的手机号码');
  await mobile.fill('13800138000');
  await until(page, 'secMobile', '13800138000');
  await field(sec, '证件照片', 'el').locator('.up-IdFront input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  expect((await state(page)).secIdBack).toEqual([]);
  // 长期 turns the range into a single start date
  await field(emg, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'emgLongTerm', true);
  await expect(field(emg, '证件有效期', 'el').locator('.el-range-editor')).toHaveCount(0);
  await field(emg, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'emgLongTerm', false);
  // 同主体负责人信息 copies the held principal into the block and locks it
  await emg.getByText('同主体负责人信息', { exact: true }).click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgValidTo', '2038-03-01');
  await until(page, 'emgMobile', '13800138000');
  await expect(field(emg, '姓名', 'el').locator('input')).toBeDisabled();
  await expect(field(sec, '姓名', 'el').locator('input')).toBeEnabled();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Tea */

test('heldout8-tencent-subject-unit-tea-collapse: collapse wizard, upload, USCC blur check, tabbed async cascader, select, switch hides the end date, date picker, SMS button', async () => {
  const build = 'heldout8-tencent-subject-unit-tea-collapse';
  const page = await open(build);
  const item = (label: string, nth = 0) => page.locator('.tea-form__item').filter({ has: page.locator('.tea-form__label', { hasText: exact(label) }) }).nth(nth);
  await expect(page.getByText('备案地域')).toBeHidden();
  await page.getByText('1. 验证备案类型').click();
  await expect(page.getByText('浙江省 / 杭州市 / 余杭区')).toBeVisible();
  await item('营业执照').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await item('单位名称').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'name', '杭州云栖示例科技有限公司');
  const cert = item('证件号码').locator('input');
  await cert.fill('91330110MA2H3K7Q19');
  await cert.blur();
  await expect(item('证件号码')).toContainText('统一社会信用代码校验不通过');
  await cert.fill('91330110MA2H3K7Q18');
  await cert.blur();
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await expect(item('证件号码')).not.toContainText('校验不通过');
  // the tabbed cascader: 省份 → 城市 → 区县, each tab loaded on demand
  const menu = page.locator('.tea-cascader-menu:visible');
  const node = (t: string) => menu.locator('.tea-cascader-menu__label').filter({ hasText: exact(t) });
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], async () => {
    if (!(await menu.count())) await item('通信地址').locator('.tea-cascader').click();
    await node('浙江省').click({ timeout: 3000 });
    await node('杭州市').click({ timeout: 3000 });
    await node('余杭区').click({ timeout: 3000 });
  });
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => item('证件类型', 1).locator('.tea-dropdown').first().click(),
    page.locator('.tea-dropdown-box:visible .tea-list__item, .tea-dropdown-box:visible li').filter({ hasText: exact('居民身份证') }).first()));
  await item('长期有效').locator('input[type=checkbox]').check({ force: true });
  await until(page, 'prLongTerm', true);
  await expect(item('证件有效期').locator('.tea-datepicker')).toHaveCount(1);
  await until(page, 'prValidFrom', '2016-05-10', async () => {
    const input = item('证件有效期').locator('input').first();
    await input.click();
    await input.fill('2016-05-10');
    await input.press('Enter');
    await page.mouse.click(5, 5);
  });
  await item('手机号码').locator('input').fill('13600136000');
  await until(page, 'prMobile', '13600136000');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await until(page, 'smsClicks', 1);
  await expect(page.getByRole('button', { name: /s 后重新获取/ })).toBeDisabled();
  expect((await state(page)).smsCode).toBe('');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ OpenTiny */

test('heldout8-huawei-site-person-opentiny-bilingual: bilingual labels, editable domain table, checkbox group, multi-select, radios revealing items, IP segments, date + switch', async () => {
  const build = 'heldout8-huawei-site-person-opentiny-bilingual';
  const page = await open(build);
  const item = (label: string) => page.locator('.tiny-form-item').filter({ has: page.locator('.tiny-form-item__label', { hasText: label }) }).first();
  await expect(item('网站名称').locator('.tiny-form-item__label')).toContainText('Website name');
  await item('网站名称').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const rows = item('网站域名').locator('tbody tr');
  await rows.nth(0).locator('input').fill('zhangwei-notes.cn');
  await page.getByRole('button', { name: '+ 添加域名' }).click();
  await rows.nth(1).locator('input').fill('zhangwei-notes.com');
  await until(page, 'domains', ['zhangwei-notes.cn', 'zhangwei-notes.com']);
  await expect(rows.nth(1)).toContainText('从域名');
  await rows.nth(1).getByRole('button', { name: '删除' }).click();
  await until(page, 'domains', ['zhangwei-notes.cn']);
  await item('网站首页URL').locator('input').last().fill('www.zhangwei-notes.cn');
  await until(page, 'homeUrl', 'www.zhangwei-notes.cn');
  await item('网站服务内容').getByText('其他', { exact: true }).click();
  await until(page, 'contentTypes', ['其他']);
  await until(page, 'languages', ['中文简体'], () => pick(page, () => item('网站语言').locator('.tiny-select').click(),
    page.locator('.tiny-select-dropdown:visible .tiny-option').filter({ hasText: exact('中文简体') }).first()));
  await page.keyboard.press('Escape');
  await item('是否涉及前置审批').getByText('是', { exact: true }).click();
  await until(page, 'preApproval', '是');
  await item('前置审批类型').getByText('文化', { exact: true }).click();
  await until(page, 'preItems', ['文化']);
  await item('是否涉及前置审批').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(item('前置审批类型')).toHaveCount(0);
  const seg = page.locator('.site-ip input');
  for (const [i, v] of ['47', '96', '12', '34'].entries()) await seg.nth(i).fill(v);
  await until(page, 'ip', '47.96.12.34');
  await until(page, 'wpValidFrom', '2018-03-01', async () => {
    const input = page.locator('.valid-from input');
    await input.click();
    await input.fill('2018-03-01');
    await input.press('Enter');
    await page.mouse.click(5, 5);
  });
  await item('证件有效期').locator('.tiny-switch').click();
  await until(page, 'wpLongTerm', true);
  await expect(page.locator('.valid-to input')).toBeDisabled();
  await item('手机号码').locator('input').fill('13800138000');
  await until(page, 'wpMobile', '13800138000');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout8-beian-old-principal-unit-native-table: table cells name the controls, code select, typed dates + 长期有效, blur messages, 同主体负责人信息, file + 上传, captcha', async () => {
  const build = 'heldout8-beian-old-principal-unit-native-table';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  await expect(page.locator('label:not(:has(input[type=checkbox]))')).toHaveCount(0);
  const sec = page.locator('#tb_aqfzr');
  const emg = page.locator('#tb_yjllr');
  /** The control cell right of a label cell reading `label` (full-width spaces and colon included). */
  const ctl = (scope: Locator, label: string) => scope.locator('td.lbl').filter({ hasText: label }).first().locator('xpath=following-sibling::td[1]');
  await ctl(sec, '姓　　名').locator('input').fill('王强');
  await until(page, 'secName', '王强');
  await ctl(sec, '证件类型').locator('select').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '01');
  const no = ctl(sec, '证件号码').locator('input');
  await no.fill('110105198808123012');
  await no.blur();
  await expect(ctl(sec, '证件号码')).toContainText('身份证号码格式不正确');
  await no.fill('110105198808123011');
  await until(page, 'secCertNumber', '110105198808123011');
  const [from, to] = [ctl(sec, '证件有效期').locator('input[type=text]').nth(0), ctl(sec, '证件有效期').locator('input[type=text]').nth(1)];
  await from.fill('2020/08/12');
  await from.blur();
  await expect(ctl(sec, '证件有效期')).toContainText('日期格式应为 yyyy-mm-dd');
  await from.fill('2020-08-12');
  await to.fill('2040-08-12');
  await until(page, 'secValidTo', '2040-08-12');
  await ctl(sec, '证件有效期').getByText('长期有效').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(to).toBeDisabled();
  await ctl(sec, '证件照片').locator('input[type=file]').first().setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'secIdFront', ['wangqiang-id-front.png']);
  await ctl(sec, '证件照片').getByRole('button', { name: '上传' }).first().click();
  await expect(ctl(sec, '证件照片')).toContainText('上传成功');
  // the emergency contact copies the 开办主体 principal
  await emg.getByText('同主体负责人信息').click();
  await until(page, 'emgSame', true);
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await expect(ctl(emg, '姓　　名').locator('input')).toHaveAttribute('readonly', /.*/);
  expect((await state(page)).secName).toBe('王强');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '保 存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-8 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout8-aliyun-subject-unit-antd-columns', 'heldout8-aliyun-site-person-fusion-placeholders', 'heldout8-aliyun-upload-unit-fusion-rows',
    'heldout8-mps-subject-person-antd-dl', 'heldout8-mps-principal-person-elp-twin', 'heldout8-beian-old-principal-unit-native-table',
    'heldout8-tencent-subject-unit-tea-collapse', 'heldout8-huawei-site-person-opentiny-bilingual',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout8-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout8-aliyun-subject-unit-antd-columns',
    'https://console.huaweicloud.com/beian/other?replicaBuild=heldout8-huawei-site-person-opentiny-bilingual',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout8-beian-old-principal-unit-native-table',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout8/tea.js'))?.status()).toBe(200);
});
