/**
 * Gen-22 held-out builds on React 19 + TDesign React 1.18, written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout22-aliyun-apply-unit-tdesign-rejectfix    备案订单详情 (单位, 阿里云, 初审驳回): the whole order as bordered
 *    DESCRIPTIONS of read-only text, the REJECTED items holding editors with a 需修改 tag and the reviewer's reason (an error
 *    Alert lists them, each a link scrolling to its item): a LAZY Cascader + detail, blur checks, a DatePicker + a 长期有效
 *    SWITCH hiding the end date, a MULTIPLE filterable Select, a file Upload; a Textarea for the reviewer; 保存修改 / 重新提交初审
 *  - heldout22-mps-principal-unit-tdesign-inlineform  网站负责人 (单位, 公安): one card per role whose fields sit in an INLINE
 *    Form (several a row, wrapping); 同开办主体负责人 ticks copying the held principal and locking the row, Selects, blur
 *    checks, a DATE RANGE picker that a 长期 tick SWAPS for one start DatePicker, three image Uploads; the notice tick;
 *    上一步 / 保存 / 下一步
 */
import {
  Alert, Button, Cascader, Checkbox, DatePicker, DateRangePicker, Descriptions, Form, Input, Link, Select, Steps, Switch, Tag, Textarea, Upload, type UploadFile,
} from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_LANGUAGES, MOBILE_RE, MPS_PERSON_CERTS, pathOfCode, PHONE_RE, validId, type Area } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.FormItem;
const DItem = Descriptions.DescriptionsItem;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#f0f6ff"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#0052d9">已选择</text></svg>')}`;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A form item; every control sits in a plain <div> so TDesign's FormItem does not take it over as a field of its own. */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; tips?: ReactNode; className?: string; children: ReactNode }) {
  const err = p.e && p.k ? p.e.item(p.k) : {};
  return (
    <FormItem className={p.className} label={p.label} requiredMark={p.req} tips={p.tips} {...err}>
      <div className="ctl">{p.children}</div>
    </FormItem>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 220 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max} disabled={p.disabled}
      status={p.e.get(p.k) ? 'error' : 'default'}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/**
 * A date picker that takes a typed date (Enter confirms) as well as a click in its panel: TDesign 1.18's single picker
 * drops typed characters from its input, so this page keeps the draft itself and hands it back as the input's value.
 */
function Date1(p: { value: string; onChange: (v: string) => void; cls: string; disabled?: boolean; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="date1" style={{ display: 'inline-block' }} onInputCapture={(e) => setDraft((e.target as HTMLInputElement).value)}>
      <DatePicker className={p.cls} allowInput clearable disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} value={p.value} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
        inputProps={{ value: draft ?? p.value }} popupProps={{ onVisibleChange: (open) => { if (!open) setDraft(null); } }}
        onChange={(d) => { setDraft(null); p.onChange(typeof d === 'string' ? d : ''); }} />
    </div>
  );
}

/** A date range picker taking typed dates in either input (Enter confirms) or clicks in its panel. */
function Range(p: { from: string; to: string; onChange: (from: string, to: string) => void; cls: string; disabled?: boolean }) {
  return (
    <DateRangePicker className={p.cls} style={{ width: 280 }} allowInput clearable disabled={p.disabled} format="YYYY-MM-DD" valueType="YYYY-MM-DD" placeholder={['开始日期', '结束日期']}
      value={p.from || p.to ? [p.from, p.to] : []} onChange={(v) => { const l = arr<string>(v).map(String); p.onChange(l[0] ?? '', l[1] ?? ''); }} />
  );
}

/** An image upload whose files are reported by name (one picture). */
function Picture(p: { s: S; set: Setter; k: string; disabled?: boolean }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success', url: THUMB }));
  return (
    <Upload className={`up up-${p.k}`} theme="image" accept="image/png,image/jpeg" max={1} autoUpload={false} files={files} disabled={p.disabled}
      onChange={(list) => p.set(p.k, list.map((f) => f.name ?? '').filter(Boolean))} />
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过';

/* ------------------------------------------------------------------ 备案订单详情 (单位, 阿里云), rejected items editable */

interface LazyOption { value: string; label: string; children?: LazyOption[] | boolean }
const lazyNode = (a: Area): LazyOption => ({ value: a.code, label: a.name, children: a.leaf ? undefined : true });

function RegionCascader(p: { value: string; onChange: (code: string) => void; cls: string }) {
  const [roots, setRoots] = useState<LazyOption[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setRoots(l.map(lazyNode))); }, []);
  return (
    <Cascader className={p.cls} style={{ width: 300 }} placeholder="请选择省 / 市 / 区县" options={roots} value={p.value || undefined} clearable
      valueDisplay={() => (p.value ? pathOfCode(p.value).join(' / ') : '')} popupProps={{ overlayClassName: `${p.cls}-pop` }}
      load={(node) => fetchAreas(String(node.value)).then((l) => l.map(lazyNode))}
      onChange={(v) => { const c = typeof v === 'string' ? v : ''; if (!c || c.length === 6) p.onChange(c); }} />
  );
}

