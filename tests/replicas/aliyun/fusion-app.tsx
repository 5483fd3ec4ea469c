/**
 * Replica of the Alibaba Cloud ICP filing console wizard (首次备案, PC) built with React 18 + Fusion Next
 * (`@alifd/next`), the component library Alibaba Cloud consoles are built on. Every form is a Fusion
 * `Form` bound to a Fusion `Field`, like console code does, so values only change through the
 * components' own handlers. Bundled by ./index.ts with react → react-18 aliasing.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, CascaderSelect, Checkbox, DatePicker2, Field, Form, Input, Message, Select, Step, Upload,
} from '@alifd/next';
import {
  APPROVALS, LANGUAGES, NATURES, PERSON_CERT_TYPES, SAMPLE_BASIC, SAMPLE_PRINCIPAL, SERVICE_CONTENTS, SERVICE_TYPES,
  STEP_IDS, STEP_TITLES, certTypesFor, installGlobal, plain, regionChildren, regionDelay, regionPathOf, replicaParams,
  type RegionNode, type StepId, type Subject,
} from './data';

const params = replicaParams();
const g = installGlobal({ platform: 'aliyun', step: params.step, library: 'fusion-next', getState: () => ({}) });

type AnyField = InstanceType<typeof Field>;
type Values = Record<string, any>;

/* ----------------------------------------------------------------- region tree (lazy, like the real API) */

type CascaderItem = {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: CascaderItem[];
};

const toItem = (n: RegionNode, depth: number): CascaderItem => ({
  value: n.code,
  label: n.name,
  isLeaf: depth >= 2 || !n.children?.length,
});

/** Provinces only, plus the branches along `codes` (so a pre-filled value can be displayed). */
function regionTree(codes: string[] = []): CascaderItem[] {
  const build = (parent: string, depth: number): CascaderItem[] =>
    regionChildren(parent).map((n) => {
      const item = toItem(n, depth);
      if (!item.isLeaf && codes.some((c) => c.startsWith(n.code) && c.length > n.code.length)) item.children = build(n.code, depth + 1);
      return item;
    });
  return build('', 0);
}

function withChildren(tree: CascaderItem[], code: string, kids: CascaderItem[]): CascaderItem[] {
  return tree.map((it) => {
    if (it.value === code) return { ...it, children: kids };
    if (it.children && code.startsWith(it.value)) return { ...it, children: withChildren(it.children, code, kids) };
    return it;
  });
}

function RegionCascader(props: { value?: string; onChange?: (v: string) => void; disabled?: boolean; id?: string; name?: string }) {
  const { value, onChange, disabled, ...rest } = props;
  const [tree, setTree] = useState<CascaderItem[]>(() => regionTree(value ? [value] : []));
  const treeRef = useRef(tree);
  treeRef.current = tree;
  useEffect(() => {
    // a value set from outside (pre-fill from step 1) needs its branch to be displayable
    if (value && !regionPathOf(value).every((_, i) => findItem(treeRef.current, value.slice(0, 2 * (i + 1))))) {
      setTree(regionTree([value]));
    }
  }, [value]);
  const loadData = (item: { value: string }) =>
    new Promise<void>((resolve) => {
      setTimeout(() => {
        const depth = item.value.length / 2;
        setTree((t) => withChildren(t, item.value, regionChildren(item.value).map((n) => toItem(n, depth))));
        resolve();
      }, regionDelay());
    });
  return (
    <CascaderSelect
      {...rest}
      style={{ width: '100%' }}
      placeholder="请选择省/市/区"
      dataSource={tree}
      loadData={loadData}
      value={value}
      disabled={disabled}
      onChange={(v) => onChange?.(Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))}
    />
  );
}

function findItem(tree: CascaderItem[] | undefined, code: string): CascaderItem | undefined {
  for (const it of tree ?? []) {
    if (it.value === code) return it;
    if (code.startsWith(it.value)) return findItem(it.children, code);
  }
  return undefined;
}

/* ----------------------------------------------------------------- small helpers */

