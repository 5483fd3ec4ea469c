// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/backup';
import { MATERIAL_RULES, idProvince, materials, type FilingContext } from '@/lib/checklist/rules';
import { profileWarnings } from '@/lib/checklist/warnings';
import { GENERIC_ICP, JOURNEY, PROVIDER_JOURNEYS, doneOn, footerSnippet, journeyFor, nextStep, psbDeadline } from '@/lib/checklist/journey';
import { accessProviderOf, providerLookups } from '@/lib/checklist/provider';
import { PROVIDER_WARNING_RULES } from '@/lib/checklist/warnings';
import { DIRECTORY } from '@/lib/data/providers';
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

/** The site filed with another provider: the directory entry's values copied as the editor does (absent ones left empty). */
function withProvider(c: FilingContext, id: string, edit?: (ap: Site['accessProvider']) => void) {
  const e = DIRECTORY.find((x) => x.id === id)!;
  c.site!.accessProvider = {
    providerId: id, name: e.name?.value ?? '', jurisdiction: e.jurisdiction?.value ?? '境内',
    region: e.region?.value ?? { province: '', city: '', district: '' }, code: e.code?.value ?? '', phone: e.phone?.value ?? '', accessMethod: e.accessMethods?.value[0] ?? '',
  };
  edit?.(c.site!.accessProvider);
}
const titles = (c: FilingContext) => journeyFor(c.site).steps.filter((s) => s.phase === 'ICP').map((s) => s.title);

