/**
 * Gen-3 held-out builds made with React 18 (npm aliases) + Fusion Next 1.27: Alibaba Cloud 主办者信息
 * (单位, plain tables) and 公安 开办主体 (个人, heading-marked sections). Controlled components over one
 * React state object per page; getState() reports it (file lists as their names), `changes` counts updates.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Balloon, Button, CascaderSelect, Checkbox, ConfigProvider, DatePicker2, Form, Icon, Input, Radio, Select, Tag, Upload } from '@alifd/next';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import { HELD_PRINCIPAL, ICP_PERSON_CERTS, MPS_PERSON_CERTS, NATURE_CODES, build, certCodesFor, codeOptions, expose, fetchAreas, regionNamesOf, snapshot, type Area } from './common';

type State = Record<string, unknown>;

function useStore<T extends State>(platform: string, step: string, variant: string, init: T) {
  const [s, setS] = useState<T>(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<(() => void) | null>(null);
  if (!bump.current) bump.current = expose(platform, step, variant, () => snapshot(ref.current));
  const set = (k: keyof T & string, v: unknown) => {
    setS((prev) => {
      const next = { ...prev, [k]: v };
      ref.current = next;
      return next;
    });
    bump.current?.();
  };
  return [s, set] as const;
}

const CSS = `
body{margin:0;background:#f2f3f5;font-family:"PingFang SC","Microsoft YaHei",sans-serif;font-size:12px}
.top{height:48px;line-height:48px;background:#fff;border-bottom:1px solid #e6e6e6;padding:0 24px;font-size:15px}
.wrap{max-width:1080px;margin:16px auto;background:#fff;padding:20px 24px}
table.kv{width:100%;border-collapse:collapse;margin-bottom:20px}
table.kv caption{text-align:left;font-size:14px;font-weight:600;padding:8px 0}
table.kv th{width:170px;background:#f7f8fa;text-align:right;font-weight:normal;color:#555;padding:8px 12px;border:1px solid #e6e6e6;vertical-align:top;line-height:28px}
table.kv td{padding:8px 12px;border:1px solid #e6e6e6}
.req{color:#d93026;margin-right:3px}
.help{color:#888;font-size:12px;margin-top:4px}
.sec-title{font-size:14px;margin:22px 0 12px;padding-left:8px;border-left:3px solid #0064c8}
.q{margin-left:4px;color:#999;cursor:help}
.bar{text-align:center;margin-top:20px}
.bar .next-btn{margin:0 6px}
`;

function Shell(props: { top: string; children: ReactNode }) {
  useEffect(() => {
    const style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
  }, []);
  return (
    <ConfigProvider locale={zhCN}>
      <div>
        <div className="top">{props.top}</div>
        <div className="wrap">{props.children}</div>
      </div>
    </ConfigProvider>
  );
}

const tip = (text: string) => <Balloon.Tooltip trigger={<Icon type="help" size="xs" className="q" />} align="t">{text}</Balloon.Tooltip>;

/* -------------------------------------------------------------- Alibaba Cloud 主办者信息 (单位) */

function Row(props: { label: string; required?: boolean; extra?: ReactNode; children: ReactNode }) {
  return (
    <tr>
      <th>{props.required === false ? null : <span className="req">*</span>}<span className="lbl">{props.label}</span>{props.extra}</th>
      <td>{props.children}</td>
    </tr>
  );
}

