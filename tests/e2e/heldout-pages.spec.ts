/**
 * The generation-1 held-out replica builds (tests/replicas/heldout, now retired into tuning) are real pages: a user driving one widget of each
 * kind on every page changes the framework state that getState() reports, and every `expect` key of the
 * build exists in that state. Plain Chromium (no extension needed), every other request aborted.
 * Screenshots of every page land in /tmp/heldout/<build>.png.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { prepareHeldout } from '../replicas/heldout';
import { exact, field, file, replicaPageChecks, state, until } from './replica-page-checks';
import { antdCascade, antdSelect, elCascade, elSelect, nextCascade, nextSelect, typeDate } from './user-widgets';

const checks = replicaPageChecks(prepareHeldout, '/tmp/heldout');
const { open, finish } = checks;

/** The cell next to the label cell (el-descriptions, native tables). */
const cellAfter = (scope: Page | Locator, label: string) =>
  scope.locator('th, td').filter({ hasText: exact(label) }).first().locator('xpath=following-sibling::td[1]');

/* ------------------------------------------------------------------ antd */

test('heldout-aliyun-basic-antd: antd grid — input, select, dependent select, lazy cascader, radio, buttons', async () => {
  const build = 'heldout-aliyun-basic-antd';
  const page = await open(build);
  await field(page, '证件号码', 'antd').locator('input').fill('91330110MA2H3K7Q18');
  await until(page, 'certNumber', '91330110MA2H3K7Q18');
  await antdSelect(page, field(page, '主办者性质', 'antd'), '企业');
  await until(page, 'nature', '企业', () => antdSelect(page, field(page, '证件类型', 'antd'), '营业执照（个人或企业）'));
  await until(page, 'certType', '营业执照（个人或企业）');
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], () => antdCascade(page, field(page, '主办单位所属区域', 'antd').locator('.ant-select, .ant-cascader').first(), ['浙江省', '杭州市', '余杭区']));
  await field(page, '互联网信息服务类型', 'antd').getByText('App', { exact: true }).click();
  await until(page, 'serviceKind', 'App');
  await page.getByRole('button', { name: '信息校验' }).click();
  await until(page, 'verifyClicks', 1);
  await finish(page, build);
});

test('heldout-aliyun-site-antd: antd dividers — domain list, multi-select, checkbox group, range picker, 同主体负责人', async () => {
  const build = 'heldout-aliyun-site-antd';
  const page = await open(build);
  const domains = field(page, '网站域名', 'antd');
  await domains.locator('input').first().fill('yunqi-demo.cn');
  await domains.getByRole('button', { name: /添加域名/ }).click();
  await domains.locator('input').nth(1).fill('yunqi-demo.com.cn');
  await until(page, 'domains', ['yunqi-demo.cn', 'yunqi-demo.com.cn']);
  await until(page, 'serviceType', '网站应用服务', () => antdSelect(page, field(page, '服务类型', 'antd'), '网站应用服务'));
  const langs = field(page, '网站语言', 'antd');
  await langs.locator('.ant-select').click();
  for (const l of ['中文简体', '英语']) {
    await page.keyboard.type(l); // a user types to search the long (virtual) list
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact(l) }).click();
  }
  await page.keyboard.press('Escape');
  await until(page, 'languages', ['中文简体', '英语']);
  await field(page, '网站服务内容', 'antd').getByText('单位门户网站', { exact: true }).click();
  await until(page, 'contentTypes', ['单位门户网站']);
  const validity = field(page, '证件有效期', 'antd');
  await validity.locator('input').first().click();
  await validity.locator('input').first().fill('2020-08-12');
  await page.keyboard.press('Enter');
  await validity.locator('input').nth(1).fill('2040-08-12');
  await page.keyboard.press('Enter');
  await until(page, 'webValidity', ['2020-08-12', '2040-08-12']);
  await page.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'sameAsSubject', true);
  await until(page, 'webName', '李娜');
  await expect(field(page, '负责人姓名', 'antd').locator('input')).toBeDisabled();
  await page.getByText('同主体负责人', { exact: true }).click();
  await until(page, 'sameAsSubject', false);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Fusion Next */

