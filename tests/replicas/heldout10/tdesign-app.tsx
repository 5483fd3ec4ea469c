/**
 * Gen-10 held-out build on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md alone, never tuned against):
 *  - heldout10-aliyun-site-unit-tdesign-domaintable  填写网站信息 (单位): domains in an editable table with a 主域名 radio
 *    per row, a protocol-select prefix on the home URL, a grouped single select for the content type, 全选 languages,
 *    前置审批 as a select, the site principal titled 互联网信息服务负责人 with 同一人 radios, only an end date for the
 *    ID validity, the office phone split into +86 | 区号 | 号码 | 分机, a sticky action bar
 */
import {
  Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputAdornment, Radio, Select, Steps, Table, Textarea,
} from 'tdesign-react';
import type { PrimaryTableCol } from 'tdesign-react';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

/**
 * A form item whose control is wrapped: TDesign's FormItem clones a direct child component with the value of
 * its own form store (`name`-less items hold none), so the page's state drives the wrapped control instead.
 */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}

/** §1.9 grouped the way a console would show a long list. */
const CONTENT_GROUPS: [string, string[]][] = [
  ['综合与门户', ['单位门户网站', '综合门户', '搜索引擎', '网站建设', '其他']],
  ['社区与通信', ['即时通信', '网上邮局', '博客/个人空间', '网上交友/婚介']],
  ['资讯与娱乐', ['网络新闻', '网络广告/信息', '网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载', '网络教育']],
  ['生活服务', ['网络购物', '网上求职', '网上房产', 'WAP', 'APP']],
  ['金融', ['网上支付', '网上银行', '网上炒股/股票基金', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付']],
];
if (CONTENT_GROUPS.flatMap(([, l]) => l).length !== ICP_CONTENT.length) throw new Error('content groups do not cover the MIIT list');

interface DomainRow { key: number; domain: string; main: boolean }

function AliyunSite() {
  const { s, set, setMany } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domainRows: [{ key: 1, domain: '', main: true }], homeScheme: 'http://', homeUrl: '', contentType: '', languages: [], preApproval: '',
    preItems: [], preNumber: '', remark: '', wpSame: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidTo: '', wpLongTerm: false, wpMobile: '',
    wpEmergency: '', wpTelArea: '', wpTelNumber: '', wpTelExt: '', wpEmail: '', prevClicks: 0, draftClicks: 0, nextClicks: 0,
  }, ({ domainRows, ...rest }) => {
    const rows = arr<DomainRow>(domainRows);
    return {
      ...rest,
      domains: rows.map((r) => r.domain.trim()).filter(Boolean),
      mainDomain: rows.find((r) => r.main)?.domain.trim() ?? '',
    };
  });
  const [errs, setErrs] = useState<Record<string, string>>({});
  const check = (k: string, bad: string) => setErrs((e) => ({ ...e, [k]: bad }));
  const status = (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {});
  const rows = arr<DomainRow>(s.domainRows);
  const setRows = (next: DomainRow[]) => set('domainRows', next);
  const locked = s.wpSame === '是';
  const P = HELD_PRINCIPAL.单位;
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; maxlength?: number; disabled?: boolean; cls?: string } = {}) => (
    <Input className={o.cls} value={str(s[k])} placeholder={placeholder} maxlength={o.maxlength} disabled={o.disabled}
      onChange={(v) => { set(k, v); if (errs[k]) check(k, ''); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && o.blur) check(k, o.blur(t)); }} />
  );
  const columns: PrimaryTableCol<DomainRow>[] = [
    { colKey: 'index', title: '序号', width: 64, cell: ({ rowIndex }) => rowIndex + 1 },
    {
      colKey: 'domain', title: '域名',
      cell: ({ row, rowIndex }) => (
        <Input className="domain-input" value={row.domain} placeholder="example.com"
          onChange={(v) => { setRows(rows.map((r, i) => (i === rowIndex ? { ...r, domain: String(v) } : r))); if (errs.domains) check('domains', ''); }}
          onBlur={(v) => { const t = String(v ?? '').trim(); if (t) check('domains', DOMAIN_RE.test(t) ? '' : `${t}：请填写不带 www. 和 http:// 的域名`); }} />
      ),
    },
    {
      colKey: 'main', title: '主域名', width: 90,
      cell: ({ row, rowIndex }) => <Radio className="main-radio" checked={row.main} onChange={() => setRows(rows.map((r, i) => ({ ...r, main: i === rowIndex })))} />,
    },
    {
      colKey: 'op', title: '操作', width: 80,
      cell: ({ rowIndex }) => (rows.length > 1
        ? <Button variant="text" theme="primary" onClick={() => { const next = rows.filter((_r, i) => i !== rowIndex); if (!next.some((r) => r.main)) next[0] = { ...next[0]!, main: true }; setRows(next); }}>删除</Button>
        : <span className="help">—</span>),
    },
  ];
  const schemeSelect = (
    <Select className="home-scheme" value={str(s.homeScheme)} style={{ width: 96 }} options={['http://', 'https://'].map((v) => ({ label: v, value: v }))}
      onChange={(v) => set('homeScheme', v)} />
  );
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
      <nav className="al-side" aria-label="备案导航"><a href="#">备案概览</a><a href="#" className="on">新增备案</a><a href="#">我的备案</a><a href="#">主体信息管理</a></nav>
      <div className="al-main">
        <div className="al-body">
          <Card bordered={false} style={{ marginBottom: 16 }}>
            <Steps current={2} options={['填写基本信息', '填写主体信息', '填写网站信息', '上传资料', '提交初审'].map((title) => ({ title }))} />
          </Card>
          <Alert theme="warning" message="网站名称须与网站内容相符，单位网站建议使用单位全称或品牌名称；名称中的敏感词同样不得出现在备注中。" style={{ marginBottom: 16 }} />
          <Form labelAlign="left" labelWidth={196} colon={false}>
            <Card title="网站基本信息" bordered={false} style={{ marginBottom: 16 }}>
              <FormItem label="网站名称" requiredMark>{text('siteName', '请输入网站名称', { cls: 'site-name' })}</FormItem>
              <FormItem label="网站域名" requiredMark {...status('domains')} help="可添加多个域名，单选“主域名”；首个域名默认作为主域名">
                <div>
                  <Table className="domain-table" rowKey="key" size="small" bordered data={rows} columns={columns} />
                  <Button variant="dashed" style={{ marginTop: 8 }} onClick={() => setRows([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, domain: '', main: false }])}>+ 添加域名</Button>
                </div>
              </FormItem>
              <FormItem label="网站首页地址" requiredMark help="一般为 www. 加主域名，不含协议">
                <InputAdornment prepend={schemeSelect}>
                  <Input className="home-url" value={str(s.homeUrl)} placeholder="www.example.com" onChange={(v) => set('homeUrl', v)} />
                </InputAdornment>
              </FormItem>
              <FormItem label="网站内容类型" requiredMark help="单位官网一般选择“单位门户网站”">
                <Select className="content-type" filterable value={str(s.contentType) || undefined} placeholder="请选择" onChange={(v) => set('contentType', String(v))}>
                  {CONTENT_GROUPS.map(([g, l]) => (
                    <Select.OptionGroup key={g} label={g} divider>{l.map((x) => <Select.Option key={x} value={x} label={x} />)}</Select.OptionGroup>
                  ))}
                </Select>
              </FormItem>
              <FormItem label="语言类型" requiredMark>
                <Checkbox.Group className="languages" value={arr(s.languages)} options={[{ label: '全选', checkAll: true }, ...ICP_LANGUAGES.map((v) => ({ label: v, value: v }))]}
                  onChange={(v) => set('languages', (v as string[]).filter((x) => ICP_LANGUAGES.includes(x)))} />
              </FormItem>
              <FormItem label="是否涉及前置或专项审批" requiredMark>
                <Select className="pre-approval" value={str(s.preApproval) || undefined} placeholder="请选择" style={{ width: 200 }}
                  options={['不涉及', '涉及'].map((v) => ({ label: v, value: v }))}
                  onChange={(v) => setMany(v === '不涉及' ? { preApproval: '不涉及', preItems: [], preNumber: '' } : { preApproval: String(v) })} />
              </FormItem>
              {s.preApproval === '涉及' && (
                <>
                  <FormItem label="前置审批项" requiredMark>
                    <Checkbox.Group value={arr(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v as string[])} />
                  </FormItem>
                  <FormItem label="审批文号" requiredMark>{text('preNumber', '请输入审批文件上的文号')}</FormItem>
                </>
              )}
              <FormItem label="网站备注（选填）">
                <Textarea value={str(s.remark)} maxlength={200} autosize={{ minRows: 2 }} placeholder="选填；请勿填写与网站无关的内容" onChange={(v) => set('remark', v)} />
              </FormItem>
            </Card>

            <Card title="互联网信息服务负责人" subtitle="即网站负责人" bordered={false} style={{ marginBottom: 16 }}>
              <FormItem label="是否与主体负责人为同一人" requiredMark>
                <Radio.Group className="wp-same" value={str(s.wpSame) || undefined} onChange={(v) => setMany(v === '是' ? {
                  wpSame: '是', wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidTo: P.validTo, wpLongTerm: P.longTerm, wpMobile: P.mobile, wpEmail: P.email,
                } : { wpSame: String(v) })}>
                  <Radio value="是">是</Radio>
                  <Radio value="否">否</Radio>
                </Radio.Group>
              </FormItem>
              <FormItem label="负责人姓名" requiredMark>{text('wpName', '请输入', { disabled: locked })}</FormItem>
              <FormItem label="证件类型" requiredMark>
                <Select className="wp-cert-type" disabled={locked} value={str(s.wpCertType) || undefined} placeholder="请选择" options={ICP_PERSON_CERTS.map((v) => ({ label: v, value: v }))}
                  onChange={(v) => set('wpCertType', String(v))} />
              </FormItem>
              <FormItem label="证件号码" requiredMark {...status('wpCertNumber')}>
                {text('wpCertNumber', '请输入', { maxlength: 18, disabled: locked, blur: (v) => (s.wpCertType !== '居民身份证' || validId(v) ? '' : '身份证号码不正确') })}
              </FormItem>
              <FormItem label="证件有效期至" requiredMark help="证件剩余有效期须大于 3 个月">
                <div className="row-inline">
                  <DatePicker className="valid-to" allowInput disabled={locked || s.wpLongTerm === true} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
                    value={str(s.wpValidTo)} placeholder="截止日期" onChange={(v) => set('wpValidTo', String(v ?? ''))} />
                  <Checkbox className="long-term" checked={s.wpLongTerm === true} disabled={locked}
                    onChange={(c) => setMany(c ? { wpLongTerm: true, wpValidTo: '' } : { wpLongTerm: false })}>长期有效</Checkbox>
                </div>
              </FormItem>
              <FormItem label="手机号码" requiredMark {...status('wpMobile')}>
                {text('wpMobile', '请输入', { maxlength: 11, disabled: locked, blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}
              </FormItem>
              <FormItem label="应急联系电话" requiredMark {...status('wpEmergency')} help="须为另一个手机号码">
                {text('wpEmergency', '请输入', { maxlength: 11, blur: (v) => (!MOBILE_RE.test(v) ? '手机号码格式不正确' : v === s.wpMobile ? '不能与手机号码相同' : '') })}
              </FormItem>
              <FormItem label="办公室电话" requiredMark {...status('wpTel')} help="格式：区号 + 号码，如 0571 88888888；分机号选填">
                <div className="tel-split">
                  <span className="help" style={{ fontSize: 14 }}>+86</span>
                  <Input className="tel-area" style={{ width: 90 }} value={str(s.wpTelArea)} placeholder="区号" maxlength={4}
                    onChange={(v) => { set('wpTelArea', v); if (errs.wpTel) check('wpTel', ''); }}
                    onBlur={(v) => { const t = String(v ?? '').trim(); if (t) check('wpTel', /^0\d{2,3}$/.test(t) ? '' : '区号为以 0 开头的 3–4 位数字'); }} />
                  <span>-</span>
                  <Input className="tel-number" style={{ width: 160 }} value={str(s.wpTelNumber)} placeholder="号码" maxlength={8} onChange={(v) => set('wpTelNumber', v)} />
                  <span>-</span>
                  <Input className="tel-ext" style={{ width: 90 }} value={str(s.wpTelExt)} placeholder="分机" maxlength={6} onChange={(v) => set('wpTelExt', v)} />
                </div>
              </FormItem>
              <FormItem label="电子邮箱" requiredMark {...status('wpEmail')}>
                {text('wpEmail', '请输入', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}
              </FormItem>
            </Card>
          </Form>
        </div>
        <div className="sticky-bar">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步：上传资料</Button>
        </div>
      </div>
    </>
  );
}

if (build() === 'heldout10-aliyun-site-unit-tdesign-domaintable') createRoot(document.getElementById('app')!).render(<AliyunSite />);
