/**
 * The gen-28 replica builds (tests/replicas/heldout28; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout28-pages.spec.ts at 047de4c). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout28 } from '../replicas/heldout28';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout28, '/tmp/heldout28');

test('every gen-28 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout28-aliyun-site-person-elp-fieldtable', 'heldout28-aliyun-subject-unit-tdesign-collapse', 'heldout28-aliyun-basic-person-antd-checkpane',
    'heldout28-mps-apply-person-tdesign-dialogform', 'heldout28-mps-apply-unit-opentiny-steptabs', 'heldout28-beian-old-site-person-native-rowspan',
    'heldout28-tencent-site-unit-antd-progressrail', 'heldout28-huawei-site-person-elp-splitform',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout28-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout28-aliyun-basic-person-antd-checkpane',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout28-tencent-site-unit-antd-progressrail',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout28/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout28/vue.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout28/no-such.css');
  expect(await head('/__heldout28/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout28/no-such.css');
  expect(await head('/__heldout28/antd.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout28/no-such.css');
  expect(await head('/__heldout28/tdesign.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout28/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout28/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
