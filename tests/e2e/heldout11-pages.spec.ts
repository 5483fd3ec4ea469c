/**
 * The gen-11 replica builds (tests/replicas/heldout11; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout11-pages.spec.ts at f351a72). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout11 } from '../replicas/heldout11';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout11, '/tmp/heldout11');

test('every gen-11 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout11-aliyun-basic-unit-tea-verifytype', 'heldout11-aliyun-subject-unit-arco-legalrep', 'heldout11-aliyun-site-person-opentiny-derived',
    'heldout11-mps-site-person-tea-lookup', 'heldout11-mps-principal-unit-arco-roles', 'heldout11-beian-old-subject-person-native-citypicker',
    'heldout11-tencent-basic-person-tdesign-ipselect', 'heldout11-huawei-upload-unit-opentiny-materials',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout11-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout11-aliyun-basic-unit-tea-verifytype',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout11-tencent-basic-person-tdesign-ipselect',
    'https://console.huaweicloud.com/other/?replicaBuild=heldout11-huawei-upload-unit-opentiny-materials',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout11-beian-old-subject-person-native-citypicker',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout11/tdesign.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.huaweicloud.com/__heldout11/opentiny.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout11/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330106', name: '西湖区' });
});
