/** Drive the built extension on the replica pages (demo and bench): import a profile, open steps, click 一键填充. */
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { prepareAliyun } from '../tests/replicas/aliyun';
import { prepareMps } from '../tests/replicas/mps';
import type { ReplicaBundle, ReplicaPage } from '../tests/replicas/types';
import type { ZooBundle, ZooPage } from '../tests/replicas/zoo/contract';
import { prepareHeldout } from '../tests/replicas/heldout';
import { prepareHeldout2 } from '../tests/replicas/heldout2';
import { prepareHeldout3 } from '../tests/replicas/heldout3';
import { prepareHeldout4 } from '../tests/replicas/heldout4';
import { prepareHeldout5 } from '../tests/replicas/heldout5';
import { prepareHeldout6 } from '../tests/replicas/heldout6';
import { prepareHeldout7 } from '../tests/replicas/heldout7';
import { prepareHeldout8 } from '../tests/replicas/heldout8';
import { prepareHeldout9 } from '../tests/replicas/heldout9';
import { prepareHeldout10 } from '../tests/replicas/heldout10';
import { prepareHeldout11 } from '../tests/replicas/heldout11';
import { prepareHeldout12 } from '../tests/replicas/heldout12';
import { prepareHeldout13 } from '../tests/replicas/heldout13';
import { prepareHeldout14 } from '../tests/replicas/heldout14';
import { prepareHeldout15 } from '../tests/replicas/heldout15';
import { prepareHeldout16 } from '../tests/replicas/heldout16';
import { prepareHeldout17 } from '../tests/replicas/heldout17';
import { prepareHeldout18 } from '../tests/replicas/heldout18';
import { prepareHeldout19 } from '../tests/replicas/heldout19';
import { prepareHeldout20 } from '../tests/replicas/heldout20';
import { prepareHeldout21 } from '../tests/replicas/heldout21';
import { prepareHeldout22 } from '../tests/replicas/heldout22';
import { prepareHeldout23 } from '../tests/replicas/heldout23';
import { prepareHeldout24 } from '../tests/replicas/heldout24';
import { prepareHeldout25 } from '../tests/replicas/heldout25';
import { prepareHeldout26 } from '../tests/replicas/heldout26';
import { prepareHeldout27 } from '../tests/replicas/heldout27';
import { prepareHeldout28 } from '../tests/replicas/heldout28';
import { prepareHeldout29 } from '../tests/replicas/heldout29';
import { prepareHeldout30 } from '../tests/replicas/heldout30';
import { prepareHeldout31 } from '../tests/replicas/heldout31';
import { prepareHeldout32 } from '../tests/replicas/heldout32';
import { prepareHeldout33 } from '../tests/replicas/heldout33';
import { prepareHeldout34 } from '../tests/replicas/heldout34';
import { prepareHeldout35 } from '../tests/replicas/heldout35';
import { prepareHeldout36 } from '../tests/replicas/heldout36';
import { prepareHeldout37 } from '../tests/replicas/heldout37';
import { prepareHeldout38 } from '../tests/replicas/heldout38';
import { prepareHeldout39 } from '../tests/replicas/heldout39';
import { prepareHeldout40 } from '../tests/replicas/heldout40';
import { prepareHeldout41 } from '../tests/replicas/heldout41';
import { prepareHeldout42 } from '../tests/replicas/heldout42';
import { prepareHeldout43 } from '../tests/replicas/heldout43';
import { prepareHeldout44 } from '../tests/replicas/heldout44';
import { prepareProviders } from '../tests/replicas/providers';
import { prepareZoo } from '../tests/replicas/zoo';
import { EXAMPLE, extensionIdOf } from './browser';

export async function prepareReplicas(context: BrowserContext): Promise<ReplicaPage[]> {
  const bundles: ReplicaBundle[] = await Promise.all([prepareAliyun(), prepareMps()]);
  // tsx names arrow functions with a helper that page.evaluate would carry into the page
  await context.addInitScript('window.__name = (f) => f');
  for (const b of bundles) await b.route(context);
  return bundles.flatMap((b) => b.pages).filter((p) => !p.id.endsWith('-https'));
}

/** The zoo bundles: held-out builds (generations 1–44; the ones still held out, 36 and 42, are scored like the others and never tuned against), tuning builds and the other providers' consoles. */
export async function prepareZooBundles(): Promise<ZooBundle[]> {
  return Promise.all([prepareHeldout(), prepareHeldout2(), prepareHeldout3(), prepareHeldout4(), prepareHeldout5(), prepareHeldout6(), prepareHeldout7(), prepareHeldout8(), prepareHeldout9(), prepareHeldout10(), prepareHeldout11(), prepareHeldout12(), prepareHeldout13(), prepareHeldout14(), prepareHeldout15(), prepareHeldout16(), prepareHeldout17(), prepareHeldout18(), prepareHeldout19(), prepareHeldout20(), prepareHeldout21(), prepareHeldout22(), prepareHeldout23(), prepareHeldout24(), prepareHeldout25(), prepareHeldout26(), prepareHeldout27(), prepareHeldout28(), prepareHeldout29(), prepareHeldout30(), prepareHeldout31(), prepareHeldout32(), prepareHeldout33(), prepareHeldout34(), prepareHeldout35(), prepareHeldout36(), prepareHeldout37(), prepareHeldout38(), prepareHeldout39(), prepareHeldout40(), prepareHeldout41(), prepareHeldout42(), prepareHeldout43(), prepareHeldout44(), prepareZoo(), prepareProviders()]);
}

