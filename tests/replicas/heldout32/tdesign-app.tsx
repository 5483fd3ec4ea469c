/**
 * Gen-32 held-out builds on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout32-aliyun-subject-person-tdesign-dialogsheet   填写主办者信息 (个人, 阿里云) as a MODAL DIALOG SHEET: the form in an
 *    open TDesign Dialog (not closable) over the order summary; a LAZY Cascader (load per level), a Select, two DatePickers
 *    and a 长期 Switch disabling the end, blur checks; the 承诺 tick; 下一步
 *  - heldout32-mps-site-unit-tdesign-anchorrail            网站基本信息 (单位, 公安) as an ANCHOR RAIL: a TDesign Anchor at the
 *    left, four cards; a DatePicker, a TagInput, a DateRangePicker, IP ADDED ROWS, Selects, 是 / 否 radios revealing a
 *    checkbox group, a Switch, a multiple Select, a whole-tree Cascader, an AutoComplete answered late; 暂存 / 下一步
 */
import { Anchor, AutoComplete, Button, Cascader, Checkbox, DatePicker, DateRangePicker, Dialog, Divider, Input, Radio, Select, Switch, TagInput } from 'tdesign-react';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_JURISDICTIONS,
  MPS_LANGUAGES, pathOfCode, PHONE_RE, regionOptions, searchProviders, shortIpv6, validId, validIpv6, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; w?: number; placeholder?: string; area?: boolean }) {
  const [err, setErr] = useState('');
  return (
    <div style={{ width: p.w ?? 320 }}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(v) => { p.set(p.k, String(v ?? '')); setErr(''); }} onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const Row = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="fl-row"><label>{p.req === false ? '' : <span style={{ color: '#d54941' }}>* </span>}{p.label}</label><div>{p.children}</div></div>
);
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');

/* ------------------------------------------------------------------ 主办者信息 (个人, 阿里云), modal dialog sheet */

interface LazyOpt { value: string; label: string; children?: LazyOpt[] | boolean }

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    certAddress: '', mailCode: '', mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailCode)) }));
  const [prov, setProv] = useState<LazyOpt[]>([]);
  const [err, setErr] = useState('');
  useEffect(() => { void fetchAreas('', 200).then((l) => setProv(l.map((a) => ({ value: a.code, label: a.name, children: true })))); }, []);
  const load = (node: { value?: string | number }) => fetchAreas(String(node.value ?? ''), 250).then((l) => l.map((a) => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true })));
  const emergency = (v: string) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '');
  const next = () => { clicks(s, set, 'nextClicks')(); setErr(s.promise ? '' : '请勾选信息真实性承诺'); };
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w"><div className="sec-title">备案订单</div><div className="help">首次备案 · 个人 · 浙江省杭州市西湖区 · 居民身份证 330106********1236 · zhangwei-notes.cn</div></div>
      </div>
      <Dialog visible className="subject-dialog" header="填写主办者信息" width={780} placement="top" top={40} closeBtn={false} closeOnOverlayClick={false} closeOnEscKeydown={false}
        footer={<div style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'flex-end' }}>
          <span className="msg">{err}</span><Button className="next" theme="primary" onClick={next}>下一步</Button></div>}>
        <div className="dlg-body">
          <Row label="主办人名称"><span className="ro">张伟</span></Row>
          <Row label="证件住所"><T s={s} set={set} k="certAddress" cls="cert-address" w={460} placeholder="与身份证上的住址一致" /></Row>
          <Row label="通信地址">
            <Cascader className="mail-region" style={{ width: 460 }} options={prov} load={load} valueType="single" value={str(s.mailCode) || undefined} placeholder="省 / 市 / 区县"
              popupProps={{ overlayClassName: 'mail-region-pop' }} onChange={(v) => set('mailCode', String(v ?? ''))} />
          </Row>
          <Row label="通信地址详细"><T s={s} set={set} k="mailDetail" cls="mail-detail" w={460} rule={(v) => (/\d+\s*号/.test(v) ? '' : '请填写到门牌号')} /></Row>
          <Row label="投资人或主管单位"><T s={s} set={set} k="investor" cls="investor" w={460} /></Row>
          <Divider align="left">主体负责人</Divider>
          <Row label="负责人姓名"><T s={s} set={set} k="prName" cls="pr-name" /></Row>
          <Row label="证件类型">
            <Select className="pr-cert-type" style={{ width: 320 }} value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} placeholder="请选择"
              popupProps={{ overlayClassName: 'pr-cert-type-pop' }} onChange={(v) => set('prCertType', String(v ?? ''))} />
          </Row>
          <Row label="证件号码"><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={idRule} /></Row>
          <Row label="证件有效期">
            <div style={{ display: 'flex', gap: 10, alignItems: 'center' }}>
              <span className="help">证件有效期起</span>
              <DatePicker className="pr-valid-from" value={str(s.prValidFrom)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => set('prValidFrom', String(v ?? ''))} />
              <span className="help">证件有效期止</span>
              <DatePicker className="pr-valid-to" value={str(s.prValidTo)} disabled={!!s.prLongTerm} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => set('prValidTo', String(v ?? ''))} />
              <Switch className="pr-long-term" value={!!s.prLongTerm} onChange={(v) => setMany(v ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })} /><span>长期</span>
            </div>
          </Row>
          <Row label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></Row>
          <Row label="应急联系电话"><T s={s} set={set} k="prEmergency" cls="pr-emergency" rule={emergency} /></Row>
          <Row label="办公室电话" req={false}><T s={s} set={set} k="prOffice" cls="pr-office" rule={phone} placeholder="如 0571-88886666" /></Row>
          <Row label="电子邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /></Row>
          <div style={{ marginTop: 12 }}><Checkbox className="promise" checked={!!s.promise} onChange={(v) => set('promise', !!v)}>本人承诺所填信息真实有效</Checkbox></div>
        </div>
      </Dialog>
    </div>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (单位, 公安), anchor rail */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);
