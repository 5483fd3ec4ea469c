/**
 * The field dictionary: every value the filing forms ask for, once (FORMS.md §1.3–§1.4, §1.10,
 * §2.2–§2.5), with its label synonyms, the widget shapes it may take and where its value lives in the
 * fill view (lib/forms/view.ts). Roles (whose person, which block) are not part of a field: they come
 * from cues — a label prefix (网站负责人姓名), the section heading (主体负责人信息), or the step's prior.
 *
 * This is data. To teach the engine a new wording, add a synonym here; to add a value, add a field.
 * Wordings marked [INF]/[BRIEF] are not confirmed by a source (see FORMS.md); they are kept here so a
 * correction is one line.
 */
import type { Shape } from '../dom/drivers/types';

/** Whose value: a person role, or a block of the filing. */
export type PersonRole = 'principal' | 'web' | 'security' | 'emergency' | 'legalRep';
export type BlockRole = 'entity' | 'site' | 'provider' | 'registrar';
export type Role = PersonRole | BlockRole;
export const PERSON_ROLES: readonly PersonRole[] = ['principal', 'web', 'security', 'emergency', 'legalRep'];

/** The kinds of value, which decide how a value is rendered to the shapes a page offers. */
export type ValueKind =
  | 'text' // one string
  | 'choice' // one option of a list
  | 'multi' // several options
  | 'yesno' // a boolean answered 是/否, 有/无, 涉及/不涉及 or a switch
  | 'flag' // a boolean box (长期, 同主体负责人)
  | 'date' // YYYY-MM-DD
  | 'validity' // from + to (+ 长期): a range, two pickers, two texts
  | 'address' // region + detail, or one line
  | 'region' // 省/市/区 path
  | 'list' // several strings: added rows, a multi-select, or one joined text
  | 'upload'; // a stored document

export interface FieldDef {
  /** stable id: `${scope}.${name}` for block fields, `person.${name}` for person fields */
  id: string;
  scope: 'person' | BlockRole;
  kind: ValueKind;
  /** label synonyms without a role prefix (matched after normalisation, see labelKey) */
  labels: readonly string[];
  /** the shapes a page may render it as */
  shapes: readonly Shape[];
  /**
   * the fill-view path(s) of the value; `{r}` is the person role. For composite kinds the parts:
   * validity → from, to, longTerm, span (its length, for a 有效期限 select beside the start); address → line, region, detail.
   */
  path: string;
  parts?: Readonly<Record<string, string>>;
  /** option words a page list for this field contains (any one), to tell apart fields sharing a label; '=word': only an option that is that word */
  optionHints?: readonly string[];
  /**
   * a yes/no question naming a province (身份证地址是否在浙江省): yes when the province the field's path holds
   * (its short name) is the one the label names
   */
  provinceQuestion?: boolean;
  /** labels too many to list (one per province): a pattern over the normalised label (labelKey) */
  labelPattern?: RegExp;
  /** whole options that mark another question's list (个人 / 单位 seldom beside 事业单位): such a list is less likely this field's */
  notOptions?: readonly string[];
  /** the page's option texts for a profile value, when they differ (value → synonyms); the certificate types' are in
   * spellings.ts, read through spellingsOf (the content script carries no certificate spellings) */
  options?: Readonly<Record<string, readonly string[]>>;
  /** how a list is joined into one text box */
  join?: string;
  /** a value the page shows that cannot be this field (a check of the value's shape) */
  check?: RegExp;
  /** the page's stated upload limit */
  maxBytes?: number;
  /**
   * the page lists its own entries and the one to choose is the entry that shows one of the values as a
   * whole token (备案云资源: the account's instances, each with its public IP)
   */
  pickByToken?: boolean;
  /** not required by the forms: filled when present; when absent, listed as missing unless `quiet` */
  optional?: boolean;
  /** an absence that is itself an answer (no remark, no pre-approval, no number yet, 长期): never listed as missing */
  quiet?: boolean;
}

const TEXT: Shape[] = ['text'];
const CHOICE: Shape[] = ['select', 'radio', 'text'];
// a multi-select that shows no tag yet may look like a select (Element Plus): the driver checks its popup
const MULTI: Shape[] = ['checkbox-group', 'multi-select', 'text', 'select'];
const YESNO: Shape[] = ['radio', 'select', 'switch', 'checkbox'];
const DATE: Shape[] = ['date', 'text'];
const VALIDITY: Shape[] = ['date-range', 'date', 'text', 'checkbox', 'radio', 'switch'];
const ADDRESS: Shape[] = ['cascader', 'select', 'text'];
// (a list may be a checkbox group of the account's own entries: 网站域名 ticked among the domains it holds; or a
// multi-select of them showing no tag yet, drawn as a select: the driver checks its popup, as for MULTI)
const LIST: Shape[] = ['text', 'multi-select', 'checkbox-group', 'select'];
const UPLOAD: Shape[] = ['upload'];
const MB4 = 4 * 1024 * 1024;

/** 公安 spells 俄罗斯语 as 俄语 (§2.3 [C1]). */
const LANGUAGES: Record<string, string[]> = { 俄罗斯语: ['俄罗斯语', '俄语'] };
const YES_NO_HINTS = ['是', '否', '有', '无', '涉及', '不涉及'];
/** 是否为法定代表人, also answered 同法定代表人 / 其他人员 (wordings not in FORMS.md: unsure, [INF]) */
const IS_LEGAL_REP = {
  optionHints: [...YES_NO_HINTS, '同法定代表人', '同法人'],
  options: { true: ['同法定代表人', '与法定代表人相同', '同法人', '法定代表人', '是'], false: ['其他人员', '另行指定', '其他', '否'] },
};