/** Every replica page (the original replicas and the zoo), routed in one context. */
export async function routeAllReplicas(context: BrowserContext): Promise<(ReplicaPage | ZooPage)[]> {
  const base = await prepareReplicas(context);
  const zoo = await prepareZooBundles();
  // registered after the original replicas: their handlers run first and fall back for other pages
  for (const b of zoo) await b.route(context);
  return [...base, ...zoo.flatMap((b) => b.pages)];
}

export async function importExample(context: BrowserContext, file = EXAMPLE): Promise<void> {
  const id = await extensionIdOf(context);
  const editor = await context.newPage();
  await editor.goto(`chrome-extension://${id}/editor.html#backup`);
  await editor.getByLabel('导入').setInputFiles(file);
  await editor.getByRole('status').filter({ hasText: '已导入' }).waitFor();
  await editor.close();
}

export async function panelOf(page: Page): Promise<Frame> {
  // the content script starts once the page has loaded and gone idle: on a busy 2-core machine that can take a while
  for (let i = 0; i < 300; i++) {
    const f = page.frames().find((x) => x.url().includes('/panel.html'));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`no panel on ${page.url()}`);
}

/** A replica URL whose region API answers after `ms` (the replicas' replicaLatency parameter). */
export function withLatency(url: string, ms: number | string): string {
  const u = new URL(url);
  u.searchParams.set('replicaLatency', String(ms));
  return u.href;
}

/** The entity each replica step is filled for (the example's 个人 or 单位 subject). */
export const entityFor = (p: ReplicaPage) => (p.variant === '个人' ? '张伟' : '杭州云栖示例科技有限公司');

/**
 * Wait for the report of the fill just started: the summary, or the panel's error, which fails at once with
 * its text; a fill still busy at `ms` fails saying so (a CI run once saw neither within 30 s).
 */
export async function reportOf(panel: Frame, ms: number): Promise<Locator> {
  const summary = panel.getByTestId('panel-summary');
  const error = panel.locator('p.error[role="alert"]');
  try {
    await summary.or(error).first().waitFor({ state: 'visible', timeout: ms });
  } catch {
    const busy = await panel.getByRole('button', { name: '一键填充', disabled: true }).count();
    throw new Error(`no fill report within ${ms} ms: ${busy ? 'the fill is still running (一键填充 disabled)' : 'the panel shows neither a report nor an error'}`);
  }
  if (await error.isVisible()) throw new Error(`the fill failed: ${await error.textContent()}`);
  return summary;
}

export interface StepRun { ms: number; engineMs: number; counts: Record<string, number>; groups: Record<string, string[]> }

/** Click 一键填充 and wait for the report; `ms` is click → report (every field's value read back), as the panel measured it. */
export async function fillOnce(page: Page, entity: string): Promise<StepRun> {
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: '一键填充' }).waitFor();
  await panel.locator('button.primary:not([disabled])').waitFor();
  const chooser = panel.getByLabel('当前主体');
  if (await chooser.count()) await chooser.selectOption({ label: entity });
  await panel.getByRole('button', { name: '一键填充' }).click();
  const summary = await reportOf(panel, 60_000);
  const text = (await summary.textContent()) ?? '';
  // measured by the panel itself: click → report (Playwright's polling would add up to 500 ms)
  const ms = Number(await summary.getAttribute('data-ms'));
  const engineMs = Number(await summary.getAttribute('data-engine-ms'));
  const groups: Record<string, string[]> = {};
  for (const g of await panel.locator('.report .group').all()) {
    const title = ((await g.locator('h3').textContent()) ?? '').replace(/\s*\(\d+\)$/, '');
    groups[title] = (await g.locator('li > button.link:first-child').allTextContents()).map((s) => s.trim());
  }
  const filled = Number(/已填写 (\d+) 项/.exec(text)?.[1] ?? 0);
  const total = Number(/共 (\d+) 项/.exec(text)?.[1] ?? 0);
  const n = (k: string) => groups[k]?.length ?? 0;
  return { ms, engineMs, groups, counts: { fields: total, filled, missing: n('资料中缺少'), invalid: n('资料中的值无效'), failed: n('未能填入'), conflict: n('页面已有不同的值'), locked: n('不可编辑，已保留'), notFound: n('页面上未找到') } };
}
