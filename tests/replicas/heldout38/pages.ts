/**
 * RETIRED held-out builds (generation 38), now tuning builds. First scored 85/97 filled (87.6 %), 6/6 missing flagged and 0 wrong by this stop's engine after the generation-37 fixes (bench/zoo-heldout38-first/);
 * written and retired in stop 34 (while generation 39 was written), and fixed against (97/97 filled, 6/6 flagged, 0 wrong).
 *
 * Held-out builds (generation 38): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–37), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 单位, Element Plus (generations 1 and 6 built it: plain, tabs) as a SEGMENTED switcher: an
 *        el-segmented control showing one of three panes (主办单位 / 主体负责人 / 联系方式); 通信地址 THREE el-selects listed
 *        level by level late, 投资者 a filterable el-select that allows creating, 证件类型 el-radio-buttons, 有效期 a start
 *        el-date-picker + 有效期限 an el-select of terms (5年 / 10年 / 20年 / 长期) with the end derived read-only;
 *      · 填写网站信息, 个人, antd (generations 22 and 30 built it: paired cards, inner tabs) as a LIST FORM: antd List
 *        items, the label and help at the left, the control at the right; 网站域名 a TAGS Select, 首页URL RADIOS offered
 *        from the domains, 语言 a Checkbox group, 前置审批 a Segmented 否 / 是, 同主体负责人 a Switch copying and locking
 *        the site principal, 有效期 a RangePicker;
 *      · 填写基本信息, 单位, TDesign (generations 18 and 30 built it: pick dialog, toolbar) as LEFT TABS: TDesign Tabs
 *        placed left (主办者 / 备案资源, both kept mounted); 所属区域 a LAZY Cascader, 性质 filled radio buttons, 证件类型 a
 *        Select filtered by the nature, 备案实例 a TreeSelect of regions → instances answered late (short ones disabled).
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 开办主体, 单位, TDesign (generation 18 built it: quad) as an ANCHOR FORM: a TDesign Anchor rail beside four
 *        sections; 单位办公地址 ONE text line (region names + street), 有效证件 an Upload, 常住地址 a LAZY Cascader + street,
 *        有效期 a DatePicker + 长期 Checkbox hiding the end, 生成式人工智能 a Select 是 / 否;
 *      · 网站负责人, 单位, Element Plus (generations 5 and 36 built it: table, grid columns) as a STEP RAIL: a vertical
 *        clickable el-steps at the left, the role sections at the right; 同主体负责人信息 an el-switch for the security
 *        officer (王强 is not the principal: off), 有效期 two el-date-pickers + 长期 el-checkbox, an el-upload, the
 *        emergency contact's 同主体负责人信息 an el-checkbox (ticked hides its fields).
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 开办主体 for a person
 *    (generations 6, 11, 22, 29 and 34 built it: fieldsets, city picker, kind switch, two columns, dl grid) in a NEW layout:
 *    a ROWSPAN TABLE (group captions spanning their rows in the first column); 有效期 a start text + a term <select> (the
 *    end shown derived), 常住地址 ONE text line, two file inputs.
 *  - Tencent's 填写主体信息 (单位, antd) and Huawei's 填写主体信息 (单位, OpenTiny) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YH_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSubjectUnit: 'heldout38-aliyun-subject-unit-elp-segmented',
  aliyunSitePerson: 'heldout38-aliyun-site-person-antd-listform',
  aliyunBasicUnit: 'heldout38-aliyun-basic-unit-tdesign-lefttabs',
  mpsSubjectUnit: 'heldout38-mps-subject-unit-tdesign-anchorform',
  mpsPrincipalUnit: 'heldout38-mps-principal-unit-elp-steprail',
  oldSubjectPerson: 'heldout38-beian-old-subject-person-native-rowspan',
  tencentSubjectUnit: 'heldout38-tencent-subject-unit-antd-threecolgrid',
  huaweiSubjectUnit: 'heldout38-huawei-subject-unit-opentiny-collapse',
} as const;

export const HELDOUT38_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；分段控件切换三块：主办单位 / 主体负责人 / 联系方式；通信地址三个下拉逐级延迟加载，投资者可搜索可新建下拉，证件类型按钮单选，有效期起始日 + 有效期限下拉、截止日自动计算）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.3 for a company, one el-segmented control switching three panes (one shown): 主办单位 — 主办单位证件住所 a textarea (region names + street, as on the licence), 通信地址所在省市区 THREE el-selects (each level listed late), 通信地址街道门牌 (door number on blur), 投资者或上级主管单位 a filterable el-select allowing a new entry (offers the unit\'s full name; §1.3 a company writes a company full name); 主体负责人 (principal = legal rep 李娜) — 主体负责人姓名, 证件类型 el-radio-buttons (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起始日 an el-date-picker, 有效期限 an el-select of ID terms (李娜\'s ID is long-term: 长期) with the end date shown derived; 联系方式 — 移动电话, 应急电话号码 (must differ), 办公室电话, 电子邮件; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址所在省市区', YH_REGION),
      mailDetail: expectValue('通信地址街道门牌', YH_DETAIL),
      investor: expectValue('投资者或上级主管单位', UNIT),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起始日', '2016-05-10'),
      prTerm: expectValue('有效期限', '长期'),
      prMobile: expectValue('移动电话', '13600136000'),
      prEmergency: expectValue('应急电话号码', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮件', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填主办者信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；列表式表单：左侧标签与说明、右侧控件；域名标签输入，首页URL单选取自域名，语言复选组，前置审批分段控件，负责人同主体负责人开关，有效期区间，办公室电话缺）', entity: PERSON,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual (webPrincipal = the principal 张伟) as an antd List of rows (label + help at the left, control at the right) under two list headers: 网站名称 (§3.6 individual naming on blur), 网站域名 a TAGS Select (apex checked), 网站首页URL Radios offered from the domains (www.<domain> / <domain>), 服务类型 / 服务内容 read-only (individual: 网站应用服务 / 其他), 网站语言 a Checkbox group (§1.4), 是否涉及前置审批 a Segmented 否 / 是 (none: 否), 网站备注 a TextArea; 网站负责人 — 同主体负责人 a Switch (copies and locks the fields), 网站负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpName: expectValue('网站负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；左侧竖排标签页：主办者 / 备案资源；所属区域逐级加载级联，性质填充按钮单选，证件类型随性质过滤下拉，资源类型单选，备案实例地域树选择延迟加载）', entity: UNIT,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for a company in TDesign Tabs placed left (主办者 / 备案资源; both panes kept mounted, one shown): 主办单位所属区域 a LAZY Cascader (each level answered late), 主办单位性质 filled radio buttons (§1.6: 企业), 主办单位证件类型 a Select filtered by the nature (§1.7: 营业执照（个人或企业）), 主办单位证件号码 (GB 32100 on blur), 网站域名 (apex on blur; the first of the site\'s domains); 资源类型 radios (云服务器ECS preset), 备案实例 a TreeSelect of regions → the unit\'s ECS instances answered late (the one holding 47.96.56.78; one expiring within 3 months disabled); the 须知 tick and 信息校验 are human steps.',
    expect: {
      region: expectPath('主办单位所属区域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      domain: expectValue('网站域名', 'yunqi-demo.cn'),
      instance: expectValue('备案实例', 'i-bp1w9n4www3r6q2y'),
      notice: expectUntouched('我已阅读《ICP备案须知》'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsSubjectUnit, build: B.mpsSubjectUnit, set: 'tuning', platform: 'mps', step: 'subject', variant: '单位', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSubjectUnit, title: '公安备案 · 开办主体（单位；左侧锚点导航、右侧四节；性质下拉，证件类型下拉，有效证件上传，办公地址一行文本，常住地址逐级加载级联 + 详细，有效期开始 + 长期勾选，生成式人工智能是否下拉，负责人证件正面缺）', entity: UNIT,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a unit, a TDesign Anchor rail beside four sections: 单位信息 — 开办主体性质 a Select (个人 / 单位), 主办单位名称, 单位证件类型 a Select (§2.2 list: the profile\'s certificate is the 营业执照 → 营业执照证书), 单位证件号码 (GB 32100 on blur), 有效证件 an Upload (the licence image), 法人代表人姓名 (李娜); 单位办公地址 — ONE text line (officeAddress: region names + street); 负责人信息 (principal 李娜) — 负责人姓名, 证件类型 a Select (§2.2), 证件号码 (blur), 证件有效期开始 a DatePicker + 长期 a Checkbox hiding the end picker (long-term), 负责人证件正面 an Upload (the profile holds no image of 李娜: missing), 负责人常住地址 a LAZY Cascader + 常住地址详细 (李娜\'s address); 联系方式 — 办公室电话, 手机号码, 负责人邮箱, 是否利用生成式人工智能 a Select 是 / 否 (usesGenAI false: 否); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '单位'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeAddress: expectValue('单位办公地址', `浙江省杭州市余杭区${YH_DETAIL}`),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prFront: expectMissing('负责人证件正面'),
      homeRegion: expectPath('负责人常住地址', YH_REGION),
      homeDetail: expectValue('常住地址详细', YH_DETAIL),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'tuning', platform: 'mps', step: 'principal', variant: '单位', library: 'element-plus',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位；左侧竖向可点步骤条、右侧角色分节；安全负责人同主体负责人开关，有效期起止两个日期 + 长期勾选，证件正面上传，应急联络人同主体负责人勾选隐藏字段，证件正面缺）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4 for a unit (securityOfficer = 王强, emergencyContact = the principal 李娜): a vertical clickable el-steps rail at the left, the role sections at the right: 网站安全负责人 — 同主体负责人信息 an el-switch (copies and locks the held principal; 王强 is not the principal: off), 安全负责人姓名, 证件类型 an el-select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two el-date-pickers + 长期 an el-checkbox (not long-term), 手机号码, 电子邮件地址, 证件正面 an el-upload (the profile holds no image of 王强: missing); 网站应急联络人 — 同主体负责人信息 an el-checkbox (ticked hides the 联络人 fields); the 责任告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('安全负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqValidFrom: expectValue('证件有效期起', '2020-08-12'),
      aqValidTo: expectValue('证件有效期止', '2040-08-12'),
      aqLongTerm: expectValue('长期', false),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldSubjectPerson, build: B.oldSubjectPerson, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectPerson, title: '旧公安备案平台 · 开办主体（个人；分组标题跨行的表格；性质编码下拉，证件类型编码下拉，有效期开始文本 + 有效期限下拉（截止日期自动显示），常住地址一行文本，证件正反面文件，办公室电话与证件反面缺，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.2 for a person in one bordered table whose first column holds group captions spanning their rows (开办主体 / 负责人 / 证件照片 / 联系方式): 开办主体性质 a coded <select> (§2.2 old codes: 00 个人), 负责人姓名, 证件类型 a coded <select> (§2.2: 01 居民身份证), 证件号码 (GB 11643 on blur), 证件有效期开始 a text (yyyy-mm-dd, blur) + 有效期限 a <select> (5年 / 10年 / 20年 / 长期; the card runs 2018-03-01 → 2038-03-01: 20年) with the end date shown derived, 负责人常住地址 ONE text line (region names + street), 证件正面 / 证件反面 file inputs (the profile holds the front only: the back is missing), 办公室电话 (none in the profile: missing), 手机号码, 电子邮箱; 验证码 and 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prTerm: expectValue('有效期限', '20年'),
      homeAddress: expectValue('负责人常住地址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      prFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      prBack: expectMissing('证件反面'),
      prOffice: expectMissing('办公室电话'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubjectUnit, build: B.tencentSubjectUnit, set: 'tuning', platform: 'tencent', step: 'subject', variant: '单位', library: 'antd',
    url: TENCENT + B.tencentSubjectUnit, title: '腾讯云 · 填写主体信息（单位；三列网格、标签在上、底部固定操作栏；通讯地址逐级加载级联 + 详细，投资人可搜索下拉，主体备案号缺，负责人有效期开始 + 长期勾选禁用截止日期）', entity: UNIT,
    about: 'antd 6 on React 19 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF]). FORMS §1.3 with §1.10 Tencent wordings (单位名称, 主体备案号) for a company in a three-column antd grid (labels on top) under section dividers, a sticky bottom action bar: 主体信息 — 单位名称, 证件号码 read-only (from 验证备案类型), 证件住所 a TextArea (region names + street), 通讯地址 a LAZY antd Cascader (each level answered late) + 详细地址 (door number on blur), 投资人或主管单位 a searchable Select (the unit\'s full name), 主体备案号 (a first filing: the profile has none: missing); 主体负责人 (legal rep 李娜) — 负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker + 长期 a Checkbox disabling the end DatePicker (long-term), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      unitName: expectValue('单位名称', UNIT),
      certAddress: expectValue('证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通讯地址', YH_REGION),
      mailDetail: expectValue('详细地址', YH_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      entityIcp: expectMissing('主体备案号'),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实、准确'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSubjectUnit, build: B.huaweiSubjectUnit, set: 'tuning', platform: 'huawei', step: 'subject', variant: '单位', library: 'opentiny',
    url: HUAWEI + B.huaweiSubjectUnit, title: '华为云 · 填写主体信息（单位；三个折叠面板：主办单位信息 / 主体负责人信息 / 联系方式；通信地址整树级联 + 详细，证件类型下拉，有效期开始日期 + 长期有效勾选）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (FORMS §1.10: OpenTiny is reported for the Huawei Cloud console [INF]). FORMS §1.3 for a company in a TinyCollapse of three panels (all open): 主办单位信息 — 主办单位名称 read-only (from 基础信息校验), 主办单位证件住所 a textarea (region names + street), 通信地址 a whole-tree TinyCascader + 通信地址详细 (door number on blur), 投资者或上级主管单位 a TinyInput (§1.3: the company full name); 主体负责人信息 (legal rep 李娜) — 主体负责人姓名, 证件类型 a TinySelect (§1.3), 证件号码 (GB 11643 on blur), 证件有效期开始日期 a TinyDatePicker, 长期有效 a TinyCheckbox (long-term); 联系方式 — 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('通信地址详细', YH_DETAIL),
      investor: expectValue('投资者或上级主管单位', UNIT),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始日期', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
