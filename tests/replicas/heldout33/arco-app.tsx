/**
 * Gen-33 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout33-aliyun-basic-person-arco-radiocards   填写基本信息 (个人, 阿里云) as RADIO CARDS: 主办单位性质 a Radio group
 *    drawn as cards, 所属区域 a TREESELECT of the whole region tree (counties selectable), a Select of documents filtered by
 *    the nature, blur checks, 资源类型 BUTTON radios, the instance a Select listed late per resource kind; 信息校验
 *  - heldout33-mps-site-person-arco-timeline          网站基本信息 (个人, 公安) as a TIMELINE: an Arco Timeline, one item per
 *    section (网站信息 / 服务与语种 / 网络接入服务商 / 域名注册服务商), rows labelled left: a DatePicker, a RangePicker, an
 *    InputTag, a Select, 是 / 否 radios, a Checkbox group, REMOTE-search Selects answered late, a whole-tree Cascader,
 *    blur checks; 暂存 / 下一步
 */
import { Alert, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Input, InputTag, Radio, Select, Steps, Timeline, TreeSelect } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, fetchPersonResources, ICP_PERSON_CERTS, IPV4_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_JURISDICTIONS, MPS_LANGUAGES,
  pathOfCode, PHONE_RE, regionOptions, searchProviders, SITE_ICP_RE, validId, validIpv6, YES_NO, type PersonInstance, type RegionOption,
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 阿里云 填写基本信息 (个人): radio cards */

interface TreeNode { key: string; title: string; selectable: boolean; children?: TreeNode[] }
const toTree = (l: RegionOption[]): TreeNode[] => l.map((n) => ({ key: n.value, title: n.label, selectable: !n.children?.length, children: n.children?.length ? toTree(n.children) : undefined }));

