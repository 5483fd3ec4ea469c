/**
 * Gen-39 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout39-aliyun-site-unit-arco-innersteps        填写网站信息 (单位, 阿里云) as INNER STEPS: clickable Arco Steps over
 *    three panes (all mounted, one shown): an InputTag of domains, a Select fed by it, a searchable Select, a multiple
 *    Select, a Switch, a Select, two DatePickers + a 长期 Checkbox disabling the end, blur checks; an agreement tick; 下一步
 *  - heldout39-mps-site-unit-arco-providerdrawers      网站基本信息 (单位, 公安): the site fields on the page (a DatePicker, a
 *    creatable multiple Select, a Select, radios revealing a Checkbox group, radios, a Checkbox group) and the two provider
 *    blocks in Drawers mounted while closed (searchable Selects, a Select listed late, a whole-tree Cascader); 下一步
 *  - heldout39-baidu-subject-person-arco-uploadfirst   填写主办者信息 (个人, 百度智能云) as UPLOAD FIRST: an ID-photo Upload
 *    whose late reading fills the name and number when empty, then two cards: a textarea, a LAZY Cascader, a Select, a
 *    RangePicker + 长期 Checkbox hiding its end, blur checks, phones that must differ; a 承诺 tick; 下一步
 */
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Drawer, Input, InputTag, Radio, Select, Steps, Switch, Upload } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAccessMethods, fetchAreas, fetchRegionTree, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, INTERACTIVE_KINDS, IPV4_RE,
  MOBILE_RE, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PROVIDERS, pathOfCode, PHONE_RE, readIdFront, SITE_ICP_RE, validId, validIpv6, YES_NO, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ maxWidth: 420 }}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);
const pop = (cls: string) => ({ triggerProps: { className: cls } as never });

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (单位): inner steps */

const PANES = ['网站信息', '服务与语言', '网站负责人'];

function AliyunSiteUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: false,
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [cur, setCur] = useState(1);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const long = s.wpLongTerm === true;
  const show = (n: number) => ({ display: cur === n ? '' : 'none' });
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body"><div className="card-w">
        <Steps className="inner-steps" current={cur} onChange={(n) => setCur(n)} type="navigation" style={{ marginBottom: 16 }}>{PANES.map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <div className="pane p-site" style={show(1)}>
          <Row label="网站名称" help="与单位名称或品牌相关">{text('siteName', 'site-name', { max: 50, blur: (v) => (/^[\u4e00-\u9fa5]/.test(v) ? '' : '网站名称须含中文') })}</Row>
          <Row label="网站域名" help="已实名认证的一级域名，输入后回车">
            <InputTag className="domains" style={{ width: 420 }} allowClear placeholder="如 example.cn" value={domains} validate={(v) => DOMAIN_RE.test(v)} onChange={(v) => set('domains', arr<string>(v).map((x) => String(x)))} />
          </Row>
          <Row label="网站首页URL" help="从已填写的域名中选择">
            <Select className="home-url" {...pop('home-url-pop')} style={{ width: 420 }} placeholder={domains.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined} options={opts(homeUrlSuggestions(domains))} onChange={(v) => set('homeUrl', String(v))} />
          </Row>
        </div>
        <div className="pane p-service" style={show(2)}>
          <Row label="网站服务内容"><Select className="content" {...pop('content-pop')} showSearch style={{ width: 420 }} placeholder="请选择" value={str(s.content) || undefined} options={opts(ICP_CONTENT)} onChange={(v) => set('content', String(v))} /></Row>
          <Row label="网站语言"><Select className="languages" {...pop('languages-pop')} mode="multiple" style={{ width: 420 }} placeholder="请选择" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} onChange={(v) => set('languages', arr<string>(v))} /></Row>
          <Row label="是否涉及前置审批" help="涉及新闻、出版、教育、医疗保健等内容时开启"><Switch className="pre-approval" checked={s.preApproval === true} onChange={(v) => set('preApproval', v)} /></Row>
        </div>
        <div className="pane p-wp" style={show(3)}>
          <Row label="负责人姓名">{text('wpName', 'wp-name', { max: 30 })}</Row>
          <Row label="证件类型"><Select className="wp-cert-type" {...pop('wp-cert-type-pop')} style={{ width: 420 }} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v))} /></Row>
          <Row label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
          <Row label="证件有效期起"><DatePicker className="wp-valid-from" {...pop('wp-valid-from-pop')} value={str(s.wpValidFrom) || undefined} onChange={(d) => set('wpValidFrom', d ?? '')} /></Row>
          <Row label="证件有效期止">
            <div className="row-inline">
              <DatePicker className="wp-valid-to" {...pop('wp-valid-to-pop')} disabled={long} value={str(s.wpValidTo) || undefined} onChange={(d) => set('wpValidTo', d ?? '')} />
              <Checkbox className="wp-long-term" checked={long} onChange={(v) => setMany({ wpLongTerm: v, wpValidTo: v ? '' : s.wpValidTo })}>长期</Checkbox>
            </div>
          </Row>
          <Row label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
          <Row label="办公室电话" req={false}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
          <Row label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</Row>
        </div>
        <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
        <div className="actions">
          <Button className="prev-pane" disabled={cur === 1} onClick={() => setCur(cur - 1)}>上一项</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); if (cur < 3) setCur(cur + 1); else setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (单位): provider drawers */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);
