/**
 * Gen-14 held-out build on React 18 + Tea 2.8 (tea-component; written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout14-tencent-subject-person-tea-smscode  填写主体信息 (个人, 腾讯云): step-1 facts in a read-only strip, 姓名 (the
 *    individual's 主办人名称), the 证件住址 as a Tea TABS cascader (省份 | 城市 | 区县 tab panels) + a detail input, a
 *    PRE-TICKED 通讯地址同证件住址 box (unticking reveals a second tabs cascader + detail; the state reports the effective
 *    address), 投资者或上级主管单位, the principal's name DERIVED read-only from 姓名, 证件有效期类型 radios 固定期限 / 长期
 *    (固定期限 reveals a range picker, 长期 one start date), the 手机号码 behind a COUNTRY-CODE select with a 手机验证码
 *    input + 获取验证码 button (a human step), 应急联系电话, 固定电话（选填）, 电子邮箱, 备注; 上一步 / 保存 / 下一步
 */
import { Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, InputAdornment, Radio, Select, Stepper } from 'tea-component';
import moment, { type Moment } from 'moment';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, MOBILE_RE, PHONE_RE, pathOfCode, regionOptions, type RegionOption } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; size?: 'full' | 'm'; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} size={p.size ?? 'full'} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
      onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** The region tree as Tea's tabs-type cascader data (省份 → 城市 → 区县 panels). */
type TabsData = { title: string; col?: number; options: { value: string; label: string; child?: TabsData }[] };
function tabsData(): TabsData {
  const titles = ['省份', '城市', '区县'];
  const conv = (l: RegionOption[], depth: number): TabsData => ({
    title: titles[depth]!, col: 4,
    options: l.map((n) => ({ value: n.value, label: n.label, ...(n.children?.length ? { child: conv(n.children, depth + 1) } : {}) })),
  });
  return conv(regionOptions(), 0);
}

