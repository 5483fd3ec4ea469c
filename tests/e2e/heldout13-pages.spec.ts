/**
 * The gen-13 replica builds (tests/replicas/heldout13; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout13-pages.spec.ts at 9fc1efc). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout13 } from '../replicas/heldout13';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout13, '/tmp/heldout13');

test('every gen-13 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout13-aliyun-subject-unit-opentiny-displayonly', 'heldout13-aliyun-basic-person-opentiny-ipaddress', 'heldout13-aliyun-site-person-tea-anchornav',
    'heldout13-mps-subject-person-opentiny-buttongroup', 'heldout13-mps-principal-unit-opentiny-tabs', 'heldout13-beian-old-site-person-native-dl',
    'heldout13-tencent-subject-unit-tdesign-hasend', 'heldout13-volcengine-upload-unit-arco-materialrows',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout13-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout13-aliyun-subject-unit-opentiny-displayonly',
    'https://console.cloud.tencent.com/other/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'https://console.volcengine.com/beian/?replicaBuild=heldout13-tencent-subject-unit-tdesign-hasend',
    'http://www.beian.gov.cn/portal/apply/other?replicaBuild=heldout13-beian-old-site-person-native-dl',
  ]);
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout13/', [['https://beian.mps.gov.cn', 'opentiny.js'], ['https://console.cloud.tencent.com', 'tdesign.css'], ['https://console.volcengine.com', 'arco.js'], ['http://www.beian.gov.cn', 'tea.css']]);
});
