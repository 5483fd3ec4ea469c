/**
 * Generation 7, RETIRED into tuning (see pages.ts): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone,
 * never tuned against, and different from every earlier build of the same step (zoo, providers,
 * generations 1–6) in library + layout, with wordings and widget shapes not used for that step before.
 * Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安 over http, Tencent
 * Cloud console), picked by the replica-only query parameter `replicaBuild=heldout7-…`; assets live under
 * /__heldout7/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network):
 *  - antd-app.tsx    React 19 + antd 6 (CSS-in-JS; in the shadow-root build the styles go into the shadow root)
 *  - vue-app.ts      Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - fusion-app.tsx  React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - tdesign-app.tsx React 19 + TDesign (tdesign-react) + its whole stylesheet (theme tokens included)
 *  - native.ts       the old portal's server-rendered page (inline script) and the HTML shells
 *
 * The shadow-root build (heldout7-aliyun-basic-person-antd-shadow): the console shell defines a custom element
 * <icp-micro-app> that attaches an OPEN shadow root (qiankun-style strict style isolation); the antd app
 * mounts inside it and keeps its styles and popups there. window.__replica lives in the page's main world.
 *
 * Every request that is not a gen-7 page or asset goes on with route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp, bundleJs } from '../bundle-cache';
import { type Asset, offlineNextCss, serveBuilds } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { oldSiteHtml, shellHtml } from './native';
import { B, HELDOUT7_PAGES } from './pages';

export { HELDOUT7_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasic]: '验证备案类型 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunUpload]: '上传资料 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubject]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsSite]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.tencentSite]: '网站备案 - 控制台 - 腾讯云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const VUE_DEFINE = {
  __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"',
};

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 7 (built once per process, one at a time: esbuild takes every core). */
function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      m.set('antd.js', { body: await bundleJs(here, 'antd-app.tsx'), type: JS });
      m.set('vue.js', { body: await bundleJs(here, 'vue-app.ts', { alias: { vue: 'vue/dist/vue.esm-bundler.js' }, define: VUE_DEFINE }), type: JS });
      m.set('fusion.js', { body: await bundleJs(here, 'fusion-app.tsx', { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } }), type: JS });
      const td = await bundleApp(here, 'tdesign-app.tsx', {
        outdir: '/out', // in memory; names the CSS output next to the JS (dropped: the whole stylesheet is served instead)
        loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
      });
      m.set('tdesign.js', { body: td.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n'), type: JS });
      m.set('tdesign.css', { body: await readFile(require.resolve('tdesign-react/dist/tdesign.min.css'), 'utf8'), type: CSS });
      m.set('next.css', { body: offlineNextCss(await readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8')), type: CSS });
      m.set('element-plus.css', { body: await readFile(require.resolve('element-plus/dist/index.css'), 'utf8'), type: CSS });
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

export async function prepareHeldout7(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT7_PAGES, htmlFor, assets: await assets() });
}
