/**
 * The fill planner: pure. From the readings of a page (what each form item asks for, with the controls
 * it has and what they show; no profile data in them) and the fill view, decide per reading what to do,
 * and render each value to the widget the page has: an address to a cascader + detail, three selects or
 * one line; a validity to a range, two pickers or two texts (+ 长期); a list to rows, a multi-select or
 * one joined text; yes/no to 是/否, 涉及/不涉及 or a switch; options by synonym and NFKC.
 * It never guesses: an ambiguous item, a value the profile lacks or holds invalid, an option the page
 * does not offer, or a value the user already typed differently is not filled.
 */
import type { Shape } from '../dom/drivers/types';
import { expectedKeys, type StepPrior } from '../forms/steps';
import { isDocList, isDocRef, isOneOf, type DocRef, type FillValue, type FillView } from '../forms/view';
import { CUES, fieldById, INSTANCE, labelKey, RESOURCE_KINDS, LONG_TERM_NO, LONG_TERM_YES, optionKey, RANGE_TEXT, pageOption, pathOf, PROVINCES, type FieldDef, type PersonRole } from '../forms/vocabulary';
import type { ControlSnapshot, ReadingWire } from '../messages';
import { copyGap, isEmpty, matches, widens, type Wanted } from './values';
import { hasToken } from '../text';
import { shortProvinceName } from '../regions';
import { spellingsOf } from '../forms/spellings';

export type Outcome =
  | 'fill' // will be filled
  | 'already' // the page already holds the profile's value
  | 'missing' // the profile lacks the value (required field)
  | 'invalid' // the profile's value fails validation
  | 'conflict' // the page holds a different, non-empty value: ask 覆盖 / 保留
  | 'not-found' // a value the step asks for is not on the page
  | 'ambiguous' // the item's reading is not clear
  | 'locked' // disabled / read-only / hidden with a different value: left alone, flagged
  | 'copied' // filled by the page itself (同主体负责人 ticked)
  | 'no-option' // the page does not offer the profile's value
  | 'choose' // the profile's value fits more than one of the page's options (which server it is): the filer chooses
  | 'too-large' // the document exceeds the page's stated limit
  | 'skip'; // optional and nothing to do

/** One value for one control. */
export interface PlannedAction { control: number; shape: Shape; part: ControlSnapshot['part']; value: Wanted; accept?: string[]; byToken?: boolean }

export interface PlanItem {
  key: string;
  label: string;
  outcome: Outcome;
  /** for 'fill': the values per control, checkboxes first */
  actions?: PlannedAction[];
  code?: string;
  params?: Record<string, string | number>;
  /** the fill-view path (for links into the editor) */
  path: string;
  /** what the page shows now, per control */
  current?: ControlSnapshot['current'][];
  /** for 'copied': the controls left to the page's copy (checked for gaps after the fill) */
  controls?: number[];
}

export interface PlanOptions {
  /** conflicts the user chose to overwrite (覆盖) */
  overwrite?: readonly string[];
  /** the recognised step: what it asks for that the page lacks is reported */
  prior?: StepPrior;
  kind?: '个人' | '单位';
  /**
   * the page has been filled once: a 同主体负责人 box is ticked, and what its page did not copy (a field
   * left empty and editable, 应急联系电话 beside copied ones) is the person's to fill like any other
   */
  afterCopy?: boolean;
}

const YES = ['是', '有', '涉及', '需要', '提供'];
const NO = ['否', '无', '不涉及', '不需要', '不提供'];

/** The option texts that stand for a profile value on this field. */
export function acceptedTexts(f: FieldDef, v: FillValue): string[] {
  const opts = spellingsOf(f);
  if (typeof v === 'boolean') return opts?.[String(v)] ? [...opts[String(v)]!] : v ? YES : NO;
  if (isOneOf(v)) return v.oneOf;
  if (typeof v === 'string') return opts?.[v] ? [...opts[v]!] : [v];
  return [];
}
/** Each list value as the page spells it (its own options when they can be read). */
function pageWords(f: FieldDef, values: string[], options?: string[]): string[] | undefined {
  const out: string[] = [];
  for (const v of values) {
    const syn = spellingsOf(f)?.[v] ?? [v];
    const hit = options?.find((o) => syn.some((s) => optionKey(s) === optionKey(o)));
    if (options && !hit) return undefined;
    out.push(hit ?? syn[0]!);
  }
  return out;
}

