/**
 * The gen-14 replica builds (tests/replicas/heldout14; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout14-pages.spec.ts at 9d46fbb). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout14 } from '../replicas/heldout14';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout14, '/tmp/heldout14');

test('every gen-14 held-out page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout14-aliyun-basic-unit-fusion-instanceselect', 'heldout14-aliyun-site-unit-elp-transfer', 'heldout14-aliyun-upload-person-tdesign-materialtable',
    'heldout14-mps-principal-person-antd-sidebyside', 'heldout14-mps-site-unit-fusion-remotesearch', 'heldout14-beian-old-subject-unit-native-grid4',
    'heldout14-tencent-subject-person-tea-smscode', 'heldout14-baidu-basic-unit-tdesign-taginput',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout14-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout14-aliyun-site-unit-elp-transfer',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout14-tencent-subject-person-tea-smscode',
  ]);
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout14/', [['https://beian.mps.gov.cn', 'antd.js'], ['https://console.bce.baidu.com', 'tdesign.css'], ['https://console.cloud.tencent.com', 'fusion.css']]);
});
