/**
 * The gen-16 replica builds (tests/replicas/heldout16; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout16-pages.spec.ts at 2c22808). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout16 } from '../replicas/heldout16';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout16, '/tmp/heldout16');

test('every gen-16 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout16-aliyun-basic-person-tdesign-helprail', 'heldout16-aliyun-subject-unit-tdesign-twopanes', 'heldout16-aliyun-site-person-tdesign-collapse',
    'heldout16-mps-principal-person-fusion-sourceradio', 'heldout16-mps-apply-unit-fusion-collapse', 'heldout16-beian-old-principal-unit-native-compare',
    'heldout16-baidu-site-unit-elp-splitter', 'heldout16-tencent-upload-unit-tdesign-vsteps',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout16-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout16-aliyun-site-person-tdesign-collapse',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout16-tencent-upload-unit-tdesign-vsteps',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout16-tencent-upload-unit-tdesign-vsteps',
  ]);
  // each host serves the assets (HEAD from a same-origin page: the bundles are megabytes of text)
  const page = await checks.context.newPage();
  const head = (path: string) => page.evaluate((p) => fetch(p, { method: 'HEAD' }).then((r) => r.status), path);
  expect((await page.goto('https://beian.mps.gov.cn/__heldout16/no-such.js'))?.status()).toBe(404);
  expect(await head('/__heldout16/fusion.js')).toBe(200);
  expect(await head('/__heldout16/tdesign.css')).toBe(200);
  await page.goto('https://console.cloud.tencent.com/__heldout16/no-such.css');
  expect(await head('/__heldout16/tdesign.js')).toBe(200);
  await page.goto('https://console.bce.baidu.com/__heldout16/no-such.css');
  expect(await head('/__heldout16/vue.js')).toBe(200);
  await page.goto('http://www.beian.gov.cn/__heldout16/no-such.css');
  expect(await head('/__heldout16/vue.css')).toBe(200);
});