const icpRule = (v: string) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1');

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], certValidity: [], ipRows: [''], category: '', interactive: '', interactiveKinds: [],
    dangerous: false, languages: [], apJurisdiction: '', apRegionCode: '', apName: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '', draftClicks: 0, nextClicks: 0,
  }, ({ ipRows, apRegionCode, ...r }) => ({
    ...r,
    ips: arr<string>(ipRows).map((x) => x.trim()).filter(Boolean).map((x) => (x.includes(':') && validIpv6(x) ? shortIpv6(x) : x)),
    apRegion: pathOfCode(str(apRegionCode)),
  }));
  const tree = useMemo(() => regionOptions(), []);
  const [apOpts, setApOpts] = useState<string[]>([]);
  const [ipErr, setIpErr] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void searchProviders(str(s.apName).slice(0, 4), 400).then((l) => { if (live) setApOpts(l); });
    return () => { live = false; };
  }, [s.apName]);
  const rows = arr<string>(s.ipRows);
  const setRow = (i: number, v: string) => set('ipRows', rows.map((x, j) => (j === i ? v : x)));
  const card = (id: string, title: string, body: React.ReactNode) => <div id={id} className={`card-w ${id}`}><div className="sec-title">{title}</div>{body}</div>;
  return (
    <div>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站基本信息</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body rail">
        <div className="rail-nav card-w">
          <Anchor className="anchor" targetOffset={16}>
            <Anchor.AnchorItem href="#sec-site" title="网站信息" />
            <Anchor.AnchorItem href="#sec-service" title="服务与语种" />
            <Anchor.AnchorItem href="#sec-ap" title="网络接入服务商" />
            <Anchor.AnchorItem href="#sec-rg" title="域名注册服务商" />
          </Anchor>
        </div>
        <div>
          {card('sec-site', '网站信息', <>
            <Row label="网站名称"><T s={s} set={set} k="siteName" cls="site-name" placeholder="须与ICP备案的网站名称一致" /></Row>
            <Row label="工信部备案号"><T s={s} set={set} k="icpNumber" cls="icp-number" rule={icpRule} placeholder="如 浙ICP备12345678号-1" /></Row>
            <Row label="网站开通日期"><DatePicker className="opened-at" value={str(s.openedAt)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => set('openedAt', String(v ?? ''))} /></Row>
            <Row label="主域名"><T s={s} set={set} k="mainDomain" cls="main-domain" rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名')} /></Row>
            <Row label="从域名" req={false}>
              <TagInput className="sub-domains" style={{ width: 420 }} value={arr<string>(s.subDomains)} placeholder="输入后回车" clearable onChange={(v) => set('subDomains', arr<string>(v).map((x) => x.trim().toLowerCase()).filter(Boolean))} />
            </Row>
            <Row label="域名证书有效期">
              <DateRangePicker className="cert-validity" value={arr<string>(s.certValidity)} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
                onChange={(v) => set('certValidity', arr<string>(v).map(String).filter(Boolean))} />
            </Row>
            <Row label="网站IP">
              <div className="ip-rows">
                {rows.map((ip, i) => (
                  <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 6, alignItems: 'center' }}>
                    <Input className={`ip-${i}`} style={{ width: 320 }} value={ip} placeholder="IPv4 / IPv6" status={ipErr[i] ? 'error' : 'default'}
                      onChange={(v) => { setRow(i, String(v ?? '')); setIpErr((e) => e.map((x, j) => (j === i ? '' : x))); }}
                      onBlur={(v) => { const t = String(v ?? '').trim(); setIpErr((e) => { const n = [...e]; n[i] = t ? ipRule(t) : ''; return n; }); }} />
                    {rows.length > 1 ? <Button variant="text" className={`ip-del-${i}`} onClick={() => set('ipRows', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                    {ipErr[i] ? <span className="field-err">{ipErr[i]}</span> : null}
                  </div>
                ))}
                <Button variant="dashed" className="ip-add" onClick={() => set('ipRows', [...rows, ''])}>+ 添加IP</Button>
              </div>
            </Row>
          </>)}
          {card('sec-service', '服务与语种', <>
            <Row label="网站类型">
              <Select className="category" style={{ width: 320 }} value={str(s.category) || undefined} options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} placeholder="请选择"
                popupProps={{ overlayClassName: 'category-pop' }} onChange={(v) => set('category', String(v ?? ''))} />
            </Row>
            <Row label="是否提供互联网交互服务">
              <Radio.Group className="interactive" value={str(s.interactive) || undefined} onChange={(v) => setMany(v === '是' ? { interactive: '是' } : { interactive: String(v), interactiveKinds: [] })}>
                {YES_NO.map((o) => <Radio key={o} value={o}>{o}</Radio>)}
              </Radio.Group>
            </Row>
            {s.interactive === '是' ? (
              <Row label="交互服务类型">
                <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v))} />
              </Row>
            ) : null}
            <Row label="涉及危险物品信息发布"><Switch className="dangerous" value={!!s.dangerous} onChange={(v) => set('dangerous', !!v)} /></Row>
            <Row label="网站语种">
              <Select className="languages" multiple style={{ width: 420 }} value={arr<string>(s.languages)} options={opts(MPS_LANGUAGES)} placeholder="请选择"
                popupProps={{ overlayClassName: 'languages-pop' }} onChange={(v) => set('languages', arr<string>(v))} />
            </Row>
          </>)}
          {card('sec-ap', '网络接入服务商', <>
            <Row label="接入商所属地区管辖">
              <Select className="ap-jurisdiction" style={{ width: 200 }} value={str(s.apJurisdiction) || undefined} options={opts(MPS_JURISDICTIONS)} placeholder="请选择"
                popupProps={{ overlayClassName: 'ap-jurisdiction-pop' }} onChange={(v) => set('apJurisdiction', String(v ?? ''))} />
            </Row>
            <Row label="接入商所属区域">
              <Cascader className="ap-region" style={{ width: 420 }} options={tree} filterable valueType="single" value={str(s.apRegionCode) || undefined} placeholder="省 / 市 / 区县"
                popupProps={{ overlayClassName: 'ap-region-pop' }} onChange={(v) => set('apRegionCode', String(v ?? ''))} />
            </Row>
            <Row label="接入商名称">
              <AutoComplete className="ap-name" style={{ width: 420 }} value={str(s.apName)} options={apOpts} placeholder="输入关键字查询网络接入服务商"
                popupProps={{ overlayClassName: 'ap-name-pop' }} onChange={(v) => set('apName', String(v ?? ''))} />
            </Row>
            <Row label="网站接入方式">
              <Select className="ap-method" style={{ width: 200 }} value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} placeholder="请选择"
                popupProps={{ overlayClassName: 'ap-method-pop' }} onChange={(v) => set('apMethod', String(v ?? ''))} />
            </Row>
            <Row label="接入商电话"><T s={s} set={set} k="apPhone" cls="ap-phone" rule={phone} /></Row>
            <Row label="接入商编码"><T s={s} set={set} k="apCode" cls="ap-code" rule={(v) => (/^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码')} /></Row>
          </>)}
          {card('sec-rg', '域名注册服务商', <>
            <Row label="注册商名称"><T s={s} set={set} k="rgName" cls="rg-name" /></Row>
            <Row label="注册商电话"><T s={s} set={set} k="rgPhone" cls="rg-phone" rule={phone} /></Row>
          </>)}
          <div className="actions">
            <Button variant="outline" className="draft" onClick={clicks(s, set, 'draftClicks')}>暂存</Button>
            <Button theme="primary" className="next" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout32-aliyun-subject-person-tdesign-dialogsheet': AliyunSubjectPerson,
  'heldout32-mps-site-unit-tdesign-anchorrail': MpsSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
