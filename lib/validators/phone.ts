/**
 * §3.3 Phones: mainland mobile numbers and landlines. Rules: FORMS.md §3.3.
 */
import type { Result } from './types';
import { err, nfkcTrim, required, result } from './shared';

const MOBILE_RE = /^1[3-9]\d{9}$/;

/** Strip spaces/dashes/dots and an optional +86 / 0086 / 86 prefix. */
function compactMobile(s: string): string {
  let v = nfkcTrim(s).replace(/[\s\-.()]+/g, '');
  if (/^(\+86|0086)/.test(v)) v = v.replace(/^(\+86|0086)/, '');
  else if (/^86\d{11}$/.test(v)) v = v.slice(2);
  return v;
}

/** Mainland mobile number `^1[3-9]\d{9}$` (FORMS.md §3.3 [C2]); value = the 11 digits. */
export function validateMobile(s: string): Result<string> {
  if (!nfkcTrim(s)) return required();
  const v = compactMobile(s);
  return MOBILE_RE.test(v) ? result([], v) : result([err('mobile.format')]);
}

export interface LandlineValue {
  areaCode: string;
  number: string;
  extension?: string;
  /** 0571-88888888[-ext] */
  display: string;
  /** MIIT API form 086-0571-88888888[-ext] (FORMS.md §1.3, §3.3 [C2]). */
  miit: string;
}

/**
 * Mainland landline. Accepted: `0571-88888888`, `010-12345678-123`, `(010)12345678`,
 * `086-010-82998299`, `+86 10 8299 8299`, `0086 571 8888 8888`. Extension after `-`, `转` or `ext`.
 * The area-code length follows the numbering plan: 010 and 020–029 are 3 digits, all others 4.
 */
export function validateLandline(s: string): Result<LandlineValue> {
  let v = nfkcTrim(s);
  if (!v) return required();
  if (MOBILE_RE.test(compactMobile(v))) return result([err('landline.isMobile')]);

  // Country prefix: +86 / 0086 anywhere-attached, 086 / 86 only when followed by a separator.
  let international = false;
  const intl = /^(?:\+\s*86|0086)[\s-]*|^(?:086|86)[\s-]+/.exec(v);
  if (intl) {
    international = true;
    v = v.slice(intl[0].length);
  }
  // Extension markers → '-', parentheses around the area code → separators.
  v = v.replace(/\s*(?:转|分机|ext\.?|#)\s*/gi, '-').replace(/[()]/g, ' ').trim();
  if (!/^[\d\s-]+$/.test(v)) return result([err('landline.format')]);
  const groups = v.split(/[\s-]+/).filter(Boolean);
  let digits = groups.join('');
  let offset = 0; // digits added in front (the trunk 0 dropped in the +86 form)
  if (!digits.startsWith('0')) {
    if (!international) return result([err('landline.areaCode')]);
    digits = `0${digits}`;
    offset = 1;
  }
  if (!/^0[1-9]/.test(digits)) return result([err('landline.areaCode')]);
  const areaLen = /^(010|02\d)/.test(digits) ? 3 : 4;
  const areaCode = digits.slice(0, areaLen);
  const rest = digits.slice(areaLen);

  // Possible ends of the subscriber number: the end of the input, or any group boundary (extension after it).
  const boundaries: number[] = [];
  let acc = offset;
  for (const g of groups) {
    acc += g.length;
    boundaries.push(acc);
  }
  // An explicit separator right after 7 or 8 digits wins ('0571-8888888-1' is 7 digits + ext 1).
  const lens = [...boundaries.map((b) => b - areaLen).filter((n) => n < rest.length), rest.length];
  const numLen = lens.find((n) => n === 8 || n === 7);
  if (numLen === undefined) return result([err('landline.number')]);
  const number = rest.slice(0, numLen);
  const extension = rest.slice(numLen) || undefined;
  // Real subscriber numbers start with 2–9, but placeholders like 010-12345678 are common: only 0 is rejected.
  if (number.startsWith('0')) return result([err('landline.number')]);
  if (extension !== undefined && extension.length > 6) return result([err('landline.format')]);

  const tail = extension ? `-${extension}` : '';
  const value: LandlineValue = {
    areaCode,
    number,
    display: `${areaCode}-${number}${tail}`,
    miit: `086-${areaCode}-${number}${tail}`,
  };
  if (extension) value.extension = extension;
  return result([], value);
}
