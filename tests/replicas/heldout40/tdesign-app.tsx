/**
 * Gen-40 held-out build on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout40-huawei-site-unit-tdesign-sidemenu   Huawei Cloud 填写互联网信息服务 (单位) as a SIDE MENU: a console-style
 *    TDesign Menu at the left switching three sections (all mounted, one shown: 网站基本信息 / 域名与IP / 互联网信息服务
 *    负责人); a Select, a Checkbox group, a Select of the account's domains listed late, a multiple Select of the other
 *    domains, a home-URL line and a Textarea of IPs with blur checks, Radios, a DateRangePicker, phones that must differ;
 *    保存 / 下一步
 */
import { Button, Checkbox, DateRangePicker, Form, Input, Menu, Radio, Select, Textarea } from 'tdesign-react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchUnitDomains, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, lines, MOBILE_RE, validId, validIpv6 } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { FormItem } = Form;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <div style={{ width: '100%' }}>
      <Input className={p.cls} value={v} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={(x) => { const t = String(x ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}

function HuaweiSiteUnit() {
  const { s, set, setMany } = useReplicaState('huawei', 'site', '单位', {
    siteName: '', content: '', languages: [], mainDomain: '', subDomains: [], homeUrl: '', ipText: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', saveClicks: 0, nextClicks: 0,
  }, ({ ipText, ...r }) => ({ ...r, ips: lines(ipText) }));
  const [sec, setSec] = useState<string | number>('basic');
  const [domains, setDomains] = useState<string[] | null>(null);
  const [ipErr, setIpErr] = useState('');
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchUnitDomains(600).then(setDomains); }, []);
  const show = (k: string) => ({ display: sec === k ? 'block' : 'none' });
  const others = (domains ?? []).filter((d) => d !== s.mainDomain);
  return (
    <div>
      <div className="hw-top"><b>华为云</b><span>备案中心</span><span>填写订单 · 首次备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="hw-body">
        <div className="card-w help">基础信息校验 ✓ → 填写主体信息 ✓ → <b>填写互联网信息服务（网站）</b> → 上传资料及真实性核验</div>
        <div className="menu-layout">
          <div className="card-w" style={{ padding: 0 }}>
            <Menu className="site-menu" value={sec} onChange={setSec} width="220px">
              <Menu.MenuItem value="basic">网站基本信息</Menu.MenuItem>
              <Menu.MenuItem value="domain">域名与IP</Menu.MenuItem>
              <Menu.MenuItem value="wp">互联网信息服务负责人</Menu.MenuItem>
            </Menu>
          </div>
          <div className="card-w">
            <Form labelWidth={190} className="site-form">
              <div className="s-basic" style={show('basic')}>
                <div className="sec-title">网站基本信息</div>
                <FormItem label="网站名称" requiredMark help="须与单位相关，如 XX公司官网"><T s={s} set={set} k="siteName" cls="site-name" /></FormItem>
                <FormItem label="服务内容" requiredMark>
                  <Select className="content" value={str(s.content) || undefined} options={opts(ICP_CONTENT)} filterable placeholder="请选择" popupProps={{ overlayClassName: 'content-pop' }}
                    onChange={(v) => set('content', String(v ?? ''))} />
                </FormItem>
                <FormItem label="网站语言" requiredMark>
                  <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} />
                </FormItem>
              </div>
              <div className="s-domain" style={show('domain')}>
                <div className="sec-title">域名与IP</div>
                <FormItem label="主域名" requiredMark help="账号下已实名认证的域名">
                  <Select className="main-domain" loading={!domains} value={str(s.mainDomain) || undefined} options={opts(domains ?? [])} placeholder={domains ? '请选择' : '域名加载中…'}
                    popupProps={{ overlayClassName: 'main-domain-pop' }} onChange={(v) => setMany({ mainDomain: String(v ?? ''), subDomains: arr<string>(s.subDomains).filter((d) => d !== v) })} />
                </FormItem>
                <FormItem label="从域名" help="同一网站的其他域名（选填）">
                  <Select className="sub-domains" multiple disabled={!s.mainDomain} value={arr<string>(s.subDomains)} options={opts(others)} placeholder={s.mainDomain ? '请选择' : '请先选择主域名'}
                    popupProps={{ overlayClassName: 'sub-domains-pop' }} onChange={(v) => set('subDomains', arr<string>(v))} />
                </FormItem>
                <FormItem label="首页URL" requiredMark help="不带 http:// 或 https://">
                  <T s={s} set={set} k="homeUrl" cls="home-url" placeholder="如 www.example.cn"
                    rule={(v) => (/^https?:/i.test(v) ? '首页URL不带 http:// 或 https://' : s.mainDomain && !v.endsWith(str(s.mainDomain)) ? '首页URL须属于已填写的域名' : '')} />
                </FormItem>
                <FormItem label="IP地址" requiredMark help="每行一个，IPv4 或 IPv6">
                  <div style={{ width: '100%' }}>
                    <Textarea className="ips" value={str(s.ipText)} autosize={{ minRows: 2 }} placeholder="每行一个 IP" onChange={(v) => { setIpErr(''); set('ipText', String(v ?? '')); }}
                      onBlur={(v) => { const bad = lines(String(v ?? '')).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); setIpErr(bad ? `${bad}：IP 格式不正确` : ''); }} />
                    {ipErr ? <div className="field-err">{ipErr}</div> : null}
                  </div>
                </FormItem>
              </div>
              <div className="s-wp" style={show('wp')}>
                <div className="sec-title">互联网信息服务负责人</div>
                <FormItem label="互联网信息服务负责人姓名" requiredMark><T s={s} set={set} k="wpName" cls="wp-name" /></FormItem>
                <FormItem label="证件类型" requiredMark>
                  <Radio.Group className="wp-cert-type" value={str(s.wpCertType) || undefined} onChange={(v) => set('wpCertType', String(v ?? ''))}>
                    {ICP_PERSON_CERTS.slice(0, 4).map((c) => <Radio key={c} value={c}>{c}</Radio>)}
                  </Radio.Group>
                </FormItem>
                <FormItem label="证件号码" requiredMark><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" rule={idRule} /></FormItem>
                <FormItem label="证件有效期" requiredMark>
                  <DateRangePicker className="wp-validity" allowInput value={arr<string>(s.wpValidity)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" popupProps={{ overlayClassName: 'wp-validity-pop' }}
                    onChange={(v) => set('wpValidity', arr<string>(v).map(String))} />
                </FormItem>
                <FormItem label="手机号码" requiredMark><T s={s} set={set} k="wpMobile" cls="wp-mobile" rule={mobile} /></FormItem>
                <FormItem label="应急联系电话" requiredMark><T s={s} set={set} k="wpEmergency" cls="wp-emergency" placeholder="不能与手机号码相同"
                  rule={(v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '')} /></FormItem>
                <FormItem label="电子邮箱" requiredMark><T s={s} set={set} k="wpEmail" cls="wp-email" rule={email} /></FormItem>
              </div>
            </Form>
            <div className="actions">
              <Button variant="outline" className="save" onClick={() => { clicks(s, set, 'saveClicks')(); setMsg('已保存'); }}>保存</Button>
              <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.siteName ? '' : '请填写网站名称'); }}>下一步</Button>
              <span className="msg">{msg}</span>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout40-huawei-site-unit-tdesign-sidemenu': HuaweiSiteUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
