/**
 * Gen-4 held-out Fusion Next pages (React 18 through the react-18 aliases + @alifd/next 1.27):
 *  - heldout4-aliyun-basic-person-fusion
 *  - heldout4-aliyun-upload-unit-fusion-tabs
 *  - heldout4-mps-principal-unit-fusion-boldline
 * Each page keeps its values in one React state object; getState() reports it (file lists as names).
 */
import React, { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, CascaderSelect, Checkbox, DatePicker2, Form, Input, Radio, Select, Tab, Upload } from '@alifd/next';
import { HELD_PRINCIPAL, MPS_PERSON_CERTS, NATURE_CODES, build, certCodesFor, expose, fetchAreas, snapshot, type Area } from './common';
import { regionNamesOf } from '../heldout3/common';

type Setter<T> = (patch: Partial<T>) => void;
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

/* ------------------------------------------------------------------ aliyun basic (person), labels above */

type Node = { value: string; label: string; isLeaf?: boolean; children?: Node[] };
const toNode = (a: Area): Node => ({ value: a.code, label: a.name, isLeaf: !a.code.endsWith('00') });
function withChildren(list: Node[], code: string, children: Node[]): Node[] {
  return list.map((n) => (n.value === code ? { ...n, children } : n.children ? { ...n, children: withChildren(n.children, code, children) } : n));
}

function AliyunBasicStacked() {
  const [s, set] = useReplica('aliyun', 'basic', '个人', {
    region: [] as string[], nature: '', certType: '', certNumber: '', name: '', serviceKind: '', domain: '', resourceType: 'ECS云服务器',
    resourceIp: '', referral: '', captcha: '', agreed: false, verifyClicks: 0,
  });
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const [tree, setTree] = useState<Node[]>([]);
  useEffect(() => { void fetchAreas('', 150).then((l) => setTree(l.map(toNode))); }, []);
  const loadData = (data: { value?: string }) =>
    fetchAreas(String(data.value ?? ''), 250).then((l) => setTree((t) => withChildren(t, String(data.value), l.map(toNode))));
  const natureCode = NATURE_CODES.find(([, l]) => l === s.nature)?.[0] ?? '';
  const certs = natureCode ? certCodesFor(natureCode).map(([, l]) => l) : [];
  return (
    <div style={{ background: '#f5f5f5', minHeight: '100vh', padding: '24px 0' }}>
      <div style={{ width: 560, margin: '0 auto', background: '#fff', padding: '20px 32px', border: '1px solid #e6e6e6' }}>
        <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 4 }}>验证备案类型</div>
        <div style={{ color: '#888', marginBottom: 16 }}>第 1 步 / 共 4 步</div>
        <Form labelAlign="top" style={{ width: '100%' }}>
          <Form.Item label="主办者所在地区" required>
            <CascaderSelect style={{ width: '100%' }} dataSource={tree} loadData={loadData as never} value={regionCode} placeholder="请选择省 / 市 / 区县"
              onChange={(v) => { const code = (Array.isArray(v) ? v[0] : v) ?? undefined; setRegionCode(code ?? undefined); set({ region: code ? regionNamesOf(code) : [] }); }} />
          </Form.Item>
          <Form.Item label="主办者性质" required>
            <Select style={{ width: '100%' }} value={s.nature || undefined} placeholder="请选择主办者性质（个人备案请选择“个人”）"
              dataSource={NATURE_CODES.map(([, l]) => l)} onChange={(v: unknown) => set({ nature: String(v), certType: '' })} />
          </Form.Item>
          <Form.Item label="主办者证件类型" required>
            <Select style={{ width: '100%' }} value={s.certType || undefined} disabled={!certs.length} placeholder="请先选择主办者性质"
              dataSource={certs} onChange={(v: unknown) => set({ certType: String(v) })} />
          </Form.Item>
          <Form.Item label="证件号码" required>
            <Input style={{ width: '100%' }} value={s.certNumber} onChange={(v) => set({ certNumber: String(v) })} placeholder="与证件上的号码一致，字母请大写" />
          </Form.Item>
          <Form.Item label="主办者名称" required>
            <Input style={{ width: '100%' }} value={s.name} onChange={(v) => set({ name: String(v) })} placeholder="单位填写证件上的全称，个人填写身份证上的姓名" />
          </Form.Item>
          <Form.Item label="互联网信息服务类型" required>
            <Radio.Group value={s.serviceKind} dataSource={['网站', 'APP']} onChange={(v) => set({ serviceKind: String(v) })} />
          </Form.Item>
          <Form.Item label="网站域名" required>
            <Input style={{ width: '100%' }} value={s.domain} onChange={(v) => set({ domain: String(v) })} placeholder="请输入已实名认证的域名，无需填写 www." />
          </Form.Item>
          <Form.Item label="备案资源类型" required>
            <Select style={{ width: '100%' }} value={s.resourceType} dataSource={['ECS云服务器', '轻量应用服务器', '备案服务号']} onChange={(v: unknown) => set({ resourceType: String(v) })} />
          </Form.Item>
          <Form.Item label="云服务器公网IP" required>
            <Input style={{ width: '100%' }} value={s.resourceIp} onChange={(v) => set({ resourceIp: String(v) })} placeholder="请输入包年包月且剩余时长≥3个月的实例公网IP" />
          </Form.Item>
          <Form.Item label="推荐码">
            <Input style={{ width: '100%' }} value={s.referral} onChange={(v) => set({ referral: String(v) })} placeholder="选填" />
          </Form.Item>
          <Form.Item label="验证码" required>
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <Input style={{ width: 160 }} value={s.captcha} onChange={(v) => set({ captcha: String(v) })} placeholder="请输入右侧字符" />
              <span style={{ display: 'inline-block', width: 90, height: 28, background: 'repeating-linear-gradient(45deg,#ddd,#ddd 4px,#eee 4px,#eee 8px)' }} role="img" aria-label="验证码图片" />
            </div>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={s.agreed} onChange={(c: boolean) => set({ agreed: c })}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
          </Form.Item>
          <Button type="primary" onClick={() => set({ verifyClicks: s.verifyClicks + 1 })}>信息校验</Button>
        </Form>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ aliyun upload (unit), tabs */

