/**
 * Gen-11 held-out build on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md and docs/profile.example.json
 * alone, never tuned against):
 *  - heldout11-tencent-basic-person-tdesign-ipselect  验证备案类型 (个人): 备案地域 a lazy cascader, 主办者性质 a filterable
 *    select, 主办者证件类型 as BUTTON radios filtered by 性质, an optional 证件照片 upload that "recognises" the number
 *    into an EMPTY 证件号码 (never over a typed one), 域名, 备案云服务 preset 云服务器 with the server's public IP picked
 *    from a SELECT of the account's instances' IPs (备案授权码 swaps in an input), a guide column on the right
 */
import { Alert, Button, Card, Cascader, Checkbox, Form, Input, Radio, Select, Steps, Upload } from 'tdesign-react';
import type { UploadFile } from 'tdesign-react';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, DOMAIN_RE, fetchAreas, ICP_CERTS_BY_NATURE, NATURES, validId, validUscc } from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

/** A form item whose control is wrapped (TDesign's FormItem would otherwise drive a direct child from its own store). */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}

/** The account's cloud servers (Tencent console): the public IPs a 云服务器 filing may use. */
const SERVERS: [string, string][] = [
  ['119.29.35.118', 'ins-3kd8w2qa（广州三区，标准型S5）'],
  ['47.96.12.34', 'ins-9p1xk6re（上海二区，标准型SA2）'],
  ['81.70.142.6', 'ins-0c7hzt4m（北京六区，轻量转云服务器）'],
];
const NUMBER_FROM_PHOTO = '330106199003071236';

interface Opt { label: string; value: string; children?: Opt[] | boolean }
const names = new Map<string, string>();
const toOpts = (l: { code: string; name: string; leaf: boolean }[], depth: number): Opt[] =>
  l.map((a) => { names.set(a.code, a.name); return { label: a.name, value: a.code, children: depth < 2 && !a.leaf ? true : undefined }; });
/** The names along a county code (pca codes: province 2 digits, city 4, county 6). */
const pathOf = (code: string): string[] => [code.slice(0, 2), code.slice(0, 4), code].filter((c, i, a) => c && a.indexOf(c) === i && names.has(c)).map((c) => names.get(c)!);

