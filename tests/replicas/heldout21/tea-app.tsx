/**
 * Gen-21 held-out build on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8 (moment
 * dates), written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout21-mps-site-unit-tea-splitpane   网站基本信息 (单位, 公安): a SPLIT PANE, 网站信息 + 服务信息 cards on the left
 *    (LEFT labels), the two provider cards stacked on the right (labels on TOP); a DatePicker, blur checks, a one-per-line
 *    TEXTAREA of other domains, a TAG SELECT of IPs, two DatePickers for the certificate validity, a letter-coded Select,
 *    yes / no radios revealing a MULTIPLE Select, a yes / no Select, checkbox groups; per provider a searchable Select
 *    whose options arrive late, radios, THREE region Selects fetched level by level, a Select, inputs; 上一步 / 保存草稿 / 下一步
 */
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, SelectMultiple, Stepper, TagSelect } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, fetchAreas, INTERACTIVE_KINDS, IPV4_RE, lines, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PRE_LICENCE_CODES, MPS_PROVIDERS, pathOfCode, PHONE_RE,
  validIpv6, type Area,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const DAY = 'YYYY-MM-DD';
const day = (v: unknown) => (str(v) ? moment(str(v), DAY) : undefined);

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
    status: (k: string) => (errs[k] ? 'error' as const : undefined),
  };
}
type Errs = ReturnType<typeof useErrs>;