const str = (v: FillValue | undefined) => (typeof v === 'string' ? v : isOneOf(v) ? v.oneOf[0] : undefined);

/** The view path(s) behind a reading, first present wins. */
/** The stored documents a field takes several of (证件照片: the person's ID photos). */
function docsOf(view: FillView, f: FieldDef, role: PersonRole | undefined): DocRef[] | undefined {
  const v = view.values[pathOf(f, role)];
  return isDocList(v) ? v : undefined;
}

/** The value of a field (part) for a role; several documents (docsOf) are not a value here. */
function valueOf(view: FillView, f: FieldDef, role: PersonRole | undefined, part?: string): Exclude<FillValue, DocRef[]> | undefined {
  const v = anyValueOf(view, f, role, part);
  return isDocList(v) ? undefined : v;
}
function anyValueOf(view: FillView, f: FieldDef, role: PersonRole | undefined, part?: string): FillValue | undefined {
  const p = pathOf(f, role, part);
  const v = view.values[p];
  if (v !== undefined) return v;
  if (role === 'legalRep' && f.id === 'person.name') return view.values['entity.legalRep'];
  // a list asked as one value: the first; a single value asked as a list
  if (f.id === 'site.domains') return view.values['site.domains'] ?? (view.values['site.mainDomain'] ? [view.values['site.mainDomain'] as string, ...String(view.values['site.otherDomains'] ?? '').split(',').filter(Boolean)] : undefined);
  if (f.id === 'site.ips') return view.values['site.ips'] ?? view.values['site.ip'];
  if (f.id === 'site.contentTypes') return view.values['site.contentTypes'] ?? (view.values['site.contentType'] ? [view.values['site.contentType'] as string] : undefined);
  if (f.id === 'site.otherDomains') return view.values['site.otherDomainsList'] ?? (view.values['site.otherDomains'] ? String(view.values['site.otherDomains']).split(',') : undefined);
  return undefined;
}

/** The separator a page's hint asks for (多个从域名请用英文逗号分隔). */
function separatorOf(hint: string | undefined): string | undefined {
  if (!hint || !/多个|分隔|隔开|以.{1,4}分开/.test(hint)) return undefined;
  if (/英文逗号|半角逗号|","|,/.test(hint)) return ',';
  if (/英文分号|半角分号|;/.test(hint)) return ';';
  if (/分号|；/.test(hint)) return '；';
  if (/逗号|，/.test(hint)) return '，';
  if (/换行/.test(hint)) return '\n';
  if (/空格/.test(hint)) return ' ';
  return undefined;
}

interface Rendered { action?: PlannedAction; missing?: boolean; skip?: boolean; noOption?: string; /** the page's options the value fits, more than one */ choose?: string[]; /** more files into the same upload */ more?: PlannedAction[] }

/** Is the held province (short name) the one a question names? Undefined when either is unknown. */
function provinceAnswer(held: FillValue | undefined, label: string, region: FillValue | undefined): boolean | undefined {
  // 身份证地址是否在备案省份: the filing's province is the subject's own (主办者所在地 decides the 管局)
  const filing = Array.isArray(region) && typeof region[0] === 'string' && /备案(省|地)/.test(label) ? [shortProvinceName(region[0])] : [];
  const named = [...PROVINCES.filter((p) => label.includes(p)), ...filing];
  return typeof held === 'string' && held && named.length === 1 ? held === named[0] : undefined;
}

