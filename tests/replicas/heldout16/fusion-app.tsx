/**
 * Gen-16 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 (written from FORMS.md
 * and docs/profile.example.json alone, never tuned against):
 *  - heldout16-mps-principal-person-fusion-sourceradio  网站负责人 (个人, 公安): ARROW steps, two stacked cards whose headers
 *    hold a BUTTON-SHAPED 信息来源 radio group (同开办主体 copies the held principal read-only / 另行填写), forms with labels
 *    on top in a THREE-COLUMN responsive grid; selects, blur checks, a RANGE picker swapped for one date by 长期, card
 *    uploads; 上一步 / 保存草稿 / 下一步
 *  - heldout16-mps-apply-unit-fusion-collapse           新办网站申请 (单位, 公安) on ONE page: a COLLAPSE of five expanded
 *    panels with LEFT labels in two columns; the unit read-only, a LAZY CascaderSelect + detail, radios, blur checks, date
 *    pickers, a TAG select, IPs as ADDED ROWS, a letter-coded select, radios revealing a checkbox group, a SWITCH, checkbox
 *    groups, the provider blocks with a 查询 DIALOG (search + table; 选择 fills name, code, region and phone), whole-tree
 *    CascaderSelects, the two roles with 同开办主体负责人 ticks (copy and lock), two date pickers + 长期, card uploads; the
 *    notice tick; 保存草稿 / 提交申请
 */
import {
  Button, CascaderSelect, Card, Checkbox, Collapse, DatePicker2, Dialog, Form, Input, Message, Radio, Select, Step, Switch, Table, Tag, Upload,
} from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, INTERACTIVE_KINDS, IPV4_RE, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PERSON_CERTS,
  MPS_PROVIDER_ROWS, pathOfCode, codeOfPath, PHONE_RE, regionOptions, validId, validIpv6,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#eef4ff"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#0b3d7e">已选择</text></svg>')}`;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} state={p.e.get(p.k) ? 'error' : undefined}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

function Date1(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) {
  return (
    <DatePicker2 className={p.cls} format="YYYY-MM-DD" disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={str(p.s[p.k]) || null}
      onChange={(_d: unknown, v: string) => p.set(p.k, typeof v === 'string' ? v : '')} />
  );
}

function Range(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean }) {
  const v = arr<string>(p.s[p.k]);
  return (
    <DatePicker2.RangePicker className={p.cls} format="YYYY-MM-DD" disabled={p.disabled} placeholder={['开始日期', '结束日期']} value={v.some(Boolean) ? [v[0] || null, v[1] || null] : undefined}
      onChange={(_d: unknown, vs: string[] | null) => p.set(p.k, Array.isArray(vs) && vs.some(Boolean) ? [vs[0] ?? '', vs[1] ?? ''] : [])} />
  );
}

function Picture(p: { s: S; set: Setter; k: string; title: string }) {
  const value = arr<string>(p.s[p.k]).map((name, i) => ({ uid: `${p.k}-${i}`, name, state: 'done' as const, url: THUMB, imgURL: THUMB }));
  return (
    <div className={`photo photo-${p.k}`}>
      <Upload.Card accept="image/png,image/jpeg" autoUpload={false} limit={1} value={value} onChange={(list: { name?: string }[]) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
      <div className="photo-cap">{p.title}</div>
    </div>
  );
}

const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];

