/**
 * The one message protocol between the extension's contexts, validated with zod on receipt.
 * Direction is in the name: cs.* content script → background, ui.* extension page → background,
 * bg.* background → content script, bg.* broadcasts → extension pages. Profile values travel only in
 * bg.execute, for the fields of the fill the user asked for.
 */
import * as z from 'zod/mini';
import { PARTS, SHAPES } from './forms/parts';

// zod/mini (the tree-shakable form of zod 4): the content script loads on every filing page and imports
// this module, and full zod was over half of its size and start-up time.
// No `new Function` code generation (extension CSP forbids eval; zod would try and fall back).
z.config({ jitless: true });

/** Short forms of zod/mini's checks. */
const str = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(el: T, max: number) => z.array(el).check(z.maxLength(max));
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

const token = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));
const key = z.string().check(z.minLength(1), z.maxLength(80));
const current = z.union([str(2000), list(str(500), 100), z.boolean()]);


/** One control of a reading as the page shows it (page data only). */
export const ControlSnapshotSchema = z.object({
  id: intIn(0, 100_000),
  shape: z.enum(SHAPES),
  part: z.enum(PARTS),
  sub: z.optional(str(200)),
  hint: z.optional(str(200)),
  multiline: z.optional(z.boolean()),
  /** an upload taking several files at once */
  multiple: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  readOnly: z.optional(z.boolean()),
  hidden: z.optional(z.boolean()),
  /** a choice the filer clicked on this page */
  touched: z.optional(z.boolean()),
  current: current,
  options: z.optional(list(str(200), 500)),
});
export type ControlSnapshot = z.infer<typeof ControlSnapshotSchema>;

/** One recognised form item: which value of whose it asks for, and its controls. */
export const ReadingSchema = z.object({
  key,
  field: str(60),
  role: z.optional(str(20)),
  status: z.enum(['found', 'ambiguous']),
  label: str(200),
  score: z.number(),
  controls: list(ControlSnapshotSchema, 40),
  add: z.optional(z.boolean()),
  /** the page marks the item required */
  required: z.optional(z.boolean()),
  rivals: z.optional(list(key, 20)),
});
export type ReadingWire = z.infer<typeof ReadingSchema>;

