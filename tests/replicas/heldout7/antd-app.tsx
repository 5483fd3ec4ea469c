/**
 * Gen-7 held-out builds on React 19 + antd 6 (written from FORMS.md alone, never tuned against):
 *  - heldout7-aliyun-basic-person-antd-shadow   验证备案类型 inside an OPEN shadow root of a micro-frontend host element
 *  - heldout7-mps-subject-unit-antd-segmented   开办主体 (单位) with a Segmented 开办主体性质 and whole-country searchable region selects
 *  - heldout7-mps-principal-unit-antd-accordion 网站负责人 as the open panel of a completed-steps accordion
 */
import { StyleProvider } from '@ant-design/cssinjs';
import {
  Alert, Button, Card, Cascader, Checkbox, Col, Collapse, ConfigProvider, DatePicker, Descriptions, Form, Input, Radio, Row, Segmented, Select,
  Space, Steps, Tag, Tooltip, Typography, Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build, certCodesFor, fetchAreas, HELD_PRINCIPAL, MPS_PERSON_CERTS, MPS_UNIT_CERT_CODES, NATURE_CODES, type Area } from './common';
import { COUNTIES, countyByCode, countyOfPath } from './counties';
import { clicks, useReplicaState, type Setter } from './react-state';

dayjs.locale('zh-cn');

type S = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const files = (v: unknown) => (Array.isArray(v) ? (v as UploadFile[]) : []);

/* ------------------------------------------------------------------ shared widgets */

/** A date picker whose input is read-only (pick from the panel only), state 'YYYY-MM-DD'. */
function DateField(p: { s: S; set: Setter; k: string; disabled?: boolean; readOnly?: boolean; label?: string; placeholder?: string }) {
  const v = str(p.s[p.k]);
  return (
    <DatePicker
      value={v ? dayjs(v) : null}
      onChange={(d) => p.set(p.k, d ? d.format('YYYY-MM-DD') : '')}
      disabled={p.disabled}
      inputReadOnly={p.readOnly}
      aria-label={p.label}
      placeholder={p.placeholder ?? '请选择日期'}
      format="YYYY-MM-DD"
      style={{ width: 160 }}
    />
  );
}

