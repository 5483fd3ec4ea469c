import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, test, expect } from './fixtures';

test('the editor is the options page, opened in a tab', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.options_ui).toEqual({ page: 'editor.html', open_in_tab: true });
  expect(manifest.options_page).toBeUndefined();
});

test('runtime.openOptionsPage() opens the editor', async ({ context, extensionId }) => {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { openOptionsPage(): Promise<void> } } }).chrome.runtime.openOptionsPage());
  // The tab may report about:blank when it is created; wait for the one that has navigated to the editor.
  const editorUrl = `chrome-extension://${extensionId}/editor.html`;
  await expect.poll(() => context.pages().some((p) => p.url().startsWith(editorUrl))).toBe(true);
  const page = context.pages().find((p) => p.url().startsWith(editorUrl))!;
  await expect(page.getByRole('heading', { level: 1, name: '备案资料编辑' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '备份' })).toBeVisible();
});
