/**
 * Gen-37 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8,
 * written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout37-aliyun-basic-person-tea-twocolgrid       填写基本信息 (个人, 阿里云) as a TWO-COLUMN GRID: one Tea Card, the
 *    fields two to a line with labels on top: the region THREE Tea Selects (省 / 市 / 区县, each level listed late), a
 *    Select, a Select filtered by the nature, blur checks, a Segment of resource kinds, the instance RADIO CARDS listed late
 *    per kind (one disabled: < 3 months left); a 须知 tick; 信息校验
 *  - heldout37-volcengine-subject-person-tea-sectionlist 主办者信息 (个人, 火山引擎) as a SECTION LIST: Tea List of
 *    sections, each a heading and label-left rows: a textarea, the mailing address ONE text line, a text with a 同主办人
 *    button, radios, the validity TWO texts + a 长期 Checkbox disabling the end, blur checks, phones that must differ;
 *    an agreement tick; 下一步
 */
import { Button, Card, Checkbox, Input, List, Radio, Segment, Select, Stepper } from 'tea-component';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchPersonResources, ICP_CERTS_BY_NATURE, ICP_PERSON_CERTS, MOBILE_RE, NATURES, validId,
  type Area, type PersonInstance,
} from './common';
import { clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const dateRule = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 YYYY-MM-DD');

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), get: (k: string) => errs[k] ?? '', clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); } };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size="full" style={p.width ? { width: p.width } : undefined} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

/** A label-on-top grid item. */
const G = (p: { label: string; children: ReactNode; help?: string; cls?: string; wide?: boolean }) => (
    <div className={`g-item ${p.cls ?? ''}`} style={p.wide ? { gridColumn: '1 / -1' } : undefined}>
      <label><i>*</i>{p.label}</label>{p.children}{p.help ? <div className="help">{p.help}</div> : null}
    </div>
  );
/** A label-left row. */
const R = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
    <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
  );

