/**
 * Gen-37 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout37-aliyun-site-person-fusion-verticalsteps   填写网站信息 (个人, 阿里云) as VERTICAL STEPS: a vertical Fusion Step
 *    at the left (one item per section, the current one follows the scroll), the sections at the right with labels on
 *    top: domain ROWS (an Input each, 添加 / 删除), a Select fed by the rows, a Checkbox group, a Switch, a textarea, a
 *    Select, two DatePicker2 + a 长期 Checkbox disabling the end, blur checks, phones that must differ; a 协议 tick; 下一步
 *  - heldout37-mps-site-person-fusion-tabstrip           网站基本信息 (个人, 公安) as a TAB STRIP: three Fusion Tab panes
 *    (网站信息 / 网络接入服务商 / 域名注册服务商, all rendered, one shown): a DatePicker2, a TAG-mode Select of IPs, a Select,
 *    radios, a multiple Select, a REMOTE-search Select answered late, a Select listed late, a whole-tree searchable
 *    CascaderSelect, blur checks; 下一步
 */
import { Button, CascaderSelect, Checkbox, DatePicker2, Input, Radio, Select, Step, Switch, Tab } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAccessMethods, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, MPS_CATEGORIES, MPS_LANGUAGES,
  pathOfCode, personSiteNameProblem, PHONE_RE, regionOptions, searchProviders, SITE_ICP_RE, validId, validIpv6, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
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
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/** A label-on-top item. */
const Item = (p: { label: string; req?: boolean; help?: string; cls?: string; children: ReactNode }) => (
  <div className={`top-item ${p.cls ?? ''}`}><label>{p.req !== false ? <i>*</i> : null}{p.label}</label>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div>
);

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (个人): vertical steps */