/** One select listing every county of the country with its full path; only typing narrows it (virtual list). */
const COUNTY_OPTIONS = COUNTIES.map((c) => ({ value: c.code, label: c.label }));
function CountySelect(p: { s: S; set: Setter; k: string; id?: string }) {
  const path = Array.isArray(p.s[p.k]) ? (p.s[p.k] as string[]) : [];
  const code = path.length ? countyOfPath(path)?.code : undefined;
  return (
    <Select
      id={p.id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      options={COUNTY_OPTIONS}
      value={code}
      placeholder="输入区县名称搜索，如：西湖区"
      listHeight={224}
      onChange={(c?: string) => p.set(p.k, c ? [...countyByCode.get(c)!.path] : [])}
      notFoundContent="无匹配的区县"
    />
  );
}

/** Upload kept in state (no request): the page's file list. */
function Files(p: { s: S; set: Setter; k: string; card?: boolean; text?: string; max?: number }) {
  return (
    <Upload
      listType={p.card ? 'picture-card' : 'picture'}
      accept="image/png,image/jpeg"
      maxCount={p.max ?? 1}
      fileList={files(p.s[p.k])}
      beforeUpload={() => false}
      onChange={({ fileList }) => p.set(p.k, fileList)}
    >
      {p.card ? <div style={{ fontSize: 12 }}>+<div>{p.text ?? '上传'}</div></div> : <Button>{p.text ?? '选择文件'}</Button>}
    </Upload>
  );
}

const req = { required: true };

/* ------------------------------------------------------------------ 1. aliyun 验证备案类型 (个人) in a shadow root */

type CascOpt = { value: string; label: string; isLeaf?: boolean; loading?: boolean; children?: CascOpt[] };
const toOpt = (a: Area, depth: number): CascOpt => ({ value: a.code, label: a.name, isLeaf: depth >= 2 });

function AliyunBasic() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    region: [], nature: '', certType: '', certNumber: '', name: '', serviceKind: '', domain: '', resourceType: 'ECS云服务器',
    resourceIp: '', serviceCode: '', referral: '', captcha: '', agreed: false, verifyClicks: 0,
  });
  const [opts, setOpts] = useState<CascOpt[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setOpts(l.map((a) => toOpt(a, 0)))); }, []);
  const loadData = (sel: CascOpt[]) => {
    const target = sel[sel.length - 1]!;
    target.loading = true;
    setOpts((o) => [...o]);
    void fetchAreas(target.value).then((l) => {
      target.loading = false;
      target.children = l.map((a) => toOpt(a, sel.length));
      setOpts((o) => [...o]);
    });
  };
  const natureCode = NATURE_CODES.find(([, l]) => l === s.nature)?.[0] ?? '';
  const certs = natureCode ? certCodesFor(natureCode) : [];
  const person = s.nature === '个人';
  return (
    <div className="mf-page">
      <div className="mf-head">
        <Typography.Title level={4} style={{ margin: 0 }}>ICP备案 · 首次备案</Typography.Title>
        <Steps size="small" current={0} items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交审核' }]} />
      </div>
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 20 }} message="请确认备案主体所在地区与证件信息，系统将自动判断本次备案类型。" />
        <Form layout="horizontal" labelAlign="left" colon={false} labelCol={{ flex: '150px' }} wrapperCol={{ flex: '460px' }}>
          <Form.Item label={<Space size={4}>通信地址所属区域<Tooltip title="请选择主办者通信地址所在的省、市、区县"><span className="q">?</span></Tooltip></Space>} {...req}>
            <Cascader
              options={opts}
              loadData={(sel) => loadData(sel as CascOpt[])}
              value={codes}
              placeholder="请选择省 / 市 / 区县"
              onChange={(v, sel) => {
                setCodes((v ?? []) as string[]);
                set('region', ((sel ?? []) as CascOpt[]).map((o) => o.label));
              }}
            />
          </Form.Item>
          <Form.Item label="主办单位性质" {...req}>
            <Select
              value={str(s.nature) || undefined}
              placeholder="请选择"
              options={NATURE_CODES.map(([, l]) => ({ value: l, label: l }))}
              onChange={(v: string) => setMany({ nature: v, certType: '' })}
            />
          </Form.Item>
          <Form.Item label="主办单位证件类型" {...req}>
            <Select
              value={str(s.certType) || undefined}
              placeholder={natureCode ? '请选择' : '请先选择主办单位性质'}
              disabled={!natureCode}
              options={certs.map(([, l]) => ({ value: l, label: l }))}
              onChange={(v: string) => set('certType', v)}
            />
          </Form.Item>
          <Form.Item label="证件号码" {...req} extra={person ? '请填写18位居民身份证号码' : '请填写证件上的号码'}>
            <Input value={str(s.certNumber)} onChange={(e) => set('certNumber', e.target.value)} placeholder="请输入证件号码" />
          </Form.Item>
          <Form.Item label={person ? '主办人姓名' : '主办单位名称'} {...req}>
            <Input value={str(s.name)} onChange={(e) => set('name', e.target.value)} placeholder={person ? '与证件上的姓名一致' : '与证件上的名称一致'} />
          </Form.Item>
          <Form.Item label="备案类型" {...req}>
            <Radio.Group optionType="button" value={str(s.serviceKind) || undefined} onChange={(e) => set('serviceKind', e.target.value)}
              options={[{ value: '网站', label: '网站' }, { value: 'APP', label: 'APP' }]} />
          </Form.Item>
          <Form.Item label="网站域名" {...req} extra="填写不带 www 的一级域名，如 example.com">
            <Input value={str(s.domain)} onChange={(e) => set('domain', e.target.value)} placeholder="请输入域名" />
          </Form.Item>
          <Form.Item label="备案资源类型" {...req}>
            <Radio.Group value={s.resourceType} onChange={(e) => set('resourceType', e.target.value)}
              options={['ECS云服务器', '轻量应用服务器', '备案服务号'].map((x) => ({ value: x, label: x }))} />
          </Form.Item>
          {s.resourceType === '备案服务号' ? (
            <Form.Item label="备案服务号" {...req} extra="在备案服务号管理页申请">
              <Input value={str(s.serviceCode)} onChange={(e) => set('serviceCode', e.target.value)} />
            </Form.Item>
          ) : (
            <Form.Item label="服务器公网IP" {...req} extra="所选实例的公网 IP 地址">
              <Input value={str(s.resourceIp)} onChange={(e) => set('resourceIp', e.target.value)} placeholder="如 47.xx.xx.xx" />
            </Form.Item>
          )}
          <Form.Item label="推荐码">
            <Input value={str(s.referral)} onChange={(e) => set('referral', e.target.value)} placeholder="选填" />
          </Form.Item>
          <Form.Item label="验证码" {...req}>
            <Space>
              <Input value={str(s.captcha)} onChange={(e) => set('captcha', e.target.value)} style={{ width: 140 }} placeholder="请输入验证码" />
              <span className="captcha-img" aria-hidden="true">7 K 3 Q</span>
            </Space>
          </Form.Item>
          <Form.Item label=" ">
            <Checkbox checked={s.agreed === true} onChange={(e) => set('agreed', e.target.checked)}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
          </Form.Item>
          <Form.Item label=" ">
            <Button type="primary" onClick={clicks(s, set, 'verifyClicks')}>信息校验</Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}

