/**
 * Gen-41 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8,
 * written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout41-aliyun-site-unit-tea-sourcereveal       填写网站信息 (单位, 阿里云) as a SOURCE REVEAL: a Checkbox group of the
 *    account's domains listed late, a Select fed by it, a searchable Select, a SelectMultiple, radios, and 负责人来源 radios
 *    whose 另行填写 reveals the site principal (a Select, a RangePicker, blur checks); an agreement tick; 下一步
 *  - heldout41-mps-subject-unit-tea-toptabs            开办主体 (单位, 公安) as TOP TABS over three mounted panes: Selects, a
 *    whole-tree Cascader answered late, a DatePicker + 长期 Checkbox disabling the end, radios, blur checks; 保存草稿 / 下一步
 *  - heldout41-volcengine-subject-unit-tea-segmentpanes 主办者信息 (单位, 火山引擎) as SEGMENT PANES: a Segment over two mounted
 *    panes: a whole-tree Cascader answered late, a searchable Select, a DatePicker + 长期有效 Checkbox; an agreement tick; 提交
 */
import { Button, Card, Cascader, Checkbox, DatePicker, Input, Radio, Segment, Select, SelectMultiple, Tabs } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, EMAIL_RE, fetchRegionTree, fetchUnitDomains, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, pathOfCode,
  PHONE_RE, validId, validUscc, WP_SOURCES, YES_NO, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);
const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), get: (k: string) => errs[k] ?? '', clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); } };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ width: 400 }}>
      <Input className={p.cls} size="l" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);
const codePath = (code: string): string[] => (code ? [code.slice(0, 2), code.slice(0, 4), code] : []);
const Sel = (p: { cls: string; value: unknown; list: string[]; set: (v: string) => void; disabled?: boolean; searchable?: boolean; placeholder?: string }) => (
  <Select virtual={false} className={p.cls} appearance="button" size="l" matchButtonWidth searchable={p.searchable} disabled={p.disabled} placeholder={p.placeholder ?? '请选择'}
    value={str(p.value) || undefined} options={topts(p.list)} onChange={(v) => p.set(v)} />
);
const Radios = (p: { cls: string; value: unknown; list: string[]; set: (v: string) => void }) => (
  <Radio.Group className={p.cls} value={str(p.value)} onChange={(v) => p.set(v)}>{p.list.map((y) => <Radio key={y} name={y}>{y}</Radio>)}</Radio.Group>
);

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (单位): source reveal */

function AliyunSiteUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '', wpSource: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [acct, setAcct] = useState<string[] | null>(null);
  useEffect(() => { void fetchUnitDomains(500).then(setAcct); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const own = s.wpSource === '另行填写';
  const range = arr<string>(s.wpValidity);
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <Card className="sec-site"><Card.Body title="网站信息">
          <Row label="网站名称" help="与单位名称或品牌相关">{t('siteName', 'site-name', { max: 50 })}</Row>
          <Row label="网站域名" help="勾选本网站使用的已实名域名">
            {acct === null ? <span className="help domains-loading">正在读取账号下的域名…</span> : (
              <Checkbox.Group className="domains" value={domains} onChange={(v) => { const l = arr<string>(v); setMany({ domains: l, homeUrl: homeUrlSuggestions(l).includes(str(s.homeUrl)) ? s.homeUrl : '' }); }}>
                {acct.map((d) => <Checkbox key={d} name={d}>{d}</Checkbox>)}
              </Checkbox.Group>
            )}
          </Row>
          <Row label="网站首页URL" help="从勾选的域名中选择"><Sel cls="home-url" value={s.homeUrl} list={homeUrlSuggestions(domains)} placeholder={domains.length ? '请选择' : '请先勾选网站域名'} set={(v) => set('homeUrl', v)} /></Row>
          <Row label="网站服务内容"><Sel cls="content" searchable value={s.content} list={ICP_CONTENT} set={(v) => set('content', v)} /></Row>
          <Row label="网站语言">
            <SelectMultiple className="languages" appearance="button" size="l" staging={false} placeholder="请选择" options={topts(ICP_LANGUAGES)} value={arr<string>(s.languages)} onChange={(v) => set('languages', arr<string>(v))} />
          </Row>
          <Row label="是否涉及前置审批"><Radios cls="pre-approval" value={s.preApproval} list={YES_NO} set={(v) => set('preApproval', v)} /></Row>
        </Card.Body></Card>
        <Card className="sec-wp"><Card.Body title="网站负责人">
          <Row label="负责人来源" help="网站负责人与主体负责人不是同一人时选择“另行填写”"><Radios cls="wp-source" value={s.wpSource} list={WP_SOURCES} set={(v) => set('wpSource', v)} /></Row>
          {s.wpSource === '同主体负责人' ? <div className="help wp-note">将使用主体负责人（李娜）的信息</div> : null}
          {own ? (
            <div className="wp-fields">
              <Row label="负责人姓名">{t('wpName', 'wp-name', { max: 30 })}</Row>
              <Row label="证件类型"><Sel cls="wp-cert-type" value={s.wpCertType} list={ICP_PERSON_CERTS} set={(v) => set('wpCertType', v)} /></Row>
              <Row label="证件号码">{t('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
              <Row label="证件有效期">
                <DatePicker.RangePicker className="wp-validity" value={range.length === 2 ? [moment(range[0], DAY), moment(range[1], DAY)] : undefined}
                  onChange={(v) => set('wpValidity', v && v[0] && v[1] ? [v[0].format(DAY), v[1].format(DAY)] : [])} />
              </Row>
              <Row label="手机号码">{t('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
              <Row label="应急联系电话">{t('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
              <Row label="办公室电话" req={false}>{t('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
              <Row label="电子邮箱">{t('wpEmail', 'wp-email', { blur: emailRule })}</Row>
            </div>
          ) : null}
        </Card.Body></Card>
        <div style={{ marginTop: 12 }}><Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 开办主体 (单位): top tabs */

const TABS = [{ id: 'unit', label: '单位信息' }, { id: 'pr', label: '负责人信息' }, { id: 'contact', label: '联系方式' }];

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '', officeRegionCode: '', officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, homeAddress: '', prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ officeRegionCode, ...r }) => ({ ...r, officeRegion: pathOfCode(str(officeRegionCode)) }));
  const e = useErrs();
  const [tab, setTab] = useState('unit');
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchRegionTree(450).then(setTree); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const show = (id: string) => ({ display: tab === id ? '' : 'none' });
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 开办主体</span><span className="who">杭州云栖示例科技有限公司（单位用户）</span></div>
      <div className="mps-body">
        <Card><Card.Body>
          <Tabs className="top-tabs" tabs={TABS} activeId={tab} onActive={(x) => setTab(x.id)} />
          <div className="pane p-unit" style={show('unit')}>
            <Row label="开办主体性质"><Sel cls="kind" value={s.kind} list={['个人', '单位']} set={(v) => set('kind', v)} /></Row>
            <Row label="主办单位名称" help="与单位证件上的名称一致">{t('unitName', 'unit-name', { max: 128 })}</Row>
            <Row label="主办单位证件类型"><Sel cls="unit-cert-type" value={s.unitCertType} list={MPS_UNIT_CERTS} set={(v) => set('unitCertType', v)} /></Row>
            <Row label="证件号码">{t('unitCertNumber', 'unit-cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Row>
            <Row label="法人代表人姓名">{t('legalRep', 'legal-rep', { max: 30 })}</Row>
            <Row label="单位办公地址" help="省 / 市 / 区县">
              <Cascader className="office-region" type="menu" data={(tree ?? []) as never} value={codePath(str(s.officeRegionCode))} placeholder={tree ? '请选择' : '地区加载中…'}
                onChange={(v) => { const p = arr<string>(v); set('officeRegionCode', String(p[p.length - 1] ?? '')); }} />
            </Row>
            <Row label="办公地址详细地址">{t('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</Row>
          </div>
          <div className="pane p-pr" style={show('pr')}>
            <Row label="负责人姓名">{t('prName', 'pr-name', { max: 30 })}</Row>
            <Row label="负责人证件类型"><Sel cls="pr-cert-type" value={s.prCertType} list={MPS_PERSON_CERTS} set={(v) => set('prCertType', v)} /></Row>
            <Row label="负责人证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
            <Row label="证件有效期开始"><DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(d) => set('prValidFrom', d ? d.format(DAY) : '')} /></Row>
            <Row label="证件有效期结束">
              <div className="row-inline">
                <DatePicker className="pr-valid-to" disabled={long} value={day(s.prValidTo)} onChange={(d) => set('prValidTo', d ? d.format(DAY) : '')} />
                <Checkbox className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
              </div>
            </Row>
            <Row label="负责人常住地址" help="省市区县 + 街道门牌">{t('homeAddress', 'home-address', { placeholder: '如 浙江省杭州市××区××路 1 号' })}</Row>
          </div>
          <div className="pane p-contact" style={show('contact')}>
            <Row label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
            <Row label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="负责人邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</Row>
            <Row label="是否利用生成式人工智能"><Radios cls="gen-ai" value={s.genAI} list={YES_NO} set={(v) => set('genAI', v)} /></Row>
          </div>
          <div className="actions">
            <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
            <Button type="primary" className="next" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </Card.Body></Card>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 主办者信息 (单位): segment panes */

function VolcSubjectUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '单位', {
    certAddress: '', mailRegionCode: '', mailDetail: '', investor: '', entityIcp: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', agree: false, submitClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [pane, setPane] = useState('unit');
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchRegionTree(500).then(setTree); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>备案管理 · 首次备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="vc-body">
        <div className="card-w">
          <Segment className="panes" value={pane} options={[{ value: 'unit', text: '主办单位' }, { value: 'pr', text: '主体负责人' }]} onChange={(v) => setPane(v)} />
          <div className="pane p-unit" style={{ display: pane === 'unit' ? '' : 'none', marginTop: 12 }}>
            <Row label="主办单位证件住址" help="与营业执照上的住所一致">{t('certAddress', 'cert-address', { placeholder: '省市区 + 详细地址' })}</Row>
            <Row label="通信地址" help="省 / 市 / 区县">
              <Cascader className="mail-region" type="menu" data={(tree ?? []) as never} value={codePath(str(s.mailRegionCode))} placeholder={tree ? '请选择' : '地区加载中…'}
                onChange={(v) => { const p = arr<string>(v); set('mailRegionCode', String(p[p.length - 1] ?? '')); }} />
            </Row>
            <Row label="通信详细地址" help="须详细到门牌号">{t('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
            <Row label="投资人或主管单位" help="企业填写本单位全称"><Sel cls="investor" searchable value={s.investor} list={['杭州云栖示例科技有限公司', '李娜']} set={(v) => set('investor', v)} /></Row>
            <Row label="主体备案号" req={false} help="主体已在其他接入商备案时填写，如 浙ICP备12345678号">{t('entityIcp', 'entity-icp')}</Row>
          </div>
          <div className="pane p-pr" style={{ display: pane === 'pr' ? '' : 'none', marginTop: 12 }}>
            <Row label="主体负责人姓名" help="须为法定代表人">{t('prName', 'pr-name', { max: 30 })}</Row>
            <Row label="证件类型"><Sel cls="pr-cert-type" value={s.prCertType} list={ICP_PERSON_CERTS} set={(v) => set('prCertType', v)} /></Row>
            <Row label="证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
            <Row label="证件有效期开始"><DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(d) => set('prValidFrom', d ? d.format(DAY) : '')} /></Row>
            <Row label="证件有效期截止">
              <div className="row-inline">
                {long ? <span className="help">长期有效</span> : <DatePicker className="pr-valid-to" value={day(s.prValidTo)} onChange={(d) => set('prValidTo', d ? d.format(DAY) : '')} />}
                <Checkbox className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期有效</Checkbox>
              </div>
            </Row>
            <Row label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{t('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
            <Row label="电子邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</Row>
          </div>
        </div>
        <Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
        <div className="actions">
          <Button type="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>提交</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout41-aliyun-site-unit-tea-sourcereveal': AliyunSiteUnit,
  'heldout41-mps-subject-unit-tea-toptabs': MpsSubjectUnit,
  'heldout41-volcengine-subject-unit-tea-segmentpanes': VolcSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
