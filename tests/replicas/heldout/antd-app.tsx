/**
 * Held-out replicas built with React 19 + antd 6 (CSS-in-JS): 阿里云 填写基本信息 (form grid) and
 * 填写互联网信息服务 (sections as Dividers only). Written from FORMS.md §1.2–§1.4, §1.9.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, Radio, Row, Select, Space, Steps,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { loadRegion, PROVINCES } from './regions';
import { build, certTypesFor, expose, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, NATURES, SUBJECT_PRINCIPAL } from './common';

dayjs.locale('zh-cn');

/** State hook that mirrors itself into window.__replica (getState reads the latest React state). */
function useReplicaState<T extends Record<string, unknown>>(step: string, variant: string | undefined, init: T, view: (s: T) => Record<string, unknown> = (s) => s) {
  const [s, setS] = useState(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<() => void>(() => {});
  if (!(window as any).__replica) bump.current = expose('aliyun', step, variant, () => view(ref.current));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    bump.current();
  }, [s]);
  const set = <K extends keyof T>(k: K, v: T[K]) => setS((prev) => ({ ...prev, [k]: v }));
  return [s, set, setS] as const;
}

interface RegionOption { value: string; label: string; isLeaf?: boolean; children?: RegionOption[]; loading?: boolean }

function useLazyRegions() {
  const [options, setOptions] = useState<RegionOption[]>(PROVINCES.map((p) => ({ value: p, label: p, isLeaf: false })));
  const loadData = async (selected: RegionOption[]) => {
    const target = selected[selected.length - 1]!;
    const kids = await loadRegion(selected.map((o) => o.value));
    target.children = kids.map((k) => ({ value: k, label: k, isLeaf: selected.length >= 2 }));
    setOptions((o) => [...o]);
  };
  return { options, loadData };
}

function Console({ title, current, steps, children }: { title: string; current: number; steps: string[]; children: ReactNode }) {
  return (
    <div>
      <div className="hx-topbar"><span className="hx-logo">阿里云</span><span>ICP代备案管理系统</span><span className="hx-user">备案订单 · 首次备案</span></div>
      <div className="hx-body">
        <h1 className="hx-title">{title}</h1>
        <Card style={{ marginBottom: 16 }}><Steps current={current} items={steps.map((t) => ({ title: t }))} /></Card>
        <Card>{children}</Card>
      </div>
    </div>
  );
}

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写互联网信息服务', '上传资料', '提交初审'];

