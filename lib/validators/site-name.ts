/**
 * §3.6 Site name (warnings only). Rules: FORMS.md §3.6.
 */
import { parse as parseDomain } from 'tldts';
import type { Issue } from './types';
import { nfkcTrim, warn } from './shared';
import { hostToAscii } from './domain';

/** Site-name rule: minimum number of Chinese characters (FORMS.md §3.6 [C2: S12, S31]). */
export const SITE_NAME_MIN_CHINESE = 3;

/** Prefixes non-national units may not use (FORMS.md §3.6 [C2: S12, S75]). */
export const SITE_NAME_RESERVED_PREFIXES: readonly string[] = [
  '中国', '中央', '国家', '中华', '人大', '人民', '反腐', '纪检', '监察', '信访', '维权', '投诉',
];

/**
 * Words in a site name that need the matching 前置审批 item (FORMS.md §3.6 [C2: S31, S36]; item labels
 * as on the form, §1.4 [C2]). `unless` words are removed before matching (医疗器械 is not 医疗保健).
 */
export const SITE_NAME_PRE_APPROVAL_WORDS: ReadonlyArray<{ item: string; words: readonly string[]; unless?: readonly string[] }> = [
  { item: '新闻', words: ['新闻'] },
  { item: '出版', words: ['出版'] },
  { item: '教育', words: ['教育'] },
  { item: '医疗保健', words: ['医疗'], unless: ['医疗器械'] },
  { item: '药品和医疗器械', words: ['药品', '医疗器械'] },
  { item: '电子公告服务', words: ['电子公告', '论坛'] },
  { item: '广播电影电视节目', words: ['广播', '影视'] },
  { item: '文化', words: ['文化'] },
];

/**
 * Words that make an individual's site name look commercial or institutional
 * (FORMS.md §3.6 [C2: S76, S77]; 公司 and 官网 added by the product brief [BRIEF]).
 */
export const SITE_NAME_INDIVIDUAL_FORBIDDEN_WORDS: readonly string[] = [
  '企业', '集团', '有限公司', '公司', '资讯', '科技', '贸易', '协会', '俱乐部', '合作社', '工作室',
  '平台', '社区', '论坛', '博客', '交流', '官网',
];

/** Endings individuals should avoid: "XXX个人空间/网站/爱好者/作品展示" (FORMS.md §3.6 [C2: S76, S77]). */
export const SITE_NAME_INDIVIDUAL_DISCOURAGED_SUFFIXES: readonly string[] = ['个人空间', '网站', '爱好者', '作品展示'];

/** Names rejected when used alone (FORMS.md §3.6 [BRIEF, not found in public sources]). */
export const SITE_NAME_GENERIC_ONLY: readonly string[] = ['网站', '公司', '首页'];

export interface SiteNameContext {
  entityKind: '个人' | '单位';
  /** National-level unit: may use the reserved prefixes (中国, 国家, …). */
  isNational?: boolean;
  /** 前置审批 items the filing has (labels as on the form, e.g. '新闻', '医疗保健'). */
  preApprovals?: string[];
}

const HAN_RE = /\p{Script=Han}/gu;

/** Does any approval label in `have` cover `item`? Loose: either contains the other ('医疗' ~ '医疗保健'). */
function hasApproval(have: readonly string[], item: string): boolean {
  return have.some((p) => {
    const a = p.trim();
    return a !== '' && (a === item || a.includes(item) || item.includes(a));
  });
}

/** Site-name naming-rule warnings (FORMS.md §3.6). Empty name → [] (requiredness is the schema's job). */
export function siteNameWarnings(name: string, ctx: SiteNameContext): Issue[] {
  const n = nfkcTrim(name);
  if (!n) return [];
  const issues: Issue[] = [];
  const compact = n.replace(/\s+/g, '');

  if (SITE_NAME_GENERIC_ONLY.includes(compact)) issues.push(warn('sitename.genericOnly', { name: compact }));

  const han = (compact.match(HAN_RE) ?? []).length;
  if (/^\d+$/.test(compact)) issues.push(warn('sitename.pureDigits'));
  else if (/^[A-Za-z0-9]+$/.test(compact)) issues.push(warn('sitename.pureLatin'));
  if (han < SITE_NAME_MIN_CHINESE) issues.push(warn('sitename.tooFewChinese', { count: han, min: SITE_NAME_MIN_CHINESE }));

  // Anything shaped like host.tld whose suffix is a real ICANN suffix.
  const domainLike = n.match(/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]+/gu) ?? [];
  const looksLikeDomain = domainLike.some((c) => {
    const a = hostToAscii(c.toLowerCase());
    if (!a) return false;
    const p = parseDomain(a, { allowPrivateDomains: false });
    return !!p.domain && p.isIcann === true;
  });
  if (looksLikeDomain) issues.push(warn('sitename.looksLikeDomain'));

  const special = [...new Set([...compact].filter((c) => !/[\p{Script=Han}A-Za-z0-9]/u.test(c)))];
  if (special.length) issues.push(warn('sitename.specialChars', { chars: special.join(' ') }));

  if (!ctx.isNational) {
    const word = SITE_NAME_RESERVED_PREFIXES.find((w) => compact.startsWith(w));
    if (word) issues.push(warn('sitename.reservedPrefix', { word }));
  }

  const approvals = ctx.preApprovals ?? [];
  for (const rule of SITE_NAME_PRE_APPROVAL_WORDS) {
    let text = compact;
    for (const u of rule.unless ?? []) text = text.split(u).join('');
    const word = rule.words.find((w) => text.includes(w));
    if (word && !hasApproval(approvals, rule.item)) issues.push(warn('sitename.needsPreApproval', { word, item: rule.item }));
  }

  if (ctx.entityKind === '个人') {
    const word = SITE_NAME_INDIVIDUAL_FORBIDDEN_WORDS.find((w) => compact.includes(w));
    if (word) issues.push(warn('sitename.individualCommercial', { word }));
    const suffix = SITE_NAME_INDIVIDUAL_DISCOURAGED_SUFFIXES.find((w) => compact.endsWith(w) && compact !== w);
    if (suffix) issues.push(warn('sitename.individualGeneric', { word: suffix }));
  }
  return issues;
}
