/**
 * Volcengine filing console steps rebuilt with Arco Design (`@arco-design/web-react`, which Volcengine's
 * docs site loads; the console's library is not confirmed, FORMS.md §1.10) on React 19, rendered from
 * the build in spec.ts. Controlled Arco widgets; values live in the React store of react-common.tsx.
 */
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, Radio, Select, Steps, Switch, Upload,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { BUILD, REGION_OPTIONS, isDisabled, optionsOf } from './page';
import { arr, range, str, useValues } from './react-common';
import type { Field } from './spec';

type Ctx = ReturnType<typeof useValues>;
const opts = (f: Field) => optionsOf(f).map((o) => ({ label: o, value: o }));

function Control({ f, values, set }: { f: Field; values: Ctx['values']; set: Ctx['set'] }) {
  const v = values[f.key];
  const disabled = isDisabled(f, values);
  const on = (x: string | string[] | boolean) => set(f.key, x);
  switch (f.widget) {
    case 'input':
      return <Input value={str(v)} onChange={(x) => on(x)} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} allowClear={!f.locked} />;
    case 'textarea':
      return <Input.TextArea value={str(v)} onChange={(x) => on(x)} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} autoSize={{ minRows: 2 }} />;
    case 'select':
      return <Select value={str(v) || undefined} onChange={(x) => on(String(x ?? ''))} options={opts(f)} disabled={disabled} placeholder="请选择" allowClear={!f.locked} showSearch />;
    case 'multiselect':
      return <Select mode="multiple" value={arr(v)} onChange={(x) => on(((x ?? []) as string[]).map(String))} options={opts(f)} disabled={disabled} placeholder="请选择" allowClear />;
    case 'cascader':
      return <Cascader value={arr(v)} onChange={(x) => on(((x ?? []) as string[]).map(String))} options={REGION_OPTIONS} disabled={disabled} placeholder={f.placeholder ?? '请选择省/市/区'} allowClear showSearch />;
    case 'date':
      return <DatePicker value={str(v) || undefined} onChange={(s) => on(typeof s === 'string' ? s : '')} format="YYYY-MM-DD" disabled={disabled} placeholder="请选择日期" style={{ width: 220 }} />;
    case 'daterange': {
      const r = range(v);
      return <DatePicker.RangePicker value={r[0] || r[1] ? r : undefined} onChange={(s) => { const a = (s ?? []) as string[]; on([a[0] ?? '', a[1] ?? '']); }} format="YYYY-MM-DD" disabled={disabled} placeholder={['开始日期', '结束日期']} style={{ width: 320 }} />;
    }
    case 'radio':
      return <Radio.Group value={str(v)} onChange={(x) => on(String(x))} options={opts(f)} disabled={disabled} />;
    case 'checkboxes':
      return <Checkbox.Group value={arr(v)} onChange={(x) => on((x as string[]).map(String))} options={opts(f)} disabled={disabled} />;
    case 'checkbox':
      return <Checkbox checked={v === true} onChange={(c) => on(c)} disabled={disabled}>{f.text}</Checkbox>;
    case 'switch':
      return <Switch checked={v === true} onChange={(c) => on(c)} disabled={disabled} />;
    case 'upload':
      return (
        <Upload autoUpload={false} limit={1} accept="image/png,image/jpeg" disabled={disabled}
          fileList={arr(v).map((name) => ({ uid: name, name, status: 'done' as const }))}
          onChange={(list) => on(list.map((x) => x.name ?? x.originFile?.name ?? ''))} />
      );
  }
}

function App() {
  const { values, set, click } = useValues();
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-topbar"><span className="tc-logo">火山引擎</span><span className="tc-product">控制台 · 备案管理</span></div>
      <div className="tc-body">
        <h1 className="tc-title">{BUILD.title}</h1>
        <Steps current={BUILD.current + 1} className="tc-steps">
          {BUILD.steps.map((t) => <Steps.Step key={t} title={t} />)}
        </Steps>
        {BUILD.sections.map((s) => (
          <section className="tc-card" key={s.title}>
            <h2 className="tc-card-title">{s.title}</h2>
            <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }} labelAlign="left">
              {s.fields.map((f) => (
                <Form.Item key={f.key} label={f.label} required={!!f.required} extra={f.extra}>
                  <Control f={f} values={values} set={set} />
                </Form.Item>
              ))}
            </Form>
          </section>
        ))}
        <div className="tc-actions">
          {BUILD.buttons.map((b) => <Button key={b.label} type={b.primary ? 'primary' : 'secondary'} onClick={() => click(b.label)}>{b.label}</Button>)}
        </div>
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
