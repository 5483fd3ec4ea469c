/**
 * Gen-27 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout27-volcengine-subject-unit-fusion-bento   填写主办者信息 (单位, 火山引擎) as a BENTO grid of Cards of different
 *    sizes, labels on top: an Upload.SELECTER of the licence (type checked), a TEXTAREA 证件住址, a LAZY CascaderSelect + a
 *    blur-checked street, radios, a Select, blur checks, a DatePicker2 + a 长期有效 SWITCH hiding the end date, phones that
 *    must differ, a landline, a second upload slot; an agreement tick; 上一步 / 下一步
 */
import { Button, Card, CascaderSelect, Checkbox, DatePicker2, Input, Radio, Select, Step, Switch, Upload } from '@alifd/next';
import type { CascaderSelectDataItem } from '@alifd/next/types/cascader-select';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, validId, YES_NO } from './common';
import { clicks, str, useReplicaState, arr, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </>
  );
}

/** A cell: its name above the control (no <label>). */
const T = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="b-item">
    <div className="t-label">{p.req !== false ? <i>*</i> : null}{p.label}</div>
    {p.children}
    {p.help ? <div className="help">{p.help}</div> : null}
  </div>
);

interface LazyNode { value: string; label: string; isLeaf?: boolean; children?: LazyNode[] }
/** A lazily loaded region tree for a CascaderSelect (each level fetched when its parent opens). */
function useLazyRegions() {
  const [lazy, setLazy] = useState<LazyNode[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setLazy(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (data: { value?: unknown }) => new Promise<void>((resolve) => {
    const find = (l: LazyNode[]): LazyNode | undefined => {
      for (const n of l) { if (n.value === data.value) return n; const hit = n.children && find(n.children); if (hit) return hit; }
      return undefined;
    };
    void fetchAreas(String(data.value)).then((list) => {
      const n = find(lazy);
      if (n) n.children = list.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }));
      setLazy((x) => [...x]);
      resolve();
    });
  });
  return { lazy, loadData };
}

/** Fusion's file selector (its typings leave out the children it renders: the button). */
const Selecter = Upload.Selecter as unknown as (p: { accept: string; onSelect: (files: unknown[]) => void; children: ReactNode }) => React.JSX.Element;