function BasicPage() {
  const [s, set] = useReplicaState('basic', '单位', {
    region: [] as string[], nature: '', certType: '', certNumber: '', unitName: '', serviceKind: '网站', domain: '',
    verifyClicks: 0, nextClicks: 0,
  });
  const { options, loadData } = useLazyRegions();
  return (
    <Console title="备案信息校验" current={0} steps={ALIYUN_STEPS}>
      <Form layout="vertical" requiredMark style={{ maxWidth: 880 }}>
        <h3 className="hx-h3">验证备案类型</h3>
        <Row gutter={24}>
          <Col span={12}>
            <Form.Item label="主办单位所属区域" required htmlFor="basic-region">
              <Cascader id="basic-region" options={options} loadData={loadData as any} value={s.region.length ? s.region : undefined}
                onChange={(v) => set('region', (v as string[]) ?? [])} placeholder="请选择省/市/区" changeOnSelect={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="主办者性质" required htmlFor="basic-nature">
              <Select id="basic-nature" value={s.nature || undefined} placeholder="请选择主办者性质"
                options={NATURES.map((n) => ({ value: n, label: n }))}
                onChange={(v) => { set('nature', v); set('certType', ''); }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="证件类型" required htmlFor="basic-cert-type" extra={s.nature ? undefined : '请先选择主办者性质'}>
              <Select id="basic-cert-type" value={s.certType || undefined} placeholder="请选择证件类型" disabled={!s.nature}
                options={(s.nature ? certTypesFor(s.nature) : []).map((n) => ({ value: n, label: n }))} onChange={(v) => set('certType', v)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="证件号码" required htmlFor="basic-cert-no">
              <Input id="basic-cert-no" value={s.certNumber} placeholder="请输入证件号码" onChange={(e) => set('certNumber', e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="主办单位名称" required htmlFor="basic-unit-name" extra="需与证件上的名称完全一致">
              <Input id="basic-unit-name" value={s.unitName} placeholder="请输入主办单位名称" onChange={(e) => set('unitName', e.target.value)} />
            </Form.Item>
          </Col>
        </Row>
        <h3 className="hx-h3">互联网信息服务</h3>
        <Row gutter={24}>
          <Col span={12}>
            <Form.Item label="互联网信息服务类型" required>
              <Radio.Group value={s.serviceKind} onChange={(e) => set('serviceKind', e.target.value)} options={['网站', 'App']} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="域名" required htmlFor="basic-domain" extra="请输入不带 www 的一级域名，如 example.com">
              <Input id="basic-domain" value={s.domain} placeholder="请输入域名" onChange={(e) => set('domain', e.target.value)} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button onClick={() => set('verifyClicks', s.verifyClicks + 1)}>信息校验</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </Space>
      </Form>
    </Console>
  );
}

const range = (v: [string, string]): [Dayjs | null, Dayjs | null] => [v[0] ? dayjs(v[0]) : null, v[1] ? dayjs(v[1]) : null];

function SitePage() {
  const [s, set, setS] = useReplicaState('site', '单位', {
    siteName: '', domains: [''] as string[], homeUrl: '', serviceType: '', languages: [] as string[], contentTypes: [] as string[],
    preApprovals: [] as string[], sameAsSubject: false, webName: '', webCertType: '', webCertNumber: '', webValidity: ['', ''] as [string, string],
    webMobile: '', webEmergency: '', webEmail: '', prevClicks: 0, nextClicks: 0,
  }, (st) => ({ ...st, domains: st.domains.filter((d) => d !== '') }));
  const locked = s.sameAsSubject;
  const copy = (on: boolean) => {
    const p = SUBJECT_PRINCIPAL['单位'];
    setS((prev) => on
      ? { ...prev, sameAsSubject: true, webName: p.name, webCertType: p.certType, webCertNumber: p.certNumber, webValidity: [p.validFrom, p.validTo],
          webMobile: p.mobile, webEmergency: p.emergency, webEmail: p.email }
      : { ...prev, sameAsSubject: false });
  };
  const setDomain = (i: number, v: string) => set('domains', s.domains.map((d, j) => (j === i ? v : d)));
  return (
    <Console title="填写互联网信息服务（网站）" current={2} steps={ALIYUN_STEPS}>
      <Form layout="horizontal" labelCol={{ flex: '150px' }} wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }} style={{ maxWidth: 860 }}>
        <Divider titlePlacement="start">网站基本信息</Divider>
        <Form.Item label="网站名称" required htmlFor="site-name" extra="至少 3 个汉字，需与网站实际内容相符，不能使用域名">
          <Input id="site-name" value={s.siteName} onChange={(e) => set('siteName', e.target.value)} placeholder="请输入网站名称" />
        </Form.Item>
        <Form.Item label="网站域名" required>
          <div className="hx-domain-list">
            {s.domains.map((d, i) => (
              <Space key={i} style={{ display: 'flex', marginBottom: 8 }}>
                <Input value={d} onChange={(e) => setDomain(i, e.target.value)} placeholder="请输入域名，如 example.com" style={{ width: 320 }} />
                {s.domains.length > 1 && <Button type="link" danger onClick={() => set('domains', s.domains.filter((_, j) => j !== i))}>删除</Button>}
              </Space>
            ))}
            <Button type="dashed" onClick={() => set('domains', [...s.domains, ''])}>+ 添加域名</Button>
          </div>
        </Form.Item>
        <Form.Item label="首页URL" required htmlFor="site-home" extra="不需要填写 http://">
          <Input id="site-home" value={s.homeUrl} onChange={(e) => set('homeUrl', e.target.value)} placeholder="如 www.example.com" />
        </Form.Item>
        <Form.Item label="服务类型" required htmlFor="site-service-type">
          <Select id="site-service-type" value={s.serviceType || undefined} placeholder="请选择" style={{ width: 320 }}
            options={['网站应用服务', '快应用服务', 'App应用服务'].map((v) => ({ value: v, label: v }))} onChange={(v) => set('serviceType', v)} />
        </Form.Item>
        <Form.Item label="网站语言" required htmlFor="site-languages">
          <Select id="site-languages" mode="multiple" value={s.languages} placeholder="请选择网站语言（可多选）"
            options={ICP_LANGUAGES.map((v) => ({ value: v, label: v }))} onChange={(v) => set('languages', v)} />
        </Form.Item>
        <Form.Item label="网站服务内容" required>
          <Checkbox.Group value={s.contentTypes} onChange={(v) => set('contentTypes', v as string[])} options={ICP_CONTENT} className="hx-checks" />
        </Form.Item>
        <Form.Item label="前置审批项" extra="网站内容涉及以下领域时需勾选，并上传前置审批文件；不涉及则无需勾选">
          <Checkbox.Group value={s.preApprovals} onChange={(v) => set('preApprovals', v as string[])} options={ICP_PRE_APPROVALS} />
        </Form.Item>
        <Divider titlePlacement="start">互联网信息服务负责人</Divider>
        <Form.Item label=" " colon={false}>
          <Checkbox checked={s.sameAsSubject} onChange={(e) => copy(e.target.checked)}>同主体负责人</Checkbox>
        </Form.Item>
        <Form.Item label="负责人姓名" required htmlFor="web-name">
          <Input id="web-name" value={s.webName} disabled={locked} onChange={(e) => set('webName', e.target.value)} placeholder="请输入姓名" />
        </Form.Item>
        <Form.Item label="负责人证件类型" required htmlFor="web-cert-type">
          <Select id="web-cert-type" value={s.webCertType || undefined} disabled={locked} placeholder="请选择证件类型" style={{ width: 320 }}
            options={ICP_PERSON_CERTS.map((v) => ({ value: v, label: v }))} onChange={(v) => set('webCertType', v)} />
        </Form.Item>
        <Form.Item label="负责人证件号码" required htmlFor="web-cert-no">
          <Input id="web-cert-no" value={s.webCertNumber} disabled={locked} onChange={(e) => set('webCertNumber', e.target.value)} placeholder="请输入证件号码" />
        </Form.Item>
        <Form.Item label="证件有效期" required>
          <DatePicker.RangePicker value={range(s.webValidity)} disabled={locked} allowEmpty={[false, true]} placeholder={['开始日期', '结束日期']}
            onChange={(_, str) => set('webValidity', [str?.[0] ?? '', str?.[1] ?? ''] as [string, string])} />
        </Form.Item>
        <Form.Item label="手机号码" required htmlFor="web-mobile">
          <Input id="web-mobile" value={s.webMobile} disabled={locked} onChange={(e) => set('webMobile', e.target.value)} placeholder="请输入手机号码" />
        </Form.Item>
        <Form.Item label="应急联系电话" required htmlFor="web-emergency" extra="不能与手机号码相同">
          <Input id="web-emergency" value={s.webEmergency} disabled={locked} onChange={(e) => set('webEmergency', e.target.value)} placeholder="请输入应急联系电话" />
        </Form.Item>
        <Form.Item label="电子邮箱" required htmlFor="web-email">
          <Input id="web-email" value={s.webEmail} disabled={locked} onChange={(e) => set('webEmail', e.target.value)} placeholder="请输入电子邮箱" />
        </Form.Item>
        <Divider />
        <Space style={{ paddingLeft: 150 }}>
          <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </Space>
      </Form>
    </Console>
  );
}

const CSS = `
body { margin: 0; background: #f5f5f6; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.hx-topbar { height: 50px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; gap: 16px; padding: 0 20px; font-size: 14px; }
.hx-logo { color: #ff6a00; font-weight: 600; font-size: 18px; }
.hx-user { margin-left: auto; color: #666; }
.hx-body { max-width: 1080px; margin: 0 auto; padding: 16px 24px 80px; }
.hx-title { font-size: 20px; font-weight: 500; margin: 8px 0 16px; }
.hx-h3 { font-size: 15px; margin: 4px 0 16px; }
.hx-checks .ant-checkbox-wrapper { width: 130px; margin-bottom: 6px; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, () => ReactNode> = { 'heldout-aliyun-basic-antd': BasicPage, 'heldout-aliyun-site-antd': SitePage };
const Page = pages[build()] ?? (() => <p>unknown build</p>);
createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}><Page /></ConfigProvider>);
