/**
 * Gen-8 held-out builds on React 19 + antd 6 (written from FORMS.md alone, never tuned against):
 *  - heldout8-aliyun-subject-unit-antd-columns  填写主办者信息 (单位): vertical labels in two columns under shared
 *    section headers, three separate async region Selects, dates typed into text inputs, 有效期类型 radios
 *  - heldout8-mps-subject-person-antd-dl        开办主体 (个人): a dl/dt/dd definition list without <label>s, dates
 *    typed as yyyy年mm月dd日, a remote-search region Select, a yes/no Switch
 */
import { Alert, Button, Card, Checkbox, Col, ConfigProvider, Form, Input, Radio, Row, Select, Space, Spin, Steps, Switch, Tooltip, Upload } from 'antd';
import type { UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, cnDate, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, parseDate, searchCounties, validId, type Area } from './common';
import { clicks, str, useReplicaState, type S, type Setter } from './react-state';

const files = (v: unknown) => (Array.isArray(v) ? (v as UploadFile[]) : []);

/** Upload kept in state (no request): the page's file list. */
function Files(p: { s: S; set: Setter; k: string; text: string; card?: boolean }) {
  return (
    <Upload
      listType={p.card ? 'picture-card' : 'picture'}
      accept="image/png,image/jpeg"
      maxCount={1}
      fileList={files(p.s[p.k])}
      beforeUpload={() => false}
      onChange={({ fileList }) => p.set(p.k, fileList)}
    >
      {p.card ? <div style={{ fontSize: 12 }}>+<div>{p.text}</div></div> : <Button>{p.text}</Button>}
    </Upload>
  );
}

/** A text input whose value is checked on blur (the message shows under the input). */
function Checked(p: { s: S; set: Setter; k: string; check: (v: string) => string; placeholder?: string; maxLength?: number; disabled?: boolean }) {
  const [err, setErr] = useState('');
  return (
    <>
      <Input
        value={str(p.s[p.k])}
        status={err ? 'error' : undefined}
        disabled={p.disabled}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        onChange={(e) => { p.set(p.k, e.target.value); if (err) setErr(''); }}
        onBlur={(e) => setErr(e.target.value ? p.check(e.target.value.trim()) : '')}
      />
      {err && <div className="err">{err}</div>}
    </>
  );
}

const mobileCheck = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入正确的11位手机号码');
const idCheck = (v: string) => (validId(v) ? '' : '证件号码校验不通过，请核对');
const emailCheck = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const isoCheck = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v) ? '' : '请输入正确的日期，格式 yyyy-mm-dd');

/* ------------------------------------------------------------------ 1. aliyun 填写主办者信息 (单位) */

/** One level of the 通讯地址: a Select whose options arrive asynchronously for the chosen parent. */
function useLevel(parent: string | null) {
  const [opts, setOpts] = useState<Area[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setOpts([]);
    if (parent === null) return;
    setLoading(true);
    void fetchAreas(parent).then((l) => { if (live) { setOpts(l); setLoading(false); } });
    return () => { live = false; };
  }, [parent]);
  return { opts, loading };
}

