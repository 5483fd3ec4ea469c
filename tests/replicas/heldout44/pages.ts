/**
 * Generation 44 (held out when written and scored so by the engine at 7a8d24d: 103/114, 7/8 flagged, 0 wrong; then
 * retired into tuning in the same stop). Builds: what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–43), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写基本信息, 个人, antd (generations 7 and 28 built it: shadow, check pane) as a TIMELINE FORM: one antd Timeline
 *        whose four items are the questions in order (所在地区 / 主办者证件 / 网站与资源 / 主体负责人); 区域 a LAZY Cascader,
 *        性质 a Segmented, 证件类型 a Select listed late once the nature is chosen, 备案实例 a Select listed late, 备案服务号
 *        missing, 有效期 a RangePicker;
 *      · 填写主办者信息, 单位, Element Plus (generations 3, 6 and 38 built it: plain, tabs, segmented) as a SPLITTER: an
 *        el-splitter of two resizable panes (主办单位 | 主体负责人); 证件住所 a whole-tree el-cascader answered late +
 *        detail, 通讯地址 THREE el-selects each listed late + detail, 是否法定代表人 an el-switch, 有效期 a start picker + an
 *        有效期类型 radio (长期 / 有期限) whose 有期限 reveals the end picker;
 *      · 填写网站信息, 个人, TDesign (generation 16 built it: collapse) as a SIDE MENU: a TDesign Menu at the left switching
 *        three mounted panes (网站信息 / 网站负责人 / 备注说明); 网站域名 a TagInput, 首页URL a Select offered from it,
 *        语言 a multiple Select, 前置审批 a Switch, 网站负责人 button Radios (同主体负责人 copies and locks), 有效期 a
 *        DateRangePicker, 办公室电话 missing.
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 开办主体, 个人, TDesign (generation 20 built it: drawer) as a GRID SHEET: a bordered four-column sheet (label |
 *        control | label | control) with section rows; 性质 a Select revealing the person's rows, 证件类型 a Select listed
 *        late, 有效期 two DatePickers, 常住地址 a whole-tree Cascader answered late + detail, 生成式人工智能 Radios, 身份证正面
 *        an Upload (the profile's photo), 身份证反面 and 办公室电话 missing;
 *      · 网站基本信息, 单位, OpenTiny (generation 10 built it: IP rows) as a THREE-COLUMN GRID: label-above fields three to a
 *        row under section heads; 从域名 as added rows, IPs one per line in a textarea, 接入商 a filterable TinySelect
 *        listed late, 接入商所属区域 three TinySelects each listed late, 交互 Radios revealing kinds listed late, 管制物品 a
 *        TinySwitch, 工信部备案号 missing.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 开办主体 for a unit
 *    (generations 3, 14, 19, 24 and 31 built it) in a NEW layout: FOLD SUMMARY: one <details>/<summary> fold per section;
 *    coded selects, three chained region selects fed by the area API, a 长期有效 tick disabling the end, file inputs (the
 *    licence from the profile; 负责人证件正面 missing), a captcha.
 *  - Tencent's 填写主体信息 (个人, OpenTiny) and Huawei's 基础信息校验 (个人, Element Plus) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunBasicPerson: 'heldout44-aliyun-basic-person-antd-timelineform',
  aliyunSubjectUnit: 'heldout44-aliyun-subject-unit-elp-splitter',
  aliyunSitePerson: 'heldout44-aliyun-site-person-tdesign-sidemenu',
  mpsSubjectPerson: 'heldout44-mps-subject-person-tdesign-gridsheet',
  mpsSiteUnit: 'heldout44-mps-site-unit-opentiny-colgrid3',
  oldSubjectUnit: 'heldout44-beian-old-subject-unit-native-foldsummary',
  tencentSubjectPerson: 'heldout44-tencent-subject-person-opentiny-stepcards',
  huaweiBasicPerson: 'heldout44-huawei-basic-person-elp-descriptions',
} as const;

export const HELDOUT44_PAGES: ZooPage[] = [
  {
    id: B.aliyunBasicPerson, build: B.aliyunBasicPerson, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '个人', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunBasicPerson, title: '阿里云 · 填写基本信息（个人；时间轴四项依次作答：所在地区 / 主办者证件 / 网站与资源 / 主体负责人；区域懒加载级联，性质分段控件，证件类型随性质延迟加载，备案实例下拉延迟加载，备案服务号缺，有效期日期区间）', entity: PERSON,
    about: 'antd 6 on React 19 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 (with §1.6, §1.7, §3.1) for an individual in one antd Timeline whose four items are the questions in order: 主办单位所属区域 a lazy Cascader (each level late; the entity\'s region), 主办单位性质 a Segmented (个人), 主办单位证件类型 a Select listed late once the nature is chosen (§1.7: 居民身份证), 主办单位证件号码 (GB 11643 on blur), 主办单位或主办人名称; 网站域名 (apex on blur), 备案实例 a Select of the person\'s instances listed late (the one holding the site\'s IP 47.96.12.34), 备案服务号 (the profile has none: missing); 主体负责人姓名, 证件有效期 a RangePicker, 手机号码, 应急联系电话 (must differ), 电子邮箱 (the principal is the person himself); the agreement tick and 信息校验 are human steps.',
    expect: {
      region: expectPath('主办单位所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('主办单位证件类型', '居民身份证'),
      certNumber: expectValue('主办单位证件号码', '330106199003071236'),
      name: expectValue('主办单位或主办人名称', PERSON),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      instance: expectValue('备案实例', 'i-bp18zw3notes0a1c'),
      serviceCode: expectMissing('备案服务号'),
      prName: expectValue('主体负责人姓名', PERSON),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《ICP代备案服务协议》'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；可拖动分栏两块：主办单位 | 主体负责人；证件住所整树级联延迟加载 + 详细，通讯地址三个下拉逐级延迟加载 + 详细，是否法定代表人开关，有效期开始日期 + 有效期类型单选（有期限显出截止））', entity: UNIT,
    about: 'Element Plus 2.14 on Vue 3 (REUSED cell, new layout: see the header). FORMS §1.3 for a company (principal = legal rep 李娜, §1.8) in an el-splitter of two resizable panes: 主办单位名称 / 性质 / 证件 read-only (from 填写基本信息), 主办单位证件住所 a whole-tree el-cascader answered late + 证件住所详细地址, 主办单位通讯地址 three el-selects 省 / 市 / 区县 each listed late + 通讯地址详细地址 (door number on blur), 投资人或主管单位 (§1.3: a company writes its own full name); 主体负责人是否为法定代表人 an el-switch (§1.8: on), 主体负责人姓名, 负责人证件类型 an el-select (§1.3), 负责人证件号码 (GB 11643 on blur), 证件有效期开始 an el-date-picker, 有效期类型 el-radios 长期 / 有期限 (有期限 reveals 证件有效期截止), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certRegion: expectPath('主办单位证件住所', YH_REGION),
      certDetail: expectValue('证件住所详细地址', YQ_DETAIL),
      mailRegion: expectPath('主办单位通讯地址', YH_REGION),
      mailDetail: expectValue('通讯地址详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prIsLegalRep: expectValue('主体负责人是否为法定代表人', true),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prTermKind: expectValue('有效期类型', '长期'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实、准确、有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；左侧菜单切换三块（都渲染）：网站信息 / 网站负责人 / 备注说明；域名标签输入，首页URL下拉随域名，语言多选，前置审批开关，负责人来源按钮单选（同主体负责人复制锁定），有效期日期区间，办公室电话缺）', entity: PERSON,
    about: 'TDesign React 1.18 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual (webPrincipal = the principal 张伟) behind a TDesign Menu at the left (three panes, all mounted, one shown): 网站名称 (§3.6 individual naming on blur), 网站域名 a TagInput (apex, Enter adds), 网站首页URL a Select offered from the domains (www. or bare), 服务类型 / 服务内容 read-only (网站应用服务 / 其他, fixed for individuals), 网站语言 a multiple Select (§1.4), 是否涉及前置审批 a Switch (none: off); 网站负责人 button Radios 同主体负责人 / 另行填写 (同主体负责人 copies and locks the principal\'s fields), 负责人姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a DateRangePicker, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; 网站备注 a Textarea; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', false),
      wpSource: expectValue('网站负责人', '同主体负责人'),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '330106199003071236'),
      wpValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
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
    id: B.mpsSubjectPerson, build: B.mpsSubjectPerson, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSubjectPerson, title: '公安备案 · 开办主体（个人；带边框四列表单页：标签 | 控件 | 标签 | 控件，分节行；性质下拉显出个人各行，证件类型延迟加载，有效期起止两个日期，常住地址整树级联延迟加载 + 详细，生成式人工智能单选，身份证正面上传，反面与办公室电话缺）', entity: PERSON,
    about: 'TDesign React 1.18 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a person in a bordered four-column sheet (label | control | label | control) with section rows: 开办主体性质 a Select (个人 / 单位; 个人 reveals the person\'s rows), 负责人姓名, 证件类型 a Select listed late (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePickers, 负责人常住地址 a whole-tree Cascader answered late + 常住地址详细地址, 身份证正面 an Upload (the profile\'s photo of 张伟), 身份证反面 an Upload (the profile has none: missing); 办公室电话 (the profile has none: missing), 手机号码, 负责人邮箱, 是否利用生成式人工智能 Radios (否); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      homeRegion: expectPath('负责人常住地址', ZW_REGION),
      homeDetail: expectValue('常住地址详细地址', ZW_DETAIL),
      idFront: expectValue('身份证正面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证反面'),
      prOffice: expectMissing('办公室电话'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmail: expectValue('负责人邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSiteUnit, build: B.mpsSiteUnit, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsSiteUnit, title: '公安备案 · 网站基本信息（单位；三列网格，标签在上，分节标题；从域名逐行添加，IP多行文本，接入商可搜索下拉延迟加载，接入商所属区域三个下拉逐级延迟加载，交互单选显出类型（延迟加载），管制物品开关，工信部备案号缺）', entity: UNIT,
    about: 'OpenTiny Vue 3.31 on Vue 3 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 / §2.5 for a unit on a three-column grid of label-above fields under section heads: 网站名称 (= the ICP name), 工信部备案号 (not yet approved: missing), 网站开通日期 a TinyDatePicker (openedAt), 主域名 (apex on blur), 从域名 added rows (+ 添加从域名), 网站IP a textarea one per line (IPv4 / IPv6 on blur); 接入商所属地区管辖 TinyRadios (境内), 接入商名称 a filterable TinySelect listed late (§2.5: 阿里云计算有限公司), 接入商编码 (§2.5: 673959654), 接入商所属区域 three TinySelects each listed late (§2.5: 浙江省杭州市余杭区), 网站接入方式 TinyRadios (租赁主机), 接入商电话; 注册商名称 a TinySelect listed late (§2.5: 阿里云计算有限公司（原万网）); 是否提供互联网交互服务 TinyRadios (是 reveals 交互服务类型, a TinyCheckboxGroup listed late), 网站类型 a letter-coded TinySelect (E: psbCategory E), 网站语种 a TinyCheckboxGroup (§2.3 list), 是否提供涉及管制物品信息发布服务 a TinySwitch (off); 保存草稿 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      apJurisdiction: expectValue('接入商所属地区管辖', '境内'),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apCode: expectValue('接入商编码', '673959654'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('接入商电话', '95187'),
      regName: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      category: expectValue('网站类型', 'E'),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', false),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSubjectUnit, build: B.oldSubjectUnit, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectUnit, title: '旧公安备案平台 · 开办主体（单位；每节一个可折叠摘要块；编码下拉，单位办公地址三个下拉经地区接口逐级加载，有效期起 + 长期有效勾选，有效证件上传，负责人证件正面缺，验证码）', entity: UNIT,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.2 (old codes) for a unit in one <details>/<summary> fold per section (开办主体 / 单位信息 / 负责人信息 / 联系方式; all open): 开办主体性质 a coded <select> (企业 01), 主办单位名称, 主办单位证件类型 a coded <select> (§2.2: a 营业执照 is 营业执照证书 01), 主办单位证件号码 (GB 32100 on blur), 有效证件 a file input (the profile\'s licence image), 法人代表人姓名, 单位办公地址 three <select>s (省 / 市 / 区县) fed level by level by the area API + 办公地址详细地址; 负责人姓名 (the principal 李娜), 负责人证件类型 a coded <select> (居民身份证 01), 负责人证件号码 (GB 11643 on blur), 证件有效期起 a text (yyyy-mm-dd on blur), 长期有效 a tick (disables 证件有效期止), 负责人常住地址 one text line (region names + street), 负责人证件正面 a file input (the profile holds no photo of 李娜: missing); 办公室电话, 手机号码, 负责人邮箱; 验证码 and 下一步 are human steps.',
    expect: {
      nature: expectValue('开办主体性质', '企业'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('主办单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('办公地址详细地址', YQ_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      homeAddress: expectValue('负责人常住地址', `浙江省杭州市余杭区${YQ_DETAIL}`),
      prFront: expectMissing('负责人证件正面'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubjectPerson, build: B.tencentSubjectPerson, set: 'tuning', platform: 'tencent', step: 'subject', variant: '个人', library: 'opentiny',
    url: TENCENT + B.tencentSubjectPerson, title: '腾讯云 · 填写主体信息（个人；顶部步骤条随填写进度点亮，三张卡片依次排列：主办者 / 主体负责人 / 联系方式；先上传身份证人像面识别姓名与证件号码，证件住址一行文本，通讯地址整树级联延迟加载 + 详细，有效期日期区间，国徽面缺）', entity: PERSON,
    about: 'OpenTiny Vue 3.31 on Vue 3 (FORMS §1.10: Tencent\'s console library is Tea or TDesign [INF]). FORMS §1.10 Tencent 填写主体信息 (with §1.3) for an individual in three stacked cards under a TinySteps bar that lights up as each card is complete: 身份证人像面 a file picker (the profile\'s photo; after a delay its reading fills 姓名 and 证件号码 where empty), 身份证国徽面 (the profile has none: missing), 姓名, 证件类型 read-only (居民身份证, from 验证备案类型), 证件号码 (GB 11643 on blur), 证件住址 one TinyInput (region names + street), 通讯地址 a whole-tree TinyCascader answered late + 详细地址 (door number on blur), 投资人或主管单位 (§1.3: an individual writes his own name); 负责人姓名, 负责人证件类型 a TinySelect (§1.3), 负责人证件号码, 证件有效期 a daterange TinyDatePicker; 手机号码, 应急联系电话 (must differ), 电子邮箱; 保存 / 下一步 are human steps.',
    expect: {
      idFront: expectValue('身份证人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证国徽面'),
      name: expectValue('姓名', PERSON),
      certNumber: expectValue('证件号码', '330106199003071236'),
      certAddress: expectValue('证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailRegion: expectPath('通讯地址', ZW_REGION),
      mailDetail: expectValue('详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiBasicPerson, build: B.huaweiBasicPerson, set: 'tuning', platform: 'huawei', step: 'basic', variant: '个人', library: 'element-plus',
    url: HUAWEI + B.huaweiBasicPerson, title: '华为云 · 基础信息校验（个人；两张带边框描述列表，值单元格内放控件；地域整树级联延迟加载，性质下拉，证件类型按钮单选随性质延迟加载，云服务器表格单选延迟加载，备案授权码缺，有效期起止两个日期）', entity: PERSON,
    about: 'Element Plus 2.14 on Vue 3 (FORMS §1.10: Huawei\'s console is reported on OpenTiny [INF]). FORMS §1.10 Huawei 基础信息校验 (with §1.2 step 1 and §1.3) for an individual in two bordered el-descriptions whose value cells hold the controls (主办者 / 资源与主体负责人): 地域 a filterable whole-tree el-cascader answered late (the entity\'s region), 主办单位性质 an el-select (个人, §1.6), 主办者名称, 证件类型 button radios listed late once the nature is chosen (§1.7: 居民身份证), 证件号码 (GB 11643 on blur); 网站域名 (apex on blur), 云服务器 an el-table with a radio per row answered late (the ECS holding the site\'s IP 47.96.12.34), 备案授权码 (the profile has none: missing); 主体负责人姓名, 证件有效期起 / 证件有效期止 two el-date-pickers, 手机号码, 应急联系电话 (must differ), 电子邮箱; 信息校验 is a human step.',
    expect: {
      region: expectPath('地域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      name: expectValue('主办者名称', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      ecs: expectValue('云服务器', 'ecs-7f3a21'),
      authCode: expectMissing('备案授权码'),
      prName: expectValue('主体负责人姓名', PERSON),
      prValidFrom: expectValue('证件有效期起', '2018-03-01'),
      prValidTo: expectValue('证件有效期止', '2038-03-01'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
];
