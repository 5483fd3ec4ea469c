/**
 * Gen-39 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8,
 * written from FORMS.md and docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout39-aliyun-basic-unit-tea-summaryside   填写基本信息 (单位, 阿里云) as a SUMMARY SIDE: the form at the left, a
 *    sticky 已填信息 summary at the right: a whole-tree Cascader answered late, a Select, radios listed per nature, blur
 *    checks, a Select of resource kinds, the instance Select listed late (one disabled); a 须知 tick; 信息校验
 *  - heldout39-mps-subject-person-tea-photoside    开办主体 (个人, 公安) as a PHOTO SIDE: three Uploads in a column at the
 *    left, the fields at the right: a Segment, a Select, two DatePickers + a 长期 Switch disabling the end, a whole-tree
 *    Cascader + street line, radios, blur checks; 保存草稿 / 下一步
 */
import { Button, Card, Cascader, Checkbox, DatePicker, Input, Radio, Segment, Select, Switch, Upload } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, EMAIL_RE, fetchRegionTree, fetchUnitResources, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, NATURES, pathOfCode, PHONE_RE,
  validId, validUscc, YES_NO, type AliEcs, type RegionOption,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);
const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return { set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })), get: (k: string) => errs[k] ?? '', clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); } };
}
type Errs = ReturnType<typeof useErrs>;
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size="l" value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);
const codePath = (code: string): string[] => (code ? [code.slice(0, 2), code.slice(0, 4), code] : []);

