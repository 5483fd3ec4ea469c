/**
 * Gen-44 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout44-aliyun-basic-person-antd-timelineform   Alibaba 填写基本信息 (个人) as a TIMELINE FORM: one antd Timeline
 *    whose four items are the questions in order (所在地区 / 主办者证件 / 网站与资源 / 主体负责人), each item turning green
 *    once its required answers are in; a lazy Cascader loading each level late, a Segmented of natures, a Select listed
 *    late once the nature is chosen, a Select of the person's instances listed late, a RangePicker, blur checks, phones
 *    that must differ; the agreement tick; 信息校验
 */
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Input, Segmented, Select, Timeline } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchCertsOf, fetchPersonInstances, MOBILE_RE, NATURES, pathOfCode, validId, validUscc, type PersonInstance } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const D = 'YYYY-MM-DD';

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; maxLength?: number }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <div style={{ flex: 1 }}>
      <Input className={p.cls} style={{ width: 360 }} value={v} maxLength={p.maxLength} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : undefined}
        onChange={(ev) => p.set(p.k, ev.target.value)} onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const Row = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="tl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label>{p.children}</div>
);

interface Opt { value: string; label: string; isLeaf?: boolean; children?: Opt[] }

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    regionCodes: [], nature: '', certType: '', certNumber: '', name: '', domain: '', instance: '', serviceCode: '',
    prName: '', prValidity: [], prMobile: '', prEmergency: '', prEmail: '', agree: false, verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const [options, setOptions] = useState<Opt[]>([]);
  const [certs, setCerts] = useState<string[] | null>(null);
  const [instances, setInstances] = useState<PersonInstance[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchAreas('', 300).then((l) => setOptions(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  useEffect(() => { void fetchPersonInstances(600).then(setInstances); }, []);
  const nature = str(s.nature);
  useEffect(() => {
    setCerts(null);
    if (!nature) return;
    let live = true;
    void fetchCertsOf(nature, 450).then((l) => { if (live) setCerts(l); });
    return () => { live = false; };
  }, [nature]);
  const loadData = (sel: Opt[]) => {
    const target = sel[sel.length - 1]!;
    void fetchAreas(target.value, 300).then((l) => {
      target.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: sel.length >= 2 }));
      setOptions((o) => [...o]);
    });
  };
  const person = nature === '个人';
  const validity = arr<string>(s.prValidity);
  const done = [
    arr(s.regionCodes).length === 3,
    !!(nature && s.certType && s.certNumber && s.name),
    !!(s.domain && (s.instance || s.serviceCode)),
    !!(s.prName && validity.length === 2 && s.prMobile && s.prEmail),
  ];
  const items = [
    {
      color: done[0] ? 'green' : 'blue',
      content: (
        <div className="tl-sec tl-region">
          <div className="tl-q">① 主办者在哪里？</div>
          <Row label="主办单位所属区域">
            <Cascader className="region" style={{ width: 360 }} options={options} loadData={(sel) => loadData(sel as Opt[])} changeOnSelect={false} placeholder="省 / 市 / 区县（逐级加载）"
              classNames={{ popup: { root: 'region-pop' } }} value={arr<string>(s.regionCodes).length ? arr<string>(s.regionCodes) : undefined} onChange={(v) => set('regionCodes', arr<string>(v))} />
          </Row>
        </div>
      ),
    },
    {
      color: done[1] ? 'green' : 'blue',
      content: (
        <div className="tl-sec tl-cert">
          <div className="tl-q">② 主办者是谁？</div>
          <Row label="主办单位性质">
            <Segmented className="nature" value={nature} options={NATURES.filter((n) => ['个人', '企业', '事业单位', '政府机关', '社会团体', '民办非企业单位', '基金会'].includes(n))}
              onChange={(v) => setMany({ nature: v, certType: '' })} />
          </Row>
          <Row label="主办单位证件类型">
            <Select className="cert-type" style={{ width: 360 }} disabled={!nature} loading={!!nature && !certs} placeholder={nature ? (certs ? '请选择' : '加载中…') : '请先选择主办单位性质'}
              classNames={{ popup: { root: 'cert-type-pop' } }} value={str(s.certType) || undefined} options={(certs ?? []).map((c) => ({ value: c, label: c }))} onChange={(v) => set('certType', v)} />
          </Row>
          <Row label="主办单位证件号码">
            <T s={s} set={set} k="certNumber" cls="cert-number" maxLength={18} placeholder={person ? '18 位居民身份证号码' : '统一社会信用代码'}
              rule={(v) => (person ? (validId(v) ? '' : '证件号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过')} />
          </Row>
          <Row label="主办单位或主办人名称"><T s={s} set={set} k="name" cls="holder-name" placeholder="个人填写身份证上的姓名" /></Row>
        </div>
      ),
    },
    {
      color: done[2] ? 'green' : 'blue',
      content: (
        <div className="tl-sec tl-site">
          <div className="tl-q">③ 为哪个网站、用哪台服务器备案？</div>
          <Row label="网站域名"><T s={s} set={set} k="domain" cls="domain" placeholder="如 example.cn（不带 www.）" rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名')} /></Row>
          <Row label="备案实例">
            <Select className="instance" style={{ width: 360 }} loading={!instances} placeholder={instances ? '选择阿里云 ECS / 轻量实例' : '实例加载中…'} classNames={{ popup: { root: 'instance-pop' } }}
              value={str(s.instance) || undefined} options={(instances ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.ip}）· ${i.kind} · 到期 ${i.expires}` }))}
              onChange={(v) => set('instance', v)} />
          </Row>
          <Row label="备案服务号" req={false}><T s={s} set={set} k="serviceCode" cls="service-code" placeholder="无阿里云实例时填写" rule={(v) => (/^[A-Za-z0-9]{8,32}$/.test(v) ? '' : '备案服务号格式不正确')} /></Row>
        </div>
      ),
    },
    {
      color: done[3] ? 'green' : 'blue',
      content: (
        <div className="tl-sec tl-principal">
          <div className="tl-q">④ 主体负责人（个人备案即本人）</div>
          <Row label="主体负责人姓名"><T s={s} set={set} k="prName" cls="pr-name" /></Row>
          <Row label="证件有效期">
            <DatePicker.RangePicker className="pr-validity" format={D} value={validity.length === 2 ? [dayjs(validity[0], D), dayjs(validity[1], D)] : null}
              onChange={(_d, t) => set('prValidity', Array.isArray(t) && t[0] ? [t[0], t[1]] : [])} />
          </Row>
          <Row label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" maxLength={11} rule={mobile} /></Row>
          <Row label="应急联系电话"><T s={s} set={set} k="prEmergency" cls="pr-emergency" maxLength={11} placeholder="不能与手机号码相同" rule={(v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '')} /></Row>
          <Row label="电子邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确')} /></Row>
        </div>
      ),
    },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w help"><b>填写基本信息</b> → 填写主办者信息 → 填写网站信息 → 上传资料</div>
        <div className="card-w">
          <div className="sec-title">验证备案类型（按顺序回答以下问题）</div>
          <Timeline className="timeline-form" items={items} />
          <div className="actions">
            <Checkbox className="agree" checked={s.agree === true} onChange={(e) => set('agree', e.target.checked)}>我已阅读并同意《ICP代备案服务协议》</Checkbox>
            <Button type="primary" className="verify" onClick={() => { clicks(s, set, 'verifyClicks')(); setMsg(s.agree ? '校验中…' : '请先同意服务协议'); }}>信息校验</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout44-aliyun-basic-person-antd-timelineform': AliyunBasicPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
