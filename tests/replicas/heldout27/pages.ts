/**
 * RETIRED held-out builds (generation 27), now tuning builds. First scored 103/111 filled (92.8 %), 8/10 missing flagged,
 * 0 wrong by the engine at the start of stop 31 (0f871ab) and 103/111, 10/10, 0 wrong after its generation-26 work
 * (bench/zoo-heldout27-first/); then retired (stop 31) and fixed against, while generation 28 was written as the held-out
 * set.
 *
 * Held-out builds (generation 27): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); every build differs from every earlier held-out build
 * (generations 1–26) in (platform, step, subject kind, library) and in layout, wording and widget shapes, except one that
 * says so:
 *  - the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 *    网站负责人 step for a unit (generations 8, 16 and 20 built it; layouts 'table', 'compare' and 'iframe') in a NEW
 *    layout (DETAILS: each role a native <details open> / <summary> block of <p> rows, each caption a <label for>; a
 *    同开办主体负责人 CHECKBOX per role (FORMS §2.4) copying the held principal and locking the rows; the validity as 起 text +
 *    长期 是 / 否 radios + 止 text (disabled when 长期); coded ID-type selects; a captcha).
 * The three Alibaba builds take the last FREE whole-order ('apply') cells (FORMS §1.1 order types; Alibaba's wizard-step
 * grid — 填写基本信息, 填写主办者信息, 填写网站信息, 上传资料 — is full for every library and both kinds, and after
 * generation 26 only three apply cells were left): a person's 变更主体 order on Tea, a unit's 接入备案 order on Arco and a
 * person's 新增互联网信息服务（原备案不在阿里云） order on OpenTiny. No (step, kind, library) is reused for Alibaba.
 *
 * The 8 builds: three Alibaba orders (变更主体 个人 on Tea, 接入备案 单位 on Arco, 新增网站 个人 on OpenTiny), two new 公安
 * cells (the one-page 新办网站申请 个人 on Arco and 单位 on Tea), the old 公安 portal's 网站负责人 (单位, server-rendered),
 * Volcengine's 主办者信息 (单位, Fusion Next) and Baidu AI Cloud's 资料上传及人脸核验 (个人, antd).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLCENGINE = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';
/** An address written out as one line (region names, then the street part; FORMS §1.3 证件住所 = the certificate text). */
const YQ_FULL = '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunChangePerson: 'heldout27-aliyun-apply-person-tea-changetable',
  aliyunAccessUnit: 'heldout27-aliyun-apply-unit-arco-gridform',
  aliyunNewSitePerson: 'heldout27-aliyun-apply-person-opentiny-stepsgrid',
  mpsApplyPerson: 'heldout27-mps-apply-person-arco-drawerform',
  mpsApplyUnit: 'heldout27-mps-apply-unit-tea-inlinecards',
  oldPrincipalUnit: 'heldout27-beian-old-principal-unit-native-details',
  volcSubjectUnit: 'heldout27-volcengine-subject-unit-fusion-bento',
  baiduUploadPerson: 'heldout27-baidu-upload-person-antd-draglist',
} as const;

