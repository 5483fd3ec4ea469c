/**
 * Gen-35 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger may call findDOMNode) + Arco
 * Design 2.66, written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout35-aliyun-site-person-arco-statuscards     填写网站信息 (个人, 阿里云) as STATUS CARDS: three numbered Arco Cards,
 *    each header a read-only 已完成 / 待完善 Tag derived from its fields: a creatable multiple Select, an AutoComplete, a
 *    multiple Select, a 是 / 否 Select, button radios, a DatePicker + a term Select with the end date derived, a textarea,
 *    blur checks, phones that must differ; an agreement tick; 下一步
 *  - heldout35-mps-principal-person-arco-anchorside    网站负责人 (个人, 公安) as an ANCHOR SIDE: an Arco Anchor at the left,
 *    the sections at the right (labels left): a Switch copying the principal (fields then read-only), a Select, a
 *    RangePicker, two Uploads, a Checkbox revealing the emergency contact's fields, blur checks; a 告知书 tick; 提交
 *  - heldout35-baidu-subject-unit-arco-licenceaside    填写主办者信息 (单位, 百度智能云) as a LICENCE ASIDE: the 营业执照
 *    Upload in a left aside (read after a delay: it fills what is still empty), the form at the right: a LAZY Cascader
 *    (loadMore), a Switch copying the legal rep, a Select, a DatePicker + 长期 Checkbox disabling the end, blur checks,
 *    phones that must differ; a 承诺书 tick; 下一步
 */
import { Anchor, AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Input, Radio, Select, Steps, Switch, Tag, Upload } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, endOfTerm, fetchAreas, HELD_PRINCIPAL, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, ID_TERMS, MOBILE_RE, MPS_PERSON_CERTS,
  pathOfCode, personSiteNameProblem, PHONE_RE, readLicence, validId, validUscc, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/** A label-left row. */
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

/** An image slot: an Arco Upload that keeps the file's name (jpg / png, ≤ 4MB). */
function Photo(p: { s: S; set: Setter; k: string; cls: string; onFile?: (name: string) => void }) {
  const files = arr<string>(p.s[p.k]);
  const [msg, setMsg] = useState('');
  return (
    <div className={`photo ${p.cls}`}>
      <Upload showUploadList={false} autoUpload={false} accept="image/png,image/jpeg"
        beforeUpload={(file) => {
          const ok = /^image\/(png|jpeg)$/.test(file.type) && file.size <= 4 * 1024 * 1024;
          setMsg(ok ? '' : '仅支持 jpg / png，且不超过 4MB');
          if (ok) { p.set(p.k, [file.name]); p.onFile?.(file.name); }
          return false;
        }}>
        <Button size="small" className={`up-${p.cls}`}>{files.length ? '重新上传' : '上传图片'}</Button>
      </Upload>
      {files.length ? <><span className="file-name"> {files[0]} </span><Button type="text" size="mini" onClick={() => p.set(p.k, [])}>删除</Button></> : <span className="help"> 未上传</span>}
      {msg ? <div className="field-err">{msg}</div> : null}
    </div>
  );
}

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (个人): status cards */

const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== '' && v !== undefined && v !== null);

