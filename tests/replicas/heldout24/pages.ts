/**
 * RETIRED held-out builds (generation 24), now tuning builds. First scored 89/94 filled (94.7 %), 3/5 missing flagged,
 * 0 wrong by the engine after stop 29's generation-22 work (3fae820), and 89/94, 5/5, 0 wrong by stop 29's final engine
 * (bench/zoo-heldout24-first/); then retired (stop 30) and fixed against, while generation 25 was written as the
 * held-out set.
 *
 * Held-out builds (generation 24): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); every build differs from every earlier held-out build
 * (generations 1–23) in (platform, step, subject kind, library) and in layout, wording and widget shapes, except two that
 * say so:
 *  - the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 *    开办主体 step for a unit (generations 3, 14 and 19 built it; layouts unnamed, 'grid4' and 'tabstrip') in a NEW layout
 *    (LILIST: one <ul> of <li> rows, each a <span> caption and its control, no <table> and no <label>; the office address
 *    as three <select> answered by the area API; coded selects; a licence <input type=file>);
 *  - one Alibaba build: Alibaba's step × kind × library grid is full for 填写基本信息, 填写主办者信息, 填写网站信息 and
 *    上传资料, so this build REUSES 填写主办者信息 个人 on antd (generation 2's heldout2-aliyun-subject-person-antd) in a NEW
 *    layout (ENTITYDRAWER: the 我的主体 page /pcContainer/selfEntity, FORMS §0, a table of entities and the entity's
 *    form in an antd DRAWER opened on load; a whole-tree searchable Cascader, a 同证件住所 tick copying the street part, a
 *    RangePicker + 长期 tick, two ID-photo Uploads). The two other Alibaba builds take free whole-order ('apply') cells
 *    (FORMS §1.1 order types the earlier apply builds did not use): a person's 新增网站 order (the entity filed with another
 *    provider) as an Element Plus TIMELINE, and a unit's 变更主体 order as an Element Plus COMPARE TABLE (当前备案信息 |
 *    变更后).
 *
 * The 8 builds: three Alibaba pages (新增网站 个人 on Element Plus, 变更主体 单位 on Element Plus, 我的主体 个人 on antd), two new
 * 公安 steps (网站基本信息 个人 on TDesign, 网站负责人 个人 on OpenTiny), the old 公安 portal's 开办主体 (单位, server-rendered),
 * Tencent Cloud's 验证备案类型 (单位, TDesign) and Huawei Cloud's 填写互联网信息服务 (单位, OpenTiny).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
/** FORMS §0: Alibaba's 我的主体 page. */
const ALIYUN_ENTITY = 'https://beian.aliyun.com/pcContainer/selfEntity?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunApplyPerson: 'heldout24-aliyun-apply-person-elp-timeline',
  aliyunApplyUnit: 'heldout24-aliyun-apply-unit-elp-comparetable',
  aliyunSubjectPerson: 'heldout24-aliyun-subject-person-antd-entitydrawer',
  mpsSitePerson: 'heldout24-mps-site-person-tdesign-splitgrid',
  mpsPrincipalPerson: 'heldout24-mps-principal-person-opentiny-sourceselect',
  oldSubjectUnit: 'heldout24-beian-old-subject-unit-native-lilist',
  tencentBasicUnit: 'heldout24-tencent-basic-unit-tdesign-servertable',
  huaweiSiteUnit: 'heldout24-huawei-site-unit-opentiny-typeswitch',
} as const;

/** The unit's Tencent Cloud CVM instance whose public IP is the unit site's (47.96.56.78; common.ts TENCENT_CVMS). */
export const YQ_CVM = 'ins-7mv2xq9d';

