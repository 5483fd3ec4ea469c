/**
 * Generation 9, RETIRED into tuning (see pages.ts): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone,
 * never tuned against, and different from every earlier build of the same step (zoo, providers,
 * generations 1–8) in library + layout, with wordings and widget shapes not used for that step before.
 * Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安 over http, the
 * Volcengine and Baidu AI Cloud consoles), picked by the replica-only query parameter
 * `replicaBuild=heldout9-…`; assets live under /__heldout9/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - antd-app.tsx     React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx   React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts       Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - arco-app.tsx     React 18 (same aliases) + Arco Design 2.66 + arco.min.css
 *  - tdesign-app.tsx  React 19 + TDesign React 1.18 + tdesign.min.css (the whole sheet: its theme tokens)
 *  - native.ts        the old portal's server-rendered page (inline script) and the HTML shells
 *
 * Every request that is not a gen-9 page or asset goes on with route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp, bundleJs } from '../bundle-cache';
import { type Asset, offlineNextCss, serveBuilds } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { oldPrincipalHtml, shellHtml } from './native';
import { B, HELDOUT9_PAGES } from './pages';

export { HELDOUT9_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasic]: '我的备案 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunUpload]: '上传资料 - ICP代备案管理系统 - 阿里云',
  [B.mpsSite]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsSubject]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.volcSubject]: '备案管理 - 火山引擎',
  [B.baiduSite]: 'ICP备案 - 百度智能云控制台',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const VUE_DEFINE = {
  __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"',
};
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 9 (built once per process, one at a time: esbuild takes every core). */
function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      const pick = (files: { path: string; text: string }[], ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
      const css = (spec: string) => readFile(require.resolve(spec), 'utf8');
      m.set('antd.js', { body: await bundleJs(here, 'antd-app.tsx'), type: JS });
      m.set('fusion.js', { body: await bundleJs(here, 'fusion-app.tsx', { alias: REACT_18 }), type: JS });
      m.set('vue.js', { body: await bundleJs(here, 'vue-app.ts', { alias: { vue: 'vue/dist/vue.esm-bundler.js' }, define: VUE_DEFINE }), type: JS });
      const arco = await bundleApp(here, 'arco-app.tsx', { outdir: '/out', loader: FONT_LOADERS, alias: REACT_18 });
      m.set('arco.js', { body: pick(arco, '.js'), type: JS });
      m.set('arco.css', { body: (await css('@arco-design/web-react/dist/css/arco.min.css')) + pick(arco, '.css'), type: CSS });
      const td = await bundleApp(here, 'tdesign-app.tsx', { outdir: '/out', loader: FONT_LOADERS });
      m.set('tdesign.js', { body: pick(td, '.js'), type: JS });
      m.set('tdesign.css', { body: (await css('tdesign-react/dist/tdesign.min.css')) + pick(td, '.css'), type: CSS });
      m.set('next.css', { body: offlineNextCss(await css('@alifd/next/dist/next.min.css')), type: CSS });
      m.set('element-plus.css', { body: await css('element-plus/dist/index.css'), type: CSS });
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldPrincipal) return oldPrincipalHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout9(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT9_PAGES, htmlFor, assets: await assets() });
}
