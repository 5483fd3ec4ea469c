/**
 * Domains (tldts, ICANN suffixes only; IDNs in Unicode or punycode). Rules: FORMS.md §1.4.
 * The only platform API used is the WHATWG `URL` parser, which converts Unicode host names to punycode
 * the same way in browsers and in Node.
 */
import ipaddr from 'ipaddr.js';
import { parse as parseDomain } from 'tldts';
import type { Issue, Result } from './types';
import { err, nfkcTrim, required, result, warn } from './shared';

/** RFC 3492 punycode decoding of one label body (without `xn--`); throws on malformed input. */
function punycodeDecode(input: string): string {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const adapt = (delta: number, numPoints: number, first: boolean): number => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / numPoints);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  const digitOf = (c: number): number =>
    c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : base;
  const out: number[] = [];
  const basic = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw new Error('bad punycode');
    out.push(c);
  }
  let n = 128, i = 0, bias = 72;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (idx >= input.length) throw new Error('bad punycode');
      const digit = digitOf(input.charCodeAt(idx++));
      if (digit >= base) throw new Error('bad punycode');
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 0x7fffffff) throw new Error('bad punycode');
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) throw new Error('bad punycode');
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** Unicode form of an ASCII (punycode) host name. */
export function hostToUnicode(ascii: string): string {
  return ascii
    .split('.')
    .map((l) => (l.startsWith('xn--') ? punycodeDecode(l.slice(4)) : l))
    .join('.');
}

/** ASCII (punycode) form via the WHATWG URL parser (same in browsers and Node); undefined if invalid. */
export function hostToAscii(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

type HostCheck =
  | { ok: true; ascii: string; domain: string; subdomain: string; isIdn: boolean }
  | { ok: false; code: 'domain.invalid' | 'domain.isIp' | 'domain.unknownSuffix' | 'domain.onlySuffix' };

/** Host-name syntax + public-suffix checks shared by validateDomain and validateEmail. */
export function checkHost(host: string): HostCheck {
  const bare = host.replace(/^\[|\]$/g, '');
  if (ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) || /^[\d.]+$/.test(bare)) {
    return { ok: false, code: 'domain.isIp' };
  }
  if (/[\s/\\:@?#%]/.test(host)) return { ok: false, code: 'domain.invalid' };
  const ascii = hostToAscii(host);
  if (!ascii || ascii.length > 253) return { ok: false, code: 'domain.invalid' };
  const labels = ascii.split('.');
  if (!labels.every((l) => LABEL_RE.test(l))) return { ok: false, code: 'domain.invalid' };
  // Punycode labels must round-trip (rejects malformed xn-- labels).
  let isIdn = false;
  if (labels.some((l) => l.startsWith('xn--'))) {
    isIdn = true;
    try {
      if (hostToAscii(hostToUnicode(ascii)) !== ascii) return { ok: false, code: 'domain.invalid' };
    } catch {
      return { ok: false, code: 'domain.invalid' };
    }
  }
  const p = parseDomain(ascii, { allowPrivateDomains: false });
  if (p.isIp) return { ok: false, code: 'domain.isIp' };
  if (!p.hostname) return { ok: false, code: 'domain.invalid' };
  if (!p.isIcann) return { ok: false, code: 'domain.unknownSuffix' };
  if (!p.domain) return { ok: false, code: 'domain.onlySuffix' };
  return { ok: true, ascii, domain: p.domain, subdomain: p.subdomain ?? '', isIdn };
}

export interface DomainValue {
  /** The trimmed, lower-cased input. */
  input: string;
  /** Registrable (apex) domain in ASCII/punycode, e.g. 'example.com.cn', 'xn--fsqu00a.xn--fiqs8s'. */
  apex: string;
  /** Unicode form of the apex for IDNs, e.g. '例子.中国'. */
  unicode?: string;
  isIdn: boolean;
}

/**
 * 网站域名 field (FORMS.md §1.4: apex domain, no `www.`, no scheme). Uses tldts with ICANN suffixes
 * only; IDNs accepted in Unicode or punycode. A subdomain is ok with a `domain.notApex` warning.
 * Errors for scheme/path/port carry `params.suggestion` (the apex) when one can be derived.
 */
export function validateDomain(s: string): Result<DomainValue> {
  const input = nfkcTrim(s).toLowerCase();
  if (!input) return required();

  const salvage = (host: string): Issue['params'] => {
    const h = checkHost(host.replace(/\.$/, ''));
    return h.ok ? { suggestion: h.isIdn ? hostToUnicode(h.domain) : h.domain } : undefined;
  };
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//.exec(input);
  if (scheme) {
    const host = input.slice(scheme[0].length).split(/[/?#]/)[0]?.replace(/:\d+$/, '') ?? '';
    return result([err('domain.hasScheme', salvage(host))]);
  }
  const bare = input.replace(/^\[|\]$/g, '');
  if (ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare)) return result([err('domain.isIp')]);
  if (/[/?#]/.test(input)) {
    const host = input.split(/[/?#]/)[0]?.replace(/:\d+$/, '') ?? '';
    return result([err('domain.hasPath', salvage(host))]);
  }
  if (/:\d*$/.test(input)) return result([err('domain.hasPort', salvage(input.replace(/:\d*$/, '')))]);

  const h = checkHost(input.replace(/\.$/, ''));
  if (!h.ok) return result([err(h.code)]);
  const issues: Issue[] = [];
  const value: DomainValue = { input, apex: h.domain, isIdn: h.isIdn };
  if (h.isIdn) value.unicode = hostToUnicode(h.domain);
  if (h.subdomain) issues.push(warn('domain.notApex', { apex: value.unicode ?? h.domain, subdomain: h.subdomain }));
  return result(issues, value);
}
