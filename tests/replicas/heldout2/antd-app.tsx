/**
 * Gen-2 held-out replicas built with React 19 + antd 6: 阿里云 填写主办者信息（个人） and the 公安 platform's
 * 开办主体（单位）. Written from FORMS.md §1.3, §1.6, §1.7, §2.2 and the example profile alone.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Form, Input, Radio, Row, Select, Space, Steps, Switch, Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AREAS, fetchAreas, type Area } from './regions';
import { build, certCodesFor, expose, ICP_PERSON_CERTS, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURE_CODES } from './common';

dayjs.locale('zh-cn');

function useReplicaState<T extends Record<string, unknown>>(platform: string, step: string, variant: string, init: T) {
  const [s, setS] = useState(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<() => void>(() => {});
  if (!(window as any).__replica) bump.current = expose(platform, step, variant, () => JSON.parse(JSON.stringify(ref.current)));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    bump.current();
  }, [s]);
  const set = <K extends keyof T>(k: K, v: T[K]) => setS((prev) => ({ ...prev, [k]: v }));
  return [s, set, setS] as const;
}

const opts = (list: string[]) => list.map((x) => ({ value: x, label: x }));
const day = (s: string) => (s ? dayjs(s) : null);
const full = { width: '100%' };

/* ------------------------------------------------------------------ 阿里云 填写主办者信息（个人） */

interface Opt { value: string; label: string; children?: Opt[]; isLeaf?: boolean }
const treeOf = (list: Area[]): Opt[] => list.map((a) => ({ value: a.name, label: a.name, children: a.children ? treeOf(a.children) : undefined }));
const REGION_TREE = treeOf(AREAS);

