/**
 * Gen-7 held-out build on React 19 + TDesign (tdesign-react) (written from FORMS.md alone, never tuned against):
 *  - heldout7-tencent-site-unit-tdesign-rail  填写网站信息 (单位): a vertical Steps rail on the left, a top-label form in two
 *    columns on the right; 网站域名 TagInput; 内容类型 multi Select; read-only DatePickers (TDesign's default: pick only).
 */
import { Button, Checkbox, Col, DatePicker, Divider, Form, Input, Radio, Row, Select, Space, Steps, TagInput, Textarea, Tooltip, Upload } from 'tdesign-react';
import type { UploadFile } from 'tdesign-react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS } from './common';
import { clicks, useReplicaState } from './react-state';

const { FormItem } = Form;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const arr = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const req = [{ required: true, message: '必填' }];

function TencentSite() {
  const { s, set, setMany } = useReplicaState('tencent', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', serviceType: '', contentTypes: [], languages: [], preApproval: '', preItems: [], remark: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
    wpLandline: '', wpAuth: [], prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const half = (node: ReactNode, span = 6) => <Col span={span}>{node}</Col>;
  return (
    <div className="tc-page">
      <div className="tc-topbar"><span className="tc-logo">腾讯云</span><span className="tc-product">控制台 · 网站备案</span></div>
      <div className="tc-main">
        <aside className="tc-rail">
          <Steps layout="vertical" current={2} readonly>
            <Steps.StepItem title="验证备案类型" content="已完成" />
            <Steps.StepItem title="填写主体信息" content="已完成" />
            <Steps.StepItem title="填写网站信息" content="进行中" />
            <Steps.StepItem title="上传资料" />
            <Steps.StepItem title="提交备案" />
          </Steps>
        </aside>
        <section className="tc-content">
          <h2 className="tc-title">填写网站信息</h2>
          <div className="tc-card">
            <Form labelAlign="top" requiredMark colon={false}>
              <Divider align="left">网站基本信息</Divider>
              <Row gutter={24}>
                {half(<FormItem label="网站名称" rules={req} help="名称须与网站内容相符，不能为域名、纯数字或纯英文">
                  <Input value={str(s.siteName)} onChange={(v) => set('siteName', v)} placeholder="请输入网站名称" />
                </FormItem>)}
                {half(<FormItem label="网站域名" rules={req} help="输入域名后按回车添加，可添加多个">
                  <TagInput value={arr(s.domains)} onChange={(v) => set('domains', v)} clearable placeholder="如 example.com" />
                </FormItem>)}
                {half(<FormItem label="网站首页URL" rules={req}>
                  <Input label="http://" value={str(s.homeUrl)} onChange={(v) => set('homeUrl', v)} placeholder="www.example.com" />
                </FormItem>)}
                {half(<FormItem label="服务类型" rules={req}>
                  <Select value={str(s.serviceType) || undefined} onChange={(v) => set('serviceType', v)} placeholder="请选择"
                    options={['网站应用服务', 'APP应用服务', '快应用服务'].map((x) => ({ label: x, value: x }))} />
                </FormItem>)}
                {half(<FormItem label="内容类型" rules={req}>
                  <Select multiple filterable value={arr(s.contentTypes)} onChange={(v) => set('contentTypes', v)} placeholder="请选择网站内容类型"
                    options={ICP_CONTENT.map((x) => ({ label: x, value: x }))} />
                </FormItem>)}
                {half(<FormItem label={<span>是否涉及前置或专项审批 <Tooltip content="涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等内容时需提供审批文件"><span className="qmark">?</span></Tooltip></span>} rules={req}>
                  <Radio.Group variant="default-filled" value={str(s.preApproval) || undefined} onChange={(v) => set('preApproval', v)}>
                    <Radio.Button value="是">是</Radio.Button>
                    <Radio.Button value="否">否</Radio.Button>
                  </Radio.Group>
                </FormItem>)}
                {s.preApproval === '是' && half(<FormItem label="前置或专项审批内容类型" rules={req}>
                  <Checkbox.Group value={arr(s.preItems)} onChange={(v) => set('preItems', v)} options={ICP_PRE_APPROVALS} />
                </FormItem>, 12)}
                {half(<FormItem label="网站语言" rules={req}>
                  <Checkbox.Group value={arr(s.languages)} onChange={(v) => set('languages', v)} options={ICP_LANGUAGES} />
                </FormItem>, 12)}
                {half(<FormItem label="网站备注" requiredMark={false}>
                  <Textarea value={str(s.remark)} onChange={(v) => set('remark', v)} placeholder="选填" maxlength={200} autosize={{ minRows: 2 }} />
                </FormItem>, 12)}
              </Row>
              <Divider align="left">互联网信息服务负责人</Divider>
              <Row gutter={24}>
                {half(<FormItem label="负责人姓名" rules={req}><Input value={str(s.wpName)} onChange={(v) => set('wpName', v)} /></FormItem>)}
                {half(<FormItem label="证件类型" rules={req}>
                  <Select value={str(s.wpCertType) || undefined} onChange={(v) => set('wpCertType', v)} placeholder="请选择" options={ICP_PERSON_CERTS.map((x) => ({ label: x, value: x }))} />
                </FormItem>)}
                {half(<FormItem label="证件号码" rules={req}><Input value={str(s.wpCertNumber)} onChange={(v) => set('wpCertNumber', v)} /></FormItem>)}
                {half(<FormItem label="证件有效期" rules={req} help="请在日历中选择；长期有效的证件勾选“长期”">
                  <Space align="center" size={8} className="validity">
                    <DatePicker value={str(s.wpValidFrom)} onChange={(v) => set('wpValidFrom', typeof v === 'string' ? v : '')} valueType="YYYY-MM-DD" placeholder="开始日期" style={{ width: 150 }} />
                    <span>至</span>
                    <DatePicker value={str(s.wpValidTo)} onChange={(v) => set('wpValidTo', typeof v === 'string' ? v : '')} valueType="YYYY-MM-DD" placeholder="结束日期"
                      disabled={s.wpLongTerm === true} style={{ width: 150 }} />
                    <Checkbox checked={s.wpLongTerm === true} onChange={(c) => setMany(c ? { wpLongTerm: true, wpValidTo: '' } : { wpLongTerm: false })}>长期</Checkbox>
                  </Space>
                </FormItem>)}
                {half(<FormItem label="手机号码" rules={req}><Input value={str(s.wpMobile)} onChange={(v) => set('wpMobile', v)} /></FormItem>)}
                {half(<FormItem label="应急联系电话" rules={req}><Input value={str(s.wpEmergency)} onChange={(v) => set('wpEmergency', v)} /></FormItem>)}
                {half(<FormItem label="电子邮箱" rules={req}><Input value={str(s.wpEmail)} onChange={(v) => set('wpEmail', v)} /></FormItem>)}
                {half(<FormItem label="办公电话" rules={req}><Input value={str(s.wpLandline)} onChange={(v) => set('wpLandline', v)} placeholder="区号-号码" /></FormItem>)}
                {half(<FormItem label="负责人授权书" rules={req} help="网站负责人非法定代表人时，上传加盖公章的授权书">
                  <Upload theme="file" autoUpload={false} max={1} accept="image/*,.pdf" files={(s.wpAuth as UploadFile[]) ?? []}
                    onChange={(v) => set('wpAuth', v)} />
                </FormItem>, 12)}
              </Row>
            </Form>
          </div>
          <div className="tc-actions">
            <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button variant="outline" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
            <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </section>
      </div>
    </div>
  );
}

if (build() === 'heldout7-tencent-site-unit-tdesign-rail') createRoot(document.getElementById('app')!).render(<TencentSite />);