/** Help text under a control (Fusion renders Form.Item `extra` as given). */
const Extra = ({ children }: { children: ReactNode }) => <div className="next-form-item-extra form-extra">{children}</div>;
const sel = (list: string[]) => list.map((v) => ({ label: v, value: v }));
const FormItem = Form.Item;
const formLayout = { labelAlign: 'left' as const, labelCol: { fixedSpan: 9 }, wrapperCol: { span: 14 } };
const MB = 1024 * 1024;

function variantOf(nature: unknown): Subject {
  return nature === '个人' ? '个人' : '单位';
}

/**
 * Principal (负责人) block shared by step 2 and step 3. `prefix` is the Field name prefix. Called as a
 * function (not a component) so the Form sees the Form.Items through the fragment and lays them out.
 */
function principalFields(props: { field: AnyField; prefix: string; range: boolean; office: boolean }) {
  const { field, prefix, range, office } = props;
  const longTerm = !!field.getValue(`${prefix}.longTerm`);
  return (
    <>
      <FormItem label="负责人姓名" required requiredMessage="请输入负责人姓名">
        <Input name={`${prefix}.name`} placeholder="请输入负责人姓名" />
      </FormItem>
      <FormItem label="负责人证件类型" required requiredMessage="请选择负责人证件类型">
        <Select name={`${prefix}.certType`} dataSource={sel(PERSON_CERT_TYPES)} placeholder="请选择" style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="负责人证件号码" required requiredMessage="请输入负责人证件号码">
        <Input name={`${prefix}.certNo`} placeholder="请输入证件号码" />
      </FormItem>
      {range ? (
        <FormItem label="证件有效期" required requiredMessage="请选择证件有效期">
          <DatePicker2.RangePicker
            name={`${prefix}.validity`}
            outputFormat="YYYY-MM-DD"
            format="YYYY-MM-DD"
            placeholder={['开始日期', '结束日期']}
            disabled={[false, longTerm]}
            style={{ width: 300 }}
          />
          <Checkbox name={`${prefix}.longTerm`} style={{ marginLeft: 12 }}>长期</Checkbox>
        </FormItem>
      ) : (
        <FormItem label="证件有效期" required requiredMessage="请选择证件有效期">
          <DatePicker2 name={`${prefix}.validFrom`} outputFormat="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="起始日期" style={{ width: 150 }} />
          <span className="range-sep"> 至 </span>
          <DatePicker2
            name={`${prefix}.validTo`}
            outputFormat="YYYY-MM-DD"
            format="YYYY-MM-DD"
            placeholder="截止日期"
            disabled={longTerm}
            style={{ width: 150 }}
          />
          <Checkbox name={`${prefix}.longTerm`} style={{ marginLeft: 12 }}>长期</Checkbox>
        </FormItem>
      )}
      <FormItem label="手机号码" required requiredMessage="请输入手机号码" pattern={/^1[3-9]\d{9}$/} patternMessage="请输入正确的手机号码">
        <Input name={`${prefix}.mobile`} placeholder="请输入手机号码" maxLength={11} />
      </FormItem>
      <FormItem label="应急联系电话" required requiredMessage="请输入应急联系电话">
        <Input name={`${prefix}.emergencyPhone`} placeholder="请输入应急联系电话" />
      </FormItem>
      {office && (
        <FormItem label="办公室电话">
          <Input name={`${prefix}.officePhone`} placeholder="如：086-0571-88888888" />
        </FormItem>
      )}
      <FormItem label="电子邮箱" required requiredMessage="请输入电子邮箱" format="email" formatMessage="请输入正确的电子邮箱">
        <Input name={`${prefix}.email`} placeholder="请输入电子邮箱" />
      </FormItem>
    </>
  );
}

/* ----------------------------------------------------------------- steps */

