/**
 * Shared bits of the gen-5 held-out replica apps (no library code). Option lists, expose(), the held
 * principal and the region tree come from ../heldout2 and ../heldout3 (and two small lists from
 * ../heldout4); only what is new lives here.
 */
export {
  build, expose, HELD_PRINCIPAL, NATURE_CODES, ICP_PERSON_CERT_CODES, ICP_PERSON_CERTS, certCodesFor, ICP_LANGUAGES, ICP_CONTENT, ICP_PRE_APPROVALS,
  MPS_PERSON_CERTS, MPS_UNIT_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, ACCESS_PROVIDERS, REGISTRARS,
} from '../heldout2/common';
import { AREAS as TREE, type Area as AreaT } from '../heldout2/regions';
export { AREAS, fetchAreas, namesOf, areaByCode, type Area } from '../heldout2/regions';
export { PSB_CATEGORIES, MPS_PRE_LICENCES, nameOptions, snapshot, type NameOption } from '../heldout3/common';
export { INTERACTIVE_KINDS, ICP_SERVICE_TYPES } from '../heldout4/common';

/** The asset prefix of generation 5 (bundles and stylesheets), on each page's own host. */
export const PREFIX = '/__heldout5/';

/** The other providers' filing consoles (the brief's URLs; the build id goes in replicaBuild). */
export const PROVIDER_URLS = {
  tencent: 'https://console.cloud.tencent.com/beian',
  huawei: 'https://console.huaweicloud.com/beian/',
  volcengine: 'https://console.volcengine.com/beian',
  baidu: 'https://console.bce.baidu.com/beian',
} as const;

/**
 * §1.9 网站服务内容 grouped the way a console might offer it in a tree (the grouping is invented; the
 * items are MIIT's).
 */
export const ICP_CONTENT_TREE: { group: string; items: string[] }[] = [
  { group: '门户与资讯', items: ['综合门户', '单位门户网站', '网络新闻', '网络广告/信息'] },
  { group: '交流与社区', items: ['即时通信', '博客/个人空间', '网上交友/婚介'] },
  { group: '电子商务', items: ['网络购物', '网上支付', '网上房产', '网上求职'] },
  { group: '文化娱乐', items: ['网络游戏', '网络音乐', '网络影视', '网络图片'] },
  { group: '工具与服务', items: ['搜索引擎', '网上邮局', '网络软件/下载', '网络教育', '网站建设'] },
  { group: '其他', items: ['其他'] },
];

/** The code of the area at a name path ('' for the root or an unknown path). */
export function codeAt(path: string[]): string {
  let list: AreaT[] | undefined = TREE;
  let code = '';
  for (const name of path) {
    const a: AreaT | undefined = list?.find((x) => x.name === name);
    if (!a) return '';
    code = a.code;
    list = a.children;
  }
  return code;
}
