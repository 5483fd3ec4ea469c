/**
 * Gen-25 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout25-baidu-subject-unit-antd-twincols   填写主办者信息 (单位, 百度智能云): TWIN COLUMNS, two Cards side by side
 *    (主办单位信息 | 主体负责人信息), labels on top: a licence Upload DRAGGER (type checked), blur checks, a one-line
 *    证件住址, a 同法定代表人 SWITCH copying and locking, a start DatePicker + 长期 tick hiding the end date, phones that must
 *    differ, a signed-letter Upload; 上一步 / 保存 / 下一步
 */
import { Button, Card, Checkbox, ConfigProvider, DatePicker, Form, Input, Steps, Switch, Upload, type UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, MOBILE_RE, PHONE_RE, validId, validUscc } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Item(p: { label: string; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

/** A one-file upload (jpg / png, kept in the page: reported by name); `drag` renders the Dragger. */
function OneFile(p: { s: S; set: Setter; e: Errs; k: string; title: string; hint: string; drag?: boolean }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done' }));
  const props = {
    className: `up up-${p.k}`, accept: 'image/png,image/jpeg', maxCount: 1, fileList: files,
    beforeUpload: (f: File) => {
      if (!/^image\/(png|jpeg)$/.test(f.type)) { p.e.set(p.k, '仅支持 jpg / png 格式'); return Upload.LIST_IGNORE; }
      p.e.clear(p.k);
      p.set(p.k, [f.name]);
      return false;
    },
    onRemove: () => { p.set(p.k, []); return true; },
  };
  return (
    <div className={`slot slot-${p.k}`}>
      {p.drag
        ? <Upload.Dragger {...props}><p style={{ margin: '8px 0' }}>{p.title}</p><p className="help">{p.hint}</p></Upload.Dragger>
        : <Upload {...props}><Button>{p.title}</Button><span className="help" style={{ marginLeft: 8 }}>{p.hint}</span></Upload>}
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

function BaiduSubjectUnit() {
  const { s, set, setMany } = useReplicaState('baidu', 'subject', '单位', {
    licence: [], unitName: '', certNumber: '', certAddress: '', mailDetail: '', investor: '', legalRep: '', legalRepId: '',
    prSameAsLegal: false, prName: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prEmail: '', prOffice: '',
    promiseLetter: [], prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const same = s.prSameAsLegal === true;
  const long = s.prLongTerm === true;
  const setLegal = (k: 'legalRep' | 'legalRepId', v: string) => setMany(same ? { [k]: v, [k === 'legalRep' ? 'prName' : 'prCertNumber']: v } : { [k]: v });
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['unitName', 'certNumber', 'certAddress', 'mailDetail', 'investor', 'legalRep', 'legalRepId', 'prName', 'prCertNumber', 'prValidFrom', 'prMobile', 'prEmergency', 'prEmail'];
    setMsg(!arr(s.licence).length || !need.every((k) => str(s[k])) ? '请完善带 * 的信息' : !arr(s.promiseLetter).length ? '请上传已签署的备案承诺书' : '已保存');
  };
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="bd-side" aria-label="ICP备案"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案操作码</a><a>备案帮助</a></nav>
      <div className="bd-main"><div className="bd-body">
        <h2 className="page-title">首次备案 · 填写主办者信息</h2>
        <div className="card-w">
          <Steps current={1} size="small" items={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </div>
        <div className="facts-ro"><div><span>通信地址所属区域</span><b>浙江省 / 杭州市 / 余杭区</b></div><div><span>单位性质</span><b>企业</b></div><div><span>证件类型</span><b>营业执照（个人或企业）</b></div><div className="help">来自验证备案类型，不可修改</div></div>
        <Form layout="vertical">
          <div className="twin">
            <Card className="c-unit" title="主办单位信息" size="small">
              <Item label="营业执照" req><OneFile s={s} set={set} e={e} k="licence" title="点击或拖拽上传营业执照" hint="彩色扫描件或原件照片，jpg / png" drag /></Item>
              <Item label="单位名称" req extra="与营业执照上的名称一致">{text('unitName', 'unit-name', { max: 100 })}</Item>
              <Item label="单位证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Item>
              <Item label="单位证件住址" req extra="与营业执照上的住所完全一致（含省市区）">{text('certAddress', 'cert-address', { max: 200 })}</Item>
              <Item label="通信详细地址" req e={e} k="mailDetail" extra="所属区域之后的街道、门牌号，须详细到门牌号">
                {text('mailDetail', 'mail-detail', { blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
              </Item>
              <Item label="投资人或主管单位" req extra="企业填写单位全称">{text('investor', 'investor', { max: 100 })}</Item>
              <Item label="法定代表人姓名" req>
                <Input className="legal-rep" value={str(s.legalRep)} maxLength={30} placeholder="请输入" onChange={(ev) => setLegal('legalRep', ev.target.value)} />
              </Item>
              <Item label="法定代表人身份证号" req e={e} k="legalRepId" extra="请手动输入，不支持识别">
                <Input className="legal-rep-id" value={str(s.legalRepId)} maxLength={18} placeholder="请输入" status={e.get('legalRepId') ? 'error' : undefined}
                  onChange={(ev) => { setLegal('legalRepId', ev.target.value); e.clear('legalRepId'); }}
                  onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('legalRepId', validId(t) ? '' : '身份证号码校验未通过'); }} />
              </Item>
            </Card>
            <Card className="c-principal" title="主体负责人信息" size="small">
              <Item label="同法定代表人" extra="多数管局要求单位的主体负责人为法定代表人">
                <Switch className="pr-same" checked={same}
                  onChange={(v) => setMany(v ? { prSameAsLegal: true, prName: str(s.legalRep), prCertNumber: str(s.legalRepId) } : { prSameAsLegal: false, prName: '', prCertNumber: '' })} />
              </Item>
              <Item label="负责人姓名" req>{text('prName', 'pr-name', { max: 30, disabled: same })}</Item>
              <Item label="负责人证件号码" req e={e} k="prCertNumber" extra="居民身份证号码">
                {text('prCertNumber', 'pr-cert-number', { max: 18, disabled: same, blur: (v) => (validId(v) ? '' : '身份证号码校验未通过') })}
              </Item>
              <Item label="证件有效期起" req>
                <div className="row-inline">
                  <DatePicker className="pr-valid-from" classNames={{ popup: { root: 'pr-valid-from-pop' } }} format="YYYY-MM-DD" value={s.prValidFrom ? dayjs(str(s.prValidFrom)) : null}
                    onChange={(d) => set('prValidFrom', d ? d.format('YYYY-MM-DD') : '')} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(ev) => setMany({ prLongTerm: ev.target.checked, prValidTo: '' })}>长期</Checkbox>
                </div>
              </Item>
              {long ? null : (
                <Item label="证件有效期止" req>
                  <DatePicker className="pr-valid-to" classNames={{ popup: { root: 'pr-valid-to-pop' } }} format="YYYY-MM-DD" value={s.prValidTo ? dayjs(str(s.prValidTo)) : null}
                    onChange={(d) => set('prValidTo', d ? d.format('YYYY-MM-DD') : '')} />
                </Item>
              )}
              <Item label="手机号码" req e={e} k="prMobile">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="应急联系人手机号码" req e={e} k="prEmergency">
                {text('prEmergency', 'pr-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系人手机号码不能与手机号码相同' : '') })}
              </Item>
              <Item label="电子邮箱" req e={e} k="prEmail">{text('prEmail', 'pr-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Item>
              <Item label="办公室电话" e={e} k="prOffice" extra="格式：区号-号码">
                {text('prOffice', 'pr-office', { max: 20, blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}
              </Item>
              <Item label="已签署的备案承诺书" req extra="下载模板，由法定代表人签字并加盖公章后拍照上传">
                <OneFile s={s} set={set} e={e} k="promiseLetter" title="上传承诺书" hint="jpg / png" />
              </Item>
            </Card>
          </div>
        </Form>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout25-baidu-subject-unit-antd-twincols': BaiduSubjectUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
