/**
 * Field recognition, pure: from a snapshot of a page's labelled controls (lib/dom/snapshot.ts; no
 * profile data in it) to readings — which value of which person or block each form item asks for, with
 * a score. Every item is read on its own: its label (with or without a role prefix, synonyms from the
 * dictionary), the section headings above it (主体负责人信息, 网络接入服务商 …), the shapes of its
 * controls and the options they list. The step, when recognised, is only a prior: it names the person of
 * an unmarked person field. An item whose reading is not clear is reported as ambiguous, never guessed.
 */
import type { Current, Shape } from '../dom/drivers/types';
import type { Part } from './parts';
import { stepsOf, type StepPrior } from './steps';
import {
  BY_LABEL, BY_PATTERN, CUES, PERSON_ROLES, fieldById, INSTANCE, NEUTRAL_WORDS, PERSON_WORDS, PROVIDER_WORDS, SAME_AS_WORDS, SUBSECTION_HEADINGS, labelKey, optionKey, RANGE_TEXT,
  type BlockRole, type FieldDef, type PersonRole, type Role,
} from './vocabulary';

export interface SnapControl {
  id: number;
  shape: Shape;
  library: string;
  /** text right at the control: its placeholder, an inline caption (起 / 止 / 详细地址 / 省), a box's own text (长期) */
  sub?: string;
  /** a short note right after the control (多个域名以英文逗号分隔) */
  hint?: string;
  /** a text box of several lines (a <textarea>): a list goes in one value a line */
  multiline?: boolean;
  /** no control yet: the 添加 button of a list with no row (the fill adds the rows) */
  noRow?: boolean;
  /** an upload taking several files at once (input[type=file][multiple]) */
  multiple?: boolean;
  /** text drawn inside a text box around its input (http://, +86, the carried 浙江省杭州市余杭区 of an address) */
  addon?: string;
  /** option texts that can be read without opening anything */
  options?: string[];
  current: Current;
  /** a choice the filer clicked on this page (a preset one they never touched is the page's default) */
  touched?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  hidden?: boolean;
}
export interface SnapItem {
  id: number;
  /** the item's label as the page shows it */
  label: string;
  /** section headings above the item, nearest first */
  headings: string[];
  controls: SnapControl[];
  /** the item has its own 添加 button (a list whose rows the page adds) */
  add?: boolean;
  /** the page marks it required (a *, required): a value the profile lacks is listed even where the field is quiet */
  required?: boolean;
}
export interface PageSnapshot {
  items: SnapItem[];
  /** titles of the active step (step bar) and the page's main headings */
  titles: string[];
}

export type { Part } from './parts';

export interface Reading {
  /** `${role or block}.${field name}`, e.g. 'principal.validity', 'provider.name' */
  key: string;
  field: FieldDef;
  role?: PersonRole;
  item: SnapItem;
  status: 'found' | 'ambiguous';
  score: number;
  parts: { control: SnapControl; part: Part }[];
  /** the other readings that scored as well (for the report) */
  rivals?: string[];
  /** the taught rule this reading comes from */
  taught?: string;
}

/** `only`: the label names one part of an address in a box of its own (通信地址详细地址, 证件住所所在地区) */
interface Candidate { field: FieldDef; role?: PersonRole; score: number; only?: AddressPart }
type AddressPart = 'detail' | 'region';

const SAME_AS = SAME_AS_WORDS.map(labelKey).sort((a, b) => b.length - a.length);
/** A heading that is only a 同主体负责人 box's text is no heading. */
const isHeading = (h: string) => { let k = labelKey(h); for (const w of SAME_AS) k = k.split(w).join(''); return k.length > 0; };
const SUBSECTIONS = new Set(SUBSECTION_HEADINGS.map(labelKey));
/** a heading that says whose the fields under it are: a party's or a role's cue, or a person's word (其他人员信息) */
const namesParty = (h: string) => isHeading(h) && (!!headingRole(h) || /人员|人信息/.test(h) || PERSON_WORDS.some((w) => h.includes(w)));
/** a date's own words for the start or the end of a span, after the span's name (证件有效期 · 起 / 止) */
const START_SUFFIXES = ['起始日期', '开始日期', '起始时间', '开始时间', '起始', '开始', '起'].map(labelKey);
/** A validity's end, said alone (截止日期, 到期日) or after the validity's own name (域名证书有效期 · 止); longest first, as suffixes. */
const VALIDITY_END_WORDS = ['截止日期', '结束日期', '到期日期', '终止日期', '截止时间', '结束时间', '截止日', '到期日', '截止', '结束', '到期', '止', '至', '到'].map(labelKey);
const DETAIL_LABELS = new Set(['详细地址', '详细住址', '街道地址', '地址详情', '门牌号', '街道门牌', '详细信息', '详细'].map(labelKey));
/** what names an address's region asked on its own (证件住所所在地区) */
const REGION_LABELS = new Set(['所在地区', '所在区域', '所属区域', '所属地区', '所在省市区', '省市区'].map(labelKey));
const isPersonRole = (r: Role | undefined): r is PersonRole => !!r && (PERSON_ROLES as readonly string[]).includes(r);

/** The cue at the start of a text, if any (longest first). */
function prefixCue(key: string): { role: Role; rest: string } | undefined {
  for (const c of CUES) if (key.startsWith(c.cue)) return { role: c.role, rest: key.slice(c.cue.length) };
  return undefined;
}
/** The role a heading names: the cue found earliest in its text, the longest there. */
export function headingRole(text: string): Role | undefined {
  let k = labelKey(text);
  for (const w of SAME_AS) k = k.split(w).join('');
  let best: { at: number; len: number; role: Role } | undefined;
  for (const c of CUES) {
    const at = k.indexOf(c.cue);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && c.cue.length > best.len)) best = { at, len: c.cue.length, role: c.role };
  }
  return best?.role;
}

const NEUTRAL = [...new Set(NEUTRAL_WORDS.map(labelKey))].sort((a, b) => b.length - a.length);
/** Whether a text is made only of neutral words (the empty text is). */
function neutral(s: string): boolean {
  if (!s) return true;
  return NEUTRAL.some((w) => s.startsWith(w) && neutral(s.slice(w.length)));
}
/**
 * The fields a normalised label names: its synonym's when it is one (score 1), else, less surely, those of
 * each synonym it holds with only neutral words around it (是否提供互联网危险物品信息发布服务), the more
 * of the label the synonym covers the surer.
 */
