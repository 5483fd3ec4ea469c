/**
 * The 公安联网备案 / MIIT replicas (tests/replicas/mps) are real: a user driving the Element Plus widgets changes the
 * Vue state, DOM-only writes do not, and the old server-rendered portal reports its FormData.
 * Plain Chromium (no extension needed), every other request aborted.
 */
import { launchPlain } from '../../scripts/browser';
import { test, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { prepareMps } from '../replicas/mps';
import * as O from '../replicas/mps/options';
import { regionCodes } from '../replicas/mps/regions';
import type { ReplicaBundle } from '../replicas/types';

// These check the replica pages themselves (no extension), as the other page checks do: beside a second
// browser on 2 cores a popup still opening or closing can catch a click; one retry, never a skip.
test.describe.configure({ retries: 1 });

// own browser and contexts: tracing them is of no use here and only slows the run down
test.use({ trace: 'off' });

let browser: Browser;
let bundle: ReplicaBundle;
let context: BrowserContext;

test.beforeAll(async () => {
  bundle = await prepareMps();
  browser = await launchPlain();
});
test.afterAll(async () => {
  await browser?.close();
});
test.beforeEach(async () => {
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
  await bundle.route(context);
});
test.afterEach(async () => {
  await context?.close();
});

/* ------------------------------------------------------------------ helpers (user-level) */

const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

async function open(id: string): Promise<Page> {
  const page = await context.newPage();
  const p = bundle.pages.find((x) => x.id === id);
  if (!p) throw new Error(`no page ${id}`);
  await page.goto(p.url);
  await page.waitForFunction(() => !!window.__replica);
  return page;
}

const state = (page: Page) => page.evaluate(() => window.__replica!.getState());
const replica = (page: Page) =>
  page.evaluate(() => {
    const r = window.__replica as NonNullable<Window['__replica']> & { submits: number };
    return { step: r.step, variant: r.variant, changes: r.changes, submits: r.submits };
  });

/** The el-form-item whose label reads `label` (inside `scope`). */
const pageOf = (scope: Page | Locator): Page => ('goto' in scope ? scope : scope.page());
const item = (scope: Page | Locator, label: string) =>
  scope.locator('.el-form-item').filter({ has: pageOf(scope).locator(':scope > .el-form-item__label', { hasText: exact(label) }) });

async function type(scope: Page | Locator, label: string, value: string, nth = 0) {
  await item(scope, label).locator('input.el-input__inner, textarea').nth(nth).fill(value);
}

async function choose(page: Page, scope: Page | Locator, label: string, option: string, search?: string) {
  const it = item(scope, label);
  await it.locator('.el-select__wrapper').click();
  if (search) await it.locator('input.el-select__input').pressSequentially(search);
  // a click that lands while the popper is still opening leaves it open (seen once in CI): click again, as a user would
  const opt = page.locator('.el-select__popper:visible .el-select-dropdown__item').filter({ hasText: exact(option) });
  await opt.click();
  await expect(async () => {
    if (await opt.count()) await opt.click({ timeout: 2000 });
    await expect(page.locator('.el-select__popper:visible')).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(it.locator('.el-select__placeholder')).toHaveText(option);
}

async function cascade(page: Page, scope: Page | Locator, label: string, names: string[]) {
  const it = item(scope, label);
  await it.locator('.el-cascader').click();
  const popper = page.locator('.el-cascader__dropdown:visible');
  for (const [i, name] of names.entries()) {
    // each level is loaded lazily (300 ms): wait for the i-th menu, then click the node; beside a second
    // browser a click can land while the menu is still being drawn and load nothing: clicked again until
    // the next level shows
    const node = popper.locator('.el-cascader-menu').nth(i).locator('.el-cascader-node').filter({ hasText: exact(name) });
    if (i === names.length - 1) { await node.click(); break; }
    await expect(async () => {
      // (a click on the cascader that came while the field before it was still closing opened nothing, seen
      // once in a fresh-clone CI run: opened again, as a user would)
      if (i === 0 && !(await popper.count())) await it.locator('.el-cascader').click();
      await node.click({ timeout: 10_000 });
      await expect(popper.locator('.el-cascader-menu').nth(i + 1)).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 40_000 });
  }
  await expect(page.locator('.el-cascader__dropdown:visible')).toHaveCount(0);
  await expect(it.locator('.el-cascader input')).toHaveValue(names.join(' / '));
}

async function radio(scope: Page | Locator, label: string, option: string) {
  await item(scope, label).locator('label.el-radio').filter({ hasText: exact(option) }).click();
}

async function date(scope: Page | Locator, label: string, value: string, placeholder?: string) {
  const it = item(scope, label);
  const input = placeholder ? it.getByPlaceholder(placeholder) : it.locator('input.el-input__inner').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

const png = (name: string, kb: number) => ({ name, mimeType: 'image/png', buffer: Buffer.alloc(kb * 1024, 1) });

async function upload(scope: Locator, caption: string | null, file: ReturnType<typeof png>) {
  const box = caption ? scope.locator('.replica-upload').filter({ hasText: caption }) : scope.locator('.replica-upload');
  await box.locator('input.el-upload__input').setInputFiles(file);
}

/** Fill the 负责人 part of step 1 (shared by several tests). */
async function fillSubjectPrincipal(page: Page) {
  await type(page, '负责人姓名', '张三');
  await choose(page, page, '证件类型', '居民身份证');
  await type(page, '证件号码', '11010519491231002X');
  await date(page, '证件有效期', '2020-01-02', '开始日期');
  await date(page, '证件有效期', '2040-01-02', '结束日期');
  const photos = item(page, '负责人证件');
  await upload(photos, '证件正面', png('front.png', 20));
  await upload(photos, '证件反面', png('back.png', 21));
  await upload(photos, '手持证件', png('hand.png', 22));
  await cascade(page, page, '负责人常住地址', ['北京市', '市辖区', '海淀区']);
  await item(page, '负责人常住地址').getByPlaceholder('请输入详细地址').fill('中关村大街1号');
  await type(page, '办公室电话', '010-12345678');
  await type(page, '手机号码', '13800138000');
  await type(page, '负责人邮箱', 'zhangsan@example.com');
  await radio(page, '是否利用生成式人工智能', '否');
}

const fileMeta = (name: string, kb: number) => ({ name, size: kb * 1024, type: 'image/png' });

/* ------------------------------------------------------------------ beian.mps.gov.cn wizard */

test('mps 开办主体（单位）: every field driven as a user lands in Vue state', async () => {
  const page = await open('mps-subject-unit');
  await expect(page.locator('.el-step__title')).toHaveText(['开办主体', '网站基本信息', '网站负责人', '提示说明']);
  await expect(page.locator('.el-step__title.is-process')).toHaveText('开办主体');
  expect(await replica(page)).toMatchObject({ step: 'subject', variant: '单位', submits: 0 });
  await expect(item(page, '开办主体性质').locator('.el-select__placeholder')).toHaveText('单位');

  await type(page, '主办单位名称', '杭州示例科技有限公司');
  await choose(page, page, '主办单位证件类型', '统一社会信用代码证');
  await type(page, '主办单位证件号', '91330106673959654P');
  await upload(item(page, '有效证件'), null, png('license.png', 100));
  await type(page, '法人代表人姓名', '李四');
  await cascade(page, page, '单位办公地址', ['浙江省', '杭州市', '西湖区']);
  await item(page, '单位办公地址').getByPlaceholder('请输入详细地址').fill('文三路100号');
  await fillSubjectPrincipal(page);

  const s = await state(page);
  expect(s).toMatchObject({
    subjectType: '单位',
    unitName: '杭州示例科技有限公司',
    unitCertType: O.valueOf(O.UNIT_CERT_TYPES, '统一社会信用代码证'),
    unitCertNo: '91330106673959654P',
    unitCertFile: fileMeta('license.png', 100),
    legalRepName: '李四',
    unitAddressRegion: regionCodes(['浙江省', '杭州市', '西湖区']),
    unitAddressDetail: '文三路100号',
    principalName: '张三',
    principalIdType: '01',
    principalIdNo: '11010519491231002X',
    principalIdStart: '2020-01-02',
    principalIdEnd: '2040-01-02',
    principalIdLongTerm: false,
    principalIdFront: fileMeta('front.png', 20),
    principalIdBack: fileMeta('back.png', 21),
    principalIdHandheld: fileMeta('hand.png', 22),
    principalAddressRegion: ['11', '1101', '110108'],
    principalAddressDetail: '中关村大街1号',
    principalOfficePhone: '010-12345678',
    principalMobile: '13800138000',
    principalEmail: 'zhangsan@example.com',
    usesGenAI: '0',
  });
  // 长期 clears and disables the end date
  await item(page, '证件有效期').locator('label.el-checkbox').filter({ hasText: '长期' }).click();
  await expect(item(page, '证件有效期').getByPlaceholder('结束日期')).toBeDisabled();
  expect(await state(page)).toMatchObject({ principalIdLongTerm: true, principalIdEnd: '' });
  const r = await replica(page);
  expect(r.changes).toBeGreaterThan(20);
  expect(r.submits).toBe(0);
});

test('mps 开办主体（个人）: unit fields appear only after choosing 单位', async () => {
  const page = await open('mps-subject-person');
  expect(await replica(page)).toMatchObject({ step: 'subject', variant: '个人' });
  await expect(item(page, '主办单位名称')).toHaveCount(0);
  await expect(item(page, '负责人姓名')).toBeVisible();
  await choose(page, page, '开办主体性质', '单位');
  await expect(item(page, '主办单位名称')).toBeVisible();
  expect(await replica(page)).toMatchObject({ variant: '单位' });
  // all 14 person ID types are offered, in order
  await item(page, '证件类型').locator('.el-select__wrapper').click();
  await expect(page.locator('.el-select__popper:visible .el-select-dropdown__item')).toHaveText(O.PERSON_ID_TYPES.map((o) => o.label));
  await page.locator('.el-select__popper:visible .el-select-dropdown__item').filter({ hasText: exact('普通护照') }).click();
  expect((await state(page)).principalIdType).toBe('09');
});

test('mps 网站基本信息: selects, filterable selects, cascaders, radios, checkboxes, 400KB upload', async () => {
  // two region cascaders at the replica's 300 ms per level, driven step by step beside another browser
  test.setTimeout(180_000);
  const page = await open('mps-site');
  expect(await replica(page)).toMatchObject({ step: 'site', submits: 0 });
  await type(page, '网站名称', '示例科技官网');
  await expect(item(page, '工信部备案号')).toHaveCount(0);
  await radio(page, '是否有工信部备案号', '是');
  await type(page, '工信部备案号', '浙ICP备12345678号-1');
  // a date picked in the panel (today) and then a typed one
  const opened = item(page, '网站开通日期').locator('input');
  await opened.click();
  await page.locator('.el-picker__popper:visible td.today').click();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect((await state(page)).openDate).toBe(today);
  await date(page, '网站开通日期', '2024-05-20');
  await type(page, '主域名', 'example.com');
  await type(page, '从域名', 'www.example.com,m.example.com');
  // 域名证书: > 400KB is rejected by the page, ≤ 400KB kept
  await upload(item(page, '域名证书'), null, png('cert-big.png', 401));
  await expect(page.locator('.el-message')).toContainText('400KB');
  expect((await state(page)).domainCertFile).toBeNull();
  await upload(item(page, '域名证书'), null, png('cert.png', 399));
  await type(page, 'IP', '203.0.113.10');

  const isp = page.locator('.form-block').filter({ hasText: '网络接入服务商' });
  await radio(isp, '接入商所属地区管辖', '境内');
  await cascade(page, isp, '所属区域', ['浙江省', '杭州市', '余杭区']);
  await choose(page, isp, '名称', '阿里云计算有限公司', '阿里');
  await choose(page, isp, '网站接入方式', '租赁虚拟空间');
  await type(isp, '电话', '95187');
  await type(isp, '组织机构代码', '673959654');

  const reg = page.locator('.form-block').filter({ hasText: '域名注册服务商' });
  await radio(reg, '所属地区管辖', '境内');
  await cascade(page, reg, '所属区域', ['北京市', '市辖区', '大兴区']);
  await choose(page, reg, '名称', '北京新网数码信息技术有限公司');
  await type(reg, '电话', '010-65985888');

  await radio(page, '是否提供互联网交互服务', '否');
  await choose(page, page, '网站类型', 'G 计算机应用类');
  await radio(page, '是否提供涉及管制物品信息发布服务', '否');
  await radio(page, '相关前置许可', '否');
  const langs = item(page, '网站语种');
  await langs.locator('label.el-checkbox').filter({ hasText: exact('中文简体') }).click();
  await langs.locator('label.el-checkbox').filter({ hasText: exact('英语') }).click();

  expect(await state(page)).toMatchObject({
    siteName: '示例科技官网',
    hasIcpNo: '1',
    icpNo: '浙ICP备12345678号-1',
    openDate: '2024-05-20',
    mainDomain: 'example.com',
    subDomains: 'www.example.com,m.example.com',
    domainCertFile: fileMeta('cert.png', 399),
    ip: '203.0.113.10',
    ispJurisdiction: '1',
    ispRegion: regionCodes(['浙江省', '杭州市', '余杭区']),
    ispName: '阿里云计算有限公司',
    ispAccessMode: '01',
    ispPhone: '95187',
    ispOrgCode: '673959654',
    registrarJurisdiction: '1',
    registrarRegion: regionCodes(['北京市', '市辖区', '大兴区']),
    registrarName: '北京新网数码信息技术有限公司',
    registrarPhone: '010-65985888',
    interactive: '0',
    siteType: 'G',
    controlledGoods: '0',
    preApproval: '0',
    languages: ['05', '01'],
  });
  expect((await replica(page)).submits).toBe(0);
});

test('mps wizard: 下一步 pushes history routes without reload; 同主体负责人信息 copies step-1 principal', async () => {
  const page = await open('mps-subject-person');
  await fillSubjectPrincipal(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL('https://beian.mps.gov.cn/web/business/businessHome/website/site');
  await expect(page.locator('.step-title')).toHaveText('网站基本信息');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL(/\/website\/principal$/);
  await expect(page.locator('.el-step__title.is-process')).toHaveText('网站负责人');
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42); // same document
  expect(await replica(page)).toMatchObject({ step: 'principal', submits: 2 });

  const sec = page.locator('.form-block').filter({ hasText: '网站安全负责人信息' });
  const emg = page.locator('.form-block').filter({ hasText: '网站应急联络人' });
  await expect(item(sec, '负责人姓名').locator('input')).toHaveValue('');
  await sec.locator('label.el-checkbox').filter({ hasText: '同主体负责人信息' }).click();
  await expect(item(sec, '负责人姓名').locator('input')).toHaveValue('张三');
  await expect(item(sec, '负责人姓名').locator('input')).toBeDisabled();
  await expect(item(sec, '证件类型').locator('.el-select__placeholder')).toHaveText('居民身份证');
  await upload(item(sec, '负责人证件'), '证件正面', png('sec-front.png', 30));
  await emg.locator('label.el-checkbox').filter({ hasText: '同主体负责人信息' }).click();
  await expect(item(emg, '联络人姓名').locator('input')).toHaveValue('张三');

  expect(await state(page)).toMatchObject({
    securitySameAsSubject: true,
    securityName: '张三',
    securityIdType: '01',
    securityIdNo: '11010519491231002X',
    securityIdStart: '2020-01-02',
    securityIdEnd: '2040-01-02',
    securityMobile: '13800138000',
    securityEmail: 'zhangsan@example.com',
    securityIdFront: fileMeta('sec-front.png', 30),
    securityIdBack: null,
    emergencySameAsSubject: true,
    emergencyName: '张三',
    emergencyIdType: '01',
    emergencyMobile: '13800138000',
  });

  await page.goBack();
  await expect(page.locator('.step-title')).toHaveText('网站基本信息');
  expect((await replica(page)).step).toBe('site');
});

test('mps 网站负责人 unticked: own values; 提示说明: agreement and 提交 are counted', async () => {
  const page = await open('mps-principal');
  const emg = page.locator('.form-block').filter({ hasText: '网站应急联络人' });
  await type(emg, '联络人姓名', '王五');
  await choose(page, emg, '证件类型', '居民身份证');
  await type(emg, '证件号码', '110105194912310037');
  await item(emg, '证件有效期').locator('label.el-checkbox').filter({ hasText: '长期' }).click();
  await date(emg, '证件有效期', '2019-03-04', '开始日期');
  await type(emg, '手机号码', '13900139000');
  expect(await state(page)).toMatchObject({
    emergencySameAsSubject: false,
    emergencyName: '王五',
    emergencyIdType: '01',
    emergencyIdNo: '110105194912310037',
    emergencyIdStart: '2019-03-04',
    emergencyIdEnd: '',
    emergencyIdLongTerm: true,
    emergencyMobile: '13900139000',
    securityName: '',
  });

  const notice = await open('mps-notice');
  await expect(notice.getByText('互联网信息服务单位网络安全责任告知书').first()).toBeVisible();
  expect(await state(notice)).toMatchObject({ noticeAgreed: false, noticeAgreeClicks: 0 });
  await notice.locator('label.el-checkbox').filter({ hasText: '我已阅读并同意' }).click();
  expect(await state(notice)).toMatchObject({ noticeAgreed: true, noticeAgreeClicks: 1 });
  await notice.getByRole('button', { name: '保存草稿' }).click();
  expect((await replica(notice)).submits).toBe(0);
  await notice.getByRole('button', { name: '提交' }).click();
  expect((await replica(notice)).submits).toBe(1);
});

/* ------------------------------------------------------------------ negative sanity: Vue owns the values */

test('DOM-only writes (no input event / wrong event) do not reach Vue state', async () => {
  const page = await open('mps-subject-unit');
  const before = await replica(page);
  const r = await page.evaluate(() => {
    const itemOf = (l: string) =>
      [...document.querySelectorAll('.el-form-item')].find((e) => e.querySelector('.el-form-item__label')?.textContent?.trim() === l)!;
    // 1. el-input: property write, then only 'change' and 'blur' (Element updates v-model on 'input' only)
    const name = itemOf('主办单位名称').querySelector('input')!;
    name.value = '杭州示例科技有限公司';
    name.dispatchEvent(new Event('change', { bubbles: true }));
    name.dispatchEvent(new FocusEvent('blur'));
    // 2. el-select: write the label into its (readonly) combobox input with a bubbling input event
    const sel = itemOf('主办单位证件类型').querySelector<HTMLInputElement>('input.el-select__input')!;
    sel.value = '统一社会信用代码证';
    sel.dispatchEvent(new Event('input', { bubbles: true }));
    // 3. el-radio / el-checkbox: tick the hidden native input without a change event
    itemOf('是否利用生成式人工智能').querySelector<HTMLInputElement>('input[type=radio][value="1"]')!.checked = true;
    itemOf('证件有效期').querySelector<HTMLInputElement>('input[type=checkbox]')!.checked = true;
    // 4. el-cascader: its input is readonly display text
    itemOf('单位办公地址').querySelector<HTMLInputElement>('.el-cascader input')!.value = '浙江省 / 杭州市 / 西湖区';
    return { domName: name.value };
  });
  expect(r.domName).toBe('杭州示例科技有限公司');
  await page.waitForTimeout(200);
  expect(await state(page)).toMatchObject({
    unitName: '',
    unitCertType: '',
    usesGenAI: '',
    principalIdLongTerm: false,
    unitAddressRegion: [],
  });
  expect((await replica(page)).changes).toBe(before.changes);
  const nameInput = item(page, '主办单位名称').locator('input');
  // the blur ran Element's validation; the re-render put Vue's own value ('') back into the DOM
  await expect(item(page, '主办单位名称').locator('.el-form-item__error')).toHaveText('请输入主办单位名称');
  await expect(nameInput).toHaveValue('');
  // the same control follows once the 'input' event Vue listens to is dispatched (even non-bubbling)
  await nameInput.evaluate((el: HTMLInputElement) => {
    el.value = '杭州示例科技有限公司';
    el.dispatchEvent(new Event('input'));
  });
  expect((await state(page)).unitName).toBe('杭州示例科技有限公司');
});

/* ------------------------------------------------------------------ synthetic driving (what a content script can do) */

test('synthetic DOM events (as a content script would send) drive every Element Plus widget', async () => {
  const page = await open('mps-subject-unit');
  const out = await page.evaluate(async () => {
    const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
    const itemOf = (l: string) =>
      [...document.querySelectorAll('.el-form-item')].find((e) => e.querySelector('.el-form-item__label')?.textContent?.trim() === l)!;
    const setValue = (el: HTMLInputElement, v: string) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].find((e) => getComputedStyle(e).display !== 'none');
    // el-input
    setValue(itemOf('主办单位名称').querySelector('input')!, '杭州示例科技有限公司');
    // el-select: click the wrapper, then the option in the popper named by aria-controls
    const wrap = itemOf('主办单位证件类型').querySelector<HTMLElement>('.el-select__wrapper')!;
    wrap.click();
    await sleep(100);
    const listId = wrap.querySelector('input')!.getAttribute('aria-controls')!;
    [...document.getElementById(listId)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((li) => li.textContent?.trim() === '营业执照证书')!.click();
    // el-cascader: click the root, then one node per level once it is loaded
    const casc = itemOf('单位办公地址').querySelector<HTMLElement>('.el-cascader')!;
    casc.click();
    await sleep(100); // aria-describedby (→ the popper id) is set once the popper is open
    const popper = document.getElementById(casc.getAttribute('aria-describedby')!)!;
    for (const [level, name] of ['浙江省', '杭州市', '西湖区'].entries()) {
      let node: HTMLElement | undefined;
      for (let i = 0; i < 40 && !node; i++) {
        await sleep(50);
        node = [...(popper.querySelectorAll('.el-cascader-menu')[level]?.querySelectorAll<HTMLElement>('.el-cascader-node') ?? [])].find(
          (n) => n.querySelector('.el-cascader-node__label')?.textContent?.trim() === name,
        );
      }
      node!.click();
    }
    // el-date-picker: value setter + input, then Enter
    const start = itemOf('证件有效期').querySelector<HTMLInputElement>('input[placeholder="开始日期"]')!;
    start.focus();
    setValue(start, '2021-06-07');
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
    // el-radio: click the label
    [...itemOf('是否利用生成式人工智能').querySelectorAll<HTMLElement>('label.el-radio')].find((l) => l.textContent?.trim() === '是')!.click();
    // el-upload: DataTransfer + change on input.el-upload__input
    const fileInput = itemOf('有效证件').querySelector<HTMLInputElement>('input.el-upload__input')!;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(2048)], 'license.jpg', { type: 'image/jpeg' }));
    fileInput.files = dt.files;
    fileInput.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(300);
    return { state: window.__replica!.getState(), openPoppers: !!visible('.el-select__popper, .el-cascader__dropdown') };
  });
  expect(out.state).toMatchObject({
    unitName: '杭州示例科技有限公司',
    unitCertType: '01',
    unitAddressRegion: ['33', '3301', '330106'],
    principalIdStart: '2021-06-07',
    usesGenAI: '1',
    unitCertFile: { name: 'license.jpg', size: 2048, type: 'image/jpeg' },
  });
});

/* ------------------------------------------------------------------ old portal www.beian.gov.cn */

for (const id of ['beian-old-site', 'beian-old-site-https']) {
  test(`old portal (${id}): server-rendered table form, FormData is the state`, async () => {
    const page = await open(id);
    expect(new URL(page.url()).protocol).toBe(id.endsWith('https') ? 'https:' : 'http:');
    expect(await replica(page)).toMatchObject({ step: 'site', submits: 0 });
    const row = (label: string) => page.locator('table.form-table tr').filter({ has: page.locator('td.label', { hasText: exact(`*${label}：`) }) });
    await row('网站名称').locator('input').fill('示例科技官网');
    await row('网站域名').locator('input').fill('example.com');
    await row('IP').locator('input').fill('203.0.113.10');
    await row('网站开通日期').locator('input').fill('2024-05-20');
    const area = row('接入服务商所属区域').locator('select');
    await area.nth(0).selectOption({ label: '浙江省' });
    await area.nth(1).selectOption({ label: '杭州市' }); // options appear synchronously
    await area.nth(2).selectOption({ label: '余杭区' });
    await row('接入服务商名称').locator('select').selectOption({ label: '阿里云计算有限公司' });
    await row('接入方式').locator('select').selectOption({ label: '租赁虚拟空间' });
    await row('是否提供互联网交互服务').getByLabel('否', { exact: true }).check();
    await row('服务类型').getByLabel('www服务', { exact: true }).check();
    await row('网站语种').getByLabel('中文简体', { exact: true }).check();
    await row('网站语种').getByLabel('英语', { exact: true }).check();
    expect(await state(page)).toEqual({
      token: '7f3c2a91e4b04d5c',
      subjectId: '330106000123',
      websiteName: '示例科技官网',
      domainName: 'example.com',
      websiteIp: '203.0.113.10',
      openDate: '2024-05-20',
      ispProvince: '33',
      ispCity: '3301',
      ispCounty: '330110',
      ispName: '阿里云计算有限公司',
      accessMode: '01',
      interactive: '0',
      serviceType: '00',
      language: ['01', '05'],
    });
    expect((await replica(page)).changes).toBeGreaterThan(0);
    await page.getByRole('button', { name: '提交' }).click();
    expect((await replica(page)).submits).toBe(1);
    await expect(page.locator('#formMsg')).toHaveText('请核对信息后提交');
  });
}

/* ------------------------------------------------------------------ MIIT 短信核验 */

test('miit 短信核验: three inputs, 证件号码后六位 limited to 6, 提交 counted', async () => {
  const page = await open('miit-sms');
  await expect(page.locator('.miit-title')).toHaveText('短信核验');
  expect(await replica(page)).toMatchObject({ step: 'sms', submits: 0 });
  await type(page, '手机号码', '13800138000');
  await item(page, '证件号码后六位').locator('input').pressSequentially('1234567');
  await type(page, '验证码', '246810');
  expect(await state(page)).toEqual({ mobile: '13800138000', idLast6: '123456', smsCode: '246810' });
  await page.getByRole('button', { name: '提交' }).click();
  expect((await replica(page)).submits).toBe(1);
});