const person = (name: string, kind: ValueKind, labels: string[], shapes: Shape[], extra: Partial<FieldDef> = {}): FieldDef => ({
  id: `person.${name}`, scope: 'person', kind, labels, shapes, path: `{r}.${name}`, ...extra,
});
const block = (scope: BlockRole, name: string, kind: ValueKind, labels: string[], shapes: Shape[], path: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  id: `${scope}.${name}`, scope, kind, labels, shapes, path, ...extra,
});

/**
 * A validity's 长期 radio: the answers for long-term and for a fixed end date. FORMS.md gives the radio
 * (isLongTerm 1/0) but not the consoles' wording of the second answer; these are the wordings seen or
 * likely (unsure, [INF]): correct them here.
 */
export const LONG_TERM_YES = ['长期', '长期有效'];
/** A list row's own choice that marks its value the main one (是否为主域名 per domain row, FORMS.md §1.4 "some UIs"). */
export const MAIN_ROW_CHOICE = ['主域名', '设为主域名', '是否为主域名'];
/** An entry that names an instance (a choice of site.cloudResource): an IPv4 / IPv6 address or an instance id (i-bp1f2x…). */
export const INSTANCE = /\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,}|(^|[^a-z])i-[a-z0-9]{6,}/i;
/**
 * The kinds a cloud resource is asked as (备案资源类型 ○云服务器 ○备案服务号, FORMS.md §1.2 step 1 and §1.10): a server
 * of the provider's (ECS, CVM, BCC …) or a code the provider issued for a server elsewhere. [INF: the providers' own
 * option wordings vary; these are the words FORMS.md names]
 */
export const RESOURCE_KINDS = { server: /服务器|云主机|ECS|CVM|BCC/i, code: /服务号|授权码|操作码/ };
/** The answers of a person's source (person.source): the same as another role, or someone else. [INF] */
export const SOURCE_WORDS: Readonly<Record<'principal' | 'web' | 'security' | 'other', readonly string[]>> = {
  principal: ['同主体负责人', '同开办主体负责人', '同主体负责人信息', '与主体负责人相同', '同主办者负责人', '主体负责人', '开办主体负责人', '与开办主体负责人相同', '主办者负责人'],
  web: ['同网站负责人', '同网站负责人信息', '与网站负责人相同', '网站负责人'],
  security: ['同网站安全负责人', '同安全负责人', '同网站安全负责人信息', '与网站安全负责人相同', '网站安全负责人'],
  other: ['另行指定', '另行填写', '其他人员', '其他', '新增', '新建', '手动填写', '自行填写'],
};
export const LONG_TERM_NO = ['截止日期', '有期限', '非长期', '固定期限', '有固定期限', '有效期至', '截止', '指定日期', '定期', '短期'];

/** The provinces by short name (a question naming one: 身份证地址是否在浙江省). */
export const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南',
  '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港', '澳门'] as const;
/**
 * An individual's ID address inside the filing province or not (FORMS.md §1.5: outside it, a 居住证 is added).
 * The consoles' wording is not in FORMS.md (unsure, [INF]): correct the question forms here.
 */
const IN_PROVINCE_QUESTION = new RegExp(`^(身份证|证件)(地址|住址|住所)是否(在|属于|位于)(${PROVINCES.join('|')})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?(内|境内)?$`);

