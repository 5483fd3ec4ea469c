/**
 * Generation-1 held-out replica builds, RETIRED into tuning (see pages.ts; generation 2 in ../heldout2 is
 * the held-out set): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone.
 * Each build is one page at the platform's real filing URL, picked by the replica-only query parameter `replicaBuild=heldout-…`; assets live under /__heldout/ on the same host.
 *
 * Served by ../library-bundle.ts. Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML with a small inline script (no bundle)
 *
 * Register the routes AFTER the tuning bundles' routes: Playwright runs the newest handler first, and
 * every request that is not a held-out page or asset goes on with route.fallback().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryBundle, libraryShell } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT_PAGES } from './pages';
import { aliyunSubjectPersonHtml, mpsPrincipalHtml, oldPortalSiteHtml } from './native';

export { HELDOUT_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const PREFIX = '/__heldout/';

const TITLES: Record<string, string> = {
  aliyun: 'ICP代备案管理系统 - 阿里云',
  mps: '全国互联网安全管理服务平台',
  'beian-old': '全国互联网安全管理服务平台',
  miit: 'ICP/IP地址/域名信息备案管理系统',
};

function htmlFor(page: ZooPage): string {
  const title = TITLES[page.platform] ?? '';
  switch (page.build) {
    case 'heldout-aliyun-subject-person-table': return aliyunSubjectPersonHtml();
    case 'heldout-mps-principal-fieldset': return mpsPrincipalHtml();
    case 'heldout-beian-old-site-table': return oldPortalSiteHtml();
  }
  return libraryShell(PREFIX, page, title);
}

export function prepareHeldout(): Promise<ZooBundle> {
  return libraryBundle({ dir: here, prefix: PREFIX, pages: HELDOUT_PAGES, htmlFor });
}
