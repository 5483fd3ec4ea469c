/**
 * The gen-9 replica builds (held out, now retired into tuning) (tests/replicas/heldout9) are real pages: a user driving one widget of
 * each kind on every page (dialog, lazy cascaders with typed search, radio buttons, inline form, split
 * phone, 年/月/日 inputs and selects, remote-search selects, repeatable rows, toggle tags, tag input,
 * textarea lists, example-picture upload cards, copy switches, buttons) changes the framework state that
 * getState() reports, and every `expect` key of the build exists in the initial state. Plain Chromium (no
 * extension needed), every other request aborted. Screenshots of every page land in /tmp/heldout9/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout9 } from '../replicas/heldout9';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { elCascade, elSelect, nextCascade, nextSelect, pick } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout9, '/tmp/heldout9');
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

/* ------------------------------------------------------------------ Element Plus */

test('heldout9-aliyun-basic-person-elp-dialog: dialog open on load, lazy cascader + typed search, 性质 reveals radio-button 证件类型, blur checks, 取消 / 编辑 / 信息校验', async () => {
  const build = 'heldout9-aliyun-basic-person-elp-dialog';
  const page = await open(build);
  const dialog = page.locator('.el-dialog');
  await expect(dialog).toBeVisible();
  // levels load remotely, one click at a time
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, field(dialog, '主办单位所属区域', 'el'), ['浙江省', '杭州市', '余杭区']));
  // typed search over the loaded levels
  await until(page, 'region', ['浙江省', '杭州市', '西湖区'], async () => {
    const input = field(dialog, '主办单位所属区域', 'el').locator('input');
    await input.click();
    await input.fill('西湖');
    await page.locator('.el-cascader__suggestion-item:visible').filter({ hasText: '西湖区' }).first().click({ timeout: 3000 });
  });
  await expect(field(dialog, '主办单位证件类型', 'el')).toHaveCount(0);
  await until(page, 'nature', '个人', () => elSelect(page, field(dialog, '主办单位性质', 'el'), '个人'));
  await field(dialog, '主办单位证件类型', 'el').getByText('居民身份证', { exact: true }).click();
  await until(page, 'certType', '居民身份证');
  await expect(field(dialog, '主办单位证件类型', 'el')).not.toContainText('营业执照');
  const no = field(dialog, '主办单位证件号码', 'el').locator('input');
  await no.fill('330106199003071237');
  await no.blur();
  await expect(field(dialog, '主办单位证件号码', 'el').locator('.el-form-item__error')).toHaveText('身份证号码校验不通过');
  await no.fill('330106199003071236');
  await no.blur();
  await until(page, 'certNumber', '330106199003071236');
  await expect(field(dialog, '主办单位证件号码', 'el').locator('.el-form-item__error')).toHaveCount(0);
  const domain = field(dialog, '网站域名', 'el').locator('input');
  await domain.fill('www.zhangwei-notes.cn');
  await domain.blur();
  await expect(field(dialog, '网站域名', 'el')).toContainText('不含 http:// 和 www.');
  await domain.fill('zhangwei-notes.cn');
  await until(page, 'domain', 'zhangwei-notes.cn');
  expect((await state(page)).serviceCode).toBe('');
  await dialog.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await dialog.getByRole('button', { name: '取消' }).click();
  await until(page, 'cancelClicks', 1);
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(dialog).toBeVisible();
  expect((await state(page)).domain).toBe('zhangwei-notes.cn');
  await finish(page, build);
});

