/**
 * Gen-6 held-out builds made with Fusion Next 1.27 on React 18 (npm aliases react-18 / react-dom-18; see
 * index.ts). The framework state is one React state object per page; getState() returns it (upload file
 * objects as their names).
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Card, Checkbox, DatePicker2, Form, Grid, Input, Radio, Select, Switch, Upload } from '@alifd/next';
import {
  B, build, expose, snapshot, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ICP_SERVICE_TYPES,
  MPS_PERSON_CERT_CODES, PHONE_PREFIXES,
} from './common';

const { Row, Col } = Grid;
type State = Record<string, unknown>;

function useReplica<T extends State>(platform: string, step: string, variant: string, init: T) {
  const ref = useRef<T>(init);
  const [s, setS] = useState<T>(init);
  const bump = useMemo(() => expose(platform, step, variant, () => snapshot(ref.current)), []);
  const set = useCallback((patch: Partial<T>) => {
    ref.current = { ...ref.current, ...patch };
    setS(ref.current);
    bump();
  }, [bump]);
  return [s, set] as const;
}

const CSS = `
body{margin:0;background:#f7f8fa;font-family:"PingFang SC","Microsoft YaHei",sans-serif;font-size:12px}
.top{height:50px;background:#fff;border-bottom:1px solid #e3e4e6;display:flex;align-items:center;padding:0 24px;font-size:14px;font-weight:600}
.top .brand{color:#ff6a00;margin-right:14px}
.page{max-width:1100px;margin:16px auto;padding:0 16px}
.page .next-card{margin-bottom:16px}
.range{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.range .to{color:#666}
.actions{display:flex;justify-content:center;gap:12px;padding:12px 0 32px}
.box{border:1px solid #dcdee3;background:#fff;height:100%}
.box .bar{background:#f2f3f5;border-bottom:1px solid #dcdee3;padding:10px 16px;font-size:14px;font-weight:600;display:flex;justify-content:space-between;align-items:center}
.box .bar .same{font-weight:400;font-size:12px;display:flex;gap:6px;align-items:center}
.box .body{padding:16px 16px 0;overflow:hidden}
.tip{color:#888;margin:0 0 12px}
`;

/** One row holding the validity start, 至, end and a 长期 checkbox (which clears and locks the end). */
function ValidityRow(props: {
  from: string; to: string; longTerm: boolean; disabled?: boolean;
  onChange: (patch: { from?: string; to?: string; longTerm?: boolean }) => void;
}) {
  return (
    <div className="range">
      <DatePicker2
        value={props.from || null}
        format="YYYY-MM-DD"
        outputFormat="YYYY-MM-DD"
        placeholder="开始日期"
        disabled={props.disabled}
        onChange={(v: unknown) => props.onChange({ from: typeof v === 'string' ? v : '' })}
      />
      <span className="to">至</span>
      <DatePicker2
        value={props.to || null}
        format="YYYY-MM-DD"
        outputFormat="YYYY-MM-DD"
        placeholder={props.longTerm ? '长期' : '结束日期'}
        disabled={props.disabled || props.longTerm}
        onChange={(v: unknown) => props.onChange({ to: typeof v === 'string' ? v : '' })}
      />
      <Checkbox checked={props.longTerm} disabled={props.disabled} onChange={(c: boolean) => props.onChange(c ? { longTerm: true, to: '' } : { longTerm: false })}>长期</Checkbox>
    </div>
  );
}

/** A phone input with a calling-code Select in front (two controls, one item). */
function PhoneInput(props: { prefix: string; value: string; disabled?: boolean; onPrefix: (v: string) => void; onChange: (v: string) => void }) {
  return (
    <Input
      value={props.value}
      disabled={props.disabled}
      placeholder="请输入手机号码"
      addonBefore={
        <Select
          value={props.prefix}
          disabled={props.disabled}
          style={{ width: 80 }}
          dataSource={PHONE_PREFIXES.map((p) => ({ value: p, label: p }))}
          onChange={(v: unknown) => props.onPrefix(String(v ?? ''))}
        />
      }
      onChange={(v: unknown) => props.onChange(String(v ?? ''))}
    />
  );
}

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (个人), preview items */

