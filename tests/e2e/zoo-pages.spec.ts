/**
 * The replica zoo (tests/replicas/zoo) without the extension: every build opens, its getState() holds every
 * key its expectations name, and a user driving one field of each widget kind present (open a select and click
 * an option, walk a cascader level by level, type, pick dates, set a file…) changes the framework state.
 * One page per library; a screenshot of each build goes to /tmp/zoo/<id>.png.
 */
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchWithoutExtension } from '../../scripts/browser';
import { BUILDS, prepareZoo } from '../replicas/zoo';
import type { ResolvedBuild } from '../replicas/zoo/builds';
import { boolLabels, keysOf, type Library, type PlanField } from '../replicas/zoo/plan';
import type { ZooBundle } from '../replicas/zoo/contract';
import { pick } from './user-widgets';

test.use({ trace: 'off', actionTimeout: 10_000 });
// These check the replica pages themselves (Playwright acting on them, no extension). Beside a second browser
// on 2 cores a library's closing popup can still catch a click: one retry, never a skip.
test.describe.configure({ mode: 'serial', retries: 1 });

let context: BrowserContext;
let zoo: ZooBundle;

test.beforeAll(async () => {
  mkdirSync('/tmp/zoo', { recursive: true });
  zoo = await prepareZoo();
  context = await launchWithoutExtension();
  await zoo.route(context);
});
test.afterAll(async () => {
  await context?.close();
});

const state = (page: Page) => page.evaluate(() => window.__replica!.getState());
const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
const PATH = ['浙江省', '杭州市', '西湖区'];
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** the widget kind a field is driven as */
type Widget = 'input' | 'textarea' | 'date' | 'range' | 'select' | 'multiselect' | 'transfer' | 'tree' | 'treemulti' | 'radio' | 'checkbox' | 'switch' | 'check' | 'cascader' | 'selects' | 'list' | 'upload';
function widgetOf(f: PlanField): Widget {
  switch (f.kind) {
    case 'text': case 'captcha': return f.shape === 'textarea' ? 'textarea' : 'input';
    case 'date': return f.shape === 'picker' ? 'date' : 'input';
    case 'choice': return f.shape as Widget;
    case 'bool': return f.shape === 'switch' ? 'switch' : 'radio';
    case 'validity': case 'range': return f.shape === 'range' ? 'range' : f.shape === 'pickers' ? 'date' : 'input';
    case 'address': return f.shape === 'line' ? 'input' : (f.shape as Widget);
    case 'region': return f.shape as Widget;
    case 'domains': return f.shape === 'list' ? 'list' : 'input';
    case 'upload': return 'upload';
    case 'check': case 'consent': return 'check';
  }
}

/** what a user does to a widget, per library; returns the state key and the value it must then hold */
interface Driver {
  input(c: Locator, v: string): Promise<void>;
  date(page: Page, c: Locator, v: string): Promise<void>;
  range(page: Page, c: Locator, v: [string, string]): Promise<void>;
  select(page: Page, c: Locator, options: string[]): Promise<void>;
  radio(c: Locator, label: string): Promise<void>;
  checkbox(c: Locator, label: string): Promise<void>;
  toggle(c: Locator): Promise<void>;
  cascade(page: Page, c: Locator, path: string[]): Promise<void>;
  selects(page: Page, c: Locator, path: string[]): Promise<void>;
}

const textInputs = (c: Locator) => c.locator('input[type=text], input:not([type]), textarea');

const NATIVE: Driver = {
  input: (c, v) => textInputs(c).first().fill(v),
  date: (_p, c, v) => c.locator('input[type=date]').first().fill(v),
  range: () => Promise.reject(new Error('no native range')),
  async select(_p, c, options) {
    await c.locator('select').first().selectOption(options.map((label) => ({ label })));
  },
  radio: (c, label) => c.locator('label').filter({ hasText: exact(label) }).locator('input').click(),
  checkbox: (c, label) => c.locator('label').filter({ hasText: exact(label) }).locator('input').click(),
  toggle: (c) => c.locator('input[type=checkbox]').first().click(),
  cascade: () => Promise.reject(new Error('no native cascader')),
  async selects(_p, c, path) {
    for (const [i, name] of path.entries()) await c.locator('select').nth(i).selectOption({ label: name });
  },
};

async function epPick(page: Page, options: string[]) {
  for (const o of options) await page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(o) }).click();
  if (options.length > 1) await page.keyboard.press('Escape');
}

