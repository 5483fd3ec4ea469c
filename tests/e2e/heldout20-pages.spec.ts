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
import { test } from '@playwright/test';
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
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout20/', [['https://beian.mps.gov.cn', 'tdesign.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.huaweicloud.com', 'fusion.js'], ['https://beian.aliyun.com', 'vue.js'], ['https://beian.aliyun.com', 'tdesign.css'], ['http://www.beian.gov.cn', 'opentiny.js']]);
});
