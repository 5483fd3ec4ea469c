/**
 * The side panel's checklist for the current entity and site: materials (已备 / 缺少 / 需注意 with the
 * reason, source and confidence), warnings, the filing journey with the steps the filer marks done,
 * the 30-day 公安 deadline, and the footer snippet with a copy button.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { useLiveQuery } from 'dexie-react-hooks';
import { footerSnippet, JOURNEY, nextStep, psbDeadline, type JourneyProgress } from '@/lib/checklist/journey';
import { materials, type FilingContext } from '@/lib/checklist/rules';
import { profileWarnings } from '@/lib/checklist/warnings';
import { resolveRef } from '@/lib/completeness';
import { getDb } from '@/lib/db';
import { documentsOf } from '@/lib/fill/orchestrate';
import { resolveSelection } from '@/lib/store';
import { openEditor } from './ProfileSummary';

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
  const next = nextStep(progress);
  const mark = async (id: string, done: boolean) => {
    if (!ctx.site) return;
    const p: JourneyProgress = { ...progress };
    const date = todayIso();
    if (done) p[id as keyof JourneyProgress] = date; else delete p[id as keyof JourneyProgress];
    setOptimistic((o) => ({ ...o, [id]: done ? date : null }));
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
      {ctx.site && (
        <section aria-label={t('checklist.journey')}>
          <h2>{t('checklist.journey')}</h2>
          {deadline && (
            <p data-testid="deadline" className={deadline.daysLeft <= 7 ? 'error' : ''}>
              {t('checklist.deadline', { due: deadline.due })}{deadline.daysLeft >= 0 ? t('checklist.daysLeft', { count: deadline.daysLeft }) : t('checklist.overdue', { count: -deadline.daysLeft })}
            </p>
          )}
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
            {JOURNEY.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={!!progress[s.id]} onChange={(e) => void mark(s.id, e.target.checked)} /> {s.phase} · {s.title}
                </label>
                {progress[s.id] && <small> {t('checklist.doneOn', { date: progress[s.id] })}</small>}
              </li>
            ))}
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
