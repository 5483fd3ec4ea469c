/**
 * One fill, run by the background: take the chosen entity and site, ask the frame what it shows
 * (no profile data sent), plan, send only the values to fill, and turn the frame's results into the
 * report the panel shows. Transport-agnostic so it is tested in Node.
 */
import type { BeianDB } from '../db';
import { stepById } from '../forms/maps';
import { buildFillView, isDocRef, isOneOf } from '../forms/view';
import { issueText, t } from '../i18n';
import {
  ExecuteReply, LocateReply, type FillAction, type FillReport, type Mark, type Recognition, type ReportItem,
} from '../messages';
import type { Contact, Entity, Site } from '../schema';
import { resolveSelection, setSelection } from '../store';
import { blobToBase64 } from '../backup';
import { resolveRef } from '../completeness';
import { planFill, type PlanItem } from './planner';

export interface FrameTransport {
  locate(msg: unknown): Promise<unknown>;
  execute(msg: unknown): Promise<unknown>;
}

export interface FillRequest { entityId?: string; siteId?: string; overwrite?: string[]; only?: string[] }

const MARKED: Partial<Record<PlanItem['outcome'], Mark['kind']>> = {
  missing: 'missing', invalid: 'invalid', conflict: 'conflict', locked: 'locked', 'no-option': 'no-option', 'too-large': 'too-large', ambiguous: 'ambiguous',
};

/**
 * The stored documents of this entity, its site and the people they name: the fill needs no other
 * record's Blobs (a reseller's profile holds hundreds of ID images).
 */
export async function documentsOf(db: BeianDB, entity: Entity, site: Site | undefined, contacts: Contact[]) {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const people = [entity.principalId, ...(site ? [site.webPrincipal, site.securityOfficer, site.emergencyContact].map((r) => resolveRef(r, entity, byId)?.id) : [])];
  const owners: [string, string][] = [['entity', entity.id], ...(site ? [['site', site.id] as [string, string]] : []), ...people.filter((x): x is string => !!x).map((id): [string, string] => ['contact', id])];
  return db.documents.where('[ownerType+ownerId]').anyOf(owners).toArray();
}

/** Locate the step's fields in the frame and plan the fill (nothing is written to the page). */
async function planStep(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest) {
  const sel = await resolveSelection(db);
  const entity = req.entityId ? await db.entities.get(req.entityId) : sel.entity;
  let site = req.siteId ? await db.sites.get(req.siteId) : sel.site;
  if (site && entity && site.entityId !== entity.id) site = (await db.sites.where('entityId').equals(entity.id).first()) ?? undefined;
  if (!entity) return { error: t('fill.noEntity') } as const;
  const spec = stepById(recognition.platform, recognition.step, entity.kind);
  if (!spec) return { error: t('fill.unknownStep') } as const;
  // The frame reads its fields while the profile's people and documents are read here (the locate
  // request names only the step, so it does not wait for them).
  const readProfile = async () => {
    const contacts = await db.contacts.toArray();
    return { contacts, docs: await documentsOf(db, entity, site, contacts) };
  };
  const [locatedRaw, { contacts, docs }] = await Promise.all([
    frame.locate({ type: 'bg.locate', platform: spec.platform, step: spec.step, variant: spec.variant }),
    readProfile(),
  ]);
  const view = buildFillView(entity, site, contacts, docs.map(({ blob: _b, ...m }) => m));
  const located = LocateReply.parse(locatedRaw);
  let plan = planFill(spec, located.snapshots, view, { overwrite: req.overwrite });
  if (req.only) plan = plan.filter((p) => req.only!.includes(p.key));
  const ctx = { entity, site, contacts: new Map(contacts.map((c) => [c.id, c])) };
  return { spec, plan, view, docs, ctx, entity, site } as const;
}

/** What a fill would do on this step now, field by field (the side panel's live view). */
export async function previewFill(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest = {}): Promise<FillReport> {
  const p = await planStep(db, recognition, frame, req);
  if ('error' in p) return { ok: false, error: p.error, recognition, items: [] };
  const items: ReportItem[] = p.plan
    .filter((it) => it.outcome !== 'skip')
    .map((it) => {
      const link = linkOf(it.path, p.ctx);
      return {
        key: it.key, label: it.label, outcome: it.outcome === 'fill' ? ('pending' as const) : (it.outcome as ReportItem['outcome']),
        ...(MARKED[it.outcome] || it.outcome === 'not-found' ? { message: outcomeText(it) } : {}),
        ...(link && (it.outcome === 'missing' || it.outcome === 'invalid') ? { link } : {}),
      };
    });
  return { ok: true, recognition, items };
}

