/**
 * Replicas of the other providers' ICP filing consoles (FORMS.md §1.10): Tencent Cloud (TDesign, one step
 * in Tea), Huawei Cloud (OpenTiny on Vue 3), Volcengine (Arco) and Baidu AI Cloud (library unknown: antd).
 * Every step page is one build of spec.ts, served at the provider's real filing URL with the
 * replica-only parameter `replicaBuild=<id>`; each library's app is bundled once, in memory, with esbuild.
 * Routes are meant to be registered after the other replicas' routes: anything that is not one of these
 * builds or their assets goes on with route.fallback().
 */
import type { BuildOptions } from 'esbuild';
import { bundleApp } from '../bundle-cache';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import type { Expectation, ZooBundle, ZooPage } from '../zoo/contract';
import { PROV_BUILDS, PROVIDER_URLS, fieldsOf, urlOf, type ProvBuild, type ProvLibrary, type Provider } from './spec';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);
const ASSETS = '/__prov-replica/';

const PROVIDER_NAMES: Record<Provider, string> = { tencent: '腾讯云', huawei: '华为云', volcengine: '火山引擎', baidu: '百度智能云' };

/** The zoo contract's view of a build: the expectation of every field and button counter. */
function zooPage(b: ProvBuild): ZooPage {
  const expect: Record<string, Expectation> = {};
  for (const f of fieldsOf(b)) expect[f.key] = { label: f.label, ...f.expect };
  for (const b2 of b.buttons) if (b2.counter) expect[b2.counter] = { label: b2.label, untouched: true };
  return {
    id: b.build,
    build: b.build,
    set: 'tuning',
    platform: b.provider,
    step: b.step,
    ...(b.variant ? { variant: b.variant } : {}),
    library: b.library,
    url: urlOf(b),
    title: `${PROVIDER_NAMES[b.provider]} · ${b.steps[b.current]}${b.variant ? `（${b.variant}）` : ''}${b.library === 'tea' ? '（Tea）' : ''}`,
    about: b.about,
    entity: b.entity,
    expect,
  };
}

export const PROV_PAGES: ZooPage[] = PROV_BUILDS.map(zooPage);

/* ------------------------------------------------------------------ bundles */

interface Asset { body: string; type: string }
type Assets = Map<string, Asset>;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

async function bundle(entry: string, extra: BuildOptions = {}): Promise<{ js: string; css: string }> {
  const files = await bundleApp(here, entry, {
    outdir: '/out', // in memory; names the CSS output next to the JS
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
    ...extra,
  });
  const file = (ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
  return { js: file('.js'), css: file('.css') };
}

const css = (spec: string) => readFile(require.resolve(spec), 'utf8');

const LIBRARIES: Record<ProvLibrary, () => Promise<Asset[]>> = {
  // the whole stylesheet (theme tokens included); the ES modules' own CSS imports lack the tokens
  tdesign: async () => {
    const [b, c] = await Promise.all([bundle('tdesign-app.tsx'), css('tdesign-react/dist/tdesign.min.css')]);
    return [{ body: b.js, type: JS }, { body: c, type: CSS }];
  },
  // Tea calls ReactDOM.findDOMNode (DomRef, ThemeProvider), removed in React 19: React 18 through the npm aliases.
  tea: async () => {
    const [b, c] = await Promise.all([bundle('tea-app.tsx', { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } }), css('tea-component/dist/tea.css')]);
    return [{ body: b.js, type: JS }, { body: c + b.css, type: CSS }];
  },
  arco: async () => {
    const [b, c] = await Promise.all([bundle('arco-app.tsx'), css('@arco-design/web-react/dist/css/arco.min.css')]);
    return [{ body: b.js, type: JS }, { body: c + b.css, type: CSS }];
  },
  antd: async () => {
    const b = await bundle('antd-app.tsx');
    return [{ body: b.js, type: JS }, { body: b.css, type: CSS }];
  },
  // OpenTiny's components import their theme CSS themselves: esbuild collects it into the CSS output.
  opentiny: async () => {
    const b = await bundle('opentiny-app.ts', {
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: {
        __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        'process.env.NODE_ENV': '"production"', 'process.env': '{}',
      },
    });
    return [{ body: b.js, type: JS }, { body: b.css, type: CSS }];
  },
};

const built = new Map<ProvLibrary, Promise<Asset[]>>();

