/**
 * The gen-8 replica builds (tests/replicas/heldout8; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout8-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout8 } from '../replicas/heldout8';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout8, '/tmp/heldout8');

test('every gen-8 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout8-aliyun-subject-unit-antd-columns', 'heldout8-aliyun-site-person-fusion-placeholders', 'heldout8-aliyun-upload-unit-fusion-rows',
    'heldout8-mps-subject-person-antd-dl', 'heldout8-mps-principal-person-elp-twin', 'heldout8-beian-old-principal-unit-native-table',
    'heldout8-tencent-subject-unit-tea-collapse', 'heldout8-huawei-site-person-opentiny-bilingual',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout8-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout8-aliyun-subject-unit-antd-columns',
    'https://console.huaweicloud.com/beian/other?replicaBuild=heldout8-huawei-site-person-opentiny-bilingual',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout8-beian-old-principal-unit-native-table',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout8/tea.js'))?.status()).toBe(200);
});
