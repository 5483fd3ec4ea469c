/**
 * Shared bits of the gen-11 replica apps (no library code). Written self-contained, as a copy of generation
 * 10's with additions; once generation 11 was retired, the copy became a re-export of generation 10's file:
 * window.__replica, the state snapshot, the region tree with async loading, the option lists of FORMS.md.
 * Here: this generation's asset prefix (it wins over generation 10's) and what generation 11 added.
 */
/** The asset prefix of generation 11 (bundles and stylesheets). */
export const PREFIX = '/__heldout11/';

// everything of generation 10's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout10/common';

/* ------------------------------------------------------------------ added in generation 11 */

/**
 * FORMS §2.3: the new platform's letter-coded 网站类型 with sub-items where FORMS names some (C: education items, G: G4
 * 应用工具类). B / D / F are FORMS's inference; the sub-item codes other than G4 (C1, C9, G9) are this set's assumption.
 */
export const MPS_CATEGORY_TREE: { value: string; label: string; children?: { value: string; label: string }[] }[] = [
  { value: 'A', label: 'A 网络基础类' },
  { value: 'B', label: 'B 网络销售类' },
  { value: 'C', label: 'C 生活服务类', children: [{ value: 'C1', label: 'C1 教育服务' }, { value: 'C9', label: 'C9 其他生活服务' }] },
  { value: 'D', label: 'D 社交文娱类' },
  { value: 'E', label: 'E 信息资讯类' },
  { value: 'F', label: 'F 金融服务类' },
  { value: 'G', label: 'G 计算机应用类', children: [{ value: 'G4', label: 'G4 应用工具类' }, { value: 'G9', label: 'G9 其他计算机应用' }] },
  { value: 'Z', label: 'Z 其他' },
];
/** §2.5 the 查询网络接入服务商 / 域名注册服务商 results: name, code, region and phone as FORMS gives them. */
export interface ProviderRow { name: string; code: string; region: string; phone: string }
export const MPS_PROVIDER_ROWS: ProviderRow[] = [
  { name: '阿里云计算有限公司', code: '673959654', region: '浙江省杭州市余杭区', phone: '95187' },
  { name: '阿里云计算有限公司（原万网）', code: '', region: '浙江省杭州市余杭区', phone: '010-65985888' },
  { name: '腾讯云计算（北京）有限责任公司', code: '56365494-8', region: '北京市市辖区海淀区', phone: '4009-100-100' },
  { name: '北京新网数码信息技术有限公司', code: '', region: '北京市市辖区大兴区', phone: '' },
  { name: '深圳平安通信科技有限公司', code: '', region: '', phone: '' },
  { name: '上海有孚计算机网络有限公司', code: '', region: '', phone: '' },
];
/** FORMS §3.6: words an individual's site name may not use (and ≥ 3 Chinese characters). */
export const PERSON_BANNED = ['企业', '集团', '有限公司', '资讯', '科技', '贸易', '协会', '俱乐部', '合作社', '工作室', '平台', '社区', '论坛', '博客', '交流'];
export function personSiteNameProblem(v: string): string {
  if ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3) return '网站名称至少包含 3 个汉字';
  if (/^[\d\sa-z.]+$/i.test(v)) return '网站名称不能为纯数字或纯英文';
  const w = PERSON_BANNED.find((x) => v.includes(x));
  return w ? `个人网站名称不能含有“${w}”等字样` : '';
}
/** Lines of a textarea, trimmed, blanks dropped. */
export const lines = (t: unknown): string[] => String(t ?? '').split(/[\r\n;；,，]+/).map((x) => x.trim()).filter(Boolean);