function AliyunSitePerson() {
  const [s, set] = useReplica('aliyun', 'site', '个人', {
    subject: '张伟', domain: 'zhangwei-notes.cn',
    siteName: '', homeProto: 'http://', homeUrl: '', serviceType: '网站应用服务', content: '', languages: [] as string[], preApproval: '',
    preItems: [] as string[], preNumber: '', remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '', wpPhone: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  return (
    <div>
      <div className="top"><span className="brand">阿里云</span>ICP代备案管理系统 · 填写网站信息</div>
      <div className="page">
        <Form labelAlign="top" fullWidth>
          <Card free>
            <Card.Header title="网站基本信息" />
            <Card.Content>
              <Row gutter={24} wrap>
                <Col span={12}><Form.Item label="主办者"><Input isPreview value={s.subject} /></Form.Item></Col>
                <Col span={12}><Form.Item label="网站域名" help="来自验证备案类型，如需修改请返回上一步"><Input isPreview value={s.domain} /></Form.Item></Col>
                <Col span={12}>
                  <Form.Item label="网站名称" required help="不少于 3 个汉字，不能为域名、纯数字或纯英文">
                    <Input value={s.siteName} onChange={(v: unknown) => set({ siteName: String(v ?? '') })} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="网站首页URL" required>
                    <Input
                      value={s.homeUrl}
                      placeholder="例如 www.example.cn"
                      addonBefore={
                        <Select
                          style={{ width: 90 }}
                          value={s.homeProto}
                          dataSource={['http://', 'https://'].map((p) => ({ value: p, label: p }))}
                          onChange={(v: unknown) => set({ homeProto: String(v ?? '') })}
                        />
                      }
                      onChange={(v: unknown) => set({ homeUrl: String(v ?? '') })}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="服务类型">
                    <Select disabled value={s.serviceType} style={{ width: '100%' }} dataSource={ICP_SERVICE_TYPES.map((v) => ({ value: v, label: v }))} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="网站服务内容" required>
                    <Select
                      style={{ width: '100%' }}
                      placeholder="请选择"
                      value={s.content || undefined}
                      dataSource={ICP_CONTENT.map((v) => ({ value: v, label: v }))}
                      onChange={(v: unknown) => set({ content: String(v ?? '') })}
                    />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item label="网站语言" required>
                    <Checkbox.Group value={s.languages} dataSource={ICP_LANGUAGES} onChange={(v: unknown[]) => set({ languages: v as string[] })} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="是否涉及前置审批" required>
                    <Radio.Group
                      value={s.preApproval}
                      dataSource={['是', '否']}
                      onChange={(v: unknown) => set({ preApproval: String(v), ...(v === '否' ? { preItems: [], preNumber: '' } : {}) })}
                    />
                  </Form.Item>
                </Col>
                {s.preApproval === '是' && (
                  <>
                    <Col span={24}>
                      <Form.Item label="前置审批项" required>
                        <Checkbox.Group value={s.preItems} dataSource={ICP_PRE_APPROVALS} onChange={(v: unknown[]) => set({ preItems: v as string[] })} />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item label="审批文号" required><Input value={s.preNumber} onChange={(v: unknown) => set({ preNumber: String(v ?? '') })} /></Form.Item>
                    </Col>
                  </>
                )}
                <Col span={24}>
                  <Form.Item label="网站备注" help="请描述网站的主要内容与用途，不得出现经营性字样">
                    <Input.TextArea rows={3} value={s.remark} onChange={(v: unknown) => set({ remark: String(v ?? '') })} />
                  </Form.Item>
                </Col>
              </Row>
            </Card.Content>
          </Card>
          <Card free>
            <Card.Header title="网站负责人信息" />
            <Card.Content>
              <Row gutter={24} wrap>
                <Col span={12}>
                  <Form.Item label="网站负责人姓名" required><Input value={s.wpName} onChange={(v: unknown) => set({ wpName: String(v ?? '') })} /></Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="证件类型" required>
                    <Select
                      style={{ width: '100%' }}
                      placeholder="请选择"
                      value={s.wpCertType || undefined}
                      dataSource={ICP_PERSON_CERTS.map((v) => ({ value: v, label: v }))}
                      onChange={(v: unknown) => set({ wpCertType: String(v ?? '') })}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="证件号码" required><Input value={s.wpCertNumber} onChange={(v: unknown) => set({ wpCertNumber: String(v ?? '') })} /></Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="证件有效期" required>
                    <ValidityRow
                      from={s.wpValidFrom}
                      to={s.wpValidTo}
                      longTerm={s.wpLongTerm}
                      onChange={(p) => set({
                        ...(p.from !== undefined ? { wpValidFrom: p.from } : {}),
                        ...(p.to !== undefined ? { wpValidTo: p.to } : {}),
                        ...(p.longTerm !== undefined ? { wpLongTerm: p.longTerm } : {}),
                      })}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="手机号码" required><Input value={s.wpMobile} onChange={(v: unknown) => set({ wpMobile: String(v ?? '') })} /></Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="应急联系电话" required help="须与手机号码不同"><Input value={s.wpEmergency} onChange={(v: unknown) => set({ wpEmergency: String(v ?? '') })} /></Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="电子邮箱" required><Input value={s.wpEmail} onChange={(v: unknown) => set({ wpEmail: String(v ?? '') })} /></Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="办公电话" help="格式：区号-号码，如 0571-12345678">
                    <Input value={s.wpPhone} onChange={(v: unknown) => set({ wpPhone: String(v ?? '') })} />
                  </Form.Item>
                </Col>
              </Row>
            </Card.Content>
          </Card>
        </Form>
        <div className="actions">
          <Button onClick={() => set({ prevClicks: s.prevClicks + 1 })}>上一步</Button>
          <Button onClick={() => set({ saveClicks: s.saveClicks + 1 })}>保存</Button>
          <Button type="primary" onClick={() => set({ nextClicks: s.nextClicks + 1 })}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (单位), two columns */

type PersonKeys = 'Name' | 'CertType' | 'CertNumber' | 'ValidFrom' | 'ValidTo' | 'LongTerm' | 'MobilePrefix' | 'Mobile';
const personInit = (p: 'sec' | 'emg') =>
  ({ [`${p}Same`]: false, [`${p}Name`]: '', [`${p}CertType`]: '', [`${p}CertNumber`]: '', [`${p}ValidFrom`]: '', [`${p}ValidTo`]: '', [`${p}LongTerm`]: false, [`${p}MobilePrefix`]: '+86', [`${p}Mobile`]: '' }) as State;

/** The principal held from the 开办主体 step, in this page's shape (公安 code 01 = 居民身份证). */
function copiedPrincipal(p: 'sec' | 'emg'): State {
  const h = HELD_PRINCIPAL.单位;
  const code = MPS_PERSON_CERT_CODES.find(([, l]) => l === h.certType)?.[0] ?? '';
  return {
    [`${p}Name`]: h.name, [`${p}CertType`]: code, [`${p}CertNumber`]: h.certNumber, [`${p}ValidFrom`]: h.validFrom, [`${p}ValidTo`]: h.validTo,
    [`${p}LongTerm`]: h.longTerm, [`${p}MobilePrefix`]: '+86', [`${p}Mobile`]: h.mobile, ...(p === 'sec' ? { secEmail: h.email } : {}),
  };
}

function MpsPrincipal() {
  const [s, set] = useReplica('mps', 'principal', '单位', {
    ...personInit('sec'), secEmail: '', secPhotos: [] as unknown[], ...personInit('emg'), prevClicks: 0, draftClicks: 0, nextClicks: 0,
  } as State);
  const g = (p: 'sec' | 'emg', k: PersonKeys | 'Same') => s[`${p}${k}`];
  const block = (p: 'sec' | 'emg', title: string, nameLabel: string) => {
    const locked = !!g(p, 'Same');
    const str = (k: PersonKeys) => String(g(p, k) ?? '');
    return (
      <div className={`box block-${p}`}>
        <div className="bar">
          <span>{title}</span>
          <span className="same">
            与主体负责人一致
            <Switch
              size="small"
              checked={locked}
              onChange={(on: boolean) => set(on ? { [`${p}Same`]: true, ...copiedPrincipal(p) } : { [`${p}Same`]: false })}
            />
          </span>
        </div>
        <div className="body">
          <Form labelAlign="left" labelTextAlign="left" labelCol={{ fixedSpan: 7 }}>
            <Form.Item label={nameLabel} required>
              <Input disabled={locked} value={str('Name')} onChange={(v: unknown) => set({ [`${p}Name`]: String(v ?? '') })} />
            </Form.Item>
            <Form.Item label="证件类型" required>
              <Select
                style={{ width: '100%' }}
                disabled={locked}
                placeholder="请选择"
                value={str('CertType') || undefined}
                dataSource={MPS_PERSON_CERT_CODES.map(([v, l]) => ({ value: v, label: l }))}
                onChange={(v: unknown) => set({ [`${p}CertType`]: String(v ?? '') })}
              />
            </Form.Item>
            <Form.Item label="证件号码" required>
              <Input disabled={locked} value={str('CertNumber')} onChange={(v: unknown) => set({ [`${p}CertNumber`]: String(v ?? '') })} />
            </Form.Item>
            <Form.Item label="证件有效期" required>
              <ValidityRow
                disabled={locked}
                from={str('ValidFrom')}
                to={str('ValidTo')}
                longTerm={!!g(p, 'LongTerm')}
                onChange={(q) => set({
                  ...(q.from !== undefined ? { [`${p}ValidFrom`]: q.from } : {}),
                  ...(q.to !== undefined ? { [`${p}ValidTo`]: q.to } : {}),
                  ...(q.longTerm !== undefined ? { [`${p}LongTerm`]: q.longTerm } : {}),
                })}
              />
            </Form.Item>
            <Form.Item label="手机号码" required>
              <PhoneInput
                disabled={locked}
                prefix={str('MobilePrefix')}
                value={str('Mobile')}
                onPrefix={(v) => set({ [`${p}MobilePrefix`]: v })}
                onChange={(v) => set({ [`${p}Mobile`]: v })}
              />
            </Form.Item>
            {p === 'sec' && (
              <>
                <Form.Item label="电子邮件地址" required>
                  <Input disabled={locked} value={String(s.secEmail ?? '')} onChange={(v: unknown) => set({ secEmail: String(v ?? '') })} />
                </Form.Item>
                <Form.Item label="证件照片" required help="请上传证件正面、反面及手持证件照，jpg/png，单张不超过 2MB（勾选一致后仍需上传）">
                  <Upload
                    autoUpload={false}
                    multiple
                    listType="text"
                    accept="image/png,image/jpeg"
                    value={s.secPhotos as never}
                    onChange={(v: unknown[]) => set({ secPhotos: v })}
                  >
                    <Button>选择文件</Button>
                  </Upload>
                </Form.Item>
              </>
            )}
          </Form>
        </div>
      </div>
    );
  };
  return (
    <div>
      <div className="top">全国互联网安全管理服务平台 · 新办网站申请</div>
      <div className="page">
        <p className="tip">第 3 步 / 共 4 步：网站负责人。网站安全负责人与应急联络人可为同一人。</p>
        <Row gutter={16}>
          <Col span={12}>{block('sec', '网站安全负责人', '负责人姓名')}</Col>
          <Col span={12}>{block('emg', '网站应急联络人', '联络人姓名')}</Col>
        </Row>
        <div className="actions">
          <Button onClick={() => set({ prevClicks: Number(s.prevClicks) + 1 })}>上一步</Button>
          <Button onClick={() => set({ draftClicks: Number(s.draftClicks) + 1 })}>保存草稿</Button>
          <Button type="primary" onClick={() => set({ nextClicks: Number(s.nextClicks) + 1 })}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

function App(): ReactNode {
  const b = build();
  if (b === B.aliyunSitePerson) return <AliyunSitePerson />;
  if (b === B.mpsPrincipal) return <MpsPrincipal />;
  return <div>unknown build {b}</div>;
}

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
createRoot(document.getElementById('app')!).render(<App />);
