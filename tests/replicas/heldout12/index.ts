/**
 * Generation 12, RETIRED into tuning (see pages.ts): written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier build of the same step (zoo, providers,
 * generations 1–11) in (platform, step, library) and in layout, with wordings and widget shapes not used for
 * that step before. Each build is one page at the platform's real filing URL (Alibaba, new 公安, old 公安
 * over http, the Baidu AI Cloud and Volcengine consoles), picked by the replica-only query parameter
 * `replicaBuild=heldout12-…`; assets live under /__heldout12/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - tdesign-app.tsx   React 19 + TDesign React 1.18 + tdesign.min.css (the whole sheet: its theme tokens)
 *  - arco-app.tsx      React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66 + arco.min.css
 *  - tea-app.tsx       React 18 (same aliases: Tea calls ReactDOM.findDOMNode) + Tea 2.8 + tea.css
 *  - native.ts         the old portal's server-rendered 网站基本信息 page (inline script; its linked region <select>s
 *                      load each level from /__heldout12/areas?parent=<code> like the portal's AJAX) and the HTML
 *                      shells of the library builds
 *
 * Every request that is not a gen-12 page or asset goes on with route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX } from './common';
import { areasJson, oldSiteHtml, shellHtml } from './native';
import { B, HELDOUT12_PAGES } from './pages';

export { HELDOUT12_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunSubject]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSite]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunUpload]: '资料上传及真实性核验 - ICP代备案管理系统 - 阿里云',
  [B.mpsSubject]: '开办主体 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsPrincipal]: '网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台',
  [B.baiduSubject]: '填写主办者信息 - ICP备案 - 百度智能云',
  [B.volcengineBasic]: '首次备案 - 备案 - 火山引擎',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 12 (built once per process, one at a time: esbuild takes every core). */
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
      await app('tdesign', 'tdesign-app.tsx', {}, 'tdesign-react/dist/tdesign.min.css');
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, '@arco-design/web-react/dist/css/arco.min.css');
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, 'tea-component/dist/tea.css');
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

export async function prepareHeldout12(): Promise<ZooBundle> {
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT12_PAGES, htmlFor, assets: await assets(), api: (name, u) => (name === 'areas' ? { type: 'application/json; charset=utf-8', body: areasJson(u.searchParams.get('parent') ?? '') } : undefined) });
}
