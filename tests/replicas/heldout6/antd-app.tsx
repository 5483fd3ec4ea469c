/**
 * Gen-6 held-out builds made with antd 6 on React 19 (see index.ts). The framework state is one React
 * state object per page; getState() returns it (file lists as names).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import {
  Button, Card, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, Radio, Select, Space, Steps, Tabs, Tag, Typography,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import {
  B, build, captchaSvg, certCodesFor, expose, fetchAreas, snapshot, splitList, ACCESS_PROVIDERS, INTERACTIVE_KINDS, MPS_ACCESS_METHODS,
  MPS_LANGUAGES, NATURE_CODES, PSB_CATEGORIES, REGISTRARS,
} from './common';

type State = Record<string, unknown>;

/** One state object for the page, exposed as window.__replica (set keeps the latest object for getState). */
function useReplica<T extends State>(platform: string, step: string, variant: string, init: T) {
  const ref = useRef<T>(init);
  const [s, setS] = useState<T>(init);
  const bump = useMemo(() => expose(platform, step, variant, () => snapshot(ref.current)), []);
  const set = useCallback((patch: Partial<T>) => {
    ref.current = { ...ref.current, ...patch };
    setS(ref.current);
    bump();
  }, [bump]);
  return [s, set, ref] as const;
}

const CSS = `
body{margin:0;background:#f5f6fa;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.top{height:48px;background:#fff;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 24px;font-weight:600}
.top .brand{color:#ff6a00;margin-right:16px}
.wrap{max-width:1040px;margin:20px auto;padding:0 16px}
.bi{display:inline-flex;flex-direction:column;line-height:1.25;text-align:right;white-space:normal}
.bi .en{font-size:12px;color:#8c8c8c;font-weight:400}
.bilingual .ant-form-item-label>label{height:auto;min-height:32px}
.kind-cards{display:flex;gap:12px}
.kind-card{width:220px;cursor:pointer;border:1px solid #d9d9d9;border-radius:8px;padding:12px 14px;position:relative;background:#fff}
.kind-card:hover{border-color:#ff8a33}
.kind-card.on{border-color:#ff6a00;box-shadow:0 0 0 1px #ff6a00}
.kind-card .t{font-weight:600}.kind-card .d{font-size:12px;color:#8c8c8c;margin-top:4px}
.kind-card .tick{position:absolute;right:0;top:0;width:0;height:0;border-left:22px solid transparent;border-top:22px solid #ff6a00;display:none}
.kind-card.on .tick{display:block}
.captcha{display:flex;gap:8px;align-items:center}
.footer-bar{display:flex;justify-content:center;gap:12px;padding:16px 0}
.sub-row{display:flex;gap:8px;margin-bottom:8px}
`;

function Styles() {
  return <style>{CSS}</style>;
}

/* ------------------------------------------------------------------ lazy region cascader */

type RegionOption = { value: string; label: string; isLeaf?: boolean; children?: RegionOption[]; loading?: boolean; level: number };

/** A Cascader over the region API: provinces on mount, each level fetched when expanded; reports the name path. */
function LazyRegion(props: { value: string[]; onChange: (names: string[]) => void; placeholder?: string; id?: string }) {
  const [options, setOptions] = useState<RegionOption[]>([]);
  useEffect(() => {
    void fetchAreas('').then((list) => setOptions(list.map((a) => ({ value: a.code, label: a.name, isLeaf: false, level: 1 }))));
  }, []);
  const loadData = (selected: RegionOption[]) => {
    const target = selected[selected.length - 1]!;
    target.loading = true;
    void fetchAreas(target.value).then((list) => {
      target.loading = false;
      target.children = list.map((a) => ({ value: a.code, label: a.name, isLeaf: target.level + 1 >= 3, level: target.level + 1 }));
      setOptions((o) => [...o]);
    });
  };
  // the value shown is the code path of the names held (when the options are loaded), else the names
  const codes = useMemo(() => {
    const out: string[] = [];
    let level: RegionOption[] | undefined = options;
    for (const n of props.value) {
      const hit: RegionOption | undefined = level?.find((o) => o.label === n);
      if (!hit) return props.value;
      out.push(hit.value);
      level = hit.children;
    }
    return out;
  }, [options, props.value]);
  return (
    <Cascader
      id={props.id}
      options={options}
      loadData={loadData as never}
      value={props.value.length ? codes : undefined}
      placeholder={props.placeholder ?? '请选择省 / 市 / 区县'}
      onChange={(_v, sel) => props.onChange(((sel ?? []) as RegionOption[]).map((o) => o.label))}
      style={{ width: '100%' }}
    />
  );
}

