/**
 * Gen-35 held-out build on React 18 (npm aliases react-18 / react-dom-18: Tea calls ReactDOM.findDOMNode) + Tea 2.8,
 * written from FORMS.md and docs/profile.example.json alone, never tuned against:
 *  - heldout35-aliyun-basic-unit-tea-rulestable   填写基本信息 (单位, 阿里云) as a RULES TABLE: a Tea Table, one row per field
 *    (项目 / 填写 / 填写要求): the region ONE search box (a Tea AutoComplete over the counties, hits answered late), a
 *    Select, radios filtered by the nature, blur checks, a Tea Segment of resource kinds, the instance a Select listed late
 *    per kind (one disabled: < 3 months left), a 备案服务号 text for that kind; 信息校验
 */
import { AutoComplete, Button, Card, Input, Radio, Segment, Select, Stepper, Table } from 'tea-component';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, fetchUnitResources, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, searchCounties, validId, validUscc, type AliEcs, type CountyHit,
} from './common';
import { clicks, str, useReplicaState } from './react-state';

const topts = (l: string[]) => l.map((value) => ({ value, text: value }));
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : DOMAIN_RE.test(v) ? '' : '域名格式不正确');

interface FieldRow { k: string; label: string; req: boolean; rule: string; control: ReactNode }

function AliyunBasicUnit() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '单位', {
    regionText: '', regionCode: '', nature: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', serviceCode: '', checkClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const err = (k: string, m: string) => setErrs((x) => ({ ...x, [k]: m }));
  const [msg, setMsg] = useState('');
  const [hits, setHits] = useState<CountyHit[]>([]);
  const [searching, setSearching] = useState(false);
  const asked = useRef('');
  const [list, setList] = useState<AliEcs[] | null>(null);
  useEffect(() => {
    setList(null);
    if (s.resource !== '备案服务号') void fetchUnitResources(str(s.resource)).then(setList);
  }, [s.resource]);
  const search = (q: string) => {
    asked.current = q;
    setSearching(true);
    void searchCounties(q).then((l) => { if (asked.current === q) { setHits(l); setSearching(false); } });
  };
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  const kw = str(s.regionText);
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => (
    <div className={`ctl ctl-${k}`}>
      <Input className={cls} size="l" value={str(s[k])} placeholder={o.placeholder ?? '请输入'} maxLength={o.max}
        onChange={(v) => { set(k, v); if (errs[k]) err(k, ''); }}
        onBlur={(ev) => { const t = ev.target.value.trim(); if (t && o.blur) err(k, o.blur(t)); }} />
      {errs[k] ? <div className="field-err">{errs[k]}</div> : null}
    </div>
  );
  const rows: FieldRow[] = [
    {
      k: 'region', label: '主办单位所属区域', req: true, rule: '输入区县名称搜索，选择 省 / 市 / 区县；须与证件住所所在地一致',
      control: (
        <AutoComplete className="region-pop" options={hits.map((h) => ({ value: h.code, text: h.path.join(' / ') }))} keyword={kw}
          tips={searching ? '搜索中…' : kw && !hits.length ? '无匹配区县' : undefined}
          onChange={(code) => { const h = hits.find((x) => x.code === code); if (h) setMany({ regionCode: code, regionText: h.path.join(' / ') }); }}>
          {(ref) => <Input ref={ref} className="region" size="l" value={kw} placeholder="如 余杭区" onChange={(v) => { setMany({ regionText: v, regionCode: '' }); search(v); }} />}
        </AutoComplete>
      ),
    },
    {
      k: 'nature', label: '主办单位性质', req: true, rule: '须与主办单位名称相符（公司为企业）',
      control: <Select className="nature" appearance="button" size="l" matchButtonWidth placeholder="请选择" value={str(s.nature) || undefined} options={topts(NATURES)} onChange={(v) => setMany({ nature: v, certType: '' })} />,
    },
    {
      k: 'certType', label: '主办单位证件类型', req: true, rule: '随主办单位性质变化',
      control: certs.length
        ? <Radio.Group className="cert-type" value={str(s.certType)} onChange={(v) => set('certType', v)}>{certs.map((c) => <Radio key={c} name={c}>{c}</Radio>)}</Radio.Group>
        : <span className="help">请先选择主办单位性质</span>,
    },
    {
      k: 'certNumber', label: '主办单位证件号码', req: true, rule: '统一社会信用代码 18 位（GB 32100 校验）',
      control: text('certNumber', 'cert-number', { max: 18, blur: (v) => (s.nature === '个人' ? (validId(v) ? '' : '证件号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过') }),
    },
    { k: 'domain', label: '网站域名', req: true, rule: '已实名认证的一级域名，不带 www.', control: text('domain', 'domain', { placeholder: '如 example.cn', blur: domainRule }) },
    {
      k: 'resource', label: '资源类型', req: true, rule: '云服务器须为包年包月且剩余时长不少于 3 个月',
      control: <Segment className="resource" value={str(s.resource)} options={topts(ALIYUN_RESOURCE_KINDS)} onChange={(v) => setMany({ resource: v, instance: '', serviceCode: '' })} />,
    },
    s.resource === '备案服务号'
      ? { k: 'serviceCode', label: '备案服务号', req: true, rule: '无阿里云服务器时，购买备案服务号后填写', control: text('serviceCode', 'service-code', { max: 32 }) }
      : {
        k: 'instance', label: '备案实例', req: true, rule: '选择网站所在的实例',
        control: (
          <Select className="instance" appearance="button" size="l" matchButtonWidth placeholder={list ? (list.length ? '请选择实例' : '当前账号下无此类实例') : '实例加载中…'}
            value={str(s.instance) || undefined} options={(list ?? []).map((i) => ({ value: i.id, text: `${i.name}（${i.ip}）· ${i.id}${i.short ? ' · 剩余不足 3 个月' : ''}`, disabled: !!i.short }))}
            onChange={(v) => set('instance', v)} />
        ),
      },
  ];
  return (
    <>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span className="who">杭州云栖示例科技有限公司</span></div>
      <div className="al-body">
        <div className="card-w"><Stepper steps={['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料'].map((label) => ({ id: label, label }))} current="填写基本信息" /></div>
        <Card className="rules-card"><Card.Body title="验证备案类型">
          <Table className="rules" recordKey="k" records={rows}
            columns={[
              { key: 'label', header: '项目', width: 180, render: (r: FieldRow) => <span className={`cap cap-${r.k}`}>{r.req ? <span style={{ color: '#e54545' }}>*</span> : null}{r.label}</span> },
              { key: 'control', header: '填写', width: 440, render: (r: FieldRow) => <div className={`cell-${r.k}`}>{r.control}</div> },
              { key: 'rule', header: '填写要求', render: (r: FieldRow) => <span className="help">{r.rule}</span> },
            ]} />
          <div className="actions">
            <Button type="primary" className="check" onClick={() => { clicks(s, set, 'checkClicks')(); setMsg('校验中：域名实名信息需与主办单位一致'); }}>信息校验</Button>
            {msg ? <span className="msg">{msg}</span> : null}
          </div>
        </Card.Body></Card>
      </div>
    </>
  );
}

const APPS: Record<string, () => ReactNode> = {
  'heldout35-aliyun-basic-unit-tea-rulestable': AliyunBasicUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
