/**
 * The fill, end to end: the built extension in Chromium on replica filing pages served at the real
 * URLs. A user imports a profile, opens a step, picks the entity in the in-page panel and clicks
 * 一键填充; the test reads what the page's framework state received and what the panel reports.
 * Every replica step runs with an incomplete profile (gaps listed by the page's own labels, never
 * filled) and then with the complete one (every field's framework value checked).
 */
import type { Page } from '@playwright/test';
import { prepareAliyun } from '../replicas/aliyun';
import { prepareMps } from '../replicas/mps';
import type { ReplicaBundle, ReplicaPage } from '../replicas/types';
import { expect, test } from './fixtures';
import { example, fillWithPanel, importProfile, incompleteProfile, panelOf, state, submits } from './fill-helpers';

test.describe.configure({ timeout: 90_000 });

let bundles: ReplicaBundle[] = [];
test.beforeAll(async () => {
  bundles = await Promise.all([prepareAliyun(), prepareMps()]);
});
const routeAll = async (context: import('@playwright/test').BrowserContext) => { for (const b of bundles) await b.route(context); };

const UNIT = '杭州云栖示例科技有限公司';
const PERSON = '张伟';
const R_YUHANG = ['浙江省', '杭州市', '余杭区'];
const C_YUHANG = ['33', '3301', '330110'];
const C_XIHU = ['33', '3301', '330106'];
const file = (name: string) => expect.objectContaining({ name });

interface Case { entity: string; missing: string[]; /** gaps of the complete example (documents and the 工信部备案号 it does not hold) */ missingComplete?: string[]; complete: (s: Record<string, any>) => void; incomplete?: (s: Record<string, any>) => void }