/* ------------------------------------------------------------------ 阿里云 验证备案类型 (单位), bilingual labels */

const Bi = ({ zh, en }: { zh: string; en: string }) => (
  <span className="bi"><span className="zh">{zh}</span><span className="en">{en}</span></span>
);

function KindCards(props: { value: string; onChange: (v: string) => void; items: { value: string; title: string; desc: string }[] }) {
  return (
    <div className="kind-cards" role="radiogroup">
      {props.items.map((it) => (
        <div
          key={it.value}
          className={`kind-card${props.value === it.value ? ' on' : ''}`}
          role="radio"
          aria-checked={props.value === it.value}
          tabIndex={0}
          onClick={() => props.onChange(it.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); props.onChange(it.value); } }}
        >
          <span className="tick" />
          <div className="t">{it.title}</div>
          <div className="d">{it.desc}</div>
        </div>
      ))}
    </div>
  );
}

function AliyunBasic() {
  const [s, set] = useReplica('aliyun', 'basic', '单位', {
    region: [] as string[], nature: '', certType: '', certNumber: '', name: '', serviceKind: '', domainsText: '', domains: [] as string[],
    appName: '', resourceType: 'ECS云服务器', ips: [] as string[], filingCode: '', referral: '', captcha: '', agreed: false, verifyClicks: 0, nextClicks: 0,
  });
  const natureCode = NATURE_CODES.find(([, l]) => l === s.nature)?.[0] ?? '';
  const certs = natureCode ? certCodesFor(natureCode) : [];
  return (
    <div>
      <div className="top"><span className="brand">阿里云</span>ICP代备案管理系统</div>
      <div className="wrap">
        <Card>
          <Steps size="small" current={0} items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} />
        </Card>
        <Card style={{ marginTop: 16 }} title={<Bi zh="验证备案类型" en="Verify filing type" />}>
          <Form className="bilingual" layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 14 }} labelWrap colon={false}>
            <Form.Item label={<Bi zh="主办单位所属区域" en="Region of the organizer" />} required extra="请选择主办单位证件住所所在的省、市、区县">
              <LazyRegion value={s.region} onChange={(region) => set({ region })} />
            </Form.Item>
            <Form.Item label={<Bi zh="主办单位性质" en="Organizer type" />} required>
              <Select
                value={s.nature || undefined}
                placeholder="请选择"
                options={NATURE_CODES.map(([, l]) => ({ value: l, label: l }))}
                onChange={(nature: string) => set({ nature, certType: '' })}
              />
            </Form.Item>
            <Form.Item label={<Bi zh="主办单位证件类型" en="Certificate type" />} required>
              <Select
                value={s.certType || undefined}
                disabled={!natureCode}
                placeholder={natureCode ? '请选择' : '请先选择主办单位性质'}
                options={certs.map(([v, l]) => ({ value: v, label: l }))}
                onChange={(certType: string) => set({ certType })}
              />
            </Form.Item>
            <Form.Item label={<Bi zh="主办单位证件号码" en="Certificate No." />} required extra="企业请填写 18 位统一社会信用代码">
              <Input value={s.certNumber} maxLength={32} onChange={(e) => set({ certNumber: e.target.value })} />
            </Form.Item>
            <Form.Item label={<Bi zh="主办单位名称" en="Organizer name" />} required tooltip="须与域名实名认证的持有者名称一致">
              <Input value={s.name} maxLength={128} onChange={(e) => set({ name: e.target.value })} />
            </Form.Item>
            <Form.Item label={<Bi zh="备案类型" en="Service type" />} required>
              <KindCards
                value={s.serviceKind}
                onChange={(serviceKind) => set({ serviceKind })}
                items={[
                  { value: '网站', title: '网站', desc: '为网站办理备案，需填写域名' },
                  { value: 'APP', title: 'APP', desc: '为移动应用办理备案，需填写App名称' },
                ]}
              />
            </Form.Item>
            {s.serviceKind === '网站' && (
              <Form.Item label={<Bi zh="网站域名" en="Domain names" />} required extra="不含 www.；多个域名请用中文分号“；”分隔，最多 10 个">
                <Input.TextArea
                  rows={3}
                  value={s.domainsText}
                  placeholder="例如：example.cn；example.com.cn"
                  onChange={(e) => set({ domainsText: e.target.value, domains: splitList(e.target.value) })}
                />
              </Form.Item>
            )}
            {s.serviceKind === 'APP' && (
              <Form.Item label={<Bi zh="App名称" en="App name" />} required>
                <Input value={s.appName} onChange={(e) => set({ appName: e.target.value })} />
              </Form.Item>
            )}
            <Form.Item label={<Bi zh="备案资源" en="Cloud resource" />} required>
              <Radio.Group value={s.resourceType} onChange={(e) => set({ resourceType: e.target.value })}>
                <Radio value="ECS云服务器">ECS云服务器</Radio>
                <Radio value="轻量应用服务器">轻量应用服务器</Radio>
                <Radio value="备案服务号">备案服务号</Radio>
              </Radio.Group>
            </Form.Item>
            {s.resourceType === '备案服务号' ? (
              <Form.Item label={<Bi zh="备案服务号" en="Filing service code" />} required>
                <Input value={s.filingCode} onChange={(e) => set({ filingCode: e.target.value })} />
              </Form.Item>
            ) : (
              <Form.Item label={<Bi zh="服务器公网IP" en="Public IP" />} required extra="输入后回车，可添加多个">
                <Select
                  mode="tags"
                  value={s.ips}
                  open={false}
                  suffixIcon={null}
                  tokenSeparators={[',', '，', ';', '；', ' ']}
                  placeholder="请输入实例的公网IP"
                  onChange={(ips: string[]) => set({ ips })}
                />
              </Form.Item>
            )}
            <Form.Item label={<Bi zh="推荐码" en="Referral code" />} extra="选填">
              <Input value={s.referral} onChange={(e) => set({ referral: e.target.value })} />
            </Form.Item>
            <Form.Item label={<Bi zh="验证码" en="Captcha" />} required>
              <div className="captcha">
                <Input style={{ width: 160 }} value={s.captcha} onChange={(e) => set({ captcha: e.target.value })} />
                <img alt="验证码" src={captchaSvg('7K3Q')} />
              </div>
            </Form.Item>
            <Form.Item wrapperCol={{ offset: 7, span: 14 }}>
              <Checkbox checked={s.agreed} onChange={(e) => set({ agreed: e.target.checked })}>我已阅读并同意《阿里云ICP代备案服务协议》</Checkbox>
            </Form.Item>
            <Form.Item wrapperCol={{ offset: 7, span: 14 }}>
              <Space>
                <Button onClick={() => set({ verifyClicks: s.verifyClicks + 1 })}>信息校验</Button>
                <Button type="primary" onClick={() => set({ nextClicks: s.nextClicks + 1 })}>下一步</Button>
              </Space>
            </Form.Item>
          </Form>
        </Card>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ 公安 网站基本信息 (单位), Tabs */

