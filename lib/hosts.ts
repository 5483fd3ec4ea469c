/**
 * The filing hosts the extension works on, in one place: the manifest's content-script matches and the
 * runtime origin check both come from here. A lookalike (beian.aliyun.com.evil.cn, xn-- spoofs, http
 * where the real site is https) matches neither.
 */
export type PlatformId = 'aliyun' | 'mps' | 'beian-old' | 'miit';

export const FILING_ORIGINS: readonly { origin: string; platform: PlatformId }[] = [
  { origin: 'https://beian.aliyun.com', platform: 'aliyun' },
  { origin: 'https://beian.mps.gov.cn', platform: 'mps' },
  // The old public-security portal was served over plain http (FORMS.md §2.1); https too where it exists.
  { origin: 'http://www.beian.gov.cn', platform: 'beian-old' },
  { origin: 'https://www.beian.gov.cn', platform: 'beian-old' },
  { origin: 'http://beian.gov.cn', platform: 'beian-old' },
  { origin: 'https://beian.gov.cn', platform: 'beian-old' },
  { origin: 'https://beian.miit.gov.cn', platform: 'miit' },
];

/** Match patterns for the manifest (content_scripts.matches and host_permissions). */
export const FILING_MATCHES = FILING_ORIGINS.map((o) => `${o.origin}/*`);

/** The platform of an exact, allowed origin (scheme + host, default port), else undefined. */
export function platformOfUrl(url: string): PlatformId | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.port !== '' || u.username || u.password) return undefined;
  return FILING_ORIGINS.find((o) => o.origin === u.origin)?.platform;
}
