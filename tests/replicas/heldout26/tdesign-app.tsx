/**
 * Gen-26 held-out builds on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout26-aliyun-apply-person-tdesign-accesscards   接入备案 order (个人, 阿里云): four Cards in a two-column grid; blur-
 *    checked filing numbers the profile lacks, BUTTON radios, blur checks, an SMS button, a TAGINPUT of domains feeding a
 *    home-URL Select, a MULTIPLE Select, a textarea, ADDED ROWS of IPs; the 承诺 tick; 上一步 / 提交订单
 *  - heldout26-tencent-subject-person-tdesign-idcardpanel 填写主体信息 (个人, 腾讯云): two ID-card Uploads on the left (type
 *    checked), the form on the right; blur checks, a LAZY Cascader + street input, a DatePicker + a term Select deriving
 *    the end date, phones that must differ; 上一步 / 保存 / 下一步
 */
import { Button, Card, Cascader, Checkbox, DatePicker, Form, Input, Radio, Select, Steps, TagInput, Textarea, Upload, type UploadFile } from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, endOfTerm, ENTITY_ICP_RE, fetchAreas, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, ID_TERMS, IPV4_RE, MOBILE_RE, pathOfCode,
  personSiteNameProblem, PHONE_RE, shortIpv6, SITE_ICP_RE, validId, validIpv6, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A form item; every control sits in a plain <div> so TDesign's FormItem does not take it over as a field of its own. */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** A date picker that takes a typed date (Enter confirms) as well as a click in its panel (the draft is kept here). */