export async function runFill(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest, now = () => performance.now()): Promise<FillReport> {
  const started = now();
  const p = await planStep(db, recognition, frame, req);
  if ('error' in p) return { ok: false, error: p.error, recognition, items: [] };
  const { spec, plan, view, docs, ctx, entity, site } = p;

  const actions: FillAction[] = [];
  for (const p of plan) {
    if (p.outcome !== 'fill' || p.value === undefined) continue;
    const v = p.value;
    if (isDocRef(v)) {
      const doc = docs.find((d) => d.id === v.docId);
      if (!doc) continue;
      actions.push({ key: p.key, widget: p.widget, value: { file: { name: doc.name, mime: doc.mime, base64: await blobToBase64(doc.blob) } } });
    } else if (isOneOf(v)) {
      actions.push({ key: p.key, widget: p.widget, value: v.oneOf[0]!, accept: p.accept });
    } else {
      const f = spec.fields.find((x) => x.key === p.key);
      const end = f?.rangeEnd ? view.values[f.rangeEnd] : undefined;
      actions.push({ key: p.key, widget: p.widget, value: v, ...(p.accept ? { accept: p.accept } : {}), ...(typeof end === 'string' ? { end } : {}) });
    }
  }
  const marks: Mark[] = plan.flatMap((p) => (MARKED[p.outcome] ? [{ key: p.key, kind: MARKED[p.outcome]!, text: outcomeText(p) }] : []));
  const executed = ExecuteReply.parse(await frame.execute({ type: 'bg.execute', platform: spec.platform, step: spec.step, variant: spec.variant, actions, marks }));
  const results = new Map(executed.results.map((r) => [r.key, r]));

  const items: ReportItem[] = plan
    .filter((p) => p.outcome !== 'skip')
    .map((p) => {
      const link = linkOf(p.path, ctx);
      if (p.outcome === 'fill') {
        const r = results.get(p.key);
        return r?.ok
          ? { key: p.key, label: p.label, outcome: 'filled' as const }
          : { key: p.key, label: p.label, outcome: 'failed' as const, message: r?.error ?? t('fill.failed'), ...(link ? { link } : {}) };
      }
      return { key: p.key, label: p.label, outcome: p.outcome as ReportItem['outcome'], ...(MARKED[p.outcome] || p.outcome === 'not-found' ? { message: outcomeText(p) } : {}), ...(link && (p.outcome === 'missing' || p.outcome === 'invalid') ? { link } : {}) };
    });
  await setSelection(db, { entityId: entity.id, siteId: site?.id ?? '' });
  return { ok: true, recognition, items, ms: Math.round(now() - started) };
}

export function outcomeText(p: PlanItem): string {
  if (p.outcome === 'invalid' && p.code) return `${t('fill.outcome.invalid')}：${issueText(p.code, p.params)}`;
  if (p.outcome === 'too-large') return t('fill.outcome.too-large', { max: `${Math.round(Number(p.params?.max ?? 0) / 1024)} KB` });
  return t(`fill.outcome.${p.outcome}`);
}

/** Where in the editor a fill-view path lives. */
export function linkOf(path: string, ctx: { entity?: Entity; site?: Site; contacts: Map<string, Contact> }): ReportItem['link'] | undefined {
  const [head, field, ...rest] = path.split('.');
  if (!head || !field) return undefined;
  const contactField: Record<string, string> = { validFrom: 'certValidFrom', validTo: 'certValidTo', longTerm: 'certValidTo', region: 'address', addressDetail: 'address', idLast6: 'certNumber', doc: 'name' };
  const entityField: Record<string, string> = { officeRegion: 'officeAddress', officeDetail: 'officeAddress', doc: 'name' };
  const siteField: Record<string, string> = { mainDomain: 'domains', otherDomains: 'domains', ip: 'ips', contentType: 'contentTypes', hasIcpNumber: 'icpSiteNumber', icpNumber: 'icpSiteNumber', hasPreApproval: 'preApprovals', doc: 'name' };
  if (head === 'entity' && ctx.entity) return { record: 'entity', recordId: ctx.entity.id, field: entityField[field] ?? field };
  if (head === 'site' && ctx.site) return { record: 'site', recordId: ctx.site.id, field: siteField[field] ?? field };
  if ((head === 'provider' || head === 'registrar') && ctx.site) return { record: 'site', recordId: ctx.site.id, field: head === 'provider' ? 'accessProvider' : 'registrar' };
  const refOf = { principal: undefined, web: ctx.site?.webPrincipal, security: ctx.site?.securityOfficer, emergency: ctx.site?.emergencyContact } as const;
  if (head in refOf) {
    const c = head === 'principal' ? (ctx.entity?.principalId ? ctx.contacts.get(ctx.entity.principalId) : undefined) : resolveRef(refOf[head as keyof typeof refOf]!, ctx.entity, ctx.contacts);
    if (c) return { record: 'contact', recordId: c.id, field: contactField[field] ?? field };
    // nobody holds the role yet: the entity (principal) or site (roles) is where to set it
    if (head === 'principal' && ctx.entity) return { record: 'entity', recordId: ctx.entity.id, field: 'principalId' };
    if (ctx.site) return { record: 'site', recordId: ctx.site.id, field: head === 'web' ? 'webPrincipal' : head === 'security' ? 'securityOfficer' : 'emergencyContact' };
  }
  void rest;
  return undefined;
}
