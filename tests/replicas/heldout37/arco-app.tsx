/**
 * Gen-37 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Arco Design 2.66, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout37-aliyun-subject-unit-arco-cardtabs   填写主办者信息 (单位, 阿里云) as CARD TABS: Arco Tabs of type card-gutter
 *    (主办单位 / 主体负责人 / 联系方式; every pane rendered, one shown; a red dot on a tab with an error): a textarea, a LAZY
 *    Cascader (loadMore, each level answered late), an Input with a 同主办单位名称 Checkbox copying and locking it, radios,
 *    a DatePicker + 长期有效 Switch hiding the end, blur checks, phones that must differ; a 承诺 tick; 下一步
 *  - heldout37-mps-subject-person-arco-descedit    开办主体 (个人, 公安) as an EDITABLE DESCRIPTION LIST: bordered Arco
 *    Descriptions, two columns, each value cell holding its control: button radios, a Select, a RangePicker, two Uploads,
 *    a whole-tree Cascader + street line, a Switch, blur checks; 保存草稿 / 下一步
 *  - heldout37-baidu-site-unit-arco-tablerows      填写网站信息 (单位, 百度智能云) as TABLE ROWS: one Arco Table per section
 *    (字段 / 内容 columns): a creatable multiple Select of domains, an AutoComplete fed by them, a searchable Select, a
 *    Checkbox group, radios, a Select, a RangePicker, blur checks, phones that must differ; a 承诺 tick; 下一步
 */
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Input, Radio, Select, AutoComplete, Steps, Switch, Table, Tabs, Upload } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode, PHONE_RE,
  regionOptions, validId, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    any: (ks: string[]) => ks.some((k) => !!errs[k]),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

