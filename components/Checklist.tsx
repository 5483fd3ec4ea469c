/**
 * The side panel's checklist for the current entity and site: materials (已备 / 缺少 / 需注意 with the
 * reason, source and confidence), warnings, the filing journey with the steps the filer marks done,
 * the 30-day 公安 deadline, and the footer snippet with a copy button.
 */
import { useState } from 'react';
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
      <section aria-label="材料清单">
        <h2>材料清单</h2>
        <ul className="materials">
          {mats.map((m) => (
            <li key={m.rule.id} className={`material ${m.state}`} data-state={m.state}>
              <strong>{m.rule.title}</strong> <span className="badge">{m.state}</span> <small>{m.rule.platform}</small>
              <div className="hint">{m.detail}</div>
              <small className="source">来源 {m.rule.source} · 可信度 {m.rule.confidence}{m.rule.confidence === 'INF' || m.rule.confidence === 'BRIEF' ? '（未确认）' : ''}</small>
            </li>
          ))}
        </ul>
      </section>
      {warns.length > 0 && (
        <section aria-label="提示">
          <h2>提示</h2>
          <ul className="warnings">
            {warns.map((w) => (
              <li key={w.id}>
                {w.link ? <button type="button" className="link" onClick={() => void openEditor(w.link)}>{w.text}</button> : w.text}
                <small className="source"> 来源 {w.source} · 可信度 {w.confidence}</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      {ctx.site && (
        <section aria-label="备案进度">
          <h2>备案进度</h2>
          {deadline && (
            <p data-testid="deadline" className={deadline.daysLeft <= 7 ? 'error' : ''}>
              公安联网备案截止 {deadline.due}（网站开通后 30 天）：{deadline.daysLeft >= 0 ? `剩余 ${deadline.daysLeft} 天` : `已逾期 ${-deadline.daysLeft} 天`}
            </p>
          )}
          {next && <p>下一步：{next.phase} · {next.title}</p>}
          <label className="reminders">
            <input type="checkbox" checked={data.reminders} onChange={async (e) => {
              const on = e.target.checked;
              // the permissions are asked for only now, on the filer's click
              const perms = { permissions: ['alarms', 'notifications'] as ('alarms' | 'notifications')[] };
              if (on && !(await browser.permissions.request(perms).catch(() => false))) return;
              await browser.runtime.sendMessage({ type: 'ui.reminders', enabled: on });
              if (!on) await browser.permissions.remove(perms).catch(() => false);
            }} /> 截止前一周和前一天提醒我
          </label>
          <ol className="journey">
            {JOURNEY.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={!!progress[s.id]} onChange={(e) => void mark(s.id, e.target.checked)} /> {s.phase} · {s.title}
                </label>
                {progress[s.id] && <small> 完成于 {progress[s.id]}</small>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {footer && (
        <section aria-label="页脚代码">
          <h2>页脚代码</h2>
          {footer.note && <p className="hint">{footer.note}</p>}
          <pre data-testid="footer-html">{footer.html}</pre>
          <button type="button" onClick={async () => { await navigator.clipboard.writeText(footer.html); setCopied('已复制'); }}>复制</button>
          {copied && <span role="status"> {copied}</span>}
        </section>
      )}
    </div>
  );
}
