/**
 * The gen-13 replica builds (tests/replicas/heldout13; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout13-pages.spec.ts at 9fc1efc). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout13 } from '../replicas/heldout13';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout13, '/tmp/heldout13');

test('every gen-13 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout13-aliyun-subject-unit-opentiny-displayonly', 'heldout13-aliyun-basic-person-opentiny-ipaddress', 'heldout13-aliyun-site-person-tea-anchornav',
    'heldout13-mps-subject-person-opentiny-buttongroup', 'heldout13-mps-principal-unit-opentiny-tabs', 'heldout13-beian-old-site-person-native-dl',
    'heldout13-tencent-subject-unit-tdesign-hasend', 'heldout13-volcengine-upload-unit-arco-materialrows',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout13-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout13-aliyun-subject-unit-opentiny-displayonly',
    'https://console.cloud.tencent.com/other/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'https://console.volcengine.com/beian/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout13-beian-old-site-person-native-dl',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout13/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout13/opentiny.js')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout13/no-such.css');
  expect(await head('/__heldout13/tdesign.css')).toBe(200);
  await page.goto('https://console.volcengine.com/__heldout13/no-such.css');
  expect(await head('/__heldout13/arco.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout13/no-such.css');
  expect(await head('/__heldout13/tea.css')).toBe(200);
});
