/**
 * The filing journey per site (ICP then 公安; the ICP steps of the site's access provider), the 30-day
 * 公安 deadline and the footer snippet (FORMS.md §0 lifecycle, §1.2, §1.10, §2.1 deadline, §3.7 footer).
 */
import { validatePsbNumber } from '../validators';
import type { Confidence } from '../data/providers';
import { accessProviderOf } from './provider';
import type { Entity, Site } from '../schema';
import { shortProvinceName } from '../regions';

/**
 * Journey steps as data. ICP steps differ per access provider (the site's accessProvider → DIRECTORY
 * brand, FORMS.md §1.2, §1.10); the 公安 steps are the same for everyone. Every step carries its source
 * and confidence: a step a source does not name for that provider (e.g. 管局审核 after Baidu's
 * 短信核验) is marked INF. To correct a provider's flow, edit its list in PROVIDER_JOURNEYS.
 *
 * Step ids are shared across providers when the step means the same thing, so progress marked under
 * one provider survives a change of provider; 'icp-fill' is the generic (and pre-provider) id for the
 * whole order form and still counts as done for every provider's form steps (part: 'fill').
 */
export const JOURNEY_STEP_IDS = [
  'icp-fill', 'icp-type', 'icp-resource', 'icp-subject', 'icp-site', 'icp-upload', 'icp-confirm',
  'icp-review', 'icp-sms', 'icp-bureau', 'icp-number',
  'psb-subject', 'psb-site', 'psb-principal', 'psb-review',
] as const;
export type JourneyStepId = (typeof JOURNEY_STEP_IDS)[number];
/** Steps the filer marked done, with the date (YYYY-MM-DD). */
export type JourneyProgress = Partial<Record<JourneyStepId, string>>;

export interface JourneyStep {
  id: JourneyStepId;
  phase: 'ICP' | '公安';
  title: string;
  /** where or how the step is done, when it is not the PC console (e.g. the provider's app) */
  note?: string;
  /** one of the order form's steps: the legacy 'icp-fill' mark covers it */
  part?: 'fill';
  source: string;
  confidence: Confidence;
}

const step = (id: JourneyStepId, title: string, source: string, confidence: Confidence, extra: Partial<Pick<JourneyStep, 'note' | 'part'>> = {}): JourneyStep =>
  ({ id, phase: id.startsWith('psb') ? '公安' : 'ICP', title, source, confidence, ...extra });
const fill = (id: JourneyStepId, title: string, source: string, confidence: Confidence, note?: string) => step(id, title, source, confidence, { part: 'fill', ...(note ? { note } : {}) });

/** After the provider's own steps: 工信部短信核验, 管局审核, the number (FORMS.md §0 lifecycle). */
const SMS = step('icp-sms', '工信部短信核验', 'S14, S29', 'C2', { note: '24 小时内在 beian.miit.gov.cn 输入验证码' });
const BUREAU = step('icp-bureau', '管局审核', 'S14, S15, S29', 'C2', { note: '1–20 个工作日' });
const NUMBER = step('icp-number', '取得备案号', 'S14, S15, S29', 'C2');

/** The 公安 filing, the same whatever the ICP provider (FORMS.md §2). */
export const PSB_STEPS: readonly JourneyStep[] = [
  step('psb-subject', '开办主体', 'S14, S16', 'C2'),
  step('psb-site', '网站基本信息', 'S14, S16', 'C2'),
  step('psb-principal', '网站负责人', 'S14, S16', 'C2'),
  step('psb-review', '审核', 'S14, S16', 'C2'),
];

/** The ICP steps when the site's provider has no documented flow (or none is chosen). */
export const GENERIC_ICP: readonly JourneyStep[] = [
  step('icp-fill', '信息填写', 'S14, S15, S29', 'C2'),
  step('icp-review', '初审', 'S14, S15, S29', 'C2'),
  SMS, BUREAU, NUMBER,
];

