// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyCapture, mergeCaptured, optionValue, propose, readCaptured, splitList, yesNo } from '@/lib/capture';
import { fieldById } from '@/lib/forms/vocabulary';
import type { ReadingWire } from '@/lib/messages';
import { ContactSchema, EntitySchema, SiteSchema } from '@/lib/schema';
import { pageOf } from '@/lib/rules';
import { pathMatches } from '@/lib/hosts';
import { dictName, fieldDictionary, searchDictionary } from '@/lib/dictionary';

let id = 0;
const reading = (key: string, field: string, controls: Partial<ReadingWire['controls'][number]>[], label = key, role?: string): ReadingWire => ({
  key, field, ...(role ? { role } : {}), status: 'found', label, score: 1,
  controls: controls.map((c) => ({ id: id++, shape: 'text', part: 'value', current: '', ...c })) as ReadingWire['controls'],
});

describe('readCaptured: the inverse of the planner’s rendering', () => {
  it('reads text, options by synonym, yes/no, regions, address lines, validity, lists', () => {
    const cap = readCaptured([
      reading('entity.name', 'entity.name', [{ current: '杭州云栖示例科技有限公司' }]),
      reading('entity.certType', 'entity.certType', [{ shape: 'select', current: '营业执照证书' }]),
      reading('entity.region', 'entity.region', [{ shape: 'select', part: 'region', current: '浙江省 / 杭州市 / 余杭区' }]),
      reading('entity.certAddress', 'entity.certAddress', [{ part: 'line', current: '浙江省杭州市余杭区文一西路 969 号' }]),
      reading('principal.validity', 'person.validity', [{ shape: 'checkbox', part: 'longTerm', current: true }, { shape: 'date-range', part: 'range', current: ['2016-05-10', ''] }], '证件有效期', 'principal'),
      reading('principal.address', 'person.address', [{ shape: 'cascader', part: 'region', current: ['浙江省', '杭州市', '西湖区'] }, { part: 'detail', current: '文三路 100 号' }], '常住地址', 'principal'),
      reading('site.interactive', 'site.interactive', [{ shape: 'radio', current: '是' }]),
      reading('site.hasPreApproval', 'site.hasPreApproval', [{ shape: 'radio', current: '不涉及' }]),
      reading('site.languages', 'site.languages', [{ shape: 'checkbox-group', current: ['中文简体', '俄语'] }]),
      reading('site.otherDomains', 'site.otherDomains', [{ part: 'line', current: 'a.cn,b.cn' }]),
      reading('site.domains', 'site.domains', [{ part: 'row', current: 'x.cn' }, { part: 'row', current: 'y.cn' }]),
      reading('site.psbCategory', 'site.psbCategory', [{ shape: 'select', current: 'E 信息资讯类' }]),
      reading('provider.region', 'provider.region', [{ shape: 'select', part: 'province', current: '浙江省' }, { shape: 'select', part: 'city', current: '杭州市' }, { shape: 'select', part: 'district', current: '余杭区' }]),
      reading('principal.idFront', 'person.idFront', [{ shape: 'upload', current: ['a.png'] }], '证件正面', 'principal'),
    ]);
    expect(cap['entity.name']!.value).toBe('杭州云栖示例科技有限公司');
    expect(cap['entity.certType']!.value).toBe('营业执照（个人或企业）');
    expect(cap['entity.region']!.value).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(cap['entity.certAddress']!.value).toBe('浙江省杭州市余杭区文一西路 969 号');
    expect(cap['principal.longTerm']!.value).toBe(true);
    expect(cap['principal.validFrom']!.value).toBe('2016-05-10');
    expect(cap['principal.validTo']).toBeUndefined();
    expect(cap['principal.region']!.value).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(cap['principal.addressDetail']!.value).toBe('文三路 100 号');
    expect(cap['site.interactive']!.value).toBe(true);
    expect(cap['site.hasPreApproval']!.value).toBe(false);
    expect(cap['site.languages']!.value).toEqual(['中文简体', '俄罗斯语']);
    expect(cap['site.otherDomainsList']!.value).toEqual(['a.cn', 'b.cn']);
    expect(cap['site.domains']!.value).toEqual(['x.cn', 'y.cn']);
    expect(cap['site.psbCategory']!.value).toBe('E');
    expect(cap['provider.region']!.value).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(Object.keys(cap).some((k) => k.includes('doc'))).toBe(false); // documents are never read back
  });
  it('a landline typed into 区号 | 号码 | 分机号 boxes is read back as one number', () => {
    const cap = readCaptured([reading('principal.landline', 'person.landline', [{ part: 'areaCode', current: '0571' }, { part: 'localNumber', current: '88886666' }, { part: 'extension', current: '' }], '办公室电话', 'principal')]);
    expect(cap['principal.landline']!.value).toBe('0571-88886666');
  });
  it('skips ambiguous readings; helpers', () => {
    expect(readCaptured([{ ...reading('entity.name', 'entity.name', [{ current: 'x' }]), status: 'ambiguous' }])).toEqual({});
    expect(yesNo(undefined, '涉及')).toBe(true);
    expect(yesNo(undefined, '不涉及')).toBe(false);
    expect(yesNo(undefined, '也许')).toBeUndefined();
    expect(optionValue(fieldById.get('person.certType')!, '居住证')).toBe('居住证'); // two values hold it: kept as the page says
    // 网站类型 E in either wording a source gives (信息资讯类 / 信息咨询类), with or without its letter
    for (const t of ['E 信息资讯类', 'E-信息咨询类', '信息咨询类', 'E']) expect(optionValue(fieldById.get('site.psbCategory')!, t)).toBe('E');
    expect(splitList('a.cn；b.cn、c.cn')).toEqual(['a.cn', 'b.cn', 'c.cn']);
    expect(mergeCaptured({ a: { value: '1', label: 'A' } }, { a: { value: '2', label: 'A' }, b: { value: true, label: 'B' } })).toEqual({ a: { value: '2', label: 'A' }, b: { value: true, label: 'B' } });
  });
});

