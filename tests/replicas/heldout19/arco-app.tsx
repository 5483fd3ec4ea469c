/**
 * Gen-19 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout19-aliyun-site-person-arco-cardtabs       填写网站信息 (个人): CARD-GUTTER TABS (网站信息 / 网站负责人 / 备注与说明;
 *    every pane rendered, the inactive ones hidden), LEFT labels; an INPUT TAG of domains, a home-URL Select built from
 *    them that can CREATE a value, a MULTIPLE Select with option GROUPS, a checkbox group, button radios revealing items;
 *    a 同主体负责人 SWITCH copying and locking, a RANGE picker swapped for one date by a 长期 tick, blur checks; a remark and
 *    an acknowledgement tick; 上一步 / 保存 / 下一步
 *  - heldout19-mps-site-person-arco-providertable     网站基本信息 (个人, 公安): a 网站信息 card (date picker, input tag, IP
 *    rows added and removed, range picker), a 服务信息 card (BUTTON radios of letter codes, a yes / no SELECT revealing
 *    checkboxes, radios revealing items, checkboxes, a multiple select), and the two provider blocks as ONE TABLE: a row
 *    per provider, a column per field (an AUTOCOMPLETE answered late, selects, a LAZY cascader, inputs); 上一步 / 保存草稿 / 下一步
 */
