/**
 * The replica zoo: every step of every filing platform in several builds (library × layout × wording × widget
 * choices), generated from ONE data spec per step (./spec.ts) and one renderer per library (./native.ts,
 * ./element.ts, ./antd.tsx, ./fusion.tsx). Each renderer is bundled once in memory with esbuild; the page
 * picks its build at run time from `window.__ZOO__` (the render plan this module writes into the HTML).
 *
 * Pages are served at the real filing URLs with the replica-only parameter `replicaBuild=zoo-…`; assets live
 * under /__zoo/. Every other request goes on with route.fallback().
 */
import type { BuildOptions } from 'esbuild';
import { bundleJs } from '../bundle-cache';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import { REGIONS } from '../mps/regions';
import type { ZooBundle, ZooPage } from './contract';
import { BUILDS, ENTITY_OF, regionSubset, type ResolvedBuild } from './builds';
import type { Library, Plan } from './plan';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);

export { BUILDS } from './builds';

const ENTRY: Record<Library, { file: string; js: string; css?: string; extra?: BuildOptions }> = {
  'server-rendered': { file: 'native.ts', js: 'native.js' },
  'element-plus': {
    file: 'element.ts', js: 'element.js', css: 'element.css',
    extra: {
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"' },
    },
  },
  antd: { file: 'antd.tsx', js: 'antd.js' },
  // Fusion Next needs React 18 (findDOMNode): the whole bundle runs on the npm aliases
  'fusion-next': { file: 'fusion.tsx', js: 'fusion.js', css: 'fusion.css', extra: { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } } },
};

const bundle = (file: string, extra: BuildOptions = {}) => bundleJs(here, file, extra);

/**
 * Fusion's stylesheet loads its icon font from alicdn.com, unreachable offline: point it at local() and give the
 * icons text stand-ins (the same treatment as tests/replicas/aliyun/index.ts, whose helper is not exported).
 */
