/**
 * Certificate validity (FORMS.md §1.3: many 管局 need >3 months remaining [C2: S17, S26]).
 */
import type { Issue } from './types';
import { addMonths, daysBetween, err, parseIsoDate, todayParts, warn, ymd } from './shared';

/** Months of remaining validity below which an ID/certificate is flagged (FORMS.md §1.3 [C2: S17, S26]). */
export const CERT_MIN_REMAINING_MONTHS = 3;

/**
 * Validity-end checks for an ID/certificate. Long-term → none. Missing end date → none (the schema
 * decides whether it is required). Past → `cert.expired`; on or before today + 3 calendar months →
 * `cert.expiresSoon` (params: date, days). The end date itself counts as still valid.
 */
export function expiryIssues(validTo: string | undefined, longTerm: boolean, today: Date = new Date()): Issue[] {
  if (longTerm || validTo === undefined || validTo.trim() === '') return [];
  const end = parseIsoDate(validTo);
  if (!end) return [err('date.invalid', { date: validTo.trim() })];
  const t = todayParts(today);
  const endIso = ymd(end);
  if (endIso < ymd(t)) return [err('cert.expired', { date: endIso })];
  if (endIso <= ymd(addMonths(t, CERT_MIN_REMAINING_MONTHS))) {
    return [warn('cert.expiresSoon', { date: endIso, days: daysBetween(t, end), months: CERT_MIN_REMAINING_MONTHS })];
  }
  return [];
}