export const HELDOUT27_PAGES: ZooPage[] = [
  {
    id: B.aliyunChangePerson, build: B.aliyunChangePerson, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunChangePerson, title: '阿里云 · 变更主体订单（个人；变更对照表：变更项 / 原备案信息 / 变更后，原值只读；通信地址三个下拉逐级加载，有效期区间选择器，变更确认勾选）', entity: PERSON,
    about:
      'Tea 2.8 on React 18 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a Tea Stepper of the change order, a warning that a 变更主体 order is re-checked (FORMS §1.1 变更备案 / 变更主体), then a CHANGE TABLE: one <table> with the columns 变更项 / 原备案信息 (the filed values, read-only and STALE: an old address, an old mobile, an old e-mail, an expired validity) / 变更后 (the controls): 主体备案号 (FORMS §3.4 entity number on blur; the profile has none: missing), 主办人名称 read-only, 通信地址 THREE Tea Selects 省 / 市 / 区县 each loaded after the one above (FORMS §1.3 通讯地址 region) + 通信详细地址 (to the door number, blur), 证件有效期 a Tea RANGEPICKER (FORMS §1.3 date ×2), 手机号码 (FORMS §3.3 on blur), 应急联系电话 (must differ), 电子邮箱; 变更说明 (optional, left alone); the 确认 tick (a human step); 上一步 / 提交变更',
    expect: {
      entityIcp: expectMissing('主体备案号'),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信详细地址', ZW_DETAIL),
      validity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      confirm: expectUntouched('我已确认以上变更内容真实、准确'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交变更'),
    },
  },
  {
    id: B.aliyunAccessUnit, build: B.aliyunAccessUnit, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '单位', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunAccessUnit, title: '阿里云 · 接入备案订单（单位；三列网格表单、标签在上；域名标签输入，首页自动补全，服务内容树选择，语言复选，云服务器表格勾选，负责人同主体负责人开关，证件类型按钮单选，有效期两个日期）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, an info alert naming the order type (FORMS §1.1 接入备案: the entity and the site are filed with another provider), then a GRID FORM: Arco Cards whose fields sit in a THREE-COLUMN grid, labels ON TOP: 原备案信息 — 原主体备案号 / 原网站备案号 (FORMS §3.4 on blur; the profile has neither: missing); 主办单位 — 主办单位名称, 统一社会信用代码 (GB 32100 on blur; FORMS §1.3 证件号码 wording); 网站信息 (FORMS §1.4) — 网站名称, 网站域名 an Arco INPUTTAG (Enter; apex checked), 首页URL an Arco AUTOCOMPLETE of www.<domain> / <domain>, 网站服务内容 an Arco TREESELECT of FORMS §1.9 grouped, 网站语言 a CHECKBOX group, 接入云服务器 an Arco TABLE of the account\'s ECS instances with checkbox row selection (the site\'s is the one holding its public IPs; one too short to file is disabled); 网站负责人 (the profile\'s webPrincipal 王强) — 网站负责人同主体负责人 an Arco SWITCH (off: 王强 is not the principal 李娜; on hides the rows), 姓名, 证件类型 BUTTON radios (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers, 手机号码, 应急联系电话 (must differ), 电子邮箱; the 承诺 tick; 上一步 / 提交订单',
    expect: {
      entityIcp: expectMissing('原主体备案号'),
      siteIcp: expectMissing('原网站备案号'),
      unitName: expectValue('主办单位名称', UNIT),
      certNumber: expectValue('统一社会信用代码', '91330110MA2H3K7Q18'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      instances: expectValue('接入云服务器', ['i-bp1w9n4www3r6q2y']),
      wpSame: expectValue('网站负责人同主体负责人', false),
      wpName: expectValue('网站负责人 · 姓名', '王强'),
      wpCertType: expectValue('网站负责人 · 证件类型', '居民身份证'),
      wpCertNumber: expectValue('网站负责人 · 证件号码', '110105198808123011'),
      wpValidFrom: expectValue('网站负责人 · 证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('网站负责人 · 证件有效期止', '2040-08-12'),
      wpMobile: expectValue('网站负责人 · 手机号码', '18600186000'),
      wpEmergency: expectValue('网站负责人 · 应急联系电话', '18700187000'),
      wpEmail: expectValue('网站负责人 · 电子邮箱', 'wangqiang@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填备案信息真实、准确、完整'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交订单'),
    },
  },
  {
    id: B.aliyunNewSitePerson, build: B.aliyunNewSitePerson, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunNewSitePerson, title: '阿里云 · 新增网站订单（个人，主体已在其他接入商备案；顶部步骤条 + 两列网格分节、标签在上；证件类型下拉，域名逐行文本框，首页单选，语言复选，网站负责人同主办人勾选）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a TinySTEPS bar of the order (核验主体 → 填写网站 → 上传资料 → 提交), the order type FORMS §1.1 新增互联网信息服务（原备案不在阿里云） (the entity is filed elsewhere; a new site here), then STEPS GRID: sections in a TWO-COLUMN grid of white boxes, labels ON TOP: 主体核验 — 主体备案号 (FORMS §3.4 on blur; the profile has none: missing), 主办人姓名 (FORMS §1.3 主办单位或主办人名称, a person), 证件类型 a TinySelect (FORMS §1.7 personal documents), 证件号码 (GB 11643 on blur); 网站信息 (FORMS §1.4) — 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 a TEXTAREA one domain a line (apex checked on blur), 网站首页URL TinyRADIOS built from the domains, 网站服务内容 read-only 其他 (individual), 网站语言 a TinyCHECKBOX group (FORMS §1.4 list), 网站备注 a textarea; 网站负责人 — 网站负责人同主办人 a TinyCHECKBOX (FORMS §1.4: the profile\'s webPrincipal is the principal; ticked, the held 张伟 shows in a read-only summary and the rows hide); the 承诺 tick; 保存草稿 / 提交订单',
    expect: {
      entityIcp: expectMissing('主体备案号'),
      name: expectValue('主办人姓名', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSame: expectValue('网站负责人同主办人', true),
      promise: expectUntouched('本人承诺所填备案信息真实、准确、完整'),
      saveClicks: expectUntouched('保存草稿'),
      submitClicks: expectUntouched('提交订单'),
    },
  },
  {
    id: B.mpsApplyPerson, build: B.mpsApplyPerson, set: 'tuning', platform: 'mps', step: 'apply', variant: '个人', library: 'arco',
    url: BUILD_URL.mps + B.mpsApplyPerson, title: '公安备案 · 新办网站申请（个人；网站列表页上打开的右侧抽屉表单，标签在左；IP 标签输入，网站类型下拉，交互服务按钮单选，危险物品下拉，语种多选，接入商自动补全，区域懒加载级联，负责人同开办主体负责人勾选）', entity: PERSON,
    about:
      'Arco Design 2.66 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), the 网站 list page (FORMS §2.1 /web/business/businessHome/website) with an Arco Table of the account\'s sites (none yet) and a DRAWER FORM opened on load from its 新办网站申请 button (the whole FORMS §2.3 wizard in one right-hand Arco Drawer, LEFT labels, section titles): 开办主体 — 是否利用生成式人工智能 radios (FORMS §2.2); 网站基本信息 — 网站名称, 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 an Arco DatePicker, 主域名 (apex, blur), 网站IP an Arco INPUTTAG (IPv4 / IPv6 checked), 网站类型 an Arco Select of the letter list (FORMS §2.3: Z), 是否提供互联网交互服务 BUTTON radios 是 / 否, 互联网危险物品信息发布 a Select 是 / 否, 网站语种 a MULTIPLE Select (FORMS §2.3 list); 网络接入服务商 — 名称 an Arco AUTOCOMPLETE answered late (FORMS §2.5), 所属区域 a LAZY Arco Cascader, 网站接入方式 a Select, 联系电话, 接入商编码 (USCC chars 9–17); 域名注册服务商 — 名称 a searchable Select, 联系电话; 网站负责人 (FORMS §2.4; securityOfficer and emergencyContact are the principal) — two 同开办主体负责人 CHECKBOXES (ticked: 张伟 shows in a read-only summary); the 责任告知书 tick (a human step); 暂存 / 提交申请',
    expect: {
      genAI: expectValue('是否利用生成式人工智能', '否'),
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      ips: expectValue('网站IP', ['47.96.12.34']),
      category: expectValue('网站类型', 'Z'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', true),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      notice: expectUntouched('本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      draftClicks: expectUntouched('暂存'),
      submitClicks: expectUntouched('提交申请'),
    },
  },
  {
    id: B.mpsApplyUnit, build: B.mpsApplyUnit, set: 'tuning', platform: 'mps', step: 'apply', variant: '单位', library: 'tea',
    url: BUILD_URL.mps + B.mpsApplyUnit, title: '公安备案 · 新办网站申请单页（单位；分节卡片内行内排布的字段网格；从域名标签选择，IP 逐行文本框，交互服务单选展开类型复选，语种多选，接入商可搜索下拉，区域三个下拉逐级加载，安全负责人有效期区间，应急联络人同开办主体负责人勾选）', entity: UNIT,
    about:
      'Tea 2.8 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), the whole 新办网站申请 (FORMS §2.3 four steps) on ONE page as INLINE CARDS: Tea Cards per section whose fields flow INLINE (label beside control, three to a row, wrapping): 开办主体 — the unit\'s facts read-only, 是否利用生成式人工智能 radios (FORMS §2.2); 网站基本信息 — 网站名称, 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 a Tea DatePicker, 主域名 (apex, blur), 从域名 a Tea TAGSELECT, 网站IP a TEXTAREA one address a line (IPv4 / IPv6 checked), 网站类型 a Tea Select of the letter list (FORMS §2.3: E), 是否提供互联网交互服务 radios revealing 交互服务类型 CHECKBOXES, 互联网危险物品信息发布 a Select 是 / 否, 网站语种 a Tea SELECTMULTIPLE (FORMS §2.3 list); 网络接入服务商 — 名称 a SEARCHABLE Tea Select (FORMS §2.5), 所属区域 THREE Tea Selects 省 / 市 / 区县 each loaded after the one above, 网站接入方式 radios, 联系电话, 接入商编码 (USCC chars 9–17); 域名注册服务商 — 名称 (searchable Select), 联系电话; 网站安全负责人 (the profile\'s securityOfficer 王强) — 同开办主体负责人 a tick (left off: 王强 is not the principal), 姓名, 证件类型 a Select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 证件有效期 a Tea RANGEPICKER, 手机号码, 电子邮件地址; 网站应急联络人 — 同开办主体负责人 a tick (emergencyContact is the principal 李娜: a read-only summary); the 责任告知书 tick (a human step); 暂存 / 提交申请',
    expect: {
      genAI: expectValue('是否利用生成式人工智能', '否'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁主机'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', false),
      secName: expectValue('网站安全负责人 · 姓名', '王强'),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      secValidity: expectValue('网站安全负责人 · 证件有效期', ['2020-08-12', '2040-08-12'], true),
      secMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      notice: expectUntouched('本单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      draftClicks: expectUntouched('暂存'),
      submitClicks: expectUntouched('提交申请'),
    },
  },
  {
    id: B.oldPrincipalUnit, build: B.oldPrincipalUnit, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalUnit, title: '旧公安备案平台 · 网站负责人（单位，每个角色一个可折叠 details 块、标签 label for；“同开办主体负责人”复选框复制并只读，有效期起 + 长期是/否单选 + 止，证件类型编码下拉，验证码）', entity: UNIT,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 网站负责人 step for a unit (generations 8, 16 and 20 built it) in a NEW layout: a banner + menu bar, then DETAILS — each role a native <details open> with a <summary> title and <p> rows of <label for> caption + control: 网站安全负责人 (FORMS §2.4; the profile\'s securityOfficer 王强, not the principal) — 同开办主体负责人 a CHECKBOX (FORMS §2.4; ticked it copies the held 李娜 and makes the rows read-only), 负责人姓名, 证件类型 a coded <select> (FORMS §2.2 公安 codes), 证件号码 (GB 11643 on blur), 证件有效期起 (yyyy-mm-dd text) + 长期 是 / 否 radios + 证件有效期止 (disabled when 长期 是), 手机号码, 电子邮件地址; 网站应急联络人 (emergencyContact is the principal 李娜) — 同开办主体负责人 checkbox, 联络人姓名, 证件类型, 证件号码, 证件有效期起 + 长期, 联系电话; 验证码 (a human step); 上一步 / 下一步 (<input type=button>)',
    expect: {
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', false),
      secName: expectValue('网站安全负责人 · 负责人姓名', '王强'),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      secValidFrom: expectValue('网站安全负责人 · 证件有效期起', '2020-08-12'),
      secLongTerm: expectValue('网站安全负责人 · 长期', '否'),
      secValidTo: expectValue('网站安全负责人 · 证件有效期止', '2040-08-12'),
      secMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      emgName: expectValue('网站应急联络人 · 联络人姓名', '李娜'),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330110198511204525'),
      emgValidFrom: expectValue('网站应急联络人 · 证件有效期起', '2016-05-10'),
      emgLongTerm: expectValue('网站应急联络人 · 长期', '是'),
      emgPhone: expectValue('网站应急联络人 · 联系电话', '13600136000'),
      captcha: expectUntouched('验证码'),
      prevClicks: expectUntouched('上一步'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSubjectUnit, build: B.volcSubjectUnit, set: 'tuning', platform: 'volcengine', step: 'subject', variant: '单位', library: 'fusion-next',
    url: VOLCENGINE + B.volcSubjectUnit, title: '火山引擎 · 填写主办者信息（单位；大小不一的卡片网格：营业执照 / 主办单位 / 地址 / 主体负责人；执照上传，证件住址多行文本，通信地址懒加载级联，法定代表人单选，有效期起 + 长期开关，办公电话）', entity: UNIT,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §1.10: Arco Design loaded by Volcengine\'s docs site; the console not confirmed); Volcengine dark top bar + left nav, a Fusion Step of the first-filing flow, then a BENTO grid of Fusion Cards of different sizes, labels on TOP: 营业执照 — a Fusion Upload (jpg / png checked; the profile holds the licence image), 主办单位 — 主办单位名称, 投资人或主管单位 (FORMS §1.3: a company writes its full name); 地址 — 主办单位证件住址 a TEXTAREA as printed on the licence (FORMS §1.10 wording 证件住址 for 证件住所; region names + street), 通信地址 a LAZY Fusion CascaderSelect (loadData per level) + 详细地址 (to the door number, blur); 主体负责人 — 是否为法定代表人 radios 是 / 否 (FORMS §1.8: the profile\'s principal is the legal rep 李娜), 主体负责人姓名, 证件类型 a Select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 a DatePicker2 + 长期有效 a Fusion SWITCH (on hides 证件有效期止), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公电话 (FORMS §1.3 办公室电话), 法定代表人身份证人像面 an Upload (the profile has no ID image of 李娜: missing); the agreement tick; 上一步 / 下一步',
    expect: {
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      unitName: expectValue('主办单位名称', UNIT),
      investor: expectValue('投资人或主管单位', UNIT),
      certAddress: expectValue('主办单位证件住址', YQ_FULL),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('详细地址', YQ_DETAIL),
      prIsLegal: expectValue('是否为法定代表人', '是'),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      prOffice: expectValue('办公电话', '0571-88886666'),
      prIdFront: expectMissing('法定代表人身份证人像面'),
      agree: expectUntouched('我已阅读并同意《火山引擎备案服务协议》'),
      prevClicks: expectUntouched('上一步'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.baiduUploadPerson, build: B.baiduUploadPerson, set: 'tuning', platform: 'baidu', step: 'upload', variant: '个人', library: 'antd',
    url: BAIDU + B.baiduUploadPerson, title: '百度智能云 · 资料上传及人脸核验（个人；资料清单列表，每项一个拖拽上传区；证件类型下拉，核验方式单选，接收核验链接的手机号，发送链接按钮）', entity: PERSON,
    about:
      'antd 6 on React 19 (FORMS §1.10: acud / san-xui are Baidu\'s console libraries, not confirmed for filing); Baidu blue top bar + left nav, antd Steps of Baidu\'s flow (FORMS §1.2: 验证备案类型 → 填写主办者信息 → 填写网站信息 → 资料上传及人脸核验 → 信息确认 → 短信核验), then a DRAG LIST: an antd List of the materials (FORMS §1.5), each item its title, a requirement line and an Upload.DRAGGER (jpg / png ≤ 4 MB checked): 负责人证件类型 an antd Select first (FORMS §1.3 list: 居民身份证 asks for both sides), 身份证人像面 (the profile holds 张伟\'s: filled), 身份证国徽面 and 手持身份证照片 (FORMS §1.5; the profile has neither: missing), 备案承诺书 (FORMS §1.10: signed by hand; missing); 人脸核验 — 核验方式 radios (百度智能云App扫码 / 短信链接: a human choice, left alone), 接收核验链接的手机号 (the principal\'s mobile, FORMS §3.3 on blur), 发送核验链接 (a human step); 上一步 / 下一步',
    expect: {
      certType: expectValue('负责人证件类型', '居民身份证'),
      idFront: expectValue('身份证人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证国徽面'),
      idHand: expectMissing('手持身份证照片'),
      promiseLetter: expectMissing('备案承诺书'),
      verifyMode: expectUntouched('核验方式'),
      faceMobile: expectValue('接收核验链接的手机号', '13800138000'),
      sendClicks: expectUntouched('发送核验链接'),
      prevClicks: expectUntouched('上一步'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
