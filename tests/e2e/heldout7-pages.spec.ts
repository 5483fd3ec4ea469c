/**
 * The gen-7 replica builds (tests/replicas/heldout7; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout7-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout7 } from '../replicas/heldout7';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout7, '/tmp/heldout7');

test('every gen-7 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout7-aliyun-basic-person-antd-shadow', 'heldout7-aliyun-site-person-elp-drawer', 'heldout7-aliyun-upload-person-fusion-timeline',
    'heldout7-beian-old-site-unit-native-aria', 'heldout7-mps-principal-unit-antd-accordion', 'heldout7-mps-site-person-elp-segmented',
    'heldout7-mps-subject-unit-antd-segmented', 'heldout7-tencent-site-unit-tdesign-rail',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout7-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout7-aliyun-basic-person-antd-shadow',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout7-tencent-site-unit-tdesign-rail',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://beian.aliyun.com/__heldout7/antd.js'))?.status()).toBe(200);
});

