/**
 * 从页面读取 (capture), end to end, with the round trip as its test: every original replica step is
 * filled from the example profile, read back into an empty profile through the panel, and a fresh copy
 * of the page filled from what was read must reach the same framework state (window.__replica.getState()).
 * Uploads are left out of the comparison: a page shows a file's name, never its bytes, so a capture
 * cannot bring documents in (the report says so). And: reading into a profile that already holds other
 * values marks each value 新 / 变更 / 相同 and writes only the ticked ones; the steps of one wizard read
 * in one tab are merged into one pending record.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { prepareAliyun } from '../replicas/aliyun';
import { prepareMps } from '../replicas/mps';
import type { ReplicaBundle, ReplicaPage } from '../replicas/types';
import { entityFor } from '../../scripts/replica-run';
import { expect, test } from './fixtures';
import { example, fillWithPanel, importProfile, panelOf, state } from './fill-helpers';

test.describe.configure({ timeout: 120_000 });
test.use({ trace: 'off' });

let bundles: ReplicaBundle[] = [];
test.beforeAll(async () => {
  bundles = await Promise.all([prepareAliyun(), prepareMps()]);
});
const routeAll = async (context: BrowserContext) => { for (const b of bundles) await b.route(context); };
const pages = () => bundles.flatMap((b) => b.pages).filter((p) => !p.id.endsWith('-https'));
const STEPS = ['aliyun-basic', 'aliyun-subject-unit', 'aliyun-subject-person', 'aliyun-site', 'aliyun-upload-unit', 'aliyun-upload-person', 'aliyun-subject-unit-antd',
  'mps-subject-person', 'mps-subject-unit', 'mps-site', 'mps-principal', 'mps-notice', 'beian-old-site', 'miit-sms'];

/** Empty the extension's database from one of its pages (the raw IndexedDB, as a fresh profile has it). */
async function clearDb(editor: Page) {
  await editor.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('beian-autofill');
    req.onsuccess = () => {
      const db = req.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) tx.objectStore(n).clear();
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }));
}

const isFile = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string' && typeof (v as { size?: unknown }).size === 'number';
/** The state without the upload slots (files cannot be read back from a page). */
function withoutFiles(s: Record<string, unknown>, files: Set<string>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    const path = prefix + k;
    if (files.has(path)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? withoutFiles(v as Record<string, unknown>, files, `${path}.`) : v;
  }
  return out;
}
function fileKeys(s: Record<string, unknown>, prefix = '', out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(s)) {
    if (isFile(v) || (Array.isArray(v) && v.some(isFile))) out.add(prefix + k);
    else if (v && typeof v === 'object' && !Array.isArray(v)) fileKeys(v as Record<string, unknown>, `${prefix}${k}.`, out);
  }
  return out;
}

/** Click 从页面读取 and wait for the review (or the note that nothing could be read). */
async function readFromPage(panel: Frame) {
  await panel.getByRole('button', { name: '从页面读取' }).click();
  await expect(panel.locator('section.capture')).toBeVisible({ timeout: 20_000 });
}