/** One image slot: an Upload.Selecter (jpg / png ≤ 5 MB, checked here); a chosen file shows as its name with 删除. */
function Photo(p: { s: S; set: Setter; k: string; cls: string }) {
  const files = arr<string>(p.s[p.k]);
  const [msg, setMsg] = useState('');
  return (
    <div className={`slot ${p.cls}`}>
      <Selecter accept="image/png,image/jpeg"
        onSelect={(list) => {
          const f = list[0] as unknown as File | undefined;
          if (!f) return;
          const ok = /^image\/(png|jpeg)$/.test(f.type) && f.size <= 5 * 1024 * 1024;
          setMsg(ok ? '' : '仅支持 jpg / png，且不超过 5MB');
          if (ok) p.set(p.k, [f.name]);
        }}>
        <Button size="small" className={`up-${p.cls}`}>{files.length ? '重新上传' : '点击上传'}</Button>
      </Selecter>
      {files.length ? <span className="row-inline"><span className="file-name">{files[0]}</span><Button text type="primary" size="small" onClick={() => p.set(p.k, [])}>删除</Button></span> : <span className="help"> 未上传</span>}
      {msg ? <div className="field-err">{msg}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function VolcSubjectUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '单位', {
    licence: [], unitName: '', investor: '', certAddress: '', mailRegionCode: '', mailDetail: '',
    prIsLegal: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prEmail: '', prOffice: '',
    prIdFront: [], agree: false, prevClicks: 0, nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const mail = useLazyRegions();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const next = () => {
    clicks(s, set, 'nextClicks')();
    setMsg(!s.agree ? '请阅读并同意备案服务协议' : !arr(s.prIdFront).length ? '请上传法定代表人身份证人像面' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="vc-side" aria-label="备案"><a>备案概览</a><a className="on">我的备案</a><a>备案资料</a><a>公安备案指引</a></nav>
      <div className="vc-main"><div className="vc-body">
        <div className="card-w"><Step current={1} shape="circle">{['验证备案信息', '填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="bento">
          <Card className="c-licence" title="营业执照" contentHeight="auto">
            <T label="营业执照" help="彩色扫描件或原件照片，jpg / png"><Photo s={s} set={set} k="licence" cls="licence" /></T>
            <div className="help">主办单位性质：企业 · 证件类型：营业执照（个人或企业）· 证件号码：91330110MA2H3K7Q18（来自验证备案信息）</div>
          </Card>
          <Card className="span2 c-unit" title="主办单位" contentHeight="auto">
            <T label="主办单位名称">{text('unitName', 'unit-name', { max: 100, placeholder: '与营业执照上的名称一致' })}</T>
            <T label="投资人或主管单位" help="企业填写单位全称">{text('investor', 'investor', { max: 100 })}</T>
          </Card>
          <Card className="span3 c-addr" title="地址" contentHeight="auto">
            <div className="bento" style={{ gap: 12 }}>
              <div className="span2">
                <T label="主办单位证件住址" help="与营业执照上的住所完全一致（含省市区）">
                  <Input.TextArea className="cert-address" style={{ width: '100%' }} rows={2} maxLength={200} value={str(s.certAddress)} onChange={(v) => set('certAddress', String(v ?? ''))} />
                </T>
              </div>
              <div>
                <T label="通信地址">
                  <CascaderSelect className="mail-region" popupProps={{ className: 'mail-region-pop' }} style={{ width: '100%' }} placeholder="省 / 市 / 区县" dataSource={mail.lazy as unknown as CascaderSelectDataItem[]} loadData={mail.loadData}
                    value={str(s.mailRegionCode) || undefined} onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
                </T>
                <T label="详细地址">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</T>
              </div>
            </div>
          </Card>
          <Card className="span3 c-principal" title="主体负责人" contentHeight="auto">
            <div className="bento" style={{ gap: '0 20px' }}>
              <T label="是否为法定代表人">
                <Radio.Group className="pr-is-legal" value={str(s.prIsLegal) || undefined} dataSource={YES_NO} onChange={(v) => set('prIsLegal', String(v))} />
              </T>
              <T label="主体负责人姓名">{text('prName', 'pr-name', { max: 30 })}</T>
              <T label="证件类型">
                <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.prCertType) || undefined}
                  dataSource={ICP_PERSON_CERTS.map((value) => ({ value, label: value }))} onChange={(v) => set('prCertType', String(v ?? ''))} />
              </T>
              <T label="证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => ((s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</T>
              <T label="证件有效期起">
                <DatePicker2 className="pr-valid-from" popupClassName="pr-valid-from-pop" style={{ width: '100%' }} format="YYYY-MM-DD" value={str(s.prValidFrom) || null} onChange={(_d, v) => set('prValidFrom', String(v ?? ''))} />
              </T>
              <T label="长期有效" req={false}>
                <Switch className="pr-long-term" checked={long} onChange={(v: boolean) => setMany({ prLongTerm: !!v, prValidTo: '' })} /> <span className="help">{long ? '证件长期有效' : '证件有有效期截止日'}</span>
              </T>
              {long ? null : (
                <T label="证件有效期止">
                  <DatePicker2 className="pr-valid-to" popupClassName="pr-valid-to-pop" style={{ width: '100%' }} format="YYYY-MM-DD" value={str(s.prValidTo) || null} onChange={(_d, v) => set('prValidTo', String(v ?? ''))} />
                </T>
              )}
              <T label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</T>
              <T label="应急联系电话">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</T>
              <T label="电子邮箱">{text('prEmail', 'pr-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</T>
              <T label="办公电话" help="区号-号码，如 010-12345678">{text('prOffice', 'pr-office', { max: 20, blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</T>
              <T label="法定代表人身份证人像面"><Photo s={s} set={set} k="prIdFront" cls="pr-id-front" /></T>
            </div>
          </Card>
        </div>
        <div className="card-w" style={{ marginTop: 16 }}>
          <Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', !!v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={next}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout27-volcengine-subject-unit-fusion-bento': VolcSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
