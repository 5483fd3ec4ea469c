/**
 * Gen-30 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout30-aliyun-subject-person-antd-descedit   填写主办者信息 (个人, 阿里云) as an EDITABLE DESCRIPTIONS list (bordered,
 *    two columns, controls in the cells); a whole-tree Cascader, a RANGEPICKER validity, a Select, blur checks
 *  - heldout30-aliyun-site-person-antd-innertabs     填写网站信息 (个人, 阿里云) in CARD TABS (all panes rendered): a TAGS
 *    Select of domains, an AUTOCOMPLETE home URL, a CHECKBOX group of languages, a SWITCH 前置审批, a consent tick
 *  - heldout30-mps-apply-unit-antd-rowcards          新办网站申请 (单位, 公安) as a stack of small cards with inline grids: radios,
 *    a TAGS Select of IPs, a Select of 网站类型, a SWITCH revealing a checkbox group, an AUTOCOMPLETE answered late
 *  - heldout30-tencent-site-person-antd-listcards    填写网站信息 (个人, 腾讯云) as a left list of sections and one card at a time
 *    (the others kept mounted, hidden); a TAGS Select, a Select, a MULTIPLE Select, a textarea, a DatePicker pair
 */
import { AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Input, Radio, Select, Switch, Tabs } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, INTERACTIVE_KINDS, MOBILE_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES,
  MPS_LANGUAGES, pathOfCode, regionOptions, searchProviders, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const D = (v: string) => (v ? dayjs(v, 'YYYY-MM-DD') : null);

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; w?: number; area?: boolean }) {
  const [err, setErr] = useState('');
  const C = p.area ? Input.TextArea : Input;
  return (
    <span style={{ display: 'inline-block' }}>
      <C className={p.cls} style={{ width: p.w ?? 260 }} value={str(p.s[p.k])} placeholder="请输入" status={err ? 'error' : undefined}
        onChange={(ev: { target: { value: string } }) => { p.set(p.k, ev.target.value); setErr(''); }}
        onBlur={(ev: { target: { value: string } }) => { const v = ev.target.value.trim(); if (v && p.rule) setErr(p.rule(v)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </span>
  );
}
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');

interface RegionNode { value: string; label: string; children?: RegionNode[] }
function codePath(tree: RegionNode[], code: string): string[] {
  for (const p of tree) {
    if (p.value === code) return [p.value];
    const sub = codePath(p.children ?? [], code);
    if (sub.length) return [p.value, ...sub];
  }
  return [];
}

/* ------------------------------------------------------------------ 主办者 (个人, 阿里云), editable descriptions */

function AliyunSubjectPerson() {
  const { s, set } = useReplicaState('aliyun', 'subject', '个人', {
    mailCode: '', mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [], prMobile: '', prEmergency: '', prOffice: '', prEmail: '', agree: false, nextClicks: 0,
  }, ({ mailCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailCode)) }));
  const tree = useMemo(() => regionOptions() as RegionNode[], []);
  const v = arr<string>(s.prValidity);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="al-body">
        <h2 className="page-title">第二步 · 主办者信息（个人）</h2>
        <div className="card-w desc-edit">
          <Descriptions bordered column={2} size="small" title="主办者联系信息" items={[
            { key: 'r', label: '通信地址（省市区）', children: <Cascader className="mail-region" style={{ width: 260 }} options={tree} showSearch classNames={{ popup: { root: 'mail-region-pop' } }}
              value={s.mailCode ? codePath(tree, str(s.mailCode)) : undefined} onChange={(x) => { const l = arr<string>(x); set('mailCode', l.length === 3 ? l[2]! : ''); }} placeholder="请选择" /> },
            { key: 'd', label: '通信地址（详细）', children: <T s={s} set={set} k="mailDetail" cls="mail-detail" /> },
            { key: 'i', label: '投资者或上级主管单位', children: <T s={s} set={set} k="investor" cls="investor" /> },
            { key: 'n', label: '主体负责人姓名', children: <T s={s} set={set} k="prName" cls="pr-name" /> },
          ]} />
          <Descriptions bordered column={2} size="small" title="负责人证件与联系方式" style={{ marginTop: 16 }} items={[
            { key: 't', label: '证件类型', children: <Select className="pr-cert-type" style={{ width: 260 }} value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} placeholder="请选择"
              classNames={{ popup: { root: 'pr-cert-type-pop' } }} onChange={(x) => set('prCertType', x)} /> },
            { key: 'c', label: '证件号码', children: <T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={idRule} /> },
            { key: 'v', label: '证件有效期', children: <DatePicker.RangePicker className="pr-validity" format="YYYY-MM-DD" value={v.length === 2 ? [D(v[0]!), D(v[1]!)] : null}
              onChange={(x) => set('prValidity', x && x[0] && x[1] ? [x[0].format('YYYY-MM-DD'), x[1].format('YYYY-MM-DD')] : [])} /> },
            { key: 'm', label: '移动电话', children: <T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /> },
            { key: 'e', label: '应急电话号码', children: <T s={s} set={set} k="prEmergency" cls="pr-emergency" rule={(x) => mobile(x) || (x === s.prMobile ? '应急电话不能与移动电话相同' : '')} /> },
            { key: 'o', label: '办公室电话', children: <T s={s} set={set} k="prOffice" cls="pr-office" /> },
            { key: 'em', label: '电子邮件', children: <T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /> },
          ]} />
          <div style={{ marginTop: 12 }}><Checkbox className="agree" checked={!!s.agree} onChange={(e) => set('agree', e.target.checked)}>本人承诺所填信息真实有效</Checkbox></div>
        </div>
        <div className="actions"><Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button></div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站 (个人, 阿里云), card tabs */

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false, remark: '', wpName: '', wpCertNumber: '', wpMobile: '', wpEmail: '', naming: false, saveClicks: 0,
  });
  const [domErr, setDomErr] = useState('');
  const site = (
    <div className="grid2">
      <label>网站名称</label><T s={s} set={set} k="siteName" cls="site-name" w={320} />
      <label>网站域名</label>
      <div>
        <Select className="domains" mode="tags" style={{ width: 320 }} value={arr<string>(s.domains)} placeholder="输入域名后回车" classNames={{ popup: { root: 'domains-pop' } }}
          onChange={(l: string[]) => { const bad = l.find((x) => !DOMAIN_RE.test(x)); setDomErr(bad ? `${bad}：请填写不带 www. 的域名` : ''); setMany({ domains: l.filter((x) => DOMAIN_RE.test(x)) }); }} />
        {domErr ? <div className="field-err">{domErr}</div> : null}
      </div>
      <label>网站首页地址</label>
      <AutoComplete className="home-url" style={{ width: 320 }} value={str(s.homeUrl)} options={homeUrlSuggestions(arr<string>(s.domains)).map((value) => ({ value }))}
        classNames={{ popup: { root: 'home-url-pop' } }} onChange={(x) => set('homeUrl', String(x ?? ''))} placeholder="如 www.example.cn" />
      <label>网站语言</label>
      <Checkbox.Group className="languages" options={ICP_LANGUAGES.slice(0, 12)} value={arr<string>(s.languages)} onChange={(x) => set('languages', x.map(String))} />
      <label>涉及前置审批</label><Switch className="pre-approval" checked={!!s.preApproval} onChange={(x) => set('preApproval', x)} />
      <label>网站备注</label><T s={s} set={set} k="remark" cls="remark" area w={420} />
    </div>
  );
  const wp = (
    <div className="grid2">
      <label>负责人姓名</label><T s={s} set={set} k="wpName" cls="wp-name" />
      <label>身份证号码</label><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" rule={idRule} />
      <label>手机号码</label><T s={s} set={set} k="wpMobile" cls="wp-mobile" rule={mobile} />
      <label>电子邮箱</label><T s={s} set={set} k="wpEmail" cls="wp-email" rule={email} />
    </div>
  );
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="al-body">
        <h2 className="page-title">第三步 · 网站信息</h2>
        <Tabs className="site-tabs" type="card" items={[
          { key: 'a', label: '网站基本情况', children: site, forceRender: true },
          { key: 'b', label: '网站负责人', children: wp, forceRender: true },
        ]} />
        <Checkbox className="naming" checked={!!s.naming} onChange={(e) => set('naming', e.target.checked)}>我已阅读《网站名称命名规范》</Checkbox>
        <div className="actions"><Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button></div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 新办网站申请 (单位, 公安), row cards */

