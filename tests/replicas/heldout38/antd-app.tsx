/**
 * Gen-38 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout38-aliyun-site-person-antd-listform        Alibaba 填写网站信息 (个人) as a LIST FORM: an antd List of rows, the
 *    label and help at the left, the control at the right, two list headers (网站信息 / 网站负责人); a TAGS Select of
 *    domains, home-URL Radios offered from them, a Checkbox group, a Segmented 否 / 是, a TextArea, a 同主体负责人 Switch
 *    copying and locking the principal's fields, a Select, a RangePicker, blur checks; the 协议 tick; 下一步
 *  - heldout38-tencent-subject-unit-antd-threecolgrid  Tencent Cloud 填写主体信息 (单位) as a THREE-COLUMN GRID: antd Row /
 *    Col of three, labels on top, section Dividers, a sticky bottom bar; a TextArea, a LAZY Cascader + street line, a
 *    searchable Select, a Select, a DatePicker + 长期 Checkbox disabling the end DatePicker, blur checks; the 承诺 tick; 下一步
 */
import { Button, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, List, Radio, Row, Segmented, Select, Steps, Switch } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, personSiteNameProblem, PHONE_RE, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const D = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? dayjs(str(v), D) : null);

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean; maxLength?: number; area?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  const common = {
    className: p.cls, value: v, disabled: p.disabled, maxLength: p.maxLength, placeholder: p.placeholder ?? '请输入', status: err ? 'error' as const : undefined,
    onBlur: (ev: { target: { value: string } }) => { const t = ev.target.value.trim(); if (t && p.rule) setErr(p.rule(t)); },
  };
  return (
    <>
      {p.area
        ? <Input.TextArea {...common} autoSize={{ minRows: 2 }} onChange={(ev) => p.set(p.k, ev.target.value)} />
        : <Input {...common} onChange={(ev) => p.set(p.k, ev.target.value)} />}
      {err ? <div className="field-err">{err}</div> : null}
    </>
  );
}

/* ------------------------------------------------------------------ 网站信息 (个人, 阿里云), list form */

