/**
 * Gen-12 held-out builds on React 18 + Tea 2.8 (tea-component; written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout12-aliyun-upload-person-tea-dragcards   资料上传及真实性核验 (个人): the materials as CARDS in a grid, each a Tea
 *    drag-and-drop box (Upload.Dragger) captioned by the card's heading, a conditional 居住证 slot, a face-check panel
 *    with a preset 核验方式 and a 我已完成核验 tick that must stay as it is
 *  - heldout12-mps-subject-unit-tea-areasearch      开办主体 (单位): 开办主体性质 a select revealing the unit's card, the
 *    addresses as ONE searchable select of whole county paths (type a county, pick 浙江省 / 杭州市 / 余杭区) + detail, the
 *    validity end asked as 长期 / 指定日期 radios (指定日期 reveals a picker), image uploads, 是否利用生成式人工智能 radios
 */
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Stepper, Upload } from 'tea-component';
import moment, { type Moment } from 'moment';
import { useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, PHONE_RE, regionOptions, validId, validUscc } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, text: value }));
const day = (m: Moment | null | undefined) => (m && m.isValid() ? m.format('YYYY-MM-DD') : '');
const mom = (s: unknown) => (typeof s === 'string' && s ? moment(s, 'YYYY-MM-DD') : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { status: 'error' as const, message: errs[k] } : {}),
  };
}

/** A file kept in state (a File), reported by name. */
type Kept = { name: string };

/** One material card: a heading, a note, and a drag-and-drop box (or the kept file with 重新上传 / 删除). */
function Material(p: { s: S; set: Setter; k: string; title: string; note: string; required?: boolean; sample?: () => void }) {
  const files = arr<Kept>(p.s[p.k]);
  const name = files[0]?.name;
  return (
    <Card className={`mat mat-${p.k}`} bordered>
      <Card.Body title={<span className="mat-title">{p.required ? <i className="req">*</i> : null}{p.title}</span>}
        operation={p.sample ? <Button type="link" onClick={p.sample}>查看示例</Button> : undefined}>
        <div className="help" style={{ marginBottom: 8 }}>{p.note}</div>
        <Upload accept={['image/png', 'image/jpeg']} maxSize={4 * 1024 * 1024}
          beforeUpload={(file, _l, ok) => { if (ok) p.set(p.k, [file]); return false; }}>
          {({ open, getDraggerProps, isDragging }) => (
            <Upload.Dragger {...getDraggerProps()} filename={name} description="已选择，提交时上传"
              button={<><Button type="link" onClick={open}>重新上传</Button><Button type="link" onClick={() => p.set(p.k, [])}>删除</Button></>}>
              {isDragging ? '释放鼠标完成上传' : <><a onClick={open}>点击上传</a><span className="help"> 或将图片拖到此处（jpg / png，≤ 4MB）</span></>}
            </Upload.Dragger>
          )}
        </Upload>
      </Card.Body>
    </Card>
  );
}

/* ------------------------------------------------------------------ 1. aliyun 资料上传及真实性核验 (个人) */

function AliyunUploadPerson() {
  const { s, set } = useReplicaState('aliyun', 'upload', '个人', {
    idFront: [], idBack: [], residencePermit: [], domainCert: [], others: [], verifyWay: '阿里云App人脸核验', faceDone: false, sampleClicks: 0,
    prevClicks: 0, saveClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const sample = clicks(s, set, 'sampleClicks');
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>订单号 2025120100612</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">首页</a><a href="#" className="on">备案订单</a><a href="#">已备案信息</a><a href="#">帮助文档</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1100 }}>
        <h2 className="page-title">资料上传及真实性核验</h2>
        <Card><Card.Body>
          <Stepper current="upload" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主办者信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '资料上传及真实性核验' }, { id: 'submit', label: '提交初审' },
          ]} />
        </Card.Body></Card>
        <Alert type="info">
          主办者：张伟（个人，居民身份证 3301**********1236）。请上传证件原件的彩色照片，不接受复印件、翻拍或截图；水印不得遮挡证件信息。
        </Alert>
        <h3 className="sec-bar">主办者证件（居民身份证）</h3>
        <div className="mat-grid">
          <Material s={s} set={set} k="idFront" required title="身份证人像面" note="含照片的一面，四角完整、文字清晰" sample={sample} />
          <Material s={s} set={set} k="idBack" required title="身份证国徽面" note="含签发机关和有效期限的一面" sample={sample} />
        </div>
        <h3 className="sec-bar">补充材料</h3>
        <div className="mat-grid">
          <Material s={s} set={set} k="residencePermit" title="居住证" note="证件地址不在备案省份（浙江）时必传" />
          <Material s={s} set={set} k="domainCert" title="域名证书（选填）" note="域名注册商出具的证书，管局审核时可能需要" />
          <Material s={s} set={set} k="others" title="其他补充材料（选填）" note="管局要求的其他证明材料" />
        </div>
        <h3 className="sec-bar">真实性核验</h3>
        <Card><Card.Body>
          <Form layout="fixed">
            <Form.Item label="核验方式" required>
              <Radio.Group className="verify-way" value={str(s.verifyWay)} onChange={(v) => set('verifyWay', v)}>
                <Radio name="阿里云App人脸核验">阿里云App人脸核验</Radio>
                <Radio name="支付宝扫码核验">支付宝扫码核验</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item label="核验手机号">
              <Form.Text>138****8000（主办者手机号码，核验链接将以短信发送）</Form.Text>
            </Form.Item>
            <Form.Item label="扫码核验">
              <div className="row-inline"><div className="qr" aria-label="核验二维码" /><span className="help">请使用{str(s.verifyWay).replace(/人脸核验|扫码核验/, '')}扫描二维码，按提示完成人脸识别。</span></div>
            </Form.Item>
          </Form>
          <Checkbox className="face-done" value={s.faceDone === true} onChange={(v) => set('faceDone', v)}>我已在手机上完成人脸核验</Checkbox>
        </Card.Body></Card>
        {msg && <Alert type="warning" className="msg">{msg}</Alert>}
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={() => { set('saveClicks', Number(s.saveClicks) + 1); setMsg('已保存'); }}>保存</Button>
          <Button type="primary" onClick={() => { set('submitClicks', Number(s.submitClicks) + 1); setMsg('请先上传必传资料并完成人脸核验'); }}>提交初审</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 开办主体 (单位) */

