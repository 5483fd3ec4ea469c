/**
 * Which zoo builds `npm test` runs, and which the whole corpus (`npm run test:zoo`, ZOO=all).
 *
 * The zoo holds every generation's builds, the generated zoo and the other providers' consoles (425 in stop 38) at about
 * 5 s of a 2-core machine each: run whole, it alone took 17–18 of `npm test`'s 35 minutes (stop 37). `npm test` runs a core
 * chosen by rule from the builds' own metadata, never by hand:
 * - every held-out build (the score of builds never tuned against is the engine's measure) and every tuning build
 *   with listed gaps (each must stay a gap, never wrong);
 * - then, greedily (the build that adds most first, ties in the corpus' order), builds until every
 *   platform × step × subject kind, platform × library, library × step and generation of the corpus is run by one.
 * `npm run test:zoo` runs every build and every replica set's page checks: before a change to the dictionary,
 * the drivers or the recognition is committed, and for a closing note's scores.
 */
import type { ZooPage } from './contract';

/** Held-out generations (their page checks run in `npm test`; every other generation's with the corpus). Checked by zoo.spec against the pages' own `set`. */
export const HELD_OUT_GENERATIONS = [36, 42];

/** The corpus is run whole when ZOO=all. */
export const wholeCorpus = () => process.env.ZOO === 'all';

/** A build's generation: heldout7-… → '7', heldout-… → '1', zoo-… → 'zoo', prov-… → 'prov'. */
export function generationOf(id: string): string {
  const m = /^heldout(\d*)-/.exec(id);
  if (m) return m[1] || '1';
  return id.split('-')[0]!;
}

/** What one build stands for in the cover. */
const keysOf = (p: ZooPage) => [
  `step:${p.platform}|${p.step}|${p.variant ?? ''}`,
  `library:${p.platform}|${p.library}`,
  `widgets:${p.library}|${p.step}`,
  `generation:${generationOf(p.id)}`,
];

/** The core `npm test` runs, in the corpus' order. */
export function coreOf(pages: ZooPage[]): ZooPage[] {
  const chosen = new Set(pages.filter((p) => p.set === 'heldout' || Object.keys(p.gaps ?? {}).length));
  const covered = new Set([...chosen].flatMap(keysOf));
  for (;;) {
    let best: ZooPage | undefined;
    let most = 0;
    for (const p of pages) {
      if (chosen.has(p)) continue;
      const adds = keysOf(p).filter((k) => !covered.has(k)).length;
      if (adds > most) { most = adds; best = p; }
    }
    if (!best) break; // every key of the corpus is covered
    chosen.add(best);
    for (const k of keysOf(best)) covered.add(k);
  }
  return pages.filter((p) => chosen.has(p));
}

/** The builds this run scores. */
export const zooRun = (pages: ZooPage[]) => (wholeCorpus() ? pages : coreOf(pages));

/**
 * The page-check specs only the whole corpus runs: those of retired generations and of the generated zoo (they
 * check the replica pages, which `npm test` runs only in part); the held-out generations' and the providers' stay.
 */
export const CORPUS_PAGE_CHECKS = new RegExp(`(^|[\\\\/])(zoo|heldout(?!(${HELD_OUT_GENERATIONS.join('|')})-)\\d*)-pages\\.spec\\.ts$`);
