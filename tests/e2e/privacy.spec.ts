/** Nothing leaves the machine: with every extension page and a fill exercised, no extension context makes a request. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareMps } from '../replicas/mps';
import { EXAMPLE, EXTENSION_DIR, exportThroughUi, expect, importThroughUi, openBesideTab, test } from './fixtures';
import { fillWithPanel } from './fill-helpers';

test('no request leaves any extension context', async ({ context, extensionId, editor }) => {
  const fromExtension: string[] = [];
  const extOrigin = `chrome-extension://${extensionId}`;
  context.on('request', (req) => {
    if (req.url().startsWith(extOrigin)) return; // the extension's own files
    let initiator = '';
    try { initiator = req.frame().url(); } catch { initiator = 'service-worker'; }
    if (initiator.startsWith(extOrigin) || initiator === 'service-worker' || initiator === '') fromExtension.push(`${initiator} → ${req.url()}`);
  });
  const mps = await prepareMps();
  await mps.route(context);

  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  for (const tab of ['主体', '人员', '网站']) await editor.getByRole('tab', { name: tab }).click();
  await editor.getByRole('tab', { name: '主体' }).click();
  await editor.getByRole('option', { name: /杭州云栖/ }).click();
  await exportThroughUi(editor);

  const page = await context.newPage();
  await page.goto(mps.pages.find((p) => p.id === 'mps-site')!.url);
  await fillWithPanel(page, '杭州云栖示例科技有限公司');
  const popup = await openBesideTab(context, 'popup.html');
  await expect(popup.getByTestId('completeness')).toBeVisible();
  const side = await openBesideTab(context, 'sidepanel.html');
  await expect(side.getByTestId('step-title')).toBeVisible();
  await side.waitForTimeout(500);

  expect(fromExtension).toEqual([]);

  // the recorder is not blind: a request an extension page makes is seen
  await popup.evaluate(() => fetch('https://example.org/probe').catch(() => undefined));
  await expect.poll(() => fromExtension.length).toBe(1);
});

test('the background and content scripts contain no network API at all', () => {
  // (service-worker requests are not observable from Playwright, so the code is checked instead)
  for (const file of ['background.js', 'content-scripts/filler.js']) {
    const code = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/);
  }
});
