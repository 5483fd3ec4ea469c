// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/backup';
import { MATERIAL_RULES, idProvince, materials, type FilingContext } from '@/lib/checklist/rules';
import { profileWarnings } from '@/lib/checklist/warnings';
import { footerSnippet, nextStep, psbDeadline } from '@/lib/checklist/journey';
import type { Contact, DocumentMeta, Entity, Site } from '@/lib/schema';
import { exampleText, makeId } from './helpers';

const today = new Date('2026-01-10T00:00:00Z');
function ctx(which: 'unit' | 'person', edit?: (c: FilingContext) => void): FilingContext {
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('example invalid');
  const d = structuredClone(r.data);
  const entity = (d.entities as Entity[]).find((e) => e.id === (which === 'unit' ? 'e-yunqi' : 'e-zhangwei'))!;
  const site = (d.sites as Site[]).find((s) => s.entityId === entity.id)!;
  const contacts = d.contacts as Contact[];
  const principal = contacts.find((c) => c.id === entity.principalId);
  const webPrincipal = site.webPrincipal.kind === 'contact' ? contacts.find((c) => c.id === (site.webPrincipal as { contactId: string }).contactId) : principal;
  const legalRep = entity.legalRep.kind === 'contact' ? contacts.find((x) => x.id === (entity.legalRep as { contactId: string }).contactId) : undefined;
  const c: FilingContext = { entity, site, principal, webPrincipal, legalRep, sites: [site], docs: d.documents.map(({ dataBase64: _d, ...m }) => m) as DocumentMeta[], today };
  edit?.(c);
  return c;
}
const ids = (c: FilingContext) => materials(c).map((m) => m.rule.id);
const doc = (c: FilingContext, kind: DocumentMeta['kind'], ownerType: DocumentMeta['ownerType'], ownerId: string, extra: Partial<DocumentMeta> = {}): DocumentMeta =>
  ({ id: `d-${kind}-${ownerId}`, ownerType, ownerId, kind, name: `${kind}.png`, mime: 'image/png', size: 1000, expiresAt: '', addedAt: 0, ...extra });

