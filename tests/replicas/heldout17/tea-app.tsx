/**
 * Gen-17 held-out builds on React 18 + Tea 2.8 (written from FORMS.md and docs/profile.example.json alone, never tuned
 * against):
 *  - heldout17-aliyun-upload-unit-tea-collapse    上传资料 (单位): a Stepper, an upload-way SEGMENT (the App way hides the
 *    uploads behind a QR code), the materials in a Tea COLLAPSE of three open panels, each material a row with an Upload
 *    BUTTON (the chosen file shows as its name with 删除); a face-check button and a 真实性承诺 tick; 上一步 / 提交初审
 *  - heldout17-mps-subject-person-tea-fieldtable  开办主体 (个人, new 公安): ONE bordered Tea TABLE of fields (项目 | 填写内容 |
 *    填写说明; no <label>); a SEGMENT, a Select, blur checks, a RANGE picker swapped for one date by a 长期 tick, three
 *    Upload buttons, a LAZY menu Cascader + detail, a phone with 获取验证码 and an SMS code input, a SWITCH; 保存 / 下一步
 */
import { Alert, Button, Card, Cascader, Checkbox, Collapse, DatePicker, Input, Segment, Select, Stepper, Switch, Table, Upload } from 'tea-component';
import type { CascaderMenuOption } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode, PHONE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const DAY = 'YYYY-MM-DD';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; width?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size="l" style={p.width ? { width: p.width } : undefined} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

/** One file slot: an Upload button; a chosen file shows as its name with 删除 (nothing is sent anywhere). */
function FileSlot(p: { s: S; set: Setter; k: string; text?: string }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <div className={`mat-file slot-${p.k}`}>
      <Upload accept={['image/png', 'image/jpeg']} maxSize={4 * 1024 * 1024} beforeUpload={(file) => { p.set(p.k, [file.name]); return false; }}>
        {({ open }) => <Button type="weak" onClick={open}>{files.length ? '重新上传' : p.text ?? '上传'}</Button>}
      </Upload>
      {files.length ? <><span className="file-name">{files[0]}</span><Button type="link" className="del-file" onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help">未上传</span>}
    </div>
  );
}

