/**
 * Gen-9 held-out build on React 19 + antd 6 (written from FORMS.md alone, never tuned against):
 *  - heldout9-aliyun-upload-unit-antd-samples  上传资料 (单位): material slots as image cards, each with an example picture
 *    and a dashed 点击上传 drop box (Upload.Dragger), grouped under 主体资料 / 网站资料
 */
import { Alert, Button, Checkbox, ConfigProvider, Steps, Upload } from 'antd';
import type { UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build } from './common';
import { clicks, useReplicaState, type S, type Setter } from './react-state';

const files = (v: unknown) => (Array.isArray(v) ? (v as UploadFile[]) : []);
const MAX = 4 * 1024 * 1024;

/** An example picture (a drawn stand-in for the console's sample image). */
const sample = (caption: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" rx="6" fill="#e8f0fe" stroke="#9bb7e8"/><rect x="12" y="14" width="40" height="50" fill="#c9d8f5"/><rect x="62" y="18" width="84" height="8" fill="#9bb7e8"/><rect x="62" y="34" width="70" height="8" fill="#9bb7e8"/><rect x="62" y="50" width="78" height="8" fill="#9bb7e8"/><text x="80" y="88" font-size="11" text-anchor="middle" fill="#56709e">${caption}</text></svg>`,
  )}`;

interface Slot { k: string; title: string; need: string; example: string; optional?: boolean }
const SUBJECT_SLOTS: Slot[] = [
  { k: 'licence', title: '营业执照', need: '营业执照正本或副本原件彩色扫描件', example: '营业执照示例' },
  { k: 'prFront', title: '主体负责人身份证 · 人像面', need: '法定代表人居民身份证人像面', example: '人像面示例' },
  { k: 'prBack', title: '主体负责人身份证 · 国徽面', need: '有效期须在 3 个月以上', example: '国徽面示例' },
];
const SITE_SLOTS: Slot[] = [
  { k: 'wpFront', title: '网站负责人身份证 · 人像面', need: '网站负责人居民身份证人像面', example: '人像面示例' },
  { k: 'wpBack', title: '网站负责人身份证 · 国徽面', need: '网站负责人居民身份证国徽面', example: '国徽面示例' },
  { k: 'domainCert', title: '域名证书', need: '部分管局要求，可在域名注册商控制台下载', example: '域名证书示例', optional: true },
  { k: 'other', title: '其他材料', need: '授权书、承诺书等管局要求的材料', example: '其他材料', optional: true },
];

/** One material card: example picture on the left, a dashed 点击上传 box on the right. */
function SlotCard(p: { s: S; set: Setter; slot: Slot }) {
  const [err, setErr] = useState('');
  const list = files(p.s[p.slot.k]);
  return (
    <div className={`slot slot-${p.slot.k}`}>
      <h4>{p.slot.title}{p.slot.optional ? <span className="opt">（选填）</span> : <span className="req">*</span>}</h4>
      <div className="slot-body">
        <div className="sample"><img src={sample(p.slot.example)} alt={`${p.slot.title}示例`} /><div>示例</div></div>
        <div>
          <Upload.Dragger
            accept="image/png,image/jpeg"
            maxCount={1}
            fileList={list}
            height={96}
            beforeUpload={(f) => {
              if (!/^image\/(png|jpe?g)$/.test(f.type)) { setErr(`${f.name}：仅支持 jpg、png 格式`); return Upload.LIST_IGNORE; }
              if (f.size > MAX) { setErr(`${f.name}：文件大小不能超过 4MB`); return Upload.LIST_IGNORE; }
              setErr('');
              return false;
            }}
            onChange={({ fileList }) => p.set(p.slot.k, fileList)}
          >
            <div style={{ fontSize: 13, color: '#555' }}>点击上传</div>
            <div className="help" style={{ textAlign: 'center' }}>{p.slot.need}</div>
          </Upload.Dragger>
          {err && <div className="err">{err}</div>}
        </div>
      </div>
    </div>
  );
}

function AliyunUpload() {
  const { s, set } = useReplicaState('aliyun', 'upload', '单位', {
    licence: [], prFront: [], prBack: [], wpFront: [], wpBack: [], domainCert: [], other: [], agreed: false, prevClicks: 0, submitClicks: 0,
  });
  const group = (title: string, slots: Slot[]): ReactNode => (
    <div className="box" style={{ background: '#fff', padding: '14px 20px' }}>
      <div className="sec-head">{title}</div>
      <div className="slot-grid">{slots.map((sl) => <SlotCard key={sl.k} s={s} set={set} slot={sl} />)}</div>
    </div>
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">我的备案</a><a href="#" className="on">新增备案</a><a href="#">主体信息管理</a><a href="#">备案服务号管理</a></nav>
      <div className="al-main">
        <div className="al-body">
          <Steps size="small" current={3} style={{ marginBottom: 16 }}
            items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交审核' }]} />
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="请上传原件的彩色扫描件或照片，不接受复印件；jpg/png 格式，单个文件不超过 4MB。" />
          {group('主体资料', SUBJECT_SLOTS)}
          {group('网站资料（云栖示例科技官网）', SITE_SLOTS)}
          <div className="box" style={{ background: '#fff', padding: '14px 20px' }}>
            <div className="sec-head">真实性核验</div>
            <div className="row-inline">
              <div className="sample" style={{ width: 96, height: 96, lineHeight: '96px' }}>二维码</div>
              <div className="help" style={{ width: 'auto' }}>资料提交后，请使用阿里云 App 扫码完成网站负责人人脸核验（替代原幕布拍照）。</div>
            </div>
          </div>
          <Checkbox checked={s.agreed === true} onChange={(e) => set('agreed', e.target.checked)}>本人承诺所上传资料真实、有效，并授权阿里云提交至管局审核</Checkbox>
          <div className="al-actions">
            <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button type="primary" onClick={clicks(s, set, 'submitClicks')}>提交审核</Button>
          </div>
        </div>
      </div>
    </>
  );
}

const PAGES: Record<string, () => ReactNode> = {
  'heldout9-aliyun-upload-unit-antd-samples': () => <AliyunUpload />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}>{render()}</ConfigProvider>);
