/**
 * Held-out builds (generation 42): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–41), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 单位, antd (generation 8 built it: columns) as an EDIT TABLE: one antd Table (项目 / 填写内容 / 填写说明)
 *        whose content cells hold the controls; 证件住所 ONE TextArea line, 通信地址 a whole-tree Cascader answered late +
 *        detail, 是否为法定代表人 button Radios, 证件类型 button Radios, 有效期 a DatePicker + a 长期有效 Switch hiding the end;
 *      · 填写主办者信息, 个人, TDesign (generations 12, 32 and 36 built it: selects, dialog sheet, swimlanes) as EXPAND ROWS:
 *        a TDesign Table of three sections (主办者 / 主体负责人 / 联系方式), each row expanding into its form (all expanded
 *        at first, a user may fold them); 通信地址 THREE Selects each listed late + detail, 有效期 a DatePicker + an end
 *        date TEXT + a 长期 Checkbox disabling it, 办公室电话 missing;
 *      · 填写网站信息, 个人, Element Plus (generations 3, 7 and 28 built it: plain, drawer, field table) as SEGMENT PANES: an
 *        el-segmented switching two panes (网站信息 / 网站负责人; both mounted, one shown); 网站域名 an el-input-tag,
 *        首页URL an el-autocomplete offered from it, 语言 a button checkbox group, 前置审批 an el-select 是 / 否, 同主体负责人
 *        an el-checkbox copying and locking, 有效期 two el-date-pickers, 办公室电话 missing.
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 单位, antd (generations 4 and 6 built it: collapse, tabs) as a CARD GRID: four antd Cards in a two-
 *        column Row/Col grid (网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息); 从域名 and IPs as tag Selects, 接入商 a
 *        searchable Select listed late, 接入方式 Radios, 注册商 an AutoComplete, 交互 a Switch revealing a kinds Checkbox
 *        group, 网站类型 a letter-coded Select, 语种 a multiple Select, 工信部备案号 missing;
 *      · 网站负责人, 单位, OpenTiny (generation 13 built it: tabs) as FOLD ROLES: a TinyCollapse with one item per role (both
 *        open); the security officer (王强, not the principal) with a TinySwitch 同主体负责人信息 (off), a TinySelect, a
 *        daterange TinyDatePicker, 证件正面 / 证件反面 file pickers (the profile holds neither: missing); the emergency
 *        contact as 联络人来源 TinyRadios (同主体负责人 / 同安全负责人 / 另行填写) with a read-only summary.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站负责人 for a unit
 *    (generations 8, 16, 20, 27, 30 and 39 built it) in a NEW layout: TBODY GROUPS: one <table> whose role sections are
 *    <tbody> groups each opened by a <th colspan> row; coded selects, date texts, a 同主体负责人 tick copying and locking,
 *    a file input (missing), a captcha.
 *  - Huawei's 基础信息校验 (单位, Element Plus) and Tencent's 填写网站信息 (单位, OpenTiny) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSubjectUnit: 'heldout42-aliyun-subject-unit-antd-edittable',
  aliyunSubjectPerson: 'heldout42-aliyun-subject-person-tdesign-expandrows',
  aliyunSitePerson: 'heldout42-aliyun-site-person-elp-segmentpanes',
  mpsSiteUnit: 'heldout42-mps-site-unit-antd-cardgrid',
  mpsPrincipalUnit: 'heldout42-mps-principal-unit-opentiny-foldroles',
  oldPrincipalUnit: 'heldout42-beian-old-principal-unit-native-tbodygroups',
  huaweiBasicUnit: 'heldout42-huawei-basic-unit-elp-verifycard',
  tencentSiteUnit: 'heldout42-tencent-site-unit-opentiny-domaingrid',
} as const;

export const HELDOUT42_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'heldout', platform: 'aliyun', step: 'subject', variant: '单位', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；一张编辑表格：项目 / 填写内容 / 填写说明；证件住所一行文本，通信地址整树级联延迟加载 + 详细，是否法定代表人按钮单选，证件类型按钮单选，有效期开始日期 + 长期有效开关隐藏截止）', entity: UNIT,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.3 for a company (principal = legal rep 李娜, §1.8) in one antd Table (项目 / 填写内容 / 填写说明) whose content cells hold the controls: 主办单位名称 read-only (from 填写基本信息), 主办单位证件住所 a TextArea (region names + street, §1.3: equal to the certificate), 通信地址 a whole-tree Cascader answered late + 通信地址详细 (door number on blur), 投资人或主管单位 (§1.3: a company writes its own full name); 主体负责人是否为法定代表人 button Radios (§1.8: 是), 主体负责人姓名, 证件类型 button Radios (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起 a DatePicker, 长期有效 a Switch (on hides 证件有效期止), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YQ_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('通信地址详细', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prIsLegalRep: expectValue('主体负责人是否为法定代表人', '是'),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'heldout', platform: 'aliyun', step: 'subject', variant: '个人', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；表格三行可展开：主办者 / 主体负责人 / 联系方式；通信地址三个下拉逐级延迟加载 + 详细，有效期开始日期 + 截止文本 + 长期勾选禁用，办公室电话缺）', entity: PERSON,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual (principal = 张伟) in a TDesign Table of three section rows, each expanding into its form (all expanded at first): 主办人名称 read-only, 证件住所 a Textarea (region names + street), 通信地址 three Selects 省 / 市 / 区县 each listed late + 详细地址 (door number on blur), 投资人或主管单位 (§1.3: an individual writes his own name); 主体负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 证件有效期截止 a date text (yyyy-mm-dd on blur) with a 长期 Checkbox disabling it; 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('证件住所', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prValidTo: expectValue('证件有效期截止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'heldout', platform: 'aliyun', step: 'site', variant: '个人', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；分段控件切换两块：网站信息 / 网站负责人；域名标签输入，首页URL自动补全随域名，语言按钮复选组，前置审批下拉是/否，同主体负责人勾选复制锁定，有效期起止两个日期，办公室电话缺）', entity: PERSON,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual (webPrincipal = the principal 张伟) behind an el-segmented (网站信息 / 网站负责人; both panes mounted, one shown): 网站名称 (§3.6 individual naming on blur), 网站域名 an el-input-tag (apex, Enter adds), 网站首页URL an el-autocomplete offered from the domains (www. or bare), 服务内容 read-only (其他, fixed for individuals), 网站语言 a button checkbox group (§1.4), 是否涉及前置审批 an el-select 是 / 否 (none: 否), 网站备注 a textarea; 同主体负责人 an el-checkbox (copies and locks the principal\'s fields), 网站负责人姓名, 证件类型 an el-select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two el-date-pickers, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSame: expectValue('同主体负责人', true),
      wpName: expectValue('网站负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期起', '2018-03-01'),
      wpValidTo: expectValue('证件有效期止', '2038-03-01'),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSiteUnit, build: B.mpsSiteUnit, set: 'heldout', platform: 'mps', step: 'site', variant: '单位', library: 'antd',
    url: BUILD_URL.mps + B.mpsSiteUnit, title: '公安备案 · 网站基本信息（单位；两列卡片网格：网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息；从域名与IP标签下拉，接入商可搜索下拉延迟加载，接入方式单选，注册商自动补全，交互开关显出类型复选组，网站类型字母编码下拉，语种多选，工信部备案号缺）', entity: UNIT,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 for a unit in four antd Cards on a two-column grid: 网站名称 (= the ICP name), 工信部备案号 (not yet approved: missing), 网站开通日期 a DatePicker (openedAt), 主域名 (apex on blur), 从域名 a tags Select, 网站IP a tags Select (IPv4 / IPv6); 接入商名称 a searchable Select listed late (§2.5: 阿里云计算有限公司), 网站接入方式 Radios (租赁主机), 接入商电话; 注册商名称 an AutoComplete (§2.5: 阿里云计算有限公司（原万网）); 是否提供互联网交互服务 a Switch (on reveals 交互服务类型, a Checkbox group), 网站类型 a letter-coded Select (E 信息资讯类: psbCategory E), 网站语种 a multiple Select (§2.3 list), 是否提供涉及管制物品信息发布服务 Radios (否); 保存草稿 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入商电话', '95187'),
      registrar: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      interactive: expectValue('是否提供互联网交互服务', true),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      category: expectValue('网站类型', 'E'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'heldout', platform: 'mps', step: 'principal', variant: '单位', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位；折叠面板每个角色一项（都展开）；安全负责人不同于主体负责人，同主体负责人开关（关），有效期日期区间，证件正反面缺；应急联络人来源单选 + 只读摘要）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header). FORMS §2.4 for a unit (securityOfficer = 王强, emergencyContact = the principal 李娜) in a TinyCollapse with one item per role (both open): 网站安全负责人 — 同主体负责人信息 a TinySwitch (copies and locks the principal\'s fields; here off), 负责人姓名, 证件类型 a TinySelect (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期 a daterange TinyDatePicker, 手机号码, 办公室电话, 电子邮件地址, 证件正面 / 证件反面 file pickers (§2.4; the profile holds no photo of 王强: both missing); 网站应急联络人 — 联络人来源 TinyRadios (同主体负责人 / 同安全负责人 / 另行填写: 同主体负责人) with a read-only summary; the 告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqOffice: expectValue('办公室电话', '0571-88887777'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      aqBack: expectMissing('证件反面'),
      yjSource: expectValue('联络人来源', '同主体负责人'),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldPrincipalUnit, build: B.oldPrincipalUnit, set: 'heldout', platform: 'beian-old', step: 'principal', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalUnit, title: '旧公安备案平台 · 网站负责人（单位；一张表格按角色分 tbody 组，组首一行标题；编码下拉，有效期起止文本，同主体负责人勾选复制锁定，证件正面缺，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.4 (old codes, §2.2 cert list) for a unit (securityOfficer = 王强, emergencyContact = the principal 李娜) in ONE table whose role sections are <tbody> groups opened by a <th colspan> row: 网站安全负责人 — 同主体负责人信息 a tick (copies and locks; off), 负责人姓名, 证件类型 a coded <select> (居民身份证 01), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 texts (yyyy-mm-dd, blur), 手机号码, 电子邮件地址, 证件正面 a file input (the profile holds no photo of 王强: missing); 网站应急联络人 — 同主体负责人信息 a tick (on: 李娜; it hides the contact\'s own rows); 验证码 and 下一步 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqValidFrom: expectValue('证件有效期起', '2020-08-12'),
      aqValidTo: expectValue('证件有效期止', '2040-08-12'),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiBasicUnit, build: B.huaweiBasicUnit, set: 'heldout', platform: 'huawei', step: 'basic', variant: '单位', library: 'element-plus',
    url: HUAWEI + B.huaweiBasicUnit, title: '华为云 · 基础信息校验（单位；一张窄卡片分三段；地域懒加载级联逐级延迟，性质按钮单选，证件类型随性质延迟加载，IP地址可创建多选，备案授权码缺，主体负责人 + 联系方式）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (FORMS §1.10: Huawei\'s console is reported on OpenTiny [INF]). FORMS §1.10 Huawei 基础信息校验 (with §1.2 step 1 and §1.3) for a company in one narrow el-card of three sections: 地域 a lazy el-cascader loading each level late (the entity\'s region), 主办单位性质 button Radios (企业, §1.6), 主办单位名称, 证件类型 an el-select listed late once the nature is chosen (§1.7: 营业执照（个人或企业）), 证件号码 (GB 32100 on blur); 资源 — IP地址 a filterable el-select allowing new entries (the site\'s IPs), 备案授权码 (the profile has none: missing); 主体负责人姓名 (legal rep 李娜), 主体负责人证件号码 (GB 11643 on blur), 手机号码, 电子邮箱; 信息校验 is a human step.',
    expect: {
      region: expectPath('地域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      unitName: expectValue('主办单位名称', UNIT),
      certType: expectValue('证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      ips: expectValue('IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      authCode: expectMissing('备案授权码'),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertNumber: expectValue('主体负责人证件号码', '330110198511204525'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.tencentSiteUnit, build: B.tencentSiteUnit, set: 'heldout', platform: 'tencent', step: 'site', variant: '单位', library: 'opentiny',
    url: TENCENT + B.tencentSiteUnit, title: '腾讯云 · 填写网站信息（单位；两列网格：网站信息 | 网站负责人；域名多选延迟加载，首页URL单选随域名，服务内容下拉，语言复选组，前置审批开关，负责人来源下拉“另行填写”显出字段，有效期日期区间）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF]). FORMS §1.4 for a company (webPrincipal = 王强, not the 主体负责人) on a two-column grid (网站信息 | 网站负责人): 网站名称, 网站域名 a multiple TinySelect of the account\'s real-name domains listed late (one more than the site\'s), 网站首页URL TinyRadios offered from the chosen domains, 网站服务内容 a TinySelect (§1.9: 单位门户网站), 网站语言 a TinyCheckboxGroup (§1.4), 是否涉及前置审批 a TinySwitch (none: off); 负责人来源 a TinySelect (同主体负责人 / 另行填写: 另行填写 reveals the fields), 负责人姓名, 证件类型 a TinySelect (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a daterange TinyDatePicker, 手机号码, 应急联系电话 (must differ), 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', false),
      wpSource: expectValue('负责人来源', '另行填写'),
      wpName: expectValue('负责人姓名', '王强'),
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