function TencentBasic() {
  const { s, set, setMany } = useReplicaState('tencent', 'basic', '个人', {
    region: [], nature: '', certType: '', certPhoto: [], certNumber: '', domain: '', cloudKind: '云服务器', serverIp: '', authCode: '', agreed: false,
    cancelClicks: 0, verifyClicks: 0,
  });
  const [errs, setErrs] = useState<Record<string, string>>({});
  const check = (k: string, bad: string) => setErrs((e) => ({ ...e, [k]: bad }));
  const status = (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {});
  const [roots, setRoots] = useState<Opt[]>([]);
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => { void fetchAreas('').then((l) => setRoots(toOpts(l, 0))); }, []);
  const nature = str(s.nature);
  const certs = nature ? ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] : [];
  const checkNumber = (v: string) => {
    if (!v) return check('certNumber', '');
    if (s.certType === '居民身份证') return check('certNumber', validId(v) ? '' : '身份证号码有误，请核对');
    if (/营业执照|统一社会信用代码/.test(str(s.certType))) return check('certNumber', validUscc(v) ? '' : '统一社会信用代码有误，请核对');
    check('certNumber', '');
  };
  return (
    <>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>账号 ID 100031234567</span></div>
      <nav className="tc-side" aria-label="网站备案">
        <div className="grp">网站备案</div><a href="#">概览</a><a href="#" className="on">首次备案</a><a href="#">备案进度</a><a href="#">我的备案</a>
        <div className="grp">工具</div><a href="#">备案授权码</a><a href="#">公安备案指引</a>
      </nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案</h2>
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={0} theme="dot" options={['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交审核'].map((title) => ({ title }))} />
        </Card>
        <div className="tc-form-wrap">
          <Card bordered={false} title="验证备案类型">
            <Alert theme="info" message="请如实填写，系统将校验主办者证件和域名实名信息是否一致，并自动识别备案类型。" style={{ marginBottom: 16 }} />
            <Form labelAlign="right" labelWidth={150} colon>
              <FormItem label="备案地域" requiredMark help="主办者证件住所所在的省、市、区县">
                <Cascader
                  className="region"
                  value={code || undefined}
                  options={roots}
                  placeholder="请选择省 / 市 / 区县"
                  clearable
                  load={(node) => fetchAreas(String(node.value)).then((l) => toOpts(l, node.getPath().length) as never)}
                  onChange={(v) => { const c = String(v ?? ''); setCode(c); set('region', c ? pathOf(c) : []); }}
                />
              </FormItem>
              <FormItem label="主办者性质" requiredMark>
                <Select className="nature" filterable value={nature || undefined} placeholder="请选择" options={NATURES.map((n) => ({ label: n, value: n }))}
                  onChange={(v) => setMany({ nature: String(v ?? ''), certType: '' })} />
              </FormItem>
              <FormItem label="主办者证件类型" requiredMark help={nature ? undefined : '请先选择主办者性质'}>
                {nature ? (
                  <Radio.Group className="cert-type" variant="default-filled" value={str(s.certType) || undefined} onChange={(v) => set('certType', String(v))}>
                    {certs.map((c) => <Radio.Button key={c} value={c}>{c}</Radio.Button>)}
                  </Radio.Group>
                ) : <span className="help">—</span>}
              </FormItem>
              <FormItem label="证件照片（选填）" help="上传证件照片可自动识别证件号码，识别结果请核对">
                <Upload className="cert-photo" theme="file" autoUpload={false} max={1} accept="image/png,image/jpeg" files={arr<UploadFile>(s.certPhoto)}
                  onChange={(files) => {
                    const next: Record<string, unknown> = { certPhoto: files };
                    // what the page already holds is kept: the recognised number only goes into an empty field
                    if (files.length && !str(s.certNumber)) { next.certNumber = NUMBER_FROM_PHOTO; setNote('已根据证件照片识别证件号码，请核对'); }
                    setMany(next);
                  }} />
              </FormItem>
              <FormItem label="主办者证件号码" requiredMark {...status('certNumber')}>
                <Input className="cert-number" value={str(s.certNumber)} maxlength={18} placeholder="请输入证件号码"
                  onChange={(v) => { set('certNumber', String(v).toUpperCase()); if (errs.certNumber) check('certNumber', ''); }}
                  onBlur={(v) => checkNumber(String(v ?? '').trim().toUpperCase())} />
              </FormItem>
              <FormItem label="域名" requiredMark {...status('domain')} help={errs.domain ? undefined : '填写需要备案的主域名，不带 www.'}>
                <Input className="domain" value={str(s.domain)} placeholder="example.com" onChange={(v) => { set('domain', String(v)); if (errs.domain) check('domain', ''); }}
                  onBlur={(v) => { const t = String(v ?? '').trim(); check('domain', !t || DOMAIN_RE.test(t) ? '' : '域名格式不正确（不带 www. 与 http://）'); }} />
              </FormItem>
              <FormItem label="备案云服务" requiredMark>
                <Radio.Group className="cloud-kind" value={str(s.cloudKind)} onChange={(v) => setMany({ cloudKind: String(v), serverIp: '', authCode: '' })}>
                  <Radio value="云服务器">云服务器</Radio>
                  <Radio value="轻量应用服务器">轻量应用服务器</Radio>
                  <Radio value="备案授权码">备案授权码</Radio>
                </Radio.Group>
              </FormItem>
              {s.cloudKind === '备案授权码' ? (
                <FormItem label="备案授权码" requiredMark><Input className="auth-code" value={str(s.authCode)} placeholder="请输入备案授权码" onChange={(v) => set('authCode', String(v))} /></FormItem>
              ) : (
                <FormItem label="服务器公网IP" requiredMark help="列出当前账号下可用于备案的实例公网 IP（包年包月且剩余时长不少于 3 个月）">
                  <Select className="server-ip" value={str(s.serverIp) || undefined} placeholder="请选择实例公网IP" filterable
                    options={(s.cloudKind === '云服务器' ? SERVERS : []).map(([ip, ins]) => ({ label: ip, value: ip, title: ins }))}
                    onChange={(v) => set('serverIp', String(v ?? ''))} />
                  <div className="help" style={{ marginTop: 4 }}>{s.serverIp ? SERVERS.find(([ip]) => ip === s.serverIp)?.[1] : s.cloudKind === '轻量应用服务器' ? '当前账号下没有可用于备案的轻量应用服务器' : ''}</div>
                </FormItem>
              )}
            </Form>
            <div style={{ paddingLeft: 150, marginTop: 4 }}>
              <Checkbox className="agree" checked={s.agreed === true} onChange={(c) => set('agreed', c)}>我已阅读并同意《备案服务协议》及《隐私政策》</Checkbox>
            </div>
            {note && <Alert className="note" theme="warning" message={note} style={{ marginTop: 12 }} />}
            <div className="tc-actions">
              <Button variant="outline" onClick={clicks(s, set, 'cancelClicks')}>取消</Button>
              <Button theme="primary" onClick={() => { set('verifyClicks', Number(s.verifyClicks) + 1); setNote('请先完成必填项并勾选协议'); }}>验证备案类型</Button>
            </div>
          </Card>
          <aside className="help-panel">
            <h4>备案指引</h4>
            <p>个人备案：主办者性质选“个人”，证件类型一般为居民身份证。</p>
            <p>备案地域以证件住所为准，跨省居住的个人可能需要居住证。</p>
            <p>没有腾讯云服务器的，可使用在其他渠道获得的备案授权码。</p>
          </aside>
        </div>
      </div></div>
    </>
  );
}

if (build() === 'heldout11-tencent-basic-person-tdesign-ipselect') createRoot(document.getElementById('app')!).render(<TencentBasic />);
