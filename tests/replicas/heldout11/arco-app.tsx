/**
 * Gen-11 held-out builds on React 18 + Arco Design 2.66 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout11-aliyun-subject-unit-arco-legalrep  填写主办者信息 (单位): step 1 read-only as Descriptions, the 证件住所 as
 *    a lazy cascader + detail, 通讯地址 asked 一致 / 不一致 (不一致 reveals a textarea), 主体负责人是否为法定代表人 (否 reveals
 *    an 授权书 upload), a 长期有效 SWITCH hiding the end date, 移动电话, +86 addon on the office phone, an email AUTOCOMPLETE,
 *    a help column on the right
 *  - heldout11-mps-principal-unit-arco-roles      网站负责人 (单位): two role columns, a 同主体负责人信息 SWITCH on the
 *    security officer, a RANGE picker + 长期, picture-card uploads, the emergency contact's source asked by a three-way
 *    radio that reveals (and for the two 同… answers copies and locks) its fields
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, DatePicker, Descriptions, Divider, Form, Grid, Input, Message, Radio, Select, Steps, Switch, Upload,
} from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, PHONE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;

/** Blur messages per key. */
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    status: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}

/* ------------------------------------------------------------------ 1. aliyun 填写主办者信息 (单位) */

interface CasNode { value: string; label: string; isLeaf?: boolean; children?: CasNode[] }
/** The children of the option at `pathValue` ([] = provinces), from the area API; counties are leaves. */
const loadLevel = (pathValue: string[]): Promise<CasNode[]> =>
  fetchAreas(pathValue[pathValue.length - 1] ?? '').then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: pathValue.length >= 2 || a.leaf })));
const EMAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'aliyun.com', 'outlook.com', 'yunqi-demo.cn'];

