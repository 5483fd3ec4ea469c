import { describe, it, expect } from 'vitest';
import {
  validateResidentId,
  validateUscc,
  validateCertNumber,
  certKindOf,
  validateMobile,
  validateLandline,
  validateEmail,
  validateDomain,
  validatePublicIp,
  validateIcpNumber,
  validatePsbNumber,
  siteNameWarnings,
  expiryIssues,
  isoDate,
  gb11643CheckChar,
  usccCheckChar,
  hostToUnicode,
  validationMessages,
  formatIssue,
  PROVINCE_ABBREVIATIONS,
} from '@/lib/validators';
import type { Issue } from '@/lib/validators';

/** Fixed "today" for every date-dependent test: 2025-06-15, local time. */
const TODAY = new Date(2025, 5, 15, 10, 30);

const codes = (issues: Issue[]): string[] => issues.map((i) => i.code);
const errorCodes = (issues: Issue[]): string[] => issues.filter((i) => i.severity === 'error').map((i) => i.code);
const warningCodes = (issues: Issue[]): string[] => issues.filter((i) => i.severity === 'warning').map((i) => i.code);

/** Every issue any test produced, to check that each code has a message. */
const seen: Issue[] = [];
function track<T extends { issues: Issue[] }>(r: T): T {
  seen.push(...r.issues);
  return r;
}
function trackList(issues: Issue[]): Issue[] {
  seen.push(...issues);
  return issues;
}