const LF = (p: { label: string; help?: string; req?: boolean; children: React.ReactNode; cls?: string }) => (
  <List.Item className={p.cls}>
    <div className="lf-label"><b>{p.req !== false ? <i>*</i> : null}{p.label}</b>{p.help ? <div className="help">{p.help}</div> : null}</div>
    <div className="lf-ctl">{p.children}</div>
  </List.Item>
);

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: '', remark: '',
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const [domErr, setDomErr] = useState('');
  const [msg, setMsg] = useState('');
  const homes = homeUrlSuggestions(arr<string>(s.domains));
  const locked = s.wpSame === true;
  const same = (on: boolean) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(on
      ? { wpSame: true, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidity: [h.validFrom, h.validTo], wpMobile: h.mobile, wpEmergency: '13900139000', wpEmail: h.email }
      : { wpSame: false });
  };
  const range = arr<string>(s.wpValidity);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w"><Steps current={2} size="small" items={[{ title: '填写基本信息' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }]} /></div>
        <div className="card-w">
          <List className="site-list" header={<div className="sec-title">网站信息</div>} itemLayout="horizontal">
            <LF label="网站名称" help="个人网站名称不能含企业、科技、论坛等字样" cls="row-site-name"><T s={s} set={set} k="siteName" cls="site-name" rule={personSiteNameProblem} /></LF>
            <LF label="网站域名" help="输入一级域名后回车，可添加多个" cls="row-domains">
              <Select className="domains" mode="tags" style={{ width: '100%' }} value={arr<string>(s.domains)} placeholder="如 example.cn" open={false} suffixIcon={null}
                onChange={(v) => {
                  const l = arr<string>(v).map((x) => x.trim().toLowerCase()).filter(Boolean);
                  const bad = l.find((x) => !DOMAIN_RE.test(x));
                  setDomErr(bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : '');
                  const ok = l.filter((x) => DOMAIN_RE.test(x));
                  setMany({ domains: ok, homeUrl: homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? s.homeUrl : '' });
                }} />
              {domErr ? <div className="field-err">{domErr}</div> : null}
            </LF>
            <LF label="网站首页URL" help="从已填写的域名中选择" cls="row-home-url">
              {homes.length ? <Radio.Group className="home-url" value={str(s.homeUrl) || undefined} options={homes} onChange={(e) => set('homeUrl', e.target.value)} />
                : <span className="help">请先填写网站域名</span>}
            </LF>
            <LF label="服务类型" req={false}><span className="ro">网站应用服务</span></LF>
            <LF label="网站服务内容" req={false}><span className="ro">其他（个人备案固定）</span></LF>
            <LF label="网站语言" cls="row-languages"><Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} /></LF>
            <LF label="是否涉及前置审批" help="新闻、出版、教育、医疗保健、药品和医疗器械、文化等">
              <Segmented className="pre-approval" value={str(s.preApproval)} options={['否', '是']} onChange={(v) => set('preApproval', String(v))} />
            </LF>
            <LF label="网站备注" help="简要描述网站内容，不能含敏感字样"><T s={s} set={set} k="remark" cls="remark" area placeholder="如：记录个人学习笔记" /></LF>
          </List>
        </div>
        <div className="card-w">
          <List className="wp-list" header={<div className="sec-title">网站负责人</div>} itemLayout="horizontal">
            <LF label="同主体负责人" req={false} help="开启后带入主体负责人信息，不可修改"><Switch className="wp-same" checked={locked} onChange={same} /></LF>
            <LF label="网站负责人姓名"><T s={s} set={set} k="wpName" cls="wp-name" disabled={locked} /></LF>
            <LF label="证件类型"><Select className="wp-cert-type" style={{ width: 260 }} disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
              classNames={{ popup: { root: 'wp-cert-type-pop' } }} onChange={(v) => set('wpCertType', v)} /></LF>
            <LF label="证件号码"><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" maxLength={18} rule={idRule} disabled={locked} /></LF>
            <LF label="证件有效期" help="证件上的起止日期">
              <DatePicker.RangePicker className="wp-validity" disabled={locked} format={D} value={range.length === 2 ? [day(range[0]), day(range[1])] : null}
                classNames={{ popup: { root: 'wp-validity-pop' } }} onChange={(_d, t) => set('wpValidity', Array.isArray(t) && t[0] ? t : [])} />
            </LF>
            <LF label="手机号码"><T s={s} set={set} k="wpMobile" cls="wp-mobile" maxLength={11} rule={mobile} disabled={locked} /></LF>
            <LF label="应急联系电话" help="不能与手机号码相同"><T s={s} set={set} k="wpEmergency" cls="wp-emergency" maxLength={11} disabled={locked}
              rule={(v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '')} /></LF>
            <LF label="办公室电话" req={false}><T s={s} set={set} k="wpOffice" cls="wp-office" placeholder="区号-号码（选填）" rule={phone} /></LF>
            <LF label="电子邮箱"><T s={s} set={set} k="wpEmail" cls="wp-email" rule={email} disabled={locked} /></LF>
          </List>
          <div className="actions">
            <Checkbox className="agree" checked={s.agree === true} onChange={(e) => set('agree', e.target.checked)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
            <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '' : '请先同意服务协议'); }}>下一步</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 填写主体信息 (单位, 腾讯云), three-column grid */

interface CascOpt { value: string; label: string; isLeaf?: boolean; children?: CascOpt[] }
const UNIT = '杭州云栖示例科技有限公司';

