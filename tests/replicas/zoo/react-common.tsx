/**
 * The React side shared by the antd and Fusion renderers: state (one useState object), composite
 * widgets (validity, address, region selects, domain list) built from each library's primitives, and the
 * buttons. A library file provides the primitives and the layouts.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { boolLabels, type PlanButton, type PlanField } from './plan';
import { implied, initialState, install, loadRegion, locked, plan, visible, type State } from './runtime';

type Str = string;
export interface Prims {
  Input(p: { value: Str; onChange(v: Str): void; disabled?: boolean; placeholder?: Str; textarea?: boolean; width?: number }): ReactNode;
  DatePick(p: { value: Str; onChange(v: Str): void; disabled?: boolean; placeholder?: Str }): ReactNode;
  RangePick(p: { value: [Str, Str]; onChange(v: [Str, Str]): void; disabled?: boolean; endDisabled?: boolean }): ReactNode;
  Select(p: { value: Str | Str[]; options: Str[]; onChange(v: Str | Str[]): void; multiple?: boolean; disabled?: boolean; placeholder?: Str; loading?: boolean; width?: number | Str }): ReactNode;
  Radios(p: { value: Str; options: Str[]; onChange(v: Str): void; disabled?: boolean }): ReactNode;
  Checks(p: { value: Str[]; options: Str[]; onChange(v: Str[]): void; disabled?: boolean }): ReactNode;
  /** two lists (可选 → 已选) with move buttons: the value is the second list */
  Transfer(p: { value: Str[]; options: Str[]; onChange(v: Str[]): void; disabled?: boolean }): ReactNode;
  /** a tree select over treeOf(options): one leaf, or (multiple) ticked leaves */
  Tree(p: { value: Str | Str[]; options: Str[]; onChange(v: Str | Str[]): void; multiple?: boolean; disabled?: boolean }): ReactNode;
  Switch(p: { value: boolean; onChange(v: boolean): void; disabled?: boolean }): ReactNode;
  Check(p: { value: boolean; onChange(v: boolean): void; label: ReactNode; disabled?: boolean }): ReactNode;
  Cascader(p: { value: Str[]; onChange(v: Str[]): void; disabled?: boolean }): ReactNode;
  Upload(p: { value: Str[]; onChange(v: Str[]): void; label: Str }): ReactNode;
  Button(p: { label: Str; primary?: boolean; onClick(): void; small?: boolean }): ReactNode;
}

export interface Ctl {
  state: State;
  set(patch: State): void;
}

/** the page state, exposed as window.__replica */
export function useZooState(): Ctl {
  const [state, setState] = useState<State>(initialState);
  const ref = useRef(state);
  ref.current = state;
  const changes = useRef(0);
  useEffect(() => install(() => ref.current, () => changes.current), []);
  const set = (patch: State) => {
    changes.current++;
    const full = implied(patch);
    ref.current = { ...ref.current, ...full };
    setState((s) => ({ ...s, ...full }));
  };
  return { state, set };
}

/** three selects (省/市/县), each level loaded when the one above is chosen */
function RegionSelects({ P, value, onChange, disabled }: { P: Prims; value: string[]; onChange(v: string[]): void; disabled?: boolean }) {
  const [levels, setLevels] = useState<string[][]>([[], [], []]);
  const [loading, setLoading] = useState([true, false, false]);
  const key = value.join('/');
  useEffect(() => {
    let live = true;
    const want = [[], value.slice(0, 1), value.slice(0, 2)].slice(0, Math.min(3, value.length + 1));
    setLoading([0, 1, 2].map((i) => i < want.length));
    void Promise.all(want.map((p) => loadRegion(p))).then((res) => {
      if (!live) return;
      setLevels([0, 1, 2].map((i) => res[i]?.map((n) => n.name) ?? []));
      setLoading([false, false, false]);
    });
    return () => void (live = false);
  }, [key]);
  const names = ['省', '市', '区/县'];
  return (
    <span className="zoo-region-selects">
      {[0, 1, 2].map((i) => (
        <P.Select
          key={i}
          width={150}
          value={value[i] ?? ''}
          options={levels[i]!}
          loading={loading[i]}
          disabled={disabled || (i > 0 && !value[i - 1])}
          placeholder={`请选择${names[i]}`}
          onChange={(v) => onChange([...value.slice(0, i), v as string])}
        />
      ))}
    </span>
  );
}

