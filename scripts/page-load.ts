/**
 * Page-load cost of the content script (bench): what a filing page pays, on its own main thread, for
 * the extension being installed.
 *
 * Method. Two Chromium profiles run side by side, launched with the same binary and flags
 * (scripts/browser.ts): one with the built extension, one without any. Both serve the same replica
 * pages at the real filing URLs through the same request interception (prepareReplicas), so the only
 * difference is the extension. Each load opens a new tab, turns on the DevTools Performance domain in
 * thread time (CPU time of the page's renderer main thread, so another process busy on the machine
 * inflates it far less than wall time), navigates, waits for the load event and then a fixed
 * SETTLE_MS more (the content script is injected at document_idle but defers its engine, recognition
 * and panel to the first idle time after the load event; all of that falls inside the window), and reads
 * per load:
 *   - loadEventEnd of the navigation entry (ms from navigation start; what a content script could delay);
 *   - TaskDuration and ScriptDuration from Performance.getMetrics: all main-thread task time and the
 *     JavaScript part of it from the commit of the page to the end of the window. The content script
 *     runs in an isolated world of the page's own main thread, so its work (and the style and layout it
 *     forces) is counted here; the panel is an extension page in an out-of-process frame and is not;
 *   - the summed duration of `longtask` entries (a PerformanceObserver installed before the page's
 *     own scripts).
 * Each load also notes whether the panel's host element was already in the page when the load event
 * fired: an iframe inserted before `load` makes the page's load event wait for that frame.
 * Warm-up loads (not counted) come first on both sides, then the counted loads alternate with / without,
 * swapping which side goes first on every round, so that warming and machine noise fall on both.
 * The cost is median(with) − median(without), per page and per metric. Every load with the extension
 * also checks that the panel frame appeared, i.e. that the content script ran inside the window.
 */
import type { BrowserContext } from '@playwright/test';
import type { ReplicaPage } from '../tests/replicas/types';

export const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 20);
export const WARMUP = 2;
export const SETTLE_MS = 1000;

export interface LoadSample { loadEventEndMs: number; taskMs: number; scriptMs: number; longTaskMs: number }
type Metric = keyof LoadSample;
const METRICS: Metric[] = ['loadEventEndMs', 'taskMs', 'scriptMs', 'longTaskMs'];

export interface PageLoadResult {
  id: string;
  title: string;
  /** medians over LOADS loads */
  withExtension: LoadSample;
  withoutExtension: LoadSample;
  /** median(with) − median(without) */
  cost: LoadSample;
  /** loads with the extension in which the panel frame appeared (should be all) */
  panelShown: number;
  /** loads with the extension in which the panel was mounted before the page's load event */
  panelBeforeLoad: number;
}

const LONGTASK_OBSERVER = `(() => {
  window.__benchLongTaskMs = 0;
  window.__benchPanelAtLoad = false;
  addEventListener('load', () => { window.__benchPanelAtLoad = !!document.querySelector('beian-autofill-panel'); });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTaskMs += e.duration; })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function loadOnce(context: BrowserContext, url: string): Promise<LoadSample & { panel: boolean; panelAtLoad: boolean }> {
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const { loadEventEnd, longTask, panelAtLoad } = await page.evaluate(() => {
    const w = window as unknown as { __benchLongTaskMs: number; __benchPanelAtLoad: boolean };
    return {
      loadEventEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      longTask: w.__benchLongTaskMs,
      panelAtLoad: w.__benchPanelAtLoad,
    };
  });
  const panel = page.frames().some((f) => f.url().includes('/panel.html'));
  await cdp.detach();
  await page.close();
  return { loadEventEndMs: loadEventEnd, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), longTaskMs: longTask, panel, panelAtLoad };
}

/** Load each page WARMUP + LOADS times in each context (see the method above); medians and cost per page. */
export async function measurePageLoad(withExt: BrowserContext, withoutExt: BrowserContext, pages: ReplicaPage[]): Promise<PageLoadResult[]> {
  const out: PageLoadResult[] = [];
  for (const p of pages) {
    const samples = { with: [] as LoadSample[], without: [] as LoadSample[] };
    let panelShown = 0;
    let panelBeforeLoad = 0;
    for (let i = 0; i < WARMUP + LOADS; i++) {
      const order = i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const side of order) {
        const s = await loadOnce(side === 'with' ? withExt : withoutExt, p.url);
        if (i < WARMUP) continue;
        samples[side].push(s);
        if (side === 'with' && s.panel) panelShown++;
        if (side === 'with' && s.panelAtLoad) panelBeforeLoad++;
      }
    }
    const med = (xs: LoadSample[]) => Object.fromEntries(METRICS.map((k) => [k, round(median(xs.map((x) => x[k])))])) as unknown as LoadSample;
    const w = med(samples.with);
    const wo = med(samples.without);
    const cost = Object.fromEntries(METRICS.map((k) => [k, round(w[k] - wo[k])])) as unknown as LoadSample;
    out.push({ id: p.id, title: p.title, withExtension: w, withoutExtension: wo, cost, panelShown, panelBeforeLoad });
  }
  return out;
}