const ELEMENT: Driver = {
  input: (c, v) => textInputs(c).first().fill(v),
  async date(page, c, v) {
    const i = c.locator('.el-date-editor input').first();
    await i.click();
    await i.fill(v);
    await i.press('Enter');
  },
  async range(page, c, [a, b]) {
    const i = c.locator('.el-range-input');
    await i.nth(0).click();
    await i.nth(0).fill(a);
    await i.nth(1).fill(b);
    await i.nth(1).press('Enter');
  },
  async select(page, c, options) {
    await c.locator('.el-select__wrapper').first().click();
    await epPick(page, options);
  },
  radio: (c, label) => c.locator('.el-radio').filter({ hasText: exact(label) }).click(),
  checkbox: (c, label) => c.locator('.el-checkbox').filter({ hasText: exact(label) }).click(),
  toggle: (c) => c.locator('.el-switch, .el-checkbox').first().click(),
  async cascade(page, c, path) {
    await c.locator('.el-cascader').first().click();
    for (const [i, name] of path.entries())
      await page.locator('.el-cascader__dropdown:visible .el-cascader-menu').nth(i).locator('.el-cascader-node').filter({ hasText: exact(name) }).click();
  },
  async selects(page, c, path) {
    for (const [i, name] of path.entries()) {
      const w = c.locator('.el-select__wrapper').nth(i);
      await expect(w).not.toHaveClass(/is-disabled/);
      await w.click();
      await epPick(page, [name]);
    }
  },
};

async function antPick(page: Page, options: string[]) {
  for (const o of options) await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(o) }).click();
  if (options.length > 1) await page.keyboard.press('Escape');
}

const ANTD: Driver = {
  input: (c, v) => textInputs(c).first().fill(v),
  async date(page, c, v) {
    const i = c.locator('.ant-picker input').first();
    await i.click();
    await i.fill(v);
    await i.press('Enter');
  },
  async range(page, c, [a, b]) {
    const i = c.locator('.ant-picker-range input');
    await i.nth(0).click();
    await i.nth(0).fill(a);
    await i.nth(1).click();
    await i.nth(1).fill(b);
    await i.nth(1).press('Enter');
  },
  async select(page, c, options) {
    await c.locator('.ant-select').first().click();
    await antPick(page, options);
  },
  radio: (c, label) => c.locator('.ant-radio-wrapper').filter({ hasText: exact(label) }).click(),
  checkbox: (c, label) => c.locator('.ant-checkbox-wrapper').filter({ hasText: exact(label) }).click(),
  toggle: (c) => c.locator('.ant-switch, .ant-checkbox-wrapper').first().click(),
  async cascade(page, c, path) {
    await c.locator('.ant-select').first().click();
    for (const [i, name] of path.entries())
      await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu').nth(i).locator('.ant-cascader-menu-item').filter({ hasText: exact(name) }).click();
  },
  async selects(page, c, path) {
    for (const [i, name] of path.entries()) {
      const w = c.locator('.ant-select').nth(i);
      await expect(w).not.toHaveClass(/ant-select-disabled/);
      // a level's list may open before its options arrive, or close on a click that came while the level above
      // was still closing (CI twice waited out a 杭州市 that never showed): opened again until the option shows
      await pick(page, () => w.click(), page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: exact(name) }));
    }
  },
};

async function nextPick(page: Page, options: string[]) {
  for (const o of options) await page.locator('.next-overlay-wrapper.opened .next-menu-item').filter({ hasText: exact(o) }).click();
  if (options.length > 1) await page.keyboard.press('Escape');
}

const FUSION: Driver = {
  input: (c, v) => textInputs(c).first().fill(v),
  async date(page, c, v) {
    const i = c.locator('.next-date-picker2 input').first();
    await i.click();
    await i.fill(v);
    await i.press('Enter');
  },
  async range(page, c, [a, b]) {
    const i = c.locator('.next-date-picker2 input');
    await i.nth(0).click();
    await i.nth(0).fill(a);
    await i.nth(0).press('Enter');
    await i.nth(1).click();
    await i.nth(1).fill(b);
    await i.nth(1).press('Enter');
  },
  async select(page, c, options) {
    await c.locator('.next-select').first().click();
    await nextPick(page, options);
  },
  radio: (c, label) => c.locator('.next-radio-wrapper').filter({ hasText: exact(label) }).click(),
  checkbox: (c, label) => c.locator('.next-checkbox-wrapper').filter({ hasText: exact(label) }).click(),
  toggle: (c) => c.locator('.next-switch, .next-checkbox-wrapper').first().click(),
  async cascade(page, c, path) {
    await c.locator('.next-select').first().click();
    for (const [i, name] of path.entries())
      await page.locator('.next-overlay-wrapper.opened .next-cascader-menu').nth(i).locator('.next-cascader-menu-item').filter({ hasText: exact(name) }).click();
  },
  async selects(page, c, path) {
    for (const [i, name] of path.entries()) {
      const w = c.locator('.next-select').nth(i);
      await expect(w).not.toHaveClass(/next-disabled/);
      await w.click();
      await nextPick(page, [name]);
    }
  },
};

