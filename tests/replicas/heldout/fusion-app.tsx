/**
 * Held-out replicas built with React 18 + Fusion Next 1.27: 阿里云 上传资料（单位） and the 公安 platform's
 * 开办主体（单位） step. Written from FORMS.md §1.5 and §2.2.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, CascaderSelect, Checkbox, ConfigProvider, DatePicker2, Form, Grid, Input, Radio, Select, Step, Upload,
} from '@alifd/next';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import { loadRegion, PROVINCES } from './regions';
import { build, expose, MPS_PERSON_CERTS } from './common';

const { Row, Col } = Grid;

function useReplicaState<T extends Record<string, unknown>>(platform: string, step: string, variant: string | undefined, init: T) {
  const [s, setS] = useState(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<() => void>(() => {});
  if (!(window as any).__replica) bump.current = expose(platform, step, variant, () => ref.current);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    bump.current();
  }, [s]);
  const set = <K extends keyof T>(k: K, v: T[K]) => setS((prev) => ({ ...prev, [k]: v }));
  return [s, set, setS] as const;
}

/** Fusion CascaderSelect over the lazy region API; the value is the label path. */
interface Node { value: string; label: string; isLeaf?: boolean; children?: Node[] }
function RegionCascader({ value, onChange, id }: { value: string[]; onChange: (v: string[]) => void; id?: string }) {
  const [data, setData] = useState<Node[]>(PROVINCES.map((p) => ({ value: p, label: p })));
  const loadData = async (item: any) => {
    const path = String(item.value).split('/');
    const kids = await loadRegion(path);
    const walk = (nodes: Node[]): void => nodes.forEach((n) => {
      if (n.value === item.value) n.children = kids.map((k) => ({ value: `${n.value}/${k}`, label: k, isLeaf: path.length >= 2 }));
      else if (n.children) walk(n.children);
    });
    walk(data);
    setData([...data]);
  };
  return (
    <CascaderSelect id={id} style={{ width: '100%' }} dataSource={data as any} loadData={loadData} placeholder="请选择省/市/区县"
      value={value.length ? value.join('/') : undefined} hasClear
      onChange={(v) => onChange(v ? String(v).split('/') : [])} />
  );
}

/** A single-picture upload slot (no auto upload: the file stays in the list until 提交). */
function Slot({ caption, hint, value, onChange }: { caption: string; hint?: string; value: string[]; onChange: (names: string[]) => void }) {
  const [files, setFiles] = useState<any[]>([]);
  return (
    <div className="hx-slot">
      <Upload.Card listType="card" accept="image/png,image/jpg,image/jpeg" autoUpload={false} limit={1} value={files}
        onChange={(v: any[]) => { setFiles(v); onChange(v.map((f) => f.name)); }}>
      </Upload.Card>
      <div className="hx-slot-caption">{caption}</div>
      {hint && <div className="hx-slot-hint">{hint}</div>}
    </div>
  );
}

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];

