/** Developer tool: run one engine setValue on one widget of a replica page, without the extension.
 *  tsx scripts/dbg-widget.ts <page id> <css selector of the widget root>[@n: its n-th match, from 0] <shape> <json value> [json driver context] */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT, launchWithoutExtension } from './browser';
import { routeAllReplicas } from './replica-run';

const [id, sel, shape, json, ctx = '{}'] = process.argv.slice(2);
const context = await launchWithoutExtension();
const pages = await routeAllReplicas(context);
const page = await context.newPage();
page.on('console', (m) => console.log('page:', m.text()));
await page.goto(pages.find((p) => p.id === id)!.url);
await page.waitForFunction(() => !!window.__replica);
// the engine alone, bundled for the page: window.__eng = { setValue, readCurrent }
const bundled = await build({
  stdin: { contents: "import { setValue, readCurrent } from './lib/dom/drivers/engine'; (window as any).__eng = { setValue, readCurrent };", resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'iife', write: false, absWorkingDir: ROOT,
});
await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
const out = await page.evaluate(async ([sel, shape, json, ctx]) => {
  const [css, nth] = sel!.split('@');
  const root = document.querySelectorAll(css!)[Number(nth ?? 0)] as HTMLElement;
  const e = (window as any).__eng;
  const t0 = performance.now();
  const r = await e.setValue(root, shape, JSON.parse(json!), JSON.parse(ctx!));
  const ms = Math.round(performance.now() - t0);
  await new Promise((f) => setTimeout(f, 500));
  return { r, ms, now: e.readCurrent(root, shape) };
}, [sel, shape, json, ctx]);
console.log(JSON.stringify(out));
console.log(JSON.stringify(await page.evaluate(() => window.__replica!.getState())).slice(0, 1500));
await page.screenshot({ path: path.join('/tmp', `dbg-widget-${id}.png`) });
await context.close();
