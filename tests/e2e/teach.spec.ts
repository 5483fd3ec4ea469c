/**
 * 指定字段 (teach a field), end to end: a small native filing page served at a filing URL asks a known
 * value under labels the dictionary does not know (负责人联络手机, 应急联络号码). The filer teaches them
 * through the in-page panel, once with the mouse and once with the keyboard (Tab through the page's
 * labelled controls, Enter picks; Esc cancels); the next fill, after a reload and after an export and
 * import into an emptied profile, fills them and reads them back; a rule whose item is gone from the
 * page is reported; the editor's 指定字段 tab lists, edits and removes the rules.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, exportThroughUi, test } from './fixtures';
import { example, fillWithPanel, importProfile, panelOf, state } from './fill-helpers';

test.describe.configure({ timeout: 120_000 });
test.use({ trace: 'off' });

const URL_ = 'https://beian.aliyun.com/teach-demo/principal';
const field = (id: string, label: string) => `<div class="row"><label for="${id}">${label}</label> <input id="${id}" type="text"></div>`;
/** The page; `?gone=1` serves it without the 负责人联络手机 item (a rule whose field disappeared). */
function html(gone: boolean) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>备案 · 负责人</title></head><body>
<h2>主体负责人信息</h2>
<form>
${field('n', '负责人姓名')}
${field('e', '电子邮箱')}
${gone ? '' : field('m', '负责人联络手机')}
${field('p', '应急联络号码')}
</form>
<script>window.__replica = { platform: 'aliyun', step: 'teach', changes: 0, getState: () => Object.fromEntries([...document.querySelectorAll('input')].map((i) => [i.id, i.value])) };</script>
</body></html>`;
}
async function route(context: BrowserContext) {
  await context.route((u) => u.hostname === 'beian.aliyun.com' && u.pathname.startsWith('/teach-demo/'), (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html(new URL(r.request().url()).searchParams.has('gone')) }));
}
async function open(context: BrowserContext, url = URL_): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html')), { timeout: 30_000 }).toBe(true);
  return page;
}
async function clearDb(editor: Page) {
  await editor.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('beian-autofill');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const n of db.objectStoreNames) tx.objectStore(n).clear();
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
}
/** Choose the profile value in the panel's dictionary and save the rule. */
async function choose(panel: Frame, query: string, option: string, keyboard = false) {
  const search = panel.getByRole('searchbox', { name: '搜索字段' });
  const opt = panel.getByRole('option', { name: option, exact: true });
  const save = panel.getByRole('button', { name: '保存指定' });
  if (keyboard) {
    await search.focus();
    await search.pressSequentially(query);
    await opt.focus();
    await opt.press('Enter');
    await expect(opt).toHaveAttribute('aria-selected', 'true');
    await save.focus();
    await save.press('Enter');
  } else {
    await search.fill(query);
    await opt.click();
    await save.click();
  }
  await expect(panel.getByRole('status').filter({ hasText: '已保存指定' })).toBeVisible();
}

const UNIT = '杭州云栖示例科技有限公司';

test('teach two unknown fields (mouse, keyboard); later fills use them, after a reload and after export / import; a vanished field is reported', async ({ context, editor }) => {
  await route(context);
  await importProfile(editor, example(), 'example.json');
  let page = await open(context);

  // the engine reads the known items only; the two it cannot read are listed, left as they are, and a click on one
  // takes the filer to it
  let out = await fillWithPanel(page, UNIT);
  expect(await state(page)).toEqual({ n: '李娜', e: 'lina@yunqi-demo.cn', m: '', p: '' });
  expect(out.groups['未识别的字段，未填写']).toEqual(['负责人联络手机', '应急联络号码']);
  expect(out.summary).toContain('已填写 2 项（共 2 项）');
  await (await panelOf(page)).getByRole('button', { name: '应急联络号码', exact: true }).click();
  await expect(page.locator('#p')).toBeFocused();

  // Esc cancels, nothing saved
  let panel = await panelOf(page);
  await panel.getByRole('button', { name: '指定字段' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '请在页面上点击' })).toBeVisible();
  await expect(page.locator('[data-beian-autofill-pick]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('status').filter({ hasText: '已取消指定' })).toBeVisible();
  await expect(page.locator('[data-beian-autofill-pick]')).toHaveCount(0);

  // mouse: hover outlines the item, a click picks it (and does not reach the page)
  await panel.getByRole('button', { name: '指定字段' }).click();
  await expect(page.locator('[data-beian-autofill-pick]')).toHaveCount(1); // picking has started
  await page.locator('#m').hover();
  await expect(page.locator('.row:has(#m)')).toHaveAttribute('data-beian-autofill-pick', '');
  await page.locator('#m').click();
  await expect(panel.getByTestId('teach-picked')).toContainText('负责人联络手机');
  await expect(panel.getByTestId('teach-engine')).toHaveCount(0); // the engine does not read it
  await choose(panel, '主体负责人 手机', '主体负责人 · 手机号码');
  expect(await state(page)).toEqual({ n: '李娜', e: 'lina@yunqi-demo.cn', m: '', p: '' }); // the page's values untouched

  // keyboard: Enter on the button, Tab through the page's items, Enter picks
  await panel.getByRole('button', { name: '指定字段' }).press('Enter');
  await expect(page.locator('[data-beian-autofill-pick]')).toHaveCount(1);
  for (let i = 0; i < 6 && !(await page.locator('.row:has(#p)[data-beian-autofill-pick]').count()); i++) await page.keyboard.press('Tab');
  await expect(page.locator('.row:has(#p)')).toHaveAttribute('data-beian-autofill-pick', '');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('teach-picked')).toContainText('应急联络号码');
  await choose(panel, '主体负责人 应急', '主体负责人 · 应急联系电话', true);

  // a known item can be taught too, and then offers 覆盖引擎的识别
  await panel.getByRole('button', { name: '指定字段' }).click();
  await expect(page.locator('[data-beian-autofill-pick]')).toHaveCount(1);
  await page.locator('#e').click();
  await expect(panel.getByTestId('teach-engine')).toContainText('主体负责人 · 电子邮箱');
  await expect(panel.getByLabel('覆盖引擎的识别')).toBeVisible();
  await panel.getByRole('button', { name: '返回' }).click();

  // after a reload: the taught fields are filled and read back
  await page.reload();
  await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html')), { timeout: 30_000 }).toBe(true);
  out = await fillWithPanel(page, UNIT);
  expect(out.groups['未能填入'] ?? []).toEqual([]);
  expect(out.groups['未识别的字段，未填写'] ?? []).toEqual([]);
  expect(out.summary).toContain('已填写 4 项');
  expect(await state(page)).toEqual({ n: '李娜', e: 'lina@yunqi-demo.cn', m: '13600136000', p: '13700137000' });

  // export (the rules travel in the backup), empty the profile, import, fill a fresh page
  const backup = await exportThroughUi(editor);
  expect(backup.version).toBe(3);
  const rules = backup.rules as { key: string; label: string; host: string; path: string }[];
  expect(rules.map((r) => [r.label, r.key, r.host, r.path]).sort()).toEqual([
    ['应急联络号码', 'principal.emergencyPhone', 'beian.aliyun.com', '/teach-demo/principal'],
    ['负责人联络手机', 'principal.mobile', 'beian.aliyun.com', '/teach-demo/principal'],
  ]);
  expect(JSON.stringify(rules)).not.toContain('13600136000'); // page knowledge only, no profile value
  await clearDb(editor);
  await editor.reload();
  await importProfile(editor, backup, 'backup.json');
  await page.close();
  page = await open(context);
  out = await fillWithPanel(page, UNIT);
  expect(await state(page)).toEqual({ n: '李娜', e: 'lina@yunqi-demo.cn', m: '13600136000', p: '13700137000' });

  // the page without the taught item: reported, not silently ignored
  const gone = await open(context, `${URL_}?gone=1`);
  out = await fillWithPanel(gone, UNIT);
  expect(out.groups['指定的字段在本页未找到']).toEqual(['负责人联络手机']);
  expect(await state(gone)).toEqual({ n: '李娜', e: 'lina@yunqi-demo.cn', p: '13700137000' });

  // the editor's 指定字段 tab: listed, edited, removed
  await editor.getByRole('tab', { name: '指定字段' }).click();
  const table = editor.getByRole('table', { name: '指定字段' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await table.getByLabel('负责人联络手机 资料项').selectOption('web.mobile');
  // saved at once; the row follows the database
  await table.getByLabel('负责人联络手机 覆盖引擎的识别').click();
  await expect(table.getByLabel('负责人联络手机 覆盖引擎的识别')).toBeChecked();
  await expect(table.getByLabel('负责人联络手机 资料项')).toHaveValue('web.mobile');
  await table.locator('tr', { hasText: '应急联络号码' }).getByRole('button', { name: '删除' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  const after = await exportThroughUi(editor);
  expect((after.rules as { key: string; override: boolean }[]).map((r) => [r.key, r.override])).toEqual([['web.mobile', true]]);
});
