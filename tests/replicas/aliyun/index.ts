/**
 * Alibaba Cloud ICP filing console replicas (beian.aliyun.com, 首次备案 wizard).
 *
 * Two in-memory esbuild bundles:
 *  - fusion-app.tsx: React 18 (npm aliases react-18 / react-dom-18, because Fusion Next needs findDOMNode)
 *    + Fusion Next 1.27 (`@alifd/next`), with the library's own stylesheet `dist/next.min.css`;
 *  - antd-app.tsx: React 19 + antd 6 (CSS-in-JS), step 2 (填写主办者信息, 单位) only.
 * Both are served at the real console URL through Playwright routing; every other path under the host
 * returns the same HTML shell so the SPA URL works. Replica-only query parameters pick the start step,
 * the subject kind, the library and the region API's delay (replicaStep, replicaSubject, replicaLib, replicaLatency).
 */
import type { BuildOptions } from 'esbuild';
import { bundleJs } from '../bundle-cache';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import type { ReplicaBundle, ReplicaPage } from '../types';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);

export const ALIYUN_ORIGIN = 'https://beian.aliyun.com';
export const ALIYUN_FORM_URL = `${ALIYUN_ORIGIN}/pcContainer/formpage?page=selfBa&pageAction=init&orderType=100`;

const url = (q: Record<string, string>) =>
  ALIYUN_FORM_URL + Object.entries(q).map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');

export const ALIYUN_PAGES: ReplicaPage[] = [
  { id: 'aliyun-basic', platform: 'aliyun', step: 'basic', library: 'fusion-next', url: url({ replicaStep: 'basic' }), title: '阿里云 · 填写基本信息（信息校验）' },
  { id: 'aliyun-subject-unit', platform: 'aliyun', step: 'subject', variant: '单位', library: 'fusion-next', url: url({ replicaStep: 'subject', replicaSubject: '单位' }), title: '阿里云 · 填写主办者信息（单位）' },
  { id: 'aliyun-subject-person', platform: 'aliyun', step: 'subject', variant: '个人', library: 'fusion-next', url: url({ replicaStep: 'subject', replicaSubject: '个人' }), title: '阿里云 · 填写主办者信息（个人）' },
  { id: 'aliyun-site', platform: 'aliyun', step: 'site', variant: '单位', library: 'fusion-next', url: url({ replicaStep: 'site', replicaSubject: '单位' }), title: '阿里云 · 填写网站信息' },
  { id: 'aliyun-upload-unit', platform: 'aliyun', step: 'upload', variant: '单位', library: 'fusion-next', url: url({ replicaStep: 'upload', replicaSubject: '单位' }), title: '阿里云 · 上传资料（单位）' },
  { id: 'aliyun-upload-person', platform: 'aliyun', step: 'upload', variant: '个人', library: 'fusion-next', url: url({ replicaStep: 'upload', replicaSubject: '个人' }), title: '阿里云 · 上传资料（个人）' },
  { id: 'aliyun-subject-unit-antd', platform: 'aliyun', step: 'subject', variant: '单位', library: 'antd', url: url({ replicaStep: 'subject', replicaSubject: '单位', replicaLib: 'antd' }), title: '阿里云 · 填写主办者信息（单位，antd 重建）' },
];

/** Console chrome (top bar, card, section titles); the widgets themselves are styled by their library. */
const CONSOLE_CSS = `
body { margin: 0; background: #f5f5f6; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.console-topbar { height: 50px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; padding: 0 20px; gap: 16px; }
.console-topbar .logo { color: #ff6a00; font-weight: 600; font-size: 18px; }
.console-topbar .product { color: #333; font-size: 14px; }
.console-body { max-width: 1080px; margin: 0 auto; padding: 16px 24px 80px; }
.page-title { font-size: 20px; font-weight: 500; margin: 8px 0 16px; }
.ba-steps { margin-bottom: 16px; background: #fff; padding: 16px 0; }
.step-card { background: #fff; padding: 20px 32px; }
.step-title { font-size: 16px; margin: 0 0 16px; }
.section-title { font-size: 14px; font-weight: 600; border-left: 3px solid #0064c8; padding-left: 8px; margin: 20px 0 12px; }
.replica-form { max-width: 860px; }
.step-actions { display: flex; gap: 12px; padding: 16px 0 0; border-top: 1px solid #eee; margin-top: 8px; }
.ba-steps .next-step-item-title { white-space: nowrap !important; }
.ba-steps.next-step-circle.next-step-horizontal > .next-step-item > .next-step-item-body { width: auto; }
.replica-form .form-extra { color: #888; font-size: 12px; margin-top: 4px; line-height: 1.5; }
.range-sep { margin: 0 6px; color: #666; }
`;

