/**
 * RETIRED held-out builds (generation 32), now tuning builds. First scored 92/95 filled (96.8 %), 5/5 missing flagged and
 * 0 wrong by the engine at the start of stop 32 (2b4e37c) and after its generation-30 and -31 work (bench/zoo-heldout32-first/);
 * retired in stop 33 once generation 33 had been scored, and fixed against.
 *
 * Held-out builds (generation 32): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–31), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写网站信息, 单位, Element Plus (generation 14 built it: a transfer of languages) as DOMAIN CARDS: every domain a
 *        small el-card row added with 添加域名, 首页URL an el-autocomplete fed by the domains, 服务内容 an el-tree-select
 *        of grouped content kinds, 语言 checkbox BUTTONS, 前置审批 a 是 / 否 el-select revealing the items, the site
 *        principal's validity an el-date-picker DATERANGE;
 *      · 填写主办者信息, 个人, TDesign (generation 12 built it: plain selects) as a MODAL DIALOG SHEET (the form in an open,
 *        non-closable TDesign Dialog over the order summary), 通信地址 a LAZY TDesign Cascader (load per level), 有效期 two
 *        DatePickers + a 长期 Switch disabling the end;
 *      · 填写基本信息, 单位, antd (generation 6 built it: bilingual labels) as a TWO-COLUMN GRID card, 所属区域 a LAZY antd
 *        Cascader (loadData), 性质 a searchable Select, 证件类型 plain RADIOS filtered by the nature, the cloud instance a
 *        TREESELECT (instances grouped by product) answered late.
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站负责人, 个人, antd (generation 14 built it: side by side) as SEGMENTED PANES (an antd Segmented switching two
 *        mounted panes, the other hidden), 同主体负责人 a Checkbox copying the held principal, 有效期 a RangePicker,
 *        证件 正面 / 反面 / 手持 three antd Uploads, the emergency contact's 同主体负责人 a Switch hiding its fields;
 *      · 网站基本信息, 单位, TDesign (generation 20 built it: sub-steps) as an ANCHOR RAIL (a TDesign Anchor at the left,
 *        four cards), 从域名 a TagInput, IPs ADDED ROWS, 域名证书有效期 a DateRangePicker, 交互服务 是 / 否 radios revealing a
 *        checkbox group, 危险物品 a Switch, 语种 a multiple Select, the 接入商 name an AutoComplete answered late, its region
 *        a whole-tree Cascader.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站负责人 for a person
 *    (generations 9, 18, 23 and 26 built it: y/m/d selects, stacked, role grid, dl copy) in a NEW layout: FLOATED DIVS
 *    (no table: label spans floated left, two <h3> blocks), 有效期 two texts + a 长期 tick, coded selects.
 *  - Tencent's 填写主体信息 (单位, Element Plus) and Huawei's 基础信息校验 (个人, OpenTiny) are new cells.
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
  aliyunSiteUnit: 'heldout32-aliyun-site-unit-elp-domaincards',
  aliyunSubjectPerson: 'heldout32-aliyun-subject-person-tdesign-dialogsheet',
  aliyunBasicUnit: 'heldout32-aliyun-basic-unit-antd-treeinstance',
  mpsPrincipalPerson: 'heldout32-mps-principal-person-antd-segmentpanes',
  mpsSiteUnit: 'heldout32-mps-site-unit-tdesign-anchorrail',
  oldPrincipalPerson: 'heldout32-beian-old-principal-person-native-floatdivs',
  tencentSubjectUnit: 'heldout32-tencent-subject-unit-elp-topgrid',
  huaweiBasicPerson: 'heldout32-huawei-basic-person-opentiny-vsteps',
} as const;

export const HELDOUT32_PAGES: ZooPage[] = [
  {
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'tuning', platform: 'aliyun', step: 'site', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；域名逐个卡片添加；首页URL自动补全，服务内容树形下拉，语言按钮复选，前置审批是否下拉，负责人有效期区间）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.4: 网站名称 (§3.6, blur), 网站域名 one el-card row per domain added with 添加域名 (apex, blur), 网站首页URL an el-autocomplete offering www.<domain>, 网站服务内容 an el-tree-select of grouped §1.9 kinds (a company: 单位门户网站), 网站语言 checkbox buttons (§1.4 list), 是否涉及前置审批 a 是 / 否 select revealing the §1.4 items (the profile has none: 否); 网站负责人 (webPrincipal 王强): 姓名, 证件类型 a select, 证件号码 (GB 11643, blur), 证件有效期 a daterange picker, 手机号码, 应急联系电话 (must differ), 电子邮箱; the service type is read-only; the agreement tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；表单在打开的对话框里；通信地址懒加载级联，有效期起止两个日期 + 长期开关，证件类型下拉）', entity: PERSON,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual: 主办人名称 read-only (from step 1), 证件住所 (as printed: region names + street), 通信地址 a LAZY TDesign Cascader (load per level) + 通信地址详细 (door number, blur), 投资人或主管单位 (an individual writes their own name); 主体负责人: 负责人姓名, 证件类型 a Select (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers + 长期 a Switch (off: the card ends 2038-03-01), 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
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
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；两列网格卡片；区域懒加载级联，性质可搜索下拉，证件类型单选随性质过滤，实例树形选择延迟加载）', entity: UNIT,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.2 step 1: 主办单位所属区域 a LAZY antd Cascader (loadData per level), 主办单位性质 a searchable Select (§1.6), 主办单位证件类型 plain radios filtered by the nature (§1.7: a 企业 files its 营业执照), 主办单位证件号码 (GB 32100 on blur, §3.2), 网站域名 (the main domain, apex, blur), 备案实例 a TreeSelect of instances grouped by product, listed after a delay (the one holding the site\'s 47.96.56.78); 信息校验 is a human step.',
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
    id: B.mpsPrincipalPerson, build: B.mpsPrincipalPerson, set: 'tuning', platform: 'mps', step: 'principal', variant: '个人', library: 'antd',
    url: BUILD_URL.mps + B.mpsPrincipalPerson, title: '公安备案 · 网站负责人（个人；分段切换两个面板；同主体负责人勾选复制，有效期区间，证件三张上传，应急联络人同主体负责人开关）', entity: PERSON,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4: an antd Segmented switches 网站安全负责人 / 网站应急联络人 (both panes mounted, one hidden). 安全负责人 (securityOfficer = the principal 张伟): 同主体负责人信息 a Checkbox copying the held principal, 安全负责人姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (blur), 证件有效期 a RangePicker, 手机号码, 电子邮件地址 (blur), then 证件正面 / 证件反面 / 手持证件照 three Uploads (re-upload even when copied; the profile holds only the front: 反面 and 手持 missing); 应急联络人 (emergencyContact = the principal): 同主体负责人 a Switch hiding its fields; the 责任告知书 tick and 提交 are human steps.',
    // (aqSame was left unfilled from stop 33 to stop 34: the box beside the Segmented was read without its person. Since
    // stop 35 a Segmented over panes of its own is no field, and its chosen option titles the shown pane, whose box then
    // is the 安全负责人's; since stop 34 the Segmented is walked as a tab strip, which fills yjSame)
    expect: {
      aqSame: expectValue('同主体负责人信息', true),
      aqName: expectValue('安全负责人姓名', PERSON),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '330106199003071236'),
      aqValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      aqMobile: expectValue('手机号码', '13800138000'),
      aqEmail: expectValue('电子邮件地址', 'zhangwei@example.com'),
      aqFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      aqBack: expectMissing('证件反面'),
      aqHand: expectMissing('手持证件照'),
      yjSame: expectValue('应急联络人 · 同主体负责人', true),
      notice: expectUntouched('我已阅读《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.mpsSiteUnit, build: B.mpsSiteUnit, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSiteUnit, title: '公安备案 · 网站基本信息（单位；左侧锚点导航四张卡片；从域名标签输入，IP逐行添加，证书有效期区间，交互服务单选展开类型，危险物品开关，语种多选，接入商自动补全）', entity: UNIT,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header). FORMS §2.3: 网站名称, 工信部备案号 (§3.4 on blur; the profile has none: missing), 网站开通日期 a DatePicker, 主域名 (apex, blur), 从域名 a TagInput, 域名证书有效期 a DateRangePicker ([BRIEF] field; the profile\'s domain certificate dates), 网站IP added rows (IPv4 / IPv6, blur), 网站类型 a Select of the letter list (psbCategory E), 是否提供互联网交互服务 是 / 否 radios revealing 交互服务类型 checkboxes, 涉及危险物品信息发布 a Switch (off), 网站语种 a multiple Select (§2.3 list); §2.5 网络接入服务商: 接入商所属地区管辖 a Select, 接入商所属区域 a whole-tree Cascader, 接入商名称 an AutoComplete answered late, 网站接入方式 a Select (租赁主机), 接入商电话, 接入商编码 (9 characters); 域名注册服务商: 注册商名称, 注册商电话; 暂存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      certValidity: expectValue('域名证书有效期', ['2025-11-01', '2028-11-01'], true),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('涉及危险物品信息发布', false),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apJurisdiction: expectValue('接入商所属地区管辖', '境内'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入商电话', '95187'),
      apCode: expectValue('接入商编码', '673959654'),
      rgName: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册商电话', '010-65985888'),
      draftClicks: expectUntouched('暂存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldPrincipalPerson, build: B.oldPrincipalPerson, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalPerson, title: '旧公安备案平台 · 网站负责人（个人；浮动 div 两块：网站安全负责人 / 网站应急联络人；编码下拉，有效期起止文本 + 长期勾选，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.4 for a person (securityOfficer and emergencyContact = the principal 张伟): 网站安全负责人 — 负责人姓名, 证件类型 a coded <select> (§2.2 codes), 证件号码 (blur), 有效期起 / 有效期止 two texts (YYYY-MM-DD, blur) + 长期 a tick (off), 手机号码, 电子邮件 (blur checks); 网站应急联络人 — 联络人姓名, 联络人证件类型 a coded <select>, 联络人证件号码, 联络人手机号码; 验证码, the 责任告知书 tick and 下一步 are human steps.',
    expect: {
      aqName: expectValue('负责人姓名', PERSON),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '330106199003071236'),
      aqValidFrom: expectValue('有效期起', '2018-03-01'),
      aqValidTo: expectValue('有效期止', '2038-03-01'),
      aqLongTerm: expectValue('长期', false),
      aqMobile: expectValue('手机号码', '13800138000'),
      aqEmail: expectValue('电子邮件', 'zhangwei@example.com'),
      yjName: expectValue('联络人姓名', PERSON),
      yjCertType: expectValue('联络人证件类型', '居民身份证'),
      yjCertNumber: expectValue('联络人证件号码', '330106199003071236'),
      yjMobile: expectValue('联络人手机号码', '13800138000'),
      notice: expectUntouched('已阅读并知悉责任告知书'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubjectUnit, build: B.tencentSubjectUnit, set: 'tuning', platform: 'tencent', step: 'subject', variant: '单位', library: 'element-plus',
    url: TENCENT + B.tencentSubjectUnit, title: '腾讯云 · 填写主体信息（单位；标签在上的三列网格，分隔线标题；营业执照上传，通讯地址懒加载级联，有效期开始 + 长期勾选，证件类型下拉）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF], not confirmed). FORMS §1.3 with §1.10 Tencent wordings, labels on top in a three-column el-row grid under el-divider headings: 营业执照 an el-upload (the profile holds the licence image), 单位名称, 证件号码 (GB 32100 on blur), 证件住址 (§1.10 wording: region names + street), 通讯地址 a LAZY el-cascader (props.lazy) + 详细地址, 投资者或上级主管单位 (a company writes its full name), 主体备案号 (the profile has none: missing); 主体负责人 (principal 李娜): 负责人姓名, 负责人证件类型 an el-select (§1.3 list), 负责人证件号码 (blur), 证件有效期开始 a date picker + 长期有效 a checkbox hiding the end, 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; 主办者性质 and 证件类型 read-only (from 验证备案类型); 保存并下一步 is a human step.',
    expect: {
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      unitName: expectValue('单位名称', UNIT),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      certAddress: expectValue('证件住址', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通讯地址', YH_REGION),
      mailDetail: expectValue('详细地址', YH_DETAIL),
      investor: expectValue('投资者或上级主管单位', UNIT),
      entityIcp: expectMissing('主体备案号'),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      nextClicks: expectUntouched('保存并下一步'),
    },
  },
  {
    id: B.huaweiBasicPerson, build: B.huaweiBasicPerson, set: 'tuning', platform: 'huawei', step: 'basic', variant: '个人', library: 'opentiny',
    url: HUAWEI + B.huaweiBasicPerson, title: '华为云 · 基础信息校验（个人；左侧竖向步骤条；地域可搜索级联，性质下拉，证件类型单选组，资源类型单选，云服务器下拉延迟加载）', entity: PERSON,
    about: 'OpenTiny Vue 3.31 on Vue 3 (FORMS §1.10: OpenTiny reported for the Huawei Cloud console [INF]). FORMS §1.10 Huawei 基础信息校验 with a vertical TinySteps at the left: 地域 a filterable TinyCascader of the whole tree, 主办单位性质 a TinySelect (§1.6), 主办单位名称 (an individual: the person\'s name), 证件类型 a TinyRadio group (§1.7 personal documents), 证件号码 (GB 11643 on blur), 备案域名 (apex, blur), 资源类型 radios (云服务器 preset; 备案授权码 reveals its box), 云服务器 a TinySelect listed after a delay (the ECS holding the site\'s 47.96.12.34); 下一步 is a human step.',
    expect: {
      region: expectPath('地域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      name: expectValue('主办单位名称', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('备案域名', 'zhangwei-notes.cn'),
      ecs: expectValue('云服务器', 'ecs-7f3a21'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
