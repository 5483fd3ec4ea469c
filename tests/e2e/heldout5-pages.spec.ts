/**
 * The gen-5 replica builds (tests/replicas/heldout5; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout5-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout5 } from '../replicas/heldout5';
import { prepareHeldout4 } from '../replicas/heldout4';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout5, '/tmp/heldout5');

test('every gen-5 page is in the bundle, served only with its own replicaBuild, beside generation 4', async () => {
  // generation 5, retired into tuning once generation 7 (../replicas/heldout7) was being written
  checks.holds([
    'heldout5-aliyun-site-unit-antd-modal', 'heldout5-aliyun-subject-person-fusion-inset', 'heldout5-baidu-subject-unit-elp-cards',
    'heldout5-huawei-subject-person-opentiny-top', 'heldout5-mps-apply-unit-antd-anchor', 'heldout5-mps-principal-unit-elp-table',
    'heldout5-tencent-basic-person-tea-fixed', 'heldout5-volcengine-site-person-arco-tabs',
  ], 'tuning');
  for (const p of checks.bundle.pages) expect(Object.keys(p.expect).length, p.build).toBeGreaterThanOrEqual(12);
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout5-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout5-tencent-basic-person-tea-fixed',
    'https://console.cloud.tencent.com/other?replicaBuild=heldout5-tencent-basic-person-tea-fixed',
  ]);
  await checks.besideEarlier(prepareHeldout4, '/__heldout5/');
});
