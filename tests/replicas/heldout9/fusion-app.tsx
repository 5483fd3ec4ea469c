/**
 * Gen-9 held-out builds on React 18 + Fusion Next 1.27 (written from FORMS.md alone, never tuned against):
 *  - heldout9-aliyun-site-unit-fusion-second  填写网站信息 (单位): two sites listed, the first saved and collapsed, the
 *    second's form open; repeatable domain rows, a derived home URL, 涉及前置审批 as one checkbox, 证件有效期 as a start
 *    date + a 有效期限 select (5年 / 10年 / 20年 / 长期)
 *  - heldout9-mps-site-person-fusion-rowspan  网站基本信息 (个人): one bordered table with rowspan section cells, 年/月/日
 *    number inputs, async CascaderSelects, remote-search provider names
 */
import { Button, Card, CascaderSelect, Checkbox, ConfigProvider, DatePicker, Form, Input, NumberPicker, Radio, Select, Step } from '@alifd/next';
import moment from 'moment';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, MPS_ACCESS_METHODS,
  MPS_CATEGORIES, MPS_LANGUAGES, plusYears, searchProviders, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const STEPS = ['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交审核'];

/** A blur check per key: `msg(k)` is the message to show under the control. */
function useBlur() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    msg: (k: string) => errs[k] ?? '',
    /** typing clears the key's message (so a later blur does not move the layout under a click) */
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    check: (k: string, ok: boolean, m: string) => setErrs((e) => ({ ...e, [k]: ok ? '' : m })),
  };
}
const Err = ({ text }: { text: string }) => (text ? <div className="err">{text}</div> : null);

/* ------------------------------------------------------------------ 1. aliyun 填写网站信息 (单位), the second site */

const SPANS = ['5年', '10年', '20年', '长期'];

