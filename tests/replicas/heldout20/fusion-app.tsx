/**
 * Gen-20 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout20-huawei-basic-person-fusion-checkpanel   基础信息校验 (个人, 华为云): the form card on the left (LEFT labels) and a
 *    sticky 校验结果 panel on the right listing each check live; THREE region Selects fetched level by level, a nature
 *    Select, a name whose LABEL follows the nature (主办单位名称 → 主办人姓名), a document Select following the nature, a
 *    blur-checked number, resource-type radios swapping in an input, a TABLE of the account's servers with a RADIO per row
 *    (fetched; short-lived ones disabled); a consent tick; 开始校验
 */
import { Button, Checkbox, Form, Input, Message, Radio, Select, Step, Table } from '@alifd/next';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, fetchAreas, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, validId, validUscc, type Area } from './common';
import { ZW_HUAWEI_ECS } from './pages';
import { clicks, str, useReplicaState } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

interface Server { id: string; name: string; eip: string; region: string; billing: string; left: string; short?: boolean }
const SERVERS: Server[] = [
  { id: '0b6e2f4a-93c1-4d57-8e2a-71f5c0d9b3a6', name: 'ecs-notes-test', eip: '122.112.5.61', region: '华东-上海一', billing: '包年/包月', left: '2 个月', short: true },
  { id: ZW_HUAWEI_ECS, name: 'ecs-notes', eip: '47.96.12.34', region: '华东-上海一', billing: '包年/包月', left: '10 个月' },
  { id: '9d3a7c1e-25b8-4f60-a4d9-3e8b6f2c0a17', name: 'ecs-backup', eip: '124.70.88.213', region: '华北-北京四', billing: '包年/包月', left: '5 个月' },
];

function useAreas(parent: string, enabled: boolean) {
  const [list, setList] = useState<{ parent: string; areas: Area[] } | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void fetchAreas(parent).then((areas) => { if (live) setList({ parent, areas }); });
    return () => { live = false; };
  }, [parent, enabled]);
  const ready = !!list && list.parent === parent;
  return { loading: enabled && !ready, options: ready ? list!.areas.map((a) => ({ value: a.code, label: a.name })) : [] };
}

