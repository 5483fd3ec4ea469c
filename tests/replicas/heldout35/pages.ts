/**
 * RETIRED held-out builds (generation 35), now tuning builds. First scored 101/107 filled (94.4 %), 5/5 missing flagged and 1 wrong (a Fusion table of domain rows left holding one of two domains) by the engine at bd1d599 (bench/zoo-heldout35-first/); written in stop 33, retired in stop 34 while
 * generation 36 was written, and fixed against (208/208 filled, 12/12 flagged, 0 wrong with generation 34 at the stop-34 engine).
 *
 * Held-out builds (generation 35): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–34), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 单位, Fusion (generation 3 built it) as a CONTACT PICKER: two Fusion Cards, labels left; the
 *        主体负责人 card opens with a 从常用联系人带入 Select (the account's saved contacts; picking one copies its data,
 *        all still editable), 通信地址 a whole-tree CascaderSelect, 投资人或主管单位 a Select.AutoComplete offering the
 *        unit's name, 有效期 a DatePicker2 (起) + a 证件有效期至 长期 / 指定日期 radio that reveals the end picker;
 *      · 填写网站信息, 个人, Arco (generation 19 built it: card tabs) as STATUS CARDS: three numbered Arco Cards, each
 *        header a read-only 已完成 / 待完善 tag derived from its fields; 域名 a creatable multiple Select, 首页URL an
 *        AutoComplete, 语言 a multiple Select, 前置审批 a 是 / 否 Select, 证件类型 button radios, 有效期 a start
 *        DatePicker + a 有效期限 Select (5年 / 10年 / 20年 / 长期) with the end date derived read-only;
 *      · 填写基本信息, 单位, Tea (generations 11 and 29 built it: verify type, wizard card) as a RULES TABLE: a Tea Table,
 *        one row per field (项目 / 填写 / 填写要求), 所属区域 ONE search box (a Tea AutoComplete over the counties,
 *        answered late), 性质 a Select, 证件类型 radios filtered by the nature, 资源类型 a Tea Segment, the instance a
 *        Select listed late per kind.
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 单位, Fusion (generation 14 built it: remote search) as LEGEND BOXES: bordered boxes, their titles
 *        set into the top border, two to a line; 从域名 a tag-mode Select, 域名证书 an Upload, IP a textarea, 网站类型 a
 *        Select, 交互服务 a Switch revealing a 交互服务类型 Checkbox group, 语种 a multiple Select, 接入商名称 a
 *        remote-search Select answered late, 所属区域 a whole-tree CascaderSelect, 注册商名称 a Select.AutoComplete;
 *      · 网站负责人, 个人, Arco (generation 25 built it: a copy panel) as an ANCHOR SIDE: an Arco Anchor at the left, the
 *        sections at the right; 同主体负责人信息 a Switch copying the principal (fields then read-only), 有效期 a
 *        RangePicker, Uploads, the emergency contact's 同主体负责人信息 a Checkbox revealing its fields when off.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站基本信息 for a unit
 *    (generations 4, 7, 12 and 25 built it: rows, aria, details, pair table) in a NEW layout: a NUMBERED LIST (<ol>, each
 *    field a numbered <li> with its caption then the control, no table), a coded <select> revealing 交互服务类型 ticks, 语种
 *    a <select multiple>, IPs a textarea, 接入服务商所属区域 ONE text line, coded radios.
 *  - Volcengine's 填写网站信息 (单位, Fusion) and Baidu's 填写主办者信息 (单位, Arco) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLC = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YH_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSubjectUnit: 'heldout35-aliyun-subject-unit-fusion-contactpicker',
  aliyunSitePerson: 'heldout35-aliyun-site-person-arco-statuscards',
  aliyunBasicUnit: 'heldout35-aliyun-basic-unit-tea-rulestable',
  mpsSiteUnit: 'heldout35-mps-site-unit-fusion-legendboxes',
  mpsPrincipalPerson: 'heldout35-mps-principal-person-arco-anchorside',
  oldSiteUnit: 'heldout35-beian-old-site-unit-native-olnumbered',
  volcSiteUnit: 'heldout35-volcengine-site-unit-fusion-collapse',
  baiduSubjectUnit: 'heldout35-baidu-subject-unit-arco-licenceaside',
} as const;

export const HELDOUT35_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；两张卡片、标签在左；常用联系人带入下拉，通信地址级联，投资人自动补全，有效期开始 + 长期 / 指定日期单选）', entity: UNIT,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.3 for a company: 主办单位名称 / 性质 / 证件类型 / 证件号码 read-only from step 1, 主办单位证件住所 a textarea (region names + street, as printed), 通信地址 a whole-tree CascaderSelect + 详细地址 (door number on blur), 投资人或主管单位 a Select.AutoComplete offering the unit\'s own name (§1.3: a company writes a company name); 主体负责人 (principal 李娜, the legal rep): 从常用联系人带入 a Select of the account\'s saved contacts (a helper: picking copies a contact, fields stay editable), 负责人姓名, 负责人证件类型 a Select (§1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期起 a DatePicker2 + 证件有效期至 长期 / 指定日期 radios (§1.3 isLongTerm; 指定日期 reveals the end picker; 李娜\'s card is long-term), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('详细地址', YH_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prValidEnd: expectValue('证件有效期至', '长期'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；三张编号卡片带完成状态；域名可创建多选，首页URL自动补全，语言多选，前置审批是否下拉，负责人证件类型按钮单选，有效期开始 + 有效期限下拉、截止日期自动计算，网站备注）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual: 网站名称 (§3.6 individual naming on blur), 网站域名 a creatable multiple Select (apex), 网站首页URL an AutoComplete offering www.<domain> / <domain>, 服务类型 / 网站服务内容 read-only (an individual at Alibaba: 网站应用服务 / 其他), 网站语言 a multiple Select (§1.4 list), 是否涉及前置审批 a 是 / 否 Select (none: 否); 网站负责人 (webPrincipal = the principal 张伟): 网站负责人姓名, 证件类型 button radios (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker + 有效期限 a Select of resident-ID terms (2018-03-01 → 2038-03-01 is 20年; the end date shown read-only), 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; 网站备注 a textarea (the site remark); each card\'s 已完成 / 待完善 tag is derived; the 服务协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('网站负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      wpTerm: expectValue('有效期限', '20年'),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；表格式字段行：项目 / 填写 / 要求；所属区域搜索框，性质下拉，证件类型随性质过滤单选，资源类型分段控件，实例下拉延迟加载）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for a company, a Tea Table with one row per field: 主办单位所属区域 ONE search box (a Tea AutoComplete: type a county, pick 省 / 市 / 区县 from the hits answered late), 主办单位性质 a Select (§1.6), 主办单位证件类型 radios filtered by the nature (§1.7: a 企业 files its 营业执照), 主办单位证件号码 (GB 32100 on blur), 网站域名 (the main domain, apex, blur), 资源类型 a Tea Segment (云服务器ECS preset; §1.2: ECS / 轻量 or 备案服务号), 备案实例 a Select listed after a delay per kind (the ECS holding the site\'s 47.96.56.78; one expiring in < 3 months disabled); 信息校验 is a human step.',
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
    id: B.mpsSiteUnit, build: B.mpsSiteUnit, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'fusion-next',
    url: BUILD_URL.mps + B.mpsSiteUnit, title: '公安备案 · 网站基本信息（单位；标题嵌在边框上的分组框，每行两个；从域名标签下拉，域名证书上传，IP多行文本，交互服务开关展开类型复选，语种多选，接入商远程搜索，区域级联，注册商自动补全）', entity: UNIT,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 for a unit\'s site: 网站名称, 工信部备案号 (§3.4 on blur; the profile has none: missing), 网站开通日期 a DatePicker2, 主域名 (apex, blur), 从域名 a tag-mode Select, 域名证书 an Upload (the profile holds no certificate image: missing), IP a textarea (one per line; IPv4 and IPv6), 网站类型 a Select of the letter list (psbCategory E), 是否提供互联网交互服务 a Switch (interactive true) revealing 交互服务类型 a Checkbox group (FORMS §5: a free list; the profile\'s 论坛社区 / 网络评论), 是否提供涉及管制物品信息发布服务 是 / 否 radios (否), 网站语种 a multiple Select (§2.3 list); §2.5 网络接入服务商: 接入商所属地区管辖 button radios (境内), 接入商所属区域 a whole-tree CascaderSelect, 网络接入服务商名称 a remote-search Select answered late, 网站接入方式 a Select (the unit\'s ECS: 租赁主机), 接入商电话, 接入商编码; 域名注册服务商名称 a Select.AutoComplete, 注册商电话; 暂存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      domainCert: expectMissing('域名证书'),
      ips: expectValue('IP', ['47.96.56.78', '2408:4000:1000::10']),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', true),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apJurisdiction: expectValue('接入商所属地区管辖', '境内'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apName: expectValue('网络接入服务商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入商电话', '95187'),
      apCode: expectValue('接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册商电话', '010-65985888'),
      draftClicks: expectUntouched('暂存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalPerson, build: B.mpsPrincipalPerson, set: 'tuning', platform: 'mps', step: 'principal', variant: '个人', library: 'arco',
    url: BUILD_URL.mps + B.mpsPrincipalPerson, title: '公安备案 · 网站负责人（个人；左侧锚点导航、右侧分段；同主体负责人开关复制并锁定，证件有效期区间，证件照上传，应急联络人同主体负责人勾选）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.4 for a person: 网站安全负责人 (securityOfficer = the principal 张伟): 同主体负责人信息 a Switch (on: the fields copy the principal held from the 开办主体 step and turn read-only), 安全负责人姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker (the card ends 2038-03-01), 手机号码, 电子邮件地址 (blur), 证件正面 / 证件反面 two Arco Uploads (FORMS §2.4: re-upload even when copied; the profile holds the front only: the back is missing); 网站应急联络人 (emergencyContact = the principal): 同主体负责人信息 a Checkbox (off reveals 联络人 fields); the 责任告知书 tick and 提交 are human steps.',
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
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.oldSiteUnit, build: B.oldSiteUnit, set: 'tuning', platform: 'beian-old', step: 'site', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSiteUnit, title: '旧公安备案平台 · 网站基本信息（单位；编号列表逐项填写；交互服务编码下拉展开类型勾选，语种多选列表，IP多行文本，接入商区域一行文本，编码单选，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.3 for a unit\'s site on the old portal, a numbered <ol>: 网站名称, 工信部备案号 (the profile has none: missing), 网站开通日期 a text (YYYY-MM-DD, blur), 网站域名 (the main domain, blur), 网站IP地址 a textarea (one per line), 是否提供互联网交互服务 a coded <select> (1 是 / 0 否) revealing 交互服务类型 ticks (FORMS §5 free list), 网站语种 a <select multiple> (§2.3 old codes), §2.5 接入服务商名称 a <select> of names, 接入服务商所属区域 ONE text line (province + city + county names), 网站接入方式 coded radios (the unit\'s ECS: 租赁主机), 接入服务商电话; 域名注册服务商名称 a <select>, 注册服务商电话; 验证码 and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('网站域名', 'yunqi-demo.cn'),
      ips: expectValue('网站IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('接入服务商名称', '阿里云计算有限公司'),
      apRegion: expectValue('接入服务商所属区域', '浙江省杭州市余杭区'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入服务商电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册服务商电话', '010-65985888'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSiteUnit, build: B.volcSiteUnit, set: 'tuning', platform: 'volcengine', step: 'site', variant: '单位', library: 'fusion-next',
    url: VOLC + B.volcSiteUnit, title: '火山引擎 · 填写网站信息（单位；折叠面板；域名表格行 + 主域名单选列，首页URL下拉，服务内容可搜索下拉，语言复选，前置审批按钮单选，负责人有效期起止两个日期，服务协议勾选）', entity: UNIT,
    about: 'Fusion Next 1.27 on React 18 (FORMS §1.10: Volcengine\'s docs site loads Arco [INF], the console is not confirmed). FORMS §1.4 with §1.10 Volcengine wordings (网站名称 ≥ 3 Chinese characters, 负责人姓名, 手机号码, 提交备案), a Fusion Collapse of three open panels: 网站名称 (blur), 网站域名 a Fusion Table of domain rows (an Input per row, 添加域名 / 删除; apex on blur) with a 主域名 Radio column (§1.4 是否为主域名: the home URL\'s domain), 网站首页URL a Select fed by the domains, 网站服务内容 a searchable Select (§1.9: 单位门户网站), 网站语言 a Checkbox group (§1.4 list), 前置审批 涉及 / 不涉及 button radios (none: 不涉及); 网站负责人 (webPrincipal 王强): 负责人姓名, 证件类型 a Select (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePicker2, 手机号码, 应急联系电话 (must differ), 电子邮箱; the agreement tick and 提交备案 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('前置审批', '不涉及'),
      wpName: expectValue('负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('证件有效期止', '2040-08-12'),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《火山引擎ICP备案服务协议》'),
      submitClicks: expectUntouched('提交备案'),
    },
  },
  {
    id: B.baiduSubjectUnit, build: B.baiduSubjectUnit, set: 'tuning', platform: 'baidu', step: 'subject', variant: '单位', library: 'arco',
    url: BAIDU + B.baiduSubjectUnit, title: '百度智能云 · 填写主办者信息（单位；左侧营业执照上传识别、右侧表单；通信地址逐级加载级联，负责人同法定代表人开关，有效期开始 + 长期勾选，应急联系人手机号码）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui [INF], not confirmed). FORMS §1.3 with §1.10 Baidu wordings and behaviour, the licence in a left aside, the form at the right: 单位性质 / 证件类型 locked (carried over); 营业执照 an Arco Upload (the profile holds the licence; once uploaded it is read after a delay and fills 单位名称, 单位证件号码, 法定代表人姓名 where still empty: what the page holds is kept), 单位名称, 单位证件号码 (GB 32100 on blur), 法定代表人姓名 (legal rep 李娜), 法定代表人身份证号 (typed by hand; GB 11643 on blur), 证件住所 (region names + street, as printed), 通信地址所属区域 an Arco Cascader loading each level late + 通信地址详细, 投资人或主管单位 (the unit\'s full name); 主体负责人: 负责人同法定代表人 a Switch (principal = legal rep: on, copying name and ID number), 主体负责人姓名, 证件类型 a Select (§1.3 list), 证件号码, 证件有效期起 a DatePicker + 长期 a Checkbox disabling the end, 手机号码, 应急联系人手机号码 (§1.10; must differ), 办公室电话, 电子邮箱; the 备案承诺书 tick and 下一步 are human steps.',
    expect: {
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      unitName: expectValue('单位名称', UNIT),
      certNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      legalRep: expectValue('法定代表人姓名', '李娜'),
      legalRepId: expectValue('法定代表人身份证号', '330110198511204525'),
      certAddress: expectValue('证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址所属区域', YH_REGION),
      mailDetail: expectValue('通信地址详细', YH_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prSameLegal: expectValue('负责人同法定代表人', true),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系人手机号码', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《百度智能云备案承诺书》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