function AliyunSite() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    savedSites: ['云栖开发者社区'], siteName: '', domainRows: [''], homeUrl: '', serviceType: '网站应用服务', contentTypes: [], languages: [],
    preApproval: false, preItems: [], preNumber: '', serviceCode: '', wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '',
    wpValidSpan: '', wpMobile: '', wpEmergency: '', wpLandline: '', wpEmail: '', remark: '', saveClicks: 0, prevClicks: 0, nextClicks: 0,
  }, ({ domainRows, ...rest }) => ({
    ...rest,
    domains: arr(domainRows).map((d) => d.trim()).filter(Boolean),
    wpValidTo: rest.wpValidSpan === '长期' ? '' : plusYears(str(rest.wpValidFrom), parseInt(str(rest.wpValidSpan), 10) || 0),
  }));
  const { msg, check, clear } = useBlur();
  const rows = arr<string>(s.domainRows);
  const setRows = (next: string[]) => {
    const first = (next[0] ?? '').trim();
    setMany({ domainRows: next, homeUrl: first ? `www.${first}` : '' });
  };
  const locked = s.wpSame === true;
  const P = HELD_PRINCIPAL.单位;
  const end = s.wpValidSpan === '长期' ? '长期有效' : plusYears(str(s.wpValidFrom), parseInt(str(s.wpValidSpan), 10) || 0);
  const item = (label: string, node: ReactNode, o: { required?: boolean; help?: string; cls?: string } = {}) => (
    <div className={o.cls}><Form.Item label={label} required={o.required !== false} help={o.help}>{node}</Form.Item></div>
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <div className="al-body">
        <Step current={2} shape="circle" style={{ marginBottom: 16 }}>{STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step>
        <div className="site-card saved-site">
          <div className="head"><span>网站 1：云栖开发者社区</span><span className="ops"><a href="#">编辑</a><a href="#">删除</a></span></div>
          <div className="site-summary">域名 yunqi-dev.cn ｜ 服务内容 网络软件/下载 ｜ 网站负责人 王强 ｜ 状态 已保存</div>
        </div>
        <div className="site-card open-site">
          <div className="head"><span>网站 2</span><span className="ops" style={{ color: '#ff6a00' }}>填写中</span></div>
          <div className="body">
            <Form labelAlign="top" className="grid3">
              {item('网站名称', <Input value={str(s.siteName)} onChange={(v) => set('siteName', v)} placeholder="须与网站内容相符，不少于 3 个汉字" />)}
              {item('服务类型', <Select style={{ width: '100%' }} value={str(s.serviceType)} dataSource={['网站应用服务', 'APP应用服务']} onChange={(v) => set('serviceType', v)} />)}
              {item('网站服务内容', (
                <Select mode="multiple" style={{ width: '100%' }} value={arr<string>(s.contentTypes)} dataSource={ICP_CONTENT} placeholder="可多选" onChange={(v) => set('contentTypes', v)} showSearch />
              ))}
              {item('网站域名', (
                <div className="domain-rows">
                  {rows.map((d, i) => (
                    <div className="domain-row" key={i}>
                      <Input value={d} placeholder={i === 0 ? '主域名，如 example.com' : '其他域名'} onChange={(v) => setRows(rows.map((x, j) => (j === i ? String(v) : x)))} />
                      {i > 0 && <Button text type="primary" onClick={() => setRows(rows.filter((_x, j) => j !== i))}>删除</Button>}
                    </div>
                  ))}
                  <Button size="small" onClick={() => setRows([...rows, ''])}>+ 添加域名</Button>
                </div>
              ), { help: '不含 www. 和 http://；首个域名作为首页网址', cls: '' })}
              {item('首页网址', <Input value={str(s.homeUrl)} readOnly disabled placeholder="根据首个域名自动生成" />, { help: '自动生成，不可修改' })}
              {item('备案服务号', <Input value={str(s.serviceCode)} onChange={(v) => set('serviceCode', v)} placeholder="该网站使用的云资源对应的备案服务号" />)}
              {item('网站语言', <Checkbox.Group value={arr(s.languages)} dataSource={ICP_LANGUAGES} onChange={(v) => set('languages', v)} />, { cls: 'span3' })}
              <div className="span3">
                <Form.Item label=" ">
                  <Checkbox checked={s.preApproval === true} onChange={(c) => setMany(c ? { preApproval: true } : { preApproval: false, preItems: [], preNumber: '' })}>涉及前置审批</Checkbox>
                  <span className="help" style={{ marginLeft: 8 }}>网站内容涉及新闻、出版、教育、医疗保健等须取得主管部门前置审批</span>
                </Form.Item>
              </div>
              {s.preApproval === true && item('前置审批项', <Checkbox.Group value={arr(s.preItems)} dataSource={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v)} />, { cls: 'span2' })}
              {s.preApproval === true && item('审批文号', <Input value={str(s.preNumber)} onChange={(v) => set('preNumber', v)} />)}
            </Form>
            <div className="sec-head" style={{ marginTop: 8 }}>网站负责人</div>
            <Form labelAlign="top" className="grid3">
              <div className="span3">
                <Form.Item label=" ">
                  <Checkbox checked={locked} onChange={(c) => setMany(c ? {
                    wpSame: true, wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidFrom: P.validFrom, wpValidSpan: P.longTerm ? '长期' : '',
                    wpMobile: P.mobile, wpEmail: P.email,
                  } : { wpSame: false })}>同主体负责人</Checkbox>
                </Form.Item>
              </div>
              {item('网站负责人姓名', <Input value={str(s.wpName)} disabled={locked} onChange={(v) => set('wpName', v)} />)}
              {item('证件类型', <Select style={{ width: '100%' }} value={str(s.wpCertType) || undefined} disabled={locked} placeholder="请选择" dataSource={ICP_PERSON_CERTS} onChange={(v) => set('wpCertType', v)} />)}
              {item('证件号码', (
                <>
                  <Input value={str(s.wpCertNumber)} disabled={locked} maxLength={18} onChange={(v) => { set('wpCertNumber', v); clear('wpCertNumber'); }}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpCertNumber', s.wpCertType !== '居民身份证' || validId(e.target.value), '身份证号码校验不通过')} />
                  <Err text={msg('wpCertNumber')} />
                </>
              ))}
              {item('证件有效期起始日', (
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabled={locked} value={str(s.wpValidFrom) || null}
                  onChange={(v) => set('wpValidFrom', v ? moment(v).format('YYYY-MM-DD') : '')} />
              ))}
              {item('有效期限', (
                <>
                  <Select style={{ width: '100%' }} value={str(s.wpValidSpan) || undefined} disabled={locked} placeholder="请选择" dataSource={SPANS} onChange={(v) => set('wpValidSpan', v)} />
                  <div className="help valid-end">{end ? `有效期至：${end}` : '选择起始日和有效期限后自动计算截止日'}</div>
                </>
              ))}
              {item('办公室电话', <Input value={str(s.wpLandline)} onChange={(v) => set('wpLandline', v)} placeholder="区号-号码" />)}
              {item('手机号码', (
                <>
                  <Input value={str(s.wpMobile)} disabled={locked} maxLength={11} onChange={(v) => { set('wpMobile', v); clear('wpMobile'); }}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpMobile', MOBILE_RE.test(e.target.value), '手机号码格式不正确')} />
                  <Err text={msg('wpMobile')} />
                </>
              ))}
              {item('应急联系电话', (
                <>
                  <Input value={str(s.wpEmergency)} maxLength={11} onChange={(v) => { set('wpEmergency', v); clear('wpEmergency'); }}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpEmergency', MOBILE_RE.test(e.target.value) && e.target.value !== s.wpMobile, '须为手机号码，且不能与手机号码相同')} />
                  <Err text={msg('wpEmergency')} />
                </>
              ))}
              {item('电子邮箱', (
                <>
                  <Input value={str(s.wpEmail)} disabled={locked} onChange={(v) => { set('wpEmail', v); clear('wpEmail'); }}
                    onBlur={(e: React.FocusEvent<HTMLInputElement>) => e.target.value && check('wpEmail', EMAIL_RE.test(e.target.value), '邮箱格式不正确')} />
                  <Err text={msg('wpEmail')} />
                </>
              ))}
              {item('网站备注（选填）', <Input.TextArea value={str(s.remark)} onChange={(v) => set('remark', v)} rows={2} />, { required: false, cls: 'span3' })}
            </Form>
            <div className="al-actions"><Button type="secondary" onClick={clicks(s, set, 'saveClicks')}>保存网站</Button></div>
          </div>
        </div>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 网站基本信息 (个人) as one rowspan table */

interface RNode { value: string; label: string; isLeaf?: boolean; children?: RNode[] }
const insert = (nodes: RNode[], code: string, children: RNode[]): RNode[] =>
  nodes.map((n) => (n.value === code ? { ...n, children } : n.children ? { ...n, children: insert(n.children, code, children) } : n));
const toNodes = (l: { code: string; name: string; leaf: boolean }[]): RNode[] => l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }));

