import { defineConfig } from '@playwright/test';

// The extension must be built first (`npm run test:e2e` does it): .output/chrome-mv3.
export default defineConfig({
  testDir: './tests/e2e',
  timeout: 90_000, // two browsers share 2 cores
  fullyParallel: false,
  // (three workers were measured in stop 30: 25.2 min against two's 26.0, and flakier: the suite is CPU-bound on 2 cores)
  // two persistent Chromiums at a time (2 cores): spec files run side by side, and the zoo's independent
  // builds spread over both workers
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
