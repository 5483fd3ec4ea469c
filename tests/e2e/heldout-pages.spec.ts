/**
 * The gen-1 replica builds (tests/replicas/heldout; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout } from '../replicas/heldout';
import { replicaPageChecks, state } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout, '/tmp/heldout');

test('every held-out page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout-aliyun-basic-antd', 'heldout-aliyun-site-antd', 'heldout-aliyun-subject-person-table', 'heldout-aliyun-subject-unit-elp',
    'heldout-aliyun-upload-fusion', 'heldout-beian-old-site-table', 'heldout-miit-sms-elp', 'heldout-mps-principal-fieldset',
    'heldout-mps-site-elp', 'heldout-mps-subject-person-elp', 'heldout-mps-subject-unit-fusion',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 1, retired into tuning once generation 2 (../replicas/heldout2) was written
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
  }
  // a URL without a held-out replicaBuild falls through to the (here: aborting) earlier routes
  const page = await checks.context.newPage();
  const res = await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=other').catch(() => null);
  expect(res).toBeNull();
});

test('registered after the tuning bundles, the held-out routes win for their pages and fall back for the rest', async () => {
  const { prepareAliyun } = await import('../replicas/aliyun');
  const { prepareMps } = await import('../replicas/mps');
  const [aliyun, mps] = await Promise.all([prepareAliyun(), prepareMps()]);
  const ctx = await checks.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('internetdisconnected'));
    await aliyun.route(ctx);
    await mps.route(ctx);
    await checks.bundle.route(ctx);
    const page = await ctx.newPage();
    for (const p of checks.bundle.pages) {
      await page.goto(p.url);
      await page.waitForFunction(() => !!window.__replica);
      const s = await state(page);
      expect(Object.keys(p.expect).filter((k) => !(k in s)), p.build).toEqual([]);
    }
    for (const p of [...aliyun.pages, ...mps.pages].filter((x) => !x.url.startsWith('https://www.beian.gov.cn'))) {
      await page.goto(p.url);
      await page.waitForFunction(() => !!window.__replica);
      expect(await page.evaluate(() => !!document.querySelector('script[src^="/__heldout/"]')), p.id).toBe(false);
    }
  } finally {
    await ctx.close();
  }
});
