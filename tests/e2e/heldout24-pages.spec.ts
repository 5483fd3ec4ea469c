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
import { test } from '@playwright/test';
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
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout24/', [['https://beian.aliyun.com', 'vue.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.cloud.tencent.com', 'tdesign.js'], ['https://console.huaweicloud.com', 'opentiny.js']], 'http://www.beian.gov.cn');
});
