/**
 * RETIRED held-out builds (generation 3), now tuning builds. Their held-out score, by the engine before and
 * after the change that followed generation 2's retirement: bench/zoo-heldout3-first/ (before 99/108
 * filled, 7/12 missing flagged, 1 wrong; after 100/108, 8/12, 0 wrong). Generation 4 (tests/replicas/heldout4)
 * was written before the engine was changed against these, and is the held-out set now.
 *
 * The gen-3 builds and what a correct fill from docs/profile.example.json leaves in each page's
 * framework state. Written from /work/shared/domain/FORMS.md alone. Readings of FORMS.md where it is
 * unsure are noted at the expectation they decide.
 *
 * Entities: 单位 = 杭州云栖示例科技有限公司 (主体负责人 and 法定代表人 李娜; site 云栖示例科技官网 with 网站负责人 王强),
 * 个人 = 张伟 (he is his own 负责人 everywhere; site 张伟的读书笔记).
 */
import { BUILD_URL, expectMissing, expectPath, expectUntouched, expectValue, type ZooPage } from '../zoo/contract';

const UNIT = '杭州云栖示例科技有限公司';
const PERSON = '张伟';
const YUHANG = ['浙江省', '杭州市', '余杭区'];
const XIHU = ['浙江省', '杭州市', '西湖区'];

