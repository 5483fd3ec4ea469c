/**
 * The gen-17 replica builds (tests/replicas/heldout17; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout17-pages.spec.ts at a75b049). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout17 } from '../replicas/heldout17';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout17, '/tmp/heldout17');

test('every gen-17 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout17-aliyun-basic-person-arco-drawer', 'heldout17-aliyun-subject-person-opentiny-anchor', 'heldout17-aliyun-upload-unit-tea-collapse',
    'heldout17-mps-site-unit-arco-desctable', 'heldout17-mps-subject-person-tea-fieldtable', 'heldout17-beian-old-site-person-native-legends',
    'heldout17-huawei-site-unit-antd-grid3', 'heldout17-tencent-basic-unit-antd-licenceocr',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout17-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout17-aliyun-upload-unit-tea-collapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout17-tencent-basic-unit-antd-licenceocr',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout17-tencent-basic-unit-antd-licenceocr',
  ]);
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout17/', [['https://beian.mps.gov.cn', 'arco.js'], ['https://beian.mps.gov.cn', 'tea.css'], ['https://console.huaweicloud.com', 'antd.js'], ['https://beian.aliyun.com', 'opentiny.js'], ['http://www.beian.gov.cn', 'opentiny.css']]);
});
