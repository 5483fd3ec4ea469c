/**
 * Gen-12 held-out builds on React 18 + Arco Design 2.66 (written from FORMS.md and docs/profile.example.json alone,
 * never tuned against):
 *  - heldout12-aliyun-site-unit-arco-domainrows     填写网站信息 (单位): ARROW steps, domains as ROWS (input + a 主域名 radio per
 *    row + 删除, 添加域名), the home page address with an http:// addon, 网站语言 checkboxes PRESET 中文简体, 是否需要前置审批 a
 *    select, a 网站负责人与主体负责人为同一人 checkbox, the validity as 起始日期 + 有效期限 (五年 / 十年 / 二十年 / 长期) with the
 *    end date DERIVED read-only, the office phone SPLIT 区号 / 号码 / 分机
 *  - heldout12-volcengine-basic-person-arco-instancetable 备案信息核验 (个人, 火山引擎): a searchable whole-tree cascader, 主办者性质
 *    as BUTTON radios with 其他 revealing a select of the rest, 证件类型 filtered by it, 备案域名 with a 实名校验 button, and
 *    the cloud server picked as a ROW of a radio-selection TABLE (the row showing the site's IP)
 */
import {
  Alert, Button, Card, Cascader, Checkbox, DatePicker, Form, Grid, Input, Message, Radio, Select, Steps, Table, Upload,
} from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, ICP_CERTS_BY_NATURE, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, NATURES, regionOptions, validId, validUscc,
} from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

const FormItem = Form.Item;

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    status: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}

/* ------------------------------------------------------------------ 1. aliyun 填写网站信息 (单位) */

const TERMS: [string, number][] = [['五年', 5], ['十年', 10], ['二十年', 20], ['长期', 0]];
/** The end of an ID's validity from its start and term (Chinese ID cards run 5, 10 or 20 years, or 长期). */
const endOf = (from: string, term: string) => {
  const years = TERMS.find(([t]) => t === term)?.[1];
  if (!from || !years) return '';
  const [y, m, d] = from.split('-');
  return `${Number(y) + years}-${m}-${d}`;
};
/** FORMS §3.6: names of units may not start with these unless national. */
const NATIONAL_PREFIXES = ['中国', '中央', '国家', '中华', '人大', '人民', '反腐', '纪检', '监察', '信访', '维权', '投诉'];
interface Row { id: number; domain: string }

function AliyunSiteUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', rows: [{ id: 1, domain: '' }], mainId: 1, homeUrl: '', serviceType: '', content: '', languages: ['中文简体'], preApproval: '', preItems: [], preFiles: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTerm: '', wpMobile: '', wpEmergency: '', wpEmail: '',
    officeArea: '', officeNumber: '', officeExt: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ rows, mainId, ...rest }) => {
    const list = arr<Row>(rows);
    return {
      ...rest,
      domains: list.map((r) => r.domain.trim()).filter(Boolean),
      mainDomain: list.find((r) => r.id === mainId)?.domain.trim() ?? '',
      wpValidTo: endOf(str(rest.wpValidFrom), str(rest.wpValidTerm)),
    };
  });
  const e = useErrs();
  const rows = arr<Row>(s.rows);
  const same = s.wpSame === true;
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; style?: React.CSSProperties } = {}) => (
    <Input className={cls} style={o.style} value={str(s[k])} placeholder={o.placeholder ?? '请输入'} maxLength={o.max} onChange={(v) => { set(k, v); e.clear(k); }}
      onBlur={(ev) => { const v = ev.target.value.trim(); if (v && o.blur) e.set(k, o.blur(v)); }} />
  );
  const setRow = (id: number, domain: string) => set('rows', rows.map((r) => (r.id === id ? { ...r, domain } : r)));
  const nextId = () => Math.max(0, ...rows.map((r) => r.id)) + 1;
  const validTo = endOf(str(s.wpValidFrom), str(s.wpValidTerm));
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">备案首页</a><a href="#" className="on">备案订单</a><a href="#">主体信息</a><a href="#">网站信息</a><a href="#">备案服务号</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1060 }}>
        <Steps type="arrow" current={3} size="small" style={{ marginBottom: 16 }}>
          {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((t) => <Steps.Step key={t} title={t} />)}
        </Steps>
        <Alert type="warning" style={{ marginBottom: 16 }} content="网站名称须与网站内容相符，单位网站名称一般为单位全称、简称或品牌名称；备案期间请勿解析域名到服务器。" />
        <Card bordered={false} title="网站基本信息" style={{ marginBottom: 16 }}>
          <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
            <FormItem label="网站名称" required {...e.status('siteName')}>
              {text('siteName', 'site-name', { placeholder: '至少 3 个汉字', blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : NATIONAL_PREFIXES.some((p) => v.startsWith(p)) ? '非国家级单位网站名称不能以“中国”等字样开头' : '') })}
            </FormItem>
            <FormItem label="网站域名" required {...e.status('rows')} extra="同一网站的全部域名，各占一行；勾选其中一个作为主域名">
              <div className="domain-rows">
                <div className="domain-row head"><span>域名</span><span>主域名</span><span /></div>
                {rows.map((r, i) => (
                  <div className="domain-row" key={r.id}>
                    <Input className={`domain-input domain-${i}`} value={r.domain} placeholder="example.com" onChange={(v) => { setRow(r.id, v); e.clear('rows'); }}
                      onBlur={(ev) => { const v = ev.target.value.trim(); if (v) e.set('rows', DOMAIN_RE.test(v) ? '' : `${v}：请填写不带 www. 和 http:// 的域名`); }} />
                    <Radio className={`main-${i}`} checked={s.mainId === r.id} onChange={() => set('mainId', r.id)}>主域名</Radio>
                    <Button type="text" status="danger" disabled={rows.length === 1}
                      onClick={() => setMany({ rows: rows.filter((x) => x.id !== r.id), mainId: s.mainId === r.id ? rows.find((x) => x.id !== r.id)?.id ?? 0 : s.mainId })}>删除</Button>
                  </div>
                ))}
                <Button type="dashed" className="add-domain" onClick={() => set('rows', [...rows, { id: nextId(), domain: '' }])}>+ 添加域名</Button>
              </div>
            </FormItem>
            <FormItem label="网站首页地址" required extra="一般为 www. 加主域名">
              <Input className="home-url" addBefore="http://" value={str(s.homeUrl)} placeholder="www.example.com" onChange={(v) => set('homeUrl', v.replace(/^https?:\/\//, ''))} />
            </FormItem>
            <FormItem label="应用服务类型" required>
              <Select className="service-type" placeholder="请选择" value={str(s.serviceType) || undefined} options={['网站应用服务', 'APP应用服务', '快应用服务']} onChange={(v: string) => set('serviceType', v)} />
            </FormItem>
            <FormItem label="网站服务内容" required extra="单位官网一般选择“单位门户网站”">
              <Select className="content" showSearch placeholder="请选择或搜索" value={str(s.content) || undefined} options={ICP_CONTENT} onChange={(v: string) => set('content', v)} />
            </FormItem>
            <FormItem label="网站语言" required>
              <Checkbox.Group className="languages" value={arr(s.languages)} options={ICP_LANGUAGES} onChange={(v) => set('languages', v)} />
            </FormItem>
            <FormItem label="是否需要前置审批" required extra="涉及新闻、出版、教育、医疗保健、药品和医疗器械、电子公告服务、文化、广播电影电视节目等内容的须取得前置审批">
              <Select className="pre-approval" style={{ width: 200 }} placeholder="请选择" value={str(s.preApproval) || undefined} options={['否', '是']}
                onChange={(v: string) => setMany(v === '是' ? { preApproval: v } : { preApproval: v, preItems: [], preFiles: [] })} />
            </FormItem>
            {s.preApproval === '是' && (
              <>
                <FormItem label="前置审批项" required><Checkbox.Group className="pre-items" value={arr(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v)} /></FormItem>
                <FormItem label="前置审批文件" required>
                  <Upload autoUpload={false} accept="image/png,image/jpeg" fileList={arr<UploadItem>(s.preFiles)} onChange={(l) => set('preFiles', l)} />
                </FormItem>
              </>
            )}
            <FormItem label="接入信息">
              <div className="ro-box" style={{ marginBottom: 0 }}>接入方式：<b>云接入</b>　　备案实例：<b>i-bp16y3wq0xkz（华东1 杭州）</b>　　IP：<b>47.96.56.78、2408:4000:1000::10</b></div>
            </FormItem>
          </Form>
        </Card>
        <Card bordered={false} title="网站负责人信息" style={{ marginBottom: 16 }}
          extra={<Checkbox className="wp-same" checked={same} onChange={(c: boolean) => set('wpSame', c)}>网站负责人与主体负责人为同一人</Checkbox>}>
          {same ? (
            <div className="ro-box wp-copied">将使用主体负责人（李娜，法定代表人）的信息作为网站负责人。</div>
          ) : (
            <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
              <FormItem label="姓名" required>{text('wpName', 'wp-name', { style: { width: 320 } })}</FormItem>
              <FormItem label="证件类型" required>
                <Select className="wp-cert-type" style={{ width: 320 }} placeholder="请选择" value={str(s.wpCertType) || undefined} options={ICP_PERSON_CERTS} onChange={(v: string) => set('wpCertType', v)} />
              </FormItem>
              <FormItem label="证件号码" required {...e.status('wpCertNumber')}>
                {text('wpCertNumber', 'wp-cert-number', { max: 18, style: { width: 320 }, blur: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码不正确' })}
              </FormItem>
              <FormItem label="证件有效期" required extra="截止日期由起始日期和有效期限自动计算">
                <Grid.Row gutter={8} style={{ width: 560 }}>
                  <Grid.Col span={8}><DatePicker className="wp-valid-from" placeholder="起始日期" value={str(s.wpValidFrom) || undefined} onChange={(v) => set('wpValidFrom', v ?? '')} /></Grid.Col>
                  <Grid.Col span={7}>
                    <Select className="wp-valid-term" placeholder="有效期限" value={str(s.wpValidTerm) || undefined} options={TERMS.map(([t]) => t)} onChange={(v: string) => set('wpValidTerm', v)} />
                  </Grid.Col>
                  <Grid.Col span={9}><Input className="wp-valid-to" readOnly value={str(s.wpValidTerm) === '长期' ? '长期' : validTo} placeholder="截止日期（自动计算）" /></Grid.Col>
                </Grid.Row>
              </FormItem>
              <FormItem label="手机号码" required {...e.status('wpMobile')}>{text('wpMobile', 'wp-mobile', { max: 11, style: { width: 320 }, blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}</FormItem>
              <FormItem label="应急联系电话" required {...e.status('wpEmergency')}>
                {text('wpEmergency', 'wp-emergency', { max: 11, style: { width: 320 }, blur: (v) => (!MOBILE_RE.test(v) ? '应急联系电话须为手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}
              </FormItem>
              <FormItem label="电子邮箱" required {...e.status('wpEmail')}>{text('wpEmail', 'wp-email', { style: { width: 320 }, blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</FormItem>
              <FormItem label="办公室电话" required {...e.status('officeArea')}>
                <div className="tel-split">
                  {text('officeArea', 'office-area', { max: 4, placeholder: '区号', style: { width: 80 }, blur: (v) => (/^0\d{2,3}$/.test(v) ? '' : '区号以 0 开头，3–4 位') })}
                  <span>-</span>
                  {text('officeNumber', 'office-number', { max: 8, placeholder: '电话号码', style: { width: 150 } })}
                  <span>-</span>
                  {text('officeExt', 'office-ext', { max: 6, placeholder: '分机（选填）', style: { width: 110 } })}
                </div>
              </FormItem>
            </Form>
          )}
        </Card>
        <Card bordered={false} title="其他" style={{ marginBottom: 16 }}>
          <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
            <FormItem label="网站备注（选填）">
              <Input.TextArea className="remark" value={str(s.remark)} maxLength={200} showWordLimit placeholder="如有需要向管局说明的情况请在此填写" onChange={(v) => set('remark', v)} />
            </FormItem>
          </Form>
        </Card>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={() => { set('saveClicks', Number(s.saveClicks) + 1); Message.success('已保存'); }}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ 2. volcengine 备案信息核验 (个人) */

const MAIN_NATURES = ['个人', '企业', '事业单位', '政府机关', '社会团体'];
const OTHER_NATURES = NATURES.filter((n) => !MAIN_NATURES.includes(n));
interface Instance { id: string; name: string; ip: string; zone: string; expires: string }
const INSTANCES: Instance[] = [
  { id: 'i-ycc3h7q2vz', name: 'web-test', ip: '115.190.8.21', zone: '华北2（北京）', expires: '2026-03-02' },
  { id: 'i-ycc8m2x4k7', name: 'notes-server', ip: '47.96.12.34', zone: '华东2（上海）', expires: '2026-11-20' },
  { id: 'i-ycc0p5d9tb', name: 'backup', ip: '101.126.33.90', zone: '华南1（广州）', expires: '2026-01-15' },
];

function VolcengineBasicPerson() {
  const { s, set, setMany } = useReplicaState('volcengine', 'basic', '个人', {
    region: [], natureChoice: '', natureOther: '', certType: '', ownerName: '', certNumber: '', domain: '', realNameClicks: 0, resourceKind: '云服务器', instance: '', authCode: '',
    agreed: false, cancelClicks: 0, nextClicks: 0,
  }, ({ natureChoice, natureOther, ...rest }) => ({ ...rest, natureChoice, nature: natureChoice === '其他' ? natureOther : natureChoice }));
  const e = useErrs();
  const [regions] = useState(regionOptions);
  const [codes, setCodes] = useState<string[]>([]);
  const [realName, setRealName] = useState('');
  const nature = s.natureChoice === '其他' ? str(s.natureOther) : str(s.natureChoice);
  const certs = nature ? ICP_CERTS_BY_NATURE[nature] ?? ['统一社会信用代码证书', '组织机构代码证'] : [];
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案</span><span style={{ marginLeft: 'auto' }}>账号 2100418833</span></div>
      <nav className="tc-side vc-side" aria-label="备案"><div className="grp">备案管理</div><a href="#">备案概览</a><a href="#" className="on">新增备案</a><a href="#">备案订单</a><a href="#">我的备案</a></nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案</h2>
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps type="navigation" current={1} size="small">
            {['备案信息核验', '主办者信息', '网站信息', '备案资料', '提交备案'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </Card>
        <Card bordered={false} title="备案信息核验">
          <Alert type="info" style={{ marginBottom: 16 }} content="一个火山引擎账号只能为一个主办者办理备案。请填写主办者证件信息与备案域名，系统将核验域名实名信息是否与主办者一致。" />
          <Form layout="vertical" style={{ maxWidth: 720 }}>
            <FormItem label="主办者所在地区" required extra="以证件住址所在地为准，可输入区县名称搜索">
              <Cascader className="region" showSearch allowClear placeholder="请选择省 / 市 / 区县" options={regions} value={codes.length ? codes : undefined}
                onChange={(v, selected) => { setCodes((v as string[]) ?? []); set('region', ((selected ?? []) as unknown as { label: string }[]).map((o) => o.label)); }} />
            </FormItem>
            <FormItem label="主办者性质" required>
              <Radio.Group className="nature" type="button" value={str(s.natureChoice) || undefined}
                onChange={(v: string) => setMany({ natureChoice: v, natureOther: '', certType: '' })}>
                {[...MAIN_NATURES, '其他'].map((n) => <Radio key={n} value={n}>{n}</Radio>)}
              </Radio.Group>
            </FormItem>
            {s.natureChoice === '其他' && (
              <FormItem label="其他性质" required>
                <Select className="nature-other" showSearch placeholder="请选择" value={str(s.natureOther) || undefined} options={OTHER_NATURES} onChange={(v: string) => setMany({ natureOther: v, certType: '' })} />
              </FormItem>
            )}
            <Grid.Row gutter={16}>
              <Grid.Col span={12}>
                <FormItem label="主办者证件类型" required extra={nature ? undefined : '请先选择主办者性质'}>
                  <Select className="cert-type" disabled={!nature} placeholder="请选择" value={str(s.certType) || undefined} options={certs} onChange={(v: string) => set('certType', v)} />
                </FormItem>
              </Grid.Col>
              <Grid.Col span={12}>
                <FormItem label="主办者名称" required extra="个人填写证件上的姓名，单位填写证件上的全称">
                  <Input className="owner-name" value={str(s.ownerName)} placeholder="请输入" onChange={(v) => set('ownerName', v)} />
                </FormItem>
              </Grid.Col>
            </Grid.Row>
            <FormItem label="主办者证件号码" required {...e.status('certNumber')}>
              <Input className="cert-number" value={str(s.certNumber)} maxLength={18} placeholder="请输入证件号码" onChange={(v) => { set('certNumber', v.toUpperCase()); e.clear('certNumber'); }}
                onBlur={(ev) => {
                  const v = ev.target.value.trim().toUpperCase();
                  if (!v) return;
                  if (s.certType === '居民身份证') e.set('certNumber', validId(v) ? '' : '身份证号码不正确');
                  else if (/营业执照|统一社会信用代码/.test(str(s.certType))) e.set('certNumber', validUscc(v) ? '' : '统一社会信用代码不正确');
                }} />
            </FormItem>
            <FormItem label="备案域名" required {...e.status('domain')} extra={realName ? undefined : '填写一个已实名认证的域名，不带 www.'}>
              <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                <Input className="domain" value={str(s.domain)} placeholder="example.com" onChange={(v) => { set('domain', v); e.clear('domain'); setRealName(''); }}
                  onBlur={(ev) => { const v = ev.target.value.trim(); if (v) e.set('domain', DOMAIN_RE.test(v) ? '' : '域名格式不正确'); }} />
                <Button className="real-name" onClick={() => {
                  set('realNameClicks', Number(s.realNameClicks) + 1);
                  setRealName(DOMAIN_RE.test(str(s.domain).trim()) ? '域名已实名认证，实名信息将在提交后与主办者信息核对' : '请先填写正确的域名');
                }}>实名校验</Button>
              </div>
              {realName && <div className="help real-name-result">{realName}</div>}
            </FormItem>
            <FormItem label="备案资源" required>
              <Radio.Group className="resource-kind" value={str(s.resourceKind)} onChange={(v: string) => setMany({ resourceKind: v, instance: '', authCode: '' })}>
                <Radio value="云服务器">云服务器</Radio><Radio value="备案授权码">备案授权码</Radio>
              </Radio.Group>
            </FormItem>
            {s.resourceKind === '备案授权码' ? (
              <FormItem label="备案授权码" required><Input className="auth-code" value={str(s.authCode)} placeholder="请输入" onChange={(v) => set('authCode', v)} /></FormItem>
            ) : (
              <FormItem label="云服务器实例" required extra="选择网站所在的云服务器（包年包月，剩余时长不少于 3 个月）">
                <Table className="instances" rowKey="id" size="small" pagination={false} data={INSTANCES}
                  rowSelection={{ type: 'radio', selectedRowKeys: s.instance ? [str(s.instance)] : [], onChange: (keys) => set('instance', String(keys[0] ?? '')) }}
                  columns={[
                    { title: '实例 ID', dataIndex: 'id' }, { title: '实例名称', dataIndex: 'name' }, { title: '公网 IP', dataIndex: 'ip' },
                    { title: '地域', dataIndex: 'zone' }, { title: '到期时间', dataIndex: 'expires' },
                  ]} />
              </FormItem>
            )}
          </Form>
          <Checkbox className="agree" checked={s.agreed === true} onChange={(c: boolean) => set('agreed', c)}>我已阅读并同意《火山引擎备案服务协议》</Checkbox>
          <div className="tc-actions">
            <Button onClick={clicks(s, set, 'cancelClicks')}>取消</Button>
            <Button type="primary" onClick={() => { set('nextClicks', Number(s.nextClicks) + 1); if (s.agreed !== true) Message.warning('请阅读并同意备案服务协议'); }}>下一步</Button>
          </div>
        </Card>
      </div></div>
    </>
  );
}

/* ------------------------------------------------------------------ mount */

const PAGES: Record<string, () => ReactNode> = {
  'heldout12-aliyun-site-unit-arco-domainrows': () => <AliyunSiteUnit />,
  'heldout12-volcengine-basic-person-arco-instancetable': () => <VolcengineBasicPerson />,
};
const render = PAGES[build()];
if (render) createRoot(document.getElementById('app')!).render(render());