describe('checklist follows the site\'s access provider', () => {
  it('finds the directory entry by id, else by the exact filing name', () => {
    expect(accessProviderOf(ctx('unit').site)?.brand).toBe('阿里云');
    const c = ctx('unit', (x) => withProvider(x, 'tencent-access', (ap) => { ap.providerId = ''; }));
    expect(accessProviderOf(c.site)?.brand).toBe('腾讯云');
    expect(accessProviderOf(ctx('unit', (x) => withProvider(x, 'tencent-access', (ap) => { ap.providerId = ''; ap.name = '某某网络公司'; })).site)).toBeUndefined();
  });
  it('every journey step names its source and confidence; ids unique per journey; the 公安 steps end every journey', () => {
    for (const [brand, steps] of Object.entries(PROVIDER_JOURNEYS)) {
      expect(DIRECTORY.some((e) => e.brand === brand), brand).toBe(true);
      const all = [...steps, ...JOURNEY.filter((s) => s.phase === '公安')];
      expect(new Set(all.map((s) => s.id)).size, brand).toBe(all.length);
      for (const s of all) { expect(s.source, `${brand} ${s.title}`).toMatch(/S\d+/); expect(['C2', 'C1', 'INF', 'BRIEF']).toContain(s.confidence); }
    }
  });
  it('阿里云 (the example): its console steps, then 公安', () => {
    expect(titles(ctx('unit'))).toEqual(['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料及真实性核验', '阿里云初审', '工信部短信核验', '管局审核', '取得备案号']);
    expect(journeyFor(ctx('unit').site).steps.at(-1)?.id).toBe('psb-review');
  });
  it('腾讯云 [C2]', () => {
    expect(titles(ctx('unit', (c) => withProvider(c, 'tencent-access')))).toEqual(['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交', '腾讯云初审', '工信部短信核验', '管局审核', '取得备案号']);
  });
  it('华为云: app verification, 华为云初审', () => {
    const j = journeyFor(ctx('unit', (c) => withProvider(c, 'huawei-access')).site);
    expect(j.steps.filter((s) => s.phase === 'ICP').map((s) => s.title)).toEqual(['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验', '华为云初审', '工信部短信核验', '管局审核', '取得备案号']);
    expect(j.steps.find((s) => s.id === 'icp-upload')?.note).toContain('华为云 App');
  });
  it('百度智能云 [C1], the steps no Baidu source names marked INF', () => {
    const j = journeyFor(ctx('unit', (c) => withProvider(c, 'baidu-access')).site);
    expect(j.steps.filter((s) => s.phase === 'ICP').map((s) => s.title)).toEqual(['验证备案类型', '选择备案资源', '填写主体及主体负责人信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '百度智能云初审', '工信部短信核验', '管局审核', '取得备案号']);
    expect(j.steps.find((s) => s.id === 'icp-upload')?.note).toMatch(/百度智能云 App.*浙江.*2019-08-26/);
    expect(j.steps.find((s) => s.id === 'icp-bureau')?.confidence).toBe('INF');
  });
  it('火山引擎 [C1]: 主办者信息 → 网站信息 → 备案资料, the rest INF', () => {
    const j = journeyFor(ctx('unit', (c) => withProvider(c, 'volcengine-access')).site);
    expect(j.brand).toBe('火山引擎');
    expect(j.steps.filter((s) => s.phase === 'ICP').map((s) => [s.title, s.confidence])).toEqual([
      ['主办者信息', 'C1'], ['网站信息', 'C1'], ['备案资料', 'C1'], ['火山引擎初审', 'INF'], ['工信部短信核验', 'INF'], ['管局审核', 'INF'], ['取得备案号', 'C2']]);
  });
  it('no provider, or one without a documented flow: the generic steps', () => {
    expect(journeyFor(ctx('unit', (c) => withProvider(c, 'pingan-access')).site)).toMatchObject({ brand: '平安云', generic: true });
    const none = journeyFor(ctx('unit', (c) => { c.site!.accessProvider.providerId = ''; c.site!.accessProvider.name = ''; }).site);
    expect(none.generic).toBe(true);
    expect(none.steps.slice(0, GENERIC_ICP.length).map((s) => s.title)).toEqual(['信息填写', '初审', '工信部短信核验', '管局审核', '取得备案号']);
  });
  it('the legacy whole-form mark (icp-fill) counts for every provider\'s form steps', () => {
    const steps = journeyFor(ctx('unit', (c) => withProvider(c, 'baidu-access')).site).steps;
    const p = { 'icp-fill': '2025-11-01' } as const;
    expect(doneOn(p, steps.find((s) => s.id === 'icp-resource')!)).toBe('2025-11-01');
    expect(doneOn(p, steps.find((s) => s.id === 'icp-review')!)).toBeUndefined();
    expect(nextStep(p, steps)?.title).toBe('百度智能云初审');
    expect(nextStep({ 'icp-type': '2025-11-01' }, steps)?.title).toBe('选择备案资源');
  });
});

describe('provider materials', () => {
  const commitment = (c: FilingContext, name: string) => doc(c, 'commitment', 'site', c.site!.id, { id: `d-${name}`, name });
  it('华为云 承诺书: triggers for a Huawei site, not for another provider; satisfied by a site 承诺书 file', () => {
    const c = ctx('unit', (x) => withProvider(x, 'huawei-access'));
    expect(materials(c).find((m) => m.rule.id === 'huawei-commitment')).toMatchObject({ state: '缺少', rule: { source: 'S12', confidence: 'C1' } });
    c.docs.push(commitment(c, 'ICP备案信息真实性承诺书.pdf'));
    expect(materials(c).find((m) => m.rule.id === 'huawei-commitment')?.state).toBe('已备');
    expect(materials(c).find((m) => m.rule.id === 'huawei-notice')?.state).toBe('缺少'); // a 承诺书 is not the 告知书
    expect(ids(ctx('unit'))).not.toContain('huawei-commitment');
  });
  it('华为云 责任告知书: triggers for a Huawei site only', () => {
    const c = ctx('person', (x) => withProvider(x, 'huawei-access'));
    expect(ids(c)).toContain('huawei-notice');
    c.docs.push(commitment(c, '责任告知书-签字.jpg'));
    expect(materials(c).find((m) => m.rule.id === 'huawei-notice')?.state).toBe('已备');
    expect(ids(ctx('person', (x) => withProvider(x, 'tencent-access')))).not.toContain('huawei-notice');
  });
  it('百度智能云 signed 备案承诺书: triggers for a Baidu site only', () => {
    const c = ctx('unit', (x) => withProvider(x, 'baidu-access'));
    expect(materials(c).find((m) => m.rule.id === 'baidu-commitment')).toMatchObject({ state: '缺少', rule: { source: 'S90', confidence: 'C1' } });
    expect(ids(ctx('unit', (x) => withProvider(x, 'volcengine-access')))).not.toContain('baidu-commitment');
  });
  it('the 广东 承诺书 (entity) does not satisfy a provider 承诺书 (site)', () => {
    const c = ctx('unit', (x) => { withProvider(x, 'baidu-access'); x.entity.region = { province: '广东省', city: '深圳市', district: '南山区' }; });
    c.docs.push(doc(c, 'commitment', 'entity', c.entity.id, { name: '承诺书.pdf' }));
    expect(materials(c).find((m) => m.rule.id === 'guangdong-commitment')?.state).toBe('已备');
    expect(materials(c).find((m) => m.rule.id === 'baidu-commitment')?.state).toBe('缺少');
  });
});

describe('provider warnings', () => {
  const w = (c: FilingContext) => profileWarnings(c).map((x) => x.id);
  it('every provider rule names a directory brand, its source and confidence', () => {
    for (const r of PROVIDER_WARNING_RULES) { expect(DIRECTORY.some((e) => e.brand === r.brand)).toBe(true); expect(r.source).toMatch(/S\d+/); }
  });
  it('百度智能云 in 浙江: app only (the example entity is in 浙江); not elsewhere, not for another provider', () => {
    expect(w(ctx('unit', (c) => withProvider(c, 'baidu-access')))).toContain('baidu-zhejiang-app');
    expect(w(ctx('unit', (c) => { withProvider(c, 'baidu-access'); c.entity.region = { province: '江苏省', city: '南京市', district: '玄武区' }; }))).not.toContain('baidu-zhejiang-app');
    expect(w(ctx('unit'))).not.toContain('baidu-zhejiang-app');
  });
  it('火山引擎: 网站名称 of fewer than 3 汉字', () => {
    expect(w(ctx('unit', (c) => { withProvider(c, 'volcengine-access'); c.site!.name = '云栖AI'; }))).toContain('volcengine-site-name');
    expect(w(ctx('unit', (c) => withProvider(c, 'volcengine-access')))).not.toContain('volcengine-site-name'); // 云栖示例科技官网
    expect(w(ctx('unit', (c) => { c.site!.name = '云栖AI'; }))).not.toContain('volcengine-site-name'); // 阿里云
  });
});

describe('公安 access-provider values to look up', () => {
  it('火山引擎: every value, with where to look', () => {
    const l = providerLookups(ctx('unit', (c) => withProvider(c, 'volcengine-access')).site)!;
    expect(l.items.map((i) => [i.value, i.state])).toEqual([['name', '待查'], ['jurisdiction', '需核实'], ['region', '待查'], ['code', '待查'], ['phone', '待查'], ['accessMethod', '待查']]);
    expect(l.where).toContain('火山引擎');
  });
  it('华为云: the inferred name to verify, region and code to look up; the phone (C1) is not listed', () => {
    const l = providerLookups(ctx('unit', (c) => withProvider(c, 'huawei-access')).site)!;
    expect(l.items.map((i) => [i.value, i.state])).toEqual([['name', '需核实'], ['region', '待查'], ['code', '待查'], ['accessMethod', '待查']]);
  });
  it('百度智能云: the FAQ address; values the filer typed are theirs and drop off the list', () => {
    const c = ctx('unit', (x) => withProvider(x, 'baidu-access'));
    expect(providerLookups(c.site)).toMatchObject({ url: 'https://cloud.baidu.com/theme/Q/2987682-12', source: 'S63' });
    withProvider(c, 'baidu-access', (ap) => { ap.name = '北京百度网讯科技有限公司（已核实）'; ap.region = { province: '北京市', city: '市辖区', district: '海淀区' }; ap.code = '802100433'; ap.phone = '4008-777-818'; ap.accessMethod = '租赁主机'; });
    expect(providerLookups(c.site)).toBeUndefined();
  });
  it('腾讯云 with every value known: only the 接入方式 (C1 per use) to check; no provider: nothing', () => {
    expect(providerLookups(ctx('unit', (c) => withProvider(c, 'tencent-access')).site)).toBeUndefined();
    expect(providerLookups(ctx('unit', (c) => withProvider(c, 'tencent-access', (ap) => { ap.accessMethod = ''; })).site)?.items.map((i) => i.value)).toEqual(['accessMethod']);
    expect(providerLookups(ctx('unit', (c) => { c.site!.accessProvider.providerId = ''; c.site!.accessProvider.name = '某某网络公司'; }).site)).toBeUndefined();
  });
});
