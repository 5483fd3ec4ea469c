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
import { test } from '@playwright/test';
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
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout16/', [['https://beian.mps.gov.cn', 'fusion.js'], ['https://beian.mps.gov.cn', 'tdesign.css'], ['https://console.cloud.tencent.com', 'tdesign.js'], ['https://console.bce.baidu.com', 'vue.js'], ['http://www.beian.gov.cn', 'vue.css']]);
});