function MpsChrome(p: { who: string; crumb: string; current: number; children: ReactNode }) {
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">{p.who} · 退出</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 &gt; 网站备案 &gt; {p.crumb}</div>
        <div className="panel-w">
          <Step current={p.current} shape="arrow" readOnly>{STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        {p.children}
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 网站负责人 (个人) */

const ZW = HELD_PRINCIPAL.个人;

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    secSource: '另行填写', secName: '', secCertType: '', secCertNumber: '', secValidity: [], secLongTerm: false, secValidFromLong: '', secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSource: '另行填写', emgName: '', emgCertType: '', emgCertNumber: '', emgValidity: [], emgLongTerm: false, emgValidFromLong: '', emgMobile: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secValidFromLong, emgValidFromLong, ...r }) => ({
    ...r,
    secValidity: r.secLongTerm ? (secValidFromLong ? [secValidFromLong, ''] : []) : arr<string>(r.secValidity).some(Boolean) ? r.secValidity : [],
    emgValidity: r.emgLongTerm ? (emgValidFromLong ? [emgValidFromLong, ''] : []) : arr<string>(r.emgValidity).some(Boolean) ? r.emgValidity : [],
  }));
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const source = (role: 'sec' | 'emg', v: string) => {
    const on = v === '同开办主体';
    const base = { [`${role}Source`]: v, [`${role}Name`]: on ? ZW.name : '', [`${role}CertType`]: on ? ZW.certType : '', [`${role}CertNumber`]: on ? ZW.certNumber : '',
      [`${role}Validity`]: on ? [ZW.validFrom, ZW.validTo] : [], [`${role}LongTerm`]: on ? ZW.longTerm : false, [`${role}ValidFromLong`]: '', [`${role}Mobile`]: on ? ZW.mobile : '' };
    setMany(role === 'sec' ? { ...base, secEmail: on ? ZW.email : '' } : base);
  };
  const role = (r: 'sec' | 'emg', title: string, nameLabel: string, mobileLabel: string) => {
    const locked = s[`${r}Source`] === '同开办主体';
    const long = s[`${r}LongTerm`] === true;
    return (
      <Card className={`role-card role-${r}`} title={title} contentHeight="auto" extra={(
        <span className="row-inline"><span className="help">信息来源：</span>
          <Radio.Group className={`${r}-source`} shape="button" size="small" value={str(s[`${r}Source`])} dataSource={['同开办主体', '另行填写']} onChange={(v) => source(r, String(v))} />
        </span>
      )}>
        <Form responsive labelAlign="top" useLabelForErrorMessage={false}>
          <FormItem colSpan={4} label={nameLabel} required>{text(`${r}Name`, `${r}-name`, { max: 30, disabled: locked })}</FormItem>
          <FormItem colSpan={4} label="证件类型" required>
            <Select className={`${r}-cert-type`} style={{ width: '100%' }} disabled={locked} placeholder="请选择" value={str(s[`${r}CertType`]) || undefined} dataSource={opts(MPS_PERSON_CERTS)}
              onChange={(v) => set(`${r}CertType`, String(v ?? ''))} />
          </FormItem>
          <FormItem colSpan={4} label="证件号码" required {...e.item(`${r}CertNumber`)}>{text(`${r}CertNumber`, `${r}-cert-number`, { max: 18, disabled: locked, blur: idRule(s, `${r}CertType`) })}</FormItem>
          <FormItem colSpan={8} label="证件有效期" required>
            <div className="row-inline">
              {long
                ? <Date1 s={s} set={set} k={`${r}ValidFromLong`} cls={`${r}-valid-from`} disabled={locked} placeholder="开始日期" />
                : <Range s={s} set={set} k={`${r}Validity`} cls={`${r}-validity`} disabled={locked} />}
              <Checkbox className={`${r}-long-term`} disabled={locked} checked={long} onChange={(v) => setMany({ [`${r}LongTerm`]: !!v, [`${r}Validity`]: [], [`${r}ValidFromLong`]: '' })}>长期</Checkbox>
            </div>
          </FormItem>
          <FormItem colSpan={4} label={mobileLabel} required {...e.item(`${r}Mobile`)}>{text(`${r}Mobile`, `${r}-mobile`, { max: 11, disabled: locked, blur: mobileRule })}</FormItem>
          {r === 'sec' ? <FormItem colSpan={4} label="电子邮件地址" required {...e.item('secEmail')}>{text('secEmail', 'sec-email', { disabled: locked, blur: emailRule })}</FormItem> : null}
          {r === 'sec'
            ? (
              <FormItem colSpan={12} label="证件照片" required help="正面、反面及手持证件照各一张，jpg / png 不超过 2 MB；即使信息与开办主体相同也须重新上传">
                <div className="photos">
                  <Picture s={s} set={set} k="secIdFront" title="证件正面" />
                  <Picture s={s} set={set} k="secIdBack" title="证件反面" />
                  <Picture s={s} set={set} k="secIdHand" title="手持证件照" />
                </div>
              </FormItem>
            )
            : null}
        </Form>
      </Card>
    );
  };
  return (
    <MpsChrome who="张伟（个人用户）" crumb="新办网站申请" current={2}>
      <Message type="notice" style={{ marginBottom: 16 }} title="网站安全负责人、网站应急联络人须为能及时联系的真实人员；个人网站可选择“同开办主体”。" />
      {role('sec', '网站安全负责人', '安全负责人姓名', '手机号码')}
      {role('emg', '网站应急联络人', '联络人姓名', '联络人手机号码')}
      <div className="mps-actions">
        <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
        <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
        <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
      </div>
    </MpsChrome>
  );
}

