/**
 * RETIRED held-out builds (generation 37), now tuning builds. First scored 85/96 filled (88.5 %), 4/4 missing flagged and 0 wrong by the engine at abb74ef (bench/zoo-heldout37-first/);
 * written and retired in stop 34 (while generation 38 was written), and fixed against (96/96 filled, 4/4 flagged, 0 wrong).
 *
 * Held-out builds (generation 37): what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–36), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写网站信息, 个人, Fusion (generations 6, 8 and 33 built it: preview, placeholders, inset grid) as VERTICAL STEPS:
 *        a vertical Fusion Step rail at the left, label-on-top sections at the right; 网站域名 added ROWS (添加 / 删除),
 *        首页URL a Select fed by the rows, 语言 a Checkbox group, 前置审批 a Switch, the site principal's validity two
 *        DatePicker2 + a 长期 Checkbox disabling the end;
 *      · 填写主办者信息, 单位, Arco (generations 11 and 31 built it: legal rep, split cards) as CARD TABS: Arco card-gutter
 *        Tabs (主办单位 / 主体负责人 / 联系方式; one pane shown); 通信地址所在地区 a LAZY Cascader (each level answered
 *        late), 投资人 an Input + a 同主办单位名称 Checkbox locking it, 证件类型 vertical radios, 有效期 a DatePicker + a
 *        长期有效 Switch hiding the end picker;
 *      · 填写基本信息, 个人, Tea (generations 19 and 31 built it: query bar, stepper card) as a TWO-COLUMN GRID: labels on
 *        top, two fields a line; 所在地区 THREE Tea Selects listed level by level late, 性质 a searchable Select, 证件类型 a
 *        Select filtered by the nature, 备案实例 RADIO CARDS listed late per resource kind (one disabled).
 *  - the new 公安 platform's (step, kind, library) grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 个人, Fusion (generations 9 and 31 built it: rowspan, fold panels) as a TAB STRIP: three Fusion Tab
 *        panes (网站信息 / 网络接入服务商 / 域名注册服务商, one shown); IPs a TAG-mode Select, 网站类型 a Select, 交互服务
 *        是 / 否 radios, 语种 a multiple Select, providers REMOTE-search Selects answered late, 接入方式 a Select listed late,
 *        the provider's region a whole-tree searchable CascaderSelect;
 *      · 开办主体, 个人, Arco (generation 10 built it: reveal) as an EDITABLE DESCRIPTION LIST: bordered Arco Descriptions,
 *        two columns, controls in the value cells; 性质 button radios, 证件类型 a Select, 有效期 a RangePicker, two Uploads,
 *        常住地址 a whole-tree Cascader + street line, 生成式人工智能 a Switch.
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站基本信息 for a person
 *    (generations 13, 17, 21, 28 and 33 built it: dl, legends, pager, rowspan, inline blocks) in a NEW layout: TAB PANELS
 *    (three link tabs switching server-rendered panels, one shown); the provider's region THREE <select>s filled late from
 *    the area API, 语种 ticks, coded radios and selects.
 *  - Volcengine's 主办者信息 (个人, Tea) and Baidu's 填写网站信息 (单位, Arco) are new cells.
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
  aliyunSitePerson: 'heldout37-aliyun-site-person-fusion-verticalsteps',
  aliyunSubjectUnit: 'heldout37-aliyun-subject-unit-arco-cardtabs',
  aliyunBasicPerson: 'heldout37-aliyun-basic-person-tea-twocolgrid',
  mpsSitePerson: 'heldout37-mps-site-person-fusion-tabstrip',
  mpsSubjectPerson: 'heldout37-mps-subject-person-arco-descedit',
  oldSitePerson: 'heldout37-beian-old-site-person-native-tabpanels',
  volcSubjectPerson: 'heldout37-volcengine-subject-person-tea-sectionlist',
  baiduSiteUnit: 'heldout37-baidu-site-unit-arco-tablerows',
} as const;

export const HELDOUT37_PAGES: ZooPage[] = [
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 网站信息（个人；左侧竖向步骤条、右侧标签在上的分节；域名逐行添加，首页URL下拉取自域名，语言复选组，前置审批开关，负责人有效期起止两个日期 + 长期勾选，办公室电话缺）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for an individual (webPrincipal = the principal 张伟), a vertical Step rail beside label-on-top sections: 网站名称 (§3.6 individual naming on blur), 网站域名 added rows (an Input each, 添加 / 删除; apex on blur), 网站首页URL a Select fed by the rows (www.<domain> / <domain>), 服务类型 / 服务内容 read-only (individual: 网站应用服务 / 其他), 网站备注 a textarea, 网站语言 a Checkbox group (§1.4 list), 是否涉及前置审批 a Switch (none: off); 网站负责人 — 负责人姓名, 负责人证件类型 a Select (§1.3), 负责人证件号码 (GB 11643 on blur), 证件有效期起 / 证件有效期止 two DatePicker2 + 长期 a Checkbox disabling the end (the card ends 2038-03-01: not ticked), 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页URL', 'www.zhangwei-notes.cn'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', false),
      wpName: expectValue('负责人姓名', PERSON),
      wpCertType: expectValue('负责人证件类型', '居民身份证'),
      wpCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      wpValidFrom: expectValue('证件有效期起', '2018-03-01'),
      wpValidTo: expectValue('证件有效期止', '2038-03-01'),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '13800138000'),
      wpEmergency: expectValue('应急联系电话', '13900139000'),
      wpOffice: expectMissing('办公室电话'),
      wpEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 主办者信息（单位；卡片式标签页：主办单位 / 主体负责人 / 联系方式；通信地址逐级加载级联，投资人同主办单位勾选，证件类型竖排单选，有效期开始 + 长期有效开关）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.3 for a company in Arco card-gutter Tabs (one pane shown): 主办单位 — 主办单位证件住所 a textarea (region names + street, as on the licence), 通信地址所在地区 a LAZY Cascader (province / city / county, each level answered late), 通信地址详细 (door number on blur), 投资人或主管单位 an Input + 同主办单位名称 a Checkbox copying and locking it (§1.3: a company writes a company full name); 主体负责人 (principal = legal rep 李娜) — 负责人姓名, 负责人证件类型 vertical radios (§1.3), 负责人证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 长期有效 a Switch hiding the end picker (李娜\'s ID is long-term); 联系方式 — 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住所', `浙江省杭州市余杭区${YH_DETAIL}`),
      mailRegion: expectPath('通信地址所在地区', YH_REGION),
      mailDetail: expectValue('通信地址详细', YH_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期有效', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急联系电话', '13700137000'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunBasicPerson, build: B.aliyunBasicPerson, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '个人', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunBasicPerson, title: '阿里云 · 填写基本信息（个人；两列网格、标签在上；所在地区三个下拉逐级延迟加载，性质可搜索下拉，证件类型随性质过滤下拉，资源类型分段控件，实例单选卡片延迟加载）', entity: PERSON,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 for an individual in a two-column grid with labels on top: 主办者所在地区 THREE Tea Selects (省 / 市 / 区县, each listed late after the level above), 主办者性质 a searchable Select (§1.6: 个人), 主办者姓名, 主办者证件类型 a Select filtered by the nature (§1.7: 居民身份证), 证件号码 (GB 11643 on blur), 备案网站域名 (apex on blur), 资源类型 a Segment (云服务器ECS preset; §1.2), 备案实例 radio cards listed after a delay per kind (the ECS holding the site\'s 47.96.12.34; one expiring within 3 months disabled); the 须知 tick and 信息校验 are human steps.',
    expect: {
      region: expectPath('主办者所在地区', ZW_REGION),
      nature: expectValue('主办者性质', '个人'),
      name: expectValue('主办者姓名', PERSON),
      certType: expectValue('主办者证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      domain: expectValue('备案网站域名', 'zhangwei-notes.cn'),
      instance: expectValue('备案实例', 'i-bp18zw3notes0a1c'),
      notice: expectUntouched('我已阅读《ICP备案须知》'),
      checkClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人；三个标签页：网站信息 / 网络接入服务商 / 域名注册服务商；IP标签输入，网站类型下拉，交互服务是否单选，语种多选，服务商远程搜索，接入方式延迟加载，区域整树可搜索级联，工信部备案号缺）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 for a person in three Fusion Tab panes (one shown): 网站信息 — 网站名称 (= the ICP name), 工信部备案号 (the profile has no ICP site number yet: missing), 网站开通日期 a DatePicker2 (openedAt), 网站域名 (apex, blur), 网站IP地址 a TAG-mode Select (IPv4 / IPv6 checked), 网站类型 a Select (§2.3 letters: the site\'s Z → Z 其他), 是否提供互联网交互服务 是 / 否 radios (interactive false: 否), 网站语种 a multiple Select (§2.3 list); 网络接入服务商 — 名称 a remote-search Select answered late (§2.5: 阿里云计算有限公司), 网站接入方式 a Select listed late (租赁虚拟空间), 所属区域 a whole-tree searchable CascaderSelect (§2.5: 浙江省杭州市余杭区), 联系电话 (95187); 域名注册服务商 — 名称 a remote-search Select (阿里云计算有限公司（原万网）), 电话 (010-65985888); 下一步 is a human step.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('网站域名', 'zhangwei-notes.cn'),
      ips: expectValue('网站IP地址', ['47.96.12.34']),
      category: expectValue('网站类型', 'Z 其他'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('接入服务商名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apRegion: expectPath('接入服务商所属区域', YH_REGION),
      apPhone: expectValue('接入服务商联系电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商联系电话', '010-65985888'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubjectPerson, build: B.mpsSubjectPerson, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'arco',
    url: BUILD_URL.mps + B.mpsSubjectPerson, title: '公安备案 · 开办主体（个人；可编辑的描述列表，两列、控件在值格内；性质按钮单选，证件类型下拉，有效期区间，证件正反面上传，常住地址级联 + 详细，生成式人工智能开关，证件反面与办公室电话缺）', entity: PERSON,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a person in one bordered Arco Descriptions list (two columns, controls in the value cells): 开办主体性质 button radios (new platform: 个人 / 单位), 负责人姓名, 证件类型 a Select (§2.2 公安 list), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker, 证件正面 / 证件反面 two Uploads (the profile holds 张伟\'s ID front only: the back is missing), 常住地址 a whole-tree Cascader + 常住地址详细, 办公室电话 (the profile has none: missing), 手机号码, 负责人邮箱 (blur), 是否利用生成式人工智能 a Switch (usesGenAI false: off); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      prBack: expectMissing('证件反面'),
      homeRegion: expectPath('常住地址', ZW_REGION),
      homeDetail: expectValue('常住地址详细', ZW_DETAIL),
      prOffice: expectMissing('办公室电话'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmail: expectValue('负责人邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', false),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSitePerson, build: B.oldSitePerson, set: 'tuning', platform: 'beian-old', step: 'site', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSitePerson, title: '旧公安备案平台 · 网站基本信息（个人；链接式标签页切换三块面板；开通日期文本，IP多行文本，交互服务编码下拉，语种勾选，接入商所在地三个下拉逐级加载，接入方式编码单选，服务商下拉，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.3 / §2.5 for a person in three link tabs switching panels (one shown): 网站信息 — 网站名称, 网站开通日期 a text (yyyy-mm-dd, blur), 网站首页域名 (apex, blur), 服务器IP a textarea (split on ; and new lines), 是否提供互联网交互服务 a coded <select> (否), 网站语种 ticks (§2.3 codes); 网络接入服务商 — 名称 a <select> (阿里云计算有限公司), 所在地 THREE <select>s filled late from the area API (浙江省 / 杭州市 / 余杭区), 网站接入方式 coded radios (租赁虚拟空间), 联系电话 (95187, blur); 域名注册服务商 — 名称 a <select> (阿里云计算有限公司（原万网）), 电话 (010-65985888); 验证码 and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('网站首页域名', 'zhangwei-notes.cn'),
      ips: expectValue('服务器IP', ['47.96.12.34']),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('接入服务商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入服务商所在地', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入服务商联系电话', '95187'),
      rgName: expectValue('域名注册服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商电话', '010-65985888'),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSubjectPerson, build: B.volcSubjectPerson, set: 'tuning', platform: 'volcengine', step: 'subject', variant: '个人', library: 'tea',
    url: VOLC + B.volcSubjectPerson, title: '火山引擎 · 主办者信息（个人；分节列表、标签在左；证件住址多行文本，通讯地址一行文本，投资人同主办者按钮，证件类型单选，有效期两个日期文本 + 长期勾选）', entity: PERSON,
    about: 'Tea 2.8 on React 18 (FORMS §1.10: Volcengine\'s docs load Arco [INF]; the console is not confirmed). FORMS §1.3 with §1.10 Volcengine wordings (主办单位证件住址, 主体负责人姓名, 手机号码) for an individual in a Tea List of sections with label-left rows: 主办者 — 主办单位证件住址 a textarea (region names + street, as on the ID), 通讯地址 ONE text line (region names + street; door number on blur), 投资人或主管单位 a text + a 同主办者 button (an individual writes his own name); 主体负责人 (the person 张伟) — 主体负责人姓名, 证件类型 radios (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 two date texts (YYYY-MM-DD on blur) + 长期 a Checkbox disabling the end (the card ends 2038-03-01: not ticked); 联系方式 — 手机号码, 应急联系电话 (must differ), 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      certAddress: expectValue('主办单位证件住址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      mailAddress: expectValue('通讯地址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prValidTo: expectValue('证件有效期结束', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      agree: expectUntouched('我已阅读并同意《火山引擎备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.baiduSiteUnit, build: B.baiduSiteUnit, set: 'tuning', platform: 'baidu', step: 'site', variant: '单位', library: 'arco',
    url: BAIDU + B.baiduSiteUnit, title: '百度智能云 · 填写网站信息（单位；每节一张字段 / 内容两列表格；域名可创建多选，首页地址自动补全，服务内容可搜索下拉，语言复选组，前置审批是否单选，负责人证件类型下拉、有效期区间，应急联系人手机号码）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui [INF]). FORMS §1.4 with §1.10 Baidu wordings (应急联系人手机号码) for a company, one Arco Table per section (字段 / 内容 columns): 网站信息 — 网站名称 (≥ 3 Chinese characters on blur), 网站域名 a creatable multiple Select (apex checked), 网站首页地址 an AutoComplete fed by the domains, 网站服务内容 a searchable Select (§1.9: 单位门户网站), 网站语言 a Checkbox group (§1.4 list), 是否涉及前置审批 是 / 否 radios (none: 否); 网站负责人信息 (webPrincipal 王强) — 姓名, 证件类型 a Select (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a RangePicker, 手机号码, 应急联系人手机号码 (must differ), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页地址', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系人手机号码', '18700187000'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      promise: expectUntouched('我承诺所填网站信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
