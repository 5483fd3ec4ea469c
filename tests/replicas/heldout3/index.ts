/**
 * Generation-3 held-out replica builds, RETIRED into tuning (see pages.ts; generation 4 in ../heldout4 is the
 * held-out set): written from /work/shared/domain/FORMS.md and
 * docs/profile.example.json alone, never tuned against, and different from every earlier build of the
 * same step (zoo, generations 1 and 2) in library + layout, with wordings and widget shapes not used for
 * that step before. Each build is one page at the platform's real filing URL, picked by the replica-only
 * query parameter `replicaBuild=heldout3-…`; assets live under /__heldout3/ on the same host.
 *
 * Served by ../library-bundle.ts. Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML with a small inline script (no bundle)
 *
 * Every request that is not a gen-3 page or asset goes on with route.fallback().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryBundle, libraryShell } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT3_PAGES } from './pages';
import { oldSubjectHtml } from './native';

export { HELDOUT3_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const PREFIX = '/__heldout3/';

const TITLES: Record<string, string> = {
  'heldout3-aliyun-basic-unit-elp': '验证备案类型 - ICP代备案管理系统 - 阿里云',
  'heldout3-aliyun-subject-unit-fusion': '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  'heldout3-aliyun-site-person-elp': '填写网站信息 - ICP代备案管理系统 - 阿里云',
  'heldout3-aliyun-upload-person-antd': '上传资料 - ICP代备案管理系统 - 阿里云',
  'heldout3-mps-subject-person-fusion': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout3-mps-site-person-antd': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout3-mps-principal-person-elp': '新办网站申请 - 全国互联网安全管理服务平台',
};

function htmlFor(page: ZooPage): string {
  if (page.build === 'heldout3-beian-old-subject-unit-native') return oldSubjectHtml();
  return libraryShell(PREFIX, page, TITLES[page.build] ?? '');
}

export function prepareHeldout3(): Promise<ZooBundle> {
  return libraryBundle({ dir: here, prefix: PREFIX, pages: HELDOUT3_PAGES, htmlFor });
}
