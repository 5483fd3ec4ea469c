/**
 * The rules that protect the user, end to end: lookalike hosts and foreign frames get nothing, a value
 * the user typed is never overwritten without 覆盖, 撤销 restores what the fill changed, and nothing
 * is ever submitted.
 */
import type { Page } from '@playwright/test';
import { prepareAliyun } from '../replicas/aliyun';
import { prepareHeldout7 } from '../replicas/heldout7';
import { MPS_OPTIONS, prepareMps, regionCodes } from '../replicas/mps';
import type { ReplicaBundle } from '../replicas/types';
import { expect, openBesideTab, test } from './fixtures';
import { example, fillWithPanel, importProfile, panelOf, state, submits } from './fill-helpers';

test.describe.configure({ timeout: 90_000 });
let aliyun: ReplicaBundle;
let mps: ReplicaBundle;
test.beforeAll(async () => { [aliyun, mps] = await Promise.all([prepareAliyun(), prepareMps()]); });
const url = (b: ReplicaBundle, id: string) => b.pages.find((p) => p.id === id)!.url;

test('lookalike hosts, plain http and foreign frames get no panel and no content script', async ({ context }) => {
  const form = '<!doctype html><meta charset=utf-8><h2>短信核验</h2><label for=m>手机号码</label><input id=m><label for=i>证件号码后六位</label><input id=i>';
  for (const host of ['https://beian.aliyun.com.evil.cn/pcContainer/formpage', 'https://xn--beian-aliyun-9m5a.com/pcContainer/formpage', 'http://beian.miit.gov.cn/', 'https://beian.mps.gov.cn.attacker.io/web/']) {
    await context.route(host.replace(/\/[^/]*$/, '/**').replace(/^(https?:\/\/[^/]+).*$/, '$1/**'), (r) => r.fulfill({ contentType: 'text/html', body: form }));
    const page = await context.newPage();
    await page.goto(host);
    await page.waitForTimeout(800);
    expect(page.frames().some((f) => f.url().includes('panel.html')), host).toBe(false);
    expect(await page.evaluate(() => !!document.querySelector('beian-autofill-panel')), host).toBe(false);
    await page.close();
  }
  // a real filing page framed by a foreign site: the framed page gets no panel
  await mps.route(context);
  await context.route('https://evil.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><iframe src="https://beian.miit.gov.cn/#/Integrated/index" width=800 height=600></iframe>' }));
  const page = await context.newPage();
  await page.goto('https://evil.example/');
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  await page.waitForTimeout(1500);
  expect(page.frames().some((f) => f.url().includes('panel.html'))).toBe(false);
  // the same page opened directly does get the panel (the frame test is not vacuous)
  const direct = await context.newPage();
  await direct.goto('https://beian.miit.gov.cn/#/Integrated/index');
  await panelOf(direct);
});

test('a value the user typed is kept unless they choose 覆盖; 保留 keeps it', async ({ context, editor }) => {
  await aliyun.route(context);
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto(url(aliyun, 'aliyun-subject-unit'));
  await panelOf(page);
  await page.getByLabel('手机号码').fill('13912345678'); // the user typed a different mobile
  await page.getByLabel('负责人姓名').fill('李娜'); // …and the same name as the profile
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(r.groups['页面已有不同的值']).toEqual(['手机号码']);
  let s = await state(page);
  expect(s.principal.mobile).toBe('13912345678');
  expect(s.principal.email).toBe('lina@yunqi-demo.cn'); // the rest was filled
  const panel = await panelOf(page);
  const conflict = panel.getByRole('list', { name: '页面已有不同的值' });
  await conflict.getByRole('button', { name: '覆盖' }).click();
  await expect(panel.getByRole('list', { name: '页面已有不同的值' })).toHaveCount(0);
  s = await state(page);
  expect(s.principal.mobile).toBe('13600136000');

  // 保留 on a fresh conflict keeps the page value and removes it from the list
  await page.getByLabel('应急联系电话').fill('13711112222');
  await fillWithPanel(page, '杭州云栖示例科技有限公司');
  await panel.getByRole('list', { name: '页面已有不同的值' }).getByRole('button', { name: '保留' }).click();
  await expect(panel.getByRole('list', { name: '页面已有不同的值' })).toHaveCount(0);
  expect((await state(page)).principal.emergencyPhone).toBe('13711112222');
  expect(await submits(page)).toBe(0);
});

