/**
 * Gen-27 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout27-aliyun-apply-unit-arco-gridform   a unit's 接入备案 order (阿里云) as a GRID FORM: Cards whose fields sit in
 *    a THREE-COLUMN grid, labels on top: blur-checked filing numbers (missing), a USCC check, an INPUTTAG of domains feeding
 *    an AUTOCOMPLETE home URL, a TREESELECT, a CHECKBOX group, a TABLE of ECS instances with checkbox rows (one disabled), a
 *    SWITCH hiding the site principal's rows, BUTTON radios, two DatePickers, phones that must differ; a 承诺 tick; 上一步 /
 *    提交订单
 *  - heldout27-mps-apply-person-arco-drawerform   the 网站 list of the 公安 platform with the whole 新办网站申请 (个人) in a
 *    right-hand DRAWER opened on load (LEFT labels, section titles): radios, blur checks, a DatePicker, an INPUTTAG of IPs,
 *    Selects, BUTTON radios, a MULTIPLE Select, an AUTOCOMPLETE answered late, a LAZY Cascader, a searchable Select, copy
 *    ticks; a 责任告知书 tick; 暂存 / 提交申请
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Drawer, Form, Input, InputTag, Message, Radio, Select, Switch, Table, TreeSelect,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, ENTITY_ICP_RE, fetchAreas, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE,
  MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDERS, pathOfCode, PHONE_RE, searchProviders, shortIpv6, SITE_ICP_RE, UNIT_ECS, validId,
  validIpv6, validUscc, YES_NO, type AliEcs,
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number | string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: p.width ?? '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');

/** FORMS §1.9 网站服务内容 grouped for a TreeSelect (the grouping is this build's; the items are MIIT's). */
const CONTENT_GROUPS: [string, string[]][] = [
  ['门户与资讯', ['综合门户', '单位门户网站', '网络新闻', '网络广告/信息', '博客/个人空间']],
  ['电子商务与金融', ['网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网上房产', '网上求职']],
  ['文化娱乐', ['网络游戏', '网络音乐', '网络影视', '网络图片']],
  ['工具与服务', ['即时通信', '搜索引擎', '网上邮局', '网络软件/下载', '网络教育', '网站建设']],
];
const CONTENT_TREE = [
  ...CONTENT_GROUPS.map(([g, items], i) => ({ key: `g${i}`, title: g, selectable: false, children: items.map((c) => ({ key: c, title: c })) })),
  ...ICP_CONTENT.filter((c) => !CONTENT_GROUPS.some(([, l]) => l.includes(c))).map((c) => ({ key: c, title: c })),
];

/* ------------------------------------------------------------------ 阿里云 接入备案 (单位): grid form */

/** One grid cell: an Arco Form.Item, label on top (the form is vertical). */
const F = (p: { label: string; req?: boolean; wide?: boolean; extra?: ReactNode; children: ReactNode }) => (
  <Form.Item className={p.wide ? 'wide' : undefined} label={p.label} required={p.req !== false} extra={p.extra}>{p.children}</Form.Item>
);


