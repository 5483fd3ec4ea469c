/**
 * The passphrase lock, end to end in Chromium: set it in the editor (安全), check what IndexedDB holds
 * on disk, lock, unlock from the in-page panel (a wrong passphrase first) and fill, the popup's gate,
 * the idle lock, change and remove the passphrase without losing data.
 */
import type { Page } from '@playwright/test';
import { prepareReplicas } from '../../scripts/replica-run';
import { EXAMPLE, exportThroughUi, importThroughUi, test, expect } from './fixtures';
import { fillWithPanel, panelOf, state } from './fill-helpers';

test.describe.configure({ timeout: 120_000 });

const PASS = '我的口令 open sesame';
const NEW_PASS = '新口令 second-passphrase';

/** Every string in the rows IndexedDB stores for the profile, read beside the extension (no vault layer). */
async function rawStrings(page: Page): Promise<{ strings: string[]; sealedRows: number; rows: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => { const r = indexedDB.open('beian-autofill'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    const out: string[] = [];
    let sealedRows = 0;
    let rows = 0;
    const walk = (v: unknown) => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !(v instanceof Blob)) Object.values(v).forEach(walk);
    };
    for (const name of ['entities', 'contacts', 'sites', 'documents']) {
      const all = await new Promise<unknown[]>((ok) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => ok(r.result); });
      for (const row of all) { rows++; if ((row as { __sealed?: unknown }).__sealed instanceof Uint8Array) sealedRows++; walk(row); }
    }
    db.close();
    return { strings: out, sealedRows, rows };
  });
}

async function setPassphrase(editor: Page) {
  await editor.getByRole('tab', { name: '安全' }).click();
  const form = editor.getByRole('form', { name: '设置口令并加密' });
  await form.getByLabel('口令', { exact: true }).fill(PASS);
  await form.getByLabel('再次输入口令').fill(`${PASS}x`);
  await form.getByRole('button', { name: '设置口令并加密' }).click();
  await expect(editor.getByRole('alert')).toHaveText('两次输入的口令不一致。');
  await expect(editor.getByTestId('vault-status')).toHaveText('未设置口令：资料未加密。');
  await form.getByLabel('再次输入口令').fill(PASS);
  await form.getByRole('button', { name: '设置口令并加密' }).click();
  await expect(editor.getByRole('status')).toHaveText('已设置口令，资料已加密保存。', { timeout: 15_000 });
  await expect(editor.getByTestId('vault-status')).toHaveText('口令保护已开启');
}

test('a passphrase encrypts the profile at rest; the panel asks to unlock before a fill and refuses a wrong passphrase', async ({ context, editor }) => {
  const pages = await prepareReplicas(context);
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const before = await exportThroughUi(editor);
  const plain = await rawStrings(editor);
  const secrets = ['杭州云栖示例科技有限公司', '330110198511204525', '13600136000', 'yunqi-demo.cn', '张伟'];
  for (const s of secrets) expect(plain.strings.some((x) => x.includes(s))).toBe(true); // the check can see them when they are there

  await setPassphrase(editor);
  const sealed = await rawStrings(editor);
  expect(sealed.rows).toBe(plain.rows);
  expect(sealed.sealedRows).toBe(plain.rows);
  for (const s of secrets) expect(sealed.strings.filter((x) => x.includes(s))).toEqual([]);

  // Lock from the editor: its content gives way to the unlock form.
  await editor.getByRole('button', { name: '立即锁定' }).click();
  await expect(editor.getByRole('form', { name: '资料已锁定' })).toBeVisible();
  await expect(editor.getByRole('tab', { name: '主体' })).toBeHidden();

  // The filing page: the panel shows the unlock form instead of 一键填充.
  const basic = pages.find((p) => p.id === 'aliyun-basic')!;
  const page = await context.newPage();
  await page.goto(basic.url);
  const panel = await panelOf(page);
  const unlock = panel.getByRole('form', { name: '资料已锁定' });
  await expect(unlock).toBeVisible();
  await expect(panel.getByRole('button', { name: '一键填充' })).toHaveCount(0);
  const stateBefore = await state(page);
  await unlock.getByLabel('口令').fill('not the passphrase');
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(panel.getByRole('alert')).toHaveText('口令不正确，资料未改动。', { timeout: 15_000 });
  expect(await state(page)).toEqual(stateBefore);

  await unlock.getByLabel('口令').fill(PASS);
  await unlock.getByRole('button', { name: '解锁' }).click();
  const outcome = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(outcome.summary).toMatch(/已填写/);
  expect(await state(page)).toMatchObject({ certNo: '91330110MA2H3K7Q18', domain: 'yunqi-demo.cn' });

  // One unlock opens every page: the editor shows the profile again, unchanged.
  await expect(editor.getByRole('tab', { name: '主体' })).toBeVisible();
  const after = await exportThroughUi(editor);
  expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
});

