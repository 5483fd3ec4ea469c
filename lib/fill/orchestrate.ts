/**
 * One fill, run by the background: take the chosen entity and site, ask the frame what it shows
 * (no profile data sent), plan, send only the values to fill, and turn the frame's results into the
 * report the panel shows. Transport-agnostic so it is tested in Node.
 */
import type { BeianDB } from '../db';
import { stepById } from '../forms/steps';
import { buildFillView } from '../forms/view';
import { issueText, t } from '../i18n';
import {
  ExecuteReply, LocateReply, PaneReply, type FillAction, type FillReport, type Mark, type ReadingWire, type Recognition, type ReportItem,
} from '../messages';
import type { Contact, Entity, Site } from '../schema';
import { resolveSelection, setSelection } from '../store';
import { blobToBase64 } from '../backup';
import { resolveRef } from '../completeness';
import { planFill, type PlanItem } from './planner';

export interface FrameTransport {
  locate(msg: unknown): Promise<unknown>;
  execute(msg: unknown): Promise<unknown>;
  /** show the next pane of the form's tabs (bg.pane); a frame without it has no panes to walk */
  pane?(msg: unknown): Promise<unknown>;
}

export interface FillRequest {
  entityId?: string; siteId?: string; overwrite?: string[]; only?: string[];
  /** the filer's taught fields for this page (指定字段): page knowledge, no profile values */
  rules?: { id: string; key: string; label: string; section?: string; shape?: FillAction['shape']; override?: boolean }[];
}

