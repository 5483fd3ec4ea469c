/**
 * The native-HTML renderer: plain form controls built from the plan, a little script for the 省/市/县 selects,
 * 长期, 同主体负责人信息, the domain list and the counters. getState reads the form from the DOM at call time.
 */
import { boolLabels, keysOf, MULTI_SHAPES, type PlanField } from './plan';
import { allFields, install, loadRegion, plan, regionLevel, report, type State } from './runtime';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const id = (k: string) => `zoo-${k}`;
const opts = (list: string[], first?: string) =>
  (first !== undefined ? `<option value="">${esc(first)}</option>` : '') + list.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join('');
const input = (k: string, ph = '', type = 'text', cls = 'n-input') => `<input type="${type}" class="${cls}" name="${k}" id="${id(k)}" placeholder="${esc(ph)}">`;
const radios = (k: string, list: string[]) =>
  list.map((o, i) => `<label class="n-choice"><input type="radio" name="${k}" value="${esc(o)}"${i === 0 ? ` id="${id(k)}"` : ''}>${esc(o)}</label>`).join('');
const checks = (k: string, list: string[]) =>
  list.map((o, i) => `<label class="n-choice"><input type="checkbox" name="${k}" value="${esc(o)}"${i === 0 ? ` id="${id(k)}"` : ''}>${esc(o)}</label>`).join('');
const regionSelects = (k: string) =>
  `<span class="n-region" data-region="${k}"><select name="${k}Province" id="${id(k)}">${opts(regionLevel([]).map((r) => r.name), '--请选择省--')}</select>` +
  `<select name="${k}City" id="${id(k)}City" disabled>${opts([], '--请选择市--')}</select>` +
  `<select name="${k}District" id="${id(k)}District" disabled>${opts([], '--请选择区/县--')}</select></span>`;

function control(f: PlanField): string {
  const k = f.key;
  switch (f.kind) {
    case 'text':
    case 'captcha':
      return f.shape === 'textarea' ? `<textarea class="n-input" name="${k}" id="${id(k)}" rows="3"></textarea>` : input(k, f.placeholder ?? '');
    case 'date':
      return f.shape === 'picker' ? input(k, '', 'date', 'n-date') : input(k, 'YYYY-MM-DD', 'text', 'n-input n-short');
    case 'choice': {
      const o = f.options ?? [];
      if (f.shape === 'radio') return radios(k, o);
      if (f.shape === 'checkbox') return `<div class="n-checks">${checks(k, o)}</div>`;
      if (f.shape === 'multiselect') return `<select multiple size="5" name="${k}" id="${id(k)}" class="n-multi">${opts(o)}</select><div class="n-tip">按住 Ctrl 可多选</div>`;
      return `<select name="${k}" id="${id(k)}">${opts(o, '--请选择--')}</select>`;
    }
    case 'bool':
      return f.shape === 'switch'
        ? `<label class="n-switch"><input type="checkbox" role="switch" name="${k}" id="${id(k)}"><span></span></label>`
        : radios(k, boolLabels(f.shape));
    case 'validity':
    case 'range': {
      const type = f.shape === 'pickers' ? 'date' : 'text';
      const cls = f.shape === 'pickers' ? 'n-date' : 'n-input n-short';
      const lt = f.kind === 'validity' ? `<label class="n-choice"><input type="checkbox" name="${k}LongTerm" id="${id(k)}LongTerm">长期</label>` : '';
      return `<input type="${type}" class="${cls}" name="${k}From" id="${id(k)}" placeholder="起始日期 YYYY-MM-DD"> 至 ` +
        `<input type="${type}" class="${cls}" name="${k}To" id="${id(k)}To" placeholder="截止日期 YYYY-MM-DD"> ${lt}`;
    }
    case 'address':
      if (f.shape === 'line') return input(k, '请输入省市区及详细地址');
      return `${regionSelects(`${k}Region`)}<div class="n-detail">${input(`${k}Detail`, '请输入详细地址（街道、门牌号）')}</div>`;
    case 'region':
      return regionSelects(k);
    case 'domains':
      return f.shape === 'list'
        ? `<div class="n-domains" data-domains="${k}"><div class="n-domain-row">${input(k, '请输入域名，如 example.com')}</div><button type="button" class="n-btn n-add">添加域名</button></div>`
        : input(k, '请输入域名');
    case 'upload':
      return `<input type="file" accept="image/jpeg,image/png" name="${k}" id="${id(k)}">`;
    case 'check':
    case 'consent':
      return `<label class="n-choice"><input type="checkbox" name="${k}" id="${id(k)}">${esc(f.label)}</label>`;
  }
}

