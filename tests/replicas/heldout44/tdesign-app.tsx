/**
 * Gen-44 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + TDesign React 1.18 (tdesign.min.css), written
 * from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout44-aliyun-site-person-tdesign-sidemenu     Alibaba 填写网站信息 (个人) as a SIDE MENU: a TDesign Menu at the left
 *    switching three mounted panes (网站信息 / 网站负责人 / 备注说明); a TagInput feeding a Select of home URLs, a multiple
 *    Select, a Switch revealing pre-approval items, button Radios 同主体负责人 / 另行填写 (copying and locking the
 *    principal), a Select, a DateRangePicker, blur checks, phones that must differ, a Textarea; the 协议 tick; 下一步
 *  - heldout44-mps-subject-person-tdesign-gridsheet    公安 开办主体 (个人) as a GRID SHEET: a bordered four-column sheet
 *    (label | control | label | control) with section rows; a Select whose 个人 reveals the person's rows, a Select listed
 *    late, two DatePickers, a whole-tree Cascader answered late + a street line, two Uploads, Radios, blur checks; 保存草稿 /
 *    下一步
 */
import { Button, Cascader, Checkbox, DatePicker, DateRangePicker, Input, Menu, Radio, Select, Switch, TagInput, Textarea, Upload } from 'tdesign-react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchMpsPersonCerts, fetchRegionTree, HELD_PRINCIPAL, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, pathOfCode, personSiteNameProblem,
  PHONE_RE, validId, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { MenuItem } = Menu;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean; width?: number }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <div style={{ width: p.width ?? '100%' }}>
      <Input className={p.cls} value={v} disabled={p.disabled} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={(x) => { const t = String(x ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}
const R = (p: { label: string; req?: boolean; children: React.ReactNode }) => (
  <div className="ot-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}</div></div>
);

/* ------------------------------------------------------------------ 网站信息 (个人, 阿里云), side menu */

function AliyunSitePerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', languages: [], preApproval: false, preItems: [],
    wpSource: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', remark: '', agree: false, nextClicks: 0,
  });
  const [pane, setPane] = useState<string>('site');
  const [msg, setMsg] = useState('');
  const [domainErr, setDomainErr] = useState('');
  const domains = arr<string>(s.domains);
  const homes = domains.flatMap((d) => [`www.${d}`, d]);
  const same = s.wpSource === '同主体负责人';
  const setDomains = (v: unknown) => {
    const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
    setDomainErr(l.find((d) => !DOMAIN_RE.test(d)) ? '请填写不带 www. 与 http:// 的一级域名' : '');
    const h = l.flatMap((d) => [`www.${d}`, d]);
    setMany({ domains: l, homeUrl: h.includes(str(s.homeUrl)) ? s.homeUrl : '' });
  };
  const setSource = (v: string) => {
    const h = HELD_PRINCIPAL.个人;
    setMany(v === '同主体负责人'
      ? { wpSource: v, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidity: [h.validFrom, h.validTo], wpMobile: h.mobile, wpEmergency: '13900139000', wpEmail: h.email }
      : { wpSource: v, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '' });
  };
  const show = (k: string) => ({ display: pane === k ? 'block' : 'none' });
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <div className="card-w help">填写基本信息 ✓ → 填写主办者信息 ✓ → <b>填写网站信息</b> → 上传资料</div>
        <div className="card-w" style={{ display: 'grid', gridTemplateColumns: '200px minmax(0, 1fr)', gap: 20 }}>
          <Menu className="side-menu" value={pane} onChange={(v) => setPane(String(v))} width="200px">
            <MenuItem value="site">网站信息</MenuItem>
            <MenuItem value="wp">网站负责人</MenuItem>
            <MenuItem value="remark">备注说明</MenuItem>
          </Menu>
          <div>
            <div className="p-site" style={show('site')}>
              <div className="sec-title">网站信息</div>
              <R label="网站名称"><T s={s} set={set} k="siteName" cls="site-name" width={420} placeholder="个人网站名称不能含企业、科技、论坛等字样" rule={personSiteNameProblem} /></R>
              <R label="网站域名">
                <TagInput className="domains" style={{ width: 420 }} value={domains} placeholder="输入一级域名后回车" onChange={setDomains} />
                {domainErr ? <div className="field-err">{domainErr}</div> : null}
              </R>
              <R label="网站首页URL">
                <Select className="home-url" style={{ width: 420 }} value={str(s.homeUrl) || undefined} placeholder={homes.length ? '请选择' : '请先填写网站域名'} options={opts(homes)}
                  popupProps={{ overlayClassName: 'home-url-pop' }} onChange={(v) => set('homeUrl', String(v ?? ''))} />
              </R>
              <R label="服务类型" req={false}><span className="ro" style={{ lineHeight: '32px' }}>网站应用服务</span></R>
              <R label="服务内容" req={false}><span className="ro" style={{ lineHeight: '32px' }}>其他（个人备案固定）</span></R>
              <R label="网站语言">
                <Select className="languages" style={{ width: 420 }} multiple filterable value={arr<string>(s.languages)} placeholder="请选择" options={opts(ICP_LANGUAGES)}
                  popupProps={{ overlayClassName: 'languages-pop' }} onChange={(v) => set('languages', arr<string>(v))} />
              </R>
              <R label="是否涉及前置审批" req={false}>
                <Switch className="pre-approval" value={s.preApproval === true} label={['是', '否']} onChange={(v) => setMany({ preApproval: !!v, preItems: v ? s.preItems : [] })} />
              </R>
              {s.preApproval === true
                ? <R label="前置审批项"><Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} options={opts(ICP_PRE_APPROVALS)} onChange={(v) => set('preItems', arr<string>(v))} /></R>
                : null}
            </div>
            <div className="p-wp" style={show('wp')}>
              <div className="sec-title">网站负责人</div>
              <R label="网站负责人">
                <Radio.Group className="wp-source" variant="default-filled" value={str(s.wpSource) || undefined} options={opts(['同主体负责人', '另行填写'])} onChange={(v) => setSource(String(v))} />
                <div className="help">选择“同主体负责人”将带入主体负责人信息，不可修改</div>
              </R>
              <R label="负责人姓名"><T s={s} set={set} k="wpName" cls="wp-name" width={320} disabled={same} /></R>
              <R label="证件类型">
                <Select className="wp-cert-type" style={{ width: 320 }} disabled={same} value={str(s.wpCertType) || undefined} placeholder="请选择" options={opts(ICP_PERSON_CERTS)}
                  popupProps={{ overlayClassName: 'wp-cert-type-pop' }} onChange={(v) => set('wpCertType', String(v ?? ''))} />
              </R>
              <R label="证件号码"><T s={s} set={set} k="wpCertNumber" cls="wp-cert-number" width={320} disabled={same} rule={idRule} /></R>
              <R label="证件有效期">
                <DateRangePicker className="wp-validity" style={{ width: 320 }} disabled={same} value={arr<string>(s.wpValidity)} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
                  popupProps={{ overlayClassName: 'wp-validity-pop' }} onChange={(v) => set('wpValidity', arr<string>(v).map(String))} />
              </R>
              <R label="手机号码"><T s={s} set={set} k="wpMobile" cls="wp-mobile" width={320} disabled={same} rule={mobile} /></R>
              <R label="应急联系电话"><T s={s} set={set} k="wpEmergency" cls="wp-emergency" width={320} disabled={same} placeholder="不能与手机号码相同" rule={(v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '')} /></R>
              <R label="办公室电话" req={false}><T s={s} set={set} k="wpOffice" cls="wp-office" width={320} placeholder="区号-号码（选填）" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} /></R>
              <R label="电子邮箱"><T s={s} set={set} k="wpEmail" cls="wp-email" width={320} disabled={same} rule={email} /></R>
            </div>
            <div className="p-remark" style={show('remark')}>
              <div className="sec-title">备注说明</div>
              <R label="网站备注">
                <Textarea className="remark" value={str(s.remark)} placeholder="简要说明网站用途；不得含有网站名称禁用的字样" autosize={{ minRows: 3 }} onChange={(v) => set('remark', String(v ?? ''))} />
              </R>
            </div>
            <div className="actions">
              <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', !!v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
              <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '' : '请先同意服务协议'); }}>下一步</Button>
              <span className="msg">{msg}</span>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 开办主体 (个人, 公安), grid sheet */

