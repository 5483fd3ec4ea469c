/**
 * Gen-43 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout43-aliyun-site-unit-fusion-cardcolumns     填写网站信息 (单位, 阿里云) as THREE CARD COLUMNS: three Cards side by
 *    side: a multiple Select of the account's domains listed late, an Input with an http:// addon checked against them, a
 *    TreeSelect, a Checkbox group, a Select, button Radios, a RangePicker, blur checks, phones that must differ; an
 *    agreement tick; 下一步
 *  - heldout43-mps-site-person-fusion-lefttabs         网站基本信息 (个人, 公安) as LEFT TABS: a wrapped Tab at the left, every
 *    pane mounted: a DatePicker2, a searchable Select listed late, a whole-tree CascaderSelect answered late, Selects,
 *    Radios, a Checkbox group, blur checks; 保存草稿 / 下一步
 *  - heldout43-volcengine-basic-person-fusion-resultpanel 基础信息校验 (个人, 火山引擎) as a RESULT PANEL: the form on the left,
 *    a read-only check list on the right: a LAZY CascaderSelect, Radios, a Select listed late once the nature is chosen, a
 *    tag Select, a RangePicker, blur checks; 开始校验
 */
import { Button, Card, CascaderSelect, Checkbox, DatePicker2, Input, Radio, Select, Tab, TreeSelect } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchCertsOf, fetchProviderNames, fetchRegionTree, fetchUnitDomains, homeUrlSuggestions, ICP_CONTENT_TREE, ICP_LANGUAGES, ICP_PERSON_CERTS,
  IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_JURISDICTIONS, MPS_LANGUAGES, MPS_PROVIDERS, NATURES, pathOfCode, personSiteNameProblem, PHONE_RE, validId, YES_NO,
  type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; before?: string; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ width: '100%', maxWidth: 360 }}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} addonTextBefore={p.before}
        state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const domainRule = (v: string) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名');
/** A label above its control (the card columns are narrow). */
const Top = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="top-row" style={{ margin: '0 0 12px' }}>
    <label style={{ display: 'block', fontSize: 13, color: '#555', marginBottom: 4 }}>{p.req !== false ? <i style={{ color: '#d23c26', fontStyle: 'normal' }}>*</i> : null}{p.label}</label>
    {p.children}{p.help ? <div className="help">{p.help}</div> : null}
  </div>
);
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);
const Range = (p: { cls: string; value: unknown; set: (v: string[]) => void }) => {
  const r = arr<string>(p.value);
  return (
    <DatePicker2.RangePicker className={p.cls} popupClassName={`${p.cls}-pop`} format="YYYY-MM-DD" value={r.length ? [r[0] || null, r[1] || null] as never : undefined}
      onChange={(_v: unknown, strs: unknown) => p.set(arr<string>(strs).filter(Boolean))} />
  );
};

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (单位): three card columns */

