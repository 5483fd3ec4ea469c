/**
 * 公安联网备案 replicas: beian.mps.gov.cn (Vue 3 + Element Plus wizard), the old server-rendered
 * www.beian.gov.cn portal and the MIIT 短信核验 page (Vue 3 + Element Plus). Built in memory with esbuild and
 * served with `context.route` at the real URLs; no network.
 */
import { build } from '../bundle-cache';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import type { ReplicaBundle, ReplicaPage } from '../types';
import { OLD_PORTAL_AREA_JS, OLD_PORTAL_CSS, oldPortalHtml } from './legacy';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);

export const MPS_ORIGIN = 'https://beian.mps.gov.cn';
export const MPS_WIZARD = `${MPS_ORIGIN}/web/business/businessHome/website`;
export const OLD_PORTAL_PATH = '/portal/website/newWebsiteApply';
export const MIIT_SMS_URL = 'https://beian.miit.gov.cn/#/Integrated/index';

const wizard = (step: string, subject?: string) =>
  `${MPS_WIZARD}?replicaStep=${step}${subject ? `&replicaSubject=${encodeURIComponent(subject)}` : ''}`;

export const MPS_PAGES: ReplicaPage[] = [
  { id: 'mps-subject-person', platform: 'mps', step: 'subject', variant: '个人', library: 'element-plus', url: wizard('subject', '个人'), title: '公安备案 新办网站申请 · 开办主体（个人）' },
  { id: 'mps-subject-unit', platform: 'mps', step: 'subject', variant: '单位', library: 'element-plus', url: wizard('subject', '单位'), title: '公安备案 新办网站申请 · 开办主体（单位）' },
  { id: 'mps-site', platform: 'mps', step: 'site', library: 'element-plus', url: wizard('site'), title: '公安备案 新办网站申请 · 网站基本信息' },
  { id: 'mps-principal', platform: 'mps', step: 'principal', library: 'element-plus', url: wizard('principal'), title: '公安备案 新办网站申请 · 网站负责人' },
  { id: 'mps-notice', platform: 'mps', step: 'notice', library: 'element-plus', url: wizard('notice'), title: '公安备案 新办网站申请 · 提示说明' },
  { id: 'beian-old-site', platform: 'beian-old', step: 'site', library: 'server-rendered', url: `http://www.beian.gov.cn${OLD_PORTAL_PATH}`, title: '旧公安备案门户 新办网站申请（http）' },
  { id: 'beian-old-site-https', platform: 'beian-old', step: 'site', library: 'server-rendered', url: `https://www.beian.gov.cn${OLD_PORTAL_PATH}`, title: '旧公安备案门户 新办网站申请（https）' },
  { id: 'miit-sms', platform: 'miit', step: 'sms', library: 'element-plus', url: MIIT_SMS_URL, title: '工信部 短信核验' },
];

const APP_CSS = `
html, body { margin: 0; background: #f0f2f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.mps-header { display: flex; align-items: center; height: 64px; padding: 0 24px; background: linear-gradient(90deg, #0b3d91, #1761c4); color: #fff; }
.mps-logo { font-size: 20px; font-weight: 600; display: flex; align-items: center; gap: 8px; }
.mps-badge { display: inline-flex; width: 30px; height: 30px; border-radius: 50%; background: #fff; color: #0b3d91; align-items: center; justify-content: center; font-size: 16px; }
.mps-nav { margin-left: 48px; display: flex; gap: 28px; font-size: 15px; }
.mps-nav .active { border-bottom: 2px solid #fff; padding-bottom: 4px; }
.mps-user { margin-left: auto; font-size: 13px; }
.mps-main { display: flex; }
.mps-aside { width: 200px; background: #fff; min-height: calc(100vh - 64px); }
.mps-content { flex: 1; padding: 16px 24px; min-width: 0; }
.mps-crumb { margin-bottom: 12px; }
.wizard-title { font-size: 16px; font-weight: 600; }
.wizard-steps { margin: 8px 0 24px; }
.step-title { margin: 0 0 16px; padding-left: 8px; border-left: 4px solid #1761c4; font-size: 16px; }
.step-form { max-width: 900px; }
.form-block { margin: 8px 0 16px; padding: 12px 12px 0; border: 1px solid #ebeef5; border-radius: 4px; }
.form-block-title { display: flex; align-items: center; gap: 16px; margin: 4px 0 16px; font-weight: 600; color: #303133; }
.same-as { font-weight: normal; }
.validity { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.validity .el-date-editor.el-input { width: 180px; }
.validity-sep { color: #909399; }
.detail-input { margin-top: 8px; }
.photo-row { display: flex; gap: 16px; }
.replica-upload .upload-caption { text-align: center; color: #606266; font-size: 12px; }
.upload-plus { font-size: 28px; color: #8c939d; }
.wizard-actions { display: flex; justify-content: center; gap: 12px; padding: 24px 0 8px; border-top: 1px solid #ebeef5; margin-top: 16px; }
.notice-title { text-align: center; font-size: 18px; }
.notice-body { border: 1px solid #ebeef5; padding: 0 16px; line-height: 1.8; }
.notice-agree { margin-top: 16px; display: flex; align-items: center; gap: 4px; }
.notice-link { color: #1761c4; }
.miit-header { display: flex; align-items: center; height: 72px; padding: 0 40px; background: #fff; border-bottom: 3px solid #c7000b; }
.miit-logo { font-size: 22px; font-weight: 600; color: #c7000b; }
.miit-nav { margin-left: 48px; display: flex; gap: 28px; }
.miit-nav .active { color: #c7000b; font-weight: 600; }
.miit-main { width: 760px; margin: 32px auto; }
.miit-title { font-size: 18px; font-weight: 600; }
.miit-form { margin-top: 24px; max-width: 520px; }
`;

