/**
 * The gen-19 replica builds (tests/replicas/heldout19; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout19-pages.spec.ts at ebaeb4e). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout19 } from '../replicas/heldout19';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout19, '/tmp/heldout19');

test('every gen-19 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout19-aliyun-basic-person-tea-querybar', 'heldout19-aliyun-subject-unit-tea-sidecards', 'heldout19-aliyun-site-person-arco-cardtabs',
    'heldout19-mps-site-person-arco-providertable', 'heldout19-mps-principal-unit-tea-matrix', 'heldout19-beian-old-subject-unit-native-tabstrip',
    'heldout19-baidu-site-person-antd-collapse', 'heldout19-volcengine-basic-unit-fusion-twincards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout19-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout19-aliyun-site-person-arco-cardtabs',
    'https://console.volcengine.com/beian/?replicaBuild=heldout19-baidu-site-person-antd-collapse',
    'https://console.bce.baidu.com/other?replicaBuild=heldout19-baidu-site-person-antd-collapse',
  ]);
  // each host serves the assets, a missing one is a 404
  await checks.serves('/__heldout19/', [['https://beian.mps.gov.cn', 'tea.js'], ['https://beian.mps.gov.cn', 'arco.css'], ['https://console.bce.baidu.com', 'antd.js'], ['https://beian.aliyun.com', 'fusion.js'], ['https://beian.aliyun.com', 'tea.css'], ['http://www.beian.gov.cn', 'arco.js']]);
});
