/**
 * RETIRED held-out builds (generation 40), now tuning builds. First scored 82/105 filled (78.1 %), 5/6 missing flagged and 0 wrong by this stop's start engine (bench/zoo-heldout40-first/);
 * written at the start of stop 35, retired in the same stop (while generation 41 was written), and fixed against (105/105 filled, 6/6 flagged, 0 wrong).
 *
 * Held-out builds (generation 40): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–39), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 个人, OpenTiny (generation 17 built it: anchor) as a PROGRESS ASIDE: the form in one column, a sticky
 *        aside at the right with a TinyProgress of the required fields and a tick list; 证件住址 ONE textarea line, 通信地址
 *        a whole-tree TinyCascader, 证件类型 TinyRadios, 有效期 a TinyDatePicker DATERANGE, 办公室电话 missing;
 *      · 填写网站信息, 单位, Element Plus (generations 14, 32 and 36 built it: transfer, domain cards, timeline) as a
 *        DESCRIPTIONS GRID: two bordered el-descriptions whose content cells hold the controls; 网站域名 a multiple el-select
 *        of the account's domains listed late, 首页URL an el-select fed by them, 服务内容 an el-checkbox-group, 语言 a
 *        multiple el-select, 前置审批 an el-switch, 有效期 an el-date-picker DATERANGE;
 *      · 填写网站信息, 个人, antd (generations 22, 30 and 38 built it: paired cards, inner tabs, list form) as a SPLIT
 *        PREVIEW: the form at the left, a live 网站信息确认单 (antd Descriptions) at the right; 网站域名 ADDED ROWS (+ 添加域名),
 *        首页URL derived read-only, 语言 a multiple Select, 前置审批 a Switch, 同主办者 a Checkbox copying and locking the
 *        site principal, 有效期 two DatePickers, 办公室电话 missing.
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 个人, OpenTiny (generation 22 built it: query dialog) as FORM TABLES: bordered government-style tables
 *        (label cell / control cell) per section; 开通日期 a TinyDatePicker, 接入商 a filterable TinySelect listed late,
 *        接入方式 a TinySelect listed late, 接入商所属区域 a TinyCascader, 交互 / 管制物品 TinyRadios, 网站类型 a TinySelect,
 *        语种 a TinyCheckboxGroup, 工信部备案号 missing;
 *      · 网站负责人, 个人, Element Plus (generations 3 and 8 built it: plain, twin) as ROLE DIALOGS: an el-table of the two
 *        roles with 编辑 buttons, each opening an el-dialog (rendered only once opened); 同主体负责人信息 an el-checkbox
 *        copying and locking, an el-upload for the front (the back is missing), the emergency contact's an el-switch.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站基本信息 for a unit
 *    (generations 4, 7, 12, 25 and 35 built it: rows, aria, details, pair table, numbered list) in a NEW layout: CAPTION
 *    TABLES (one <table> per section with a <caption>); IPs and 从域名 as textareas, coded selects, radios revealing the
 *    interactive kinds' checkboxes, 工信部备案号 missing.
 *  - Tencent's 填写主体信息 (个人, antd) and Huawei's 填写互联网信息服务 (单位, TDesign) are new cells.
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
  aliyunSubjectPerson: 'heldout40-aliyun-subject-person-opentiny-progressaside',
  aliyunSiteUnit: 'heldout40-aliyun-site-unit-elp-descgrid',
  aliyunSitePerson: 'heldout40-aliyun-site-person-antd-splitpreview',
  mpsSitePerson: 'heldout40-mps-site-person-opentiny-formtables',
  mpsPrincipalPerson: 'heldout40-mps-principal-person-elp-roledialogs',
  oldSiteUnit: 'heldout40-beian-old-site-unit-native-captiontables',
  tencentSubjectPerson: 'heldout40-tencent-subject-person-antd-navpanes',
  huaweiSiteUnit: 'heldout40-huawei-site-unit-tdesign-sidemenu',
} as const;

export const HELDOUT40_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；表单一栏 + 右侧固定进度栏；证件住址一行文本，通信地址整树级联 + 详细，证件类型单选，有效期日期区间，办公室电话缺）', entity: PERSON,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual (the principal is 张伟 himself) in one column beside a sticky aside (TinyProgress of the required fields + a tick list): 主办人名称 read-only (from 填写基本信息), 证件住址 a textarea (region names + street, as on the ID card), 通信地址 a whole-tree TinyCascader + 通信地址详细 (door number on blur), 投资人或主管单位 a TinyInput (§1.3: an individual writes the own name); 主体负责人姓名, 证件类型 TinyRadios (§1.3 person list), 证件号码 (GB 11643 on blur), 证件有效期 a TinyDatePicker daterange, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址详细', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'tuning', platform: 'aliyun', step: 'site', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；两张带边框描述列表、内容格内放控件；域名多选延迟加载，首页URL随域名下拉，服务内容复选组，语言多选，前置审批开关，负责人有效期区间）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.4 for a company (webPrincipal = 王强) in two bordered el-descriptions (网站信息 / 网站负责人) whose content cells hold the controls: 网站名称, 网站域名 a multiple el-select of the account\'s real-name domains listed late (one more than the site\'s), 网站首页URL an el-select offered from the picked domains, 网站服务内容 an el-checkbox-group (§1.9 list; companies 单位门户网站), 网站语言 a multiple el-select (§1.4), 是否涉及前置审批 an el-switch (none: off); 网站负责人姓名, 证件类型 an el-select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 an el-date-picker daterange, 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      contentTypes: expectValue('网站服务内容', ['单位门户网站']),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', false),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；左侧表单、右侧实时确认单；域名逐行添加，首页URL自动生成只读，语言多选，前置审批开关，负责人同主办者勾选复制锁定，有效期起止两个日期，办公室电话缺）', entity: PERSON,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual (webPrincipal = the principal 张伟): the form at the left, a live 网站信息确认单 (antd Descriptions) at the right: 网站名称 (§3.6 individual naming on blur), 网站域名 ADDED ROWS (one Input per domain, + 添加域名; apex checked on blur), 网站首页URL derived read-only (www. + the first domain), 网站语言 a multiple Select (§1.4), 是否涉及前置审批 a Switch (none: off), 网站备注 a TextArea; 网站负责人 — 同主办者 a Checkbox (copies and locks the principal\'s fields), 网站负责人姓名, 证件类型 a Select (§1.3), 证件号码, 证件有效期开始 / 证件有效期结束 two DatePickers, 手机号码, 应急联系电话, 办公室电话 (the profile has none: missing), 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', false),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSame: expectValue('同主办者', true),
      wpName: expectValue('网站负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      wpValidTo: expectValue('证件有效期结束', '2038-03-01'),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人；政务式带边框表格，每节一表；开通日期，接入商名称可搜索下拉延迟加载，接入方式下拉延迟加载，接入商所属区域级联，交互服务与管制物品单选，网站类型下拉，语种复选组，工信部备案号缺）', entity: PERSON,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 for a person\'s site in bordered government-style tables (label cell / control cell), one per section: 网站信息 — 网站名称, 工信部备案号 (the profile holds none yet: missing), 网站开通日期 a TinyDatePicker, 主域名 (apex on blur), 网站IP; 网络接入服务商 — 所属地区管辖 TinyRadios (境内 / 境外), 接入商名称 a filterable TinySelect listed late (§2.5), 接入商所属区域 a whole-tree TinyCascader, 网站接入方式 a TinySelect listed late (租赁虚拟空间); 域名注册服务商 — 注册商名称 a filterable TinySelect (§2.5); 服务信息 — 是否提供互联网交互服务 TinyRadios (否), 网站类型 a TinySelect (letter-coded: Z 其他), 是否提供涉及管制物品信息发布服务 TinyRadios (否), 网站语种 a TinyCheckboxGroup (§2.3 list); 保存草稿 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      ip: expectValue('网站IP', '47.96.12.34'),
      apJurisdiction: expectValue('所属地区管辖', '境内'),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      registrar: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      category: expectValue('网站类型', 'Z'),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalPerson, build: B.mpsPrincipalPerson, set: 'tuning', platform: 'mps', step: 'principal', variant: '个人', library: 'element-plus',
    url: BUILD_URL.mps + B.mpsPrincipalPerson, title: '公安备案 · 网站负责人（个人；角色表格 + 编辑弹窗；安全负责人同主体负责人勾选复制锁定，有效期起止两个日期 + 长期勾选，证件正面上传，证件反面缺，应急联络人同主体负责人开关）', entity: PERSON,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4 for a person (securityOfficer and emergencyContact = the principal 张伟): an el-table of the two roles (角色 / 姓名 / 状态 / 操作) whose 编辑 buttons open an el-dialog each (its form rendered only once opened; 确定 keeps the values): 网站安全负责人 — 同主体负责人信息 an el-checkbox (copies and locks the principal\'s fields), 负责人姓名, 证件类型 an el-select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two el-date-pickers + 长期 an el-checkbox (not long-term), 手机号码, 电子邮件地址, 证件正面 / 证件反面 el-uploads (§2.4: re-upload even when copied; the profile holds the front only: the back is missing); 网站应急联络人 — 同主体负责人信息 an el-switch (on hides its fields); the 告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', true),
      aqName: expectValue('负责人姓名', PERSON),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '330106199003071236'),
      aqValidFrom: expectValue('证件有效期起', '2018-03-01'),
      aqValidTo: expectValue('证件有效期止', '2038-03-01'),
      aqLongTerm: expectValue('长期', false),
      aqMobile: expectValue('手机号码', '13800138000'),
      aqEmail: expectValue('电子邮件地址', 'zhangwei@example.com'),
      aqFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      aqBack: expectMissing('证件反面'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldSiteUnit, build: B.oldSiteUnit, set: 'tuning', platform: 'beian-old', step: 'site', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSiteUnit, title: '旧公安备案平台 · 网站基本信息（单位；每节一张带标题表格；IP 与从域名多行文本，接入商与注册商编码下拉，交互服务单选显出交互类型复选，语种编码复选，工信部备案号缺，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.3 for a unit\'s site (s-yunqi-www) in one <table> per section, each with a <caption> (网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息): 网站名称, 工信部备案号 (none yet: missing), 网站开通日期 a text (yyyy-mm-dd, blur), 网站域名, 从域名 a textarea (one per line), 网站IP a textarea (one per line, IPv4 and IPv6), 接入商名称 a coded <select> (§2.5), 网站接入方式 a <select>, 接入商电话, 接入商编码 (§2.5: the USCC\'s organisation code), 注册商名称 a coded <select>, 是否提供互联网交互服务 radios (是 reveals 交互服务类型 checkboxes), 网站语种 coded checkboxes (§2.3), 是否提供涉及管制物品信息发布服务 radios; 验证码 and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('网站域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入商电话', '95187'),
      apCode: expectValue('接入商编码', '673959654'),
      registrar: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubjectPerson, build: B.tencentSubjectPerson, set: 'tuning', platform: 'tencent', step: 'subject', variant: '个人', library: 'antd',
    url: TENCENT + B.tencentSubjectPerson, title: '腾讯云 · 填写主体信息（个人；导航式步骤条切换三块：主办者 / 负责人 / 联系方式；通讯地址整树级联延迟加载 + 详细，投资人自动完成，主体备案号缺，有效期开始日期 + 截止文本 + 长期勾选）', entity: PERSON,
    about: 'antd 6 on React 19 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF]). FORMS §1.3 with §1.10 Tencent wordings (姓名, 证件住址, 主体备案号) for an individual: a navigation-type antd Steps switching three panes (all kept mounted, one shown): 主办者 — 姓名, 证件住址 a TextArea (region names + street), 通讯地址 a whole-tree antd Cascader answered late + 详细地址 (door number on blur), 投资人或主管单位 an AutoComplete (§1.3: an individual writes the own name), 主体备案号 (a first filing: missing); 负责人 — 证件类型 a Select, 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 证件有效期截止 a text (yyyy-mm-dd) + 长期 a Checkbox disabling it; 联系方式 — 手机号码, 应急联系电话 (must differ), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      name: expectValue('姓名', PERSON),
      certAddress: expectValue('证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通讯地址', ZW_REGION),
      mailDetail: expectValue('详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      entityIcp: expectMissing('主体备案号'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prValidTo: expectValue('证件有效期截止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实、准确'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSiteUnit, build: B.huaweiSiteUnit, set: 'tuning', platform: 'huawei', step: 'site', variant: '单位', library: 'tdesign',
    url: HUAWEI + B.huaweiSiteUnit, title: '华为云 · 填写互联网信息服务（单位；左侧菜单切换三节：网站基本信息 / 域名与IP / 互联网信息服务负责人；主域名下拉延迟加载，从域名多选，服务内容下拉，语言复选组，IP 多行文本，证件类型单选，有效期日期区间）', entity: UNIT,
    about: 'TDesign React 1.18 on React 19 (FORMS §1.10: OpenTiny is reported for the Huawei Cloud console [INF]). FORMS §1.4 with §1.10 Huawei wordings (首页URL, 从域名, 互联网信息服务负责人) for a company\'s site, a console-style TDesign Menu at the left switching three sections (all kept mounted, one shown): 网站基本信息 — 网站名称, 服务内容 a Select (§1.9: 单位门户网站), 网站语言 a Checkbox group (§1.4); 域名与IP — 主域名 a Select of the account\'s domains listed late, 从域名 a multiple Select (the other domains of the site), 首页URL (no scheme, on blur), IP地址 a Textarea (one per line, IPv4 and IPv6); 互联网信息服务负责人 (王强) — 姓名, 证件类型 Radios, 证件号码 (GB 11643 on blur), 证件有效期 a DateRangePicker, 手机号码, 应急联系电话 (must differ), 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      content: expectValue('服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      ips: expectValue('IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      wpName: expectValue('互联网信息服务负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
