/**
 * The gen-34 replica builds (tests/replicas/heldout34; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout34-pages.spec.ts at 928cdb1). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout34 } from '../replicas/heldout34';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout34, '/tmp/heldout34');

test('every gen-34 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout34-aliyun-site-unit-antd-formlist', 'heldout34-aliyun-subject-person-elp-previewpane', 'heldout34-aliyun-basic-unit-opentiny-resourcegrid',
    'heldout34-mps-principal-unit-tdesign-settingsrows', 'heldout34-mps-subject-person-antd-compact', 'heldout34-beian-old-subject-person-native-dlgrid',
    'heldout34-tencent-site-person-tdesign-formgrid', 'heldout34-huawei-site-unit-elp-masterform',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout34-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout34-aliyun-basic-unit-opentiny-resourcegrid',
  ]);
});