/** An image slot: an Arco Upload that keeps the file's name (jpg / png, ≤ 4MB). */
function Photo(p: { s: S; set: Setter; k: string; cls: string }) {
  const files = arr<string>(p.s[p.k]);
  const [msg, setMsg] = useState('');
  return (
    <div className={`photo ${p.cls}`}>
      <Upload showUploadList={false} autoUpload={false} accept="image/png,image/jpeg"
        beforeUpload={(file) => {
          const ok = /^image\/(png|jpeg)$/.test(file.type) && file.size <= 4 * 1024 * 1024;
          setMsg(ok ? '' : '仅支持 jpg / png，且不超过 4MB');
          if (ok) p.set(p.k, [file.name]);
          return false;
        }}>
        <Button size="small" className={`up-${p.cls}`}>{files.length ? '重新上传' : '上传图片'}</Button>
      </Upload>
      {files.length ? <><span className="file-name"> {files[0]} </span><Button type="text" size="mini" onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help"> 未上传</span>}
      {msg ? <div className="field-err">{msg}</div> : null}
    </div>
  );
}

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (单位): card tabs */

const UNIT = '杭州云栖示例科技有限公司';
interface LazyOpt { value: string; label: string; isLeaf?: boolean; children?: LazyOpt[] }

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    certAddress: '', mailRegion: [], mailDetail: '', investorSame: false, investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prLongTerm: false, prValidTo: '',
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tab, setTab] = useState('unit');
  const [codes, setCodes] = useState<string[]>([]);
  const [provinces, setProvinces] = useState<LazyOpt[] | null>(null);
  if (provinces === null) { setProvinces([]); void fetchAreas('', 300).then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf })))); }
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <div style={{ width: 420 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const names = (path: string[], list: LazyOpt[]): string[] => {
    const out: string[] = [];
    let level: LazyOpt[] | undefined = list;
    for (const c of path) { const hit: LazyOpt | undefined = level?.find((x) => x.value === c); if (!hit) break; out.push(hit.label); level = hit.children; }
    return out;
  };
  const long = s.prLongTerm === true;
  const tabTitle = (t: string, ks: string[]) => <span>{t}{e.any(ks) ? <span className="tab-dot" style={{ color: '#f53f3f' }}> ●</span> : null}</span>;
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">{UNIT}</span></div>
      <div className="al-body">
        <Steps current={2} size="small" style={{ marginBottom: 16 }}>{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <div className="card-w">
          <div className="ro-line">主办单位名称：<b>{UNIT}</b>　性质：企业　证件：营业执照（个人或企业） 91330110MA2H3K7Q18</div>
          <Tabs className="subject-tabs" type="card-gutter" activeTab={tab} onChange={setTab}>
            <Tabs.TabPane key="unit" title={tabTitle('主办单位', ['mailDetail'])}>
              <div className="p-unit">
                <Row label="主办单位证件住所" help="与营业执照登记的住所一致">
                  <Input.TextArea className="cert-address" style={{ width: 420 }} autoSize={{ minRows: 2 }} value={str(s.certAddress)} onChange={(v) => set('certAddress', v)} />
                </Row>
                <Row label="通信地址所在地区" help="逐级选择省 / 市 / 区县">
                  <Cascader className="mail-region" style={{ width: 420 }} placeholder="请选择" triggerProps={{ className: 'mail-region-pop' } as never}
                    options={provinces ?? []} value={codes}
                    loadMore={(path: string[]) => fetchAreas(String(path[path.length - 1]), 300).then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf || path.length >= 2 })))}
                    onChange={(v, opts) => {
                      const p = (v ?? []) as string[];
                      setCodes(p);
                      const labels = ((opts ?? []) as { label?: string }[]).map((o) => String(o?.label ?? '')).filter(Boolean);
                      set('mailRegion', labels.length === p.length ? labels : names(p, provinces ?? []));
                    }} />
                </Row>
                <Row label="通信地址详细" help="须详细到门牌号">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
                <Row label="投资人或主管单位" help="企业填写投资企业或上级主管单位全称">
                  <div className="row-inline">
                    <div style={{ width: 300 }}><Text s={s} set={set} e={e} k="investor" cls="investor" disabled={s.investorSame === true} /></div>
                    <Checkbox className="investor-same" checked={s.investorSame === true} onChange={(v) => setMany(v ? { investorSame: true, investor: UNIT } : { investorSame: false })}>同主办单位名称</Checkbox>
                  </div>
                </Row>
              </div>
            </Tabs.TabPane>
            <Tabs.TabPane key="principal" title={tabTitle('主体负责人', ['prCertNumber'])}>
              <div className="p-principal">
                <Row label="负责人姓名" help="多数管局要求为法定代表人">{text('prName', 'pr-name', { max: 30 })}</Row>
                <Row label="负责人证件类型">
                  <Radio.Group className="pr-cert-type" direction="vertical" value={str(s.prCertType) || undefined} options={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', String(v))} />
                </Row>
                <Row label="负责人证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
                <Row label="证件有效期开始">
                  <DatePicker className="pr-valid-from" style={{ width: 200 }} triggerProps={{ className: 'pr-valid-from-pop' } as never} value={str(s.prValidFrom) || undefined} onChange={(d) => set('prValidFrom', d ?? '')} />
                </Row>
                <Row label="长期有效" req={false}>
                  <div className="row-inline"><Switch className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })} /><span className="help">证件为长期有效时开启</span></div>
                </Row>
                {long ? null : (
                  <Row label="证件有效期截止">
                    <DatePicker className="pr-valid-to" style={{ width: 200 }} triggerProps={{ className: 'pr-valid-to-pop' } as never} value={str(s.prValidTo) || undefined} onChange={(d) => set('prValidTo', d ?? '')} />
                  </Row>
                )}
              </div>
            </Tabs.TabPane>
            <Tabs.TabPane key="contact" title={tabTitle('联系方式', ['prMobile', 'prEmergency', 'prEmail'])}>
              <div className="p-contact">
                <Row label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
                <Row label="应急联系电话">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
                <Row label="办公室电话" req={false}>{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
                <Row label="电子邮箱">{text('prEmail', 'pr-email', { blur: emailRule })}</Row>
              </div>
            </Tabs.TabPane>
          </Tabs>
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>本单位承诺所填信息真实有效</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 开办主体 (个人): editable description list */

function MpsSubjectPerson() {
  const { s, set } = useReplicaState('mps', 'subject', '个人', {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [], prFront: [], prBack: [], homeRegionCode: '', homeDetail: '',
    prOffice: '', prMobile: '', prEmail: '', genAI: false, draftClicks: 0, nextClicks: 0,
  }, ({ homeRegionCode, ...r }) => ({ ...r, homeRegion: pathOfCode(str(homeRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const codePath = (code: string): string[] => (code ? [code.slice(0, 2), code.slice(0, 4), code] : []);
  const cap = (t: string, req = true) => <span>{req ? <i style={{ color: '#f53f3f', fontStyle: 'normal' }}>*</i> : null}{t}</span>;
  const data = [
    { label: cap('开办主体性质'), value: <Radio.Group className="kind" type="button" value={str(s.kind) || undefined} options={['个人', '单位']} onChange={(v) => set('kind', String(v))} />, span: 2 },
    { label: cap('负责人姓名'), value: text('prName', 'pr-name', { max: 30 }) },
    { label: cap('证件类型'), value: <Select className="pr-cert-type" triggerProps={{ className: 'pr-cert-type-pop' } as never} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} /> },
    { label: cap('证件号码'), value: text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) }) },
    {
      label: cap('证件有效期'),
      value: <DatePicker.RangePicker className="pr-validity" style={{ width: '100%' }} triggerProps={{ className: 'pr-validity-pop' } as never} value={arr<string>(s.prValidity).length ? arr<string>(s.prValidity) : undefined}
        onChange={(v) => set('prValidity', arr<string>(v))} />,
    },
    { label: cap('证件正面'), value: <Photo s={s} set={set} k="prFront" cls="pr-front" /> },
    { label: cap('证件反面'), value: <Photo s={s} set={set} k="prBack" cls="pr-back" /> },
    {
      label: cap('常住地址'),
      value: <Cascader className="home-region" style={{ width: '100%' }} showSearch placeholder="省 / 市 / 区县" triggerProps={{ className: 'home-region-pop' } as never} options={tree}
        value={codePath(str(s.homeRegionCode))} onChange={(v) => { const p = (v ?? []) as string[]; set('homeRegionCode', String(p[p.length - 1] ?? '')); }} />,
    },
    { label: cap('常住地址详细'), value: text('homeDetail', 'home-detail', { placeholder: '街道、门牌号' }) },
    { label: cap('办公室电话', false), value: text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule }) },
    { label: cap('手机号码'), value: text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule }) },
    { label: cap('负责人邮箱'), value: text('prEmail', 'pr-email', { blur: emailRule }) },
    {
      label: cap('是否利用生成式人工智能'),
      value: <div className="row-inline"><Switch className="gen-ai" checkedText="是" uncheckedText="否" checked={s.genAI === true} onChange={(v) => set('genAI', v)} /><span className="help">网站是否利用生成式人工智能技术提供服务</span></div>,
    },
  ];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <Steps current={1} style={{ marginBottom: 16 }}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <div className="card-w">
          <Descriptions className="subject-desc" title="开办主体信息" column={2} border labelStyle={{ width: 150 }} data={data} />
        </div>
        <div className="actions">
          <Button className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('草稿已保存'); }}>保存草稿</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写网站信息 (单位): table rows */

