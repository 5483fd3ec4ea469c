/**
 * Gen-8 held-out build on React 18 + Tea (tea-component 2.8) (written from FORMS.md alone, never tuned against):
 *  - heldout8-tencent-subject-unit-tea-collapse  填写主体信息 (单位): the wizard as a Tea Collapse (one panel per step, the
 *    current one open), a tabbed async Cascader (省份 | 城市 | 区县), a 长期有效 Switch over two DatePickers, SMS code
 */
import {
  Alert, Bubble, Button, Cascader, Collapse, DatePicker, Form, Input, message, Select, Switch, Tag, Upload,
} from 'tea-component';
import type { CascaderData } from 'tea-component';
import moment from 'moment';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, validId, validUscc, type Area } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const TITLES = ['省份', '城市', '区县'];
const level = (areas: Area[], depth: number): CascaderData => ({
  title: TITLES[depth],
  options: areas.map((a) => ({ value: a.code, label: a.name, ...(depth < 2 ? { child: { title: TITLES[depth + 1] } } : {}) })),
});
/** The tree with the options of the node at `path` filled in. */
function withChildren(d: CascaderData, path: string[], child: CascaderData): CascaderData {
  if (!path.length) return child;
  return {
    ...d,
    options: (d.options ?? []).map((o) => (o.value === path[0] ? { ...o, child: withChildren(o.child ?? { title: '' }, path.slice(1), child) } : o)),
  };
}

/** A file chooser kept in state (beforeUpload keeps the file and stops the request). */
function Files(p: { s: S; set: Setter; k: string; text: string }) {
  const list = arr<File>(p.s[p.k]);
  return (
    <div>
      <Upload accept="image/png,image/jpeg" maxSize={4 * 1024 * 1024} beforeUpload={(file, _l, ok) => { if (ok) p.set(p.k, [file]); else message.error({ content: `${file.name}：仅支持 jpg/png 格式且不超过 4MB` }); return false; }}>
        <Button type="weak" htmlType="button">{p.text}</Button>
      </Upload>
      {list.map((f) => (
        <div key={f.name} className="tea-file">
          <span className="tea-file-name" style={{ color: '#0abf5b' }}>{f.name}</span> <Button type="link" onClick={() => p.set(p.k, [])}>删除</Button>
        </div>
      ))}
    </div>
  );
}

/** An input checked on blur (Tea shows the message under the control). */
function useCheck() {
  const [errs, setErrs] = useState<Record<string, string>>({});
  const status = (k: string) => (errs[k] ? { status: 'error' as const, message: errs[k] } : {});
  const check = (k: string, bad: string) => setErrs((e) => ({ ...e, [k]: bad }));
  return { status, check };
}

