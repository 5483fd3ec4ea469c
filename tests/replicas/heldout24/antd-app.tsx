/**
 * Gen-24 held-out build on React 19 + antd 6 (CSS-in-JS), written from FORMS.md and docs/profile.example.json alone, never
 * tuned against:
 *  - heldout24-aliyun-subject-person-antd-entitydrawer   我的主体 (个人, 阿里云 /pcContainer/selfEntity): a TABLE of the
 *    account's entities and the entity's 主办者信息 in a DRAWER opened on load (labels on top): a SEARCHABLE whole-tree
 *    Cascader, street inputs with a 同证件住所 tick copying and locking, blur checks, a Select, a RANGEPICKER + 长期 tick, two
 *    ID-photo Uploads (type checked); 取消 / 保存
 */
import { Button, Cascader, Checkbox, Col, ConfigProvider, DatePicker, Drawer, Form, Input, Row, Select, Table, Tag, Upload, type UploadFile } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, regionOptions, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const opts = (l: string[]) => l.map((value) => ({ value, label: value }));

function useErrs() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  return {
    set: (k: string, m: string) => setErrs((e) => ({ ...e, [k]: m })),
    clear: (k: string) => { if (errs[k]) setErrs((e) => ({ ...e, [k]: '' })); },
    get: (k: string) => errs[k] ?? '',
  };
}
type Errs = ReturnType<typeof useErrs>;

function Item(p: { label: string; req?: boolean; e?: Errs; k?: string; extra?: ReactNode; children: ReactNode }) {
  const err = p.e && p.k ? p.e.get(p.k) : '';
  return (
    <Form.Item label={p.label} required={p.req} validateStatus={err ? 'error' : undefined} help={err || undefined} extra={p.extra}>
      {p.children}
    </Form.Item>
  );
}

function Text(p: { s: S; set: Setter; e: Errs; k: string; cls: string; placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string }) {
  return (
    <Input className={p.cls} value={str(p.s[p.k])} placeholder={p.placeholder ?? '请输入'} maxLength={p.max} disabled={p.disabled} status={p.e.get(p.k) ? 'error' : undefined}
      onChange={(ev) => { p.set(p.k, ev.target.value); p.e.clear(p.k); }}
      onBlur={(ev) => { const t = ev.target.value.trim(); if (t && p.blur) p.e.set(p.k, p.blur(t)); }} />
  );
}

/** An ID-photo upload (one jpg / png, kept in the page: the files are reported by name). */
function Photo(p: { s: S; set: Setter; e: Errs; k: string; title: string }) {
  const files: UploadFile[] = arr<string>(p.s[p.k]).map((name, i) => ({ uid: `${p.k}-${i}`, name, status: 'done' }));
  return (
    <div className={`slot slot-${p.k}`}>
      <Upload className={`up up-${p.k}`} accept="image/png,image/jpeg" maxCount={1} fileList={files}
        beforeUpload={(f) => {
          if (!/^image\/(png|jpeg)$/.test(f.type)) { p.e.set(p.k, '仅支持 jpg / png 格式'); return Upload.LIST_IGNORE; }
          p.e.clear(p.k);
          p.set(p.k, [f.name]);
          return false;
        }}
        onRemove={() => { p.set(p.k, []); return true; }}>
        <Button>{p.title}</Button>
      </Upload>
      {p.e.get(p.k) ? <div className="field-err">{p.e.get(p.k)}</div> : null}
    </div>
  );
}

const ENTITIES = [
  { key: 'e1', name: '张伟', nature: '个人', cert: '居民身份证 3301**********1236', status: '待完善', updated: '2025-11-28' },
];

