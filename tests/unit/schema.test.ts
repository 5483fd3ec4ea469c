// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ContactSchema, EntitySchema, SiteSchema } from '@/lib/schema';
import { blankContact, blankEntity, blankSite } from '@/lib/store';

const codes = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('EntitySchema', () => {
  const base = { ...blankEntity('单位'), name: '杭州云栖示例科技有限公司', certType: '营业执照（个人或企业）' };
  it('accepts a valid unit with a valid USCC', () => {
    const r = EntitySchema.safeParse({ ...base, certNumber: '91330106673959654P' });
    expect(codes(r)).toEqual([]);
    expect(r.data?.certNumber).toBe('91330106673959654P');
  });
  it('refuses a USCC with a wrong check character', () => {
    const r = EntitySchema.safeParse({ ...base, certNumber: '91330106673959654Q' });
    expect(r.success).toBe(false);
    expect(codes(r)[0]).toMatch(/^certNumber:uscc\./);
  });
  it('refuses an individual whose nature is not 个人, and a cert type that does not fit the nature', () => {
    expect(codes(EntitySchema.safeParse({ ...blankEntity('个人'), nature: '企业' }))).toContain('nature:entity.natureKind');
    expect(codes(EntitySchema.safeParse({ ...base, nature: '事业单位', certType: '营业执照（个人或企业）' }))).toContain('certType:entity.certTypeNature');
  });
  it('refuses a region that is not a real province/city/district path', () => {
    expect(codes(EntitySchema.safeParse({ ...base, region: { province: '浙江省', city: '杭州市', district: '朝阳区' } }))).toContain('region:region.invalid');
    expect(codes(EntitySchema.safeParse({ ...base, region: { province: '浙江省', city: '杭州市', district: '余杭区' } }))).toEqual([]);
  });
  it('requires a name and checks the 主体备案号 format', () => {
    expect(codes(EntitySchema.safeParse({ ...base, name: '  ' }))).toContain('name:required');
    expect(codes(EntitySchema.safeParse({ ...base, icpEntityNumber: '浙ICP备12345678号-1' }))[0]).toMatch(/^icpEntityNumber:/);
    expect(codes(EntitySchema.safeParse({ ...base, icpEntityNumber: '浙ICP备12345678号' }))).toEqual([]);
  });
});

describe('ContactSchema', () => {
  const base = { ...blankContact(), name: '张伟' };
  it('accepts a valid person and normalises nothing silently', () => {
    const r = ContactSchema.safeParse({ ...base, certNumber: '11010519491231002X', mobile: '13800138000', emergencyPhone: '13900139000', email: 'a@example.com' });
    expect(codes(r)).toEqual([]);
  });
  it('refuses an invalid ID number, mobile, email and the same emergency phone', () => {
    const r = ContactSchema.safeParse({ ...base, certNumber: '110105194912310021', mobile: '12800138000', emergencyPhone: '12800138000', email: 'a@@b' });
    const c = codes(r);
    expect(c.some((x) => x.startsWith('certNumber:id.'))).toBe(true);
    expect(c.some((x) => x.startsWith('mobile:'))).toBe(true);
    expect(c).toContain('emergencyPhone:contact.emergencySame');
    expect(c.some((x) => x.startsWith('email:'))).toBe(true);
  });
});

describe('SiteSchema', () => {
  const base = { ...blankSite(), name: '云栖示例科技官网' };
  it('accepts public IPs and registrable domains (IDN too)', () => {
    expect(codes(SiteSchema.safeParse({ ...base, domains: ['example.com.cn', '例子.中国'], ips: ['47.96.1.1', '2408:4000::1'] }))).toEqual([]);
  });
  it('refuses private IPs, bad and duplicate domains, a scheme in the home URL', () => {
    const c = codes(SiteSchema.safeParse({ ...base, domains: ['example.com', 'EXAMPLE.com', 'http://x.com'], ips: ['192.168.1.1'], homeUrl: 'https://www.example.com' }));
    expect(c).toContain('domains.1:site.domainDuplicate');
    expect(c.some((x) => x.startsWith('domains.2:'))).toBe(true);
    expect(c.some((x) => x.startsWith('ips.0:'))).toBe(true);
    expect(c).toContain('homeUrl:domain.hasScheme');
  });
  it('checks the site ICP number and 公安备案号 formats', () => {
    expect(codes(SiteSchema.safeParse({ ...base, icpSiteNumber: '浙ICP备12345678号-2', psbNumber: '浙公网安备33010602009975号' }))).toEqual([]);
    const c = codes(SiteSchema.safeParse({ ...base, icpSiteNumber: '浙ICP备12345678号', psbNumber: '浙公网安备3301060200997号' }));
    expect(c.some((x) => x.startsWith('icpSiteNumber:'))).toBe(true);
    expect(c.some((x) => x.startsWith('psbNumber:'))).toBe(true);
  });
});
