/**
 * The gen-33 replica builds (tests/replicas/heldout33; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout33-pages.spec.ts at 72529ae). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout33 } from '../replicas/heldout33';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout33, '/tmp/heldout33');

test('every gen-33 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout33-aliyun-site-person-fusion-insetgrid', 'heldout33-aliyun-subject-unit-opentiny-ruleaside', 'heldout33-aliyun-basic-person-arco-radiocards',
    'heldout33-mps-subject-unit-tea-vgrid', 'heldout33-mps-site-person-arco-timeline', 'heldout33-beian-old-site-person-native-inlineblocks',
    'heldout33-volcengine-subject-person-fusion-drawerform', 'heldout33-baidu-site-unit-tea-stickybar',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout33-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout33-aliyun-basic-person-arco-radiocards',
  ]);
});
