/**
 * Gen-16 held-out builds on React 19 + TDesign React 1.18 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout16-aliyun-basic-person-tdesign-helprail   验证备案类型 (个人): a form with LEFT labels beside a sticky 填写说明 rail
 *    following the focused field; button radios, THREE async region selects, a nature select steering a BUTTON GROUP of
 *    certificate types, blur checks, resource-type button radios over a TABLE of instances with SINGLE-ROW selection
 *    (short-lived rows disabled) or a 备案服务号 input; 信息校验 / 下一步
 *  - heldout16-aliyun-subject-unit-tdesign-twopanes   填写主办者信息 (单位): step-1 facts as locked TAGS, TWO CARDS SIDE BY
 *    SIDE with labels on top; whole-tree filterable cascaders + details, a 同证件住所 tick copying and locking, an
 *    AUTOCOMPLETE investor, two date pickers + a 长期 tick, the office phone as THREE SEGMENTS; 上一步 / 保存 / 下一步
 *  - heldout16-aliyun-site-person-tdesign-collapse    填写网站信息 (个人): a COLLAPSE of three expanded panels with RIGHT
 *    labels; domains as ADDED ROWS, an AUTOCOMPLETE home address fed by them, locked selects, a filterable multiple select,
 *    a checkbox group, a SWITCH in a panel header copying and locking the principal, validity as two TEXT inputs + 长期,
 *    a counted textarea; 上一步 / 保存 / 下一步
 *  - heldout16-tencent-upload-unit-tdesign-vsteps     上传资料 (单位, 腾讯云): an upload-way radio, the materials as a
 *    VERTICAL STEPS list each with an IMAGE upload (the step finishes when its picture is in), a confirm tick; 上一步 / 保存 /
 *    提交审核
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, Col, Collapse, DatePicker, Form, Input, Link, RadioGroup, Row, Select, Steps, Switch, Table, Tag, Textarea, Upload,
  type UploadFile,
} from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CERTS_BY_NATURE, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, NATURES, pathOfCode, personSiteNameProblem,
  PERSON_BANNED, regionOptions, validId, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
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
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode; onFocus?: () => void }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl" onFocusCapture={p.onFocus} onMouseDownCapture={p.onFocus}>{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; onValue?: (v: string) => void }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { const t = String(v ?? ''); if (p.onValue) p.onValue(t); else p.set(p.k, t); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

function Date1(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) {
  return (
    <DatePicker className={p.cls} allowInput clearable disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={str(p.s[p.k])} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
      onChange={(v) => p.set(p.k, typeof v === 'string' ? v : '')} />
  );
}

function Picture(p: { s: S; set: Setter; k: string; cls?: string }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success', url: THUMB }));
  return (
    <Upload className={`up up-${p.k} ${p.cls ?? ''}`} theme="image" accept="image/png,image/jpeg" max={1} autoUpload={false} files={files}
      onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
  );
}

const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const dateRule = (v: string) => (DATE_RE.test(v) ? '' : '格式：yyyy-mm-dd，如 2018-03-01');

function AliyunChrome(p: { who: string; current: number; children: ReactNode }) {
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>{p.who}</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="panel-w">
          <Steps current={p.current} readonly>
            {['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.StepItem key={t} title={t} />)}
          </Steps>
        </div>
        {p.children}
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 验证备案类型 (个人) */

