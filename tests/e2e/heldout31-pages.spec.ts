/**
 * The gen-31 replica builds (tests/replicas/heldout31; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout31-pages.spec.ts at fb9682c). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout31 } from '../replicas/heldout31';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout31, '/tmp/heldout31');

test('every gen-31 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout31-aliyun-subject-unit-arco-splitcards', 'heldout31-aliyun-upload-person-fusion-checktable', 'heldout31-aliyun-basic-person-tea-steppercard',
    'heldout31-mps-site-person-fusion-foldpanels', 'heldout31-mps-principal-unit-arco-listrows', 'heldout31-beian-old-subject-unit-native-thtable',
    'heldout31-volcengine-site-unit-tea-sideanchor', 'heldout31-baidu-basic-person-arco-twosections',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout31-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout31-aliyun-basic-person-tea-steppercard',
  ]);
});