/** Render the value of one part for one control's shape. */
function render(f: FieldDef, role: PersonRole | undefined, c: ControlSnapshot, view: FillView): Rendered {
  const act = (value: Wanted, accept?: string[]): Rendered => ({ action: { control: c.id, shape: c.shape, part: c.part, value, ...(accept ? { accept } : {}) } });
  const parts = f.parts ?? {};
  switch (c.part) {
    case 'longTerm': {
      const lt = view.values[pathOf(f, role, 'longTerm')];
      if (typeof lt !== 'boolean') return { skip: true };
      if (c.shape === 'radio') {
        if (lt) return act('长期', LONG_TERM_YES);
        // 长期 / 截止日期: the other answer, when the radio offers one (a lone 长期 radio is left alone)
        const other = c.options?.find((o) => LONG_TERM_NO.some((n) => optionKey(n) === optionKey(o)));
        return other ? act(other, [other]) : { skip: true };
      }
      return act(lt);
    }
    case 'span': {
      // the length of the stored dates (二十年), in the page's words for it; dates not whole years apart match no option
      const v = str(valueOf(view, f, role, 'span'));
      const spanField = fieldById.get('person.validSpan');
      return v ? act(v, [...(spanField?.options?.[v] ?? [v])]) : { missing: true };
    }
    case 'range': {
      const from = str(valueOf(view, f, role, 'from'));
      const to = str(valueOf(view, f, role, 'to'));
      const lt = parts.longTerm ? view.values[pathOf(f, role, 'longTerm')] === true : false;
      if (!from) return { missing: true };
      if (!to && !lt) return { missing: true };
      // one text for both: joined and written as its hint shows them (2018-03-01 至 2038-03-01, 2018.03.01-2038.03.01);
      // long-term, the start alone, or the start and 长期 where the hint shows that (2018.03.01-长期)
      if (c.shape === 'text') {
        const hint = `${c.sub ?? ''} ${c.hint ?? ''}`;
        const join = RANGE_TEXT.exec(hint)?.[2] ?? ' 至 ';
        const sep = /\d{4}([./])\d\d/.exec(hint)?.[1];
        const day = (d: string) => (sep ? d.replaceAll('-', sep) : d);
        return act(lt ? (/\d\s*[-—–~～至到]\s*长期/.test(hint) ? `${day(from)}${join}长期` : day(from)) : `${day(from)}${join}${day(to ?? '')}`);
      }
      return act([from, lt ? '' : to ?? '']);
    }
    case 'from': case 'to': {
      const v = str(valueOf(view, f, role, c.part));
      if (c.part === 'to' && !v && parts.longTerm && view.values[pathOf(f, role, 'longTerm')] === true) return { skip: true };
      return v ? act(v) : { missing: true };
    }
    case 'line': {
      if (f.kind === 'list') {
        const v = valueOf(view, f, role);
        const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
        if (!list.length) return { missing: true };
        // one box for a list: joined as the page says (多个…用英文逗号分隔), a line each in a box of several
        // lines, else the first (the main domain / IP)
        const sep = separatorOf(`${c.sub ?? ''} ${c.hint ?? ''}`) ?? (c.multiline ? '\n' : f.id === 'site.otherDomains' ? f.join : undefined);
        return act(sep ? list.join(sep) : list[0]!);
      }
      const v = str(valueOf(view, f, role, 'line'));
      return v ? act(v) : { missing: true };
    }
    case 'region': case 'province': case 'city': case 'district': {
      const v = f.kind === 'region' ? valueOf(view, f, role) : valueOf(view, f, role, 'region');
      if (!Array.isArray(v) || v.length < 3) return { missing: true };
      // a region in one select: a cascader that looks like a select (Fusion's CascaderSelect), or a select
      // listing joined paths; the driver tries the levels, then the joined texts
      if (c.part === 'region' && c.shape === 'select') return { action: { control: c.id, shape: 'cascader', part: c.part, value: v, accept: [v.join('/'), v.join(' / '), v.join(' '), v.join('')] } };
      // a region in one box: written as one line (浙江省杭州市余杭区), as on a certificate
      if (c.part === 'region' && c.shape === 'text') return act(v.join(''), [v.join(' / '), v.join(''), v.join('/'), v.join(' '), v.join(' > ')]);
      if (c.part === 'region') return act(v);
      const i = c.part === 'province' ? 0 : c.part === 'city' ? 1 : 2;
      return act(v[i]!, [v[i]!]);
    }
    case 'detail': {
      const v = str(valueOf(view, f, role, 'detail'));
      return v ? act(v) : { missing: true };
    }
    case 'row': return { skip: true }; // rows are rendered together (renderRows)
    case 'areaCode': case 'localNumber': case 'extension': {
      const v = str(valueOf(view, f, role, c.part));
      // a number without an extension leaves the 分机号 box as it is
      return v ? act(v) : c.part === 'extension' && str(valueOf(view, f, role, 'localNumber')) ? { skip: true } : { missing: true };
    }
    default: break;
  }
  const several = docsOf(view, f, role);
  if (several && c.shape === 'upload') {
    // one file a slot; several into one upload only where it takes several (else the filer chooses)
    if (several.length === 1) return act({ doc: several[0]!.docId, name: several[0]!.name });
    if (!c.multiple) return { skip: true };
    const [first, ...rest] = several.map((d) => act({ doc: d.docId, name: d.name }).action!);
    return { action: first, more: rest };
  }
  const v = valueOf(view, f, role);
  // an end date asked apart from the 长期 the profile answers (☑长期有效 | 证件有效期截止): nothing to write, not missing
  if (v === undefined && role && f.path === '{r}.validTo' && view.values[`${role}.longTerm`] === true) return { skip: true };
  if (v === undefined) return { missing: true };
  if (isDocRef(v)) return c.shape === 'upload' ? act({ doc: v.docId, name: v.name }) : { skip: true };
  switch (c.shape) {
    case 'checkbox': case 'switch':
      return typeof v === 'boolean' ? act(v) : { skip: true };
    case 'select': case 'radio': case 'picker': {
      // several values in what looks like a select: a multi-select showing no tag yet (the driver checks its popup)
      if (c.shape === 'select' && Array.isArray(v) && v.length > 1 && (f.kind === 'multi' || f.kind === 'list')) {
        const words = pageWords(f, v, c.options);
        return words ? { action: { control: c.id, shape: 'multi-select', part: c.part, value: words } } : { noOption: v.join('、') };
      }
      // 备案资源类型: the kind the profile holds (a server, or a 备案服务号) where one option alone names it (○云服务器ECS
      // ○轻量应用服务器 ○备案服务号 is left to the filer: which server the profile does not say)
      if (f.id === 'site.resourceKind') {
        const [want, other] = v === 'code' ? [RESOURCE_KINDS.code, RESOURCE_KINDS.server] : [RESOURCE_KINDS.server, RESOURCE_KINDS.code];
        const kinds = (c.options ?? []).filter((o) => want.test(o) && !other.test(o));
        // (several: outlined and listed for the filer to choose, never picked)
        return kinds.length === 1 ? act(kinds[0]!, [kinds[0]!]) : kinds.length > 1 ? { choose: kinds } : { skip: true };
      }
      if (f.pickByToken) {
        const tokens = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && !!x);
        if (!tokens.length) return { missing: true };
        // a list the page has not shown yet (a framework select): the driver opens it and takes the one entry
        // showing a value as a whole token
        if (!c.options?.length) return { action: { control: c.id, shape: c.shape, part: c.part, value: tokens[0]!, accept: tokens, byToken: true } };
        // a list of kinds, not of instances (备案资源 ○云服务器ECS ○轻量应用服务器 ○备案服务号): not this question
        if (!c.options.some((o) => INSTANCE.test(o))) return { skip: true };
        const hits = c.options.filter((o) => tokens.some((t) => hasToken(o, t)));
        // one entry shows the value: that one; none or several: left to the filer
        return hits.length === 1 ? act(hits[0]!, [hits[0]!]) : { noOption: tokens.join('、') };
      }
      const one = Array.isArray(v) ? v[0] : v;
      if (one === undefined) return { missing: true };
      const accept = acceptedTexts(f, one);
      if (!c.options?.length) return act(accept[0]!, accept);
      const hit = pageOption(c.options, accept);
      if (hit === undefined) return { noOption: accept[0] };
      // an answer with a note after it (否，另行填写): the page's own text
      return accept.some((a) => optionKey(a) === optionKey(hit)) ? act(accept[0]!, accept) : act(hit, [hit]);
    }
    case 'multi-select': case 'checkbox-group': {
      // the instance among the account's, ticked or moved into 已选 (a transfer): the one entry showing the site's IP
      if (f.pickByToken) {
        const tokens = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && !!x);
        if (!tokens.length) return { missing: true };
        const hits = (c.options ?? []).filter((o) => INSTANCE.test(o) && tokens.some((t) => hasToken(o, t)));
        return hits.length === 1 ? act([hits[0]!]) : { noOption: tokens.join('、') };
      }
      const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      const words = pageWords(f, list, c.options);
      if (!words) return { noOption: list.join('、') };
      return act(words);
    }
    case 'cascader': {
      if (Array.isArray(v)) return act(v);
      // one answer of a list drawn as a cascader (网站类型 as 类 › 小类): the first level, in any of its wordings
      const accept = f.kind === 'choice' ? acceptedTexts(f, v) : [];
      return accept.length ? act([accept[0]!], accept) : { skip: true };
    }
    case 'date':
      return typeof v === 'string' ? act(v) : { skip: true };
    default: {
      if (typeof v === 'boolean') return act(v ? '是' : '否');
      if (Array.isArray(v)) return act(v.join(f.join ?? '、'));
      const s = str(v);
      return s ? act(s) : { skip: true };
    }
  }
}


