/**
 * RETIRED held-out builds (generation 17), now tuning builds: what a correct fill from docs/profile.example.json
 * must leave in each page's framework state. Written from /work/shared/domain/FORMS.md and the example profile
 * alone by a helper session that never read the engine; every build differs from every earlier held-out build
 * (generations 1–16) in (platform, step, subject kind, library) and in layout, wording and widget shapes, except the
 * old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 * 网站基本信息 step for a person (generation 13 had it as a definition list) in a NEW layout (<fieldset> / <legend>
 * sections of a four-cell grid, the two provider blocks side by side). First scored 98/102 filled, 6/10 missing
 * flagged, 0 wrong (start engine 506abe7 and final engine of stop 25; bench/zoo-heldout17-first/). Then fixed
 * against while generation 18 (../heldout18) is held out.
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';

export const B = {
  aliyunBasic: 'heldout17-aliyun-basic-person-arco-drawer',
  aliyunSubject: 'heldout17-aliyun-subject-person-opentiny-anchor',
  aliyunUpload: 'heldout17-aliyun-upload-unit-tea-collapse',
  mpsSite: 'heldout17-mps-site-unit-arco-desctable',
  mpsSubject: 'heldout17-mps-subject-person-tea-fieldtable',
  oldSite: 'heldout17-beian-old-site-person-native-legends',
  huaweiSite: 'heldout17-huawei-site-unit-antd-grid3',
  tencentBasic: 'heldout17-tencent-basic-unit-antd-licenceocr',
} as const;

/** The Alibaba ECS instance whose public IP is the personal site's (docs/profile.example.json: 47.96.12.34). */
export const ZW_INSTANCE = 'i-bp17q2zw9x4k1m8d';