function SubDomains(props: { value: string[]; onChange: (v: string[]) => void }) {
  const v = props.value;
  return (
    <div>
      {v.map((d, i) => (
        <div className="sub-row" key={i}>
          <Input value={d} placeholder="请输入从域名" onChange={(e) => props.onChange(v.map((x, j) => (j === i ? e.target.value : x)))} />
          <Button onClick={() => props.onChange(v.filter((_, j) => j !== i))}>删除</Button>
        </div>
      ))}
      <Button type="dashed" block onClick={() => props.onChange([...v, ''])}>+ 添加从域名</Button>
    </div>
  );
}

function MpsSite() {
  const [s, set] = useReplica('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [] as string[], ips: [] as string[],
    apJurisdiction: '', apRegion: [] as string[], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [] as string[], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [] as string[], siteType: '', languages: [] as string[], preLicence: '', dangerous: '',
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const [tab, setTab] = useState('site');
  const jurisdiction = (value: string, onChange: (v: string) => void) => (
    <Radio.Group value={value} onChange={(e) => onChange(e.target.value)} options={['境内', '境外']} />
  );
  const nameSelect = (value: string, list: string[], onChange: (v: string) => void) => (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        style={{ flex: 1 }}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="请输入名称搜索"
        value={value || undefined}
        options={list.map((n) => ({ value: n, label: n }))}
        onChange={onChange}
      />
      <Button>查询</Button>
    </Space.Compact>
  );
  const items = [
    {
      key: 'site', label: '网站信息', forceRender: true, children: (
        <>
          <Form.Item label="网站名称" required extra="须与工信部备案的网站名称一致"><Input value={s.siteName} onChange={(e) => set({ siteName: e.target.value })} /></Form.Item>
          <Form.Item label="工信部备案号" required extra="格式如：浙ICP备12345678号-1"><Input value={s.icpNumber} onChange={(e) => set({ icpNumber: e.target.value })} /></Form.Item>
          <Form.Item label="网站开通日期" required>
            <DatePicker
              style={{ width: 220 }}
              format="YYYY-MM-DD"
              value={s.openedAt ? dayjs(s.openedAt) : null}
              onChange={(_d, str) => set({ openedAt: typeof str === 'string' ? str : '' })}
            />
          </Form.Item>
          <Form.Item label="主域名" required extra="一级域名，不含 www."><Input value={s.mainDomain} onChange={(e) => set({ mainDomain: e.target.value })} /></Form.Item>
          <Form.Item label="从域名"><SubDomains value={s.subDomains} onChange={(subDomains) => set({ subDomains })} /></Form.Item>
          <Form.Item label="网站IP" required extra="域名实际解析到的 IP，输入后回车">
            <Select mode="tags" open={false} suffixIcon={null} value={s.ips} tokenSeparators={[',', '，', ' ']} onChange={(ips: string[]) => set({ ips })} />
          </Form.Item>
        </>
      ),
    },
    {
      key: 'ap', label: '网络接入服务商', forceRender: true, children: (
        <>
          <Form.Item label="所属地区管辖" required>{jurisdiction(s.apJurisdiction, (apJurisdiction) => set({ apJurisdiction }))}</Form.Item>
          <Form.Item label="所属区域" required><LazyRegion value={s.apRegion} onChange={(apRegion) => set({ apRegion })} /></Form.Item>
          <Form.Item label="服务商名称" required>{nameSelect(s.apName, ACCESS_PROVIDERS, (apName) => set({ apName }))}</Form.Item>
          <Form.Item label="网站接入方式" required>
            <Radio.Group value={s.apMethod} onChange={(e) => set({ apMethod: e.target.value })} options={MPS_ACCESS_METHODS} />
          </Form.Item>
          <Form.Item label="联系电话" required><Input value={s.apPhone} onChange={(e) => set({ apPhone: e.target.value })} /></Form.Item>
          <Form.Item label="接入商编码" required extra="服务商统一社会信用代码的第 9–17 位">
            <Input value={s.apCode} onChange={(e) => set({ apCode: e.target.value })} />
          </Form.Item>
        </>
      ),
    },
    {
      key: 'rg', label: '域名注册服务商', forceRender: true, children: (
        <>
          <Form.Item label="所属地区管辖" required>{jurisdiction(s.rgJurisdiction, (rgJurisdiction) => set({ rgJurisdiction }))}</Form.Item>
          <Form.Item label="所属区域" required><LazyRegion value={s.rgRegion} onChange={(rgRegion) => set({ rgRegion })} /></Form.Item>
          <Form.Item label="服务商名称" required>{nameSelect(s.rgName, REGISTRARS, (rgName) => set({ rgName }))}</Form.Item>
          <Form.Item label="联系电话" required><Input value={s.rgPhone} onChange={(e) => set({ rgPhone: e.target.value })} /></Form.Item>
        </>
      ),
    },
    {
      key: 'svc', label: '服务信息', forceRender: true, children: (
        <>
          <Form.Item label="是否提供互联网交互服务" required tooltip="用户可在网站上发布文字、图片、音视频等信息即为交互服务">
            <Radio.Group value={s.interactive} onChange={(e) => set({ interactive: e.target.value, interactiveKinds: e.target.value === '是' ? s.interactiveKinds : [] })} options={['是', '否']} />
          </Form.Item>
          {s.interactive === '是' && (
            <Form.Item label="交互服务类型" required>
              <Checkbox.Group value={s.interactiveKinds} options={INTERACTIVE_KINDS} onChange={(v) => set({ interactiveKinds: v as string[] })} />
            </Form.Item>
          )}
          <Form.Item label="网站类型" required>
            <Select
              style={{ width: 260 }}
              placeholder="请选择"
              value={s.siteType || undefined}
              options={PSB_CATEGORIES.map(([v, l]) => ({ value: v, label: l }))}
              onChange={(siteType: string) => set({ siteType })}
            />
          </Form.Item>
          <Form.Item label="网站语种" required>
            <Checkbox.Group value={s.languages} options={MPS_LANGUAGES} onChange={(v) => set({ languages: v as string[] })} />
          </Form.Item>
          <Form.Item label="是否涉及相关前置许可" required>
            <Radio.Group value={s.preLicence} onChange={(e) => set({ preLicence: e.target.value })} options={['是', '否']} />
          </Form.Item>
          <Form.Item label="是否提供危险物品信息发布服务" required>
            <Radio.Group value={s.dangerous} onChange={(e) => set({ dangerous: e.target.value })} options={['是', '否']} />
          </Form.Item>
        </>
      ),
    },
  ];
  return (
    <div>
      <div className="top">全国互联网安全管理服务平台<Tag style={{ marginLeft: 12 }}>新办网站申请</Tag></div>
      <div className="wrap">
        <Card>
          <Steps size="small" current={1} items={[{ title: '开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]} />
        </Card>
        <Card style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">请按标签页逐项填写，切换标签页不会丢失已填内容。</Typography.Paragraph>
          <Form layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 14 }}>
            <Tabs type="card" activeKey={tab} onChange={setTab} items={items} />
          </Form>
          <div className="footer-bar">
            <Button onClick={() => set({ prevClicks: s.prevClicks + 1 })}>上一步</Button>
            <Button onClick={() => set({ draftClicks: s.draftClicks + 1 })}>保存草稿</Button>
            <Button type="primary" onClick={() => set({ nextClicks: s.nextClicks + 1 })}>下一步</Button>
          </div>
        </Card>
      </div>
    </div>
  );
}

function App(): ReactNode {
  const b = build();
  if (b === B.aliyunBasic) return <AliyunBasic />;
  if (b === B.mpsSite) return <MpsSite />;
  return <div>unknown build {b}</div>;
}

createRoot(document.getElementById('app')!).render(
  <ConfigProvider locale={zhCN}>
    <Styles />
    <App />
  </ConfigProvider>,
);