function BasicStep({ field, onClick }: { field: AnyField; onClick: (label: string) => void }) {
  const nature = field.getValue('nature') as string | undefined;
  return (
    <Form field={field} {...formLayout} className="replica-form" data-step="basic">
      <FormItem label="主办单位所属区域" required requiredMessage="请选择主办单位所属区域">
        <RegionCascader name="regionCode" />
      </FormItem>
      <FormItem label="主办单位性质" required requiredMessage="请选择主办单位性质">
        <Select name="nature" dataSource={sel(NATURES)} placeholder="请选择" style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="主办单位证件类型" required requiredMessage="请选择主办单位证件类型">
        <Select
          name="certType"
          dataSource={sel(certTypesFor(nature))}
          placeholder={nature ? '请选择' : '请先选择主办单位性质'}
          notFoundContent="请先选择主办单位性质"
          style={{ width: '100%' }}
        />
      </FormItem>
      <FormItem label="主办单位证件号码" required requiredMessage="请输入主办单位证件号码">
        <Input name="certNo" placeholder="请输入证件号码" />
      </FormItem>
      <FormItem label="网站域名" required requiredMessage="请输入网站域名" extra={<Extra>请输入不带 www 的主域名，如 example.com</Extra>}>
        <Input name="domain" placeholder="请输入域名" />
      </FormItem>
      <FormItem label=" ">
        <Button type="secondary" onClick={() => onClick('信息校验')}>信息校验</Button>
      </FormItem>
    </Form>
  );
}

function SubjectStep({ field }: { field: AnyField }) {
  const variant = variantOf(field.getValue('nature'));
  const nature = field.getValue('nature') as string | undefined;
  return (
    <Form field={field} {...formLayout} className="replica-form" data-step="subject">
      <h3 className="section-title">主办者信息</h3>
      <FormItem label="主办单位或主办人名称" required requiredMessage="请输入主办单位或主办人名称">
        <Input name="name" placeholder={variant === '个人' ? '请输入主办人姓名' : '请输入主办单位全称'} />
      </FormItem>
      <FormItem label="主办单位性质" required>
        <Select name="nature" dataSource={sel(NATURES)} disabled style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="主办单位证件类型" required>
        <Select name="certType" dataSource={sel(certTypesFor(nature))} disabled style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="主办单位证件号码" required>
        <Input name="certNo" disabled />
      </FormItem>
      <FormItem label="主办单位证件住所" required requiredMessage="请输入主办单位证件住所">
        <Input name="certAddress" placeholder="请输入证件上的住所地址" />
      </FormItem>
      <FormItem label="主办单位所属区域" required>
        <RegionCascader name="regionCode" disabled />
      </FormItem>
      <FormItem label="主办单位通讯地址" required requiredMessage="请输入主办单位通讯地址" extra={<Extra>请填写到门牌号</Extra>}>
        <Input.TextArea name="address" placeholder="请输入详细通讯地址" rows={2} />
      </FormItem>
      {variant === '单位' && (
        <FormItem label="投资人或主管单位" required requiredMessage="请输入投资人或主管单位">
          <Input name="investor" placeholder="请输入投资人或主管单位" />
        </FormItem>
      )}
      <h3 className="section-title">主体负责人信息</h3>
      {principalFields({ field, prefix: 'principal', range: true, office: true })}
      <FormItem label="备注">
        <Input.TextArea name="remark" placeholder="选填" rows={3} />
      </FormItem>
    </Form>
  );
}

