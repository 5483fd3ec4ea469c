/**
 * Gen-29 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout29-aliyun-site-unit-arco-collapse   阿里云 填写网站信息 (单位) in an Arco COLLAPSE (两块面板, both open): a
 *    MULTIPLE Select of the account's domains, a home-URL Select, a content Select, a CHECKBOX group, 是 / 否 radios, blur
 *    checks, 保存并下一步
 *  - heldout29-volcengine-subject-unit-arco-steplist   火山引擎 主办者信息 (单位) as a STEP LIST (an Arco vertical Steps rail,
 *    each section a numbered block beside it): nature radios, a certificate Select, three region Selects, a 长期 SWITCH,
 *    blur checks, the 协议 tick, 提交备案
 */
import { Button, Checkbox, Collapse, ConfigProvider, Input, Radio, Select, Steps, Switch } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
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
    case 'text': return <Input className={f.cls} value={str(s[f.k])} placeholder={f.placeholder ?? '请输入'} onChange={(v) => { set(f.k, v); kit.setErr(f.k, ''); }} onBlur={(e) => blurCheck(f, kit)(e.target.value)} />;
    case 'select': return <Select className={f.cls} triggerProps={{ className: `${f.cls}-pop` }} placeholder="请选择" value={str(s[f.k]) || undefined} options={o} onChange={(v) => set(f.k, String(v))} />;
    case 'multi': return <Select className={f.cls} mode="multiple" triggerProps={{ className: `${f.cls}-pop` }} placeholder="请选择" value={arr<string>(s[f.k])} options={o} onChange={(v) => set(f.k, arr<string>(v))} />;
    case 'radio': return <Radio.Group className={f.cls} value={str(s[f.k]) || undefined} options={o} onChange={(v) => set(f.k, String(v))} />;
    case 'checks': return <Checkbox.Group className={f.cls} value={arr<string>(s[f.k])} options={o} onChange={(v) => set(f.k, v)} />;
    case 'switch': return <Switch className={f.cls} checked={s[f.k] === true} onChange={(v) => set(f.k, v)} />;
    case 'tick': return <Checkbox className={f.cls} checked={s[f.k] === true} onChange={(v) => set(f.k, v)}>{f.label}</Checkbox>;
    case 'button': return <Button className={f.cls} type="primary" onClick={press(f, kit)}>{f.label}</Button>;
    case 'region': {
      const path = arr<string>(s[f.k]);
      const lists = regionLists(path);
      return (
        <div className={`row-inline ${f.cls}`}>
          {(['省', '市', '区县'] as const).map((ph, i) => (
            <Select key={ph} className={`${f.cls}-${i}`} triggerProps={{ className: `${f.cls}-${i}-pop` }} style={{ width: 140 }} placeholder={ph} disabled={i > 0 && !path[i - 1]}
              value={path[i] || undefined} options={lists[i]} onChange={(v) => set(f.k, setLevel(path, i, String(v)))} />
          ))}
        </div>
      );
    }
    default: return <span className="ro">{f.ro}</span>;
  }
}
function Row({ f, kit }: { f: Field; kit: Kit }) {
  if (f.kind === 'tick' || f.kind === 'button') return <div className="f-row">{widget(f, kit)}</div>;
  return (
    <div className="f-row"><label className="t-cap">{f.req !== false ? <i>*</i> : null}{f.label}</label>
      <div className="t-ctl">{widget(f, kit)}{kit.err(f.k) ? <div className="field-err">{kit.err(f.k)}</div> : null}</div></div>
  );
}

function CollapseForm() {
  const { sections, kit, visible } = useSchema();
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side"><a>首页</a><a className="on">我的备案</a><a>我的主体</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="page-title">填写网站信息</div>
        <Collapse className="panels" defaultActiveKey={sections.map((x) => x.title)}>
          {sections.map((sec) => (
            <Collapse.Item key={sec.title} name={sec.title} header={sec.title}>
              {sec.fields.filter(visible).map((f) => <Row key={f.k} f={f} kit={kit} />)}
            </Collapse.Item>
          ))}
        </Collapse>
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div></div>
    </ConfigProvider>
  );
}

function StepList() {
  const { sections, kit, visible } = useSchema();
  return (
    <ConfigProvider locale={zhCN}>
      <div className="vc-top"><b>火山引擎</b><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="vc-side"><a>备案概览</a><a className="on">我的备案</a></nav>
      <div className="vc-main"><div className="vc-body">
        <div className="page-title">填写主办者信息</div>
        <div className="step-list">
          <Steps direction="vertical" current={1} className="rail">{sections.map((x) => <Steps.Step key={x.title} title={x.title} />)}</Steps>
          <div className="step-blocks">
            {sections.map((sec, i) => (
              <div key={sec.title} className="card-w"><h3>{i + 1}. {sec.title}</h3>{sec.fields.filter(visible).map((f) => <Row key={f.k} f={f} kit={kit} />)}</div>
            ))}
          </div>
        </div>
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout29-aliyun-site-unit-arco-collapse': CollapseForm,
  'heldout29-volcengine-subject-unit-arco-steplist': StepList,
};
const App = APPS[new URLSearchParams(location.search).get('replicaBuild') ?? ''];
if (App) createRoot(document.getElementById('app')!).render(<App />);
