/**
 * Gen-18 held-out builds on React 19 + TDesign React 1.18 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout18-aliyun-basic-unit-tdesign-pickdialog  验证备案类型 (单位): one card whose fields sit in a TWO-COLUMN grid with
 *    labels on top; radios, a TREE SELECT of regions whose levels are fetched when expanded (only a county can be chosen),
 *    a nature select, a certificate-type select whose options LOAD after the nature is chosen, blur checks, domains as
 *    ADDED ROWS, a resource select, the instance picked in a DIALOG whose table is fetched when it opens (single-row radio,
 *    short-lived rows disabled); a consent tick; 重置 / 信息校验
 *  - heldout18-mps-subject-unit-tdesign-quad         开办主体 (单位, 公安): FOUR CARDS in a 2 × 2 grid with RIGHT labels;
 *    button radios, selects, blur checks, an image upload, THREE async region selects, two date pickers + a 长期有效
 *    SWITCH, the residence area as ONE TEXT with an AUTOCOMPLETE of county names, three image uploads, a yes / no SELECT;
 *    保存草稿 / 下一步
 */
import {
  Alert, AutoComplete, Button, Card, Checkbox, Col, DatePicker, Dialog, Form, Input, Link, RadioGroup, Row, Select, Steps, Switch, Table, Tag, TreeSelect, Upload,
  type UploadFile,
} from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURES, pathOfCode, PHONE_RE, regionOptions, validId, validUscc,
  type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#f0f6ff"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#0052d9">已选择</text></svg>')}`;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/**
 * A form item. TDesign's FormItem drives a DIRECT library child as a form field of its own (overriding `value`): every
 * control sits in a plain <div> so its value stays this page's React state.
 */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/**
 * A date picker that takes a typed date (Enter confirms) as well as a click in its panel. TDesign 1.18's single picker
 * drops typed characters from its input (its own input handler replaces the one that keeps them), so this page keeps the
 * draft itself and hands it back as the input's value.
 */
function Date1(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const v = str(p.s[p.k]);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={v} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? v }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.set(p.k, typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

function Picture(p: { s: S; set: Setter; k: string; cls?: string }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success', url: THUMB }));
  return (
    <Upload className={`up up-${p.k} ${p.cls ?? ''}`} theme="image" accept="image/png,image/jpeg" max={1} autoUpload={false} files={files}
      onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
  );
}

const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');

/* ------------------------------------------------------------------ 验证备案类型 (单位), two-column grid + instance dialog */

interface Instance { id: string; name: string; ip: string; region: string; left: string; short?: boolean }
const INSTANCES: Record<string, Instance[]> = {
  云服务器ECS: [
    { id: 'i-bp16m3kx0q8z2w7r', name: 'yunqi-test', ip: '47.96.201.7', region: '华东1（杭州）', left: '2 个月', short: true },
    { id: 'i-bp1yq7d2k5x9w3m0', name: 'yunqi-web-01', ip: '47.96.56.78 / 2408:4000:1000::10', region: '华东1（杭州）', left: '10 个月' },
    { id: 'i-uf6h2c9d1k4p0s3x', name: 'yunqi-backup', ip: '106.15.77.21', region: '华东2（上海）', left: '6 个月' },
  ],
  轻量应用服务器: [{ id: 'a3c9e1f07b2d4c8e9f10', name: 'WordPress-yq', ip: '121.43.19.5', region: '华东1（杭州）', left: '4 个月' }],
};
interface TreeNode { value: string; label: string; children?: TreeNode[] | boolean; disabled?: boolean }
const node = (a: Area): TreeNode => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });

