/**
 * RETIRED held-out builds (generation 20), now tuning builds. First scored 62/82 filled (75.6 %), 8/13 missing
 * flagged, 0 wrong (start engine 74d9747 and 3ea95f5 alike; bench/zoo-heldout20-first/), then retired in the same
 * session (stop 28) and fixed against, while generation 21 was written as the held-out set.
 *
 * What a correct fill from docs/profile.example.json must leave in each page's
 * framework state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that
 * never read the engine (nor any replica set but the templates it was given); every build differs from every earlier
 * held-out build (generations 1–19) in (platform, step, subject kind, library) and in layout, wording and widget shapes,
 * except the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 * 网站负责人 step for a unit (generations 8 and 16 built it, their layouts named 'table' and 'compare') in a NEW
 * layout (the form in an IFRAME of the portal's frame page with a left menu, My97-style READ-ONLY date boxes answered
 * by a calendar popup, 有期限 / 长期 radios per role, a 同开办主体负责人信息 tick copying the principal printed into the
 * frame).
 *
 * The 8 builds: three Alibaba steps (验证备案类型 单位 on OpenTiny, 上传资料 个人 on OpenTiny, 上传资料 单位 on TDesign), two new
 * 公安 steps (网站基本信息 单位 and 开办主体 个人, both TDesign), the old 公安 portal's 网站负责人 (单位, server-rendered), Tencent
 * Cloud's 填写主体信息 (个人, Element Plus) and Huawei Cloud's 基础信息校验 (个人, Fusion Next).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';

export const B = {
  aliyunBasic: 'heldout20-aliyun-basic-unit-opentiny-collapse',
  aliyunUploadPerson: 'heldout20-aliyun-upload-person-opentiny-masterdetail',
  aliyunUploadUnit: 'heldout20-aliyun-upload-unit-tdesign-anchor',
  mpsSite: 'heldout20-mps-site-unit-tdesign-substeps',
  mpsSubject: 'heldout20-mps-subject-person-tdesign-drawer',
  oldPrincipal: 'heldout20-beian-old-principal-unit-native-iframe',
  tencentSubject: 'heldout20-tencent-subject-person-elp-sidetitles',
  huaweiBasic: 'heldout20-huawei-basic-person-fusion-checkpanel',
} as const;

/** The Alibaba ECS instance whose public IPs are the unit site's (docs/profile.example.json: 47.96.56.78, 2408:4000:1000::10). */
export const YQ_INSTANCE = 'i-bp1w7yq3m5k8d2n0';
/** The Huawei Cloud ECS whose EIP is the personal site's (docs/profile.example.json: 47.96.12.34). */
export const ZW_HUAWEI_ECS = '5f0c2a9e-7d41-4b8e-9a63-2c1e8d7b4f10';

