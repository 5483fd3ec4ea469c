/**
 * The gen-23 replica builds (tests/replicas/heldout23; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout23-pages.spec.ts at 47bf06b). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild, and the area API answers. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build
 * through the extension and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout23 } from '../replicas/heldout23';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout23, '/tmp/heldout23');

test('every gen-23 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout23-aliyun-apply-person-fusion-navsections', 'heldout23-aliyun-apply-unit-antd-accessorder', 'heldout23-aliyun-subject-person-tea-grid2',
    'heldout23-mps-principal-person-tea-roletabs', 'heldout23-mps-apply-unit-arco-roundtabs', 'heldout23-beian-old-principal-person-native-rolegrid',
    'heldout23-volcengine-basic-unit-arco-narrowcard', 'heldout23-baidu-site-person-fusion-fieldgrid',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout23-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout23-aliyun-apply-unit-antd-accessorder',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout23-volcengine-basic-unit-arco-narrowcard',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout23/', [['https://beian.aliyun.com', 'antd.js'], ['https://beian.mps.gov.cn', 'tea.css'], ['https://console.volcengine.com', 'arco.js'], ['https://console.bce.baidu.com', 'fusion.css']], 'http://www.beian.gov.cn');
});