function AliyunAccessUnit() {
  const { s, set } = useReplicaState('aliyun', 'apply', '单位', {
    entityIcp: '', siteIcp: '', unitName: '', certNumber: '', siteName: '', domains: [], homeUrl: '', content: '', languages: [], instances: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '',
    promise: false, prevClicks: 0, submitClicks: 0,
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const [hint, setHint] = useState<string[]>([]);
  const homeRule = (v: string) => (/^https?:/i.test(v) ? '首页URL无需填写 http://' : domains.some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于已填写的网站域名');
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    Message.warning(!s.entityIcp || !s.siteIcp ? '请填写原主体备案号与原网站备案号' : !s.promise ? '请先勾选承诺' : '请完善带 * 的信息');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>接入备案 · 单位</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <Alert type="info" style={{ marginBottom: 16 }} content="订单类型：接入备案。系统检测到该主体及网站已在其他接入商备案，本次将阿里云添加为网站的接入商；请填写原备案号并核对主体与网站信息。" />
        <Form layout="vertical">
          <Card className="gcard c-orig" title="原备案信息" size="small">
            <div className="grid3">
              <F label="原主体备案号">{text('entityIcp', 'entity-icp', { placeholder: '如 浙ICP备12345678号', blur: (v) => (ENTITY_ICP_RE.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号') })}</F>
              <F label="原网站备案号">{text('siteIcp', 'site-icp', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '网站备案号格式如 浙ICP备12345678号-1') })}</F>
              <F label="原接入商" req={false}><span className="ro">其他接入商（系统自动识别）</span></F>
            </div>
          </Card>
          <Card className="gcard c-unit" title="主办单位" size="small">
            <div className="grid3">
              <F label="主办单位名称">{text('unitName', 'unit-name', { max: 100 })}</F>
              <F label="统一社会信用代码">{text('certNumber', 'cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</F>
              <F label="主办单位性质" req={false}><span className="ro">企业（来自原备案）</span></F>
            </div>
          </Card>
          <Card className="gcard c-site" title="网站信息" size="small">
            <div className="grid3">
              <F label="网站名称">{text('siteName', 'site-name', { max: 50 })}</F>
              <F label="网站域名" extra="输入域名后回车，可填写多个；不带 www.">
                <div className="ctl">
                  <InputTag className="domains" saveOnBlur allowClear placeholder="如 example.cn" value={domains}
                    onChange={(v) => {
                      const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
                      const bad = list.find((x) => domainRule(x));
                      e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
                      set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
                    }} />
                  {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
                </div>
              </F>
              <F label="首页URL" extra="不带 http://">
                <div className="ctl">
                  <AutoComplete className="home-url" placeholder="如 www.example.cn" value={str(s.homeUrl)} data={hint}
                    onSearch={(q) => setHint(homeUrlSuggestions(domains).filter((x) => x.includes(q.trim())))}
                    onFocus={() => setHint(homeUrlSuggestions(domains))}
                    onChange={(v) => { set('homeUrl', String(v ?? '')); e.clear('homeUrl'); }}
                    onBlur={() => { const t = str(s.homeUrl).trim(); if (t) e.set('homeUrl', homeRule(t)); }} />
                  {e.get('homeUrl') ? <div className="field-err">{e.get('homeUrl')}</div> : null}
                </div>
              </F>
              <F label="网站服务内容">
                <TreeSelect className="content" placeholder="请选择" treeData={CONTENT_TREE} value={str(s.content) || undefined} onChange={(v) => set('content', String(v ?? ''))} />
              </F>
              <F label="网站语言" wide>
                <Checkbox.Group className="languages" options={ICP_LANGUAGES} value={arr<string>(s.languages)} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
              </F>
              <F label="接入云服务器" wide extra="勾选网站所在的 ECS 实例（剩余时长不足 3 个月的实例不可用于备案）">
                <Table className="ecs-table" rowKey="id" pagination={false} data={UNIT_ECS} border
                  rowSelection={{
                    type: 'checkbox', selectedRowKeys: arr<string>(s.instances), onChange: (keys) => set('instances', keys.map(String)),
                    checkboxProps: (r: AliEcs) => ({ disabled: !!r.short }),
                  }}
                  columns={[
                    { title: '实例ID', dataIndex: 'id' }, { title: '名称', dataIndex: 'name' }, { title: '公网IP', dataIndex: 'ip' },
                    { title: 'IPv6', dataIndex: 'ipv6', render: (v: string) => v || '—' },
                    { title: '到期时间', dataIndex: 'expires', render: (v: string, r: AliEcs) => (r.short ? <span className="msg">{v}（不足 3 个月）</span> : v) },
                  ]} />
              </F>
            </div>
          </Card>
          <Card className="gcard c-wp" title="网站负责人" size="small">
            <div className="grid3">
              <F label="网站负责人同主体负责人" req={false} extra="主体负责人：李娜；开启后沿用主体负责人信息">
                <Switch className="wp-same" checked={s.wpSame === true} checkedText="是" uncheckedText="否" onChange={(v) => set('wpSame', v)} />
              </F>
              {s.wpSame === true ? <div className="help" style={{ gridColumn: 'span 2', alignSelf: 'center' }}>网站负责人：李娜（沿用主体负责人）</div> : (
                <>
                  <F label="姓名">{text('wpName', 'wp-name', { max: 30 })}</F>
                  <F label="证件类型">
                    <Radio.Group className="wp-cert-type" type="button" value={str(s.wpCertType) || undefined} options={ICP_PERSON_CERTS.slice(0, 4)} onChange={(v) => set('wpCertType', v)} />
                  </F>
                  <F label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</F>
                  <F label="证件有效期起"><DatePicker className="wp-valid-from" style={{ width: '100%' }} value={str(s.wpValidFrom) || undefined} onChange={(d) => set('wpValidFrom', d ?? '')} /></F>
                  <F label="证件有效期止"><DatePicker className="wp-valid-to" style={{ width: '100%' }} value={str(s.wpValidTo) || undefined} onChange={(d) => set('wpValidTo', d ?? '')} /></F>
                  <F label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</F>
                  <F label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</F>
                  <F label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</F>
                </>
              )}
            </div>
          </Card>
        </Form>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所填备案信息真实、准确、完整</Checkbox>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={submit}>提交订单</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 新办网站申请 (个人): drawer form */

interface AreaOpt { value: string; label: string; isLeaf: boolean }
const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

/** A provider name: an AutoComplete over the platform's provider list (answered after a delay). */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  return (
    <AutoComplete className={p.cls} placeholder="输入关键字查询服务商" value={str(p.s[p.k])} data={data}
      onSearch={(q) => { void searchProviders(q).then(setData); }} onChange={(v) => p.set(p.k, String(v ?? ''))} />
  );
}

function MpsApplyPerson() {
  const { s, set } = useReplicaState('mps', 'apply', '个人', {
    genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: '', dangerous: '', languages: [],
    apName: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '', secSame: false, emgSame: false,
    notice: false, draftClicks: 0, submitClicks: 0,
  }, ({ apRegionCodes, ...r }) => ({ ...r, apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [open, setOpen] = useState(true);
  const [msg, setMsg] = useState('');
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const item = { labelCol: { span: 7 }, wrapperCol: { span: 17 } };
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '已提交');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 网站</div>
        <div className="card-w">
          <div className="row-inline" style={{ justifyContent: 'space-between', marginBottom: 12 }}>
            <b>我的网站</b><Button type="primary" className="open-apply" onClick={() => setOpen(true)}>新办网站申请</Button>
          </div>
          <Table rowKey="id" pagination={false} data={[]} noDataElement="暂无已备案网站" columns={[{ title: '网站名称', dataIndex: 'name' }, { title: '备案号', dataIndex: 'no' }, { title: '状态', dataIndex: 'st' }]} />
        </div>
      </div>
      <Drawer className="apply-drawer" width={720} title="新办网站申请" visible={open} maskClosable={false} focusLock={false} autoFocus={false} footer={null} onCancel={() => setOpen(false)}>
        <div className="help">开办主体：个人 · 张伟（居民身份证 3301**********1236）。网站开通之日起 30 日内须完成联网备案。</div>
        <Form className="f-apply" {...item}>
          <div className="sec-title">开办主体</div>
          <Form.Item label="是否利用生成式人工智能" required>
            <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={YES_NO} onChange={(v) => set('genAI', v)} />
          </Form.Item>
          <div className="sec-title">网站基本信息</div>
          <Form.Item label="网站名称" required>{text('siteName', 'site-name', { max: 50 })}</Form.Item>
          <Form.Item label="工信部备案号" required>{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</Form.Item>
          <Form.Item label="网站开通日期" required>
            <DatePicker className="opened-at" style={{ width: 220 }} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} />
          </Form.Item>
          <Form.Item label="主域名" required>{text('mainDomain', 'main-domain', { placeholder: '不带 www.', blur: domainRule })}</Form.Item>
          <Form.Item label="网站IP" required extra="域名实际解析的地址，输入后回车">
            <div className="ctl">
              <InputTag className="ips" saveOnBlur allowClear placeholder="如 203.0.113.10" value={arr<string>(s.ips)}
                onChange={(v) => {
                  const list = arr<string>(v).map((x) => String(x).trim()).filter(Boolean);
                  const bad = list.find((x) => ipRule(x));
                  e.set('ips', bad ? ipRule(bad) : '');
                  set('ips', list.filter((x) => !ipRule(x)).map((x) => (validIpv6(x) ? shortIpv6(x) : x)).filter((x, i, l) => l.indexOf(x) === i));
                }} />
              {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
            </div>
          </Form.Item>
          <Form.Item label="网站类型" required>
            <Select className="category" placeholder="请选择" value={str(s.category) || undefined} options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', String(v))} />
          </Form.Item>
          <Form.Item label="是否提供互联网交互服务" required>
            <Radio.Group className="interactive" type="button" value={str(s.interactive) || undefined} options={YES_NO} onChange={(v) => set('interactive', v)} />
          </Form.Item>
          <Form.Item label="互联网危险物品信息发布" required>
            <Select className="dangerous" style={{ width: 160 }} placeholder="请选择" value={str(s.dangerous) || undefined} options={opts(YES_NO)} onChange={(v) => set('dangerous', String(v))} />
          </Form.Item>
          <Form.Item label="网站语种" required>
            <Select className="languages" mode="multiple" placeholder="请选择" value={arr<string>(s.languages)} options={opts(MPS_LANGUAGES)} onChange={(v) => set('languages', MPS_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
          </Form.Item>
          <div className="sec-title">网络接入服务商</div>
          <Form.Item label="名称" required><ProviderName s={s} set={set} k="apName" cls="ap-name" /></Form.Item>
          <Form.Item label="所属区域" required>
            <Cascader className="ap-region" placeholder="省 / 市 / 区县" options={provinces} value={arr<string>(s.apRegionCodes)}
              loadMore={(path, level) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
              onChange={(v) => set('apRegionCodes', arr<string>(v).map(String))} />
          </Form.Item>
          <Form.Item label="网站接入方式" required>
            <Select className="ap-method" placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v))} />
          </Form.Item>
          <Form.Item label="联系电话" required>{text('apPhone', 'ap-phone', { blur: phoneRule })}</Form.Item>
          <Form.Item label="接入商编码" required extra="统一社会信用代码第 9–17 位">{text('apCode', 'ap-code', { max: 10, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}</Form.Item>
          <div className="sec-title">域名注册服务商</div>
          <Form.Item label="名称" required>
            <Select className="rg-name" showSearch placeholder="请选择" value={str(s.rgName) || undefined} options={opts(MPS_PROVIDERS)} onChange={(v) => set('rgName', String(v))} />
          </Form.Item>
          <Form.Item label="联系电话" required>{text('rgPhone', 'rg-phone', { blur: phoneRule })}</Form.Item>
          <div className="sec-title">网站负责人</div>
          <Form.Item label="网站安全负责人">
            <Checkbox className="sec-same" checked={s.secSame === true} onChange={(v) => set('secSame', v)}>同开办主体负责人</Checkbox>
            {s.secSame === true ? <div className="same-sum sec-summary">网站安全负责人：张伟（居民身份证 3301**********1236，138****8000）</div> : null}
          </Form.Item>
          <Form.Item label="网站应急联络人">
            <Checkbox className="emg-same" checked={s.emgSame === true} onChange={(v) => set('emgSame', v)}>同开办主体负责人</Checkbox>
            {s.emgSame === true ? <div className="same-sum emg-summary">网站应急联络人：张伟（138****8000）</div> : null}
          </Form.Item>
        </Form>
        <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', v)}>本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        <div className="actions">
          <Button onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('已暂存'); }}>暂存</Button>
          <Button type="primary" onClick={submit}>提交申请</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </Drawer>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout27-aliyun-apply-unit-arco-gridform': AliyunAccessUnit,
  'heldout27-mps-apply-person-arco-drawerform': MpsApplyPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
