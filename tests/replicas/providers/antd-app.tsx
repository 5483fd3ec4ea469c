/**
 * Baidu AI Cloud filing console steps. FORMS.md §1.10 does not know the library Baidu's filing console
 * uses (acud / san-xui are Baidu console libraries on npm, unconfirmed for filing): these replicas are
 * built with antd 6 on React 19 and say so. Rendered from the build in spec.ts; controlled antd widgets,
 * values in the React store of react-common.tsx.
 */
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, Radio, Select, Steps, Switch, Upload,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BUILD, REGION_OPTIONS, isDisabled, optionsOf } from './page';
import { arr, range, str, useValues } from './react-common';
import type { Field } from './spec';

dayjs.locale('zh-cn');

type Ctx = ReturnType<typeof useValues>;
const opts = (f: Field) => optionsOf(f).map((o) => ({ label: o, value: o }));
const day = (s: string) => (s ? dayjs(s, 'YYYY-MM-DD') : null);

function Control({ f, values, set }: { f: Field; values: Ctx['values']; set: Ctx['set'] }) {
  const v = values[f.key];
  const disabled = isDisabled(f, values);
  const on = (x: string | string[] | boolean) => set(f.key, x);
  switch (f.widget) {
    case 'input':
      return <Input value={str(v)} onChange={(e) => on(e.target.value)} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} />;
    case 'textarea':
      return <Input.TextArea value={str(v)} onChange={(e) => on(e.target.value)} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} rows={2} />;
    case 'select':
      return <Select value={str(v) || undefined} onChange={(x) => on(String(x ?? ''))} options={opts(f)} disabled={disabled} placeholder="请选择" allowClear={!f.locked} showSearch />;
    case 'multiselect':
      return <Select mode="multiple" value={arr(v)} onChange={(x) => on((x ?? []).map(String))} options={opts(f)} disabled={disabled} placeholder="请选择" allowClear />;
    case 'cascader':
      return <Cascader value={arr(v)} onChange={(x) => on(((x ?? []) as string[]).map(String))} options={REGION_OPTIONS} disabled={disabled} placeholder={f.placeholder ?? '请选择省/市/区'} showSearch />;
    case 'date':
      return <DatePicker value={day(str(v))} onChange={(_d, s) => on(typeof s === 'string' ? s : '')} format="YYYY-MM-DD" disabled={disabled} placeholder="请选择日期" />;
    case 'daterange': {
      const r = range(v);
      return <DatePicker.RangePicker value={r[0] || r[1] ? [day(r[0]), day(r[1])] : null} onChange={(_d, s) => on([s?.[0] ?? '', s?.[1] ?? ''])} format="YYYY-MM-DD" disabled={disabled} placeholder={['开始日期', '结束日期']} />;
    }
    case 'radio':
      return <Radio.Group value={str(v)} onChange={(e) => on(String(e.target.value))} options={opts(f)} disabled={disabled} />;
    case 'checkboxes':
      return <Checkbox.Group value={arr(v)} onChange={(x) => on(x.map(String))} options={opts(f)} disabled={disabled} />;
    case 'checkbox':
      return <Checkbox checked={v === true} onChange={(e) => on(e.target.checked)} disabled={disabled}>{f.text}</Checkbox>;
    case 'switch':
      return <Switch checked={v === true} onChange={(c) => on(c)} disabled={disabled} />;
    case 'upload':
      return (
        <Upload accept="image/png,image/jpeg" maxCount={1} disabled={disabled} beforeUpload={() => false}
          fileList={arr(v).map((name) => ({ uid: name, name, status: 'done' as const }))}
          onChange={({ fileList }) => on(fileList.map((x) => x.name))}>
          <Button disabled={disabled}>上传图片</Button>
        </Upload>
      );
  }
}

function App() {
  const { values, set, click } = useValues();
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-topbar"><span className="tc-logo">百度智能云</span><span className="tc-product">控制台 · ICP备案</span></div>
      <div className="tc-body">
        <h1 className="tc-title">{BUILD.title}</h1>
        <Steps current={BUILD.current} className="tc-steps" size="small" items={BUILD.steps.map((title) => ({ title }))} />
        {BUILD.sections.map((s) => (
          <section className="tc-card" key={s.title}>
            <h2 className="tc-card-title">{s.title}</h2>
            <Form layout="horizontal" labelCol={{ flex: '190px' }} wrapperCol={{ flex: 'auto' }} labelAlign="left" style={{ maxWidth: 760 }}>
              {s.fields.map((f) => (
                <Form.Item key={f.key} label={f.label} required={!!f.required} extra={f.extra}>
                  <Control f={f} values={values} set={set} />
                </Form.Item>
              ))}
            </Form>
          </section>
        ))}
        <div className="tc-actions">
          {BUILD.buttons.map((b) => <Button key={b.label} type={b.primary ? 'primary' : 'default'} onClick={() => click(b.label)}>{b.label}</Button>)}
        </div>
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
