/**
 * RETIRED held-out builds (generation 26), now tuning builds. First scored 113/119 filled (95.0 %), 4/6 missing flagged,
 * 0 wrong by the engine at the start of stop 30 (ba65635) and 118/119 (99.2 %), 4/6, 0 wrong after its generation-24
 * and -25 work (bench/zoo-heldout26-first/); then retired (stop 31) and fixed against, while generation 27 was written as
 * the held-out set.
 *
 * Held-out builds (generation 26): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); every build differs from every earlier held-out build
 * (generations 1–25) in (platform, step, subject kind, library) and in layout, wording and widget shapes, except one that
 * says so:
 *  - the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 *    网站负责人 step for a person (generations 9, 18 and 23 built it; layouts 'ymd', 'stacked' and 'rolegrid') in a NEW
 *    layout (DLCOPY: each role a <dl> of <dt> caption / <dd> control pairs, no <table> and no <label>; a 同开办主体负责人
 *    是 / 否 radio pair per role that copies the held principal into the rows and makes them read-only; the validity as
 *    two yyyy-mm-dd text boxes + a 长期 checkbox; coded ID-type selects; a captcha).
 * The three Alibaba builds take FREE whole-order ('apply') cells (FORMS §1.1 order types; Alibaba's wizard-step grid —
 * 填写基本信息, 填写主办者信息, 填写网站信息, 上传资料 — is full for every library and both kinds): a person's 接入备案 order on
 * TDesign (never built), a person's 新增网站（原备案在阿里云） order on antd (only the unit's was built, on Tea) and a unit's
 * 变更网站 order on OpenTiny (never built).
 *
 * The 8 builds: three Alibaba orders (接入备案 个人 on TDesign, 新增网站 个人 on antd, 变更网站 单位 on OpenTiny), two new 公安
 * cells (the one-page 新办网站申请 单位 on Element Plus and 个人 on OpenTiny), the old 公安 portal's 网站负责人 (个人,
 * server-rendered), Tencent Cloud's 填写主体信息 (个人, TDesign) and Huawei Cloud's 填写主体信息 (单位, Element Plus).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
/** FORMS §0: Alibaba's 我的备案 page (the order list a 新增网站 starts from). */
const ALIYUN_MYORDER = 'https://beian.aliyun.com/pcContainer/myorder?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';
/** An address written out as one line (region names, then the street part; FORMS §1.3 证件住所 = the certificate text). */
const ZW_FULL = '浙江省杭州市西湖区文三路 100 号 1 幢 101 室';
const YQ_FULL = '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunApplyPersonTd: 'heldout26-aliyun-apply-person-tdesign-accesscards',
  aliyunApplyPersonAntd: 'heldout26-aliyun-apply-person-antd-modalform',
  aliyunApplyUnit: 'heldout26-aliyun-apply-unit-opentiny-changecollapse',
  mpsApplyUnit: 'heldout26-mps-apply-unit-elp-desclist',
  mpsApplyPerson: 'heldout26-mps-apply-person-opentiny-threecols',
  oldPrincipalPerson: 'heldout26-beian-old-principal-person-native-dlcopy',
  tencentSubjectPerson: 'heldout26-tencent-subject-person-tdesign-idcardpanel',
  huaweiSubjectUnit: 'heldout26-huawei-subject-unit-elp-sectioncards',
} as const;

