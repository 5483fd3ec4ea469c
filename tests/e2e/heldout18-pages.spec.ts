/**
 * The gen-18 replica builds (tests/replicas/heldout18; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout18-pages.spec.ts at ebaeb4e). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout18 } from '../replicas/heldout18';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout18, '/tmp/heldout18');

test('every gen-18 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout18-aliyun-basic-unit-tdesign-pickdialog', 'heldout18-aliyun-site-unit-opentiny-vtabs', 'heldout18-aliyun-upload-person-arco-desclist',
    'heldout18-mps-subject-unit-tdesign-quad', 'heldout18-mps-apply-person-elp-timeline', 'heldout18-beian-old-principal-person-native-stacked',
    'heldout18-tencent-site-person-elp-dialog', 'heldout18-huawei-subject-unit-fusion-numbered',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout18-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout18-aliyun-site-unit-opentiny-vtabs',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout18-tencent-site-person-elp-dialog',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout18-tencent-site-person-elp-dialog',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout18/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout18/tdesign.js')).toBe(200);
  expect(await head('/__heldout18/opentiny.css')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout18/no-such.css');
  expect(await head('/__heldout18/fusion.js')).toBe(200);
  await page.goto('https://beian.aliyun.com/__heldout18/no-such.css');
  expect(await head('/__heldout18/arco.js')).toBe(200);
  expect(await head('/__heldout18/vue.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout18/no-such.css');
  expect(await head('/__heldout18/vue.js')).toBe(200);
});