test('heldout9-mps-subject-unit-elp-inline: inline items, select, USCC rule on blur, upload, lazy cascader, date + 长期, split office phone, radios', async () => {
  const build = 'heldout9-mps-subject-unit-elp-inline';
  const page = await open(build);
  expect((await state(page)).kind).toBe('单位');
  await field(page, '主办单位名称', 'el').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await until(page, 'unitCertType', '营业执照证书', () => elSelect(page, field(page, '主办单位证件类型', 'el'), '营业执照证书'));
  const uscc = field(page, '主办单位证件号', 'el').locator('input');
  await uscc.fill('91330110MA2H3K7Q1');
  await uscc.blur();
  await expect(field(page, '主办单位证件号', 'el').locator('.el-form-item__error')).toHaveText('统一社会信用代码格式不正确');
  await uscc.fill('91330110MA2H3K7Q18');
  await until(page, 'unitCertNumber', '91330110MA2H3K7Q18');
  await field(page, '有效证件', 'el').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitCertFile', ['yunqi-licence.png']);
  await until(page, 'officeRegion', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, field(page, '单位办公地址', 'el'), ['浙江省', '杭州市', '余杭区']));
  await page.locator('.office-detail input').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'officeDetail', '文一西路 969 号 2 幢 305 室');
  await until(page, 'prValidFrom', '2016-05-10', async () => {
    const input = page.locator('.valid-from input');
    await input.click();
    await input.fill('2016-05-10');
    await input.press('Enter');
    await page.mouse.click(5, 5);
  });
  await field(page, '证件有效期', 'el').getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await expect(page.locator('.valid-to input')).toBeDisabled();
  await field(page, '负责人证件', 'el').locator('.up-prIdFront input[type=file]').setInputFiles(file('lina-id-front.png'));
  await until(page, 'prIdFront', ['lina-id-front.png']);
  const area = field(page, '办公室电话', 'el').getByPlaceholder('区号');
  await area.fill('571');
  await area.blur();
  await expect(field(page, '办公室电话', 'el').locator('.el-form-item__error')).toContainText('区号为');
  await area.fill('0571');
  await field(page, '办公室电话', 'el').getByPlaceholder('号码').fill('88886666');
  await until(page, 'officeAreaCode', '0571');
  await until(page, 'officeNumber', '88886666');
  await field(page, '是否利用生成式人工智能', 'el').getByText('否', { exact: true }).click();
  await until(page, 'genAI', '否');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ antd */