test('a choice the page preset is its default and is filled; one the filer clicked on the page is theirs (覆盖/保留)', async ({ context, editor }) => {
  const bundle = await prepareHeldout7();
  await bundle.route(context);
  await importProfile(editor, example(), 'p.json');
  const at = bundle.pages.find((p) => p.build === 'heldout7-mps-subject-unit-antd-segmented')!.url;
  const kind = async (page: Page) => (await page.evaluate(() => window.__replica!.getState()) as { kind: string }).kind;
  // the filer clicks 个人 (the page's preset) themselves: the profile's 单位 is offered, not forced
  const clicked = await context.newPage();
  await clicked.goto(at);
  await panelOf(clicked);
  await clicked.locator('.ant-segmented').getByText('个人', { exact: true }).click();
  const r = await fillWithPanel(clicked, '杭州云栖示例科技有限公司');
  expect(r.groups['页面已有不同的值']).toContain('开办主体性质');
  expect(await kind(clicked)).toBe('个人');
  // untouched, the preset is a default: the fill answers 单位 and the unit block it opens is filled too
  const fresh = await context.newPage();
  await fresh.goto(at);
  const r2 = await fillWithPanel(fresh, '杭州云栖示例科技有限公司');
  expect(r2.groups['页面已有不同的值'] ?? []).toEqual([]);
  expect(await kind(fresh)).toBe('单位');
  expect((await fresh.evaluate(() => window.__replica!.getState()) as { unitName: string }).unitName).toBe('杭州云栖示例科技有限公司');
});

