/**
 * A user's hand on the library widgets of the replica page-check specs: open a popup and click its option.
 * A pick is retried (Escape, then again) until it lands: options may arrive late, and beside a second
 * browser on 2 cores a closing popup can swallow a click. (The per-library helpers the retired generations'
 * user-driven checks used — antd / Fusion / Element selects and cascaders, typed dates — are in git at cb84f0c.)
 */
import { expect, type Locator, type Page } from '@playwright/test';

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
