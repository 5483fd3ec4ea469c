/**
 * The gen-40 replica builds (tests/replicas/heldout40; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout40-pages.spec.ts at fc1ed4e). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout40 } from '../replicas/heldout40';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout40, '/tmp/heldout40');

test('every gen-40 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout40-aliyun-subject-person-opentiny-progressaside', 'heldout40-aliyun-site-unit-elp-descgrid', 'heldout40-aliyun-site-person-antd-splitpreview',
    'heldout40-mps-site-person-opentiny-formtables', 'heldout40-mps-principal-person-elp-roledialogs', 'heldout40-beian-old-site-unit-native-captiontables',
    'heldout40-tencent-subject-person-antd-navpanes', 'heldout40-huawei-site-unit-tdesign-sidemenu',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout40-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout40-aliyun-site-unit-elp-descgrid',
  ]);
});