const labelled = (f: PlanField) => f.kind !== 'check' && f.kind !== 'consent';
const star = (f: PlanField) => (f.required && labelled(f) ? '<span class="n-req">*</span>' : '');
const hint = (f: PlanField) => (f.hint ? `<span class="n-tip">${esc(f.hint)}</span>` : '');

function render(): string {
  const L = plan.layout;
  const body = plan.sections
    .map((sec) => {
      if (L === 'table')
        return `<tr><td colspan="2" class="n-sub-title">${esc(sec.title)}</td></tr>` +
          sec.fields.map((f) => `<tr data-zoo-field="${f.key}"><td class="n-label">${star(f)}${labelled(f) ? `${esc(f.label)}：` : ''}</td><td class="n-value">${control(f)}${hint(f)}</td></tr>`).join('');
      const rows = sec.fields
        .map((f) => {
          const lab = labelled(f) ? `<label class="n-label" for="${id(f.key)}">${star(f)}${esc(f.label)}</label>` : '<span class="n-label"></span>';
          return `<div class="n-row" data-zoo-field="${f.key}">${lab}<div class="n-value">${control(f)}${hint(f)}</div></div>`;
        })
        .join('');
      return L === 'sections' ? `<h3 class="n-heading">${esc(sec.title)}</h3>${rows}` : `<fieldset class="n-fieldset"><legend>${esc(sec.title)}</legend>${rows}</fieldset>`;
    })
    .join('');
  const notice = plan.notice ? `<div class="zoo-notice">${plan.notice.map((p) => `<p>${esc(p)}</p>`).join('')}</div>` : '';
  const buttons = plan.buttons.map((b) => `<input type="button" class="n-btn${b.primary ? ' n-primary' : ''}" value="${esc(b.label)}" data-counter="${b.counter ?? ''}">`).join('');
  const form = L === 'table' ? `<table class="n-table" cellpadding="0" cellspacing="0">${body}</table>` : `<div class="n-form n-${L}">${body}</div>`;
  return `${notice}<form id="zooForm" name="zooForm" action="#" method="post" onsubmit="return false">${form}<div class="zoo-actions">${buttons}</div></form>`;
}

const root = document.getElementById('zoo-root')!;
root.innerHTML = render();
const form = document.getElementById('zooForm') as HTMLFormElement;
const el = <T extends HTMLElement = HTMLInputElement>(name: string) => form.querySelector<T>(`[name="${name}"]`);
const all = (name: string) => Array.from(form.querySelectorAll<HTMLInputElement>(`[name="${name}"]`));
let changes = 0;
const counters: Record<string, number> = {};
for (const b of plan.buttons) if (b.counter) counters[b.counter] = 0;
form.addEventListener('input', () => changes++, true);
form.addEventListener('change', () => changes++, true);
form.querySelectorAll<HTMLInputElement>('input[type=button][data-counter]').forEach((b) =>
  b.addEventListener('click', () => {
    const c = b.dataset.counter;
    if (c) counters[c]!++;
  }),
);

/* 省/市/县 selects: each level "fetched" when the one above changes */
function fill(sel: HTMLSelectElement, names: string[], first: string) {
  sel.options.length = 0;
  sel.options.add(new Option(first, ''));
  for (const n of names) sel.options.add(new Option(n, n));
}
form.querySelectorAll<HTMLElement>('[data-region]').forEach((box) => {
  const [p, c, d] = Array.from(box.querySelectorAll('select'));
  p!.addEventListener('change', () => {
    fill(c!, [], '加载中…');
    fill(d!, [], '--请选择区/县--');
    c!.disabled = d!.disabled = true;
    const want = p!.value;
    if (!want) return fill(c!, [], '--请选择市--');
    void loadRegion([want]).then((list) => {
      if (p!.value !== want) return;
      fill(c!, list.map((r) => r.name), '--请选择市--');
      c!.disabled = false;
    });
  });
  c!.addEventListener('change', () => {
    fill(d!, [], '加载中…');
    d!.disabled = true;
    const want = [p!.value, c!.value];
    if (!want[1]) return fill(d!, [], '--请选择区/县--');
    void loadRegion(want).then((list) => {
      if (c!.value !== want[1]) return;
      fill(d!, list.map((r) => r.name), '--请选择区/县--');
      d!.disabled = false;
    });
  });
});

