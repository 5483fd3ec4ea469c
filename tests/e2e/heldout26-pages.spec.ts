/**
 * The gen-26 replica builds (tests/replicas/heldout26; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout26-pages.spec.ts at a86733a). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout26 } from '../replicas/heldout26';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout26, '/tmp/heldout26');

test('every gen-26 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout26-aliyun-apply-person-tdesign-accesscards', 'heldout26-aliyun-apply-person-antd-modalform', 'heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'heldout26-mps-apply-unit-elp-desclist', 'heldout26-mps-apply-person-opentiny-threecols', 'heldout26-beian-old-principal-person-native-dlcopy',
    'heldout26-tencent-subject-person-tdesign-idcardpanel', 'heldout26-huawei-subject-unit-elp-sectioncards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout26-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout26-tencent-subject-person-tdesign-idcardpanel',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.aliyun.com/__heldout26/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout26/antd.js')).toBe(200);
  await page.goto('https://beian.mps.gov.cn/__heldout26/no-such.css');
  expect(await head('/__heldout26/opentiny.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout26/no-such.css');
  expect(await head('/__heldout26/tdesign.js')).toBe(200);
  await page.goto('https://console.huaweicloud.com/__heldout26/no-such.css');
  expect(await head('/__heldout26/vue.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout26/no-such.css');
  const cities = await page.evaluate(() => fetch('/__heldout26/area?parent=33').then((r) => r.json() as Promise<{ name: string }[]>));
  expect(cities.map((c) => c.name)).toContain('杭州市');
});