const byLabelSeen = new Map<string, { field: FieldDef; score: number }[]>();
function byLabel(k: string): { field: FieldDef; score: number }[] {
  let out = byLabelSeen.get(k);
  if (!out) byLabelSeen.set(k, (out = byLabelUncached(k)));
  return out;
}
function byLabelUncached(k: string): { field: FieldDef; score: number }[] {
  const exact = BY_LABEL.get(k);
  if (exact) return exact.map((field) => ({ field, score: 1 }));
  const patterned = BY_PATTERN.filter((f) => f.labelPattern!.test(k));
  if (patterned.length) return patterned.map((field) => ({ field, score: 1 }));
  const out: { field: FieldDef; score: number }[] = [];
  for (const [syn, fields] of BY_LABEL) {
    if (syn.length < 2 || neutral(syn)) continue;
    for (let at = k.indexOf(syn); at >= 0; at = k.indexOf(syn, at + 1)) {
      if (!neutral(k.slice(0, at)) || !neutral(k.slice(at + syn.length))) continue;
      for (const field of fields) out.push({ field, score: 0.8 + 0.1 * (syn.length / k.length) });
      break;
    }
  }
  return out;
}

/** The fields a label may name, each with the role its own words give (a prefix cue) and a base score. */
function labelCandidates(label: string): { field: FieldDef; labelRole?: Role; person?: boolean; score: number; only?: AddressPart }[] {
  const out: { field: FieldDef; labelRole?: Role; person?: boolean; score: number; only?: AddressPart }[] = [];
  const dk = labelKey(label);
  // one label naming two things (组织机构代码/接入商编码): each half is read; they must agree
  const halves = label.split(/[/／]/).map(labelKey).filter(Boolean);
  // a bracket may hold a hint (（选填）) or part of the name (身份证（正面）, 通信地址（街道门牌）): the label with and without it
  const kept = labelKey(label.replace(/[()（）【】[\]]/g, ''));
  const keys = halves.length > 1 ? halves : [...new Set([dk, kept])];
  for (const k of keys) {
    const from = out.length;
    // 通信地址详细地址 / 证件住所所在地区: the detail or the region of that address, in a control of its own
    for (const [words, only] of [[DETAIL_LABELS, 'detail'], [REGION_LABELS, 'region']] as const) {
      for (const d of words) {
        if (!k.endsWith(d) || k === d) continue;
        // (通信详细地址: the address's name without its own 地址, 通信地址, before the detail's)
        const stem = k.slice(0, -d.length);
        for (const st of d.endsWith('地址') && !/(地址|住址|住所)$/.test(stem) ? [stem, `${stem}地址`] : [stem]) {
          for (const c of labelCandidates(st)) if (c.field.kind === 'address' && !c.only) out.push({ ...c, only });
        }
      }
    }
    for (const { field, score } of byLabel(k)) out.push({ field, score });
    const cue = prefixCue(k);
    if (cue) {
      if (cue.rest === '' && isPersonRole(cue.role)) {
        // the label is the role itself (法定代表人): that person's name
        for (const f of BY_LABEL.get(labelKey('姓名')) ?? []) if (f.scope === 'person') out.push({ field: f, labelRole: cue.role, score: 0.9 });
      }
      if (cue.rest === '' && (cue.role === 'provider' || cue.role === 'registrar')) {
        // the label is the party itself (网络接入服务商, 域名注册服务商 on the old portal): that party's name
        const name = fieldById.get(`${cue.role}.name`);
        if (name) out.push({ field: name, labelRole: cue.role, score: 0.9 });
      }
      for (const { field: f, score } of cue.rest ? restFields(cue.rest) : []) {
        // a block's cue names the block's own fields; a person field after it (主办单位负责人…) is that block's principal
        if (isPersonRole(cue.role) ? f.scope === 'person' : f.scope === cue.role) out.push({ field: f, labelRole: cue.role, score: 0.95 * score });
        else if (cue.role === 'entity' && f.scope === 'person') out.push({ field: f, labelRole: cue.role, score: 0.85 * score });
      }
    }
    for (const f of afterPersonWord(k)) out.push({ field: f, person: true, score: 0.92 });
    for (const f of afterWord(k, PROVIDER_WORDS, (f) => f.scope === 'provider' || f.scope === 'registrar')) out.push({ field: f, score: 0.92 });
    // the bracket's words name the value more closely (主办人证件照片（人像面）: the ID's front, not any 证件照片):
    // when the label with them names something, what the label names without them is less sure
    if (keys.length === 2 && k === kept && out.length > from) for (let i = 0; i < from; i++) out[i] = { ...out[i]!, score: out[i]!.score - 0.15 };
  }
  // a side of an ID named after whose it is alone (网站安全负责人正面: a photo table's row and column): that ID's photo
  const side = out.length ? null : /^(.+?)(正面|反面|手持|人像面|国徽面)$/.exec(dk);
  if (side && prefixCue(side[1]!)?.rest === '') return labelCandidates(`${side[1]}证件${side[2]}`);
  // a validity's start asked on its own, where no field has that name (域名证书有效期 · 起; a person's 证件有效期 · 起 is
  // its validFrom): that validity (its end, 域名证书有效期 · 止, joins it: attachEndDates)
  if (!out.length) {
    for (const w of START_SUFFIXES) {
      if (!dk.endsWith(w) || dk === w) continue;
      for (const c of labelCandidates(dk.slice(0, -w.length))) if (c.field.kind === 'validity') out.push(c);
    }
  }
  return out;
}

/**
 * What the rest of a label after its role cue names: a field, or a person's field after a person word
 * (网站应急联络人 · 联络人姓名: the 联络人's 姓名).
 */
function restFields(rest: string): { field: FieldDef; score: number }[] {
  return [...byLabel(rest), ...afterPersonWord(rest).map((f) => ({ field: f, score: 0.97 }))];
}

