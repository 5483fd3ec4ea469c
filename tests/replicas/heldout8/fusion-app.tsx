/**
 * Gen-8 held-out builds on React 18 + Fusion Next 1.27 (written from FORMS.md alone, never tuned against):
 *  - heldout8-aliyun-site-person-fusion-placeholders  填写网站信息 (个人): domains in a textarea, a home-URL Select fed by
 *    them, a yes/no Switch, a RangePicker, and a contact row whose inputs are named only by placeholders
 *  - heldout8-aliyun-upload-unit-fusion-rows          上传资料 (单位): a Table of material rows, each with its own 上传 button
 */
import { Balloon, Button, Card, Checkbox, ConfigProvider, DatePicker, Form, Input, Message, Radio, Select, Step, Switch, Table, Tag, Upload } from '@alifd/next';
import moment from 'moment';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { build, EMAIL_RE, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, linesOf, MOBILE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const STEPS = ['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交审核'];
const Top = () => <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>;

/* ------------------------------------------------------------------ 1. aliyun 填写网站信息 (个人) */

function AliyunSite() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domainsText: '', homeUrl: '', serviceType: '网站应用服务', contentType: '', languages: [], preApproval: false, preItems: [], preNumber: '',
    remark: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: ['', ''], wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
    wpLandline: '', prevClicks: 0, nextClicks: 0,
  }, ({ domainsText, ...rest }) => ({ ...rest, domains: linesOf(str(domainsText)) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = (k: string, ok: boolean, msg: string) => setErrors((e) => ({ ...e, [k]: ok ? '' : msg }));
  const domains = linesOf(str(s.domainsText));
  const homes = domains.flatMap((d) => [`www.${d}`, d]);
  const validity = arr(s.wpValidity);
  const err = (k: string) => (errors[k] ? { validateState: 'error' as const, help: errors[k] } : {});
  return (
    <>
      <Top />
      <div className="al-body">
        <Step current={2} shape="circle" style={{ marginBottom: 16 }}>{STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step>
        <Card free className="box">
          <Card.Header title="网站信息" subTitle="个人备案：网站名称不得包含企业、公司、论坛等字样" />
          <Card.Content>
            <Form labelAlign="left" labelCol={{ span: 4 }} wrapperCol={{ span: 14 }} labelTextAlign="right" colon>
              <Form.Item label="网站名称" required>
                <Input value={str(s.siteName)} onChange={(v) => set('siteName', v)} maxLength={30} showLimitHint placeholder="请输入网站名称" />
              </Form.Item>
              <Form.Item label="网站域名" required help="每行填写一个域名，不含 www 和 http://">
                <Input.TextArea value={str(s.domainsText)} onChange={(v) => set('domainsText', v)} rows={3} placeholder={'example.com\nexample.cn'} />
              </Form.Item>
              <Form.Item label="网站首页地址" required>
                <Select style={{ width: '100%' }} value={str(s.homeUrl) || undefined} disabled={!homes.length}
                  placeholder={homes.length ? '请选择网站首页地址' : '请先填写网站域名'} dataSource={homes} onChange={(v) => set('homeUrl', v)} />
              </Form.Item>
              <Form.Item label="服务类型" required>
                <Select style={{ width: '100%' }} value={str(s.serviceType)} disabled dataSource={['网站应用服务']} />
              </Form.Item>
              <Form.Item label="服务内容" required help="个人网站请选择“其他”">
                <Select style={{ width: '100%' }} showSearch hasClear value={str(s.contentType) || undefined} placeholder="请选择网站服务内容"
                  dataSource={ICP_CONTENT} onChange={(v) => set('contentType', v ?? '')} />
              </Form.Item>
              <Form.Item label="语言类型" required>
                <Checkbox.Group value={arr(s.languages)} onChange={(v) => set('languages', v)} dataSource={ICP_LANGUAGES} />
              </Form.Item>
              <Form.Item label="是否涉及前置审批" required>
                <Switch checked={s.preApproval === true} onChange={(v) => setMany(v ? { preApproval: true } : { preApproval: false, preItems: [], preNumber: '' })}
                  checkedChildren="是" unCheckedChildren="否" autoWidth />
              </Form.Item>
              {s.preApproval === true && (
                <>
                  <Form.Item label="前置审批项" required>
                    <Checkbox.Group value={arr(s.preItems)} onChange={(v) => set('preItems', v)} dataSource={ICP_PRE_APPROVALS} />
                  </Form.Item>
                  <Form.Item label="审批文号" required>
                    <Input value={str(s.preNumber)} onChange={(v) => set('preNumber', v)} placeholder="请输入前置审批文件编号" />
                  </Form.Item>
                </>
              )}
              <Form.Item label="网站备注" required help="请描述网站的主要内容，备注中不得出现名称禁用词">
                <Input.TextArea value={str(s.remark)} onChange={(v) => set('remark', v)} rows={3} maxLength={200} showLimitHint />
              </Form.Item>
            </Form>
          </Card.Content>
        </Card>
        <Card free className="box">
          <Card.Header title="网站负责人" subTitle="个人备案的网站负责人须为主办人本人" />
          <Card.Content>
            <Form labelAlign="left" labelCol={{ span: 4 }} wrapperCol={{ span: 14 }} labelTextAlign="right" colon>
              <Form.Item label="网站负责人姓名" required>
                <Input value={str(s.wpName)} onChange={(v) => set('wpName', v)} placeholder="请输入姓名" />
              </Form.Item>
              <Form.Item label="证件类型" required>
                <Select style={{ width: '100%' }} value={str(s.wpCertType) || undefined} placeholder="请选择" dataSource={ICP_PERSON_CERTS} onChange={(v) => set('wpCertType', v)} />
              </Form.Item>
              <Form.Item label="证件号码" required {...err('wpCertNumber')}>
                <Input value={str(s.wpCertNumber)} maxLength={18} onChange={(v) => set('wpCertNumber', v)}
                  onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && s.wpCertType === '居民身份证' && check('wpCertNumber', validId(e.target.value), '身份证号码不正确')} />
              </Form.Item>
              <Form.Item label="证件有效期" required>
                <div className="row-inline">
                  <DatePicker.RangePicker
                    format="YYYY-MM-DD"
                    value={[validity[0] || null, validity[1] || null]}
                    onChange={(v) => set('wpValidity', [0, 1].map((i) => (v?.[i] ? moment(v[i]).format('YYYY-MM-DD') : '')))}
                  />
                  <Checkbox checked={s.wpLongTerm === true} onChange={(c) => setMany(c ? { wpLongTerm: true, wpValidity: [validity[0] ?? '', ''] } : { wpLongTerm: false })}>长期有效</Checkbox>
                </div>
              </Form.Item>
              <Form.Item label="联系方式" required help={[errors.wpMobile, errors.wpEmergency, errors.wpEmail].filter(Boolean).join('；') || '应急联系电话须与手机号码不同'}>
                <div className="contact-row">
                  <Input value={str(s.wpMobile)} onChange={(v) => set('wpMobile', v)} placeholder="手机号码" maxLength={11}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpMobile', MOBILE_RE.test(e.target.value), '手机号码格式不正确')} />
                  <Input value={str(s.wpEmergency)} onChange={(v) => set('wpEmergency', v)} placeholder="应急联系电话" maxLength={11}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpEmergency', MOBILE_RE.test(e.target.value) && e.target.value !== s.wpMobile, '应急联系电话格式不正确或与手机号码相同')} />
                  <Input value={str(s.wpEmail)} onChange={(v) => set('wpEmail', v)} placeholder="电子邮箱"
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpEmail', EMAIL_RE.test(e.target.value), '邮箱格式不正确')} />
                  <Input value={str(s.wpLandline)} onChange={(v) => set('wpLandline', v)} placeholder="办公室电话（选填）" />
                </div>
              </Form.Item>
            </Form>
          </Card.Content>
        </Card>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>保存并下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. aliyun 上传资料 (单位) as material rows */

interface Material { k: string; name: string; need: string; optional?: boolean; sample?: string }
const MATERIALS: Material[] = [
  { k: 'licence', name: '主办单位证件（营业执照）', need: '营业执照原件彩色扫描件或照片，四角完整、信息清晰', sample: '营业执照正本，统一社会信用代码清晰可见' },
  { k: 'lrFront', name: '法定代表人身份证（人像面）', need: '主体负责人（法定代表人）身份证人像面', sample: '居民身份证人像面，无遮挡、无反光' },
  { k: 'lrBack', name: '法定代表人身份证（国徽面）', need: '有效期须在 3 个月以上', sample: '居民身份证国徽面，有效期清晰' },
  { k: 'wpFront', name: '网站负责人身份证（人像面）', need: '网站负责人身份证人像面', sample: '居民身份证人像面' },
  { k: 'wpBack', name: '网站负责人身份证（国徽面）', need: '网站负责人身份证国徽面', sample: '居民身份证国徽面' },
  { k: 'domainCert', name: '域名证书', need: '部分管局要求，可在域名注册商处下载', optional: true },
  { k: 'other', name: '其他补充材料', need: '管局要求的其他材料（如授权书、承诺书）', optional: true },
];
const MAX = 4 * 1024 * 1024;

type Picked = { type?: string; size?: number; name?: string; originFileObj?: File; file?: File };
const wrongType = (f: Picked) => {
  const t = f.type ?? f.originFileObj?.type ?? f.file?.type;
  return !!t && !/^image\/(png|jpe?g)$/.test(t);
};
const tooBig = (f: Picked) => (f.size ?? f.originFileObj?.size ?? f.file?.size ?? 0) > MAX;

function RowUpload(p: { s: S; set: Setter; k: string }) {
  return (
    <Upload
      autoUpload={false}
      limit={1}
      listType="text"
      accept="image/png,image/jpg,image/jpeg"
      value={arr<never>(p.s[p.k])}
      afterSelect={(f: Picked) => {
        if (wrongType(f)) { Message.error(`${f.name ?? '文件'}：仅支持 jpg、png 格式`); return false; }
        if (tooBig(f)) { Message.error(`${f.name ?? '文件'}：文件不能超过 4MB`); return false; }
        return true;
      }}
      onChange={(v) => p.set(p.k, (v as Picked[]).filter((f) => !wrongType(f) && !tooBig(f)))}
    >
      <Button size="small" type="primary" text>上传</Button>
    </Upload>
  );
}

function AliyunUpload() {
  const { s, set } = useReplicaState('aliyun', 'upload', '单位', {
    licence: [], lrFront: [], lrBack: [], wpFront: [], wpBack: [], domainCert: [], other: [], faceMode: '阿里云App人脸核验', agreed: false,
    prevClicks: 0, submitClicks: 0,
  });
  const done = (k: string) => arr(s[k]).length > 0;
  return (
    <>
      <Top />
      <div className="al-body">
        <Step current={3} shape="circle" style={{ marginBottom: 16 }}>{STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step>
        <Card free className="box">
          <Card.Header title="备案资料" subTitle="jpg/png 格式，单个文件不超过 4MB；带（选填）的资料按管局要求提供" />
          <Card.Content>
            <Table dataSource={MATERIALS} primaryKey="k" hasBorder className="materials">
              <Table.Column title="资料名称" dataIndex="name" width={230}
                cell={(v: string, _i: number, r: Material) => <span className="mat-name">{v}{r.optional ? <span className="opt">（选填）</span> : <span style={{ color: '#f5222d' }}> *</span>}</span>} />
              <Table.Column title="资料要求" dataIndex="need"
                cell={(v: string, _i: number, r: Material) => (
                  <span className="mat-need">{v}{r.sample ? (
                    <Balloon.Tooltip trigger={<a href="#sample" onClick={(e) => e.preventDefault()}> 查看示例</a>} align="t">{r.sample}</Balloon.Tooltip>
                  ) : null}</span>
                )} />
              <Table.Column title="状态" dataIndex="k" width={90}
                cell={(k: string) => (done(k) ? <Tag size="small" color="green">已上传</Tag> : <Tag size="small">未上传</Tag>)} />
              <Table.Column title="文件 / 操作" dataIndex="k" width={260} cell={(k: string) => <RowUpload s={s} set={set} k={k} />} />
            </Table>
          </Card.Content>
        </Card>
        <Card free className="box">
          <Card.Header title="真实性核验" />
          <Card.Content>
            <Form labelAlign="left" labelCol={{ fixedSpan: 8 }}>
              <Form.Item label="核验方式" required>
                <Radio.Group value={str(s.faceMode)} onChange={(v) => set('faceMode', v)} dataSource={['阿里云App人脸核验', '视频核验（需预约）']} />
              </Form.Item>
            </Form>
          </Card.Content>
        </Card>
        <Checkbox checked={s.agreed === true} onChange={(v) => set('agreed', v)}>我已确认上传资料真实有效，并同意阿里云进行真实性核验</Checkbox>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={clicks(s, set, 'submitClicks')}>提交初审</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => React.ReactNode> = {
  'heldout8-aliyun-site-person-fusion-placeholders': () => <AliyunSite />,
  'heldout8-aliyun-upload-unit-fusion-rows': () => <AliyunUpload />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(<ConfigProvider>{render()}</ConfigProvider>);
