/**
 * Gen-13 held-out build on React 18 + Arco Design 2.66 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout13-volcengine-upload-unit-arco-materialrows 备案资料 (单位, 火山引擎): DOT steps, the materials as ROWS of one
 *    card per person (name + note on the left, an Arco picture-card upload on the right; the card's heading names whose
 *    documents they are), the licence's 营业期限 as a start date + an end date a 长期 checkbox disables, an SMS button for the
 *    face check, and the agreement tick before 提交备案
 */
import { Alert, Button, Card, Checkbox, DatePicker, Steps, Upload } from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

/** One material row: its name (a red star when required) and a note on the left, the upload on the right. */
function Mat(p: { s: S; set: Setter; k: string; name: string; note: string; required?: boolean; children?: ReactNode }) {
  return (
    <div className={`mat-row mat-${p.k}`}>
      <div><div className="mat-name">{p.required && <span className="req">*</span>}{p.name}</div><div className="mat-note">{p.note}</div></div>
      <div>
        <Upload className={`up-${p.k}`} listType="picture-card" autoUpload={false} limit={1} accept="image/png,image/jpeg,.pdf" fileList={arr<UploadItem>(p.s[p.k])}
          onChange={(l) => p.set(p.k, l)} />
        {p.children}
      </div>
    </div>
  );
}

function VolcengineUploadUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'upload', '单位', {
    licence: [], licenceFrom: '', licenceTo: '', licenceLongTerm: false,
    prIdFront: [], prIdBack: [], wpIdFront: [], wpIdBack: [], domainCert: [], others: [],
    smsClicks: 0, agreed: false, prevClicks: 0, saveClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const [sent, setSent] = useState(false);
  const mat = (k: string, name: string, note: string, required = true, children?: ReactNode) =>
    <Mat s={s} set={set} k={k} name={name} note={note} required={required}>{children}</Mat>;
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="vc-side" aria-label="备案"><div className="grp">备案</div><a>备案概览</a><a className="on">备案订单</a><a>主体管理</a><a>网站管理</a><div className="grp">帮助</div><a>备案指南</a><a>管局规则</a></nav>
      <div className="vc-main"><div className="vc-body" style={{ maxWidth: 1040 }}>
        <h2 className="page-title">首次备案 · 备案资料</h2>
        <Card style={{ marginBottom: 16 }}>
          <Steps type="dot" current={4} size="small">
            {['备案信息核验', '主办者信息', '网站信息', '备案资料', '提交备案'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </Card>
        <Alert type="info" style={{ marginBottom: 16 }}
          content="请上传证件原件的彩色扫描件或照片（jpg / png / pdf，单个不超过 4 MB），不接受复印件与翻拍；主体负责人、网站负责人需在提交后通过短信链接完成人脸核验。" />
        <Card title="主办单位证件" style={{ marginBottom: 16 }}>
          {mat('licence', '营业执照', '加盖公章的营业执照副本扫描件', true, (
            <div className="row-inline" style={{ marginTop: 10 }}>
              <span className="mat-name" style={{ fontWeight: 'normal' }}><span className="req">*</span>营业期限</span>
              <DatePicker className="licence-from" placeholder="起始日期" value={str(s.licenceFrom) || undefined} onChange={(v) => set('licenceFrom', v ?? '')} style={{ width: 160 }} />
              <span>至</span>
              <DatePicker className="licence-to" placeholder="截止日期" disabled={s.licenceLongTerm === true} value={str(s.licenceTo) || undefined}
                onChange={(v) => set('licenceTo', v ?? '')} style={{ width: 160 }} />
              <Checkbox className="licence-long-term" checked={s.licenceLongTerm === true} onChange={(v) => setMany({ licenceLongTerm: v, licenceTo: v ? '' : s.licenceTo })}>长期</Checkbox>
            </div>
          ))}
        </Card>
        <Card title={<span>主体负责人证件<span className="mat-for">李娜 · 居民身份证</span></span>} style={{ marginBottom: 16 }}>
          {mat('prIdFront', '身份证人像面', '含照片一面，四角完整、字迹清晰')}
          {mat('prIdBack', '身份证国徽面', '含签发机关与有效期限一面')}
        </Card>
        <Card title={<span>网站负责人证件<span className="mat-for">王强 · 居民身份证</span></span>} style={{ marginBottom: 16 }}>
          {mat('wpIdFront', '身份证人像面', '含照片一面，四角完整、字迹清晰')}
          {mat('wpIdBack', '身份证国徽面', '含签发机关与有效期限一面')}
        </Card>
        <Card title="其他材料" style={{ marginBottom: 16 }}>
          {mat('domainCert', '域名证书（选填）', '域名注册商出具的域名证书，部分管局审核时要求', false)}
          {mat('others', '其他补充材料（选填）', '管局要求的其他证明材料，如授权书、承诺书', false)}
        </Card>
        <Card title="真实性核验" style={{ marginBottom: 16 }}>
          <div className="row-inline">
            <span>核验短信将发送至主体负责人（136****6000）与网站负责人（186****6000）的手机。</span>
            <Button className="sms" size="small" disabled={sent} onClick={() => { set('smsClicks', Number(s.smsClicks) + 1); setSent(true); }}>{sent ? '已发送' : '发送核验短信'}</Button>
          </div>
        </Card>
        <Checkbox className="agreed" checked={s.agreed === true} onChange={(v) => set('agreed', v)}>我已阅读并同意《火山引擎备案服务协议》，承诺所提交的资料真实有效</Checkbox>
        {msg && <Alert type="warning" className="msg" style={{ marginTop: 12 }} content={msg} />}
        <div className="vc-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={() => { set('saveClicks', Number(s.saveClicks) + 1); setMsg('草稿已保存'); }}>保存草稿</Button>
          <Button type="primary" onClick={() => { set('submitClicks', Number(s.submitClicks) + 1); setMsg(s.agreed ? '请上传全部必传资料' : '请先阅读并同意服务协议'); }}>提交备案</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout13-volcengine-upload-unit-arco-materialrows': VolcengineUploadUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
