/**
 * Gen-17 held-out builds on React 18 + Arco Design 2.66 (written from FORMS.md and docs/profile.example.json alone, never
 * tuned against):
 *  - heldout17-aliyun-basic-person-arco-drawer   验证备案类型 (个人): a 我的备案 page under an Arco DRAWER open on arrival
 *    (closing keeps the state, 开始备案 reopens it), labels on top; button radios, a LAZY cascader (each level fetched), a
 *    nature Select steering the certificate Select, blur checks, a resource-type Select, an instance Select whose options
 *    are FETCHED when it opens (short-lived instances disabled) or a 备案服务号 input; a consent tick; 取消 / 信息校验
 *  - heldout17-mps-site-unit-arco-desctable      网站基本信息 (单位, new 公安): every field inside bordered Arco
 *    DESCRIPTIONS tables (label cell | control cell, two a row, no <label>); a date picker, an INPUT TAG, a MULTIPLE select
 *    creating entries with options FETCHED for the typed main domain, a RANGE picker, a TREE SELECT of letter codes, a
 *    SWITCH revealing checkboxes, radios, a multiple select, checkboxes; provider blocks with an AUTOCOMPLETE searching
 *    providers, selects and whole-tree cascaders; 上一步 / 保存草稿 / 下一步
 */
