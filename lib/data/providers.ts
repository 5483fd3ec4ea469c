/**
 * Built-in directory of access providers (接入商) and domain registrars (域名注册服务商), FORMS.md §2.5.
 * Every value carries its source key (FORMS.md source list) and confidence tag:
 *   C2 = two or more sources, C1 = one source, INF = inferred, BRIEF = product requirement, unconfirmed.
 * A site picks one entry; the values are copied into the site and stay editable there.
 * To correct a value, edit it here (and its confidence) — nothing else hard-codes these.
 */
export type Confidence = 'C2' | 'C1' | 'INF' | 'BRIEF';
export interface Sourced<T = string> { value: T; source: string; confidence: Confidence }

export interface ProviderEntry {
  id: string;
  role: 'access' | 'registrar';
  name: Sourced;
  jurisdiction: Sourced<'境内' | '境外'>;
  region?: Sourced<{ province: string; city: string; district: string }>;
  code?: Sourced; // 组织机构代码 / 接入商编码 (USCC chars 9–17)
  uscc?: Sourced;
  phone?: Sourced;
  accessMethods?: Sourced<string[]>;
  licence?: Sourced;
}

const s = <T,>(value: T, source: string, confidence: Confidence): Sourced<T> => ({ value, source, confidence });

export const PROVIDERS: readonly ProviderEntry[] = [
  {
    id: 'aliyun-access',
    role: 'access',
    name: s('阿里云计算有限公司', 'S3, S1', 'C2'),
    jurisdiction: s('境内', 'S1', 'BRIEF'),
    // USCC area code 330106 is 西湖区 (registration authority); the product brief says 余杭区: verify live.
    region: s({ province: '浙江省', city: '杭州市', district: '余杭区' }, 'S1', 'BRIEF'),
    uscc: s('91330106673959654P', 'S3', 'C2'),
    code: s('673959654', 'S1 + USCC chars 9–17', 'C2'),
    phone: s('95187', 'S1', 'BRIEF'),
    accessMethods: s(['租赁虚拟空间', '租赁主机'], 'S1; option names S9, S32', 'BRIEF'),
  },
  {
    id: 'aliyun-registrar',
    role: 'registrar',
    name: s('阿里云计算有限公司（原万网）', 'S3, S60', 'C2'),
    jurisdiction: s('境内', 'S1', 'BRIEF'),
    region: s({ province: '浙江省', city: '杭州市', district: '余杭区' }, 'S1', 'BRIEF'),
    phone: s('010-65985888', 'S1', 'BRIEF'),
    licence: s('浙D3-20210002', 'S3', 'C1'),
  },
  {
    id: 'tencent-access',
    role: 'access',
    name: s('腾讯云计算（北京）有限责任公司', 'S9, S16', 'C2'),
    jurisdiction: s('境内', 'S9', 'C1'),
    region: s({ province: '北京市', city: '市辖区', district: '海淀区' }, 'S9', 'C1'),
    uscc: s('911101085636549482', 'S61', 'C1'),
    code: s('56365494-8', 'S9, S61', 'C2'),
    phone: s('4009-100-100', 'S9', 'C1'),
    accessMethods: s(['租赁主机', '租赁虚拟空间'], 'S9, S16', 'C1'),
  },
  {
    id: 'xinnet-registrar',
    role: 'registrar',
    // Tencent-sold domains were registered through 新网 in the old doc (S9); Tencent may now register itself [INF].
    name: s('北京新网数码信息技术有限公司', 'S9, S60', 'C2'),
    jurisdiction: s('境内', 'S9', 'C1'),
    region: s({ province: '北京市', city: '市辖区', district: '大兴区' }, 'S9', 'C1'),
  },
  {
    id: 'huawei-access',
    role: 'access',
    // Name not found in sources: contracting entity inferred (S62). Phone is the ICP hotline (S30).
    name: s('华为云计算技术有限公司', 'S62', 'INF'),
    jurisdiction: s('境内', 'S62', 'INF'),
    phone: s('4000-955-988', 'S30', 'C1'),
  },
  {
    id: 'baidu-access',
    role: 'access',
    name: s('北京百度网讯科技有限公司', 'S63', 'INF'),
    jurisdiction: s('境内', 'S63', 'INF'),
  },
  {
    id: 'pingan-access',
    role: 'access',
    name: s('深圳平安通信科技有限公司', 'S54', 'C1'),
    jurisdiction: s('境内', 'S54', 'C1'),
  },
  {
    id: 'yovole-access',
    role: 'access',
    name: s('上海有孚计算机网络有限公司', 'S32', 'C1'),
    jurisdiction: s('境内', 'S32', 'C1'),
    accessMethods: s(['租赁虚拟空间'], 'S32', 'C1'),
  },
];

export function providerById(id: string | undefined): ProviderEntry | undefined {
  return id ? PROVIDERS.find((p) => p.id === id) : undefined;
}
