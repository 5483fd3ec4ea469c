/**
 * Profile warnings before a filer starts (FORMS.md §1.8, §3.1, §3.6): certificates expiring, site
 * names the 管局 rejects, 主体负责人 not the legal representative where required, too many domains for
 * the province, mobiles that must be local. Each carries its source and confidence.
 */
import type { Confidence } from '../data/providers';
import { expiryIssues, siteNameWarnings } from '../validators';
import { formatIssue } from '../validators/messages';
import { brandOf, filingProvince, isLegalRep, legalRepName, type FilingContext } from './rules';

export interface Warning { id: string; text: string; source: string; confidence: Confidence; link?: { record: 'entity' | 'contact' | 'site'; recordId: string; field: string } }

/** 主体负责人 must be the 法定代表人 (union of sources, §1.8) [C2]. */
export const LEGAL_REP_PRINCIPAL_PROVINCES = ['河北', '山西', '内蒙古', '上海', '浙江', '河南', '湖南', '广西', '青海', '宁夏', '新疆', '贵州', '天津', '湖北', '重庆', '云南', '广东'];
/** Domains per site / order (§1.4, §1.8): one domain per site [C2]; 河南 ≤5, 山西 ≤3 per order [C1]. */
export const DOMAIN_LIMITS: Record<string, { max: number; source: string; confidence: Confidence }> = {
  湖北: { max: 1, source: 'S18, S10, S8', confidence: 'C2' }, 湖南: { max: 1, source: 'S8, S26', confidence: 'C2' },
  新疆: { max: 1, source: 'S8, S26', confidence: 'C2' }, 四川: { max: 1, source: 'S8', confidence: 'C1' },
  河南: { max: 5, source: 'S8', confidence: 'C1' }, 山西: { max: 3, source: 'S8', confidence: 'C1' },
};
/** Provinces reported to want a local mobile (old rules, §1.3) [C1]: the extension cannot look up a number's home province offline. */
export const LOCAL_MOBILE_PROVINCES = ['北京', '上海', '江苏', '湖南'];

/**
 * Rules of the site's access provider's console (FORMS.md §1.10), as data: each applies when the site
 * is filed with that provider (DIRECTORY brand). Correct or add one here.
 */
export interface ProviderWarningRule {
  id: string;
  brand: string;
  source: string;
  confidence: Confidence;
  /** the warning's text when it applies, else undefined */
  check: (c: FilingContext) => string | undefined;
  field?: { record: 'entity' | 'site'; field: string };
}
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
export const PROVIDER_WARNING_RULES: readonly ProviderWarningRule[] = [
  { id: 'baidu-zhejiang-app', brand: '百度智能云', source: 'S90', confidence: 'C1', field: { record: 'entity', field: 'region' },
    check: (c) => (filingProvince(c) === '浙江' ? '浙江省的备案自 2019-08-26 起只能在百度智能云 App 中办理（电脑端控制台不受理）' : undefined) },
  { id: 'volcengine-site-name', brand: '火山引擎', source: 'S91', confidence: 'C1', field: { record: 'site', field: 'name' },
    check: (c) => (c.site && hanCount(c.site.name) < 3 ? `火山引擎要求网站名称不少于 3 个汉字，“${c.site.name}”只有 ${hanCount(c.site.name)} 个` : undefined) },
];

