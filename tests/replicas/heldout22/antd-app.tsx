/**
 * Gen-22 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout22-aliyun-site-person-antd-pairedcards   填写网站信息 (个人, 阿里云): two CARDS side by side (网站基本信息 / 网站负责人),
 *    labels on top; a blur-checked name, a TAGS Select of domains, an AUTOCOMPLETE home URL fed by the domains, read-only
 *    service type and content, a checkable TREESELECT of languages, a SWITCH revealing pre-approval items, a remark checked
 *    for banned words; 负责人信息 button radios (同主体负责人 copies the held principal and locks), a Select, a blur-checked
 *    number, a RANGE picker + 长期 tick, phones that must differ; 上一步 / 保存 / 下一步
 */
import { Alert, AutoComplete, Button, Card, Checkbox, ConfigProvider, DatePicker, Form, Input, Radio, Select, Steps, Switch, TreeSelect } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, PERSON_BANNED, personSiteNameProblem, PHONE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

dayjs.locale('zh-cn');
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A form item whose error line is this page's own (antd's Form drives nothing here: no `name`). */
function Item(p: { label: string; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** FORMS §1.4 网站语言, grouped for the tree (the MIIT list, codes 1–17). */
const LANG_TREE = [
  { title: '中文', value: 'g-zh', selectable: false, children: ['中文简体', '中文繁体'].map((l) => ({ title: l, value: l })) },
  { title: '少数民族语言', value: 'g-minority', selectable: false, children: ['维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语'].map((l) => ({ title: l, value: l })) },
  { title: '外国语言', value: 'g-foreign', selectable: false, children: ['英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'].map((l) => ({ title: l, value: l })) },
];
const LEAVES = LANG_TREE.flatMap((g) => g.children.map((c) => c.value));

/** The 主体负责人 this console holds from 填写主办者信息 (the profile's 张伟), for 同主体负责人. */
const HELD = { wpName: '张伟', wpCertType: '居民身份证', wpCertNumber: '330106199003071236', wpFrom: '2018-03-01', wpTo: '2038-03-01', wpLongTerm: false, wpMobile: '13800138000', wpEmergency: '13900139000', wpEmail: 'zhangwei@example.com' };
const EMPTY_WP = { wpName: '', wpCertType: '', wpCertNumber: '', wpFrom: '', wpTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '' };

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false, preItems: [], remark: '',
    wpSource: '', ...EMPTY_WP, wpOffice: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ wpFrom, wpTo, ...r }) => ({ ...r, wpValidity: [str(wpFrom), str(wpTo)].filter(Boolean) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const copied = s.wpSource === '同主体负责人';
  const long = s.wpLongTerm === true;
  const domains = arr<string>(s.domains);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; lockable?: boolean } = {}) => (
    <Text s={s} set={set} e={e} k={k} cls={cls} disabled={o.lockable && copied} {...o} />
  );
  const setDomains = (v: unknown) => {
    const list = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
    const bad = list.find((x) => domainRule(x));
    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    const ok = list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i);
    setMany({ domains: ok, ...(str(s.homeUrl) && !ok.some((d) => str(s.homeUrl) === d || str(s.homeUrl).endsWith(`.${d}`)) ? { homeUrl: '' } : {}) });
  };
  const homeRule = (v: string) => (/^https?:/i.test(v) ? '首页地址无需填写 http://' : domains.some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页地址须属于已填写的网站域名');
  const remarkRule = (v: string) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : v.length < 10 ? '请简要描述网站内容（不少于 10 个字）' : ''; };
  const day = (k: string) => (str(s[k]) ? dayjs(str(s[k])) : null);
  const save = () => {
    clicks(s, set, 'saveClicks')();
    setMsg(s.siteName && domains.length && s.homeUrl && arr(s.languages).length && s.remark && s.wpName && s.wpMobile ? '已保存' : '请完善带 * 的信息');
  };
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w">
          <Steps current={2} size="small" items={['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((title) => ({ title }))} />
        </div>
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="个人网站名称不得含有企业、科技、平台、论坛、博客等字样；备案期间网站不得开通访问。" />
        <div className="paired">
          <Card className="c-site" title="网站基本信息" size="small">
            <Form layout="vertical">
              <Item label="网站名称" req e={e} k="siteName" extra="不少于 3 个汉字，与网站实际内容相符">
                {text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}
              </Item>
              <Item label="网站域名" req e={e} k="domains" extra="输入已实名认证的域名后回车，不带 www.">
                <Select className="domains" classNames={{ popup: { root: 'domains-pop' } }} mode="tags" tokenSeparators={[',', ' ', '，']} placeholder="如 example.cn" value={domains} onChange={setDomains} />
              </Item>
              <Item label="网站首页地址" req e={e} k="homeUrl" extra="根据网站域名自动提示，无需填写 http://">
                <AutoComplete className="home-url" classNames={{ popup: { root: 'home-url-pop' } }} value={str(s.homeUrl)} placeholder="如 www.example.cn"
                  options={homeUrlSuggestions(domains).map((value) => ({ value }))}
                  onChange={(v) => { set('homeUrl', String(v ?? '')); e.clear('homeUrl'); }}
                  onBlur={() => { const t = str(s.homeUrl).trim(); if (t) e.set('homeUrl', homeRule(t)); }} />
              </Item>
              <div className="ro-pair">
                <Item label="服务类型"><span className="ro service-type">网站应用服务</span></Item>
                <Item label="网站服务内容" extra="个人备案固定为“其他”"><span className="ro content">其他</span></Item>
              </div>
              <Item label="网站语言" req>
                <TreeSelect className="languages" classNames={{ popup: { root: 'languages-pop' } }} treeCheckable showCheckedStrategy={TreeSelect.SHOW_CHILD} treeDefaultExpandAll
                  placeholder="请选择网站使用的语言" treeData={LANG_TREE} value={arr<string>(s.languages)}
                  onChange={(v) => set('languages', LEAVES.filter((l) => arr<string>(v).map(String).includes(l)))} />
              </Item>
              <Item label="是否涉及前置审批" req extra="网站内容涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等须取得前置审批">
                <div className="row-inline">
                  <Switch className="pre-approval" checked={s.preApproval === true} checkedChildren="涉及" unCheckedChildren="不涉及" onChange={(v) => setMany({ preApproval: v, preItems: [] })} />
                </div>
              </Item>
              {s.preApproval === true
                ? (
                  <Item label="前置审批项" req>
                    <Checkbox.Group className="pre-items" options={ICP_PRE_APPROVALS} value={arr<string>(s.preItems)} onChange={(v) => set('preItems', v.map(String))} />
                  </Item>
                )
                : null}
              <Item label="网站备注" req e={e} k="remark" extra="简要说明网站用途与内容；不得含有名称中禁止使用的字样">
                <Input.TextArea className="remark" rows={3} maxLength={200} showCount value={str(s.remark)} status={e.get('remark') ? 'error' : undefined}
                  onChange={(ev) => { set('remark', ev.target.value); e.clear('remark'); }}
                  onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('remark', remarkRule(t)); }} />
              </Item>
            </Form>
          </Card>
          <Card className="c-wp" title="网站负责人" size="small">
            <Form layout="vertical">
              <Item label="负责人信息" req extra="个人备案的网站负责人通常为主办者本人">
                <Radio.Group className="wp-source" optionType="button" buttonStyle="solid" value={str(s.wpSource) || undefined} options={['同主体负责人', '填写其他人']}
                  onChange={(ev) => setMany({ wpSource: ev.target.value, ...(ev.target.value === '同主体负责人' ? HELD : EMPTY_WP) })} />
              </Item>
              <Item label="姓名" req>{text('wpName', 'wp-name', { max: 30, lockable: true })}</Item>
              <Item label="证件类型" req>
                <Select className="wp-cert-type" classNames={{ popup: { root: 'wp-cert-type-pop' } }} placeholder="请选择" disabled={copied} value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                  onChange={(v) => set('wpCertType', v)} />
              </Item>
              <Item label="证件号码" req e={e} k="wpCertNumber">
                {text('wpCertNumber', 'wp-cert-number', { max: 18, lockable: true, blur: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对' })}
              </Item>
              <Item label="证件有效期" req extra="勾选“长期”时只填开始日期">
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <DatePicker.RangePicker className="wp-validity" classNames={{ popup: { root: 'wp-validity-pop' } }} format="YYYY-MM-DD" disabled={copied ? true : [false, long]} allowEmpty={[false, long]}
                    placeholder={['开始日期', long ? '长期' : '结束日期']} value={[day('wpFrom'), day('wpTo')]}
                    onChange={(d) => setMany({ wpFrom: d?.[0] ? d[0].format('YYYY-MM-DD') : '', wpTo: d?.[1] ? d[1].format('YYYY-MM-DD') : '' })} />
                  <Checkbox className="wp-long-term" disabled={copied} checked={long} onChange={(ev) => setMany({ wpLongTerm: ev.target.checked, wpTo: '' })}>长期</Checkbox>
                </div>
              </Item>
              <Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, lockable: true, blur: mobileRule })}</Item>
              <Item label="应急联系电话" req e={e} k="wpEmergency">
                {text('wpEmergency', 'wp-emergency', { max: 11, lockable: true, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
              </Item>
              <Item label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { lockable: true, blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Item>
              <Item label="办公室电话" e={e} k="wpOffice">{text('wpOffice', 'wp-office', { placeholder: '选填，区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</Item>
            </Form>
          </Card>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout22-aliyun-site-person-antd-pairedcards': AliyunSitePerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
