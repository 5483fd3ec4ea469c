/**
 * One Tencent Cloud filing step (上传资料) rebuilt with Tea (`tea-component`, described by its authors
 * as Tencent Cloud's internal React UI framework) on React 18: Tea still calls ReactDOM.findDOMNode,
 * which React 19 removed, so index.ts bundles this app with the react-18 / react-dom-18 aliases.
 * Rendered from the build in spec.ts; Tea has no upload file list, so each upload uses its form preset
 * (Upload.File: the chosen file's name as a read-only input's placeholder, none before a file is
 * chosen, as in Tea's docs) and a 删除 link.
 */
import { createRoot } from 'react-dom/client';
import { Button, Card, Checkbox, Form, Input, Layout, Radio, Select, Stepper, Switch, Upload } from 'tea-component';
import { BUILD, isDisabled, optionsOf } from './page';
import { arr, str, useValues } from './react-common';
import type { Field } from './spec';

type Ctx = ReturnType<typeof useValues>;

function Control({ f, values, set }: { f: Field; values: Ctx['values']; set: Ctx['set'] }) {
  const v = values[f.key];
  const disabled = isDisabled(f, values);
  const on = (x: string | string[] | boolean) => set(f.key, x);
  switch (f.widget) {
    case 'input':
      return <Input value={str(v)} onChange={(x) => on(x)} disabled={disabled} placeholder={f.placeholder ?? `请输入${f.label}`} size="l" />;
    case 'textarea':
      return <Input.TextArea value={str(v)} onChange={(x) => on(x)} disabled={disabled} placeholder={f.placeholder} size="l" />;
    case 'select':
      return <Select appearance="button" size="l" value={str(v)} onChange={(x) => on(x)} disabled={disabled} options={optionsOf(f).map((o) => ({ value: o, text: o }))} placeholder="请选择" />;
    case 'radio':
      return (
        <Radio.Group value={str(v)} onChange={(x) => on(x)} disabled={disabled}>
          {optionsOf(f).map((o) => <Radio key={o} name={o}>{o}</Radio>)}
        </Radio.Group>
      );
    case 'checkboxes':
      return (
        <Checkbox.Group value={arr(v)} onChange={(x) => on(x)} disabled={disabled}>
          {optionsOf(f).map((o) => <Checkbox key={o} name={o}>{o}</Checkbox>)}
        </Checkbox.Group>
      );
    case 'checkbox':
      return <Checkbox value={v === true} onChange={(c) => on(c)} disabled={disabled}>{f.text}</Checkbox>;
    case 'switch':
      return <Switch value={v === true} onChange={(c) => on(c)} disabled={disabled} />;
    case 'upload': {
      const name = arr(v)[0];
      return (
        <div className="tea-replica-upload">
          <Upload accept={['image/png', 'image/jpeg']} maxSize={4 * 1024 * 1024} beforeUpload={(file) => { on([file.name]); return false; }}>
            {({ open }) => (
              <Upload.File filename={name} button={<Button disabled={disabled} onClick={open}>{name ? '重新上传' : '选择文件'}</Button>} />
            )}
          </Upload>
          {name && <Button type="link" className="tea-replica-remove" onClick={() => on([])}>删除</Button>}
        </div>
      );
    }
    default:
      throw new Error(`tea-app: no ${f.widget} in this replica`);
  }
}

function App() {
  const { values, set, click } = useValues();
  const steps = BUILD.steps.map((label, i) => ({ id: String(i), label }));
  return (
    <Layout>
      <div className="tc-topbar"><span className="tc-logo">腾讯云</span><span className="tc-product">控制台 · 网站备案</span></div>
      <div className="tc-body">
        <h1 className="tc-title">{BUILD.title}</h1>
        <Card><Card.Body><Stepper steps={steps} current={String(BUILD.current)} /></Card.Body></Card>
        {BUILD.sections.map((s) => (
          <Card key={s.title}>
            <Card.Body title={s.title}>
              <Form>
                {s.fields.map((f) => (
                  <Form.Item key={f.key} label={f.label} required={!!f.required} extra={f.extra}>
                    <Control f={f} values={values} set={set} />
                  </Form.Item>
                ))}
              </Form>
            </Card.Body>
          </Card>
        ))}
        <div className="tc-actions">
          {BUILD.buttons.map((b) => <Button key={b.label} type={b.primary ? 'primary' : 'weak'} onClick={() => click(b.label)}>{b.label}</Button>)}
        </div>
      </div>
    </Layout>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