/* ------------------------------------------------------------------ 阿里云 填写基本信息 (单位): summary side */

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    regionCode: '', nature: '', certType: '', unitName: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', notice: false, checkClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree, setTree] = useState<RegionOption[] | null>(null);
  const [list, setList] = useState<AliEcs[] | null>(null);
  useEffect(() => { void fetchRegionTree(450).then(setTree); }, []);
  useEffect(() => { setList(null); void fetchUnitResources(str(s.resource), 500).then(setList); }, [s.resource]);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  const region = pathOfCode(str(s.regionCode));
  const sum: [string, string][] = [
    ['所属区域', region.join(' / ')], ['性质', str(s.nature)], ['证件类型', str(s.certType)], ['单位名称', str(s.unitName)], ['证件号码', str(s.certNumber)],
    ['网站域名', str(s.domain)], ['备案实例', str(s.instance)],
  ];
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body side-layout">
        <Card className="basic-card"><Card.Body title="填写基本信息">
          <Row label="主办单位所属区域" help="与证件住所所在地一致">
            <Cascader className="region" type="menu" data={(tree ?? []) as never} value={codePath(str(s.regionCode))} placeholder={tree ? '请选择省 / 市 / 区县' : '地区加载中…'}
              onChange={(v) => { const p = arr<string>(v); set('regionCode', String(p[p.length - 1] ?? '')); }} />
          </Row>
          <Row label="主办单位性质">
            <Select virtual={false} className="nature" appearance="button" size="l" matchButtonWidth placeholder="请选择" value={str(s.nature) || undefined} options={topts(NATURES)} onChange={(v) => setMany({ nature: v, certType: '' })} />
          </Row>
          <Row label="主办单位证件类型" help="随主办单位性质变化">
            {certs.length ? <Radio.Group className="cert-type" value={str(s.certType)} onChange={(v) => set('certType', v)} layout="column">{certs.map((c) => <Radio key={c} name={c}>{c}</Radio>)}</Radio.Group> : <span className="help">请先选择主办单位性质</span>}
          </Row>
          <Row label="主办单位名称" help="与证件上的名称一致"><Text s={s} set={set} e={e} k="unitName" cls="unit-name" max={128} /></Row>
          <Row label="主办单位证件号码"><Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} blur={(v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过')} /></Row>
          <Row label="网站域名" help="已实名认证的一级域名"><Text s={s} set={set} e={e} k="domain" cls="domain" placeholder="如 example.cn" blur={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 的一级域名')} /></Row>
          <Row label="资源类型"><Select virtual={false} className="resource" appearance="button" size="l" matchButtonWidth value={str(s.resource)} options={topts(ALIYUN_RESOURCE_KINDS)} onChange={(v) => setMany({ resource: v, instance: '' })} /></Row>
          <Row label="备案实例" help="包年包月且剩余时长不少于 3 个月">
            <Select virtual={false} className="instance" appearance="button" size="l" matchButtonWidth placeholder={list === null ? '实例加载中…' : list.length ? '请选择' : '当前账号下无此类实例'} value={str(s.instance) || undefined}
              options={(list ?? []).map((i) => ({ value: i.id, text: `${i.name}（${i.ip}）${i.id}${i.short ? ' · 剩余不足 3 个月' : ''}`, disabled: !!i.short }))} onChange={(v) => set('instance', v)} />
          </Row>
          <div style={{ marginTop: 12 }}><Checkbox className="notice" value={s.notice === true} onChange={(v) => set('notice', v)}>我已阅读《ICP备案须知》</Checkbox></div>
          <div className="actions">
            <Button type="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg('校验中：域名实名信息需与主办单位一致'); }}>信息校验</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </Card.Body></Card>
        <Card className="side-sum"><Card.Body title="已填信息">
          {sum.map(([k, v]) => <div key={k} className="sum-line" style={{ fontSize: 12, lineHeight: '24px' }}><span style={{ color: '#888' }}>{k}：</span>{v || '—'}</div>)}
        </Card.Body></Card>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 开办主体 (个人): photo side */

function Slot(p: { s: S; set: Setter; k: string; label: string; req?: boolean }) {
  const files = arr<string>(p.s[p.k]);
  return (
    <div className={`slot slot-${p.k}`}>
      <div><b>{p.req !== false ? <i style={{ color: '#d23c26', fontStyle: 'normal' }}>*</i> : null}{p.label}</b></div>
      <Upload accept={['image/png', 'image/jpeg']} maxSize={400 * 1024} beforeUpload={(file) => { p.set(p.k, [file.name]); return false; }}>
        {({ open }) => <Button type="weak" className={`up-${p.k}`} onClick={open}>{files.length ? '重新上传' : '上传'}</Button>}
      </Upload>
      {files.length ? <span className="file-name"> {files[0]} </span> : <span className="help"> jpg / png，≤ 400KB</span>}
    </div>
  );
}

function MpsSubjectPerson() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prFront: [], prBack: [], prHand: [],
    homeRegionCode: '', homeDetail: '', prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ homeRegionCode, ...r }) => ({ ...r, homeRegion: pathOfCode(str(homeRegionCode)) }));
  const e = useErrs();
  const [tree, setTree] = useState<RegionOption[]>([]);
  useEffect(() => { void fetchRegionTree(350).then(setTree); }, []);
  const long = s.prLongTerm === true;
  const t = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 420 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">张伟（个人用户）</span></div>
      <div className="mps-body photo-layout">
        <Card className="photo-col"><Card.Body title="证件照片">
          <Slot s={s} set={set} k="prFront" label="负责人证件正面" />
          <Slot s={s} set={set} k="prBack" label="证件反面" />
          <Slot s={s} set={set} k="prHand" label="手持证件照" />
        </Card.Body></Card>
        <Card className="field-col"><Card.Body title="开办主体信息">
          <Row label="开办主体性质"><Segment className="kind" value={str(s.kind)} options={topts(['个人', '单位'])} onChange={(v) => set('kind', v)} /></Row>
          <Row label="负责人姓名">{t('prName', 'pr-name', { max: 30 })}</Row>
          <Row label="证件类型"><Select virtual={false} className="pr-cert-type" appearance="button" size="l" matchButtonWidth placeholder="请选择" value={str(s.prCertType) || undefined} options={topts(MPS_PERSON_CERTS)} onChange={(v) => set('prCertType', v)} /></Row>
          <Row label="证件号码">{t('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => ((s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Row>
          <Row label="证件有效期开始"><DatePicker className="pr-valid-from" value={day(s.prValidFrom)} onChange={(d) => set('prValidFrom', d ? d.format(DAY) : '')} /></Row>
          <Row label="证件有效期结束">
            <div className="row-inline">
              <DatePicker className="pr-valid-to" disabled={long} value={day(s.prValidTo)} onChange={(d) => set('prValidTo', d ? d.format(DAY) : '')} />
              <Switch className="pr-long-term" value={long} onChange={(v) => setMany({ prLongTerm: v, prValidTo: v ? '' : s.prValidTo })}>长期</Switch>
            </div>
          </Row>
          <Row label="负责人常住地址">
            <Cascader className="home-region" type="menu" data={tree as never} value={codePath(str(s.homeRegionCode))} placeholder="请选择省 / 市 / 区县"
              onChange={(v) => { const p = arr<string>(v); set('homeRegionCode', String(p[p.length - 1] ?? '')); }} />
          </Row>
          <Row label="常住详细地址">{t('homeDetail', 'home-detail', { placeholder: '街道、门牌号' })}</Row>
          <Row label="办公室电话" req={false}>{t('prOffice', 'pr-office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确') })}</Row>
          <Row label="手机号码">{t('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="负责人邮箱">{t('prEmail', 'pr-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Row>
          <Row label="是否利用生成式人工智能">
            <Radio.Group className="gen-ai" value={str(s.genAI)} onChange={(v) => set('genAI', v)}>{YES_NO.map((y) => <Radio key={y} name={y}>{y}</Radio>)}</Radio.Group>
          </Row>
          <div className="actions">
            <Button className="draft" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
            <Button type="primary" className="next" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </Card.Body></Card>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout39-aliyun-basic-unit-tea-summaryside': AliyunBasicUnit,
  'heldout39-mps-subject-person-tea-photoside': MpsSubjectPerson,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