/** 所属区域: a CascaderSelect whose levels load asynchronously; the state keeps the names path. */
function Region(p: { s: S; set: Setter; k: string; cls: string }) {
  const [tree, setTree] = useState<RNode[]>([]);
  const [code, setCode] = useState<string | undefined>();
  useEffect(() => { void fetchAreas('').then((l) => setTree(toNodes(l))); }, []);
  return (
    <CascaderSelect
      className={p.cls}
      style={{ width: 320 }}
      dataSource={tree as never}
      value={code}
      placeholder="请选择省 / 市 / 区县"
      loadData={(data: { value: string }) => fetchAreas(data.value).then((l) => setTree((t) => insert(t, data.value, toNodes(l))))}
      onChange={(v, _d, extra) => {
        setCode(typeof v === 'string' ? v : undefined);
        p.set(p.k, ((extra as { selectedPath?: { label: unknown }[] } | undefined)?.selectedPath ?? []).map((x) => String(x.label)));
      }}
    />
  );
}

/** 名称: type to search the platform's provider list (answered after a delay). */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [opts, setOpts] = useState<string[]>([]);
  const seq = useRef(0);
  const v = str(p.s[p.k]);
  return (
    <Select
      className={p.cls}
      style={{ width: 320 }}
      showSearch
      filterLocal={false}
      hasClear
      value={v || undefined}
      placeholder="输入关键字查询服务商"
      notFoundContent="输入关键字后查询"
      dataSource={v && !opts.includes(v) ? [v, ...opts] : opts}
      onSearch={(q: string) => {
        const n = ++seq.current;
        void searchProviders(q).then((l) => { if (n === seq.current) setOpts(l); });
      }}
      onChange={(x) => p.set(p.k, typeof x === 'string' ? x : '')}
    />
  );
}

