/**
 * Gen-21 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout21-aliyun-upload-unit-arco-checklist   上传资料 (单位): upload-way BUTTON radios (the App way swaps the table for
 *    a QR code), then ONE TABLE as the checklist of materials, a row per material with an Upload button in a cell and a
 *    status Tag; a row holding a yes / no SELECT that adds an authorisation row; a 承诺 tick; 上一步 / 提交初审
 *  - heldout21-mps-subject-unit-arco-sidetabs      开办主体 (单位, 公安): VERTICAL TABS on the left (every pane rendered, the
 *    inactive ones hidden; each tab counts its empty required fields): radios, a Select, blur checks, picture-card
 *    Uploads, a SEARCHABLE whole-tree Cascader and a LAZY Cascader, 定期 / 长期 radios swapping a RANGE picker for one
 *    DatePicker, a yes / no Select, a 承诺 tick; 保存 / 下一步
 */
import {
  Alert, Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, Radio, Select, Steps, Table, Tabs, Tag, Upload,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, pathOfCode, PHONE_RE, regionOptions, validId, validUscc } from './common';
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; width?: number }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
        status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

/** An Arco Upload bound to one state key (its file list: the snapshot reports the names); jpg / png ≤ 4 MB, one file. */
function FileCell(p: { s: S; set: Setter; k: string; cls: string; card?: boolean; max?: number }) {
  const [msg, setMsg] = useState('');
  return (
    <div className={`up-${p.k} ${p.cls}`}>
      <Upload autoUpload={false} limit={1} listType={p.card ? 'picture-card' : 'text'} accept=".jpg,.jpeg,.png" fileList={arr(p.s[p.k])}
        beforeUpload={(f) => {
          const ok = /\.(jpe?g|png)$/i.test(f.name) && f.size <= (p.max ?? 4) * 1024 * 1024;
          setMsg(ok ? '' : `仅支持 jpg / png，且不超过 ${p.max ?? 4}MB`);
          return ok;
        }}
        onChange={(list) => p.set(p.k, list.map((x) => ({ uid: x.uid, name: x.name ?? x.originFile?.name ?? '', status: 'done' })))} />
      {msg ? <div className="field-err">{msg}</div> : null}
    </div>
  );
}

/* ------------------------------------------------------------------ 上传资料 (单位), checklist table */

interface Mat { key: string; name: string; req: string; must: boolean; kind?: 'select' }

function AliyunUploadUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'upload', '单位', {
    uploadWay: '电脑上传', licence: [], prIdFront: [], prIdBack: [], wpIdFront: [], wpIdBack: [], wpIsLegalRep: '', authLetter: [], domainCert: [],
    promise: false, prevClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const rows: Mat[] = [
    { key: 'licence', name: '营业执照', req: '主办单位证件：营业执照原件彩色扫描件或照片，信息清晰完整', must: true },
    { key: 'prIdFront', name: '法定代表人身份证 · 人像面', req: '主体负责人（法定代表人）居民身份证人像面', must: true },
    { key: 'prIdBack', name: '法定代表人身份证 · 国徽面', req: '有效期须清晰可见', must: true },
    { key: 'wpIdFront', name: '网站负责人身份证 · 人像面', req: '网站负责人居民身份证人像面', must: true },
    { key: 'wpIdBack', name: '网站负责人身份证 · 国徽面', req: '有效期须清晰可见', must: true },
    { key: 'wpIsLegalRep', name: '网站负责人是否为法定代表人', req: '不是法定代表人时须上传法定代表人授权书', must: true, kind: 'select' },
    ...(s.wpIsLegalRep === '否' ? [{ key: 'authLetter', name: '法定代表人授权书', req: '法定代表人签字并加盖单位公章', must: true }] : []),
    { key: 'domainCert', name: '域名证书（选传）', req: '部分管局要求；域名持有者须为主办单位', must: false },
  ];
  const done = (r: Mat) => (r.kind === 'select' ? !!s[r.key] : arr(s[r.key]).length > 0);
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    const todo = rows.filter((r) => r.must && !done(r)).map((r) => r.name);
    setMsg(todo.length ? `请完成：${todo.join('、')}` : s.promise ? '已提交初审' : '请勾选承诺');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={4} size="small">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        </div>
        <Alert type="info" content="请上传证件原件的彩色扫描件或照片（jpg / png，单张不超过 4MB），不接受复印件或屏幕翻拍。" style={{ marginBottom: 12 }} />
        <div className="card-w">
          <div className="row-inline" style={{ marginBottom: 12 }}>
            <span>上传方式</span>
            <Radio.Group className="upload-way" type="button" value={str(s.uploadWay)} options={['电脑上传', '阿里云App上传']} onChange={(v) => set('uploadWay', v)} />
          </div>
          {s.uploadWay === '阿里云App上传'
            ? <div className="row-inline app-way"><div className="qr" /><span className="help">请使用阿里云App扫码，在App中上传资料并完成人脸核验</span></div>
            : (
              <Table className="checklist" rowKey="key" border borderCell pagination={false} data={rows}
                columns={[
                  { title: '资料名称', dataIndex: 'name', width: 220, render: (_: unknown, r: Mat) => <span className={`mat-name mat-${r.key}`}>{r.must ? <span className="msg">* </span> : null}{r.name}</span> },
                  { title: '要求', dataIndex: 'req', width: 280, render: (_: unknown, r: Mat) => <span className="help">{r.req}</span> },
                  { title: '上传', dataIndex: 'up', render: (_: unknown, r: Mat) => (r.kind === 'select'
                    ? (
                      <Select className="wp-legal" style={{ width: 140 }} placeholder="请选择" value={str(s.wpIsLegalRep) || undefined} options={opts(['是', '否'])}
                        onChange={(v) => setMany({ wpIsLegalRep: String(v), ...(v === '是' ? { authLetter: [] } : {}) })} />
                    )
                    : <FileCell s={s} set={set} k={r.key} cls="mat-up" />) },
                  { title: '状态', dataIndex: 'st', width: 90, render: (_: unknown, r: Mat) => <Tag className={`st-${r.key}`} color={done(r) ? 'green' : r.must ? 'orange' : 'gray'}>{done(r) ? '已上传' : r.must ? '待上传' : '选传'}</Tag> },
                ]} />
            )}
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所上传资料真实、有效</Checkbox>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={submit}>提交初审</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 开办主体 (单位, 公安), vertical tabs */

interface AreaOpt { value: string; label: string; isLeaf: boolean }

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    subjectKind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', officeCodes: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prTermType: '', prValidFrom: '', prValidTo: '', idFront: [], idBack: [], idHand: [], homeCodes: [], homeDetail: '',
    office: '', mobile: '', email: '', genAI: '', promise: false, saveClicks: 0, nextClicks: 0,
  }, ({ officeCodes, homeCodes, ...r }) => ({
    ...r,
    officeRegion: pathOfCode(arr<string>(officeCodes).at(-1) ?? ''),
    homeRegion: pathOfCode(arr<string>(homeCodes).at(-1) ?? ''),
  }));
  const e = useErrs();
  const [tab, setTab] = useState('unit');
  const [tree] = useState(() => regionOptions());
  const [provinces, setProvinces] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prTermType === '长期';
  const empty = (keys: string[]) => keys.filter((k) => (Array.isArray(s[k]) ? !arr(s[k]).length : !s[k])).length;
  const counts = {
    unit: empty(['subjectKind', 'unitName', 'unitCertType', 'unitCertNumber', 'licence', 'legalRep', 'officeCodes', 'officeDetail']),
    principal: empty(['prName', 'prCertType', 'prCertNumber', 'prTermType', 'prValidFrom', 'idFront', 'idBack', 'idHand', 'homeCodes', 'homeDetail']),
    contact: empty(['mobile', 'email', 'genAI']),
  };
  const title = (t: string, n: number) => <span>{t}{n ? <span className="msg">（{n}）</span> : <span className="ok-msg"> ✓</span>}</span>;
  const item = { labelCol: { span: 6 }, wrapperCol: { span: 18 } };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Steps current={1} size="small"><Steps.Step title="开办主体" /><Steps.Step title="网站基本信息" /><Steps.Step title="网站负责人" /><Steps.Step title="提示说明" /></Steps></div>
        <Alert type="warning" content="单位用户请如实填写单位及负责人信息；负责人证件照片须为原件彩色照片，单张不超过 400KB。" style={{ marginBottom: 16 }} />
        <div className="card-w">
          <Tabs className="side-tabs" tabPosition="left" lazyload={false} activeTab={tab} onChange={setTab}>
            <Tabs.TabPane key="unit" title={title('单位信息', counts.unit)}>
              <Form className="f-unit" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="开办主体性质" required>
                  <Radio.Group className="subject-kind" value={str(s.subjectKind) || undefined} options={['个人', '单位']} onChange={(v) => set('subjectKind', v)} />
                </Form.Item>
                <Form.Item label="主办单位名称" required>{text('unitName', 'unit-name', { max: 60 })}</Form.Item>
                <Form.Item label="单位证件类型" required>
                  <Select className="unit-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.unitCertType) || undefined} options={opts(MPS_UNIT_CERTS)} onChange={(v) => set('unitCertType', String(v))} />
                </Form.Item>
                <Form.Item label="单位证件号码" required>{text('unitCertNumber', 'unit-cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Form.Item>
                <Form.Item label="有效证件" required extra="单位证件原件照片，jpg / png，不超过 400KB">
                  <FileCell s={s} set={set} k="licence" cls="licence" card max={0.4} />
                </Form.Item>
                <Form.Item label="法人代表人姓名" required>{text('legalRep', 'legal-rep', { max: 20 })}</Form.Item>
                <Form.Item label="单位办公地址" required>
                  <Cascader className="office-region" style={{ width: 320 }} showSearch allowClear placeholder="请选择或输入搜索" options={tree} value={arr<string>(s.officeCodes)}
                    onChange={(v) => set('officeCodes', arr<string>(v).map(String))} />
                </Form.Item>
                <Form.Item label="详细地址" required>{text('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</Form.Item>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="principal" title={title('负责人信息', counts.principal)}>
              <Form className="f-principal" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="负责人姓名" required>{text('prName', 'pr-name', { max: 20 })}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select className="pr-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
                </Form.Item>
                <Form.Item label="证件号码" required>{text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过' })}</Form.Item>
                <Form.Item label="有效期类型" required>
                  <Radio.Group className="pr-term" value={str(s.prTermType) || undefined} options={['定期', '长期']}
                    onChange={(v) => setMany({ prTermType: v, prValidTo: '' })} />
                </Form.Item>
                {long
                  ? (
                    <Form.Item label="有效期开始日期" required>
                      <DatePicker className="pr-valid-from" style={{ width: 220 }} value={str(s.prValidFrom) || undefined} onChange={(d) => set('prValidFrom', d ?? '')} />
                    </Form.Item>
                  )
                  : (
                    <Form.Item label="证件有效期" required extra={s.prTermType ? undefined : '请先选择有效期类型'}>
                      <DatePicker.RangePicker className="pr-validity" style={{ width: 320 }} disabled={!s.prTermType}
                        value={s.prValidFrom && s.prValidTo ? [str(s.prValidFrom), str(s.prValidTo)] : undefined}
                        onChange={(d) => setMany({ prValidFrom: d?.[0] ?? '', prValidTo: d?.[1] ?? '' })} />
                    </Form.Item>
                  )}
                <Form.Item label="负责人证件" required extra="正面、反面、手持证件照各一张">
                  <div className="photos">
                    {([['idFront', '正面'], ['idBack', '反面'], ['idHand', '手持']] as const).map(([k, t]) => (
                      <div key={k}><FileCell s={s} set={set} k={k} cls={`photo-${k}`} card max={0.4} /><div className="photo-cap">{t}</div></div>
                    ))}
                  </div>
                </Form.Item>
                <Form.Item label="负责人常住地址" required>
                  <Cascader className="home-region" style={{ width: 320 }} placeholder="省 / 市 / 区县" options={provinces} value={arr<string>(s.homeCodes)}
                    loadMore={(path, level) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
                    onChange={(v) => set('homeCodes', arr<string>(v).map(String))} />
                </Form.Item>
                <Form.Item label="详细地址" required>{text('homeDetail', 'home-detail', { placeholder: '街道、门牌号（门牌号可不填）' })}</Form.Item>
              </Form>
            </Tabs.TabPane>
            <Tabs.TabPane key="contact" title={title('联系方式', counts.contact)}>
              <Form className="f-contact" {...item} requiredSymbol={{ position: 'start' }}>
                <Form.Item label="办公室电话">{text('office', 'office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</Form.Item>
                <Form.Item label="手机号码" required>{text('mobile', 'mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</Form.Item>
                <Form.Item label="负责人邮箱" required>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Form.Item>
                <Form.Item label="是否利用生成式人工智能" required extra="网站是否利用生成式人工智能技术提供服务">
                  <Select className="gen-ai" style={{ width: 160 }} placeholder="请选择" value={str(s.genAI) || undefined} options={opts(['是', '否'])} onChange={(v) => set('genAI', String(v))} />
                </Form.Item>
                <Form.Item label=" ">
                  <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所填信息真实有效</Checkbox>
                </Form.Item>
              </Form>
            </Tabs.TabPane>
          </Tabs>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout21-aliyun-upload-unit-arco-checklist': AliyunUploadUnit,
  'heldout21-mps-subject-unit-arco-sidetabs': MpsSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
