/**
 * Gen-14 held-out build on React 19 + antd 6 (written from FORMS.md and docs/profile.example.json alone, never tuned
 * against):
 *  - heldout14-mps-principal-person-antd-sidebyside  网站负责人 (个人, 公安): NAVIGATION-type Steps, the two roles as two
 *    Cards SIDE BY SIDE (vertical labels), each with a 同开办主体负责人 checkbox in the card header (copies the held 张伟
 *    and locks the fields); the security officer's validity a RANGE picker that a 长期有效 checkbox swaps for one date,
 *    three picture-card uploads; the emergency contact's validity a start DatePicker + an END TEXT INPUT that takes a date
 *    or the word 长期; a 承诺 tick; 上一步 / 保存草稿 / 下一步
 */
import { Alert, Button, Card, Checkbox, Col, ConfigProvider, DatePicker, Form, Input, Row, Select, Steps, Upload, type UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { build, EMAIL_RE, HELD_PRINCIPAL, MOBILE_RE, MPS_PERSON_CERTS, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const day = (d: Dayjs | null | undefined) => (d && d.isValid() ? d.format('YYYY-MM-DD') : '');
const dj = (v: unknown) => (typeof v === 'string' && v ? dayjs(v, 'YYYY-MM-DD') : null);
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

function Photo(p: { s: S; set: Setter; k: string; title: string }) {
  const list: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ uid: name, name, status: 'done' }));
  return (
    <div className={`photo photo-${p.k}`}>
      <Upload listType="picture-card" accept="image/*" maxCount={1} fileList={list} beforeUpload={() => false}
        onChange={({ fileList }) => p.set(p.k, fileList.map((f) => f.name))}>
        {list.length ? null : <div><div style={{ fontSize: 20 }}>+</div><div style={{ fontSize: 12 }}>上传</div></div>}
      </Upload>
      <div className="photo-title">{p.title}</div>
    </div>
  );
}