const Lab = (p: { children: React.ReactNode; req?: boolean }) => <div className="lab">{p.req !== false ? <i>*</i> : null}{p.children}</div>;
interface UpFile { name?: string }

function MpsSubjectPerson() {
  const { s, set } = useReplicaState('mps', 'subject', '个人', {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', homeCode: '', homeDetail: '', idFront: [], idBack: [],
    prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ homeCode, ...r }) => ({ ...r, homeRegion: pathOfCode(str(homeCode)) }));
  const [certs, setCerts] = useState<string[] | null>(null);
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { void fetchMpsPersonCerts(450).then(setCerts); void fetchRegionTree(550).then(setTree); }, []);
  const person = s.kind === '个人';
  const files = (k: string) => (l: UpFile[]) => set(k, l.map((f) => f.name ?? '').filter(Boolean));
  const up = (k: string, cls: string) => (
    <Upload className={cls} theme="file" autoUpload={false} accept="image/png,image/jpeg" max={1} files={arr<string>(s[k]).map((name) => ({ name, status: 'waiting' as const }))}
      onChange={(l) => files(k)(l as UpFile[])} tips="jpg / png，不超过 400 KB" />
  );
  return (
    <div>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>开办主体管理 · 新增开办主体</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body">
        <div className="card-w help"><b>开办主体</b> → 网站基本信息 → 网站负责人 → 提示说明</div>
        <div className="card-w">
          <div className="sheet grid-sheet">
            <div className="head">开办主体</div>
            <Lab>开办主体性质</Lab>
            <div className="span3">
              <Select className="kind" style={{ width: 240 }} value={str(s.kind) || undefined} placeholder="请选择" options={opts(['个人', '单位'])} popupProps={{ overlayClassName: 'kind-pop' }}
                onChange={(v) => set('kind', String(v ?? ''))} />
              {s.kind === '单位' ? <div className="help">单位用户请使用法人账号登录后新增开办主体</div> : null}
            </div>
            {person ? (
              <>
                <div className="head">负责人信息</div>
                <Lab>负责人姓名</Lab><div><T s={s} set={set} k="prName" cls="pr-name" /></div>
                <Lab>证件类型</Lab>
                <div>
                  <Select className="pr-cert-type" loading={!certs} value={str(s.prCertType) || undefined} placeholder={certs ? '请选择' : '加载中…'} options={opts(certs ?? [])}
                    popupProps={{ overlayClassName: 'pr-cert-type-pop' }} onChange={(v) => set('prCertType', String(v ?? ''))} />
                </div>
                <Lab>证件号码</Lab><div><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={idRule} /></div>
                <Lab>证件有效期起</Lab>
                <div><DatePicker className="pr-valid-from" value={str(s.prValidFrom)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" popupProps={{ overlayClassName: 'pr-valid-from-pop' }} onChange={(v) => set('prValidFrom', String(v ?? ''))} /></div>
                <Lab>证件有效期止</Lab>
                <div><DatePicker className="pr-valid-to" value={str(s.prValidTo)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" popupProps={{ overlayClassName: 'pr-valid-to-pop' }} onChange={(v) => set('prValidTo', String(v ?? ''))} /></div>
                <Lab req={false}>{' '}</Lab><div />
                <Lab>负责人常住地址</Lab>
                <div>
                  <Cascader className="home-region" options={tree ?? []} loading={!tree} filterable value={str(s.homeCode) || undefined} placeholder={tree ? '省 / 市 / 区县' : '地区加载中…'}
                    popupProps={{ overlayClassName: 'home-region-pop' }} onChange={(v) => set('homeCode', String(v ?? ''))} />
                </div>
                <Lab>常住地址详细地址</Lab><div><T s={s} set={set} k="homeDetail" cls="home-detail" placeholder="街道、门牌号" /></div>
                <Lab>身份证正面</Lab><div>{up('idFront', 'up-idFront')}</div>
                <Lab>身份证反面</Lab><div>{up('idBack', 'up-idBack')}</div>
                <div className="head">联系方式</div>
                <Lab req={false}>办公室电话</Lab><div><T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码（选填）" rule={(v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确')} /></div>
                <Lab>手机号码</Lab><div><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></div>
                <Lab>负责人邮箱</Lab><div><T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /></div>
                <Lab>是否利用生成式人工智能</Lab>
                <div><Radio.Group className="gen-ai" value={str(s.genAI) || undefined} options={opts(['是', '否'])} onChange={(v) => set('genAI', String(v))} /></div>
              </>
            ) : null}
          </div>
          <div className="actions">
            <Button variant="outline" className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('草稿已保存'); }}>保存草稿</Button>
            <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(person ? '' : '请选择开办主体性质'); }}>下一步</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout44-aliyun-site-person-tdesign-sidemenu': AliyunSitePerson,
  'heldout44-mps-subject-person-tdesign-gridsheet': MpsSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
