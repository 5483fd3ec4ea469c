/**
 * Gen-24 held-out builds on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout24-mps-site-person-tdesign-splitgrid      网站基本信息 (个人, 公安): a SPLIT GRID, the site and service card on the
 *    left, one card per provider stacked on the right; blur checks, a DatePicker, a TAGINPUT of IPs, a letter Select, radios
 *    revealing checkboxes, a SWITCH, a checkbox group, REMOTE-SEARCH Selects answered late, a whole-tree Cascader, a Select;
 *    上一步 / 保存 / 下一步
 *  - heldout24-tencent-basic-unit-tdesign-servertable 验证备案类型 (单位, 腾讯云): a LAZY Cascader, nature BUTTON radios (其他
 *    opens a Select) steering a certificate Select, blur checks, resource radios swapping a TABLE of CVM instances with
 *    SINGLE row selection for an authorisation-code input; the agreement tick; 验证
 */
import {
  Button, Cascader, Checkbox, DatePicker, Form, Input, Radio, Select, Steps, Switch, Table, TagInput,
} from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, INTERACTIVE_KINDS, IPV4_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDER_ROWS, NATURES,
  pathOfCode, PHONE_RE, regionOptions, shortIpv6, TENCENT_CVMS, validIpv6, validUscc, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A form item; every control sits in a plain <div> so TDesign's FormItem does not take it over as a field of its own. */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number | string }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/**
 * A date picker that takes a typed date (Enter confirms) as well as a click in its panel: TDesign 1.18's single picker
 * drops typed characters from its input, so this page keeps the draft itself and hands it back as the input's value.
 */
