/**
 * The gen-24 replica builds (tests/replicas/heldout24; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout24-pages.spec.ts at ba65635). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout24 } from '../replicas/heldout24';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout24, '/tmp/heldout24');

test('every gen-24 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout24-aliyun-apply-person-elp-timeline', 'heldout24-aliyun-apply-unit-elp-comparetable', 'heldout24-aliyun-subject-person-antd-entitydrawer',
    'heldout24-mps-site-person-tdesign-splitgrid', 'heldout24-mps-principal-person-opentiny-sourceselect', 'heldout24-beian-old-subject-unit-native-lilist',
    'heldout24-tencent-basic-unit-tdesign-servertable', 'heldout24-huawei-site-unit-opentiny-typeswitch',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout24-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout24-aliyun-apply-unit-elp-comparetable',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout24-tencent-basic-unit-tdesign-servertable',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout24/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout24/vue.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout24/no-such.css');
  expect(await head('/__heldout24/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout24/no-such.css');
  expect(await head('/__heldout24/tdesign.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout24/no-such.css');
  expect(await head('/__heldout24/opentiny.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout24/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout24/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