function AliyunSubjectPerson() {
  const [s, set, setS] = useReplicaState('aliyun', 'subject', '个人', {
    nature: '', certType: '', certNumber: '', name: '', certAddress: '', region: [] as string[], mailRegion: [] as string[], mailDetail: '', investor: '',
    sameAsHost: false, prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidToKind: '', prValidTo: '',
    prMobile: '', prEmergency: '', prOffice: '', prEmail: '', remark: '',
    prevClicks: 0, nextClicks: 0,
  });
  const natureCode = NATURE_CODES.find(([, l]) => l === s.nature)?.[0] ?? '';
  const certs = natureCode ? certCodesFor(natureCode).map(([, l]) => l) : [];
  /** a 主办者 field; while 负责人同主办者 is ticked the principal's copy follows it */
  const setHost = (k: 'name' | 'certType' | 'certNumber', v: string) => setS((p) => {
    const pk = ({ name: 'prName', certType: 'prCertType', certNumber: 'prCertNumber' } as const)[k];
    return p.sameAsHost ? { ...p, [k]: v, [pk]: v } : { ...p, [k]: v };
  });
  const steps = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];
  const col = (label: string, node: ReactNode, span = 8, required = true) => <Col span={span}><Form.Item label={label} required={required}>{node}</Form.Item></Col>;
  return (
    <div>
      <div className="c-top"><span className="c-logo">阿里云</span><span className="c-sep">|</span><span>备案管理控制台</span><span className="c-user">张伟（个人）</span></div>
      <div className="c-wrap">
        <Steps current={1} size="small" items={steps.map((t) => ({ title: t }))} style={{ marginBottom: 20 }} />
        <Form layout="vertical" requiredMark>
          <Card title="主办者信息" size="small" style={{ marginBottom: 16 }} extra={<span className="c-extra">证件信息需与域名实名认证信息一致</span>}>
            <Row gutter={24}>
              {col('主办者性质', <Select style={full} options={opts(NATURE_CODES.map(([, l]) => l))} value={s.nature || undefined} placeholder="请选择"
                onChange={(v: string) => setS((p) => ({ ...p, nature: v, certType: '', prCertType: p.sameAsHost ? '' : p.prCertType }))} />)}
              {col('证件类型', <Select style={full} options={opts(certs)} value={s.certType || undefined} placeholder="请选择" disabled={!s.nature}
                onChange={(v: string) => setHost('certType', v)} />)}
              {col('证件号码', <Input value={s.certNumber} placeholder="请输入证件号码" onChange={(e) => setHost('certNumber', e.target.value)} />)}
              {col('姓名', <Input value={s.name} placeholder="请输入证件上的姓名" onChange={(e) => setHost('name', e.target.value)} />)}
              {col('所属区域', <Cascader style={full} options={REGION_TREE} value={s.region} placeholder="请选择省/市/区" showSearch
                onChange={(v) => set('region', (v ?? []).map(String))} />)}
              {col('投资者或上级主管单位', <Input value={s.investor} placeholder="个人请填写本人姓名" onChange={(e) => set('investor', e.target.value)} />)}
              {col('证件住址', <Input.TextArea rows={2} value={s.certAddress} placeholder="请按证件上的住址填写" onChange={(e) => set('certAddress', e.target.value)} />, 24)}
              {col('通讯地址', <Space.Compact style={full}>
                <Cascader style={{ width: 280 }} options={REGION_TREE} value={s.mailRegion} placeholder="省/市/区" onChange={(v) => set('mailRegion', (v ?? []).map(String))} />
                <Input value={s.mailDetail} placeholder="详细地址，需具体到门牌号" onChange={(e) => set('mailDetail', e.target.value)} />
              </Space.Compact>, 24)}
            </Row>
          </Card>
          <Card title="主体负责人信息" size="small" extra={<Checkbox checked={s.sameAsHost}
            onChange={(e) => setS((p) => (e.target.checked ? { ...p, sameAsHost: true, prName: p.name, prCertType: p.certType, prCertNumber: p.certNumber } : { ...p, sameAsHost: false }))}>负责人同主办者</Checkbox>}>
            <Row gutter={24}>
              {col('负责人姓名', <Input value={s.prName} disabled={s.sameAsHost} placeholder="请输入负责人姓名" onChange={(e) => set('prName', e.target.value)} />)}
              {col('负责人证件类型', <Select style={full} options={opts(ICP_PERSON_CERTS)} disabled={s.sameAsHost} value={s.prCertType || undefined} placeholder="请选择"
                onChange={(v: string) => set('prCertType', v)} />)}
              {col('负责人证件号码', <Input value={s.prCertNumber} disabled={s.sameAsHost} placeholder="请输入证件号码" onChange={(e) => set('prCertNumber', e.target.value)} />)}
              {col('证件有效期', <div className="c-validity">
                <DatePicker value={day(s.prValidFrom)} placeholder="起始日期" onChange={(_, str) => set('prValidFrom', typeof str === 'string' ? str : '')} />
                <span>至</span>
                <Radio.Group value={s.prValidToKind} options={['长期', '截止日期']}
                  onChange={(e) => setS((p) => ({ ...p, prValidToKind: e.target.value, prValidTo: e.target.value === '长期' ? '' : p.prValidTo }))} />
                {s.prValidToKind === '截止日期' && (
                  <DatePicker value={day(s.prValidTo)} placeholder="截止日期" onChange={(_, str) => set('prValidTo', typeof str === 'string' ? str : '')} />
                )}
              </div>, 24)}
              {col('手机号码', <Input value={s.prMobile} placeholder="请输入手机号码" onChange={(e) => set('prMobile', e.target.value)} />)}
              {col('应急联系电话', <Input value={s.prEmergency} placeholder="不可与手机号码相同" onChange={(e) => set('prEmergency', e.target.value)} />)}
              {col('办公室电话', <Input value={s.prOffice} placeholder="选填，如 0571-88888888" onChange={(e) => set('prOffice', e.target.value)} />, 8, false)}
              {col('电子邮箱', <Input value={s.prEmail} placeholder="请输入电子邮箱" onChange={(e) => set('prEmail', e.target.value)} />)}
              {col('备注', <Input.TextArea rows={2} value={s.remark} placeholder="选填" onChange={(e) => set('remark', e.target.value)} />, 16, false)}
            </Row>
          </Card>
        </Form>
        <div className="c-actions">
          <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 公安 开办主体（单位） */

function useLazyRegion() {
  const [options, setOptions] = useState<Opt[]>([]);
  const codes = useRef(new Map<string, string>());
  useEffect(() => {
    void fetchAreas('', 0).then((list) => {
      list.forEach((a) => codes.current.set(a.name, a.code));
      setOptions(list.map((a) => ({ value: a.name, label: a.name, isLeaf: false })));
    });
  }, []);
  const loadData = async (selected: Opt[]) => {
    const target = selected[selected.length - 1]!;
    const key = selected.map((o) => o.value).join('/');
    const kids = await fetchAreas(codes.current.get(key) ?? '');
    kids.forEach((a) => codes.current.set(`${key}/${a.name}`, a.code));
    target.children = kids.map((a) => ({ value: a.name, label: a.name, isLeaf: selected.length >= 2 }));
    setOptions((o) => [...o]);
  };
  return { options, loadData };
}

function LazyAddress({ value, detail, onRegion, onDetail }: { value: string[]; detail: string; onRegion: (v: string[]) => void; onDetail: (v: string) => void }) {
  const region = useLazyRegion();
  return (
    <Space.Compact style={full}>
      <Cascader style={{ width: 300 }} options={region.options} loadData={region.loadData as any} changeOnSelect={false} value={value}
        placeholder="请选择省/市/区县" onChange={(v) => onRegion((v ?? []).map(String))} />
      <Input value={detail} placeholder="请输入详细地址" onChange={(e) => onDetail(e.target.value)} />
    </Space.Compact>
  );
}

function PhotoSlot({ caption, onNames }: { caption: string; onNames: (names: string[]) => void }) {
  const [list, setList] = useState<UploadFile[]>([]);
  return (
    <div className="m-slot">
      <Upload listType="picture-card" accept="image/*" maxCount={1} fileList={list} beforeUpload={() => false}
        onChange={({ fileList }) => { setList(fileList); onNames(fileList.map((f) => f.name)); }}>
        {list.length ? null : <div className="m-plus">+<div>上传</div></div>}
      </Upload>
      <div className="m-cap">{caption}</div>
    </div>
  );
}

function MpsSubjectUnit() {
  const [s, set, setS] = useReplicaState('mps', 'subject', '单位', {
    subjectKind: '', unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '',
    regRegion: [] as string[], regDetail: '', officeRegion: [] as string[], officeDetail: '', unitLicence: [] as string[], usesGenAI: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prHomeRegion: [] as string[], prHomeDetail: '', prOffice: '', prMobile: '', prEmail: '',
    prIdFront: [] as string[], prIdBack: [] as string[], prIdHandheld: [] as string[],
    saveClicks: 0, nextClicks: 0,
  });
  const [licence, setLicence] = useState<UploadFile[]>([]);
  // each address its own lazy tree: three cascaders sharing one mutated tree left the third stuck loading
  // 杭州市 (a user too; found after this page was retired into tuning)
  const address = (rk: 'regRegion' | 'officeRegion' | 'prHomeRegion', dk: 'regDetail' | 'officeDetail' | 'prHomeDetail') => (
    <LazyAddress value={s[rk]} detail={s[dk]} onRegion={(v) => set(rk, v)} onDetail={(v) => set(dk, v)} />
  );
  const steps = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
  return (
    <div>
      <div className="g-top"><span className="g-mark">公安</span><span className="g-name">全国互联网安全管理服务平台</span>
        <span className="g-links">网站备案 ｜ App备案 ｜ 办事指南</span><span className="g-user">杭州云栖示例科技有限公司</span></div>
      <div className="g-wrap">
        <div className="g-crumb">当前位置：网站备案 &gt; 新办网站申请 &gt; 开办主体</div>
        <Card size="small" style={{ marginBottom: 12 }}><Steps current={0} type="navigation" size="small" items={steps.map((t) => ({ title: t }))} /></Card>
        <Form layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 14 }}>
          <Card title="主体性质" size="small" style={{ marginBottom: 12 }}>
            <Form.Item label="开办主体性质" required>
              <Radio.Group value={s.subjectKind} options={['个人', '单位']} onChange={(e) => set('subjectKind', e.target.value)} /></Form.Item>
          </Card>
          <Card title="单位信息" size="small" style={{ marginBottom: 12 }}>
            <Form.Item label="主办单位名称" required><Input value={s.unitName} placeholder="请输入单位全称" onChange={(e) => set('unitName', e.target.value)} /></Form.Item>
            <Form.Item label="主办单位证件类型" required>
              <Select style={full} options={opts(MPS_UNIT_CERTS)} value={s.unitCertType || undefined} placeholder="请选择证件类型" onChange={(v: string) => set('unitCertType', v)} /></Form.Item>
            <Form.Item label="主办单位证件号码" required><Input value={s.unitCertNumber} placeholder="请输入证件号码" onChange={(e) => set('unitCertNumber', e.target.value)} /></Form.Item>
            <Form.Item label="法人代表人姓名" required><Input value={s.legalRep} placeholder="请输入法人代表人姓名" onChange={(e) => set('legalRep', e.target.value)} /></Form.Item>
            <Form.Item label="单位注册地址" required>{address('regRegion', 'regDetail')}</Form.Item>
            <Form.Item label="单位办公地址" required>{address('officeRegion', 'officeDetail')}</Form.Item>
            <Form.Item label="单位有效证件" required extra="请上传营业执照等单位证件的彩色扫描件，jpg/png 格式">
              <Upload accept="image/*" maxCount={1} fileList={licence} beforeUpload={() => false}
                onChange={({ fileList }) => { setLicence(fileList); set('unitLicence', fileList.map((f) => f.name)); }}>
                <Button>选择文件</Button>
              </Upload></Form.Item>
            <Form.Item label="是否利用生成式人工智能" required>
              <Radio.Group optionType="button" buttonStyle="solid" value={s.usesGenAI} options={['是', '否']} onChange={(e) => set('usesGenAI', e.target.value)} /></Form.Item>
          </Card>
          <Card title="单位负责人信息" size="small">
            <Form.Item label="负责人姓名" required><Input value={s.prName} placeholder="请输入负责人姓名" onChange={(e) => set('prName', e.target.value)} /></Form.Item>
            <Form.Item label="负责人证件类型" required>
              <Select style={full} options={opts(MPS_PERSON_CERTS)} value={s.prCertType || undefined} placeholder="请选择证件类型" onChange={(v: string) => set('prCertType', v)} /></Form.Item>
            <Form.Item label="负责人证件号码" required><Input value={s.prCertNumber} placeholder="请输入证件号码" onChange={(e) => set('prCertNumber', e.target.value)} /></Form.Item>
            <Form.Item label="证件有效期" required>
              <div className="c-validity">
                <DatePicker value={day(s.prValidFrom)} placeholder="起始日期" onChange={(_, str) => set('prValidFrom', typeof str === 'string' ? str : '')} />
                <span>至</span>
                <DatePicker value={day(s.prValidTo)} placeholder="截止日期" disabled={s.prLongTerm} onChange={(_, str) => set('prValidTo', typeof str === 'string' ? str : '')} />
                <Switch checked={s.prLongTerm} aria-label="长期有效" onChange={(c) => setS((p) => ({ ...p, prLongTerm: c, prValidTo: c ? '' : p.prValidTo }))} />
                <span>长期有效</span>
              </div></Form.Item>
            <Form.Item label="负责人常住地址" required>{address('prHomeRegion', 'prHomeDetail')}</Form.Item>
            <Form.Item label="办公室电话"><Input value={s.prOffice} placeholder="区号-号码" onChange={(e) => set('prOffice', e.target.value)} /></Form.Item>
            <Form.Item label="手机号码" required><Input value={s.prMobile} placeholder="请输入手机号码" onChange={(e) => set('prMobile', e.target.value)} /></Form.Item>
            <Form.Item label="电子邮箱" required><Input value={s.prEmail} placeholder="请输入电子邮箱" onChange={(e) => set('prEmail', e.target.value)} /></Form.Item>
            <Form.Item label="负责人证件照片" required extra="请上传清晰的彩色照片，手持证件照需露出五官及证件信息">
              <div className="m-slots">
                <PhotoSlot caption="身份证人像面" onNames={(n) => set('prIdFront', n)} />
                <PhotoSlot caption="身份证国徽面" onNames={(n) => set('prIdBack', n)} />
                <PhotoSlot caption="手持身份证照片" onNames={(n) => set('prIdHandheld', n)} />
              </div></Form.Item>
          </Card>
        </Form>
        <div className="c-actions" style={{ justifyContent: 'center' }}>
          <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存草稿</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

const CSS = `
body { margin: 0; background: #f0f2f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.c-top { height: 48px; background: #fff; display: flex; align-items: center; gap: 10px; padding: 0 24px; box-shadow: 0 1px 4px rgba(0,0,0,.08); font-size: 14px; }
.c-logo { color: #ff6a00; font-weight: 700; font-size: 18px; }
.c-sep { color: #ccc; }
.c-user { margin-left: auto; color: #666; font-size: 13px; }
.c-wrap { max-width: 1120px; margin: 0 auto; padding: 20px 24px 80px; }
.c-extra { color: #999; font-size: 12px; }
.c-validity { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.c-actions { display: flex; gap: 12px; justify-content: flex-end; margin-top: 16px; }
.g-top { height: 64px; background: #08427f; color: #fff; display: flex; align-items: center; gap: 14px; padding: 0 28px; }
.g-mark { background: #c8102e; color: #fff; font-weight: 700; padding: 4px 6px; border-radius: 3px; }
.g-name { font-size: 20px; font-weight: 600; }
.g-links { margin-left: 32px; font-size: 14px; opacity: .9; }
.g-user { margin-left: auto; font-size: 13px; }
.g-wrap { max-width: 1000px; margin: 0 auto; padding: 14px 24px 80px; }
.g-crumb { font-size: 12px; color: #666; margin-bottom: 10px; }
.m-slots { display: flex; gap: 16px; }
.m-slot { display: flex; flex-direction: column; align-items: center; }
.m-cap { font-size: 12px; color: #333; margin-top: 4px; }
.m-plus { font-size: 20px; color: #999; }
.m-plus div { font-size: 12px; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, () => ReactNode> = { 'heldout2-aliyun-subject-person-antd': AliyunSubjectPerson, 'heldout2-mps-subject-unit-antd': MpsSubjectUnit };
const Page = pages[build()] ?? (() => <p>unknown build</p>);
createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}><Page /></ConfigProvider>);
