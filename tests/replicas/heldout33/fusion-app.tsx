/**
 * Gen-33 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout33-aliyun-site-person-fusion-insetgrid        填写网站信息 (个人, 阿里云) as an INSET GRID: bordered boxes in a
 *    two-column grid, text inputs and selects carrying Fusion's INSET labels (the caption inside the box, no <label>); a
 *    TAG-mode Select of domains, a Select.AutoComplete, a Checkbox group, a Switch, BUTTON radios, a RangePicker, a
 *    textarea, blur checks; an agreement tick; 上一步 / 下一步
 *  - heldout33-volcengine-subject-person-fusion-drawerform 填写主办者信息 (个人, 火山引擎) as a DRAWER FORM: the order page
 *    behind, the form in an open Fusion Drawer (no mask) with labels on top: a whole-tree CascaderSelect, a Select, two
 *    DatePicker2 + a 长期 Switch disabling the end, blur checks, phones that must differ; an agreement tick; 保存
 */
import { Button, CascaderSelect, Checkbox, DatePicker2, Drawer, Input, Radio, Select, Step, Switch, Table } from '@alifd/next';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, personSiteNameProblem, PHONE_RE, regionOptions, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A Fusion Input, its caption inside the box when `inset` is given (Fusion's inset label), blur-checked. */
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; inset?: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: '100%' }} label={p.inset} value={str(p.s[p.k])} placeholder={p.placeholder ?? (p.inset ? '' : '请输入')} maxLength={p.max}
        disabled={p.disabled} state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (个人): inset grid */

