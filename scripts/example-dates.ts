/**
 * The demo imports docs/profile.example.json with its dates moved to the day it runs, so that it never
 * opens on an overdue 公安 deadline (30 days from a site's opening date): every date in the profile is
 * shifted by the same number of days, chosen so that the latest site `openedAt` is `daysAgo` days before
 * today. The committed example file itself stays fixed (the tests depend on its dates).
 *
 * Shifted: every calendar date (a string that is exactly YYYY-MM-DD, at any depth: site openedAt,
 * certificate validity from/to, 主体备案 approval date, document expiry such as a domain certificate's),
 * the record timestamps in epoch ms (createdAt, updatedAt, addedAt) and the backup's exportedAt.
 * ID numbers keep their birth dates (they are not date strings). Pure: the input is not modified.
 */
import { isoDate, parseIsoDate } from '../lib/validators';

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP_KEYS = new Set(['createdAt', 'updatedAt', 'addedAt']);

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date (no time zone involved). */
function dayNumber(date: string): number {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`not a calendar date: ${date}`);
  return Date.UTC(p.y, p.m - 1, p.d) / DAY_MS;
}
const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Days to add to the example's dates so that its latest site `openedAt` falls `daysAgo` days before
 * `today` (the local calendar date, as the extension counts the deadline). 0 when no site has a date.
 */
export function exampleDateShift(profile: { sites?: { openedAt?: string }[] }, today: Date, daysAgo = 5): number {
  const opened = (profile.sites ?? []).map((s) => s.openedAt ?? '').filter((d) => CALENDAR_DATE.test(d));
  if (!opened.length) return 0;
  const latest = Math.max(...opened.map(dayNumber));
  return dayNumber(isoDate(today)) - daysAgo - latest;
}

/** A deep copy of `value` with every date moved by `days` (see the file comment for what counts as one). */
export function shiftDates<T>(value: T, days: number): T {
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') {
      if (CALENDAR_DATE.test(v) && parseIsoDate(v)) return addDays(v, days);
      if (key === 'exportedAt' && !Number.isNaN(Date.parse(v))) return new Date(Date.parse(v) + days * DAY_MS).toISOString();
      return v;
    }
    // 0 means "unknown" in the schema's timestamps: keep it.
    if (typeof v === 'number' && key !== undefined && TIMESTAMP_KEYS.has(key) && v > 0) return v + days * DAY_MS;
    if (Array.isArray(v)) return v.map((x) => walk(x, undefined));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, undefined) as T;
}

/** The example profile as the demo imports it: dates shifted so the latest site opened `daysAgo` days before `today`. */
export function exampleForToday<T extends { sites?: { openedAt?: string }[] }>(profile: T, today: Date = new Date(), daysAgo = 5): { profile: T; days: number } {
  const days = exampleDateShift(profile, today, daysAgo);
  return { profile: shiftDates(profile, days), days };
}