const IPV4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{5,8}|400-?\d{3}-?\d{4})$/;

function MpsSite() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '个人', {
    siteName: '', hasIcp: '是', icpNumber: '', openedYear: null, openedMonth: null, openedDay: null, mainDomain: '', otherDomains: '', ip: '',
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apCode: '', apPhone: '',
    rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', category: '', dangerous: '', preApproval: '', preItems: [], languages: [], prevClicks: 0, draftClicks: 0, nextClicks: 0,
  }, (x) => {
    const [y, m, d] = [x.openedYear, x.openedMonth, x.openedDay].map((n) => (typeof n === 'number' ? n : NaN));
    const dt = new Date(Date.UTC(y!, m! - 1, d!));
    const ok = [y, m, d].every((n) => Number.isFinite(n)) && dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === d;
    return { ...x, openedAt: ok ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : '' };
  });
  const { msg, check, clear } = useBlur();
  const td = (label: string, node: ReactNode, required = true) => (
    <>
      <td className="lbl">{required && <span className="star">*</span>}{label}</td>
      <td className="ctl">{node}</td>
    </>
  );
  const yesNo = (k: string, extra: S = {}) => (
    <Radio.Group value={str(s[k]) || undefined} dataSource={['是', '否']} onChange={(v) => setMany(v === '否' ? { [k]: v, ...extra } : { [k]: v })} />
  );
  const text = (k: string, placeholder = '', o: { width?: number; blur?: (v: string) => string } = {}) => (
    <>
      <Input style={{ width: o.width ?? 320 }} value={str(s[k])} placeholder={placeholder} onChange={(v) => { set(k, v); clear(k); }}
        onBlur={(e: React.FocusEvent<HTMLInputElement>) => { if (o.blur && e.target.value) { const m = o.blur(e.target.value.trim()); check(k, !m, m); } }} />
      <Err text={msg(k)} />
    </>
  );
  const num = (k: string, unit: string, min: number, max: number, width: number) => (
    <span className="row-inline" style={{ display: 'inline-flex' }}>
      <NumberPicker className={`ymd-${unit}`} style={{ width }} min={min} max={max} value={typeof s[k] === 'number' ? (s[k] as number) : undefined}
        onChange={(v) => set(k, typeof v === 'number' ? v : null)} />
      <span>{unit}</span>
    </span>
  );
  const jurisdiction = (k: string) => <Radio.Group value={str(s[k]) || undefined} dataSource={['境内', '境外']} onChange={(v) => set(k, v)} />;
  const phoneCheck = (v: string) => (PHONE.test(v) ? '' : '电话号码格式不正确');
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
      <div className="mps-body">
        <Step current={1} style={{ marginBottom: 18 }}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        <Card free className="box"><Card.Content>
          <table className="rs">
            <tbody>
              <tr><th className="sec" rowSpan={7}>网站信息</th>{td('网站名称', text('siteName', '须与 ICP 备案的网站名称一致'))}</tr>
              <tr>{td('是否有工信部备案号？', yesNo('hasIcp', { icpNumber: '' }))}</tr>
              {s.hasIcp === '是'
                ? <tr>{td('工信部备案号', text('icpNumber', '如 浙ICP备12345678号-1', { blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式不正确') }))}</tr>
                : <tr>{td('工信部备案号', <span className="help">无工信部备案号的网站不能办理联网备案</span>, false)}</tr>}
              <tr>{td('网站开通日期', (
                <div className="row-inline opened-at">
                  {num('openedYear', '年', 1990, 2100, 110)}{num('openedMonth', '月', 1, 12, 80)}{num('openedDay', '日', 1, 31, 80)}
                  <span className="help" style={{ width: 'auto' }}>须在开通之日起 30 日内办理</span>
                </div>
              ))}</tr>
              <tr>{td('主域名', text('mainDomain', '如 example.com', { blur: (v) => (/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) && !/^www\./i.test(v) ? '' : '请填写一级域名，不含 www.') }))}</tr>
              <tr>{td('从域名（选填）', text('otherDomains', '多个以英文逗号分隔'), false)}</tr>
              <tr>{td('网站IP', text('ip', '域名实际解析的 IP', { blur: (v) => (IPV4.test(v) ? '' : 'IP 地址格式不正确') }))}</tr>

              <tr><th className="sec" rowSpan={6}>网络接入服务商</th>{td('所属地区管辖', jurisdiction('apJurisdiction'))}</tr>
              <tr>{td('所属区域', <Region s={s} set={set} k="apRegion" cls="ap-region" />)}</tr>
              <tr>{td('名称', <ProviderName s={s} set={set} k="apName" cls="ap-name" />)}</tr>
              <tr>{td('网站接入方式', <Select style={{ width: 320 }} value={str(s.apMethod) || undefined} placeholder="请选择" dataSource={MPS_ACCESS_METHODS} onChange={(v) => set('apMethod', v)} />)}</tr>
              <tr>{td('接入商编码', text('apCode', '组织机构代码（统一社会信用代码第 9–17 位）'))}</tr>
              <tr>{td('电话', text('apPhone', '服务商联系电话', { blur: phoneCheck }))}</tr>

              <tr><th className="sec" rowSpan={4}>域名注册服务商</th>{td('所属地区管辖', jurisdiction('rgJurisdiction'))}</tr>
              <tr>{td('所属区域', <Region s={s} set={set} k="rgRegion" cls="rg-region" />)}</tr>
              <tr>{td('名称', <ProviderName s={s} set={set} k="rgName" cls="rg-name" />)}</tr>
              <tr>{td('电话', text('rgPhone', '服务商联系电话', { blur: phoneCheck }))}</tr>

              <tr><th className="sec" rowSpan={s.preApproval === '是' ? 6 : 5}>服务信息</th>{td('是否提供互联网交互服务？', yesNo('interactive'))}</tr>
              <tr>{td('网站类型', (
                <Select style={{ width: 320 }} value={str(s.category) || undefined} placeholder="请选择" onChange={(v) => set('category', v)}
                  dataSource={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} />
              ))}</tr>
              <tr>{td('是否提供涉及管制物品信息发布服务？', yesNo('dangerous'))}</tr>
              <tr>{td('是否有相关前置许可？', yesNo('preApproval', { preItems: [] }))}</tr>
              {s.preApproval === '是' && <tr>{td('前置许可类型', <Checkbox.Group value={arr(s.preItems)} dataSource={['新闻', '出版', '教育', '运动保健', '医疗保健', '其他']} onChange={(v) => set('preItems', v)} />)}</tr>}
              <tr>{td('网站语种', <Checkbox.Group value={arr(s.languages)} dataSource={MPS_LANGUAGES} onChange={(v) => set('languages', v)} />)}</tr>
            </tbody>
          </table>
        </Card.Content></Card>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout9-aliyun-site-unit-fusion-second': () => <AliyunSite />,
  'heldout9-mps-site-person-fusion-rowspan': () => <MpsSite />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(<ConfigProvider>{render()}</ConfigProvider>);
