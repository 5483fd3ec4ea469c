/**
 * Gen-34 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against; each build its own app:
 *  - heldout34-aliyun-site-unit-antd-formlist   填写网站信息 (单位, 阿里云) as a FORM LIST: a real antd Form (its own store,
 *    rules on blur) whose domains are a Form.List drawn as an antd Table (添加域名 / 删除 per row); a Select of home URLs fed
 *    by the domains, a Checkbox group, a multiple Select, 是 / 否 button radios, two DatePickers + a 长期 Checkbox hiding
 *    the end (normalised to YYYY-MM-DD in the store); the agreement tick; 下一步
 *  - heldout34-mps-subject-person-antd-compact  开办主体 (个人, 公安) as COMPACT GROUPS: antd Space.Compact joins the ID type
 *    Select to its number, the two validity DatePickers to a 长期 tick, the residence Cascader to its street line; button
 *    radios, two Upload.Draggers, 是 / 否 radios; 保存草稿 / 下一步
 */
import { Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Form, Input, Radio, Row, Select, Space, Steps, Table, Upload } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode, PHONE_RE, regionOptions, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const D = (v: unknown) => (typeof v === 'string' && v ? dayjs(v, 'YYYY-MM-DD') : null);
const ymd = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
/** An antd Form rule from a check returning '' or a message (empty values are left to `required`). */
const rule = (f: (v: string) => string) => ({ validator: (_: unknown, v: unknown) => { const t = String(v ?? '').trim(); const m = t ? f(t) : ''; return m ? Promise.reject(new Error(m)) : Promise.resolve(); } });
const dateItem = { getValueProps: (v: unknown) => ({ value: D(v) }), normalize: (d: Dayjs | null) => ymd(d) };

/* ------------------------------------------------------------------ 网站信息 (单位, 阿里云), form list */

const CONTENT_CHOICES = ['单位门户网站', '综合门户', '网络新闻', '网络购物', '网络教育', '网站建设', 'APP', '其他'].filter((c) => ICP_CONTENT.includes(c));

