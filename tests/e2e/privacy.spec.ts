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

test('a hostile filing page learns nothing beyond the fill values and cannot trigger a fill', async ({ context, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const hostile = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><h2>短信核验</h2>
<form><label for="m">手机号码</label><input id="m"><label for="i">证件号码后六位</label><input id="i" maxlength="6"><label for="c">验证码</label><input id="c"></form>
<script>
  window.__seen = { mutations: [], messages: [], listeners: 0, shadow: 'unread', frames: [] };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (t, f, o) { window.__seen.listeners++; return add.call(this, t, f, o); };
  window.addEventListener('message', (e) => window.__seen.messages.push(JSON.stringify(e.data)));
  new MutationObserver((rs) => { for (const r of rs) {
    for (const n of r.addedNodes) window.__seen.mutations.push(n.outerHTML || n.textContent || '');
    if (r.type === 'attributes') window.__seen.mutations.push(r.target.outerHTML.slice(0, 2000));
  } }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  // forged requests, as a page could try them
  setInterval(() => {
    window.postMessage({ type: 'ui.fill' }, '*');
    window.postMessage({ type: 'bg.execute', platform: 'miit', step: 'sms', actions: [{ key: 'principal.mobile', widget: 'text', value: '10000000000' }], marks: [] }, '*');
    document.dispatchEvent(new CustomEvent('beian-autofill', { detail: { type: 'ui.fill' } }));
  }, 100);
  setTimeout(() => {
    const host = document.querySelector('beian-autofill-panel');
    window.__seen.shadow = host ? String(host.shadowRoot) : 'no host';
    window.__seen.frames = [...document.querySelectorAll('iframe')].map((f) => f.src);
    try { window.__seen.frameText = window.frames[0] && window.frames[0].document.body.innerText; } catch (e) { window.__seen.frameText = 'blocked: ' + e.name; }
  }, 1500);
</script></html>`;
  await context.route('https://beian.miit.gov.cn/**', (r) => r.fulfill({ contentType: 'text/html', body: hostile }));
  const page = await context.newPage();
  await page.goto('https://beian.miit.gov.cn/hostile');
  await page.waitForTimeout(2000);
  // forged messages did nothing; the panel is out of the page's reach
  expect(await page.inputValue('#m')).toBe('');
  const seen1 = await page.evaluate(() => (window as any).__seen);
  expect(seen1.shadow).toBe('null'); // closed shadow root
  expect(seen1.frames).toEqual([]); // the panel iframe is not in the page's DOM tree
  expect(seen1.frameText ?? 'no frame handle').toMatch(/blocked|no frame handle/); // cross-origin or unreachable

  // the user fills with 张伟
  const r = await fillWithPanel(page, '张伟');
  expect(r.summary).toContain('已填写 2 项');
  expect(await page.inputValue('#m')).toBe('13800138000');
  expect(await page.inputValue('#i')).toBe('071236');
  expect(await page.inputValue('#c')).toBe(''); // the SMS code is never filled
  const seen = await page.evaluate(() => (window as any).__seen);
  const everything = JSON.stringify(seen);
  // nothing of the rest of the profile reached the page: other people, entities, full ID numbers, emails, addresses, documents
  for (const secret of ['杭州云栖示例科技有限公司', '李娜', '王强', '张伟', '330106199003071236', '330110198511204525', '110105198808123011', '91330110MA2H3K7Q18',
    'zhangwei@example.com', 'lina@yunqi-demo.cn', '文三路', 'zhangwei-notes.cn', 'iVBORw0KGgo', '13900139000']) {
    expect(everything, secret).not.toContain(secret);
  }
  expect(seen.messages.every((m: string) => !m.includes('13800138000'))).toBe(true);
});