interface County { value: string; text: string; path: string[] }
let countiesCache: County[] | undefined;
/** Every county (third level) as one option, its text the whole path. */
function counties(): County[] {
  if (!countiesCache) {
    countiesCache = [];
    for (const p of regionOptions()) for (const c of p.children ?? []) for (const a of c.children ?? []) {
      countiesCache.push({ value: a.value, text: `${p.label} / ${c.label} / ${a.label}`, path: [p.label, c.label, a.label] });
    }
  }
  return countiesCache;
}

/** One searchable select over whole county paths: type part of a name, pick the path. */
function AreaSearch(p: { cls: string; value: string[]; onChange: (path: string[]) => void }) {
  const [q, setQ] = useState('');
  const chosen = counties().find((c) => c.path.join('/') === p.value.join('/'));
  const list = useMemo(() => {
    const t = q.trim();
    const hits = t ? counties().filter((c) => c.text.replace(/ \/ /g, '').includes(t.replace(/[\s/]/g, ''))).slice(0, 40) : [];
    return chosen && !hits.includes(chosen) ? [chosen, ...hits] : hits;
  }, [q, chosen]);
  return (
    <Select className={p.cls} appearance="button" size="l" searchable matchButtonWidth placeholder="输入区县名称搜索，如 西湖区" searchPlaceholder="输入区县或城市名称"
      value={chosen?.value ?? ''} searchValue={q} onSearchValueChange={(v) => setQ(v)} filter={() => true}
      tips={q.trim() ? (list.length ? undefined : '没有匹配的区县') : '请输入区县名称'}
      options={list.map((c) => ({ value: c.value, text: c.text }))}
      onChange={(v) => { const c = counties().find((x) => x.value === v); p.onChange(c ? c.path : []); setQ(''); }} />
  );
}

