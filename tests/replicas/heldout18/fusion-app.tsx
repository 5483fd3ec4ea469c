/**
 * Gen-18 held-out build on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27 (written from FORMS.md
 * and docs/profile.example.json alone, never tuned against):
 *  - heldout18-huawei-subject-unit-fusion-numbered  填写主体信息 (单位, 华为云): THREE NUMBERED BLOCKS (① 主办单位信息 ② 主体负责人
 *    ③ 联系方式) with LEFT labels; read-only step-1 facts, a LAZY CascaderSelect + detail, 一致 / 不一致 radios revealing the
 *    mailing address, blur checks, a select, a RANGE picker swapped for one start date by a 长期有效 SWITCH, 是 / 否 radios
 *    revealing an authorisation upload, phones that must differ, the office phone as an AREA-CODE select + a number;
 *    备注; 上一步 / 保存 / 下一步
 */
import { Button, CascaderSelect, DatePicker2, Form, Input, Message, Radio, Select, Step, Switch, Upload } from '@alifd/next';
import type { CascaderSelectDataItem } from '@alifd/next/types/cascader-select';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    item: (k: string) => (errs[k] ? { validateState: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 340 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} state={p.e.get(p.k) ? 'error' : undefined}
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

const AREA_CODES: [string, string][] = [
  ['010', '北京'], ['021', '上海'], ['022', '天津'], ['023', '重庆'], ['020', '广州'], ['0755', '深圳'], ['025', '南京'], ['027', '武汉'], ['028', '成都'], ['029', '西安'],
  ['0571', '杭州'], ['0574', '宁波'], ['0577', '温州'], ['0573', '嘉兴'], ['0575', '绍兴'], ['0579', '金华'],
];

function HuaweiSubjectUnit() {
  const { s, set, setMany } = useReplicaState('huawei', 'subject', '单位', {
    unitName: '', certRegionCode: '', certDetail: '', mailSame: '', mailRegionCode: '', mailDetailOwn: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidity: [], prLongTerm: false, prValidFromLong: '', isLegalRep: '', authLetter: [],
    mobile: '', emergency: '', officeArea: '', officeNumber: '', email: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certRegionCode, mailRegionCode, mailDetailOwn, prValidity, prValidFromLong, officeArea, officeNumber, ...r }) => {
    const same = r.mailSame === '一致';
    const range = arr<string>(prValidity);
    return {
      ...r,
      certRegion: pathOfCode(str(certRegionCode)),
      mailRegion: pathOfCode(str(same ? certRegionCode : mailRegionCode)),
      mailDetail: same ? str(r.certDetail) : str(mailDetailOwn),
      prValidFrom: r.prLongTerm ? str(prValidFromLong) : str(range[0]),
      prValidTo: r.prLongTerm ? '' : str(range[1]),
      office: [str(officeArea), str(officeNumber)].filter(Boolean).join('-'),
    };
  });
  const e = useErrs();
  const cert = useLazyRegions();
  const mail = useLazyRegions();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const long = s.prLongTerm === true;
  const range = arr<string>(s.prValidity);
  const block = (no: string, title: string, children: ReactNode, cls: string) => (
    <div className={`nblock ${cls}`}><h3><span className="no">{no}</span>{title}</h3>{children}</div>
  );
  const formProps = { labelAlign: 'left' as const, labelCol: { fixedSpan: 10 }, wrapperCol: { span: 16 }, useLabelForErrorMessage: false };
  return (
    <>
      <div className="hw-top"><span className="logo" /><b>华为云</b><span>控制台</span><span>备案中心</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="hw-side" aria-label="备案中心"><div className="grp">ICP备案</div><a>总览</a><a className="on">我的备案</a><a>备案资源</a><div className="grp">帮助</div><a>管局规则</a></nav>
      <div className="hw-main"><div className="hw-body">
        <h2 className="page-title">首次备案 · 填写主体信息</h2>
        <div className="card-w">
          <Step current={1} shape="dot" readOnly>{['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'].map((t) => <Step.Item key={t} title={t} />)}</Step>
        </div>
        <Message type="notice" style={{ marginBottom: 16 }} title="主体负责人须为法定代表人（浙江省通信管理局要求）；主体负责人与网站负责人不同时，手机号码与电子邮箱不能相同。" />
        {block('1', '主办单位信息', (
          <>
            <div className="facts-ro"><div><span>主办单位性质</span>企业</div><div><span>证件类型</span>营业执照（个人或企业）</div><div><span>证件号码</span>91330110MA2H3K7Q18</div></div>
            <Form {...formProps}>
              <FormItem label="主办单位名称" required {...e.item('unitName')}>
                {text('unitName', 'unit-name', { max: 60, placeholder: '与营业执照上的名称一致', blur: (v) => (/(公司|企业|厂|店|中心|合作社|事务所)$/.test(v) ? '' : '请填写营业执照上的单位全称') })}
              </FormItem>
              <FormItem label="主办单位证件住所" required>
                <CascaderSelect className="cert-region" style={{ width: 340 }} placeholder="省 / 市 / 区县" dataSource={cert.lazy as unknown as CascaderSelectDataItem[]} loadData={cert.loadData} value={str(s.certRegionCode) || undefined}
                  onChange={(v) => set('certRegionCode', typeof v === 'string' ? v : '')} />
              </FormItem>
              <FormItem label="证件住所 · 详细地址" required>{text('certDetail', 'cert-detail', { placeholder: '与营业执照“住所”一致', width: 440 })}</FormItem>
              <FormItem label="通讯地址与证件住所" required>
                <Radio.Group className="mail-same" value={str(s.mailSame) || undefined} dataSource={['一致', '不一致']} onChange={(v) => set('mailSame', String(v))} />
              </FormItem>
              {s.mailSame === '不一致'
                ? (
                  <>
                    <FormItem label="通讯地址" required>
                      <CascaderSelect className="mail-region" style={{ width: 340 }} placeholder="省 / 市 / 区县" dataSource={mail.lazy as unknown as CascaderSelectDataItem[]} loadData={mail.loadData} value={str(s.mailRegionCode) || undefined}
                        onChange={(v) => set('mailRegionCode', typeof v === 'string' ? v : '')} />
                    </FormItem>
                    <FormItem label="通讯地址 · 详细地址" required help="须详细到门牌号">{text('mailDetailOwn', 'mail-detail', { placeholder: '街道、门牌号', width: 440 })}</FormItem>
                  </>
                )
                : null}
              <FormItem label="投资者或上级主管单位" required help="企业填写投资者（股东）或上级主管单位全称">{text('investor', 'investor', { max: 60 })}</FormItem>
            </Form>
          </>
        ), 'b-unit')}
        {block('2', '主体负责人', (
          <Form {...formProps}>
            <FormItem label="主体负责人姓名" required>{text('prName', 'pr-name', { max: 20 })}</FormItem>
            <FormItem label="证件类型" required>
              <Select className="pr-cert-type" style={{ width: 340 }} placeholder="请选择" value={str(s.prCertType) || undefined} dataSource={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" required {...e.item('prCertNumber')}>
              {text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过' })}
            </FormItem>
            <FormItem label="证件有效期" required>
              <div className="row-inline">
                {long
                  ? (
                    <DatePicker2 className="pr-valid-from" format="YYYY-MM-DD" placeholder="开始日期" value={str(s.prValidFromLong) || null}
                      onChange={(_d: unknown, v: string) => set('prValidFromLong', typeof v === 'string' ? v : '')} />
                  )
                  : (
                    <DatePicker2.RangePicker className="pr-validity" format="YYYY-MM-DD" placeholder={['开始日期', '结束日期']} value={range.some(Boolean) ? [range[0] || null, range[1] || null] : undefined}
                      onChange={(_d: unknown, vs: string[] | null) => set('prValidity', Array.isArray(vs) && vs.some(Boolean) ? [vs[0] ?? '', vs[1] ?? ''] : [])} />
                  )}
                <span className="help">长期有效</span>
                <Switch className="pr-long-term" size="small" checked={long} onChange={(v: boolean) => setMany({ prLongTerm: !!v, prValidFromLong: v ? str(range[0]) : '', prValidity: [] })} />
              </div>
            </FormItem>
            <FormItem label="是否为法定代表人" required>
              <Radio.Group className="is-legal-rep" value={str(s.isLegalRep) || undefined} dataSource={['是', '否']} onChange={(v) => setMany({ isLegalRep: String(v), ...(v === '是' ? { authLetter: [] } : {}) })} />
            </FormItem>
            {s.isLegalRep === '否'
              ? (
                <FormItem label="法人授权书" required help="主体负责人非法定代表人时，上传法定代表人签字并加盖公章的授权书">
                  <Upload className="auth-letter" accept="image/png,image/jpeg" autoUpload={false} limit={1} value={arr<string>(s.authLetter).map((name, i) => ({ uid: `a-${i}`, name, state: 'done' as const }))}
                    onChange={(list: { name?: string }[]) => set('authLetter', list.map((f) => f.name ?? '').filter(Boolean))}>
                    <Button>上传授权书</Button>
                  </Upload>
                </FormItem>
              )
              : null}
          </Form>
        ), 'b-principal')}
        {block('3', '联系方式', (
          <Form {...formProps}>
            <FormItem label="手机号码" required {...e.item('mobile')}>{text('mobile', 'mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</FormItem>
            <FormItem label="应急联系电话" required {...e.item('emergency')}>
              {text('emergency', 'emergency', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}
            </FormItem>
            <FormItem label="办公电话" {...e.item('office')} help={e.get('office') || '选择区号后填写号码（选填）'}>
              <div className="office-pair">
                <Select className="office-area" style={{ width: 130 }} showSearch placeholder="区号" value={str(s.officeArea) || undefined} hasClear
                  dataSource={AREA_CODES.map(([v, c]) => ({ value: v, label: `${v} ${c}` }))} onChange={(v) => set('officeArea', String(v ?? ''))} />
                <span>-</span>
                <Input className="office-number" style={{ width: 200 }} maxLength={8} placeholder="电话号码" value={str(s.officeNumber)}
                  onChange={(v) => { set('officeNumber', String(v ?? '')); e.clear('office'); }}
                  onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && !/^\d{7,8}$/.test(t)) e.set('office', '电话号码为 7–8 位数字'); }} />
              </div>
            </FormItem>
            <FormItem label="电子邮箱" required {...e.item('email')}>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</FormItem>
            <FormItem label="备注">
              <Input.TextArea className="remark" style={{ width: 440 }} value={str(s.remark)} maxLength={200} showLimitHint placeholder="选填；按管局要求填写的说明" onChange={(v) => set('remark', String(v ?? ''))} />
            </FormItem>
          </Form>
        ), 'b-contact')}
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = { 'heldout18-huawei-subject-unit-fusion-numbered': HuaweiSubjectUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
