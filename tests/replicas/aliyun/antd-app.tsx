/**
 * The 填写主办者信息 (单位) step of the Alibaba Cloud ICP console rebuilt with antd 6 on React 19, same
 * labels as the Fusion replica. It exists to show that the extension's label-based locator works on a
 * component library it was not written against. State lives in antd's Form store.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, Select, Steps, message } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import {
  NATURES, PERSON_CERT_TYPES, SAMPLE_BASIC, STEP_IDS, STEP_TITLES, certTypesFor, installGlobal, plain, regionChildren,
  regionDelay, regionPathOf, type RegionNode,
} from './data';

dayjs.locale('zh-cn');

const g = installGlobal({ platform: 'aliyun', step: 'subject', variant: '单位', library: 'antd', getState: () => ({}) });

interface Opt {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: Opt[];
}

const toOpt = (n: RegionNode, depth: number): Opt => ({ value: n.code, label: n.name, isLeaf: depth >= 2 || !n.children?.length });

/** Provinces, plus the branch along `code` so the pre-filled value displays. */
function regionOptions(code: string): Opt[] {
  const build = (parent: string, depth: number): Opt[] =>
    regionChildren(parent).map((n) => {
      const o = toOpt(n, depth);
      if (!o.isLeaf && code.startsWith(n.code) && code.length > n.code.length) o.children = build(n.code, depth + 1);
      return o;
    });
  return build('', 0);
}

const codesOf = (code: string) => [2, 4, 6].filter((l) => code.length >= l).map((l) => code.slice(0, l));
const sel = (list: string[]) => list.map((v) => ({ label: v, value: v }));
const sample = SAMPLE_BASIC['单位'];

function RegionCascader(props: { value?: string[]; onChange?: (v: string[]) => void; disabled?: boolean; id?: string }) {
  const [options, setOptions] = useState<Opt[]>(() => regionOptions(props.value?.at(-1) ?? ''));
  const loadData = (selected: Opt[]) => {
    const target = selected[selected.length - 1]!;
    setTimeout(() => {
      target.children = regionChildren(target.value).map((n) => toOpt(n, selected.length));
      setOptions((o) => [...o]);
    }, regionDelay());
  };
  return (
    <Cascader
      id={props.id}
      options={options}
      loadData={loadData as never}
      value={props.value}
      onChange={(v) => props.onChange?.((v ?? []) as string[])}
      disabled={props.disabled}
      placeholder="请选择省/市/区"
      style={{ width: '100%' }}
    />
  );
}

const fmt = (d: Dayjs | null | undefined) => (d && dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : '');

