/** A generated agency-sized profile (made-up people and companies) for the scale test and the bench. */
import { EXPORT_FORMAT, EXPORT_VERSION } from '../lib/backup';
import { REGION_TREE } from '../lib/regions';
import { gb11643CheckChar, usccCheckChar } from '../lib/validators';

export function largeProfile(n = { entities: 1000, sites: 2000, contacts: 5000 }) {
  const T = 1764547200000;
  const meta = { createdAt: T, updatedAt: T, rev: 1 };
  const counties = REGION_TREE.flatMap((p) => (p.children ?? []).flatMap((c) => (c.children ?? []).map((d) => ({ province: p.name, city: c.name, district: d.name, code: d.code }))));
  const region = (i: number) => { const r = counties[(i * 7919) % counties.length]!; return { province: r.province, city: r.city, district: r.district }; };
  const pad = (i: number, w: number) => String(i).padStart(w, '0');
  const contacts = Array.from({ length: n.contacts }, (_, i) => {
    const first17 = `110105${1960 + (i % 40)}${pad((i % 12) + 1, 2)}${pad((i % 28) + 1, 2)}${pad(i % 1000, 3)}`;
    return {
      id: `c${i}`, name: `联系人${i}`, certType: '居民身份证', certNumber: first17 + gb11643CheckChar(first17), certValidFrom: '2020-01-01', certValidTo: '2040-01-01', certLongTerm: false,
      mobile: `138${pad(i, 8)}`, emergencyPhone: `139${pad(i, 8)}`, landline: '', email: `c${i}@example.com`, address: { region: region(i), detail: `示例路 ${i} 号` }, remark: '', ...meta,
    };
  });
  const entities = Array.from({ length: n.entities }, (_, i) => {
    const first17 = `91330110MA${pad(i, 7)}`;
    return {
      id: `e${i}`, kind: '单位', nature: '企业', name: `示例科技有限公司${pad(i, 4)}`, certType: '营业执照（个人或企业）', certNumber: first17 + usccCheckChar(first17),
      certValidFrom: '2019-01-01', certValidTo: '', certLongTerm: true, certAddress: { region: region(i), detail: `示例地址 ${i} 号` }, region: region(i),
      mailingAddress: { region: region(i), detail: `示例地址 ${i} 号` }, registeredAddress: { sameAsCert: true },
      officeAddress: { region: region(i), detail: `示例地址 ${i} 号` }, investor: `示例科技有限公司${pad(i, 4)}`, legalRep: { kind: 'contact', contactId: `c${i}` }, principalId: `c${i}`, usesGenAI: false,
      icpEntityNumber: '', icpEntityApprovedAt: '', remark: '', needsReview: [], ...meta,
    };
  });
  const sites = Array.from({ length: n.sites }, (_, i) => ({
    id: `s${i}`, entityId: `e${i % n.entities}`, name: `示例网站${pad(i, 4)}`, domains: [`example${i}.cn`], homeUrl: `www.example${i}.cn`, ips: [`47.96.${(i >> 8) % 256}.${(i % 254) + 1}`],
    serviceType: '网站应用服务', languages: ['中文简体'], contentTypes: ['单位门户网站'], preApprovals: [], webPrincipal: { kind: 'principal' }, securityOfficer: { kind: 'principal' },
    emergencyContact: { kind: 'contact', contactId: `c${(i + 1) % n.contacts}` },
    accessProvider: { providerId: 'aliyun-access', name: '阿里云计算有限公司', jurisdiction: '境内', region: { province: '浙江省', city: '杭州市', district: '余杭区' }, code: '673959654', phone: '95187', accessMethod: '租赁主机' },
    registrar: { providerId: 'aliyun-registrar', name: '阿里云计算有限公司（原万网）', jurisdiction: '境内', region: { province: '浙江省', city: '杭州市', district: '余杭区' }, phone: '010-65985888' },
    domainCertFrom: '', domainCertTo: '', interactive: false, interactiveKinds: [], psbCategory: 'E', dangerousGoods: false, icpSiteNumber: '', psbNumber: '', openedAt: '2025-11-25', remark: '', ...meta,
  }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(T).toISOString(), entities, contacts, sites, documents: [] };
}