/* ------------------------------------------------------------------ 新办网站申请 (单位), one page */

type CascaderItem = { value: string; label?: ReactNode; children?: CascaderItem[]; [k: string]: unknown };
interface LazyNode { value: string; label: string; isLeaf?: boolean; children?: LazyNode[]; [k: string]: unknown }
const LINA = HELD_PRINCIPAL.单位;
const CATEGORY_OPTIONS = MPS_CATEGORIES.map(([value, label]) => ({ value, label }));
const PANELS = ['subject', 'site', 'providers', 'people', 'notice'];

function MpsApplyUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'apply', '单位', {
    officeRegionCode: '', officeDetail: '', genAI: '',
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ipRows: [''], domainCertFrom: '', domainCertTo: '', category: '',
    interactive: '', interactiveKinds: [], dangerous: false, preLicence: '', languages: [],
    apName: '', apJurisdiction: '', apRegionCode: '', apPhone: '', apCode: '', apMethod: '', rgName: '', rgJurisdiction: '', rgRegionCode: '', rgPhone: '',
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    promise: false, lookupClicks: 0, saveClicks: 0, submitClicks: 0,
  }, ({ officeRegionCode, apRegionCode, rgRegionCode, ipRows, ...r }) => ({
    ...r,
    officeRegion: pathOfCode(officeRegionCode),
    apRegion: pathOfCode(apRegionCode),
    rgRegion: pathOfCode(rgRegionCode),
    ips: arr<string>(ipRows).map((x) => x.trim()).filter(Boolean),
  }));
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const [lazy, setLazy] = useState<LazyNode[]>([]);
  const [regions] = useState(() => regionOptions() as unknown as CascaderItem[]);
  const [msg, setMsg] = useState('');
  const [lookup, setLookup] = useState<{ row: 'ap' | 'rg' | ''; q: string; hits: typeof MPS_PROVIDER_ROWS | null }>({ row: '', q: '', hits: null });
  useEffect(() => { void fetchAreas('').then((l) => setLazy(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (data: { value?: unknown }) => new Promise<void>((resolve) => {
    const find = (l: LazyNode[]): LazyNode | undefined => {
      for (const n of l) { if (n.value === data.value) return n; const hit = n.children && find(n.children); if (hit) return hit; }
      return undefined;
    };
    void fetchAreas(String(data.value)).then((list) => {
      const node = find(lazy);
      if (node) node.children = list.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }));
      setLazy((x) => [...x]);
      resolve();
    });
  });
  const ipRows = arr<string>(s.ipRows);
  const setIp = (i: number, v: string) => set('ipRows', ipRows.map((x, j) => (j === i ? v : x)));
  const ipOk = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的 IP 地址`);
  const copy = (r: 'sec' | 'emg', on: boolean) => {
    const v = (x: unknown, empty: unknown = '') => (on ? x : empty);
    setMany({
      [`${r}Same`]: on, [`${r}Name`]: v(LINA.name), [`${r}CertType`]: v(LINA.certType), [`${r}CertNumber`]: v(LINA.certNumber), [`${r}ValidFrom`]: v(LINA.validFrom),
      [`${r}ValidTo`]: v(LINA.validTo), [`${r}LongTerm`]: v(LINA.longTerm, false), [`${r}Mobile`]: v(LINA.mobile), ...(r === 'sec' ? { secEmail: v(LINA.email) } : {}),
    });
  };
  const openLookup = (row: 'ap' | 'rg') => { clicks(s, set, 'lookupClicks')(); setLookup({ row, q: str(s[`${row}Name`]), hits: null }); };
  const search = () => { const q = lookup.q.trim(); setLookup((x) => ({ ...x, hits: null })); setTimeout(() => setLookup((x) => ({ ...x, hits: q ? MPS_PROVIDER_ROWS.filter((p) => p.name.includes(q)) : [] })), 200); };
  const choose = (p: (typeof MPS_PROVIDER_ROWS)[number]) => {
    const row = lookup.row as 'ap' | 'rg';
    const m = /^(.+?省|.+?市)(.+?市|市辖区)(.+?[区县市])$/.exec(p.region);
    const code = m ? codeOfPath(m.slice(1)) : '';
    setMany({ [`${row}Name`]: p.name, ...(p.phone ? { [`${row}Phone`]: p.phone } : {}), ...(code ? { [`${row}RegionCode`]: code } : {}), ...(row === 'ap' && p.code ? { apCode: p.code } : {}) });
    setLookup({ row: '', q: '', hits: null });
  };
  const filled = (keys: string[]) => keys.every((k) => { const v = s[k]; return Array.isArray(v) ? v.length > 0 : !!v; });
  const head = (t: string, keys: string[]) => (
    <span>{t}<Tag className="panel-tag" size="small" type="normal" color={filled(keys) ? 'green' : 'orange'}>{filled(keys) ? '已填' : '未完成'}</Tag></span>
  );
  const provider = (row: 'ap' | 'rg', label: string) => (
    <>
      <div className="sub-title">{label}</div>
      <Form labelAlign="left" labelCol={{ fixedSpan: 9 }} wrapperCol={{ span: 14 }}>
        <FormItem label={`${label}名称`} required>
          <div className="row-inline">
            <div style={{ width: 300 }}>{text(`${row}Name`, `${row}-name`, { placeholder: '可直接填写或点击查询' })}</div>
            <Button className={`${row}-lookup`} onClick={() => openLookup(row)}>查询</Button>
          </div>
        </FormItem>
        <FormItem label="所属地区管辖" required>
          <Radio.Group className={`${row}-jurisdiction`} value={str(s[`${row}Jurisdiction`]) || undefined} dataSource={['境内', '境外']} onChange={(v) => set(`${row}Jurisdiction`, String(v))} />
        </FormItem>
        <FormItem label="所属区域" required>
          <CascaderSelect className={`${row}-region`} style={{ width: 300 }} showSearch hasClear placeholder="省 / 市 / 区县" dataSource={regions} value={str(s[`${row}RegionCode`]) || undefined}
            onChange={(v) => set(`${row}RegionCode`, typeof v === 'string' ? v : '')} />
        </FormItem>
        <FormItem label="联系电话" required {...e.item(`${row}Phone`)}>{text(`${row}Phone`, `${row}-phone`, { blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</FormItem>
        {row === 'ap'
          ? (
            <>
              <FormItem label="接入商编码" required help="组织机构代码（统一社会信用代码第 9–17 位）">{text('apCode', 'ap-code', { max: 10 })}</FormItem>
              <FormItem label="网站接入方式" required>
                <Select className="ap-method" style={{ width: 300 }} placeholder="请选择" value={str(s.apMethod) || undefined} dataSource={opts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', String(v ?? ''))} />
              </FormItem>
            </>
          )
          : null}
      </Form>
    </>
  );
  const person = (r: 'sec' | 'emg', label: string) => {
    const locked = s[`${r}Same`] === true;
    return (
      <>
        <div className="sub-title row-inline">{label}
          <Checkbox className={`${r}-same`} checked={locked} onChange={(v) => copy(r, !!v)}>同开办主体负责人</Checkbox>
        </div>
        <Form labelAlign="left" labelCol={{ fixedSpan: 8 }} wrapperCol={{ span: 16 }} responsive={false}>
          <div className="two-col">
            <FormItem label="姓名" required>{text(`${r}Name`, `${r}-name`, { max: 30, disabled: locked })}</FormItem>
            <FormItem label="证件类型" required>
              <Select className={`${r}-cert-type`} style={{ width: '100%' }} disabled={locked} placeholder="请选择" value={str(s[`${r}CertType`]) || undefined} dataSource={opts(MPS_PERSON_CERTS)}
                onChange={(v) => set(`${r}CertType`, String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" required {...e.item(`${r}CertNumber`)}>{text(`${r}CertNumber`, `${r}-cert-number`, { max: 18, disabled: locked, blur: idRule(s, `${r}CertType`) })}</FormItem>
            <FormItem label="手机号码" required {...e.item(`${r}Mobile`)}>{text(`${r}Mobile`, `${r}-mobile`, { max: 11, disabled: locked, blur: mobileRule })}</FormItem>
            <FormItem label="证件有效期" required>
              <div className="row-inline">
                <Date1 s={s} set={set} k={`${r}ValidFrom`} cls={`${r}-valid-from`} disabled={locked} placeholder="起" />
                <span className="help">至</span>
                <Date1 s={s} set={set} k={`${r}ValidTo`} cls={`${r}-valid-to`} disabled={locked || s[`${r}LongTerm`] === true} placeholder={s[`${r}LongTerm`] ? '长期' : '止'} />
                <Checkbox className={`${r}-long-term`} disabled={locked} checked={s[`${r}LongTerm`] === true} onChange={(v) => setMany({ [`${r}LongTerm`]: !!v, [`${r}ValidTo`]: '' })}>长期</Checkbox>
              </div>
            </FormItem>
            {r === 'sec' ? <FormItem label="电子邮件地址" required {...e.item('secEmail')}>{text('secEmail', 'sec-email', { disabled: locked, blur: emailRule })}</FormItem> : null}
          </div>
          {r === 'sec'
            ? (
              <FormItem label="证件照片" required help="正面、反面、手持证件照；与开办主体负责人相同时也须重新上传">
                <div className="photos">
                  <Picture s={s} set={set} k="secIdFront" title="证件正面" />
                  <Picture s={s} set={set} k="secIdBack" title="证件反面" />
                  <Picture s={s} set={set} k="secIdHand" title="手持证件照" />
                </div>
              </FormItem>
            )
            : null}
        </Form>
      </>
    );
  };
  return (
    <MpsChrome who="杭州云栖示例科技有限公司（法人用户）" crumb="新办网站申请" current={0}>
      <Message type="notice" style={{ marginBottom: 16 }} title="本页一次填写全部申请信息。网站开通之日起 30 日内须办理联网备案；交互式网站将由属地公安机关网安部门现场检查。" />
      <Collapse className="apply-collapse" defaultExpandedKeys={PANELS}>
        <Collapse.Panel key="subject" title={head('一、开办主体信息', ['officeRegionCode', 'officeDetail', 'genAI'])}>
          <dl className="ro-grid unit-facts">
            <dt>单位名称</dt><dd>杭州云栖示例科技有限公司</dd><dt>单位证件</dt><dd>统一社会信用代码证 91330110MA2H3K7Q18</dd>
            <dt>法人代表人</dt><dd>李娜</dd><dt>主体负责人</dt><dd>李娜（居民身份证 330110198511204525）</dd>
          </dl>
          <Form labelAlign="left" labelCol={{ fixedSpan: 9 }} wrapperCol={{ span: 15 }}>
            <FormItem label="单位办公地址" required>
              <CascaderSelect className="office-region" style={{ width: 320 }} placeholder="省 / 市 / 区县" dataSource={lazy} loadData={loadData} value={str(s.officeRegionCode) || undefined}
                onChange={(v) => set('officeRegionCode', typeof v === 'string' ? v : '')} />
            </FormItem>
            <FormItem label="单位办公地址 · 详细地址" required>{text('officeDetail', 'office-detail', { placeholder: '街道、门牌号' })}</FormItem>
            <FormItem label="是否利用生成式人工智能" required>
              <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} dataSource={['是', '否']} onChange={(v) => set('genAI', String(v))} />
            </FormItem>
          </Form>
        </Collapse.Panel>
        <Collapse.Panel key="site" title={head('二、网站基本信息', ['siteName', 'openedAt', 'mainDomain', 'category', 'interactive', 'preLicence', 'languages'])}>
          <Form labelAlign="left" labelCol={{ fixedSpan: 9 }} wrapperCol={{ span: 15 }}>
            <FormItem label="网站名称" required {...e.item('siteName')}>
              {text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称须与ICP备案一致，不少于 3 个汉字') })}
            </FormItem>
            <FormItem label="工信部备案号" required {...e.item('icpNumber')} help={e.get('icpNumber') || '如：浙ICP备12345678号-1'}>
              {text('icpNumber', 'icp-number', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确') })}
            </FormItem>
            <FormItem label="网站开通日期" required><Date1 s={s} set={set} k="openedAt" cls="opened-at" /></FormItem>
            <FormItem label="主域名" required {...e.item('mainDomain')}>{text('mainDomain', 'main-domain', { placeholder: '不带 www. 的一级域名', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名') })}</FormItem>
            <FormItem label="从域名" help="同一网站的其他域名，输入后回车">
              <Select className="sub-domains" mode="tag" hasArrow={false} style={{ width: 420 }} placeholder="如 example.com.cn" value={arr<string>(s.subDomains)} notFoundContent={null}
                onChange={(v) => set('subDomains', arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter((x) => DOMAIN_RE.test(x)))} />
            </FormItem>
            <FormItem label="网站IP" required {...e.item('ips')} help={e.get('ips') || '域名实际解析的 IP（含 IPv6），每行一个'}>
              <div className="ip-rows">
                {ipRows.map((ip, i) => (
                  <div className="row-inline ip-row" key={i}>
                    <Input className={`ip-${i}`} style={{ width: 260 }} value={ip} placeholder="如 1.2.3.4"
                      onChange={(v) => { setIp(i, String(v ?? '')); e.clear('ips'); }}
                      onBlur={(ev) => { const t = (ev.target as HTMLInputElement).value.trim(); if (t) e.set('ips', ipOk(t)); }} />
                    {ipRows.length > 1 ? <Button text type="primary" className="del-ip" onClick={() => set('ipRows', ipRows.filter((_, j) => j !== i))}>删除</Button> : null}
                  </div>
                ))}
                <Button className="add-ip" size="small" onClick={() => set('ipRows', [...ipRows, ''])}>+ 添加IP</Button>
              </div>
            </FormItem>
            <FormItem label="域名证书有效期">
              <div className="row-inline">
                <Date1 s={s} set={set} k="domainCertFrom" cls="domain-cert-from" placeholder="起" /><span className="help">至</span><Date1 s={s} set={set} k="domainCertTo" cls="domain-cert-to" placeholder="止" />
              </div>
            </FormItem>
            <FormItem label="网站类型" required>
              <Select className="category" style={{ width: 300 }} placeholder="请选择" value={str(s.category) || undefined} dataSource={CATEGORY_OPTIONS} onChange={(v) => set('category', String(v ?? ''))} />
            </FormItem>
            <FormItem label="是否提供互联网交互服务" required>
              <Radio.Group className="interactive" value={str(s.interactive) || undefined} dataSource={['是', '否']} onChange={(v) => setMany({ interactive: String(v), ...(v === '否' ? { interactiveKinds: [] } : {}) })} />
            </FormItem>
            {s.interactive === '是'
              ? (
                <FormItem label="交互服务类型" required>
                  <Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} dataSource={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v).map(String))} />
                </FormItem>
              )
              : null}
            <FormItem label="互联网危险物品信息发布" required help="是否提供涉及管制物品等危险物品的信息发布服务">
              <Switch className="dangerous" checked={s.dangerous === true} checkedChildren="是" unCheckedChildren="否" onChange={(v) => set('dangerous', !!v)} />
            </FormItem>
            <FormItem label="相关前置许可" required>
              <Radio.Group className="pre-licence" value={str(s.preLicence) || undefined} dataSource={['涉及', '不涉及']} onChange={(v) => set('preLicence', String(v))} />
            </FormItem>
            <FormItem label="网站语种" required>
              <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', arr<string>(v).map(String))} />
            </FormItem>
          </Form>
        </Collapse.Panel>
        <Collapse.Panel key="providers" title={head('三、网络接入服务商及域名注册服务商', ['apName', 'apJurisdiction', 'apRegionCode', 'apPhone', 'apMethod', 'rgName', 'rgJurisdiction', 'rgRegionCode', 'rgPhone'])}>
          {provider('ap', '网络接入服务商')}
          {provider('rg', '域名注册服务商')}
        </Collapse.Panel>
        <Collapse.Panel key="people" title={head('四、网站负责人', ['secName', 'secCertNumber', 'secMobile', 'emgName', 'emgCertNumber', 'emgMobile'])}>
          {person('sec', '网站安全负责人')}
          {person('emg', '网站应急联络人')}
        </Collapse.Panel>
        <Collapse.Panel key="notice" title="五、提示说明">
          <p className="help" style={{ fontSize: 13 }}>开办者应当落实网络安全等级保护制度，建立信息安全管理制度，发现违法信息立即停止传输、保存记录并向公安机关报告……</p>
          <Checkbox className="promise" checked={s.promise === true} onChange={(v) => set('promise', !!v)}>我已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox>
        </Collapse.Panel>
      </Collapse>
      <div className="mps-actions">
        <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
        <Button type="primary" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.promise ? '请检查标 * 的必填项' : '请先阅读并勾选《互联网信息服务单位网络安全责任告知书》'); }}>提交申请</Button>
        <span className="msg">{msg}</span>
      </div>
      <Dialog v2 className="lookup-dialog" visible={!!lookup.row} title={lookup.row === 'ap' ? '查询网络接入服务商' : '查询域名注册服务商'} footer={false} width={620}
        onClose={() => setLookup({ row: '', q: '', hits: null })}>
        <div className="row-inline" style={{ marginBottom: 10 }}>
          <Input className="lookup-q" style={{ width: 320 }} placeholder="输入服务商名称关键字" value={lookup.q} onChange={(v) => setLookup((x) => ({ ...x, q: String(v ?? '') }))} onPressEnter={search} />
          <Button type="primary" className="lookup-go" onClick={search}>查询</Button>
        </div>
        {lookup.hits === null
          ? <div className="help">请输入名称关键字后点击“查询”</div>
          : (
            <Table className="lookup-table" dataSource={lookup.hits} primaryKey="name" hasBorder emptyContent="未查询到相关服务商，可直接在输入框中填写">
              <Table.Column title="服务商名称" dataIndex="name" />
              <Table.Column title="所属区域" dataIndex="region" cell={(v: string) => v || '—'} />
              <Table.Column title="联系电话" dataIndex="phone" cell={(v: string) => v || '—'} />
              <Table.Column title="操作" width={80} cell={(_: unknown, _i: number, r: (typeof MPS_PROVIDER_ROWS)[number]) => <Button text type="primary" className="pick" onClick={() => choose(r)}>选择</Button>} />
            </Table>
          )}
      </Dialog>
    </MpsChrome>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout16-mps-principal-person-fusion-sourceradio': MpsPrincipalPerson,
  'heldout16-mps-apply-unit-fusion-collapse': MpsApplyUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
