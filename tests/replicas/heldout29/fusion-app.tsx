/**
 * Gen-29 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout29-aliyun-subject-person-fusion-tabpanes   阿里云 填写主办者信息 (个人) in Fusion TAB PANES (主办者信息 /
 *    主体负责人, both mounted): three region Selects, blur checks, a certificate Select, typed dates with a 长期 SWITCH
 *    hiding the end date, phones, a 承诺书 tick, 下一步
 *  - heldout29-baidu-subject-person-fusion-descform   百度智能云 填写主办者信息 (个人) as a DESCRIPTION FORM (a two-column
 *    bordered table of caption / control cells): radios of ID types, three region Selects, blur checks, a 承诺书 tick, 下一步
 */
import { Button, Checkbox, Input, Radio, Select, Switch, Tab } from '@alifd/next';
import { type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { optLabel, optValue, type Field } from './common';
import { blurCheck, press, regionLists, setLevel, useSchema, type Kit } from './field-kit';
import { arr, str } from './react-state';

function widget(f: Field, kit: Kit): ReactNode {
  const { s, set } = kit;
  const o = (f.options ?? []).map((x) => ({ value: optValue(x), label: optLabel(x) }));
  switch (f.kind) {
    case 'text': return <Input className={f.cls} style={{ width: '100%' }} value={str(s[f.k])} placeholder={f.placeholder ?? '请输入'} onChange={(v) => { set(f.k, String(v)); kit.setErr(f.k, ''); }} onBlur={(e) => blurCheck(f, kit)((e.target as HTMLInputElement).value)} />;
    case 'select': return <Select className={f.cls} popupClassName={`${f.cls}-pop`} style={{ width: '100%' }} placeholder="请选择" value={str(s[f.k]) || undefined} dataSource={o} onChange={(v) => set(f.k, String(v))} />;
    case 'radio': return <Radio.Group className={f.cls} value={str(s[f.k]) || undefined} dataSource={o} onChange={(v) => set(f.k, String(v))} />;
    case 'checks': return <Checkbox.Group className={f.cls} value={arr<string>(s[f.k])} dataSource={o} onChange={(v) => set(f.k, v)} />;
    case 'switch': return <Switch className={f.cls} checked={s[f.k] === true} onChange={(v) => set(f.k, v)} />;
    case 'tick': return <Checkbox className={f.cls} checked={s[f.k] === true} onChange={(v) => set(f.k, v)}>{f.label}</Checkbox>;
    case 'button': return <Button className={f.cls} type="primary" onClick={press(f, kit)}>{f.label}</Button>;
    case 'region': {
      const path = arr<string>(s[f.k]);
      const lists = regionLists(path);
      return (
        <div className={`row-inline ${f.cls}`}>
          {(['省', '市', '区县'] as const).map((ph, i) => (
            <Select key={ph} className={`${f.cls}-${i}`} popupClassName={`${f.cls}-${i}-pop`} style={{ width: 140 }} placeholder={ph} disabled={i > 0 && !path[i - 1]}
              value={path[i] || undefined} dataSource={lists[i]} onChange={(v) => set(f.k, setLevel(path, i, String(v)))} />
          ))}
        </div>
      );
    }
    default: return <span className="ro">{f.ro}</span>;
  }
}
const err = (f: Field, kit: Kit) => (kit.err(f.k) ? <div className="field-err">{kit.err(f.k)}</div> : null);
const cap = (f: Field) => <>{f.req !== false ? <i>*</i> : null}{f.label}</>;

function TabPanes() {
  const { sections, kit, visible } = useSchema();
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side"><a>首页</a><a className="on">我的备案</a><a>我的主体</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="page-title">填写主办者信息</div>
        <Tab className="panes" shape="wrapped" lazyLoad={false}>
          {sections.map((sec) => (
            <Tab.Item key={sec.title} title={sec.title}>
              <div className="card-w">
                {sec.fields.filter(visible).map((f) => (f.kind === 'tick' || f.kind === 'button'
                  ? <div key={f.k} className="f-row">{widget(f, kit)}</div>
                  : <div key={f.k} className="f-row"><label className="t-cap">{cap(f)}</label><div className="t-ctl">{widget(f, kit)}{err(f, kit)}</div></div>))}
              </div>
            </Tab.Item>
          ))}
        </Tab>
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div></div>
    </>
  );
}

function DescForm() {
  const { sections, kit, visible } = useSchema();
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="bd-side"><a>备案概览</a><a className="on">我的备案</a><a>备案资料</a></nav>
      <div className="bd-main"><div className="bd-body">
        <div className="page-title">填写主办者信息</div>
        {sections.map((sec) => {
          const rows = sec.fields.filter(visible).filter((f) => f.kind !== 'tick' && f.kind !== 'button');
          const pairs: Field[][] = [];
          for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2));
          return (
            <div key={sec.title} className="card-w">
              <h3 className="d-title">{sec.title}</h3>
              <table className="desc"><tbody>
                {pairs.map((p) => <tr key={p[0]!.k}>{p.map((f) => [<th key="c">{cap(f)}</th>, <td key="v">{widget(f, kit)}{err(f, kit)}</td>])}</tr>)}
              </tbody></table>
              {sec.fields.filter((f) => f.kind === 'tick' || f.kind === 'button').map((f) => <div key={f.k} className="f-row">{widget(f, kit)}</div>)}
            </div>
          );
        })}
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div></div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout29-aliyun-subject-person-fusion-tabpanes': TabPanes,
  'heldout29-baidu-subject-person-fusion-descform': DescForm,
};
const App = APPS[new URLSearchParams(location.search).get('replicaBuild') ?? ''];
if (App) createRoot(document.getElementById('app')!).render(<App />);
