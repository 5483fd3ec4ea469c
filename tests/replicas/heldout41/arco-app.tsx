/**
 * Gen-41 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout41-aliyun-site-person-arco-principalmodal  填写网站信息 (个人, 阿里云) as a PRINCIPAL MODAL: the site fields on the
 *    page (a domain line, radios fed by it, a Checkbox group, radios, a textarea) and the 网站负责人 in a Modal mounted
 *    only once opened (a Select, a RangePicker, blur checks, phones that must differ); an agreement tick; 下一步
 *  - heldout41-baidu-site-person-arco-lefttabs         填写网站信息 (个人, 百度智能云) as LEFT TABS: Arco Tabs at the left,
 *    the second pane mounted once opened: an InputTag, a Select fed by it, a multiple Select, a Switch, a copy Switch
 *    locking fields, two DatePickers, blur checks; a 承诺 tick; 下一步
 */
import { Button, Checkbox, ConfigProvider, DatePicker, Input, InputTag, Modal, Radio, Select, Switch, Tabs } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, personSiteNameProblem, PHONE_RE, validId, YES_NO } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ maxWidth: 400 }}>
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

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (个人): principal modal */

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domain: '', homeUrl: '', languages: [], preApproval: '', remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [open, setOpen] = useState(false);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domain = str(s.domain).trim().toLowerCase();
  const homes = DOMAIN_RE.test(domain) ? homeUrlSuggestions([domain]) : [];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w sec-site">
          <div className="sec-title">网站基本信息</div>
          <Row label="网站名称" help="至少 3 个汉字；个人网站名称不得含有企业、科技、工作室等字样">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Row>
          <Row label="网站域名" help="已实名认证的一级域名，不带 www.">
            <Text s={s} set={(k, v) => setMany({ [k]: v, homeUrl: '' })} e={e} k="domain" cls="domain" placeholder="如 example.cn" blur={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名')} />
          </Row>
          <Row label="网站首页URL" help="根据网站域名生成，请选择其一">
            {homes.length ? <Radio.Group className="home-url" value={str(s.homeUrl) || undefined} options={homes} onChange={(v) => set('homeUrl', String(v))} /> : <span className="help home-wait">请先填写网站域名</span>}
          </Row>
          <Row label="服务内容" req={false}><span className="ro">其他（个人备案固定）</span></Row>
          <Row label="网站语言"><Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} /></Row>
          <Row label="是否涉及前置审批"><Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} options={YES_NO} onChange={(v) => set('preApproval', String(v))} /></Row>
          <Row label="网站备注" help="说明网站的用途与内容"><Input.TextArea className="remark" style={{ width: 400 }} autoSize={{ minRows: 2 }} value={str(s.remark)} onChange={(v) => set('remark', v)} /></Row>
        </div>
        <div className="card-w sec-wp">
          <div className="sec-title">网站负责人</div>
          <div className="sum-row wp-summary">
            <span>{s.wpName ? `${str(s.wpName)}　${str(s.wpCertType)} ${str(s.wpCertNumber)}　${str(s.wpMobile)}` : '尚未填写网站负责人'}</span>
            <Button type="primary" className="wp-open" onClick={() => setOpen(true)}>填写负责人</Button>
          </div>
        </div>
        <Modal className="wp-modal" title="网站负责人信息" visible={open} style={{ width: 680 }} onOk={() => setOpen(false)} onCancel={() => setOpen(false)} okText="确定" cancelText="取消">
          <div className="wp-form">
            <Row label="负责人姓名">{text('wpName', 'wp-name', { max: 30 })}</Row>
            <Row label="证件类型"><Select className="wp-cert-type" {...pop('wp-cert-type-pop')} style={{ width: 400 }} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v))} /></Row>
            <Row label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
            <Row label="证件有效期"><DatePicker.RangePicker className="wp-validity" {...pop('wp-validity-pop')} style={{ width: 300 }} value={arr<string>(s.wpValidity).length === 2 ? arr<string>(s.wpValidity) : undefined} onChange={(v) => set('wpValidity', arr<string>(v))} /></Row>
            <Row label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="办公室电话" req={false}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
            <Row label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</Row>
          </div>
        </Modal>
        <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写网站信息 (个人): left tabs */

function BaiduSitePerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false, remark: '',
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', promise: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tab, setTab] = useState('site');
  const domains = arr<string>(s.domains);
  const same = s.wpSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const copy = (on: boolean) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(on ? { wpSame: true, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidFrom: h.validFrom, wpValidTo: h.validTo, wpMobile: h.mobile, wpEmail: h.email } : { wpSame: false });
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="bd-body">
        <div className="card-w">
          <Tabs className="left-tabs" tabPosition="left" activeTab={tab} onChange={setTab}>
            <Tabs.TabPane key="site" title="网站信息">
              <div className="p-site">
                <Row label="网站名称" help="至少 3 个汉字，不含企业、科技、工作室等字样">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Row>
                <Row label="网站域名" help="输入一级域名后回车">
                  <InputTag className="domains" style={{ width: 400 }} allowClear placeholder="如 example.cn" value={domains} validate={(v) => DOMAIN_RE.test(v)}
                    onChange={(v) => { const l = arr<string>(v).map((x) => String(x)); setMany({ domains: l, homeUrl: l.length ? s.homeUrl : '' }); }} />
                </Row>
                <Row label="网站首页地址" help="从网站域名中选择">
                  <Select className="home-url" {...pop('home-url-pop')} style={{ width: 400 }} placeholder={domains.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined} options={opts(homeUrlSuggestions(domains))} onChange={(v) => set('homeUrl', String(v))} />
                </Row>
                <Row label="网站语言"><Select className="languages" {...pop('languages-pop')} mode="multiple" style={{ width: 400 }} placeholder="请选择" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} onChange={(v) => set('languages', arr<string>(v))} /></Row>
                <Row label="是否涉及前置审批" help="涉及新闻、出版、教育、医疗保健等内容时开启"><Switch className="pre-approval" checked={s.preApproval === true} onChange={(v) => set('preApproval', v)} /></Row>
                <Row label="网站备注" help="说明网站用途"><Input.TextArea className="remark" style={{ width: 400 }} autoSize={{ minRows: 2 }} value={str(s.remark)} onChange={(v) => set('remark', v)} /></Row>
              </div>
            </Tabs.TabPane>
            <Tabs.TabPane key="wp" title="网站负责人">
              <div className="p-wp">
                <Row label="同主办者" req={false}><div className="row-inline"><Switch className="wp-same" checked={same} onChange={(v) => copy(v)} /><span className="help">与主办者信息一致时开启（带出并锁定）</span></div></Row>
                <Row label="网站负责人姓名">{text('wpName', 'wp-name', { max: 30, disabled: same })}</Row>
                <Row label="证件类型"><Select className="wp-cert-type" {...pop('wp-cert-type-pop')} disabled={same} style={{ width: 400 }} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v))} /></Row>
                <Row label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, disabled: same, blur: idRule(s.wpCertType) })}</Row>
                <Row label="证件有效期开始"><DatePicker className="wp-valid-from" {...pop('wp-valid-from-pop')} disabled={same} value={str(s.wpValidFrom) || undefined} onChange={(d) => set('wpValidFrom', d ?? '')} /></Row>
                <Row label="证件有效期结束"><DatePicker className="wp-valid-to" {...pop('wp-valid-to-pop')} disabled={same} value={str(s.wpValidTo) || undefined} onChange={(d) => set('wpValidTo', d ?? '')} /></Row>
                <Row label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, disabled: same, blur: mobileRule })}</Row>
                <Row label="应急联系人手机号码">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系人手机号码不能与手机号码相同' : '') })}</Row>
                <Row label="办公室电话" req={false}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
                <Row label="电子邮箱">{text('wpEmail', 'wp-email', { disabled: same, blur: emailRule })}</Row>
              </div>
            </Tabs.TabPane>
          </Tabs>
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本人承诺所填网站信息真实有效</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); if (tab === 'site') setTab('wp'); else setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout41-aliyun-site-person-arco-principalmodal': AliyunSitePerson,
  'heldout41-baidu-site-person-arco-lefttabs': BaiduSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
