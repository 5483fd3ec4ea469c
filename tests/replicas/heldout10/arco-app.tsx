/**
 * Gen-10 held-out builds on React 18 + Arco Design 2.66 (written from FORMS.md alone, never tuned against):
 *  - heldout10-aliyun-basic-unit-arco-triple     填写基本信息 (单位): 性质 as four radio buttons + 其他 (reveals a select
 *    of the rest), 证件类型 disabled until 性质 is chosen, the region as THREE dependent selects loading in turn,
 *    a USCC that pre-selects 性质, a preset 资源类型 with an instance picker behind a button
 *  - heldout10-mps-subject-person-arco-reveal    开办主体 (个人): nothing but 开办主体性质 until it is answered (个人 reveals
 *    the person's fields, 单位 the unit's), labels on top, two date pickers + 长期有效, text-list uploads with
 *    buttons, a whole-tree searchable cascader for 常住地址, 办公室电话 required (the profile lacks it)
 */
import {
  Alert, Breadcrumb, Button, Card, Cascader, Checkbox, DatePicker, Divider, Form, Input, Message, Modal, Radio, Select, Steps, Upload,
} from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, EMAIL_RE, fetchAreas, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURES, natureOfUscc, regionOptions, validId, validUscc,
  type Area, DOMAIN_RE,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;

/** Blur messages per key. */
function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    status: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}

/* ------------------------------------------------------------------ 1. aliyun 填写基本信息 (单位) */

const QUICK_NATURES = ['企业', '个人', '事业单位', '政府机关'];
const OTHER = '其他';

/** One level of the region: a select whose options arrive from the area API after its parent is chosen. */
function Level(p: { parent: string | null; value: string; placeholder: string; onPick: (code: string, name: string) => void; cls: string }) {
  const [opts, setOpts] = useState<Area[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setOpts([]);
    if (p.parent === null) return;
    let live = true;
    setLoading(true);
    void fetchAreas(p.parent).then((l) => { if (live) { setOpts(l); setLoading(false); } });
    return () => { live = false; };
  }, [p.parent]);
  return (
    <Select
      className={p.cls}
      style={{ width: 168 }}
      placeholder={p.placeholder}
      loading={loading}
      disabled={p.parent === null}
      value={p.value || undefined}
      showSearch
      onChange={(code: string) => p.onPick(code, opts.find((o) => o.code === code)?.name ?? '')}
    >
      {opts.map((o) => <Select.Option key={o.code} value={o.code}>{o.name}</Select.Option>)}
    </Select>
  );
}

