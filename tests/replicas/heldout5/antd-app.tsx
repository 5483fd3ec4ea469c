/**
 * Gen-5 held-out builds in React 19 + antd 6. Written from FORMS.md alone.
 *
 *  - heldout5-aliyun-site-unit-antd-modal: Alibaba's 填写网站信息 as a list page (Steps, a Table of the
 *    order's sites with 编辑 / 删除, + 新增网站) whose site fields are edited in a Modal that opens by itself
 *    on load: a vertical form in a 2-column grid (网站基本信息 / 网站负责人 titled by Dividers); 网站域名 as
 *    rows with a 主域名 radio each + 添加域名; 网站首页URL with a protocol Select addon; 服务类型 button
 *    radios; 网站服务内容 a checkable TreeSelect (grouped); 网站语言 as CheckableTags; 前置审批 radios
 *    revealing items; 网站IP地址 a tags Select; 同主体负责人 checkbox (copies and locks); validity as two
 *    DatePickers, the end one with a 长期 footer link; 保存 writes the row and closes the modal.
 *  - heldout5-mps-apply-unit-antd-anchor: the new 公安 platform's whole application on ONE long page:
 *    seven sections (开办主体, 主体负责人, 网站基本信息, 接入服务商, 域名注册服务商, 网站安全负责人, 应急联络人)
 *    as anchored headings with a sticky antd Anchor side nav; a horizontal form with right-aligned labels;
 *    labels repeat plainly across sections (所属区域, 服务商名称, 姓名, 证件类型 …).
 */
import { useState, type JSX } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Anchor, App as AntApp, Button, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, Modal, Radio, Row, Segmented, Select, Steps,
  Space, Table, Tag, TreeSelect, Typography, Upload, type UploadFile,
} from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import {
  ACCESS_PROVIDERS, build, codeAt, fetchAreas, HELD_PRINCIPAL, ICP_CONTENT_TREE, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ICP_SERVICE_TYPES,
  INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_LANGUAGES, MPS_PERSON_CERTS, MPS_PRE_LICENCES, MPS_UNIT_CERTS, nameOptions, PSB_CATEGORIES, REGISTRARS,
} from './common';
import { counter, useReplicaState } from './react-state';

dayjs.locale('zh-cn');

const PAGE_CSS = `
.al-main { max-width: 1160px; margin: 0 auto; padding: 16px 24px 40px; }
.al-box { background: #fff; padding: 20px 24px; margin-bottom: 16px; }
.al-title { font-size: 20px; font-weight: 500; margin: 0 0 16px; }
.al-dom { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.al-dom .ant-input { flex: 1; }
.al-tags .ant-tag { margin: 0 6px 6px 0; cursor: pointer; }
.al-valid { display: flex; gap: 8px; align-items: center; }
.al-foot { display: flex; justify-content: center; gap: 12px; padding: 12px 0; }
.ps-wrap { max-width: 1240px; margin: 0 auto; padding: 16px 20px 60px; display: flex; gap: 20px; align-items: flex-start; }
.ps-nav { width: 180px; flex: none; position: sticky; top: 12px; background: #fff; padding: 12px 8px; }
.ps-body { flex: 1; min-width: 0; }
.ps-sec { background: #fff; padding: 8px 28px 4px; margin-bottom: 16px; scroll-margin-top: 12px; }
.ps-sec > h3 { font-size: 16px; color: #1a5fb4; border-bottom: 1px solid #e8e8e8; padding: 12px 0; margin: 0 0 20px; }
.ps-pair { display: flex; gap: 8px; }
.ps-pair > .ant-cascader { width: 240px; flex: none; }
.ps-iptags { margin-top: 8px; }
.ps-subrow { display: flex; gap: 8px; margin-bottom: 8px; }
.ps-foot { background: #fff; padding: 16px 28px; }
.ps-body .ant-form-item-control { min-width: 0; }
`;