describe('propose and applyCapture', () => {
  const lina = ContactSchema.parse({ id: 'c-lina', name: '李娜', certNumber: '330110198511204525', mobile: '13600136001', landline: '0571-88886667' });
  const entity = EntitySchema.parse({ id: 'e1', kind: '单位', nature: '企业', name: '杭州云栖示例科技有限公司', principalId: 'c-lina', legalRep: { kind: 'contact', contactId: 'c-lina' } });
  const site = SiteSchema.parse({ id: 's1', entityId: 'e1', name: '官网', domains: ['yunqi-demo.cn', 'yunqi-demo.com.cn'], ips: ['47.96.56.78', '47.96.56.79'], languages: ['中文简体', '英语'] });
  const cap = readCaptured([
    reading('entity.name', 'entity.name', [{ current: '杭州云栖示例科技有限公司' }]),
    reading('principal.name', 'person.name', [{ current: '李娜' }], '负责人姓名', 'principal'),
    reading('principal.mobile', 'person.mobile', [{ current: '13600136000' }], '手机号码', 'principal'),
    reading('principal.email', 'person.email', [{ current: 'lina@yunqi-demo.cn' }], '电子邮箱', 'principal'),
    reading('principal.landline', 'person.landline', [{ current: '0571-88886666' }], '办公室电话', 'principal'),
    reading('legalRep.name', 'person.name', [{ current: '李娜' }], '法人代表人姓名', 'legalRep'),
    reading('site.ips', 'site.ips', [{ part: 'line', current: '47.96.56.78' }]),
    reading('site.languages', 'site.languages', [{ shape: 'checkbox-group', current: ['英语', '中文简体'] }]),
    reading('web.email', 'person.email', [{ current: 'not-an-email' }], '电子邮箱', 'web'),
  ]);
  const base = { entity, site, people: { principal: lina, legalRep: lina } };

  it('marks each value 新 / 变更 / 相同 against the record it would update, with the schema’s verdict', () => {
    const items = Object.fromEntries(propose(cap, base).map((i) => [i.id, i]));
    expect(items['entity:name']!.mark).toBe('same');
    expect(items['principal:name']!.mark).toBe('same');
    expect(items['principal:mobile']).toMatchObject({ mark: 'changed', current: '13600136001', shown: '13600136000' });
    expect(items['principal:email']!.mark).toBe('new');
    expect(items['legalRep:name']!.mark).toBe('same');
    expect(items['site:ips']!.mark).toBe('same'); // one IP asked: the first, the rest stay
    expect(items['site:languages']!.mark).toBe('same'); // a set: order does not matter
    expect(items['web:email']).toMatchObject({ mark: 'new', issue: 'email.format' });
  });

  it('有效期限 beside a start date: the end date that many whole years on, or 长期', () => {
    const span = (v: string) => propose(readCaptured([
      reading('principal.validFrom', 'person.validFrom', [{ shape: 'date', current: '2018-03-01' }], '证件有效期起始日', 'principal'),
      reading('principal.validSpan', 'person.validSpan', [{ shape: 'select', current: v }], '有效期限', 'principal'),
    ]), base);
    expect(span('20年').find((i) => i.id === 'principal:certValidTo')).toMatchObject({ shown: '2038-03-01' });
    expect(span('长期').find((i) => i.id === 'principal:certLongTerm')).toMatchObject({ mark: 'changed' });
    expect(span('其他').some((i) => i.id === 'principal:certValidTo' || i.id === 'principal:certLongTerm')).toBe(false);
  });

  it('writes only the ticked values, refuses an invalid record, creates new records with links', () => {
    const r = applyCapture(cap, base, {}, ['principal:mobile', 'principal:email']);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const c = r.write.contacts.find((x) => x.role === 'principal')!;
    expect(c.isNew).toBe(false);
    expect(c.record).toMatchObject({ id: 'c-lina', mobile: '13600136000', email: 'lina@yunqi-demo.cn', landline: '0571-88886667' });
    expect(r.write.site?.record.ips).toEqual(['47.96.56.78', '47.96.56.79']);
    expect(applyCapture(cap, base, {}, ['web:email']).ok).toBe(false);

    const fresh = applyCapture(cap, { people: {} }, {}, ['entity:name', 'principal:name', 'principal:mobile', 'legalRep:name', 'site:ips'], { site: '我的网站' });
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.problems));
    const e = fresh.write.entity!.record;
    const p = fresh.write.contacts.find((x) => x.role === 'principal')!.record;
    expect(fresh.write.entity!.isNew).toBe(true);
    expect(e.name).toBe('杭州云栖示例科技有限公司');
    expect(e.principalId).toBe(p.id);
    expect(e.legalRep).toEqual({ kind: 'contact', contactId: p.id }); // the principal of that name
    expect(fresh.write.site!.record).toMatchObject({ name: '我的网站', entityId: e.id, ips: ['47.96.56.78'] });
  });

  it('证件号码后六位: compared with a stored number, kept as the last six when there is none', () => {
    const last6 = readCaptured([reading('principal.idLast6', 'person.idLast6', [{ current: '204525' }], '证件号码后六位', 'principal')]);
    expect(propose(last6, base)[0]).toMatchObject({ checkOnly: true, mark: 'same' });
    const r = applyCapture(last6, { people: {} }, {}, ['principal:certLast6']);
    expect(r.ok && r.write.contacts[0]!.record.certLast6).toBe('204525');
  });
});

describe('taught fields: pages and the dictionary', () => {
  it('matches paths exactly or by a trailing *', () => {
    expect(pageOf('https://beian.aliyun.com/pcContainer/formpage?page=selfBa#x')).toEqual({ host: 'beian.aliyun.com', path: '/pcContainer/formpage' });
    expect(pathMatches('/a/b', '/a/b')).toBe(true);
    expect(pathMatches('/a/b', '/a/bc')).toBe(false);
    expect(pathMatches('/a/*', '/a/bc')).toBe(true);
  });
  it('names every role × field in Chinese and finds them', () => {
    expect(dictName('principal.mobile')).toBe('主体负责人 · 手机号码');
    expect(dictName('provider.name')).toBe('接入服务商 · 名称');
    expect(fieldDictionary().filter((d) => d.key.endsWith('.mobile')).map((d) => d.key)).toEqual(['principal.mobile', 'web.mobile', 'security.mobile', 'emergency.mobile', 'legalRep.mobile']);
    expect(searchDictionary('网站负责人 手机').map((d) => d.key)).toContain('web.mobile');
  });
});
