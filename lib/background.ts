/**
 * The background's message handling: frames that recognised a filing step register with a token; the
 * panel, popup, side panel and the keyboard shortcut ask for fills, undo and focus by token (or for the
 * active tab). Every message is validated with zod and its sender checked: cs.* only from content
 * scripts on the filing origins, ui.* only from the extension's own pages.
 */
import { browser, type Browser } from 'wxt/browser';
import { getDb } from './db';
import { platformOfUrl } from './hosts';
import { t } from './i18n';
import type { z } from 'zod';
import { LocateReply, TeachPickReply, ToBackground, UndoReply, type FillReport, type Recognition, type UiVault, type VaultReply as VaultReplySchema } from './messages';
import { applyPending, capture, clearPending, proposal } from './capture-session';
import { pageOf, saveRule } from './rules';
import type { StoredRule } from './schema';
import { PAGE_TIMEOUT, previewFill, runFill, within } from './fill/orchestrate';
import { byName, resolveSelection } from './store';
import { scheduleReminders } from './checklist/reminders';
import { norm } from './text';
import { WrongPassphraseError, isLocked } from './vault';

export interface FrameInfo { token: string; tabId: number; frameId: number; recognition: Recognition | null; hints: string[]; url: string }

const frames = new Map<string, FrameInfo>();
const SESSION_KEY = 'frames';

async function persist() {
  try { await browser.storage.session?.set({ [SESSION_KEY]: [...frames.values()] }); } catch { /* session storage unavailable */ }
}
async function restore() {
  if (frames.size) return;
  try {
    const got = (await browser.storage.session?.get(SESSION_KEY)) as { [SESSION_KEY]?: FrameInfo[] } | undefined;
    for (const f of got?.[SESSION_KEY] ?? []) frames.set(f.token, f);
  } catch { /* ignore */ }
}

const extensionOrigin = () => new URL(browser.runtime.getURL('/')).origin;
const fromExtensionPage = (sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id && !!sender.url && new URL(sender.url).origin === extensionOrigin();
const fromFilingContent = (sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id && !!sender.tab && !!sender.url && !!platformOfUrl(sender.url);

/** The tab's recognised frame with the most fields (the form, not a console shell around its frame), the top frame first among equals. */
const recognised = (tabId: number | undefined) => [...frames.values()].filter((f) => f.tabId === tabId && f.recognition)
  .sort((a, b) => (b.recognition!.fields ?? 0) - (a.recognition!.fields ?? 0) || a.frameId - b.frameId)[0];

/**
 * The frame a request is for: a panel's own frame (`ownFrame`: its size), else the frame holding the form
 * (a panel in a console shell works the form in the shell's frame), else the active tab's recognised frame.
 */
async function frameFor(token: string | undefined, ownFrame = false): Promise<FrameInfo | undefined> {
  await restore();
  if (token) {
    const f = frames.get(token);
    if (ownFrame || !f || (f.recognition?.fields ?? 0) > 0) return f;
    return recognised(f.tabId) ?? f;
  }
  // the active tab of the window in use; the side panel or popup may sit in a window of their own,
  // so fall back to the active tabs of the normal browser windows
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const own = recognised(tab?.id);
  if (own) return own;
  for (const t of await browser.tabs.query({ active: true, windowType: 'normal' })) {
    const f = recognised(t.id);
    if (f) return f;
  }
  return undefined;
}

export async function tabFrames(tabId: number): Promise<FrameInfo[]> {
  await restore();
  return [...frames.values()].filter((f) => f.tabId === tabId);
}

function transport(f: FrameInfo) {
  const send = (ms: number) => (msg: unknown) => within(browser.tabs.sendMessage(f.tabId, msg, { frameId: f.frameId }), ms);
  return { locate: send(PAGE_TIMEOUT.read), execute: send(PAGE_TIMEOUT.fill), pane: send(PAGE_TIMEOUT.read) };
}

export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = ToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'bad message' };
  const msg = parsed.data;
  if (msg.type === 'cs.hello') {
    if (!fromFilingContent(sender) || sender.tab?.id === undefined) return { ok: false };
    await restore();
    // one registration per frame
    for (const [k, f] of frames) if (f.tabId === sender.tab.id && f.frameId === (sender.frameId ?? 0) && k !== msg.token) frames.delete(k);
    frames.set(msg.token, { token: msg.token, tabId: sender.tab.id, frameId: sender.frameId ?? 0, recognition: msg.recognition, hints: msg.hints, url: sender.url! });
    await persist();
    // a form in a frame: its panel shows in the top frame, where the filer sees it (told now if the top
    // frame is there already, else in the reply to the top frame's own hello)
    const tabId = sender.tab.id;
    if ((sender.frameId ?? 0) !== 0 && (msg.recognition?.fields ?? 0) > 0) void browser.tabs.sendMessage(tabId, { type: 'bg.hostPanel' }, { frameId: 0 }).catch(() => {});
    const hostPanel = (sender.frameId ?? 0) === 0 && [...frames.values()].some((f) => f.tabId === tabId && f.frameId !== 0 && (f.recognition?.fields ?? 0) > 0);
    void browser.runtime.sendMessage({ type: 'bg.tabChanged', tabId }).catch(() => {});
    return { ok: true, ...(hostPanel ? { hostPanel } : {}) };
  }
  if (!fromExtensionPage(sender)) return { ok: false, error: 'forbidden' };
  if (msg.type === 'ui.reminders') {
    if (msg.enabled !== undefined) await getDb().settings.put({ key: 'reminders', value: msg.enabled });
    return { ok: true, scheduled: (await scheduleReminders(getDb())).length };
  }
  if (msg.type === 'ui.vault') return vaultMessage(msg);
  try {
    return await uiMessage(msg);
  } catch (e) {
    // The profile is behind a passphrase nobody entered (or the idle time ran out): say so, nothing read.
    if (isLocked(e)) return { ok: false, locked: true, error: t('vault.lockedFill'), items: [] } satisfies FillReport;
    throw e;
  }
}

