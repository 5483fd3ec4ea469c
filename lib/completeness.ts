/**
 * What a filing still needs from the profile: for the current entity and site, every value the ICP and
 * 公安 forms require (FORMS.md §1.3, §1.4, §2.2–§2.4), each ok / missing / invalid, plus warnings
 * (expiring certificates, site-name rules). Pure; the popup, side panel and planner read it.
 */
import { ContactSchema, EntitySchema, SiteSchema, type Address, type Contact, type ContactRef, type Entity, type Site } from './schema';
import { unlistedOptions } from './options';
import { expiryIssues, siteNameWarnings } from './validators';
import type { Issue } from './validators/types';

export type ItemState = 'ok' | 'missing' | 'invalid';
export interface CompletenessItem {
  record: 'entity' | 'contact' | 'site';
  recordId: string;
  /** field path in the record (dot separated) */
  field: string;
  /** i18n key of the label */
  label: string;
  /** role of the person when record = contact (主体负责人, 网站负责人 …) */
  role?: string;
  state: ItemState;
  /** validation code when invalid */
  code?: string;
  params?: Record<string, string | number>;
}
export interface Completeness { items: CompletenessItem[]; done: number; total: number; warnings: (Issue & { record: string; recordId: string; field: string })[] }

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const regionEmpty = (r: { province: string; city: string; district: string }) => !r.province || !r.city || !r.district;

function errorsOf(schema: typeof EntitySchema | typeof ContactSchema | typeof SiteSchema, rec: unknown): Map<string, { code: string; params?: Record<string, string | number> }> {
  const out = new Map<string, { code: string; params?: Record<string, string | number> }>();
  const r = schema.safeParse(rec);
  if (!r.success) {
    for (const i of r.error.issues) {
      const key = String(i.path[0] ?? '') + (i.path[0] === 'accessProvider' || i.path[0] === 'registrar' ? `.${String(i.path[1] ?? '')}` : '');
      if (!out.has(key)) out.set(key, { code: i.message, params: (i as { params?: Record<string, string | number> }).params });
    }
  }
  return out;
}

/** An address is complete with a full region and a detail. */
export const addressComplete = (a: Address | undefined) => !!a && !regionEmpty(a.region) && !!a.detail.trim();

/** The 法定代表人: the linked contact (name, ID from it) or the name alone; undefined when not set or the link dangles. */
export function resolveLegalRep(entity: Entity | undefined, contacts: Map<string, Contact>): { name: string; contact?: Contact } | undefined {
  const rep = entity?.legalRep;
  if (rep?.kind === 'name') return rep.name ? { name: rep.name } : undefined;
  if (rep?.kind === 'contact') {
    const c = contacts.get(rep.contactId);
    return c ? { name: c.name, contact: c } : undefined;
  }
  return undefined;
}

/** The review code of a needsReview path (lib/migrate.ts). */
const reviewCode = (path: string) => (path === 'legalRep' ? 'review.legalRep' : 'review.address');

export function resolveRef(ref: ContactRef, entity: Entity | undefined, contacts: Map<string, Contact>): Contact | undefined {
  if (ref.kind === 'principal') return entity?.principalId ? contacts.get(entity.principalId) : undefined;
  if (ref.kind === 'contact') return contacts.get(ref.contactId);
  return undefined;
}

