/**
 * A user's hand on the library widgets of the replica page-check specs (heldout-pages, heldout2-, 3-, 4-):
 * open a select or cascader and click its option, type a date. A pick that opens a popup is retried
 * (Escape, then again) until it lands: options may arrive late, and beside a second browser on 2 cores a
 * closing popup can swallow a click. `root` is the page, or the frame a form sits in.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { exact } from './replica-page-checks';

export type Root = Page | FrameLocator;

/** Open with `openIt`, click `option`; on a miss press Escape and try again. */
export async function pick(page: Page, openIt: () => Promise<void>, option: Locator) {
  await expect(async () => {
    await openIt();
    try {
      await option.click({ timeout: 1500 });
    } catch (e) {
      await page.keyboard.press('Escape');
      throw e;
    }
  }).toPass({ timeout: 15_000 });
}

/** Type a date into a picker's input, confirm with Enter, click away. */
export async function typeDate(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.mouse.click(5, 5);
}

/* antd */
const antdMenu = '.ant-cascader-dropdown:not(.ant-select-dropdown-hidden)';
export async function antdSelect(page: Page, host: Locator, option: string, root: Root = page) {
  // let an earlier popup finish closing first (it may lie over this select)
  await expect(root.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 5000 }).catch(() => page.keyboard.press('Escape'));
  await pick(page, () => host.locator('.ant-select').first().click(),
    root.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option:visible').filter({ hasText: exact(option) }));
}
/** `cascader`: the cascader itself (.ant-cascader / .ant-select). */
export async function antdCascade(page: Page, cascader: Locator, path: string[], root: Root = page) {
  const node = (p: string) => root.locator(`${antdMenu} .ant-cascader-menu-item`).filter({ hasText: exact(p) });
  await pick(page, () => cascader.click(), node(path[0]!));
  for (const p of path.slice(1)) await pick(page, async () => { if (!(await root.locator(antdMenu).count())) await cascader.click(); }, node(p));
}

/* Fusion Next */
const nextOpened = '.next-overlay-wrapper.opened';
export async function nextSelect(page: Page, host: Locator, option: string, root: Root = page) {
  await pick(page, () => host.locator('.next-select').first().click(), root.locator(`${nextOpened} .next-menu-item`).filter({ hasText: exact(option) }).first());
}
export async function nextCascade(page: Page, host: Locator, path: string[], root: Root = page) {
  const trigger = host.locator('.next-cascader-select, .next-select').first();
  const node = (p: string) => root.locator(`${nextOpened} .next-cascader-menu-item`).filter({ hasText: exact(p) });
  await pick(page, () => trigger.click(), node(path[0]!));
  for (const p of path.slice(1)) await pick(page, async () => { if (!(await root.locator(`${nextOpened} .next-cascader-menu`).count())) await trigger.click(); }, node(p));
}

/* Element Plus */
export async function elSelect(page: Page, host: Locator, option: string, root: Root = page) {
  await pick(page, () => host.locator('.el-select').first().click(), root.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(option) }));
}
export async function elCascade(page: Page, host: Locator, path: string[], root: Root = page) {
  const cascader = host.locator('.el-cascader');
  const node = (p: string) => root.locator('.el-cascader-panel:visible .el-cascader-node').filter({ hasText: exact(p) });
  await pick(page, () => cascader.click(), node(path[0]!));
  for (const p of path.slice(1)) await pick(page, async () => { if (!(await root.locator('.el-cascader-panel:visible').count())) await cascader.click(); }, node(p));
}

/** The options and cascader nodes of the popups open now, by their text. */
export const nextOption = (root: Root, text: string) => root.locator(`${nextOpened} .next-menu-item`).filter({ hasText: exact(text) }).first();
export const elOption = (root: Root, text: string) => root.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(text) });
export const elNode = (root: Root, text: string) => root.locator('.el-cascader-panel:visible .el-cascader-node').filter({ hasText: exact(text) });