function AliyunSubject() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    unitName: '', certAddrRegion: [], certAddrDetail: '', mailSame: '', mailText: '', investor: '', prIsLegalRep: '', authLetter: [],
    prName: '', prCertType: '', prCertNumber: '', prLongTerm: false, prValidFrom: '', prValidTo: '', mobile: '', emergency: '', landline: '', email: '', remark: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ mailSame, mailText, ...rest }) => ({
    ...rest,
    mailSame,
    mailAddress: mailSame === '一致' ? arr(rest.certAddrRegion).join('') + str(rest.certAddrDetail).trim() : mailSame === '不一致' ? str(mailText).trim() : '',
  }));
  const e = useErrs();
  const [opts, setOpts] = useState<CasNode[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  useEffect(() => { void loadLevel([]).then(setOpts); }, []);
  const [mailHints, setMailHints] = useState<string[]>([]);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number; cls?: string } = {}) => (
    <Input className={o.cls} value={str(s[k])} placeholder={placeholder} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>订单号 2025120100321</span></div>
      <div className="al-body">
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={2} size="small" type="dot">
            {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </Card>
        <div className="al-help">
          <div>
            <Card bordered={false} title="已验证的备案类型" style={{ marginBottom: 16 }}>
              <Descriptions column={2} size="small" data={[
                { label: '备案类型', value: '首次备案' }, { label: '主办单位性质', value: '企业' },
                { label: '主办单位证件类型', value: '营业执照（个人或企业）' }, { label: '主办单位证件号码', value: '91330110MA2H3K7Q18' },
                { label: '主办单位所属区域', value: '浙江省 杭州市 余杭区' }, { label: '备案域名', value: 'yunqi-demo.cn' },
              ]} />
            </Card>
            <Card bordered={false} title="主办单位信息" style={{ marginBottom: 16 }}>
              <Form layout="vertical">
                <FormItem label="主办单位名称" required extra="与营业执照上的名称完全一致">{text('unitName', '请输入单位全称', { cls: 'unit-name' })}</FormItem>
                <FormItem label="证件住所" required extra="营业执照上“住所”一栏的地址">
                  <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                    <Cascader
                      className="cert-region"
                      style={{ width: 300 }}
                      placeholder="省 / 市 / 区县"
                      options={opts}
                      value={codes.length ? codes : undefined}
                      loadMore={(pathValue: string[]) => loadLevel(pathValue) as never}
                      onChange={(v, selected) => {
                        setCodes((v as string[]) ?? []);
                        set('certAddrRegion', ((selected ?? []) as unknown as { label: string }[]).map((o) => o.label));
                      }}
                    />
                    <Input className="cert-detail" value={str(s.certAddrDetail)} placeholder="街道、门牌号" onChange={(v) => set('certAddrDetail', v)} />
                  </div>
                </FormItem>
                <FormItem label="通讯地址与证件住所是否一致" required>
                  <Radio.Group className="mail-same" value={str(s.mailSame) || undefined} onChange={(v: string) => set('mailSame', v)}>
                    <Radio value="一致">一致</Radio><Radio value="不一致">不一致</Radio>
                  </Radio.Group>
                </FormItem>
                {s.mailSame === '不一致' && (
                  <FormItem label="主办单位通讯地址" required extra="须详细到门牌号；确无门牌号的请注明“此地址已是详细地址”">
                    <Input.TextArea className="mail-text" value={str(s.mailText)} autoSize={{ minRows: 2 }} placeholder="省市区 + 街道 + 门牌号" onChange={(v) => set('mailText', v)} />
                  </FormItem>
                )}
                <FormItem label="投资人或主管单位" required extra="企业填写投资方全称（通常为本单位全称）">{text('investor', '请输入', { cls: 'investor' })}</FormItem>
              </Form>
            </Card>
            <Card bordered={false} title="主体负责人" style={{ marginBottom: 16 }}>
              <Form layout="vertical">
                <FormItem label="主体负责人是否为法定代表人" required extra="多数管局要求单位的主体负责人为法定代表人">
                  <Radio.Group className="legal-rep" value={str(s.prIsLegalRep) || undefined} onChange={(v: string) => setMany(v === '是' ? { prIsLegalRep: v, authLetter: [] } : { prIsLegalRep: v })}>
                    <Radio value="是">是</Radio><Radio value="否">否</Radio>
                  </Radio.Group>
                </FormItem>
                {s.prIsLegalRep === '否' && (
                  <FormItem label="法人授权书" required extra="法定代表人签字并加盖公章">
                    <Upload autoUpload={false} limit={1} accept="image/png,image/jpeg" fileList={arr<UploadItem>(s.authLetter)} onChange={(l) => set('authLetter', l)}>
                      <Button size="small">上传授权书</Button>
                    </Upload>
                  </FormItem>
                )}
                <Grid.Row gutter={24}>
                  <Grid.Col span={12}><FormItem label="主体负责人姓名" required>{text('prName', '请输入', { cls: 'pr-name' })}</FormItem></Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="主体负责人证件类型" required>
                      <Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={ICP_PERSON_CERTS} onChange={(v: string) => set('prCertType', v)} />
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="主体负责人证件号码" required {...e.status('prCertNumber')}>
                      {text('prCertNumber', '请输入', { max: 18, cls: 'pr-cert-number', blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验失败，请核对' })}
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="证件长期有效" required>
                      <Switch className="long-term" checked={s.prLongTerm === true} checkedText="是" uncheckedText="否"
                        onChange={(c: boolean) => setMany(c ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })} />
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="证件有效期起" required>
                      <DatePicker className="valid-from" style={{ width: '100%' }} value={str(s.prValidFrom) || undefined} onChange={(v) => set('prValidFrom', v ?? '')} />
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    {s.prLongTerm !== true && (
                      <FormItem label="证件有效期止" required extra="证件剩余有效期须多于 3 个月">
                        <DatePicker className="valid-to" style={{ width: '100%' }} value={str(s.prValidTo) || undefined} onChange={(v) => set('prValidTo', v ?? '')} />
                      </FormItem>
                    )}
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="移动电话" required {...e.status('mobile')}>
                      {text('mobile', '11 位手机号码', { max: 11, cls: 'mobile', blur: (v) => (MOBILE_RE.test(v) ? '' : '移动电话格式不正确') })}
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="应急联系电话" required {...e.status('emergency')} extra="另一个手机号码，不能与移动电话相同">
                      {text('emergency', '11 位手机号码', { max: 11, cls: 'emergency', blur: (v) => (!MOBILE_RE.test(v) ? '应急联系电话格式不正确' : v === s.mobile ? '应急联系电话不能与移动电话相同' : '') })}
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="办公室电话" required {...e.status('landline')}>
                      <Input className="landline" addBefore="+86" value={str(s.landline)} placeholder="区号-号码，如 0571-88888888" onChange={(v) => { set('landline', v); e.clear('landline'); }}
                        onBlur={(ev) => { const v = ev.target.value.trim(); if (v) e.set('landline', PHONE_RE.test(v) && v.startsWith('0') ? '' : '请填写区号-号码'); }} />
                    </FormItem>
                  </Grid.Col>
                  <Grid.Col span={12}>
                    <FormItem label="电子邮箱" required {...e.status('email')}>
                      <AutoComplete className="email" value={str(s.email)} placeholder="用于接收备案通知" data={mailHints}
                        onSearch={(v: string) => setMailHints(v && !v.includes('@') ? EMAIL_DOMAINS.map((d) => `${v}@${d}`) : [])}
                        onChange={(v: string) => { set('email', v); e.clear('email'); }}
                        onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = String(ev?.target?.value ?? '').trim(); if (v) e.set('email', EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'); }} />
                    </FormItem>
                  </Grid.Col>
                </Grid.Row>
                <FormItem label="备注（选填）">
                  <Input.TextArea className="remark" value={str(s.remark)} maxLength={200} showWordLimit placeholder="管局要求的特殊说明" onChange={(v) => set('remark', v)} />
                </FormItem>
              </Form>
            </Card>
          </div>
          <aside className="help-panel">
            <h4>填写说明</h4>
            <p>1. 主办单位名称、证件住所须与营业执照一致。</p>
            <p>2. 通讯地址须能收到邮寄材料，详细到门牌号。</p>
            <p>3. 主体负责人一般为法定代表人；非法定代表人的，须上传法人授权书（部分管局不允许）。</p>
            <p>4. 移动电话将用于工信部短信核验，请确保能正常接收短信。</p>
          </aside>
        </div>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={() => { set('saveClicks', Number(s.saveClicks) + 1); Message.success('已保存'); }}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步：填写网站信息</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 网站负责人 (单位) */

/** One picture-card upload of an ID photo. */
function Photo(p: { s: S; set: Setter; k: string; title: string }) {
  return (
    <div className={`photo photo-${p.k}`} style={{ display: 'inline-block', marginRight: 12, verticalAlign: 'top' }}>
      <Upload listType="picture-card" accept="image/png,image/jpeg" autoUpload={false} limit={1} fileList={arr<UploadItem>(p.s[p.k])}
        beforeUpload={(f) => { if (f.size > 2 * 1024 * 1024) { Message.error('图片不能超过 2MB'); return false; } return true; }}
        onChange={(l) => p.set(p.k, l)} />
      <div className="help" style={{ textAlign: 'center', width: 80 }}>{p.title}</div>
    </div>
  );
}

const EMG_MODES = ['同主体负责人', '同网站安全负责人', '另行指定'];

function MpsPrincipal() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgMode: '', emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secValidity, ...rest }) => ({ ...rest, secValidity: arr(secValidity).some(Boolean) ? arr(secValidity) : [] }));
  const e = useErrs();
  const P = HELD_PRINCIPAL.单位;
  const secLocked = s.secSame === true;
  const emgLocked = s.emgMode === '同主体负责人' || s.emgMode === '同网站安全负责人';
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number; cls?: string; disabled?: boolean } = {}) => (
    <Input className={o.cls} disabled={o.disabled} value={str(s[k])} placeholder={placeholder} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const idCheck = (typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码有误';
  const copySec = (on: boolean) => setMany(on ? {
    secSame: true, secName: P.name, secCertType: P.certType, secCertNumber: P.certNumber, secValidity: [P.validFrom, P.validTo], secLongTerm: P.longTerm, secMobile: P.mobile, secEmail: P.email,
  } : { secSame: false });
  const pickEmg = (mode: string) => {
    if (mode === '同主体负责人') {
      setMany({ emgMode: mode, emgName: P.name, emgCertType: P.certType, emgCertNumber: P.certNumber, emgValidFrom: P.validFrom, emgValidTo: P.validTo, emgLongTerm: P.longTerm, emgMobile: P.mobile });
    } else if (mode === '同网站安全负责人') {
      const v = arr(s.secValidity);
      setMany({ emgMode: mode, emgName: s.secName, emgCertType: s.secCertType, emgCertNumber: s.secCertNumber, emgValidFrom: v[0] ?? '', emgValidTo: v[1] ?? '', emgLongTerm: s.secLongTerm, emgMobile: s.secMobile });
    } else {
      setMany({ emgMode: mode, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '' });
    }
  };
  const secV = arr(s.secValidity);
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 新办网站申请</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={3} size="small" lineless>
            {['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </Card>
        <Alert type="info" style={{ marginBottom: 16 }} content="网站安全负责人与应急联络人须为能及时响应公安机关联系的人员；证件照片须上传原件的清晰照片，与主体负责人相同时也须重新上传。" />
        <div className="role-cols">
          <Card bordered={false} title="网站安全负责人" className="role-sec"
            extra={<span className="row-inline" style={{ fontSize: 13 }}>同主体负责人信息 <Switch className="sec-same" size="small" checked={secLocked} onChange={copySec} /></span>}>
            <Form layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 17 }}>
              <FormItem label="负责人姓名" required>{text('secName', '请输入', { disabled: secLocked, cls: 'sec-name' })}</FormItem>
              <FormItem label="证件类型" required>
                <Select className="sec-cert-type" disabled={secLocked} placeholder="请选择" value={str(s.secCertType) || undefined} options={MPS_PERSON_CERTS} onChange={(v: string) => set('secCertType', v)} />
              </FormItem>
              <FormItem label="证件号码" required {...e.status('secCertNumber')}>{text('secCertNumber', '请输入', { disabled: secLocked, max: 18, cls: 'sec-cert-number', blur: idCheck('secCertType') })}</FormItem>
              <FormItem label="证件有效期" required>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  {s.secLongTerm === true ? (
                    <DatePicker className="sec-valid-from" disabled={secLocked} placeholder="起始日期" value={secV[0] || undefined} onChange={(v) => set('secValidity', [v ?? '', ''])} />
                  ) : (
                    <DatePicker.RangePicker className="sec-validity" disabled={secLocked} value={secV[0] && secV[1] ? secV : undefined} onChange={(v) => set('secValidity', (v as string[] | undefined) ?? [])} />
                  )}
                  <Checkbox style={{ whiteSpace: 'nowrap' }} disabled={secLocked} checked={s.secLongTerm === true} onChange={(c: boolean) => setMany(c ? { secLongTerm: true, secValidity: [secV[0] ?? '', ''] } : { secLongTerm: false })}>长期</Checkbox>
                </div>
              </FormItem>
              <FormItem label="手机号码" required {...e.status('secMobile')}>{text('secMobile', '11 位手机号码', { disabled: secLocked, max: 11, cls: 'sec-mobile', blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}</FormItem>
              <FormItem label="电子邮件地址" required {...e.status('secEmail')}>{text('secEmail', '请输入', { disabled: secLocked, cls: 'sec-email', blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确') })}</FormItem>
              <FormItem label="证件照片" required extra="jpg/png，不超过 2MB">
                <div>
                  <Photo s={s} set={set} k="secIdFront" title="证件正面" />
                  <Photo s={s} set={set} k="secIdBack" title="证件反面" />
                  <Photo s={s} set={set} k="secIdHand" title="手持证件照" />
                </div>
              </FormItem>
            </Form>
          </Card>
          <Card bordered={false} title="网站应急联络人" className="role-emg">
            <Form layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 17 }}>
              <FormItem label="联络人来源" required>
                <Radio.Group className="emg-mode" direction="vertical" value={str(s.emgMode) || undefined} onChange={pickEmg}>
                  {EMG_MODES.map((m) => <Radio key={m} value={m}>{m}</Radio>)}
                </Radio.Group>
              </FormItem>
              {!s.emgMode && <div className="help" style={{ padding: '0 0 12px 30%' }}>选择联络人来源后填写联络人信息。</div>}
              {!!s.emgMode && (
                <>
                  <Divider style={{ margin: '4px 0 16px' }} />
                  <FormItem label="联络人姓名" required>{text('emgName', '请输入', { disabled: emgLocked, cls: 'emg-name' })}</FormItem>
                  <FormItem label="证件类型" required>
                    <Select className="emg-cert-type" disabled={emgLocked} placeholder="请选择" value={str(s.emgCertType) || undefined} options={MPS_PERSON_CERTS} onChange={(v: string) => set('emgCertType', v)} />
                  </FormItem>
                  <FormItem label="证件号码" required {...e.status('emgCertNumber')}>{text('emgCertNumber', '请输入', { disabled: emgLocked, max: 18, cls: 'emg-cert-number', blur: idCheck('emgCertType') })}</FormItem>
                  <FormItem label="证件有效期" required>
                    <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                      <DatePicker className="emg-valid-from" disabled={emgLocked} placeholder="起始" value={str(s.emgValidFrom) || undefined} onChange={(v) => set('emgValidFrom', v ?? '')} />
                      <span>至</span>
                      <DatePicker className="emg-valid-to" disabled={emgLocked || s.emgLongTerm === true} placeholder="截止" value={str(s.emgValidTo) || undefined} onChange={(v) => set('emgValidTo', v ?? '')} />
                      <Checkbox style={{ whiteSpace: 'nowrap' }} disabled={emgLocked} checked={s.emgLongTerm === true} onChange={(c: boolean) => setMany(c ? { emgLongTerm: true, emgValidTo: '' } : { emgLongTerm: false })}>长期</Checkbox>
                    </div>
                  </FormItem>
                  <FormItem label="手机号码" required {...e.status('emgMobile')}>{text('emgMobile', '11 位手机号码', { disabled: emgLocked, max: 11, cls: 'emg-mobile', blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}</FormItem>
                </>
              )}
            </Form>
          </Card>
        </div>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>暂存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout11-aliyun-subject-unit-arco-legalrep': () => <AliyunSubject />,
  'heldout11-mps-principal-unit-arco-roles': () => <MpsPrincipal />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
