/**
 * Gen-15 held-out builds on React 18 (npm aliases react-18 / react-dom-18: Arco's Trigger falls back to findDOMNode) +
 * Arco Design (@arco-design/web-react 2.66) (written from FORMS.md and docs/profile.example.json alone, never tuned
 * against):
 *  - heldout15-aliyun-subject-person-arco-autocomplete 填写主办者信息 (个人): step-1 facts in a bordered read-only
 *    Descriptions block, ONE card in a TWO-COLUMN grid with labels on top and left-aligned Dividers as section heads;
 *    证件住所 one TEXTAREA holding the whole address as printed on the ID card (province, city, district and street), the
 *    通讯地址 a whole-tree searchable Cascader + a detail input + a 该地址无门牌号 tick, the principal's validity as a start
 *    DatePicker + an end DatePicker whose panel FOOTER has a 长期有效 button (the end then shows a closable 长期 tag), the
 *    电子邮箱 an AUTOCOMPLETE offering common mail domains after the @
 *  - heldout15-volcengine-site-unit-arco-treeselect    填写网站信息 (单位, 火山引擎): the domains an INPUT TAG (validated
 *    on Enter / blur), the home URL behind a fixed http:// addon, 网站服务内容 a checkable TREE SELECT grouped by
 *    category (parents are not values), the languages a multiple select, 前置审批 button-style radios (涉及 reveals the
 *    items), the site principal behind a 与主体负责人相同 SWITCH (on: 李娜's data, read-only), the validity a range picker
 *    swapped for one date by 长期有效, an agreement tick; 上一步 / 保存草稿 / 下一步
 */
import {
  Alert, AutoComplete, Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Descriptions, Divider, Form, Grid, Input, InputTag, Radio, Select, Steps, Switch, Tag, TreeSelect,
} from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, validId,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;
const { Row, Col } = Grid;
const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    item: (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {}),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; addBefore?: string; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} addBefore={p.addBefore}
      onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

/* ------------------------------------------------------------------ Alibaba 填写主办者信息 (个人) */

