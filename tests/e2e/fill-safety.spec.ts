/**
 * The rules that protect the user, end to end: lookalike hosts and foreign frames get nothing, a value
 * the user typed is never overwritten without 覆盖, 撤销 restores what the fill changed, and nothing
 * is ever submitted.
 */
import { prepareAliyun } from '../replicas/aliyun';
import { prepareMps } from '../replicas/mps';
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
