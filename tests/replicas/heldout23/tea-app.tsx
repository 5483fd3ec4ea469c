/**
 * Gen-23 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8 (moment
 * dates), written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout23-aliyun-subject-person-tea-grid2      填写主办者信息 (个人, 阿里云; a reuse of generation 10's cell in a new
 *    layout): two CARDS whose fields sit in a TWO-COLUMN grid, labels on top (no <label>); a LAZY menu Cascader, a ONE-LINE
 *    textarea address, blur checks, a Select, two DatePickers + a 长期 SWITCH, phones that must differ, a required landline;
 *    上一步 / 保存 / 下一步
 *  - heldout23-mps-principal-person-tea-roletabs    网站负责人 (个人, 公安): TABS, one per role (every pane rendered, the
 *    inactive ones hidden) + a 提示说明 tab; per role a copy SWITCH locking the rows, a Select, blur checks, a RANGE picker
 *    swapped for one date by a 长期 tick, Upload buttons with a type check; a 责任告知书 tick; 上一步 / 保存 / 下一步
 */
import { Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, Select, Stepper, Switch, TabPanel, Tabs, Upload } from 'tea-component';
import type { CascaderMenuOption } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode, PHONE_RE, validId } from './common';
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

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; size?: 'm' | 'l' | 'full' }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size={p.size ?? 'full'} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (个人), two-column grid */

const setChildren = (list: CascaderMenuOption[], path: string[], kids: CascaderMenuOption[]): CascaderMenuOption[] => list.map((o) => {
  if (o.value !== path[0]) return o;
  return path.length === 1 ? { ...o, children: kids } : { ...o, children: setChildren(o.children ?? [], path.slice(1), kids) };
});

