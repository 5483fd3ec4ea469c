/**
 * Gen-40 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout40-aliyun-site-person-antd-splitpreview   Alibaba 填写网站信息 (个人) as a SPLIT PREVIEW: the form at the left,
 *    a live 网站信息确认单 (antd Descriptions) at the right; ADDED domain rows (+ 添加域名), a derived read-only home URL, a
 *    multiple Select, a Switch, a TextArea, a 同主办者 Checkbox copying and locking the principal, a Select, two
 *    DatePickers, blur checks; the 协议 tick; 下一步
 *  - heldout40-tencent-subject-person-antd-navpanes    Tencent Cloud 填写主体信息 (个人) as NAV PANES: a navigation-type
 *    antd Steps switching three panes (all mounted, one shown); a TextArea, a whole-tree Cascader answered late + street
 *    line, an AutoComplete, a Select, a DatePicker + an end-date text with a 长期 Checkbox disabling it; the 承诺 tick; 下一步
 */
import { AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Form, Input, Select, Steps, Switch } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchRegionTree, HELD_PRINCIPAL, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, personSiteNameProblem, PHONE_RE, validId, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const D = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? dayjs(str(v), D) : null);

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean; maxLength?: number; area?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  const common = {
    className: p.cls, value: v, disabled: p.disabled, maxLength: p.maxLength, placeholder: p.placeholder ?? '请输入', status: err ? 'error' as const : undefined,
    onBlur: (ev: { target: { value: string } }) => { const t = ev.target.value.trim(); if (t && p.rule) setErr(p.rule(t)); },
  };
  return (
    <>
      {p.area
        ? <Input.TextArea {...common} autoSize={{ minRows: 2 }} onChange={(ev) => p.set(p.k, ev.target.value)} />
        : <Input {...common} onChange={(ev) => p.set(p.k, ev.target.value)} />}
      {err ? <div className="field-err">{err}</div> : null}
    </>
  );
}

const F = (p: { label: string; req?: boolean; help?: string; children: React.ReactNode }) => <Form.Item label={p.label} required={p.req !== false} extra={p.help}>{p.children}</Form.Item>;

/* ------------------------------------------------------------------ 网站信息 (个人, 阿里云), split preview */

