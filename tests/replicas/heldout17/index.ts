/**
 * Generation 17, RETIRED into tuning (see pages.ts): written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier held-out build (generations 1–16) in (platform, step, subject
 * kind, library) and in layout, with wordings and widget shapes not used for that step before (the old portal's build
 * excepted: every (old portal, step, kind) was built before, so it reuses one in a new layout; see pages.ts). Each build
 * is one page at the platform's real filing URL (Alibaba, new 公安, old 公安 over http, the Huawei Cloud and Tencent
 * Cloud consoles), picked by the replica-only query parameter `replicaBuild=heldout17-…`; assets live under
 * /__heldout17/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - arco-app.tsx      React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco Design
 *                      2.66 + arco.min.css
 *  - tea-app.tsx       React 18 (same aliases: Tea calls ReactDOM.findDOMNode) + Tea 2.8 (moment dates) + tea.css
 *  - antd-app.tsx      React 19 + antd 6 (CSS-in-JS)
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (its components import their theme CSS: esbuild
 *                      collects it into the CSS output)
 *  - native.ts         the old portal's server-rendered 网站基本信息 page for a person (inline script; fieldsets of a
 *                      four-cell grid, year / month / day selects, region <select>s answered from an area table printed
 *                      into the page) and the HTML shells of the library builds
 *
 * Served through serveBuilds (../library-bundle.ts): every request that is not a gen-17 page or asset goes on with route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { oldSiteHtml, shellHtml } from './native';
import { B, HELDOUT17_PAGES } from './pages';

export { HELDOUT17_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasic]: '我的备案 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunUpload]: '上传资料 - ICP代备案管理系统 - 阿里云',
  [B.mpsSite]: '网站基本信息 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsSubject]: '开办主体 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.huaweiSite]: '填写互联网信息服务 - 备案中心 - 华为云',
  [B.tencentBasic]: '验证备案类型 - 网站备案 - 腾讯云控制台',
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

/** Every bundle and stylesheet of generation 17 (built once per process, one at a time: esbuild takes every core). */
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
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, () => css('@arco-design/web-react/dist/css/arco.min.css'));
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, () => css('tea-component/dist/tea.css'));
      await app('antd', 'antd-app.tsx', {});
      await app('opentiny', 'opentiny-app.ts', VUE);
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldSite) return oldSiteHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout17(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT17_PAGES, htmlFor, assets: await assets() });
}
