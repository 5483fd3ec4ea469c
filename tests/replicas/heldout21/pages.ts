/**
 * RETIRED held-out builds (generation 21), now tuning builds. First scored 76/102 filled (74.5 %), 7/12 missing
 * flagged, 0 wrong (final engine of stop 28, 012b4bd; the start engine 74d9747 75/102, 6/12; bench/zoo-heldout21-first/),
 * then retired (stop 29) and fixed against, while generation 22 was written as the held-out set.
 *
 * What a correct fill from docs/profile.example.json must leave in each page's
 * framework state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that
 * never read the engine (nor any replica set but the templates it was given); every build differs from every earlier
 * held-out build (generations 1–20) in (platform, step, subject kind, library) and in layout, wording and widget shapes,
 * except the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 * 网站基本信息 step for a person (generations 13 and 17 built it, their layouts named 'dl' and 'legends') in a NEW layout
 * (a PAGER: three pages of one form, 第 1/2/3 页, only one shown at a time, the others' fields hidden in the page; the
 * opening date as three year / month / day <select>s; the two provider blocks as one MATRIX table, a column per provider).
 *
 * Alibaba's step × kind × library grid is nearly full (every library has built 验证备案类型, 填写主办者信息 and 填写网站信息
 * for both kinds): its 上传资料 for a unit is new on Arco, and the two other Alibaba builds are server-rendered pages of
 * the legacy 企业侧 filing system FORMS §4 describes (element ids such as #unitname, #unitProperty, #mainProvince …,
 * #unitpic0ul, .fileDel_button; jQuery + ThickBox in the original).
 *
 * The 8 builds: three Alibaba steps (上传资料 单位 on Arco, 填写主办者信息 单位 server-rendered in a ThickBox dialog, 上传资料
 * 个人 server-rendered picture lists), two new 公安 steps (网站基本信息 单位 on Tea, 开办主体 单位 on Arco), the old 公安
 * portal's 网站基本信息 (个人, server-rendered), Volcengine's 填写主办者信息 (单位, antd) and Baidu AI Cloud's 验证备案类型
 * (个人, Fusion Next).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const BAIDU = 'https://console.bce.baidu.com/beian/?replicaBuild=';
const VOLCENGINE = 'https://console.volcengine.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';
/** The unit's certificate address written out as one line (region names, then the street part; FORMS §1.3 证件住所 = the certificate text). */
const YQ_FULL_ADDRESS = '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunUploadUnit: 'heldout21-aliyun-upload-unit-arco-checklist',
  aliyunSubjectUnit: 'heldout21-aliyun-subject-unit-native-thickbox',
  aliyunUploadPerson: 'heldout21-aliyun-upload-person-native-piclists',
  mpsSite: 'heldout21-mps-site-unit-tea-splitpane',
  mpsSubject: 'heldout21-mps-subject-unit-arco-sidetabs',
  oldSite: 'heldout21-beian-old-site-person-native-pager',
  volcSubject: 'heldout21-volcengine-subject-unit-antd-descform',
  baiduBasic: 'heldout21-baidu-basic-person-fusion-inlinegrid',
} as const;

/** The Baidu AI Cloud BCC instance whose public IP is the personal site's (docs/profile.example.json: 47.96.12.34). */
export const ZW_BCC = 'i-Hq7cZw3N';