function AliyunUpload() {
  const [s, set] = useReplicaState('aliyun', 'upload', '单位', {
    subjectCert: [] as string[], principalIdFront: [] as string[], principalIdBack: [] as string[], domainCert: [] as string[],
    agreed: false, prevClicks: 0, submitClicks: 0,
  });
  return (
    <div>
      <div className="hx-topbar"><span className="hx-logo">阿里云</span><span>ICP代备案管理系统</span><span className="hx-user">备案订单 · 首次备案</span></div>
      <div className="hx-body">
        <h1 className="hx-title">上传资料</h1>
        <div className="hx-card"><Step current={3} shape="circle" labelPlacement="hoz">{ALIYUN_STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="hx-card">
          <div className="hx-tip">请上传彩色原件的扫描件或照片（jpg/png，不超过 4 MB），不得使用复印件；水印不得遮挡证件信息。</div>
          <h3 className="hx-section">主办单位资料（杭州云栖示例科技有限公司）</h3>
          <div className="hx-slots">
            <Slot caption="主体证件" hint="营业执照 / 事业单位法人证书等" value={s.subjectCert} onChange={(v) => set('subjectCert', v)} />
          </div>
          <h3 className="hx-section">主体负责人资料</h3>
          <div className="hx-slots">
            <Slot caption="负责人身份证正面" hint="人像面" value={s.principalIdFront} onChange={(v) => set('principalIdFront', v)} />
            <Slot caption="负责人身份证反面" hint="国徽面" value={s.principalIdBack} onChange={(v) => set('principalIdBack', v)} />
          </div>
          <h3 className="hx-section">网站资料（云栖示例科技官网）</h3>
          <div className="hx-slots">
            <Slot caption="域名证书" hint="yunqi-demo.cn" value={s.domainCert} onChange={(v) => set('domainCert', v)} />
          </div>
          <div className="hx-agree">
            <Checkbox checked={s.agreed} onChange={(c: boolean) => set('agreed', c)}>我已阅读并同意《ICP备案信息真实性承诺书》</Checkbox>
          </div>
          <div className="hx-actions">
            <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
            <Button type="primary" onClick={() => set('submitClicks', s.submitClicks + 1)}>提交</Button>
          </div>
        </div>
      </div>
    </div>
  );
}

const MPS_STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
const UNIT_CERTS = ['营业执照', '组织机构代码证', '事业单位法人证书', '社会团体法人登记证书', '其他'];

function MpsSubjectUnit() {
  const [s, set, setS] = useReplicaState('mps', 'subject', '单位', {
    subjectKind: '', unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '',
    regRegion: [] as string[], regDetail: '', officeRegion: [] as string[], officeDetail: '', unitLicence: [] as string[], usesGenAI: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prHomeRegion: [] as string[], prHomeDetail: '', prOfficePhone: '', prMobile: '', prEmail: '',
    prIdFront: [] as string[], prIdBack: [] as string[], prIdHandheld: [] as string[],
    saveClicks: 0, nextClicks: 0,
  });
  const item = (label: string, node: ReactNode, span = 12, required = true) => (
    <Col span={span}><Form.Item label={label} required={required}>{node}</Form.Item></Col>
  );
  return (
    <div>
      <div className="mx-header"><span className="mx-logo"><span className="mx-badge">警</span>全国互联网安全管理服务平台</span>
        <nav className="mx-nav"><span>首页</span><span className="active">网站备案</span><span>App备案</span><span>服务指南</span></nav>
        <span className="mx-user">杭州云栖示例科技有限公司（法人用户） | 退出</span></div>
      <div className="mx-body">
        <div className="mx-crumb">网站备案 / 新办网站申请</div>
        <div className="hx-card"><Step current={0} shape="arrow">{MPS_STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="hx-card">
          <Form labelAlign="top" fullWidth>
            <h3 className="mx-section">单位信息</h3>
            <Row gutter={24} wrap>
              {item('开办主体性质', <Select style={{ width: '100%' }} dataSource={['个人', '单位']} value={s.subjectKind || undefined} placeholder="请选择" onChange={(v: any) => set('subjectKind', v)} />)}
              {item('单位名称', <Input value={s.unitName} placeholder="请输入单位名称" onChange={(v: any) => set('unitName', v)} />)}
              {item('单位证件类型', <Select style={{ width: '100%' }} dataSource={UNIT_CERTS} value={s.unitCertType || undefined} placeholder="请选择" onChange={(v: any) => set('unitCertType', v)} />)}
              {item('单位证件号码', <Input value={s.unitCertNumber} placeholder="请输入证件号码" onChange={(v: any) => set('unitCertNumber', v)} />)}
              {item('法人代表人姓名', <Input value={s.legalRep} placeholder="请输入法人代表人姓名" onChange={(v: any) => set('legalRep', v)} />)}
              {item('是否利用生成式人工智能', <Radio.Group dataSource={['是', '否']} value={s.usesGenAI} onChange={(v) => set('usesGenAI', String(v))} />)}
              {item('单位注册地址', <div><RegionCascader value={s.regRegion} onChange={(v) => set('regRegion', v)} />
                <Input className="mx-detail" value={s.regDetail} placeholder="详细地址（街道、门牌号）" onChange={(v: any) => set('regDetail', v)} /></div>, 24)}
              {item('单位办公地址', <div><RegionCascader value={s.officeRegion} onChange={(v) => set('officeRegion', v)} />
                <Input className="mx-detail" value={s.officeDetail} placeholder="详细地址（街道、门牌号）" onChange={(v: any) => set('officeDetail', v)} /></div>, 24)}
              {item('单位有效证件', <div className="hx-slots"><Slot caption="证件照片" hint="营业执照等" value={s.unitLicence} onChange={(v) => set('unitLicence', v)} /></div>, 24)}
            </Row>
            <h3 className="mx-section">负责人信息</h3>
            <Row gutter={24} wrap>
              {item('负责人姓名', <Input value={s.prName} placeholder="请输入姓名" onChange={(v: any) => set('prName', v)} />)}
              {item('证件类型', <Select style={{ width: '100%' }} dataSource={MPS_PERSON_CERTS} value={s.prCertType || undefined} placeholder="请选择" onChange={(v: any) => set('prCertType', v)} />)}
              {item('证件号码', <Input value={s.prCertNumber} placeholder="请输入证件号码" onChange={(v: any) => set('prCertNumber', v)} />)}
              {item('证件有效期', <div className="mx-validity">
                <DatePicker2 value={s.prValidFrom || null} placeholder="起始日期" onChange={(_: any, str: string) => set('prValidFrom', str ?? '')} />
                <span>至</span>
                <DatePicker2 value={s.prValidTo || null} placeholder="截止日期" disabled={s.prLongTerm} onChange={(_: any, str: string) => set('prValidTo', str ?? '')} />
                <Checkbox checked={s.prLongTerm} onChange={(c: boolean) => setS((p) => ({ ...p, prLongTerm: c, prValidTo: c ? '' : p.prValidTo }))}>长期</Checkbox>
              </div>)}
              {item('常住地址', <div><RegionCascader value={s.prHomeRegion} onChange={(v) => set('prHomeRegion', v)} />
                <Input className="mx-detail" value={s.prHomeDetail} placeholder="详细地址" onChange={(v: any) => set('prHomeDetail', v)} /></div>, 24)}
              {item('办公室电话', <Input value={s.prOfficePhone} placeholder="区号-号码" onChange={(v: any) => set('prOfficePhone', v)} />, 12, false)}
              {item('手机号码', <Input value={s.prMobile} placeholder="请输入手机号码" onChange={(v: any) => set('prMobile', v)} />)}
              {item('负责人邮箱', <Input value={s.prEmail} placeholder="请输入电子邮箱" onChange={(v: any) => set('prEmail', v)} />)}
              {item('负责人证件', <div className="hx-slots">
                <Slot caption="证件正面" value={s.prIdFront} onChange={(v) => set('prIdFront', v)} />
                <Slot caption="证件反面" value={s.prIdBack} onChange={(v) => set('prIdBack', v)} />
                <Slot caption="手持证件照" value={s.prIdHandheld} onChange={(v) => set('prIdHandheld', v)} />
              </div>, 24)}
            </Row>
          </Form>
          <div className="hx-actions" style={{ justifyContent: 'center' }}>
            <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存草稿</Button>
            <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
          </div>
        </div>
      </div>
    </div>
  );
}

const CSS = `
body { margin: 0; background: #f5f5f6; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.hx-topbar { height: 50px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; gap: 16px; padding: 0 20px; font-size: 14px; }
.hx-logo { color: #ff6a00; font-weight: 600; font-size: 18px; }
.hx-user { margin-left: auto; color: #666; }
.hx-body { max-width: 1080px; margin: 0 auto; padding: 16px 24px 60px; }
.hx-title { font-size: 20px; font-weight: 500; margin: 8px 0 16px; }
.hx-card { background: #fff; padding: 20px 28px; margin-bottom: 16px; }
.hx-tip { background: #e6f2ff; color: #333; padding: 8px 12px; font-size: 12px; margin-bottom: 8px; }
.hx-section { font-size: 14px; font-weight: 600; border-left: 3px solid #0064c8; padding-left: 8px; margin: 20px 0 12px; }
.hx-slots { display: flex; gap: 32px; flex-wrap: wrap; }
.hx-slot { width: 130px; }
.hx-slot-caption { font-size: 13px; color: #333; margin-top: 6px; text-align: center; }
.hx-slot-hint { font-size: 12px; color: #999; text-align: center; }
.hx-agree { margin: 24px 0 8px; }
.hx-actions { display: flex; gap: 12px; padding-top: 16px; border-top: 1px solid #eee; margin-top: 16px; }
.mx-header { display: flex; align-items: center; height: 60px; padding: 0 24px; background: #003a8c; color: #fff; }
.mx-logo { font-size: 19px; font-weight: 600; display: flex; align-items: center; gap: 8px; }
.mx-badge { display: inline-flex; width: 28px; height: 28px; border-radius: 50%; background: #fff; color: #c00; align-items: center; justify-content: center; font-size: 15px; }
.mx-nav { margin-left: 40px; display: flex; gap: 24px; font-size: 15px; }
.mx-nav .active { border-bottom: 2px solid #fff; padding-bottom: 4px; }
.mx-user { margin-left: auto; font-size: 13px; }
.mx-body { max-width: 1100px; margin: 0 auto; padding: 16px 24px 60px; }
.mx-crumb { color: #666; font-size: 13px; margin-bottom: 12px; }
.mx-section { font-size: 15px; color: #003a8c; border-bottom: 1px solid #e6e6e6; padding-bottom: 8px; margin: 8px 0 16px; }
.mx-detail { margin-top: 8px; width: 100%; }
.mx-validity { display: flex; align-items: center; gap: 8px; }
.next-step-item-title { white-space: nowrap !important; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, () => ReactNode> = { 'heldout-aliyun-upload-fusion': AliyunUpload, 'heldout-mps-subject-unit-fusion': MpsSubjectUnit };
const Page = pages[build()] ?? (() => <p>unknown build</p>);
createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}><Page /></ConfigProvider>);
