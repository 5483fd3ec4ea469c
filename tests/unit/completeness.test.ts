// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/backup';
import { computeCompleteness } from '@/lib/completeness';
import type { Contact, Entity, Site } from '@/lib/schema';
import { exampleText } from './helpers';

function example() {
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('example invalid');
  const byId = <T extends { id: string }>(xs: T[], id: string) => structuredClone(xs.find((x) => x.id === id)!);
  return {
    unit: byId(r.data.entities as Entity[], 'e-yunqi'),
    person: byId(r.data.entities as Entity[], 'e-zhangwei'),
    www: byId(r.data.sites as Site[], 's-yunqi-www'),
    blog: byId(r.data.sites as Site[], 's-zhangwei-blog'),
    contacts: structuredClone(r.data.contacts as Contact[]),
  };
}
const today = new Date('2026-01-10T00:00:00Z');

describe('computeCompleteness', () => {
  it('is complete for the example unit and its site', () => {
    const x = example();
    const c = computeCompleteness(x.unit, x.www, x.contacts, today);
    expect(c.items.filter((i) => i.state !== 'ok')).toEqual([]);
    expect(c.done).toBe(c.total);
    // unit-only fields are asked; every role's person is checked once
    expect(c.items.map((i) => i.field)).toEqual(expect.arrayContaining(['investor', 'legalRep']));
    expect(new Set(c.items.filter((i) => i.record === 'contact').map((i) => i.recordId))).toEqual(new Set(['c-lina', 'c-wangqiang']));
  });
  it('does not ask an individual for 投资人/法定代表人 and follows 同主体负责人 links', () => {
    const x = example();
    const c = computeCompleteness(x.person, x.blog, x.contacts, today);
    expect(c.items.some((i) => i.field === 'legalRep')).toBe(false);
    expect(new Set(c.items.filter((i) => i.record === 'contact').map((i) => i.recordId))).toEqual(new Set(['c-zhangwei']));
    expect(c.done).toBe(c.total);
  });
  it('lists missing and invalid values with their record and field', () => {
    const x = example();
    x.www.ips = [];
    x.www.securityOfficer = { kind: 'none' };
    const lina = x.contacts.find((c) => c.id === 'c-lina')!;
    lina.email = '';
    lina.mobile = '12345';
    const c = computeCompleteness(x.unit, x.www, x.contacts, today);
    const open = c.items.filter((i) => i.state !== 'ok').map((i) => `${i.record}:${i.field}:${i.state}${i.code ? `:${i.code}` : ''}`);
    expect(open).toEqual(['contact:mobile:invalid:mobile.format', 'contact:email:missing', 'site:ips:missing', 'site:securityOfficer:missing']);
  });
  it('reports a missing entity and site, and warns of a certificate expiring within 3 months', () => {
    const x = example();
    expect(computeCompleteness(undefined, undefined, [], today).items.map((i) => i.record)).toEqual(['entity', 'site']);
    const zw = x.contacts.find((c) => c.id === 'c-zhangwei')!;
    zw.certValidTo = '2026-03-01';
    const c = computeCompleteness(x.person, x.blog, x.contacts, today);
    expect(c.warnings.map((w) => `${w.record}:${w.code}`)).toContain('contact:cert.expiresSoon');
  });
  it('warns about site names that break the naming rules', () => {
    const x = example();
    x.blog.name = '张伟科技有限公司';
    const c = computeCompleteness(x.person, x.blog, x.contacts, today);
    expect(c.warnings.map((w) => w.code)).toContain('sitename.individualCommercial');
  });
});
