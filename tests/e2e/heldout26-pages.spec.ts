/**
 * The gen-26 replica builds (tests/replicas/heldout26; held out, then retired into
 * tuning). While they were held out, a user drove one widget of each kind on every page here and the
 * framework state took it (those checks are in git: tests/e2e/heldout26-pages.spec.ts at a86733a). Retired, the
 * pages keep what the zoo does not show (the zoo opens
 * every build and requires every expect key in its initial state, its platform and step, and no page error while it
 * loads): the bundle serves exactly its builds, each only with its own replicaBuild, and the area API answers. The zoo
 * (tests/e2e/zoo.spec.ts) fills every tuning build through the extension and requires every value, which a page that
 * stopped taking input would fail.
 */
import { test } from '@playwright/test';
import { prepareHeldout26 } from '../replicas/heldout26';
import { replicaPageChecks } from './replica-page-checks';

const checks = replicaPageChecks(prepareHeldout26, '/tmp/heldout26');

test('every gen-26 page is in the bundle, served only with its own replicaBuild; the area API answers', async () => {
  checks.holds([
    'heldout26-aliyun-apply-person-tdesign-accesscards', 'heldout26-aliyun-apply-person-antd-modalform', 'heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'heldout26-mps-apply-unit-elp-desclist', 'heldout26-mps-apply-person-opentiny-threecols', 'heldout26-beian-old-principal-person-native-dlcopy',
    'heldout26-tencent-subject-person-tdesign-idcardpanel', 'heldout26-huawei-subject-unit-elp-sectioncards',
  ], 'tuning');
  await checks.fallsThrough([
    'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&replicaBuild=heldout26-no-such-build',
    'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=heldout26-aliyun-apply-unit-opentiny-changecollapse',
    'https://console.huaweicloud.com/beian/?replicaBuild=heldout26-tencent-subject-person-tdesign-idcardpanel',
  ]);
  // each host serves the assets, a missing one is a 404, and the area API answers
  await checks.serves('/__heldout26/', [['https://beian.aliyun.com', 'antd.js'], ['https://beian.mps.gov.cn', 'opentiny.css'], ['https://console.cloud.tencent.com', 'tdesign.js'], ['https://console.huaweicloud.com', 'vue.js']], 'http://www.beian.gov.cn');
});
