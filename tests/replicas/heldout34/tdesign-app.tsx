/**
 * Gen-34 held-out builds on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout34-mps-principal-unit-tdesign-settingsrows   网站负责人 (单位, 公安) as SETTINGS ROWS: each role a TDesign Row, its
 *    title and note in a narrow left Col, its FormItems at the right; a 同主体负责人信息 Checkbox copying the held principal, a
 *    Select, two DatePickers, blur checks, two Uploads; the emergency contact's source a Radio group (only 另行填写 shows
 *    fields); the notice tick; 提交
 *  - heldout34-tencent-site-person-tdesign-formgrid      Tencent Cloud 填写网站信息 (个人) as a TOP-LABEL FORM GRID (two Cols a
 *    row) in two Cards: a TagInput of domains, a Select of home URLs fed by them, a multiple Select, a Checkbox group, button
 *    Radios, Radios of documents, two DatePickers + a 长期 Checkbox hiding the end, a Textarea, blur checks; 下一步
 */
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Steps, TagInput, Textarea, Upload } from 'tdesign-react';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, EMERGENCY_SOURCES, HELD_PRINCIPAL, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS,
  personSiteNameProblem, PHONE_RE, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { FormItem } = Form;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]); // a value set from outside (a copy, a fill) drops the old message
  return (
    <div style={{ width: '100%' }}>
      <Input className={p.cls} value={str(p.s[p.k])} disabled={p.disabled} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(v) => { p.set(p.k, String(v ?? '')); setErr(''); }} onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const Dt = (p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) => (
  <DatePicker className={p.cls} style={{ width: '100%' }} disabled={p.disabled} value={str(p.s[p.k])} format="YYYY-MM-DD" valueType="YYYY-MM-DD" placeholder={p.placeholder}
    onChange={(v) => p.set(p.k, String(v ?? ''))} />
);

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), settings rows */

function Up(p: { s: S; set: Setter; k: string; cls: string; label: string }) {
  const files = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success' as const }));
  return (
    <div className={`up ${p.cls}`}>
      <Upload theme="file" autoUpload={false} accept="image/png,image/jpeg" max={1} files={files} draggable={false}
        onChange={(l) => p.set(p.k, l.map((f) => str(f.name)))}>
        <Button variant="outline">上传{p.label}</Button>
      </Upload>
    </div>
  );
}

function MpsPrincipalUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqMobile: '', aqEmail: '', aqFront: [], aqBack: [],
    yjSource: '', yjName: '', yjCertType: '', yjCertNumber: '', yjPhone: '', notice: false, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const same = !!s.aqSame;
  const copy = (on: boolean) => {
    const h = HELD_PRINCIPAL.单位;
    setMany(on
      ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidFrom: h.validFrom, aqValidTo: h.validTo, aqMobile: h.mobile, aqEmail: h.email }
      : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqMobile: '', aqEmail: '' });
  };
  const setting = (cls: string, title: string, note: string, body: React.ReactNode) => (
    <Row className={`set-row ${cls}`} gutter={24}>
      <Col span={3}><div className="set-title">{title}</div><div className="help">{note}</div></Col>
      <Col span={9}>{body}</Col>
    </Row>
  );
  return (
    <div>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 网站负责人</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Steps current={2} options={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} /></div>
        <div className="card-w settings">
          {setting('row-aq', '网站安全负责人', '负责网站安全管理的人员，须上传本人证件照片', (
            <Form labelAlign="left" labelWidth={140} className="aq-form">
              <FormItem label=" "><Checkbox className="aq-same" checked={same} onChange={(v) => copy(!!v)}>同主体负责人信息</Checkbox></FormItem>
              <FormItem label="安全负责人姓名" requiredMark><T s={s} set={set} k="aqName" cls="aq-name" disabled={same} /></FormItem>
              <FormItem label="证件类型" requiredMark>
                <Select className="aq-cert-type" disabled={same} value={str(s.aqCertType) || undefined} options={opts(MPS_PERSON_CERTS)} placeholder="请选择"
                  popupProps={{ overlayClassName: 'aq-cert-type-pop' }} onChange={(v) => set('aqCertType', String(v ?? ''))} />
              </FormItem>
              <FormItem label="证件号码" requiredMark><T s={s} set={set} k="aqCertNumber" cls="aq-cert-number" rule={idRule} disabled={same} /></FormItem>
              <FormItem label="证件有效期起" requiredMark><Dt s={s} set={set} k="aqValidFrom" cls="aq-valid-from" disabled={same} /></FormItem>
              <FormItem label="证件有效期止" requiredMark><Dt s={s} set={set} k="aqValidTo" cls="aq-valid-to" disabled={same} placeholder="长期证件可不填" /></FormItem>
              <FormItem label="手机号码" requiredMark><T s={s} set={set} k="aqMobile" cls="aq-mobile" rule={mobile} disabled={same} /></FormItem>
              <FormItem label="电子邮件地址" requiredMark><T s={s} set={set} k="aqEmail" cls="aq-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确')} disabled={same} /></FormItem>
              <FormItem label="证件正面" requiredMark><Up s={s} set={set} k="aqFront" cls="aq-front" label="证件正面" /></FormItem>
              <FormItem label="证件反面" requiredMark><Up s={s} set={set} k="aqBack" cls="aq-back" label="证件反面" /></FormItem>
            </Form>
          ))}
          {setting('row-yj', '网站应急联络人', '发生网络安全事件时的联络人', (
            <Form labelAlign="left" labelWidth={140} className="yj-form">
              <FormItem label="应急联络人来源" requiredMark>
                <Radio.Group className="yj-source" value={str(s.yjSource) || undefined}
                  onChange={(v) => setMany(v === '另行填写' ? { yjSource: v } : { yjSource: String(v), yjName: '', yjCertType: '', yjCertNumber: '', yjPhone: '' })}>
                  {EMERGENCY_SOURCES.map((o) => <Radio key={o} value={o}>{o}</Radio>)}
                </Radio.Group>
              </FormItem>
              {s.yjSource === '另行填写' ? (<>
                <FormItem label="联络人姓名" requiredMark><T s={s} set={set} k="yjName" cls="yj-name" /></FormItem>
                <FormItem label="联络人证件类型" requiredMark>
                  <Select className="yj-cert-type" value={str(s.yjCertType) || undefined} options={opts(MPS_PERSON_CERTS)} placeholder="请选择" onChange={(v) => set('yjCertType', String(v ?? ''))} />
                </FormItem>
                <FormItem label="联络人证件号码" requiredMark><T s={s} set={set} k="yjCertNumber" cls="yj-cert-number" rule={idRule} /></FormItem>
                <FormItem label="联络人手机号码" requiredMark><T s={s} set={set} k="yjPhone" cls="yj-phone" rule={mobile} /></FormItem>
              </>) : s.yjSource ? <div className="help yj-summary">将使用{s.yjSource === '同主体负责人' ? '主体负责人 李娜' : '网站安全负责人'}的信息作为应急联络人。</div> : null}
            </Form>
          ))}
          {setting('row-notice', '提示说明', '请阅读后勾选', (
            <Checkbox className="notice" checked={!!s.notice} onChange={(v) => set('notice', !!v)}>我已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox>
          ))}
        </div>
        <div className="actions">
          <Button theme="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.notice ? '已提交，等待审核' : '请先阅读并勾选责任告知书'); }}>提交</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 填写网站信息 (个人, 腾讯云), top-label form grid */

function TencentSitePerson() {
  const { s, set, setMany } = useReplicaState('tencent', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', content: [], languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
    remark: '', agree: false, nextClicks: 0,
  });
  const [domErr, setDomErr] = useState('');
  const [msg, setMsg] = useState('');
  const homes = useMemo(() => homeUrlSuggestions(arr<string>(s.domains)), [s.domains]);
  const emergency = (v: string) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '');
  const item = (label: string, body: React.ReactNode, req = true) => <Col span={6}><FormItem label={label} requiredMark={req}>{body}</FormItem></Col>;
  return (
    <div>
      <div className="tc-top"><b>腾讯云</b><span>网站备案</span><span className="who">张伟</span></div>
      <div className="tc-body">
        <div className="card-w"><Steps current={2} options={[{ title: '验证备案类型' }, { title: '填写主体信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交' }]} /></div>
        <Form labelAlign="top" className="site-form">
          <Card title="网站信息" bordered style={{ marginBottom: 16 }}>
            <Row gutter={32}>
              {item('网站名称', <T s={s} set={set} k="siteName" cls="site-name" rule={personSiteNameProblem} placeholder="个人网站名称不能含有企业、论坛等字样" />)}
              {item('网站域名', (
                <div style={{ width: '100%' }}>
                  <TagInput className="domains" value={arr<string>(s.domains)} placeholder="输入域名后回车" clearable
                    onChange={(v) => {
                      const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
                      const bad = l.find((d) => !DOMAIN_RE.test(d));
                      setDomErr(bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : '');
                      set('domains', l.filter((d) => DOMAIN_RE.test(d)));
                    }} />
                  {domErr ? <div className="field-err">{domErr}</div> : null}
                </div>
              ))}
              {item('网站首页', (
                <Select className="home-url" value={str(s.homeUrl) || undefined} options={opts(homes)} placeholder={homes.length ? '请选择' : '请先填写网站域名'}
                  popupProps={{ overlayClassName: 'home-url-pop' }} onChange={(v) => set('homeUrl', String(v ?? ''))} />
              ))}
              {item('网站服务内容', (
                <Select className="content" multiple value={arr<string>(s.content)} options={opts(ICP_CONTENT)} placeholder="请选择" filterable
                  popupProps={{ overlayClassName: 'content-pop' }} onChange={(v) => set('content', arr<string>(v))} />
              ))}
              <Col span={12}>
                <FormItem label="网站语言" requiredMark>
                  <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
                </FormItem>
              </Col>
              {item('是否涉及前置审批', (
                <Radio.Group className="pre-approval" variant="default-filled" value={str(s.preApproval) || undefined} onChange={(v) => set('preApproval', String(v))}>
                  <Radio.Button value="是">是</Radio.Button><Radio.Button value="否">否</Radio.Button>
                </Radio.Group>
              ))}
            </Row>
          </Card>
          <Card title="网站负责人" bordered className="wp-card">
            <Row gutter={32}>
              {item('负责人姓名', <T s={s} set={set} k="wpName" cls="wp-name" />)}
              <Col span={12}>
                <FormItem label="证件类型" requiredMark>
                  <Radio.Group className="wp-cert-type" value={str(s.wpCertType) || undefined} onChange={(v) => set('wpCertType', String(v))}>
                    {ICP_PERSON_CERTS.map((c) => <Radio key={c} value={c}>{c}</Radio>)}
                  </Radio.Group>
                </FormItem>
              </Col>
              {item('证件号码', <T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" rule={idRule} />)}
              {item('证件有效期起', <Dt s={s} set={set} k="wpValidFrom" cls="wp-valid-from" />)}
              {item('证件有效期止', (
                <div style={{ display: 'flex', gap: 12, alignItems: 'center', width: '100%' }}>
                  {s.wpLongTerm ? <span className="ro">长期有效</span> : <Dt s={s} set={set} k="wpValidTo" cls="wp-valid-to" />}
                  <Checkbox className="wp-long-term" checked={!!s.wpLongTerm} onChange={(v) => setMany(v ? { wpLongTerm: true, wpValidTo: '' } : { wpLongTerm: false })}>长期</Checkbox>
                </div>
              ))}
              {item('手机号码', <T s={s} set={set} k="wpMobile" cls="wp-mobile" rule={mobile} />)}
              {item('应急联系电话', <T s={s} set={set} k="wpEmergency" cls="wp-emergency" rule={emergency} placeholder="不能与手机号码相同" />)}
              {item('办公室电话', <T s={s} set={set} k="wpOffice" cls="wp-office" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} placeholder="区号-号码" />, false)}
              {item('电子邮箱', <T s={s} set={set} k="wpEmail" cls="wp-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确')} />)}
              <Col span={12}>
                <FormItem label="网站备注" requiredMark>
                  <Textarea className="remark" value={str(s.remark)} autosize={{ minRows: 3 }} maxlength={200} placeholder="请描述网站的主要内容，个人网站不得涉及经营性内容"
                    onChange={(v) => set('remark', String(v ?? ''))} />
                </FormItem>
              </Col>
            </Row>
          </Card>
        </Form>
        <div className="actions">
          <Checkbox className="agree" checked={!!s.agree} onChange={(v) => set('agree', !!v)}>我已阅读并同意《腾讯云网站备案服务协议》</Checkbox>
          <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '' : '请先阅读并同意服务协议'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout34-mps-principal-unit-tdesign-settingsrows': MpsPrincipalUnit,
  'heldout34-tencent-site-person-tdesign-formgrid': TencentSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