function TencentSubjectUnit() {
  const { s, set, setMany } = useReplicaState('tencent', 'subject', '单位', {
    unitName: '', certAddress: '', mailCodes: [], mailDetail: '', investor: '', entityIcp: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailCodes).at(-1) ?? '') }));
  const [roots, setRoots] = useState<CascOpt[]>([]);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchAreas('', 300).then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (sel: CascOpt[]) => {
    const t = sel[sel.length - 1]!;
    void fetchAreas(t.value, 350).then((l) => {
      t.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf || sel.length >= 2 }));
      setRoots((r) => [...r]);
    });
  };
  const long = s.prLongTerm === true;
  const C = (p: { label: string; req?: boolean; span?: number; children: React.ReactNode }) => (
    <Col span={p.span ?? 8}><Form.Item label={p.label} required={p.req !== false}>{p.children}</Form.Item></Col>
  );
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>网站备案</span><span>首次备案 · 企业</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="tc-body">
        <div className="card-w"><Steps current={1} size="small" items={[{ title: '验证备案类型' }, { title: '填写主体信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交' }]} /></div>
        <div className="card-w">
          <Form layout="vertical" component="div" className="subject-grid">
            <Divider titlePlacement="start">主体信息</Divider>
            <Row gutter={24} className="g-subject">
              {C({ label: '单位名称', children: <T s={s} set={set} k="unitName" cls="unit-name" placeholder="与营业执照一致" /> })}
              {C({ label: '证件号码', req: false, children: <span className="ro">91330110MA2H3K7Q18（营业执照，来自验证备案类型）</span> })}
              {C({ label: '主体备案号', req: false, children: <T s={s} set={set} k="entityIcp" cls="entity-icp" placeholder="已有主体备案号时填写，如 浙ICP备12345678号"
                rule={(v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号$/.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号')} /> })}
              {C({ label: '证件住所', span: 16, children: <T s={s} set={set} k="certAddress" cls="cert-address" area placeholder="与营业执照上的住所一致" /> })}
              {C({ label: '投资人或主管单位', children: (
                <Select className="investor" showSearch style={{ width: '100%' }} placeholder="请选择或搜索" value={str(s.investor) || undefined} options={opts([UNIT, '李娜'])}
                  classNames={{ popup: { root: 'investor-pop' } }} onChange={(v) => set('investor', v)} />
              ) })}
              {C({ label: '通讯地址', children: (
                <Cascader className="mail-region" options={roots} loadData={loadData as never} placeholder="省 / 市 / 区县" classNames={{ popup: { root: 'mail-region-pop' } }}
                  value={arr<string>(s.mailCodes).length ? arr<string>(s.mailCodes) : undefined} onChange={(v) => set('mailCodes', arr<string>(v))} />
              ) })}
              {C({ label: '详细地址', span: 16, children: <T s={s} set={set} k="mailDetail" cls="mail-detail" placeholder="街道、门牌号" rule={(v) => (/\d+\s*号/.test(v) ? '' : '详细地址须到门牌号')} /> })}
            </Row>
            <Divider titlePlacement="start">主体负责人</Divider>
            <Row gutter={24} className="g-principal">
              {C({ label: '负责人姓名', children: <T s={s} set={set} k="prName" cls="pr-name" /> })}
              {C({ label: '证件类型', children: (
                <Select className="pr-cert-type" style={{ width: '100%' }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                  classNames={{ popup: { root: 'pr-cert-type-pop' } }} onChange={(v) => set('prCertType', v)} />
              ) })}
              {C({ label: '证件号码', children: <T s={s} set={set} k="prCertNumber" cls="pr-cert-number" maxLength={18} rule={idRule} /> })}
              {C({ label: '证件有效期开始', children: (
                <DatePicker className="pr-valid-from" style={{ width: '100%' }} format={D} value={day(s.prValidFrom)} classNames={{ popup: { root: 'pr-valid-from-pop' } }}
                  onChange={(_d, t) => set('prValidFrom', typeof t === 'string' ? t : '')} />
              ) })}
              {C({ label: '证件有效期截止', req: !long, children: (
                <div className="row-inline" style={{ display: 'flex' }}>
                  <DatePicker className="pr-valid-to" style={{ flex: 1 }} format={D} disabled={long} placeholder={long ? '长期' : '请选择日期'} value={day(s.prValidTo)}
                    classNames={{ popup: { root: 'pr-valid-to-pop' } }} onChange={(_d, t) => set('prValidTo', typeof t === 'string' ? t : '')} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(e) => setMany({ prLongTerm: e.target.checked, prValidTo: e.target.checked ? '' : s.prValidTo })}>长期</Checkbox>
                </div>
              ) })}
            </Row>
            <Divider titlePlacement="start">联系方式</Divider>
            <Row gutter={24} className="g-contact">
              {C({ label: '手机号码', children: <T s={s} set={set} k="prMobile" cls="pr-mobile" maxLength={11} rule={mobile} /> })}
              {C({ label: '应急联系电话', children: <T s={s} set={set} k="prEmergency" cls="pr-emergency" maxLength={11} placeholder="不能与手机号码相同"
                rule={(v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '')} /> })}
              {C({ label: '办公室电话', req: false, children: <T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码" rule={phone} /> })}
              {C({ label: '电子邮箱', children: <T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /> })}
            </Row>
          </Form>
        </div>
      </div>
      <div className="sticky-bar">
        <Checkbox className="promise" checked={s.promise === true} onChange={(e) => set('promise', e.target.checked)}>本单位承诺所填信息真实、准确</Checkbox>
        <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '' : '请先勾选承诺'); }}>下一步</Button>
        <span className="msg">{msg}</span>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout38-aliyun-site-person-antd-listform': AliyunSitePerson,
  'heldout38-tencent-subject-unit-antd-threecolgrid': TencentSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