test('heldout9-aliyun-upload-unit-antd-samples: example pictures, dashed 点击上传 boxes keep images and reject other files, consent, 提交审核', async () => {
  const build = 'heldout9-aliyun-upload-unit-antd-samples';
  const page = await open(build);
  const slot = (k: string) => page.locator(`.slot-${k}`);
  await expect(slot('licence').locator('.sample img')).toBeVisible();
  await expect(slot('licence')).toContainText('点击上传');
  await slot('licence').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'licence', ['yunqi-licence.png']);
  await expect(slot('licence')).toContainText('yunqi-licence.png');
  await slot('domainCert').locator('input[type=file]').setInputFiles(TEXT);
  await expect(slot('domainCert').locator('.err')).toHaveText('notes.txt：仅支持 jpg、png 格式');
  expect((await state(page)).domainCert).toEqual([]);
  expect((await state(page)).prFront).toEqual([]);
  await page.getByText('本人承诺所上传资料真实、有效，并授权阿里云提交至管局审核').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交审核' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

test('heldout9-aliyun-site-unit-fusion-second: saved first site, repeatable domain rows feed the home URL, multi-select, checkbox reveals items, start date + 有效期限, copy checkbox', async () => {
  const build = 'heldout9-aliyun-site-unit-fusion-second';
  const page = await open(build);
  await expect(page.locator('.saved-site')).toContainText('云栖开发者社区');
  const site = page.locator('.open-site');
  await field(site, '网站名称', 'next').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const rows = field(site, '网站域名', 'next').locator('.domain-row input');
  await rows.nth(0).fill('yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await site.getByRole('button', { name: '+ 添加域名' }).click();
  await rows.nth(1).fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await expect(field(site, '首页网址', 'next').locator('input')).toBeDisabled();
  await until(page, 'contentTypes', ['单位门户网站'], () => nextSelect(page, field(site, '网站服务内容', 'next'), '单位门户网站'));
  await page.keyboard.press('Escape');
  await field(site, '网站语言', 'next').getByText('英语', { exact: true }).click();
  await until(page, 'languages', ['英语']);
  await site.getByText('涉及前置审批', { exact: true }).click();
  await until(page, 'preApproval', true);
  await field(site, '前置审批项', 'next').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await site.getByText('涉及前置审批', { exact: true }).click();
  await until(page, 'preApproval', false);
  await expect(field(site, '前置审批项', 'next')).toHaveCount(0);
  await until(page, 'wpCertType', '居民身份证', () => nextSelect(page, field(site, '证件类型', 'next'), '居民身份证'));
  await until(page, 'wpValidFrom', '2020-08-12', async () => {
    await field(site, '证件有效期起始日', 'next').locator('input').first().click();
    const input = page.locator('.next-overlay-wrapper.opened input').first();
    await input.fill('2020-08-12');
    await input.press('Enter');
    await page.mouse.click(5, 5);
  });
  await until(page, 'wpValidSpan', '20年', () => nextSelect(page, field(site, '有效期限', 'next'), '20年'));
  await expect(site.locator('.valid-end')).toHaveText('有效期至：2040-08-12');
  const em = field(site, '应急联系电话', 'next').locator('input');
  await em.fill('1870018');
  await em.blur();
  await expect(field(site, '应急联系电话', 'next')).toContainText('须为手机号码');
  await em.fill('18700187000');
  await until(page, 'wpEmergency', '18700187000');
  await site.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'wpName', '李娜');
  await until(page, 'wpValidSpan', '长期');
  await expect(field(site, '网站负责人姓名', 'next').locator('input')).toBeDisabled();
  await site.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'wpSame', false);
  await page.getByRole('button', { name: '保存网站' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/** The control cell right of the rowspan table's label cell reading `label`. */
const cell = (page: Page, label: string): Locator =>
  page.locator('table.rs td.lbl').filter({ hasText: exact(label) }).first().locator('xpath=following-sibling::td[1]');

test('heldout9-mps-site-person-fusion-rowspan: rowspan table, preset radio hides the ICP number, 年/月/日 number inputs, async cascader, remote provider search, letter select, checkboxes', async () => {
  const build = 'heldout9-mps-site-person-fusion-rowspan';
  const page = await open(build);
  await expect(page.locator('table.rs th.sec')).toHaveCount(4);
  await cell(page, '网站名称').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  expect((await state(page)).hasIcp).toBe('是');
  await expect(cell(page, '工信部备案号').locator('input')).toBeVisible();
  await cell(page, '是否有工信部备案号？').getByText('否', { exact: true }).click();
  await until(page, 'hasIcp', '否');
  await expect(cell(page, '工信部备案号').locator('input')).toHaveCount(0);
  await cell(page, '是否有工信部备案号？').getByText('是', { exact: true }).click();
  await until(page, 'hasIcp', '是');
  const ymd = cell(page, '网站开通日期').locator('input');
  await ymd.nth(0).fill('2025');
  await ymd.nth(1).fill('11');
  await ymd.nth(2).fill('20');
  await until(page, 'openedAt', '2025-11-20');
  const ip = cell(page, '网站IP').locator('input');
  await ip.fill('47.96.12.340');
  await ip.blur();
  await expect(cell(page, '网站IP')).toContainText('IP 地址格式不正确');
  await ip.fill('47.96.12.34');
  await until(page, 'ip', '47.96.12.34');
  await cell(page, '所属地区管辖').getByText('境内', { exact: true }).click();
  await until(page, 'apJurisdiction', '境内');
  await until(page, 'apRegion', ['浙江省', '杭州市', '余杭区'], () => nextCascade(page, cell(page, '所属区域'), ['浙江省', '杭州市', '余杭区']));
  // remote search: the provider list answers after a delay
  await until(page, 'apName', '阿里云计算有限公司', async () => {
    await page.locator('.ap-name').click();
    await page.locator('.ap-name input').fill('阿里云');
    await page.locator('.next-overlay-wrapper.opened .next-menu-item').filter({ hasText: exact('阿里云计算有限公司') }).click({ timeout: 3000 });
  });
  await until(page, 'apMethod', '租赁虚拟空间', () => nextSelect(page, cell(page, '网站接入方式'), '租赁虚拟空间'));
  await until(page, 'category', 'Z', () => nextSelect(page, cell(page, '网站类型'), 'Z 其他'));
  await cell(page, '是否有相关前置许可？').getByText('是', { exact: true }).click();
  await cell(page, '前置许可类型').getByText('教育', { exact: true }).click();
  await until(page, 'preItems', ['教育']);
  await cell(page, '是否有相关前置许可？').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await until(page, 'preItems', []);
  await cell(page, '网站语种').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['中文简体']);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await until(page, 'draftClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Arco */

test('heldout9-volcengine-subject-person-arco-sidesteps: right-side required marks, picture upload, blur check, remote cascader, select, range picker + 长期有效 switch', async () => {
  const build = 'heldout9-volcengine-subject-person-arco-sidesteps';
  const page = await open(build);
  const item = (label: string) => page.locator('.arco-form-item').filter({ has: page.locator('.arco-form-label-item', { hasText: label }) }).first();
  // the required marker follows the label text
  await expect(item('主办人姓名').locator('.arco-form-label-item label > .arco-form-item-symbol:last-child')).toHaveCount(1);
  await item('身份证人像面').locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await item('主办人姓名').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  const no = item('证件号码').locator('input');
  await no.fill('330106199003071230');
  await no.blur();
  await expect(item('证件号码')).toContainText('身份证号码校验不通过');
  await no.fill('330106199003071236');
  await until(page, 'certNumber', '330106199003071236');
  const node = (t: string) => page.locator('.arco-cascader-popup .arco-cascader-list-item').filter({ hasText: exact(t) });
  await until(page, 'mailRegion', ['浙江省', '杭州市', '西湖区'], async () => {
    if (!(await page.locator('.arco-cascader-popup:visible').count())) await page.locator('.mail-region').click();
    await node('浙江省').click({ timeout: 3000 });
    await node('杭州市').click({ timeout: 3000 });
    await node('西湖区').click({ timeout: 3000 });
  });
  await until(page, 'prCertType', '居民身份证', () => pick(page, () => item('负责人证件类型').locator('.arco-select').click(),
    page.locator('.arco-select-popup .arco-select-option').filter({ hasText: exact('居民身份证') })));
  await until(page, 'prValidity', ['2018-03-01', '2038-03-01'], async () => {
    const inputs = page.locator('.valid-range input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2018-03-01');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill('2038-03-01');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await item('证件有效期').getByRole('switch').click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidity', ['2018-03-01', '']);
  await expect(page.locator('.valid-range')).toHaveCount(0);
  const em = item('应急联系电话').locator('input');
  await item('手机号码').locator('input').fill('13800138000');
  await em.fill('13800138000');
  await em.blur();
  await expect(item('应急联系电话')).toContainText('不能与手机号码相同');
  await em.fill('13900139000');
  await until(page, 'prEmergency', '13900139000');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ TDesign */

test('heldout9-baidu-site-unit-tdesign-top: tag input domains, toggle tags, multi-select, button radios reveal items, IP textarea check, copy switch, range picker, upload', async () => {
  const build = 'heldout9-baidu-site-unit-tdesign-top';
  const page = await open(build);
  /** labels carry their required mark at the right */
  const right = (label: string) => new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?\\s*$`);
  const item = (label: string) => page.locator('.t-form__item').filter({ has: page.locator('.t-form__label', { hasText: right(label) }) }).first();
  await expect(item('网站名称').locator('.t-form__label')).toHaveText('网站名称*');
  await item('网站名称').locator('input').fill('云栖示例科技官网');
  await until(page, 'siteName', '云栖示例科技官网');
  const tags = item('网站域名').locator('input');
  await tags.fill('yunqi-demo.cn');
  await tags.press('Enter');
  await tags.fill('www.yunqi-demo.com.cn');
  await tags.press('Enter');
  await expect(item('网站域名')).toContainText('请填写不含 www. 的域名');
  await expect(item('网站域名').locator('.t-tag')).toHaveCount(1); // the rejected tag is not kept
  await tags.fill('yunqi-demo.com.cn');
  await tags.press('Enter');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await item('首页URL').locator('input').fill('www.yunqi-demo.cn');
  await until(page, 'homeUrl', 'www.yunqi-demo.cn');
  await until(page, 'contentTypes', ['单位门户网站'], () => pick(page, () => item('网站服务内容').locator('.t-select').click(),
    page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact('单位门户网站') })));
  await page.mouse.click(5, 5);
  await expect(page.locator('.t-popup:visible .t-select__list')).toHaveCount(0);
  await item('网站语言').getByText('英语', { exact: true }).click();
  await item('网站语言').getByText('中文简体', { exact: true }).click();
  await until(page, 'languages', ['英语', '中文简体']);
  await item('是否涉及前置审批').getByText('是', { exact: true }).click();
  await item('前置审批类型').getByText('文化', { exact: true }).click();
  await until(page, 'preItems', ['文化']);
  await item('是否涉及前置审批').getByText('否', { exact: true }).click();
  await until(page, 'preApproval', '否');
  await expect(item('前置审批类型')).toHaveCount(0);
  const ips = item('网站IP地址').locator('textarea');
  await ips.fill('47.96.56.78\n300.1.1.1');
  await ips.blur();
  await expect(item('网站IP地址')).toContainText('300.1.1.1：IP 地址格式不正确');
  await ips.fill('47.96.56.78\n2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  await item('网站负责人身份证人像面').locator('input[type=file]').setInputFiles(file('wangqiang-id-front.png'));
  await until(page, 'wpIdPhoto', ['wangqiang-id-front.png']);
  await item('与主体负责人相同').locator('.t-switch').click();
  await until(page, 'wpName', '李娜');
  await expect(item('网站负责人姓名').locator('input')).toBeDisabled();
  await expect(item('网站负责人姓名').locator('input')).toHaveValue('李娜');
  await item('与主体负责人相同').locator('.t-switch').click();
  await until(page, 'wpSame', false);
  await item('网站负责人姓名').locator('input').fill('王强');
  await until(page, 'wpName', '王强');
  await until(page, 'wpValidity', ['2020-08-12', '2040-08-12'], async () => {
    const inputs = page.locator('.valid-range input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2020-08-12');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).click();
    await inputs.nth(1).fill('2040-08-12');
    await inputs.nth(1).press('Enter');
    await page.mouse.click(5, 5);
  });
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ native (old portal) */

test('heldout9-beian-old-principal-person-native-ymd: div rows, code radios, 年/月/日 selects + 长期有效, blur messages, file, 同主体负责人信息, captcha', async () => {
  const build = 'heldout9-beian-old-principal-person-native-ymd';
  const page = await open(build);
  expect(new URL(page.url()).protocol).toBe('http:');
  const sec = page.locator('#sec_aq');
  const emg = page.locator('#sec_yj');
  /** The control of a row whose label reads `label` (full-width spaces and colon included). */
  const ctl = (scope: Locator, label: string) => scope.locator('.row').filter({ has: page.locator('.lbl', { hasText: label }) }).first().locator('.ctl');
  await ctl(sec, '姓　　名').locator('input').fill('张伟');
  await until(page, 'secName', '张伟');
  await ctl(sec, '证件类型').getByText('居民身份证', { exact: true }).click();
  await until(page, 'secCertType', '01');
  const no = ctl(sec, '证件号码').locator('input');
  await no.fill('330106199003071235');
  await no.blur();
  await expect(ctl(sec, '证件号码')).toContainText('身份证号码格式不正确');
  await no.fill('330106199003071236');
  await until(page, 'secCertNumber', '330106199003071236');
  await expect(ctl(sec, '证件号码')).not.toContainText('格式不正确');
  await sec.locator('#aq_qs_y').selectOption('2018');
  await sec.locator('#aq_qs_m').selectOption('02');
  await sec.locator('#aq_qs_d').selectOption('30');
  await expect(ctl(sec, '证件有效期')).toContainText('所选日期不存在');
  expect((await state(page)).secValidFrom).toBe('');
  await sec.locator('#aq_qs_m').selectOption('03');
  await sec.locator('#aq_qs_d').selectOption('01');
  await until(page, 'secValidFrom', '2018-03-01');
  await sec.locator('#aq_jz_y').selectOption('2038');
  await sec.locator('#aq_jz_m').selectOption('03');
  await sec.locator('#aq_jz_d').selectOption('01');
  await until(page, 'secValidTo', '2038-03-01');
  await ctl(sec, '证件有效期').getByText('长期有效').click();
  await until(page, 'secLongTerm', true);
  await until(page, 'secValidTo', '');
  await expect(sec.locator('#aq_jz_y')).toBeDisabled();
  await ctl(sec, '证件有效期').getByText('长期有效').click();
  await until(page, 'secLongTerm', false);
  const mail = ctl(sec, '电子邮件地址').locator('input');
  await mail.fill('zhangwei@');
  await mail.blur();
  await expect(ctl(sec, '电子邮件地址')).toContainText('电子邮件地址格式不正确');
  await mail.fill('zhangwei@example.com');
  await until(page, 'secEmail', 'zhangwei@example.com');
  await ctl(sec, '证件照片').locator('#aq_zm').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'secIdFront', ['zhangwei-id-front.png']);
  // the emergency contact copies the 开办主体 principal and locks
  await emg.getByText('同主体负责人信息').click();
  await until(page, 'emgName', '张伟');
  await until(page, 'emgCertType', '01');
  await until(page, 'emgValidTo', '2038-03-01');
  await expect(ctl(emg, '联络人姓名').locator('input')).toHaveAttribute('readonly', /.*/);
  await expect(emg.locator('#yj_qs_y')).toHaveValue('2018');
  expect((await state(page)).captcha).toBe('');
  await page.getByRole('button', { name: '保存' }).click();
  await until(page, 'saveClicks', 1);
  await finish(page, build);
});

/* ------------------------------------------------------------------ bundle */

test('every gen-9 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout9-aliyun-basic-person-elp-dialog', 'heldout9-aliyun-site-unit-fusion-second', 'heldout9-aliyun-upload-unit-antd-samples',
    'heldout9-mps-site-person-fusion-rowspan', 'heldout9-mps-subject-unit-elp-inline', 'heldout9-beian-old-principal-person-native-ymd',
    'heldout9-volcengine-subject-person-arco-sidesteps', 'heldout9-baidu-site-unit-tdesign-top',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout9-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout9-aliyun-basic-person-elp-dialog',
    'https://console.volcengine.com/beian/other?replicaBuild=heldout9-volcengine-subject-person-arco-sidesteps',
    'https://console.bce.baidu.com/other/?replicaBuild=heldout9-baidu-site-unit-tdesign-top',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout9-beian-old-principal-person-native-ymd',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.volcengine.com/__heldout9/arco.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.bce.baidu.com/__heldout9/tdesign.css'))?.status()).toBe(200);
});
