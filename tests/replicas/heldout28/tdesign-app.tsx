/**
 * Gen-28 held-out builds on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout28-aliyun-subject-unit-tdesign-collapse   填写主办者信息 (单位, 阿里云) as a COLLAPSE of three open panels, labels
 *    left; a textarea, a SEARCHABLE whole-tree Cascader + a blur-checked street, a 是 / 否 SELECT, a Select, blur checks, a
 *    DatePicker + 长期 CHECKBOX disabling the end DatePicker, phones that must differ; 上一步 / 保存并下一步
 *  - heldout28-mps-apply-person-tdesign-dialogform    the one-page 新办网站申请 (个人, 公安) in a DIALOG opened on load over
 *    the 网站 list: a 是 / 否 Select, blur checks, a DatePicker, a DateRangePicker, ADDED ROWS of IPs, a TreeSelect, radios,
 *    a checkbox group, an AUTOCOMPLETE answered late, a LAZY Cascader, a filterable Select, two copy SWITCHES; the notice
 *    tick; 暂存 / 提交申请
 */
import {
  AutoComplete, Button, Cascader, Checkbox, Collapse, DatePicker, DateRangePicker, Dialog, Form, Input, Radio, Select, Steps, Switch, Table, Textarea, TreeSelect,
} from 'tdesign-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORY_TREE, MPS_JURISDICTIONS, MPS_LANGUAGES,
  MPS_PROVIDERS, pathOfCode, PHONE_RE, regionOptions, searchProviders, shortIpv6, validId, validIpv6, YES_NO, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

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