function AliyunSitePerson() {
  const [rows, setRows] = useState<string[]>(['']);
  const [rowErr, setRowErr] = useState<string[]>([]);
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false, remark: '',
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const setRow = (i: number, v: string) => {
    const next = rows.map((r, j) => (j === i ? v : r));
    setRows(next);
    const doms = next.map((x) => x.trim().toLowerCase()).filter(Boolean);
    setMany({ domains: doms, homeUrl: doms[0] && DOMAIN_RE.test(doms[0]) ? `www.${doms[0]}` : '' });
  };
  const checkRow = (i: number) => {
    const v = (rows[i] ?? '').trim();
    setRowErr((e) => { const n = [...e]; n[i] = v && !DOMAIN_RE.test(v) ? '请填写不带 www. 与 http:// 的一级域名' : ''; return n; });
  };
  const locked = s.wpSame === true;
  const same = (on: boolean) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(on
      ? { wpSame: true, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidFrom: h.validFrom, wpValidTo: h.validTo, wpMobile: h.mobile, wpEmergency: '13900139000', wpEmail: h.email }
      : { wpSame: false });
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <Card size="small" style={{ marginBottom: 16 }}><Steps current={2} size="small" items={[{ title: '填写基本信息' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }]} /></Card>
        <div className="split">
          <div>
            <Card title="网站信息" className="c-site" style={{ marginBottom: 16 }}>
              <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 17 }} component="div">
                <F label="网站名称" help="个人网站名称不能含企业、科技、论坛等字样"><T s={s} set={set} k="siteName" cls="site-name" rule={personSiteNameProblem} /></F>
                <F label="网站域名" help="已实名认证的一级域名，每行一个">
                  <div className="domain-rows">
                    {rows.map((r, i) => (
                      <div key={i} className={`domain-row domain-row-${i}`} style={{ display: 'flex', gap: 8, marginBottom: 6 }}>
                        <Input className="domain" value={r} placeholder="如 example.cn" status={rowErr[i] ? 'error' : undefined} onChange={(e) => setRow(i, e.target.value)} onBlur={() => checkRow(i)} />
                        {rows.length > 1 ? <Button className="del-domain" onClick={() => { const n = rows.filter((_x, j) => j !== i); setRows(n); const d = n.map((x) => x.trim().toLowerCase()).filter(Boolean); setMany({ domains: d, homeUrl: d[0] ? `www.${d[0]}` : '' }); }}>删除</Button> : null}
                      </div>
                    ))}
                    {rowErr.find(Boolean) ? <div className="field-err">{rowErr.find(Boolean)}</div> : null}
                    <Button type="dashed" className="add-domain" onClick={() => setRows([...rows, ''])}>+ 添加域名</Button>
                  </div>
                </F>
                <F label="网站首页URL" req={false} help="根据第一个域名自动生成"><Input className="home-url" value={str(s.homeUrl)} readOnly placeholder="填写域名后自动生成" /></F>
                <F label="服务类型" req={false}><span className="ro">网站应用服务</span></F>
                <F label="网站服务内容" req={false}><span className="ro">其他（个人备案固定）</span></F>
                <F label="网站语言">
                  <Select className="languages" mode="multiple" placeholder="请选择" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} classNames={{ popup: { root: 'languages-pop' } }}
                    onChange={(v) => set('languages', arr<string>(v))} />
                </F>
                <F label="是否涉及前置审批" req={false} help="新闻、出版、教育、医疗保健、药品和医疗器械、文化等"><Switch className="pre-approval" checked={s.preApproval === true} checkedChildren="是" unCheckedChildren="否" onChange={(v) => set('preApproval', v)} /></F>
                <F label="网站备注" help="简要描述网站内容"><T s={s} set={set} k="remark" cls="remark" area /></F>
              </Form>
            </Card>
            <Card title="网站负责人" className="c-wp">
              <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 17 }} component="div">
                <F label=" " req={false}><Checkbox className="wp-same" checked={locked} onChange={(e) => same(e.target.checked)}>同主办者</Checkbox><span className="help">勾选后带入主体负责人信息，不可修改</span></F>
                <F label="网站负责人姓名"><T s={s} set={set} k="wpName" cls="wp-name" disabled={locked} /></F>
                <F label="证件类型"><Select className="wp-cert-type" disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                  classNames={{ popup: { root: 'wp-cert-type-pop' } }} onChange={(v) => set('wpCertType', v)} /></F>
                <F label="证件号码"><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" maxLength={18} rule={idRule} disabled={locked} /></F>
                <F label="证件有效期开始"><DatePicker className="wp-valid-from" disabled={locked} format={D} value={day(s.wpValidFrom)} onChange={(_d, t) => set('wpValidFrom', typeof t === 'string' ? t : '')} /></F>
                <F label="证件有效期结束"><DatePicker className="wp-valid-to" disabled={locked} format={D} value={day(s.wpValidTo)} onChange={(_d, t) => set('wpValidTo', typeof t === 'string' ? t : '')} /></F>
                <F label="手机号码"><T s={s} set={set} k="wpMobile" cls="wp-mobile" maxLength={11} rule={mobile} disabled={locked} /></F>
                <F label="应急联系电话" help="不能与手机号码相同"><T s={s} set={set} k="wpEmergency" cls="wp-emergency" maxLength={11} disabled={locked}
                  rule={(v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '')} /></F>
                <F label="办公室电话" req={false}><T s={s} set={set} k="wpOffice" cls="wp-office" placeholder="区号-号码（选填）" rule={phone} /></F>
                <F label="电子邮箱"><T s={s} set={set} k="wpEmail" cls="wp-email" rule={email} disabled={locked} /></F>
              </Form>
              <div className="actions">
                <Checkbox className="agree" checked={s.agree === true} onChange={(e) => set('agree', e.target.checked)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
                <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '' : '请先同意服务协议'); }}>下一步</Button>
                <span className="msg">{msg}</span>
              </div>
            </Card>
          </div>
          <Card title="网站信息确认单" size="small" className="split-aside preview">
            <Descriptions column={1} size="small" items={[
              { key: 'n', label: '网站名称', children: str(s.siteName) || '—' },
              { key: 'd', label: '网站域名', children: arr<string>(s.domains).join('、') || '—' },
              { key: 'h', label: '首页URL', children: str(s.homeUrl) || '—' },
              { key: 'l', label: '语言', children: arr<string>(s.languages).join('、') || '—' },
              { key: 'w', label: '网站负责人', children: str(s.wpName) || '—' },
              { key: 'm', label: '手机号码', children: str(s.wpMobile) || '—' },
            ]} />
          </Card>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 填写主体信息 (个人, 腾讯云), nav panes */