export const FIELDS: readonly FieldDef[] = [
  // ── a person: 主体负责人, 网站负责人, 网站安全负责人, 应急联络人, 法定代表人 (§1.3, §1.4, §2.2, §2.4) ──
  person('name', 'text', ['姓名'], TEXT),
  person('certType', 'choice', ['证件类型', '身份证件类型', '有效证件类型', '证件种类'], CHOICE, { optionHints: ['身份证', '护照'] }),
  person('certNumber', 'text', ['证件号码', '证件号', '身份证号', '身份证号码', '有效证件号码', '身份证件号码'], TEXT),
  person('validity', 'validity', ['证件有效期', '有效期', '身份证有效期', '证件有效期限'], VALIDITY, { parts: { from: '{r}.validFrom', to: '{r}.validTo', longTerm: '{r}.longTerm', span: '{r}.validSpan' } }),
  person('validFrom', 'date', ['证件有效期起', '有效期起', '证件有效期起始', '有效期起始', '证件有效期开始', '有效期开始', '有效期开始日期', '证件有效期开始日期', '证件有效期起始日期', '有效期起始日期', '证件有效期起始日', '有效期起始日', '证件签发日期', '签发日期'], DATE),
  person('validTo', 'date', ['证件有效期止', '有效期止', '证件有效期至', '有效期至', '证件有效期结束', '有效期结束', '有效期截止日期', '证件有效期截止日期', '有效期结束日期', '证件有效期结束日期', '有效期截止', '证件有效期截止', '证件有效期截止日', '有效期截止日', '证件到期日期', '证件到期日'], DATE, { optional: true, quiet: true }),
  // a validity asked as its start date and its length (有效期限: 5年 / 10年 / 20年 / 长期, the lengths of a
  // resident ID): the length from the stored dates, whole years only. The consoles' wording of this select
  // is not in FORMS.md (unsure, [INF]): correct the labels and options here.
  person('validSpan', 'choice', ['有效期限', '证件有效期限', '有效年限', '证件有效年限'], ['select', 'radio'], {
    optionHints: ['5年', '10年', '20年'], options: { '5年': ['5年', '五年'], '10年': ['10年', '十年'], '20年': ['20年', '二十年'], 长期: LONG_TERM_YES }, optional: true,
  }),
  // 有效期类型 ○长期 ○非长期: the radio answers in its own words
  person('longTerm', 'flag', ['长期', '长期有效', '证件长期有效', '是否长期有效', '是否长期', '证件是否长期有效', '有效期类型', '证件有效期类型', '有效期限类型'], ['checkbox', 'switch', 'radio'], { optional: true, quiet: true, options: { true: [...LONG_TERM_YES, '是'], false: [...LONG_TERM_NO, '否'] } }),
  // the same asked the other way round (证件有效期是否有截止日期 ○有 ○无: 无 is 长期; FORMS §4 names only the
  // console API's has_end_time, so these wordings are unsure, [INF])
  person('hasEnd', 'flag', ['证件有效期是否有截止日期', '有效期是否有截止日期', '是否有截止日期', '证件是否有截止日期', '是否有截止时间', '证件有效期是否有截止时间'], ['radio', 'select', 'switch', 'checkbox'], { optional: true, quiet: true, options: { true: ['有', '是', '有截止日期'], false: ['无', '否', '无截止日期', '长期'] } }),
  person('mobile', 'text', ['手机号码', '移动电话', '手机', '手机号', '联系电话', '联系手机', '手机号码（移动电话）',
    // the number the verification link is sent to (FORMS §1.2 step 4: the check runs on the phone)
    '接收核验链接的手机号', '接收核验链接的手机号码', '核验链接接收手机号'], TEXT, { check: /^\+?[\d\s-]{0,20}$/ }),
  person('emergencyPhone', 'text', ['应急联系电话', '应急电话号码', '应急电话', '应急联系方式', '应急手机号码', '应急联系人手机号码', '应急联系人电话', '应急联系人手机'], TEXT),
  person('landline', 'text', ['办公室电话', '办公电话', '固定电话', '座机'], TEXT, {
    optional: true, parts: { line: '{r}.landline', areaCode: '{r}.landlineArea', localNumber: '{r}.landlineNumber', extension: '{r}.landlineExt' },
  }),
  person('email', 'text', ['电子邮箱', '电子邮件', '邮箱', '电子邮件地址', '邮箱地址', 'email', '电子邮箱地址'], TEXT),
  person('address', 'address', ['常住地址', '居住地址', '现住址', '住址', '常住地', '家庭住址'], ADDRESS, { parts: { line: '{r}.address', region: '{r}.region', detail: '{r}.addressDetail' } }),
  person('idFront', 'upload', ['证件正面', '身份证正面', '证件人像面', '身份证人像面', '证件照正面', '证件正面照', '证件照片人像面', '身份证照片人像面', '证件照片正面', '身份证照片正面'], UPLOAD, { path: '{r}.doc.id-front', maxBytes: MB4 }),
  person('idBack', 'upload', ['证件反面', '身份证反面', '证件国徽面', '身份证国徽面', '证件照反面', '证件反面照', '证件照片国徽面', '身份证照片国徽面', '证件照片反面', '身份证照片反面',
    // 背面: the everyday word for the 国徽 side (not in FORMS.md's sources, which write 反面)
    '证件背面', '身份证背面', '证件照背面', '证件照片背面', '身份证照片背面'], UPLOAD, { path: '{r}.doc.id-back', maxBytes: MB4 }),
  // one upload for all of a person's ID photos (证件照片 under 网站安全负责人; an upload named 身份证 taking both sides): the photos there are
  person('idPhotos', 'upload', ['证件照片', '身份证照片', '证件照', '身份证件照片', '证件图片', '身份证', '身份证件'], UPLOAD, { path: '{r}.doc.id-photos', maxBytes: MB4 }),
  person('idHandheld', 'upload', ['手持证件', '手持证件照', '手持证件照片', '手持身份证', '证件手持', '手持身份证照片', '证件照片手持', '证件照手持', '身份证照片手持'], UPLOAD, { path: '{r}.doc.id-handheld', maxBytes: MB4 }),
  // a box (□同主体负责人) or a question answered 是/否 (与主体负责人一致：○是 ○否)
  person('sameAsPrincipal', 'yesno', ['同主体负责人', '同开办主体负责人', '与开办主体负责人一致', '同主体负责人信息', '与主体负责人相同', '同主办者负责人', '同主体负责人一致', '与主体负责人一致', '是否与主体负责人一致', '是否同主体负责人', '与主办者负责人一致', '与主体负责人为同一人', '与主体负责人是同一人', '与主办者负责人为同一人',
    // an individual's own role (网站负责人为主办者本人: the filer himself; FORMS §1.4 [INF] wording)
    '为主办者本人', '同主办者', '为主办人本人', '同主办人'], YESNO, { optional: true, quiet: true, optionHints: YES_NO_HINTS }),
  // whether this person is the unit's 法定代表人 (FORMS §1.5: else a 授权书): 主体负责人 / 网站负责人是否为法定代表人
  person('isLegalRep', 'yesno', ['是否为法定代表人', '是否法定代表人', '是否是法定代表人', '为法定代表人', '是否为法人代表人', '是否法人代表人', '是否为法人代表', '是否为法人', '是否法人',
    // a tick or switch that copies the 法定代表人 into this person (□同法定代表人)
    '同法定代表人', '同法人'], YESNO, {
    optionHints: IS_LEGAL_REP.optionHints, options: IS_LEGAL_REP.options, optional: true, quiet: true,
  }),
  // where a person's details come from (联络人来源 ○同主体负责人 ○同网站安全负责人 ○另行指定): the role the
  // profile's person already is, else a person of their own. The wordings of the answers are not in FORMS.md
  // (unsure, [INF]): SOURCE_WORDS below.
  person('source', 'choice', ['联络人来源', '负责人来源', '人员来源', '信息来源', '来源', '联系人来源'], ['radio', 'select'], { optionHints: ['同主体负责人', '另行指定', '其他', '新增'], optional: true, quiet: true }),
  person('idLast6', 'text', ['证件号码后六位', '证件号后六位', '身份证后六位', '身份证号后六位', '身份证号码后六位', '证件号码后6位', '证件号后6位', '身份证后6位', '身份证号码后6位'], TEXT),

  // ── the filing subject (§1.3, §2.2) ──
  block('entity', 'certInProvince', 'yesno', ['身份证地址是否在备案省份', '证件地址是否在备案省份'], YESNO, 'entity.certProvince',
    { provinceQuestion: true, labelPattern: IN_PROVINCE_QUESTION, optionHints: YES_NO_HINTS, optional: true, quiet: true }),
  block('entity', 'kind', 'choice', ['开办主体性质', '主体类型', '开办主体类型', '主体性质'], CHOICE, 'entity.kind', { optionHints: ['个人', '单位'], notOptions: ['企业', '事业单位', '政府机关', '社会团体'] }),
  block('entity', 'nature', 'choice', ['性质', '单位性质', '主体性质', '类型'], CHOICE, 'entity.nature', { optionHints: ['企业', '事业单位', '政府机关', '社会团体', '国防机构'] }),
  // the subject itself as a label (开办主体: a select of the subjects the account has registered): its name
  block('entity', 'name', 'text', ['名称', '姓名', '或主办人名称', '单位或主办人名称', '全称', '单位名称', '主办单位名称', '开办主体', '申请主体', '备案主体', '主办单位', '主办者'], ['text', 'select'], 'entity.name'),
  block('entity', 'certType', 'choice', ['证件类型', '证件种类'], CHOICE, 'entity.certType', { optionHints: ['营业执照', '统一社会信用代码', '组织机构代码', '身份证', '事业单位法人证书', '营业执照证书'] }),
  block('entity', 'certNumber', 'text', ['证件号码', '证件号', '统一社会信用代码', '证件编号'], TEXT, 'entity.certNumber'),
  block('entity', 'certAddress', 'address', ['证件住所', '证件住址', '证件地址', '住所', '证件所在地址'], ADDRESS, 'entity.certAddress', { parts: { line: 'entity.certAddress', region: 'entity.certAddressRegion', detail: 'entity.certAddressDetail' } }),
  block('entity', 'region', 'region', ['所属区域', '所在区域', '所属地区', '备案地域', '地域', '区域', '通信地址所属区域', '所在地区', '所在地'], ['cascader', 'select'], 'entity.region'),
  block('entity', 'mailingAddress', 'address', ['通讯地址', '通信地址', '联系地址', '邮寄地址'], ADDRESS, 'entity.mailingAddress', { parts: { line: 'entity.mailingAddress', region: 'entity.mailingAddressRegion', detail: 'entity.mailingAddressDetail' } }),
  // 通讯地址与证件住所是否一致 ○一致 ○不一致 (a page then shows or takes the mailing address itself)
  block('entity', 'mailingSameAsCert', 'yesno', ['通讯地址与证件住所是否一致', '通信地址与证件住所是否一致', '通讯地址是否与证件住所一致', '通信地址是否与证件住所一致', '通讯地址同证件住所', '通信地址同证件住所', '通讯地址与证件地址是否一致', '通讯地址是否同证件住所', '同证件住所'], YESNO, 'entity.mailingSameAsCert', {
    // also asked under the address's own label (通讯地址 ○同证件住所 ○另行填写): the same answers
    optionHints: [...YES_NO_HINTS, '一致', '不一致', '同证件住所'], options: { true: ['一致', '是', '相同', '同证件住所', '同证件地址', '与证件住所相同'], false: ['不一致', '否', '不同', '不相同', '另行填写', '其他地址', '另填'] }, optional: true, quiet: true,
    // the question in other words: 通讯地址与证件住所 ○一致 ○不一致, 通信地址和证件地址是否相同
    labelPattern: /^(通讯|通信|联系)地址(是否)?(与|和|同)(证件|注册)?(住所|地址|住址)(是否)?(一致|相同)?$/,
  }),
  block('entity', 'registeredAddress', 'address', ['注册地址', '单位注册地址'], ADDRESS, 'entity.registeredAddress', { parts: { line: 'entity.registeredAddress', region: 'entity.registeredAddressRegion', detail: 'entity.registeredAddressDetail' } }),
  block('entity', 'officeAddress', 'address', ['办公地址', '单位办公地址', '办公场所地址'], ADDRESS, 'entity.officeAddress', { parts: { line: 'entity.officeAddress', region: 'entity.officeRegion', detail: 'entity.officeDetail' } }),
  // (also a select of the subject's own name, searchable or taking what is typed)
  block('entity', 'investor', 'text', ['投资人或主管单位', '投资者或上级主管单位', '投资人', '主管单位', '投资者', '上级主管单位', '投资人或上级主管单位'], [...TEXT, 'select'], 'entity.investor'),
  block('entity', 'remark', 'text', ['备注', '主体备注'], TEXT, 'entity.remark', { optional: true, quiet: true }),
  // also asked as 主体负责人 ○同法定代表人 ○其他人员 (the answer copies the legal representative); these answers'
  // wordings are not in FORMS.md (unsure, [INF]): correct them here. Asked of a person (主体负责人是否为法定代表人,
  // 网站负责人是否为法定代表人) it is that person's isLegalRep
  block('entity', 'principalIsLegalRep', 'yesno', ['主体负责人', '主体负责人来源', '主体负责人信息来源'], YESNO, 'entity.principalIsLegalRep', {
    optionHints: IS_LEGAL_REP.optionHints, options: IS_LEGAL_REP.options, optional: true, quiet: true,
  }),
  block('entity', 'usesGenAI', 'yesno', ['是否利用生成式人工智能', '是否使用生成式人工智能', '是否利用生成式人工智能技术'], YESNO, 'entity.usesGenAI', { optionHints: YES_NO_HINTS, optional: true, quiet: true }),
  block('entity', 'commitment', 'upload', ['承诺书', 'ICP备案信息真实性承诺书', '互联网信息服务备案承诺书', '备案承诺书', '真实性承诺书', '备案信息真实性承诺书', '已签署的备案承诺书'], UPLOAD, 'site.doc.commitment', { maxBytes: MB4 }),
  // 《ICP备案信息真实性责任告知书》 signed by the site's principal (FORMS.md §1.5, Huawei's flow [C1]): kept as a
  // commitment whose file name says 告知 (lib/checklist/rules.ts tells them apart the same way). An upload only:
  // the 公安 platform's 责任告知书 to read and accept is a consent, never touched
  block('entity', 'dutyNotice', 'upload', ['ICP备案信息真实性责任告知书', '真实性责任告知书', '备案信息真实性责任告知书', '责任告知书'], UPLOAD, 'site.doc.notice', { maxBytes: MB4 }),
  // 授权书 (FORMS.md §1.5: where the principal or the site's principal is not the legal representative); the
  // profile keeps it with the subject (lib/checklist/rules.ts 'authorization')
  block('entity', 'authorization', 'upload', ['授权书', '负责人授权书', '法人授权书', '主体负责人授权书', '网站负责人授权书', 'ICP负责人授权书', '授权委托书', '法定代表人授权书', '法人代表授权书'], UPLOAD, 'entity.doc.authorization', { optional: true, maxBytes: MB4 }),
  // the subject's certificate's validity (营业执照 营业期限 起 … 至 … / 长期). Asked by some consoles' material
  // steps; FORMS.md has no field table for it (unsure, [INF]): correct the wordings here
  block('entity', 'certValidity', 'validity', ['营业期限', '营业执照有效期', '执照有效期', '营业执照有效期限', '单位证件有效期', '主办单位证件有效期', '主体证件有效期', '经营期限'], VALIDITY, 'entity.certValidFrom', {
    parts: { from: 'entity.certValidFrom', to: 'entity.certValidTo', longTerm: 'entity.certLongTerm' }, optional: true,
  }),
  block('entity', 'licence', 'upload', ['证件', '有效证件', '营业执照', '证件照片', '证件扫描件', '主体证件', '证件图片', '营业执照照片', '营业执照扫描件', '主体证件照片'], UPLOAD, 'entity.doc.business-licence', { maxBytes: MB4 }),

  // ── the site (§1.4, §2.3) ──
  block('site', 'name', 'text', ['网站名称'], TEXT, 'site.name'),
  block('site', 'domains', 'list', ['网站域名', '域名', '域名列表', '备案域名', '备案网站域名', '网站备案域名'], LIST, 'site.domains', { join: '；' }),
  // also a select (or radios) of the domains entered above
  block('site', 'mainDomain', 'text', ['主域名', '网站主域名', '一级域名', '独立一级域名', '网站一级域名', '首选域名', '网站首选域名', '网站首页域名', '首页域名'], CHOICE, 'site.mainDomain'),
  // 是否有独立一级域名 (the old portal, FORMS.md §2.3): 是 when the site's first domain is an apex; a site
  // under someone else's domain answers 否 and gives its home URL or IP instead
  block('site', 'hasApex', 'yesno', ['是否有独立一级域名', '有无独立一级域名', '独立一级域名', '是否有独立域名', '独立域名'], YESNO, 'site.hasApex', { optionHints: YES_NO_HINTS, optional: true, quiet: true }),
  block('site', 'otherDomains', 'list', ['从域名', '其他域名', '子域名'], LIST, 'site.otherDomainsList', { join: ',', optional: true, quiet: true }),
  // a select of the home pages the typed domains allow (www.域名 | 域名) too
  block('site', 'homeUrl', 'text', ['网站首页URL', '首页URL', '网站首页地址', '首页地址', '网站首页', '首页网址', '网站首页网址'], [...TEXT, 'select', 'radio'], 'site.homeUrl'),
  // 备案服务类型 网站 / App on the basic step (§1.2: "domain (or App)") is the same choice, worded short
  block('site', 'serviceType', 'choice', ['服务类型', '应用服务类型', '备案服务类型', '备案对象类型', '备案类型', '备案信息类型'], CHOICE, 'site.serviceType', {
    optionHints: ['网站应用服务', 'App应用服务', 'APP应用服务', '=App'],
    options: { 网站应用服务: ['网站应用服务', '网站'], App: ['App', 'APP', 'App应用服务', 'APP应用服务'] },
  }),
  // §1.2 step 1: the cloud resource is an ECS/轻量 instance or a 备案服务号 (Tencent: 备案授权码, §1.10)
  block('site', 'filingServiceCode', 'text', ['备案服务号', '备案授权码', '服务号',
    // Baidu AI Cloud's name for it (FORMS §1.10: 选择备案资源, instance or 备案操作码)
    '备案操作码'], TEXT, 'site.filingServiceCode', { optional: true }),
  // which of the two the site is filed with (备案资源类型 ○云服务器 ○备案服务号): answered by RESOURCE_KINDS (planner)
  block('site', 'resourceKind', 'choice', ['备案资源类型', '资源类型', '云资源类型', '备案云资源类型', '接入资源类型'], ['radio', 'select'], 'site.resourceKind', { optional: true, quiet: true, optionHints: ['服务器', '服务号', '授权码', 'ECS'] }),
  // the instance serving the site's IP
  block('site', 'cloudResource', 'choice', ['备案云资源', '云资源', '接入云资源', '接入资源', '接入云服务器', '接入实例', '备案资源', '云服务器实例', '备案实例', '关联云资源', '云产品实例', '云服务器', '备案云服务器', '弹性云服务器', '关联实例', '实例', '选择实例', '云实例', '实例ID', '实例编号', '备案云服务',
    // a select of the account's instance IPs (服务器公网IP ▾): the instance is picked by the profile's IP; as a box, the label is the IPs' (site.ips)
    '服务器公网IP', '公网IP', '实例公网IP', '服务器IP', '云服务器公网IP'], ['select', 'radio', 'picker', 'checkbox-group'], 'site.ips', { pickByToken: true }),
  block('site', 'contentTypes', 'multi', ['网站服务内容', '服务内容', '网站内容类型', '内容类型', '网站内容'], [...MULTI, 'select', 'radio'], 'site.contentTypes', { optionHints: ['单位门户网站', '其他', '综合门户', '博客/个人空间'] }),
  block('site', 'languages', 'multi', ['网站语言', '语言类型', '网站语种', '语种', '语言'], MULTI, 'site.languages', { options: LANGUAGES, optionHints: ['中文简体', '英语'] }),
  block('site', 'preApprovals', 'multi', ['前置审批项', '前置或专项审批内容类型', '前置审批', '前置审批内容', '前置审批类型'], MULTI, 'site.preApprovals', { optional: true, quiet: true, optionHints: ['新闻', '出版', '教育', '医疗保健', '文化'] }),
  block('site', 'hasPreApproval', 'yesno', ['相关前置许可', '前置许可', '是否涉及前置许可', '是否有前置许可', '是否涉及前置审批', '前置审批', '是否需要前置审批', '是否有前置审批', '前置审批项', '是否涉及前置审批项', '前置或专项审批', '是否涉及前置或专项审批', '是否涉及专项审批'], YESNO, 'site.hasPreApproval', { optionHints: YES_NO_HINTS, optional: true, quiet: true }),
  block('site', 'ips', 'list', ['IP', 'IP地址', '网站IP', '服务器IP', '网站IP地址', 'IP地址段', '服务器IP地址', '公网IP', '公网IP地址', '服务器公网IP', '云服务器公网IP', '实例公网IP', '接入IP', '接入IP地址'], LIST, 'site.ips', { join: '；' }),
  block('site', 'remark', 'text', ['网站备注', '备注', '网站说明', '网站备注说明'], TEXT, 'site.remark', { optional: true, quiet: true }),
  block('site', 'openedAt', 'date', ['网站开通日期', '开通日期', '网站开通时间', '开通时间'], DATE, 'site.openedAt'),
  // answered 是 from the profile's 工信部备案号; without it the question is listed as missing, never answered 否
  block('site', 'hasIcpNumber', 'yesno', ['是否有工信部备案号', '是否有ICP备案号'], YESNO, 'site.hasIcpNumber', { optionHints: YES_NO_HINTS, optional: true }),
  // the subject's own filing number (主体备案号: 浙ICP备12345678号, no -N; an 接入备案 asks it, FORMS.md §3.4)
  block('entity', 'icpNumber', 'text', ['主体备案号', '主体ICP备案号', 'ICP主体备案号', '主办单位备案号', '主体备案编号', '原主体备案号'], TEXT, 'entity.icpNumber', { optional: true }),
  // asked on the 公安 pages once the ICP filing is approved: a page that asks for it and a profile without it is a gap
  block('site', 'icpNumber', 'text', ['工信部备案号', 'ICP备案号', '网站备案号', 'ICP备案编号', '工信部ICP备案号', 'ICP备案号码', '工信部备案编号', '原网站备案号'], TEXT, 'site.icpNumber', { optional: true }),
  block('site', 'interactive', 'yesno', ['是否提供互联网交互服务', '服务类型', '是否提供交互服务', '交互服务', '是否交互式网站', '互联网交互服务', '提供互联网交互服务', '交互式服务', '是否交互式服务'], YESNO, 'site.interactive', { optionHints: [...YES_NO_HINTS, '交互式', '非交互式'], options: { true: ['是', '有', '交互式'], false: ['否', '无', '非交互式'] } }),
  block('site', 'interactiveKinds', 'multi', ['交互服务类型', '互联网交互服务类型', '交互服务项目', '交互服务内容'], MULTI, 'site.interactiveKinds', { optional: true, quiet: true }),
  block('site', 'psbCategory', 'choice', ['网站类型', '网站分类', '网站类别'], [...CHOICE, 'cascader'], 'site.psbCategory'),
  block('site', 'dangerousGoods', 'yesno', ['是否提供涉及管制物品信息发布服务', '互联网危险物品信息发布', '是否提供危险物品信息发布服务', '危险物品信息发布', '管制物品信息发布', '是否提供管制物品信息发布服务', '涉及管制物品信息发布', '发布互联网危险物品信息', '发布危险物品信息', '危险物品信息'], YESNO, 'site.dangerousGoods', { optionHints: YES_NO_HINTS }),
  block('site', 'domainCert', 'upload', ['域名证书', '域名证书图片', '域名注册证书'], UPLOAD, 'site.doc.domain-cert', { optional: true, maxBytes: 400 * 1024 }),
  block('site', 'domainCertValidity', 'validity', ['域名证书有效期', '域名有效期', '证书有效期', '域名证书有效期限'], VALIDITY, 'site.domainCertFrom', { parts: { from: 'site.domainCertFrom', to: 'site.domainCertTo' }, optional: true }),

  // ── the access provider and the registrar blocks of the 公安 site step (§2.3, §2.5) ──
  ...(['provider', 'registrar'] as const).flatMap((r): FieldDef[] => [
    block(r, 'jurisdiction', 'choice', ['所属地区管辖', '地区管辖', '管辖地区', '所属管辖', '管辖地', '所属管辖地'], CHOICE, `${r}.jurisdiction`, { optionHints: ['境内', '境外'] }),
    block(r, 'region', 'region', ['所属区域', '所在区域', '所属地区', '区域', '地区', '所在地', '所在地区', '所属地'], ['cascader', 'select'], `${r}.region`),
    block(r, 'name', 'choice', ['名称', '单位名称', '全称', '服务商名称', '服务商全称', '公司名称', '机构名称'], ['select', 'text'], `${r}.name`),
    block(r, 'phone', 'text', ['电话', '联系电话', '服务电话', '客服电话'], TEXT, `${r}.phone`),
  ]),
  block('provider', 'accessMethod', 'choice', ['网站接入方式', '接入方式'], CHOICE, 'provider.accessMethod', { optionHints: ['租赁虚拟空间', '租赁主机', '虚拟主机', '云主机'] }),
  block('provider', 'code', 'text', ['组织机构代码', '接入商编码', '编码', '机构代码'], TEXT, 'provider.code', { optional: true }),
];

