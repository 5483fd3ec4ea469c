/**
 * Gen-22 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout22-huawei-subject-person-fusion-wizardtabs   填写主体信息 (个人, 华为云): WRAPPED Fusion TABS used as a wizard
 *    (主办者信息 / 主体负责人 / 联系方式, every pane rendered, 上一项 / 下一项 under them), LEFT labels; read-only step-1 facts, a
 *    SEARCHABLE whole-tree CascaderSelect + detail, a SWITCH copying the mailing address (off shows a LAZY CascaderSelect +
 *    detail), blur checks, a Select, a RANGE picker (DatePicker2) + a 长期 tick, phones that must differ; 上一步 / 保存 / 下一步
 */
import { Button, CascaderSelect, Checkbox, DatePicker2, Form, Input, Message, Select, Step, Switch, Tab } from '@alifd/next';
import type { CascaderSelectDataItem } from '@alifd/next/types/cascader-select';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; width?: number }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 320 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
      onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

interface LazyNode { value: string; label: string; isLeaf?: boolean; children?: LazyNode[] }
/** A lazily loaded region tree for a CascaderSelect (each level fetched when its parent opens). */
function useLazyRegions() {
  const [lazy, setLazy] = useState<LazyNode[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setLazy(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (data: { value?: unknown }) => new Promise<void>((resolve) => {
    const find = (l: LazyNode[]): LazyNode | undefined => {
      for (const n of l) { if (n.value === data.value) return n; const hit = n.children && find(n.children); if (hit) return hit; }
      return undefined;
    };
    void fetchAreas(String(data.value)).then((list) => {
      const n = find(lazy);
      if (n) n.children = list.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf }));
      setLazy((x) => [...x]);
      resolve();
    });
  });
  return { lazy, loadData };
}

