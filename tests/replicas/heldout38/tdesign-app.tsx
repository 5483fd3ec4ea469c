/**
 * Gen-38 held-out builds on React 19 + TDesign React 1.18 (tdesign.min.css), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout38-aliyun-basic-unit-tdesign-lefttabs     Alibaba 填写基本信息 (单位) as LEFT TABS: TDesign Tabs placed left
 *    (主办者 / 备案资源, both panes kept mounted, one shown); a LAZY Cascader (each level answered late), filled radio
 *    buttons, a Select filtered by the nature, blur checks, resource-kind radios, a TreeSelect of regions → the unit's
 *    instances answered late (short ones disabled); the 须知 tick; 信息校验
 *  - heldout38-mps-subject-unit-tdesign-anchorform    公安 开办主体 (单位) as an ANCHOR FORM: a TDesign Anchor rail beside
 *    four sections; Selects, an Upload of the licence, the office address ONE text line, a DatePicker + 长期 Checkbox
 *    hiding the end picker, an Upload, a LAZY Cascader + street line, blur checks, a Select 是 / 否; 保存草稿 / 下一步
 */
import { Anchor, Button, Cascader, Checkbox, DatePicker, Form, Input, Radio, Select, Steps, Tabs, TreeSelect, Upload } from 'tdesign-react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, EMAIL_RE, fetchAreas, fetchUnitEcsTree, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURES, pathOfCode,
  PHONE_RE, validId, validUscc, type EcsTreeNode,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const { FormItem } = Form;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const usccRule = (v: string) => (validUscc(v) ? '' : '统一社会信用代码校验未通过');
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确');
const phone = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');

function T(p: { s: S; set: Setter; k: string; cls: string; rule?: (v: string) => string; placeholder?: string; disabled?: boolean }) {
  const [err, setErr] = useState('');
  const v = str(p.s[p.k]);
  useEffect(() => { setErr(''); }, [v]);
  return (
    <div style={{ width: '100%' }}>
      <Input className={p.cls} value={v} disabled={p.disabled} placeholder={p.placeholder ?? '请输入'} status={err ? 'error' : 'default'}
        onChange={(x) => p.set(p.k, String(x ?? ''))} onBlur={(x) => { const t = String(x ?? '').trim(); if (t && p.rule) setErr(p.rule(t)); }} />
      {err ? <div className="field-err">{err}</div> : null}
    </div>
  );
}

interface LazyOpt { value: string; label: string; children?: LazyOpt[] | boolean }
/**
 * A lazy region Cascader: provinces first, each lower level answered late (TDesign's `load`). It keeps its own value (as
 * a form-managed field does) and reports the picked county through onChange.
 */
function LazyRegion(p: { cls: string; on: (leaf: string) => void; placeholder: string }) {
  const [roots, setRoots] = useState<LazyOpt[]>([]);
  useEffect(() => { void fetchAreas('', 300).then((l) => setRoots(l.map((a) => ({ value: a.code, label: a.name, children: true })))); }, []);
  return (
    <Cascader className={p.cls} options={roots} placeholder={roots.length ? p.placeholder : '地区加载中…'} popupProps={{ overlayClassName: `${p.cls}-pop` }}
      load={(node) => fetchAreas(String(node.value), 350).then((l) => l.map((a) => ({ value: a.code, label: a.name, children: a.code.length < 6 && !a.leaf ? true : undefined })))}
      onChange={(v) => p.on(String(v ?? ''))} />
  );
}

/* ------------------------------------------------------------------ 填写基本信息 (单位, 阿里云), left tabs */

