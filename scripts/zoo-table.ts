/** Print the zoo scores (tests/e2e/zoo.spec.ts writes one JSON per build) as a table: tsx scripts/zoo-table.ts [dir] */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser';

const dir = process.argv[2] ?? path.join(ROOT, 'test-results/zoo-scores');
const rows = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; set: string; step: string; fields: number; filled: number; missing: number; flagged: number; wrong: number; untouchedChanged: number });
rows.sort((a, b) => a.set.localeCompare(b.set) || a.id.localeCompare(b.id));
console.log('| set | build | step | fields | filled | missing | flagged | wrong | touched |\n|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.set} | ${r.id} | ${r.step} | ${r.fields} | ${r.filled} | ${r.missing} | ${r.flagged} | ${r.wrong} | ${r.untouchedChanged} |`);
for (const set of [...new Set(rows.map((r) => r.set))]) {
  const rs = rows.filter((r) => r.set === set);
  const sum = (k: 'fields' | 'filled' | 'missing' | 'flagged' | 'wrong' | 'untouchedChanged') => rs.reduce((a, r) => a + r[k], 0);
  console.log(`\n${set}: ${rs.length} builds, filled ${sum('filled')}/${sum('fields')} (${((100 * sum('filled')) / Math.max(1, sum('fields'))).toFixed(1)} %), missing flagged ${sum('flagged')}/${sum('missing')}, wrong ${sum('wrong')}, touched ${sum('untouchedChanged')}`);
}
