/**
 * Materials and warnings for a filing, as data (FORMS.md §1.5, §1.8, §2.2–§2.4, §3.6). Every rule
 * carries its source keys and confidence tag; a rule marked INF or BRIEF says so in the side panel.
 * Province rules drift: correct them here (FORMS.md §1.8 says to prefer the newest source).
 */
import type { DocumentKind } from '../data/codes';
import type { Confidence } from '../data/providers';
import type { Contact, DocumentMeta, Entity, Site } from '../schema';
import { REGION_TREE, shortProvinceName } from '../regions';
import { providerBrand } from './provider';

export interface FilingContext {
  entity: Entity;
  site?: Site;
  principal?: Contact;
  webPrincipal?: Contact;
  /** the 法定代表人 when the entity links a contact */
  legalRep?: Contact;
  /** the entity's sites (for per-entity thresholds) */
  sites: Site[];
  docs: DocumentMeta[];
  today: Date;
}

/** The province whose 管局 handles the filing: the entity's region (short name, e.g. 广东). */
export const filingProvince = (c: FilingContext) => shortProvinceName(c.entity.region.province);
/** The province of a resident ID's address code (first 2 digits), short name. */
export function idProvince(certNumber: string): string | undefined {
  if (!/^\d{17}[\dX]$/i.test(certNumber)) return undefined;
  const p = REGION_TREE.find((x) => x.code === certNumber.slice(0, 2));
  return p ? shortProvinceName(p.name) : undefined;
}
/** Whether a person is the entity's 法定代表人 (the linked contact, or the person of that name). */
export function isLegalRep(c: FilingContext, p?: Contact): boolean {
  const rep = c.entity.legalRep;
  if (!p) return false;
  if (rep.kind === 'contact') return p.id === rep.contactId;
  return rep.kind === 'name' && p.name === rep.name;
}
/** The 法定代表人's name ('' when not set or the linked contact is missing). */
export function legalRepName(c: FilingContext): string {
  const rep = c.entity.legalRep;
  return rep.kind === 'name' ? rep.name : rep.kind === 'contact' ? (c.legalRep?.id === rep.contactId ? c.legalRep.name : '') : '';
}

export interface MaterialRule {
  id: string;
  title: string;
  /** which platform asks for it */
  platform: 'ICP' | '公安' | 'ICP/公安';
  /** why this filing needs it (shown as the reason) */
  reason: string;
  source: string;
  confidence: Confidence;
  applies: (c: FilingContext) => boolean;
  /**
   * The stored documents that satisfy it. `name`: when several rules share a kind (the 承诺书 of 广东,
   * 华为云 and 百度智能云 are all 'commitment'), only a file whose name matches counts for this one.
   */
  doc: { kind: DocumentKind; owner: 'entity' | 'principal' | 'web' | 'site'; name?: RegExp; nameHint?: string };
  /** the platform's size limit for the upload, when known */
  maxBytes?: number;
}

const ICP_MAX = 4 * 1024 * 1024; // ≤4 MB typical (§1.5) [C1]

/** The site's access provider brand (DIRECTORY), e.g. 华为云: provider rules apply to that console only. */
export const brandOf = (c: FilingContext) => providerBrand(c.site);

