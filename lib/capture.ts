/**
 * 从页面读取: bring an existing filing in. Pure, tested in Node.
 *
 * 1. readCaptured: the readings of a page (what the content script's locate returns, each control with
 *    the value it shows) → values keyed by fill-view path (lib/forms/view.ts), the inverse of the
 *    planner's render (lib/fill/planner.ts): a region path, an address line split back into region +
 *    detail (lib/address.ts), validity from / to / 长期, lists from rows, multi-selects or one joined
 *    text, 是/否/涉及/不涉及 → boolean, the page's option synonyms → the profile's value.
 * 2. mergeCaptured: the steps of one wizard read one after another, merged into one pending record.
 * 3. propose: each value beside the profile record it would update (主体, 网站, each person role), with
 *    新 / 变更 / 相同 and the schema's validation of the record it would produce.
 * 4. applyCapture: the records to write for the values the filer ticked (nothing is written here).
 *
 * Documents are not read back: a page shows a file's name, never its bytes.
 */
import { EMPTY_REGION, addressLine, splitAddress } from './address';
import { GROUP_NAMES, type Group, type Targets } from './capture-groups';
import { PERSON_CERT_TYPES, PSB_SITE_CATEGORIES, psbCategoryTexts } from './data/codes';
import { fieldById, optionKey, pathOf, type FieldDef, type PersonRole } from './forms/vocabulary';
import type { Part } from './forms/parts';
import type { ReadingWire } from './messages';
import { spellingsOf } from './forms/spellings';
import {
  ContactSchema, EntitySchema, SiteSchema, newId,
  type Address, type Contact, type ContactRef, type Entity, type Region, type Site,
} from './schema';

export type CapValue = string | string[] | boolean;
export interface CapturedValue { value: CapValue; label: string }
/** Values read from pages, by fill-view path (entity.name, principal.validFrom, provider.region …). */
export type Captured = Record<string, CapturedValue>;

const YES = ['是', '有', '涉及', '需要', '提供', '交互式'];
const NO = ['否', '无', '不涉及', '不需要', '不提供', '非交互式'];
const same = (a: string, b: string) => optionKey(a) === optionKey(b);

/** A page's yes/no text as a boolean, or undefined when it is neither. */
export function yesNo(f: FieldDef | undefined, text: string): boolean | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const yes = (f && spellingsOf(f)?.true) ?? YES;
  const no = (f && spellingsOf(f)?.false) ?? NO;
  if (no.some((w) => same(w, t))) return false;
  if (yes.some((w) => same(w, t))) return true;
  return undefined;
}

/** A page's option text as the profile's value: the value whose synonyms hold it (unique), else the text itself. */
export function optionValue(f: FieldDef, text: string): string {
  const t = text.trim();
  if (f.id === 'site.psbCategory') {
    for (const c of PSB_SITE_CATEGORIES) {
      if ([...psbCategoryTexts(c.code), c.code].some((x) => same(x, t))) return c.code;
    }
    return t;
  }
  const opts = spellingsOf(f);
  if (!opts) return t;
  if (Object.keys(opts).some((k) => same(k, t))) return Object.keys(opts).find((k) => same(k, t))!;
  const hits = Object.entries(opts).filter(([, syn]) => syn.some((s) => same(s, t))).map(([k]) => k);
  return hits.length === 1 ? hits[0]! : t;
}

/** A list the page shows in one text: split as it is joined (，,；;、 or line breaks). */
export function splitList(text: string): string[] {
  return text.split(/[,，;；、\n]+|\s{2,}/).map((s) => s.trim()).filter(Boolean);
}
/** A region as a control shows it: levels, or one text 浙江省 / 杭州市 / 余杭区. */
export function regionOf(cur: ReadingWire['controls'][number]['current']): string[] | undefined {
  const levels = Array.isArray(cur) ? cur.map((s) => s.trim()).filter(Boolean) : typeof cur === 'string' ? cur.split(/\s*[/／>]\s*|\s+/).filter(Boolean) : [];
  return levels.length >= 3 ? levels.slice(0, 3) : undefined;
}

const text = (cur: unknown) => (typeof cur === 'string' ? cur.trim() : Array.isArray(cur) && typeof cur[0] === 'string' ? cur[0].trim() : '');

