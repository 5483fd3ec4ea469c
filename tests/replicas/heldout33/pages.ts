/**
 * RETIRED held-out builds (generation 33), now tuning builds. First scored 91/106 filled (85.8 %), 5/6 missing flagged and
 * 0 wrong by the engine at the start of stop 33 (c03b49f; bench/zoo-heldout33-first/); retired in stop 33 while
 * generation 34 was written, and fixed against (106/106, 6/6, 0 wrong at bd1d599).
 *
 * Held-out builds (generation 33): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–32), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写网站信息, 个人, Fusion (generations 6 and 8 built it: preview, placeholders) as an INSET GRID: bordered boxes in
 *        a two-column grid, the text inputs and selects carrying Fusion's INSET labels (the caption inside the box), 域名 a
 *        TAG-mode Select, 首页URL a Select.AutoComplete fed by the domains, 语言 a Checkbox group, 前置审批 a Switch, the
 *        site principal's 证件类型 BUTTON radios and 有效期 a RangePicker, 备注 a textarea;
 *      · 填写主办者信息, 单位, OpenTiny (generation 13 built it: display-only) as a RULE ASIDE: the form in a TinyRow / TinyCol
 *        two-column grid, labels on top, a right-hand aside listing the 管局 rules (FORMS §1.8); 通信地址 THREE TinySelects
 *        loaded level by level, 有效期 a TinyDatePicker + a 长期 TinyCheckbox hiding the end;
 *      · 填写基本信息, 个人, Arco (generation 17 built it: a drawer) as RADIO CARDS: 主办单位性质 a Radio group drawn as
 *        cards, 所属区域 a TREESELECT of the whole region tree, 证件类型 a Select filtered by the nature, 资源类型 button
 *        radios, the instance a Select listed late per resource kind.
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 开办主体, 单位, Tea (generation 12 built it: an area search) as a VERTICAL GRID (labels on top, three columns, two
 *        Tea Cards): 开办主体性质 radios, 单位证件类型 a Select, the licence a Tea Upload, 单位办公地址 a whole-tree Tea
 *        Cascader, 负责人常住地址 ONE text line, 有效期 a DatePicker + 长期 Checkbox, three ID Uploads, 生成式人工智能 a Switch;
 *      · 网站基本信息, 个人, Arco (generation 19 built it: a provider table) as a TIMELINE: an Arco Timeline, one item per
 *        section; 网站IP an InputTag, 域名证书有效期 a RangePicker, 网站类型 a Select, 是否 questions as radios, 语种 a
 *        Checkbox group, the provider names REMOTE-search Selects answered late, the provider region a Cascader.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站基本信息 for a person
 *    (generations 13, 17, 21 and 28 built it: dl, legends, pager, rowspan) in a NEW layout: INLINE BLOCKS (no table: each
 *    field an inline-block cell, caption above the control, three to a line), 接入商所属区域 three <select>s from the area
 *    API, coded radios and checkboxes, a provider <select>.
 *  - Volcengine's 填写主办者信息 (个人, Fusion) and Baidu's 填写网站信息 (单位, Tea) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLC = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YH_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSitePerson: 'heldout33-aliyun-site-person-fusion-insetgrid',
  aliyunSubjectUnit: 'heldout33-aliyun-subject-unit-opentiny-ruleaside',
  aliyunBasicPerson: 'heldout33-aliyun-basic-person-arco-radiocards',
  mpsSubjectUnit: 'heldout33-mps-subject-unit-tea-vgrid',
  mpsSitePerson: 'heldout33-mps-site-person-arco-timeline',
  oldSitePerson: 'heldout33-beian-old-site-person-native-inlineblocks',
  volcSubjectPerson: 'heldout33-volcengine-subject-person-fusion-drawerform',
  baiduSiteUnit: 'heldout33-baidu-site-unit-tea-stickybar',
} as const;

export const HELDOUT33_PAGES: ZooPage[] = [
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；两列方框网格，输入框内嵌标签；域名标签下拉，首页URL自动补全，语言复选，前置审批开关，负责人证件类型按钮单选，有效期区间，网站备注）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual: 网站名称 (inset label; §3.6 individual naming on blur), 网站域名 a tag-mode Select (apex, no www.), 网站首页URL a Select.AutoComplete offering www.<domain>, 服务类型 and 网站服务内容 read-only (an individual at Alibaba: 网站应用服务 / 其他), 网站语言 a Checkbox group (§1.4 list), 涉及前置审批 a Switch (the profile has none: off); 网站负责人 (webPrincipal = the principal 张伟): 姓名 (inset), 证件类型 button radios (§1.3 list), 证件号码 (inset, GB 11643 on blur), 证件有效期 a RangePicker (the card ends 2038-03-01), 手机号码, 应急联系电话 (must differ), 电子邮箱 (all inset); 网站备注 a textarea (the site remark); the 服务协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('涉及前置审批', false),
      wpName: expectValue('网站负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；两列栅格、标签在上，右侧管局规则提示；通信地址三个联动下拉，有效期开始 + 长期勾选，证件类型下拉）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.3 for a company: 主办单位名称, 投资人或主管单位 (a company writes its full name), 主办单位证件住所 a textarea (region names + street, as printed), 通信地址 three TinySelects (省 / 市 / 区县, each list loaded after the one above) + 详细地址 (door number on blur); 主体负责人 (principal 李娜, the legal rep): 负责人姓名, 负责人证件类型 a TinySelect (§1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期开始 a TinyDatePicker + 长期 a TinyCheckbox hiding the end (李娜\'s card is long-term), 手机号码, 应急电话号码 (must differ), 办公室电话, 电子邮箱; 主办单位性质 / 证件类型 / 证件号码 read-only from step 1; the aside lists §1.8 rules; the 承诺 tick and 下一步 are human steps.',
    expect: {
      unitName: expectValue('主办单位名称', UNIT),
      investor: expectValue('投资人或主管单位', UNIT),
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('详细地址', YH_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
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
    id: B.aliyunBasicPerson, build: B.aliyunBasicPerson, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '个人', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunBasicPerson, title: '阿里云 · 填写基本信息（个人；性质卡片单选；区域树形选择，证件类型随性质过滤，资源类型按钮单选，实例下拉延迟加载）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for an individual: 主办单位所属区域 an Arco TreeSelect of the whole region tree (a county), 主办单位性质 a Radio group drawn as cards (§1.6), 证件类型 a Select filtered by the nature (§1.7 personal documents), 证件号码 (GB 11643 on blur), 网站域名 (apex, blur), 资源类型 button radios (云服务器ECS preset; §1.2: ECS / 轻量 or 备案服务号), 备案实例 a Select listed after a delay per kind (the ECS holding the site\'s 47.96.12.34); 信息校验 is a human step.',
    expect: {
      region: expectPath('主办单位所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      instance: expectValue('备案实例', 'i-bp18zw3notes0a1c'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsSubjectUnit, build: B.mpsSubjectUnit, set: 'tuning', platform: 'mps', step: 'subject', variant: '单位', library: 'tea',
    url: BUILD_URL.mps + B.mpsSubjectUnit, title: '公安备案 · 开办主体（单位；两张卡片、标签在上的三列网格；营业执照上传，办公地址级联，常住地址一行文本，有效期开始 + 长期，证件照三张上传，生成式人工智能开关）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a unit: 开办主体性质 radios (new platform: 个人 / 单位), 主办单位名称, 单位证件类型 a Select (§2.2 list: the profile\'s certificate is the 营业执照 → 营业执照证书), 单位证件号码 (blur), 有效证件 a Tea Upload (the profile holds the licence image), 法人代表人姓名 (legal rep 李娜), 单位办公地址 a whole-tree Tea Cascader + 详细地址; 负责人 (principal 李娜): 负责人姓名, 证件类型 a Select (§2.2 list), 证件号码, 证件有效期开始 a DatePicker + 长期 a Checkbox hiding the end, 负责人证件正面 / 反面 / 手持 three Uploads (the profile holds no image of 李娜: all missing), 负责人常住地址 ONE text line (region names + street), 办公室电话, 手机号码, 负责人邮箱 (blur), 是否利用生成式人工智能 a Switch (usesGenAI false); 保存 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '单位'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('详细地址', YH_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      prFront: expectMissing('负责人证件正面'),
      prBack: expectMissing('负责人证件反面'),
      prHand: expectMissing('负责人手持证件照'),
      prHome: expectValue('负责人常住地址', `浙江省杭州市余杭区${YH_DETAIL}`),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      genAI: expectValue('是否利用生成式人工智能', false),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'arco',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人；时间轴分段；IP标签输入，证书有效期区间，网站类型下拉，是否单选，语种复选，接入商 / 注册商远程搜索，接入商区域级联）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §2.3 for a person\'s site: 网站名称, 工信部备案号 (§3.4 on blur; the profile has none: missing), 网站开通日期 a DatePicker, 主域名 (apex, blur), 域名证书有效期 a RangePicker ([BRIEF] field; the profile\'s domain certificate dates), 网站IP an InputTag (IPv4 / IPv6), 网站类型 a Select of the letter list (psbCategory Z), 是否提供互联网交互服务 是 / 否 radios (interactive false), 是否提供涉及管制物品信息发布服务 是 / 否 radios (dangerousGoods false), 网站语种 a Checkbox group (§2.3 list); §2.5 网络接入服务商: 所属地区管辖 radios, 所属区域 a whole-tree Cascader, 名称 a remote-search Select answered late, 网站接入方式 a Select (租赁虚拟空间), 联系电话, 接入商编码; 域名注册服务商: 名称 (remote search), 联系电话; 暂存 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      certValidity: expectValue('域名证书有效期', ['2025-11-18', '2027-11-18'], true),
      ips: expectValue('网站IP', ['47.96.12.34']),
      category: expectValue('网站类型', 'Z'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      draftClicks: expectUntouched('暂存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSitePerson, build: B.oldSitePerson, set: 'tuning', platform: 'beian-old', step: 'site', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSitePerson, title: '旧公安备案平台 · 网站基本信息（个人；行内块布局、标签在上每行三格；接入商区域三级下拉走地区接口，编码单选 / 复选，接入商下拉，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.3 for a person\'s site: 网站名称, 工信部备案号 (the profile has none: missing), 网站开通日期 a text (YYYY-MM-DD, blur), 网站主域名 (blur), 网站IP地址, 是否提供互联网交互服务 coded radios (否), 网站语种 coded checkboxes (§2.3 old codes), §2.5 接入服务商名称 a <select> of names, 接入服务商所属区域 three <select>s filled from the area API (/__heldout33/area?parent=<code>), 网站接入方式 coded radios (租赁虚拟空间), 接入服务商电话; 域名注册服务商名称 a <select>, 注册服务商电话; 验证码 and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('网站主域名', 'zhangwei-notes.cn'),
      ip: expectValue('网站IP地址', '47.96.12.34'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('接入服务商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入服务商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入服务商电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('注册服务商电话', '010-65985888'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSubjectPerson, build: B.volcSubjectPerson, set: 'tuning', platform: 'volcengine', step: 'subject', variant: '个人', library: 'fusion-next',
    url: VOLC + B.volcSubjectPerson, title: '火山引擎 · 填写主办者信息（个人；订单页右侧抽屉表单；通信地址级联选择，证件类型下拉，有效期起止两个日期 + 长期开关，服务协议勾选）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (FORMS §1.10: Volcengine\'s docs site loads Arco [INF], the console is not confirmed). FORMS §1.3 with §1.10 Volcengine wordings, the form in an open Fusion Drawer (no mask) over the order page: 主办人名称 read-only (from 验证备案类型), 主办单位证件住址 (§1.10 wording; region names + street), 通信地址 a Fusion CascaderSelect of the whole tree + 通信地址详细 (door number on blur), 投资人或主管单位 (an individual writes their own name); 主体负责人: 主体负责人姓名, 证件类型 a Select (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePicker2 + 长期 a Switch (off: the card ends 2038-03-01), 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the agreement tick and 保存 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址详细', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《火山引擎ICP备案服务协议》'),
      saveClicks: expectUntouched('保存'),
    },
  },
  {
    id: B.baiduSiteUnit, build: B.baiduSiteUnit, set: 'tuning', platform: 'baidu', step: 'site', variant: '单位', library: 'tea',
    url: BAIDU + B.baiduSiteUnit, title: '百度智能云 · 填写网站信息（单位；卡片段落 + 底部吸附操作栏；域名逐行添加，首页URL自动补全，服务内容下拉，语言复选，前置审批是否下拉，负责人证件类型单选、有效期区间）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui [INF], not confirmed). FORMS §1.4 with §1.10 Baidu wordings, Tea Cards and a sticky bottom action bar: 网站名称 (blur: ≥ 3 Chinese characters), 网站域名 ADDED ROWS (a Tea Input per domain, 添加域名; apex on blur), 网站首页URL a Tea AutoComplete offering www.<domain>, 网站服务内容 a Select (§1.9; a company: 单位门户网站), 网站语言 a Checkbox group (§1.4 list), 是否涉及前置审批 a 是 / 否 Select (none: 否); 网站负责人 (webPrincipal 王强): 负责人姓名, 证件类型 Tea radios (§1.3 list), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker, 手机号码, 应急联系人手机号码 (§1.10 Baidu wording; must differ), 电子邮箱; the 备案承诺 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系人手机号码', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《百度智能云备案承诺书》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
