/**
 * Gen-19 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8
 * (moment dates), written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout19-aliyun-basic-person-tea-querybar    验证备案类型 (个人): a QUERY-BAR card (an INLINE Tea Form, labels beside
 *    the fields, flowing in rows): three region Selects fetched level by level, a searchable nature Select steering a RADIO
 *    group of documents, blur checks, the domain as a NAME input + a SUFFIX Select (a pasted domain is split); a 备案资源
 *    card: a SEGMENT of resource types, a TABLE of instances with a radio per row (fetched per type, short-lived rows
 *    disabled) or a 备案服务号 input; a consent tick; 重置 / 信息校验
 *  - heldout19-aliyun-subject-unit-tea-sidecards   填写主办者信息 (单位): read-only step-1 facts, then TWO CARDS SIDE BY SIDE
 *    with labels ABOVE the fields: a TABS-kind Cascader (省份 | 城市 | 区县 tabs, each level fetched) + detail, a 通讯地址
 *    SWITCH hiding the mailing address, blur checks, a Select, two DatePickers + a 长期有效 SWITCH; 上一步 / 保存 / 下一步
 *  - heldout19-mps-principal-unit-tea-matrix       网站负责人 (单位, 公安): ONE TABLE as a MATRIX, a row per field and a column
 *    per role (网站安全负责人 | 网站应急联络人), a 同开办主体负责人 tick in each column header (copies and locks), inputs, Selects,
 *    two DatePickers + a 长期 tick per role, Upload buttons; an SMS code with 获取验证码; 上一步 / 保存 / 下一步
 */
