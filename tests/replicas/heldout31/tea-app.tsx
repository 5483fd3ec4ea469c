/**
 * Gen-31 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8
 * (moment dates), written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout31-aliyun-basic-person-tea-steppercard   填写基本信息 (个人, 阿里云) as a STEPPER CARD: a Tea Stepper, then one
 *    Tea Card holding a Tea Form: THREE searchable region Selects (virtual lists) loaded level by level, a SEGMENT nature, a Select of documents
 *    filtered by it, blur checks, a Table of instances with RADIO rows listed after a delay; 信息校验
 *  - heldout31-volcengine-site-unit-tea-sideanchor   填写网站信息 (单位, 火山引擎) as a form with a right-hand ANCHOR nav:
 *    blur checks, a TAGSELECT of domains, a Select, a SELECTMULTIPLE, radios, two DatePickers, phones that must differ; an
 *    agreement tick; 上一步 / 下一步
 */
import { Button, Card, Checkbox, DatePicker, Form, Input, Radio, Segment, Select, SelectMultiple, Stepper, Table, TagSelect } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchPersonInstances, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, validId,
  type Area, type PersonInstance,
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
      <Input className={p.cls} size="l" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 阿里云 填写基本信息 (个人): stepper card */

const NATURE_SEGMENTS = ['个人', '企业', '事业单位', '政府机关', '社会团体'];
const UNIT_CERTS = ['营业执照（个人或企业）', '统一社会信用代码证书', '事业单位法人证书', '社会团体法人登记证书', '组织机构代码证'];

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    provCode: '', cityCode: '', distCode: '', nature: '', certType: '', certNumber: '', domain: '', instance: '', checkClicks: 0,
  }, ({ provCode, cityCode, distCode, ...r }) => ({ ...r, region: pathOfCode(str(distCode) || str(cityCode) || str(provCode)) }));
  const e = useErrs();
  const [lists, setLists] = useState<{ provs: Area[]; cities: Area[]; dists: Area[] }>({ provs: [], cities: [], dists: [] });
  const [rows, setRows] = useState<PersonInstance[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchAreas('').then((l) => setLists((x) => ({ ...x, provs: l }))); void fetchPersonInstances().then(setRows); }, []);
  const o = (l: Area[]) => l.map((a) => ({ value: a.code, text: a.name }));
  const certs = s.nature === '个人' ? ICP_PERSON_CERTS : s.nature ? UNIT_CERTS : [];
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="al-body">
        <Stepper current="basic" steps={[{ id: 'basic', label: '填写基本信息' }, { id: 'subject', label: '填写主办者信息' }, { id: 'site', label: '填写网站信息' }, { id: 'upload', label: '上传资料' }]} />
        <Card className="basic-card"><Card.Body title="验证备案类型">
          <Form>
            <Form.Item label="主办者所属区域" required>
              <div className="row-inline">
                <Select className="region-0" appearance="button" size="m" searchable placeholder="省份" options={o(lists.provs)} value={str(s.provCode)}
                  onChange={(v) => { setMany({ provCode: v, cityCode: '', distCode: '' }); setLists((x) => ({ ...x, cities: [], dists: [] })); void fetchAreas(v).then((l) => setLists((x) => ({ ...x, cities: l }))); }} />
                <Select className="region-1" appearance="button" size="m" searchable placeholder="城市" options={o(lists.cities)} value={str(s.cityCode)}
                  onChange={(v) => { setMany({ cityCode: v, distCode: '' }); setLists((x) => ({ ...x, dists: [] })); void fetchAreas(v).then((l) => setLists((x) => ({ ...x, dists: l }))); }} />
                <Select className="region-2" appearance="button" size="m" searchable placeholder="区县" options={o(lists.dists)} value={str(s.distCode)} onChange={(v) => set('distCode', v)} />
              </div>
            </Form.Item>
            <Form.Item label="主办者性质" required>
              <Segment className="nature" value={str(s.nature)} options={NATURE_SEGMENTS.map((v) => ({ value: v, text: v }))} onChange={(v) => setMany({ nature: v, certType: '' })} />
            </Form.Item>
            <Form.Item label="证件类型" required>
              <Select className="cert-type" appearance="button" size="l" placeholder={s.nature ? '请选择' : '请先选择主办者性质'} options={topts(certs)} value={str(s.certType)} onChange={(v) => set('certType', v)} />
            </Form.Item>
            <Form.Item label="证件号码" required><Field s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} blur={idRule(s.certType)} /></Form.Item>
            <Form.Item label="备案域名" required extra="不带 www. 与 http://"><Field s={s} set={set} e={e} k="domain" cls="domain" blur={domainRule} /></Form.Item>
            <Form.Item label="备案实例" required extra="选择网站所在的云服务器实例">
              <div className="instances">
                {rows ? (
                  <Table bordered recordKey="id" records={rows}
                    columns={[{ key: 'id', header: '实例ID' }, { key: 'name', header: '实例名称' }, { key: 'kind', header: '类型' }, { key: 'ip', header: '公网IP' }, { key: 'expires', header: '到期时间' }]}
                    addons={[Table.addons.radioable({ value: str(s.instance), onChange: (v: string) => set('instance', v), rowSelect: true })]} />
                ) : <span className="help">实例加载中…</span>}
              </div>
            </Form.Item>
          </Form>
          <div className="actions">
            <Button type="primary" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg('校验中：域名实名信息需与主办者一致'); }}>信息校验</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </Card.Body></Card>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 填写网站信息 (单位): side anchor */

