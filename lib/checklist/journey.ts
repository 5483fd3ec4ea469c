/**
 * The filing journey per site (ICP then 公安), the 30-day 公安 deadline and the footer snippet
 * (FORMS.md §0 lifecycle, §2.1 deadline, §3.7 footer).
 */
import { validatePsbNumber } from '../validators';
import type { Entity, Site } from '../schema';
import { shortProvinceName } from '../regions';

export const JOURNEY = [
  { id: 'icp-fill', phase: 'ICP', title: '信息填写' },
  { id: 'icp-review', phase: 'ICP', title: '初审' },
  { id: 'icp-sms', phase: 'ICP', title: '工信部短信核验' },
  { id: 'icp-bureau', phase: 'ICP', title: '管局审核' },
  { id: 'icp-number', phase: 'ICP', title: '取得备案号' },
  { id: 'psb-subject', phase: '公安', title: '开办主体' },
  { id: 'psb-site', phase: '公安', title: '网站基本信息' },
  { id: 'psb-principal', phase: '公安', title: '网站负责人' },
  { id: 'psb-review', phase: '公安', title: '审核' },
] as const;
export type JourneyStepId = (typeof JOURNEY)[number]['id'];
/** Steps the filer marked done, with the date (YYYY-MM-DD). */
export type JourneyProgress = Partial<Record<JourneyStepId, string>>;

/** 公安 filing within 30 days of the site opening (计算机信息网络国际联网安全保护管理办法 arts. 11/12) [C2: S14, S52, S53]. */
export const PSB_DEADLINE_DAYS = 30;

export function psbDeadline(site: Site, today = new Date()): { due: string; daysLeft: number } | undefined {
  if (!site.openedAt) return undefined;
  const opened = Date.parse(`${site.openedAt}T00:00:00Z`);
  const due = new Date(opened + PSB_DEADLINE_DAYS * 86_400_000);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return { due: due.toISOString().slice(0, 10), daysLeft: Math.round((due.getTime() - todayUtc) / 86_400_000) };
}

/** The next step not marked done. */
export function nextStep(progress: JourneyProgress) {
  return JOURNEY.find((s) => !progress[s.id]);
}

export const PSB_BADGE = 'https://beian.mps.gov.cn/web/assets/logo01.6189a29f.png';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The footer HTML once the numbers are granted: the ICP number linked to beian.miit.gov.cn (广东 shows
 * the 主体备案号, elsewhere the site number with -N) [C2: S12, S14, S47], and the 公安 number linked to
 * the query page with its 14-digit code [C2: S50].
 */
export function footerSnippet(entity: Entity, site: Site): { html: string; icpShown?: string; note?: string } | undefined {
  const guangdong = shortProvinceName(entity.region.province) === '广东';
  const icp = guangdong ? entity.icpEntityNumber || site.icpSiteNumber.replace(/-\d+$/, '') : site.icpSiteNumber;
  const psb = site.psbNumber ? validatePsbNumber(site.psbNumber).value : undefined;
  if (!icp && !psb) return undefined;
  const parts: string[] = [];
  if (icp) parts.push(`<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">${esc(icp)}</a>`);
  // the badge is the platform's own image, hot-linked as sites do (hash-named, may change: FORMS.md §3.7)
  if (psb) parts.push(`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=${psb.code}" rel="noreferrer" target="_blank"><img src="${PSB_BADGE}" alt="" style="width:16px;height:16px;vertical-align:middle"> ${esc(psb.normalized)}</a>`);
  return {
    html: `<div style="text-align:center">${parts.join('\n  ')}</div>`,
    icpShown: icp || undefined,
    ...(guangdong ? { note: '广东省要求页脚显示主体备案号（不带 -N）' } : {}),
  };
}
