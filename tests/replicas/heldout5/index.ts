/**
 * Generation 5, RETIRED into tuning (see pages.ts). Written from /work/shared/domain/FORMS.md and
 * docs/profile.example.json alone, before the engine was tuned to it, and different from every earlier build of the
 * same step (zoo, provider consoles, generations 1–4) in library + layout, with wordings and widget shapes
 * not used for that step before. Each build is one page at the platform's real filing URL (or the
 * provider's console URL), picked by the replica-only query parameter `replicaBuild=heldout5-…`; assets
 * live under /__heldout5/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, bundle-cache.ts; no network), one per library:
 *  - tea-app.tsx       React 18 (npm aliases react-18 / react-dom-18) + Tea (tea-component) — Tencent
 *  - opentiny-app.ts   Vue 3 (runtime compiler) + OpenTiny (@opentiny/vue) — Huawei
 *  - arco-app.tsx      React 19 + Arco Design (@arco-design/web-react) — Volcengine
 *  - vue-app.ts        Vue 3 (runtime compiler) + Element Plus — Baidu, and the 公安 负责人 table
 *  - antd-app.tsx      React 19 + antd 6 (CSS-in-JS) — Alibaba's site modal, the long 公安 form
 *  - fusion-app.tsx    React 18 (npm aliases) + Fusion Next — Alibaba's placeholder-labelled subject page
 *
 * Every request that is not a gen-5 page or asset goes on with route.fallback().
 */
import type { BuildOptions } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { type Asset, offlineNextCss, serveBuilds } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { HELDOUT5_PAGES } from './pages';

export { HELDOUT5_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

type Lib = 'tea' | 'opentiny' | 'arco' | 'vue' | 'antd' | 'fusion';
/** The bundle each page's library lives in. */
const LIB_OF: Record<ZooPage['library'], Lib | undefined> = {
  tea: 'tea', opentiny: 'opentiny', arco: 'arco', 'element-plus': 'vue', antd: 'antd', 'fusion-next': 'fusion', tdesign: undefined, 'server-rendered': undefined,
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const VUE: BuildOptions = {
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    'process.env.NODE_ENV': '"production"', 'process.env': '{}',
  },
};
const REACT18: BuildOptions = { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } };

async function bundle(entry: string, extra: BuildOptions = {}): Promise<{ js: string; css: string }> {
  const files = await bundleApp(here, entry, {
    outdir: '/out', // in memory; names the CSS output next to the JS
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
    ...extra,
  });
  const of = (ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
  return { js: of('.js'), css: of('.css') };
}
const css = (spec: string) => readFile(require.resolve(spec), 'utf8');

const LIBRARIES: Record<Lib, () => Promise<[string, string]>> = {
  tea: async () => {
    const [b, c] = await Promise.all([bundle('tea-app.tsx', REACT18), css('tea-component/dist/tea.css')]);
    return [b.js, c + b.css];
  },
  opentiny: async () => {
    const b = await bundle('opentiny-app.ts', VUE);
    return [b.js, b.css];
  },
  arco: async () => {
    const [b, c] = await Promise.all([bundle('arco-app.tsx'), css('@arco-design/web-react/dist/css/arco.min.css')]);
    return [b.js, c + b.css];
  },
  vue: async () => {
    const [b, c] = await Promise.all([bundle('vue-app.ts', VUE), css('element-plus/dist/index.css')]);
    return [b.js, c + b.css];
  },
  antd: async () => {
    const b = await bundle('antd-app.tsx');
    return [b.js, b.css];
  },
  fusion: async () => {
    const [b, c] = await Promise.all([bundle('fusion-app.tsx', REACT18), css('@alifd/next/dist/next.min.css')]);
    return [b.js, offlineNextCss(c) + b.css];
  },
};

const built = new Map<Lib, Promise<[string, string]>>();
/** The libraries' bundles, built one at a time (esbuild takes every core), once per process. */
async function buildAll(libs: Lib[]): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const lib of libs) {
    let p = built.get(lib);
    if (!p) {
      p = LIBRARIES[lib]();
      built.set(lib, p);
      p.catch(() => built.delete(lib));
    }
    const [js, style] = await p;
    assets.set(`${lib}.js`, { body: js, type: JS });
    assets.set(`${lib}.css`, { body: style, type: CSS });
  }
  return assets;
}

/* ------------------------------------------------------------------ pages */

const TITLES: Record<string, string> = {
  tencent: '网站备案 - 控制台 - 腾讯云',
  huawei: '备案中心 - 华为云',
  volcengine: '备案管理 - 火山引擎控制台',
  baidu: 'ICP备案 - 百度智能云控制台',
  aliyun: 'ICP代备案管理系统 - 阿里云',
  mps: '新办网站申请 - 全国互联网安全管理服务平台',
};

/** Each console's own chrome (top bar and page frame); the widgets are styled by their library. */
const CHROME: Record<string, string> = {
  tencent: '<header class="h5-top"><b>腾讯云</b><span>控制台</span><span>云产品</span><span class="h5-top-r">网站备案</span></header>',
  huawei: '<header class="h5-top"><b>华为云</b><span>控制台</span><span>备案中心</span><span class="h5-top-r">简体中文</span></header>',
  volcengine: '<header class="h5-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span class="h5-top-r">费用 · 工单</span></header>',
  baidu: '<header class="h5-top"><b>百度智能云</b><span>控制台总览</span><span>ICP备案</span><span class="h5-top-r">帮助文档</span></header>',
  aliyun: '<header class="h5-top"><b>阿里云</b><span>ICP代备案管理系统</span><span class="h5-top-r">我的备案 · 帮助</span></header>',
  mps: '<header class="h5-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span class="h5-top-r">退出登录</span></header>',
};

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.h5-top { height: 50px; display: flex; align-items: center; gap: 20px; padding: 0 20px; color: #fff; font-size: 14px; }
.h5-top b { font-size: 17px; } .h5-top-r { margin-left: auto; opacity: .8; }
.p-tencent .h5-top { background: #242933; } .p-huawei .h5-top { background: #252b3a; } .p-volcengine .h5-top { background: #1d2129; }
.p-baidu .h5-top { background: #2468f2; } .p-aliyun .h5-top { background: #ff6a00; } .p-mps .h5-top { background: #1a5fb4; }
.h5-upload { display: flex; align-items: center; gap: 10px; } .h5-upload-name { color: #666; font-size: 12px; }
.h5-captcha { display: flex; align-items: center; gap: 10px; }
.h5-captcha-img { display: inline-block; padding: 4px 12px; background: repeating-linear-gradient(45deg, #dde, #dde 4px, #eef 4px, #eef 8px); font: italic 700 18px serif; letter-spacing: 3px; color: #445; user-select: none; }
.h5-help { color: #888; font-size: 12px; line-height: 1.6; margin-top: 4px; }
`;

function htmlFor(page: ZooPage): string {
  const lib = LIB_OF[page.library]!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${TITLES[page.platform] ?? ''}</title>
<link rel="stylesheet" href="${PREFIX}${lib}.css">
<style>${CHROME_CSS}</style>
</head>
<body class="p-${page.platform}">
${CHROME[page.platform] ?? ''}
<div id="app"></div>
<script src="${PREFIX}${lib}.js"></script>
</body>
</html>`;
}

/** Build and serve every gen-5 page at its real URL; everything else goes on with route.fallback(). */
export async function prepareHeldout5(): Promise<ZooBundle> {
  const libs = [...new Set(HELDOUT5_PAGES.map((p) => LIB_OF[p.library]!))];
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT5_PAGES, htmlFor, assets: await buildAll(libs) });
}