const MARKED: Partial<Record<PlanItem['outcome'], Mark['kind']>> = {
  missing: 'missing', invalid: 'invalid', conflict: 'conflict', locked: 'locked', 'no-option': 'no-option', choose: 'choose', 'too-large': 'too-large', ambiguous: 'ambiguous',
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

/** Read the page's items in the frame and plan the fill (nothing is written to the page). */
async function planStep(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest) {
  const sel = await resolveSelection(db);
  const entity = req.entityId ? await db.entities.get(req.entityId) : sel.entity;
  let site = req.siteId ? await db.sites.get(req.siteId) : sel.site;
  if (site && entity && site.entityId !== entity.id) site = (await db.sites.where('entityId').equals(entity.id).first()) ?? undefined;
  if (!entity) return { error: t('fill.noEntity') } as const;
  // The frame reads its items while the profile's people and documents are read here (the locate
  // request carries no profile data, so it does not wait for them).
  const readProfile = async () => {
    const contacts = await db.contacts.toArray();
    return { contacts, docs: await documentsOf(db, entity, site, contacts) };
  };
  const [locatedRaw, { contacts, docs }] = await Promise.all([frame.locate({ type: 'bg.locate', ...(req.rules?.length ? { rules: req.rules } : {}) }), readProfile()]);
  const view = buildFillView(entity, site, contacts, docs.map(({ blob: _b, ...m }) => m));
  const located = LocateReply.parse(locatedRaw);
  const prior = located.step ? stepById(recognition.platform, located.step) : undefined;
  let plan = planFill(located.readings, view, { overwrite: req.overwrite, prior, kind: entity.kind });
  if (req.only) plan = plan.filter((p) => req.only!.includes(p.key));
  const ctx = { entity, site, contacts: new Map(contacts.map((c) => [c.id, c])) };
  // a taught field whose item the page no longer shows is reported, not silently ignored
  const unmatched: ReportItem[] = (located.unmatchedRules ?? []).flatMap((id) => {
    const rule = req.rules?.find((r) => r.id === id);
    return rule ? [{ key: `rule:${id}`.slice(0, 80), label: rule.label, outcome: 'rule-unmatched' as const, message: t('teach.unmatched') }] : [];
  });
  // the page's fields that no reading names: listed, left as they are (the filer checks them or teaches them)
  const unread: ReportItem[] = (located.unread ?? []).map((label) => ({ key: `unread:${label}`.slice(0, 80), label, outcome: 'unrecognized' as const, message: t('fill.unrecognized') }));
  return { plan, view, docs, ctx, entity, site, unmatched, unread, readings: located.readings, reading: located.reading, prior } as const;
}

const reportOf = (p: PlanItem, ctx: Parameters<typeof linkOf>[1]): ReportItem => {
  const link = linkOf(p.path, ctx);
  return {
    key: p.key, label: p.label, outcome: p.outcome === 'fill' ? 'pending' : (p.outcome as ReportItem['outcome']),
    ...(MARKED[p.outcome] || p.outcome === 'not-found' ? { message: outcomeText(p) } : {}),
    ...(link && (p.outcome === 'missing' || p.outcome === 'invalid' || p.outcome === 'not-found') ? { link } : {}),
  };
};

/**
 * How long the page may take to answer: a read of the page, and a whole fill (uploads included, on a busy
 * machine). A page that does not answer (a frame gone mid-fill, a script stuck) ends the fill with a message
 * instead of leaving the panel busy for good.
 */
export const PAGE_TIMEOUT = { read: 30_000, fill: 120_000 };

/** `p`, or a rejection saying the page did not answer within `ms`. */
export function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(t('fill.timeout', { s: Math.round(ms / 1000) }))), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** What a fill would do on this step now, field by field (the side panel's live view). */
export async function previewFill(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest = {}): Promise<FillReport> {
  const p = await planStep(db, recognition, frame, req);
  if ('error' in p) return { ok: false, error: p.error, recognition, items: [] };
  return { ok: true, recognition, items: [...p.plan.filter((it) => it.outcome !== 'skip').map((it) => reportOf(it, p.ctx)), ...p.unmatched] };
}

export async function runFill(db: BeianDB, recognition: Recognition, frame: FrameTransport, req: FillRequest, now = () => performance.now()): Promise<FillReport> {
  const started = now();
  const p = await planStep(db, recognition, frame, req);
  if ('error' in p) return { ok: false, error: p.error, recognition, items: [] };
  const { docs, ctx, entity, site, view } = p;

  const run = async (plan: PlanItem[], reading: number | undefined) => {
    const actions: FillAction[] = [];
    for (const item of plan) {
      if (item.outcome !== 'fill') continue;
      for (const a of item.actions ?? []) {
        let value = a.value;
        if (typeof value === 'object' && !Array.isArray(value) && 'doc' in value) {
          const doc = docs.find((d) => d.id === (value as { doc: string }).doc);
          if (!doc) continue;
          value = { file: { name: doc.name, mime: doc.mime, base64: await blobToBase64(doc.blob) } };
        }
        actions.push({ key: item.key, control: a.control, shape: a.shape, part: a.part, value: value as FillAction['value'], ...(a.accept ? { accept: a.accept } : {}), ...(a.byToken ? { byToken: true } : {}) });
      }
    }
    // checkboxes first, across the page: 长期 disables an end date before its start is typed. A 同主体负责人
    // box comes right after the principal's own fields (a page showing both copies what the principal's
    // boxes hold when it is ticked) and before the fields of its person, which the page then fills itself.
    // A 负责人同法定代表人 answer comes last: the page copies the 法定代表人's fields as they are then (a licence read
    // after its upload may have filled them meanwhile, which the engine then leaves as they are).
    const isBox = (a: FillAction) => a.shape === 'checkbox' || a.shape === 'switch';
    const rank = (a: FillAction) => (a.key.endsWith('.isLegalRep') ? 4 : a.key.endsWith('.sameAsPrincipal') ? 2 : isBox(a) ? 0 : a.key.startsWith('principal.') ? 1 : 3);
    actions.sort((a, b) => rank(a) - rank(b));
    const marks: Mark[] = plan.flatMap((it) => (MARKED[it.outcome] ? [{ key: it.key, kind: MARKED[it.outcome]!, text: outcomeText(it) }] : []));
    const copied = plan.flatMap((it) => (it.outcome === 'copied' ? it.controls ?? [] : []));
    const executed = ExecuteReply.parse(await frame.execute({ type: 'bg.execute', actions, marks, ...(copied.length ? { copied } : {}), ...(reading !== undefined ? { reading } : {}) }));
    const results = new Map<string, { ok: boolean; error?: string; noOption?: boolean }>();
    for (const r of executed.results) {
      const prev = results.get(r.key);
      results.set(r.key, prev && !prev.ok ? prev : { ok: r.ok, ...(r.error ? { error: r.error } : {}), ...(r.noOption ? { noOption: true } : {}) });
    }
    return { results, revealed: !!executed.revealed, copyGaps: !!executed.copyGaps };
  };

  let plan = p.plan;
  let readings = p.readings;
  const first = await run(plan, p.reading);
  const results = first.results;
  // Read the page again and fill what it shows now that the plan did not have: fields shown only after an
  // answer (交互服务类型 once 是否提供互联网交互服务 = 是), as Chromium refills a form that changed, or a
  // further pane of the form's tabs. An item that gained a control (截止日期 chosen opens the end date) is
  // planned again: only its new or still unfilled parts get actions.
  const fillNew = async (): Promise<boolean> => {
    const again = LocateReply.parse(await frame.locate({ type: 'bg.locate', ...(req.rules?.length ? { rules: req.rules } : {}) }));
    // a value the step expects but the page did not show yet (not-found) is new when it shows now
    // (and one that was hidden or locked: an answer of this fill may have shown or opened it)
    const known = new Set(plan.filter((it) => it.outcome !== 'not-found' && it.outcome !== 'locked').map((it) => it.key));
    const inPlan = new Set(plan.map((it) => it.key));
    const grown = grownKeys(readings, again.readings);
    // a field left to a 同主体负责人 box that the page did not copy (still empty and editable) is filled now, or
    // listed as missing when the profile lacks it too (办公室电话 the principal has none of either)
    const copied = new Set(plan.filter((it) => it.outcome === 'copied').map((it) => it.key));
    readings = again.readings;
    let extra = planFill(again.readings, view, { overwrite: req.overwrite, afterCopy: true })
      .filter((it) => !known.has(it.key) || (grown.has(it.key) && it.outcome === 'fill') || (copied.has(it.key) && (it.outcome === 'fill' || it.outcome === 'missing')));
    if (req.only) extra = extra.filter((it) => req.only!.includes(it.key));
    let revealed = false;
    if (extra.length) {
      if (extra.some((it) => it.outcome === 'fill')) {
        const done = await run(extra, again.reading);
        // (a pass that revealed fields, or whose 同主体负责人 box left some empty, calls for another)
        revealed = done.revealed || done.copyGaps;
        for (const [k, v] of done.results) {
          // a grown item keeps a failure of its first pass
          const prev = results.get(k);
          results.set(k, prev && !prev.ok ? prev : v);
        }
      }
      const replaced = new Map(extra.filter((it) => inPlan.has(it.key)).map((it) => [it.key, it]));
      plan = [...plan.map((it) => replaced.get(it.key) ?? it), ...extra.filter((it) => !inPlan.has(it.key))];
    }
    // a value the step expects that the page shows now (a person revealed by 否, asked as 有效期限 + start) is no
    // longer 页面上未找到
    if (plan.some((it) => it.outcome === 'not-found')) {
      const still = new Set(planFill(again.readings, view, { prior: p.prior, kind: entity.kind }).filter((it) => it.outcome === 'not-found').map((it) => it.key));
      plan = plan.filter((it) => it.outcome !== 'not-found' || still.has(it.key));
    }
    return revealed;
  };
  // (a 同主体负责人 answer the page copied only part of: what it left empty is filled then; a value the step
  // expects that the page did not show: an answer of this fill may show it, also where the page drew it only
  // after the fill's last read of the page, as a busy machine may)
  if (first.revealed || first.copyGaps || plan.some((it) => it.outcome === 'not-found')) await fillNew();
  // Sections in tabs (主办单位信息 | 主体负责人信息): each further pane is shown in turn and filled, then the
  // filer's own pane is shown again.
  if (frame.pane && !req.only) {
    let shown = 0;
    // (a part of the form kept in a dialog, 网站负责人 [编辑], is opened only while the fill lacks its fields)
    const wanted = () => [...new Set(plan.filter((it) => it.outcome === 'not-found').map((it) => it.key.split('.')[0]!))].slice(0, 12);
    while (shown < 12 && PaneReply.parse(await frame.pane({ type: 'bg.pane', wanted: wanted() })).shown) {
      shown++;
      if (await fillNew()) await fillNew();
    }
    if (shown) await frame.pane({ type: 'bg.pane', restore: true });
  }

  const items: ReportItem[] = plan
    .filter((it) => it.outcome !== 'skip')
    .map((it) => {
      if (it.outcome !== 'fill') return reportOf(it, ctx);
      const r = results.get(it.key);
      const link = linkOf(it.path, ctx);
      if (r?.ok) return { key: it.key, label: it.label, outcome: 'filled' as const };
      // a list opened by the fill that holds none of the values (the account's instances, none with the site's IP)
      if (r?.noOption) return { key: it.key, label: it.label, outcome: 'no-option' as const, message: r.error ?? t('fill.failed'), ...(link ? { link } : {}) };
      return { key: it.key, label: it.label, outcome: 'failed' as const, message: r?.error ?? t('fill.failed'), ...(link ? { link } : {}) };
    });
  await setSelection(db, { entityId: entity.id, siteId: site?.id ?? '' });
  // taught fields (指定字段) whose item this page does not show: reported, not silently ignored
  items.push(...p.unmatched, ...p.unread);
  return { ok: true, recognition, items, ms: Math.round(now() - started) };
}

/** The reading keys (`key`, `key#2` …) that show more controls now than when the fill was planned. */
export function grownKeys(before: ReadingWire[], after: ReadingWire[]): Set<string> {
  const counted = (rs: ReadingWire[]) => {
    const seen = new Map<string, number>();
    return new Map(rs.map((r) => { const n = (seen.get(r.key) ?? 0) + 1; seen.set(r.key, n); return [n > 1 ? `${r.key}#${n}` : r.key, r.controls.length] as const; }));
  };
  const was = counted(before);
  return new Set([...counted(after)].filter(([k, n]) => was.has(k) && n > was.get(k)!).map(([k]) => k));
}

export function outcomeText(p: PlanItem): string {
  if (p.outcome === 'invalid' && p.code) return `${t('fill.outcome.invalid')}：${issueText(p.code, p.params)}`;
  if (p.outcome === 'too-large') return t('fill.outcome.too-large', { max: `${Math.round(Number(p.params?.max ?? 0) / 1024)} KB` });
  if (p.outcome === 'choose') return t('fill.choose', { options: String(p.params?.options ?? '') });
  return t(`fill.outcome.${p.outcome}`);
}

/** Where in the editor a fill-view path lives. */
export function linkOf(path: string, ctx: { entity?: Entity; site?: Site; contacts: Map<string, Contact> }): ReportItem['link'] | undefined {
  const [head, field, ...rest] = path.split('.');
  if (!head || !field) return undefined;
  const contactField: Record<string, string> = { validFrom: 'certValidFrom', validTo: 'certValidTo', longTerm: 'certValidTo', region: 'address', addressDetail: 'address', idLast6: 'certNumber', doc: 'name', sameAsPrincipal: 'name' };
  const entityField: Record<string, string> = { officeRegion: 'officeAddress', officeDetail: 'officeAddress', doc: 'name', principalIsLegalRep: 'legalRep' };
  for (const a of ['certAddress', 'mailingAddress', 'registeredAddress', 'officeAddress']) for (const s of ['Region', 'Detail']) entityField[a + s] = a;
  const siteField: Record<string, string> = { mainDomain: 'domains', otherDomains: 'domains', ip: 'ips', contentType: 'contentTypes', hasIcpNumber: 'icpSiteNumber', icpNumber: 'icpSiteNumber', hasPreApproval: 'preApprovals', doc: 'name' };
  // whether a person is the 法定代表人: answered by the subject's 法定代表人
  if (field === 'isLegalRep' && ctx.entity) return { record: 'entity', recordId: ctx.entity.id, field: 'legalRep' };
  if (head === 'entity' && ctx.entity) return { record: 'entity', recordId: ctx.entity.id, field: entityField[field] ?? field };
  if (head === 'site' && ctx.site) return { record: 'site', recordId: ctx.site.id, field: siteField[field] ?? field };
  if ((head === 'provider' || head === 'registrar') && ctx.site) return { record: 'site', recordId: ctx.site.id, field: head === 'provider' ? 'accessProvider' : 'registrar' };
  if (head === 'legalRep' && ctx.entity) {
    const lr = (ctx.entity as { legalRep?: unknown }).legalRep;
    const id = lr && typeof lr === 'object' && 'contactId' in lr ? String((lr as { contactId: string }).contactId) : undefined;
    const c = id ? ctx.contacts.get(id) : undefined;
    return c ? { record: 'contact', recordId: c.id, field: contactField[field] ?? field } : { record: 'entity', recordId: ctx.entity.id, field: 'legalRep' };
  }
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
