import { defineConfig } from '@playwright/test';

// The extension must be built first (`npm run test:e2e` does it): .output/chrome-mv3.
export default defineConfig({
  testDir: './tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1, // one persistent Chromium at a time (2 cores)
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