const DRIVERS: Record<Library, Driver> = { 'server-rendered': NATIVE, 'element-plus': ELEMENT, antd: ANTD, 'fusion-next': FUSION };

async function drive(page: Page, lib: Library, f: PlanField, w: Widget): Promise<[string, unknown]> {
  const d = DRIVERS[lib];
  const c = page.locator(`[data-zoo-field="${f.key}"]`).first();
  const key = keysOf(f)[0]!;
  const o = f.options ?? [];
  switch (w) {
    case 'input':
    case 'textarea':
      await d.input(c, '2024-05-06');
      return [key, '2024-05-06'];
    case 'date':
      await d.date(page, c, '2024-05-06');
      return [key, '2024-05-06'];
    case 'range':
      await d.range(page, c, ['2024-05-06', '2026-07-08']);
      return [key, ['2024-05-06', '2026-07-08']];
    case 'select': {
      const pick = o[1] ?? o[0]!;
      await d.select(page, c, [pick]);
      return [key, pick];
    }
    case 'multiselect': {
      // only the options not chosen yet: a second try after a lost click must not untick the first
      // (a native <select multiple> takes the whole choice at once)
      const have = (await state(page))[key];
      const want = [o[0]!, o[1]!];
      const need = lib === 'server-rendered' ? want : want.filter((x) => !(Array.isArray(have) && have.includes(x)));
      if (need.length) await d.select(page, c, need);
      await page.keyboard.press('Escape'); // a multi-select's popup stays open after a single pick
      return [key, want];
    }
    case 'radio': {
      const pick = f.kind === 'bool' ? boolLabels(f.shape)[0] : (o[1] ?? o[0]!);
      await d.radio(c, pick);
      return [key, pick];
    }
    case 'checkbox':
      await d.checkbox(c, o[0]!);
      return [key, [o[0]]];
    case 'transfer':
      // tick an entry of the first list, then the one move button that opens
      await c.getByText(exact(o[0]!)).first().click();
      await c.locator('button:enabled').first().click();
      return [key, [o[0]]];
    case 'tree':
    case 'treemulti': {
      // open the tree select, then click a leaf's title (one value) or tick its box (the row's own box: the last
      // tree item holding the title is the leaf's, its first box its own)
      await c.locator('.ant-select, .next-select, .el-select').first().click();
      const pick = w === 'tree' ? (o[1] ?? o[0]!) : o[0]!;
      const title = page.locator('.ant-select-tree-title, .next-tree-node-label, .el-tree-node__label, .el-select-dropdown__item').filter({ hasText: exact(pick) }).locator('visible=true').first();
      const box = page.locator('[role=treeitem]').filter({ has: title }).last().locator('.el-checkbox, .next-checkbox-wrapper, .ant-select-tree-checkbox').first();
      // (a tick toggles: only when the state lacks it, so a retried attempt never undoes an earlier one)
      const have = (await state(page))[key];
      if (w === 'tree') await title.click();
      else if (!(Array.isArray(have) && have.includes(pick))) await box.click();
      // the tree's popup gone before the next widget is used (Fusion's overlay once stayed open over the transfer
      // below it in an npm test run): Escape again until it closes, as a user would
      const open = page.locator('.next-overlay-wrapper.opened, .ant-select-dropdown:visible, .el-select__popper:visible');
      await expect(async () => {
        await page.keyboard.press('Escape');
        await expect(open).toHaveCount(0, { timeout: 1000 });
      }).toPass({ timeout: 10_000 });
      return [key, w === 'tree' ? pick : [pick]];
    }
    case 'switch':
    case 'check':
      await d.toggle(c);
      return [key, true];
    case 'cascader':
      await d.cascade(page, c, PATH);
      return [key, PATH];
    case 'selects':
      await d.selects(page, c, PATH);
      return [key, PATH];
    case 'list':
      await c.getByRole('button', { name: '添加域名' }).click();
      await expect(textInputs(c)).toHaveCount(2);
      await textInputs(c).nth(0).fill('a-example.cn');
      await textInputs(c).nth(1).fill('b-example.cn');
      return [key, ['a-example.cn', 'b-example.cn']];
    case 'upload':
      await c.locator('input[type=file]').first().setInputFiles({ name: 'user-pick.png', mimeType: 'image/png', buffer: PNG });
      return [key, ['user-pick.png']];
  }
}