const ICON_STANDINS: Record<string, string> = {
  'arrow-down': '\\25BE', 'arrow-up': '\\25B4', 'arrow-right': '\\203A', 'arrow-left': '\\2039', 'arrow-double-left': '\\00AB',
  'arrow-double-right': '\\00BB', close: '\\00D7', select: '\\2713', 'semi-select': '\\2013', add: '+', calendar: '\\25A6',
  loading: '\\25CC', error: '\\2715', success: '\\2713', 'success-filling': '\\2714', warning: '!', prompt: 'i', help: '?',
  eye: '\\25C9', ashbin: '\\2716', picture: '\\25A3', upload: '\\21EA', clock: '\\25F7', search: '\\2315', attachment: '\\2398',
};
function offlineFusionCss(css: string): string {
  const fonts = css.replace(/url\("?\/\/[^)"]*alicdn\.com[^)"]*"?\)(\s*format\("[^"]*"\))?/g, 'local("NextIcon-offline")');
  const icons = Object.entries(ICON_STANDINS).map(([k, v]) => `.next-icon-${k}:before{content:"${v}"!important}`).join('');
  return `${fonts}\n.next-icon{font-family:NextIcon,"DejaVu Sans",sans-serif}${icons}\n`;
}

interface Assets {
  js: Record<string, string>;
  css: Record<string, string>;
}
let assets: Promise<Assets> | null = null;

function buildAssets(): Promise<Assets> {
  assets ??= (async () => {
    const libs = Object.keys(ENTRY) as Library[];
    const [jsList, elementCss, fusionCss] = await Promise.all([
      Promise.all(libs.map((l) => bundle(ENTRY[l].file, ENTRY[l].extra))),
      readFile(require.resolve('element-plus/dist/index.css'), 'utf8'),
      readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8').then(offlineFusionCss),
    ]);
    const js: Record<string, string> = {};
    libs.forEach((l, i) => (js[ENTRY[l].js] = jsList[i]!));
    return { js, css: { 'element.css': elementCss, 'fusion.css': fusionCss, 'zoo.css': ZOO_CSS } };
  })();
  assets.catch(() => (assets = null));
  return assets;
}

/* ------------------------------------------------------------------ page chrome */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ZOO_CSS = `
html, body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; }
body.site-aliyun { background: #f5f5f6; } body.site-mps { background: #f0f2f5; } body.site-miit { background: #f7f7f7; } body.site-beian-old { background: #f3f3f3; font-size: 12px; }
.zoo-topbar { height: 50px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; padding: 0 20px; gap: 16px; }
.zoo-topbar .logo { color: #ff6a00; font-weight: 600; font-size: 18px; }
.zoo-mps-header { display: flex; align-items: center; height: 64px; padding: 0 24px; background: linear-gradient(90deg, #0b3d91, #1761c4); color: #fff; }
.zoo-mps-header .logo { font-size: 20px; font-weight: 600; } .zoo-mps-header nav { margin-left: 48px; display: flex; gap: 28px; }
.zoo-miit-header { display: flex; align-items: center; height: 72px; padding: 0 40px; background: #fff; border-bottom: 3px solid #c7000b; }
.zoo-miit-header .logo { font-size: 22px; font-weight: 600; color: #c7000b; } .zoo-miit-header nav { margin-left: 48px; display: flex; gap: 28px; }
.zoo-old-header { height: 80px; background: #1d5a9e; color: #fff; font-size: 24px; font-weight: bold; line-height: 80px; padding-left: 30px; }
.zoo-body { max-width: 1100px; margin: 0 auto; padding: 16px 24px 60px; }
.zoo-crumb { color: #888; margin-bottom: 10px; }
.zoo-card { background: #fff; padding: 20px 32px; border: 1px solid #eceef1; }
.zoo-steps { display: flex; gap: 0; margin: 0 0 20px; counter-reset: st; }
.zoo-steps li { list-style: none; flex: 1; color: #999; border-top: 3px solid #e3e6ea; padding-top: 6px; font-size: 13px; }
.zoo-steps li.done { color: #555; border-color: #9dc1ee; } .zoo-steps li.cur { color: #0064c8; border-color: #0064c8; font-weight: 600; }
.zoo-heading { font-size: 18px; font-weight: 500; margin: 0 0 16px; }
.zoo-section { font-size: 14px; font-weight: 600; border-left: 3px solid #0064c8; padding-left: 8px; margin: 22px 0 12px; }
.zoo-actions { display: flex; gap: 12px; padding: 16px 0 0; border-top: 1px solid #eee; margin-top: 16px; }
.zoo-hint { color: #888; font-size: 12px; margin-top: 4px; line-height: 1.5; }
.zoo-req { color: #f5222d; margin-right: 4px; }
.zoo-sep { margin: 0 8px; color: #666; }
.zoo-validity { display: inline-flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.zoo-detail { margin-top: 8px; }
.zoo-region-selects { display: inline-flex; gap: 8px; }
.zoo-domain-row { display: flex; gap: 8px; margin-bottom: 8px; align-items: center; }
.zoo-notice { border: 1px solid #ebeef5; padding: 4px 16px; line-height: 1.8; margin-bottom: 16px; background: #fafafa; }
.zoo-table { width: 100%; border-collapse: collapse; }
.zoo-table td { border: 1px solid #dfe3e8; padding: 8px 10px; vertical-align: middle; }
.zoo-table-label { width: 200px; background: #f6f8fa; text-align: right; white-space: nowrap; }
.zoo-table-section { background: #e8eef7; font-weight: 600; }
.zoo-upload-name { color: #555; margin-left: 8px; }
/* native */
.n-form .n-row { display: flex; align-items: flex-start; margin: 10px 0; }
.n-form .n-label { width: 200px; flex: none; text-align: right; padding: 4px 12px 0 0; color: #555; }
.n-sections .n-row { flex-direction: column; } .n-sections .n-label { text-align: left; width: auto; padding: 0 0 4px; }
.n-heading { font-size: 15px; border-bottom: 1px solid #ddd; padding-bottom: 6px; margin: 24px 0 8px; }
.n-fieldset { border: 1px solid #dde3ea; margin: 0 0 16px; padding: 4px 16px 8px; } .n-fieldset legend { font-weight: 600; padding: 0 6px; }
.n-input { width: 320px; height: 26px; border: 1px solid #a9bfd6; padding: 0 6px; } .n-short { width: 170px; }
textarea.n-input { height: auto; } .n-date { height: 26px; }
.n-choice { display: inline-block; margin-right: 14px; line-height: 26px; } .n-checks { max-width: 640px; }
.n-region select { margin-right: 6px; min-width: 120px; height: 26px; } .n-detail { margin-top: 6px; }
.n-tip { color: #999; margin-left: 6px; font-size: 12px; } .n-req { color: #f00; }
.n-table { width: 100%; border-collapse: collapse; } .n-table td { border: 1px solid #d9e3ef; padding: 6px 8px; }
.n-table td.n-label { width: 190px; text-align: right; background: #f1f6fc; white-space: nowrap; } .n-sub-title { background: #dfeaf7; font-weight: bold; }
.n-btn { padding: 4px 16px; } .n-primary { background: #1d5a9e; color: #fff; border: 1px solid #1d5a9e; }
.n-switch input { width: 36px; height: 18px; } .n-multi { min-width: 200px; }
`;

function chrome(p: Omit<Plan, 'regions'>): { top: string; crumb: string } {
  switch (p.site) {
    case 'aliyun':
      return { top: '<div class="zoo-topbar"><span class="logo">阿里云</span><span>ICP代备案管理系统</span></div>', crumb: '<div class="zoo-crumb">ICP代备案管理系统 / 首次备案</div>' };
    case 'mps':
      return { top: '<header class="zoo-mps-header"><div class="logo">全国互联网安全管理服务平台</div><nav><span>首页</span><span>业务办理</span><span>公共查询</span><span>帮助中心</span></nav></header>', crumb: '<div class="zoo-crumb">业务办理 / 网站 / 新办网站申请</div>' };
    case 'miit':
      return { top: '<header class="zoo-miit-header"><div class="logo">ICP/IP地址/域名信息备案管理系统</div><nav><span>首页</span><span>ICP备案查询</span><span>短信核验</span><span>信息公告</span></nav></header>', crumb: '' };
    case 'beian-old':
      return { top: '<div class="zoo-old-header">全国互联网安全管理服务平台</div>', crumb: '<div class="zoo-crumb">当前位置：首页 &gt; 网站备案 &gt; 新办网站申请</div>' };
  }
}

const TITLES: Record<Plan['site'], string> = {
  aliyun: 'ICP代备案管理系统 - 阿里云',
  mps: '全国互联网安全管理服务平台',
  miit: 'ICP/IP地址/域名信息备案管理系统',
  'beian-old': '全国互联网安全管理服务平台 - 新办网站申请',
};

function html(b: ResolvedBuild, regions: unknown): string {
  const p = b.plan;
  const e = ENTRY[p.library];
  const c = chrome(p);
  const steps = p.stepTitles.length
    ? `<ol class="zoo-steps">${p.stepTitles.map((t, i) => `<li class="${i < p.currentStep ? 'done' : i === p.currentStep ? 'cur' : ''}">${i + 1}. ${esc(t)}</li>`).join('')}</ol>`
    : '';
  const data = JSON.stringify({ ...p, regions }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[p.site]}</title>
${e.css ? `<link rel="stylesheet" href="/__zoo/${e.css}">` : ''}
<link rel="stylesheet" href="/__zoo/zoo.css">
</head>
<body class="site-${p.site} lib-${p.library} layout-${p.layout}">
${c.top}
<div class="zoo-body">
${c.crumb}
<div class="zoo-card">
${steps}
<h2 class="zoo-heading">${esc(p.heading)}</h2>
<div id="zoo-root"></div>
</div>
</div>
<script>window.__ZOO__ = ${data};</script>
<script src="/__zoo/${e.js}"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ bundle */

export const ZOO_PAGES: ZooPage[] = BUILDS.map((b) => ({
  id: b.id,
  build: b.id,
  set: 'tuning',
  platform: b.spec.platform,
  step: b.spec.step,
  ...(b.spec.variant ? { variant: b.spec.variant } : {}),
  library: b.def.lib,
  url: b.url,
  title: `${b.spec.title} · ${b.id}`,
  about: b.about,
  entity: ENTITY_OF(b),
  expect: b.expect,
}));

const ORIGINS = ['https://beian.aliyun.com', 'https://beian.mps.gov.cn', 'http://www.beian.gov.cn', 'https://beian.miit.gov.cn'];

export async function prepareZoo(): Promise<ZooBundle> {
  const a = await buildAssets();
  const regions = regionSubset(REGIONS);
  const byId = new Map(BUILDS.map((b) => [b.id, b]));
  const serve = async (route: Route) => {
    const u = new URL(route.request().url());
    if (u.pathname.startsWith('/__zoo/')) {
      const name = u.pathname.slice('/__zoo/'.length);
      if (a.js[name]) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: a.js[name] });
      if (a.css[name]) return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: a.css[name] });
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const id = u.searchParams.get('replicaBuild');
    const b = id?.startsWith('zoo-') ? byId.get(id) : undefined;
    if (!b || route.request().resourceType() !== 'document') return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html(b, regions) });
  };
  return {
    pages: ZOO_PAGES,
    async route(context: BrowserContext) {
      for (const o of ORIGINS) await context.route(`${o}/**`, serve);
    },
  };
}
