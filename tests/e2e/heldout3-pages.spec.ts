/**
 * The gen-3 replica builds (tests/replicas/heldout3; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout3-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout3 } from '../replicas/heldout3';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout3, '/tmp/heldout3');

test('every gen-3 page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout3-aliyun-basic-unit-elp', 'heldout3-aliyun-site-person-elp', 'heldout3-aliyun-subject-unit-fusion', 'heldout3-aliyun-upload-person-antd',
    'heldout3-beian-old-subject-unit-native', 'heldout3-mps-principal-person-elp', 'heldout3-mps-site-person-antd', 'heldout3-mps-subject-person-fusion',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 3, retired into tuning once generation 4 (../replicas/heldout4) was written
    expect(p.id).toBe(p.build);
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
    expect(p.entity).toBe(p.variant === '个人' ? '张伟' : '杭州云栖示例科技有限公司');
  }
  const page = await checks.context.newPage();
  for (const p of checks.bundle.pages) {
    const res = await page.goto(p.url);
    expect(res?.status(), p.build).toBe(200);
    await page.waitForFunction(() => !!window.__replica);
    expect(await page.evaluate(() => window.__replica!.step), p.build).toBe(p.step);
  }
  // a URL without a gen-3 replicaBuild (or with one at another platform's address) falls through to the (here: aborting) earlier routes
  expect(await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout3-no-such-build').catch(() => null)).toBeNull();
  expect(await page.goto('https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout3-aliyun-basic-unit-elp').catch(() => null)).toBeNull();
});

test('registered beside generation 2, each generation serves its own pages', async () => {
  const { prepareHeldout2 } = await import('../replicas/heldout2');
  await checks.besideEarlier(prepareHeldout2, '/__heldout3/');
});