function TencentSubjectPerson() {
  const { s, set, setMany } = useReplicaState('tencent', 'subject', '个人', {
    name: '', certAddress: '', mailCodes: [], mailDetail: '', investor: '', entityIcp: '',
    prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailCodes).at(-1) ?? '') }));
  const [pane, setPane] = useState(0);
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  const [msg, setMsg] = useState('');
  const [toErr, setToErr] = useState('');
  useEffect(() => { void fetchRegionTree(500).then(setTree); }, []);
  const long = s.prLongTerm === true;
  const show = (i: number) => ({ display: pane === i ? 'block' : 'none' });
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>网站备案</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="tc-body">
        <div className="card-w help">验证备案类型 ✓ → <b>填写主体信息</b> → 填写网站信息 → 上传资料 → 提交</div>
        <div className="card-w">
          <Steps className="panes" type="navigation" size="small" current={pane} onChange={setPane} items={[{ title: '主办者' }, { title: '负责人' }, { title: '联系方式' }]} style={{ marginBottom: 20 }} />
          <Form layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 14 }} component="div">
            <div className="p-holder" style={show(0)}>
              <F label="姓名" help="与身份证一致"><T s={s} set={set} k="name" cls="name" /></F>
              <F label="证件住址" help="与身份证上的住址一致"><T s={s} set={set} k="certAddress" cls="cert-address" area /></F>
              <F label="通讯地址">
                <Cascader className="mail-region" options={tree ?? []} disabled={!tree} placeholder={tree ? '省 / 市 / 区县' : '地区加载中…'} classNames={{ popup: { root: 'mail-region-pop' } }}
                  value={arr<string>(s.mailCodes).length ? arr<string>(s.mailCodes) : undefined} onChange={(v) => set('mailCodes', arr<string>(v))} />
              </F>
              <F label="详细地址"><T s={s} set={set} k="mailDetail" cls="mail-detail" placeholder="街道、门牌号" rule={(v) => (/\d+\s*号/.test(v) ? '' : '详细地址须到门牌号')} /></F>
              <F label="投资人或主管单位" help="个人填写本人姓名">
                <AutoComplete className="investor" value={str(s.investor)} options={opts(['张伟'])} placeholder="请输入" classNames={{ popup: { root: 'investor-pop' } }} onChange={(v) => set('investor', String(v ?? ''))} />
              </F>
              <F label="主体备案号" req={false} help="已有主体备案号时填写"><T s={s} set={set} k="entityIcp" cls="entity-icp" placeholder="如 浙ICP备12345678号"
                rule={(v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号$/.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号')} /></F>
            </div>
            <div className="p-principal" style={show(1)}>
              <F label="证件类型"><Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                classNames={{ popup: { root: 'pr-cert-type-pop' } }} onChange={(v) => set('prCertType', v)} /></F>
              <F label="证件号码"><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" maxLength={18} rule={idRule} /></F>
              <F label="证件有效期开始"><DatePicker className="pr-valid-from" format={D} value={day(s.prValidFrom)} classNames={{ popup: { root: 'pr-valid-from-pop' } }}
                onChange={(_d, t) => set('prValidFrom', typeof t === 'string' ? t : '')} /></F>
              <F label="证件有效期截止" req={!long}>
                <div className="row-inline">
                  <Input className="pr-valid-to" style={{ width: 160 }} disabled={long} placeholder={long ? '长期' : 'YYYY-MM-DD'} value={str(s.prValidTo)} status={toErr ? 'error' : undefined}
                    onChange={(e) => { setToErr(''); set('prValidTo', e.target.value); }} onBlur={(e) => setToErr(e.target.value && !/^\d{4}-\d{2}-\d{2}$/.test(e.target.value.trim()) ? '日期格式为 YYYY-MM-DD' : '')} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(e) => setMany({ prLongTerm: e.target.checked, prValidTo: e.target.checked ? '' : s.prValidTo })}>长期</Checkbox>
                </div>
                {toErr ? <div className="field-err">{toErr}</div> : null}
              </F>
            </div>
            <div className="p-contact" style={show(2)}>
              <F label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" maxLength={11} rule={mobile} /></F>
              <F label="应急联系电话"><T s={s} set={set} k="prEmergency" cls="pr-emergency" maxLength={11} placeholder="不能与手机号码相同"
                rule={(v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '')} /></F>
              <F label="电子邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /></F>
            </div>
          </Form>
          <div className="actions">
            <Checkbox className="promise" checked={s.promise === true} onChange={(e) => set('promise', e.target.checked)}>本人承诺所填信息真实、准确</Checkbox>
            <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '' : '请先勾选承诺'); }}>下一步</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout40-aliyun-site-person-antd-splitpreview': AliyunSitePerson,
  'heldout40-tencent-subject-person-antd-navpanes': TencentSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