/**
 * Role cues: words in a label prefix or a section heading that say whose value a field is. The
 * longest cue at the earliest position wins (主体负责人信息 is the principal's, not the subject's).
 */
export const ROLE_CUES: Readonly<Record<Role, readonly string[]>> = {
  // 核验人 (the person of the upload step's face verification): the subject's principal, who verifies on the
  // Alibaba App (FORMS.md §1.2 step 4 names the check, not whose it is: inferred)
  principal: ['主体负责人', '主办者负责人', '主办单位负责人', '主办人负责人', '单位负责人', '开办者负责人', '负责人信息', '核验人'],
  web: ['网站负责人', '互联网信息服务负责人', '网站负责人信息', 'ICP负责人', '信息服务负责人'],
  security: ['网站安全负责人', '安全负责人', '网络安全负责人'],
  emergency: ['网站应急联络人', '应急联络人', '应急联系人'],
  legalRep: ['法定代表人', '法人代表人', '法人代表', '法人'],
  entity: ['主办单位', '主办者', '主办人', '主体信息', '单位信息', '开办主体', '申请主体', '主办单位信息', '主办者信息', '主体', '开办者', '开办人', '开办单位', '单位'],
  site: ['网站信息', '网站基本信息', '互联网信息服务', '网站', '域名信息'],
  provider: ['网络接入服务商', '接入服务商', '接入商', '网络接入服务', '接入服务'],
  registrar: ['域名注册服务商', '注册服务商', '域名注册商', '注册商', '域名注册服务'],
};