const SHOWN_NATURES = NATURES.filter((n) => ['政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会'].includes(n));

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    regionLeaf: '', nature: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', notice: false, checkClicks: 0,
  }, ({ regionLeaf, ...r }) => ({ ...r, region: pathOfCode(str(regionLeaf)) }));
  const [tab, setTab] = useState<string | number>('holder');
  const [tree, setTree] = useState<EcsTreeNode[] | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => { setTree(null); if (s.resource === '云服务器ECS') void fetchUnitEcsTree(600).then(setTree); }, [s.resource]);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  return (
    <div>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="card-w"><Steps current={0} options={[{ title: '填写基本信息' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }]} /></div>
        <div className="card-w">
          <Tabs className="basic-tabs" placement="left" value={tab} onChange={setTab}>
            <Tabs.TabPanel value="holder" label="主办者" className="p-holder" destroyOnHide={false}>
              <Form labelWidth={150} style={{ padding: '8px 24px', maxWidth: 720 }}>
                <FormItem label="主办单位所属区域" requiredMark help="须与营业执照住所所在地一致">
                  <LazyRegion cls="region" placeholder="省 / 市 / 区县" on={(v) => set('regionLeaf', v)} />
                </FormItem>
                <FormItem label="主办单位性质" requiredMark>
                  <Radio.Group className="nature" variant="default-filled" value={str(s.nature) || undefined} onChange={(v) => setMany({ nature: String(v), certType: '' })}>
                    {SHOWN_NATURES.map((n) => <Radio.Button key={n} value={n}>{n}</Radio.Button>)}
                  </Radio.Group>
                </FormItem>
                <FormItem label="主办单位证件类型" requiredMark>
                  <Select className="cert-type" disabled={!certs.length} placeholder={certs.length ? '请选择' : '请先选择主办单位性质'} value={str(s.certType) || undefined} options={opts(certs)}
                    popupProps={{ overlayClassName: 'cert-type-pop' }} onChange={(v) => set('certType', String(v ?? ''))} />
                </FormItem>
                <FormItem label="主办单位证件号码" requiredMark>
                  <T s={s} set={set} k="certNumber" cls="cert-number" rule={(v) => (s.nature === '个人' ? idRule(v) : usccRule(v))} />
                </FormItem>
                <FormItem label="网站域名" requiredMark help="已完成实名认证的一级域名，不带 www.">
                  <T s={s} set={set} k="domain" cls="domain" placeholder="如 example.cn" rule={(v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名')} />
                </FormItem>
              </Form>
            </Tabs.TabPanel>
            <Tabs.TabPanel value="resource" label="备案资源" className="p-resource" destroyOnHide={false}>
              <Form labelWidth={150} style={{ padding: '8px 24px', maxWidth: 720 }}>
                <FormItem label="资源类型" requiredMark>
                  <Radio.Group className="resource" value={str(s.resource)} onChange={(v) => setMany({ resource: String(v), instance: '' })}>
                    {ALIYUN_RESOURCE_KINDS.map((k) => <Radio key={k} value={k}>{k}</Radio>)}
                  </Radio.Group>
                </FormItem>
                {s.resource === '云服务器ECS' ? (
                  <FormItem label="备案实例" requiredMark help="按地域选择，实例剩余时长须不少于 3 个月">
                    <TreeSelect className="instance" data={tree ?? []} loading={!tree} value={str(s.instance) || undefined} placeholder={tree ? '请选择实例' : '实例加载中…'}
                      treeProps={{ expandAll: true }} popupProps={{ overlayClassName: 'instance-pop' }}
                      onChange={(v) => { const id = String(v ?? ''); if (!id.startsWith('cn-')) set('instance', id); }} />
                  </FormItem>
                ) : (
                  <FormItem label="备案实例"><span className="help">{s.resource === '备案服务号' ? '请先购买备案服务号' : '当前账号下无此类实例'}</span></FormItem>
                )}
              </Form>
            </Tabs.TabPanel>
          </Tabs>
          <div className="actions">
            <Checkbox className="notice" checked={s.notice === true} onChange={(v) => set('notice', !!v)}>我已阅读《ICP备案须知》</Checkbox>
            <Button theme="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg(s.instance ? '校验中…' : '请选择备案实例'); }}>信息校验</Button>
            <span className="msg">{msg}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 开办主体 (单位, 公安), anchor form */

function MpsSubjectUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', officeAddress: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prFront: [], homeLeaf: '', homeDetail: '',
    prOffice: '', prMobile: '', prEmail: '', genAI: '', draftClicks: 0, nextClicks: 0,
  }, ({ homeLeaf, ...r }) => ({ ...r, homeRegion: pathOfCode(str(homeLeaf)) }));
  const [msg, setMsg] = useState('');
  const long = s.prLongTerm === true;
  const up = (k: string, cls: string, tip: string) => (
    <Upload className={cls} theme="file" autoUpload={false} max={1} accept="image/png,image/jpeg" tips={tip}
      files={arr<string>(s[k]).map((name) => ({ name, status: 'success' as const }))} onChange={(files) => set(k, files.map((f) => String(f.name ?? '')))} />
  );
  const sec = (id: string, title: string, body: React.ReactNode) => <div id={id} className={`card-w ${id}`}><div className="sec-title">{title}</div>{body}</div>;
  return (
    <div>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>新办网站申请 · 开办主体</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Steps current={0} options={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} /></div>
        <div className="anchor-layout">
          <div className="anchor-rail card-w">
            <Anchor className="subject-anchor" bounds={16}>
              <Anchor.AnchorItem href="#sec-unit" title="单位信息" />
              <Anchor.AnchorItem href="#sec-office" title="单位办公地址" />
              <Anchor.AnchorItem href="#sec-pr" title="负责人信息" />
              <Anchor.AnchorItem href="#sec-contact" title="联系方式" />
            </Anchor>
          </div>
          <Form labelWidth={160} className="subject-form">
            {sec('sec-unit', '单位信息', (<>
              <FormItem label="开办主体性质" requiredMark>
                <Select className="kind" value={str(s.kind) || undefined} options={opts(['个人', '单位'])} placeholder="请选择" popupProps={{ overlayClassName: 'kind-pop' }}
                  onChange={(v) => set('kind', String(v ?? ''))} />
              </FormItem>
              <FormItem label="主办单位名称" requiredMark><T s={s} set={set} k="unitName" cls="unit-name" /></FormItem>
              <FormItem label="单位证件类型" requiredMark>
                <Select className="unit-cert-type" value={str(s.unitCertType) || undefined} options={opts(MPS_UNIT_CERTS)} placeholder="请选择" popupProps={{ overlayClassName: 'unit-cert-type-pop' }}
                  onChange={(v) => set('unitCertType', String(v ?? ''))} />
              </FormItem>
              <FormItem label="单位证件号码" requiredMark><T s={s} set={set} k="unitCertNumber" cls="unit-cert-number" rule={usccRule} /></FormItem>
              <FormItem label="有效证件" requiredMark>{up('licence', 'licence', '上传营业执照等有效证件，jpg/png')}</FormItem>
              <FormItem label="法人代表人姓名" requiredMark><T s={s} set={set} k="legalRep" cls="legal-rep" /></FormItem>
            </>))}
            {sec('sec-office', '单位办公地址', (
              <FormItem label="单位办公地址" requiredMark help="省市区县 + 街道门牌号，写成一行">
                <T s={s} set={set} k="officeAddress" cls="office-address" placeholder="如 浙江省杭州市××区××路 1 号"
                  rule={(v) => (/(省|市).*(区|县|市).*\d+\s*号/.test(v) ? '' : '请填写省市区县及街道门牌号')} />
              </FormItem>
            ))}
            {sec('sec-pr', '负责人信息', (<>
              <FormItem label="负责人姓名" requiredMark><T s={s} set={set} k="prName" cls="pr-name" /></FormItem>
              <FormItem label="证件类型" requiredMark>
                <Select className="pr-cert-type" value={str(s.prCertType) || undefined} options={opts(MPS_PERSON_CERTS)} placeholder="请选择" popupProps={{ overlayClassName: 'pr-cert-type-pop' }}
                  onChange={(v) => set('prCertType', String(v ?? ''))} />
              </FormItem>
              <FormItem label="证件号码" requiredMark><T s={s} set={set} k="prCertNumber" cls="pr-cert-number" rule={idRule} /></FormItem>
              <FormItem label="证件有效期开始" requiredMark>
                <div className="row-inline">
                  <DatePicker className="pr-valid-from" allowInput value={str(s.prValidFrom)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" popupProps={{ overlayClassName: 'pr-valid-from-pop' }}
                    onChange={(v) => set('prValidFrom', String(v ?? ''))} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(v) => setMany({ prLongTerm: !!v, prValidTo: v ? '' : s.prValidTo })}>长期</Checkbox>
                </div>
              </FormItem>
              {long ? null : (
                <FormItem label="证件有效期截止" requiredMark>
                  <DatePicker className="pr-valid-to" allowInput value={str(s.prValidTo)} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => set('prValidTo', String(v ?? ''))} />
                </FormItem>
              )}
              <FormItem label="负责人证件正面" requiredMark>{up('prFront', 'pr-front', '身份证人像面')}</FormItem>
              <FormItem label="负责人常住地址" requiredMark>
                <LazyRegion cls="home-region" placeholder="省 / 市 / 区县" on={(v) => set('homeLeaf', v)} />
              </FormItem>
              <FormItem label="常住地址详细" requiredMark><T s={s} set={set} k="homeDetail" cls="home-detail" placeholder="街道、门牌号" /></FormItem>
            </>))}
            {sec('sec-contact', '联系方式', (<>
              <FormItem label="办公室电话"><T s={s} set={set} k="prOffice" cls="pr-office" placeholder="区号-号码" rule={phone} /></FormItem>
              <FormItem label="手机号码" requiredMark><T s={s} set={set} k="prMobile" cls="pr-mobile" rule={mobile} /></FormItem>
              <FormItem label="负责人邮箱" requiredMark><T s={s} set={set} k="prEmail" cls="pr-email" rule={email} /></FormItem>
              <FormItem label="是否利用生成式人工智能" requiredMark>
                <Select className="gen-ai" value={str(s.genAI) || undefined} options={opts(['是', '否'])} placeholder="请选择" popupProps={{ overlayClassName: 'gen-ai-pop' }}
                  onChange={(v) => set('genAI', String(v ?? ''))} />
              </FormItem>
            </>))}
            <div className="actions">
              <Button variant="outline" className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('草稿已保存'); }}>保存草稿</Button>
              <Button theme="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.kind ? '' : '请选择开办主体性质'); }}>下一步</Button>
              <span className="msg">{msg}</span>
            </div>
          </Form>
        </div>
      </div>
    </div>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout38-aliyun-basic-unit-tdesign-lefttabs': AliyunBasicUnit,
  'heldout38-mps-subject-unit-tdesign-anchorform': MpsSubjectUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