export function profileWarnings(c: FilingContext): Warning[] {
  const out: Warning[] = [];
  const prov = filingProvince(c);
  for (const i of expiryIssues(c.entity.certValidTo || undefined, c.entity.certLongTerm, c.today)) {
    out.push({ id: `entity-${i.code}`, text: `主体证件：${formatIssue(i)}`, source: 'S8, S26', confidence: 'C2', link: { record: 'entity', recordId: c.entity.id, field: 'certValidTo' } });
  }
  for (const [role, p] of [['主体负责人', c.principal], ['网站负责人', c.webPrincipal]] as const) {
    if (!p) continue;
    for (const i of expiryIssues(p.certValidTo || undefined, p.certLongTerm, c.today)) {
      out.push({ id: `${role}-${i.code}`, text: `${role}${p.name}的证件：${formatIssue(i)}`, source: 'S8, S26', confidence: 'C2', link: { record: 'contact', recordId: p.id, field: 'certValidTo' } });
    }
  }
  if (c.site) {
    for (const i of siteNameWarnings(c.site.name, { entityKind: c.entity.kind, preApprovals: c.site.preApprovals.map((a) => a.item) })) {
      out.push({ id: `sitename-${i.code}`, text: `网站名称“${c.site.name}”：${formatIssue(i)}`, source: 'S12, S31, S75, S76', confidence: 'C2', link: { record: 'site', recordId: c.site.id, field: 'name' } });
    }
    const lim = DOMAIN_LIMITS[prov];
    if (lim && c.site.domains.length > lim.max) {
      out.push({ id: 'domain-limit', text: `${prov}管局每个网站/每次最多 ${lim.max} 个域名，当前 ${c.site.domains.length} 个`, source: lim.source, confidence: lim.confidence, link: { record: 'site', recordId: c.site.id, field: 'domains' } });
    }
  }
  const repName = legalRepName(c);
  if (c.entity.kind === '单位' && LEGAL_REP_PRINCIPAL_PROVINCES.includes(prov) && c.principal && repName && !isLegalRep(c, c.principal)) {
    out.push({ id: 'principal-legal-rep', text: `${prov}管局要求主体负责人为法定代表人（${repName}），当前为 ${c.principal.name}`, source: 'S8, S26, S48', confidence: 'C2', link: { record: 'entity', recordId: c.entity.id, field: 'principalId' } });
  }
  if (c.site) {
    // 域名证书有效期 is the site's own value; a stored certificate whose expiry says otherwise is flagged
    const to = c.site.domainCertTo;
    for (const d of c.docs.filter((x) => x.ownerType === 'site' && x.ownerId === c.site!.id && x.kind === 'domain-cert' && x.expiresAt)) {
      if (to && d.expiresAt !== to) {
        out.push({ id: `domain-cert-mismatch-${d.id}`, text: `域名证书有效期至 ${to}，但已存的域名证书文件“${d.name}”有效期至 ${d.expiresAt}：请核对`, source: 'S58', confidence: 'C1', link: { record: 'site', recordId: c.site.id, field: 'domainCertTo' } });
      } else if (!to) {
        out.push({ id: `domain-cert-missing-${d.id}`, text: `已存的域名证书文件“${d.name}”有效期至 ${d.expiresAt}，网站的域名证书有效期尚未填写`, source: 'S58', confidence: 'C1', link: { record: 'site', recordId: c.site.id, field: 'domainCertTo' } });
      }
    }
    for (const i of expiryIssues(to || undefined, false, c.today)) {
      out.push({ id: `domain-cert-${i.code}`, text: `域名证书：${formatIssue(i)}`, source: 'S18, S10, S8', confidence: 'C2', link: { record: 'site', recordId: c.site.id, field: 'domainCertTo' } });
    }
  }
  if (LOCAL_MOBILE_PROVINCES.includes(prov) && c.principal?.mobile) {
    out.push({ id: 'local-mobile', text: `${prov}管局曾要求本地手机号：请确认 ${c.principal.mobile} 的归属地（旧规定，扩展无法离线判断归属地）`, source: 'S26', confidence: 'C1', link: { record: 'contact', recordId: c.principal.id, field: 'mobile' } });
  }
  const brand = brandOf(c);
  for (const r of PROVIDER_WARNING_RULES) {
    const text = r.brand === brand ? r.check(c) : undefined;
    if (!text) continue;
    const recordId = r.field?.record === 'site' ? c.site?.id : c.entity.id;
    out.push({ id: r.id, text: `${r.brand}：${text}`, source: r.source, confidence: r.confidence, ...(r.field && recordId ? { link: { record: r.field.record, recordId, field: r.field.field } } : {}) });
  }
  return out;
}
