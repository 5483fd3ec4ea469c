/**
 * RETIRED held-out builds (generation 34), now tuning builds. First scored 98/101 filled (97.0 %), 7/7 missing flagged and 0 wrong by the engine after the stop-33 fixes (bd1d599; bench/zoo-heldout34-first/); written in stop 33, retired in stop 34 while
 * generation 36 was written, and fixed against (208/208 filled, 12/12 flagged, 0 wrong with generation 35 at the stop-34 engine).
 *
 * Held-out builds (generation 34): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–33), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写网站信息, 单位, antd (generations 4 and 5 built it: an iframe, a modal) as a FORM LIST: a real antd Form (its
 *        own store, rules checked on blur) with the domains a Form.List drawn as an antd TABLE of rows (添加域名 / 删除), 首页
 *        URL a Select fed by the domains, 服务内容 a Checkbox group, 语言 a multiple Select, 前置审批 是 / 否 button radios,
 *        the site principal's 有效期 two DatePickers + a 长期 Checkbox hiding the end;
 *      · 填写主办者信息, 个人, Element Plus (generation 4 built it) as a PREVIEW PANE: the el-form at the left, a sticky
 *        el-descriptions 备案信息预览 at the right echoing what is typed (read-only); 通信地址 a whole-tree el-cascader,
 *        证件类型 el-radio-buttons, 有效期 two el-date-pickers + a 是否长期 是 / 否 el-radio-group (FORMS §1.3 isLongTerm);
 *      · 填写基本信息, 单位, OpenTiny (generation 20 built it: a collapse) as a RESOURCE GRID: 所属区域 THREE TinySelects
 *        loaded level by level, 性质 TinyRadioButtons, 证件类型 a TinySelect filtered by the nature, 资源类型 radios, the
 *        instance chosen by a TinyRadio in a table of the account's instances answered late (one too short to pick).
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站负责人, 单位, TDesign (generation 22 built it: an inline form) as SETTINGS ROWS: each role a row, its title and
 *        note in a narrow left column, its fields at the right; 同主体负责人信息 a Checkbox (the officer is 王强, not the
 *        principal: it stays off), 有效期 two DatePickers, two Uploads, the emergency contact's SOURCE a radio group
 *        (同主体负责人 / 同安全负责人 / 另行填写, only the last shows fields);
 *      · 开办主体, 个人, antd (generation 8 built it: a description list) as COMPACT GROUPS: antd Space.Compact joins the
 *        ID type Select to its number, the two validity DatePickers to the 长期 tick, the residence Cascader to its street
 *        line; 开办主体性质 button radios, two Upload.Draggers, 生成式人工智能 是 / 否 radios.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 开办主体 for a person
 *    (generations 6, 11, 22 and 29 built it: fieldsets, a city picker, a kind switch, two columns) in a NEW layout: a DL
 *    GRID (<dl> pairs floated two to a line, no table), coded selects, 常住地址 three <select>s from the area API, two
 *    validity texts + a 长期 tick, a file input.
 *  - Tencent's 填写网站信息 (个人, TDesign) and Huawei's 填写互联网信息服务 (单位, Element Plus) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];

export const B = {
  aliyunSiteUnit: 'heldout34-aliyun-site-unit-antd-formlist',
  aliyunSubjectPerson: 'heldout34-aliyun-subject-person-elp-previewpane',
  aliyunBasicUnit: 'heldout34-aliyun-basic-unit-opentiny-resourcegrid',
  mpsPrincipalUnit: 'heldout34-mps-principal-unit-tdesign-settingsrows',
  mpsSubjectPerson: 'heldout34-mps-subject-person-antd-compact',
  oldSubjectPerson: 'heldout34-beian-old-subject-person-native-dlgrid',
  tencentSitePerson: 'heldout34-tencent-site-person-tdesign-formgrid',
  huaweiSiteUnit: 'heldout34-huawei-site-unit-elp-masterform',
} as const;

export const HELDOUT34_PAGES: ZooPage[] = [
  {
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'tuning', platform: 'aliyun', step: 'site', variant: '单位', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；antd 表单 + 表格式域名列表；首页URL下拉，服务内容复选，语言多选，前置审批按钮单选，负责人有效期起止 + 长期）', entity: UNIT,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.4 for a company, in a real antd Form (rules on blur): 网站名称 (≥ 3 Chinese characters), 网站域名 a Form.List drawn as an antd Table (a row per domain, 添加域名; apex on blur), 网站首页URL a Select of www.<domain> / <domain>, 服务类型 read-only, 网站服务内容 a Checkbox group (§1.9: a company: 单位门户网站), 网站语言 a multiple Select (§1.4 list), 是否涉及前置审批 是 / 否 button radios (none: 否); 网站负责人 (webPrincipal 王强) in a Card: 姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起 / 止 two DatePickers + 长期 a Checkbox hiding the end (the card ends 2040-08-12), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the IP comes read-only from the instance; the 服务协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', ['单位门户网站']),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('证件有效期止', '2040-08-12'),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；左侧表单、右侧备案信息预览；通信地址级联，证件类型按钮单选，有效期起止 + 是否长期单选）', entity: PERSON,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual: 主办人名称 read-only (from step 1), 证件住所 a textarea (region names + street, as on the ID card), 通信地址 a whole-tree el-cascader + 通信地址详细 (door number on blur), 投资人或主管单位 (an individual writes their own name); 主体负责人 (the principal 张伟): 负责人姓名, 证件类型 el-radio-buttons (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two el-date-pickers + 是否长期 a 是 / 否 el-radio-group (§1.3 isLongTerm; the card ends 2038-03-01: 否), 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the right pane\'s 备案信息预览 only echoes; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('证件住所', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址详细', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prLongTerm: expectValue('是否长期', '否'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；所属区域三个联动下拉，性质按钮单选，证件类型随性质过滤，资源类型单选，实例表格单选延迟加载）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for a company: 主办单位所属区域 three TinySelects (省 / 市 / 区县, each list loaded after the one above), 主办单位性质 TinyRadioButtons (§1.6), 主办单位证件类型 a TinySelect filtered by the nature (§1.7: a 企业 files its 营业执照), 主办单位证件号码 (GB 32100 on blur), 网站域名 (the main domain, apex, blur), 资源类型 radios (云服务器ECS preset), the instance a TinyRadio in a table of the account\'s instances listed after a delay (the one holding the site\'s 47.96.56.78; one expiring in < 3 months disabled); 信息校验 is a human step.',
    expect: {
      region: expectPath('主办单位所属区域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      domain: expectValue('网站域名', 'yunqi-demo.cn'),
      instance: expectValue('备案实例', 'i-bp1w9n4www3r6q2y'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'tuning', platform: 'mps', step: 'principal', variant: '单位', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位；设置页式分行：左侧角色标题，右侧字段；同主体负责人勾选，有效期起止两个日期，证件上传，应急联络人来源单选）', entity: UNIT,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4 for a unit: 网站安全负责人 (securityOfficer 王强, not the principal 李娜): 同主体负责人信息 a Checkbox (stays off), 安全负责人姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers, 手机号码, 电子邮件地址 (blur), 证件正面 / 证件反面 two Uploads (the profile holds no image of 王强: missing); 网站应急联络人 (emergencyContact = the principal): 应急联络人来源 radios (同主体负责人 / 同安全负责人 / 另行填写; only the last shows fields); the 责任告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('安全负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqValidFrom: expectValue('证件有效期起', '2020-08-12'),
      aqValidTo: expectValue('证件有效期止', '2040-08-12'),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      aqBack: expectMissing('证件反面'),
      yjSource: expectValue('应急联络人来源', '同主体负责人'),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.mpsSubjectPerson, build: B.mpsSubjectPerson, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'antd',
    url: BUILD_URL.mps + B.mpsSubjectPerson, title: '公安备案 · 开办主体（个人；紧凑组合：证件类型 + 号码、有效期起止 + 长期、常住地址级联 + 详细地址；性质按钮单选，证件拖拽上传，生成式人工智能是否单选）', entity: PERSON,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a person: 开办主体性质 button radios (个人 / 单位), 负责人姓名, 证件类型 a Select joined (Space.Compact) to 证件号码 (§2.2 公安 list; GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers joined to a 长期 Checkbox (the card ends 2038-03-01), 负责人证件正面 / 负责人证件反面 two Upload.Draggers (the profile holds the front only: the back is missing), 负责人常住地址 a whole-tree Cascader joined to 详细地址, 办公室电话 (the profile has none: missing), 手机号码, 负责人邮箱 (blur), 是否利用生成式人工智能 是 / 否 radios (usesGenAI false); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prFront: expectValue('负责人证件正面', ['zhangwei-id-front.png']),
      prBack: expectMissing('负责人证件反面'),
      homeRegion: expectPath('负责人常住地址', ZW_REGION),
      homeDetail: expectValue('详细地址', ZW_DETAIL),
      prOffice: expectMissing('办公室电话'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmail: expectValue('负责人邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSubjectPerson, build: B.oldSubjectPerson, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectPerson, title: '旧公安备案平台 · 开办主体（个人；dl 两列网格；编码下拉，有效期两个文本 + 长期勾选，常住地址三级下拉走地区接口，证件照上传，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.2 for a person on the old portal: 开办主体性质 a coded <select> (00 个人), 负责人姓名, 证件类型 a coded <select> (§2.2 old codes: 01 居民身份证), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two texts (YYYY-MM-DD, blur) + 长期 a tick disabling the end, 负责人常住地址 three <select>s filled from the area API (/__heldout34/area?parent=<code>) + 详细地址, 手机号码, 办公室电话 (the profile has none: missing), 电子邮箱, 负责人证件正面 a file input (the profile\'s ID front); 验证码 and 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      homeRegion: expectPath('负责人常住地址', ZW_REGION),
      homeDetail: expectValue('详细地址', ZW_DETAIL),
      prMobile: expectValue('手机号码', '13800138000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      prFront: expectValue('负责人证件正面', ['zhangwei-id-front.png']),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSitePerson, build: B.tencentSitePerson, set: 'tuning', platform: 'tencent', step: 'site', variant: '个人', library: 'tdesign',
    url: TENCENT + B.tencentSitePerson, title: '腾讯云 · 填写网站信息（个人；标签在上的两列表单网格；域名标签输入，首页下拉，服务内容多选，语言复选，前置审批按钮单选，负责人证件类型单选、有效期起止 + 长期，网站备注）', entity: PERSON,
    about: 'TDesign React 1.18 on React 19 (FORMS §1.10: Tencent\'s console is Tea or TDesign [INF]). FORMS §1.4 with §1.10 Tencent steps (验证备案类型 → 填写主体信息 → 填写网站信息), a top-label two-column grid of TDesign FormItems in two Cards: 网站名称 (§3.6 individual naming on blur), 网站域名 a TagInput (apex), 网站首页 a Select of www.<domain> / <domain>, 网站服务内容 a multiple Select (§1.9; an individual: 其他), 网站语言 a Checkbox group (§1.4 list), 是否涉及前置审批 是 / 否 button radios (none: 否); 网站负责人 (webPrincipal = the principal 张伟): 负责人姓名, 证件类型 Radios (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers + 长期 a Checkbox hiding the end, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; 网站备注 a Textarea (the site remark); the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页', 'www.zhangwei-notes.cn'),
      content: expectValue('网站服务内容', ['其他']),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期起', '2018-03-01'),
      wpValidTo: expectValue('证件有效期止', '2038-03-01'),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      agree: expectUntouched('我已阅读并同意《腾讯云网站备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSiteUnit, build: B.huaweiSiteUnit, set: 'tuning', platform: 'huawei', step: 'site', variant: '单位', library: 'element-plus',
    url: HUAWEI + B.huaweiSiteUnit, title: '华为云 · 填写互联网信息服务（单位；上方服务列表表格、下方编辑表单；主域名 + 从域名多选，服务内容下拉，语言多选，IP多行文本，前置审批开关，互联网信息服务负责人有效期区间）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (FORMS §1.10: Huawei\'s console is reported as OpenTiny [INF]). FORMS §1.4 with §1.10 Huawei wordings (填写互联网信息服务, 从域名, 首页URL, 服务内容, 互联网信息服务负责人) as a MASTER TABLE over an edit form: an el-table of the order\'s services (the row being edited echoes the form, read-only), 服务类型 网站 / App radios (网站 preset), 网站名称, 主域名 (apex, blur), 从域名 a multiple el-select that takes typed domains, 首页URL, 服务内容 an el-select (§1.9: 单位门户网站), 网站语言 a multiple el-select, IP地址 a textarea (one per line; IPv4 and IPv6), 涉及前置审批 an el-switch (none: off); 互联网信息服务负责人 (webPrincipal 王强): 姓名, 证件类型 an el-select, 证件号码 (GB 11643 on blur), 证件有效期 a daterange picker, 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      ips: expectValue('IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      preApproval: expectValue('涉及前置审批', false),
      wpName: expectValue('互联网信息服务负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
