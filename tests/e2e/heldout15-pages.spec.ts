/**
 * The gen-15 replica builds (tests/replicas/heldout15; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout15-pages.spec.ts at 506abe7). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout15 } from '../replicas/heldout15';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout15, '/tmp/heldout15');

test('every gen-15 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout15-aliyun-subject-person-arco-autocomplete', 'heldout15-aliyun-site-unit-tea-staging', 'heldout15-aliyun-upload-unit-opentiny-cardgrid',
    'heldout15-mps-subject-unit-opentiny-isrep', 'heldout15-mps-apply-person-antd-rolestable', 'heldout15-beian-old-apply-unit-native-providerpopup',
    'heldout15-volcengine-site-unit-arco-treeselect', 'heldout15-baidu-subject-person-elp-descriptions',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout15-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout15-aliyun-site-unit-tea-staging',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout15-volcengine-site-unit-arco-treeselect',
    'https://console.volcengine.com/other/?replicaBuild=heldout15-volcengine-site-unit-arco-treeselect',
  ]);
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout15/', [['https://beian.mps.gov.cn', 'antd.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.volcengine.com', 'arco.css'], ['https://console.bce.baidu.com', 'vue.js'], ['http://www.beian.gov.cn', 'tea.js']]);
});