function AliyunSiteUnit() {
  const init = {
    siteName: '', domainRows: [{ domain: '' }], homeUrl: '', content: [], languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
  };
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', { ...init, agree: false, nextClicks: 0 }, ({ domainRows, ...r }) => ({
    ...r,
    domains: arr<{ domain?: string }>(domainRows).map((x) => str(x?.domain).trim().toLowerCase()).filter(Boolean),
  }));
  const [form] = Form.useForm();
  const rows = Form.useWatch('domainRows', form) as { domain?: string }[] | undefined;
  const homes = useMemo(() => homeUrlSuggestions((rows ?? []).map((x) => str(x?.domain).trim()).filter(Boolean)), [rows]);
  const [msg, setMsg] = useState('');
  const longTerm = Form.useWatch('wpLongTerm', form) as boolean | undefined;
  const onValues = (changed: S, all: S) => {
    const patch: S = { ...all };
    if (changed.wpLongTerm === true) { form.setFieldValue('wpValidTo', ''); patch.wpValidTo = ''; }
    setMany(patch);
  };
  const next = () => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '' : '请阅读并同意服务协议'); void form.validateFields().catch(() => undefined); };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <Steps current={2} size="small" style={{ marginBottom: 16 }} items={[{ title: '填写基本信息' }, { title: '主办者信息' }, { title: '网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} />
        <Form form={form} layout="horizontal" labelCol={{ flex: '150px' }} wrapperCol={{ flex: 1 }} initialValues={init} onValuesChange={onValues} className="site-form">
          <Card title="网站基本信息" style={{ marginBottom: 16 }}>
            <Form.Item label="网站名称" name="siteName" required validateTrigger="onBlur"
              rules={[rule((v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字'))]}>
              <Input className="site-name" style={{ width: 380 }} placeholder="与网站首页标题一致" />
            </Form.Item>
            <Form.Item label="网站域名" required>
              <Form.List name="domainRows">
                {(fields, { add, remove }) => (
                  <div className="domain-list" style={{ maxWidth: 620 }}>
                    <Table size="small" pagination={false} rowKey="key" dataSource={fields} bordered columns={[
                      { title: '序号', width: 60, render: (_v, _f, i) => i + 1 },
                      {
                        title: '域名', render: (_v, f) => (
                          <Form.Item name={[f.name, 'domain']} validateTrigger="onBlur" style={{ margin: 0 }}
                            rules={[rule((v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名'))]}>
                            <Input className={`domain-${f.name}`} placeholder="如 example.cn" />
                          </Form.Item>
                        ),
                      },
                      { title: '操作', width: 80, render: (_v, f) => (fields.length > 1 ? <Button type="link" danger className={`dom-del-${f.name}`} onClick={() => remove(f.name)}>删除</Button> : null) },
                    ]} />
                    <Button className="dom-add" type="dashed" style={{ marginTop: 8 }} onClick={() => add({ domain: '' })}>+ 添加域名</Button>
                  </div>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item label="网站首页URL" name="homeUrl" required>
              <Select className="home-url" style={{ width: 380 }} placeholder={homes.length ? '请选择' : '请先填写网站域名'} options={opts(homes)} classNames={{ popup: { root: 'home-url-pop' } }} />
            </Form.Item>
            <Form.Item label="服务类型"><span className="ro">网站应用服务</span></Form.Item>
            <Form.Item label="网站服务内容" name="content" required><Checkbox.Group className="content" options={CONTENT_CHOICES} /></Form.Item>
            <Form.Item label="网站语言" name="languages" required>
              <Select className="languages" mode="multiple" style={{ width: 380 }} placeholder="请选择" options={opts(ICP_LANGUAGES)} classNames={{ popup: { root: 'languages-pop' } }} />
            </Form.Item>
            <Form.Item label="是否涉及前置审批" name="preApproval" required>
              <Radio.Group className="pre-approval" optionType="button" buttonStyle="solid" options={['是', '否']} />
            </Form.Item>
            <Form.Item label="IP地址"><span className="ro">47.96.56.78；2408:4000:1000::10（来自备案实例 yunqi-www）</span></Form.Item>
          </Card>
          <Card title="网站负责人" className="wp-card" extra={<span className="help">可与主体负责人不同</span>}>
            <Row gutter={24}>
              <Col span={12}><Form.Item label="网站负责人姓名" name="wpName" required><Input className="wp-name" /></Form.Item></Col>
              <Col span={12}><Form.Item label="证件类型" name="wpCertType" required>
                <Select className="wp-cert-type" placeholder="请选择" options={opts(ICP_PERSON_CERTS)} classNames={{ popup: { root: 'wp-cert-type-pop' } }} />
              </Form.Item></Col>
              <Col span={12}><Form.Item label="证件号码" name="wpCertNumber" required validateTrigger="onBlur" rules={[rule(idRule)]}><Input className="wp-cert-number" maxLength={18} /></Form.Item></Col>
              <Col span={12}><Form.Item label="证件有效期起" name="wpValidFrom" required {...dateItem}><DatePicker className="wp-valid-from" style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={12}>
                {longTerm ? <Form.Item label="证件有效期止"><span className="ro">长期</span></Form.Item>
                  : <Form.Item label="证件有效期止" name="wpValidTo" required {...dateItem}><DatePicker className="wp-valid-to" style={{ width: '100%' }} /></Form.Item>}
              </Col>
              <Col span={12}><Form.Item label=" " colon={false} name="wpLongTerm" valuePropName="checked"><Checkbox className="wp-long-term">长期</Checkbox></Form.Item></Col>
              <Col span={12}><Form.Item label="手机号码" name="wpMobile" required validateTrigger="onBlur" rules={[rule(mobile)]}><Input className="wp-mobile" maxLength={11} /></Form.Item></Col>
              <Col span={12}><Form.Item label="应急联系电话" name="wpEmergency" required validateTrigger="onBlur" dependencies={['wpMobile']}
                rules={[rule((v) => mobile(v) || (v === form.getFieldValue('wpMobile') ? '应急联系电话不能与手机号码相同' : ''))]}><Input className="wp-emergency" maxLength={11} /></Form.Item></Col>
              <Col span={12}><Form.Item label="办公室电话" name="wpOffice" validateTrigger="onBlur" rules={[rule((v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'))]}><Input className="wp-office" placeholder="区号-号码" /></Form.Item></Col>
              <Col span={12}><Form.Item label="电子邮箱" name="wpEmail" required validateTrigger="onBlur" rules={[rule(email)]}><Input className="wp-email" /></Form.Item></Col>
            </Row>
          </Card>
        </Form>
        <div className="actions">
          <Checkbox className="agree" checked={!!s.agree} onChange={(e) => set('agree', e.target.checked)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
          <Button type="primary" className="next" onClick={next}>下一步</Button><span className="msg">{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 开办主体 (个人, 公安), compact groups */

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; style?: React.CSSProperties }) {
  const [err, setErr] = useState('');
  return (
    <>
      <Input className={p.cls} style={p.style} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : undefined}
        onChange={(ev) => { p.set(p.k, ev.target.value); setErr(''); }}
        onBlur={(ev) => { const v = ev.target.value.trim(); if (v && p.rule) setErr(p.rule(v)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </>
  );
}
const F = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="ant-form-item cg-item">
    <div className="ant-form-item-label cg-label"><label className={p.req === false ? '' : 'ant-form-item-required'}>{p.label}</label></div>
    <div className="cg-control">{p.children}</div>
  </div>
);
function Drag(p: { s: S; set: Setter; k: string; cls: string; label: string }) {
  const names = arr<string>(p.s[p.k]);
  return (
    <div className={`drag ${p.cls}`}>
      <div className="help">{p.label}</div>
      <Upload.Dragger accept=".jpg,.jpeg,.png" maxCount={1} beforeUpload={() => false} fileList={names.map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done' as const }))}
        onChange={(info) => p.set(p.k, info.fileList.map((f) => f.name))}>
        <p style={{ margin: 8 }}>点击或拖拽上传{p.label}</p><p className="help">jpg / png，不超过 4 MB</p>
      </Upload.Dragger>
    </div>
  );
}

function MpsSubjectPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prFront: [], prBack: [],
    homeCodes: [], homeDetail: '', prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ homeCodes, ...r }) => ({ ...r, homeRegion: pathOfCode(arr<string>(homeCodes).at(-1) ?? '') }));
  const tree = useMemo(() => regionOptions(), []);
  const [idErr, setIdErr] = useState('');
  const [msg, setMsg] = useState('');
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 开办主体</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <Steps current={0} size="small" style={{ marginBottom: 16 }} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
        <Card title="开办主体信息" className="compact-card">
          <F label="开办主体性质">
            <Radio.Group className="kind" optionType="button" value={str(s.kind) || undefined} options={['个人', '单位']} onChange={(e) => set('kind', e.target.value)} />
          </F>
          <F label="负责人姓名"><T s={s} set={set} k="prName" cls="pr-name" style={{ width: 260 }} /></F>
          <F label="证件类型 / 证件号码">
            <Space.Compact style={{ width: 520 }}>
              <Select className="pr-cert-type" style={{ width: 200 }} placeholder="证件类型" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)}
                classNames={{ popup: { root: 'pr-cert-type-pop' } }} onChange={(v) => set('prCertType', v)} />
              <Input className="pr-cert-number" placeholder="证件号码" maxLength={18} value={str(s.prCertNumber)} status={idErr ? 'error' : undefined}
                onChange={(e) => { set('prCertNumber', e.target.value); setIdErr(''); }}
                onBlur={(e) => { const v = e.target.value.trim(); setIdErr(v && (!s.prCertType || s.prCertType === '居民身份证') ? idRule(v) : ''); }} />
            </Space.Compact>
            {idErr ? <div className="field-err">{idErr}</div> : null}
          </F>
          <F label="证件有效期">
            <Space.Compact>
              <DatePicker className="pr-valid-from" placeholder="证件有效期起" value={D(s.prValidFrom)} onChange={(d) => set('prValidFrom', ymd(d))} />
              <DatePicker className="pr-valid-to" placeholder="证件有效期止" disabled={!!s.prLongTerm} value={D(s.prValidTo)} onChange={(d) => set('prValidTo', ymd(d))} />
              <span className="compact-tick"><Checkbox className="pr-long-term" checked={!!s.prLongTerm} onChange={(e) => setMany(e.target.checked ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期</Checkbox></span>
            </Space.Compact>
          </F>
          <F label="负责人证件照片">
            <div style={{ display: 'flex', gap: 16 }}>
              <Drag s={s} set={set} k="prFront" cls="pr-front" label="负责人证件正面" />
              <Drag s={s} set={set} k="prBack" cls="pr-back" label="负责人证件反面" />
            </div>
          </F>
          <F label="负责人常住地址">
            <Space.Compact style={{ width: 640 }}>
              <Cascader className="home-region" style={{ width: 280 }} options={tree} placeholder="省 / 市 / 区县" classNames={{ popup: { root: 'home-region-pop' } }}
                value={arr<string>(s.homeCodes).length ? arr<string>(s.homeCodes) : undefined} onChange={(v) => set('homeCodes', arr<string>(v))} />
              <Input className="home-detail" placeholder="详细地址（街道、门牌号）" value={str(s.homeDetail)} onChange={(e) => set('homeDetail', e.target.value)} />
            </Space.Compact>
          </F>
          <Row gutter={24}>
            <Col span={8}><F label="办公室电话" req={false}><T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} /></F></Col>
            <Col span={8}><F label="手机号码"><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></F></Col>
            <Col span={8}><F label="负责人邮箱"><T s={s} set={set} k="prEmail" cls="pr-email" rule={(v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确')} /></F></Col>
          </Row>
          <F label="是否利用生成式人工智能">
            <Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={['是', '否']} onChange={(e) => set('genAI', e.target.value)} />
          </F>
        </Card>
        <div className="actions">
          <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.kind ? '' : '请选择开办主体性质'); }}>下一步</Button>
          <span className="msg">{msg}</span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout34-aliyun-site-unit-antd-formlist': AliyunSiteUnit,
  'heldout34-mps-subject-person-antd-compact': MpsSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
