/**
 * Gen-23 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout23-mps-apply-unit-arco-roundtabs      the whole 新办网站申请 (单位, 公安) on ONE page as ROUNDED TABS (开办主体 /
 *    网站信息 / 接入信息 / 网站负责人; every pane rendered, the inactive ones hidden), LEFT labels: radios, blur checks, a
 *    DatePicker, an INPUTTAG, IPs as ADDED ROWS, a CASCADER of the letter-coded category tree, a SWITCH revealing a checkbox
 *    group, a MULTIPLE Select, provider names as AUTOCOMPLETEs answered late, a SEARCHABLE whole-tree Cascader, BUTTON
 *    radios, a copy tick; a 责任告知书 tick; 暂存 / 提交申请
 *  - heldout23-volcengine-basic-unit-arco-narrowcard   验证备案类型 (单位, 火山引擎): ONE centred NARROW card under DOT Steps,
 *    labels on top: a LAZY Cascader, a nature Select steering BUTTON radios that load late, blur checks, an INPUTTAG of
 *    domains, resource radios swapping in an input, a SEARCHABLE Select of instances arriving late (one disabled); an
 *    agreement tick; 开始验证
 */
import {
  Alert, AutoComplete, Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, InputTag, Radio, Select, Steps, Switch, Tabs,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, NATURES, pathOfCode,
  PHONE_RE, regionOptions, searchProviders, shortIpv6, validId, validIpv6, validUscc,
} from './common';
import { YQ_VOLC } from './pages';
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; width?: number | string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
        status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');

/* ------------------------------------------------------------------ 公安 新办网站申请 (单位), rounded tabs */

/** A provider name: an AutoComplete over the platform's provider list (answered after a delay). */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  return (
    <AutoComplete className={p.cls} style={{ width: 320 }} placeholder="输入关键字查询服务商" value={str(p.s[p.k])} data={data}
      triggerProps={{ className: `${p.cls}-pop` }}
      onSearch={(q) => { void searchProviders(q).then(setData); }}
      onChange={(v) => p.set(p.k, String(v ?? ''))} />
  );
}

function MpsApplyUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'apply', '单位', {
    genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ipRows: [''], categoryPath: [], interactive: false, interactiveKinds: [],
    dangerous: '', languages: [], apName: '', apJurisdiction: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '',
    secName: '', secCertNumber: '', secMobile: '', emgSame: false, notice: false, draftClicks: 0, submitClicks: 0,
  }, ({ ipRows, categoryPath, apRegionCodes, ...r }) => ({
    ...r,
    ips: arr<string>(ipRows).map((x) => x.trim()).filter(Boolean).map((x) => (validIpv6(x) ? shortIpv6(x) : x)),
    category: arr<string>(categoryPath).at(-1) ?? '',
    apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? ''),
  }));
  const e = useErrs();
  const [tab, setTab] = useState('subject');
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number | string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const ipRows = arr<string>(s.ipRows);
  const item = { labelCol: { span: 5 }, wrapperCol: { span: 19 } };
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '请核对后提交');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <Alert type="info" content="单位新办网站申请：请在下列四页中填写开办主体、网站、接入与负责人信息，全部完成后提交申请；网站开通之日起 30 日内须完成备案。" style={{ marginBottom: 16 }} />
        <div className="apply-tabs">
          <Tabs className="round-tabs" type="rounded" lazyload={false} activeTab={tab} onChange={setTab}>
            <Tabs.TabPane key="subject" title="开办主体">
              <Form className="f-subject" {...item}>
                <div className="facts-ro"><div><span>主办单位名称</span><b>杭州云栖示例科技有限公司</b></div><div><span>证件号码</span><b>91330110MA2H3K7Q18</b></div><div><span>法人代表人</span><b>李娜</b></div><div className="help">来自法人账号，不可修改</div></div>
                <Form.Item label="是否利用生成式人工智能" required>
                  <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={['是', '否']} onChange={(v) => set('genAI', v)} />
                </Form.Item>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="site" title="网站信息">
              <Form className="f-site" {...item}>
                <Form.Item label="网站名称" required extra="须与工信部备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</Form.Item>
                <Form.Item label="工信部备案号" required>{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确') })}</Form.Item>
                <Form.Item label="网站开通日期" required>
                  <DatePicker className="opened-at" style={{ width: 220 }} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} />
                </Form.Item>
                <Form.Item label="主域名" required>{text('mainDomain', 'main-domain', { placeholder: '如 example.com', blur: domainRule })}</Form.Item>
                <Form.Item label="从域名" extra="输入后回车，可填写多个">
                  <div className="ctl">
                    <InputTag className="sub-domains" style={{ width: 420 }} saveOnBlur allowClear placeholder="同一网站的其他域名" value={arr<string>(s.subDomains)}
                      onChange={(v) => {
                        const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
                        const bad = list.find((x) => domainRule(x));
                        e.set('subDomains', bad ? `${bad}：${domainRule(bad)}` : '');
                        set('subDomains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
                      }} />
                    {e.get('subDomains') ? <div className="field-err">{e.get('subDomains')}</div> : null}
                  </div>
                </Form.Item>
                <Form.Item label="网站IP" required extra="域名实际解析的地址，每行一个（IPv4 或 IPv6）">
                  <div className="ip-rows">
                    {ipRows.map((ip, i) => (
                      <div className="ip-row" key={i}>
                        <Input className={`ip-${i}`} style={{ width: 260 }} value={ip} placeholder="如 203.0.113.10"
                          onChange={(v) => { set('ipRows', ipRows.map((x, j) => (j === i ? v : x))); e.clear(`ip${i}`); }}
                          onBlur={() => { const t = ip.trim(); if (t) e.set(`ip${i}`, ipRule(t)); }} />
                        {ipRows.length > 1 ? <Button type="text" className={`del-ip-${i}`} onClick={() => set('ipRows', ipRows.filter((_, j) => j !== i))}>删除</Button> : null}
                        {e.get(`ip${i}`) ? <span className="field-err">{e.get(`ip${i}`)}</span> : null}
                      </div>
                    ))}
                    <Button type="text" className="add-ip" onClick={() => set('ipRows', [...ipRows, ''])}>+ 添加IP</Button>
                  </div>
                </Form.Item>
                <Form.Item label="网站类型" required extra="按网站主要服务选择；部分类别须选到子类">
                  <Cascader className="category" style={{ width: 320 }} placeholder="请选择" options={MPS_CATEGORY_TREE} value={arr<string>(s.categoryPath)} onChange={(v) => set('categoryPath', arr<string>(v).map(String))} />
                </Form.Item>
                <Form.Item label="是否提供互联网交互服务" required extra="用户可发布文字、图片、音视频等信息（论坛、评论、即时通讯、网盘等）">
                  <Switch className="interactive" checked={s.interactive === true} checkedText="是" uncheckedText="否" onChange={(v) => setMany({ interactive: v, interactiveKinds: [] })} />
                </Form.Item>
                {s.interactive === true
                  ? (
                    <Form.Item label="交互服务类型" required>
                      <Checkbox.Group className="interactive-kinds" options={INTERACTIVE_KINDS} value={arr<string>(s.interactiveKinds)} onChange={(v) => set('interactiveKinds', arr<string>(v))} />
                    </Form.Item>
                  )
                  : null}
                <Form.Item label="互联网危险物品信息发布" required>
                  <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={['是', '否']} onChange={(v) => set('dangerous', v)} />
                </Form.Item>
                <Form.Item label="网站语种" required>
                  <Select className="languages" style={{ width: 420 }} mode="multiple" placeholder="请选择" value={arr<string>(s.languages)} options={opts(MPS_LANGUAGES)}
                    onChange={(v) => set('languages', MPS_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
                </Form.Item>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="access" title="接入信息">
              <Form className="f-access" {...item}>
                <div className="prov-block b-ap">
                  <h4>网络接入服务商</h4>
                  <Form.Item label="名称" required><ProviderName s={s} set={set} k="apName" cls="ap-name" /></Form.Item>
                  <Form.Item label="所属地区管辖" required>
                    <Radio.Group className="ap-jurisdiction" value={str(s.apJurisdiction) || undefined} options={['境内', '境外']} onChange={(v) => set('apJurisdiction', v)} />
                  </Form.Item>
                  <Form.Item label="所属区域" required>
                    <Cascader className="ap-region" style={{ width: 320 }} showSearch allowClear placeholder="请选择或输入搜索" options={tree} value={arr<string>(s.apRegionCodes)}
                      onChange={(v) => set('apRegionCodes', arr<string>(v).map(String))} />
                  </Form.Item>
                  <Form.Item label="网站接入方式" required>
                    <Radio.Group className="ap-method" type="button" value={str(s.apMethod) || undefined} options={MPS_ACCESS_METHODS} onChange={(v) => set('apMethod', v)} />
                  </Form.Item>
                  <Form.Item label="联系电话" required>{text('apPhone', 'ap-phone', { width: 220, blur: phoneRule })}</Form.Item>
                  <Form.Item label="接入商编码" required extra="统一社会信用代码第 9–17 位">
                    {text('apCode', 'ap-code', { width: 220, max: 10, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}
                  </Form.Item>
                </div>
                <div className="prov-block b-rg">
                  <h4>域名注册服务商</h4>
                  <Form.Item label="名称" required><ProviderName s={s} set={set} k="rgName" cls="rg-name" /></Form.Item>
                  <Form.Item label="联系电话" required>{text('rgPhone', 'rg-phone', { width: 220, blur: phoneRule })}</Form.Item>
                </div>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="people" title="网站负责人">
              <Form className="f-people" {...item}>
                <div className="prov-block b-sec">
                  <h4>网站安全负责人</h4>
                  <Form.Item label="姓名" required>{text('secName', 'sec-name', { max: 30 })}</Form.Item>
                  <Form.Item label="证件号码" required>{text('secCertNumber', 'sec-cert-number', { max: 18, blur: (v) => (validId(v) ? '' : '身份证号码校验未通过') })}</Form.Item>
                  <Form.Item label="手机号码" required>{text('secMobile', 'sec-mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</Form.Item>
                </div>
                <div className="prov-block b-emg">
                  <h4>网站应急联络人</h4>
                  <Form.Item label="同开办主体负责人">
                    <Checkbox className="emg-same" checked={s.emgSame === true} onChange={(v) => set('emgSame', v)}>使用开办主体负责人信息</Checkbox>
                  </Form.Item>
                  {s.emgSame === true
                    ? <div className="help emg-summary" style={{ margin: '-6px 0 14px 21%' }}>应急联络人：李娜（居民身份证 3301**********4525，136****6000）</div>
                    : <div className="help" style={{ margin: '-6px 0 14px 21%' }}>不勾选时请在“网站负责人”页补充应急联络人信息后提交</div>}
                </div>
                <Form.Item label=" ">
                  <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', v)}>我单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
                </Form.Item>
              </Form>
            </Tabs.TabPane>
          </Tabs>
          <div className="actions">
            <Button onClick={clicks(s, set, 'draftClicks')}>暂存</Button>
            <Button type="primary" onClick={submit}>提交申请</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 火山引擎 验证备案类型 (单位), narrow card */

interface AreaOpt { value: string; label: string; isLeaf: boolean }
interface Vm { id: string; name: string; ip: string; left: string; short?: boolean }
const VMS: Vm[] = [
  { id: 'i-yd0k3m8tst2q9b', name: 'test-ecs', ip: '101.126.33.8', left: '2 个月', short: true },
  { id: YQ_VOLC, name: 'yunqi-www', ip: '47.96.56.78', left: '11 个月' },
  { id: 'i-yd5n1c7data0x4', name: 'yunqi-data', ip: '115.190.40.21', left: '8 个月' },
];

function VolcBasicUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'basic', '单位', {
    regionCodes: [], nature: '', certType: '', unitName: '', certNumber: '', domains: [], resourceType: '云服务器', instance: '', authCode: '', agree: false, verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const nature = str(s.nature);
  const [certs, setCerts] = useState<{ nature: string; list: string[] } | null>(null);
  useEffect(() => {
    if (!nature) return undefined;
    const t = setTimeout(() => setCerts({ nature, list: ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] }), 400);
    return () => clearTimeout(t);
  }, [nature]);
  const certList = certs && certs.nature === nature ? certs.list : null;
  const [vms, setVms] = useState<Vm[] | null>(null);
  useEffect(() => { const t = setTimeout(() => setVms(VMS), 700); return () => clearTimeout(t); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width="100%" {...o} />;
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    setMsg(!s.agree ? '请阅读并同意服务协议' : '验证中…');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="vc-side" aria-label="备案管理"><div className="grp">备案管理</div><a>备案概览</a><a className="on">新增备案</a><a>我的备案</a><a>备案授权码</a></nav>
      <div className="vc-main"><div className="vc-body">
        <div className="card-w"><Steps type="dot" current={1} size="small">{['验证备案类型', '填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((t) => <Steps.Step key={t} title={t} />)}</Steps></div>
        <div className="narrow">
          <h3>验证备案类型</h3>
          <Form layout="vertical" className="f-check">
            <Form.Item label="主办单位所属区域" required>
              <Cascader className="region" placeholder="省 / 市 / 区县" options={provinces} value={arr<string>(s.regionCodes)}
                loadMore={(path, level) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
                onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
            </Form.Item>
            <Form.Item label="主办单位性质" required>
              <Select className="nature" placeholder="请选择" value={nature || undefined} options={opts(NATURES)} onChange={(v) => setMany({ nature: String(v), certType: '' })} />
            </Form.Item>
            <Form.Item label="证件类型" required extra={!nature ? '请先选择主办单位性质' : certList ? undefined : '正在加载证件类型…'}>
              {certList
                ? <Radio.Group className="cert-type" type="button" value={str(s.certType) || undefined} options={certList} onChange={(v) => set('certType', v)} />
                : <span className="help cert-type-wait">—</span>}
            </Form.Item>
            <Form.Item label="主办单位名称" required>{text('unitName', 'unit-name', { max: 100, placeholder: '与营业执照上的名称一致' })}</Form.Item>
            <Form.Item label="证件号码" required>{text('certNumber', 'cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Form.Item>
            <Form.Item label="网站域名" required extra="输入域名后回车，可填写多个；不带 www.">
              <div className="ctl">
                <InputTag className="domains" style={{ width: '100%' }} saveOnBlur allowClear placeholder="如 example.com" value={arr<string>(s.domains)}
                  onChange={(v) => {
                    const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
                    const bad = list.find((x) => domainRule(x));
                    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
                    set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
                  }} />
                {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
              </div>
            </Form.Item>
            <Form.Item label="备案资源" required>
              <Radio.Group className="resource-type" value={str(s.resourceType)} options={['云服务器', '备案授权码']} onChange={(v) => setMany({ resourceType: v, instance: '', authCode: '' })} />
            </Form.Item>
            {s.resourceType === '备案授权码'
              ? <Form.Item label="备案授权码" required extra="使用非火山引擎服务器时申请">{text('authCode', 'auth-code', { max: 32 })}</Form.Item>
              : (
                <Form.Item label="云服务器实例" required extra="可按名称、实例 ID 或公网 IP 搜索；剩余时长不足 3 个月的实例不可用于备案">
                  <Select className="instance" showSearch placeholder={vms ? '请选择实例' : '正在加载实例…'} loading={!vms} value={str(s.instance) || undefined}
                    filterOption={(input, option) => String((option as { props?: { children?: unknown } })?.props?.children ?? '').toLowerCase().includes(input.toLowerCase())}
                    onChange={(v) => set('instance', String(v ?? ''))}>
                    {(vms ?? []).map((r) => <Select.Option key={r.id} value={r.id} disabled={!!r.short}>{`${r.name} · ${r.id} · ${r.ip}（剩余 ${r.left}${r.short ? '，不可用' : ''}）`}</Select.Option>)}
                  </Select>
                </Form.Item>
              )}
            <Form.Item>
              <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
            </Form.Item>
          </Form>
          <div className="actions">
            <Button type="primary" long onClick={verify}>开始验证</Button>
          </div>
          {msg ? <div className="msg" style={{ paddingBottom: 12 }}>{msg}</div> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout23-mps-apply-unit-arco-roundtabs': MpsApplyUnit,
  'heldout23-volcengine-basic-unit-arco-narrowcard': VolcBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
