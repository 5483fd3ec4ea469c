/**
 * Gen-25 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout25-aliyun-apply-unit-fusion-lefttabs   a unit's 新增网站（原备案不在阿里云） order (阿里云) in LEFT VERTICAL TABS
 *    (every pane rendered, the inactive ones hidden), LEFT labels: a blur-checked filing number (missing), a nature Select
 *    steering certificate RADIOS, blur checks, a CHECKBOX group of the account's domains loaded late, an AUTOCOMPLETE fed by
 *    them, a Select, a MULTIPLE Select, two DatePicker2, phones that must differ, a landline; a 承诺 tick; 上一步 / 提交订单
 *  - heldout25-mps-apply-person-fusion-cardgrid   the whole 新办网站申请 (个人, 公安) as a CARD GRID (six Cards in two
 *    columns, labels on top): radios, blur checks, a DatePicker2, a TAG Select of IPs, a CASCADERSELECT of the letter tree,
 *    a 是 / 否 Select, a CHECKBOX group, REMOTE-SEARCH provider Selects answered late, a whole-tree CascaderSelect, copy
 *    ticks; a 责任告知书 tick; 暂存 / 提交申请
 */
import { Button, Card, CascaderSelect, Checkbox, DatePicker2, Form, Input, Message, Radio, Select, Tab } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, ENTITY_ICP_RE, homeUrlSuggestions, ICP_CERTS_BY_NATURE, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE,
  MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, NATURES, pathOfCode, PHONE_RE, regionOptions, searchProviders, shortIpv6, UNIT_ACCOUNT_DOMAINS,
  validId, validIpv6, validUscc,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number | string }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');

/* ------------------------------------------------------------------ 阿里云 新增网站 (单位): left vertical tabs */

const PANES = [['entity', '主体核验'], ['site', '网站信息'], ['wp', '网站负责人'], ['confirm', '确认提交']] as const;

function AliyunApplyUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '单位', {
    entityIcpNumber: '', unitName: '', nature: '', certType: '', certNumber: '',
    siteName: '', domains: [], homeUrl: '', content: '', languages: [],
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '', wpOffice: '',
    promise: false, prevClicks: 0, submitClicks: 0,
  });
  const e = useErrs();
  const [tab, setTab] = useState<string>('entity');
  const [accountDomains, setAccountDomains] = useState<string[] | null>(null);
  useEffect(() => { const t = setTimeout(() => setAccountDomains(UNIT_ACCOUNT_DOMAINS), 600); return () => clearTimeout(t); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number | string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const nature = str(s.nature);
  const certs = ICP_CERTS_BY_NATURE[nature] ?? [];
  const domains = arr<string>(s.domains);
  const homeRule = (v: string) => (/^https?:/i.test(v) ? '首页URL无需填写 http://' : domains.some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于已选择的网站域名');
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    Message.warning(!s.entityIcpNumber ? '请填写主体备案号' : !s.promise ? '请先勾选承诺' : '请完善带 * 的信息');
  };
  const labelCol = { fixedSpan: 8 };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>新增网站 · 单位</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w order-type">
          <b>订单类型：新增互联网信息服务（原备案不在阿里云）</b>
          <div className="help">系统检测到该主体已在其他接入商备案、本网站尚未备案：请核验主体并填写新网站及其负责人信息。</div>
        </div>
        <div className="vtabs-wrap">
          <Tab className="order-tabs" shape="wrapped" tabPosition="left" lazyLoad={false} activeKey={tab} onChange={(k) => setTab(String(k))}>
            {PANES.map(([k, t]) => (
              <Tab.Item key={k} title={t}>
                <div className={`pane p-${k}`}>
                  <h3>{t}</h3>
                  <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false}>
                    {k === 'entity' ? (
                      <>
                        <FormItem label="主体备案号" required {...e.item('entityIcpNumber')} help={e.get('entityIcpNumber') || '主体在原接入商备案时取得，如 浙ICP备12345678号'}>
                          {text('entityIcpNumber', 'entity-icp', { blur: (v) => (ENTITY_ICP_RE.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号') })}
                        </FormItem>
                        <FormItem label="主办单位名称" required>{text('unitName', 'unit-name', { max: 100, placeholder: '与营业执照上的名称一致' })}</FormItem>
                        <FormItem label="主办单位性质" required>
                          <Select className="nature" popupClassName="nature-pop" style={{ width: 320 }} placeholder="请选择" value={nature || undefined} dataSource={opts(NATURES)}
                            onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
                        </FormItem>
                        <FormItem label="主办单位证件类型" required help={nature ? undefined : '请先选择主办单位性质'}>
                          {nature ? <Radio.Group className="cert-type" value={str(s.certType) || undefined} dataSource={certs} onChange={(v) => set('certType', String(v))} /> : <span className="help cert-type-wait">—</span>}
                        </FormItem>
                        <FormItem label="主办单位证件号码" required {...e.item('certNumber')}>
                          {text('certNumber', 'cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}
                        </FormItem>
                      </>
                    ) : null}
                    {k === 'site' ? (
                      <>
                        <FormItem label="网站名称" required>{text('siteName', 'site-name', { max: 50 })}</FormItem>
                        <FormItem label="网站域名" required help={accountDomains ? '勾选账号下已实名认证、用于本网站的域名' : '正在加载账号域名…'}>
                          {accountDomains
                            ? <Checkbox.Group className="domains" value={domains} dataSource={accountDomains}
                              onChange={(v) => {
                                const ok = accountDomains.filter((d) => arr<string>(v).includes(d));
                                setMany({ domains: ok, ...(str(s.homeUrl) && !homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? { homeUrl: '' } : {}) });
                              }} />
                            : <span className="help domains-wait">…</span>}
                        </FormItem>
                        <FormItem label="网站首页URL" required {...e.item('homeUrl')} help={e.get('homeUrl') || '根据网站域名提示，无需填写 http://'}>
                          <Select.AutoComplete className="home-url" popupClassName="home-url-pop" style={{ width: 320 }} placeholder="如 www.example.cn" value={str(s.homeUrl)} dataSource={homeUrlSuggestions(domains)}
                            onChange={(v) => { set('homeUrl', String(v ?? '')); e.clear('homeUrl'); }}
                            onBlur={() => { const t = str(s.homeUrl).trim(); if (t) e.set('homeUrl', homeRule(t)); }} />
                        </FormItem>
                        <FormItem label="网站服务内容" required>
                          <Select className="content" popupClassName="content-pop" style={{ width: 320 }} showSearch placeholder="请选择" value={str(s.content) || undefined} dataSource={opts(ICP_CONTENT)}
                            onChange={(v) => set('content', String(v ?? ''))} />
                        </FormItem>
                        <FormItem label="网站语言" required>
                          <Select className="languages" popupClassName="languages-pop" mode="multiple" style={{ width: 420 }} placeholder="请选择" value={arr<string>(s.languages)} dataSource={opts(ICP_LANGUAGES)}
                            onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
                        </FormItem>
                      </>
                    ) : null}
                    {k === 'wp' ? (
                      <>
                        <FormItem label="姓名" required>{text('wpName', 'wp-name', { max: 30 })}</FormItem>
                        <FormItem label="证件类型" required>
                          <Select className="wp-cert-type" popupClassName="wp-cert-type-pop" style={{ width: 320 }} placeholder="请选择" value={str(s.wpCertType) || undefined} dataSource={opts(ICP_PERSON_CERTS)}
                            onChange={(v) => set('wpCertType', String(v ?? ''))} />
                        </FormItem>
                        <FormItem label="证件号码" required {...e.item('wpCertNumber')}>{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</FormItem>
                        <FormItem label="证件有效期起" required>
                          <DatePicker2 className="wp-valid-from" popupClassName="wp-valid-from-pop" format="YYYY-MM-DD" value={str(s.wpValidFrom) || null} onChange={(_d, v) => set('wpValidFrom', String(v ?? ''))} />
                        </FormItem>
                        <FormItem label="证件有效期止" required help="长期有效的证件请联系客服">
                          <DatePicker2 className="wp-valid-to" popupClassName="wp-valid-to-pop" format="YYYY-MM-DD" value={str(s.wpValidTo) || null} onChange={(_d, v) => set('wpValidTo', String(v ?? ''))} />
                        </FormItem>
                        <FormItem label="手机号码" required {...e.item('wpMobile')}>{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</FormItem>
                        <FormItem label="应急联系电话" required {...e.item('wpEmergency')}>
                          {text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
                        </FormItem>
                        <FormItem label="电子邮箱" required {...e.item('wpEmail')}>{text('wpEmail', 'wp-email', { blur: emailRule })}</FormItem>
                        <FormItem label="办公室电话" {...e.item('wpOffice')} help={e.get('wpOffice') || '格式：区号-号码，如 0571-88886666'}>
                          {text('wpOffice', 'wp-office', { max: 20, blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}
                        </FormItem>
                      </>
                    ) : null}
                    {k === 'confirm' ? (
                      <>
                        <div className="help" style={{ marginBottom: 12 }}>提交后阿里云将在 1 个工作日内完成初审，并电话联系网站负责人核实信息。</div>
                        <Checkbox className="promise" checked={s.promise === true} onChange={(v: boolean) => set('promise', !!v)}>本单位承诺所填备案信息真实、准确、完整</Checkbox>
                      </>
                    ) : null}
                  </Form>
                </div>
              </Tab.Item>
            ))}
          </Tab>
          <div className="actions">
            <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button type="primary" onClick={submit}>提交订单</Button>
          </div>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 新办网站申请 (个人): card grid */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

/** A cell: its name above the control (no <label>). */
const T = (p: { label: string; req?: boolean; help?: string; err?: string; children: ReactNode }) => (
  <div className="t-item">
    <div className="t-label">{p.req ? <i>*</i> : null}{p.label}</div>
    {p.children}
    {p.err ? <div className="field-err">{p.err}</div> : p.help ? <div className="help">{p.help}</div> : null}
  </div>
);

/** A provider name: a Fusion Select searching the platform's provider list remotely (answered after a delay). */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  return (
    <Select className={p.cls} popupClassName={`${p.cls}-pop`} style={{ width: '100%' }} showSearch filterLocal={false} hasClear placeholder="输入关键字查询服务商"
      value={str(p.s[p.k]) || undefined} dataSource={opts(data)} notFoundContent="输入名称关键字查询"
      onSearch={(q) => { void searchProviders(String(q)).then(setData); }}
      onChange={(v) => p.set(p.k, String(v ?? ''))} />
  );
}

function MpsApplyPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'apply', '个人', {
    genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: '', interactiveKinds: [], dangerous: '', languages: [],
    apName: '', apJurisdiction: '', apRegionCode: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '',
    secSame: false, emgSame: false, notice: false, draftClicks: 0, submitClicks: 0,
  }, ({ apRegionCode, ...r }) => ({ ...r, apRegion: pathOfCode(str(apRegionCode)) }));
  const e = useErrs();
  const [tree] = useState(() => regionOptions() as unknown as typeof MPS_CATEGORY_TREE);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width="100%" {...o} />;
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    Message.warning(!s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '请核对后提交');
  };
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w help">个人新办网站申请：以下六项信息填写完整后提交；网站开通之日起 30 日内须完成公安联网备案。</div>
        <div className="card-grid">
          <Card className="c-subject" title="开办主体" contentHeight="auto">
            <div className="facts-ro"><div><span>开办者</span><b>张伟</b></div><div><span>证件</span><b>居民身份证 3301**********1236</b></div></div>
            <T label="是否利用生成式人工智能" req>
              <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} dataSource={['是', '否']} onChange={(v) => set('genAI', String(v))} />
            </T>
          </Card>
          <Card className="c-site" title="网站信息" contentHeight="auto">
            <T label="网站名称" req help="须与工信部备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</T>
            <T label="工信部备案号" req err={e.get('icpNumber')} help="如 浙ICP备12345678号-1">
              {text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确') })}
            </T>
            <T label="网站开通日期" req>
              <DatePicker2 className="opened-at" popupClassName="opened-at-pop" format="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(_d, v) => set('openedAt', String(v ?? ''))} />
            </T>
            <T label="主域名" req err={e.get('mainDomain')}>{text('mainDomain', 'main-domain', { placeholder: '如 example.cn', blur: domainRule })}</T>
          </Card>
          <Card className="c-service" title="服务与内容" contentHeight="auto">
            <T label="网站IP" req err={e.get('ips')} help="域名实际解析的地址，输入后回车，可填写多个">
              <Select className="ips" popupClassName="ips-pop" mode="tag" style={{ width: '100%' }} hasClear placeholder="如 203.0.113.10" value={arr<string>(s.ips)} dataSource={[]}
                onChange={(v) => {
                  const list = arr<string>(v).map((x) => String(x).trim()).filter(Boolean);
                  const bad = list.find((x) => ipRule(x));
                  e.set('ips', bad ? ipRule(bad) : '');
                  set('ips', list.filter((x) => !ipRule(x)).map((x) => (validIpv6(x) ? shortIpv6(x) : x)).filter((x, i, l) => l.indexOf(x) === i));
                }} />
            </T>
            <T label="网站类型" req help="按网站主要服务选择；部分类别须选到子类">
              <CascaderSelect className="category" popupClassName="category-pop" style={{ width: '100%' }} placeholder="请选择" dataSource={MPS_CATEGORY_TREE} value={str(s.category) || undefined}
                onChange={(v) => set('category', String(v ?? ''))} />
            </T>
            <T label="是否提供互联网交互服务" req help="用户可发布文字、图片、音视频等信息（论坛、评论、即时通讯、网盘等）">
              <Select className="interactive" popupClassName="interactive-pop" style={{ width: 160 }} placeholder="请选择" value={str(s.interactive) || undefined} dataSource={opts(['是', '否'])}
                onChange={(v) => setMany({ interactive: String(v ?? ''), interactiveKinds: [] })} />
            </T>
            {s.interactive === '是' ? (
              <T label="交互服务类型" req>
                <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} dataSource={['论坛社区', '网络评论', '即时通讯', '网络直播', '网盘云存储', '其他']}
                  onChange={(v) => set('interactiveKinds', arr<string>(v))} />
              </T>
            ) : null}
            <T label="互联网危险物品信息发布" req>
              <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} dataSource={['是', '否']} onChange={(v) => set('dangerous', String(v))} />
            </T>
            <T label="网站语种" req>
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', MPS_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
            </T>
          </Card>
          <Card className="c-ap" title="网络接入服务商" contentHeight="auto">
            <T label="名称" req><ProviderName s={s} set={set} k="apName" cls="ap-name" /></T>
            <T label="所属地区管辖" req>
              <Radio.Group className="ap-jurisdiction" value={str(s.apJurisdiction) || undefined} dataSource={['境内', '境外']} onChange={(v) => set('apJurisdiction', String(v))} />
            </T>
            <T label="所属区域" req>
              <CascaderSelect className="ap-region" popupClassName="ap-region-pop" style={{ width: '100%' }} showSearch placeholder="省 / 市 / 区县" dataSource={tree} value={str(s.apRegionCode) || undefined}
                onChange={(v) => set('apRegionCode', String(v ?? ''))} />
            </T>
            <T label="网站接入方式" req>
              <Select className="ap-method" popupClassName="ap-method-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.apMethod) || undefined} dataSource={opts(MPS_ACCESS_METHODS)}
                onChange={(v) => set('apMethod', String(v ?? ''))} />
            </T>
            <T label="联系电话" req err={e.get('apPhone')}>{text('apPhone', 'ap-phone', { blur: phoneRule })}</T>
            <T label="接入商编码" req err={e.get('apCode')} help="统一社会信用代码第 9–17 位">
              {text('apCode', 'ap-code', { max: 10, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}
            </T>
          </Card>
          <Card className="c-rg" title="域名注册服务商" contentHeight="auto">
            <T label="名称" req><ProviderName s={s} set={set} k="rgName" cls="rg-name" /></T>
            <T label="联系电话" req err={e.get('rgPhone')}>{text('rgPhone', 'rg-phone', { blur: phoneRule })}</T>
          </Card>
          <Card className="c-people" title="网站负责人" contentHeight="auto">
            <T label="网站安全负责人">
              <Checkbox className="sec-same" checked={s.secSame === true} onChange={(v: boolean) => set('secSame', !!v)}>同开办主体负责人</Checkbox>
            </T>
            {s.secSame === true ? <div className="same-sum sec-summary">网站安全负责人：张伟（居民身份证 3301**********1236，138****8000）</div> : null}
            <T label="网站应急联络人">
              <Checkbox className="emg-same" checked={s.emgSame === true} onChange={(v: boolean) => set('emgSame', !!v)}>同开办主体负责人</Checkbox>
            </T>
            {s.emgSame === true ? <div className="same-sum emg-summary">网站应急联络人：张伟（138****8000）</div> : null}
            {s.secSame !== true || s.emgSame !== true ? <div className="help">不勾选时，请在下一步“网站负责人”中单独填写。</div> : null}
          </Card>
        </div>
        <div className="card-w" style={{ marginTop: 16 }}>
          <Checkbox className="notice" checked={s.notice === true} onChange={(v: boolean) => set('notice', !!v)}>本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        </div>
        <div className="actions">
          <Button onClick={() => { clicks(s, set, 'draftClicks')(); Message.success('已暂存'); }}>暂存</Button>
          <Button type="primary" onClick={submit}>提交申请</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout25-aliyun-apply-unit-fusion-lefttabs': AliyunApplyUnit,
  'heldout25-mps-apply-person-fusion-cardgrid': MpsApplyPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
