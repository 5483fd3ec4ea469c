/**
 * Gen-33 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8
 * (moment dates), written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout33-mps-subject-unit-tea-vgrid      开办主体 (单位, 公安) as a VERTICAL GRID: two Tea Cards whose fields sit in a
 *    three-column grid, captions on top (no <label>): radios, Selects, Uploads, a whole-tree Cascader, ONE text line for a
 *    residence address, a DatePicker + 长期 Checkbox hiding nothing but the end, a Switch, blur checks; 保存 / 下一步
 *  - heldout33-baidu-site-unit-tea-stickybar   填写网站信息 (单位, 百度智能云) as Tea Cards over a STICKY BOTTOM BAR: domain
 *    rows added one by one, an AutoComplete, a Select, a Checkbox group, a 是 / 否 Select, radios, a RangePicker, blur
 *    checks, phones that must differ; a 承诺 tick; 上一步 / 下一步 in the bar
 */
import { Alert, Button, Card, Cascader, Checkbox, DatePicker, Input, Radio, Select, Stepper, Switch, Upload, AutoComplete } from 'tea-component';
import moment from 'moment';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, pathOfCode, PHONE_RE,
  regionOptions, validId, validUscc, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size="full" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
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

/* ------------------------------------------------------------------ 公安 开办主体 (单位): vertical grid */

/** One grid cell: its caption on top of the control (a div, no <label>). */
const V = (p: { label: string; req?: boolean; wide?: boolean; children: ReactNode }) => (
  <div className={p.wide ? 'vg-cell vg-wide' : 'vg-cell'}><div className="vg-label">{p.req !== false ? <i>*</i> : null}{p.label}</div>{p.children}</div>
);

