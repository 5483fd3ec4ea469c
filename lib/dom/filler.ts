/**
 * What the content script does in a filing page, as a class the e2e and bench exercise through the
 * real extension: recognition on DOM/URL changes (debounced, no polling), the panel host, and the
 * locate / execute / undo / focus requests of the background.
 */
import { browser } from 'wxt/browser';
import type { PlatformId } from '../hosts';
import { stepById } from '../forms/maps';
import { knownLabels, recognizeStep } from '../forms/recognize';
import type { FieldSpec } from '../forms/types';
import { CsHello, ToContent, type ActionResult, type FillAction, type Mark, type Recognition } from '../messages';
import { drive, effectiveWidget, isDisabled, isReadOnly, readCurrent, readOptions, restoreField, shows, waitFor, type Current } from './drivers';
import { LabelIndex, isVisible, type Located } from './locate';

const ACTIVE_STEP_SEL = '[aria-current=step], .next-step-item-process .next-step-item-title, .el-step__title.is-process, .ant-steps-item-process .ant-steps-item-title, [class*="step"][class*="active"] [class*="title"], [class*="step"][class*="current"] [class*="title"]';
const MARK_ATTR = 'data-beian-autofill';

interface Changed { key: string; widget: FillAction['widget']; before: Current; spec: FieldSpec }

export class FillerPage {
  private token = randomToken();
  private recognition: Recognition | null = null;
  private host?: HTMLElement;
  private frame?: HTMLIFrameElement;
  private timer?: ReturnType<typeof setTimeout>;
  private lastHref = location.href;
  private changed: Changed[] = [];
  private styleEl?: HTMLStyleElement;

  constructor(private platform: PlatformId, private panelUrl: string) {}

  start(signal: AbortSignal) {
    const obs = new MutationObserver((records) => {
      // ignore our own marks and panel
      if (records.every((r) => (r.target as Element).closest?.('beian-autofill-panel') || (r.type === 'attributes' && r.attributeName === MARK_ATTR))) return;
      this.schedule();
    });
    obs.observe(document.documentElement, { subtree: true, childList: true });
    signal.addEventListener('abort', () => { obs.disconnect(); this.host?.remove(); });
    window.addEventListener('popstate', () => this.schedule());
    this.recognize();
  }