function AliyunSubject() {
  // what step 1 (验证备案类型) already holds: carried over and locked
  const [s, set] = useStore('aliyun', 'subject', '单位', {
    unitName: '杭州云栖示例科技有限公司', nature: '企业', certType: '营业执照（个人或企业）', certNumber: '91330110MA2H3K7Q18', region: ['浙江省', '杭州市', '余杭区'],
    certAddress: '', mailRegion: [] as string[], mailDetail: '', investor: '', unitRemark: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prPhone: '',
    prEmail: '', prIm: '', saveClicks: 0, nextClicks: 0, prevClicks: 0,
  });
  const [mailCode, setMailCode] = useState<string | null>(null);
  const regions = codeOptions();
  const unitCerts = certCodesFor(NATURE_CODES.find(([, l]) => l === s.nature)?.[0] ?? '4').map(([, l]) => l);
  const setLong = (on: boolean) => {
    set('prLongTerm', on);
    if (on) set('prValidTo', '');
  };
  return (
    <Shell top="阿里云 · ICP代备案管理系统 · 填写主办者信息">
      <table className="kv">
        <caption>主办单位信息</caption>
        <tbody>
          <Row label="主办单位名称"><Input value={s.unitName} disabled style={{ width: 420 }} /></Row>
          <Row label="主办单位性质"><Select value={s.nature} disabled dataSource={NATURE_CODES.map(([, l]) => l)} style={{ width: 260 }} /></Row>
          <Row label="证件类型"><Select value={s.certType} disabled dataSource={unitCerts} style={{ width: 260 }} /></Row>
          <Row label="证件号码"><Input value={s.certNumber} disabled style={{ width: 260 }} /></Row>
          <Row label="所属区域"><CascaderSelect value="330110" disabled dataSource={regions} style={{ width: 260 }} /></Row>
          <Row label="证件住所">
            <Input.TextArea value={s.certAddress} rows={2} style={{ width: 420 }} placeholder="请与证件上的住所保持一致" onChange={(v) => set('certAddress', v)} />
          </Row>
          <Row label="通信地址">
            <CascaderSelect showSearch value={mailCode ?? undefined} dataSource={regions} placeholder="请选择省/市/区" style={{ width: 260 }}
              onChange={(v) => { const code = Array.isArray(v) ? v[0] ?? null : v; setMailCode(code); set('mailRegion', code ? regionNamesOf(code) : []); }} />
          </Row>
          <Row label="详细地址">
            <Input value={s.mailDetail} style={{ width: 420 }} placeholder="街道、门牌号" onChange={(v) => set('mailDetail', v)} />
            <div className="help">请详细填写到门牌号；如无门牌号，请在备注中注明「此地址已是详细地址」</div>
          </Row>
          <Row label="投资人或主管单位" extra={tip('企业填写公司全称；个体工商户填写经营者姓名')}>
            <Input value={s.investor} style={{ width: 420 }} onChange={(v) => set('investor', v)} />
          </Row>
          <Row label="备注" required={false}><Input.TextArea value={s.unitRemark} rows={2} style={{ width: 420 }} onChange={(v) => set('unitRemark', v)} /></Row>
        </tbody>
      </table>
      <table className="kv">
        <caption>主体负责人信息</caption>
        <tbody>
          <Row label="负责人姓名" extra={tip('须为单位的法定代表人')}><Input value={s.prName} style={{ width: 260 }} onChange={(v) => set('prName', v)} /></Row>
          <Row label="证件类型">
            <Select value={s.prCertType || undefined} placeholder="请选择" dataSource={ICP_PERSON_CERTS} style={{ width: 260 }} onChange={(v) => set('prCertType', v ?? '')} />
          </Row>
          <Row label="证件号码"><Input value={s.prCertNumber} style={{ width: 260 }} onChange={(v) => set('prCertNumber', v)} /></Row>
          <Row label="证件有效期">
            <span className="validity">
              <DatePicker2.RangePicker value={[s.prValidFrom || null, s.prValidTo || null]} format="YYYY-MM-DD" disabled={[false, s.prLongTerm]}
                placeholder={['开始日期', '结束日期']}
                onChange={(_v: unknown, str: string[] | undefined) => { set('prValidFrom', str?.[0] ?? ''); if (!s.prLongTerm) set('prValidTo', str?.[1] ?? ''); }} />
              <Checkbox checked={s.prLongTerm} style={{ marginLeft: 12 }} onChange={(c: boolean) => setLong(c)}>长期</Checkbox>
            </span>
          </Row>
          <Row label="手机号码"><Input value={s.prMobile} style={{ width: 260 }} onChange={(v) => set('prMobile', v)} /></Row>
          <Row label="应急电话"><Input value={s.prEmergency} style={{ width: 260 }} placeholder="不能与手机号码相同" onChange={(v) => set('prEmergency', v)} /></Row>
          <Row label="办公室电话">
            <Input value={s.prPhone} style={{ width: 260 }} onChange={(v) => set('prPhone', v)} />
            <div className="help">格式：区号-号码，如 0571-88886666</div>
          </Row>
          <Row label="电子邮箱"><Input value={s.prEmail} style={{ width: 260 }} onChange={(v) => set('prEmail', v)} /></Row>
          <Row label="即时通讯" required={false}><Input value={s.prIm} style={{ width: 260 }} placeholder="QQ / 微信（选填）" onChange={(v) => set('prIm', v)} /></Row>
        </tbody>
      </table>
      <div className="bar">
        <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
        <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存</Button>
        <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
      </div>
    </Shell>
  );
}