const NATURE_CARDS: [string, string][] = [['个人', '以个人身份备案'], ['企业', '公司、个体工商户'], ['事业单位', '学校、医院等'], ['政府机关', '党政机关'], ['社会团体', '协会、学会等']];
const UNIT_CERTS = ['营业执照（个人或企业）', '统一社会信用代码证书', '事业单位法人证书', '社会团体法人登记证书', '组织机构代码证'];

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    regionCode: '', nature: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', serviceCode: '', checkClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => toTree(regionOptions()));
  const [list, setList] = useState<PersonInstance[] | null>(null);
  useEffect(() => {
    setList(null);
    if (s.resource !== '备案服务号') void fetchPersonResources(str(s.resource)).then(setList);
  }, [s.resource]);
  const certs = s.nature === '个人' ? ICP_PERSON_CERTS : s.nature ? UNIT_CERTS : [];
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const row = (label: string, children: ReactNode, extra?: string) => (
    <div className="fl-row"><label><span style={{ color: '#f53f3f' }}>*</span>{label}</label><div>{children}{extra ? <div className="help">{extra}</div> : null}</div></div>
  );
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span className="who">张伟</span></div>
      <div className="al-body">
        <Steps current={1} size="small" style={{ marginBottom: 16 }}>{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <Card title="验证备案类型" className="basic-card">
          <div className="sec-title">主办单位性质</div>
          <Radio.Group className="nature nat-cards" value={str(s.nature) || undefined} onChange={(v) => setMany({ nature: String(v), certType: '' })}>
            {NATURE_CARDS.map(([v, d]) => <Radio key={v} value={v}><b>{v}</b><div className="help">{d}</div></Radio>)}
          </Radio.Group>
          <div className="sec-title">主办信息</div>
          {row('主办单位所属区域', (
            <TreeSelect className="region" style={{ width: 360 }} placeholder="展开省份选择区县" treeData={tree} showSearch allowClear treeProps={{ defaultExpandedKeys: [], virtualListProps: { threshold: null } }}
              triggerProps={{ className: 'region-pop' }} value={str(s.regionCode) || undefined} onChange={(v) => set('regionCode', String(v ?? ''))} />
          ), '个人填写身份证住址所在区县')}
          {row('证件类型', (
            <Select className="cert-type" style={{ width: 360 }} triggerProps={{ className: 'cert-type-pop' }} placeholder={s.nature ? '请选择' : '请先选择主办单位性质'}
              value={str(s.certType) || undefined} options={opts(certs)} onChange={(v) => set('certType', String(v))} />
          ))}
          {row('证件号码', <div style={{ width: 360 }}>{text('certNumber', 'cert-number', { max: 18, blur: idRule(s.certType) })}</div>)}
          {row('网站域名', <div style={{ width: 360 }}>{text('domain', 'domain', { blur: domainRule })}</div>, '域名须已完成实名认证，不带 www.')}
          <div className="sec-title">备案资源</div>
          {row('资源类型', (
            <Radio.Group className="resource" type="button" value={str(s.resource)} options={ALIYUN_RESOURCE_KINDS} onChange={(v) => setMany({ resource: String(v), instance: '', serviceCode: '' })} />
          ))}
          {s.resource === '备案服务号'
            ? row('备案服务号', <div style={{ width: 360 }}>{text('serviceCode', 'service-code', { max: 32 })}</div>, '无阿里云服务器时，购买备案服务号后填写')
            : row('备案实例', (
              <Select className="instance" style={{ width: 360 }} triggerProps={{ className: 'instance-pop' }} loading={!list} placeholder={list ? (list.length ? '请选择实例' : '当前账号下无此类实例') : '实例加载中…'}
                value={str(s.instance) || undefined} options={(list ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.ip}）· ${i.id}` }))} onChange={(v) => set('instance', String(v))} />
            ), '实例须为包年包月且剩余时长不少于 3 个月')}
          <div className="actions">
            <Button type="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg('校验中：域名实名信息需与主办者一致'); }}>信息校验</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </Card>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (个人): timeline */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

/** One timeline row: its caption left of the control. */
const TL = (p: { label: string; req?: boolean; children: ReactNode }) => <div className="tl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}</div></div>;

function Provider(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  const v = str(p.s[p.k]);
  return (
    <Select className={p.cls} triggerProps={{ className: `${p.cls}-pop` }} showSearch filterOption={false} placeholder="输入关键字查询" allowClear
      options={opts(Array.from(new Set([...(v ? [v] : []), ...data])))} value={v || undefined}
      onSearch={(q) => { void searchProviders(q).then(setData); }} onChange={(x) => p.set(p.k, str(x))} />
  );
}

function MpsSitePerson() {
  const { s, set } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', certValidity: [], ips: [], category: '', interactive: '', dangerous: '', languages: [],
    apJurisdiction: '', apRegionCodes: [], apName: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '', draftClicks: 0, nextClicks: 0,
  }, ({ apRegionCodes, ...r }) => ({ ...r, apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 380 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const validity = arr<string>(s.certValidity);
  const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话格式不正确');
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟</span></div>
      <div className="mps-body">
        <Steps current={2} style={{ marginBottom: 16 }}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <Alert type="info" style={{ marginBottom: 12 }} content="网站名称须与工信部ICP备案的网站名称一致；IP 填写域名实际解析到的地址。" />
        <Timeline className="site-timeline">
          <Timeline.Item label="第一部分">
            <div className="tl-sec sec-site"><h4 style={{ margin: '0 0 6px' }}>网站信息</h4>
              <TL label="网站名称">{text('siteName', 'site-name', { max: 50 })}</TL>
              <TL label="工信部备案号">{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</TL>
              <TL label="网站开通日期"><DatePicker className="opened-at" style={{ width: 220 }} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} /></TL>
              <TL label="主域名">{text('mainDomain', 'main-domain', { blur: domainRule })}</TL>
              <TL label="域名证书有效期" req={false}>
                <DatePicker.RangePicker className="cert-validity" style={{ width: 300 }} value={validity.length === 2 ? validity : undefined} onChange={(d) => set('certValidity', arr<string>(d))} />
              </TL>
              <TL label="网站IP">
                <InputTag className="ips" style={{ width: 380 }} saveOnBlur allowClear placeholder="输入 IP 后回车" value={arr<string>(s.ips)}
                  onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()); const bad = l.find((x) => ipRule(x)); e.set('ips', bad ? ipRule(bad) : ''); set('ips', l.filter((x) => !ipRule(x))); }} />
                {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
              </TL>
            </div>
          </Timeline.Item>
          <Timeline.Item label="第二部分">
            <div className="tl-sec sec-service"><h4 style={{ margin: '0 0 6px' }}>服务与语种</h4>
              <TL label="网站类型">
                <Select className="category" style={{ width: 260 }} triggerProps={{ className: 'category-pop' }} placeholder="请选择" value={str(s.category) || undefined}
                  options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', String(v))} />
              </TL>
              <TL label="是否提供互联网交互服务"><Radio.Group className="interactive" value={str(s.interactive) || undefined} options={YES_NO} onChange={(v) => set('interactive', String(v))} /></TL>
              <TL label="是否提供涉及管制物品信息发布服务"><Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={YES_NO} onChange={(v) => set('dangerous', String(v))} /></TL>
              <TL label="网站语种"><Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} /></TL>
            </div>
          </Timeline.Item>
          <Timeline.Item label="第三部分">
            <div className="tl-sec sec-ap"><h4 style={{ margin: '0 0 6px' }}>网络接入服务商</h4>
              <TL label="所属地区管辖"><Radio.Group className="ap-jurisdiction" value={str(s.apJurisdiction) || undefined} options={MPS_JURISDICTIONS} onChange={(v) => set('apJurisdiction', String(v))} /></TL>
              <TL label="所属区域">
                <Cascader className="ap-region" style={{ width: 380 }} placeholder="省 / 市 / 区县" options={tree} value={arr<string>(s.apRegionCodes)}
                  triggerProps={{ className: 'ap-region-pop' }} onChange={(v) => set('apRegionCodes', arr<string>(v).map(String))} />
              </TL>
              <TL label="名称"><div style={{ width: 380 }}><Provider s={s} set={set} k="apName" cls="ap-name" /></div></TL>
              <TL label="网站接入方式">
                <Select className="ap-method" style={{ width: 260 }} triggerProps={{ className: 'ap-method-pop' }} placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v))} />
              </TL>
              <TL label="联系电话">{text('apPhone', 'ap-phone', { blur: phone })}</TL>
              <TL label="接入商编码">{text('apCode', 'ap-code', { max: 10, placeholder: '组织机构代码（9 位）' })}</TL>
            </div>
          </Timeline.Item>
          <Timeline.Item label="第四部分">
            <div className="tl-sec sec-rg"><h4 style={{ margin: '0 0 6px' }}>域名注册服务商</h4>
              <TL label="名称"><div style={{ width: 380 }}><Provider s={s} set={set} k="rgName" cls="rg-name" /></div></TL>
              <TL label="联系电话">{text('rgPhone', 'rg-phone', { blur: phone })}</TL>
            </div>
          </Timeline.Item>
        </Timeline>
        <div className="actions">
          <Button className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('已暂存'); }}>暂存</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout33-aliyun-basic-person-arco-radiocards': AliyunBasicPerson,
  'heldout33-mps-site-person-arco-timeline': MpsSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
