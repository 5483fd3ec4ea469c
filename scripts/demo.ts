/**
 * npm run demo: opens Chromium with the built extension, loads docs/profile.example.json through the
 * editor's 导入 (as a user would) with its dates moved to today (the latest site opened 5 days ago, so
 * the 公安 deadline is never overdue; scripts/example-dates.ts), and shows the editor, popup and side
 * panel, then fills every replica step and one step of each other provider's console (腾讯云, 华为云,
 * 火山引擎, 百度智能云: tests/replicas/providers). With a display the browser stays open until you close
 * it; without one (CI, SSH) it runs headless, saves a screenshot of each page to demo-output/ and prints
 * a summary table.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE, ROOT, extensionIdOf, launchWithExtension } from './browser';
import { exampleForToday } from './example-dates';
import { entityFor, fillOnce, prepareReplicas, prepareZooBundles } from './replica-run';

const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
const outDir = path.join(ROOT, 'demo-output');
mkdirSync(outDir, { recursive: true });

const context = await launchWithExtension({ headless });
const id = await extensionIdOf(context);
const editor = await context.newPage();
editor.on('pageerror', (e) => console.error('[editor error]', e.message));
editor.on('console', (m) => { if (m.type() === 'error') console.error('[editor console]', m.text().slice(0, 2000)); });
await editor.goto(`chrome-extension://${id}/editor.html#backup`);
const example = exampleForToday(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
await editor.getByLabel('导入').setInputFiles({
  name: 'profile.example.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(example.profile, null, 2)),
});
const status = await editor.getByRole('status').textContent({ timeout: 10_000 });
console.log(`导入 docs/profile.example.json (dates moved by ${example.days} days): ${status}`);

const shots: [string, string][] = [];
async function shot(page: import('@playwright/test').Page, name: string) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  shots.push([name, path.relative(ROOT, file)]);
}

await editor.goto(`chrome-extension://${id}/editor.html#entity/e-yunqi`);
await editor.getByLabel('主办单位或主办人名称').waitFor();
await shot(editor, 'editor-entity');
await editor.goto(`chrome-extension://${id}/editor.html#site/s-yunqi-www`);
await editor.getByLabel('网站名称').waitFor({ timeout: 5000 }).catch(async (e) => { await editor.screenshot({ path: '/tmp/demo-fail.png' }); throw e; });
await shot(editor, 'editor-site');
await editor.goto(`chrome-extension://${id}/editor.html#contact/c-zhangwei`);
await editor.getByLabel('姓名').waitFor();
await shot(editor, 'editor-contact');

const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.getByTestId('completeness').waitFor();
await shot(popup, 'popup');
const rows: string[][] = [];
for (const entity of ['杭州云栖示例科技有限公司', '张伟']) {
  await popup.getByLabel('当前主体').selectOption({ label: entity });
  await popup.waitForTimeout(300);
  const site = await popup.getByLabel('当前网站').locator('option:checked').textContent();
  const completeness = (await popup.getByTestId('completeness').textContent())?.trim() ?? '';
  const open = await popup.locator('.open-items li').allTextContents();
  rows.push([entity, site ?? '', completeness, open.join('；') || '—']);
}
await popup.getByLabel('当前主体').selectOption({ label: '杭州云栖示例科技有限公司' });

const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html`);
await panel.getByTestId('completeness').waitFor();
await shot(panel, 'sidepanel');

// The replica filing pages at their real URLs: open each step and fill it as a user would.
const replicaPages = await prepareReplicas(context);
const stepRows: string[][] = [];
for (const p of replicaPages) {
  const page = await context.newPage();
  await page.goto(p.url);
  const run = await fillOnce(page, entityFor(p));
  await page.waitForTimeout(300);
  await shot(page, `fill-${p.id}`);
  const c = run.counts;
  const problems = Object.entries(run.groups).map(([g, labels]) => `${g}: ${labels.join('、')}`).join('；') || '—';
  stepRows.push([p.title, entityFor(p), String(c.fields), String(c.filled), String(c.missing), String(c.notFound), String(c.failed), `${run.ms} ms`, problems]);
  if (headless) await page.close();
}

// The other providers' consoles (FORMS.md §1.10; tests/replicas/providers): one step of each, at its console URL.
const PROVIDER_STEPS = ['prov-tencent-site', 'prov-huawei-subject-unit', 'prov-volcengine-site', 'prov-baidu-site'];
const zoo = await prepareZooBundles();
const routed = new Set<(typeof zoo)[number]>();
for (const id of PROVIDER_STEPS) {
  const bundle = zoo.find((b) => b.pages.some((p) => p.id === id));
  if (!bundle) { console.error(`[demo] no replica ${id} in the zoo bundles`); continue; }
  // after the original replicas' routes: the zoo's handlers fall back for pages that are not theirs
  if (!routed.has(bundle)) { await bundle.route(context); routed.add(bundle); }
  const p = bundle.pages.find((x) => x.id === id)!;
  const page = await context.newPage();
  await page.goto(p.url);
  const run = await fillOnce(page, p.entity);
  await page.waitForTimeout(300);
  await shot(page, `fill-${p.id}`);
  const c = run.counts;
  const problems = Object.entries(run.groups).map(([g, labels]) => `${g}: ${labels.join('、')}`).join('；') || '—';
  stepRows.push([p.title, p.entity, String(c.fields), String(c.filled), String(c.missing), String(c.notFound), String(c.failed), `${run.ms} ms`, problems]);
  if (headless) await page.close();
}

console.log('\n| 步骤 | 主体 | 字段 | 已填写 | 缺少 | 未找到 | 未能填入 | 用时 | 其余 |\n|---|---|---|---|---|---|---|---|---|');
for (const r of stepRows) console.log(`| ${r.join(' | ')} |`);

console.log('\n| 主体 | 当前网站 | 完整度 | 缺少/无效 |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('\nScreenshots:');
for (const [name, file] of shots) console.log(`  ${name}: ${file}`);

if (headless) {
  await context.close();
} else {
  await editor.bringToFront();
  console.log('\nChromium is open with the extension; close the window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
