/**
 * What the page-check specs of replica sets share (heldout-pages, heldout2-pages): one plain Chromium (no
 * extension) per worker, a fresh context per test with every other request aborted, and the helpers to open a build,
 * wait for its framework state and finish it (every expect key present, the right platform and step, a
 * change seen, no page error, a screenshot in `shots`). Call once at the top of a spec file.
 */
import { launchPlain } from '../../scripts/browser';
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { ZooBundle, ZooPage } from '../replicas/zoo/contract';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
/** A one-pixel PNG under a name, for setInputFiles. */
export const file = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });
/** A label's text exactly (a required star and a trailing colon allowed). */
export const exact = (s: string) => new RegExp(`^\\s*\\*?\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[:：]?\\s*$`);
export const state = (page: Page) => page.evaluate(() => window.__replica!.getState());

/**
 * The state key holds `value` (lazy regions answer level by level; on a busy 2-core machine that takes a
 * while). With `act` (a single-value pick, safe to repeat): done again after Escape until the state holds
 * the value: beside a second browser a closing popup can take a click that then sets nothing.
 */
export async function until(page: Page, key: string, value: unknown, act?: () => Promise<void>) {
  if (!act) return expect.poll(async () => (await state(page))[key], { message: key, timeout: 15_000 }).toEqual(value);
  await expect(async () => {
    try {
      await act();
      await expect.poll(async () => (await state(page))[key], { message: key, timeout: 4000 }).toEqual(value);
    } catch (e) {
      await page.keyboard.press('Escape');
      throw e;
    }
  }).toPass({ timeout: 40_000 });
}

/**
 * One plain Chromium per worker process, shared by every page-check spec the worker runs (28 spec files: a launch
 * each was a few seconds of a 2-core machine's time). Playwright closes it when the worker exits.
 */
let shared: Promise<Browser> | undefined;
const sharedBrowser = (): Promise<Browser> => {
  shared ??= launchPlain();
  return shared.then((b) => (b.isConnected() ? b : ((shared = undefined), sharedBrowser())));
};