const AREA_OPTIONS = nameOptions();

/* ------------------------------------------------------------------ shared widgets */

type LazyOption = { value: string; label: string; isLeaf?: boolean; children?: LazyOption[]; loading?: boolean };

/** An antd Cascader whose levels are fetched on expand (its own loader and option tree). */
function LazyRegion({ value, onChange, placeholder }: { value: string[]; onChange: (v: string[]) => void; placeholder?: string }) {
  const [options, setOptions] = useState<LazyOption[]>([]);
  const [loaded, setLoaded] = useState(false);
  const loadRoot = () => {
    if (loaded) return;
    setLoaded(true);
    fetchAreas('').then((list) => setOptions(list.map((a) => ({ value: a.name, label: a.name, isLeaf: false }))));
  };
  const loadData = (selected: LazyOption[]) => {
    const path = selected.map((o) => o.value);
    fetchAreas(codeAt(path)).then((list) => {
      const kids = list.map((a) => ({ value: a.name, label: a.name, isLeaf: path.length >= 2 }));
      const put = (opts: LazyOption[], depth: number): LazyOption[] =>
        opts.map((o) => (o.value !== path[depth] ? o : depth === path.length - 1 ? { ...o, children: kids } : { ...o, children: put(o.children ?? [], depth + 1) }));
      setOptions((opts) => put(opts, 0));
    });
  };
  return (
    <Cascader
      options={options}
      loadData={loadData as never}
      onOpenChange={(o) => { if (o) loadRoot(); }}
      value={value.length ? value : undefined}
      onChange={(v) => onChange(((v as string[] | undefined) ?? []).map(String))}
      placeholder={placeholder ?? '请选择省 / 市 / 区县'}
      changeOnSelect={false}
      style={{ width: 240 }}
    />
  );
}

const day = (s: string) => (s ? dayjs(s) : null);
const UploadNames = ({ files, onChange, text }: { files: UploadFile[]; onChange: (f: UploadFile[]) => void; text: string }) => (
  <Upload fileList={files} beforeUpload={() => false} onChange={({ fileList }) => onChange(fileList)} accept="image/jpeg,image/png" maxCount={1}>
    <Button>{text}</Button>
  </Upload>
);

/* ------------------------------------------------------------------ Alibaba site modal (单位) */

const PR = HELD_PRINCIPAL['单位'];

