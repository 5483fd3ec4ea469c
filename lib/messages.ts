/**
 * The one message protocol between the extension's contexts, validated with zod on receipt.
 * Direction is in the name: cs.* content script → background, ui.* extension page → background,
 * bg.* background → content script, bg.* broadcasts → extension pages. Profile values travel only in
 * bg.execute, for the fields of the fill the user asked for.
 */
import { z } from 'zod';

// No `new Function` code generation (extension CSP forbids eval; zod would try and fall back).
z.config({ jitless: true });

const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const key = z.string().min(1).max(80);
const current = z.union([z.string().max(2000), z.array(z.string().max(500)).max(100), z.boolean()]);

export const FieldSnapshotSchema = z.object({
  key,
  status: z.enum(['found', 'not-found', 'ambiguous']),
  label: z.string().max(200).optional(),
  disabled: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  hidden: z.boolean().optional(),
  current: current.optional(),
  options: z.array(z.string().max(200)).max(500).optional(),
});

export const RecognitionSchema = z.object({
  platform: z.enum(['aliyun', 'mps', 'beian-old', 'miit']),
  step: z.string().max(40),
  variant: z.enum(['个人', '单位']).optional(),
  title: z.string().max(200),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

/** A value to put into one field: text, option texts to accept, a list, a boolean, or a file. */
export const FillValueWire = z.union([
  z.string().max(5000),
  z.array(z.string().max(500)).max(100),
  z.boolean(),
  z.object({ file: z.object({ name: z.string().max(255), mime: z.string().max(100), base64: z.string().max(30_000_000) }) }),
]);
export type FillValueWire = z.infer<typeof FillValueWire>;

export const ActionSchema = z.object({
  key,
  widget: z.enum(['text', 'select', 'radio', 'checkbox', 'checkbox-group', 'cascader', 'date', 'upload']),
  value: FillValueWire,
  accept: z.array(z.string().max(500)).max(20).optional(),
  /** for a date field whose page widget turns out to be a start–end range: the end date */
  end: z.string().max(20).optional(),
});
export type FillAction = z.infer<typeof ActionSchema>;

export const MarkSchema = z.object({ key, kind: z.enum(['missing', 'invalid', 'conflict', 'locked', 'no-option', 'too-large', 'ambiguous', 'failed']), text: z.string().max(300) });
export type Mark = z.infer<typeof MarkSchema>;

export const ActionResultSchema = z.object({ key, ok: z.boolean(), error: z.string().max(300).optional(), shown: current.optional() });
export type ActionResult = z.infer<typeof ActionResultSchema>;

// ── content script → background ──
export const CsHello = z.object({ type: z.literal('cs.hello'), token, recognition: RecognitionSchema.nullable(), hints: z.array(z.string().max(200)).max(20).default([]) });

// ── extension pages → background ──
export const UiState = z.object({ type: z.literal('ui.state'), token: token.optional() });
export const UiFill = z.object({
  type: z.literal('ui.fill'),
  token: token.optional(), // absent: the active tab's filing frame
  entityId: z.string().max(64).optional(),
  siteId: z.string().max(64).optional(),
  overwrite: z.array(key).max(200).default([]),
  only: z.array(key).max(200).optional(),
});
export const UiUndo = z.object({ type: z.literal('ui.undo'), token: token.optional() });
/** Turn 公安 deadline reminders on or off (after the permissions were granted), or just reschedule. */
export const UiReminders = z.object({ type: z.literal('ui.reminders'), enabled: z.boolean().optional() });
/** What a fill would do on the active tab's step now, without writing anything (the side panel). */
export const UiPreview = z.object({ type: z.literal('ui.preview'), token: token.optional() });
export const UiFocus = z.object({ type: z.literal('ui.focus'), token: token.optional(), key });
export const UiPanelSize = z.object({ type: z.literal('ui.panelSize'), token, width: z.number().int().min(40).max(600), height: z.number().int().min(30).max(900) });
/** The passphrase lock, for pages that do not open the database themselves (the in-page panel). */
export const UiVault = z.discriminatedUnion('action', [
  z.object({ type: z.literal('ui.vault'), action: z.literal('status') }),
  z.object({ type: z.literal('ui.vault'), action: z.literal('lock') }),
  z.object({ type: z.literal('ui.vault'), action: z.literal('unlock'), passphrase: z.string().min(1).max(1000) }),
]);
export const VaultReply = z.object({ status: z.enum(['off', 'locked', 'unlocked']), error: z.enum(['wrong']).optional() });

// ── background → content script ──
export const BgLocate = z.object({ type: z.literal('bg.locate'), platform: RecognitionSchema.shape.platform, step: z.string(), variant: RecognitionSchema.shape.variant });
export const BgExecute = z.object({
  type: z.literal('bg.execute'),
  platform: RecognitionSchema.shape.platform, step: z.string(), variant: RecognitionSchema.shape.variant,
  actions: z.array(ActionSchema).max(200),
  marks: z.array(MarkSchema).max(200),
});
export const BgUndo = z.object({ type: z.literal('bg.undo') });
export const BgFocus = z.object({ type: z.literal('bg.focus'), platform: RecognitionSchema.shape.platform, step: z.string(), variant: RecognitionSchema.shape.variant, key });
export const BgPanelSize = z.object({ type: z.literal('bg.panelSize'), width: z.number().int().min(40).max(600), height: z.number().int().min(30).max(900) });

// ── background → extension pages (broadcast) ──
export const BgTabChanged = z.object({ type: z.literal('bg.tabChanged'), tabId: z.number().int() });

export const ToBackground = z.union([z.discriminatedUnion('type', [CsHello, UiState, UiFill, UiUndo, UiFocus, UiPanelSize, UiPreview, UiReminders]), UiVault]);
export const ToContent = z.discriminatedUnion('type', [BgLocate, BgExecute, BgUndo, BgFocus, BgPanelSize]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToContent = z.infer<typeof ToContent>;

export const LocateReply = z.object({ snapshots: z.array(FieldSnapshotSchema).max(300) });
export const ExecuteReply = z.object({ results: z.array(ActionResultSchema).max(300) });
export const UndoReply = z.object({ restored: z.number().int(), failed: z.array(key).max(300) });

/** What a fill reports to the panel / popup / side panel. */
export const ReportItem = z.object({
  key,
  label: z.string(),
  outcome: z.enum(['filled', 'pending', 'already', 'missing', 'invalid', 'conflict', 'not-found', 'ambiguous', 'locked', 'copied', 'no-option', 'too-large', 'failed']),
  message: z.string().optional(),
  /** record + field for a link into the editor */
  link: z.object({ record: z.enum(['entity', 'contact', 'site']), recordId: z.string(), field: z.string() }).optional(),
});
export type ReportItem = z.infer<typeof ReportItem>;
export const FillReport = z.object({ ok: z.boolean(), error: z.string().optional(), /** the profile is behind a passphrase that is not entered */ locked: z.boolean().optional(), recognition: RecognitionSchema.optional(), items: z.array(ReportItem).default([]), ms: z.number().optional() });
export type FillReport = z.infer<typeof FillReport>;