/** The values a page's readings show, by fill-view path (what a fill would have put there). */
export function readCaptured(readings: readonly ReadingWire[]): Captured {
  const out: Captured = {};
  for (const r of readings) {
    if (r.status !== 'found') continue;
    const f = fieldById.get(r.field);
    if (!f || f.kind === 'upload') continue;
    const role = r.role as PersonRole | undefined;
    const p = (part?: string) => pathOf(f, role, part);
    const put = (path: string, v: CapValue | undefined) => {
      if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) return;
      out[path] = { value: v, label: r.label };
    };
    const rows = r.controls.filter((c) => c.part === 'row');
    if (rows.length) put(p(), rows.map((c) => text(c.current)).filter(Boolean));
    const levels: string[] = [];
    const phone: Partial<Record<Extract<Part, 'areaCode' | 'localNumber' | 'extension'>, string>> = {};
    for (const c of r.controls) {
      const cur = c.current;
      switch (c.part) {
        case 'row': break;
        case 'longTerm':
          put(p('longTerm'), c.shape === 'radio' ? /长期/.test(text(cur)) : cur === true);
          break;
        case 'span': break; // the length alone is no date: the start and the page's end are read as from / to
        case 'range':
          if (Array.isArray(cur)) { put(p('from'), cur[0]?.trim()); put(p('to'), cur[1]?.trim()); }
          break;
        case 'from': case 'to':
          put(p(c.part), text(cur));
          break;
        case 'line':
          if (f.kind === 'list') put(p(), Array.isArray(cur) ? cur : splitList(text(cur)));
          else put(p('line'), text(cur));
          break;
        case 'region':
          put(f.kind === 'region' ? p() : p('region'), regionOf(cur));
          break;
        case 'province': case 'city': case 'district':
          levels[['province', 'city', 'district'].indexOf(c.part)] = text(cur);
          break;
        case 'detail':
          put(p('detail'), text(cur));
          break;
        case 'areaCode': case 'localNumber': case 'extension':
          phone[c.part] = text(cur);
          break;
        default:
          put(p(), valueOf(f, c.shape, cur));
      }
    }
    if (levels.filter(Boolean).length === 3) put(f.kind === 'region' ? p() : p('region'), levels);
    // a landline typed into 区号 | 号码 (| 分机号): one number
    if (phone.areaCode && phone.localNumber) put(p('line'), [phone.areaCode, phone.localNumber, phone.extension].filter(Boolean).join('-'));
  }
  return out;
}

function valueOf(f: FieldDef, shape: string, cur: ReadingWire['controls'][number]['current']): CapValue | undefined {
  switch (f.kind) {
    case 'yesno': case 'flag':
      if (typeof cur === 'boolean') return cur;
      return f.kind === 'flag' ? /长期|是|同/.test(text(cur)) || undefined : yesNo(f, text(cur));
    case 'choice': return text(cur) ? optionValue(f, text(cur)) : undefined;
    case 'multi': case 'list': {
      const list = Array.isArray(cur) ? cur : typeof cur === 'string' ? (shape === 'text' ? splitList(cur) : [cur]) : [];
      return list.map((x) => x.trim()).filter(Boolean).map((x) => (f.kind === 'multi' ? optionValue(f, x) : x));
    }
    case 'region': return regionOf(cur);
    default: return typeof cur === 'boolean' ? undefined : text(cur);
  }
}

/** The steps of one wizard: later reads win over earlier ones for the same value. */
export function mergeCaptured(a: Captured, b: Captured): Captured {
  return { ...a, ...b };
}

// ───────────────────────────── the profile side ─────────────────────────────

export { GROUPS, GROUP_NAMES, type Group, type Targets } from './capture-groups';
const ROLE_REF = { web: 'webPrincipal', security: 'securityOfficer', emergency: 'emergencyContact' } as const;
type SiteRole = keyof typeof ROLE_REF;

export type Mark = 'new' | 'changed' | 'same';
export interface ProposalItem {
  /** `${group}:${field}` */
  id: string;
  group: Group;
  /** the record's field (dotted for nested: accessProvider.name) */
  field: string;
  /** the page's label */
  label: string;
  value: unknown;
  shown: string;
  current: string;
  mark: Mark;
  /** validation code of the value (the schema's message) */
  issue?: string;
  /** a value the profile cannot hold, only compared (证件号码后六位) */
  checkOnly?: boolean;
}
export interface ProfileRecords {
  entity?: Entity;
  site?: Site;
  /** the contact holding each role now (the target), when there is one */
  people: Partial<Record<PersonRole, Contact>>;
}

