/**
 * The gen-12 replica builds (tests/replicas/heldout12; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout12-pages.spec.ts at 2128be1). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout12 } from '../replicas/heldout12';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout12, '/tmp/heldout12');

test('every gen-12 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout12-aliyun-subject-person-tdesign-selects', 'heldout12-aliyun-site-unit-arco-domainrows', 'heldout12-aliyun-upload-person-tea-dragcards',
    'heldout12-mps-subject-unit-tea-areasearch', 'heldout12-mps-principal-person-tdesign-idnotation', 'heldout12-beian-old-site-unit-native-details',
    'heldout12-baidu-subject-unit-tdesign-ocr', 'heldout12-volcengine-basic-person-arco-instancetable',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout12-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout12-aliyun-site-unit-arco-domainrows',
    'https://console.bce.baidu.com/other/?replicaBuild=heldout12-baidu-subject-unit-tdesign-ocr',
    'https://console.volcengine.com/beian/?replicaBuild=heldout12-baidu-subject-unit-tdesign-ocr',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout12-beian-old-site-unit-native-details',
  ]);
  const page = await checks.context.newPage();
  expect((await page.goto('https://console.bce.baidu.com/__heldout12/tdesign.js'))?.status()).toBe(200);
  expect((await page.goto('https://console.volcengine.com/__heldout12/arco.css'))?.status()).toBe(200);
  const areas = await page.goto('http://www.beian.gov.cn/__heldout12/areas?parent=3301');
  expect(await areas?.json()).toContainEqual({ code: '330110', name: '余杭区' });
});
