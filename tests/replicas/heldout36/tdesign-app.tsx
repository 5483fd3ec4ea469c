/**
 * Gen-36 held-out builds on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout36-aliyun-subject-person-tdesign-swimlanes   Alibaba 填写主办者信息 (个人) as SWIMLANES: three TDesign Cards side by
 *    side (主办者 / 主体负责人 / 联系方式), labels on top; a Textarea, a whole-tree Cascader + street line (door number on
 *    blur), an AutoComplete offering the person's name, a Select, ONE DateRangePicker, blur checks; the 承诺 tick; 下一步
 *  - heldout36-huawei-site-person-tdesign-gridcards      Huawei Cloud 填写互联网信息服务 (个人) as GRID CARDS: two Cards side by
 *    side (网站 / 互联网信息服务负责人); a Select of home URLs fed by the domain, a Select, a filterable multiple Select, a
 *    TagInput of IPs (checked), 是 / 否 Radios, a Textarea, a DateRangePicker, blur checks; 保存 / 下一步
 */
import { AutoComplete, Button, Card, Cascader, Checkbox, DateRangePicker, Form, Input, Radio, Select, Steps, TagInput, Textarea } from 'tdesign-react';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, pathOfCode, personSiteNameProblem, PHONE_RE,
  regionOptions, shortIpv6, validId, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { FormItem } = Form;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <div style={{ width: '100%' }}>
      <Input className={p.cls} value={v} disabled={p.disabled} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={(x) => { const t = String(x ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const Range = (p: { s: S; set: Setter; k: string; cls: string }) => (
  <DateRangePicker className={p.cls} style={{ width: '100%' }} allowInput value={arr<string>(p.s[p.k])} format="YYYY-MM-DD" valueType="YYYY-MM-DD" placeholder={['开始日期', '结束日期']}
    onChange={(v) => p.set(p.k, arr<string>(v).map(String))} />
);

/* ------------------------------------------------------------------ 主办者信息 (个人, 阿里云), swimlanes */

function AliyunSubjectPerson() {
  const { s, set } = useReplicaState('aliyun', 'subject', '个人', {
    certAddress: '', mailCodes: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [],
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailCodes).at(-1) ?? '') }));
  const tree = useMemo(() => regionOptions(), []);
  const [msg, setMsg] = useState('');
  const emergency = (v: string) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '');
  const lane = (cls: string, title: string, body: React.ReactNode) => <Card className={`lane ${cls}`} title={title} bordered>{body}</Card>;
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w"><Steps current={1} options={[{ title: '填写基本信息' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} /></div>
        <Form labelAlign="top" className="lanes">
          {lane('lane-subject', '主办者', (<>
            <FormItem label="主办人名称"><span className="ro">张伟（来自填写基本信息）</span></FormItem>
            <FormItem label="证件住所" requiredMark>
              <Textarea className="cert-address" value={str(s.certAddress)} autosize={{ minRows: 2 }} placeholder="与身份证上的住址一致" onChange={(v) => set('certAddress', String(v ?? ''))} />
            </FormItem>
            <FormItem label="通信地址" requiredMark>
              <Cascader className="mail-region" options={tree} value={arr<string>(s.mailCodes).at(-1) ?? ''} placeholder="省 / 市 / 区县"
                popupProps={{ overlayClassName: 'mail-region-pop' }} onChange={(v) => set('mailCodes', v ? [...pathCodes(String(v))] : [])} />
            </FormItem>
            <FormItem label="通信地址详细" requiredMark><T s={s} set={set} k="mailDetail" cls="mail-detail" placeholder="街道、门牌号" rule={(v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号')} /></FormItem>
            <FormItem label="投资人或主管单位" requiredMark>
              <AutoComplete className="investor" value={str(s.investor)} options={['张伟']} placeholder="个人填写本人姓名"
                popupProps={{ overlayClassName: 'investor-pop' }} onChange={(v) => set('investor', String(v ?? ''))} />
            </FormItem>
          </>))}
          {lane('lane-principal', '主体负责人', (<>
            <FormItem label="负责人姓名" requiredMark><T s={s} set={set} k="prName" cls="pr-name" /></FormItem>
            <FormItem label="负责人证件类型" requiredMark>
              <Select className="pr-cert-type" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} placeholder="请选择"
                popupProps={{ overlayClassName: 'pr-cert-type-pop' }} onChange={(v) => set('prCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="负责人证件号码" requiredMark><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={idRule} /></FormItem>
            <FormItem label="证件有效期" requiredMark><Range s={s} set={set} k="prValidity" cls="pr-validity" /></FormItem>
          </>))}
          {lane('lane-contact', '联系方式', (<>
            <FormItem label="手机号码" requiredMark><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></FormItem>
            <FormItem label="应急联系电话" requiredMark><T s={s} set={set} k="prEmergency" cls="pr-emergency" rule={emergency} placeholder="不能与手机号码相同" /></FormItem>
            <FormItem label="办公室电话"><T s={s} set={set} k="prOffice" cls="pr-office" rule={phone} placeholder="区号-号码（选填）" /></FormItem>
            <FormItem label="电子邮箱" requiredMark><T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /></FormItem>
          </>))}
        </Form>
        <div className="actions">
          <Checkbox className="promise" checked={!!s.promise} onChange={(v) => set('promise', !!v)}>本人承诺所填信息真实有效</Checkbox>
          <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '' : '请勾选信息真实性承诺'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </div>
  );
}
/** The codes from the province down to a county code (the Cascader reports the leaf only). */
function pathCodes(leaf: string): string[] {
  return leaf.length >= 6 ? [`${leaf.slice(0, 2)}`, `${leaf.slice(0, 4)}`, leaf].filter((c, i, l) => l.indexOf(c) === i) : [leaf];
}

/* ------------------------------------------------------------------ 填写互联网信息服务 (个人, 华为云), grid cards */

function HuaweiSitePerson() {
  const { s, set } = useReplicaState('huawei', 'site', '个人', {
    siteName: '', mainDomain: '', homeUrl: '', content: '', languages: [], ips: [], preApproval: '', remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', saveClicks: 0, nextClicks: 0,
  });
  const [ipErr, setIpErr] = useState('');
  const [msg, setMsg] = useState('');
  const homes = useMemo(() => (DOMAIN_RE.test(str(s.mainDomain).trim()) ? homeUrlSuggestions([str(s.mainDomain).trim().toLowerCase()]) : []), [s.mainDomain]);
  const emergency = (v: string) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '');
  return (
    <div>
      <div className="hw-top"><b>华为云</b><span>备案中心</span><span className="who">张伟</span></div>
      <div className="hw-body">
        <div className="card-w"><Steps current={2} options={[{ title: '基础信息校验' }, { title: '填写主体信息' }, { title: '填写互联网信息服务' }, { title: '上传资料及真实性核验' }]} /></div>
        <Form labelAlign="right" labelWidth={150} className="gcards">
          <Card title="网站" bordered className="c-site">
            <FormItem label="网站名称" requiredMark><T s={s} set={set} k="siteName" cls="site-name" rule={personSiteNameProblem} /></FormItem>
            <FormItem label="主域名" requiredMark><T s={s} set={set} k="mainDomain" cls="main-domain" placeholder="如 example.cn" rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名')} /></FormItem>
            <FormItem label="首页URL" requiredMark>
              <Select className="home-url" value={str(s.homeUrl) || undefined} options={opts(homes)} placeholder={homes.length ? '请选择' : '请先填写主域名'}
                popupProps={{ overlayClassName: 'home-url-pop' }} onChange={(v) => set('homeUrl', String(v ?? ''))} />
            </FormItem>
            <FormItem label="服务内容" requiredMark>
              <Select className="content" value={str(s.content) || undefined} options={opts(ICP_CONTENT)} placeholder="请选择" popupProps={{ overlayClassName: 'content-pop' }}
                onChange={(v) => set('content', String(v ?? ''))} />
            </FormItem>
            <FormItem label="网站语言" requiredMark>
              <Select className="languages" multiple filterable value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} placeholder="请选择"
                popupProps={{ overlayClassName: 'languages-pop' }} onChange={(v) => set('languages', arr<string>(v))} />
            </FormItem>
            <FormItem label="IP地址" requiredMark>
              <div style={{ width: '100%' }}>
                <TagInput className="ips" value={arr<string>(s.ips)} placeholder="输入IP后回车（IPv4 / IPv6）" clearable
                  onChange={(v) => {
                    const l = arr<string>(v).map((x) => String(x).trim()).filter(Boolean);
                    const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x));
                    setIpErr(bad ? `${bad} 不是有效的IP地址` : '');
                    set('ips', l.filter((x) => IPV4_RE.test(x) || validIpv6(x)).map((x) => (x.includes(':') ? shortIpv6(x) : x)));
                  }} />
                {ipErr ? <div className="field-err">{ipErr}</div> : null}
              </div>
            </FormItem>
            <FormItem label="涉及前置审批" requiredMark>
              <Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} onChange={(v) => set('preApproval', String(v))}>
                <Radio value="是">是</Radio><Radio value="否">否</Radio>
              </Radio.Group>
            </FormItem>
            <FormItem label="网站备注" requiredMark>
              <Textarea className="remark" value={str(s.remark)} autosize={{ minRows: 3 }} maxlength={200} placeholder="请描述网站的主要内容" onChange={(v) => set('remark', String(v ?? ''))} />
            </FormItem>
          </Card>
          <Card title="互联网信息服务负责人" bordered className="c-wp">
            <FormItem label="互联网信息服务负责人姓名" requiredMark><T s={s} set={set} k="wpName" cls="wp-name" /></FormItem>
            <FormItem label="证件类型" requiredMark>
              <Select className="wp-cert-type" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} placeholder="请选择"
                popupProps={{ overlayClassName: 'wp-cert-type-pop' }} onChange={(v) => set('wpCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" requiredMark><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" rule={idRule} /></FormItem>
            <FormItem label="证件有效期" requiredMark><Range s={s} set={set} k="wpValidity" cls="wp-validity" /></FormItem>
            <FormItem label="手机号码" requiredMark><T s={s} set={set} k="wpMobile" cls="wp-mobile" rule={mobile} /></FormItem>
            <FormItem label="应急联系电话" requiredMark><T s={s} set={set} k="wpEmergency" cls="wp-emergency" rule={emergency} /></FormItem>
            <FormItem label="办公室电话"><T s={s} set={set} k="wpOffice" cls="wp-office" rule={phone} placeholder="区号-号码" /></FormItem>
            <FormItem label="电子邮箱" requiredMark><T s={s} set={set} k="wpEmail" cls="wp-email" rule={email} /></FormItem>
          </Card>
        </Form>
        <div className="actions">
          <Button variant="outline" className="save" onClick={() => { clicks(s, set, 'saveClicks')(); setMsg('已保存'); }}>保存</Button>
          <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.siteName ? '' : '请填写网站名称'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout36-aliyun-subject-person-tdesign-swimlanes': AliyunSubjectPerson,
  'heldout36-huawei-site-person-tdesign-gridcards': HuaweiSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
