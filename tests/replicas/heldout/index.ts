/**
 * Generation-1 held-out replica builds, RETIRED into tuning (see pages.ts; generation 2 in ../heldout2 is
 * the held-out set): written from /work/shared/domain/FORMS.md and docs/profile.example.json alone. Each build is one page at the platform's real filing URL, picked by the
 * replica-only query parameter `replicaBuild=heldout-…`; assets live under /__heldout/ on the same host.
 *
 * Bundles (esbuild, in memory, no network):
 *  - antd-app.tsx   React 19 + antd 6 (CSS-in-JS)
 *  - fusion-app.tsx React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 + its stylesheet
 *  - vue-app.ts     Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet
 *  - native.ts      plain HTML with a small inline script (no bundle)
 *
 * Register the routes AFTER the tuning bundles' routes: Playwright runs the newest handler first, and
 * every request that is not a held-out page or asset goes on with route.fallback().
 */
import type { BuildOptions } from 'esbuild';
import { bundleJs } from '../bundle-cache';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { HELDOUT_PAGES } from './pages';
import { aliyunSubjectPersonHtml, mpsPrincipalHtml, oldPortalSiteHtml } from './native';

export { HELDOUT_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);
const PREFIX = '/__heldout/';

const bundle = (entry: string, extra: BuildOptions = {}) => bundleJs(here, entry, { platform: 'browser', ...extra });

/** Fusion's stylesheet points its icon font at alicdn.com: use local() and plain-text icon stand-ins. */
function offlineNextCss(css: string): string {
  const fonts = css.replace(/url\("?\/\/[^)"]*alicdn\.com[^)"]*"?\)(\s*format\("[^"]*"\))?/g, 'local("NextIcon-offline")');
  const icons: Record<string, string> = {
    'arrow-down': '\\25BE', 'arrow-up': '\\25B4', 'arrow-right': '\\203A', 'arrow-left': '\\2039', 'arrow-double-left': '\\00AB',
    'arrow-double-right': '\\00BB', close: '\\00D7', select: '\\2713', add: '+', calendar: '\\25A6', loading: '\\25CC', error: '\\2715',
    success: '\\2713', 'success-filling': '\\2714', warning: '!', prompt: 'i', help: '?', eye: '\\25C9', ashbin: '\\2716', picture: '\\25A3',
    upload: '\\21EA', attachment: '\\2398',
  };
  const rules = Object.entries(icons).map(([k, c]) => `.next-icon-${k}:before{content:"${c}"!important}`).join('');
  return `${fonts}\n.next-icon{font-family:NextIcon,"DejaVu Sans",sans-serif}${rules}\n`;
}

interface Assets { antd: string; fusion: string; vue: string; nextCss: string; elementCss: string }
let assets: Promise<Assets> | null = null;

function buildAssets(): Promise<Assets> {
  assets ??= (async () => {
    const [antd, fusion, vue, nextCss, elementCss] = await Promise.all([
      bundle('antd-app.tsx'),
      bundle('fusion-app.tsx', { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } }),
      bundle('vue-app.ts', {
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          'process.env.NODE_ENV': '"production"',
        },
      }),
      readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8').then(offlineNextCss),
      readFile(require.resolve('element-plus/dist/index.css'), 'utf8'),
    ]);
    return { antd, fusion, vue, nextCss, elementCss };
  })();
  assets.catch(() => (assets = null));
  return assets;
}

const TITLES: Record<string, string> = {
  aliyun: 'ICP代备案管理系统 - 阿里云',
  mps: '全国互联网安全管理服务平台',
  'beian-old': '全国互联网安全管理服务平台',
  miit: 'ICP/IP地址/域名信息备案管理系统',
};

const shell = (title: string, script: string, css: string | null) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
${css ? `<link rel="stylesheet" href="${PREFIX}${css}">` : ''}
</head>
<body>
<div id="app"></div>
<script src="${PREFIX}${script}"></script>
</body>
</html>`;

function htmlFor(page: ZooPage): string {
  const title = TITLES[page.platform] ?? '';
  switch (page.build) {
    case 'heldout-aliyun-subject-person-table': return aliyunSubjectPersonHtml();
    case 'heldout-mps-principal-fieldset': return mpsPrincipalHtml();
    case 'heldout-beian-old-site-table': return oldPortalSiteHtml();
  }
  if (page.library === 'antd') return shell(title, 'antd.js', null);
  if (page.library === 'fusion-next') return shell(title, 'fusion.js', 'next.css');
  return shell(title, 'vue.js', 'element-plus.css');
}

export async function prepareHeldout(): Promise<ZooBundle> {
  const a = await buildAssets();
  const byBuild = new Map(HELDOUT_PAGES.map((p) => [p.build, p]));
  const hosts = new Set(HELDOUT_PAGES.map((p) => new URL(p.url).origin));

  const serve = async (route: Route) => {
    const u = new URL(route.request().url());
    if (u.pathname.startsWith(PREFIX)) {
      const js = (body: string) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
      const css = (body: string) => route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body });
      switch (u.pathname.slice(PREFIX.length)) {
        case 'antd.js': return js(a.antd);
        case 'fusion.js': return js(a.fusion);
        case 'vue.js': return js(a.vue);
        case 'next.css': return css(a.nextCss);
        case 'element-plus.css': return css(a.elementCss);
      }
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const page = byBuild.get(u.searchParams.get('replicaBuild') ?? '');
    if (!page || new URL(page.url).origin !== u.origin || new URL(page.url).pathname !== u.pathname) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: htmlFor(page) });
  };

  return {
    pages: HELDOUT_PAGES,
    async route(context: BrowserContext) {
      for (const origin of hosts) await context.route(`${origin}/**`, serve);
    },
  };
}
