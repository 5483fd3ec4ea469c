/**
 * The gen-29 replica builds (tests/replicas/heldout29; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout29-pages.spec.ts at 42a46e9). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout29 } from '../replicas/heldout29';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout29, '/tmp/heldout29');

test('every gen-29 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout29-aliyun-basic-unit-tea-wizardcard', 'heldout29-aliyun-subject-person-fusion-tabpanes', 'heldout29-aliyun-site-unit-arco-collapse',
    'heldout29-mps-apply-person-tea-segmentcards', 'heldout29-mps-apply-unit-tdesign-fieldtable', 'heldout29-beian-old-subject-person-native-twocol',
    'heldout29-volcengine-subject-unit-arco-steplist', 'heldout29-baidu-subject-person-fusion-descform',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout29-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout29-aliyun-basic-unit-tea-wizardcard',
  ]);
});
