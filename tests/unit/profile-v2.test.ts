// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { addressLine, splitAddress } from '@/lib/address';
import { EXPORT_VERSION, exportAll, importAll, parseImport } from '@/lib/backup';
import { computeCompleteness } from '@/lib/completeness';
import { INTERACTIVE_SERVICE_KINDS } from '@/lib/data/codes';
import type { BeianDB } from '@/lib/db';
import { buildFillView } from '@/lib/forms/view';
import { unlistedOptions } from '@/lib/options';
import { SiteSchema, type Contact, type Entity, type Site } from '@/lib/schema';
import { deleteRecord, referencesTo, saveRecord } from '@/lib/store';
import { exampleText, freshDb, seededDb } from './helpers';

type Rec = Record<string, unknown>;
const v1Text = () => readFileSync(new URL('./fixtures/profile.v1.json', import.meta.url), 'utf8');
const v1 = () => JSON.parse(v1Text()) as { version: number; entities: Rec[]; contacts: Rec[]; sites: Rec[]; documents: Rec[] };
function example() {
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('example invalid');
  const d = structuredClone(r.data);
  const get = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
  return { unit: get(d.entities as Entity[], 'e-yunqi'), person: get(d.entities as Entity[], 'e-zhangwei'), www: get(d.sites as Site[], 's-yunqi-www'), blog: get(d.sites as Site[], 's-zhangwei-blog'), contacts: d.contacts as Contact[] };
}
const dbs: BeianDB[] = [];
afterEach(async () => { for (const d of dbs.splice(0)) await d.delete(); });

describe('addresses', () => {
  it('derive the one line from region + detail (直辖市 placeholders left out)', () => {
    expect(addressLine({ region: { province: '浙江省', city: '杭州市', district: '余杭区' }, detail: '文一西路 969 号 2 幢 305 室' })).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(addressLine({ region: { province: '北京市', city: '市辖区', district: '东城区' }, detail: '东华门街道 1 号' })).toBe('北京市东城区东华门街道 1 号');
    expect(addressLine({ region: { province: '', city: '', district: '' }, detail: '某大厦 3 楼' })).toBe('某大厦 3 楼');
  });
  it.each([
    ['浙江省杭州市余杭区文一西路 969 号', ['浙江省', '杭州市', '余杭区'], '文一西路 969 号'],
    ['浙江省 杭州市　余杭区 文一西路 969 号', ['浙江省', '杭州市', '余杭区'], '文一西路 969 号'],
    ['北京市北京市朝阳区建国路 1 号', ['北京市', '市辖区', '朝阳区'], '建国路 1 号'],
    ['北京市市辖区朝阳区建国路 1 号', ['北京市', '市辖区', '朝阳区'], '建国路 1 号'],
    ['北京市朝阳区建国路 1 号', ['北京市', '市辖区', '朝阳区'], '建国路 1 号'],
    ['重庆市县城口县某路 1 号', ['重庆市', '县', '城口县'], '某路 1 号'],
    ['河南省济源市某路 1 号', ['河南省', '省直辖县级行政区划', '济源市'], '某路 1 号'],
  ])('split %s', (text, region, detail) => {
    const r = splitAddress(text)!;
    expect([r.region.province, r.region.city, r.region.district]).toEqual(region);
    expect(r.detail).toBe(detail);
  });
  it.each(['文三路 100 号', '浙江杭州余杭区某路', '浙江省杭州市某路 1 号', ''])('does not split %s', (text) => expect(splitAddress(text)).toBeUndefined());
});