/* ------------------------------------------------------------------ 阿里云 填写基本信息 (个人): two-column grid */

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    province: '', city: '', district: '', nature: '', name: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', notice: false, checkClicks: 0,
  }, ({ province, city, district, ...r }) => ({ ...r, region: [province, city, district].filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [provs, setProvs] = useState<Area[] | null>(null);
  const [cities, setCities] = useState<Area[] | null>(null);
  const [dists, setDists] = useState<Area[] | null>(null);
  const [list, setList] = useState<PersonInstance[] | null>(null);
  useEffect(() => { void fetchAreas('', 250).then(setProvs); }, []);
  useEffect(() => {
    setList(null);
    if (s.resource !== '备案服务号') void fetchPersonResources(str(s.resource), 500).then(setList);
  }, [s.resource]);
  const pickProv = (name: string) => {
    setMany({ province: name, city: '', district: '' }); setCities(null); setDists(null);
    const a = provs?.find((x) => x.name === name); if (a) void fetchAreas(a.code, 250).then(setCities);
  };
  const pickCity = (name: string) => {
    setMany({ city: name, district: '' }); setDists(null);
    const a = cities?.find((x) => x.name === name); if (a) void fetchAreas(a.code, 250).then(setDists);
  };
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  const sel = (cls: string, value: string, l: Area[] | null, ph: string, on: (v: string) => void) => (
    <Select virtual={false} className={cls} appearance="button" size="s" matchButtonWidth placeholder={l ? ph : '加载中…'} value={value || undefined} options={topts((l ?? []).map((a) => a.name))} onChange={on} />
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w"><Stepper steps={['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((label) => ({ id: label, label }))} current="填写基本信息" /></div>
        <Card className="basic-card"><Card.Body title="验证备案信息">
          <div className="grid2">
            <G label="主办者所在地区" help="须与证件住所所在地一致" cls="g-region">
              <div className="row-inline">
                {sel('prov', str(s.province), provs, '省份', pickProv)}
                {sel('city', str(s.city), s.province ? cities : [], '城市', pickCity)}
                {sel('dist', str(s.district), s.city ? dists : [], '区县', (v) => set('district', v))}
              </div>
            </G>
            <G label="主办者性质">
              <Select virtual={false} className="nature" appearance="button" size="m" matchButtonWidth searchable placeholder="请选择" value={str(s.nature) || undefined} options={topts(NATURES)} onChange={(v) => setMany({ nature: v, certType: '' })} />
            </G>
            <G label="主办者姓名" help="个人填写身份证上的姓名"><Text s={s} set={set} e={e} k="name" cls="name" max={30} /></G>
            <G label="主办者证件类型" help="随主办者性质变化">
              <Select virtual={false} className="cert-type" appearance="button" size="m" matchButtonWidth placeholder={certs.length ? '请选择' : '请先选择主办者性质'} disabled={!certs.length} value={str(s.certType) || undefined}
                options={topts(certs.length ? certs : ICP_PERSON_CERTS)} onChange={(v) => set('certType', v)} />
            </G>
            <G label="证件号码"><Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} blur={(v) => (s.nature !== '个人' || validId(v) ? '' : '身份证号码校验未通过')} /></G>
            <G label="备案网站域名" help="已实名认证的一级域名"><Text s={s} set={set} e={e} k="domain" cls="domain" placeholder="如 example.cn" blur={domainRule} /></G>
            <G label="资源类型" wide>
              <Segment className="resource" value={str(s.resource)} options={topts(ALIYUN_RESOURCE_KINDS)} onChange={(v) => setMany({ resource: v, instance: '' })} />
            </G>
            {s.resource === '备案服务号'
              ? <G label="备案服务号" wide><span className="help">请先购买备案服务号，再回到此处选择</span></G>
              : (
                <G label="备案实例" wide help="实例须为包年包月且剩余时长不少于 3 个月">
                  {list === null ? <span className="help inst-loading">实例加载中…</span> : list.length === 0 ? <span className="help">当前账号下无此类实例</span> : (
                    <Radio.Group className="instances" value={str(s.instance)} onChange={(v) => set('instance', v)} layout="column">
                      {list.map((i) => {
                        const short = i.expires < '2026-06-01';
                        return <Radio key={i.id} name={i.id} disabled={short} className={`inst inst-${i.id}`}>{i.name}（{i.ip}）· {i.id} · 到期 {i.expires}{short ? ' · 剩余不足 3 个月' : ''}</Radio>;
                      })}
                    </Radio.Group>
                  )}
                </G>
              )}
          </div>
          <div style={{ marginTop: 12 }}><Checkbox className="notice" value={s.notice === true} onChange={(v) => set('notice', v)}>我已阅读《ICP备案须知》</Checkbox></div>
          <div className="actions">
            <Button type="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg('校验中：域名实名信息需与主办者一致'); }}>信息校验</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </Card.Body></Card>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 主办者信息 (个人): section list */

const PERSON = '张伟';

function VolcSubjectPerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '个人', {
    certAddress: '', mailAddress: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const long = s.prLongTerm === true;
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width={420} {...o} />;
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>备案管理</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="vc-body">
        <div className="card-w"><Stepper steps={['验证备案信息', '主办者信息', '网站信息', '备案资料', '提交备案'].map((label) => ({ id: label, label }))} current="主办者信息" /></div>
        <List className="sections" split="divide">
          <List.Item className="sec sec-holder">
            <h4 className="sec-h">主办者信息</h4>
            <R label="主办者名称" req={false}><span className="ro">{PERSON}（个人）　居民身份证 330106199003071236</span></R>
            <R label="主办单位证件住址" help="与身份证上的住址一致">
              <Input.TextArea className="cert-address" size="full" style={{ width: 420 }} rows={2} value={str(s.certAddress)} onChange={(v) => set('certAddress', v)} />
            </R>
            <R label="通讯地址" help="省市区 + 街道门牌号写成一行">{t('mailAddress', 'mail-address', { placeholder: '如 浙江省杭州市西湖区××路 1 号', blur: (v) => (/(省|市).*\d+\s*号/.test(v) ? '' : '通讯地址须含省市并详细到门牌号') })}</R>
            <R label="投资人或主管单位" help="个人填写本人姓名">
              <div className="row-inline">{t('investor', 'investor', { max: 30 })}<Button type="link" className="investor-self" onClick={() => set('investor', PERSON)}>同主办者</Button></div>
            </R>
          </List.Item>
          <List.Item className="sec sec-principal">
            <h4 className="sec-h">主体负责人</h4>
            <R label="主体负责人姓名">{t('prName', 'pr-name', { max: 30 })}</R>
            <R label="证件类型">
              <Radio.Group className="pr-cert-type" value={str(s.prCertType)} onChange={(v) => set('prCertType', v)}>{ICP_PERSON_CERTS.slice(0, 4).map((c) => <Radio key={c} name={c}>{c}</Radio>)}</Radio.Group>
            </R>
            <R label="证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => ((s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</R>
            <R label="证件有效期" help="日期格式 YYYY-MM-DD；长期有效的证件勾选“长期”">
              <div className="row-inline">
                <Text s={s} set={set} e={e} k="prValidFrom" cls="pr-valid-from" width={140} placeholder="开始日期" blur={dateRule} />
                <span>至</span>
                <Text s={s} set={set} e={e} k="prValidTo" cls="pr-valid-to" width={140} placeholder={long ? '长期' : '结束日期'} disabled={long} blur={dateRule} />
                <Checkbox className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
              </div>
            </R>
          </List.Item>
          <List.Item className="sec sec-contact">
            <h4 className="sec-h">联系方式</h4>
            <R label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</R>
            <R label="应急联系电话">{t('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</R>
            <R label="电子邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</R>
          </List.Item>
        </List>
        <div style={{ marginTop: 12 }}><Checkbox className="agree" value={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout37-aliyun-basic-person-tea-twocolgrid': AliyunBasicPerson,
  'heldout37-volcengine-subject-person-tea-sectionlist': VolcSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