function Date1(p: { value: string; onChange: (v: string) => void; cls: string; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable placeholder={p.placeholder ?? '请选择日期'} value={p.value} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? p.value }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.onChange(typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

const ALIYUN_CHROME = (
  <>
    <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
    <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
  </>
);
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');

/* ------------------------------------------------------------------ 接入备案 (个人, 阿里云), access cards */

function AliyunApplyPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '个人', {
    entityIcp: '', siteIcp: '', name: '', certType: '', certNumber: '', mobile: '', smsCode: '', siteName: '', domains: [], homeUrl: '', languages: [], remark: '',
    ipRows: [''], promise: false, prevClicks: 0, submitClicks: 0,
  }, ({ ipRows, ...r }) => ({ ...r, ips: arr<string>(ipRows).map((x) => x.trim()).filter((x) => IPV4_RE.test(x) || validIpv6(x)).map((x) => (x.includes(':') ? shortIpv6(x) : x)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [sms, setSms] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const setDomains = (v: unknown) => {
    const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
    const bad = l.find((x) => !DOMAIN_RE.test(x));
    if (bad) e.set('domains', `${bad}：请填写不带 www. 与 http:// 的域名`); else e.clear('domains');
    const ok = l.filter((x, i) => DOMAIN_RE.test(x) && l.indexOf(x) === i);
    setMany({ domains: ok, homeUrl: homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? s.homeUrl : '' });
  };
  const rows = arr<string>(s.ipRows);
  const setRow = (i: number, v: string) => set('ipRows', rows.map((x, j) => (j === i ? v : x)));
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.entityIcp || !s.siteIcp ? '请填写原主体备案号与原网站备案号' : !s.smsCode ? '请先完成手机验证码校验' : !s.promise ? '请勾选承诺' : '已提交');
  };
  return (
    <>
      {ALIYUN_CHROME}
      <div className="al-main"><div className="al-body">
        <h2 className="page-title">接入备案</h2>
        <div className="card-w help" style={{ background: '#eef5ff', color: '#1d4f91' }}>系统判定本订单为「接入备案」：主体与网站已在其他接入商备案，本次将阿里云新增为接入商。请核对原备案号与主办者信息，并填写接入信息。</div>
        <div className="acc-grid">
          <Card className="c-orig" title="原备案信息" bordered>
            <Form labelAlign="left" labelWidth={120}>
              <Item label="原主体备案号" req e={e} k="entityIcp">{text('entityIcp', 'entity-icp', { placeholder: '如 浙ICP备12345678号', blur: (v) => (ENTITY_ICP_RE.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号') })}</Item>
              <Item label="原网站备案号" req e={e} k="siteIcp">{text('siteIcp', 'site-icp', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '网站备案号格式如 浙ICP备12345678号-1') })}</Item>
            </Form>
          </Card>
          <Card className="c-owner" title="主办者核验" bordered>
            <Form labelAlign="left" labelWidth={120}>
              <Item label="主办者姓名" req>{text('name', 'owner-name', { max: 30 })}</Item>
              <Item label="证件类型" req>
                <Radio.Group className="cert-type" variant="default-filled" value={str(s.certType) || undefined} onChange={(v) => set('certType', String(v))}>
                  {ICP_PERSON_CERTS.slice(0, 4).map((c) => <Radio.Button key={c} value={c}>{c}</Radio.Button>)}
                </Radio.Group>
              </Item>
              <Item label="证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: (v) => ((s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Item>
              <Item label="负责人手机号码" req e={e} k="mobile">{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="短信验证码" req tips={sms}>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <Input className="sms-code" value={str(s.smsCode)} maxlength={6} placeholder="6 位验证码" onChange={(v) => set('smsCode', String(v ?? ''))} />
                  <Button className="send-sms" variant="outline" onClick={() => setSms(MOBILE_RE.test(str(s.mobile)) ? '验证码已发送，5 分钟内有效' : '请先填写正确的手机号码')}>获取验证码</Button>
                </div>
              </Item>
            </Form>
          </Card>
          <Card className="c-site" title="网站信息" bordered>
            <Form labelAlign="left" labelWidth={120}>
              <Item label="网站名称" req e={e} k="siteName">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Item>
              <Item label="网站域名" req e={e} k="domains" tips="输入后回车，可填写多个">
                <TagInput className="domains" clearable placeholder="如 example.cn" value={arr<string>(s.domains)} onChange={setDomains} />
              </Item>
              <Item label="网站首页URL" req>
                <Select className="home-url" placeholder={arr(s.domains).length ? '请选择' : '请先填写网站域名'} disabled={!arr(s.domains).length} value={str(s.homeUrl) || undefined}
                  options={opts(homeUrlSuggestions(arr<string>(s.domains)))} popupProps={{ overlayClassName: 'home-url-pop' }} onChange={(v) => set('homeUrl', String(v ?? ''))} />
              </Item>
              <Item label="网站语言" req>
                <Select className="languages" multiple placeholder="请选择" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} popupProps={{ overlayClassName: 'languages-pop' }}
                  onChange={(v) => set('languages', arr<string>(v))} />
              </Item>
              <Item label="网站备注" req>
                <Textarea className="remark" value={str(s.remark)} maxlength={200} placeholder="说明网站用途" onChange={(v) => set('remark', String(v ?? ''))} />
              </Item>
            </Form>
          </Card>
          <Card className="c-access" title="接入信息" bordered>
            <Form labelAlign="left" labelWidth={120}>
              <Item label="接入IP地址" req e={e} k="ips" tips="本次接入阿里云的服务器公网IP">
                <div className="ip-rows">
                  {rows.map((v, i) => (
                    <div className="ip-row" key={i}>
                      <Input className={`ip ip-${i}`} value={v} placeholder="如 1.2.3.4" onChange={(x) => { setRow(i, String(x ?? '')); e.clear('ips'); }}
                        onBlur={(x) => { const t = String(x ?? '').trim(); if (t && !IPV4_RE.test(t) && !validIpv6(t)) e.set('ips', `${t} 不是有效的IP地址`); }} />
                      {rows.length > 1 ? <Button className="del-ip" variant="text" theme="danger" onClick={() => set('ipRows', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                    </div>
                  ))}
                  <Button className="add-ip" variant="dashed" onClick={() => set('ipRows', [...rows, ''])}>+ 添加IP</Button>
                </div>
              </Item>
              <Item label="服务内容"><span className="ro">其他</span><span className="help" style={{ marginLeft: 8 }}>个人备案固定为“其他”</span></Item>
            </Form>
          </Card>
        </div>
        <div className="card-w" style={{ marginTop: 16 }}>
          <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', !!v)}>本人承诺所填备案信息真实、准确、完整</Checkbox>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button theme="primary" onClick={submit}>提交订单</Button>
          <span className="msg">{msg}</span>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 填写主体信息 (个人, 腾讯云), id-card panel */

interface LazyOption { value: string; label: string; children?: LazyOption[] | boolean }
const lazyNode = (a: Area): LazyOption => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });

function IdCard(p: { s: S; set: Setter; e: Errs; k: string; title: string }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success' }));
  return (
    <div className={`slot slot-${p.k}`} style={{ marginBottom: 16 }}>
      <div className="t-label"><i style={{ color: '#e54545', fontStyle: 'normal' }}>*</i>{p.title}</div>
      <Upload className={`up up-${p.k}`} theme="file" accept="image/png,image/jpeg" max={1} autoUpload={false} files={files}
        beforeUpload={(f) => {
          const t = f.raw?.type ?? f.type ?? '';
          if (!/^image\/(png|jpeg)$/.test(t)) { p.e.set(p.k, '仅支持 jpg / png 格式'); return false; }
          p.e.clear(p.k);
          return true;
        }}
        onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

function TencentSubjectPerson() {
  const { s, set } = useReplicaState('tencent', 'subject', '个人', {
    idFront: [], idBack: [], name: '', certNumber: '', certAddress: '', mailRegionCode: '', mailDetail: '', investor: '', validFrom: '', term: '',
    mobile: '', emergency: '', email: '', office: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [roots, setRoots] = useState<LazyOption[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map(lazyNode))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const end = str(s.term) === '长期' ? '长期' : endOfTerm(str(s.validFrom), str(s.term));
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['name', 'certNumber', 'certAddress', 'mailRegionCode', 'mailDetail', 'investor', 'validFrom', 'term', 'mobile', 'emergency', 'email'];
    setMsg(need.every((k) => str(s[k])) && arr(s.idFront).length && arr(s.idBack).length ? '已保存' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="tc-side" aria-label="网站备案"><a>概览</a><a className="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案 · 填写主体信息</h2>
        <div className="card-w"><Steps current={1} readonly>{['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps></div>
        <div className="facts-ro"><div><span>备案地域</span>浙江省</div><div><span>主办者性质</span>个人</div><div><span>证件类型</span>居民身份证</div></div>
        <div className="idpanel">
          <div className="cards c-idcards">
            <h3 style={{ margin: '0 0 12px', fontSize: 15 }}>身份证照片</h3>
            <IdCard s={s} set={set} e={e} k="idFront" title="身份证人像面" />
            <IdCard s={s} set={set} e={e} k="idBack" title="身份证国徽面" />
            <div className="help">请上传彩色原件照片，jpg / png，不超过 4MB</div>
          </div>
          <div className="card-w c-form">
            <Form labelAlign="left" labelWidth={140}>
              <h3 style={{ margin: '0 0 12px', fontSize: 15 }}>主体信息</h3>
              <Item label="姓名" req>{text('name', 'name', { max: 30 })}</Item>
              <Item label="证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: (v) => (validId(v) ? '' : '证件号码校验未通过') })}</Item>
              <Item label="证件住址" req tips="与身份证上的住址一致">{text('certAddress', 'cert-address', { max: 200 })}</Item>
              <Item label="通信地址" req>
                <Cascader className="mail-region" style={{ width: 360 }} placeholder="请选择省 / 市 / 区县" options={roots} value={str(s.mailRegionCode) || undefined} clearable
                  valueDisplay={() => (s.mailRegionCode ? pathOfCode(s.mailRegionCode).join(' / ') : '')} popupProps={{ overlayClassName: 'mail-region-pop' }}
                  load={(node) => fetchAreas(String(node.value)).then((l) => l.map(lazyNode))}
                  onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) set('mailRegionCode', c); }} />
              </Item>
              <Item label="详细地址" req e={e} k="mailDetail">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Item>
              <Item label="投资人或主管单位" req>{text('investor', 'investor')}</Item>
              <h3 style={{ margin: '8px 0 12px', fontSize: 15 }}>主体负责人</h3>
              <Item label="证件有效期起" req><Date1 cls="valid-from" value={str(s.validFrom)} onChange={(v) => set('validFrom', v)} /></Item>
              <Item label="有效期限" req>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <Select className="term" style={{ width: 140 }} placeholder="请选择" value={str(s.term) || undefined} options={opts(ID_TERMS)} popupProps={{ overlayClassName: 'term-pop' }}
                    onChange={(v) => set('term', String(v ?? ''))} />
                  <span className="help">有效期至</span><span className="derived valid-to">{end || '—'}</span>
                </div>
              </Item>
              <Item label="手机号码" req e={e} k="mobile">{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="应急联系电话" req e={e} k="emergency">{text('emergency', 'emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}</Item>
              <Item label="电子邮箱" req e={e} k="email">{text('email', 'email', { blur: emailRule })}</Item>
              <Item label="办公电话" e={e} k="office">{text('office', 'office', { placeholder: '选填，区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</Item>
            </Form>
          </div>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={save}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout26-aliyun-apply-person-tdesign-accesscards': AliyunApplyPerson,
  'heldout26-tencent-subject-person-tdesign-idcardpanel': TencentSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
