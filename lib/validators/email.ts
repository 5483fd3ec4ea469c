/**
 * E-mail addresses: ASCII local part, host checked like a domain (domain.ts).
 */
import type { Result } from './types';
import { err, nfkcTrim, required, result } from './shared';
import { checkHost } from './domain';

export interface EmailValue {
  /** local@domain with the domain lower-cased as typed (Unicode kept). */
  normalized: string;
  /** Domain in ASCII/punycode. */
  asciiDomain: string;
}

/** Practical e-mail check: ASCII local part, domain with an ICANN public suffix (IDN allowed). */
export function validateEmail(s: string): Result<EmailValue> {
  const v = nfkcTrim(s);
  if (!v) return required();
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return result([err('email.format')]);
  const local = v.slice(0, at);
  const domain = v.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (
    local.length > 64 ||
    !/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return result([err('email.localPart')]);
  }
  const h = checkHost(domain);
  if (!h.ok) return result([err('email.domain')]);
  return result([], { normalized: `${local}@${domain}`, asciiDomain: h.ascii });
}