/** The ICP steps of each provider's console, by DIRECTORY brand (FORMS.md §1.2, §1.10). */
export const PROVIDER_JOURNEYS: Readonly<Record<string, readonly JourneyStep[]>> = {
  阿里云: [
    fill('icp-type', '验证备案类型', 'S20, S23, S14', 'C2'),
    fill('icp-subject', '填写主办者信息', 'S20, S23', 'C2'),
    fill('icp-site', '填写网站信息', 'S20, S14', 'C2'),
    fill('icp-upload', '上传资料及真实性核验', 'S14, S20', 'C2', '人脸核验在阿里云 App 中完成（自 2019-07-29 取代幕布照）'),
    step('icp-review', '阿里云初审', 'S14, S15', 'C2', { note: '约 1 个工作日，会电话联系' }),
    SMS, BUREAU, NUMBER,
  ],
  腾讯云: [
    fill('icp-type', '验证备案类型', 'S83, S84', 'C2'),
    fill('icp-subject', '填写主体信息', 'S83, S84', 'C2'),
    fill('icp-site', '填写网站信息', 'S83, S84', 'C2'),
    fill('icp-upload', '上传资料', 'S83, S84', 'C2'),
    fill('icp-confirm', '提交', 'S83, S84', 'C2'),
    step('icp-review', '腾讯云初审', 'S83, S84', 'C2'),
    step('icp-sms', '工信部短信核验', 'S83, S84', 'C2', { note: SMS.note! }),
    step('icp-bureau', '管局审核', 'S83, S84', 'C2', { note: BUREAU.note! }),
    NUMBER,
  ],
  华为云: [
    fill('icp-type', '基础信息校验', 'S87, S88, S24', 'C2', '资源：包年/包月 3 个月以上的云服务器，或备案授权码'),
    fill('icp-subject', '填写主体信息', 'S87, S88, S24', 'C2'),
    fill('icp-site', '填写互联网信息服务', 'S87, S88, S24', 'C2'),
    fill('icp-upload', '上传资料及真实性核验', 'S87, S88, S24', 'C2', '真实性核验在华为云 App 中完成'),
    step('icp-review', '华为云初审', 'S87, S88', 'C2'),
    step('icp-sms', '工信部短信核验', 'S87, S88', 'C2', { note: SMS.note! }),
    step('icp-bureau', '管局审核', 'S87, S88', 'C2', { note: BUREAU.note! }),
    NUMBER,
  ],
  百度智能云: [
    fill('icp-type', '验证备案类型', 'S90', 'C1'),
    fill('icp-resource', '选择备案资源', 'S90', 'C1', '云服务器实例或备案操作码'),
    fill('icp-subject', '填写主体及主体负责人信息', 'S90', 'C1'),
    fill('icp-site', '填写网站信息', 'S90, S25', 'C1'),
    fill('icp-upload', '资料上传及人脸核验', 'S90, S25', 'C1', '人脸核验在百度智能云 App 中完成；浙江省自 2019-08-26 起只能在 App 中办理备案'),
    fill('icp-confirm', '信息确认', 'S25', 'C1'),
    // S25 has 信息确认 → 提交初审; S90 lists 短信核验 next: the review between is [INF] by the other providers' flows
    step('icp-review', '百度智能云初审', 'S25', 'INF'),
    step('icp-sms', '工信部短信核验', 'S90, S25', 'C1', { note: SMS.note! }),
    // no Baidu source names the steps after 短信核验: the MIIT lifecycle (§0) applies [INF for Baidu]
    step('icp-bureau', '管局审核', 'S14, S29', 'INF', { note: BUREAU.note! }),
    NUMBER,
  ],
  火山引擎: [
    fill('icp-subject', '主办者信息', 'S91', 'C1'),
    fill('icp-site', '网站信息', 'S91', 'C1'),
    fill('icp-upload', '备案资料', 'S91', 'C1', '勾选协议后提交备案；一个账号只能备案一个主体'),
    // S91 stops at 提交备案: the review, SMS check and 管局 steps are the MIIT lifecycle (§0) [INF for Volcengine]
    step('icp-review', '火山引擎初审', 'S91', 'INF'),
    step('icp-sms', '工信部短信核验', 'S14, S29', 'INF', { note: SMS.note! }),
    step('icp-bureau', '管局审核', 'S14, S29', 'INF', { note: BUREAU.note! }),
    NUMBER,
  ],
};

/** The generic journey (no provider chosen, or one without a documented flow). */
export const JOURNEY: readonly JourneyStep[] = [...GENERIC_ICP, ...PSB_STEPS];

/** The site's journey: its provider's ICP steps (when documented), then the 公安 steps. */
export function journeyFor(site: Site | undefined): { steps: readonly JourneyStep[]; brand?: string; generic: boolean } {
  const brand = accessProviderOf(site)?.brand;
  const icp = brand ? PROVIDER_JOURNEYS[brand] : undefined;
  return icp ? { steps: [...icp, ...PSB_STEPS], brand, generic: false } : { steps: JOURNEY, ...(brand ? { brand } : {}), generic: true };
}

/** When a step was marked done (a form step also counts as done under the legacy 'icp-fill' mark). */
export function doneOn(progress: JourneyProgress, s: JourneyStep): string | undefined {
  return progress[s.id] ?? (s.part === 'fill' ? progress['icp-fill'] : undefined);
}

/** 公安 filing within 30 days of the site opening (计算机信息网络国际联网安全保护管理办法 arts. 11/12) [C2: S14, S52, S53]. */
export const PSB_DEADLINE_DAYS = 30;

export function psbDeadline(site: Site, today = new Date()): { due: string; daysLeft: number } | undefined {
  if (!site.openedAt) return undefined;
  const opened = Date.parse(`${site.openedAt}T00:00:00Z`);
  const due = new Date(opened + PSB_DEADLINE_DAYS * 86_400_000);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return { due: due.toISOString().slice(0, 10), daysLeft: Math.round((due.getTime() - todayUtc) / 86_400_000) };
}

/** The next step not marked done (of the given journey; the generic one by default). */
export function nextStep(progress: JourneyProgress, steps: readonly JourneyStep[] = JOURNEY): JourneyStep | undefined {
  return steps.find((s) => !doneOn(progress, s));
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
