/**
 * What the content script does in a filing page, as a class the e2e and bench exercise through the
 * real extension: reading the page's form items on DOM/URL changes (debounced, no polling), the panel
 * host, and the locate / execute / undo / focus requests of the background. Recognition is the pure
 * lib/forms/classify.ts over a snapshot of the page (lib/dom/snapshot.ts); values are put in through
 * the library drivers (lib/dom/drivers/) and read back.
 */
import { browser } from 'wxt/browser';
import { readPage, unreadLabels, type PageSnapshot, type Reading, type TaughtRule } from '../forms/classify';
import type { StepPrior } from '../forms/steps';
import { labelKey, MAIN_ROW_CHOICE } from '../forms/vocabulary';
import { pathMatches, platformOfUrl } from '../hosts';
import { ToContent, type ActionResult, type CsHello, type FillAction, type Mark, type ReadingWire, type Recognition } from '../messages';
import { deepAll, ipBoxes, isDisabled, loadingNoteShown, isReadOnly, knownShadowRoots, readCurrent, restore, setValue, shows, sleep, tickMainRow, userClick, waitFor, type SetValue } from './drivers/engine';
import type { Current, Shape } from './drivers/types';
import { Panes } from './panes';
import { SEL, shapeOf } from './drivers/index';
import { takeSnapshot, watchUserEdits, type LiveSnapshot } from './snapshot';
import { copyGap } from '../fill/values';

/** A row's address-type select (IPv4 / IPv6): what it reads while set. */
const IP_KIND = /^\s*IPv[46]\s*$/i;

const MARK_ATTR = 'data-beian-autofill';
/** the item under the cursor while the filer picks a field to teach (指定字段) */
const PICK_ATTR = 'data-beian-autofill-pick';
type WireRule = TaughtRule & { path?: string };

/** Where a control stood: its item's label and section, and its place in the item (survives a re-render). */
interface Signature { label: string; heading: string; index: number; shape: Shape }
interface Changed { key: string; sig: Signature; shape: Shape; before: Current }

/** This frame sits in a filing page of its own origin (a console shell around the form). */
function framedByFilingPage(): boolean {
  if (window === window.top) return false;
  try {
    return !!platformOfUrl(window.top!.location.href);
  } catch {
    return false;
  }
}

export function toWire(r: Reading): ReadingWire {
  return {
    // the label as the panel lists it: without a trailing （选填） hint
    key: r.key, field: r.field.id, ...(r.role ? { role: r.role } : {}), status: r.status, label: r.item.label.replace(/\s*[(（](选填|必填|可选|非必填|optional)[)）]\s*$/i, '').slice(0, 200), score: r.score,
    controls: r.parts.map(({ control: c, part }) => ({
      id: c.id, shape: c.shape, part, current: c.current,
      ...(c.sub ? { sub: c.sub.slice(0, 200) } : {}), ...(c.hint ? { hint: c.hint.slice(0, 200) } : {}), ...(c.multiline ? { multiline: true } : {}), ...(c.multiple ? { multiple: true } : {}), ...(c.options ? { options: c.options.slice(0, 500).map((o) => o.slice(0, 200)) } : {}),
      ...(c.disabled ? { disabled: true } : {}), ...(c.readOnly ? { readOnly: true } : {}), ...(c.hidden ? { hidden: true } : {}), ...(c.touched ? { touched: true } : {}),
    })),
    ...(r.item.add ? { add: true } : {}), ...(r.item.required ? { required: true } : {}), ...(r.rivals ? { rivals: r.rivals.slice(0, 20) } : {}),
  };
}

/**
 * A domain typed into a name box beside a suffix select (域名主体 [zhangwei-notes] [.cn ▾]): the page moves the
 * suffix into the select, so the box holds the name and the select the suffix the value ends with.
 */
function splitSuffix(shape: Shape, value: SetValue, now: Current, item: HTMLElement | undefined): boolean {
  if (shape !== 'text' || typeof value !== 'string' || typeof now !== 'string' || !now || !item || !value.startsWith(now)) return false;
  const rest = value.slice(now.length);
  if (!/^\.[a-z.]+$/i.test(rest)) return false;
  return [...item.querySelectorAll<HTMLElement>(SEL.root)].some((el) => shapeOf(el) === 'select' && readCurrent(el, 'select') === rest);
}