/** A person's field named after a word for a person (负责人姓名 → 姓名): the fields of a person the rest names. */
function afterPersonWord(k: string): FieldDef[] {
  // a person's 名称 (负责人名称) is the person's name, where a bare 名称 is the subject's
  return [...afterWord(k, PERSON_WORDS, (f) => f.scope === 'person'), ...PERSON_WORDS.filter((w) => k === `${w}名称`).map(() => fieldById.get('person.name')!)];
}
/** The fields of a kind the rest of a label names after one of these words. */
function afterWord(k: string, words: string[], kind: (f: FieldDef) => boolean): FieldDef[] {
  return words.filter((w) => k.startsWith(w) && k !== w).flatMap((w) => (BY_LABEL.get(k.slice(w.length)) ?? []).filter(kind));
}

/** Whether a text names a field (a placeholder naming its box where no label does); detail boxes of an address too. */
export function namesField(text: string): boolean {
  const k = labelKey(text);
  if (!k) return false;
  for (const d of DETAIL_LABELS) if (k.endsWith(d) && k !== d && labelCandidates(k.slice(0, -d.length)).length) return true;
  return labelCandidates(text).length > 0;
}

/**
 * The roles the headings above an item give: the nearest heading decides (a heading that names nothing,
 * 服务信息, ends the block above it); a person's heading may sit inside a block's (主体负责人 under 主办单位).
 */
function sectionRoles(item: SnapItem): { person?: Role; block?: BlockRole; first?: Role } {
  const headings = item.headings.filter(isHeading);
  // a sub-heading naming a kind of information (联系方式) leaves the heading above it to say whose
  while (headings.length > 1 && SUBSECTIONS.has(labelKey(headings[0]!))) headings.shift();
  const first = headings[0] ? headingRole(headings[0]) : undefined;
  if (!first) return {};
  if (!isPersonRole(first)) return { first, block: first as BlockRole };
  for (const h of headings.slice(1)) {
    const r = headingRole(h);
    if (!r) break;
    if (!isPersonRole(r)) return { first, person: first, block: r as BlockRole };
  }
  return { first, person: first };
}

export interface ClassifyContext {
  /** the platform: the 公安 platforms have an 应急联络人; on the ICP consoles 应急联系人… is a person's own emergency number */
  platform?: string;
  prior?: StepPrior;
  /** roles the page names anywhere (section headings / label prefixes): with more than one, an unmarked person field is not guessed */
  pageRoles?: Set<PersonRole>;
  /** the page asks a field only the subject has (单位性质, 主办单位名称) */
  subjectAsked?: boolean;
  /**
   * the person the item before named by its own label (主体负责人姓名), under the same headings: a field after it that
   * names no one (证件类型, 证件号码) is that person's, as a reader takes it
   */
  lead?: PersonRole;
}

/** The item's nearest heading names a person without saying whose (负责人, 联系人): whose comes from elsewhere. */
const personHeading = (item: SnapItem) => { const h = item.headings[0] ? labelKey(item.headings[0]) : ''; return !!h && !headingRole(item.headings[0]!) && PERSON_WORDS.some((w) => h.includes(w)); };

function resolve(item: SnapItem, ctx: ClassifyContext): Candidate[] {
  const sec = sectionRoles(item);
  const out: Candidate[] = [];
  // a lone box names its value by its own text (同主体负责人, 长期); the item's label may then name whose it is
  const box = item.controls.length === 1 && (item.controls[0]!.shape === 'checkbox' || item.controls[0]!.shape === 'switch') ? item.controls[0]!.sub : undefined;
  const itemCue = box ? prefixCue(labelKey(item.label)) : undefined;
  const candidates = box && labelKey(box) !== labelKey(item.label)
    ? [...labelCandidates(item.label), ...labelCandidates(box).map((c) => ({ ...c, labelRole: c.labelRole ?? (itemCue && isPersonRole(itemCue.role) ? itemCue.role : undefined) }))]
    : labelCandidates(item.label);
  // a question asked under the label of its value: an end date as ○长期 ○指定日期 (a date revealed by the
  // second answer) is the validity's 长期 and end; a mailing address as ○同证件住所 ○另行填写 is whether it is the same
  const asked = (from: string, to: string) => candidates.push(...candidates.filter((c) => c.field.id === from).map((c) => ({ ...c, field: fieldById.get(to)! })));
  if (item.controls.some(isLongTermChoice)) asked('person.validTo', 'person.validity');
  if (item.controls.some(isSameAddressChoice)) asked('entity.mailingAddress', 'entity.mailingSameAsCert');
  // a choice named only by its block (负责人信息: ○同主体负责人 ○填写其他人): its options ask whose the person is
  if (item.controls.some((c) => c.options?.some((o) => /^(同|与)\S*(负责人|联络人)/.test(o)))) candidates.push({ field: fieldById.get('person.source')!, score: 0.9 });
  const mps = ctx.platform === 'mps' || ctx.platform === 'beian-old';
  const emergencyLabel = prefixCue(labelKey(item.label))?.role === 'emergency';
  for (const c of candidates) {
    const f = c.field;
    if (ctx.platform && !mps && c.labelRole === 'emergency') continue; // no 应急联络人 on an ICP console
    if (mps && emergencyLabel && f.id === 'person.emergencyPhone') continue; // 应急联络人手机号码: the contact's mobile
    if (f.scope === 'person') {
      // whose person: the label's own cue, else the section's, else the step's prior, else the only person the page names
      let role: PersonRole | undefined;
      let score = c.score;
      if (isPersonRole(c.labelRole)) role = c.labelRole;
      else if (c.labelRole === 'entity') role = 'principal';
      else if (isPersonRole(sec.person)) { role = sec.person; score -= 0.02; }
      else if (ctx.lead) { role = ctx.lead; score -= 0.03; }
      else if (sec.first === 'entity' || sec.block === 'entity') { role = 'principal'; score -= 0.08; }
      // (under a heading naming a person without a role, 负责人, the step's person surely)
      else if (ctx.prior?.person) { role = ctx.prior.person; score -= personHeading(item) ? 0.04 : 0.1; }
      // no heading above it that names a party or a person, and the page names one person at most: that person (or
      // the principal). A heading that names neither (a step's or a page's title: 填写变更信息) says nothing of whose;
      // under one that names a person without a role (其他人员信息) no person is guessed, nor for a label the subject
      // has too (证件号码 beside 单位性质) on a page that asks the subject's own fields and names no person.
      else if (!item.headings.some(namesParty) && (ctx.pageRoles?.size ?? 0) <= 1
        && (ctx.pageRoles?.size || !ctx.subjectAsked || !candidates.some((o) => o.field.scope === 'entity'))) {
        role = ctx.pageRoles?.values().next().value ?? 'principal'; score -= 0.15;
      }
      if (!role) continue;
      // a person field under a provider's block is the provider's (电话 / 联系电话), not a person's
      if (sec.first === 'provider' || sec.first === 'registrar') score -= 0.3;
      out.push({ field: f, role, score, only: c.only });
    } else {
      let score = c.score;
      const blockCue = c.labelRole && !isPersonRole(c.labelRole) ? (c.labelRole as BlockRole) : undefined;
      if (blockCue && blockCue !== f.scope) continue;
      // a label a person's field has too (证件号码, 证件类型) names the subject only where something says so:
      // its own prefix, a heading, or a step made of the subject's fields; never a guess
      if (!blockCue && !sec.block && ctx.prior?.block !== f.scope && candidates.some((o) => o.field.scope === 'person' && o.field.id !== f.id)) continue;
      if (!blockCue) {
        // a heading names another block: a field of that block wins; one that only this block has is
        // still read (域名 under 主办者信息 on a first step), less surely
        if (sec.block && sec.block !== f.scope) score -= 0.15;
        if (isPersonRole(sec.first) || (!sec.first && personHeading(item)) || ctx.lead) score -= 0.1; // a block field among a person's fields
        if (!sec.block) score -= ctx.prior?.block === f.scope ? 0.02 : 0.06;
        // with nothing on the page naming the block, a block the recognised step does not ask for is unlikely
        if (!sec.block && ctx.prior && !ctx.prior.expect.concat(ctx.prior.unitOnly ?? []).some((k) => k.startsWith(`${f.scope}.`))) score -= 0.1;
      }
      out.push({ field: f, score, only: c.only });
    }
  }
  return out;
}