  /** Re-recognise soon (debounced): after DOM changes settle or the SPA route changes. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recognize(), location.href !== this.lastHref ? 50 : 250);
  }

  private recognize() {
    this.lastHref = location.href;
    const index = new LabelIndex(document);
    const activeTitles = [...document.querySelectorAll(ACTIVE_STEP_SEL)].filter(isVisible).map((e) => (e.textContent ?? '').trim()).slice(0, 5);
    const match = recognizeStep(this.platform, { labels: index.texts(knownLabels(this.platform)), activeTitles });
    const next: Recognition | null = match
      ? { platform: this.platform, step: match.spec.step, title: match.spec.titles[0] ?? match.spec.step }
      : null;
    if (JSON.stringify(next) === JSON.stringify(this.recognition)) return;
    this.recognition = next;
    // Mount once; keep it through re-renders and step changes (the panel follows via the background).
    if (next) this.mountPanel();
    void browser.runtime.sendMessage(CsHello.parse({ type: 'cs.hello', token: this.token, recognition: next, hints: this.hints(index) })).catch(() => {});
  }

  /** Values already on the page that may name the entity (for the panel's pre-selection). Page data, not profile data. */
  private hints(index: LabelIndex): string[] {
    const out: string[] = [];
    for (const labels of [['主办单位或主办人名称', '主办单位名称'], ['主办单位证件号码', '主办单位证件号', '证件号码']]) {
      const r = index.locate({ key: 'hint', labels, widget: 'text', value: '' });
      const v = r.located ? String(readCurrent(r.located, 'text')).trim() : '';
      if (v) out.push(v.slice(0, 200));
    }
    return out;
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
      case 'bg.locate': return this.locate(msg.platform, msg.step, msg.variant);
      case 'bg.execute': return this.execute(msg.platform, msg.step, msg.variant, msg.actions, msg.marks);
      case 'bg.undo': return this.undo();
      case 'bg.focus': return this.focus(msg.platform, msg.step, msg.variant, msg.key);
      case 'bg.panelSize':
        if (this.frame) { this.frame.style.height = `${msg.height}px`; this.frame.style.width = `${msg.width}px`; }
        return { ok: true };
    }
  }

  private spec(platform: string, step: string, variant?: string) {
    const spec = stepById(platform, step, variant);
    if (!spec) throw new Error('unknown step');
    return spec;
  }

  private locate(platform: string, step: string, variant?: string) {
    const spec = this.spec(platform, step, variant);
    const index = new LabelIndex(document);
    const snapshots = spec.fields.map((f) => {
      const r = index.locate(f);
      if (r.status !== 'found' || !r.located) return { key: f.key, status: r.status };
      const loc = r.located;
      const widget = effectiveWidget(loc.root, f.widget);
      const options = readOptions(loc, widget);
      return {
        key: f.key, status: 'found' as const, label: loc.label.replace(/[*：:]/g, '').trim(),
        disabled: isDisabled(loc.root), readOnly: isReadOnly(loc.root, widget), hidden: !isVisible(loc.root),
        current: readCurrent(loc, widget), ...(options ? { options } : {}),
      };
    });
    return { snapshots };
  }

  private async execute(platform: string, step: string, variant: string | undefined, actions: FillAction[], marks: Mark[]) {
    const spec = this.spec(platform, step, variant);
    this.clearMarks();
    this.changed = [];
    const results: ActionResult[] = [];
    // Checkboxes first (stable sort): 同主体负责人 lets the page copy the person before the other
    // fields are looked at, and 长期 disables the end date before the start date is typed.
    const ordered = [...actions].sort((a, b) => Number(b.widget === 'checkbox') - Number(a.widget === 'checkbox'));
    const find = finder();
    for (const a of ordered) {
      const f = spec.fields.find((x) => x.key === a.key);
      if (!f) { results.push({ key: a.key, ok: false, error: 'unknown field' }); continue; }
      const loc = find(f);
      if (!loc || isDisabled(loc.root) || isReadOnly(loc.root, f.widget)) { results.push({ key: a.key, ok: false, error: '页面上的字段已变化' }); continue; }
      const widget = effectiveWidget(loc.root, a.widget);
      const act = { ...a, widget, ...(widget === 'select' && a.widget === 'text' ? { accept: [String(a.value)] } : {}) };
      const before = readCurrent(loc, widget);
      const current = () => (loc.root.isConnected ? loc : find(f) ?? loc);
      const verify = (ms: number) => waitFor(() => { const c = readCurrent(current(), widget); return shows(widget, act.value, act.accept, c) ? { c } : undefined; }, ms);
      let r = await drive(loc, act);
      // Count it filled only when the page shows the value (framework re-rendered from its state).
      let shown = r.ok ? await verify(2000) : undefined;
      if (!shown && r.error !== 'fill.range') {
        // one more try (a popup of the previous field may still have been closing), on the field as it is now
        const again = find(f, true);
        if (again && !isDisabled(again.root) && JSON.stringify(readCurrent(again, widget)) === JSON.stringify(before)) {
          r = await drive(again, act);
          shown = r.ok ? await verify(2000) : undefined;
        }
      }
      const ok = !!shown;
      if (ok || JSON.stringify(readCurrent(current(), widget)) !== JSON.stringify(before)) this.changed.push({ key: a.key, widget, before, spec: f });
      results.push({ key: a.key, ok, ...(ok ? { shown: shown!.c } : { error: r.error === 'fill.noOption' ? '页面没有这个选项' : r.error === 'fill.range' ? '起止日期在同一个范围选择器中，请手动选择' : '页面未接受这个值' }) });
      if (!ok) marks.push({ key: a.key, kind: 'failed', text: '未能填入' });
    }
    this.applyMarks(spec.fields, marks);
    return { results };
  }

  private async undo() {
    let restored = 0;
    const failed: string[] = [];
    const find = finder();
    for (const c of [...this.changed].reverse()) {
      const loc = find(c.spec);
      if (!loc) { failed.push(c.key); continue; }
      const ok = await restoreField(loc, c.widget, c.before);
      if (ok) restored++; else failed.push(c.key);
    }
    this.changed = [];
    this.clearMarks();
    return { restored, failed };
  }

  private focus(platform: string, step: string, variant: string | undefined, key: string) {
    const f = this.spec(platform, step, variant).fields.find((x) => x.key === key);
    const loc = f && finder()(f);
    if (!loc) return { ok: false };
    loc.root.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const control = loc.root.matches('input,select,textarea') ? loc.root : (loc.root.querySelector('input:not([type=hidden]),select,textarea') as HTMLElement | null);
    control?.focus({ preventScroll: true });
    return { ok: true };
  }

  private clearMarks() {
    for (const el of document.querySelectorAll(`[${MARK_ATTR}]`)) { el.removeAttribute(MARK_ATTR); el.removeAttribute('title'); }
  }

  private applyMarks(fields: FieldSpec[], marks: Mark[]) {
    if (!this.styleEl?.isConnected) {
      this.styleEl = document.createElement('style');
      this.styleEl.textContent = `[${MARK_ATTR}]{outline:2px solid #d83931!important;outline-offset:2px!important;border-radius:4px}[${MARK_ATTR}=conflict],[${MARK_ATTR}=locked]{outline-color:#c77700!important}`;
      document.head.append(this.styleEl);
    }
    const find = finder();
    for (const m of marks) {
      const f = fields.find((x) => x.key === m.key);
      const loc = f && find(f);
      if (!loc) continue;
      loc.root.setAttribute(MARK_ATTR, m.kind);
      loc.root.setAttribute('title', `备案助手：${m.text}`);
    }
  }
}

/**
 * Locate fields by label with one label index for a whole pass (building it walks every label of the
 * page), rebuilt only when a field's element has left the DOM (a re-render) or when asked to.
 */
function finder(): (f: FieldSpec, fresh?: boolean) => Located | undefined {
  let index: LabelIndex | undefined;
  return (f, fresh = false) => {
    const rebuilt = fresh || !index;
    if (rebuilt) index = new LabelIndex(document);
    let loc = index!.locate(f).located;
    if (!rebuilt && (!loc || !loc.root.isConnected)) {
      index = new LabelIndex(document);
      loc = index.locate(f).located;
    }
    return loc;
  };
}

function randomToken(): string {
  const a = new Uint8Array(18);
  crypto.getRandomValues(a);
  return btoa(String.fromCharCode(...a)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
