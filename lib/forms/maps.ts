/**
 * The form maps: every step of the filing platforms the extension fills, as data (FORMS.md §1.2–§1.4,
 * §2.2–§2.4, §0 for MIIT). Labels are the forms' own; synonyms cover the variants the sources report.
 * Values are fill-view paths (lib/forms/view.ts). Nothing here names a generated id or class.
 *
 * Unsure facts are marked [INF]/[BRIEF] as in FORMS.md; correct them here when a live page is seen.
 */
import type { FieldSpec, StepSpec } from './types';

const PERSON_ROLES = { principal: ['主体负责人', '负责人信息', '主办者负责人'], web: ['网站负责人'], security: ['网站安全负责人', '安全负责人'], emergency: ['网站应急联络人', '应急联络人'] } as const;

/** The person fields shared by the ICP steps (§1.3 主体负责人, §1.4 网站负责人). */
function icpPerson(prefix: 'principal' | 'web', section: readonly string[]): FieldSpec[] {
  const s = [...section];
  return [
    { key: `${prefix}.name`, labels: ['负责人姓名', '姓名'], section: s, widget: 'text', value: `${prefix}.name` },
    { key: `${prefix}.certType`, labels: ['负责人证件类型', '证件类型'], section: s, widget: 'select', value: `${prefix}.certType` },
    { key: `${prefix}.certNumber`, labels: ['负责人证件号码', '证件号码'], section: s, widget: 'text', value: `${prefix}.certNumber` },
    { key: `${prefix}.validFrom`, labels: ['证件有效期起', '证件有效期开始', '有效期起', '证件有效期'], section: s, widget: 'date', value: `${prefix}.validFrom`, rangeEnd: `${prefix}.validTo` },
    { key: `${prefix}.validTo`, labels: ['证件有效期止', '证件有效期结束', '有效期止', '证件有效期至'], section: s, widget: 'date', value: `${prefix}.validTo`, optional: true },
    { key: `${prefix}.longTerm`, labels: ['长期', '长期有效'], section: s, widget: 'checkbox', value: `${prefix}.longTerm`, optional: true },
    { key: `${prefix}.mobile`, labels: ['手机号码', '移动电话', '手机'], section: s, widget: 'text', value: `${prefix}.mobile` },
    { key: `${prefix}.emergencyPhone`, labels: ['应急联系电话', '应急电话号码', '应急电话'], section: s, widget: 'text', value: `${prefix}.emergencyPhone` },
    { key: `${prefix}.landline`, labels: ['办公室电话', '办公电话'], section: s, widget: 'text', value: `${prefix}.landline`, optional: true },
    { key: `${prefix}.email`, labels: ['电子邮箱', '电子邮件', '邮箱'], section: s, widget: 'text', value: `${prefix}.email` },
  ];
}

/** MPS person-type options differ from the ICP list (§2.2, old codes [C1: S32]); unmapped types are never guessed. [INF] */
const MPS_PERSON_CERT: Record<string, string[]> = {
  居民身份证: ['居民身份证'],
  护照: ['普通护照', '护照'],
  港澳居民居住证: ['居住证'],
  台湾居民居住证: ['居住证'],
};
/** MPS unit certificate options (§2.2, old codes [C1: S32]); 营业执照 → 营业执照证书 is [INF]. */
const MPS_UNIT_CERT: Record<string, string[]> = {
  '营业执照（个人或企业）': ['营业执照证书', '营业执照'],
  统一社会信用代码证书: ['统一社会信用代码证', '统一社会信用代码证书'],
  组织机构代码证: ['组织机构代码证'],
};
/** MPS spells 俄罗斯语 as 俄语 (§2.3 list [C1]). */
const MPS_LANGUAGES: Record<string, string[]> = { 俄罗斯语: ['俄语'] };

