/**
 * The side panel's checklist for the current entity and site: materials (已备 / 缺少 / 需注意 with the
 * reason, source and confidence; the site's access provider adds its own), warnings, the 公安
 * access-provider values still to look up and where, the filing journey of the site's provider with
 * the steps the filer marks done, the 30-day 公安 deadline, and the footer snippet with a copy button.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { useLiveQuery } from 'dexie-react-hooks';
import { doneOn, footerSnippet, journeyFor, nextStep, psbDeadline, type JourneyProgress, type JourneyStepId } from '@/lib/checklist/journey';
import { providerLookups } from '@/lib/checklist/provider';
import { materials, type FilingContext } from '@/lib/checklist/rules';
import { profileWarnings } from '@/lib/checklist/warnings';
import { resolveRef } from '@/lib/completeness';
import { getDb } from '@/lib/db';
import { documentsOf } from '@/lib/fill/orchestrate';
import { resolveSelection } from '@/lib/store';
import { openEditor } from './editorLink';

const journeyKey = (siteId: string) => `journey:${siteId}`;
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function Checklist() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState('');
  // Marks show at once; the database write follows (the live query then agrees).
  const [optimistic, setOptimistic] = useState<Record<string, string | null>>({});
  const data = useLiveQuery(async () => {
    const db = getDb();
    const { entity, site } = await resolveSelection(db);
    if (!entity) return null;
    const [contacts, sites] = await Promise.all([db.contacts.toArray(), db.sites.where('entityId').equals(entity.id).toArray()]);
    const docs = await documentsOf(db, entity, site, contacts);
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const ctx: FilingContext = {
      entity, site, sites, today: new Date(),
      principal: byId.get(entity.principalId),
      legalRep: entity.legalRep.kind === 'contact' ? byId.get(entity.legalRep.contactId) : undefined,
      webPrincipal: site ? resolveRef(site.webPrincipal, entity, byId) : undefined,
      docs: docs.map(({ blob: _b, ...m }) => m),
    };
    const progress = site ? (((await db.settings.get(journeyKey(site.id)))?.value ?? {}) as JourneyProgress) : {};
    return { ctx, progress, reminders: (await db.settings.get('reminders'))?.value === true };
  }, []);
  if (!data) return null;
  const { ctx } = data;
  const progress: JourneyProgress = { ...data.progress };
  for (const [k, v] of Object.entries(optimistic)) {
    if (v) progress[k as keyof JourneyProgress] = v; else delete progress[k as keyof JourneyProgress];
  }
  const mats = materials(ctx);
  const warns = profileWarnings(ctx);
  const deadline = ctx.site ? psbDeadline(ctx.site) : undefined;
  const footer = ctx.site ? footerSnippet(ctx.entity, ctx.site) : undefined;
  const journey = journeyFor(ctx.site);
  const next = nextStep(progress, journey.steps);
  const lookup = providerLookups(ctx.site);
  const mark = async (id: JourneyStepId, done: boolean) => {
    if (!ctx.site) return;
    const p: JourneyProgress = { ...progress };
    const date = todayIso();
    const legacy = p['icp-fill'];
    if (!done && legacy && journey.steps.find((s) => s.id === id)?.part === 'fill') {
      // un-marking one form step under the legacy whole-form mark: the other form steps keep its date
      for (const s of journey.steps) if (s.part === 'fill' && s.id !== id && !p[s.id]) p[s.id] = legacy;
      delete p['icp-fill'];
    }
    if (done) p[id] = date; else delete p[id];
    const changed: Record<string, string | null> = {};
    for (const k of new Set([...Object.keys(progress), ...Object.keys(p)]) as Set<JourneyStepId>) if (progress[k] !== p[k]) changed[k] = p[k] ?? null;
    setOptimistic((o) => ({ ...o, ...changed }));
    await getDb().settings.put({ key: journeyKey(ctx.site.id), value: p });
    if (data.reminders) await browser.runtime.sendMessage({ type: 'ui.reminders' }); // reschedule
  };
  return (
    <div className="checklist">
      <section aria-label={t('checklist.materials')}>
        <h2>{t('checklist.materials')}</h2>
        <ul className="materials">
          {mats.map((m) => (
            <li key={m.rule.id} className={`material ${m.state}`} data-state={m.state}>
              <strong>{m.rule.title}</strong> <span className="badge">{t(`checklist.state.${m.state}`)}</span> <small>{m.rule.platform}</small>
              <div className="hint">{m.detail}</div>
              <small className="source">{t('checklist.source', { source: m.rule.source, confidence: m.rule.confidence })}{m.rule.confidence === 'INF' || m.rule.confidence === 'BRIEF' ? t('checklist.unconfirmed') : ''}</small>
            </li>
          ))}
        </ul>
      </section>
      {warns.length > 0 && (
        <section aria-label={t('checklist.warnings')}>
          <h2>{t('checklist.warnings')}</h2>
          <ul className="warnings">
            {warns.map((w) => (
              <li key={w.id}>
                {w.link ? <button type="button" className="link" onClick={() => void openEditor(w.link)}>{w.text}</button> : w.text}
                <small className="source"> {t('checklist.source', { source: w.source, confidence: w.confidence })}</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lookup && (
        <section aria-label={t('checklist.lookup')} data-testid="provider-lookup">
          <h2>{t('checklist.lookup')}</h2>
          <p className="hint">{t('checklist.lookupIntro', { brand: lookup.entry.brand })}</p>
          <ul className="lookups">
            {lookup.items.map((i) => (
              <li key={i.value} data-value={i.value} data-state={i.state}>
                <strong>{i.label}</strong> <span className="badge">{t(`checklist.lookupState.${i.state}`)}</span>
              </li>
            ))}
          </ul>
          <p className="hint">
            {t('checklist.lookupWhere')}{lookup.url ? <a href={lookup.url} target="_blank" rel="noreferrer">{lookup.where}</a> : lookup.where}
          </p>
          <small className="source">{t('checklist.source', { source: lookup.source, confidence: lookup.entry.name?.confidence ?? '—' })}</small>
        </section>
      )}
      {ctx.site && (
        <section aria-label={t('checklist.journey')}>
          <h2>{t('checklist.journey')}</h2>
          {deadline && (
            <p data-testid="deadline" className={deadline.daysLeft <= 7 ? 'error' : ''}>
              {t('checklist.deadline', { due: deadline.due })}{deadline.daysLeft >= 0 ? t('checklist.daysLeft', { count: deadline.daysLeft }) : t('checklist.overdue', { count: -deadline.daysLeft })}
            </p>
          )}
          <p className="hint" data-testid="journey-provider">{!journey.brand ? t('checklist.journeyNone') : journey.generic ? t('checklist.journeyGeneric', { brand: journey.brand }) : t('checklist.journeyOf', { brand: journey.brand })}</p>
          {next && <p>{t('checklist.next', { phase: next.phase, title: next.title })}</p>}
          <label className="reminders">
            <input type="checkbox" checked={data.reminders} onChange={async (e) => {
              const on = e.target.checked;
              // the permissions are asked for only now, on the filer's click
              const perms = { permissions: ['alarms', 'notifications'] as ('alarms' | 'notifications')[] };
              if (on && !(await browser.permissions.request(perms).catch(() => false))) return;
              await browser.runtime.sendMessage({ type: 'ui.reminders', enabled: on });
              if (!on) await browser.permissions.remove(perms).catch(() => false);
            }} /> {t('checklist.reminders')}
          </label>
          <ol className="journey">
            {journey.steps.map((s) => {
              const done = doneOn(progress, s);
              return (
                <li key={s.id} data-step={s.id}>
                  <label>
                    <input type="checkbox" checked={!!done} onChange={(e) => void mark(s.id, e.target.checked)} /> {s.phase} · {s.title}
                  </label>
                  {done && <small> {t('checklist.doneOn', { date: done })}</small>}
                  {s.note && <div className="hint">{s.note}</div>}
                  {(s.confidence === 'INF' || s.confidence === 'BRIEF') && <small className="source">{t('checklist.source', { source: s.source, confidence: s.confidence })}{t('checklist.unconfirmed')}</small>}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {footer && (
        <section aria-label={t('checklist.footer')}>
          <h2>{t('checklist.footer')}</h2>
          {footer.note && <p className="hint">{footer.note}</p>}
          <pre data-testid="footer-html">{footer.html}</pre>
          <button type="button" onClick={async () => { await navigator.clipboard.writeText(footer.html); setCopied(t('checklist.copied')); }}>{t('checklist.copy')}</button>
          {copied && <span role="status"> {copied}</span>}
        </section>
      )}
    </div>
  );
}
