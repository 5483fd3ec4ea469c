import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { panelOf as panelOfPage, reportOf } from '../../scripts/replica-run';
import { EXAMPLE, expect, importThroughUi } from './fixtures';

export const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8'));

/** The example profile with gaps that touch every replica step (by the page's own labels). */
export function incompleteProfile() {
  const f = example();
  const c = (id: string) => f.contacts.find((x: { id: string }) => x.id === id);
  const e = (id: string) => f.entities.find((x: { id: string }) => x.id === id);
  e('e-yunqi').region = { province: '', city: '', district: '' };
  e('e-yunqi').certAddress = { region: { province: '', city: '', district: '' }, detail: '' };
  c('c-lina').email = '';
  c('c-lina').mobile = '';
  c('c-wangqiang').mobile = '';
  c('c-zhangwei').email = '';
  f.sites.find((s: { id: string }) => s.id === 's-yunqi-www').ips = [];
  f.documents = [];
  return f;
}

export async function importProfile(editor: Page, data: unknown, name: string) {
  await importThroughUi(editor, { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await expect(editor.getByRole('status')).toContainText('已导入');
}

/** The in-page panel's frame (an extension page inside a closed shadow root). */
export { panelOf } from '../../scripts/replica-run';

export interface FillOutcome { groups: Record<string, string[]>; summary: string }

/** Choose the entity, click 一键填充 as a user, and read the report the panel shows. */
export async function fillWithPanel(page: Page, entity: string): Promise<FillOutcome> {
  const panel = await panelOfPage(page);
  // (locator waits see a change as it happens; expect's polling backs off to a second between looks)
  await panel.getByTestId('panel-step').filter({ hasText: ' · ' }).waitFor();
  await panel.getByRole('button', { name: '一键填充', disabled: false }).waitFor();
  const chooser = panel.getByLabel('当前主体');
  if (await chooser.count()) {
    await chooser.selectOption({ label: entity });
    await expect(chooser.locator('option:checked')).toHaveText(entity);
  }
  await panel.getByRole('button', { name: '一键填充' }).click();
  const summary = await reportOf(panel, 30_000);
  const groups: Record<string, string[]> = {};
  for (const g of await panel.locator('.report .group').all()) {
    const title = ((await g.locator('h3').textContent()) ?? '').replace(/\s*\(\d+\)$/, '');
    groups[title] = (await g.locator('li > button.link:first-child').allTextContents()).map((s) => s.trim());
  }
  return { groups, summary: (await summary.textContent()) ?? '' };
}

export const state = (page: Page) => page.evaluate(() => window.__replica!.getState()) as Promise<Record<string, any>>;
export const submits = (page: Page) => page.evaluate(() => (window.__replica as unknown as { submits: number }).submits);
