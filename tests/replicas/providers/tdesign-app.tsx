/**
 * Tencent Cloud filing console steps rebuilt with TDesign (`tdesign-react`) on React 19, rendered from
 * the build in spec.ts. Controlled TDesign widgets; values live in the React store of react-common.tsx.
 */
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, ConfigProvider, DatePicker, DateRangePicker, Form, Input, Radio, Select, Steps, Switch, Textarea, TreeSelect, Upload,
} from 'tdesign-react';
import { leavesOf, treeOf } from '../zoo/plan';
import zhConfig from 'tdesign-react/es/locale/zh_CN';
import { BUILD, REGION_OPTIONS, isDisabled, optionsOf } from './page';
import { arr, range, str, useValues } from './react-common';
import type { Field } from './spec';

const { FormItem } = Form;
const opts = (f: Field) => optionsOf(f).map((o) => ({ label: o, value: o }));

function Control({ f, values, set }: { f: Field; values: ReturnType<typeof useValues>['values']; set: ReturnType<typeof useValues>['set'] }) {
  const v = values[f.key];
  const disabled = isDisabled(f, values);
  const on = (x: string | string[] | boolean) => set(f.key, x);
  switch (f.widget) {
    case 'input':
      return <Input value={str(v)} onChange={(x) => on(String(x))} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} clearable />;
    case 'textarea':
      return <Textarea value={str(v)} onChange={(x) => on(String(x))} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} autosize={{ minRows: 2 }} />;
    case 'select':
      return <Select value={str(v) || undefined} onChange={(x) => on(String(x ?? ''))} options={opts(f)} disabled={disabled} placeholder="请选择" clearable={!f.locked} filterable />;
    case 'multiselect':
      return <Select multiple value={arr(v)} onChange={(x) => on((x as string[]) ?? [])} options={opts(f)} disabled={disabled} placeholder="请选择" clearable />;
    case 'tree':
    case 'treemulti': {
      const m = f.widget === 'treemulti';
      return <TreeSelect data={treeOf(optionsOf(f))} multiple={m} value={m ? arr(v) : str(v) || undefined} treeProps={{ expandAll: true }} disabled={disabled} placeholder="请选择" clearable
        onChange={(x) => on(m ? leavesOf(x) : leavesOf(x)[0] ?? '')} />;
    }
    case 'cascader':
      return <Cascader valueType="full" value={arr(v)} onChange={(x) => on(((x ?? []) as string[]).map(String))} options={REGION_OPTIONS} disabled={disabled} placeholder={f.placeholder ?? '请选择省/市/区'} clearable />;
    case 'date':
      return <DatePicker value={str(v)} onChange={(x) => on(typeof x === 'string' ? x : '')} valueType="YYYY-MM-DD" format="YYYY-MM-DD" allowInput clearable disabled={disabled} placeholder="请选择日期" />;
    case 'daterange': {
      const r = range(v);
      return <DateRangePicker value={r[0] || r[1] ? r : []} onChange={(x) => { const a = (x ?? []) as string[]; on([String(a[0] ?? ''), String(a[1] ?? '')]); }} valueType="YYYY-MM-DD" format="YYYY-MM-DD" allowInput clearable disabled={disabled} placeholder={['开始日期', '结束日期']} />;
    }
    case 'radio':
      return <Radio.Group value={str(v)} onChange={(x) => on(String(x))} options={opts(f)} disabled={disabled} />;
    case 'checkboxes':
      return <Checkbox.Group value={arr(v)} onChange={(x) => on((x as string[]).map(String))} options={opts(f)} disabled={disabled} />;
    case 'checkbox':
      return <Checkbox checked={v === true} onChange={(c) => on(c)} disabled={disabled}>{f.text}</Checkbox>;
    case 'switch':
      return <Switch value={v === true} onChange={(c) => on(!!c)} disabled={disabled} />;
    case 'upload':
      return (
        <Upload theme="file" autoUpload={false} multiple={false} accept="image/png,image/jpeg" disabled={disabled}
          files={arr(v).map((name) => ({ name, status: 'success' as const }))}
          onChange={(files) => on(files.map((x) => String(x.name ?? '')))} />
      );
  }
}

function App() {
  const { values, set, click } = useValues();
  return (
    <ConfigProvider globalConfig={zhConfig}>
      <div className="tc-topbar"><span className="tc-logo">腾讯云</span><span className="tc-product">控制台 · 网站备案</span></div>
      <div className="tc-body">
        <h1 className="tc-title">{BUILD.title}</h1>
        <Steps current={BUILD.current} className="tc-steps" options={BUILD.steps.map((title) => ({ title }))} readonly />
        {BUILD.sections.map((s) => (
          <section className="tc-card" key={s.title}>
            <h2 className="tc-card-title">{s.title}</h2>
            <Form labelAlign={BUILD.step === 'basic' ? 'top' : 'left'} labelWidth={170} colon={false} requiredMark>
              {s.fields.map((f) => (
                <FormItem key={f.key} label={f.label} requiredMark={!!f.required} help={f.extra}>
                  <Control f={f} values={values} set={set} />
                </FormItem>
              ))}
            </Form>
          </section>
        ))}
        <div className="tc-actions">
          {BUILD.buttons.map((b) => (
            <Button key={b.label} theme={b.primary ? 'primary' : 'default'} variant={b.primary ? 'base' : 'outline'} onClick={() => click(b.label)}>{b.label}</Button>
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