function AliyunSubject() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    nature: '企业', certType: '营业执照（个人或企业）', certNumber: '91330110MA2H3K7Q18', name: '', certAddress: '',
    addrProvince: '', addrCity: '', addrDistrict: '', addrDetail: '', investor: '', licence: [],
    prName: '', prCertType: '', prCertNumber: '', prValidKind: '', prValidFrom: '', prValidTo: '', prIdFront: [], prIdBack: [],
    prMobile: '', prEmergency: '', prLandline: '', prEmail: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  // region codes of the chosen names (the state keeps names, like the order API)
  const [codes, setCodes] = useState<{ p?: string; c?: string; d?: string }>({});
  const prov = useLevel('');
  const city = useLevel(codes.p ?? null);
  const dist = useLevel(codes.c ?? null);
  const regionSelect = (level: 'p' | 'c' | 'd', l: { opts: Area[]; loading: boolean }, placeholder: string, disabled: boolean) => (
    <Select
      className={`addr-${level}`}
      value={codes[level]}
      placeholder={placeholder}
      disabled={disabled}
      loading={l.loading}
      notFoundContent={l.loading ? <Spin size="small" /> : '暂无数据'}
      showSearch={{ optionFilterProp: 'label' }}
      options={l.opts.map((a) => ({ value: a.code, label: a.name }))}
      onChange={(code: string) => {
        const name = l.opts.find((a) => a.code === code)?.name ?? '';
        if (level === 'p') { setCodes({ p: code }); setMany({ addrProvince: name, addrCity: '', addrDistrict: '' }); }
        if (level === 'c') { setCodes((x) => ({ p: x.p, c: code })); setMany({ addrCity: name, addrDistrict: '' }); }
        if (level === 'd') { setCodes((x) => ({ ...x, d: code })); set('addrDistrict', name); }
      }}
    />
  );
  const longTerm = s.prValidKind === '长期';
  const half = (node: ReactNode, span = 12) => <Col xs={24} md={span}>{node}</Col>;
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">我的备案</a><a href="#" className="on">新增备案</a><a href="#">主体信息管理</a><a href="#">备案服务号管理</a></nav>
      <div className="al-main">
        <div className="al-body">
          <Steps size="small" current={1} style={{ marginBottom: 16 }}
            items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交审核' }]} />
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="主办者信息须与证件原件一致；浙江省要求主体负责人为法定代表人。" />
          <Form layout="vertical" requiredMark>
            <Card className="box" title={<span className="sec-head">主办单位信息</span>}>
              <Row gutter={32}>
                {half(<Form.Item label="主办单位性质" required extra="已在“验证备案类型”中确定">
                  <Select value={str(s.nature)} disabled options={[{ value: '企业', label: '企业' }]} />
                </Form.Item>)}
                {half(<Form.Item label="主办单位证件类型" required>
                  <Select value={str(s.certType)} disabled options={[{ value: '营业执照（个人或企业）', label: '营业执照（个人或企业）' }]} />
                </Form.Item>)}
                {half(<Form.Item label="主办单位证件号码" required><Input value={str(s.certNumber)} disabled /></Form.Item>)}
                {half(<Form.Item label="主办单位名称" required>
                  <Input value={str(s.name)} onChange={(e) => set('name', e.target.value)} placeholder="请输入营业执照上的单位名称" maxLength={128} />
                </Form.Item>)}
                {half(<Form.Item label="主办单位证件住所" required extra="请与营业执照上的“住所”完全一致，含省市区">
                  <Input value={str(s.certAddress)} onChange={(e) => set('certAddress', e.target.value)} placeholder="请输入证件住所" />
                </Form.Item>)}
                {half(<Form.Item label="投资者或上级主管单位" required tooltip="企业填写单位全称">
                  <Input value={str(s.investor)} onChange={(e) => set('investor', e.target.value)} placeholder="请输入" />
                </Form.Item>)}
                {half(<Form.Item label="主办单位通讯地址" required extra="须详细到门牌号">
                  <Space.Compact block>
                    {regionSelect('p', prov, '请选择省份', false)}
                    {regionSelect('c', city, '请选择城市', !codes.p)}
                    {regionSelect('d', dist, '请选择区县', !codes.c)}
                  </Space.Compact>
                  <Input style={{ marginTop: 8 }} aria-label="详细地址" value={str(s.addrDetail)} onChange={(e) => set('addrDetail', e.target.value)} placeholder="详细地址，如街道、门牌号" />
                </Form.Item>, 24)}
                {half(<Form.Item label="营业执照" required extra="彩色扫描件或原件照片，jpg/png，不超过 4MB">
                  <Files s={s} set={set} k="licence" text="上传营业执照" />
                </Form.Item>, 24)}
              </Row>
            </Card>
            <Card className="box" title={<span className="sec-head">主体负责人信息（法定代表人）</span>}>
              <Row gutter={32}>
                {half(<Form.Item label="负责人姓名" required><Input value={str(s.prName)} onChange={(e) => set('prName', e.target.value)} placeholder="请输入法定代表人姓名" /></Form.Item>)}
                {half(<Form.Item label="负责人证件类型" required>
                  <Select value={str(s.prCertType) || undefined} placeholder="请选择" onChange={(v: string) => set('prCertType', v)} options={ICP_PERSON_CERTS.map((l) => ({ value: l, label: l }))} />
                </Form.Item>)}
                {half(<Form.Item label="负责人证件号码" required><Checked s={s} set={set} k="prCertNumber" check={idCheck} maxLength={18} placeholder="请输入证件号码" /></Form.Item>)}
                {half(<Form.Item label="有效期类型" required>
                  <Radio.Group value={str(s.prValidKind) || undefined} options={['长期', '非长期']}
                    onChange={(e) => setMany(e.target.value === '长期' ? { prValidKind: '长期', prValidTo: '' } : { prValidKind: e.target.value })} />
                </Form.Item>)}
                {half(<Form.Item label="证件有效期开始日期" required>
                  <Checked s={s} set={set} k="prValidFrom" check={isoCheck} placeholder="yyyy-mm-dd" maxLength={10} />
                </Form.Item>)}
                {!longTerm && s.prValidKind === '非长期' && half(<Form.Item label="证件有效期截止日期" required>
                  <Checked s={s} set={set} k="prValidTo" check={isoCheck} placeholder="yyyy-mm-dd" maxLength={10} />
                </Form.Item>)}
                {half(<Form.Item label="负责人证件照片" required extra="人像面、国徽面各一张">
                  <Space>
                    <div className="shot"><Files s={s} set={set} k="prIdFront" card text="人像面" /></div>
                    <div className="shot"><Files s={s} set={set} k="prIdBack" card text="国徽面" /></div>
                  </Space>
                </Form.Item>, 24)}
                {half(<Form.Item label="手机号码" required><Checked s={s} set={set} k="prMobile" check={mobileCheck} maxLength={11} placeholder="请输入手机号码" /></Form.Item>)}
                {half(<Form.Item label="应急联系电话" required extra="须与手机号码不同">
                  <Checked s={s} set={set} k="prEmergency" check={(v) => (v === s.prMobile ? '应急联系电话不能与手机号码相同' : mobileCheck(v))} maxLength={11} placeholder="请输入应急联系电话" />
                </Form.Item>)}
                {half(<Form.Item label="办公室电话（选填）"><Input value={str(s.prLandline)} onChange={(e) => set('prLandline', e.target.value)} placeholder="区号-号码，如 0571-12345678" /></Form.Item>)}
                {half(<Form.Item label="电子邮箱" required><Checked s={s} set={set} k="prEmail" check={emailCheck} placeholder="请输入常用邮箱" /></Form.Item>)}
                {half(<Form.Item label="备注（选填）">
                  <Input.TextArea value={str(s.remark)} onChange={(e) => set('remark', e.target.value)} rows={2} maxLength={200} showCount placeholder="管局要求的说明可填写在此" />
                </Form.Item>, 24)}
              </Row>
            </Card>
          </Form>
          <div className="al-actions">
            <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
            <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 开办主体 (个人) as a definition list */

