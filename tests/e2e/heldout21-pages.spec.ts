/**
 * The gen-21 replica builds (tests/replicas/heldout21; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout21-pages.spec.ts at 3fe647d). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild, and the area API answers. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build
 * through the extension and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout21 } from '../replicas/heldout21';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout21, '/tmp/heldout21');

test('every gen-21 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout21-aliyun-upload-unit-arco-checklist', 'heldout21-aliyun-subject-unit-native-thickbox', 'heldout21-aliyun-upload-person-native-piclists',
    'heldout21-mps-site-unit-tea-splitpane', 'heldout21-mps-subject-unit-arco-sidetabs', 'heldout21-beian-old-site-person-native-pager',
    'heldout21-volcengine-subject-unit-antd-descform', 'heldout21-baidu-basic-person-fusion-inlinegrid',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout21-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout21-aliyun-upload-unit-arco-checklist',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout21-volcengine-subject-unit-antd-descform',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout21/', [['https://beian.aliyun.com', 'arco.js'], ['https://beian.mps.gov.cn', 'tea.css'], ['https://console.volcengine.com', 'antd.js'], ['https://console.bce.baidu.com', 'fusion.css']], 'http://www.beian.gov.cn');
});