describe('materials', () => {
  it('every rule names its source and confidence', () => {
    for (const r of MATERIAL_RULES) { expect(r.source).toMatch(/S\d+/); expect(['C2', 'C1', 'INF', 'BRIEF']).toContain(r.confidence); }
  });
  it('entity certificate: units only; 已备 when stored', () => {
    const unit = ctx('unit');
    expect(materials(unit).find((m) => m.rule.id === 'entity-certificate')?.state).toBe('已备');
    expect(ids(ctx('person'))).not.toContain('entity-certificate');
  });
  it('ID card images: 缺少 until stored, 需注意 when too large or expired', () => {
    const c = ctx('unit');
    expect(materials(c).find((m) => m.rule.id === 'principal-id-front')?.state).toBe('缺少');
    c.docs.push(doc(c, 'id-front', 'contact', 'c-lina', { size: 5 * 1024 * 1024 }));
    expect(materials(c).find((m) => m.rule.id === 'principal-id-front')).toMatchObject({ state: '需注意', detail: expect.stringContaining('超过平台上限') });
    c.docs[c.docs.length - 1] = doc(c, 'id-front', 'contact', 'c-lina', { expiresAt: '2025-12-31' });
    expect(materials(c).find((m) => m.rule.id === 'principal-id-front')?.detail).toContain('已于 2025-12-31 过期');
  });
  it('handheld photo for 公安: always asked', () => expect(ids(ctx('person'))).toContain('principal-id-handheld'));
  it('site principal ID: only when the site principal is someone else', () => {
    expect(ids(ctx('unit'))).toContain('web-id-front'); // 王强 ≠ 李娜
    expect(ids(ctx('person'))).not.toContain('web-id-front'); // same person
  });
  it('广东 commitment letter: 广东 only', () => {
    expect(ids(ctx('unit', (c) => { c.entity.region = { province: '广东省', city: '深圳市', district: '南山区' }; }))).toContain('guangdong-commitment');
    expect(ids(ctx('unit'))).not.toContain('guangdong-commitment');
  });
  it('authorisation letter: 上海/湖南/湖北 units whose site principal is not the legal representative', () => {
    expect(ids(ctx('unit', (c) => { c.entity.region = { province: '上海市', city: '市辖区', district: '浦东新区' }; }))).toContain('authorization');
    expect(ids(ctx('unit', (c) => { c.entity.region = { province: '上海市', city: '市辖区', district: '浦东新区' }; c.webPrincipal = c.principal; }))).not.toContain('authorization');
  });
  it('domain certificate: when the site has a domain; 需注意 over the 公安 400 KB limit', () => {
    const c = ctx('unit');
    c.docs.push(doc(c, 'domain-cert', 'site', 's-yunqi-www', { size: 500 * 1024 }));
    expect(materials(c).find((m) => m.rule.id === 'domain-certificate')?.state).toBe('需注意');
    expect(ids(ctx('unit', (x) => { x.site!.domains = []; }))).not.toContain('domain-certificate');
  });
  it('residence permit: an individual whose ID is from another province, in the listed provinces', () => {
    expect(idProvince('110105198808123011')).toBe('北京');
    const other = ctx('person', (c) => { c.entity.certNumber = makeId('110105', '19900307'); });
    expect(ids(other)).toContain('residence-permit'); // 浙江 filing, 北京 ID
    expect(ids(ctx('person'))).not.toContain('residence-permit'); // 浙江 ID
  });
  it('construction plan: 广东 with many domains (threshold marked as inferred)', () => {
    const c = ctx('unit', (x) => { x.entity.region = { province: '广东省', city: '深圳市', district: '南山区' }; x.site!.domains = ['a.cn', 'b.cn', 'c.cn', 'd.cn']; });
    const m = materials(c).find((x) => x.rule.id === 'construction-plan');
    expect(m).toMatchObject({ state: '缺少', detail: expect.stringContaining('请核实') });
    expect(ids(ctx('unit'))).not.toContain('construction-plan');
  });
  it('pre-approval documents: when an item is ticked', () => {
    expect(ids(ctx('unit', (c) => { c.site!.preApprovals = [{ item: '教育', approvalNumber: '' }]; }))).toContain('pre-approval');
    expect(ids(ctx('unit'))).not.toContain('pre-approval');
  });
  it('编办 documents: 江西 public institutions', () => {
    expect(ids(ctx('unit', (c) => { c.entity.nature = '事业单位'; c.entity.region = { province: '江西省', city: '南昌市', district: '东湖区' }; }))).toContain('bianban');
    expect(ids(ctx('unit', (c) => { c.entity.nature = '事业单位'; }))).not.toContain('bianban');
  });
});