/** Options a control lists that fit the field (hints), or undefined when nothing can be told. */
function optionsFit(f: FieldDef, controls: SnapControl[]): boolean | undefined {
  if (!f.optionHints) return undefined;
  const opts = controls.flatMap((c) => c.options ?? []).map(optionKey);
  if (!opts.length) return undefined;
  // a hint is found inside an option (网站应用服务 in "网站应用服务（网站）"); one marked '=' only as the whole option
  const hints = f.optionHints.map((h) => (h.startsWith('=') ? { whole: true, h: optionKey(h.slice(1)) } : { whole: false, h: optionKey(h) }));
  return opts.some((o) => hints.some(({ whole, h }) => o === h || (!whole && o.includes(h))));
}

const END_WORDS = /止|至|结束|截止|到期|终止|end/i;
const REGION_SHOWN = /[省市区县旗]|自治/;
const isLongTermBox = (c: SnapControl) => (c.shape === 'checkbox' || c.shape === 'switch') && /长期/.test(c.sub ?? '');
const isLongTermChoice = (c: SnapControl) => c.shape === 'radio' && (c.options ?? []).some((o) => /长期/.test(o));
const SAME_ADDRESS = fieldById.get('entity.mailingSameAsCert')!.options!.true!.map(optionKey);
const isSameAddressChoice = (c: SnapControl) => (c.shape === 'radio' || c.shape === 'select') && (c.options ?? []).some((o) => SAME_ADDRESS.includes(optionKey(o)) && /同|相同/.test(o));
/** a validity's length picked beside its start (有效期限 五年 / 十年 / 二十年 / 长期): the end is the page's to work out */
const SPAN_WORDS = /^(?:[0-9]+|[一二三四五六七八九十]+)年$/;
const isSpanChoice = (c: SnapControl) => (c.shape === 'select' || c.shape === 'radio') && (/有效期限|有效年限|期限/.test(c.sub ?? '') || (c.options ?? []).some((o) => SPAN_WORDS.test(o.trim())));