function HuaweiBasicPerson() {
  const { s, set, setMany } = useReplicaState('huawei', 'basic', '个人', {
    provinceCode: '', cityCode: '', districtCode: '', nature: '', name: '', certType: '', certNumber: '', resourceType: '弹性云服务器ECS', server: '', authCode: '',
    agreed: false, verifyClicks: 0,
  }, ({ provinceCode, cityCode, districtCode, ...r }) => ({ ...r, region: pathOfCode(str(districtCode) || str(cityCode) || str(provinceCode)) }));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const err = (k: string, m: string) => setErrs((x) => ({ ...x, [k]: m }));
  const item = (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {});
  const provinces = useAreas('', true);
  const cities = useAreas(str(s.provinceCode), !!s.provinceCode);
  const districts = useAreas(str(s.cityCode), !!s.cityCode);
  const [rows, setRows] = useState<Server[] | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (s.resourceType !== '弹性云服务器ECS' || rows) return undefined;
    const t = setTimeout(() => setRows(SERVERS), 500);
    return () => clearTimeout(t);
  }, [s.resourceType, rows]);
  const nature = str(s.nature);
  const person = nature === '个人';
  const certs = nature ? ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] : [];
  const certProblem = (v: string) => (s.certType === '居民身份证' ? (validId(v) ? '' : '身份证号码校验未通过') : !person && nature ? (validUscc(v) ? '' : '统一社会信用代码校验未通过') : '');
  const picked = SERVERS.find((x) => x.id === s.server);
  type Check = [string, 'ok' | 'bad' | 'todo', string];
  const checks: Check[] = [
    ['备案地域', s.districtCode ? 'ok' : 'todo', s.districtCode ? pathOfCode(str(s.districtCode)).join(' / ') : '请选择到区县'],
    ['主办单位性质', nature ? 'ok' : 'todo', nature || '待选择'],
    [person ? '主办人姓名' : '主办单位名称', s.name ? 'ok' : 'todo', str(s.name) || '待填写'],
    ['证件号码', !s.certNumber ? 'todo' : certProblem(str(s.certNumber)) ? 'bad' : 'ok', !s.certNumber ? '待填写' : certProblem(str(s.certNumber)) || '格式校验通过'],
    ['备案资源', s.resourceType === '备案授权码' ? (s.authCode ? 'ok' : 'todo') : picked ? 'ok' : 'todo', s.resourceType === '备案授权码' ? (str(s.authCode) || '待填写授权码') : picked ? `${picked.name}（剩余 ${picked.left}）` : '请选择云服务器'],
  ];
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    const ok = checks.every((c) => c[1] === 'ok');
    setResult(!s.agreed ? { ok: false, text: '请先阅读并同意服务协议' } : ok ? { ok: true, text: '校验通过，请继续填写主体信息' } : { ok: false, text: '请根据右侧校验结果完善信息' });
  };
  const labelCol = { fixedSpan: 7 };
  return (
    <>
      <div className="hw-top"><span className="logo" /><b>华为云</b><span>备案中心</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="hw-side" aria-label="备案中心"><div className="grp">ICP备案</div><a>总览</a><a className="on">我的备案</a><a>备案授权码</a><a>备案材料下载</a></nav>
      <div className="hw-main"><div className="hw-body">
        <h2 className="page-title">新增备案 · 基础信息校验</h2>
        <div className="card-w">
          <Step current={0} shape="circle" readOnly>{['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <Message type="notice" style={{ marginBottom: 16 }} title="请使用已实名认证的华为云账号办理；备案使用的弹性云服务器须为包年/包月且剩余时长不少于 3 个月，或使用备案授权码。" />
        <div className="hw-split">
          <div className="hw-form">
            <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false}>
              <FormItem label="备案地域" required help="主办单位（主办人）所在的省、市、区县">
                <div className="region3">
                  <Select className="r-province" style={{ width: 140 }} placeholder="省份" state={provinces.loading ? 'loading' : undefined} value={str(s.provinceCode) || undefined} dataSource={provinces.options}
                    onChange={(v) => setMany({ provinceCode: String(v ?? ''), cityCode: '', districtCode: '' })} />
                  <Select className="r-city" style={{ width: 140 }} placeholder="城市" disabled={!s.provinceCode} state={cities.loading ? 'loading' : undefined} value={str(s.cityCode) || undefined} dataSource={cities.options}
                    onChange={(v) => setMany({ cityCode: String(v ?? ''), districtCode: '' })} />
                  <Select className="r-district" style={{ width: 140 }} placeholder="区县" disabled={!s.cityCode} state={districts.loading ? 'loading' : undefined} value={str(s.districtCode) || undefined} dataSource={districts.options}
                    onChange={(v) => set('districtCode', String(v ?? ''))} />
                </div>
              </FormItem>
              <FormItem label="主办单位性质" required>
                <Select className="nature" style={{ width: 300 }} showSearch placeholder="请选择" value={nature || undefined} dataSource={opts(NATURES)}
                  onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
              </FormItem>
              <FormItem label={person ? '主办人姓名' : '主办单位名称'} required help={person ? '与身份证上的姓名一致' : '与单位证件上的名称一致'}>
                <Input className="holder-name" style={{ width: 300 }} maxLength={60} placeholder="请输入" value={str(s.name)} onChange={(v) => set('name', String(v ?? ''))} />
              </FormItem>
              <FormItem label="证件类型" required help={nature ? undefined : '请先选择主办单位性质'}>
                <Select className="cert-type" style={{ width: 300 }} placeholder="请选择" disabled={!nature} value={str(s.certType) || undefined} dataSource={opts(certs)}
                  onChange={(v) => set('certType', String(v ?? ''))} />
              </FormItem>
              <FormItem label="证件号码" required {...item('certNumber')}>
                <Input className="cert-number" style={{ width: 300 }} maxLength={18} placeholder="请输入证件号码" value={str(s.certNumber)} state={errs.certNumber ? 'error' : undefined}
                  onChange={(v) => { set('certNumber', String(v ?? '')); err('certNumber', ''); }}
                  onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t) err('certNumber', certProblem(t)); }} />
              </FormItem>
              <FormItem label="资源类型" required>
                <Radio.Group className="resource-type" value={str(s.resourceType)} dataSource={['弹性云服务器ECS', '备案授权码']}
                  onChange={(v) => setMany({ resourceType: String(v), server: '', authCode: '' })} />
              </FormItem>
              {s.resourceType === '备案授权码'
                ? (
                  <FormItem label="备案授权码" required help="使用非华为云服务器时，在“备案授权码”页面申请">
                    <Input className="auth-code" style={{ width: 300 }} value={str(s.authCode)} onChange={(v) => set('authCode', String(v ?? ''))} />
                  </FormItem>
                )
                : (
                  <FormItem label="云服务器" required help="选择网站所在的弹性云服务器（包年/包月，剩余时长不少于 3 个月）">
                    <Table className="servers" size="small" primaryKey="id" loading={!rows} dataSource={rows ?? []} hasBorder
                      rowSelection={{
                        mode: 'single', selectedRowKeys: s.server ? [str(s.server)] : [],
                        onChange: (keys: (string | number)[]) => set('server', String(keys[0] ?? '')),
                        getProps: (r: Server) => ({ disabled: !!r.short }),
                      }}>
                      <Table.Column title="名称 / ID" dataIndex="name" width={260} cell={(v: string, i: number, r: Server) => <div><div>{v}</div><div className="help">{r.id}</div></div>} />
                      <Table.Column title="弹性公网IP" dataIndex="eip" width={130} />
                      <Table.Column title="区域" dataIndex="region" width={110} />
                      <Table.Column title="计费模式" dataIndex="billing" width={90} />
                      <Table.Column title="剩余时长" dataIndex="left" width={110} cell={(v: string, i: number, r: Server) => (r.short ? <span className="msg">{v}（不足3个月）</span> : v)} />
                    </Table>
                  </FormItem>
                )}
            </Form>
            <div style={{ marginTop: 8 }}>
              <Checkbox className="agreed" checked={s.agreed === true} onChange={(v: boolean) => set('agreed', v)}>我已阅读并同意《华为云网站备案服务协议》</Checkbox>
            </div>
            <div className="actions">
              <Button type="primary" onClick={verify}>开始校验</Button>
              {result ? <span className={result.ok ? 'ok-msg' : 'msg'}>{result.text}</span> : null}
            </div>
          </div>
          <aside className="hw-checks" aria-label="校验结果">
            <h4>校验结果</h4>
            <ul>
              {checks.map(([t, st, d]) => (
                <li key={t} className={`chk-${st}`}><span className={st}>{st === 'ok' ? '✓' : st === 'bad' ? '✗' : '○'}</span><span><b>{t}</b><br /><span className="help">{d}</span></span></li>
              ))}
            </ul>
          </aside>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout20-huawei-basic-person-fusion-checkpanel': HuaweiBasicPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
