/**
 * The example profile (docs/profile.example.json) seen as the zoo's step specs need it, with the values of
 * the profile's next version that are already decided (brief): structured 证件住所 / 通信地址, 单位注册地址,
 * the legal representative's ID, 域名证书有效期 and the interactive-service kinds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Addr {
  region: [string, string, string];
  detail: string;
  /** the address on one line: province + city + district + detail */
  line: string;
}
export interface Person {
  name: string;
  certType: string;
  certNo: string;
  validFrom: string;
  validTo: string;
  longTerm: boolean;
  mobile: string;
  emergencyPhone: string;
  landline: string;
  email: string;
  address: Addr;
  /** file names of the ID photos the profile holds (undefined: not held) */
  idFront?: string;
  idBack?: string;
  idHandheld?: string;
}
export interface Provider {
  name: string;
  jurisdiction: string;
  region: [string, string, string];
  code?: string;
  phone: string;
  accessMethod?: string;
}
export interface Ctx {
  kind: '单位' | '个人';
  entity: {
    name: string;
    nature: string;
    certType: string;
    certNo: string;
    certAddress: Addr;
    region: [string, string, string];
    mailing: Addr;
    registered?: Addr;
    office?: Addr;
    investor: string;
    legalRep?: { name: string; certType: string; certNo: string };
    usesGenAI: boolean;
    licence?: string;
  };
  principal: Person;
  site: {
    name: string;
    domains: string[];
    homeUrl: string;
    ips: string[];
    serviceType: string;
    languages: string[];
    contentTypes: string[];
    preApproval: boolean;
    remark: string;
    openedAt: string;
    interactive: boolean;
    interactiveKinds: string[];
    psbCategory: string;
    dangerousGoods: boolean;
    domainCertFrom: string;
    domainCertTo: string;
    domainCert?: string;
    access: Provider;
    registrar: Provider;
  };
  web: Person;
  webSame: boolean;
  security: Person;
  securitySame: boolean;
  emergency: Person;
  emergencySame: boolean;
}

type J = Record<string, any>;
const raw = JSON.parse(readFileSync(path.join(ROOT, 'docs/profile.example.json'), 'utf8')) as J;

const region = (r: J): [string, string, string] => [r.province, r.city, r.district];
const addr = (r: [string, string, string], detail: string): Addr => ({ region: r, detail, line: r.join('') + detail });
const docOf = (ownerId: string, kind: string): string | undefined =>
  (raw.documents as J[]).find((d) => d.ownerId === ownerId && d.kind === kind)?.name;

function person(id: string): Person {
  const c = (raw.contacts as J[]).find((x) => x.id === id)!;
  return {
    name: c.name, certType: c.certType, certNo: c.certNumber, validFrom: c.certValidFrom,
    validTo: c.certLongTerm ? '' : c.certValidTo, longTerm: !!c.certLongTerm, mobile: c.mobile,
    emergencyPhone: c.emergencyPhone, landline: c.landline, email: c.email,
    address: addr(region(c.address.region), c.address.detail),
    idFront: docOf(id, 'id-front'), idBack: docOf(id, 'id-back'), idHandheld: docOf(id, 'id-handheld'),
  };
}

/** next-version values, already decided */
const NEXT = {
  'e-yunqi': { certAddress: addr(['浙江省', '杭州市', '余杭区'], '文一西路 969 号 2 幢 305 室'), legalRep: { name: '李娜', certType: '居民身份证', certNo: '330110198511204525' } },
  'e-zhangwei': { certAddress: addr(['浙江省', '杭州市', '西湖区'], '文三路 100 号 1 幢 101 室') },
  's-yunqi-www': { domainCertFrom: '2025-11-01', domainCertTo: '2028-11-01', interactive: true, interactiveKinds: ['论坛社区', '网络评论'] },
  's-zhangwei-blog': { domainCertFrom: '2025-11-18', domainCertTo: '2027-11-18', interactive: false, interactiveKinds: [] as string[] },
};

function provider(p: J): Provider {
  return { name: p.name, jurisdiction: p.jurisdiction, region: region(p.region), code: p.code, phone: p.phone, accessMethod: p.accessMethod };
}

function build(kind: '单位' | '个人'): Ctx {
  const entityId = kind === '单位' ? 'e-yunqi' : 'e-zhangwei';
  const siteId = kind === '单位' ? 's-yunqi-www' : 's-zhangwei-blog';
  const e = (raw.entities as J[]).find((x) => x.id === entityId)!;
  const s = (raw.sites as J[]).find((x) => x.id === siteId)!;
  const principal = person(e.principalId);
  const roleOf = (r: J): [Person, boolean] => (r.kind === 'principal' ? [principal, true] : [person(r.contactId), false]);
  const [web, webSame] = roleOf(s.webPrincipal);
  const [security, securitySame] = roleOf(s.securityOfficer);
  const [emergency, emergencySame] = roleOf(s.emergencyContact);
  const next = NEXT[entityId];
  const certAddress = next.certAddress;
  const office = e.officeAddress?.region?.province ? addr(region(e.officeAddress.region), e.officeAddress.detail) : undefined;
  const sn = NEXT[siteId];
  return {
    kind,
    entity: {
      name: e.name, nature: e.nature, certType: e.certType, certNo: e.certNumber, certAddress, region: region(e.region),
      mailing: certAddress, registered: kind === '单位' ? certAddress : undefined, office, investor: e.investor,
      legalRep: 'legalRep' in next ? next.legalRep : undefined, usesGenAI: !!e.usesGenAI,
      licence: docOf(entityId, 'business-licence'),
    },
    principal,
    site: {
      name: s.name, domains: s.domains, homeUrl: s.homeUrl, ips: s.ips, serviceType: s.serviceType, languages: s.languages,
      contentTypes: s.contentTypes, preApproval: (s.preApprovals as unknown[]).length > 0, remark: s.remark, openedAt: s.openedAt,
      interactive: sn.interactive, interactiveKinds: sn.interactiveKinds, psbCategory: s.psbCategory, dangerousGoods: !!s.dangerousGoods,
      domainCertFrom: sn.domainCertFrom, domainCertTo: sn.domainCertTo, domainCert: docOf(siteId, 'domain-cert'),
      access: provider(s.accessProvider), registrar: provider(s.registrar),
    },
    web, webSame, security, securitySame, emergency, emergencySame,
  };
}

export const CTX: Record<'单位' | '个人', Ctx> = { 单位: build('单位'), 个人: build('个人') };
export const ENTITY_NAME: Record<'单位' | '个人', string> = { 单位: CTX.单位.entity.name, 个人: CTX.个人.entity.name };