function AliyunBasic() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    natureQuick: '', natureOther: '', certType: '', certNumber: '', provinceCode: '', province: '', cityCode: '', city: '', districtCode: '', district: '',
    domain: '', resourceType: '云服务器ECS', instance: '', serviceCode: '', agreed: false, pickClicks: 0, backClicks: 0, verifyClicks: 0,
  }, ({ natureQuick, natureOther, province, city, district, provinceCode: _p, cityCode: _c, districtCode: _d, ...rest }) => ({
    ...rest,
    nature: natureQuick === OTHER ? str(natureOther) : str(natureQuick),
    region: [province, city, district].map(str).filter(Boolean),
  }));
  const e = useErrs();
  const [picker, setPicker] = useState(false);
  const nature = s.natureQuick === OTHER ? str(s.natureOther) : str(s.natureQuick);
  const certs = nature ? ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] : [];
  const setNature = (patch: S) => setMany({ ...patch, certType: '' });
  const checkNumber = (v: string) => {
    if (!v) return e.set('certNumber', '');
    if (s.certType === '居民身份证' && !validId(v)) return e.set('certNumber', '身份证号码不正确，请核对');
    if (/营业执照|统一社会信用代码/.test(str(s.certType)) && !validUscc(v)) return e.set('certNumber', '统一社会信用代码不正确，请核对');
    e.set('certNumber', '');
    // FORMS §3.2: a valid USCC names the kind of body; a console pre-selects 性质 from it when none is chosen yet
    if (!nature && natureOfUscc(v)) {
      const k = natureOfUscc(v);
      setNature(QUICK_NATURES.includes(k) ? { natureQuick: k, natureOther: '' } : { natureQuick: OTHER, natureOther: k });
      Message.info(`已根据证件号码识别主办单位性质为「${k}」，请核对`);
    }
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">备案概览</a><a href="#" className="on">新增备案</a><a href="#">我的备案</a><a href="#">备案服务号管理</a><a href="#">帮助文档</a></nav>
      <div className="al-main">
        <div className="al-body">
          <Breadcrumb style={{ marginBottom: 10 }}><Breadcrumb.Item>ICP备案</Breadcrumb.Item><Breadcrumb.Item>新增备案</Breadcrumb.Item></Breadcrumb>
          <Card bordered={false} style={{ marginBottom: 16 }}>
            <Steps current={1} size="small" labelPlacement="vertical">
              {['填写基本信息', '填写主体信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}
            </Steps>
          </Card>
          <Alert type="warning" style={{ marginBottom: 16 }}
            content="新注册或刚完成实名认证的域名，需等待约 3 天同步至管局后再校验；备案期间域名请勿解析到服务器。" />
          <Card bordered={false} title="基本信息">
            <Form layout="horizontal" labelAlign="left" colon labelCol={{ span: 5 }} wrapperCol={{ span: 17 }}>
              <FormItem label="主办单位性质" required>
                <div>
                  <Radio.Group type="button" className="nature-quick" value={str(s.natureQuick) || undefined}
                    onChange={(v: string) => setNature({ natureQuick: v, natureOther: '' })}>
                    {[...QUICK_NATURES, OTHER].map((n) => <Radio key={n} value={n}>{n}</Radio>)}
                  </Radio.Group>
                  {s.natureQuick === OTHER && (
                    <Select className="nature-other" style={{ width: 220, marginLeft: 12 }} placeholder="请选择其他性质" value={str(s.natureOther) || undefined}
                      onChange={(v: string) => setNature({ natureOther: v })}>
                      {NATURES.filter((n) => !QUICK_NATURES.includes(n)).map((n) => <Select.Option key={n} value={n}>{n}</Select.Option>)}
                    </Select>
                  )}
                </div>
              </FormItem>
              <FormItem label="主办单位证件类型" required extra={nature ? undefined : '请先选择主办单位性质'}>
                <Select className="cert-type" placeholder="请选择" disabled={!nature} value={str(s.certType) || undefined} onChange={(v: string) => set('certType', v)}>
                  {certs.map((c) => <Select.Option key={c} value={c}>{c}</Select.Option>)}
                </Select>
              </FormItem>
              <FormItem label="主办单位证件号码" required {...e.status('certNumber')}>
                <Input value={str(s.certNumber)} maxLength={18} placeholder="请输入证件上的号码（单位为 18 位统一社会信用代码）"
                  onChange={(v) => { set('certNumber', v.toUpperCase()); e.clear('certNumber'); }}
                  onBlur={(ev) => checkNumber(ev.target.value.trim())} />
              </FormItem>
              <FormItem label="主办单位所属区域" required extra="按主办单位证件住所所在地选择，须与证件一致">
                <div className="row-inline region-triple">
                  <Level cls="lv-province" parent="" value={str(s.provinceCode)} placeholder="省份"
                    onPick={(code, name) => setMany({ provinceCode: code, province: name, cityCode: '', city: '', districtCode: '', district: '' })} />
                  <Level cls="lv-city" parent={s.provinceCode ? str(s.provinceCode) : null} value={str(s.cityCode)} placeholder="城市"
                    onPick={(code, name) => setMany({ cityCode: code, city: name, districtCode: '', district: '' })} />
                  <Level cls="lv-district" parent={s.cityCode ? str(s.cityCode) : null} value={str(s.districtCode)} placeholder="区县"
                    onPick={(code, name) => setMany({ districtCode: code, district: name })} />
                </div>
              </FormItem>
              <FormItem label="备案域名" required {...e.status('domain')} extra={e.status('domain').help ? undefined : '填写主域名（如 example.com），其余域名可在“填写网站信息”中添加'}>
                <Input value={str(s.domain)} placeholder="example.com" onChange={(v) => { set('domain', v); e.clear('domain'); }}
                  onBlur={(ev) => { const v = ev.target.value.trim(); e.set('domain', !v || DOMAIN_RE.test(v) ? '' : '请填写不带 www. 和 http:// 的主域名'); }} />
              </FormItem>
              <FormItem label="资源类型" required>
                <Radio.Group value={str(s.resourceType)} onChange={(v: string) => setMany({ resourceType: v, instance: '', serviceCode: '' })}>
                  {['云服务器ECS', '轻量应用服务器', '备案服务号'].map((r) => <Radio key={r} value={r}>{r}</Radio>)}
                </Radio.Group>
              </FormItem>
              {s.resourceType === '备案服务号' ? (
                <FormItem label="备案服务号" required extra="在“备案服务号管理”中申请，每个服务号仅可使用一次">
                  <Input value={str(s.serviceCode)} placeholder="请输入备案服务号" onChange={(v) => set('serviceCode', v)} />
                </FormItem>
              ) : (
                <FormItem label="实例" required extra="须为包年包月且剩余时长不少于 3 个月的实例">
                  <div className="row-inline">
                    <span className="help" style={{ width: 'auto' }}>{s.instance ? str(s.instance) : '未选择'}</span>
                    <Button type="outline" size="small" onClick={() => { set('pickClicks', Number(s.pickClicks) + 1); setPicker(true); }}>选择实例</Button>
                  </div>
                </FormItem>
              )}
              <FormItem label=" " colon={false}>
                <Checkbox checked={s.agreed === true} onChange={(c: boolean) => set('agreed', c)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
              </FormItem>
            </Form>
          </Card>
          <div className="al-actions">
            <Button onClick={clicks(s, set, 'backClicks')}>返回</Button>
            <Button type="primary" onClick={() => { set('verifyClicks', Number(s.verifyClicks) + 1); Message.warning('请先完成必填项并选择备案资源'); }}>信息校验</Button>
          </div>
        </div>
      </div>
      <Modal title="选择实例" visible={picker} onOk={() => setPicker(false)} onCancel={() => setPicker(false)} okText="确定" cancelText="取消">
        <div className="help">当前账号下没有可用于备案的云服务器实例。可购买包年包月实例，或改用备案服务号。</div>
      </Modal>
    </>
  );
}

/* ------------------------------------------------------------------ 2. mps 开办主体 (个人), fields revealed by the answer */

/** One material row: a text-list upload with its own button. */
function Material(p: { s: S; set: Setter; k: string; title: string; note: string }) {
  return (
    <div className={`material mat-${p.k}`}>
      <div className="mat-title">{p.title}</div>
      <Upload
        accept="image/png,image/jpeg"
        autoUpload={false}
        limit={1}
        fileList={arr<UploadItem>(p.s[p.k])}
        beforeUpload={(f) => {
          if (!/^image\/(png|jpe?g)$/.test(f.type)) { Message.error(`${f.name}：请上传 jpg/png 图片`); return false; }
          if (f.size > 2 * 1024 * 1024) { Message.error(`${f.name}：图片不能超过 2MB`); return false; }
          return true;
        }}
        onChange={(list) => p.set(p.k, list)}
      >
        <Button size="small">选择文件</Button>
      </Upload>
      <div className="help">{p.note}</div>
    </div>
  );
}

function MpsSubject() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '个人', {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, idFront: [], idBack: [], idHand: [],
    residence: [], residenceDetail: '', officePhone: '', mobile: '', email: '', genAI: '',
    unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '', draftClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [codes, setCodes] = useState<string[]>([]);
  const [tree] = useState(regionOptions);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; max?: number } = {}) => (
    <Input value={str(s[k])} placeholder={placeholder} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const person = s.kind === '个人';
  const unit = s.kind === '单位';
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span><span style={{ marginLeft: 'auto' }}>张伟 ｜ 退出</span></div>
      <div className="mps-body narrow">
        <Steps type="navigation" current={1} size="small" style={{ marginBottom: 16, background: '#fff' }}>
          {['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Steps.Step key={t} title={t} />)}
        </Steps>
        <div className="mps-sec">
          <Form layout="vertical">
            <FormItem label="开办主体性质" required extra="个人网站选择“个人”；企业、事业单位、社会团体等选择“单位”">
              <Radio.Group className="kind" value={str(s.kind) || undefined} onChange={(v: string) => set('kind', v)}>
                <Radio value="个人">个人</Radio>
                <Radio value="单位">单位</Radio>
              </Radio.Group>
            </FormItem>
            {!s.kind && <div className="help" style={{ padding: '4px 0 16px' }}>请先选择开办主体性质，再填写对应信息。</div>}
            {unit && (
              <>
                <Divider orientation="left">主办单位信息</Divider>
                <FormItem label="主办单位名称" required>{text('unitName', '与证件一致')}</FormItem>
                <FormItem label="主办单位证件类型" required>
                  <Select placeholder="请选择" value={str(s.unitCertType) || undefined} onChange={(v: string) => set('unitCertType', v)} options={MPS_UNIT_CERTS} />
                </FormItem>
                <FormItem label="主办单位证件号" required {...e.status('unitCertNumber')}>
                  {text('unitCertNumber', '统一社会信用代码', { blur: (v) => (validUscc(v) ? '' : '统一社会信用代码不正确'), max: 18 })}
                </FormItem>
                <FormItem label="法人代表人姓名" required>{text('legalRep', '请输入')}</FormItem>
              </>
            )}
            {person && (
              <>
                <Divider orientation="left">开办者信息</Divider>
                <FormItem label="负责人姓名" required extra="个人开办的网站，负责人为开办者本人">{text('prName', '与证件一致')}</FormItem>
                <FormItem label="证件类型" required>
                  <Select className="pr-cert-type" placeholder="请选择证件类型" value={str(s.prCertType) || undefined} onChange={(v: string) => set('prCertType', v)} options={MPS_PERSON_CERTS} />
                </FormItem>
                <FormItem label="证件号码" required {...e.status('prCertNumber')}>
                  {text('prCertNumber', '请输入证件号码', { blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '居民身份证号码校验未通过', max: 18 })}
                </FormItem>
                <FormItem label="证件有效期" required>
                  <div className="row-inline validity">
                    <DatePicker className="valid-from" placeholder="起始日期" value={str(s.prValidFrom) || undefined} onChange={(v) => set('prValidFrom', v ?? '')} />
                    <span>至</span>
                    <DatePicker className="valid-to" placeholder="截止日期" disabled={s.prLongTerm === true} value={str(s.prValidTo) || undefined} onChange={(v) => set('prValidTo', v ?? '')} />
                    <Checkbox checked={s.prLongTerm === true} onChange={(c: boolean) => setMany(c ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期有效</Checkbox>
                  </div>
                </FormItem>
                <FormItem label="证件照片" required extra="jpg/png，单张不超过 2MB；须清晰完整，不得遮挡">
                  <div className="materials">
                    <Material s={s} set={set} k="idFront" title="证件正面" note="带照片一面" />
                    <Material s={s} set={set} k="idBack" title="证件反面" note="国徽、有效期一面" />
                    <Material s={s} set={set} k="idHand" title="手持证件照" note="本人手持证件正面半身照" />
                  </div>
                </FormItem>
                <FormItem label="常住地址" required extra="可输入区县名称搜索">
                  <Cascader
                    className="residence"
                    placeholder="请选择省 / 市 / 区县"
                    showSearch
                    allowClear
                    options={tree}
                    value={codes}
                    onChange={(v, selected) => {
                      setCodes((v as string[]) ?? []);
                      set('residence', ((selected ?? []) as unknown as { label: string }[]).map((o) => o.label));
                    }}
                  />
                </FormItem>
                <FormItem label="详细地址" required>
                  <Input.TextArea className="residence-detail" value={str(s.residenceDetail)} placeholder="街道、小区、门牌号（门牌号可不填）" autoSize={{ minRows: 2 }}
                    onChange={(v) => set('residenceDetail', v)} />
                </FormItem>
                <Divider orientation="left">联系方式</Divider>
                <FormItem label="办公室电话" required {...e.status('officePhone')}>
                  {text('officePhone', '区号-电话号码，如 0571-88888888', { blur: (v) => (/^0\d{2,3}-?\d{7,8}$/.test(v) ? '' : '请输入正确的固定电话') })}
                </FormItem>
                <FormItem label="手机号码" required {...e.status('mobile')}>
                  {text('mobile', '11 位手机号码', { blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确'), max: 11 })}
                </FormItem>
                <FormItem label="电子邮箱" required {...e.status('email')}>
                  {text('email', '用于接收审核通知', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}
                </FormItem>
              </>
            )}
            {!!s.kind && (
              <FormItem label="是否利用生成式人工智能技术提供服务" required>
                <Radio.Group type="button" className="genai" value={str(s.genAI) || undefined} onChange={(v: string) => set('genAI', v)}>
                  <Radio value="是">是</Radio>
                  <Radio value="否">否</Radio>
                </Radio.Group>
              </FormItem>
            )}
          </Form>
        </div>
        <div className="mps-actions">
          <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout10-aliyun-basic-unit-arco-triple': () => <AliyunBasic />,
  'heldout10-mps-subject-person-arco-reveal': () => <MpsSubject />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
