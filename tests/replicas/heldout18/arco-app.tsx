/**
 * Gen-18 held-out build on React 18 + Arco Design 2.66 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout18-aliyun-upload-person-arco-desclist  上传资料 (个人): an upload-way BUTTON radio (the App way hides the uploads
 *    behind a QR code), the materials as a bordered ONE-COLUMN Arco DESCRIPTIONS list (label cell = material, value cell =
 *    a PICTURE-CARD Upload + its requirement); a face-check card with a button, the 承诺 tick; 上一步 / 提交初审
 */
import { Alert, Button, Card, Checkbox, Descriptions, Radio, Steps, Upload } from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#fff3e8"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#ff6a00">已选择</text></svg>')}`;

/** One material: a picture-card Upload holding at most one file (nothing is sent anywhere). */
function Slot(p: { s: S; set: Setter; k: string }) {
  const list: UploadItem[] = arr<string>(p.s[p.k]).map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done', url: THUMB }));
  return (
    <div className={`slot slot-${p.k}`}>
      <Upload listType="picture-card" accept="image/png,image/jpeg" limit={1} autoUpload={false} fileList={list}
        onChange={(files) => p.set(p.k, files.map((f) => f.name ?? f.originFile?.name ?? '').filter(Boolean))} />
    </div>
  );
}

const MATERIALS: { k: string; name: string; note: string; optional?: boolean }[] = [
  { k: 'idFront', name: '主办者身份证 · 人像面', note: '居民身份证人像面原件彩色照片或扫描件，须在有效期内，四角完整。' },
  { k: 'idBack', name: '主办者身份证 · 国徽面', note: '居民身份证国徽面，有效期限清晰可见。' },
  { k: 'idHand', name: '手持身份证照片', note: '本人手持身份证人像面，五官与证件信息清晰（部分管局要求）。' },
  { k: 'domainCert', name: '域名证书（选填）', note: '部分管局要求提供，证书持有者须为本人。', optional: true },
  { k: 'residence', name: '居住证（选填）', note: '身份证住址不在备案省份时，提供备案省份的居住证或暂住证。', optional: true },
];

function AliyunUploadPerson() {
  const { s, set } = useReplicaState('aliyun', 'upload', '个人', {
    uploadWay: '电脑上传', idFront: [], idBack: [], idHand: [], domainCert: [], residence: [], faceClicks: 0, promise: false, prevClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const [face, setFace] = useState(false);
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    const lacking = MATERIALS.filter((m) => !m.optional && !arr(s[m.k]).length).map((m) => m.name);
    setMsg(!s.promise ? '请先勾选承诺' : lacking.length ? `请上传：${lacking.join('、')}` : '已提交，阿里云将在 1 个工作日内完成初审');
  };
  const data = MATERIALS.map((m) => ({
    key: m.k,
    label: <span className={`mat-label mat-${m.k}`}>{m.optional ? null : <span style={{ color: '#f53f3f' }}>* </span>}{m.name}</span>,
    value: <div className="mat-cell"><Slot s={s} set={set} k={m.k} /><span className="help">{m.note}</span></div>,
  }));
  return (
    <AliyunChrome>
      <Alert type="info" content="支持 jpg / png 格式，单个文件不超过 4 MB；须为原件的彩色照片或扫描件，不接受复印件、截图或翻拍。" style={{ marginBottom: 16 }} />
      <div className="card-w row-inline">
        <span>资料上传方式</span>
        <Radio.Group className="upload-way" type="button" value={str(s.uploadWay)} options={['电脑上传', '阿里云App扫码上传']} onChange={(v) => set('uploadWay', String(v))} />
      </div>
      {s.uploadWay === '阿里云App扫码上传'
        ? <div className="card-w row-inline app-way"><div className="qr" aria-hidden="true" /><span>请使用阿里云App扫码，在App中上传资料并完成人脸核验。</span></div>
        : <div className="card-w"><Descriptions className="mat-desc" column={1} border title="备案资料" data={data} /></div>}
      <Card title="真实性核验" bordered={false} style={{ marginBottom: 16 }}>
        <div className="row-inline">
          <span>主体负责人须使用阿里云App完成人脸核验（替代幕布拍照）。</span>
          <Button className="face" onClick={() => { clicks(s, set, 'faceClicks')(); setFace(true); }}>开始人脸核验</Button>
          {face ? <span className="help">已发送核验提醒，请在阿里云App中完成</span> : null}
        </div>
      </Card>
      <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本人承诺所提交的备案资料真实、有效</Checkbox>
      <div className="actions">
        <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button type="primary" onClick={submit}>提交初审</Button>
        <span className="msg">{msg}</span>
      </div>
    </AliyunChrome>
  );
}

function AliyunChrome(p: { children: ReactNode }) {
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={4} size="small">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        </div>
        {p.children}
      </div></div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout18-aliyun-upload-person-arco-desclist': AliyunUploadPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