import {
  Alert, AutoComplete, Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, InputTag, Radio, Select, Steps, Switch, Table, Tabs,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE,
  MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_DANGEROUS_CODES, MPS_LANGUAGES, MPS_PRE_LICENCE_CODES, pathOfCode, personSiteNameProblem, PHONE_RE, searchProviders, validId, validIpv6,
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
      <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => (type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对';

/* ------------------------------------------------------------------ 填写网站信息 (个人), card tabs */

const CONTENT_GROUPS: { label: string; items: string[] }[] = [
  { label: '常用', items: ['其他', '博客/个人空间', '单位门户网站', '综合门户'] },
  { label: '信息服务', items: ['即时通信', '搜索引擎', '网上邮局', '网络新闻', '网络广告/信息', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', 'APP'] },
  { label: '文化娱乐', items: ['网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载'] },
];
CONTENT_GROUPS.push({ label: '商务与金融', items: ICP_CONTENT.filter((c) => !CONTENT_GROUPS.some((g) => g.items.includes(c))) });
const ZW = HELD_PRINCIPAL.个人;

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', contents: [], languages: [], preApproval: '', preItems: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
    remark: '', ack: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [tab, setTab] = useState('site');
  const locked = s.wpSame === true;
  const long = s.wpLongTerm === true;
  const validity = arr<string>(s.wpValidity);
  const domains = arr<string>(s.domains);
  const homeOptions = domains.flatMap((d) => [`www.${d}`, d]);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const copy = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: ZW.name, wpCertType: ZW.certType, wpCertNumber: ZW.certNumber, wpValidity: ZW.longTerm ? [ZW.validFrom] : [ZW.validFrom, ZW.validTo], wpLongTerm: ZW.longTerm, wpMobile: ZW.mobile, wpEmail: ZW.email }
    : { wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpMobile: '', wpEmail: '' });
  const setDomains = (v: string[]) => {
    const list = v.map((x) => String(x).trim().toLowerCase());
    const bad = list.find((x) => domainRule(x));
    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
  };
  const item = { labelCol: { span: 5 }, wrapperCol: { span: 19 } };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={3} size="small">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        </div>
        <Alert type="info" content="个人备案的网站名称不能含有企业、公司、论坛、博客等字样；网站名称应与网站首页标题一致。" style={{ marginBottom: 12 }} />
        <div className="card-w tabs-card">
          <Tabs className="site-tabs" type="card-gutter" lazyload={false} activeTab={tab} onChange={setTab}>
            <Tabs.TabPane key="site" title="网站信息">
              <Form className="f-site" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="网站名称" required>{text('siteName', 'site-name', { max: 40, blur: personSiteNameProblem })}</Form.Item>
                <Form.Item label="网站域名" required extra="输入域名后回车，可添加多个">
                  <div className="ctl">
                    <InputTag className="domains" style={{ width: 420 }} saveOnBlur allowClear placeholder="如 example.com" value={domains} onChange={(v) => setDomains(arr<string>(v))} />
                    {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
                  </div>
                </Form.Item>
                <Form.Item label="网站首页URL" required extra="不含 http://，可选择或输入">
                  <Select className="home-url" style={{ width: 320 }} allowCreate showSearch allowClear placeholder={domains.length ? '请选择或输入' : '请先填写网站域名'}
                    value={str(s.homeUrl) || undefined} options={homeOptions} onChange={(v) => set('homeUrl', String(v ?? ''))} />
                </Form.Item>
                <Form.Item label="服务类型"><span className="derived">网站应用服务</span></Form.Item>
                <Form.Item label="网站服务内容" required extra="个人网站请选择“其他”">
                  <Select className="contents" mode="multiple" style={{ width: 420 }} placeholder="请选择" value={arr<string>(s.contents)} onChange={(v) => set('contents', arr<string>(v).map(String))}>
                    {CONTENT_GROUPS.map((g) => (
                      <Select.OptGroup key={g.label} label={g.label}>
                        {g.items.map((c) => <Select.Option key={c} value={c}>{c}</Select.Option>)}
                      </Select.OptGroup>
                    ))}
                  </Select>
                </Form.Item>
                <Form.Item label="网站语言" required>
                  <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', arr<string>(v).map(String))} />
                </Form.Item>
                <Form.Item label="是否涉及前置审批" required>
                  <Radio.Group className="pre-approval" type="button" value={str(s.preApproval) || undefined} options={['是', '否']}
                    onChange={(v) => setMany({ preApproval: v, ...(v === '否' ? { preItems: [] } : {}) })} />
                </Form.Item>
                {s.preApproval === '是'
                  ? (
                    <Form.Item label="前置审批项" required>
                      <Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', arr<string>(v).map(String))} />
                    </Form.Item>
                  )
                  : null}
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="principal" title="网站负责人">
              <Form className="f-principal" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="同主体负责人">
                  <div className="row-inline"><Switch className="wp-same" checked={locked} onChange={copy} /><span className="help">开启后使用主体负责人（张伟）的信息</span></div>
                </Form.Item>
                <Form.Item label="负责人姓名" required>{text('wpName', 'wp-name', { max: 20, disabled: locked })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="wp-cert-type" style={{ width: 320 }} disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                    onChange={(v) => set('wpCertType', String(v))} />
                </Form.Item>
                <Form.Item label="证件号码" required>{text('wpCertNumber', 'wp-cert-number', { max: 18, disabled: locked, blur: idRule(s.wpCertType) })}</Form.Item>
                <Form.Item label="证件有效期" required>
                  <div className="row-inline">
                    {long
                      ? <DatePicker className="wp-valid-from" style={{ width: 200 }} disabled={locked} value={validity[0] || undefined} onChange={(d) => set('wpValidity', d ? [d] : [])} />
                      : (
                        <DatePicker.RangePicker className="wp-validity" style={{ width: 320 }} disabled={locked} value={validity.length === 2 ? validity : undefined}
                          onChange={(d) => set('wpValidity', d && d.length === 2 ? d.map(String) : [])} />
                      )}
                    <Checkbox className="wp-long-term" disabled={locked} checked={long} onChange={(v) => setMany({ wpLongTerm: v, wpValidity: v ? validity.slice(0, 1) : [] })}>长期</Checkbox>
                  </div>
                </Form.Item>
                <Form.Item label="手机号码" required>{text('wpMobile', 'wp-mobile', { max: 11, disabled: locked, blur: mobileRule })}</Form.Item>
                <Form.Item label="应急联系电话" required>
                  {text('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
                </Form.Item>
                <Form.Item label="电子邮箱" required>{text('wpEmail', 'wp-email', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Form.Item>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="remark" title="备注与说明">
              <Form className="f-remark" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="网站备注" required extra="请简要描述网站内容与用途，不少于 10 个字">
                  <div className="ctl">
                    <Input.TextArea className="remark" style={{ width: 480 }} maxLength={200} showWordLimit autoSize={{ minRows: 3 }} value={str(s.remark)}
                      onChange={(v) => { set('remark', v); e.clear('remark'); }}
                      onBlur={(ev) => {
                        const t = ev.target.value.trim();
                        if (!t) return;
                        const w = ['企业', '公司', '论坛', '博客', '社区', '平台'].find((x) => t.includes(x));
                        e.set('remark', w ? `备注不能含有“${w}”等字样` : t.length < 10 ? '网站备注不少于 10 个字' : '');
                      }} />
                    {e.get('remark') ? <div className="field-err">{e.get('remark')}</div> : null}
                  </div>
                </Form.Item>
                <Form.Item label=" ">
                  <Checkbox className="ack" checked={s.ack === true} onChange={(v) => set('ack', v)}>我已知晓：备案成功前网站不得开通访问</Checkbox>
                </Form.Item>
              </Form>
            </Tabs.TabPane>
          </Tabs>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (个人, 公安), provider table */

interface AreaOpt { value: string; label: string; isLeaf: boolean }

function useProvinces() {
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  return provinces;
}

function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  return (
    <AutoComplete className={p.cls} style={{ width: 210 }} placeholder="输入关键字查询" value={str(p.s[p.k])} data={data}
      onSearch={(q) => { void searchProviders(q, 350).then(setData); }} onChange={(v) => p.set(p.k, String(v ?? ''))} />
  );
}

function MpsSitePerson() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ipRows: [''], domainCert: [], category: '', interactive: '', interactiveKinds: [],
    dangerous: '', dangerousItems: [], preLicences: [], languages: [],
    apName: '', apJurisdiction: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '',
    rgName: '', rgJurisdiction: '', rgRegionCodes: [], rgPhone: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ ipRows, apRegionCodes, rgRegionCodes, ...r }) => ({
    ...r,
    ips: arr<string>(ipRows).map((x) => x.trim()).filter(Boolean),
    apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? ''),
    rgRegion: pathOfCode(arr<string>(rgRegionCodes).at(-1) ?? ''),
  }));
  const e = useErrs();
  const provinces = useProvinces();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const ipRows = arr<string>(s.ipRows);
  const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的 IP 地址`);
  const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');
  const region = (k: string, cls: string) => (
    <Cascader className={cls} style={{ width: 200 }} placeholder="省 / 市 / 区县" options={provinces} value={arr<string>(s[k])}
      loadMore={(path, level) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
      onChange={(v) => set(k, arr<string>(v).map(String))} />
  );
  const jurisdiction = (k: string, cls: string) => (
    <Select className={cls} style={{ width: 90 }} placeholder="请选择" value={str(s[k]) || undefined} options={opts(['境内', '境外'])} onChange={(v) => set(k, String(v))} />
  );
  const none = <span className="help">—</span>;
  interface PRow { key: 'ap' | 'rg'; role: string }
  const cellText = (k: string, cls: string, width: number, blur?: (v: string) => string, max?: number) => <Text s={s} set={set} e={e} k={k} cls={cls} width={width} blur={blur} max={max} />;
  const item = { labelCol: { span: 5 }, wrapperCol: { span: 19 } };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Steps current={2} size="small"><Steps.Step title="开办主体" /><Steps.Step title="网站基本信息" /><Steps.Step title="网站负责人" /><Steps.Step title="提示说明" /></Steps></div>
        <Alert type="warning" content="网站名称须与ICP备案名称一致；网站IP须为域名实际解析的地址（使用CDN的填写CDN节点地址）。" style={{ marginBottom: 16 }} />
        <div className="card-w sec-site">
          <h4 className="blk">网站信息</h4>
          <Form {...item} requiredSymbol={{ position: 'start' }}>
            <Form.Item label="网站名称" required>{text('siteName', 'site-name', { max: 50 })}</Form.Item>
            <Form.Item label="ICP备案号" required extra="如 浙ICP备12345678号-1">
              {text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : 'ICP备案号格式不正确') })}
            </Form.Item>
            <Form.Item label="网站开通日期" required>
              <DatePicker className="opened-at" style={{ width: 220 }} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} />
            </Form.Item>
            <Form.Item label="主域名" required>{text('mainDomain', 'main-domain', { placeholder: '如 example.com', blur: domainRule })}</Form.Item>
            <Form.Item label="从域名">
              <InputTag className="sub-domains" style={{ width: 420 }} saveOnBlur allowClear placeholder="输入后回车，可填写多个" value={arr<string>(s.subDomains)}
                validate={(v) => !domainRule(v.trim().toLowerCase())} onChange={(v) => set('subDomains', arr<string>(v).map((x) => String(x).trim().toLowerCase()))} />
            </Form.Item>
            <Form.Item label="网站IP" required extra="域名实际解析的 IPv4 / IPv6 地址">
              <div className="ip-rows">
                {ipRows.map((r, i) => (
                  <div className="row-inline ip-row" key={i} style={{ marginBottom: 6 }}>
                    <Input className={`ip-${i}`} style={{ width: 260 }} value={r} placeholder="如 203.0.113.10"
                      onChange={(v) => { set('ipRows', ipRows.map((x, j) => (j === i ? v : x))); e.clear('ips'); }}
                      onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('ips', ipRule(t)); }} />
                    {ipRows.length > 1 ? <Button className="del-ip" type="text" status="danger" onClick={() => set('ipRows', ipRows.filter((_, j) => j !== i))}>删除</Button> : null}
                  </div>
                ))}
                {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
                <Button className="add-ip" size="small" type="dashed" disabled={ipRows.length >= 5} onClick={() => set('ipRows', [...ipRows, ''])}>+ 添加IP</Button>
              </div>
            </Form.Item>
            <Form.Item label="域名证书有效期">
              <DatePicker.RangePicker className="domain-cert" style={{ width: 320 }} value={arr<string>(s.domainCert).length === 2 ? arr<string>(s.domainCert) : undefined}
                onChange={(d) => set('domainCert', d && d.length === 2 ? d.map(String) : [])} />
            </Form.Item>
          </Form>
        </div>
        <div className="card-w sec-service">
          <h4 className="blk">服务信息</h4>
          <Form {...item} requiredSymbol={{ position: 'start' }}>
            <Form.Item label="网站类型" required>
              <Radio.Group className="category" type="button" value={str(s.category) || undefined} onChange={(v) => set('category', String(v))}>
                {MPS_CATEGORIES.map(([v, l]) => <Radio key={v} value={v}>{l}</Radio>)}
              </Radio.Group>
            </Form.Item>
            <Form.Item label="是否提供互联网交互服务" required extra="论坛、评论、即时通讯、直播等用户可发布信息的服务">
              <Select className="interactive" style={{ width: 160 }} placeholder="请选择" value={str(s.interactive) || undefined} options={opts(['是', '否'])}
                onChange={(v) => setMany({ interactive: String(v), ...(v === '否' ? { interactiveKinds: [] } : {}) })} />
            </Form.Item>
            {s.interactive === '是'
              ? (
                <Form.Item label="交互服务类型" required>
                  <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v).map(String))} />
                </Form.Item>
              )
              : null}
            <Form.Item label="互联网危险物品信息发布" required>
              <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={['是', '否']} onChange={(v) => setMany({ dangerous: v, ...(v === '否' ? { dangerousItems: [] } : {}) })} />
            </Form.Item>
            {s.dangerous === '是'
              ? (
                <Form.Item label="危险物品类别" required>
                  <Checkbox.Group className="dangerous-items" value={arr<string>(s.dangerousItems)} options={MPS_DANGEROUS_CODES.map(([, l]) => l)} onChange={(v) => set('dangerousItems', arr<string>(v).map(String))} />
                </Form.Item>
              )
              : null}
            <Form.Item label="相关前置许可" extra="不涉及则不勾选">
              <Checkbox.Group className="pre-licences" value={arr<string>(s.preLicences)} options={MPS_PRE_LICENCE_CODES.map(([, l]) => l)} onChange={(v) => set('preLicences', arr<string>(v).map(String))} />
            </Form.Item>
            <Form.Item label="网站语种" required>
              <Select className="languages" mode="multiple" style={{ width: 420 }} placeholder="请选择" value={arr<string>(s.languages)} options={opts(MPS_LANGUAGES)}
                onChange={(v) => set('languages', arr<string>(v).map(String))} />
            </Form.Item>
          </Form>
        </div>
        <div className="card-w sec-providers">
          <h4 className="blk">服务商信息</h4>
          <p className="help">名称处输入关键字后选择；接入商编码为接入商统一社会信用代码的第 9–17 位（组织机构代码）。</p>
          <Table className="provider-table" rowKey="key" border borderCell pagination={false} data={[{ key: 'ap', role: '网络接入服务商' }, { key: 'rg', role: '域名注册服务商' }] as PRow[]}
            columns={[
              { title: '服务商', dataIndex: 'role', width: 120, render: (_: unknown, r: PRow) => <b className={`role-${r.key}`}>{r.role}</b> },
              { title: '名称', dataIndex: 'name', width: 230, render: (_: unknown, r: PRow) => <ProviderName s={s} set={set} k={`${r.key}Name`} cls={`${r.key}-name`} /> },
              { title: '所属地区管辖', dataIndex: 'jur', width: 110, render: (_: unknown, r: PRow) => jurisdiction(`${r.key}Jurisdiction`, `${r.key}-jurisdiction`) },
              { title: '所属区域', dataIndex: 'region', width: 220, render: (_: unknown, r: PRow) => region(`${r.key}RegionCodes`, `${r.key}-region`) },
              { title: '网站接入方式', dataIndex: 'method', width: 150, render: (_: unknown, r: PRow) => (r.key === 'ap'
                ? <Select className="ap-method" style={{ width: 130 }} placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v))} />
                : none) },
              { title: '联系电话', dataIndex: 'phone', width: 150, render: (_: unknown, r: PRow) => cellText(`${r.key}Phone`, `${r.key}-phone`, 130, phoneRule) },
              { title: '接入商编码', dataIndex: 'code', width: 140, render: (_: unknown, r: PRow) => (r.key === 'ap'
                ? cellText('apCode', 'ap-code', 120, (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'), 10)
                : none) },
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
  'heldout19-aliyun-site-person-arco-cardtabs': AliyunSitePerson,
  'heldout19-mps-site-person-arco-providertable': MpsSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
