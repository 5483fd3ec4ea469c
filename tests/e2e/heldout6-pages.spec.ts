/**
 * The gen-6 replica builds (tests/replicas/heldout6; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout6-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout6 } from '../replicas/heldout6';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout6, '/tmp/heldout6');

test('every gen-6 page is in the bundle, served only with its own replicaBuild', async () => {
  // generation 6, retired into tuning: fixed while generation 5 (../replicas/heldout5) stayed held out
  checks.holds([
    'heldout6-aliyun-basic-unit-antd-bilingual', 'heldout6-aliyun-site-person-fusion-preview', 'heldout6-aliyun-site-unit-native-chips',
    'heldout6-aliyun-subject-unit-elp-tabs', 'heldout6-beian-old-subject-person-native-fieldsets', 'heldout6-mps-principal-unit-fusion-columns',
    'heldout6-mps-site-unit-antd-tabs', 'heldout6-mps-subject-person-elp-cards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout6-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout6-aliyun-basic-unit-antd-bilingual',
  ]);
});
