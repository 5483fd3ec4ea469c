/**
 * The gen-25 replica builds (tests/replicas/heldout25; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout25-pages.spec.ts at e0df770). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout25 } from '../replicas/heldout25';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout25, '/tmp/heldout25');

test('every gen-25 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout25-aliyun-apply-person-arco-livepreview', 'heldout25-aliyun-apply-unit-fusion-lefttabs', 'heldout25-aliyun-apply-unit-tea-sitelist',
    'heldout25-mps-principal-person-arco-copypanel', 'heldout25-mps-apply-person-fusion-cardgrid', 'heldout25-beian-old-site-unit-native-pairtable',
    'heldout25-volcengine-site-person-tea-vstepper', 'heldout25-baidu-subject-unit-antd-twincols',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout25-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout25-aliyun-apply-unit-tea-sitelist',
    'https://console.bce.baidu.com/beian/?replicaBuild=heldout25-volcengine-site-person-tea-vstepper',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout25/', [['https://beian.aliyun.com', 'fusion.js'], ['https://beian.mps.gov.cn', 'arco.css'], ['https://console.volcengine.com', 'tea.js'], ['https://console.bce.baidu.com', 'antd.js']], 'http://www.beian.gov.cn');
});
