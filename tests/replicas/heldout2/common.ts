/** Shared bits of the gen-2 held-out replica apps (option lists from FORMS.md; no library code). */
export const build = (): string => new URLSearchParams(location.search).get('replicaBuild') ?? '';

/** Install window.__replica over a state getter; returns the change bump. */
export function expose(platform: string, step: string, variant: string | undefined, getState: () => Record<string, unknown>): () => void {
  const r = { platform, step, variant, getState, changes: 0 };
  (window as unknown as { __replica: typeof r }).__replica = r;
  return () => void r.changes++;
}

/** The 主体负责人 the console already holds from the earlier step (what a 同主体负责人 control copies). */
export const HELD_PRINCIPAL = {
  单位: {
    name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', validFrom: '2016-05-10', validTo: '', longTerm: true,
    mobile: '13600136000', emergency: '13700137000', email: 'lina@yunqi-demo.cn',
  },
  个人: {
    name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', validFrom: '2018-03-01', validTo: '2038-03-01', longTerm: false,
    mobile: '13800138000', emergency: '13900139000', email: 'zhangwei@example.com',
  },
};

/** §1.6 主办单位性质 (MIIT code → label). */
export const NATURE_CODES: [string, string][] = [
  ['1', '国防机构'], ['2', '政府机关'], ['3', '事业单位'], ['4', '企业'], ['5', '个人'], ['6', '社会团体'], ['9', '民办非企业单位'],
  ['10', '基金会'], ['11', '律师执业机构'], ['12', '外国在华文化中心'], ['13', '群众性团体组织'], ['14', '司法鉴定机构'], ['15', '宗教团体'],
  ['16', '境外机构'], ['17', '医疗机构'], ['18', '公证机构'], ['19', '集体经济'], ['20', '仲裁机构'],
];
/** §1.7 person documents (MIIT code → label). */
export const ICP_PERSON_CERT_CODES: [string, string][] = [
  ['2', '居民身份证'], ['7', '护照'], ['11', '台湾居民来往大陆通行证'], ['14', '港澳居民来往内地通行证'], ['30', '外国人永久居留身份证'],
  ['41', '港澳居民居住证'], ['42', '台湾居民居住证'],
];
export const ICP_PERSON_CERTS = ICP_PERSON_CERT_CODES.map(([, l]) => l);
/** §1.7 unit certificates by nature code (a slice). */
export function certCodesFor(natureCode: string): [string, string][] {
  switch (natureCode) {
    case '5': return ICP_PERSON_CERT_CODES;
    case '4': return [['1', '营业执照（个人或企业）'], ['9', '组织机构代码证'], ['24', '统一社会信用代码证书'], ['27', '外国企业常驻代表机构登记证']];
    case '3': return [['4', '事业单位法人证书'], ['3', '组织机构代码证'], ['13', '统一社会信用代码证书']];
    case '2': return [['10', '组织机构代码证'], ['15', '统一社会信用代码证书']];
    case '6': return [['6', '社会团体法人登记证书'], ['12', '组织机构代码证']];
    case '9': return [['17', '民办非企业单位登记证书'], ['16', '组织机构代码证']];
    case '10': return [['19', '基金会法人登记证书']];
    case '11': return [['21', '律师事务所执业许可证']];
    case '17': return [['38', '医疗机构执业许可证']];
    default: return [['18', '组织机构代码证'], ['35', '境外机构证件']];
  }
}
/** §1.4 site languages (MIIT order). */
export const ICP_LANGUAGES = ['中文简体', '中文繁体', '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'];
/** §1.9 网站服务内容 (a selection as a console would offer it). */
export const ICP_CONTENT = ['综合门户', '单位门户网站', '网络新闻', '博客/个人空间', '网络广告/信息', '网络购物', '网上支付', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网上求职', '网络教育', '网站建设', '即时通信', '搜索引擎', '其他'];
export const ICP_PRE_APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目'];
/** §2.2 公安 person ID types (old codes). */
export const MPS_PERSON_CERT_CODES: [string, string][] = [
  ['01', '居民身份证'], ['02', '临时居民身份证'], ['03', '军官证'], ['04', '学生证'], ['05', '机动车驾驶证'], ['06', '外交护照'], ['07', '公务护照'],
  ['08', '因公普通护照'], ['09', '普通护照'], ['10', '入出境通行证'], ['11', '香港特别行政区护照'], ['12', '澳门特别行政区护照'], ['13', '其他证件'], ['14', '居住证'],
];
export const MPS_PERSON_CERTS = MPS_PERSON_CERT_CODES.map(([, l]) => l);
/** §2.2 公安 unit certificate types (old codes). */
export const MPS_UNIT_CERTS = ['统一社会信用代码证', '营业执照证书', '组织机构代码证', '其他'];
/** §2.3 网站语种 (old codes 01–15). */
export const MPS_LANGUAGES = ['英语', '法语', '俄语', '西班牙语', '中文简体', '中文繁体', '维吾尔语', '哈萨克语', '蒙古语', '藏语', '阿拉伯语', '朝鲜语', '日语', '德语', '其他'];
export const MPS_ACCESS_METHODS = ['租赁虚拟空间', '租赁主机', '主机托管', '自建机房', '其他'];
export const ACCESS_PROVIDERS = ['阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', '华为云计算技术有限公司', '深圳平安通信科技有限公司', '上海有孚计算机网络有限公司'];
export const REGISTRARS = ['阿里云计算有限公司（原万网）', '北京新网数码信息技术有限公司', '腾讯云计算（北京）有限责任公司', '厦门易名科技股份有限公司'];
