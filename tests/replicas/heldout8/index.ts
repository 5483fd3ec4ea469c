/**
 * Generation 8, RETIRED into tuning (see pages.ts): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone,
 * never tuned against, and different from every earlier build of the same step (zoo, providers,
 * generations 1–7) in library + layout, with wordings and widget shapes not used for that step before.
 * Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安 over http, Tencent
 * Cloud and Huawei Cloud consoles), picked by the replica-only query parameter `replicaBuild=heldout8-…`;
 * assets live under /__heldout8/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - antd-app.tsx      React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx    React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts        Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - tea-app.tsx       React 18 + Tea (tea-component calls findDOMNode, gone in React 19) + tea.css
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny (its components import their theme CSS: collected by esbuild)
 *  - native.ts         the old portal's server-rendered page (inline script) and the HTML shells
 *
 * Every request that is not a gen-8 page or asset goes on with route.fallback().
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
import { B, HELDOUT8_PAGES } from './pages';

export { HELDOUT8_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunUpload]: '上传资料 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubject]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.tencentSubject]: '网站备案 - 控制台 - 腾讯云',
  [B.huaweiSite]: '备案中心 - 华为云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const VUE_DEFINE = {
  __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"',
};
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' } as const;

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 8 (built once per process, one at a time: esbuild takes every core). */
function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      const pick = (files: { path: string; text: string }[], ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
      m.set('antd.js', { body: await bundleJs(here, 'antd-app.tsx'), type: JS });
      m.set('fusion.js', { body: await bundleJs(here, 'fusion-app.tsx', { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } }), type: JS });
      m.set('vue.js', { body: await bundleJs(here, 'vue-app.ts', { alias: { vue: 'vue/dist/vue.esm-bundler.js' }, define: VUE_DEFINE }), type: JS });
      const tea = await bundleApp(here, 'tea-app.tsx', { outdir: '/out', loader: FONT_LOADERS, alias: { react: 'react-18', 'react-dom': 'react-dom-18' } });
      m.set('tea.js', { body: pick(tea, '.js'), type: JS });
      m.set('tea.css', { body: (await readFile(require.resolve('tea-component/dist/tea.css'), 'utf8')) + pick(tea, '.css'), type: CSS });
      const tiny = await bundleApp(here, 'opentiny-app.ts', {
        outdir: '/out', loader: FONT_LOADERS, alias: { vue: 'vue/dist/vue.esm-bundler.js' }, define: { ...VUE_DEFINE, 'process.env': '{}' },
      });
      m.set('opentiny.js', { body: pick(tiny, '.js'), type: JS });
      m.set('opentiny.css', { body: pick(tiny, '.css'), type: CSS });
      m.set('next.css', { body: offlineNextCss(await readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8')), type: CSS });
      m.set('element-plus.css', { body: await readFile(require.resolve('element-plus/dist/index.css'), 'utf8'), type: CSS });
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

export async function prepareHeldout8(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT8_PAGES, htmlFor, assets: await assets() });
}
