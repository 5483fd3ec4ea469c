/**
 * Gen-2 held-out replicas built with React 18 + Fusion Next 1.27: 阿里云 填写网站信息（单位） and the 公安
 * platform's 网站基本信息（单位）. Written from FORMS.md §1.4, §2.3, §2.5 and the example profile alone.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Collapse, ConfigProvider, DatePicker2, Form, Input, Radio, Select, Step, Switch, Upload,
} from '@alifd/next';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import { fetchAreas, type Area } from './regions';
import {
  ACCESS_PROVIDERS, build, expose, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS,
  MPS_ACCESS_METHODS, MPS_LANGUAGES, REGISTRARS,
} from './common';

function useReplicaState<T extends Record<string, unknown>>(platform: string, step: string, variant: string, init: T, view: (s: T) => Record<string, unknown> = (s) => s) {
  const [s, setS] = useState(init);
  const ref = useRef(s);
  ref.current = s;
  const bump = useRef<() => void>(() => {});
  if (!(window as any).__replica) bump.current = expose(platform, step, variant, () => JSON.parse(JSON.stringify(view(ref.current))));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    bump.current();
  }, [s]);
  const set = <K extends keyof T>(k: K, v: T[K]) => setS((prev) => ({ ...prev, [k]: v }));
  return [s, set, setS] as const;
}

/** Fusion Form hands its label layout only to direct Form.Item children: items inside Collapse panels get it here. */
const inline = (labelTextAlign: 'left' | 'right', fixedSpan: number) => (props: any) =>
  <Form.Item labelAlign="left" labelTextAlign={labelTextAlign} labelCol={{ fixedSpan }} wrapperCol={{ span: 16 }} {...props} />;
const AliItem = inline('left', 8);
const MpsItem = inline('right', 11);
const Panel = Collapse.Panel;
const full = { width: '100%' };

/* ------------------------------------------------------------------ 阿里云 填写网站信息 */

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];