function mpsPerson(prefix: 'principal' | 'security' | 'emergency', section: readonly string[] | undefined, opts: { uploads: boolean; email: boolean; nameLabels?: string[] }): FieldSpec[] {
  const s = section ? [...section] : undefined;
  const f: FieldSpec[] = [
    { key: `${prefix}.name`, labels: opts.nameLabels ?? ['负责人姓名', '姓名'], section: s, widget: 'text', value: `${prefix}.name` },
    { key: `${prefix}.certType`, labels: ['证件类型', '负责人证件类型'], section: s, widget: 'select', value: `${prefix}.certType`, options: MPS_PERSON_CERT },
    { key: `${prefix}.certNumber`, labels: ['证件号码', '负责人证件号码'], section: s, widget: 'text', value: `${prefix}.certNumber` },
    { key: `${prefix}.validFrom`, labels: ['证件有效期起', '有效期起', '证件有效期'], section: s, widget: 'date', value: `${prefix}.validFrom`, rangeEnd: `${prefix}.validTo` },
    { key: `${prefix}.validTo`, labels: ['证件有效期止', '有效期止', '证件有效期至'], section: s, widget: 'date', value: `${prefix}.validTo`, optional: true },
    { key: `${prefix}.longTerm`, labels: ['长期', '长期有效'], section: s, widget: 'checkbox', value: `${prefix}.longTerm`, optional: true },
    { key: `${prefix}.mobile`, labels: ['手机号码', '联系电话', '手机'], section: s, widget: 'text', value: `${prefix}.mobile` },
  ];
  if (opts.email) f.push({ key: `${prefix}.email`, labels: ['电子邮件地址', '负责人邮箱', '电子邮箱', '邮箱'], section: s, widget: 'text', value: `${prefix}.email` });
  if (opts.uploads) {
    f.push(
      { key: `${prefix}.idFront`, labels: ['负责人证件正面', '证件正面', '身份证正面'], section: s, widget: 'upload', value: `${prefix}.doc.id-front` },
      { key: `${prefix}.idBack`, labels: ['负责人证件反面', '证件反面', '身份证反面'], section: s, widget: 'upload', value: `${prefix}.doc.id-back` },
      { key: `${prefix}.idHandheld`, labels: ['负责人证件手持', '手持证件', '手持证件照', '证件手持'], section: s, widget: 'upload', value: `${prefix}.doc.id-handheld` },
    );
  }
  return f;
}

const yesNo = (key: string, labels: string[], value: string, optional = false): FieldSpec => ({ key, labels, widget: 'radio', value, optional });