interface Value { group: Group; field: string; label: string; value: unknown; checkOnly?: boolean }

const regionObj = (v: CapValue | undefined): Region | undefined => (Array.isArray(v) && v.length >= 3 ? { province: v[0]!, city: v[1]!, district: v[2]! } : undefined);

/** The captured values as record fields. `base` gives the current values partial captures merge with. */
function recordValues(cap: Captured, base: ProfileRecords): Value[] {
  const out: Value[] = [];
  const get = (p: string) => cap[p];
  const add = (group: Group, field: string, path: string | string[], value: unknown, checkOnly = false) => {
    const paths = Array.isArray(path) ? path : [path];
    const label = paths.map((x) => get(x)?.label).find(Boolean) ?? field;
    out.push({ group, field, label, value, ...(checkOnly ? { checkOnly } : {}) });
  };
  const simple = (group: Group, field: string, path: string, conv: (v: CapValue) => unknown = (v) => v) => {
    const v = get(path);
    if (v !== undefined) add(group, field, path, conv(v.value));
  };
  const str = (v: CapValue) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('、') : v ? '是' : '否');
  const address = (group: Group, field: string, line: string, region: string, detail: string, cur: Address | undefined) => {
    const r = regionObj(get(region)?.value);
    const d = get(detail)?.value;
    if (r || typeof d === 'string') {
      add(group, field, [region, detail], { region: r ?? cur?.region ?? { ...EMPTY_REGION }, detail: typeof d === 'string' ? d : cur?.detail ?? '' });
      return;
    }
    const l = get(line)?.value;
    if (typeof l === 'string' && l) add(group, field, line, splitAddress(l) ?? { region: { ...EMPTY_REGION }, detail: l });
  };

  // ── the entity ──
  const e = base.entity;
  simple('entity', 'kind', 'entity.kind', (v) => (/个人/.test(str(v)) ? '个人' : '单位'));
  simple('entity', 'nature', 'entity.nature', str);
  simple('entity', 'name', 'entity.name', str);
  simple('entity', 'certType', 'entity.certType', str);
  simple('entity', 'certNumber', 'entity.certNumber', str);
  simple('entity', 'investor', 'entity.investor', str);
  simple('entity', 'remark', 'entity.remark', str);
  simple('entity', 'usesGenAI', 'entity.usesGenAI', (v) => (typeof v === 'boolean' ? v : yesNo(undefined, str(v)) ?? null));
  simple('entity', 'region', 'entity.region', (v) => regionObj(v));
  address('entity', 'certAddress', 'entity.certAddress', 'entity.certAddressRegion', 'entity.certAddressDetail', e?.certAddress);
  address('entity', 'mailingAddress', 'entity.mailingAddress', 'entity.mailingAddressRegion', 'entity.mailingAddressDetail', e?.mailingAddress);
  address('entity', 'registeredAddress', 'entity.registeredAddress', 'entity.registeredAddressRegion', 'entity.registeredAddressDetail', e && !e.registeredAddress.sameAsCert ? e.registeredAddress : e?.certAddress);
  address('entity', 'officeAddress', 'entity.officeAddress', 'entity.officeRegion', 'entity.officeDetail', e?.officeAddress);
  for (const v of out) if (v.field === 'registeredAddress') v.value = { sameAsCert: false, ...(v.value as Address) };

  // ── people ──
  const sameAs = new Set<PersonRole>();
  for (const r of ['web', 'security', 'emergency'] as const) {
    const v = get(`${r}.sameAsPrincipal`);
    if (v?.value === true) { sameAs.add(r); add('site', ROLE_REF[r], `${r}.sameAsPrincipal`, { kind: 'principal' }); }
  }
  for (const r of ['principal', 'legalRep', 'web', 'security', 'emergency'] as const) {
    if (sameAs.has(r)) continue;
    const c = base.people[r];
    simple(r, 'name', `${r}.name`, str);
    simple(r, 'certType', `${r}.certType`, (v) => str(v));
    simple(r, 'certNumber', `${r}.certNumber`, str);
    simple(r, 'certValidFrom', `${r}.validFrom`, str);
    simple(r, 'certValidTo', `${r}.validTo`, str);
    simple(r, 'certLongTerm', `${r}.longTerm`, (v) => v === true);
    // 有效期限 (5年 / 10年 / 20年 / 长期) beside the start date: 长期, or the end date that many years on
    const span = get(`${r}.validSpan`);
    const from = get(`${r}.validFrom`);
    if (span && !get(`${r}.validTo`) && !get(`${r}.longTerm`)) {
      const years = /^(\d+)\s*年$/.exec(str(span.value).trim());
      const start = from ? /^(\d{4})(-\d{2}-\d{2})$/.exec(str(from.value)) : null;
      if (/长期/.test(str(span.value))) add(r, 'certLongTerm', `${r}.validSpan`, true);
      else if (years && start) add(r, 'certValidTo', `${r}.validSpan`, `${Number(start[1]) + Number(years[1])}${start[2]}`);
    }
    simple(r, 'mobile', `${r}.mobile`, str);
    simple(r, 'emergencyPhone', `${r}.emergencyPhone`, str);
    simple(r, 'landline', `${r}.landline`, str);
    simple(r, 'email', `${r}.email`, str);
    address(r, 'address', `${r}.address`, `${r}.region`, `${r}.addressDetail`, c?.address);
    const last6 = get(`${r}.idLast6`);
    // 证件号码后六位: compared with a stored number, kept as the last six when there is none
    if (last6 && !get(`${r}.certNumber`)) {
      if (c?.certNumber) add(r, 'certNumber', `${r}.idLast6`, str(last6.value).toUpperCase(), true);
      else add(r, 'certLast6', `${r}.idLast6`, str(last6.value).toUpperCase());
    }
  }
  // 长期: no end date (the page leaves it empty); an end date: not 长期
  for (const r of ['principal', 'legalRep', 'web', 'security', 'emergency'] as const) {
    const lt = out.find((v) => v.group === r && v.field === 'certLongTerm');
    const to = out.find((v) => v.group === r && v.field === 'certValidTo');
    if (lt?.value === true && !to) add(r, 'certValidTo', `${r}.longTerm`, '');
    if (to && !lt && get(`${r}.validFrom`)) add(r, 'certLongTerm', `${r}.validTo`, false);
  }

  // ── the site ──
  const s = base.site;
  simple('site', 'name', 'site.name', str);
  const domains = get('site.domains')?.value;
  const main = get('site.mainDomain')?.value;
  const others = get('site.otherDomainsList')?.value ?? get('site.otherDomains')?.value;
  // one value where the profile holds several (a page asking one domain or IP): it is the first, the rest stay
  const firstOf = (list: string[], cur: string[] | undefined) => (list.length === 1 && cur && cur.length > 1 ? [list[0]!, ...cur.filter((x) => x !== list[0]).slice(cur[0] === list[0] ? 0 : 1)] : list);
  if (Array.isArray(domains)) add('site', 'domains', 'site.domains', firstOf(domains, s?.domains));
  else if (typeof domains === 'string') add('site', 'domains', 'site.domains', firstOf(splitList(domains), s?.domains));
  else if (main !== undefined || others !== undefined) {
    const rest = others === undefined ? (s?.domains.slice(1) ?? []) : Array.isArray(others) ? others : splitList(str(others));
    const first = main === undefined ? s?.domains[0] : str(main);
    add('site', 'domains', ['site.mainDomain', 'site.otherDomainsList'], [...(first ? [first] : []), ...rest]);
  }
  simple('site', 'homeUrl', 'site.homeUrl', str);
  const ips = get('site.ips')?.value ?? get('site.ip')?.value;
  if (ips !== undefined) add('site', 'ips', ['site.ips', 'site.ip'], firstOf(Array.isArray(ips) ? ips : splitList(str(ips)), s?.ips));
  simple('site', 'serviceType', 'site.serviceType', str);
  simple('site', 'contentTypes', 'site.contentTypes', (v) => (Array.isArray(v) ? v : [str(v)]));
  simple('site', 'languages', 'site.languages', (v) => (Array.isArray(v) ? v : [str(v)]));
  const approvals = get('site.preApprovals')?.value;
  const hasApproval = get('site.hasPreApproval')?.value;
  const keepNumber = (item: string) => s?.preApprovals.find((p) => p.item === item)?.approvalNumber ?? '';
  if (Array.isArray(approvals)) add('site', 'preApprovals', 'site.preApprovals', approvals.map((item) => ({ item, approvalNumber: keepNumber(item) })));
  else if (hasApproval === false) add('site', 'preApprovals', 'site.hasPreApproval', []);
  simple('site', 'remark', 'site.remark', str);
  simple('site', 'openedAt', 'site.openedAt', str);
  if (get('site.icpNumber')) simple('site', 'icpSiteNumber', 'site.icpNumber', str);
  else if (get('site.hasIcpNumber')?.value === false) add('site', 'icpSiteNumber', 'site.hasIcpNumber', '');
  simple('site', 'domainCertFrom', 'site.domainCertFrom', str);
  simple('site', 'domainCertTo', 'site.domainCertTo', str);
  simple('site', 'interactive', 'site.interactive', (v) => (typeof v === 'boolean' ? v : null));
  simple('site', 'interactiveKinds', 'site.interactiveKinds', (v) => (Array.isArray(v) ? v : [str(v)]));
  simple('site', 'dangerousGoods', 'site.dangerousGoods', (v) => (typeof v === 'boolean' ? v : null));
  simple('site', 'psbCategory', 'site.psbCategory', str);
  for (const b of ['provider', 'registrar'] as const) {
    const rec = b === 'provider' ? 'accessProvider' : 'registrar';
    simple('site', `${rec}.name`, `${b}.name`, str);
    simple('site', `${rec}.jurisdiction`, `${b}.jurisdiction`, (v) => (/外/.test(str(v)) ? '境外' : '境内'));
    simple('site', `${rec}.region`, `${b}.region`, (v) => regionObj(v));
    simple('site', `${rec}.phone`, `${b}.phone`, str);
    if (b === 'provider') {
      simple('site', 'accessProvider.accessMethod', 'provider.accessMethod', str);
      simple('site', 'accessProvider.code', 'provider.code', str);
    }
  }
  return out.filter((v) => v.value !== undefined);
}

