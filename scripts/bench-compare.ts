/**
 * Fill time of this build against another build of the extension (e.g. the engine before a change), on the
 * same machine at the same time: both Chromium profiles open side by side, every original replica step
 * (region API at 0 ms, so the time is the extension's own) filled BENCH_RUNS times by each, alternating
 * which goes first in every round so that machine noise falls on both. Prints a table of medians.
 *
 *   git worktree add /tmp/base <commit> && ln -s $PWD/node_modules /tmp/base/ && (cd /tmp/base && npx wxt build)
 *   BASELINE_DIR=/tmp/base/.output/chrome-mv3 BASELINE_EXAMPLE=/tmp/base/docs/profile.example.json tsx scripts/bench-compare.ts
 * BENCH_RUNS (default 7) runs a side; BENCH_STEPS=mps-subject,aliyun-site limits the steps (ids containing one).
 */
import { EXTENSION_DIR, launchWithExtension } from './browser';
import { entityFor, fillOnce, importExample, prepareReplicas, withLatency, type StepRun } from './replica-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const baseDir = process.env.BASELINE_DIR;
if (!baseDir) throw new Error('BASELINE_DIR: the other build (an .output/chrome-mv3 directory)');
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]!; };

const sides = [
  { name: 'this build', context: await launchWithExtension({ dir: EXTENSION_DIR }), example: undefined as string | undefined },
  { name: 'baseline', context: await launchWithExtension({ dir: baseDir }), example: process.env.BASELINE_EXAMPLE },
];
let pages: Awaited<ReturnType<typeof prepareReplicas>> = [];
for (const s of sides) { pages = await prepareReplicas(s.context); await importExample(s.context, s.example); }

const rows: string[] = [];
const totals = [0, 0];
const only = process.env.BENCH_STEPS?.split(',');
for (const p of pages.filter((x) => (x.platform === 'aliyun' || x.platform === 'mps') && (!only || only.some((o) => x.id.includes(o))))) {
  const ms: number[][] = [[], []];
  const last: (StepRun | undefined)[] = [undefined, undefined];
  for (let i = 0; i < RUNS; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const page = await sides[k]!.context.newPage();
      await page.goto(withLatency(p.url, 0));
      last[k] = await fillOnce(page, entityFor(p));
      ms[k]!.push(last[k]!.ms);
      await page.close();
    }
  }
  const [a, b] = [median(ms[0]!), median(ms[1]!)];
  totals[0]! += a; totals[1]! += b;
  rows.push(`| ${p.title} | ${last[0]!.counts.filled}/${last[0]!.counts.fields} | ${last[1]!.counts.filled}/${last[1]!.counts.fields} | ${a} | ${b} | ${((100 * (a - b)) / b).toFixed(0)} % |`);
}
for (const s of sides) await s.context.close();
console.log(`Fill time, click → report, region API at 0 ms; median of ${RUNS} runs a side, alternating (baseline: ${baseDir})\n`);
console.log('| step | filled/fields (this) | filled/fields (baseline) | this build ms | baseline ms | change |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| all steps (sum of medians) | | | ${totals[0]} | ${totals[1]} | ${((100 * (totals[0]! - totals[1]!)) / totals[1]!).toFixed(0)} % |`);