function AliyunSitePerson() {
  const { s, set } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false,
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', remark: '',
    agree: false, prevClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, inset: string, o: { max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} inset={inset} {...o} />;
  const domains = arr<string>(s.domains);
  const validity = arr<string>(s.wpValidity);
  const box = (title: string, cls: string, children: ReactNode) => <div className={`box ${cls}`}><h4>{title}</h4>{children}</div>;
  const cap = (t: string, children: ReactNode) => <div className="cell"><div className="cap"><span style={{ color: '#d23c26' }}>*</span>{t}</div>{children}</div>;
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w"><Step current={2} shape="arrow">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="inset-grid">
          {box('网站基本信息', 'b-site', <>
            <div className="cell">{text('siteName', 'site-name', '网站名称', { max: 50, blur: personSiteNameProblem })}</div>
            <div className="cell">
              <Select className="domains" popupClassName="domains-pop" mode="tag" label="网站域名" style={{ width: '100%' }} placeholder="输入后回车，不带 www." value={domains} dataSource={[]}
                onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()); const bad = l.find((x) => domainRule(x)); e.set('domains', bad ? `${bad}：${domainRule(bad)}` : ''); set('domains', l.filter((x) => !domainRule(x))); }} />
              {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
            </div>
            <div className="cell">
              <Select.AutoComplete className="home-url" popupClassName="home-url-pop" label="网站首页URL" style={{ width: '100%' }} value={str(s.homeUrl)} dataSource={homeUrlSuggestions(domains)}
                onChange={(v) => set('homeUrl', String(v ?? ''))} />
            </div>
            <div className="cell help">服务类型：网站应用服务　·　网站服务内容：其他（个人备案固定）</div>
          </>)}
          {box('网站语言与前置审批', 'b-lang', <>
            {cap('网站语言', <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} />)}
            {cap('涉及前置审批', <div className="row-inline"><Switch className="pre-approval" size="small" checked={s.preApproval === true} onChange={(v: boolean) => set('preApproval', !!v)} /><span className="help">新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等须提供前置审批文件</span></div>)}
          </>)}
          {box('网站负责人', 'b-wp', <>
            <div className="cell">{text('wpName', 'wp-name', '网站负责人姓名', { max: 30 })}</div>
            {cap('证件类型', <Radio.Group className="wp-cert-type" shape="button" size="small" value={str(s.wpCertType) || undefined} dataSource={ICP_PERSON_CERTS.slice(0, 4)} onChange={(v) => set('wpCertType', String(v))} />)}
            <div className="cell">{text('wpCertNumber', 'wp-cert-number', '证件号码', { max: 18, blur: idRule(s.wpCertType) })}</div>
            {cap('证件有效期', <DatePicker2.RangePicker className="wp-validity" popupClassName="wp-validity-pop" format="YYYY-MM-DD" value={validity.length === 2 ? [validity[0]!, validity[1]!] : undefined}
              onChange={(_d: unknown, v: unknown) => { const l = arr<string>(v).map(String); set('wpValidity', l.length === 2 && l[0] && l[1] ? l : []); }} />)}
          </>)}
          {box('联系方式与备注', 'b-contact', <>
            <div className="cell">{text('wpMobile', 'wp-mobile', '手机号码', { max: 11, blur: mobileRule })}</div>
            <div className="cell">{text('wpEmergency', 'wp-emergency', '应急联系电话', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</div>
            <div className="cell">{text('wpEmail', 'wp-email', '电子邮箱', { blur: emailRule })}</div>
            {cap('网站备注', <Input.TextArea className="remark" rows={3} maxLength={200} showLimitHint placeholder="简要描述网站内容，不得含有经营性字样" value={str(s.remark)} onChange={(v) => set('remark', String(v ?? ''))} />)}
          </>)}
        </div>
        <div style={{ marginTop: 14 }}><Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox></div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 填写主办者信息 (个人): drawer form */

/** One drawer row: its caption above the control. */
const R = (p: { label: string; req?: boolean; children: ReactNode }) => <div className="dr-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label>{p.children}</div>;

function VolcSubjectPerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '个人', {
    certAddress: '', mailRegionCode: '', mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
    agree: false, saveClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const orders = [{ id: 'BA2025112000318', kind: '首次备案', subject: '张伟', status: '填写中' }];
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span className="who">张伟</span></div>
      <div className="vc-body">
        <div className="orders">
          <h3 style={{ marginTop: 0 }}>我的备案订单</h3>
          <Table dataSource={orders} primaryKey="id" hasBorder={false}>
            <Table.Column title="订单号" dataIndex="id" />
            <Table.Column title="备案类型" dataIndex="kind" />
            <Table.Column title="主办者" dataIndex="subject" />
            <Table.Column title="状态" dataIndex="status" />
          </Table>
        </div>
      </div>
      <Drawer className="subject-drawer" visible title="填写主办者信息" placement="right" width={620} hasMask={false} closeable={false}>
        <div className="help" style={{ marginBottom: 12 }}>主办人名称：张伟　·　主办者性质：个人　·　证件类型：居民身份证（来自验证备案类型，不可修改）</div>
        <div className="sec-title">主办者信息</div>
        <R label="主办单位证件住址">{text('certAddress', 'cert-address', { placeholder: '与身份证上的住址一致' })}</R>
        <R label="通信地址">
          <CascaderSelect className="mail-region" popupClassName="mail-region-pop" style={{ width: '100%' }} showSearch placeholder="省 / 市 / 区县" dataSource={tree as never}
            value={str(s.mailRegionCode) || undefined} onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
        </R>
        <R label="通信地址详细">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</R>
        <R label="投资人或主管单位">{text('investor', 'investor', { placeholder: '个人填写本人姓名' })}</R>
        <div className="sec-title">主体负责人</div>
        <R label="主体负责人姓名">{text('prName', 'pr-name', { max: 30 })}</R>
        <R label="证件类型">
          <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.prCertType) || undefined}
            dataSource={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', String(v ?? ''))} />
        </R>
        <R label="证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</R>
        <div className="row-inline" style={{ alignItems: 'flex-end', gap: 16 }}>
          <R label="证件有效期起">
            <DatePicker2 className="pr-valid-from" popupClassName="pr-valid-from-pop" format="YYYY-MM-DD" value={str(s.prValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('prValidFrom', String(v ?? ''))} />
          </R>
          <R label="证件有效期止">
            <DatePicker2 className="pr-valid-to" popupClassName="pr-valid-to-pop" format="YYYY-MM-DD" disabled={long} value={str(s.prValidTo) || null} onChange={(_d: unknown, v: unknown) => set('prValidTo', String(v ?? ''))} />
          </R>
          <R label="长期" req={false}>
            <Switch className="pr-long-term" size="small" checked={long} onChange={(v: boolean) => setMany({ prLongTerm: !!v, prValidTo: v ? '' : s.prValidTo })} />
          </R>
        </div>
        <R label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</R>
        <R label="应急联系电话">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</R>
        <R label="办公室电话" req={false}>{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '办公室电话格式不正确') })}</R>
        <R label="电子邮箱">{text('prEmail', 'pr-email', { blur: emailRule })}</R>
        <Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《火山引擎ICP备案服务协议》</Checkbox>
        <div className="drawer-foot">
          <Button type="primary" className="save" onClick={() => { clicks(s, set, 'saveClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>保存</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </Drawer>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout33-aliyun-site-person-fusion-insetgrid': AliyunSitePerson,
  'heldout33-volcengine-subject-person-fusion-drawerform': VolcSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