const TABS = [['holder', '主办者信息'], ['principal', '主体负责人'], ['contact', '联系方式']] as const;
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function HuaweiSubjectPerson() {
  const { s, set, setMany } = useReplicaState('huawei', 'subject', '个人', {
    certRegionCode: '', certDetail: '', mailSame: false, mailRegionCode: '', mailDetailOwn: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidity: [], prLongTerm: false, mobile: '', emergency: '', office: '', email: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCode, mailRegionCode, mailDetailOwn, prValidity, ...r }) => {
    const same = r.mailSame === true;
    const range = arr<string>(prValidity);
    return {
      ...r,
      certRegion: pathOfCode(str(certRegionCode)),
      mailRegion: pathOfCode(str(same ? certRegionCode : mailRegionCode)),
      mailDetail: same ? str(r.certDetail) : str(mailDetailOwn),
      prValidity: range.filter(Boolean),
    };
  });
  const e = useErrs();
  const [tab, setTab] = useState<string>('holder');
  const [tree] = useState(() => regionOptions() as unknown as CascaderSelectDataItem[]);
  const mail = useLazyRegions();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const idx = TABS.findIndex(([k]) => k === tab);
  const same = s.mailSame === true;
  const long = s.prLongTerm === true;
  const range = arr<string>(s.prValidity);
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['certRegionCode', 'certDetail', 'investor', 'prName', 'prCertType', 'prCertNumber', 'mobile', 'emergency', 'email'];
    if (need.every((k) => str(s[k]))) Message.success('已保存');
    else Message.warning('请完善带 * 的信息');
  };
  const labelCol = { fixedSpan: 8 };
  return (
    <>
      <div className="hw-top"><span className="logo" /><b>华为云</b><span>备案中心</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="hw-side" aria-label="备案中心"><div className="grp">ICP备案</div><a>总览</a><a className="on">我的备案</a><a>备案授权码</a><a>备案材料下载</a></nav>
      <div className="hw-main"><div className="hw-body">
        <h2 className="page-title">新增备案 · 填写主体信息</h2>
        <div className="card-w">
          <Step current={1} shape="circle" readOnly>{['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <div className="wiz card-w">
          <Tab className="wiz-tabs" shape="wrapped" activeKey={tab} lazyLoad={false} onChange={(k) => setTab(String(k))}>
            <Tab.Item key="holder" title="主办者信息">
              <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false} className="f-holder">
                <div className="facts-ro"><div><span>主办人姓名</span><b>张伟</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件号码</span><b>330106199003071236</b></div><div className="help">来自基础信息校验，不可修改</div></div>
                <FormItem label="证件地址" required help="与身份证上的住址一致，可输入区县名称搜索">
                  <CascaderSelect className="cert-region" popupProps={{ className: 'cert-region-pop' }} style={{ width: 340 }} showSearch placeholder="请选择或搜索 省 / 市 / 区县" dataSource={tree} value={str(s.certRegionCode) || undefined}
                    onChange={(v) => set('certRegionCode', String(v ?? ''))} />
                </FormItem>
                <FormItem label="证件地址 · 详细地址" required {...e.item('certDetail')}>
                  {text('certDetail', 'cert-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d/.test(v) ? '' : '请填写至门牌号') })}
                </FormItem>
                <FormItem label="通信地址同证件地址">
                  <Switch className="mail-same" size="small" checked={same} onChange={(v: boolean) => setMany({ mailSame: !!v, mailRegionCode: '', mailDetailOwn: '' })} />
                </FormItem>
                {!same
                  ? (
                    <>
                      <FormItem label="通信地址" required>
                        <CascaderSelect className="mail-region" popupProps={{ className: 'mail-region-pop' }} style={{ width: 340 }} placeholder="请选择 省 / 市 / 区县" dataSource={mail.lazy as unknown as CascaderSelectDataItem[]} loadData={mail.loadData}
                          value={str(s.mailRegionCode) || undefined} onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
                      </FormItem>
                      <FormItem label="通信地址 · 详细地址" required {...e.item('mailDetailOwn')}>
                        {text('mailDetailOwn', 'mail-detail', { placeholder: '须详细到门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
                      </FormItem>
                    </>
                  )
                  : <div className="help same-note">通信地址与证件地址相同：{pathOfCode(str(s.certRegionCode)).join('') || '（未选择）'}{str(s.certDetail)}</div>}
                <FormItem label="投资人或主管单位" required help="个人备案填写本人姓名">{text('investor', 'investor', { max: 60 })}</FormItem>
              </Form>
            </Tab.Item>
            <Tab.Item key="principal" title="主体负责人">
              <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false} className="f-principal">
                <FormItem label="负责人姓名" required>{text('prName', 'pr-name', { max: 30 })}</FormItem>
                <FormItem label="证件类型" required>
                  <Select className="pr-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.prCertType) || undefined} dataSource={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v ?? ''))} />
                </FormItem>
                <FormItem label="证件号码" required {...e.item('prCertNumber')}>
                  {text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过' })}
                </FormItem>
                <FormItem label="证件有效期" required help="勾选“长期”的证件无需填写有效期">
                  <div className="row-inline">
                    <DatePicker2.RangePicker className="pr-validity" format="YYYY-MM-DD" disabled={long} placeholder={['开始日期', long ? '长期' : '结束日期']}
                      value={range.some(Boolean) ? [range[0] || null, range[1] || null] : undefined}
                      onChange={(_d: unknown, vs: string[] | null) => set('prValidity', Array.isArray(vs) && vs.some(Boolean) ? [vs[0] ?? '', vs[1] ?? ''] : [])} />
                    <Checkbox className="pr-long-term" checked={long} onChange={(v: boolean) => setMany({ prLongTerm: !!v, prValidity: [] })}>长期</Checkbox>
                  </div>
                </FormItem>
              </Form>
            </Tab.Item>
            <Tab.Item key="contact" title="联系方式">
              <Form labelAlign="left" labelCol={labelCol} useLabelForErrorMessage={false} className="f-contact">
                <FormItem label="手机号码" required {...e.item('mobile')}>{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</FormItem>
                <FormItem label="应急联系电话" required {...e.item('emergency')}>
                  {text('emergency', 'emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}
                </FormItem>
                <FormItem label="办公室电话" {...e.item('office')}>{text('office', 'office', { placeholder: '选填，区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</FormItem>
                <FormItem label="电子邮箱" required {...e.item('email')}>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</FormItem>
              </Form>
            </Tab.Item>
          </Tab>
          <div className="wiz-nav">
            <Button className="wiz-prev" disabled={idx <= 0} onClick={() => setTab(TABS[idx - 1]![0])}>上一项</Button>
            <Button className="wiz-next" disabled={idx >= TABS.length - 1} onClick={() => setTab(TABS[idx + 1]![0])}>下一项</Button>
          </div>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={save}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout22-huawei-subject-person-fusion-wizardtabs': HuaweiSubjectPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
