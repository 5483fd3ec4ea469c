/**
 * RETIRED held-out builds (generation 23), now tuning builds. First scored 96/116 filled (82.8 %), 3/8 missing
 * flagged, 2 wrong by the engine after stop 29's generation-21 work, and 98/116 (84.5 %), 3/8, 2 wrong after its
 * generation-22 work (bench/zoo-heldout23-first/); then retired (stop 29) and fixed against, while generation 24 was
 * written as the held-out set.
 *
 * Held-out builds (generation 23): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); every build differs from every earlier held-out build
 * (generations 1–22) in (platform, step, subject kind, library) and in layout, wording and widget shapes, except two that
 * say so:
 *  - the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 *    网站负责人 step for a person (generations 9 and 18 built it, their layouts named 'ymd' and 'stacked') in a NEW layout
 *    (ROLEGRID: ONE wide <table>, a ROW per role and a COLUMN per field, the field names only in the <th> header row, cells a
 *    role lacks shown as —; a 同开办主体负责人 tick at the start of each row);
 *  - one Alibaba build: Alibaba's step × kind × library grid is full for 验证备案类型, 填写主办者信息, 填写网站信息 and 上传资料
 *    (every library built each for both kinds; generation 2's kind-less heldout2-aliyun-upload-elp counted as the unit's);
 *    the only free cells are the whole-order 'apply' pages (generation 22 built the first, a unit's rejected order on
 *    TDesign). Two builds take such cells (a person's whole first-time order on ONE page, Fusion Next; a unit's 接入备案 order,
 *    antd); the third keeps a regular wizard step and REUSES 填写主办者信息 个人 on Tea (generation 10's
 *    heldout10-aliyun-subject-person-tea-sameaddr) in a NEW layout (GRID2: two cards whose fields sit in a two-column grid,
 *    labels on top; a lazy menu Cascader, the 证件住所 as ONE textarea line, two DatePickers + a 长期 SWITCH).
 *
 * The 8 builds: three Alibaba pages (the whole 个人 order on Fusion Next, the 单位 接入备案 order on antd, 填写主办者信息 个人 on
 * Tea), two new 公安 steps (网站负责人 个人 on Tea, the one-page 新办网站申请 单位 on Arco), the old 公安 portal's 网站负责人 (个人,
 * server-rendered), Volcengine's 验证备案类型 (单位, Arco) and Baidu AI Cloud's 填写网站信息 (个人, Fusion Next).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const VOLCENGINE = 'https://console.volcengine.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';
/** 张伟's address written out as one line (region names, then the street part; FORMS §1.3 证件住所 = the certificate text). */
const ZW_FULL_ADDRESS = '浙江省杭州市西湖区文三路 100 号 1 幢 101 室';

export const B = {
  aliyunApplyPerson: 'heldout23-aliyun-apply-person-fusion-navsections',
  aliyunApplyUnit: 'heldout23-aliyun-apply-unit-antd-accessorder',
  aliyunSubjectPerson: 'heldout23-aliyun-subject-person-tea-grid2',
  mpsPrincipalPerson: 'heldout23-mps-principal-person-tea-roletabs',
  mpsApplyUnit: 'heldout23-mps-apply-unit-arco-roundtabs',
  oldPrincipalPerson: 'heldout23-beian-old-principal-person-native-rolegrid',
  volcBasicUnit: 'heldout23-volcengine-basic-unit-arco-narrowcard',
  baiduSitePerson: 'heldout23-baidu-site-person-fusion-fieldgrid',
} as const;

/** The unit's Alibaba ECS instance whose addresses are the unit site's (docs/profile.example.json: 47.96.56.78, 2408:4000:1000::10). */
export const YQ_ECS = 'i-bp1f3yq9wz0kd2m7';
/** The unit's Volcengine ECS instance whose public IP is the unit site's (47.96.56.78). */
export const YQ_VOLC = 'i-yd7q2m0vx3ka8c';

