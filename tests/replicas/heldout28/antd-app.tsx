/**
 * Gen-28 held-out builds on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout28-aliyun-basic-person-antd-checkpane    填写基本信息 (个人, 阿里云) as a CHECK PANE: the form left, a read-only
 *    校验结果 Descriptions right (derived); a SEARCHABLE whole-tree Cascader, a searchable Select, BUTTON radios filtered by
 *    the nature, blur checks, a SEGMENTED resource type, an instance Select answered late; 信息校验
 *  - heldout28-tencent-site-unit-antd-progressrail   填写网站信息 (单位, 腾讯云) with a PROGRESS RAIL: Cards left, a sticky
 *    completion rail right (derived); a TAGS Select of domains, an AUTOCOMPLETE home URL, a Select, a TRANSFER of languages,
 *    是 / 否 radios, a TABLE with radio row selection, a Select, blur checks, a RANGEPICKER, phones that must differ, an Upload
 *    the profile cannot fill; 上一步 / 下一步
 */
import {
  AutoComplete, Button, Card, Cascader, ConfigProvider, DatePicker, Descriptions, Form, Input, Progress, Radio, Segmented, Select, Steps, Table, Transfer, Upload, type UploadFile,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, fetchPersonInstances, homeUrlSuggestions, ICP_CERTS_BY_NATURE, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, NATURES,
  pathOfCode, regionOptions, TENCENT_CVMS, validId, type PersonInstance,
} from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