function SiteStep({ field }: { field: AnyField }) {
  return (
    <Form field={field} {...formLayout} className="replica-form" data-step="site">
      <h3 className="section-title">网站基本信息</h3>
      <FormItem label="网站名称" required requiredMessage="请输入网站名称">
        <Input name="siteName" placeholder="请输入网站名称" />
      </FormItem>
      <FormItem label="网站域名" required>
        <Input name="domain" readOnly />
      </FormItem>
      <FormItem label="网站首页URL" required requiredMessage="请输入网站首页URL" extra={<Extra>无需填写 http://</Extra>}>
        <Input name="homeUrl" placeholder="如：www.example.com" />
      </FormItem>
      <FormItem label="服务类型" required requiredMessage="请选择服务类型">
        <Select name="serviceType" dataSource={sel(SERVICE_TYPES)} placeholder="请选择" style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="网站服务内容" required requiredMessage="请选择网站服务内容">
        <Select name="content" dataSource={sel(SERVICE_CONTENTS)} placeholder="请选择" style={{ width: '100%' }} />
      </FormItem>
      <FormItem label="网站语言" required requiredMessage="请选择网站语言">
        <Checkbox.Group name="languages" dataSource={sel(LANGUAGES)} />
      </FormItem>
      <FormItem label="前置审批项" extra={<Extra>不勾选表示不涉及前置审批</Extra>}>
        <Checkbox.Group name="approvals" dataSource={sel(APPROVALS)} />
      </FormItem>
      <h3 className="section-title">网站负责人</h3>
      <FormItem label=" ">
        <Checkbox name="sameAsPrincipal">同主体负责人</Checkbox>
      </FormItem>
      {principalFields({ field, prefix: 'principal', range: false, office: false })}
      <FormItem label="网站备注">
        <Input.TextArea name="remark" placeholder="请简要描述网站内容" rows={3} />
      </FormItem>
    </Form>
  );
}

interface UploadSlot {
  key: string;
  label: string;
  required: boolean;
  hint?: string;
}

function uploadSlots(variant: Subject, certType: string): UploadSlot[] {
  const slots: UploadSlot[] = [];
  if (variant === '单位') slots.push({ key: 'subjectCert', label: '主体证件', required: true, hint: `请上传${certType || '营业执照'}原件的彩色扫描件或照片` });
  slots.push(
    { key: 'principalFront', label: '负责人身份证正面', required: true },
    { key: 'principalBack', label: '负责人身份证反面', required: true },
    { key: 'sitePrincipalFront', label: '网站负责人身份证正面', required: true },
    { key: 'sitePrincipalBack', label: '网站负责人身份证反面', required: true },
    { key: 'domainCert', label: '域名证书', required: false },
    { key: 'other', label: '其他材料', required: false },
  );
  return slots;
}

/** Upload that never touches the network: the request is resolved locally with an object URL. */
const localRequest = (option: any) => {
  const timer = setTimeout(() => {
    option.onProgress?.({ percent: 100 });
    option.onSuccess?.({ success: true, url: URL.createObjectURL(option.file) }, option.file);
  }, 80);
  return { abort: () => clearTimeout(timer) };
};

function beforeUpload(file: any): boolean {
  const type = String(file.type ?? '');
  if (!/^image\/(png|jpe?g)$/.test(type) && !/\.(png|jpe?g)$/i.test(String(file.name))) {
    Message.error('仅支持 jpg/png 格式的图片');
    return false;
  }
  if (file.size > 4 * MB) {
    Message.error('图片大小不能超过 4MB');
    return false;
  }
  return true;
}

function UploadStep({ field, variant, certType }: { field: AnyField; variant: Subject; certType: string }) {
  return (
    <Form field={field} {...formLayout} className="replica-form" data-step="upload">
      <h3 className="section-title">上传资料</h3>
      {uploadSlots(variant, certType).map((s) => (
        <FormItem
          key={s.key}
          label={s.label}
          required={s.required}
          requiredMessage={`请上传${s.label}`}
          extra={<Extra>{`${s.hint ? s.hint + '；' : ''}支持 jpg/png 格式，大小不超过 4MB`}</Extra>}
        >
          <Upload.Card
            name={s.key}
            accept="image/png, image/jpg, image/jpeg"
            limit={1}
            request={localRequest}
            beforeUpload={beforeUpload}
          />
        </FormItem>
      ))}
    </Form>
  );
}

/* ----------------------------------------------------------------- state extraction */

function fileInfo(list: unknown): { name: string; size: number; type: string }[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((f) => f && f.state !== 'error')
    .map((f) => {
      const o = f.originFileObj ?? f;
      return { name: String(f.name ?? o.name), size: Number(f.size ?? o.size ?? 0), type: String(o.type ?? f.type ?? '') };
    });
}

function principalOut(p: Values | undefined, range: boolean) {
  const v = p ?? {};
  const [from, to] = range ? ((v.validity as (string | null)[] | undefined) ?? []) : [v.validFrom, v.validTo];
  return {
    name: v.name ?? '',
    certType: v.certType ?? '',
    certNo: v.certNo ?? '',
    validFrom: from ?? '',
    validTo: v.longTerm ? '' : (to ?? ''),
    longTerm: !!v.longTerm,
    mobile: v.mobile ?? '',
    emergencyPhone: v.emergencyPhone ?? '',
    ...(range ? { officePhone: v.officePhone ?? '' } : {}),
    email: v.email ?? '',
  };
}

function stateOf(step: StepId, fields: Record<StepId, AnyField>, variant: Subject): Record<string, unknown> {
  const v = fields[step].getValues() as Values;
  switch (step) {
    case 'basic':
      return plain({
        regionCode: v.regionCode ?? '', regionPath: regionPathOf(v.regionCode), nature: v.nature ?? '',
        certType: v.certType ?? '', certNo: v.certNo ?? '', domain: v.domain ?? '',
      });
    case 'subject':
      return plain({
        name: v.name ?? '', nature: v.nature ?? '', certType: v.certType ?? '', certNo: v.certNo ?? '',
        certAddress: v.certAddress ?? '', regionCode: v.regionCode ?? '', regionPath: regionPathOf(v.regionCode),
        address: v.address ?? '', ...(variant === '单位' ? { investor: v.investor ?? '' } : {}),
        principal: principalOut(v.principal, true), remark: v.remark ?? '',
      });
    case 'site':
      return plain({
        siteName: v.siteName ?? '', domain: v.domain ?? '', homeUrl: v.homeUrl ?? '', serviceType: v.serviceType ?? '',
        content: v.content ?? '', languages: v.languages ?? [], approvals: v.approvals ?? [],
        sameAsPrincipal: !!v.sameAsPrincipal, principal: principalOut(v.principal, false), remark: v.remark ?? '',
      });
    case 'upload': {
      const out: Record<string, unknown> = {};
      for (const s of uploadSlots(variant, '')) out[s.key] = fileInfo(v[s.key]);
      return plain(out);
    }
  }
}

/* ----------------------------------------------------------------- the wizard */

/** Initial values when a test opens a later step directly (what steps 1–2 would have produced). */
function seedValues(start: StepId, subject: Subject): Record<StepId, Values> {
  const out: Record<StepId, Values> = { basic: {}, subject: {}, site: {}, upload: {} };
  if (start === 'basic') return out;
  const b = SAMPLE_BASIC[subject];
  out.basic = { ...b };
  out.subject = { nature: b.nature, certType: b.certType, certNo: b.certNo, regionCode: b.regionCode };
  if (start === 'subject') return out;
  const p = SAMPLE_PRINCIPAL;
  Object.assign(out.subject, {
    name: subject === '个人' ? p.name : '杭州示例科技有限公司',
    certAddress: '浙江省杭州市余杭区文一西路969号',
    address: '浙江省杭州市余杭区文一西路969号3号楼',
    ...(subject === '单位' ? { investor: '杭州示例科技有限公司' } : {}),
    principal: {
      name: p.name, certType: p.certType, certNo: p.certNo, validity: [p.validFrom, p.validTo], longTerm: false,
      mobile: p.mobile, emergencyPhone: p.emergencyPhone, email: p.email,
    },
  });
  out.site = { domain: b.domain };
  return out;
}

const initial = seedValues(params.step, params.subject ?? '单位');

function App() {
  const [step, setStep] = useState<StepId>(params.step);
  const fieldsRef = useRef<Record<StepId, AnyField> | null>(null);
  const onUserChange = (stepId: StepId, name: string, value: unknown) => {
    g.changes++;
    const f = fieldsRef.current!;
    if (stepId === 'basic' && name === 'nature') f.basic.setValue('certType', undefined);
    if (name === 'principal.longTerm' && value) {
      if (stepId === 'subject') {
        const r = (f.subject.getValue('principal.validity') as (string | null)[] | undefined) ?? [];
        f.subject.setValue('principal.validity', [r[0] ?? null, null]);
      } else f.site.setValue('principal.validTo', undefined);
    }
    if (stepId === 'site' && name === 'sameAsPrincipal' && value) {
      const p = principalOut(f.subject.getValue('principal') as Values, true);
      f.site.setValues({
        principal: {
          name: p.name, certType: p.certType || undefined, certNo: p.certNo, validFrom: p.validFrom || undefined,
          validTo: p.validTo || undefined, longTerm: p.longTerm, mobile: p.mobile, emergencyPhone: p.emergencyPhone, email: p.email,
        },
      });
    }
  };
  const mk = (id: StepId) => ({
    parseName: true,
    autoUnmount: false, // keep a step's values while another step is shown
    values: initial[id],
    onChange: (name: string, value: unknown) => onUserChange(id, name, value),
  });
  const fields: Record<StepId, AnyField> = {
    basic: Field.useField(mk('basic')),
    subject: Field.useField(mk('subject')),
    site: Field.useField(mk('site')),
    upload: Field.useField(mk('upload')),
  };
  fieldsRef.current = fields;

  const variant = variantOf(fields.subject.getValue('nature') ?? fields.basic.getValue('nature'));
  g.step = step;
  g.variant = step === 'basic' ? undefined : variant;
  g.getState = () => stateOf(g.step, fieldsRef.current!, variantOf(fieldsRef.current!.subject.getValue('nature')));

  const idx = STEP_IDS.indexOf(step);
  const go = (to: StepId) => {
    const b = fields.basic.getValues() as Values;
    if (step === 'basic' && to === 'subject') {
      fields.subject.setValues({ nature: b.nature, certType: b.certType, certNo: b.certNo, regionCode: b.regionCode });
    }
    if (to === 'site' && !fields.site.getValue('domain')) fields.site.setValues({ domain: b.domain });
    setStep(to);
    window.scrollTo(0, 0);
  };
  const click = (label: string) => {
    g.clicks.push(label);
    if (label !== '上一步') g.submits++;
    if (label === '下一步' && idx < STEP_IDS.length - 1) go(STEP_IDS[idx + 1]!);
    if (label === '上一步' && idx > 0) go(STEP_IDS[idx - 1]!);
    if (label === '提交') Message.success('已提交（演示页面，不会真正提交）');
  };

  return (
    <div className="console">
      <div className="console-topbar">
        <span className="logo">阿里云</span>
        <span className="product">ICP代备案管理系统</span>
      </div>
      <div className="console-body">
        <div className="page-header">
          <h1 className="page-title">首次备案</h1>
        </div>
        <Step current={idx} shape="circle" labelPlacement="hoz" readOnly className="ba-steps">
          {STEP_IDS.map((s) => <Step.Item key={s} title={STEP_TITLES[s]} />)}
        </Step>
        <div className="step-card">
          <h2 className="step-title">{STEP_TITLES[step]}{step === 'basic' ? '（信息校验）' : ''}</h2>
          {step === 'basic' && <BasicStep field={fields.basic} onClick={click} />}
          {step === 'subject' && <SubjectStep field={fields.subject} />}
          {step === 'site' && <SiteStep field={fields.site} />}
          {step === 'upload' && <UploadStep field={fields.upload} variant={variant} certType={String(fields.subject.getValue('certType') ?? '')} />}
          <div className="step-actions">
            {idx > 0 && <Button onClick={() => click('上一步')}>上一步</Button>}
            {idx < STEP_IDS.length - 1 && <Button type="primary" onClick={() => click('下一步')}>下一步</Button>}
            {idx === STEP_IDS.length - 1 && <Button type="primary" onClick={() => click('提交')}>提交</Button>}
          </div>
        </div>
      </div>
    </div>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