function AliyunSiteUnit() {
  const { s, set } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [acct, setAcct] = useState<string[] | null>(null);
  useEffect(() => { void fetchUnitDomains(500).then(setAcct); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; before?: string; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="cols3" style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 16, alignItems: 'start' }}>
          <Card className="c-site" title="网站信息" contentHeight="auto">
            <Top label="网站名称" help="至少 3 个汉字，与单位名称或品牌相关">{t('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : '') })}</Top>
            <Top label="网站域名" help="选择本网站使用的已实名域名">
              <Select className="domains" popupClassName="domains-pop" mode="multiple" style={{ width: '100%' }} placeholder={acct ? '请选择' : '正在读取账号下的域名…'} notFoundContent="加载中…"
                dataSource={acct ?? []} value={domains} onChange={(v) => set('domains', arr<string>(v))} />
            </Top>
            <Top label="网站首页URL" help="不带 http://，须为所选域名之一">
              {t('homeUrl', 'home-url', { before: 'http://', placeholder: 'www.example.cn', blur: (v) => (/^https?:/i.test(v) ? '请勿填写 http://' : homeUrlSuggestions(domains).includes(v) ? '' : '首页URL须属于所选网站域名') })}
            </Top>
            <Top label="网站服务内容">
              <TreeSelect className="content" popupClassName="content-pop" style={{ width: '100%' }} placeholder="请选择" treeDefaultExpandAll dataSource={ICP_CONTENT_TREE as never}
                value={str(s.content) || undefined} onChange={(v) => set('content', String(v ?? ''))} />
            </Top>
            <Top label="网站语言"><Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} /></Top>
            <Top label="是否涉及前置审批">
              <Select className="pre-approval" popupClassName="pre-approval-pop" style={{ width: 160 }} placeholder="请选择" dataSource={YES_NO} value={str(s.preApproval) || undefined} onChange={(v) => set('preApproval', String(v ?? ''))} />
            </Top>
          </Card>
          <Card className="c-wp" title="网站负责人" contentHeight="auto">
            <div className="help" style={{ marginBottom: 8 }}>网站负责人可与主体负责人不同（非法定代表人时部分省份需授权书）</div>
            <Top label="网站负责人姓名">{t('wpName', 'wp-name', { max: 30 })}</Top>
            <Top label="证件类型">
              <Radio.Group className="wp-cert-type" shape="button" value={str(s.wpCertType) || undefined} dataSource={ICP_PERSON_CERTS.slice(0, 4)} onChange={(v) => set('wpCertType', String(v))} />
            </Top>
            <Top label="证件号码">{t('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Top>
            <Top label="证件有效期"><Range cls="wp-validity" value={s.wpValidity} set={(v) => set('wpValidity', v)} /></Top>
          </Card>
          <Card className="c-contact" title="联系方式" contentHeight="auto">
            <Top label="手机号码">{t('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Top>
            <Top label="应急联系电话">{t('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Top>
            <Top label="办公室电话" req={false}>{t('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Top>
            <Top label="电子邮箱">{t('wpEmail', 'wp-email', { blur: emailRule })}</Top>
          </Card>
        </div>
        <div style={{ marginTop: 12 }}><Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (个人): left tabs */

function MpsSitePerson() {
  const { s, set } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ip: '',
    apJurisdiction: '', apName: '', apRegionCode: '', apMethod: '', apPhone: '', regName: '', regPhone: '',
    interactive: '', category: '', languages: [], dangerous: '', draftClicks: 0, nextClicks: 0,
  }, ({ apRegionCode, ...r }) => ({ ...r, apRegion: pathOfCode(str(apRegionCode)) }));
  const e = useErrs();
  const [tab, setTab] = useState('site');
  const [names, setNames] = useState<string[] | null>(null);
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchProviderNames(450).then(setNames); void fetchRegionTree(500).then(setTree); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const sel = (k: string, cls: string, list: string[] | [string, string][], o: { search?: boolean; width?: number } = {}) => (
    <Select className={cls} popupClassName={`${cls}-pop`} style={{ width: o.width ?? 360 }} showSearch={o.search} placeholder="请选择" notFoundContent="加载中…"
      dataSource={list.map((x) => (Array.isArray(x) ? { value: x[0], label: x[1] } : { value: x, label: x }))} value={str(s[k]) || undefined} onChange={(v) => set(k, String(v ?? ''))} />
  );
  const radios = (k: string, cls: string, list: string[]) => <Radio.Group className={cls} value={str(s[k]) || undefined} dataSource={list} onChange={(v) => set(k, String(v))} />;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站基本信息</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body"><div className="card-w">
        <Tab className="left-tabs" shape="wrapped" tabPosition="left" lazyLoad={false} activeKey={tab} onChange={(k) => setTab(String(k))}>
          <Tab.Item key="site" title="网站信息">
            <div className="pane p-site">
              <Row label="网站名称" help="须与ICP备案的网站名称一致">{t('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Row>
              <Row label="工信部备案号" help="如 浙ICP备12345678号-1">{t('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式不正确') })}</Row>
              <Row label="网站开通日期" help="30 日内须完成公安备案">
                <DatePicker2 className="opened-at" popupClassName="opened-at-pop" format="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(_d: unknown, v: unknown) => set('openedAt', String(v ?? ''))} />
              </Row>
              <Row label="主域名" help="一级域名，不带 www.">{t('mainDomain', 'main-domain', { blur: domainRule })}</Row>
              <Row label="网站IP" help="域名实际解析到的 IP">{t('ip', 'ip', { blur: (v) => (IPV4_RE.test(v) ? '' : 'IP 地址格式不正确') })}</Row>
            </div>
          </Tab.Item>
          <Tab.Item key="ap" title="网络接入服务商">
            <div className="pane p-ap">
              <Row label="接入商所属地区管辖">{radios('apJurisdiction', 'ap-jurisdiction', MPS_JURISDICTIONS)}</Row>
              <Row label="接入商名称" help="输入关键字搜索">{sel('apName', 'ap-name', names ?? [], { search: true })}</Row>
              <Row label="接入商所属区域">
                <CascaderSelect className="ap-region" popupClassName="ap-region-pop" style={{ width: 360 }} placeholder={tree ? '省 / 市 / 区县' : '地区加载中…'} dataSource={(tree ?? []) as never}
                  value={str(s.apRegionCode) || undefined} onChange={(v) => set('apRegionCode', String(v ?? ''))} />
              </Row>
              <Row label="网站接入方式">{sel('apMethod', 'ap-method', MPS_ACCESS_METHODS, { width: 240 })}</Row>
              <Row label="接入商电话">{t('apPhone', 'ap-phone', { blur: phoneRule })}</Row>
            </div>
          </Tab.Item>
          <Tab.Item key="reg" title="域名注册服务商">
            <div className="pane p-reg">
              <Row label="注册商名称">{sel('regName', 'reg-name', MPS_PROVIDERS)}</Row>
              <Row label="注册商电话" req={false}>{t('regPhone', 'reg-phone', { blur: phoneRule })}</Row>
            </div>
          </Tab.Item>
          <Tab.Item key="svc" title="服务信息">
            <div className="pane p-svc">
              <Row label="是否提供互联网交互服务" help="用户可发布文字、图片、音视频等即为交互服务">{radios('interactive', 'interactive', YES_NO)}</Row>
              <Row label="网站类型">{sel('category', 'category', MPS_CATEGORIES, { width: 240 })}</Row>
              <Row label="网站语种"><Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} /></Row>
              <Row label="是否提供涉及管制物品信息发布服务">{radios('dangerous', 'dangerous', YES_NO)}</Row>
            </div>
          </Tab.Item>
        </Tab>
        <div className="actions">
          <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" className="next" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 基础信息校验 (个人): result panel */

interface Lazy { value: string; label: string; isLeaf?: boolean; children?: Lazy[] }
const attach = (list: Lazy[], value: string, kids: Lazy[]): Lazy[] => list.map((n) => (n.value === value ? { ...n, children: kids } : n.children ? { ...n, children: attach(n.children, value, kids) } : n));

function VolcBasicPerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'basic', '个人', {
    regionCode: '', nature: '', certType: '', certNumber: '', name: '', domain: '', ips: [], authCode: '',
    validity: [], mobile: '', emergency: '', email: '', verifyClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree, setTree] = useState<Lazy[]>([]);
  useEffect(() => { void fetchAreas('', 300).then((l) => setTree(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (d: { value?: unknown; pos?: string }) => {
    const code = String(d.value ?? '');
    return fetchAreas(code, 300).then((l) => setTree((x) => attach(x, code, l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf || code.length >= 4 })))));
  };
  const [certs, setCerts] = useState<string[] | null>(null);
  const pickNature = (n: string) => { setMany({ nature: n, certType: '' }); setCerts(null); void fetchCertsOf(n, 400).then(setCerts); };
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const checks: [string, boolean][] = [
    ['区域已选择到区县', str(s.regionCode).length >= 6],
    ['主办单位性质与证件类型对应', s.nature === '个人' && ICP_PERSON_CERTS.includes(str(s.certType))],
    ['证件号码通过校验', s.certType === '居民身份证' ? validId(str(s.certNumber)) : !!s.certNumber],
    ['网站域名格式正确', DOMAIN_RE.test(str(s.domain))],
    ['已填写云服务器公网IP或备案授权码', arr(s.ips).length > 0 || !!s.authCode],
    ['联系方式完整', MOBILE_RE.test(str(s.mobile)) && MOBILE_RE.test(str(s.emergency)) && EMAIL_RE.test(str(s.email))],
  ];
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>备案管理 · 首次备案 · 基础信息校验</span><span className="who">张伟</span></div>
      <div className="vc-body">
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 300px', gap: 16, alignItems: 'start' }}>
          <div className="card-w verify-form">
            <div className="sec-title">备案主体</div>
            <Row label="主办单位所属区域">
              <CascaderSelect className="region" popupClassName="region-pop" style={{ width: 360 }} placeholder="省 / 市 / 区县" dataSource={tree as never} loadData={loadData as never}
                value={str(s.regionCode) || undefined} onChange={(v) => set('regionCode', String(v ?? ''))} />
            </Row>
            <Row label="主办单位性质"><Radio.Group className="nature" value={str(s.nature) || undefined} dataSource={NATURES.filter((n) => ['个人', '企业', '事业单位', '政府机关', '社会团体'].includes(n))} onChange={(v) => pickNature(String(v))} /></Row>
            <Row label="证件类型">
              <Select className="cert-type" popupClassName="cert-type-pop" style={{ width: 360 }} disabled={!s.nature} placeholder={s.nature ? (certs ? '请选择' : '加载中…') : '请先选择主办单位性质'} notFoundContent="加载中…"
                dataSource={certs ?? []} value={str(s.certType) || undefined} onChange={(v) => set('certType', String(v ?? ''))} />
            </Row>
            <Row label="证件号码">{t('certNumber', 'cert-number', { max: 18, blur: idRule(s.certType) })}</Row>
            <Row label="主办人姓名">{t('name', 'name', { max: 30 })}</Row>
            <div className="sec-title">网站与资源</div>
            <Row label="网站域名" help="一级域名，不带 www.">{t('domain', 'domain', { blur: domainRule })}</Row>
            <Row label="云服务器公网IP" help="输入后回车，可填多个">
              <Select className="ips" popupClassName="ips-pop" mode="tag" style={{ width: 360 }} placeholder="如 1.2.3.4" dataSource={[]} value={arr<string>(s.ips)} onChange={(v) => set('ips', arr<string>(v).filter((x) => IPV4_RE.test(x)))} />
            </Row>
            <Row label="备案授权码" req={false} help="无火山引擎云服务器时填写">{t('authCode', 'auth-code')}</Row>
            <div className="sec-title">主体负责人</div>
            <Row label="证件有效期"><Range cls="validity" value={s.validity} set={(v) => set('validity', v)} /></Row>
            <Row label="手机号码">{t('mobile', 'mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{t('emergency', 'emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="电子邮箱">{t('email', 'email', { blur: emailRule })}</Row>
            <div className="actions">
              <Button type="primary" className="verify" onClick={() => { clicks(s, set, 'verifyClicks')(); setMsg(checks.every(([, ok]) => ok) ? '校验通过，请进入下一步' : '请根据右侧校验结果修改'); }}>开始校验</Button>
              {msg ? <span className="msg">{msg}</span> : null}
            </div>
          </div>
          <div className="card-w result-panel" style={{ position: 'sticky', top: 16 }}>
            <div className="sec-title">校验结果</div>
            <ul className="todo">{checks.map(([label, ok]) => <li key={label} className={ok ? 'ok' : ''}>{ok ? '✓' : '○'} {label}</li>)}</ul>
          </div>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout43-aliyun-site-unit-fusion-cardcolumns': AliyunSiteUnit,
  'heldout43-mps-site-person-fusion-lefttabs': MpsSitePerson,
  'heldout43-volcengine-basic-person-fusion-resultpanel': VolcBasicPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
