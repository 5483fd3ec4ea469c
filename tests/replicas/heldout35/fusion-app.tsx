/**
 * Gen-35 held-out builds on React 18 (npm aliases react-18 / react-dom-18) + Fusion Next 1.27, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout35-aliyun-subject-unit-fusion-contactpicker  填写主办者信息 (单位, 阿里云) as a CONTACT PICKER: two Fusion Cards,
 *    labels left; the principal card opens with a 从常用联系人带入 Select (the account's saved contacts, copied on pick and
 *    still editable); a textarea, a whole-tree CascaderSelect, a Select.AutoComplete, a Select, a DatePicker2 + 长期 /
 *    指定日期 radios revealing the end picker, blur checks, phones that must differ; a 承诺 tick; 下一步
 *  - heldout35-mps-site-unit-fusion-legendboxes          网站基本信息 (单位, 公安) as LEGEND BOXES: bordered boxes, titles set
 *    into the top border, two to a line: a DatePicker2, a TAG-mode Select, an Upload, an IP textarea, a Select, a Switch
 *    revealing a Checkbox group, radios, a multiple Select, button radios, a whole-tree CascaderSelect, a REMOTE-search
 *    Select answered late, a Select.AutoComplete, blur checks; 暂存 / 下一步
 *  - heldout35-volcengine-site-unit-fusion-collapse      填写网站信息 (单位, 火山引擎) as a COLLAPSE of three open panels: a
 *    Fusion Table of domain rows (an Input each, 添加 / 删除) with a 主域名 radio column, a Select fed by the rows, a
 *    searchable Select, a Checkbox group, button radios, two DatePicker2, blur checks; an agreement tick; 提交备案
 */
