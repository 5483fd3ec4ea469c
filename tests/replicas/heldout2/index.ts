/**
 * Generation-2 held-out replica builds, RETIRED into tuning (see pages.ts; generation 3 in ../heldout3 is
 * the held-out set): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone, and different from generation 1
 * (tests/replicas/heldout) in library, layout and wording for every step. Each build is one page at the
 * platform's real filing URL, picked by the replica-only query parameter `replicaBuild=heldout2-…`;
 * assets live under /__heldout2/ on the same host.
 *
 * Served by ../library-bundle.ts. Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML with a small inline script (no bundle)
 *
 * Every request that is not a gen-2 page or asset goes on with route.fallback().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryBundle, libraryShell } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT2_PAGES } from './pages';
import { aliyunBasicHtml, mpsPrincipalHtml } from './native';

export { HELDOUT2_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const PREFIX = '/__heldout2/';

const TITLES: Record<string, string> = {
  'heldout2-aliyun-site-fusion': '填写网站信息 - 备案 - 阿里云',
  'heldout2-aliyun-subject-person-antd': '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  'heldout2-aliyun-upload-elp': '上传资料 - ICP代备案管理系统 - 阿里云',
  'heldout2-mps-subject-unit-antd': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout2-mps-site-fusion': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout2-beian-old-site-elp': '新办网站申请 - 全国互联网安全管理服务平台',
};

function htmlFor(page: ZooPage): string {
  switch (page.build) {
    case 'heldout2-mps-principal-native': return mpsPrincipalHtml();
    case 'heldout2-aliyun-basic-native': return aliyunBasicHtml();
  }
  const title = TITLES[page.build] ?? '';
  return libraryShell(PREFIX, page, title);
}

export function prepareHeldout2(): Promise<ZooBundle> {
  return libraryBundle({ dir: here, prefix: PREFIX, pages: HELDOUT2_PAGES, htmlFor });
}
