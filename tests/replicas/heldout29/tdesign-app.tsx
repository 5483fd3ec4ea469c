/**
 * Gen-29 held-out build on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone,
 * never tuned against:
 *  - heldout29-mps-apply-unit-tdesign-fieldtable   公安 新办网站申请 (单位) as a FIELD TABLE (one bordered <table> per
 *    section: 项目 / 填写内容 columns): blur checks, Selects, 是 / 否 radios revealing a checkbox group, a copy SWITCH
 *    hiding the security officer's rows, the 责任告知书 tick, 提交
 */
import { Button, Checkbox, Input, Radio, Select, Switch } from 'tdesign-react';
import { type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { optLabel, optValue, type Field } from './common';
import { blurCheck, press, useSchema, type Kit } from './field-kit';
import { arr, str } from './react-state';

function widget(f: Field, kit: Kit): ReactNode {
  const { s, set } = kit;
  const o = (f.options ?? []).map((x) => ({ value: optValue(x), label: optLabel(x) }));
  switch (f.kind) {
    case 'text': return <Input className={f.cls} value={str(s[f.k])} placeholder={f.placeholder ?? '请输入'} onChange={(v) => { set(f.k, String(v)); kit.setErr(f.k, ''); }} onBlur={(v) => blurCheck(f, kit)(String(v))} />;
    case 'select': return <Select className={f.cls} placeholder="请选择" value={str(s[f.k]) || undefined} options={o} popupProps={{ overlayClassName: `${f.cls}-pop` }} onChange={(v) => set(f.k, String(v ?? ''))} />;
    case 'radio': return <Radio.Group className={f.cls} value={str(s[f.k]) || undefined} onChange={(v) => set(f.k, String(v))}>{o.map((x) => <Radio key={x.value} value={x.value}>{x.label}</Radio>)}</Radio.Group>;
    case 'checks': return <Checkbox.Group className={f.cls} value={arr<string>(s[f.k])} options={o} onChange={(v) => set(f.k, arr<string>(v))} />;
    case 'switch': return <Switch className={f.cls} value={s[f.k] === true} onChange={(v) => set(f.k, v === true)} />;
    case 'tick': return <Checkbox className={f.cls} checked={s[f.k] === true} onChange={(v) => set(f.k, v)}>{f.label}</Checkbox>;
    case 'button': return <Button className={f.cls} theme="primary" onClick={press(f, kit)}>{f.label}</Button>;
    default: return <span className="ro">{f.ro}</span>;
  }
}

function FieldTable() {
  const { sections, kit, visible } = useSchema();
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请</span><span className="who">法人用户 杭州云栖示例科技有限公司</span></div>
      <div className="mps-body">
        {sections.map((sec) => (
          <div key={sec.title} className="card-w">
            <h3 className="d-title">{sec.title}</h3>
            <table className="ftable"><thead><tr><th>项目</th><th>填写内容</th></tr></thead><tbody>
              {sec.fields.filter(visible).filter((f) => f.kind !== 'tick' && f.kind !== 'button').map((f) => (
                <tr key={f.k}><th>{f.req !== false ? <i>*</i> : null}{f.label}</th><td>{widget(f, kit)}{kit.err(f.k) ? <div className="field-err">{kit.err(f.k)}</div> : null}</td></tr>
              ))}
            </tbody></table>
            {sec.fields.filter((f) => f.kind === 'tick' || f.kind === 'button').map((f) => <div key={f.k} className="f-row">{widget(f, kit)}</div>)}
          </div>
        ))}
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout29-mps-apply-unit-tdesign-fieldtable': FieldTable };
const App = APPS[new URLSearchParams(location.search).get('replicaBuild') ?? ''];
if (App) createRoot(document.getElementById('app')!).render(<App />);
