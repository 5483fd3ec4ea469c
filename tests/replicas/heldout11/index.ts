/**
 * Generation 11, RETIRED into tuning (see pages.ts): written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier build of the same step (zoo, providers,
 * generations 1–10) in (platform, step, library) and in layout, with wordings and widget shapes not used for
 * that step before. Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安
 * over http, the Tencent Cloud and Huawei Cloud consoles), picked by the replica-only query parameter
 * `replicaBuild=heldout11-…`; assets live under /__heldout11/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - arco-app.tsx      React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66 + arco.min.css
 *  - tea-app.tsx       React 18 (same aliases: Tea calls ReactDOM.findDOMNode) + Tea 2.8 + tea.css
 *  - tdesign-app.tsx   React 19 + TDesign React 1.18 + tdesign.min.css (the whole sheet: its theme tokens)
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (its components import their own CSS)
 *  - native.ts         the old portal's server-rendered 开办主体 page (inline script; its jQuery-style city picker
 *                      loads each level from /__heldout11/areas?parent=<code> like the portal's AJAX) and the
 *                      HTML shells of the library builds
 *
 * Every request that is not a gen-11 page or asset goes on with route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { areasJson, oldSubjectHtml, shellHtml } from './native';
import { B, HELDOUT11_PAGES } from './pages';

export { HELDOUT11_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasic]: '验证备案类型 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsSite]: '网站基本信息 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.tencentBasic]: '验证备案类型 - 网站备案 - 腾讯云',
  [B.huaweiUpload]: '上传资料及真实性核验 - 备案中心 - 华为云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const VUE_DEFINE = {
  __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  'process.env.NODE_ENV': '"production"', 'process.env': '{}',
};
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 11 (built once per process, one at a time: esbuild takes every core). */
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
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, '@arco-design/web-react/dist/css/arco.min.css');
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, 'tea-component/dist/tea.css');
      await app('tdesign', 'tdesign-app.tsx', {}, 'tdesign-react/dist/tdesign.min.css');
      await app('opentiny', 'opentiny-app.ts', { alias: { vue: 'vue/dist/vue.esm-bundler.js' }, define: VUE_DEFINE });
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldSubject) return oldSubjectHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout11(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT11_PAGES, htmlFor, assets: await assets(), api: (name, u) => (name === 'areas' ? { type: 'application/json; charset=utf-8', body: areasJson(u.searchParams.get('parent') ?? '') } : undefined) });
}