function Date1(p: { value: string; onChange: (v: string) => void; cls: string; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable placeholder={p.placeholder ?? '请选择日期'} value={p.value} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? p.value }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.onChange(typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (个人, 公安), split grid */

/** The platform's provider search: names containing the keyword, after a delay. */
const searchRows = (q: string) => new Promise<string[]>((res) => setTimeout(() => res(q.trim() ? MPS_PROVIDER_ROWS.map((r) => r.name).filter((n) => n.includes(q.trim())) : []), 400));

function ProviderSelect(p: { value: string; onChange: (v: string) => void; cls: string }) {
  const [list, setList] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  return (
    <Select className={p.cls} filterable clearable placeholder="输入名称关键字搜索" loading={loading} value={p.value || undefined}
      options={opts(p.value && !list.includes(p.value) ? [p.value, ...list] : list)} popupProps={{ overlayClassName: `${p.cls}-pop` }}
      onSearch={(q) => { setLoading(true); void searchRows(String(q)).then((l) => { setList(l); setLoading(false); }); }}
      onChange={(v) => p.onChange(String(v ?? ''))} />
  );
}

function MpsSitePerson() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: '', interactiveKinds: [], dangerous: false, languages: [],
    apName: '', apRegionCodes: [], apMethod: '', apPhone: '', rgName: '', rgPhone: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ apRegionCodes, ...r }) => ({ ...r, apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const regions = regionOptions();
  const setIps = (v: unknown) => {
    const l = arr<string>(v).map((x) => String(x).trim()).filter(Boolean);
    const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x));
    if (bad) e.set('ips', `${bad} 不是有效的IP地址`); else e.clear('ips');
    set('ips', l.filter((x) => x !== bad).map((x) => (x.includes(':') ? shortIpv6(x) : x)));
  };
  const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['siteName', 'icpNumber', 'openedAt', 'mainDomain', 'category', 'interactive', 'apName', 'apMethod', 'rgName'];
    setMsg(need.every((k) => str(s[k])) && arr(s.ips).length ? '已保存' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Steps current={1} readonly>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps></div>
        <div className="split">
          <div className="card-w c-site">
            <h3>网站与服务</h3>
            <Form labelAlign="left" labelWidth={170}>
              <Item label="网站名称" req e={e} k="siteName" tips="须与工信部ICP备案的网站名称一致">{text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称不少于 3 个汉字') })}</Item>
              <Item label="工信部备案号" req e={e} k="icpNumber">{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确') })}</Item>
              <Item label="网站开通日期" req tips="开通之日起 30 日内办理联网备案"><Date1 cls="opened-at" value={str(s.openedAt)} onChange={(v) => set('openedAt', v)} /></Item>
              <Item label="主域名" req e={e} k="mainDomain">{text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名') })}</Item>
              <Item label="网站IP" req e={e} k="ips" tips="输入后回车，可填写多个">
                <TagInput className="ips" clearable placeholder="如 1.2.3.4" value={arr<string>(s.ips)} onChange={setIps} />
              </Item>
              <Item label="网站类型" req>
                <Select className="category" placeholder="请选择" value={str(s.category) || undefined} options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))}
                  popupProps={{ overlayClassName: 'category-pop' }} onChange={(v) => set('category', String(v))} />
              </Item>
              <Item label="是否提供互联网交互服务" req>
                <div>
                  <Radio.Group className="interactive" value={str(s.interactive) || undefined} onChange={(v) => setMany({ interactive: String(v), interactiveKinds: [] })}>
                    <Radio value="是">是</Radio><Radio value="否">否</Radio>
                  </Radio.Group>
                  {s.interactive === '是' ? (
                    <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v))} />
                  ) : null}
                </div>
              </Item>
              <Item label="互联网危险物品信息发布" req tips="是否提供涉及管制物品信息发布服务">
                <Switch className="dangerous" value={s.dangerous === true} label={['是', '否']} onChange={(v) => set('dangerous', !!v)} />
              </Item>
              <Item label="网站语种" req>
                <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
              </Item>
            </Form>
          </div>
          <div>
            <div className="prov-card c-ap">
              <h3>网络接入服务商</h3>
              <Form labelAlign="top">
                <Item label="名称" req><ProviderSelect cls="ap-name" value={str(s.apName)} onChange={(v) => set('apName', v)} /></Item>
                <Item label="所属区域" req>
                  <Cascader className="ap-region" filterable clearable placeholder="省 / 市 / 区县" options={regions} value={arr<string>(s.apRegionCodes).at(-1) ?? ''}
                    popupProps={{ overlayClassName: 'ap-region-pop' }}
                    onChange={(v) => { const c = typeof v === 'string' ? v : ''; const p = pathOfCode(c); set('apRegionCodes', c && p.length === 3 ? [c.slice(0, 2), c.slice(0, 4), c] : []); }} />
                </Item>
                <Item label="网站接入方式" req>
                  <Select className="ap-method" placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} popupProps={{ overlayClassName: 'ap-method-pop' }}
                    onChange={(v) => set('apMethod', String(v))} />
                </Item>
                <Item label="联系电话" e={e} k="apPhone">{text('apPhone', 'ap-phone', { blur: phone })}</Item>
              </Form>
            </div>
            <div className="prov-card c-rg">
              <h3>域名注册服务商</h3>
              <Form labelAlign="top">
                <Item label="名称" req><ProviderSelect cls="rg-name" value={str(s.rgName)} onChange={(v) => set('rgName', v)} /></Item>
                <Item label="联系电话" e={e} k="rgPhone">{text('rgPhone', 'rg-phone', { blur: phone })}</Item>
              </Form>
            </div>
          </div>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={save}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 验证备案类型 (单位, 腾讯云), server table */

interface LazyOption { value: string; label: string; children?: LazyOption[] | boolean }
const lazyNode = (a: Area): LazyOption => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });
const COMMON_NATURES = ['企业', '个人', '事业单位', '政府机关', '社会团体'];