/** One image upload box for an ID photo (Tea Upload.Image). */
function IdPhoto(p: { s: S; set: Setter; k: string; title: string }) {
  const name = arr<Kept>(p.s[p.k])[0]?.name;
  return (
    <div className={`photo photo-${p.k}`} style={{ display: 'inline-block', marginRight: 16, verticalAlign: 'top', textAlign: 'center' }}>
      <Upload accept={['image/png', 'image/jpeg']} beforeUpload={(file) => { p.set(p.k, [file]); return false; }}>
        <Upload.Image filename={name} description={name ? '已选择' : undefined} button={name ? <Button type="link">重新选择</Button> : <Button type="link">上传</Button>} />
      </Upload>
      <div className="help">{p.title}</div>
    </div>
  );
}

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', unitCertFile: [], legalName: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidEnd: '', prValidTo: '', prIdFront: [], prIdBack: [], prIdHand: [],
    residenceRegion: [], residenceDetail: '', officePhone: '', mobile: '', email: '', genAI: '', saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; upper?: boolean } = {}) => (
    <Input size="l" className={cls} value={str(s[k])} placeholder={o.placeholder ?? '请输入'} maxLength={o.max}
      onChange={(v) => { set(k, o.upper ? v.toUpperCase() : v); e.clear(k); }}
      onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const isUnit = s.kind === '单位';
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 新办网站申请</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body" style={{ maxWidth: 980 }}>
        <div className="tc-card"><Stepper current="subject" steps={[
          { id: 'subject', label: '开办主体' }, { id: 'site', label: '网站基本信息' }, { id: 'owner', label: '网站负责人' }, { id: 'notice', label: '提示说明' },
        ]} /></div>
        <div className="tc-card"><h3>开办主体</h3>
          <Form>
            <Form.Item label="开办主体性质" required extra="个人开办的网站选“个人”，企业、事业单位、社会团体等选“单位”">
              <Select className="kind" appearance="button" size="m" value={str(s.kind)} placeholder="请选择" options={opts(['个人', '单位'])} onChange={(v) => set('kind', v)} />
            </Form.Item>
          </Form>
          {s.kind === '个人' && <Alert type="warning" className="kind-note">当前为法人用户，个人开办网站请使用个人账号登录办理。</Alert>}
        </div>
        {isUnit && (
          <div className="tc-card unit-card"><h3>主办单位信息</h3>
            <Form>
              <Form.Item label="主办单位名称" required>{text('unitName', 'unit-name', { placeholder: '与证件上的名称一致' })}</Form.Item>
              <Form.Item label="主办单位证件类型" required>
                <Select className="unit-cert-type" appearance="button" size="l" value={str(s.unitCertType)} placeholder="请选择" options={opts(MPS_UNIT_CERTS)} onChange={(v) => set('unitCertType', v)} />
              </Form.Item>
              <Form.Item label="主办单位证件号" required {...e.item('unitCertNumber')}>
                {text('unitCertNumber', 'unit-cert-number', { max: 18, upper: true, blur: (v) => (/^[0-9A-Z]{18}$/.test(v) && !validUscc(v) ? '统一社会信用代码校验未通过' : '') })}
              </Form.Item>
              <Form.Item label="有效证件" required extra="上传证件原件扫描件，jpg / png">
                <IdPhoto s={s} set={set} k="unitCertFile" title="主办单位证件" />
              </Form.Item>
              <Form.Item label="法人代表人姓名" required>{text('legalName', 'legal-name')}</Form.Item>
              <Form.Item label="单位办公地址" required>
                <AreaSearch cls="office-region" value={arr(s.officeRegion)} onChange={(p) => set('officeRegion', p)} />
                <div style={{ marginTop: 8 }}>{text('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</div>
              </Form.Item>
            </Form>
          </div>
        )}
        {isUnit && (
          <div className="tc-card pr-card"><h3>主体负责人信息</h3>
            <Form>
              <Form.Item label="负责人姓名" required>{text('prName', 'pr-name')}</Form.Item>
              <Form.Item label="证件类型" required>
                <Select className="pr-cert-type" appearance="button" size="l" value={str(s.prCertType)} placeholder="请选择" options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', v)} />
              </Form.Item>
              <Form.Item label="证件号码" required {...e.item('prCertNumber')}>
                {text('prCertNumber', 'pr-cert-number', { max: 18, upper: true, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码有误' })}
              </Form.Item>
              <Form.Item label="证件有效期起始" required>
                <DatePicker className="pr-valid-from" value={mom(s.prValidFrom)} onChange={(m) => set('prValidFrom', day(m))} />
              </Form.Item>
              <Form.Item label="证件有效期截止" required>
                <Radio.Group className="pr-valid-end" value={str(s.prValidEnd)} onChange={(v) => setMany(v === '长期' ? { prValidEnd: v, prValidTo: '' } : { prValidEnd: v })}>
                  <Radio name="长期">长期</Radio><Radio name="指定日期">指定日期</Radio>
                </Radio.Group>
                {s.prValidEnd === '指定日期' && (
                  <div style={{ marginTop: 8 }}><DatePicker className="pr-valid-to" value={mom(s.prValidTo)} onChange={(m) => set('prValidTo', day(m))} /></div>
                )}
              </Form.Item>
              <Form.Item label="负责人证件" required extra="正面、反面、手持证件照各一张">
                <div>
                  <IdPhoto s={s} set={set} k="prIdFront" title="证件正面" />
                  <IdPhoto s={s} set={set} k="prIdBack" title="证件反面" />
                  <IdPhoto s={s} set={set} k="prIdHand" title="手持证件照" />
                </div>
              </Form.Item>
              <Form.Item label="负责人常住地址" required>
                <AreaSearch cls="residence-region" value={arr(s.residenceRegion)} onChange={(p) => set('residenceRegion', p)} />
                <div style={{ marginTop: 8 }}>{text('residenceDetail', 'residence-detail', { placeholder: '街道、门牌号' })}</div>
              </Form.Item>
              <Form.Item label="办公室电话" required {...e.item('officePhone')}>
                {text('officePhone', 'office-phone', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '请填写区号-号码') })}
              </Form.Item>
              <Form.Item label="手机号码" required {...e.item('mobile')}>{text('mobile', 'mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}</Form.Item>
              <Form.Item label="负责人邮箱" required {...e.item('email')}>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Form.Item>
              <Form.Item label="是否利用生成式人工智能" required extra="网站是否利用生成式人工智能技术提供服务">
                <Radio.Group className="gen-ai" value={str(s.genAI)} onChange={(v) => set('genAI', v)}><Radio name="是">是</Radio><Radio name="否">否</Radio></Radio.Group>
              </Form.Item>
            </Form>
          </div>
        )}
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'saveClicks')}>暂存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout12-aliyun-upload-person-tea-dragcards': () => <AliyunUploadPerson />,
  'heldout12-mps-subject-unit-tea-areasearch': () => <MpsSubjectUnit />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
