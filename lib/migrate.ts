/**
 * Record-shape upgrades, shared by the database upgrade (lib/db.ts, version 3), the import of older
 * backups (lib/backup.ts, format version 1) and rows sealed under a passphrase, which the upgrade cannot
 * read and are converted when they are read (lib/vault.ts) and written back at unlock.
 *
 * Profile v2 (DB 3, backup format 2) over v1 (DB ≤ 2, backup format 1):
 *  - entity.certAddress and entity.mailingAddress: one line → region + detail. A line that starts with
 *    a 省/市/区 of the national data is split (lib/address.ts splitAddress); any other is kept whole as
 *    the detail with the region empty, and its path is listed in entity.needsReview.
 *  - entity.registeredAddress (new): "同证件住所" ({ sameAsCert: true }).
 *  - entity.legalRep: a name → a link to the contact when exactly one contact has that name, else the
 *    name alone (several people of that name: listed in needsReview too); '' → none.
 *  - site.domainCertFrom / domainCertTo (new): '' (the end date is taken from the site's stored domain
 *    certificate's expiry when there is exactly one); site.interactiveKinds (new): [].
 * Every function is idempotent: a record already in the current shape comes back as the same object.
 */
import { emptyAddress, splitAddress, type AddressValue } from './address';
import { isValidRegion } from './regions';

type Row = Record<string, unknown>;
interface NamedContact { id: string; name: string }
interface DocLike { ownerType?: unknown; ownerId?: unknown; kind?: unknown; expiresAt?: unknown }

/** One stored address value of any version as an address; `review` is set when the text could not be split. */
export function toAddress(v: unknown): { address: AddressValue; review: boolean } {
  if (v && typeof v === 'object') {
    const o = v as Partial<AddressValue>;
    return { address: { region: { ...emptyAddress().region, ...(o.region ?? {}) }, detail: typeof o.detail === 'string' ? o.detail : '' }, review: false };
  }
  const text = typeof v === 'string' ? v.trim() : '';
  if (!text) return { address: emptyAddress(), review: false };
  const split = splitAddress(text);
  if (split && isValidRegion(split.region)) return { address: split, review: false };
  return { address: { ...emptyAddress(), detail: text }, review: true };
}

const isAddress = (v: unknown) => !!v && typeof v === 'object' && 'region' in v && 'detail' in v;
const isRef = (v: unknown) => !!v && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string';

/** Whether an entity row is in an older shape. */
export function entityIsOld(r: Row): boolean {
  return !isAddress(r.certAddress) || !isAddress(r.mailingAddress) || !isAddress(r.officeAddress) || !isRef(r.legalRep)
    || !r.registeredAddress || typeof r.registeredAddress !== 'object' || !Array.isArray(r.needsReview);
}

/**
 * An entity row of any earlier version in the current shape. With `contacts` the legal representative
 * is linked to the one contact of that name; without (a sealed row read before its contacts), the name
 * is kept and linkLegalRep finishes the job later.
 */
export function upgradeEntity<T extends Row>(r: T, contacts?: readonly NamedContact[]): T {
  if (!entityIsOld(r)) return r;
  const review = new Set(Array.isArray(r.needsReview) ? (r.needsReview as string[]) : []);
  const out: Row = { ...r };
  for (const f of ['certAddress', 'mailingAddress'] as const) {
    const { address, review: flag } = toAddress(r[f]);
    out[f] = address;
    if (flag) review.add(f);
  }
  out.officeAddress = toAddress(r.officeAddress).address;
  if (!r.registeredAddress || typeof r.registeredAddress !== 'object') out.registeredAddress = { sameAsCert: true };
  if (!isRef(r.legalRep)) {
    const name = typeof r.legalRep === 'string' ? r.legalRep.trim() : '';
    out.legalRep = name ? { kind: 'name', name } : { kind: 'none' };
  }
  out.needsReview = [...review];
  return (contacts && !isRef(r.legalRep) ? linkLegalRep(out, contacts) : out) as T;
}

/**
 * A legal representative known by name only → a link to the contact of that name when exactly one has
 * it; when several have it the name stays and 'legalRep' is listed for review.
 */
export function linkLegalRep<T extends Row>(r: T, contacts: readonly NamedContact[]): T {
  const rep = r.legalRep as { kind?: string; name?: string } | undefined;
  if (rep?.kind !== 'name' || !rep.name) return r;
  const same = contacts.filter((c) => c.name.trim() === rep.name!.trim());
  if (same.length === 1) return { ...r, legalRep: { kind: 'contact', contactId: same[0]!.id } };
  if (same.length > 1) {
    const review = Array.isArray(r.needsReview) ? (r.needsReview as string[]) : [];
    return review.includes('legalRep') ? r : { ...r, needsReview: [...review, 'legalRep'] };
  }
  return r;
}

/** Whether a site row is in an older shape. */
export function siteIsOld(r: Row): boolean {
  return typeof r.domainCertFrom !== 'string' || typeof r.domainCertTo !== 'string' || !Array.isArray(r.interactiveKinds);
}

/** A site row of any earlier version in the current shape; `docs` (its stored documents) seed the certificate's end date. */
export function upgradeSite<T extends Row>(r: T, docs?: readonly DocLike[]): T {
  if (!siteIsOld(r)) return r;
  const out: Row = { ...r };
  if (typeof r.domainCertFrom !== 'string') out.domainCertFrom = '';
  if (typeof r.domainCertTo !== 'string') {
    const ends = [...new Set((docs ?? [])
      .filter((d) => d.ownerType === 'site' && d.ownerId === r.id && d.kind === 'domain-cert' && typeof d.expiresAt === 'string' && d.expiresAt)
      .map((d) => d.expiresAt as string))];
    out.domainCertTo = ends.length === 1 ? ends[0] : '';
  }
  if (!Array.isArray(r.interactiveKinds)) out.interactiveKinds = [];
  return out as T;
}

/** A contact row: v1 rows may lack the address. */
export function upgradeContact<T extends Row>(r: T): T {
  return isAddress(r.address) ? r : ({ ...r, address: toAddress(r.address).address } as T);
}

/** The row of `table` in the current shape (the same object when it already is). */
export function upgradeRow(table: string, r: Row): Row {
  if (!r || typeof r !== 'object' || '__sealed' in r) return r;
  if (table === 'entities') return upgradeEntity(r);
  if (table === 'sites') return upgradeSite(r);
  if (table === 'contacts') return upgradeContact(r);
  return r;
}