test('heldout-aliyun-upload-fusion: Fusion Upload.Card slots, consent checkbox, 提交 counter', async () => {
  const build = 'heldout-aliyun-upload-fusion';
  const page = await open(build);
  const slot = page.locator('.hx-slot').filter({ hasText: '主体证件' });
  await slot.locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'subjectCert', ['yunqi-licence.png']);
  expect((await state(page)).principalIdFront).toEqual([]);
  await page.getByText('我已阅读并同意《ICP备案信息真实性承诺书》').click();
  await until(page, 'agreed', true);
  await page.getByRole('button', { name: '提交' }).click();
  await until(page, 'submitClicks', 1);
  await finish(page, build);
});

test('heldout-mps-subject-unit-fusion: Fusion select, input, radio, lazy CascaderSelect + detail, DatePicker2, 长期, upload', async () => {
  const build = 'heldout-mps-subject-unit-fusion';
  const page = await open(build);
  await until(page, 'subjectKind', '单位', () => nextSelect(page, field(page, '开办主体性质', 'next'), '单位'));
  await field(page, '法人代表人姓名', 'next').locator('input').fill('李娜');
  await until(page, 'legalRep', '李娜');
  await field(page, '是否利用生成式人工智能', 'next').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');
  const reg = field(page, '单位注册地址', 'next');
  await until(page, 'regRegion', ['浙江省', '杭州市', '余杭区'], () => nextCascade(page, reg, ['浙江省', '杭州市', '余杭区']));
  await reg.locator('input[placeholder^="详细地址"]').fill('文一西路 969 号 2 幢 305 室');
  await until(page, 'regDetail', '文一西路 969 号 2 幢 305 室');
  const validity = field(page, '证件有效期', 'next');
  await validity.locator('input[placeholder="截止日期"]').click();
  await validity.locator('input[placeholder="截止日期"]').fill('2036-05-10');
  await page.keyboard.press('Enter');
  await until(page, 'prValidTo', '2036-05-10');
  await validity.locator('input[placeholder="起始日期"]').click();
  await validity.locator('input[placeholder="起始日期"]').fill('2016-05-10');
  await page.keyboard.press('Enter');
  await until(page, 'prValidFrom', '2016-05-10');
  await validity.getByText('长期', { exact: true }).click();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await field(page, '单位有效证件', 'next').locator('input[type=file]').setInputFiles(file('yunqi-licence.png'));
  await until(page, 'unitLicence', ['yunqi-licence.png']);
  await finish(page, build);
});

/* ------------------------------------------------------------------ Element Plus */

test('heldout-aliyun-subject-unit-elp: el-descriptions cells — input, select, lazy cascader, radio, date, textarea', async () => {
  const build = 'heldout-aliyun-subject-unit-elp';
  const page = await open(build);
  const unit = page.locator('.el-descriptions').filter({ hasText: '主办单位信息' });
  const person = page.locator('.el-descriptions').filter({ hasText: '主体负责人信息' });
  await cellAfter(unit, '主办单位名称').locator('input').fill('杭州云栖示例科技有限公司');
  await until(page, 'unitName', '杭州云栖示例科技有限公司');
  await elSelect(page, cellAfter(unit, '主办者性质'), '企业');
  await until(page, 'certType', '营业执照（个人或企业）', () => elSelect(page, cellAfter(unit, '证件类型'), '营业执照（个人或企业）'));
  await until(page, 'region', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, cellAfter(unit, '所属区域'), ['浙江省', '杭州市', '余杭区']));
  await cellAfter(unit, '通信地址').locator('textarea').fill('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await until(page, 'mailingAddress', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
  await until(page, 'prCertType', '居民身份证', () => elSelect(page, cellAfter(person, '证件类型'), '居民身份证'));
  const validity = cellAfter(person, '证件有效期');
  await validity.getByText('长期有效').click();
  await until(page, 'prValidKind', '长期有效');
  await typeDate(page, validity.locator('input[placeholder="起始日期"]'), '2016-05-10');
  await until(page, 'prValidFrom', '2016-05-10');
  await finish(page, build);
});