/** How an item's controls take the parts of a field's value, or undefined when the shapes do not fit. */
export function partsFor(f: FieldDef, item: SnapItem): Reading['parts'] | undefined {
  const cs = item.controls;
  // a list with no row yet takes only a list
  if (cs.some((c) => c.noRow) && f.kind !== 'list') return undefined;
  const fits = (c: SnapControl) => f.shapes.includes(c.shape);
  switch (f.kind) {
    case 'validity': {
      const parts: Reading['parts'] = [];
      const span = cs.find(isSpanChoice);
      // with a length beside the start, a read-only box shows the end the page works out: not a part to fill
      const dates = cs.filter((c) => c.shape === 'date' || c.shape === 'date-range' || (c.shape === 'text' && !(span && c.readOnly)));
      if (span) parts.push({ control: span, part: 'span' });
      for (const c of cs) if (c !== span && (isLongTermBox(c) || isLongTermChoice(c))) parts.push({ control: c, part: 'longTerm' });
      // one text for both dates, its hint showing them joined (如 2018-03-01 至 2038-03-01): a range
      const range = dates.find((c) => c.shape === 'date-range') ?? (dates.length === 1 && dates[0]!.shape === 'text' && RANGE_TEXT.test(`${dates[0]!.sub ?? ''} ${dates[0]!.hint ?? ''}`) ? dates[0] : undefined);
      if (range) parts.push({ control: range, part: 'range' });
      else if (dates.length >= 2 && !span) { parts.push({ control: dates[0]!, part: 'from' }, { control: dates[1]!, part: 'to' }); }
      else if (dates.length === 1 || span) { if (dates[0]) parts.push({ control: dates[0], part: span || !(END_WORDS.test(dates[0].sub ?? '') || END_WORDS.test(item.label)) ? 'from' : 'to' }); }
      // (an end asked as ○长期 ○指定日期 is answered by its radio alone until the date shows)
      const endChoice = END_WORDS.test(item.label) && parts.some((p) => p.part === 'longTerm' && p.control.shape === 'radio');
      return endChoice || parts.some((p) => p.part !== 'longTerm' && p.part !== 'span') ? parts : undefined;
    }
    case 'address':
    case 'region': {
      const cascader = cs.find((c) => c.shape === 'cascader');
      const selects = cs.filter((c) => c.shape === 'select');
      const texts = cs.filter((c) => c.shape === 'text');
      if (cascader) return [{ control: cascader, part: 'region' }, ...(f.kind === 'address' && texts[0] ? [{ control: texts[0], part: 'detail' as const }] : [])];
      // one select for the region (a cascader that looks like a select), with or without the detail beside it
      if (selects.length === 1 && (f.kind === 'region' ? !texts.length : texts.length <= 1)) {
        return [{ control: selects[0]!, part: 'region' }, ...(f.kind === 'address' && texts[0] ? [{ control: texts[0], part: 'detail' as const }] : [])];
      }
      if (selects.length >= 3) {
        return [
          { control: selects[0]!, part: 'province' }, { control: selects[1]!, part: 'city' }, { control: selects[2]!, part: 'district' },
          ...(f.kind === 'address' && texts[0] ? [{ control: texts[0], part: 'detail' as const }] : []),
        ];
      }
      // a region asked in one box of its own (常住地址 · 所在地区 [省 / 市 / 区县]): typed as one line
      if (f.kind === 'region' && texts.length === 1 && !selects.length && cs.length === 1) return [{ control: texts[0]!, part: 'region' }];
      // one box after the region the page already shows in it (浙江省杭州市余杭区 | 文一西路 …), or whose note says it
      // takes what follows the region asked apart (所属区域之后的街道、门牌号): the detail only
      if (f.kind === 'address' && texts.length === 1 && selects.length === 0) {
        const t = texts[0]!;
        return [{ control: t, part: REGION_SHOWN.test(t.addon ?? '') || /(区域|地区|省市区|区县)(之|以)?后/.test(`${t.sub ?? ''} ${t.hint ?? ''}`) ? 'detail' : 'line' }];
      }
      return undefined;
    }
    case 'list': {
      const multi = cs.find((c) => c.shape === 'multi-select' || c.shape === 'checkbox-group');
      if (multi) return [{ control: multi, part: 'value' }];
      const texts = cs.filter((c) => c.shape === 'text');
      // (a multi-select showing no tag yet looks like a select: the driver checks its popup and never leaves a
      // select that takes one value holding part of the list)
      const select = cs.filter((c) => c.shape === 'select');
      if (!texts.length && select.length === 1 && f.shapes.includes('select')) return [{ control: select[0]!, part: 'value' }];
      if (!texts.length) return undefined;
      if (texts.length > 1 || item.add) return texts.map((c) => ({ control: c, part: 'row' as const }));
      return [{ control: texts[0]!, part: 'line' }];
    }
    case 'flag': {
      const c = cs.find(fits);
      return c ? [{ control: c, part: 'value' }] : undefined;
    }
    default: {
      const texts = cs.filter((c) => fits(c) && c.shape === 'text');
      // a landline in boxes named 区号 | 号码 (| 分机号): one piece each
      if (f.parts?.areaCode && texts.length > 1) return phonePieces(texts);
      // two text boxes for one value (证件号码 and a box the snapshot could not name beside it): which one is unknown
      if (texts.length > 1) return undefined;
      // the shape the field takes first (网站首页URL: the text box, not the http:// select before it)
      const c = cs.filter(fits).sort((a, b) => f.shapes.indexOf(a.shape) - f.shapes.indexOf(b.shape))[0];
      return c ? [{ control: c, part: 'value' }] : undefined;
    }
  }
}

/** Boxes of a split landline by their names: exactly one 区号 and one number box (an 分机号 box optional), or nothing. */
function phonePieces(texts: SnapControl[]): Reading['parts'] | undefined {
  const pieceOf = (c: SnapControl): Part => {
    const name = `${c.sub ?? ''} ${c.addon ?? ''}`;
    return /区号/.test(name) ? 'areaCode' : /分机/.test(name) ? 'extension' : 'localNumber';
  };
  const parts = texts.map((control) => ({ control, part: pieceOf(control) }));
  const count = (p: Part) => parts.filter((x) => x.part === p).length;
  return count('areaCode') === 1 && count('localNumber') === 1 && count('extension') <= 1 ? parts : undefined;
}

function keyOf(c: Candidate): string {
  const name = c.field.id.split('.')[1]!;
  const k = c.field.scope === 'person' ? `${c.role}.${name}` : `${c.field.scope}.${name}`;
  return c.only === 'detail' ? `${k}Detail` : c.only === 'region' ? `${k}Region` : k;
}

/** The person roles a page names in its headings or label prefixes. */
export function pageRoles(snap: PageSnapshot): Set<PersonRole> {
  const roles = new Set<PersonRole>();
  for (const it of snap.items) {
    for (const h of it.headings.filter(isHeading).slice(0, 1)) { const r = headingRole(h); if (isPersonRole(r)) roles.add(r); }
    const cue = prefixCue(labelKey(it.label));
    if (cue && isPersonRole(cue.role)) roles.add(cue.role);
  }
  roles.delete('legalRep');
  return roles;
}

/** Whether some item's label names only fields of the subject (单位性质, 主办单位名称). */
export function subjectAsked(snap: PageSnapshot): boolean {
  return snap.items.some((it) => { const cs = labelCandidates(it.label); return cs.length > 0 && cs.every((c) => c.field.scope === 'entity'); });
}