export const HELDOUT24_PAGES: ZooPage[] = [
  {
    id: B.aliyunApplyPerson, build: B.aliyunApplyPerson, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunApplyPerson, title: '阿里云 · 新增网站订单（个人，主体已在其他接入商备案；时间线四节：主体核验 / 网站信息 / 网站负责人 / 提交；域名标签输入，首页下拉由域名生成，语言多选，负责人为本人勾选复制）', entity: PERSON,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, an info alert naming the order type the system judged (FORMS §1.1 新增互联网信息服务（原备案不在阿里云）: the entity filed with another provider, a new site here), then the whole order as an el-TIMELINE, one item per section (主体核验 / 网站信息 / 网站负责人 / 提交), LEFT labels: 主体核验 — 主体备案号 (FORMS §3.4 on blur; the profile has none: missing), 主办者名称 READ-ONLY, 主办者证件类型 an el-select (FORMS §1.7 person list), 主办者证件号码 (GB 11643 on blur); 网站信息 (FORMS §1.4) — 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 an el-INPUT-TAG (type, Enter; apex checked), 网站首页URL an el-select whose options are built from the tags (www.<domain> / <domain>), 网站服务内容 READ-ONLY 其他 (individual at Alibaba), 网站语言 a MULTIPLE el-select, 网站备注 a textarea; 网站负责人 — 网站负责人为主办者本人 a tick (FORMS §1.4: an individual\'s 网站负责人 is himself; on COPIES 张伟\'s name / ID / phones / e-mail held from the entity and shows them read-only; off shows inputs); 提交 — the 承诺 tick; 上一步 / 提交订单',
    expect: {
      entityIcpNumber: expectMissing('主体备案号'),
      certType: expectValue('主办者证件类型', '居民身份证'),
      certNumber: expectValue('主办者证件号码', '330106199003071236'),
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSelf: expectValue('网站负责人为主办者本人', true),
      promise: expectUntouched('本人承诺所填备案信息真实、准确、完整'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交订单'),
    },
  },
  {
    id: B.aliyunApplyUnit, build: B.aliyunApplyUnit, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunApplyUnit, title: '阿里云 · 变更主体订单（单位，对照表：字段 | 当前备案信息 | 变更后；懒加载区域级联，有效期起 + 长期开关，变更说明选填）', entity: UNIT,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a 变更主体 order (FORMS §1.1 变更备案 / 变更主体; entity nature 单位→个人 not allowed, so 性质 and 证件 are read-only), a bar asking the 主体备案号 to change (FORMS §3.4 on blur; the profile has none: missing), then ONE el-TABLE as the form: columns 字段 | 当前备案信息 (the filed values, read-only, stale) | 变更后 (an editor per row; the field name only in the first cell, no <label>): 通信地址所属区域 a LAZY el-cascader (FORMS §1.3), 通信地址详细地址 (to the door number on blur), 投资人或主管单位 (FORMS §1.3: a company writes the full company name), 主体负责人姓名 (FORMS §1.8: the legal rep, 李娜), 负责人证件号码 (GB 11643 on blur), 证件有效期起 an el-date-picker + 长期 an el-SWITCH (FORMS §1.3 isLongTerm), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公室电话 (FORMS §1.3 / §3.3 area code – number); below, 变更说明 a textarea (optional: untouched); 上一步 / 提交变更',
    expect: {
      entityIcpNumber: expectMissing('主体备案号'),
      mailRegion: expectPath('通信地址所属区域', YH_REGION),
      mailDetail: expectValue('通信地址详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      changeNote: expectUntouched('变更说明'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交变更'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'antd',
    url: ALIYUN_ENTITY + B.aliyunSubjectPerson, title: '阿里云 · 我的主体（个人，主体列表 + 右侧抽屉编辑：区域可搜索级联，通信地址同证件住所勾选，有效期区间 + 长期，证件照上传）', entity: PERSON,
    about:
      'antd 6 on React 19 (FORMS §4: Alibaba\'s library is [INF]); REUSES (aliyun, 填写主办者信息, 个人, antd) of generation 2 (heldout2-aliyun-subject-person-antd) in a NEW layout, see the header: the 我的主体 page (FORMS §0 /pcContainer/selfEntity) — an antd TABLE of the account\'s entities (张伟, 个人, 待完善) and the entity\'s 主办者信息 in an antd DRAWER (opened on load, as from the row\'s 完善信息; labels on TOP): 主办者所属区域 a SEARCHABLE whole-tree antd Cascader (FORMS §1.3), 证件住所 · 详细地址 (the street part as printed), 通信地址 · 详细地址 with a 同证件住所 tick (copies and locks; FORMS §1.3 to the door number, blur), 投资人或主管单位 (FORMS §1.3: an individual writes his own name); 主体负责人 (the individual himself) — 负责人姓名, 负责人证件类型 a Select (FORMS §1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期 an antd RANGEPICKER + 长期 tick (clears and disables the range), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公室电话 (optional; the profile has none for 张伟: not asked); 负责人身份证 人像面 / 国徽面 two antd Upload buttons (FORMS §1.5; the profile has the front only: the back missing); 取消 / 保存',
    expect: {
      region: expectPath('主办者所属区域', ZW_REGION),
      certDetail: expectValue('证件住所 · 详细地址', ZW_DETAIL),
      mailDetail: expectValue('通信地址 · 详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      idFront: expectValue('负责人身份证 · 人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('负责人身份证 · 国徽面'),
      cancelClicks: expectUntouched('取消'),
      saveClicks: expectUntouched('保存'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人，左右分栏：左侧网站与服务、右侧两个服务商卡片；IP 标签输入，网站类型下拉，交互服务单选，危险物品开关，语种复选，服务商名称远程搜索下拉，区域级联）', entity: PERSON,
    about:
      'TDesign React 1.18 on React 19 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), TDesign Steps (开办主体 → 网站基本信息 → 网站负责人 → 提示说明, FORMS §2.3), then a SPLIT GRID: the LEFT column a card 网站与服务 (LEFT labels), the RIGHT column two stacked cards, one per provider (labels ON TOP): 网站名称 (identical to the ICP name), 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 a TDesign DatePicker, 主域名 (apex, blur), 网站IP a TDesign TAGINPUT (IPv4 / IPv6 checked on Enter), 网站类型 a TDesign Select of FORMS §2.3\'s letters (value the letter: Z), 是否提供互联网交互服务 radios 是 / 否 (是 reveals 交互服务类型), 互联网危险物品信息发布 a SWITCH (FORMS §2.3 是 / 否 as on / off), 网站语种 a TDesign CHECKBOX group of the 公安 list; 网络接入服务商 — 名称 a REMOTE-SEARCH TDesign Select (answered after a delay), 所属区域 a whole-tree TDesign Cascader, 网站接入方式 a Select (FORMS §2.3), 联系电话; 域名注册服务商 — 名称 (remote search), 联系电话; 上一步 / 保存 / 下一步',
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
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalPerson, build: B.mpsPrincipalPerson, set: 'tuning', platform: 'mps', step: 'principal', variant: '个人', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsPrincipalPerson, title: '公安备案 · 网站负责人（个人，两张上下卡片、标签在上；“信息来源”下拉选开办主体负责人即复制并锁定，有效期区间 + 长期，办公室电话必填）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: the platform is likely Vue 3 [INF]); platform header with the signed-in person (个人用户), TinySteps (FORMS §2.3 four steps), then one card per ROLE (FORMS §2.4), labels ON TOP in a three-column grid: 网站安全负责人 — 信息来源 a TinySelect (开办主体负责人 / 其他人员; none preset; 开办主体负责人 COPIES 张伟 held from step 1 and locks the rows, 其他人员 clears them: the FORMS §2.4 同主体负责人 choice as a select), 姓名, 证件类型 a TinySelect of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 证件有效期 a TinyDatePicker DATERANGE + 长期 tick (clears the end), 手机号码, 办公室电话 REQUIRED here (FORMS §2.2 contacts; the profile has none for 张伟: missing), 电子邮件地址; 网站应急联络人 — 信息来源 (the same select), 联络人姓名, 证件号码, 联系电话 (FORMS §2.4 phone in the new UI [INF]); the 责任告知书 tick (a human step); 上一步 / 保存 / 下一步',
    expect: {
      secSource: expectValue('网站安全负责人 · 信息来源', '开办主体负责人'),
      secName: expectValue('网站安全负责人 · 姓名', PERSON),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '330106199003071236'),
      secValidity: expectValue('网站安全负责人 · 证件有效期', ['2018-03-01', '2038-03-01'], true),
      secLongTerm: expectValue('网站安全负责人 · 长期', false),
      secMobile: expectValue('网站安全负责人 · 手机号码', '13800138000'),
      secOffice: expectMissing('网站安全负责人 · 办公室电话'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'zhangwei@example.com'),
      emgSource: expectValue('网站应急联络人 · 信息来源', '开办主体负责人'),
      emgName: expectValue('网站应急联络人 · 联络人姓名', PERSON),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330106199003071236'),
      emgPhone: expectValue('网站应急联络人 · 联系电话', '13800138000'),
      notice: expectUntouched('我已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSubjectUnit, build: B.oldSubjectUnit, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectUnit, title: '旧公安备案平台 · 开办主体（单位，一个列表每行一项：说明文字 + 控件，无表格无 label；办公地址三级下拉由地区接口加载，编码下拉，营业执照文件框）', entity: UNIT,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 开办主体 step for a unit (generations 3, 14 and 19 built it) in a NEW layout: a banner + menu bar, then LILIST — ONE <ul> whose <li> rows each hold a <span> caption and its control (no <table>, no <label>), two sub-headings (单位信息 / 负责人信息) as <li class=head>: 开办主体性质 a coded <select> (FORMS §2.2 old codes, 企业 01), 主办单位名称, 主办单位证件号 (GB 32100 on blur), 法人代表人姓名 (FORMS §2.2; the profile\'s legal rep 李娜), 单位办公地址 three <select> 省 / 市 / 县 each answered by the area API (/__heldout24/area) + 详细地址, 有效证件 an <input type=file> (the 营业执照 image); 负责人姓名, 负责人证件类型 a coded <select> (FORMS §2.2 person codes, 居民身份证 01), 负责人证件号码 (GB 11643 on blur), 手机号码, 办公室电话, 负责人邮箱; 验证码 (a human step); 保存 / 下一步 (<input type=button>)',
    expect: {
      nature: expectValue('开办主体性质', '企业'),
      unitName: expectValue('主办单位名称', UNIT),
      certNumber: expectValue('主办单位证件号', '91330110MA2H3K7Q18'),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('详细地址', YQ_DETAIL),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prMobile: expectValue('手机号码', '13600136000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      captcha: expectUntouched('验证码'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentBasicUnit, build: B.tencentBasicUnit, set: 'tuning', platform: 'tencent', step: 'basic', variant: '单位', library: 'tdesign',
    url: TENCENT + B.tencentBasicUnit, title: '腾讯云 · 验证备案类型（单位，主办者性质按钮单选，备案地域懒加载级联，证件类型随性质过滤，域名单个输入，备案云服务单选切换：云服务器表格单选 / 授权码）', entity: UNIT,
    about:
      'TDesign React 1.18 on React 19 (FORMS §1.10: Tencent\'s library is Tea or TDesign, [INF]); Tencent console dark top bar + left nav, TDesign Steps (FORMS §1.10: 验证备案类型 → 填写主体信息 → 填写网站信息 → 上传资料 → 提交), then ONE card with LEFT labels: 备案地域 a LAZY TDesign Cascader (省 / 市 / 区县, each level fetched; FORMS §1.10), 主办者性质 BUTTON radios of FORMS §1.6 (the common ones + 其他 opening a Select), 证件类型 a Select FILTERED by the nature (FORMS §1.7), 证件号码 (GB 32100 on blur), 主办单位名称, 域名 ONE input (the first domain of the order; apex, no www., blur), 备案云服务 radios 云服务器 / 备案授权码 (FORMS §1.10; 云服务器 preset) — 云服务器 shows a TDesign TABLE of the account\'s CVM instances with SINGLE radio row selection (columns 实例ID | 名称 | 公网IP | 地域 | 到期时间; one expiring within 3 months disabled; the right one holds the site\'s public IP 47.96.56.78), 备案授权码 swaps in an input; the 服务协议 tick (a human step); 验证 (never pressed by a fill)',
    expect: {
      region: expectPath('备案地域', YH_REGION),
      nature: expectValue('主办者性质', '企业'),
      certType: expectValue('证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      unitName: expectValue('主办单位名称', UNIT),
      domain: expectValue('域名', 'yunqi-demo.cn'),
      server: expectValue('云服务器', YQ_CVM),
      agree: expectUntouched('我已阅读并同意《腾讯云网站备案服务协议》'),
      verifyClicks: expectUntouched('验证'),
    },
  },
  {
    id: B.huaweiSiteUnit, build: B.huaweiSiteUnit, set: 'tuning', platform: 'huawei', step: 'site', variant: '单位', library: 'opentiny',
    url: HUAWEI + B.huaweiSiteUnit, title: '华为云 · 填写互联网信息服务（单位，服务类型单选 网站 / App 切换两套字段；从域名与 IP 文本、服务内容下拉、语言复选、前置审批单选；互联网信息服务负责人两个日期）', entity: UNIT,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §1.10: OpenTiny reported for the Huawei Cloud console, [INF]); Huawei Cloud dark top bar + left nav, TinySteps of Huawei\'s flow (FORMS §1.10: 基础信息校验 → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验), then a TYPE SWITCH: 互联网信息服务类型 radios 网站 / App (网站 preset; App swaps in App名称 / 包名 / 签名MD5, FORMS §1.4 App filing) over two titled blocks with LEFT labels: 网站信息 — 网站名称 (FORMS §3.6 on blur), 网站域名 the MAIN domain, 从域名 ONE text (other domains of the site, comma separated; FORMS §1.10 从域名), 首页URL (no http://, must belong to a domain; blur), 网站服务内容 a TinySelect of FORMS §1.9, 网站语言 a TinyCheckboxGroup (FORMS §1.4 list), 前置审批 radios 否 / 是 (是 reveals items), IP地址 ONE text (FORMS §1.10 IP; ; separated); 互联网信息服务负责人 (FORMS §1.10 wording for 网站负责人; the profile\'s webPrincipal 王强) — 姓名, 证件类型 a TinySelect, 证件号码 (GB 11643 on blur), 证件有效期开始 / 证件有效期结束 two TinyDatePickers, 手机号码, 应急联系电话 (must differ), 电子邮箱; 上一步 / 保存草稿 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      mainDomain: expectValue('网站域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('前置审批', '否'),
      ips: expectValue('IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      wpName: expectValue('互联网信息服务负责人 · 姓名', '王强'),
      wpCertType: expectValue('互联网信息服务负责人 · 证件类型', '居民身份证'),
      wpCertNumber: expectValue('互联网信息服务负责人 · 证件号码', '110105198808123011'),
      wpValidFrom: expectValue('互联网信息服务负责人 · 证件有效期开始', '2020-08-12'),
      wpValidTo: expectValue('互联网信息服务负责人 · 证件有效期结束', '2040-08-12'),
      wpMobile: expectValue('互联网信息服务负责人 · 手机号码', '18600186000'),
      wpEmergency: expectValue('互联网信息服务负责人 · 应急联系电话', '18700187000'),
      wpEmail: expectValue('互联网信息服务负责人 · 电子邮箱', 'wangqiang@yunqi-demo.cn'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
