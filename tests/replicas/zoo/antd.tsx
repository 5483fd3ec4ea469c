/**
 * The antd 6 renderer (React 19, CSS-in-JS): antd primitives plugged into ./react-common.tsx; layouts: Form
 * grid, vertical Form with Dividers, bordered Descriptions, or a plain <table>.
 */
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, Transfer, TreeSelect, ConfigProvider, DatePicker, Descriptions, Divider, Form, Input, Radio, Select, Switch, Upload,
  type UploadFile,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Buttons, Control, hasLabel, Notice, shown, TableLayout, useZooState, type Ctl, type Prims } from './react-common';
import { leavesOf, treeOf, type TreeNode } from './plan';
import { loadRegion, plan, regionLevel } from './runtime';

dayjs.locale('zh-cn');
const d = (s: string) => (s ? dayjs(s, 'YYYY-MM-DD') : null);
const fmt = (x: dayjs.Dayjs | null | undefined) => (x ? x.format('YYYY-MM-DD') : '');
const opts = (list: string[]) => list.map((o) => ({ label: o, value: o }));

interface Opt { value: string; label: string; isLeaf?: boolean; children?: Opt[] }
const toOpt = (name: string, depth: number): Opt => ({ value: name, label: name, isLeaf: depth >= 2 });

function RegionCascader({ value, onChange, disabled }: { value: string[]; onChange(v: string[]): void; disabled?: boolean }) {
  const [options, setOptions] = useState<Opt[]>(() => regionLevel([]).map((r) => toOpt(r.name, 0)));
  const loadData = (selected: Opt[]) => {
    const target = selected[selected.length - 1]!;
    void loadRegion(selected.map((o) => o.value)).then((list) => {
      target.children = list.map((r) => toOpt(r.name, selected.length));
      setOptions((o) => [...o]);
    });
  };
  return (
    <Cascader
      options={options}
      loadData={loadData as never}
      value={value.length ? value : undefined}
      onChange={(v) => onChange(((v ?? []) as string[]).map(String))}
      disabled={disabled}
      placeholder="请选择省/市/区"
      style={{ width: 320 }}
    />
  );
}

function AntUpload({ value, onChange }: { value: string[]; onChange(v: string[]): void }) {
  const [list, setList] = useState<UploadFile[]>([]);
  void value;
  return (
    <Upload
      listType="picture-card"
      accept="image/jpeg,image/png"
      fileList={list}
      maxCount={1}
      beforeUpload={() => false}
      onChange={({ fileList }) => {
        setList(fileList);
        onChange(fileList.map((f) => f.name));
      }}
    >
      <div style={{ fontSize: 24, color: '#999' }}>+<div style={{ fontSize: 12 }}>上传</div></div>
    </Upload>
  );
}