/** Words of a 同主体负责人 box: in a heading they name no role (网站负责人信息 □同主体负责人). */
export const SAME_AS_WORDS = ['同主体负责人信息', '同主体负责人', '与主体负责人相同', '同主办者负责人', '同主体负责人一致', '同上'];

/**
 * Sub-headings that name a kind of information, not a party (联系方式 under 负责人信息): a section inside
 * the one above it, whose heading then says whose the fields are.
 */
export const SUBSECTION_HEADINGS = ['联系方式', '联系信息', '通讯信息', '证件信息', '身份信息', '身份证件信息', '地址信息', '证件照片', '照片信息', '基本信息'];

/**
 * Words that add nothing to what a label names (是否提供 互联网 危险物品信息发布 服务 is 危险物品信息发布):
 * a label none of whose synonyms match whole is read as the synonym it holds when everything around that
 * synonym is made of these words. Never a word that changes what is asked (后六位, 编号, 人).
 */
export const NEUTRAL_WORDS = [
  '是否提供', '是否有', '是否涉及', '是否', '涉及', '提供', '互联网', '信息', '服务', '的', '请选择', '请输入', '请填写', '请上传', '选择', '填写', '您的', '所属', '具体', '相关',
  // what an upload is drawn as (证件正面照片), and the verification's SMS (接收核验短信的手机号码)
  '照片', '图片', '扫描件', '复印件', '接收', '短信', '核验',
  // the domain being filed (待备案域名, 本次备案域名)
  '待备案', '本次备案',
];

