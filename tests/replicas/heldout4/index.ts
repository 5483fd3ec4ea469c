/**
 * Generation 4, RETIRED into tuning (see pages.ts); was HELD-OUT: written from /work/shared/domain/FORMS.md and
 * docs/profile.example.json alone, never tuned against, and different from every earlier build of the
 * same step (zoo, generations 1–3) in library + layout, with wordings and widget shapes not used for that
 * step before. Each build is one page at the platform's real filing URL, picked by the replica-only
 * query parameter `replicaBuild=heldout4-…`; assets live under /__heldout4/ on the same host.
 *
 * Served by ../library-bundle.ts. Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML with a small inline script (no bundle), and the console shell of the
 *                   iframe build
 *
 * The iframe build (heldout4-aliyun-site-unit-antd-iframe): its URL serves a console shell whose
 * same-origin <iframe> loads /__heldout4/frame/<build>?replicaBuild=<build> (the antd form). The shell
 * installs window.__replica in the TOP page and reads the frame's state through it.
 *
 * Every request that is not a gen-4 page or asset goes on with route.fallback().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import { libraryBundle, libraryShell } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT4_PAGES } from './pages';
import { consoleShellHtml, oldSiteHtml } from './native';
import { PREFIX } from './common';

export { HELDOUT4_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));

const TITLES: Record<string, string> = {
  'heldout4-aliyun-basic-person-fusion': '验证备案类型 - ICP代备案管理系统 - 阿里云',
  'heldout4-aliyun-subject-person-elp': '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  'heldout4-aliyun-site-unit-antd-iframe': '网站信息',
  'heldout4-aliyun-upload-unit-fusion-tabs': '上传资料 - ICP代备案管理系统 - 阿里云',
  'heldout4-mps-subject-unit-elp-stacked': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout4-mps-site-unit-antd-collapse': '新办网站申请 - 全国互联网安全管理服务平台',
  'heldout4-mps-principal-unit-fusion-boldline': '新办网站申请 - 全国互联网安全管理服务平台',
};

/** Builds whose form lives in a same-origin iframe of a console shell. */
export const FRAMED = new Set(['heldout4-aliyun-site-unit-antd-iframe']);

function htmlFor(page: ZooPage): string {
  if (page.build === 'heldout4-beian-old-site-unit-native-rows') return oldSiteHtml();
  if (FRAMED.has(page.build)) return consoleShellHtml(page);
  return libraryShell(PREFIX, page, TITLES[page.build] ?? '');
}

export async function prepareHeldout4(): Promise<ZooBundle> {
  const inner = await libraryBundle({ dir: here, prefix: PREFIX, pages: HELDOUT4_PAGES, htmlFor });
  const framed = HELDOUT4_PAGES.filter((p) => FRAMED.has(p.build));
  const serveFrame = async (route: Route) => {
    const u = new URL(route.request().url());
    const build = decodeURIComponent(u.pathname.slice(`${PREFIX}frame/`.length));
    const page = framed.find((p) => p.build === build && new URL(p.url).origin === u.origin);
    if (!page) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: libraryShell(PREFIX, page, TITLES[page.build] ?? '') });
  };
  return {
    pages: inner.pages,
    async route(context: BrowserContext) {
      await inner.route(context);
      // registered after the bundle's routes, so matched first (Playwright tries the newest route first)
      for (const origin of new Set(framed.map((p) => new URL(p.url).origin))) await context.route(`${origin}${PREFIX}frame/**`, serveFrame);
    },
  };
}
