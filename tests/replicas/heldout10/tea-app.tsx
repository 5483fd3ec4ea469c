/**
 * Gen-10 held-out builds on React 18 + Tea 2.8 (tea-component; written from FORMS.md alone, never tuned against):
 *  - heldout10-aliyun-subject-person-tea-sameaddr  填写主体信息 (个人): a read-only summary of step 1, the official long
 *    wordings, 通信地址 with a 同证件住所 checkbox, a tabbed region cascader loading remotely, 证件有效期 asked as a
 *    segment 非长期 / 长期有效 that reveals the end date, +86 adornment
 *  - heldout10-tencent-site-person-tea-segments    填写网站信息 (个人): vertical form in a two-column grid, domain rows,
 *    languages as a multiple segment, 备案云服务 segment, required 网站备注, a copy checkbox, a range picker
 */
import {
  Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, InputAdornment, Radio, Segment, SegmentMultiple, Select, SelectMultiple, Stepper,
} from 'tea-component';
import type { CascaderData, CascaderOption } from 'tea-component/es/cascader/CascaderProps';
import moment, { type Moment } from 'moment';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchAreas, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, IPV4_RE, MOBILE_RE, validId,
} from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, text: value }));
const day = (m: Moment | null | undefined) => (m && m.isValid() ? m.format('YYYY-MM-DD') : '');
const mom = (s: unknown) => (typeof s === 'string' && s ? moment(s, 'YYYY-MM-DD') : undefined);

/** Blur messages per key, shown by Tea's Form.Item status / message. */
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { status: 'error' as const, message: errs[k] } : {}),
  };
}

/* ------------------------------------------------------------------ 1. aliyun 填写主体信息 (个人) */

const LEVELS = ['省份', '城市', '区县'];
const level = (depth: number): CascaderData => ({ title: LEVELS[depth]!, col: 4 });
/** The tabbed region data with `options` set at the panel reached by `path`. */
function withOptions(data: CascaderData, path: string[], options: CascaderOption[]): CascaderData {
  if (!path.length) return { ...data, options };
  return { ...data, options: (data.options ?? []).map((o) => (o.value === path[0] && o.child ? { ...o, child: withOptions(o.child, path.slice(1), options) } : o)) };
}
const toOptions = (l: { code: string; name: string }[], depth: number): CascaderOption[] =>
  l.map((a) => (depth < 2 ? { value: a.code, label: a.name, child: level(depth + 1) } : { value: a.code, label: a.name }));