test('a value the page takes only in part is taken back and flagged, never left half written', async ({ context, editor }) => {
  // a hand-written page whose 手机号码 box keeps only the first five characters of what it is given
  const html = `<!doctype html><meta charset=utf-8><title>主体信息</title><h3>主体负责人信息</h3>
    <label for=n>负责人姓名</label><input id=n><label for=c>证件号码</label><input id=c>
    <label for=m>手机号码</label><input id=m>
    <script>m.addEventListener('input', () => { if (m.value.length > 5) m.value = m.value.slice(0, 5); });</script>`;
  await context.route('https://beian.mps.gov.cn/web/partial**', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto('https://beian.mps.gov.cn/web/partial');
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(r.groups['未能填入']).toEqual(['手机号码']);
  expect(await page.locator('#m').inputValue()).toBe(''); // taken back, not '13600'
  expect(await page.locator('#n').inputValue()).toBe('李娜'); // the rest is filled
});

test('rows the page copies and locks after an earlier answer of the fill are reported filled, not failed', async ({ context, editor }) => {
  // a hand-written 网站负责人 page: 信息来源 开办主体负责人 copies the principal into rows it locks, 手机号码 a moment later
  const html = `<!doctype html><meta charset=utf-8><title>网站负责人</title><h3>网站安全负责人</h3>
    <div>信息来源 <label><input type=radio name=src value=开办主体负责人>开办主体负责人</label><label><input type=radio name=src value=其他人员>其他人员</label></div>
    <label for=n>姓名</label><input id=n><label for=c>证件号码</label><input id=c><label for=m>手机号码</label><input id=m>
    <script>document.addEventListener('change', (e) => {
      if (e.target.name !== 'src') return;
      const copy = e.target.value === '开办主体负责人';
      n.value = copy ? '张伟' : ''; c.value = copy ? '330106199003071236' : '';
      n.disabled = c.disabled = m.disabled = copy;
      setTimeout(() => { m.value = copy ? '13800138000' : ''; }, 300);
    });</script>`;
  await context.route('https://beian.mps.gov.cn/web/business/businessHome/website?copied', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto('https://beian.mps.gov.cn/web/business/businessHome/website?copied');
  const r = await fillWithPanel(page, '张伟');
  await expect(page.getByRole('radio', { name: '开办主体负责人' })).toBeChecked();
  expect([await page.locator('#n').inputValue(), await page.locator('#c').inputValue(), await page.locator('#m').inputValue()]).toEqual(['张伟', '330106199003071236', '13800138000']);
  // the page's copy holds every value: nothing is listed as not filled
  expect(r.groups['未能填入']).toBeUndefined();
  expect(r.summary).toMatch(/已填写 4 项/);
});

test('撤销 restores every field the fill changed, and names any the page offers no way to clear', async ({ context, editor }) => {
  await aliyun.route(context);
  await mps.route(context);
  await importProfile(editor, example(), 'p.json');
  // Text-like fields always come back; a select or cascader that was empty and has no clear control
  // cannot be emptied by any user action, so the panel names it instead of pretending.
  const cases = [
    { id: 'aliyun-basic', textKeys: ['certNo', 'domain'] },
    { id: 'mps-site', textKeys: ['siteName', 'openDate', 'mainDomain', 'subDomains', 'ip', 'ispPhone', 'ispOrgCode', 'registrarPhone', 'languages'] },
  ];
  for (const { id, textKeys } of cases) {
    const page = await context.newPage();
    await page.goto(url(id.startsWith('aliyun') ? aliyun : mps, id));
    await panelOf(page);
    const before = await state(page);
    await fillWithPanel(page, '杭州云栖示例科技有限公司');
    const filled = await state(page);
    for (const k of textKeys) expect(filled[k], `${id}.${k} filled`).not.toEqual(before[k]);
    const panel = await panelOf(page);
    await panel.getByRole('button', { name: '撤销' }).click();
    const note = panel.getByRole('status');
    await expect(note).toContainText('已撤销');
    const after = await state(page);
    const empty = (v: unknown) => (v === null ? '' : v); // Element's date picker clears to null
    for (const k of textKeys) expect(empty(after[k]), `${id}.${k} restored`).toEqual(empty(before[k]));
    // whatever did not come back is named in the panel, by the page's label
    const unrestored = Object.keys(before).filter((k) => JSON.stringify(empty(after[k])) !== JSON.stringify(empty(before[k])));
    if (unrestored.length) await expect(note).toContainText('无法撤销');
    else await expect(note).not.toContainText('无法撤销');
    await page.close();
  }
});

test('the keyboard-free popup path: 一键填充 is reachable from the panel by role and name only', async ({ context, editor }) => {
  await mps.route(context);
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto('https://beian.miit.gov.cn/#/Integrated/index');
  const panel = await panelOf(page);
  await expect(panel.getByTestId('panel-step')).toHaveText('工信部短信核验 · 短信核验');
  await panel.getByRole('combobox', { name: '当前主体' }).selectOption({ label: '张伟' });
  await panel.getByRole('button', { name: '一键填充' }).click();
  await expect(panel.getByTestId('panel-summary')).toContainText('已填写 2 项');
  expect(await state(page)).toEqual({ mobile: '13800138000', idLast6: '071236', smsCode: '' });
});

test('the popup fills the active tab’s step with the current entity', async ({ context, editor }) => {
  await mps.route(context);
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto('https://beian.miit.gov.cn/#/Integrated/index');
  await panelOf(page);
  await page.bringToFront();
  // the popup in a window of its own, the filing tab stays the active tab of the browser window
  const popup = await openBesideTab(context, 'popup.html');
  await expect(popup.getByLabel('当前主体')).toHaveValue('e-yunqi');
  await popup.getByRole('button', { name: '一键填充' }).click();
  await expect(popup.getByRole('status')).toHaveText('已填写 2 项（共 2 项）');
  expect(await state(page)).toEqual({ mobile: '13600136000', idLast6: '204525', smsCode: '' });
  expect(await submits(page)).toBe(0);
});

test('a dropdown another field opened is never used for the next field, even while it is still closing', async ({ context, editor }) => {
  // Neighbouring fields that want options the previous field's popup also offers: the previous popup
  // plays its closing transition while the next field opens its own, and a click in it would change
  // the field already filled. Every field must end up with its own value.
  await mps.route(context);
  const f = example();
  const contact = (id: string) => f.contacts.find((c: { id: string }) => c.id === id);
  const site = f.sites.find((s: { id: string }) => s.id === 's-yunqi-www');
  const XIHU = { province: '浙江省', city: '杭州市', district: '西湖区' };
  contact('c-lina').address.region = XIHU; // 负责人常住地址 right after 单位办公地址 (余杭区)
  site.registrar.region = XIHU; // 域名注册服务商 所属区域 after 网络接入服务商 所属区域 (余杭区)
  contact('c-wangqiang').certType = '护照'; // 安全负责人 证件类型 普通护照, then 应急联络人 证件类型 居民身份证
  contact('c-wangqiang').certNumber = 'E12345678';
  // no validity dates: no date picker opens between the two selects (its popup would be on screen too)
  contact('c-wangqiang').certValidFrom = '';
  contact('c-wangqiang').certValidTo = '';
  site.emergencyContact = { kind: 'contact', contactId: 'c-zhangwei' };
  await importProfile(editor, f, 'neighbours.json');
  const YUHANG = regionCodes(['浙江省', '杭州市', '余杭区']);
  const WEST = regionCodes(['浙江省', '杭州市', '西湖区']);
  const code = (label: string) => MPS_OPTIONS.PERSON_ID_TYPES.find((o) => o.label === label)!.value;
  const cases: [string, (s: Record<string, any>) => void][] = [
    ['mps-subject-unit', (s) => expect(s).toMatchObject({ unitAddressRegion: YUHANG, principalAddressRegion: WEST })],
    ['mps-site', (s) => expect(s).toMatchObject({ ispRegion: YUHANG, registrarRegion: WEST })],
    ['mps-principal', (s) => expect(s).toMatchObject({ securityIdType: code('普通护照'), securityIdNo: 'E12345678', emergencyName: '张伟', emergencyIdType: code('居民身份证') })],
  ];
  for (const [id, check] of cases) {
    const page = await context.newPage();
    await page.goto(url(mps, id));
    // a page whose popups take their time to close: every previous popup is still on screen
    await page.addStyleTag({ content: '.el-zoom-in-top-leave-active, .el-popper[class*="leave-active"] { transition-duration: 2s !important; }' });
    const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
    expect(r.groups['未能填入'] ?? [], id).toEqual([]);
    check(await state(page));
    expect(await submits(page)).toBe(0);
    await page.close();
  }
});

test('a region asked in levels is whole or not at all: a county the page lacks takes back the province and city', async ({ context, editor }) => {
  // a hand-written 单位办公地址 of three selects whose 区县 list lacks the profile's 余杭区
  const html = `<!doctype html><meta charset=utf-8><title>开办主体</title><h3>单位信息</h3>
    <label for=n>单位名称</label><input id=n>
    <div><label for=p>单位办公地址</label><select id=p><option value="">请选择省</option><option>浙江省</option><option>江苏省</option></select>
      <select id=c><option value="">请选择市</option><option>杭州市</option><option>宁波市</option></select>
      <select id=d><option value="">请选择区县</option><option>西湖区</option><option>上城区</option></select></div>`;
  await context.route('https://beian.mps.gov.cn/web/levels**', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto('https://beian.mps.gov.cn/web/levels');
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(await page.locator('#n').inputValue()).toBe('杭州云栖示例科技有限公司');
  // nothing of the region is left: not 浙江省 / 杭州市 without its county
  expect(await page.evaluate(() => ['p', 'c', 'd'].map((id) => (document.getElementById(id) as HTMLSelectElement).value))).toEqual(['', '', '']);
  expect([...(r.groups['未能填入'] ?? []), ...(r.groups['页面没有匹配的选项'] ?? [])]).toContain('单位办公地址');
});
