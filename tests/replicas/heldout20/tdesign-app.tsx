/**
 * Gen-20 held-out builds on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout20-aliyun-upload-unit-tdesign-anchor     上传资料 (单位): one SECTION per role stacked beside a sticky ANCHOR rail,
 *    each with the role's facts read-only and its uploads: a DRAGGABLE file Upload, ONE image Upload taking two pictures
 *    per ID card, 是 / 否 radios REVEALING an authorisation-letter upload; optional uploads; a 承诺 tick; 上一步 / 提交初审
 *  - heldout20-mps-site-unit-tdesign-substeps        网站基本信息 (单位, 公安): ONE card split into SUB-STEPS (a small Steps,
 *    only the current part shown, the others rendered and hidden; 上一项 / 下一项); blur checks, a typed DatePicker, a TAG
 *    INPUT, a one-address-per-line TEXTAREA, a DATE RANGE picker, a CASCADER of letter codes, a SWITCH revealing checkboxes,
 *    radios, a multiple Select, a TRANSFER; two provider cards with late AUTOCOMPLETEs, Selects, LAZY Cascaders, button
 *    radios; 上一步 / 保存草稿 / 下一步
 *  - heldout20-mps-subject-person-tdesign-drawer     开办主体 (个人, 公安): a read-only summary on the page and the form in a
 *    right-side DRAWER open on arrival (取消 / × keep the state, 编辑 reopens); Selects, blur checks, two DatePickers + a 长期
 *    tick, three image Uploads, a FILTERABLE whole-tree Cascader, radios; 取消 / 保存, 编辑 / 下一步
 */
