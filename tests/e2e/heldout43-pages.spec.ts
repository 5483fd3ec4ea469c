/**
 * The gen-43 replica builds (tests/replicas/heldout43; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout43-pages.spec.ts at 31d9f2f). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout43 } from '../replicas/heldout43';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout43, '/tmp/heldout43');

test('every gen-43 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout43-aliyun-basic-unit-arco-descinputs', 'heldout43-aliyun-subject-person-tea-inlineflow', 'heldout43-aliyun-site-unit-fusion-cardcolumns',
    'heldout43-mps-site-person-fusion-lefttabs', 'heldout43-mps-subject-unit-arco-navsteps', 'heldout43-beian-old-site-person-native-labelabove',
    'heldout43-volcengine-basic-person-fusion-resultpanel', 'heldout43-baidu-subject-unit-tea-licencecollapse',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout43-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout43-aliyun-site-unit-fusion-cardcolumns',
  ]);
});