const getAt = (rec: unknown, field: string): unknown => field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), rec);
function setAt(rec: Record<string, unknown>, field: string, value: unknown) {
  const keys = field.split('.');
  let o = rec;
  for (const k of keys.slice(0, -1)) { o[k] = { ...(o[k] as Record<string, unknown>) }; o = o[k] as Record<string, unknown>; }
  o[keys.at(-1)!] = value;
}

/** A value as the panel shows it. */
export function display(field: string, v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return field === 'certLongTerm' ? (v ? '长期' : '非长期') : v ? '是' : '否';
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' && 'item' in x ? String((x as { item: string }).item) : String(x))).join('、');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('sameAsCert' in o && o.sameAsCert === true) return '同证件住所';
    if ('kind' in o && (o.kind === 'principal')) return '同主体负责人';
    if ('kind' in o && o.kind === 'contact') return '（人员）';
    if ('kind' in o && o.kind === 'none') return '';
    if ('region' in o || 'detail' in o) return addressLine(o as unknown as Address);
    if ('province' in o) return addressLine({ region: o as unknown as Region, detail: '' });
  }
  return String(v);
}
/** Option lists are sets: 英语、中文简体 is 中文简体、英语. */
const SETS = new Set(['languages', 'contentTypes', 'interactiveKinds', 'preApprovals']);
const norm = (field: string, v: unknown) => {
  if (v && typeof v === 'object' && 'sameAsCert' in v) return JSON.stringify(v);
  if (SETS.has(field) && Array.isArray(v)) return display(field, [...v].map((x) => display(field, [x])).sort());
  return display(field, v);
};

