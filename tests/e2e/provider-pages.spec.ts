/**
 * The other providers' console replicas (tests/replicas/providers), checked without the extension: every
 * page opens at its real URL, its window.__replica state has every key its zoo expectations name, the
 * locked fields are disabled, and a user (Playwright clicks and typing) reaches the framework state
 * through one field of each widget kind. Screenshots go to /tmp/prov/<id>.png.
 */
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchWithoutExtension } from '../../scripts/browser';
import { prepareProviders } from '../replicas/providers';
import { PROV_BUILDS, fieldsOf, type Field, type ProvBuild, type ProvLibrary, type Widget } from '../replicas/providers/spec';
import type { ZooBundle } from '../replicas/zoo/contract';

test.describe.configure({ timeout: 120_000 });

/** Form item, its label, visible popups and file name to use, per library. */
const LIB: Record<ProvLibrary, { item: string; label: string; popup: string }> = {
  tdesign: { item: '.t-form__item', label: '.t-form__label', popup: '.t-popup' },
  tea: { item: '.tea-form__item', label: '.tea-form__label', popup: '.tea-dropdown-box' },
  arco: { item: '.arco-form-item', label: '.arco-form-label-item', popup: '.arco-trigger' },
  antd: { item: '.ant-form-item', label: '.ant-form-item-label', popup: '.ant-select-dropdown, .ant-cascader-dropdown, .ant-picker-dropdown' },
  opentiny: { item: '.tiny-form-item', label: '.tiny-form-item__label', popup: '.tiny-popper' },
};

const OPTIONS: Record<string, string[]> = {
  natures: ['企业', '事业单位'], unitCertTypes: ['营业执照（个人或企业）'], personCertTypes: ['护照', '居民身份证'],
  contents: ['单位门户网站', '综合门户'], languages: ['中文简体', '英语'],
};
const pick = (f: Field, n: number): string[] => (typeof f.options === 'string' ? OPTIONS[f.options]! : f.options!).slice(0, n);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let context: BrowserContext;
let bundle: ZooBundle;

test.beforeAll(async () => {
  mkdirSync('/tmp/prov', { recursive: true });
  bundle = await prepareProviders();
  context = await launchWithoutExtension();
  await bundle.route(context);
});
test.afterAll(async () => { await context?.close(); });

const state = (page: Page) => page.evaluate(() => window.__replica!.getState());

/** The form item of a field (the n-th item with this label when a label repeats). */
function itemOf(page: Page, b: ProvBuild, f: Field): Locator {
  const lib = LIB[b.library];
  const same = fieldsOf(b).filter((x) => x.label === f.label);
  const label = page.locator(lib.label, { hasText: new RegExp(`^\\s*\\*?\\s*${escape(f.label)}\\s*[*:：]?\\s*$`) });
  return page.locator(lib.item).filter({ has: label }).nth(same.indexOf(f));
}

function popupText(page: Page, b: ProvBuild, text: string): Locator {
  return page.locator(LIB[b.library].popup).filter({ visible: true }).getByText(text, { exact: true }).filter({ visible: true }).first();
}

/** Open a select / cascader / picker the way a user does: click its visible box. */
async function open(item: Locator, b: ProvBuild) {
  const box: Record<ProvLibrary, string> = {
    tdesign: '.t-input', tea: '.tea-dropdown__header', arco: '.arco-select-view, .arco-cascader-view, .arco-picker',
    antd: '.ant-select, .ant-cascader, .ant-picker', opentiny: '.tiny-base-select, .tiny-input, .tiny-range-editor',
  };
  await item.locator(box[b.library]).first().click();
}

/** Type a date into a picker's input, key by key, and confirm it with Enter (every library here accepts typing). */
async function typeDate(page: Page, input: Locator, value: string) {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
  await page.keyboard.press('Enter');
}

/**
 * TDesign's pickers keep typed text out of their input here (each key ends up as the placeholder), so a
 * user clicks the days in the panel: days of the month shown first (the current month).
 */
