/**
 * Gen-43 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8,
 * written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout43-aliyun-subject-person-tea-inlineflow    填写主办者信息 (个人, 阿里云) as INLINE FLOW: Tea inline forms (three
 *    label / control pairs per line) under section headings: a whole-tree Cascader answered late, a Textarea, a Segment, a
 *    DatePicker + a 有效期限 Select deriving the end read-only, blur checks, phones that must differ; a 承诺 tick; 下一步
 *  - heldout43-baidu-subject-unit-tea-licencecollapse  填写主办者信息 (单位, 百度智能云) as a LICENCE COLLAPSE: a Tea Collapse of
 *    three panels (all open at first); an Upload whose reading fills three fields late, locked read-only fields, a whole-tree
 *    Cascader answered late, a DatePicker + 长期 Checkbox, blur checks, a second Upload; 下一步
 */
import { Button, Cascader, Checkbox, Collapse, DatePicker, Form, Input, Segment, Select, Upload } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, EMAIL_RE, endOfTerm, fetchRegionTree, ICP_PERSON_CERTS, ID_TERMS, MOBILE_RE, pathOfCode, PHONE_RE, readLicence, validId, validUscc, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);
const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const doorRule = (v: string) => (/\d+\s*号/.test(v) ? '' : '须详细到门牌号');
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), get: (k: string) => errs[k] ?? '', clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); } };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; width?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ width: p.width ?? 220 }}>
      <Input className={p.cls} size="full" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const codePath = (code: string): string[] => (code ? [code.slice(0, 2), code.slice(0, 4), code] : []);
function RegionCascader(p: { cls: string; code: unknown; set: (code: string) => void; delay: number }) {
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchRegionTree(p.delay).then(setTree); }, [p.delay]);
  return (
    <Cascader className={p.cls} type="menu" data={(tree ?? []) as never} value={codePath(str(p.code))} placeholder={tree ? '省 / 市 / 区县' : '地区加载中…'}
      onChange={(v) => { const l = arr<string>(v); p.set(String(l[l.length - 1] ?? '')); }} />
  );
}

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (个人): inline flow */

const FI = (p: { label: string; req?: boolean; children: ReactNode }) => (
  <Form.Item label={p.req === false ? p.label : <span><i className="req">*</i>{p.label}</span>}>{p.children}</Form.Item>
);

