/**
 * The gen-38 replica builds (tests/replicas/heldout38; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout38-pages.spec.ts at 1f166b2). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout38 } from '../replicas/heldout38';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout38, '/tmp/heldout38');

test('every gen-38 page is in the bundle, served only with its own replicaBuild', async () => {
  checks.holds([
    'heldout38-aliyun-subject-unit-elp-segmented', 'heldout38-aliyun-site-person-antd-listform', 'heldout38-aliyun-basic-unit-tdesign-lefttabs',
    'heldout38-mps-subject-unit-tdesign-anchorform', 'heldout38-mps-principal-unit-elp-steprail', 'heldout38-beian-old-subject-person-native-rowspan',
    'heldout38-tencent-subject-unit-antd-threecolgrid', 'heldout38-huawei-subject-unit-opentiny-collapse',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout38-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout38-aliyun-basic-unit-tdesign-lefttabs',
  ]);
});
