/**
 * The gen-20 replica builds (tests/replicas/heldout20; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout20-pages.spec.ts at ebaeb4e). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout20 } from '../replicas/heldout20';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout20, '/tmp/heldout20');

test('every gen-20 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout20-aliyun-basic-unit-opentiny-collapse', 'heldout20-aliyun-upload-person-opentiny-masterdetail', 'heldout20-aliyun-upload-unit-tdesign-anchor',
    'heldout20-mps-site-unit-tdesign-substeps', 'heldout20-mps-subject-person-tdesign-drawer', 'heldout20-beian-old-principal-unit-native-iframe',
    'heldout20-tencent-subject-person-elp-sidetitles', 'heldout20-huawei-basic-person-fusion-checkpanel',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout20-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout20-aliyun-upload-unit-tdesign-anchor',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout20-tencent-subject-person-elp-sidetitles',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout20-tencent-subject-person-elp-sidetitles',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout20/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout20/tdesign.js')).toBe(200);
  expect(await head('/__heldout20/opentiny.css')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout20/no-such.css');
  expect(await head('/__heldout20/fusion.js')).toBe(200);
  await page.goto('https://beian.aliyun.com/__heldout20/no-such.css');
  expect(await head('/__heldout20/vue.js')).toBe(200);
  expect(await head('/__heldout20/tdesign.css')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout20/no-such.css');
  expect(await head('/__heldout20/opentiny.js')).toBe(200);
});