export const STEPS: readonly StepSpec[] = [
  // ───────────── Alibaba Cloud ICP console (§1.2) ─────────────
  {
    platform: 'aliyun', step: 'basic', titles: ['填写基本信息', '验证备案类型', '信息校验', '基础信息校验'],
    fields: [
      { key: 'entity.region', labels: ['主办单位所属区域', '所属区域'], widget: 'cascader', value: 'entity.region' },
      { key: 'entity.nature', labels: ['主办单位性质', '单位性质'], widget: 'select', value: 'entity.nature' },
      { key: 'entity.certType', labels: ['主办单位证件类型', '证件类型'], widget: 'select', value: 'entity.certType' },
      { key: 'entity.certNumber', labels: ['主办单位证件号码', '证件号码'], widget: 'text', value: 'entity.certNumber' },
      { key: 'site.mainDomain', labels: ['网站域名', '域名'], widget: 'text', value: 'site.mainDomain', optional: true },
    ],
  },
  ...(['单位', '个人'] as const).map((variant): StepSpec => ({
    platform: 'aliyun', step: 'subject', variant, titles: ['填写主办者信息', '填写主体信息', '主办者信息', '主体信息'],
    fields: [
      { key: 'entity.name', labels: ['主办单位或主办人名称', '主办单位名称', '主办人名称'], widget: 'text', value: 'entity.name' },
      { key: 'entity.nature', labels: ['主办单位性质'], widget: 'select', value: 'entity.nature' },
      { key: 'entity.certType', labels: ['主办单位证件类型'], widget: 'select', value: 'entity.certType' },
      { key: 'entity.certNumber', labels: ['主办单位证件号码'], widget: 'text', value: 'entity.certNumber' },
      { key: 'entity.certAddress', labels: ['主办单位证件住所', '证件住所', '证件地址'], widget: 'text', value: 'entity.certAddress' },
      { key: 'entity.region', labels: ['主办单位所属区域'], widget: 'cascader', value: 'entity.region' },
      { key: 'entity.mailingAddress', labels: ['主办单位通讯地址', '主办单位通信地址', '通讯地址', '通信地址'], widget: 'text', value: 'entity.mailingAddress' },
      { key: 'entity.investor', labels: ['投资人或主管单位', '投资者或上级主管单位', '投资人'], widget: 'text', value: 'entity.investor', optional: variant === '个人' },
      ...icpPerson('principal', PERSON_ROLES.principal),
      { key: 'entity.remark', labels: ['备注'], widget: 'text', value: 'entity.remark', optional: true },
    ],
  })),
  {
    platform: 'aliyun', step: 'site', titles: ['填写网站信息', '填写互联网信息服务', '网站信息'],
    fields: [
      { key: 'site.name', labels: ['网站名称'], widget: 'text', value: 'site.name' },
      { key: 'site.mainDomain', labels: ['网站域名'], widget: 'text', value: 'site.mainDomain' },
      { key: 'site.homeUrl', labels: ['网站首页URL', '网站首页地址', '首页URL'], widget: 'text', value: 'site.homeUrl' },
      { key: 'site.serviceType', labels: ['服务类型', '应用服务类型'], widget: 'select', value: 'site.serviceType' },
      { key: 'site.contentType', labels: ['网站服务内容', '网站内容类型', '服务内容'], widget: 'select', value: 'site.contentType' },
      { key: 'site.languages', labels: ['网站语言', '语言类型'], widget: 'checkbox-group', value: 'site.languages' },
      { key: 'site.preApprovals', labels: ['前置审批项', '前置或专项审批内容类型'], widget: 'checkbox-group', value: 'site.preApprovals', optional: true },
      { key: 'web.same', labels: ['同主体负责人', '同主体负责人信息'], section: [...PERSON_ROLES.web], widget: 'checkbox', value: 'web.sameAsPrincipal', optional: true,
        controls: ['web.name', 'web.certType', 'web.certNumber', 'web.validFrom', 'web.validTo', 'web.longTerm', 'web.mobile', 'web.emergencyPhone', 'web.landline', 'web.email'] },
      ...icpPerson('web', PERSON_ROLES.web),
      { key: 'site.remark', labels: ['网站备注', '备注'], widget: 'text', value: 'site.remark', optional: true },
    ],
  },
  ...(['单位', '个人'] as const).map((variant): StepSpec => ({
    platform: 'aliyun', step: 'upload', variant, titles: ['上传资料', '资料上传及真实性核验', '资料上传'],
    fields: [
      // the unit's certificate is asked of units only
      { key: 'doc.entity', labels: ['主体证件', '营业执照', '主办单位证件'], widget: 'upload', value: 'entity.doc.business-licence', ...(variant === '个人' ? { optional: true, absentOk: true } : {}), maxBytes: 4 * 1024 * 1024 },
      { key: 'doc.principalFront', labels: ['负责人身份证正面', '主体负责人身份证正面'], widget: 'upload', value: 'principal.doc.id-front', maxBytes: 4 * 1024 * 1024 },
      { key: 'doc.principalBack', labels: ['负责人身份证反面', '主体负责人身份证反面'], widget: 'upload', value: 'principal.doc.id-back', maxBytes: 4 * 1024 * 1024 },
      // the site principal's ID: the page asks for it; when the person is the principal the same image is used
      { key: 'doc.webFront', labels: ['网站负责人身份证正面'], widget: 'upload', value: 'web.doc.id-front', absentOk: true, maxBytes: 4 * 1024 * 1024 },
      { key: 'doc.webBack', labels: ['网站负责人身份证反面'], widget: 'upload', value: 'web.doc.id-back', absentOk: true, maxBytes: 4 * 1024 * 1024 },
      { key: 'doc.domainCert', labels: ['域名证书'], widget: 'upload', value: 'site.doc.domain-cert', optional: true, maxBytes: 4 * 1024 * 1024 },
    ],
  })),

  // ───────────── 全国互联网安全管理服务平台 beian.mps.gov.cn (§2.2–§2.4) ─────────────
  {
    platform: 'mps', step: 'subject', titles: ['开办主体', '申请主体'],
    fields: [
      { key: 'entity.kind', labels: ['开办主体性质'], widget: 'select', value: 'entity.kind' },
      { key: 'entity.name', labels: ['主办单位名称'], widget: 'text', value: 'entity.name', absentOk: true },
      { key: 'entity.certType', labels: ['主办单位证件类型'], widget: 'select', value: 'entity.certType', absentOk: true, options: MPS_UNIT_CERT },
      { key: 'entity.certNumber', labels: ['主办单位证件号', '主办单位证件号码'], widget: 'text', value: 'entity.certNumber', absentOk: true },
      { key: 'entity.licence', labels: ['有效证件'], widget: 'upload', value: 'entity.doc.business-licence', absentOk: true },
      { key: 'entity.legalRep', labels: ['法人代表人姓名', '法定代表人姓名', '法定代表人'], widget: 'text', value: 'entity.legalRep', absentOk: true },
      { key: 'entity.officeRegion', labels: ['单位办公地址'], widget: 'cascader', value: 'entity.officeRegion', absentOk: true },
      { key: 'entity.officeDetail', labels: ['详细地址'], within: ['单位办公地址'], widget: 'text', value: 'entity.officeDetail', absentOk: true },
      ...mpsPerson('principal', undefined, { uploads: true, email: true }),
      { key: 'principal.region', labels: ['负责人常住地址', '常住地址'], widget: 'cascader', value: 'principal.region' },
      { key: 'principal.addressDetail', labels: ['详细地址'], within: ['负责人常住地址', '常住地址'], widget: 'text', value: 'principal.addressDetail' },
      { key: 'principal.landline', labels: ['办公室电话'], widget: 'text', value: 'principal.landline', optional: true },
      yesNo('entity.usesGenAI', ['是否利用生成式人工智能'], 'entity.usesGenAI', true),
    ],
  },
  {
    platform: 'mps', step: 'site', titles: ['网站基本信息'],
    fields: [
      { key: 'site.name', labels: ['网站名称'], widget: 'text', value: 'site.name' },
      yesNo('site.hasIcpNumber', ['是否有工信部备案号'], 'site.hasIcpNumber', true),
      { key: 'site.icpNumber', labels: ['工信部备案号', 'ICP备案号'], widget: 'text', value: 'site.icpNumber', optional: true },
      { key: 'site.openedAt', labels: ['网站开通日期', '开通日期'], widget: 'date', value: 'site.openedAt' },
      { key: 'site.mainDomain', labels: ['主域名'], widget: 'text', value: 'site.mainDomain' },
      { key: 'site.otherDomains', labels: ['从域名'], widget: 'text', value: 'site.otherDomains', optional: true },
      { key: 'site.domainCert', labels: ['域名证书'], widget: 'upload', value: 'site.doc.domain-cert', optional: true, maxBytes: 400 * 1024 },
      { key: 'site.ip', labels: ['IP', 'IP地址', '网站IP'], widget: 'text', value: 'site.ip' },
      { key: 'provider.jurisdiction', labels: ['接入商所属地区管辖', '所属地区管辖'], section: ['网络接入服务商', '接入服务商'], widget: 'radio', value: 'provider.jurisdiction' },
      { key: 'provider.region', labels: ['所属区域'], section: ['网络接入服务商', '接入服务商'], widget: 'cascader', value: 'provider.region' },
      { key: 'provider.name', labels: ['名称', '接入商名称'], section: ['网络接入服务商', '接入服务商'], widget: 'select', value: 'provider.name' },
      { key: 'provider.accessMethod', labels: ['网站接入方式', '接入方式'], section: ['网络接入服务商', '接入服务商'], widget: 'select', value: 'provider.accessMethod' },
      { key: 'provider.phone', labels: ['电话', '联系电话'], section: ['网络接入服务商', '接入服务商'], widget: 'text', value: 'provider.phone' },
      { key: 'provider.code', labels: ['组织机构代码', '接入商编码'], section: ['网络接入服务商', '接入服务商'], widget: 'text', value: 'provider.code', optional: true },
      { key: 'registrar.jurisdiction', labels: ['所属地区管辖'], section: ['域名注册服务商'], widget: 'radio', value: 'registrar.jurisdiction' },
      { key: 'registrar.region', labels: ['所属区域'], section: ['域名注册服务商'], widget: 'cascader', value: 'registrar.region' },
      { key: 'registrar.name', labels: ['名称'], section: ['域名注册服务商'], widget: 'select', value: 'registrar.name' },
      { key: 'registrar.phone', labels: ['电话'], section: ['域名注册服务商'], widget: 'text', value: 'registrar.phone' },
      yesNo('site.interactive', ['是否提供互联网交互服务', '服务类型'], 'site.interactive'),
      { key: 'site.psbCategory', labels: ['网站类型'], widget: 'select', value: 'site.psbCategory' },
      yesNo('site.dangerousGoods', ['是否提供涉及管制物品信息发布服务', '互联网危险物品信息发布'], 'site.dangerousGoods'),
      yesNo('site.hasPreApproval', ['相关前置许可', '是否有前置许可'], 'site.hasPreApproval', true),
      { key: 'site.languages', labels: ['网站语种', '网站语言'], widget: 'checkbox-group', value: 'site.languages', options: MPS_LANGUAGES },
    ],
  },
  {
    platform: 'mps', step: 'principal', titles: ['网站负责人'],
    fields: [
      { key: 'security.same', labels: ['同主体负责人信息', '同主体负责人'], section: [...PERSON_ROLES.security], widget: 'checkbox', value: 'security.sameAsPrincipal',
        controls: ['security.name', 'security.certType', 'security.certNumber', 'security.validFrom', 'security.validTo', 'security.longTerm', 'security.mobile', 'security.email'] },
      ...mpsPerson('security', PERSON_ROLES.security, { uploads: true, email: true }),
      { key: 'emergency.same', labels: ['同主体负责人信息', '同主体负责人'], section: [...PERSON_ROLES.emergency], widget: 'checkbox', value: 'emergency.sameAsPrincipal',
        controls: ['emergency.name', 'emergency.certType', 'emergency.certNumber', 'emergency.validFrom', 'emergency.validTo', 'emergency.longTerm', 'emergency.mobile'] },
      ...mpsPerson('emergency', PERSON_ROLES.emergency, { uploads: false, email: false, nameLabels: ['联络人姓名', '姓名'] }),
    ],
  },
  {
    // Nothing to fill: the filer must read and accept the duty notice themselves.
    platform: 'mps', step: 'notice', titles: ['提示说明', '责任告知书'], fields: [],
    never: ['我已阅读并同意', '同意'],
  },

  // ───────────── old www.beian.gov.cn portal (§2.1, server-rendered) ─────────────
  {
    platform: 'beian-old', step: 'site', titles: ['新办网站申请', '网站基本信息'],
    fields: [
      { key: 'site.name', labels: ['网站名称'], widget: 'text', value: 'site.name' },
      { key: 'site.mainDomain', labels: ['网站域名', '主域名'], widget: 'text', value: 'site.mainDomain' },
      { key: 'site.ip', labels: ['IP', 'IP地址', '网站IP'], widget: 'text', value: 'site.ip' },
      { key: 'site.openedAt', labels: ['网站开通日期', '开通日期'], widget: 'date', value: 'site.openedAt' },
      { key: 'provider.name', labels: ['接入服务商名称', '接入商名称', '网络接入服务商'], widget: 'select', value: 'provider.name' },
      { key: 'provider.accessMethod', labels: ['接入方式', '网站接入方式'], widget: 'select', value: 'provider.accessMethod' },
      { key: 'site.languages', labels: ['网站语种', '网站语言'], widget: 'checkbox-group', value: 'site.languages', options: MPS_LANGUAGES, optional: true },
    ],
  },

  // ───────────── MIIT 短信核验 (§0) ─────────────
  {
    platform: 'miit', step: 'sms', titles: ['短信核验'],
    fields: [
      { key: 'principal.mobile', labels: ['手机号码', '手机号'], widget: 'text', value: 'principal.mobile' },
      { key: 'principal.idLast6', labels: ['证件号码后六位', '证件号后六位', '身份证后六位'], widget: 'text', value: 'principal.idLast6' },
    ],
    never: ['验证码', '短信验证码'],
  },
];

export function stepsOf(platform: string): StepSpec[] {
  return STEPS.filter((s) => s.platform === platform);
}
export function stepById(platform: string, step: string, variant?: string): StepSpec | undefined {
  return STEPS.find((s) => s.platform === platform && s.step === step && (variant === undefined || s.variant === undefined || s.variant === variant));
}