/** A date typed as yyyy年mm月dd日 (or yyyy-mm-dd): the state holds YYYY-MM-DD, the input shows 年月日 after blur. */
function CnDate(p: { s: S; set: Setter; k: string; disabled?: boolean; placeholder: string }) {
  const v = str(p.s[p.k]);
  const [text, setText] = useState(cnDate(v));
  const [err, setErr] = useState('');
  const last = useRef(v);
  if (last.current !== v) { last.current = v; if (parseDate(text) !== v) setText(cnDate(v)); }
  return (
    <span className="cn-date">
      <Input
        style={{ width: 170 }}
        value={text}
        disabled={p.disabled}
        placeholder={p.placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setErr('');
          const iso = parseDate(e.target.value);
          last.current = iso ?? e.target.value;
          p.set(p.k, iso ?? e.target.value);
        }}
        onBlur={() => {
          const iso = parseDate(text);
          if (iso) setText(cnDate(iso));
          else if (text) setErr('日期格式应为 yyyy年mm月dd日');
        }}
      />
      {err && <div className="err">{err}</div>}
    </span>
  );
}

/** 负责人常住地址: type to search; counties come back from the (simulated) server after a delay. */
function RemoteCounty(p: { s: S; set: Setter; k: string }) {
  const path = Array.isArray(p.s[p.k]) ? (p.s[p.k] as string[]) : [];
  const [opts, setOpts] = useState<{ value: string; label: string; path: string[] }[]>([]);
  const [fetching, setFetching] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const current = path.length ? path.join(' ') : undefined;
  return (
    <Select
      className="remote-county"
      showSearch={{ filterOption: false, onSearch: (q: string) => {
        clearTimeout(timer.current);
        if (q.trim().length < 2) { setOpts([]); setFetching(false); return; }
        setFetching(true);
        const n = ++seq.current;
        timer.current = setTimeout(() => void searchCounties(q).then((l) => {
          if (n !== seq.current) return;
          setOpts(l.map((c) => ({ value: c.label, label: c.label, path: c.path })));
          setFetching(false);
        }), 200);
      } }}
      value={current}
      placeholder="输入区县名称搜索（至少 2 个字）"
      notFoundContent={fetching ? <Spin size="small" /> : '请输入关键字搜索'}
      options={opts}
      style={{ width: '100%' }}
      onChange={(v: string) => p.set(p.k, opts.find((o) => o.value === v)?.path ?? [])}
    />
  );
}

