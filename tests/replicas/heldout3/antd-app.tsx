/**
 * Gen-3 held-out builds made with React 19 + antd 6: Alibaba Cloud 上传资料 (个人) and 公安 网站基本信息
 * (个人). Controlled components over one React state object per page; getState() reports it (file lists
 * as their names), `changes` counts its updates.
 */
import { useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, Radio, Row, Select, Steps, Switch, Tooltip, Upload, type UploadFile } from 'antd';
import { InboxOutlined, QuestionCircleOutlined, UploadOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ACCESS_PROVIDERS, MPS_ACCESS_METHODS, MPS_LANGUAGES, PSB_CATEGORIES, REGISTRARS, build, expose, nameOptions, snapshot } from './common';

dayjs.locale('zh-cn');

type State = Record<string, unknown>;

/** One state object; `set` records a framework update. */
function useStore<T extends State>(platform: string, step: string, variant: string, init: T) {
  const [s, setS] = useState<T>(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<() => void>(null);
  if (!bump.current) bump.current = expose(platform, step, variant, () => snapshot(ref.current));
  const set = (k: keyof T & string, v: unknown) => {
    setS((prev) => {
      const next = { ...prev, [k]: v };
      ref.current = next;
      return next;
    });
    bump.current?.();
  };
  return [s, set] as const;
}

const date = (v: unknown) => (typeof v === 'string' && v ? dayjs(v) : null);
const dateStr = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/* -------------------------------------------------------------- Alibaba Cloud 上传资料 (个人) */

function Material(props: { title: string; tip?: string; required?: boolean; help: string; files: UploadFile[]; onChange: (f: UploadFile[]) => void }) {
  const title = (
    <span className="m-title">
      {props.required ? <span style={{ color: '#ff4d4f', marginRight: 4 }}>*</span> : null}
      <span className="m-name">{props.title}</span>
      {props.tip ? <Tooltip title={props.tip}><QuestionCircleOutlined style={{ marginLeft: 6, color: '#999' }} /></Tooltip> : null}
    </span>
  );
  return (
    <Card title={title} size="small" className="m-card" style={{ height: '100%' }}>
      <Upload.Dragger accept="image/jpeg,image/png" maxCount={1} fileList={props.files} beforeUpload={() => false} onChange={({ fileList }) => props.onChange(fileList)}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">点击或将文件拖拽到此区域上传</p>
      </Upload.Dragger>
      <div style={{ color: '#999', fontSize: 12, marginTop: 6 }}>{props.help}</div>
    </Card>
  );
}

function AliyunUpload() {
  const [s, set] = useStore('aliyun', 'upload', '个人', {
    idFront: [] as UploadFile[], idBack: [] as UploadFile[], commitment: [] as UploadFile[], domainCert: [] as UploadFile[], residence: [] as UploadFile[],
    faceClicks: 0, agreed: false, submitClicks: 0, prevClicks: 0,
  });
  const files = (k: 'idFront' | 'idBack' | 'commitment' | 'domainCert' | 'residence') => ({ files: s[k], onChange: (f: UploadFile[]) => set(k, f) });
  const help = '支持 jpg、png 格式，大小不超过 4MB，须为原件彩色扫描件或照片';
  return (
    <Page top="阿里云 · ICP代备案管理系统">
      <Steps current={3} size="small" style={{ marginBottom: 16 }} items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} />
      <h3 style={{ margin: '8px 0 12px' }}>上传资料</h3>
      <Row gutter={[16, 16]}>
        <Col span={12}><Material title="主办人身份证（正面）" required help={help} {...files('idFront')} /></Col>
        <Col span={12}><Material title="主办人身份证（反面）" required help={help} {...files('idBack')} /></Col>
        <Col span={12}><Material title="《ICP备案信息真实性承诺书》" required tip="下载模板，由主办人本人签字后拍照上传" help="请下载承诺书模板，打印签字后上传" {...files('commitment')} /></Col>
        <Col span={12}><Material title="域名证书" tip="辅助材料，非必传" help={help} {...files('domainCert')} /></Col>
        <Col span={12}><Material title="居住证/暂住证" tip="证件地址不在备案省份的个人需上传" help="非本省户籍的个人需上传，其他情况无需上传" {...files('residence')} /></Col>
        <Col span={12}>
          <Card title="人脸核验" size="small" style={{ height: '100%' }}>
            <p style={{ color: '#666' }}>请使用阿里云 App 扫码，由主办人本人完成人脸核验。</p>
            <Button type="primary" onClick={() => set('faceClicks', s.faceClicks + 1)}>开始核验</Button>
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 20 }}>
        <Checkbox checked={s.agreed} onChange={(e) => set('agreed', e.target.checked)}>我已阅读并承诺所提交资料真实有效</Checkbox>
      </div>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Button style={{ marginRight: 12 }} onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
        <Button type="primary" onClick={() => set('submitClicks', s.submitClicks + 1)}>提交初审</Button>
      </div>
    </Page>
  );
}

