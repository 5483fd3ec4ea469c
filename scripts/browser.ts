/** Launch Debian's Chromium with the built extension, offline (shared by the e2e tests, demo and bench). */
import { chromium, type BrowserContext } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const EXAMPLE = path.join(ROOT, 'docs/profile.example.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A fresh Chromium profile with the extension loaded (from `dir`, default the build in .output); every
 * http(s) request is aborted unless routed later.
 */
export async function launchWithExtension(opts: { headless?: boolean; dir?: string } = {}): Promise<BrowserContext> {
  const dir = opts.dir ?? EXTENSION_DIR;
  return launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], opts);
}

/** The same Chromium, flags and offline routing without the extension (the bench's page-load baseline). */
export async function launchWithoutExtension(opts: { headless?: boolean } = {}): Promise<BrowserContext> {
  return launch([], opts);
}

async function launch(extensionArgs: string[], opts: { headless?: boolean }): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...extensionArgs,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
  return context;
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  return new URL(sw.url()).host;
}