async function vaultMessage(msg: z.infer<typeof UiVault>): Promise<z.infer<typeof VaultReplySchema>> {
  const db = getDb();
  await db.open();
  if (msg.action === 'lock') db.vault.lock();
  if (msg.action === 'unlock') {
    try {
      await db.vault.unlock(msg.passphrase);
    } catch (e) {
      if (e instanceof WrongPassphraseError) return { status: db.vault.status, error: 'wrong' };
      throw e;
    }
  }
  return { status: db.vault.status };
}

async function uiMessage(msg: Exclude<ToBackground, { type: 'cs.hello' | 'ui.reminders' | 'ui.vault' }>): Promise<unknown> {
  const frame = await frameFor(msg.token, msg.type === 'ui.panelSize');
  switch (msg.type) {
    case 'ui.state': {
      // The panel is an extension page framed by the filing site, where the browser may partition its
      // storage: it gets the entity and site names from here, not from its own IndexedDB.
      const db = getDb();
      const [entities, sites, sel] = await Promise.all([db.entities.toArray().then(byName), db.sites.toArray().then(byName), resolveSelection(db)]);
      return {
        recognition: frame?.recognition ?? null,
        suggestedEntityId: frame ? await suggestEntity(frame.hints) : undefined,
        entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
        sites: sites.map((x) => ({ id: x.id, name: x.name, entityId: x.entityId })),
        selection: { entityId: sel.entity?.id ?? '', siteId: sel.site?.id ?? '' },
      };
    }
    case 'ui.fill': {
      if (!frame?.recognition) return { ok: false, error: frame ? t('fill.notRecognized') : t('fill.noFrame'), items: [] } satisfies FillReport;
      try {
        return await fill(frame, frame.recognition, { entityId: msg.entityId, siteId: msg.siteId, overwrite: msg.overwrite, only: msg.only });
      } catch (e) {
        if (isLocked(e)) throw e;
        return { ok: false, error: String(e instanceof Error ? e.message : e), items: [] } satisfies FillReport;
      }
    }
    case 'ui.preview': {
      if (!frame?.recognition) return { ok: false, error: t('fill.noFrame'), items: [] } satisfies FillReport;
      return previewFill(getDb(), frame.recognition, transport(frame), { rules: await frameRules(frame) });
    }
    case 'ui.undo': {
      if (!frame) return { restored: 0, failed: [] };
      return UndoReply.parse(await browser.tabs.sendMessage(frame.tabId, { type: 'bg.undo' }, { frameId: frame.frameId }));
    }
    case 'ui.focus': {
      if (!frame?.recognition) return { ok: false };
      return browser.tabs.sendMessage(frame.tabId, { type: 'bg.focus', key: msg.key }, { frameId: frame.frameId });
    }
    case 'ui.capture': {
      // 从页面读取: this step's recognised items, read back, merged with the steps read before in this tab
      if (!frame?.recognition) return { ok: false, error: t('fill.noFrame'), items: [], steps: [] };
      const db = getDb();
      await db.open();
      db.vault.touch();
      if (msg.read) {
        const located = LocateReply.parse(await transport(frame).locate({ type: 'bg.locate', rules: await frameRules(frame) }));
        await capture(frame.tabId, frame.recognition.platform, located.step ?? frame.recognition.step, located.readings);
      }
      return proposal(db, frame.tabId, { entityId: msg.entityId, siteId: msg.siteId, targets: msg.targets });
    }
    case 'ui.captureApply': {
      if (!frame) return { ok: false, error: t('fill.noFrame') };
      const db = getDb();
      await db.open();
      db.vault.touch();
      const r = await applyPending(db, frame.tabId, { entityId: msg.entityId, siteId: msg.siteId, targets: msg.targets, ticked: msg.ticked, names: msg.names });
      if (r.ok) void browser.runtime.sendMessage({ type: 'bg.tabChanged', tabId: frame.tabId }).catch(() => {});
      return r;
    }
    case 'ui.captureClear': {
      if (frame) await clearPending(frame.tabId);
      return { ok: true };
    }
    case 'ui.teachPick': {
      if (!frame) return { ok: false };
      return TeachPickReply.parse(await browser.tabs.sendMessage(frame.tabId, { type: 'bg.teachPick', keyboard: msg.keyboard }, { frameId: frame.frameId }));
    }
    case 'ui.teachSave': {
      if (!frame) return { ok: false };
      const db = getDb();
      await db.open();
      const rule = await saveRule(db, { key: msg.key, label: msg.label, section: msg.section ?? '', ...(msg.shape ? { shape: msg.shape } : {}), override: msg.override, host: pageOf(frame.url).host, path: msg.path });
      return { ok: true, id: rule.id };
    }
    case 'ui.panelSize': {
      if (!frame) return { ok: false };
      return browser.tabs.sendMessage(frame.tabId, { type: 'bg.panelSize', width: msg.width, height: msg.height }, { frameId: frame.frameId });
    }
  }
}

