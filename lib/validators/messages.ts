/**
 * User-facing texts of the validator issue codes, i18next-style `{{param}}` interpolation.
 * Chinese first (the forms are Chinese); English for the extension's English UI.
 */
import type { Issue } from './types';

const zh = {
  required: '必填',

  'id.length': '身份证号应为 18 位，当前为 {{length}} 位',
  'id.charset': '身份证号前 17 位应为数字，最后一位为数字或 X',
  'id.province': '身份证号前两位 {{code}} 不是有效的省级行政区划代码',
  'id.birthDate': '身份证号中的出生日期 {{date}} 不存在',
  'id.birthFuture': '身份证号中的出生日期 {{date}} 晚于今天',
  'id.birthTooEarly': '身份证号中的出生日期 {{date}} 早于 1900 年',
  'id.checksum': '身份证号校验位错误，应为 {{expected}}',
  'id.minor': '负责人未满 {{minAge}} 周岁（{{age}} 岁），多数省份管局不受理',
  'permit.prefix': '居住证号码应以 {{expected}} 开头，当前为 {{code}}',

  'uscc.length': '统一社会信用代码应为 18 位，当前为 {{length}} 位',
  'uscc.charset': '统一社会信用代码含有不允许的字符：{{chars}}（不使用 I、O、S、V、Z）',
  'uscc.layout': '统一社会信用代码格式错误：第 3–8 位应为行政区划数字代码',
  'uscc.checksum': '统一社会信用代码校验位错误，应为 {{expected}}',
  'uscc.unknownCategory': '统一社会信用代码前两位 {{code}} 不是已知的登记管理部门代码，请核对',

  'passport.format': '护照号码应为 5–20 位字母或数字',
  'hkmoPermit.format': '港澳居民来往内地通行证号码应为 H 或 M 加 8 位（或 10 位）数字',
  'twPermit.format': '台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）',
  'foreignPr.format': '外国人永久居留身份证号码格式错误',

  'mobile.format': '手机号码应为 11 位，以 13–19 开头',
  'landline.format': '固定电话格式错误，例如 0571-88888888',
  'landline.isMobile': '这是手机号码，请填写固定电话（区号-号码）',
  'landline.areaCode': '固定电话缺少区号或区号错误（区号以 0 开头，3–4 位）',
  'landline.number': '固定电话号码应为 7–8 位，且不以 0 开头',

  'email.format': '电子邮箱格式错误，例如 name@example.com',
  'email.localPart': '电子邮箱 @ 前的部分含有不允许的字符',
  'email.domain': '电子邮箱 @ 后的域名无效',

  'domain.hasScheme': '请去掉 http:// 或 https://，只填写域名',
  'domain.hasPath': '只填写域名，不要包含 / 及其后的路径',
  'domain.hasPort': '只填写域名，不要包含端口号',
  'domain.isIp': '请填写域名，不能填写 IP 地址',
  'domain.invalid': '域名格式错误',
  'domain.unknownSuffix': '域名后缀无效或不是公开注册的顶级域',
  'domain.onlySuffix': '只填写了域名后缀，请填写完整域名',
  'domain.notApex': '备案应填写主域名 {{apex}}（不带 {{subdomain}}.）',

  'ip.format': 'IP 地址格式错误',
  'ip.notPublic': '不是公网 IP 地址（{{rangeZh}}）',
  'ip.ipv4Mapped': '请直接填写 IPv4 地址 {{ipv4}}',

  'icp.format': 'ICP 备案号格式错误，例如 浙ICP备12345678号 或 浙ICP备12345678号-1',
  'icp.province': 'ICP 备案号开头的省份简称“{{province}}”无效',
  'icp.b2Licence': '这是增值电信业务经营许可证号，不是 ICP 备案号',
  'icp.kindEntity': '此处应填写主体备案号（不带 -序号），即 {{entityNumber}}',
  'icp.kindSite': '此处应填写网站备案号（主体备案号后加 -序号）',

  'psb.format': '公安备案号格式错误，例如 浙公网安备 33010602009975号',
  'psb.province': '公安备案号开头的省份简称“{{province}}”无效',
  'psb.digits': '公安备案号应为 14 位数字，当前为 {{length}} 位',
  'psb.provinceMismatch': '公安备案号前两位 {{actual}} 与“{{province}}”（{{expected}}）不符，请核对',

  'sitename.tooFewChinese': '网站名称应至少包含 {{min}} 个汉字',
  'sitename.pureDigits': '网站名称不能为纯数字',
  'sitename.pureLatin': '网站名称不能为纯英文或字母数字',
  'sitename.looksLikeDomain': '网站名称不能使用域名',
  'sitename.specialChars': '网站名称不宜包含特殊符号：{{chars}}',
  'sitename.reservedPrefix': '非国家级单位的网站名称不能以“{{word}}”开头',
  'sitename.needsPreApproval': '网站名称含“{{word}}”，需要“{{item}}”前置审批',
  'sitename.individualCommercial': '个人网站名称不能含有“{{word}}”等企业或机构性质的词',
  'sitename.individualGeneric': '个人网站名称不宜以“{{word}}”结尾，请体现网站具体内容',
  'sitename.genericOnly': '网站名称不能只有“{{name}}”',

  'cert.expired': '证件已于 {{date}} 过期',
  'cert.last6': '证件号码后六位应为 6 位数字或字母',
  'cert.expiresSoon': '证件将于 {{date}} 到期（剩余 {{days}} 天），部分管局要求剩余有效期超过 {{months}} 个月',
  'date.invalid': '日期 {{date}} 无效，应为 YYYY-MM-DD',

  'date.order': '结束日期不能早于开始日期',
  'option.unlisted': '“{{value}}”不在内置选项中：已按原样保留，填写时页面可能没有这个选项',
  'review.address': '旧版资料的地址未能拆分为省/市/区：请选择省/市/区并核对详细地址',
  'review.legalRep': '旧版资料的法定代表人与多位人员同名：请选择对应的人员或保留姓名',
} as const;

