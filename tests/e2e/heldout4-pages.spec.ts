/**
 * The gen-4 replica builds (tests/replicas/heldout4; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout4-pages.spec.ts at 6ee8b43). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only
 * with its own replicaBuild. The zoo (tests/e2e/zoo.spec.ts) fills every tuning build through the extension
 * and requires every value, which a page that stopped taking input would fail.
 */
import { test, expect } from '@playwright/test';
import { prepareHeldout4 } from '../replicas/heldout4';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout4, '/tmp/heldout4');

test('every gen-4 page is in the bundle, served only with its own replicaBuild', async () => {
  // generation 4, retired into tuning once generations 5 and 6 (../replicas/heldout5, heldout6) were written
  checks.holds([
    'heldout4-aliyun-basic-person-fusion', 'heldout4-aliyun-site-unit-antd-iframe', 'heldout4-aliyun-subject-person-elp',
    'heldout4-aliyun-upload-unit-fusion-tabs', 'heldout4-beian-old-site-unit-native-rows', 'heldout4-mps-principal-unit-fusion-boldline',
    'heldout4-mps-site-unit-antd-collapse', 'heldout4-mps-subject-unit-elp-stacked',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout4-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout4-aliyun-basic-person-fusion',
  ]);
  // the embedded form document is served only for the framed build, on its own host
  const status = async (url: string) => {
    const p = await checks.context.newPage(); // a fresh tab each: a failed navigation leaves an error page behind
    try { return await p.goto(url).then((r) => r?.status() ?? null, () => null); } finally { await p.close(); }
  };
  expect(await status('https://beian.aliyun.com/__heldout4/frame/heldout4-no-such-build')).not.toBe(200);
  expect(await status('https://beian.mps.gov.cn/__heldout4/frame/heldout4-aliyun-site-unit-antd-iframe')).not.toBe(200);
  expect(await status('https://beian.aliyun.com/__heldout4/frame/heldout4-aliyun-site-unit-antd-iframe?replicaBuild=heldout4-aliyun-site-unit-antd-iframe')).toBe(200);
});