import {
  Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, Radio, Segment, Select, Stepper, Switch, Table, Upload,
} from 'tea-component';
import type { CascaderData, CascaderOption } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CERTS_BY_NATURE, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, NATURES, pathOfCode, PHONE_RE, validId, validUscc,
  type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    status: (k: string) => (errs[k] ? 'error' as const : undefined),
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A Tea Input bound to one state key, checked on blur; its message shows under it. */
function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; width?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={p.width ? { width: p.width } : undefined} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const idRule = (type: unknown) => (v: string) => (type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');

function AliyunChrome(p: { who: string; current: string; children: ReactNode }) {
  const steps = [['basic', '填写基本信息'], ['subject', '填写主办者信息'], ['site', '填写网站信息'], ['upload', '上传资料'], ['submit', '提交初审']].map(([id, label]) => ({ id: id!, label }));
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>{p.who}</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Stepper steps={steps} current={p.current} /></div>
        {p.children}
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 验证备案类型 (个人), query bar */

interface Instance { id: string; name: string; ip: string; zone: string; expires: string; short?: boolean }
const INSTANCES: Record<string, Instance[]> = {
  云服务器ECS: [
    { id: 'i-bp1f3k8q0c2x7m4n', name: 'launch-advisor-2024', ip: '47.98.120.6', zone: '华东1（杭州）', expires: '2026-09-30' },
    { id: 'i-bp1c6zw4n8q2h5tx', name: 'notes-web', ip: '47.96.12.34', zone: '华东1（杭州）', expires: '2026-11-20' },
    { id: 'i-uf6d2r9t5y1w8e0k', name: 'tmp-test', ip: '106.14.77.201', zone: '华东2（上海）', expires: '2026-01-10', short: true },
  ],
  轻量应用服务器: [{ id: '2e7c91a4f0d84b5b9c33', name: 'LAMP-1', ip: '121.40.88.15', zone: '华东1（杭州）', expires: '2026-06-01' }],
};
const SUFFIXES = ['.cn', '.com', '.net', '.com.cn', '.net.cn', '.org', '.org.cn', '.top', '.xyz', '.vip', '.site'];
const BASIC_INITIAL: S = {
  regionProvince: '', regionCity: '', regionDistrict: '', nature: '', certType: '', certNumber: '', domainName: '', domainSuffix: '',
  resourceType: '云服务器ECS', instance: '', serviceCode: '', agreed: false, resetClicks: 0, verifyClicks: 0,
};

function useAreaList(parent: string, enabled: boolean) {
  const [list, setList] = useState<{ parent: string; areas: Area[] } | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void fetchAreas(parent).then((areas) => { if (live) setList({ parent, areas }); });
    return () => { live = false; };
  }, [parent, enabled]);
  const ready = !!list && list.parent === parent;
  return { ready, options: ready ? list!.areas.map((a) => ({ value: a.code, text: a.name })) : [] };
}

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', BASIC_INITIAL, ({ regionProvince, regionCity, regionDistrict, domainName, domainSuffix, ...r }) => ({
    ...r,
    region: pathOfCode(str(regionDistrict) || str(regionCity) || str(regionProvince)),
    domain: `${str(domainName)}${str(domainName) ? str(domainSuffix) : ''}`,
  }));
  const e = useErrs();
  const provinces = useAreaList('', true);
  const cities = useAreaList(str(s.regionProvince), !!s.regionProvince);
  const districts = useAreaList(str(s.regionCity), !!s.regionCity);
  const [rows, setRows] = useState<Record<string, Instance[]>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const kind = str(s.resourceType);
  useEffect(() => {
    if (kind === '备案服务号' || rows[kind]) return undefined;
    const t = setTimeout(() => setRows((x) => ({ ...x, [kind]: INSTANCES[kind] ?? [] })), 450);
    return () => clearTimeout(t);
  }, [kind, rows]);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? (s.nature ? ['统一社会信用代码证书', '组织机构代码证'] : []);
  const typeDomain = (raw: string) => {
    const v = raw.trim().toLowerCase();
    const suffix = [...SUFFIXES].sort((a, b) => b.length - a.length).find((x) => v.endsWith(x) && v.length > x.length);
    e.clear('domainName');
    if (suffix) setMany({ domainName: v.slice(0, -suffix.length), domainSuffix: suffix });
    else set('domainName', v);
  };
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    const ok = s.regionDistrict && s.nature && s.certType && s.certNumber && s.domainName && s.domainSuffix && (s.instance || s.serviceCode);
    setResult(!s.agreed ? { ok: false, text: '请先阅读并同意服务协议' } : ok ? { ok: true, text: '校验通过：本次为首次备案' } : { ok: false, text: '请完善必填信息' });
  };
  const reset = () => { setMany({ ...BASIC_INITIAL, resetClicks: Number(s.resetClicks) + 1 }); setResult(null); };
  const loading = (ready: boolean, parent: unknown) => (parent && !ready ? '加载中…' : undefined);
  return (
    <AliyunChrome who="张伟" current="basic">
      <Alert type="info">填写主办者基本信息与备案域名，点击“信息校验”后系统自动判断备案类型。新注册的域名须完成实名认证约 3 天后再备案。</Alert>
      <Card className="query-bar"><Card.Body title="主办者与域名">
        <Form layout="inline" className="qb-form">
          <Form.Item label="主办单位所属区域" required>
            <div className="row-inline region3">
              <Select className="r-province" appearance="button" virtual={false} searchable placeholder="省份" size="s" value={str(s.regionProvince) || undefined}
                options={provinces.options} tips={provinces.ready ? undefined : '加载中…'}
                onChange={(v) => setMany({ regionProvince: v, regionCity: '', regionDistrict: '' })} />
              <Select className="r-city" appearance="button" virtual={false} placeholder="城市" size="s" disabled={!s.regionProvince} value={str(s.regionCity) || undefined}
                options={cities.options} tips={loading(cities.ready, s.regionProvince)} onChange={(v) => setMany({ regionCity: v, regionDistrict: '' })} />
              <Select className="r-district" appearance="button" virtual={false} placeholder="区县" size="s" disabled={!s.regionCity} value={str(s.regionDistrict) || undefined}
                options={districts.options} tips={loading(districts.ready, s.regionCity)} onChange={(v) => set('regionDistrict', v)} />
            </div>
          </Form.Item>
          <Form.Item label="主办单位性质" required>
            <Select className="nature" appearance="button" virtual={false} searchable placeholder="请选择" size="m" value={str(s.nature) || undefined} options={topts(NATURES)}
              onChange={(v) => setMany({ nature: v, certType: '' })} />
          </Form.Item>
          <Form.Item label="主办单位证件类型" required>
            {certs.length
              ? (
                <Radio.Group className="cert-type" value={str(s.certType)} onChange={(v) => set('certType', v)}>
                  {certs.map((c) => <Radio key={c} name={c}>{c}</Radio>)}
                </Radio.Group>
              )
              : <Form.Text className="help">请先选择主办单位性质</Form.Text>}
          </Form.Item>
          <Form.Item label="主办单位证件号码" required status={e.status('certNumber')} message={e.get('certNumber') || undefined}>
            <Input className="cert-number" size="m" maxLength={18} placeholder="请输入证件号码" value={str(s.certNumber)}
              onChange={(v) => { set('certNumber', v); e.clear('certNumber'); }}
              onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('certNumber', s.certType && s.certType !== '居民身份证' ? (validUscc(t) ? '' : '证件号码格式不正确') : validId(t) ? '' : '身份证号码校验未通过'); }} />
          </Form.Item>
          <Form.Item label="网站域名" required status={e.status('domainName')} message={e.get('domainName') || '已实名认证的域名，不含 www.'}>
            <div className="row-inline domain-pair">
              <Input className="domain-name" size="m" placeholder="域名主体，如 example" value={str(s.domainName)} onChange={typeDomain}
                onBlur={(ev) => { const t = ev.target.value.trim(); if (/^(https?:|www\.)/i.test(t)) e.set('domainName', '请填写不带 www. 与 http:// 的域名'); else if (t && !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(t)) e.set('domainName', '域名只能包含字母、数字和连字符'); }} />
              <Select className="domain-suffix" appearance="button" virtual={false} size="xs" placeholder="后缀" value={str(s.domainSuffix) || undefined} options={topts(SUFFIXES)}
                onChange={(v) => set('domainSuffix', v)} />
            </div>
          </Form.Item>
        </Form>
      </Card.Body></Card>
      <Card className="resource-card"><Card.Body title="备案资源">
        <div className="row-inline" style={{ marginBottom: 12 }}>
          <span className="t-label">资源类型</span>
          <Segment className="resource-type" value={kind} options={topts(['云服务器ECS', '轻量应用服务器', '备案服务号'])} onChange={(v) => setMany({ resourceType: v, instance: '', serviceCode: '' })} />
        </div>
        {kind === '备案服务号'
          ? (
            <div className="row-inline"><span className="t-label">备案服务号</span>
              <Input className="service-code" placeholder="在“备案服务号管理”中申请" value={str(s.serviceCode)} onChange={(v) => set('serviceCode', v)} /></div>
          )
          : (
            <Table className="instance-table" bordered recordKey="id" records={rows[kind] ?? []} rowDisabled={(r: Instance) => !!r.short}
              topTip={rows[kind] ? undefined : <span className="help">正在加载实例…</span>}
              addons={[Table.addons.radioable({ value: str(s.instance), onChange: (v) => set('instance', v), rowSelect: true })]}
              columns={[
                { key: 'id', header: kind === '云服务器ECS' ? '云服务器实例' : '轻量应用服务器实例', render: (r: Instance) => <span className="inst-id">{r.id}<br /><span className="help">{r.name}</span></span> },
                { key: 'ip', header: '公网IP' },
                { key: 'zone', header: '地域' },
                { key: 'expires', header: '到期时间', render: (r: Instance) => <span>{r.expires}{r.short ? <span className="msg">（剩余不足 3 个月，不可用于备案）</span> : null}</span> },
              ]} />
          )}
      </Card.Body></Card>
      <div style={{ marginTop: 12 }}>
        <Checkbox className="agreed" value={s.agreed === true} onChange={(v) => set('agreed', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
      </div>
      <div className="actions">
        <Button type="weak" onClick={reset}>重置</Button>
        <Button type="primary" onClick={verify}>信息校验</Button>
        {result ? <span className={result.ok ? 'ok-msg' : 'msg'}>{result.text}</span> : null}
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 填写主办者信息 (单位), side cards */

/** A TABS-kind Cascader's data: 省份 → 城市 → 区县, each level fetched when its parent is picked. */
function useTabsRegions() {
  const [data, setData] = useState<CascaderData>({ title: '省份', options: [] });
  useEffect(() => {
    void fetchAreas('').then((l) => setData({ title: '省份', options: l.map((a) => ({ value: a.code, label: a.name, child: { title: '城市' } })) }));
  }, []);
  const onLoad = async (path: string[]) => {
    const kids = await fetchAreas(path[path.length - 1]!);
    const level = path.length; // 1: cities, 2: districts
    const fill = (d: CascaderData, depth: number): CascaderData => ({
      ...d,
      options: (d.options ?? []).map((o): CascaderOption => {
        if (o.value !== path[depth]) return o;
        if (depth === level - 1) {
          return { ...o, child: { title: level === 1 ? '城市' : '区县', options: kids.map((k) => ({ value: k.code, label: k.name, ...(level === 1 ? { child: { title: '区县' } } : {}) })) } };
        }
        return { ...o, child: o.child ? fill(o.child, depth + 1) : o.child };
      }),
    });
    setData((d) => fill(d, 0));
  };
  return { data, onLoad };
}

const LINA = HELD_PRINCIPAL.单位;

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    unitName: '', certRegionCodes: [], certDetail: '', mailSame: false, mailRegionCodes: [], mailDetailOwn: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, mobile: '', emergency: '', office: '', email: '', remark: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCodes, mailRegionCodes, mailDetailOwn, ...r }) => {
    const same = r.mailSame === true;
    return {
      ...r,
      certRegion: pathOfCode(arr<string>(certRegionCodes).at(-1) ?? ''),
      mailRegion: pathOfCode(arr<string>(same ? certRegionCodes : mailRegionCodes).at(-1) ?? ''),
      mailDetail: same ? str(r.certDetail) : str(mailDetailOwn),
    };
  });
  const e = useErrs();
  const cert = useTabsRegions();
  const mail = useTabsRegions();
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  return (
    <AliyunChrome who="杭州云栖示例科技有限公司" current="subject">
      <div className="facts-ro"><div><span>主办单位性质</span>企业</div><div><span>主办单位证件类型</span>营业执照（个人或企业）</div><div><span>主办单位证件号码</span>91330110MA2H3K7Q18</div><a className="help">返回修改</a></div>
      <div className="side-cards">
        <Card className="c-unit"><Card.Body title="主办单位信息">
          <Form layout="vertical">
            <Form.Item label="主办单位名称" required>{field('unitName', 'unit-name', { max: 60, placeholder: '与营业执照上的名称一致', blur: (v) => (/(公司|企业|厂|店|中心|合作社|事务所)$/.test(v) ? '' : '请填写营业执照上的单位全称') })}</Form.Item>
            <Form.Item label="主办单位证件住所" required>
              <Cascader className="cert-region" type="tabs" data={cert.data} onLoad={cert.onLoad} value={arr<string>(s.certRegionCodes)} placeholder="请选择省 / 市 / 区县"
                onChange={(v) => set('certRegionCodes', v)} />
            </Form.Item>
            <Form.Item label="证件住所详细地址" required>{field('certDetail', 'cert-detail', { placeholder: '与营业执照“住所”一致' })}</Form.Item>
            <Form.Item label="通讯地址与证件住所一致">
              <Switch className="mail-same" value={s.mailSame === true} onChange={(v) => set('mailSame', v)} />
            </Form.Item>
            {s.mailSame === true
              ? null
              : (
                <>
                  <Form.Item label="通讯地址" required>
                    <Cascader className="mail-region" type="tabs" data={mail.data} onLoad={mail.onLoad} value={arr<string>(s.mailRegionCodes)} placeholder="请选择省 / 市 / 区县"
                      onChange={(v) => set('mailRegionCodes', v)} />
                  </Form.Item>
                  <Form.Item label="通讯地址详细地址" required extra="须详细到门牌号">{field('mailDetailOwn', 'mail-detail', { placeholder: '街道、门牌号' })}</Form.Item>
                </>
              )}
            <Form.Item label="投资人或主管单位" required extra="企业填写投资人（股东）或主管单位全称">{field('investor', 'investor', { max: 60 })}</Form.Item>
          </Form>
        </Card.Body></Card>
        <Card className="c-principal"><Card.Body title="主体负责人信息">
          <Alert type="warning">主体负责人须为法定代表人（浙江省通信管理局要求）。</Alert>
          <Form layout="vertical">
            <Form.Item label="负责人姓名" required>{field('prName', 'pr-name', { max: 20 })}</Form.Item>
            <Form.Item label="负责人证件类型" required>
              <Select className="pr-cert-type" appearance="button" virtual={false} size="full" placeholder="请选择" value={str(s.prCertType) || undefined} options={topts(ICP_PERSON_CERTS)}
                onChange={(v) => set('prCertType', v)} />
            </Form.Item>
            <Form.Item label="负责人证件号码" required>{field('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Form.Item>
            <Form.Item label="证件有效期起" required>
              <DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(m) => set('prValidFrom', m ? m.format(DAY) : '')} />
            </Form.Item>
            <Form.Item label="证件有效期止" required={!long}>
              <div className="row-inline">
                <DatePicker className="pr-valid-to" disabled={long} placeholder={long ? '长期' : '请选择日期'} value={day(s.prValidTo)} onChange={(m) => set('prValidTo', m ? m.format(DAY) : '')} />
                <Switch className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, ...(v ? { prValidTo: '' } : {}) })}>长期有效</Switch>
              </div>
            </Form.Item>
            <Form.Item label="手机号码" required>{field('mobile', 'mobile', { max: 11, blur: mobileRule })}</Form.Item>
            <Form.Item label="应急联系电话" required>{field('emergency', 'emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}</Form.Item>
            <Form.Item label="办公室电话">{field('office', 'office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678') })}</Form.Item>
            <Form.Item label="电子邮箱" required>{field('email', 'email', { blur: emailRule })}</Form.Item>
          </Form>
        </Card.Body></Card>
      </div>
      <Card><Card.Body>
        <Form layout="vertical">
          <Form.Item label="备注">
            <Input.TextArea className="remark" size="full" rows={2} maxLength={200} showCount placeholder="选填；按管局要求填写的说明" value={str(s.remark)} onChange={(v) => set('remark', v)} />
          </Form.Item>
        </Form>
      </Card.Body></Card>
      <div className="actions">
        <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button type="weak" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
        <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
    </AliyunChrome>
  );
}

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), matrix */