describe('backup format 1 (today\'s profile v1) still imports, converted like the database upgrade', () => {
  it('converts every value and loses nothing', async () => {
    const f = v1();
    expect(f.version).toBe(1);
    const yunqi = f.entities.find((e) => e.id === 'e-yunqi')!;
    yunqi.mailingAddress = '文一西路 969 号（前台代收）'; // cannot be split: kept, flagged
    const r = parseImport(JSON.stringify(f));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.data.version).toBe(EXPORT_VERSION);
    const e = Object.fromEntries(r.data.entities.map((x) => [x.id, x]));
    expect(e['e-yunqi']!.certAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '余杭区' }, detail: '文一西路 969 号 2 幢 305 室' });
    expect(e['e-yunqi']!.mailingAddress).toEqual({ region: { province: '', city: '', district: '' }, detail: '文一西路 969 号（前台代收）' });
    expect(e['e-yunqi']!.needsReview).toEqual(['mailingAddress']);
    expect(e['e-yunqi']!.legalRep).toEqual({ kind: 'contact', contactId: 'c-lina' });
    expect(e['e-yunqi']!.registeredAddress).toEqual({ sameAsCert: true });
    expect(e['e-zhangwei']!.legalRep).toEqual({ kind: 'none' });
    expect(e['e-zhangwei']!.mailingAddress).toEqual({ region: { province: '浙江省', city: '杭州市', district: '西湖区' }, detail: '文三路 100 号 1 幢 101 室' });
    expect(r.data.sites.map((s) => [s.domainCertFrom, s.domainCertTo, s.interactiveKinds])).toEqual([['', '', []], ['', '', []]]);
    // nothing else changed: the v1 file and the v2 example agree on every other value
    const ex = JSON.parse(exampleText());
    const strip = (x: Rec, keys: string[]) => Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)));
    const eKeys = ['certAddress', 'mailingAddress', 'registeredAddress', 'legalRep', 'needsReview'];
    for (const x of ex.entities) expect(strip(e[x.id] as unknown as Rec, eKeys)).toEqual(strip(x, eKeys));
    const sKeys = ['domainCertFrom', 'domainCertTo', 'interactive', 'interactiveKinds'];
    for (const x of ex.sites) expect(strip(r.data.sites.find((s) => s.id === x.id) as unknown as Rec, sKeys)).toEqual(strip(x, sKeys));
    expect(r.data.contacts).toEqual(ex.contacts);
    // and it writes
    const db = freshDb();
    dbs.push(db);
    await importAll(db, r.data);
    expect((await db.entities.get('e-yunqi'))?.needsReview).toEqual(['mailingAddress']);
  });
  it('a name several people share stays a name, flagged; the seeded certificate end comes from the stored certificate', () => {
    const f = v1();
    f.contacts.push({ ...f.contacts[1]!, id: 'c-lina-2', certNumber: '' });
    f.documents.push({ ...f.documents[1]!, id: 'd-cert', ownerType: 'site', ownerId: 's-yunqi-www', kind: 'domain-cert', name: 'cert.png', expiresAt: '2028-11-01' });
    const r = parseImport(JSON.stringify(f));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const yunqi = r.data.entities.find((e) => e.id === 'e-yunqi')!;
    expect(yunqi.legalRep).toEqual({ kind: 'name', name: '李娜' });
    expect(yunqi.needsReview).toEqual(['legalRep']);
    expect(r.data.sites.find((s) => s.id === 's-yunqi-www')!.domainCertTo).toBe('2028-11-01');
  });
  it('exports the current format, which imports back identically', async () => {
    const db = await seededDb();
    dbs.push(db);
    const out = await exportAll(db, new Date(0));
    expect(out.version).toBe(EXPORT_VERSION);
    const again = parseImport(JSON.stringify(out));
    expect(again.ok && again.data.entities).toEqual(out.entities);
  });
});

describe('option values in the filer\'s words', () => {
  it('a value outside the built-in lists is kept, with a warning, and never refuses the import', () => {
    const f = JSON.parse(exampleText());
    const www = f.sites.find((s: Rec) => s.id === 's-yunqi-www');
    www.contentTypes = ['单位门户网站', '论坛/社区'];
    www.languages = ['中文简体', '粤语'];
    www.interactiveKinds = ['论坛社区', '弹幕'];
    www.accessProvider.accessMethod = '云服务器';
    www.preApprovals = [{ item: '网络出版', approvalNumber: '' }];
    const r = parseImport(JSON.stringify(f));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    const site = r.data.sites.find((s) => s.id === 's-yunqi-www')!;
    expect(site.contentTypes).toEqual(['单位门户网站', '论坛/社区']);
    expect(unlistedOptions(site).map((w) => `${w.field}:${w.value}`)).toEqual([
      'languages:粤语', 'contentTypes:论坛/社区', 'preApprovals:网络出版', 'accessProvider.accessMethod:云服务器', 'interactiveKinds:弹幕',
    ]);
    const c = computeCompleteness(r.data.entities.find((e) => e.id === 'e-yunqi'), site, r.data.contacts, new Date('2026-01-10'));
    expect(c.warnings.filter((w) => w.code === 'option.unlisted').map((w) => w.field)).toEqual(['languages', 'contentTypes', 'preApprovals', 'accessProvider.accessMethod', 'interactiveKinds']);
  });
  it('empty or over-long values are still refused', () => {
    const base = { ...SiteSchema.parse({ id: 's', name: '示例网站' }) };
    expect(SiteSchema.safeParse({ ...base, contentTypes: [''] }).success).toBe(false);
    expect(SiteSchema.safeParse({ ...base, interactiveKinds: ['x'.repeat(65)] }).success).toBe(false);
    expect(SiteSchema.safeParse({ ...base, contentTypes: ['论坛/社区'] }).success).toBe(true);
  });
  it('interactive service kinds: suggestions are data, marked unconfirmed', () => {
    expect(INTERACTIVE_SERVICE_KINDS).toContain('论坛社区');
    expect(unlistedOptions({ ...SiteSchema.parse({ id: 's', name: '示例网站' }), interactiveKinds: [...INTERACTIVE_SERVICE_KINDS] })).toEqual([]);
  });
});

