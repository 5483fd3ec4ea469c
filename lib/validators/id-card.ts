/**
 * §3.1 Resident ID (GB 11643). Rules: FORMS.md §3.1.
 */
import type { Issue, Result } from './types';
import { err, nfkcTrim, parseIsoDate, required, result, todayParts, warn, ymd } from './shared';

/**
 * Province-level codes allowed as the first two digits of an 18-digit resident ID (GB 11643 address
 * code = GB/T 2260 division code). FORMS.md §3.1 [C2] gives the structure; this list is the official
 * GB/T 2260 province list incl. 71 台湾, 81 香港, 82 澳门 (as in the product brief [BRIEF]).
 * 83 (台湾居民居住证) is deliberately NOT here: it is only valid for that permit type.
 */
export const RESIDENT_ID_PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
];

/** GB 11643 check: weights on digits 1–17 and the check-character table (FORMS.md §3.1 [C2]). */
export const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
export const GB11643_CHECK_CHARS = '10X98765432';

/** Age below which `id.minor` is warned: many provinces require ≥18 (FORMS.md §3.1 [C2]). */
export const DEFAULT_MIN_AGE = 18;

export interface ResidentIdValue {
  normalized: string;
  birthDate: string;
  gender: 'male' | 'female';
  age: number;
}
export interface ResidentIdOptions {
  today?: Date;
  /** Warn `id.minor` below this age (default 18). */
  minAge?: number;
}

/** GB 11643 check character of the first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (GB11643_WEIGHTS[i] ?? 0);
  return GB11643_CHECK_CHARS[sum % 11] ?? '';
}

/** GB 11643 structure + check digit with a configurable prefix (shared with the residence-permit check). */
export function checkGb11643(
  raw: string,
  opts: ResidentIdOptions,
  prefix: { allowed: readonly string[]; code: string; expected?: string },
): Result<ResidentIdValue> {
  const s = nfkcTrim(raw).replace(/\s+/g, '').toUpperCase();
  if (!s) return required();
  if (s.length !== 18) return result([err('id.length', { length: s.length })]);
  if (!/^\d{17}[\dX]$/.test(s)) return result([err('id.charset')]);

  const issues: Issue[] = [];
  const province = s.slice(0, 2);
  if (!prefix.allowed.includes(province)) {
    issues.push(err(prefix.code, prefix.expected ? { code: province, expected: prefix.expected } : { code: province }));
  }

  const today = opts.today ?? new Date();
  const t = todayParts(today);
  const birthRaw = s.slice(6, 14);
  const birth = parseIsoDate(birthRaw);
  let age = -1;
  if (!birth) {
    issues.push(err('id.birthDate', { date: `${birthRaw.slice(0, 4)}-${birthRaw.slice(4, 6)}-${birthRaw.slice(6, 8)}` }));
  } else if (birth.y < 1900) {
    issues.push(err('id.birthTooEarly', { date: ymd(birth) }));
  } else if (ymd(birth) > ymd(t)) {
    issues.push(err('id.birthFuture', { date: ymd(birth) }));
  } else {
    age = t.y - birth.y - (t.m < birth.m || (t.m === birth.m && t.d < birth.d) ? 1 : 0);
  }

  const expected = gb11643CheckChar(s);
  const actual = s.charAt(17);
  if (expected !== actual) issues.push(err('id.checksum', { expected, actual }));

  const minAge = opts.minAge ?? DEFAULT_MIN_AGE;
  if (birth && age >= 0 && age < minAge) issues.push(warn('id.minor', { age, minAge }));

  const value: ResidentIdValue | undefined =
    birth && age >= 0
      ? { normalized: s, birthDate: ymd(birth), gender: Number(s.charAt(16)) % 2 === 1 ? 'male' : 'female', age }
      : undefined;
  return result(issues, value);
}

/** 18-digit mainland resident ID (GB 11643-1999, FORMS.md §3.1). */
export function validateResidentId(s: string, opts: ResidentIdOptions = {}): Result<ResidentIdValue> {
  return checkGb11643(s, opts, { allowed: RESIDENT_ID_PROVINCE_CODES, code: 'id.province' });
}
