/**
 * Gen-11 held-out builds on React 18 + Tea 2.8 (tea-component; written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout11-aliyun-basic-unit-tea-verifytype  验证备案类型 (单位): the 主办者 role prefix, a 备案对象 segment preset 网站
 *    (App swaps the domain for App fields), a GROUPED searchable select for 主办者性质, 证件类型 as a vertical radio list
 *    revealed (and filtered) by 性质, a lazy MENU cascader, an AUTO-SELECTED instance shown read-only with 更换
 *  - heldout11-mps-site-person-tea-lookup        网站基本信息 (个人): ICP number revealed by a preset 有 radio, a tag select
 *    for 从域名, IPs in one input separated by semicolons, two date pickers for the domain certificate, providers side by
 *    side with a 查询 button opening a modal table, 接入方式 as radios, a two-level category cascader
 */
import {
  Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, Modal, Radio, Segment, Select, Stepper, Table, TagSelect,
} from 'tea-component';
import type { CascaderMenuOption } from 'tea-component/es/cascader/CascaderProps';
import moment, { type Moment } from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, IPV4_RE, lines, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, MPS_PROVIDER_ROWS, NATURES,
  personSiteNameProblem, PHONE_RE, regionOptions, validId, validUscc, INTERACTIVE_KINDS, type ProviderRow,
} from './common';
import { arr, clicks, str, useReplicaState, type S } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, text: value }));
const day = (m: Moment | null | undefined) => (m && m.isValid() ? m.format('YYYY-MM-DD') : '');
const mom = (s: unknown) => (typeof s === 'string' && s ? moment(s, 'YYYY-MM-DD') : undefined);

/** Blur messages per key, shown by Tea's Form.Item status / message. */
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { status: 'error' as const, message: errs[k] } : {}),
  };
}

/* ------------------------------------------------------------------ 1. aliyun 验证备案类型 (单位) */

/** A menu cascader's data with `children` set at the option reached by `path`. */
function withChildren(data: CascaderMenuOption[], path: string[], children: CascaderMenuOption[]): CascaderMenuOption[] {
  return data.map((o) => (o.value !== path[0] ? o : path.length === 1 ? { ...o, children } : { ...o, children: withChildren(o.children ?? [], path.slice(1), children) }));
}
/** The labels along `path` in a menu cascader's data. */
function labelsAlong(data: CascaderMenuOption[], path: string[]): string[] {
  const out: string[] = [];
  let level = data;
  for (const v of path) {
    const o = level.find((x) => x.value === v);
    if (!o) break;
    out.push(String(o.label));
    level = o.children ?? [];
  }
  return out;
}

const UNIT_NATURES = NATURES.filter((n) => n !== '个人');
const INSTANCE = 'i-bp1f2x9k3m7qv0（华东1 杭州，包年包月，剩余 11 个月）';

