/**
 * Shared bits of the gen-4 held-out replica apps that generations 2 and 3 do not already have (no library
 * code). Option lists, HELD_PRINCIPAL, expose() and the region tree are imported from ../heldout2 and
 * ../heldout3; only what is new lives here.
 */
export { build, expose, HELD_PRINCIPAL, ICP_PERSON_CERTS, ICP_LANGUAGES, ICP_CONTENT, MPS_PERSON_CERTS, MPS_UNIT_CERTS, MPS_LANGUAGES, MPS_ACCESS_METHODS, ACCESS_PROVIDERS, REGISTRARS, NATURE_CODES, certCodesFor } from '../heldout2/common';
export { AREAS, fetchAreas, namesOf, areaByCode, type Area } from '../heldout2/regions';
export { PSB_CATEGORIES, MPS_PRE_LICENCES, nameOptions, codeOptions, snapshot, type NameOption, type CodeOption } from '../heldout3/common';

/** The asset prefix of generation 4 (bundles, stylesheets and the embedded form documents). */
export const PREFIX = '/__heldout4/';
/** Where the embedded (iframe) form document of a build is served, on the page's own host. */
export const framePath = (build: string) => `${PREFIX}frame/${build}?replicaBuild=${encodeURIComponent(build)}`;

/**
 * A suggestion list for the new 公安 platform's 交互服务类型 (FORMS.md §5: no source lists it; a free
 * list with suggestions). The example profile's kinds are in it.
 */
export const INTERACTIVE_KINDS = ['论坛社区', '网络评论', '即时通讯', '网络直播', '网盘云存储', '应用商店', '其他'];
/** §2.3 old 网站语种 codes (01–15), code → label. */
export const OLD_LANGUAGE_CODES: [string, string][] = [
  ['01', '英语'], ['02', '法语'], ['03', '俄语'], ['04', '西班牙语'], ['05', '中文简体'], ['06', '中文繁体'], ['07', '维吾尔语'], ['08', '哈萨克语'],
  ['09', '蒙古语'], ['10', '藏语'], ['11', '阿拉伯语'], ['12', '朝鲜语'], ['13', '日语'], ['14', '德语'], ['15', '其他'],
];
/** A small Alibaba console service-type list (§1.4 服务类型 / 应用服务类型; only 网站应用服务 is confirmed). */
export const ICP_SERVICE_TYPES = ['网站应用服务', 'APP应用服务', '快应用服务'];
/** Split a one-per-line textarea into its non-empty trimmed lines. */
export const linesOf = (s: string): string[] => s.split(/[\r\n]+/).map((x) => x.trim()).filter(Boolean);
