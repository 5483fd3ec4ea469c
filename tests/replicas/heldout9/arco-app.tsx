/**
 * Gen-9 held-out build on React 18 + Arco Design 2.66 (written from FORMS.md alone, never tuned against):
 *  - heldout9-volcengine-subject-person-arco-sidesteps  主办者信息 (个人): a vertical Steps rail on the left, required
 *    markers at the right of labels, tooltip icons, a remote-level Cascader with search, RangePicker + 长期有效 Switch
 */
import { Alert, Button, Cascader, DatePicker, Form, Input, Message, Select, Steps, Switch, Upload } from '@arco-design/web-react';
import type { UploadItem } from '@arco-design/web-react/es/Upload';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './regions';
import { build, EMAIL_RE, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState, type S, type Setter } from './react-state';

const FormItem = Form.Item;

/** A picture-card upload kept in state (no request). */
function Photo(p: { s: S; set: Setter; k: string; text: string }) {
  return (
    <Upload
      className={`photo-${p.k}`}
      listType="picture-card"
      accept="image/png,image/jpeg"
      autoUpload={false}
      limit={1}
      fileList={arr<UploadItem>(p.s[p.k])}
      beforeUpload={(f) => {
        if (!/^image\/(png|jpe?g)$/.test(f.type)) { Message.error(`${f.name}：仅支持 jpg/png 格式`); return false; }
        return true;
      }}
      onChange={(list) => p.set(p.k, list)}
    >
      <div className="arco-upload-trigger-picture"><div className="arco-upload-trigger-picture-text">+<div>{p.text}</div></div></div>
    </Upload>
  );
}

interface Opt { value: string; label: string; isLeaf: boolean }