const PERSON_CERT = new Set<string>(PERSON_CERT_TYPES);
/** The subject kind the values point to (for a new entity). */
function kindOf(values: Value[]): '个人' | '单位' {
  const v = (f: string) => values.find((x) => x.group === 'entity' && x.field === f)?.value;
  if (v('kind')) return v('kind') as '个人' | '单位';
  if (v('nature')) return v('nature') === '个人' ? '个人' : '单位';
  if (typeof v('certType') === 'string' && PERSON_CERT.has(v('certType') as string)) return '个人';
  return '单位';
}

export const PLACEHOLDER = { entity: '新主体（从页面读取）', site: '新网站（从页面读取）', person: (g: Group) => `${GROUP_NAMES[g]}（从页面读取）` };

/** The records the ticked values produce (new ones get ids and placeholder names), with links set. */
export function buildRecords(cap: Captured, base: ProfileRecords, targets: Targets, ticked: ReadonlySet<string> | 'all', now = Date.now()) {
  const values = recordValues(cap, base).filter((v) => !v.checkOnly && (ticked === 'all' || ticked.has(`${v.group}:${v.field}`)));
  const groups = new Set(values.map((v) => v.group));
  const target = (g: Group) => targets[g] ?? (g === 'entity' ? base.entity?.id : g === 'site' ? base.site?.id : base.people[g as PersonRole]?.id) ?? 'new';
  const touched = (g: Group) => groups.has(g);
  const of = (g: Group) => values.filter((v) => v.group === g);

  // the entity: the chosen one, or a new one when there is none (a site and its people need their subject)
  const anything = values.length > 0;
  let entity: Entity | undefined;
  let entityNew = false;
  const eTarget = target('entity');
  if (eTarget !== 'new' && base.entity?.id === eTarget) entity = structuredClone(base.entity);
  else if (anything) {
    const kind = kindOf(values);
    entity = EntitySchema.parse({ id: newId(), kind, nature: kind === '个人' ? '个人' : '企业', name: PLACEHOLDER.entity, createdAt: now });
    entityNew = true;
  }
  const e = entity as unknown as Record<string, unknown> | undefined;
  if (e) for (const v of of('entity')) setAt(e, v.field, v.value);

  const people: Partial<Record<PersonRole, { contact: Contact; isNew: boolean }>> = {};
  for (const r of ['principal', 'legalRep', 'web', 'security', 'emergency'] as const) {
    if (!touched(r)) continue;
    // a 法定代表人 given only by name is the entity's link to a name (or to the principal of that name)
    if (r === 'legalRep' && of(r).every((v) => v.field === 'name')) continue;
    const t = target(r);
    const existing = t !== 'new' ? base.people[r]?.id === t ? base.people[r] : undefined : undefined;
    const contact = existing ? structuredClone(existing) : ContactSchema.parse({ id: newId(), name: PLACEHOLDER.person(r), createdAt: now });
    for (const v of of(r)) setAt(contact as unknown as Record<string, unknown>, v.field, v.value);
    people[r] = { contact, isNew: !existing };
  }

  let site: Site | undefined;
  let siteNew = false;
  const sTarget = target('site');
  const needsSite = touched('site') || (['web', 'security', 'emergency'] as const).some((r) => people[r]);
  if (sTarget !== 'new' && base.site?.id === sTarget) site = structuredClone(base.site);
  else if (needsSite) { site = SiteSchema.parse({ id: newId(), name: PLACEHOLDER.site, entityId: entity?.id ?? '', createdAt: now }); siteNew = true; }
  if (site) for (const v of of('site')) setAt(site as unknown as Record<string, unknown>, v.field, v.value);

  // links
  if (entity && people.principal) entity.principalId = people.principal.contact.id;
  if (entity && touched('legalRep')) {
    const lr = people.legalRep?.contact;
    const name = of('legalRep').find((v) => v.field === 'name')?.value as string | undefined;
    const principal = people.principal?.contact ?? base.people.principal;
    if (lr) entity.legalRep = { kind: 'contact', contactId: lr.id };
    else if (name && principal?.name === name) entity.legalRep = { kind: 'contact', contactId: principal.id };
    else if (name) entity.legalRep = { kind: 'name', name };
  }
  if (site) {
    if (siteNew && entity) site.entityId = entity.id;
    for (const r of ['web', 'security', 'emergency'] as const) {
      const p = people[r];
      if (p) site[ROLE_REF[r]] = { kind: 'contact', contactId: p.contact.id } as ContactRef;
    }
  }
  if (entity?.registeredAddress && !entity.registeredAddress.sameAsCert && JSON.stringify({ region: entity.registeredAddress.region, detail: entity.registeredAddress.detail }) === JSON.stringify(entity.certAddress)) {
    entity.registeredAddress = { sameAsCert: true };
  }
  return { entity, entityNew, site, siteNew, people, values };
}