export const HELDOUT21_PAGES: ZooPage[] = [
  {
    id: B.aliyunUploadUnit, build: B.aliyunUploadUnit, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '单位', library: 'arco',
    url: BUILD_URL.aliyun + B.aliyunUploadUnit, title: '阿里云 · 上传资料（单位，资料清单表格：一行一份资料，上传按钮在表格列内，状态标签，网站负责人是否法定代表人下拉显示授权书行）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, Arco Steps, an info Alert (jpg / png ≤ 4 MB, originals, FORMS §1.5), 上传方式 BUTTON radios 电脑上传 / 阿里云App上传 (电脑上传 preset; the App way swaps the table for a QR code: never switched by a fill), then ONE Arco TABLE as the CHECKLIST of materials: a ROW per material, columns 资料名称 | 要求 | 上传 (an Arco Upload button in the cell, one file, the chosen file listed under it) | 状态 (a Tag 待上传 / 已上传); rows (FORMS §1.5): 营业执照 (the profile\'s yunqi-licence.png), 法定代表人身份证 人像面 / 国徽面 and 网站负责人身份证 人像面 / 国徽面 (the profile has no ID photo of 李娜 or 王强: missing), a row whose cell is a SELECT 网站负责人是否为法定代表人 是 / 否 (none preset; FORMS §1.5 / §1.8: the legal rep is 李娜, the site principal 王强: 否) — 否 ADDS a row 法定代表人授权书 (the profile has none: missing) —, 域名证书（选传） (untouched); a 承诺 tick; 上一步 / 提交初审',
    expect: {
      uploadWay: expectUntouched('上传方式'),
      licence: expectValue('营业执照', ['yunqi-licence.png']),
      prIdFront: expectMissing('法定代表人身份证 · 人像面'),
      prIdBack: expectMissing('法定代表人身份证 · 国徽面'),
      wpIdFront: expectMissing('网站负责人身份证 · 人像面'),
      wpIdBack: expectMissing('网站负责人身份证 · 国徽面'),
      wpIsLegalRep: expectValue('网站负责人是否为法定代表人', '否'),
      authLetter: expectMissing('法定代表人授权书'),
      domainCert: expectUntouched('域名证书（选传）'),
      promise: expectUntouched('本单位承诺所上传资料真实、有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.aliyunSubjectUnit, build: B.aliyunSubjectUnit, set: 'tuning', platform: 'aliyun', step: 'subject', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.aliyun + B.aliyunSubjectUnit, title: '阿里云 · 填写主办者信息（单位，旧版企业侧系统：页面为只读汇总表，表单在打开即显示的 ThickBox 弹窗内，编码下拉，地区三级下拉经接口加载，证件住所整行文本，长期单选）', entity: UNIT,
    about:
      'server-rendered HTML (inline script) shaped like the legacy 企业侧 filing system of FORMS §4 (jQuery + ThickBox in the original; its element ids kept: #unitname, #unitProperty, #mainProvince / #mainCity / #mainCountry, #unitcertificatetypeId, #unitcertificatenum, #unitaddress, #certificateaddress, #unitsuperior, #unitprincipal…, #isLongTermUl, #beginDateFind / #endDateFind); the page shows a READ-ONLY summary table of the 主办单位 (未填写 until saved) with 编辑, and the form sits in a THICKBOX dialog (#TB_overlay, #TB_window with a title bar and #TB_closeWindowButton, the form in #TB_ajaxContent) that is OPEN on arrival (× / 取消 close it keeping the values; 编辑 reopens); two <table>s with <td> names (no <label for>): 主办单位信息 — 主办单位名称, 主办单位性质 a coded <select> (FORMS §1.6 codes), 主办单位所属区域 three chained <select>s filled from an AREA API over XHR (FORMS §1.3), 主办单位证件类型 a coded <select> whose options follow the nature (FORMS §1.7 codes), 主办单位证件号码 (GB 32100 on blur), 主办单位证件住所 ONE text line (region names + street: FORMS §1.3 the certificate text), 主办单位通信地址 a textarea with a 同证件住所 tick (copies), 投资人或主管单位 (FORMS §1.3: a company writes its full name); 主体负责人信息 (FORMS §1.8: the legal rep 李娜) — 负责人姓名, 负责人证件类型 (coded, FORMS §1.3 MIIT codes), 负责人证件号码 (GB 11643 on blur), 证件是否长期有效 radios 是 / 否 (#isLongTermUl, FORMS §1.3 isLongTerm 1/0: 是 hides 证件有效期止), 证件有效期起 / 止 yyyy-mm-dd TEXT boxes (checked on blur), 手机号码, 办公室电话, 应急联系电话 (must differ), 电子邮箱, 即时通讯类型 + 即时通讯账号 (FORMS §1.3 optional; the profile has none: untouched), 备注 (untouched); 保存 / 取消 in the dialog',
    expect: {
      unitName: expectValue('主办单位名称', UNIT),
      nature: expectValue('主办单位性质', '企业'),
      region: expectPath('主办单位所属区域', YH_REGION),
      certType: expectValue('主办单位证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位证件号码', '91330110MA2H3K7Q18'),
      certAddress: expectValue('主办单位证件住所', YQ_FULL_ADDRESS),
      mailAddress: expectValue('主办单位通信地址', YQ_FULL_ADDRESS),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330110198511204525'),
      prLongTerm: expectValue('证件是否长期有效', '是'),
      prValidFrom: expectValue('证件有效期起', '2016-05-10'),
      mobile: expectValue('手机号码', '13600136000'),
      office: expectValue('办公室电话', '0571-88886666'),
      emergency: expectValue('应急联系电话', '13700137000'),
      email: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      imType: expectUntouched('即时通讯类型'),
      imAccount: expectUntouched('即时通讯账号'),
      remark: expectUntouched('备注'),
      saveClicks: expectUntouched('保存'),
      cancelClicks: expectUntouched('取消'),
    },
  },
  {
    id: B.aliyunUploadPerson, build: B.aliyunUploadPerson, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.aliyun + B.aliyunUploadPerson, title: '阿里云 · 上传资料（个人，旧版企业侧系统：每份资料一个缩略图列表 + 上传按钮触发隐藏文件框，删除按钮，核验单与其他资料选传）', entity: PERSON,
    about:
      'server-rendered HTML (inline script) shaped like the legacy 企业侧 filing system\'s upload step (FORMS §4: #traditionUploadDiv, picture lists #unitpic0ul / #identitypic0ul / #websideidentitycardpic0ul / #verificationpic0ul / #mainOtherPicUl, delete buttons .fileDel_button); a notice (jpg / png, ≤ 4 MB, FORMS §1.5), then one <div class=upitem> per material: its title in an <h4>, a requirement line, a <ul> PICTURE LIST of what is uploaded (a thumbnail, the file name and a 删除 button each), an 上传 <button> that opens a HIDDEN <input type=file> (a file over 4 MB or not jpg / png is refused with a message; one picture per slot); materials for an individual (FORMS §1.5: 负责人身份证 always, and the individual\'s 网站负责人 is himself): 主办者证件 · 身份证人像面 (#unitpic0ul: the profile\'s zhangwei-id-front.png), 主办者证件 · 身份证国徽面 (missing), 网站负责人证件 · 身份证人像面 (#websideidentitycardpic0ul: the same file), 网站负责人证件 · 身份证国徽面 (missing), 网站备案信息真实性核验单 (FORMS §1.5 historical, still in legacy systems: untouched) and 其他资料 (untouched); a 承诺 tick; 上一步 / 提交 (<input type=button>)',
    expect: {
      hostIdFront: expectValue('主办者证件 · 身份证人像面', ['zhangwei-id-front.png']),
      hostIdBack: expectMissing('主办者证件 · 身份证国徽面'),
      wpIdFront: expectValue('网站负责人证件 · 身份证人像面', ['zhangwei-id-front.png']),
      wpIdBack: expectMissing('网站负责人证件 · 身份证国徽面'),
      verification: expectUntouched('网站备案信息真实性核验单'),
      other: expectUntouched('其他资料'),
      promise: expectUntouched('本人承诺所上传资料真实、有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交'),
    },
  },
  {
    id: B.mpsSite, build: B.mpsSite, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'tea',
    url: BUILD_URL.mps + B.mpsSite, title: '公安备案 · 网站基本信息（单位，左右分栏：左网站与服务信息、右两张服务商卡片；IP 标签选择，从域名多行文本，证书有效期两个日期，交互服务单选显示多选下拉，服务商区域三级下拉）', entity: UNIT,
    about:
      'Tea 2.8 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), a Tea Stepper (开办主体 → 网站基本信息 → 网站负责人 → 提示说明, FORMS §2.3), then a SPLIT PANE: on the left a 网站信息 card and a 服务信息 card (LEFT labels), on the right the two provider blocks as stacked Tea CARDS (labels on TOP); 网站名称 (FORMS §2.3: identical to the ICP name), 工信部备案号 (the profile has none yet: missing; FORMS §3.4 format on blur), 网站开通日期 a Tea DatePicker, 主域名 (apex, blur), 从域名 a TEXTAREA, one domain per line, 网站IP a Tea TAG SELECT (type an address, Enter; IPv4 / IPv6 checked), 域名证书有效期起 and 域名证书有效期止 two Tea DatePickers ([BRIEF]); 服务信息: 网站类型 a Tea Select of FORMS §2.3\'s letter codes (the value is the letter: E), 是否提供互联网交互服务 radios 是 / 否 (是 REVEALS 交互服务类型 a Tea MULTIPLE Select, FORMS §5 free list), 互联网危险物品信息发布 a Select 是 / 否, 相关前置许可 checkboxes (FORMS §2.3 old items; none), 网站语种 a checkbox group of the 公安 list; provider cards (FORMS §2.3 / §2.5): 名称 a searchable Tea Select whose options ARRIVE after a delay, 所属地区管辖 radios 境内 / 境外, 所属区域 THREE Tea Selects 省 / 市 / 区县 (each level fetched), 网站接入方式 a Select (access only), 联系电话, 接入商编码 (access only; USCC chars 9–17); 上一步 / 保存草稿 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站IP', ['47.96.56.78', '2408:4000:1000::10']),
      domainCertFrom: expectValue('域名证书有效期起', '2025-11-01'),
      domainCertTo: expectValue('域名证书有效期止', '2028-11-01'),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('是否提供互联网交互服务', '是'),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      preLicences: expectValue('相关前置许可', []),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁主机'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
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
    id: B.mpsSubject, build: B.mpsSubject, set: 'tuning', platform: 'mps', step: 'subject', variant: '单位', library: 'arco',
    url: BUILD_URL.mps + B.mpsSubject, title: '公安备案 · 开办主体（单位，左侧竖排标签页三页，办公地址可搜索级联，常住地址懒加载级联，有效期类型单选切换区间 / 单个日期，三张证件照，生成式人工智能下拉）', entity: UNIT,
    about:
      'Arco Design 2.66 on React 18 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), Arco Steps (FORMS §2.3 four steps), then VERTICAL Arco TABS on the LEFT (单位信息 / 负责人信息 / 联系方式; every pane rendered, the inactive ones hidden in the page; a pane\'s tab shows a count of its empty required fields), LEFT labels; 单位信息 — 开办主体性质 radios 个人 / 单位 (FORMS §2.2, new platform), 主办单位名称, 单位证件类型 a Select of FORMS §2.2\'s unit certificates (统一社会信用代码证 / 营业执照证书 / 组织机构代码证 / 其他: the profile\'s 营业执照 is 营业执照证书), 单位证件号码 (GB 32100 on blur), 有效证件 an image Upload (the profile\'s licence), 法人代表人姓名 (FORMS §2.2 wording), 单位办公地址 a SEARCHABLE whole-tree Arco Cascader + 单位办公地址 · 详细地址; 负责人信息 (the principal 李娜) — 负责人姓名, 证件类型 a Select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 有效期类型 radios 定期 / 长期 (定期 shows a RANGE picker, 长期 ONE start DatePicker), 负责人证件 正面 / 反面 / 手持 three picture-card Uploads (the profile has no ID photo of 李娜: missing), 负责人常住地址 a LAZY Arco Cascader (each level fetched) + 负责人常住地址 · 详细地址; 联系方式 — 办公室电话, 手机号码, 负责人邮箱, 是否利用生成式人工智能 a Select 是 / 否 (FORMS §2.2, new platform), a 承诺 tick; 保存 / 下一步',
    expect: {
      subjectKind: expectValue('开办主体性质', '单位'),
      unitName: expectValue('主办单位名称', UNIT),
      unitCertType: expectValue('单位证件类型', '营业执照证书'),
      unitCertNumber: expectValue('单位证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YH_REGION),
      officeDetail: expectValue('单位办公地址 · 详细地址', YQ_DETAIL),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prTermType: expectValue('有效期类型', '长期'),
      prValidFrom: expectValue('有效期开始日期', '2016-05-10'),
      idFront: expectMissing('负责人证件 · 正面'),
      idBack: expectMissing('负责人证件 · 反面'),
      idHand: expectMissing('负责人证件 · 手持'),
      homeRegion: expectPath('负责人常住地址', YH_REGION),
      homeDetail: expectValue('负责人常住地址 · 详细地址', YQ_DETAIL),
      office: expectValue('办公室电话', '0571-88886666'),
      mobile: expectValue('手机号码', '13600136000'),
      email: expectValue('负责人邮箱', 'lina@yunqi-demo.cn'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      promise: expectUntouched('本单位承诺所填信息真实有效'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSite, build: B.oldSite, set: 'tuning', platform: 'beian-old', step: 'site', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSite, title: '旧公安备案平台 · 网站基本信息（个人，分页表单三页：网站信息 / 服务信息 / 接入信息，开通日期年月日三个下拉，服务商对照表：列为两个服务商）', entity: PERSON,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 网站基本信息 step for a person (generations 13 and 17 built it, their layouts named \'dl\' and \'legends\') in a NEW layout: a banner + menu bar, then ONE form split into a PAGER of three pages (第 1 页 网站信息 / 第 2 页 服务信息 / 第 3 页 接入信息; only the current page shown, the others\' fields hidden in the page; 上一页 / 下一页 links and a 1 2 3 page strip), each page a <table> with <td> names (no <label for>); 第 1 页: 网站名称, 工信部备案号 (FORMS §2.3 / §3.4; the profile has none yet: missing), 网站开通日期 as THREE <select>s 年 / 月 / 日 (FORMS §2.3), 主域名, 从域名 a textarea (one a line), 网站IP one text box, several separated by ; (FORMS §2.3); 第 2 页: 是否提供互联网交互服务 radios 是 / 否, 互联网危险物品信息发布 radios 是 / 否 (是 shows the coded items), 相关前置许可 coded checkboxes (none), 网站语种 coded checkboxes (FORMS §2.3 old codes); 第 3 页: the two provider blocks as ONE MATRIX <table>: a ROW per field, a COLUMN per provider (网络接入服务商 | 域名注册服务商), 所属地区管辖 <select> 境内 / 境外, 所属区域 three chained <select>s per column from the portal\'s AREA API over XHR, 名称, 网站接入方式 (access only: FORMS §2.3 租赁虚拟空间 / 租赁主机 …), 联系电话, 接入商编码 (access only; FORMS §2.5); 验证码 (a human step), 保存 / 下一步 (<input type=button>)',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      subDomains: expectValue('从域名', []),
      ips: expectValue('网站IP', ['47.96.12.34']),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      preLicences: expectValue('相关前置许可', []),
      languages: expectValue('网站语种', ['中文简体']),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
      rgJurisdiction: expectValue('域名注册服务商 · 所属地区管辖', '境内'),
      rgRegion: expectPath('域名注册服务商 · 所属区域', YH_REGION),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      captcha: expectUntouched('验证码'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.volcSubject, build: B.volcSubject, set: 'tuning', platform: 'volcengine', step: 'subject', variant: '单位', library: 'antd',
    url: VOLCENGINE + B.volcSubject, title: '火山引擎 · 填写主办者信息（单位，带边框描述列表内嵌输入框，证件住址可搜索级联，通信地址懒加载级联，截止日期单选 长期 / 指定日期）', entity: UNIT,
    about:
      'antd 6 on React 19 (FORMS §1.10: Volcengine\'s docs load Arco; the console\'s library is not confirmed); Volcengine dark top bar + left nav, antd Steps (验证备案类型 → 填写主办者信息 → 填写网站信息 → 上传备案资料 → 提交备案), then two BORDERED antd DESCRIPTIONS (two label | value pairs a row) whose value cells hold the controls (the label cell is the field\'s name; no <label for>): 主办者信息 — 主办单位名称 READ-ONLY (from step 1), 主办单位证件住址 a SEARCHABLE whole-tree antd Cascader (FORMS §1.10 wording) + 证件住址详细地址, 主办单位通信地址 a LAZY antd Cascader (loadData per level) + 通信地址详细地址 (FORMS §1.3: to the door number, blur), 投资人或主管单位 (FORMS §1.3: a company writes its full name); 主体负责人信息 (FORMS §1.8: the legal rep 李娜) — 主体负责人姓名 (FORMS §1.10 wording), 证件类型 a Select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期开始 a DatePicker, 证件有效期截止 radios 长期 / 指定日期 (指定日期 REVEALS a DatePicker), 手机号码, 应急联系电话 (must differ), 办公室电话, 电子邮箱; a 承诺 tick; 上一步 / 保存 / 下一步',
    expect: {
      certRegion: expectPath('主办单位证件住址', YH_REGION),
      certDetail: expectValue('证件住址详细地址', YQ_DETAIL),
      mailRegion: expectPath('主办单位通信地址', YH_REGION),
      mailDetail: expectValue('通信地址详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('主体负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期开始', '2016-05-10'),
      prValidToKind: expectValue('证件有效期截止', '长期'),
      mobile: expectValue('手机号码', '13600136000'),
      emergency: expectValue('应急联系电话', '13700137000'),
      office: expectValue('办公室电话', '0571-88886666'),
      email: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      promise: expectUntouched('我承诺所填主办者信息真实、准确'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.baiduBasic, build: B.baiduBasic, set: 'tuning', platform: 'baidu', step: 'basic', variant: '个人', library: 'fusion-next',
    url: BAIDU + B.baiduBasic, title: '百度智能云 · 验证备案类型（个人，行内三列网格标签在上，通信地址懒加载级联选择，证件类型按钮单选随性质加载，备案资源下拉带 IP，图形验证码）', entity: PERSON,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §1.10: Baidu\'s console libraries are acud / san-xui, not confirmed for filing); Baidu AI Cloud blue top bar + left nav, a Fusion Step of Baidu\'s flow (验证备案类型 → 填写主办者信息 → 填写网站信息 → 资料上传及人脸核验 → 信息确认 → 短信核验, FORMS §1.2), then two cards whose fields sit in an INLINE GRID (Fusion Row / Col, three a row, labels ON TOP): 验证备案类型 (FORMS §1.10 Baidu) — 通信地址所属区域 a LAZY Fusion CascaderSelect (each level fetched; only a county is a value), 主办单位性质 a Select of FORMS §1.6, 证件类型 BUTTON radios whose options LOAD after the nature is chosen (FORMS §1.7; a hint until then), 证件号码 (GB 11643 on blur); 选择备案资源 (FORMS §1.10 Baidu: an instance or a 备案操作码) — 资源类型 radios 百度智能云服务器BCC / 备案操作码 (BCC preset; 操作码 swaps in an input), 备案实例 a Fusion Select of the account\'s BCC instances FETCHED after a delay (name · ID · public IP; < 3 months left disabled): the right one is the instance whose public IP is the site\'s (47.96.12.34); 图形验证码 (a human step), 验证 (never pressed by a fill)',
    expect: {
      region: expectPath('通信地址所属区域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      resourceType: expectValue('资源类型', '百度智能云服务器BCC'),
      instance: expectValue('备案实例', ZW_BCC),
      captcha: expectUntouched('图形验证码'),
      verifyClicks: expectUntouched('验证'),
    },
  },
];