test('heldout-mps-subject-person-elp: el-form grid — select, three region selects, text dates + 长期, radio, el-upload', async () => {
  const build = 'heldout-mps-subject-person-elp';
  const page = await open(build);
  await until(page, 'subjectKind', '个人', () => elSelect(page, field(page, '开办主体性质', 'el'), '个人'));
  await field(page, '姓名', 'el').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  const home = field(page, '常住地址', 'el');
  const selects = home.locator('.el-select');
  for (const [i, v] of ['浙江省', '杭州市', '西湖区'].entries()) {
    await expect(selects.nth(i)).not.toHaveClass(/is-disabled/);
    // the options arrive ~100 ms after the level above was picked: reopen until they are there
    await expect(async () => {
      await selects.nth(i).click();
      await page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(v) }).click({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  }
  await until(page, 'homeRegion', ['浙江省', '杭州市', '西湖区']);
  const validity = field(page, '证件有效期', 'el');
  await validity.locator('input').nth(1).fill('2038-03-01');
  await until(page, 'validTo', '2038-03-01');
  await validity.getByText('长期', { exact: true }).click();
  await until(page, 'longTerm', true);
  await until(page, 'validTo', '');
  await field(page, '是否利用生成式人工智能', 'el').getByText('否', { exact: true }).click();
  await until(page, 'usesGenAI', '否');
  await page.locator('.mx-slot').filter({ hasText: '身份证正面' }).locator('input[type=file]').setInputFiles(file('zhangwei-id-front.png'));
  await until(page, 'idFront', ['zhangwei-id-front.png']);
  await finish(page, build);
});

test('heldout-mps-site-elp: date, IP list, daterange, provider blocks (radio, lazy cascader, filterable select), 交互服务类型, 网站类型', async () => {
  const build = 'heldout-mps-site-elp';
  const page = await open(build);
  await typeDate(page, field(page, '网站开通日期', 'el').locator('input'), '2025-11-25');
  await until(page, 'openedAt', '2025-11-25');
  const ips = field(page, 'IP地址', 'el');
  await ips.locator('input').first().fill('47.96.56.78');
  await ips.getByRole('button', { name: /添加IP/ }).click();
  await ips.locator('input').nth(1).fill('2408:4000:1000::10');
  await until(page, 'ips', ['47.96.56.78', '2408:4000:1000::10']);
  const range = field(page, '域名证书有效期', 'el');
  await range.locator('input').first().click();
  await range.locator('input').first().fill('2025-11-01');
  await range.locator('input').nth(1).fill('2028-11-01');
  await range.locator('input').nth(1).press('Enter');
  await page.mouse.click(5, 5);
  await until(page, 'domainCertValidity', ['2025-11-01', '2028-11-01']);
  const ap = page.locator('.mx-section').filter({ hasText: '网络接入服务商' });
  const rg = page.locator('.mx-section').filter({ hasText: '域名注册服务商' });
  // the second block's items follow the registrar heading: pick by order (same labels in both blocks)
  await page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: exact('所属地区管辖') }) }).nth(0).getByText('境内').click();
  await until(page, 'apJurisdiction', '境内');
  expect((await state(page)).rgJurisdiction).toBe('');
  await expect(ap).toBeVisible();
  await expect(rg).toBeVisible();
  await until(page, 'rgRegion', ['浙江省', '杭州市', '余杭区'], () => elCascade(page, page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: exact('所属区域') }) }).nth(1), ['浙江省', '杭州市', '余杭区']));
  const apName = page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: exact('名称') }) }).nth(0);
  await until(page, 'apName', '阿里云计算有限公司', () => elSelect(page, apName, '阿里云计算有限公司'));
  await field(page, '是否提供互联网交互服务', 'el').getByText('是', { exact: true }).click();
  await until(page, 'interactive', '是');
  const kinds = field(page, '交互服务类型', 'el');
  await kinds.getByText('论坛/社区').click();
  await kinds.getByText('网络评论').click();
  await until(page, 'interactiveKinds', ['论坛/社区', '网络评论']);
  await until(page, 'siteType', 'E 信息咨询类', () => elSelect(page, field(page, '网站类型', 'el'), 'E 信息咨询类'));
  await field(page, '网站语种', 'el').getByText('中文简体').click();
  await until(page, 'languages', ['中文简体']);
  await page.locator('.mx-slot input[type=file]').setInputFiles(file('cert.png'));
  await until(page, 'domainCert', ['cert.png']);
  await finish(page, build);
});

