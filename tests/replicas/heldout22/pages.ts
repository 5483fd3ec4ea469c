/**
 * RETIRED held-out builds (generation 22), now tuning builds. First scored 89/102 filled (87.3 %), 6/9 missing
 * flagged, 0 wrong by the start engine of stop 29 (3fe647d), and 96/102 (94.1 %), 6/9, 0 wrong by the engine after
 * that session's generation-21 work (bench/zoo-heldout22-first/); then retired (stop 29) and fixed against, while
 * generation 23 was written as the held-out set.
 *
 * What a correct fill from docs/profile.example.json must leave in each page's
 * framework state. Written from /work/shared/domain/FORMS.md and the example profile alone by a helper session that
 * never read the engine (nor any replica set but the templates it was given); every build differs from every earlier
 * held-out build (generations 1–21) in (platform, step, subject kind, library) and in layout, wording and widget shapes,
 * except the old portal's: every (www.beian.gov.cn, step, kind, server-rendered) was built before, so its build reuses the
 * 开办主体 step for a person (generations 6 and 11 built it, their layouts named 'fieldsets' and 'citypicker') in a NEW
 * layout (KINDSWITCH: one page holding the person's and the unit's forms, the coded 开办主体性质 <select> showing one and
 * hiding the other; the ID card's validity as ONE text line as printed on the card, "2018.03.01-2038.03.01").
 *
 * Alibaba's step × kind × library grid is full but for three cells whose only earlier builds carry no kind in their id
 * (generation 1's heldout-aliyun-site-antd, generation 2's heldout2-aliyun-upload-elp, both from before ids named the
 * kind; [INF] they filled the profile's selected entity, the unit): this generation takes 填写网站信息 个人 on antd and
 * 上传资料 个人 on Element Plus, and for a unit a step no earlier build had on Alibaba: the ORDER DETAIL page of an order
 * that 阿里云初审 sent back (FORMS §0: /pcContainer/orderdetail?baOrderId=…; §1.2 step 5), the whole order on one page
 * ('apply', as the one-page 公安 applications) with only the rejected items editable.
 *
 * The 8 builds: three Alibaba steps (填写网站信息 个人 on antd, 上传资料 个人 on Element Plus, the rejected order's detail page
 * 单位 on TDesign), two new 公安 steps (网站基本信息 个人 on OpenTiny, 网站负责人 单位 on TDesign), the old 公安 portal's 开办主体
 * (个人, server-rendered), Tencent Cloud's 填写网站信息 (单位, Element Plus) and Huawei Cloud's 填写主体信息 (个人, Fusion Next).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const PERSON = '张伟';
const UNIT = '杭州云栖示例科技有限公司';
const TENCENT = 'https://console.cloud.tencent.com/beian?replicaBuild=';
const HUAWEI = 'https://console.huaweicloud.com/beian/?replicaBuild=';
/** FORMS §0: an Alibaba order's detail page (the order id is the page's own; the build id goes last). */
const ALIYUN_ORDER = 'https://beian.aliyun.com/pcContainer/orderdetail?baOrderId=20251126000123&replicaBuild=';
const ZW_REGION = ['浙江省', '杭州市', '西湖区'];
const YH_REGION = ['浙江省', '杭州市', '余杭区'];
const ZW_DETAIL = '文三路 100 号 1 幢 101 室';
const YQ_DETAIL = '文一西路 969 号 2 幢 305 室';

export const B = {
  aliyunSitePerson: 'heldout22-aliyun-site-person-antd-pairedcards',
  aliyunUploadPerson: 'heldout22-aliyun-upload-person-elp-bordertabs',
  aliyunApplyUnit: 'heldout22-aliyun-apply-unit-tdesign-rejectfix',
  mpsSitePerson: 'heldout22-mps-site-person-opentiny-querydialog',
  mpsPrincipalUnit: 'heldout22-mps-principal-unit-tdesign-inlineform',
  oldSubjectPerson: 'heldout22-beian-old-subject-person-native-kindswitch',
  tencentSiteUnit: 'heldout22-tencent-site-unit-elp-addtabs',
  huaweiSubjectPerson: 'heldout22-huawei-subject-person-fusion-wizardtabs',
} as const;