/** The panel shows once the content script has read the page (after load and idle; slower on a busy machine). */
async function opened(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html')), { timeout: 30_000 }).toBe(true);
  return page;
}
/** What the review lists: id, mark, ticked. */
async function rows(panel: Frame) {
  return panel.locator('section.capture li[data-id]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-id')}:${li.getAttribute('data-mark')}:${(li.querySelector('input') as HTMLInputElement).checked ? 'x' : '-'}`));
}

const items = (panel: Frame) => panel.locator('section.capture li[data-id]');

for (const id of STEPS) {
  test(`round trip ${id}: fill, read back into an empty profile, fill again: the same framework state`, async ({ context, editor }) => {
    await routeAll(context);
    const p = pages().find((x) => x.id === id)!;
    await importProfile(editor, example(), 'example.json');
    const first = await opened(context, p.url);
    await fillWithPanel(first, entityFor(p as ReplicaPage));
    const s1 = await state(first);

    await clearDb(editor);
    const panel = await panelOf(first);
    await readFromPage(panel);
    const n = await items(panel).count();
    const report: string[] = [];
    for (const li of await items(panel).all()) report.push(`${await li.getAttribute('data-id')}=${(await li.locator('.value').textContent())?.trim()}`);
    const issues = await panel.locator('section.capture .issue').allTextContents();
    expect(issues).toEqual([]);
    if (n) {
      // into an empty profile nothing is a change (values are 新, or 相同 when empty)
      expect(await panel.locator('section.capture li[data-mark="changed"]').count()).toBe(0);
      await panel.getByRole('button', { name: /保存所选/ }).click();
      await expect(panel.getByRole('status').filter({ hasText: '已保存到资料' })).toBeVisible();
    }
    console.log(`[capture] ${id}: ${n} values read: ${report.join(' | ')}`);

    const second = await opened(context, p.url);
    if (n) {
      const out = await fillWithPanel(second, '');
      expect(out.groups['未能填入'] ?? []).toEqual([]);
    }
    const s2 = await state(second);
    const files = fileKeys(s1);
    const a = withoutFiles(s1, files);
    const b = withoutFiles(s2, files);
    const diff = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    console.log(`[capture] ${id}: round-trip differences: ${diff.length}${diff.length ? ` (${diff.map((k) => `${k}: ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`).join('; ')})` : ''}; uploads left out: ${[...files].join(', ') || 'none'}`);
    expect(b).toEqual(a);
  });
}

test('reading into a profile with other values: 新 / 变更 / 相同 marks, only the ticked values written; the steps of one wizard merge', async ({ context, editor, extensionId }) => {
  await routeAll(context);
  // the page is filled from the example; the profile then differs from it in known ways
  await importProfile(editor, example(), 'example.json');
  const mps = pages().find((x) => x.id === 'mps-subject-unit')!;
  const page = await opened(context, mps.url);
  await fillWithPanel(page, '杭州云栖示例科技有限公司');

  const changed = example();
  const lina = changed.contacts.find((c: { id: string }) => c.id === 'c-lina');
  lina.mobile = '13600136001'; // 变更
  lina.email = ''; // 新
  lina.landline = '0571-88886667'; // 变更, left unticked
  await importProfile(editor, changed, 'changed.json');

  const panel = await panelOf(page);
  await readFromPage(panel);
  const row = (gid: string) => panel.locator(`section.capture li[data-id="${gid}"]`);
  await expect(row('principal:mobile')).toHaveAttribute('data-mark', 'changed');
  await expect(row('principal:mobile')).toContainText('原值：13600136001');
  await expect(row('principal:email')).toHaveAttribute('data-mark', 'new');
  await expect(row('principal:landline')).toHaveAttribute('data-mark', 'changed');
  await expect(row('principal:name')).toHaveAttribute('data-mark', 'same');
  await expect(row('entity:name')).toHaveAttribute('data-mark', 'same');
  await expect(row('principal:name').getByRole('checkbox')).not.toBeChecked();
  await expect(row('principal:mobile').getByRole('checkbox')).toBeChecked();
  // the filer keeps the stored office phone
  await row('principal:landline').getByRole('checkbox').uncheck();
  console.log('[capture] marks, step 1:', (await rows(panel)).join(' '));
  await expect(panel.getByRole('button', { name: /保存所选（2）/ })).toBeVisible();

  // a second step of the same wizard in the same tab: its values join the pending record
  await panel.getByRole('button', { name: '继续下一步再读取' }).click();
  const site = pages().find((x) => x.id === 'mps-site')!;
  await page.goto(site.url);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html')), { timeout: 30_000 }).toBe(true);
  await fillWithPanel(page, '杭州云栖示例科技有限公司');
  const panel2 = await panelOf(page);
  await readFromPage(panel2);
  await expect(panel2.getByTestId('capture-steps')).toContainText('已读取 2 步');
  await expect(panel2.locator('section.capture li[data-id="principal:mobile"]')).toHaveAttribute('data-mark', 'changed');
  await expect(panel2.locator('section.capture li[data-id="site:name"]')).toHaveAttribute('data-mark', 'same');
  await panel2.locator('section.capture li[data-id="principal:landline"]').getByRole('checkbox').uncheck();
  console.log('[capture] marks, steps 1+2:', (await rows(panel2)).join(' '));
  await panel2.getByRole('button', { name: /保存所选（2）/ }).click({ timeout: 5000 });
  await expect(panel2.getByRole('status').filter({ hasText: '已保存到资料' })).toBeVisible();

  // what the profile holds now: the two ticked values, nothing else changed
  const stored = await editor.evaluate(() => new Promise<unknown[]>((resolve) => {
    const req = indexedDB.open('beian-autofill');
    req.onsuccess = () => { const g = req.result.transaction('contacts').objectStore('contacts').getAll(); g.onsuccess = () => resolve(g.result); };
  }));
  const after = (stored as { id: string; mobile: string; email: string; landline: string }[]).find((c) => c.id === 'c-lina')!;
  expect(after).toMatchObject({ mobile: '13600136000', email: 'lina@yunqi-demo.cn', landline: '0571-88886667' });
  void extensionId;
});