export function replicaPageChecks(prepare: () => Promise<ZooBundle>, shots: string) {
  // These check the replica pages themselves (no extension). Beside a second browser on 2 cores a closing
  // popup can still catch a click: one retry, never a skip.
  test.describe.configure({ retries: 1 });
  test.use({ trace: 'off' });
  const s = {} as { browser: Browser; bundle: ZooBundle; context: BrowserContext };
  test.beforeAll(async () => {
    s.bundle = await prepare();
    s.browser = await sharedBrowser();
    mkdirSync(shots, { recursive: true });
  });
  test.beforeEach(async () => {
    s.context = await s.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await s.context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
    await s.bundle.route(s.context);
  });
  test.afterEach(async () => { await s.context?.close(); });

  const pageById = (build: string): ZooPage => {
    const p = s.bundle.pages.find((x) => x.build === build);
    if (!p) throw new Error(`no build ${build}`);
    return p;
  };
  const errorsOf = new WeakMap<Page, string[]>();
  return {
    /** the browser, the bundle and this test's context */
    get browser() { return s.browser; },
    get bundle() { return s.bundle; },
    get context() { return s.context; },
    /** Open a build; every expect key must already be in the initial state, and every key the profile lacks starts empty. */
    async open(build: string): Promise<Page> {
      const page = await s.context.newPage();
      const errors: string[] = [];
      errorsOf.set(page, errors);
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pageById(build).url);
      await page.waitForFunction(() => !!window.__replica);
      const st = await state(page);
      const { expect: want } = pageById(build);
      expect(Object.keys(want).filter((k) => !(k in st)), `${build}: expect keys absent from the initial getState()`).toEqual([]);
      const empty = (v: unknown) => v === '' || (Array.isArray(v) && v.length === 0);
      expect(Object.keys(want).filter((k) => 'missing' in want[k]! && !empty(st[k])), `${build}: missing keys not empty`).toEqual([]);
      return page;
    },
    /** Every expect key is still there, the page is labelled correctly, threw nothing; screenshot it. */
    async finish(page: Page, build: string) {
      const p = pageById(build);
      const st = await state(page);
      expect(Object.keys(p.expect).filter((k) => !(k in st)), `${build}: expect keys absent from getState()`).toEqual([]);
      const r = await page.evaluate(() => ({ platform: window.__replica!.platform, step: window.__replica!.step, changes: window.__replica!.changes }));
      expect(r.platform).toBe(p.platform);
      expect(r.step).toBe(p.step);
      expect(r.changes).toBeGreaterThan(0);
      expect(errorsOf.get(page)).toEqual([]);
      await page.mouse.click(5, 5);
      await page.screenshot({ path: `${shots}/${build}.png`, fullPage: true });
    },
    /**
     * The bundle holds exactly these builds, each of this set, its id its build, served at a URL naming it,
     * for the example profile's entity of its variant (each page itself is opened by its own test).
     */
    holds(builds: string[], set: ZooPage['set']) {
      expect(s.bundle.pages.map((p) => p.build).sort()).toEqual([...builds].sort());
      for (const p of s.bundle.pages) {
        expect(p.set, p.build).toBe(set);
        expect(p.id).toBe(p.build);
        expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
        expect(p.entity).toBe(p.variant === '个人' ? '张伟' : '杭州云栖示例科技有限公司');
      }
    },
    /**
     * Each host serves this set's assets under `prefix`, a missing one as a 404 (asked with HEAD from a page of that
     * host: the bundles are megabytes of text); on `area`'s host the region API answers (杭州市 under 33).
     */
    async serves(prefix: string, assets: [origin: string, asset: string][], area?: string) {
      const page = await s.context.newPage();
      for (const [origin, asset] of assets) {
        if (new URL(page.url()).origin !== origin) expect((await page.goto(`${origin}${prefix}no-such.css`))?.status(), origin).toBe(404);
        expect(await page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), `${prefix}${asset}`), `${origin}${prefix}${asset}`).toBe(200);
      }
      if (area) {
        await page.goto(`${area}${prefix}no-such.css`);
        const cities = await page.evaluate((p) => fetch(`${p}area?parent=33`).then((r) => r.json() as Promise<{ name: string }[]>), prefix);
        expect(cities.map((c) => c.name)).toContain('杭州市');
      }
    },
    /** These URLs are not this set's (no build, another platform's address): they fall through to the aborting routes. */
    async fallsThrough(urls: string[]) {
      for (const url of urls) {
        const p = await s.context.newPage(); // a fresh tab each: a failed navigation leaves an error page behind
        try { expect(await p.goto(url).then((r) => r?.status() ?? null, () => null), url).toBeNull(); } finally { await p.close(); }
      }
    },
    /**
     * Routed beside an earlier set, each serves its own pages: a page of each platform of this set opens
     * with its state, one of each platform of the earlier set loads none of this set's assets (under
     * `prefix`). Every page of each set is opened by its own spec.
     */
    async besideEarlier(earlier: () => Promise<ZooBundle>, prefix: string) {
      const other = await earlier();
      const ctx = await s.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      try {
        await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
        await other.route(ctx);
        await s.bundle.route(ctx);
        const page = await ctx.newPage();
        const onePerPlatform = (ps: ZooPage[]) => ps.filter((p, i) => ps.findIndex((q) => q.platform === p.platform) === i);
        for (const p of onePerPlatform(s.bundle.pages)) {
          await page.goto(p.url);
          await page.waitForFunction(() => !!window.__replica);
          const st = await state(page);
          expect(Object.keys(p.expect).filter((k) => !(k in st)), p.build).toEqual([]);
        }
        for (const p of onePerPlatform(other.pages)) {
          await page.goto(p.url);
          await page.waitForFunction(() => !!window.__replica);
          expect(await page.evaluate((pre) => !!document.querySelector(`script[src^="${pre}"]`), prefix), p.id).toBe(false);
        }
      } finally {
        await ctx.close();
      }
    },
  };
}