/** A labelled row with its error under it (antd Form.Item, no antd form store: the state is ours). */
function Row(p: { label: ReactNode; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>{p.children}</Form.Item>;
}
function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; blur?: (v: string) => string; width?: number }) {
  return (
    <Input className={p.cls} style={{ width: p.width ?? 300 }} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/* ------------------------------------------------------------------ 填写基本信息 (个人, 阿里云), check pane */

interface RegionNode { value: string; label: string; children?: RegionNode[] }
function codePath(tree: RegionNode[], code: string): string[] {
  for (const p of tree) {
    if (p.value === code) return [p.value];
    const sub = codePath(p.children ?? [], code);
    if (sub.length) return [p.value, ...sub];
  }
  return [];
}

function AliyunBasicPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'basic', '个人', {
    regionCode: '', nature: '', certType: '', certNumber: '', domain: '', resourceType: '', instance: '', serviceCode: '', checkClicks: 0,
  }, ({ regionCode, ...r }) => ({ ...r, region: pathOfCode(str(regionCode)) }));
  const e = useErrs();
  const regions = useMemo(() => regionOptions() as RegionNode[], []);
  const [instances, setInstances] = useState<PersonInstance[] | null>(null);
  const [checked, setChecked] = useState(false);
  useEffect(() => { if (s.resourceType === '云服务器' && !instances) void fetchPersonInstances(500).then(setInstances); }, [s.resourceType, instances]);
  const certs = ICP_CERTS_BY_NATURE[str(s.nature)] ?? [];
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const verify = () => { clicks(s, set, 'checkClicks')(); setChecked(true); };
  const ok = (b: boolean) => (checked ? (b ? <span className="ok-msg">通过</span> : <span className="msg">未通过</span>) : <span className="help">待校验</span>);
  return (
    <ConfigProvider locale={zhCN}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a className="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <div className="card-w"><Steps size="small" current={0} items={['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((title) => ({ title }))} /></div>
        <div className="checkpane">
          <div className="card-w c-form">
            <h3 style={{ margin: '0 0 14px', fontSize: 15 }}>备案类型验证</h3>
            <Form labelCol={{ flex: '150px' }} labelAlign="left">
              <Row label="主办者所属区域" req>
                <Cascader className="region" style={{ width: 320 }} placeholder="省 / 市 / 区县，可输入搜索" options={regions} showSearch
                  classNames={{ popup: { root: 'region-pop' } }} value={s.regionCode ? codePath(regions, str(s.regionCode)) : undefined}
                  onChange={(v) => { const l = arr<string>(v); set('regionCode', l.length === 3 ? l[2]! : ''); }} />
              </Row>
              <Row label="主办单位性质" req>
                <Select className="nature" style={{ width: 320 }} showSearch placeholder="请选择" value={str(s.nature) || undefined} options={opts(NATURES)} classNames={{ popup: { root: 'nature-pop' } }}
                  onChange={(v) => setMany({ nature: v, certType: '' })} />
              </Row>
              <Row label="证件类型" req extra={s.nature ? undefined : '请先选择主办单位性质'}>
                <Radio.Group className="cert-type" optionType="button" value={str(s.certType) || undefined} onChange={(ev) => set('certType', ev.target.value)}>
                  {certs.slice(0, 4).map((c) => <Radio.Button key={c} value={c}>{c}</Radio.Button>)}
                </Radio.Group>
              </Row>
              <Row label="证件号码" req e={e} k="certNumber">{text('certNumber', 'cert-number', { max: 18, blur: (v) => ((s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Row>
              <Row label="网站域名" req e={e} k="domain" extra="不带 www.，域名须已实名认证 3 天以上">{text('domain', 'domain', { placeholder: '如 example.cn', blur: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名') })}</Row>
              <Row label="备案资源类型" req>
                <Segmented className="resource-type" value={str(s.resourceType) || '—'} options={[{ label: '请选择', value: '—', disabled: true }, '云服务器', '备案服务号']}
                  onChange={(v) => setMany({ resourceType: String(v), instance: '', serviceCode: '' })} />
              </Row>
              {s.resourceType === '云服务器' ? (
                <Row label="云服务器实例" req extra="须为包年包月且剩余时长 3 个月以上">
                  <Select className="instance" style={{ width: 420 }} placeholder={instances ? '请选择' : '加载中…'} loading={!instances} value={str(s.instance) || undefined}
                    classNames={{ popup: { root: 'instance-pop' } }} options={(instances ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.id}）· ${i.ip} · 到期 ${i.expires}` }))}
                    onChange={(v) => set('instance', v)} />
                </Row>
              ) : null}
              {s.resourceType === '备案服务号' ? <Row label="备案服务号" req>{text('serviceCode', 'service-code', { placeholder: '在备案服务号管理中申请' })}</Row> : null}
              <Form.Item label=" " colon={false}><Button className="verify" type="primary" onClick={verify}>信息校验</Button></Form.Item>
            </Form>
          </div>
          <div className="card-w c-result">
            <h3 style={{ margin: '0 0 14px', fontSize: 15 }}>校验结果</h3>
            <Descriptions column={1} size="small" bordered items={[
              { key: 'r', label: '所属区域', children: pathOfCode(str(s.regionCode)).join(' / ') || '—' },
              { key: 'n', label: '主体性质', children: str(s.nature) || '—' },
              { key: 'c', label: '证件', children: <>{str(s.certType) || '—'} {ok(validId(str(s.certNumber)))}</> },
              { key: 'd', label: '域名实名', children: <>{str(s.domain) || '—'} {ok(DOMAIN_RE.test(str(s.domain)))}</> },
              { key: 'i', label: '备案资源', children: <>{str(s.instance) || str(s.serviceCode) || '—'} {ok(!!(s.instance || s.serviceCode))}</> },
            ]} />
            <div className="help" style={{ marginTop: 8 }}>新注册域名需等待约 3 天实名信息同步后再校验。</div>
          </div>
        </div>
      </div></div>
    </ConfigProvider>
  );
}

/* ------------------------------------------------------------------ 填写网站信息 (单位, 腾讯云), progress rail */

const D = (v: string) => (v ? dayjs(v, 'YYYY-MM-DD') : null);

function TencentSiteUnit() {
  const { s, set, setMany } = useReplicaState('tencent', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', content: '', languages: [], preApproval: '', server: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [],
    wpMobile: '', wpEmergency: '', wpEmail: '', wpLetter: [], prevClicks: 0, nextClicks: 0,
  });
  const e = useErrs();
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const setDomains = (v: unknown) => {
    const l = arr<string>(v).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
    const bad = l.find((x) => !DOMAIN_RE.test(x));
    if (bad) e.set('domains', `${bad}：请填写不带 www. 与 http:// 的域名`); else e.clear('domains');
    const ok = l.filter((x, i) => DOMAIN_RE.test(x) && l.indexOf(x) === i);
    setMany({ domains: ok, homeUrl: homeUrlSuggestions(ok).includes(str(s.homeUrl)) ? s.homeUrl : '' });
  };
  const letter: UploadFile[] = arr<string>(s.wpLetter).map((name) => ({ uid: name, name, status: 'done' }));
  const sections: [string, string[]][] = [
    ['网站信息', ['siteName', 'domains', 'homeUrl', 'content', 'languages', 'preApproval']],
    ['备案云服务', ['server']],
    ['互联网信息服务负责人', ['wpName', 'wpCertType', 'wpCertNumber', 'wpValidity', 'wpMobile', 'wpEmergency', 'wpEmail', 'wpLetter']],
  ];
  const filled = (k: string) => (Array.isArray(s[k]) ? arr(s[k]).length > 0 : !!str(s[k]));
  const all = sections.flatMap(([, ks]) => ks);
  const pct = Math.round((all.filter(filled).length / all.length) * 100);
  const next = () => { clicks(s, set, 'nextClicks')(); setMsg(pct === 100 ? '请稍候…' : '请完善带 * 的信息'); };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style={{ marginLeft: 'auto' }}>杭州云栖示例科技有限公司</span></div>
      <nav className="tc-side" aria-label="网站备案"><a>概览</a><a className="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
      <div className="tc-main"><div className="tc-body">
        <h2 className="page-title">首次备案 · 填写网站信息</h2>
        <div className="card-w"><Steps size="small" current={2} items={['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'].map((title) => ({ title }))} /></div>
        <div className="rail-layout">
          <div className="rail-form">
            <Card className="c-site" title="网站信息" style={{ marginBottom: 16 }}>
              <Form labelCol={{ flex: '170px' }} labelAlign="left">
                <Row label="网站名称" req>{text('siteName', 'site-name', { max: 50 })}</Row>
                <Row label="网站域名" req e={e} k="domains" extra="输入后回车，可填写多个">
                  <Select className="domains" mode="tags" style={{ width: 420 }} placeholder="如 example.cn" value={arr<string>(s.domains)} classNames={{ popup: { root: 'domains-pop' } }} onChange={setDomains} />
                </Row>
                <Row label="网站首页" req>
                  <AutoComplete className="home-url" style={{ width: 420 }} placeholder="如 www.example.cn" value={str(s.homeUrl)} classNames={{ popup: { root: 'home-url-pop' } }}
                    options={homeUrlSuggestions(arr<string>(s.domains)).map((value) => ({ value }))} onChange={(v) => set('homeUrl', String(v ?? ''))} />
                </Row>
                <Row label="网站服务内容" req>
                  <Select className="content" style={{ width: 300 }} showSearch placeholder="请选择" value={str(s.content) || undefined} options={opts(ICP_CONTENT)} classNames={{ popup: { root: 'content-pop' } }}
                    onChange={(v) => set('content', v)} />
                </Row>
                <Row label="网站语言" req>
                  <Transfer className="languages" dataSource={ICP_LANGUAGES.map((l) => ({ key: l, title: l }))} targetKeys={arr<string>(s.languages)} titles={['可选语言', '已选语言']}
                    render={(i) => i.title} listStyle={{ width: 180, height: 220 }} onChange={(keys) => set('languages', keys.map(String))} />
                </Row>
                <Row label="前置审批" req extra={s.preApproval === '是' ? '请在“上传资料”中上传前置审批文件' : '涉及新闻、出版、教育、医疗保健等须取得前置审批'}>
                  <Radio.Group className="pre-approval" value={str(s.preApproval) || undefined} options={['是', '否']} onChange={(ev) => set('preApproval', ev.target.value)} />
                </Row>
              </Form>
            </Card>
            <Card className="c-server" title="备案云服务" style={{ marginBottom: 16 }}>
              <div className="help" style={{ marginBottom: 8 }}>选择网站所在的云服务器（包年包月，剩余时长须 3 个月以上）</div>
              <Table className="cvm-table" size="small" rowKey="id" pagination={false} dataSource={TENCENT_CVMS}
                rowSelection={{ type: 'radio', selectedRowKeys: s.server ? [str(s.server)] : [], onChange: (keys) => set('server', String(keys[0] ?? '')), getCheckboxProps: (r) => ({ disabled: !!r.short }) }}
                columns={[
                  { title: '实例ID', dataIndex: 'id' }, { title: '实例名称', dataIndex: 'name' }, { title: '公网IP', dataIndex: 'ip' }, { title: '地域', dataIndex: 'region' },
                  { title: '到期时间', dataIndex: 'expires', render: (v: string, r) => <>{v}{r.short ? <span className="msg"> 剩余不足 3 个月</span> : null}</> },
                ]} />
            </Card>
            <Card className="c-wp" title="互联网信息服务负责人">
              <Form labelCol={{ flex: '170px' }} labelAlign="left">
                <Row label="姓名" req>{text('wpName', 'wp-name', { max: 30 })}</Row>
                <Row label="证件类型" req>
                  <Select className="wp-cert-type" style={{ width: 300 }} placeholder="请选择" value={str(s.wpCertType) || undefined} options={opts(ICP_PERSON_CERTS)} classNames={{ popup: { root: 'wp-cert-type-pop' } }}
                    onChange={(v) => set('wpCertType', v)} />
                </Row>
                <Row label="证件号码" req e={e} k="wpCertNumber">{text('wpCertNumber', 'wp-cert-number', { max: 18, blur: (v) => ((s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过') })}</Row>
                <Row label="证件有效期" req>
                  <DatePicker.RangePicker className="wp-validity" format="YYYY-MM-DD" placeholder={['开始日期', '结束日期']}
                    value={arr<string>(s.wpValidity).length === 2 ? [D(arr<string>(s.wpValidity)[0]!), D(arr<string>(s.wpValidity)[1]!)] : null}
                    onChange={(v) => set('wpValidity', v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : [])} />
                </Row>
                <Row label="手机号码" req e={e} k="wpMobile">{text('wpMobile', 'wp-mobile', { max: 11, blur: mobileRule })}</Row>
                <Row label="应急联系电话" req e={e} k="wpEmergency">{text('wpEmergency', 'wp-emergency', { max: 11, blur: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : '') })}</Row>
                <Row label="电子邮箱" req e={e} k="wpEmail">{text('wpEmail', 'wp-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确') })}</Row>
                <Row label="负责人授权书" req e={e} k="wpLetter" extra="负责人非法定代表人时须上传，加盖公章；jpg / png，不超过 4MB">
                  <Upload className="wp-letter" accept="image/png,image/jpeg" maxCount={1} fileList={letter}
                    beforeUpload={(f) => {
                      if (!/^image\/(png|jpeg)$/.test(f.type)) { e.set('wpLetter', '仅支持 jpg / png 格式'); return Upload.LIST_IGNORE; }
                      e.clear('wpLetter'); set('wpLetter', [f.name]); return false;
                    }}
                    onRemove={() => { set('wpLetter', []); return true; }}>
                    <Button>选择文件</Button>
                  </Upload>
                </Row>
              </Form>
            </Card>
          </div>
          <aside className="rail card-w">
            <b>填写进度</b>
            <Progress className="progress" percent={pct} size="small" />
            <ul className="rail-list">
              {sections.map(([t, ks]) => { const n = ks.filter(filled).length; return <li key={t}>{t}<span className={n === ks.length ? 'ok-msg' : 'help'}>{n === ks.length ? '已填' : `${n}/${ks.length}`}</span></li>; })}
            </ul>
          </aside>
        </div>
        <div className="actions">
          <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button type="primary" onClick={next}>下一步</Button>
          {msg ? <span className="msg">{msg}</span> : null}
        </div>
      </div></div>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => React.JSX.Element> = {
  'heldout28-aliyun-basic-person-antd-checkpane': AliyunBasicPerson,
  'heldout28-tencent-site-unit-antd-progressrail': TencentSiteUnit,
};
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