function AliyunBasic() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    serviceKind: '网站', domain: '', appName: '', nature: '', certType: '', certNumber: '', region: [], resourceType: '云服务器ECS', serviceCode: '',
    confirmed: false, changeClicks: 0, backClicks: 0, verifyClicks: 0,
  });
  const e = useErrs();
  const [data, setData] = useState<CascaderMenuOption[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setData(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const nature = str(s.nature);
  const certs = nature ? ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] : [];
  const isApp = s.serviceKind === 'App';
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>备案控制台</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">首页</a><a href="#" className="on">开始备案</a><a href="#">备案订单</a><a href="#">已备案信息</a><a href="#">备案服务号</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 980 }}>
        <h2 className="page-title">验证备案类型</h2>
        <Card><Card.Body>
          <Stepper current="type" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主办者信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '资料上传及真实性核验' }, { id: 'submit', label: '提交初审' },
          ]} />
        </Card.Body></Card>
        <Alert type="info">系统将根据您填写的主办者和域名信息自动判断备案类型（首次备案、接入备案、新增网站等）。域名须完成实名认证，新实名的域名约 3 个工作日后同步至管局。</Alert>
        <Card><Card.Body title="备案信息">
          <Form layout="fixed" style={{ width: '100%' }}>
            <Form.Item label="备案对象" required extra="网站备案与 App 备案分开提交">
              <Segment className="service-kind" value={str(s.serviceKind)} options={opts(['网站', 'App'])} onChange={(v) => setMany({ serviceKind: v, domain: '', appName: '' })} />
            </Form.Item>
            {isApp ? (
              <Form.Item label="App名称" required><Input size="l" value={str(s.appName)} placeholder="与应用商店中的名称一致" onChange={(v) => set('appName', v)} /></Form.Item>
            ) : (
              <Form.Item label="网站域名" required {...e.item('domain')} extra="填写一个不带 www. 的主域名即可，同一网站的其他域名在“填写网站信息”中添加">
                <Input size="l" className="domain" value={str(s.domain)} placeholder="如 example.com" onChange={(v) => { set('domain', v); e.clear('domain'); }}
                  onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); e.set('domain', !v || DOMAIN_RE.test(v) ? '' : '请填写一个主域名，不含 www.、http:// 和空格'); }} />
              </Form.Item>
            )}
            <Form.Item label="主办者性质" required>
              <Select className="nature" appearance="button" size="l" searchable matchButtonWidth value={nature} placeholder="请选择主办者性质"
                groups={{ unit: '单位', person: '个人' }}
                options={[...UNIT_NATURES.map((n) => ({ value: n, text: n, groupKey: 'unit' })), { value: '个人', text: '个人', groupKey: 'person' }]}
                onChange={(v) => setMany({ nature: v, certType: '' })} />
            </Form.Item>
            {nature && (
              <Form.Item label="主办者证件类型" required extra="证件类型随主办者性质变化">
                <Radio.Group className="cert-type" layout="column" value={str(s.certType)} onChange={(v) => set('certType', v)}>
                  {certs.map((c) => <Radio key={c} name={c}>{c}</Radio>)}
                </Radio.Group>
              </Form.Item>
            )}
            <Form.Item label="主办者证件号码" required {...e.item('certNumber')}>
              <Input size="l" className="cert-number" value={str(s.certNumber)} maxLength={18} placeholder="单位填写 18 位统一社会信用代码"
                onChange={(v) => { set('certNumber', v.toUpperCase().replace(/\s/g, '')); e.clear('certNumber'); }}
                onBlur={(ev: React.FocusEvent<HTMLInputElement>) => {
                  const v = ev.target.value.trim().toUpperCase();
                  if (!v) return;
                  if (s.certType === '居民身份证') e.set('certNumber', validId(v) ? '' : '身份证号码校验未通过');
                  else if (/营业执照|统一社会信用代码/.test(str(s.certType))) e.set('certNumber', validUscc(v) ? '' : '统一社会信用代码校验未通过');
                }} />
            </Form.Item>
            <Form.Item label="主办者所属区域" required extra="按证件住所所在地选择，须选到区县">
              <Cascader
                className="region"
                type="menu"
                clearable
                placeholder="请选择省 / 市 / 区县"
                data={data}
                value={codes}
                onLoad={(path) => fetchAreas(path[path.length - 1] ?? '').then((l) => setData((d) => withChildren(d, path, l.map((a) => ({ value: a.code, label: a.name, isLeaf: path.length >= 2 || a.leaf })))))}
                onChange={(v) => { setCodes(v); set('region', labelsAlong(data, v)); }}
              />
            </Form.Item>
            <Form.Item label="备案资源" required>
              <Radio.Group className="resource-type" value={str(s.resourceType)} onChange={(v) => setMany({ resourceType: v, serviceCode: '' })}>
                {['云服务器ECS', '轻量应用服务器', '备案服务号'].map((r) => <Radio key={r} name={r}>{r}</Radio>)}
              </Radio.Group>
            </Form.Item>
            {s.resourceType === '备案服务号' ? (
              <Form.Item label="备案服务号" required><Input size="l" value={str(s.serviceCode)} placeholder="请输入备案服务号" onChange={(v) => set('serviceCode', v)} /></Form.Item>
            ) : (
              <Form.Item label="备案实例" extra="系统已自动选择当前账号下符合条件的实例">
                <div className="row-inline"><Form.Text className="instance">{s.resourceType === '云服务器ECS' ? INSTANCE : '当前账号下没有轻量应用服务器'}</Form.Text>
                  <Button type="link" onClick={clicks(s, set, 'changeClicks')}>更换</Button></div>
              </Form.Item>
            )}
          </Form>
        </Card.Body></Card>
        <div style={{ margin: '4px 0 0' }}>
          <Checkbox value={s.confirmed === true} onChange={(v) => set('confirmed', v)}>本人承诺以上信息真实有效，并已阅读《ICP代备案服务协议》</Checkbox>
        </div>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'backClicks')}>返回</Button>
          <Button type="primary" onClick={clicks(s, set, 'verifyClicks')}>验证备案类型</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 网站基本信息 (个人) */