const P: Prims = {
  Input: (p) =>
    p.textarea
      ? <Input.TextArea rows={3} value={p.value} disabled={p.disabled} placeholder={p.placeholder} onChange={(e) => p.onChange(e.target.value)} />
      : <Input value={p.value} disabled={p.disabled} placeholder={p.placeholder} style={p.width ? { width: p.width } : undefined} onChange={(e) => p.onChange(e.target.value)} />,
  DatePick: (p) => <DatePicker value={d(p.value)} format="YYYY-MM-DD" disabled={p.disabled} placeholder={p.placeholder} onChange={(x) => p.onChange(fmt(x))} />,
  RangePick: (p) => (
    <DatePicker.RangePicker
      value={[d(p.value[0]), d(p.value[1])]}
      format="YYYY-MM-DD"
      allowEmpty={[false, true]}
      placeholder={['开始日期', '结束日期']}
      disabled={[!!p.disabled, !!p.disabled || !!p.endDisabled]}
      onChange={(r) => p.onChange([fmt(r?.[0]), fmt(r?.[1])])}
    />
  ),
  Select: (p) => (
    <Select
      value={p.multiple ? p.value : p.value || undefined}
      mode={p.multiple ? 'multiple' : undefined}
      options={opts(p.options)}
      disabled={p.disabled}
      loading={p.loading}
      placeholder={p.placeholder ?? '请选择'}
      showSearch={!p.multiple ? { optionFilterProp: 'label' } : undefined}
      style={{ width: p.width ?? '100%', maxWidth: 420 }}
      onChange={(v) => p.onChange(v as string | string[])}
    />
  ),
  Radios: (p) => <Radio.Group value={p.value || undefined} options={opts(p.options)} disabled={p.disabled} onChange={(e) => p.onChange(e.target.value as string)} />,
  Checks: (p) => <Checkbox.Group value={p.value} options={opts(p.options)} disabled={p.disabled} onChange={(v) => p.onChange(v as string[])} />,
  Transfer: (p) => (
    <Transfer dataSource={p.options.map((o) => ({ key: o, title: o }))} targetKeys={p.value} render={(i) => i.title} titles={['可选', '已选']} disabled={p.disabled}
      onChange={(keys) => p.onChange(keys.map(String))} />
  ),
  Tree: (p) => {
    const data = (ns: TreeNode[]): object[] => ns.map((n) => ({ value: n.value, title: n.label, children: n.children && data(n.children) }));
    return (
      <TreeSelect treeData={data(treeOf(p.options))} value={p.multiple ? p.value : p.value || undefined} multiple={p.multiple} treeCheckable={p.multiple}
        showCheckedStrategy={TreeSelect.SHOW_CHILD} treeDefaultExpandAll placeholder="请选择" disabled={p.disabled} style={{ width: '100%', maxWidth: 420 }}
        onChange={(v: unknown) => p.onChange(p.multiple ? leavesOf(v) : leavesOf(v)[0] ?? '')} />
    );
  },
  Switch: (p) => <Switch checked={p.value} disabled={p.disabled} onChange={(v) => p.onChange(v)} />,
  Check: (p) => <Checkbox checked={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.target.checked)}>{p.label}</Checkbox>,
  Cascader: (p) => <RegionCascader {...p} />,
  Upload: (p) => <AntUpload {...p} />,
  Button: (p) => <Button type={p.primary ? 'primary' : 'default'} size={p.small ? 'small' : 'middle'} onClick={p.onClick}>{p.label}</Button>,
};

const ctlOf = (f: Parameters<typeof Control>[0]['f'], ctl: Ctl): ReactNode => (
  <span className="zoo-ctl" data-zoo-field={f.key}><Control P={P} f={f} ctl={ctl} /></span>
);

function Body({ ctl }: { ctl: Ctl }) {
  const L = plan.layout;
  if (L === 'table') return <TableLayout P={P} ctl={ctl} />;
  if (L === 'descriptions')
    return (
      <>
        {plan.sections.map((sec) => (
          <Descriptions
            key={sec.title}
            title={sec.title}
            bordered
            column={1}
            size="middle"
            styles={{ label: { width: 200, textAlign: 'right' } }}
            style={{ marginBottom: 16 }}
            items={sec.fields.filter(shown(ctl)).map((f) => ({
              key: f.key,
              label: hasLabel(f) ? <>{f.required && <span className="zoo-req">*</span>}{f.label}</> : '',
              children: <>{ctlOf(f, ctl)}{f.hint && <div className="zoo-hint">{f.hint}</div>}</>,
            }))}
          />
        ))}
      </>
    );
  const vertical = L === 'sections';
  return (
    <Form layout={vertical ? 'vertical' : 'horizontal'} labelCol={vertical ? undefined : { flex: '200px' }} wrapperCol={vertical ? undefined : { flex: 'auto' }} labelWrap className="zoo-form">
      {plan.sections.map((sec) => (
        <div key={sec.title}>
          {vertical ? <Divider titlePlacement="start">{sec.title}</Divider> : <h3 className="zoo-section">{sec.title}</h3>}
          {sec.fields.filter(shown(ctl)).map((f) => (
            <Form.Item key={f.key} label={hasLabel(f) ? f.label : ' '} colon={hasLabel(f)} required={f.required && hasLabel(f)} extra={f.hint}>
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
    <ConfigProvider locale={zhCN}>
      <Notice />
      <Body ctl={ctl} />
      <Buttons P={P} ctl={ctl} />
    </ConfigProvider>
  );
}

createRoot(document.getElementById('zoo-root')!).render(<App />);