export const HELDOUT26_PAGES: ZooPage[] = [
  {
    id: B.aliyunApplyPersonTd, build: B.aliyunApplyPersonTd, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunApplyPersonTd, title: '阿里云 · 接入备案订单（个人，主体与网站已在其他接入商备案；四张卡片两列排布：原备案信息 / 主办者核验 / 网站信息 / 接入信息；证件类型按钮单选，域名标签输入，首页下拉，接入IP逐行添加，语言多选，手机短信验证码）', entity: PERSON,
    about:
      'TDesign React 1.18 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, an info alert naming the order type the system judged (FORMS §1.1 接入备案: the entity and the site are filed with another provider, Alibaba is added as access provider), then ACCESS CARDS: four TDesign Cards in a two-column grid, LEFT labels: 原备案信息 — 原主体备案号 and 原网站备案号 (FORMS §3.4 on blur; the profile has neither: missing); 主办者核验 — 主办者姓名, 证件类型 BUTTON-style radios (FORMS §1.7 personal documents), 证件号码 (GB 11643 on blur), 负责人手机号码 + 短信验证码 with 获取验证码 (a human step); 网站信息 (FORMS §1.4) — 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 a TDesign TAGINPUT (Enter; apex checked), 网站首页URL a Select of www.<domain> / <domain>, 网站语言 a MULTIPLE Select, 网站备注 a textarea; 接入信息 — 接入IP地址 as ADDED ROWS (an input a row, 删除, + 添加IP; IPv4 / IPv6 checked; FORMS §1.4 IP list), 服务内容 read-only 其他; the 承诺 tick; 上一步 / 提交订单',
    expect: {
      entityIcp: expectMissing('原主体备案号'),
      siteIcp: expectMissing('原网站备案号'),
      name: expectValue('主办者姓名', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      mobile: expectValue('负责人手机号码', '13800138000'),
      smsCode: expectUntouched('短信验证码'),
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      ips: expectValue('接入IP地址', ['47.96.12.34']),
      promise: expectUntouched('本人承诺所填备案信息真实、准确、完整'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交订单'),
    },
  },
  {
    id: B.aliyunApplyPersonAntd, build: B.aliyunApplyPersonAntd, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'antd',
    url: ALIYUN_MYORDER + B.aliyunApplyPersonAntd, title: '阿里云 · 新增网站（个人，主体已在阿里云备案；我的备案列表上打开的“新增网站”对话框；域名标签下拉，首页自动补全，语言复选，负责人同主办者开关，有效期区间 + 长期）', entity: PERSON,
    about:
      'antd 6 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, the 我的备案 page (FORMS §0 /pcContainer/myorder) with an antd Table of the account\'s filed entity, and a MODAL FORM opened on load (FORMS §1.1 新增互联网信息服务（原备案在阿里云）: only the new site is asked), labels ON TOP: 网站信息 — 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 an antd Select mode TAGS (apex checked), 网站首页URL an antd AUTOCOMPLETE of www.<domain> / <domain> (must belong to the domains, blur), 网站服务内容 read-only 其他 (FORMS §1.4 individual), 网站语言 an antd CHECKBOX group (FORMS §1.4 list), 网站备注 a textarea; 网站负责人 — 同主办者 an antd SWITCH (FORMS §1.4: the profile\'s webPrincipal is the principal; on COPIES 张伟\'s rows, which stay editable), 负责人姓名, 负责人证件号码 (GB 11643 on blur), 证件有效期 an antd RANGEPICKER + 长期 tick (clears the end), 手机号码, 应急联系电话 (must differ), 电子邮箱; 取消 / 确定',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSame: expectValue('同主办者', true),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      wpValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      cancelClicks: expectUntouched('取消'),
      okClicks: expectUntouched('确定'),
    },
  },
  {
    id: B.aliyunApplyUnit, build: B.aliyunApplyUnit, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '单位', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunApplyUnit, title: '阿里云 · 变更网站订单（单位；折叠面板三节：待变更网站 / 网站信息 / 网站负责人；域名一行多个，首页文本，服务内容下拉，语言多选，证件类型单选，有效期两个日期）', entity: UNIT,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a warning that a 变更网站 order is re-checked by Alibaba and the 管局 (FORMS §1.1 变更备案 / 变更网站), then a TinyCOLLAPSE of three panels (all open), LEFT labels: 待变更网站 — 网站备案号 (FORMS §3.4 site number on blur; the profile has none: missing), 主办单位 read-only; 网站信息 (FORMS §1.4) — 网站名称, 网站域名 ONE text (several, separated by ; or new lines; apex checked), 网站首页URL a TinyInput (must belong to the domains, blur), 网站服务内容 a TinySelect of FORMS §1.9, 网站语言 a MULTIPLE TinySelect; 网站负责人 (the profile\'s webPrincipal 王强) — 姓名, 证件类型 TinyRADIOS (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two TinyDatePickers, 手机号码, 应急联系电话 (must differ), 电子邮箱; 变更说明 (optional); 上一步 / 提交变更',
    expect: {
      siteIcp: expectMissing('网站备案号'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      wpName: expectValue('网站负责人 · 姓名', '王强'),
      wpCertType: expectValue('网站负责人 · 证件类型', '居民身份证'),
      wpCertNumber: expectValue('网站负责人 · 证件号码', '110105198808123011'),
      wpValidFrom: expectValue('网站负责人 · 证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('网站负责人 · 证件有效期止', '2040-08-12'),
      wpMobile: expectValue('网站负责人 · 手机号码', '18600186000'),
      wpEmergency: expectValue('网站负责人 · 应急联系电话', '18700187000'),
      wpEmail: expectValue('网站负责人 · 电子邮箱', 'wangqiang@yunqi-demo.cn'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交变更'),
    },
  },
  {
    id: B.mpsApplyUnit, build: B.mpsApplyUnit, set: 'tuning', platform: 'mps', step: 'apply', variant: '单位', library: 'element-plus',
    url: BUILD_URL.mps + B.mpsApplyUnit, title: '公安备案 · 新办网站申请单页（单位，带边框的描述列表作表单，两列；开通日期选择器，从域名标签输入，IP 可创建多选，交互服务开关展开类型复选，服务商名称自动补全，区域懒加载级联，安全负责人有效期区间，应急联络人同开办主体负责人勾选）', entity: UNIT,
    about:
      'Element Plus 2.14 on Vue 3 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), the whole 新办网站申请 (FORMS §2.3 four steps) on ONE page as a DESCRIPTION LIST: el-descriptions (bordered, two columns, label cells on the left) per section: 开办主体 — the unit\'s facts read-only, 是否利用生成式人工智能 radios (FORMS §2.2); 网站基本信息 — 网站名称, 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 an el-date-picker, 主域名 (apex, blur), 从域名 an el-INPUT-TAG, 网站IP a filterable ALLOW-CREATE multiple el-select (IPv4 / IPv6 checked), 网站类型 an el-select of the letter list (FORMS §2.3: E), 是否提供互联网交互服务 an el-SWITCH 是 / 否 revealing 交互服务类型 checkboxes, 互联网危险物品信息发布 radios, 网站语种 a checkbox group (FORMS §2.3 list); 网络接入服务商 — 名称 an el-AUTOCOMPLETE answered late, 所属区域 a LAZY el-cascader, 网站接入方式 an el-select, 联系电话, 接入商编码 (USCC chars 9–17); 域名注册服务商 — 名称 (autocomplete), 联系电话; 网站安全负责人 (the profile\'s securityOfficer 王强) — 姓名, 证件类型 an el-select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 证件有效期 an el-date-picker DATERANGE, 手机号码, 电子邮件地址; 网站应急联络人 — 同开办主体负责人 a tick (emergencyContact is the principal 李娜: copies into a read-only summary); the 责任告知书 tick (a human step); 暂存 / 提交申请',
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
    id: B.mpsApplyPerson, build: B.mpsApplyPerson, set: 'tuning', platform: 'mps', step: 'apply', variant: '个人', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsApplyPerson, title: '公安备案 · 新办网站申请单页（个人，三列：网站 / 服务商 / 负责人，标签在上；IP 一行多个，网站类型字母单选，交互服务下拉，危险物品开关，语种多选，区域三个下拉逐级加载，负责人同开办主体负责人单选）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), the whole 新办网站申请 (FORMS §2.3 four steps) on ONE page in THREE COLUMNS, labels ON TOP: 网站 — 网站名称, 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 a TinyDatePicker, 主域名 (apex, blur), 网站IP ONE text (several separated by ;), 网站类型 TinyRADIOS of the letter list (FORMS §2.3: Z), 是否提供互联网交互服务 a TinySelect 是 / 否, 互联网危险物品信息发布 a TinySWITCH (是 / 否), 网站语种 a MULTIPLE TinySelect (FORMS §2.3 list); 服务商 — 网络接入服务商名称 a FILTERABLE TinySelect (FORMS §2.5), 接入商所属区域 THREE TinySelects 省 / 市 / 区县 each loaded after the one above, 网站接入方式 TinyRADIOS, 接入商联系电话, 域名注册服务商名称 a TinySelect, 注册商联系电话; 负责人 (FORMS §2.4; securityOfficer and emergencyContact both the principal) — 网站安全负责人同开办主体负责人 and 网站应急联络人同开办主体负责人 TinyRADIOS 是 / 否 (是 copies 张伟 into a read-only summary; 否 reveals rows); 开办主体 是否利用生成式人工智能 radios (FORMS §2.2); the 责任告知书 tick (a human step); 暂存 / 提交申请',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      ips: expectValue('网站IP', ['47.96.12.34']),
      category: expectValue('网站类型', 'Z'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', false),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('网络接入服务商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入商联系电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册商联系电话', '010-65985888'),
      secSame: expectValue('网站安全负责人同开办主体负责人', '是'),
      emgSame: expectValue('网站应急联络人同开办主体负责人', '是'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      notice: expectUntouched('本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      draftClicks: expectUntouched('暂存'),
      submitClicks: expectUntouched('提交申请'),
    },
  },
  {
    id: B.oldPrincipalPerson, build: B.oldPrincipalPerson, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalPerson, title: '旧公安备案平台 · 网站负责人（个人，每个角色一个定义列表 dt/dd；“同开办主体负责人”是/否单选复制并只读，有效期两个文本框 + 长期复选，证件类型编码下拉，验证码）', entity: PERSON,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 网站负责人 step for a person (generations 9, 18 and 23 built it) in a NEW layout: a banner + menu bar, then DLCOPY — each role a <dl> of <dt> caption / <dd> control pairs (no <table>, no <label>): 网站安全负责人 (FORMS §2.4; the profile\'s securityOfficer is the principal) — 同开办主体负责人 是 / 否 radios (是 copies the held 张伟 into the rows and makes them read-only; FORMS §2.4 checkbox shown as radios), 负责人姓名, 证件类型 a coded <select> (FORMS §2.2 公安 codes), 证件号码 (GB 11643 on blur), 证件有效期 two yyyy-mm-dd text boxes 起 / 止 + a 长期 checkbox (clears and disables 止), 手机号码, 电子邮件地址; 网站应急联络人 (emergencyContact the principal) — 同开办主体负责人 radios, 联络人姓名, 证件类型, 证件号码, 联系电话; 验证码 (a human step); 上一步 / 下一步 (<input type=button>)',
    expect: {
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', '是'),
      secName: expectValue('网站安全负责人 · 负责人姓名', PERSON),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '330106199003071236'),
      secValidFrom: expectValue('网站安全负责人 · 证件有效期起', '2018-03-01'),
      secValidTo: expectValue('网站安全负责人 · 证件有效期止', '2038-03-01'),
      secLongTerm: expectValue('网站安全负责人 · 长期', false),
      secMobile: expectValue('网站安全负责人 · 手机号码', '13800138000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'zhangwei@example.com'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', '是'),
      emgName: expectValue('网站应急联络人 · 联络人姓名', PERSON),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330106199003071236'),
      emgPhone: expectValue('网站应急联络人 · 联系电话', '13800138000'),
      captcha: expectUntouched('验证码'),
      prevClicks: expectUntouched('上一步'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubjectPerson, build: B.tencentSubjectPerson, set: 'tuning', platform: 'tencent', step: 'subject', variant: '个人', library: 'tdesign',
    url: TENCENT + B.tencentSubjectPerson, title: '腾讯云 · 填写主体信息（个人，左侧身份证上传面板、右侧表单；证件住址整行，通信地址懒加载级联 + 详细地址，有效期起 + 有效期限下拉推算截止，办公电话选填）', entity: PERSON,
    about:
      'TDesign React 1.18 on React 19 (FORMS §1.10: Tea or TDesign, not confirmed); Tencent Cloud dark top bar + left nav, TDesign Steps of Tencent\'s flow (FORMS §1.10: 验证备案类型 → 填写主体信息 → 填写网站信息 → 上传资料 → 提交), a read-only strip carried over from 验证备案类型 (备案地域, 主办者性质 个人, 证件类型 居民身份证), then an ID-CARD PANEL layout: on the LEFT a panel with two TDesign Upload boxes 身份证人像面 / 身份证国徽面 (jpg / png checked; the profile has 张伟\'s front only: the back is missing), on the RIGHT the form, LEFT labels: 主体信息 — 姓名 (FORMS §1.10 wording for 主办人名称), 证件号码 (GB 11643 on blur), 证件住址 ONE line as printed on the ID card (FORMS §1.10 wording; region names + street), 通信地址 a LAZY TDesign Cascader (per-level loading) + 详细地址 (to the door number, blur), 投资人或主管单位 (FORMS §1.3: an individual writes his own name); 主体负责人 (the individual himself) — 证件有效期起 a DatePicker + 有效期限 a Select of 5年 / 10年 / 20年 / 长期 (the end date derived read-only: FORMS §1.3 date ×2 + 长期; a resident ID card\'s term), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公电话 optional (the profile has none: left empty); 上一步 / 保存 / 下一步',
    expect: {
      idFront: expectValue('身份证人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证国徽面'),
      name: expectValue('姓名', PERSON),
      certNumber: expectValue('证件号码', '330106199003071236'),
      certAddress: expectValue('证件住址', ZW_FULL),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      validFrom: expectValue('证件有效期起', '2018-03-01'),
      term: expectValue('有效期限', '20年'),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSubjectUnit, build: B.huaweiSubjectUnit, set: 'tuning', platform: 'huawei', step: 'subject', variant: '单位', library: 'element-plus',
    url: HUAWEI + B.huaweiSubjectUnit, title: '华为云 · 填写主体信息（单位，分节卡片、标签右对齐；证件住所整行，通信地址三个下拉 + 详细地址，负责人是否法定代表人单选，证件类型单选，有效期起 + 长期开关，办公室电话）', entity: UNIT,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §1.10: OpenTiny reported for the Huawei Cloud console, DevUI the other; not confirmed); Huawei Cloud black top bar + left nav, el-steps of Huawei\'s flow (FORMS §1.10: 基础信息校验 → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验), the facts carried over from 基础信息校验 read-only (主办单位性质 企业, 证件类型, 证件号码), then SECTION CARDS: el-cards stacked, RIGHT-aligned labels: 主办单位信息 — 主办单位名称, 主办单位证件住所 ONE line as printed on the licence (FORMS §1.3), 通信地址 THREE el-selects 省 / 市 / 区县 (each loaded after the one above) + 通信详细地址 (to the door number, blur), 投资人或主管单位 (FORMS §1.3: a company writes its full name); 主体负责人信息 — 主体负责人是否为法定代表人 radios 是 / 否 (FORMS §1.8: the profile\'s principal is the legal rep 李娜), 负责人姓名, 负责人证件类型 el-RADIO-BUTTONS (FORMS §1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期起 an el-date-picker + 长期 an el-SWITCH (on hides 证件有效期止), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; 上一步 / 保存草稿 / 下一步',
    expect: {
      unitName: expectValue('主办单位名称', UNIT),
      certAddress: expectValue('主办单位证件住所', YQ_FULL),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('通信详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prIsLegal: expectValue('主体负责人是否为法定代表人', '是'),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
