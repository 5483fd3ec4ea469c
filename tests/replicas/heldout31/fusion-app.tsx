/**
 * Gen-31 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout31-aliyun-upload-person-fusion-checktable   上传资料 (个人, 阿里云) as a CHECK TABLE: a Select of the
 *    principal's document type, then a Fusion Table of materials (材料名称 / 要求 / 上传 / 状态), one Upload.Selecter per
 *    row (type and size checked), a blur-checked mobile; 发起人脸核验 / 下一步
 *  - heldout31-mps-site-person-fusion-foldpanels        网站基本信息 (个人, 公安) as FOLD PANELS: a Fusion Collapse, every
 *    panel open: blur checks, a DatePicker2, a Select in TAG mode, a Select, a Switch, a Checkbox group, REMOTE-search
 *    Selects answered late, radios; 暂存 / 下一步
 */
import { Button, Checkbox, Collapse, DatePicker2, Input, Radio, Select, Step, Switch, Table, Upload } from '@alifd/next';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, PHONE_RE, searchProviders, SITE_ICP_RE, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

/** Fusion's file selector (its typings leave out the children it renders: the button). */
const Selecter = Upload.Selecter as unknown as (p: { accept: string; onSelect: (files: unknown[]) => void; children: ReactNode }) => React.JSX.Element;

/* ------------------------------------------------------------------ 阿里云 上传资料 (个人): check table */

interface Material { k: string; name: string; need: string }
const MATERIALS: Material[] = [
  { k: 'idFront', name: '身份证人像面', need: '原件彩色照片或扫描件，四角完整' },
  { k: 'idBack', name: '身份证国徽面', need: '原件彩色照片或扫描件，有效期清晰' },
];

