/**
 * Gen-15 held-out build on React 18 + Tea 2.8 (tea-component; written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout15-aliyun-site-unit-tea-staging  填写网站信息 (单位): vertical Tea forms TWO fields a row; the domains a TEXTAREA
 *    (one per line), the 首页URL a select whose options are GENERATED from those lines (bare and www.), 网站服务内容 a
 *    STAGED multiple select (确定 / 重置 in its footer), 网站语言 a checkbox group with a 更多语言 toggle, 是否涉及前置审批 a
 *    switch; the 网站负责人 card with a 从主体负责人导入 link, 证件有效期起 / 止 two DatePickers + a 长期 tick, 应急电话号码,
 *    办公室电话, 电子邮件; 网站备注; 上一步 / 保存 / 下一步
 */
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, SelectMultiple, Stepper, Switch } from 'tea-component';
import moment, { type Moment } from 'moment';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, lines, MOBILE_RE, PHONE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const day = (m: Moment | null | undefined) => (m && m.isValid() ? m.format('YYYY-MM-DD') : '');
const mom = (s: unknown) => (typeof s === 'string' && s ? moment(s, 'YYYY-MM-DD') : undefined);
const opts = (l: string[]) => l.map((value) => ({ value, text: value }));

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

const COMMON_LANGS = ['中文简体', '中文繁体', '英语'];
const LN = HELD_PRINCIPAL.单位;

function AliyunSiteUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domainText: '', homeUrl: '', contents: [], languages: [], preApproval: false,
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
    remark: '', importClicks: 0, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ domainText, ...r }) => ({ ...r, domains: lines(domainText).map((d) => d.toLowerCase()) }));
  const e = useErrs();
  const [moreLangs, setMoreLangs] = useState(false);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = lines(s.domainText).map((d) => d.toLowerCase()).filter((d) => DOMAIN_RE.test(d));
  const urlOptions = domains.flatMap((d) => [`www.${d}`, d]);
  const langs = arr<string>(s.languages);
  const shownLangs = moreLangs ? ICP_LANGUAGES : ICP_LANGUAGES.filter((l) => COMMON_LANGS.includes(l) || langs.includes(l));
  const importPrincipal = () => setMany({
    importClicks: Number(s.importClicks ?? 0) + 1, wpName: LN.name, wpCertType: LN.certType, wpCertNumber: LN.certNumber, wpValidFrom: LN.validFrom, wpValidTo: '', wpLongTerm: LN.longTerm,
    wpMobile: LN.mobile, wpEmail: LN.email,
  });
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1040 }}>
        <h2 className="page-title">首次备案 · 填写网站信息</h2>
        <Card><Card.Body>
          <Stepper current="site" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主办者信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '上传资料' }, { id: 'submit', label: '提交管局' },
          ]} />
        </Card.Body></Card>
        <Alert type="warning">网站域名须已完成实名认证且持有者为主办单位；网站名称不能使用“中国”“国家”等开头，涉及新闻、出版、教育、医疗保健等内容须先取得前置审批。</Alert>
        <Card><Card.Body title="网站基本信息">
          <Form layout="vertical">
            <Row>
              <Col span={12}>
                <Form.Item label="网站名称" required {...e.item('siteName')}>
                  {text('siteName', 'site-name', { max: 40, placeholder: '如：XX公司官网', blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : /^(中国|中央|国家|中华|人民)/.test(v) ? '网站名称不能以“中国”“国家”等开头' : '') })}
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="网站域名" required extra="每行填写一个域名，不带 www." {...e.item('domainText')}>
                  <Input.TextArea className="domains" size="full" rows={3} value={str(s.domainText)} placeholder={'example.com\nexample.com.cn'}
                    onChange={(v) => { set('domainText', v); e.clear('domainText'); }}
                    onBlur={() => { const bad = lines(s.domainText).find((d) => !DOMAIN_RE.test(d)); e.set('domainText', bad ? `${bad} 不是有效的域名（请勿带 www.）` : ''); }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="网站首页URL" required extra="根据网站域名生成，请选择网站首页的访问地址">
                  <Select className="home-url" size="full" appearance="button" placeholder={urlOptions.length ? '请选择' : '请先填写网站域名'} disabled={!urlOptions.length}
                    value={str(s.homeUrl) || undefined} options={opts(urlOptions)} onChange={(v) => set('homeUrl', v)} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="网站服务内容" required extra="勾选后点击“确定”生效">
                  <SelectMultiple className="contents" size="full" appearance="button" placeholder="请选择（可多选）" searchable value={arr<string>(s.contents)} options={opts(ICP_CONTENT)}
                    onChange={(v) => set('contents', arr<string>(v))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="网站语言" required>
                  <div className="languages">
                    <Checkbox.Group value={langs} onChange={(v) => set('languages', arr<string>(v))}>
                      {shownLangs.map((l) => <Checkbox key={l} name={l}>{l}</Checkbox>)}
                    </Checkbox.Group>
                    <Button type="link" className="more-langs" onClick={() => setMoreLangs((m) => !m)}>{moreLangs ? '收起' : '更多语言'}</Button>
                  </div>
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="是否涉及前置审批" required extra="涉及的须上传前置审批文件">
                  <Switch className="pre-approval" value={s.preApproval === true} onChange={(v) => set('preApproval', v)} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item label="备案实例">
                  <Form.Text>云服务器 ECS · web-prod-01（公网IP 47.96.56.78，华东1 杭州）</Form.Text>
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card.Body></Card>
        <Card><Card.Body title="网站负责人" operation={<Button type="link" className="import" onClick={importPrincipal}>从主体负责人导入</Button>}>
          <Form layout="vertical">
            <Row>
              <Col span={12}><Form.Item label="姓名" required>{text('wpName', 'wp-name', { max: 15 })}</Form.Item></Col>
              <Col span={12}>
                <Form.Item label="证件类型" required>
                  <Select className="wp-cert-type" size="full" appearance="button" placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', v)} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="证件号码" required {...e.item('wpCertNumber')}>
                  {text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (v) => ((s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过') })}
                </Form.Item>
              </Col>
              <Col span={12} />
              <Col span={12}>
                <Form.Item label="证件有效期起" required>
                  <DatePicker className="wp-valid-from" value={mom(s.wpValidFrom)} onChange={(m) => set('wpValidFrom', day(m))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="证件有效期止" required>
                  <div className="row-inline">
                    <DatePicker className="wp-valid-to" disabled={s.wpLongTerm === true} value={mom(s.wpValidTo)} onChange={(m) => set('wpValidTo', day(m))} />
                    <Checkbox className="wp-long-term" value={s.wpLongTerm === true} onChange={(v) => setMany({ wpLongTerm: v, wpValidTo: '' })}>长期</Checkbox>
                  </div>
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="手机号码" required {...e.item('wpMobile')}>
                  {text('wpMobile', 'wp-mobile', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === LN.mobile && s.wpName !== LN.name ? '网站负责人与主体负责人不同时，手机号码不能相同' : '') })}
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="应急电话号码" required {...e.item('wpEmergency')}>
                  {text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '另一个手机号码', blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '不能与手机号码相同' : '') })}
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="办公室电话" {...e.item('wpOffice')}>
                  {text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="电子邮件" required {...e.item('wpEmail')}>
                  {text('wpEmail', 'wp-email', { blur: (v) => (!EMAIL_RE.test(v) ? '邮箱格式不正确' : v === LN.email && s.wpName !== LN.name ? '网站负责人与主体负责人不同时，邮箱不能相同' : '') })}
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card.Body></Card>
        <Card><Card.Body>
          <Form layout="vertical">
            <Form.Item label="网站备注">
              <Input.TextArea className="remark" size="full" rows={3} maxLength={200} value={str(s.remark)} placeholder="选填：说明网站用途等" onChange={(v) => set('remark', v)} />
            </Form.Item>
          </Form>
        </Card.Body></Card>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout15-aliyun-site-unit-tea-staging': AliyunSiteUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
