/**
 * Gen-12 held-out builds on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout12-aliyun-subject-person-tdesign-selects   填写主办者信息 (个人): a VERTICAL step rail, labels on top, the 证件住址
 *    as THREE linked selects (省 / 市 / 区县, each loaded from the area API) + 详细地址, a 同证件住址 checkbox for the
 *    通讯地址, 是否长期有效 radios revealing a range picker, 手机号码 with 获取验证码 + 短信验证码 (never filled)
 *  - heldout12-mps-principal-person-tdesign-idnotation 网站负责人 (个人): 同主体负责人信息 checkboxes in the card headers, a
 *    range picker + 长期有效 switch, +86 adornments, image uploads, the contact's validity as ONE text in the ID card's
 *    printed notation (2018.03.01-2038.03.01 / …-长期)
 *  - heldout12-baidu-subject-unit-tdesign-ocr          填写主办者信息 (单位, 百度智能云): locked 性质 / 证件类型, a licence photo
 *    that "recognises" name, number and legal representative into EMPTY fields, the 证件住所 as one textarea, the
 *    通信地址 as a detail input behind the region chosen in step 1, 主体负责人 source radios (同法定代表人 copies and locks)
 */
import {
  Alert, Button, Card, Checkbox, Col, DatePicker, DateRangePicker, Form, Input, InputAdornment, Link, Radio, Row, Select, Steps, Switch, Tag, Textarea, Upload,
} from 'tdesign-react';
import type { UploadFile } from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, validId, validUscc, type Area } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

/** A form item whose control is wrapped (TDesign's FormItem would otherwise drive a direct child from its own store). */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}