/**
 * Readings of one item that tie on the name but not on the value stay ambiguous; ones that name the same held value
 * (通信地址所属区域: the subject's region or its mailing address's region, both 浙江省/杭州市/余杭区) may fill it.
 * Two items read as one key (`rivals` of one) never agree.
 */
function rivalsAgree(rivals: readonly string[] | undefined, view: FillView): boolean {
  if (!rivals || rivals.length < 2) return false;
  const vs = rivals.map((k) => view.values[k]);
  const first = JSON.stringify(vs[0]);
  return vs.every((v) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length) && JSON.stringify(v) === first);
}

export function planFill(readings: ReadingWire[], view: FillView, opts: PlanOptions = {}): PlanItem[] {
  const overwrite = new Set(opts.overwrite ?? []);
  const items: PlanItem[] = [];
  const copiedRoles = new Set<string>();
  /** roles whose box the page shows ticked already: after the fill, what it left empty there is the filer's */
  const tickedRoles = new Set<string>();
  const seenKeys = new Map<string, number>();

  // 同主体负责人 ticked (or to be ticked): the page copies that person's fields itself
  for (const r of readings) {
    if (r.field !== 'person.sameAsPrincipal' || r.status !== 'found' || !r.role) continue;
    const v = view.values[`${r.role}.sameAsPrincipal`];
    const shownTicked = r.controls[0]?.current === true;
    if (v === true || (shownTicked && v === undefined)) copiedRoles.add(r.role);
    if (shownTicked) tickedRoles.add(r.role);
  }

  for (const r of readings) {
    const f = fieldById.get(r.field);
    if (!f) continue;
    const role = r.role as PersonRole | undefined;
    const n = seenKeys.get(r.key) ?? 0;
    seenKeys.set(r.key, n + 1);
    const key = n ? `${r.key}#${n + 1}` : r.key;
    const path = pathOf(f, role, f.parts ? Object.keys(f.parts)[0] : undefined);
    const base = { key, label: r.label, path, current: r.controls.map((c) => c.current) };
    const push = (outcome: Outcome, extra: Partial<PlanItem> = {}) => items.push({ ...base, outcome, ...extra });

    if (r.status === 'ambiguous' && !rivalsAgree(r.rivals, view)) { push('ambiguous'); continue; }
    // the page copies the person's fields, never the ID photos (uploaded again for each role, FORMS.md §2.4)
    if (role && copiedRoles.has(role) && f.id !== 'person.sameAsPrincipal' && f.kind !== 'upload' && (!opts.afterCopy || !tickedRoles.has(role) || !r.controls.some(copyGap))) { push('copied', { controls: r.controls.map((c) => c.id) }); continue; }

    const invalidCode = view.invalid[path] ?? (f.parts ? Object.keys(f.parts).map((p) => view.invalid[pathOf(f, role, p)]).find(Boolean) : undefined);
    const rendered: Rendered[] = [];
    const rows = r.controls.filter((c) => c.part === 'row');
    if (rows.length) {
      const v = valueOf(view, f, role);
      const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      if (!list.length) rendered.push({ missing: true });
      // one action for the whole list: the content script fills the rows there are and adds the rest
      else rendered.push({ action: { control: rows[0]!.id, shape: 'text', part: 'row', value: list } });
    }
    // 身份证地址是否在浙江省: the answer is whether the held province is the one the label names
    const asked = f.provinceQuestion ? provinceAnswer(view.values[f.path], r.label, view.values['entity.region']) : undefined;
    const seen = asked === undefined ? view : { ...view, values: { ...view.values, [f.path]: asked } };
    if (f.provinceQuestion && asked === undefined) rendered.push({ missing: true });
    else for (const c of r.controls) if (c.part !== 'row') rendered.push(render(f, role, c, seen));
    const actions = rendered.flatMap((x) => (x.action ? [x.action, ...(x.more ?? [])] : []));

    if (!actions.length) {
      const noOpt = rendered.find((x) => x.noOption);
      if (noOpt) { push('no-option', { code: 'fill.noOption', params: { options: noOpt.noOption! } }); continue; }
      const choose = rendered.find((x) => x.choose);
      if (choose) { push('choose', { params: { options: choose.choose!.join(' / ') } }); continue; }
      // the page asks for it and the profile lacks it: listed (an optional field too, unless its absence is an
      // answer and the page does not mark it required)
      push(rendered.some((x) => x.missing) && (!f.quiet || r.required) ? 'missing' : 'skip');
      continue;
    }
    if (invalidCode && f.kind !== 'flag') { push('invalid', { code: invalidCode }); continue; }
    const noOpt = rendered.find((x) => x.noOption);
    if (noOpt) { push('no-option', { code: 'fill.noOption', params: { options: noOpt.noOption! } }); continue; }
    const upload = actions.find((a) => a.shape === 'upload');
    if (upload && f.maxBytes) {
      const v = valueOf(view, f, role);
      const big = [...(isDocRef(v) ? [v] : []), ...(docsOf(view, f, role) ?? [])].find((d) => d.size > f.maxBytes!);
      if (big) { push('too-large', { code: 'document.tooLarge', params: { size: big.size, max: f.maxBytes } }); continue; }
    }

    const control = (id: number) => r.controls.find((c) => c.id === id)!;
    // rows: what every row shows, in order; a row holding another value is the user's (覆盖 / 保留)
    const rowCurrent = rows.map((c) => (typeof c.current === 'string' ? c.current : ''));
    const currentOf = (a: PlannedAction) => (a.part === 'row' ? rowCurrent : control(a.control).current);
    const todo = actions.filter((a) => !matches(a.shape, a.value, a.accept, currentOf(a), a.part));
    const rowConflict = todo.some((a) => a.part === 'row' && Array.isArray(a.value) && rowCurrent.some((cur, i) => cur.trim() !== '' && cur.trim() !== (a.value as string[])[i]));
    if (!todo.length) { push('already'); continue; }
    // the city and district selects of a region open once the level above is chosen: not locked
    // an empty disabled control may open once an earlier field is chosen (市 after 省, 证件类型 after 性质):
    // it is tried, and waited for; one that shows a value it was given is locked (carried over, prefilled)
    const waits = (a: PlannedAction) => isEmpty(control(a.control).current) && !control(a.control).readOnly;
    const lockedOne = todo.find((a) => { const c = control(a.control); return (c.disabled && !waits(a)) || c.readOnly || c.hidden; });
    if (lockedOne) { push('locked', { code: 'fill.locked' }); continue; }
    // never untick a box the page or the user ticked
    const untick = todo.find((a) => (a.shape === 'checkbox' || a.shape === 'switch') && a.value === false && control(a.control).current === true);
    if (untick && !overwrite.has(key)) { push('conflict'); continue; }
    // a radio the page preset (个人 of 个人 | 单位) and the filer never touched is a default, not an answer
    const typed = todo.find((a) => a.part !== 'row' && !isEmpty(control(a.control).current) && !(a.shape === 'checkbox' || a.shape === 'switch')
      && !(a.shape === 'radio' && !control(a.control).touched) && !widens(a.shape, a.value, control(a.control).current));
    if ((typed || rowConflict) && !overwrite.has(key)) { push('conflict'); continue; }
    // checkboxes first: 同主体负责人 lets the page copy the person, 长期 disables the end date
    const ordered = [...todo].sort((a, b) => Number(b.shape === 'checkbox' || b.shape === 'switch') - Number(a.shape === 'checkbox' || a.shape === 'switch'));
    push('fill', { actions: ordered });
  }

  // what the recognised step asks for and the page does not show
  if (opts.prior) {
    const have = new Set(readings.map((r) => r.key));
    const covers = (k: string) => {
      const [head, name = ''] = k.split('.');
      // (an address asked in parts on their own: its region and its detail)
      if (have.has(k) || have.has(`${k}Region`) || have.has(`${k}Detail`) || COVER[name]?.some((alt) => have.has(`${head}.${alt}`))) return true;
      // a 个人 filer is their own 主体负责人: the subject's 姓名 / 证件类型 / 证件号码 are the principal's
      return opts.kind === '个人' && head === 'principal' && SELF.includes(name) && have.has(`entity.${name}`);
    };
    for (const k of expectedKeys(opts.prior, opts.kind)) {
      if (covers(k)) continue;
      const [head, name] = k.split('.') as [string, string];
      const f = fieldById.get(`${head}.${name}`) ?? fieldById.get(`person.${name}`);
      if (!f || f.optional) continue;
      const role = f.scope === 'person' ? (head as PersonRole) : undefined;
      if (role && copiedRoles.has(role)) continue;
      items.push({ key: k, label: displayLabel(f, role ?? (f.scope === 'provider' || f.scope === 'registrar' ? f.scope : undefined)), outcome: 'not-found', path: pathOf(f, role, f.parts ? Object.keys(f.parts)[0] : undefined) });
    }
  }
  return items;
}

