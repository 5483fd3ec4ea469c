/**
 * Gen-29 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Tea 2.8, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout29-aliyun-basic-unit-tea-wizardcard   阿里云 填写基本信息 (单位) as one WIZARD CARD under a Tea Stepper: three
 *    region Selects, a nature Select, BUTTON radios of certificate types, a USCC blur check, a 备案服务号 box, 信息校验
 *  - heldout29-mps-apply-person-tea-segmentcards   公安 新办网站申请 (个人) as SEGMENT CARDS (a Tea Segment switches the
 *    card shown, all stay mounted): radios, blur checks, Selects, a Switch, a checkbox group, provider radios, a notice tick
 */
import { Button, Card, Checkbox, Input, Radio, Segment, Select, Stepper, Switch } from 'tea-component';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { optLabel, optValue, type Field } from './common';
import { blurCheck, press, regionLists, setLevel, useSchema, type Kit } from './field-kit';
import { arr, str } from './react-state';

function widget(f: Field, kit: Kit) {
  const { s, set } = kit;
  const o = (f.options ?? []).map((x) => ({ value: optValue(x), text: optLabel(x) }));
  switch (f.kind) {
    case 'text': return <Input className={f.cls} size="l" value={str(s[f.k])} placeholder={f.placeholder ?? '请输入'} onChange={(v) => { set(f.k, v); kit.setErr(f.k, ''); }} onBlur={(e) => blurCheck(f, kit)(e.target.value)} />;
    case 'select': return <Select className={f.cls} boxClassName={`${f.cls}-pop`} appearance="button" size="l" placeholder="请选择" value={str(s[f.k]) || undefined} options={o} onChange={(v) => set(f.k, v)} />;
    case 'radio': return <Radio.Group className={f.cls} value={str(s[f.k]) || undefined} onChange={(v) => set(f.k, v)}>{o.map((x) => <Radio key={x.value} name={x.value}>{x.text}</Radio>)}</Radio.Group>;
    case 'checks': return <Checkbox.Group className={f.cls} value={arr<string>(s[f.k])} onChange={(v) => set(f.k, v)}>{o.map((x) => <Checkbox key={x.value} name={x.value}>{x.text}</Checkbox>)}</Checkbox.Group>;
    case 'switch': return <span className={f.cls}><Switch value={s[f.k] === true} onChange={(v) => set(f.k, v)} /></span>;
    case 'tick': return <Checkbox className={f.cls} value={s[f.k] === true} onChange={(v) => set(f.k, v)}>{f.label}</Checkbox>;
    case 'button': return <Button className={f.cls} type={f.k === 'verifyClicks' ? 'weak' : 'primary'} onClick={press(f, kit)}>{f.label}</Button>;
    case 'region': {
      const path = arr<string>(s[f.k]);
      const lists = regionLists(path);
      return (
        <div className={`row-inline ${f.cls}`}>
          {(['省', '市', '区县'] as const).map((ph, i) => (
            <Select key={ph} className={`${f.cls}-${i}`} boxClassName={`${f.cls}-${i}-pop`} appearance="button" placeholder={ph} disabled={i > 0 && !path[i - 1]}
              value={path[i] || undefined} options={lists[i]!.map((v) => ({ value: v }))} onChange={(v) => set(f.k, setLevel(path, i, v))} />
          ))}
        </div>
      );
    }
    default: return <span className="ro">{f.ro}</span>;
  }
}

function Row({ f, kit }: { f: Field; kit: Kit }) {
  if (f.kind === 'tick' || f.kind === 'button') return <div className="t-row">{widget(f, kit)}</div>;
  return (
    <div className="t-row">
      <label className="t-cap">{f.req !== false ? <i>*</i> : null}{f.label}</label>
      <div className="t-ctl">{widget(f, kit)}{kit.err(f.k) ? <div className="field-err">{kit.err(f.k)}</div> : null}</div>
    </div>
  );
}

function WizardCard() {
  const { sections, kit, visible } = useSchema();
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side"><a>首页</a><a className="on">我的备案</a><a>我的主体</a></nav>
      <div className="al-main"><div className="al-body">
        <Stepper steps={[{ id: 'a', label: '填写基本信息' }, { id: 'b', label: '填写主办者信息' }, { id: 'c', label: '填写网站信息' }, { id: 'd', label: '上传资料' }]} current="a" />
        <Card className="wizard-card"><Card.Body title="验证备案类型">
          {sections.map((sec) => (
            <fieldset key={sec.title} className="w-sec"><legend>{sec.title}</legend>
              {sec.fields.filter(visible).map((f) => <Row key={f.k} f={f} kit={kit} />)}
            </fieldset>
          ))}
          {kit.msg ? <div className="msg">{kit.msg}</div> : null}
        </Card.Body></Card>
      </div></div>
    </>
  );
}

function SegmentCards() {
  const { sections, kit, visible } = useSchema();
  const [cur, setCur] = useState(sections[0]?.title ?? '');
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请</span><span className="who">个人用户 张**</span></div>
      <div className="mps-body">
        <Segment className="seg" value={cur} onChange={setCur} options={sections.map((x) => ({ value: x.title, text: x.title }))} />
        {sections.map((sec) => (
          <Card key={sec.title} className="seg-card" style={{ display: cur === sec.title ? 'block' : 'none' }}><Card.Body title={sec.title}>
            {sec.fields.filter(visible).map((f) => <Row key={f.k} f={f} kit={kit} />)}
          </Card.Body></Card>
        ))}
        {kit.msg ? <div className="msg">{kit.msg}</div> : null}
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout29-aliyun-basic-unit-tea-wizardcard': WizardCard,
  'heldout29-mps-apply-person-tea-segmentcards': SegmentCards,
};
const App = APPS[new URLSearchParams(location.search).get('replicaBuild') ?? ''];
if (App) createRoot(document.getElementById('app')!).render(<App />);
