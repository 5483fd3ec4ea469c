/**
 * Gen-27 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8 (moment
 * dates), written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout27-aliyun-apply-person-tea-changetable   a person's 变更主体 order (阿里云) as a CHANGE TABLE: one <table> of
 *    变更项 / 原备案信息 (stale filed values, read-only) / 变更后 (controls): a blur-checked entity number (missing), THREE
 *    region Selects loaded level by level, blur checks, a RANGEPICKER, phones that must differ; a 确认 tick; 上一步 / 提交变更
 *  - heldout27-mps-apply-unit-tea-inlinecards   the whole 新办网站申请 (单位, 公安) as INLINE CARDS (fields flowing three to
 *    a row, label beside control): radios, blur checks, a DatePicker, a TAGSELECT, a textarea of IPs, Selects, radios
 *    revealing a CHECKBOX group, a SELECTMULTIPLE, SEARCHABLE provider Selects, three region Selects loaded level by level,
 *    a RANGEPICKER, copy ticks; a 责任告知书 tick; 暂存 / 提交申请
 */
import { Alert, Button, Card, Checkbox, DatePicker, Input, Radio, Select, SelectMultiple, Stepper, TagSelect } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, ENTITY_ICP_RE, fetchAreas, IPV4_RE, lines, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS,
  MPS_PROVIDERS, OLD_PERSON_FILED, pathOfCode, PHONE_RE, shortIpv6, SITE_ICP_RE, validId, validIpv6, YES_NO, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; size?: 'm' | 'l' | 'full' }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size={p.size ?? 'l'} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');

/** Three region Selects (省 / 市 / 区县), each loaded after the one above; codes in the state under `keys`. */
function RegionSelects(p: { s: S; setMany: (x: S) => void; keys: [string, string, string]; cls: string }) {
  const [prov, city, dist] = p.keys;
  const [lists, setLists] = useState<{ provs: Area[]; cities: Area[]; dists: Area[] }>({ provs: [], cities: [], dists: [] });
  useEffect(() => { void fetchAreas('').then((l) => setLists((x) => ({ ...x, provs: l }))); }, []);
  const o = (l: Area[]) => l.map((a) => ({ value: a.code, text: a.name }));
  return (
    <div className="row-inline">
      <Select className={`${p.cls}-prov`} boxClassName={`${p.cls}-prov-pop`} appearance="button" size="s" searchable placeholder="省" value={str(p.s[prov]) || undefined} options={o(lists.provs)}
        onChange={(v) => { p.setMany({ [prov]: v, [city]: '', [dist]: '' }); setLists((x) => ({ ...x, cities: [], dists: [] })); void fetchAreas(v).then((l) => setLists((x) => ({ ...x, cities: l }))); }} />
      <Select className={`${p.cls}-city`} boxClassName={`${p.cls}-city-pop`} appearance="button" size="s" placeholder="市" disabled={!p.s[prov]} value={str(p.s[city]) || undefined} options={o(lists.cities)}
        onChange={(v) => { p.setMany({ [city]: v, [dist]: '' }); setLists((x) => ({ ...x, dists: [] })); void fetchAreas(v).then((l) => setLists((x) => ({ ...x, dists: l }))); }} />
      <Select className={`${p.cls}-dist`} boxClassName={`${p.cls}-dist-pop`} appearance="button" size="s" placeholder="区县" disabled={!p.s[city]} value={str(p.s[dist]) || undefined} options={o(lists.dists)}
        onChange={(v) => p.setMany({ [dist]: v })} />
    </div>
  );
}
const regionOf = (s: S, keys: [string, string, string]) => pathOfCode(str(s[keys[2]]) || str(s[keys[1]]) || str(s[keys[0]]));

/* ------------------------------------------------------------------ 阿里云 变更主体 (个人): change table */

const MAIL: [string, string, string] = ['mailProv', 'mailCity', 'mailDist'];

function AliyunChangePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '个人', {
    entityIcp: '', mailProv: '', mailCity: '', mailDist: '', mailDetail: '', validFrom: '', validTo: '', mobile: '', emergency: '', email: '', note: '',
    confirm: false, prevClicks: 0, submitClicks: 0,
  }, ({ mailProv, mailCity, mailDist, validFrom, validTo, ...r }) => ({
    ...r, mailRegion: regionOf({ mailProv, mailCity, mailDist }, MAIL), validity: [str(validFrom), str(validTo)].filter(Boolean),
  }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const steps = [['type', '选择变更类型'], ['edit', '填写变更信息'], ['upload', '上传资料'], ['submit', '提交初审']].map(([id, label]) => ({ id: id!, label }));
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.entityIcp ? '请填写主体备案号' : !s.confirm ? '请确认变更内容' : '请完善变更信息');
  };
  const row = (item: string, old: ReactNode, ctl: ReactNode, req = true) => (
    <tr><th className="item">{req ? <span style={{ color: '#e54545' }}>*</span> : null}{item}</th><td className="old">{old}</td><td>{ctl}</td></tr>
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>变更备案 · 个人</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Stepper steps={steps} current="edit" /></div>
        <Alert type="warning" style={{ marginBottom: 16 }}>变更主体：仅可修改主办人的联系方式、通信地址与证件有效期；变更提交后须经阿里云初审与管局重新审核，审核期间原备案信息保持不变。</Alert>
        <table className="chg">
          <thead><tr><th>变更项</th><th>原备案信息</th><th>变更后</th></tr></thead>
          <tbody>
            {row('主体备案号', '—', field('entityIcp', 'entity-icp', { placeholder: '如 浙ICP备12345678号', blur: (v) => (ENTITY_ICP_RE.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号') }))}
            {row('主办人名称', '张伟', <span className="ro">张伟（个人，不可变更）</span>, false)}
            {row('通信地址', OLD_PERSON_FILED.mailAddress, <RegionSelects s={s} setMany={setMany} keys={MAIL} cls="mail" />)}
            {row('通信详细地址', '—', field('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') }))}
            {row('证件有效期', OLD_PERSON_FILED.validity, (
              <DatePicker.RangePicker className="validity" value={s.validFrom && s.validTo ? [day(s.validFrom)!, day(s.validTo)!] : undefined}
                onChange={(v) => setMany({ validFrom: v?.[0] ? v[0].format(DAY) : '', validTo: v?.[1] ? v[1].format(DAY) : '' })} />
            ))}
            {row('手机号码', OLD_PERSON_FILED.mobile, field('mobile', 'mobile', { max: 11, blur: mobileRule }))}
            {row('应急联系电话', OLD_PERSON_FILED.emergency, field('emergency', 'emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') }))}
            {row('电子邮箱', OLD_PERSON_FILED.email, field('email', 'email', { blur: emailRule }))}
            {row('变更说明', '—', <Input.TextArea className="note" size="full" rows={2} maxLength={200} placeholder="选填：说明变更原因" value={str(s.note)} onChange={(v) => set('note', v)} />, false)}
          </tbody>
        </table>
        <div style={{ marginTop: 14 }}><Checkbox className="confirm" value={s.confirm === true} onChange={(v) => set('confirm', v)}>我已确认以上变更内容真实、准确</Checkbox></div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={submit}>提交变更</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 新办网站申请 (单位): inline cards */

const AP: [string, string, string] = ['apProv', 'apCity', 'apDist'];
const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);
const KINDS = ['论坛社区', '网络评论', '即时通讯', '网络直播', '网盘云存储', '应用商店', '其他'];

/** One inline item: its caption beside the control (no <label>). */
const I = (p: { cap: string; req?: boolean; wide?: boolean; children: ReactNode }) => (
  <div className="in-item" style={p.wide ? { flexBasis: '100%' } : undefined}>
    <div className="cap">{p.req !== false ? <i>*</i> : null}{p.cap}</div>
    <div>{p.children}</div>
  </div>
);

function MpsApplyUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'apply', '单位', {
    genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ipText: '', category: '', interactive: '', interactiveKinds: [], dangerous: '', languages: [],
    apName: '', apProv: '', apCity: '', apDist: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '',
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secFrom: '', secTo: '', secMobile: '', secEmail: '', emgSame: false,
    notice: false, draftClicks: 0, submitClicks: 0,
  }, ({ ipText, apProv, apCity, apDist, secFrom, secTo, ...r }) => ({
    ...r, ips: lines(ipText).map((x) => (x.includes(':') ? shortIpv6(x) : x)), apRegion: regionOf({ apProv, apCity, apDist }, AP),
    secValidity: [str(secFrom), str(secTo)].filter(Boolean),
  }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} size="m" {...o} />;
  const sel = (k: string, cls: string, list: { value: string; text: string }[], o: { searchable?: boolean; onChange?: (v: string) => void } = {}) => (
    <Select className={cls} boxClassName={`${cls}-pop`} appearance="button" size="m" searchable={o.searchable} placeholder="请选择" value={str(s[k]) || undefined} options={list}
      onChange={(v) => (o.onChange ? o.onChange(v) : set(k, v))} />
  );
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '请核对后提交');
  };
  const secLocked = s.secSame === true;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <Card className="inline-card c-subject"><Card.Body title="开办主体">
          <div className="inline-grid">
            <I cap="开办主体名称" req={false}><span className="ro">杭州云栖示例科技有限公司</span></I>
            <I cap="开办主体负责人" req={false}><span className="ro">李娜（居民身份证 3301**********4525）</span></I>
            <I cap="是否利用生成式人工智能">
              <Radio.Group className="gen-ai" value={str(s.genAI)} onChange={(v) => set('genAI', v)}>{YES_NO.map((o) => <Radio key={o} name={o}>{o}</Radio>)}</Radio.Group>
            </I>
          </div>
        </Card.Body></Card>
        <Card className="inline-card c-site"><Card.Body title="网站基本信息">
          <div className="inline-grid">
            <I cap="网站名称">{field('siteName', 'site-name', { max: 50 })}</I>
            <I cap="工信部备案号">{field('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</I>
            <I cap="网站开通日期"><DatePicker className="opened-at" value={day(s.openedAt)} onChange={(m) => set('openedAt', m ? m.format(DAY) : '')} /></I>
            <I cap="主域名">{field('mainDomain', 'main-domain', { placeholder: '不带 www.', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名') })}</I>
            <I cap="从域名" req={false}>
              <TagSelect className="sub-domains" style={{ width: 300 }} placeholder="输入后回车" value={arr<string>(s.subDomains)} options={[]}
                onChange={(v) => set('subDomains', arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter((x) => DOMAIN_RE.test(x)))} />
            </I>
            <I cap="网站IP">
              <div className="ctl">
                <Input.TextArea className="ips" size="m" rows={2} placeholder="每行一个IP" value={str(s.ipText)} onChange={(v) => { set('ipText', v); e.clear('ipText'); }}
                  onBlur={(ev) => { const bad = lines(ev.target.value).find((x) => ipRule(x)); e.set('ipText', bad ? ipRule(bad) : ''); }} />
                {e.get('ipText') ? <div className="field-err">{e.get('ipText')}</div> : null}
              </div>
            </I>
            <I cap="网站类型">{sel('category', 'category', MPS_CATEGORIES.map(([value, text]) => ({ value, text })))}</I>
            <I cap="是否提供互联网交互服务">
              <Radio.Group className="interactive" value={str(s.interactive)} onChange={(v) => setMany({ interactive: v, interactiveKinds: [] })}>{YES_NO.map((o) => <Radio key={o} name={o}>{o}</Radio>)}</Radio.Group>
            </I>
            {s.interactive === '是' ? (
              <I cap="交互服务类型" wide>
                <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} onChange={(v) => set('interactiveKinds', KINDS.filter((k) => v.includes(k)))}>
                  {KINDS.map((k) => <Checkbox key={k} name={k}>{k}</Checkbox>)}
                </Checkbox.Group>
              </I>
            ) : null}
            <I cap="互联网危险物品信息发布">{sel('dangerous', 'dangerous', topts(YES_NO))}</I>
            <I cap="网站语种">
              <SelectMultiple className="languages" boxClassName="languages-pop" appearance="button" size="m" staging={false} allOption={false} placeholder="请选择" value={arr<string>(s.languages)}
                options={topts(MPS_LANGUAGES)} onChange={(v) => set('languages', MPS_LANGUAGES.filter((l) => v.includes(l)))} />
            </I>
          </div>
        </Card.Body></Card>
        <Card className="inline-card c-ap"><Card.Body title="网络接入服务商">
          <div className="inline-grid">
            <I cap="名称">{sel('apName', 'ap-name', topts(MPS_PROVIDERS), { searchable: true })}</I>
            <I cap="所属区域"><RegionSelects s={s} setMany={setMany} keys={AP} cls="ap" /></I>
            <I cap="网站接入方式">
              <Radio.Group className="ap-method" value={str(s.apMethod)} onChange={(v) => set('apMethod', v)}>{MPS_ACCESS_METHODS.map((m) => <Radio key={m} name={m}>{m}</Radio>)}</Radio.Group>
            </I>
            <I cap="联系电话">{field('apPhone', 'ap-phone', { blur: phoneRule })}</I>
            <I cap="接入商编码">{field('apCode', 'ap-code', { max: 10, placeholder: '统一社会信用代码第 9–17 位', blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}</I>
          </div>
        </Card.Body></Card>
        <Card className="inline-card c-rg"><Card.Body title="域名注册服务商">
          <div className="inline-grid">
            <I cap="名称">{sel('rgName', 'rg-name', topts(MPS_PROVIDERS), { searchable: true })}</I>
            <I cap="联系电话">{field('rgPhone', 'rg-phone', { blur: phoneRule })}</I>
          </div>
        </Card.Body></Card>
        <Card className="inline-card c-sec"><Card.Body title="网站安全负责人">
          <div className="inline-grid">
            <I cap="同开办主体负责人" req={false}>
              <Checkbox className="sec-same" value={secLocked} onChange={(v) => setMany(v
                ? { secSame: true, secName: '李娜', secCertType: '居民身份证', secCertNumber: '330110198511204525', secFrom: '', secTo: '', secMobile: '13600136000', secEmail: 'lina@yunqi-demo.cn' }
                : { secSame: false, secName: '', secCertType: '', secCertNumber: '', secMobile: '', secEmail: '' })}>与开办主体负责人相同</Checkbox>
            </I>
            <I cap="姓名">{field('secName', 'sec-name', { max: 30, disabled: secLocked })}</I>
            <I cap="证件类型">{sel('secCertType', 'sec-cert-type', topts(MPS_PERSON_CERTS))}</I>
            <I cap="证件号码">{field('secCertNumber', 'sec-cert-number', { max: 18, disabled: secLocked, blur: idRule(s.secCertType) })}</I>
            <I cap="证件有效期">
              <DatePicker.RangePicker className="sec-validity" value={s.secFrom && s.secTo ? [day(s.secFrom)!, day(s.secTo)!] : undefined}
                onChange={(v) => setMany({ secFrom: v?.[0] ? v[0].format(DAY) : '', secTo: v?.[1] ? v[1].format(DAY) : '' })} />
            </I>
            <I cap="手机号码">{field('secMobile', 'sec-mobile', { max: 11, disabled: secLocked, blur: mobileRule })}</I>
            <I cap="电子邮件地址">{field('secEmail', 'sec-email', { disabled: secLocked, blur: emailRule })}</I>
          </div>
        </Card.Body></Card>
        <Card className="inline-card c-emg"><Card.Body title="网站应急联络人">
          <div className="inline-grid">
            <I cap="同开办主体负责人" req={false}>
              <Checkbox className="emg-same" value={s.emgSame === true} onChange={(v) => set('emgSame', v)}>与开办主体负责人相同</Checkbox>
            </I>
            {s.emgSame === true ? <div className="same-sum emg-summary">应急联络人：李娜（居民身份证 3301**********4525，136****6000）</div> : <span className="help">不勾选时请在“网站负责人”步骤单独填写应急联络人。</span>}
          </div>
        </Card.Body></Card>
        <Checkbox className="notice" value={s.notice === true} onChange={(v) => set('notice', v)}>本单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        <div className="actions">
          <Button onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('已暂存'); }}>暂存</Button>
          <Button type="primary" onClick={submit}>提交申请</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout27-aliyun-apply-person-tea-changetable': AliyunChangePerson,
  'heldout27-mps-apply-unit-tea-inlinecards': MpsApplyUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
