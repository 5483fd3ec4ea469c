/**
 * Gen-41 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout41-aliyun-subject-unit-fusion-arrowsteps   填写主办者信息 (单位, 阿里云) as ARROW STEPS: a clickable arrow Step over
 *    three panes (all mounted, one shown): three chained Selects each listed late, text lines, a Select, a DatePicker2 +
 *    长期 radios hiding the end, blur checks, phones that must differ; a 承诺 tick; 下一步
 *  - heldout41-mps-principal-unit-fusion-rolepicker    网站负责人 (单位, 公安) as a ROLE PICKER: a Select at the top picks
 *    the role form shown (both mounted): a copy Checkbox, a Select, a RangePicker, Uploads; a Switch hiding fields; 提交
 */
import { Button, Checkbox, DatePicker2, Input, Radio, Select, Step, Switch, Upload } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchLevel, HELD_PRINCIPAL, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, validId, YES_NO } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ width: 400 }}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (单位): arrow steps */

const PANES = ['主办单位', '主体负责人', '联系方式'];

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    certProv: '', certCity: '', certCounty: '', certDetail: '', mailAddress: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: '',
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ certProv, certCity, certCounty, ...r }) => ({ ...r, certRegion: [certProv, certCity, certCounty].map(str).filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [cur, setCur] = useState(0);
  const [lv, setLv] = useState<{ p: [string, string][]; c: [string, string][]; d: [string, string][] }>({ p: [], c: [], d: [] });
  const [codes, setCodes] = useState({ p: '', c: '', d: '' });
  useEffect(() => { void fetchLevel('', 400).then((p) => setLv((x) => ({ ...x, p }))); }, []);
  const pickLevel = (level: 'p' | 'c' | 'd', code: string) => {
    const list = lv[level];
    const name = list.find(([c]) => c === code)?.[1] ?? '';
    if (level === 'p') { setCodes({ p: code, c: '', d: '' }); setLv((x) => ({ ...x, c: [], d: [] })); setMany({ certProv: name, certCity: '', certCounty: '' }); void fetchLevel(code, 350).then((c) => setLv((x) => ({ ...x, c }))); }
    if (level === 'c') { setCodes((x) => ({ ...x, c: code, d: '' })); setLv((x) => ({ ...x, d: [] })); setMany({ certCity: name, certCounty: '' }); void fetchLevel(code, 350).then((d) => setLv((x) => ({ ...x, d }))); }
    if (level === 'd') { setCodes((x) => ({ ...x, d: code })); set('certCounty', name); }
  };
  const sel = (level: 'p' | 'c' | 'd', cls: string, ph: string) => (
    <Select className={cls} popupClassName={`${cls}-pop`} style={{ width: 132 }} placeholder={ph} value={codes[level] || undefined} notFoundContent="加载中…"
      dataSource={lv[level].map(([value, label]) => ({ value, label }))} onChange={(v) => pickLevel(level, String(v ?? ''))} />
  );
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === '是';
  const show = (n: number) => ({ display: cur === n ? '' : 'none' });
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body"><div className="card-w">
        <Step className="arrow-steps" current={cur} shape="arrow">{PANES.map((p, i) => <Step.Item key={p} title={p} onClick={() => setCur(i)} />)}</Step>
        <div className="pane p-unit" style={show(0)}>
          <Row label="主办单位名称" req={false}><span className="ro">杭州云栖示例科技有限公司（来自填写基本信息）</span></Row>
          <Row label="证件住所" help="与营业执照登记的住所一致：省 / 市 / 区县">
            <div className="row-inline cert-region">{sel('p', 'cert-prov', '省')}{sel('c', 'cert-city', '市')}{sel('d', 'cert-county', '区县')}</div>
          </Row>
          <Row label="证件住所详细地址" help="须详细到门牌号">{t('certDetail', 'cert-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '须详细到门牌号') })}</Row>
          <Row label="通信地址" help="省市区 + 详细地址，须能送达">{t('mailAddress', 'mail-address', { placeholder: '如 浙江省杭州市××区××路 1 号' })}</Row>
          <Row label="投资人或主管单位" help="企业填写本单位全称">{t('investor', 'investor', { max: 128 })}</Row>
        </div>
        <div className="pane p-principal" style={show(1)}>
          <Row label="主体负责人姓名" help="须为法定代表人">{t('prName', 'pr-name', { max: 30 })}</Row>
          <Row label="证件类型">
            <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: 400 }} placeholder="请选择" value={str(s.prCertType) || undefined} dataSource={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', String(v ?? ''))} />
          </Row>
          <Row label="证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
          <Row label="证件有效期起"><DatePicker2 className="pr-valid-from" popupClassName="pr-valid-from-pop" format="YYYY-MM-DD" value={str(s.prValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('prValidFrom', String(v ?? ''))} /></Row>
          <Row label="证件是否长期有效">
            <Radio.Group className="pr-long-term" value={str(s.prLongTerm) || undefined} dataSource={YES_NO} onChange={(v) => setMany({ prLongTerm: String(v), prValidTo: String(v) === '是' ? '' : s.prValidTo })} />
          </Row>
          {long ? null : (
            <Row label="证件有效期止"><DatePicker2 className="pr-valid-to" popupClassName="pr-valid-to-pop" format="YYYY-MM-DD" value={str(s.prValidTo) || null} onChange={(_d: unknown, v: unknown) => set('prValidTo', String(v ?? ''))} /></Row>
          )}
        </div>
        <div className="pane p-contact" style={show(2)}>
          <Row label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系电话">{t('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
          <Row label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
          <Row label="电子邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</Row>
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v: boolean) => set('promise', v)}>本单位承诺所填信息真实有效</Checkbox>
        <div className="actions">
          <Button className="prev-pane" disabled={cur === 0} onClick={() => setCur(cur - 1)}>上一项</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); if (cur < 2) setCur(cur + 1); else setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (单位): role picker */

function Photo(p: { s: S; set: Setter; k: string; label: string; disabled?: boolean }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <Row label={p.label} help="jpg / png，不超过 400KB">
      <div className={`row-inline up-${p.k}`}>
        <Upload className={`upl-${p.k}`} accept="image/png,image/jpeg" autoUpload={false} listType="text" value={[]} disabled={p.disabled}
          onSelect={(list: unknown[]) => { const f = list[list.length - 1] as { name?: string } | undefined; if (f?.name) p.set(p.k, [f.name]); }}>
          <Button>{files.length ? '重新上传' : '上传'}</Button>
        </Upload>
        {files.length ? <span className="file-name">{files[0]}</span> : <span className="help">未上传</span>}
      </div>
    </Row>
  );
}

function MpsPrincipalUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '', aqFront: [], aqBack: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, submitClicks: 0,
  });
  const e = useErrs();
  const [role, setRole] = useState('aq');
  const [msg, setMsg] = useState('');
  const same = s.aqSame === true;
  const range = arr<string>(s.aqValidity);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const copy = (on: boolean) => {
    const h = HELD_PRINCIPAL.单位;
    setMany(on ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidity: [h.validFrom], aqMobile: h.mobile, aqEmail: h.email } : { aqSame: false });
  };
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请</span><span className="who">杭州云栖示例科技有限公司（单位用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Step current={2} shape="circle" labelPlacement="hoz">{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((x) => <Step.Item key={x} title={x} />)}</Step></div>
        <div className="card-w role-bar">
          <Row label="编辑角色" req={false}>
            <Select className="role-picker" popupClassName="role-picker-pop" style={{ width: 260 }} value={role} dataSource={[{ value: 'aq', label: '网站安全负责人' }, { value: 'yj', label: '网站应急联络人' }]} onChange={(v) => setRole(String(v))} />
            <span className="help" style={{ marginLeft: 12 }}>两个角色均须填写；切换后已填内容保留</span>
          </Row>
        </div>
        <div className="card-w sec-aq" style={{ display: role === 'aq' ? '' : 'none' }}>
          <div className="sec-title">网站安全负责人</div>
          <Row label="同主体负责人信息" req={false}><Checkbox className="aq-same" checked={same} onChange={(v: boolean) => copy(v)}>同主体负责人信息（带出并锁定）</Checkbox></Row>
          <Row label="负责人姓名">{t('aqName', 'aq-name', { max: 30, disabled: same })}</Row>
          <Row label="证件类型">
            <Select className="aq-cert-type" popupClassName="aq-cert-type-pop" style={{ width: 400 }} disabled={same} placeholder="请选择" value={str(s.aqCertType) || undefined} dataSource={MPS_PERSON_CERTS} onChange={(v) => set('aqCertType', String(v ?? ''))} />
          </Row>
          <Row label="证件号码">{t('aqCertNumber', 'aq-cert-number', { max: 18, disabled: same, blur: idRule(s.aqCertType) })}</Row>
          <Row label="证件有效期">
            <DatePicker2.RangePicker className="aq-validity" popupClassName="aq-validity-pop" format="YYYY-MM-DD" disabled={same} value={range.length ? [range[0] || null, range[1] || null] as never : undefined}
              onChange={(_v: unknown, strs: unknown) => set('aqValidity', arr<string>(strs).filter(Boolean))} />
          </Row>
          <Row label="手机号码">{t('aqMobile', 'aq-mobile', { max: 11, disabled: same, blur: mobileRule })}</Row>
          <Row label="电子邮件地址">{t('aqEmail', 'aq-email', { disabled: same, blur: emailRule })}</Row>
          <Photo s={s} set={set} k="aqFront" label="证件正面" />
          <Photo s={s} set={set} k="aqBack" label="证件反面" />
        </div>
        <div className="card-w sec-yj" style={{ display: role === 'yj' ? '' : 'none' }}>
          <div className="sec-title">网站应急联络人</div>
          <Row label="同主体负责人信息" req={false}><Switch className="yj-same" checked={s.yjSame === true} onChange={(v: boolean) => set('yjSame', v)} /></Row>
          {s.yjSame === true ? <div className="help yj-note">将使用主体负责人的信息作为应急联络人</div> : (
            <div className="yj-fields">
              <Row label="联络人姓名">{t('yjName', 'yj-name', { max: 30 })}</Row>
              <Row label="联络人证件类型">
                <Select className="yj-cert-type" popupClassName="yj-cert-type-pop" style={{ width: 400 }} placeholder="请选择" value={str(s.yjCertType) || undefined} dataSource={MPS_PERSON_CERTS} onChange={(v) => set('yjCertType', String(v ?? ''))} />
              </Row>
              <Row label="联络人证件号码">{t('yjCertNumber', 'yj-cert-number', { max: 18, blur: idRule(s.yjCertType) })}</Row>
              <Row label="联络人手机号码">{t('yjMobile', 'yj-mobile', { max: 11, blur: mobileRule })}</Row>
            </div>
          )}
        </div>
        <Checkbox className="notice" checked={s.notice === true} onChange={(v: boolean) => set('notice', v)}>我已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox>
        <div className="actions">
          <Button type="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.notice ? '请完善带 * 的信息' : '请先阅读并同意责任告知书'); }}>提交</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout41-aliyun-subject-unit-fusion-arrowsteps': AliyunSubjectUnit,
  'heldout41-mps-principal-unit-fusion-rolepicker': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
