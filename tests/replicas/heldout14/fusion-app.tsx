/**
 * Gen-14 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next (@alifd/next 1.27) (written
 * from FORMS.md and docs/profile.example.json alone, never tuned against):
 *  - heldout14-aliyun-basic-unit-fusion-instanceselect 验证备案类型 (单位): the region as THREE linked Selects (省 / 市 / 区县,
 *    each level fetched from the area API), a searchable 性质 select gating a filtered 证件类型 select, a GB 32100 blur
 *    check, the domains as a TAG-mode select (type + Enter), a 使用备案服务号 checkbox that swaps the instance select for
 *    a code input, the 备案实例 a select whose options name each instance's public IP, an agreement tick, 信息校验
 *  - heldout14-mps-site-unit-fusion-remotesearch        网站基本信息 (单位, 公安): 从域名 as DYNAMIC ROWS (添加 / 删除), a
 *    domain-certificate upload + range picker, the IPs as a tag select, each provider block with 所属地区管辖 radio
 *    buttons, a whole-tree CascaderSelect, the name a REMOTE-SEARCH select (the code is derived read-only from the pick),
 *    是否提供互联网交互服务 radio buttons (是 reveals 交互服务类型 checkboxes), a letter-coded 网站类型 select, 网站语种 a
 *    multiple select
 */
