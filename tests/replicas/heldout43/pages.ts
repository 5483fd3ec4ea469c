/**
 * Generation 43 (held out when written and scored so by the engine at 840e32b: 102/108, 7/7 flagged, 0 wrong; then
 * retired into tuning in the same stop). Builds: what a correct fill from docs/profile.example.json must leave in each page's framework
 * state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that never read the
 * engine (nor any replica set but the templates it was given); each build is its own app with its library's real widgets
 * (no shared field kit). New in (platform, step, subject kind, library) against every earlier held-out build (generations
 * 1–42), except six that say so:
 *  - Alibaba's (step, kind, library) grid is FULL (generation 27 took the last free cells), so the three Alibaba builds
 *    REUSE a cell in a layout and widget shapes never used for that step:
 *      · 填写基本信息, 单位, Arco (generation 10 built it: triple) as DESC INPUTS: two
 *        bordered Arco Descriptions (主办单位 / 备案资源) whose value cells hold the controls; 区域 a LAZY Cascader, 证件类型
 *        button Radios listed late once the nature is chosen, 网站域名 an InputTag, the instance an Arco Table with radio
 *        row selection answered late for the chosen resource kind, 备案服务号 missing, a 主体负责人 strip;
 *      · 填写主办者信息, 个人, Tea (generations 10 and 23 built it: same address, grid2) as INLINE FLOW: Tea inline forms (three
 *        label/control pairs per line) under section headings; 证件住所 a whole-tree Cascader answered late + detail, 通信地址
 *        ONE Textarea, 证件类型 a Segment, 有效期 a start DatePicker + a 有效期限 Select (5年 / 10年 / 20年 / 长期) deriving the
 *        end read-only, 办公室电话 missing;
 *      · 填写网站信息, 单位, Fusion Next (generation 9 built it: second) as THREE CARD COLUMNS: three Fusion Cards side by side
 *        (网站信息 / 网站负责人 / 联系方式); 网站域名 a multiple Select of the account's domains listed late, 首页URL an Input
 *        with an http:// addon, 服务内容 a TreeSelect (通用类 / 金融类), 语言 a Checkbox group, 前置审批 a Select 是 / 否, the
 *        site principal 王强 typed (证件类型 button Radios, 有效期 a RangePicker).
 *  - the new 公安 platform's grid is full as well, so its two builds REUSE a cell in a new layout:
 *      · 网站基本信息, 个人, Fusion Next (generations 9, 31 and 37 built it: rowspan, fold panels, tab strip) as LEFT TABS: a
 *        wrapped Fusion Tab at the left (网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息; every pane mounted); 开通日期 a
 *        DatePicker2, 接入商 a searchable Select listed late, its 所属区域 a CascaderSelect answered late, 接入方式 a Select,
 *        注册商 a Select, 交互 / 管制物品 Radios, 网站类型 a letter-coded Select, 语种 a Checkbox group, 工信部备案号 missing;
 *      · 开办主体, 单位, Arco (generation 21 built it: side tabs) as NAV STEPS: Arco navigation Steps over three mounted panes;
 *        办公地址 a LAZY Cascader + detail, 常住地址 a whole-tree Cascader answered late + detail, 性质 button Radios, 有效期 a
 *        DatePicker + a 长期 Switch hiding the end, 生成式人工智能 a Select, 身份证正面 an Upload (missing).
 *  - the old portal's: every (www.beian.gov.cn, step, kind) was built before, so its build reuses 网站基本信息 for a person
 *    (generations 13, 17, 21, 28, 33 and 37 built it) in a NEW layout: LABEL ABOVE: <h4> section heads, each field a block
 *    with its label on a line above the control; 接入商所属区域 three chained selects fed by the area API, coded radios,
 *    语种 checkboxes, 工信部备案号 missing, a captcha.
 *  - Volcengine's 基础信息校验 (个人, Fusion Next) and Baidu's 填写主办者信息 (单位, Tea) are new cells.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const VOLC = 'https://console.volcengine.com/beian/?replicaBuild=';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunBasicUnit: 'heldout43-aliyun-basic-unit-arco-descinputs',
  aliyunSubjectPerson: 'heldout43-aliyun-subject-person-tea-inlineflow',
  aliyunSiteUnit: 'heldout43-aliyun-site-unit-fusion-cardcolumns',
  mpsSitePerson: 'heldout43-mps-site-person-fusion-lefttabs',
  mpsSubjectUnit: 'heldout43-mps-subject-unit-arco-navsteps',
  oldSitePerson: 'heldout43-beian-old-site-person-native-labelabove',
  volcBasicPerson: 'heldout43-volcengine-basic-person-fusion-resultpanel',
  baiduSubjectUnit: 'heldout43-baidu-subject-unit-tea-licencecollapse',
} as const;

export const HELDOUT43_PAGES: ZooPage[] = [
  {
    id: B.aliyunBasicUnit, build: B.aliyunBasicUnit, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'arco',
    gaps: {
      resourceKind: 'the profile says the site has a server (its IP), not which product: ○云服务器ECS ○轻量应用服务器 is the filer\'s choice, outlined and listed (请在页面上选择), never picked',
      instance: 'the instances are listed only once a resource kind is chosen (above: the filer\'s)',
    },
    url: BUILD_URL.aliyun + B.aliyunBasicUnit, title: '阿里云 · 填写基本信息（单位；两张带边框描述列表，值单元格内放控件；区域懒加载级联，证件类型按钮单选随性质延迟加载，域名标签输入，备案实例表格单选随资源类型延迟加载，备案服务号缺，主体负责人三项）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header). FORMS §1.2 step 1 (with §1.6, §1.7, §3.2) for a company in two bordered Arco Descriptions whose value cells hold the controls: 主办单位所属区域 a lazy Cascader (each level late; the entity\'s region), 主办单位性质 a Select (企业), 主办单位证件类型 button Radios listed late once the nature is chosen (§1.7: 营业执照（个人或企业）), 主办单位证件号码 (GB 32100 on blur), 主办单位名称; 网站域名 an InputTag (the site\'s apex domains), 资源类型 Radios (云服务器ECS), 备案实例 an Arco Table with radio row selection answered late for the chosen kind (the instance holding the site\'s IP 47.96.56.78; short ones disabled), 备案服务号 (the profile has none: missing); 主体负责人姓名, 负责人证件号码 (GB 11643 on blur), 负责人手机号码 (the principal 李娜, for 阿里云初审\'s call); the agreement tick and 信息校验 are human steps.',
    expect: {
      region: expectPath('主办单位所属区域', YH_REGION),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      unitName: expectValue('主办单位名称', UNIT),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      resourceKind: expectValue('资源类型', '云服务器ECS'),
      instance: expectValue('备案实例', 'i-bp1w9n4www3r6q2y'),
      serviceCode: expectMissing('备案服务号'),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prMobile: expectValue('负责人手机号码', '13600136000'),
      agree: expectUntouched('我已阅读并同意《信息安全管理协议》'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.aliyunSubjectPerson, build: B.aliyunSubjectPerson, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunSubjectPerson, title: '阿里云 · 主办者信息（个人；行内表单每行三对标签/控件，分节标题；证件住所整树级联延迟加载 + 详细，通信地址一个多行文本，证件类型分段按钮，有效期开始日期 + 有效期限下拉推出截止（只读），办公室电话缺）', entity: PERSON,
    about: 'Tea 2.8 on React 18 (REUSED cell, new layout: see the header). FORMS §1.3 for an individual (principal = 张伟) in Tea inline forms (three label / control pairs per line) under section headings (主办者 / 主体负责人 / 联系方式): 主办人名称 read-only, 证件住所 a whole-tree Tea Cascader answered late + 证件住所详细地址 (door number on blur), 通信地址 ONE Textarea (region names + street: §1.3 street + door number), 投资人或主管单位 (§1.3: an individual writes his own name); 主体负责人姓名, 证件类型 a Segment (§1.3), 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 有效期限 a Select (5年 / 10年 / 20年 / 长期: 2018-03-01 → 2038-03-01 is 20年) deriving 证件有效期截止 read-only; 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none: missing), 电子邮箱; the 承诺 tick and 下一步 are human steps.',
    expect: {
      certRegion: expectPath('证件住所', ZW_REGION),
      certDetail: expectValue('证件住所详细地址', ZW_DETAIL),
      mailAddress: expectValue('通信地址', `浙江省杭州市西湖区${ZW_DETAIL}`),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('主体负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期开始', '2018-03-01'),
      prTerm: expectValue('有效期限', '20年'),
      prMobile: expectValue('手机号码', '13800138000'),
      prEmergency: expectValue('应急联系电话', '13900139000'),
      prOffice: expectMissing('办公室电话'),
      prEmail: expectValue('电子邮箱', 'zhangwei@example.com'),
      promise: expectUntouched('本人承诺所填信息真实有效'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunSiteUnit, build: B.aliyunSiteUnit, set: 'tuning', platform: 'aliyun', step: 'site', variant: '单位', library: 'fusion-next',
    url: BUILD_URL.aliyun + B.aliyunSiteUnit, title: '阿里云 · 网站信息（单位；三张卡片并排：网站信息 / 网站负责人 / 联系方式；账号域名多选延迟加载，首页URL带 http:// 前缀的文本，服务内容树选择，语言复选组，前置审批下拉是/否，负责人证件类型按钮单选，有效期日期区间）', entity: UNIT,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header). FORMS §1.4 for a company (webPrincipal = 王强, not the 主体负责人) in three Fusion Cards side by side: 网站名称 (≥ 3 Chinese characters on blur), 网站域名 a multiple Select of the account\'s real-name domains listed late (one more than the site\'s), 网站首页URL an Input with an http:// addon (no scheme, on blur: must be one of the chosen domains), 网站服务内容 a TreeSelect (通用类 / 金融类; §1.9: 单位门户网站), 网站语言 a Checkbox group (§1.4), 是否涉及前置审批 a Select 是 / 否 (否); 网站负责人姓名, 证件类型 button Radios (§1.3), 证件号码 (GB 11643 on blur), 证件有效期 a DatePicker2 RangePicker; 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; the 协议 tick and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页URL', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      wpName: expectValue('网站负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公室电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      agree: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'fusion-next',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人；左侧页签四块：网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息（都渲染）；开通日期选择，接入商可搜索下拉延迟加载，接入商所属区域级联延迟加载，接入方式下拉，注册商下拉，交互与管制物品单选，网站类型字母编码下拉，语种复选组，工信部备案号缺）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.3 / §2.5 for a person behind a wrapped Fusion Tab at the left (every pane mounted, one shown): 网站名称 (= the ICP name), 工信部备案号 (not yet approved: missing), 网站开通日期 a DatePicker2 (openedAt), 主域名 (apex on blur), 网站IP (IPv4 on blur); 接入商所属地区管辖 Radios (境内), 接入商名称 a searchable Select listed late (§2.5: 阿里云计算有限公司), 接入商所属区域 a CascaderSelect answered late (§2.5: 浙江省杭州市余杭区), 网站接入方式 a Select (租赁虚拟空间), 接入商电话; 注册商名称 a Select (§2.5: 阿里云计算有限公司（原万网）), 注册商电话; 是否提供互联网交互服务 Radios (否), 网站类型 a letter-coded Select (Z 其他: psbCategory Z), 网站语种 a Checkbox group (§2.3 list), 是否提供涉及管制物品信息发布服务 Radios (否); 保存草稿 / 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      ip: expectValue('网站IP', '47.96.12.34'),
      apJurisdiction: expectValue('接入商所属地区管辖', '境内'),
      apName: expectValue('接入商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入商电话', '95187'),
      regName: expectValue('注册商名称', '阿里云计算有限公司（原万网）'),
      regPhone: expectValue('注册商电话', '010-65985888'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      category: expectValue('网站类型', 'Z'),
      languages: expectValue('网站语种', ['中文简体']),
      dangerous: expectValue('是否提供涉及管制物品信息发布服务', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubjectUnit, build: B.mpsSubjectUnit, set: 'tuning', platform: 'mps', step: 'subject', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsSubjectUnit, title: '公安备案 · 开办主体（单位；导航式步骤条切换三块（都渲染）；性质按钮单选，办公地址懒加载级联 + 详细，常住地址整树级联延迟加载 + 详细，有效期开始日期 + 长期开关隐藏结束，生成式人工智能下拉，身份证正面上传缺）', entity: UNIT,
    about: 'Arco Design 2.66 on React 18 (REUSED cell, new layout: see the header; FORMS §4: the platform is likely Vue 3 [INF]). FORMS §2.2 for a unit behind Arco navigation Steps (单位信息 / 负责人信息 / 联系方式; all panes mounted, one shown): 开办主体性质 button Radios (个人 / 单位), 主办单位名称, 主办单位证件类型 a Select (§2.2 old list: a 营业执照 is 营业执照证书), 证件号码 (GB 32100 on blur), 法人代表人姓名, 单位办公地址 a lazy Cascader + 办公地址详细地址; 负责人姓名 (the principal 李娜), 负责人证件类型 a Select (§2.2), 负责人证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 长期 a Switch (on hides 证件有效期结束), 负责人常住地址 a whole-tree Cascader answered late + 常住地址详细地址 (李娜\'s address), 身份证正面 an Upload (the profile holds no photo of 李娜: missing); 办公室电话, 手机号码, 负责人邮箱, 是否利用生成式人工智能 a Select (否); 保存草稿 / 下一步 are human steps.',
    expect: {
      kind: expectValue('开办主体性质', '单位'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('主办单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('办公地址详细地址', YQ_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prLongTerm: expectValue('长期', true),
      homeRegion: expectPath('负责人常住地址', YH_REGION),
      homeDetail: expectValue('常住地址详细地址', YQ_DETAIL),
      prFront: expectMissing('身份证正面'),
      prOffice: expectValue('办公室电话', '0571-88886666'),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmail: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      draftClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSitePerson, build: B.oldSitePerson, set: 'tuning', platform: 'beian-old', step: 'site', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSitePerson, title: '旧公安备案平台 · 网站基本信息（个人；分节标题，每个字段标签在上一行；接入商所属区域三个下拉经地区接口逐级加载，编码单选，语种复选，工信部备案号缺，验证码）', entity: PERSON,
    about: 'server-rendered HTML over http (inline script); REUSED step (see the header). FORMS §2.3 / §2.5 (old codes) for a person under <h4> section heads, each field a block with its label on the line above the control: 网站名称, 工信部备案号 (not yet approved: missing), 网站开通日期 a text (yyyy-mm-dd on blur), 主域名, 网站IP; 网络接入服务商名称 a <select> (§2.5), 接入商所属区域 three <select>s (省 / 市 / 区县) fed level by level by the area API, 网站接入方式 radios (租赁虚拟空间), 接入商联系电话; 域名注册服务商 a <select> (§2.5); 是否提供互联网交互服务 coded radios (否), 互联网危险物品信息发布 coded radios (否), 网站语种 coded checkboxes (§2.3: 中文简体 05); 验证码 and 下一步 are human steps.',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      ip: expectValue('网站IP', '47.96.12.34'),
      apName: expectValue('网络接入服务商名称', '阿里云计算有限公司'),
      apRegion: expectPath('接入商所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('接入商联系电话', '95187'),
      regName: expectValue('域名注册服务商', '阿里云计算有限公司（原万网）'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      languages: expectValue('网站语种', ['中文简体']),
      captcha: expectUntouched('验证码'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcBasicPerson, build: B.volcBasicPerson, set: 'tuning', platform: 'volcengine', step: 'basic', variant: '个人', library: 'fusion-next',
    url: VOLC + B.volcBasicPerson, title: '火山引擎 · 基础信息校验（个人；左侧表单，右侧校验结果面板（只读）；区域懒加载级联，性质单选，证件类型随性质延迟加载，IP标签下拉，备案授权码缺，有效期日期区间，负责人联系方式）', entity: PERSON,
    about: 'Fusion Next 1.27 on React 18 (FORMS §1.10: Volcengine\'s docs site loads Arco; the console is not confirmed). FORMS §1.2 step 1 with §1.10 (a 基础信息校验 asking the principal too, as Huawei\'s) for an individual: the form on the left, a read-only 校验结果 panel on the right that ticks each check as it passes: 主办单位所属区域 a lazy CascaderSelect (each level late; the entity\'s region), 主办单位性质 Radios (个人), 证件类型 a Select listed late once the nature is chosen (§1.7: 居民身份证), 证件号码 (GB 11643 on blur), 主办人姓名, 网站域名 (apex on blur), 云服务器公网IP a tag Select (the site\'s IP), 备案授权码 (the profile has none: missing); 证件有效期 a DatePicker2 RangePicker, 手机号码, 应急联系电话 (must differ), 电子邮箱; 开始校验 is a human step.',
    expect: {
      region: expectPath('主办单位所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      name: expectValue('主办人姓名', PERSON),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      ips: expectValue('云服务器公网IP', ['47.96.12.34']),
      authCode: expectMissing('备案授权码'),
      validity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      verifyClicks: expectUntouched('开始校验'),
    },
  },
  {
    id: B.baiduSubjectUnit, build: B.baiduSubjectUnit, set: 'tuning', platform: 'baidu', step: 'subject', variant: '单位', library: 'tea',
    url: BAIDU + B.baiduSubjectUnit, title: '百度智能云 · 填写主办者信息（单位；折叠面板三块（都展开）：单位信息 / 法定代表人 / 联系人；先上传营业执照识别单位名称、证件号码、法定代表人，性质与证件类型锁定，证件住所一行文本，通信地址整树级联延迟加载 + 详细，有效期开始日期 + 长期勾选，承诺书缺）', entity: UNIT,
    about: 'Tea 2.8 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui [INF]). FORMS §1.10 Baidu (with §1.3, §1.5) for a company in a Tea Collapse of three panels (all open at first): 单位性质 / 证件类型 read-only (carried over and locked), 营业执照 an Upload (the profile\'s licence image; after a delay its reading fills 单位名称, 单位证件号码 and 法定代表人姓名 where empty), 单位名称, 单位证件号码 (GB 32100 on blur), 证件住所 one text line (region names + street), 通信地址 a whole-tree Tea Cascader answered late + 通信详细地址, 投资人或主管单位; 法定代表人姓名, 法定代表人身份证号 (typed by hand, GB 11643 on blur), 证件有效期开始 a DatePicker + 长期 a Checkbox; 法定代表人手机号码, 应急联系人手机号码 (must differ), 办公室电话, 电子邮箱, 备案承诺书 an Upload (the profile holds no signed 承诺书: missing); 下一步 is a human step.',
    expect: {
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      unitName: expectValue('单位名称', UNIT),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      certAddress: expectValue('证件住所', `浙江省杭州市余杭区${YQ_DETAIL}`),
      mailRegion: expectPath('通信地址', YH_REGION),
      mailDetail: expectValue('通信详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      lrName: expectValue('法定代表人姓名', '李娜'),
      lrId: expectValue('法定代表人身份证号', '330110198511204525'),
      lrValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      lrLongTerm: expectValue('长期', true),
      mobile: expectValue('法定代表人手机号码', '13600136000'),
      emergency: expectValue('应急联系人手机号码', '13700137000'),
      office: expectValue('办公室电话', '0571-88886666'),
      email: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promiseDoc: expectMissing('备案承诺书'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
