/**
 * RETIRED held-out builds (generation 31), now tuning builds. First scored 73/74 filled (98.6 %), 2/3 missing flagged and
 * 0 wrong by the engine at the start of stop 32 (2b4e37c) and after its generation-30 work (bench/zoo-heldout31-first/);
 * retired in stop 32 once generation 32 was being written, and fixed against.
 *
 * Held-out builds (generation 31): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–30), except five that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 单位, Arco (generation 11 built it: a legal-rep form) as SPLIT CARDS (主办单位 | 主体负责人 side by
 *        side), 通信地址 a LAZY Arco Cascader (loadMore), 有效期 a DatePicker + 长期 Checkbox hiding the end date;
 *      · 上传资料, 个人, Fusion (generation 7 built it: a timeline) as a CHECK TABLE: a Fusion Table of the materials, one
 *        upload per row, a 证件类型 Select above it;
 *      · 填写基本信息, 个人, Tea (generation 19 built it: a query bar) as a STEPPER CARD: Tea Stepper, the form in one Tea
 *        Card, the nature a Tea SEGMENT, the region THREE Tea Selects loaded level by level, the instance a Tea TABLE with RADIO rows loaded late.
 *  - the new 公安 platform's (step, kind, library) grid is full as well (every mps subject / site / principal / apply cell of
 *    the seven libraries was built before), so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 个人, Fusion (generation 9 built it: rowspan table) as FOLD PANELS (a Fusion Collapse, every panel
 *        open), IPs a Fusion Select in TAG mode, 交互服务 a Switch, providers a remote-search Select;
 *      · 网站负责人, 单位, Arco (generation 11 built it: role blocks) as LIST ROWS (an Arco List, one role a row of inline
 *        fields), 有效期 an Arco RangePicker, 应急联络人 a 同主体负责人 Switch.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 开办主体 for a unit
 *    (generations 3, 14, 19 and 24 built it: plain, grid4, tab strip, li list) in a NEW layout: a TH TABLE (captions in
 *    <th> cells, two bands 单位信息 / 负责人信息), the office address three selects fed by the area API.
 *  - Volcengine's 网站信息 (单位, Tea) and Baidu's 验证备案类型 (个人, Arco) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLC = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YH_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSubjectUnit: 'heldout31-aliyun-subject-unit-arco-splitcards',
  aliyunUploadPerson: 'heldout31-aliyun-upload-person-fusion-checktable',
  aliyunBasicPerson: 'heldout31-aliyun-basic-person-tea-steppercard',
  mpsSitePerson: 'heldout31-mps-site-person-fusion-foldpanels',
  mpsPrincipalUnit: 'heldout31-mps-principal-unit-arco-listrows',
  oldSubjectUnit: 'heldout31-beian-old-subject-unit-native-thtable',
  volcSiteUnit: 'heldout31-volcengine-site-unit-tea-sideanchor',
  baiduBasicPerson: 'heldout31-baidu-basic-person-arco-twosections',
} as const;

export const HELDOUT31_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；主办单位 / 主体负责人两张卡片并排；通信地址懒加载级联，有效期起 + 长期勾选，证件类型下拉，办公室电话）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.3: 主办单位名称, 投资人或主管单位 (a company writes its full name), 主办单位证件住所 (region names + street, as printed), 通信地址 a LAZY Arco Cascader (loadMore per level) + 详细地址 (door number, blur); 主体负责人 card (principal 李娜): 负责人姓名, 证件类型 a Select (§1.3 list), 证件号码 (GB 11643 on blur, §3.1), 证件有效期起 a DatePicker + 长期 a Checkbox hiding 证件有效期止, 手机号码, 应急电话号码 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      unitName: expectValue('主办单位名称', UNIT),
      investor: expectValue('投资人或主管单位', UNIT),
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('详细地址', YH_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急电话号码', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunUploadPerson, build: B.aliyunUploadPerson, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunUploadPerson, title: '阿里云 · 上传资料（个人；资料表格，每行一个上传；负责人证件类型下拉，核验手机号，人脸核验按钮）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.5: 负责人证件类型 a Select (§1.3 list), then a Fusion TABLE of materials (材料名称 / 要求 / 上传), each row an Upload.Selecter (jpg / png ≤ 4 MB checked): 身份证人像面 (the profile holds 张伟\'s: filled), 身份证国徽面 (the profile has none: missing); 接收核验短信的手机号 (§3.3, blur); 发起人脸核验 (Alibaba App, §1.5) and 下一步 are human steps.',
    expect: {
      idType: expectValue('负责人证件类型', '居民身份证'),
      idFront: expectValue('身份证人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证国徽面'),
      smsMobile: expectValue('接收核验短信的手机号', '13800138000'),
      faceClicks: expectUntouched('发起人脸核验'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicPerson, build: B.aliyunBasicPerson, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '个人', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunBasicPerson, title: '阿里云 · 填写基本信息（个人；步骤条 + 单卡片表单；性质分段选择，区域三个下拉逐级加载，证件类型下拉，备案实例表格单选延迟加载，信息校验）', entity: PERSON,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1: 主办者所属区域 three Tea Selects 省 / 市 / 区县 loaded level by level, 主办者性质 a Tea Segment (§1.6 values; §1.10 wording), 证件类型 a Select (§1.7 personal documents), 证件号码 (GB 11643 on blur), 备案域名 (apex, blur), 备案实例 a Tea Table with RADIO rows listed after a delay (the instance holding the site\'s 47.96.12.34); 信息校验 is a human step.',
    expect: {
      region: expectPath('主办者所属区域', ZW_REGION),
      nature: expectValue('主办者性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('备案域名', 'zhangwei-notes.cn'),
      instance: expectValue('备案实例', 'i-bp18zw3notes0a1c'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人；折叠面板全部展开；开通日期，IP 标签下拉，网站类型下拉，交互服务开关，语种复选，接入商/注册商远程搜索下拉，接入方式单选）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3: 网站名称, 工信部备案号 (§3.4 on blur; the profile has none: missing), 网站开通日期 a DatePicker2, 网站主域名 (apex, blur), 网站IP a Select in TAG mode, 网站类型 a Select of the letter list (psbCategory Z), 提供互联网交互服务 a Switch (off), 网站语种 a checkbox group (§2.3 list); §2.5 网络接入服务商 — 接入商名称 a remote-search Select (answered late), 网站接入方式 radios, 接入商电话; 域名注册服务商 — 注册商名称 a remote-search Select, 注册商电话; 暂存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('网站主域名', 'zhangwei-notes.cn'),
      ips: expectValue('网站IP', ['47.96.12.34']),
      category: expectValue('网站类型', 'Z'),
      interactive: expectValue('提供互联网交互服务', false),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入商电话', '95187'),
      rgName: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册商电话', '010-65985888'),
      draftClicks: expectUntouched('暂存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'tuning', platform: 'mps', step: 'principal', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位；列表行，每个角色一行行内字段；证件类型下拉，有效期区间选择，应急联络人同主体负责人开关）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §2.4: 网站安全负责人 (securityOfficer = 王强, not the principal: 同主体负责人 off) — 姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (blur), 证件有效期 an Arco RangePicker, 手机号码, 电子邮件地址 (blur); 网站应急联络人 (emergencyContact = the principal 李娜): 同主体负责人 a Switch (on hides the row\'s fields); the 责任告知书 tick and 提交 are human steps.',
    expect: {
      aqSame: expectValue('网站安全负责人 · 同主体负责人', false),
      aqName: expectValue('网站安全负责人 · 姓名', '王强'),
      aqCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      aqCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      aqValidity: expectValue('网站安全负责人 · 证件有效期', ['2020-08-12', '2040-08-12'], true),
      aqMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      aqEmail: expectValue('网站安全负责人 · 电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人', true),
      notice: expectUntouched('已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldSubjectUnit, build: B.oldSubjectUnit, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectUnit, title: '旧公安备案平台 · 开办主体（单位；th 表格两段：单位信息 / 负责人信息；编码下拉，办公地址三级下拉走地区接口，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.2: 开办主体性质 a coded <select> (old codes: 企业 01), 主办单位名称, 单位证件类型 a coded <select> (营业执照证书 01: the profile\'s certificate is the 营业执照), 单位证件号码 (blur), 法人代表人姓名 (legal rep 李娜), 单位办公地址 three <select>s filled from the area API + 详细地址; 负责人信息 (principal 李娜): 负责人姓名, 证件类型 a coded <select>, 证件号码, 手机号码, 办公室电话, 负责人邮箱 (blur checks); 验证码 and 下一步 are human steps.',
    expect: {
      nature: expectValue('开办主体性质', '企业'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('详细地址', YH_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prMobile: expectValue('手机号码', '13600136000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSiteUnit, build: B.volcSiteUnit, set: 'tuning', platform: 'volcengine', step: 'site', variant: '单位', library: 'tea',
    url: VOLC + B.volcSiteUnit, title: '火山引擎 · 填写网站信息（单位；左侧表单右侧锚点导航；域名标签选择，首页URL，服务内容下拉，语言多选下拉，前置审批是否单选，负责人有效期两个日期）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (FORMS §1.10: Volcengine\'s docs load Arco; the console not confirmed). FORMS §1.4 with §1.10 Volcengine wordings: 网站名称 (≥ 3 Chinese characters, blur), 网站域名 a Tea TagSelect, 首页URL (no http://, blur), 网站服务内容 a Select (§1.9), 网站语言 a SelectMultiple (§1.4), 涉及前置审批 radios 是 / 否 (the profile has none: 否); 网站负责人 (webPrincipal 王强): 负责人姓名, 证件号码 (blur), 证件有效期起 / 证件有效期止 two DatePickers, 手机号码, 应急联系电话 (must differ), 电子邮箱; a right-hand anchor nav; the agreement tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('涉及前置审批', '否'),
      wpName: expectValue('负责人姓名', '王强'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('证件有效期止', '2040-08-12'),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《火山引擎备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.baiduBasicPerson, build: B.baiduBasicPerson, set: 'tuning', platform: 'baidu', step: 'basic', variant: '个人', library: 'arco',
    url: BAIDU + B.baiduBasicPerson, title: '百度智能云 · 验证备案类型（个人；两段：验证备案类型 / 选择备案资源；区域可搜索级联，性质按钮单选，证件类型下拉，备案操作码）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (FORMS §1.10: acud / san-xui are Baidu\'s console libraries, not confirmed for filing). FORMS §1.10 Baidu 验证备案类型: 通信地址所属区域 a searchable Arco Cascader of the whole tree, 主办单位性质 button radios (§1.6), 证件类型 a Select (§1.7 personal documents), 证件号码 (GB 11643 on blur); 选择备案资源: 备案域名 (apex, blur), 备案操作码 (the profile has none: missing); 下一步 is a human step.',
    expect: {
      region: expectPath('通信地址所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('备案域名', 'zhangwei-notes.cn'),
      opCode: expectMissing('备案操作码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