/** Read every item of a page. */
export function classify(snap: PageSnapshot, ctx: ClassifyContext = {}): Reading[] {
  const context = { ...ctx, pageRoles: ctx.pageRoles ?? pageRoles(snap), subjectAsked: ctx.subjectAsked ?? subjectAsked(snap) };
  const readings: Reading[] = [];
  let lead: { at: string; role: PersonRole } | undefined;
  for (const item of expandSlots(cardNames(snap.items))) {
    if (!item.controls.length) continue;
    const at = item.headings.join('|');
    if (lead?.at !== at) lead = undefined;
    const scored: (Candidate & { parts: Reading['parts'] })[] = [];
    const cue = prefixCue(labelKey(item.label));
    const byItem = resolve(item, lead ? { ...context, lead: lead.role } : context);
    // (a label naming its person before a field, 主体负责人姓名, leads the fields after it; one naming a block ends that)
    if (cue?.rest) lead = isPersonRole(cue.role) ? { at, role: cue.role } : undefined;
    for (const c of byItem) {
      const text = item.controls.find((x) => x.shape === 'text');
      const parts = c.only === 'detail' ? (text ? [{ control: text, part: 'detail' as const }] : undefined)
        : c.only === 'region' ? partsFor({ ...c.field, kind: 'region' }, item) : partsFor(c.field, item);
      if (!parts) continue;
      const fit = optionsFit(c.field, parts.map((p) => p.control));
      if (fit === false) continue;
      // options that belong to another question's list (主体性质 listing 企业 | 个人 | 事业单位 …: the nature, though 个人 is
      // among them) make this reading the less likely one; alone it stands (开办主体性质 on the old portal lists them too)
      const against = c.field.notOptions && parts.some((p) => (p.control.options ?? []).some((o) => c.field.notOptions!.some((n) => optionKey(n) === optionKey(o)))) ? 0.1 : 0;
      // a list of kinds (备案资源 ○云服务器 ○备案授权码) is not a choice of instances
      const shown = parts.flatMap((p) => p.control.options ?? []);
      if (c.field.pickByToken && shown.length && !shown.some((o) => INSTANCE.test(o))) continue;
      // (and a list of instances is not one of kinds)
      if (c.field.id === 'site.resourceKind' && shown.some((o) => INSTANCE.test(o))) continue;
      // a value the recognised step asks for is the likelier reading (主体性质 on the 公安 subject step: 个人 / 单位)
      const asked = ctx.prior && [...ctx.prior.expect, ...(ctx.prior.unitOnly ?? [])].includes(keyOf(c)) ? 0.05 : 0;
      // the shape a field most often takes is preferred (服务类型 as a select is the service type, as 是/否 radios the 公安 answer)
      const preferred = c.field.shapes[0] === parts[0]?.control.shape ? 0.05 : 0;
      scored.push({ ...c, score: c.score + (fit ? 0.05 : 0) + preferred + asked - against, parts });
    }
    if (!scored.length) continue;
    // the best reading per key, then the best key
    const byKey = new Map<string, (typeof scored)[number]>();
    for (const s of scored) { const k = keyOf(s); const o = byKey.get(k); if (!o || s.score > o.score) byKey.set(k, s); }
    const ranked = [...byKey.entries()].sort((a, b) => b[1].score - a[1].score);
    const [[key, best], second] = [ranked[0]!, ranked[1]];
    const clear = !second || best.score - second[1].score >= 0.04;
    readings.push({
      key, field: best.field, role: best.role, item, status: clear ? 'found' : 'ambiguous', score: best.score, parts: best.parts,
      ...(clear ? {} : { rivals: ranked.filter(([, s]) => best.score - s.score < 0.04).map(([k]) => k) }),
    });
  }
  attachLevelSelects(snap, readings);
  attachDetails(snap, readings);
  regionAskedApart(readings);
  attachEndDates(snap, readings);
  longTermBesideDate(readings);
  // The same value asked twice by two items of one section cannot be told apart: neither is filled.
  const byKey = new Map<string, Reading[]>();
  for (const r of readings) if (r.status === 'found') byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  for (const [, rs] of byKey) if (rs.length > 1) for (const r of rs) { r.status = 'ambiguous'; r.rivals = [r.key]; }
  return readings;
}

/**
 * A card holding one field, named by its heading (a material card: 身份证国徽面 over a note 含签发机关和有效期限的一面
 * and the upload box): the heading is the item's name where the text before the control names nothing. A
 * heading that names a person or block (主体负责人信息) stays a section, and so does one over several items unless the
 * item's label is a table's 选择 column.
 */
function cardNames(items: SnapItem[]): SnapItem[] {
  const known = (text: string) => labelCandidates(text).length > 0;
  const under = new Map<string, number>();
  for (const it of items) if (it.headings[0]) under.set(it.headings[0], (under.get(it.headings[0]) ?? 0) + 1);
  return items.map((item) => {
    const h = item.headings[0];
    // (a table's selection column, 选择, names nothing either: 备案实例 over 资源类型 and a table of instances)
    if (!h || (under.get(h) !== 1 && !/^(选择|选中|勾选|单选|请选择)$/.test(item.label.trim())) || known(item.label) || !known(h) || headingRole(h)) return item;
    return { ...item, label: h, headings: item.headings.slice(1).filter((x) => x !== h) };
  });
}

/**
 * One label over several captioned upload slots (负责人证件: 证件正面 / 证件反面 / 手持证件) is one item per
 * slot, named by its caption and, where the caption alone says nothing, by the label and caption together.
 */
function expandSlots(items: SnapItem[]): SnapItem[] {
  const known = (text: string) => labelCandidates(text).length > 0;
  return items.flatMap((item) => {
    // one label naming its boxes in turn (证件类型 / 证件号码 over a select and a box joined in one row): a box each
    const named = item.label.split(/\s*[/／]\s*/);
    if (named.length >= 2 && named.length === item.controls.length && named.every(known)) {
      return item.controls.map((c, i) => ({ ...item, label: named[i]!, controls: [c] }));
    }
    // a row of text boxes under a label that names no value (联系方式: 手机号码 | 应急联系电话 | 电子邮箱), each
    // named only by its placeholder: one item per box, named by it
    const texts = item.controls.filter((c) => c.shape === 'text');
    if (texts.length >= 2 && texts.length === item.controls.length && !known(item.label) && texts.every((c) => !!c.sub && known(c.sub))) {
      return texts.map((c) => ({ ...item, label: c.sub!, controls: [c] }));
    }
    const uploads = item.controls.filter((c) => c.shape === 'upload');
    if (!uploads.length || uploads.some((c) => !c.sub)) return [item];
    // one captioned upload under a label that names a value itself (主办单位证件: "点击上传") stays as it is;
    // under a group label (主办单位资料（…）: "主体证件") the caption names it
    if (uploads.length < 2 && (known(item.label) || !known(uploads[0]!.sub!))) return [item];
    // a caption that names a value (负责人身份证正面) is the slot's label, the item's label its nearest
    // heading (主体负责人资料: whose); a caption that does not (正面) is read with the label before it
    // (a label that is only a note, 身份证正反面，须在有效期内。, gives way to the card's title: *法定代表人身份证 + 人像面)
    const title = item.headings[0]?.replace(/^[*\s]+/, '');
    const byTitle = !known(item.label) && !!title && uploads.every((c) => known(`${title}${c.sub}`) && !known(`${item.label}${c.sub}`));
    const slots = uploads.map((c) => (known(c.sub!)
      ? { ...item, label: c.sub!, headings: headingRole(item.label) ? [item.label, ...item.headings] : item.headings, controls: [c] }
      : byTitle ? { ...item, label: `${title}${c.sub}`, headings: item.headings.slice(1).filter((x) => x !== item.headings[0]), controls: [c] }
        : { ...item, label: `${item.label}${c.sub}`, controls: [c] }));
    // what else the item holds (a consent box beside the uploads) stays under the item's own label
    const rest = item.controls.filter((c) => c.shape !== 'upload');
    return rest.length ? [...slots, { ...item, controls: rest }] : slots;
  });
}

