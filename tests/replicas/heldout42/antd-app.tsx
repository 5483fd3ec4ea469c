/**
 * Gen-42 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout42-aliyun-subject-unit-antd-edittable   Alibaba 填写主办者信息 (单位) as an EDIT TABLE: one antd Table (项目 /
 *    填写内容 / 填写说明) whose content cells hold the controls; a TextArea, a whole-tree Cascader answered late + street
 *    line, button Radios, a DatePicker + a 长期有效 Switch hiding the end, blur checks; the 承诺 tick; 下一步
 *  - heldout42-mps-site-unit-antd-cardgrid          公安 网站基本信息 (单位) as a CARD GRID: four Cards on a two-column
 *    Row/Col grid; a DatePicker, tag Selects, a searchable Select listed late, Radios, an AutoComplete, a Switch revealing
 *    a Checkbox group, a letter-coded Select, a multiple Select; 保存草稿 / 下一步
 */
import { AutoComplete, Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Input, Radio, Row, Select, Switch, Table } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchProviderNames, fetchRegionTree, ICP_PERSON_CERTS, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES,
  pathOfCode, PHONE_RE, validId, validIpv6, type RegionOption,
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

/* ------------------------------------------------------------------ 主办者信息 (单位, 阿里云), edit table */

interface Row { key: string; label: string; req?: boolean; help?: string; node: React.ReactNode }

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    certAddress: '', mailCodes: [], mailDetail: '', investor: '', prIsLegalRep: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailCodes).at(-1) ?? '') }));
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchRegionTree(550).then(setTree); }, []);
  const long = s.prLongTerm === true;
  const rows: Row[] = [
    { key: 'name', label: '主办单位名称', req: false, help: '来自填写基本信息，不可修改', node: <span className="ro">杭州云栖示例科技有限公司</span> },
    { key: 'certAddress', label: '主办单位证件住所', help: '与营业执照上的住所一致', node: <T s={s} set={set} k="certAddress" cls="cert-address" area /> },
    {
      key: 'mail', label: '通信地址', help: '省 / 市 / 区县',
      node: <Cascader className="mail-region" style={{ width: 320 }} options={tree ?? []} disabled={!tree} placeholder={tree ? '请选择' : '地区加载中…'} classNames={{ popup: { root: 'mail-region-pop' } }}
        value={arr<string>(s.mailCodes).length ? arr<string>(s.mailCodes) : undefined} onChange={(v) => set('mailCodes', arr<string>(v))} />,
    },
    { key: 'mailDetail', label: '通信地址详细', help: '街道、门牌号；无门牌号请备注“此地址已是详细地址”', node: <T s={s} set={set} k="mailDetail" cls="mail-detail" rule={(v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号')} /> },
    { key: 'investor', label: '投资人或主管单位', help: '企业填写单位全称', node: <T s={s} set={set} k="investor" cls="investor" /> },
    {
      key: 'legal', label: '主体负责人是否为法定代表人', help: '多数管局要求主体负责人为法定代表人',
      node: <Radio.Group className="pr-is-legal-rep" optionType="button" value={str(s.prIsLegalRep) || undefined} options={opts(['是', '否'])} onChange={(e) => set('prIsLegalRep', e.target.value)} />,
    },
    { key: 'prName', label: '主体负责人姓名', node: <T s={s} set={set} k="prName" cls="pr-name" /> },
    {
      key: 'certType', label: '证件类型',
      node: <Radio.Group className="pr-cert-type" optionType="button" buttonStyle="solid" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS.slice(0, 4))} onChange={(e) => set('prCertType', e.target.value)} />,
    },
    { key: 'certNumber', label: '证件号码', node: <T s={s} set={set} k="prCertNumber" cls="pr-cert-number" maxLength={18} rule={idRule} /> },
    { key: 'from', label: '证件有效期起', node: <DatePicker className="pr-valid-from" format={D} value={day(s.prValidFrom)} onChange={(_d, t) => set('prValidFrom', typeof t === 'string' ? t : '')} /> },
    {
      key: 'long', label: '长期有效', req: false, help: '证件为长期有效时打开',
      node: <Switch className="pr-long-term" checked={long} checkedChildren="长期" unCheckedChildren="有期限" onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })} />,
    },
    ...(long ? [] : [{ key: 'to', label: '证件有效期止', node: <DatePicker className="pr-valid-to" format={D} value={day(s.prValidTo)} onChange={(_d, t) => set('prValidTo', typeof t === 'string' ? t : '')} /> }]),
    { key: 'mobile', label: '手机号码', node: <T s={s} set={set} k="prMobile" cls="pr-mobile" maxLength={11} rule={mobile} /> },
    { key: 'emergency', label: '应急联系电话', help: '不能与手机号码相同', node: <T s={s} set={set} k="prEmergency" cls="pr-emergency" maxLength={11} rule={(v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '')} /> },
    { key: 'office', label: '办公室电话', req: false, help: '区号-号码', node: <T s={s} set={set} k="prOffice" cls="pr-office" rule={phone} /> },
    { key: 'email', label: '电子邮箱', node: <T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /> },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 企业</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="card-w help">填写基本信息 ✓ → <b>填写主办者信息</b> → 填写网站信息 → 上传资料</div>
        <div className="card-w">
          <div className="sec-title">主办者信息（逐项填写）</div>
          <Table<Row> className="edit-table" size="small" bordered pagination={false} rowKey="key" dataSource={rows} columns={[
            { title: '项目', dataIndex: 'label', width: 200, render: (_v, r) => <span className={r.req === false ? 'lab' : 'lab req'}>{r.req === false ? '' : <i style={{ color: '#d23c26', fontStyle: 'normal' }}>*</i>}{r.label}</span> },
            { title: '填写内容', key: 'node', render: (_v, r) => r.node },
            { title: '填写说明', dataIndex: 'help', width: 260, render: (v) => <span className="help">{v}</span> },
          ]} />
          <div className="actions">
            <Checkbox className="promise" checked={s.promise === true} onChange={(e) => set('promise', e.target.checked)}>本单位承诺所填信息真实有效</Checkbox>
            <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '' : '请先勾选承诺'); }}>下一步</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (单位, 公安), card grid */