function DomainList({ P, value, onChange, disabled }: { P: Prims; value: string[]; onChange(v: string[]): void; disabled?: boolean }) {
  return (
    <div className="zoo-domain-list">
      {value.map((d, i) => (
        <div key={i} className="zoo-domain-row">
          <P.Input value={d} width={280} placeholder="请输入域名，如 example.com" disabled={disabled} onChange={(v) => onChange(value.map((x, j) => (j === i ? v : x)))} />
          {i > 0 && <P.Button small label="删除" onClick={() => onChange(value.filter((_, j) => j !== i))} />}
        </div>
      ))}
      <P.Button small label="添加域名" onClick={() => onChange([...value, ''])} />
    </div>
  );
}

/** the control(s) of one field */
export function Control({ P, f, ctl }: { P: Prims; f: PlanField; ctl: Ctl }): ReactNode {
  const { state: s, set } = ctl;
  const dis = locked(f, s);
  const k = f.key;
  const str = (key: string) => (s[key] as string) ?? '';
  switch (f.kind) {
    case 'text':
    case 'captcha':
      return <P.Input value={str(k)} disabled={dis} textarea={f.shape === 'textarea'} placeholder={f.placeholder ?? `请输入${f.label}`} onChange={(v) => set({ [k]: v })} />;
    case 'date':
      return f.shape === 'picker'
        ? <P.DatePick value={str(k)} disabled={dis} placeholder="请选择日期" onChange={(v) => set({ [k]: v })} />
        : <P.Input value={str(k)} disabled={dis} width={200} placeholder="YYYY-MM-DD" onChange={(v) => set({ [k]: v })} />;
    case 'choice': {
      const o = f.options ?? [];
      if (f.shape === 'radio') return <P.Radios value={str(k)} options={o} disabled={dis} onChange={(v) => set({ [k]: v })} />;
      if (f.shape === 'checkbox') return <P.Checks value={s[k] as string[]} options={o} disabled={dis} onChange={(v) => set({ [k]: v })} />;
      if (f.shape === 'transfer') return <P.Transfer value={s[k] as string[]} options={o} disabled={dis} onChange={(v) => set({ [k]: v })} />;
      if (f.shape === 'tree' || f.shape === 'treemulti') return <P.Tree value={s[k] as string | string[]} options={o} multiple={f.shape === 'treemulti'} disabled={dis} onChange={(v) => set({ [k]: v })} />;
      return <P.Select value={s[k] as string | string[]} multiple={f.shape === 'multiselect'} options={o} disabled={dis} placeholder="请选择" onChange={(v) => set({ [k]: v })} />;
    }
    case 'bool':
      return f.shape === 'switch'
        ? <P.Switch value={!!s[k]} disabled={dis} onChange={(v) => set({ [k]: v })} />
        : <P.Radios value={str(k)} options={boolLabels(f.shape)} disabled={dis} onChange={(v) => set({ [k]: v })} />;
    case 'validity':
    case 'range': {
      const lt = f.kind === 'validity' ? !!s[`${k}LongTerm`] : false;
      const longTerm = f.kind === 'validity' && (
        <P.Check value={lt} disabled={dis} label="长期" onChange={(v) => set({ [`${k}LongTerm`]: v })} />
      );
      if (f.shape === 'range')
        return (
          <span className="zoo-validity">
            <P.RangePick value={s[k] as [string, string]} disabled={dis} endDisabled={lt} onChange={(v) => set({ [k]: v })} />
            {longTerm}
          </span>
        );
      const Part = f.shape === 'pickers'
        ? (p: { key2: string; ph: string; off?: boolean }) => <P.DatePick value={str(p.key2)} disabled={dis || p.off} placeholder={p.ph} onChange={(v) => set({ [p.key2]: v })} />
        : (p: { key2: string; ph: string; off?: boolean }) => <P.Input value={str(p.key2)} width={150} disabled={dis || p.off} placeholder={p.ph} onChange={(v) => set({ [p.key2]: v })} />;
      return (
        <span className="zoo-validity">
          {Part({ key2: `${k}From`, ph: f.shape === 'texts' ? '起始日期 YYYY-MM-DD' : '起始日期' })}
          <span className="zoo-sep">至</span>
          {Part({ key2: `${k}To`, ph: f.shape === 'texts' ? '截止日期 YYYY-MM-DD' : '截止日期', off: lt })}
          {longTerm}
        </span>
      );
    }
    case 'address':
      if (f.shape === 'line') return <P.Input value={str(k)} disabled={dis} placeholder="请输入省市区及详细地址" onChange={(v) => set({ [k]: v })} />;
      return (
        <div className="zoo-address">
          {f.shape === 'cascader'
            ? <P.Cascader value={s[`${k}Region`] as string[]} disabled={dis} onChange={(v) => set({ [`${k}Region`]: v })} />
            : <RegionSelects P={P} value={s[`${k}Region`] as string[]} disabled={dis} onChange={(v) => set({ [`${k}Region`]: v })} />}
          <div className="zoo-detail">
            <P.Input value={str(`${k}Detail`)} disabled={dis} placeholder="请输入详细地址（街道、门牌号）" onChange={(v) => set({ [`${k}Detail`]: v })} />
          </div>
        </div>
      );
    case 'region':
      return f.shape === 'cascader'
        ? <P.Cascader value={s[k] as string[]} disabled={dis} onChange={(v) => set({ [k]: v })} />
        : <RegionSelects P={P} value={s[k] as string[]} disabled={dis} onChange={(v) => set({ [k]: v })} />;
    case 'domains':
      return f.shape === 'list'
        ? <DomainList P={P} value={s[k] as string[]} disabled={dis} onChange={(v) => set({ [k]: v })} />
        : <P.Input value={str(k)} disabled={dis} placeholder="请输入域名" onChange={(v) => set({ [k]: v })} />;
    case 'upload':
      return <P.Upload value={s[k] as string[]} label={f.label} onChange={(v) => set({ [k]: v })} />;
    case 'check':
    case 'consent':
      return <P.Check value={!!s[k]} disabled={dis} label={f.label} onChange={(v) => set({ [k]: v })} />;
  }
}

