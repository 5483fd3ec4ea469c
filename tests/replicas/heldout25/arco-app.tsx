/**
 * Gen-25 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout25-aliyun-apply-person-arco-livepreview   a person's 首次备案 order (阿里云) as a LIVE PREVIEW layout: three
 *    Cards of fields on the left (LEFT labels), a sticky read-only Descriptions preview on the right: a LAZY Cascader, a
 *    one-line 证件住所, blur checks, a Select, a RANGEPICKER + 长期 tick, an SMS code with its send button, a MULTIPLE Select
 *    with ALLOWCREATE, home-URL RADIOS built from it, a CHECKBOX group, a textarea; a 承诺 tick; 保存草稿 / 提交初审
 *  - heldout25-mps-principal-person-arco-copypanel   网站负责人 (个人, 公安) as a COPY PANEL: the held 开办主体负责人 on the
 *    left with COPY BUTTONS per role, two role forms on the right: Selects, blur checks, a RANGEPICKER + 长期 tick, three
 *    Upload buttons (type checked); a 责任告知书 tick; 上一步 / 保存 / 下一步
 */
import {
  Alert, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Form, Input, Message, Radio, Select, Steps, Upload,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode,
  personSiteNameProblem, PERSON_BANNED, validId,
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number | string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        status={p.e.get(p.k) ? 'error' : undefined}
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

/** A validity as an Arco RangePicker + 长期 tick (长期 swaps it for one start DatePicker); from / to / long in the state. */
function Validity(p: { s: S; setMany: (x: S) => void; from: string; to: string; long: string; cls: string; disabled?: boolean }) {
  const long = p.s[p.long] === true;
  return (
    <div className="row-inline">
      {long
        ? <DatePicker className={`${p.cls}-from`} style={{ width: 200 }} disabled={p.disabled} value={str(p.s[p.from]) || undefined} onChange={(d) => p.setMany({ [p.from]: d ?? '' })} />
        : (
          <DatePicker.RangePicker className={p.cls} style={{ width: 280 }} disabled={p.disabled}
            value={p.s[p.from] && p.s[p.to] ? [str(p.s[p.from]), str(p.s[p.to])] : undefined}
            onChange={(v) => p.setMany({ [p.from]: v?.[0] ?? '', [p.to]: v?.[1] ?? '' })} />
        )}
      <Checkbox className={`${p.cls.replace('validity', 'long-term')}`} disabled={p.disabled} checked={long} onChange={(v) => p.setMany({ [p.long]: v, [p.to]: '' })}>长期</Checkbox>
    </div>
  );
}

/* ------------------------------------------------------------------ 阿里云 个人首次备案: form + live preview */

interface AreaOpt { value: string; label: string; isLeaf: boolean }

function AliyunApplyPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '个人', {
    regionCodes: [], certAddress: '', mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prFrom: '', prTo: '', prLongTerm: false, prMobile: '', smsCode: '', prEmergency: '', prEmail: '',
    siteName: '', domains: [], homeUrl: '', languages: [], remark: '', promise: false, saveClicks: 0, submitClicks: 0,
  }, ({ regionCodes, prFrom, prTo, ...r }) => ({
    ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? ''), prValidity: [str(prFrom), str(prTo)].filter(Boolean),
  }));
  const e = useErrs();
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const [smsSent, setSmsSent] = useState(false);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number | string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const remarkRule = (v: string) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : ''; };
  const item = { labelCol: { span: 6 }, wrapperCol: { span: 18 } };
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    Message.warning(!s.smsCode ? '请先完成手机验证码校验' : !s.promise ? '请先勾选承诺' : '请完善带 * 的信息');
  };
  const region = pathOfCode(arr<string>(s.regionCodes).at(-1) ?? '').join(' / ');
  const validity = s.prLongTerm === true ? `${str(s.prFrom) || '—'} 至 长期` : s.prFrom ? `${str(s.prFrom)} 至 ${str(s.prTo)}` : '—';
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <Alert type="info" style={{ marginBottom: 16 }} content="系统检测到该主体及网站均未在任何接入商备案，本订单为「首次备案」。主办者性质：个人；证件类型：居民身份证；证件号码：330106199003071236（来自信息校验）。" />
        <div className="live">
          <div>
            <Form className="f-order" {...item}>
              <Card className="c-holder" title="主办者信息" size="small">
                <Form.Item label="主办者所属区域" required>
                  <Cascader className="region" style={{ width: 320 }} placeholder="省 / 市 / 区县" options={provinces} value={arr<string>(s.regionCodes)}
                    loadMore={(path, level) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
                    onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
                </Form.Item>
                <Form.Item label="证件住所" required extra="与身份证上的住址完全一致（含省市区）">
                  {text('certAddress', 'cert-address', { width: '100%', max: 200, blur: (v) => (/[省市]/.test(v) ? '' : '请按身份证住址完整填写，含省市区') })}
                </Form.Item>
                <Form.Item label="通信详细地址" required extra="所属区域之后的街道、门牌号，须详细到门牌号">
                  {text('mailDetail', 'mail-detail', { width: '100%', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
                </Form.Item>
                <Form.Item label="投资人或主管单位" required extra="个人备案填写本人姓名">{text('investor', 'investor', { max: 60 })}</Form.Item>
              </Card>
              <Card className="c-principal" title="主体负责人" size="small">
                <Form.Item label="主体负责人姓名" required>{text('prName', 'pr-name', { max: 30 })}</Form.Item>
                <Form.Item label="负责人证件类型" required>
                  <Select className="pr-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
                </Form.Item>
                <Form.Item label="负责人证件号码" required>{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Form.Item>
                <Form.Item label="证件有效期" required><Validity s={s} setMany={setMany} from="prFrom" to="prTo" long="prLongTerm" cls="pr-validity" /></Form.Item>
                <Form.Item label="手机号码" required>{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Form.Item>
                <Form.Item label="手机验证码" required extra={smsSent ? '验证码已发送，5 分钟内有效' : '点击获取后填写收到的 6 位验证码'}>
                  <div className="row-inline">
                    {text('smsCode', 'sms-code', { max: 6, width: 160 })}
                    <Button className="send-sms" onClick={() => setSmsSent(true)} disabled={!MOBILE_RE.test(str(s.prMobile))}>获取验证码</Button>
                  </div>
                </Form.Item>
                <Form.Item label="应急联系电话" required>
                  {text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}
                </Form.Item>
                <Form.Item label="电子邮箱" required>{text('prEmail', 'pr-email', { blur: emailRule })}</Form.Item>
              </Card>
              <Card className="c-site" title="网站信息" size="small">
                <Form.Item label="网站名称" required>{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Form.Item>
                <Form.Item label="网站域名" required extra="输入已实名认证的域名后回车，可填写多个；不带 www.">
                  <div className="ctl">
                    <Select className="domains" style={{ width: 420 }} mode="multiple" allowCreate placeholder="如 example.cn" value={domains} options={[]}
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
                <Form.Item label="网站首页URL" required extra="由网站域名生成，无需填写 http://">
                  {domains.length
                    ? <Radio.Group className="home-url" direction="vertical" value={str(s.homeUrl) || undefined} options={homeUrlSuggestions(domains)} onChange={(v) => set('homeUrl', v)} />
                    : <span className="help home-url-wait">请先填写网站域名</span>}
                </Form.Item>
                <Form.Item label="网站服务内容"><span className="derived">其他</span><span className="help" style={{ marginLeft: 8 }}>个人备案固定为“其他”</span></Form.Item>
                <Form.Item label="网站语言" required>
                  <Checkbox.Group className="languages" options={ICP_LANGUAGES} value={arr<string>(s.languages)} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
                </Form.Item>
                <Form.Item label="网站备注" required extra="简要说明网站用途；不得含有名称中禁止使用的字样">
                  <div className="ctl">
                    <Input.TextArea className="remark" style={{ width: 420 }} rows={3} maxLength={200} value={str(s.remark)} onChange={(v) => { set('remark', v); e.clear('remark'); }}
                      onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('remark', remarkRule(t)); }} />
                    {e.get('remark') ? <div className="field-err">{e.get('remark')}</div> : null}
                  </div>
                </Form.Item>
              </Card>
            </Form>
            <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本人承诺所填备案信息真实、准确、完整</Checkbox>
            <div className="actions">
              <Button onClick={() => { clicks(s, set, 'saveClicks')(); Message.success('草稿已保存'); }}>保存草稿</Button>
              <Button type="primary" onClick={submit}>提交初审</Button>
            </div>
          </div>
          <Card className="preview" title="备案信息预览" size="small" extra={<span className="help">随填写实时更新</span>}>
            <Descriptions column={1} size="small" labelStyle={{ width: 96 }}
              data={[
                { label: '主办者', value: '张伟（个人）' },
                { label: '所属区域', value: region || '—' },
                { label: '证件住所', value: str(s.certAddress) || '—' },
                { label: '负责人', value: str(s.prName) || '—' },
                { label: '有效期', value: validity },
                { label: '手机', value: str(s.prMobile) || '—' },
                { label: '网站', value: str(s.siteName) || '—' },
                { label: '域名', value: domains.join('、') || '—' },
                { label: '首页', value: str(s.homeUrl) || '—' },
                { label: '语言', value: arr<string>(s.languages).join('、') || '—' },
              ]} />
          </Card>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (个人): copy panel */

/** The 开办主体负责人 the platform holds from step 1 (the profile's 张伟), for the copy buttons. */
const HELD = { name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', from: '2018-03-01', to: '2038-03-01', mobile: '13800138000', email: 'zhangwei@example.com' };

/** One photo slot: an Arco Upload button (jpg / png ≤ 2 MB, checked here); a chosen file shows as its name with 删除. */
function Photo(p: { s: S; set: Setter; k: string; cap: string }) {
  const files = arr<string>(p.s[p.k]);
  const [msg, setMsg] = useState('');
  return (
    <div className={`mat-file slot-${p.k}`}>
      <span>{p.cap}</span>
      <Upload showUploadList={false} autoUpload={false}
        beforeUpload={(file) => {
          const ok = /^image\/(png|jpeg)$/.test(file.type) && file.size <= 2 * 1024 * 1024;
          setMsg(ok ? '' : '仅支持 jpg / png，且不超过 2MB');
          if (ok) p.set(p.k, [file.name]);
          return false;
        }}>
        <Button size="small" className={`up-${p.k}`}>{files.length ? '重新上传' : '上传'}</Button>
      </Upload>
      {files.length ? <><span className="file-name">{files[0]}</span><Button type="text" size="small" className={`del-${p.k}`} onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help">未上传</span>}
      {msg ? <span className="field-err">{msg}</span> : null}
    </div>
  );
}

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    secName: '', secCertType: '', secCertNumber: '', secFrom: '', secTo: '', secLongTerm: false, secMobile: '', secEmail: '', secIdFront: [], secIdBack: [], secIdHand: [],
    emgName: '', emgCertType: '', emgCertNumber: '', emgPhone: '', notice: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secFrom, secTo, ...r }) => ({ ...r, secValidity: [str(secFrom), str(secTo)].filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const item = { labelCol: { span: 5 }, wrapperCol: { span: 19 } };
  const copySec = () => setMany({ secName: HELD.name, secCertType: HELD.certType, secCertNumber: HELD.certNumber, secFrom: HELD.from, secTo: HELD.to, secLongTerm: false, secMobile: HELD.mobile, secEmail: HELD.email });
  const copyEmg = () => setMany({ emgName: HELD.name, emgCertType: HELD.certType, emgCertNumber: HELD.certNumber, emgPhone: HELD.mobile });
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const photos = ['secIdFront', 'secIdBack', 'secIdHand'].every((k) => arr(s[k]).length);
    setMsg(!s.secName || !s.emgName ? '请填写网站负责人信息' : !photos ? '请上传网站安全负责人证件照片' : '已保存');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Steps current={3} size="small">{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps></div>
        <div className="copy-layout">
          <div className="held-card">
            <h3 style={{ margin: '0 0 10px', fontSize: 15 }}>开办主体负责人</h3>
            <dl><dt>姓名</dt><dd>张伟</dd><dt>证件</dt><dd>居民身份证 3301**********1236</dd><dt>有效期</dt><dd>2018-03-01 至 2038-03-01</dd><dt>手机</dt><dd>138****8000</dd></dl>
            <div className="help">与开办主体负责人为同一人时，可一键复制到下方角色（复制后仍可修改；证件照片须重新上传）。</div>
            <Button className="copy-sec" type="outline" onClick={copySec}>复制到网站安全负责人</Button>
            <Button className="copy-emg" type="outline" onClick={copyEmg}>复制到应急联络人</Button>
          </div>
          <div>
            <div className="role-form f-sec">
              <h3>网站安全负责人</h3>
              <Form {...item}>
                <Form.Item label="姓名" required>{text('secName', 'sec-name', { max: 30 })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="sec-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.secCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('secCertType', String(v))} />
                </Form.Item>
                <Form.Item label="证件号码" required>{text('secCertNumber', 'sec-cert-number', { max: 18, blur: idRule(s.secCertType) })}</Form.Item>
                <Form.Item label="证件有效期" required><Validity s={s} setMany={setMany} from="secFrom" to="secTo" long="secLongTerm" cls="sec-validity" /></Form.Item>
                <Form.Item label="手机号码" required>{text('secMobile', 'sec-mobile', { max: 11, blur: mobileRule })}</Form.Item>
                <Form.Item label="电子邮件地址" required>{text('secEmail', 'sec-email', { blur: emailRule })}</Form.Item>
                <Form.Item label="证件照片" required extra="正面、反面、手持证件照各一张，jpg / png，不超过 2MB">
                  <div className="photo-row">
                    <Photo s={s} set={set} k="secIdFront" cap="正面" />
                    <Photo s={s} set={set} k="secIdBack" cap="反面" />
                    <Photo s={s} set={set} k="secIdHand" cap="手持" />
                  </div>
                </Form.Item>
              </Form>
            </div>
            <div className="role-form f-emg">
              <h3>网站应急联络人</h3>
              <Form {...item}>
                <Form.Item label="联络人姓名" required>{text('emgName', 'emg-name', { max: 30 })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="emg-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.emgCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('emgCertType', String(v))} />
                </Form.Item>
                <Form.Item label="证件号码" required>{text('emgCertNumber', 'emg-cert-number', { max: 18, blur: idRule(s.emgCertType) })}</Form.Item>
                <Form.Item label="联系电话" required>{text('emgPhone', 'emg-phone', { max: 11, blur: mobileRule })}</Form.Item>
              </Form>
            </div>
            <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', v)}>我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
            <div className="actions">
              <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
              <Button onClick={save}>保存</Button>
              <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
              {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
            </div>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout25-aliyun-apply-person-arco-livepreview': AliyunApplyPerson,
  'heldout25-mps-principal-person-arco-copypanel': MpsPrincipalPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
