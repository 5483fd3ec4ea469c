/**
 * Gen-31 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout31-aliyun-subject-unit-arco-splitcards   填写主办者信息 (单位, 阿里云) as SPLIT CARDS: 主办单位 and 主体负责人 side
 *    by side (labels left), a LAZY Cascader (loadMore), blur checks, a Select, a DatePicker + 长期 Checkbox hiding the end
 *    date, phones that must differ; a 承诺 tick; 上一步 / 下一步
 *  - heldout31-mps-principal-unit-arco-listrows      网站负责人 (单位, 公安) as LIST ROWS: an Arco List, one role per item,
 *    its fields inline (labels on top); a 同主体负责人 Checkbox / Switch, a Select, a RangePicker, blur checks; a 告知书
 *    tick; 上一步 / 提交
 *  - heldout31-baidu-basic-person-arco-twosections   验证备案类型 (个人, 百度智能云) as TWO SECTIONS (验证备案类型 / 选择备案
 *    资源) under Baidu's Steps: a SEARCHABLE whole-tree Cascader, BUTTON radios, a Select, blur checks; 下一步
 */
import { Alert, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, List, Radio, Select, Steps, Switch } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, NATURES, pathOfCode, PHONE_RE, regionOptions, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (单位): split cards */

interface Lazy { value: string; label: string; isLeaf?: boolean }

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    unitName: '', investor: '', certAddress: '', mailRegionCodes: [], mailDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
    promise: false, prevClicks: 0, nextClicks: 0,
  }, ({ mailRegionCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const [roots, setRoots] = useState<Lazy[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadMore = (path: string[]) => fetchAreas(path[path.length - 1] ?? '').then((l) => l.map((a): Lazy => ({ value: a.code, label: a.name, isLeaf: a.leaf || path.length >= 2 })));
  const next = () => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span></div>
      <div className="al-body">
        <Steps current={2} size="small" style={{ marginBottom: 16 }}>{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <Alert type="info" style={{ marginBottom: 12 }} content="主办单位性质：企业 · 证件类型：营业执照（个人或企业）· 证件号码：91330110MA2H3K7Q18（来自基本信息，不可修改）" />
        <Form layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 16 }}>
          <div className="split">
            <Card className="c-unit" title="主办单位信息" size="small">
              <Form.Item label="主办单位名称" required>{text('unitName', 'unit-name', { max: 128 })}</Form.Item>
              <Form.Item label="投资人或主管单位" required extra="企业填写单位全称">{text('investor', 'investor', { max: 128 })}</Form.Item>
              <Form.Item label="主办单位证件住所" required extra="与证件上的住所完全一致">
                <Input.TextArea className="cert-address" autoSize value={str(s.certAddress)} onChange={(v) => set('certAddress', v)} />
              </Form.Item>
              <Form.Item label="通信地址" required>
                <Cascader className="mail-region" placeholder="省 / 市 / 区县" loadMore={loadMore} options={roots} value={arr<string>(s.mailRegionCodes)}
                  triggerProps={{ className: 'mail-region-pop' }}
                  onChange={(v) => set('mailRegionCodes', arr<string>(v).map(String))} />
              </Form.Item>
              <Form.Item label="详细地址" required extra="须详细到门牌号">{text('mailDetail', 'mail-detail', { blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Form.Item>
            </Card>
            <Card className="c-principal" title="主体负责人" size="small">
              <Form.Item label="负责人姓名" required>{text('prName', 'pr-name', { max: 30 })}</Form.Item>
              <Form.Item label="证件类型" required>
                <Select className="pr-cert-type" triggerProps={{ className: 'pr-cert-type-pop' }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
              </Form.Item>
              <Form.Item label="证件号码" required>{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Form.Item>
              <Form.Item label="证件有效期起" required>
                <DatePicker className="pr-valid-from" style={{ width: '100%' }} value={str(s.prValidFrom) || undefined} onChange={(d) => set('prValidFrom', d ?? '')} />
              </Form.Item>
              <Form.Item label="长期" extra="身份证为长期有效时勾选">
                <Checkbox className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: '' })}>长期</Checkbox>
              </Form.Item>
              {long ? null : (
                <Form.Item label="证件有效期止" required>
                  <DatePicker className="pr-valid-to" style={{ width: '100%' }} value={str(s.prValidTo) || undefined} onChange={(d) => set('prValidTo', d ?? '')} />
                </Form.Item>
              )}
              <Form.Item label="手机号码" required>{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Form.Item>
              <Form.Item label="应急电话号码" required>{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急电话号码不能与手机号码相同' : '') })}</Form.Item>
              <Form.Item label="办公室电话">{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '办公室电话格式不正确') })}</Form.Item>
              <Form.Item label="电子邮箱" required>{text('prEmail', 'pr-email', { blur: emailRule })}</Form.Item>
            </Card>
          </div>
        </Form>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所填信息真实有效</Checkbox>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={next}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (单位): list rows */

const HELD = '李娜（居民身份证 3301**********4525，136****6000）';

/** One inline cell of a role row: its caption above the control. */
const L = (q: { label: string; children: ReactNode }) => <div className="lr-cell"><div className="lr-label"><i>*</i>{q.label}</div>{q.children}</div>;

function RoleRow(p: { s: S; set: Setter; e: Errs; pre: string; title: string; same: 'check' | 'switch' }) {
  const { s, set, e, pre } = p;
  const k = (x: string) => `${pre}${x}`;
  const same = s[k('Same')] === true;
  const text = (x: string, cls: string, o: { max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k(x)} cls={`${pre}-${cls}`} {...o} />;
  return (
    <List.Item className={`role-${pre}`}>
      <div className="lr-head">
        <b>{p.title}</b>
        {p.same === 'check'
          ? <Checkbox className={`${pre}-same`} checked={same} onChange={(v) => set(k('Same'), v)}>同主体负责人</Checkbox>
          : <span className="row-inline"><Switch className={`${pre}-same`} size="small" checked={same} onChange={(v) => set(k('Same'), v)} /> 同主体负责人</span>}
      </div>
      {same ? <div className="help">{p.title}：{HELD}</div> : (
        <div className="lr-grid">
          <L label="姓名">{text('Name', 'name', { max: 30 })}</L>
          <L label="证件类型">
            <Select className={`${pre}-cert-type`} triggerProps={{ className: `${pre}-cert-type-pop` }} placeholder="请选择" value={str(s[k('CertType')]) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set(k('CertType'), String(v))} />
          </L>
          <L label="证件号码">{text('CertNumber', 'cert-number', { max: 18, blur: idRule(s[k('CertType')]) })}</L>
          <L label="证件有效期">
            <DatePicker.RangePicker className={`${pre}-validity`} style={{ width: '100%' }} value={arr<string>(s[k('Validity')])} onChange={(d) => set(k('Validity'), arr<string>(d))} />
          </L>
          <L label="手机号码">{text('Mobile', 'mobile', { max: 11, blur: mobileRule })}</L>
          <L label="电子邮件地址">{text('Email', 'email', { blur: emailRule })}</L>
        </div>
      )}
    </List.Item>
  );
}

function MpsPrincipalUnit() {
  const { s, set } = useReplicaState('mps', 'principal', '单位', {
    aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '',
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjValidity: [], yjMobile: '', yjEmail: '',
    notice: false, prevClicks: 0, submitClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="mps-body">
        <Steps current={3} style={{ marginBottom: 16 }}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <Card title="网站负责人" className="role-list">
          <div className="help" style={{ marginBottom: 8 }}>开办主体负责人：{HELD}</div>
          <List bordered>
            <RoleRow s={s} set={set} e={e} pre="aq" title="网站安全负责人" same="check" />
            <RoleRow s={s} set={set} e={e} pre="yj" title="网站应急联络人" same="switch" />
          </List>
        </Card>
        <div style={{ marginTop: 12 }}><Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', v)}>已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox></div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.notice ? '请完善带 * 的信息' : '请先阅读并同意告知书'); }}>提交</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 百度智能云 验证备案类型 (个人): two sections */

function BaiduBasicPerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'basic', '个人', {
    regionCodes: [], nature: '', certType: '', certNumber: '', domain: '', opCode: '', nextClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const certs = s.nature === '个人' || !s.nature ? ICP_PERSON_CERTS : ['营业执照（个人或企业）', '统一社会信用代码证书', '组织机构代码证'];
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="bd-body">
        <Steps current={1} size="small" style={{ marginBottom: 16 }}>{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <Form layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 12 }}>
          <div className="sec-title">验证备案类型</div>
          <Form.Item label="通信地址所属区域" required>
            <Cascader className="region" showSearch placeholder="请选择省 / 市 / 区县" options={tree} value={arr<string>(s.regionCodes)}
              triggerProps={{ className: 'region-pop' }} onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
          </Form.Item>
          <Form.Item label="主办单位性质" required>
            <Radio.Group className="nature" type="button" value={str(s.nature) || undefined} options={NATURES.slice(0, 6)} onChange={(v) => setMany({ nature: v, certType: '' })} />
          </Form.Item>
          <Form.Item label="证件类型" required>
            <Select className="cert-type" triggerProps={{ className: 'cert-type-pop' }} placeholder="请选择" value={str(s.certType) || undefined} options={opts(certs)} onChange={(v) => set('certType', String(v))} />
          </Form.Item>
          <Form.Item label="证件号码" required>{text('certNumber', 'cert-number', { max: 18, blur: idRule(s.certType) })}</Form.Item>
          <div className="sec-title">选择备案资源</div>
          <Form.Item label="备案域名" required extra="不带 www. 与 http://">{text('domain', 'domain', { blur: domainRule })}</Form.Item>
          <Form.Item label="备案操作码" extra="没有百度智能云服务器时，填写购买备案服务获得的备案操作码">{text('opCode', 'op-code', { max: 32 })}</Form.Item>
        </Form>
        <div className="actions">
          <Button type="primary" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('正在验证备案类型，请稍候'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout31-aliyun-subject-unit-arco-splitcards': AliyunSubjectUnit,
  'heldout31-mps-principal-unit-arco-listrows': MpsPrincipalUnit,
  'heldout31-baidu-basic-person-arco-twosections': BaiduBasicPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