export class FillerPage {
  private token = randomToken();
  private recognition: Recognition | null = null;
  private told = false;
  /** a frame of a filing page of its own origin: its panel shows in the top frame */
  private readonly framed = framedByFilingPage();
  private readonly panes = new Panes(document);
  /** the step of the last reading, and the one a fill's walk of the panes keeps while it shows them */
  private lastPrior?: StepPrior;
  private walkPrior?: StepPrior;
  private readonly watched = new WeakSet<ShadowRoot>();
  private observeShadow?: (root: ShadowRoot) => void;
  private host?: HTMLElement;
  private frame?: HTMLIFrameElement;
  private timer?: ReturnType<typeof setTimeout>;
  private lastHref = location.href;
  private changed: Changed[] = [];
  private styleEl?: HTMLStyleElement;
  /** the last reading of the page: its snapshot (element references) and readings */
  private live?: LiveSnapshot;
  private readings: Reading[] = [];
  /**
   * The snapshots the background planned on, by the number each locate answered with: a fill's control ids are
   * read against its own locate's snapshot, whatever re-reads happen meanwhile (the panel's preview locates
   * too, and on a busy page it may do so between a fill's locate and its execute). The last few are kept.
   */
  private located = new Map<number, LiveSnapshot>();
  private locatedCount = 0;
  /** the filer's taught fields for this host (from the last locate) and those that matched nothing */
  private rules: WireRule[] = [];
  private unmatched: TaughtRule[] = [];
  private picking?: () => void;

  constructor(private platform: string, private panelUrl: string) {}