function AliyunSite() {
  const held = HELD_PRINCIPAL.单位;
  const [s, set, setS] = useReplicaState('aliyun', 'site', '单位', {
    siteName: '', domains: [] as string[], homeUrl: '', serviceType: '', contentType: '', languages: [] as string[],
    preApproval: '', preApprovalItems: [] as string[], remark: '',
    sameAsSubject: '', webName: '', webCertType: '', webCertNumber: '', webValidFrom: '', webValidTo: '', webLongTerm: false,
    webMobile: '', webEmergency: '', webOffice: '', webEmail: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const locked = s.sameAsSubject === '是';
  const onSame = (v: string) => setS((p) => v === '是'
    ? { ...p, sameAsSubject: v, webName: held.name, webCertType: held.certType, webCertNumber: held.certNumber, webValidFrom: held.validFrom,
      webValidTo: held.validTo, webLongTerm: held.longTerm, webMobile: held.mobile, webEmergency: held.emergency, webEmail: held.email }
    : { ...p, sameAsSubject: v });
  return (
    <div>
      <div className="a2-top"><span className="a2-logo">〔-〕阿里云</span><span className="a2-prod">备案</span>
        <nav><span>我的备案</span><span className="on">备案订单</span><span>备案服务号</span></nav><span className="a2-acct">主账号 yunqi-demo</span></div>
      <div className="a2-main">
        <div className="a2-crumb">备案 / 首次备案 / 填写网站信息</div>
        <div className="a2-box"><Step current={2} shape="dot">{ALIYUN_STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <div className="a2-notice">网站名称需与网站内容相符，单位网站建议使用单位全称或品牌名，不得使用域名作为网站名称；备案期间域名不得解析到阿里云服务器。</div>
        <div className="a2-box a2-ro">
          <span>主办单位：杭州云栖示例科技有限公司</span><span>备案类型：首次备案</span><span>已关联云资源：ECS 实例 i-bp19y3w…（华东1 杭州）</span>
        </div>
        <Form>
          <Collapse defaultExpandedKeys={['site', 'web']}>
            <Panel key="site" title="网站基本信息">
              <AliItem label="网站名称" required help="不少于3个汉字，与网站实际内容一致">
                <Input value={s.siteName} placeholder="请输入网站名称" onChange={(v: any) => set('siteName', v)} /></AliItem>
              <AliItem label="网站域名" required help="输入域名后按回车添加，可添加多个；无需填写 www">
                <Select mode="tag" style={full} value={s.domains} placeholder="例如 example.com" hasArrow={false} dataSource={[]}
                  onChange={(v: any) => set('domains', (v ?? []).map(String))} /></AliItem>
              <AliItem label="网站首页URL" required>
                <Input addonTextBefore="http://" value={s.homeUrl} placeholder="www.example.com" onChange={(v: any) => set('homeUrl', v)} /></AliItem>
              <AliItem label="服务类型" required>
                <Select style={full} dataSource={['网站应用服务', 'App应用服务', '快应用服务']} value={s.serviceType || undefined} placeholder="请选择服务类型"
                  onChange={(v: any) => set('serviceType', v)} /></AliItem>
              <AliItem label="网站内容类型" required>
                <Select style={full} showSearch dataSource={ICP_CONTENT} value={s.contentType || undefined} placeholder="请选择网站内容类型"
                  onChange={(v: any) => set('contentType', v)} /></AliItem>
              <AliItem label="网站语言" required>
                <Checkbox.Group dataSource={ICP_LANGUAGES} value={s.languages} onChange={(v: any) => set('languages', v)} itemDirection="hoz" /></AliItem>
              <AliItem label="是否涉及前置审批" required help="网站内容涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化等需取得主管部门前置审批">
                <Radio.Group shape="button" dataSource={['是', '否']} value={s.preApproval} onChange={(v: any) => set('preApproval', String(v))} /></AliItem>
              {s.preApproval === '是' && (
                <AliItem label="前置审批项" required>
                  <Checkbox.Group dataSource={ICP_PRE_APPROVALS} value={s.preApprovalItems} onChange={(v: any) => set('preApprovalItems', v)} /></AliItem>
              )}
              <AliItem label="网站备注">
                <Input.TextArea value={s.remark} rows={3} placeholder="选填，请简要描述网站用途" onChange={(v: any) => set('remark', v)} /></AliItem>
            </Panel>
            <Panel key="web" title="互联网信息服务负责人">
              <AliItem label="与主体负责人一致" required help={`主体负责人：${held.name}`}>
                <Radio.Group dataSource={['是', '否']} value={s.sameAsSubject} onChange={(v: any) => onSame(String(v))} /></AliItem>
              <AliItem label="负责人姓名" required>
                <Input value={s.webName} disabled={locked} placeholder="请输入负责人姓名" onChange={(v: any) => set('webName', v)} /></AliItem>
              <AliItem label="证件类型" required>
                <Select style={full} dataSource={ICP_PERSON_CERTS} disabled={locked} value={s.webCertType || undefined} placeholder="请选择证件类型"
                  onChange={(v: any) => set('webCertType', v)} /></AliItem>
              <AliItem label="证件号码" required>
                <Input value={s.webCertNumber} disabled={locked} placeholder="请输入证件号码" onChange={(v: any) => set('webCertNumber', v)} /></AliItem>
              <AliItem label="证件有效期" required>
                <div className="a2-validity">
                  <DatePicker2 value={s.webValidFrom || null} disabled={locked} placeholder="开始日期" onChange={(_: any, str: string) => set('webValidFrom', str ?? '')} />
                  <span>-</span>
                  <DatePicker2 value={s.webValidTo || null} disabled={locked || s.webLongTerm} placeholder="结束日期" onChange={(_: any, str: string) => set('webValidTo', str ?? '')} />
                  <Switch size="small" checked={s.webLongTerm} disabled={locked} aria-label="长期有效"
                    onChange={(c: boolean) => setS((p) => ({ ...p, webLongTerm: c, webValidTo: c ? '' : p.webValidTo }))} />
                  <span className="a2-sw">长期有效</span>
                </div></AliItem>
              <AliItem label="手机号码" required>
                <Input value={s.webMobile} disabled={locked} placeholder="请输入11位手机号码" onChange={(v: any) => set('webMobile', v)} /></AliItem>
              <AliItem label="应急电话号码" required help="不能与手机号码相同">
                <Input value={s.webEmergency} disabled={locked} placeholder="请输入应急电话号码" onChange={(v: any) => set('webEmergency', v)} /></AliItem>
              <AliItem label="办公室电话">
                <Input value={s.webOffice} placeholder="区号-号码，如 0571-88888888" onChange={(v: any) => set('webOffice', v)} /></AliItem>
              <AliItem label="电子邮件" required>
                <Input value={s.webEmail} disabled={locked} placeholder="请输入电子邮件地址" onChange={(v: any) => set('webEmail', v)} /></AliItem>
            </Panel>
          </Collapse>
        </Form>
        <div className="a2-footer">
          <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
          <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 */

/** 省 / 市 / 区县 as three Fusion Selects over the lazy region API; the value is the name path. */
function RegionTriple({ value, onChange, label }: { value: string[]; onChange: (v: string[]) => void; label: string }) {
  const [levels, setLevels] = useState<Area[][]>([[], [], []]);
  useEffect(() => { void fetchAreas('', 0).then((p) => setLevels([p, [], []])); }, []);
  const pick = async (level: number, name: string) => {
    const next = [...value.slice(0, level), name];
    onChange(next);
    const code = levels[level]!.find((a) => a.name === name)?.code ?? '';
    const cleared = levels.map((l, i) => (i > level ? [] : l));
    setLevels(cleared);
    if (level < 2) {
      const kids = await fetchAreas(code);
      setLevels((ls) => ls.map((l, i) => (i === level + 1 ? kids : l)));
    }
  };
  const ph = ['请选择省', '请选择市', '请选择区县'];
  return (
    <div className="m2-triple">
      {[0, 1, 2].map((i) => (
        <Select key={i} aria-label={`${label}${['省', '市', '区县'][i]}`} style={{ width: 160 }} placeholder={ph[i]} disabled={i > 0 && !value[i - 1]}
          dataSource={levels[i]!.map((a) => a.name)} value={value[i] || undefined} onChange={(v: any) => void pick(i, String(v))} />
      ))}
    </div>
  );
}

const MPS_STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
const SITE_TYPES = ['A-网络基础类', 'B-网络销售类', 'C-生活服务类', 'D-社交文娱类', 'E-信息咨询类', 'F-金融服务类', 'G-计算机应用类', 'Z-其他'];
const INTERACTIVE_KINDS = ['论坛社区', '网络评论', '即时通讯', '网络直播', '博客/微博', '云存储', '应用商店', '信息发布', '其他'];
const splitIps = (t: string) => t.split(/[\s;；,，]+/).map((x) => x.trim()).filter(Boolean);

function MpsSite() {
  const [s, set, setS] = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [''] as string[], ipsText: '', domainCert: [] as string[],
    domainCertValidity: [] as string[],
    apJurisdiction: '', apRegion: [] as string[], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [] as string[], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [] as string[], siteType: '', languages: [] as string[], preLicence: '', dangerous: false,
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ ipsText, subDomains, ...rest }) => ({ ...rest, subDomains: subDomains.filter((d) => d.trim() !== ''), ips: splitIps(ipsText) }));
  const [certFiles, setCertFiles] = useState<any[]>([]);
  const juris = (k: 'apJurisdiction' | 'rgJurisdiction') => (
    <Select style={{ width: 200 }} dataSource={['境内', '境外']} value={s[k] || undefined} placeholder="请选择" onChange={(v: any) => set(k, v)} />
  );
  return (
    <div>
      <div className="m2-head">
        <div className="m2-brand"><span className="m2-emblem">盾</span><div><b>全国互联网安全管理服务平台</b><small>National Internet Security Management Service Platform</small></div></div>
        <div className="m2-user">杭州云栖示例科技有限公司 <span>法人用户</span> ｜ 退出登录</div>
      </div>
      <div className="m2-menu"><span>首页</span><span className="on">网站备案</span><span>App备案</span><span>我的草稿</span><span>消息中心</span></div>
      <div className="m2-main">
        <div className="m2-title">新办网站申请</div>
        <div className="m2-box"><Step current={1} shape="circle">{MPS_STEPS.map((t) => <Step.Item key={t} title={t} />)}</Step></div>
        <Form>
          <Collapse defaultExpandedKeys={['site', 'ap', 'rg', 'svc']}>
            <Panel key="site" title="网站信息">
              <MpsItem label="网站名称" required help="须与工信部ICP备案的网站名称一致">
                <Input value={s.siteName} placeholder="请输入网站名称" onChange={(v: any) => set('siteName', v)} /></MpsItem>
              <MpsItem label="工信部备案号" required>
                <Input value={s.icpNumber} placeholder="如：浙ICP备12345678号-1" onChange={(v: any) => set('icpNumber', v)} /></MpsItem>
              <MpsItem label="网站开通日期" required>
                <DatePicker2 value={s.openedAt || null} placeholder="请选择日期" onChange={(_: any, str: string) => set('openedAt', str ?? '')} /></MpsItem>
              <MpsItem label="网站主域名" required>
                <Input value={s.mainDomain} placeholder="一级域名，如 example.com" onChange={(v: any) => set('mainDomain', v)} /></MpsItem>
              <MpsItem label="从域名">
                <div className="m2-rows">
                  {s.subDomains.map((d, i) => (
                    <div key={i} className="m2-row">
                      <Input value={d} placeholder="请输入从域名" onChange={(v: any) => set('subDomains', s.subDomains.map((x, j) => (j === i ? String(v) : x)))} />
                      {s.subDomains.length > 1 && <Button text type="primary" onClick={() => set('subDomains', s.subDomains.filter((_, j) => j !== i))}>删除</Button>}
                    </div>
                  ))}
                  <Button size="small" onClick={() => set('subDomains', [...s.subDomains, ''])}>+ 添加从域名</Button>
                </div></MpsItem>
              <MpsItem label="网站IP" required help="填写域名实际解析的IP地址，多个IP请每行填写一个">
                <Input.TextArea value={s.ipsText} rows={3} placeholder="每行一个IP地址" onChange={(v: any) => set('ipsText', v)} /></MpsItem>
              <MpsItem label="域名证书" required help="jpg/png 格式，不超过 400KB">
                <Upload listType="text" accept="image/png,image/jpg,image/jpeg" autoUpload={false} limit={1} value={certFiles}
                  onChange={(v: any[]) => { setCertFiles(v); set('domainCert', v.map((f) => f.name)); }}>
                  <Button>上传域名证书</Button>
                </Upload></MpsItem>
              <MpsItem label="域名证书有效期" required>
                <DatePicker2.RangePicker value={s.domainCertValidity.length ? s.domainCertValidity as any : undefined}
                  placeholder={['开始日期', '结束日期']} onChange={(_: any, str: string[]) => set('domainCertValidity', (str ?? []).filter((x) => !!x).length ? [str[0] ?? '', str[1] ?? ''] : [])} /></MpsItem>
            </Panel>
            <Panel key="ap" title="网络接入服务商">
              <MpsItem label="接入商所属地区管辖" required>{juris('apJurisdiction')}</MpsItem>
              <MpsItem label="接入商所属区域" required><RegionTriple label="接入商所属区域" value={s.apRegion} onChange={(v) => set('apRegion', v)} /></MpsItem>
              <MpsItem label="网络接入服务商名称" required help="输入关键字后从列表中选择">
                <Select.AutoComplete style={full} dataSource={ACCESS_PROVIDERS} value={s.apName} placeholder="请输入网络接入服务商名称" onChange={(v: any) => set('apName', v ?? '')} /></MpsItem>
              <MpsItem label="网站接入方式" required>
                <Radio.Group dataSource={MPS_ACCESS_METHODS} value={s.apMethod} onChange={(v: any) => set('apMethod', String(v))} /></MpsItem>
              <MpsItem label="接入商联系电话" required>
                <Input value={s.apPhone} placeholder="请输入联系电话" onChange={(v: any) => set('apPhone', v)} /></MpsItem>
              <MpsItem label="接入商编码" required help="组织机构代码（统一社会信用代码第9至17位）">
                <Input value={s.apCode} placeholder="请输入接入商编码" onChange={(v: any) => set('apCode', v)} /></MpsItem>
            </Panel>
            <Panel key="rg" title="域名注册服务商">
              <MpsItem label="注册商所属地区管辖" required>{juris('rgJurisdiction')}</MpsItem>
              <MpsItem label="注册商所属区域" required><RegionTriple label="注册商所属区域" value={s.rgRegion} onChange={(v) => set('rgRegion', v)} /></MpsItem>
              <MpsItem label="域名注册服务商名称" required>
                <Select.AutoComplete style={full} dataSource={REGISTRARS} value={s.rgName} placeholder="请输入域名注册服务商名称" onChange={(v: any) => set('rgName', v ?? '')} /></MpsItem>
              <MpsItem label="注册商联系电话" required>
                <Input value={s.rgPhone} placeholder="请输入联系电话" onChange={(v: any) => set('rgPhone', v)} /></MpsItem>
            </Panel>
            <Panel key="svc" title="服务信息">
              <MpsItem label="是否提供互联网交互服务" required help="交互服务指用户可发布文字、图片、音视频等信息的服务，如论坛、评论、即时通讯等">
                <Radio.Group shape="button" dataSource={['是', '否']} value={s.interactive}
                  onChange={(v: any) => setS((p) => ({ ...p, interactive: String(v), interactiveKinds: v === '是' ? p.interactiveKinds : [] }))} /></MpsItem>
              {s.interactive === '是' && (
                <MpsItem label="交互服务类型" required>
                  <Select mode="multiple" style={full} showSearch dataSource={INTERACTIVE_KINDS} value={s.interactiveKinds} placeholder="请选择（可多选）"
                    onChange={(v: any) => set('interactiveKinds', (v ?? []).map(String))} /></MpsItem>
              )}
              <MpsItem label="网站类型" required>
                <Select style={full} dataSource={SITE_TYPES} value={s.siteType || undefined} placeholder="请选择网站类型" onChange={(v: any) => set('siteType', v)} /></MpsItem>
              <MpsItem label="网站语种" required>
                <Checkbox.Group dataSource={MPS_LANGUAGES} value={s.languages} onChange={(v: any) => set('languages', v)} /></MpsItem>
              <MpsItem label="相关前置许可" required>
                <Radio.Group dataSource={['有', '无']} value={s.preLicence} onChange={(v: any) => set('preLicence', String(v))} /></MpsItem>
              <MpsItem label="互联网危险物品信息发布" required help="是否提供涉及管制器具、警用装备、放射性物品、枪支弹药、民爆物品、剧毒化学品等信息发布服务">
                <div className="m2-sw"><Switch checked={s.dangerous} checkedChildren="是" unCheckedChildren="否" aria-label="互联网危险物品信息发布"
                  onChange={(c: boolean) => set('dangerous', c)} /></div></MpsItem>
            </Panel>
          </Collapse>
        </Form>
        <div className="m2-actions">
          <Button onClick={() => set('prevClicks', s.prevClicks + 1)}>上一步</Button>
          <Button onClick={() => set('saveClicks', s.saveClicks + 1)}>保存草稿</Button>
          <Button type="primary" onClick={() => set('nextClicks', s.nextClicks + 1)}>下一步</Button>
        </div>
      </div>
    </div>
  );
}

const CSS = `
body { margin: 0; background: #f7f8fa; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.a2-top { height: 52px; background: #1f2633; color: #dfe3ea; display: flex; align-items: center; gap: 20px; padding: 0 20px; font-size: 14px; }
.a2-logo { color: #ff6a00; font-weight: 700; font-size: 17px; }
.a2-prod { font-size: 15px; color: #fff; }
.a2-top nav { display: flex; gap: 18px; }
.a2-top nav .on { color: #fff; border-bottom: 2px solid #ff6a00; padding-bottom: 2px; }
.a2-acct { margin-left: auto; font-size: 12px; }
.a2-main { max-width: 1000px; margin: 0 auto; padding: 12px 24px 80px; }
.a2-crumb { font-size: 12px; color: #888; margin: 6px 0 12px; }
.a2-box { background: #fff; padding: 18px 24px; margin-bottom: 12px; border: 1px solid #ebebeb; }
.a2-ro { display: flex; gap: 28px; font-size: 12px; color: #555; }
.a2-notice { background: #fff7e8; border: 1px solid #ffd591; padding: 8px 12px; font-size: 12px; margin-bottom: 12px; }
.a2-validity { display: flex; align-items: center; gap: 8px; }
.a2-sw { font-size: 12px; }
.a2-footer { display: flex; gap: 12px; justify-content: flex-end; margin-top: 16px; }
.next-collapse-panel-content { background: #fff; }
.m2-head { display: flex; align-items: center; justify-content: space-between; background: linear-gradient(90deg, #0b3d91, #1456c4); color: #fff; padding: 10px 32px; }
.m2-brand { display: flex; gap: 12px; align-items: center; }
.m2-brand b { font-size: 20px; display: block; }
.m2-brand small { font-size: 11px; opacity: .8; }
.m2-emblem { width: 40px; height: 40px; border-radius: 50%; background: #fff; color: #c8102e; display: inline-flex; align-items: center; justify-content: center; font-weight: 700; }
.m2-user { font-size: 13px; }
.m2-user span { background: rgba(255,255,255,.2); padding: 1px 6px; border-radius: 2px; }
.m2-menu { background: #fff; border-bottom: 1px solid #e3e6eb; display: flex; gap: 0; padding: 0 32px; }
.m2-menu span { padding: 12px 20px; font-size: 14px; }
.m2-menu .on { color: #1456c4; border-bottom: 2px solid #1456c4; }
.m2-main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 80px; }
.m2-title { font-size: 18px; font-weight: 600; margin: 4px 0 12px; }
.m2-box { background: #fff; padding: 16px 24px; margin-bottom: 12px; }
.m2-triple { display: flex; gap: 8px; }
.m2-rows { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.m2-row { display: flex; gap: 8px; align-items: center; width: 100%; }
.m2-sw { padding-top: 4px; }
.m2-actions { display: flex; gap: 12px; justify-content: center; margin-top: 20px; }
.next-step-item-title { white-space: nowrap !important; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, () => ReactNode> = { 'heldout2-aliyun-site-fusion': AliyunSite, 'heldout2-mps-site-fusion': MpsSite };
const Page = pages[build()] ?? (() => <p>unknown build</p>);
createRoot(document.getElementById('app')!).render(<ConfigProvider locale={zhCN}><Page /></ConfigProvider>);
