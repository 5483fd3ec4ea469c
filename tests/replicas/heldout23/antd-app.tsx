/**
 * Gen-23 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout23-aliyun-apply-unit-antd-accessorder   a unit's 接入备案 order (阿里云; FORMS §1.1, the system judged the type):
 *    ONE page of four CARDS, labels on top, fields in a two-column GRID; the earlier filing numbers (blur checks; the profile
 *    has none), an optional field no fill may touch, a nature Select steering a certificate Select, a blur-checked USCC, a
 *    LAZY Cascader, a MULTIPLE Select of the account's domains fetched late, a TABLE of ECS instances with CHECKBOX row
 *    selection (one disabled), the site principal's three inputs; a 承诺 tick; 上一步 / 提交接入备案
 */
import { Alert, Button, Card, Cascader, Checkbox, Col, ConfigProvider, Form, Input, Row, Select, Steps, Table } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, MOBILE_RE, NATURES, pathOfCode, personSiteNameProblem, validId, validUscc } from './common';
import { YQ_ECS } from './pages';
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

function Item(p: { label: string; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

interface AreaOpt { value: string; label: string; isLeaf: boolean; children?: AreaOpt[] }
interface Ecs { id: string; name: string; ip: string; ipv6: string; expires: string; short?: boolean }
const ECS: Ecs[] = [
  { id: 'i-bp1a8c2tst9n0q3k', name: 'yunqi-test', ip: '121.40.88.17', ipv6: '', expires: '2026-08-30' },
  { id: YQ_ECS, name: 'yunqi-www', ip: '47.96.56.78', ipv6: '2408:4000:1000::10', expires: '2027-11-01' },
  { id: 'i-bp17mq0old5e2w1z', name: 'yunqi-old', ip: '118.31.40.2', ipv6: '', expires: '2026-01-05', short: true },
];
/** The account's real-name domains (held by the unit), answered after a delay. */
const ACCOUNT_DOMAINS = ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net'];

const icpRule = (site: boolean) => (v: string) => ((site ? /^[\u4e00-\u9fff]ICP备\d{6,}号-\d+$/ : /^[\u4e00-\u9fff]ICP备\d{6,}号$/).test(v) ? '' : site ? '格式如 浙ICP备12345678号-1' : '格式如 浙ICP备12345678号');

function AliyunApplyUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '单位', {
    entityIcpNumber: '', siteIcpNumber: '', oldProvider: '', nature: '', certType: '', certNumber: '', regionCodes: [], mailDetail: '',
    siteName: '', domains: [], instances: [], wpName: '', wpCertNumber: '', wpMobile: '', promise: false, prevClicks: 0, submitClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [areas, setAreas] = useState<AreaOpt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setAreas(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const [accountDomains, setAccountDomains] = useState<string[] | null>(null);
  useEffect(() => { const t = setTimeout(() => setAccountDomains(ACCOUNT_DOMAINS), 600); return () => clearTimeout(t); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.entityIcpNumber || !s.siteIcpNumber ? '接入备案须填写原主体备案号与网站备案号' : !arr(s.instances).length ? '请选择接入云资源' : !s.promise ? '请勾选承诺' : '已提交');
  };
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={1} size="small" items={['信息校验', '填写订单', '上传资料', '提交初审'].map((title) => ({ title }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="系统检测到该主体及网站已在其他接入商备案，本订单为「接入备案」：请填写原备案号并核对主体与网站信息，新增阿里云为接入商。" />
        <Form layout="vertical">
          <Card className="order-card c-old" title="原备案信息" size="small">
            <Row gutter={24}>
              <Col span={12}><Item label="主体备案号" req e={e} k="entityIcpNumber" extra="如 浙ICP备12345678号">{text('entityIcpNumber', 'entity-icp', { blur: icpRule(false) })}</Item></Col>
              <Col span={12}><Item label="网站备案号" req e={e} k="siteIcpNumber" extra="如 浙ICP备12345678号-1">{text('siteIcpNumber', 'site-icp', { blur: icpRule(true) })}</Item></Col>
              <Col span={12}><Item label="原接入服务商（选填）">{text('oldProvider', 'old-provider', { placeholder: '原接入商名称' })}</Item></Col>
            </Row>
          </Card>
          <Card className="order-card c-unit" title="主办单位信息核对" size="small">
            <Row gutter={24}>
              <Col span={12}><Item label="主办单位名称"><Input className="unit-name" value="杭州云栖示例科技有限公司" disabled /></Item></Col>
              <Col span={12}>
                <Item label="主办单位性质" req>
                  <Select className="nature" classNames={{ popup: { root: 'nature-pop' } }} placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)}
                    onChange={(v) => setMany({ nature: v, certType: '' })} />
                </Item>
              </Col>
              <Col span={12}>
                <Item label="主办单位证件类型" req>
                  <Select className="cert-type" classNames={{ popup: { root: 'cert-type-pop' } }} placeholder={s.nature ? '请选择' : '请先选择主办单位性质'} disabled={!s.nature} value={str(s.certType) || undefined}
                    options={opts(certs)} onChange={(v) => set('certType', v)} />
                </Item>
              </Col>
              <Col span={12}>
                <Item label="主办单位证件号码" req e={e} k="certNumber">
                  {text('certNumber', 'cert-number', { max: 18, blur: (v) => (s.nature === '个人' ? (validId(v) ? '' : '证件号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过') })}
                </Item>
              </Col>
              <Col span={12}>
                <Item label="主办单位所属区域" req>
                  <Cascader className="region" classNames={{ popup: { root: 'region-pop' } }} placeholder="省 / 市 / 区县" options={areas} value={arr<string>(s.regionCodes)}
                    loadData={(sel) => {
                      const target = sel[sel.length - 1] as AreaOpt;
                      void fetchAreas(target.value).then((l) => {
                        target.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: sel.length >= 2 }));
                        setAreas((x) => [...x]);
                      });
                    }}
                    onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
                </Item>
              </Col>
              <Col span={12}>
                <Item label="主办单位通信地址" req e={e} k="mailDetail" extra="所属区域之后的街道、门牌号">
                  {text('mailDetail', 'mail-detail', { blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
                </Item>
              </Col>
            </Row>
          </Card>
          <Card className="order-card c-site" title="网站信息核对" size="small">
            <Row gutter={24}>
              <Col span={12}>
                <Item label="网站名称" req e={e} k="siteName">{text('siteName', 'site-name', { max: 50, blur: (v) => personSiteNameProblem(v).startsWith('网站名称') ? personSiteNameProblem(v) : '' })}</Item>
              </Col>
              <Col span={12}>
                <Item label="网站域名" req extra="从账号下已实名认证的域名中选择">
                  <Select className="domains" classNames={{ popup: { root: 'domains-pop' } }} mode="multiple" placeholder={accountDomains ? '请选择' : '正在加载域名…'} loading={!accountDomains}
                    value={arr<string>(s.domains)} options={opts(accountDomains ?? [])} onChange={(v) => set('domains', arr<string>(v).filter((d) => DOMAIN_RE.test(d)))} />
                </Item>
              </Col>
              <Col span={24}>
                <Item label="接入云资源" req extra="勾选网站所在的云服务器 ECS 实例（剩余时长不足 3 个月的实例不可用于备案）">
                  <Table className="ecs-table" size="small" rowKey="id" pagination={false} dataSource={ECS}
                    rowSelection={{ type: 'checkbox', selectedRowKeys: arr<string>(s.instances), getCheckboxProps: (r: Ecs) => ({ disabled: !!r.short, name: r.id }), onChange: (keys) => set('instances', keys.map(String)) }}
                    columns={[
                      { title: '实例ID', dataIndex: 'id' },
                      { title: '名称', dataIndex: 'name' },
                      { title: '公网IP', dataIndex: 'ip' },
                      { title: 'IPv6', dataIndex: 'ipv6', render: (v: string) => v || '—' },
                      { title: '到期时间', dataIndex: 'expires', render: (v: string, r: Ecs) => (r.short ? <span className="msg">{v}（不足 3 个月）</span> : v) },
                    ]} />
                </Item>
              </Col>
            </Row>
          </Card>
          <Card className="order-card c-wp" title="网站负责人" size="small">
            <Row gutter={24}>
              <Col span={8}><Item label="姓名" req>{text('wpName', 'wp-name', { max: 30 })}</Item></Col>
              <Col span={8}><Item label="证件号码" req e={e} k="wpCertNumber">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (v) => (validId(v) ? '' : '证件号码校验未通过') })}</Item></Col>
              <Col span={8}><Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</Item></Col>
            </Row>
          </Card>
        </Form>
        <Checkbox className="promise" checked={s.promise === true} onChange={(ev) => set('promise', ev.target.checked)}>本单位承诺所填信息真实有效</Checkbox>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={submit}>提交接入备案</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout23-aliyun-apply-unit-antd-accessorder': AliyunApplyUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
