/**
 * §3.4 ICP numbers, §3.5 公安备案号. Rules: FORMS.md §3.4, §3.5.
 */
import type { Issue, Result } from './types';
import { err, nfkcTrim, required, result, warn } from './shared';

/**
 * The 31 province abbreviations used in ICP numbers (FORMS.md §3.4 regex [C2]) and in 公安备案号
 * (§3.5 [C2]), with the GB/T 2260 province code that starts a 公安 number of that province
 * (§3.5 pattern [C2], mapping to division codes [INF]).
 */
export const PROVINCE_ABBREVIATIONS: ReadonlyArray<{ abbr: string; name: string; code: string }> = [
  { abbr: '京', name: '北京', code: '11' },
  { abbr: '津', name: '天津', code: '12' },
  { abbr: '冀', name: '河北', code: '13' },
  { abbr: '晋', name: '山西', code: '14' },
  { abbr: '蒙', name: '内蒙古', code: '15' },
  { abbr: '辽', name: '辽宁', code: '21' },
  { abbr: '吉', name: '吉林', code: '22' },
  { abbr: '黑', name: '黑龙江', code: '23' },
  { abbr: '沪', name: '上海', code: '31' },
  { abbr: '苏', name: '江苏', code: '32' },
  { abbr: '浙', name: '浙江', code: '33' },
  { abbr: '皖', name: '安徽', code: '34' },
  { abbr: '闽', name: '福建', code: '35' },
  { abbr: '赣', name: '江西', code: '36' },
  { abbr: '鲁', name: '山东', code: '37' },
  { abbr: '豫', name: '河南', code: '41' },
  { abbr: '鄂', name: '湖北', code: '42' },
  { abbr: '湘', name: '湖南', code: '43' },
  { abbr: '粤', name: '广东', code: '44' },
  { abbr: '桂', name: '广西', code: '45' },
  { abbr: '琼', name: '海南', code: '46' },
  { abbr: '渝', name: '重庆', code: '50' },
  { abbr: '川', name: '四川', code: '51' },
  { abbr: '贵', name: '贵州', code: '52' },
  { abbr: '云', name: '云南', code: '53' },
  { abbr: '藏', name: '西藏', code: '54' },
  { abbr: '陕', name: '陕西', code: '61' },
  { abbr: '甘', name: '甘肃', code: '62' },
  { abbr: '青', name: '青海', code: '63' },
  { abbr: '宁', name: '宁夏', code: '64' },
  { abbr: '新', name: '新疆', code: '65' },
];

export interface IcpNumberValue {
  province: string;
  /** The 主体备案号 (without `-N`), e.g. '浙ICP备123456号' or '京ICP证030173号'. */
  entityNumber: string;
  siteIndex?: number;
  kind: 'entity' | 'site';
  /** Old licence-style number (`ICP证`). */
  licence: boolean;
  normalized: string;
}

const PROVINCE_ABBRS = PROVINCE_ABBREVIATIONS.map((p) => p.abbr);

/**
 * ICP filing number (FORMS.md §3.4 [C2]): entity `浙ICP备123456号`, site `浙ICP备123456号-1`, old
 * licence-style `京ICP证030173号-1`. `kind` 'entity' rejects `-N`, 'site' requires it.
 * A 经营许可证 number such as `浙B2-20080101` is not a filing number (`icp.b2Licence`).
 */
export function validateIcpNumber(s: string, kind: 'entity' | 'site' | 'any' = 'any'): Result<IcpNumberValue> {
  const v = nfkcTrim(s).replace(/\s+/g, '').replace(/[—–−]/g, '-').replace(/icp/i, 'ICP');
  if (!v) return required();
  if (/^[\u4e00-\u9fff](?:B1|B2|D3)-?\d{8}(?:-\d+)?$/i.test(v)) return result([err('icp.b2Licence')]);
  const m = /^([\u4e00-\u9fff]?)ICP(备|证)(\d+)号(?:-(\d+))?$/.exec(v);
  if (!m) return result([err('icp.format')]);
  const [, province = '', type, digits = '', site] = m;
  if (!province) return result([err('icp.format')]);
  const issues: Issue[] = [];
  if (!PROVINCE_ABBRS.includes(province)) issues.push(err('icp.province', { province }));
  if (digits.length < 6 || digits.length > 20) issues.push(err('icp.format'));
  if (site !== undefined && !/^[1-9]\d*$/.test(site)) issues.push(err('icp.format'));
  if (kind === 'entity' && site !== undefined) issues.push(err('icp.kindEntity', { entityNumber: `${province}ICP${type}${digits}号` }));
  if (kind === 'site' && site === undefined) issues.push(err('icp.kindSite'));
  const entityNumber = `${province}ICP${type}${digits}号`;
  const value: IcpNumberValue = {
    province,
    entityNumber,
    kind: site === undefined ? 'entity' : 'site',
    licence: type === '证',
    normalized: site === undefined ? entityNumber : `${entityNumber}-${site}`,
  };
  if (site !== undefined) value.siteIndex = Number(site);
  return result(issues, value);
}

export interface PsbNumberValue {
  province: string;
  /** The 14 digits. */
  code: string;
  /** '浙公网安备33010602009975号' (no space). */
  normalized: string;
}

/**
 * 公安备案号 `浙公网安备 33010602009975号` (FORMS.md §3.5 [C2]): one province abbreviation, 14 digits,
 * space optional. Warns when digits 1–2 are not that province's division code.
 */
export function validatePsbNumber(s: string): Result<PsbNumberValue> {
  const v = nfkcTrim(s).replace(/\s+/g, '');
  if (!v) return required();
  const m = /^([\u4e00-\u9fff]+)公网安备(\d+)号$/.exec(v);
  if (!m) return result([err('psb.format')]);
  const [, province = '', code = ''] = m;
  const issues: Issue[] = [];
  const prov = PROVINCE_ABBREVIATIONS.find((p) => p.abbr === province);
  if (!prov) issues.push(err('psb.province', { province }));
  if (code.length !== 14) issues.push(err('psb.digits', { length: code.length }));
  if (prov && code.length === 14 && !code.startsWith(prov.code)) {
    issues.push(warn('psb.provinceMismatch', { province, expected: prov.code, actual: code.slice(0, 2) }));
  }
  return result(issues, { province, code, normalized: `${province}公网安备${code}号` });
}
