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
import { test } from '@playwright/test';
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
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout18/', [['https://beian.mps.gov.cn', 'tdesign.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.huaweicloud.com', 'fusion.js'], ['https://beian.aliyun.com', 'arco.js'], ['https://beian.aliyun.com', 'vue.css'], ['http://www.beian.gov.cn', 'vue.js']]);
});