function FileSlot(p: { s: S; set: Setter; k: string }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <div className={`file-slot slot-${p.k}`}>
      <Upload accept={['image/png', 'image/jpeg']} maxSize={4 * 1024 * 1024} beforeUpload={(file) => { p.set(p.k, [file.name]); return false; }}>
        {({ open }) => <Button type="weak" onClick={open}>{files.length ? '重新上传' : '上传图片'}</Button>}
      </Upload>
      {files.length ? <><span className="file-name"> {files[0]} </span><Button type="link" onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help"> jpg / png，≤ 4MB</span>}
    </div>
  );
}

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', officeRegionCodes: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prFront: [], prBack: [], prHand: [],
    prHome: '', prOffice: '', prMobile: '', prEmail: '', genAI: false, saveClicks: 0, nextClicks: 0,
  }, ({ officeRegionCodes, ...r }) => ({ ...r, officeRegion: pathOfCode(arr<string>(officeRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const f = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Stepper steps={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((label) => ({ id: label, label }))} current="开办主体" /></div>
        <Alert type="info">单位用户请如实填写开办主体信息；证件照片须清晰完整，带 * 的为必填项。</Alert>
        <Card className="c-unit"><Card.Body title="开办主体信息">
          <div className="vgrid">
            <V label="开办主体性质">
              <Radio.Group className="kind" value={str(s.kind)} onChange={(v) => set('kind', v)}><Radio name="个人">个人</Radio><Radio name="单位">单位</Radio></Radio.Group>
            </V>
            <V label="主办单位名称">{f('unitName', 'unit-name', { max: 100 })}</V>
            <V label="单位证件类型">
              <Select className="unit-cert-type" appearance="button" size="full" matchButtonWidth placeholder="请选择" value={str(s.unitCertType) || undefined} options={topts(MPS_UNIT_CERTS)} onChange={(v) => set('unitCertType', v)} />
            </V>
            <V label="单位证件号码">{f('unitCertNumber', 'unit-cert-number', { max: 18, blur: (v) => (s.unitCertType === '组织机构代码证' || s.unitCertType === '其他' || validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</V>
            <V label="有效证件"><FileSlot s={s} set={set} k="licence" /></V>
            <V label="法人代表人姓名">{f('legalRep', 'legal-rep', { max: 30 })}</V>
            <V label="单位办公地址">
              <Cascader className="office-region" type="menu" data={tree} value={arr<string>(s.officeRegionCodes)} placeholder="请选择省 / 市 / 区县" onChange={(v) => set('officeRegionCodes', v)} />
            </V>
            <V label="详细地址" wide>{f('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</V>
          </div>
        </Card.Body></Card>
        <Card className="c-principal"><Card.Body title="负责人信息">
          <div className="vgrid">
            <V label="负责人姓名">{f('prName', 'pr-name', { max: 30 })}</V>
            <V label="证件类型">
              <Select className="pr-cert-type" appearance="button" size="full" matchButtonWidth placeholder="请选择" value={str(s.prCertType) || undefined} options={topts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', v)} />
            </V>
            <V label="证件号码">{f('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</V>
            <V label="证件有效期开始"><DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(d) => set('prValidFrom', d ? d.format(DAY) : '')} /></V>
            <V label="证件有效期截止">
              <div className="row-inline">
                <DatePicker className="pr-valid-to" disabled={long} value={day(s.prValidTo)} onChange={(d) => set('prValidTo', d ? d.format(DAY) : '')} />
                <Checkbox className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
              </div>
            </V>
            <V label="负责人常住地址">{f('prHome', 'pr-home', { placeholder: '省市区县 + 街道门牌号' })}</V>
            <V label="负责人证件正面"><FileSlot s={s} set={set} k="prFront" /></V>
            <V label="负责人证件反面"><FileSlot s={s} set={set} k="prBack" /></V>
            <V label="负责人手持证件照"><FileSlot s={s} set={set} k="prHand" /></V>
            <V label="办公室电话">{f('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</V>
            <V label="手机号码">{f('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</V>
            <V label="负责人邮箱">{f('prEmail', 'pr-email', { blur: emailRule })}</V>
            <V label="是否利用生成式人工智能">
              <div className="row-inline"><Switch className="gen-ai" value={s.genAI === true} onChange={(v) => set('genAI', v)} /><span>{s.genAI ? '是' : '否'}</span></div>
            </V>
          </div>
        </Card.Body></Card>
        <div className="actions">
          <Button className="save" onClick={() => { clicks(s, set, 'saveClicks')(); setMsg('已保存'); }}>保存</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写网站信息 (单位): cards over a sticky bar */

/** One card row: its caption left of the control. */
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <span style={{ color: '#e54545' }}>*</span> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

function BaiduSiteUnit() {
  const { s, set } = useReplicaState('baidu', 'site', '单位', {
    siteName: '', domains: [''], homeUrl: '', content: '', languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', agree: false, prevClicks: 0, nextClicks: 0,
  }, (r) => ({ ...r, domains: arr<string>(r.domains).map((d) => d.trim()).filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const f = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 380 }}><Field s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const rows = arr<string>(s.domains);
  const setRow = (i: number, v: string) => set('domains', rows.map((d, j) => (j === i ? v : d)));
  const validity = arr<string>(s.wpValidity);
  const home = str(s.homeUrl);
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="bd-body">
        <div className="card-w"><Stepper steps={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((label) => ({ id: label, label }))} current="填写网站信息" /></div>
        <Card className="c-site"><Card.Body title="网站信息">
          <Row label="网站名称" help="不少于 3 个汉字，与单位相关">{f('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字') })}</Row>
          <Row label="网站域名" help="不带 www.，每行一个">
            <div className="domain-rows">
              {rows.map((d, i) => (
                <div className="dom-row" key={i}>
                  <Input className={`domain-${i}`} value={d} placeholder="如 example.cn" onChange={(v) => { setRow(i, v); e.clear(`domain${i}`); }}
                    onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set(`domain${i}`, domainRule(t)); }} />
                  {rows.length > 1 ? <Button type="link" className={`dom-del-${i}`} onClick={() => set('domains', rows.filter((_x, j) => j !== i))}>删除</Button> : null}
                  {e.get(`domain${i}`) ? <span className="field-err">{e.get(`domain${i}`)}</span> : null}
                </div>
              ))}
              <Button type="link" className="dom-add" onClick={() => set('domains', [...rows, ''])}>+ 添加域名</Button>
            </div>
          </Row>
          <Row label="网站首页URL" help="不带 http://">
            <AutoComplete className="home-url-pop" options={topts(homeUrlSuggestions(rows.map((d) => d.trim()).filter(Boolean)))} keyword={home} onChange={(v) => set('homeUrl', v)}>
              {(ref) => <Input ref={ref} className="home-url" style={{ width: 380 }} value={home} placeholder="如 www.example.cn" onChange={(v) => set('homeUrl', v)} />}
            </AutoComplete>
          </Row>
          <Row label="网站服务内容">
            <Select className="content" appearance="button" size="l" searchable placeholder="请选择" options={topts(ICP_CONTENT)} value={str(s.content) || undefined} onChange={(v) => set('content', v)} />
          </Row>
          <Row label="网站语言">
            <Checkbox.Group className="languages" value={arr<string>(s.languages)} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => v.includes(l)))}>
              {ICP_LANGUAGES.slice(0, 14).map((l) => <Checkbox key={l} name={l}>{l}</Checkbox>)}
            </Checkbox.Group>
          </Row>
          <Row label="是否涉及前置审批">
            <Select className="pre-approval" appearance="button" size="s" placeholder="请选择" options={topts(YES_NO)} value={str(s.preApproval) || undefined} onChange={(v) => set('preApproval', v)} />
          </Row>
        </Card.Body></Card>
        <Card className="c-wp"><Card.Body title="网站负责人信息">
          <Row label="负责人姓名">{f('wpName', 'wp-name', { max: 30 })}</Row>
          <Row label="证件类型">
            <Radio.Group className="wp-cert-type" value={str(s.wpCertType)} onChange={(v) => set('wpCertType', v)}>
              {ICP_PERSON_CERTS.slice(0, 4).map((c) => <Radio key={c} name={c}>{c}</Radio>)}
            </Radio.Group>
          </Row>
          <Row label="证件号码">{f('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
          <Row label="证件有效期">
            <DatePicker.RangePicker className="wp-validity" value={validity.length === 2 ? [day(validity[0])!, day(validity[1])!] : undefined}
              onChange={(r) => set('wpValidity', r && r[0] && r[1] ? [r[0].format(DAY), r[1].format(DAY)] : [])} />
          </Row>
          <Row label="手机号码">{f('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系人手机号码">{f('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系人手机号码不能与手机号码相同' : '') })}</Row>
          <Row label="电子邮箱">{f('wpEmail', 'wp-email', { blur: emailRule })}</Row>
        </Card.Body></Card>
      </div>
      <div className="sticky-bar">
        <Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《百度智能云备案承诺书》</Checkbox>
        <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请阅读并同意备案承诺书'); }}>下一步</Button>
        {msg ? <span className="msg">{msg}</span> : null}
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout33-mps-subject-unit-tea-vgrid': MpsSubjectUnit,
  'heldout33-baidu-site-unit-tea-stickybar': BaiduSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
