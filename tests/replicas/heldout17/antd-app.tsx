/**
 * Gen-17 held-out builds on React 19 + antd 6 (written from FORMS.md and docs/profile.example.json alone, never tuned
 * against):
 *  - heldout17-huawei-site-unit-antd-grid3          填写互联网信息服务 (单位, 华为云): antd CARDS whose fields sit in a
 *    THREE-COLUMN grid with labels on top; a Segmented service kind, blur checks, 从域名 as ADDED ROWS, an AUTOCOMPLETE
 *    home URL fed by the domains, a checkable TREE SELECT of contents, a TRANSFER of languages, radios revealing items, an
 *    IP textarea; the 互联网信息服务负责人 card with a 同主体负责人 tick (copies the legal rep), a start DatePicker and
 *    长期 / 指定日期 radios revealing the end DatePicker; 上一步 / 保存 / 下一步
 *  - heldout17-tencent-basic-unit-antd-licenceocr   验证备案类型 (单位, 腾讯云): a VERTICAL Steps rail beside one card with
 *    horizontal labels; a whole-tree searchable CASCADER, a nature Select steering a VERTICAL radio list of documents, an
 *    Upload.DRAGGER whose picture is "recognised" (fills the certificate number when empty, never replaces it), a USCC
 *    blur check, a TAGS select of domains, button radios swapping in an input, a MULTIPLE select whose options are
 *    fetched when it opens; a consent tick; 验证
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Form, Input, Radio, Row, Segmented, Select, Spin, Steps, Transfer, TreeSelect, Upload,
  type UploadFile,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, ICP_CERTS_BY_NATURE, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, IPV4_RE, lines, MOBILE_RE, NATURES, pathOfCode,
  PHONE_RE, regionOptions, validId, validIpv6, validUscc,
} from './common';
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

/** A form item that never binds its control (the page's React state holds every value). */
function Item(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode; className?: string }) {
  const msg = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item className={p.className} label={p.label} required={p.req} validateStatus={msg ? 'error' : undefined} help={msg || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

function Day(p: { s: S; set: Setter; k: string; cls: string; disabled?: boolean; placeholder?: string }) {
  const v = str(p.s[p.k]);
  return (
    <DatePicker className={p.cls} style={{ width: '100%' }} disabled={p.disabled} placeholder={p.placeholder ?? '请选择日期'} format="YYYY-MM-DD" value={v ? dayjs(v) : null}
      onChange={(d) => p.set(p.k, d ? d.format('YYYY-MM-DD') : '')} />
  );
}

const idRule = (s: S, typeKey: string) => (v: string) => (s[typeKey] && s[typeKey] !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对';
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入正确的 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/* ------------------------------------------------------------------ 填写互联网信息服务 (单位, 华为云) */

const CONTENT_TREE = [
  { title: '常用', value: 'g-common', selectable: false, children: ['单位门户网站', '综合门户', '网站建设', '其他'] },
  { title: '娱乐与媒体', value: 'g-media', selectable: false, children: ['网络新闻', '博客/个人空间', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载'] },
  { title: '商务与金融', value: 'g-biz', selectable: false, children: ['网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付'] },
].map((g) => ({ ...g, children: g.children.map((c) => ({ title: c, value: c })) }));
const OTHER_CONTENT = ICP_CONTENT.filter((c) => !CONTENT_TREE.some((g) => g.children.some((x) => x.value === c)));
CONTENT_TREE.push({ title: '其他服务', value: 'g-other', selectable: false, children: OTHER_CONTENT.map((c) => ({ title: c, value: c })) });
const LINA = HELD_PRINCIPAL.单位;

function HuaweiSiteUnit() {
  const { s, set, setMany } = useReplicaState('huawei', 'site', '单位', {
    serviceKind: '网站', siteName: '', mainDomain: '', subDomainRows: [''], homeUrl: '', contents: [], languages: [], preApproval: '', preItems: [], ipsText: '',
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidKind: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpLandline: '', wpEmail: '',
    remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ subDomainRows, ipsText, ...r }) => ({ ...r, subDomains: arr<string>(subDomainRows).map((d) => d.trim().toLowerCase()).filter(Boolean), ips: lines(ipsText) }));
  const e = useErrs();
  const rows = arr<string>(s.subDomainRows);
  const locked = s.wpSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const domains = [str(s.mainDomain), ...rows].map((d) => d.trim().toLowerCase()).filter((d) => DOMAIN_RE.test(d));
  const homeOptions = domains.flatMap((d) => [`www.${d}`, d]).filter((x) => !s.homeUrl || x.includes(str(s.homeUrl))).map((value) => ({ value }));
  const copy = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: LINA.name, wpCertType: LINA.certType, wpCertNumber: LINA.certNumber, wpValidFrom: LINA.validFrom, wpValidKind: LINA.longTerm ? '长期' : '指定日期', wpValidTo: LINA.validTo, wpMobile: LINA.mobile, wpEmail: LINA.email }
    : { wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidKind: '', wpValidTo: '', wpMobile: '', wpEmail: '' });
  const ipRule = (t: string) => { const bad = lines(t).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的 IP 地址` : ''; };
  return (
    <>
      <div className="hw-top"><span className="logo" /><b>华为云</b><span>控制台</span><span>备案中心</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="hw-side" aria-label="备案中心"><div className="grp">ICP备案</div><a>总览</a><a className="on">我的备案</a><a>备案资源</a><div className="grp">帮助</div><a>管局规则</a></nav>
      <div className="hw-main"><div className="hw-body">
        <h2 className="page-title">首次备案</h2>
        <div className="card-w">
          <Steps current={2} size="small" items={['基础信息校验', '填写主体信息', '填写互联网信息服务', '上传资料及真实性核验'].map((title) => ({ title }))} />
        </div>
        <Form layout="vertical" requiredMark component="div">
          <Card title="互联网信息服务" style={{ marginBottom: 16 }}>
            <Item label="互联网信息服务类型" req>
              <Segmented className="service-kind" value={str(s.serviceKind)} options={['网站', 'App']} onChange={(v) => set('serviceKind', String(v))} />
            </Item>
            <Row gutter={24}>
              <Col span={8}><Item label="网站名称" req e={e} k="siteName">{text('siteName', 'site-name', { max: 40, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : '') })}</Item></Col>
              <Col span={8}><Item label="主域名" req e={e} k="mainDomain">{text('mainDomain', 'main-domain', { placeholder: '如 example.com', blur: domainRule })}</Item></Col>
              <Col span={8}>
                <Item label="首页URL" req extra="不含 http://，须为已填写的域名或其 www. 子域名">
                  <AutoComplete className="home-url" value={str(s.homeUrl)} options={homeOptions} placeholder="如 www.example.com" onChange={(v) => set('homeUrl', String(v ?? ''))} />
                </Item>
              </Col>
              <Col span={8}>
                <Item label="从域名" e={e} k="subDomains">
                  <div className="sub-rows">
                    {rows.map((r, i) => (
                      <div className="row-inline sub-row" key={i} style={{ marginBottom: 6, flexWrap: 'nowrap' }}>
                        <Input className={`sub-${i}`} value={r} placeholder="同一网站的其他域名"
                          onChange={(ev) => { set('subDomainRows', rows.map((x, j) => (j === i ? ev.target.value : x))); e.clear('subDomains'); }}
                          onBlur={(ev) => { const t = ev.target.value.trim(); if (t) e.set('subDomains', domainRule(t)); }} />
                        {rows.length > 1 ? <Button className="del-sub" type="link" danger onClick={() => set('subDomainRows', rows.filter((_, j) => j !== i))}>删除</Button> : null}
                      </div>
                    ))}
                    <Button className="add-sub" size="small" type="dashed" disabled={rows.length >= 5} onClick={() => set('subDomainRows', [...rows, ''])}>+ 添加从域名</Button>
                  </div>
                </Item>
              </Col>
              <Col span={8}>
                <Item label="服务内容" req>
                  <TreeSelect className="contents" style={{ width: "100%" }} treeDefaultExpandAll treeCheckable showCheckedStrategy={TreeSelect.SHOW_CHILD} treeData={CONTENT_TREE} placeholder="请选择"
                    value={arr<string>(s.contents)} onChange={(v) => set('contents', arr<string>(v).filter((x) => !x.startsWith('g-')))} />
                </Item>
              </Col>
              <Col span={8}>
                <Item label="IP地址" req e={e} k="ipsText" extra="每行一个，IPv4 或 IPv6">
                  <Input.TextArea className="ips" rows={2} value={str(s.ipsText)} onChange={(ev) => { set('ipsText', ev.target.value); e.clear('ipsText'); }}
                    onBlur={(ev) => { if (ev.target.value.trim()) e.set('ipsText', ipRule(ev.target.value)); }} />
                </Item>
              </Col>
              <Col span={16}>
                <Item label="网站语言" req>
                  <Transfer className="languages" dataSource={ICP_LANGUAGES.map((l) => ({ key: l, title: l }))} titles={['可选语言', '已选语言']} render={(i) => i.title}
                    listStyle={{ width: 220, height: 230 }} targetKeys={arr<string>(s.languages)} onChange={(keys) => set('languages', keys.map(String))} />
                </Item>
              </Col>
              <Col span={8}>
                <Item label="前置审批" req>
                  <Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} options={opts(['涉及', '不涉及'])}
                    onChange={(ev) => setMany({ preApproval: ev.target.value, ...(ev.target.value === '不涉及' ? { preItems: [] } : {}) })} />
                </Item>
                {s.preApproval === '涉及' ? (
                  <Item label="前置审批项" req>
                    <Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v.map(String))} />
                  </Item>
                ) : null}
              </Col>
            </Row>
          </Card>
          <Card title="互联网信息服务负责人" style={{ marginBottom: 16 }}
            extra={<Checkbox className="wp-same" checked={locked} onChange={(ev) => copy(ev.target.checked)}>同主体负责人（李娜）</Checkbox>}>
            <Row gutter={24}>
              <Col span={8}><Item label="姓名" req>{text('wpName', 'wp-name', { max: 20, disabled: locked })}</Item></Col>
              <Col span={8}>
                <Item label="证件类型" req>
                  <Select className="wp-cert-type" disabled={locked} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', v)} />
                </Item>
              </Col>
              <Col span={8}><Item label="证件号码" req e={e} k="wpCertNumber">{text('wpCertNumber', 'wp-cert-number', { max: 18, disabled: locked, blur: idRule(s, 'wpCertType') })}</Item></Col>
              <Col span={8}><Item label="证件有效期 · 起" req><Day s={s} set={set} k="wpValidFrom" cls="wp-valid-from" disabled={locked} placeholder="开始日期" /></Item></Col>
              <Col span={8}>
                <Item label="有效期截止" req>
                  <Radio.Group className="wp-valid-kind" disabled={locked} value={str(s.wpValidKind) || undefined} options={opts(['长期', '指定日期'])}
                    onChange={(ev) => setMany({ wpValidKind: ev.target.value, wpValidTo: '' })} />
                </Item>
              </Col>
              <Col span={8}>
                {s.wpValidKind === '指定日期'
                  ? <Item label="截止日期" req><Day s={s} set={set} k="wpValidTo" cls="wp-valid-to" disabled={locked} placeholder="截止日期" /></Item>
                  : <Item label="截止日期"><span className="help">{s.wpValidKind === '长期' ? '长期有效' : '请先选择有效期截止方式'}</span></Item>}
              </Col>
              <Col span={8}><Item label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, disabled: locked, blur: mobileRule })}</Item></Col>
              <Col span={8}>
                <Item label="应急联系电话" req e={e} k="wpEmergency">
                  {text('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
                </Item>
              </Col>
              <Col span={8}><Item label="办公电话" e={e} k="wpLandline">{text('wpLandline', 'wp-landline', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 010-12345678') })}</Item></Col>
              <Col span={8}><Item label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { disabled: locked, blur: emailRule })}</Item></Col>
            </Row>
          </Card>
          <Card>
            <Item label="网站备注">
              <Input.TextArea className="remark" rows={2} maxLength={200} showCount value={str(s.remark)} placeholder="选填" onChange={(ev) => set('remark', ev.target.value)} />
            </Item>
          </Card>
        </Form>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 验证备案类型 (单位, 腾讯云) */

const SERVERS = [
  { ip: '47.96.56.78', name: 'web-hz-01' },
  { ip: '2408:4000:1000::10', name: 'web-hz-01（IPv6）' },
  { ip: '119.29.173.40', name: 'test-gz-02' },
  { ip: '106.55.12.9', name: 'backup-sh' },
];
const RECOGNISED = { name: '杭州云栖示例科技有限公司', number: '91330110MA2H3K7Q18' };

function TencentBasicUnit() {
  const { s, set, setMany } = useReplicaState('tencent', 'basic', '单位', {
    regionCodes: [], nature: '', certType: '', licence: [], certNumber: '', domains: [], cloudType: '云服务器', authCode: '', serverIps: [], agreed: false, verifyClicks: 0,
  }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? '') }));
  const e = useErrs();
  const [ocr, setOcr] = useState<'' | 'busy' | 'done'>('');
  const [servers, setServers] = useState<typeof SERVERS | null>(null);
  const [result, setResult] = useState('');
  const cur = useRef(s);
  cur.current = s;
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? (s.nature ? ['统一社会信用代码证书', '组织机构代码证'] : []);
  const files: UploadFile[] = arr<string>(s.licence).map((name, i) => ({ uid: `f${i}`, name, status: 'done' }));
  const upload = (list: UploadFile[]) => {
    const names = list.map((f) => f.name).slice(-1);
    set('licence', names);
    if (!names.length) { setOcr(''); return; }
    setOcr('busy');
    setTimeout(() => {
      setOcr('done');
      // the recognised number only goes into an empty field: what the page already holds is kept
      if (!str(cur.current.certNumber)) set('certNumber', RECOGNISED.number);
    }, 500);
  };
  const setDomains = (v: string[]) => {
    const list = v.map((x) => x.trim().toLowerCase());
    const bad = list.find((x) => domainRule(x));
    e.set('domains', bad ? `${bad}：${domainRule(bad)}` : '');
    set('domains', list.filter((x, i) => !domainRule(x) && list.indexOf(x) === i));
  };
  const loadServers = (open: boolean) => {
    if (open && !servers) setTimeout(() => setServers(SERVERS), 400);
  };
  const verify = () => {
    clicks(s, set, 'verifyClicks')();
    setResult(!s.agreed ? '请先阅读并同意服务协议' : '校验通过：首次备案');
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="tc-side" aria-label="网站备案"><div className="grp">网站备案</div><a>概览</a><a className="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案</h2>
        <div className="tc-split">
          <div className="rail">
            <Steps orientation="vertical" size="small" current={0} items={['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'].map((title) => ({ title }))} />
          </div>
          <Card className="form-card" title="验证备案类型">
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message="上传营业执照可自动识别证件号码；已填写的号码不会被覆盖。备案域名须已完成实名认证。" />
            <Form layout="horizontal" labelCol={{ flex: '140px' }} wrapperCol={{ flex: 1 }} component="div">
              <Item label="备案地域" req extra="主办单位所在的省、市、区县">
                <Cascader className="region" style={{ width: 360 }} options={regionOptions()} showSearch placeholder="请选择或搜索" value={arr<string>(s.regionCodes)}
                  onChange={(v) => set('regionCodes', (v ?? []).map(String))} />
              </Item>
              <Item label="主办者性质" req>
                <Select className="nature" style={{ width: 240 }} placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} onChange={(v) => setMany({ nature: v, certType: '' })} />
              </Item>
              <Item label="主办者证件类型" req extra={certs.length ? undefined : '请先选择主办者性质'}>
                <Radio.Group className="cert-type" value={str(s.certType) || undefined} onChange={(ev) => set('certType', ev.target.value)}
                  style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={opts(certs)} />
              </Item>
              <Item label="营业执照" extra="jpg / png，不超过 4 MB">
                <Upload.Dragger className="licence" accept="image/png,image/jpeg" maxCount={1} fileList={files} beforeUpload={() => false} onChange={({ fileList }) => upload(fileList)}>
                  <p>点击或拖拽营业执照照片到此处</p>
                  <p className="help">上传后自动识别证件号码</p>
                </Upload.Dragger>
                {ocr === 'busy' ? <Spin size="small" /> : null}
                {ocr === 'done' ? <Alert className="ocr-result" type="success" showIcon message={`识别结果：${RECOGNISED.name}，${RECOGNISED.number}`} /> : null}
              </Item>
              <Item label="主办者证件号码" req e={e} k="certNumber">
                <Text s={s} set={set} e={e} k="certNumber" cls="cert-number" max={18} placeholder="请输入证件号码"
                  blur={(v) => (s.certType === '居民身份证' ? (validId(v) ? '' : '身份证号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过')} />
              </Item>
              <Item label="网站域名" req e={e} k="domains" extra="输入后回车，可填写多个">
                <Select className="domains" mode="tags" style={{ width: 420 }} open={false} suffixIcon={null} tokenSeparators={[',', ' ']} placeholder="如 example.com"
                  value={arr<string>(s.domains)} onChange={(v) => setDomains(v.map(String))} />
              </Item>
              <Item label="备案云服务" req>
                <Radio.Group className="cloud-type" optionType="button" buttonStyle="solid" value={str(s.cloudType)} options={opts(['云服务器', '备案授权码'])}
                  onChange={(ev) => setMany({ cloudType: ev.target.value, serverIps: [], authCode: '' })} />
              </Item>
              {s.cloudType === '备案授权码'
                ? <Item label="备案授权码" req><Text s={s} set={set} e={e} k="authCode" cls="auth-code" placeholder="请输入备案授权码" /></Item>
                : (
                  <Item label="云服务器公网IP" req extra="选择本账号下用于该网站的云服务器公网IP">
                    <Select className="server-ips" mode="multiple" style={{ width: 420 }} placeholder="请选择" value={arr<string>(s.serverIps)} onOpenChange={loadServers}
                      notFoundContent={servers ? '暂无云服务器' : <Spin size="small" />} options={(servers ?? []).map((x) => ({ value: x.ip, label: `${x.ip}（${x.name}）` }))}
                      onChange={(v) => set('serverIps', v.map(String))} />
                  </Item>
                )}
              <Item label=" " className="agree-item">
                <Checkbox className="agreed" checked={s.agreed === true} onChange={(ev) => set('agreed', ev.target.checked)}>我已阅读并同意《腾讯云网站备案服务协议》</Checkbox>
              </Item>
              <Item label=" ">
                <div className="row-inline"><Button type="primary" onClick={verify}>验证</Button>{result ? <span className={result.startsWith('校验通过') ? 'ok-msg' : 'msg'}>{result}</span> : null}</div>
              </Item>
            </Form>
          </Card>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout17-huawei-site-unit-antd-grid3': () => <ConfigProvider locale={zhCN}><HuaweiSiteUnit /></ConfigProvider>,
  'heldout17-tencent-basic-unit-antd-licenceocr': TencentBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