/** What each replica page's state must hold after a fill (complete profile), and the gaps it must list (incomplete). */
const CASES: Record<string, Case> = {
  'aliyun-basic': {
    entity: UNIT, missing: ['主办单位所属区域'],
    complete: (s) => expect(s).toMatchObject({ regionPath: R_YUHANG, nature: '企业', certType: '营业执照（个人或企业）', certNo: '91330110MA2H3K7Q18', domain: 'yunqi-demo.cn' }),
    incomplete: (s) => expect(s.regionPath).toEqual([]),
  },
  'aliyun-subject-unit': {
    entity: UNIT, missing: ['主办单位证件住所', '主办单位所属区域', '手机号码', '电子邮箱'],
    complete: (s) => {
      expect(s).toMatchObject({ name: UNIT, certAddress: '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室', address: '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室', investor: UNIT });
      expect(s.principal).toEqual({ name: '李娜', certType: '居民身份证', certNo: '330110198511204525', validFrom: '2016-05-10', validTo: '', longTerm: true, mobile: '13600136000', emergencyPhone: '13700137000', officePhone: '0571-88886666', email: 'lina@yunqi-demo.cn' });
      expect(s.certNo).toBe('91330106673959654P'); // disabled, pre-filled by the console: left alone
    },
    incomplete: (s) => { expect(s.certAddress).toBe(''); expect(s.principal.email).toBe(''); expect(s.principal.mobile).toBe(''); expect(s.principal.name).toBe('李娜'); },
  },
  'aliyun-subject-person': {
    entity: PERSON, missing: ['电子邮箱', '办公室电话'], missingComplete: ['办公室电话'],
    complete: (s) => {
      expect(s).toMatchObject({ name: '张伟', certAddress: '浙江省杭州市西湖区文三路 100 号 1 幢 101 室', address: '浙江省杭州市西湖区文三路 100 号 1 幢 101 室' });
      expect(s.principal).toMatchObject({ name: '张伟', certType: '居民身份证', certNo: '330106199003071236', validFrom: '2018-03-01', validTo: '2038-03-01', longTerm: false, mobile: '13800138000', emergencyPhone: '13900139000', email: 'zhangwei@example.com' });
    },
    incomplete: (s) => expect(s.principal.email).toBe(''),
  },
  'aliyun-site': {
    entity: UNIT, missing: ['手机号码'],
    complete: (s) => {
      expect(s).toMatchObject({ siteName: '云栖示例科技官网', homeUrl: 'www.yunqi-demo.cn', serviceType: '网站应用服务', content: '单位门户网站', approvals: [], sameAsPrincipal: false });
      expect([...s.languages].sort()).toEqual(['中文简体', '英语'].sort());
      expect(s.principal).toMatchObject({ name: '王强', certType: '居民身份证', certNo: '110105198808123011', validFrom: '2020-08-12', validTo: '2040-08-12', mobile: '18600186000', emergencyPhone: '18700187000', email: 'wangqiang@yunqi-demo.cn' });
    },
    incomplete: (s) => expect(s.principal.mobile).toBe(''),
  },
  'aliyun-upload-unit': {
    entity: UNIT, missing: ['主体证件', '负责人身份证正面', '负责人身份证反面', '网站负责人身份证正面', '网站负责人身份证反面', '域名证书'],
    missingComplete: ['负责人身份证正面', '负责人身份证反面', '网站负责人身份证正面', '网站负责人身份证反面', '域名证书'],
    complete: (s) => expect(s.subjectCert).toEqual([file('yunqi-licence.png')]),
    incomplete: (s) => expect(s.subjectCert).toEqual([]),
  },
  'aliyun-upload-person': {
    entity: PERSON, missing: ['负责人身份证正面', '负责人身份证反面', '网站负责人身份证正面', '网站负责人身份证反面', '域名证书'],
    missingComplete: ['负责人身份证反面', '网站负责人身份证反面', '域名证书'],
    complete: (s) => { expect(s.principalFront).toEqual([file('zhangwei-id-front.png')]); expect(s.sitePrincipalFront).toEqual([file('zhangwei-id-front.png')]); },
  },
  'aliyun-subject-unit-antd': {
    entity: UNIT, missing: ['主办单位证件住所', '主办单位所属区域', '手机号码', '电子邮箱'],
    complete: (s) => {
      expect(s).toMatchObject({ name: UNIT, certAddress: '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室', address: '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室', investor: UNIT });
      expect(s.principal).toMatchObject({ name: '李娜', certType: '居民身份证', certNo: '330110198511204525', longTerm: true, mobile: '13600136000', emergencyPhone: '13700137000', officePhone: '0571-88886666', email: 'lina@yunqi-demo.cn' });
    },
  },
  'mps-subject-person': {
    entity: PERSON, missing: ['负责人邮箱', '证件正面', '证件反面', '手持证件', '办公室电话'], missingComplete: ['证件反面', '手持证件', '办公室电话'],
    complete: (s) => expect(s).toMatchObject({
      subjectType: '个人', principalName: '张伟', principalIdType: '01', principalIdNo: '330106199003071236', principalIdStart: '2018-03-01', principalIdEnd: '2038-03-01',
      principalMobile: '13800138000', principalEmail: 'zhangwei@example.com', principalAddressRegion: C_XIHU, principalAddressDetail: '文三路 100 号 1 幢 101 室', usesGenAI: '0',
      principalIdFront: file('zhangwei-id-front.png'),
    }),
    incomplete: (s) => { expect(s.principalEmail).toBe(''); expect(s.principalIdFront).toBeNull(); },
  },
  'mps-subject-unit': {
    entity: UNIT, missing: ['有效证件', '手机号码', '负责人邮箱', '证件正面', '证件反面', '手持证件'], missingComplete: ['证件正面', '证件反面', '手持证件'],
    complete: (s) => expect(s).toMatchObject({
      subjectType: '单位', unitName: UNIT, unitCertType: '01', unitCertNo: '91330110MA2H3K7Q18', unitCertFile: file('yunqi-licence.png'), legalRepName: '李娜',
      unitAddressRegion: C_YUHANG, unitAddressDetail: '文一西路 969 号 2 幢 305 室', principalName: '李娜', principalIdType: '01', principalIdNo: '330110198511204525',
      principalIdStart: '2016-05-10', principalIdLongTerm: true, principalAddressRegion: C_YUHANG, principalAddressDetail: '文一西路 969 号 2 幢 305 室',
      principalOfficePhone: '0571-88886666', principalMobile: '13600136000', principalEmail: 'lina@yunqi-demo.cn', usesGenAI: '0',
    }),
    incomplete: (s) => { expect(s.principalMobile).toBe(''); expect(s.unitCertFile).toBeNull(); },
  },
  'mps-site': {
    // the example holds no 工信部备案号: 是否有工信部备案号 is listed as missing and left as the page has it, never answered 否
    entity: UNIT, missing: ['是否有工信部备案号', 'IP', '域名证书'], missingComplete: ['是否有工信部备案号', '域名证书'],
    complete: (s) => {
      expect(s).toMatchObject({
        siteName: '云栖示例科技官网', hasIcpNo: '', openDate: '2025-11-25', mainDomain: 'yunqi-demo.cn', subDomains: 'yunqi-demo.com.cn', ip: '47.96.56.78',
        ispJurisdiction: '1', ispRegion: C_YUHANG, ispName: '阿里云计算有限公司', ispAccessMode: '02', ispPhone: '95187', ispOrgCode: '673959654',
        registrarJurisdiction: '1', registrarRegion: C_YUHANG, registrarName: '阿里云计算有限公司（原万网）', registrarPhone: '010-65985888',
        interactive: '1', siteType: 'E', controlledGoods: '0', preApproval: '0',
      });
      expect([...s.languages].sort()).toEqual(['01', '05']);
    },
    incomplete: (s) => expect(s.ip).toBe(''),
  },
  'mps-principal': {
    entity: UNIT, missing: ['手机号码', '证件正面', '证件反面', '手持证件'], missingComplete: ['证件正面', '证件反面', '手持证件'],
    complete: (s) => expect(s).toMatchObject({
      securitySameAsSubject: false, securityName: '王强', securityIdType: '01', securityIdNo: '110105198808123011', securityIdStart: '2020-08-12', securityIdEnd: '2040-08-12',
      securityMobile: '18600186000', securityEmail: 'wangqiang@yunqi-demo.cn', emergencySameAsSubject: true,
    }),
    incomplete: (s) => expect(s.securityMobile).toBe(''),
  },
  'mps-notice': {
    entity: UNIT, missing: [],
    // the duty notice is the filer's to accept: never ticked
    complete: (s) => expect(s).toMatchObject({ noticeAgreed: false, noticeAgreeClicks: 0 }),
  },
  'beian-old-site': {
    entity: UNIT, missing: ['IP'],
    complete: (s) => {
      expect(s).toMatchObject({ websiteName: '云栖示例科技官网', domainName: 'yunqi-demo.cn,yunqi-demo.com.cn', websiteIp: '47.96.56.78', openDate: '2025-11-25', ispName: '阿里云计算有限公司', accessMode: '02' }); // the portal: 多个域名以英文逗号分隔
      expect([...s.language].sort()).toEqual(['01', '05']);
    },
  },
  'miit-sms': {
    entity: UNIT, missing: ['手机号码'],
    complete: (s) => expect(s).toEqual({ mobile: '13600136000', idLast6: '204525', smsCode: '' }),
    incomplete: (s) => expect(s).toMatchObject({ mobile: '', idLast6: '204525', smsCode: '' }),
  },
};