/** Each library's app, bundled once per process (one library at a time: esbuild takes every core). */
async function buildAll(libs: ProvLibrary[]): Promise<Assets> {
  const assets: Assets = new Map();
  for (const lib of libs) {
    let p = built.get(lib);
    if (!p) {
      p = LIBRARIES[lib]();
      built.set(lib, p);
      p.catch(() => built.delete(lib));
    }
    const [js, style] = await p;
    assets.set(`${lib}.js`, js!);
    assets.set(`${lib}.css`, style!);
  }
  return assets;
}

/* ------------------------------------------------------------------ pages */

/** Each console's own chrome (top bar, cards, action bar); the widgets are styled by their library. */
const CONSOLE_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.tc-topbar { height: 50px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.tc-logo { font-weight: 600; font-size: 17px; }
.tc-product { font-size: 14px; opacity: .85; }
.tc-body { max-width: 1000px; margin: 0 auto; padding: 16px 24px 80px; }
.tc-title { font-size: 20px; font-weight: 500; margin: 8px 0 16px; }
.tc-steps { background: #fff; padding: 16px 24px; margin-bottom: 16px; }
.tc-card { background: #fff; padding: 16px 32px 8px; margin-bottom: 16px; }
.tc-card-title { font-size: 15px; font-weight: 600; margin: 0 0 16px; padding-left: 8px; border-left: 3px solid currentColor; }
.tc-actions { display: flex; gap: 12px; padding: 16px 0; }
.tc-help { color: #888; font-size: 12px; margin-top: 4px; }
.tc-field { max-width: 460px; }
.p-tencent .tc-topbar { background: #242933; } .p-tencent .tc-card-title { color: #0052d9; }
.p-huawei .tc-topbar { background: #191919; } .p-huawei .tc-card-title { color: #c7000b; }
.p-volcengine .tc-topbar { background: #1d2129; } .p-volcengine .tc-card-title { color: #165dff; }
.p-baidu .tc-topbar { background: #2468f2; } .p-baidu .tc-card-title { color: #2468f2; }
`;

const TITLES: Record<Provider, string> = {
  tencent: '网站备案 - 控制台 - 腾讯云',
  huawei: '备案中心 - 华为云',
  volcengine: '备案管理 - 火山引擎',
  baidu: 'ICP备案 - 百度智能云控制台',
};

const shell = (b: ProvBuild) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[b.provider]}</title>
<!-- replica ${b.build}: ${b.about.replace(/--/g, '-')}. ${b.note.replace(/--/g, '-')} -->
<link rel="stylesheet" href="${ASSETS}${b.library}.css">
<style>${CONSOLE_CSS}</style>
<script>window.__PROV__ = ${JSON.stringify(b).replace(/</g, '\\u003c')};</script>
</head>
<body class="p-${b.provider}">
<div id="app"></div>
<script src="${ASSETS}${b.library}.js"></script>
</body>
</html>`;

/** Is this URL inside the provider's filing section this build is served at? */
function inSection(u: URL, b: ProvBuild): boolean {
  const base = new URL(b.base ?? PROVIDER_URLS[b.provider]);
  if (u.origin !== base.origin) return false;
  const prefix = base.pathname.replace(/\/$/, '');
  return prefix === '' || u.pathname === prefix || u.pathname.startsWith(`${prefix}/`);
}

/** Build and serve every provider page (or only those of some libraries, for quick runs). */
export async function prepareProviders(only?: readonly ProvLibrary[]): Promise<ZooBundle> {
  const builds = PROV_BUILDS.filter((b) => !only || only.includes(b.library));
  const assets = await buildAll([...new Set(builds.map((b) => b.library))]);
  const origins = [...new Set(builds.map((b) => new URL(b.base ?? PROVIDER_URLS[b.provider]).origin))];
  const serve = (route: Route) => {
    const u = new URL(route.request().url());
    if (u.pathname.startsWith(ASSETS)) {
      const a = assets.get(u.pathname.slice(ASSETS.length));
      return a ? route.fulfill({ status: 200, contentType: a.type, body: a.body }) : route.fulfill({ status: 404, body: 'not found' });
    }
    const b = builds.find((x) => x.build === u.searchParams.get('replicaBuild'));
    if (b && inSection(u, b)) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shell(b) });
    return route.fallback();
  };
  return {
    pages: PROV_PAGES.filter((p) => builds.some((b) => b.build === p.build)),
    async route(context: BrowserContext) {
      for (const o of origins) await context.route(`${o}/**`, serve);
    },
  };
}