const SECTIONS = [['sec-site', '网站基本信息'], ['sec-lang', '语言与审批'], ['sec-wp', '网站负责人']] as const;

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [''], homeUrl: '', languages: [], preApproval: false, remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
    agree: false, nextClicks: 0,
  }, ({ domains, ...r }) => ({ ...r, domains: arr<string>(domains).map((d) => d.trim()).filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [cur, setCur] = useState(0);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const rows = arr<string>(s.domains);
  const good = rows.map((d) => d.trim()).filter((d) => d && !domainRule(d));
  useEffect(() => {
    const f = () => { const y = window.scrollY + 160; setCur(SECTIONS.reduce((n, [id], i) => ((document.getElementById(id)?.offsetTop ?? 0) <= y ? i : n), 0)); };
    window.addEventListener('scroll', f);
    return () => window.removeEventListener('scroll', f);
  }, []);
  const long = s.wpLongTerm === true;
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body vs-layout">
        <div className="vs-rail card-w">
          <Step current={cur} direction="ver" shape="circle">{SECTIONS.map(([id, t]) => <Step.Item key={id} title={t} onClick={() => document.getElementById(id)?.scrollIntoView()} />)}</Step>
        </div>
        <div>
          <div className="card-w" id="sec-site">
            <div className="sec-title">网站基本信息</div>
            <Item label="网站名称" help="个人网站名称至少 3 个汉字，不得含有企业、科技、工作室、论坛等字样">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Item>
            <Item label="网站域名" help="已实名认证的一级域名，不带 www.；可添加多个" cls="domain-rows">
              {rows.map((d, i) => (
                <div key={i} className={`row-inline domain-row domain-row-${i}`} style={{ marginBottom: 6 }}>
                  <Input className={`domain-${i}`} style={{ width: 320 }} value={d} placeholder="如 example.cn"
                    onChange={(v) => { const l = [...rows]; l[i] = String(v ?? ''); set('domains', l); e.clear(`domain${i}`); }}
                    onBlur={() => { const t = rows[i]!.trim(); if (t) e.set(`domain${i}`, domainRule(t)); }} />
                  {rows.length > 1 ? <Button text type="primary" className={`del-domain-${i}`} onClick={() => set('domains', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                  {e.get(`domain${i}`) ? <span className="field-err">{e.get(`domain${i}`)}</span> : null}
                </div>
              ))}
              <Button size="small" className="add-domain" onClick={() => set('domains', [...rows, ''])}>+ 添加域名</Button>
            </Item>
            <Item label="网站首页URL" help="从已填写的域名中选择，不带 http://">
              <Select className="home-url" popupClassName="home-url-pop" style={{ width: 320 }} placeholder={good.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined}
                dataSource={homeUrlSuggestions(good)} onChange={(v) => set('homeUrl', String(v ?? ''))} />
            </Item>
            <Item label="服务类型" req={false}><span className="ro">网站应用服务（个人备案固定）</span></Item>
            <Item label="网站服务内容" req={false}><span className="ro">其他（个人备案固定）</span></Item>
            <Item label="网站备注" help="说明网站的主要用途，不得含有经营性内容">
              <Input.TextArea className="remark" style={{ width: '100%' }} rows={2} maxLength={200} value={str(s.remark)} onChange={(v) => set('remark', String(v ?? ''))} />
            </Item>
          </div>
          <div className="card-w" id="sec-lang">
            <div className="sec-title">语言与审批</div>
            <Item label="网站语言">
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
            </Item>
            <Item label="是否涉及前置审批" help="网站涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化等内容时需开启并上传审批文件">
              <div className="row-inline"><Switch className="pre-approval" checked={s.preApproval === true} onChange={(v: boolean) => set('preApproval', v)} /><span>{s.preApproval ? '涉及' : '不涉及'}</span></div>
            </Item>
          </div>
          <div className="card-w" id="sec-wp">
            <div className="sec-title">网站负责人</div>
            <div className="two-col">
              <Item label="负责人姓名">{text('wpName', 'wp-name', { max: 30 })}</Item>
              <Item label="负责人证件类型">
                <Select className="wp-cert-type" popupClassName="wp-cert-type-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.wpCertType) || undefined}
                  dataSource={ICP_PERSON_CERTS} onChange={(v) => set('wpCertType', String(v ?? ''))} />
              </Item>
              <Item label="负责人证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (v) => ((s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Item>
              <Item label="证件有效期起">
                <DatePicker2 className="wp-valid-from" popupClassName="wp-valid-from-pop" format="YYYY-MM-DD" value={str(s.wpValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('wpValidFrom', String(v ?? ''))} />
              </Item>
              <Item label="证件有效期止">
                <div className="row-inline">
                  <DatePicker2 className="wp-valid-to" popupClassName="wp-valid-to-pop" format="YYYY-MM-DD" disabled={long} value={str(s.wpValidTo) || null} onChange={(_d: unknown, v: unknown) => set('wpValidTo', String(v ?? ''))} />
                  <Checkbox className="wp-long-term" checked={long} onChange={(v: boolean) => setMany({ wpLongTerm: v, wpValidTo: v ? '' : s.wpValidTo })}>长期</Checkbox>
                </div>
              </Item>
              <Item label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Item>
              <Item label="办公室电话" req={false}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Item>
              <Item label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</Item>
            </div>
          </div>
          <Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
          <div className="actions">
            <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (个人): tab strip */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

function Provider(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const v = str(p.s[p.k]);
  return (
    <Select className={p.cls} popupClassName={`${p.cls}-pop`} style={{ width: '100%' }} showSearch filterLocal={false} hasClear placeholder="输入名称关键字查询" notFoundContent={loading ? '查询中…' : '无匹配服务商'}
      dataSource={Array.from(new Set([...(v ? [v] : []), ...data]))} value={v || undefined}
      onSearch={(q: string) => { setLoading(true); void searchProviders(q, 400).then((l) => { setData(l); setLoading(false); }); }} onChange={(x) => p.set(p.k, String(x ?? ''))} />
  );
}

function MpsSitePerson() {
  const { s, set } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: '', languages: [],
    apName: '', apMethod: '', apRegionCode: '', apPhone: '', rgName: '', rgPhone: '', nextClicks: 0,
  }, ({ apRegionCode, ...r }) => ({ ...r, apRegion: pathOfCode(str(apRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tab, setTab] = useState('site');
  const [tree] = useState(() => regionOptions());
  const [methods, setMethods] = useState<string[] | null>(null);
  useEffect(() => { void fetchAccessMethods().then(setMethods); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Step current={1} shape="dot">{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="card-w">
          <Tab className="site-tabs" activeKey={tab} lazyLoad={false} onChange={(k) => setTab(String(k))} shape="wrapped">
            <Tab.Item key="site" title="网站信息">
              <div className="tab-pane two-col p-site">
                <Item label="网站名称" help="须与工信部备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</Item>
                <Item label="工信部备案号" help="ICP备案通过后取得，如 浙ICP备12345678号-1">{text('icpNumber', 'icp-number', { blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</Item>
                <Item label="网站开通日期" help="开通之日起 30 日内须完成公安备案">
                  <DatePicker2 className="opened-at" popupClassName="opened-at-pop" format="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(_d: unknown, v: unknown) => set('openedAt', String(v ?? ''))} />
                </Item>
                <Item label="网站域名">{text('mainDomain', 'main-domain', { placeholder: '一级域名，不带 www.', blur: domainRule })}</Item>
                <Item label="网站IP地址" help="域名实际解析到的地址，输入后回车">
                  <Select className="ips" popupClassName="ips-pop" mode="tag" style={{ width: '100%' }} placeholder="输入 IP 后回车" value={arr<string>(s.ips)} dataSource={[]}
                    onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()); const bad = l.find((x) => ipRule(x)); e.set('ips', bad ? ipRule(bad) : ''); set('ips', l.filter((x) => !ipRule(x))); }} />
                  {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
                </Item>
                <Item label="网站类型">
                  <Select className="category" popupClassName="category-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.category) || undefined}
                    dataSource={MPS_CATEGORIES.map(([, l]) => l)} onChange={(v) => set('category', String(v ?? ''))} />
                </Item>
                <Item label="是否提供互联网交互服务" help="用户可发布文字、图片、音视频等（论坛、评论、即时通讯等）为“是”">
                  <Radio.Group className="interactive" value={str(s.interactive) || undefined} dataSource={YES_NO} onChange={(v) => set('interactive', String(v))} />
                </Item>
                <Item label="网站语种">
                  <Select className="languages" popupClassName="languages-pop" mode="multiple" style={{ width: '100%' }} placeholder="请选择" value={arr<string>(s.languages)}
                    dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
                </Item>
              </div>
            </Tab.Item>
            <Tab.Item key="ap" title="网络接入服务商">
              <div className="tab-pane two-col p-ap">
                <Item label="接入服务商名称" help="输入关键字后从查询结果中选择">
                  <Provider s={s} set={set} k="apName" cls="ap-name" />
                </Item>
                <Item label="网站接入方式">
                  <Select className="ap-method" popupClassName="ap-method-pop" style={{ width: '100%' }} placeholder={methods ? '请选择' : '加载中…'} value={str(s.apMethod) || undefined}
                    dataSource={methods ?? []} onChange={(v) => set('apMethod', String(v ?? ''))} />
                </Item>
                <Item label="接入服务商所属区域">
                  <CascaderSelect className="ap-region" popupClassName="ap-region-pop" style={{ width: '100%' }} showSearch placeholder="省 / 市 / 区县，可输入搜索" dataSource={tree as never}
                    value={str(s.apRegionCode) || undefined} onChange={(v) => set('apRegionCode', String(v ?? ''))} />
                </Item>
                <Item label="接入服务商联系电话">{text('apPhone', 'ap-phone', { blur: phoneRule })}</Item>
              </div>
            </Tab.Item>
            <Tab.Item key="rg" title="域名注册服务商">
              <div className="tab-pane two-col p-rg">
                <Item label="域名注册服务商名称" help="输入关键字后从查询结果中选择"><Provider s={s} set={set} k="rgName" cls="rg-name" /></Item>
                <Item label="域名注册服务商联系电话">{text('rgPhone', 'rg-phone', { blur: phoneRule })}</Item>
              </div>
            </Tab.Item>
          </Tab>
        </div>
        <div className="actions">
          <Button className="prev-tab" disabled={tab === 'site'} onClick={() => setTab(tab === 'rg' ? 'ap' : 'site')}>上一页</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); if (tab !== 'rg') setTab(tab === 'site' ? 'ap' : 'rg'); else setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout37-aliyun-site-person-fusion-verticalsteps': AliyunSitePerson,
  'heldout37-mps-site-person-fusion-tabstrip': MpsSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