const CATEGORY_DATA: CascaderMenuOption[] = MPS_CATEGORY_TREE.map((c) => (c.children ? { value: c.value, label: c.label, children: c.children.map((x) => ({ ...x, isLeaf: true })) } : { value: c.value, label: c.label, isLeaf: true }));
const REGION_DATA = (): CascaderMenuOption[] => regionOptions().map(function conv(o): CascaderMenuOption {
  return o.children ? { value: o.value, label: o.label, children: o.children.map(conv) } : { value: o.value, label: o.label, isLeaf: true };
});

/** One provider block (access or registrar): jurisdiction segment, whole-tree cascader, name with 查询 modal, phone. */
function Provider(p: { s: S; setMany: (patch: S) => void; pre: 'ap' | 'rg'; title: string; regions: CascaderMenuOption[]; children?: ReactNode }) {
  const { s, setMany, pre } = p;
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [phoneErr, setPhoneErr] = useState('');
  const rows = MPS_PROVIDER_ROWS.filter((r) => !q.trim() || r.name.includes(q.trim()));
  const k = (x: string) => `${pre}${x}`;
  return (
    <div className={`tc-card prov prov-${pre}`}>
      <h3>{p.title}</h3>
      <Form layout="vertical">
        <Form.Item label="所属地区管辖" required>
          <Segment className={`${pre}-jurisdiction`} value={str(s[k('Jurisdiction')])} options={opts(['境内', '境外'])} onChange={(v) => setMany({ [k('Jurisdiction')]: v })} />
        </Form.Item>
        <Form.Item label="所属区域" required>
          <Cascader className={`${pre}-region`} type="menu" searchable clearable placeholder="请选择省 / 市 / 区县" data={p.regions} value={codes}
            onChange={(v) => { setCodes(v); setMany({ [k('Region')]: labelsAlong(p.regions, v) }); }} />
        </Form.Item>
        <Form.Item label="名称" required extra="可点击“查询”按名称关键字检索">
          <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
            <Input className={`${pre}-name`} size="l" value={str(s[k('Name')])} placeholder="服务商全称" onChange={(v) => setMany({ [k('Name')]: v })} />
            <Button className={`${pre}-lookup`} onClick={() => { setQ(str(s[k('Name')])); setOpen(true); }}>查询</Button>
          </div>
        </Form.Item>
        {p.children}
        <Form.Item label="联系电话" required {...(phoneErr ? { status: 'error' as const, message: phoneErr } : {})}>
          <Input className={`${pre}-phone`} size="l" value={str(s[k('Phone')])} placeholder="固定电话或服务热线" onChange={(v) => { setMany({ [k('Phone')]: v }); setPhoneErr(''); }}
            onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); setPhoneErr(!v || PHONE_RE.test(v) ? '' : '电话号码格式不正确'); }} />
        </Form.Item>
      </Form>
      <Modal visible={open} caption={`查询${p.title}`} onClose={() => setOpen(false)} size="l">
        <Modal.Body>
          <div className="row-inline" style={{ marginBottom: 10 }}>
            <Input className="lookup-q" value={q} placeholder="输入名称关键字" onChange={setQ} /><span className="help">共 {rows.length} 条</span>
          </div>
          <Table className="lookup-table" recordKey="name" records={rows} columns={[
            { key: 'name', header: '服务商名称' },
            { key: 'region', header: '所属区域' },
            { key: 'op', header: '操作', width: 80, render: (r: ProviderRow) => <Button type="link" onClick={() => { setMany({ [k('Name')]: r.name }); setOpen(false); }}>选择</Button> },
          ]} />
        </Modal.Body>
        <Modal.Footer><Button onClick={() => setOpen(false)}>关闭</Button></Modal.Footer>
      </Modal>
    </div>
  );
}