export const HELDOUT22_PAGES: ZooPage[] = [
  {
    id: B.aliyunSitePerson, build: B.aliyunSitePerson, set: 'tuning', platform: 'aliyun', step: 'site', variant: '个人', library: 'antd',
    url: BUILD_URL.aliyun + B.aliyunSitePerson, title: '阿里云 · 填写网站信息（个人，左右两张卡片：网站基本信息 / 网站负责人；域名标签选择，首页地址自动补全，语言树形多选，前置审批开关，负责人同主体负责人单选复制，有效期区间 + 长期）', entity: PERSON,
    about:
      'antd 6 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, antd Steps, then PAIRED CARDS side by side (labels ON TOP): 网站基本信息 — 网站名称 (FORMS §3.6 individual naming rules on blur), 网站域名 an antd TAGS Select (type a domain, Enter; apex, no www., FORMS §1.4), 网站首页地址 an antd AUTOCOMPLETE suggesting www.<domain> / <domain> from the chosen domains (FORMS §1.4 首页URL, no http://), 服务类型 and 网站服务内容 READ-ONLY (FORMS §1.4: an individual filing at Alibaba is fixed to 网站应用服务 / 其他), 网站语言 a checkable antd TREESELECT grouped 中文 / 少数民族语言 / 外国语言 (FORMS §1.4 list), 是否涉及前置审批 a SWITCH (on REVEALS the FORMS §1.4 items as checkboxes; the profile has none), 网站备注 a TextArea (FORMS §1.4: often required for individuals; FORMS §3.6 banned words checked on blur); 网站负责人 (FORMS §1.4: an individual\'s 网站负责人 is himself) — 负责人信息 BUTTON radios 同主体负责人 / 填写其他人 (none preset; 同主体负责人 COPIES the 主体负责人 held from step 2 and locks the rows), 姓名, 证件类型 a Select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期 an antd RANGE picker + a 长期 tick (clears and disables the range\'s end), 手机号码, 应急联系电话 (must differ), 电子邮箱, 办公室电话 (optional; the profile has none for 张伟: not asked); 上一步 / 保存 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页地址', 'www.zhangwei-notes.cn'),
      languages: expectValue('网站语言', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', false),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      wpSource: expectValue('负责人信息', '同主体负责人'),
      wpName: expectValue('网站负责人 · 姓名', PERSON),
      wpCertType: expectValue('网站负责人 · 证件类型', '居民身份证'),
      wpCertNumber: expectValue('网站负责人 · 证件号码', '330106199003071236'),
      wpValidity: expectValue('网站负责人 · 证件有效期', ['2018-03-01', '2038-03-01'], true),
      wpLongTerm: expectValue('网站负责人 · 长期', false),
      wpMobile: expectValue('网站负责人 · 手机号码', '13800138000'),
      wpEmergency: expectValue('网站负责人 · 应急联系电话', '13900139000'),
      wpEmail: expectValue('网站负责人 · 电子邮箱', 'zhangwei@example.com'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.aliyunUploadPerson, build: B.aliyunUploadPerson, set: 'tuning', platform: 'aliyun', step: 'upload', variant: '个人', library: 'element-plus',
    url: BUILD_URL.aliyun + B.aliyunUploadPerson, title: '阿里云 · 上传资料（个人，带边框标签页三页：主办者证件 / 居住证明 / 其他资料；照片墙上传，身份证地址是否在备案省份单选显示居住证，人脸核验按钮）', entity: PERSON,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, el-Steps, an el-Alert (jpg / png ≤ 4 MB, originals, FORMS §1.5), 上传方式 el-radio BUTTONS 电脑上传 / 阿里云App上传 (电脑上传 preset; the App way swaps the tabs for a QR code: never switched by a fill), a read-only strip (备案省份 浙江省, 主办者 张伟, 居民身份证), then BORDER-CARD el-TABS (every pane rendered, the inactive ones hidden): 主办者证件 — 身份证人像面 and 身份证国徽面 as PICTURE-CARD el-uploads (one picture each; the profile\'s zhangwei-id-front.png, no back: missing), 手持身份证照片（选传） (FORMS §1.5 some flows: untouched), a note that the individual\'s 网站负责人 is the 主办者 (no second upload); 居住证明 — 身份证地址是否在备案省份 el-radios 是 / 否 (none preset; FORMS §1.5: an individual whose ID address is outside the filing province uploads a 居住证; 张伟\'s ID and his filing are in 浙江省: 是) — 否 REVEALS 居住证 / 暂住证 (an el-upload); 其他资料 — 域名证书（选传） and 其他补充材料（选传） (untouched); a 真实性核验 row with 开始人脸核验 (a human step, FORMS §1.5); the 承诺 tick; 上一步 / 提交初审',
    expect: {
      uploadWay: expectUntouched('上传方式'),
      idFront: expectValue('身份证人像面', ['zhangwei-id-front.png']),
      idBack: expectMissing('身份证国徽面'),
      handPhoto: expectUntouched('手持身份证照片（选传）'),
      inProvince: expectValue('身份证地址是否在备案省份', '是'),
      domainCert: expectUntouched('域名证书（选传）'),
      otherFiles: expectUntouched('其他补充材料（选传）'),
      faceClicks: expectUntouched('开始人脸核验'),
      promise: expectUntouched('本人承诺所上传资料真实、有效'),
      prevClicks: expectUntouched('上一步'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: B.aliyunApplyUnit, build: B.aliyunApplyUnit, set: 'tuning', platform: 'aliyun', step: 'apply', variant: '单位', library: 'tdesign',
    url: ALIYUN_ORDER + B.aliyunApplyUnit, title: '阿里云 · 备案订单详情（单位，初审驳回待修改：整单只读描述列表，仅驳回项可编辑并标注原因；通信地址懒加载级联，长期开关，语言多选，授权书上传）', entity: UNIT,
    about:
      'TDesign React 1.18 on React 19 (FORMS §4: Alibaba\'s library is [INF]); Alibaba orange top bar + left nav, the ORDER DETAIL page (FORMS §0 /pcContainer/orderdetail?baOrderId=…) of a 首次备案 order that 阿里云初审 sent back (FORMS §1.2): an order header (订单号, 备案类型, 状态 初审驳回 tag), an error Alert listing the 驳回原因 (each a link that scrolls to its item), then the WHOLE order as bordered TDesign DESCRIPTIONS (主办者信息 / 主体负责人信息 / 网站信息 / 网站负责人信息 / 上传资料), every submitted value READ-ONLY text except the REJECTED items, which hold an editor, a red 需修改 tag and the reviewer\'s reason: 主办单位通信地址 a LAZY TDesign Cascader (each level fetched) + 通信地址 · 详细地址 (FORMS §1.3: to the door number, blur), 投资人或主管单位 (FORMS §1.3: a company writes its full name), 主体负责人 证件有效期起 a DatePicker and 长期有效 a SWITCH (on hides 证件有效期止; FORMS §1.3 isLongTerm), 主体负责人 应急联系电话 (FORMS §1.3: must differ from the read-only 手机号码), 网站名称 (FORMS §3.6 unit naming), 网站语言 a MULTIPLE filterable Select (FORMS §1.4 list), 网站负责人 办公室电话 (FORMS §3.3 landline on blur), 网站负责人 电子邮箱 (FORMS §1.3: must differ from the 主体负责人\'s when the persons differ), 网站负责人授权书 an Upload (FORMS §1.5 / §1.8: the site principal 王强 is not the legal rep 李娜; the profile has no letter: missing); 修改说明 a Textarea for the reviewer (untouched); 保存修改 / 重新提交初审',
    expect: {
      mailRegion: expectPath('主办单位通信地址', YH_REGION),
      mailDetail: expectValue('通信地址 · 详细地址', YQ_DETAIL),
      investor: expectValue('投资人或主管单位', UNIT),
      prValidFrom: expectValue('主体负责人 · 证件有效期起', '2016-05-10'),
      prLongTerm: expectValue('主体负责人 · 长期有效', true),
      prEmergency: expectValue('主体负责人 · 应急联系电话', '13700137000'),
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      wpOffice: expectValue('网站负责人 · 办公室电话', '0571-88887777'),
      wpEmail: expectValue('网站负责人 · 电子邮箱', 'wangqiang@yunqi-demo.cn'),
      authLetter: expectMissing('网站负责人授权书'),
      fixNote: expectUntouched('修改说明'),
      saveClicks: expectUntouched('保存修改'),
      resubmitClicks: expectUntouched('重新提交初审'),
    },
  },
  {
    id: B.mpsSitePerson, build: B.mpsSitePerson, set: 'tuning', platform: 'mps', step: 'site', variant: '个人', library: 'opentiny',
    url: BUILD_URL.mps + B.mpsSitePerson, title: '公安备案 · 网站基本信息（个人，三段表单 + 服务商查询弹窗：查询结果选中后回填名称、编码、区域与电话；网站类型竖排单选，交互服务下拉，IP 单行文本，证书有效期区间）', entity: PERSON,
    about:
      'OpenTiny Vue 3.31 on Vue 3 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in person (个人用户), TinySteps (开办主体 → 网站基本信息 → 网站负责人 → 提示说明, FORMS §2.3), then three titled blocks with LEFT labels: 网站信息 — 网站名称 (FORMS §2.3: identical to the ICP name), 工信部备案号 (FORMS §3.4 on blur; the profile has none yet: missing), 网站开通日期 a TinyDatePicker, 主域名 (apex, blur), 从域名 ONE text, several separated by commas (the profile has none), 网站IP ONE text, several separated by ; or , (IPv4 / IPv6 checked on blur), 域名证书有效期 a TinyDatePicker DATERANGE ([BRIEF]); 服务信息 — 网站类型 a VERTICAL TinyRadio list of FORMS §2.3\'s letter codes (the value is the letter: Z), 是否提供互联网交互服务 a TinySelect 是 / 否 (是 REVEALS 交互服务类型 checkboxes, FORMS §5 free list), 互联网危险物品信息发布 TinyRadios 是 / 否, 相关前置许可 a TinyCheckboxGroup (FORMS §2.3 old items; none), 网站语种 a MULTIPLE TinySelect of the 公安 list; 接入信息 — the two provider blocks side by side (FORMS §2.3 / §2.5), each 名称 a TinyInput with a 查询 button opening a TinyDIALOG-BOX (keyword search answered after a delay, a result list with 选择: picking FILLS 名称, 接入商编码, 所属区域 and 联系电话 and sets 境内; every field stays editable), 所属地区管辖 TinyRadios 境内 / 境外, 所属区域 a FILTERABLE whole-tree TinyCascader, 网站接入方式 a TinySelect (access only), 联系电话, 接入商编码 (access only; USCC chars 9–17); 上一步 / 保存 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      icpNumber: expectMissing('工信部备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('主域名', 'zhangwei-notes.cn'),
      subDomains: expectValue('从域名', []),
      ips: expectValue('网站IP', ['47.96.12.34']),
      domainCert: expectValue('域名证书有效期', ['2025-11-18', '2027-11-18'], true),
      category: expectValue('网站类型', 'Z'),
      interactive: expectValue('是否提供互联网交互服务', '否'),
      dangerous: expectValue('互联网危险物品信息发布', '否'),
      preLicences: expectValue('相关前置许可', []),
      languages: expectValue('网站语种', ['中文简体']),
      apName: expectValue('网络接入服务商 · 名称', '阿里云计算有限公司'),
      apJurisdiction: expectValue('网络接入服务商 · 所属地区管辖', '境内'),
      apRegion: expectPath('网络接入服务商 · 所属区域', YH_REGION),
      apMethod: expectValue('网络接入服务商 · 网站接入方式', '租赁虚拟空间'),
      apPhone: expectValue('网络接入服务商 · 联系电话', '95187'),
      apCode: expectValue('网络接入服务商 · 接入商编码', '673959654'),
      rgName: expectValue('域名注册服务商 · 名称', '阿里云计算有限公司（原万网）'),
      rgJurisdiction: expectValue('域名注册服务商 · 所属地区管辖', '境内'),
      rgRegion: expectPath('域名注册服务商 · 所属区域', YH_REGION),
      rgPhone: expectValue('域名注册服务商 · 联系电话', '010-65985888'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.mpsPrincipalUnit, build: B.mpsPrincipalUnit, set: 'tuning', platform: 'mps', step: 'principal', variant: '单位', library: 'tdesign',
    url: BUILD_URL.mps + B.mpsPrincipalUnit, title: '公安备案 · 网站负责人（单位，行内表单：每个角色一张卡片、字段横向流式排列；同开办主体负责人勾选复制，有效期区间选择 / 长期切换为单个起始日期，证件照三张）', entity: UNIT,
    about:
      'TDesign React 1.18 on React 19 (the platform is likely Vue 3: FORMS §4 [INF]); platform header with the signed-in unit (法人用户), TDesign Steps (FORMS §2.3 four steps, 网站负责人 current), a read-only line naming the 开办主体负责人 held from step 1 (李娜, masked ID), then one card per ROLE (FORMS §2.4) whose fields sit in an INLINE TDesign Form (label left of each control, several controls a row, wrapping), the role named only by the card title: 网站安全负责人 (the profile\'s securityOfficer 王强) — 同开办主体负责人 a tick (copies the principal and locks; 王强 is not 李娜: unticked), 姓名, 证件类型 a Select of FORMS §2.2\'s 公安 person list, 证件号码 (GB 11643 on blur), 证件有效期 a TDesign DATE RANGE picker with a 长期 tick beside it (长期 SWAPS the range for ONE 起始日期 picker), 手机号码, 电子邮件地址, 证件照片 正面 / 反面 / 手持 three image Uploads (FORMS §2.4; the profile has no ID photo of 王强: missing); 网站应急联络人 (the profile\'s emergencyContact is the principal 李娜) — 同开办主体负责人 a tick (COPIES 李娜: name, document, number, validity 长期 from 2016-05-10, phone; locks the row), 联络人姓名, 证件类型, 证件号码, 证件有效期 (the same range / 长期 widget), 联系电话 (FORMS §2.4: phone in the new UI [INF]); the 责任告知书 tick (FORMS §2.4 提示说明: a human step); 上一步 / 保存 / 下一步',
    expect: {
      secSame: expectValue('网站安全负责人 · 同开办主体负责人', false),
      secName: expectValue('网站安全负责人 · 姓名', '王强'),
      secCertType: expectValue('网站安全负责人 · 证件类型', '居民身份证'),
      secCertNumber: expectValue('网站安全负责人 · 证件号码', '110105198808123011'),
      secValidFrom: expectValue('网站安全负责人 · 证件有效期起', '2020-08-12'),
      secValidTo: expectValue('网站安全负责人 · 证件有效期止', '2040-08-12'),
      secLongTerm: expectValue('网站安全负责人 · 长期', false),
      secMobile: expectValue('网站安全负责人 · 手机号码', '18600186000'),
      secEmail: expectValue('网站安全负责人 · 电子邮件地址', 'wangqiang@yunqi-demo.cn'),
      secIdFront: expectMissing('网站安全负责人 · 证件照片 · 正面'),
      secIdBack: expectMissing('网站安全负责人 · 证件照片 · 反面'),
      secIdHand: expectMissing('网站安全负责人 · 证件照片 · 手持'),
      emgSame: expectValue('网站应急联络人 · 同开办主体负责人', true),
      emgName: expectValue('网站应急联络人 · 联络人姓名', '李娜'),
      emgCertType: expectValue('网站应急联络人 · 证件类型', '居民身份证'),
      emgCertNumber: expectValue('网站应急联络人 · 证件号码', '330110198511204525'),
      emgValidFrom: expectValue('网站应急联络人 · 证件有效期起', '2016-05-10'),
      emgLongTerm: expectValue('网站应急联络人 · 长期', true),
      emgPhone: expectValue('网站应急联络人 · 联系电话', '13600136000'),
      notice: expectUntouched('我已阅读并知悉《互联网信息服务单位网络安全责任告知书》'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.oldSubjectPerson, build: B.oldSubjectPerson, set: 'tuning', platform: 'beian-old', step: 'subject', variant: '个人', library: 'server-rendered',
    url: BUILD_URL.old + B.oldSubjectPerson, title: '旧公安备案平台 · 开办主体（个人，性质下拉切换个人 / 单位两张表，证件有效期按身份证背面格式一行文本，常住地址三级下拉经接口加载，三个文件框）', entity: PERSON,
    about:
      'server-rendered HTML over http (inline script); the old portal\'s 开办主体 step for a person (generations 6 and 11 built it, their layouts named \'fieldsets\' and \'citypicker\') in a NEW layout: a banner + menu bar, then ONE page holding BOTH forms — 开办主体性质 a coded <select> (FORMS §2.2 old codes: 企业 01, 个人 00, 个体经营 02 …) SHOWS the person\'s <table> for 00 and the unit\'s for the others (the hidden table\'s fields stay in the page); the person\'s table (<td> names, no <label for>; FORMS §2.2): 负责人姓名, 证件类型 a coded <select> (FORMS §2.2 person codes, 居民身份证 01), 证件号码 (GB 11643 on blur), 证件有效期 ONE text line as printed on the back of the ID card ("2018.03.01-2038.03.01" or "…-长期"; checked on blur), 负责人证件 正面 / 反面 / 手持 three <input type=file> (the profile has 张伟\'s front only: the back and the hand-held photo missing), 负责人常住地址 three chained <select>s from the portal\'s AREA API over XHR + 详细地址, 办公室电话 (FORMS §2.2 required; the profile has none for 张伟: missing), 手机号码, 负责人邮箱; 验证码 (a human step), 保存 / 下一步 (<input type=button>)',
    expect: {
      kind: expectValue('开办主体性质', '个人'),
      name: expectValue('负责人姓名', PERSON),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      validity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      idFront: expectValue('负责人证件 · 正面', ['zhangwei-id-front.png']),
      idBack: expectMissing('负责人证件 · 反面'),
      idHand: expectMissing('负责人证件 · 手持'),
      homeRegion: expectPath('负责人常住地址', ZW_REGION),
      homeDetail: expectValue('负责人常住地址 · 详细地址', ZW_DETAIL),
      office: expectMissing('办公室电话'),
      mobile: expectValue('手机号码', '13800138000'),
      email: expectValue('负责人邮箱', 'zhangwei@example.com'),
      captcha: expectUntouched('验证码'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.tencentSiteUnit, build: B.tencentSiteUnit, set: 'tuning', platform: 'tencent', step: 'site', variant: '单位', library: 'element-plus',
    url: TENCENT + B.tencentSiteUnit, title: '腾讯云 · 填写网站信息（单位，可增删的网站标签页：网站1 + 添加网站；域名可创建多选，首页自动补全，服务内容可搜索下拉，语言按钮多选，前置审批单选显示项目，有效期区间 + 长期）', entity: UNIT,
    about:
      'Element Plus 2.14 on Vue 3 (FORMS §1.10: Tencent\'s library is [INF], Tea or TDesign); Tencent Cloud dark top bar + left nav, el-Steps (验证备案类型 → 填写主体信息 → 填写网站信息 → 上传资料 → 提交, FORMS §1.10), a read-only strip of the 主体 (单位名称, 主体负责人 李娜), then EDITABLE CARD el-TABS, one tab per SITE of the order (网站1 on arrival; + 添加网站 adds an empty 网站2, × closes a tab: an order may file several sites); in 网站1, LEFT labels, two groups: 网站基本信息 — 网站名称 (FORMS §3.6 on blur), 网站域名 an el-select MULTIPLE FILTERABLE ALLOW-CREATE (type, Enter; apex checked), 网站首页 an el-AUTOCOMPLETE suggesting www.<domain> / <domain> (FORMS §1.4 首页URL), 网站服务内容 a filterable el-select of FORMS §1.9, 网站语言 el-CHECKBOX-BUTTONs (FORMS §1.4 list), 前置审批 el-radios 不涉及 / 涉及 (涉及 REVEALS the FORMS §1.4 items; the profile has none); 网站负责人 (FORMS §1.4; the profile\'s webPrincipal 王强) — 负责人姓名, 证件类型 an el-select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期 an el-date-picker DATERANGE + a 长期 tick (disables the range), 手机号码, 应急联系电话 (must differ), 办公电话 (FORMS §1.3 办公室电话, optional), 电子邮箱; 网站备注 an el-input textarea (untouched); 上一步 / 保存 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '云栖示例科技官网'),
      domains: expectValue('网站域名', ['yunqi-demo.cn', 'yunqi-demo.com.cn']),
      homeUrl: expectValue('网站首页', 'www.yunqi-demo.cn'),
      content: expectValue('网站服务内容', '单位门户网站'),
      languages: expectValue('网站语言', ['中文简体', '英语']),
      preApproval: expectValue('前置审批', '不涉及'),
      wpName: expectValue('负责人姓名', '王强'),
      wpCertType: expectValue('证件类型', '居民身份证'),
      wpCertNumber: expectValue('证件号码', '110105198808123011'),
      wpValidity: expectValue('证件有效期', ['2020-08-12', '2040-08-12'], true),
      wpLongTerm: expectValue('长期', false),
      wpMobile: expectValue('手机号码', '18600186000'),
      wpEmergency: expectValue('应急联系电话', '18700187000'),
      wpOffice: expectValue('办公电话', '0571-88887777'),
      wpEmail: expectValue('电子邮箱', 'wangqiang@yunqi-demo.cn'),
      remark: expectUntouched('网站备注'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: B.huaweiSubjectPerson, build: B.huaweiSubjectPerson, set: 'tuning', platform: 'huawei', step: 'subject', variant: '个人', library: 'fusion-next',
    url: HUAWEI + B.huaweiSubjectPerson, title: '华为云 · 填写主体信息（个人，包裹式标签页三页 + 下一项按钮：主办者信息 / 主体负责人 / 联系方式；证件地址可搜索级联，通信地址同证件地址开关，有效期区间 + 长期）', entity: PERSON,
    about:
      'Fusion Next 1.27 on React 18 (FORMS §1.10: Huawei\'s console library is reported as OpenTiny, [INF]); Huawei black top bar + left nav, a Fusion Step of Huawei\'s order (基础信息校验 → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验, FORMS §1.10), then WRAPPED Fusion TABS as a wizard (主办者信息 / 主体负责人 / 联系方式; every pane rendered, the inactive ones hidden; 上一项 / 下一项 buttons under the panes), LEFT labels: 主办者信息 — 主办人姓名, 证件类型, 证件号码 READ-ONLY from 基础信息校验, 证件地址 a SEARCHABLE whole-tree Fusion CascaderSelect + 证件地址 · 详细地址 (FORMS §1.10: 证件住址 wording), 通信地址同证件地址 a SWITCH (on copies and hides the mailing rows), 通信地址 a LAZY Fusion CascaderSelect (each level fetched) + 通信地址 · 详细地址 (to the door number, blur), 投资人或主管单位 (FORMS §1.3: an individual writes his own name); 主体负责人 — 负责人姓名, 证件类型 a Select (FORMS §1.3 list), 证件号码 (GB 11643 on blur), 证件有效期 a Fusion RANGE picker + a 长期 tick (disables it); 联系方式 — 手机号码, 应急联系电话 (must differ), 办公室电话 (optional; the profile has none for 张伟: not asked), 电子邮箱; 上一步 / 保存 / 下一步',
    expect: {
      certRegion: expectPath('证件地址', ZW_REGION),
      certDetail: expectValue('证件地址 · 详细地址', ZW_DETAIL),
      mailRegion: expectPath('通信地址', ZW_REGION),
      mailDetail: expectValue('通信地址 · 详细地址', ZW_DETAIL),
      investor: expectValue('投资人或主管单位', PERSON),
      prName: expectValue('负责人姓名', PERSON),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330106199003071236'),
      prValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      prLongTerm: expectValue('长期', false),
      mobile: expectValue('手机号码', '13800138000'),
      emergency: expectValue('应急联系电话', '13900139000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      prevClicks: expectUntouched('上一步'),
      saveClicks: expectUntouched('保存'),
      nextClicks: expectUntouched('下一步'),
    },
  },
];
