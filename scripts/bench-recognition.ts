/**
 * Recognition speed: the snapshot of a page's labelled controls and the classification of every item
 * (what the content script does on each settled DOM change and before a fill), timed inside the page on
 * a 60-field filing page (four sections of person, subject, site and provider fields in Element-like
 * markup) and on the largest zoo builds. Median and p95 of RUNS runs each, in ms.
 */
import { build } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import { ROOT } from './browser';

const RUNS = 30;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { takeSnapshot } from './lib/dom/snapshot'; import { readPage } from './lib/forms/classify';
        (window as any).__benchRead = (platform: string, runs: number) => { const ms: number[] = []; let n = 0;
          for (let i = 0; i < runs; i++) { const t = performance.now(); const live = takeSnapshot(document); const r = readPage(platform, live.snapshot); ms.push(performance.now() - t); n = r.readings.length; }
          return { ms, items: n }; };`,
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, write: false, format: 'iife', target: 'chrome120', absWorkingDir: ROOT,
  });
  return out.outputFiles[0]!.text;
}

/** A 60-field page: the labels of four filing blocks, each field a form item with a label and a control. */
export function sixtyFieldPage(): string {
  const blocks: [string, string[]][] = [
    ['主办单位信息', ['主办单位名称', '主办单位性质', '证件类型', '证件号码', '证件住所', '所属区域', '通信地址', '投资人或主管单位', '法定代表人姓名', '备注', '单位注册地址', '单位办公地址', '是否利用生成式人工智能', '开办主体性质', '营业执照']],
    ['主体负责人信息', ['姓名', '证件类型', '证件号码', '证件有效期', '手机号码', '应急联系电话', '办公室电话', '电子邮箱', '常住地址', '证件正面', '证件反面', '手持证件', '长期', '证件有效期止', '证件有效期起']],
    ['网站信息', ['网站名称', '网站域名', '网站首页URL', '服务类型', '网站服务内容', '网站语言', '前置审批项', 'IP地址', '网站备注', '网站开通日期', '是否有工信部备案号', '工信部备案号', '网站类型', '交互服务类型', '域名证书有效期']],
    ['网络接入服务商', ['所属地区管辖', '所属区域', '名称', '网站接入方式', '电话', '组织机构代码', '接入商编码', '服务电话', '地区管辖', '所在区域', '全称', '联系电话', '客服电话', '机构代码', '接入方式']],
  ];
  let html = '<!doctype html><html lang="zh-CN"><body><form>';
  for (const [title, labels] of blocks) {
    html += `<h3 class="section-title">${title}</h3>`;
    for (const l of labels) html += `<div class="form-item"><label class="form-item-label">${l}</label><div class="form-item-content"><input type="text" placeholder="请输入${l}"></div></div>`;
  }
  return html + '<button type="button">提交</button></form></body></html>';
}

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN; };

export async function benchRecognition(context: BrowserContext, zooPages: { id: string; url: string; platform: string }[]) {
  const code = await bundle();
  const rows: { page: string; items: number; medianMs: number; p95Ms: number }[] = [];
  const measure = async (name: string, open: (p: import('@playwright/test').Page) => Promise<void>, platform: string) => {
    const page = await context.newPage();
    await open(page);
    await page.addScriptTag({ content: code });
    const r = (await page.evaluate(([pl, n]) => (window as any).__benchRead(pl, n), [platform, RUNS] as const)) as { ms: number[]; items: number };
    rows.push({ page: name, items: r.items, medianMs: Number(quantile(r.ms, 0.5).toFixed(2)), p95Ms: Number(quantile(r.ms, 0.95).toFixed(2)) });
    await page.close();
  };
  await measure('60-field page', (p) => p.goto('https://beian.mps.gov.cn/web/business/businessHome/website?replicaBench=60').catch(() => {}).then(() => p.setContent(sixtyFieldPage())), 'mps');
  for (const z of zooPages) await measure(z.id, async (p) => { await p.goto(z.url); await p.waitForTimeout(800); }, z.platform);
  return rows;
}
