/**
 * Helpers shared by the validator modules: issue/result builders, NFKC trimming and calendar-date
 * arithmetic. Only `isoDate` and `parseIsoDate` are part of the public API (re-exported by index.ts).
 */
import type { Issue, Result } from './types';

export function err(code: string, params?: Issue['params']): Issue {
  return params ? { code, severity: 'error', params } : { code, severity: 'error' };
}
export function warn(code: string, params?: Issue['params']): Issue {
  return params ? { code, severity: 'warning', params } : { code, severity: 'warning' };
}
/** Build a Result: ok when no error; the value is only returned when ok. */
export function result<T>(issues: Issue[], value?: T): Result<T> {
  const ok = !issues.some((i) => i.severity === 'error');
  return ok && value !== undefined ? { ok, issues, value } : { ok, issues };
}
export function required<T>(): Result<T> {
  return { ok: false, issues: [err('required')] };
}
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Local-time calendar date of `d` as YYYY-MM-DD (what the user sees as "today"). */
export function isoDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}
/** Parse a YYYY-MM-DD (or YYYYMMDD) calendar date; undefined when it is not a real date. */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | undefined {
  const mt = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
  if (!mt) return undefined;
  const y = Number(mt[1]);
  const m = Number(mt[2]);
  const d = Number(mt[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}
export const ymd = (x: { y: number; m: number; d: number }): string =>
  `${String(x.y).padStart(4, '0')}-${pad2(x.m)}-${pad2(x.d)}`;
/** Whole days from a to b, both calendar dates (computed at UTC midnight, so no DST drift). */
export function daysBetween(a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
/** Calendar-month addition, clamped to the month's last day (11-30 + 3 months → 02-28/29). */
export function addMonths(x: { y: number; m: number; d: number }, months: number): { y: number; m: number; d: number } {
  const total = x.y * 12 + (x.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}
export function todayParts(today: Date): { y: number; m: number; d: number } {
  return { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
}

/** Full-width forms → ASCII (NFKC maps Ｘ→X, －→-, ０→0, （→(), then trim. */
export function nfkcTrim(s: string): string {
  return s.normalize('NFKC').trim();
}
