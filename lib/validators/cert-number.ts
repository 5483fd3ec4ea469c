/**
 * Certificate number by 证件类型 label (FORMS.md §1.7, §2.2): dispatches to the resident-ID, residence-permit
 * and USCC checks, format checks for passports and permits.
 */
import type { Result } from './types';
import { err, nfkcTrim, required, result } from './shared';
import { checkGb11643, validateResidentId, type ResidentIdOptions, type ResidentIdValue } from './id-card';
import { validateUscc, type UsccValue } from './uscc';

export type CertNumberKind =
  | 'residentId'
  | 'residencePermit'
  | 'uscc'
  | 'passport'
  | 'hkMacauPermit'
  | 'taiwanPermit'
  | 'foreignPermanentResident'
  | 'other';

export interface CertNumberValue {
  kind: CertNumberKind;
  normalized: string;
  residentId?: ResidentIdValue;
  uscc?: UsccValue;
}

/** Which check a 证件类型 label gets. Labels are matched loosely (they differ across systems). */
export function certKindOf(certType: string): CertNumberKind {
  const t = certType.replace(/\s+/g, '');
  if (t.includes('居住证') && (t.includes('港澳') || t.includes('台湾'))) return 'residencePermit';
  // 居民身份证 and 临时居民身份证; a mainland 居住证 (公安 list code 14) carries the holder's ID number.
  if (t.includes('居民身份证') || t === '身份证' || t === '居住证') return 'residentId';
  // '统一社会信用代码证书' and MIIT code 49 '中华人民共和国社会信用代码证书' (FORMS.md §1.7).
  if (t.includes('社会信用代码') || t.includes('营业执照')) return 'uscc';
  if (t.includes('永久居留')) return 'foreignPermanentResident';
  if (t.includes('通行证') && t.includes('港澳')) return 'hkMacauPermit';
  if (t.includes('通行证') && t.includes('台湾')) return 'taiwanPermit';
  if (t.includes('护照')) return 'passport';
  return 'other';
}

/**
 * Validate a certificate number for its 证件类型 label.
 * Lenient where the exact format is not documented in FORMS.md (passports, permits): format only.
 */
export function validateCertNumber(certType: string, s: string, opts: ResidentIdOptions = {}): Result<CertNumberValue> {
  const kind = certKindOf(certType);
  const compact = nfkcTrim(s).replace(/[\s()]+/g, '').toUpperCase();
  if (!compact) return required();

  switch (kind) {
    case 'residentId': {
      const r = validateResidentId(s, opts);
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, residentId: r.value });
    }
    case 'residencePermit': {
      // 港澳居民居住证 numbers start 810000 (香港) / 820000 (澳门), 台湾居民居住证 830000; same GB 11643
      // check digit [INF from the 2018 residence-permit rules, not in FORMS.md].
      const taiwan = certType.includes('台湾');
      const r = checkGb11643(s, opts, {
        allowed: taiwan ? ['83'] : ['81', '82'],
        code: 'permit.prefix',
        expected: taiwan ? '83' : '81/82',
      });
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, residentId: r.value });
    }
    case 'uscc': {
      // Old 15-digit 营业执照 registration numbers are not accepted: all were replaced by USCC (2015–2020).
      const r = validateUscc(s);
      return result(r.issues, r.value && { kind, normalized: r.value.normalized, uscc: r.value });
    }
    case 'passport':
      // Passports of any country: 5–20 letters/digits (loose on purpose; PRC passports are E/G + 8).
      return /^[A-Z0-9]{5,20}$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('passport.format')]);
    case 'hkMacauPermit':
      // 港澳居民来往内地通行证: H/M + 8 digits (card since 2013) or + 10 digits (older booklet) [BRIEF].
      return /^[HM](\d{8}|\d{10})$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('hkmoPermit.format')]);
    case 'taiwanPermit':
      // 台湾居民来往大陆通行证: 8 digits (card since 2015) or 10 chars (older, with issue counter)
      // [BRIEF]; parentheses around the counter were stripped above. Lenient: letters allowed.
      return /^(\d{8}|[A-Z0-9]{10})$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('twPermit.format')]);
    case 'foreignPermanentResident':
      // 外国人永久居留身份证: old 15 chars (3-letter country + 12 digits), 2023 version 18 digits
      // starting with 9. UNSURE of the new check digit, so format only [INF].
      return /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/.test(compact)
        ? result([], { kind, normalized: compact })
        : result([err('foreignPr.format')]);
    case 'other':
      return result([], { kind, normalized: nfkcTrim(s) });
  }
}
