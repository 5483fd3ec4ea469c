/**
 * The field schemas of the gen-29 library builds (labels, widget kinds, option lists of FORMS.md); each app renders its
 * builds' schema with its own components in its own layout (see the app files and pages.ts).
 */
import {
  ICP_CONTENT, ICP_ENTERPRISE_CERTS, ICP_LANGUAGES, ICP_PERSON_CERTS, INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS,
  MPS_PROVIDERS, NATURES, ruleDate, ruleDomain, ruleEmail, ruleIcp, ruleId, ruleMobile, rulePhone, ruleUscc, YES_NO, type Section,
} from './common';

const UNIT_NATURES = NATURES.filter((n) => n !== '个人');
const YQ_DOMAINS = ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net'];

export const SCHEMAS: Record<string, Section[]> = {
  /* 阿里云 填写基本信息 (单位), Tea: a wizard card */
  'heldout29-aliyun-basic-unit-tea-wizardcard': [
    { title: '主办单位', fields: [
      { k: 'region', label: '主办单位所属区域', kind: 'region', cls: 'region' },
      { k: 'nature', label: '主办单位性质', kind: 'select', cls: 'nature', options: UNIT_NATURES },
      { k: 'certType', label: '主办单位证件类型', kind: 'radio', cls: 'cert-type', options: ICP_ENTERPRISE_CERTS.slice(0, 3) },
      { k: 'certNumber', label: '主办单位证件号码', kind: 'text', cls: 'cert-number', rule: ruleUscc },
    ] },
    { title: '备案资源', fields: [
      { k: 'serviceCode', label: '备案服务号', kind: 'text', cls: 'service-code', placeholder: '无云服务器时填写备案服务号' },
      { k: 'verifyClicks', label: '信息校验', kind: 'button', cls: 'verify' },
    ] },
  ],
  /* 阿里云 填写主办者信息 (个人), Fusion: tab panes */
  'heldout29-aliyun-subject-person-fusion-tabpanes': [
    { title: '主办者信息', fields: [
      { k: 'name', label: '主办人名称', kind: 'text', cls: 'name' },
      { k: 'certAddress', label: '证件住所', kind: 'text', cls: 'cert-address', placeholder: '与身份证上的住址一致' },
      { k: 'mailRegion', label: '通讯地址所属区域', kind: 'region', cls: 'mail-region' },
      { k: 'mailDetail', label: '通讯详细地址', kind: 'text', cls: 'mail-detail' },
      { k: 'investor', label: '投资人或主管单位', kind: 'text', cls: 'investor' },
    ] },
    { title: '主体负责人', fields: [
      { k: 'prCertType', label: '负责人证件类型', kind: 'select', cls: 'pr-cert-type', options: ICP_PERSON_CERTS },
      { k: 'prCertNumber', label: '负责人证件号码', kind: 'text', cls: 'pr-cert-number', rule: ruleId },
      { k: 'prValidFrom', label: '证件有效期起', kind: 'text', cls: 'pr-valid-from', rule: ruleDate, placeholder: 'YYYY-MM-DD' },
      { k: 'prLongTerm', label: '长期有效', kind: 'switch', cls: 'pr-long-term' },
      { k: 'prValidTo', label: '证件有效期止', kind: 'text', cls: 'pr-valid-to', rule: ruleDate, placeholder: 'YYYY-MM-DD', when: ['prLongTerm', false] },
      { k: 'prMobile', label: '手机号码', kind: 'text', cls: 'pr-mobile', rule: ruleMobile },
      { k: 'prEmergency', label: '应急联系电话', kind: 'text', cls: 'pr-emergency', rule: ruleMobile },
      { k: 'prOffice', label: '办公室电话', kind: 'text', cls: 'pr-office', rule: rulePhone, req: false },
      { k: 'prEmail', label: '电子邮箱', kind: 'text', cls: 'pr-email', rule: ruleEmail },
      { k: 'agree', label: '我已阅读并同意《ICP备案信息真实性承诺书》', kind: 'tick', cls: 'agree' },
      { k: 'nextClicks', label: '下一步', kind: 'button', cls: 'next' },
    ] },
  ],
  /* 阿里云 填写网站信息 (单位), Arco: collapse */
  'heldout29-aliyun-site-unit-arco-collapse': [
    { title: '网站基本信息', fields: [
      { k: 'siteName', label: '网站名称', kind: 'text', cls: 'site-name' },
      { k: 'domains', label: '网站域名', kind: 'multi', cls: 'domains', options: YQ_DOMAINS },
      { k: 'homeUrl', label: '网站首页地址', kind: 'select', cls: 'home-url', options: YQ_DOMAINS.flatMap((d) => [`www.${d}`, d]) },
      { k: 'content', label: '网站服务内容', kind: 'select', cls: 'content', options: ICP_CONTENT },
      { k: 'languages', label: '网站语言', kind: 'checks', cls: 'languages', options: ICP_LANGUAGES.slice(0, 12) },
      { k: 'preApproval', label: '是否涉及前置审批', kind: 'radio', cls: 'pre-approval', options: YES_NO },
    ] },
    { title: '网站负责人', fields: [
      { k: 'wpName', label: '网站负责人姓名', kind: 'text', cls: 'wp-name' },
      { k: 'wpCertNumber', label: '网站负责人证件号码', kind: 'text', cls: 'wp-cert-number', rule: ruleId },
      { k: 'wpMobile', label: '网站负责人手机号码', kind: 'text', cls: 'wp-mobile', rule: ruleMobile },
      { k: 'wpEmail', label: '网站负责人电子邮箱', kind: 'text', cls: 'wp-email', rule: ruleEmail },
      { k: 'submitClicks', label: '保存并下一步', kind: 'button', cls: 'submit' },
    ] },
  ],
  /* 公安 新办网站申请 (个人), Tea: segment cards */
  'heldout29-mps-apply-person-tea-segmentcards': [
    { title: '开办主体', fields: [
      { k: 'genAI', label: '是否利用生成式人工智能', kind: 'radio', cls: 'gen-ai', options: YES_NO },
    ] },
    { title: '网站基本信息', fields: [
      { k: 'siteName', label: '网站名称', kind: 'text', cls: 'site-name' },
      { k: 'icpNumber', label: '工信部备案号', kind: 'text', cls: 'icp-number', rule: ruleIcp },
      { k: 'openedAt', label: '网站开通日期', kind: 'text', cls: 'opened-at', rule: ruleDate, placeholder: 'YYYY-MM-DD' },
      { k: 'mainDomain', label: '主域名', kind: 'text', cls: 'main-domain', rule: ruleDomain },
      { k: 'category', label: '网站类型', kind: 'select', cls: 'category', options: MPS_CATEGORIES },
      { k: 'interactive', label: '提供互联网交互服务', kind: 'switch', cls: 'interactive' },
      { k: 'dangerous', label: '互联网危险物品信息发布', kind: 'select', cls: 'dangerous', options: YES_NO },
      { k: 'languages', label: '网站语种', kind: 'checks', cls: 'languages', options: MPS_LANGUAGES },
    ] },
    { title: '网络接入服务商', fields: [
      { k: 'apName', label: '网络接入服务商名称', kind: 'select', cls: 'ap-name', options: MPS_PROVIDERS },
      { k: 'apMethod', label: '网站接入方式', kind: 'radio', cls: 'ap-method', options: MPS_ACCESS_METHODS },
      { k: 'apPhone', label: '接入商联系电话', kind: 'text', cls: 'ap-phone', rule: rulePhone },
      { k: 'notice', label: '本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》', kind: 'tick', cls: 'notice' },
      { k: 'submitClicks', label: '提交申请', kind: 'button', cls: 'submit' },
    ] },
  ],
  /* 公安 新办网站申请 (单位), TDesign: field table */
  'heldout29-mps-apply-unit-tdesign-fieldtable': [
    { title: '网站基本信息', fields: [
      { k: 'siteName', label: '网站名称', kind: 'text', cls: 'site-name' },
      { k: 'icpNumber', label: '工信部备案号', kind: 'text', cls: 'icp-number', rule: ruleIcp },
      { k: 'openedAt', label: '网站开通日期', kind: 'text', cls: 'opened-at', rule: ruleDate, placeholder: 'YYYY-MM-DD' },
      { k: 'mainDomain', label: '主域名', kind: 'text', cls: 'main-domain', rule: ruleDomain },
      { k: 'subDomain', label: '从域名', kind: 'text', cls: 'sub-domain', rule: ruleDomain, req: false },
      { k: 'category', label: '网站类型', kind: 'select', cls: 'category', options: MPS_CATEGORIES },
      { k: 'interactive', label: '是否提供互联网交互服务', kind: 'radio', cls: 'interactive', options: YES_NO },
      { k: 'interactiveKinds', label: '交互服务类型', kind: 'checks', cls: 'interactive-kinds', options: INTERACTIVE_KINDS, when: ['interactive', '是'] },
      { k: 'apMethod', label: '网站接入方式', kind: 'select', cls: 'ap-method', options: MPS_ACCESS_METHODS },
      { k: 'apCode', label: '接入商编码', kind: 'text', cls: 'ap-code' },
      { k: 'rgName', label: '域名注册服务商', kind: 'select', cls: 'rg-name', options: MPS_PROVIDERS },
    ] },
    { title: '网站安全负责人', fields: [
      { k: 'secSame', label: '同开办主体负责人', kind: 'switch', cls: 'sec-same' },
      { k: 'secName', label: '安全负责人姓名', kind: 'text', cls: 'sec-name', when: ['secSame', false] },
      { k: 'secCertType', label: '安全负责人证件类型', kind: 'select', cls: 'sec-cert-type', options: MPS_PERSON_CERTS, when: ['secSame', false] },
      { k: 'secMobile', label: '安全负责人手机号码', kind: 'text', cls: 'sec-mobile', rule: ruleMobile, when: ['secSame', false] },
      { k: 'notice', label: '本单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》', kind: 'tick', cls: 'notice' },
      { k: 'submitClicks', label: '提交', kind: 'button', cls: 'submit' },
    ] },
  ],
  /* 火山引擎 主办者信息 (单位), Arco: step list */
  'heldout29-volcengine-subject-unit-arco-steplist': [
    { title: '主办单位信息', fields: [
      { k: 'unitName', label: '主办单位名称', kind: 'text', cls: 'unit-name' },
      { k: 'nature', label: '主办单位性质', kind: 'radio', cls: 'nature', options: UNIT_NATURES.slice(0, 6) },
      { k: 'certType', label: '主办单位证件类型', kind: 'select', cls: 'cert-type', options: ICP_ENTERPRISE_CERTS },
      { k: 'certNumber', label: '主办单位证件号码', kind: 'text', cls: 'cert-number', rule: ruleUscc },
      { k: 'certAddress', label: '主办单位证件住址', kind: 'text', cls: 'cert-address' },
      { k: 'mailRegion', label: '通信地址', kind: 'region', cls: 'mail-region' },
      { k: 'mailDetail', label: '通信详细地址', kind: 'text', cls: 'mail-detail' },
      { k: 'investor', label: '投资者或上级主管单位', kind: 'text', cls: 'investor' },
    ] },
    { title: '主体负责人信息', fields: [
      { k: 'prName', label: '主体负责人姓名', kind: 'text', cls: 'pr-name' },
      { k: 'prCertNumber', label: '主体负责人证件号码', kind: 'text', cls: 'pr-cert-number', rule: ruleId },
      { k: 'prLongTerm', label: '证件长期有效', kind: 'switch', cls: 'pr-long-term' },
      { k: 'prMobile', label: '手机号码', kind: 'text', cls: 'pr-mobile', rule: ruleMobile },
      { k: 'prEmergency', label: '应急电话号码', kind: 'text', cls: 'pr-emergency', rule: ruleMobile },
      { k: 'prOffice', label: '办公室电话', kind: 'text', cls: 'pr-office', rule: rulePhone },
      { k: 'prEmail', label: '电子邮件', kind: 'text', cls: 'pr-email', rule: ruleEmail },
      { k: 'agree', label: '我已阅读并同意《火山引擎备案服务协议》', kind: 'tick', cls: 'agree' },
      { k: 'submitClicks', label: '提交备案', kind: 'button', cls: 'submit' },
    ] },
  ],
  /* 百度智能云 填写主办者信息 (个人), Fusion: description form */
  'heldout29-baidu-subject-person-fusion-descform': [
    { title: '主办者信息', fields: [
      { k: 'name', label: '姓名', kind: 'text', cls: 'name' },
      { k: 'certType', label: '证件类型', kind: 'radio', cls: 'cert-type', options: ICP_PERSON_CERTS.slice(0, 4) },
      { k: 'certNumber', label: '证件号码', kind: 'text', cls: 'cert-number', rule: ruleId },
      { k: 'certAddress', label: '证件住址', kind: 'text', cls: 'cert-address' },
      { k: 'mailRegion', label: '通信地址所属区域', kind: 'region', cls: 'mail-region' },
      { k: 'mailDetail', label: '通信地址', kind: 'text', cls: 'mail-detail' },
    ] },
    { title: '联系方式', fields: [
      { k: 'mobile', label: '手机号码', kind: 'text', cls: 'mobile', rule: ruleMobile },
      { k: 'emergency', label: '应急联系人手机号码', kind: 'text', cls: 'emergency', rule: ruleMobile },
      { k: 'office', label: '办公室电话', kind: 'text', cls: 'office', rule: rulePhone },
      { k: 'email', label: '电子邮箱', kind: 'text', cls: 'email', rule: ruleEmail },
      { k: 'promise', label: '本人已签署《备案承诺书》', kind: 'tick', cls: 'promise' },
      { k: 'nextClicks', label: '下一步', kind: 'button', cls: 'next' },
    ] },
  ],
};
