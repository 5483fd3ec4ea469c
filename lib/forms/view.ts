/**
 * The fill view: the profile flattened into the values the forms ask for, keyed by the paths the form
 * maps use (entity.*, site.*, principal.* …). Built in the extension origin; only the values of the
 * fields being filled ever reach a page.
 */
import { OLD_PSB_NATURE_WORDS, psbCategoryTexts, type EntityNature } from '../data/codes';
import { addressLine, regionPath } from '../address';
import { shortProvinceName } from '../regions';
import { resolveLegalRep, resolveRef } from '../completeness';
import { ContactSchema, EntitySchema, SiteSchema, type Address, type Contact, type ContactRef, type DocumentMeta, type Entity, type Site } from '../schema';
import { expiryIssues, validateDomain, validateLandline } from '../validators';
import { SOURCE_WORDS } from './vocabulary';

/** The kinds of a person's ID photos, in the order a page asking for them all gets them. */
const ID_PHOTO_KINDS = ['id-front', 'id-back', 'id-handheld'];
export interface DocRef { docId: string; name: string; mime: string; size: number }
/** One of several option texts (the page may spell the value in any of them). */
export interface OneOf { oneOf: string[] }
export type FillValue = string | string[] | boolean | DocRef | DocRef[] | OneOf;

export interface FillView {
  values: Record<string, FillValue>;
  /** paths whose stored value is invalid (validation code), never filled */
  invalid: Record<string, string>;
}

export const isDocRef = (v: unknown): v is DocRef => !!v && typeof v === 'object' && 'docId' in v;
export const isDocList = (v: unknown): v is DocRef[] => Array.isArray(v) && v.length > 0 && v.every(isDocRef);
export const isOneOf = (v: unknown): v is OneOf => !!v && typeof v === 'object' && 'oneOf' in v;


/**
 * A validity's length in whole years (2018-03-01 → 2038-03-01: 20年). Dates that are not whole years apart
 * are given as they are: no 有效期限 option reads so, and the field is flagged for the filer to choose.
 */
function spanOf(from: string, to: string): string | undefined {
  const [a, b] = [from, to].map((d) => /^(\d{4})-(\d{2}-\d{2})$/.exec(d));
  if (!a || !b) return undefined;
  const years = Number(b[1]) - Number(a[1]);
  return a[2] === b[2] && years > 0 ? `${years}年` : `${from} 至 ${to}`;
}