export const MATERIAL_RULES: readonly MaterialRule[] = [
  { id: 'entity-certificate', title: '主体证件（营业执照等）', platform: 'ICP/公安', reason: '单位主体须上传主体证件彩色扫描件或原件照片', source: 'S12, S11', confidence: 'C2',
    applies: (c) => c.entity.kind === '单位', doc: { kind: 'business-licence', owner: 'entity' }, maxBytes: ICP_MAX },
  { id: 'principal-id-front', title: '主体负责人身份证正面', platform: 'ICP/公安', reason: '所有备案都需要负责人证件', source: 'S12, S16, S39', confidence: 'C2',
    applies: () => true, doc: { kind: 'id-front', owner: 'principal' }, maxBytes: ICP_MAX },
  { id: 'principal-id-back', title: '主体负责人身份证反面', platform: 'ICP/公安', reason: '所有备案都需要负责人证件', source: 'S12, S16, S39', confidence: 'C2',
    applies: () => true, doc: { kind: 'id-back', owner: 'principal' }, maxBytes: ICP_MAX },
  { id: 'principal-id-handheld', title: '负责人手持证件照', platform: '公安', reason: '公安联网备案的负责人证件需正面、反面与手持照', source: 'S32, S14', confidence: 'C2',
    applies: () => true, doc: { kind: 'id-handheld', owner: 'principal' } },
  { id: 'web-id-front', title: '网站负责人身份证正面', platform: 'ICP', reason: '网站负责人与主体负责人不是同一人', source: 'S17, S12', confidence: 'C2',
    applies: (c) => !!c.webPrincipal && c.webPrincipal.id !== c.principal?.id, doc: { kind: 'id-front', owner: 'web' }, maxBytes: ICP_MAX },
  { id: 'guangdong-commitment', title: '《互联网信息服务备案承诺书》', platform: 'ICP', reason: '广东省自 2021-06-21 起所有备案均需承诺书（单位由法定代表人签字，个人本人签字）', source: 'S12', confidence: 'C1',
    applies: (c) => filingProvince(c) === '广东', doc: { kind: 'commitment', owner: 'entity' } },
  { id: 'authorization', title: '负责人授权书', platform: 'ICP', reason: '网站负责人不是法定代表人（上海、湖南、湖北要求授权书）', source: 'S12, S8, S26', confidence: 'C2',
    applies: (c) => c.entity.kind === '单位' && ['上海', '湖南', '湖北'].includes(filingProvince(c)) && !!c.webPrincipal && !isLegalRep(c, c.webPrincipal), doc: { kind: 'authorization', owner: 'entity' } },
  { id: 'domain-certificate', title: '域名证书', platform: 'ICP/公安', reason: '多数管局与公安备案要求域名证书（公安上传限 400 KB）', source: 'S14, S12, S26, S58', confidence: 'C2',
    applies: (c) => !!c.site && c.site.domains.length > 0, doc: { kind: 'domain-cert', owner: 'site' }, maxBytes: 400 * 1024 },
  { id: 'residence-permit', title: '居住证 / 暂住证', platform: 'ICP', reason: '个人证件地址不在备案省份：福建、江西、上海、江苏、湖北、浙江、山东等要求当地居住证', source: 'S8, S26', confidence: 'C2',
    applies: (c) => c.entity.kind === '个人' && ['福建', '江西', '上海', '江苏', '湖北', '浙江', '山东'].includes(filingProvince(c)) && !!idProvince(c.entity.certNumber) && idProvince(c.entity.certNumber) !== filingProvince(c),
    doc: { kind: 'residence-permit', owner: 'principal' } },
  { id: 'construction-plan', title: '网站建设方案书', platform: 'ICP', reason: '广东多域名、湖南已有网站再备案、上海 30 个以上网站需提交方案书（阈值为推断）', source: 'S8, S12, S26, S41', confidence: 'INF',
    applies: (c) => (filingProvince(c) === '广东' && (c.site?.domains.length ?? 0) > 3) || (filingProvince(c) === '湖南' && c.sites.length > 1) || (filingProvince(c) === '上海' && c.sites.length >= 30),
    doc: { kind: 'construction-plan', owner: 'site' } },
  { id: 'pre-approval', title: '前置审批文件', platform: 'ICP/公安', reason: '网站勾选了前置审批项', source: 'S12, S34', confidence: 'C2',
    applies: (c) => (c.site?.preApprovals.length ?? 0) > 0, doc: { kind: 'pre-approval', owner: 'site' } },
  { id: 'bianban', title: '编办证明 / 事业单位网站开办审核表', platform: 'ICP', reason: '江西党政机关与事业单位需编办前置审批；内蒙古事业单位需开办审核申请表', source: 'S8, S12', confidence: 'C1',
    applies: (c) => (filingProvince(c) === '江西' && ['政府机关', '事业单位'].includes(c.entity.nature)) || (filingProvince(c) === '内蒙古' && c.entity.nature === '事业单位'),
    doc: { kind: 'bianban', owner: 'entity' } },
  // Provider consoles (FORMS.md §1.5, §1.10): the site's access provider decides.
  { id: 'huawei-commitment', title: '《ICP备案信息真实性承诺书》', platform: 'ICP', reason: '华为云备案须上传由互联网信息服务负责人签字的真实性承诺书', source: 'S12', confidence: 'C1',
    applies: (c) => brandOf(c) === '华为云' && !!c.site, doc: { kind: 'commitment', owner: 'site', name: /承诺/, nameHint: '文件名含“承诺书”' }, maxBytes: ICP_MAX },
  { id: 'huawei-notice', title: '《ICP备案信息真实性责任告知书》', platform: 'ICP', reason: '华为云备案须上传由网站负责人签字的责任告知书', source: 'S12', confidence: 'C1',
    applies: (c) => brandOf(c) === '华为云' && !!c.site, doc: { kind: 'commitment', owner: 'site', name: /告知/, nameHint: '文件名含“告知书”' }, maxBytes: ICP_MAX },
  { id: 'baidu-commitment', title: '备案承诺书（签字）', platform: 'ICP', reason: '百度智能云备案须上传签字的备案承诺书', source: 'S90', confidence: 'C1',
    applies: (c) => brandOf(c) === '百度智能云' && !!c.site, doc: { kind: 'commitment', owner: 'site', name: /承诺/, nameHint: '文件名含“承诺书”' } },
];