const L = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="ot-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}</div></div>
);

function MpsSiteUnit() {
  const { s, set } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], apName: '', apMethod: '', apPhone: '', registrar: '',
    interactive: false, interactiveKinds: [], category: '', languages: [], dangerous: '', draftClicks: 0, nextClicks: 0,
  });
  const [providers, setProviders] = useState<string[] | null>(null);
  const [msg, setMsg] = useState('');
  const [ipErr, setIpErr] = useState('');
  useEffect(() => { void fetchProviderNames(500).then(setProviders); }, []);
  const setIps = (v: string[]) => {
    const l = v.map((x) => x.trim()).filter(Boolean);
    setIpErr(l.find((x) => !IPV4_RE.test(x) && !validIpv6(x)) ? 'IP 格式不正确' : '');
    set('ips', l);
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站基本信息</span><span className="who">杭州云栖示例科技有限公司（单位用户）</span></div>
      <div className="mps-body">
        <div className="card-w help">开办主体 ✓ → <b>网站基本信息</b> → 网站负责人 → 提示说明</div>
        <Row gutter={[16, 16]} className="card-grid">
          <Col span={12}>
            <Card title="网站信息" size="small" className="c-site">
              <L label="网站名称"><T s={s} set={set} k="siteName" cls="site-name" placeholder="与工信部备案的网站名称一致" /></L>
              <L label="工信部备案号" req={false}><T s={s} set={set} k="icpNumber" cls="icp-number" placeholder="如 浙ICP备12345678号-1" rule={(v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号-\d+$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1')} /></L>
              <L label="网站开通日期"><DatePicker className="opened-at" format={D} value={day(s.openedAt)} onChange={(_d, t) => set('openedAt', typeof t === 'string' ? t : '')} /></L>
              <L label="主域名"><T s={s} set={set} k="mainDomain" cls="main-domain" placeholder="如 example.cn" rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名')} /></L>
              <L label="从域名" req={false}><Select className="sub-domains" mode="tags" style={{ width: '100%' }} placeholder="输入后回车" open={false} value={arr<string>(s.subDomains)} onChange={(v) => set('subDomains', arr<string>(v))} /></L>
              <L label="网站IP">
                <Select className="ips" mode="tags" style={{ width: '100%' }} placeholder="输入 IP 后回车，可多个" open={false} status={ipErr ? 'error' : undefined} value={arr<string>(s.ips)} onChange={(v) => setIps(arr<string>(v))} />
                {ipErr ? <div className="field-err">{ipErr}</div> : null}
              </L>
            </Card>
          </Col>
          <Col span={12}>
            <Card title="网络接入服务商" size="small" className="c-ap">
              <L label="接入商名称">
                <Select className="ap-name" showSearch style={{ width: '100%' }} loading={!providers} placeholder={providers ? '输入名称搜索' : '加载中…'} classNames={{ popup: { root: 'ap-name-pop' } }}
                  value={str(s.apName) || undefined} options={opts(providers ?? [])} onChange={(v) => set('apName', v)} />
              </L>
              <L label="网站接入方式"><Radio.Group className="ap-method" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(e) => set('apMethod', e.target.value)} /></L>
              <L label="接入商电话"><T s={s} set={set} k="apPhone" cls="ap-phone" rule={phone} /></L>
            </Card>
            <Card title="域名注册服务商" size="small" className="c-reg" style={{ marginTop: 16 }}>
              <L label="注册商名称">
                <AutoComplete className="registrar" style={{ width: '100%' }} value={str(s.registrar)} placeholder="输入名称" classNames={{ popup: { root: 'registrar-pop' } }}
                  options={opts((providers ?? []).filter((p) => !str(s.registrar) || p.includes(str(s.registrar))))} onChange={(v) => set('registrar', String(v ?? ''))} />
              </L>
            </Card>
          </Col>
          <Col span={24}>
            <Card title="服务信息" size="small" className="c-service">
              <L label="是否提供互联网交互服务">
                <Switch className="interactive" checked={s.interactive === true} checkedChildren="是" unCheckedChildren="否" onChange={(v) => set('interactive', v)} />
              </L>
              {s.interactive === true
                ? <L label="交互服务类型"><Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={opts(INTERACTIVE_KINDS)} onChange={(v) => set('interactiveKinds', arr<string>(v))} /></L>
                : null}
              <L label="网站类型">
                <Select className="category" style={{ width: 260 }} placeholder="请选择" classNames={{ popup: { root: 'category-pop' } }} value={str(s.category) || undefined}
                  options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', v)} />
              </L>
              <L label="网站语种">
                <Select className="languages" mode="multiple" style={{ width: 420 }} placeholder="请选择" classNames={{ popup: { root: 'languages-pop' } }} value={arr<string>(s.languages)} options={opts(MPS_LANGUAGES)}
                  onChange={(v) => set('languages', arr<string>(v))} />
              </L>
              <L label="是否提供涉及管制物品信息发布服务"><Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={opts(['是', '否'])} onChange={(e) => set('dangerous', e.target.value)} /></L>
            </Card>
          </Col>
        </Row>
        <div className="actions">
          <Button className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('草稿已保存'); }}>保存草稿</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.siteName ? '' : '请填写网站名称'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout42-aliyun-subject-unit-antd-edittable': AliyunSubjectUnit,
  'heldout42-mps-site-unit-antd-cardgrid': MpsSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