function MpsSite() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '个人', {
    siteName: '', hasIcp: '有', icpNumber: '', openedAt: '', mainDomain: '', otherDomains: [], ipText: '', certFrom: '', certTo: '',
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apCode: '', apPhone: '', rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], category: '', dangerous: '', preLicence: '', languages: [], prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ ipText, ...rest }) => ({ ...rest, ips: lines(ipText) }));
  const e = useErrs();
  const [regions] = useState(REGION_DATA);
  const [catCodes, setCatCodes] = useState<string[]>([]);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number; cls?: string } = {}) => (
    <Input size="l" className={o.cls} value={str(s[k])} placeholder={placeholder} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>互联网站安全管理服务平台 · 新办网站申请</span><span style={{ marginLeft: 'auto' }}>张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="tc-card"><Stepper current="site" steps={[
          { id: 'subject', label: '开办主体' }, { id: 'site', label: '网站基本信息' }, { id: 'owner', label: '网站负责人' }, { id: 'notice', label: '提示说明' },
        ]} /></div>
        <Alert type="warning">网站名称须与工信部 ICP 备案的网站名称完全一致；网站 IP 填写域名当前实际解析到的地址。</Alert>
        <div className="tc-card"><h3>网站信息</h3>
          <Form layout="vertical"><div className="tc-grid">
            <Form.Item label="网站名称" required {...e.item('siteName')}>{text('siteName', '与 ICP 备案一致', { blur: personSiteNameProblem, cls: 'site-name' })}</Form.Item>
            <Form.Item label="网站开通日期" required extra="自开通之日起 30 日内办理">
              <DatePicker className="opened-at" value={mom(s.openedAt)} onChange={(m) => set('openedAt', day(m))} />
            </Form.Item>
            <Form.Item label="是否有工信部备案号" required>
              <Radio.Group className="has-icp" value={str(s.hasIcp)} onChange={(v) => setMany(v === '无' ? { hasIcp: v, icpNumber: '' } : { hasIcp: v })}>
                <Radio name="有">有</Radio><Radio name="无">无</Radio>
              </Radio.Group>
            </Form.Item>
            {s.hasIcp === '有' ? (
              <Form.Item label="工信部备案号" required {...e.item('icpNumber')}>
                {text('icpNumber', '如 浙ICP备12345678号-1', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式不正确'), cls: 'icp-number' })}
              </Form.Item>
            ) : <div className="help" style={{ paddingTop: 28 }}>未取得工信部备案号的网站不能办理联网备案。</div>}
            <Form.Item label="主域名" required {...e.item('mainDomain')}>
              {text('mainDomain', '一级域名，如 example.com', { blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不含 www. 的一级域名'), cls: 'main-domain' })}
            </Form.Item>
            <Form.Item label="从域名" extra="同一网站的其他域名，输入后回车；没有可不填">
              <TagSelect className="other-domains" value={arr(s.otherDomains)} placeholder="输入域名后回车" options={[]} onChange={(v) => set('otherDomains', v)} />
            </Form.Item>
            <Form.Item label="网站IP" required {...e.item('ipText')} extra="多个 IP 以英文分号 ; 分隔">
              {text('ipText', '如 1.2.3.4;5.6.7.8', { blur: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x)); return bad ? `${bad}：IP 地址格式不正确` : ''; }, cls: 'ips' })}
            </Form.Item>
            <Form.Item label="域名证书有效期" extra="以域名证书上的注册日期和到期日期为准">
              <div className="row-inline">
                <DatePicker className="cert-from" placeholder="开始日期" value={mom(s.certFrom)} onChange={(m) => set('certFrom', day(m))} />
                <span>至</span>
                <DatePicker className="cert-to" placeholder="结束日期" value={mom(s.certTo)} onChange={(m) => set('certTo', day(m))} />
              </div>
            </Form.Item>
          </div></Form>
        </div>
        <div className="prov-pair">
          <Provider s={s} setMany={setMany} pre="ap" title="网络接入服务商" regions={regions}>
            <Form.Item label="网站接入方式" required>
              <Radio.Group className="ap-method" value={str(s.apMethod)} onChange={(v) => set('apMethod', v)}>
                {MPS_ACCESS_METHODS.map((m) => <Radio key={m} name={m}>{m}</Radio>)}
              </Radio.Group>
            </Form.Item>
            <Form.Item label="接入商编码" required {...e.item('apCode')} extra="接入商统一社会信用代码第 9–17 位">
              {text('apCode', '9 位编码', { blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位'), cls: 'ap-code' })}
            </Form.Item>
          </Provider>
          <Provider s={s} setMany={setMany} pre="rg" title="域名注册服务商" regions={regions} />
        </div>
        <div className="tc-card"><h3>服务与内容</h3>
          <Form layout="vertical"><div className="tc-grid">
            <Form.Item label="是否提供互联网交互服务" required extra="用户可发布文字、图片、音视频的（论坛、评论、即时通讯、网盘等）选“是”">
              <Select className="interactive" appearance="button" size="m" value={str(s.interactive)} placeholder="请选择" options={opts(['是', '否'])}
                onChange={(v) => setMany(v === '是' ? { interactive: v } : { interactive: v, interactiveKinds: [] })} />
            </Form.Item>
            {s.interactive === '是' ? (
              <Form.Item label="交互服务类型" required>
                <TagSelect className="interactive-kinds" value={arr(s.interactiveKinds)} options={opts(INTERACTIVE_KINDS)} placeholder="可选择或输入" onChange={(v) => set('interactiveKinds', v)} />
              </Form.Item>
            ) : <div />}
            <Form.Item label="网站类型" required>
              <Cascader className="category" type="menu" placeholder="请选择网站类型" data={CATEGORY_DATA} value={catCodes}
                onChange={(v) => { setCatCodes(v); set('category', v[v.length - 1] ?? ''); }} />
            </Form.Item>
            <Form.Item label="是否提供涉及管制物品信息发布服务" required>
              <Radio.Group className="dangerous" value={str(s.dangerous)} onChange={(v) => set('dangerous', v)}><Radio name="是">是</Radio><Radio name="否">否</Radio></Radio.Group>
            </Form.Item>
            <Form.Item label="相关前置许可" required>
              <Radio.Group className="pre-licence" value={str(s.preLicence)} onChange={(v) => set('preLicence', v)}><Radio name="不涉及">不涉及</Radio><Radio name="涉及">涉及</Radio></Radio.Group>
            </Form.Item>
            <div />
            <div className="tc-full">
              <Form.Item label="网站语种" required>
                <Checkbox.Group className="languages" value={arr(s.languages)} onChange={(v) => set('languages', v)}>{MPS_LANGUAGES.map((l) => <Checkbox key={l} name={l}>{l}</Checkbox>)}</Checkbox.Group>
              </Form.Item>
            </div>
          </div></Form>
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

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout11-aliyun-basic-unit-tea-verifytype': () => <AliyunBasic />,
  'heldout11-mps-site-person-tea-lookup': () => <MpsSite />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
