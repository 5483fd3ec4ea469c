/**
 * The gen-9 replica builds (tests/replicas/heldout9; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout9-pages.spec.ts at cb84f0c). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout9 } from '../replicas/heldout9';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout9, '/tmp/heldout9');

test('every gen-9 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout9-aliyun-basic-person-elp-dialog', 'heldout9-aliyun-site-unit-fusion-second', 'heldout9-aliyun-upload-unit-antd-samples',
    'heldout9-mps-site-person-fusion-rowspan', 'heldout9-mps-subject-unit-elp-inline', 'heldout9-beian-old-principal-person-native-ymd',
    'heldout9-volcengine-subject-person-arco-sidesteps', 'heldout9-baidu-site-unit-tdesign-top',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout9-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout9-aliyun-basic-person-elp-dialog',
    'https://console.volcengine.com/beian/other?replicaBuild=heldout9-volcengine-subject-person-arco-sidesteps',
    'https://console.bce.baidu.com/other/?replicaBuild=heldout9-baidu-site-unit-tdesign-top',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout9-beian-old-principal-person-native-ymd',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.volcengine.com/__heldout9/arco.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.bce.baidu.com/__heldout9/tdesign.css'))?.status()).toBe(200);
});