/** a field with a form label (a lone checkbox carries its own text) */
export const hasLabel = (f: PlanField) => f.kind !== 'check' && f.kind !== 'consent';
export const shown = (ctl: Ctl) => (f: PlanField) => visible(f, ctl.state);

export function Buttons({ P, ctl }: { P: Prims; ctl: Ctl }) {
  const click = (b: PlanButton) => {
    if (b.counter) ctl.set({ [b.counter]: ((ctl.state[b.counter] as number) ?? 0) + 1 });
  };
  return (
    <div className="zoo-actions">
      {plan.buttons.map((b) => <P.Button key={b.label} label={b.label} primary={b.primary} onClick={() => click(b)} />)}
    </div>
  );
}

export function Notice() {
  return plan.notice ? <div className="zoo-notice">{plan.notice.map((p, i) => <p key={i}>{p}</p>)}</div> : null;
}

/** a plain <table> layout (no <label for>): shared by every React library */
export function TableLayout({ P, ctl }: { P: Prims; ctl: Ctl }) {
  return (
    <table className="zoo-table">
      <tbody>
        {plan.sections.map((sec) => [
          <tr key={`h-${sec.title}`}><td colSpan={2} className="zoo-table-section">{sec.title}</td></tr>,
          ...sec.fields.filter(shown(ctl)).map((f) => (
            <tr key={f.key} data-zoo-field={f.key}>
              <td className="zoo-table-label">{hasLabel(f) ? <>{f.required && <span className="zoo-req">*</span>}{f.label}：</> : ''}</td>
              <td className="zoo-table-value"><Control P={P} f={f} ctl={ctl} />{f.hint && <div className="zoo-hint">{f.hint}</div>}</td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