async function open(context: import('@playwright/test').BrowserContext, p: ReplicaPage): Promise<Page> {
  const page = await context.newPage();
  await page.goto(p.url);
  return page;
}

for (const id of Object.keys(CASES)) {
  test(`${id}: incomplete then complete profile`, async ({ context, editor }) => {
    const c = CASES[id]!;
    await routeAll(context);
    const p = bundles.flatMap((b) => b.pages).find((x) => x.id === id)!;

    await importProfile(editor, incompleteProfile(), 'incomplete.json');
    let page = await open(context, p);
    const gaps = await fillWithPanel(page, c.entity);
    // the report lists the page's items in page order
    expect([...(gaps.groups['资料中缺少'] ?? [])].sort()).toEqual([...c.missing].sort());
    expect(gaps.groups['未能填入'] ?? []).toEqual([]);
    c.incomplete?.(await state(page));
    expect(await submits(page)).toBe(0);
    await page.close();

    await importProfile(editor, example(), 'complete.json');
    page = await open(context, p);
    const full = await fillWithPanel(page, c.entity);
    expect([...(full.groups['资料中缺少'] ?? [])].sort()).toEqual([...(c.missingComplete ?? [])].sort());
    expect(full.groups['未能填入'] ?? []).toEqual([]);
    c.complete(await state(page));
    expect(await submits(page)).toBe(0);
  });
}