async function pickDays(page: Page, item: Locator, days: number[]): Promise<string | string[]> {
  await item.locator('input').first().click();
  const panel = page.locator('.t-popup').filter({ visible: true }).last();
  const month = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`; });
  for (const d of days) {
    await panel.locator('.t-date-picker__cell:not(.t-date-picker__cell--additional)').getByText(String(d), { exact: true }).first().click();
  }
  const out = days.map((d) => `${month}-${String(d).padStart(2, '0')}`);
  return out.length === 1 ? out[0]! : out;
}

/** Click an option of an open dropdown; in a long (virtual) list, type to filter it first, as a user would. */
async function choose(page: Page, b: ProvBuild, text: string) {
  const option = popupText(page, b, text);
  if (!(await option.isVisible().catch(() => false))) {
    await page.waitForTimeout(300);
    if (!(await option.isVisible())) await page.keyboard.type(text);
  }
  await option.click();
}

/** Close a dropdown that stays open (multi-select) by clicking outside it. */
const clickOutside = (page: Page) => page.locator('h1').first().click();

/** Act as a user on one field; returns what the state must then hold. */
async function act(page: Page, b: ProvBuild, f: Field): Promise<unknown> {
  const item = itemOf(page, b, f);
  await item.scrollIntoViewIfNeeded();
  switch (f.widget) {
    case 'input':
    case 'textarea': {
      await item.locator('textarea, input:not([type=file]):not([type=checkbox]):not([type=radio])').first().fill('用户输入 123');
      return '用户输入 123';
    }
    case 'select': {
      const [want] = pick(f, 1);
      await open(item, b);
      await choose(page, b, want!);
      return want;
    }
    case 'multiselect': {
      const want = pick(f, 2);
      await open(item, b);
      for (const w of want) await choose(page, b, w);
      await clickOutside(page);
      return want;
    }
    case 'tree':
    case 'treemulti': {
      // a leaf's title (one value), or its own box in a checkable tree (the tree item reading just the title)
      const [want] = pick(f, 1);
      await open(item, b);
      const title = popupText(page, b, want!);
      if (f.widget === 'tree') await title.click();
      else {
        const row = page.locator(LIB[b.library].popup).filter({ visible: true }).locator('[role=treeitem], .t-tree__item').filter({ hasText: new RegExp(`^\\s*${escape(want!)}\\s*$`) });
        await row.last().locator('.t-checkbox, .tiny-checkbox').first().click();
      }
      await clickOutside(page);
      return f.widget === 'tree' ? want : [want];
    }
    case 'cascader': {
      const want = ['浙江省', '杭州市', '余杭区'];
      await open(item, b);
      for (const w of want) await popupText(page, b, w).click();
      return want;
    }
    case 'date': {
      if (b.library === 'tdesign') return pickDays(page, item, [15]);
      await typeDate(page, item.locator('input').first(), '2016-05-10');
      return '2016-05-10';
    }
    case 'daterange': {
      if (b.library === 'tdesign') return pickDays(page, item, [10, 20]);
      const inputs = item.locator('input');
      await typeDate(page, inputs.nth(0), '2020-08-12');
      await typeDate(page, inputs.nth(1), '2040-08-12');
      await clickOutside(page);
      return ['2020-08-12', '2040-08-12'];
    }
    case 'radio': {
      const other = pick(f, 2).find((o) => o !== f.initial)!;
      await item.getByText(other, { exact: true }).click();
      return other;
    }
    case 'checkboxes': {
      const want = pick(f, 2).slice(1);
      for (const w of want) await item.getByText(w, { exact: true }).click();
      return want;
    }
    case 'checkbox': {
      await item.getByText(f.text!, { exact: true }).click();
      return true;
    }
    case 'switch': {
      await item.locator('[role=switch], .t-switch, .arco-switch, .ant-switch, .tiny-switch, .tea-switch').first().click();
      return true;
    }
    case 'upload': {
      await item.locator('input[type=file]').first().setInputFiles({ name: 'user-upload.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') });
      return ['user-upload.png'];
    }
  }
}

for (const b of PROV_BUILDS) {
  test(`${b.build}: opens at its URL, holds every expected key, locks what it should and takes a user's input`, async () => {
    const p = bundle.pages.find((x) => x.build === b.build)!;
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(p.url);
    await page.waitForFunction(() => !!window.__replica);
    expect(new URL(page.url()).pathname).toBe(new URL(p.url).pathname);

    const before = await state(page);
    for (const key of Object.keys(p.expect)) expect(before, `${b.build}: state key ${key}`).toHaveProperty([key]);
    await page.screenshot({ path: `/tmp/prov/${b.build}.png`, fullPage: true });

    // carried-over fields are locked
    for (const f of fieldsOf(b).filter((x) => x.locked)) {
      await expect(itemOf(page, b, f).locator('input:disabled, textarea:disabled, [class*="disabled"]').first(), `${f.label} locked`).toBeAttached();
    }

    // one enabled field of each widget kind, as a user
    const kinds = new Map<Widget, Field>();
    for (const f of fieldsOf(b)) if (!f.locked && !f.disabledBy && !kinds.has(f.widget)) kinds.set(f.widget, f);
    for (const f of kinds.values()) {
      const want = await act(page, b, f);
      await expect.poll(async () => (await state(page))[f.key], `${b.build}: ${f.widget} ${f.label}`).toEqual(want);
    }
    // the step's buttons count their clicks (the extension must leave them at 0)
    const counter = b.buttons.find((x) => x.counter);
    if (counter) {
      await page.getByRole('button', { name: counter.label, exact: true }).click();
      await expect.poll(async () => (await state(page))[counter.counter!]).toBe(1);
    }
    expect(await page.evaluate(() => window.__replica!.changes)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
}