function AliyunSubjectPerson() {
  const { s, set, setMany } = useReplicaState('aliyun', 'subject', '个人', {
    regionCodes: [], certDetail: '', mailSame: false, mailDetail: '', investor: '', prName: '', prCertType: '', prCertNumber: '', prFrom: '', prTo: '', prLongTerm: false,
    prMobile: '', prEmergency: '', prEmail: '', prOffice: '', idFront: [], idBack: [], cancelClicks: 0, saveClicks: 0,
  }, ({ regionCodes, prFrom, prTo, ...r }) => ({
    ...r, region: pathOfCode(arr<string>(regionCodes).at(-1) ?? ''), prValidity: prFrom || prTo ? [str(prFrom), str(prTo)].filter(Boolean) : [],
  }));
  const e = useErrs();
  const [open, setOpen] = useState(true);
  const [msg, setMsg] = useState('');
  const text = (k: string, cls: string, o: { placeholder?: string; max?: number; disabled?: boolean; blur?: (v: string) => string } = {}) => <Text s={s} set={set} e={e} k={k} cls={cls} {...o} />;
  const same = s.mailSame === true;
  const long = s.prLongTerm === true;
  const setCertDetail = (v: string) => setMany(same ? { certDetail: v, mailDetail: v } : { certDetail: v });
  const save = () => {
    clicks(s, set, 'saveClicks')();
    const need = ['certDetail', 'mailDetail', 'investor', 'prName', 'prCertType', 'prCertNumber', 'prFrom', 'prMobile', 'prEmergency', 'prEmail'];
    setMsg(!arr(s.regionCodes).length || !need.every((k) => str(s[k])) ? '请完善带 * 的信息' : !arr(s.idFront).length || !arr(s.idBack).length ? '请上传负责人身份证人像面与国徽面' : '已保存');
  };
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <div className="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style={{ marginLeft: 'auto' }}>张伟</span></div>
      <nav className="al-side" aria-label="备案"><a>首页</a><a>我的备案</a><a className="on">我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
      <div className="al-main"><div className="al-body">
        <h2 className="page-title">我的主体</h2>
        <div className="ent-list">
          <Table className="ent-table" size="small" rowKey="key" pagination={false} dataSource={ENTITIES}
            columns={[
              { title: '主办者名称', dataIndex: 'name' }, { title: '主办者性质', dataIndex: 'nature' }, { title: '证件', dataIndex: 'cert' },
              { title: '状态', dataIndex: 'status', render: (v: string) => <Tag color="orange">{v}</Tag> }, { title: '更新时间', dataIndex: 'updated' },
              { title: '操作', key: 'op', render: () => <a className="edit-entity" onClick={() => setOpen(true)}>完善信息</a> },
            ]} />
        </div>
      </div></div>
      <Drawer className="entity-drawer" title="完善主办者信息 · 张伟（个人）" open={open} size={720} maskClosable={false} onClose={() => setOpen(false)} forceRender
        footer={(
          <div className="actions" style={{ padding: 0 }}>
            <Button onClick={() => { clicks(s, set, 'cancelClicks')(); setOpen(false); }}>取消</Button>
            <Button type="primary" onClick={save}>保存</Button>
            {msg ? <span className={msg === '已保存' ? 'ok-msg' : 'msg'}>{msg}</span> : null}
          </div>
        )}>
        <Form layout="vertical">
          <div className="dr-sec">主办者信息</div>
          <Row gutter={20}>
            <Col span={12}>
              <Item label="主办者所属区域" req>
                <Cascader className="region" classNames={{ popup: { root: 'region-pop' } }} placeholder="省 / 市 / 区县，可输入搜索" options={regionOptions()} showSearch
                  value={arr<string>(s.regionCodes)} onChange={(v) => set('regionCodes', arr<string>(v).map(String))} />
              </Item>
            </Col>
            <Col span={12}><Item label="投资人或主管单位" req extra="个人填写本人姓名">{text('investor', 'investor', { max: 60 })}</Item></Col>
            <Col span={24}>
              <Item label="证件住所 · 详细地址" req extra="与身份证上的住址一致（所属区域之后的部分）">
                <Input className="cert-detail" value={str(s.certDetail)} placeholder="街道、门牌号" onChange={(ev) => setCertDetail(ev.target.value)} />
              </Item>
            </Col>
            <Col span={24}>
              <Item label="通信地址 · 详细地址" req e={e} k="mailDetail" extra="须详细到门牌号">
                <div>
                  <Checkbox className="mail-same" style={{ marginBottom: 6 }} checked={same} onChange={(ev) => { e.clear('mailDetail'); setMany(ev.target.checked ? { mailSame: true, mailDetail: str(s.certDetail) } : { mailSame: false }); }}>同证件住所</Checkbox>
                  {text('mailDetail', 'mail-detail', { placeholder: '街道、门牌号', disabled: same, blur: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号') })}
                </div>
              </Item>
            </Col>
          </Row>
          <div className="dr-sec">主体负责人</div>
          <Row gutter={20}>
            <Col span={12}><Item label="负责人姓名" req>{text('prName', 'pr-name', { max: 30 })}</Item></Col>
            <Col span={12}>
              <Item label="负责人证件类型" req>
                <Select className="pr-cert-type" classNames={{ popup: { root: 'pr-cert-type-pop' } }} placeholder="请选择" value={str(s.prCertType) || undefined} options={opts(ICP_PERSON_CERTS)}
                  onChange={(v) => set('prCertType', v)} />
              </Item>
            </Col>
            <Col span={12}><Item label="负责人证件号码" req e={e} k="prCertNumber">{text('prCertNumber', 'pr-cert-number', { max: 18, blur: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过' })}</Item></Col>
            <Col span={12}>
              <Item label="证件有效期" req>
                <div className="row-inline" style={{ flexWrap: 'nowrap' }}>
                  <DatePicker.RangePicker className="pr-validity" classNames={{ popup: { root: 'pr-validity-pop' } }} format="YYYY-MM-DD" disabled={long ? [false, true] : false} allowEmpty={[false, true]}
                    placeholder={['开始日期', long ? '长期' : '结束日期']}
                    value={[s.prFrom ? dayjs(str(s.prFrom)) : null, s.prTo ? dayjs(str(s.prTo)) : null]}
                    onChange={(v) => setMany({ prFrom: v?.[0] ? v[0].format('YYYY-MM-DD') : '', prTo: v?.[1] && !long ? v[1].format('YYYY-MM-DD') : '' })} />
                  <Checkbox className="pr-long-term" checked={long} onChange={(ev) => setMany({ prLongTerm: ev.target.checked, prTo: '' })}>长期</Checkbox>
                </div>
              </Item>
            </Col>
            <Col span={12}><Item label="手机号码" req e={e} k="prMobile">{text('prMobile', 'pr-mobile', { max: 11, blur: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码') })}</Item></Col>
            <Col span={12}>
              <Item label="应急联系电话" req e={e} k="prEmergency">
                {text('prEmergency', 'pr-emergency', { max: 11, blur: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.prMobile ? '应急联系电话不能与手机号码相同' : '') })}
              </Item>
            </Col>
            <Col span={12}><Item label="电子邮箱" req e={e} k="prEmail">{text('prEmail', 'pr-email', { blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}</Item></Col>
            <Col span={12}><Item label="办公室电话">{text('prOffice', 'pr-office', { placeholder: '选填，区号-号码' })}</Item></Col>
          </Row>
          <div className="dr-sec">负责人身份证</div>
          <Row gutter={20}>
            <Col span={12}><Item label="负责人身份证 · 人像面" req><Photo s={s} set={set} e={e} k="idFront" title="上传人像面" /></Item></Col>
            <Col span={12}><Item label="负责人身份证 · 国徽面" req><Photo s={s} set={set} e={e} k="idBack" title="上传国徽面" /></Item></Col>
          </Row>
        </Form>
      </Drawer>
    </ConfigProvider>
  );
}

const APPS: Record<string, () => ReactNode> = { 'heldout24-aliyun-subject-person-antd-entitydrawer': AliyunSubjectPerson };
const App = APPS[build()];
if (App) createRoot(document.getElementById('app')!).render(<App />);