export const HELDOUT3_PAGES: ZooPage[] = [
  {
    id: 'heldout3-aliyun-basic-unit-elp', build: 'heldout3-aliyun-basic-unit-elp', set: 'tuning',
    platform: 'aliyun', step: 'basic', variant: '单位', library: 'element-plus', url: BUILD_URL.aliyun + 'heldout3-aliyun-basic-unit-elp',
    title: '阿里云 · 验证备案类型（单位，Element Plus 三栏）', entity: UNIT,
    about: 'Vue 3 + Element Plus; el-steps header, top-aligned el-form in a 3-column el-row grid inside one el-card; 备案地域 as a lazy el-cascader; 单位性质 → 证件类型 dependent el-selects; 单位名称; 证件号码 with a help line under the control; 网站域名 with a label tooltip icon; 网站/APP radio buttons; 备案服务号 (required, help line); 验证码 with an image; 信息校验 / 下一步',
    expect: {
      region: expectPath('备案地域', YUHANG),
      nature: expectValue('单位性质', '企业'),
      certType: expectValue('证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      unitName: expectValue('单位名称', UNIT),
      // one 网站域名 box for a site with two domains: the site's first (main) domain
      domain: expectValue('网站域名', 'yunqi-demo.cn'),
      // the profile names no 备案服务号 (nor an ECS instance id)
      serviceCode: expectMissing('备案服务号'),
      captcha: expectUntouched('验证码'),
      verifyClicks: expectUntouched('信息校验'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-aliyun-subject-unit-fusion', build: 'heldout3-aliyun-subject-unit-fusion', set: 'tuning',
    platform: 'aliyun', step: 'subject', variant: '单位', library: 'fusion-next', url: BUILD_URL.aliyun + 'heldout3-aliyun-subject-unit-fusion',
    title: '阿里云 · 填写主办者信息（单位，Fusion 表格）', entity: UNIT,
    about: 'Fusion Next 1.27 + React 18; two plain bordered <table>s (caption rows 主办单位信息 / 主体负责人信息), label <th> | control <td>, no Form.Item; 主办单位名称, 主办单位性质, 证件类型, 证件号码 and 所属区域 carried from step 1 and shown disabled; 证件类型 / 证件号码 repeated under the principal; 证件住所 textarea; 通信地址 as a searchable CascaderSelect + 详细地址 with a help line; 投资人或主管单位 and 负责人姓名 with Balloon tooltip icons; validity as a DatePicker2 RangePicker + 长期 checkbox (locks the end); 应急电话, 办公室电话, 电子邮箱; 即时通讯 optional; 保存 / 下一步',
    expect: {
      unitName: expectValue('主办单位名称', UNIT),
      nature: expectValue('主办单位性质', '企业'),
      certType: expectValue('证件类型', '营业执照（个人或企业）'),
      certNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      region: expectPath('所属区域', YUHANG),
      // 证件住所 is one text box: the certificate address written out, region names then the detail as stored
      certAddress: expectValue('证件住所', '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室'),
      mailRegion: expectPath('通信地址', YUHANG),
      mailDetail: expectValue('详细地址', '文一西路 969 号 2 幢 305 室'),
      investor: expectValue('投资人或主管单位', UNIT),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '居民身份证'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期', '2016-05-10'),
      prValidTo: expectValue('证件有效期', ''),
      prLongTerm: expectValue('长期', true),
      prMobile: expectValue('手机号码', '13600136000'),
      prEmergency: expectValue('应急电话', '13700137000'),
      prPhone: expectValue('办公室电话', '0571-88886666'),
      prEmail: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-aliyun-site-person-elp', build: 'heldout3-aliyun-site-person-elp', set: 'tuning',
    platform: 'aliyun', step: 'site', variant: '个人', library: 'element-plus', url: BUILD_URL.aliyun + 'heldout3-aliyun-site-person-elp',
    title: '阿里云 · 填写网站信息（个人，Element Plus 分隔线）', entity: PERSON,
    about: 'Vue 3 + Element Plus; right-aligned single-column el-form, sections marked only by el-dividers (网站基本信息 / 互联网信息服务负责人); 网站名称 with a tooltip icon; 网站域名 as an el-input-tag (type + Enter); 网站首页地址 with an http:// prepend; 服务类型 fixed to 网站应用服务 and disabled; 网站服务内容 el-select; 语言类型 as el-checkbox-buttons; 是否涉及前置审批 el-switch; validity as 证件有效期起 date + 是否长期有效 radios + 证件有效期止 date; 应急联系方式; 办公电话 optional; 网站备注 textarea with a help line; 上一步 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      domains: expectValue('网站域名', ['zhangwei-notes.cn']),
      homeUrl: expectValue('网站首页地址', 'www.zhangwei-notes.cn'),
      serviceType: expectValue('服务类型', '网站应用服务'),
      content: expectValue('网站服务内容', '其他'),
      languages: expectValue('语言类型', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', false),
      // an individual's 网站负责人 is the individual himself (webPrincipal: principal)
      webName: expectValue('姓名', '张伟'),
      webCertType: expectValue('证件类型', '居民身份证'),
      webCertNumber: expectValue('证件号码', '330106199003071236'),
      webValidFrom: expectValue('证件有效期起', '2018-03-01'),
      webLongTerm: expectValue('是否长期有效', '否'),
      webValidTo: expectValue('证件有效期止', '2038-03-01'),
      webMobile: expectValue('手机号码', '13800138000'),
      webEmergency: expectValue('应急联系方式', '13900139000'),
      webEmail: expectValue('电子邮件', 'zhangwei@example.com'),
      remark: expectValue('网站备注', '记录个人读书笔记，不涉及经营性内容。'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-aliyun-upload-person-antd', build: 'heldout3-aliyun-upload-person-antd', set: 'tuning',
    platform: 'aliyun', step: 'upload', variant: '个人', library: 'antd', url: BUILD_URL.aliyun + 'heldout3-aliyun-upload-person-antd',
    title: '阿里云 · 上传资料（个人，antd 卡片栅格）', entity: PERSON,
    about: 'antd 6 + React 19; materials as Cards in a 2-column Row/Col grid, each titled with the material (tooltip icon on some) holding an Upload.Dragger (beforeUpload → false) and a help line; 主办人身份证（正面）/（反面）, 《ICP备案信息真实性承诺书》 required, 域名证书 and 居住证 optional; 人脸核验 card with a 开始核验 button; 承诺 consent checkbox; 提交初审',
    expect: {
      idFront: expectValue('主办人身份证（正面）', ['zhangwei-id-front.png']),
      // the profile holds only the front of 张伟's ID and no signed 承诺书
      idBack: expectMissing('主办人身份证（反面）'),
      commitment: expectMissing('《ICP备案信息真实性承诺书》'),
      faceClicks: expectUntouched('开始核验'),
      agreed: expectUntouched('我已阅读并承诺所提交资料真实有效'),
      submitClicks: expectUntouched('提交初审'),
    },
  },
  {
    id: 'heldout3-mps-subject-person-fusion', build: 'heldout3-mps-subject-person-fusion', set: 'tuning',
    platform: 'mps', step: 'subject', variant: '个人', library: 'fusion-next', url: BUILD_URL.mps + 'heldout3-mps-subject-person-fusion',
    title: '公安备案 · 开办主体（个人，Fusion 标题分段）', entity: PERSON,
    about: 'Fusion Next 1.27 + React 18; horizontal Form (fixed left label column) in one column, sections marked only by <h3> headings (开办主体 / 负责人证件 / 常住地址 / 联系方式); 开办主体性质 as button-shaped radios; 姓名, 证件类型 and 证件号码 prefilled from the real-name account and disabled; validity as two DatePicker2 where the end picker has a 长期 footer button; 证件正面 / 证件反面 / 手持证件照 as Upload buttons with text lists; 常住地址 as three chained async Selects (省/市/区县) + 详细地址 with a help line; 办公室电话 required; 是否利用生成式人工智能 radios with a tooltip icon; 微信号 optional; 保存草稿 / 下一步',
    expect: {
      subjectKind: expectValue('开办主体性质', '个人'),
      name: expectValue('姓名', '张伟'),
      certType: expectValue('证件类型', '居民身份证'),
      certNumber: expectValue('证件号码', '330106199003071236'),
      validFrom: expectValue('证件有效期', '2018-03-01'),
      validTo: expectValue('证件有效期', '2038-03-01'),
      idFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      idBack: expectMissing('证件反面'),
      idHand: expectMissing('手持证件照'),
      resRegion: expectPath('常住地址', XIHU),
      resDetail: expectValue('详细地址', '文三路 100 号 1 幢 101 室'),
      // FORMS.md §2.2 lists 办公室电话 as required; 张伟 has no landline
      officePhone: expectMissing('办公室电话'),
      mobile: expectValue('手机号码', '13800138000'),
      email: expectValue('电子邮箱', 'zhangwei@example.com'),
      usesGenAI: expectValue('是否利用生成式人工智能', '否'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-mps-site-person-antd', build: 'heldout3-mps-site-person-antd', set: 'tuning',
    platform: 'mps', step: 'site', variant: '个人', library: 'antd', url: BUILD_URL.mps + 'heldout3-mps-site-person-antd',
    title: '公安备案 · 网站基本信息（个人，antd 分隔线）', entity: PERSON,
    about: 'antd 6 + React 19; Steps header, horizontal Form with left-aligned labels, sections marked only by Dividers (网站信息 / 网络接入服务商 / 域名注册服务商 / 网站服务); ICP备案号 (required, help line); 网站开通日期 DatePicker; 网站主域名; 网站从域名 tags Select (optional); 网站IP地址 rows with + 添加; 域名证书 Upload (optional) + 域名证书有效期 RangePicker; provider blocks with plain repeated labels (所属地区管辖 radios, 所属区域 non-lazy Cascader, 服务商名称 searchable Select, 接入方式 button radios, 联系电话, 组织机构代码); 是否提供互联网交互服务 Switch with a tooltip; 网站类型 Select whose state holds the letter code; 网站语种 checkbox group; 是否涉及前置审批 / 危险物品 radios; 保存草稿 / 下一步',
    expect: {
      siteName: expectValue('网站名称', '张伟的读书笔记'),
      // the profile has no ICP number yet (icpSiteNumber is empty)
      icpNumber: expectMissing('ICP备案号'),
      openedAt: expectValue('网站开通日期', '2025-11-20'),
      mainDomain: expectValue('网站主域名', 'zhangwei-notes.cn'),
      ips: expectValue('网站IP地址', ['47.96.12.34']),
      domainCertValidity: expectValue('域名证书有效期', ['2025-11-18', '2027-11-18'], true),
      apJurisdiction: expectValue('所属地区管辖', '境内'),
      apRegion: expectPath('所属区域', YUHANG),
      apName: expectValue('服务商名称', '阿里云计算有限公司'),
      apMethod: expectValue('接入方式', '租赁虚拟空间'),
      apPhone: expectValue('联系电话', '95187'),
      apCode: expectValue('组织机构代码', '673959654'),
      rgJurisdiction: expectValue('所属地区管辖', '境内'),
      rgRegion: expectPath('所属区域', YUHANG),
      rgName: expectValue('服务商名称', '阿里云计算有限公司（原万网）'),
      rgPhone: expectValue('联系电话', '010-65985888'),
      interactive: expectValue('是否提供互联网交互服务', false),
      // the page's state holds the category's letter code (psbCategory Z = 其他)
      siteType: expectValue('网站类型', 'Z'),
      languages: expectValue('网站语种', ['中文简体']),
      preApproval: expectValue('是否涉及前置审批', '否'),
      dangerous: expectValue('是否提供危险物品信息发布服务', '否'),
      saveClicks: expectUntouched('保存草稿'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-mps-principal-person-elp', build: 'heldout3-mps-principal-person-elp', set: 'tuning',
    platform: 'mps', step: 'principal', variant: '个人', library: 'element-plus', url: BUILD_URL.mps + 'heldout3-mps-principal-person-elp',
    title: '公安备案 · 网站负责人（个人，Element Plus 折叠面板）', entity: PERSON,
    about: 'Vue 3 + Element Plus; el-steps header, an el-collapse with two open panels (网站安全负责人 / 网站应急联络人), each a single-column left-aligned el-form (label-width 140) with identical plain labels in both panels and a 同主体负责人信息 el-switch row at the top (on copies and locks); tooltip icons in some labels; 证件类型 el-select (公安 list); validity as an el-date-picker daterange + 长期 checkbox; 证件正面 / 证件反面 / 手持证件照 as captioned picture-card el-uploads under one 证件照片 label; 固定电话 optional; 上一步 / 下一步',
    expect: {
      // 个人: the security officer and the emergency contact are 张伟 himself (kind: principal); filled directly or copied by the switch, the fields hold the same
      secName: expectValue('姓名', '张伟'),
      secCertType: expectValue('证件类型', '居民身份证'),
      secCertNumber: expectValue('证件号码', '330106199003071236'),
      secValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      secLongTerm: expectValue('长期', false),
      secMobile: expectValue('手机号码', '13800138000'),
      secEmail: expectValue('电子邮件地址', 'zhangwei@example.com'),
      secIdFront: expectValue('证件正面', ['zhangwei-id-front.png']),
      secIdBack: expectMissing('证件反面'),
      secIdHand: expectMissing('手持证件照'),
      emgName: expectValue('姓名', '张伟'),
      emgCertType: expectValue('证件类型', '居民身份证'),
      emgCertNumber: expectValue('证件号码', '330106199003071236'),
      emgValidity: expectValue('证件有效期', ['2018-03-01', '2038-03-01'], true),
      emgLongTerm: expectValue('长期', false),
      // the emergency contact's 手机号码 is that person's own mobile, not his emergency number
      emgMobile: expectValue('手机号码', '13800138000'),
      nextClicks: expectUntouched('下一步'),
    },
  },
  {
    id: 'heldout3-beian-old-subject-unit-native', build: 'heldout3-beian-old-subject-unit-native', set: 'tuning',
    platform: 'beian-old', step: 'subject', variant: '单位', library: 'server-rendered', url: BUILD_URL.old + 'heldout3-beian-old-subject-unit-native',
    title: '公安备案旧平台 · 开办主体（单位，表格）', entity: UNIT,
    about: 'server-rendered HTML over http; one bordered <table> with header rows 开办主体信息 / 负责人信息 / 联系方式, 4 cells per row (label <td> with "：" and a red star | control), no <label for>; selects with the old numeric codes as values and in the state; 证件类型 and 证件号码 repeated for unit and principal; 单位办公地址 and 负责人常住地址 as three chained async <select>s + 详细地址; 有效证件 and three photo <input type=file>; validity as two <input type=date> + 长期 checkbox (locks the end); help lines under some controls; 传真 optional; 验证码 with image; 保 存 / 提 交',
    expect: {
      kind: expectValue('开办主体性质', '01'),
      unitName: expectValue('主办单位名称', UNIT),
      // the profile's 营业执照（个人或企业） read by name as 营业执照证书 (01), although its number is a USCC (统一社会信用代码证 00)
      unitCertType: expectValue('证件类型', '01'),
      unitCertNumber: expectValue('证件号码', '91330110MA2H3K7Q18'),
      licence: expectValue('有效证件', ['yunqi-licence.png']),
      legalRep: expectValue('法人代表人姓名', '李娜'),
      officeRegion: expectPath('单位办公地址', YUHANG),
      officeDetail: expectValue('详细地址', '文一西路 969 号 2 幢 305 室'),
      prName: expectValue('负责人姓名', '李娜'),
      prCertType: expectValue('证件类型', '01'),
      prCertNumber: expectValue('证件号码', '330110198511204525'),
      prValidFrom: expectValue('证件有效期', '2016-05-10'),
      prValidTo: expectValue('证件有效期', ''),
      prLongTerm: expectValue('长期', true),
      // 李娜 has no ID photos in the profile
      prIdFront: expectMissing('身份证正面'),
      prIdBack: expectMissing('身份证反面'),
      prIdHand: expectMissing('手持身份证'),
      resRegion: expectPath('负责人常住地址', YUHANG),
      resDetail: expectValue('详细地址', '文一西路 969 号 2 幢 305 室'),
      officePhone: expectValue('办公室电话', '0571-88886666'),
      mobile: expectValue('手机号码', '13600136000'),
      email: expectValue('电子邮箱', 'lina@yunqi-demo.cn'),
      captcha: expectUntouched('验证码'),
      saveClicks: expectUntouched('保 存'),
      submitClicks: expectUntouched('提 交'),
    },
  },
];