const SHADOW_CSS = `
:host { display: block; }
.mf-page { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 16px 24px 40px; }
.mf-head { display: flex; flex-direction: column; gap: 14px; margin-bottom: 16px; }
.q { display: inline-block; width: 14px; height: 14px; line-height: 14px; text-align: center; border-radius: 50%; background: #ddd; font-size: 10px; cursor: help; }
.captcha-img { display: inline-block; padding: 4px 10px; background: repeating-linear-gradient(45deg,#eef,#eef 4px,#dde 4px,#dde 8px); font: italic 600 16px serif; letter-spacing: 2px; }
`;

async function mountInShadow() {
  await customElements.whenDefined('icp-micro-app');
  const host = document.querySelector('icp-micro-app')!;
  const shadow = host.shadowRoot!;
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  shadow.appendChild(style);
  const mount = shadow.querySelector<HTMLElement>('[data-qiankun]')!;
  const popups = document.createElement('div');
  popups.className = 'mf-popups';
  shadow.appendChild(popups);
  createRoot(mount).render(
    <StyleProvider container={shadow}>
      <ConfigProvider locale={zhCN} getPopupContainer={() => popups}>
        <AliyunBasic />
      </ConfigProvider>
    </StyleProvider>,
  );
}

/* ------------------------------------------------------------------ 2. mps 开办主体 (单位) */

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="sec">
    <h3 className="sec-title">{title}</h3>
    {children}
  </section>
);

