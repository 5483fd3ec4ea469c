/**
 * 公安 deadline reminders: alarms a week and a day before the 30-day window closes (09:00 local), and a
 * notification when one fires. Only when the filer turned reminders on (the alarms and notifications
 * permissions are optional and asked for at that moment).
 */
import { browser } from 'wxt/browser';
import type { BeianDB } from '../db';
import type { Site } from '../schema';
import { psbDeadline, type JourneyProgress } from './journey';

export const REMINDER_DAYS = [7, 1] as const;
const PREFIX = 'psb:';

export interface Reminder { name: string; siteId: string; days: number; when: number }

/** The reminders still ahead: sites with an opening date whose 公安 filing is not done. */
export function reminderSchedule(sites: Site[], progress: Record<string, JourneyProgress>, now: Date): Reminder[] {
  const out: Reminder[] = [];
  for (const s of sites) {
    if (s.psbNumber || progress[s.id]?.['psb-review']) continue;
    const d = psbDeadline(s, now);
    if (!d) continue;
    const [y, m, day] = d.due.split('-').map(Number) as [number, number, number];
    for (const days of REMINDER_DAYS) {
      const when = new Date(y, m - 1, day - days, 9, 0, 0).getTime();
      if (when > now.getTime()) out.push({ name: `${PREFIX}${s.id}:${days}`, siteId: s.id, days, when });
    }
  }
  return out;
}

async function progressOf(db: BeianDB, sites: Site[]): Promise<Record<string, JourneyProgress>> {
  const rows = await Promise.all(sites.map((s) => db.settings.get(`journey:${s.id}`)));
  return Object.fromEntries(sites.map((s, i) => [s.id, (rows[i]?.value ?? {}) as JourneyProgress]));
}

export async function remindersEnabled(db: BeianDB): Promise<boolean> {
  return (await db.settings.get('reminders'))?.value === true;
}

/** Replace the scheduled reminders with the current schedule (or none when turned off). */
export async function scheduleReminders(db: BeianDB, now = new Date()): Promise<Reminder[]> {
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms) return [];
  await db.open();
  if (db.vault.status === 'locked') return []; // the sites are sealed: keep the alarms already set until the next unlock
  for (const a of await alarms.getAll()) if (a.name.startsWith(PREFIX)) await alarms.clear(a.name);
  if (!(await remindersEnabled(db))) return [];
  const sites = await db.sites.toArray();
  const list = reminderSchedule(sites, await progressOf(db, sites), now);
  for (const r of list) await alarms.create(r.name, { when: r.when });
  return list;
}

export async function notifyReminder(db: BeianDB, alarmName: string): Promise<void> {
  const m = /^psb:(.+):(\d+)$/.exec(alarmName);
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications }).notifications;
  if (!m || !notifications) return;
  const title = `公安联网备案还剩 ${m[2]} 天`;
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  await db.open();
  if (db.vault.status === 'locked') {
    // The profile is behind a passphrase: remind without the site's name or dates.
    await notifications.create(alarmName, { type: 'basic', iconUrl, title, message: '有网站需在开通后 30 天内完成公安联网备案。解锁备案助手查看是哪个网站。' });
    return;
  }
  const site = await db.sites.get(m[1]!);
  const d = site && psbDeadline(site);
  if (!site || !d) return;
  await notifications.create(alarmName, { type: 'basic', iconUrl, title, message: `${site.name}：请在 ${d.due} 前完成公安联网备案（网站开通后 30 天内）。` });
}
