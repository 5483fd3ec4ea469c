/**
 * The gen-41 replica builds (tests/replicas/heldout41; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout41-pages.spec.ts at 7ff6687). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout41 } from '../replicas/heldout41';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout41, '/tmp/heldout41');

test('every gen-41 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout41-aliyun-subject-unit-fusion-arrowsteps', 'heldout41-aliyun-site-person-arco-principalmodal', 'heldout41-aliyun-site-unit-tea-sourcereveal',
    'heldout41-mps-principal-unit-fusion-rolepicker', 'heldout41-mps-subject-unit-tea-toptabs', 'heldout41-beian-old-subject-person-native-grid3',
    'heldout41-volcengine-subject-unit-tea-segmentpanes', 'heldout41-baidu-site-person-arco-lefttabs',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout41-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout41-aliyun-site-unit-tea-sourcereveal',
  ]);
});
