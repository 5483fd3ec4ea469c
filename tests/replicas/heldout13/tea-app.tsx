/**
 * Gen-13 held-out build on React 18 + Tea 2.8 (tea-component; written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout13-aliyun-site-person-tea-anchornav  填写网站信息 (个人): a right-hand in-page ANCHOR box, Tea's VERTICAL form
 *    (labels on top), the 网站首页URL as a SELECT of addresses derived from the domain, 网站服务内容 a searchable MULTI
 *    select, 网站语言 a TAG SELECT (type, pick, tags), 是否涉及前置审批 a SWITCH (on reveals items), the 网站负责人 with a
 *    带入主体负责人信息 button, a range picker + 长期有效 checkbox, the remark with a live banned-word check, a sticky action bar
 */
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, SelectMultiple, Stepper, Switch, Tag, TagSelect } from 'tea-component';
import moment, { type Moment } from 'moment';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  build, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, PERSON_BANNED, PHONE_RE, personSiteNameProblem, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, text: value }));
const day = (m: Moment | null | undefined) => (m && m.isValid() ? m.format('YYYY-MM-DD') : '');
const mom = (s: unknown) => (typeof s === 'string' && s ? moment(s, 'YYYY-MM-DD') : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { status: 'error' as const, message: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} size="full" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
      onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const DOMAIN = 'zhangwei-notes.cn';
const bannedIn = (v: string) => PERSON_BANNED.find((w) => v.includes(w)) ?? '';

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', homeUrl: '', contents: [], languages: [], preApproval: false, preItems: [], preNumber: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpValidFromLong: '', wpMobile: '', wpEmergency: '', wpLandline: '', wpEmail: '',
    remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ wpValidity, wpValidFromLong, ...r }) => {
    const v = arr(wpValidity);
    return { ...r, wpValidity: r.wpLongTerm ? (wpValidFromLong ? [str(wpValidFromLong), ''] : []) : v.some(Boolean) ? v : [] };
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const P = HELD_PRINCIPAL.个人;
  const fromPrincipal = () => setMany({
    wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpLongTerm: P.longTerm, wpValidity: P.longTerm ? [] : [P.validFrom, P.validTo],
    wpValidFromLong: P.longTerm ? P.validFrom : '', wpMobile: P.mobile, wpEmail: P.email,
  });
  const remarkWord = bannedIn(str(s.remark));
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const v = arr(s.wpValidity);
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>订单号 2025120200488</span></div>
      <nav className="al-side" aria-label="备案导航"><a>备案概览</a><a className="on">我的备案</a><a>备案订单</a><a>主体信息</a><a>帮助文档</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1160 }}>
        <Card><Card.Body>
          <Stepper current="site" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主办者信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '上传资料' }, { id: 'submit', label: '提交初审' },
          ]} />
        </Card.Body></Card>
        <div className="site-layout">
          <div>
            <Alert type="warning">
              个人网站名称不能含有企业、集团、有限公司、资讯、科技、论坛、博客、社区、平台等字样，不能涉及新闻、出版、教育、医疗保健等需前置审批的内容；备注中同样不能出现这些字样。
            </Alert>
            <div id="sec-site" /><Card><Card.Body title="网站基本信息">
              <Form layout="vertical">
                <Form.Item label="网站名称" required extra="至少 3 个汉字，与网站实际内容相符" {...e.item('siteName')}>
                  {text('siteName', 'site-name', { max: 40, blur: personSiteNameProblem })}
                </Form.Item>
                <Form.Item label="网站域名" extra="在“验证备案类型”中填写">
                  <Form.Text><Tag theme="primary">{DOMAIN}</Tag></Form.Text>
                </Form.Item>
                <Form.Item label="网站首页URL" required extra="须为上方网站域名下的地址">
                  <Select className="home-url" appearance="button" size="full" value={str(s.homeUrl)} placeholder="请选择首页地址"
                    options={opts([`www.${DOMAIN}`, DOMAIN])} onChange={(x) => set('homeUrl', x)} />
                </Form.Item>
                <Form.Item label="服务类型"><Form.Text>网站应用服务（个人备案固定）</Form.Text></Form.Item>
                <Form.Item label="网站服务内容" required extra="个人网站一般选择“其他”">
                  <SelectMultiple className="contents" appearance="button" size="full" searchable value={arr(s.contents)} placeholder="请选择服务内容"
                    options={opts(ICP_CONTENT)} onChange={(x) => set('contents', x)} />
                </Form.Item>
                <Form.Item label="网站语言" required extra="可输入后回车或在下拉中选择，可多选">
                  <TagSelect className="languages" optionsOnly value={arr(s.languages)} placeholder="请选择网站语言" options={opts(ICP_LANGUAGES)}
                    onChange={(x) => set('languages', x)} />
                </Form.Item>
                <Form.Item label="是否涉及前置审批">
                  <Switch className="pre-approval" value={s.preApproval === true} onChange={(x) => setMany({ preApproval: x, preItems: [], preNumber: '' })}>
                    {s.preApproval === true ? '是' : '否'}
                  </Switch>
                </Form.Item>
                {s.preApproval === true && (
                  <>
                    <Form.Item label="前置审批项" required>
                      <Checkbox.Group className="pre-items" value={arr(s.preItems)} onChange={(x) => set('preItems', x)}>
                        {ICP_PRE_APPROVALS.map((o) => <Checkbox key={o} name={o}>{o}</Checkbox>)}
                      </Checkbox.Group>
                    </Form.Item>
                    <Form.Item label="审批文号" required>{text('preNumber', 'pre-number')}</Form.Item>
                  </>
                )}
              </Form>
            </Card.Body></Card>
            <div id="sec-person" /><Card><Card.Body title="网站负责人"
              operation={<Button type="link" className="from-principal" onClick={fromPrincipal}>带入主体负责人信息</Button>}>
              <Form layout="vertical">
                <div className="tc-grid">
                  <Form.Item label="负责人姓名" required>{text('wpName', 'wp-name')}</Form.Item>
                  <Form.Item label="负责人证件类型" required>
                    <Select className="wp-cert-type" appearance="button" size="full" value={str(s.wpCertType)} placeholder="请选择" options={opts(ICP_PERSON_CERTS)}
                      onChange={(x) => set('wpCertType', x)} />
                  </Form.Item>
                  <Form.Item label="负责人证件号码" required {...e.item('wpCertNumber')}>
                    {text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (x) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(x) ? '' : '证件号码有误，请核对' })}
                  </Form.Item>
                  <Form.Item label="证件有效期" required>
                    <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                      {s.wpLongTerm === true ? (
                        <DatePicker className="wp-valid-from" value={mom(s.wpValidFromLong)} placeholder="起始日期" onChange={(m) => set('wpValidFromLong', day(m))} />
                      ) : (
                        <DatePicker.RangePicker className="wp-validity" value={v.some(Boolean) ? [mom(v[0])!, mom(v[1])!] : undefined}
                          range={[moment('1990-01-01'), moment('2099-12-31')]}
                          onChange={(r) => set('wpValidity', r ? [day(r[0]), day(r[1])] : [])} />
                      )}
                      <Checkbox className="wp-long-term" value={s.wpLongTerm === true} onChange={(x) => setMany({ wpLongTerm: x, wpValidity: [], wpValidFromLong: '' })}>长期有效</Checkbox>
                    </div>
                  </Form.Item>
                  <Form.Item label="负责人手机号码" required {...e.item('wpMobile')}>
                    {text('wpMobile', 'wp-mobile', { max: 11, blur: (x) => (MOBILE_RE.test(x) ? '' : '请输入 11 位手机号码') })}
                  </Form.Item>
                  <Form.Item label="应急联系电话" required {...e.item('wpEmergency')}>
                    {text('wpEmergency', 'wp-emergency', { max: 11, blur: (x) => (!MOBILE_RE.test(x) ? '请输入 11 位手机号码' : x === s.wpMobile ? '不能与负责人手机号码相同' : '') })}
                  </Form.Item>
                  <Form.Item label="办公室电话（选填）" {...e.item('wpLandline')}>
                    {text('wpLandline', 'wp-landline', { placeholder: '区号-号码', blur: (x) => (PHONE_RE.test(x) && x.startsWith('0') ? '' : '格式为 区号-号码') })}
                  </Form.Item>
                  <Form.Item label="负责人电子邮箱" required {...e.item('wpEmail')}>
                    {text('wpEmail', 'wp-email', { blur: (x) => (EMAIL_RE.test(x) ? '' : '邮箱格式不正确') })}
                  </Form.Item>
                </div>
              </Form>
            </Card.Body></Card>
            <div id="sec-remark" /><Card><Card.Body title="网站备注">
              <Form layout="vertical">
                <Form.Item label="网站备注" required extra="简要说明网站的用途和内容（个人备案必填），不超过 200 字"
                  {...(remarkWord ? { status: 'error' as const, message: `备注中不能含有“${remarkWord}”等字样` } : {})}>
                  <Input.TextArea className="remark" size="full" rows={3} maxLength={200} value={str(s.remark)} onChange={(x) => set('remark', x)} />
                </Form.Item>
              </Form>
            </Card.Body></Card>
          </div>
          <div className="anchor-box">
            <div className="help" style={{ marginBottom: 4 }}>本页目录</div>
            <a onClick={() => go('sec-site')}>网站基本信息</a><a onClick={() => go('sec-person')}>网站负责人</a><a onClick={() => go('sec-remark')}>网站备注</a>
          </div>
        </div>
      </div>
        <div className="sticky-bar" style={{ marginLeft: 0 }}>
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout13-aliyun-site-person-tea-anchornav': AliyunSitePerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