test('heldout-miit-sms-elp: inputs and the 获取验证码 / 提交 counters', async () => {
  const build = 'heldout-miit-sms-elp';
  const page = await open(build);
  expect(page.url()).toContain('#/Integrated/index');
  await field(page, '手机号码', 'el').locator('input').fill('13800138000');
  await until(page, 'mobile', '13800138000');
  await field(page, '证件号码后六位', 'el').locator('input').fill('071236');
  await until(page, 'idLast6', '071236');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await until(page, 'getCodeClicks', 1);
  await field(page, '验证码', 'el').locator('input').fill('123456');
  await until(page, 'code', '123456');
  await finish(page, build);
});

/* ------------------------------------------------------------------ native */

test('heldout-aliyun-subject-person-table: bare table — text, select, chained region selects, date inputs, 长期', async () => {
  const build = 'heldout-aliyun-subject-person-table';
  const page = await open(build);
  await cellAfter(page, '主办人名称').locator('input').fill('张伟');
  await until(page, 'name', '张伟');
  await cellAfter(page, '主办者性质').locator('select').selectOption({ label: '个人' });
  await until(page, 'nature', '个人');
  const region = cellAfter(page, '所属区域').locator('select');
  await region.nth(0).selectOption({ label: '浙江省' });
  await expect(region.nth(1)).toBeEnabled();
  await region.nth(1).selectOption({ label: '杭州市' });
  await expect(region.nth(2)).toBeEnabled();
  await region.nth(2).selectOption({ label: '西湖区' });
  await until(page, 'region', ['浙江省', '杭州市', '西湖区']);
  const validity = cellAfter(page, '证件有效期');
  await validity.locator('input[type=date]').nth(0).fill('2018-03-01');
  await validity.locator('input[type=date]').nth(1).fill('2038-03-01');
  await until(page, 'prValidFrom', '2018-03-01');
  await until(page, 'prValidTo', '2038-03-01');
  await validity.locator('input[type=checkbox]').check();
  await until(page, 'prLongTerm', true);
  await until(page, 'prValidTo', '');
  await page.getByRole('button', { name: '下一步' }).click();
  await until(page, 'nextClicks', 1);
  await finish(page, build);
});

test('heldout-mps-principal-fieldset: fieldsets — text, select, file, 同主体负责人信息 copies and locks, consent', async () => {
  const build = 'heldout-mps-principal-fieldset';
  const page = await open(build);
  const sec = page.locator('fieldset').filter({ hasText: '网站安全负责人' });
  const emg = page.locator('fieldset').filter({ hasText: '网站应急联络人' });
  await sec.locator('.row').filter({ hasText: '负责人姓名' }).locator('input').fill('王强');
  await until(page, 'secName', '王强');
  await sec.locator('.row').filter({ hasText: '证件类型' }).locator('select').selectOption({ label: '居民身份证' });
  await until(page, 'secCertType', '居民身份证');
  await sec.locator('.row').filter({ hasText: '证件正面' }).locator('input[type=file]').setInputFiles(file('wangqiang-front.png'));
  await until(page, 'secIdFront', ['wangqiang-front.png']);
  await emg.locator('.same input[type=checkbox]').check();
  await until(page, 'emgSame', true);
  await until(page, 'emgName', '李娜');
  await until(page, 'emgLongTerm', true);
  await expect(emg.locator('.row').filter({ hasText: '负责人姓名' }).locator('input')).toBeDisabled();
  expect((await state(page)).secName).toBe('王强');
  await page.locator('.agree input').check();
  await until(page, 'agreed', true);
  await finish(page, build);
});

