// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BeianDB } from '@/lib/db';
import { notifyReminder, reminderSchedule, scheduleReminders } from '@/lib/checklist/reminders';
import type { Site } from '@/lib/schema';
import { seededDb } from './helpers';

let db: BeianDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await seededDb();
});
afterEach(async () => { await db.delete(); });

describe('公安 deadline reminders', () => {
  it('are a week and a day before the 30-day window closes, 09:00 local, only ahead of now', async () => {
    const sites = (await db.sites.toArray()) as Site[];
    const www = sites.find((s) => s.id === 's-yunqi-www')!; // opened 2025-11-25 → due 2025-12-25
    const list = reminderSchedule([www], {}, new Date(2025, 10, 26, 12));
    expect(list.map((r) => [r.days, new Date(r.when).toString().slice(4, 21)])).toEqual([[7, 'Dec 18 2025 09:00'], [1, 'Dec 24 2025 09:00']]);
    expect(reminderSchedule([www], {}, new Date(2025, 11, 20))).toHaveLength(1); // the week reminder has passed
    expect(reminderSchedule([www], { 's-yunqi-www': { 'psb-review': '2025-12-01' } }, new Date(2025, 10, 26))).toEqual([]); // done
    expect(reminderSchedule([{ ...www, psbNumber: '浙公网安备33010602009975号' }], {}, new Date(2025, 10, 26))).toEqual([]);
  });
  it('schedule alarms only when turned on, and a firing alarm becomes a notification', async () => {
    const now = new Date(2025, 10, 26, 12);
    expect(await scheduleReminders(db, now)).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await db.settings.put({ key: 'reminders', value: true });
    const list = await scheduleReminders(db, now);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(list.map((r) => r.name).sort());
    expect(list.map((r) => r.siteId).sort()).toEqual(['s-yunqi-www', 's-yunqi-www', 's-zhangwei-blog', 's-zhangwei-blog']);
    await notifyReminder(db, 'psb:s-yunqi-www:1');
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['psb:s-yunqi-www:1']);
    await db.settings.put({ key: 'reminders', value: false });
    await scheduleReminders(db, now);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
  it('while the profile is locked: alarms already set are kept, and a reminder names no site', async () => {
    const now = new Date(2025, 10, 26, 12);
    await db.settings.put({ key: 'reminders', value: true });
    const list = await scheduleReminders(db, now);
    await db.vault.enable(db.asVaultDb, 'a long passphrase', 15, 1_000);
    db.vault.lock();
    expect(await scheduleReminders(db, now)).toEqual([]);
    expect((await fakeBrowser.alarms.getAll()).length).toBe(list.length);
    await notifyReminder(db, 'psb:s-yunqi-www:7');
    const shown = (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string }> }).getAllCreateOptions()['psb:s-yunqi-www:7']!;
    expect(shown.title).toBe('公安联网备案还剩 7 天');
    expect(shown.message).toContain('解锁');
    expect(shown.message).not.toContain('云栖');
  });
});
