/**
 * Gen-30 held-out builds on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout30-aliyun-basic-unit-tdesign-toolbar   填写基本信息 (单位, 阿里云) as a QUERY TOOLBAR: one inline row of THREE
 *    region Selects loaded level by level from the area store, a nature Select, a certificate Select filtered by the nature,
 *    the number and the domain (blur checks); the 备案服务号 box; 验证 (a human step); a read-only derived summary line
 *  - heldout30-huawei-basic-unit-tdesign-sidesheet  Huawei Cloud 备案类型核验 (单位) in a right-hand side sheet (a TDesign
 *    Drawer, open, not closable by the overlay): a whole-tree Cascader, BUTTON radios of natures, a Select, blur checks
 */
import { Button, Cascader, Drawer, Input, Radio, Select } from 'tdesign-react';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, regionOptions, validUscc, type Area } from './common';
import { clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const usccRule = (v: string) => (validUscc(v) ? '' : '统一社会信用代码校验未通过');
const domainRule = (v: string) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; w?: number; placeholder?: string }) {
  const [err, setErr] = useState('');
  return (
    <span style={{ display: 'inline-block', width: p.w ?? 240 }}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(v) => { p.set(p.k, String(v ?? '')); setErr(''); }} onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </span>
  );
}

/* ------------------------------------------------------------------ 基本信息 (单位, 阿里云), query toolbar */

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    prov: '', city: '', dist: '', nature: '', certType: '', certNumber: '', domain: '', serviceCode: '', verifyClicks: 0,
  }, ({ prov, city, dist, ...r }) => ({ ...r, region: [prov, city, dist].filter(Boolean) }));
  const [lv, setLv] = useState<Area[][]>([[], [], []]);
  const [codes, setCodes] = useState(['', '', '']);
  useEffect(() => { void fetchAreas('', 200).then((l) => setLv((o) => [l, o[1]!, o[2]!])); }, []);
  const pickLevel = (i: number, code: string) => {
    const a = lv[i]!.find((x) => x.code === code);
    const c = codes.slice(0, i).concat([code, '', ''].slice(0, 3 - i));
    setCodes(c);
    const keys = ['prov', 'city', 'dist'];
    const patch: S = { [keys[i]!]: a?.name ?? '' };
    for (let j = i + 1; j < 3; j++) patch[keys[j]!] = '';
    setMany(patch);
    setLv((o) => o.map((l, j) => (j > i ? [] : l)));
    if (i < 2 && code) void fetchAreas(code, 250).then((l) => setLv((o) => o.map((x, j) => (j === i + 1 ? l : x))));
  };
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <h2 className="page-title">首次备案 · 备案信息验证</h2>
        <div className="card-w toolbar">
          <div className="tb-row">
            <span className="tb-cap">主体所在地</span>
            {['省份', '城市', '区县'].map((ph, i) => (
              <Select key={ph} className={`region-${i}`} style={{ width: 140 }} placeholder={ph} value={codes[i] || undefined} options={lv[i]!.map((a) => ({ value: a.code, label: a.name }))}
                popupProps={{ overlayClassName: `region-${i}-pop` }} onChange={(v) => pickLevel(i, String(v ?? ''))} />
            ))}
          </div>
          <div className="tb-row">
            <span className="tb-cap">单位性质</span>
            <Select className="nature" style={{ width: 180 }} placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} popupProps={{ overlayClassName: 'nature-pop' }}
              onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
            <span className="tb-cap">证件种类</span>
            <Select className="cert-type" style={{ width: 220 }} placeholder={s.nature ? '请选择' : '先选单位性质'} value={str(s.certType) || undefined} options={opts(certs)} popupProps={{ overlayClassName: 'cert-type-pop' }}
              onChange={(v) => set('certType', String(v ?? ''))} />
          </div>
          <div className="tb-row">
            <span className="tb-cap">证件号码</span><T s={s} set={set} k="certNumber" cls="cert-number" rule={usccRule} />
            <span className="tb-cap">备案域名</span><T s={s} set={set} k="domain" cls="domain" rule={domainRule} placeholder="不带 www." />
          </div>
          <div className="tb-row">
            <span className="tb-cap">备案服务号</span><T s={s} set={set} k="serviceCode" cls="service-code" placeholder="无阿里云服务器时填写" />
            <Button className="verify" onClick={clicks(s, set, 'verifyClicks')}>验证</Button>
          </div>
          <div className="help summary">{[s.prov, s.city, s.dist].filter(Boolean).join('') || '—'} · {str(s.nature) || '—'} · {str(s.certType) || '—'}</div>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 备案类型核验 (单位, 华为云), side sheet */

function HuaweiBasicUnit() {
  const { s, set, setMany } = useReplicaState('huawei', 'basic', '单位', {
    regionCode: '', nature: '', unitName: '', certType: '', certNumber: '', domain: '', nextClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const tree = useMemo(() => regionOptions(), []);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  return (
    <div>
      <div className="hw-top"><b>华为云</b><span>备案中心</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <div className="hw-body"><h2 className="page-title">我的备案</h2><div className="card-w help">暂无备案记录。</div></div>
      <Drawer className="sheet" visible header="开始备案 · 备案类型核验" size="620px" closeOnOverlayClick={false} closeOnEscKeydown={false} showOverlay
        footer={<Button className="next" theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>}>
        <div className="sheet-body">
          <div className="sh-row"><label>主办单位所在区域</label>
            <Cascader className="region" style={{ width: 360 }} filterable options={tree} value={str(s.regionCode) || undefined} popupProps={{ overlayClassName: 'region-pop' }}
              onChange={(v) => set('regionCode', String(v ?? ''))} placeholder="省 / 市 / 区县" /></div>
          <div className="sh-row"><label>主办单位性质</label>
            <Radio.Group className="nature" variant="default-filled" value={str(s.nature) || undefined} onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })}>
              {['企业', '个人', '事业单位', '社会团体'].map((n) => <Radio.Button key={n} value={n}>{n}</Radio.Button>)}
            </Radio.Group></div>
          <div className="sh-row"><label>主办单位名称</label><T s={s} set={set} k="unitName" cls="unit-name" w={360} /></div>
          <div className="sh-row"><label>主办单位证件类型</label>
            <Select className="cert-type" style={{ width: 360 }} value={str(s.certType) || undefined} options={opts(certs)} placeholder="请选择" popupProps={{ overlayClassName: 'cert-type-pop' }}
              onChange={(v) => set('certType', String(v ?? ''))} /></div>
          <div className="sh-row"><label>主办单位证件号码</label><T s={s} set={set} k="certNumber" cls="cert-number" w={360} rule={usccRule} /></div>
          <div className="sh-row"><label>待备案域名</label><T s={s} set={set} k="domain" cls="domain" w={360} rule={domainRule} /></div>
        </div>
      </Drawer>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout30-aliyun-basic-unit-tdesign-toolbar': AliyunBasicUnit,
  'heldout30-huawei-basic-unit-tdesign-sidesheet': HuaweiBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
