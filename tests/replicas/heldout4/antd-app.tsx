/**
 * Gen-4 held-out antd pages (React 19 + antd 6):
 *  - heldout4-aliyun-site-unit-antd-iframe: the form document loaded into the console shell's iframe
 *  - heldout4-mps-site-unit-antd-collapse
 * Each page keeps its values in one React state object; getState() reports it (file lists as names).
 */
import React, { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import {
  App as AntApp, Button, Card, Cascader, Checkbox, Col, Collapse, ConfigProvider, DatePicker, Divider, Form, Input, Radio, Row, Select, Space,
  Steps, Switch, Upload,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import {
  ACCESS_PROVIDERS, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_SERVICE_TYPES, INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_LANGUAGES,
  MPS_PERSON_CERTS, ICP_PERSON_CERTS, PSB_CATEGORIES, REGISTRARS, build, expose, linesOf, nameOptions, snapshot,
} from './common';

type Setter<T> = (patch: Partial<T>) => void;
/** One state object exposed as window.__replica; every set bumps `changes`. */
function useReplica<T extends Record<string, unknown>>(platform: string, step: string, variant: string, init: T): [T, Setter<T>] {
  const [s, setS] = useState(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<(() => void) | null>(null);
  if (!bump.current) bump.current = expose(platform, step, variant, () => snapshot(ref.current));
  const set: Setter<T> = (patch) => {
    ref.current = { ...ref.current, ...patch };
    setS(ref.current);
    bump.current!();
  };
  return [s, set];
}
const day = (v: string) => (v ? dayjs(v) : null);
const opts = (list: string[]) => list.map((v) => ({ value: v, label: v }));

/* ------------------------------------------------------------------ aliyun site (unit), in an iframe */

function AliyunSiteFrame() {
  const [s, set] = useReplica('aliyun', 'site', '单位', {
    siteName: '', domainsText: '', domains: [] as string[], homeUrl: '', serviceType: '', content: [] as string[], languages: [] as string[],
    preApproval: '', sameAsPrincipal: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false,
    wpMobile: '', wpEmergency: '', wpEmail: '', wpPhone: '', remark: '',
  });
  const locked = s.sameAsPrincipal;
  const onSame = (on: boolean) => {
    if (!on) return set({ sameAsPrincipal: false });
    const p = HELD_PRINCIPAL.单位;
    set({
      sameAsPrincipal: true, wpName: p.name, wpCertType: p.certType, wpCertNumber: p.certNumber, wpValidFrom: p.validFrom, wpValidTo: p.validTo,
      wpLongTerm: p.longTerm, wpMobile: p.mobile, wpEmergency: p.emergency, wpEmail: p.email,
    });
  };
  return (
    <div style={{ padding: '16px 20px', background: '#fff' }}>
      <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
        <Card title="网站基本信息" size="small" style={{ marginBottom: 16 }}>
          <Form.Item label="网站名称" required>
            <Input value={s.siteName} onChange={(e) => set({ siteName: e.target.value })} placeholder="请输入网站名称" />
          </Form.Item>
          <Form.Item label="网站域名" required extra="每行填写一个域名，不需要填写 www.">
            <Input.TextArea rows={3} value={s.domainsText} onChange={(e) => set({ domainsText: e.target.value, domains: linesOf(e.target.value) })} />
          </Form.Item>
          <Form.Item label="网站首页URL" required>
            <Space.Compact style={{ width: '100%' }}>
              <Space.Addon>http://</Space.Addon>
              <Input value={s.homeUrl} onChange={(e) => set({ homeUrl: e.target.value })} />
            </Space.Compact>
          </Form.Item>
          <Form.Item label="服务类型" required>
            <Select value={s.serviceType || undefined} onChange={(v) => set({ serviceType: v })} options={opts(ICP_SERVICE_TYPES)} placeholder="请选择" />
          </Form.Item>
          <Form.Item label="网站内容" required>
            <Select mode="multiple" value={s.content} onChange={(v) => set({ content: v })} options={opts(ICP_CONTENT)} placeholder="请选择网站内容" />
          </Form.Item>
          <Form.Item label="网站语言" required>
            <Checkbox.Group value={s.languages} onChange={(v) => set({ languages: v as string[] })} options={ICP_LANGUAGES} />
          </Form.Item>
          <Form.Item label="是否涉及前置审批" required>
            <Radio.Group value={s.preApproval} onChange={(e) => set({ preApproval: e.target.value })} options={['是', '否']} />
          </Form.Item>
          <Form.Item label="网站备注">
            <Input.TextArea rows={2} value={s.remark} onChange={(e) => set({ remark: e.target.value })} />
          </Form.Item>
        </Card>
        <Card title="互联网信息服务负责人" size="small">
          <Form.Item label="是否与主体负责人相同">
            <Switch checked={s.sameAsPrincipal} onChange={onSame} />
          </Form.Item>
          <Form.Item label="负责人姓名" required>
            <Input disabled={locked} value={s.wpName} onChange={(e) => set({ wpName: e.target.value })} />
          </Form.Item>
          <Form.Item label="证件类型" required>
            <Select disabled={locked} value={s.wpCertType || undefined} onChange={(v) => set({ wpCertType: v })} options={opts(ICP_PERSON_CERTS)} placeholder="请选择" />
          </Form.Item>
          <Form.Item label="证件号码" required>
            <Input disabled={locked} value={s.wpCertNumber} onChange={(e) => set({ wpCertNumber: e.target.value })} />
          </Form.Item>
          <Form.Item label="证件有效期开始" required>
            <DatePicker disabled={locked} value={day(s.wpValidFrom)} onChange={(_d, str) => set({ wpValidFrom: (str as string) || '' })} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="证件有效期结束" required>
            <Space>
              <DatePicker disabled={locked || s.wpLongTerm} value={day(s.wpValidTo)} onChange={(_d, str) => set({ wpValidTo: (str as string) || '' })} style={{ width: 200 }} />
              <Checkbox disabled={locked} checked={s.wpLongTerm} onChange={(e) => set(e.target.checked ? { wpLongTerm: true, wpValidTo: '' } : { wpLongTerm: false })}>长期</Checkbox>
            </Space>
          </Form.Item>
          <Form.Item label="手机号码" required>
            <Input disabled={locked} value={s.wpMobile} onChange={(e) => set({ wpMobile: e.target.value })} />
          </Form.Item>
          <Form.Item label="应急联系电话" required>
            <Input disabled={locked} value={s.wpEmergency} onChange={(e) => set({ wpEmergency: e.target.value })} />
          </Form.Item>
          <Form.Item label="电子邮箱" required>
            <Input disabled={locked} value={s.wpEmail} onChange={(e) => set({ wpEmail: e.target.value })} />
          </Form.Item>
          <Form.Item label="办公电话">
            <Input value={s.wpPhone} onChange={(e) => set({ wpPhone: e.target.value })} />
          </Form.Item>
        </Card>
      </Form>
    </div>
  );
}

/* ------------------------------------------------------------------ mps site (unit), collapse panels */

function MpsSiteCollapse() {
  const [s, set] = useReplica('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [] as string[], ipRows: [''] as string[], ips: [] as string[], domainCert: [] as unknown[],
    domainCertValidity: ['', ''] as string[],
    apJurisdiction: '', apRegion: [] as string[], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [] as string[], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [] as string[], siteType: '', languages: [] as string[], preLicence: '', dangerous: false,
    draftClicks: 0, nextClicks: 0,
  });
  const [apOptions] = useState(() => nameOptions());
  const [rgOptions] = useState(() => nameOptions());
  const col = (node: React.ReactNode) => <Col span={12}>{node}</Col>;
  const jurisdiction = (v: string, on: (v: string) => void) => (
    <Select value={v || undefined} onChange={on} options={opts(['境内', '境外'])} placeholder="请选择" />
  );
  const ipList = s.ipRows;
  const setIps = (rows: string[]) => set({ ipRows: rows, ips: rows.map((x) => x.trim()).filter(Boolean) });
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 20 }}>
      <h2 style={{ margin: '0 0 12px' }}>新办网站申请</h2>
      <Steps current={1} size="small" style={{ marginBottom: 16 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
      <Form layout="vertical">
        <Collapse
          defaultActiveKey={['site', 'ap', 'rg', 'svc']}
          items={[
            {
              key: 'site', label: '网站信息', children: (
                <Row gutter={24}>
                  {col(<Form.Item label="网站名称" required><Input value={s.siteName} onChange={(e) => set({ siteName: e.target.value })} placeholder="与工信部备案的网站名称一致" /></Form.Item>)}
                  {col(<Form.Item label="工信部备案号" required><Input value={s.icpNumber} onChange={(e) => set({ icpNumber: e.target.value })} placeholder="如：浙ICP备12345678号-1" /></Form.Item>)}
                  {col(<Form.Item label="网站开通日期" required><DatePicker style={{ width: '100%' }} value={day(s.openedAt)} onChange={(_d, str) => set({ openedAt: (str as string) || '' })} /></Form.Item>)}
                  {col(<Form.Item label="主域名" required><Input value={s.mainDomain} onChange={(e) => set({ mainDomain: e.target.value })} placeholder="如：example.cn" /></Form.Item>)}
                  {col(<Form.Item label="从域名"><Select mode="tags" value={s.subDomains} onChange={(v) => set({ subDomains: v })} placeholder="输入后回车" open={false} suffixIcon={null} /></Form.Item>)}
                  {col(
                    <Form.Item label="网站IP" required>
                      <div className="ip-rows">
                        {ipList.map((ip, i) => (
                          <Space key={i} style={{ display: 'flex', marginBottom: 6 }}>
                            <Input value={ip} style={{ width: 260 }} placeholder="IPv4 或 IPv6"
                              onChange={(e) => { const next = [...ipList]; next[i] = e.target.value; setIps(next); }} />
                            {ipList.length > 1 && <Button onClick={() => setIps(ipList.filter((_, j) => j !== i))}>删除</Button>}
                          </Space>
                        ))}
                        <Button type="dashed" onClick={() => setIps([...ipList, ''])}>+ 添加IP</Button>
                      </div>
                    </Form.Item>,
                  )}
                  {col(
                    <Form.Item label="域名证书">
                      <Upload beforeUpload={() => false} fileList={s.domainCert as never[]} onChange={({ fileList }) => set({ domainCert: fileList })} maxCount={1}>
                        <Button>上传证书</Button>
                      </Upload>
                    </Form.Item>,
                  )}
                  {col(
                    <Form.Item label="域名证书有效期">
                      <DatePicker.RangePicker style={{ width: '100%' }}
                        value={[day(s.domainCertValidity[0] ?? ''), day(s.domainCertValidity[1] ?? '')]}
                        onChange={(_d, strs) => set({ domainCertValidity: strs ? [strs[0] || '', strs[1] || ''] : ['', ''] })} />
                    </Form.Item>,
                  )}
                </Row>
              ),
            },
            {
              key: 'ap', label: '网络接入服务商', children: (
                <Row gutter={24}>
                  {col(<Form.Item label="所属地区管辖" required>{jurisdiction(s.apJurisdiction, (v) => set({ apJurisdiction: v }))}</Form.Item>)}
                  {col(<Form.Item label="所属区域" required><Cascader style={{ width: '100%' }} options={apOptions} value={s.apRegion.length ? s.apRegion : undefined} onChange={(v) => set({ apRegion: (v as string[]) ?? [] })} placeholder="省/市/区县" /></Form.Item>)}
                  {col(<Form.Item label="名称" required><Select showSearch value={s.apName || undefined} onChange={(v) => set({ apName: v })} options={opts(ACCESS_PROVIDERS)} placeholder="输入关键字查询" /></Form.Item>)}
                  {col(<Form.Item label="网站接入方式" required><Select value={s.apMethod || undefined} onChange={(v) => set({ apMethod: v })} options={opts(MPS_ACCESS_METHODS)} placeholder="请选择" /></Form.Item>)}
                  {col(<Form.Item label="联系电话" required><Input value={s.apPhone} onChange={(e) => set({ apPhone: e.target.value })} /></Form.Item>)}
                  {col(<Form.Item label="组织机构代码" required><Input value={s.apCode} onChange={(e) => set({ apCode: e.target.value })} /></Form.Item>)}
                </Row>
              ),
            },
            {
              key: 'rg', label: '域名注册服务商', children: (
                <Row gutter={24}>
                  {col(<Form.Item label="所属地区管辖" required>{jurisdiction(s.rgJurisdiction, (v) => set({ rgJurisdiction: v }))}</Form.Item>)}
                  {col(<Form.Item label="所属区域" required><Cascader style={{ width: '100%' }} options={rgOptions} value={s.rgRegion.length ? s.rgRegion : undefined} onChange={(v) => set({ rgRegion: (v as string[]) ?? [] })} placeholder="省/市/区县" /></Form.Item>)}
                  {col(<Form.Item label="名称" required><Select showSearch value={s.rgName || undefined} onChange={(v) => set({ rgName: v })} options={opts(REGISTRARS)} placeholder="输入关键字查询" /></Form.Item>)}
                  {col(<Form.Item label="联系电话" required><Input value={s.rgPhone} onChange={(e) => set({ rgPhone: e.target.value })} /></Form.Item>)}
                </Row>
              ),
            },
            {
              key: 'svc', label: '服务信息', children: (
                <Row gutter={24}>
                  {col(
                    <Form.Item label="是否提供互联网交互服务" required>
                      <Radio.Group optionType="button" value={s.interactive} onChange={(e) => set(e.target.value === '是' ? { interactive: '是' } : { interactive: e.target.value, interactiveKinds: [] })} options={['是', '否']} />
                    </Form.Item>,
                  )}
                  {col(
                    <Form.Item label="交互服务类型" required hidden={s.interactive !== '是'}>
                      <Checkbox.Group value={s.interactiveKinds} onChange={(v) => set({ interactiveKinds: v as string[] })} options={INTERACTIVE_KINDS} />
                    </Form.Item>,
                  )}
                  {col(<Form.Item label="网站类型" required><Select value={s.siteType || undefined} onChange={(v) => set({ siteType: v })} options={PSB_CATEGORIES.map(([c, l]) => ({ value: c, label: l }))} placeholder="请选择" /></Form.Item>)}
                  {col(<Form.Item label="网站语种" required><Select mode="multiple" value={s.languages} onChange={(v) => set({ languages: v })} options={opts(MPS_LANGUAGES)} placeholder="请选择" /></Form.Item>)}
                  {col(<Form.Item label="相关前置许可" required><Radio.Group value={s.preLicence} onChange={(e) => set({ preLicence: e.target.value })} options={['有', '无']} /></Form.Item>)}
                  {col(<Form.Item label="是否提供危险物品信息发布服务" required><Switch checkedChildren="是" unCheckedChildren="否" checked={s.dangerous} onChange={(v) => set({ dangerous: v })} /></Form.Item>)}
                </Row>
              ),
            },
          ]}
        />
        <Divider />
        <div style={{ textAlign: 'center' }}>
          <Space>
            <Button onClick={() => set({ draftClicks: s.draftClicks + 1 })}>保存草稿</Button>
            <Button type="primary" onClick={() => set({ nextClicks: s.nextClicks + 1 })}>下一步</Button>
          </Space>
        </div>
      </Form>
    </div>
  );
}

const PAGES: Record<string, () => React.ReactElement> = {
  'heldout4-aliyun-site-unit-antd-iframe': AliyunSiteFrame,
  'heldout4-mps-site-unit-antd-collapse': MpsSiteCollapse,
};

const Page = PAGES[build()];
if (Page) {
  createRoot(document.getElementById('app')!).render(
    <ConfigProvider locale={zhCN}>
      <AntApp><Page /></AntApp>
    </ConfigProvider>,
  );
}
