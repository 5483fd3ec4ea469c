/**
 * Gen-14 held-out builds on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout14-aliyun-upload-person-tdesign-materialtable 上传资料 (个人): a 身份证地址是否在浙江省 radio (否 adds a 居住证
 *    row), the materials as a bordered TABLE (资料名称 | 要求 | 上传: the label is the row's first cell), image uploads for
 *    the ID photos and file uploads for the letters, a face-check QR block with a 刷新二维码 button, a 确认 tick, 提交初审
 *  - heldout14-baidu-basic-unit-tdesign-taginput         验证备案类型 (单位, 百度智能云): a LAZY cascader (each level
 *    loaded on expand), 主办单位性质 as FILLED radio buttons with 其他 revealing a select of the rest, a filtered 证件类型
 *    select, a GB 32100 blur check, 资源类型 radios preset BCC, the server IPs a TAG INPUT, a 图形验证码, an agreement, 验证
 */
import {
  Alert, Button, Card, Cascader, Checkbox, Form, Input, Radio, Select, Steps, Table, TagInput, Upload, type CascaderProps, type UploadFile,
} from 'tdesign-react';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, fetchAreas, ICP_CERTS_BY_NATURE, IPV4_RE, NATURES, pathOfCode, validIpv6, validUscc } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

/** A form item whose control is wrapped (TDesign's FormItem would otherwise drive a direct child from its own store). */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}

function Files(p: { s: S; set: Setter; k: string; theme: 'image' | 'file'; disabled?: boolean }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name) => ({ name, status: 'success' }));
  return (
    <div className={`up up-${p.k}`}>
      <Upload theme={p.theme} autoUpload={false} max={1} accept={p.theme === 'image' ? 'image/*' : 'image/*,.pdf'} files={files} disabled={p.disabled}
        onChange={(l) => p.set(p.k, l.map((f) => f.name ?? ''))} />
    </div>
  );
}

/* ------------------------------------------------------------------ Alibaba 上传资料 (个人) */

interface Material { key: string; name: string; need: string; theme: 'image' | 'file'; optional?: boolean }

function AliyunUploadPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'upload', '个人', {
    inProvince: '', idFront: [], idBack: [], idHand: [], residencePermit: [], promiseLetter: [], domainCert: [],
    confirmed: false, refreshClicks: 0, prevClicks: 0, submitClicks: 0,
  });
  const [msg, setMsg] = useState('');
  const rows: Material[] = [
    { key: 'idFront', name: '主办者身份证人像面', need: '彩色原件扫描件或照片，四角完整、字迹清晰', theme: 'image' },
    { key: 'idBack', name: '主办者身份证国徽面', need: '须能看清有效期限', theme: 'image' },
    { key: 'idHand', name: '手持身份证照片', need: '本人手持身份证人像面，五官与证件信息清晰可见', theme: 'image' },
    ...(s.inProvince === '否' ? [{ key: 'residencePermit', name: '浙江省居住证', need: '身份证地址不在浙江省的，须提供有效期内的浙江省居住证', theme: 'image' as const }] : []),
    { key: 'promiseLetter', name: '《ICP备案信息真实性承诺书》', need: '下载模板，打印后本人签字，上传扫描件', theme: 'file' },
    { key: 'domainCert', name: '域名证书（选填）', need: '域名注册商出具的证书，持有者须为主办者本人', theme: 'file', optional: true },
  ];
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1040 }}>
        <h2 className="page-title">上传资料</h2>
        <div className="panel-w" style={{ paddingBottom: 16 }}>
          <Steps current={3} readonly theme="dot" options={['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((title) => ({ title }))} />
        </div>
        <Alert theme="warning" message="请上传原件的彩色扫描件或照片，不接受复印件、屏幕翻拍；单个文件不超过 4 MB，支持 jpg、png。" style={{ marginBottom: 16 }} />
        <Card bordered={false} title="主办者证件" style={{ marginBottom: 16 }}>
          <Form labelAlign="left" labelWidth={230}>
            <FormItem label="身份证地址是否在浙江省" requiredMark help="身份证地址不在浙江省的个人，须补充浙江省居住证">
              <Radio.Group className="in-province" value={str(s.inProvince) || undefined} onChange={(v) => setMany({ inProvince: String(v), residencePermit: [] })}>
                <Radio value="是">是</Radio><Radio value="否">否</Radio>
              </Radio.Group>
            </FormItem>
          </Form>
          <Table className="materials" rowKey="key" bordered data={rows as unknown as Record<string, unknown>[]} columns={[
            { colKey: 'name', title: '资料名称', width: 240, cell: ({ row }) => <span className="mat-name">{(row as unknown as Material).optional ? '' : <span className="req">*</span>}{(row as unknown as Material).name}</span> },
            { colKey: 'need', title: '要求', cell: ({ row }) => <span className="mat-note">{(row as unknown as Material).need}{(row as unknown as Material).key === 'promiseLetter' ? <a className="lnk" style={{ marginLeft: 6 }}>下载模板</a> : null}</span> },
            { colKey: 'up', title: '上传', width: 280, cell: ({ row }) => <Files s={s} set={set} k={(row as unknown as Material).key} theme={(row as unknown as Material).theme} /> },
          ]} />
        </Card>
        <Card bordered={false} title="真实性核验" style={{ marginBottom: 16 }}>
          <div className="row-inline" style={{ alignItems: 'flex-start', gap: 24 }}>
            <div className="qr" aria-label="人脸核验二维码" />
            <div>
              <p style={{ margin: '0 0 8px' }}>请使用阿里云 App 扫描二维码，完成主办者本人的人脸核验。</p>
              <p className="help" style={{ margin: '0 0 12px' }}>核验状态：<b>待核验</b>　二维码 10 分钟内有效</p>
              <Button variant="outline" onClick={clicks(s, set, 'refreshClicks')}>刷新二维码</Button>
            </div>
          </div>
        </Card>
        <Checkbox className="confirmed" checked={s.confirmed === true} onChange={(v) => set('confirmed', v)}>我确认所上传资料真实、有效，与原件一致</Checkbox>
        <div className="al-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button theme="primary" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.confirmed ? '人脸核验尚未完成' : '请先勾选确认'); }}>提交初审</Button>
          <span className="msg" style={{ color: '#d54941' }}>{msg}</span>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ Baidu 验证备案类型 (单位) */

type Opt = { value: string; label: string; children?: Opt[] | boolean };
const COMMON_NATURES = ['企业', '个人', '事业单位', '政府机关', '社会团体'];

function BaiduBasicUnit() {
  const { s, set, setMany } = useReplicaState('baidu', 'basic', '单位', {
    mailRegionCode: '', natureChoice: '', otherNature: '', certType: '', certNumber: '', resourceKind: 'BCC云服务器', ips: [], opCode: '', captcha: '', agreed: false, verifyClicks: 0,
  }, ({ mailRegionCode, natureChoice, otherNature, ...r }) => ({
    ...r,
    mailRegion: pathOfCode(mailRegionCode),
    nature: natureChoice === '其他' ? str(otherNature) : str(natureChoice),
  }));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [options, setOptions] = useState<Opt[]>([]);
  useState(() => { void fetchAreas('').then((l) => setOptions(l.map((a) => ({ value: a.code, label: a.name, children: true })))); return 0; });
  const load: CascaderProps['load'] = (node) => fetchAreas(String(node.value)).then((l) => l.map((a) => ({ value: a.code, label: a.name, ...(a.leaf ? {} : { children: true }) })));
  const nature = s.natureChoice === '其他' ? str(s.otherNature) : str(s.natureChoice);
  const certTypes = ICP_CERTS_BY_NATURE[nature] ?? (nature ? ['组织机构代码证', '统一社会信用代码证书'] : []);
  const err = (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {});
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>控制台总览</span><span>备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="bd-side" aria-label="备案"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">备案申请</a><a>备案管理</a><a>备案资源</a><div className="grp">其他</div><a>公安备案指引</a></nav>
      <div className="bd-main"><div className="tc-body" style={{ maxWidth: 980 }}>
        <h2 className="page-title">备案申请</h2>
        <div className="tc-card" style={{ paddingBottom: 16 }}>
          <Steps current={0} readonly options={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </div>
        <Alert theme="info" message="系统将根据以下信息判断您的备案类型（首次备案 / 接入备案 / 新增网站）。" style={{ marginBottom: 16 }} />
        <Card bordered={false} title="主办者基本信息" style={{ marginBottom: 16 }}>
          <Form labelAlign="top">
            <FormItem label="通信地址所属区域" requiredMark help="按主办单位通信地址所在的省 / 市 / 区县选择">
              <Cascader className="mail-region" options={options} load={load} placeholder="请选择省 / 市 / 区县" value={str(s.mailRegionCode) || undefined}
                onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
            </FormItem>
            <FormItem label="主办单位性质" requiredMark>
              <Radio.Group className="nature" variant="default-filled" value={str(s.natureChoice) || undefined} onChange={(v) => setMany({ natureChoice: String(v), otherNature: '', certType: '' })}>
                {[...COMMON_NATURES, '其他'].map((n) => <Radio.Button key={n} value={n}>{n}</Radio.Button>)}
              </Radio.Group>
            </FormItem>
            {s.natureChoice === '其他' && (
              <FormItem label="其他性质" requiredMark>
                <Select className="other-nature" value={str(s.otherNature) || undefined} placeholder="请选择" options={NATURES.filter((n) => !COMMON_NATURES.includes(n)).map((x) => ({ label: x, value: x }))}
                  onChange={(v) => setMany({ otherNature: String(v ?? ''), certType: '' })} />
              </FormItem>
            )}
            <FormItem label="证件类型" requiredMark>
              <Select className="cert-type" value={str(s.certType) || undefined} disabled={!nature} placeholder={nature ? '请选择' : '请先选择主办单位性质'}
                options={certTypes.map((x) => ({ label: x, value: x }))} onChange={(v) => set('certType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" requiredMark {...err('certNumber')}>
              <Input className="cert-number" value={str(s.certNumber)} maxlength={18} placeholder="请输入证件上的号码"
                onChange={(v) => { set('certNumber', String(v)); setErrs((e) => ({ ...e, certNumber: '' })); }}
                onBlur={(v) => { const t = String(v ?? '').trim(); setErrs((e) => ({ ...e, certNumber: t && nature !== '个人' && !validUscc(t.toUpperCase()) ? '统一社会信用代码格式有误' : '' })); }} />
            </FormItem>
          </Form>
        </Card>
        <Card bordered={false} title="选择备案资源" style={{ marginBottom: 16 }}>
          <Form labelAlign="top">
            <FormItem label="资源类型" requiredMark>
              <Radio.Group className="resource-kind" value={str(s.resourceKind)} onChange={(v) => setMany({ resourceKind: String(v), ips: [], opCode: '' })}>
                <Radio value="BCC云服务器">云服务器 BCC</Radio><Radio value="备案操作码">备案操作码</Radio>
              </Radio.Group>
            </FormItem>
            {s.resourceKind === '备案操作码' ? (
              <FormItem label="备案操作码" requiredMark>
                <Input className="op-code" value={str(s.opCode)} placeholder="请输入备案操作码" onChange={(v) => set('opCode', String(v))} />
              </FormItem>
            ) : (
              <FormItem label="服务器公网IP" requiredMark help={errs.ips || '网站所在服务器的公网 IP，输入后回车，可添加多个（IPv4 / IPv6）'} {...(errs.ips ? { status: 'error' as const } : {})}>
                <TagInput className="ips" value={arr(s.ips)} clearable placeholder="如 1.2.3.4，回车添加"
                  onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim()).filter(Boolean); set('ips', l); const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x)); setErrs((e) => ({ ...e, ips: bad ? `${bad} 不是有效的 IP 地址` : '' })); }} />
              </FormItem>
            )}
            <FormItem label="图形验证码" requiredMark>
              <div className="row-inline"><Input className="captcha" style={{ width: 140 }} value={str(s.captcha)} maxlength={4} placeholder="请输入验证码" onChange={(v) => set('captcha', String(v))} /><span className="vcode-img" aria-hidden="true">x7Rk</span><a className="lnk">换一张</a></div>
            </FormItem>
          </Form>
        </Card>
        <Checkbox className="agreed" checked={s.agreed === true} onChange={(v) => set('agreed', v)}>我已阅读并同意《百度智能云ICP备案服务协议》</Checkbox>
        <div className="tc-actions"><Button theme="primary" onClick={clicks(s, set, 'verifyClicks')}>验证</Button></div>
      </div></div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout14-aliyun-upload-person-tdesign-materialtable': AliyunUploadPerson,
  'heldout14-baidu-basic-unit-tdesign-taginput': BaiduBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