interface FRow { key: string; label: string; req?: boolean; control: ReactNode }

function BaiduSiteUnit() {
  const { s, set } = useReplicaState('baidu', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', promise: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 420 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const domains = arr<string>(s.domains);
  const table = (cls: string, title: string, rows: FRow[]) => (
    <div className="card-w">
      <div className="sec-title">{title}</div>
      <Table className={cls} rowKey="key" pagination={false} border={{ wrapper: true, cell: true }} data={rows}
        columns={[
          { title: '字段', dataIndex: 'label', width: 190, render: (_: unknown, r: FRow) => <span className={`cap cap-${r.key}`}>{r.req !== false ? <i style={{ color: '#f53f3f', fontStyle: 'normal' }}>*</i> : null}{r.label}</span> },
          { title: '内容', dataIndex: 'control', render: (_: unknown, r: FRow) => r.control },
        ]} />
    </div>
  );
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="bd-body">
        <Steps current={3} size="small" style={{ marginBottom: 16 }}>{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        {table('t-site', '网站信息', [
          { key: 'siteName', label: '网站名称', control: text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字') }) },
          {
            key: 'domains', label: '网站域名', control: (
              <div style={{ width: 420 }}>
                <Select className="domains" mode="multiple" allowCreate placeholder="输入域名后回车，可多个" value={domains} options={[]} triggerProps={{ className: 'domains-pop' } as never}
                  onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()); const bad = l.find((x) => domainRule(x)); e.set('domains', bad ? `${bad}：${domainRule(bad)}` : ''); set('domains', l.filter((x) => !domainRule(x))); }} />
                {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
              </div>
            ),
          },
          {
            key: 'homeUrl', label: '网站首页地址', control: (
              <AutoComplete className="home-url" style={{ width: 420 }} triggerProps={{ className: 'home-url-pop' }} placeholder="不带 http://" value={str(s.homeUrl)} data={homeUrlSuggestions(domains)} onChange={(v) => set('homeUrl', String(v ?? ''))} />
            ),
          },
          {
            key: 'content', label: '网站服务内容', control: (
              <Select className="content" style={{ width: 420 }} showSearch triggerProps={{ className: 'content-pop' } as never} placeholder="请选择，可输入搜索" value={str(s.content) || undefined} options={opts(ICP_CONTENT)} onChange={(v) => set('content', String(v))} />
            ),
          },
          { key: 'languages', label: '网站语言', control: <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} /> },
          { key: 'preApproval', label: '是否涉及前置审批', control: <Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} options={YES_NO} onChange={(v) => set('preApproval', String(v))} /> },
        ])}
        {table('t-wp', '网站负责人信息', [
          { key: 'wpName', label: '网站负责人姓名', control: text('wpName', 'wp-name', { max: 30 }) },
          { key: 'wpCertType', label: '证件类型', control: <Select className="wp-cert-type" style={{ width: 420 }} triggerProps={{ className: 'wp-cert-type-pop' } as never} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v))} /> },
          { key: 'wpCertNumber', label: '证件号码', control: text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) }) },
          {
            key: 'wpValidity', label: '证件有效期', control: (
              <DatePicker.RangePicker className="wp-validity" style={{ width: 420 }} triggerProps={{ className: 'wp-validity-pop' } as never} value={arr<string>(s.wpValidity).length ? arr<string>(s.wpValidity) : undefined}
                onChange={(v) => set('wpValidity', arr<string>(v))} />
            ),
          },
          { key: 'wpMobile', label: '手机号码', control: text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule }) },
          { key: 'wpEmergency', label: '应急联系人手机号码', control: text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系人手机号码不能与手机号码相同' : '') }) },
          { key: 'wpEmail', label: '电子邮箱', control: text('wpEmail', 'wp-email', { blur: emailRule }) },
        ])}
        <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', v)}>我承诺所填网站信息真实有效</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout37-aliyun-subject-unit-arco-cardtabs': AliyunSubjectUnit,
  'heldout37-mps-subject-person-arco-descedit': MpsSubjectPerson,
  'heldout37-baidu-site-unit-arco-tablerows': BaiduSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
