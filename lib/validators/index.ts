/**
 * Pure validators for the fields of the China website-filing forms (ICP 备案 and 公安联网备案).
 * Rules: ../../../shared/domain/FORMS.md §3.1–§3.6 (format rules) and §1.3/§1.4 (field notes).
 *
 * One module per kind of value (id-card, uscc, cert-number, phone, domain, email, ip, filing-numbers,
 * site-name, expiry; helpers in shared.ts); this file re-exports their public API unchanged.
 *
 * No DOM and no browser-only APIs: everything runs in the extension pages, content scripts and Node
 * (Vitest). The only platform API used is the WHATWG `URL` parser, which converts Unicode host names
 * to punycode the same way in browsers and in Node.
 *
 * Every function returns issue *codes* (see messages.ts for the texts), never sentences.
 */

export type { Issue, Result, Severity } from './types';
export { validationMessages, formatIssue } from './messages';
export { isoDate, parseIsoDate } from './shared';
export {
  RESIDENT_ID_PROVINCE_CODES,
  GB11643_WEIGHTS,
  GB11643_CHECK_CHARS,
  DEFAULT_MIN_AGE,
  gb11643CheckChar,
  validateResidentId,
  type ResidentIdValue,
  type ResidentIdOptions,
} from './id-card';
export {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  USCC_CATEGORIES,
  USCC_REGISTRATION_DEPARTMENTS,
  usccCheckChar,
  validateUscc,
  type UsccValue,
} from './uscc';
export { certKindOf, validateCertNumber, type CertNumberKind, type CertNumberValue } from './cert-number';
export { validateMobile, validateLandline, type LandlineValue } from './phone';
export { hostToUnicode, hostToAscii, validateDomain, type DomainValue } from './domain';
export { validateEmail, type EmailValue } from './email';
export { IP_RANGE_LABELS_ZH, validatePublicIp, type IpValue } from './ip';
export {
  PROVINCE_ABBREVIATIONS,
  validateIcpNumber,
  validatePsbNumber,
  type IcpNumberValue,
  type PsbNumberValue,
} from './filing-numbers';
export {
  SITE_NAME_MIN_CHINESE,
  SITE_NAME_RESERVED_PREFIXES,
  SITE_NAME_PRE_APPROVAL_WORDS,
  SITE_NAME_INDIVIDUAL_FORBIDDEN_WORDS,
  SITE_NAME_INDIVIDUAL_DISCOURAGED_SUFFIXES,
  SITE_NAME_GENERIC_ONLY,
  siteNameWarnings,
  type SiteNameContext,
} from './site-name';
export { CERT_MIN_REMAINING_MONTHS, expiryIssues } from './expiry';
