/**
 * Gen-13 held-out build on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout13-tencent-subject-unit-tdesign-hasend  填写主体信息 (单位, 腾讯云): step-1 facts in a read-only grid, the 证件住所
 *    as a whole-tree filterable CASCADER + detail, the 通讯地址 behind a 与证件住所相同 SWITCH, 投资人或主管单位 an
 *    AUTOCOMPLETE suggesting the unit's name, the principal's validity asked NEGATIVELY (证件有效期是否有截止日期 有 / 无:
 *    有 reveals a range picker, 无 one start date), a +86 landline adornment, a notice tick
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, DatePicker, DateRangePicker, Form, Input, InputAdornment, Radio, Select, Steps, Switch, Textarea,
} from 'tdesign-react';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, ICP_PERSON_CERTS, MOBILE_RE, PHONE_RE, regionOptions, validId, type RegionOption } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

/** A form item whose control is wrapped (TDesign's FormItem would otherwise drive a direct child from its own store). */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    status: (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxlength={p.max}
      onChange={(v) => { p.set(p.k, String(v)); p.e.clear(p.k); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** Region path names by the county code a cascader holds. */
let paths: Map<string, string[]> | undefined;
const pathOf = (code: unknown): string[] => {
  if (!paths) {
    paths = new Map();
    const walk = (l: RegionOption[], up: string[]) => l.forEach((n) => { const p = [...up, n.label]; paths!.set(n.value, p); if (n.children) walk(n.children, p); });
    walk(regionOptions(), []);
  }
  return typeof code === 'string' && code ? paths.get(code) ?? [] : [];
};

const UNIT = '杭州云栖示例科技有限公司';

function TencentSubjectUnit() {
  const { s, set, setMany } = useReplicaState('tencent', 'subject', '单位', {
    unitName: '', certRegionCode: '', certDetail: '', mailSame: false, mailRegionCode: '', mailDetailOwn: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prHasEnd: '', prValidity: [], prValidFromOnly: '', prMobile: '', prEmergency: '', prLandline: '', prEmail: '',
    remark: '', noticeRead: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCode, mailRegionCode, mailDetailOwn, prValidity, prValidFromOnly, ...r }) => {
    const same = r.mailSame === true;
    const v = arr(prValidity);
    return {
      ...r,
      certRegion: pathOf(certRegionCode),
      // the effective mailing address (the certificate's while 与证件住所相同 is on)
      mailRegion: same ? pathOf(certRegionCode) : pathOf(mailRegionCode),
      mailDetail: same ? r.certDetail : mailDetailOwn,
      prValidFrom: r.prHasEnd === '无' ? str(prValidFromOnly) : r.prHasEnd === '有' ? v[0] ?? '' : '',
      prValidTo: r.prHasEnd === '有' ? v[1] ?? '' : '',
    };
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const [regions] = useState(regionOptions);
  const v = arr(s.prValidity);
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>账号 100032871155 · 杭州云栖示例科技有限公司</span></div>
      <nav className="tc-side" aria-label="网站备案">
        <div className="grp">网站备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案订单</a>
        <div className="grp">备案工具</div><a>备案授权码</a><a>资料下载</a><a>公安备案指引</a>
      </nav>
      <div className="tc-main"><div className="tc-body" style={{ maxWidth: 1080 }}>
        <h2 className="page-title">首次备案</h2>
        <div className="tc-card" style={{ paddingBottom: 16 }}>
          <Steps current={1} readonly options={['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交备案'].map((title) => ({ title }))} />
        </div>
        <div className="ro-desc">
          <span>备案地域：<b>浙江省</b></span><span>主办者性质：<b>企业</b></span><span>证件类型：<b>营业执照（个人或企业）</b></span>
          <span>证件号码：<b>91330110MA2H3K7Q18</b></span><span>备案类型：<b>首次备案</b></span>
        </div>
        <Alert theme="info" message="主体负责人须为法定代表人（浙江省通信管理局要求）；手机号码、应急联系电话将在管局审核时用于电话核实。" style={{ marginBottom: 16 }} />
        <Card bordered={false} title="主办单位信息" style={{ marginBottom: 16 }}>
          <Form labelAlign="left" labelWidth={196}>
            <FormItem label="主办单位名称" requiredMark help="与营业执照上的名称完全一致" {...e.status('unitName')}>
              {text('unitName', 'unit-name', { max: 128, blur: (x) => (/公司$|厂$|店$|中心$/.test(x) ? '' : '企业名称应与营业执照一致') })}
            </FormItem>
            <FormItem label="证件住所" requiredMark help="营业执照上“住所”一栏">
              <Cascader className="cert-region" options={regions} filterable clearable placeholder="请选择或搜索省 / 市 / 区县" value={str(s.certRegionCode) || undefined}
                onChange={(x) => set('certRegionCode', String(x ?? ''))} />
              <div style={{ marginTop: 8 }}>{text('certDetail', 'cert-detail', { placeholder: '街道、门牌号' })}</div>
            </FormItem>
            <FormItem label="通讯地址" requiredMark help="须详细到门牌号，用于邮寄幕布等材料">
              <div className="row-inline"><Switch className="mail-same" value={s.mailSame === true} onChange={(x) => set('mailSame', x)} /><span>与证件住所相同</span></div>
              {s.mailSame !== true && (
                <div style={{ marginTop: 8 }}>
                  <Cascader className="mail-region" options={regions} filterable clearable placeholder="请选择或搜索省 / 市 / 区县" value={str(s.mailRegionCode) || undefined}
                    onChange={(x) => set('mailRegionCode', String(x ?? ''))} />
                  <div style={{ marginTop: 8 }}>{text('mailDetailOwn', 'mail-detail', { placeholder: '街道、门牌号' })}</div>
                </div>
              )}
            </FormItem>
            <FormItem label="投资人或主管单位" requiredMark help="企业一般填写公司全称">
              <AutoComplete className="investor" value={str(s.investor)} options={s.unitName ? [str(s.unitName)] : [UNIT]} placeholder="请输入"
                onChange={(x) => set('investor', String(x))} />
            </FormItem>
          </Form>
        </Card>
        <Card bordered={false} title="主体负责人信息" style={{ marginBottom: 16 }}>
          <Form labelAlign="left" labelWidth={196}>
            <FormItem label="负责人姓名" requiredMark>{text('prName', 'pr-name')}</FormItem>
            <FormItem label="负责人证件类型" requiredMark>
              <Select className="pr-cert-type" value={str(s.prCertType) || undefined} placeholder="请选择" options={ICP_PERSON_CERTS.map((x) => ({ label: x, value: x }))}
                onChange={(x) => set('prCertType', String(x ?? ''))} />
            </FormItem>
            <FormItem label="负责人证件号码" requiredMark {...e.status('prCertNumber')}>
              {text('prCertNumber', 'pr-cert-number', { max: 18, blur: (x) => (s.prCertType && s.prCertType !== '居民身份证') || validId(x) ? '' : '证件号码格式有误' })}
            </FormItem>
            <FormItem label="证件有效期是否有截止日期" requiredMark help="身份证背面“有效期限”为“长期”的，选择“无”">
              <Radio.Group className="pr-has-end" value={str(s.prHasEnd) || undefined} onChange={(x) => setMany({ prHasEnd: String(x), prValidity: [], prValidFromOnly: '' })}>
                <Radio value="有">有</Radio><Radio value="无">无</Radio>
              </Radio.Group>
            </FormItem>
            {s.prHasEnd === '有' && (
              <FormItem label="证件有效期" requiredMark>
                <DateRangePicker className="pr-validity" allowInput valueType="YYYY-MM-DD" value={v.some(Boolean) ? v : []} onChange={(x) => set('prValidity', (x as string[]).map(String))} />
              </FormItem>
            )}
            {s.prHasEnd === '无' && (
              <FormItem label="证件有效期开始日期" requiredMark>
                <DatePicker className="pr-valid-from" allowInput valueType="YYYY-MM-DD" value={str(s.prValidFromOnly) || undefined} onChange={(x) => set('prValidFromOnly', String(x ?? ''))} />
              </FormItem>
            )}
            <FormItem label="手机号码" requiredMark {...e.status('prMobile')}>
              {text('prMobile', 'pr-mobile', { max: 11, blur: (x) => (MOBILE_RE.test(x) ? '' : '请输入 11 位手机号码') })}
            </FormItem>
            <FormItem label="应急联系电话" requiredMark help="须为手机号码，且与上方手机号码不同" {...e.status('prEmergency')}>
              {text('prEmergency', 'pr-emergency', { max: 11, blur: (x) => (!MOBILE_RE.test(x) ? '请输入 11 位手机号码' : x === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}
            </FormItem>
            <FormItem label="固定电话" {...e.status('prLandline')}>
              <InputAdornment prepend="+86">
                {text('prLandline', 'pr-landline', { placeholder: '区号-号码，如 0755-86013388', blur: (x) => (PHONE_RE.test(x) && x.startsWith('0') ? '' : '格式为 区号-号码') })}
              </InputAdornment>
            </FormItem>
            <FormItem label="电子邮箱" requiredMark {...e.status('prEmail')}>
              {text('prEmail', 'pr-email', { blur: (x) => (EMAIL_RE.test(x) ? '' : '邮箱格式不正确') })}
            </FormItem>
            <FormItem label="备注">
              <Textarea className="remark" value={str(s.remark)} maxlength={200} placeholder="管局要求说明的事项（选填）" onChange={(x) => set('remark', String(x))} />
            </FormItem>
          </Form>
        </Card>
        <Checkbox className="notice-read" checked={s.noticeRead === true} onChange={(x) => set('noticeRead', x)}>我已阅读并知晓《腾讯云网站备案信息真实性核验告知书》</Checkbox>
        <div className="tc-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout13-tencent-subject-unit-tdesign-hasend': TencentSubjectUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