import { Balloon, Button, CascaderSelect, Checkbox, DatePicker2, Form, Input, Message, Radio, Select, Step, Upload } from '@alifd/next';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, fetchAreas, ICP_CERTS_BY_NATURE, INTERACTIVE_KINDS, IPV4_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDER_ROWS, NATURES, PHONE_RE,
  pathOfCode, regionOptions, validIpv6, validUscc, DOMAIN_RE, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const ds = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; readOnly?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} readOnly={p.readOnly}
      onChange={(v) => { p.set(p.k, String(v)); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const tip = (text: string) => (
  <Balloon.Tooltip trigger={<span className="q-mark" aria-hidden="true">?</span>} align="t">{text}</Balloon.Tooltip>
);

/* ------------------------------------------------------------------ Alibaba 验证备案类型 (单位) */

const INSTANCES = [
  { id: 'i-bp1a2k7yq3x9dm4c8n0e', name: 'web-prod-01', ip: '47.96.56.78', zone: '华东1（杭州）可用区 H' },
  { id: 'i-bp17c4wq0z2ns8yh5f3u', name: 'test-01', ip: '118.31.40.22', zone: '华东1（杭州）可用区 I' },
  { id: 'i-bp1m9e6r5t2xk0p4a7vd', name: 'bastion', ip: '121.40.77.150', zone: '华东1（杭州）可用区 H' },
];

/** Three linked selects: each level's options come from the area API once the level above is chosen. */
function RegionSelects(p: { onChange: (path: string[]) => void }) {
  const [levels, setLevels] = useState<Area[][]>([[], [], []]);
  const [codes, setCodes] = useState<string[]>(['', '', '']);
  useEffect(() => { void fetchAreas('').then((l) => setLevels((x) => [l, x[1]!, x[2]!])); }, []);
  const choose = (i: number, code: string) => {
    const next = codes.slice(0, i).concat(code, ...Array(2 - i).fill(''));
    setCodes(next);
    setLevels((x) => x.map((l, j) => (j > i ? [] : l)));
    p.onChange(next.map((c, j) => levels[j]!.find((a) => a.code === c)?.name ?? '').filter(Boolean));
    if (i < 2 && code) void fetchAreas(code).then((l) => setLevels((x) => x.map((old, j) => (j === i + 1 ? l : old))));
  };
  const names = ['省', '市', '区县'];
  return (
    <div className="row-inline region-selects">
      {names.map((n, i) => (
        <Select key={n} className={`region-${i}`} style={{ width: 160 }} placeholder={`请选择${n}`} value={codes[i] || undefined} disabled={i > 0 && !codes[i - 1]}
          dataSource={levels[i]!.map((a) => ({ value: a.code, label: a.name }))} showSearch onChange={(v) => choose(i, String(v ?? ''))} />
      ))}
    </div>
  );
}

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    region: [], nature: '', certType: '', certNumber: '', domains: [], useServiceCode: false, serviceCode: '', instance: '', agreed: false, verifyClicks: 0,
  });
  const e = useErrs();
  const [checking, setChecking] = useState(false);
  const certTypes = ICP_CERTS_BY_NATURE[str(s.nature)] ?? (s.nature ? ['组织机构代码证', '统一社会信用代码证书'] : []);
  const domainProblem = (l: string[]) => l.map((d) => (/^www\./i.test(d) ? `${d}：请填写不带 www. 的顶级域名` : !DOMAIN_RE.test(d) ? `${d}：域名格式不正确` : '')).find(Boolean) ?? '';
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司 · 主账号</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a><a>帮助文档</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 980 }}>
        <h2 className="page-title">开始备案</h2>
        <div className="panel-w" style={{ paddingBottom: 16 }}>
          <Step current={0} shape="arrow" readOnly>
            {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交管局'].map((t) => <Step.Item key={t} title={t} />)}
          </Step>
        </div>
        <Message type="notice" title="备案前请确认" style={{ marginBottom: 16 }}>
          域名须完成实名认证且持有者与主办单位一致；新注册的域名实名信息同步到管局约需 3 个工作日。
        </Message>
        <div className="panel-w">
          <h3 className="blk">① 主办单位信息</h3>
          <Form labelAlign="left" labelTextAlign="left" labelCol={{ fixedSpan: 9 }} wrapperCol={{ span: 16 }}>
            <FormItem label={<span>主办单位所属区域 {tip('按主办单位证件住所所在地选择，决定由哪个省通信管理局审核')}</span>} required>
              <RegionSelects onChange={(path) => set('region', path)} />
            </FormItem>
            <FormItem label="主办单位性质" required>
              <Select className="nature" style={{ width: 320 }} placeholder="请选择单位性质" showSearch hasClear value={str(s.nature) || undefined} dataSource={ds(NATURES)}
                onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
            </FormItem>
            <FormItem label="主办单位证件类型" required help={s.nature ? undefined : '请先选择主办单位性质'}>
              <Select className="cert-type" style={{ width: 320 }} placeholder="请选择证件类型" disabled={!s.nature} value={str(s.certType) || undefined} dataSource={ds(certTypes)}
                onChange={(v) => set('certType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="主办单位证件号码" required {...e.item('certNumber')}>
              <Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} placeholder="18 位统一社会信用代码"
                blur={(v) => (s.nature === '个人' || validUscc(v.toUpperCase()) ? '' : '统一社会信用代码校验未通过，请核对')} />
            </FormItem>
          </Form>
          <h3 className="blk">② 网站与云资源</h3>
          <Form labelAlign="left" labelTextAlign="left" labelCol={{ fixedSpan: 9 }} wrapperCol={{ span: 16 }}>
            <FormItem label="网站域名" required {...e.item('domains')} help={e.item('domains').help ?? '输入域名后按回车，可添加多个；不带 www.'}>
              <Select className="domains" mode="tag" style={{ width: 420 }} placeholder="如 example.com" value={arr<string>(s.domains)} dataSource={[]} hasArrow={false}
                onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean); set('domains', l); e.set('domains', domainProblem(l)); }} />
            </FormItem>
            <FormItem label=" " colon={false}>
              <Checkbox className="use-service-code" checked={s.useServiceCode === true} onChange={(c) => setMany({ useServiceCode: c, serviceCode: '' })}>使用备案服务号（网站不部署在阿里云服务器上）</Checkbox>
            </FormItem>
            {s.useServiceCode === true ? (
              <FormItem label="备案服务号" required>
                <Text s={s} set={set} e={e} k="serviceCode" cls="service-code" placeholder="在“备案服务号管理”中申请" />
              </FormItem>
            ) : (
              <FormItem label="备案实例" required help="网站所在的云服务器 ECS 实例（包年包月且剩余时长 ≥ 3 个月）">
                <Select className="instance" style={{ width: 420 }} placeholder="请选择实例" value={str(s.instance) || undefined}
                  dataSource={INSTANCES.map((i) => ({ value: i.id, label: `${i.name} / ${i.id} / 公网IP ${i.ip}` }))}
                  itemRender={(item) => {
                    const i = INSTANCES.find((x) => x.id === item.value)!;
                    return <div className="inst-opt"><b>{i.name}</b> <span>{i.id}</span><br /><span>公网IP {i.ip} · {i.zone}</span></div>;
                  }}
                  onChange={(v) => set('instance', String(v ?? ''))} />
              </FormItem>
            )}
          </Form>
        </div>
        <Checkbox className="agreed" checked={s.agreed === true} onChange={(c) => set('agreed', c)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
        <div className="al-actions">
          <Button type="primary" loading={checking} onClick={() => { clicks(s, set, 'verifyClicks')(); setChecking(true); setTimeout(() => setChecking(false), 400); }}>信息校验</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (单位) */

/** The platform's items: labels in a fixed right-aligned column (set per item: Fusion's Form only styles its direct children). */
const MFormItem = (p: React.ComponentProps<typeof Form.Item>) => <Form.Item labelAlign="left" labelTextAlign="right" labelCol={{ fixedSpan: 13 }} wrapperCol={{ span: 14 }} {...p} />;

function RemoteProvider(p: { cls: string; value: string; onChange: (name: string) => void }) {
  const [found, setFound] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  return (
    <Select className={p.cls} style={{ width: 420 }} showSearch filterLocal={false} placeholder="输入名称关键字查询" value={p.value || undefined}
      dataSource={ds(found.length || !p.value ? found : [p.value])} notFoundContent={loading ? '查询中…' : '请输入关键字查询'} hasClear
      onSearch={(q) => {
        setLoading(true);
        setTimeout(() => { setFound(q.trim() ? MPS_PROVIDER_ROWS.map((r) => r.name).filter((n) => n.includes(q.trim())) : []); setLoading(false); }, 200);
      }}
      onChange={(v) => p.onChange(String(v ?? ''))} />
  );
}

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomainRows: [], domainCert: [], domainCertValidity: [], ips: [],
    apJurisdiction: '', apRegionCode: '', apName: '', apCode: '', apMethod: '', apPhone: '',
    rgJurisdiction: '', rgRegionCode: '', rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], category: '', dangerous: '', preLicence: '', languages: [], prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ subDomainRows, apRegionCode, rgRegionCode, domainCertValidity, ...r }) => ({
    ...r,
    subDomains: arr<string>(subDomainRows).map((x) => x.trim()).filter(Boolean),
    apRegion: pathOfCode(apRegionCode),
    rgRegion: pathOfCode(rgRegionCode),
    domainCertValidity: arr(domainCertValidity).some(Boolean) ? arr(domainCertValidity) : [],
  }));
  const e = useErrs();
  const [regions] = useState(regionOptions);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; readOnly?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const rows = arr<string>(s.subDomainRows);
  const ipProblem = (l: string[]) => l.find((x) => !IPV4_RE.test(x) && !validIpv6(x)) ?? '';
  const pickAp = (name: string) => setMany({ apName: name, apCode: MPS_PROVIDER_ROWS.find((r) => r.name === name)?.code ?? '' });
  const yesNo = (k: string, cls: string, opts: string[] = ['是', '否'], extra: S = {}) => (
    <Radio.Group className={cls} shape="button" value={str(s[k]) || undefined} dataSource={ds(opts)} onChange={(v) => setMany({ [k]: String(v), ...extra })} />
  );
  const provider = (pre: 'ap' | 'rg') => (
    <>
      <MFormItem label="所属地区管辖" required>{yesNo(`${pre}Jurisdiction`, `${pre}-jurisdiction`, ['境内', '境外'])}</MFormItem>
      <MFormItem label="所属区域" required>
        <CascaderSelect className={`${pre}-region`} style={{ width: 420 }} dataSource={regions as unknown as { value: string; label: string }[]} showSearch placeholder="请选择省 / 市 / 区县" value={str(s[`${pre}RegionCode`]) || undefined}
          onChange={(v) => set(`${pre}RegionCode`, String(v ?? ''))} />
      </MFormItem>
    </>
  );
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司（法人用户）· 退出</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="panel-w" style={{ paddingBottom: 14 }}>
          <Step current={1} shape="dot" readOnly>
            {['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Step.Item key={t} title={t} />)}
          </Step>
        </div>
        <Message type="warning" style={{ marginBottom: 16 }}>网站名称、域名须与工信部ICP备案信息一致；网站开通之日起 30 日内须办理联网备案。</Message>
        <div className="mps-form">
          <div className="panel-w">
            <h3 className="blk">网站基础信息</h3>
            <MFormItem label="网站名称" required {...e.item('siteName')}>{text('siteName', 'site-name', { blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称不少于 3 个汉字') })}</MFormItem>
            <MFormItem label="ICP备案号" required {...e.item('icpNumber')} help={e.item('icpNumber').help ?? '如：浙ICP备12345678号-1'}>
              {text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : 'ICP备案号格式不正确') })}
            </MFormItem>
            <MFormItem label="网站开通日期" required>
              <DatePicker2 className="opened-at" format="YYYY-MM-DD" outputFormat="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(v) => set('openedAt', typeof v === 'string' ? v : '')} />
            </MFormItem>
            <MFormItem label="主域名" required {...e.item('mainDomain')}>
              {text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名') })}
            </MFormItem>
            <MFormItem label="从域名" help="同一网站的其他域名（选填）">
              <div className="sub-domains">
                {rows.map((d, i) => (
                  <div className="row-inline sub-row" key={i} style={{ marginBottom: 6 }}>
                    <Input className={`sub-domain-${i}`} style={{ width: 320 }} value={d} placeholder="如 example.com.cn"
                      onChange={(v) => set('subDomainRows', rows.map((x, j) => (j === i ? String(v) : x)))} />
                    <Button text type="primary" className={`sub-del-${i}`} onClick={() => set('subDomainRows', rows.filter((_, j) => j !== i))}>删除</Button>
                  </div>
                ))}
                <Button className="sub-add" onClick={() => set('subDomainRows', [...rows, ''])} disabled={rows.length >= 10}>+ 添加从域名</Button>
              </div>
            </MFormItem>
            <MFormItem label="域名证书" required help="jpg / png，不超过 400 KB">
              <Upload className="domain-cert" listType="text" autoUpload={false} accept="image/png,image/jpeg" limit={1}
                value={arr<string>(s.domainCert).map((name) => ({ uid: name, name, state: 'done' as const }))}
                onChange={(l) => set('domainCert', (l as { name: string }[]).map((f) => f.name))}>
                <Button>上传文件</Button>
              </Upload>
            </MFormItem>
            <MFormItem label="域名证书有效期" required>
              <DatePicker2.RangePicker className="domain-cert-validity" format="YYYY-MM-DD" outputFormat="YYYY-MM-DD" value={arr(s.domainCertValidity).length ? (arr<string>(s.domainCertValidity) as [string, string]) : []}
                onChange={(v) => set('domainCertValidity', Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : [])} />
            </MFormItem>
            <MFormItem label="网站IP地址" required {...e.item('ips')} help={e.item('ips').help ?? '域名实际解析到的 IP，输入后按回车，可添加多个（支持 IPv6）'}>
              <Select className="ips" mode="tag" style={{ width: 420 }} value={arr<string>(s.ips)} dataSource={[]} hasArrow={false} placeholder="如 1.2.3.4"
                onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()).filter(Boolean); set('ips', l); const bad = ipProblem(l); e.set('ips', bad ? `${bad} 不是有效的 IP 地址` : ''); }} />
            </MFormItem>
          </div>
          <div className="panel-w">
            <h3 className="blk">网络接入服务商</h3>
            {provider('ap')}
            <MFormItem label="网络接入服务商名称" required><RemoteProvider cls="ap-name" value={str(s.apName)} onChange={pickAp} /></MFormItem>
            <MFormItem label="接入商编码" help="选择服务商后自动带出">{text('apCode', 'ap-code', { readOnly: true, placeholder: '自动带出' })}</MFormItem>
            <MFormItem label="网站接入方式" required>
              <Select className="ap-method" style={{ width: 240 }} placeholder="请选择" value={str(s.apMethod) || undefined} dataSource={ds(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v ?? ''))} />
            </MFormItem>
            <MFormItem label="接入服务商联系电话" required {...e.item('apPhone')}>{text('apPhone', 'ap-phone', { blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</MFormItem>
          </div>
          <div className="panel-w">
            <h3 className="blk">域名注册服务商</h3>
            {provider('rg')}
            <MFormItem label="域名注册服务商名称" required><RemoteProvider cls="rg-name" value={str(s.rgName)} onChange={(n) => set('rgName', n)} /></MFormItem>
            <MFormItem label="注册服务商联系电话" required {...e.item('rgPhone')}>{text('rgPhone', 'rg-phone', { blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</MFormItem>
          </div>
          <div className="panel-w">
            <h3 className="blk">网站服务信息</h3>
            <MFormItem label="是否提供互联网交互服务" required help="论坛、评论、即时通讯、网盘、直播等用户可发布信息的服务">
              {yesNo('interactive', 'interactive', ['是', '否'], { interactiveKinds: [] })}
            </MFormItem>
            {s.interactive === '是' && (
              <MFormItem label="交互服务类型" required>
                <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} dataSource={ds(INTERACTIVE_KINDS)} onChange={(v) => set('interactiveKinds', arr(v))} />
              </MFormItem>
            )}
            <MFormItem label="网站类型" required>
              <Select className="category" style={{ width: 240 }} placeholder="请选择" value={str(s.category) || undefined}
                dataSource={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', String(v ?? ''))} />
            </MFormItem>
            <MFormItem label="是否提供互联网危险物品信息发布服务" required>{yesNo('dangerous', 'dangerous')}</MFormItem>
            <MFormItem label="相关前置许可" required help="新闻、出版、教育、医疗保健等须取得前置许可">{yesNo('preLicence', 'pre-licence', ['涉及', '不涉及'])}</MFormItem>
            <MFormItem label="网站语种" required>
              <Select className="languages" mode="multiple" style={{ width: 420 }} placeholder="请选择（可多选）" value={arr<string>(s.languages)} dataSource={ds(MPS_LANGUAGES)}
                onChange={(v) => set('languages', arr(v))} />
            </MFormItem>
          </div>
        </div>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>暂存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout14-aliyun-basic-unit-fusion-instanceselect': AliyunBasicUnit,
  'heldout14-mps-site-unit-fusion-remotesearch': MpsSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