/* -------------------------------------------------------------- 公安 网站基本信息 (个人) */

function MpsSite() {
  const [s, set] = useStore('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [] as string[], ips: [''] as string[], domainCert: [] as UploadFile[],
    domainCertValidity: [] as string[],
    apJurisdiction: '', apRegion: [] as string[], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [] as string[], rgName: '', rgPhone: '',
    interactive: false, siteType: '', languages: [] as string[], preApproval: '', dangerous: '', saveClicks: 0, nextClicks: 0, prevClicks: 0,
  });
  const regions = nameOptions();
  const tip = (t: string) => ({ title: t, icon: <QuestionCircleOutlined /> });
  const range = s.domainCertValidity.length === 2 ? [date(s.domainCertValidity[0]), date(s.domainCertValidity[1])] as [dayjs.Dayjs | null, dayjs.Dayjs | null] : null;
  const setIp = (i: number, v: string) => set('ips', s.ips.map((x, j) => (j === i ? v : x)));
  const provider = (pre: 'ap' | 'rg', names: string[]) => (
    <>
      <Form.Item label="所属地区管辖" required>
        <Radio.Group value={s[`${pre}Jurisdiction`]} onChange={(e) => set(`${pre}Jurisdiction`, e.target.value)} options={['境内', '境外']} />
      </Form.Item>
      <Form.Item label="所属区域" required>
        <Cascader options={regions} value={s[`${pre}Region`]} placeholder="请选择省/市/区县" style={{ width: 320 }}
          onChange={(v) => set(`${pre}Region`, (v as string[] | undefined) ?? [])} />
      </Form.Item>
      <Form.Item label="服务商名称" required>
        <Select showSearch value={s[`${pre}Name`] || undefined} placeholder="请输入关键字搜索" style={{ width: 320 }}
          options={names.map((n) => ({ value: n, label: n }))} onChange={(v) => set(`${pre}Name`, v ?? '')} />
      </Form.Item>
    </>
  );
  return (
    <Page top="全国互联网安全管理服务平台 · 新办网站申请">
      <Steps current={1} size="small" style={{ marginBottom: 16 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
      <Form layout="horizontal" labelCol={{ flex: '250px' }} labelAlign="left" wrapperCol={{ flex: 1, style: { minWidth: 0 } }} style={{ maxWidth: 860 }}>
        <Divider>网站信息</Divider>
        <Form.Item label="网站名称" required extra="须与工信部ICP备案的网站名称一致">
          <Input value={s.siteName} onChange={(e) => set('siteName', e.target.value)} />
        </Form.Item>
        <Form.Item label="ICP备案号" required extra="与工信部备案信息一致，如 浙ICP备12345678号-1">
          <Input value={s.icpNumber} onChange={(e) => set('icpNumber', e.target.value)} />
        </Form.Item>
        <Form.Item label="网站开通日期" required>
          <DatePicker value={date(s.openedAt)} placeholder="请选择日期" onChange={(d) => set('openedAt', dateStr(d))} />
        </Form.Item>
        <Form.Item label="网站主域名" required>
          <Input value={s.mainDomain} placeholder="不带 www 的一级域名" onChange={(e) => set('mainDomain', e.target.value)} />
        </Form.Item>
        <Form.Item label="网站从域名">
          <Select mode="tags" value={s.subDomains} placeholder="选填，输入后回车" onChange={(v) => set('subDomains', v)} />
        </Form.Item>
        <Form.Item label="网站IP地址" required>
          <div className="ip-list">
            {s.ips.map((ip, i) => (
              <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
                <Input value={ip} placeholder="请输入IP地址" onChange={(e) => setIp(i, e.target.value)} style={{ width: 260 }} />
                {s.ips.length > 1 ? <Button onClick={() => set('ips', s.ips.filter((_, j) => j !== i))}>删除</Button> : null}
              </div>
            ))}
            <Button type="dashed" onClick={() => set('ips', [...s.ips, ''])}>+ 添加</Button>
          </div>
        </Form.Item>
        <Form.Item label="域名证书">
          <Upload accept="image/*" maxCount={1} fileList={s.domainCert} beforeUpload={() => false} onChange={({ fileList }) => set('domainCert', fileList)}>
            <Button icon={<UploadOutlined />}>上传文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="域名证书有效期" required>
          <DatePicker.RangePicker value={range} placeholder={['开始日期', '结束日期']}
            onChange={(v) => set('domainCertValidity', v ? [dateStr(v[0]), dateStr(v[1])] : [])} />
        </Form.Item>
        <Divider>网络接入服务商</Divider>
        {provider('ap', ACCESS_PROVIDERS)}
        <Form.Item label="接入方式" required>
          <Radio.Group optionType="button" value={s.apMethod} onChange={(e) => set('apMethod', e.target.value)} options={MPS_ACCESS_METHODS} />
        </Form.Item>
        <Form.Item label="联系电话" required><Input value={s.apPhone} onChange={(e) => set('apPhone', e.target.value)} style={{ width: 320 }} /></Form.Item>
        <Form.Item label="组织机构代码" required><Input value={s.apCode} onChange={(e) => set('apCode', e.target.value)} style={{ width: 320 }} /></Form.Item>
        <Divider>域名注册服务商</Divider>
        {provider('rg', REGISTRARS)}
        <Form.Item label="联系电话" required><Input value={s.rgPhone} onChange={(e) => set('rgPhone', e.target.value)} style={{ width: 320 }} /></Form.Item>
        <Divider>网站服务</Divider>
        <Form.Item label="是否提供互联网交互服务" required tooltip={tip('用户可在网站上发布文字、图片、音视频等信息（论坛、评论、即时通信、网盘等）即为交互服务')}>
          <Switch checked={s.interactive} checkedChildren="是" unCheckedChildren="否" onChange={(v) => set('interactive', v)} />
        </Form.Item>
        <Form.Item label="网站类型" required>
          <Select value={s.siteType || undefined} placeholder="请选择" style={{ width: 320 }}
            options={PSB_CATEGORIES.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))} onChange={(v) => set('siteType', v ?? '')} />
        </Form.Item>
        <Form.Item label="网站语种" required>
          <Checkbox.Group value={s.languages} options={MPS_LANGUAGES} onChange={(v) => set('languages', v)} />
        </Form.Item>
        <Form.Item label="是否涉及前置审批" required>
          <Radio.Group value={s.preApproval} onChange={(e) => set('preApproval', e.target.value)} options={['是', '否']} />
        </Form.Item>
        <Form.Item label="是否提供危险物品信息发布服务" required>
          <Radio.Group value={s.dangerous} onChange={(e) => set('dangerous', e.target.value)} options={['是', '否']} />
        </Form.Item>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Button style={{ marginRight: 12 }} onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
        <Button style={{ marginRight: 12 }} onClick={() => set('saveClicks', s.saveClicks + 1)}>保存草稿</Button>
        <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
      </div>
    </Page>
  );
}

/* -------------------------------------------------------------- shell */

function Page(props: { top: string; children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN}>
      <div style={{ background: '#fff', borderBottom: '1px solid #eee', padding: '12px 24px', fontSize: 16 }}>{props.top}</div>
      <div style={{ maxWidth: 1100, margin: '16px auto', padding: '16px 24px', background: '#fff' }}>{props.children}</div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout3-aliyun-upload-person-antd': () => <AliyunUpload />,
  'heldout3-mps-site-person-antd': () => <MpsSite />,
};
const make = APPS[build()];
if (make) {
  document.body.style.margin = '0';
  document.body.style.background = '#f0f2f5';
  createRoot(document.getElementById('app')!).render(make());
}