interface Instance { id: string; name: string; ip: string; region: string; left: string; short?: boolean }
const INSTANCES: Record<string, Instance[]> = {
  云服务器ECS: [
    { id: 'i-bp1c3yq8m2d7ka0f', name: 'web-prod-01', ip: '47.98.201.15', region: '华东1（杭州）', left: '8 个月' },
    { id: 'i-bp1e6zw3k7d0q2xa', name: 'launch-advisor-20251118', ip: '47.96.12.34', region: '华东1（杭州）', left: '11 个月' },
    { id: 'i-uf6a0xk2b9t3m1qe', name: 'test-sh', ip: '106.14.88.9', region: '华东2（上海）', left: '1 个月', short: true },
  ],
  轻量应用服务器: [{ id: '3f2b9c1d8e7a4b6c9d0e', name: 'Ubuntu-kbjq', ip: '121.40.7.66', region: '华东1（杭州）', left: '5 个月' }],
};
const HELP: Record<string, string> = {
  serviceKind: '网站备案选择“网站”；App 备案请选择“App”。',
  region: '主办者所属区域决定受理的通信管理局，个人请按身份证住址或居住证所在地选择。',
  nature: '个人备案请选择“个人”；个体工商户请选择“企业”。',
  certType: '证件类型随主办者性质变化；个人一般使用居民身份证。',
  certNumber: '须与域名实名认证的证件号码一致。',
  domain: '填写已完成实名认证的一级域名，不带 www. 与 http://。个人每次填写一个域名。',
  resource: '选择剩余时长不少于 3 个月的云资源；没有云资源可使用备案服务号。',
};

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    serviceKind: '网站', provinceCode: '', cityCode: '', districtCode: '', nature: '', certType: '', certNumber: '', domain: '',
    resourceType: '云服务器ECS', instance: '', serviceCode: '', verifyClicks: 0, nextClicks: 0,
  }, ({ provinceCode, cityCode, districtCode, ...r }) => ({ ...r, region: pathOfCode(str(districtCode) || str(cityCode) || str(provinceCode)) }));
  const e = useErrs();
  const [help, setHelp] = useState('serviceKind');
  const [lv, setLv] = useState<{ p: Area[]; c: Area[]; d: Area[]; loading: string }>({ p: [], c: [], d: [], loading: 'p' });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => { void fetchAreas('').then((p) => setLv((x) => ({ ...x, p, loading: '' }))); }, []);
  const pickProvince = (v: string) => {
    setMany({ provinceCode: v, cityCode: '', districtCode: '' });
    setLv((x) => ({ ...x, c: [], d: [], loading: 'c' }));
    void fetchAreas(v).then((c) => setLv((x) => ({ ...x, c, loading: '' })));
  };
  const pickCity = (v: string) => {
    setMany({ cityCode: v, districtCode: '' });
    setLv((x) => ({ ...x, d: [], loading: 'd' }));
    void fetchAreas(v).then((d) => setLv((x) => ({ ...x, d, loading: '' })));
  };
  const areaOpts = (l: Area[]) => l.map((a) => ({ value: a.code, label: a.name }));
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? (s.nature ? ['统一社会信用代码证书', '组织机构代码证'] : []);
  const rows = INSTANCES[str(s.resourceType)] ?? [];
  const focus = (k: string) => () => setHelp(k);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    const ok = s.districtCode && s.nature && s.certType && s.certNumber && s.domain && (s.instance || s.serviceCode);
    setResult(ok ? { ok: true, text: '信息校验通过：本次备案类型为“首次备案”。' } : { ok: false, text: '请完善带 * 的信息后再校验。' });
  };
  return (
    <AliyunChrome who="张伟" current={0}>
      <Alert theme="info" message="请先完成域名实名认证（约 3 个工作日同步至管局）；校验通过后系统将自动判断备案类型。" style={{ marginBottom: 16 }} />
      <div className="help-split">
        <Card bordered={false} className="basic-card" title="填写基本信息">
          <Form labelAlign="left" labelWidth={150} colon>
            <Item label="备案内容" req onFocus={focus('serviceKind')}>
              <RadioGroup className="service-kind" theme="button" variant="default-filled" value={str(s.serviceKind)} options={opts(['网站', 'App'])} onChange={(v) => set('serviceKind', String(v))} />
            </Item>
            <Item label="主办者所属区域" req onFocus={focus('region')}>
              <div className="row-inline">
                <Select className="region-province" style={{ width: 150 }} placeholder="请选择省份" loading={lv.loading === 'p'} value={str(s.provinceCode) || undefined} options={areaOpts(lv.p)}
                  onChange={(v) => pickProvince(String(v))} />
                <Select className="region-city" style={{ width: 150 }} placeholder="请选择城市" disabled={!s.provinceCode} loading={lv.loading === 'c'} value={str(s.cityCode) || undefined} options={areaOpts(lv.c)}
                  onChange={(v) => pickCity(String(v))} />
                <Select className="region-district" style={{ width: 150 }} placeholder="请选择区县" disabled={!s.cityCode} loading={lv.loading === 'd'} value={str(s.districtCode) || undefined} options={areaOpts(lv.d)}
                  onChange={(v) => set('districtCode', String(v))} />
              </div>
            </Item>
            <Item label="主办者性质" req onFocus={focus('nature')}>
              <Select className="nature" style={{ width: 240 }} placeholder="请选择" filterable value={str(s.nature) || undefined} options={opts(NATURES)}
                onChange={(v) => setMany({ nature: String(v), certType: '' })} />
            </Item>
            <Item label="主办者证件类型" req onFocus={focus('certType')} tips={certs.length ? undefined : '请先选择主办者性质'}>
              {certs.length
                ? <RadioGroup className="cert-type" theme="button" variant="outline" value={str(s.certType) || undefined} options={opts(certs)} onChange={(v) => set('certType', String(v))} />
                : <span className="help">—</span>}
            </Item>
            <Item label="主办者证件号码" req e={e} k="certNumber" onFocus={focus('certNumber')}>
              {text('certNumber', 'cert-number', { max: 18, placeholder: '请输入证件号码', blur: idRule(s, 'certType') })}
            </Item>
            <Item label="网站域名" req e={e} k="domain" onFocus={focus('domain')}>
              {text('domain', 'domain', { placeholder: '例如 example.com', blur: (v) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 和 http:// 的一级域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确') })}
            </Item>
            <Item label="备案资源" req onFocus={focus('resource')}>
              <RadioGroup className="resource-type" theme="button" variant="default-filled" value={str(s.resourceType)} options={opts(['云服务器ECS', '轻量应用服务器', '备案服务号'])}
                onChange={(v) => setMany({ resourceType: String(v), instance: '', serviceCode: '' })} />
            </Item>
            {s.resourceType === '备案服务号'
              ? (
                <Item label="备案服务号" req onFocus={focus('resource')} tips="在“备案服务号管理”中申请，每个服务号可用于一个网站">
                  {text('serviceCode', 'service-code', { placeholder: '请输入备案服务号' })}
                </Item>
              )
              : (
                <Item label={s.resourceType === '云服务器ECS' ? '云服务器实例' : '轻量应用服务器实例'} req onFocus={focus('resource')}>
                  <Table className="instances" rowKey="id" size="small" bordered tableLayout="auto" data={rows} selectedRowKeys={str(s.instance) ? [str(s.instance)] : []}
                    onSelectChange={(keys) => set('instance', String(keys[0] ?? ''))}
                    columns={[
                      { colKey: 'row-select', type: 'single', width: 46, disabled: ({ row }: { row: Instance }) => !!row.short },
                      { colKey: 'id', title: '实例ID / 名称', cell: ({ row }: { row: Instance }) => <div><div>{row.id}</div><div className="help">{row.name}</div></div> },
                      { colKey: 'ip', title: '公网IP' },
                      { colKey: 'region', title: '地域' },
                      { colKey: 'left', title: '剩余时长', cell: ({ row }: { row: Instance }) => (row.short ? <Tag theme="warning" variant="light">{row.left}（不足3个月）</Tag> : row.left) },
                    ]} />
                </Item>
              )}
            <div className="row-inline" style={{ marginLeft: 150, marginTop: 8 }}>
              <Button className="verify" variant="outline" onClick={verify}>信息校验</Button>
              {result ? <span className={result.ok ? 'ok-msg' : 'msg'}>{result.text}</span> : null}
            </div>
          </Form>
        </Card>
        <aside className="help-rail" aria-label="填写说明">
          <h4>填写说明</h4>
          <p className="help-now">{HELP[help]}</p>
          <ul>{Object.entries(HELP).filter(([k]) => k !== help).slice(0, 3).map(([k, t]) => <li key={k}>{t}</li>)}</ul>
        </aside>
      </div>
      <div className="al-actions"><Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button></div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 填写主办者信息 (单位) */

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    unitName: '', certRegionCodes: [], certDetail: '', mailSame: false, mailRegionCodes: [], mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, mobile: '', emergency: '',
    officeArea: '', officeNumber: '', officeExt: '', email: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCodes, mailRegionCodes, officeArea, officeNumber, officeExt, ...r }) => ({
    ...r,
    certRegion: pathOfCode(arr<string>(certRegionCodes).at(-1)),
    mailRegion: pathOfCode(arr<string>(mailRegionCodes).at(-1)),
    office: [str(officeArea), str(officeNumber), str(officeExt)].filter(Boolean).join('-'),
  }));
  const e = useErrs();
  const [regions] = useState(regionOptions);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; onValue?: (v: string) => void } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  // while 同证件住所 is ticked, the mailing address follows the certificate address
  const setCert = (k: 'certRegionCodes' | 'certDetail', v: unknown) => setMany({ [k]: v, ...(s.mailSame ? { [k === 'certDetail' ? 'mailDetail' : 'mailRegionCodes']: v } : {}) });
  const sameMail = (on: boolean) => setMany(on ? { mailSame: true, mailRegionCodes: arr(s.certRegionCodes), mailDetail: str(s.certDetail) } : { mailSame: false });
  const cascader = (k: 'certRegionCodes' | 'mailRegionCodes', cls: string, disabled = false) => (
    <Cascader className={cls} options={regions} filterable clearable disabled={disabled} valueType="full" placeholder="请选择省 / 市 / 区县"
      value={arr<string>(s[k])} onChange={(v) => (k === 'certRegionCodes' ? setCert(k, arr<string>(v).map(String)) : set(k, arr<string>(v).map(String)))} />
  );
  const officeErr = e.get('office');
  return (
    <AliyunChrome who="杭州云栖示例科技有限公司" current={1}>
      <Alert theme="info" message="主办单位名称、证件号码须与营业执照一致；主体负责人须为法定代表人（浙江省通信管理局要求）。" style={{ marginBottom: 12 }} />
      <div className="facts">
        <span className="help">基本信息（已校验，不可修改）：</span>
        <Tag variant="light">企业</Tag><Tag variant="light">营业执照（个人或企业）</Tag><Tag variant="light">91330110MA2H3K7Q18</Tag><Tag variant="light">浙江省 / 杭州市 / 余杭区</Tag>
        <Link theme="primary" disabled>修改</Link>
      </div>
      <Row gutter={16}>
        <Col span={6}>
          <Card className="pane pane-unit" title="主办单位信息" bordered>
            <Form labelAlign="top">
              <Item label="主办单位名称" req e={e} k="unitName">
                {text('unitName', 'unit-name', { max: 60, placeholder: '与营业执照上的名称一致', blur: (v) => (/(公司|企业|厂|店|中心|合作社|事务所)$/.test(v) ? '' : '主办单位性质为企业，请填写营业执照上的企业全称') })}
              </Item>
              <Item label="主办单位证件住所" req>{cascader('certRegionCodes', 'cert-region')}</Item>
              <Item label="证件住所 · 详细地址" req>
                {text('certDetail', 'cert-detail', { placeholder: '与营业执照“住所”一致', onValue: (v) => setCert('certDetail', v) })}
              </Item>
              <Item label="主办单位通讯地址" req>
                <div>
                  <Checkbox className="mail-same" checked={s.mailSame === true} onChange={(v) => sameMail(!!v)}>同证件住所</Checkbox>
                  <div style={{ marginTop: 6 }}>{cascader('mailRegionCodes', 'mail-region', s.mailSame === true)}</div>
                </div>
              </Item>
              <Item label="通讯地址 · 详细地址" req tips="须详细到门牌号">
                {text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', disabled: s.mailSame === true })}
              </Item>
              <Item label="投资人或主管单位" req tips="企业填写投资人（股东）或上级主管单位全称">
                <AutoComplete className="investor" value={str(s.investor)} placeholder="请输入" filterable={false} options={str(s.unitName) ? [str(s.unitName)] : []}
                  onChange={(v) => set('investor', String(v ?? ''))} />
              </Item>
            </Form>
          </Card>
        </Col>
        <Col span={6}>
          <Card className="pane pane-principal" title="主体负责人信息" bordered>
            <Form labelAlign="top">
              <Item label="负责人姓名" req tips="须为法定代表人">{text('prName', 'pr-name', { max: 20 })}</Item>
              <Item label="负责人证件类型" req>
                <Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
              </Item>
              <Item label="负责人证件号码" req e={e} k="prCertNumber">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s, 'prCertType') })}</Item>
              <Item label="证件有效期" req>
                <div className="row-inline">
                  <Date1 s={s} set={set} k="prValidFrom" cls="pr-valid-from" placeholder="开始日期" />
                  <span className="help">至</span>
                  <Date1 s={s} set={set} k="prValidTo" cls="pr-valid-to" placeholder="结束日期" disabled={s.prLongTerm === true} />
                  <Checkbox className="pr-long-term" checked={s.prLongTerm === true} onChange={(v) => setMany({ prLongTerm: !!v, prValidTo: '' })}>长期</Checkbox>
                </div>
              </Item>
              <Item label="手机号码" req e={e} k="mobile">{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Item>
              <Item label="应急联系电话" req e={e} k="emergency">
                {text('emergency', 'emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}
              </Item>
              <FormItem label="办公室电话" className="office-item" {...(officeErr ? { status: 'error' as const, tips: officeErr } : { tips: '区号 - 电话号码 - 分机号（选填）' })}>
                <div className="ctl row-inline office">
                  <Input className="office-area" style={{ width: 76 }} maxlength={4} placeholder="区号" value={str(s.officeArea)}
                    onChange={(v) => { set('officeArea', String(v ?? '')); e.clear('office'); }} onBlur={(v) => { const t = String(v ?? ''); if (t && !/^0\d{2,3}$/.test(t)) e.set('office', '区号为 0 开头的 3–4 位数字'); }} />
                  <span>-</span>
                  <Input className="office-number" style={{ width: 120 }} maxlength={8} placeholder="电话号码" value={str(s.officeNumber)}
                    onChange={(v) => { set('officeNumber', String(v ?? '')); e.clear('office'); }} onBlur={(v) => { const t = String(v ?? ''); if (t && !/^\d{7,8}$/.test(t)) e.set('office', '电话号码为 7–8 位数字'); }} />
                  <span>-</span>
                  <Input className="office-ext" style={{ width: 76 }} maxlength={6} placeholder="分机" value={str(s.officeExt)} onChange={(v) => set('officeExt', String(v ?? ''))} />
                </div>
              </FormItem>
              <Item label="电子邮箱" req e={e} k="email">{text('email', 'email', { blur: emailRule })}</Item>
            </Form>
          </Card>
        </Col>
      </Row>
      <Card bordered className="pane" style={{ marginTop: 16 }}>
        <Form labelAlign="top">
          <Item label="备注">
            <Textarea className="remark" value={str(s.remark)} placeholder="选填；按管局要求填写的说明" maxlength={200} autosize={{ minRows: 2 }} onChange={(v) => set('remark', String(v ?? ''))} />
          </Item>
        </Form>
      </Card>
      <div className="al-actions">
        <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
        <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 填写网站信息 (个人) */

const ZW = { ...HELD_PRINCIPAL.个人, emergency: '13900139000' };

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domainRows: [''], homeUrl: '', serviceType: '网站应用服务', contents: '其他', languages: [], preApprovals: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
    remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ domainRows, ...r }) => ({ ...r, domains: arr<string>(domainRows).map((d) => d.trim().toLowerCase()).filter(Boolean) }));
  const e = useErrs();
  const rows = arr<string>(s.domainRows);
  const locked = s.wpSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const setRow = (i: number, v: string) => set('domainRows', rows.map((r, j) => (j === i ? v : r)));
  const domains = rows.map((d) => d.trim().toLowerCase()).filter((d) => DOMAIN_RE.test(d));
  const homeOptions = domains.flatMap((d) => [`www.${d}`, d]);
  const copy = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: ZW.name, wpCertType: ZW.certType, wpCertNumber: ZW.certNumber, wpValidFrom: ZW.validFrom, wpValidTo: ZW.validTo, wpLongTerm: ZW.longTerm, wpMobile: ZW.mobile, wpEmergency: ZW.emergency, wpEmail: ZW.email }
    : { wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '' });
  return (
    <AliyunChrome who="张伟" current={2}>
      <Alert theme="warning" message="个人网站名称不能含有“企业”“科技”“论坛”“博客”等字样；网站开通前请勿解析域名至服务器。" style={{ marginBottom: 16 }} />
      <Collapse className="site-collapse" defaultValue={['base', 'wp', 'remark']} expandMutex={false}>
        <Collapse.Panel value="base" header="网站基本信息">
          <Form labelAlign="right" labelWidth={150}>
            <Item label="网站名称" req e={e} k="siteName">{text('siteName', 'site-name', { max: 40, placeholder: '至少 3 个汉字', blur: personSiteNameProblem })}</Item>
            <FormItem label="网站域名" requiredMark {...e.item('domains')}>
              <div className="ctl domain-rows">
                {rows.map((r, i) => (
                  <div className="row-inline domain-row" key={i} style={{ marginBottom: 6 }}>
                    <Input className={`domain-${i}`} style={{ width: 300 }} value={r} placeholder="不带 www. 的一级域名"
                      onChange={(v) => { setRow(i, String(v ?? '')); e.clear('domains'); }}
                      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && !DOMAIN_RE.test(t)) e.set('domains', `${t} 不是有效的一级域名（不带 www.）`); }} />
                    {rows.length > 1 ? <Link className="del-domain" theme="danger" onClick={() => set('domainRows', rows.filter((_, j) => j !== i))}>删除</Link> : null}
                  </div>
                ))}
                <Button className="add-domain" size="small" variant="dashed" disabled={rows.length >= 5} onClick={() => set('domainRows', [...rows, ''])}>+ 添加域名</Button>
              </div>
            </FormItem>
            <Item label="网站首页地址" req tips="不含 http://，须为上方域名或其 www. 子域名">
              <AutoComplete className="home-url" value={str(s.homeUrl)} placeholder="如 www.example.com" options={homeOptions} onChange={(v) => set('homeUrl', String(v ?? ''))} />
            </Item>
            <Item label="服务类型" req>
              <Select className="service-type" disabled value={str(s.serviceType)} options={opts(['网站应用服务'])} style={{ width: 240 }} />
            </Item>
            <Item label="网站服务内容" req tips="个人备案网站服务内容固定为“其他”">
              <Select className="contents" disabled value={str(s.contents)} options={opts(['其他'])} style={{ width: 240 }} />
            </Item>
            <Item label="网站语言" req>
              <Select className="languages" multiple filterable clearable placeholder="请选择" style={{ width: 420 }} value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)}
                onChange={(v) => set('languages', arr<string>(v).map(String))} />
            </Item>
            <Item label="前置审批项" tips="网站内容涉及以下领域时须勾选并上传前置审批文件；不涉及则不勾选">
              <Checkbox.Group className="pre-approvals" value={arr<string>(s.preApprovals)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preApprovals', arr<string>(v).map(String))} />
            </Item>
          </Form>
        </Collapse.Panel>
        <Collapse.Panel value="wp" header="网站负责人信息"
          headerRightContent={(
            <span className="row-inline wp-same-box" onClick={(ev) => ev.stopPropagation()}>
              <Switch className="wp-same" size="small" value={locked} onChange={(v) => copy(!!v)} />
              <span className="help">同主体负责人（张伟）</span>
            </span>
          )}>
          <Form labelAlign="right" labelWidth={150}>
            <Item label="负责人姓名" req>{text('wpName', 'wp-name', { max: 20, disabled: locked })}</Item>
            <Item label="证件类型" req>
              <Select className="wp-cert-type" style={{ width: 240 }} disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v))} />
            </Item>
            <Item label="证件号码" req e={e} k="wpCertNumber">{text('wpCertNumber', 'wp-cert-number', { max: 18, disabled: locked, blur: idRule(s, 'wpCertType') })}</Item>
            <Item label="证件有效期起" req e={e} k="wpValidFrom">{text('wpValidFrom', 'wp-valid-from', { max: 10, disabled: locked, placeholder: 'yyyy-mm-dd', blur: dateRule })}</Item>
            <FormItem label="证件有效期止" requiredMark {...e.item('wpValidTo')}>
              <div className="ctl row-inline">
                <Text s={s} set={set} e={e} k="wpValidTo" cls="wp-valid-to" max={10} disabled={locked || s.wpLongTerm === true} placeholder={s.wpLongTerm ? '长期' : 'yyyy-mm-dd'} blur={dateRule} />
                <Checkbox className="wp-long-term" disabled={locked} checked={s.wpLongTerm === true} onChange={(v) => setMany({ wpLongTerm: !!v, wpValidTo: '' })}>长期</Checkbox>
              </div>
            </FormItem>
            <Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, disabled: locked, blur: mobileRule })}</Item>
            <Item label="应急联系电话" req e={e} k="wpEmergency">
              {text('wpEmergency', 'wp-emergency', { max: 11, disabled: locked, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
            </Item>
            <Item label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { disabled: locked, blur: emailRule })}</Item>
          </Form>
        </Collapse.Panel>
        <Collapse.Panel value="remark" header="网站备注">
          <Form labelAlign="right" labelWidth={150}>
            <Item label="网站备注" req e={e} k="remark" tips={e.get('remark') ? undefined : '简要描述网站用途与内容，个人网站不得涉及经营性内容'}>
              <Textarea className="remark" value={str(s.remark)} maxlength={200} autosize={{ minRows: 3 }} placeholder="如：记录个人学习笔记"
                onChange={(v) => { set('remark', String(v ?? '')); e.clear('remark'); }}
                onBlur={(v) => { const w = PERSON_BANNED.find((x) => String(v ?? '').includes(x)); if (w) e.set('remark', `备注中不能含有“${w}”等字样`); }} />
            </Item>
          </Form>
        </Collapse.Panel>
      </Collapse>
      <div className="al-actions">
        <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
        <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 上传资料 (单位, 腾讯云) */

const MATERIALS: { title: string; note: string; keys: [string, string][]; optional?: boolean }[] = [
  { title: '主办单位证件（营业执照）', note: '彩色扫描件或原件照片，须清晰完整，可加水印但不得遮挡信息。', keys: [['licence', '营业执照']] },
  { title: '法定代表人身份证', note: '主体负责人（法定代表人）身份证正反面，须在有效期内。', keys: [['prIdFront', '人像面'], ['prIdBack', '国徽面']] },
  { title: '网站负责人身份证', note: '网站负责人身份证正反面，须在有效期内。', keys: [['wpIdFront', '人像面'], ['wpIdBack', '国徽面']] },
  { title: '网站负责人授权书', note: '网站负责人非法定代表人时必须提供，由法定代表人签字并加盖公章。', keys: [['authLetter', '授权书']] },
  { title: '域名证书（选填）', note: '部分管局要求，域名持有者须为主办单位。', keys: [['domainCert', '域名证书']], optional: true },
  { title: '其他补充材料（选填）', note: '管局要求的其他材料，如前置审批文件。', keys: [['other', '补充材料']], optional: true },
];

function TencentUploadUnit() {
  const { s, set } = useReplicaState('tencent', 'upload', '单位', {
    uploadWay: '电脑上传', licence: [], prIdFront: [], prIdBack: [], wpIdFront: [], wpIdBack: [], authLetter: [], domainCert: [], other: [],
    confirmed: false, prevClicks: 0, saveClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const done = (keys: [string, string][]) => keys.every(([k]) => arr(s[k]).length > 0);
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    const lacking = MATERIALS.filter((m) => !m.optional && !done(m.keys)).map((m) => m.title);
    setMsg(!s.confirmed ? '请先勾选承诺' : lacking.length ? `请上传：${lacking.join('、')}` : '已提交，等待腾讯云初审');
  };
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="tc-side" aria-label="网站备案"><div className="grp">网站备案</div><a>概览</a><a className="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
      <div className="tc-main"><div className="tc-body" style={{ maxWidth: 980 }}>
        <h2 className="page-title">首次备案 · 上传资料</h2>
        <div className="panel-w">
          <Steps current={3} readonly>
            {['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'].map((t) => <Steps.StepItem key={t} title={t} />)}
          </Steps>
        </div>
        <Alert theme="info" message="支持 jpg / png 格式，单张不超过 4 MB；请上传原件的彩色扫描件或照片，不接受复印件或屏幕翻拍。" style={{ marginBottom: 16 }} />
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Form labelAlign="left" labelWidth={120}>
            <Item label="资料上传方式" req>
              <RadioGroup className="upload-way" value={str(s.uploadWay)} options={opts(['电脑上传', '小程序上传'])} onChange={(v) => set('uploadWay', String(v))} />
            </Item>
          </Form>
          {s.uploadWay === '小程序上传'
            ? <div className="qr-box"><div className="qr" aria-hidden="true" /><p>请使用微信扫码，在“腾讯云助手”小程序中上传资料并完成核验。</p></div>
            : (
              <Steps className="materials" layout="vertical" readonly current={-1}>
                {MATERIALS.map((m) => (
                  <Steps.StepItem key={m.title} status={done(m.keys) ? 'finish' : 'default'} title={<span className={`mat-title mat-${m.keys[0]![0]}`}>{m.optional ? '' : <i className="req">*</i>}{m.title}</span>}
                    content={(
                      <div className="mat-body">
                        <div className="help">{m.note}</div>
                        <div className="row-inline mat-uploads">
                          {m.keys.map(([k, cap]) => (
                            <div key={k} className={`mat-slot slot-${k}`}>
                              <Picture s={s} set={set} k={k} />
                              <div className="slot-cap">{cap}</div>
                            </div>
                          ))}
                        </div>
                      </div>
                    )} />
                ))}
              </Steps>
            )}
        </Card>
        <Checkbox className="confirmed" checked={s.confirmed === true} onChange={(v) => set('confirmed', !!v)}>本单位承诺所上传资料真实有效</Checkbox>
        <div className="tc-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button theme="primary" onClick={submit}>提交审核</Button>
          <span className="msg">{msg}</span>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout16-aliyun-basic-person-tdesign-helprail': AliyunBasicPerson,
  'heldout16-aliyun-subject-unit-tdesign-twopanes': AliyunSubjectUnit,
  'heldout16-aliyun-site-person-tdesign-collapse': AliyunSitePerson,
  'heldout16-tencent-upload-unit-tdesign-vsteps': TencentUploadUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
