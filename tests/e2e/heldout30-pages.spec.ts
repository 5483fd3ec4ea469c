/**
 * The gen-30 replica builds (tests/replicas/heldout30; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout30-pages.spec.ts at 2b4e37c). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout30 } from '../replicas/heldout30';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout30, '/tmp/heldout30');

test('every gen-30 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout30-aliyun-subject-person-antd-descedit', 'heldout30-aliyun-site-person-antd-innertabs', 'heldout30-aliyun-basic-unit-tdesign-toolbar',
    'heldout30-mps-apply-unit-antd-rowcards', 'heldout30-mps-site-unit-elp-vsteps', 'heldout30-beian-old-principal-unit-native-rolecards',
    'heldout30-tencent-site-person-antd-listcards', 'heldout30-huawei-basic-unit-tdesign-sidesheet',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout30-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout30-aliyun-basic-unit-tdesign-toolbar',
  ]);
});
