/**
 * RETIRED held-out builds (generation 39), now tuning builds. First scored 81/100 filled (81.0 %), 7/7 missing flagged and 0 wrong by stop 34's final engine (bench/zoo-heldout39-first/);
 * written at the end of stop 34, retired in stop 35 (while generation 41 was written), and fixed against (100/100 filled, 7/7 flagged, 0 wrong).
 *
 * Held-out builds (generation 39): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–38), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写主办者信息, 个人, Fusion (generations 5 and 29 built it: inset, tab panes) as a TIMELINE: a Fusion Timeline
 *        whose three items are the sections; 通信地址 a whole-tree CascaderSelect answered late, 投资人 an AutoComplete,
 *        有效期 a RangePicker + a 长期有效 Switch hiding it;
 *      · 填写网站信息, 单位, Arco (generations 12 and 29 built it: domain rows, collapse) as INNER STEPS: clickable Arco
 *        Steps over three panes (all mounted, one shown); 网站域名 an InputTag, 首页URL a Select fed by it, 语言 a multiple
 *        Select, 前置审批 a Switch, 有效期 two DatePickers + a 长期 Checkbox disabling the end;
 *      · 填写基本信息, 单位, Tea (generations 11, 29 and 35 built it: verify type, wizard card, rules table) as a SUMMARY
 *        SIDE: the form at the left, a sticky 已填信息 summary at the right; 所属区域 a whole-tree Tea Cascader answered
 *        late, 性质 a Select, 证件类型 RADIOS filtered by the nature, 备案实例 a Select listed late (short ones disabled).
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 单位, Arco (generation 17 built it: desc table) as PROVIDER DRAWERS: the site fields on the page,
 *        the two provider blocks in Arco Drawers (mounted while closed) opened from summary rows; 交互服务 是 reveals a
 *        Checkbox group of kinds, IPs a creatable multiple Select, 接入方式 listed late, 所属区域 a whole-tree Cascader;
 *      · 开办主体, 个人, Tea (generation 17 built it: field table) as a PHOTO SIDE: the ID photo uploads in a column at
 *        the left, the fields at the right; 性质 a Segment, 有效期 two Tea DatePickers + 长期 a Switch, 常住地址 a Tea
 *        Cascader + street, 生成式人工智能 radios.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站负责人 for a unit
 *    (generations 8, 16, 20, 27 and 30 built it: table, compare, iframe, details, role cards) in a NEW layout: a PAPER
 *    FORM (underlined blanks in lines of text, like the printed form); 长期 a coded 是 / 否 radio pair, dates as texts.
 *  - Volcengine's 网站信息 (个人, Fusion) and Baidu's 填写主办者信息 (个人, Arco) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLC = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];

export const B = {
  aliyunSubjectPerson: 'heldout39-aliyun-subject-person-fusion-timeline',
  aliyunSiteUnit: 'heldout39-aliyun-site-unit-arco-innersteps',
  aliyunBasicUnit: 'heldout39-aliyun-basic-unit-tea-summaryside',
  mpsSiteUnit: 'heldout39-mps-site-unit-arco-providerdrawers',
  mpsSubjectPerson: 'heldout39-mps-subject-person-tea-photoside',
  oldPrincipalUnit: 'heldout39-beian-old-principal-unit-native-paperform',
  volcSitePerson: 'heldout39-volcengine-site-person-fusion-principaldialog',
  baiduSubjectPerson: 'heldout39-baidu-subject-person-arco-uploadfirst',
} as const;

export const HELDOUT39_PAGES: ZooPage[] = [
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；时间轴式三节：主办者 / 主体负责人 / 联系方式；通信地址整树级联延迟加载，投资人自动补全，有效期区间 + 长期有效开关，办公室电话缺）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual in a Fusion Timeline of three items: 主办者 — 主办者证件住所 a textarea (region names + street, as on the ID), 通信地址 a whole-tree CascaderSelect answered late, 通信地址详细 (door number on blur), 投资人或主管单位 an AutoComplete (§1.3: an individual writes his own name); 主体负责人 (the person 张伟) — 负责人姓名, 负责人证件类型 a Select (§1.3), 负责人证件号码 (GB 11643 on blur), 证件有效期 a RangePicker, 长期有效 a Switch hiding the range (the card ends 2038-03-01: off); 联系方式 — 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办者证件住所', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址详细', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prLongTerm: expectValue('长期有效', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'tuning', platform: 'aliyun', step: 'site', variant: '单位', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；页内可点步骤条切换三块：网站信息 / 服务与语言 / 网站负责人；域名标签输入，首页URL下拉取自域名，服务内容下拉，语言多选，前置审批开关，负责人有效期起止 + 长期勾选）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for a company (webPrincipal 王强) under clickable Arco Steps over three panes (all mounted, one shown): 网站信息 — 网站名称, 网站域名 an InputTag (apex checked), 网站首页URL a Select fed by the domains (www.<domain> / <domain>); 服务与语言 — 网站服务内容 a searchable Select (§1.9: 单位门户网站), 网站语言 a multiple Select (§1.4 list), 是否涉及前置审批 a Switch (none: off); 网站负责人 — 负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers + 长期 a Checkbox disabling the end, 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', false),
      wpName: expectValue('负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期起', '2020-08-12'),
      wpValidTo: expectValue('证件有效期止', '2040-08-12'),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；左侧表单、右侧固定的已填信息摘要；所属区域整树级联延迟加载，性质下拉，证件类型随性质变化的单选，备案实例下拉延迟加载）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for a company, the form at the left and a sticky 已填信息 summary at the right: 主办单位所属区域 a whole-tree Tea Cascader answered late, 主办单位性质 a Select (§1.6: 企业), 主办单位证件类型 radios listed per nature (§1.7: 营业执照（个人或企业）), 主办单位名称, 主办单位证件号码 (GB 32100 on blur), 网站域名 (apex on blur; the first of the site\'s domains), 资源类型 a Select (云服务器ECS preset), 备案实例 a Select listed late (the unit\'s ECS holding 47.96.56.78; one expiring within 3 months disabled); the 须知 tick and 信息校验 are human steps.',
    expect: {
      region: expectPath('主办单位所属区域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      unitName: expectValue('主办单位名称', UNIT),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      domain: expectValue('网站域名', 'yunqi-demo.cn'),
      instance: expectValue('备案实例', 'i-bp1w9n4www3r6q2y'),
      notice: expectUntouched('我已阅读《ICP备案须知》'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsSiteUnit, build: B.mpsSiteUnit, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsSiteUnit, title: '公安备案 · 网站基本信息（单位；网站信息在页面上，接入服务商与域名注册服务商各在一个抽屉里；IP可创建多选，网站类型下拉，交互服务选“是”后出现服务类型勾选，语种勾选，接入方式延迟加载，区域整树级联，工信部备案号缺）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 / §2.5 for a unit: 网站信息 on the page — 网站名称 (= the ICP name), 工信部备案号 (the profile has no site number yet: missing), 网站开通日期 a DatePicker (openedAt), 网站域名 (apex, blur), 网站IP地址 a creatable multiple Select (IPv4 / IPv6 checked), 网站类型 a Select (§2.3 letters: E → E 信息资讯类), 是否提供互联网交互服务 是 / 否 radios (interactive: 是) revealing 交互服务类型 a Checkbox group (the profile\'s 论坛社区 / 网络评论), 是否提供涉及管制物品信息发布服务 radios (否), 网站语种 a Checkbox group (§2.3 list); 网络接入服务商 (an Arco Drawer opened from its summary row, mounted while closed) — 名称 a searchable Select (§2.5: 阿里云计算有限公司), 网站接入方式 a Select listed late (租赁主机), 所属区域 a whole-tree Cascader (浙江省杭州市余杭区), 联系电话 (95187); 域名注册服务商 (a second Drawer) — 名称 a searchable Select (阿里云计算有限公司（原万网）), 电话 (010-65985888); 下一步 is a human step.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('网站域名', 'yunqi-demo.cn'),
      ips: expectValue('网站IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      category: expectValue('网站类型', 'E 信息资讯类'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('接入服务商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apRegion: expectPath('接入服务商所属区域', YH_REGION),
      apPhone: expectValue('接入服务商联系电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商电话', '010-65985888'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubjectPerson, build: B.mpsSubjectPerson, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'tea',
    url: BUILD_URL.mps + B.mpsSubjectPerson, title: '公安备案 · 开办主体（个人；左侧证件照片栏、右侧字段；性质分段控件，证件类型下拉，有效期起止两个日期 + 长期开关，常住地址级联 + 详细，生成式人工智能是否单选，证件反面、手持照与办公室电话缺）', entity: PERSON,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a person, the ID photos in a column at the left (负责人证件正面 / 证件反面 / 手持证件照 three Tea Uploads: the profile holds 张伟\'s front only, the back and the hand-held photo are missing) and the fields at the right: 开办主体性质 a Segment (个人 / 单位), 负责人姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期开始 / 证件有效期结束 two Tea DatePickers + 长期 a Switch disabling the end (not long-term), 负责人常住地址 a whole-tree Tea Cascader + 常住详细地址, 办公室电话 (none in the profile: missing), 手机号码, 负责人邮箱, 是否利用生成式人工智能 radios 是 / 否 (usesGenAI false: 否); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prValidTo: expectValue('证件有效期结束', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prFront: expectValue('负责人证件正面', ['zhangwei-id-front.png']),
      prBack: expectMissing('证件反面'),
      prHand: expectMissing('手持证件照'),
      homeRegion: expectPath('负责人常住地址', ZW_REGION),
      homeDetail: expectValue('常住详细地址', ZW_DETAIL),
      prOffice: expectMissing('办公室电话'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmail: expectValue('负责人邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldPrincipalUnit, build: B.oldPrincipalUnit, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipalUnit, title: '旧公安备案平台 · 网站负责人信息（单位；纸质表格式：文字行中的下划线空格；同主体负责人勾选，证件类型编码下拉，长期编码单选，日期文本，证件正面文件缺，应急联络人同主体负责人勾选隐藏字段，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.4 for a unit (securityOfficer = 王强, emergencyContact = the principal 李娜) as a PAPER FORM: numbered lines of text with underlined blanks: 一、网站安全负责人 — 同主体负责人信息 a tick (王强 is not the principal: unticked), 安全负责人姓名, 证件类型 a coded <select> (§2.2: 01 居民身份证), 证件号码 (GB 11643 on blur), 证件是否长期有效 coded radios (1 是 / 0 否: 否), 证件有效期起 / 证件有效期止 texts (yyyy-mm-dd, blur; the end hidden when 是), 手机号码, 电子邮件地址, 证件正面 a file input (the profile holds no image of 王强: missing); 二、网站应急联络人 — 同主体负责人信息 a tick (ticked hides the 联络人 lines); the 责任告知书 tick, 验证码 and 提交 are human steps.',
    expect: {
      aqSame: expectValue('同主体负责人信息', false),
      aqName: expectValue('安全负责人姓名', '王强'),
      aqCertType: expectValue('证件类型', '居民身份证'),
      aqCertNumber: expectValue('证件号码', '110105198808123011'),
      aqLongTerm: expectValue('证件是否长期有效', '否'),
      aqValidFrom: expectValue('证件有效期起', '2020-08-12'),
      aqValidTo: expectValue('证件有效期止', '2040-08-12'),
      aqMobile: expectValue('手机号码', '18600186000'),
      aqEmail: expectValue('电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      aqFront: expectMissing('证件正面'),
      yjSame: expectValue('网站应急联络人 · 同主体负责人信息', true),
      notice: expectUntouched('我已阅读并同意《互联网信息服务单位网络安全责任告知书》'),
      captcha: expectUntouched('验证码'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.volcSitePerson, build: B.volcSitePerson, set: 'tuning', platform: 'volcengine', step: 'site', variant: '个人', library: 'fusion-next',
    url: VOLC + B.volcSitePerson, title: '火山引擎 · 网站信息（个人；网站字段在页面上，网站负责人在“编辑”打开的对话框里；域名标签输入，首页URL单选取自域名，语言多选下拉，前置审批是否单选，同主体负责人勾选复制并锁定）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (FORMS §1.10: Volcengine\'s docs load Arco [INF]; the console is not confirmed). FORMS §1.4 with §1.10 Volcengine wordings (负责人姓名, 手机号码; 网站名称 ≥ 3 Chinese characters) for an individual (webPrincipal = the principal 张伟): 网站信息 on the page — 网站名称 (§3.6 individual naming on blur), 网站域名 a TAG-mode Select (apex checked), 网站首页URL radios offered from the domains, 服务类型 / 网站服务内容 read-only (individual: 网站应用服务 / 其他), 网站语言 a multiple Select (§1.4 list), 是否涉及前置审批 是 / 否 radios (none: 否), 网站备注 a textarea; 网站负责人 — a summary card whose 编辑 button opens a Fusion Dialog (its fields exist only while it is open): 同主体负责人 a Checkbox copying and locking the principal, 负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期开始 / 证件有效期结束 two DatePicker2, 手机号码, 应急联系电话 (must differ), 电子邮箱, 确定; the agreement tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      wpValidTo: expectValue('证件有效期结束', '2038-03-01'),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《火山引擎备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.baiduSubjectPerson, build: B.baiduSubjectPerson, set: 'tuning', platform: 'baidu', step: 'subject', variant: '个人', library: 'arco',
    url: BAIDU + B.baiduSubjectPerson, title: '百度智能云 · 填写主办者信息（个人；先上传证件照片识别姓名与证件号，再填写两张卡片；通信地址逐级加载级联 + 详细，证件类型下拉，有效期区间 + 长期勾选，应急联系人手机号码，办公室电话缺）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui [INF]). FORMS §1.3 with §1.10 Baidu wordings (应急联系人手机号码; an uploaded 证件照片 fills the name and number) for an individual, UPLOAD FIRST: a 证件照片 card on top (an Arco Upload; the ID front read late fills 主体负责人姓名 and 证件号码 when empty), then two cards: 主办者信息 — 证件住址 a textarea (region names + street, as on the ID), 通信地址所属区域 a LAZY Arco Cascader (each level answered late), 通信详细地址 (door number on blur), 投资人或主管单位 (his own name); 主体负责人 (the person 张伟) — 主体负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker + 长期 a Checkbox hiding its end, 手机号码, 应急联系人手机号码 (must differ), 办公室电话 (none in the profile: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      idFront: expectValue('证件照片', ['zhangwei-id-front.png']),
      certAddress: expectValue('证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址所属区域', ZW_REGION),
      mailDetail: expectValue('通信详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系人手机号码', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('我承诺所填主办者信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
