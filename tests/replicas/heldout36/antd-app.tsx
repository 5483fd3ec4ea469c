/**
 * Gen-36 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout36-mps-subject-unit-antd-collapse      开办主体 (单位, 公安) as a COLLAPSE: three antd Collapse panels, all open
 *    (单位信息 / 负责人信息 / 联系方式); a Select, button radios, an Upload of the licence, THREE Selects of the office region
 *    loaded level by level, a whole-tree Cascader of the residence + its street line, a typed start date (blur) + a 长期有效
 *    Switch, two Uploads, 是 / 否 radios, blur checks; 保存草稿 / 下一步
 *  - heldout36-tencent-basic-person-antd-navsteps  Tencent Cloud 验证备案类型 (个人) as NAV STEPS over one Card: an antd
 *    Cascader loading each level late, button radios, a Select, blur checks, 备案云服务 radios; 云服务器 shows a Table of the
 *    person's CVMs answered late (a radio per row, one too short to pick), 备案授权码 shows a code input; 验证
 */
import { Button, Card, Cascader, Col, Collapse, ConfigProvider, Divider, Form, Input, Radio, Row, Select, Space, Steps, Switch, Table, Upload } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchPersonCvms, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, pathOfCode, PHONE_RE, regionOptions,
  validId, validUscc, type Area, type PersonCvm,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean; maxLength?: number }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <>
      <Input className={p.cls} value={v} disabled={p.disabled} maxLength={p.maxLength} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : undefined}
        onChange={(ev) => p.set(p.k, ev.target.value)}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </>
  );
}
const FI = (p: { label: string; req?: boolean; children: React.ReactNode }) => <Form.Item label={p.label} required={p.req !== false}>{p.children}</Form.Item>;
function Up(p: { s: S; set: Setter; k: string; cls: string; label: string }) {
  const names = arr<string>(p.s[p.k]);
  return (
    <Upload className={p.cls} accept=".jpg,.jpeg,.png" listType="picture-card" maxCount={1} beforeUpload={() => false}
      fileList={names.map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done' as const }))} onChange={(info) => p.set(p.k, info.fileList.map((f) => f.name))}>
      {names.length ? null : <div style={{ fontSize: 12 }}>+ {p.label}</div>}
    </Upload>
  );
}

/* ------------------------------------------------------------------ 开办主体 (单位, 公安), collapse */

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', offProv: '', offCity: '', offDist: '', officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prLongTerm: false, prFront: [], prBack: [], homeCodes: [], homeDetail: '',
    prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ offProv, offCity, offDist, homeCodes, ...r }) => ({
    ...r, officeRegion: pathOfCode(str(offDist) || str(offCity) || str(offProv)), homeRegion: pathOfCode(arr<string>(homeCodes).at(-1) ?? ''),
  }));
  const [areas, setAreas] = useState<{ provs: Area[]; cities: Area[]; dists: Area[] }>({ provs: [], cities: [], dists: [] });
  const [msg, setMsg] = useState('');
  const tree = useMemo(() => regionOptions(), []);
  useEffect(() => { void fetchAreas('').then((provs) => setAreas((a) => ({ ...a, provs }))); }, []);
  const setProv = (v: string) => { setMany({ offProv: v, offCity: '', offDist: '' }); setAreas((a) => ({ ...a, cities: [], dists: [] })); if (v) void fetchAreas(v).then((cities) => setAreas((a) => ({ ...a, cities }))); };
  const setCity = (v: string) => { setMany({ offCity: v, offDist: '' }); setAreas((a) => ({ ...a, dists: [] })); if (v) void fetchAreas(v).then((dists) => setAreas((a) => ({ ...a, dists }))); };
  const area = (cls: string, l: Area[], v: unknown, on: (v: string) => void, ph: string) => (
    <Select className={cls} style={{ width: 150 }} virtual={false} placeholder={ph} value={str(v) || undefined} options={l.map((a) => ({ value: a.code, label: a.name }))}
      classNames={{ popup: { root: `${cls}-pop` } }} onChange={(x) => on(String(x ?? ''))} />
  );
  const items = [
    {
      key: 'unit', label: '单位信息', className: 'p-unit', children: (
        <Row gutter={24}>
          <Col span={12}><FI label="开办主体性质"><Select className="kind" placeholder="请选择" value={str(s.kind) || undefined} options={opts(['个人', '单位'])}
            classNames={{ popup: { root: 'kind-pop' } }} onChange={(v) => set('kind', v)} /></FI></Col>
          <Col span={12}><FI label="主办单位名称"><T s={s} set={set} k="unitName" cls="unit-name" /></FI></Col>
          <Col span={24}><FI label="单位证件类型"><Radio.Group className="unit-cert-type" optionType="button" value={str(s.unitCertType) || undefined} options={MPS_UNIT_CERTS}
            onChange={(e) => set('unitCertType', e.target.value)} /></FI></Col>
          <Col span={12}><FI label="单位证件号码"><T s={s} set={set} k="unitCertNumber" cls="unit-cert-number" maxLength={18}
            rule={(v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过')} /></FI></Col>
          <Col span={12}><FI label="法人代表人姓名"><T s={s} set={set} k="legalRep" cls="legal-rep" /></FI></Col>
          <Col span={24}><FI label="有效证件"><Up s={s} set={set} k="licence" cls="licence" label="上传证件" /></FI></Col>
          <Col span={24}><FI label="单位办公地址">
            <Space>{area('off-prov', areas.provs, s.offProv, setProv, '省')}{area('off-city', areas.cities, s.offCity, setCity, '市')}{area('off-dist', areas.dists, s.offDist, (v) => set('offDist', v), '区县')}</Space>
          </FI></Col>
          <Col span={24}><FI label="办公地址详细"><T s={s} set={set} k="officeDetail" cls="office-detail" placeholder="街道、门牌号" /></FI></Col>
        </Row>
      ),
    },
    {
      key: 'pr', label: '负责人信息', className: 'p-pr', children: (
        <Row gutter={24}>
          <Col span={12}><FI label="负责人姓名"><T s={s} set={set} k="prName" cls="pr-name" /></FI></Col>
          <Col span={12}><FI label="证件类型"><Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)}
            classNames={{ popup: { root: 'pr-cert-type-pop' } }} onChange={(v) => set('prCertType', v)} /></FI></Col>
          <Col span={12}><FI label="证件号码"><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" maxLength={18} rule={idRule} /></FI></Col>
          <Col span={12}><FI label="证件有效期开始"><T s={s} set={set} k="prValidFrom" cls="pr-valid-from" placeholder="YYYY-MM-DD"
            rule={(v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 YYYY-MM-DD')} /></FI></Col>
          <Col span={12}><FI label="长期有效" req={false}><Switch className="pr-long-term" checked={!!s.prLongTerm} onChange={(v) => set('prLongTerm', v)} />
            <span className="help" style={{ marginLeft: 8 }}>{s.prLongTerm ? '证件长期有效' : '证件有截止日期'}</span></FI></Col>
          <Col span={24}><FI label="负责人证件照片">
            <Space size={24}><div><div className="help">负责人证件正面</div><Up s={s} set={set} k="prFront" cls="pr-front" label="正面" /></div>
              <div><div className="help">负责人证件反面</div><Up s={s} set={set} k="prBack" cls="pr-back" label="反面" /></div></Space>
          </FI></Col>
          <Col span={12}><FI label="负责人常住地址"><Cascader className="home-region" options={tree} placeholder="省 / 市 / 区县" classNames={{ popup: { root: 'home-region-pop' } }}
            value={arr<string>(s.homeCodes).length ? arr<string>(s.homeCodes) : undefined} onChange={(v) => set('homeCodes', arr<string>(v))} /></FI></Col>
          <Col span={12}><FI label="常住地址详细"><T s={s} set={set} k="homeDetail" cls="home-detail" placeholder="街道、门牌号" /></FI></Col>
        </Row>
      ),
    },
    {
      key: 'contact', label: '联系方式', className: 'p-contact', children: (
        <Row gutter={24}>
          <Col span={8}><FI label="办公室电话" req={false}><T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} /></FI></Col>
          <Col span={8}><FI label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" maxLength={11} rule={mobile} /></FI></Col>
          <Col span={8}><FI label="负责人邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确')} /></FI></Col>
          <Col span={24}><FI label="是否利用生成式人工智能"><Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={['是', '否']} onChange={(e) => set('genAI', e.target.value)} /></FI></Col>
        </Row>
      ),
    },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 开办主体</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <Steps current={0} size="small" style={{ marginBottom: 16 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
        <Form layout="vertical" component="div">
          <Collapse className="subject-collapse" defaultActiveKey={['unit', 'pr', 'contact']} items={items} />
        </Form>
        <div className="actions">
          <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.kind ? '' : '请选择开办主体性质'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 验证备案类型 (个人, 腾讯云), nav steps */

interface CascOpt { value: string; label: string; isLeaf?: boolean; children?: CascOpt[] }
const PERSON_NATURES = ['企业', '政府机关', '事业单位', '社会团体', '个人'];

function TencentBasicPerson() {
  const { s, set, setMany } = useReplicaState('tencent', 'basic', '个人', {
    regionCodes: [], nature: '', certType: '', certNumber: '', domain: '', cloudKind: '云服务器', server: '', authCode: '', verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const [roots, setRoots] = useState<CascOpt[]>([]);
  const [cvms, setCvms] = useState<PersonCvm[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  useEffect(() => { if (s.cloudKind === '云服务器') { setCvms(null); void fetchPersonCvms(600).then(setCvms); } }, [s.cloudKind]);
  const loadData = (sel: CascOpt[]) => {
    const t = sel[sel.length - 1]!;
    void fetchAreas(t.value, 300).then((l) => {
      t.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf || sel.length >= 2 }));
      setRoots((r) => [...r]);
    });
  };
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>网站备案</span><span className="who">张伟</span></div>
      <div className="tc-body">
        <Steps type="navigation" size="small" current={0} className="nav-steps" style={{ background: '#fff', marginBottom: 16 }}
          items={[{ title: '验证备案类型' }, { title: '填写主体信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交' }]} />
        <Card title="验证备案类型" className="verify-card" extra={<span className="help">请如实填写，验证通过后将进入下一步</span>}>
          <Form layout="horizontal" labelCol={{ flex: '130px' }} component="div" style={{ maxWidth: 720 }}>
            <FI label="备案地域">
              <Cascader className="region" options={roots} loadData={loadData as never} changeOnSelect={false} placeholder="请选择主办者所在省 / 市 / 区县"
                classNames={{ popup: { root: 'region-pop' } }} value={arr<string>(s.regionCodes).length ? arr<string>(s.regionCodes) : undefined}
                onChange={(v) => set('regionCodes', arr<string>(v))} />
            </FI>
            <FI label="主办者性质"><Radio.Group className="nature" optionType="button" value={str(s.nature) || undefined} options={PERSON_NATURES}
              onChange={(e) => setMany({ nature: e.target.value, certType: '' })} /></FI>
            <FI label="证件类型"><Select className="cert-type" placeholder={certs.length ? '请选择' : '请先选择主办者性质'} value={str(s.certType) || undefined} options={opts(certs)}
              classNames={{ popup: { root: 'cert-type-pop' } }} onChange={(v) => set('certType', v)} /></FI>
            <FI label="证件号码"><T s={s} set={set} k="certNumber" cls="cert-number" maxLength={18}
              rule={(v) => (s.nature === '个人' ? idRule(v) : validUscc(v) ? '' : '统一社会信用代码校验未通过')} /></FI>
            <FI label="网站域名"><T s={s} set={set} k="domain" cls="domain" placeholder="不带 www. 的主域名，如 example.cn"
              rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名')} /></FI>
            <Divider titlePlacement="start" plain>备案云服务</Divider>
            <FI label="备案云服务">
              <Radio.Group className="cloud-kind" value={str(s.cloudKind)} options={['云服务器', '备案授权码']}
                onChange={(e) => setMany({ cloudKind: e.target.value, server: '', authCode: '' })} />
            </FI>
            {s.cloudKind === '云服务器' ? (
              <FI label="备案云服务器">
                <Table<PersonCvm> className="servers" size="small" bordered pagination={false} rowKey="id" loading={!cvms} dataSource={cvms ?? []}
                  rowSelection={{ type: 'radio', selectedRowKeys: str(s.server) ? [str(s.server)] : [], onChange: (keys) => set('server', String(keys[0] ?? '')),
                    getCheckboxProps: (r) => ({ disabled: !!r.short, className: `srv-${r.id}` }) }}
                  columns={[{ title: '实例ID', dataIndex: 'id' }, { title: '名称', dataIndex: 'name' }, { title: '公网IP', dataIndex: 'ip' }, { title: '地域', dataIndex: 'region' },
                    { title: '到期时间', dataIndex: 'expires', render: (v: string, r) => <>{v}{r.short ? <span className="help">（不足 3 个月）</span> : null}</> }]} />
              </FI>
            ) : (
              <FI label="备案授权码"><T s={s} set={set} k="authCode" cls="auth-code" placeholder="请输入备案授权码" /></FI>
            )}
          </Form>
          <div className="actions">
            <Button type="primary" className="verify" onClick={() => { clicks(s, set, 'verifyClicks')(); setMsg(s.server || s.authCode ? '验证中…' : '请选择备案云服务'); }}>验证</Button>
            <span className="msg">{msg}</span>
          </div>
        </Card>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout36-mps-subject-unit-antd-collapse': MpsSubjectUnit,
  'heldout36-tencent-basic-person-antd-navsteps': TencentBasicPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