/** Schema problems of the records, by group and record field path. */
function issuesOf(built: ReturnType<typeof buildRecords>): { group: Group; path: string; code: string }[] {
  const out: { group: Group; path: string; code: string }[] = [];
  const check = (group: Group, schema: typeof EntitySchema | typeof SiteSchema | typeof ContactSchema, rec: unknown) => {
    const r = schema.safeParse(rec);
    if (!r.success) for (const i of r.error.issues) out.push({ group, path: i.path.join('.'), code: i.message });
  };
  if (built.entity) check('entity', EntitySchema, built.entity);
  if (built.site) check('site', SiteSchema, built.site);
  for (const [r, p] of Object.entries(built.people)) check(r as Group, ContactSchema, p.contact);
  return out;
}

/** Each captured value beside the record it would update: 新 / 变更 / 相同, and the schema's verdict. */
export function propose(cap: Captured, base: ProfileRecords, targets: Targets = {}): ProposalItem[] {
  const built = buildRecords(cap, base, targets, 'all');
  const issues = issuesOf(built);
  const current = (g: Group): unknown => {
    const t = targets[g];
    if (g === 'entity') return t === 'new' ? undefined : base.entity;
    if (g === 'site') return t === 'new' ? undefined : base.site;
    return t === 'new' ? undefined : base.people[g as PersonRole];
  };
  const items: ProposalItem[] = [];
  for (const v of recordValues(cap, base)) {
    const rec = current(v.group);
    let cur = rec === undefined ? undefined : getAt(rec, v.field);
    if (v.group === 'legalRep' && v.field === 'name' && !rec && base.entity) {
      const lr = base.entity.legalRep;
      cur = lr.kind === 'name' ? lr.name : lr.kind === 'contact' && base.people.principal?.id === lr.contactId ? base.people.principal.name : undefined;
    }
    if (v.checkOnly) cur = typeof cur === 'string' && cur ? cur.slice(-6).toUpperCase() : undefined;
    if (v.field === 'registeredAddress' && cur && typeof cur === 'object' && (cur as { sameAsCert?: boolean }).sameAsCert && base.entity) cur = { sameAsCert: false, ...base.entity.certAddress };
    const shown = display(v.field, v.value);
    const was = cur === undefined ? '' : display(v.field, cur);
    const mark: Mark = norm(v.field, cur) === norm(v.field, v.value) ? 'same' : was === '' ? 'new' : 'changed';
    const issue = issues.find((i) => i.group === v.group && (i.path === v.field || i.path.startsWith(`${v.field}.`)))?.code;
    items.push({ id: `${v.group}:${v.field}`, group: v.group, field: v.field, label: v.label, value: v.value, shown, current: was, mark, ...(issue ? { issue } : {}), ...(v.checkOnly ? { checkOnly: true } : {}) });
  }
  return items;
}

