/**
 * Gen-42 held-out build on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout42-aliyun-subject-person-tdesign-expandrows   Alibaba 填写主办者信息 (个人) as EXPAND ROWS: a TDesign Table of
 *    three section rows (主办者 / 主体负责人 / 联系方式), each expanding into its form (all expanded at first, a user may
 *    fold them); a Textarea, three Selects 省 / 市 / 区县 each listed late + a street line, a Select, a DatePicker + an
 *    end-date text with a 长期 Checkbox disabling it, blur checks, phones that must differ; the 承诺 tick; 下一步
 */
import { Button, Checkbox, DatePicker, Input, Select, Table, Textarea } from 'tdesign-react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchLevel, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, validId } from './common';
import { clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean; area?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  const blur = (x: unknown) => { const t = String(x ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); };
  return (
    <div style={{ width: '100%' }}>
      {p.area
        ? <Textarea className={p.cls} value={v} placeholder={p.placeholder ?? '请输入'} autosize={{ minRows: 2 }} onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={blur} />
        : <Input className={p.cls} value={v} disabled={p.disabled} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'} onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={blur} />}
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const R = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="ot-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}</div></div>
);

/** One level of the region tree, listed late once its parent is chosen. */
function LevelSelect(p: { parent: string | null; value: string; cls: string; placeholder: string; onChange: (code: string) => void }) {
  const [list, setList] = useState<[string, string][] | null>(null);
  useEffect(() => {
    setList(null);
    if (p.parent === null) return;
    let live = true;
    void fetchLevel(p.parent, 350).then((l) => { if (live) setList(l); });
    return () => { live = false; };
  }, [p.parent]);
  return (
    <Select className={p.cls} style={{ width: 150 }} disabled={p.parent === null} loading={p.parent !== null && !list} placeholder={p.placeholder} value={p.value || undefined}
      popupProps={{ overlayClassName: `${p.cls}-pop` }} options={(list ?? []).map(([value, label]) => ({ value, label }))} onChange={(v) => p.onChange(String(v ?? ''))} />
  );
}

interface Sec { key: string; title: string; summary: string }

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    certAddress: '', mailProv: '', mailCity: '', mailCounty: '', mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailProv, mailCity, mailCounty, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailCounty) || str(mailCity) || str(mailProv)) }));
  const [open, setOpen] = useState<(string | number)[]>(['holder', 'principal', 'contact']);
  const [msg, setMsg] = useState('');
  const [toErr, setToErr] = useState('');
  const long = s.prLongTerm === true;
  const forms: Record<string, React.ReactNode> = {
    holder: (
      <div className="p-holder">
        <R label="主办人名称" req={false}><span className="ro">张伟（个人 · 居民身份证，来自填写基本信息）</span></R>
        <R label="证件住所"><T s={s} set={set} k="certAddress" cls="cert-address" area placeholder="与身份证上的住址一致" /></R>
        <R label="通信地址">
          <div className="row-inline">
            <LevelSelect parent="" value={str(s.mailProv)} cls="mail-prov" placeholder="省" onChange={(v) => setMany({ mailProv: v, mailCity: '', mailCounty: '' })} />
            <LevelSelect parent={str(s.mailProv) || null} value={str(s.mailCity)} cls="mail-city" placeholder="市" onChange={(v) => setMany({ mailCity: v, mailCounty: '' })} />
            <LevelSelect parent={str(s.mailCity) || null} value={str(s.mailCounty)} cls="mail-county" placeholder="区县" onChange={(v) => set('mailCounty', v)} />
          </div>
        </R>
        <R label="详细地址"><T s={s} set={set} k="mailDetail" cls="mail-detail" placeholder="街道、门牌号" rule={(v) => (/\d+\s*号/.test(v) ? '' : '详细地址须到门牌号')} /></R>
        <R label="投资人或主管单位"><T s={s} set={set} k="investor" cls="investor" placeholder="个人填写本人姓名" /></R>
      </div>
    ),
    principal: (
      <div className="p-principal">
        <R label="主体负责人姓名"><T s={s} set={set} k="prName" cls="pr-name" /></R>
        <R label="证件类型"><Select className="pr-cert-type" style={{ width: 260 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
          popupProps={{ overlayClassName: 'pr-cert-type-pop' }} onChange={(v) => set('prCertType', String(v ?? ''))} /></R>
        <R label="证件号码"><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={(v) => (validId(v) ? '' : '证件号码校验未通过')} /></R>
        <R label="证件有效期开始"><DatePicker className="pr-valid-from" value={str(s.prValidFrom)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => set('prValidFrom', String(v ?? ''))} /></R>
        <R label="证件有效期截止" req={!long}>
          <div className="row-inline">
            <Input className="pr-valid-to" style={{ width: 160 }} disabled={long} placeholder={long ? '长期' : 'YYYY-MM-DD'} value={str(s.prValidTo)} status={toErr ? 'error' : 'default'}
              onChange={(x) => { setToErr(''); set('prValidTo', String(x ?? '')); }} onBlur={(x) => { const t = String(x ?? '').trim(); setToErr(t && !/^\d{4}-\d{2}-\d{2}$/.test(t) ? '日期格式为 YYYY-MM-DD' : ''); }} />
            <Checkbox className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: !!v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
          </div>
          {toErr ? <div className="field-err">{toErr}</div> : null}
        </R>
      </div>
    ),
    contact: (
      <div className="p-contact">
        <R label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></R>
        <R label="应急联系电话"><T s={s} set={set} k="prEmergency" cls="pr-emergency" placeholder="不能与手机号码相同" rule={(v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '')} /></R>
        <R label="办公室电话" req={false}><T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码（选填）" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} /></R>
        <R label="电子邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确')} /></R>
      </div>
    ),
  };
  const rows: Sec[] = [
    { key: 'holder', title: '主办者', summary: str(s.certAddress) ? '已填写' : '待填写' },
    { key: 'principal', title: '主体负责人', summary: str(s.prName) || '待填写' },
    { key: 'contact', title: '联系方式', summary: str(s.prMobile) || '待填写' },
  ];
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w help">填写基本信息 ✓ → <b>填写主办者信息</b> → 填写网站信息 → 上传资料</div>
        <div className="card-w">
          <Table<Sec> className="expand-rows" rowKey="key" data={rows} bordered expandedRowKeys={open} onExpandChange={(keys) => setOpen(keys)}
            expandedRow={({ row }) => forms[row.key]}
            columns={[{ colKey: 'title', title: '信息项', width: 200 }, { colKey: 'summary', title: '填写情况' }]} />
          <div className="actions">
            <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', !!v)}>本人承诺所填信息真实有效</Checkbox>
            <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '' : '请先勾选承诺'); }}>下一步</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout42-aliyun-subject-person-tdesign-expandrows': AliyunSubjectPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