export const HELDOUT17_PAGES: ZooPage[] = [
  {
    id: B.aliyunBasic, build: B.aliyunBasic, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '个人', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunBasic, title: '阿里云 · 验证备案类型（个人，抽屉表单，懒加载级联地区，实例下拉异步加载）', entity: PERSON,
    about:
      'Arco Design 2.66 on React 18 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a 我的备案 page (an Arco Table of orders, empty) under an Arco DRAWER 验证备案类型 that is open on arrival (closing keeps the state; 开始备案 reopens it), labels ON TOP; 备案类型 button radios 网站备案 / App备案 (网站备案 preset), 主办单位所属区域 a LAZY Arco CASCADER (each level fetched, FORMS §1.2 province/city/county), 主办单位性质 a searchable Select of FORMS §1.6, 主办单位证件类型 a Select whose options follow the nature (FORMS §1.7), 主办单位证件号码 (GB 11643 on blur for 居民身份证), 网站域名 (one apex domain; a scheme or www. rejected on blur), 备案资源类型 a SELECT 云服务器ECS / 轻量应用服务器 / 备案服务号 (ECS preset), 云服务器实例 a Select whose options are FETCHED when it opens (instance · public IP · region; < 3 months left disabled): the right one is the instance whose public IP is the site\'s (47.96.12.34); 备案服务号 swaps in an input; a 服务协议 consent tick; 取消 / 信息校验 in the drawer footer (never pressed by a fill)',
    expect: {
      filingKind: expectValue('备案类型', '网站备案'),
      region: expectPath('主办单位所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('主办单位证件类型', '居民身份证'),
      certNumber: expectValue('主办单位证件号码', '330106199003071236'),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      resourceType: expectValue('备案资源类型', '云服务器ECS'),
      instance: expectValue('云服务器实例', ZW_INSTANCE),
      agreed: expectUntouched('我已阅读并同意《ICP代备案服务协议》'),
      cancelClicks: expectUntouched('取消'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.aliyunSubject, build: B.aliyunSubject, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '个人', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunSubject, title: '阿里云 · 填写主办者信息（个人，左侧锚点导航，证件住址级联，通讯地址同步开关，有效期区间）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, TinySteps, then a long form beside a sticky TinyANCHOR (主办人信息 / 地址信息 / 负责人信息 / 联系方式), each section a titled block with LEFT labels in one column; step-1 facts read-only (主办者性质 个人 · 居民身份证 · the ID number); 主办人姓名 (FORMS §1.10 wording for 主办单位或主办人名称), 证件住址 (FORMS §1.10 wording for 证件住所) a whole-tree TinyCASCADER + 证件住址 · 详细地址, 通讯地址 its own cascader + 通讯地址 · 详细地址 with a 与证件住址相同 TinySWITCH that copies (still editable), 投资人或主管单位 (FORMS §1.3: an individual writes their own name); 负责人姓名, 负责人证件类型 TinySelect (FORMS §1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期 a TinyDatePicker DATERANGE that a 长期有效 tick swaps for one start date, 手机号码, 应急联系电话 (must differ), 办公室电话 (the profile has none for 张伟: missing), 电子邮箱; 备注 (untouched); 保存草稿 / 下一步',
    expect: {
      name: expectValue('主办人姓名', '张伟'),
      certRegion: expectPath('证件住址', ZW_REGION),
      certDetail: expectValue('证件住址 · 详细地址', ZW_DETAIL),
      mailRegion: expectPath('通讯地址', ZW_REGION),
      mailDetail: expectValue('通讯地址 · 详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', '张伟'),
      prName: expectValue('负责人姓名', '张伟'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prLongTerm: expectValue('长期有效', false),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      office: expectMissing('办公室电话'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      remark: expectUntouched('备注'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunUpload, build: B.aliyunUpload, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '单位', library: 'tea',
    url: BUILD_URL.aliyun + B.aliyunUpload, title: '阿里云 · 上传资料（单位，折叠面板分组，每项资料一个上传按钮，上传方式分段）', entity: UNIT,
    about:
      'Tea 2.8 on React 18 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, a Tea Stepper (填写基本信息 … 上传资料 … 提交初审), an info Alert (jpg/png ≤ 4 MB, FORMS §1.5), 上传方式 a Tea SEGMENT 电脑上传 / 阿里云App上传 (电脑上传 preset; App hides the uploads behind a QR code: never switched by a fill), then the materials in a Tea COLLAPSE of three panels (all open): 主体资料 (营业执照: the profile\'s licence image), 负责人资料 (主体负责人证件 · 正面 / 背面: FORMS §1.5 负责人身份证 of 李娜; 网站负责人证件 · 正面 / 背面 of 王强; the profile has no ID photo of either: missing), 补充资料 (域名证书（选填）, 其他资料（选填）: untouched); each material a row of name, requirement and a Tea Upload BUTTON (a chosen file shows as its name with 删除); a 人脸核验 box with a 获取核验二维码 button (a human step, FORMS §1.5), the 真实性承诺 tick; 上一步 / 提交初审',
    expect: {
      uploadWay: expectUntouched('上传方式'),
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      prIdFront: expectMissing('主体负责人证件 · 正面'),
      prIdBack: expectMissing('主体负责人证件 · 背面'),
      wpIdFront: expectMissing('网站负责人证件 · 正面'),
      wpIdBack: expectMissing('网站负责人证件 · 背面'),
      domainCert: expectUntouched('域名证书（选填）'),
      other: expectUntouched('其他资料（选填）'),
      faceClicks: expectUntouched('获取核验二维码'),
      promise: expectUntouched('本单位承诺所提交资料真实、有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.mpsSite, build: B.mpsSite, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsSite, title: '公安备案 · 网站基本信息（单位，描述列表表格，IP按域名解析建议，服务商联想，网站类型树选择）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit, Arco Steps (开办主体 → 网站基本信息 → 网站负责人 → 提示说明), then every field inside bordered Arco DESCRIPTIONS tables (label cell | control cell, TWO fields a row; no <label> elements) titled 网站信息 / 服务信息 / 网络接入服务商 / 域名注册服务商; 网站名称, ICP备案号 (FORMS §2.3 工信部备案号; the profile has none yet: missing; checked on blur), 网站开通日期 a DatePicker, 网站主域名, 从域名 an Arco INPUT TAG, 网站IP地址 a MULTIPLE Select that creates entries and whose options are the main domain\'s "resolved" addresses FETCHED after it is typed, 域名证书有效期 a RANGE picker ([BRIEF]), 网站类型 a TREE SELECT of FORMS §2.3\'s letter codes (E), 是否提供互联网交互服务 a SWITCH (on reveals 交互服务类型 checkboxes, FORMS §5 free list), 互联网危险物品信息发布 radios 是 / 否, 相关前置许可 a multiple Select of FORMS §2.3 items (none), 网站语种 checkboxes of the 公安 list; provider blocks: 名称 an AUTOCOMPLETE searching FORMS §2.5\'s providers (picking one fills nothing else), 所属地区管辖 a Select 境内 / 境外, 所属区域 a whole-tree Cascader, 网站接入方式 a Select, 联系电话, 组织机构代码 (FORMS §2.5: USCC chars 9–17); 上一步 / 保存草稿 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('ICP备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('网站主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      domainCert: expectValue('域名证书有效期', ['2025-11-01', '2028-11-01'], true),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', true),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      preLicences: expectValue('相关前置许可', []),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网站接入方式', '租赁主机'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('组织机构代码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgJurisdiction: expectValue('域名注册服务商 · 所属地区管辖', '境内'),
      rgRegion: expectPath('域名注册服务商 · 所属区域', YH_REGION),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubject, build: B.mpsSubject, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'tea',
    url: BUILD_URL.mps + B.mpsSubject, title: '公安备案 · 开办主体（个人，字段表格：项目 / 填写内容 / 说明，区间日期，短信验证码）', entity: PERSON,
    about:
      'Tea 2.8 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person, a Tea Stepper, a notice Alert, then ONE bordered Tea TABLE of fields whose columns are 项目 | 填写内容 | 填写说明 (a field is named by its row\'s first cell; no <label> elements); 开办主体性质 a Tea SEGMENT 个人 / 单位 (FORMS §2.2; none preset), 负责人姓名, 证件类型 a Tea Select of FORMS §2.2\'s 公安 list, 证件号码 (GB 11643 on blur), 证件有效期 a Tea RANGE picker with a 长期 tick that swaps it for one start date, 证件正面 / 证件反面 / 手持证件照 three Tea Upload buttons (the profile has 张伟\'s front only: back and hand-held missing), 常住地址 a LAZY Tea CASCADER (menu, each level fetched) + 常住地址 · 详细地址, 办公室电话 (the profile has none for 张伟: missing), 手机号码 with 获取验证码 and a 短信验证码 input (a human step: untouched), 电子邮箱, 是否利用生成式人工智能 a Tea SWITCH (FORMS §2.2 new platform); 保存 / 下一步',
    expect: {
      subjectKind: expectValue('开办主体性质', '个人'),
      name: expectValue('负责人姓名', '张伟'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      validity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      longTerm: expectValue('长期', false),
      idFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      idBack: expectMissing('证件反面'),
      idHand: expectMissing('手持证件照'),
      homeRegion: expectPath('常住地址', ZW_REGION),
      homeDetail: expectValue('常住地址 · 详细地址', ZW_DETAIL),
      office: expectMissing('办公室电话'),
      mobile: expectValue('手机号码', '13800138000'),
      smsCode: expectUntouched('短信验证码'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', false),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSite, build: B.oldSite, set: 'tuning', platform: 'beian-old', step: 'site', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSite, title: '旧公安备案平台 · 网站基本信息（个人，fieldset 分组四格网格，年月日下拉，三级地区下拉）', entity: PERSON,
    about:
      'server-rendered HTML over http; the old portal\'s 网站基本信息 step (generation 13 had it for a person as a definition list) in a NEW layout: a banner + menu bar, a numbered step strip, then <fieldset> sections with <legend>s (网站信息 / 服务信息, then 网络接入服务商 and 域名注册服务商 as TWO FIELDSETS SIDE BY SIDE), each a FOUR-CELL grid table (name cell, control cell, name cell, control cell; names as <td class=lbl> text, no <label>); 网站名称, 网站域名 (apex, checked on blur), 工信部备案号 (the profile has none yet: missing; format checked on blur), 网站开通时间 as THREE <select>s 年 / 月 / 日 (the state joins them), 网站IP地址 a textarea one per line, 是否提供互联网交互服务 / 互联网危险物品信息发布 coded radios 是 / 否, 相关前置许可 coded checkboxes (FORMS §2.3 old codes; none), 网站语种 coded checkboxes (FORMS §2.3); each provider block: 所属地区管辖 <select> 境内 / 境外, 所属区域 THREE chained <select>s 省 / 市 / 县 answered from an area table printed into the page, 名称 text, 网站接入方式 <select> (access block), 联系电话, 组织机构代码 (access block); 验证码, 上一步 / 保存 / 下一步 (<input type=button>)',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domain: expectValue('网站域名', 'zhangwei-notes.cn'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通时间', '2025-11-20'),
      ips: expectValue('网站IP地址', ['47.96.12.34']),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      preLicences: expectValue('相关前置许可', []),
      languages: expectValue('网站语种', ['中文简体']),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apMethod: expectValue('网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 组织机构代码', '673959654'),
      rgJurisdiction: expectValue('域名注册服务商 · 所属地区管辖', '境内'),
      rgRegion: expectPath('域名注册服务商 · 所属区域', YH_REGION),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      captcha: expectUntouched('验证码'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSite, build: B.huaweiSite, set: 'tuning', platform: 'huawei', step: 'site', variant: '单位', library: 'antd',
    url: HUAWEI + B.huaweiSite, title: '华为云 · 填写互联网信息服务（单位，三列网格卡片，从域名逐行添加，语言穿梭框，服务内容树选择）', entity: UNIT,
    about:
      'antd 6 on React 19 (FORMS §1.10: Huawei\'s console library is reported as OpenTiny, [INF]); Huawei black top bar + left nav, antd Steps of Huawei\'s order (基础信息校验 → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验, FORMS §1.10), then antd CARDS whose fields sit in a THREE-COLUMN grid with labels ON TOP; 互联网信息服务类型 a SEGMENTED 网站 / App (网站 preset); 网站名称 (blur: ≥ 3 Chinese characters, FORMS §3.6), 主域名 (apex, blur), 从域名 as ADDED ROWS (+ 添加从域名, 删除), 首页URL an AUTOCOMPLETE offering www.<domain> / <domain> (FORMS §1.10 wording), 服务内容 a checkable TREE SELECT of FORMS §1.9 grouped by kind, 网站语言 an antd TRANSFER (可选语言 → 已选语言) of FORMS §1.4\'s 17, 前置审批 radios 涉及 / 不涉及 (涉及 reveals FORMS §1.4 items), IP地址 a textarea one per line (FORMS §1.10 Huawei lists IP); 互联网信息服务负责人 (FORMS §1.10 wording for 网站负责人: 王强, the profile\'s webPrincipal) with a 同主体负责人 tick that copies 李娜 (not this site\'s principal), 姓名, 证件类型, 证件号码 (GB 11643 on blur), 证件有效期 · 起 a DatePicker, 有效期截止 radios 长期 / 指定日期 revealing 截止日期 a DatePicker, 手机号码, 应急联系电话 (must differ), 办公电话, 电子邮箱; 网站备注 (untouched); 上一步 / 保存 / 下一步',
    expect: {
      serviceKind: expectValue('互联网信息服务类型', '网站'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      homeUrl: expectValue('首页URL', 'www.yunqi-demo.cn'),
      contents: expectValue('服务内容', ['单位门户网站']),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('前置审批', '不涉及'),
      ips: expectValue('IP地址', ['47.96.56.78', '2408:4000:1000::10']),
      wpName: expectValue('互联网信息服务负责人 · 姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidFrom: expectValue('证件有效期 · 起', '2020-08-12'),
      wpValidKind: expectValue('有效期截止', '指定日期'),
      wpValidTo: expectValue('截止日期', '2040-08-12'),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpLandline: expectValue('办公电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      remark: expectUntouched('网站备注'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentBasic, build: B.tencentBasic, set: 'tuning', platform: 'tencent', step: 'basic', variant: '单位', library: 'antd',
    url: TENCENT + B.tencentBasic, title: '腾讯云 · 验证备案类型（单位，营业执照识别预填，备案地域级联搜索，证件类型竖排单选，IP异步多选）', entity: UNIT,
    about:
      'antd 6 on React 19 (FORMS §1.10: Tencent\'s library is [INF], Tea or TDesign); Tencent Cloud dark top bar + left nav, a VERTICAL antd Steps rail on the left (验证备案类型 → 填写主体信息 → 填写网站信息 → 上传资料 → 提交, FORMS §1.10) beside one card with HORIZONTAL labels; 备案地域 (FORMS §1.10 Tencent wording) a whole-tree antd CASCADER with search, 主办者性质 a Select (FORMS §1.6), 主办者证件类型 a VERTICAL radio list of the nature\'s documents (FORMS §1.7), 营业执照 an antd Upload.DRAGGER whose picture is "recognised" (FORMS §1.10: uploading the licence fills 证件号码; a number already typed is kept, never replaced), 主办者证件号码 (GB 32100 on blur for a USCC), 网站域名 a TAGS select (Enter adds; www. refused), 备案云服务 button radios 云服务器 / 备案授权码 (云服务器 preset; 备案授权码 swaps in an input), 云服务器公网IP a MULTIPLE select whose options (the account\'s servers) are FETCHED when it opens: the site\'s two IPs; the 服务协议 consent tick; 验证 (never pressed by a fill)',
    expect: {
      region: expectPath('备案地域', YH_REGION),
      nature: expectValue('主办者性质', '企业'),
      certType: expectValue('主办者证件类型', '营业执照（个人或企业）'),
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      certNumber: expectValue('主办者证件号码', '91330110MA2H3K7Q18'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      cloudType: expectValue('备案云服务', '云服务器'),
      serverIps: expectValue('云服务器公网IP', ['47.96.56.78', '2408:4000:1000::10']),
      agreed: expectUntouched('我已阅读并同意《腾讯云网站备案服务协议》'),
      verifyClicks: expectUntouched('验证'),
    },
  },
];