export interface CaptureWrite {
  entity?: { record: Entity; isNew: boolean };
  site?: { record: Site; isNew: boolean };
  contacts: { role: PersonRole; record: Contact; isNew: boolean }[];
}
/**
 * The records to write for the ticked values, or the problems that stop it (nothing is written then):
 * every record must pass its schema. Names of new records may be given by the filer.
 */
export function applyCapture(cap: Captured, base: ProfileRecords, targets: Targets, ticked: readonly string[], names: Partial<Record<Group, string>> = {}, now = Date.now()):
  { ok: true; write: CaptureWrite } | { ok: false; problems: { group: Group; path: string; code: string }[] } {
  const built = buildRecords(cap, base, targets, new Set(ticked), now);
  if (built.entity && built.entityNew && names.entity?.trim()) built.entity.name = names.entity.trim();
  if (built.site && built.siteNew && names.site?.trim()) built.site.name = names.site.trim();
  for (const [r, p] of Object.entries(built.people)) if (p.isNew && names[r as Group]?.trim()) p.contact.name = names[r as Group]!.trim();
  // a new record's placeholder name gives way to the name the page showed
  const problems = issuesOf(built);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    write: {
      ...(built.entity && built.values.length ? { entity: { record: built.entity, isNew: built.entityNew } } : {}),
      ...(built.site ? { site: { record: built.site, isNew: built.siteNew } } : {}),
      contacts: Object.entries(built.people).map(([role, p]) => ({ role: role as PersonRole, record: p.contact, isNew: p.isNew })),
    },
  };
}
