/**
 * Gen-19 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout19-baidu-site-person-antd-collapse   填写网站信息 (个人, 百度智能云): an antd COLLAPSE of three panels, all open
 *    (a folded panel keeps its fields), LEFT labels; blur checks, a TAGS Select of domains, an AUTOCOMPLETE home URL fed by
 *    them, a disabled Select, a searchable Select, a checkbox group, a SWITCH revealing items; a 同主办者负责人 tick copying
 *    and locking, a start DatePicker and an end DatePicker whose panel footer has a 长期 button; a counted textarea, a
 *    承诺 tick; 上一步 / 保存 / 下一步
 */
import { Alert, AutoComplete, Button, Checkbox, Collapse, ConfigProvider, DatePicker, Form, Input, Select, Steps, Switch } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, IPV4_RE, MOBILE_RE, personSiteNameProblem, PHONE_RE, validId, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

dayjs.locale('zh-cn');
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

/** A form item that never binds its control (the page's React state holds every value). */
function Item(p: { label: ReactNode; colon?: boolean; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode; className?: string }) {
  const msg = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item className={p.className} label={p.label} colon={p.colon} required={p.req} validateStatus={msg ? 'error' : undefined} help={msg || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} style={{ width: 340 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入正确的 11 位手机号码');
const ZW = HELD_PRINCIPAL.个人;

/* ------------------------------------------------------------------ 填写网站信息 (个人, 百度智能云), collapse */

function BaiduSitePerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', serviceType: '网站应用服务', contents: '', languages: [], ip: '', preApproval: false, preItems: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
    remark: '', promise: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [endOpen, setEndOpen] = useState(false);
  const locked = s.wpSame === true;
  const long = s.wpLongTerm === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const homeOptions = domains.flatMap((d) => [`www.${d}`, d]).filter((x) => !s.homeUrl || x.includes(str(s.homeUrl))).map((value) => ({ value }));
  const setDomains = (v: string[]) => {
    const list = v.map((x) => x.trim().toLowerCase());
    const bad = list.find((x) => domainRule(x));
    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
  };
  const copy = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: ZW.name, wpCertType: ZW.certType, wpCertNumber: ZW.certNumber, wpValidFrom: ZW.validFrom, wpValidTo: ZW.longTerm ? '' : ZW.validTo, wpLongTerm: ZW.longTerm, wpMobile: ZW.mobile, wpEmail: ZW.email }
    : { wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmail: '' });
  const day = (k: string) => (str(s[k]) ? dayjs(str(s[k])) : null);
  const panels = [
    {
      key: 'site', label: '网站基本信息', forceRender: true, children: (
        <>
          <Item label="网站名称" req e={e} k="siteName" extra="个人网站名称不能含有企业、公司、博客、论坛等字样">{text('siteName', 'site-name', { max: 40, blur: personSiteNameProblem })}</Item>
          <Item label="网站域名" req e={e} k="domains" extra="输入后回车，可填写多个">
            <Select className="domains" mode="tags" style={{ width: 420 }} open={false} suffixIcon={null} tokenSeparators={[',', ' ', '，']} placeholder="如 example.com"
              value={domains} onChange={(v) => setDomains(arr<string>(v).map(String))} />
          </Item>
          <Item label="网站首页URL" req extra="不含 http://">
            <AutoComplete className="home-url" style={{ width: 340 }} value={str(s.homeUrl)} options={homeOptions} placeholder="如 www.example.com" onChange={(v) => set('homeUrl', String(v ?? ''))} />
          </Item>
          <Item label="服务类型">
            <Select className="service-type" style={{ width: 240 }} disabled value={str(s.serviceType)} options={opts(['网站应用服务'])} />
          </Item>
          <Item label="网站服务内容" req>
            <Select className="contents" showSearch style={{ width: 240 }} placeholder="请选择" value={str(s.contents) || undefined} options={opts(ICP_CONTENT)} onChange={(v) => set('contents', v)} />
          </Item>
          <Item label="网站语言" req>
            <Checkbox.Group className="languages" style={{ maxWidth: 720 }} value={arr<string>(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', v.map(String))} />
          </Item>
          <Item label="服务器IP地址" req e={e} k="ip" extra="网站所在服务器的公网 IPv4 / IPv6 地址">
            {text('ip', 'ip', { placeholder: '如 203.0.113.10', blur: (v) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的 IP 地址`) })}
          </Item>
          <Item label="是否涉及前置审批" req>
            <div className="row-inline">
              <Switch className="pre-approval" checked={s.preApproval === true} checkedChildren="是" unCheckedChildren="否"
                onChange={(v) => setMany({ preApproval: v, ...(v ? {} : { preItems: [] }) })} />
              <span className="help">新闻、出版、教育、医疗保健、药品和医疗器械等须取得前置审批</span>
            </div>
          </Item>
          {s.preApproval === true
            ? (
              <Item label="前置审批项" req>
                <Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v.map(String))} />
              </Item>
            )
            : null}
        </>
      ),
    },
    {
      key: 'principal', label: '网站负责人信息', forceRender: true, extra: (
        <span onClick={(ev) => ev.stopPropagation()}>
          <Checkbox className="wp-same" checked={locked} onChange={(ev) => copy(ev.target.checked)}>同主办者负责人</Checkbox>
        </span>
      ), children: (
        <>
          <Item label="负责人姓名" req>{text('wpName', 'wp-name', { max: 20, disabled: locked })}</Item>
          <Item label="证件类型" req>
            <Select className="wp-cert-type" style={{ width: 240 }} disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', v)} />
          </Item>
          <Item label="证件号码" req e={e} k="wpCertNumber">
            {text('wpCertNumber', 'wp-cert-number', { max: 18, disabled: locked, blur: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对' })}
          </Item>
          <Item label="证件有效期开始" req>
            <DatePicker className="wp-valid-from" style={{ width: 240 }} disabled={locked} format="YYYY-MM-DD" value={day('wpValidFrom')} onChange={(d) => set('wpValidFrom', d ? d.format('YYYY-MM-DD') : '')} />
          </Item>
          <Item label="证件有效期截止" req extra="长期有效的证件请在日期面板底部点击“长期”">
            <DatePicker className="wp-valid-to" style={{ width: 240 }} disabled={locked} format="YYYY-MM-DD" placeholder={long ? '长期' : '请选择日期'} value={day('wpValidTo')}
              open={endOpen} onOpenChange={setEndOpen}
              onChange={(d) => setMany({ wpValidTo: d ? d.format('YYYY-MM-DD') : '', wpLongTerm: false })}
              renderExtraFooter={() => (
                <div className="row-inline" style={{ justifyContent: 'space-between', padding: '4px 0' }}>
                  <span className="help">身份证有效期为长期的请选择</span>
                  <Button className="long-btn" size="small" type="link" onClick={() => { setMany({ wpLongTerm: true, wpValidTo: '' }); setEndOpen(false); }}>长期</Button>
                </div>
              )} />
            {long ? <span className="long-tag help" style={{ marginLeft: 8 }}>已选择：长期</span> : null}
          </Item>
          <Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, disabled: locked, blur: mobileRule })}</Item>
          <Item label="应急联系电话" req e={e} k="wpEmergency">
            {text('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
          </Item>
          <Item label="办公室电话" e={e} k="wpOffice">{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 010-12345678') })}</Item>
          <Item label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Item>
        </>
      ),
    },
    {
      key: 'other', label: '其他信息', forceRender: true, children: (
        <>
          <Item label="网站备注" req extra="个人网站请说明网站用途，不得含有网站名称禁用字样">
            <Input.TextArea className="remark" style={{ width: 480 }} rows={3} maxLength={200} showCount value={str(s.remark)} onChange={(ev) => set('remark', ev.target.value)} />
          </Item>
          <Item label=" " colon={false} className="promise-item">
            <Checkbox className="promise" checked={s.promise === true} onChange={(ev) => set('promise', ev.target.checked)}>本人承诺所填网站信息真实有效</Checkbox>
          </Item>
        </>
      ),
    },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="bd-side" aria-label="ICP备案"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案操作码</a><a>备案帮助</a></nav>
      <div className="bd-main"><div className="bd-body">
        <h2 className="page-title">首次备案</h2>
        <div className="card-w">
          <Steps current={2} size="small" items={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="网站名称应与网站首页标题一致；备案期间请勿开通网站访问。" />
        <Form layout="horizontal" labelCol={{ flex: '150px' }} wrapperCol={{ flex: 1 }} component="div">
          <Collapse className="site-collapse" defaultActiveKey={['site', 'principal', 'other']} items={panels} />
        </Form>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout19-baidu-site-person-antd-collapse': BaiduSitePerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
