/**
 * The gen-35 replica builds (tests/replicas/heldout35; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout35-pages.spec.ts at 5637b67). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout35 } from '../replicas/heldout35';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout35, '/tmp/heldout35');

test('every gen-35 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout35-aliyun-subject-unit-fusion-contactpicker', 'heldout35-aliyun-site-person-arco-statuscards', 'heldout35-aliyun-basic-unit-tea-rulestable',
    'heldout35-mps-site-unit-fusion-legendboxes', 'heldout35-mps-principal-person-arco-anchorside', 'heldout35-beian-old-site-unit-native-olnumbered',
    'heldout35-volcengine-site-unit-fusion-collapse', 'heldout35-baidu-subject-unit-arco-licenceaside',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout35-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout35-aliyun-basic-unit-tea-rulestable',
  ]);
});