/**
 * Tab titles that name a part of the filing besides a party (cues above): a fill opens such a tab to fill
 * its pane (服务商: the 公安 form's access and registrar providers). Titles naming a way of doing it (电脑上传 | 阿里云App上传) are never opened.
 */
export const PANE_WORDS = ['信息', '资料', '材料', '证件', '证明', '负责人', '联络人', '联系方式', '服务商', '服务', '语言', '域名', '资源', '实例', '备注'];
// (how to do it: 上传方式, 核验方式 …; 联系方式 is a part of the filing)
export const PANE_SKIP_WORDS = ['上传方式', '扫码', 'App', '手机', '电脑', '填写方式', '提交方式', '核验方式', '认证方式', '验证方式', '办理方式', '历史', '记录', '帮助', '说明'];

/**
 * The buttons that open a part of the form kept in a dialog or drawer (网站负责人 [编辑], 网络接入服务商：未填写
 * [填写]): a fill that still lacks that part's fields opens it. A button may add the part's name (编辑网站负责人).
 * Never 修改 (on a summary it goes back to an earlier step), 添加 (a new list row) or 删除.
 */
export const OPENER_WORDS = ['编辑', '填写', '去填写', '点击填写', '立即填写', '完善', '去完善', '完善信息', '填写信息', '编辑信息'];

