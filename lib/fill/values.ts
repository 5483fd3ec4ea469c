/**
 * Is a wanted value what a control shows? Pure, shared by the planner (already filled?) and the
 * drivers' read-back (did the page take it?).
 */
import type { Current, Shape } from '../dom/drivers/types';
import { optionKey, optionLead, showsAnswer } from '../forms/vocabulary';
import { hasToken } from '../text';

/** A value for one control: text, option texts, a list, a boolean, a stored document or a file. */
export type Wanted = string | string[] | boolean | { doc: string; name: string } | { file: { name: string; mime: string; base64: string } };

const same = (a: string, b: string) => optionKey(a) === optionKey(b);
const fileName = (v: Wanted) => (typeof v === 'object' && !Array.isArray(v) ? ('file' in v ? v.file.name : v.name) : '');

/**
 * A file name a page shows cut short with an ellipsis ("zhangwei-id-front.pn...", "zhangwei…front.png",
 * OpenTiny's upload list): the same file when the full name starts and ends with the parts shown.
 */
function shortened(shown: string, name: string): boolean {
  const parts = shown.trim().split(/\.{3}|…/);
  if (parts.length < 2) return false;
  const head = parts[0]!;
  const tail = parts.at(-1)!;
  return head.length + tail.length >= 4 && name.startsWith(head) && name.endsWith(tail) && head.length + tail.length <= name.length;
}

/** A date as a page may show it back (2018年03月01日, 2018/3/1, 2018.03.01) in the profile's form (2018-03-01); any other text trimmed. */
export function isoDate(s: string): string {
  const m = /^\s*(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?\s*$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s.trim();
}
const sameText = (current: string, value: string) => current.trim() === value.trim() || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isoDate(current) === value)
  // a number a masked box shows in groups (186 0018 6000, 3301 0619 …): the same characters
  || (/^[\dA-Za-z-]+$/.test(value.trim()) && /\s/.test(current.trim()) && current.replace(/\s+/g, '') === value.trim());

export function matches(shape: Shape, value: Wanted, accept: string[] | undefined, current: Current | undefined, part?: string, byToken = false): boolean {
  if (current === undefined) return false;
  if (part === 'row') {
    const want = Array.isArray(value) ? value : [];
    const have = Array.isArray(current) ? current : typeof current === 'string' ? [current] : [];
    return want.length > 0 && want.every((w, i) => have[i]?.trim() === w);
  }
  switch (shape) {
    case 'checkbox': case 'switch': return current === value;
    case 'checkbox-group': case 'multi-select': {
      const want = Array.isArray(value) ? value : [];
      const have = Array.isArray(current) ? current : [];
      // (a tag showing the answer with a note after it, 47.96.56.78（web-01）, shows that answer)
      return want.length === have.length && want.every((w) => have.some((h) => showsAnswer(h, w)));
    }
    case 'cascader': {
      const have = Array.isArray(current) ? current : typeof current === 'string' ? current.split(/\s*[/／>]\s*/) : [];
      // one answer in any of its wordings (accept): the whole path shown is one of them
      if (accept?.length && Array.isArray(value) && value.length === 1) return have.length > 0 && accept.some((a) => optionKey(a) === optionKey(have.join('')));
      if (!Array.isArray(value) || !have.length) return false;
      // (a picker showing the chosen level alone, 西湖区 for 浙江省 / 杭州市 / 西湖区: an Arco region TreeSelect, Element Plus without all levels)
      return optionKey(have.join('')) === optionKey(value.join('')) || (value.length > 1 && have.length === 1 && optionKey(have[0]!) === optionKey(value.at(-1)!));
    }
    case 'date-range': return Array.isArray(value) && Array.isArray(current) && value.every((v, i) => (v ? sameText(current[i] ?? '', v) : true)) && !!current[0];
    // (an answer with a note after it, 否，另行填写, shows that answer)
    case 'select': case 'radio': case 'picker': return typeof current === 'string' && current !== '' && (accept ?? [String(value)]).some((a) => (byToken ? hasToken(current, a) : same(a, current) || optionKey(a) === optionLead(current)));
    case 'upload': {
      const name = fileName(value);
      return Array.isArray(current) && (current.some((n) => !!name && (n.includes(name) || shortened(n, name))) || (current.length > 0 && current.every((n) => n.startsWith('#')) && !!name && typeof value === 'object' && 'file' in (value as object)));
    }
    // (a line in any of its wordings: a region typed, or chosen from what the box suggested, 浙江省 / 杭州市 / 余杭区)
    default: return typeof current === 'string' && typeof value === 'string' && (sameText(current, value) || !!accept?.some((a) => sameText(current, a)));
  }
}

/** Nothing shown: an empty box, an unticked box, an empty list. */
export const isEmpty = (c: Current | undefined) => c === undefined || c === '' || c === false || (Array.isArray(c) && c.every((x) => !x));
/** A control a 同主体负责人 answer left empty and editable (after the fill): the filer's, not the page's copy. */
export const copyGap = (c: { current?: Current; disabled?: boolean; readOnly?: boolean }) => !c.disabled && !c.readOnly && isEmpty(c.current);

/**
 * A list the page shows that only lacks some wanted items (网站语言 preset to 中文简体, the profile's 中文简体 +
 * 英语): ticking the rest keeps everything there, so it is a fill, not a conflict.
 */
export function widens(shape: Shape, value: Wanted, current: Current | undefined): boolean {
  if (shape !== 'checkbox-group' && shape !== 'multi-select') return false;
  const want = Array.isArray(value) ? value : [];
  return Array.isArray(current) && current.every((h) => want.some((w) => same(h, w)));
}
