/**
 * Gen-27 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout27-baidu-upload-person-antd-draglist   资料上传及人脸核验 (个人, 百度智能云) as a DRAG LIST: an antd List of the
 *    materials, each item a title, a requirement line and an Upload.DRAGGER (jpg / png ≤ 4 MB checked); a certificate-type
 *    Select first; 人脸核验: method radios (a human choice), a blur-checked mobile for the link, a send button; 上一步 / 下一步
 */
import { Alert, Button, ConfigProvider, Form, Input, List, Radio, Select, Steps, Upload, type UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, ICP_PERSON_CERTS, MOBILE_RE } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

/** One material: an antd Upload.Dragger (checked here, never sent); the chosen file by name in the state. */
function Drop(p: { s: S; set: Setter; k: string; hint: string }) {
  const [msg, setMsg] = useState('');
  const list: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ uid: name, name, status: 'done' }));
  return (
    <div className={`drop drop-${p.k}`}>
      <Upload.Dragger accept="image/png,image/jpeg" maxCount={1} fileList={list}
        beforeUpload={(file) => {
          const ok = /^image\/(png|jpeg)$/.test(file.type) && file.size <= 4 * 1024 * 1024;
          setMsg(ok ? '' : '仅支持 jpg / png 格式，且不超过 4MB');
          if (ok) p.set(p.k, [file.name]);
          return false;
        }}
        onRemove={() => { p.set(p.k, []); return true; }}>
        <p style={{ margin: 0 }}>将图片拖到此处，或<a>点击上传</a></p>
        <p className="help" style={{ margin: 0 }}>{p.hint}</p>
      </Upload.Dragger>
      {msg ? <div className="field-err">{msg}</div> : null}
    </div>
  );
}

const MATERIALS: { k: string; title: string; req: string; hint: string }[] = [
  { k: 'idFront', title: '身份证人像面', req: '主办者（负责人）居民身份证人像面，四角完整、字迹清晰', hint: 'jpg / png，不超过 4MB' },
  { k: 'idBack', title: '身份证国徽面', req: '居民身份证国徽面，有效期须在 3 个月以上', hint: 'jpg / png，不超过 4MB' },
  { k: 'idHand', title: '手持身份证照片', req: '本人手持身份证人像面正面免冠照片（部分管局要求）', hint: 'jpg / png，不超过 4MB' },
  { k: 'promiseLetter', title: '备案承诺书', req: '下载模板打印，本人手写签字后拍照或扫描上传', hint: 'jpg / png，不超过 4MB' },
];

function BaiduUploadPerson() {
  const { s, set } = useReplicaState('baidu', 'upload', '个人', {
    certType: '', idFront: [], idBack: [], idHand: [], promiseLetter: [], verifyMode: '', faceMobile: '', sendClicks: 0, prevClicks: 0, nextClicks: 0,
  });
  const [err, setErr] = useState('');
  const [msg, setMsg] = useState('');
  const next = () => {
    clicks(s, set, 'nextClicks')();
    const missing = MATERIALS.filter((m) => !arr(s[m.k]).length).map((m) => m.title);
    setMsg(missing.length ? `请上传：${missing.join('、')}` : '请先完成人脸核验');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="bd-side" aria-label="备案"><a>备案概览</a><a className="on">我的备案</a><a>备案资料模板</a><a>备案操作码</a></nav>
      <div className="bd-main"><div className="bd-body">
        <div className="card-w">
          <Steps size="small" current={3} items={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="个人备案 · 张伟 · 网站：张伟的读书笔记（zhangwei-notes.cn）。请上传以下资料，并由本人完成人脸核验。" />
        <div className="card-w">
          <Form layout="inline" style={{ marginBottom: 12 }}>
            <Form.Item label="负责人证件类型" required>
              <Select className="cert-type" classNames={{ popup: { root: 'cert-type-pop' } }} style={{ width: 260 }} placeholder="请选择" value={str(s.certType) || undefined}
                options={ICP_PERSON_CERTS.map((value) => ({ value, label: value }))} onChange={(v) => set('certType', v)} />
            </Form.Item>
          </Form>
          <List className="materials" bordered dataSource={MATERIALS}
            renderItem={(m) => (
              <List.Item className={`mat mat-${m.k}`}>
                <div className="drag-item">
                  <div><b><span style={{ color: '#e54545' }}>*</span>{m.title}</b><div className="help">{m.req}</div>{m.k === 'promiseLetter' ? <a className="help">下载《备案承诺书》模板</a> : null}</div>
                  <Drop s={s} set={set} k={m.k} hint={m.hint} />
                </div>
              </List.Item>
            )} />
        </div>
        <div className="card-w c-face">
          <b>人脸核验</b>
          <Form labelCol={{ flex: '190px' }} style={{ marginTop: 12 }}>
            <Form.Item label="核验方式" required>
              <Radio.Group className="verify-mode" value={str(s.verifyMode) || undefined} options={['百度智能云App扫码', '短信链接']} onChange={(ev) => set('verifyMode', ev.target.value)} />
            </Form.Item>
            <Form.Item label="接收核验链接的手机号" required validateStatus={err ? 'error' : undefined} help={err || '核验链接将发送至该手机号，须为主办者本人手机'}>
              <Input className="face-mobile" style={{ width: 260 }} maxLength={11} value={str(s.faceMobile)} placeholder="请输入"
                onChange={(ev) => { set('faceMobile', ev.target.value); setErr(''); }}
                onBlur={(ev) => { const t = ev.target.value.trim(); if (t) setErr(MOBILE_RE.test(t) ? '' : '请输入 11 位手机号码'); }} />
            </Form.Item>
            <Form.Item label=" " colon={false}>
              <Button className="send-link" onClick={clicks(s, set, 'sendClicks')} disabled={!MOBILE_RE.test(str(s.faceMobile))}>发送核验链接</Button>
              {Number(s.sendClicks) > 0 ? <span className="ok-msg" style={{ marginLeft: 8 }}>核验链接已发送，请在 24 小时内完成</span> : null}
            </Form.Item>
          </Form>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={next}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout27-baidu-upload-person-antd-draglist': BaiduUploadPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
