/**
 * Gen-15 held-out build on React 19 + antd 6 (written from FORMS.md and docs/profile.example.json alone, never tuned
 * against):
 *  - heldout15-mps-apply-person-antd-rolestable  新办网站申请 (个人, 公安) on ONE page: four numbered cards (a clickable small
 *    Steps rail scrolls to them); ① the real-name identity read-only + a range picker, picture uploads, a LAZY cascader,
 *    radios; ② blur checks, a date picker, tags selects, a range picker, the two provider blocks as ONE EDITABLE TABLE (an
 *    AutoComplete name, selects, a whole-tree cascader, inputs; code and method on the access row only), radios, a
 *    letter-coded TREE SELECT, checkboxes; ③ the two roles as ONE EDITABLE TABLE (a 同开办主体 tick copying the identity
 *    and locking the row, inputs, a select, a range picker per row) + the security officer's picture uploads; ④ a notice
 *    tick; 保存草稿 / 提交申请
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Form, Input, Radio, Select, Steps, Table, TreeSelect, Upload, type UploadFile,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, MPS_PERSON_CERTS, MPS_PROVIDER_ROWS,
  pathOfCode, PHONE_RE, regionOptions, validId, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const day = (d: Dayjs | null | undefined) => (d && d.isValid() ? d.format('YYYY-MM-DD') : '');
const dj = (v: unknown) => (typeof v === 'string' && v ? dayjs(v, 'YYYY-MM-DD') : null);
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const P = HELD_PRINCIPAL.个人;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

function Photo(p: { s: S; set: Setter; k: string; title: string }) {
  const list: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ uid: name, name, status: 'done' }));
  return (
    <div className={`photo photo-${p.k}`}>
      <Upload listType="picture-card" accept="image/*" maxCount={1} fileList={list} beforeUpload={() => false}
        onChange={({ fileList }) => p.set(p.k, fileList.map((f) => f.name))}>
        {list.length ? null : <div><div style={{ fontSize: 20 }}>+</div><div style={{ fontSize: 12 }}>{p.title}</div></div>}
      </Upload>
      <div className="photo-title">{p.title}</div>
    </div>
  );
}

function Range(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean }) {
  const v = arr<string>(p.s[p.k]);
  return (
    <DatePicker.RangePicker className={p.cls} disabled={p.disabled} placeholder={['起始日期', '截止日期']} value={v.some(Boolean) ? [dj(v[0]), dj(v[1])] : null}
      onChange={(d) => p.set(p.k, d ? [day(d[0]), day(d[1])] : [])} />
  );
}

type Opt = { value: string; label: string; isLeaf?: boolean; children?: Opt[] };
const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const SECTIONS = ['sec-subject', 'sec-site', 'sec-people', 'sec-notice'];

function MpsApplyPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'apply', '个人', {
    subValidity: [], subIdFront: [], subIdBack: [], subIdHand: [], residenceCodes: [], residenceDetail: '', mobile: '', email: '', landline: '', genAI: '',
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], domainCertValidity: [],
    apName: '', apJurisdiction: '', apRegionCodes: [], apPhone: '', apCode: '', apMethod: '', rgName: '', rgJurisdiction: '', rgRegionCodes: [], rgPhone: '',
    interactive: '', dangerous: '', category: '', preLicence: '', languages: [],
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [], secMobile: '', secEmail: '',
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidity: [], emgMobile: '',
    secIdFront: [], secIdBack: [], secIdHand: [], promise: false, saveClicks: 0, submitClicks: 0,
  }, ({ residenceCodes, apRegionCodes, rgRegionCodes, ...r }) => ({
    ...r,
    residenceRegion: pathOfCode(arr<string>(residenceCodes).at(-1)),
    apRegion: pathOfCode(arr<string>(apRegionCodes).at(-1)),
    rgRegion: pathOfCode(arr<string>(rgRegionCodes).at(-1)),
  }));
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const [regions] = useState(regionOptions);
  const [lazy, setLazy] = useState<Opt[]>([]);
  useState(() => { void fetchAreas('').then((l) => setLazy(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); return 0; });
  const loadData = (path: Opt[]) => {
    const node = path[path.length - 1]!;
    void fetchAreas(node.value).then((l) => {
      node.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }));
      setLazy((x) => [...x]);
    });
  };
  const [msg, setMsg] = useState('');
  const scrollTo = (i: number) => document.getElementById(SECTIONS[i]!)?.scrollIntoView({ behavior: 'instant', block: 'start' });

  /* providers table */
  const providerNames = MPS_PROVIDER_ROWS.map((r) => r.name);
  const providerCol = (row: 'ap' | 'rg', col: string): ReactNode => {
    const k = `${row}${col}`;
    const cls = `${row}-${col.toLowerCase()}`;
    switch (col) {
      case 'Name': return (
        <AutoComplete className={cls} style={{ width: 230 }} value={str(s[k])} placeholder="输入关键字查询" options={opts(providerNames.filter((n) => !str(s[k]) || n.includes(str(s[k]))))}
          onChange={(v) => set(k, v ?? '')}
          onSelect={(v: string) => { const hit = MPS_PROVIDER_ROWS.find((x) => x.name === v); setMany({ [k]: v, ...(row === 'ap' && hit?.code && !s.apCode ? { apCode: hit.code } : {}) }); }} />
      );
      case 'Jurisdiction': return <Select className={cls} style={{ width: 90 }} placeholder="请选择" value={str(s[k]) || undefined} options={opts(['境内', '境外'])} onChange={(v) => set(k, v)} />;
      case 'Region': return (
        <Cascader className={cls} style={{ width: 220 }} options={regions} showSearch placeholder="省 / 市 / 区县" value={arr<string>(s[`${row}RegionCodes`]).length ? arr<string>(s[`${row}RegionCodes`]) : undefined}
          onChange={(v) => set(`${row}RegionCodes`, arr<string>(v).map(String))} />
      );
      case 'Phone': return text(k, cls, { placeholder: '电话', blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') });
      case 'Code': return row === 'ap' ? text('apCode', 'ap-code', { placeholder: '组织机构代码' }) : <span className="help">—</span>;
      case 'Method': return row === 'ap'
        ? <Select className="ap-method" style={{ width: 130 }} placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', v)} />
        : <span className="help">—</span>;
      default: return null;
    }
  };
  const providerRows = [{ key: 'ap', kind: '网络接入服务商' }, { key: 'rg', kind: '域名注册服务商' }] as const;

  /* people table */
  const copy = (row: 'sec' | 'emg', on: boolean) => setMany(on
    ? { [`${row}Same`]: true, [`${row}Name`]: P.name, [`${row}CertType`]: P.certType, [`${row}CertNumber`]: P.certNumber, [`${row}Validity`]: [P.validFrom, P.validTo], [`${row}Mobile`]: P.mobile, ...(row === 'sec' ? { secEmail: P.email } : {}) }
    : { [`${row}Same`]: false, [`${row}Name`]: '', [`${row}CertType`]: '', [`${row}CertNumber`]: '', [`${row}Validity`]: [], [`${row}Mobile`]: '', ...(row === 'sec' ? { secEmail: '' } : {}) });
  const personCol = (row: 'sec' | 'emg', col: string): ReactNode => {
    const locked = s[`${row}Same`] === true;
    const k = `${row}${col}`;
    const cls = `${row}-${col.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '')}`;
    switch (col) {
      case 'Same': return <Checkbox className={`${row}-same`} checked={locked} onChange={(ev) => copy(row, ev.target.checked)}>同开办主体</Checkbox>;
      case 'Name': return text(k, cls, { disabled: locked, max: 30 });
      case 'CertType': return <Select className={cls} style={{ width: 130 }} disabled={locked} placeholder="请选择" value={str(s[k]) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set(k, v)} />;
      case 'CertNumber': return text(k, cls, { disabled: locked, max: 18, blur: idRule(s, `${row}CertType`) });
      case 'Validity': return <Range s={s} set={set} k={k} cls={cls} disabled={locked} />;
      case 'Mobile': return text(k, cls, { disabled: locked, max: 11, blur: mobileRule });
      case 'Email': return row === 'sec' ? text('secEmail', 'sec-email', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') }) : <span className="help">—</span>;
      default: return null;
    }
  };
  const peopleRows = [{ key: 'sec', role: '网站安全负责人' }, { key: 'emg', role: '网站应急联络人' }] as const;
  const cellErr = (keys: string[]) => keys.map((k) => e.get(k)).filter(Boolean).join('；');

  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1d4f91', borderRadius: 2 } }}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span style={{ marginLeft: 'auto' }}>张伟（个人用户）· 退出登录</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 &gt; 网站备案 &gt; 新办网站申请</div>
        <div className="panel-w" style={{ paddingBottom: 12 }}>
          <Steps className="rail" size="small" current={-1} onChange={scrollTo} items={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((title, i) => ({ title, status: 'process' as const, icon: <span className="rail-no">{'①②③④'[i]}</span> }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="本页一次填写全部申请信息；可随时“保存草稿”。网站开通之日起 30 日内须办理联网备案。" />
        <Card id="sec-subject" title="① 开办主体" style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={3} bordered className="identity" items={[
            { key: 'n', label: '姓名', children: P.name }, { key: 't', label: '证件类型', children: P.certType }, { key: 'c', label: '证件号码', children: P.certNumber },
          ]} />
          <div className="help" style={{ margin: '6px 0 16px' }}>以上信息来自公安一网通办实名核验，不可修改。</div>
          <Form layout="horizontal" labelCol={{ flex: '170px' }} wrapperCol={{ flex: 'auto' }}>
            <Form.Item label="证件有效期" required><Range s={s} set={set} k="subValidity" cls="sub-validity" /></Form.Item>
            <Form.Item label="证件照片" required extra="jpg / png，不超过 2 MB">
              <div className="row-inline photos">
                <Photo s={s} set={set} k="subIdFront" title="身份证人像面" />
                <Photo s={s} set={set} k="subIdBack" title="身份证国徽面" />
                <Photo s={s} set={set} k="subIdHand" title="手持身份证照片" />
              </div>
            </Form.Item>
            <Form.Item label="常住地址" required>
              <Cascader className="residence-region" style={{ width: 320 }} options={lazy} loadData={(p) => loadData(p as Opt[])} changeOnSelect={false} placeholder="省 / 市 / 区县"
                value={arr<string>(s.residenceCodes).length ? arr<string>(s.residenceCodes) : undefined} onChange={(v) => set('residenceCodes', arr<string>(v).map(String))} />
            </Form.Item>
            <Form.Item label="常住地址 · 详细地址" required>{text('residenceDetail', 'residence-detail', { placeholder: '街道、门牌号' })}</Form.Item>
            <Form.Item label="手机号码" required {...e.item('mobile')}>{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Form.Item>
            <Form.Item label="电子邮箱" required {...e.item('email')}>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Form.Item>
            <Form.Item label="固定电话（选填）" {...e.item('landline')}>{text('landline', 'landline', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</Form.Item>
            <Form.Item label="是否利用生成式人工智能" required>
              <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} onChange={(ev) => set('genAI', ev.target.value)} options={opts(['是', '否'])} />
            </Form.Item>
          </Form>
        </Card>
        <Card id="sec-site" title="② 网站基本信息" style={{ marginBottom: 16 }}>
          <Form layout="horizontal" labelCol={{ flex: '170px' }} wrapperCol={{ flex: 'auto' }}>
            <Form.Item label="网站名称" required {...e.item('siteName')}>
              {text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称须与ICP备案一致，不少于 3 个汉字') })}
            </Form.Item>
            <Form.Item label="ICP备案号" required {...e.item('icpNumber')} extra={e.get('icpNumber') ? undefined : '如：浙ICP备12345678号-1'}>
              {text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : 'ICP备案号格式不正确') })}
            </Form.Item>
            <Form.Item label="网站开通日期" required>
              <DatePicker className="opened-at" value={dj(s.openedAt)} onChange={(d) => set('openedAt', day(d))} />
            </Form.Item>
            <Form.Item label="主域名" required {...e.item('mainDomain')}>
              {text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名') })}
            </Form.Item>
            <Form.Item label="从域名" extra="同一网站的其他域名，输入后回车（选填）">
              <Select className="sub-domains" mode="tags" open={false} suffixIcon={null} style={{ width: 420 }} placeholder="如 example.com.cn" value={arr<string>(s.subDomains)}
                onChange={(v) => set('subDomains', arr<string>(v).map((x) => x.trim().toLowerCase()).filter((x) => DOMAIN_RE.test(x)))} />
            </Form.Item>
            <Form.Item label="网站IP" required {...e.item('ips')} extra={e.get('ips') ? undefined : '域名实际解析的 IP，输入后回车，可多个'}>
              <Select className="ips" mode="tags" open={false} suffixIcon={null} style={{ width: 420 }} placeholder="如 1.2.3.4" value={arr<string>(s.ips)}
                onChange={(v) => { const l = arr<string>(v).map((x) => x.trim()); const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x)); set('ips', l.filter((x) => x !== bad)); e.set('ips', bad ? `${bad} 不是有效的 IP 地址` : ''); }} />
            </Form.Item>
            <Form.Item label="域名证书有效期" required><Range s={s} set={set} k="domainCertValidity" cls="domain-cert-validity" /></Form.Item>
          </Form>
          <div className="grp-title">网络接入服务商 / 域名注册服务商</div>
          <Table className="providers" size="small" bordered pagination={false} rowKey="key" dataSource={providerRows.map((r) => ({ ...r }))} columns={[
            { title: '类别', dataIndex: 'kind', width: 120, render: (v: string) => <b>{v}</b> },
            { title: '名称', key: 'name', render: (_: unknown, r: { key: 'ap' | 'rg' }) => providerCol(r.key, 'Name') },
            { title: '所属地区管辖', key: 'jur', render: (_: unknown, r: { key: 'ap' | 'rg' }) => providerCol(r.key, 'Jurisdiction') },
            { title: '所属区域', key: 'region', render: (_: unknown, r: { key: 'ap' | 'rg' }) => providerCol(r.key, 'Region') },
            { title: '联系电话', key: 'phone', width: 140, render: (_: unknown, r: { key: 'ap' | 'rg' }) => <div>{providerCol(r.key, 'Phone')}<div className="cell-err">{cellErr([`${r.key}Phone`])}</div></div> },
            { title: '接入商编码', key: 'code', width: 130, render: (_: unknown, r: { key: 'ap' | 'rg' }) => providerCol(r.key, 'Code') },
            { title: '接入方式', key: 'method', render: (_: unknown, r: { key: 'ap' | 'rg' }) => providerCol(r.key, 'Method') },
          ]} />
          <Form layout="vertical" style={{ marginTop: 16 }}>
            <Form.Item label="是否提供互联网交互服务" required extra="论坛、评论、即时通讯、网盘、直播等用户可发布信息的服务">
              <Radio.Group className="interactive" value={str(s.interactive) || undefined} onChange={(ev) => set('interactive', ev.target.value)} options={opts(['是', '否'])} />
            </Form.Item>
            <Form.Item label="是否提供互联网危险物品信息发布服务" required>
              <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} onChange={(ev) => set('dangerous', ev.target.value)} options={opts(['是', '否'])} />
            </Form.Item>
            <Form.Item label="网站类型" required>
              <TreeSelect className="category" style={{ width: 300 }} placeholder="请选择" treeDefaultExpandAll value={str(s.category) || undefined}
                treeData={MPS_CATEGORY_TREE.map((c) => ({ value: c.value, title: c.label, children: c.children?.map((x) => ({ value: x.value, title: x.label })) }))}
                onChange={(v) => set('category', String(v ?? ''))} />
            </Form.Item>
            <Form.Item label="相关前置许可" required extra="新闻、出版、教育、医疗保健等须取得前置许可">
              <Radio.Group className="pre-licence" value={str(s.preLicence) || undefined} onChange={(ev) => set('preLicence', ev.target.value)} options={opts(['涉及', '不涉及'])} />
            </Form.Item>
            <Form.Item label="网站语种" required>
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
            </Form.Item>
          </Form>
        </Card>
        <Card id="sec-people" title="③ 网站负责人" style={{ marginBottom: 16 }}>
          <Table className="people" size="small" bordered pagination={false} rowKey="key" dataSource={peopleRows.map((r) => ({ ...r }))} scroll={{ x: 1320 }} columns={[
            { title: '角色', dataIndex: 'role', width: 120, render: (v: string) => <b>{v}</b> },
            { title: '', key: 'same', width: 110, render: (_: unknown, r: { key: 'sec' | 'emg' }) => personCol(r.key, 'Same') },
            { title: '姓名', key: 'name', width: 110, render: (_: unknown, r: { key: 'sec' | 'emg' }) => personCol(r.key, 'Name') },
            { title: '证件类型', key: 'type', width: 150, render: (_: unknown, r: { key: 'sec' | 'emg' }) => personCol(r.key, 'CertType') },
            { title: '证件号码', key: 'no', width: 190, render: (_: unknown, r: { key: 'sec' | 'emg' }) => <div>{personCol(r.key, 'CertNumber')}<div className="cell-err">{cellErr([`${r.key}CertNumber`])}</div></div> },
            { title: '证件有效期', key: 'valid', width: 270, render: (_: unknown, r: { key: 'sec' | 'emg' }) => personCol(r.key, 'Validity') },
            { title: '手机号码', key: 'mobile', width: 140, render: (_: unknown, r: { key: 'sec' | 'emg' }) => <div>{personCol(r.key, 'Mobile')}<div className="cell-err">{cellErr([`${r.key}Mobile`])}</div></div> },
            { title: '电子邮件地址', key: 'email', width: 190, render: (_: unknown, r: { key: 'sec' | 'emg' }) => <div>{personCol(r.key, 'Email')}<div className="cell-err">{cellErr([`${r.key}Email`])}</div></div> },
          ]} />
          <div className="grp-title">网站安全负责人证件照片 <span className="help">（即使与开办主体相同也须重新上传）</span></div>
          <div className="row-inline photos">
            <Photo s={s} set={set} k="secIdFront" title="证件正面" />
            <Photo s={s} set={set} k="secIdBack" title="证件反面" />
            <Photo s={s} set={set} k="secIdHand" title="手持证件照" />
          </div>
        </Card>
        <Card id="sec-notice" title="④ 提示说明" style={{ marginBottom: 8 }}>
          <p style={{ marginTop: 0, fontSize: 13, color: '#555' }}>开办者应当落实网络安全等级保护制度，建立信息安全管理制度，发现违法信息立即停止传输、保存记录并向公安机关报告……</p>
          <Checkbox className="promise" checked={s.promise === true} onChange={(ev) => set('promise', ev.target.checked)}>我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        </Card>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button type="primary" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.promise ? '请检查标 * 的必填项' : '请先阅读并勾选《互联网信息服务单位网络安全责任告知书》'); }}>提交申请</Button>
          <span className="msg" style={{ color: '#d4380d' }}>{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout15-mps-apply-person-antd-rolestable': MpsApplyPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
