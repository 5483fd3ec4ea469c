/**
 * Held-out builds (generation 36): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–35), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写基本信息, 个人, OpenTiny (generation 13 built it: an IP address widget) as a NARROW COLUMN: one centred column,
 *        labels above the fields, bordered blocks; 主办者所属区域 ONE whole-tree TinyCascader, 主办者性质 a TinySelect,
 *        证件类型 TinyRadios filtered by the nature, 资源类型 TinyRadioButtons, 备案实例 a TinySelect listed late per kind;
 *      · 填写主办者信息, 个人, TDesign (generations 12 and 32 built it: three selects, a dialog sheet) as SWIMLANES: three
 *        TDesign Cards side by side (主办者 / 主体负责人 / 联系方式), labels on top; 通信地址 a whole-tree Cascader, 投资人
 *        an AutoComplete offering the person's name, 有效期 ONE DateRangePicker;
 *      · 填写网站信息, 单位, Element Plus (generations 14 and 32 built it: a transfer, domain cards) as a TIMELINE: an
 *        el-timeline whose items are the sections; 网站域名 an el-checkbox-group of the account's real-name domains
 *        answered late, 首页URL an el-autocomplete, 服务内容 a filterable el-select, 语言 el-checkbox-buttons, 前置审批 an
 *        el-switch, the site principal's 有效期 two el-date-pickers.
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 开办主体, 单位, antd (generations 2 and 7 built it: plain, segmented) as a COLLAPSE: three antd Collapse panels
 *        (all open); 单位证件类型 button radios, 有效证件 an Upload, 单位办公地址 THREE antd Selects loaded level by level,
 *        负责人常住地址 a whole-tree Cascader + street line, 有效期开始 a typed text (blur) + 长期有效 a Switch, 生成式人工智能
 *        是 / 否 radios;
 *      · 网站负责人, 单位, Element Plus (generation 5 built it: a table) as GRID COLUMNS: top labels, three el-cols a row
 *        under el-dividers; 有效期 a daterange picker, two el-uploads, the emergency contact's 同主体负责人信息 an el-switch
 *        (off reveals the 联络人 fields).
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站负责人 for a person
 *    (generations 9, 18, 23, 26 and 32 built it: ymd, stacked, role grid, dl copy, float divs) in a NEW layout: HR BLOCKS
 *    (each field a block with its caption ABOVE the control, groups split by <hr> rules, no table, no dl), coded selects,
 *    two validity texts + 长期 是 / 否 radios, a file input, a 同主体负责人信息 tick hiding the emergency fields.
 *  - Tencent's 验证备案类型 (个人, antd) and Huawei's 填写互联网信息服务 (个人, TDesign) are new cells.
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
  aliyunBasicPerson: 'heldout36-aliyun-basic-person-opentiny-narrowcolumn',
  aliyunSubjectPerson: 'heldout36-aliyun-subject-person-tdesign-swimlanes',
  aliyunSiteUnit: 'heldout36-aliyun-site-unit-elp-timeline',
  mpsSubjectUnit: 'heldout36-mps-subject-unit-antd-collapse',
  mpsPrincipalUnit: 'heldout36-mps-principal-unit-elp-gridcols',
  oldPrincipalPerson: 'heldout36-beian-old-principal-person-native-hrblocks',
  tencentBasicPerson: 'heldout36-tencent-basic-person-antd-navsteps',
  huaweiSitePerson: 'heldout36-huawei-site-person-tdesign-gridcards',
} as const;

export const HELDOUT36_PAGES: ZooPage[] = [
  {
    id: B.aliyunBasicPerson, build: B.aliyunBasicPerson, set: 'heldout', platform: 'aliyun', step: 'basic', variant: '个人', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunBasicPerson, title: '阿里云 · 填写基本信息（个人；居中窄列、标签在上；所属区域整树级联，性质下拉，证件类型随性质过滤单选，资源类型按钮单选，实例下拉延迟加载）', entity: PERSON,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for an individual, one narrow centred column with labels above: 主办者所属区域 ONE whole-tree TinyCascader (province / city / county), 主办者性质 a TinySelect (§1.6: 个人), 主办者证件类型 TinyRadios filtered by the nature (§1.7: 居民身份证), 证件号码 (GB 11643 on blur), 备案域名 (apex, blur), 资源类型 TinyRadioButtons (云服务器ECS preset; §1.2), 备案实例 a TinySelect listed after a delay per kind (the ECS holding the site\'s 47.96.12.34); 信息校验 is a human step.',
    expect: {
      region: expectPath('主办者所属区域', ZW_REGION),
      nature: expectValue('主办者性质', '个人'),
      certType: expectValue('主办者证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('备案域名', 'zhangwei-notes.cn'),
      instance: expectValue('备案实例', 'i-bp18zw3notes0a1c'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'heldout', platform: 'aliyun', step: 'subject', variant: '个人', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；三列泳道卡片、标签在上；通信地址级联，投资人自动补全，负责人证件有效期区间，办公室电话缺）', entity: PERSON,
    about: 'TDesign React 1.18 on React 19 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual in three side-by-side Cards: 主办者 — 主办人名称 read-only (from step 1), 证件住所 a Textarea (region names + street, as printed on the ID), 通信地址 a whole-tree Cascader + 通信地址详细 (door number on blur), 投资人或主管单位 an AutoComplete offering the person\'s own name (§1.3: an individual writes his own name); 主体负责人 (the person 张伟) — 负责人姓名, 负责人证件类型 a Select (§1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期 ONE DateRangePicker (2018-03-01 → 2038-03-01); 联系方式 — 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('证件住所', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址详细', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
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
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'heldout', platform: 'aliyun', step: 'site', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；时间轴分节；域名为账号实名域名复选（延迟加载），首页URL自动补全，服务内容可搜索下拉，语言按钮复选，前置审批开关，负责人有效期起止两个日期）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.4 for a company, the sections as el-timeline items: 网站名称 (≥ 3 Chinese characters on blur), 网站域名 an el-checkbox-group of the account\'s real-name domains answered late (the site\'s two of three), 网站首页URL an el-autocomplete offering www.<domain> / <domain>, 服务类型 read-only, 网站服务内容 a filterable el-select (§1.9: 单位门户网站), 网站语言 el-checkbox-buttons (§1.4 list), 涉及前置审批 an el-switch (none: off); 网站负责人 (webPrincipal 王强): 姓名, 证件类型 an el-select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two el-date-pickers, 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the IP is read-only from the instance; the 服务协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('涉及前置审批', false),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('证件有效期止', '2040-08-12'),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubjectUnit, build: B.mpsSubjectUnit, set: 'heldout', platform: 'mps', step: 'subject', variant: '单位', library: 'antd',
    url: BUILD_URL.mps + B.mpsSubjectUnit, title: '公安备案 · 开办主体（单位；三个折叠面板；证件类型按钮单选，有效证件上传，办公地址三个下拉逐级加载，常住地址级联 + 详细，有效期开始文本 + 长期开关，证件照上传，生成式人工智能单选）', entity: UNIT,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a unit in three antd Collapse panels (all open): 单位信息 — 开办主体性质 a Select (new platform: 个人 / 单位), 主办单位名称, 单位证件类型 button radios (§2.2 list: the profile\'s certificate is the 营业执照 → 营业执照证书), 单位证件号码 (GB 32100 on blur), 有效证件 an Upload (the profile holds the licence image), 法人代表人姓名 (legal rep 李娜), 单位办公地址 THREE Selects loaded level by level + 办公地址详细; 负责人信息 (principal 李娜) — 负责人姓名, 证件类型 a Select (§2.2 list), 证件号码 (blur), 证件有效期开始 a typed text (YYYY-MM-DD on blur) + 长期有效 a Switch, 负责人证件正面 / 反面 two Uploads (the profile holds no image of 李娜: missing), 负责人常住地址 a whole-tree Cascader + 常住地址详细; 联系方式 — 办公室电话, 手机号码, 负责人邮箱 (blur), 是否利用生成式人工智能 是 / 否 radios (usesGenAI false); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '单位'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('办公地址详细', YH_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prFront: expectMissing('负责人证件正面'),
      prBack: expectMissing('负责人证件反面'),
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
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'heldout', platform: 'mps', step: 'principal', variant: '单位', library: 'element-plus',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位；标签在上的三列网格、分隔线分组；同主体负责人勾选，有效期区间，证件照上传，应急联络人同主体负责人开关）', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4 for a unit, top labels in a three-column el-row grid under el-dividers: 网站安全负责人 (securityOfficer 王强, not the principal 李娜): 同主体负责人信息 an el-checkbox (stays off; on copies the held principal and locks the fields), 安全负责人姓名, 证件类型 an el-select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期 a daterange el-date-picker, 手机号码, 电子邮件地址 (blur), 证件正面 / 证件反面 two el-uploads (the profile holds no image of 王强: missing); 网站应急联络人 (emergencyContact = the principal): 同主体负责人信息 an el-switch (off reveals 联络人 fields); the 责任告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('安全负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      aqBack: expectMissing('证件反面'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldPrincipalPerson, build: B.oldPrincipalPerson, set: 'heldout', platform: 'beian-old', step: 'principal', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalPerson, title: '旧公安备案平台 · 网站负责人（个人；标题在上的字段块、水平线分组；编码下拉，有效期起止文本 + 长期是否单选，证件正面文件，应急联络人同主体负责人勾选，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.4 for a person (securityOfficer and emergencyContact = the principal 张伟), each field a block with its caption above, groups split by <hr>: 网站安全负责人 — 安全负责人姓名, 证件类型 a coded <select> (§2.2 codes), 证件号码 (blur), 证件有效期起 / 证件有效期止 two texts (YYYY-MM-DD, blur) + 是否长期 是 / 否 radios (the card ends 2038-03-01: 否), 手机号码, 电子邮件 (blur checks), 证件正面 a file input (the profile holds 张伟\'s ID front); 网站应急联络人 — 同主体负责人信息 a tick (on hides the 联络人 fields); 验证码, the 告知书 tick and 下一步 are human steps.',
    expect: {
      aqName: expectValue('安全负责人姓名', PERSON),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '330106199003071236'),
      aqValidFrom: expectValue('证件有效期起', '2018-03-01'),
      aqValidTo: expectValue('证件有效期止', '2038-03-01'),
      aqLongTerm: expectValue('是否长期', '否'),
      aqMobile: expectValue('手机号码', '13800138000'),
      aqEmail: expectValue('电子邮件', 'zhangwei@example.com'),
      aqFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('已阅读并知悉《互联网安全告知书》'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentBasicPerson, build: B.tencentBasicPerson, set: 'heldout', platform: 'tencent', step: 'basic', variant: '个人', library: 'antd',
    url: TENCENT + B.tencentBasicPerson, title: '腾讯云 · 验证备案类型（个人；导航式步骤条 + 单卡表单；备案地域逐级加载级联，主办者性质按钮单选，证件类型下拉，备案云服务单选 + 服务器表格单选（延迟加载），授权码按需显示）', entity: PERSON,
    about: 'antd 6 on React 19 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF], not confirmed). FORMS §1.10 Tencent 验证备案类型 for an individual, an antd navigation Steps bar over one Card: 备案地域 an antd Cascader loading each level late (province / city / county), 主办者性质 button radios (§1.6: 个人), 证件类型 a Select (§1.7 personal documents), 证件号码 (GB 11643 on blur), 网站域名 (apex, blur), 备案云服务 radios (云服务器 / 备案授权码) — 云服务器: an antd Table of the person\'s CVMs answered late, one row picked by a radio (the one holding 47.96.12.34; one expiring in < 3 months disabled), 备案授权码 reveals a code input (the profile holds no code; the server is chosen); 验证 is a human step.',
    expect: {
      region: expectPath('备案地域', ZW_REGION),
      nature: expectValue('主办者性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      server: expectValue('备案云服务器', 'ins-zw0notes1'),
      verifyClicks: expectUntouched('验证'),
    },
  },
  {
    id: B.huaweiSitePerson, build: B.huaweiSitePerson, set: 'heldout', platform: 'huawei', step: 'site', variant: '个人', library: 'tdesign',
    url: HUAWEI + B.huaweiSitePerson, title: '华为云 · 填写互联网信息服务（个人；两张并排卡片：网站 / 负责人；首页URL下拉，服务内容下拉，语言可搜索多选，IP标签输入，前置审批是否单选，负责人有效期区间，网站备注）', entity: PERSON,
    about: 'TDesign React 1.18 on React 19 (FORMS §1.10: OpenTiny is reported for the Huawei Cloud console [INF]). FORMS §1.4 with §1.10 Huawei wordings (互联网信息服务负责人, 首页URL, 服务内容) in two side-by-side Cards: 网站 — 网站名称 (§3.6 individual naming on blur), 主域名 (apex, blur), 首页URL a Select fed by the domain, 服务内容 a Select (§1.9; an individual: 其他), 网站语言 a filterable multiple Select (§1.4 list), IP地址 a TagInput (IPv4 / IPv6 checked), 涉及前置审批 是 / 否 radios (none: 否), 网站备注 a Textarea; 互联网信息服务负责人 (webPrincipal = the principal 张伟) — 姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a DateRangePicker, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      homeUrl: expectValue('首页URL', 'www.zhangwei-notes.cn'),
      content: expectValue('服务内容', '其他'),
      languages: expectValue('网站语言', ['中文简体']),
      ips: expectValue('IP地址', ['47.96.12.34']),
      preApproval: expectValue('涉及前置审批', '否'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpName: expectValue('互联网信息服务负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