describe('profile warnings', () => {
  const w = (c: FilingContext) => profileWarnings(c).map((x) => x.id);
  it('certificate expiring within 3 months', () => {
    expect(w(ctx('person', (c) => { c.principal!.certValidTo = '2026-03-01'; }))).toContain('主体负责人-cert.expiresSoon');
    expect(w(ctx('person'))).not.toContain('主体负责人-cert.expiresSoon');
  });
  it('site name rules (individual named like a company)', () => {
    expect(w(ctx('person', (c) => { c.site!.name = '张伟科技有限公司'; }))).toContain('sitename-sitename.individualCommercial');
    expect(w(ctx('person')).filter((x) => x.startsWith('sitename-'))).toEqual([]);
  });
  it('domains over the province limit', () => {
    expect(w(ctx('unit', (c) => { c.entity.region = { province: '湖南省', city: '长沙市', district: '开福区' }; }))).toContain('domain-limit'); // 2 domains, 湖南 allows 1
    expect(w(ctx('unit'))).not.toContain('domain-limit');
  });
  it('principal not the legal representative where required', () => {
    // the legal representative is a linked person (李娜): another person as principal is flagged
    expect(w(ctx('unit', (c) => { c.principal = { ...c.principal!, id: 'c-wangqiang', name: '王强' }; }))).toContain('principal-legal-rep');
    expect(w(ctx('unit'))).not.toContain('principal-legal-rep');
    // a legal representative known by name only is compared by name
    expect(w(ctx('unit', (c) => { c.entity.legalRep = { kind: 'name', name: '赵六' }; }))).toContain('principal-legal-rep');
    expect(w(ctx('unit', (c) => { c.entity.legalRep = { kind: 'name', name: '李娜' }; }))).not.toContain('principal-legal-rep');
  });
  it('a stored domain certificate whose expiry disagrees with the site\'s 域名证书有效期', () => {
    const withCert = (expiresAt: string, to?: string) => ctx('unit', (c) => {
      if (to !== undefined) c.site!.domainCertTo = to;
      c.docs.push(doc(c, 'domain-cert', 'site', 's-yunqi-www', { expiresAt }));
    });
    expect(w(withCert('2028-11-01'))).not.toContain('domain-cert-mismatch-d-domain-cert-s-yunqi-www');
    const mismatch = profileWarnings(withCert('2027-05-01')).find((x) => x.id.startsWith('domain-cert-mismatch'));
    expect(mismatch).toMatchObject({ link: { record: 'site', recordId: 's-yunqi-www', field: 'domainCertTo' } });
    expect(mismatch?.text).toContain('2027-05-01');
    expect(w(withCert('2027-05-01', ''))).toContain('domain-cert-missing-d-domain-cert-s-yunqi-www');
    expect(w(ctx('unit', (c) => { c.site!.domainCertTo = '2025-12-31'; }))).toContain('domain-cert-cert.expired');
  });
  it('local mobile where required (manual check)', () => {
    expect(w(ctx('unit', (c) => { c.entity.region = { province: '北京市', city: '市辖区', district: '海淀区' }; }))).toContain('local-mobile');
    expect(w(ctx('unit'))).not.toContain('local-mobile');
  });
});

describe('journey, deadline and footer', () => {
  it('counts the 30-day 公安 window from the opening date', () => {
    const c = ctx('unit');
    expect(psbDeadline(c.site!, new Date('2025-12-01T08:00:00'))).toEqual({ due: '2025-12-25', daysLeft: 24 });
    expect(psbDeadline({ ...c.site!, openedAt: '' })).toBeUndefined();
  });
  it('names the next step not done', () => {
    expect(nextStep({})?.id).toBe('icp-fill');
    expect(nextStep({ 'icp-fill': '2025-11-01', 'icp-review': '2025-11-02' })?.title).toBe('工信部短信核验');
  });
  it('builds the footer: site number elsewhere, 主体备案号 in 广东, 公安 code link', () => {
    const c = ctx('unit');
    c.site!.icpSiteNumber = '浙ICP备12345678号-1';
    c.site!.psbNumber = '浙公网安备 33010602009975号';
    const f = footerSnippet(c.entity, c.site!)!;
    expect(f.html).toContain('<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">浙ICP备12345678号-1</a>');
    expect(f.html).toContain('https://beian.mps.gov.cn/#/query/webSearch?code=33010602009975');
    expect(f.html).toContain('浙公网安备33010602009975号');
    expect(f.html).toContain('<img src="https://beian.mps.gov.cn/web/assets/logo01.6189a29f.png"');
    c.entity.region = { province: '广东省', city: '深圳市', district: '南山区' };
    c.site!.icpSiteNumber = '粤ICP备12345678号-3';
    const g = footerSnippet(c.entity, c.site!)!;
    expect(g.icpShown).toBe('粤ICP备12345678号');
    expect(g.note).toContain('主体备案号');
    expect(footerSnippet(c.entity, { ...c.site!, icpSiteNumber: '', psbNumber: '' })).toBeUndefined();
  });
});