export const RecognitionSchema = z.object({
  platform: str(20),
  /** the step's id, or 'unknown' on a filing page whose step is not recognised (its fields are still read) */
  step: str(40),
  variant: z.optional(z.enum(['个人', '单位'])),
  title: str(200),
  /** how many form items the page shows that the dictionary recognises */
  fields: z.optional(intIn(0, 10_000)),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

/** A value to put into one field: text, option texts to accept, a list, a boolean, or a file. */
export const FillValueWire = z.union([
  str(5000),
  list(str(500), 100),
  z.boolean(),
  z.object({ file: z.object({ name: str(255), mime: str(100), base64: str(30_000_000) }) }),
]);
export type FillValueWire = z.infer<typeof FillValueWire>;

export const ActionSchema = z.object({
  /** the reading this value belongs to */
  key,
  /** the control (snapshot id) to put it into */
  control: intIn(0, 100_000),
  shape: z.enum(SHAPES),
  part: z.enum(PARTS),
  value: FillValueWire,
  accept: z.optional(list(str(500), 20)),
  /** the option to choose is the one entry showing one of `accept` as a whole token (备案云资源 by its IP) */
  byToken: z.optional(z.boolean()),
});
export type FillAction = z.infer<typeof ActionSchema>;

export const MarkSchema = z.object({ key, kind: z.enum(['missing', 'invalid', 'conflict', 'locked', 'no-option', 'choose', 'too-large', 'ambiguous', 'failed']), text: str(300) });
export type Mark = z.infer<typeof MarkSchema>;

export const ActionResultSchema = z.object({ key, ok: z.boolean(), error: z.optional(str(300)), shown: z.optional(current), noOption: z.optional(z.boolean()) });
export type ActionResult = z.infer<typeof ActionResultSchema>;

// ── content script → background ──
export const CsHello = z.object({ type: z.literal('cs.hello'), token, recognition: z.nullable(RecognitionSchema), hints: z._default(list(str(200), 20), []) });
export type CsHello = z.input<typeof CsHello>;

// ── extension pages → background ──
export const UiState = z.object({ type: z.literal('ui.state'), token: z.optional(token) });
export const UiFill = z.object({
  type: z.literal('ui.fill'),
  token: z.optional(token), // absent: the active tab's filing frame
  entityId: z.optional(str(64)),
  siteId: z.optional(str(64)),
  overwrite: z._default(list(key, 200), []),
  only: z.optional(list(key, 200)),
});
export const UiUndo = z.object({ type: z.literal('ui.undo'), token: z.optional(token) });
/** Turn 公安 deadline reminders on or off (after the permissions were granted), or just reschedule. */
export const UiReminders = z.object({ type: z.literal('ui.reminders'), enabled: z.optional(z.boolean()) });
/** What a fill would do on the active tab's step now, without writing anything (the side panel). */
export const UiPreview = z.object({ type: z.literal('ui.preview'), token: z.optional(token) });
export const UiFocus = z.object({ type: z.literal('ui.focus'), token: z.optional(token), key });
export const UiPanelSize = z.object({ type: z.literal('ui.panelSize'), token, width: intIn(40, 600), height: intIn(30, 900) });
/** The passphrase lock, for pages that do not open the database themselves (the in-page panel). */
export const UiVault = z.discriminatedUnion('action', [
  z.object({ type: z.literal('ui.vault'), action: z.literal('status') }),
  z.object({ type: z.literal('ui.vault'), action: z.literal('lock') }),
  z.object({ type: z.literal('ui.vault'), action: z.literal('unlock'), passphrase: z.string().check(z.minLength(1), z.maxLength(1000)) }),
]);
export const VaultReply = z.object({ status: z.enum(['off', 'locked', 'unlocked']), error: z.optional(z.enum(['wrong'])) });

/** 从页面读取: read the step's recognised items back (merged with the steps read before in this tab), or re-propose the pending values against other records. */
const group = z.enum(['entity', 'site', 'principal', 'web', 'security', 'emergency', 'legalRep']);
const targets = z.optional(z.partialRecord(group, str(64)));
export const UiCapture = z.object({ type: z.literal('ui.capture'), token: z.optional(token), read: z._default(z.boolean(), true), entityId: z.optional(str(64)), siteId: z.optional(str(64)), targets });
/** Write the ticked values of the pending capture (nothing else). */
export const UiCaptureApply = z.object({
  type: z.literal('ui.captureApply'), token: z.optional(token), entityId: z.optional(str(64)), siteId: z.optional(str(64)), targets,
  ticked: list(str(80), 400), names: z.optional(z.partialRecord(group, str(128))),
});
export const UiCaptureClear = z.object({ type: z.literal('ui.captureClear'), token: z.optional(token) });
/** 指定字段: let the filer pick an item on the page, then store what it holds. */
export const UiTeachPick = z.object({ type: z.literal('ui.teachPick'), token: z.optional(token), keyboard: z.optional(z.boolean()) });
export const UiTeachSave = z.object({
  type: z.literal('ui.teachSave'), token: z.optional(token), key, label: str(200), section: z.optional(str(200)), shape: z.optional(z.enum(SHAPES)), override: z._default(z.boolean(), false), path: str(1000),
});

/** A taught rule as the content script gets it: page knowledge only, no profile value. */
export const RuleWire = z.object({ id: str(64), key, label: str(200), section: z.optional(str(200)), shape: z.optional(z.enum(SHAPES)), override: z.optional(z.boolean()), /** path pattern (a trailing * covers the paths below) */ path: z.optional(str(1000)) });

// ── background → content script ──
/** Read the page's form items now (no profile data is sent), with the filer's taught rules for this page. */
export const BgLocate = z.object({ type: z.literal('bg.locate'), rules: z.optional(list(RuleWire, 200)) });
/** Let the filer pick an item (outline on hover, click or Enter picks, Esc cancels). */
export const BgTeachPick = z.object({ type: z.literal('bg.teachPick'), keyboard: z.optional(z.boolean()) });
export const TeachPickReply = z.object({
  ok: z.boolean(), cancelled: z.optional(z.boolean()),
  item: z.optional(z.object({ label: str(200), section: z.optional(str(200)), shape: z.optional(z.enum(SHAPES)), key: z.optional(key), status: z.optional(z.enum(['found', 'ambiguous'])), taught: z.optional(z.boolean()) })),
  /** the page's path (query dropped), for the rule */
  path: z.optional(str(1000)),
});
export const BgExecute = z.object({
  type: z.literal('bg.execute'),
  actions: list(ActionSchema, 400),
  marks: list(MarkSchema, 300),
  /** controls the plan left to a 同主体负责人 answer: the reply says whether one is still empty and editable */
  copied: z.optional(list(intIn(0, 1_000_000), 300)),
  /** the page reading the actions' control ids come from (LocateReply.reading) */
  reading: z.optional(intIn(0, 1_000_000_000)),
});
export const BgUndo = z.object({ type: z.literal('bg.undo') });
export const BgFocus = z.object({ type: z.literal('bg.focus'), key });
export const BgPanelSize = z.object({ type: z.literal('bg.panelSize'), width: intIn(40, 600), height: intIn(30, 900) });
/** During a fill: show the next pane of the form's tabs that names a section (restore: the filer's own again). */
/** Show the next pane; `wanted`: the parts of the filing (web, provider …) whose fields the fill still lacks, which a dialog may hold. */
export const BgPane = z.object({ type: z.literal('bg.pane'), restore: z.optional(z.boolean()), wanted: z.optional(list(str(20), 12)) });
export const PaneReply = z.object({ shown: z.boolean() });
/** To the top frame: a frame of this tab holds the form; show the panel here, where the filer sees it. */
export const BgHostPanel = z.object({ type: z.literal('bg.hostPanel') });

// ── background → extension pages (broadcast) ──
export const BgTabChanged = z.object({ type: z.literal('bg.tabChanged'), tabId: z.int() });

export const ToBackground = z.union([z.discriminatedUnion('type', [CsHello, UiState, UiFill, UiUndo, UiFocus, UiPanelSize, UiPreview, UiReminders, UiCapture, UiCaptureApply, UiCaptureClear, UiTeachPick, UiTeachSave]), UiVault]);
export const ToContent = z.discriminatedUnion('type', [BgLocate, BgExecute, BgUndo, BgFocus, BgPanelSize, BgTeachPick, BgHostPanel, BgPane]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToContent = z.infer<typeof ToContent>;

export const LocateReply = z.object({
  step: z.nullable(str(40)), readings: list(ReadingSchema, 400), /** ids of taught rules whose item the page does not show */ unmatchedRules: z.optional(list(str(64), 200)),
  /** the labels of the page's editable fields that no reading names (left as they are; the panel lists them) */
  unread: z.optional(list(str(200), 100)),
  /** which reading of the page this is: an execute names it, so its control ids are read against the same page (a panel's preview may read the page again meanwhile) */
  reading: z.optional(intIn(0, 1_000_000_000)),
});
/**
 * `revealed`: the page shows form items after the fill that it did not show before (an answer opened them).
 * `copyGaps`: a control of `copied` is still empty and editable (the page copied only part of the person).
 */
export const ExecuteReply = z.object({ results: list(ActionResultSchema, 300), revealed: z.optional(z.boolean()), copyGaps: z.optional(z.boolean()) });
export const UndoReply = z.object({ restored: z.int(), failed: list(key, 300) });

/** What a fill reports to the panel / popup / side panel. */
export const ReportItem = z.object({
  key,
  label: z.string(),
  outcome: z.enum(['filled', 'pending', 'already', 'missing', 'invalid', 'conflict', 'not-found', 'ambiguous', 'locked', 'copied', 'no-option', 'choose', 'too-large', 'failed', 'rule-unmatched', 'unrecognized']),
  message: z.optional(z.string()),
  /** record + field for a link into the editor */
  link: z.optional(z.object({ record: z.enum(['entity', 'contact', 'site']), recordId: z.string(), field: z.string() })),
});
export type ReportItem = z.infer<typeof ReportItem>;
export const FillReport = z.object({ ok: z.boolean(), error: z.optional(z.string()), /** the profile is behind a passphrase that is not entered */ locked: z.optional(z.boolean()), recognition: z.optional(RecognitionSchema), items: z._default(z.array(ReportItem), []), ms: z.optional(z.number()) });
export type FillReport = z.infer<typeof FillReport>;