export function computeCompleteness(
  entity: Entity | undefined,
  site: Site | undefined,
  contactList: Contact[],
  today = new Date(),
): Completeness {
  const contacts = new Map(contactList.map((c) => [c.id, c]));
  const items: CompletenessItem[] = [];
  const warnings: Completeness['warnings'] = [];
  const push = (record: CompletenessItem['record'], recordId: string, field: string, label: string, value: unknown, errs: Map<string, { code: string; params?: Record<string, string | number> }>, role?: string) => {
    const err = errs.get(field);
    const isEmpty = field.endsWith('region') || field === 'region' ? regionEmpty(value as Site['accessProvider']['region']) : empty(value);
    items.push({ record, recordId, field, label, role, state: isEmpty ? 'missing' : err ? 'invalid' : 'ok', ...(err && !isEmpty ? { code: err.code, params: err.params } : {}) });
  };

  if (!entity) {
    items.push({ record: 'entity', recordId: '', field: 'id', label: 'kind.entity', state: 'missing' });
  } else {
    const e = errorsOf(EntitySchema, entity);
    const unit = entity.kind === '单位';
    push('entity', entity.id, 'name', 'field.name', entity.name, e);
    push('entity', entity.id, 'nature', 'field.nature', entity.nature, e);
    push('entity', entity.id, 'certType', 'field.certType', entity.certType, e);
    push('entity', entity.id, 'certNumber', 'field.certNumber', entity.certNumber, e);
    push('entity', entity.id, 'region', 'field.region', entity.region, e);
    const addr = (a: Address) => (addressComplete(a) ? 'set' : '');
    push('entity', entity.id, 'certAddress', 'field.certAddress', addr(entity.certAddress), e);
    push('entity', entity.id, 'mailingAddress', 'field.mailingAddress', addr(entity.mailingAddress), e);
    if (unit) {
      push('entity', entity.id, 'investor', 'field.investor', entity.investor, e);
      push('entity', entity.id, 'legalRep', 'field.legalRep', resolveLegalRep(entity, contacts)?.name ?? '', e);
      if (!entity.registeredAddress.sameAsCert) push('entity', entity.id, 'registeredAddress', 'field.registeredAddress', addr(entity.registeredAddress), e);
      push('entity', entity.id, 'officeAddress', 'field.officeAddress', addr(entity.officeAddress), e);
    }
    push('entity', entity.id, 'principalId', 'field.principalId', entity.principalId && contacts.has(entity.principalId) ? entity.principalId : '', e);
    for (const w of expiryIssues(entity.certValidTo || undefined, entity.certLongTerm, today)) warnings.push({ ...w, record: 'entity', recordId: entity.id, field: 'certValidTo' });
    for (const path of entity.needsReview) warnings.push({ code: reviewCode(path), severity: 'warning', record: 'entity', recordId: entity.id, field: path });
  }

  const people: { role: string; c: Contact | undefined; field: string }[] = [];
  if (entity) people.push({ role: 'field.principalId', c: contacts.get(entity.principalId), field: 'principalId' });
  if (site) {
    for (const f of ['webPrincipal', 'securityOfficer', 'emergencyContact'] as const) {
      const c = resolveRef(site[f], entity, contacts);
      people.push({ role: `field.${f}`, c, field: f });
    }
  }
  const seen = new Set<string>();
  for (const { role, c } of people) {
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    const e = errorsOf(ContactSchema, c);
    push('contact', c.id, 'name', 'field.contactName', c.name, e, role);
    push('contact', c.id, 'certType', 'field.certType', c.certType, e, role);
    push('contact', c.id, 'certNumber', 'field.certNumber', c.certNumber, e, role);
    push('contact', c.id, 'certValidTo', 'field.certValidTo', c.certLongTerm ? 'long' : c.certValidTo, e, role);
    push('contact', c.id, 'mobile', 'field.mobile', c.mobile, e, role);
    push('contact', c.id, 'emergencyPhone', 'field.emergencyPhone', c.emergencyPhone, e, role);
    push('contact', c.id, 'email', 'field.email', c.email, e, role);
    for (const w of expiryIssues(c.certValidTo || undefined, c.certLongTerm, today)) warnings.push({ ...w, record: 'contact', recordId: c.id, field: 'certValidTo' });
  }

  if (!site) {
    items.push({ record: 'site', recordId: '', field: 'id', label: 'kind.site', state: 'missing' });
  } else {
    const e = errorsOf(SiteSchema, site);
    const p = (field: string, label: string, value: unknown) => push('site', site.id, field, label, value, e);
    p('name', 'field.siteName', site.name);
    p('domains', 'field.domains', site.domains);
    p('ips', 'field.ips', site.ips);
    p('languages', 'field.languages', site.languages);
    p('contentTypes', 'field.contentTypes', site.contentTypes);
    for (const f of ['webPrincipal', 'securityOfficer', 'emergencyContact'] as const) {
      p(f, `field.${f}`, resolveRef(site[f], entity, contacts) ? 'set' : '');
    }
    p('accessProvider.name', 'field.accessProvider', site.accessProvider.name);
    p('accessProvider.region', 'field.providerRegion', site.accessProvider.region);
    p('accessProvider.code', 'field.providerCode', site.accessProvider.code);
    p('accessProvider.phone', 'field.providerPhone', site.accessProvider.phone);
    p('accessProvider.accessMethod', 'field.accessMethod', site.accessProvider.accessMethod);
    p('registrar.name', 'field.registrar', site.registrar.name);
    p('registrar.phone', 'field.providerPhone', site.registrar.phone);
    p('interactive', 'field.interactive', site.interactive);
    if (site.interactive === true) p('interactiveKinds', 'field.interactiveKinds', site.interactiveKinds);
    p('openedAt', 'field.openedAt', site.openedAt);
    for (const w of unlistedOptions(site)) warnings.push({ code: w.code, severity: w.severity, params: w.params, record: 'site', recordId: site.id, field: w.field });
    for (const w of expiryIssues(site.domainCertTo || undefined, false, today)) warnings.push({ ...w, record: 'site', recordId: site.id, field: 'domainCertTo' });
    for (const w of siteNameWarnings(site.name, { entityKind: entity?.kind ?? '单位', preApprovals: site.preApprovals.map((a) => a.item) })) {
      warnings.push({ ...w, record: 'site', recordId: site.id, field: 'name' });
    }
  }
  const done = items.filter((i) => i.state === 'ok').length;
  return { items, done, total: items.length, warnings };
}
