/**
 * Gen-7 held-out build on React 18 + Fusion Next 1.27 (written from FORMS.md alone, never tuned against):
 *  - heldout7-aliyun-upload-person-fusion-timeline  上传资料 (个人): one Timeline node per material, a 真实性核验 form,
 *    a settings list whose switch labels sit to the RIGHT of the switches, consent, 提交初审
 */
import { Button, Card, Checkbox, ConfigProvider, Form, Input, Step, Switch, Timeline, Upload } from '@alifd/next';
import { createRoot } from 'react-dom/client';
import { build } from './common';
import { clicks, useReplicaState, type Setter } from './react-state';

type S = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function Files(p: { s: S; set: Setter; k: string }) {
  return (
    <Upload
      listType="image"
      autoUpload={false}
      limit={1}
      accept="image/png,image/jpg,image/jpeg"
      value={(p.s[p.k] as never[]) ?? []}
      onChange={(v) => p.set(p.k, v)}
    >
      <Button type="secondary" size="small">上传图片</Button>
    </Upload>
  );
}

const MATERIALS: { k: string; title: string; need: string; optional?: boolean; template?: boolean }[] = [
  { k: 'idFront', title: '主办人证件照片（人像面）', need: '居民身份证原件人像面彩色照片，四角完整、字迹清晰；jpg/png，不超过 4MB' },
  { k: 'idBack', title: '主办人证件照片（国徽面）', need: '居民身份证原件国徽面彩色照片，有效期清晰可见' },
  { k: 'pledge', title: '《ICP备案信息真实性承诺书》', need: '下载模板打印，主办人手写签字并填写日期后拍照上传', template: true },
  { k: 'domainCert', title: '域名证书', need: '部分管局要求；域名注册商处下载', optional: true },
  { k: 'residence', title: '居住证', need: '证件地址不在备案省份时上传', optional: true },
];

function AliyunUpload() {
  const { s, set } = useReplicaState('aliyun', 'upload', '个人', {
    idFront: [], idBack: [], pledge: [], domainCert: [], residence: [], verifyName: '', verifyCertNumber: '', verifyMobile: '',
    faceByApp: true, smsNotice: false, agreed: false, faceClicks: 0, prevClicks: 0, submitClicks: 0,
  });
  const uploaded = (k: string) => Array.isArray(s[k]) && (s[k] as unknown[]).length > 0;
  return (
    <div className="al-page">
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <div className="al-body">
        <Step current={3} shape="arrow" style={{ marginBottom: 16 }}>
          {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交审核'].map((t) => <Step.Item key={t} title={t} />)}
        </Step>
        <Card free className="box">
          <Card.Header title="备案资料" subTitle="按顺序上传以下资料，带“选填”的按所在管局要求提供" />
          <Card.Content>
            <Timeline className="materials">
              {MATERIALS.map((m) => (
                <Timeline.Item
                  key={m.k}
                  state={uploaded(m.k) ? 'success' : 'process'}
                  title={<span className="mat-title">{m.title}{m.optional ? <em className="opt">（选填）</em> : null}</span>}
                  content={
                    <div className={`mat mat-${m.k}`}>
                      <div className="need">{m.need}{m.template ? <a href="#tpl" onClick={(e) => e.preventDefault()}> 下载模板</a> : null}</div>
                      <Files s={s} set={set} k={m.k} />
                    </div>
                  }
                />
              ))}
            </Timeline>
          </Card.Content>
        </Card>
        <Card free className="box">
          <Card.Header title="真实性核验" subTitle="核验链接将以短信发送，请使用阿里云App完成人脸核验" />
          <Card.Content>
            <Form labelAlign="left" labelCol={{ fixedSpan: 10 }} wrapperCol={{ span: 12 }} className="verify">
              <Form.Item label="核验人姓名" required><Input value={str(s.verifyName)} onChange={(v) => set('verifyName', v)} placeholder="主办人姓名" /></Form.Item>
              <Form.Item label="核验人证件号码" required><Input value={str(s.verifyCertNumber)} onChange={(v) => set('verifyCertNumber', v)} /></Form.Item>
              <Form.Item label="接收核验短信的手机号码" required><Input value={str(s.verifyMobile)} onChange={(v) => set('verifyMobile', v)} maxLength={11} /></Form.Item>
              <Form.Item label=" "><Button onClick={clicks(s, set, 'faceClicks')}>发送核验链接</Button></Form.Item>
            </Form>
          </Card.Content>
        </Card>
        <Card free className="box">
          <Card.Header title="设置" />
          <Card.Content>
            <ul className="settings">
              <li className="set-row">
                <Switch checked={s.faceByApp === true} onChange={(v) => set('faceByApp', v)} size="small" />
                <div><div className="set-title">使用阿里云App进行人脸核验</div><div className="set-desc">关闭后需预约线下核验，审核时间较长</div></div>
              </li>
              <li className="set-row">
                <Switch checked={s.smsNotice === true} onChange={(v) => set('smsNotice', v)} size="small" />
                <div><div className="set-title">审核进度短信提醒</div><div className="set-desc">初审、管局审核结果将以短信通知</div></div>
              </li>
            </ul>
          </Card.Content>
        </Card>
        <div className="consent">
          <Checkbox checked={s.agreed === true} onChange={(v) => set('agreed', v)}>我已阅读并承诺所提交资料真实、有效</Checkbox>
        </div>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={clicks(s, set, 'submitClicks')}>提交初审</Button>
        </div>
      </div>
    </div>
  );
}

if (build() === 'heldout7-aliyun-upload-person-fusion-timeline') {
  createRoot(document.getElementById('app')!).render(<ConfigProvider><AliyunUpload /></ConfigProvider>);
}