function TencentSubjectPerson() {
  const { s, set, setMany } = useReplicaState('tencent', 'subject', '个人', {
    name: '', certRegionCodes: [], certDetail: '', mailSame: true, mailRegionCodes: [], mailDetailOwn: '', investor: '',
    validKind: '', validity: [], validFromLong: '', countryCode: '+86', mobile: '', smsCode: '', smsClicks: 0, emergency: '', landline: '', email: '',
    remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCodes, mailRegionCodes, mailDetailOwn, validity, validFromLong, countryCode: _cc, ...r }) => {
    const cert = pathOfCode(arr<string>(certRegionCodes).at(-1));
    const same = r.mailSame === true;
    const v = arr<string>(validity);
    return {
      ...r,
      certRegion: cert,
      mailRegion: same ? cert : pathOfCode(arr<string>(mailRegionCodes).at(-1)),
      mailDetail: same ? r.certDetail : mailDetailOwn,
      validity: r.validKind === '固定期限' && v.some(Boolean) ? v : r.validKind === '长期' && validFromLong ? [str(validFromLong), ''] : [],
    };
  });
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; size?: 'full' | 'm'; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const [data] = useState(tabsData);
  const [countdown, setCountdown] = useState(0);
  useEffect(() => {
    if (countdown <= 0) return undefined;
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(t);
  }, [countdown]);
  const v = arr<string>(s.validity);
  const region = (k: 'certRegionCodes' | 'mailRegionCodes', cls: string) => (
    <Cascader className={cls} type="tabs" data={data} clearable placeholder="请选择省份 / 城市 / 区县" value={arr<string>(s[k])}
      onChange={(x: string[]) => set(k, x)} />
  );
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>账号 100027730416 · 张伟</span></div>
      <nav className="tc-side" aria-label="网站备案">
        <div className="grp">网站备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案订单</a>
        <div className="grp">备案工具</div><a>备案授权码</a><a>资料下载</a><a>公安备案指引</a>
      </nav>
      <div className="tc-main"><div className="tc-body" style={{ maxWidth: 1000 }}>
        <h2 className="page-title">首次备案</h2>
        <Card><Card.Body>
          <Stepper current="subject" steps={[
            { id: 'type', label: '验证备案类型' }, { id: 'subject', label: '填写主体信息' }, { id: 'site', label: '填写网站信息' },
            { id: 'upload', label: '上传资料' }, { id: 'submit', label: '提交备案' },
          ]} />
        </Card.Body></Card>
        <div className="ro-strip">
          备案地域 <b>浙江省</b><i>|</i>主办者性质 <b>个人</b><i>|</i>证件类型 <b>居民身份证</b><i>|</i>证件号码 <b>330106199003071236</b>
        </div>
        <Alert>个人备案的主办者即主体负责人，请确保手机号码可正常接听：腾讯云初审及管局审核期间会电话核实。</Alert>
        <Card><Card.Body title="主办者信息">
          <Form>
            <Form.Item label="姓名" required extra="须与身份证上的姓名一致" {...e.item('name')}>
              {text('name', 'name', { max: 15, size: 'm', blur: (x) => (/^[\u4e00-\u9fff·]{2,15}$/.test(x) ? '' : '请填写身份证上的中文姓名') })}
            </Form.Item>
            <Form.Item label="证件住址" required extra="身份证上登记的住址">
              <div style={{ maxWidth: 520 }}>
                {region('certRegionCodes', 'cert-region')}
                <div style={{ marginTop: 8 }}>{text('certDetail', 'cert-detail', { placeholder: '详细地址：街道、门牌号' })}</div>
              </div>
            </Form.Item>
            <Form.Item label="通讯地址" required>
              <div style={{ maxWidth: 520 }}>
                <Checkbox className="mail-same" value={s.mailSame === true} onChange={(x) => setMany({ mailSame: x, mailRegionCodes: [], mailDetailOwn: '' })}>通讯地址同证件住址</Checkbox>
                {s.mailSame !== true && (
                  <div style={{ marginTop: 8 }}>
                    {region('mailRegionCodes', 'mail-region')}
                    <div style={{ marginTop: 8 }}>{text('mailDetailOwn', 'mail-detail', { placeholder: '详细地址：须详细到门牌号' })}</div>
                  </div>
                )}
              </div>
            </Form.Item>
            <Form.Item label="投资者或上级主管单位" required extra="个人备案填写本人姓名">{text('investor', 'investor', { size: 'm' })}</Form.Item>
          </Form>
        </Card.Body></Card>
        <Card><Card.Body title="主体负责人信息">
          <Form>
            <Form.Item label="负责人姓名"><Form.Text className="pr-name">{str(s.name) || '（同主办者姓名）'}</Form.Text></Form.Item>
            <Form.Item label="证件有效期类型" required>
              <Radio.Group className="valid-kind" value={str(s.validKind)} onChange={(x) => setMany({ validKind: x, validity: [], validFromLong: '' })}>
                <Radio name="固定期限">固定期限</Radio><Radio name="长期">长期</Radio>
              </Radio.Group>
            </Form.Item>
            {s.validKind === '固定期限' && (
              <Form.Item label="证件有效期" required>
                <DatePicker.RangePicker className="validity" value={v.some(Boolean) ? [mom(v[0])!, mom(v[1])!] : undefined} range={[moment('1990-01-01'), moment('2099-12-31')]}
                  onChange={(r) => set('validity', r ? [day(r[0]), day(r[1])] : [])} />
              </Form.Item>
            )}
            {s.validKind === '长期' && (
              <Form.Item label="证件有效期开始日期" required>
                <DatePicker className="valid-from" value={mom(s.validFromLong)} onChange={(m) => set('validFromLong', day(m))} />
              </Form.Item>
            )}
            <Form.Item label="手机号码" required {...e.item('mobile')}>
              <InputAdornment before={
                <Select className="country-code" value={str(s.countryCode)} options={[{ value: '+86', text: '+86 中国大陆' }, { value: '+852', text: '+852 中国香港' }, { value: '+853', text: '+853 中国澳门' }]}
                  onChange={(x) => set('countryCode', x)} />
              }>
                {text('mobile', 'mobile', { max: 11, size: 'm', blur: (x) => (MOBILE_RE.test(x) ? '' : '请输入 11 位手机号码') })}
              </InputAdornment>
            </Form.Item>
            <Form.Item label="手机验证码" required extra="验证码将发送到上方手机号码，5 分钟内有效">
              <div className="row-inline">
                {text('smsCode', 'sms-code', { max: 6, size: 'm', placeholder: '6 位验证码' })}
                <Button className="sms-send" disabled={countdown > 0} onClick={() => { clicks(s, set, 'smsClicks')(); setCountdown(60); }}>{countdown > 0 ? `${countdown}s 后重新获取` : '获取验证码'}</Button>
              </div>
            </Form.Item>
            <Form.Item label="应急联系电话" required extra="须为另一个可联系到本人的手机号码" {...e.item('emergency')}>
              {text('emergency', 'emergency', { max: 11, size: 'm', blur: (x) => (!MOBILE_RE.test(x) ? '请输入 11 位手机号码' : x === s.mobile ? '不能与手机号码相同' : '') })}
            </Form.Item>
            <Form.Item label="固定电话（选填）" {...e.item('landline')}>
              {text('landline', 'landline', { size: 'm', placeholder: '区号-号码', blur: (x) => (PHONE_RE.test(x) && x.startsWith('0') ? '' : '格式为 区号-号码') })}
            </Form.Item>
            <Form.Item label="电子邮箱" required {...e.item('email')}>
              {text('email', 'email', { size: 'm', blur: (x) => (EMAIL_RE.test(x) ? '' : '邮箱格式不正确') })}
            </Form.Item>
            <Form.Item label="备注">
              <Input.TextArea className="remark" size="full" rows={3} maxLength={200} value={str(s.remark)} placeholder="管局要求说明的事项（选填）" onChange={(x) => set('remark', x)} />
            </Form.Item>
          </Form>
        </Card.Body></Card>
        <div className="tc-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout14-tencent-subject-person-tea-smscode': TencentSubjectPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