/** Whose value, in the forms' words, before a label that does not say it itself (网站安全负责人 + 姓名). */
const ROLE_WORDS: Record<string, string> = { principal: '主体负责人', web: '网站负责人', security: '网站安全负责人', emergency: '网站应急联络人', legalRep: '法定代表人', provider: '接入服务商', registrar: '域名注册服务商' };
function displayLabel(f: FieldDef, role: string | undefined): string {
  const label = f.labels[0]!;
  const words = role ? ROLE_WORDS[role] : undefined;
  return words && !CUES.some((c) => labelKey(label).startsWith(c.cue)) ? `${words}${label}` : label;
}

/** A value asked in another form by the page: validity by its dates, domains by the main domain, … */
const COVER: Record<string, string[]> = {
  validity: ['validFrom', 'validTo'], domains: ['mainDomain'], mainDomain: ['domains'], ips: ['ip'],
  certAddress: [], officeAddress: [], address: [], mailingAddress: ['mailingSameAsCert'],
};
const SELF = ['name', 'certType', 'certNumber'];

/** Counts per outcome (report headers, bench and demo tables). */
export function summarize(items: PlanItem[]): Record<Outcome, number> {
  const out = Object.fromEntries(['fill', 'already', 'missing', 'invalid', 'conflict', 'not-found', 'ambiguous', 'locked', 'copied', 'no-option', 'choose', 'too-large', 'skip'].map((k) => [k, 0])) as Record<Outcome, number>;
  for (const i of items) out[i.outcome]++;
  return out;
}
