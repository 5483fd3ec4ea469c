/**
 * The gen-32 replica builds (tests/replicas/heldout32; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout32-pages.spec.ts at 821cc78). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout32 } from '../replicas/heldout32';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout32, '/tmp/heldout32');

test('every gen-32 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout32-aliyun-site-unit-elp-domaincards', 'heldout32-aliyun-subject-person-tdesign-dialogsheet', 'heldout32-aliyun-basic-unit-antd-treeinstance',
    'heldout32-mps-principal-person-antd-segmentpanes', 'heldout32-mps-site-unit-tdesign-anchorrail', 'heldout32-beian-old-principal-person-native-floatdivs',
    'heldout32-tencent-subject-unit-elp-topgrid', 'heldout32-huawei-basic-person-opentiny-vsteps',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout32-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout32-aliyun-basic-unit-antd-treeinstance',
  ]);
});