import {
  Alert, Anchor, AutoComplete, Button, Cascader, Checkbox, DatePicker, DateRangePicker, Descriptions, Drawer, Form, Input, Link, Radio, RadioGroup, Select, Steps, Switch, TagInput,
  Textarea, Transfer, Upload, type UploadFile,
} from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, INTERACTIVE_KINDS, IPV4_RE, lines, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_LANGUAGES, MPS_PERSON_CERTS,
  MPS_PRE_LICENCE_CODES, pathOfCode, PHONE_RE, regionOptions, searchProviders, shortIpv6, validId, validIpv6, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#f0f6ff"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#0052d9">已选择</text></svg>')}`;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/**
 * A form item. TDesign's FormItem drives a DIRECT library child as a form field of its own (overriding `value`): every
 * control sits in a plain <div> so its value stays this page's React state.
 */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number }) {
  return (
    <Input className={p.cls} style={p.width ? { width: p.width } : undefined} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/**
 * A date picker that takes a typed date (Enter confirms) as well as a click in its panel. TDesign 1.18's single picker
 * drops typed characters from its input (its own input handler replaces the one that keeps them), so this page keeps the
 * draft itself and hands it back as the input's value.
 */
function Date1(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const v = str(p.s[p.k]);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={v} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? v }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.set(p.k, typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

/** An image upload whose files are reported by name (`max` pictures). */
function Picture(p: { s: S; set: Setter; k: string; max?: number; disabled?: boolean }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success', url: THUMB }));
  return (
    <Upload className={`up up-${p.k}`} theme="image" accept="image/png,image/jpeg" max={p.max ?? 1} multiple={(p.max ?? 1) > 1} autoUpload={false} files={files} disabled={p.disabled}
      onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
  );
}

/** A file upload (documents: pdf / jpg / png) whose files are reported by name. */
function FileUp(p: { s: S; set: Setter; k: string; drag?: boolean; max?: number; tips?: string }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success' }));
  return (
    <Upload className={`up up-${p.k}`} theme="file" draggable={p.drag} accept="image/png,image/jpeg,application/pdf" max={p.max ?? 1} autoUpload={false} files={files} tips={p.tips}
      onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
  );
}

const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

function AliyunChrome(p: { who: string; current: number; children: ReactNode }) {
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>{p.who}</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={p.current} readonly>
            {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.StepItem key={t} title={t} />)}
          </Steps>
        </div>
        {p.children}
      </div></div>
    </>
  );
}

function MpsChrome(p: { who: string; current: number; children: ReactNode }) {
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">{p.who}</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w">
          <Steps current={p.current} readonly>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps>
        </div>
        {p.children}
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 上传资料 (单位), role sections + anchor rail */

function AliyunUploadUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'upload', '单位', {
    licence: [], prIdCard: [], wpIsLegalRep: '', authLetter: [], wpIdCard: [], domainCert: [], otherFiles: [], promise: false, prevClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const count = (k: string) => arr(s[k]).length;
  const need = ['licence', 'prIdCard', 'wpIdCard', ...(s.wpIsLegalRep === '否' ? ['authLetter'] : [])];
  const done = (keys: string[]) => keys.every((k) => count(k) > 0);
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!done(need) ? '请上传全部必传资料' : !s.promise ? '请先勾选承诺' : '已提交，请等待阿里云初审');
  };
  const layout = { labelAlign: 'top' as const };
  const section = (id: string, title: string, keys: string[], facts: [string, string][] | null, children: ReactNode) => (
    <section id={id} className={`role-sec sec-${id}`}>
      <div className="role-head"><h3>{title}</h3>{keys.length ? <span className={done(keys) ? 'ok-msg' : 'help'}>{done(keys) ? '已上传' : '待上传'}</span> : <span className="help">选填</span>}</div>
      {facts ? <div className="facts-ro">{facts.map(([k, v]) => <div key={k}><span>{k}</span><b>{v}</b></div>)}</div> : null}
      <Form {...layout}>{children}</Form>
    </section>
  );
  return (
    <AliyunChrome who="杭州云栖示例科技有限公司" current={3}>
      <Alert theme="warning" style={{ marginBottom: 16 }} message="证件须为原件彩色扫描件或照片（jpg / png / pdf，单个文件不超过 4 MB），不得使用复印件；身份证须上传人像面和国徽面两张。" />
      <div className="anchor-split">
        <div className="role-secs">
          {section('role-unit', '主办单位', ['licence'], [['主办单位名称', '杭州云栖示例科技有限公司'], ['证件类型', '营业执照（个人或企业）'], ['证件号码', '91330110MA2H3K7Q18']], (
            <Item label="主办单位证件" req tips="营业执照彩色扫描件，信息须与证件号码一致">
              <FileUp s={s} set={set} k="licence" drag />
            </Item>
          ))}
          {section('role-principal', '主体负责人', ['prIdCard'], [['主体负责人', '李娜（法定代表人）'], ['证件类型', '居民身份证'], ['证件号码', '3301**********4525']], (
            <Item label="主体负责人身份证" req tips="人像面、国徽面各一张（共 2 张）">
              <Picture s={s} set={set} k="prIdCard" max={2} />
            </Item>
          ))}
          {section('role-web', '网站负责人', ['wpIdCard'], [['网站负责人', '王强'], ['证件类型', '居民身份证'], ['证件号码', '1101**********3011']], (
            <>
              <Item label="网站负责人是否为法定代表人" req tips="不是法定代表人的，须上传法定代表人签字并加盖公章的授权书">
                <RadioGroup className="wp-legal" value={str(s.wpIsLegalRep) || undefined} options={opts(['是', '否'])}
                  onChange={(v) => setMany({ wpIsLegalRep: String(v), ...(v === '否' ? {} : { authLetter: [] }) })} />
              </Item>
              {s.wpIsLegalRep === '否'
                ? (
                  <Item label="法定代表人授权书" req tips={<span>加盖公章的授权书扫描件，<Link theme="primary" size="small">下载模板</Link></span>}>
                    <FileUp s={s} set={set} k="authLetter" />
                  </Item>
                )
                : null}
              <Item label="网站负责人身份证" req tips="人像面、国徽面各一张（共 2 张）">
                <Picture s={s} set={set} k="wpIdCard" max={2} />
              </Item>
            </>
          ))}
          {section('role-other', '其他资料', [], null, (
            <>
              <Item label="域名证书（选填）" tips="管局要求时上传"><FileUp s={s} set={set} k="domainCert" /></Item>
              <Item label="其他补充材料（选填）" tips="如前置审批文件、网站建设方案书等，最多 5 个"><FileUp s={s} set={set} k="otherFiles" max={5} /></Item>
            </>
          ))}
          <div style={{ marginTop: 14 }}>
            <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', !!v)}>本单位承诺所提交的备案资料真实、有效</Checkbox>
          </div>
          <div className="actions">
            <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button theme="primary" onClick={submit}>提交初审</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
        <div className="anchor-rail">
          <Anchor className="role-anchor" targetOffset={60} affixProps={{ offsetTop: 64 }}>
            <Anchor.AnchorItem href="#role-unit" title="主办单位" />
            <Anchor.AnchorItem href="#role-principal" title="主体负责人" />
            <Anchor.AnchorItem href="#role-web" title="网站负责人" />
            <Anchor.AnchorItem href="#role-other" title="其他资料" />
          </Anchor>
        </div>
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 网站基本信息 (单位, 公安), sub-steps */

interface LazyOption { value: string; label: string; children?: LazyOption[] | boolean }
const lazyNode = (a: Area): LazyOption => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });

/** A lazy region cascader: provinces fetched at mount, each level fetched when its parent opens. */
function RegionCascader(p: { value: string; onChange: (code: string) => void; cls: string }) {
  const [roots, setRoots] = useState<LazyOption[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map(lazyNode))); }, []);
  return (
    <Cascader className={p.cls} style={{ width: 300 }} placeholder="请选择省 / 市 / 区县" options={roots} value={p.value || undefined} clearable
      valueDisplay={() => (p.value ? pathOfCode(p.value).join(' / ') : '')}
      load={(node) => fetchAreas(String(node.value)).then((l) => l.map(lazyNode))}
      onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) p.onChange(c); }} />
  );
}

/** A provider name searched as one types (the platform's 查询 answers after a delay); picking fills nothing else. */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [options, setOptions] = useState<string[]>([]);
  const v = str(p.s[p.k]);
  useEffect(() => {
    let live = true;
    if (v.trim().length >= 2) void searchProviders(v).then((l) => { if (live) setOptions(l); });
    else setOptions([]);
    return () => { live = false; };
  }, [v]);
  return (
    <AutoComplete className={p.cls} style={{ width: 300 }} value={v} options={options.filter((o) => o !== v)} placeholder="输入名称关键字查询" filterable={false}
      onChange={(x) => p.set(p.k, String(x ?? ''))} />
  );
}

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ipsText: '', domainCertRange: [], category: '', interactive: false, interactiveKinds: [],
    dangerous: '', preLicences: [], languages: [],
    apName: '', apJurisdiction: '', apRegionCode: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgJurisdiction: '', rgRegionCode: '', rgPhone: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ ipsText, domainCertRange, apRegionCode, rgRegionCode, ...r }) => {
    const range = arr<string>(domainCertRange);
    return {
      ...r,
      ips: lines(ipsText).map((x) => (x.includes(':') ? shortIpv6(x) : x)),
      domainCert: range.length === 2 && range[0] && range[1] ? range : [],
      apRegion: pathOfCode(str(apRegionCode)), rgRegion: pathOfCode(str(rgRegionCode)),
    };
  });
  const e = useErrs();
  const [part, setPart] = useState(0);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width={o.width ?? 360} {...o} />;
  const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
  const setSubs = (v: unknown) => {
    const list = arr<string>(v).map((x) => String(x).trim().toLowerCase());
    const bad = list.find((x) => domainRule(x));
    e.set('subDomains', bad ? `${bad}：${domainRule(bad)}` : '');
    set('subDomains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
  };
  const ipRule = (t: string) => { const bad = lines(t).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的 IP 地址` : ''; };
  const parts = ['网站信息', '服务信息', '接入及域名服务商'];
  const provider = (role: 'ap' | 'rg', title: string) => (
    <div className={`prov-card prov-${role} card-w`} style={{ border: '1px solid #e7e7e7' }}>
      <h4 style={{ margin: '0 0 14px' }}>{title}</h4>
      <Form labelAlign="left" labelWidth={130}>
        <Item label="服务商名称" req tips="输入关键字后从列表中选择"><ProviderName s={s} set={set} k={`${role}Name`} cls={`${role}-name`} /></Item>
        <Item label="管辖地" req>
          <Select className={`${role}-jurisdiction`} style={{ width: 300 }} placeholder="请选择" value={str(s[`${role}Jurisdiction`]) || undefined} options={opts(['境内', '境外'])}
            onChange={(v) => set(`${role}Jurisdiction`, String(v))} />
        </Item>
        <Item label="所在区域" req><RegionCascader cls={`${role}-region`} value={str(s[`${role}RegionCode`])} onChange={(c) => set(`${role}RegionCode`, c)} /></Item>
        {role === 'ap'
          ? (
            <Item label="接入方式" req>
              <RadioGroup className="ap-method" variant="default-filled" value={str(s.apMethod) || undefined} onChange={(v) => set('apMethod', String(v))}>
                {MPS_ACCESS_METHODS.map((m) => <Radio.Button key={m} value={m}>{m}</Radio.Button>)}
              </RadioGroup>
            </Item>
          )
          : null}
        <Item label="服务商电话" req e={e} k={`${role}Phone`}>{text(`${role}Phone`, `${role}-phone`, { width: 300, blur: phoneRule })}</Item>
        {role === 'ap'
          ? <Item label="服务商编码" req e={e} k="apCode" tips="组织机构代码（统一社会信用代码第 9–17 位）">{text('apCode', 'ap-code', { width: 300, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '服务商编码为 9 位组织机构代码') })}</Item>
          : null}
      </Form>
    </div>
  );
  const show = (i: number) => ({ display: part === i ? 'block' : 'none' });
  return (
    <MpsChrome who="杭州云栖示例科技有限公司（法人用户）" current={1}>
      <Alert theme="info" style={{ marginBottom: 16 }} message="网站名称须与工信部ICP备案的网站名称一致；网站IP请填写域名实际解析的服务器地址（使用CDN的填写CDN节点地址）。" />
      <div className="sub-card">
        <Steps className="sub-steps" current={part} onChange={(v) => setPart(Number(v))} theme="dot">
          {parts.map((t) => <Steps.StepItem key={t} title={t} />)}
        </Steps>
        <div className="part part-0" style={show(0)}>
          <Form labelAlign="left" labelWidth={150}>
            <Item label="网站名称" req e={e} k="siteName" tips="与ICP备案的网站名称一致">{text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称不少于 3 个汉字') })}</Item>
            <Item label="网站备案号" req e={e} k="icpNumber" tips="工信部ICP备案号，如 浙ICP备12345678号-1">{text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式不正确') })}</Item>
            <Item label="网站开通日期" req tips="开通之日起 30 日内须办理联网备案"><Date1 s={s} set={set} k="openedAt" cls="opened-at" /></Item>
            <Item label="网站主域名" req e={e} k="mainDomain">{text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: domainRule })}</Item>
            <Item label="网站从域名" e={e} k="subDomains" tips="同一网站的其他域名，输入后回车">
              <TagInput className="sub-domains" style={{ width: 420 }} value={arr<string>(s.subDomains)} clearable placeholder="如 example.com.cn" onChange={setSubs} />
            </Item>
            <Item label="网站服务器IP" req e={e} k="ipsText" tips="每行一个 IPv4 / IPv6 地址">
              <Textarea className="ips" style={{ width: 420 }} autosize={{ minRows: 3, maxRows: 6 }} value={str(s.ipsText)} placeholder={'如\n203.0.113.10\n2001:db8::1'}
                onChange={(v) => { set('ipsText', String(v ?? '')); e.clear('ipsText'); }}
                onBlur={(v) => { const t = String(v ?? '').trim(); if (t) e.set('ipsText', ipRule(t)); }} />
            </Item>
            <Item label="域名证书有效期" tips="按域名证书上的注册日期与到期日期填写">
              <DateRangePicker className="domain-cert" style={{ width: 320 }} allowInput clearable format="YYYY-MM-DD" valueType="YYYY-MM-DD" value={arr<string>(s.domainCertRange)}
                onChange={(v) => set('domainCertRange', arr<string>(v).map(String))} />
            </Item>
          </Form>
        </div>
        <div className="part part-1" style={show(1)}>
          <Form labelAlign="left" labelWidth={150}>
            <Item label="网站类型" req tips="按网站主要业务选择">
              <Cascader className="category" style={{ width: 300 }} placeholder="请选择" options={MPS_CATEGORY_TREE} value={str(s.category) || undefined} onChange={(v) => set('category', typeof v === 'string' ? v : '')} />
            </Item>
            <Item label="提供互联网交互服务" req tips="用户可发布文字、图片、音视频等信息的（论坛、评论、即时通讯、网盘等）须选择“是”">
              <div className="row-inline">
                <Switch className="interactive" value={s.interactive === true} label={['是', '否']} onChange={(v) => setMany({ interactive: !!v, ...(v ? {} : { interactiveKinds: [] }) })} />
              </div>
            </Item>
            {s.interactive === true
              ? (
                <Item label="交互服务类型" req>
                  <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} options={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', v.map(String))} />
                </Item>
              )
              : null}
            <Item label="危险物品信息发布" req tips="是否提供涉及管制物品信息发布服务">
              <RadioGroup className="dangerous" value={str(s.dangerous) || undefined} options={opts(['是', '否'])} onChange={(v) => set('dangerous', String(v))} />
            </Item>
            <Item label="前置许可" tips="未涉及请留空">
              <Select className="pre-licences" style={{ width: 360 }} multiple clearable placeholder="请选择（可多选）" value={arr<string>(s.preLicences)} options={opts(MPS_PRE_LICENCE_CODES.map(([, l]) => l))}
                onChange={(v) => set('preLicences', arr<string>(v).map(String))} />
            </Item>
            <Item label="网站语种" req>
              <div className="lang-transfer">
                <Transfer data={MPS_LANGUAGES.map((l) => ({ value: l, label: l }))} value={arr<string>(s.languages)} title={['可选语种', '已选语种']}
                  onChange={(v) => set('languages', MPS_LANGUAGES.filter((l) => v.map(String).includes(l)))} />
              </div>
            </Item>
          </Form>
        </div>
        <div className="part part-2" style={show(2)}>
          <div className="prov-cards">
            {provider('ap', '网络接入服务商')}
            {provider('rg', '域名注册服务商')}
          </div>
        </div>
        <div className="sub-nav">
          <Button className="sub-prev" variant="outline" disabled={part === 0} onClick={() => setPart(part - 1)}>上一项</Button>
          <Button className="sub-next" variant="outline" disabled={part === parts.length - 1} onClick={() => setPart(part + 1)}>下一项</Button>
        </div>
      </div>
      <div className="actions">
        <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
        <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
    </MpsChrome>
  );
}

/* ------------------------------------------------------------------ 开办主体 (个人, 公安), drawer */

function MpsSubjectPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    subjectKind: '', name: '', certType: '', certNumber: '', validFrom: '', validTo: '', longTerm: false, idFront: [], idBack: [], idHand: [],
    homeRegionCode: '', homeDetail: '', office: '', mobile: '', email: '', genAI: '', cancelClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ homeRegionCode, ...r }) => ({ ...r, homeRegion: pathOfCode(str(homeRegionCode)) }));
  const e = useErrs();
  const [open, setOpen] = useState(true);
  const [saved, setSaved] = useState(false);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.longTerm === true;
  // read-only, derived from a valid resident ID number (digits 7–14 the birth date, digit 17 odd for 男)
  const id = str(s.certNumber);
  const derived = (!s.certType || s.certType === '居民身份证') && validId(id)
    ? { gender: Number(id[16]) % 2 ? '男' : '女', birth: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` }
    : { gender: '', birth: '' };
  const v = (k: string) => str(s[k]) || '未填写';
  const summary = [
    { label: '开办主体性质', content: v('subjectKind') }, { label: '姓名', content: v('name') }, { label: '证件类型', content: v('certType') },
    { label: '证件号码', content: s.certNumber ? `${str(s.certNumber).slice(0, 4)}**********${str(s.certNumber).slice(-4)}` : '未填写' },
    { label: '常住地址', content: s.homeRegionCode ? `${pathOfCode(str(s.homeRegionCode)).join('')}${str(s.homeDetail)}` : '未填写' }, { label: '手机号码', content: v('mobile') },
  ];
  const close = (k?: 'cancelClicks' | 'saveClicks') => { if (k) clicks(s, set, k)(); if (k === 'saveClicks') setSaved(true); setOpen(false); };
  return (
    <MpsChrome who="张伟（个人用户）" current={0}>
      <div className="summary">
        <div className="row-inline" style={{ justifyContent: 'space-between', marginBottom: 12 }}>
          <b>开办主体信息</b>
          <span className="row-inline"><span className="help">{saved ? '已保存' : '未保存'}</span><Button className="edit" variant="outline" size="small" onClick={() => setOpen(true)}>编辑</Button></span>
        </div>
        <Descriptions bordered column={2} items={summary} />
      </div>
      <div className="actions">
        <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
      <Drawer className="subject-drawer" visible={open} header="编辑开办主体信息" size="720px" closeOnOverlayClick={false} closeOnEscKeydown={false} destroyOnClose={false}
        onClose={() => close()}
        footer={(
          <div className="row-inline" style={{ justifyContent: 'flex-end' }}>
            <Button variant="outline" onClick={() => close('cancelClicks')}>取消</Button>
            <Button theme="primary" onClick={() => close('saveClicks')}>保存</Button>
          </div>
        )}>
        <div className="drawer-form">
          <Form labelAlign="top">
            <h4>主体信息</h4>
            <Item label="开办主体性质" req>
              <Select className="subject-kind" style={{ width: 240 }} placeholder="请选择" value={str(s.subjectKind) || undefined} options={opts(['个人', '单位'])} onChange={(x) => set('subjectKind', String(x))} />
            </Item>
            <h4>开办者（负责人）信息</h4>
            <Item label="姓名" req>{text('name', 'name', { max: 30 })}</Item>
            <Item label="证件类型" req>
              <Select className="cert-type" style={{ width: 240 }} placeholder="请选择" value={str(s.certType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(x) => set('certType', String(x))} />
            </Item>
            <Item label="证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: idRule(s, 'certType') })}</Item>
            <div className="row-inline" style={{ alignItems: 'flex-start', gap: 24 }}>
              <Item label="性别" tips="由身份证号码自动识别"><Input className="gender" style={{ width: 160 }} readonly disabled value={derived.gender} placeholder="自动识别" /></Item>
              <Item label="出生日期" tips="由身份证号码自动识别"><Input className="birth" style={{ width: 200 }} readonly disabled value={derived.birth} placeholder="自动识别" /></Item>
            </div>
            <div className="row-inline" style={{ alignItems: 'flex-start', gap: 24 }}>
              <Item label="证件有效期 起" req><Date1 s={s} set={set} k="validFrom" cls="valid-from" placeholder="开始日期" /></Item>
              <Item label="证件有效期 止" req={!long}>
                <div className="row-inline">
                  <Date1 s={s} set={set} k="validTo" cls="valid-to" placeholder={long ? '长期' : '结束日期'} disabled={long} />
                  <Checkbox className="long-term" checked={long} onChange={(x) => setMany({ longTerm: !!x, validTo: '' })}>长期</Checkbox>
                </div>
              </Item>
            </div>
            <Item label="证件照片" req tips="正面、反面、手持证件照各一张，jpg / png">
              <div className="photos">
                <div><Picture s={s} set={set} k="idFront" /><div className="photo-cap">证件照片 · 正面</div></div>
                <div><Picture s={s} set={set} k="idBack" /><div className="photo-cap">证件照片 · 反面</div></div>
                <div><Picture s={s} set={set} k="idHand" /><div className="photo-cap">证件照片 · 手持</div></div>
              </div>
            </Item>
            <Item label="常住地址" req tips="可输入区县名称搜索">
              <Cascader className="home-region" style={{ width: 360 }} filterable clearable placeholder="请选择或搜索 省 / 市 / 区县" options={regionOptions()} value={str(s.homeRegionCode) || undefined}
                onChange={(x) => set('homeRegionCode', typeof x === 'string' ? x : '')} />
            </Item>
            <Item label="常住地址 · 详细地址" req tips="街道、小区、楼栋（门牌号可不填）">{text('homeDetail', 'home-detail', { max: 100 })}</Item>
            <h4>联系方式</h4>
            <Item label="办公室电话" req e={e} k="office">{text('office', 'office', { placeholder: '区号-号码', blur: (x) => (PHONE_RE.test(x) && x.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678') })}</Item>
            <Item label="手机号码" req e={e} k="mobile">{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Item>
            <Item label="电子邮箱" req e={e} k="email">{text('email', 'email', { blur: emailRule })}</Item>
            <Item label="是否利用生成式人工智能" req tips="网站是否利用生成式人工智能技术提供服务">
              <RadioGroup className="gen-ai" value={str(s.genAI) || undefined} options={opts(['是', '否'])} onChange={(x) => set('genAI', String(x))} />
            </Item>
          </Form>
        </div>
      </Drawer>
    </MpsChrome>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout20-aliyun-upload-unit-tdesign-anchor': AliyunUploadUnit,
  'heldout20-mps-site-unit-tdesign-substeps': MpsSiteUnit,
  'heldout20-mps-subject-person-tdesign-drawer': MpsSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
