/**
 * Shared bits of the gen-29 replica apps (no library code): generation 28's file re-exported (window.__replica, the
 * state snapshot, the region tree, the option lists and checks of FORMS.md, ...). Here: this generation's asset prefix
 * (it wins over the re-exported ones) and what generation 29 adds: a library-neutral field schema (sections of typed
 * fields) that each gen-29 app renders with its own components and its own layout, and a small static region list.
 */
import { EMAIL_RE, MOBILE_RE, PHONE_RE, validId, validUscc } from '../heldout28/common';

/** The asset prefix of generation 29 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout29/';

// everything of generation 28's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout28/common';

/* ------------------------------------------------------------------ added in generation 29 */

export type Kind = 'text' | 'select' | 'radio' | 'checks' | 'multi' | 'switch' | 'tick' | 'button' | 'region' | 'ro';
/** One field: state key, visible label, widget kind, css class; options as labels or [value, label] pairs. */
export interface Field {
  k: string; label: string; kind: Kind; cls: string; options?: (string | [string, string])[]; rule?: (v: string) => string; ro?: string; req?: boolean;
  /** shown only while another key holds this value */ when?: [string, unknown]; placeholder?: string;
}
export interface Section { title: string; fields: Field[] }

export const optValue = (o: string | [string, string]) => (Array.isArray(o) ? o[0] : o);
export const optLabel = (o: string | [string, string]) => (Array.isArray(o) ? o[1] : o);

/** The initial state of a schema: texts / selects '', lists [], switches and ticks false, buttons 0 clicks. */
export function initialOf(sections: Section[]): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  for (const f of sections.flatMap((x) => x.fields)) {
    if (f.kind === 'ro') continue;
    s[f.k] = f.kind === 'checks' || f.kind === 'multi' || f.kind === 'region' ? [] : f.kind === 'switch' || f.kind === 'tick' ? false : f.kind === 'button' ? 0 : '';
  }
  return s;
}

/** A small static region list (names as in FORMS §1.3 区域 selects; 浙江 / 杭州 complete enough for the profile). */
export const REGION_LIST: Record<string, Record<string, string[]>> = {
  北京市: { 市辖区: ['东城区', '西城区', '朝阳区', '海淀区'] },
  上海市: { 市辖区: ['黄浦区', '徐汇区', '浦东新区'] },
  江苏省: { 南京市: ['玄武区', '秦淮区'], 苏州市: ['姑苏区', '吴中区'] },
  浙江省: {
    杭州市: ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区'],
    宁波市: ['海曙区', '江北区', '鄞州区'], 温州市: ['鹿城区', '龙湾区'],
  },
  广东省: { 广州市: ['越秀区', '天河区'], 深圳市: ['福田区', '南山区'] },
};

export const ruleMobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
export const ruleEmail = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
export const rulePhone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
export const ruleId = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
export const ruleUscc = (v: string) => (validUscc(v) ? '' : '统一社会信用代码校验未通过');
export const ruleDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 YYYY-MM-DD');
export const ruleIcp = (v: string) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1');
export const ruleDomain = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确');

/** platform, step and subject kind of a gen-29 build id (heldout29-<platform>-<step>-<person|unit>-…). */
export function metaOf(id: string): { platform: string; step: string; variant: string } {
  const [, platform, step, kind] = id.split('-');
  return { platform: platform!, step: step!, variant: kind === 'person' ? '个人' : '单位' };
}