function TencentSubject() {
  const { s, set, setMany } = useReplicaState('tencent', 'subject', '单位', {
    licence: [], name: '', certNumber: '', certAddress: '', region: [], addressDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prLongTerm: false, prValidFrom: '', prValidTo: '', prMobile: '', smsCode: '', prEmergency: '',
    prEmail: '', prLandline: '', prIdPhoto: [], remark: '', smsClicks: 0, prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const [tree, setTree] = useState<CascaderData>({ title: '省份' });
  const [codes, setCodes] = useState<string[]>([]);
  const [active, setActive] = useState<string[]>(['subject']);
  const [countdown, setCountdown] = useState(0);
  const { status, check } = useCheck();
  useEffect(() => { void fetchAreas('').then((l) => setTree(level(l, 0))); }, []);
  useEffect(() => {
    if (countdown <= 0) return;
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(t);
  }, [countdown]);
  const date = (k: string, disabled = false) => (
    <DatePicker
      value={str(s[k]) ? moment(str(s[k]), 'YYYY-MM-DD') : undefined}
      format="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      disabled={disabled}
      clearable
      onChange={(v) => set(k, v ? v.format('YYYY-MM-DD') : '')}
    />
  );
  const text = (k: string, placeholder: string, extra: { maxLength?: number; onBlur?: (v: string) => void } = {}) => (
    <Input value={str(s[k])} onChange={(v) => set(k, v)} placeholder={placeholder} size="l" maxLength={extra.maxLength}
      onBlur={(e) => { const v = (e.target as HTMLInputElement).value.trim(); if (v && extra.onBlur) extra.onBlur(v); }} />
  );
  const panel = (id: string, title: string, state: ReactNode, children: ReactNode) => (
    <Collapse.Panel id={id} title={<span className="step-title">{title} {state}</span>}>{children}</Collapse.Panel>
  );
  return (
    <div className="tc-page">
      <div className="tc-topbar"><span className="tc-logo">腾讯云</span><span className="tc-product">控制台 · 网站备案</span></div>
      <div className="tc-body">
        <h2 className="tc-title">首次备案</h2>
        <Collapse activeIds={active} onActive={(ids) => setActive(ids)} className="wizard">
          {panel('type', '1. 验证备案类型', <Tag theme="success">已完成</Tag>, (
            <Form readonly>
              <Form.Item label="备案地域"><Form.Text>浙江省 / 杭州市 / 余杭区</Form.Text></Form.Item>
              <Form.Item label="主办者性质"><Form.Text>企业</Form.Text></Form.Item>
              <Form.Item label="网站域名"><Form.Text>yunqi-demo.cn</Form.Text></Form.Item>
            </Form>
          ))}
          {panel('subject', '2. 填写主体信息', <Tag theme="primary">填写中</Tag>, (
            <>
              <Alert type="info">请上传营业执照原件照片，主体信息须与证件完全一致；浙江省要求主体负责人为法定代表人。</Alert>
              <Form>
                <Form.Title>主办单位信息</Form.Title>
                <Form.Item label="主办者性质"><Form.Text>企业</Form.Text></Form.Item>
                <Form.Item label="证件类型"><Form.Text>营业执照（个人或企业）</Form.Text></Form.Item>
                <Form.Item label="营业执照" required extra="jpg/png，不超过 4MB；上传后请核对下方信息">
                  <Files s={s} set={set} k="licence" text="选择图片" />
                </Form.Item>
                <Form.Item label="单位名称" required>{text('name', '与营业执照上的名称一致')}</Form.Item>
                <Form.Item label="证件号码" required {...status('certNumber')}>
                  {text('certNumber', '18 位统一社会信用代码', { maxLength: 18, onBlur: (v) => check('certNumber', validUscc(v) ? '' : '统一社会信用代码校验不通过') })}
                </Form.Item>
                <Form.Item label="证件住址" required extra="营业执照上的“住所”">{text('certAddress', '请输入证件住址')}</Form.Item>
                <Form.Item label="通信地址" required>
                  <div className="row-inline">
                    <Cascader
                      type="tabs"
                      data={tree}
                      value={codes}
                      clearable
                      placeholder="请选择省 / 市 / 区县"
                      onLoad={async (path) => {
                        const l = await fetchAreas(path[path.length - 1] ?? '');
                        setTree((t) => withChildren(t, path, level(l, path.length)));
                      }}
                      onChange={(v, { options }) => {
                        setCodes(v);
                        set('region', options.map((o) => String(o.label)));
                      }}
                    />
                    <Input value={str(s.addressDetail)} onChange={(v) => set('addressDetail', v)} placeholder="详细地址（街道、门牌号）" size="l" />
                  </div>
                </Form.Item>
                <Form.Item label="投资人或主管单位" required>{text('investor', '请输入')}</Form.Item>

                <Form.Title>主体负责人信息</Form.Title>
                <Form.Item label="负责人姓名" required tips="主体负责人须为单位法定代表人">{text('prName', '请输入姓名')}</Form.Item>
                <Form.Item label="证件类型" required>
                  <Select appearance="button" size="l" value={str(s.prCertType) || undefined} placeholder="请选择证件类型" matchButtonWidth
                    options={ICP_PERSON_CERTS.map((c) => ({ value: c, text: c }))} onChange={(v) => set('prCertType', v)} />
                </Form.Item>
                <Form.Item label="证件号码" required {...status('prCertNumber')}>
                  {text('prCertNumber', '请输入证件号码', { maxLength: 18, onBlur: (v) => check('prCertNumber', s.prCertType !== '居民身份证' || validId(v) ? '' : '身份证号码校验不通过') })}
                </Form.Item>
                <Form.Item label="长期有效">
                  <Switch value={s.prLongTerm === true} onChange={(v) => setMany(v ? { prLongTerm: true, prValidTo: '' } : { prLongTerm: false })}>证件长期有效</Switch>
                </Form.Item>
                <Form.Item label="证件有效期" required>
                  <div className="row-inline">
                    {date('prValidFrom')}
                    {s.prLongTerm !== true && <><span>至</span>{date('prValidTo')}</>}
                  </div>
                </Form.Item>
                <Form.Item label="手机号码" required {...status('prMobile')}>
                  <div className="row-inline">
                    {text('prMobile', '请输入手机号码', { maxLength: 11, onBlur: (v) => check('prMobile', MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}
                    <Button type="weak" disabled={countdown > 0} onClick={() => { clicks(s, set, 'smsClicks')(); setCountdown(60); }}>
                      {countdown > 0 ? `${countdown}s 后重新获取` : '获取验证码'}
                    </Button>
                  </div>
                </Form.Item>
                <Form.Item label="短信验证码" required>
                  <Input value={str(s.smsCode)} onChange={(v) => set('smsCode', v)} placeholder="6 位验证码" maxLength={6} />
                </Form.Item>
                <Form.Item label="应急联系电话" required {...status('prEmergency')}>
                  {text('prEmergency', '请输入应急联系电话', { maxLength: 11, onBlur: (v) => check('prEmergency', MOBILE_RE.test(v) && v !== s.prMobile ? '' : '须为手机号码且不能与手机号码相同') })}
                </Form.Item>
                <Form.Item label="电子邮箱" required {...status('prEmail')}>
                  {text('prEmail', '请输入电子邮箱', { onBlur: (v) => check('prEmail', EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}
                </Form.Item>
                <Form.Item label="办公电话（选填）">{text('prLandline', '区号-号码')}</Form.Item>
                <Form.Item label="负责人证件照片" required extra="身份证人像面原件照片">
                  <Files s={s} set={set} k="prIdPhoto" text="选择图片" />
                </Form.Item>
                <Form.Item label="主体备注（选填）">
                  <Input.TextArea value={str(s.remark)} onChange={(v) => set('remark', v)} placeholder="选填" rows={2} />
                </Form.Item>
              </Form>
              <div className="tc-actions">
                <Button type="weak" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
                <Button type="weak" onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
                <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
              </div>
            </>
          ))}
          {panel('site', '3. 填写网站信息', <Tag>待填写</Tag>, <span className="tea-text-weak">请先完成主体信息</span>)}
          {panel('upload', '4. 上传资料', <Tag>待填写</Tag>, <span className="tea-text-weak">请先完成网站信息</span>)}
        </Collapse>
        <p className="help">
          <Bubble content="主体信息提交后，可在“我的备案”中查看进度"><span>填写说明</span></Bubble>
        </p>
      </div>
    </div>
  );
}

if (build() === 'heldout8-tencent-subject-unit-tea-collapse') createRoot(document.getElementById('app')!).render(<TencentSubject />);