/* domain list */
form.querySelectorAll<HTMLElement>('[data-domains]').forEach((box) => {
  const k = box.dataset.domains!;
  box.querySelector('.n-add')!.addEventListener('click', () => {
    const row = document.createElement('div');
    row.className = 'n-domain-row';
    row.innerHTML = `<input type="text" class="n-input" name="${k}" placeholder="请输入域名，如 example.com"> <button type="button" class="n-btn n-del">删除</button>`;
    row.querySelector('.n-del')!.addEventListener('click', () => row.remove());
    box.insertBefore(row, box.querySelector('.n-add'));
  });
});

/* 长期 */
for (const f of allFields.filter((x) => x.kind === 'validity')) {
  const lt = el(`${f.key}LongTerm`)!;
  lt.addEventListener('change', () => {
    const to = el(`${f.key}To`)!;
    if (lt.checked) to.value = '';
    to.disabled = lt.checked;
  });
}

/* visibility (交互服务类型 shown when 是否提供互联网交互服务 = 是) */
function refreshVisibility() {
  for (const f of allFields) {
    if (!f.showIf) continue;
    const on = readKey(f.showIf.key) === f.showIf.value;
    const row = form.querySelector<HTMLElement>(`[data-zoo-field="${f.key}"]`)!;
    row.style.display = on ? '' : 'none';
  }
}
form.addEventListener('change', refreshVisibility);

/* 同主体负责人信息: copy the principal in and lock the block */
function writeKey(key: string, v: unknown) {
  const field = allFields.find((f) => keysOf(f).includes(key))!;
  if ((field.kind === 'address' && key.endsWith('Region')) || field.kind === 'region') {
    const path = v as string[];
    const [p, c, d] = [el<HTMLSelectElement>(`${key}Province`)!, el<HTMLSelectElement>(`${key}City`)!, el<HTMLSelectElement>(`${key}District`)!];
    p.value = path[0] ?? '';
    fill(c, regionLevel(path.slice(0, 1)).map((r) => r.name), '--请选择市--');
    c.value = path[1] ?? '';
    fill(d, regionLevel(path.slice(0, 2)).map((r) => r.name), '--请选择区/县--');
    d.value = path[2] ?? '';
    return;
  }
  const nodes = all(key);
  if (typeof v === 'boolean') nodes[0]!.checked = v;
  else if (nodes[0]?.type === 'radio') nodes.forEach((n) => (n.checked = n.value === v));
  else nodes[0]!.value = String(v ?? '');
  if (key.endsWith('LongTerm')) nodes[0]!.dispatchEvent(new Event('change', { bubbles: true }));
}
for (const f of allFields.filter((x) => x.copy)) {
  const box = el(f.key)!;
  box.addEventListener('change', () => {
    if (box.checked) for (const [k, v] of Object.entries(f.copy!)) writeKey(k, v);
    for (const t of allFields.filter((x) => x.lockedBy === f.key))
      form.querySelectorAll<HTMLInputElement>(`[data-zoo-field="${t.key}"] input, [data-zoo-field="${t.key}"] select`).forEach((n) => (n.disabled = box.checked));
  });
}

/* state, read from the DOM */
function readKey(key: string): unknown {
  const field = allFields.find((f) => keysOf(f).includes(key))!;
  if ((field.kind === 'address' && key.endsWith('Region')) || field.kind === 'region')
    return ['Province', 'City', 'District'].map((s) => el<HTMLSelectElement>(`${key}${s}`)!.value).filter(Boolean);
  const nodes = all(key);
  if (key.endsWith('LongTerm') || field.kind === 'check' || field.kind === 'consent' || (field.kind === 'bool' && field.shape === 'switch')) return nodes[0]!.checked;
  if (field.kind === 'upload') return Array.from(nodes[0]!.files ?? []).map((f) => f.name);
  if (field.kind === 'domains' && field.shape === 'list') return nodes.map((n) => n.value);
  if (nodes[0]?.type === 'radio') return nodes.find((n) => n.checked)?.value ?? '';
  if (field.kind === 'choice' && field.shape === 'checkbox') return nodes.filter((n) => n.checked).map((n) => n.value);
  if (field.kind === 'choice' && MULTI_SHAPES.includes(field.shape))
    return Array.from((nodes[0] as unknown as HTMLSelectElement).selectedOptions).map((o) => o.value);
  return nodes[0]!.value;
}
function read(): State {
  const s: State = {};
  for (const f of allFields) for (const k of keysOf(f)) s[k] = readKey(k);
  return { ...s, ...counters };
}
refreshVisibility();
install(read, () => changes);
void report;