function MpsSubject() {
  const { s, set, setMany } = useReplicaState('mps', 'subject', '单位', {
    kind: '个人', unitName: '', unitCertType: '', unitCertNumber: '', unitCertFile: [], legalRep: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prIdFront: [], prIdBack: [],
    prResidence: [], prResidenceDetail: '', officePhone: '', mobile: '', email: '', genAI: '', draftClicks: 0, nextClicks: 0,
  });
  const unit = s.kind === '单位';
  const col = (node: ReactNode, span = 8) => <Col span={span}>{node}</Col>;
  return (
    <div className="mps-page">
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
      <div className="mps-body">
        <Steps current={0} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} style={{ marginBottom: 24 }} />
        <Form layout="vertical" requiredMark>
          <Section title="开办主体">
            <Form.Item label="开办主体性质" {...req} extra="个人开办网站选择“个人”，企业、事业单位、机关、社会团体等选择“单位”">
              <Segmented options={['个人', '单位']} value={str(s.kind)} onChange={(v) => set('kind', v)} />
            </Form.Item>
          </Section>
          {unit && (
            <Section title="单位信息">
              <Row gutter={24}>
                {col(<Form.Item label="主办单位名称" {...req}><Input value={str(s.unitName)} onChange={(e) => set('unitName', e.target.value)} placeholder="与证件上的名称一致" /></Form.Item>)}
                {col(<Form.Item label="主办单位证件类型" {...req}>
                  <Select value={str(s.unitCertType) || undefined} placeholder="请选择" onChange={(v: string) => set('unitCertType', v)}
                    options={MPS_UNIT_CERT_CODES.map(([v, l]) => ({ value: v, label: l }))} />
                </Form.Item>)}
                {col(<Form.Item label="证件号" {...req}><Input value={str(s.unitCertNumber)} onChange={(e) => set('unitCertNumber', e.target.value)} /></Form.Item>)}
                {col(<Form.Item label="法人代表人姓名" {...req}><Input value={str(s.legalRep)} onChange={(e) => set('legalRep', e.target.value)} /></Form.Item>)}
                {col(<Form.Item label="有效证件" {...req} extra="证件原件彩色扫描件，jpg/png，不超过 2MB"><Files s={s} set={set} k="unitCertFile" text="上传证件" /></Form.Item>, 16)}
                {col(<Form.Item label="单位办公地址" {...req} htmlFor="office-region"><CountySelect s={s} set={set} k="officeRegion" id="office-region" /></Form.Item>)}
                {col(<Form.Item label="详细地址" {...req}><Input value={str(s.officeDetail)} onChange={(e) => set('officeDetail', e.target.value)} placeholder="街道、门牌号" /></Form.Item>, 16)}
              </Row>
            </Section>
          )}
          <Section title="负责人信息">
            <Row gutter={24}>
              {col(<Form.Item label="负责人姓名" {...req}><Input value={str(s.prName)} onChange={(e) => set('prName', e.target.value)} /></Form.Item>)}
              {col(<Form.Item label="负责人证件类型" {...req}>
                <Select value={str(s.prCertType) || undefined} placeholder="请选择" onChange={(v: string) => set('prCertType', v)} options={MPS_PERSON_CERTS.map((l) => ({ value: l, label: l }))} />
              </Form.Item>)}
              {col(<Form.Item label="负责人证件号码" {...req}><Input value={str(s.prCertNumber)} onChange={(e) => set('prCertNumber', e.target.value)} /></Form.Item>)}
              {col(<Form.Item label="证件有效期" {...req} extra="点击选择日期；长期有效的证件勾选“长期”">
                <Space wrap>
                  <DateField s={s} set={set} k="prValidFrom" readOnly label="有效期开始日期" placeholder="开始日期" />
                  <span>至</span>
                  <DateField s={s} set={set} k="prValidTo" readOnly label="有效期结束日期" placeholder="结束日期" disabled={s.prLongTerm === true} />
                  <Checkbox checked={s.prLongTerm === true} onChange={(e) => setMany(e.target.checked ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>长期</Checkbox>
                </Space>
              </Form.Item>, 16)}
              {col(<Form.Item label="证件正面照片" {...req}><Files s={s} set={set} k="prIdFront" card text="人像面" /></Form.Item>)}
              {col(<Form.Item label="证件反面照片" {...req}><Files s={s} set={set} k="prIdBack" card text="国徽面" /></Form.Item>)}
              {col(<span />)}
              {col(<Form.Item label="负责人常住地址" {...req} htmlFor="residence-region"><CountySelect s={s} set={set} k="prResidence" id="residence-region" /></Form.Item>)}
              {col(<Form.Item label="详细地址" {...req}><Input value={str(s.prResidenceDetail)} onChange={(e) => set('prResidenceDetail', e.target.value)} placeholder="街道、门牌号" /></Form.Item>, 16)}
            </Row>
          </Section>
          <Section title="联系方式">
            <Row gutter={24}>
              {col(<Form.Item label="办公室电话" {...req}><Input value={str(s.officePhone)} onChange={(e) => set('officePhone', e.target.value)} placeholder="区号-号码" /></Form.Item>)}
              {col(<Form.Item label="手机号码" {...req}><Input value={str(s.mobile)} onChange={(e) => set('mobile', e.target.value)} /></Form.Item>)}
              {col(<Form.Item label="负责人邮箱" {...req}><Input value={str(s.email)} onChange={(e) => set('email', e.target.value)} /></Form.Item>)}
              {col(<Form.Item label="是否利用生成式人工智能" {...req} tooltip="网站是否利用生成式人工智能技术提供服务">
                <Radio.Group optionType="button" value={str(s.genAI) || undefined} onChange={(e) => set('genAI', e.target.value)} options={['是', '否']} />
              </Form.Item>, 24)}
            </Row>
          </Section>
          <Space>
            <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
            <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </Space>
        </Form>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 3. mps 网站负责人 (单位) in a completed-steps accordion */

function PersonFields(p: { s: S; set: Setter; setMany: (x: S) => void; pre: string; names: { name: string; type: string; number: string; mobile: string }; locked?: boolean; email?: boolean; photos?: boolean }) {
  const { s, set, setMany, pre, names, locked } = p;
  const k = (x: string) => `${pre}${x}`;
  return (
    <>
      <Form.Item label={names.name} {...req}><Input disabled={locked} value={str(s[k('Name')])} onChange={(e) => set(k('Name'), e.target.value)} /></Form.Item>
      <Form.Item label={names.type} {...req}>
        <Select disabled={locked} value={str(s[k('CertType')]) || undefined} placeholder="请选择" onChange={(v: string) => set(k('CertType'), v)} options={MPS_PERSON_CERTS.map((l) => ({ value: l, label: l }))} />
      </Form.Item>
      <Form.Item label={names.number} {...req}><Input disabled={locked} value={str(s[k('CertNumber')])} onChange={(e) => set(k('CertNumber'), e.target.value)} /></Form.Item>
      <Form.Item label="证件有效期" {...req}>
        <Space wrap>
          <DateField s={s} set={set} k={k('ValidFrom')} disabled={locked} placeholder="开始日期" label="证件有效期开始" />
          <span>—</span>
          <DateField s={s} set={set} k={k('ValidTo')} disabled={locked || s[k('LongTerm')] === true} placeholder="结束日期" label="证件有效期结束" />
          <Checkbox disabled={locked} checked={s[k('LongTerm')] === true} onChange={(e) => setMany(e.target.checked ? { [k('LongTerm')]: true, [k('ValidTo')]: '' } : { [k('LongTerm')]: false })}>长期</Checkbox>
        </Space>
      </Form.Item>
      <Form.Item label={names.mobile} {...req}><Input disabled={locked} value={str(s[k('Mobile')])} onChange={(e) => set(k('Mobile'), e.target.value)} /></Form.Item>
      {p.email && <Form.Item label="电子邮件地址" {...req}><Input disabled={locked} value={str(s[k('Email')])} onChange={(e) => set(k('Email'), e.target.value)} /></Form.Item>}
      {p.photos && (
        <Form.Item label="证件照片" {...req} extra="需重新上传，即使与主体负责人相同">
          <Space align="start">
            <div className="ph"><Files s={s} set={set} k={k('IdFront')} card text="正面" /><div className="cap">证件照片（正面）</div></div>
            <div className="ph"><Files s={s} set={set} k={k('IdBack')} card text="反面" /><div className="cap">证件照片（反面）</div></div>
          </Space>
        </Form.Item>
      )}
    </>
  );
}

function MpsPrincipal() {
  const P = HELD_PRINCIPAL.单位;
  const { s, set, setMany } = useReplicaState('mps', 'principal', '单位', {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [],
    emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const [open, setOpen] = useState<string[]>(['principal']);
  const copy = (pre: string, email: boolean) => ({
    [`${pre}Name`]: P.name, [`${pre}CertType`]: P.certType, [`${pre}CertNumber`]: P.certNumber, [`${pre}ValidFrom`]: P.validFrom, [`${pre}ValidTo`]: P.validTo,
    [`${pre}LongTerm`]: P.longTerm, [`${pre}Mobile`]: P.mobile, ...(email ? { [`${pre}Email`]: P.email } : {}),
  });
  const done = <Tag color="success">已完成</Tag>;
  const items = [
    {
      key: 'subject', label: '第一步　开办主体', extra: done,
      children: (
        <Descriptions size="small" column={3} items={[
          { label: '开办主体性质', children: '单位' }, { label: '主办单位名称', children: '杭州云栖示例科技有限公司' }, { label: '证件号', children: '91330110MA2H3K7Q18' },
          { label: '主体负责人', children: P.name }, { label: '手机号码', children: P.mobile }, { label: '负责人邮箱', children: P.email },
        ]} />
      ),
    },
    {
      key: 'site', label: '第二步　网站基本信息', extra: done,
      children: (
        <Descriptions size="small" column={3} items={[
          { label: '网站名称', children: '云栖示例科技官网' }, { label: '网站主域名', children: 'yunqi-demo.cn' }, { label: '网站开通日期', children: '2025-11-25' },
          { label: '网络接入服务商', children: '阿里云计算有限公司' }, { label: '网站类型', children: 'E 信息资讯类' }, { label: '交互服务', children: '是' },
        ]} />
      ),
    },
    {
      key: 'principal', label: '第三步　网站负责人', extra: <Tag color="processing">填写中</Tag>, forceRender: true,
      children: (
        <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
          <Card size="small" type="inner" title="网站安全负责人" className="blk blk-sec">
            <Form.Item label=" " colon={false}>
              <Checkbox checked={s.secSame === true} onChange={(e) => setMany(e.target.checked ? { secSame: true, ...copy('sec', true) } : { secSame: false })}>同主体负责人信息</Checkbox>
            </Form.Item>
            <PersonFields s={s} set={set} setMany={setMany} pre="sec" locked={s.secSame === true} email photos
              names={{ name: '负责人姓名', type: '负责人证件类型', number: '负责人证件号码', mobile: '手机号码' }} />
          </Card>
          <Card size="small" type="inner" title="网站应急联络人" className="blk blk-emg" style={{ marginTop: 16 }}
            extra={<Button size="small" type="link" onClick={() => setMany(copy('emg', false))}>带入主体负责人信息</Button>}>
            <PersonFields s={s} set={set} setMany={setMany} pre="emg"
              names={{ name: '联络人姓名', type: '联络人证件类型', number: '联络人证件号码', mobile: '联络人手机号码' }} />
          </Card>
        </Form>
      ),
    },
    { key: 'notice', label: '第四步　提示说明', extra: <Tag>未开始</Tag>, collapsible: 'disabled' as const, children: <p>互联网信息服务单位网络安全责任告知书</p> },
  ];
  return (
    <div className="mps-page">
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
      <div className="mps-body">
        <Typography.Title level={4}>新办网站申请</Typography.Title>
        <Collapse accordion activeKey={open} onChange={(k) => setOpen(Array.isArray(k) ? k : [k])} items={items} />
        <Space style={{ marginTop: 16 }}>
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </Space>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout7-mps-subject-unit-antd-segmented': () => <MpsSubject />,
  'heldout7-mps-principal-unit-antd-accordion': () => <MpsPrincipal />,
};

if (build() === 'heldout7-aliyun-basic-person-antd-shadow') void mountInShadow();
else {
  const render = PAGES[build()];
  if (render) createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}>{render()}</ConfigProvider>);
}