function App() {
  const [form] = Form.useForm();
  const longTerm = Form.useWatch(['principal', 'longTerm'], form) as boolean | undefined;
  const [msg, holder] = message.useMessage();
  g.getState = () => {
    const v = form.getFieldsValue(true) as Record<string, any>;
    const p = (v.principal ?? {}) as Record<string, any>;
    const range = (p.validity ?? []) as (Dayjs | null)[];
    const region = (v.region ?? []) as string[];
    return plain({
      name: v.name ?? '', nature: v.nature ?? '', certType: v.certType ?? '', certNo: v.certNo ?? '',
      certAddress: v.certAddress ?? '', regionCode: region.at(-1) ?? '', regionPath: regionPathOf(region.at(-1)),
      address: v.address ?? '', investor: v.investor ?? '',
      principal: {
        name: p.name ?? '', certType: p.certType ?? '', certNo: p.certNo ?? '', validFrom: fmt(range[0]),
        validTo: p.longTerm ? '' : fmt(range[1]), longTerm: !!p.longTerm, mobile: p.mobile ?? '',
        emergencyPhone: p.emergencyPhone ?? '', officePhone: p.officePhone ?? '', email: p.email ?? '',
      },
      remark: v.remark ?? '',
    });
  };
  const click = (label: string) => {
    g.clicks.push(label);
    if (label !== '上一步') g.submits++;
    if (label === '下一步') msg.info('演示页面：仅此步骤用 antd 重建');
  };
  const req = (m: string) => [{ required: true, message: m }];
  return (
    <ConfigProvider locale={zhCN}>
      {holder}
      <div className="console">
        <div className="console-topbar">
          <span className="logo">阿里云</span>
          <span className="product">ICP代备案管理系统</span>
        </div>
        <div className="console-body">
          <div className="page-header"><h1 className="page-title">首次备案</h1></div>
          <Steps className="ba-steps" current={1} items={STEP_IDS.map((s) => ({ title: STEP_TITLES[s] }))} />
          <div className="step-card">
            <h2 className="step-title">{STEP_TITLES.subject}</h2>
            <Form
              form={form}
              className="replica-form"
              data-step="subject"
              labelCol={{ flex: '200px' }}
              labelAlign="left"
              wrapperCol={{ flex: 'auto' }}
              initialValues={{
                nature: sample.nature, certType: sample.certType, certNo: sample.certNo, region: codesOf(sample.regionCode),
                principal: { longTerm: false },
              }}
              onValuesChange={() => g.changes++}
            >
              <h3 className="section-title">主办者信息</h3>
              <Form.Item label="主办单位或主办人名称" name="name" rules={req('请输入主办单位或主办人名称')}>
                <Input placeholder="请输入主办单位全称" />
              </Form.Item>
              <Form.Item label="主办单位性质" name="nature" rules={req('请选择主办单位性质')}>
                <Select options={sel(NATURES)} disabled />
              </Form.Item>
              <Form.Item label="主办单位证件类型" name="certType" rules={req('请选择主办单位证件类型')}>
                <Select options={sel(certTypesFor(sample.nature))} disabled />
              </Form.Item>
              <Form.Item label="主办单位证件号码" name="certNo" rules={req('请输入主办单位证件号码')}>
                <Input disabled />
              </Form.Item>
              <Form.Item label="主办单位证件住所" name="certAddress" rules={req('请输入主办单位证件住所')}>
                <Input placeholder="请输入证件上的住所地址" />
              </Form.Item>
              <Form.Item label="主办单位所属区域" name="region" rules={req('请选择主办单位所属区域')}>
                <RegionCascader disabled />
              </Form.Item>
              <Form.Item label="主办单位通讯地址" name="address" rules={req('请输入主办单位通讯地址')} extra="请填写到门牌号">
                <Input.TextArea rows={2} placeholder="请输入详细通讯地址" />
              </Form.Item>
              <Form.Item label="投资人或主管单位" name="investor" rules={req('请输入投资人或主管单位')}>
                <Input placeholder="请输入投资人或主管单位" />
              </Form.Item>
              <h3 className="section-title">主体负责人信息</h3>
              <Form.Item label="负责人姓名" name={['principal', 'name']} rules={req('请输入负责人姓名')}>
                <Input placeholder="请输入负责人姓名" />
              </Form.Item>
              <Form.Item label="负责人证件类型" name={['principal', 'certType']} rules={req('请选择负责人证件类型')}>
                <Select options={sel(PERSON_CERT_TYPES)} placeholder="请选择" />
              </Form.Item>
              <Form.Item label="负责人证件号码" name={['principal', 'certNo']} rules={req('请输入负责人证件号码')}>
                <Input placeholder="请输入证件号码" />
              </Form.Item>
              <Form.Item label="证件有效期" required>
                <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                  <Form.Item name={['principal', 'validity']} noStyle rules={req('请选择证件有效期')}>
                    <DatePicker.RangePicker
                      format="YYYY-MM-DD"
                      placeholder={['开始日期', '结束日期']}
                      disabled={[false, !!longTerm]}
                      allowEmpty={[false, true]}
                    />
                  </Form.Item>
                  <Form.Item name={['principal', 'longTerm']} noStyle valuePropName="checked">
                    <Checkbox
                      onChange={(e) => {
                        if (e.target.checked) {
                          const r = (form.getFieldValue(['principal', 'validity']) ?? []) as (Dayjs | null)[];
                          form.setFieldValue(['principal', 'validity'], [r[0] ?? null, null]);
                        }
                      }}
                    >
                      长期
                    </Checkbox>
                  </Form.Item>
                </div>
              </Form.Item>
              <Form.Item label="手机号码" name={['principal', 'mobile']} rules={req('请输入手机号码')}>
                <Input placeholder="请输入手机号码" maxLength={11} />
              </Form.Item>
              <Form.Item label="应急联系电话" name={['principal', 'emergencyPhone']} rules={req('请输入应急联系电话')}>
                <Input placeholder="请输入应急联系电话" />
              </Form.Item>
              <Form.Item label="办公室电话" name={['principal', 'officePhone']}>
                <Input placeholder="如：086-0571-88888888" />
              </Form.Item>
              <Form.Item label="电子邮箱" name={['principal', 'email']} rules={req('请输入电子邮箱')}>
                <Input placeholder="请输入电子邮箱" />
              </Form.Item>
              <Form.Item label="备注" name="remark">
                <Input.TextArea rows={3} placeholder="选填" />
              </Form.Item>
            </Form>
            <div className="step-actions">
              <Button onClick={() => click('上一步')}>上一步</Button>
              <Button type="primary" onClick={() => click('下一步')}>下一步</Button>
            </div>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