describe('domain certificate validity', () => {
  it('is checked for order and warned about when it runs out', () => {
    const x = example();
    expect(SiteSchema.safeParse({ ...x.www, domainCertFrom: '2028-01-01', domainCertTo: '2027-01-01' }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['domainCertTo:date.order']);
    x.www.domainCertTo = '2026-02-01';
    const c = computeCompleteness(x.unit, x.www, x.contacts, new Date('2026-01-10'));
    expect(c.warnings.find((w) => w.field === 'domainCertTo')?.code).toBe('cert.expiresSoon');
  });
});

describe('completeness knows the new values', () => {
  it('the example is complete; 法定代表人, 单位办公地址, interactive kinds and addresses are asked', () => {
    const x = example();
    const c = computeCompleteness(x.unit, x.www, x.contacts, new Date('2026-01-10'));
    expect(c.items.filter((i) => i.state !== 'ok')).toEqual([]);
    expect(c.items.map((i) => i.field)).toEqual(expect.arrayContaining(['certAddress', 'mailingAddress', 'legalRep', 'officeAddress', 'interactiveKinds']));
    expect(c.warnings).toEqual([]);
  });
  it('an address without its region is missing; a flagged path is a warning linking to the field', () => {
    const x = example();
    x.unit.mailingAddress = { region: { province: '', city: '', district: '' }, detail: '某大厦 3 楼' };
    x.unit.needsReview = ['mailingAddress'];
    x.unit.registeredAddress = { sameAsCert: false, region: { province: '', city: '', district: '' }, detail: '' };
    x.unit.legalRep = { kind: 'contact', contactId: 'gone' };
    x.www.interactiveKinds = [];
    const c = computeCompleteness(x.unit, x.www, x.contacts, new Date('2026-01-10'));
    expect(c.items.filter((i) => i.state !== 'ok').map((i) => `${i.record}:${i.field}:${i.state}`)).toEqual([
      'entity:mailingAddress:missing', 'entity:legalRep:missing', 'entity:registeredAddress:missing', 'site:interactiveKinds:missing',
    ]);
    expect(c.warnings).toEqual([{ code: 'review.address', severity: 'warning', record: 'entity', recordId: 'e-yunqi', field: 'mailingAddress' }]);
  });
});

describe('法定代表人 as a link', () => {
  it('deleting the linked person keeps the name; references name it', async () => {
    const db = await seededDb();
    dbs.push(db);
    expect((await referencesTo(db, 'contact', 'c-lina')).map((r) => r.field)).toEqual(['principalId', 'legalRep']);
    await deleteRecord(db, 'contact', 'c-lina');
    expect((await db.entities.get('e-yunqi'))?.legalRep).toEqual({ kind: 'name', name: '李娜' });
  });
  it('a dangling link in an import is refused', () => {
    const f = JSON.parse(exampleText());
    f.entities.find((e: Rec) => e.id === 'e-yunqi').legalRep = { kind: 'contact', contactId: 'nobody' };
    const r = parseImport(JSON.stringify(f));
    expect(r.ok ? [] : r.problems.map((p) => `${p.code}:${p.field}`)).toEqual(['import.danglingRef:legalRep']);
  });
  it('a name alone must not be empty', async () => {
    const db = await seededDb();
    dbs.push(db);
    const e = (await db.entities.get('e-yunqi'))!;
    await expect(saveRecord(db, 'entity', { ...e, legalRep: { kind: 'name', name: ' ' } })).rejects.toThrow(/legalRep\.name: required/);
  });
});

describe('the fill view\'s new paths', () => {
  it('addresses in every shape, the legal representative as a person, site lists and certificate validity', () => {
    const x = example();
    const v = buildFillView(x.unit, x.www, x.contacts).values;
    expect(v['entity.certAddress']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['entity.certAddressRegion']).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(v['entity.certAddressDetail']).toBe('文一西路 969 号 2 幢 305 室');
    expect(v['entity.mailingAddress']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['entity.mailingAddressRegion']).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(v['entity.mailingAddressDetail']).toBe('文一西路 969 号 2 幢 305 室');
    // 同证件住所 resolves to the certificate address
    expect(v['entity.registeredAddress']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['entity.registeredAddressRegion']).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(v['entity.registeredAddressDetail']).toBe('文一西路 969 号 2 幢 305 室');
    expect(v['entity.officeAddress']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['entity.officeRegion']).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(v['entity.officeDetail']).toBe('文一西路 969 号 2 幢 305 室');
    expect(v['principal.address']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['web.address']).toBe('浙江省杭州市余杭区五常街道 88 号');
    expect(v['emergency.address']).toBe('浙江省杭州市余杭区文一西路 969 号 2 幢 305 室');
    expect(v['entity.legalRep']).toBe('李娜');
    expect(v).toMatchObject({
      'legalRep.name': '李娜', 'legalRep.certType': '居民身份证', 'legalRep.certNumber': '330110198511204525', 'legalRep.validFrom': '2016-05-10',
      'legalRep.longTerm': true, 'legalRep.mobile': '13600136000', 'legalRep.address': '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室',
    });
    expect(v['legalRep.validTo']).toBeUndefined();
    expect(v['site.domainCertFrom']).toBe('2025-11-01');
    expect(v['site.domainCertTo']).toBe('2028-11-01');
    expect(v['site.interactive']).toBe(true);
    expect(v['site.interactiveKinds']).toEqual(['论坛社区', '网络评论']);
    expect(v['site.contentTypes']).toEqual(['单位门户网站']);
    expect(v['site.contentType']).toBe('单位门户网站');
    expect(v['site.domains']).toEqual(['yunqi-demo.cn', 'yunqi-demo.com.cn']);
    expect(v['site.otherDomainsList']).toEqual(['yunqi-demo.com.cn']);
    expect(v['site.otherDomains']).toBe('yunqi-demo.com.cn');
    expect(v['site.mainDomain']).toBe('yunqi-demo.cn');
    expect(v['site.ips']).toEqual(['47.96.56.78', '2408:4000:1000::10']);
    expect(v['site.ip']).toBe('47.96.56.78');
  });
  it('a name-only legal representative, an own registered address, an unsplit address', () => {
    const x = example();
    x.unit.legalRep = { kind: 'name', name: '赵六' };
    x.unit.registeredAddress = { sameAsCert: false, region: { province: '北京市', city: '市辖区', district: '朝阳区' }, detail: '建国路 1 号' };
    x.unit.mailingAddress = { region: { province: '', city: '', district: '' }, detail: '某大厦 3 楼' };
    const v = buildFillView(x.unit, x.www, x.contacts).values;
    expect(v['entity.legalRep']).toBe('赵六');
    expect(Object.keys(v).filter((k) => k.startsWith('legalRep.'))).toEqual([]);
    expect(v['entity.registeredAddress']).toBe('北京市朝阳区建国路 1 号');
    expect(v['entity.registeredAddressRegion']).toEqual(['北京市', '市辖区', '朝阳区']);
    expect(v['entity.mailingAddress']).toBe('某大厦 3 楼');
    expect(v['entity.mailingAddressRegion']).toBeUndefined();
    const blog = buildFillView(x.person, x.blog, x.contacts).values;
    expect(blog['site.interactive']).toBe(false);
    expect(blog['site.interactiveKinds']).toBeUndefined();
    expect(blog['entity.legalRep']).toBeUndefined();
  });
});
