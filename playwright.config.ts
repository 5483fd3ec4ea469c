import { defineConfig } from '@playwright/test';
import { CORPUS_PAGE_CHECKS, wholeCorpus } from './tests/replicas/zoo/tiers';

// The extension must be built first (`npm run test:e2e` does it): .output/chrome-mv3.
export default defineConfig({
  testDir: './tests/e2e',
  // the page checks of retired generations and of the generated zoo run with the whole corpus (npm run test:zoo)
  testIgnore: wholeCorpus() ? [] : [CORPUS_PAGE_CHECKS],
  timeout: 90_000, // two browsers share 2 cores
  fullyParallel: false,
  // (three workers were measured in stop 30: 25.2 min against two's 26.0, and flakier: the suite is CPU-bound on 2 cores)
  // two persistent Chromiums at a time (2 cores): spec files run side by side, and the zoo's independent
  // builds spread over both workers
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // a trace records the pages' screencast and a DOM snapshot at every action of every test, passing or not: a
  // run of 23 zoo builds took 43–52 s of CPU with it on, 26–31 s with it off (stop 33). Recorded on a retry only.
  use: { trace: 'on-first-retry' },
});
