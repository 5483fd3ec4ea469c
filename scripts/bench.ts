/**
 * npm run bench: fills every replica step repeatedly in Chromium with the built extension and prints a
 * table (median and p95 from the click on 一键填充 to the report, which comes after every field's value
 * was read back from the page; the engine's own time as the background measured it), plus the size of
 * each content script raw and gzip. Also written to bench/results.json. Targets are checked here, never
 * in tests.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, ROOT, launchWithExtension } from './browser';
import { entityFor, fillOnce, importExample, prepareReplicas } from './replica-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

const context = await launchWithExtension();
const pages = await prepareReplicas(context);
await importExample(context);

const steps: { id: string; title: string; fields: number; filled: number; medianMs: number; p95Ms: number; engineMedianMs: number }[] = [];
for (const p of pages) {
  const times: number[] = [];
  const engine: number[] = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(p.url);
    last = await fillOnce(page, entityFor(p));
    times.push(last.ms);
    engine.push(last.engineMs);
    await page.close();
  }
  steps.push({ id: p.id, title: p.title, fields: last!.counts.fields ?? 0, filled: last!.counts.filled ?? 0, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), engineMedianMs: quantile(engine, 0.5) });
}
await context.close();

const csDir = path.join(EXTENSION_DIR, 'content-scripts');
const scripts = readdirSync(csDir).filter((f) => f.endsWith('.js')).map((f) => {
  const buf = readFileSync(path.join(csDir, f));
  return { file: `content-scripts/${f}`, rawBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
});

const largest = steps.reduce((a, b) => (b.fields > a.fields ? b : a));
const targets = {
  largestStepMedianUnder300ms: { step: largest.id, medianMs: largest.medianMs, met: largest.medianMs < 300 },
  contentScriptUnder50KBgzip: { gzipBytes: Math.max(...scripts.map((s) => s.gzipBytes)), met: scripts.every((s) => s.gzipBytes < 50 * 1024) },
};

console.log(`\nFill time per replica step (${RUNS} runs each; click → report with every field read back)\n`);
console.log('| step | fields | filled | median ms | p95 ms | engine median ms |\n|---|---|---|---|---|---|');
for (const s of steps) console.log(`| ${s.title} | ${s.fields} | ${s.filled} | ${s.medianMs} | ${s.p95Ms} | ${s.engineMedianMs} |`);
console.log('\n| content script | raw bytes | gzip bytes |\n|---|---|---|');
for (const s of scripts) console.log(`| ${s.file} | ${s.rawBytes} | ${s.gzipBytes} |`);
console.log('\n| target | value | met |\n|---|---|---|');
console.log(`| largest step (${largest.id}) median < 300 ms | ${largest.medianMs} ms | ${targets.largestStepMedianUnder300ms.met ? 'yes' : 'no'} |`);
console.log(`| content script < 50 KB gzip | ${targets.contentScriptUnder50KBgzip.gzipBytes} B | ${targets.contentScriptUnder50KBgzip.met ? 'yes' : 'no'} |`);

mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, steps, contentScripts: scripts, targets }, null, 2)}\n`);
console.log('\nwritten: bench/results.json');
