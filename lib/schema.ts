/**
 * The profile model: the single source of types (zod). Covers FORMS.md §1.3 (entity), §1.4 (site),
 * §1.5 (documents), §2.2–§2.5 (公安 subject, site, people, provider blocks).
 *
 * Records may be incomplete (a filer fills them over days); what a filing still lacks is computed by
 * lib/completeness.ts. What is present must be valid: a malformed ID number, phone, domain or IP is a
 * schema error and is never saved. Error messages are issue codes (see lib/validators/messages.ts and
 * lib/i18n.ts), translated where they are shown.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS, ENTITY_NATURE_LABELS, JURISDICTIONS, PERSON_CERT_TYPES, certTypesForNature } from './data/codes';
import { SHAPES } from './forms/parts';
import { isValidRegion } from './regions';
import type { Result } from './validators/types';
import {
  validateCertNumber, validateDomain, validateEmail, validateIcpNumber, validateLandline, validateMobile,
  validatePsbNumber, validatePublicIp,
} from './validators';

// Every zod message is an issue code (translated where shown): a missing value is 'required'.
z.config({ jitless: true, customError: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'required' : iss.code) });

const text = (max = 256) => z.string().trim().max(max, 'tooLong').default('');
const required = (max = 128) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'date.format')
  .refine((s) => s === '' || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'date.format')
  .default('');
const id = z.string().min(1, 'required').max(64);
/**
 * An option value in the filer's own words: the built-in lists (lib/data/codes.ts) are suggestions and
 * the source of warnings (lib/options.ts), never a gate: a console may offer a wording they lack.
 */
const option = z.string().trim().min(1, 'required').max(64, 'tooLong');
const meta = {
  createdAt: z.number().int().nonnegative().default(0),
  updatedAt: z.number().int().nonnegative().default(0),
  /** Bumped on every save; an edit based on an older rev is refused (two editors on one record). */
  rev: z.number().int().nonnegative().default(0),
};

export const RegionSchema = z
  .object({ province: text(32), city: text(32), district: text(32) })
  .default({ province: '', city: '', district: '' })
  .refine((r) => (!r.province && !r.city && !r.district) || isValidRegion(r), { message: 'region.invalid' });
export type Region = z.infer<typeof RegionSchema>;

/**
 * An address as the forms ask it: 省/市/区 (national data) + detail. The one-line text some forms want
 * is derived (lib/address.ts addressLine), never stored.
 */
export const AddressSchema = z
  .object({ region: RegionSchema, detail: text(256) })
  .default({ region: { province: '', city: '', district: '' }, detail: '' });
export type Address = z.infer<typeof AddressSchema>;

/** 公安 单位注册地址: "同证件住所" (a link to certAddress, not a copy) or an address of its own. */
export const RegisteredAddressSchema = z
  .discriminatedUnion('sameAsCert', [
    z.object({ sameAsCert: z.literal(true) }),
    z.object({ sameAsCert: z.literal(false), region: RegionSchema, detail: text(256) }),
  ])
  .default({ sameAsCert: true });
export type RegisteredAddress = z.infer<typeof RegisteredAddressSchema>;

/**
 * 法定代表人: a person of the profile (name, ID type and number come from the contact), or a name alone
 * when that is all the filer has.
 */
export const LegalRepSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('contact'), contactId: id }),
    z.object({ kind: z.literal('name'), name: required(64) }),
  ])
  .default({ kind: 'none' });
export type LegalRep = z.infer<typeof LegalRepSchema>;

/** A role held by a person: nobody yet, the entity's 主体负责人 itself ("同主体负责人": a link, not a copy), or a contact. */
export const ContactRefSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('principal') }),
    z.object({ kind: z.literal('contact'), contactId: id }),
  ])
  .default({ kind: 'none' });
export type ContactRef = z.infer<typeof ContactRefSchema>;

