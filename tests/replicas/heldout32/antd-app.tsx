/**
 * Gen-32 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout32-aliyun-basic-unit-antd-treeinstance   填写基本信息 (单位, 阿里云) as a TWO-COLUMN GRID card under antd Steps: a
 *    LAZY Cascader (loadData per level from the area store), a searchable nature Select, certificate RADIOS filtered by the
 *    nature, blur checks, the instance a TREESELECT (grouped by product) whose tree arrives late; 信息校验
 *  - heldout32-mps-principal-person-antd-segmentpanes  网站负责人 (个人, 公安) as SEGMENTED PANES: an antd Segmented switches
 *    two mounted panes (the other hidden); a 同主体负责人 Checkbox copying the held principal, a Select, a RangePicker, three
 *    Uploads, a Switch hiding the emergency contact's fields; the notice tick; 提交
 */
import { Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Input, Radio, Row, Segmented, Select, Steps, Switch, TreeSelect, Upload } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, NATURES, pathOfCode, UNIT_ECS, validId, validUscc,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const D = (v: string) => (v ? dayjs(v, 'YYYY-MM-DD') : null);

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; disabled?: boolean; placeholder?: string }) {
  const [err, setErr] = useState('');
  return (
    <div>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} disabled={p.disabled} status={err ? 'error' : undefined}
        onChange={(ev) => { p.set(p.k, ev.target.value); setErr(''); }}
        onBlur={(ev) => { const v = ev.target.value.trim(); if (v && p.rule) setErr(p.rule(v)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
/** A label over its control (antd Form-like, without Form's own store). */
const F = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="ant-form-item" style={{ marginBottom: 14 }}>
    <div className="ant-form-item-label" style={{ textAlign: 'left', paddingBottom: 4 }}>
      <label className={p.req === false ? '' : 'ant-form-item-required'}>{p.label}</label>
    </div>
    <div>{p.children}</div>
  </div>
);

/* ------------------------------------------------------------------ 填写基本信息 (单位, 阿里云), grid card + tree select */

interface Opt { value: string; label: string; isLeaf?: boolean; children?: Opt[] }
interface TreeNode { title: string; value: string; selectable?: boolean; children?: TreeNode[] }
const uscc = (v: string) => (validUscc(v) ? '' : '统一社会信用代码校验未通过');
const domainRule = (v: string) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名');

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    regionCodes: [], nature: '', certType: '', certNumber: '', domain: '', instance: '', checkClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const [tree, setTree] = useState<Opt[]>([]);
  const [inst, setInst] = useState<TreeNode[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => {
    void fetchAreas('', 200).then((l) => setTree(l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }))));
    const t = setTimeout(() => setInst([
      { title: '云服务器 ECS', value: 'g-ecs', selectable: false, children: UNIT_ECS.map((e) => ({ title: `${e.name}（${e.ip}）${e.id}`, value: e.id })) },
      { title: '轻量应用服务器', value: 'g-swas', selectable: false, children: [{ title: 'yunqi-lite（8.136.20.15）swas-cn-hz-7d2k', value: 'swas-cn-hz-7d2k' }] },
    ]), 700);
    return () => clearTimeout(t);
  }, []);
  const loadData = (sel: Opt[]) => {
    const t = sel[sel.length - 1]!;
    void fetchAreas(t.value, 250).then((l) => { t.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf })); setTree((o) => [...o]); });
  };
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <Steps current={0} size="small" style={{ marginBottom: 16 }} items={[{ title: '填写基本信息' }, { title: '主办者信息' }, { title: '网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} />
        <Card title="首次备案 · 基本信息" className="grid-card">
          <Row gutter={32}>
            <Col span={12}>
              <F label="主办单位所属区域">
                <Cascader className="region" style={{ width: '100%' }} options={tree} loadData={(x) => loadData(x as Opt[])} changeOnSelect={false} placeholder="省 / 市 / 区县"
                  classNames={{ popup: { root: 'region-pop' } }} value={arr<string>(s.regionCodes).length ? arr<string>(s.regionCodes) : undefined}
                  onChange={(x) => set('regionCodes', arr<string>(x).length === 3 ? arr<string>(x) : [])} />
              </F>
            </Col>
            <Col span={12}>
              <F label="主办单位性质">
                <Select className="nature" showSearch style={{ width: '100%' }} placeholder="请选择或搜索" value={str(s.nature) || undefined} options={opts(NATURES)}
                  classNames={{ popup: { root: 'nature-pop' } }} onChange={(v) => setMany({ nature: v, certType: '' })} />
              </F>
            </Col>
            <Col span={24}>
              <F label="主办单位证件类型">
                {certs.length ? (
                  <Radio.Group className="cert-type" value={str(s.certType) || undefined} onChange={(e) => set('certType', e.target.value)}>
                    {certs.map((c) => <Radio key={c} value={c}>{c}</Radio>)}
                  </Radio.Group>
                ) : <span className="help cert-type">请先选择主办单位性质</span>}
              </F>
            </Col>
            <Col span={12}><F label="主办单位证件号码"><T s={s} set={set} k="certNumber" cls="cert-number" rule={uscc} /></F></Col>
            <Col span={12}><F label="网站域名"><T s={s} set={set} k="domain" cls="domain" rule={domainRule} placeholder="不带 www. 的主域名" /></F></Col>
            <Col span={24}>
              <F label="备案实例">
                <TreeSelect className="instance" style={{ width: '100%' }} treeData={inst ?? []} treeDefaultExpandAll placeholder={inst ? '请选择备案的云资源' : '实例加载中…'}
                  loading={!inst} value={str(s.instance) || undefined} classNames={{ popup: { root: 'instance-pop' } }} onChange={(v) => set('instance', v ?? '')} />
                <div className="help">需为有效期 ≥ 3 个月的包年包月实例；无实例可使用备案服务号。</div>
              </F>
            </Col>
          </Row>
          <Button type="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg(s.domain ? '校验中，请稍候…' : '请填写网站域名'); }}>信息校验</Button>
          <span className="msg" style={{ marginLeft: 12 }}>{msg}</span>
        </Card>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站负责人 (个人, 公安), segmented panes */

const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮件地址格式不正确');

function Up(p: { s: S; set: Setter; k: string; cls: string; label: string }) {
  const names = arr<string>(p.s[p.k]);
  return (
    <div className={`up ${p.cls}`} style={{ display: 'inline-block', marginRight: 24, verticalAlign: 'top' }}>
      <div className="help">{p.label}</div>
      <Upload accept=".jpg,.jpeg,.png" maxCount={1} beforeUpload={() => false} fileList={names.map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done' as const }))}
        onChange={(info) => p.set(p.k, info.fileList.map((f) => f.name))}>
        <Button>上传{p.label}</Button>
      </Upload>
    </div>
  );
}

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '', aqFront: [], aqBack: [], aqHand: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjPhone: '', notice: false, submitClicks: 0,
  });
  const [pane, setPane] = useState('网站安全负责人');
  const [msg, setMsg] = useState('');
  const same = !!s.aqSame;
  const copy = (on: boolean) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(on
      ? { aqSame: true, aqName: h.name, aqCertType: h.certType, aqCertNumber: h.certNumber, aqValidity: [h.validFrom, h.validTo], aqMobile: h.mobile, aqEmail: h.email }
      : { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '' });
  };
  const v = arr<string>(s.aqValidity);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <Steps current={2} size="small" style={{ marginBottom: 16 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
        <div className="card-w">
          <Segmented className="panes" value={pane} options={['网站安全负责人', '网站应急联络人']} onChange={(x) => setPane(String(x))} />
          <div className="seg-pane pane-aq" style={{ display: pane === '网站安全负责人' ? 'block' : 'none' }}>
            <Checkbox className="aq-same" checked={same} onChange={(e) => copy(e.target.checked)}>同主体负责人信息</Checkbox>
            <Row gutter={24} style={{ marginTop: 12 }}>
              <Col span={8}><F label="安全负责人姓名"><T s={s} set={set} k="aqName" cls="aq-name" disabled={same} /></F></Col>
              <Col span={8}><F label="证件类型">
                <Select className="aq-cert-type" style={{ width: '100%' }} disabled={same} value={str(s.aqCertType) || undefined} options={opts(MPS_PERSON_CERTS)} placeholder="请选择"
                  classNames={{ popup: { root: 'aq-cert-type-pop' } }} onChange={(x) => set('aqCertType', x)} />
              </F></Col>
              <Col span={8}><F label="证件号码"><T s={s} set={set} k="aqCertNumber" cls="aq-cert-number" rule={idRule} disabled={same} /></F></Col>
              <Col span={8}><F label="证件有效期">
                <DatePicker.RangePicker className="aq-validity" disabled={same} format="YYYY-MM-DD" value={v.length === 2 ? [D(v[0]!), D(v[1]!)] : null}
                  onChange={(x) => set('aqValidity', x && x[0] && x[1] ? [x[0].format('YYYY-MM-DD'), x[1].format('YYYY-MM-DD')] : [])} />
              </F></Col>
              <Col span={8}><F label="手机号码"><T s={s} set={set} k="aqMobile" cls="aq-mobile" rule={mobile} disabled={same} /></F></Col>
              <Col span={8}><F label="电子邮件地址"><T s={s} set={set} k="aqEmail" cls="aq-email" rule={email} disabled={same} /></F></Col>
            </Row>
            <div className="help" style={{ margin: '4px 0 8px' }}>证件照片须重新上传（jpg / png，不超过 4 MB）。</div>
            <Up s={s} set={set} k="aqFront" cls="aq-front" label="证件正面" />
            <Up s={s} set={set} k="aqBack" cls="aq-back" label="证件反面" />
            <Up s={s} set={set} k="aqHand" cls="aq-hand" label="手持证件照" />
          </div>
          <div className="seg-pane pane-yj" style={{ display: pane === '网站应急联络人' ? 'block' : 'none' }}>
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <Switch className="yj-same" checked={!!s.yjSame} onChange={(on) => setMany(on ? { yjSame: true, yjName: '', yjCertType: '', yjCertNumber: '', yjPhone: '' } : { yjSame: false })} />
              <span>应急联络人 · 同主体负责人</span>
            </div>
            {s.yjSame ? <div className="help yj-summary" style={{ marginTop: 8 }}>将使用主体负责人 张伟 的信息作为应急联络人。</div> : (
              <Row gutter={24} style={{ marginTop: 12 }}>
                <Col span={12}><F label="联络人姓名"><T s={s} set={set} k="yjName" cls="yj-name" /></F></Col>
                <Col span={12}><F label="联络人证件类型">
                  <Select className="yj-cert-type" style={{ width: '100%' }} value={str(s.yjCertType) || undefined} options={opts(MPS_PERSON_CERTS)} placeholder="请选择"
                    classNames={{ popup: { root: 'yj-cert-type-pop' } }} onChange={(x) => set('yjCertType', x)} />
                </F></Col>
                <Col span={12}><F label="联络人证件号码"><T s={s} set={set} k="yjCertNumber" cls="yj-cert-number" rule={idRule} /></F></Col>
                <Col span={12}><F label="联络人手机号码"><T s={s} set={set} k="yjPhone" cls="yj-phone" rule={mobile} /></F></Col>
              </Row>
            )}
          </div>
        </div>
        <div className="card-w">
          <Checkbox className="notice" checked={!!s.notice} onChange={(e) => set('notice', e.target.checked)}>我已阅读《互联网信息服务单位网络安全责任告知书》</Checkbox>
        </div>
        <div className="actions">
          <Button type="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.notice ? '已提交' : '请先阅读并勾选责任告知书'); }}>提交</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout32-aliyun-basic-unit-antd-treeinstance': AliyunBasicUnit,
  'heldout32-mps-principal-person-antd-segmentpanes': MpsPrincipalPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
