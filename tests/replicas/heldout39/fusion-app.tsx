/**
 * Gen-39 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout39-aliyun-subject-person-fusion-timeline          填写主办者信息 (个人, 阿里云) as a TIMELINE: a Fusion Timeline
 *    whose items are the sections: a textarea, a whole-tree CascaderSelect answered late, an AutoComplete, a Select, a
 *    RangePicker + 长期有效 Switch hiding it, blur checks, phones that must differ; a 承诺 tick; 下一步
 *  - heldout39-volcengine-site-person-fusion-principaldialog  网站信息 (个人, 火山引擎): the site fields on the page (a
 *    TAG-mode Select, radios fed by it, a multiple Select, radios, a textarea) and the 网站负责人 in a Dialog opened by 编辑
 *    (a 同主体负责人 Checkbox copying and locking, a Select, two DatePicker2, blur checks); an agreement tick; 下一步
 */
import { Button, CascaderSelect, Checkbox, DatePicker2, Dialog, Input, Radio, Select, Switch, Timeline } from '@alifd/next';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchRegionTree, HELD_PRINCIPAL, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, personSiteNameProblem,
  PHONE_RE, validId, YES_NO, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); }, get: (k: string) => errs[k] ?? '' };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (个人): timeline */

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    certAddress: '', mailRegionCode: '', mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: [], prLongTerm: false,
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', promise: false, nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  useEffect(() => { void fetchRegionTree(500).then(setTree); }, []);
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 420 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const long = s.prLongTerm === true;
  const range = arr<string>(s.prValidity);
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body"><div className="card-w">
        <div className="ro-line" style={{ marginBottom: 12 }}>主办者：<b>张伟</b>（个人）　居民身份证 330106199003071236　所属区域：浙江省 杭州市 西湖区</div>
        <Timeline className="subject-timeline">
          <Timeline.Item title="主办者" state="process" content={<div className="sec-holder">
            <Row label="主办者证件住所" help="与身份证上登记的住址一致">
              <Input.TextArea className="cert-address" style={{ width: 420 }} rows={2} value={str(s.certAddress)} onChange={(v) => set('certAddress', String(v ?? ''))} />
            </Row>
            <Row label="通信地址" help="省 / 市 / 区县">
              <CascaderSelect className="mail-region" popupClassName="mail-region-pop" style={{ width: 420 }} placeholder={tree ? '请选择' : '地区加载中…'} dataSource={(tree ?? []) as never}
                value={str(s.mailRegionCode) || undefined} onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
            </Row>
            <Row label="通信地址详细" help="须详细到门牌号">{t('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
            <Row label="投资人或主管单位" help="个人填写本人姓名">
              <Select.AutoComplete className="investor" popupClassName="investor-pop" style={{ width: 420 }} value={str(s.investor)} dataSource={['张伟']} onChange={(v) => set('investor', String(v ?? ''))} />
            </Row>
          </div>} />
          <Timeline.Item title="主体负责人" state="process" content={<div className="sec-principal">
            <Row label="负责人姓名">{t('prName', 'pr-name', { max: 30 })}</Row>
            <Row label="负责人证件类型">
              <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: 420 }} placeholder="请选择" value={str(s.prCertType) || undefined} dataSource={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', String(v ?? ''))} />
            </Row>
            <Row label="负责人证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
            <Row label="长期有效" req={false}>
              <div className="row-inline"><Switch className="pr-long-term" checked={long} onChange={(v: boolean) => setMany({ prLongTerm: v, prValidity: [] })} /><span className="help">证件为长期有效时开启</span></div>
            </Row>
            {long ? null : (
              <Row label="证件有效期">
                <DatePicker2.RangePicker className="pr-validity" popupClassName="pr-validity-pop" format="YYYY-MM-DD" value={range.length ? [range[0] || null, range[1] || null] as never : undefined}
                  onChange={(_v: unknown, strs: unknown) => set('prValidity', arr<string>(strs).filter(Boolean))} />
              </Row>
            )}
          </div>} />
          <Timeline.Item title="联系方式" state="process" content={<div className="sec-contact">
            <Row label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{t('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
            <Row label="电子邮箱">{t('prEmail', 'pr-email', { blur: emailRule })}</Row>
          </div>} />
        </Timeline>
        <Checkbox className="promise" checked={s.promise === true} onChange={(v: boolean) => set('promise', v)}>本人承诺所填信息真实有效</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 网站信息 (个人): principal dialog */

function VolcSitePerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: '', remark: '',
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [open, setOpen] = useState(false);
  const domains = arr<string>(s.domains);
  const same = s.wpSame === true;
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <div style={{ width: 380 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const copy = (on: boolean) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(on ? { wpSame: true, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidFrom: h.validFrom, wpValidTo: h.validTo, wpMobile: h.mobile, wpEmail: h.email } : { wpSame: false });
  };
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>备案管理</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="vc-body">
        <div className="card-w sec-site">
          <div className="sec-title">网站信息</div>
          <Row label="网站名称" help="至少 3 个汉字；个人网站名称不得含有企业、科技、工作室等字样">{t('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Row>
          <Row label="网站域名" help="已实名认证的一级域名，输入后回车">
            <Select className="domains" popupClassName="domains-pop" mode="tag" style={{ width: 380 }} placeholder="如 example.cn" value={domains} dataSource={[]}
              onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()); const bad = l.find((d) => !DOMAIN_RE.test(d)); e.set('domains', bad ? `${bad} 不是一级域名` : ''); set('domains', l.filter((d) => DOMAIN_RE.test(d))); }} />
            {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
          </Row>
          <Row label="网站首页URL" help="从已填写的域名中选择">
            {domains.length ? <Radio.Group className="home-url" value={str(s.homeUrl) || undefined} dataSource={homeUrlSuggestions(domains)} onChange={(v) => set('homeUrl', String(v))} /> : <span className="help">请先填写网站域名</span>}
          </Row>
          <Row label="服务类型" req={false}><span className="ro">网站应用服务</span></Row>
          <Row label="网站服务内容" req={false}><span className="ro">其他（个人备案固定）</span></Row>
          <Row label="网站语言">
            <Select className="languages" popupClassName="languages-pop" mode="multiple" style={{ width: 380 }} placeholder="请选择" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES} onChange={(v) => set('languages', arr<string>(v))} />
          </Row>
          <Row label="是否涉及前置审批"><Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} dataSource={YES_NO} onChange={(v) => set('preApproval', String(v))} /></Row>
          <Row label="网站备注" help="说明网站用途">
            <Input.TextArea className="remark" style={{ width: 380 }} rows={2} value={str(s.remark)} onChange={(v) => set('remark', String(v ?? ''))} />
          </Row>
        </div>
        <div className="card-w sec-wp">
          <div className="sec-title">网站负责人</div>
          <div className="sum-row wp-summary">
            <span>{s.wpName ? `${str(s.wpName)}　${str(s.wpCertType)} ${str(s.wpCertNumber)}　${str(s.wpMobile)}` : '尚未填写网站负责人信息'}</span>
            <Button className="wp-edit" type="primary" text onClick={() => setOpen(true)}>编辑</Button>
          </div>
        </div>
        <Dialog v2 className="wp-dialog" title="编辑网站负责人" visible={open} width={680} onClose={() => setOpen(false)}
          footer={<Button type="primary" className="wp-ok" onClick={() => setOpen(false)}>确定</Button>}>
          <div className="wp-form">
            <Row label="同主体负责人" req={false}><Checkbox className="wp-same" checked={same} onChange={(v: boolean) => copy(v)}>同主体负责人（带出并锁定）</Checkbox></Row>
            <Row label="负责人姓名">{t('wpName', 'wp-name', { max: 30, disabled: same })}</Row>
            <Row label="证件类型">
              <Select className="wp-cert-type" popupClassName="wp-cert-type-pop" style={{ width: 380 }} disabled={same} placeholder="请选择" value={str(s.wpCertType) || undefined} dataSource={ICP_PERSON_CERTS} onChange={(v) => set('wpCertType', String(v ?? ''))} />
            </Row>
            <Row label="证件号码">{t('wpCertNumber', 'wp-cert-number', { max: 18, disabled: same, blur: idRule(s.wpCertType) })}</Row>
            <Row label="证件有效期开始"><DatePicker2 className="wp-valid-from" popupClassName="wp-valid-from-pop" format="YYYY-MM-DD" disabled={same} value={str(s.wpValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('wpValidFrom', String(v ?? ''))} /></Row>
            <Row label="证件有效期结束"><DatePicker2 className="wp-valid-to" popupClassName="wp-valid-to-pop" format="YYYY-MM-DD" disabled={same} value={str(s.wpValidTo) || null} onChange={(_d: unknown, v: unknown) => set('wpValidTo', String(v ?? ''))} /></Row>
            <Row label="手机号码">{t('wpMobile', 'wp-mobile', { max: 11, disabled: same, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{t('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="电子邮箱">{t('wpEmail', 'wp-email', { disabled: same, blur: emailRule })}</Row>
          </div>
        </Dialog>
        <Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout39-aliyun-subject-person-fusion-timeline': AliyunSubjectPerson,
  'heldout39-volcengine-site-person-fusion-principaldialog': VolcSitePerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