function AliyunSubjectPerson() {
  const { s, set } = useReplicaState('aliyun', 'subject', '个人', {
    certRegionCode: '', certDetail: '', mailAddress: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prTerm: '',
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ certRegionCode, ...r }) => ({
    ...r, certRegion: pathOfCode(str(certRegionCode)),
    prValidTo: r.prTerm === '长期' ? '长期' : endOfTerm(str(r.prValidFrom), str(r.prTerm)),
  }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; width?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const to = s.prTerm === '长期' ? '长期有效' : endOfTerm(str(s.prValidFrom), str(s.prTerm));
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body"><div className="card-w inline-flow">
        <h3 className="flow-head">主办者信息</h3>
        <Form layout="inline" className="f-holder">
          <FI label="主办人名称" req={false}><span className="ro">张伟（来自填写基本信息）</span></FI>
          <FI label="证件住所"><RegionCascader cls="cert-region" code={s.certRegionCode} delay={450} set={(c) => set('certRegionCode', c)} /></FI>
          <FI label="证件住所详细地址">{t('certDetail', 'cert-detail', { width: 260, placeholder: '与身份证一致，须到门牌号', blur: doorRule })}</FI>
          <FI label="通信地址">
            <div style={{ width: 420 }}><Input.TextArea className="mail-address" size="full" rows={2} value={str(s.mailAddress)} placeholder="省市区 + 街道门牌，须能收到邮寄材料" onChange={(v) => set('mailAddress', v)} /></div>
          </FI>
          <FI label="投资人或主管单位">{t('investor', 'investor', { placeholder: '个人填写本人姓名' })}</FI>
        </Form>
        <h3 className="flow-head">主体负责人</h3>
        <Form layout="inline" className="f-principal">
          <FI label="主体负责人姓名">{t('prName', 'pr-name', { max: 30 })}</FI>
          <FI label="证件类型"><Segment className="pr-cert-type" value={str(s.prCertType) || undefined} options={topts(ICP_PERSON_CERTS.slice(0, 4))} onChange={(v) => set('prCertType', v)} /></FI>
          <FI label="证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</FI>
          <FI label="证件有效期开始"><DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(d) => set('prValidFrom', d ? d.format(DAY) : '')} /></FI>
          <FI label="有效期限">
            <Select virtual={false} className="pr-term" appearance="button" size="s" placeholder="请选择" value={str(s.prTerm) || undefined} options={topts(ID_TERMS)} onChange={(v) => set('prTerm', v)} />
          </FI>
          <FI label="证件有效期截止" req={false}><span className="ro pr-valid-to">{to || '—（按开始日期与期限推算）'}</span></FI>
        </Form>
        <h3 className="flow-head">联系方式</h3>
        <Form layout="inline" className="f-contact">
          <FI label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</FI>
          <FI label="应急联系电话">{t('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</FI>
          <FI label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</FI>
          <FI label="电子邮箱">{t('prEmail', 'pr-email', { width: 260, blur: emailRule })}</FI>
        </Form>
        <div style={{ marginTop: 12 }}><Checkbox className="promise" value={s.promise === true} onChange={(v) => set('promise', v)}>本人承诺所填信息真实有效</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写主办者信息 (单位): licence collapse */

const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);
function Doc(p: { s: S; set: Setter; k: string; cls: string; onFile?: (name: string) => void }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <div className={`row-inline up-${p.k}`}>
      <Upload className={p.cls} accept={['image/png', 'image/jpeg']} maxSize={4 * 1024 * 1024} beforeUpload={(file) => { p.set(p.k, [file.name]); p.onFile?.(file.name); return false; }}>
        <Button>{files.length ? '重新上传' : '上传'}</Button>
      </Upload>
      {files.length ? <span className="file-name">{files[0]}</span> : <span className="help">未上传</span>}
    </div>
  );
}

function BaiduSubjectUnit() {
  const { s, set, setMany } = useReplicaState('baidu', 'subject', '单位', {
    licence: [], unitName: '', unitCertNumber: '', certAddress: '', mailRegionCode: '', mailDetail: '', investor: '',
    lrName: '', lrId: '', lrValidFrom: '', lrValidTo: '', lrLongTerm: false, mobile: '', emergency: '', office: '', email: '', promiseDoc: [], nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [open, setOpen] = useState<string[]>(['unit', 'lr', 'contact']);
  const [reading, setReading] = useState(false);
  const [msg, setMsg] = useState('');
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; width?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width={360} {...o} />;
  const onLicence = () => {
    setReading(true);
    void readLicence(600).then((r) => {
      setReading(false);
      // the reading fills only what is still empty (what the page holds is kept)
      const cur = window.__replica!.getState();
      const patch: S = {};
      if (!cur.unitName) patch.unitName = r.unitName;
      if (!cur.unitCertNumber) patch.unitCertNumber = r.certNumber;
      if (!cur.lrName) patch.lrName = r.legalRep;
      if (Object.keys(patch).length) setMany(patch);
    });
  };
  const long = s.lrLongTerm === true;
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案 · 填写主办者信息</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="bd-body"><div className="card-w">
        <Collapse className="licence-collapse" activeIds={open} onActive={(ids) => setOpen(ids as string[])}>
          <Collapse.Panel id="unit" title="单位信息">
            <div className="p-unit">
              <Row label="单位性质" req={false}><span className="ro">企业（验证备案类型时已确定）</span></Row>
              <Row label="证件类型" req={false}><span className="ro">营业执照（个人或企业）</span></Row>
              <Row label="营业执照" help="上传后自动识别单位名称、证件号码与法定代表人（请核对）">
                <Doc s={s} set={set} k="licence" cls="licence" onFile={onLicence} />{reading ? <span className="help reading">识别中…</span> : null}
              </Row>
              <Row label="单位名称">{t('unitName', 'unit-name', { max: 128 })}</Row>
              <Row label="单位证件号码">{t('unitCertNumber', 'unit-cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Row>
              <Row label="证件住所" help="与营业执照上的住所一致">{t('certAddress', 'cert-address', { width: 460, placeholder: '省市区 + 详细地址' })}</Row>
              <Row label="通信地址"><RegionCascader cls="mail-region" code={s.mailRegionCode} delay={500} set={(c) => set('mailRegionCode', c)} /></Row>
              <Row label="通信详细地址" help="须详细到门牌号">{t('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: doorRule })}</Row>
              <Row label="投资人或主管单位" help="企业填写本单位全称">{t('investor', 'investor', { max: 128 })}</Row>
            </div>
          </Collapse.Panel>
          <Collapse.Panel id="lr" title="法定代表人">
            <div className="p-lr">
              <Row label="法定代表人姓名">{t('lrName', 'lr-name', { max: 30 })}</Row>
              <Row label="法定代表人身份证号" help="请手动输入">{t('lrId', 'lr-id', { max: 18, blur: idRule('居民身份证') })}</Row>
              <Row label="证件有效期开始"><DatePicker className="lr-valid-from" value={day(s.lrValidFrom)} onChange={(d) => set('lrValidFrom', d ? d.format(DAY) : '')} /></Row>
              <Row label="证件有效期结束">
                <div className="row-inline">
                  <DatePicker className="lr-valid-to" disabled={long} value={day(s.lrValidTo)} onChange={(d) => set('lrValidTo', d ? d.format(DAY) : '')} />
                  <Checkbox className="lr-long-term" value={long} onChange={(v) => setMany({ lrLongTerm: v, lrValidTo: v ? '' : s.lrValidTo })}>长期</Checkbox>
                </div>
              </Row>
            </div>
          </Collapse.Panel>
          <Collapse.Panel id="contact" title="联系人">
            <div className="p-contact">
              <Row label="法定代表人手机号码">{t('mobile', 'mobile', { max: 11, blur: mobileRule })}</Row>
              <Row label="应急联系人手机号码">{t('emergency', 'emergency', { max: 11, placeholder: '不能与法定代表人手机号码相同', blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系人手机号码不能与法定代表人手机号码相同' : '') })}</Row>
              <Row label="办公室电话" req={false}>{t('office', 'office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
              <Row label="电子邮箱">{t('email', 'email', { blur: emailRule })}</Row>
              <Row label="备案承诺书" help="下载模板，法定代表人签字并加盖公章后上传"><Doc s={s} set={set} k="promiseDoc" cls="promise-doc" /></Row>
            </div>
          </Collapse.Panel>
        </Collapse>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout43-aliyun-subject-person-tea-inlineflow': AliyunSubjectPerson,
  'heldout43-baidu-subject-unit-tea-licencecollapse': BaiduSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
