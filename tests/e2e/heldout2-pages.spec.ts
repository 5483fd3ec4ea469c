/**
 * The gen-2 replica builds (tests/replicas/heldout2; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout2-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout2 } from '../replicas/heldout2';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout2, '/tmp/heldout2');

test('every gen-2 page is in the bundle, served only with its own replicaBuild', async () => {
  expect(checks.bundle.pages.map((p) => p.build).sort()).toEqual([
    'heldout2-aliyun-basic-native', 'heldout2-aliyun-site-fusion', 'heldout2-aliyun-subject-person-antd', 'heldout2-aliyun-upload-elp',
    'heldout2-beian-old-site-elp', 'heldout2-mps-principal-native', 'heldout2-mps-site-fusion', 'heldout2-mps-subject-unit-antd',
  ]);
  for (const p of checks.bundle.pages) {
    expect(p.set).toBe('tuning'); // generation 2, retired into tuning once generation 3 (../replicas/heldout3) was written
    expect(p.id).toBe(p.build);
    expect(new URL(p.url).searchParams.get('replicaBuild')).toBe(p.build);
  }
  // a URL without a gen-2 replicaBuild falls through to the (here: aborting) earlier routes
  const page = await checks.context.newPage();
  const res = await page.goto('https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout-aliyun-basic-antd').catch(() => null);
  expect(res).toBeNull();
});

test('registered beside generation 1, each generation serves its own pages', async () => {
  const { prepareHeldout } = await import('../replicas/heldout');
  await checks.besideEarlier(prepareHeldout, '/__heldout2/');
});