const MATERIALS: { key: string; name: string; req: string; required: boolean }[] = [
  { key: 'licence', name: '营业执照', req: '上传营业执照原件彩色扫描件或照片，jpg/png，不超过 4MB', required: true },
  { key: 'prIdFront', name: '主体负责人身份证人像面', req: '主体负责人（法定代表人）有效身份证件原件', required: true },
  { key: 'prIdBack', name: '主体负责人身份证国徽面', req: '与人像面为同一证件', required: true },
  { key: 'wpIdFront', name: '网站负责人身份证人像面', req: '互联网信息服务负责人有效身份证件原件', required: true },
  { key: 'pledge', name: '《ICP备案信息真实性承诺书》', req: '下载模板，打印后由主体负责人签字并加盖公章', required: true },
  { key: 'domainCert', name: '域名证书（选填）', req: '域名持有者须与主办单位一致', required: false },
  { key: 'other', name: '其他资料（选填）', req: '管局要求的其他辅助材料', required: false },
];

function AliyunUploadTabs() {
  const [s, set] = useReplica('aliyun', 'upload', '单位', {
    licence: [] as unknown[], prIdFront: [] as unknown[], prIdBack: [] as unknown[], wpIdFront: [] as unknown[], pledge: [] as unknown[],
    domainCert: [] as unknown[], other: [] as unknown[], appPhone: '', sendClicks: 0, faceClicks: 0, agreed: false, submitClicks: 0,
  });
  return (
    <div style={{ width: 1000, margin: '0 auto', padding: 20 }}>
      <h2 style={{ margin: '0 0 4px' }}>上传资料</h2>
      <div style={{ color: '#888', marginBottom: 12 }}>主办单位：杭州云栖示例科技有限公司　网站：云栖示例科技官网</div>
      <Tab defaultActiveKey="pc" lazyLoad={false} shape="wrapped">
        <Tab.Item key="pc" title="电脑上传">
          <div className="materials" style={{ paddingTop: 12 }}>
            {MATERIALS.map((m) => (
              <div key={m.key} className="mat-row" style={{ display: 'flex', gap: 16, padding: '12px 0', borderBottom: '1px solid #eee' }}>
                <div className="mat-name" style={{ width: 220, fontWeight: 500 }}>{m.required && <span style={{ color: '#f33' }}>* </span>}{m.name}</div>
                <div className="mat-req" style={{ width: 280, color: '#888' }}>{m.req}</div>
                <div style={{ flex: 1 }}>
                  <Upload.Dragger listType="text" autoUpload={false} limit={2} value={(s as Record<string, unknown>)[m.key] as never}
                    onChange={(v) => set({ [m.key]: v } as never)} accept="image/png,image/jpeg,application/pdf">
                    <div style={{ padding: 10, textAlign: 'center', color: '#666' }}>点击或将文件拖拽到这里上传</div>
                  </Upload.Dragger>
                </div>
              </div>
            ))}
          </div>
          <div style={{ padding: '16px 0', display: 'flex', alignItems: 'center', gap: 12 }}>
            <b>人脸核验</b><span style={{ color: '#888' }}>主体负责人须在阿里云App完成人脸核验</span>
            <Button onClick={() => set({ faceClicks: s.faceClicks + 1 })}>人脸核验</Button>
          </div>
        </Tab.Item>
        <Tab.Item key="app" title="阿里云App上传">
          <div style={{ padding: 16 }}>
            <p>使用阿里云App扫码或通过短信链接，在手机上拍照上传全部资料并完成人脸核验。</p>
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <span className="app-label">接收短信的手机号</span>
              <Input value={s.appPhone} onChange={(v) => set({ appPhone: String(v) })} placeholder="请输入手机号" />
              <Button onClick={() => set({ sendClicks: s.sendClicks + 1 })}>发送链接</Button>
            </div>
          </div>
        </Tab.Item>
      </Tab>
      <div style={{ margin: '12px 0' }}>
        <Checkbox checked={s.agreed} onChange={(c: boolean) => set({ agreed: c })}>我承诺所上传资料真实有效</Checkbox>
      </div>
      <Button type="primary" onClick={() => set({ submitClicks: s.submitClicks + 1 })}>提交初审</Button>
    </div>
  );
}