const codePath = (code: string): string[] => (code ? [code.slice(0, 2), code.slice(0, 4), code] : []);

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: '', interactiveKinds: [], dangerous: '', languages: [],
    apName: '', apMethod: '', apRegionCode: '', apPhone: '', rgName: '', rgPhone: '', nextClicks: 0,
  }, ({ apRegionCode, ...r }) => ({ ...r, apRegion: pathOfCode(str(apRegionCode)) }));
  const e = useErrs();
  const [drawer, setDrawer] = useState('');
  const [methods, setMethods] = useState<string[] | null>(null);
  const [tree, setTree] = useState<RegionOption[]>([]);
  useEffect(() => { void fetchAccessMethods(450).then(setMethods); void fetchRegionTree(300).then(setTree); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const inter = s.interactive === '是';
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请</span><span className="who">杭州云栖示例科技有限公司（单位用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Steps current={2} size="small">{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps></div>
        <div className="card-w sec-site">
          <div className="sec-title">网站信息</div>
          <Row label="网站名称" help="须与工信部备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</Row>
          <Row label="工信部备案号" help="如 浙ICP备12345678号-1">{text('icpNumber', 'icp-number', { blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</Row>
          <Row label="网站开通日期"><DatePicker className="opened-at" {...pop('opened-at-pop')} value={str(s.openedAt) || undefined} onChange={(d) => set('openedAt', d ?? '')} /></Row>
          <Row label="网站域名">{text('mainDomain', 'main-domain', { placeholder: '一级域名，不带 www.', blur: (v) => (DOMAIN_RE.test(v) ? '' : '域名格式不正确') })}</Row>
          <Row label="网站IP地址" help="输入 IP 后回车，可填多个">
            <Select className="ips" {...pop('ips-pop')} mode="multiple" allowCreate style={{ width: 420 }} placeholder="输入 IP 后回车" value={arr<string>(s.ips)} options={[]}
              onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()); const bad = l.find((x) => ipRule(x)); e.set('ips', bad ? ipRule(bad) : ''); set('ips', l.filter((x) => !ipRule(x))); }} />
            {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
          </Row>
          <Row label="网站类型"><Select className="category" {...pop('category-pop')} style={{ width: 420 }} placeholder="请选择" value={str(s.category) || undefined} options={opts(MPS_CATEGORIES.map(([, l]) => l))} onChange={(v) => set('category', String(v))} /></Row>
          <Row label="是否提供互联网交互服务" help="论坛、评论、即时通讯等用户可发布信息的服务为“是”">
            <Radio.Group className="interactive" value={str(s.interactive) || undefined} options={YES_NO} onChange={(v) => setMany({ interactive: String(v), interactiveKinds: [] })} />
          </Row>
          {inter ? <Row label="交互服务类型"><Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v))} /></Row> : null}
          <Row label="是否提供涉及管制物品信息发布服务"><Radio.Group className="dangerous" value={str(s.dangerous) || undefined} options={YES_NO} onChange={(v) => set('dangerous', String(v))} /></Row>
          <Row label="网站语种"><Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} /></Row>
        </div>
        <div className="card-w sec-providers">
          <div className="sec-title">服务商信息</div>
          <div className="sum-row ap-summary"><span>网络接入服务商：{str(s.apName) || '未填写'}{s.apMethod ? `（${str(s.apMethod)}）` : ''}</span><Button type="text" className="ap-edit" onClick={() => setDrawer('ap')}>编辑</Button></div>
          <div className="sum-row rg-summary"><span>域名注册服务商：{str(s.rgName) || '未填写'}</span><Button type="text" className="rg-edit" onClick={() => setDrawer('rg')}>编辑</Button></div>
        </div>
        <Drawer className="ap-drawer" width={560} title="网络接入服务商" visible={drawer === 'ap'} mountOnEnter={false} onOk={() => setDrawer('')} onCancel={() => setDrawer('')}>
          <div className="p-ap">
            <Row label="接入服务商名称"><Select className="ap-name" {...pop('ap-name-pop')} showSearch allowClear style={{ width: 320 }} placeholder="输入名称搜索" value={str(s.apName) || undefined} options={opts(MPS_PROVIDERS)} onChange={(v) => set('apName', String(v ?? ''))} /></Row>
            <Row label="网站接入方式"><Select className="ap-method" {...pop('ap-method-pop')} style={{ width: 320 }} placeholder={methods ? '请选择' : '加载中…'} value={str(s.apMethod) || undefined} options={opts(methods ?? [])} onChange={(v) => set('apMethod', String(v))} /></Row>
            <Row label="接入服务商所属区域"><Cascader className="ap-region" {...pop('ap-region-pop')} style={{ width: 320 }} placeholder="省 / 市 / 区县" options={tree} value={codePath(str(s.apRegionCode))} onChange={(v) => { const p = (v ?? []) as string[]; set('apRegionCode', String(p[p.length - 1] ?? '')); }} /></Row>
            <Row label="接入服务商联系电话">{text('apPhone', 'ap-phone', { blur: phoneRule })}</Row>
          </div>
        </Drawer>
        <Drawer className="rg-drawer" width={560} title="域名注册服务商" visible={drawer === 'rg'} mountOnEnter={false} onOk={() => setDrawer('')} onCancel={() => setDrawer('')}>
          <div className="p-rg">
            <Row label="域名注册服务商名称"><Select className="rg-name" {...pop('rg-name-pop')} showSearch allowClear style={{ width: 320 }} placeholder="输入名称搜索" value={str(s.rgName) || undefined} options={opts(MPS_PROVIDERS)} onChange={(v) => set('rgName', String(v ?? ''))} /></Row>
            <Row label="域名注册服务商电话">{text('rgPhone', 'rg-phone', { blur: phoneRule })}</Row>
          </div>
        </Drawer>
        <div className="actions"><Button type="primary" className="next" onClick={clicks(s, set, 'nextClicks')}>下一步</Button></div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写主办者信息 (个人): upload first */