test('heldout-beian-old-site-table: old portal over http — coded select, text, chained selects, checkbox row, radios', async () => {
  const build = 'heldout-beian-old-site-table';
  const page = await open(build);
  expect(page.url().startsWith('http://www.beian.gov.cn/portal/')).toBe(true);
  await cellAfter(page, '开办主体性质：').locator('select').selectOption({ label: '个人' });
  await until(page, 'subjectKind', '个人');
  await cellAfter(page, '网站名称：').locator('input').fill('张伟的读书笔记');
  await until(page, 'siteName', '张伟的读书笔记');
  const region = cellAfter(page, '常住地址：').locator('select');
  await region.nth(0).selectOption({ label: '浙江省' });
  await expect(region.nth(1)).toBeEnabled();
  await region.nth(1).selectOption({ label: '杭州市' });
  await expect(region.nth(2)).toBeEnabled();
  await region.nth(2).selectOption({ label: '西湖区' });
  await until(page, 'homeRegion', ['浙江省', '杭州市', '西湖区']);
  await cellAfter(page, '网站语种：').locator('input[data-label="中文简体"]').check();
  await until(page, 'languages', ['中文简体']);
  await cellAfter(page, '是否提供互联网交互服务：').locator('input[value="0"]').check();
  await until(page, 'interactive', '否');
  await finish(page, build);
});

test('every held-out page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout-aliyun-basic-antd', 'heldout-aliyun-site-antd', 'heldout-aliyun-subject-person-table', 'heldout-aliyun-subject-unit-elp',
    'heldout-aliyun-upload-fusion', 'heldout-beian-old-site-table', 'heldout-miit-sms-elp', 'heldout-mps-principal-fieldset',
    'heldout-mps-site-elp', 'heldout-mps-subject-person-elp', 'heldout-mps-subject-unit-fusion',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 1, retired into tuning once generation 2 (../replicas/heldout2) was written
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
  }
  // a URL without a held-out replicaBuild falls through to the (here: aborting) earlier routes
  const page = await checks.context.newPage();
  const res = await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=other').catch(() => null);
  expect(res).toBeNull();
});

test('registered after the tuning bundles, the held-out routes win for their pages and fall back for the rest', async () => {
  const { prepareAliyun } = await import('../replicas/aliyun');
  const { prepareMps } = await import('../replicas/mps');
  const [aliyun, mps] = await Promise.all([prepareAliyun(), prepareMps()]);
  const ctx = await checks.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
    await aliyun.route(ctx);
    await mps.route(ctx);
    await checks.bundle.route(ctx);
    const page = await ctx.newPage();
    for (const p of checks.bundle.pages) {
      await page.goto(p.url);
      await page.waitForFunction(() => !!window.__replica);
      const s = await state(page);
      expect(Object.keys(p.expect).filter((k) => !(k in s)), p.build).toEqual([]);
    }
    for (const p of [...aliyun.pages, ...mps.pages].filter((x) => !x.url.startsWith('https://www.beian.gov.cn'))) {
      await page.goto(p.url);
      await page.waitForFunction(() => !!window.__replica);
      expect(await page.evaluate(() => !!document.querySelector('script[src^="/__heldout/"]')), p.id).toBe(false);
    }
  } finally {
    await ctx.close();
  }
});