const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'aliyun.com', 'sina.com', 'outlook.com', 'gmail.com', 'example.com'];
const STEP1 = { nature: '个人', certType: '居民身份证', certNumber: '330106199003071236', region: '浙江省 / 杭州市 / 西湖区' };

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    name: '', investor: '', certAddress: '', mailRegionCodes: [], mailDetail: '', noDoorNumber: false,
    prName: '', prCertType: '', prCertNumber: '', validFrom: '', validTo: '', longTerm: false,
    mobile: '', emergency: '', office: '', email: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ mailRegionCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(arr<string>(mailRegionCodes).at(-1)) }));
  const e = useErrs();
  const [regions] = useState(regionOptions);
  const [endOpen, setEndOpen] = useState(false);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const email = str(s.email);
  const at = email.indexOf('@');
  const mailData = at > 0 ? MAIL_DOMAINS.filter((d) => d.startsWith(email.slice(at + 1)) && d !== email.slice(at + 1)).map((d) => `${email.slice(0, at)}@${d}`) : [];
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body" style={{ maxWidth: 1040 }}>
        <h2 className="page-title">首次备案 · 填写主办者信息</h2>
        <div className="panel-w" style={{ paddingBottom: 16 }}>
          <Steps current={2} size="small">
            {['验证备案类型', '填写主办者信息', '填写网站信息', '上传资料', '提交管局'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </div>
        <Descriptions className="step1-facts" border column={2} size="small" style={{ background: '#fff', marginBottom: 16 }} data={[
          { label: '主办者性质', value: STEP1.nature }, { label: '主办者证件类型', value: STEP1.certType },
          { label: '主办者证件号码', value: STEP1.certNumber }, { label: '主办者所属区域', value: STEP1.region },
        ]} />
        <Alert type="info" style={{ marginBottom: 16 }} content="个人备案的主体负责人即主办者本人；证件住所须与身份证上的住址完全一致，通讯地址须详细到门牌号。" />
        <Card bordered={false}>
          <Form layout="vertical">
            <Divider orientation="left">主办者信息</Divider>
            <Row gutter={32}>
              <Col span={12}>
                <FormItem label="主办人名称" required {...e.item('name')}>
                  {text('name', 'name', { max: 15, placeholder: '与身份证姓名一致', blur: (v) => (/^[\u4e00-\u9fff·]{2,15}$/.test(v) ? '' : '请填写身份证上的中文姓名') })}
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="投资人或主管单位" required extra="个人备案填写本人姓名">{text('investor', 'investor', { max: 15 })}</FormItem>
              </Col>
              <Col span={24}>
                <FormItem label="证件住所" required extra="按身份证上的住址完整填写（含省、市、区县）">
                  <Input.TextArea className="cert-address" value={str(s.certAddress)} autoSize={{ minRows: 2, maxRows: 3 }} maxLength={128} placeholder="如：XX省XX市XX区XX路XX号"
                    onChange={(v) => set('certAddress', v)} />
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="通讯地址" required>
                  <Cascader className="mail-region" options={regions} showSearch allowClear placeholder="请选择省 / 市 / 区县" value={arr<string>(s.mailRegionCodes).length ? arr<string>(s.mailRegionCodes) : undefined}
                    onChange={(v) => set('mailRegionCodes', arr<string>(v).map(String))} />
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="通讯地址 · 详细地址" required extra="须详细到门牌号">
                  <div>
                    {text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号' })}
                    <Checkbox className="no-door" style={{ marginTop: 6 }} checked={s.noDoorNumber === true} onChange={(c) => set('noDoorNumber', c)}>该地址无门牌号（备注中说明“此地址已是详细地址”）</Checkbox>
                  </div>
                </FormItem>
              </Col>
            </Row>
            <Divider orientation="left">主体负责人信息（本人）</Divider>
            <Row gutter={32}>
              <Col span={12}>
                <FormItem label="负责人姓名" required {...e.item('prName')}>
                  {text('prName', 'pr-name', { max: 15, blur: (v) => (!s.name || v === s.name ? '' : '个人备案的负责人须为主办者本人') })}
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="负责人证件类型" required>
                  <Select className="pr-cert-type" placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('prCertType', String(v ?? ''))} />
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="负责人证件号码" required {...e.item('prCertNumber')}>
                  {text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证' ? '' : !validId(v) ? '身份证号码校验未通过' : v !== STEP1.certNumber ? '须与主办者证件号码一致' : '') })}
                </FormItem>
              </Col>
              <Col span={12} />
              <Col span={12}>
                <FormItem label="证件有效期开始日期" required>
                  <DatePicker className="valid-from" style={{ width: '100%' }} value={str(s.validFrom) || undefined} onChange={(d) => set('validFrom', d ?? '')} />
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="证件有效期结束日期" required>
                  {s.longTerm === true ? (
                    <Tag className="long-term-tag" closable color="arcoblue" onClose={() => setMany({ longTerm: false, validTo: '' })}>长期</Tag>
                  ) : (
                    <DatePicker className="valid-to" style={{ width: '100%' }} value={str(s.validTo) || undefined} popupVisible={endOpen} onVisibleChange={(v) => setEndOpen(!!v)}
                      onChange={(d) => set('validTo', d ?? '')}
                      extra={<Button className="long-term-btn" size="mini" type="text" onClick={() => { setMany({ longTerm: true, validTo: '' }); setEndOpen(false); }}>长期有效</Button>} />
                  )}
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="手机号码" required {...e.item('mobile')}>{text('mobile', 'mobile', { max: 11, blur: mobileRule })}</FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="应急联系电话" required {...e.item('emergency')}>
                  {text('emergency', 'emergency', { max: 11, placeholder: '另一个手机号码', blur: (v) => mobileRule(v) || (v === s.mobile ? '不能与手机号码相同' : '') })}
                </FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="办公室电话（选填）" {...e.item('office')}>{text('office', 'office', { placeholder: '区号-号码', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</FormItem>
              </Col>
              <Col span={12}>
                <FormItem label="电子邮箱" required {...e.item('email')}>
                  <AutoComplete className="email" value={email} data={mailData} placeholder="如 name@example.com"
                    onChange={(v) => { set('email', v ?? ''); e.clear('email'); }}
                    onBlur={() => { const t = str(s.email).trim(); if (t) e.set('email', EMAIL_RE.test(t) ? '' : '邮箱格式不正确'); }} />
                </FormItem>
              </Col>
              <Col span={24}>
                <FormItem label="备注">
                  <Input.TextArea className="remark" value={str(s.remark)} maxLength={200} showWordLimit placeholder="管局要求说明的事项（选填）" onChange={(v) => set('remark', v)} />
                </FormItem>
              </Col>
            </Row>
          </Form>
        </Card>
        <div className="al-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ Volcengine 填写网站信息 (单位) */

const CONTENT_TREE = [
  { key: 'g-common', title: '常用', children: ['单位门户网站', '综合门户', '博客/个人空间', '其他'] },
  { key: 'g-info', title: '信息服务', children: ['即时通信', '搜索引擎', '网上邮局', '网络新闻', '网络广告/信息', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', 'APP'] },
  { key: 'g-media', title: '文化娱乐', children: ['网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载'] },
  { key: 'g-trade', title: '商务与金融（部分须前置审批）', children: ['网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付'] },
].map((g) => ({ key: g.key, title: g.title, children: g.children.map((c) => ({ key: c, title: c })) }));
// every MIIT item is in the tree once
if (CONTENT_TREE.flatMap((g) => g.children).length !== ICP_CONTENT.length) throw new Error('content tree incomplete');

const LN = HELD_PRINCIPAL.单位;

function VolcSiteUnit() {
  const { s, set, setMany } = useReplicaState('volcengine', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', contents: [], languages: [], preApproval: '', preItems: [],
    wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpLongTerm: false, wpValidFromLong: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '',
    remark: '', agreed: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ wpValidity, wpValidFromLong, ...r }) => ({
    ...r,
    wpValidity: r.wpLongTerm ? (wpValidFromLong ? [str(wpValidFromLong), ''] : []) : arr(wpValidity).some(Boolean) ? arr(wpValidity) : [],
  }));
  const e = useErrs();
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; addBefore?: string; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const same = s.wpSame === true;
  const copy = (on: boolean) => setMany(on
    ? { wpSame: true, wpName: LN.name, wpCertType: LN.certType, wpCertNumber: LN.certNumber, wpLongTerm: LN.longTerm, wpValidity: [], wpValidFromLong: LN.validFrom, wpMobile: LN.mobile, wpEmail: LN.email, wpEmergency: '', wpOffice: '' }
    : { wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpLongTerm: false, wpValidity: [], wpValidFromLong: '', wpMobile: '', wpEmail: '', wpEmergency: '', wpOffice: '' });
  const wv = arr<string>(s.wpValidity);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司 · 主账号</span></div>
      <nav className="vc-side" aria-label="备案管理"><div className="grp">ICP备案</div><a>备案概览</a><a className="on">我的备案</a><a>备案订单</a><div className="grp">其他</div><a>资料下载</a><a>公安备案指引</a></nav>
      <div className="vc-main"><div className="tc-body" style={{ maxWidth: 1000 }}>
        <h2 className="page-title">首次备案</h2>
        <div className="panel-w" style={{ paddingBottom: 16 }}>
          <Steps type="navigation" current={2} size="small">
            {['填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((t) => <Steps.Step key={t} title={t} />)}
          </Steps>
        </div>
        <Alert type="warning" style={{ marginBottom: 16 }} content="网站名称须不少于 3 个汉字，且与主办单位相关；备案期间网站不得开通访问。" />
        <Card className="vc-card" title="网站 1 · 基本信息" bordered={false} style={{ marginBottom: 16 }}>
          <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
            <FormItem label="网站名称" required {...e.item('siteName')}>
              <Input className="site-name" value={str(s.siteName)} maxLength={30} showWordLimit placeholder="如：XX公司官网"
                onChange={(v) => { set('siteName', v); e.clear('siteName'); }}
                onBlur={(ev) => { const v = (ev.target as HTMLInputElement).value.trim(); if (v) e.set('siteName', (v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称不少于 3 个汉字' : /^[\d\sa-z.]+$/i.test(v) ? '网站名称不能为纯数字或纯英文' : ''); }} />
            </FormItem>
            <FormItem label="网站域名" required {...e.item('domains')} extra={e.item('domains').help ? undefined : '输入域名后回车，可添加多个；不带 www.'}>
              <InputTag className="domains" value={arr<string>(s.domains)} saveOnBlur allowClear placeholder="如 example.com"
                validate={(v) => { const d = v.trim().toLowerCase(); if (!d) return false; const ok = DOMAIN_RE.test(d); e.set('domains', ok ? '' : `${d}：请填写不带 www. 的一级域名`); return ok ? d : false; }}
                onChange={(v) => set('domains', arr<string>(v).map((x) => String(x)))} />
            </FormItem>
            <FormItem label="首页URL" required {...e.item('homeUrl')}>
              {text('homeUrl', 'home-url', { addBefore: 'http://', placeholder: '如 www.example.com', blur: (v) => (/^https?:\/\//i.test(v) ? '无需填写 http://' : arr<string>(s.domains).some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于已填写的网站域名') })}
            </FormItem>
            <FormItem label="网站服务内容" required>
              <TreeSelect className="contents" treeData={CONTENT_TREE} treeCheckable treeCheckedStrategy={TreeSelect.SHOW_CHILD} multiple allowClear placeholder="请选择（可多选）"
                value={arr<string>(s.contents)} onChange={(v) => set('contents', arr<string | { value: string }>(v).map((x) => (typeof x === 'string' ? x : x.value)).filter((x) => !x.startsWith('g-')))} />
            </FormItem>
            <FormItem label="网站语言" required>
              <Select className="languages" mode="multiple" placeholder="请选择（可多选）" value={arr<string>(s.languages)} options={opts(ICP_LANGUAGES)} allowClear
                onChange={(v) => set('languages', arr<string>(v))} />
            </FormItem>
            <FormItem label="前置审批" required>
              <Radio.Group className="pre-approval" type="button" value={str(s.preApproval) || undefined} onChange={(v) => setMany({ preApproval: String(v), preItems: [] })}>
                <Radio value="不涉及">不涉及</Radio><Radio value="涉及">涉及</Radio>
              </Radio.Group>
            </FormItem>
            {s.preApproval === '涉及' && (
              <FormItem label="前置审批项" required>
                <Checkbox.Group className="pre-items" value={arr<string>(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', arr<string>(v))} />
              </FormItem>
            )}
            <FormItem label="备案实例"><span className="ro">云服务器 ECS · yunqi-web（公网 IP 47.96.56.78，华东2 上海）<span className="help">（在“填写主办者信息”前选择）</span></span></FormItem>
          </Form>
        </Card>
        <Card className="vc-card" title="网站负责人" bordered={false} style={{ marginBottom: 16 }}
          extra={<span className="row-inline"><Switch className="wp-same" size="small" checked={same} onChange={copy} /><span>与主体负责人（李娜）相同</span></span>}>
          <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
            <FormItem label="负责人姓名" required>{text('wpName', 'wp-name', { disabled: same, max: 15 })}</FormItem>
            <FormItem label="证件类型" required>
              <Select className="wp-cert-type" placeholder="请选择" disabled={same} value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} onChange={(v) => set('wpCertType', String(v ?? ''))} />
            </FormItem>
            <FormItem label="证件号码" required {...e.item('wpCertNumber')}>
              {text('wpCertNumber', 'wp-cert-number', { disabled: same, max: 18, blur: (v) => ((s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过') })}
            </FormItem>
            <FormItem label="证件有效期" required>
              <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                {s.wpLongTerm === true ? (
                  <DatePicker className="wp-valid-from" placeholder="起始日期" disabled={same} value={str(s.wpValidFromLong) || undefined} onChange={(d) => set('wpValidFromLong', d ?? '')} />
                ) : (
                  <DatePicker.RangePicker className="wp-validity" disabled={same} placeholder={['起始日期', '截止日期']} value={wv.some(Boolean) ? wv : undefined}
                    onChange={(d) => set('wpValidity', Array.isArray(d) ? d.map((x) => String(x ?? '')) : [])} />
                )}
                <Checkbox className="wp-long-term" disabled={same} checked={s.wpLongTerm === true} onChange={(c) => setMany({ wpLongTerm: c, wpValidity: [], wpValidFromLong: '' })}>长期有效</Checkbox>
              </div>
            </FormItem>
            <FormItem label="手机号码" required {...e.item('wpMobile')}>
              {text('wpMobile', 'wp-mobile', { disabled: same, max: 11, blur: (v) => mobileRule(v) || (!same && v === LN.mobile ? '网站负责人与主体负责人不同时，手机号码不能相同' : '') })}
            </FormItem>
            <FormItem label="应急联系电话" required {...e.item('wpEmergency')}>
              {text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '另一个手机号码', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '不能与手机号码相同' : '') })}
            </FormItem>
            <FormItem label="办公电话" {...e.item('wpOffice')}>{text('wpOffice', 'wp-office', { placeholder: '区号-号码（选填）', blur: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码') })}</FormItem>
            <FormItem label="电子邮箱" required {...e.item('wpEmail')}>
              {text('wpEmail', 'wp-email', { disabled: same, blur: (v) => (!EMAIL_RE.test(v) ? '邮箱格式不正确' : !same && v === LN.email ? '网站负责人与主体负责人不同时，邮箱不能相同' : '') })}
            </FormItem>
          </Form>
        </Card>
        <Card className="vc-card" bordered={false}>
          <Form labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} labelAlign="right">
            <FormItem label="网站备注">
              <Input.TextArea className="remark" value={str(s.remark)} maxLength={200} showWordLimit placeholder="选填" onChange={(v) => set('remark', v)} />
            </FormItem>
          </Form>
        </Card>
        <div style={{ marginTop: 16 }}>
          <Checkbox className="agreed" checked={s.agreed === true} onChange={(c) => set('agreed', c)}>我已阅读并同意《火山引擎网站备案服务协议》</Checkbox>
        </div>
        <div className="tc-actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout15-aliyun-subject-person-arco-autocomplete': AliyunSubjectPerson,
  'heldout15-volcengine-site-unit-arco-treeselect': VolcSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
