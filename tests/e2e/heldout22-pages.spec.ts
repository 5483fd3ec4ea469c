/**
 * The gen-22 replica builds (tests/replicas/heldout22; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout22-pages.spec.ts at e732db6). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild, and the area API answers. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build
 * through the extension and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout22 } from '../replicas/heldout22';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout22, '/tmp/heldout22');

test('every gen-22 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout22-aliyun-site-person-antd-pairedcards', 'heldout22-aliyun-upload-person-elp-bordertabs', 'heldout22-aliyun-apply-unit-tdesign-rejectfix',
    'heldout22-mps-site-person-opentiny-querydialog', 'heldout22-mps-principal-unit-tdesign-inlineform', 'heldout22-beian-old-subject-person-native-kindswitch',
    'heldout22-tencent-site-unit-elp-addtabs', 'heldout22-huawei-subject-person-fusion-wizardtabs',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout22-no-such-build',
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&pageAction=init&orderType=100&replicaBuild=heldout22-aliyun-apply-unit-tdesign-rejectfix',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout22-aliyun-site-person-antd-pairedcards',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout22-tencent-site-unit-elp-addtabs',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout22/', [['https://beian.aliyun.com', 'antd.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.cloud.tencent.com', 'vue.js'], ['https://console.huaweicloud.com', 'fusion.css']], 'http://www.beian.gov.cn');
});
