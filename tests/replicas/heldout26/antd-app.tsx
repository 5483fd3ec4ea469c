/**
 * Gen-26 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout26-aliyun-apply-person-antd-modalform   新增网站 (个人, 阿里云 我的备案 /pcContainer/myorder; the entity is filed at
 *    Alibaba): a TABLE of the account's filed entity and the new site's form in a MODAL opened on load (labels on top): a
 *    blur-checked name, a TAGS Select of domains, an AUTOCOMPLETE home URL (blur-checked), a CHECKBOX group, a textarea, a
 *    同主办者 SWITCH copying the principal (rows stay editable), blur checks, a RANGEPICKER + 长期 tick, phones that must
 *    differ; 取消 / 确定
 */
import { AutoComplete, Button, Checkbox, Col, ConfigProvider, DatePicker, Form, Input, Modal, Row, Select, Switch, Table } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_LANGUAGES, MOBILE_RE, personSiteNameProblem, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Item(p: { label: string; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** The entity's principal the account holds (the profile's 张伟, filed as the entity at Alibaba), for 同主办者. */
const HELD = { name: '张伟', certNumber: '330106199003071236', validity: ['2018-03-01', '2038-03-01'], mobile: '13800138000', emergency: '13900139000', email: 'zhangwei@example.com' };
const ENTITIES = [{ key: 'e1', name: '张伟', nature: '个人', number: '浙ICP备2023031234号', sites: 1, status: '已备案' }];

function AliyunApplyPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], remark: '', wpSame: false, wpName: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false,
    wpMobile: '', wpEmergency: '', wpEmail: '', cancelClicks: 0, okClicks: 0,
  }, (r) => {
    const v = arr<string>(r.wpValidity).filter(Boolean);
    return { ...r, wpValidity: r.wpLongTerm ? v.slice(0, 1) : v.length === 2 ? v : [] };
  });
  const e = useErrs();
  const [open, setOpen] = useState(true);
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = arr<string>(s.domains);
  const setDomains = (v: string[]) => {
    const l = v.map((x) => x.trim().toLowerCase()).filter(Boolean);
    const bad = l.find((x) => !DOMAIN_RE.test(x));
    if (bad) e.set('domains', `${bad}：请填写不带 www. 与 http:// 的域名`); else e.clear('domains');
    set('domains', l.filter((x, i) => DOMAIN_RE.test(x) && l.indexOf(x) === i));
  };
  const setSame = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: HELD.name, wpCertNumber: HELD.certNumber, wpValidity: HELD.validity, wpLongTerm: false, wpMobile: HELD.mobile, wpEmergency: HELD.emergency, wpEmail: HELD.email }
    : { wpSame: false, wpName: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '' });
  const validity = arr<string>(s.wpValidity);
  const ok = () => {
    clicks(s, set, 'okClicks')();
    setMsg(!s.siteName || !domains.length || !s.homeUrl ? '请完善网站信息' : !s.wpName || !s.wpMobile ? '请完善网站负责人信息' : '已提交，等待阿里云初审');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <h2 className="page-title">我的备案</h2>
        <div className="card-w">
          <Table className="entity-table" size="small" pagination={false} dataSource={ENTITIES}
            columns={[
              { title: '主办者', dataIndex: 'name' }, { title: '性质', dataIndex: 'nature' }, { title: '主体备案号', dataIndex: 'number' },
              { title: '网站数', dataIndex: 'sites' }, { title: '状态', dataIndex: 'status' },
              { title: '操作', key: 'op', render: () => <Button type="link" className="open-new" onClick={() => setOpen(true)}>新增网站</Button> },
            ]} />
        </div>
        <div className="msg page-msg">{msg}</div>
      </div></div>
      <Modal className="new-site-modal" title="新增网站（主体已在阿里云备案）" open={open} width={820} maskClosable={false} destroyOnHidden={false} forceRender
        onCancel={() => { clicks(s, set, 'cancelClicks')(); setOpen(false); }}
        footer={[
          <Button key="c" className="btn-cancel" onClick={() => { clicks(s, set, 'cancelClicks')(); setOpen(false); }}>取消</Button>,
          <Button key="o" className="btn-ok" type="primary" onClick={ok}>确定</Button>,
        ]}>
        <Form layout="vertical" className="new-site-form">
          <div className="dr-sec" style={{ fontWeight: 500, margin: '4px 0 8px' }}>网站信息</div>
          <Row gutter={20}>
            <Col span={12}><Item label="网站名称" req e={e} k="siteName">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Item></Col>
            <Col span={12}>
              <Item label="网站域名" req e={e} k="domains">
                <Select className="domains" mode="tags" placeholder="输入域名后回车" value={domains} open={false} suffixIcon={null} onChange={(v) => setDomains(v as string[])} />
              </Item>
            </Col>
            <Col span={12}>
              <Item label="网站首页URL" req e={e} k="homeUrl">
                <AutoComplete className="home-url" value={str(s.homeUrl)} placeholder="如 www.example.cn" options={homeUrlSuggestions(domains).map((value) => ({ value }))}
                  classNames={{ popup: { root: 'home-url-pop' } }}
                  onChange={(v) => { set('homeUrl', String(v ?? '')); e.clear('homeUrl'); }}
                  onBlur={() => { const v = str(s.homeUrl).trim(); if (v) e.set('homeUrl', homeUrlSuggestions(domains).includes(v) ? '' : '首页URL须属于已填写的网站域名'); }} />
              </Item>
            </Col>
            <Col span={12}><Item label="网站服务内容"><span className="ro">其他</span><span className="help" style={{ marginLeft: 8 }}>个人备案固定为“其他”</span></Item></Col>
            <Col span={24}>
              <Item label="网站语言" req>
                <Checkbox.Group className="languages" value={arr<string>(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', v as string[])} />
              </Item>
            </Col>
            <Col span={24}>
              <Item label="网站备注" req>
                <Input.TextArea className="remark" rows={2} maxLength={200} value={str(s.remark)} placeholder="说明网站用途" onChange={(ev) => set('remark', ev.target.value)} />
              </Item>
            </Col>
          </Row>
          <div className="dr-sec" style={{ fontWeight: 500, margin: '4px 0 8px' }}>网站负责人</div>
          <Item label="同主办者">
            <Switch className="wp-same" checked={s.wpSame === true} onChange={setSame} /> <span className="help">网站负责人为主办者本人时开启，自动带入主办者信息</span>
          </Item>
          <Row gutter={20}>
            <Col span={12}><Item label="负责人姓名" req>{text('wpName', 'wp-name', { max: 30 })}</Item></Col>
            <Col span={12}><Item label="负责人证件号码" req e={e} k="wpCertNumber">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (v) => (validId(v) ? '' : '证件号码校验未通过') })}</Item></Col>
            <Col span={24}>
              <Item label="证件有效期" req>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  {s.wpLongTerm ? (
                    <DatePicker className="wp-valid-from" value={validity[0] ? dayjs(validity[0]) : null} placeholder="开始日期"
                      onChange={(d) => set('wpValidity', d ? [d.format('YYYY-MM-DD')] : [])} />
                  ) : (
                    <DatePicker.RangePicker className="wp-validity" value={validity.length === 2 ? [dayjs(validity[0]), dayjs(validity[1])] : null}
                      onChange={(d) => set('wpValidity', d && d[0] && d[1] ? [d[0].format('YYYY-MM-DD'), d[1].format('YYYY-MM-DD')] : [])} />
                  )}
                  <Checkbox className="wp-long-term" checked={s.wpLongTerm === true}
                    onChange={(ev) => setMany({ wpLongTerm: ev.target.checked, wpValidity: validity[0] && ev.target.checked ? [validity[0]] : [] })}>长期</Checkbox>
                </div>
              </Item>
            </Col>
            <Col span={8}><Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</Item></Col>
            <Col span={8}><Item label="应急联系电话" req e={e} k="wpEmergency">{text('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Item></Col>
            <Col span={8}><Item label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Item></Col>
          </Row>
        </Form>
      </Modal>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout26-aliyun-apply-person-antd-modalform': AliyunApplyPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