/** A form item; every control sits in a plain <div> so TDesign's FormItem does not take it over as a field of its own. */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** A date picker that takes a typed date (Enter confirms) as well as a click in its panel (the draft is kept here). */
function Date1(p: { value: string; onChange: (v: string) => void; cls: string; placeholder?: string; disabled?: boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={p.value} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? p.value }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.onChange(typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');

/* ------------------------------------------------------------------ 填写主办者信息 (单位, 阿里云), collapse */

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    unitName: '', certAddress: '', mailRegionCode: '', mailDetail: '', investor: '', prIsLegal: '', prName: '', prCertType: '', prCertNumber: '',
    prValidFrom: '', prLongTerm: false, prValidTo: '', prMobile: '', prEmergency: '', prOffice: '', prEmail: '', prevClicks: 0, nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const regions = useMemo(() => regionOptions(), []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; disabled?: boolean } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const next = () => {
    clicks(s, set, 'nextClicks')();
    const need = ['unitName', 'certAddress', 'mailRegionCode', 'mailDetail', 'investor', 'prIsLegal', 'prName', 'prCertType', 'prCertNumber', 'prValidFrom', 'prMobile', 'prEmergency', 'prEmail'];
    setMsg(need.every((k) => str(s[k])) && (s.prLongTerm || str(s.prValidTo)) ? '已保存' : '请完善带 * 的信息');
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Steps current={1} readonly>{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps></div>
        <div className="facts-ro"><div><span>主办单位性质</span>企业</div><div><span>主办单位证件类型</span>营业执照（个人或企业）</div><div><span>主办单位证件号码</span>91330110MA2H3K7Q18</div><div><span>主办单位所属区域</span>浙江省 / 杭州市 / 余杭区</div></div>
        <Collapse className="subject-collapse" defaultValue={['unit', 'principal', 'contact']} expandMutex={false}>
          <Collapse.Panel value="unit" header="主办单位信息" className="p-unit">
            <Form labelAlign="left" labelWidth={150}>
              <Item label="主办单位名称" req>{text('unitName', 'unit-name', { max: 128 })}</Item>
              <Item label="主办单位证件住所" req tips="与营业执照上的住所一致（含省市区）">
                <Textarea className="cert-address" value={str(s.certAddress)} maxlength={200} autosize={{ minRows: 2 }} onChange={(v) => set('certAddress', String(v ?? ''))} />
              </Item>
              <Item label="主办单位通讯地址" req>
                <Cascader className="mail-region" style={{ width: 360 }} placeholder="可输入搜索，如 余杭" options={regions} filterable clearable value={str(s.mailRegionCode) || undefined}
                  popupProps={{ overlayClassName: 'mail-region-pop' }}
                  onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) set('mailRegionCode', c); }} />
              </Item>
              <Item label="通讯详细地址" req e={e} k="mailDetail">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) || v.includes('此地址已是详细地址') ? '' : '通讯地址须详细到门牌号') })}</Item>
              <Item label="投资人或主管单位" req tips="企业填写单位全称">{text('investor', 'investor')}</Item>
            </Form>
          </Collapse.Panel>
          <Collapse.Panel value="principal" header="主体负责人" className="p-principal">
            <Form labelAlign="left" labelWidth={150}>
              <Item label="是否为法定代表人" req tips={s.prIsLegal === '否' ? '非法定代表人须上传法人授权书' : undefined}>
                <Select className="pr-is-legal" style={{ width: 160 }} placeholder="请选择" value={str(s.prIsLegal) || undefined} options={opts(YES_NO)} popupProps={{ overlayClassName: 'pr-is-legal-pop' }}
                  onChange={(v) => set('prIsLegal', String(v ?? ''))} />
              </Item>
              <Item label="负责人姓名" req>{text('prName', 'pr-name', { max: 30 })}</Item>
              <Item label="负责人证件类型" req>
                <Select className="pr-cert-type" style={{ width: 260 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} popupProps={{ overlayClassName: 'pr-cert-type-pop' }}
                  onChange={(v) => set('prCertType', String(v ?? ''))} />
              </Item>
              <Item label="负责人证件号码" req e={e} k="prCertNumber">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => ((s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Item>
              <Item label="证件有效期起" req>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <Date1 cls="pr-valid-from" value={str(s.prValidFrom)} onChange={(v) => set('prValidFrom', v)} />
                  <Checkbox className="pr-long-term" checked={s.prLongTerm === true} onChange={(v) => setMany(v ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期</Checkbox>
                </div>
              </Item>
              <Item label="证件有效期止" req={!s.prLongTerm}>
                <Date1 cls="pr-valid-to" value={str(s.prValidTo)} disabled={s.prLongTerm === true} placeholder={s.prLongTerm ? '长期有效' : '请选择日期'} onChange={(v) => set('prValidTo', v)} />
              </Item>
            </Form>
          </Collapse.Panel>
          <Collapse.Panel value="contact" header="联系方式" className="p-contact">
            <Form labelAlign="left" labelWidth={150}>
              <Item label="手机号码" req e={e} k="prMobile">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="应急联系电话" req e={e} k="prEmergency">{text('prEmergency', 'pr-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Item>
              <Item label="办公室电话" e={e} k="prOffice">{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678') })}</Item>
              <Item label="电子邮箱" req e={e} k="prEmail">{text('prEmail', 'pr-email', { blur: emailRule })}</Item>
            </Form>
          </Collapse.Panel>
        </Collapse>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button theme="primary" onClick={next}>保存并下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 新办网站申请 (个人, 公安), dialog form */

interface LazyOption { value: string; label: string; children?: LazyOption[] | boolean }
const lazyNode = (a: Area): LazyOption => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });
const HELD = HELD_PRINCIPAL['个人'];

function MpsApplyPerson() {
  const { s, set } = useReplicaState('mps', 'apply', '个人', {
    genAI: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', domainCert: [], ipRows: [''], category: '', interactive: '', dangerous: '', languages: [],
    apJurisdiction: '', apName: '', apRegionCode: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '', secSame: false, emgSame: false,
    notice: false, draftClicks: 0, submitClicks: 0,
  }, ({ ipRows, apRegionCode, domainCert, ...r }) => ({
    ...r,
    domainCert: arr<string>(domainCert).filter(Boolean),
    ips: arr<string>(ipRows).map((x) => x.trim()).filter((x) => IPV4_RE.test(x) || validIpv6(x)).map((x) => (x.includes(':') ? shortIpv6(x) : x)),
    apRegion: pathOfCode(str(apRegionCode)),
  }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [open, setOpen] = useState(true);
  const [roots, setRoots] = useState<LazyOption[]>([]);
  const [apOpts, setApOpts] = useState<string[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map(lazyNode))); }, []);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const rows = arr<string>(s.ipRows);
  const setRow = (i: number, v: string) => set('ipRows', rows.map((x, j) => (j === i ? v : x)));
  const typeAp = (v: string) => { set('apName', v); void searchProviders(v, 400).then(setApOpts); };
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    setMsg(!s.icpNumber ? '请填写工信部备案号' : !s.notice ? '请阅读并勾选责任告知书' : '已提交');
  };
  const sec = (t: string) => <div className="sec-title">{t}</div>;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站 / 我的网站</div>
        <div className="card-w">
          <div className="row-inline" style={{ marginBottom: 12 }}><b>我的网站</b><Button className="open-apply" theme="primary" style={{ marginLeft: 'auto' }} onClick={() => setOpen(true)}>新办网站申请</Button></div>
          <Table rowKey="name" data={[]} empty="暂无网站，请点击“新办网站申请”" columns={[{ colKey: 'name', title: '网站名称' }, { colKey: 'domain', title: '主域名' }, { colKey: 'status', title: '备案状态' }]} />
        </div>
        <Dialog className="apply-dialog" header="新办网站申请" visible={open} width={920} placement="top" top={24} closeOnEscKeydown={false} closeOnOverlayClick={false}
          onClose={() => setOpen(false)} footer={(
            <div className="actions" style={{ padding: 0, justifyContent: 'flex-end' }}>
              <span className="msg">{msg}</span>
              <Button variant="outline" onClick={clicks(s, set, 'draftClicks')}>暂存</Button>
              <Button theme="primary" onClick={submit}>提交申请</Button>
            </div>
          )}>
          <Form className="f-apply" labelAlign="left" labelWidth={170}>
            {sec('开办主体')}
            <div className="same-sum">开办主体：张伟（个人）· 居民身份证 3301**********1236</div>
            <Item label="是否利用生成式人工智能" req>
              <Select className="gen-ai" style={{ width: 160 }} placeholder="请选择" value={str(s.genAI) || undefined} options={opts(YES_NO)} popupProps={{ overlayClassName: 'gen-ai-pop' }} onChange={(v) => set('genAI', String(v ?? ''))} />
            </Item>
            {sec('网站基本信息')}
            <Item label="网站名称" req tips="须与ICP备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</Item>
            <Item label="工信部备案号" req e={e} k="icpNumber">{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</Item>
            <Item label="网站开通日期" req><Date1 cls="opened-at" value={str(s.openedAt)} onChange={(v) => set('openedAt', v)} /></Item>
            <Item label="主域名" req e={e} k="mainDomain">{text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的一级域名') })}</Item>
            <Item label="域名证书有效期">
              <DateRangePicker className="domain-cert" allowInput clearable value={arr<string>(s.domainCert)} valueType="YYYY-MM-DD" format="YYYY-MM-DD" placeholder={['注册日期', '到期日期']}
                onChange={(v) => set('domainCert', arr<string>(v).map(String))} />
            </Item>
            <Item label="网站IP" req e={e} k="ips" tips="域名实际解析到的服务器IP">
              <div className="ip-rows">
                {rows.map((v, i) => (
                  <div className="ip-row row-inline" key={i} style={{ flexWrap: 'nowrap', marginBottom: 6 }}>
                    <Input className={`ip ip-${i}`} value={v} placeholder="如 1.2.3.4" onChange={(x) => { setRow(i, String(x ?? '')); e.clear('ips'); }}
                      onBlur={(x) => { const t = String(x ?? '').trim(); if (t && !IPV4_RE.test(t) && !validIpv6(t)) e.set('ips', `${t} 不是有效的IP地址`); }} />
                    {rows.length > 1 ? <Button className="del-ip" variant="text" theme="danger" onClick={() => set('ipRows', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                  </div>
                ))}
                <Button className="add-ip" variant="dashed" onClick={() => set('ipRows', [...rows, ''])}>+ 添加IP</Button>
              </div>
            </Item>
            <Item label="网站类型" req>
              <TreeSelect className="category" style={{ width: 300 }} placeholder="请选择" data={MPS_CATEGORY_TREE} value={str(s.category) || undefined} popupProps={{ overlayClassName: 'category-pop' }}
                onChange={(v) => set('category', String(v ?? ''))} />
            </Item>
            <Item label="是否提供互联网交互服务" req>
              <Radio.Group className="interactive" value={str(s.interactive) || undefined} onChange={(v) => set('interactive', String(v))}>{YES_NO.map((o) => <Radio key={o} value={o}>{o}</Radio>)}</Radio.Group>
            </Item>
            <Item label="互联网危险物品信息发布" req>
              <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} onChange={(v) => set('dangerous', String(v))}>{YES_NO.map((o) => <Radio key={o} value={o}>{o}</Radio>)}</Radio.Group>
            </Item>
            <Item label="网站语种" req>
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
            </Item>
            {sec('网络接入服务商')}
            <Item label="所属地区管辖" req>
              <Select className="ap-jurisdiction" style={{ width: 160 }} placeholder="请选择" value={str(s.apJurisdiction) || undefined} options={opts(MPS_JURISDICTIONS)} popupProps={{ overlayClassName: 'ap-jurisdiction-pop' }}
                onChange={(v) => set('apJurisdiction', String(v ?? ''))} />
            </Item>
            <Item label="名称" req tips="输入关键字查询">
              <AutoComplete className="ap-name" style={{ width: 360 }} placeholder="如 阿里云" value={str(s.apName)} options={apOpts} popupProps={{ overlayClassName: 'ap-name-pop' }} onChange={(v) => typeAp(String(v ?? ''))} />
            </Item>
            <Item label="所属区域" req>
              <Cascader className="ap-region" style={{ width: 360 }} placeholder="请选择省 / 市 / 区县" options={roots} value={str(s.apRegionCode) || undefined} clearable
                valueDisplay={() => (s.apRegionCode ? pathOfCode(s.apRegionCode).join(' / ') : '')} popupProps={{ overlayClassName: 'ap-region-pop' }}
                load={(node) => fetchAreas(String(node.value)).then((l) => l.map(lazyNode))}
                onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) set('apRegionCode', c); }} />
            </Item>
            <Item label="网站接入方式" req>
              <Select className="ap-method" style={{ width: 200 }} placeholder="请选择" value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} popupProps={{ overlayClassName: 'ap-method-pop' }}
                onChange={(v) => set('apMethod', String(v ?? ''))} />
            </Item>
            <Item label="联系电话" req e={e} k="apPhone">{text('apPhone', 'ap-phone', { blur: phoneRule })}</Item>
            <Item label="接入商编码" req e={e} k="apCode">{text('apCode', 'ap-code', { placeholder: '组织机构代码', blur: (v) => (/^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}</Item>
            {sec('域名注册服务商')}
            <Item label="名称" req>
              <Select className="rg-name" style={{ width: 360 }} filterable placeholder="输入关键字筛选" value={str(s.rgName) || undefined} options={opts(MPS_PROVIDERS)} popupProps={{ overlayClassName: 'rg-name-pop' }}
                onChange={(v) => set('rgName', String(v ?? ''))} />
            </Item>
            <Item label="联系电话" req e={e} k="rgPhone">{text('rgPhone', 'rg-phone', { blur: phoneRule })}</Item>
            {sec('网站负责人')}
            <Item label="网站安全负责人">
              <div className="row-inline"><Switch className="sec-same" value={s.secSame === true} onChange={(v) => set('secSame', !!v)} /><span>同开办主体负责人</span></div>
              {s.secSame ? <div className="same-sum sec-summary">{HELD.name} · {HELD.certType} 3301**********1236 · 138****8000</div> : <div className="help">关闭后请在“网站负责人”页填写安全负责人</div>}
            </Item>
            <Item label="网站应急联络人">
              <div className="row-inline"><Switch className="emg-same" value={s.emgSame === true} onChange={(v) => set('emgSame', !!v)} /><span>同开办主体负责人</span></div>
              {s.emgSame ? <div className="same-sum emg-summary">{HELD.name} · 138****8000</div> : null}
            </Item>
            <div style={{ marginTop: 12 }}>
              <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', !!v)}>本人已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
            </div>
          </Form>
        </Dialog>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout28-aliyun-subject-unit-tdesign-collapse': AliyunSubjectUnit,
  'heldout28-mps-apply-person-tdesign-dialogform': MpsApplyPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