function VolcSubject() {
  const { s, set, setMany } = useReplicaState('volcengine', 'subject', '个人', {
    idFront: [], idBack: [], name: '', certNumber: '', certAddress: '', mailRegion: [], mailDetail: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prValidity: ['', ''], prLongTerm: false, prMobile: '', prEmergency: '', prEmail: '', prLandline: '', remark: '',
    draftClicks: 0, prevClicks: 0, nextClicks: 0,
  });
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [codes, setCodes] = useState<string[]>([]);
  const [provinces, setProvinces] = useState<Opt[]>([]);
  useEffect(() => { void fetchAreas('').then((l) => setProvinces(l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf })))); }, []);
  const check = (k: string, bad: string) => setErrs((e) => ({ ...e, [k]: bad }));
  const status = (k: string) => (errs[k] ? { validateStatus: 'error' as const, help: errs[k] } : {});
  const text = (k: string, placeholder: string, blur?: (v: string) => string, maxLength?: number) => (
    <Input value={str(s[k])} placeholder={placeholder} maxLength={maxLength} onChange={(v) => { set(k, v); if (errs[k]) check(k, ''); }}
      onBlur={(e) => { const v = e.target.value.trim(); if (v && blur) check(k, blur(v)); }} />
  );
  const validity = arr(s.prValidity);
  const steps: ReactNode = (
    <Steps direction="vertical" current={2} size="small">
      <Steps.Step title="验证备案类型" description="已完成" />
      <Steps.Step title="主办者信息" description="进行中" />
      <Steps.Step title="网站信息" />
      <Steps.Step title="备案资料" />
      <Steps.Step title="提交备案" />
    </Steps>
  );
  return (
    <>
      <div className="vc-top"><b>火山引擎</b><span>控制台 · 备案管理 · 首次备案</span></div>
      <div className="vc-wrap">
        <aside className="vc-rail">{steps}</aside>
        <main className="vc-main">
          <Alert type="info" style={{ marginBottom: 16 }} content="一个账号只能为一个主体办理备案；个人备案的主体负责人须为本人。" />
          <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 15 }} requiredSymbol={{ position: 'end' }} labelAlign="right">
            <div className="vc-card">
              <h3>主办者信息</h3>
              <FormItem label="主办者性质"><span>个人</span></FormItem>
              <FormItem label="证件类型"><span>居民身份证</span></FormItem>
              <FormItem label="身份证人像面" required tooltip="上传后可自动识别姓名和证件号码，请核对">
                <Photo s={s} set={set} k="idFront" text="人像面" />
              </FormItem>
              <FormItem label="身份证国徽面" required tooltip="证件有效期须在 3 个月以上">
                <Photo s={s} set={set} k="idBack" text="国徽面" />
              </FormItem>
              <FormItem label="主办人姓名" required>{text('name', '与身份证一致')}</FormItem>
              <FormItem label="证件号码" required {...status('certNumber')}>{text('certNumber', '18 位居民身份证号码', (v) => (validId(v) ? '' : '身份证号码校验不通过'), 18)}</FormItem>
              <FormItem label="证件住址" required tooltip="身份证上的住址，须与证件完全一致">
                <Input.TextArea value={str(s.certAddress)} onChange={(v) => set('certAddress', v)} placeholder="请输入证件住址" autoSize={{ minRows: 2 }} />
              </FormItem>
              <FormItem label="通信地址" required tooltip="须详细到门牌号">
                <div className="row-inline">
                  <Cascader
                    className="mail-region"
                    style={{ width: 280 }}
                    placeholder="请选择或搜索省 / 市 / 区县"
                    showSearch
                    allowClear
                    value={codes}
                    loadMore={(path: string[]) => fetchAreas(path[path.length - 1] ?? '').then((l) => l.map((a) => ({ value: a.code, label: a.name, isLeaf: a.leaf })))}
                    options={provinces}
                    onChange={(v, selected) => {
                      setCodes((v as string[]) ?? []);
                      set('mailRegion', ((selected ?? []) as unknown as Opt[]).map((o) => o.label));
                    }}
                  />
                  <Input style={{ width: 300 }} value={str(s.mailDetail)} onChange={(v) => set('mailDetail', v)} placeholder="详细地址（街道、门牌号）" className="mail-detail" />
                </div>
              </FormItem>
              <FormItem label="投资人" required tooltip="个人备案填写本人姓名">{text('investor', '请输入')}</FormItem>
            </div>
            <div className="vc-card">
              <h3>主体负责人</h3>
              <FormItem label=" "><span className="help">个人备案的主体负责人须与主办人为同一人</span></FormItem>
              <FormItem label="负责人姓名" required>{text('prName', '请输入')}</FormItem>
              <FormItem label="负责人证件类型" required>
                <Select value={str(s.prCertType) || undefined} placeholder="请选择" options={ICP_PERSON_CERTS} onChange={(v) => set('prCertType', v)} />
              </FormItem>
              <FormItem label="负责人证件号码" required {...status('prCertNumber')}>
                {text('prCertNumber', '请输入', (v) => (s.prCertType !== '居民身份证' || validId(v) ? '' : '身份证号码校验不通过'), 18)}
              </FormItem>
              <FormItem label="证件有效期" required>
                <div className="row-inline">
                  {s.prLongTerm === true ? (
                    <DatePicker className="valid-start" value={validity[0] || undefined} format="YYYY-MM-DD" placeholder="开始日期" onChange={(v) => set('prValidity', [v ?? '', ''])} />
                  ) : (
                    <DatePicker.RangePicker className="valid-range" style={{ width: 300 }} format="YYYY-MM-DD" value={validity[0] || validity[1] ? [validity[0] ?? '', validity[1] ?? ''] : undefined}
                      onChange={(v) => set('prValidity', [v?.[0] ?? '', v?.[1] ?? ''])} />
                  )}
                  <Switch checked={s.prLongTerm === true} onChange={(c) => setMany(c ? { prLongTerm: true, prValidity: [validity[0] ?? '', ''] } : { prLongTerm: false })} />
                  <span>长期有效</span>
                </div>
              </FormItem>
              <FormItem label="手机号码" required {...status('prMobile')}>{text('prMobile', '请输入', (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确'), 11)}</FormItem>
              <FormItem label="应急联系电话" required tooltip="须与手机号码不同" {...status('prEmergency')}>
                {text('prEmergency', '请输入', (v) => (!MOBILE_RE.test(v) ? '手机号码格式不正确' : v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''), 11)}
              </FormItem>
              <FormItem label="电子邮箱" required {...status('prEmail')}>{text('prEmail', '请输入', (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'))}</FormItem>
              <FormItem label="固定电话（选填）">{text('prLandline', '区号-号码')}</FormItem>
              <FormItem label="备注（选填）">
                <Input.TextArea value={str(s.remark)} onChange={(v) => set('remark', v)} placeholder="选填" maxLength={200} showWordLimit />
              </FormItem>
            </div>
          </Form>
          <div className="tc-actions" style={{ display: 'flex', gap: 12 }}>
            <Button onClick={clicks(s, set, 'draftClicks')}>保存草稿</Button>
            <Button onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
            <Button type="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
          </div>
        </main>
      </div>
    </>
  );
}

if (build() === 'heldout9-volcengine-subject-person-arco-sidesteps') createRoot(document.getElementById('app')!).render(<VolcSubject />);
