/**
 * The Fusion Next renderer (`@alifd/next` 1.27 on React 18 through the npm aliases react-18 / react-dom-18,
 * bundled with react → react-18 aliasing by ./index.ts): Fusion primitives plugged into ./react-common.tsx;
 * layouts: Form grid (labels left), top-label Form with Dividers, or a plain <table>.
 */
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, CascaderSelect, Checkbox, DatePicker2, Divider, Form, Input, Radio, Select, Switch, Transfer, TreeSelect, Upload } from '@alifd/next';
import { Buttons, Control, hasLabel, Notice, shown, TableLayout, useZooState, type Ctl, type Prims } from './react-common';
import { leavesOf, treeOf, type RegionNode } from './plan';
import { codeOfPath, loadRegion, pathOfCode, plan, regionLevel } from './runtime';

const ds = (list: string[]) => list.map((o) => ({ label: o, value: o }));

type Item = { value: string; label: string; isLeaf?: boolean; children?: Item[]; [k: string]: unknown };
const toItem = (n: RegionNode, depth: number): Item => ({ value: n.code, label: n.name, isLeaf: depth >= 2 });

/** provinces, plus the branch along `path` (so a value set from outside displays) */
function treeAlong(path: string[]): Item[] {
  const build = (level: string[], depth: number): Item[] =>
    regionLevel(level).map((n) => {
      const it = toItem(n, depth);
      if (depth < 2 && path[depth] === n.name) it.children = build([...level, n.name], depth + 1);
      return it;
    });
  return build([], 0);
}
function withChildren(tree: Item[], code: string, kids: Item[]): Item[] {
  return tree.map((it) => {
    if (it.value === code) return { ...it, children: kids };
    if (it.children && code.startsWith(it.value)) return { ...it, children: withChildren(it.children, code, kids) };
    return it;
  });
}

function RegionCascader({ value, onChange, disabled }: { value: string[]; onChange(v: string[]): void; disabled?: boolean }) {
  const [tree, setTree] = useState<Item[]>(() => treeAlong(value));
  const [shownFor, setShownFor] = useState(value.join('/'));
  if (shownFor !== value.join('/') && value.length === 3) {
    // a value set from outside (同主体负责人信息): make its branch displayable
    setShownFor(value.join('/'));
    setTree(treeAlong(value));
  }
  const loadData = (item: { value: string }) =>
    loadRegion(pathOfCode(item.value)).then((list) => {
      setTree((t) => withChildren(t, item.value, list.map((n) => toItem(n, item.value.length / 2))));
    });
  return (
    <CascaderSelect
      style={{ width: 320 }}
      placeholder="请选择省/市/区"
      dataSource={tree}
      loadData={loadData}
      value={value.length === 3 ? codeOfPath(value) : undefined}
      disabled={disabled}
      onChange={(v) => {
        const code = Array.isArray(v) ? v[0] : v;
        const path = code ? pathOfCode(String(code)) : [];
        setShownFor(path.join('/'));
        onChange(path);
      }}
    />
  );
}

/** an upload that never touches the network: the request resolves locally */
const localRequest = (option: { file: File; onProgress?(e: { percent: number }): void; onSuccess?(r: unknown, f: File): void }) => {
  const timer = setTimeout(() => {
    option.onProgress?.({ percent: 100 });
    option.onSuccess?.({ success: true, url: URL.createObjectURL(option.file) }, option.file);
  }, 60);
  return { abort: () => clearTimeout(timer) };
};

function FusionUpload({ onChange }: { value: string[]; onChange(v: string[]): void }) {
  return (
    <Upload.Card
      accept="image/png, image/jpg, image/jpeg"
      limit={1}
      request={localRequest as never}
      onChange={(list: { name?: string; state?: string }[]) => onChange(list.filter((f) => f.state !== 'error').map((f) => String(f.name)))}
    />
  );
}