function Field(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; size?: 'm' | 'l' | 'full' }) {
  return (
    <div className={`ctl ctl-${p.k}`}>
      <Input className={p.cls} size={p.size ?? 'l'} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
        onChange={(v) => { p.set(p.k, v); p.e.clear(p.k); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');
const ipRule = (v: string) => (IPV4_RE.test(v) || validIpv6(v) ? '' : `${v} 不是有效的 IP 地址`);

function useAreaList(parent: string, enabled: boolean) {
  const [list, setList] = useState<{ parent: string; areas: Area[] } | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void fetchAreas(parent).then((areas) => { if (live) setList({ parent, areas }); });
    return () => { live = false; };
  }, [parent, enabled]);
  const ready = !!list && list.parent === parent;
  return { ready, options: ready ? list!.areas.map((a) => ({ value: a.code, text: a.name })) : [] };
}

/** 省 / 市 / 区县 as three Tea Selects, each level fetched after the one before is chosen (codes in the state). */
function Region3(p: { s: S; setMany: (x: S) => void; k: string }) {
  const [pk, ck, dk] = [`${p.k}P`, `${p.k}C`, `${p.k}D`];
  const provinces = useAreaList('', true);
  const cities = useAreaList(str(p.s[pk]), !!p.s[pk]);
  const districts = useAreaList(str(p.s[ck]), !!p.s[ck]);
  const tip = (ready: boolean, parent: unknown) => (parent && !ready ? '加载中…' : undefined);
  return (
    <div className={`region3 ${p.k}-region`}>
      <Select className={`${p.k}-province`} appearance="button" virtual={false} searchable size="s" placeholder="省份" value={str(p.s[pk]) || undefined}
        options={provinces.options} tips={provinces.ready ? undefined : '加载中…'} onChange={(v) => p.setMany({ [pk]: v, [ck]: '', [dk]: '' })} />
      <Select className={`${p.k}-city`} appearance="button" virtual={false} size="s" placeholder="城市" disabled={!p.s[pk]} value={str(p.s[ck]) || undefined}
        options={cities.options} tips={tip(cities.ready, p.s[pk])} onChange={(v) => p.setMany({ [ck]: v, [dk]: '' })} />
      <Select className={`${p.k}-district`} appearance="button" virtual={false} size="s" placeholder="区县" disabled={!p.s[ck]} value={str(p.s[dk]) || undefined}
        options={districts.options} tips={tip(districts.ready, p.s[ck])} onChange={(v) => p.setMany({ [dk]: v })} />
    </div>
  );
}

/** The provider name: a searchable Select whose options arrive from the platform's provider list after a delay. */
function ProviderName(p: { s: S; set: Setter; k: string; cls: string }) {
  const [list, setList] = useState<string[] | null>(null);
  useEffect(() => { const t = setTimeout(() => setList(MPS_PROVIDERS), 600); return () => clearTimeout(t); }, []);
  return (
    <Select className={p.cls} appearance="button" virtual={false} searchable size="full" placeholder="请选择服务商" value={str(p.s[p.k]) || undefined}
      options={topts(list ?? [])} tips={list ? undefined : '正在查询服务商…'} onChange={(v) => p.set(p.k, v)} />
  );
}

function MpsSiteUnit() {
  const { s, set, setMany } = useReplicaState('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subText: '', ips: [], domainCertFrom: '', domainCertTo: '',
    category: '', interactive: '', interactiveKinds: [], dangerous: '', preLicences: [], languages: [],
    apName: '', apJurisdiction: '', apRegionP: '', apRegionC: '', apRegionD: '', apMethod: '', apPhone: '', apCode: '',
    rgName: '', rgJurisdiction: '', rgRegionP: '', rgRegionC: '', rgRegionD: '', rgPhone: '',
    prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ subText, apRegionP, apRegionC, apRegionD, rgRegionP, rgRegionC, rgRegionD, ...r }) => ({
    ...r,
    subDomains: lines(subText),
    apRegion: pathOfCode(str(apRegionD) || str(apRegionC) || str(apRegionP)),
    rgRegion: pathOfCode(str(rgRegionD) || str(rgRegionC) || str(rgRegionP)),
  }));
  const e = useErrs();
  const field = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string; size?: 'm' | 'l' | 'full' } = {}) => <Field s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const phoneRule = (v: string) => (PHONE_RE.test(v) ? '' : '联系电话格式不正确');
  const provider = (r: 'ap' | 'rg', title: string) => (
    <Card className={`prov-${r}`}><Card.Body title={title}>
      <Form layout="vertical">
        <Form.Item label="名称" required><ProviderName s={s} set={set} k={`${r}Name`} cls={`${r}-name`} /></Form.Item>
        <Form.Item label="所属地区管辖" required>
          <Radio.Group className={`${r}-jurisdiction`} value={str(s[`${r}Jurisdiction`])} onChange={(v) => set(`${r}Jurisdiction`, v)}>
            <Radio name="境内">境内</Radio><Radio name="境外">境外</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="所属区域" required><Region3 s={s} setMany={setMany} k={`${r}Region`} /></Form.Item>
        {r === 'ap'
          ? (
            <Form.Item label="网站接入方式" required>
              <Select className="ap-method" appearance="button" virtual={false} size="m" placeholder="请选择" value={str(s.apMethod) || undefined} options={topts(MPS_ACCESS_METHODS)} onChange={(v) => set('apMethod', v)} />
            </Form.Item>
          )
          : null}
        <Form.Item label="联系电话" required>{field(`${r}Phone`, `${r}-phone`, { size: 'm', blur: phoneRule })}</Form.Item>
        {r === 'ap'
          ? <Form.Item label="接入商编码" required extra="统一社会信用代码第 9–17 位">{field('apCode', 'ap-code', { size: 'm', max: 10, blur: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码') })}</Form.Item>
          : null}
      </Form>
    </Card.Body></Card>
  );
  const ips = arr<string>(s.ips);
  return (
    <>
      <div className="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span className="who">杭州云栖示例科技有限公司（法人用户）</span></div>
      <div className="mps-body">
        <div className="crumbs">首页 / 网站备案 / 新办网站申请</div>
        <div className="card-w"><Stepper steps={['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((label) => ({ id: label, label }))} current="网站基本信息" /></div>
        <Alert type="warning">网站名称须与工信部备案的网站名称一致；网站IP须为域名实际解析的地址。</Alert>
        <div className="split">
          <div className="pane-left">
            <Card className="c-site"><Card.Body title="网站信息">
              <Form>
                <Form.Item label="网站名称" required>{field('siteName', 'site-name', { max: 50 })}</Form.Item>
                <Form.Item label="工信部备案号" required>{field('icpNumber', 'icp-number', { placeholder: '如 浙ICP备12345678号-1', blur: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确') })}</Form.Item>
                <Form.Item label="网站开通日期" required>
                  <DatePicker className="opened-at" value={day(s.openedAt)} onChange={(m) => set('openedAt', m ? m.format(DAY) : '')} />
                </Form.Item>
                <Form.Item label="主域名" required>{field('mainDomain', 'main-domain', { placeholder: '如 example.com', blur: domainRule })}</Form.Item>
                <Form.Item label="从域名" extra="每行一个">
                  <div className="ctl">
                    <Input.TextArea className="sub-domains" size="l" rows={3} value={str(s.subText)} onChange={(v) => { set('subText', v); e.clear('subText'); }}
                      onBlur={() => { const bad = lines(s.subText).find((d) => domainRule(d)); e.set('subText', bad ? `${bad}：${domainRule(bad)}` : ''); }} />
                    {e.get('subText') ? <div className="field-err">{e.get('subText')}</div> : null}
                  </div>
                </Form.Item>
                <Form.Item label="网站IP" required extra="输入 IP 后回车，可填写多个">
                  <div className="ctl">
                    <TagSelect className="ips" placeholder="如 203.0.113.10" value={ips} options={[]} optionsOnly={false}
                      onChange={(v) => {
                        const list = v.map((x) => x.trim()).filter(Boolean);
                        const bad = list.find((x) => ipRule(x));
                        e.set('ips', bad ? ipRule(bad) : '');
                        set('ips', list.filter((x, i) => !ipRule(x) && list.indexOf(x) === i));
                      }} />
                    {e.get('ips') ? <div className="field-err">{e.get('ips')}</div> : null}
                  </div>
                </Form.Item>
                <Form.Item label="域名证书有效期起">
                  <DatePicker className="cert-from" value={day(s.domainCertFrom)} onChange={(m) => set('domainCertFrom', m ? m.format(DAY) : '')} />
                </Form.Item>
                <Form.Item label="域名证书有效期止">
                  <DatePicker className="cert-to" value={day(s.domainCertTo)} onChange={(m) => set('domainCertTo', m ? m.format(DAY) : '')} />
                </Form.Item>
              </Form>
            </Card.Body></Card>
            <Card className="c-service"><Card.Body title="服务信息">
              <Form>
                <Form.Item label="网站类型" required>
                  <Select className="category" appearance="button" virtual={false} size="m" placeholder="请选择" value={str(s.category) || undefined}
                    options={MPS_CATEGORIES.map(([value, text]) => ({ value, text }))} onChange={(v) => set('category', v)} />
                </Form.Item>
                <Form.Item label="是否提供互联网交互服务" required>
                  <Radio.Group className="interactive" value={str(s.interactive)} onChange={(v) => setMany({ interactive: v, ...(v === '否' ? { interactiveKinds: [] } : {}) })}>
                    <Radio name="是">是</Radio><Radio name="否">否</Radio>
                  </Radio.Group>
                </Form.Item>
                {s.interactive === '是'
                  ? (
                    <Form.Item label="交互服务类型" required>
                      <SelectMultiple className="interactive-kinds" appearance="button" staging={false} size="m" placeholder="请选择" value={arr<string>(s.interactiveKinds)}
                        options={topts(INTERACTIVE_KINDS)} onChange={(v) => set('interactiveKinds', v)} />
                    </Form.Item>
                  )
                  : null}
                <Form.Item label="互联网危险物品信息发布" required>
                  <Select className="dangerous" appearance="button" virtual={false} size="s" placeholder="请选择" value={str(s.dangerous) || undefined} options={topts(['是', '否'])} onChange={(v) => set('dangerous', v)} />
                </Form.Item>
                <Form.Item label="相关前置许可" extra="不涉及则不勾选">
                  <Checkbox.Group className="pre-licences" value={arr<string>(s.preLicences)} onChange={(v) => set('preLicences', v)}>
                    {MPS_PRE_LICENCE_CODES.map(([, l]) => <Checkbox key={l} name={l}>{l}</Checkbox>)}
                  </Checkbox.Group>
                </Form.Item>
                <Form.Item label="网站语种" required>
                  <Checkbox.Group className="languages" value={arr<string>(s.languages)} onChange={(v) => set('languages', v)}>
                    {MPS_LANGUAGES.map((l) => <Checkbox key={l} name={l}>{l}</Checkbox>)}
                  </Checkbox.Group>
                </Form.Item>
              </Form>
            </Card.Body></Card>
          </div>
          <div className="pane-right">
            {provider('ap', '网络接入服务商')}
            {provider('rg', '域名注册服务商')}
          </div>
        </div>
        <div className="actions">
          <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="weak" onClick={clicks(s, set, 'saveClicks')}>保存草稿</Button>
          <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout21-mps-site-unit-tea-splitpane': MpsSiteUnit };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
