/**
 * Gen-19 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout19-volcengine-basic-unit-fusion-twincards   验证备案类型 (单位, 火山引擎): TWO CARDS SIDE BY SIDE (主办者 |
 *    网站与备案资源) with labels ON TOP; a whole-tree SEARCHABLE CascaderSelect, a nature Select steering a certificate Select
 *    whose options LOAD after the choice, blur checks, a TAG-mode Select of domains, button radios swapping in an input, a
 *    TRANSFER of instances whose list is FETCHED (short-lived ones disabled); a picture captcha and a consent tick; 验证
 */
import { Button, Card, CascaderSelect, Checkbox, Form, Input, Message, Radio, Select, Step, Transfer } from '@alifd/next';
import type { CascaderSelectDataItem } from '@alifd/next/types/cascader-select';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, regionOptions, validId, validUscc } from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

interface Instance { id: string; name: string; ips: string; left: string; short?: boolean }
const INSTANCES: Instance[] = [
  { id: 'i-yc8r1t6n3b5v2c7d', name: 'ops-bastion', ips: '101.126.9.13', left: '10 个月' },
  { id: 'i-yc4q7x2m9w0e5k3a', name: 'yunqi-web-01', ips: '47.96.56.78 / 2408:4000:1000::10', left: '14 个月' },
  { id: 'i-yc0p2l9k4j6h1g8f', name: 'yunqi-staging', ips: '115.190.33.72', left: '1 个月', short: true },
];

function VolcBasicUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'basic', '单位', {
    regionCode: '', nature: '', certType: '', certNumber: '', unitName: '', domains: [], resourceType: '云服务器ECS', instances: [], authCode: '',
    captcha: '', agreed: false, verifyClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const err = (k: string, m: string) => setErrs((x) => ({ ...x, [k]: m }));
  const item = (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {});
  const [certs, setCerts] = useState<{ nature: string; list: string[] } | null>(null);
  const [rows, setRows] = useState<Instance[] | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const nature = str(s.nature);
  useEffect(() => {
    if (!nature) return undefined;
    const t = setTimeout(() => setCerts({ nature, list: ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] }), 350);
    return () => clearTimeout(t);
  }, [nature]);
  useEffect(() => {
    if (s.resourceType !== '云服务器ECS' || rows) return undefined;
    const t = setTimeout(() => setRows(INSTANCES), 500);
    return () => clearTimeout(t);
  }, [s.resourceType, rows]);
  const certList = certs && certs.nature === nature ? certs.list : [];
  const certLoading = !!nature && !(certs && certs.nature === nature);
  const setDomains = (v: string[]) => {
    const list = v.map((x) => String(x).trim().toLowerCase());
    const bad = list.find((x) => domainRule(x));
    err('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
  };
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    const ok = s.regionCode && s.nature && s.certType && s.certNumber && s.unitName && arr(s.domains).length && (arr(s.instances).length || s.authCode);
    setResult(!s.agreed ? { ok: false, text: '请先阅读并同意服务协议' } : !s.captcha ? { ok: false, text: '请输入图形验证码' } : ok ? { ok: true, text: '验证通过：首次备案' } : { ok: false, text: '请完善必填信息' });
  };
  const card = (cls: string, title: string, children: ReactNode) => (
    <Card className={`twin ${cls}`} free>
      <Card.Header title={title} />
      <Card.Content>{children}</Card.Content>
    </Card>
  );
  const formProps = { labelAlign: 'top' as const, useLabelForErrorMessage: false };
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="vc-side" aria-label="备案管理"><div className="grp">ICP备案</div><a>概览</a><a className="on">备案订单</a><a>备案授权码</a><a>主体与网站</a></nav>
      <div className="vc-main"><div className="vc-body">
        <h2 className="page-title">首次备案</h2>
        <div className="card-w">
          <Step current={0} shape="circle" readOnly>{['验证备案类型', '填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <Message type="notice" style={{ marginBottom: 16 }} title="一个账号只能为一个主体备案；备案域名须完成实名认证，备案实例的剩余时长须不少于 3 个月。" />
        <div className="twins">
          {card('c-subject', '主办者', (
            <Form {...formProps}>
              <FormItem label="主办单位所属区域" required>
                <CascaderSelect className="region" style={{ width: '100%' }} showSearch placeholder="搜索或选择 省 / 市 / 区县" dataSource={regionOptions() as unknown as CascaderSelectDataItem[]}
                  value={str(s.regionCode) || undefined} onChange={(v) => set('regionCode', typeof v === 'string' ? v : '')} />
              </FormItem>
              <FormItem label="主办单位性质" required>
                <Select className="nature" style={{ width: '100%' }} showSearch placeholder="请选择" value={nature || undefined} dataSource={opts(NATURES)}
                  onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
              </FormItem>
              <FormItem label="主办单位证件类型" required help={nature ? undefined : '请先选择主办单位性质'}>
                <Select className="cert-type" style={{ width: '100%' }} placeholder={certLoading ? '加载中…' : '请选择'} disabled={!nature || certLoading} state={certLoading ? 'loading' : undefined}
                  value={str(s.certType) || undefined} dataSource={opts(certList)} onChange={(v) => set('certType', String(v ?? ''))} />
              </FormItem>
              <FormItem label="主办单位证件号码" required {...item('certNumber')}>
                <Input className="cert-number" style={{ width: '100%' }} maxLength={18} placeholder="请输入证件号码" value={str(s.certNumber)} state={errs.certNumber ? 'error' : undefined}
                  onChange={(v) => { set('certNumber', String(v ?? '')); err('certNumber', ''); }}
                  onBlur={(ev) => {
                    const t = String((ev.target as HTMLInputElement).value ?? '').trim();
                    if (t) err('certNumber', s.certType === '居民身份证' ? (validId(t) ? '' : '身份证号码校验未通过') : validUscc(t) ? '' : '统一社会信用代码校验未通过');
                  }} />
              </FormItem>
              <FormItem label="主办单位名称" required>
                <Input className="unit-name" style={{ width: '100%' }} maxLength={60} placeholder="与证件上的名称一致" value={str(s.unitName)} onChange={(v) => set('unitName', String(v ?? ''))} />
              </FormItem>
            </Form>
          ))}
          {card('c-site', '网站与备案资源', (
            <Form {...formProps}>
              <FormItem label="网站域名" required {...item('domains')} help={errs.domains || '输入域名后回车，可填写多个'}>
                <Select className="domains" mode="tag" style={{ width: '100%' }} placeholder="如 example.com" hasArrow={false} value={arr<string>(s.domains)} dataSource={[]}
                  onChange={(v) => setDomains(arr<string>(v).map(String))} />
              </FormItem>
              <FormItem label="备案资源" required>
                <Radio.Group className="resource-type" shape="button" value={str(s.resourceType)} dataSource={['云服务器ECS', '备案授权码']}
                  onChange={(v) => setMany({ resourceType: String(v), instances: [], authCode: '' })} />
              </FormItem>
              {s.resourceType === '备案授权码'
                ? (
                  <FormItem label="备案授权码" required help="在“备案授权码”页面申请">
                    <Input className="auth-code" style={{ width: '100%' }} value={str(s.authCode)} onChange={(v) => set('authCode', String(v ?? ''))} />
                  </FormItem>
                )
                : (
                  <FormItem label="备案实例" required help="选择网站所在的云服务器实例（剩余时长不足 3 个月的不可选）">
                    <Transfer className="instances" titles={['可选实例', '已选实例']} listStyle={{ width: 230, height: 210 }} notFoundContent={[rows ? '暂无实例' : '加载中…', '未选择']}
                      dataSource={(rows ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.id}）公网IP：${r.ips}${r.short ? '，剩余不足3个月' : ''}`, disabled: !!r.short }))}
                      value={arr<string>(s.instances)} onChange={(v) => set('instances', v.map(String))} />
                  </FormItem>
                )}
              <FormItem label="图形验证码" required>
                <div className="row-inline">
                  <Input className="captcha" style={{ width: 140 }} maxLength={4} placeholder="请输入" value={str(s.captcha)} onChange={(v) => set('captcha', String(v ?? ''))} />
                  <span className="vcode" aria-hidden="true">8xQp</span><a className="help">换一张</a>
                </div>
              </FormItem>
            </Form>
          ))}
        </div>
        <div style={{ marginTop: 12 }}>
          <Checkbox className="agreed" checked={s.agreed === true} onChange={(v: boolean) => set('agreed', v)}>我已阅读并同意《火山引擎网站备案服务协议》</Checkbox>
        </div>
        <div className="actions">
          <Button type="primary" onClick={verify}>验证</Button>
          {result ? <span className={result.ok ? 'ok-msg' : 'msg'}>{result.text}</span> : null}
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout19-volcengine-basic-unit-fusion-twincards': VolcBasicUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
