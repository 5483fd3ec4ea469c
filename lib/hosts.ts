/**
 * The filing pages the extension works on, in one place: the manifest's content-script matches, the
 * web-accessible-resource matches and the runtime check all come from here. A page is an origin AND a
 * path prefix: the cloud consoles (console.cloud.tencent.com, console.huaweicloud.com, …) host every
 * other product too, and the extension has nothing to do there. A lookalike (beian.aliyun.com.evil.cn,
 * xn-- spoofs, http where the real site is https, a port, userinfo, another path on the console)
 * matches nothing.
 */
export type PlatformId = 'aliyun' | 'mps' | 'beian-old' | 'miit' | 'tencent' | 'huawei' | 'volcengine' | 'baidu';

export interface FilingPage {
  /** scheme + host, default port */
  origin: string;
  /** '/' for a host that is all filing; else the console's filing section, e.g. '/beian' */
  path: string;
  platform: PlatformId;
}

export const FILING_PAGES: readonly FilingPage[] = [
  { origin: 'https://beian.aliyun.com', path: '/', platform: 'aliyun' },
  { origin: 'https://beian.mps.gov.cn', path: '/', platform: 'mps' },
  // The old public-security portal was served over plain http (FORMS.md §2.1); https too where it exists.
  { origin: 'http://www.beian.gov.cn', path: '/', platform: 'beian-old' },
  { origin: 'https://www.beian.gov.cn', path: '/', platform: 'beian-old' },
  { origin: 'http://beian.gov.cn', path: '/', platform: 'beian-old' },
  { origin: 'https://beian.gov.cn', path: '/', platform: 'beian-old' },
  { origin: 'https://beian.miit.gov.cn', path: '/', platform: 'miit' },
  // Other providers' ICP consoles (FORMS.md §1.10).
  { origin: 'https://console.cloud.tencent.com', path: '/beian', platform: 'tencent' }, // [C2: S83, S84]
  { origin: 'https://beian.huaweicloud.com', path: '/', platform: 'huawei' }, // [C2: S87, S88]
  { origin: 'https://console.huaweicloud.com', path: '/beian', platform: 'huawei' }, // [C2: S87, S88]
  { origin: 'https://console.volcengine.com', path: '/beian', platform: 'volcengine' }, // [C1: S91]
  // [INF] §1.10 names only Baidu's docs (cloud.baidu.com/doc/BeiAn, not a console) and its app; the
  // filing console is taken to live under Baidu AI Cloud's console host like its other products.
  { origin: 'https://console.bce.baidu.com', path: '/beian', platform: 'baidu' },
];

/**
 * Match patterns for the content script: host and path (`https://console.cloud.tencent.com/beian*`).
 * A pattern's path also matches the query, and `/beian*` would match `/beianx` too: platformOfUrl,
 * which the content script checks first, is the exact test.
 */
export const FILING_MATCHES: string[] = FILING_PAGES.map((p) => `${p.origin}${p.path === '/' ? '/' : p.path}*`);

/**
 * Match patterns for web_accessible_resources (the panel's iframe). Chrome checks these against the
 * initiating origin only, and a pattern there must have the path `/*` (a path makes the manifest
 * invalid), so this is one pattern per origin. The content script, which alone creates the iframe,
 * runs only on FILING_MATCHES pages.
 */
export const FILING_WAR_MATCHES: string[] = [...new Set(FILING_PAGES.map((p) => `${p.origin}/*`))];

/** The platform of an allowed page (exact origin with default port, no userinfo, path inside the filing section), else undefined. */
export function platformOfUrl(url: string): PlatformId | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.port !== '' || u.username || u.password) return undefined;
  return FILING_PAGES.find(
    (p) => p.origin === u.origin && (p.path === '/' || u.pathname === p.path || u.pathname.startsWith(`${p.path}/`)),
  )?.platform;
}

/**
 * Does a path pattern cover a page path? Exact, or a prefix when the pattern ends with * (a taught field's
 * page, lib/rules.ts; checked again by the content script on every read, as an SPA changes its path).
 */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