/** Blur messages per key, as TDesign FormItem status + tips. */
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    status: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A text input bound to a state key, with an optional blur check. */
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      onChange={(v) => { p.set(p.k, String(v)); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}
const idRule = (type: unknown) => (v: string) => (type && type !== '居民身份证') || validId(v) ? '' : '证件号码格式不正确，请核对';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');

/** Three linked selects 省 / 市 / 区县: each level's options come from the area API once the level above is chosen. */
function RegionSelects(p: { value: string[]; onChange: (names: string[]) => void; cls: string; disabled?: boolean }) {
  const [lists, setLists] = useState<Area[][]>([[], [], []]);
  const [codes, setCodes] = useState<string[]>(['', '', '']);
  const [loading, setLoading] = useState(-1);
  useEffect(() => { setLoading(0); void fetchAreas('').then((l) => { setLists((x) => [l, x[1]!, x[2]!]); setLoading(-1); }); }, []);
  const choose = (level: number, code: string) => {
    const next = [...codes.slice(0, level), code, ...['', '', ''].slice(level + 1)];
    setCodes(next);
    const names = next.map((c, i) => lists[i]!.find((a) => a.code === c)?.name ?? '').filter(Boolean);
    p.onChange(names);
    if (level < 2 && code) {
      setLists((x) => x.map((l, i) => (i > level ? [] : l)));
      setLoading(level + 1);
      void fetchAreas(code).then((l) => { setLists((x) => x.map((old, i) => (i === level + 1 ? l : old))); setLoading(-1); });
    }
  };
  const titles = ['省份', '城市', '区县'];
  return (
    <div className={`row-inline ${p.cls}`} style={{ flexWrap: 'nowrap' }}>
      {titles.map((t, i) => (
        <Select key={t} className={`${p.cls}-${i}`} style={{ width: 150 }} placeholder={`请选择${t}`} filterable disabled={p.disabled || (i > 0 && !codes[i - 1])}
          loading={loading === i} value={codes[i] || undefined} options={lists[i]!.map((a) => ({ label: a.name, value: a.code }))}
          onChange={(v) => choose(i, String(v ?? ''))} />
      ))}
    </div>
  );
}

const ZW_TOP = <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>订单号 2025120100577</span></div>;

/* ------------------------------------------------------------------ 1. aliyun 填写主办者信息 (个人) */

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    ownerName: '', certRegion: [], certDetail: '', mailSameAsCert: false, mailRegionOwn: [], mailDetailOwn: '', investor: '',
    longTermAnswer: '', validity: [], validFrom: '', mobile: '', smsCode: '', smsClicks: 0, emergency: '', landline: '', email: '', remark: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ mailRegionOwn, mailDetailOwn, validity, validFrom, ...rest }) => {
    const same = rest.mailSameAsCert === true;
    const v = arr(validity);
    return {
      ...rest,
      // the effective mailing address: the certificate's when 同证件住址 is ticked
      mailRegion: same ? rest.certRegion : mailRegionOwn,
      mailDetail: same ? rest.certDetail : mailDetailOwn,
      validity: rest.longTermAnswer === '是' ? (validFrom ? [validFrom, ''] : []) : v.some(Boolean) ? v : [],
    };
  });
  const e = useErrs();
  const [sent, setSent] = useState(0);
  useEffect(() => { if (sent <= 0) return; const t = setTimeout(() => setSent((x) => x - 1), 1000); return () => clearTimeout(t); }, [sent]);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  return (
    <>
      {ZW_TOP}
      <div className="al-body" style={{ maxWidth: 1200 }}>
        <div className="rail-wrap">
          <Card bordered={false} className="rail">
            <Steps layout="vertical" current={1} readonly options={[
              { title: '验证备案类型', content: '已完成' }, { title: '填写主办者信息', content: '个人主办者' }, { title: '填写网站信息' },
              { title: '上传资料及真实性核验' }, { title: '提交初审' },
            ]} />
          </Card>
          <div>
            <h2 className="page-title">填写主办者信息</h2>
            <div className="ro-box">
              已验证：主办者性质 <Tag size="small" theme="primary" variant="light">个人</Tag>　证件类型 <b>居民身份证</b>　证件号码 <b>3301**********1236</b>　主办者所属区域 <b>浙江省 / 杭州市 / 西湖区</b>
              <Link theme="primary" style={{ marginLeft: 12 }}>修改</Link>
            </div>
            <Card bordered={false} title="主办人信息" style={{ marginBottom: 16 }}>
              <Form labelAlign="top">
                <Row gutter={24}>
                  <Col span={6}><FormItem label="主办人姓名" requiredMark help="与身份证上的姓名一致" {...e.status('ownerName')}>
                    {text('ownerName', 'owner-name', { blur: (v) => (/^[\u4e00-\u9fa5·]{2,}$/.test(v) ? '' : '请填写身份证上的中文姓名') })}
                  </FormItem></Col>
                  <Col span={6}><FormItem label="投资者或上级主管单位" requiredMark help="个人备案填写本人姓名">{text('investor', 'investor')}</FormItem></Col>
                  <Col span={12}><FormItem label="证件住址" requiredMark help="身份证上登记的住址">
                    <RegionSelects cls="cert-region" value={arr(s.certRegion)} onChange={(names) => set('certRegion', names)} />
                  </FormItem></Col>
                  <Col span={12}><FormItem label="证件住址详细地址" requiredMark>{text('certDetail', 'cert-detail', { placeholder: '街道、门牌号' })}</FormItem></Col>
                  <Col span={12}><FormItem label="通讯地址" requiredMark help="用于接收备案相关邮件，须详细到门牌号；确无门牌号的写“此地址已是详细地址”">
                    <Checkbox className="mail-same" checked={s.mailSameAsCert === true} onChange={(c) => set('mailSameAsCert', c)}>同证件住址</Checkbox>
                    {s.mailSameAsCert === true ? (
                      <div className="help mail-copied" style={{ marginTop: 6 }}>{arr(s.certRegion).join('') + str(s.certDetail) || '（证件住址尚未填写）'}</div>
                    ) : (
                      <div style={{ marginTop: 8 }}>
                        <RegionSelects cls="mail-region" value={arr(s.mailRegionOwn)} onChange={(names) => set('mailRegionOwn', names)} />
                        <div style={{ marginTop: 8 }}>{text('mailDetailOwn', 'mail-detail', { placeholder: '通讯地址的街道、门牌号' })}</div>
                      </div>
                    )}
                  </FormItem></Col>
                </Row>
              </Form>
            </Card>
            <Card bordered={false} title="证件与联系方式" style={{ marginBottom: 16 }}>
              <Form labelAlign="top">
                <Row gutter={24}>
                  <Col span={6}><FormItem label="是否长期有效" requiredMark>
                    <Radio.Group className="long-term" value={str(s.longTermAnswer) || undefined}
                      onChange={(v) => setMany({ longTermAnswer: String(v), validity: [], validFrom: '' })}>
                      <Radio value="否">否</Radio><Radio value="是">是</Radio>
                    </Radio.Group>
                  </FormItem></Col>
                  <Col span={18}>
                    {s.longTermAnswer === '是' && (
                      <FormItem label="证件有效期起始日期" requiredMark>
                        <DatePicker className="valid-from" allowInput value={str(s.validFrom) || undefined} valueType="YYYY-MM-DD" onChange={(v) => set('validFrom', String(v ?? ''))} />
                      </FormItem>
                    )}
                    {s.longTermAnswer === '否' && (
                      <FormItem label="证件有效期" requiredMark help="身份证背面“有效期限”；剩余有效期须多于 3 个月">
                        <DateRangePicker className="validity" allowInput valueType="YYYY-MM-DD" separator="至" value={arr(s.validity).some(Boolean) ? arr(s.validity) : []}
                          onChange={(v) => set('validity', (v as string[]).map(String))} />
                      </FormItem>
                    )}
                    {!s.longTermAnswer && <div className="help" style={{ paddingTop: 34 }}>请先选择证件是否长期有效。</div>}
                  </Col>
                  <Col span={6}><FormItem label="手机号码" requiredMark {...e.status('mobile')}>{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</FormItem></Col>
                  <Col span={6}><FormItem label="短信验证码" requiredMark help="验证手机号码可正常接收短信">
                    <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                      <Input className="sms-code" value={str(s.smsCode)} maxlength={6} placeholder="6 位验证码" onChange={(v) => set('smsCode', String(v))} />
                      <Button className="sms-send" variant="outline" disabled={sent > 0} onClick={() => { set('smsClicks', Number(s.smsClicks) + 1); setSent(60); }}>{sent > 0 ? `${sent} 秒后重发` : '获取验证码'}</Button>
                    </div>
                  </FormItem></Col>
                  <Col span={6}><FormItem label="应急电话号码" requiredMark {...e.status('emergency')} help="不能与手机号码相同">
                    {text('emergency', 'emergency', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.mobile ? '应急电话号码不能与手机号码相同' : '') })}
                  </FormItem></Col>
                  <Col span={6}><FormItem label="固定电话（选填）" {...e.status('landline')}>
                    {text('landline', 'landline', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '请填写区号-号码') })}
                  </FormItem></Col>
                  <Col span={6}><FormItem label="电子邮件" requiredMark {...e.status('email')}>{text('email', 'email', { blur: emailRule })}</FormItem></Col>
                  <Col span={18}><FormItem label="备注">
                    <Textarea className="remark" value={str(s.remark)} maxlength={200} placeholder="管局要求的说明（选填）" onChange={(v) => set('remark', String(v))} />
                  </FormItem></Col>
                </Row>
              </Form>
            </Card>
            <div className="al-actions">
              <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
              <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
              <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 网站负责人 (个人) */

