import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/browser';

export { EXAMPLE, EXTENSION_DIR, ROOT, extensionIdOf, launchWithExtension } from '../../scripts/browser';

export const test = base.extend<{ context: BrowserContext; extensionId: string; editor: Page }>({
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
  editor: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/editor.html`);
    await use(page);
  },
});
export const expect = test.expect;

/** Import a file through the editor's 导入 chooser. */
export async function importThroughUi(editor: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await editor.getByRole('tab', { name: '备份' }).click();
  await editor.getByLabel('导入').setInputFiles(file);
}

/** Click 导出 and return the parsed backup file. */
export async function exportThroughUi(editor: Page): Promise<Record<string, unknown>> {
  await editor.getByRole('tab', { name: '备份' }).click();
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: '导出' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Open an extension page (popup.html, sidepanel.html) in a window of its own, as the browser shows the
 * popup and side panel: the filing tab stays the active tab of its window.
 */
export async function openBesideTab(context: BrowserContext, file: string): Promise<Page> {
  const [sw] = context.serviceWorkers();
  const [page] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes(file)),
    sw!.evaluate((url) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url, type: 'popup', focused: false }), file),
  ]);
  return page;
}