export const HELDOUT23_PAGES: ZooPage[] = [
  {
    id: B.aliyunApplyPerson, build: B.aliyunApplyPerson, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunApplyPerson, title: '阿里云 · 个人首次备案整单一页（左侧导航菜单 + 四个编号分节；证件住所三个下拉逐级加载，通信地址整行文本，有效期起始日期 + 有效期限按钮单选推算截止日期，域名逐行添加，语言复选，网站负责人同主体负责人开关）', entity: PERSON,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §4: Alibaba consoles usually Fusion Next, [INF]); Alibaba orange top bar, then the WHOLE first-time order of an individual (FORMS §1.1 首次备案, §1.2 steps 2–3 on ONE page; \'apply\' as the one-page 公安 applications) with a sticky LEFT Fusion NAV menu of its four NUMBERED sections (一、主办者信息 / 二、主体负责人信息 / 三、网站信息 / 四、网站负责人; a click scrolls), LEFT labels; a read-only strip from 信息校验 (主办者性质 个人, 证件类型, 证件号码); 一 — 证件住所 as THREE Fusion Selects 省 / 市 / 区县 (each level fetched) + 证件住所 · 详细地址 (FORMS §1.3), 通信地址 ONE textarea line (region names + street to the door number, FORMS §1.3; checked on blur), 投资人或主管单位 (FORMS §1.3: an individual writes his own name); 二 (FORMS §1.3: the individual himself) — 姓名, 证件类型 a Select, 证件号码 (GB 11643 on blur), 证件有效期起 a DatePicker + 有效期限 BUTTON radios 5年 / 10年 / 20年 / 长期 (FORMS §1.3 validity; a resident ID card runs 5, 10 or 20 years or long-term) with the END DATE DERIVED read-only (证件有效期止), 手机号码, 应急联系电话 (must differ), 电子邮箱; 三 (FORMS §1.4) — 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 as ADDED ROWS (an input a row, 删除, + 添加域名; apex checked), 网站首页URL a Select of www.<domain> / <domain> built from the rows, 网站服务内容 read-only 其他 (FORMS §1.4 individual at Alibaba), 网站语言 a Fusion CHECKBOX group (FORMS §1.4 list), 网站备注 a textarea; 四 — 与主体负责人相同 a SWITCH (FORMS §1.4: an individual\'s 网站负责人 is himself; on hides the rows and shows a summary; off shows 姓名 / 证件号码 / 手机号码); the 承诺 tick; 保存草稿 / 提交初审',
    expect: {
      certRegion: expectPath('证件住所', ZW_REGION),
      certDetail: expectValue('证件住所 · 详细地址', ZW_DETAIL),
      mailAddress: expectValue('通信地址', ZW_FULL_ADDRESS),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人 · 姓名', PERSON),
      prCertType: expectValue('主体负责人 · 证件类型', '居民身份证'),
      prCertNumber: expectValue('主体负责人 · 证件号码', '330106199003071236'),
      prValidFrom: expectValue('主体负责人 · 证件有效期起', '2018-03-01'),
      prTerm: expectValue('主体负责人 · 有效期限', '20年'),
      prValidTo: expectValue('主体负责人 · 证件有效期止', '2038-03-01'),
      prMobile: expectValue('主体负责人 · 手机号码', '13800138000'),
      prEmergency: expectValue('主体负责人 · 应急联系电话', '13900139000'),
      prEmail: expectValue('主体负责人 · 电子邮箱', 'zhangwei@example.com'),
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSame: expectValue('与主体负责人相同', true),
      promise: expectUntouched('本人承诺所填备案信息真实、准确、完整'),
      saveClicks: expectUntouched('保存草稿'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.aliyunApplyUnit, build: B.aliyunApplyUnit, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '单位', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunApplyUnit, title: '阿里云 · 接入备案订单（单位，系统判定为接入备案：原备案号两项 + 主体、网站、负责人三块核对；区域懒加载级联，域名从账号域名多选，云资源表格勾选实例）', entity: UNIT,
    about:
      'antd 6 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, an info Alert that the system judged the order a 接入备案 (FORMS §1.1: entity and site already filed with another provider; the system decides the type), then ONE order page of four antd CARDS (labels on TOP, fields in a two-column antd Row / Col GRID): 原备案信息 — 主体备案号 and 网站备案号 (FORMS §3.4 formats on blur; the profile has neither: missing), 原接入服务商（选填） (the profile does not know it: untouched); 主办单位信息核对 — 主办单位名称 READ-ONLY, 主办单位性质 a Select (FORMS §1.6), 主办单位证件类型 a Select filtered by the nature (FORMS §1.7), 主办单位证件号码 (GB 32100 on blur), 主办单位所属区域 a LAZY antd Cascader (loadData per level, FORMS §1.3), 主办单位通信地址 the street part (to the door number, blur); 网站信息核对 — 网站名称 (FORMS §3.6 on blur), 网站域名 a MULTIPLE antd Select of the account\'s real-name domains FETCHED after a delay (FORMS §1.4), 接入云资源 an antd TABLE of the account\'s ECS instances with CHECKBOX row selection (columns 实例ID | 名称 | 公网IP | IPv6 | 到期时间; one expiring within 3 months disabled; FORMS §1.2 step 1 / §1.4 IP: the instance holding the site\'s addresses); 网站负责人 (the profile\'s webPrincipal 王强) — 姓名, 证件号码 (GB 11643 on blur), 手机号码; the 承诺 tick; 上一步 / 提交接入备案',
    expect: {
      entityIcpNumber: expectMissing('主体备案号'),
      siteIcpNumber: expectMissing('网站备案号'),
      oldProvider: expectUntouched('原接入服务商（选填）'),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      region: expectPath('主办单位所属区域', YH_REGION),
      mailDetail: expectValue('主办单位通信地址', YQ_DETAIL),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      instances: expectValue('接入云资源', [YQ_ECS]),
      wpName: expectValue('网站负责人 · 姓名', '王强'),
      wpCertNumber: expectValue('网站负责人 · 证件号码', '110105198808123011'),
      wpMobile: expectValue('网站负责人 · 手机号码', '18600186000'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交接入备案'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 填写主办者信息（个人，两张卡片内两列网格、标签在上；所属区域懒加载菜单级联，证件住所整行文本域，有效期两个日期 + 长期开关，办公室电话必填）', entity: PERSON,
    about:
      'Tea 2.8 on React 18 (FORMS §4: Alibaba\'s library is [INF]); REUSES (aliyun, 填写主办者信息, 个人, Tea) of generation 10 (heldout10-aliyun-subject-person-tea-sameaddr) in a NEW layout, see the header; Alibaba orange top bar + left nav, a Tea Stepper, a read-only strip from 填写基本信息 (主办者性质 个人, 主办者名称 张伟, 证件类型, 证件号码), then two Tea CARDS whose fields sit in a TWO-COLUMN grid, labels ON TOP: 主办者信息 — 主办者所属区域 a LAZY Tea menu Cascader (each level fetched; FORMS §1.3), 证件住所 ONE textarea line as printed on the ID card (region names + street, FORMS §1.3: must equal the certificate text), 通信地址（街道门牌） the street part after the region (FORMS §1.3: to the door number, blur), 投资人或主管单位 (FORMS §1.3: an individual writes his own name); 主体负责人信息 (the individual himself) — 主体负责人姓名, 证件类型 a Tea Select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 and 证件有效期止 two Tea DatePickers + 长期 a Tea SWITCH (on clears and disables the end), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公室电话 REQUIRED here (FORMS §1.3: 天津 individuals need a landline, old rule; the profile has none for 张伟: missing); 上一步 / 保存 / 下一步',
    expect: {
      region: expectPath('主办者所属区域', ZW_REGION),
      certAddress: expectValue('证件住所', ZW_FULL_ADDRESS),
      mailDetail: expectValue('通信地址（街道门牌）', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      office: expectMissing('办公室电话'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalPerson, build: B.mpsPrincipalPerson, set: 'tuning', platform: 'mps', step: 'principal', variant: '个人', library: 'tea',
    url: BUILD_URL.mps + B.mpsPrincipalPerson, title: '公安备案 · 网站负责人（个人，按角色分三个标签页：网站安全负责人 / 网站应急联络人 / 提示说明；同开办主体负责人开关复制并锁定，有效期区间 + 长期，三个证件照上传按钮）', entity: PERSON,
    about:
      'Tea 2.8 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), a Tea Stepper (开办主体 → 网站基本信息 → 网站负责人 → 提示说明, FORMS §2.3), a read-only line naming the 开办主体负责人 held from step 1 (张伟, masked ID), then Tea TABS, one per ROLE (FORMS §2.4; every pane rendered, the inactive ones hidden), LEFT labels without a role prefix (the role is the tab): 网站安全负责人 (the profile\'s securityOfficer is the principal) — 同开办主体负责人 a Tea SWITCH (on COPIES 张伟 and locks the rows), 姓名, 证件类型 a Tea Select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 证件有效期 a Tea RANGE picker + a 长期 tick (长期 swaps it for one start DatePicker), 手机号码, 电子邮件地址, 证件照片 正面 / 反面 / 手持 three Tea Upload BUTTONS (FORMS §2.4: re-uploaded even when copied; the profile has 张伟\'s front only: the back and the hand-held photo missing); 网站应急联络人 (the profile\'s emergencyContact is the principal) — 同开办主体负责人 a Tea SWITCH (copies), 联络人姓名, 证件类型, 证件号码, 联系电话 (FORMS §2.4: phone in the new UI [INF]); 提示说明 — the 责任告知书 text and its tick (a human step); 上一步 / 保存 / 下一步',
    expect: {
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', true),
      secName: expectValue('网站安全负责人 · 姓名', PERSON),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '330106199003071236'),
      secValidity: expectValue('网站安全负责人 · 证件有效期', ['2018-03-01', '2038-03-01'], true),
      secLongTerm: expectValue('网站安全负责人 · 长期', false),
      secMobile: expectValue('网站安全负责人 · 手机号码', '13800138000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'zhangwei@example.com'),
      secIdFront: expectValue('网站安全负责人 · 证件照片 · 正面', ['zhangwei-id-front.png']),
      secIdBack: expectMissing('网站安全负责人 · 证件照片 · 反面'),
      secIdHand: expectMissing('网站安全负责人 · 证件照片 · 手持'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      emgName: expectValue('网站应急联络人 · 联络人姓名', PERSON),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330106199003071236'),
      emgPhone: expectValue('网站应急联络人 · 联系电话', '13800138000'),
      notice: expectUntouched('我已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsApplyUnit, build: B.mpsApplyUnit, set: 'tuning', platform: 'mps', step: 'apply', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsApplyUnit, title: '公安备案 · 新办网站申请单页（单位，圆角标签页四页：开办主体 / 网站信息 / 接入信息 / 网站负责人；网站类型级联，交互服务开关显示复选，IP 逐行添加，服务商名称自动补全，接入方式按钮单选）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), the whole 新办网站申请 (FORMS §2.3 four steps) on ONE page as ROUNDED Arco TABS (开办主体 / 网站信息 / 接入信息 / 网站负责人; every pane rendered, the inactive ones hidden; 暂存 / 提交申请 under them), LEFT labels: 开办主体 — the 法人 account\'s unit READ-ONLY (名称, 证件号码, 法人代表人), 是否利用生成式人工智能 radios 是 / 否 (FORMS §2.2, none preset); 网站信息 — 网站名称 (identical to the ICP name), 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 an Arco DatePicker, 主域名 (apex, blur), 从域名 an Arco INPUTTAG, 网站IP as ADDED ROWS (an input a row + 添加IP; IPv4 / IPv6 checked on blur), 网站类型 an Arco CASCADER of FORMS §2.3\'s letter tree (C and G open to sub-items; the value is the letter or sub-code: E), 是否提供互联网交互服务 an Arco SWITCH (on REVEALS 交互服务类型 checkboxes, FORMS §5 free list), 互联网危险物品信息发布 radios 是 / 否, 网站语种 a MULTIPLE Arco Select of the 公安 list; 接入信息 (FORMS §2.3 / §2.5) — 网络接入服务商: 名称 an Arco AUTOCOMPLETE searching the platform\'s provider list (answered after a delay), 所属地区管辖 radios 境内 / 境外, 所属区域 a SEARCHABLE whole-tree Arco Cascader, 网站接入方式 BUTTON radios (租赁虚拟空间 / 租赁主机 / 自有服务器 / 其他), 联系电话, 接入商编码 (USCC chars 9–17); 域名注册服务商: 名称 (AutoComplete), 联系电话; 网站负责人 (FORMS §2.4; securityOfficer 王强, emergencyContact the principal) — 网站安全负责人 姓名 / 证件号码 / 手机号码, 网站应急联络人 同开办主体负责人 a tick (copies 李娜, read-only summary); the 责任告知书 tick (a human step); 暂存 / 提交申请',
    expect: {
      genAI: expectValue('是否利用生成式人工智能', '否'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', true),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁主机'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      secName: expectValue('网站安全负责人 · 姓名', '王强'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      secMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      notice: expectUntouched('我单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      draftClicks: expectUntouched('暂存'),
      submitClicks: expectUntouched('提交申请'),
    },
  },
  {
    id: B.oldPrincipalPerson, build: B.oldPrincipalPerson, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalPerson, title: '旧公安备案平台 · 网站负责人（个人，一张宽表：每行一个角色、每列一个字段，字段名只在表头；行首“同开办主体负责人”勾选，有效期起止文本，证件照另表三列文件框）', entity: PERSON,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 网站负责人 step for a person (generations 9 and 18 built it, their layouts named \'ymd\' and \'stacked\') in a NEW layout: a banner + menu bar, a read-only line of the 开办主体负责人 (张伟), then ROLEGRID — ONE wide <table> whose HEADER row (<th>) names the fields (同开办主体负责人 | 姓名 | 证件类型 | 证件号码 | 有效期起 | 有效期止 | 手机号码 | 电子邮件地址) and whose ROWS are the roles (FORMS §2.4: 网站安全负责人, 网站应急联络人; the role name in the row\'s first <th>); no <label>; a cell a role does not have shows — (the emergency contact has no e-mail); 同开办主体负责人 a checkbox at the row\'s start (copies the 开办主体负责人 into the row and makes it read-only; the profile\'s securityOfficer and emergencyContact are both the principal), 证件类型 a coded <select> (FORMS §2.2 person codes, 居民身份证 01), 证件号码 (GB 11643 on blur), 有效期起 / 有效期止 yyyy-mm-dd text boxes (止 takes 长期; checked on blur); below, a second table of the security officer\'s 证件照片 正面 / 反面 / 手持 as three <input type=file> (FORMS §2.4: re-uploaded even when copied; the profile has the front only: the back and the hand-held photo missing); 验证码 (a human step), 保存 / 下一步 (<input type=button>)',
    expect: {
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', true),
      secName: expectValue('网站安全负责人 · 姓名', PERSON),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '330106199003071236'),
      secValidFrom: expectValue('网站安全负责人 · 有效期起', '2018-03-01'),
      secValidTo: expectValue('网站安全负责人 · 有效期止', '2038-03-01'),
      secMobile: expectValue('网站安全负责人 · 手机号码', '13800138000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'zhangwei@example.com'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      emgName: expectValue('网站应急联络人 · 姓名', PERSON),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330106199003071236'),
      emgValidFrom: expectValue('网站应急联络人 · 有效期起', '2018-03-01'),
      emgValidTo: expectValue('网站应急联络人 · 有效期止', '2038-03-01'),
      emgMobile: expectValue('网站应急联络人 · 手机号码', '13800138000'),
      secIdFront: expectValue('网站安全负责人证件照片 · 正面', ['zhangwei-id-front.png']),
      secIdBack: expectMissing('网站安全负责人证件照片 · 反面'),
      secIdHand: expectMissing('网站安全负责人证件照片 · 手持'),
      captcha: expectUntouched('验证码'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcBasicUnit, build: B.volcBasicUnit, set: 'tuning', platform: 'volcengine', step: 'basic', variant: '单位', library: 'arco',
    url: VOLCENGINE + B.volcBasicUnit, title: '火山引擎 · 验证备案类型（单位，居中窄卡片、标签在上；所属区域懒加载级联，证件类型按钮单选随性质加载，域名标签输入，云服务器实例下拉按 IP 搜索并延迟加载）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (FORMS §1.10: Volcengine\'s docs load Arco; the console is not confirmed); Volcengine dark top bar + left nav, then ONE centred NARROW card (480 px, labels ON TOP, like a check dialog) under DOT Arco Steps (验证备案类型 → 填写主办者信息 → 填写网站信息 → 上传备案资料 → 提交备案): 主办单位所属区域 a LAZY Arco Cascader (loadMore per level; FORMS §1.2 step 1), 主办单位性质 a Select (FORMS §1.6), 证件类型 BUTTON radios whose options LOAD after the nature is chosen (FORMS §1.7), 主办单位名称, 证件号码 (GB 32100 on blur), 网站域名 an Arco INPUTTAG (type, Enter; apex checked, FORMS §1.4), 备案资源 radios 云服务器 / 备案授权码 (云服务器 preset; 授权码 swaps in an input), 云服务器实例 an Arco Select with SEARCH by name / ID / IP whose options ARRIVE after a delay (name · ID · public IP; one expiring within 3 months disabled): the right one is the instance whose public IP is the site\'s (47.96.56.78); the 服务协议 tick (a human step); 开始验证 (never pressed by a fill)',
    expect: {
      region: expectPath('主办单位所属区域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('证件类型', '营业执照（个人或企业）'),
      unitName: expectValue('主办单位名称', UNIT),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      instance: expectValue('云服务器实例', YQ_VOLC),
      agree: expectUntouched('我已阅读并同意《火山引擎备案服务协议》'),
      verifyClicks: expectUntouched('开始验证'),
    },
  },
  {
    id: B.baiduSitePerson, build: B.baiduSitePerson, set: 'tuning', platform: 'baidu', step: 'site', variant: '个人', library: 'fusion-next',
    url: BAIDU + B.baiduSitePerson, title: '百度智能云 · 填写网站信息（个人，一张 Fusion 表格当表单：项目 | 内容 | 说明；域名标签下拉，首页自动补全，服务内容下拉，语言多选，前置审批单选，网站负责人来源下拉复制并锁定）', entity: PERSON,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui, not confirmed for filing); Baidu AI Cloud blue top bar + left nav, a Fusion Step of Baidu\'s flow (FORMS §1.2: 验证备案类型 → 填写主办者信息 → 填写网站信息 → 资料上传及人脸核验 → 信息确认 → 短信核验), then a FIELD GRID: ONE Fusion TABLE per group (网站基本信息 / 网站负责人信息) whose rows are the fields (columns 项目 | 内容 | 说明; the name only in the first cell, no <label>): 网站名称 (FORMS §3.6 individual naming on blur), 网站域名 a Fusion TAG Select (type, Enter; apex checked), 网站首页 a Fusion AUTOCOMPLETE of www.<domain> / <domain> (FORMS §1.4 首页URL), 网站服务内容 a Fusion Select of FORMS §1.9 (the profile: 其他), 网站语言 a MULTIPLE Fusion Select (FORMS §1.4 list), 是否涉及前置审批 radios 是 / 否 (是 REVEALS the FORMS §1.4 items), 网站备注 a textarea; 网站负责人信息 — 负责人来源 a Select 同主体负责人 / 其他人员 (FORMS §1.4: an individual\'s 网站负责人 is himself; 同主体负责人 COPIES 张伟 held from 填写主办者信息 and locks the rows), 负责人姓名, 证件号码 (GB 11643 on blur), 手机号码, 应急联系人手机号码 (FORMS §1.10 Baidu wording; must differ), 电子邮箱; 上一步 / 保存 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页', 'www.zhangwei-notes.cn'),
      content: expectValue('网站服务内容', '其他'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSource: expectValue('负责人来源', '同主体负责人'),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系人手机号码', '13900139000'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