function AliyunSitePerson() {
  const { s, set } = useReplicaState('aliyun', 'site', '个人', {
    siteName: '', domains: [], homeUrl: '', remark: '', languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpTerm: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 400 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const domains = arr<string>(s.domains);
  const term = str(s.wpTerm);
  const end = term === '长期' ? '长期有效' : endOfTerm(str(s.wpValidFrom), term);
  const card = (n: number, title: string, cls: string, keys: string[], children: ReactNode) => {
    const done = keys.every((k) => filled(s[k]));
    return (
      <Card className={`scard ${cls}`} style={{ marginBottom: 16 }} title={<span><span className="num">{n}</span>{title}</span>}
        extra={<Tag className={`status-${cls}`} color={done ? 'green' : 'orange'}>{done ? '已完成' : '待完善'}</Tag>}>
        {children}
      </Card>
    );
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span className="who">张伟</span></div>
      <div className="al-body">
        <Steps current={3} size="small" style={{ marginBottom: 16 }}>{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        {card(1, '网站基本信息', 'c-site', ['siteName', 'domains', 'homeUrl', 'remark'], <>
          <Row label="网站名称" help="个人网站名称不得含有企业、科技、工作室、论坛等字样">{text('siteName', 'site-name', { max: 50, blur: personSiteNameProblem })}</Row>
          <Row label="网站域名" help="不带 www.，输入后回车">
            <Select className="domains" style={{ width: 400 }} mode="multiple" allowCreate placeholder="如 example.cn" value={domains} options={[]}
              onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()); const bad = l.find((x) => domainRule(x)); e.set('domains', bad ? `${bad}：${domainRule(bad)}` : ''); set('domains', l.filter((x) => !domainRule(x))); }} />
            {e.get('domains') ? <div className="field-err">{e.get('domains')}</div> : null}
          </Row>
          <Row label="网站首页URL" help="不带 http://">
            <AutoComplete className="home-url" style={{ width: 400 }} triggerProps={{ className: 'home-url-pop' }} placeholder="如 www.example.cn" value={str(s.homeUrl)} data={homeUrlSuggestions(domains)}
              onChange={(v) => set('homeUrl', String(v ?? ''))} />
          </Row>
          <Row label="服务类型" req={false}><span className="ro">网站应用服务</span></Row>
          <Row label="网站服务内容" req={false}><span className="ro">其他（个人备案固定）</span></Row>
          <Row label="网站备注" help="简要说明网站用途，不得含有经营性字样">
            <Input.TextArea className="remark" style={{ width: 400 }} maxLength={200} showWordLimit value={str(s.remark)} onChange={(v) => set('remark', v)} />
          </Row>
        </>)}
        {card(2, '网站语言与前置审批', 'c-lang', ['languages', 'preApproval'], <>
          <Row label="网站语言">
            <Select className="languages" style={{ width: 400 }} mode="multiple" triggerProps={{ className: 'languages-pop' }} placeholder="请选择" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)}
              onChange={(v) => set('languages', arr<string>(v))} />
          </Row>
          <Row label="是否涉及前置审批">
            <Select className="pre-approval" style={{ width: 160 }} triggerProps={{ className: 'pre-approval-pop' }} placeholder="请选择" value={str(s.preApproval) || undefined} options={opts(YES_NO)}
              onChange={(v) => set('preApproval', String(v))} />
          </Row>
        </>)}
        {card(3, '网站负责人', 'c-wp', ['wpName', 'wpCertType', 'wpCertNumber', 'wpValidFrom', 'wpTerm', 'wpMobile', 'wpEmergency', 'wpEmail'], <>
          <Row label="网站负责人姓名">{text('wpName', 'wp-name', { max: 30 })}</Row>
          <Row label="证件类型">
            <Radio.Group className="wp-cert-type" type="button" value={str(s.wpCertType) || undefined} options={ICP_PERSON_CERTS.slice(0, 4)} onChange={(v) => set('wpCertType', String(v))} />
          </Row>
          <Row label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
          <Row label="证件有效期开始">
            <DatePicker className="wp-valid-from" style={{ width: 200 }} value={str(s.wpValidFrom) || undefined} onChange={(d) => set('wpValidFrom', d ?? '')} />
          </Row>
          <Row label="有效期限" help="居民身份证有效期限：5年、10年、20年或长期">
            <div className="row-inline">
              <Select className="wp-term" style={{ width: 140 }} triggerProps={{ className: 'wp-term-pop' }} placeholder="请选择" value={term || undefined} options={opts(ID_TERMS)} onChange={(v) => set('wpTerm', String(v))} />
              <span className="wp-valid-to ro">有效期截止：{end || '—'}</span>
            </div>
          </Row>
          <Row label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
          <Row label="办公室电话" req={false}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
          <Row label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</Row>
        </>)}
        <Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 公安 网站负责人 (个人): anchor side */

function MpsPrincipalPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '个人', {
    aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidity: [], aqMobile: '', aqEmail: '', aqFront: [], aqBack: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, submitClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const same = s.aqSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <div style={{ width: 380 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const validity = arr<string>(s.aqValidity);
  const copy = (on: boolean) => {
    const p = HELD_PRINCIPAL.个人;
    setMany(on
      ? { aqSame: true, aqName: p.name, aqCertType: p.certType, aqCertNumber: p.certNumber, aqValidity: [p.validFrom, p.validTo], aqMobile: p.mobile, aqEmail: p.email }
      : { aqSame: false });
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟</span></div>
      <div className="mps-body">
        <Steps current={3} style={{ marginBottom: 16 }}>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <div className="anchor-layout">
          <div className="anchor-side card-w">
            <Anchor className="side-anchor" affix={false} lineless={false}>
              <Anchor.Link href="#sec-aq" title="网站安全负责人" />
              <Anchor.Link href="#sec-yj" title="网站应急联络人" />
              <Anchor.Link href="#sec-notice" title="提示说明" />
            </Anchor>
          </div>
          <div>
            <Card id="sec-aq" className="sec-aq" title="网站安全负责人信息" style={{ marginBottom: 16 }}>
              <Row label="同主体负责人信息" req={false} help="开启后带入开办主体负责人信息，不可修改">
                <Switch className="aq-same" checked={same} onChange={copy} />
              </Row>
              <Row label="安全负责人姓名">{text('aqName', 'aq-name', { max: 30, disabled: same })}</Row>
              <Row label="证件类型">
                <Select className="aq-cert-type" style={{ width: 380 }} triggerProps={{ className: 'aq-cert-type-pop' }} disabled={same} placeholder="请选择" value={str(s.aqCertType) || undefined}
                  options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('aqCertType', String(v))} />
              </Row>
              <Row label="证件号码">{text('aqCertNumber', 'aq-cert-number', { max: 18, disabled: same, blur: idRule(s.aqCertType) })}</Row>
              <Row label="证件有效期">
                <DatePicker.RangePicker className="aq-validity" style={{ width: 300 }} disabled={same} value={validity.length === 2 ? validity : undefined} onChange={(d) => set('aqValidity', arr<string>(d))} />
              </Row>
              <Row label="手机号码">{text('aqMobile', 'aq-mobile', { max: 11, disabled: same, blur: mobileRule })}</Row>
              <Row label="电子邮件地址">{text('aqEmail', 'aq-email', { disabled: same, blur: emailRule })}</Row>
              <Row label="证件正面" help="同主体负责人时也须重新上传"><Photo s={s} set={set} k="aqFront" cls="aq-front" /></Row>
              <Row label="证件反面"><Photo s={s} set={set} k="aqBack" cls="aq-back" /></Row>
            </Card>
            <Card id="sec-yj" className="sec-yj" title="网站应急联络人" style={{ marginBottom: 16 }}>
              <Checkbox className="yj-same" checked={s.yjSame === true} onChange={(v) => set('yjSame', v)}>同主体负责人信息</Checkbox>
              {s.yjSame === true ? <div className="help" style={{ marginTop: 8 }}>应急联络人为开办主体负责人</div> : (
                <div className="yj-fields">
                  <Row label="联络人姓名">{text('yjName', 'yj-name', { max: 30 })}</Row>
                  <Row label="证件类型">
                    <Select className="yj-cert-type" style={{ width: 380 }} placeholder="请选择" value={str(s.yjCertType) || undefined} options={opts(MPS_PERSON_CERTS)} onChange={(v) => set('yjCertType', String(v))} />
                  </Row>
                  <Row label="证件号码">{text('yjCertNumber', 'yj-cert-number', { max: 18, blur: idRule(s.yjCertType) })}</Row>
                  <Row label="手机号码">{text('yjMobile', 'yj-mobile', { max: 11, blur: mobileRule })}</Row>
                </div>
              )}
            </Card>
            <Card id="sec-notice" className="sec-notice" title="提示说明">
              <p className="help">开办者应当落实网络安全主体责任，按规定报送网站信息，发生变更时及时办理变更手续。</p>
              <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', v)}>我已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox>
              <div className="actions">
                <Button type="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.notice ? '请完善带 * 的信息' : '请先阅读并同意责任告知书'); }}>提交</Button>
                {msg ? <span className="msg">{msg}</span> : null}
              </div>
            </Card>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 百度智能云 填写主办者信息 (单位): licence aside */

interface Lazy { value: string; label: string; isLeaf?: boolean }

function BaiduSubjectUnit() {
  const { s, set, setMany } = useReplicaState('baidu', 'subject', '单位', {
    licence: [], unitName: '', certNumber: '', legalRep: '', legalRepId: '', certAddress: '', mailRegionCodes: [], mailDetail: '', investor: '',
    prSameLegal: false, prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
    agree: false, nextClicks: 0,
  }, ({ mailRegionCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailRegionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [reading, setReading] = useState(false);
  const latest = useRef(s);
  latest.current = s;
  const [roots, setRoots] = useState<Lazy[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const sameLegal = s.prSameLegal === true;
  const long = s.prLongTerm === true;
  // with 负责人同法定代表人 on, the legal rep's name and ID number follow into the principal's
  const setLinked: Setter = (k, v) => {
    if (sameLegal && k === 'legalRep') setMany({ legalRep: v, prName: v });
    else if (sameLegal && k === 'legalRepId') setMany({ legalRepId: v, prCertNumber: v });
    else set(k, v);
  };
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <div style={{ width: 400 }}><Text s={s} set={setLinked} e={e} k={k} cls={cls} {...o} /></div>;
  const onLicence = () => {
    setReading(true);
    void readLicence().then((r) => {
      setReading(false);
      const cur = latest.current;
      const patch: S = {};
      (['unitName', 'certNumber', 'legalRep'] as const).forEach((k) => { if (!str(cur[k])) patch[k] = r[k]; });
      if (Object.keys(patch).length) setMany(patch);
    });
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="bd-top"><b>百度智能云</b><span>ICP备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="bd-body">
        <Steps current={2} size="small" style={{ marginBottom: 16 }}>{['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((t) => <Steps.Step key={t} title={t} />)}</Steps>
        <div className="aside-layout">
          <Card className="licence-aside" title="营业执照">
            <p className="help">上传营业执照后自动识别单位名称、证件号码和法定代表人，已填写的内容不会被覆盖。</p>
            <Photo s={s} set={set} k="licence" cls="licence" onFile={onLicence} />
            {reading ? <div className="help reading">识别中…</div> : null}
            <div className="help" style={{ marginTop: 12 }}>单位性质：企业（不可修改）<br />证件类型：营业执照（个人或企业）（不可修改）</div>
          </Card>
          <div>
            <Card className="c-unit" title="主办单位信息" style={{ marginBottom: 16 }}>
              <Row label="单位名称">{text('unitName', 'unit-name', { max: 100 })}</Row>
              <Row label="单位证件号码">{text('certNumber', 'cert-number', { max: 18, blur: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过') })}</Row>
              <Row label="法定代表人姓名">{text('legalRep', 'legal-rep', { max: 30 })}</Row>
              <Row label="法定代表人身份证号">{text('legalRepId', 'legal-rep-id', { max: 18, blur: idRule('居民身份证') })}</Row>
              <Row label="证件住所" help="与营业执照上的住所一致">{text('certAddress', 'cert-address', { max: 128 })}</Row>
              <Row label="通信地址所属区域">
                <Cascader className="mail-region" style={{ width: 400 }} placeholder="省 / 市 / 区县" options={roots} value={arr<string>(s.mailRegionCodes)} triggerProps={{ className: 'mail-region-pop' }}
                  loadMore={(path: string[], level: number) => fetchAreas(String(path[path.length - 1])).then((l) => l.map((a): Lazy => ({ value: a.code, label: a.name, isLeaf: level >= 2 })))}
                  onChange={(v) => set('mailRegionCodes', arr<string>(v).map(String))} />
              </Row>
              <Row label="通信地址详细">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
              <Row label="投资人或主管单位">{text('investor', 'investor', { placeholder: '填写投资企业或上级主管单位全称' })}</Row>
            </Card>
            <Card className="c-principal" title="主体负责人信息">
              <Row label="负责人同法定代表人" req={false}>
                <Switch className="pr-same-legal" checked={sameLegal}
                  onChange={(v) => setMany(v ? { prSameLegal: true, prName: s.legalRep, prCertType: '居民身份证', prCertNumber: s.legalRepId } : { prSameLegal: false })} />
              </Row>
              <Row label="主体负责人姓名">{text('prName', 'pr-name', { max: 30, disabled: sameLegal })}</Row>
              <Row label="证件类型">
                <Select className="pr-cert-type" style={{ width: 400 }} triggerProps={{ className: 'pr-cert-type-pop' }} disabled={sameLegal} placeholder="请选择" value={str(s.prCertType) || undefined}
                  options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v))} />
              </Row>
              <Row label="证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, disabled: sameLegal, blur: idRule(s.prCertType) })}</Row>
              <Row label="证件有效期起">
                <div className="row-inline">
                  <DatePicker className="pr-valid-from" style={{ width: 180 }} value={str(s.prValidFrom) || undefined} onChange={(d) => set('prValidFrom', d ?? '')} />
                  <span>至</span>
                  <DatePicker className="pr-valid-to" style={{ width: 180 }} disabled={long} value={str(s.prValidTo) || undefined} onChange={(d) => set('prValidTo', d ?? '')} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
                </div>
              </Row>
              <Row label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
              <Row label="应急联系人手机号码">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系人手机号码不能与手机号码相同' : '') })}</Row>
              <Row label="办公室电话" req={false}>{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
              <Row label="电子邮箱">{text('prEmail', 'pr-email', { blur: emailRule })}</Row>
            </Card>
          </div>
        </div>
        <div style={{ marginTop: 14 }}><Checkbox className="agree" checked={s.agree === true} onChange={(v) => set('agree', v)}>我已阅读并同意《百度智能云备案承诺书》</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请阅读并同意备案承诺书'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout35-aliyun-site-person-arco-statuscards': AliyunSitePerson,
  'heldout35-mps-principal-person-arco-anchorside': MpsPrincipalPerson,
  'heldout35-baidu-subject-unit-arco-licenceaside': BaiduSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