type Ctx = z.RefinementCtx;
/** Adds a validator's errors (not its warnings) to a zod refinement context at `path`. */
function report(ctx: Ctx, path: (string | number)[], r: Result<unknown>) {
  for (const issue of r.issues) {
    if (issue.severity === 'error') ctx.addIssue({ code: 'custom', path, message: issue.code, params: issue.params });
  }
}
const checkIf = (ctx: Ctx, value: string, path: (string | number)[], fn: (v: string) => Result<unknown>) => {
  if (value) report(ctx, path, fn(value));
};

const certFields = {
  certValidFrom: isoDate,
  certValidTo: isoDate,
  /** 证件有效期 长期 */
  certLongTerm: z.boolean().default(false),
};

export const EntitySchema = z
  .object({
    id,
    kind: z.enum(['个人', '单位']),
    /** 主办单位性质 (§1.6); 个人 for individuals. */
    nature: z.enum(ENTITY_NATURE_LABELS),
    /** 主办单位或主办人名称 (≤128 chars, MIIT limit) */
    name: required(128),
    /** 主办单位证件类型 (§1.7, filtered by nature) */
    certType: text(64),
    certNumber: text(64),
    ...certFields,
    /** 主办单位证件住所 (region + detail) */
    certAddress: AddressSchema,
    /** 主办单位所属区域 (省/市/区) */
    region: RegionSchema,
    /** 主办单位通讯地址 / 通信地址 (region + detail) */
    mailingAddress: AddressSchema,
    /** 公安: 单位注册地址 ("同证件住所" or its own address) */
    registeredAddress: RegisteredAddressSchema,
    /** 公安: 单位办公地址 (region + detail); for individuals the principal's 常住地址 is used. */
    officeAddress: AddressSchema,
    /** 投资人或主管单位 */
    investor: text(128),
    /** 法定代表人 (units; 公安 法人代表人姓名; some consoles also ask the ID): a contact or a name */
    legalRep: LegalRepSchema,
    /** 主体负责人: a contact id ('' = not chosen yet) */
    principalId: z.string().max(64).default(''),
    /** 公安: 是否利用生成式人工智能 (null = not answered) */
    usesGenAI: z.boolean().nullable().default(null),
    /** 主体备案号 once granted, and its date */
    icpEntityNumber: text(64),
    icpEntityApprovedAt: isoDate,
    remark: text(1000),
    /**
     * Field paths an upgrade could not convert with certainty (an address that does not start with a
     * 省/市/区 of the national data, a legal representative's name several people share): shown in the
     * editor and the completeness until the filer checks them.
     */
    needsReview: z.array(z.string().max(64)).max(20).default([]),
    ...meta,
  })
  .superRefine((e, ctx) => {
    if ((e.kind === '个人') !== (e.nature === '个人')) ctx.addIssue({ code: 'custom', path: ['nature'], message: 'entity.natureKind' });
    if (e.certType && !certTypesForNature(e.nature).includes(e.certType)) {
      ctx.addIssue({ code: 'custom', path: ['certType'], message: 'entity.certTypeNature' });
    }
    checkIf(ctx, e.certNumber, ['certNumber'], (v) => validateCertNumber(e.certType || (e.kind === '个人' ? '居民身份证' : '统一社会信用代码证书'), v));
    checkIf(ctx, e.icpEntityNumber, ['icpEntityNumber'], (v) => validateIcpNumber(v, 'entity'));
  });
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;

export const ContactSchema = z
  .object({
    id,
    name: required(64),
    certType: z.enum(PERSON_CERT_TYPES).default('居民身份证'),
    certNumber: text(64),
    ...certFields,
    /** 手机号码 */
    mobile: text(32),
    /** 应急联系电话 (another mobile, must differ) */
    emergencyPhone: text(32),
    /** 办公室电话 */
    landline: text(32),
    email: text(128),
    /** 常住地址 (公安 负责人常住地址) */
    address: AddressSchema,
    /**
     * 证件号码后六位 when only those are known (read from a page that asks just them, 工信部 短信核验);
     * the full number, when there is one, is what fills.
     */
    certLast6: z.string().trim().regex(/^[0-9A-Za-z]{6}$/, 'cert.last6').optional(),
    remark: text(1000),
    ...meta,
  })
  .superRefine((c, ctx) => {
    checkIf(ctx, c.certNumber, ['certNumber'], (v) => validateCertNumber(c.certType, v));
    checkIf(ctx, c.mobile, ['mobile'], validateMobile);
    checkIf(ctx, c.emergencyPhone, ['emergencyPhone'], validateMobile);
    if (c.mobile && c.emergencyPhone && c.mobile.replace(/\D/g, '') === c.emergencyPhone.replace(/\D/g, '')) {
      ctx.addIssue({ code: 'custom', path: ['emergencyPhone'], message: 'contact.emergencySame' });
    }
    checkIf(ctx, c.landline, ['landline'], validateLandline);
    checkIf(ctx, c.email, ['email'], validateEmail);
  });
