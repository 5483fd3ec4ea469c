// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FILING_MATCHES, FILING_PAGES, FILING_WAR_MATCHES, platformOfUrl } from '@/lib/hosts';

/** Chrome's match-pattern semantics for the patterns we use (scheme://host/path-with-*), path tested against path + query. */
function matches(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  if (u.protocol !== `${m[1]}:` || u.hostname !== m[2]) return false;
  const re = new RegExp(`^${m[3]!.split('*').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}

describe('filing pages', () => {
  it.each([
    ['https://beian.aliyun.com/pcContainer/formpage?page=selfBa', 'aliyun'],
    ['https://beian.mps.gov.cn/web/business/businessHome/website', 'mps'],
    ['http://www.beian.gov.cn/portal/index', 'beian-old'],
    ['https://beian.miit.gov.cn/#/Integrated/index', 'miit'],
    ['https://console.cloud.tencent.com/beian', 'tencent'],
    ['https://console.cloud.tencent.com/beian/manage/create?replicaBuild=prov-tencent-basic', 'tencent'],
    ['https://beian.huaweicloud.com/', 'huawei'],
    ['https://beian.huaweicloud.com/order/subject', 'huawei'],
    ['https://console.huaweicloud.com/beian/?region=cn-north-4#/order', 'huawei'],
    ['https://console.volcengine.com/beian/first', 'volcengine'],
    ['https://console.bce.baidu.com/beian/#/beian/order', 'baidu'],
  ])('%s is %s', (url, p) => expect(platformOfUrl(url)).toBe(p));

  it.each([
    // lookalike hosts and spoofs
    'https://beian.aliyun.com.evil.cn/pcContainer/formpage', 'https://xn--beian-aliyun-xyz.com/', 'https://evil.cn/beian.aliyun.com/',
    'https://beian.mps.gov.cn.attacker.io/', 'https://console.cloud.tencent.com.evil.cn/beian', 'https://xn--console-cloud-tencent-9m5a.com/beian',
    'https://evil.cn/console.cloud.tencent.com/beian', 'https://beian.huaweicloud.com.evil.cn/', 'https://console.volcengine.com.attacker.io/beian',
    'https://console.bce.baidu.com.evil.cn/beian', 'https://cloud.tencent.com/beian', 'https://xconsole.cloud.tencent.com/beian',
    // plain http, ports, userinfo
    'http://beian.aliyun.com/pcContainer/formpage', 'http://beian.miit.gov.cn/', 'http://console.cloud.tencent.com/beian',
    'https://beian.aliyun.com:8443/', 'https://console.cloud.tencent.com:8443/beian', 'https://user@beian.aliyun.com/',
    'https://user:pw@console.huaweicloud.com/beian', 'http://beian.huaweicloud.com/',
    // other products on the consoles
    'https://console.cloud.tencent.com/', 'https://console.cloud.tencent.com/cvm/instance', 'https://console.cloud.tencent.com/beianx',
    'https://console.cloud.tencent.com/cam?next=/beian', 'https://console.cloud.tencent.com/cam#/beian', 'https://console.huaweicloud.com/ecm/',
    'https://console.huaweicloud.com/Beian', 'https://console.volcengine.com/ecs', 'https://console.bce.baidu.com/bcc/',
    // Baidu's filing docs are docs, not the console
    'https://cloud.baidu.com/doc/BeiAn/s/Llm492h9k',
    'not a url',
  ])('refuses %s', (url) => expect(platformOfUrl(url)).toBeUndefined());

  it('content-script matches name host and path, and accept every allowed page', () => {
    expect(FILING_MATCHES).toEqual(expect.arrayContaining([
      'https://beian.aliyun.com/*', 'https://console.cloud.tencent.com/beian*', 'https://beian.huaweicloud.com/*',
      'https://console.huaweicloud.com/beian*', 'https://console.volcengine.com/beian*', 'https://console.bce.baidu.com/beian*',
    ]));
    for (const m of FILING_MATCHES) expect(m).not.toMatch(/^https?:\/\/\*|<all_urls>/);
    for (const url of ['https://console.cloud.tencent.com/beian', 'https://console.cloud.tencent.com/beian/manage?x=1', 'https://console.huaweicloud.com/beian/?region=cn-north-4', 'https://console.volcengine.com/beian/first', 'https://console.bce.baidu.com/beian/#/x', 'https://beian.huaweicloud.com/order']) {
      expect(FILING_MATCHES.some((m) => matches(m, url)), url).toBe(true);
    }
    // the consoles' other products get no content script at all
    for (const url of ['https://console.cloud.tencent.com/cvm', 'https://console.huaweicloud.com/ecm/', 'https://console.volcengine.com/ecs', 'https://console.bce.baidu.com/bcc/']) {
      expect(FILING_MATCHES.some((m) => matches(m, url)), url).toBe(false);
    }
  });

  it('web-accessible-resource matches are one origin pattern with the path /* per filing origin', () => {
    expect(new Set(FILING_WAR_MATCHES).size).toBe(FILING_WAR_MATCHES.length);
    for (const m of FILING_WAR_MATCHES) expect(m).toMatch(/^https?:\/\/[a-z0-9.-]+\/\*$/);
    for (const p of FILING_PAGES) expect(FILING_WAR_MATCHES).toContain(`${p.origin}/*`);
  });
});