const BASIC_INITIAL: S = {
  infoKind: '', regionCode: '', nature: '', certType: '', certNumber: '', domainRows: [''], resourceType: '云服务器ECS', instance: '', serviceCode: '',
  agreed: false, resetClicks: 0, verifyClicks: 0,
};

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', BASIC_INITIAL, ({ regionCode, domainRows, ...r }) => ({
    ...r, region: pathOfCode(str(regionCode)), domains: arr<string>(domainRows).map((d) => d.trim().toLowerCase()).filter(Boolean),
  }));
  const e = useErrs();
  const [tree, setTree] = useState<TreeNode[]>([]);
  const [certs, setCerts] = useState<{ list: string[]; loading: boolean }>({ list: [], loading: false });
  const [dlg, setDlg] = useState<{ open: boolean; rows: Instance[] | null; pending: string }>({ open: false, rows: null, pending: '' });
  const [msg, setMsg] = useState('');
  const [regionOpen, setRegionOpen] = useState(false);
  useEffect(() => { void fetchAreas('').then((l) => setTree(l.map(node))); }, []);
  const rows = arr<string>(s.domainRows);
  const setRow = (i: number, v: string) => set('domainRows', rows.map((r, j) => (j === i ? v : r)));
  const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
  const pickNature = (v: string) => {
    setMany({ nature: v, certType: '' });
    setCerts({ list: [], loading: true });
    setTimeout(() => setCerts({ list: ICP_CERTS_BY_NATURE[v] ?? ['统一社会信用代码证书', '组织机构代码证'], loading: false }), 300);
  };
  const certRule = (v: string) => {
    if (s.certType === '居民身份证') return validId(v) ? '' : '身份证号码校验未通过';
    if (s.nature && s.nature !== '个人') return validUscc(v) ? '' : '统一社会信用代码校验未通过，请核对';
    return '';
  };
  const openDialog = () => {
    setDlg({ open: true, rows: null, pending: str(s.instance) });
    setTimeout(() => setDlg((d) => ({ ...d, rows: INSTANCES[str(s.resourceType)] ?? [] })), 400);
  };
  const picked = (INSTANCES[str(s.resourceType)] ?? []).find((i) => i.id === s.instance);
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    if (!s.agreed) { setMsg('请先阅读并同意服务条款'); return; }
    setMsg(s.regionCode && s.certNumber && (s.instance || s.serviceCode) ? '信息校验通过：本次为首次备案' : '请完善带 * 的信息');
  };
  const reset = () => { setMany({ ...BASIC_INITIAL, resetClicks: Number(s.resetClicks ?? 0) + 1, verifyClicks: s.verifyClicks }); setCerts({ list: [], loading: false }); setMsg(''); };
  return (
    <AliyunChrome who="杭州云栖示例科技有限公司" current={0}>
      <Alert theme="info" message="请确认域名已完成实名认证且持有者为本单位；信息校验通过后系统自动判断备案类型（首次备案 / 接入备案 / 新增网站）。" style={{ marginBottom: 16 }} />
      <Card bordered={false} title="验证备案类型" className="basic-card">
        <Form labelAlign="top" className="grid2">
          <Row gutter={32}>
            <Col span={6}>
              <Item label="备案信息类型" req>
                <RadioGroup className="info-kind" value={str(s.infoKind) || undefined} options={opts(['网站', 'App'])} onChange={(v) => set('infoKind', String(v))} />
              </Item>
            </Col>
            <Col span={6}>
              <Item label="主办单位所属地区" req tips="选择到区县">
                <TreeSelect className="region" style={{ width: '100%' }} placeholder="请选择省 / 市 / 区县" data={tree} value={str(s.regionCode) || undefined} clearable
                  valueDisplay={() => (s.regionCode ? pathOfCode(str(s.regionCode)).join(' / ') : '')}
                  treeProps={{ load: (n) => fetchAreas(String(n.value)).then((l) => l.map(node)), expandOnClickNode: true }}
                  popupVisible={regionOpen}
                  onPopupVisibleChange={(v, ctx) => {
                    // a province or city only expands: the popup stays open until a county is chosen
                    const n = (ctx as { node?: { value?: unknown } }).node;
                    if (!v && n && String(n.value).length < 6) return;
                    setRegionOpen(v);
                  }}
                  onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) set('regionCode', c); }} />
              </Item>
            </Col>
            <Col span={6}>
              <Item label="主办单位性质" req>
                <Select className="nature" filterable placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} onChange={(v) => pickNature(String(v))} />
              </Item>
            </Col>
            <Col span={6}>
              <Item label="主办单位证件类型" req tips={s.nature ? undefined : '请先选择主办单位性质'}>
                <Select className="cert-type" placeholder={certs.loading ? '加载中…' : '请选择'} loading={certs.loading} disabled={!s.nature} value={str(s.certType) || undefined}
                  options={opts(certs.list)} onChange={(v) => set('certType', String(v))} />
              </Item>
            </Col>
            <Col span={6}>
              <Item label="主办单位证件号码" req e={e} k="certNumber">
                <Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} placeholder="请输入证件上的号码" blur={certRule} />
              </Item>
            </Col>
            <Col span={6}>
              <FormItem label="网站域名" requiredMark {...e.item('domains')} tips={e.get('domains') || '已实名认证的一级域名，不带 www.；最多 5 个'}>
                <div className="ctl domain-rows">
                  {rows.map((r, i) => (
                    <div className="row-inline domain-row" key={i}>
                      <Input className={`domain-${i}`} style={{ width: 300 }} value={r} placeholder="如 example.com"
                        onChange={(v) => { setRow(i, String(v ?? '')); e.clear('domains'); }}
                        onBlur={(v) => { const t = String(v ?? '').trim(); if (t) e.set('domains', domainRule(t)); }} />
                      {rows.length > 1 ? <Link className="del-domain" theme="danger" onClick={() => set('domainRows', rows.filter((_, j) => j !== i))}>删除</Link> : null}
                    </div>
                  ))}
                  <Button className="add-domain" size="small" variant="dashed" disabled={rows.length >= 5} onClick={() => set('domainRows', [...rows, ''])}>+ 添加域名</Button>
                </div>
              </FormItem>
            </Col>
            <Col span={6}>
              <Item label="备案资源类型" req>
                <Select className="resource-type" value={str(s.resourceType)} options={opts(['云服务器ECS', '轻量应用服务器', '备案服务号'])}
                  onChange={(v) => setMany({ resourceType: String(v), instance: '', serviceCode: '' })} />
              </Item>
            </Col>
            <Col span={6}>
              {s.resourceType === '备案服务号'
                ? <Item label="备案服务号" req tips="在“备案服务号管理”中申请"><Text s={s} set={set} e={e} k="serviceCode" cls="service-code" placeholder="请输入备案服务号" /></Item>
                : (
                  <Item label="云服务器实例" req tips="剩余时长须不少于 3 个月">
                    {picked
                      ? <div className="picked"><Tag className="picked-tag" theme="primary" variant="light">{picked.id}（{picked.ip}）</Tag><Link className="change-instance" theme="primary" onClick={openDialog}>更换</Link></div>
                      : <Button className="pick-instance" variant="outline" onClick={openDialog}>选择实例</Button>}
                  </Item>
                )}
            </Col>
          </Row>
          <div style={{ marginTop: 4 }}>
            <Checkbox className="agreed" checked={s.agreed === true} onChange={(v) => set('agreed', !!v)}>我已阅读并同意《阿里云ICP代备案管理系统服务条款》</Checkbox>
          </div>
          <div className="actions">
            <Button variant="outline" className="reset" onClick={reset}>重置</Button>
            <Button theme="primary" className="verify" onClick={verify}>信息校验</Button>
            <span className="msg">{msg}</span>
          </div>
        </Form>
      </Card>
      <Dialog className="instance-dialog" header={`选择${str(s.resourceType) === '轻量应用服务器' ? '轻量应用服务器' : '云服务器ECS'}实例`} visible={dlg.open} width={760}
        onClose={() => setDlg({ open: false, rows: null, pending: '' })}
        onCancel={() => setDlg({ open: false, rows: null, pending: '' })}
        onConfirm={() => { if (dlg.pending) set('instance', dlg.pending); setDlg({ open: false, rows: null, pending: '' }); }}
        confirmBtn="确定" cancelBtn="取消">
        <Table className="instances" rowKey="id" size="small" bordered loading={dlg.rows === null} data={dlg.rows ?? []} selectedRowKeys={dlg.pending ? [dlg.pending] : []}
          onSelectChange={(keys) => setDlg((d) => ({ ...d, pending: String(keys[0] ?? '') }))}
          columns={[
            { colKey: 'row-select', type: 'single', width: 46, checkProps: ({ row }: { row: Instance }) => ({ disabled: !!row.short }) },
            { colKey: 'id', title: '实例ID / 名称', cell: ({ row }: { row: Instance }) => <div><div>{row.id}</div><div className="help">{row.name}</div></div> },
            { colKey: 'ip', title: '公网IP' },
            { colKey: 'region', title: '地域' },
            { colKey: 'left', title: '剩余时长', cell: ({ row }: { row: Instance }) => (row.short ? <Tag theme="warning" variant="light">{row.left}（不足3个月）</Tag> : row.left) },
          ]} />
      </Dialog>
    </AliyunChrome>
  );
}

