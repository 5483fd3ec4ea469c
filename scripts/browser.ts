/** Launch Debian's Chromium with the built extension, offline (shared by the e2e tests, demo and bench). */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const EXAMPLE = path.join(ROOT, 'docs/profile.example.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Flags of every Chromium the tests, demo and bench start. The suite is CPU-bound on 2 cores: Chromium 156 preloads
 * its WebUI omnibox popups (two chrome://omnibox-popup.top-chrome/ pages in a renderer of their own) at start-up,
 * about 1.5 s of CPU per launch that a headless browser never shows (measured in stop 36: 3.7 → 2.2 s).
 */
const OMNIBOX_WEBUI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
// Chromium keeps only the last --disable-features: Playwright 1.x's own list (chromiumSwitches.ts: keep http on http,
// no paint holding, no storage partitioning …) is repeated here, or an http replica page would be upgraded to https.
const PLAYWRIGHT_DISABLED = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch'];
const ARGS = ['--no-sandbox', '--disable-gpu', `--disable-features=${[...PLAYWRIGHT_DISABLED, ...OMNIBOX_WEBUI].join(',')}`];

/** A plain Chromium without the extension, for the replica pages' own checks (a context per test). */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

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
      ...ARGS, '--disable-background-networking', '--disable-component-update',
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
