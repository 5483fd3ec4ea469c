/**
 * The gen-37 replica builds (tests/replicas/heldout37; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout37-pages.spec.ts at 2320976). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout37 } from '../replicas/heldout37';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout37, '/tmp/heldout37');

test('every gen-37 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout37-aliyun-site-person-fusion-verticalsteps', 'heldout37-aliyun-subject-unit-arco-cardtabs', 'heldout37-aliyun-basic-person-tea-twocolgrid',
    'heldout37-mps-site-person-fusion-tabstrip', 'heldout37-mps-subject-person-arco-descedit', 'heldout37-beian-old-site-person-native-tabpanels',
    'heldout37-volcengine-subject-person-tea-sectionlist', 'heldout37-baidu-site-unit-arco-tablerows',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout37-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout37-aliyun-basic-person-tea-twocolgrid',
  ]);
});