  start(signal: AbortSignal) {
    watchUserEdits(document, signal);
    const obs = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('beian-autofill-panel') || (r.type === 'attributes' && r.attributeName === MARK_ATTR))) return;
      this.schedule();
    });
    obs.observe(document.documentElement, { subtree: true, childList: true });
    this.observeShadow = (root) => obs.observe(root, { subtree: true, childList: true });
    signal.addEventListener('abort', () => { obs.disconnect(); this.host?.remove(); });
    window.addEventListener('popstate', () => this.schedule());
    this.recognize();
  }

  /** Re-read soon (debounced): after DOM changes settle or the SPA route changes. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recognize(), location.href !== this.lastHref ? 50 : 250);
  }

  /** Read the page: the snapshot, the readings and the step they suggest. */
  private read() {
    this.live = takeSnapshot(document);
    // a form inside an open shadow root (a micro-frontend): its changes are watched too, and marks show there
    for (const sr of knownShadowRoots()) {
      if (this.watched.has(sr)) continue;
      this.watched.add(sr);
      this.observeShadow?.(sr);
    }
    const rules = this.rules.filter((r) => !r.path || pathMatches(r.path, location.pathname));
    const { prior, readings, unmatchedRules } = readPage(this.platform, this.live.snapshot, rules, this.walkPrior);
    this.lastPrior = prior;
    this.readings = readings;
    this.unmatched = unmatchedRules;
    return { prior, readings };
  }

  private recognize() {
    this.lastHref = location.href;
    const { prior, readings } = this.read();
    const found = readings.filter((r) => r.status === 'found');
    // a form that shows one question first and the rest on its answer (第一步：选择开办主体性质 ○个人 ○企业 …)
    const opener = found.length === 1 && ['choice', 'yesno'].includes(found[0]!.field.kind) && found[0]!.parts.some((p) => p.control.shape === 'radio' || p.control.shape === 'select');
    // a known step, or a filing page with recognisable fields on it (an unknown build of a step)
    const next: Recognition | null = prior || found.length >= 2 || opener
      ? { platform: this.platform, step: prior?.step ?? 'unknown', title: prior?.titles[0] ?? '未识别的步骤', fields: readings.length }
      : null;
    // the first reading is always told (a console shell without fields learns whether a frame of it holds the form)
    if (this.told && JSON.stringify(next) === JSON.stringify(this.recognition)) return;
    this.told = true;
    this.recognition = next;
    // a form in a frame of a filing page: its panel shows in the top frame (the background asks it to)
    if (next && !this.framed) this.mountPanel();
    void browser.runtime.sendMessage({ type: 'cs.hello', token: this.token, recognition: next, hints: this.hints() } satisfies CsHello)
      .then((r: unknown) => { if ((r as { hostPanel?: boolean } | undefined)?.hostPanel && !this.framed) this.mountPanel(); })
      .catch(() => {});
  }

  /** Values already on the page that may name the entity (for the panel's pre-selection). Page data, not profile data. */
  private hints(): string[] {
    const out: string[] = [];
    for (const r of this.readings) {
      if (r.key !== 'entity.name' && r.key !== 'entity.certNumber') continue;
      const v = r.parts[0]?.control.current;
      if (typeof v === 'string' && v.trim()) out.push(v.trim().slice(0, 200));
    }
    return out.slice(0, 20);
  }

  private mountPanel() {
    if (this.host?.isConnected) return;
    const host = document.createElement('beian-autofill-panel');
    host.style.cssText = 'all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483646;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.src = `${this.panelUrl}#${this.token}`;
    frame.title = '备案助手';
    frame.setAttribute('allow', '');
    frame.style.cssText = 'border:1px solid #dee0e3;border-radius:10px;box-shadow:0 4px 16px rgba(0,0,0,.15);width:360px;height:460px;background:#fff;display:block;';
    shadow.append(frame);
    document.body.append(host);
    this.host = host;
    this.frame = frame;
  }

  async handle(raw: unknown): Promise<unknown> {
    const msg = ToContent.parse(raw);
    switch (msg.type) {
      case 'bg.locate':
        if (msg.rules) this.rules = msg.rules;
        return this.locate();
      case 'bg.teachPick': return this.pick();
      case 'bg.execute': return this.execute(msg.actions, msg.marks, msg.copied, msg.reading);
      case 'bg.pane':
        if (msg.restore) { await this.panes.restore(); this.walkPrior = undefined; return { shown: false }; }
        // (the panes the walk shows are of the step the page was recognised as before it)
        this.walkPrior ??= this.lastPrior;
        if (await this.panes.next(msg.wanted)) return { shown: true };
        this.walkPrior = undefined;
        return { shown: false };
      case 'bg.undo': return this.undo();
      case 'bg.focus': return this.focus(msg.key);
      case 'bg.hostPanel':
        if (!this.framed) this.mountPanel();
        return { ok: true };
      case 'bg.panelSize':
        // never taller or wider than the window (the panel sits at the bottom right, fixed)
        if (this.frame) { this.frame.style.height = `${Math.min(msg.height, Math.max(120, innerHeight - 32))}px`; this.frame.style.width = `${Math.min(msg.width, Math.max(160, innerWidth - 32))}px`; }
        return { ok: true };
    }
  }

  private async locate() {
    // a part of the form still loading (证件类型 fetched once 性质 is chosen, the account's instances): read once it
    // shows, for a moment at most
    if (loadingNoteShown()) await waitFor(() => !loadingNoteShown() || undefined, 2500);
    const { prior, readings } = this.read();
    const reading = ++this.locatedCount;
    this.located.set(reading, this.live!);
    for (const n of this.located.keys()) if (n <= reading - 4) this.located.delete(n);
    return { step: prior?.step ?? null, readings: readings.map(toWire), unmatchedRules: this.unmatched.map((r) => r.id), reading, unread: unreadLabels(this.live!.snapshot, readings) };
  }

  /**
   * 指定字段: the filer picks an item of the page. The item under the pointer (or the one Tab reached) is
   * outlined through an attribute; a click or Enter picks it, Esc cancels. Nothing of the page's values
   * is touched and the click does not reach the page.
   */
  private pick(): Promise<unknown> {
    this.picking?.();
    this.read();
    const live = this.live!;
    const items = live.snapshot.items.filter((it) => it.controls.length);
    const elementOf = (id: number) => {
      const it = live.items.get(id);
      const roots = items.find((x) => x.id === id)!.controls.map((c) => live.roots.get(c.id)!).filter(Boolean);
      return it?.container && roots.every((r) => it.container!.contains(r)) ? it.container : roots[0];
    };
    const itemAt = (target: EventTarget | null) => {
      if (!(target instanceof Element) || target.closest('beian-autofill-panel')) return undefined;
      // the smallest item element holding the target
      let best: { id: number; el: Element } | undefined;
      for (const it of items) {
        const el = elementOf(it.id);
        if (el?.contains(target) && (!best || best.el.contains(el))) best = { id: it.id, el };
      }
      return best?.id;
    };
    const style = document.createElement('style');
    style.textContent = `[${PICK_ATTR}]{outline:3px dashed #0064c8!important;outline-offset:3px!important;cursor:crosshair!important}`;
    document.head.append(style);
    let current: number | undefined;
    const show = (id: number | undefined, focus = false) => {
      for (const el of document.querySelectorAll(`[${PICK_ATTR}]`)) el.removeAttribute(PICK_ATTR);
      current = id;
      if (id === undefined) return;
      const el = elementOf(id);
      el?.setAttribute(PICK_ATTR, '');
      if (focus) {
        const root = live.roots.get(items.find((x) => x.id === id)!.controls[0]!.id);
        const control = root?.matches('input,select,textarea,[tabindex]') ? root : root?.querySelector<HTMLElement>('input:not([type=hidden]),select,textarea,[tabindex]');
        (control ?? root)?.focus({ preventScroll: true });
        el?.scrollIntoView({ block: 'center' });
      }
    };
    return new Promise((resolve) => {
      const done = (reply: unknown) => { cleanup(); resolve(reply); };
      const answer = (id: number) => {
        const it = items.find((x) => x.id === id)!;
        const r = this.readings.find((x) => x.item.id === id);
        done({
          ok: true, path: location.pathname,
          item: { label: it.label.slice(0, 200), ...(it.headings[0] ? { section: it.headings[0].slice(0, 200) } : {}), shape: it.controls[0]!.shape, ...(r ? { key: r.key, status: r.status, ...(r.taught ? { taught: true } : {}) } : {}) },
        });
      };
      const onMove = (e: MouseEvent) => { const id = itemAt(e.target); if (id !== current) show(id); };
      const onClick = (e: MouseEvent) => {
        const id = itemAt(e.target);
        if (id === undefined) return;
        e.preventDefault(); e.stopPropagation(); e.stopImmediatePropagation();
        answer(id);
      };
      const swallow = (e: Event) => { if (itemAt(e.target) !== undefined) { e.preventDefault(); e.stopPropagation(); e.stopImmediatePropagation(); } };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); done({ ok: false, cancelled: true }); return; }
        if (e.key === 'Tab') {
          e.preventDefault(); e.stopPropagation();
          const at = current === undefined ? -1 : items.findIndex((x) => x.id === current);
          const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at + 1) % items.length;
          show(items[next]?.id, true);
          return;
        }
        if (e.key === 'Enter' && current !== undefined) { e.preventDefault(); e.stopPropagation(); answer(current); }
      };
      const cleanup = () => {
        document.removeEventListener('mousemove', onMove, true);
        document.removeEventListener('click', onClick, true);
        for (const t of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) document.removeEventListener(t, swallow, true);
        document.removeEventListener('keydown', onKey, true);
        show(undefined);
        style.remove();
        this.picking = undefined;
      };
      this.picking = () => done({ ok: false, cancelled: true });
      document.addEventListener('mousemove', onMove, true);
      document.addEventListener('click', onClick, true);
      for (const t of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) document.addEventListener(t, swallow, true);
      document.addEventListener('keydown', onKey, true);
      // the keyboard starts on the first item: Tab moves on, Enter picks
      if (items[0]) show(items[0].id, true);
    });
  }

  /** The reading a report key names (`key` or `key#n` for the n-th of a repeated key). */
  private readingOf(key: string): Reading | undefined {
    const [k, n] = key.split('#');
    return this.readings.filter((r) => r.key === k)[n ? Number(n) - 1 : 0];
  }

  private signature(id: number, live = this.live): Signature | undefined {
    for (const item of live?.snapshot.items ?? []) {
      const index = item.controls.findIndex((c) => c.id === id);
      if (index >= 0) return { label: labelKey(item.label), heading: item.headings[0] ?? '', index, shape: item.controls[index]!.shape };
    }
    return undefined;
  }
  /** The control a signature names on the page as it is now (re-read when the page re-rendered). */
  private findBySignature(sig: Signature, fresh = false): { root: HTMLElement; item?: HTMLElement } | undefined {
    if (fresh || !this.live) this.read();
    const at = this.controlOf(sig);
    return at && { root: this.live!.roots.get(at.control.id)!, item: this.live!.items.get(at.item.id)?.container };
  }
  /** The control a signature names in the last reading of the page. */
  private controlOf(sig: Signature) {
    for (const item of this.live!.snapshot.items) {
      if (labelKey(item.label) !== sig.label || (item.headings[0] ?? '') !== sig.heading) continue;
      const control = item.controls[sig.index];
      if (control && control.shape === sig.shape) return { item, control };
    }
    return undefined;
  }
  private itemOfControl(id: number, live = this.live) {
    const item = live?.snapshot.items.find((i) => i.controls.some((c) => c.id === id));
    return item ? { item, live: live!.items.get(item.id) } : undefined;
  }

  private async execute(actions: FillAction[], marks: Mark[], copied: number[] = [], reading?: number) {
    this.clearMarks();
    this.changed = [];
    const results: ActionResult[] = [];
    const dated: { result: number; sig: Signature; shape: Shape; value: SetValue; accept?: string[] }[] = [];
    // the locate the actions were planned on; without one (or one long gone), the latest
    const plan = (reading !== undefined ? this.located.get(reading) : undefined) ?? this.located.get(this.locatedCount) ?? (this.read(), this.live!);
    const sigs = new Map(actions.map((a) => [a.control, this.signature(a.control, plan)]));
    for (const a of actions) {
      let sig = sigs.get(a.control);
      const fail = (error: string, noOption = false) => { results.push({ key: a.key, ok: false, error, ...(noOption ? { noOption } : {}) }); marks.push({ key: a.key, kind: noOption ? 'no-option' : 'failed', text: noOption ? '页面没有匹配的选项' : '未能填入' }); };
      if (!sig) { fail('页面上的字段已变化'); continue; }
      let shape = a.shape;
      let value = a.value as SetValue;
      let at: { root: HTMLElement; item?: HTMLElement } = { root: plan.roots.get(a.control)!, item: this.itemOfControl(a.control, plan)?.live?.container };
      if (!at.root?.isConnected) {
        let again = this.findBySignature(sig, true);
        // 长期 (ticked first) swapped the range picker for one start-date picker: the start alone goes there
        if (!again && shape === 'date-range' && Array.isArray(value) && value[0] && !value[1]) {
          const single: Signature = { ...sig, shape: 'date' };
          again = this.findBySignature(single, true);
          if (again) { sig = single; shape = 'date'; value = value[0]; }
        }
        // a page re-rendering that part of the form right now (a busy machine, an answer above redrawing the
        // block): looked for again for a moment before the field is given up; longer while the page shows no
        // field at all (seen once on a loaded machine: a TDesign page read with no item for over a second)
        for (let i = 0; !again && i < (this.live?.snapshot.items.length ? 8 : 25); i++) { await sleep(120); again = this.findBySignature(sig, true); }
        if (!again) { fail('页面上的字段已变化'); continue; }
        at = again;
      }
      // a control that already shows the value, put there by the page after an earlier action of this fill (信息来源
      // 开办主体负责人 copies the principal into rows it locks): filled, with nothing to write or wait for
      const holding = () => a.part !== 'row' && shows(shape, value, a.accept, readCurrent(at.root, shape, { item: at.item, accept: a.accept, byToken: a.byToken }), a.byToken);
      if (holding()) { results.push({ key: a.key, ok: true }); continue; }
      // a control that opens once an earlier field is chosen (市 after 省, 证件类型 after 性质), or that the page's
      // copy is filling (a locked range picker the copy sets a moment later)
      if (isDisabled(at.root)) {
        const root = at.root;
        await waitFor(() => (!root.isConnected || !isDisabled(root) || holding()), a.part === 'city' || a.part === 'district' ? 3000 : 1500);
        if (!at.root.isConnected) at = this.findBySignature(sig, true) ?? at;
        if (at.root.isConnected && holding()) { results.push({ key: a.key, ok: true }); continue; }
      }
      if (isDisabled(at.root) || isReadOnly(at.root, shape)) { fail('页面上的字段已变化'); continue; }
      if (a.part === 'row') {
        const r = await this.fillRows(a, sig);
        results.push(r);
        if (!r.ok) marks.push({ key: a.key, kind: 'failed', text: '未能填入' });
        continue;
      }
      // a city's or a district's options load after the level above was chosen: waited for longer
      const ctx = { item: at.item, accept: a.accept, byToken: a.byToken, ...(a.part === 'city' || a.part === 'district' ? { patience: 2 } : {}), ...(a.part === 'region' && shape === 'text' ? { region: true } : {}) };
      const before = readCurrent(at.root, shape, ctx);
      // what the field's item shows: a write the control cannot read back (a tag added from a text box) still changes it
      const shownBefore = at.item?.textContent ?? '';
      const current = () => (at.root.isConnected ? at : this.findBySignature(sig, true) ?? at);
      const verify = (ms: number) => waitFor(() => {
        const c = current();
        const now = readCurrent(c.root, shape, { item: c.item });
        return shows(shape, value, a.accept, now, a.byToken) || splitSuffix(shape, value, now, c.item) ? { now } : undefined;
      }, ms);
      const started = performance.now();
      let r = await setValue(at.root, shape, value, ctx);
      let shown = r.ok ? await verify(2000) : undefined;
      // a list that was searched through for its whole patience without the option is not searched again
      const searched = r.error === 'fill.noOption' && performance.now() - started > 2000;
      if (!shown && r.error !== 'fill.range' && !searched) {
        // one more try (a popup of the previous field may still have been closing), on the control as it is
        // now, only when the page shows nothing of the first: a second write of a value it did take (a
        // second tag of the same domain) would be a wrong value
        const again = this.findBySignature(sig, true);
        const untouched = again && JSON.stringify(readCurrent(again.root, shape, { item: again.item })) === JSON.stringify(before) && (again.item?.textContent ?? '') === shownBefore;
        if (again && untouched && !isDisabled(again.root)) {
          at = again;
          r = await setValue(again.root, shape, value, { ...ctx, item: again.item });
          shown = r.ok ? await verify(2000) : undefined;
        }
      }
      const ok = !!shown;
      const c = current();
      const now = readCurrent(c.root, shape, { item: c.item });
      let changed = JSON.stringify(now) !== JSON.stringify(before);
      // a write whose read-back failed but that changed the control (a range's start without its end, or
      // in the wrong box) is taken back: the page may hold half a value or a wrong one; empty and flagged
      // beats a guess
      const undo = !ok && changed && shape !== 'upload';
      if (undo && (await restore(c.root, shape, before, { item: c.item }))) changed = false;
      if (ok || changed) this.changed.push({ key: a.key, sig, shape: shape, before });
      if (ok && (shape === 'date' || shape === 'date-range')) dated.push({ result: results.length, sig, shape, value, accept: a.accept });
      if (ok) results.push({ key: a.key, ok });
      else if (undo && changed) fail('页面只接受了部分值，请核对');
      else fail(r.error === 'fill.noOption' ? '页面没有这个选项' : r.error === 'fill.range' ? '起止日期在同一个范围选择器中，请手动选择' : '页面未接受这个值', r.error === 'fill.noOption');
    }
    // A date picked in a calendar is read back once more after the rest of the fill: on a busy machine a
    // picker took a late click after its read-back had passed and ended on a wrong range (2038-03-01 to
    // 2038-03-01 for 2018-03-01 to 2038-03-01). One such date is set again; if it still does not hold, it is
    // reported and outlined, not counted as filled.
    // (the page is read once for all of them; again only for one that is set again)
    if (dated.length) this.read();
    for (const d of dated) {
      const holds = (fresh: boolean) => { const c = this.findBySignature(d.sig, fresh); return !!c && shows(d.shape, d.value, d.accept, readCurrent(c.root, d.shape, { item: c.item })); };
      const at = this.findBySignature(d.sig);
      if (!at || holds(false)) continue;
      const again = await setValue(at.root, d.shape, d.value, { item: at.item, accept: d.accept });
      if (again.ok && (await waitFor(() => holds(true) || undefined, 2000)) && (await sleep(300), holds(true))) continue;
      results[d.result] = { key: results[d.result]!.key, ok: false, error: '页面上的日期已变化，请核对' };
      marks.push({ key: results[d.result]!.key, kind: 'failed', text: '未能填入' });
    }
    await this.wholeRegions(actions, results, marks, sigs);
    const itemKey = (i: PageSnapshot['items'][number]) => `${labelKey(i.label)}|${i.headings[0] ?? ''}`;
    const shownIn = (i: PageSnapshot['items'][number]) => i.controls.filter((c) => !c.hidden).length;
    const before = new Map(plan.snapshot.items.map((i) => [itemKey(i), shownIn(i)]));
    const copiedSigs = copied.map((id) => this.signature(id, plan)).filter((s): s is Signature => !!s);
    this.read();
    // what the page was left to copy and did not (an 应急联系电话 it keeps empty and editable): the background reads again
    const copyGaps = copiedSigs.some((sig) => { const at = this.controlOf(sig); return !!at && copyGap(at.control); });
    this.applyMarks(marks);
    // did an answer reveal form items that were not there or not shown (交互服务类型 once 是), or a control in an
    // item (截止日期 chosen opens the end date)? then the background reads again
    const revealed = this.live!.snapshot.items.some((i) => shownIn(i) > (before.get(itemKey(i)) ?? 0));
    return { results, revealed, ...(copyGaps ? { copyGaps } : {}) };
  }

  /**
   * A region asked in levels (省 | 市 | 区县 selects) is whole or not at all: a province held without its city or
   * county is a wrong region. When a level fails, the levels of that region that took are put back (the lowest
   * first) and the region is reported; one the page offers no way to empty is reported as taken in part.
   */
  private async wholeRegions(actions: FillAction[], results: ActionResult[], marks: Mark[], sigs: Map<number, Signature | undefined>) {
    const LEVELS: string[] = ['province', 'city', 'district'];
    const keys = new Set(actions.filter((a) => LEVELS.includes(a.part)).map((a) => a.key));
    for (const key of keys) {
      const at = actions.map((a, i) => ({ a, i })).filter(({ a }) => a.key === key && LEVELS.includes(a.part));
      const failed = at.find(({ i }) => !results[i]?.ok);
      if (!failed) continue;
      let kept = false;
      for (const { i } of at.filter(({ i }) => results[i]?.ok).reverse()) {
        const change = this.changed.find((c) => c.key === key && c.sig === sigs.get(actions[i]!.control));
        const now = change && this.findBySignature(change.sig, true);
        if (!change || !now || !(await restore(now.root, change.shape, change.before, { item: now.item }))) kept = true;
        else this.changed.splice(this.changed.indexOf(change), 1);
      }
      for (const { i } of at) results[i] = { key, ok: false, error: kept ? '页面只接受了部分地区，请核对' : results[failed.i]!.error ?? '页面未接受这个值' };
      marks.push({ key, kind: 'failed', text: '未能填入' });
    }
  }

  /** A list as rows: fill the row inputs there are, press the item's own 添加 button for each value more. */
  private async fillRows(a: FillAction, sig: Signature): Promise<ActionResult> {
    const values = Array.isArray(a.value) ? (a.value as string[]) : [String(a.value)];
    const rowsNow = () => {
      const found = this.findBySignature(sig, true);
      const it = found && this.itemOfControl([...this.live!.roots.entries()].find(([, el]) => el === found.root)?.[0] ?? -1);
      if (!it) return undefined;
      const texts = it.item.controls.filter((c) => c.shape === 'text' && !c.noRow);
      // a row's own type select just before its box (IPv4 / IPv6 before the address boxes)
      const kinds = texts.map((t) => {
        const prev = it.item.controls[it.item.controls.indexOf(t) - 1];
        const el = prev?.shape === 'select' ? this.live!.roots.get(prev.id) : undefined;
        return el && IP_KIND.test(String(readCurrent(el, 'select'))) ? el : undefined;
      });
      return { controls: texts.map((c) => this.live!.roots.get(c.id)!), kinds, add: it.live?.add, container: it.live?.container };
    };
    // a box whose 添加 moves its text into a list beside it (tags) and empties it: one value at a time
    const listed = (v: string) => { const r = rowsNow(); return !!r?.container?.textContent?.includes(v) && r.controls.every((c) => readCurrent(c, 'text') !== v) ? true : undefined; };
    let adder = false;
    // a 添加 that opens a box whose text, once left, becomes a tag (Element Plus's dynamic tags): one box a value
    let opener = false;
    for (let i = 0; i < values.length; i++) {
      let rows = rowsNow();
      if (!rows) return { key: a.key, ok: false, error: '页面上的字段已变化' };
      if (opener) {
        if (!rows.controls[0] && rows.add) {
          userClick(rows.add);
          await waitFor(() => (rowsNow()?.controls[0] ? true : undefined), 2000);
          rows = rowsNow();
        }
        const box = rows?.controls[0];
        if (!box) return { key: a.key, ok: false, error: '页面未添加新行' };
        await setValue(box, 'text', values[i]!);
        if (!(await waitFor(() => listed(values[i]!), 2000))) return { key: a.key, ok: false, error: '页面未接受这个值' };
        continue;
      }
      if (i > 0 && !rows.controls.length && listed(values[i - 1]!)) { opener = true; i--; continue; }
      if (adder) {
        await setValue(rows.controls[0]!, 'text', values[i]!);
        userClick(rows.add!);
        if (!(await waitFor(() => listed(values[i]!), 2000))) return { key: a.key, ok: false, error: '页面未接受这个值' };
        continue;
      }
      if (i >= rows.controls.length) {
        if (!rows.add) return { key: a.key, ok: false, error: '页面没有添加行的按钮' };
        const count = rows.controls.length;
        userClick(rows.add);
        await waitFor(() => { const r = rowsNow(); return (r && r.controls.length > count) || (count === 1 && listed(values[i - 1]!)) ? true : undefined; }, 2000);
        rows = rowsNow();
        if (rows && count === 1 && rows.controls.length === 1 && listed(values[i - 1]!)) { adder = true; i--; continue; }
        if (!rows || i >= rows.controls.length) return { key: a.key, ok: false, error: '页面未添加新行' };
      }
      const kind = rows.kinds[i];
      const version = values[i]!.includes(':') ? 'IPv6' : 'IPv4';
      if (kind && !String(readCurrent(kind, 'select')).toLowerCase().includes(version.toLowerCase())) {
        await setValue(kind, 'select', version, { accept: [version] });
        // the boxes follow the type (eight groups for IPv6, four octets for IPv4), or keep their number and
        // take the address pasted whole (OpenTiny's): a short wait for the first
        await waitFor(() => { const r = rowsNow(); const boxes = r?.controls[i] && ipBoxes(r.controls[i]!); return !boxes || boxes.length === (version === 'IPv6' ? 8 : 4) ? true : undefined; }, 300);
        rows = rowsNow();
        if (!rows?.controls[i]) return { key: a.key, ok: false, error: '页面上的字段已变化' };
      }
      const root = rows.controls[i]!;
      const before = readCurrent(root, 'text');
      if (before === values[i]) continue;
      await setValue(root, 'text', values[i]!);
      this.changed.push({ key: a.key, sig: { ...sig, index: i }, shape: 'text', before });
      await sleep(0);
    }
    const rows = rowsNow();
    const ok = adder || opener ? values.every((v) => listed(v)) : !!rows && values.every((v, i) => rows.controls[i] && readCurrent(rows.controls[i]!, 'text') === v);
    if (ok && !adder && !opener && rows?.container) await tickMainRow(rows.container, rows.controls[0]!, rows.controls, MAIN_ROW_CHOICE);
    return ok ? { key: a.key, ok } : { key: a.key, ok, error: '页面未接受这个值' };
  }

  private async undo() {
    let restored = 0;
    const failed: string[] = [];
    for (const c of [...this.changed].reverse()) {
      const at = this.findBySignature(c.sig, true);
      if (!at) { failed.push(c.key); continue; }
      const ok = await restore(at.root, c.shape, c.before, { item: at.item });
      if (ok) restored++; else failed.push(c.key);
    }
    this.changed = [];
    this.clearMarks();
    return { restored, failed: [...new Set(failed)] };
  }

  private focus(key: string) {
    this.read();
    // (a field no reading names, listed by its label: unread:<label>)
    const unread = key.startsWith('unread:') ? key.slice('unread:'.length) : undefined;
    const id = unread !== undefined ? this.live!.snapshot.items.find((it) => it.label.slice(0, unread.length) === unread)?.controls[0]?.id : this.readingOf(key)?.parts[0]?.control.id;
    const root = id !== undefined ? this.live!.roots.get(id) : undefined;
    if (!root) return { ok: false };
    root.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const control = root.matches('input,select,textarea') ? root : (root.querySelector('input:not([type=hidden]),select,textarea') as HTMLElement | null);
    control?.focus({ preventScroll: true });
    return { ok: true };
  }

  private clearMarks() {
    for (const el of deepAll(`[${MARK_ATTR}]`)) { el.removeAttribute(MARK_ATTR); el.removeAttribute('title'); }
  }

  private applyMarks(marks: Mark[]) {
    if (!this.styleEl?.isConnected) {
      this.styleEl = document.createElement('style');
      this.styleEl.textContent = `[${MARK_ATTR}]{outline:2px solid #d83931!important;outline-offset:2px!important;border-radius:4px}[${MARK_ATTR}=conflict],[${MARK_ATTR}=locked],[${MARK_ATTR}=choose]{outline-color:#c77700!important}`;
      document.head.append(this.styleEl);
    }
    // the document's style does not reach into a shadow root: a copy there
    for (const sr of knownShadowRoots()) {
      if (!sr.querySelector('style[data-beian-marks]')) {
        const st = this.styleEl.cloneNode(true) as HTMLStyleElement;
        st.dataset.beianMarks = '';
        sr.append(st);
      }
    }
    for (const m of marks) {
      const r = this.readingOf(m.key);
      const id = r?.parts[0]?.control.id;
      const root = id !== undefined ? this.live?.roots.get(id) : undefined;
      if (!root) continue;
      root.setAttribute(MARK_ATTR, m.kind);
      root.setAttribute('title', `备案助手：${m.text}`);
    }
  }
}

function randomToken(): string {
  const a = new Uint8Array(18);
  crypto.getRandomValues(a);
  return btoa(String.fromCharCode(...a)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
