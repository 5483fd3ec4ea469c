/**
 * Option lists of the filing forms, as data. Source: ../shared/domain/FORMS.md (section and confidence
 * tag beside each table). Forms are matched on these labels, never on numeric codes: the same list is
 * numbered differently across systems (FORMS.md §1.6 note).
 */

/** 主办单位性质 (§1.6). Codes are the MIIT legacy-system codes [C1: S17]; the labels are [C2]. */
export const ENTITY_NATURES = [
  { code: 1, label: '国防机构' },
  { code: 2, label: '政府机关' },
  { code: 3, label: '事业单位' },
  { code: 4, label: '企业' },
  { code: 5, label: '个人' },
  { code: 6, label: '社会团体' },
  { code: 9, label: '民办非企业单位' },
  { code: 10, label: '基金会' },
  { code: 11, label: '律师执业机构' },
  { code: 12, label: '外国在华文化中心' },
  { code: 13, label: '群众性团体组织' },
  { code: 14, label: '司法鉴定机构' },
  { code: 15, label: '宗教团体' },
  { code: 16, label: '境外机构' },
  { code: 17, label: '医疗机构' },
  { code: 18, label: '公证机构' },
  { code: 19, label: '集体经济' },
  { code: 20, label: '仲裁机构' },
] as const;
export type EntityNature = (typeof ENTITY_NATURES)[number]['label'];

/**
 * The old 公安 portal asks 开办主体性质 from its own list (§2.2: 企业01, 个人00, 个体经营02, 事业单位03,
 * 军队04, 政府机关05, 社会团体06, 民办非企业07, 基金会08, 律师事务所09 [C1: S32]): a 单位 answers with its
 * nature. Where that list words a nature differently from §1.6 the old wording is here; which §1.6 nature
 * each old entry stands for is inferred from the words [INF].
 */
export const OLD_PSB_NATURE_WORDS: Readonly<Partial<Record<EntityNature, readonly string[]>>> = {
  民办非企业单位: ['民办非企业'],
  律师执业机构: ['律师事务所'],
  国防机构: ['军队'],
};
export const ENTITY_NATURE_LABELS = ENTITY_NATURES.map((n) => n.label) as [EntityNature, ...EntityNature[]];

/**
 * Unit certificate types (§1.7) and which 主办单位性质 they belong to. The nature mapping is
 * [INF] from the MIIT code table (one 组织机构代码证 code per nature); the labels are [C2].
 * 统一社会信用代码证书 / 营业执照 are offered to every unit nature, as the consoles do today.
 */
export const UNIT_CERT_TYPES: ReadonlyArray<{ label: string; natures: readonly EntityNature[] | 'all' }> = [
  { label: '营业执照（个人或企业）', natures: ['企业'] },
  { label: '统一社会信用代码证书', natures: 'all' },
  { label: '组织机构代码证', natures: 'all' },
  { label: '事业单位法人证书', natures: ['事业单位'] },
  { label: '部队代号', natures: ['国防机构'] },
  { label: '军队单位对外有偿服务许可证', natures: ['国防机构'] },
  { label: '社会团体法人登记证书', natures: ['社会团体', '群众性团体组织'] },
  { label: '民办非企业单位登记证书', natures: ['民办非企业单位'] },
  { label: '社会服务机构登记证书', natures: ['民办非企业单位'] },
  { label: '民办学校办学许可证', natures: ['民办非企业单位'] },
  { label: '基金会法人登记证书', natures: ['基金会'] },
  { label: '律师事务所执业许可证', natures: ['律师执业机构'] },
  { label: '外国在华文化中心登记证', natures: ['外国在华文化中心'] },
  { label: '宗教活动场所登记证', natures: ['宗教团体'] },
  { label: '外国企业常驻代表机构登记证', natures: ['企业', '境外机构'] },
  { label: '司法鉴定许可证', natures: ['司法鉴定机构'] },
  { label: '外国政府旅游部门常驻代表机构批准登记证', natures: ['境外机构'] },
  { label: '境外机构证件', natures: ['境外机构'] },
  { label: '境外非政府组织代表机构登记证书', natures: ['境外机构'] },
  { label: '外国驻华新闻机构证', natures: ['境外机构'] },
  { label: '港澳台地区旅游部门常驻代表机构批准登记证', natures: ['境外机构'] },
  { label: '医疗机构执业许可证', natures: ['医疗机构'] },
  { label: '公证机构执业证', natures: ['公证机构'] },
  { label: '北京市外国驻华使馆人员子女学校办学许可证', natures: ['民办非企业单位'] },
  { label: '农村集体经济组织登记证', natures: ['集体经济'] },
  { label: '仲裁委员会登记证', natures: ['仲裁机构'] },
];

