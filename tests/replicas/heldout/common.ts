/** Shared bits of the held-out replica apps (no library code here). */
export const build = (): string => new URLSearchParams(location.search).get('replicaBuild') ?? '';

/** The subject principal the console already holds from the previous step (what 同主体负责人 copies). */
export const SUBJECT_PRINCIPAL = {
  单位: {
    name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', validFrom: '2016-05-10', validTo: '', longTerm: true,
    mobile: '13600136000', emergency: '13700137000', email: 'lina@yunqi-demo.cn',
  },
  个人: {
    name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', validFrom: '2018-03-01', validTo: '2038-03-01', longTerm: false,
    mobile: '13800138000', emergency: '13900139000', email: 'zhangwei@example.com',
  },
};

/** Person ID types on ICP forms (MIIT list, §1.7). */
export const ICP_PERSON_CERTS = ['居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '港澳居民居住证', '台湾居民居住证'];
/** Person ID types on the 公安 platform (§2.2). */
export const MPS_PERSON_CERTS = ['居民身份证', '临时居民身份证', '军官证', '机动车驾驶证', '外交护照', '公务护照', '普通护照', '入出境通行证', '香港特别行政区护照', '澳门特别行政区护照', '居住证', '其他证件'];
export const NATURES = ['国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会', '律师执业机构', '外国在华文化中心', '群众性团体组织', '司法鉴定机构', '宗教团体', '境外机构', '医疗机构', '公证机构', '集体经济', '仲裁机构'];
/** Unit certificate types by nature (a slice of §1.7). */
export function certTypesFor(nature: string): string[] {
  switch (nature) {
    case '企业': return ['营业执照（个人或企业）', '组织机构代码证', '统一社会信用代码证书', '外国企业常驻代表机构登记证'];
    case '个人': return ICP_PERSON_CERTS;
    case '事业单位': return ['事业单位法人证书', '组织机构代码证', '统一社会信用代码证书'];
    case '政府机关': return ['组织机构代码证', '统一社会信用代码证书'];
    case '社会团体': return ['社会团体法人登记证书', '组织机构代码证'];
    case '民办非企业单位': return ['民办非企业单位登记证书', '组织机构代码证'];
    case '基金会': return ['基金会法人登记证书'];
    case '律师执业机构': return ['律师事务所执业许可证'];
    default: return ['组织机构代码证', '统一社会信用代码证书', '境外机构证件'];
  }
}
export const ICP_LANGUAGES = ['中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'];
export const ICP_CONTENT = ['即时通信', '搜索引擎', '综合门户', '网上邮局', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站', '网络购物', '网上支付', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网上求职', '网络教育', '网站建设', '其他'];
export const ICP_PRE_APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目'];
export const MPS_LANGUAGES = ['英语', '法语', '俄语', '西班牙语', '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '阿拉伯语', '朝鲜语', '日语', '德语', '其他'];

/** Install window.__replica over a state getter; returns the change bump. */
export function expose(platform: string, step: string, variant: string | undefined, getState: () => Record<string, unknown>): () => void {
  const r = { platform, step, variant, getState, changes: 0 };
  (window as unknown as { __replica: typeof r }).__replica = r;
  return () => void r.changes++;
}