test('popup asks to unlock; change and remove the passphrase without losing data', async ({ context, extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const before = await exportThroughUi(editor);
  await setPassphrase(editor);

  await editor.getByRole('button', { name: '立即锁定' }).click();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('form', { name: '资料已锁定' })).toBeVisible();
  await expect(popup.getByRole('button', { name: '一键填充' })).toHaveCount(0);
  await popup.getByLabel('口令').fill(PASS);
  await popup.getByRole('button', { name: '解锁' }).click();
  await expect(popup.getByLabel('当前主体')).toHaveValue('e-yunqi');
  await expect(popup.getByRole('button', { name: '一键填充' })).toBeVisible();

  // Change: the old passphrase is refused afterwards, the new one opens the same data.
  await editor.getByRole('tab', { name: '安全' }).click();
  const change = editor.getByRole('form', { name: '修改口令' });
  await change.getByLabel('当前口令').fill('wrong wrong');
  await change.getByLabel('新口令').fill(NEW_PASS);
  await change.getByLabel('再次输入口令').fill(NEW_PASS);
  await change.getByRole('button', { name: '修改口令' }).click();
  await expect(editor.getByRole('alert')).toHaveText('口令不正确，资料未改动。', { timeout: 15_000 });
  await change.getByLabel('当前口令').fill(PASS);
  await change.getByLabel('新口令').fill(NEW_PASS);
  await change.getByLabel('再次输入口令').fill(NEW_PASS);
  await change.getByRole('button', { name: '修改口令' }).click();
  await expect(editor.getByRole('status')).toHaveText('口令已修改。', { timeout: 15_000 });
  await editor.getByRole('button', { name: '立即锁定' }).click();
  const unlock = editor.getByRole('form', { name: '资料已锁定' });
  await unlock.getByLabel('口令').fill(PASS);
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(editor.getByRole('alert')).toHaveText('口令不正确，资料未改动。', { timeout: 15_000 });
  await unlock.getByLabel('口令').fill(NEW_PASS);
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(editor.getByTestId('vault-status')).toHaveText('口令保护已开启');

  // Remove: back in the clear, the same data.
  const remove = editor.getByRole('form', { name: '取消口令保护' });
  await remove.getByLabel('当前口令').fill(NEW_PASS);
  await remove.getByRole('button', { name: '取消口令保护' }).click();
  await expect(editor.getByRole('status')).toHaveText('已取消口令保护，资料已改为不加密保存。', { timeout: 15_000 });
  expect((await rawStrings(editor)).sealedRows).toBe(0);
  const after = await exportThroughUi(editor);
  expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
});

test('the idle lock closes an open editor page after the chosen time', async ({ context, extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await setPassphrase(editor);
  await editor.getByLabel('空闲多久后自动锁定').selectOption({ label: '1 分钟' });
  // A fresh editor page with a controllable clock: nothing happens in it for 61 s.
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/editor.html`);
  await expect(page.getByRole('tab', { name: '主体' })).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('tab', { name: '主体' })).toBeVisible();
  await page.clock.fastForward('00:40');
  await expect(page.getByRole('form', { name: '资料已锁定' })).toBeVisible();
  // The lock is shared: the other editor page locks too.
  await expect(editor.getByRole('form', { name: '资料已锁定' })).toBeVisible();
});
