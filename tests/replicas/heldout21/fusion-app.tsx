/**
 * Gen-21 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout21-baidu-basic-person-fusion-inlinegrid   验证备案类型 (个人, 百度智能云): two cards whose fields sit in an INLINE
 *    GRID (three a row, labels on top): a LAZY CascaderSelect (each level fetched), a nature Select steering BUTTON radios
 *    of documents that load after it, a blur-checked number; resource-type radios swapping in an input, a Select of BCC
 *    instances fetched late (short-lived ones disabled); a captcha; 验证
 */
import { Button, CascaderSelect, Form, Grid, Input, Radio, Select, Step } from '@alifd/next';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, fetchAreas, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, validId, validUscc } from './common';
import { ZW_BCC } from './pages';
import { clicks, str, useReplicaState } from './react-state';

const { Row, Col } = Grid;
const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

type Node = { value: string; label: string; isLeaf?: boolean; children?: Node[]; [k: string]: unknown };
interface Bcc { id: string; name: string; ip: string; left: string; short?: boolean }
const BCC: Bcc[] = [
  { id: 'i-Wd2kP9xQ', name: 'bcc-test-01', ip: '106.12.88.4', left: '1 个月', short: true },
  { id: ZW_BCC, name: 'notes-bcc', ip: '47.96.12.34', left: '11 个月' },
  { id: 'i-Lm5rT8yB', name: 'bcc-db', ip: '180.76.15.201', left: '6 个月' },
];

function BaiduBasicPerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'basic', '个人', {
    regionCode: '', nature: '', certType: '', certNumber: '', resourceType: '百度智能云服务器BCC', instance: '', opCode: '', captcha: '', verifyClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const [tree, setTree] = useState<Node[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setTree(l.map((a) => ({ value: a.code, label: a.name })))); }, []);
  const loadData = (data: { value?: unknown }) => fetchAreas(String(data.value)).then((l) => {
    const depth = (list: Node[], d: number): boolean => list.some((n) => {
      if (n.value === data.value) { n.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: d >= 1 })); return true; }
      return n.children ? depth(n.children, d + 1) : false;
    });
    depth(tree, 0);
    setTree((t) => [...t]);
  });
  const nature = str(s.nature);
  const [certs, setCerts] = useState<{ nature: string; list: string[] } | null>(null);
  useEffect(() => {
    if (!nature) return undefined;
    const t = setTimeout(() => setCerts({ nature, list: ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] }), 400);
    return () => clearTimeout(t);
  }, [nature]);
  const certList = certs && certs.nature === nature ? certs.list : null;
  const [rows, setRows] = useState<Bcc[] | null>(null);
  useEffect(() => { const t = setTimeout(() => setRows(BCC), 700); return () => clearTimeout(t); }, []);
  const [errs, setErrs] = useState<Record<string, string>>({});
  const item = (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {});
  const [result, setResult] = useState('');
  const certProblem = (v: string) => (s.certType === '居民身份证' ? (validId(v) ? '' : '身份证号码校验未通过') : nature && nature !== '个人' ? (validUscc(v) ? '' : '证件号码格式不正确') : '');
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    setResult(!s.captcha ? '请输入图形验证码' : '验证中…');
  };
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="bd-side" aria-label="ICP备案"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案操作码</a><a>备案帮助</a></nav>
      <div className="bd-main"><div className="bd-body">
        <h2 className="page-title">首次备案</h2>
        <div className="card-w">
          <Step current={0} shape="circle" readOnly>{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <Form labelAlign="top" useLabelForErrorMessage={false}>
          <div className="grid-card g-type">
            <h3>验证备案类型</h3>
            <Row gutter={24}>
              <Col span={8}>
                <FormItem label="通信地址所属区域" required help="主办者通信地址所在的省、市、区县">
                  <CascaderSelect className="region" style={{ width: '100%' }} placeholder="请选择省 / 市 / 区县" dataSource={tree} loadData={loadData} value={str(s.regionCode) || undefined}
                    onChange={(v) => set('regionCode', String(v ?? ''))} />
                </FormItem>
              </Col>
              <Col span={8}>
                <FormItem label="主办单位性质" required>
                  <Select className="nature" style={{ width: '100%' }} placeholder="请选择" value={nature || undefined} dataSource={opts(NATURES)} onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
                </FormItem>
              </Col>
              <Col span={8}>
                <FormItem label="证件号码" required {...item('certNumber')}>
                  <Input className="cert-number" style={{ width: '100%' }} maxLength={18} placeholder="请输入证件号码" value={str(s.certNumber)}
                    onChange={(v) => { set('certNumber', String(v ?? '')); setErrs((x) => ({ ...x, certNumber: '' })); }}
                    onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t) setErrs((x) => ({ ...x, certNumber: certProblem(t) })); }} />
                </FormItem>
              </Col>
            </Row>
            <Row gutter={24}>
              <Col span={24}>
                <FormItem label="证件类型" required help={!nature ? '请先选择主办单位性质' : certList ? undefined : '正在加载证件类型…'}>
                  {certList
                    ? <Radio.Group className="cert-type" shape="button" value={str(s.certType) || undefined} dataSource={certList} onChange={(v) => set('certType', String(v))} />
                    : <span className="help cert-type-wait">—</span>}
                </FormItem>
              </Col>
            </Row>
          </div>
          <div className="grid-card g-resource">
            <h3>选择备案资源</h3>
            <Row gutter={24}>
              <Col span={8}>
                <FormItem label="资源类型" required>
                  <Radio.Group className="resource-type" value={str(s.resourceType)} dataSource={['百度智能云服务器BCC', '备案操作码']} onChange={(v) => setMany({ resourceType: String(v), instance: '', opCode: '' })} />
                </FormItem>
              </Col>
              <Col span={16}>
                {s.resourceType === '备案操作码'
                  ? (
                    <FormItem label="备案操作码" required help="使用非百度智能云服务器时，在“备案操作码”页面申请">
                      <Input className="op-code" style={{ width: 320 }} value={str(s.opCode)} onChange={(v) => set('opCode', String(v ?? ''))} />
                    </FormItem>
                  )
                  : (
                    <FormItem label="备案实例" required help="剩余时长不足 3 个月的实例不可用于备案">
                      <Select className="instance" style={{ width: 420 }} placeholder={rows ? '请选择实例' : '正在加载实例…'} state={rows ? undefined : 'loading'} value={str(s.instance) || undefined}
                        dataSource={(rows ?? []).map((r) => ({ value: r.id, disabled: !!r.short, label: `${r.name} · ${r.id} · ${r.ip}（剩余 ${r.left}${r.short ? '，不可用' : ''}）` }))}
                        onChange={(v) => set('instance', String(v ?? ''))} />
                    </FormItem>
                  )}
              </Col>
            </Row>
            <Row gutter={24}>
              <Col span={8}>
                <FormItem label="图形验证码" required>
                  <div className="row-inline">
                    <Input className="captcha" style={{ width: 120 }} maxLength={4} value={str(s.captcha)} onChange={(v) => set('captcha', String(v ?? ''))} />
                    <span className="qr" style={{ width: 70, height: 28 }} aria-hidden="true" />
                  </div>
                </FormItem>
              </Col>
            </Row>
          </div>
        </Form>
        <div className="actions">
          <Button type="primary" onClick={verify}>验证</Button>
          {result ? <span className="msg">{result}</span> : null}
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout21-baidu-basic-person-fusion-inlinegrid': BaiduBasicPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