/** A 详细地址 item right after an address whose item has only the region: that address's detail. */
function attachDetails(snap: PageSnapshot, readings: Reading[]) {
  const byItem = new Map(readings.map((r) => [r.item.id, r]));
  const taken = new Set(readings.flatMap((r) => r.parts.map((p) => p.control.id)));
  snap.items.forEach((item, i) => {
    if (!DETAIL_LABELS.has(labelKey(item.label)) || byItem.has(item.id)) return;
    const text = item.controls.find((c) => c.shape === 'text');
    if (!text) return;
    // (back over at most two items, not counting those a reading took as its parts: a region's level selects)
    for (let j = i - 1, seen = 0; j >= 0 && seen < 2; j--) {
      if (snap.items[j]!.controls.every((c) => taken.has(c.id)) && !byItem.has(snap.items[j]!.id)) continue;
      seen++;
      const prev = byItem.get(snap.items[j]!.id);
      if (!prev) continue;
      if (prev.field.kind === 'address' && !prev.parts.some((p) => p.part === 'detail' || p.part === 'line')) {
        prev.parts.push({ control: text, part: 'detail' });
      }
      return;
    }
  });
}

/** A select named only by a region's level (省, 市, 区县): the level it asks, its label the text beside it. */
const LEVEL_LABEL = /^(省|市|区|县|区县|省份|城市|地市|市区|县区)$/;
/**
 * A region asked in three selects, the second and third named only by a level (常住地址 [▾] 省 [▾] 市 [▾] 区): the
 * address's region in three parts (province, city, district), as one item with three selects is.
 */
function attachLevelSelects(snap: PageSnapshot, readings: Reading[]) {
  const byItem = new Map(readings.map((r) => [r.item.id, r]));
  snap.items.forEach((item, i) => {
    const r = byItem.get(item.id);
    if (!r || (r.field.kind !== 'address' && r.field.kind !== 'region')) return;
    const region = r.parts.find((p) => p.part === 'region');
    if (region?.control.shape !== 'select') return;
    const next = snap.items.slice(i + 1, i + 3);
    if (next.length < 2 || !next.every((n) => !byItem.has(n.id) && n.controls.length === 1 && n.controls[0]!.shape === 'select' && LEVEL_LABEL.test(labelKey(n.label)))) return;
    r.parts = [{ control: region.control, part: 'province' }, { control: next[0]!.controls[0]!, part: 'city' }, { control: next[1]!.controls[0]!, part: 'district' }, ...r.parts.filter((p) => p !== region)];
  });
}

/**
 * An address whose region the page asks in an item of its own (通信地址所属区域 ▾▾▾, then 通信地址 [text]): the text
 * is the address's detail, never the whole line again with the region's names.
 */
function regionAskedApart(readings: Reading[]) {
  const apart = new Set(readings.flatMap((r) => [r.key, ...(r.rivals ?? [])]).filter((k) => k.endsWith('Region')).map((k) => k.slice(0, -'Region'.length)));
  for (const r of readings) {
    const [only] = r.parts;
    if (r.field.kind === 'address' && apart.has(r.key) && r.parts.length === 1 && only?.part === 'line') r.parts = [{ ...only, part: 'detail' }];
  }
}

/**
 * A 长期 box beside a person's start or end date (证件有效期止 [date] 长期有效 ○): the validity, that date its part
 * and the box its 长期 (a long-term ID leaves the end empty), unless the validity is read elsewhere on the page.
 */
function longTermBesideDate(readings: Reading[]) {
  const validity = fieldById.get('person.validity')!;
  for (const [i, r] of readings.entries()) {
    if (r.status !== 'found' || !r.role || (r.field.id !== 'person.validTo' && r.field.id !== 'person.validFrom')) continue;
    const box = r.item.controls.find((c) => isLongTermBox(c) && !r.parts.some((p) => p.control === c));
    const date = r.parts[0]?.control;
    if (!box || !date || readings.some((x) => x.key === `${r.role}.validity`)) continue;
    readings[i] = { ...r, key: `${r.role}.validity`, field: validity, parts: [{ control: date, part: r.field.id === 'person.validTo' ? 'to' : 'from' }, { control: box, part: 'longTerm' }] };
  }
}

/** A bare end date's label (截止日期, 到期日): the end of the validity just before it, never a field alone. */
const END_DATE = new Set(VALIDITY_END_WORDS);
/**
 * A 截止日期 picker right after a validity read without an end (有效期截止 ○长期 ○指定日期, the picker shown once
 * 指定日期 is chosen): that validity's end, in the same section.
 */