function AliyunUploadPerson() {
  const { s, set } = useReplicaState('aliyun', 'upload', '个人', { idType: '', idFront: [], idBack: [], smsMobile: '', faceClicks: 0, nextClicks: 0 });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [bad, setBad] = useState<Record<string, string>>({});
  const upload = (m: Material) => {
    const files = arr<string>(s[m.k]);
    return (
      <div className={`slot ${m.k}`}>
        <Selecter accept="image/png,image/jpeg"
          onSelect={(list) => {
            const f = list[0] as unknown as File | undefined;
            if (!f) return;
            const ok = /^image\/(png|jpeg)$/.test(f.type) && f.size <= 4 * 1024 * 1024;
            setBad((b) => ({ ...b, [m.k]: ok ? '' : '仅支持 jpg / png，且不超过 4MB' }));
            if (ok) set(m.k, [f.name]);
          }}>
          <Button size="small" className={`up-${m.k}`}>{files.length ? '重新上传' : '上传'}</Button>
        </Selecter>
        {files.length ? <span className="row-inline"><span className="file-name">{files[0]}</span><Button text type="primary" size="small" onClick={() => set(m.k, [])}>删除</Button></span> : null}
        {bad[m.k] ? <div className="field-err">{bad[m.k]}</div> : null}
      </div>
    );
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="al-body">
        <div className="card-w"><Step current={3} shape="circle">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="card-w">
          <div className="sh-row">
            <label>负责人证件类型</label>
            <Select className="id-type" popupClassName="id-type-pop" style={{ width: 260 }} placeholder="请选择" value={str(s.idType) || undefined}
              dataSource={ICP_PERSON_CERTS.map((value) => ({ value, label: value }))} onChange={(v) => set('idType', String(v ?? ''))} />
          </div>
          <Table className="materials" dataSource={MATERIALS} primaryKey="k" hasBorder>
            <Table.Column title="材料名称" dataIndex="name" width={160} cell={(v: string) => <b>{v}</b>} />
            <Table.Column title="要求" dataIndex="need" cell={(v: string) => <span className="help">{v}（jpg / png，≤ 4MB）</span>} />
            <Table.Column title="上传" dataIndex="k" width={300} cell={(_v: string, _i: number, r: Material) => upload(r)} />
            <Table.Column title="状态" dataIndex="k" width={90} cell={(v: string) => (arr(s[v]).length ? <span className="ok">已上传</span> : <span className="help">待上传</span>)} />
          </Table>
        </div>
        <div className="card-w">
          <div className="sh-row">
            <label>接收核验短信的手机号</label>
            <Text s={s} set={set} e={e} k="smsMobile" cls="sms-mobile" max={11} blur={mobileRule} />
          </div>
          <div className="help">人脸核验需在阿里云 App 中完成：点击下方按钮后，用该手机号登录 App 扫码核验。</div>
        </div>
        <div className="actions">
          <Button onClick={() => { clicks(s, set, 'faceClicks')(); setMsg('已发起人脸核验，请在阿里云 App 中完成'); }}>发起人脸核验</Button>
          <Button type="primary" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(arr(s.idBack).length ? '请先完成人脸核验' : '请上传身份证国徽面'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (个人): fold panels */

const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

function Provider(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  const v = str(p.s[p.k]);
  return (
    <Select className={p.cls} popupClassName={`${p.cls}-pop`} style={{ width: '100%' }} showSearch filterLocal={false} placeholder="输入关键字查询"
      dataSource={Array.from(new Set([...(v ? [v] : []), ...data]))} value={v || undefined}
      onSearch={(q: string) => { void searchProviders(q).then(setData); }} onChange={(x) => p.set(p.k, String(x ?? ''))} />
  );
}

/** One row of a panel: its caption left of the control. */
const R = (p: { label: string; req?: boolean; children: ReactNode }) => <div className="fp-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}</div></div>;

function MpsSitePerson() {
  const { s, set } = useReplicaState('mps', 'site', '个人', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ips: [], category: '', interactive: false, languages: [],
    apName: '', apMethod: '', apPhone: '', rgName: '', rgPhone: '', draftClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟</span></div>
      <div className="mps-body">
        <div className="card-w"><Step current={1}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <Collapse className="folds" defaultExpandedKeys={['site', 'ap', 'rg']}>
          <Collapse.Panel key="site" title="网站信息">
            <R label="网站名称">{text('siteName', 'site-name', { max: 50, placeholder: '须与ICP备案的网站名称一致' })}</R>
            <R label="工信部备案号">{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1') })}</R>
            <R label="网站开通日期">
              <DatePicker2 className="opened-at" popupClassName="opened-at-pop" format="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(_d, v) => set('openedAt', String(v ?? ''))} />
            </R>
            <R label="网站主域名">{text('mainDomain', 'main-domain', { blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名') })}</R>
            <R label="网站IP">
              <Select className="ips" popupClassName="ips-pop" mode="tag" style={{ width: '100%' }} placeholder="输入 IP 后回车" value={arr<string>(s.ips)} dataSource={[]}
                onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()); const bad = l.find((x) => ipRule(x)); e.set('ips', bad ? ipRule(bad) : ''); set('ips', l); }} />
              {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
            </R>
            <R label="网站类型">
              <Select className="category" popupClassName="category-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.category) || undefined}
                dataSource={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', String(v ?? ''))} />
            </R>
            <R label="提供互联网交互服务">
              <Switch className="interactive" checked={s.interactive === true} onChange={(v: boolean) => set('interactive', !!v)} /> <span className="help">论坛、评论、即时通讯、云存储等用户可发布信息的服务</span>
            </R>
            <R label="网站语种">
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
            </R>
          </Collapse.Panel>
          <Collapse.Panel key="ap" title="网络接入服务商">
            <R label="接入商名称"><Provider s={s} set={set} k="apName" cls="ap-name" /></R>
            <R label="网站接入方式">
              <Radio.Group className="ap-method" value={str(s.apMethod) || undefined} dataSource={MPS_ACCESS_METHODS} onChange={(v) => set('apMethod', String(v))} />
            </R>
            <R label="接入商电话">{text('apPhone', 'ap-phone', { blur: (v) => (PHONE_RE.test(v) ? '' : '电话格式不正确') })}</R>
          </Collapse.Panel>
          <Collapse.Panel key="rg" title="域名注册服务商">
            <R label="注册商名称"><Provider s={s} set={set} k="rgName" cls="rg-name" /></R>
            <R label="注册商电话">{text('rgPhone', 'rg-phone', { blur: (v) => (PHONE_RE.test(v) ? '' : '电话格式不正确') })}</R>
          </Collapse.Panel>
        </Collapse>
        <div className="actions">
          <Button onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('已暂存'); }}>暂存</Button>
          <Button type="primary" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout31-aliyun-upload-person-fusion-checktable': AliyunUploadPerson,
  'heldout31-mps-site-person-fusion-foldpanels': MpsSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