/** Personal document types (§1.7, MIIT codes 2,7,11,14,30,41,42) [C2]. */
export const PERSON_CERT_TYPES = [
  '居民身份证',
  '护照',
  '台湾居民来往大陆通行证',
  '港澳居民来往内地通行证',
  '外国人永久居留身份证',
  '港澳居民居住证',
  '台湾居民居住证',
] as const;
export type PersonCertType = (typeof PERSON_CERT_TYPES)[number];

export function certTypesForNature(nature: EntityNature): string[] {
  if (nature === '个人') return [...PERSON_CERT_TYPES];
  return UNIT_CERT_TYPES.filter((c) => c.natures === 'all' || c.natures.includes(nature)).map((c) => c.label);
}

/** 网站服务内容 (§1.9, MIIT bit-flag list) [C1: S17]. */
export const SITE_CONTENT_TYPES = [
  '即时通信', '搜索引擎', '综合门户', '网上邮局', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站',
  '网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网络游戏', '网络音乐', '网络影视', '网络图片',
  '网络软件/下载', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', '其他', 'APP',
  '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付',
] as const;

/**
 * Site languages: the union of the ICP list (§1.4, MIIT codes 1–17) [C2] and the 公安 list (§2.3) [C1].
 * The platforms spell some differently (俄罗斯语 / 俄语); the form maps translate.
 */
export const SITE_LANGUAGES = [
  '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语',
  '英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语', '德语', '其他',
] as const;

/** 前置审批项 (§1.4) [C2]; newer finance items are [INF] and not listed. */
export const PRE_APPROVAL_ITEMS = [
  '新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目',
] as const;

/** ICP 服务类型 (§1.4) [C1: S14]: Alibaba fixes individual filings to 网站应用服务. */
export const SERVICE_TYPES = ['网站应用服务', 'App'] as const;

/** 公安 网站接入方式 (§2.3, §2.5): option names [C2: S9, S32]. */
export const ACCESS_METHODS = ['租赁虚拟空间', '租赁主机', '自有主机', '其他'] as const;

/**
 * 公安 交互服务类型 (asked when 是否提供互联网交互服务 = 是): suggestions only. [INF] No source gives the
 * new platform's list (FORMS.md §5); these follow §2.3's description of interactive services (forums,
 * comments, IM, cloud storage, app stores…). The profile keeps whatever wording the page uses.
 */
export const INTERACTIVE_SERVICE_KINDS = [
  '论坛社区', '博客/微博', '即时通讯', '网络直播', '网络评论', '网盘/云存储', '应用商店', '音视频分享', '其他',
] as const;

/** 公安 接入商/注册商 所属地区管辖 (§2.3) [C2]. */
export const JURISDICTIONS = ['境内', '境外'] as const;

/**
 * 公安 网站类型 (§2.3, new platform, letter-coded). A, C, E, G, Z are [C1]; B, D, F are [INF] from the
 * 互联网平台分类 scheme: correct them here when the live page is seen. `aliases`: other wordings of the
 * same letter that sources give (E: FORMS.md has "信息咨询/资讯", unsure which the page shows).
 */
export const PSB_SITE_CATEGORIES: readonly { code: string; label: string; confidence: 'C1' | 'INF'; aliases?: readonly string[] }[] = [
  { code: 'A', label: '网络基础类', confidence: 'C1' },
  { code: 'B', label: '网络销售类', confidence: 'INF' },
  { code: 'C', label: '生活服务类', confidence: 'C1' },
  { code: 'D', label: '社交文娱类', confidence: 'INF' },
  { code: 'E', label: '信息资讯类', confidence: 'C1', aliases: ['信息咨询类', '信息咨询', '信息资讯'] },
  { code: 'F', label: '金融服务类', confidence: 'INF' },
  { code: 'G', label: '计算机应用类', confidence: 'C1' },
  { code: 'Z', label: '其他', confidence: 'C1' },
];

/** The option texts a 网站类型 letter may show as: "E 信息资讯类", "E-信息资讯类", "E信息资讯类", "信息资讯类", for each wording. */
export function psbCategoryTexts(code: string): string[] {
  const c = PSB_SITE_CATEGORIES.find((x) => x.code === code);
  if (!c) return [];
  return [c.label, ...(c.aliases ?? [])].flatMap((l) => [`${c.code} ${l}`, `${c.code}-${l}`, `${c.code}${l}`, l]);
}

/** Kinds of stored documents (§1.5, §2.2, §2.4). */
export const DOCUMENT_KINDS = [
  'id-front', 'id-back', 'id-handheld', 'business-licence', 'domain-cert', 'authorization',
  'commitment', 'residence-permit', 'pre-approval', 'construction-plan', 'bianban', 'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