/** The ID card's printed validity: 2018.03.01-2038.03.01 or 2016.05.10-长期 (also - / 年月日 separators, 至 / ~ between). */
export function parseIdValidity(t: string): { from: string; to: string; longTerm: boolean } | null {
  const d = String.raw`(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?`;
  const m = new RegExp(`^${d}\\s*(?:-|—|–|~|～|至|到)\\s*(?:${d}|(长期))$`).exec(t.trim());
  if (!m) return null;
  const iso = (y: string, mo: string, da: string) => `${y}-${mo.padStart(2, '0')}-${da.padStart(2, '0')}`;
  return { from: iso(m[1]!, m[2]!, m[3]!), to: m[7] ? '' : iso(m[4]!, m[5]!, m[6]!), longTerm: !!m[7] };
}
const notation = (from: string, to: string, longTerm: boolean) => (from ? `${from.replace(/-/g, '.')}-${longTerm ? '长期' : to.replace(/-/g, '.')}` : '');

function Photo(p: { s: S; set: Setter; k: string; title: string }) {
  return (
    <div className={`photo photo-${p.k}`} style={{ display: 'inline-block', marginRight: 16, verticalAlign: 'top' }}>
      <Upload theme="image" accept="image/png,image/jpeg" autoUpload={false} max={1} files={arr<UploadFile>(p.s[p.k])} onChange={(files) => p.set(p.k, files)} />
      <div className="help" style={{ textAlign: 'center', width: 112 }}>{p.title}</div>
    </div>
  );
}

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidityText: '', emgMobile: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ emgValidityText, secValidity, ...rest }) => {
    const p = parseIdValidity(str(emgValidityText));
    const v = arr(secValidity);
    return {
      ...rest,
      secValidity: v.some(Boolean) ? v : [],
      emgValidityText,
      emgValidFrom: p?.from ?? '', emgValidTo: p?.to ?? '', emgLongTerm: p?.longTerm ?? false,
    };
  });
  const e = useErrs();
  const P = HELD_PRINCIPAL.个人;
  const secLocked = s.secSame === true;
  const emgLocked = s.emgSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const secV = arr(s.secValidity);
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 新办网站申请</span><span style={{ marginLeft: 'auto' }}>张伟（个人用户） | 退出</span></div>
      <div className="mps-body narrow">
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={2} readonly options={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((title) => ({ title }))} />
        </Card>
        <Alert theme="warning" message="负责人须为能及时响应公安机关联系的人员。与主体负责人为同一人时可勾选“同主体负责人信息”，证件照片仍须重新上传。" style={{ marginBottom: 16 }} />
        <Card className="role-sec" bordered={false} title="网站安全负责人信息" style={{ marginBottom: 16 }}
          actions={<Checkbox className="sec-same" checked={secLocked} onChange={(c) => setMany(c ? {
            secSame: true, secName: P.name, secCertType: P.certType, secCertNumber: P.certNumber, secValidity: [P.validFrom, P.validTo], secLongTerm: P.longTerm, secMobile: P.mobile, secEmail: P.email,
          } : { secSame: false })}>同主体负责人信息</Checkbox>}>
          <Form labelAlign="left" labelWidth={130}>
            <FormItem label="负责人姓名" requiredMark>{text('secName', 'sec-name', { disabled: secLocked })}</FormItem>
            <FormItem label="证件类型" requiredMark>
              <Select className="sec-cert-type" disabled={secLocked} value={str(s.secCertType) || undefined} placeholder="请选择" options={MPS_PERSON_CERTS.map((c) => ({ label: c, value: c }))}
                onChange={(v) => set('secCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" requiredMark {...e.status('secCertNumber')}>{text('secCertNumber', 'sec-cert-number', { disabled: secLocked, max: 18, blur: idRule(s.secCertType) })}</FormItem>
            <FormItem label="证件有效期" requiredMark>
              <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                {s.secLongTerm === true ? (
                  <DatePicker className="sec-valid-from" allowInput disabled={secLocked} placeholder="起始日期" valueType="YYYY-MM-DD" value={secV[0] || undefined}
                    onChange={(v) => set('secValidity', [String(v ?? ''), ''])} />
                ) : (
                  <DateRangePicker className="sec-validity" allowInput disabled={secLocked} valueType="YYYY-MM-DD" value={secV.some(Boolean) ? secV : []}
                    onChange={(v) => set('secValidity', (v as string[]).map(String))} />
                )}
                <span className="help" style={{ whiteSpace: 'nowrap' }}>长期有效</span>
                <Switch className="sec-long-term" disabled={secLocked} value={s.secLongTerm === true}
                  onChange={(c) => setMany(c ? { secLongTerm: true, secValidity: [secV[0] ?? '', ''] } : { secLongTerm: false })} />
              </div>
            </FormItem>
            <FormItem label="手机号码" requiredMark {...e.status('secMobile')}>
              <InputAdornment prepend="+86">{text('secMobile', 'sec-mobile', { disabled: secLocked, max: 11, blur: mobileRule })}</InputAdornment>
            </FormItem>
            <FormItem label="电子邮件地址" requiredMark {...e.status('secEmail')}>{text('secEmail', 'sec-email', { disabled: secLocked, blur: emailRule })}</FormItem>
            <FormItem label="负责人证件" requiredMark help="请上传原件的彩色照片，jpg / png 格式">
              <div>
                <Photo s={s} set={set} k="secIdFront" title="证件正面" />
                <Photo s={s} set={set} k="secIdBack" title="证件反面" />
                <Photo s={s} set={set} k="secIdHand" title="手持证件照" />
              </div>
            </FormItem>
          </Form>
        </Card>
        <Card className="role-emg" bordered={false} title="网站应急联络人信息" style={{ marginBottom: 16 }}
          actions={<Checkbox className="emg-same" checked={emgLocked} onChange={(c) => setMany(c ? {
            emgSame: true, emgName: P.name, emgCertType: P.certType, emgCertNumber: P.certNumber, emgValidityText: notation(P.validFrom, P.validTo, P.longTerm), emgMobile: P.mobile,
          } : { emgSame: false })}>同主体负责人信息</Checkbox>}>
          <Form labelAlign="left" labelWidth={130}>
            <FormItem label="联络人姓名" requiredMark>{text('emgName', 'emg-name', { disabled: emgLocked })}</FormItem>
            <FormItem label="证件类型" requiredMark>
              <Select className="emg-cert-type" disabled={emgLocked} value={str(s.emgCertType) || undefined} placeholder="请选择" options={MPS_PERSON_CERTS.map((c) => ({ label: c, value: c }))}
                onChange={(v) => set('emgCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" requiredMark {...e.status('emgCertNumber')}>{text('emgCertNumber', 'emg-cert-number', { disabled: emgLocked, max: 18, blur: idRule(s.emgCertType) })}</FormItem>
            <FormItem label="证件有效期限" requiredMark {...e.status('emgValidityText')} help={e.status('emgValidityText').tips ? undefined : '按证件背面填写，如 2018.03.01-2038.03.01；长期有效的填 2016.05.10-长期'}>
              {text('emgValidityText', 'emg-validity', { disabled: emgLocked, placeholder: 'YYYY.MM.DD-YYYY.MM.DD', blur: (v) => (parseIdValidity(v) ? '' : '格式应为 起始日期-截止日期，如 2018.03.01-2038.03.01') })}
            </FormItem>
            <FormItem label="手机号码" requiredMark {...e.status('emgMobile')}>
              <InputAdornment prepend="+86">{text('emgMobile', 'emg-mobile', { disabled: emgLocked, max: 11, blur: mobileRule })}</InputAdornment>
            </FormItem>
          </Form>
        </Card>
        <div className="mps-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 3. baidu 填写主办者信息 (单位) */

/** What the licence photo "recognises" (FORMS §1.10, Baidu: uploading the 证件照片 fills 单位名称, 证件号码, 法定代表人姓名). */
const OCR = { unitName: '杭州云栖示例科技有限公司', unitCertNumber: '91330110MA2H3K7Q18', legalName: '李娜' };
const STEP1_REGION = '浙江省杭州市余杭区';

function BaiduSubjectUnit() {
  const { s, set, setMany } = useReplicaState('baidu', 'subject', '单位', {
    nature: '企业', certType: '营业执照（个人或企业）', certPhoto: [], unitName: '', unitCertNumber: '', certAddress: '', mailDetail: '', investor: '',
    legalName: '', legalId: '', prSource: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, authLetter: [],
    prMobile: '', prEmergency: '', prEmail: '', prOffice: '', promise: [], templateClicks: 0, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [note, setNote] = useState('');
  const locked = s.prSource === '同法定代表人';
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  /** The principal follows the legal representative while 同法定代表人 is chosen. */
  const legal = (patch: S) => setMany(locked ? { ...patch, ...('legalName' in patch ? { prName: patch.legalName } : {}), ...('legalId' in patch ? { prCertNumber: patch.legalId } : {}) } : patch);
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>yunqi_demo</span></div>
      <nav className="bd-side" aria-label="ICP备案"><a href="#">备案概览</a><a href="#" className="on">首次备案</a><a href="#">备案订单</a><a href="#">我的备案</a><a href="#">备案操作码</a></nav>
      <div className="bd-main"><div className="tc-body">
        <h2 className="page-title">首次备案</h2>
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={1} readonly options={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </Card>
        <Card bordered={false} title="主办单位信息" style={{ marginBottom: 16 }}>
          <Form labelAlign="right" labelWidth={170}>
            <Row>
              <Col span={6}><FormItem label="主办单位性质"><Select className="nature" disabled value={str(s.nature)} options={[{ label: '企业', value: '企业' }]} /></FormItem></Col>
              <Col span={6}><FormItem label="主办单位证件类型"><Select className="cert-type" disabled value={str(s.certType)} options={[{ label: str(s.certType), value: str(s.certType) }]} /></FormItem></Col>
            </Row>
            <div className="help" style={{ margin: '-8px 0 14px 170px' }}>主办单位性质与证件类型在“验证备案类型”中确定，如需修改请返回上一步。</div>
            <FormItem label="证件照片" requiredMark help="上传营业执照原件照片，系统将自动识别单位名称、证件号码和法定代表人（只填写空白项，请核对）">
              <Upload className="cert-photo" theme="image" accept="image/png,image/jpeg" autoUpload={false} max={1} files={arr<UploadFile>(s.certPhoto)}
                onChange={(files) => {
                  const next: S = { certPhoto: files };
                  if (files.length) {
                    for (const [k, v] of Object.entries(OCR)) if (!str(s[k])) next[k] = v;
                    if (locked && next.legalName) next.prName = next.legalName;
                    setNote(Object.keys(next).length > 1 ? '已识别营业执照信息并填入空白项，请核对' : '已识别营业执照信息；页面已填写的内容未改动');
                  }
                  setMany(next);
                }} />
            </FormItem>
            {note && <Alert className="ocr-note" theme="info" message={note} style={{ margin: '0 0 16px 170px' }} />}
            <FormItem label="单位名称" requiredMark>
              <Input className="unit-name" value={str(s.unitName)} placeholder="与营业执照一致" onChange={(v) => set('unitName', String(v))} />
            </FormItem>
            <FormItem label="单位证件号码" requiredMark {...e.status('unitCertNumber')}>
              <Input className="unit-cert-number" value={str(s.unitCertNumber)} maxlength={18} placeholder="18 位统一社会信用代码"
                onChange={(v) => { set('unitCertNumber', String(v).toUpperCase()); e.clear('unitCertNumber'); }}
                onBlur={(v) => { const t = String(v ?? '').trim().toUpperCase(); if (t) e.set('unitCertNumber', validUscc(t) ? '' : '统一社会信用代码校验未通过'); }} />
            </FormItem>
            <FormItem label="证件住所" requiredMark help="与营业执照“住所”一栏完全一致（含省市区）">
              <Textarea className="cert-address" value={str(s.certAddress)} autosize={{ minRows: 2 }} placeholder="如 XX省XX市XX区XX路XX号" onChange={(v) => set('certAddress', String(v))} />
            </FormItem>
            <FormItem label="通信地址" requiredMark help="所属区域在“验证备案类型”中已选择；请填写街道、门牌号">
              <InputAdornment prepend={STEP1_REGION}>
                <Input className="mail-detail" value={str(s.mailDetail)} placeholder="街道、门牌号" onChange={(v) => set('mailDetail', String(v))} />
              </InputAdornment>
            </FormItem>
            <FormItem label="投资人或主管单位" requiredMark help="企业填写投资方全称，一般为本单位名称">{text('investor', 'investor')}</FormItem>
            <Row>
              <Col span={6}><FormItem label="法定代表人姓名" requiredMark>
                <Input className="legal-name" value={str(s.legalName)} onChange={(v) => legal({ legalName: String(v) })} />
              </FormItem></Col>
              <Col span={6}><FormItem label="法定代表人身份证号" requiredMark {...e.status('legalId')}>
                <Input className="legal-id" value={str(s.legalId)} maxlength={18} onChange={(v) => { legal({ legalId: String(v).toUpperCase() }); e.clear('legalId'); }}
                  onBlur={(v) => { const t = String(v ?? '').trim(); if (t) e.set('legalId', validId(t) ? '' : '身份证号码有误'); }} />
              </FormItem></Col>
            </Row>
          </Form>
        </Card>
        <Card bordered={false} title="主体负责人信息" style={{ marginBottom: 16 }}>
          <Form labelAlign="right" labelWidth={170}>
            <FormItem label="主体负责人" requiredMark help="浙江等地要求单位的主体负责人为法定代表人">
              <Radio.Group className="pr-source" variant="outline" value={str(s.prSource) || undefined} onChange={(v) => {
                const src = String(v);
                setMany(src === '同法定代表人'
                  ? { prSource: src, prName: s.legalName, prCertType: '居民身份证', prCertNumber: s.legalId, authLetter: [] }
                  : { prSource: src, prName: '', prCertType: '', prCertNumber: '' });
              }}>
                <Radio.Button value="同法定代表人">同法定代表人</Radio.Button>
                <Radio.Button value="其他人员">其他人员</Radio.Button>
              </Radio.Group>
            </FormItem>
            {s.prSource === '其他人员' && (
              <FormItem label="法人授权书" requiredMark help="法定代表人签字并加盖公章">
                <Upload className="auth-letter" theme="file" autoUpload={false} max={1} files={arr<UploadFile>(s.authLetter)} onChange={(f) => set('authLetter', f)} />
              </FormItem>
            )}
            <Row>
              <Col span={6}><FormItem label="负责人姓名" requiredMark>{text('prName', 'pr-name', { disabled: locked })}</FormItem></Col>
              <Col span={6}><FormItem label="负责人证件类型" requiredMark>
                <Select className="pr-cert-type" disabled={locked} value={str(s.prCertType) || undefined} placeholder="请选择" options={ICP_PERSON_CERTS.map((c) => ({ label: c, value: c }))}
                  onChange={(v) => set('prCertType', String(v ?? ''))} />
              </FormItem></Col>
              <Col span={6}><FormItem label="负责人证件号码" requiredMark {...e.status('prCertNumber')}>{text('prCertNumber', 'pr-cert-number', { disabled: locked, max: 18, blur: idRule(s.prCertType) })}</FormItem></Col>
              <Col span={6}><FormItem label="证件有效期" requiredMark>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <DatePicker className="pr-valid-from" allowInput placeholder="起始日期" valueType="YYYY-MM-DD" value={str(s.prValidFrom) || undefined} onChange={(v) => set('prValidFrom', String(v ?? ''))} />
                  <span>—</span>
                  <DatePicker className="pr-valid-to" allowInput disabled={s.prLongTerm === true} placeholder="截止日期" valueType="YYYY-MM-DD" value={str(s.prValidTo) || undefined} onChange={(v) => set('prValidTo', String(v ?? ''))} />
                </div>
                <Checkbox className="pr-long-term" checked={s.prLongTerm === true} onChange={(c) => setMany(c ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期有效</Checkbox>
              </FormItem></Col>
              <Col span={6}><FormItem label="手机号码" requiredMark {...e.status('prMobile')}>{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</FormItem></Col>
              <Col span={6}><FormItem label="应急联系人手机号码" requiredMark {...e.status('prEmergency')}>
                {text('prEmergency', 'pr-emergency', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.prMobile ? '不能与负责人手机号码相同' : '') })}
              </FormItem></Col>
              <Col span={6}><FormItem label="电子邮箱" requiredMark {...e.status('prEmail')}>{text('prEmail', 'pr-email', { blur: emailRule })}</FormItem></Col>
              <Col span={6}><FormItem label="办公电话" requiredMark {...e.status('prOffice')}>
                {text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '请填写区号-号码，如 010-12345678') })}
              </FormItem></Col>
            </Row>
            <FormItem label="备案承诺书" requiredMark help="下载模板，由法定代表人签字并加盖公章后上传扫描件">
              <div>
                <Upload className="promise" theme="file" autoUpload={false} max={1} files={arr<UploadFile>(s.promise)} onChange={(f) => set('promise', f)} />
                <Link theme="primary" className="template" onClick={clicks(s, set, 'templateClicks')}>下载《备案承诺书》模板</Link>
              </div>
            </FormItem>
          </Form>
        </Card>
        <div className="tc-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout12-aliyun-subject-person-tdesign-selects': () => <AliyunSubjectPerson />,
  'heldout12-mps-principal-person-tdesign-idnotation': () => <MpsPrincipalPerson />,
  'heldout12-baidu-subject-unit-tdesign-ocr': () => <BaiduSubjectUnit />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
