/**
 * Serving a set of replica builds made with the common libraries (antd, Fusion Next, Element Plus, plain
 * HTML) from one folder: the held-out sets (heldout/, heldout2/) share this. A folder holds `antd-app.tsx`
 * (React 19 + antd 6), `fusion-app.tsx` (React 18 through the npm aliases react-18 / react-dom-18 +
 * Fusion Next and its stylesheet) and `vue-app.ts` (Vue 3 runtime compiler + Element Plus and its
 * stylesheet); each page's HTML comes from the folder (a shell loading its library bundle, or a native
 * page). Bundles go through the shared disk cache (bundle-cache.ts); nothing comes from the network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Route } from '@playwright/test';
import { bundleJs } from './bundle-cache';
import type { ZooBundle, ZooPage } from './zoo/contract';

const require = createRequire(import.meta.url);

/** Fusion's stylesheet points its icon font at alicdn.com: use local() and plain-text icon stand-ins. */
export function offlineNextCss(css: string): string {
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
const built = new Map<string, Promise<Assets>>();

/** The three library bundles of a folder and the two stylesheets (built once per folder). */
function assetsOf(dir: string): Promise<Assets> {
  let a = built.get(dir);
  if (!a) {
    const bundle = (entry: string, extra: Parameters<typeof bundleJs>[2] = {}) => bundleJs(dir, entry, { platform: 'browser', ...extra });
    a = (async () => {
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
    a.catch(() => built.delete(dir));
    built.set(dir, a);
  }
  return a;
}

/** An HTML page that loads one library bundle (and its stylesheet) from the set's asset prefix. */
export const shell = (prefix: string, title: string, script: string, css: string | null) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
${css ? `<link rel="stylesheet" href="${prefix}${css}">` : ''}
</head>
<body>
<div id="app"></div>
<script src="${prefix}${script}"></script>
</body>
</html>`;

/** The shell for a page of one of the three libraries. */
export function libraryShell(prefix: string, page: ZooPage, title: string): string {
  if (page.library === 'antd') return shell(prefix, title, 'antd.js', null);
  if (page.library === 'fusion-next') return shell(prefix, title, 'fusion.js', 'next.css');
  return shell(prefix, title, 'vue.js', 'element-plus.css');
}

/** A file a set serves under its asset prefix. */
export interface Asset { body: string; type: string }

/**
 * Serve `pages` at their real URLs (picked by replicaBuild) with `assets` under `prefix` on the same hosts (and
 * `api` answering what is no file: a region API), each asset only on a host that serves the set's pages; every
 * other request goes on with route.fallback().
 */
export function serveBuilds(opts: {
  prefix: string; pages: ZooPage[]; htmlFor: (page: ZooPage) => string; assets: ReadonlyMap<string, Asset>;
  api?: (name: string, url: URL) => Asset | undefined;
}): ZooBundle {
  const byBuild = new Map(opts.pages.map((p) => [p.build, p]));
  const hosts = new Set(opts.pages.map((p) => new URL(p.url).origin));
  const serve = async (route: Route) => {
    const u = new URL(route.request().url());
    if (u.pathname.startsWith(opts.prefix)) {
      const name = u.pathname.slice(opts.prefix.length);
      const a = opts.assets.get(name) ?? opts.api?.(name, u);
      return a ? route.fulfill({ status: 200, contentType: a.type, body: a.body }) : route.fulfill({ status: 404, body: 'not found' });
    }
    const page = byBuild.get(u.searchParams.get('replicaBuild') ?? '');
    if (!page || new URL(page.url).origin !== u.origin || new URL(page.url).pathname !== u.pathname) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: opts.htmlFor(page) });
  };
  return {
    pages: opts.pages,
    async route(context: BrowserContext) {
      for (const origin of hosts) await context.route(`${origin}/**`, serve);
    },
  };
}

/** The common libraries' folder (antd.js, fusion.js, vue.js and their stylesheets) served as one set. */
export async function libraryBundle(opts: { dir: string; prefix: string; pages: ZooPage[]; htmlFor: (page: ZooPage) => string }): Promise<ZooBundle> {
  const a = await assetsOf(opts.dir);
  const js = (body: string): Asset => ({ body, type: 'text/javascript; charset=utf-8' });
  const css = (body: string): Asset => ({ body, type: 'text/css; charset=utf-8' });
  const assets = new Map([['antd.js', js(a.antd)], ['fusion.js', js(a.fusion)], ['vue.js', js(a.vue)], ['next.css', css(a.nextCss)], ['element-plus.css', css(a.elementCss)]]);
  return serveBuilds({ ...opts, assets });
}