function VolcSiteUnit() {
  const { s, set } = useReplicaState('volcengine', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '',
    wpName: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '', agree: false, prevClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const f = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const sec = (id: string, title: string, children: ReactNode) => <div id={id} className={`sec ${id}`}><Card><Card.Body title={title}><Form>{children}</Form></Card.Body></Card></div>;
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <div className="vc-body">
        <div className="anchor-layout">
          <div>
            {sec('sec-site', '网站基本信息', <>
              <Form.Item label="网站名称" required extra="不少于 3 个汉字">{f('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字') })}</Form.Item>
              <Form.Item label="网站域名" required extra="回车添加，可填写多个；不带 www.">
                <TagSelect className="domains" placeholder="如 example.cn" value={domains}
                  onChange={(v) => { const l = arr<string>(v).map((x) => x.trim().toLowerCase()); const bad = l.find((x) => domainRule(x)); e.set('domains', bad ? `${bad}：${domainRule(bad)}` : ''); set('domains', l.filter((x) => !domainRule(x))); }} />
                {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
              </Form.Item>
              <Form.Item label="首页URL" required extra="不带 http://">{f('homeUrl', 'home-url', { blur: (v) => (/^https?:/i.test(v) ? '首页URL无需填写 http://' : domains.some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于网站域名') })}</Form.Item>
              <Form.Item label="网站服务内容" required>
                <Select className="content" appearance="button" size="l" searchable placeholder="请选择" options={topts(ICP_CONTENT)} value={str(s.content)} onChange={(v) => set('content', v)} />
              </Form.Item>
              <Form.Item label="网站语言" required>
                <SelectMultiple className="languages" appearance="button" size="l" staging={false} placeholder="请选择" options={topts(ICP_LANGUAGES)} value={arr<string>(s.languages)} onChange={(v) => set('languages', v)} />
              </Form.Item>
              <Form.Item label="涉及前置审批" required>
                <Radio.Group className="pre-approval" value={str(s.preApproval)} onChange={(v) => set('preApproval', v)}><Radio name="是">是</Radio><Radio name="否">否</Radio></Radio.Group>
              </Form.Item>
            </>)}
            {sec('sec-wp', '网站负责人', <>
              <Form.Item label="负责人姓名" required>{f('wpName', 'wp-name', { max: 30 })}</Form.Item>
              <Form.Item label="证件类型"><Form.Text>居民身份证（互联网信息服务负责人须使用居民身份证）</Form.Text></Form.Item>
              <Form.Item label="证件号码" required>{f('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule('居民身份证') })}</Form.Item>
              <Form.Item label="证件有效期起" required><DatePicker className="wp-valid-from" value={day(s.wpValidFrom)} onChange={(d) => set('wpValidFrom', d ? d.format(DAY) : '')} /></Form.Item>
              <Form.Item label="证件有效期止" required><DatePicker className="wp-valid-to" value={day(s.wpValidTo)} onChange={(d) => set('wpValidTo', d ? d.format(DAY) : '')} /></Form.Item>
              <Form.Item label="手机号码" required>{f('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Form.Item>
              <Form.Item label="应急联系电话" required>{f('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Form.Item>
              <Form.Item label="电子邮箱" required>{f('wpEmail', 'wp-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Form.Item>
            </>)}
            <Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
            <div className="actions">
              <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
              <Button type="primary" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请阅读并同意备案服务协议'); }}>下一步</Button>
              {msg ? <span className="msg">{msg}</span> : null}
            </div>
          </div>
          <nav className="anchor-nav" aria-label="页内导航"><a href="#sec-site">网站基本信息</a><a href="#sec-wp">网站负责人</a></nav>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout31-aliyun-basic-person-tea-steppercard': AliyunBasicPerson,
  'heldout31-volcengine-site-unit-tea-sideanchor': VolcSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
