/**
 * Gen-21 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout21-volcengine-subject-unit-antd-descform   填写主办者信息 (单位, 火山引擎): two BORDERED DESCRIPTIONS (two label |
 *    value pairs a row) whose value cells hold the controls; a read-only name, a SEARCHABLE whole-tree Cascader and a LAZY
 *    Cascader (loadData per level) with detail inputs, blur checks, a Select, a start DatePicker and 长期 / 指定日期 radios
 *    revealing an end DatePicker, phones that must differ; a 承诺 tick; 上一步 / 保存 / 下一步
 */
import { Alert, Button, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Input, Radio, Select, Steps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

dayjs.locale('zh-cn');
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

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; width?: number }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: p.width ?? 260 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} status={p.e.get(p.k) ? 'error' : undefined}
        onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

interface Opt { value: string; label: string; isLeaf?: boolean; children?: Opt[] }
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入正确的 11 位手机号码');
const detailRule = (v: string) => (/\d+\s*号/.test(v) ? '' : '请填写至门牌号');

function VolcSubjectUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '单位', {
    certCodes: [], certDetail: '', mailCodes: [], mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidToKind: '', prValidTo: '', mobile: '', emergency: '', office: '', email: '',
    promise: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ certCodes, mailCodes, ...r }) => ({
    ...r,
    certRegion: pathOfCode(arr<string>(certCodes).at(-1) ?? ''),
    mailRegion: pathOfCode(arr<string>(mailCodes).at(-1) ?? ''),
  }));
  const e = useErrs();
  const [tree] = useState(() => regionOptions());
  const [lazy, setLazy] = useState<Opt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setLazy(l.map((a) => ({ value: a.code, label: a.name, isLeaf: false })))); }, []);
  const loadData = (path: Opt[]) => {
    const target = path[path.length - 1]!;
    void fetchAreas(target.value).then((l) => {
      target.children = l.map((a) => ({ value: a.code, label: a.name, isLeaf: path.length >= 2 }));
      setLazy((x) => [...x]);
    });
  };
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; width?: number } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const req = (t: string) => <span className="req">{t}</span>;
  const day = (k: string) => (str(s[k]) ? dayjs(str(s[k])) : null);
  const fixed = s.prValidToKind === '指定日期';
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <div className="volc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="volc-side" aria-label="备案管理"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案服务码</a><a>资料下载</a></nav>
      <div className="volc-main"><div className="volc-body">
        <h2 className="page-title">首次备案</h2>
        <div className="card-w">
          <Steps current={1} size="small" items={['验证备案类型', '填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((title) => ({ title }))} />
        </div>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="主体负责人须为单位法定代表人；主体负责人与网站负责人为不同人时，手机号码与邮箱不得相同。" />
        <div className="desc-form">
          <Descriptions className="d-holder" title="主办者信息" bordered column={2} size="middle">
            <Descriptions.Item label="主办单位名称"><span className="unit-name-ro">杭州云栖示例科技有限公司</span> <span className="help">（验证备案类型时填写，不可修改）</span></Descriptions.Item>
            <Descriptions.Item label={req('投资人或主管单位')}>{text('investor', 'investor', { max: 60 })}</Descriptions.Item>
            <Descriptions.Item label={req('主办单位证件住址')}>
              <Cascader className="cert-region" classNames={{ popup: { root: 'cert-region-pop' } }} style={{ width: 260 }} showSearch placeholder="请选择或搜索省 / 市 / 区县" options={tree} value={arr<string>(s.certCodes)}
                onChange={(v) => set('certCodes', arr<string>(v).map(String))} />
            </Descriptions.Item>
            <Descriptions.Item label={req('证件住址详细地址')}>{text('certDetail', 'cert-detail', { placeholder: '与营业执照“住所”一致' })}</Descriptions.Item>
            <Descriptions.Item label={req('主办单位通信地址')}>
              <Cascader className="mail-region" classNames={{ popup: { root: 'mail-region-pop' } }} style={{ width: 260 }} placeholder="请选择省 / 市 / 区县" options={lazy} loadData={(p) => loadData(p as Opt[])} value={arr<string>(s.mailCodes)}
                changeOnSelect={false} onChange={(v) => set('mailCodes', arr<string>(v).map(String))} />
            </Descriptions.Item>
            <Descriptions.Item label={req('通信地址详细地址')}>{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: detailRule })}</Descriptions.Item>
          </Descriptions>
          <Descriptions className="d-principal" title="主体负责人信息" bordered column={2} size="middle">
            <Descriptions.Item label={req('主体负责人姓名')}>{text('prName', 'pr-name', { max: 20 })}</Descriptions.Item>
            <Descriptions.Item label={req('证件类型')}>
              <Select className="pr-cert-type" style={{ width: 260 }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', v)} />
            </Descriptions.Item>
            <Descriptions.Item label={req('证件号码')} span={2}>
              {text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对' })}
            </Descriptions.Item>
            <Descriptions.Item label={req('证件有效期开始')}>
              <DatePicker className="pr-valid-from" style={{ width: 200 }} format="YYYY-MM-DD" value={day('prValidFrom')} onChange={(d) => set('prValidFrom', d ? d.format('YYYY-MM-DD') : '')} />
            </Descriptions.Item>
            <Descriptions.Item label={req('证件有效期截止')}>
              <div className="row-inline">
                <Radio.Group className="pr-valid-to-kind" value={str(s.prValidToKind) || undefined} options={['长期', '指定日期']}
                  onChange={(ev) => setMany({ prValidToKind: ev.target.value, prValidTo: '' })} />
                {fixed
                  ? <DatePicker className="pr-valid-to" style={{ width: 160 }} format="YYYY-MM-DD" value={day('prValidTo')} onChange={(d) => set('prValidTo', d ? d.format('YYYY-MM-DD') : '')} />
                  : null}
              </div>
            </Descriptions.Item>
            <Descriptions.Item label={req('手机号码')}>{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</Descriptions.Item>
            <Descriptions.Item label={req('应急联系电话')}>
              {text('emergency', 'emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.mobile ? '应急联系电话不能与手机号码相同' : '') })}
            </Descriptions.Item>
            <Descriptions.Item label="办公室电话">{text('office', 'office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 010-12345678') })}</Descriptions.Item>
            <Descriptions.Item label={req('电子邮箱')}>{text('email', 'email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Descriptions.Item>
          </Descriptions>
        </div>
        <Checkbox className="promise" checked={s.promise === true} onChange={(ev) => set('promise', ev.target.checked)}>我承诺所填主办者信息真实、准确</Checkbox>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout21-volcengine-subject-unit-antd-descform': VolcSubjectUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