export const HELDOUT20_PAGES: ZooPage[] = [
  {
    id: B.aliyunBasic, build: B.aliyunBasic, set: 'tuning', platform: 'aliyun', step: 'basic', variant: '单位', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunBasic, title: '阿里云 · 验证备案类型（单位，折叠面板三段全开、短标签靠面板标题定语境，地区内嵌级联面板逐级加载，证件类型竖排单选随性质加载，域名多行文本，实例单选卡片）', entity: UNIT,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, TinySteps, then a TinyCOLLAPSE of three items, all open (主办单位 / 网站 / 备案资源; a folded item keeps its fields in the page), labels ON TOP and SHORT, the item title giving the context (FORMS §1.2 step 1; FORMS §1.10 wordings: Baidu\'s 单位性质): 主办单位 — 所在地区 an INLINE TinyCASCADER-PANEL (three columns always shown, no popup; each level FETCHED when its parent is clicked, only a county is a value), 单位性质 a filterable TinySelect of FORMS §1.6, 证件类型 a VERTICAL TinyRadio list whose options LOAD after the nature is chosen (FORMS §1.7; a hint until then), 证件号码 (GB 32100 on blur for a unit, GB 11643 for 居民身份证); 网站 — 备案域名 a TEXTAREA, one domain per line (each line checked on blur: apex, no www. or scheme; FORMS §1.4); 备案资源 — 云资源类型 a TinyBUTTON-GROUP 云服务器ECS / 轻量应用服务器 / 备案服务号 (ECS preset, the console\'s default), 关联实例 as RADIO CARDS (one bordered card per instance: name, ID, public IPs, region, time left; FETCHED per resource type, a loading line first; < 3 months left disabled): the right one is the instance whose public IPs are the site\'s (47.96.56.78 / 2408:4000:1000::10); 备案服务号 swaps the cards for an input; a 服务协议 consent tick; 重置 / 信息校验 (never pressed by a fill)',
    expect: {
      region: expectPath('主办单位 · 所在地区', YH_REGION),
      nature: expectValue('主办单位 · 单位性质', '企业'),
      certType: expectValue('主办单位 · 证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('主办单位 · 证件号码', '91330110MA2H3K7Q18'),
      domains: expectValue('备案域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      resourceType: expectValue('云资源类型', '云服务器ECS'),
      instance: expectValue('关联实例', YQ_INSTANCE),
      agreed: expectUntouched('我已阅读并同意《阿里云ICP代备案服务协议》'),
      resetClicks: expectUntouched('重置'),
      verifyClicks: expectUntouched('信息校验'),
    },
  },
  {
    id: B.aliyunUploadPerson, build: B.aliyunUploadPerson, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '个人', library: 'opentiny',
    url: BUILD_URL.aliyun + B.aliyunUploadPerson, title: '阿里云 · 上传资料（个人，主从布局：左侧资料清单带状态，右侧只显示所选资料的示例与上传框，主办者与网站负责人证件分列）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, TinySteps, an info TinyAlert (jpg / png ≤ 4 MB, originals, FORMS §1.5), 资料上传方式 TinyRadios 电脑上传 / 阿里云App扫码上传 (电脑上传 preset; the App way hides the uploads behind a QR code: never switched by a fill), then a MASTER-DETAIL pair: on the left the CHECKLIST of materials (each a row with a status TinyTag 待上传 / 已上传 and 必传 / 选传), on the right the DETAIL of the chosen one only (its requirement, a sample frame and its TinyFILE-UPLOAD, picture list, one file; the other materials\' details stay in the page, hidden); materials (FORMS §1.5 负责人身份证 always; an individual\'s 网站负责人 is the 主办者, so his card is asked twice): 主办者身份证 · 人像面 (the profile\'s zhangwei-id-front.png), 主办者身份证 · 国徽面 (the profile has none: missing), 网站负责人身份证 · 人像面 (the same file), 网站负责人身份证 · 国徽面 (missing), 域名证书（选传） and 居住证（选传） (FORMS §1.5: auxiliary / only for an out-of-province individual; 张伟 is local: untouched); a 真实性核验 card with 开始人脸核验 (a human step, FORMS §1.5), the 承诺 tick; 上一步 / 提交初审',
    expect: {
      uploadWay: expectUntouched('资料上传方式'),
      idFront: expectValue('主办者身份证 · 人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('主办者身份证 · 国徽面'),
      wpIdFront: expectValue('网站负责人身份证 · 人像面', ['zhangwei-id-front.png']),
      wpIdBack: expectMissing('网站负责人身份证 · 国徽面'),
      domainCert: expectUntouched('域名证书（选传）'),
      residence: expectUntouched('居住证（选传）'),
      faceClicks: expectUntouched('开始人脸核验'),
      promise: expectUntouched('本人承诺所提交的备案资料真实有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.aliyunUploadUnit, build: B.aliyunUploadUnit, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '单位', library: 'tdesign',
    url: BUILD_URL.aliyun + B.aliyunUploadUnit, title: '阿里云 · 上传资料（单位，按角色分节纵向排列 + 右侧锚点导航，营业执照拖拽上传，身份证正反面一个上传框两张，网站负责人是否法定代表人单选显示授权书）', entity: UNIT,
    about:
      'TDesign React 1.18 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, TDesign Steps, a warning Alert (FORMS §1.5 upload constraints), then one SECTION per ROLE stacked down the page (主办单位 / 主体负责人 / 网站负责人 / 其他资料, each a card with its own heading and an 已上传 / 待上传 status) beside a sticky TDesign ANCHOR rail naming them, each section with the role\'s facts read-only (name, document) and its uploads: 主办单位证件 (营业执照) a DRAGGABLE file Upload (FORMS §1.5: the profile\'s yunqi-licence.png); 主体负责人（法定代表人 李娜）身份证 ONE image Upload taking TWO pictures (人像面 + 国徽面; the profile has no ID photo of 李娜: missing); 网站负责人（王强）: 网站负责人是否为法定代表人 TDesign radios 是 / 否 (none preset; FORMS §1.5 / §1.8: the profile\'s legal rep is 李娜 and its site principal 王强, so 否) — 否 REVEALS 法定代表人授权书 (a file Upload; the profile has none: missing) — and his ID card as one two-picture Upload (missing); 其他资料: 域名证书（选填） and 其他补充材料（选填） (untouched); a 承诺 tick; 上一步 / 提交初审',
    expect: {
      licence: expectValue('主办单位证件', ['yunqi-licence.png']),
      prIdCard: expectMissing('主体负责人身份证'),
      wpIsLegalRep: expectValue('网站负责人是否为法定代表人', '否'),
      authLetter: expectMissing('法定代表人授权书'),
      wpIdCard: expectMissing('网站负责人身份证'),
      domainCert: expectUntouched('域名证书（选填）'),
      otherFiles: expectUntouched('其他补充材料（选填）'),
      promise: expectUntouched('本单位承诺所提交的备案资料真实、有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.mpsSite, build: B.mpsSite, set: 'tuning', platform: 'mps', step: 'site', variant: '单位', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSite, title: '公安备案 · 网站基本信息（单位，卡片内分步：网站信息 / 服务信息 / 服务商，其余分步隐藏；IP 多行文本，从域名标签输入，交互服务开关，语种穿梭框，服务商区域懒加载级联）', entity: UNIT,
    about:
      'TDesign React 1.18 on React 19 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), the wizard\'s TDesign Steps (开办主体 → 网站基本信息 → 网站负责人 → 提示说明, FORMS §2.3), then ONE card split into SUB-STEPS by a second, small TDesign Steps (① 网站信息 ② 服务信息 ③ 接入及域名服务商; only the current part shown, the others rendered and hidden; 上一项 / 下一项 inside the card, the sub-step titles clickable), LEFT labels: 网站名称 (FORMS §2.3: identical to the ICP name; ≥ 3 Chinese characters on blur), 网站备案号 (the ICP site number: the profile has none yet, missing; FORMS §3.4 format on blur), 网站开通日期 a DatePicker, 网站主域名 (apex, blur), 网站从域名 a TAG INPUT, 网站服务器IP a TEXTAREA, one address per line (IPv4 / IPv6 checked on blur), 域名证书有效期 a DATE RANGE picker ([BRIEF]); 服务信息: 网站类型 a TDesign CASCADER of FORMS §2.3\'s letter codes (the value is the letter: E), 提供互联网交互服务 a SWITCH (on REVEALS 交互服务类型 checkboxes, FORMS §5 free list), 危险物品信息发布 radios 是 / 否, 前置许可 a MULTIPLE Select (FORMS §2.3 old items; none), 网站语种 a TDesign TRANSFER of the 公安 list (FORMS §2.3); 服务商: two sub-cards 网络接入服务商 / 域名注册服务商, each 服务商名称 an AUTOCOMPLETE searching FORMS §2.5\'s providers (answered after a delay; picking fills nothing else), 管辖地 a Select 境内 / 境外, 所在区域 a LAZY TDesign Cascader (each level fetched), 接入方式 BUTTON radios (access only: FORMS §2.3 租赁虚拟空间 / 租赁主机 …), 服务商电话, 服务商编码 (access only; FORMS §2.5: USCC chars 9–17); 上一步 / 保存草稿 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      icpNumber: expectMissing('网站备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-25'),
      mainDomain: expectValue('网站主域名', 'yunqi-demo.cn'),
      subDomains: expectValue('网站从域名', ['yunqi-demo.com.cn']),
      ips: expectValue('网站服务器IP', ['47.96.56.78', '2408:4000:1000::10']),
      domainCert: expectValue('域名证书有效期', ['2025-11-01', '2028-11-01'], true),
      category: expectValue('网站类型', 'E'),
      interactive: expectValue('提供互联网交互服务', true),
      interactiveKinds: expectValue('交互服务类型', ['论坛社区', '网络评论']),
      dangerous: expectValue('危险物品信息发布', '否'),
      preLicences: expectValue('前置许可', []),
      languages: expectValue('网站语种', ['中文简体', '英语']),
      apName: expectValue('网络接入服务商 · 服务商名称', '阿里云计算有限公司'),
      apJurisdiction: expectValue('网络接入服务商 · 管辖地', '境内'),
      apRegion: expectPath('网络接入服务商 · 所在区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 接入方式', '租赁主机'),
      apPhone: expectValue('网络接入服务商 · 服务商电话', '95187'),
      apCode: expectValue('网络接入服务商 · 服务商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 服务商名称', '阿里云计算有限公司（原万网）'),
      rgJurisdiction: expectValue('域名注册服务商 · 管辖地', '境内'),
      rgRegion: expectPath('域名注册服务商 · 所在区域', YH_REGION),
      rgPhone: expectValue('域名注册服务商 · 服务商电话', '010-65985888'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsSubject, build: B.mpsSubject, set: 'tuning', platform: 'mps', step: 'subject', variant: '个人', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsSubject, title: '公安备案 · 开办主体（个人，右侧抽屉表单打开即显示，主体摘要在页面上；常住地址可搜索级联，有效期两个日期 + 长期勾选，证件照三张，生成式人工智能单选）', entity: PERSON,
    about:
      'TDesign React 1.18 on React 19 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), the wizard\'s TDesign Steps (FORMS §2.3), a read-only SUMMARY of the 开办主体 on the page (TDesign Descriptions, 未填写 until saved) and the form in a right-side TDesign DRAWER 编辑开办主体信息 that is OPEN on arrival (× / 取消 close it keeping the state; 编辑 reopens), labels ON TOP, three titled groups: 主体信息 — 开办主体性质 a Select 个人 / 单位 (FORMS §2.2, new platform); 开办者（负责人）信息 — 姓名, 证件类型 a Select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 性别 and 出生日期 READ-ONLY, derived from a valid ID number (never filled), 证件有效期 起 a DatePicker, 证件有效期 止 a DatePicker with a 长期 tick beside it (clears and disables 止), 证件照片 正面 / 反面 / 手持 three image Uploads (FORMS §2.2; the profile has 张伟\'s front only: the back and the hand-held photo missing), 常住地址 a FILTERABLE whole-tree TDesign CASCADER (type a county name) + 常住地址 · 详细地址 (FORMS §2.2; door number optional); 联系方式 — 办公室电话 (FORMS §2.2 yes; the profile has none for 张伟: missing), 手机号码, 电子邮箱, 是否利用生成式人工智能 radios 是 / 否 (FORMS §2.2, new platform); drawer 取消 / 保存, page 编辑 / 下一步',
    expect: {
      subjectKind: expectValue('开办主体性质', '个人'),
      name: expectValue('姓名', '张伟'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      validFrom: expectValue('证件有效期 起', '2018-03-01'),
      validTo: expectValue('证件有效期 止', '2038-03-01'),
      longTerm: expectValue('长期', false),
      idFront: expectValue('证件照片 · 正面', ['zhangwei-id-front.png']),
      idBack: expectMissing('证件照片 · 反面'),
      idHand: expectMissing('证件照片 · 手持'),
      homeRegion: expectPath('常住地址', ZW_REGION),
      homeDetail: expectValue('常住地址 · 详细地址', ZW_DETAIL),
      office: expectMissing('办公室电话'),
      mobile: expectValue('手机号码', '13800138000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      genAI: expectValue('是否利用生成式人工智能', '否'),
      cancelClicks: expectUntouched('取消'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldPrincipal, build: B.oldPrincipal, set: 'tuning', platform: 'beian-old', step: 'principal', variant: '单位', library: 'server-rendered',
    url: BUILD_URL.old + B.oldPrincipal, title: '旧公安备案平台 · 网站负责人（单位，框架页 + 内嵌 iframe 表单，只读日期框弹出日历，有期限 / 长期单选，复制开办主体负责人勾选）', entity: UNIT,
    about:
      'server-rendered HTML over http; the old portal\'s 网站负责人 step for a unit (generations 8 and 16 built it, their layouts named \'table\' and \'compare\') in a NEW layout: the portal\'s FRAME page (banner, a left tree menu 开办主体管理 / 新办网站申请 / 已办网站认领 / 网站信息变更 / 网站注销申请, FORMS §2.1) whose content is an IFRAME (same origin) holding the form; in it the two roles (FORMS §2.4) as two <fieldset>s with <legend>s, each a list of rows whose field names are <span> text before the control (no <label for>; only the radio and tick texts sit in <label>s); 网站安全负责人 (the profile\'s securityOfficer 王强): 姓名, 证件类型 a coded <select> (FORMS §2.2 codes), 证件号码 (GB 11643 on blur), 有效期类型 radios 有期限 / 长期 (长期 clears and hides 截止), 有效期起始 / 有效期截止 My97-STYLE READ-ONLY text boxes (a click opens the portal\'s calendar popup: year and month selects + a day grid), 手机号码, 电子邮件地址, 证件正面 / 证件反面 / 手持证件照 <input type=file> (the profile has no ID photo of 王强: missing); 网站应急联络人 (the profile\'s emergencyContact is the principal 李娜): a 同开办主体负责人信息 tick (copies 李娜, printed into the frame, and locks the rows), 联络人姓名, 证件类型, 证件号码, 有效期类型, 有效期起始 / 截止, 联系电话 (FORMS §2.4: phone in the new UI [INF]); 验证码 (a human step), 上一步 / 保存 / 下一步 (<input type=button>)',
    expect: {
      secName: expectValue('网站安全负责人 · 姓名', '王强'),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      secTermType: expectValue('网站安全负责人 · 有效期类型', '有期限'),
      secValidFrom: expectValue('网站安全负责人 · 有效期起始', '2020-08-12'),
      secValidTo: expectValue('网站安全负责人 · 有效期截止', '2040-08-12'),
      secMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      secIdFront: expectMissing('网站安全负责人 · 证件正面'),
      secIdBack: expectMissing('网站安全负责人 · 证件反面'),
      secIdHand: expectMissing('网站安全负责人 · 手持证件照'),
      emgName: expectValue('网站应急联络人 · 联络人姓名', '李娜'),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330110198511204525'),
      emgTermType: expectValue('网站应急联络人 · 有效期类型', '长期'),
      emgValidFrom: expectValue('网站应急联络人 · 有效期起始', '2016-05-10'),
      emgMobile: expectValue('网站应急联络人 · 联系电话', '13600136000'),
      captcha: expectUntouched('验证码'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSubject, build: B.tencentSubject, set: 'tuning', platform: 'tencent', step: 'subject', variant: '个人', library: 'element-plus',
    url: TENCENT + B.tencentSubject, title: '腾讯云 · 填写主体信息（个人，分节左标题右表单：标题与说明在左列，字段两列网格标签在上；证件住址懒加载级联，通讯地址同证件住址勾选，起止日期 + 长期勾选）', entity: PERSON,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §1.10: Tencent\'s library is [INF], Tea or TDesign); Tencent Cloud dark top bar + left nav, el-Steps (验证备案类型 → 填写主体信息 → 填写网站信息 → 上传资料 → 提交, FORMS §1.10), step-1 facts read-only in a strip (备案地域, 主办者性质 个人, 证件类型, 证件号码: FORMS §1.10 the ID upload filled it), then one ROW per SECTION with SIDE TITLES: the section\'s title and an explanation in a left column, its fields on the right in a TWO-COLUMN grid (el-row / el-col) with labels ON TOP (FORMS §1.3 / §1.10 wordings): 主办者信息 — 姓名 (FORMS §1.10 单位名称/姓名), 投资人或主管单位 (FORMS §1.3: an individual writes his own name), 证件住址 a LAZY el-CASCADER (each level fetched) + 证件住址 · 详细地址 (FORMS §1.10 wording), 通讯地址 a LAZY el-cascader + 通讯地址 · 详细地址 with a 同证件住址 tick (copies and locks; FORMS §1.3 must reach the door number); 主体负责人信息 — 负责人姓名, 负责人证件类型 an el-Select (FORMS §1.3 list), 负责人证件号码 (GB 11643 on blur), 证件有效期 起 / 止 two el-DATE-PICKERs + a 长期 tick (disables 止), 手机号码, 应急联系电话 (must differ, FORMS §1.3), 办公室电话 (the profile has none for 张伟: missing), 电子邮箱; 其他 — 备注 (untouched); 上一步 / 保存 / 下一步',
    expect: {
      name: expectValue('姓名', PERSON),
      investor: expectValue('投资人或主管单位', PERSON),
      certRegion: expectPath('证件住址', ZW_REGION),
      certDetail: expectValue('证件住址 · 详细地址', ZW_DETAIL),
      mailRegion: expectPath('通讯地址', ZW_REGION),
      mailDetail: expectValue('通讯地址 · 详细地址', ZW_DETAIL),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('负责人证件类型', '居民身份证'),
      prCertNumber: expectValue('负责人证件号码', '330106199003071236'),
      prValidFrom: expectValue('证件有效期 起', '2018-03-01'),
      prValidTo: expectValue('证件有效期 止', '2038-03-01'),
      prLongTerm: expectValue('长期', false),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      office: expectMissing('办公室电话'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      remark: expectUntouched('备注'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiBasic, build: B.huaweiBasic, set: 'tuning', platform: 'huawei', step: 'basic', variant: '个人', library: 'fusion-next',
    url: HUAWEI + B.huaweiBasic, title: '华为云 · 基础信息校验（个人，左表单右实时校验面板，三级地域下拉逐级加载，名称标签随性质变化，资源表格单选行）', entity: PERSON,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §1.10: Huawei\'s console library is reported as OpenTiny, [INF]); Huawei black top bar + left nav, a Fusion Step of Huawei\'s order (基础信息校验 → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验, FORMS §1.10), then a CHECK-PANEL layout: the form card on the left (LEFT labels) and a sticky 校验结果 panel on the right listing each check live (✓ / ✗ / 待填写); 备案地域 as THREE Fusion Selects 省份 / 城市 / 区县 (each level FETCHED after the one before is chosen; FORMS §1.10 地域, FORMS §1.2 to the county), 主办单位性质 a Select of FORMS §1.6, 主办单位名称 whose LABEL becomes 主办人姓名 once 个人 is chosen (FORMS §1.10 wording), 证件类型 a Select whose options follow the nature (FORMS §1.7), 证件号码 (GB 11643 on blur for 居民身份证), 资源类型 radios 弹性云服务器ECS / 备案授权码 (ECS preset; 授权码 swaps in an input), 云服务器 a Fusion TABLE of the account\'s ECS with a RADIO per row (FETCHED; prepaid < 3 months left disabled, FORMS §1.10): the right one is the server whose EIP is the site\'s (47.96.12.34); the 服务协议 consent tick; 开始校验 (never pressed by a fill)',
    expect: {
      region: expectPath('备案地域', ZW_REGION),
      nature: expectValue('主办单位性质', '个人'),
      name: expectValue('主办人姓名', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      resourceType: expectValue('资源类型', '弹性云服务器ECS'),
      server: expectValue('云服务器', ZW_HUAWEI_ECS),
      agreed: expectUntouched('我已阅读并同意《华为云网站备案服务协议》'),
      verifyClicks: expectUntouched('开始校验'),
    },
  },
];