function MpsApplyUnit() {
  const { s, set } = useReplicaState('mps', 'apply', '单位', {
    genAI: '', siteName: '', icpNumber: '', mainDomain: '', ips: [], category: '', interactive: false, interactiveKinds: [], languages: [], apName: '', apMethod: '', apPhone: '', notice: false, submitClicks: 0,
  });
  const [found, setFound] = useState<string[]>([]);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body rowcards">
        <Card size="small" title="开办主体" className="rc">
          <div className="grid2"><label>是否利用生成式人工智能</label>
            <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={['是', '否']} onChange={(e) => set('genAI', e.target.value)} /></div>
        </Card>
        <Card size="small" title="网站基本信息" className="rc">
          <div className="grid4">
            <label>网站名称</label><T s={s} set={set} k="siteName" cls="site-name" w={220} />
            <label>ICP备案号</label><T s={s} set={set} k="icpNumber" cls="icp-number" w={220} rule={(v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1')} />
            <label>网站主域名</label><T s={s} set={set} k="mainDomain" cls="main-domain" w={220} rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的域名')} />
            <label>网站IP地址</label>
            <Select className="ips" mode="tags" style={{ width: 220 }} value={arr<string>(s.ips)} placeholder="回车添加" classNames={{ popup: { root: 'ips-pop' } }} onChange={(l: string[]) => set('ips', l)} />
            <label>网站类别</label>
            <Select className="category" style={{ width: 220 }} value={str(s.category) || undefined} placeholder="请选择" classNames={{ popup: { root: 'category-pop' } }}
              options={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(x) => set('category', x)} />
            <label>交互式服务</label><Switch className="interactive" checked={!!s.interactive} onChange={(x) => { set('interactive', x); if (!x) set('interactiveKinds', []); }} />
          </div>
          {s.interactive ? <div className="grid2"><label>交互服务类型</label>
            <Checkbox.Group className="interactive-kinds" options={INTERACTIVE_KINDS} value={arr<string>(s.interactiveKinds)} onChange={(x) => set('interactiveKinds', x.map(String))} /></div> : null}
          <div className="grid2"><label>网站语种</label>
            <Checkbox.Group className="languages" options={MPS_LANGUAGES} value={arr<string>(s.languages)} onChange={(x) => set('languages', x.map(String))} /></div>
        </Card>
        <Card size="small" title="网络接入服务商" className="rc">
          <div className="grid4">
            <label>接入服务商名称</label>
            <AutoComplete className="ap-name" style={{ width: 260 }} value={str(s.apName)} options={found.map((value) => ({ value }))} classNames={{ popup: { root: 'ap-name-pop' } }}
              onSearch={(q) => { void searchProviders(q, 300).then(setFound); }} onChange={(x) => set('apName', String(x ?? ''))} placeholder="输入关键字查询" />
            <label>接入方式</label>
            <Select className="ap-method" style={{ width: 220 }} value={str(s.apMethod) || undefined} options={opts(MPS_ACCESS_METHODS)} placeholder="请选择" classNames={{ popup: { root: 'ap-method-pop' } }}
              onChange={(x) => set('apMethod', x)} />
            <label>服务商联系电话</label><T s={s} set={set} k="apPhone" cls="ap-phone" w={220} />
          </div>
        </Card>
        <Checkbox className="notice" checked={!!s.notice} onChange={(e) => set('notice', e.target.checked)}>已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        <div className="actions"><Button type="primary" onClick={clicks(s, set, 'submitClicks')}>提交申请</Button></div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 网站 (个人, 腾讯云), list + cards */

function TencentSitePerson() {
  const { s, set } = useReplicaState('tencent', 'site', '个人', {
    siteName: '', domains: [], content: '', languages: [], remark: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', nextClicks: 0,
  });
  const [sec, setSec] = useState(0);
  useEffect(() => { document.title = document.title || '网站备案'; }, []);
  const cards = [
    ['网站信息', (
      <div className="grid2" key="a">
        <label>网站名称</label><T s={s} set={set} k="siteName" cls="site-name" w={320} />
        <label>网站域名</label>
        <Select className="domains" mode="tags" style={{ width: 320 }} value={arr<string>(s.domains)} placeholder="回车添加域名" classNames={{ popup: { root: 'domains-pop' } }} onChange={(l: string[]) => set('domains', l.filter((x) => DOMAIN_RE.test(x)))} />
        <label>网站内容类型</label>
        <Select className="content" virtual={false} style={{ width: 320 }} value={str(s.content) || undefined} options={opts(ICP_CONTENT)} placeholder="请选择" classNames={{ popup: { root: 'content-pop' } }} onChange={(x) => set('content', x)} />
        <label>网站语言</label>
        <Select className="languages" mode="multiple" style={{ width: 320 }} value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} placeholder="可多选" classNames={{ popup: { root: 'languages-pop' } }} onChange={(l: string[]) => set('languages', l)} />
        <label>网站说明</label><T s={s} set={set} k="remark" cls="remark" area w={420} />
      </div>
    )],
    ['网站负责人', (
      <div className="grid2" key="b">
        <label>负责人名称</label><T s={s} set={set} k="wpName" cls="wp-name" />
        <label>证件类型</label>
        <Select className="wp-cert-type" style={{ width: 260 }} value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} placeholder="请选择" classNames={{ popup: { root: 'wp-cert-type-pop' } }} onChange={(x) => set('wpCertType', x)} />
        <label>证件号码</label><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" rule={idRule} />
        <label>证件有效期开始</label><DatePicker className="wp-valid-from" value={D(str(s.wpValidFrom))} onChange={(d) => set('wpValidFrom', d ? d.format('YYYY-MM-DD') : '')} />
        <label>证件有效期结束</label><DatePicker className="wp-valid-to" value={D(str(s.wpValidTo))} onChange={(d) => set('wpValidTo', d ? d.format('YYYY-MM-DD') : '')} />
        <label>手机号码</label><T s={s} set={set} k="wpMobile" cls="wp-mobile" rule={mobile} />
        <label>应急联系电话</label><T s={s} set={set} k="wpEmergency" cls="wp-emergency" rule={mobile} />
      </div>
    )],
  ] as const;
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <div className="tc-body listcards">
        <ul className="sec-list">{cards.map(([t], i) => <li key={t} className={i === sec ? 'on' : ''} onClick={() => setSec(i)}>{t}</li>)}</ul>
        <div>
          {cards.map(([t, body], i) => <Card key={t} title={t} className={`sec-card sec-${i}`} style={{ display: i === sec ? '' : 'none' }}>{body}</Card>)}
          <div className="actions"><Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button></div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout30-aliyun-subject-person-antd-descedit': AliyunSubjectPerson,
  'heldout30-aliyun-site-person-antd-innertabs': AliyunSitePerson,
  'heldout30-mps-apply-unit-antd-rowcards': MpsApplyUnit,
  'heldout30-tencent-site-person-antd-listcards': TencentSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