/** The entity whose name or certificate number already shows on the page. */
async function suggestEntity(hints: string[]): Promise<string | undefined> {
  if (!hints.length) return undefined;
  const h = hints.map(norm);
  const entities = await getDb().entities.toArray();
  return entities.find((e) => h.includes(norm(e.name)) || (e.certNumber && h.includes(norm(e.certNumber))))?.id;
}

export function forgetTab(tabId: number) {
  for (const [k, f] of frames) if (f.tabId === tabId) frames.delete(k);
  void persist();
}

/** The keyboard shortcut and the popup: fill the active tab's step with the current selection. */
export async function fillActiveTab(): Promise<FillReport> {
  const frame = await frameFor(undefined);
  if (!frame?.recognition) return { ok: false, error: t('fill.noFrame'), items: [] };
  try {
    return await fill(frame, frame.recognition, {});
  } catch (e) {
    if (isLocked(e)) return { ok: false, locked: true, error: t('vault.lockedFill'), items: [] };
    throw e;
  }
}

/** A fill is the user's action: it counts as activity for the auto-lock. */
async function fill(frame: FrameInfo, recognition: Recognition, req: Parameters<typeof runFill>[3]): Promise<FillReport> {
  const db = getDb();
  await db.open();
  db.vault.touch();
  return runFill(db, recognition, transport(frame), { ...req, rules: await frameRules(frame) });
}

/** The taught fields of the frame's host (the content script keeps those whose path matches the page's path now). */
async function frameRules(frame: FrameInfo) {
  const db = getDb();
  await db.open();
  const rules: StoredRule[] = await db.rules.where('host').equals(pageOf(frame.url).host).toArray();
  return rules.map((r) => ({ id: r.id, key: r.key, label: r.label, ...(r.section ? { section: r.section } : {}), ...(r.shape ? { shape: r.shape } : {}), override: r.override, path: r.path }));
}
