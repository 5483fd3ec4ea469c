/**
 * The gen-10 replica builds (tests/replicas/heldout10; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout10-pages.spec.ts at cb84f0c). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout10 } from '../replicas/heldout10';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout10, '/tmp/heldout10');

test('every gen-10 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout10-aliyun-basic-unit-arco-triple', 'heldout10-aliyun-subject-person-tea-sameaddr', 'heldout10-aliyun-site-unit-tdesign-domaintable',
    'heldout10-mps-subject-person-arco-reveal', 'heldout10-mps-site-unit-opentiny-iprows', 'heldout10-beian-old-apply-person-native-onepage',
    'heldout10-tencent-site-person-tea-segments', 'heldout10-huawei-basic-unit-opentiny-cards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout10-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout10-aliyun-basic-unit-arco-triple',
    'https://console.cloud.tencent.com/beian/other?replicaBuild=heldout10-tencent-site-person-tea-segments',
    'https://console.huaweicloud.com/other/?replicaBuild=heldout10-huawei-basic-unit-opentiny-cards',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout10-beian-old-apply-person-native-onepage',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.cloud.tencent.com/__heldout10/tea.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.huaweicloud.com/__heldout10/opentiny.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout10/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330110', name: '余杭区' });
});