// ---------------------------------------------------------------------------------------------
describe('validateResidentId (GB 11643)', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female', 75],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female', 75],
    ['  11010519491231002x  ', '11010519491231002X', '1949-12-31', 'female', 75],
    ['110105200002290013', '110105200002290013', '2000-02-29', 'male', 25],
    ['330106199003071236', '330106199003071236', '1990-03-07', 'male', 35],
    ['810000199001010019', '810000199001010019', '1990-01-01', 'male', 35],
  ] as const)('accepts %s', (input, normalized, birthDate, gender, age) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ normalized, birthDate, gender, age });
  });

  it.each([
    ['110105194912310021', 'X', '1'],
    ['110105194912310020', 'X', '0'],
    ['110105200002290012', '3', '2'],
    ['33010619900307123X', '6', 'X'],
  ])('reports the expected check char for %s', (input, expected, actual) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'id.checksum', severity: 'error', params: { expected, actual } }]);
    expect(r.value).toBeUndefined();
  });

  it.each([
    ['110105190002290017', 'id.birthDate', '1900-02-29'],
    ['110105202302290014', 'id.birthDate', '2023-02-29'],
    ['11010520300101001X', 'id.birthFuture', '2030-01-01'],
    ['110105189912310015', 'id.birthTooEarly', '1899-12-31'],
  ])('rejects the birth date of %s (%s)', (input, code, date) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code, severity: 'error', params: { date } }]);
  });

  it('accepts 2024-02-29 as a birth date (leap year) and warns minor', () => {
    const r = track(validateResidentId('330106202402290027', { today: TODAY }));
    expect(r.ok).toBe(true);
    expect(r.value?.birthDate).toBe('2024-02-29');
    expect(r.value?.gender).toBe('female');
    expect(r.value?.age).toBe(1);
    expect(r.issues).toEqual([{ code: 'id.minor', severity: 'warning', params: { age: 1, minAge: 18 } }]);
  });

  it.each([
    // born 2007-06-15: 18 on TODAY exactly → no warning; born 2007-06-16: still 17 → warning
    ['440305200706150016', 18, []],
    ['440305200706160011', 17, ['id.minor']],
    ['440305201001010034', 15, ['id.minor']],
  ] as const)('age of %s is %i', (input, age, warnings) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(true);
    expect(r.value?.age).toBe(age);
    expect(warningCodes(r.issues)).toEqual(warnings);
  });

  it('honours a custom minimum age', () => {
    const r = track(validateResidentId('440305201001010034', { today: TODAY, minAge: 14 }));
    expect(r.issues).toEqual([]);
  });

  it.each([
    ['990105194912310023', 'id.province', { code: '99' }],
    ['830000199001010039', 'id.province', { code: '83' }],
  ])('rejects province code of %s', (input, code, params) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code, severity: 'error', params }]);
  });

  it.each([
    ['1101051949123100', 'id.length'],
    ['11010519491231002X1', 'id.length'],
    ['1101051949123100AX', 'id.charset'],
    ['X1010519491231002X', 'id.charset'],
    ['', 'required'],
    ['   ', 'required'],
  ])('rejects malformed %j', (input, code) => {
    const r = track(validateResidentId(input, { today: TODAY }));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });

  it('computes the check char from the spec example', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateUscc (GB 32100)', () => {
  it.each([
    ['91330106673959654P', '91', '企业', '企业'], // 阿里云计算有限公司
    ['911101085636549482', '91', '企业', '企业'], // 腾讯云计算（北京）有限责任公司
    [' 91330106673959654p ', '91', '企业', '企业'],
    ['92330106MA2H00001B', '92', '个体工商户', '企业'],
    ['12100000400000624D', '12', '事业单位', '事业单位'],
    ['511000005000007807', '51', '社会团体', '社会团体'],
    ['93330106MA2J00001T', '93', '农民专业合作社', '企业'],
  ])('accepts %s (category %s → %s)', (input, categoryCode, kind, nature) => {
    const r = track(validateUscc(input));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value?.normalized).toBe(input.trim().toUpperCase());
    expect(r.value?.categoryCode).toBe(categoryCode);
    expect(r.value?.categoryKind).toBe(kind);
    expect(r.value?.suggestedNature).toBe(nature);
  });

  it('has no nature suggestion for Y1 (其他)', () => {
    const r = track(validateUscc('Y1330106MA2H00001Q'));
    expect(r.ok).toBe(true);
    expect(r.value?.categoryKind).toBe('其他');
    expect(r.value?.suggestedNature).toBeUndefined();
  });

  it.each([
    ['91330106673959654A', 'P', 'A'],
    ['91330106673959655P', 'T', 'P'],
    ['911101085636549481', '2', '1'],
    ['911101085636549483', '2', '3'],
  ])('rejects a changed char in %s (expected %s)', (input, expected, actual) => {
    const r = track(validateUscc(input));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'uscc.checksum', severity: 'error', params: { expected, actual } }]);
  });

  it.each([
    ['91330106673959654I', 'I'],
    ['9133010667395965OP', 'O'],
    ['91330106S73959654P', 'S'],
    ['91330106V73959654Z', 'V Z'],
  ])('rejects charset of %s', (input, chars) => {
    const r = track(validateUscc(input));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'uscc.charset', severity: 'error', params: { chars } }]);
  });

  it.each([
    ['9133010667395965', 'uscc.length'],
    ['91A30106673959654P', 'uscc.layout'],
    ['', 'required'],
  ])('rejects %j with %s', (input, code) => {
    const r = track(validateUscc(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });

  it('warns an unknown registration department but stays ok', () => {
    const first17 = 'B1330106MA2H00001';
    const r = track(validateUscc(first17 + usccCheckChar(first17)));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([{ code: 'uscc.unknownCategory', severity: 'warning', params: { code: 'B1' } }]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateCertNumber', () => {
  it.each([
    ['居民身份证', '11010519491231002x', 'residentId', '11010519491231002X'],
    ['临时居民身份证', '11010519491231002X', 'residentId', '11010519491231002X'],
    ['统一社会信用代码证书', '91330106673959654P', 'uscc', '91330106673959654P'],
    ['营业执照（个人或企业）', '911101085636549482', 'uscc', '911101085636549482'],
    ['护照', 'E12345678', 'passport', 'E12345678'],
    ['普通护照', 'ab 123 456', 'passport', 'AB123456'],
    ['港澳居民来往内地通行证', 'H12345678', 'hkMacauPermit', 'H12345678'],
    ['港澳居民来往内地通行证', 'M1234567890', 'hkMacauPermit', 'M1234567890'],
    ['台湾居民来往大陆通行证', '12345678', 'taiwanPermit', '12345678'],
    ['台湾居民来往大陆通行证', '1234567801', 'taiwanPermit', '1234567801'],
    ['港澳居民居住证', '810000199001010019', 'residencePermit', '810000199001010019'],
    ['港澳居民居住证', '820000199001010029', 'residencePermit', '820000199001010029'],
    ['台湾居民居住证', '830000199001010039', 'residencePermit', '830000199001010039'],
    ['外国人永久居留身份证', 'USA123456789012', 'foreignPermanentResident', 'USA123456789012'],
    ['事业单位法人证书', '事证第110000001234号', 'other', '事证第110000001234号'],
  ])('%s accepts %s', (certType, input, kind, normalized) => {
    const r = track(validateCertNumber(certType, input, { today: TODAY }));
    expect(r.ok).toBe(true);
    expect(r.value?.kind).toBe(kind);
    expect(r.value?.normalized).toBe(normalized);
  });

  it.each([
    ['居民身份证', '110105194912310021', 'id.checksum'],
    ['统一社会信用代码证书', '91330106673959654A', 'uscc.checksum'],
    ['护照', 'E12', 'passport.format'],
    ['护照', 'E1234567!', 'passport.format'],
    ['港澳居民来往内地通行证', 'A12345678', 'hkmoPermit.format'],
    ['港澳居民来往内地通行证', 'H123456789', 'hkmoPermit.format'],
    ['台湾居民来往大陆通行证', '1234567', 'twPermit.format'],
    ['港澳居民居住证', '830000199001010039', 'permit.prefix'],
    ['台湾居民居住证', '810000199001010019', 'permit.prefix'],
    ['外国人永久居留身份证', '12345', 'foreignPr.format'],
    ['事业单位法人证书', '   ', 'required'],
  ])('%s rejects %j with %s', (certType, input, code) => {
    const r = track(validateCertNumber(certType, input, { today: TODAY }));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });

  it('carries the resident-ID details and minor warning through', () => {
    const r = track(validateCertNumber('居民身份证', '440305201001010034', { today: TODAY }));
    expect(r.ok).toBe(true);
    expect(r.value?.residentId?.age).toBe(15);
    expect(warningCodes(r.issues)).toEqual(['id.minor']);
  });

  it('reports the expected prefix for residence permits', () => {
    const r = track(validateCertNumber('台湾居民居住证', '810000199001010019', { today: TODAY }));
    expect(r.issues[0]?.params).toEqual({ code: '81', expected: '83' });
  });

  it.each([
    ['居民身份证', 'residentId'],
    ['居住证', 'residentId'],
    ['中华人民共和国社会信用代码证书', 'uscc'],
    ['统一社会信用代码证书', 'uscc'],
    ['外交护照', 'passport'],
    ['组织机构代码证', 'other'],
  ])('classifies %s as %s', (label, kind) => {
    expect(certKindOf(label)).toBe(kind);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['19912345678', '19912345678'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['0086-13800138000', '13800138000'],
  ])('accepts %s', (input, normalized) => {
    const r = track(validateMobile(input));
    expect(r.ok).toBe(true);
    expect(r.value).toBe(normalized);
  });

  it.each([
    ['12800138000', 'mobile.format'],
    ['1380013800', 'mobile.format'],
    ['138001380001', 'mobile.format'],
    ['23800138000', 'mobile.format'],
    ['+85213800138000', 'mobile.format'],
    ['', 'required'],
  ])('rejects %j', (input, code) => {
    const r = track(validateMobile(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateLandline', () => {
  it.each([
    ['0571-88888888', '0571-88888888', '086-0571-88888888'],
    ['010-12345678-123', '010-12345678-123', '086-010-12345678-123'],
    ['(010)12345678', '010-12345678', '086-010-12345678'],
    ['（010）12345678', '010-12345678', '086-010-12345678'],
    ['086-010-82998299', '010-82998299', '086-010-82998299'],
    ['+86 10 8299 8299', '010-82998299', '086-010-82998299'],
    ['+86-571-88888888', '0571-88888888', '086-0571-88888888'],
    ['057188888888', '0571-88888888', '086-0571-88888888'],
    ['0571 8888888', '0571-8888888', '086-0571-8888888'],
    ['0571-8888888-1', '0571-8888888-1', '086-0571-8888888-1'],
    ['021-12345678转8001', '021-12345678-8001', '086-021-12345678-8001'],
  ])('accepts %s', (input, display, miit) => {
    const r = track(validateLandline(input));
    expect(r.ok).toBe(true);
    expect(r.value?.display).toBe(display);
    expect(r.value?.miit).toBe(miit);
  });

  it('splits area code, number and extension', () => {
    const r = track(validateLandline('010-12345678-123'));
    expect(r.value).toEqual({
      areaCode: '010',
      number: '12345678',
      extension: '123',
      display: '010-12345678-123',
      miit: '086-010-12345678-123',
    });
  });

  it.each([
    ['13800138000', 'landline.isMobile'],
    ['+86 138 0013 8000', 'landline.isMobile'],
    ['88888888', 'landline.areaCode'],
    ['0010-88888888', 'landline.areaCode'],
    ['0571-888888', 'landline.number'],
    ['0571-08888888', 'landline.number'],
    ['0571-abc', 'landline.format'],
    ['', 'required'],
  ])('rejects %j with %s', (input, code) => {
    const r = track(validateLandline(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateEmail', () => {
  it.each([
    ['admin@example.com', 'admin@example.com', 'example.com'],
    ['Zhang.San+beian@Mail.Example.COM.CN', 'Zhang.San+beian@mail.example.com.cn', 'mail.example.com.cn'],
    ['12345678@qq.com', '12345678@qq.com', 'qq.com'],
    ['user@例子.中国', 'user@例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['user@中文.com', 'user@中文.com', 'xn--fiq228c.com'],
  ])('accepts %s', (input, normalized, asciiDomain) => {
    const r = track(validateEmail(input));
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ normalized, asciiDomain });
  });

  it.each([
    ['admin', 'email.format'],
    ['admin@', 'email.format'],
    ['@example.com', 'email.format'],
    ['ad min@example.com', 'email.format'],
    ['.admin@example.com', 'email.localPart'],
    ['ad..min@example.com', 'email.localPart'],
    ['张三@example.com', 'email.localPart'],
    ['admin@localhost', 'email.domain'],
    ['admin@example.notarealtld', 'email.domain'],
    ['admin@com', 'email.domain'],
    ['admin@192.168.1.1', 'email.domain'],
    ['', 'required'],
  ])('rejects %j with %s', (input, code) => {
    const r = track(validateEmail(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateDomain', () => {
  it.each([
    ['example.com', 'example.com', 'example.com', undefined, false],
    ['Example.COM', 'example.com', 'example.com', undefined, false],
    ['example.com.cn', 'example.com.cn', 'example.com.cn', undefined, false],
    ['example.cn.', 'example.cn.', 'example.cn', undefined, false],
    ['例子.中国', '例子.中国', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', true],
    ['例子。中国', '例子。中国', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', true],
    ['xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', true],
    ['中文.com', '中文.com', 'xn--fiq228c.com', '中文.com', true],
  ])('accepts %s', (input, normalizedInput, apex, unicode, isIdn) => {
    const r = track(validateDomain(input));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    const expected: Record<string, unknown> = { input: normalizedInput, apex, isIdn };
    if (unicode) expected.unicode = unicode;
    expect(r.value).toEqual(expected);
  });

  it.each([
    ['www.example.com', 'example.com', 'www'],
    ['a.b.example.com.cn', 'example.com.cn', 'a.b'],
    ['www.例子.中国', '例子.中国', 'www'],
  ])('accepts %s with a notApex warning', (input, apex, subdomain) => {
    const r = track(validateDomain(input));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([{ code: 'domain.notApex', severity: 'warning', params: { apex, subdomain } }]);
    expect(r.value?.unicode ?? r.value?.apex).toBe(apex);
  });

  it.each([
    ['http://example.com', 'domain.hasScheme', { suggestion: 'example.com' }],
    ['https://www.example.com/index.html', 'domain.hasScheme', { suggestion: 'example.com' }],
    ['//example.com', 'domain.hasScheme', { suggestion: 'example.com' }],
    ['example.com/path', 'domain.hasPath', { suggestion: 'example.com' }],
    ['example.com?a=1', 'domain.hasPath', { suggestion: 'example.com' }],
    ['example.com:8080', 'domain.hasPort', { suggestion: 'example.com' }],
  ])('rejects %s with %s and suggests the apex', (input, code, params) => {
    const r = track(validateDomain(input));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code, severity: 'error', params }]);
  });

  it.each([
    ['localhost', 'domain.unknownSuffix'],
    ['foo.notarealtld', 'domain.unknownSuffix'],
    ['com', 'domain.onlySuffix'],
    ['com.cn', 'domain.onlySuffix'],
    ['中国', 'domain.onlySuffix'],
    ['47.96.1.1', 'domain.isIp'],
    ['2408:4000::1', 'domain.isIp'],
    ['[::1]', 'domain.isIp'],
    ['ex_ample.com', 'domain.invalid'],
    ['-example.com', 'domain.invalid'],
    ['exa mple.com', 'domain.invalid'],
    ['a..com', 'domain.invalid'],
    ['xn--zz.com', 'domain.invalid'],
    ['', 'required'],
  ])('rejects %j with %s', (input, code) => {
    const r = track(validateDomain(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });

  it('decodes punycode without Node APIs', () => {
    expect(hostToUnicode('xn--fsqu00a.xn--fiqs8s')).toBe('例子.中国');
    expect(hostToUnicode('www.xn--fiq228c.com')).toBe('www.中文.com');
  });
});

// ---------------------------------------------------------------------------------------------
describe('validatePublicIp', () => {
  it.each([
    ['47.96.1.1', '47.96.1.1', 4],
    [' 8.8.8.8 ', '8.8.8.8', 4],
    ['2408:4000::1', '2408:4000::1', 6],
    ['2408:4000:0:0:0:0:0:1', '2408:4000::1', 6],
    ['[240e:1::1]', '240e:1::1', 6],
  ])('accepts %s', (input, normalized, version) => {
    const r = track(validatePublicIp(input));
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ normalized, version });
  });

  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.1.1', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2002::1', '6to4'],
    ['2001::1', 'teredo'],
    ['::ffff:192.168.1.1', 'private'],
  ])('rejects %s as %s', (input, range) => {
    const r = track(validatePublicIp(input));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('ip.notPublic');
    expect(r.issues[0]?.params?.range).toBe(range);
  });

  it('asks for the plain IPv4 form of a mapped public address', () => {
    const r = track(validatePublicIp('::ffff:8.8.8.8'));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'ip.ipv4Mapped', severity: 'error', params: { ipv4: '8.8.8.8' } }]);
  });

  it.each([
    ['1.2.3'],
    ['1'],
    ['0x7f.0.0.1'],
    ['010.1.1.1'],
    ['256.1.1.1'],
    ['1.2.3.4.5'],
    ['fe80::1%eth0'],
    ['example.com'],
  ])('rejects malformed %s', (input) => {
    const r = track(validatePublicIp(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual(['ip.format']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateIcpNumber', () => {
  it.each([
    ['浙ICP备123456号', 'any', { province: '浙', entityNumber: '浙ICP备123456号', kind: 'entity', licence: false, normalized: '浙ICP备123456号' }],
    ['浙ICP备123456号', 'entity', { province: '浙', entityNumber: '浙ICP备123456号', kind: 'entity', licence: false, normalized: '浙ICP备123456号' }],
    ['京ICP备05070602号', 'entity', { province: '京', entityNumber: '京ICP备05070602号', kind: 'entity', licence: false, normalized: '京ICP备05070602号' }],
    ['浙ICP备123456号-1', 'site', { province: '浙', entityNumber: '浙ICP备123456号', siteIndex: 1, kind: 'site', licence: false, normalized: '浙ICP备123456号-1' }],
    ['粤ICP备2021012345号-12', 'any', { province: '粤', entityNumber: '粤ICP备2021012345号', siteIndex: 12, kind: 'site', licence: false, normalized: '粤ICP备2021012345号-12' }],
    [' 沪icp备 123456号－3 ', 'site', { province: '沪', entityNumber: '沪ICP备123456号', siteIndex: 3, kind: 'site', licence: false, normalized: '沪ICP备123456号-3' }],
    ['京ICP证030173号-1', 'site', { province: '京', entityNumber: '京ICP证030173号', siteIndex: 1, kind: 'site', licence: true, normalized: '京ICP证030173号-1' }],
    ['京ICP证030173号', 'any', { province: '京', entityNumber: '京ICP证030173号', kind: 'entity', licence: true, normalized: '京ICP证030173号' }],
  ] as const)('accepts %s as %s', (input, kind, value) => {
    const r = track(validateIcpNumber(input, kind));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual(value);
  });

  it.each([
    ['ICP备123号', 'any', 'icp.format'],
    ['ICP备123456号', 'any', 'icp.format'],
    ['美ICP备123456号', 'any', 'icp.province'],
    ['浙ICP备12345号', 'any', 'icp.format'],
    ['浙ICP备123456', 'any', 'icp.format'],
    ['浙ICP123456号', 'any', 'icp.format'],
    ['浙ICP备123456号-0', 'any', 'icp.format'],
    ['浙ICP备123456号-1', 'entity', 'icp.kindEntity'],
    ['浙ICP备123456号', 'site', 'icp.kindSite'],
    ['浙B2-20080101', 'any', 'icp.b2Licence'],
    ['粤B2-20090059-5', 'site', 'icp.b2Licence'],
    ['', 'any', 'required'],
  ] as const)('rejects %j (kind %s) with %s', (input, kind, code) => {
    const r = track(validateIcpNumber(input, kind));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual([code]);
  });

  it('tells which entity number to use on a kind mismatch', () => {
    const r = track(validateIcpNumber('浙ICP备123456号-1', 'entity'));
    expect(r.issues[0]?.params).toEqual({ entityNumber: '浙ICP备123456号' });
  });

  it('accepts all 31 province abbreviations', () => {
    expect(PROVINCE_ABBREVIATIONS).toHaveLength(31);
    for (const p of PROVINCE_ABBREVIATIONS) {
      expect(validateIcpNumber(`${p.abbr}ICP备12345678号`).ok).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('validatePsbNumber', () => {
  it.each([
    ['浙公网安备 33010602009975号', '浙', '33010602009975'],
    ['浙公网安备33010602009975号', '浙', '33010602009975'],
    ['京公网安备11010102002019号', '京', '11010102002019'],
    ['京公网安备 11010102002019 号', '京', '11010102002019'],
    ['粤公网安备 44030502000001号', '粤', '44030502000001'],
    ['沪公网安备31011502000001号', '沪', '31011502000001'],
  ])('accepts %s', (input, province, code) => {
    const r = track(validatePsbNumber(input));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ province, code, normalized: `${province}公网安备${code}号` });
  });

  it.each([
    ['浙公网安备 11010102002019号', '浙', '33', '11'],
    ['京公网安备 33010602009975号', '京', '11', '33'],
  ])('warns a province mismatch for %s', (input, province, expected, actual) => {
    const r = track(validatePsbNumber(input));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([{ code: 'psb.provinceMismatch', severity: 'warning', params: { province, expected, actual } }]);
  });

  it.each([
    ['浙公网安备 3301060200997号', ['psb.digits']],
    ['浙公网安备 330106020099751号', ['psb.digits']],
    ['深公网安备4403050200001号', ['psb.province', 'psb.digits']],
    ['美公网安备 33010602009975号', ['psb.province']],
    ['公网安备 33010602009975号', ['psb.format']],
    ['浙公网安备 33010602009975', ['psb.format']],
    ['浙ICP备123456号', ['psb.format']],
    ['', ['required']],
  ])('rejects %j', (input, expected) => {
    const r = track(validatePsbNumber(input));
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toEqual(expected);
  });

  it('reports the digit count', () => {
    const r = track(validatePsbNumber('浙公网安备 3301060200997号'));
    expect(r.issues[0]?.params).toEqual({ length: 13 });
  });
});

// ---------------------------------------------------------------------------------------------
describe('siteNameWarnings', () => {
  const unit = { entityKind: '单位' as const };
  const person = { entityKind: '个人' as const };

  it.each([
    ['阿里云计算有限公司官网', unit],
    ['杭州某某科技有限公司门户', unit],
    ['张三的学习笔记', person],
    ['中国国家博物馆', { entityKind: '单位' as const, isNational: true }],
    ['某某新闻中心', { entityKind: '单位' as const, preApprovals: ['新闻'] }],
    ['某某医院医疗服务', { entityKind: '单位' as const, preApprovals: ['医疗保健'] }],
  ])('has no warning for %s', (name, ctx) => {
    expect(trackList(siteNameWarnings(name, ctx))).toEqual([]);
  });

  it('returns nothing for an empty name', () => {
    expect(siteNameWarnings('  ', unit)).toEqual([]);
  });

  it.each([
    ['张三', unit, 'sitename.tooFewChinese', { count: 2, min: 3 }],
    ['12345678', unit, 'sitename.pureDigits', undefined],
    ['MyBlog', unit, 'sitename.pureLatin', undefined],
    ['Blog 2024', unit, 'sitename.pureLatin', undefined],
    ['example.com', unit, 'sitename.looksLikeDomain', undefined],
    ['阿里云www.aliyun.com', unit, 'sitename.looksLikeDomain', undefined],
    ['快乐★小屋网', unit, 'sitename.specialChars', { chars: '★' }],
    ['欢迎光临！我的小站', unit, 'sitename.specialChars', { chars: '!' }],
    ['中国好物推荐', unit, 'sitename.reservedPrefix', { word: '中国' }],
    ['国家标准查询', unit, 'sitename.reservedPrefix', { word: '国家' }],
    ['维权服务中心', person, 'sitename.reservedPrefix', { word: '维权' }],
    ['某某新闻网', unit, 'sitename.needsPreApproval', { word: '新闻', item: '新闻' }],
    ['某某出版社官网', unit, 'sitename.needsPreApproval', { word: '出版', item: '出版' }],
    ['某某教育培训中心', unit, 'sitename.needsPreApproval', { word: '教育', item: '教育' }],
    ['某某医疗美容门户', unit, 'sitename.needsPreApproval', { word: '医疗', item: '医疗保健' }],
    ['某某药品商城', unit, 'sitename.needsPreApproval', { word: '药品', item: '药品和医疗器械' }],
    ['某某医疗器械门户', unit, 'sitename.needsPreApproval', { word: '医疗器械', item: '药品和医疗器械' }],
    ['某某电子公告栏', unit, 'sitename.needsPreApproval', { word: '电子公告', item: '电子公告服务' }],
    ['某某技术论坛', unit, 'sitename.needsPreApproval', { word: '论坛', item: '电子公告服务' }],
    ['某某广播门户', unit, 'sitename.needsPreApproval', { word: '广播', item: '广播电影电视节目' }],
    ['某某影视门户', unit, 'sitename.needsPreApproval', { word: '影视', item: '广播电影电视节目' }],
    ['某某文化传播官网', unit, 'sitename.needsPreApproval', { word: '文化', item: '文化' }],
    ['张三科技', person, 'sitename.individualCommercial', { word: '科技' }],
    ['李四的工作室', person, 'sitename.individualCommercial', { word: '工作室' }],
    ['王五贸易站', person, 'sitename.individualCommercial', { word: '贸易' }],
    ['小明摄影爱好者', person, 'sitename.individualGeneric', { word: '爱好者' }],
    ['网站', unit, 'sitename.genericOnly', { name: '网站' }],
    ['首页', unit, 'sitename.genericOnly', { name: '首页' }],
    ['公司', unit, 'sitename.genericOnly', { name: '公司' }],
  ])('%s triggers %s', (name, ctx, code, params) => {
    const issues = trackList(siteNameWarnings(name, ctx));
    const hit = issues.find((i) => i.code === code);
    expect(hit).toBeDefined();
    expect(hit?.severity).toBe('warning');
    if (params) expect(hit?.params).toEqual(params);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it.each([
    ['张三丰', unit, 'sitename.tooFewChinese'],
    ['123号小站', unit, 'sitename.pureDigits'],
    ['MyBlog小站', unit, 'sitename.pureLatin'],
    ['点击.进入', unit, 'sitename.looksLikeDomain'],
    ['快乐小屋网', unit, 'sitename.specialChars'],
    ['美丽中国摄影', unit, 'sitename.reservedPrefix'],
    ['中国银行官网', { entityKind: '单位' as const, isNational: true }, 'sitename.reservedPrefix'],
    ['某某新闻中心', { entityKind: '单位' as const, preApprovals: ['新闻'] }, 'sitename.needsPreApproval'],
    ['某某医疗器械门户', { entityKind: '单位' as const, preApprovals: ['药品和医疗器械'] }, 'sitename.needsPreApproval'],
    ['某某技术论坛', { entityKind: '单位' as const, preApprovals: ['电子公告服务'] }, 'sitename.needsPreApproval'],
    ['张三科技', unit, 'sitename.individualCommercial'],
    ['张三的读书笔记', person, 'sitename.individualCommercial'],
    ['张三的读书笔记', person, 'sitename.individualGeneric'],
    ['某某公司网站', unit, 'sitename.individualGeneric'],
    ['某某网站导航', unit, 'sitename.genericOnly'],
  ])('%s does not trigger %s', (name, ctx, code) => {
    const issues = trackList(siteNameWarnings(name, ctx));
    expect(codes(issues)).not.toContain(code);
  });

  it('lists all applicable warnings together', () => {
    const issues = trackList(siteNameWarnings('中国新闻论坛', person));
    expect(codes(issues)).toEqual([
      'sitename.reservedPrefix',
      'sitename.needsPreApproval',
      'sitename.needsPreApproval',
      'sitename.individualCommercial',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('expiryIssues', () => {
  it.each([
    ['2025-06-14', [{ code: 'cert.expired', severity: 'error', params: { date: '2025-06-14' } }]],
    ['2020-01-01', [{ code: 'cert.expired', severity: 'error', params: { date: '2020-01-01' } }]],
    ['2025-06-15', [{ code: 'cert.expiresSoon', severity: 'warning', params: { date: '2025-06-15', days: 0, months: 3 } }]],
    ['2025-07-01', [{ code: 'cert.expiresSoon', severity: 'warning', params: { date: '2025-07-01', days: 16, months: 3 } }]],
    // boundary: today + 3 calendar months is still "within 3 months"
    ['2025-09-15', [{ code: 'cert.expiresSoon', severity: 'warning', params: { date: '2025-09-15', days: 92, months: 3 } }]],
    ['2025-09-16', []],
    ['2030-01-01', []],
    ['not-a-date', [{ code: 'date.invalid', severity: 'error', params: { date: 'not-a-date' } }]],
    ['2025-02-30', [{ code: 'date.invalid', severity: 'error', params: { date: '2025-02-30' } }]],
  ])('validTo %s', (validTo, expected) => {
    expect(trackList(expiryIssues(validTo, false, TODAY))).toEqual(expected);
  });

  it.each([
    ['2020-01-01', true],
    [undefined, false],
    ['', false],
  ] as const)('is silent for %j (longTerm %s)', (validTo, longTerm) => {
    expect(expiryIssues(validTo, longTerm, TODAY)).toEqual([]);
  });

  it('clamps the 3-month window at month ends (11-30 → 02-28)', () => {
    const nov30 = new Date(2025, 10, 30);
    expect(codes(expiryIssues('2026-02-28', false, nov30))).toEqual(['cert.expiresSoon']);
    expect(expiryIssues('2026-03-01', false, nov30)).toEqual([]);
  });

  it('uses the local calendar date late in the evening', () => {
    const late = new Date(2025, 5, 15, 23, 59, 59);
    expect(isoDate(late)).toBe('2025-06-15');
    expect(codes(expiryIssues('2025-06-15', false, late))).toEqual(['cert.expiresSoon']);
    expect(codes(expiryIssues('2025-06-14', false, late))).toEqual(['cert.expired']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('messages', () => {
  it('has the same codes in zh and en', () => {
    expect(Object.keys(validationMessages.en).sort()).toEqual(Object.keys(validationMessages.zh).sort());
  });

  it('has a zh and en text for every code the tests produced', () => {
    const produced = [...new Set(seen.map((i) => i.code))];
    expect(produced.length).toBeGreaterThan(40);
    for (const code of produced) {
      expect(Object.keys(validationMessages.zh)).toContain(code);
    }
  });

  it('leaves no placeholder unfilled for produced issues', () => {
    for (const issue of seen) {
      expect(formatIssue(issue, 'zh')).not.toMatch(/\{\{/);
      expect(formatIssue(issue, 'en')).not.toMatch(/\{\{/);
    }
  });

  it.each([
    [{ code: 'id.checksum', severity: 'error', params: { expected: 'X', actual: '1' } }, 'zh', '身份证号校验位错误，应为 X'],
    [{ code: 'id.checksum', severity: 'error', params: { expected: 'X', actual: '1' } }, 'en', 'Wrong ID check character; it should be X'],
    [{ code: 'ip.notPublic', severity: 'error', params: { range: 'private', rangeZh: '内网私有地址' } }, 'zh', '不是公网 IP 地址（内网私有地址）'],
    [{ code: 'cert.expiresSoon', severity: 'warning', params: { date: '2025-07-01', days: 16, months: 3 } }, 'zh', '证件将于 2025-07-01 到期（剩余 16 天），部分管局要求剩余有效期超过 3 个月'],
    [{ code: 'no.such.code', severity: 'error' }, 'zh', 'no.such.code'],
  ] as const)('formats %j in %s', (issue, lang, text) => {
    expect(formatIssue(issue as Issue, lang)).toBe(text);
  });

  it('defaults to Chinese', () => {
    expect(formatIssue({ code: 'required', severity: 'error' })).toBe('必填');
  });
});
