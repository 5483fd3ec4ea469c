/**
 * Where a fill's time goes on a few replica steps (a measuring aid, not the bench: few runs, no targets).
 *
 *   npx wxt build && npx tsx --tsconfig tsconfig.json scripts/profile-fill.ts [step-id ...]
 *
 * Prints, per run, click → report (`ms`, as the panel measures it, every field read back) and the
 * background's own time (`engine`), then the medians. Environment:
 *   RUNS=3      runs per step
 *   LATENCY=0   the replicas' region API delay (their `replicaLatency` parameter, ms): 0 measures the
 *               extension without the page's lazy loads; unset keeps the page's own (公安 300 ms, 阿里云 200–400 ms)
 *   EXT=dir     another built extension than .output/chrome-mv3 (compare two builds on the same machine)
 *   CPU=1       a V8 CPU profile of each fill: busy time of the page's scripts, the extension's and the
 *               browser's own work ((program): style, layout, paint), against (idle); the profiler slows the fill
 */
import { launchWithExtension } from './browser';
import { entityFor, fillOnce, importExample, panelOf, routeAllReplicas, withLatency } from './replica-run';

const RUNS = Number(process.env.RUNS ?? 3);
const LATENCY = process.env.LATENCY;
const ids = process.argv.slice(2);

interface CpuProfile { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[] }

/** Sampled time by origin: page scripts, the extension, the browser's own work, idle (ms). */
function cpuSummary(prof: CpuProfile): string {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const { url, functionName } = byId.get(id)!.callFrame;
    const kind = url.startsWith('chrome-extension://') ? 'extension' : url ? 'page' : functionName.startsWith('(') ? functionName : 'DOM calls';
    totals.set(kind, (totals.get(kind) ?? 0) + (prof.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

const context = await launchWithExtension({ dir: process.env.EXT });
// the replicas and every zoo build (held-out generations, providers)
const pages = (await routeAllReplicas(context)).filter((p) => !ids.length || ids.includes(p.id));
await importExample(context);

const rows: string[] = [];
for (const p of pages) {
  const ms: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    if (process.env.TRACE) page.on('console', (m) => { if (m.text().startsWith('TIMING')) console.log(m.text()); });
    await page.goto(LATENCY !== undefined ? withLatency(p.url, LATENCY) : p.url);
    await (await panelOf(page)).locator('button.primary:not([disabled])').waitFor();
    const cdp = process.env.CPU ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const r = await fillOnce(page, 'entity' in p ? p.entity : entityFor(p));
    const cpu = cdp ? ` | cpu ms: ${cpuSummary((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile)}` : '';
    ms.push(r.ms);
    engine.push(r.engineMs);
    console.log(`${p.id} run ${i + 1}: ${r.ms} ms (engine ${r.engineMs} ms), filled ${r.counts.filled}/${r.counts.fields}, failed ${r.counts.failed}${cpu}`);
    await page.close();
  }
  rows.push(`| ${p.id} | ${median(ms)} | ${median(engine)} | ${ms.join(', ')} |`);
}
await context.close();
console.log(`\n| step | median ms | engine median ms | runs${LATENCY !== undefined ? ` (replicaLatency=${LATENCY})` : ''} |\n|---|---|---|---|`);
for (const r of rows) console.log(r);