export type Contact = z.infer<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;

/** 网络接入服务商 block (§2.3, §2.5); values copied from the provider directory, editable. */
export const AccessProviderSchema = z
  .object({
    providerId: text(64),
    name: text(128),
    jurisdiction: z.enum(JURISDICTIONS).default('境内'),
    region: RegionSchema,
    /** 组织机构代码 / 接入商编码 */
    code: text(32),
    phone: text(32),
    /** 网站接入方式 (suggestions: ACCESS_METHODS) */
    accessMethod: text(64),
  })
  .default({ providerId: '', name: '', jurisdiction: '境内', region: { province: '', city: '', district: '' }, code: '', phone: '', accessMethod: '' });

/** 域名注册服务商 block (§2.3, §2.5). */
export const RegistrarSchema = z
  .object({
    providerId: text(64),
    name: text(128),
    jurisdiction: z.enum(JURISDICTIONS).default('境内'),
    region: RegionSchema,
    phone: text(32),
  })
  .default({ providerId: '', name: '', jurisdiction: '境内', region: { province: '', city: '', district: '' }, phone: '' });

/** 前置审批项 (suggestions: PRE_APPROVAL_ITEMS) with its 审批号 */
export const PreApprovalSchema = z.object({ item: option, approvalNumber: text(128) });

export const SiteSchema = z
  .object({
    id,
    /** The filing subject this site belongs to ('' = not linked yet). */
    entityId: z.string().max(64).default(''),
    /** 网站名称 */
    name: required(64),
    /** 网站域名: apex domains; the first is the main domain (公安 主域名), the rest 从域名. */
    domains: z.array(z.string().trim().min(1, 'required').max(253)).max(100).default([]),
    /** 网站首页URL (no scheme) */
    homeUrl: text(512),
    /** Server IPs (public IPv4/IPv6) */
    ips: z.array(z.string().trim().min(1, 'required').max(64)).max(100).default([]),
    /** 备案服务号 (阿里云; 备案授权码 at Tencent): the filing's cloud resource where no instance serves it (FORMS.md §1.2 step 1) */
    filingServiceCode: text(64),
    /** 服务类型 (suggestions: SERVICE_TYPES) */
    serviceType: option.default('网站应用服务'),
    /** 网站语言 (suggestions: SITE_LANGUAGES) */
    languages: z.array(option).max(50).default(['中文简体']),
    /** 网站服务内容 (§1.9; suggestions: SITE_CONTENT_TYPES) */
    contentTypes: z.array(option).max(50).default([]),
    /** 前置审批项 with 审批号 */
    preApprovals: z.array(PreApprovalSchema).default([]),
    /** 网站负责人 (ICP), 网站安全负责人 (公安), 网站应急联络人 (公安) */
    webPrincipal: ContactRefSchema,
    securityOfficer: ContactRefSchema,
    emergencyContact: ContactRefSchema,
    accessProvider: AccessProviderSchema,
    registrar: RegistrarSchema,
    /** 公安: 域名证书有效期 (from, to), independent of a stored certificate image */
    domainCertFrom: isoDate,
    domainCertTo: isoDate,
    /** 公安: 是否提供互联网交互服务 */
    interactive: z.boolean().nullable().default(null),
    /** 公安: 交互服务类型, asked when interactive (suggestions: INTERACTIVE_SERVICE_KINDS; FORMS.md §5: no source) */
    interactiveKinds: z.array(option).max(50).default([]),
    /** 公安: 网站类型 (letter code, see PSB_SITE_CATEGORIES) */
    psbCategory: text(16),
    /** 公安: 是否提供涉及管制物品信息发布服务 */
    dangerousGoods: z.boolean().nullable().default(null),
    /** ICP 网站备案号 (…号-N) and 公安备案号 once granted */
    icpSiteNumber: text(64),
    psbNumber: text(64),
    /** 网站开通日期: the 30-day 公安 clock starts here */
    openedAt: isoDate,
    /** 网站备注 */
    remark: text(1000),
    ...meta,
  })
  .superRefine((s, ctx) => {
    s.domains.forEach((d, i) => report(ctx, ['domains', i], validateDomain(d)));
    const seen = new Set<string>();
    s.domains.forEach((d, i) => {
      const k = d.toLowerCase();
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['domains', i], message: 'site.domainDuplicate' });
      seen.add(k);
    });
    s.ips.forEach((ip, i) => report(ctx, ['ips', i], validatePublicIp(ip)));
    if (/^[a-z]+:\/\//i.test(s.homeUrl)) ctx.addIssue({ code: 'custom', path: ['homeUrl'], message: 'domain.hasScheme' });
    if (s.domainCertFrom && s.domainCertTo && s.domainCertFrom > s.domainCertTo) {
      ctx.addIssue({ code: 'custom', path: ['domainCertTo'], message: 'date.order' });
    }
    checkIf(ctx, s.icpSiteNumber, ['icpSiteNumber'], (v) => validateIcpNumber(v, 'site'));
    checkIf(ctx, s.psbNumber, ['psbNumber'], validatePsbNumber);
    checkIf(ctx, s.accessProvider.phone, ['accessProvider', 'phone'], (v) => (/^[\d-]{5,20}$/.test(v) ? { ok: true, issues: [] } : { ok: false, issues: [{ code: 'phone.format', severity: 'error' }] }));
  });