/** Whether a tab's title names a part of the filing (a party, a person, 网站信息, 主体资料), not an answer (个人 | 单位) or a way of doing it. */
export function namesSection(title: string): boolean {
  const k = labelKey(title);
  // (说明 is help, 提示说明 / 填写说明, except the filing's own remarks: 备注说明 holds 网站备注)
  if (!k || PANE_SKIP_WORDS.some((w) => k.includes(labelKey(w)) && !(w === '说明' && k.includes('备注')))) return false;
  return CUES.some((c) => k.includes(c.cue)) || PANE_WORDS.some((w) => k.includes(labelKey(w)));
}

/** Person words that are not a role (负责人姓名): the field is a person's, the role comes from elsewhere. */
/**
 * a text's hint showing two dates joined (如 2018-03-01 至 2038-03-01, 开始日期 ~ 结束日期; a dash joins dates written with
 * dots or slashes, as an ID card prints them: 2018.03.01-2038.03.01 or 2018.03.01-长期): one text for a range; group 2
 * is the page's joiner
 */
export const RANGE_TEXT = /(\d{4}|y{4}|日期)\S*?(\s*(?:至|到|~|～)\s*|(?<=[./]\d\d)\s*[-—–]\s*)\S*?(\d{4}|y{4}|日期|长期)/i;