function AliyunSubject() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    name: '', certAddress: '', mailSame: false, mailRegion: [], mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidKind: '',
    prValidFrom: '', prValidTo: '', mobile: '', emergency: '', landline: '', email: '', imType: '', imAccount: '', remark: '',
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  }, ({ mailSame, mailRegion, mailDetail, ...rest }) => ({
    ...rest,
    mailSame,
    mailAddress: mailSame === true ? str(rest.certAddress) : arr(mailRegion).join('') + str(mailDetail).trim(),
  }));
  const e = useErrs();
  const [data, setData] = useState<CascaderData>(level(0));
  const [codes, setCodes] = useState<string[]>([]);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number } = {}) => (
    <Input size="l" value={str(s[k])} placeholder={placeholder} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const notLong = s.prValidKind === '非长期';
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <div className="al-body" style={{ maxWidth: 1040 }}>
        <Card><Card.Body>
          <Stepper current="subject" steps={[
            { id: 'basic', label: '填写基本信息' }, { id: 'subject', label: '填写主体信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '上传资料' }, { id: 'submit', label: '提交初审' },
          ]} />
        </Card.Body></Card>
        <Card><Card.Body title="已校验的基本信息" subtitle="如需修改，请返回上一步">
          <Form readonly>
            <Form.Item label="主办者性质"><Form.Text>个人</Form.Text></Form.Item>
            <Form.Item label="证件类型"><Form.Text>居民身份证</Form.Text></Form.Item>
            <Form.Item label="证件号码"><Form.Text>330106********1236</Form.Text></Form.Item>
            <Form.Item label="所属区域"><Form.Text>浙江省 / 杭州市 / 西湖区</Form.Text></Form.Item>
          </Form>
        </Card.Body></Card>
        <Card><Card.Body>
          <Form>
            <Form.Title>主办者信息</Form.Title>
            <Form.Item label="主办单位或主办人名称" required extra="个人备案填写身份证上的姓名">{text('name', '请输入')}</Form.Item>
            <Form.Item label="主办单位证件住所" required extra="与身份证上的住址完全一致">
              <Input.TextArea size="l" rows={2} value={str(s.certAddress)} placeholder="请输入" onChange={(v) => set('certAddress', v)} />
            </Form.Item>
            <Form.Item label="通信地址" required extra="须详细到门牌号；通信地址与证件住所一致时可直接勾选">
              <div>
                <Checkbox value={s.mailSame === true} onChange={(v) => set('mailSame', v)}>通信地址同证件住所</Checkbox>
                {s.mailSame !== true && (
                  <div className="row-inline" style={{ marginTop: 8 }}>
                    <Cascader
                      className="mail-region"
                      type="tabs"
                      clearable
                      placeholder="请选择省 / 市 / 区县"
                      data={data}
                      value={codes}
                      onLoad={(path) => fetchAreas(path[path.length - 1] ?? '').then((l) => setData((d) => withOptions(d, path, toOptions(l, path.length))))}
                      onChange={(v, ctx) => { setCodes(v); set('mailRegion', ctx.options.map((o) => String(o.label))); }}
                    />
                    <Input className="mail-detail" size="l" value={str(s.mailDetail)} placeholder="街道、门牌号" onChange={(v) => set('mailDetail', v)} />
                  </div>
                )}
              </div>
            </Form.Item>
            <Form.Item label="投资者或上级主管单位" required extra="个人备案填写本人姓名">{text('investor', '请输入')}</Form.Item>

            <Form.Title>主体负责人信息</Form.Title>
            <Form.Item label="负责人姓名" required>{text('prName', '请输入')}</Form.Item>
            <Form.Item label="负责人证件类型" required>
              <Select className="pr-cert-type" appearance="button" size="l" matchButtonWidth value={str(s.prCertType)} placeholder="请选择" options={opts(ICP_PERSON_CERTS)}
                onChange={(v) => set('prCertType', v)} />
            </Form.Item>
            <Form.Item label="负责人证件号码" required {...e.item('prCertNumber')}>
              {text('prCertNumber', '请输入', { blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码不正确，请核对', max: 18 })}
            </Form.Item>
            <Form.Item label="证件有效期类型" required>
              <Segment className="valid-kind" value={str(s.prValidKind)} options={[{ value: '非长期', text: '非长期' }, { value: '长期有效', text: '长期有效' }]}
                onChange={(v) => setMany(v === '长期有效' ? { prValidKind: v, prValidTo: '' } : { prValidKind: v })} />
            </Form.Item>
            <Form.Item label="有效期开始日期" required>
              <DatePicker className="valid-from" value={mom(s.prValidFrom)} onChange={(m) => set('prValidFrom', day(m))} />
            </Form.Item>
            {notLong && (
              <Form.Item label="有效期结束日期" required extra="部分管局要求证件剩余有效期不少于 3 个月">
                <DatePicker className="valid-to" value={mom(s.prValidTo)} onChange={(m) => set('prValidTo', day(m))} />
              </Form.Item>
            )}
            <Form.Item label="手机号码" required {...e.item('mobile')}>
              <InputAdornment before="+86">
                <Input value={str(s.mobile)} maxLength={11} placeholder="请输入" onChange={(v) => { set('mobile', v); e.clear('mobile'); }}
                  onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v) e.set('mobile', MOBILE_RE.test(v) ? '' : '手机号码格式不正确'); }} />
              </InputAdornment>
            </Form.Item>
            <Form.Item label="应急电话号码" required {...e.item('emergency')} extra="须为手机号码，且不能与上方手机号码相同">
              {text('emergency', '请输入', { blur: (v) => (!MOBILE_RE.test(v) ? '手机号码格式不正确' : v === s.mobile ? '应急电话号码不能与手机号码相同' : ''), max: 11 })}
            </Form.Item>
            <Form.Item label="办公室电话（选填）">{text('landline', '区号-号码')}</Form.Item>
            <Form.Item label="电子邮件" required {...e.item('email')}>{text('email', '请输入', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮件格式不正确') })}</Form.Item>
            <Form.Item label="即时通讯类型（选填）">
              <Select className="im-type" appearance="button" size="m" value={str(s.imType)} placeholder="请选择" options={opts(['QQ', '微信', '钉钉'])} onChange={(v) => set('imType', v)} />
            </Form.Item>
            <Form.Item label="即时通讯账号（选填）">{text('imAccount', '请输入')}</Form.Item>
            <Form.Item label="备注（选填）">
              <Input.TextArea size="l" rows={2} value={str(s.remark)} maxLength={200} showCount placeholder="特殊情况请在此说明" onChange={(v) => set('remark', v)} />
            </Form.Item>
          </Form>
        </Card.Body></Card>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. tencent 填写网站信息 (个人) */

/** FORMS §3.6: words an individual's site name may not use (and ≥ 3 Chinese characters). */
const PERSON_BANNED = ['企业', '集团', '有限公司', '资讯', '科技', '贸易', '协会', '俱乐部', '合作社', '工作室', '平台', '社区', '论坛', '博客', '交流'];
function siteNameProblem(v: string): string {
  if ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3) return '网站名称至少包含 3 个汉字';
  const w = PERSON_BANNED.find((x) => v.includes(x));
  return w ? `个人网站名称不能包含“${w}”等企业或经营性字样` : '';
}

function TencentSite() {
  const { s, set, setMany } = useReplicaState('tencent', 'site', '个人', {
    siteName: '', domainRows: [''], homeUrl: '', contentTypes: [], languages: [], preApproval: '', preItems: [], preNumber: '', cloudKind: '云服务器',
    ip: '', authCode: '', remark: '', wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: ['', ''], wpLongTerm: false, wpMobile: '',
    wpEmergency: '', wpEmail: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ domainRows, ...rest }) => ({ ...rest, domains: arr(domainRows).map((d) => d.trim()).filter(Boolean) }));
  const e = useErrs();
  const P = HELD_PRINCIPAL.个人;
  const locked = s.wpSame === true;
  const rows = arr<string>(s.domainRows);
  const validity = arr(s.wpValidity);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number; disabled?: boolean } = {}) => (
    <Input size="l" value={str(s[k])} placeholder={placeholder} maxLength={o.max} disabled={o.disabled} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const cell = (node: ReactNode, full = false) => <div className={full ? 'tc-full' : undefined}>{node}</div>;
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span></div>
      <nav className="tc-side" aria-label="网站备案">
        <div className="grp">网站备案</div><a href="#">备案概览</a><a href="#" className="on">我的备案</a><a href="#">备案订单</a>
        <div className="grp">公安备案</div><a href="#">公安备案指引</a>
      </nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案</h2>
        <div className="tc-card">
          <Stepper current="site" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主体信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '上传资料' }, { id: 'submit', label: '提交审核' },
          ]} />
        </div>
        <Alert>请确保网站名称与网站内容相符；个人网站名称不能含有企业、经营性或易误解为单位网站的字样。</Alert>
        <Form layout="vertical">
          <div className="tc-card"><h3>网站基本信息</h3><div className="tc-grid">
            {cell(<Form.Item label="网站名称" required {...e.item('siteName')}>{text('siteName', '至少 3 个汉字', { blur: siteNameProblem })}</Form.Item>)}
            {cell(<Form.Item label="网站首页地址" required>
              <InputAdornment before="http://"><Input value={str(s.homeUrl)} placeholder="如 www.example.com" onChange={(v) => set('homeUrl', v)} /></InputAdornment>
            </Form.Item>)}
            {cell(<Form.Item label="网站域名" required {...e.item('domains')} extra="不含 www. 的域名；同一网站的多个域名逐个添加">
              <div className="domain-rows">
                {rows.map((d, i) => (
                  <div className="row-inline" key={i} style={{ marginBottom: 6, flexWrap: 'nowrap' }}>
                    <Input value={d} placeholder="example.com" onChange={(v) => { setMany({ domainRows: rows.map((x, j) => (j === i ? v : x)) }); e.clear('domains'); }}
                      onBlur={(ev: React.FocusEvent<HTMLInputElement>) => { const v = ev.target.value.trim(); if (v) e.set('domains', DOMAIN_RE.test(v) ? '' : `${v}：请填写不含 www. 的域名`); }} />
                    {i > 0 && <Button type="link" onClick={() => { set('domainRows', rows.filter((_x, j) => j !== i)); e.clear('domains'); }}>删除</Button>}
                  </div>
                ))}
                <Button type="link" onClick={() => set('domainRows', [...rows, ''])}>添加域名</Button>
              </div>
            </Form.Item>)}
            {cell(<Form.Item label="网站服务内容" required extra="个人网站一般选择“其他”">
              <SelectMultiple className="content-types" appearance="button" size="full" searchable value={arr(s.contentTypes)} options={opts(ICP_CONTENT)} placeholder="请选择"
                onChange={(v) => set('contentTypes', v)} />
            </Form.Item>)}
            {cell(<Form.Item label="网站语言" required>
              <SegmentMultiple className="languages" value={arr(s.languages)} options={opts(ICP_LANGUAGES)} onChange={(v) => set('languages', v)} />
            </Form.Item>, true)}
            {cell(<Form.Item label="前置审批" required extra="网站内容涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等须取得前置审批">
              <Radio.Group value={str(s.preApproval)} onChange={(v) => setMany(v === '不涉及' ? { preApproval: v, preItems: [], preNumber: '' } : { preApproval: v })}>
                <Radio name="不涉及">不涉及</Radio>
                <Radio name="涉及">涉及</Radio>
              </Radio.Group>
            </Form.Item>)}
            {s.preApproval === '涉及' ? cell(<Form.Item label="审批项目及审批号" required>
              <div>
                <Checkbox.Group value={arr(s.preItems)} onChange={(v) => set('preItems', v)}>{ICP_PRE_APPROVALS.map((x) => <Checkbox key={x} name={x}>{x}</Checkbox>)}</Checkbox.Group>
                <div style={{ marginTop: 6 }}>{text('preNumber', '审批文号')}</div>
              </div>
            </Form.Item>) : <div />}
            {cell(<Form.Item label="备案云服务" required extra="网站所在的腾讯云服务器，或在其他渠道购买的备案授权码">
              <Segment className="cloud-kind" value={str(s.cloudKind)} options={opts(['云服务器', '备案授权码'])} onChange={(v) => setMany({ cloudKind: v, ip: '', authCode: '' })} />
            </Form.Item>)}
            {s.cloudKind === '备案授权码'
              ? cell(<Form.Item label="备案授权码" required>{text('authCode', '请输入备案授权码')}</Form.Item>)
              : cell(<Form.Item label="服务器公网IP" required {...e.item('ip')}>{text('ip', '如 1.2.3.4', { blur: (v) => (IPV4_RE.test(v) ? '' : 'IP 地址格式不正确') })}</Form.Item>)}
            {cell(<Form.Item label="网站备注" required extra="个人网站请说明网站的主要内容和用途，不得含有经营性内容">
              <Input.TextArea size="full" rows={3} maxLength={200} showCount value={str(s.remark)} placeholder="如：记录个人学习笔记" onChange={(v) => set('remark', v)} />
            </Form.Item>, true)}
          </div></div>

          <div className="tc-card"><h3>网站负责人</h3>
            <div style={{ marginBottom: 12 }}>
              <Checkbox value={locked} onChange={(c) => setMany(c ? {
                wpSame: true, wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidity: [P.validFrom, P.validTo], wpLongTerm: P.longTerm,
                wpMobile: P.mobile, wpEmail: P.email,
              } : { wpSame: false })}>与主体负责人一致</Checkbox>
            </div>
            <div className="tc-grid">
              {cell(<Form.Item label="负责人姓名" required>{text('wpName', '请输入', { disabled: locked })}</Form.Item>)}
              {cell(<Form.Item label="证件类型" required>
                <Select className="wp-cert-type" appearance="button" size="m" disabled={locked} value={str(s.wpCertType)} placeholder="请选择" options={opts(ICP_PERSON_CERTS)}
                  onChange={(v) => set('wpCertType', v)} />
              </Form.Item>)}
              {cell(<Form.Item label="证件号码" required {...e.item('wpCertNumber')}>
                {text('wpCertNumber', '请输入', { disabled: locked, max: 18, blur: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验失败' })}
              </Form.Item>)}
              {cell(<Form.Item label="证件有效期" required>
                <div className="row-inline">
                  {s.wpLongTerm === true ? (
                    <DatePicker className="wp-valid-from" disabled={locked} placeholder="开始日期" value={mom(validity[0])} onChange={(m) => set('wpValidity', [day(m), ''])} />
                  ) : (
                    <DatePicker.RangePicker className="wp-validity" disabled={locked} clearable
                      value={validity[0] && validity[1] ? [moment(validity[0], 'YYYY-MM-DD'), moment(validity[1], 'YYYY-MM-DD')] : undefined}
                      onChange={(v) => set('wpValidity', [day(v?.[0]), day(v?.[1])])} />
                  )}
                  <Checkbox value={s.wpLongTerm === true} disabled={locked} onChange={(c) => setMany(c ? { wpLongTerm: true, wpValidity: [validity[0] ?? '', ''] } : { wpLongTerm: false })}>长期有效</Checkbox>
                </div>
              </Form.Item>)}
              {cell(<Form.Item label="手机号码" required {...e.item('wpMobile')}>
                {text('wpMobile', '请输入', { disabled: locked, max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}
              </Form.Item>)}
              {cell(<Form.Item label="应急联系电话" required {...e.item('wpEmergency')}>
                {text('wpEmergency', '请输入', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '手机号码格式不正确' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
              </Form.Item>)}
              {cell(<Form.Item label="电子邮箱" required {...e.item('wpEmail')}>
                {text('wpEmail', '请输入', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}
              </Form.Item>)}
            </div>
          </div>
        </Form>
        <div className="tc-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout10-aliyun-subject-person-tea-sameaddr': () => <AliyunSubject />,
  'heldout10-tencent-site-person-tea-segments': () => <TencentSite />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