export type IssueCode = keyof typeof zh;

const en: Record<IssueCode, string> = {
  required: 'Required',

  'id.length': 'An ID number has 18 characters; this one has {{length}}',
  'id.charset': 'An ID number is 17 digits followed by a digit or X',
  'id.province': 'The first two digits {{code}} are not a valid province code',
  'id.birthDate': 'The birth date {{date}} in the ID number does not exist',
  'id.birthFuture': 'The birth date {{date}} in the ID number is in the future',
  'id.birthTooEarly': 'The birth date {{date}} in the ID number is before 1900',
  'id.checksum': 'Wrong ID check character; it should be {{expected}}',
  'id.minor': 'The person is under {{minAge}} ({{age}}); most provinces do not accept minors',
  'permit.prefix': 'A residence-permit number starts with {{expected}}, not {{code}}',

  'uscc.length': 'A unified social credit code has 18 characters; this one has {{length}}',
  'uscc.charset': 'The credit code contains invalid characters: {{chars}} (I, O, S, V, Z are never used)',
  'uscc.layout': 'Invalid credit code layout: characters 3–8 must be the region digits',
  'uscc.checksum': 'Wrong credit code check character; it should be {{expected}}',
  'uscc.unknownCategory': 'Unknown registration authority code {{code}}; please double-check',

  'passport.format': 'A passport number is 5–20 letters or digits',
  'hkmoPermit.format': 'A Hong Kong/Macao home-return permit number is H or M followed by 8 (or 10) digits',
  'twPermit.format': 'A Taiwan compatriot permit number is 8 digits (10 characters on older permits)',
  'foreignPr.format': 'Invalid foreign permanent-resident ID number',

  'mobile.format': 'A mobile number has 11 digits and starts with 13–19',
  'landline.format': 'Invalid landline, e.g. 0571-88888888',
  'landline.isMobile': 'This is a mobile number; enter a landline (area code + number)',
  'landline.areaCode': 'Missing or invalid area code (3–4 digits starting with 0)',
  'landline.number': 'A landline number has 7–8 digits and does not start with 0',

  'email.format': 'Invalid e-mail address, e.g. name@example.com',
  'email.localPart': 'The part before @ contains invalid characters',
  'email.domain': 'The domain after @ is not valid',

  'domain.hasScheme': 'Remove http:// or https:// and enter the domain only',
  'domain.hasPath': 'Enter the domain only, without / and a path',
  'domain.hasPort': 'Enter the domain only, without a port',
  'domain.isIp': 'Enter a domain name, not an IP address',
  'domain.invalid': 'Invalid domain name',
  'domain.unknownSuffix': 'Unknown or non-public domain suffix',
  'domain.onlySuffix': 'This is only a domain suffix; enter the full domain',
  'domain.notApex': 'File the main domain {{apex}} (without {{subdomain}}.)',

  'ip.format': 'Invalid IP address',
  'ip.notPublic': 'Not a public IP address ({{range}})',
  'ip.ipv4Mapped': 'Enter the IPv4 address {{ipv4}} directly',

  'icp.format': 'Invalid ICP number, e.g. 浙ICP备12345678号 or 浙ICP备12345678号-1',
  'icp.province': 'Unknown province abbreviation "{{province}}" in the ICP number',
  'icp.b2Licence': 'This is a telecom business licence number, not an ICP filing number',
  'icp.kindEntity': 'Enter the entity filing number without the -N suffix: {{entityNumber}}',
  'icp.kindSite': 'Enter the site filing number (entity number followed by -N)',

  'psb.format': 'Invalid public-security filing number, e.g. 浙公网安备 33010602009975号',
  'psb.province': 'Unknown province abbreviation "{{province}}" in the filing number',
  'psb.digits': 'A public-security filing number has 14 digits; this one has {{length}}',
  'psb.provinceMismatch': 'Code prefix {{actual}} does not match "{{province}}" ({{expected}}); please double-check',

  'sitename.tooFewChinese': 'The site name should contain at least {{min}} Chinese characters',
  'sitename.pureDigits': 'The site name cannot be digits only',
  'sitename.pureLatin': 'The site name cannot be Latin letters/digits only',
  'sitename.looksLikeDomain': 'The site name cannot be a domain name',
  'sitename.specialChars': 'Avoid special symbols in the site name: {{chars}}',
  'sitename.reservedPrefix': 'Only national-level units may start a site name with "{{word}}"',
  'sitename.needsPreApproval': 'The name contains "{{word}}", which needs the "{{item}}" pre-approval',
  'sitename.individualCommercial': 'Personal site names cannot contain business/institutional words such as "{{word}}"',
  'sitename.individualGeneric': 'Avoid ending a personal site name with "{{word}}"; describe the content',
  'sitename.genericOnly': 'The site name cannot be just "{{name}}"',

  'cert.expired': 'The document expired on {{date}}',
  'cert.last6': 'The last six characters of the ID number must be 6 digits or letters',
  'cert.expiresSoon': 'The document expires on {{date}} ({{days}} days left); some provinces need more than {{months}} months',
  'date.invalid': 'Invalid date {{date}}; use YYYY-MM-DD',

  'date.order': 'The end date cannot be before the start date',
  'option.unlisted': '“{{value}}” is not one of the built-in options: kept as it is; a form may not offer it',
  'review.address': 'An address of the older profile could not be split into province/city/district: choose them and check the street address',
  'review.legalRep': 'The legal representative of the older profile shares a name with several people: pick the person or keep the name',
};

export const validationMessages: { zh: Record<IssueCode, string>; en: Record<IssueCode, string> } = { zh, en };

/** The text of an issue with its params interpolated; unknown codes fall back to the code itself. */
export function formatIssue(issue: Issue, lang: 'zh' | 'en' = 'zh'): string {
  const table: Record<string, string> = validationMessages[lang];
  const template = table[issue.code] ?? issue.code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const v = issue.params?.[name];
    return v === undefined ? whole : String(v);
  });
}