export type MaterialState = '已备' | '缺少' | '需注意';
export interface MaterialStatus { rule: MaterialRule; state: MaterialState; detail: string }

function ownerId(c: FilingContext, owner: MaterialRule['doc']['owner']): string | undefined {
  return owner === 'entity' ? c.entity.id : owner === 'principal' ? c.principal?.id : owner === 'web' ? c.webPrincipal?.id : c.site?.id;
}

/** The materials this filing needs, each 已备 / 缺少 / 需注意 with its reason. */
export function materials(c: FilingContext): MaterialStatus[] {
  const todayIso = c.today.toISOString().slice(0, 10);
  return MATERIAL_RULES.filter((r) => r.applies(c)).map((rule) => {
    const oid = ownerId(c, rule.doc.owner);
    const ownerType = rule.doc.owner === 'entity' ? 'entity' : rule.doc.owner === 'site' ? 'site' : 'contact';
    const docs = c.docs.filter((d) => d.kind === rule.doc.kind && d.ownerType === ownerType && d.ownerId === oid && (!rule.doc.name || rule.doc.name.test(d.name)));
    const unsure = rule.confidence === 'INF' || rule.confidence === 'BRIEF' ? '（规则未经两个来源确认，请核实）' : '';
    if (!docs.length) return { rule, state: '缺少' as const, detail: rule.reason + unsure + (rule.doc.nameHint ? `（存为网站的“承诺书”类资料，${rule.doc.nameHint}）` : '') };
    const expired = docs.find((d) => d.expiresAt && d.expiresAt < todayIso);
    if (expired) return { rule, state: '需注意' as const, detail: `${expired.name} 已于 ${expired.expiresAt} 过期` };
    const big = rule.maxBytes ? docs.find((d) => d.size > rule.maxBytes!) : undefined;
    if (big) return { rule, state: '需注意' as const, detail: `${big.name} 超过平台上限 ${Math.round(rule.maxBytes! / 1024)} KB` };
    return { rule, state: unsure ? ('需注意' as const) : ('已备' as const), detail: unsure ? `已备 ${docs[0]!.name}${unsure}` : docs[0]!.name };
  });
}
