/**
 * The gen-27 replica builds (tests/replicas/heldout27; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (three runs by their writer and one full suite, stop 31; that version of this file was
 * slimmed before it was committed, so those checks are not in git). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout27 } from '../replicas/heldout27';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout27, '/tmp/heldout27');

test('every gen-27 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout27-aliyun-apply-person-tea-changetable', 'heldout27-aliyun-apply-unit-arco-gridform', 'heldout27-aliyun-apply-person-opentiny-stepsgrid',
    'heldout27-mps-apply-person-arco-drawerform', 'heldout27-mps-apply-unit-tea-inlinecards', 'heldout27-beian-old-principal-unit-native-details',
    'heldout27-volcengine-subject-unit-fusion-bento', 'heldout27-baidu-upload-person-antd-draglist',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout27-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout27-aliyun-apply-unit-arco-gridform',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout27-volcengine-subject-unit-fusion-bento',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout27/', [['https://beian.aliyun.com', 'tea.js'], ['https://beian.mps.gov.cn', 'arco.css'], ['https://console.volcengine.com', 'fusion.js'], ['https://console.bce.baidu.com', 'antd.js']], 'http://www.beian.gov.cn');
});