export function buildFillView(entity: Entity | undefined, site: Site | undefined, contacts: Contact[], docs: DocumentMeta[] = [], today = new Date()): FillView {
  const values: Record<string, FillValue> = {};
  const invalid: Record<string, string> = {};
  const byId = new Map(contacts.map((c) => [c.id, c]));
  // the 法定代表人 (a contact or a name), and whether a person is the unit's: undefined unless both are known
  const legalRep = resolveLegalRep(entity, byId);
  const rep = entity?.kind === '单位' ? legalRep : undefined;
  const isLegalRep = (c: Contact): boolean | undefined => (rep ? (rep.contact ? rep.contact.id === c.id : rep.name === c.name) : undefined);
  const set = (path: string, v: FillValue | undefined | null) => {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return;
    values[path] = v;
  };
  const markInvalid = (prefix: string, schema: typeof EntitySchema | typeof ContactSchema | typeof SiteSchema, rec: unknown) => {
    const r = schema.safeParse(rec);
    if (!r.success) {
      for (const i of r.error.issues) {
        const head = `${prefix}.${String(i.path[0])}`;
        invalid[head] ??= i.message;
        // an address's paths: its one line, region and detail (entity.certAddressRegion …)
        if (head.endsWith('Address')) for (const x of ['Region', 'Detail']) invalid[`${head}${x}`] ??= i.message;
      }
    }
  };
  /** An address as one line, its region path and its detail, under `path`, `pathRegion`, `pathDetail`. */
  const address = (path: string, a: Address | undefined) => {
    if (!a) return;
    set(path, addressLine(a));
    set(`${path}Region`, regionPath(a.region));
    set(`${path}Detail`, a.detail.trim());
  };
  const docOf = (ownerType: DocumentMeta['ownerType'], ownerId: string | undefined, prefix: string) => {
    if (!ownerId) return;
    const own = docs.filter((x) => x.ownerType === ownerType && x.ownerId === ownerId);
    // a signed 告知书 is kept as a commitment (the checklist tells the two apart by the file's name): its own path
    for (const d of own) set(`${prefix}.doc.${d.kind === 'commitment' && /告知/.test(d.name) ? 'notice' : d.kind}`, { docId: d.id, name: d.name, mime: d.mime, size: d.size });
    // 证件照片 asking for all of a person's ID photos at once (front, back, hand-held): those there are
    const ids = ID_PHOTO_KINDS.flatMap((k) => own.filter((d) => d.kind === k)).map((d) => ({ docId: d.id, name: d.name, mime: d.mime, size: d.size }));
    if (ownerType === 'contact' && ids.length) set(`${prefix}.doc.id-photos`, ids);
  };

  if (entity) {
    markInvalid('entity', EntitySchema, entity);
    // a 单位 is also its nature where a list asks 企业 / 事业单位 … beside 个人 (the old 公安 portal)
    const nature = entity.nature as EntityNature;
    set('entity.kind', entity.kind === '单位' && nature ? { oneOf: ['单位', nature, ...(OLD_PSB_NATURE_WORDS[nature] ?? [])] } : entity.kind);
    // (in the old portal's words too: 民办非企业, 律师事务所, 军队)
    set('entity.nature', nature && OLD_PSB_NATURE_WORDS[nature] ? { oneOf: [nature, ...OLD_PSB_NATURE_WORDS[nature]!] } : entity.nature);
    set('entity.name', entity.name);
    set('entity.icpNumber', entity.icpEntityNumber);
    set('entity.certType', entity.certType);
    set('entity.certNumber', entity.certNumber);
    // the licence's own validity (营业期限), where a page asks for it
    if (entity.certValidFrom || entity.certLongTerm) {
      if (expiryIssues(entity.certValidTo || undefined, entity.certLongTerm, today).some((i) => i.severity === 'error')) invalid['entity.certValidTo'] = 'cert.expired';
      set('entity.certValidFrom', entity.certValidFrom);
      if (!entity.certLongTerm) set('entity.certValidTo', entity.certValidTo);
      values['entity.certLongTerm'] = entity.certLongTerm;
    }
    address('entity.certAddress', entity.certAddress);
    // an individual's ID address province (身份证地址是否在浙江省); a unit's licence address is no one's ID
    if (entity.kind === '个人' && entity.certAddress.region.province) set('entity.certProvince', shortProvinceName(entity.certAddress.region.province));
    address('entity.mailingAddress', entity.mailingAddress);
    // 通讯地址与证件住所是否一致: the two addresses as the forms write them
    if (entity.certAddress.region.district && entity.mailingAddress.region.district) values['entity.mailingSameAsCert'] = addressLine(entity.certAddress).replace(/\s/g, '') === addressLine(entity.mailingAddress).replace(/\s/g, '');
    // 单位注册地址: "同证件住所" resolves to the certificate address
    address('entity.registeredAddress', entity.registeredAddress.sameAsCert ? entity.certAddress : entity.registeredAddress);
    set('entity.officeAddress', addressLine(entity.officeAddress));
    set('entity.investor', entity.investor);
    set('entity.legalRep', legalRep?.name);
    // 主体负责人 ○同法定代表人 ○其他人员: told only when both people are known
    const principal = entity.principalId ? byId.get(entity.principalId) : undefined;
    if (principal) set('entity.principalIsLegalRep', isLegalRep(principal));
    set('entity.remark', entity.remark);
    if (entity.region.district) set('entity.region', [entity.region.province, entity.region.city, entity.region.district]);
    if (entity.officeAddress.region.district) set('entity.officeRegion', [entity.officeAddress.region.province, entity.officeAddress.region.city, entity.officeAddress.region.district]);
    set('entity.officeDetail', entity.officeAddress.detail);
    if (entity.usesGenAI !== null) set('entity.usesGenAI', entity.usesGenAI);
    docOf('entity', entity.id, 'entity');
  }

  const principal = entity?.principalId ? byId.get(entity.principalId) : undefined;
  const sameAs = (ref: ContactRef | undefined) => !!ref && (ref.kind === 'principal' || (ref.kind === 'contact' && !!principal && ref.contactId === principal.id));
  const person = (prefix: string, c: Contact | undefined) => {
    if (!c) return;
    markInvalid(prefix, ContactSchema, c);
    if (prefix !== 'legalRep') set(`${prefix}.isLegalRep`, isLegalRep(c));
    if (expiryIssues(c.certValidTo || undefined, c.certLongTerm, today).some((i) => i.severity === 'error')) invalid[`${prefix}.validTo`] = 'cert.expired';
    set(`${prefix}.name`, c.name);
    set(`${prefix}.certType`, c.certType);
    set(`${prefix}.certNumber`, c.certNumber);
    set(`${prefix}.validFrom`, c.certValidFrom);
    if (!c.certLongTerm) set(`${prefix}.validTo`, c.certValidTo);
    values[`${prefix}.longTerm`] = c.certLongTerm;
    values[`${prefix}.hasEnd`] = !c.certLongTerm;
    set(`${prefix}.validSpan`, c.certLongTerm ? '长期' : spanOf(c.certValidFrom, c.certValidTo));
    set(`${prefix}.mobile`, c.mobile);
    set(`${prefix}.emergencyPhone`, c.emergencyPhone);
    set(`${prefix}.landline`, c.landline);
    // a landline asked in boxes: 区号 | 号码 | 分机号
    const phone = c.landline ? validateLandline(c.landline).value : undefined;
    if (phone) { set(`${prefix}.landlineArea`, phone.areaCode); set(`${prefix}.landlineNumber`, phone.number); set(`${prefix}.landlineExt`, phone.extension); }
    set(`${prefix}.email`, c.email);
    if (c.address.region.district) set(`${prefix}.region`, [c.address.region.province, c.address.region.city, c.address.region.district]);
    set(`${prefix}.addressDetail`, c.address.detail);
    set(`${prefix}.address`, addressLine(c.address));
    if (c.certNumber.length >= 6) set(`${prefix}.idLast6`, c.certNumber.slice(-6).toUpperCase());
    else if (c.certLast6) set(`${prefix}.idLast6`, c.certLast6.toUpperCase());
    docOf('contact', c.id, prefix);
  };
  person('principal', principal);
  // an individual's own certificate is his ID card: the subject's 证件照片 (an upload card above the subject's fields,
  // read by the page to fill the name and number) is the principal's ID front, where the subject keeps no document of its own
  if (entity?.kind === '个人' && values['entity.doc.business-licence'] === undefined && values['principal.doc.id-front'] !== undefined) values['entity.doc.business-licence'] = values['principal.doc.id-front'];
  // 法定代表人 linked to a person: the same paths as every other person (legalRep.name, legalRep.certNumber …)
  person('legalRep', legalRep?.contact);

  if (site) {
    markInvalid('site', SiteSchema, site);
    set('site.name', site.name);
    set('site.mainDomain', site.domains[0]);
    // 是否有独立一级域名: told only for a domain that parses (a subdomain is not one of its own)
    const main = site.domains[0] ? validateDomain(site.domains[0]) : undefined;
    if (main?.value) values['site.hasApex'] = !main.issues.some((i) => i.code === 'domain.notApex');
    set('site.otherDomains', site.domains.slice(1).join(','));
    set('site.domains', [...site.domains]);
    set('site.otherDomainsList', site.domains.slice(1));
    set('site.homeUrl', site.homeUrl);
    set('site.ip', site.ips[0]);
    set('site.ips', [...site.ips]);
    set('site.serviceType', site.serviceType);
    set('site.contentType', site.contentTypes[0]);
    set('site.contentTypes', [...site.contentTypes]);
    set('site.languages', [...site.languages]);
    values['site.preApprovals'] = site.preApprovals.map((p) => p.item);
    values['site.hasPreApproval'] = site.preApprovals.length > 0;
    set('site.remark', site.remark);
    set('site.openedAt', site.openedAt);
    // 是否有工信部备案号: 是 when the profile holds the number; a number not yet entered says nothing (the
    // 公安 filing follows the ICP one, so the site has one): never a 否 from an empty field
    if (site.icpSiteNumber) values['site.hasIcpNumber'] = true;
    set('site.icpNumber', site.icpSiteNumber);
    set('site.filingServiceCode', site.filingServiceCode);
    // 备案资源类型: a code the provider issued where the profile holds one, else a server of its (the site's IP)
    if (site.filingServiceCode || site.ips.length) values['site.resourceKind'] = site.filingServiceCode ? 'code' : 'server';
    set('site.domainCertFrom', site.domainCertFrom);
    set('site.domainCertTo', site.domainCertTo);
    if (site.interactive !== null) set('site.interactive', site.interactive);
    set('site.interactiveKinds', [...site.interactiveKinds]);
    if (site.dangerousGoods !== null) set('site.dangerousGoods', site.dangerousGoods);
    const texts = psbCategoryTexts(site.psbCategory);
    if (texts.length) set('site.psbCategory', { oneOf: texts });
    const ap = site.accessProvider;
    set('provider.name', ap.name);
    set('provider.jurisdiction', ap.name ? ap.jurisdiction : '');
    if (ap.region.district) set('provider.region', [ap.region.province, ap.region.city, ap.region.district]);
    set('provider.accessMethod', ap.accessMethod);
    set('provider.phone', ap.phone);
    set('provider.code', ap.code);
    const rg = site.registrar;
    set('registrar.name', rg.name);
    set('registrar.jurisdiction', rg.name ? rg.jurisdiction : '');
    if (rg.region.district) set('registrar.region', [rg.region.province, rg.region.city, rg.region.district]);
    set('registrar.phone', rg.phone);
    docOf('site', site.id, 'site');

    const roles = [['web', site.webPrincipal], ['security', site.securityOfficer], ['emergency', site.emergencyContact]] as const;
    const resolved = new Map<string, Contact | undefined>([['principal', principal]]);
    for (const [prefix, ref] of roles) {
      const c = resolveRef(ref, entity, byId);
      person(prefix, c);
      if (ref.kind !== 'none') values[`${prefix}.sameAsPrincipal`] = sameAs(ref);
      // 联络人来源: the first role before this one that is the same person, else someone else
      const same = c && (['principal', 'web', 'security'] as const).find((r) => r !== prefix && resolved.get(r)?.id === c.id);
      if (c) values[`${prefix}.source`] = { oneOf: [...SOURCE_WORDS[same ?? 'other']] };
      resolved.set(prefix, c);
    }
  }
  return { values, invalid };
}
