/**
 * Gen-25 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8 (moment
 * dates), written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout25-aliyun-apply-unit-tea-sitelist   a unit's 新增网站（原备案在阿里云） order (阿里云) as a SITE LIST: an entity
 *    Select, a read-only TABLE of the entity's filed sites, then ONE card 新增网站 (LEFT labels): blur checks, a TAGSELECT of
 *    domains feeding a home-URL Select, a CHECKBOX group, a MULTIPLE Select, a TABLE of ECS instances with CHECKBOX row
 *    selection (one disabled), certificate RADIOS, ONE end-date DatePicker + 长期 tick; a 承诺 tick; 上一步 / 提交订单
 *  - heldout25-volcengine-site-person-tea-vstepper   填写网站信息 (个人, 火山引擎): a VERTICAL Stepper beside the form, two
 *    titled groups (LEFT labels): blur checks, domains as ADDED ROWS feeding a home-URL Select, a searchable Select, a
 *    CHECKBOX group, a textarea, a Select, phones that must differ, a required landline; an agreement tick; 上一步 / 保存 /
 *    下一步
 */
import { Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, SelectMultiple, Stepper, Table, TagSelect } from 'tea-component';
import moment from 'moment';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, personSiteNameProblem, PERSON_BANNED, PHONE_RE,
  UNIT_ECS, validId, type AliEcs,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { selectable } = Table.addons;
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

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; size?: 'm' | 'l' | 'full' }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size={p.size ?? 'l'} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');

/* ------------------------------------------------------------------ 阿里云 新增网站 (单位, 主体在阿里云): site list */

/** The account's entities filed at Alibaba (the profile's unit and a sister company), with their filed sites. */
const ENTITIES: { name: string; sites: { name: string; domain: string; number: string; status: string }[] }[] = [
  { name: '杭州云栖示例科技有限公司', sites: [{ name: '云栖示例文档中心', domain: 'yunqi-docs.cn', number: '浙ICP备2020034567号-1', status: '已备案' }] },
  { name: '杭州云栖示例网络有限公司', sites: [{ name: '云栖示例网络官网', domain: 'yunqi-net-demo.cn', number: '浙ICP备2021045678号-1', status: '已备案' }] },
];

function AliyunApplyUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '单位', {
    entity: '', siteName: '', domains: [], homeUrl: '', content: [], languages: [], instances: [],
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
    promise: false, prevClicks: 0, submitClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const sites = ENTITIES.find((x) => x.name === s.entity)?.sites ?? [];
  const long = s.wpLongTerm === true;
  const steps = [['entity', '选择主体'], ['site', '填写网站信息'], ['upload', '上传资料'], ['submit', '提交初审']].map(([id, label]) => ({ id: id!, label }));
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.entity ? '请选择主办单位' : !arr(s.instances).length ? '请关联云资源' : !s.promise ? '请勾选承诺' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>新增网站 · 单位</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Stepper steps={steps} current="site" /></div>
        <div className="card-w">
          <div className="help" style={{ marginBottom: 8 }}>订单类型：新增互联网信息服务（原备案在阿里云）。主体信息沿用阿里云已备案的主体，只需填写新网站。</div>
          <Form>
            <Form.Item label="主办单位" required>
              <Select className="entity" boxClassName="entity-pop" appearance="button" size="l" placeholder="请选择已在阿里云备案的主体" value={str(s.entity) || undefined} options={topts(ENTITIES.map((x) => x.name))}
                onChange={(v) => set('entity', v)} />
            </Form.Item>
          </Form>
        </div>
        <Card className="site-list"><Card.Body title="该主体已备案的网站">
          <Table className="filed-sites" bordered recordKey="domain" records={sites}
            topTip={sites.length ? null : <div className="help" style={{ padding: 12 }}>{s.entity ? '暂无已备案网站' : '请先选择主办单位'}</div>}
            columns={[
              { key: 'name', header: '网站名称' }, { key: 'domain', header: '网站域名' }, { key: 'number', header: '网站备案号' }, { key: 'status', header: '状态' },
            ]} />
        </Card.Body></Card>
        <Card className="new-site"><Card.Body title="新增网站">
          <Form>
            <Form.Item label="网站名称" required>{field('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : '') })}</Form.Item>
            <Form.Item label="网站域名" required extra="输入已实名认证的域名后回车，可填写多个；不带 www.">
              <div className="ctl">
                <TagSelect className="domains" style={{ width: 420 }} placeholder="如 example.cn" value={domains} options={[]}
                  onChange={(v) => {
                    const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
                    const bad = list.find((x) => domainRule(x));
                    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
                    const ok = list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i);
                    setMany({ domains: ok, ...(str(s.homeUrl) && !homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? { homeUrl: '' } : {}) });
                  }} />
                {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
              </div>
            </Form.Item>
            <Form.Item label="首页地址" required extra="由网站域名生成，无需填写 http://">
              <Select className="home-url" boxClassName="home-url-pop" appearance="button" size="l" placeholder={domains.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined}
                options={topts(homeUrlSuggestions(domains))} onChange={(v) => set('homeUrl', v)} />
            </Form.Item>
            <Form.Item label="网站服务内容" required extra="单位网站一般为“单位门户网站”">
              <Checkbox.Group className="content" value={arr<string>(s.content)} onChange={(v) => set('content', v)}>
                {['单位门户网站', '网络购物', '网络广告/信息', '网上支付', '网络教育', '网站建设', '其他'].map((c) => <Checkbox key={c} name={c}>{c}</Checkbox>)}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item label="网站语言" required>
              <SelectMultiple className="languages" boxClassName="languages-pop" appearance="button" size="l" staging={false} allOption={false} placeholder="请选择" value={arr<string>(s.languages)}
                options={topts(ICP_LANGUAGES)} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => v.includes(l)))} />
            </Form.Item>
            <Form.Item label="关联云资源" required extra="勾选网站所在的云服务器 ECS 实例（剩余时长不足 3 个月的实例不可用于备案）">
              <Table className="ecs-table" bordered recordKey="id" records={UNIT_ECS}
                addons={[selectable({
                  value: arr<string>(s.instances), onChange: (keys) => set('instances', keys),
                  rowSelectable: (_key, { record }) => !(record as AliEcs).short,
                })]}
                columns={[
                  { key: 'id', header: '实例ID' }, { key: 'name', header: '名称' }, { key: 'ip', header: '公网IP' },
                  { key: 'ipv6', header: 'IPv6', render: (r: AliEcs) => r.ipv6 || '—' },
                  { key: 'expires', header: '到期时间', render: (r: AliEcs) => (r.short ? <span className="msg">{r.expires}（不足 3 个月）</span> : r.expires) },
                ]} />
            </Form.Item>
          </Form>
          <div className="grp-title">网站负责人</div>
          <Form className="f-wp">
            <Form.Item label="姓名" required>{field('wpName', 'wp-name', { max: 30 })}</Form.Item>
            <Form.Item label="证件类型" required>
              <Radio.Group className="wp-cert-type" value={str(s.wpCertType) || undefined} onChange={(v) => set('wpCertType', v)}>
                {ICP_PERSON_CERTS.slice(0, 4).map((c) => <Radio key={c} name={c}>{c}</Radio>)}
              </Radio.Group>
            </Form.Item>
            <Form.Item label="证件号码" required>{field('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Form.Item>
            <Form.Item label="证件有效期至" required extra="证件背面有效期限的截止日期；长期有效请勾选“长期”">
              <div className="row-inline">
                <DatePicker className="wp-valid-to" disabled={long} value={day(s.wpValidTo)} onChange={(m) => set('wpValidTo', m ? m.format(DAY) : '')} />
                <Checkbox className="wp-long-term" value={long} onChange={(v) => setMany({ wpLongTerm: v, wpValidTo: '' })}>长期</Checkbox>
              </div>
            </Form.Item>
            <Form.Item label="手机号码" required>{field('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Form.Item>
            <Form.Item label="应急联系电话" required>
              {field('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
            </Form.Item>
            <Form.Item label="电子邮箱" required>{field('wpEmail', 'wp-email', { blur: emailRule })}</Form.Item>
          </Form>
        </Card.Body></Card>
        <Checkbox className="promise" value={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所填备案信息真实有效</Checkbox>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={submit}>提交订单</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 填写网站信息 (个人): vertical stepper */

function VolcSitePerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'site', '个人', {
    siteName: '', domainRows: [''], homeUrl: '', content: '', languages: [], remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpMobile: '', wpEmergency: '', wpEmail: '', wpOffice: '',
    agree: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ domainRows, ...r }) => ({ ...r, domains: arr<string>(domainRows).map((d) => d.trim()).filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const rows = arr<string>(s.domainRows);
  const domains = rows.map((d) => d.trim()).filter((d) => d && !domainRule(d));
  const setRow = (i: number, v: string) => {
    const next = rows.map((x, j) => (j === i ? v : x));
    const ok = next.map((d) => d.trim()).filter((d) => d && !domainRule(d));
    setMany({ domainRows: next, ...(str(s.homeUrl) && !homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? { homeUrl: '' } : {}) });
  };
  const remarkRule = (v: string) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : ''; };
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['siteName', 'homeUrl', 'content', 'remark', 'wpName', 'wpCertType', 'wpCertNumber', 'wpMobile', 'wpEmergency', 'wpEmail', 'wpOffice'];
    setMsg(domains.length && arr(s.languages).length && need.every((k) => str(s[k])) ? '已保存' : '请完善带 * 的信息');
  };
  const steps = ['主办者信息', '网站信息', '备案资料', '提交备案'].map((label) => ({ id: label, label }));
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="vc-side" aria-label="备案管理"><div className="grp">备案管理</div><a>备案概览</a><a className="on">新增备案</a><a>我的备案</a><a>备案授权码</a></nav>
      <div className="vc-main"><div className="vc-body">
        <h2 className="page-title">首次备案 · 个人</h2>
        <div className="vstep">
          <div className="rail"><Stepper type="process-vertical" steps={steps} current="网站信息" /></div>
          <div className="form-card">
            <div className="grp-title">网站信息</div>
            <Form className="f-site">
              <Form.Item label="网站名称" required extra="不少于 3 个汉字；个人网站名称不得含有企业、科技、平台等字样">{field('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Form.Item>
              <Form.Item label="网站域名" required extra="每行一个已实名认证的域名，不带 www.">
                <div className="dom-rows">
                  {rows.map((d, i) => (
                    <div className="dom-row" key={i}>
                      <Input className={`domain-${i}`} size="l" value={d} placeholder="如 example.cn" onChange={(v) => { setRow(i, v); e.clear(`dom${i}`); }}
                        onBlur={() => { const t = d.trim(); if (t) e.set(`dom${i}`, domainRule(t)); }} />
                      {rows.length > 1 ? <Button type="link" className={`del-domain-${i}`} onClick={() => set('domainRows', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                      {e.get(`dom${i}`) ? <span className="field-err">{e.get(`dom${i}`)}</span> : null}
                    </div>
                  ))}
                  <Button type="link" className="add-domain" onClick={() => set('domainRows', [...rows, ''])}>+ 添加域名</Button>
                </div>
              </Form.Item>
              <Form.Item label="网站首页地址" required extra="由网站域名生成，无需填写 http://">
                <Select className="home-url" boxClassName="home-url-pop" appearance="button" size="l" placeholder={domains.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined}
                  options={topts(homeUrlSuggestions(domains))} onChange={(v) => set('homeUrl', v)} />
              </Form.Item>
              <Form.Item label="网站内容类型" required extra="个人网站一般选择“其他”">
                <Select className="content" boxClassName="content-pop" appearance="button" size="l" searchable placeholder="请选择" value={str(s.content) || undefined} options={topts(ICP_CONTENT)}
                  onChange={(v) => set('content', v)} />
              </Form.Item>
              <Form.Item label="网站语言" required>
                <Checkbox.Group className="languages" value={arr<string>(s.languages)} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => v.includes(l)))}>
                  {ICP_LANGUAGES.map((l) => <Checkbox key={l} name={l}>{l}</Checkbox>)}
                </Checkbox.Group>
              </Form.Item>
              <Form.Item label="网站备注" required extra="简要说明网站用途与内容">
                <div className="ctl">
                  <Input.TextArea className="remark" size="l" rows={3} maxLength={200} value={str(s.remark)} onChange={(v) => { set('remark', v); e.clear('remark'); }}
                    onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('remark', remarkRule(t)); }} />
                  {e.get('remark') ? <div className="field-err">{e.get('remark')}</div> : null}
                </div>
              </Form.Item>
            </Form>
            <div className="grp-title">网站负责人</div>
            <Form className="f-wp">
              <Form.Item label="负责人姓名" required>{field('wpName', 'wp-name', { max: 30 })}</Form.Item>
              <Form.Item label="证件类型" required>
                <Select className="wp-cert-type" boxClassName="wp-cert-type-pop" appearance="button" size="l" placeholder="请选择" value={str(s.wpCertType) || undefined} options={topts(ICP_PERSON_CERTS)}
                  onChange={(v) => set('wpCertType', v)} />
              </Form.Item>
              <Form.Item label="证件号码" required>{field('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Form.Item>
              <Form.Item label="手机号码" required>{field('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Form.Item>
              <Form.Item label="应急联系电话" required>
                {field('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
              </Form.Item>
              <Form.Item label="电子邮箱" required>{field('wpEmail', 'wp-email', { blur: emailRule })}</Form.Item>
              <Form.Item label="办公电话" required extra="固定电话，格式：区号-号码">
                {field('wpOffice', 'wp-office', { max: 20, placeholder: '如 0571-88886666', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}
              </Form.Item>
            </Form>
            <Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《火山引擎网站备案服务协议》</Checkbox>
            <div className="actions">
              <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
              <Button type="weak" onClick={save}>保存</Button>
              <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
              {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
            </div>
          </div>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout25-aliyun-apply-unit-tea-sitelist': AliyunApplyUnit,
  'heldout25-volcengine-site-person-tea-vstepper': VolcSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