export const PERSON_WORDS = ['负责人', '联络人', '联系人', '本人'];
/** Words for either provider block (服务商电话 under 网络接入服务商: the block's 电话; the section says which block). */
export const PROVIDER_WORDS = ['服务商'];

/** Normalised label text: full-width to half-width, no spaces, markers, colons or bracketed hints. */
export function labelKey(s: string): string {
  return s
    .normalize('NFKC')
    // an English line after the Chinese one (主办单位名称 Organizer name, 服务器公网IPPublic IP, 证件类型ID type): the Chinese names the field
    .replace(/(?<=[\u3400-\u9fff)）A-Z])\s*[/／|]?\s*(?:[A-Z][a-z]+|[A-Z]{2,}(?=\s))(?:[\s.,'&/()-]+[A-Za-z]+)*\.?\s*$/, (m) => (/\s/.test(m.trim()) || /[a-z]{3}/.test(m) && m.trim().length >= 4 ? '' : m))
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/[《》〈〉「」『』“”"]/g, '') // title marks: 《ICP备案信息真实性承诺书》 is 真实性承诺书's label
    .replace(/[\s*:：·\-—_？?]/g, '')
    .replace(/类别/g, '类型') // 交互服务类别 = 交互服务类型, 网站类别 = 网站类型
    // a step's number before its question (第一步：选择开办主体性质), a line's number on a paper form (4. 证件是否长期有效,
    // 一、网站安全负责人)
    .replace(/^(第[一二三四五六七八九十\d]+步|步骤[一二三四五六七八九十\d]+|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)](?=\D))/, '')
    .toLowerCase();
}

/** Normalised option text: NFKC, no spaces or punctuation (论坛/社区 ≈ 论坛社区, full- and half-width brackets alike). */
export function optionKey(s: string): string {
  return s.normalize('NFKC').replace(/[\s/／、,，.。;；:：·\-—_()（）[\]【】"'“”‘’]/g, '').toLowerCase();
}

/**
 * The answer an option leads with, before its note: 否，另行填写 → 否; 是（李娜）→ 是; 不涉及 - 无需审批 → 不涉及.
 * Normalised like optionKey. (A colon inside an IPv6 address or a time, 2408:4000::10, is not a note's start.)
 */
export function optionLead(s: string): string {
  return optionKey(s.normalize('NFKC').replace(/[(（【[][^)）】\]]*[)）】\]]/g, ' ').trim().split(/\s*(?:[,，;；：。]|:(?![\da-f:]))\s*|\s+[-—]+\s+/i)[0] ?? '');
}

/** A shown text (a tag, a ticked option) that is this answer: the same, or it leading with it (47.96.56.78（web-01）). */
export const showsAnswer = (shown: string, want: string) => optionKey(shown) === optionKey(want) || optionLead(shown) === optionKey(want);

/**
 * The page's option that stands for one of the accepted texts: the one that reads the same, or else the only
 * one that leads with it (an answer with a note after it). Undefined where none or several.
 */
export function pageOption(options: readonly string[], accept: readonly string[]): string | undefined {
  return answerOf(options, (o) => [o], accept);
}
/** pageOption over any items, each shown as one or more texts (a list's entries, a native select's options). */
export function answerOf<T>(items: readonly T[], texts: (x: T) => string[], accept: readonly string[]): T | undefined {
  const keys = new Set(accept.map(optionKey));
  const exact = items.find((x) => texts(x).some((t) => keys.has(optionKey(t))));
  if (exact !== undefined) return exact;
  const led = items.filter((x) => texts(x).some((t) => keys.has(optionLead(t))));
  return led.length === 1 ? led[0] : undefined;
}

/** The fields whose labels are a pattern. */
export const BY_PATTERN: readonly FieldDef[] = FIELDS.filter((f) => f.labelPattern);

export const fieldById = new Map(FIELDS.map((f) => [f.id, f]));

/** Every base synonym (normalised) → the fields it may name. */
export const BY_LABEL: ReadonlyMap<string, readonly FieldDef[]> = (() => {
  const m = new Map<string, FieldDef[]>();
  for (const f of FIELDS) for (const l of f.labels) {
    const k = labelKey(l);
    const list = m.get(k) ?? [];
    if (!list.includes(f)) list.push(f);
    m.set(k, list);
  }
  return m;
})();

/** Cue → role, normalised, longest first. */
export const CUES: readonly { cue: string; role: Role }[] = Object.entries(ROLE_CUES)
  .flatMap(([role, cues]) => cues.map((c) => ({ cue: labelKey(c), role: role as Role })))
  .sort((a, b) => b.cue.length - a.cue.length);

/** The fill-view path of a field for a role (person fields), or its own. */
export function pathOf(f: FieldDef, role: PersonRole | undefined, part?: string): string {
  const p = part ? f.parts?.[part] ?? f.path : f.path;
  return role ? p.replace('{r}', role) : p;
}