export type Site = z.infer<typeof SiteSchema>;
export type SiteInput = z.input<typeof SiteSchema>;

/** Upload limits that matter: ≤4 MB ICP (§1.5), ≤400 KB 公安 domain certificate (§2.3). Stored docs up to 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const DocumentMetaSchema = z.object({
  id,
  ownerType: z.enum(['entity', 'contact', 'site']),
  ownerId: id,
  kind: z.enum(DOCUMENT_KINDS),
  /** original file name */
  name: required(255),
  mime: z.enum(DOCUMENT_MIMES, { message: 'document.mime' }),
  size: z.number().int().nonnegative().max(MAX_DOCUMENT_BYTES, 'document.tooLarge'),
  /** e.g. a 居住证 or domain certificate that expires */
  expiresAt: isoDate,
  addedAt: z.number().int().nonnegative().default(0),
});
export const StoredDocumentSchema = DocumentMetaSchema.extend({ blob: z.instanceof(Blob) });
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** Which entity and site a fill uses (the popup's choice). */
export const SelectionSchema = z.object({ entityId: z.string().default(''), siteId: z.string().default('') });
export type Selection = z.infer<typeof SelectionSchema>;

/**
 * A field the filer taught (指定字段): on pages of this host whose path matches, the item with this label
 * (under this section heading) takes this reading. Page knowledge only: no profile value, no generated
 * id or CSS class of the page.
 */
export const RuleSchema = z.object({
  id,
  /** reading key: role or block + field name (principal.mobile, site.domains) */
  key: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/, 'rule.key').max(80),
  /** the item's label as the page showed it, and its nearest section heading */
  label: z.string().trim().min(1, 'required').max(200),
  section: z.string().max(200).default(''),
  shape: z.enum(SHAPES).optional(),
  /** replace what the engine reads on that item */
  override: z.boolean().default(false),
  /** the page: host and path (query dropped) */
  host: z.string().min(1, 'required').max(253),
  path: z.string().max(1000).default('/'),
  createdAt: z.number().int().nonnegative().default(0),
  updatedAt: z.number().int().nonnegative().default(0),
});
export type StoredRule = z.infer<typeof RuleSchema>;

export const newId = () => crypto.randomUUID();