const REASONS: [string, string, string][] = [
  ['fix-mail', '主办单位通信地址', '未精确到门牌号，请重新选择所属区域并填写详细地址'],
  ['fix-investor', '投资人或主管单位', '企业请填写投资单位的全称'],
  ['fix-validity', '主体负责人证件有效期', '与身份证背面的有效期限不符'],
  ['fix-emergency', '主体负责人应急联系电话', '不能与手机号码相同'],
  ['fix-sitename', '网站名称', '须与主办单位名称或品牌相关'],
  ['fix-languages', '网站语言', '请勾选网站实际使用的全部语言'],
  ['fix-wpoffice', '网站负责人办公室电话', '格式有误，应为区号-号码'],
  ['fix-wpemail', '网站负责人电子邮箱', '主体负责人与网站负责人为不同人时，邮箱不得相同'],
  ['fix-auth', '网站负责人授权书', '网站负责人非法定代表人，请补充上传授权书'],
];

function AliyunApplyUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'apply', '单位', {
    mailRegionCode: '', mailDetail: '', investor: '', prValidFrom: '', prLongTerm: false, prValidTo: '', prEmergency: '', siteName: '', languages: [],
    wpOffice: '', wpEmail: '', authLetter: [], fixNote: '', saveClicks: 0, resubmitClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} width={o.width ?? 300} {...o} />;
  const fix = (id: string, reason: string, editor: ReactNode, was?: string) => (
    <div className="fix" id={id}>
      <div className="fix-ed">{editor}</div>
      <div className="fix-why"><Tag theme="danger" variant="light" size="small">需修改</Tag><span>{reason}</span>{was ? <span className="was">原填写：{was}</span> : null}</div>
      {e.get(id) ? <div className="field-err">{e.get(id)}</div> : null}
    </div>
  );
  const err = (k: string) => (e.get(k) ? <div className="field-err">{e.get(k)}</div> : null);
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'center' });
  const long = s.prLongTerm === true;
  const files: UploadFile[] = arr<string>(s.authLetter).map((name) => ({ name, status: 'success' }));
  const left = () => REASONS.filter(([id]) => {
    if (id === 'fix-mail') return !s.mailRegionCode || !s.mailDetail;
    if (id === 'fix-validity') return !s.prValidFrom || (!long && !s.prValidTo);
    const k: Record<string, string> = { 'fix-investor': 'investor', 'fix-emergency': 'prEmergency', 'fix-sitename': 'siteName', 'fix-wpoffice': 'wpOffice', 'fix-wpemail': 'wpEmail' };
    if (id === 'fix-languages') return !arr(s.languages).length;
    if (id === 'fix-auth') return !arr(s.authLetter).length;
    return !str(s[k[id]!]);
  });
  const resubmit = () => {
    clicks(s, set, 'resubmitClicks')();
    const l = left();
    setMsg(l.length ? `仍有 ${l.length} 项驳回内容未修改：${l.map((x) => x[1]).join('、')}` : '已重新提交，请等待阿里云初审');
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="crumbs">我的备案 / 备案订单 / 订单详情</div>
        <div className="order-head card-w">
          <div className="row-inline" style={{ gap: 24 }}>
            <span>订单号：<b>20251126000123</b></span><span>备案类型：首次备案</span><span>提交时间：2025-11-26 10:12</span>
            <span>状态：<Tag theme="danger" variant="light">初审驳回，待修改</Tag></span>
          </div>
        </div>
        <Alert theme="error" className="reasons" style={{ marginBottom: 16 }} title="阿里云初审驳回原因（请修改下列标红项后重新提交）" message={(
          <ol className="reason-list">
            {REASONS.map(([id, what, why]) => <li key={id}><Link theme="primary" className={`go-${id}`} onClick={() => go(id)}>{what}</Link>：{why}</li>)}
          </ol>
        )} />
        <div className="order-desc">
          <Descriptions className="d-holder" title="主办者信息" bordered column={2} tableLayout="auto" labelStyle={{ width: 160 }}>
            <DItem label="主办单位名称">杭州云栖示例科技有限公司</DItem>
            <DItem label="主办单位性质">企业</DItem>
            <DItem label="主办单位证件类型">营业执照（个人或企业）</DItem>
            <DItem label="主办单位证件号码">91330110MA2H3K7Q18</DItem>
            <DItem label="主办单位所属区域">浙江省 / 杭州市 / 余杭区</DItem>
            <DItem label="主办单位证件住所">浙江省杭州市余杭区文一西路 969 号 2 幢 305 室</DItem>
            <DItem label="主办单位通信地址" span={2}>
              {fix('fix-mail', '未精确到门牌号', (
                <div className="row-inline">
                  <RegionCascader cls="mail-region" value={str(s.mailRegionCode)} onChange={(c) => set('mailRegionCode', c)} />
                  <span className="sub-lbl">通信地址 · 详细地址</span>
                  {text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', width: 280, blur: (v) => (/\d+\s*号/.test(v) ? '' : '请填写至门牌号') })}
                </div>
              ), '浙江省杭州市余杭区文一西路')}
              {err('mailDetail')}
            </DItem>
            <DItem label="投资人或主管单位" span={2}>{fix('fix-investor', '企业请填写投资单位的全称', text('investor', 'investor', { max: 60 }), '李娜')}</DItem>
          </Descriptions>
          <Descriptions className="d-principal" title="主体负责人信息" bordered column={2} tableLayout="auto" labelStyle={{ width: 160 }}>
            <DItem label="负责人姓名">李娜</DItem>
            <DItem label="证件类型">居民身份证</DItem>
            <DItem label="证件号码">330110198511204525</DItem>
            <DItem label="手机号码">13600136000</DItem>
            <DItem label="证件有效期" span={2}>
              {fix('fix-validity', '与身份证背面的有效期限不符', (
                <div className="row-inline">
                  <span className="sub-lbl">证件有效期起</span>
                  <Date1 cls="pr-valid-from" value={str(s.prValidFrom)} onChange={(v) => set('prValidFrom', v)} />
                  <span className="sub-lbl">长期有效</span>
                  <Switch className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: !!v, prValidTo: '' })} />
                  {!long ? <><span className="sub-lbl">证件有效期止</span><Date1 cls="pr-valid-to" value={str(s.prValidTo)} onChange={(v) => set('prValidTo', v)} /></> : null}
                </div>
              ))}
            </DItem>
            <DItem label="应急联系电话">
              {fix('fix-emergency', '不能与手机号码相同', text('prEmergency', 'pr-emergency', { max: 11, width: 200, blur: (v) => mobileRule(v) || (v === '13600136000' ? '应急联系电话不能与手机号码相同' : '') }), '13600136000')}
              {err('prEmergency')}
            </DItem>
            <DItem label="办公室电话">0571-88886666</DItem>
            <DItem label="电子邮箱">lina@yunqi-demo.cn</DItem>
          </Descriptions>
          <Descriptions className="d-site" title="网站信息" bordered column={2} tableLayout="auto" labelStyle={{ width: 160 }}>
            <DItem label="网站名称" span={2}>{fix('fix-sitename', '须与主办单位名称或品牌相关', text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称不少于 3 个汉字') }), '官方网站')}{err('siteName')}</DItem>
            <DItem label="网站域名">yunqi-demo.cn、yunqi-demo.com.cn</DItem>
            <DItem label="网站首页URL">www.yunqi-demo.cn</DItem>
            <DItem label="服务类型">网站应用服务</DItem>
            <DItem label="网站服务内容">单位门户网站</DItem>
            <DItem label="前置审批项">无</DItem>
            <DItem label="云资源">云服务器ECS · 47.96.56.78</DItem>
            <DItem label="网站语言" span={2}>
              {fix('fix-languages', '请勾选网站实际使用的全部语言', (
                <Select className="languages" style={{ width: 420 }} multiple filterable clearable placeholder="请选择（可多选）" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)}
                  popupProps={{ overlayClassName: 'languages-pop' }} onChange={(v) => set('languages', arr<string>(v).map(String))} />
              ), '中文简体')}
            </DItem>
          </Descriptions>
          <Descriptions className="d-web" title="网站负责人信息" bordered column={2} tableLayout="auto" labelStyle={{ width: 160 }}>
            <DItem label="负责人姓名">王强</DItem>
            <DItem label="证件类型">居民身份证</DItem>
            <DItem label="证件号码">110105198808123011</DItem>
            <DItem label="证件有效期">2020-08-12 至 2040-08-12</DItem>
            <DItem label="手机号码">18600186000</DItem>
            <DItem label="应急联系电话">18700187000</DItem>
            <DItem label="办公室电话">{fix('fix-wpoffice', '格式有误', text('wpOffice', 'wp-office', { width: 200, placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678') }), '88887777')}{err('wpOffice')}</DItem>
            <DItem label="电子邮箱">{fix('fix-wpemail', '不得与主体负责人邮箱相同', text('wpEmail', 'wp-email', { width: 220, blur: (v) => emailRule(v) || (v === 'lina@yunqi-demo.cn' ? '不得与主体负责人邮箱相同' : '') }), 'lina@yunqi-demo.cn')}{err('wpEmail')}</DItem>
          </Descriptions>
          <Descriptions className="d-files" title="上传资料" bordered column={2} tableLayout="auto" labelStyle={{ width: 160 }}>
            <DItem label="主办单位证件">yunqi-licence.png <Tag theme="success" variant="light" size="small">已审核</Tag></DItem>
            <DItem label="主体负责人身份证">已上传 2 张</DItem>
            <DItem label="网站负责人身份证">已上传 2 张</DItem>
            <DItem label="网站负责人授权书">
              {fix('fix-auth', '网站负责人非法定代表人，请上传加盖公章的授权书', (
                <Upload className="up up-authLetter" theme="file" accept="image/png,image/jpeg,application/pdf" max={1} autoUpload={false} files={files}
                  onChange={(list) => set('authLetter', list.map((f) => f.name ?? '').filter(Boolean))} />
              ))}
            </DItem>
          </Descriptions>
        </div>
        <div className="card-w" style={{ marginTop: 16 }}>
          <Form labelAlign="top">
            <Item label="修改说明" tips="选填：向初审人员说明本次修改的内容">
              <Textarea className="fix-note" autosize={{ minRows: 2, maxRows: 4 }} maxlength={200} value={str(s.fixNote)} onChange={(v) => set('fixNote', String(v ?? ''))} />
            </Item>
          </Form>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={() => { clicks(s, set, 'saveClicks')(); setMsg('修改已保存'); }}>保存修改</Button>
          <Button theme="primary" onClick={resubmit}>重新提交初审</Button>
          <span className={msg.startsWith('仍有') ? 'msg' : 'ok-msg'}>{msg}</span>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 网站负责人 (单位, 公安), inline form per role */

/** The 开办主体负责人 held from 开办主体 (the profile's 李娜), for 同开办主体负责人. */
const HELD = { name: '李娜', certType: '居民身份证', certNumber: '330110198511204525', from: '2016-05-10', to: '', longTerm: true, mobile: '13600136000', email: 'lina@yunqi-demo.cn' };

function MpsPrincipalUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secFrom: '', secTo: '', secLongTerm: false, secMobile: '', secEmail: '', secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgFrom: '', emgTo: '', emgLongTerm: false, emgPhone: '',
    notice: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ secFrom, secTo, emgFrom, emgTo, ...r }) => ({ ...r, secValidFrom: secFrom, secValidTo: secTo, emgValidFrom: emgFrom, emgValidTo: emgTo }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const copy = (p: 'sec' | 'emg', on: boolean) => {
    const h = on ? HELD : { name: '', certType: '', certNumber: '', from: '', to: '', longTerm: false, mobile: '', email: '' };
    setMany({
      [`${p}Same`]: on, [`${p}Name`]: h.name, [`${p}CertType`]: h.certType, [`${p}CertNumber`]: h.certNumber, [`${p}From`]: h.from, [`${p}To`]: h.to, [`${p}LongTerm`]: h.longTerm,
      ...(p === 'sec' ? { secMobile: h.mobile, secEmail: h.email } : { emgPhone: h.mobile }),
    });
  };
  const validity = (p: 'sec' | 'emg') => {
    const locked = s[`${p}Same`] === true;
    const long = s[`${p}LongTerm`] === true;
    return (
      <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
        {long
          ? <Date1 cls={`${p}-valid-from`} placeholder="起始日期" disabled={locked} value={str(s[`${p}From`])} onChange={(v) => set(`${p}From`, v)} />
          : <Range cls={`${p}-validity`} disabled={locked} from={str(s[`${p}From`])} to={str(s[`${p}To`])} onChange={(f, t) => setMany({ [`${p}From`]: f, [`${p}To`]: t })} />}
        <Checkbox className={`${p}-long-term`} disabled={locked} checked={long} onChange={(v) => setMany({ [`${p}LongTerm`]: !!v, [`${p}To`]: '' })}>长期</Checkbox>
      </div>
    );
  };
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const certSelect = (k: string, cls: string, disabled: boolean) => (
    <Select className={cls} style={{ width: 200 }} placeholder="请选择" disabled={disabled} value={str(s[k]) || undefined} options={opts(MPS_PERSON_CERTS)}
      popupProps={{ overlayClassName: `${cls}-pop` }} onChange={(v) => set(k, String(v))} />
  );
  const secLocked = s.secSame === true;
  const emgLocked = s.emgSame === true;
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['secName', 'secCertType', 'secCertNumber', 'secFrom', 'secMobile', 'secEmail', 'emgName', 'emgCertNumber', 'emgPhone'];
    const photos = ['secIdFront', 'secIdBack', 'secIdHand'].every((k) => arr(s[k]).length);
    setMsg(!need.every((k) => str(s[k])) ? '请完善必填信息' : !photos ? '请上传网站安全负责人证件照片' : '已保存');
  };
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w">
          <Steps current={2} readonly>{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.StepItem key={t} title={t} />)}</Steps>
        </div>
        <div className="held-line">开办主体负责人：<b>李娜</b>（居民身份证 3301**********4525，手机 136****6000）— 勾选“同开办主体负责人”可直接带入</div>
        <div className="role-card c-sec">
          <div className="role-title"><h3>网站安全负责人</h3>
            <Checkbox className="sec-same" checked={secLocked} onChange={(v) => copy('sec', !!v)}>同开办主体负责人</Checkbox>
          </div>
          <Form layout="inline" labelWidth={96}>
            <Item label="姓名" req>{text('secName', 'sec-name', { max: 30, width: 160, disabled: secLocked })}</Item>
            <Item label="证件类型" req>{certSelect('secCertType', 'sec-cert-type', secLocked)}</Item>
            <Item label="证件号码" req e={e} k="secCertNumber">{text('secCertNumber', 'sec-cert-number', { max: 18, width: 200, disabled: secLocked, blur: idRule(s, 'secCertType') })}</Item>
            <Item label="证件有效期" req>{validity('sec')}</Item>
            <Item label="手机号码" req e={e} k="secMobile">{text('secMobile', 'sec-mobile', { max: 11, width: 160, disabled: secLocked, blur: mobileRule })}</Item>
            <Item label="电子邮件地址" req e={e} k="secEmail">{text('secEmail', 'sec-email', { width: 220, disabled: secLocked, blur: emailRule })}</Item>
            <Item label="证件照片" req tips="正面、反面、手持证件照各一张，jpg / png">
              <div className="photos">
                <div><Picture s={s} set={set} k="secIdFront" /><div className="photo-cap">正面</div></div>
                <div><Picture s={s} set={set} k="secIdBack" /><div className="photo-cap">反面</div></div>
                <div><Picture s={s} set={set} k="secIdHand" /><div className="photo-cap">手持</div></div>
              </div>
            </Item>
          </Form>
        </div>
        <div className="role-card c-emg">
          <div className="role-title"><h3>网站应急联络人</h3>
            <Checkbox className="emg-same" checked={emgLocked} onChange={(v) => copy('emg', !!v)}>同开办主体负责人</Checkbox>
          </div>
          <Form layout="inline" labelWidth={96}>
            <Item label="联络人姓名" req>{text('emgName', 'emg-name', { max: 30, width: 160, disabled: emgLocked })}</Item>
            <Item label="证件类型" req>{certSelect('emgCertType', 'emg-cert-type', emgLocked)}</Item>
            <Item label="证件号码" req e={e} k="emgCertNumber">{text('emgCertNumber', 'emg-cert-number', { max: 18, width: 200, disabled: emgLocked, blur: idRule(s, 'emgCertType') })}</Item>
            <Item label="证件有效期" req>{validity('emg')}</Item>
            <Item label="联系电话" req e={e} k="emgPhone">{text('emgPhone', 'emg-phone', { max: 11, width: 160, disabled: emgLocked, blur: mobileRule })}</Item>
          </Form>
        </div>
        <div style={{ marginTop: 12 }}>
          <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', !!v)}>我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</Checkbox>
        </div>
        <div className="actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={save}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout22-aliyun-apply-unit-tdesign-rejectfix': AliyunApplyUnit,
  'heldout22-mps-principal-unit-tdesign-inlineform': MpsPrincipalUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