/* ------------------------------------------------------------------ mps principal (unit), bold-line blocks */

type Role = 'sec' | 'emg';
function MpsPrincipalBoldLine() {
  const blank = (r: Role) => ({
    [`${r}Same`]: false, [`${r}Name`]: '', [`${r}CertType`]: '', [`${r}CertNumber`]: '', [`${r}Validity`]: ['', ''], [`${r}LongTerm`]: false,
    [`${r}Mobile`]: '', [`${r}Email`]: '',
  });
  const [s, set] = useReplica('mps', 'principal', '单位', {
    ...blank('sec'), ...blank('emg'), secIdFront: [] as unknown[], secIdBack: [] as unknown[], secIdHand: [] as unknown[],
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  } as Record<string, unknown>);
  const v = (k: string) => s[k] as string;
  const block = (r: Role) => {
    const locked = s[`${r}Same`] as boolean;
    const validity = s[`${r}Validity`] as string[];
    const long = s[`${r}LongTerm`] as boolean;
    const onSame = (c: boolean) => {
      if (!c) return set({ [`${r}Same`]: false });
      const p = HELD_PRINCIPAL.单位;
      set({
        [`${r}Same`]: true, [`${r}Name`]: p.name, [`${r}CertType`]: p.certType, [`${r}CertNumber`]: p.certNumber,
        [`${r}Validity`]: [p.validFrom, p.longTerm ? '' : p.validTo], [`${r}LongTerm`]: p.longTerm, [`${r}Mobile`]: p.mobile, [`${r}Email`]: p.email,
      });
    };
    const upload = (k: string, label: string) => (
      <Form.Item label={label} required>
        <Upload listType="text" autoUpload={false} limit={1} value={s[k] as never} onChange={(x) => set({ [k]: x })} accept="image/*">
          <Button>上传照片</Button>
        </Upload>
      </Form.Item>
    );
    return (
      <div className={`block-${r}`}>
        <Form.Item label=" ">
          <Checkbox checked={locked} onChange={onSame}>同主体负责人信息</Checkbox>
        </Form.Item>
        <Form.Item label="姓名" required><Input disabled={locked} value={v(`${r}Name`)} onChange={(x) => set({ [`${r}Name`]: String(x) })} /></Form.Item>
        <Form.Item label="证件类型" required>
          <Select style={{ width: 260 }} disabled={locked} value={v(`${r}CertType`) || undefined} dataSource={MPS_PERSON_CERTS} onChange={(x: unknown) => set({ [`${r}CertType`]: String(x) })} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="证件号码" required><Input disabled={locked} value={v(`${r}CertNumber`)} onChange={(x) => set({ [`${r}CertNumber`]: String(x) })} /></Form.Item>
        <Form.Item label="证件有效期" required>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <DatePicker2.RangePicker disabled={locked ? true : [false, long]} value={[validity[0] || null, validity[1] || null] as never}
              onChange={(_val: unknown, strs: unknown) => { const a = (Array.isArray(strs) ? strs : []) as string[]; set({ [`${r}Validity`]: [a[0] || '', long ? '' : a[1] || ''] }); }} />
            <Checkbox disabled={locked} checked={long}
              onChange={(c: boolean) => set(c ? { [`${r}LongTerm`]: true, [`${r}Validity`]: [validity[0], ''] } : { [`${r}LongTerm`]: false })}>长期</Checkbox>
          </div>
        </Form.Item>
        {r === 'sec' && upload('secIdFront', '证件正面')}
        {r === 'sec' && upload('secIdBack', '证件反面')}
        {r === 'sec' && upload('secIdHand', '手持证件照')}
        <Form.Item label="手机号码" required><Input disabled={locked} value={v(`${r}Mobile`)} onChange={(x) => set({ [`${r}Mobile`]: String(x) })} /></Form.Item>
        <Form.Item label="电子邮件地址" required><Input disabled={locked} value={v(`${r}Email`)} onChange={(x) => set({ [`${r}Email`]: String(x) })} /></Form.Item>
      </div>
    );
  };
  return (
    <div style={{ width: 900, margin: '0 auto', padding: 20 }}>
      <div style={{ fontSize: 18, fontWeight: 600, marginBottom: 8 }}>新办网站申请</div>
      <div className="wizard" style={{ color: '#888', marginBottom: 16 }}>开办主体 ＞ 网站基本信息 ＞ <span style={{ color: '#1764c6' }}>网站负责人</span> ＞ 提示说明</div>
      <div style={{ border: '1px solid #dcdfe6', padding: '16px 24px' }}>
        <Form labelAlign="left" labelTextAlign="right" labelCol={{ fixedSpan: 8 }} wrapperCol={{ span: 14 }}>
          <p className="role-line" style={{ margin: '0 0 8px' }}><b>网站安全负责人</b></p>
          {block('sec')}
          <p className="role-line" style={{ margin: '16px 0 8px' }}><b>网站应急联络人</b></p>
          {block('emg')}
        </Form>
      </div>
      <div style={{ textAlign: 'center', marginTop: 16, display: 'flex', gap: 8, justifyContent: 'center' }}>
        <Button onClick={() => set({ prevClicks: (s.prevClicks as number) + 1 })}>上一步</Button>
        <Button onClick={() => set({ draftClicks: (s.draftClicks as number) + 1 })}>保存草稿</Button>
        <Button type="primary" onClick={() => set({ nextClicks: (s.nextClicks as number) + 1 })}>下一步</Button>
      </div>
    </div>
  );
}

const PAGES: Record<string, () => React.ReactElement> = {
  'heldout4-aliyun-basic-person-fusion': AliyunBasicStacked,
  'heldout4-aliyun-upload-unit-fusion-tabs': AliyunUploadTabs,
  'heldout4-mps-principal-unit-fusion-boldline': MpsPrincipalBoldLine,
};

const Page = PAGES[build()];
if (Page) createRoot(document.getElementById('app')!).render(<Page />);
