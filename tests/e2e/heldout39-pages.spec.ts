/**
 * The gen-39 replica builds (tests/replicas/heldout39; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout39-pages.spec.ts at d5eeac8). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout39 } from '../replicas/heldout39';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout39, '/tmp/heldout39');

test('every gen-39 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout39-aliyun-subject-person-fusion-timeline', 'heldout39-aliyun-site-unit-arco-innersteps', 'heldout39-aliyun-basic-unit-tea-summaryside',
    'heldout39-mps-site-unit-arco-providerdrawers', 'heldout39-mps-subject-person-tea-photoside', 'heldout39-beian-old-principal-unit-native-paperform',
    'heldout39-volcengine-site-person-fusion-principaldialog', 'heldout39-baidu-subject-person-arco-uploadfirst',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout39-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout39-aliyun-subject-person-fusion-timeline',
  ]);
});