const P: Prims = {
  Input: (p) =>
    p.textarea
      ? <Input.TextArea rows={3} value={p.value} disabled={p.disabled} placeholder={p.placeholder} onChange={(v) => p.onChange(String(v))} />
      : <Input value={p.value} disabled={p.disabled} placeholder={p.placeholder} style={{ width: p.width ?? '100%' }} onChange={(v) => p.onChange(String(v))} />,
  DatePick: (p) => (
    <DatePicker2 value={p.value || null} format="YYYY-MM-DD" outputFormat="YYYY-MM-DD" disabled={p.disabled} placeholder={p.placeholder}
      onChange={(v: unknown) => p.onChange(typeof v === 'string' ? v : '')} />
  ),
  RangePick: (p) => (
    <DatePicker2.RangePicker
      value={[p.value[0] || null, p.value[1] || null]}
      format="YYYY-MM-DD"
      outputFormat="YYYY-MM-DD"
      placeholder={['开始日期', '结束日期']}
      disabled={[!!p.disabled, !!p.disabled || !!p.endDisabled]}
      style={{ width: 300 }}
      onChange={(v: unknown) => {
        const r = (Array.isArray(v) ? v : []) as (string | null)[];
        p.onChange([r[0] ?? '', r[1] ?? '']);
      }}
    />
  ),
  Select: (p) => (
    <Select
      value={p.multiple ? p.value : p.value || undefined}
      mode={p.multiple ? 'multiple' : 'single'}
      dataSource={ds(p.options)}
      disabled={p.disabled}
      state={p.loading ? 'loading' : undefined}
      placeholder={p.placeholder ?? '请选择'}
      style={{ width: p.width ?? '100%', maxWidth: 420 }}
      onChange={(v: unknown) => p.onChange(v as string | string[])}
    />
  ),
  Radios: (p) => <Radio.Group value={p.value} dataSource={ds(p.options)} disabled={p.disabled} onChange={(v) => p.onChange(String(v))} />,
  Checks: (p) => <Checkbox.Group value={p.value} dataSource={ds(p.options)} disabled={p.disabled} onChange={(v) => p.onChange(v as string[])} />,
  Transfer: (p) => <Transfer dataSource={ds(p.options)} value={p.value} titles={['可选', '已选']} disabled={p.disabled} onChange={(v: unknown) => p.onChange((v as string[]).map(String))} />,
  Tree: (p) => (
    <TreeSelect dataSource={treeOf(p.options).map(function node(n): Record<string, unknown> { return { ...n, children: n.children?.map(node) }; })} value={p.multiple ? p.value : p.value || undefined} multiple={p.multiple} treeCheckable={p.multiple}
      treeCheckedStrategy="child" treeDefaultExpandAll placeholder="请选择" disabled={p.disabled} style={{ width: '100%', maxWidth: 420 }}
      onChange={(v: unknown) => p.onChange(p.multiple ? leavesOf(v) : leavesOf(v)[0] ?? '')} />
  ),
  Switch: (p) => <Switch checked={p.value} disabled={p.disabled} onChange={(v: boolean) => p.onChange(v)} />,
  Check: (p) => <Checkbox checked={p.value} disabled={p.disabled} onChange={(v: boolean) => p.onChange(v)}>{p.label}</Checkbox>,
  Cascader: (p) => <RegionCascader {...p} />,
  Upload: (p) => <FusionUpload {...p} />,
  Button: (p) => <Button type={p.primary ? 'primary' : 'normal'} size={p.small ? 'small' : 'medium'} onClick={p.onClick}>{p.label}</Button>,
};

const ctlOf = (f: Parameters<typeof Control>[0]['f'], ctl: Ctl): ReactNode => (
  <span className="zoo-ctl" data-zoo-field={f.key}><Control P={P} f={f} ctl={ctl} /></span>
);

function Body({ ctl }: { ctl: Ctl }) {
  if (plan.layout === 'table') return <TableLayout P={P} ctl={ctl} />;
  const top = plan.layout === 'sections';
  // Fusion's Form hands its layout to direct Form.Item children only: each item gets it itself
  const itemLayout = top ? { labelAlign: 'top' as const } : { labelAlign: 'left' as const, labelCol: { fixedSpan: 10 }, wrapperCol: { span: 16 } };
  return (
    <Form className="zoo-form" {...itemLayout}>
      {plan.sections.map((sec) => (
        <div key={sec.title}>
          {top ? <Divider orientation="left">{sec.title}</Divider> : <h3 className="zoo-section">{sec.title}</h3>}
          {sec.fields.filter(shown(ctl)).map((f) => (
            <Form.Item key={f.key} {...itemLayout} label={hasLabel(f) ? f.label : ' '} required={f.required && hasLabel(f)}
              extra={f.hint ? <div className="next-form-item-extra zoo-hint">{f.hint}</div> : undefined}>
              {ctlOf(f, ctl)}
            </Form.Item>
          ))}
        </div>
      ))}
    </Form>
  );
}

function App() {
  const ctl = useZooState();
  return (
    <>
      <Notice />
      <Body ctl={ctl} />
      <Buttons P={P} ctl={ctl} />
    </>
  );
}

createRoot(document.getElementById('zoo-root')!).render(<App />);