function attachEndDates(snap: PageSnapshot, readings: Reading[]) {
  const byItem = new Map(readings.map((r) => [r.item.id, r]));
  snap.items.forEach((item, i) => {
    // the end's date alone, or with its 长期 box (证件有效期 [起] · 止 [date] □长期, the 止 a label of its own)
    const dates = item.controls.filter((c) => c.shape === 'date');
    const long = item.controls.filter((c) => isLongTermBox(c));
    const date = dates.length === 1 && dates.length + long.length === item.controls.length ? dates[0]! : undefined;
    if (!date || byItem.has(item.id)) return;
    // a bare end word (止, 截止日期), or the end word after the validity's own name (域名证书有效期 · 止)
    const k = labelKey(item.label);
    const named = VALIDITY_END_WORDS.find((w) => k.endsWith(w) && k !== w);
    if (!END_DATE.has(k) && !named) return;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const prev = byItem.get(snap.items[j]!.id);
      if (!prev) continue;
      if (named && !END_DATE.has(k) && !labelCandidates(k.slice(0, -named.length)).some((c) => c.field === prev.field)) return;
      if (prev.field.kind === 'validity' && prev.status === 'found' && (prev.item.headings[0] ?? '') === (item.headings[0] ?? '')
        && !prev.parts.some((p) => p.part === 'to' || p.part === 'range' || p.part === 'span')) {
        prev.parts.push({ control: date, part: 'to' });
        if (!prev.parts.some((p) => p.part === 'longTerm')) prev.parts.push(...long.map((c) => ({ control: c, part: 'longTerm' as const })));
      }
      return;
    }
  });
}

/** Which step of a platform the page shows: the prior whose expected values the readings cover best, the active title breaking ties. */
export function recognizeStep(platform: string, snap: PageSnapshot, readings: Reading[]): StepPrior | undefined {
  const keys = new Set(readings.map((r) => r.key));
  // (a title's 基本 / 基础 adds nothing: 网站基本信息 is the step of 网站信息)
  const plain = (t: string) => labelKey(t).replace(/基本|基础/g, '');
  const titles = snap.titles.map(plain);
  let best: { prior: StepPrior; score: number } | undefined;
  for (const prior of stepsOf(platform)) {
    const titleHit = prior.titles.some((t) => titles.some((a) => a.includes(plain(t))));
    const expected = [...prior.expect, ...(prior.unitOnly ?? [])];
    const matched = expected.filter((k) => keys.has(k) || [...keys].some((x) => x.startsWith(`${k}`))).length;
    const ratio = expected.length ? matched / expected.length : 0;
    // (without its title: enough of the values it asks, a third of them, or a quarter where four or more show)
    if (!titleHit && !(matched >= 2 && ratio >= (matched >= 4 ? 0.25 : 0.3))) continue;
    const score = matched + ratio + (titleHit ? 3 : 0);
    if (!best || score > best.score) best = { prior, score };
  }
  return best?.prior;
}

/**
 * A field the filer taught (指定字段): on pages of this host and path, the item with this label (and
 * section) takes this reading. Page knowledge only, no profile value; kept in the extension's storage.
 */
export interface TaughtRule {
  id: string;
  /** reading key, e.g. 'principal.name', 'site.domains' */
  key: string;
  /** the item's label as the page showed it, and its nearest section heading */
  label: string;
  section?: string;
  /** the widget shape the filer taught it on (informative; the page's own shape is used) */
  shape?: Shape;
  /** a taught rule replaces what the engine reads only when the filer said so */
  override?: boolean;
}

/** The field and role a reading key names. */
export function fieldOfKey(key: string): { field: FieldDef; role?: PersonRole } | undefined {
  const [head, name] = key.split('.') as [string, string];
  if (isPersonRole(head as Role)) { const f = fieldById.get(`person.${name}`); return f ? { field: f, role: head as PersonRole } : undefined; }
  const f = fieldById.get(`${head}.${name}`);
  return f ? { field: f } : undefined;
}

/** Apply taught rules to the readings: an item no reading covers gets the rule's; returns the rules that matched nothing. */
export function applyRules(snap: PageSnapshot, readings: Reading[], rules: readonly TaughtRule[]): TaughtRule[] {
  const unmatched: TaughtRule[] = [];
  for (const rule of rules) {
    const items = snap.items.filter((it) => labelKey(it.label) === labelKey(rule.label) && (!rule.section || labelKey(it.headings[0] ?? '') === labelKey(rule.section)));
    const target = fieldOfKey(rule.key);
    if (!items.length || !target) { unmatched.push(rule); continue; }
    for (const item of items) {
      const parts = partsFor(target.field, item) ?? (item.controls[0] ? [{ control: item.controls[0], part: 'value' as const }] : undefined);
      if (!parts) continue;
      const at = readings.findIndex((r) => r.item.id === item.id);
      if (at >= 0 && readings[at]!.status === 'found' && !rule.override) continue;
      const reading: Reading = { key: rule.key, field: target.field, role: target.role, item, status: 'found', score: 2, parts, taught: rule.id };
      if (at >= 0) readings[at] = reading; else readings.push(reading);
    }
  }
  return unmatched;
}

/**
 * The page's editable fields that no reading names (备注, a wording the dictionary lacks): left as they are, and listed
 * in the panel so the filer checks them or teaches them (指定字段). Ticks (consents) and 验证码 are the filer's own.
 */
export function unreadLabels(snap: PageSnapshot, readings: readonly Reading[]): string[] {
  const read = new Set(readings.map((r) => r.item.id));
  // (an item whose box a reading of another item takes as its part, 详细地址 after the region cascader, is read)
  const parts = new Set(readings.flatMap((r) => r.parts.map((p) => p.control.id)));
  const out = snap.items.filter((it) => !read.has(it.id) && !it.controls.every((c) => parts.has(c.id))
    && it.controls.some((c) => !c.disabled && !c.readOnly && !c.hidden && c.shape !== 'checkbox' && c.shape !== 'switch')
    && !/验证码|校验码|动态码|短信码|图形码/.test(it.label)).map((it) => it.label.slice(0, 200));
  return [...new Set(out)].slice(0, 100);
}

/**
 * Recognise the step and read the page: a first pass without a prior names the step, a second uses it; then the
 * filer's taught rules. `known`: the step the page was recognised as before (a pane of it shown by the fill's own
 * walk, 负责人 after 主办者, shows too little of the step to name it again).
 */
export function readPage(platform: string, snap: PageSnapshot, rules: readonly TaughtRule[] = [], known?: StepPrior): { prior?: StepPrior; readings: Reading[]; unmatchedRules: TaughtRule[] } {
  const page = { platform, pageRoles: pageRoles(snap), subjectAsked: subjectAsked(snap) };
  const first = classify(snap, page);
  const prior = recognizeStep(platform, snap, first) ?? known;
  const readings = prior ? classify(snap, { ...page, prior }) : first;
  const unmatchedRules = applyRules(snap, readings, rules);
  return { prior, readings, unmatchedRules };
}