interface LazyOpt { value: string; label: string; isLeaf?: boolean; children?: LazyOpt[] }

function BaiduSubjectPerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'subject', '个人', {
    idFront: [], certAddress: '', mailRegion: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [], prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [reading, setReading] = useState(false);
  const [codes, setCodes] = useState<string[]>([]);
  const [provinces, setProvinces] = useState<LazyOpt[]>([]);
  useEffect(() => { void fetchAreas('', 300).then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf })))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const files = arr<string>(s.idFront);
  const range = arr<string>(s.prValidity);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="bd-body">
        <div className="card-w"><Steps current={2} size="small">{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认'].map((t) => <Steps.Step key={t} title={t} />)}</Steps></div>
        <div className="card-w sec-photo">
          <div className="sec-title">证件照片</div>
          <Row label="证件照片" help="上传身份证人像面，识别后自动填写姓名与证件号码（请核对）">
            <div className="row-inline id-front">
              <Upload showUploadList={false} autoUpload={false} accept="image/png,image/jpeg" beforeUpload={(file) => {
                set('idFront', [file.name]); setReading(true);
                void readIdFront(file.name).then((r) => { setReading(false); if (r) setMany({ prName: str(s.prName) || r.name, prCertNumber: str(s.prCertNumber) || r.number, prCertType: str(s.prCertType) || '居民身份证' }); });
                return false;
              }}><Button className="up-id-front">{files.length ? '重新上传' : '上传证件照片'}</Button></Upload>
              {files.length ? <span className="file-name">{files[0]}</span> : <span className="help">未上传</span>}
              {reading ? <span className="help ocr-reading">识别中…</span> : null}
            </div>
          </Row>
        </div>
        <div className="card-w sec-holder">
          <div className="sec-title">主办者信息</div>
          <Row label="证件住址" help="与身份证上的住址一致"><Input.TextArea className="cert-address" style={{ width: 420 }} autoSize={{ minRows: 2 }} value={str(s.certAddress)} onChange={(v) => set('certAddress', v)} /></Row>
          <Row label="通信地址所属区域" help="逐级选择省 / 市 / 区县">
            <Cascader className="mail-region" {...pop('mail-region-pop')} style={{ width: 420 }} placeholder="请选择" options={provinces} value={codes}
              loadMore={(path: string[]) => fetchAreas(String(path[path.length - 1]), 300).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf || path.length >= 2 })))}
              onChange={(v, o) => { const p = (v ?? []) as string[]; setCodes(p); set('mailRegion', ((o ?? []) as { label?: string }[]).map((x) => String(x?.label ?? '')).filter(Boolean)); }} />
          </Row>
          <Row label="通信详细地址" help="须详细到门牌号">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
          <Row label="投资人或主管单位" help="个人填写本人姓名">{text('investor', 'investor', { max: 30 })}</Row>
        </div>
        <div className="card-w sec-principal">
          <div className="sec-title">主体负责人</div>
          <Row label="主体负责人姓名">{text('prName', 'pr-name', { max: 30 })}</Row>
          <Row label="证件类型"><Select className="pr-cert-type" {...pop('pr-cert-type-pop')} style={{ width: 420 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} /></Row>
          <Row label="证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
          <Row label="证件有效期">
            <div className="row-inline">
              {long
                ? <DatePicker className="pr-valid-from" {...pop('pr-valid-from-pop')} value={range[0] || undefined} onChange={(d) => set('prValidity', d ? [d] : [])} />
                : <DatePicker.RangePicker className="pr-validity" {...pop('pr-validity-pop')} style={{ width: 300 }} value={range.length === 2 ? range : undefined} onChange={(v) => set('prValidity', arr<string>(v))} />}
              <Checkbox className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: v, prValidity: range.slice(0, 1) })}>长期</Checkbox>
            </div>
          </Row>
          <Row label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系人手机号码">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系人手机号码不能与手机号码相同' : '') })}</Row>
          <Row label="办公室电话" req={false}>{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
          <Row label="电子邮箱">{text('prEmail', 'pr-email', { blur: emailRule })}</Row>
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>我承诺所填主办者信息真实有效</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout39-aliyun-site-unit-arco-innersteps': AliyunSiteUnit,
  'heldout39-mps-site-unit-arco-providerdrawers': MpsSiteUnit,
  'heldout39-baidu-subject-person-arco-uploadfirst': BaiduSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
