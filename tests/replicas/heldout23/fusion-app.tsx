/**
 * Gen-23 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout23-aliyun-apply-person-fusion-navsections   the whole first-time order of an individual (阿里云) on ONE page: a
 *    sticky left NAV of four NUMBERED sections, LEFT labels; THREE region Selects fetched level by level + detail, a one-line
 *    mailing address, blur checks, a Select, a start DatePicker + term BUTTON radios deriving a read-only end date, domains
 *    as ADDED ROWS feeding a home-URL Select, a CHECKBOX group of languages, a copy SWITCH hiding the site principal's
 *    rows; a 承诺 tick; 保存草稿 / 提交初审
 *  - heldout23-baidu-site-person-fusion-fieldgrid   填写网站信息 (个人, 百度智能云): ONE Fusion TABLE per group as the form (项目 |
 *    内容 | 说明; no <label>): a TAG Select of domains, an AUTOCOMPLETE fed by them, a Select, a MULTIPLE Select, radios
 *    revealing checkboxes, a textarea; a source Select copying the held principal and locking the rows; 上一步 / 保存 / 下一步
 */
import { Button, Checkbox, DatePicker2, Form, Input, Message, Nav, Radio, Select, Step, Switch, Table } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, endOfTerm, fetchAreas, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ID_TERMS, MOBILE_RE,
  pathOfCode, personSiteNameProblem, PERSON_BANNED, validId, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number | string }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');

/** One level of regions, fetched when its parent is known ('' = provinces). */
function useAreaList(parent: string, enabled: boolean) {
  const [list, setList] = useState<{ parent: string; areas: Area[] } | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void fetchAreas(parent).then((areas) => { if (live) setList({ parent, areas }); });
    return () => { live = false; };
  }, [parent, enabled]);
  const ready = !!list && list.parent === parent;
  return { ready, options: ready ? list!.areas.map((a) => ({ value: a.code, label: a.name })) : [] };
}

/** 省 / 市 / 区县 as three Fusion Selects, each level fetched after the one before is chosen (codes in the state). */
function Region3(p: { s: S; setMany: (x: S) => void; k: string }) {
  const [pk, ck, dk] = [`${p.k}P`, `${p.k}C`, `${p.k}D`];
  const provinces = useAreaList('', true);
  const cities = useAreaList(str(p.s[pk]), !!p.s[pk]);
  const districts = useAreaList(str(p.s[ck]), !!p.s[ck]);
  const sel = (key: string, cls: string, ph: string, l: ReturnType<typeof useAreaList>, disabled: boolean, patch: (v: string) => S) => (
    <Select className={cls} popupClassName={`${cls}-pop`} style={{ width: 140 }} showSearch placeholder={disabled || l.ready ? ph : '加载中…'} disabled={disabled}
      state={!disabled && !l.ready ? 'loading' : undefined} value={str(p.s[key]) || undefined} dataSource={l.options} onChange={(v) => p.setMany(patch(String(v ?? '')))} />
  );
  return (
    <div className={`region3 ${p.k}-region`}>
      {sel(pk, `${p.k}-province`, '省份', provinces, false, (v) => ({ [pk]: v, [ck]: '', [dk]: '' }))}
      {sel(ck, `${p.k}-city`, '城市', cities, !p.s[pk], (v) => ({ [ck]: v, [dk]: '' }))}
      {sel(dk, `${p.k}-district`, '区县', districts, !p.s[ck], (v) => ({ [dk]: v }))}
    </div>
  );
}

/* ------------------------------------------------------------------ 阿里云: the individual's whole order on one page */

const SECTIONS = [['sec-holder', '一、主办者信息'], ['sec-principal', '二、主体负责人信息'], ['sec-site', '三、网站信息'], ['sec-wp', '四、网站负责人']] as const;

function AliyunApplyPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '个人', {
    certP: '', certC: '', certD: '', certDetail: '', mailAddress: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prTerm: '', prMobile: '', prEmergency: '', prEmail: '',
    siteName: '', domainRows: [''], homeUrl: '', languages: [], remark: '',
    wpSame: false, wpName: '', wpCertNumber: '', wpMobile: '', promise: false, saveClicks: 0, submitClicks: 0,
  }, ({ certP, certC, certD, domainRows, ...r }) => ({
    ...r,
    certRegion: pathOfCode(str(certD) || str(certC) || str(certP)),
    domains: arr<string>(domainRows).map((d) => d.trim()).filter(Boolean),
    prValidTo: r.prTerm === '长期' ? '' : endOfTerm(str(r.prValidFrom), str(r.prTerm)),
  }));
  const e = useErrs();
  const [active, setActive] = useState<string>('sec-holder');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number | string; disabled?: boolean } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const rows = arr<string>(s.domainRows);
  const domains = rows.map((d) => d.trim()).filter((d) => d && !domainRule(d));
  const setRow = (i: number, v: string) => {
    const next = rows.map((x, j) => (j === i ? v : x));
    const ok = next.map((d) => d.trim()).filter(Boolean);
    setMany({ domainRows: next, ...(str(s.homeUrl) && !ok.some((d) => str(s.homeUrl) === d || str(s.homeUrl) === `www.${d}`) ? { homeUrl: '' } : {}) });
  };
  const validTo = s.prTerm === '长期' ? '长期' : endOfTerm(str(s.prValidFrom), str(s.prTerm));
  const remarkRule = (v: string) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : ''; };
  const mailRule = (v: string) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号');
  const go = (id: string) => { setActive(id); document.getElementById(id)?.scrollIntoView({ block: 'start' }); };
  const save = () => { clicks(s, set, 'saveClicks')(); Message.success('草稿已保存'); };
  const submit = () => {
    clicks(s, set, 'submitClicks')();
    if (!s.promise) Message.warning('请先勾选承诺');
    else Message.warning('请完善带 * 的信息');
  };
  const labelCol = { fixedSpan: 8 };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="al-body">
        <div className="card-w">
          <div className="facts-ro"><div><span>主办者性质</span><b>个人</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件号码</span><b>330106199003071236</b></div><div className="help">来自信息校验，不可修改</div></div>
          <div className="help">个人首次备案的全部信息在本页填写，提交后由阿里云初审（约 1 个工作日）。</div>
        </div>
        <div className="nav-layout">
          <Nav className="sec-nav" type="normal" selectedKeys={[active]} onSelect={(keys) => go(String((keys as string[])[0] ?? 'sec-holder'))}>
            {SECTIONS.map(([k, t]) => <Nav.Item key={k}>{t}</Nav.Item>)}
          </Nav>
          <div>
            <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false}>
              <section className="sec" id="sec-holder">
                <h3>一、主办者信息</h3>
                <FormItem label="证件住所" required help="身份证上的住址所在省、市、区县">
                  <Region3 s={s} setMany={setMany} k="cert" />
                </FormItem>
                <FormItem label="详细地址" required {...e.item('certDetail')}>{text('certDetail', 'cert-detail', { width: 440, placeholder: '与身份证上的住址一致' })}</FormItem>
                <FormItem label="通信地址" required {...e.item('mailAddress')} help={e.get('mailAddress') || '省市区 + 街道门牌号，须详细到门牌号'}>
                  <Input.TextArea className="mail-address" style={{ width: 440 }} rows={2} maxLength={200} value={str(s.mailAddress)}
                    onChange={(v) => { set('mailAddress', String(v ?? '')); e.clear('mailAddress'); }}
                    onBlur={(ev) => { const t = String((ev.target as HTMLTextAreaElement).value ?? '').trim(); if (t) e.set('mailAddress', mailRule(t)); }} />
                </FormItem>
                <FormItem label="投资人或主管单位" required help="个人备案填写本人姓名">{text('investor', 'investor', { max: 60 })}</FormItem>
              </section>
              <section className="sec" id="sec-principal">
                <h3>二、主体负责人信息</h3>
                <FormItem label="姓名" required>{text('prName', 'pr-name', { max: 30 })}</FormItem>
                <FormItem label="证件类型" required>
                  <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: 320 }} placeholder="请选择" value={str(s.prCertType) || undefined} dataSource={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v ?? ''))} />
                </FormItem>
                <FormItem label="证件号码" required {...e.item('prCertNumber')}>{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</FormItem>
                <FormItem label="证件有效期起" required>
                  <DatePicker2 className="pr-valid-from" format="YYYY-MM-DD" value={str(s.prValidFrom) || null} onChange={(_d, v) => set('prValidFrom', String(v ?? ''))} />
                </FormItem>
                <FormItem label="有效期限" required help="按证件背面的有效期限选择，截止日期自动计算">
                  <Radio.Group className="pr-term" shape="button" value={str(s.prTerm) || undefined} dataSource={ID_TERMS} onChange={(v) => set('prTerm', String(v))} />
                </FormItem>
                <FormItem label="证件有效期止">
                  <span className="derived pr-valid-to">{validTo || (s.prTerm ? '请先选择起始日期' : '—')}</span>
                </FormItem>
                <FormItem label="手机号码" required {...e.item('prMobile')}>{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</FormItem>
                <FormItem label="应急联系电话" required {...e.item('prEmergency')}>
                  {text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}
                </FormItem>
                <FormItem label="电子邮箱" required {...e.item('prEmail')}>{text('prEmail', 'pr-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</FormItem>
              </section>
              <section className="sec" id="sec-site">
                <h3>三、网站信息</h3>
                <FormItem label="网站名称" required {...e.item('siteName')}>{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</FormItem>
                <FormItem label="网站域名" required help="每行一个已实名认证的域名，不带 www.">
                  <div className="dom-rows">
                    {rows.map((d, i) => (
                      <div className="dom-row" key={i}>
                        <Input className={`domain-${i}`} style={{ width: 260 }} value={d} placeholder="如 example.cn" onChange={(v) => { setRow(i, String(v ?? '')); e.clear(`dom${i}`); }}
                          onBlur={() => { const t = d.trim(); if (t) e.set(`dom${i}`, domainRule(t)); }} />
                        {rows.length > 1 ? <Button text type="primary" className={`del-domain-${i}`} onClick={() => setMany({ domainRows: rows.filter((_, j) => j !== i) })}>删除</Button> : null}
                        {e.get(`dom${i}`) ? <span className="field-err">{e.get(`dom${i}`)}</span> : null}
                      </div>
                    ))}
                    <Button text type="primary" className="add-domain" onClick={() => set('domainRows', [...rows, ''])}>+ 添加域名</Button>
                  </div>
                </FormItem>
                <FormItem label="网站首页URL" required help="由网站域名生成，无需填写 http://">
                  <Select className="home-url" popupClassName="home-url-pop" style={{ width: 320 }} placeholder={domains.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined}
                    dataSource={opts(homeUrlSuggestions(domains))} onChange={(v) => set('homeUrl', String(v ?? ''))} />
                </FormItem>
                <FormItem label="网站服务内容"><span className="derived">其他</span><span className="help" style={{ marginLeft: 8 }}>个人备案固定为“其他”</span></FormItem>
                <FormItem label="网站语言" required>
                  <Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES} onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
                </FormItem>
                <FormItem label="网站备注" required {...e.item('remark')} help={e.get('remark') || '简要说明网站用途；不得含有名称中禁止使用的字样'}>
                  <Input.TextArea className="remark" style={{ width: 440 }} rows={3} maxLength={200} value={str(s.remark)}
                    onChange={(v) => { set('remark', String(v ?? '')); e.clear('remark'); }}
                    onBlur={(ev) => { const t = String((ev.target as HTMLTextAreaElement).value ?? '').trim(); if (t) e.set('remark', remarkRule(t)); }} />
                </FormItem>
              </section>
              <section className="sec" id="sec-wp">
                <h3>四、网站负责人</h3>
                <FormItem label="与主体负责人相同">
                  <Switch className="wp-same" size="small" checked={s.wpSame === true} onChange={(v: boolean) => setMany({ wpSame: !!v, wpName: '', wpCertNumber: '', wpMobile: '' })} />
                </FormItem>
                {s.wpSame === true
                  ? <div className="wp-summary">网站负责人为主体负责人：{str(s.prName) || '（未填写）'} {str(s.prMobile)}</div>
                  : (
                    <>
                      <FormItem label="姓名" required>{text('wpName', 'wp-name', { max: 30 })}</FormItem>
                      <FormItem label="证件号码" required {...e.item('wpCertNumber')}>{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule('') })}</FormItem>
                      <FormItem label="手机号码" required {...e.item('wpMobile')}>{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</FormItem>
                    </>
                  )}
              </section>
            </Form>
            <Checkbox className="promise" checked={s.promise === true} onChange={(v: boolean) => set('promise', !!v)}>本人承诺所填备案信息真实、准确、完整</Checkbox>
            <div className="actions">
              <Button onClick={save}>保存草稿</Button>
              <Button type="primary" onClick={submit}>提交初审</Button>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 百度智能云: 填写网站信息 (个人), a table as the form */

/** The 主体负责人 Baidu holds from 填写主办者信息 (the profile's 张伟), for 同主体负责人. */
const HELD_WP = { wpName: '张伟', wpCertNumber: '330106199003071236', wpMobile: '13800138000', wpEmergency: '13900139000', wpEmail: 'zhangwei@example.com' };
const EMPTY_WP = { wpName: '', wpCertNumber: '', wpMobile: '', wpEmergency: '', wpEmail: '' };

interface FRow { key: string; name: string; req?: boolean; control: ReactNode; note: ReactNode }

function FieldTable(p: { title: string; cls: string; rows: FRow[] }) {
  return (
    <div className={`fgrid ${p.cls}`}>
      <h3>{p.title}</h3>
      <Table dataSource={p.rows} primaryKey="key" hasBorder>
        <Table.Column title="项目" dataIndex="name" width={170} cell={(_v: unknown, _i: number, r: FRow) => <span className={`f-name f-${r.key}`}>{r.req ? <i>*</i> : null}{r.name}</span>} />
        <Table.Column title="内容" dataIndex="control" cell={(_v: unknown, _i: number, r: FRow) => r.control} />
        <Table.Column title="说明" dataIndex="note" width={260} cell={(_v: unknown, _i: number, r: FRow) => <span className="help">{r.note}</span>} />
      </Table>
    </div>
  );
}

function BaiduSitePerson() {
  const { s, set, setMany } = useReplicaState('baidu', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '', preItems: [], remark: '',
    wpSource: '', ...EMPTY_WP, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const copied = s.wpSource === '同主体负责人';
  const domains = arr<string>(s.domains);
  const err = (k: string) => (e.get(k) ? <div className="field-err">{e.get(k)}</div> : null);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; lock?: boolean } = {}) => (
    <div className={`ctl ctl-${k}`}><Text s={s} set={set} e={e} k={k} cls={cls} disabled={o.lock && copied} {...o} />{err(k)}</div>
  );
  const setDomains = (v: unknown) => {
    const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
    const bad = list.find((x) => domainRule(x));
    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    const ok = list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i);
    setMany({ domains: ok, ...(str(s.homeUrl) && !ok.some((d) => str(s.homeUrl) === d || str(s.homeUrl).endsWith(`.${d}`)) ? { homeUrl: '' } : {}) });
  };
  const homeRule = (v: string) => (/^https?:/i.test(v) ? '网站首页无需填写 http://' : domains.some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '网站首页须属于已填写的网站域名');
  const site: FRow[] = [
    { key: 'name', name: '网站名称', req: true, note: '不少于 3 个汉字；个人网站名称不得含有企业、科技、平台等字样', control: text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem }) },
    { key: 'domains', name: '网站域名', req: true, note: '输入已实名认证的域名后回车，可填写多个，不带 www.', control: (
      <div className="ctl"><Select className="domains" popupClassName="domains-pop" mode="tag" style={{ width: 320 }} hasClear placeholder="如 example.cn" value={domains} dataSource={[]} onChange={setDomains} />{err('domains')}</div>
    ) },
    { key: 'home', name: '网站首页', req: true, note: '根据网站域名自动提示，无需填写 http://', control: (
      <div className="ctl">
        <Select.AutoComplete className="home-url" popupClassName="home-url-pop" style={{ width: 320 }} placeholder="如 www.example.cn" value={str(s.homeUrl)} dataSource={homeUrlSuggestions(domains)}
          onChange={(v) => { set('homeUrl', String(v ?? '')); e.clear('homeUrl'); }}
          onBlur={() => { const t = str(s.homeUrl).trim(); if (t) e.set('homeUrl', homeRule(t)); }} />
        {err('homeUrl')}
      </div>
    ) },
    { key: 'content', name: '网站服务内容', req: true, note: '按网站实际提供的服务选择', control: (
      <Select className="content" popupClassName="content-pop" style={{ width: 320 }} showSearch placeholder="请选择" value={str(s.content) || undefined} dataSource={opts(ICP_CONTENT)} onChange={(v) => set('content', String(v ?? ''))} />
    ) },
    { key: 'languages', name: '网站语言', req: true, note: '可多选', control: (
      <Select className="languages" popupClassName="languages-pop" mode="multiple" style={{ width: 320 }} placeholder="请选择" value={arr<string>(s.languages)} dataSource={opts(ICP_LANGUAGES)}
        onChange={(v) => set('languages', ICP_LANGUAGES.filter((l) => arr<string>(v).includes(l)))} />
    ) },
    { key: 'pre', name: '是否涉及前置审批', req: true, note: '涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化等内容须取得前置审批', control: (
      <div>
        <Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} dataSource={['是', '否']} onChange={(v) => setMany({ preApproval: String(v), preItems: [] })} />
        {s.preApproval === '是' ? <div style={{ marginTop: 8 }}><Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} dataSource={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', arr<string>(v))} /></div> : null}
      </div>
    ) },
    { key: 'remark', name: '网站备注', req: true, note: '简要描述网站用途与内容', control: (
      <Input.TextArea className="remark" style={{ width: 420 }} rows={3} maxLength={200} value={str(s.remark)} onChange={(v) => set('remark', String(v ?? ''))} />
    ) },
  ];
  const wp: FRow[] = [
    { key: 'source', name: '负责人来源', req: true, note: '个人备案的网站负责人一般为主办者本人', control: (
      <Select className="wp-source" popupClassName="wp-source-pop" style={{ width: 220 }} placeholder="请选择" value={str(s.wpSource) || undefined} dataSource={opts(['同主体负责人', '其他人员'])}
        onChange={(v) => setMany({ wpSource: String(v ?? ''), ...(v === '同主体负责人' ? HELD_WP : EMPTY_WP) })} />
    ) },
    { key: 'wpName', name: '负责人姓名', req: true, note: '', control: text('wpName', 'wp-name', { max: 30, lock: true }) },
    { key: 'wpNo', name: '证件号码', req: true, note: '居民身份证号码', control: text('wpCertNumber', 'wp-cert-number', { max: 18, lock: true, blur: idRule('') }) },
    { key: 'wpMobile', name: '手机号码', req: true, note: '', control: text('wpMobile', 'wp-mobile', { max: 11, lock: true, blur: mobileRule }) },
    { key: 'wpEmg', name: '应急联系人手机号码', req: true, note: '不能与手机号码相同', control: text('wpEmergency', 'wp-emergency', { max: 11, lock: true, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系人手机号码不能与手机号码相同' : '') }) },
    { key: 'wpEmail', name: '电子邮箱', req: true, note: '', control: text('wpEmail', 'wp-email', { lock: true, blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') }) },
  ];
  const save = () => {
    clicks(s, set, 'saveClicks')();
    if (s.siteName && domains.length && s.homeUrl && s.content && arr(s.languages).length && s.preApproval && s.wpName) Message.success('已保存');
    else Message.warning('请完善带 * 的信息');
  };
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>控制台</span><span>ICP备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="bd-side" aria-label="ICP备案"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案操作码</a><a>备案帮助</a></nav>
      <div className="bd-main"><div className="bd-body">
        <h2 className="page-title">首次备案 · 填写网站信息</h2>
        <div className="card-w">
          <Step current={2} shape="circle" readOnly>{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <FieldTable title="网站基本信息" cls="t-site" rows={site} />
        <FieldTable title="网站负责人信息" cls="t-wp" rows={wp} />
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout23-aliyun-apply-person-fusion-navsections': AliyunApplyPerson,
  'heldout23-baidu-site-person-fusion-fieldgrid': BaiduSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