function AliyunChrome(p: { current: string; children: ReactNode }) {
  const steps = [['basic', '填写基本信息'], ['subject', '填写主办者信息'], ['site', '填写网站信息'], ['upload', '上传资料'], ['submit', '提交初审']].map(([id, label]) => ({ id: id!, label }));
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Stepper steps={steps} current={p.current} /></div>
        {p.children}
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 上传资料 (单位), collapse */

const GROUPS: { id: string; title: string; items: { k: string; name: string; note: string; optional?: boolean }[] }[] = [
  { id: 'entity', title: '主体资料', items: [{ k: 'licence', name: '营业执照', note: '主办单位证件彩色扫描件或原件照片，信息须清晰完整，不接受复印件。' }] },
  { id: 'people', title: '负责人资料', items: [
    { k: 'prIdFront', name: '主体负责人证件 · 正面', note: '主体负责人（法定代表人）身份证人像面，须在有效期内。' },
    { k: 'prIdBack', name: '主体负责人证件 · 背面', note: '主体负责人身份证国徽面。' },
    { k: 'wpIdFront', name: '网站负责人证件 · 正面', note: '网站负责人身份证人像面，须在有效期内。' },
    { k: 'wpIdBack', name: '网站负责人证件 · 背面', note: '网站负责人身份证国徽面。' },
  ] },
  { id: 'extra', title: '补充资料', items: [
    { k: 'domainCert', name: '域名证书（选填）', note: '部分管局要求，域名持有者须为主办单位。', optional: true },
    { k: 'other', name: '其他资料（选填）', note: '管局要求的其他材料，如前置审批文件、授权书。', optional: true },
  ] },
];

function AliyunUploadUnit() {
  const { s, set } = useReplicaState('aliyun', 'upload', '单位', {
    uploadWay: '电脑上传', licence: [], prIdFront: [], prIdBack: [], wpIdFront: [], wpIdBack: [], domainCert: [], other: [],
    faceClicks: 0, promise: false, prevClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const [qr, setQr] = useState(false);
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    const lacking = GROUPS.flatMap((g) => g.items).filter((i) => !i.optional && !arr(s[i.k]).length).map((i) => i.name);
    setMsg(!s.promise ? '请先勾选真实性承诺' : lacking.length ? `请上传：${lacking.join('、')}` : '已提交初审');
  };
  return (
    <AliyunChrome current="upload">
      <Alert type="info">资料支持 jpg / png 格式，单个文件不超过 4 MB；请上传原件的彩色扫描件或照片，水印不得遮挡证件信息。</Alert>
      <div className="card-w">
        <div className="row-inline"><span className="t-label">上传方式</span>
          <Segment className="upload-way" value={str(s.uploadWay)} options={topts(['电脑上传', '阿里云App上传'])} onChange={(v) => set('uploadWay', v)} /></div>
      </div>
      {s.uploadWay === '阿里云App上传'
        ? <div className="card-w row-inline"><div className="qr" aria-hidden="true" /><span>请使用阿里云App扫码上传资料并完成人脸核验。</span></div>
        : (
          <Collapse className="materials" defaultActiveIds={GROUPS.map((g) => g.id)}>
            {GROUPS.map((g) => (
              <Collapse.Panel key={g.id} id={g.id} title={g.title}>
                <div className="card-w" style={{ marginBottom: 8 }}>
                  {g.items.map((i) => (
                    <div className={`mat-row mat-${i.k}`} key={i.k}>
                      <div className="mat-name">{i.optional ? null : <i>*</i>}{i.name}</div>
                      <div className="help">{i.note}</div>
                      <FileSlot s={s} set={set} k={i.k} />
                    </div>
                  ))}
                </div>
              </Collapse.Panel>
            ))}
          </Collapse>
        )}
      <Card><Card.Body title="真实性核验（人脸核验）">
        <div className="row-inline">
          <span>主体负责人、网站负责人须在阿里云App完成人脸核验。</span>
          <Button type="weak" className="face" onClick={() => { clicks(s, set, 'faceClicks')(); setQr(true); }}>获取核验二维码</Button>
          {qr ? <div className="qr" style={{ width: 80, height: 80 }} aria-hidden="true" /> : null}
        </div>
      </Card.Body></Card>
      <div style={{ marginTop: 12 }}>
        <Checkbox className="promise" value={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所提交资料真实、有效</Checkbox>
      </div>
      <div className="actions">
        <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button type="primary" onClick={submit}>提交初审</Button>
        <span className="msg">{msg}</span>
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 开办主体 (个人, 公安), a table of fields */

const setChildren = (list: CascaderMenuOption[], path: string[], kids: CascaderMenuOption[]): CascaderMenuOption[] => list.map((o) => {
  if (o.value !== path[0]) return o;
  return path.length === 1 ? { ...o, children: kids } : { ...o, children: setChildren(o.children ?? [], path.slice(1), kids) };
});

function MpsSubjectPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    subjectKind: '', name: '', certType: '', certNumber: '', validity: [], longTerm: false, idFront: [], idBack: [], idHand: [],
    homeRegionCodes: [], homeDetail: '', office: '', mobile: '', smsCode: '', email: '', genAI: false, saveClicks: 0, nextClicks: 0,
  }, ({ homeRegionCodes, ...r }) => ({ ...r, homeRegion: pathOfCode(arr<string>(homeRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [areas, setAreas] = useState<CascaderMenuOption[]>([]);
  const [wait, setWait] = useState(0);
  useEffect(() => { void fetchAreas('').then((l) => setAreas(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  useEffect(() => { if (wait > 0) { const t = setTimeout(() => setWait(wait - 1), 1000); return () => clearTimeout(t); } return undefined; }, [wait]);
  const validity = arr<string>(s.validity);
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; width?: number; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} width={o.width ?? 260} {...o} />;
  const rows: { key: string; label: string; req?: boolean; control: ReactNode; note: ReactNode }[] = [
    { key: 'kind', label: '开办主体性质', req: true, note: '个人网站选择“个人”；单位请使用法人账号登录', control: (
      <Segment className="subject-kind" value={str(s.subjectKind)} options={topts(['个人', '单位'])} onChange={(v) => set('subjectKind', v)} />
    ) },
    { key: 'name', label: '负责人姓名', req: true, note: '与证件上的姓名一致', control: field('name', 'name', { max: 30 }) },
    { key: 'type', label: '证件类型', req: true, note: '', control: (
      <Select className="cert-type" appearance="button" size="l" matchButtonWidth placeholder="请选择" value={str(s.certType) || undefined} options={topts(MPS_PERSON_CERTS)} onChange={(v) => set('certType', v)} />
    ) },
    { key: 'no', label: '证件号码', req: true, note: '18 位居民身份证号码', control: field('certNumber', 'cert-number', { max: 18, blur: (v) => (s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过' }) },
    { key: 'valid', label: '证件有效期', req: true, note: '长期有效的证件请勾选“长期”', control: (
      <div className="row-inline">
        {s.longTerm === true
          ? <DatePicker className="valid-from" value={validity[0] ? moment(validity[0], DAY) : undefined} onChange={(m) => set('validity', m ? [m.format(DAY)] : [])} />
          : <DatePicker.RangePicker className="validity" value={validity.length === 2 ? [moment(validity[0], DAY), moment(validity[1], DAY)] : undefined}
            onChange={(r) => set('validity', r && r[0] && r[1] ? [r[0].format(DAY), r[1].format(DAY)] : [])} />}
        <Checkbox className="long-term" value={s.longTerm === true} onChange={(v) => setMany({ longTerm: v, validity: validity.slice(0, 1) })}>长期</Checkbox>
      </div>
    ) },
    { key: 'front', label: '证件正面', req: true, note: 'jpg / png，不超过 4 MB', control: <FileSlot s={s} set={set} k="idFront" /> },
    { key: 'back', label: '证件反面', req: true, note: 'jpg / png，不超过 4 MB', control: <FileSlot s={s} set={set} k="idBack" /> },
    { key: 'hand', label: '手持证件照', req: true, note: '本人手持证件正面，五官与证件信息清晰', control: <FileSlot s={s} set={set} k="idHand" /> },
    { key: 'region', label: '常住地址', req: true, note: '省 / 市 / 区县', control: (
      <Cascader className="home-region" type="menu" data={areas} value={arr<string>(s.homeRegionCodes)} placeholder="请选择省 / 市 / 区县"
        onLoad={async (path) => {
          const kids = await fetchAreas(path[path.length - 1]!);
          setAreas((a) => setChildren(a, path, kids.map((k) => ({ value: k.code, label: k.name, isLeaf: path.length >= 2 }))));
        }}
        onChange={(v) => set('homeRegionCodes', v)} />
    ) },
    { key: 'detail', label: '常住地址 · 详细地址', req: true, note: '街道、门牌号', control: field('homeDetail', 'home-detail', { width: 360 }) },
    { key: 'office', label: '办公室电话', note: '选填，区号-号码', control: field('office', 'office', { blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') }) },
    { key: 'mobile', label: '手机号码', req: true, note: '用于接收审核通知', control: (
      <div className="row-inline">
        {field('mobile', 'mobile', { max: 11, width: 200, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}
        <Button type="weak" className="send-code" disabled={wait > 0 || !MOBILE_RE.test(str(s.mobile))} onClick={() => setWait(60)}>{wait > 0 ? `${wait} 秒后重发` : '获取验证码'}</Button>
      </div>
    ) },
    { key: 'sms', label: '短信验证码', req: true, note: '6 位数字', control: field('smsCode', 'sms-code', { max: 6, width: 120 }) },
    { key: 'email', label: '电子邮箱', req: true, note: '', control: field('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') }) },
    { key: 'ai', label: '是否利用生成式人工智能', req: true, note: '网站是否利用生成式人工智能技术提供服务', control: (
      <div className="row-inline"><Switch className="gen-ai" value={s.genAI === true} onChange={(v) => set('genAI', v)} /><span>{s.genAI ? '是' : '否'}</span></div>
    ) },
  ];
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Stepper steps={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((label) => ({ id: label, label }))} current="开办主体" /></div>
        <Alert type="warning">请如实填写开办主体信息，证件照片须清晰完整；带 * 的为必填项。</Alert>
        <div className="card-w">
          <Table className="field-table" bordered recordKey="key" records={rows} columns={[
            { key: 'label', header: '项目', width: 200, render: (r) => <span className={`f-label f-${r.key}`}>{r.req ? <span className="req">*</span> : null}{r.label}</span> },
            { key: 'control', header: '填写内容', render: (r) => r.control },
            { key: 'note', header: '填写说明', width: 260, render: (r) => <span className="help">{r.note}</span> },
          ]} />
        </div>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout17-aliyun-upload-unit-tea-collapse': AliyunUploadUnit,
  'heldout17-mps-subject-person-tea-fieldtable': MpsSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