const shell = (script: string, css: string | null) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ICP代备案管理系统 - 阿里云</title>
${css ? `<link rel="stylesheet" href="${css}">` : ''}
<style>${CONSOLE_CSS}</style>
</head>
<body>
<div id="app"></div>
<script src="${script}"></script>
</body>
</html>`;

/**
 * The Fusion stylesheet loads its icon font (NextIcon) and Roboto from alicdn.com, which this offline
 * replica cannot reach: point those at local() (no request, no console error) and give the icons the
 * widgets show plain-text stand-ins so screenshots stay readable. The DOM (i.next-icon.next-icon-*) is unchanged.
 */
const ICON_STANDINS: Record<string, string> = {
  'arrow-down': '\\25BE', 'arrow-up': '\\25B4', 'arrow-right': '\\203A', 'arrow-left': '\\2039',
  'arrow-double-left': '\\00AB', 'arrow-double-right': '\\00BB', close: '\\00D7', select: '\\2713',
  'semi-select': '\\2013', add: '+', calendar: '\\25A6', loading: '\\25CC', error: '\\2715',
  success: '\\2713', 'success-filling': '\\2714', warning: '!', prompt: 'i', help: '?', eye: '\\25C9',
  ashbin: '\\2716', picture: '\\25A3', upload: '\\21EA', clock: '\\25F7', search: '\\2315', attachment: '\\2398',
};

function offlineCss(css: string): string {
  const fonts = css.replace(/url\("?\/\/[^)"]*alicdn\.com[^)"]*"?\)(\s*format\("[^"]*"\))?/g, 'local("NextIcon-offline")');
  const icons = Object.entries(ICON_STANDINS)
    .map(([k, v]) => `.next-icon-${k}:before{content:"${v}"!important}`)
    .join('');
  return `${fonts}\n/* replica: offline icon stand-ins */\n.next-icon{font-family:NextIcon,"DejaVu Sans",sans-serif}${icons}\n`;
}

interface Assets {
  fusionJs: string;
  antdJs: string;
  nextCss: string;
}

let assets: Promise<Assets> | null = null;

const bundle = (entry: string, extra: BuildOptions = {}) => bundleJs(here, entry, extra);

function buildAssets(): Promise<Assets> {
  assets ??= (async () => {
    const [fusionJs, antdJs, nextCss] = await Promise.all([
      // the whole Fusion bundle, @alifd/next and its react-transition-group etc. included, runs on React 18
      bundle('fusion-app.tsx', { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } }),
      bundle('antd-app.tsx'),
      readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8').then(offlineCss),
    ]);
    return { fusionJs, antdJs, nextCss };
  })();
  assets.catch(() => (assets = null));
  return assets;
}

export async function prepareAliyun(): Promise<ReplicaBundle> {
  const a = await buildAssets();
  const serve = (route: Route) => {
    const u = new URL(route.request().url());
    const js = (body: string) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    switch (u.pathname) {
      case '/replica/aliyun.js':
        return js(a.fusionJs);
      case '/replica/aliyun-antd.js':
        return js(a.antdJs);
      case '/replica/aliyun.css':
        return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: a.nextCss });
      case '/favicon.ico':
        return route.fulfill({ status: 204, body: '' });
    }
    if (u.pathname.startsWith('/replica/')) return route.fulfill({ status: 404, body: 'not found' });
    const antd = u.searchParams.get('replicaLib') === 'antd';
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: antd ? shell('/replica/aliyun-antd.js', null) : shell('/replica/aliyun.js', '/replica/aliyun.css'),
    });
  };
  return {
    pages: ALIYUN_PAGES,
    async route(context: BrowserContext) {
      await context.route(`${ALIYUN_ORIGIN}/**`, serve);
    },
  };
}
