/**
 * Public server IP (ipaddr.js). Rules: FORMS.md §1.4, §2.3.
 */
import ipaddr from 'ipaddr.js';
import type { Result } from './types';
import { err, nfkcTrim, required, result } from './shared';

/** Chinese names of ipaddr.js range names, for messages. */
export const IP_RANGE_LABELS_ZH: Readonly<Record<string, string>> = {
  private: '内网私有地址',
  loopback: '本机回环地址',
  linkLocal: '链路本地地址',
  reserved: '保留地址',
  multicast: '组播地址',
  unspecified: '未指定地址',
  carrierGradeNat: '运营商级 NAT 地址',
  broadcast: '广播地址',
  uniqueLocal: 'IPv6 唯一本地地址',
  ipv4Mapped: 'IPv4 映射地址',
  '6to4': '6to4 隧道地址',
  teredo: 'Teredo 隧道地址',
  rfc6145: 'IPv4 转换地址',
  rfc6052: 'IPv4/IPv6 转换地址',
  benchmarking: '测试用地址',
  amt: 'AMT 隧道地址',
  as112: 'AS112 地址',
  as112v6: 'AS112 地址',
  orchid2: 'ORCHID 地址',
  deprecatedSiteLocal: '已废弃的站点本地地址',
  discard: '丢弃前缀地址',
  deprecatedOrchid: '已废弃的 ORCHID 地址',
  droneRemoteIdProtocolEntityTags: '保留地址',
  segmentRouting: '段路由地址',
};

export interface IpValue {
  normalized: string;
  version: 4 | 6;
}

/**
 * Public server IP (FORMS.md §1.4 "not 0.0.0.0 / private ranges" [C2]; §2.3 IP). Only ipaddr.js range
 * 'unicast' is accepted; anything else (private, loopback, reserved, 6to4, teredo, …) → `ip.notPublic`.
 * IPv4 must be four-part decimal without leading zeros; IPv6 zone ids are rejected.
 */
export function validatePublicIp(s: string): Result<IpValue> {
  const v = nfkcTrim(s).replace(/^\[|\]$/g, '');
  if (!v) return required();
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (v.includes(':')) {
    if (v.includes('%') || !ipaddr.IPv6.isValid(v)) return result([err('ip.format')]);
    addr = ipaddr.IPv6.parse(v);
  } else {
    if (!ipaddr.IPv4.isValidFourPartDecimal(v)) return result([err('ip.format')]);
    addr = ipaddr.IPv4.parse(v);
  }
  const range = addr.range();
  if (addr.kind() === 'ipv6' && range === 'ipv4Mapped') {
    const inner = (addr as ipaddr.IPv6).toIPv4Address();
    const innerRange = inner.range();
    return innerRange === 'unicast'
      ? result([err('ip.ipv4Mapped', { ipv4: inner.toString() })])
      : result([err('ip.notPublic', { range: innerRange, rangeZh: IP_RANGE_LABELS_ZH[innerRange] ?? innerRange })]);
  }
  if (range !== 'unicast') {
    return result([err('ip.notPublic', { range, rangeZh: IP_RANGE_LABELS_ZH[range] ?? range })]);
  }
  return addr.kind() === 'ipv4'
    ? result([], { normalized: addr.toString(), version: 4 as const })
    : result([], { normalized: (addr as ipaddr.IPv6).toRFC5952String(), version: 6 as const });
}