function AliyunChrome(p: { who: string; current: number; children: ReactNode }) {
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>{p.who}</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={p.current} readonly>
            {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.StepItem key={t} title={t} />)}
          </Steps>
        </div>
        {p.children}
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 开办主体 (单位, 公安), four cards */

let countyNames: string[] | undefined;
/** Every county as one string 省市区 (for the residence-area autocomplete). */
function counties(): string[] {
  if (!countyNames) {
    countyNames = [];
    for (const p of regionOptions()) for (const c of p.children ?? []) for (const d of c.children ?? []) countyNames.push(`${p.label}${c.label}${d.label}`);
  }
  return countyNames;
}

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    subjectKind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', provinceCode: '', cityCode: '', districtCode: '', officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, homeAreaText: '', homeDetail: '',
    idFront: [], idBack: [], idHand: [], office: '', mobile: '', email: '', genAI: '', saveClicks: 0, nextClicks: 0,
  }, ({ provinceCode, cityCode, districtCode, homeAreaText, ...r }) => ({
    ...r, officeRegion: pathOfCode(str(districtCode) || str(cityCode) || str(provinceCode)), homeArea: str(homeAreaText).replace(/[\s/／]+/g, ''),
  }));
  const e = useErrs();
  const [lv, setLv] = useState<{ p: Area[]; c: Area[]; d: Area[]; loading: string }>({ p: [], c: [], d: [], loading: 'p' });
  useEffect(() => { void fetchAreas('').then((p) => setLv((x) => ({ ...x, p, loading: '' }))); }, []);
  const pickProvince = (v: string) => {
    setMany({ provinceCode: v, cityCode: '', districtCode: '' });
    setLv((x) => ({ ...x, c: [], d: [], loading: 'c' }));
    void fetchAreas(v).then((c) => setLv((x) => ({ ...x, c, loading: '' })));
  };
  const pickCity = (v: string) => {
    setMany({ cityCode: v, districtCode: '' });
    setLv((x) => ({ ...x, d: [], loading: 'd' }));
    void fetchAreas(v).then((d) => setLv((x) => ({ ...x, d, loading: '' })));
  };
  const areaOpts = (l: Area[]) => l.map((a) => ({ value: a.code, label: a.name }));
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const typed = str(s.homeAreaText).replace(/[\s/／]+/g, '');
  const areaHints = typed.length >= 2 ? counties().filter((n) => n.includes(typed)).slice(0, 8) : [];
  const long = s.prLongTerm === true;
  const labelWidth = 180;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w">
          <Steps current={0} readonly>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps>
        </div>
        <Alert theme="warning" message="请如实填写开办主体信息；负责人证件照片须清晰完整（正面、反面、手持），带 * 的为必填项。" style={{ marginBottom: 16 }} />
        <div className="quad">
          <Card className="q-unit" title="单位信息" bordered>
            <Form labelAlign="right" labelWidth={labelWidth}>
              <Item label="开办主体类型" req>
                <RadioGroup className="subject-kind" variant="default-filled" theme="button" value={str(s.subjectKind) || undefined} options={opts(['个人', '单位'])} onChange={(v) => set('subjectKind', String(v))} />
              </Item>
              <Item label="单位名称" req>{text('unitName', 'unit-name', { max: 60, placeholder: '与单位证件上的名称一致' })}</Item>
              <Item label="单位证件类型" req>
                <Select className="unit-cert-type" placeholder="请选择" value={str(s.unitCertType) || undefined} options={opts(MPS_UNIT_CERTS)} onChange={(v) => set('unitCertType', String(v))} />
              </Item>
              <Item label="单位证件号码" req e={e} k="unitCertNumber">
                {text('unitCertNumber', 'unit-cert-number', { max: 18, blur: (v) => (s.unitCertType === '组织机构代码证' || s.unitCertType === '其他' || validUscc(v) ? '' : '统一社会信用代码校验未通过') })}
              </Item>
              <Item label="单位证件照片" req tips="jpg / png，不超过 4 MB"><Picture s={s} set={set} k="licence" /></Item>
              <Item label="法定代表人" req>{text('legalRep', 'legal-rep', { max: 30 })}</Item>
            </Form>
          </Card>
          <Card className="q-office" title="单位办公地址" bordered>
            <Form labelAlign="right" labelWidth={labelWidth}>
              <Item label="单位办公地址" req>
                <div className="row-inline">
                  <Select className="office-province" style={{ width: 112 }} placeholder="省" loading={lv.loading === 'p'} value={str(s.provinceCode) || undefined} options={areaOpts(lv.p)} onChange={(v) => pickProvince(String(v))} />
                  <Select className="office-city" style={{ width: 112 }} placeholder="市" disabled={!s.provinceCode} loading={lv.loading === 'c'} value={str(s.cityCode) || undefined} options={areaOpts(lv.c)} onChange={(v) => pickCity(String(v))} />
                  <Select className="office-district" style={{ width: 112 }} placeholder="区县" disabled={!s.cityCode} loading={lv.loading === 'd'} value={str(s.districtCode) || undefined} options={areaOpts(lv.d)} onChange={(v) => set('districtCode', String(v))} />
                </div>
              </Item>
              <Item label="单位办公地址 · 详细地址" req>{text('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</Item>
              <p className="help" style={{ paddingLeft: 16 }}>办公地址为单位实际办公场所，须具体到门牌号；属地公安机关将按此地址开展监督检查。</p>
            </Form>
          </Card>
          <Card className="q-principal" title="负责人信息" bordered>
            <Form labelAlign="right" labelWidth={labelWidth}>
              <Item label="负责人姓名" req>{text('prName', 'pr-name', { max: 30 })}</Item>
              <Item label="证件类型" req>
                <Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
              </Item>
              <Item label="证件号码" req e={e} k="prCertNumber">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s, 'prCertType') })}</Item>
              <Item label="证件有效期 · 起" req><Date1 s={s} set={set} k="prValidFrom" cls="pr-valid-from" placeholder="开始日期" /></Item>
              <Item label="证件有效期 · 止" req={!long}><Date1 s={s} set={set} k="prValidTo" cls="pr-valid-to" placeholder={long ? '长期' : '结束日期'} disabled={long} /></Item>
              <Item label="长期有效">
                <div className="row-inline"><Switch className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: !!v, prValidTo: '' })} /><span className="help">{long ? '是' : '否'}</span></div>
              </Item>
              <Item label="常住地址 · 所在地区" req tips="输入省市区名称后从列表选择，如 浙江省杭州市西湖区">
                <AutoComplete className="home-area" value={str(s.homeAreaText)} placeholder="省 / 市 / 区县" filterable={false} options={areaHints}
                  onChange={(v) => set('homeAreaText', String(v ?? ''))} />
              </Item>
              <Item label="常住地址 · 详细地址" req>{text('homeDetail', 'home-detail', { placeholder: '街道、门牌号' })}</Item>
            </Form>
          </Card>
          <Card className="q-contact" title="证件照片及联系方式" bordered>
            <Form labelAlign="right" labelWidth={labelWidth}>
              <Item label="负责人证件" req tips="正面、反面、手持证件照各一张">
                <div className="photos">
                  <div><Picture s={s} set={set} k="idFront" /><div className="photo-cap">负责人证件 · 正面</div></div>
                  <div><Picture s={s} set={set} k="idBack" /><div className="photo-cap">负责人证件 · 反面</div></div>
                  <div><Picture s={s} set={set} k="idHand" /><div className="photo-cap">负责人证件 · 手持</div></div>
                </div>
              </Item>
              <Item label="办公电话" req e={e} k="office">{text('office', 'office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</Item>
              <Item label="手机号码" req e={e} k="mobile">{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="负责人邮箱" req e={e} k="email">{text('email', 'email', { blur: emailRule })}</Item>
              <Item label="是否利用生成式人工智能" req>
                <Select className="gen-ai" style={{ width: 160 }} placeholder="请选择" value={str(s.genAI) || undefined} options={opts(['是', '否'])} onChange={(v) => set('genAI', String(v))} />
              </Item>
            </Form>
          </Card>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout18-aliyun-basic-unit-tdesign-pickdialog': AliyunBasicUnit,
  'heldout18-mps-subject-unit-tdesign-quad': MpsSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