import { Button, Card, CascaderSelect, Checkbox, Collapse, DatePicker2, Input, Radio, Select, Step, Switch, Table, Upload } from '@alifd/next';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, INTERACTIVE_KINDS, IPV4_RE, lines, MOBILE_RE, MPS_ACCESS_METHODS,
  MPS_CATEGORIES, MPS_JURISDICTIONS, MPS_LANGUAGES, MPS_PROVIDERS, pathOfCode, PHONE_RE, regionOptions, searchProviders, shortIpv6, SITE_ICP_RE, UNIT_CONTACTS,
  validId, validIpv6, YES_NO,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} style={{ width: '100%' }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled}
        state={p.e.get(p.k) ? 'error' : undefined}
        onChange={(v) => { p.set(p.k, String(v ?? '')); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const idRule = (type: unknown) => (v: string) => ((type && type !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确');
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

/** A label-left row. */
const Row = (p: { label: string; req?: boolean; help?: string; children: ReactNode }) => (
  <div className="fl-row"><label>{p.req !== false ? <i>*</i> : null}{p.label}</label><div>{p.children}{p.help ? <div className="help">{p.help}</div> : null}</div></div>
);

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (单位): contact picker */

const END_KINDS = ['长期', '指定日期'];

function AliyunSubjectUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '单位', {
    certAddress: '', mailRegionCode: '', mailDetail: '', investor: '', contact: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidEnd: '', prValidTo: '', prMobile: '', prEmergency: '', prOffice: '', prEmail: '',
    promise: false, nextClicks: 0,
  }, ({ mailRegionCode, ...r }) => ({ ...r, mailRegion: pathOfCode(str(mailRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 420 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const pickContact = (name: string) => {
    const c = UNIT_CONTACTS.find((x) => x.name === name);
    if (!c) return set('contact', '');
    setMany({
      contact: name, prName: c.name, prCertType: c.certType, prCertNumber: c.certNumber, prValidFrom: c.validFrom, prValidEnd: c.longTerm ? '长期' : '指定日期',
      prValidTo: c.validTo, prMobile: c.mobile, prEmergency: c.emergency, prOffice: c.office, prEmail: c.email,
    });
  };
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 单位</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="card-w"><Step current={1} shape="circle">{['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <Card className="c-unit" title="主办单位信息" contentHeight="auto" style={{ marginBottom: 16 }}>
          <Row label="主办单位名称" req={false}><span className="ro">杭州云栖示例科技有限公司</span></Row>
          <Row label="主办单位性质" req={false}><span className="ro">企业</span></Row>
          <Row label="主办单位证件类型" req={false}><span className="ro">营业执照（个人或企业）　91330110MA2H3K7Q18</span></Row>
          <Row label="主办单位证件住所" help="与营业执照上的住所一致">
            <Input.TextArea className="cert-address" style={{ width: 420 }} rows={2} value={str(s.certAddress)} onChange={(v) => set('certAddress', String(v ?? ''))} />
          </Row>
          <Row label="通信地址">
            <CascaderSelect className="mail-region" popupClassName="mail-region-pop" style={{ width: 420 }} showSearch placeholder="省 / 市 / 区县" dataSource={tree as never}
              value={str(s.mailRegionCode) || undefined} onChange={(v) => set('mailRegionCode', String(v ?? ''))} />
          </Row>
          <Row label="详细地址" help="须详细到门牌号">{text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}</Row>
          <Row label="投资人或主管单位" help="企业填写投资企业或上级主管单位全称">
            <Select.AutoComplete className="investor" popupClassName="investor-pop" style={{ width: 420 }} value={str(s.investor)} dataSource={['杭州云栖示例科技有限公司']}
              onChange={(v) => set('investor', String(v ?? ''))} />
          </Row>
        </Card>
        <Card className="c-principal" title="主体负责人信息" contentHeight="auto">
          <Row label="从常用联系人带入" req={false} help="选择后自动带入，仍可修改">
            <Select className="contact" popupClassName="contact-pop" style={{ width: 420 }} hasClear placeholder="选择常用联系人" value={str(s.contact) || undefined}
              dataSource={UNIT_CONTACTS.map((c) => ({ value: c.name, label: `${c.name}（${c.mobile}）` }))} onChange={(v) => pickContact(String(v ?? ''))} />
          </Row>
          <Row label="负责人姓名" help="多数管局要求为法定代表人">{text('prName', 'pr-name', { max: 30 })}</Row>
          <Row label="负责人证件类型">
            <Select className="pr-cert-type" popupClassName="pr-cert-type-pop" style={{ width: 420 }} placeholder="请选择" value={str(s.prCertType) || undefined}
              dataSource={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', String(v ?? ''))} />
          </Row>
          <Row label="负责人证件号码">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: idRule(s.prCertType) })}</Row>
          <Row label="证件有效期起">
            <DatePicker2 className="pr-valid-from" popupClassName="pr-valid-from-pop" format="YYYY-MM-DD" value={str(s.prValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('prValidFrom', String(v ?? ''))} />
          </Row>
          <Row label="证件有效期至">
            <div className="row-inline">
              <Radio.Group className="pr-valid-end" value={str(s.prValidEnd) || undefined} dataSource={END_KINDS} onChange={(v) => setMany({ prValidEnd: String(v), prValidTo: v === '长期' ? '' : s.prValidTo })} />
              {s.prValidEnd === '指定日期'
                ? <DatePicker2 className="pr-valid-to" popupClassName="pr-valid-to-pop" format="YYYY-MM-DD" value={str(s.prValidTo) || null} onChange={(_d: unknown, v: unknown) => set('prValidTo', String(v ?? ''))} />
                : null}
            </div>
          </Row>
          <Row label="手机号码">{text('prMobile', 'pr-mobile', { max: 11, blur: mobileRule })}</Row>
          <Row label="应急联系电话">{text('prEmergency', 'pr-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
          <Row label="办公室电话" req={false}>{text('prOffice', 'pr-office', { placeholder: '区号-号码', blur: phoneRule })}</Row>
          <Row label="电子邮箱">{text('prEmail', 'pr-email', { blur: emailRule })}</Row>
        </Card>
        <div style={{ marginTop: 14 }}><Checkbox className="promise" checked={s.promise === true} onChange={(v: boolean) => set('promise', v)}>本单位承诺所填信息真实有效</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg(s.promise ? '请完善带 * 的信息' : '请先勾选承诺'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (单位): legend boxes */

const Selecter = Upload.Selecter as unknown as (p: { accept: string; onSelect: (files: unknown[]) => void; children: ReactNode }) => React.JSX.Element;
const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的IP地址`);

function Provider(p: { s: S; set: Setter; k: string; cls: string }) {
  const [data, setData] = useState<string[]>([]);
  const v = str(p.s[p.k]);
  return (
    <Select className={p.cls} popupClassName={`${p.cls}-pop`} style={{ width: '100%' }} showSearch filterLocal={false} hasClear placeholder="输入关键字查询"
      dataSource={Array.from(new Set([...(v ? [v] : []), ...data]))} value={v || undefined}
      onSearch={(q: string) => { void searchProviders(q).then(setData); }} onChange={(x) => p.set(p.k, String(x ?? ''))} />
  );
}

const Box = (p: { title: string; cls: string; children: ReactNode }) => <div className={`lbox ${p.cls}`}><span className="lt">{p.title}</span>{p.children}</div>;

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], domainCert: [], ipText: '', category: '', interactive: false, interactiveKinds: [],
    dangerous: '', languages: [], apJurisdiction: '', apRegionCode: '', apName: '', apMethod: '', apPhone: '', apCode: '', rgName: '', rgPhone: '', draftClicks: 0, nextClicks: 0,
  }, ({ ipText, apRegionCode, ...r }) => ({ ...r, ips: lines(ipText).map(shortIpv6), apRegion: pathOfCode(str(apRegionCode)) }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const [tree] = useState(() => regionOptions());
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const cert = arr<string>(s.domainCert);
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="card-w"><Step current={1} shape="arrow">{['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="legend-grid">
          <Box title="网站信息" cls="b-site">
            <Row label="网站名称" help="须与工信部备案的网站名称一致">{text('siteName', 'site-name', { max: 50 })}</Row>
            <Row label="工信部备案号">{text('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (SITE_ICP_RE.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1') })}</Row>
            <Row label="网站开通日期">
              <DatePicker2 className="opened-at" popupClassName="opened-at-pop" format="YYYY-MM-DD" value={str(s.openedAt) || null} onChange={(_d: unknown, v: unknown) => set('openedAt', String(v ?? ''))} />
            </Row>
            <Row label="主域名">{text('mainDomain', 'main-domain', { blur: domainRule })}</Row>
            <Row label="从域名" req={false}>
              <Select className="sub-domains" popupClassName="sub-domains-pop" mode="tag" style={{ width: '100%' }} placeholder="输入后回车" value={arr<string>(s.subDomains)} dataSource={[]}
                onChange={(v) => { const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()); const bad = l.find((x) => domainRule(x)); e.set('subDomains', bad ? `${bad}：${domainRule(bad)}` : ''); set('subDomains', l.filter((x) => !domainRule(x))); }} />
              {e.get('subDomains') ? <div className="field-err">{e.get('subDomains')}</div> : null}
            </Row>
            <Row label="域名证书" req={false} help="jpg / png，不超过 400KB">
              <div className="domain-cert row-inline">
                <Selecter accept="image/png,image/jpeg" onSelect={(list) => { const f = list[0] as File | undefined; if (!f) return; e.set('domainCert', f.size > 400 * 1024 ? '图片不能超过 400KB' : ''); if (f.size <= 400 * 1024) set('domainCert', [f.name]); }}>
                  <Button size="small" className="up-cert">{cert.length ? '重新上传' : '上传证书'}</Button>
                </Selecter>
                {cert.length ? <><span className="file-name">{cert[0]}</span><Button text type="primary" size="small" onClick={() => set('domainCert', [])}>删除</Button></> : null}
              </div>
              {e.get('domainCert') ? <div className="field-err">{e.get('domainCert')}</div> : null}
            </Row>
            <Row label="IP" help="每行一个，填写域名实际解析到的地址">
              <Input.TextArea className="ip-text" rows={3} style={{ width: '100%' }} value={str(s.ipText)} onChange={(v) => { set('ipText', String(v ?? '')); e.clear('ipText'); }}
                onBlur={() => { const bad = lines(s.ipText).find((x) => ipRule(x)); e.set('ipText', bad ? ipRule(bad) : ''); }} />
              {e.get('ipText') ? <div className="field-err">{e.get('ipText')}</div> : null}
            </Row>
          </Box>
          <Box title="服务与语种" cls="b-service">
            <Row label="网站类型">
              <Select className="category" popupClassName="category-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.category) || undefined}
                dataSource={MPS_CATEGORIES.map(([value, label]) => ({ value, label }))} onChange={(v) => set('category', String(v ?? ''))} />
            </Row>
            <Row label="是否提供互联网交互服务">
              <div className="row-inline"><Switch className="interactive" size="small" checked={s.interactive === true} onChange={(v: boolean) => setMany({ interactive: !!v, interactiveKinds: v ? s.interactiveKinds : [] })} /><span>{s.interactive ? '是' : '否'}</span></div>
            </Row>
            {s.interactive === true
              ? <Row label="交互服务类型"><Checkbox.Group className="interactive-kinds" value={arr<string>(s.interactiveKinds)} dataSource={INTERACTIVE_KINDS} onChange={(v) => set('interactiveKinds', arr<string>(v))} /></Row>
              : null}
            <Row label="是否提供涉及管制物品信息发布服务">
              <Radio.Group className="dangerous" value={str(s.dangerous) || undefined} dataSource={YES_NO} onChange={(v) => set('dangerous', String(v))} />
            </Row>
            <Row label="网站语种">
              <Select className="languages" popupClassName="languages-pop" mode="multiple" style={{ width: '100%' }} placeholder="请选择" value={arr<string>(s.languages)} dataSource={MPS_LANGUAGES}
                onChange={(v) => set('languages', arr<string>(v))} />
            </Row>
          </Box>
          <Box title="网络接入服务商" cls="b-ap">
            <Row label="接入商所属地区管辖">
              <Radio.Group className="ap-jurisdiction" shape="button" size="small" value={str(s.apJurisdiction) || undefined} dataSource={MPS_JURISDICTIONS} onChange={(v) => set('apJurisdiction', String(v))} />
            </Row>
            <Row label="接入商所属区域">
              <CascaderSelect className="ap-region" popupClassName="ap-region-pop" style={{ width: '100%' }} showSearch placeholder="省 / 市 / 区县" dataSource={tree as never}
                value={str(s.apRegionCode) || undefined} onChange={(v) => set('apRegionCode', String(v ?? ''))} />
            </Row>
            <Row label="网络接入服务商名称"><Provider s={s} set={set} k="apName" cls="ap-name" /></Row>
            <Row label="网站接入方式">
              <Select className="ap-method" popupClassName="ap-method-pop" style={{ width: '100%' }} placeholder="请选择" value={str(s.apMethod) || undefined} dataSource={MPS_ACCESS_METHODS} onChange={(v) => set('apMethod', String(v ?? ''))} />
            </Row>
            <Row label="接入商电话">{text('apPhone', 'ap-phone', { blur: phoneRule })}</Row>
            <Row label="接入商编码">{text('apCode', 'ap-code', { max: 10, placeholder: '组织机构代码（9 位）' })}</Row>
          </Box>
          <Box title="域名注册服务商" cls="b-rg">
            <Row label="域名注册服务商名称">
              <Select.AutoComplete className="rg-name" popupClassName="rg-name-pop" style={{ width: '100%' }} placeholder="输入或选择" value={str(s.rgName)} dataSource={MPS_PROVIDERS}
                onChange={(v) => set('rgName', String(v ?? ''))} />
            </Row>
            <Row label="注册商电话">{text('rgPhone', 'rg-phone', { blur: phoneRule })}</Row>
          </Box>
        </div>
        <div className="actions">
          <Button className="draft" onClick={() => { clicks(s, set, 'draftClicks')(); setMsg('已暂存'); }}>暂存</Button>
          <Button type="primary" className="next" onClick={() => { clicks(s, set, 'nextClicks')(); setMsg('请完善带 * 的信息'); }}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

/* ------------------------------------------------------------------ 火山引擎 填写网站信息 (单位): collapse */

const PRE = ['涉及', '不涉及'];

function VolcSiteUnit() {
  const { s, set } = useReplicaState('volcengine', 'site', '单位', {
    siteName: '', domains: [''], mainRow: -1, homeUrl: '', content: '', languages: [], preApproval: '',
    wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpEmail: '', agree: false, submitClicks: 0,
  }, ({ mainRow, ...r }) => ({ ...r, domains: arr<string>(r.domains).map((d) => d.trim()).filter(Boolean), mainDomain: (arr<string>(r.domains)[Number(mainRow)] ?? '').trim() }));
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <div style={{ width: 400 }}><Text s={s} set={set} e={e} k={k} cls={cls} {...o} /></div>;
  const rows = arr<string>(s.domains);
  const main = Number(s.mainRow);
  const setRow = (i: number, v: string) => set('domains', rows.map((d, j) => (j === i ? v : d)));
  const drop = (i: number) => set('domains', rows.filter((_x, j) => j !== i));
  const hints = homeUrlSuggestions(rows.map((d) => d.trim()).filter((d) => d && !domainRule(d)));
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台</span><span>备案管理</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="vc-body">
        <div className="card-w"><Step current={2} shape="dot">{['验证备案信息', '填写主办者信息', '填写网站信息', '上传备案资料', '提交备案'].map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <Collapse className="site-collapse" defaultExpandedKeys={['site', 'service', 'wp']}>
          <Collapse.Panel key="site" title="网站基本信息">
            <Row label="网站名称" help="不少于 3 个汉字，与单位名称或品牌相关">{text('siteName', 'site-name', { max: 50, blur: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少包含 3 个汉字') })}</Row>
            <Row label="网站域名" help="不带 www.；勾选的为主域名">
              <div className="domain-table" style={{ width: 560 }}>
                <Table dataSource={rows.map((d, i) => ({ i, d }))} primaryKey="i" hasBorder size="small">
                  <Table.Column title="域名" dataIndex="d" cell={(_v: unknown, i: number) => (
                    <div>
                      <Input className={`domain-${i}`} style={{ width: '100%' }} value={rows[i]} placeholder="如 example.cn" onChange={(v) => { setRow(i, String(v ?? '')); e.clear(`domain${i}`); }}
                        onBlur={(ev) => { const t = String((ev.target as HTMLInputElement).value ?? '').trim(); if (t) e.set(`domain${i}`, domainRule(t)); }} />
                      {e.get(`domain${i}`) ? <div className="field-err">{e.get(`domain${i}`)}</div> : null}
                    </div>
                  )} />
                  <Table.Column title="主域名" width={90} dataIndex="i" cell={(_v: unknown, i: number) => <Radio className={`main-${i}`} checked={main === i} onChange={() => set('mainRow', i)} />} />
                  <Table.Column title="操作" width={70} dataIndex="i" cell={(_v: unknown, i: number) => (rows.length > 1 ? <Button text type="primary" className={`dom-del-${i}`} onClick={() => drop(i)}>删除</Button> : null)} />
                </Table>
                <Button text type="primary" className="dom-add" style={{ marginTop: 6 }} onClick={() => set('domains', [...rows, ''])}>+ 添加域名</Button>
              </div>
            </Row>
            <Row label="网站首页URL">
              <Select className="home-url" popupClassName="home-url-pop" style={{ width: 400 }} placeholder={hints.length ? '请选择' : '请先填写网站域名'} value={str(s.homeUrl) || undefined} dataSource={hints}
                onChange={(v) => set('homeUrl', String(v ?? ''))} />
            </Row>
          </Collapse.Panel>
          <Collapse.Panel key="service" title="服务内容与语言">
            <Row label="网站服务内容">
              <Select className="content" popupClassName="content-pop" style={{ width: 400 }} showSearch placeholder="请选择或搜索" value={str(s.content) || undefined} dataSource={ICP_CONTENT}
                onChange={(v) => set('content', String(v ?? ''))} />
            </Row>
            <Row label="网站语言"><Checkbox.Group className="languages" value={arr<string>(s.languages)} dataSource={ICP_LANGUAGES.slice(0, 12)} onChange={(v) => set('languages', arr<string>(v))} /></Row>
            <Row label="前置审批" help="涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化等须提供前置审批文件">
              <Radio.Group className="pre-approval" shape="button" size="small" value={str(s.preApproval) || undefined} dataSource={PRE} onChange={(v) => set('preApproval', String(v))} />
            </Row>
          </Collapse.Panel>
          <Collapse.Panel key="wp" title="网站负责人">
            <Row label="负责人姓名">{text('wpName', 'wp-name', { max: 30 })}</Row>
            <Row label="证件类型">
              <Select className="wp-cert-type" popupClassName="wp-cert-type-pop" style={{ width: 400 }} placeholder="请选择" value={str(s.wpCertType) || undefined} dataSource={ICP_PERSON_CERTS}
                onChange={(v) => set('wpCertType', String(v ?? ''))} />
            </Row>
            <Row label="证件号码">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: idRule(s.wpCertType) })}</Row>
            <Row label="证件有效期起">
              <DatePicker2 className="wp-valid-from" popupClassName="wp-valid-from-pop" format="YYYY-MM-DD" value={str(s.wpValidFrom) || null} onChange={(_d: unknown, v: unknown) => set('wpValidFrom', String(v ?? ''))} />
            </Row>
            <Row label="证件有效期止">
              <DatePicker2 className="wp-valid-to" popupClassName="wp-valid-to-pop" format="YYYY-MM-DD" value={str(s.wpValidTo) || null} onChange={(_d: unknown, v: unknown) => set('wpValidTo', String(v ?? ''))} />
            </Row>
            <Row label="手机号码">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
            <Row label="应急联系电话">{text('wpEmergency', 'wp-emergency', { max: 11, placeholder: '不能与手机号码相同', blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
            <Row label="电子邮箱">{text('wpEmail', 'wp-email', { blur: emailRule })}</Row>
          </Collapse.Panel>
        </Collapse>
        <div style={{ marginTop: 14 }}><Checkbox className="agree" checked={s.agree === true} onChange={(v: boolean) => set('agree', v)}>我已阅读并同意《火山引擎ICP备案服务协议》</Checkbox></div>
        <div className="actions">
          <Button type="primary" className="submit" onClick={() => { clicks(s, set, 'submitClicks')(); setMsg(s.agree ? '请完善带 * 的信息' : '请先阅读并同意服务协议'); }}>提交备案</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout35-aliyun-subject-unit-fusion-contactpicker': AliyunSubjectUnit,
  'heldout35-mps-site-unit-fusion-legendboxes': MpsSiteUnit,
  'heldout35-volcengine-site-unit-fusion-collapse': VolcSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