/** One grid cell: its name above the control (no <label>). */
const G = (p: { label: string; req?: boolean; wide?: boolean; help?: string; children: ReactNode }) => (
  <div className={`g-item${p.wide ? ' wide' : ''}`}>
    <div className="g-label">{p.req ? <i>*</i> : null}{p.label}</div>
    {p.children}
    {p.help ? <div className="help">{p.help}</div> : null}
  </div>
);

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    regionCodes: [], certAddress: '', mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, mobile: '', emergency: '', email: '', office: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [areas, setAreas] = useState<CascaderMenuOption[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setAreas(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const steps = [['basic', '填写基本信息'], ['subject', '填写主办者信息'], ['site', '填写网站信息'], ['upload', '上传资料'], ['submit', '提交初审']].map(([id, label]) => ({ id: id!, label }));
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['certAddress', 'mailDetail', 'investor', 'prName', 'prCertType', 'prCertNumber', 'prValidFrom', 'mobile', 'emergency', 'email', 'office'];
    setMsg(arr(s.regionCodes).length && need.every((k) => str(s[k])) ? '已保存' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Stepper steps={steps} current="subject" /></div>
        <div className="facts-ro"><div><span>主办者性质</span><b>个人</b></div><div><span>主办者名称</span><b>张伟</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件号码</span><b>330106199003071236</b></div></div>
        <Card className="c-holder"><Card.Body title="主办者信息">
          <div className="grid2">
            <G label="主办者所属区域" req help="省 / 市 / 区县">
              <Cascader className="region" type="menu" data={areas} value={arr<string>(s.regionCodes)} placeholder="请选择省 / 市 / 区县"
                onLoad={async (path) => {
                  const kids = await fetchAreas(path[path.length - 1]!);
                  setAreas((a) => setChildren(a, path, kids.map((k) => ({ value: k.code, label: k.name, isLeaf: path.length >= 2 }))));
                }}
                onChange={(v) => set('regionCodes', v)} />
            </G>
            <G label="投资人或主管单位" req help="个人备案填写本人姓名">{field('investor', 'investor', { max: 60 })}</G>
            <G label="证件住所" req wide help="与身份证上的住址完全一致（含省市区）">
              <div className="ctl">
                <Input.TextArea className="cert-address" size="full" rows={2} maxLength={200} value={str(s.certAddress)} onChange={(v) => { set('certAddress', v); e.clear('certAddress'); }}
                  onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('certAddress', /[省市]/.test(t) ? '' : '请按身份证住址完整填写，含省市区'); }} />
                {e.get('certAddress') ? <div className="field-err">{e.get('certAddress')}</div> : null}
              </div>
            </G>
            <G label="通信地址（街道门牌）" req wide help="所属区域之后的街道、门牌号，须详细到门牌号">
              {field('mailDetail', 'mail-detail', { blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
            </G>
          </div>
        </Card.Body></Card>
        <Card className="c-principal"><Card.Body title="主体负责人信息">
          <div className="grid2">
            <G label="主体负责人姓名" req>{field('prName', 'pr-name', { max: 30 })}</G>
            <G label="证件类型" req>
              <Select className="pr-cert-type" appearance="button" size="full" matchButtonWidth placeholder="请选择" value={str(s.prCertType) || undefined} options={topts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', v)} />
            </G>
            <G label="证件号码" req>{field('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</G>
            <G label="长期">
              <div className="row-inline"><Switch className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: '' })} /><span className="help">证件长期有效时开启</span></div>
            </G>
            <G label="证件有效期起" req>
              <DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(m) => set('prValidFrom', m ? m.format(DAY) : '')} />
            </G>
            <G label="证件有效期止" req={!long}>
              <DatePicker className="pr-valid-to" disabled={long} value={day(s.prValidTo)} onChange={(m) => set('prValidTo', m ? m.format(DAY) : '')} />
            </G>
            <G label="手机号码" req>{field('mobile', 'mobile', { max: 11, blur: mobileRule })}</G>
            <G label="应急联系电话" req>{field('emergency', 'emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}</G>
            <G label="电子邮箱" req>{field('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</G>
            <G label="办公室电话" req help="部分管局要求个人备案填写固定电话，格式：区号-号码">{field('office', 'office', { placeholder: '如 0571-88886666', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</G>
          </div>
        </Card.Body></Card>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="weak" onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (个人), a tab per role */

/** The 开办主体负责人 the platform holds from step 1 (the profile's 张伟), for 同开办主体负责人. */
const HELD = { name: '张伟', certType: '居民身份证', certNumber: '330106199003071236', from: '2018-03-01', to: '2038-03-01', longTerm: false, mobile: '13800138000', email: 'zhangwei@example.com' };

/** One photo slot: a Tea Upload button (jpg / png ≤ 2 MB); a chosen file shows as its name with 删除. */
function FileSlot(p: { s: S; set: Setter; k: string; cap: string }) {
  const files = arr<string>(p.s[p.k]);
  const [msg, setMsg] = useState('');
  return (
    <div className={`mat-file slot-${p.k}`}>
      <span>{p.cap}</span>
      <Upload accept={['image/png', 'image/jpeg']} beforeUpload={(file) => {
        const ok = /^image\/(png|jpeg)$/.test(file.type) && file.size <= 2 * 1024 * 1024;
        setMsg(ok ? '' : '仅支持 jpg / png，且不超过 2MB');
        if (ok) p.set(p.k, [file.name]);
        return false;
      }}>
        {({ open }) => <Button type="weak" className={`up-${p.k}`} onClick={open}>{files.length ? '重新上传' : '上传'}</Button>}
      </Upload>
      {files.length ? <><span className="file-name">{files[0]}</span><Button type="link" className={`del-${p.k}`} onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help">未上传</span>}
      {msg ? <span className="field-err">{msg}</span> : null}
    </div>
  );
}

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secFrom: '', secTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgPhone: '', notice: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secFrom, secTo, ...r }) => ({ ...r, secValidity: [str(secFrom), str(secTo)].filter(Boolean) }));
  const e = useErrs();
  const [tab, setTab] = useState('sec');
  const [msg, setMsg] = useState('');
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} size="l" {...o} />;
  const sec = s.secSame === true;
  const emg = s.emgSame === true;
  const long = s.secLongTerm === true;
  const copySec = (on: boolean) => setMany(on
    ? { secSame: true, secName: HELD.name, secCertType: HELD.certType, secCertNumber: HELD.certNumber, secFrom: HELD.from, secTo: HELD.to, secLongTerm: HELD.longTerm, secMobile: HELD.mobile, secEmail: HELD.email }
    : { secSame: false, secName: '', secCertType: '', secCertNumber: '', secFrom: '', secTo: '', secLongTerm: false, secMobile: '', secEmail: '' });
  const copyEmg = (on: boolean) => setMany(on
    ? { emgSame: true, emgName: HELD.name, emgCertType: HELD.certType, emgCertNumber: HELD.certNumber, emgPhone: HELD.mobile }
    : { emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgPhone: '' });
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const photos = ['secIdFront', 'secIdBack', 'secIdHand'].every((k) => arr(s[k]).length);
    setMsg(!s.secName || !s.emgName ? '请填写网站负责人信息' : !photos ? '请上传网站安全负责人证件照片' : '已保存');
  };
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Stepper steps={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((label) => ({ id: label, label }))} current="网站负责人" /></div>
        <div className="held-line">开办主体负责人：张伟（居民身份证 3301**********1236，138****8000）</div>
        <Alert type="info">请分别填写网站安全负责人与网站应急联络人；与开办主体负责人为同一人时可打开“同开办主体负责人”。证件照片须重新上传。</Alert>
        <div className="card-w">
          <Tabs className="role-tabs" animated={false} activeId={tab} onActive={(t) => setTab(t.id)}
            tabs={[{ id: 'sec', label: '网站安全负责人' }, { id: 'emg', label: '网站应急联络人' }, { id: 'notice', label: '提示说明' }]}>
            <TabPanel id="sec" forceRender>
              <div className="role-pane p-sec" hidden={tab !== 'sec'}>
                <Form>
                  <Form.Item label="同开办主体负责人">
                    <Switch className="sec-same" value={sec} onChange={copySec} />
                  </Form.Item>
                  <Form.Item label="姓名" required>{field('secName', 'sec-name', { max: 30, disabled: sec })}</Form.Item>
                  <Form.Item label="证件类型" required>
                    <Select className="sec-cert-type" appearance="button" size="m" placeholder="请选择" disabled={sec} value={str(s.secCertType) || undefined} options={topts(MPS_PERSON_CERTS)} onChange={(v) => set('secCertType', v)} />
                  </Form.Item>
                  <Form.Item label="证件号码" required>{field('secCertNumber', 'sec-cert-number', { max: 18, disabled: sec, blur: idRule(s.secCertType) })}</Form.Item>
                  <Form.Item label="证件有效期" required>
                    <div className="row-inline">
                      {long
                        ? <DatePicker className="sec-valid-from" disabled={sec} value={day(s.secFrom)} onChange={(m) => set('secFrom', m ? m.format(DAY) : '')} />
                        : <DatePicker.RangePicker className="sec-validity" disabled={sec} value={s.secFrom && s.secTo ? [moment(str(s.secFrom), DAY), moment(str(s.secTo), DAY)] : undefined}
                          onChange={(r) => setMany({ secFrom: r && r[0] ? r[0].format(DAY) : '', secTo: r && r[1] ? r[1].format(DAY) : '' })} />}
                      <Checkbox className="sec-long-term" disabled={sec} value={long} onChange={(v) => setMany({ secLongTerm: v, secTo: '' })}>长期</Checkbox>
                    </div>
                  </Form.Item>
                  <Form.Item label="手机号码" required>{field('secMobile', 'sec-mobile', { max: 11, disabled: sec, blur: mobileRule })}</Form.Item>
                  <Form.Item label="电子邮件地址" required>{field('secEmail', 'sec-email', { disabled: sec, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Form.Item>
                  <Form.Item label="证件照片" required extra="正面、反面、手持证件照各一张，jpg / png，不超过 2MB">
                    <div className="photo-row">
                      <FileSlot s={s} set={set} k="secIdFront" cap="正面" />
                      <FileSlot s={s} set={set} k="secIdBack" cap="反面" />
                      <FileSlot s={s} set={set} k="secIdHand" cap="手持" />
                    </div>
                  </Form.Item>
                </Form>
              </div>
            </TabPanel>
            <TabPanel id="emg" forceRender>
              <div className="role-pane p-emg" hidden={tab !== 'emg'}>
                <Form>
                  <Form.Item label="同开办主体负责人">
                    <Switch className="emg-same" value={emg} onChange={copyEmg} />
                  </Form.Item>
                  <Form.Item label="联络人姓名" required>{field('emgName', 'emg-name', { max: 30, disabled: emg })}</Form.Item>
                  <Form.Item label="证件类型" required>
                    <Select className="emg-cert-type" appearance="button" size="m" placeholder="请选择" disabled={emg} value={str(s.emgCertType) || undefined} options={topts(MPS_PERSON_CERTS)} onChange={(v) => set('emgCertType', v)} />
                  </Form.Item>
                  <Form.Item label="证件号码" required>{field('emgCertNumber', 'emg-cert-number', { max: 18, disabled: emg, blur: idRule(s.emgCertType) })}</Form.Item>
                  <Form.Item label="联系电话" required>{field('emgPhone', 'emg-phone', { max: 11, disabled: emg, blur: mobileRule })}</Form.Item>
                </Form>
              </div>
            </TabPanel>
            <TabPanel id="notice" forceRender>
              <div className="role-pane p-notice" hidden={tab !== 'notice'}>
                <div className="notice-text">互联网信息服务单位网络安全责任告知书：网站开办者应当落实网络安全保护责任，建立健全安全管理制度，采取防范计算机病毒和网络攻击等技术措施，留存网络日志不少于六个月……</div>
                <Checkbox className="notice" value={s.notice === true} onChange={(v) => set('notice', v)}>我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
              </div>
            </TabPanel>
          </Tabs>
        </div>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="weak" onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout23-aliyun-subject-person-tea-grid2': AliyunSubjectPerson,
  'heldout23-mps-principal-person-tea-roletabs': MpsPrincipalPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