const P = HELD_PRINCIPAL.个人;

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secValidFromLong: '', secIdFront: [], secIdBack: [], secIdHand: [], secMobile: '', secEmail: '',
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidToText: '', emgMobile: '',
    promise: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secValidity, secValidFromLong, emgValidToText, ...r }) => {
    const v = arr<string>(secValidity);
    const to = str(emgValidToText).trim();
    return {
      ...r,
      secValidity: r.secLongTerm ? (secValidFromLong ? [str(secValidFromLong), ''] : []) : v.some(Boolean) ? v : [],
      emgValidTo: to === '长期' ? '' : to,
      emgLongTerm: to === '长期',
    };
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const secLocked = s.secSame === true;
  const emgLocked = s.emgSame === true;
  const copySec = (on: boolean) => setMany(on
    ? { secSame: true, secName: P.name, secCertType: P.certType, secCertNumber: P.certNumber, secLongTerm: P.longTerm, secValidity: P.longTerm ? [] : [P.validFrom, P.validTo], secValidFromLong: P.longTerm ? P.validFrom : '', secMobile: P.mobile, secEmail: P.email }
    : { secSame: false, secName: '', secCertType: '', secCertNumber: '', secLongTerm: false, secValidity: [], secValidFromLong: '', secMobile: '', secEmail: '' });
  const copyEmg = (on: boolean) => setMany(on
    ? { emgSame: true, emgName: P.name, emgCertType: P.certType, emgCertNumber: P.certNumber, emgValidFrom: P.validFrom, emgValidToText: P.longTerm ? '长期' : P.validTo, emgMobile: P.mobile }
    : { emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidToText: '', emgMobile: '' });
  const idRule = (typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过';
  const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
  const sv = arr<string>(s.secValidity);
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1d4f91', borderRadius: 2 } }}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span style={{ marginLeft: 'auto' }}>张伟（个人用户）· 退出登录</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 &gt; 网站备案 &gt; 新办网站申请 &gt; 网站负责人</div>
        <div className="panel-w" style={{ paddingBottom: 4 }}>
          <Steps type="navigation" size="small" current={2} items={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((title) => ({ title }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="网站安全负责人、网站应急联络人须为真实有效的自然人，审核期间网安部门将电话联系核实；负责人证件照片即使与开办主体负责人相同也须重新上传。" />
        <Row gutter={16}>
          <Col span={12}>
            <Card className="role-sec" title="网站安全负责人" extra={<Checkbox className="sec-same" checked={secLocked} onChange={(ev) => copySec(ev.target.checked)}>同开办主体负责人</Checkbox>}>
              <Form layout="vertical" requiredMark>
                <Form.Item label="姓名" required>{text('secName', 'sec-name', { disabled: secLocked })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="sec-cert-type" value={str(s.secCertType) || undefined} placeholder="请选择" options={opts(MPS_PERSON_CERTS)} disabled={secLocked}
                    onChange={(v) => set('secCertType', String(v ?? ''))} />
                </Form.Item>
                <Form.Item label="证件号码" required {...e.item('secCertNumber')}>{text('secCertNumber', 'sec-cert-number', { max: 18, disabled: secLocked, blur: idRule('secCertType') })}</Form.Item>
                <Form.Item label="证件有效期" required>
                  <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                    {s.secLongTerm === true ? (
                      <DatePicker className="sec-valid-from" placeholder="起始日期" value={dj(s.secValidFromLong)} disabled={secLocked} onChange={(d) => set('secValidFromLong', day(d))} />
                    ) : (
                      <DatePicker.RangePicker className="sec-validity" placeholder={['起始日期', '截止日期']} disabled={secLocked}
                        value={sv.some(Boolean) ? [dj(sv[0]), dj(sv[1])] : null}
                        onChange={(d) => set('secValidity', d ? [day(d[0]), day(d[1])] : [])} />
                    )}
                    <Checkbox className="sec-long-term" checked={s.secLongTerm === true} disabled={secLocked}
                      onChange={(ev) => setMany({ secLongTerm: ev.target.checked, secValidity: [], secValidFromLong: '' })}>长期有效</Checkbox>
                  </div>
                </Form.Item>
                <Form.Item label="负责人证件照片" required extra="jpg / png，不超过 2 MB">
                  <div className="row-inline photos">
                    <Photo s={s} set={set} k="secIdFront" title="证件正面" />
                    <Photo s={s} set={set} k="secIdBack" title="证件反面" />
                    <Photo s={s} set={set} k="secIdHand" title="手持证件照" />
                  </div>
                </Form.Item>
                <Form.Item label="手机号码" required {...e.item('secMobile')}>{text('secMobile', 'sec-mobile', { max: 11, disabled: secLocked, blur: mobileRule })}</Form.Item>
                <Form.Item label="电子邮件地址" required {...e.item('secEmail')}>
                  {text('secEmail', 'sec-email', { disabled: secLocked, blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确') })}
                </Form.Item>
              </Form>
            </Card>
          </Col>
          <Col span={12}>
            <Card className="role-emg" title="网站应急联络人" extra={<Checkbox className="emg-same" checked={emgLocked} onChange={(ev) => copyEmg(ev.target.checked)}>同开办主体负责人</Checkbox>}>
              <Form layout="vertical" requiredMark>
                <Form.Item label="联络人姓名" required>{text('emgName', 'emg-name', { disabled: emgLocked })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="emg-cert-type" value={str(s.emgCertType) || undefined} placeholder="请选择" options={opts(MPS_PERSON_CERTS)} disabled={emgLocked}
                    onChange={(v) => set('emgCertType', String(v ?? ''))} />
                </Form.Item>
                <Form.Item label="证件号码" required {...e.item('emgCertNumber')}>{text('emgCertNumber', 'emg-cert-number', { max: 18, disabled: emgLocked, blur: idRule('emgCertType') })}</Form.Item>
                <Form.Item label="证件有效期起始" required>
                  <DatePicker className="emg-valid-from" style={{ width: '100%' }} value={dj(s.emgValidFrom)} disabled={emgLocked} onChange={(d) => set('emgValidFrom', day(d))} />
                </Form.Item>
                <Form.Item label="证件有效期截止" required {...e.item('emgValidToText')} extra={e.item('emgValidToText').help ? undefined : '格式 yyyy-mm-dd；长期有效的证件请填写“长期”'}>
                  {text('emgValidToText', 'emg-valid-to', { disabled: emgLocked, placeholder: 'yyyy-mm-dd 或 长期', blur: (v) => (v === '长期' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '请填写 yyyy-mm-dd 格式的日期或“长期”') })}
                </Form.Item>
                <Form.Item label="联络人手机号码" required {...e.item('emgMobile')}>{text('emgMobile', 'emg-mobile', { max: 11, disabled: emgLocked, blur: mobileRule })}</Form.Item>
              </Form>
            </Card>
          </Col>
        </Row>
        <div style={{ marginTop: 16 }}>
          <Checkbox className="promise" checked={s.promise === true} onChange={(ev) => set('promise', ev.target.checked)}>本人承诺所填信息真实、有效，并愿意承担相应法律责任</Checkbox>
        </div>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout14-mps-principal-person-antd-sidebyside': MpsPrincipalPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
