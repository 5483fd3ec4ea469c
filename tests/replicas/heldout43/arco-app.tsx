/**
 * Gen-43 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout43-aliyun-basic-unit-arco-descinputs  填写基本信息 (单位, 阿里云) as DESC INPUTS: two bordered Arco Descriptions
 *    whose value cells hold the controls: a LAZY Cascader, a Select, button Radios listed late once the nature is chosen,
 *    an InputTag, Radios, an Arco Table with radio row selection answered late per resource kind, blur checks; an
 *    agreement tick; 信息校验
 *  - heldout43-mps-subject-unit-arco-navsteps     开办主体 (单位, 公安) as NAV STEPS: navigation Steps over three mounted
 *    panes: button Radios, Selects, a LAZY Cascader and a whole-tree Cascader answered late, a DatePicker + a 长期 Switch
 *    hiding the end, an Upload, blur checks; 保存草稿 / 下一步
 */
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Input, InputTag, Radio, Select, Steps, Switch, Table, Upload } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchCertsOf, fetchRegionTree, fetchUnitResources, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURES,
  pathOfCode, PHONE_RE, validId, validUscc, YES_NO, type AliEcs, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`} style={{ maxWidth: 360 }}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const usccRule = (v: string) => (validUscc(v) ? '' : '统一社会信用代码校验未通过');
const pop = (cls: string) => ({ triggerProps: { className: cls } as never });
/** A description item's label with the required star. */
const L = (t: string, req = true) => <span className="d-label">{req ? <i style={{ color: '#d23c26', fontStyle: 'normal' }}>*</i> : null}{t}</span>;

interface Lazy { value: string; label: string; isLeaf?: boolean; children?: Lazy[] }
function useLazyRoots() {
  const [roots, setRoots] = useState<Lazy[]>([]);
  useEffect(() => { void fetchAreas('', 300).then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadMore = (path: string[]) => fetchAreas(path[path.length - 1] ?? '', 300).then((l) => l.map((a): Lazy => ({ value: a.code, label: a.name, isLeaf: a.leaf || path.length >= 2 })));
  return { roots, loadMore };
}

/* ------------------------------------------------------------------ 阿里云 填写基本信息 (单位): desc inputs */

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    regionCodes: [], nature: '', certType: '', certNumber: '', unitName: '', domains: [], resourceKind: '', instance: '', serviceCode: '',
    prName: '', prCertNumber: '', prMobile: '', agree: false, verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).slice(-1)[0] ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const { roots, loadMore } = useLazyRoots();
  const [certs, setCerts] = useState<string[] | null>(null);
  const [rows, setRows] = useState<AliEcs[] | null>(null);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const pickNature = (n: string) => { setMany({ nature: n, certType: '' }); setCerts(null); void fetchCertsOf(n, 400).then(setCerts); };
  const pickKind = (k: string) => { setMany({ resourceKind: k, instance: '' }); setRows(null); void fetchUnitResources(k, 500).then(setRows); };
  const unit = [
    { label: L('主办单位所属区域'), value: (
      <Cascader className="region" {...pop('region-pop')} style={{ width: 320 }} placeholder="省 / 市 / 区县" loadMore={loadMore} options={roots} value={arr<string>(s.regionCodes)}
        onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
    ) },
    { label: L('主办单位性质'), value: <Select className="nature" {...pop('nature-pop')} style={{ width: 320 }} placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} onChange={(v) => pickNature(String(v))} /> },
    { label: L('主办单位证件类型'), value: (
      !s.nature ? <span className="help cert-wait">请先选择主办单位性质</span>
        : certs === null ? <span className="help cert-loading">正在读取证件类型…</span>
          : <Radio.Group className="cert-type" type="button" value={str(s.certType) || undefined} options={certs} onChange={(v) => set('certType', String(v))} />
    ) },
    { label: L('主办单位证件号码'), value: t('certNumber', 'cert-number', { max: 18, blur: usccRule }) },
    { label: L('主办单位名称'), value: t('unitName', 'unit-name', { max: 128 }) },
  ];
  const columns = [
    { title: '实例名称', dataIndex: 'name' },
    { title: '实例 ID', dataIndex: 'id' },
    { title: '公网IP', dataIndex: 'ip', render: (_: unknown, r: AliEcs) => [r.ip, r.ipv6].filter(Boolean).join(' / ') },
    { title: '到期时间', dataIndex: 'expires', render: (x: string, r: AliEcs) => (r.short ? <span style={{ color: '#d23c26' }}>{x}（剩余不足 3 个月）</span> : x) },
  ];
  const res = [
    { label: L('网站域名'), value: (
      <InputTag className="domains" style={{ width: 360 }} allowClear placeholder="输入一级域名后回车" value={arr<string>(s.domains)} validate={(v) => DOMAIN_RE.test(v)}
        onChange={(v) => set('domains', arr<string>(v).map(String))} />
    ) },
    { label: L('资源类型'), value: <Radio.Group className="resource-kind" value={str(s.resourceKind) || undefined} options={ALIYUN_RESOURCE_KINDS} onChange={(v) => pickKind(String(v))} /> },
    { label: L('备案实例'), value: (
      !s.resourceKind ? <span className="help inst-wait">请先选择资源类型</span> : (
        <Table className="instances" size="small" rowKey="id" pagination={false} loading={rows === null} data={rows ?? []} columns={columns as never} noDataElement={<span className="help">该类型下暂无可用资源</span>}
          rowSelection={{ type: 'radio', selectedRowKeys: s.instance ? [str(s.instance)] : [], checkboxProps: (r: AliEcs) => ({ disabled: !!r.short }), onChange: (keys) => set('instance', String(keys[0] ?? '')) }} />
      )
    ) },
    { label: L('备案服务号', false), value: <div>{t('serviceCode', 'service-code', { placeholder: '使用备案服务号时填写' })}<div className="help">无云服务器时可购买备案服务号</div></div> },
  ];
  const pr = [
    { label: L('主体负责人姓名'), value: t('prName', 'pr-name', { max: 30 }) },
    { label: L('负责人证件号码'), value: t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule('居民身份证') }) },
    { label: L('负责人手机号码'), value: t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule }) },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 填写基本信息</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="card-w"><Steps current={1} size="small">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((x) => <Steps.Step key={x} title={x} />)}</Steps></div>
        <div className="card-w desc-unit"><Descriptions title="主办单位" border column={1} labelStyle={{ width: 200 }} data={unit} /></div>
        <div className="card-w desc-res"><Descriptions title="备案资源" border column={1} labelStyle={{ width: 200 }} data={res} /></div>
        <div className="card-w desc-pr"><Descriptions title="主体负责人（用于阿里云初审回访）" border column={3} layout="inline-vertical" data={pr} /></div>
        <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《信息安全管理协议》</Checkbox>
        <div className="actions">
          <Button type="primary" className="verify" onClick={() => { clicks(s, set, 'verifyClicks')(); setMsg(s.agree ? '校验中，请稍候…' : '请先阅读并同意协议'); }}>信息校验</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 开办主体 (单位): nav steps */

const R = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

const STEPS = ['单位信息', '负责人信息', '联系方式'];

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '', officeCodes: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, homeCode: [], homeDetail: '', prFront: [],
    prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ officeCodes, homeCode, ...r }) => ({ ...r, officeRegion: pathOfCode(arr<string>(officeCodes).slice(-1)[0] ?? ''), homeRegion: pathOfCode(arr<string>(homeCode).slice(-1)[0] ?? '') }));
  const e = useErrs();
  const [cur, setCur] = useState(1);
  const { roots, loadMore } = useLazyRoots();
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchRegionTree(500).then(setTree); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const show = (n: number) => ({ display: cur === n ? '' : 'none' });
  const files = arr<string>(s.prFront);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 · 开办主体</span><span className="who">杭州云栖示例科技有限公司（单位用户）</span></div>
      <div className="mps-body"><div className="card-w">
        <Steps className="nav-steps" type="navigation" current={cur} onChange={(n) => setCur(n)}>{STEPS.map((x) => <Steps.Step key={x} title={x} />)}</Steps>
        <div className="pane p-unit" style={show(1)}>
          <R label="开办主体性质"><Radio.Group className="kind" type="button" value={str(s.kind) || undefined} options={['个人', '单位']} onChange={(v) => set('kind', String(v))} /></R>
          <R label="主办单位名称" help="与单位证件上的名称一致">{t('unitName', 'unit-name', { max: 128 })}</R>
          <R label="主办单位证件类型"><Select className="unit-cert-type" {...pop('unit-cert-type-pop')} style={{ width: 360 }} placeholder="请选择" value={str(s.unitCertType) || undefined} options={opts(MPS_UNIT_CERTS)} onChange={(v) => set('unitCertType', String(v))} /></R>
          <R label="证件号码">{t('unitCertNumber', 'unit-cert-number', { max: 18, blur: usccRule })}</R>
          <R label="法人代表人姓名">{t('legalRep', 'legal-rep', { max: 30 })}</R>
          <R label="单位办公地址" help="省 / 市 / 区县">
            <Cascader className="office-region" {...pop('office-region-pop')} style={{ width: 360 }} placeholder="请选择" loadMore={loadMore} options={roots} value={arr<string>(s.officeCodes)}
              onChange={(v) => set('officeCodes', arr<string>(v).map(String))} />
          </R>
          <R label="办公地址详细地址">{t('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</R>
        </div>
        <div className="pane p-pr" style={show(2)}>
          <R label="负责人姓名">{t('prName', 'pr-name', { max: 30 })}</R>
          <R label="负责人证件类型"><Select className="pr-cert-type" {...pop('pr-cert-type-pop')} style={{ width: 360 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} /></R>
          <R label="负责人证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</R>
          <R label="证件有效期开始"><DatePicker className="pr-valid-from" {...pop('pr-valid-from-pop')} value={str(s.prValidFrom) || undefined} onChange={(d) => set('prValidFrom', d ?? '')} /></R>
          <R label="长期" req={false}><div className="row-inline"><Switch className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })} /><span className="help">证件长期有效时开启</span></div></R>
          {long ? null : <R label="证件有效期结束"><DatePicker className="pr-valid-to" {...pop('pr-valid-to-pop')} value={str(s.prValidTo) || undefined} onChange={(d) => set('prValidTo', d ?? '')} /></R>}
          <R label="负责人常住地址" help="省 / 市 / 区县">
            <Cascader className="home-region" {...pop('home-region-pop')} style={{ width: 360 }} placeholder={tree ? '请选择' : '地区加载中…'} options={(tree ?? []) as never}
              value={arr<string>(s.homeCode)} onChange={(v) => set('homeCode', arr<string>(v).map(String))} />
          </R>
          <R label="常住地址详细地址" help="门牌号可不填">{t('homeDetail', 'home-detail', { placeholder: '街道、门牌号' })}</R>
          <R label="身份证正面" help="jpg / png，不超过 400KB">
            <div className="row-inline up-prFront">
              <Upload className="pr-front" accept="image/png,image/jpeg" autoUpload={false} showUploadList={false} onChange={(l) => set('prFront', l.map((f) => f.originFile?.name ?? f.name ?? '').filter(Boolean).slice(-1))}>
                <Button>{files.length ? '重新上传' : '上传'}</Button>
              </Upload>
              {files.length ? <span className="file-name">{files[0]}</span> : <span className="help">未上传</span>}
            </div>
          </R>
        </div>
        <div className="pane p-contact" style={show(3)}>
          <R label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</R>
          <R label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</R>
          <R label="负责人邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</R>
          <R label="是否利用生成式人工智能"><Select className="gen-ai" {...pop('gen-ai-pop')} style={{ width: 200 }} placeholder="请选择" value={str(s.genAI) || undefined} options={opts(YES_NO)} onChange={(v) => set('genAI', String(v))} /></R>
        </div>
        <div className="actions">
          <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); if (cur < 3) setCur(cur + 1); }}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout43-aliyun-basic-unit-arco-descinputs': AliyunBasicUnit,
  'heldout43-mps-subject-unit-arco-navsteps': MpsSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