/** widgets a user can set again to the same value (a multi-select or a checkable tree picks only what is missing; a toggle or an added row cannot) */
const SETS_VALUE = new Set<Widget>(['input', 'textarea', 'date', 'range', 'select', 'multiselect', 'tree', 'treemulti', 'radio', 'cascader', 'selects']);

async function checkBuild(page: Page, b: ResolvedBuild) {
  await page.goto(b.url);
  await page.waitForFunction(() => !!window.__replica);
  const before = await state(page);
  for (const k of Object.keys(b.expect)) expect(before, `${b.id}: state key ${k}`).toHaveProperty([k]);
  await page.screenshot({ path: `/tmp/zoo/${b.id}.png`, fullPage: true });
  const fields = b.plan.sections.flatMap((s) => s.fields);
  const tried = new Set<Widget>();
  // a 同主体负责人信息 box locks fields: tick boxes last
  const order = [...fields.filter((f) => f.kind !== 'check'), ...fields.filter((f) => f.kind === 'check')];
  for (const f of order) {
    const w = widgetOf(f);
    const s = await state(page);
    if (tried.has(w) || (f.showIf && s[f.showIf.key] !== f.showIf.value) || (f.lockedBy && s[f.lockedBy] === true)) continue;
    tried.add(w);
    const sorted = (v: unknown) => (Array.isArray(v) && w !== 'cascader' && w !== 'selects' && w !== 'range' ? [...v].sort() : v);
    const act = async (timeout: number) => {
      const [key, want] = await drive(page, b.def.lib, f, w);
      await expect.poll(async () => sorted((await state(page))[key]), { message: `${b.id}: ${w} on ${f.key}`, timeout, intervals: [50, 100, 200] }).toEqual(sorted(want));
    };
    if (!SETS_VALUE.has(w)) await act(15_000);
    else {
      // Beside a second browser on 2 cores, a library's popup still opening or closing can swallow a click (CI
      // lost a select pick and a cascader level this way). Setting a value is repeatable: close whatever is open
      // and do it again, as a user would; the state must still end up holding exactly the value.
      let attempt = 0;
      await expect(async () => {
        if (attempt++ > 0) await page.keyboard.press('Escape');
        await act(8_000);
      }, `${b.id}: ${w} on ${f.key}`).toPass({ timeout: 75_000, intervals: [500, 1_000, 2_000] });
    }
    // 同主体负责人信息 copies the principal in: the values the expectations name for a ticked box
    if (f.copy) expect(await state(page), `${b.id}: ${f.key} copies`).toMatchObject(f.copy);
  }
}

test('zoo expectations are reachable on their pages', async () => {
  const { REGIONS } = await import('../replicas/mps/regions');
  const { regionSubset } = await import('../replicas/zoo/builds');
  const tree = regionSubset(REGIONS);
  const pathOk = (p: string[]) => {
    let level = tree;
    for (const name of p) {
      const n = level.find((r) => r.name === name);
      if (!n) return false;
      level = n.children ?? [];
    }
    return p.length === 3;
  };
  expect(BUILDS.length).toBeGreaterThanOrEqual(48);
  expect(new Set(BUILDS.map((b) => b.id)).size).toBe(BUILDS.length);
  for (const b of BUILDS) {
    expect(b.id.startsWith('zoo-') && b.url.includes(`replicaBuild=${b.id}`)).toBe(true);
    const fields = b.plan.sections.flatMap((x) => x.fields);
    for (const [key, e] of Object.entries(b.expect)) {
      if (!('value' in e)) continue;
      const f = fields.find((x) => keysOf(x).includes(key));
      if (!f) continue; // a click counter
      const v = e.value;
      const where = `${b.id}: ${key}`;
      if (f.kind === 'choice') for (const x of [v].flat()) expect(f.options, where).toContain(x);
      if (f.kind === 'region' || (f.kind === 'address' && key.endsWith('Region'))) expect(pathOk(v as string[]), where).toBe(true);
      if (f.kind === 'bool' && f.shape !== 'switch') expect(boolLabels(f.shape), where).toContain(v);
      if (f.kind === 'date' || ((f.kind === 'validity' || f.kind === 'range') && !key.endsWith('LongTerm')))
        for (const x of [v].flat()) expect(String(x), where).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    }
  }
});

const LIBS: Library[] = ['server-rendered', 'element-plus', 'antd', 'fusion-next'];
for (const lib of LIBS) {
  test(`zoo builds: ${lib}`, async () => {
    test.setTimeout(360_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const b of BUILDS.filter((x) => x.def.lib === lib)) {
      const t0 = Date.now();
      await test.step(b.id, () => checkBuild(page, b));
      if (process.env.ZOO_TIMING) console.log(b.id, Date.now() - t0);
      expect(errors, b.id).toEqual([]);
    }
    await page.close();
  });
}
