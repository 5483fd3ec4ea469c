/**
 * Generation 13, RETIRED into tuning (see pages.ts): written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier held-out build of the same step (generations 1–12) in
 * (platform, step, library) and in layout, with wordings and widget shapes not used for that step before (the
 * provider consoles' tuning builds, which these pages were not written from, run Tencent on TDesign and Volcengine
 * on Arco as well). Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安 over http, the
 * Tencent Cloud and Volcengine consoles), picked by the replica-only query parameter `replicaBuild=heldout13-…`;
 * assets live under /__heldout13/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny (@opentiny/vue 3.31; each component brings its theme CSS)
 *  - tea-app.tsx       React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8 + tea.css
 *  - tdesign-app.tsx   React 19 + TDesign React 1.18 + tdesign.min.css (the whole sheet: its theme tokens)
 *  - arco-app.tsx      React 18 (same aliases) + Arco Design 2.66 + arco.min.css
 *  - native.ts         the old portal's server-rendered 网站基本信息 page (inline script; the region <select>s are fed
 *                      from an area table printed into the page) and the HTML shells of the library builds
 *
 * Every request that is not a gen-13 page or asset goes on with route.fallback().
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
import { B, HELDOUT13_PAGES } from './pages';

export { HELDOUT13_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunBasic]: '验证备案类型 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubject]: '开办主体 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.tencentSubject]: '填写主体信息 - 网站备案 - 腾讯云控制台',
  [B.volcengineUpload]: '备案资料 - 备案 - 火山引擎',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };
const VUE = {
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    'process.env.NODE_ENV': '"production"', 'process.env': '{}',
  },
};

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 13 (built once per process, one at a time: esbuild takes every core). */
function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      const pick = (files: { path: string; text: string }[], ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
      const css = (spec: string) => readFile(require.resolve(spec), 'utf8');
      const app = async (name: string, entry: string, opts: Parameters<typeof bundleApp>[2], sheet?: string) => {
        const out = await bundleApp(here, entry, { outdir: '/out', loader: FONT_LOADERS, ...opts });
        m.set(`${name}.js`, { body: pick(out, '.js'), type: JS });
        m.set(`${name}.css`, { body: (sheet ? await css(sheet) : '') + pick(out, '.css'), type: CSS });
      };
      await app('opentiny', 'opentiny-app.ts', VUE);
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, 'tea-component/dist/tea.css');
      await app('tdesign', 'tdesign-app.tsx', {}, 'tdesign-react/dist/tdesign.min.css');
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, '@arco-design/web-react/dist/css/arco.min.css');
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

export async function prepareHeldout13(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT13_PAGES, htmlFor, assets: await assets() });
}
