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
import { test } from '@playwright/test';
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
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout28/', [['https://beian.aliyun.com', 'vue.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.cloud.tencent.com', 'antd.js'], ['https://console.huaweicloud.com', 'tdesign.js']], 'http://www.beian.gov.cn');
});