/* -------------------------------------------------------------- 公安 开办主体 (个人) */

type Opt = { value: string; label: string };
const toOpts = (list: Area[]): Opt[] => list.map((a) => ({ value: a.code, label: a.name }));

/** 省 / 市 / 区县 as three Selects whose options load after a pick. */
function ChainedRegion(props: { onChange: (names: string[]) => void }) {
  const [codes, setCodes] = useState<string[]>([]);
  const [lists, setLists] = useState<Opt[][]>([[], [], []]);
  useEffect(() => { void fetchAreas('', 120).then((l) => setLists([toOpts(l), [], []])); }, []);
  const pick = (level: number, code: string) => {
    const next = [...codes.slice(0, level), code];
    setCodes(next);
    props.onChange(next.map((c, i) => lists[i]?.find((o) => o.value === c)?.label ?? c));
    setLists((prev) => prev.map((l, i) => (i > level ? [] : l)));
    if (level < 2) void fetchAreas(code, 200).then((l) => setLists((prev) => prev.map((x, i) => (i === level + 1 ? toOpts(l) : x))));
  };
  const ph = ['省', '市', '区/县'];
  return (
    <span className="chain" style={{ display: 'inline-flex', gap: 8 }}>
      {[0, 1, 2].map((i) => (
        <Select key={i} style={{ width: 130 }} placeholder={ph[i]} value={codes[i]} dataSource={lists[i]} disabled={i > 0 && !lists[i]?.length}
          onChange={(v) => pick(i, String(v))} />
      ))}
    </span>
  );
}

