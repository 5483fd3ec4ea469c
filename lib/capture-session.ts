/**
 * The background's side of 从页面读取: the values read across the steps of one wizard are kept per tab
 * (storage.session, memory only) until the filer confirms or clears them; the proposal is computed
 * against the records the filer chose; the ticked values are written in one transaction.
 */
import { browser } from 'wxt/browser';
import type { BeianDB } from './db';
import { applyCapture, mergeCaptured, propose, readCaptured, type Captured, type Group, type ProfileRecords, type Targets } from './capture';
import { resolveLegalRep, resolveRef } from './completeness';
import type { ReadingWire } from './messages';
import type { Contact, Entity, Site } from './schema';
import { byName, resolveSelection, setSelection } from './store';

export interface Pending { platform: string; steps: string[]; values: Captured }

const memory = new Map<string, Pending>();
const keyOf = (tabId: number) => `capture:${tabId}`;
async function load(tabId: number): Promise<Pending | undefined> {
  try {
    const area = browser.storage.session;
    if (area) return ((await area.get(keyOf(tabId))) as Record<string, Pending | undefined>)[keyOf(tabId)];
  } catch { /* no session storage */ }
  return memory.get(keyOf(tabId));
}
async function store(tabId: number, p: Pending | undefined) {
  try {
    const area = browser.storage.session;
    if (area) { if (p) await area.set({ [keyOf(tabId)]: p }); else await area.remove(keyOf(tabId)); return; }
  } catch { /* no session storage */ }
  if (p) memory.set(keyOf(tabId), p); else memory.delete(keyOf(tabId));
}
export const clearPending = (tabId: number) => store(tabId, undefined);

/** Read a step into the tab's pending record: the same platform's steps merge, another platform starts over. */
export async function capture(tabId: number, platform: string, step: string, readings: readonly ReadingWire[]): Promise<Pending> {
  const old = await load(tabId);
  const values = readCaptured(readings);
  const next: Pending = old && old.platform === platform
    ? { platform, steps: old.steps.includes(step) ? old.steps : [...old.steps, step], values: mergeCaptured(old.values, values) }
    : { platform, steps: [step], values };
  await store(tabId, next);
  return next;
}
export const pendingOf = load;

/** The records each group writes to: the filer's choice, else the selection and the people it names. */
async function baseRecords(db: BeianDB, req: { entityId?: string; siteId?: string; targets?: Targets }): Promise<{ base: ProfileRecords; targets: Targets; contacts: Contact[] }> {
  const sel = await resolveSelection(db);
  const pick = (t: string | undefined, fallback: string | undefined) => (t === 'new' ? undefined : t ?? fallback);
  const entityId = pick(req.targets?.entity, req.entityId ?? sel.entity?.id);
  const entity: Entity | undefined = entityId ? await db.entities.get(entityId) : undefined;
  let siteId = pick(req.targets?.site, req.siteId ?? sel.site?.id);
  let site: Site | undefined = siteId ? await db.sites.get(siteId) : undefined;
  if (!req.targets?.site && site && entity && site.entityId !== entity.id) site = (await db.sites.where('entityId').equals(entity.id).first()) ?? undefined;
  siteId = site?.id;
  const contacts = await db.contacts.toArray();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const people: ProfileRecords['people'] = {};
  const roleDefault = {
    principal: entity?.principalId ? byId.get(entity.principalId) : undefined,
    legalRep: resolveLegalRep(entity, byId)?.contact,
    web: site ? resolveRef(site.webPrincipal, entity, byId) : undefined,
    security: site ? resolveRef(site.securityOfficer, entity, byId) : undefined,
    emergency: site ? resolveRef(site.emergencyContact, entity, byId) : undefined,
  };
  const targets: Targets = { entity: entity?.id ?? 'new', site: site?.id ?? 'new' };
  for (const [r, def] of Object.entries(roleDefault) as [keyof typeof roleDefault, Contact | undefined][]) {
    const t = req.targets?.[r];
    const c = t === 'new' ? undefined : t ? byId.get(t) : def;
    if (c) people[r] = c;
    targets[r] = c?.id ?? 'new';
  }
  return { base: { entity, site, people }, targets, contacts };
}

export interface ProposalReply {
  ok: boolean; error?: string; platform?: string; steps: string[];
  items: ReturnType<typeof propose>;
  targets: Targets;
  choices: { entities: { id: string; name: string }[]; sites: { id: string; name: string }[]; contacts: { id: string; name: string }[] };
}

export async function proposal(db: BeianDB, tabId: number, req: { entityId?: string; siteId?: string; targets?: Targets }): Promise<ProposalReply> {
  const pending = await load(tabId);
  const { base, targets, contacts } = await baseRecords(db, req);
  const [entities, sites] = await Promise.all([db.entities.toArray().then(byName), db.sites.toArray().then(byName)]);
  return {
    ok: true, platform: pending?.platform, steps: pending?.steps ?? [],
    items: pending ? propose(pending.values, base, targets) : [],
    targets,
    choices: {
      entities: entities.map((e) => ({ id: e.id, name: e.name })),
      sites: sites.filter((s) => !base.entity || s.entityId === base.entity.id).map((s) => ({ id: s.id, name: s.name })),
      contacts: byName(contacts).map((c) => ({ id: c.id, name: c.name })),
    },
  };
}

/** Write the ticked values; nothing at all when any record would not pass its schema. */
export async function applyPending(db: BeianDB, tabId: number, req: { entityId?: string; siteId?: string; targets?: Targets; ticked: string[]; names?: Partial<Record<Group, string>> }) {
  const pending = await load(tabId);
  if (!pending) return { ok: false, error: 'nothing' } as const;
  const { base, targets } = await baseRecords(db, req);
  const r = applyCapture(pending.values, base, targets, req.ticked, req.names);
  if (!r.ok) return { ok: false, problems: r.problems } as const;
  const now = Date.now();
  const bump = <T extends { rev: number; createdAt: number; updatedAt: number }>(rec: T, isNew: boolean): T => ({ ...rec, rev: isNew ? 1 : rec.rev + 1, createdAt: rec.createdAt || now, updatedAt: now });
  const w = r.write;
  const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  await db.transaction('rw', [db.entities, db.contacts, db.sites], async () => {
    for (const c of w.contacts) await db.contacts.put(bump(c.record, c.isNew));
    if (w.entity && (w.entity.isNew || changed(w.entity.record, base.entity))) await db.entities.put(bump(w.entity.record, w.entity.isNew));
    if (w.site && (w.site.isNew || changed(w.site.record, base.site))) await db.sites.put(bump(w.site.record, w.site.isNew));
  });
  const entityId = w.entity?.record.id ?? base.entity?.id ?? '';
  await setSelection(db, { entityId, siteId: w.site?.record.id ?? base.site?.id ?? '' });
  await store(tabId, undefined);
  return {
    ok: true,
    written: { entity: w.entity ? (w.entity.isNew ? 'new' : 'updated') : undefined, site: w.site ? (w.site.isNew ? 'new' : 'updated') : undefined, contacts: w.contacts.length },
  } as const;
}
