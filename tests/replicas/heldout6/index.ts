/**
 * Generation 6, RETIRED into tuning (see pages.ts; generation 5 is the held-out set). Written from
 * /work/shared/domain/FORMS.md and docs/profile.example.json alone, before the engine was tuned to it, and different from every earlier build of the
 * same step (zoo, generations 1–4) in library + layout, with wordings and widget shapes not used for that
 * step before. Each build is one page at the platform's real filing URL, picked by the replica-only
 * query parameter `replicaBuild=heldout6-…`; assets live under /__heldout6/ on the same host.
 *
 * Served by ../library-bundle.ts. Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML pages with a small inline script (no bundle)
 *
 * Every request that is not a gen-6 page or asset goes on with route.fallback().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryBundle, libraryShell } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT6_PAGES } from './pages';
import { aliyunSiteUnitHtml, oldSubjectHtml } from './native';
import { B, PREFIX } from './common';

export { HELDOUT6_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));

const TITLES: Record<string, string> = {
  [B.aliyunBasic]: '验证备案类型 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSitePerson]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubject]: '开办主体 - 全国互联网安全管理服务平台',
  [B.mpsSite]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '新办网站申请 - 全国互联网安全管理服务平台',
};

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldSubject) return oldSubjectHtml();
  if (page.build === B.aliyunSiteUnit) return aliyunSiteUnitHtml();
  return libraryShell(PREFIX, page, TITLES[page.build] ?? '');
}

export async function prepareHeldout6(): Promise<ZooBundle> {
  return libraryBundle({ dir: here, prefix: PREFIX, pages: HELDOUT6_PAGES, htmlFor });
}