function AliyunSiteModal() {
  const { state: s, set, patch, setState } = useReplicaState('aliyun', 'site', '单位', {
    siteName: '',
    domains: [''] as string[],
    mainDomain: '',
    protocol: 'http://',
    homeUrl: '',
    serviceType: '',
    content: [] as string[],
    languages: [] as string[],
    preApproval: '',
    preItems: [] as string[],
    ips: [] as string[],
    wpSame: false,
    wpName: '',
    wpCertType: '',
    wpCertNumber: '',
    wpValidFrom: '',
    wpValidTo: '',
    wpLongTerm: false,
    wpMobile: '',
    wpEmergency: '',
    wpEmail: '',
    wpPhone: '',
    remark: '',
    modalOpen: true,
    okClicks: 0,
    prevClicks: 0,
    nextClicks: 0,
  });
  const [saved, setSaved] = useState<{ name: string; domains: string }>({ name: '', domains: '' });
  const locked = s.wpSame;
  const setDomain = (i: number, v: string) => {
    const next = s.domains.map((d, j) => (j === i ? v : d));
    patch({ domains: next, ...(s.mainDomain && s.mainDomain === s.domains[i] ? { mainDomain: v } : {}) });
  };
  const removeDomain = (i: number) => patch({ domains: s.domains.filter((_, j) => j !== i), ...(s.mainDomain === s.domains[i] ? { mainDomain: '' } : {}) });
  const toggleSame = (v: boolean) => {
    if (v) {
      patch({
        wpSame: true, wpName: PR.name, wpCertType: PR.certType, wpCertNumber: PR.certNumber, wpValidFrom: PR.validFrom, wpValidTo: PR.validTo,
        wpLongTerm: PR.longTerm, wpMobile: PR.mobile, wpEmergency: PR.emergency, wpEmail: PR.email,
      });
    } else patch({ wpSame: false });
  };
  const save = () => {
    setSaved({ name: s.siteName, domains: s.domains.filter(Boolean).join('，') });
    setState((x) => ({ ...x, okClicks: x.okClicks + 1, modalOpen: false }));
  };
  const treeData = ICP_CONTENT_TREE.map((g) => ({
    title: g.group, value: `group:${g.group}`, checkable: false, selectable: false,
    children: g.items.map((i) => ({ title: i, value: i })),
  }));
  const FI = Form.Item;
  return (
    <div className="al-main">
      <div className="al-title">填写网站信息</div>
      <div className="al-box">
        <Steps current={2} size="small" items={[{ title: '验证备案类型' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交初审' }]} />
      </div>
      <div className="al-box">
        <Typography.Title level={5}>网站列表</Typography.Title>
        <Table
          rowKey="key"
          pagination={false}
          dataSource={[{ key: '1', name: saved.name || '—', domains: saved.domains || '—', type: s.serviceType || '—', status: saved.name ? '已填写' : '待完善' }]}
          columns={[
            { title: '网站名称', dataIndex: 'name' },
            { title: '网站域名', dataIndex: 'domains' },
            { title: '服务类型', dataIndex: 'type' },
            { title: '状态', dataIndex: 'status', render: (t: string) => <Tag color={t === '已填写' ? 'green' : 'orange'}>{t}</Tag> },
            { title: '操作', key: 'op', render: () => <><Button type="link" onClick={() => set('modalOpen', true)}>编辑</Button><Button type="link" danger disabled>删除</Button></> },
          ]}
        />
        <Button type="dashed" style={{ marginTop: 12 }} disabled>+ 新增网站</Button>
      </div>
      <div className="al-foot">
        <Button onClick={counter(setState, 'prevClicks')}>上一步</Button>
        <Button type="primary" onClick={counter(setState, 'nextClicks')}>下一步</Button>
      </div>
      <Modal
        title="编辑网站信息"
        open={s.modalOpen}
        width={920}
        onCancel={() => set('modalOpen', false)}
        maskClosable={false}
        footer={[<Button key="c" onClick={() => set('modalOpen', false)}>取消</Button>, <Button key="o" type="primary" onClick={save}>保存</Button>]}
        styles={{ body: { maxHeight: '66vh', overflowY: 'auto', paddingRight: 8 } }}
      >
        <Form layout="vertical">
          <Divider titlePlacement="start">网站基本信息</Divider>
          <Row gutter={24}>
            <Col span={12}>
              <FI label="网站名称" required tooltip="网站名称需与网站内容相符，不少于 3 个汉字">
                <Input placeholder="请输入网站名称" value={s.siteName} onChange={(e) => set('siteName', e.target.value)} />
              </FI>
            </Col>
            <Col span={12}>
              <FI label="网站首页URL" required extra="须为网站域名列表中的域名">
                <Space.Compact style={{ width: '100%' }}>
                  <Select value={s.protocol} onChange={(v) => set('protocol', v)} options={[{ value: 'http://', label: 'http://' }, { value: 'https://', label: 'https://' }]} style={{ width: 96 }} />
                  <Input placeholder="www.example.com" value={s.homeUrl} onChange={(e) => set('homeUrl', e.target.value)} />
                </Space.Compact>
              </FI>
            </Col>
            <Col span={24}>
              <FI label="网站域名" required extra="不需要填写 www；勾选其中一个作为主域名">
                <div>
                  {s.domains.map((d, i) => (
                    <div className="al-dom" key={i}>
                      <Input placeholder={`域名${i + 1}`} value={d} onChange={(e) => setDomain(i, e.target.value)} />
                      <Radio checked={!!d && s.mainDomain === d} disabled={!d} onChange={() => set('mainDomain', d)}>主域名</Radio>
                      {s.domains.length > 1 && <Button type="link" danger onClick={() => removeDomain(i)}>删除</Button>}
                    </div>
                  ))}
                  <Button type="dashed" size="small" onClick={() => set('domains', [...s.domains, ''])}>+ 添加域名</Button>
                </div>
              </FI>
            </Col>
            <Col span={12}>
              <FI label="服务类型" required>
                <Radio.Group optionType="button" value={s.serviceType} onChange={(e) => set('serviceType', e.target.value)} options={ICP_SERVICE_TYPES} />
              </FI>
            </Col>
            <Col span={12}>
              <FI label="网站服务内容" required>
                <TreeSelect
                  treeData={treeData} treeCheckable showCheckedStrategy={TreeSelect.SHOW_CHILD} treeDefaultExpandAll placeholder="请选择网站服务内容"
                  value={s.content} onChange={(v) => set('content', (v as string[]).filter((x) => !x.startsWith('group:')))} style={{ width: '100%' }}
                />
              </FI>
            </Col>
            <Col span={24}>
              <FI label="网站语言" required extra="点击选择网站使用的语言，可多选">
                <div className="al-tags">
                  {ICP_LANGUAGES.map((l) => (
                    <Tag.CheckableTag key={l} checked={s.languages.includes(l)}
                      onChange={(on) => set('languages', on ? [...s.languages, l] : s.languages.filter((x) => x !== l))}>{l}</Tag.CheckableTag>
                  ))}
                </div>
              </FI>
            </Col>
            <Col span={12}>
              <FI label="是否涉及前置审批" required>
                <Radio.Group value={s.preApproval} onChange={(e) => patch({ preApproval: e.target.value, ...(e.target.value === '否' ? { preItems: [] } : {}) })}>
                  <Radio value="是">是</Radio><Radio value="否">否</Radio>
                </Radio.Group>
              </FI>
              {s.preApproval === '是' && (
                <FI label="前置审批项" required>
                  <Checkbox.Group value={s.preItems} onChange={(v) => set('preItems', v as string[])} options={ICP_PRE_APPROVALS} />
                </FI>
              )}
            </Col>
            <Col span={12}>
              <FI label="网站IP地址" required extra="输入 IP 后按回车，可添加多个（IPv4 / IPv6）">
                <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ';', ' ']} placeholder="请输入 IP 地址"
                  value={s.ips} onChange={(v) => set('ips', v as string[])} style={{ width: '100%' }} />
              </FI>
            </Col>
          </Row>
          <Divider titlePlacement="start">网站负责人</Divider>
          <FI>
            <Checkbox checked={s.wpSame} onChange={(e) => toggleSame(e.target.checked)}>同主体负责人</Checkbox>
          </FI>
          <Row gutter={24}>
            <Col span={12}><FI label="负责人姓名" required><Input disabled={locked} placeholder="请输入" value={s.wpName} onChange={(e) => set('wpName', e.target.value)} /></FI></Col>
            <Col span={12}>
              <FI label="证件类型" required>
                <Select disabled={locked} placeholder="请选择" value={s.wpCertType || undefined} onChange={(v) => set('wpCertType', v)} options={ICP_PERSON_CERTS.map((c) => ({ value: c, label: c }))} />
              </FI>
            </Col>
            <Col span={12}><FI label="证件号码" required><Input disabled={locked} placeholder="请输入" value={s.wpCertNumber} onChange={(e) => set('wpCertNumber', e.target.value)} /></FI></Col>
            <Col span={12}>
              <FI label="证件有效期" required>
                <div className="al-valid">
                  <DatePicker disabled={locked} placeholder="开始日期" value={day(s.wpValidFrom)} onChange={(_, d) => set('wpValidFrom', (d as string) || '')} />
                  <span>至</span>
                  <DatePicker
                    disabled={locked || s.wpLongTerm} placeholder={s.wpLongTerm ? '长期' : '结束日期'} value={day(s.wpValidTo)} onChange={(_, d) => set('wpValidTo', (d as string) || '')}
                    renderExtraFooter={() => <a onClick={() => patch({ wpLongTerm: true, wpValidTo: '' })}>长期有效</a>}
                  />
                  {s.wpLongTerm && !locked && <a onClick={() => set('wpLongTerm', false)}>取消长期</a>}
                </div>
              </FI>
            </Col>
            <Col span={12}><FI label="手机号码" required><Input disabled={locked} placeholder="请输入" value={s.wpMobile} onChange={(e) => set('wpMobile', e.target.value)} /></FI></Col>
            <Col span={12}><FI label="应急联系电话" required><Input disabled={locked} placeholder="请输入" value={s.wpEmergency} onChange={(e) => set('wpEmergency', e.target.value)} /></FI></Col>
            <Col span={12}><FI label="电子邮箱" required><Input disabled={locked} placeholder="请输入" value={s.wpEmail} onChange={(e) => set('wpEmail', e.target.value)} /></FI></Col>
            <Col span={12}><FI label="办公电话"><Input placeholder="选填" value={s.wpPhone} onChange={(e) => set('wpPhone', e.target.value)} /></FI></Col>
            <Col span={24}><FI label="网站备注"><Input.TextArea rows={2} placeholder="选填" value={s.remark} onChange={(e) => set('remark', e.target.value)} /></FI></Col>
          </Row>
        </Form>
      </Modal>
    </div>
  );
}

/* ------------------------------------------------------------------ 公安 one long application (单位) */

const SECTIONS: [string, string][] = [
  ['ps-subject', '开办主体'], ['ps-principal', '主体负责人'], ['ps-site', '网站基本信息'], ['ps-access', '接入服务商'],
  ['ps-registrar', '域名注册服务商'], ['ps-security', '网站安全负责人'], ['ps-emergency', '应急联络人'],
];

function MpsLongApply() {
  const { state: s, set, patch, setState } = useReplicaState('mps', 'site', '单位', {
    kind: '',
    unitName: '',
    unitCertType: '',
    unitCertNumber: '',
    licence: [] as UploadFile[],
    legalRep: '',
    officeRegion: [] as string[],
    officeDetail: '',
    usesGenAI: '',
    prName: '',
    prCertType: '',
    prCertNumber: '',
    prValidFrom: '',
    prValidTo: '',
    prLongTerm: false,
    resRegion: [] as string[],
    resDetail: '',
    prMobile: '',
    prEmail: '',
    siteName: '',
    icpNumber: '',
    openedAt: '',
    mainDomain: '',
    subDomains: [] as string[],
    ips: [] as string[],
    siteType: '',
    interactive: '',
    interactiveKinds: [] as string[],
    languages: [] as string[],
    preLicence: '',
    dangerous: '',
    apJurisdiction: '',
    apRegion: [] as string[],
    apName: '',
    apMethod: '',
    apPhone: '',
    rgJurisdiction: '',
    rgRegion: [] as string[],
    rgName: '',
    rgPhone: '',
    soName: '',
    soCertType: '',
    soCertNumber: '',
    soValidity: ['', ''] as string[],
    soMobile: '',
    soEmail: '',
    ecSame: false,
    ecName: '',
    ecCertType: '',
    ecCertNumber: '',
    ecMobile: '',
    agree: false,
    searchClicks: 0,
    draftClicks: 0,
    submitClicks: 0,
  });
  const [ipDraft, setIpDraft] = useState('');
  const addIp = () => {
    const ip = ipDraft.trim();
    if (ip && !s.ips.includes(ip)) set('ips', [...s.ips, ip]);
    setIpDraft('');
  };
  const ecLocked = s.ecSame;
  const toggleEc = (v: boolean) => {
    if (v) patch({ ecSame: true, ecName: s.prName, ecCertType: s.prCertType, ecCertNumber: s.prCertNumber, ecMobile: s.prMobile });
    else patch({ ecSame: false });
  };
  const FI = Form.Item;
  const txt = (k: keyof typeof s, placeholder = '请输入', disabled = false) => (
    <Input placeholder={placeholder} disabled={disabled} value={s[k] as string} onChange={(e) => set(k, e.target.value as never)} />
  );
  const sel = (k: keyof typeof s, list: string[], disabled = false, search = false) => (
    <Select showSearch={search} disabled={disabled} placeholder="请选择" value={(s[k] as string) || undefined} onChange={(v) => set(k, v as never)}
      options={list.map((x) => ({ value: x, label: x }))} />
  );
  const yesNo = (k: keyof typeof s, opts: string[] = ['是', '否']) => (
    <Radio.Group value={s[k]} onChange={(e) => set(k, e.target.value as never)} options={opts} />
  );
  return (
    <div className="ps-wrap">
      <div className="ps-nav">
        <Anchor affix={false} offsetTop={12} items={SECTIONS.map(([id, t]) => ({ key: id, href: `#${id}`, title: t }))} />
      </div>
      <div className="ps-body">
        <Form layout="horizontal" labelCol={{ flex: '200px' }} labelAlign="right" labelWrap wrapperCol={{ flex: '1 1 0' }} colon>
          <section className="ps-sec" id="ps-subject">
            <h3>开办主体</h3>
            <FI label="开办主体性质" required>{yesNo('kind', ['个人', '单位'])}</FI>
            <FI label="主办单位名称" required>{txt('unitName')}</FI>
            <FI label="主办单位证件类型" required>{sel('unitCertType', MPS_UNIT_CERTS)}</FI>
            <FI label="主办单位证件号" required>{txt('unitCertNumber', '请输入证件号码')}</FI>
            <FI label="有效证件" required extra="上传证件原件彩色照片，jpg / png，不超过 400KB">
              <UploadNames files={s.licence} onChange={(f) => set('licence', f)} text="上传证件" />
            </FI>
            <FI label="法人代表人姓名" required>{txt('legalRep')}</FI>
            <FI label="单位办公地址" required>
              <div className="ps-pair">
                <LazyRegion value={s.officeRegion} onChange={(v) => set('officeRegion', v)} />
                <Input placeholder="详细地址" value={s.officeDetail} onChange={(e) => set('officeDetail', e.target.value)} />
              </div>
            </FI>
            <FI label="是否利用生成式人工智能" required tooltip="网站是否使用生成式人工智能技术提供服务">
              <Segmented options={['是', '否']} value={s.usesGenAI} onChange={(v) => set('usesGenAI', String(v))} />
            </FI>
          </section>
          <section className="ps-sec" id="ps-principal">
            <h3>主体负责人</h3>
            <FI label="负责人姓名" required>{txt('prName')}</FI>
            <FI label="证件类型" required>{sel('prCertType', MPS_PERSON_CERTS)}</FI>
            <FI label="证件号码" required>{txt('prCertNumber')}</FI>
            <FI label="证件有效期" required>
              <div className="al-valid">
                <DatePicker placeholder="开始日期" value={day(s.prValidFrom)} onChange={(_, d) => set('prValidFrom', (d as string) || '')} />
                <span>至</span>
                <DatePicker disabled={s.prLongTerm} placeholder={s.prLongTerm ? '长期' : '结束日期'} value={day(s.prValidTo)} onChange={(_, d) => set('prValidTo', (d as string) || '')} />
                <Checkbox checked={s.prLongTerm} onChange={(e) => patch({ prLongTerm: e.target.checked, ...(e.target.checked ? { prValidTo: '' } : {}) })}>长期</Checkbox>
              </div>
            </FI>
            <FI label="负责人常住地址" required>
              <div className="ps-pair">
                <LazyRegion value={s.resRegion} onChange={(v) => set('resRegion', v)} />
                <Input placeholder="详细地址（门牌号可不填）" value={s.resDetail} onChange={(e) => set('resDetail', e.target.value)} />
              </div>
            </FI>
            <FI label="手机号码" required>{txt('prMobile')}</FI>
            <FI label="负责人邮箱" required>{txt('prEmail')}</FI>
          </section>
          <section className="ps-sec" id="ps-site">
            <h3>网站基本信息</h3>
            <FI label="网站名称" required extra="须与工信部备案的网站名称一致">{txt('siteName')}</FI>
            <FI label="工信部备案号" required>{txt('icpNumber', '如 浙ICP备12345678号-1')}</FI>
            <FI label="网站开通日期" required>
              <DatePicker placeholder="请选择日期" value={day(s.openedAt)} onChange={(_, d) => set('openedAt', (d as string) || '')} />
            </FI>
            <FI label="主域名" required>{txt('mainDomain', '如 example.com')}</FI>
            <FI label="从域名">
              <div>
                {s.subDomains.map((d, i) => (
                  <div className="ps-subrow" key={i}>
                    <Input placeholder={`从域名${i + 1}`} value={d} onChange={(e) => set('subDomains', s.subDomains.map((x, j) => (j === i ? e.target.value : x)))} />
                    <Button danger onClick={() => set('subDomains', s.subDomains.filter((_, j) => j !== i))}>删除</Button>
                  </div>
                ))}
                <Button type="dashed" onClick={() => set('subDomains', [...s.subDomains, ''])}>+ 添加从域名</Button>
              </div>
            </FI>
            <FI label="网站IP" required extra="填写域名实际解析到的 IP，逐个添加">
              <div>
                <div className="ps-subrow">
                  <Input placeholder="请输入 IP" value={ipDraft} onChange={(e) => setIpDraft(e.target.value)} onPressEnter={addIp} />
                  <Button onClick={addIp}>添加</Button>
                </div>
                <div className="ps-iptags">
                  {s.ips.map((ip) => <Tag key={ip} closable onClose={() => set('ips', s.ips.filter((x) => x !== ip))}>{ip}</Tag>)}
                </div>
              </div>
            </FI>
            <FI label="网站类型" required>
              <Select placeholder="请选择" value={s.siteType || undefined} onChange={(v) => set('siteType', v)}
                options={PSB_CATEGORIES.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))} />
            </FI>
            <FI label="是否提供互联网交互服务" required tooltip="用户可在网站发布文字、图片、音视频等信息，如论坛、评论、即时通讯等">
              {yesNo('interactive')}
            </FI>
            {s.interactive === '是' && (
              <FI label="交互服务类型" required>
                <Select mode="multiple" placeholder="请选择" value={s.interactiveKinds} onChange={(v) => set('interactiveKinds', v)}
                  options={INTERACTIVE_KINDS.map((k) => ({ value: k, label: k }))} />
              </FI>
            )}
            <FI label="网站语种" required>
              <Checkbox.Group value={s.languages} onChange={(v) => set('languages', v as string[])} options={MPS_LANGUAGES} />
            </FI>
            <FI label="相关前置许可" required extra={`涉及 ${MPS_PRE_LICENCES.slice(0, 5).join('、')} 等内容时选择「有」`}>{yesNo('preLicence', ['有', '无'])}</FI>
            <FI label="互联网危险物品信息发布" required>{yesNo('dangerous')}</FI>
          </section>
          <section className="ps-sec" id="ps-access">
            <h3>接入服务商</h3>
            <FI label="所属地区管辖" required>{yesNo('apJurisdiction', ['境内', '境外'])}</FI>
            <FI label="所属区域" required>
              <Cascader options={AREA_OPTIONS} placeholder="请选择" value={s.apRegion.length ? s.apRegion : undefined} onChange={(v) => set('apRegion', ((v as string[] | undefined) ?? []).map(String))} style={{ width: 300 }} />
            </FI>
            <FI label="服务商名称" required>
              <div className="ps-subrow">
                {sel('apName', ACCESS_PROVIDERS, false, true)}
                <Button onClick={counter(setState, 'searchClicks')}>查询网络接入服务商</Button>
              </div>
            </FI>
            <FI label="网站接入方式" required>{sel('apMethod', MPS_ACCESS_METHODS)}</FI>
            <FI label="联系电话" required>{txt('apPhone')}</FI>
          </section>
          <section className="ps-sec" id="ps-registrar">
            <h3>域名注册服务商</h3>
            <FI label="所属地区管辖" required>{yesNo('rgJurisdiction', ['境内', '境外'])}</FI>
            <FI label="所属区域" required>
              <Cascader options={AREA_OPTIONS} placeholder="请选择" value={s.rgRegion.length ? s.rgRegion : undefined} onChange={(v) => set('rgRegion', ((v as string[] | undefined) ?? []).map(String))} style={{ width: 300 }} />
            </FI>
            <FI label="服务商名称" required>{sel('rgName', REGISTRARS, false, true)}</FI>
            <FI label="联系电话" required>{txt('rgPhone')}</FI>
          </section>
          <section className="ps-sec" id="ps-security">
            <h3>网站安全负责人</h3>
            <FI label="姓名" required>{txt('soName')}</FI>
            <FI label="证件类型" required>{sel('soCertType', MPS_PERSON_CERTS)}</FI>
            <FI label="证件号码" required>{txt('soCertNumber')}</FI>
            <FI label="证件有效期" required>
              <DatePicker.RangePicker allowEmpty={[false, true]} placeholder={['开始日期', '结束日期']}
                value={[day(s.soValidity[0] ?? ''), day(s.soValidity[1] ?? '')]}
                onChange={(_, d) => set('soValidity', d ? [d[0] || '', d[1] || ''] : ['', ''])} />
            </FI>
            <FI label="手机号码" required>{txt('soMobile')}</FI>
            <FI label="电子邮箱" required>{txt('soEmail')}</FI>
          </section>
          <section className="ps-sec" id="ps-emergency">
            <h3>应急联络人</h3>
            <FI label=" " colon={false}>
              <Checkbox checked={s.ecSame} onChange={(e) => toggleEc(e.target.checked)}>同主体负责人信息</Checkbox>
            </FI>
            <FI label="姓名" required>{txt('ecName', '请输入', ecLocked)}</FI>
            <FI label="证件类型" required>{sel('ecCertType', MPS_PERSON_CERTS, ecLocked)}</FI>
            <FI label="证件号码" required>{txt('ecCertNumber', '请输入', ecLocked)}</FI>
            <FI label="手机号码" required>{txt('ecMobile', '请输入', ecLocked)}</FI>
          </section>
        </Form>
        <div className="ps-foot">
          <Checkbox checked={s.agree} onChange={(e) => set('agree', e.target.checked)}>我已阅读并同意《互联网信息服务单位网络安全责任告知书》</Checkbox>
          <div className="al-foot">
            <Button onClick={counter(setState, 'draftClicks')}>保存草稿</Button>
            <Button type="primary" onClick={counter(setState, 'submitClicks')}>提交</Button>
          </div>
        </div>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------ mount */

const APPS: Record<string, () => JSX.Element> = {
  'heldout5-aliyun-site-unit-antd-modal': AliyunSiteModal,
  'heldout5-mps-apply-unit-antd-anchor': MpsLongApply,
};
const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);
const root = document.getElementById('app')!;
const Page = APPS[build()];
if (Page) createRoot(root).render(<ConfigProvider locale={zhCN}><AntApp><Page /></AntApp></ConfigProvider>);
else root.textContent = `unknown build ${build()}`;