/** One upload button; a chosen file shows as its name with 删除 (nothing is sent anywhere). */
function FileSlot(p: { s: S; set: Setter; k: string }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <div className={`mat-file slot-${p.k}`}>
      <Upload accept={['image/png', 'image/jpeg']} maxSize={400 * 1024} beforeUpload={(file) => { p.set(p.k, [file.name]); return false; }}>
        {({ open }) => <Button type="weak" onClick={open}>{files.length ? '重新上传' : '上传'}</Button>}
      </Upload>
      {files.length ? <><span className="file-name">{files[0]}</span><Button type="link" className="del-file" onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help">jpg / png，≤ 400 KB</span>}
    </div>
  );
}

type Role = 'sec' | 'emg';
const ROLE_FIELDS = ['Name', 'CertType', 'CertNumber', 'ValidFrom', 'ValidTo', 'LongTerm', 'Mobile', 'Email'];

function MpsPrincipalUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    smsCode: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [wait, setWait] = useState(0);
  useEffect(() => { if (wait > 0) { const t = setTimeout(() => setWait(wait - 1), 1000); return () => clearTimeout(t); } return undefined; }, [wait]);
  const locked = (r: Role) => s[`${r}Same`] === true;
  const copy = (r: Role, on: boolean) => {
    const v: Record<string, unknown> = { Name: LINA.name, CertType: LINA.certType, CertNumber: LINA.certNumber, ValidFrom: LINA.validFrom, ValidTo: LINA.validTo, LongTerm: LINA.longTerm, Mobile: LINA.mobile, Email: LINA.email };
    const patch: S = { [`${r}Same`]: on };
    for (const f of ROLE_FIELDS) if (r === 'sec' || f !== 'Email') patch[`${r}${f}`] = on ? v[f] : f === 'LongTerm' ? false : '';
    setMany(patch);
  };
  const text = (r: Role, f: string, o: { max?: number; blur?: (v: string) => string; placeholder?: string } = {}) => (
    <Field s={s} set={set} e={e} k={`${r}${f}`} cls={`${r}-${f.toLowerCase()}`} width={240} disabled={locked(r)} {...o} />
  );
  type Row = { key: string; label: string; req?: boolean; cell: (r: Role) => ReactNode };
  const none = <span className="help">—</span>;
  const rows: Row[] = [
    { key: 'name', label: '姓名', req: true, cell: (r) => text(r, 'Name', { max: 30 }) },
    { key: 'type', label: '证件类型', req: true, cell: (r) => (
      <Select className={`${r}-certtype`} appearance="button" virtual={false} size="m" placeholder="请选择" disabled={locked(r)} value={str(s[`${r}CertType`]) || undefined}
        options={topts(MPS_PERSON_CERTS)} onChange={(v) => set(`${r}CertType`, v)} />
    ) },
    { key: 'no', label: '证件号码', req: true, cell: (r) => text(r, 'CertNumber', { max: 18, blur: idRule(s[`${r}CertType`]) }) },
    { key: 'valid', label: '证件有效期', req: true, cell: (r) => {
      const long = s[`${r}LongTerm`] === true;
      return (
        <div className={`valid valid-${r}`}>
          <div className="row-inline">
            <span className="help">起</span>
            <DatePicker className={`${r}-valid-from`} disabled={locked(r)} value={day(s[`${r}ValidFrom`])} onChange={(m) => set(`${r}ValidFrom`, m ? m.format(DAY) : '')} />
          </div>
          <div className="row-inline" style={{ marginTop: 6 }}>
            <span className="help">止</span>
            <DatePicker className={`${r}-valid-to`} disabled={locked(r) || long} placeholder={long ? '长期' : '请选择日期'} value={day(s[`${r}ValidTo`])} onChange={(m) => set(`${r}ValidTo`, m ? m.format(DAY) : '')} />
            <Checkbox className={`${r}-long-term`} disabled={locked(r)} value={long} onChange={(v) => setMany({ [`${r}LongTerm`]: v, ...(v ? { [`${r}ValidTo`]: '' } : {}) })}>长期</Checkbox>
          </div>
        </div>
      );
    } },
    { key: 'mobile', label: '手机号码', req: true, cell: (r) => text(r, 'Mobile', { max: 11, blur: mobileRule }) },
    { key: 'email', label: '电子邮件地址', req: true, cell: (r) => (r === 'sec' ? text(r, 'Email', { blur: emailRule }) : none) },
    { key: 'front', label: '证件正面', req: true, cell: (r) => (r === 'sec' ? <FileSlot s={s} set={set} k="secIdFront" /> : none) },
    { key: 'back', label: '证件反面', req: true, cell: (r) => (r === 'sec' ? <FileSlot s={s} set={set} k="secIdBack" /> : none) },
    { key: 'hand', label: '手持证件照', req: true, cell: (r) => (r === 'sec' ? <FileSlot s={s} set={set} k="secIdHand" /> : none) },
  ];
  const head = (r: Role, title: string) => (
    <div className={`role-head head-${r}`}>
      <b>{title}</b>
      <Checkbox className={`${r}-same`} value={locked(r)} onChange={(v) => copy(r, v)}>同开办主体负责人</Checkbox>
    </div>
  );
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Stepper steps={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((label) => ({ id: label, label }))} current="网站负责人" /></div>
        <div className="card-w held-subject">
          <span>开办主体：杭州云栖示例科技有限公司（单位）</span>
          <span>开办主体负责人：李娜 · 居民身份证 330110********4525 · 136****6000</span>
        </div>
        <Alert type="warning">网站安全负责人、网站应急联络人与开办主体负责人为同一人时，可勾选“同开办主体负责人”；证件照片须重新上传。</Alert>
        <div className="card-w">
          <Table className="role-matrix" bordered="all" recordKey="key" records={rows} columns={[
            { key: 'label', header: '项目', width: 150, render: (row: Row) => <span className={`f-label f-${row.key}`}>{row.req ? <span className="req">*</span> : null}{row.label}</span> },
            { key: 'sec', header: () => head('sec', '网站安全负责人'), render: (row: Row) => row.cell('sec') },
            { key: 'emg', header: () => head('emg', '网站应急联络人'), render: (row: Row) => row.cell('emg') },
          ]} />
          <div className="row-inline sms-row">
            <span className="t-label">短信验证码</span>
            <Input className="sms-code" maxLength={6} style={{ width: 120 }} placeholder="6 位数字" value={str(s.smsCode)} onChange={(v) => set('smsCode', v)} />
            <Button type="weak" className="send-code" disabled={wait > 0 || !MOBILE_RE.test(str(s.secMobile))} onClick={() => setWait(60)}>{wait > 0 ? `${wait} 秒后重发` : '获取验证码'}</Button>
            <span className="help">验证码发送至网站安全负责人手机</span>
          </div>
        </div>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="weak" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout19-aliyun-basic-person-tea-querybar': AliyunBasicPerson,
  'heldout19-aliyun-subject-unit-tea-sidecards': AliyunSubjectUnit,
  'heldout19-mps-principal-unit-tea-matrix': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