function MpsSubject() {
  const held = HELD_PRINCIPAL['个人'];
  // 姓名 / 证件类型 / 证件号码 come from the real-name account and are locked
  const [s, set] = useStore('mps', 'subject', '个人', {
    subjectKind: '', name: held.name, certType: '居民身份证', certNumber: held.certNumber, validFrom: '', validTo: '',
    idFront: [] as unknown[], idBack: [] as unknown[], idHand: [] as unknown[], resRegion: [] as string[], resDetail: '',
    officePhone: '', mobile: '', email: '', wechat: '', usesGenAI: '', saveClicks: 0, nextClicks: 0,
  });
  const [endOpen, setEndOpen] = useState(false);
  const upload = (k: 'idFront' | 'idBack' | 'idHand') => (
    <Upload autoUpload={false} listType="text" accept="image/png,image/jpeg" limit={1} value={s[k] as never[]} onChange={(v: unknown[]) => set(k, v)}>
      <Button><Icon type="upload" size="xs" /> 上传文件</Button>
    </Upload>
  );
  const item = { labelCol: { fixedSpan: 9 }, wrapperCol: { span: 16 } };
  return (
    <Shell top="全国互联网安全管理服务平台 · 新办网站申请 · 开办主体">
      <Form labelAlign="left" {...item} style={{ maxWidth: 820 }}>
        <h3 className="sec-title">开办主体</h3>
        <Form.Item label="开办主体性质" required>
          <Radio.Group shape="button" value={s.subjectKind} dataSource={['个人', '单位']} onChange={(v) => set('subjectKind', String(v))} />
        </Form.Item>
        <Form.Item label="姓名" required extra="已根据实名认证信息自动带出"><Input value={s.name} disabled /></Form.Item>
        <Form.Item label="证件类型" required><Select value={s.certType} disabled dataSource={MPS_PERSON_CERTS} style={{ width: 240 }} /></Form.Item>
        <Form.Item label="证件号码" required><Input value={s.certNumber} disabled /></Form.Item>
        <h3 className="sec-title">负责人证件</h3>
        <Form.Item label="证件有效期" required>
          <span className="validity" style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <DatePicker2 value={s.validFrom || null} format="YYYY-MM-DD" placeholder="起始日期" onChange={(_v: unknown, str: string) => set('validFrom', str ?? '')} />
            <span>至</span>
            {s.validTo === '长期'
              ? <Tag closable className="long-tag" onClose={() => { set('validTo', ''); return true; }}>长期</Tag>
              : <DatePicker2 value={s.validTo || null} format="YYYY-MM-DD" placeholder="截止日期" visible={endOpen} onVisibleChange={(v: boolean) => setEndOpen(v)}
                  extraFooterRender={() => <Button text type="primary" className="long-btn" onClick={() => { set('validTo', '长期'); setEndOpen(false); }}>长期</Button>}
                  onChange={(_v: unknown, str: string) => set('validTo', str ?? '')} />}
          </span>
        </Form.Item>
        <Form.Item label="证件正面" required extra="身份证人像面，jpg/png，不超过 2MB">{upload('idFront')}</Form.Item>
        <Form.Item label="证件反面" required extra="身份证国徽面">{upload('idBack')}</Form.Item>
        <Form.Item label="手持证件照" required extra="本人手持身份证正面的半身照">{upload('idHand')}</Form.Item>
        <h3 className="sec-title">常住地址</h3>
        <Form.Item label="常住地址" required><ChainedRegion onChange={(names) => set('resRegion', names)} /></Form.Item>
        <Form.Item label="详细地址" required extra="填写到街道即可，门牌号可不填">
          <Input value={s.resDetail} onChange={(v) => set('resDetail', v)} />
        </Form.Item>
        <h3 className="sec-title">联系方式</h3>
        <Form.Item label="办公室电话" required><Input value={s.officePhone} placeholder="区号-号码" onChange={(v) => set('officePhone', v)} /></Form.Item>
        <Form.Item label="手机号码" required><Input value={s.mobile} onChange={(v) => set('mobile', v)} /></Form.Item>
        <Form.Item label="电子邮箱" required><Input value={s.email} onChange={(v) => set('email', v)} /></Form.Item>
        <Form.Item label="微信号"><Input value={s.wechat} placeholder="选填" onChange={(v) => set('wechat', v)} /></Form.Item>
        <Form.Item label={<span>是否利用生成式人工智能{tip('网站是否使用生成式人工智能技术向公众提供服务')}</span>} required>
          <Radio.Group value={s.usesGenAI} dataSource={['是', '否']} onChange={(v) => set('usesGenAI', String(v))} />
        </Form.Item>
      </Form>
      <div className="bar">
        <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存草稿</Button>
        <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
      </div>
    </Shell>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout3-aliyun-subject-unit-fusion': () => <AliyunSubject />,
  'heldout3-mps-subject-person-fusion': () => <MpsSubject />,
};
const make = APPS[build()];
if (make) createRoot(document.getElementById('app')!).render(make());