const html = (title: string, assets: string) =>
  `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<script type="module" crossorigin src="${assets}/index.3f9a1c7e.js"></script>
<link rel="stylesheet" href="${assets}/element-plus.8b2d4e61.css">
<link rel="stylesheet" href="${assets}/index.c51e0a94.css">
</head>
<body>
<div id="app"></div>
</body>
</html>`;

let bundled: Promise<{ js: string; elementCss: string }> | undefined;

async function bundle() {
  const out = await build({
    entryPoints: [path.join(here, 'app.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      'process.env.NODE_ENV': '"production"',
    },
  });
  const elementCss = await readFile(require.resolve('element-plus/dist/index.css'), 'utf8');
  return { js: out.outputFiles[0]!.text, elementCss };
}

/** Build the replicas (memoised per process) and return the pages and their routes. */
export async function prepareMps(): Promise<ReplicaBundle> {
  bundled ??= bundle();
  const { js, elementCss } = await bundled;
  const oldHtml = oldPortalHtml();

  const asset = (route: Route, file: string) => {
    if (file.endsWith('.js')) return route.fulfill({ body: js, contentType: 'text/javascript; charset=utf-8' });
    if (file.startsWith('element-plus')) return route.fulfill({ body: elementCss, contentType: 'text/css; charset=utf-8' });
    if (file.endsWith('.css')) return route.fulfill({ body: APP_CSS, contentType: 'text/css; charset=utf-8' });
    return route.fulfill({ status: 404, body: 'Not Found' });
  };
  const spa = (title: string, assets: string) => async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith(`${assets}/`)) return asset(route, url.pathname.slice(assets.length + 1));
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: html(title, assets), contentType: 'text/html; charset=utf-8' });
  };
  const oldPortal = async (route: Route) => {
    const url = new URL(route.request().url());
    const p = url.pathname;
    if (p === '/portal/css/portal.css') return route.fulfill({ body: OLD_PORTAL_CSS, contentType: 'text/css; charset=utf-8' });
    if (p === '/portal/js/area.js') return route.fulfill({ body: OLD_PORTAL_AREA_JS, contentType: 'application/javascript; charset=utf-8' });
    if (p.startsWith('/portal/') && !/\.\w+$/.test(p)) return route.fulfill({ body: oldHtml, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: 'Not Found' });
  };

  return {
    pages: MPS_PAGES,
    async route(context: BrowserContext) {
      await context.route('https://beian.mps.gov.cn/**', spa('全国互联网安全管理服务平台', '/web/assets'));
      await context.route('https://beian.miit.gov.cn/**', spa('ICP/IP地址/域名信息备案管理系统', '/assets'));
      await context.route('http://www.beian.gov.cn/**', oldPortal);
      await context.route('https://www.beian.gov.cn/**', oldPortal);
    },
  };
}

export * as MPS_OPTIONS from './options';
export { regionCodes } from './regions';
