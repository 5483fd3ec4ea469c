/**
 * Developer tool: what the engine reads on replica pages, without the extension. Bundles the snapshot
 * and the classifier into the page and prints one line per form item (label, section, shapes → reading).
 *   tsx scripts/dump-readings.ts <page id substring> [...]
 *   CLICK='<css selector>' first clicks that element on each page (a tab or a pager's page not shown at first); several
 *   joined by ' && ' are clicked in turn (a select, then its option).
 *   TYPE='<css selector>=><text>' then clicks that box, types the text and presses Enter (a field that others are built from).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { launchWithoutExtension, ROOT } from './browser';
import { routeAllReplicas } from './replica-run';

const bundle = (await build({
  stdin: { contents: `import { takeSnapshot } from './lib/dom/snapshot'; import { readPage } from './lib/forms/classify';
    (window as any).__read = (platform: string) => { const live = takeSnapshot(document); const { prior, readings } = readPage(platform, live.snapshot);
      return { step: prior?.step ?? null, titles: live.snapshot.titles, items: live.snapshot.items.map((it) => { const r = readings.find((x) => x.item.id === it.id);
        return { label: it.label, heading: it.headings.slice(0, 2).join(' < '), shapes: it.controls.map((c) => c.shape + (c.options ? JSON.stringify(c.options).slice(0,60) : '') + (c.sub ? '(' + c.sub + ')' : '') + (c.disabled ? '!' : '') + (c.readOnly ? '[ro]' : '') + (c.current !== '' && c.current !== false && !(Array.isArray(c.current) && !c.current.length) ? '=' + JSON.stringify(c.current).slice(0, 30) : '')).join(','), key: r ? r.key + (r.status === 'ambiguous' ? '?' + (r.rivals ?? []).join('|') : '') + ' ' + r.parts.map((p) => p.part).join('+') : '—', score: r?.score?.toFixed(2) ?? '' }; }),
        slots: readings.filter((x) => !live.snapshot.items.some((it) => it === x.item)).map((x) => x.item.label + ' → ' + x.key + ' ' + x.status + ' ' + x.score.toFixed(2)) }; };`,
    resolveDir: ROOT, loader: 'ts' },
  bundle: true, write: false, format: 'iife', target: 'chrome120', alias: { '@': ROOT }, absWorkingDir: ROOT,
})).outputFiles[0]!.text;

const context = await launchWithoutExtension();
const pages = await routeAllReplicas(context);
for (const filter of process.argv.slice(2)) {
  // held-out builds are never tuned against: never shown (retire a generation into tuning to look at it; RETIRING=heldout33
  // shows a generation being retired whose files cannot be marked yet, while the next one is written from them)
  const retiring = (process.env.RETIRING ?? '').split(',').filter(Boolean);
  for (const p of pages.filter((x) => x.id.includes(filter) && (!('set' in x) || x.set !== 'heldout' || retiring.some((r) => x.id.startsWith(`${r}-`))))) {
    const page = await context.newPage();
    await page.goto(p.url);
    await page.waitForTimeout(1500);
    for (const sel of process.env.CLICK?.split(' && ') ?? []) { await page.click(sel); await page.waitForTimeout(500); }
    if (process.env.TYPE) { const [sel, text] = process.env.TYPE.split('=>'); await page.click(sel!); await page.keyboard.type(text!); await page.keyboard.press('Enter'); await page.mouse.click(5, 5); await page.waitForTimeout(800); }
    await page.addScriptTag({ content: bundle });
    const out = await page.evaluate((pl) => (window as any).__read(pl), p.platform);
    console.log(`\n## ${p.id}  step=${out.step}  titles=${out.titles.join('|')}`);
    for (const sl of out.slots) console.log(`  slot: ${sl}`);
    for (const it of out.items) console.log(`${it.label.padEnd(16)} | ${it.heading.slice(0, 30).padEnd(30)} | ${it.shapes.padEnd(28)} | ${it.key} ${it.score}`);
    await page.close();
  }
}
await context.close();
void path;