import {
  Alert, AutoComplete, Button, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Drawer, Form, Input, InputTag, Radio, Select, Steps, Switch, Table, TreeSelect,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, INTERACTIVE_KINDS, IPV4_RE, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, MPS_PRE_LICENCE_CODES, NATURES,
  pathOfCode, PHONE_RE, regionOptions, searchProviders, validId, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={p.width ? { width: p.width } : undefined} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的一级域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 验证备案类型 (个人), drawer */

interface Instance { id: string; ip: string; region: string; left: string; short?: boolean }
const INSTANCES: Record<string, Instance[]> = {
  云服务器ECS: [
    { id: 'i-bp1a8c2mx5t0e7qd', ip: '47.97.33.120', region: '华东1（杭州）', left: '7 个月' },
    { id: 'i-bp17q2zw9x4k1m8d', ip: '47.96.12.34', region: '华东1（杭州）', left: '11 个月' },
    { id: 'i-2ze5k0u9c3p7wq1n', ip: '39.105.66.8', region: '华北2（北京）', left: '2 个月', short: true },
  ],
  轻量应用服务器: [{ id: '7c1e2a9b4d0f4e3a8b6c', ip: '121.41.9.77', region: '华东1（杭州）', left: '5 个月' }],
};
interface AreaOpt { value: string; label: string; isLeaf: boolean }

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    filingKind: '网站备案', regionCodes: [], nature: '', certType: '', certNumber: '', domain: '', resourceType: '云服务器ECS', instance: '', serviceCode: '',
    agreed: false, cancelClicks: 0, verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [open, setOpen] = useState(true);
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  const [loaded, setLoaded] = useState<Record<string, Instance[]>>({});
  const [loading, setLoading] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? (s.nature ? ['统一社会信用代码证书', '组织机构代码证'] : []);
  const kind = str(s.resourceType);
  const rows = loaded[kind];
  const loadInstances = (visible: boolean) => {
    if (!visible || rows || loading) return;
    setLoading(true);
    setTimeout(() => { setLoaded((x) => ({ ...x, [kind]: INSTANCES[kind] ?? [] })); setLoading(false); }, 400);
  };
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    const ok = arr(s.regionCodes).length === 3 && s.nature && s.certType && s.certNumber && s.domain && (s.instance || s.serviceCode) && s.agreed;
    setResult(ok ? { ok: true, text: '校验通过：本次为首次备案' } : { ok: false, text: s.agreed ? '请完善必填信息' : '请先阅读并同意服务协议' });
  };
  const cancel = () => { clicks(s, set, 'cancelClicks')(); setOpen(false); };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <h2 className="page-title">我的备案</h2>
        <div className="card-w">
          <div className="row-inline" style={{ marginBottom: 12 }}><Button type="primary" className="start" onClick={() => setOpen(true)}>开始备案</Button><span className="help">备案前请确认域名已实名认证</span></div>
          <Table rowKey="id" pagination={false} data={[]} noDataElement="暂无备案订单"
            columns={[{ title: '订单号', dataIndex: 'id' }, { title: '主办者', dataIndex: 'who' }, { title: '备案类型', dataIndex: 'kind' }, { title: '状态', dataIndex: 'status' }]} />
        </div>
      </div></div>
      <Drawer className="basic-drawer" width={620} title="开始备案 · 验证备案类型" visible={open} maskClosable={false} focusLock={false} autoFocus={false} onCancel={() => setOpen(false)}
        footer={(
          <div className="row-inline" style={{ justifyContent: 'flex-end' }}>
            {result ? <span className={result.ok ? 'ok-msg' : 'msg'}>{result.text}</span> : null}
            <Button onClick={cancel}>取消</Button>
            <Button type="primary" onClick={verify}>信息校验</Button>
          </div>
        )}>
        <Alert type="info" content="填写后点击“信息校验”，系统自动判断备案类型（首次备案 / 接入备案 / 新增网站）。" style={{ marginBottom: 16 }} />
        <Form layout="vertical" requiredSymbol={{ position: 'start' }}>
          <Form.Item label="备案类型" required>
            <Radio.Group className="filing-kind" type="button" value={str(s.filingKind)} options={['网站备案', 'App备案']} onChange={(v) => set('filingKind', v)} />
          </Form.Item>
          <Form.Item label="主办单位所属区域" required extra="个人请按身份证住址或居住证所在地选择">
            <Cascader className="region" placeholder="请选择省 / 市 / 区县" options={provinces} value={arr<string>(s.regionCodes)}
              loadMore={(path, level) => fetchAreas(path[path.length - 1]!).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
              onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
          </Form.Item>
          <Form.Item label="主办单位性质" required>
            <Select className="nature" showSearch placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} onChange={(v) => setMany({ nature: String(v), certType: '' })} />
          </Form.Item>
          <Form.Item label="主办单位证件类型" required extra={certs.length ? undefined : '请先选择主办单位性质'}>
            <Select className="cert-type" disabled={!certs.length} placeholder="请选择" value={str(s.certType) || undefined} options={opts(certs)} onChange={(v) => set('certType', String(v))} />
          </Form.Item>
          <Form.Item label="主办单位证件号码" required>
            <Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} placeholder="请输入证件号码"
              blur={(v) => (s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码有误，请核对'} />
          </Form.Item>
          <Form.Item label="网站域名" required extra="已完成实名认证的一级域名，如 example.com">
            <Text s={s} set={set} e={e} k="domain" cls="domain" placeholder="请输入域名" blur={domainRule} />
          </Form.Item>
          <Form.Item label="备案资源类型" required>
            <Select className="resource-type" value={str(s.resourceType)} options={opts(['云服务器ECS', '轻量应用服务器', '备案服务号'])}
              onChange={(v) => setMany({ resourceType: String(v), instance: '', serviceCode: '' })} />
          </Form.Item>
          {kind === '备案服务号'
            ? (
              <Form.Item label="备案服务号" required extra="在“备案服务号管理”中申请">
                <Text s={s} set={set} e={e} k="serviceCode" cls="service-code" placeholder="请输入备案服务号" />
              </Form.Item>
            )
            : (
              <Form.Item label={kind === '云服务器ECS' ? '云服务器实例' : '轻量应用服务器实例'} required extra="剩余时长不足 3 个月的实例不可用于备案">
                <Select className="instance" placeholder="请选择实例" showSearch filterOption={(q, o) => String((o as { props?: { children?: unknown } }).props?.children ?? '').includes(q)}
                  loading={loading} onVisibleChange={loadInstances} value={str(s.instance) || undefined} onChange={(v) => set('instance', String(v))}
                  notFoundContent={loading ? '加载中…' : '暂无实例'}>
                  {(rows ?? []).map((r) => (
                    <Select.Option key={r.id} value={r.id} disabled={r.short}>{`${r.id} · ${r.ip} · ${r.region} · 剩余 ${r.left}${r.short ? '（不足3个月）' : ''}`}</Select.Option>
                  ))}
                </Select>
              </Form.Item>
            )}
          <Form.Item>
            <Checkbox className="agreed" checked={s.agreed === true} onChange={(v) => set('agreed', v)}>我已阅读并同意《ICP代备案服务协议》</Checkbox>
          </Form.Item>
        </Form>
      </Drawer>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (单位, 公安), descriptions */

const CATEGORY_TREE = MPS_CATEGORY_TREE.map((n) => ({ key: n.value, title: n.label, ...(n.children ? { children: n.children.map((c) => ({ key: c.value, title: c.label })) } : {}) }));
const RESOLVED: Record<string, string[]> = { 'yunqi-demo.cn': ['47.96.56.78', '2408:4000:1000::10'], 'yunqi-demo.com.cn': ['47.96.56.78'] };
const req = (t: string) => <span className="d-label"><span className="req" style={{ color: '#f53f3f', marginRight: 2 }}>*</span>{t}</span>;

function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  return (
    <AutoComplete className={p.cls} style={{ width: 300 }} placeholder="输入关键字查询服务商" value={str(p.s[p.k])} data={data}
      onSearch={(q) => { void searchProviders(q).then(setData); }} onChange={(v) => p.set(p.k, String(v ?? ''))} />
  );
}

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], domainCert: [], category: '', interactive: false, interactiveKinds: [], dangerous: '',
    preLicences: [], languages: [],
    apName: '', apJurisdiction: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '',
    rgName: '', rgJurisdiction: '', rgRegionCodes: [], rgPhone: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ apRegionCodes, rgRegionCodes, ...r }) => ({ ...r, apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? ''), rgRegion: pathOfCode(arr<string>(rgRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [resolved, setResolved] = useState<{ domain: string; ips: string[] } | null>(null);
  const main = str(s.mainDomain).trim().toLowerCase();
  useEffect(() => {
    if (!DOMAIN_RE.test(main)) return;
    const t = setTimeout(() => setResolved({ domain: main, ips: RESOLVED[main] ?? ['203.0.113.10'] }), 500);
    return () => clearTimeout(t);
  }, [main]);
  const ipOptions = resolved?.domain === main ? resolved.ips : [];
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const regions = regionOptions();
  const setIps = (v: string[]) => {
    const bad = v.find((x) => !IPV4_RE.test(x) && !validIpv6(x));
    e.set('ips', bad ? `${bad} 不是有效的 IP 地址` : '');
    set('ips', v.filter((x) => IPV4_RE.test(x) || validIpv6(x)));
  };
  const jurisdiction = (k: string, cls: string) => (
    <Select className={cls} style={{ width: 160 }} placeholder="请选择" value={str(s[k]) || undefined} options={opts(['境内', '境外'])} onChange={(v) => set(k, String(v))} />
  );
  const region = (k: string, cls: string) => (
    <Cascader className={cls} style={{ width: 300 }} showSearch placeholder="请选择省 / 市 / 区县" options={regions} value={arr<string>(s[k])} onChange={(v) => set(k, arr<string>(v).map(String))} />
  );
  const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Steps current={2} size="small"><Steps.Step title="开办主体" /><Steps.Step title="网站基本信息" /><Steps.Step title="网站负责人" /><Steps.Step title="提示说明" /></Steps></div>
        <Alert type="warning" content="网站名称须与ICP备案的网站名称一致；网站IP须为域名实际解析的地址（使用CDN的填写CDN节点地址）。" style={{ marginBottom: 16 }} />
        <div className="card-w">
          <Descriptions className="d-site" title="网站信息" column={2} border layout="horizontal" labelStyle={{ width: 150 }} data={[
            { label: req('网站名称'), value: text('siteName', 'site-name', { max: 50, width: 280 }) },
            { label: 'ICP备案号', value: text('icpNumber', 'icp-number', { width: 280, placeholder: '如 浙ICP备12345678号-1', blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : 'ICP备案号格式不正确') }) },
            { label: req('网站开通日期'), value: <DatePicker className="opened-at" style={{ width: 280 }} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} /> },
            { label: req('网站主域名'), value: text('mainDomain', 'main-domain', { width: 280, placeholder: '如 example.com', blur: domainRule }) },
            { label: '从域名', value: (
              <div className="ctl">
                <InputTag className="sub-domains" style={{ width: 280 }} allowClear saveOnBlur placeholder="输入后回车" value={arr<string>(s.subDomains)}
                  validate={(v) => !domainRule(v.trim().toLowerCase())} onChange={(v) => set('subDomains', arr<string>(v).map((x) => String(x).trim().toLowerCase()))} />
              </div>
            ) },
            { label: req('网站IP地址'), value: (
              <div className="ctl">
                <Select className="ips" mode="multiple" allowCreate style={{ width: 280 }} placeholder={main ? '选择解析结果或输入IP后回车' : '请先填写网站主域名'} value={arr<string>(s.ips)}
                  options={ipOptions} onChange={(v) => setIps(arr<string>(v).map(String))} />
                {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
              </div>
            ) },
            { label: '域名证书有效期', value: (
              <DatePicker.RangePicker className="domain-cert" style={{ width: 280 }} value={arr<string>(s.domainCert).length ? arr<string>(s.domainCert) : undefined}
                onChange={(d) => set('domainCert', d ? d.map(String) : [])} />
            ) },
          ]} />
          <Descriptions className="d-service" title="服务信息" column={2} border layout="horizontal" labelStyle={{ width: 150 }} style={{ marginTop: 20 }} data={[
            { label: req('网站类型'), value: (
              <TreeSelect className="category" style={{ width: 280 }} placeholder="请选择" treeData={CATEGORY_TREE} value={str(s.category) || undefined} onChange={(v) => set('category', String(v ?? ''))} />
            ) },
            { label: req('是否提供互联网交互服务'), value: (
              <div className="row-inline"><Switch className="interactive" checked={s.interactive === true} checkedText="是" uncheckedText="否"
                onChange={(v) => setMany({ interactive: v, ...(v ? {} : { interactiveKinds: [] }) })} /><span className="help">论坛、评论、即时通讯、直播等用户可发布信息的服务</span></div>
            ) },
            ...(s.interactive === true ? [{ label: req('交互服务类型'), span: 2, value: (
              <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v).map(String))} />
            ) }] : []),
            { label: req('互联网危险物品信息发布'), value: <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={['是', '否']} onChange={(v) => set('dangerous', v)} /> },
            { label: '相关前置许可', value: (
              <Select className="pre-licences" mode="multiple" style={{ width: 280 }} placeholder="不涉及则不选" value={arr<string>(s.preLicences)}
                options={opts(MPS_PRE_LICENCE_CODES.map(([, l]) => l))} onChange={(v) => set('preLicences', arr<string>(v).map(String))} />
            ) },
            { label: req('网站语种'), span: 2, value: (
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v).map(String))} />
            ) },
          ]} />
          <Descriptions className="d-access" title="网络接入服务商" column={2} border layout="horizontal" labelStyle={{ width: 150 }} style={{ marginTop: 20 }} data={[
            { label: req('名称'), value: <ProviderName s={s} set={set} k="apName" cls="ap-name" /> },
            { label: req('所属地区管辖'), value: jurisdiction('apJurisdiction', 'ap-jurisdiction') },
            { label: req('所属区域'), value: region('apRegionCodes', 'ap-region') },
            { label: req('网站接入方式'), value: (
              <Select className="ap-method" style={{ width: 200 }} placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v))} />
            ) },
            { label: req('联系电话'), value: text('apPhone', 'ap-phone', { width: 200, blur: phoneRule }) },
            { label: req('组织机构代码'), value: text('apCode', 'ap-code', { width: 200, max: 10, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '组织机构代码为 9 位') }) },
          ]} />
          <Descriptions className="d-registrar" title="域名注册服务商" column={2} border layout="horizontal" labelStyle={{ width: 150 }} style={{ marginTop: 20 }} data={[
            { label: req('名称'), value: <ProviderName s={s} set={set} k="rgName" cls="rg-name" /> },
            { label: req('所属地区管辖'), value: jurisdiction('rgJurisdiction', 'rg-jurisdiction') },
            { label: req('所属区域'), value: region('rgRegionCodes', 'rg-region') },
            { label: req('联系电话'), value: text('rgPhone', 'rg-phone', { width: 200, blur: phoneRule }) },
          ]} />
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout17-aliyun-basic-person-arco-drawer': AliyunBasicPerson,
  'heldout17-mps-site-unit-arco-desctable': MpsSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
