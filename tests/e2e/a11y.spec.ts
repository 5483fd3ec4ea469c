/**
 * WCAG 2.1 A/AA on every extension page, with axe-core: the editor (every tab, a record open, the
 * example profile imported), the popup, the side panel beside a filing tab, and the in-page panel on a
 * replica filing page (before and after a fill, so the report is scanned too), each in the light and the
 * dark colour scheme. A serious or critical violation fails the test; every violation is printed with its
 * rule id, impact, target and axe's summary.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Frame, Page } from '@playwright/test';
import { prepareAliyun } from '../replicas/aliyun';
import { EXAMPLE, expect, importThroughUi, openBesideTab, test } from './fixtures';
import { example, fillWithPanel, importProfile, panelOf } from './fill-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const scanPage = (page: Page): Promise<AxeResults> => new AxeBuilder({ page }).withTags(TAGS).analyze();

/**
 * The in-page panel lives in an iframe inside a closed shadow root, which axe (walking the DOM from the
 * top document) cannot reach: run axe inside that frame itself.
 */
async function scanFrame(frame: Frame): Promise<AxeResults> {
  await frame.evaluate(axe.source);
  return frame.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
}

const describe = (where: string, v: Result) =>
  v.nodes.map((n) => `${where}: ${v.id} [${v.impact}] ${n.target.join(' ')}\n    ${(n.failureSummary ?? v.help).replace(/\n/g, '\n    ')}`);

/** Print every violation (any impact) and fail on serious / critical ones. */
function expectNoBlocking(where: string, results: AxeResults) {
  const all = results.violations.flatMap((v) => describe(where, v));
  if (all.length) console.log(all.join('\n'));
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? '')).flatMap((v) => describe(where, v));
  expect.soft(blocking, blocking.join('\n')).toEqual([]);
}

/** Scan in the light and the dark colour scheme (the pages follow prefers-color-scheme). */
async function expectAccessible(where: string, page: Page, scan: () => Promise<AxeResults> = () => scanPage(page)) {
  expectNoBlocking(where, await scan());
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    expectNoBlocking(`${where} (dark)`, await scan());
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

test.describe.configure({ timeout: 120_000 });

test('editor: every tab with a record open has no serious or critical WCAG AA violation', async ({ editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await expectAccessible('editor · 备份 (after import)', editor);
  for (const tab of ['主体', '人员', '网站']) {
    await editor.getByRole('tab', { name: tab }).click();
    await editor.getByRole('listbox').getByRole('option').first().click();
    await expect(editor.getByRole('button', { name: '保存' })).toBeVisible();
    await expectAccessible(`editor · ${tab}`, editor);
  }
  await editor.getByRole('tab', { name: '安全' }).click();
  await expect(editor.getByRole('tabpanel').locator('form').first()).toBeVisible();
  await expectAccessible('editor · 安全', editor);
});

test('popup, and the side panel away from a filing page, have no serious or critical WCAG AA violation', async ({ context, extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByLabel('当前主体')).toHaveValue('e-yunqi');
  await expectAccessible('popup', popup);
  // the whole example (documents stored): materials 已备 / 缺少 / 需注意, the journey, the deadline
  const side = await context.newPage();
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(side.getByRole('region', { name: '材料清单' }).locator('.material[data-state=已备]').first()).toBeVisible();
  await expectAccessible('side panel (no filing page)', side);
});

test('side panel beside a filing tab, and the in-page panel before and after a fill, have no serious or critical WCAG AA violation', async ({ context, editor }) => {
  const aliyun = await prepareAliyun();
  await aliyun.route(context);
  // the example without its documents: the side panel lists missing materials, the fill report missing fields
  const profile = example();
  profile.documents = [];
  profile.contacts.find((c: { id: string }) => c.id === 'c-lina').email = '';
  await importProfile(editor, profile, 'a11y.json');

  const page = await context.newPage();
  await page.goto(aliyun.pages.find((p) => p.id === 'aliyun-subject-unit')!.url);
  await page.bringToFront();
  const side = await openBesideTab(context, 'sidepanel.html');
  await expect(side.getByTestId('step-title')).toContainText('阿里云');
  await expect(side.getByRole('region', { name: '材料清单' }).locator('.material').first()).toBeVisible();
  await expectAccessible('side panel', side);

  const panel = await panelOf(page);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  await expectAccessible('in-page panel', page, () => scanFrame(panel));
  // the frame follows the page's emulated colour scheme (so its dark scan is a dark one)
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  const outcome = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(outcome.groups['资料中缺少']).toContain('电子邮箱');
  await expectAccessible('in-page panel · report', page, () => scanFrame(panel));
});

test('with a passphrase: the 安全 tab, and the unlock form (after a wrong passphrase) in the editor and the popup, have no serious or critical WCAG AA violation', async ({ context, extensionId, editor }) => {
  const PASS = 'a11y 口令 passphrase';
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await editor.getByRole('tab', { name: '安全' }).click();
  const form = editor.getByRole('form', { name: '设置口令并加密' });
  await form.getByLabel('口令', { exact: true }).fill(PASS);
  await form.getByLabel('再次输入口令').fill(PASS);
  await form.getByRole('button', { name: '设置口令并加密' }).click();
  await expect(editor.getByTestId('vault-status')).toHaveText('口令保护已开启', { timeout: 15_000 });
  await expectAccessible('editor · 安全 (passphrase on)', editor);

  await editor.getByRole('button', { name: '立即锁定' }).click();
  const unlock = editor.getByRole('form', { name: '资料已锁定' });
  await unlock.getByLabel('口令').fill('not the passphrase');
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(editor.getByRole('alert')).toBeVisible({ timeout: 15_000 });
  await expectAccessible('editor · unlock form', editor);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('form', { name: '资料已锁定' })).toBeVisible();
  await expectAccessible('popup · unlock form', popup);
});