const Dt = ({ children, required = true }: { children: ReactNode; required?: boolean }) => (
  <dt>{required && <span className="star">*</span>}{children}：</dt>
);

function MpsSubject() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    kind: '个人', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prIdFront: [], prIdBack: [], prIdHand: [], residence: [], residenceDetail: '', officePhone: '', mobile: '', email: '', genAI: false,
    draftClicks: 0, nextClicks: 0,
  });
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
      <div className="mps-body">
        <Steps current={0} style={{ marginBottom: 20 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
        <section className="mps-sec">
          <h3>开办主体</h3>
          <dl className="kv">
            <Dt>开办主体性质</Dt>
            <dd className="wide">
              <Radio.Group value={str(s.kind)} onChange={(e) => set('kind', e.target.value)}>
                <Radio value="个人">个人</Radio>
                <Tooltip title="个人账号只能以个人名义开办网站；单位请使用法人账号登录"><Radio value="单位" disabled>单位</Radio></Tooltip>
              </Radio.Group>
            </dd>
          </dl>
        </section>
        <section className="mps-sec">
          <h3>负责人信息</h3>
          <dl className="kv">
            <Dt>负责人姓名</Dt>
            <dd><Input value={str(s.prName)} onChange={(e) => set('prName', e.target.value)} placeholder="请输入" /></dd>
            <Dt>负责人证件类型</Dt>
            <dd><Select style={{ width: '100%' }} value={str(s.prCertType) || undefined} placeholder="请选择" onChange={(v: string) => set('prCertType', v)}
              options={MPS_PERSON_CERTS.map((l) => ({ value: l, label: l }))} /></dd>
            <Dt>负责人证件号码</Dt>
            <dd><Checked s={s} set={set} k="prCertNumber" check={(v) => (s.prCertType === '居民身份证' ? idCheck(v) : '')} maxLength={18} placeholder="请输入" /></dd>
            <Dt>证件有效期</Dt>
            <dd>
              <div className="row-inline">
                <CnDate s={s} set={set} k="prValidFrom" placeholder="yyyy年mm月dd日" />
                <span>至</span>
                <CnDate s={s} set={set} k="prValidTo" placeholder="yyyy年mm月dd日" disabled={s.prLongTerm === true} />
                <Checkbox checked={s.prLongTerm === true} onChange={(e) => setMany(e.target.checked ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期</Checkbox>
              </div>
            </dd>
            <Dt>负责人证件</Dt>
            <dd className="wide">
              <div className="shots">
                <div className="shot"><Files s={s} set={set} k="prIdFront" card text="正面" /></div>
                <div className="shot"><Files s={s} set={set} k="prIdBack" card text="反面" /></div>
                <div className="shot"><Files s={s} set={set} k="prIdHand" card text="手持证件" /></div>
              </div>
              <div className="help">依次上传证件正面、证件反面、手持证件照片；jpg/png，不超过 2MB</div>
            </dd>
            <Dt>负责人常住地址</Dt>
            <dd><RemoteCounty s={s} set={set} k="residence" /></dd>
            <Dt>详细地址</Dt>
            <dd><Input value={str(s.residenceDetail)} onChange={(e) => set('residenceDetail', e.target.value)} placeholder="街道、小区、门牌号" /></dd>
          </dl>
        </section>
        <section className="mps-sec">
          <h3>联系方式</h3>
          <dl className="kv">
            <Dt>办公室电话</Dt>
            <dd><Input value={str(s.officePhone)} onChange={(e) => set('officePhone', e.target.value)} placeholder="区号-电话号码" /></dd>
            <Dt>手机号码</Dt>
            <dd><Checked s={s} set={set} k="mobile" check={mobileCheck} maxLength={11} placeholder="请输入" /></dd>
            <Dt>负责人邮箱</Dt>
            <dd><Checked s={s} set={set} k="email" check={emailCheck} placeholder="请输入" /></dd>
            <Dt>是否利用生成式人工智能</Dt>
            <dd>
              <Switch checked={s.genAI === true} checkedChildren="是" unCheckedChildren="否" onChange={(v) => set('genAI', v)} />
              <div className="help">网站是否利用生成式人工智能技术向公众提供服务</div>
            </dd>
          </dl>
        </section>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout8-aliyun-subject-unit-antd-columns': () => <AliyunSubject />,
  'heldout8-mps-subject-person-antd-dl': () => <MpsSubject />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}>{render()}</ConfigProvider>);