function TencentBasicUnit() {
  const { s, set, setMany } = useReplicaState('tencent', 'basic', '单位', {
    regionCode: '', nature: '', certType: '', certNumber: '', unitName: '', domain: '', resource: '云服务器', server: '', authCode: '', agree: false, verifyClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [roots, setRoots] = useState<LazyOption[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map(lazyNode))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width={360} {...o} />;
  const nature = str(s.nature);
  const other = !!nature && !COMMON_NATURES.includes(nature);
  const certs = ICP_CERTS_BY_NATURE[nature] ?? (nature ? ['统一社会信用代码证书', '组织机构代码证'] : []);
  const setNature = (v: string) => setMany({ nature: v, certType: '' });
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    setMsg(!s.agree ? '请阅读并同意服务协议' : s.resource === '云服务器' && !s.server ? '请选择备案云服务器' : '校验中…');
  };
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="tc-side" aria-label="网站备案"><div className="grp">网站备案</div><a>概览</a><a className="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案 · 验证备案类型</h2>
        <div className="card-w"><Steps current={0} readonly>{['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps></div>
        <div className="tc-card">
          <Form labelAlign="left" labelWidth={130}>
            <Item label="备案地域" req tips="主办单位所在的省、市、区县，须与证件住所一致">
              <Cascader className="region" style={{ width: 360 }} placeholder="请选择省 / 市 / 区县" options={roots} value={str(s.regionCode) || undefined} clearable
                valueDisplay={() => (s.regionCode ? pathOfCode(s.regionCode).join(' / ') : '')} popupProps={{ overlayClassName: 'region-pop' }}
                load={(node) => fetchAreas(String(node.value)).then((l) => l.map(lazyNode))}
                onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) set('regionCode', c); }} />
            </Item>
            <Item label="主办者性质" req>
              <div className="row-inline">
                <Radio.Group className="nature" variant="default-filled" value={other ? '其他' : nature || undefined} onChange={(v) => setNature(v === '其他' ? '国防机构' : String(v))}>
                  {[...COMMON_NATURES, '其他'].map((n) => <Radio.Button key={n} value={n}>{n}</Radio.Button>)}
                </Radio.Group>
                {other ? (
                  <Select className="nature-other" style={{ width: 180 }} value={nature} options={opts(NATURES.filter((n) => !COMMON_NATURES.includes(n)))}
                    popupProps={{ overlayClassName: 'nature-other-pop' }} onChange={(v) => setNature(String(v))} />
                ) : null}
              </div>
            </Item>
            <Item label="证件类型" req>
              <Select className="cert-type" style={{ width: 360 }} disabled={!nature} placeholder={nature ? '请选择' : '请先选择主办者性质'} value={str(s.certType) || undefined}
                options={opts(certs)} popupProps={{ overlayClassName: 'cert-type-pop' }} onChange={(v) => set('certType', String(v))} />
            </Item>
            <Item label="证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: (v) => (nature === '个人' || validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Item>
            <Item label="主办单位名称" req>{text('unitName', 'unit-name', { max: 60, placeholder: '与证件上的名称一致' })}</Item>
            <Item label="域名" req e={e} k="domain" tips="填写本次备案的一个主域名，其余域名可在填写网站信息时添加">
              {text('domain', 'domain', { placeholder: '如 example.com', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名') })}
            </Item>
            <Item label="备案云服务" req>
              <Radio.Group className="resource" value={str(s.resource)} onChange={(v) => setMany({ resource: String(v), server: '', authCode: '' })}>
                <Radio value="云服务器">云服务器</Radio><Radio value="备案授权码">备案授权码</Radio>
              </Radio.Group>
            </Item>
            {s.resource === '云服务器' ? (
              <Item label="云服务器" req tips="须为包年包月且剩余时长不少于 3 个月的实例">
                <Table className="cvm-table" rowKey="id" size="small" bordered data={TENCENT_CVMS} selectedRowKeys={s.server ? [str(s.server)] : []}
                  onSelectChange={(keys) => set('server', String(keys[0] ?? ''))}
                  columns={[
                    { colKey: 'row-select', type: 'single', width: 46, checkProps: ({ row }) => ({ disabled: !!(row as { short?: boolean }).short }) },
                    { colKey: 'id', title: '实例ID' }, { colKey: 'name', title: '名称' }, { colKey: 'ip', title: '公网IP' }, { colKey: 'region', title: '地域' },
                    { colKey: 'expires', title: '到期时间' },
                  ]} />
              </Item>
            ) : (
              <Item label="备案授权码" req>{text('authCode', 'auth-code', { placeholder: '请输入备案授权码' })}</Item>
            )}
            <Item label=" ">
              <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', !!v)}>我已阅读并同意《腾讯云网站备案服务协议》</Checkbox>
            </Item>
          </Form>
          <div className="actions" style={{ paddingLeft: 130 }}>
            <Button theme="primary" onClick={verify}>验证</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout24-mps-site-person-tdesign-splitgrid': MpsSitePerson,
  'heldout24-tencent-basic-unit-tdesign-servertable': TencentBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
