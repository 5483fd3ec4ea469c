/**
 * Gen-9 held-out build on React 19 + TDesign (tdesign-react 1.18) (written from FORMS.md alone, never tuned against):
 *  - heldout9-baidu-site-unit-tdesign-top  填写网站信息 (单位): top-aligned labels with the required mark at the right,
 *    domains in a TagInput, languages as toggle tags, IPs in a textarea, a copy Switch for the site principal
 */
import {
  Alert, Button, Card, Checkbox, DateRangePicker, Form, Input, MessagePlugin, Radio, Select, Steps, Switch, Tag, TagInput, Textarea, Upload,
} from 'tdesign-react';
import type { UploadFile } from 'tdesign-react';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { build, EMAIL_RE, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, linesOf, MOBILE_RE, validId } from './common';
import { arr, clicks, str, useReplicaState } from './react-state';

/**
 * A form item whose control is wrapped: TDesign's FormItem clones a direct child component with the value of
 * its own form store (`name`-less items hold none), so the page's state drives the wrapped control instead.
 */
function FormItem({ children, ...rest }: Omit<React.ComponentProps<typeof Form.FormItem>, 'children'> & { children?: ReactNode }) {
  return <Form.FormItem {...rest}><div className="td-ctl">{children}</div></Form.FormItem>;
}
const DOMAIN = /^([a-z0-9-]+\.)+[a-z]{2,}$/i;
const IPV4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^[0-9a-f:]+$/i;
const ipOk = (v: string) => IPV4.test(v) || (v.includes(':') && IPV6.test(v));

/** A label with its required mark at the right. */
const L = (text: string, required = true): ReactNode => <span>{text}{required && <span className="req-r">*</span>}</span>;

function BaiduSite() {
  const { s, set, setMany } = useReplicaState('baidu', 'site', '单位', {
    siteName: '', domains: [], homeUrl: '', serviceType: '网站应用服务', contentTypes: [], languages: [], preApproval: '', preItems: [], ipsText: '',
    wpSame: false, wpIdPhoto: [], wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: ['', ''], wpLongTerm: false, wpMobile: '', wpEmergency: '',
    wpEmail: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  }, ({ ipsText, ...rest }) => ({ ...rest, ips: linesOf(str(ipsText)) }));
  const [errs, setErrs] = useState<Record<string, string>>({});
  const check = (k: string, bad: string) => setErrs((e) => ({ ...e, [k]: bad }));
  const status = (k: string) => (errs[k] ? { status: 'error' as const, tips: errs[k] } : {});
  const locked = s.wpSame === true;
  const P = HELD_PRINCIPAL.单位;
  const validity = arr(s.wpValidity);
  const text = (k: string, placeholder: string, o: { blur?: (v: string) => string; maxlength?: number; disabled?: boolean } = {}) => (
    <Input value={str(s[k])} placeholder={placeholder} maxlength={o.maxlength} disabled={o.disabled}
      onChange={(v) => { set(k, v); if (errs[k]) check(k, ''); }}
      onBlur={(v) => { const t = String(v ?? '').trim(); if (t && o.blur) check(k, o.blur(t)); }} />
  );
  return (
    <>
      <div className="bd-top"><b>百度智能云</b><span>控制台 · ICP备案</span></div>
      <div className="bd-body">
        <Card bordered={false} style={{ marginBottom: 16 }}>
          <Steps current={2} options={['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'].map((title) => ({ title }))} />
        </Card>
        <Alert theme="info" message="网站名称须与网站内容相符；单位网站建议使用单位全称或品牌名称。" style={{ marginBottom: 16 }} />
        <Form labelAlign="top" colon={false} requiredMark={false}>
          <Card title="网站基本信息" bordered={false} style={{ marginBottom: 16 }}>
            <div className="bd-grid">
              <FormItem label={L('网站名称')}>{text('siteName', '请输入网站名称')}</FormItem>
              <FormItem label={L('服务类型')}>
                <Select value={str(s.serviceType)} options={['网站应用服务', 'APP应用服务'].map((v) => ({ label: v, value: v }))} onChange={(v) => set('serviceType', v)} />
              </FormItem>
              <FormItem label={L('网站域名')} {...status('domains')} help="输入域名后按回车添加，不含 www.">
                <TagInput
                  className="domain-tags"
                  value={arr(s.domains)}
                  placeholder="如 example.com，回车添加"
                  clearable
                  onChange={(v) => {
                    const list = (v as string[]).map((d) => d.trim().toLowerCase());
                    const bad = list.find((d) => !DOMAIN.test(d) || d.startsWith('www.'));
                    check('domains', bad ? `${bad}：请填写不含 www. 的域名` : '');
                    set('domains', list.filter((d) => DOMAIN.test(d) && !d.startsWith('www.')));
                  }}
                />
              </FormItem>
              <FormItem label={L('首页URL')}>
                <Input value={str(s.homeUrl)} label="http://" placeholder="如 www.example.com" onChange={(v) => set('homeUrl', v)} />
              </FormItem>
              <FormItem label={L('网站服务内容')} className="full">
                <Select multiple filterable value={arr(s.contentTypes)} placeholder="请选择（可多选）" options={ICP_CONTENT.map((v) => ({ label: v, value: v }))}
                  onChange={(v) => set('contentTypes', v as string[])} />
              </FormItem>
              <FormItem label={L('网站语言')} className="full">
                <Tag.CheckTagGroup multiple value={arr(s.languages)} options={ICP_LANGUAGES.map((v) => ({ label: v, value: v }))}
                  onChange={(v) => set('languages', v as string[])} />
              </FormItem>
              <FormItem label={L('是否涉及前置审批')}>
                <Radio.Group variant="default-filled" value={str(s.preApproval) || undefined}
                  onChange={(v) => setMany(v === '否' ? { preApproval: '否', preItems: [] } : { preApproval: String(v) })}>
                  <Radio.Button value="是">是</Radio.Button>
                  <Radio.Button value="否">否</Radio.Button>
                </Radio.Group>
              </FormItem>
              {s.preApproval === '是' ? (
                <FormItem label={L('前置审批类型')}>
                  <Checkbox.Group value={arr(s.preItems)} options={ICP_PRE_APPROVALS} onChange={(v) => set('preItems', v as string[])} />
                </FormItem>
              ) : <div />}
              <FormItem label={L('网站IP地址')} {...status('ipsText')} help="每行一个 IP，支持 IPv4 / IPv6">
                <Textarea value={str(s.ipsText)} autosize={{ minRows: 3 }} placeholder={'如 1.2.3.4\n每行一个'}
                  onChange={(v) => { set('ipsText', v); if (errs.ipsText) check('ipsText', ''); }}
                  onBlur={(v) => { const bad = linesOf(String(v ?? '')).find((x) => !ipOk(x)); check('ipsText', bad ? `${bad}：IP 地址格式不正确` : ''); }} />
              </FormItem>
              <FormItem label={L('网站备注（选填）', false)}>
                <Textarea value={str(s.remark)} autosize={{ minRows: 3 }} maxlength={200} placeholder="选填" onChange={(v) => set('remark', v)} />
              </FormItem>
            </div>
          </Card>
          <Card title="网站负责人" bordered={false} style={{ marginBottom: 16 }}>
            <div className="bd-grid">
              <FormItem label={L('与主体负责人相同', false)} className="full">
                <Switch value={locked} onChange={(c) => setMany(c ? {
                  wpSame: true, wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidity: [P.validFrom, P.validTo], wpLongTerm: P.longTerm,
                  wpMobile: P.mobile, wpEmail: P.email,
                } : { wpSame: false })} />
              </FormItem>
              <FormItem label={L('网站负责人身份证人像面')} className="full" help="上传后自动识别姓名、证件号码，请核对识别结果">
                <Upload theme="image" accept="image/png,image/jpeg" autoUpload={false} max={1} files={arr<UploadFile>(s.wpIdPhoto)}
                  beforeUpload={(f) => { if (!/^image\/(png|jpe?g)$/.test(String(f.type))) { void MessagePlugin.error(`${f.name}：仅支持 jpg/png`); return false; } return true; }}
                  onChange={(files) => set('wpIdPhoto', files)} />
              </FormItem>
              <FormItem label={L('网站负责人姓名')}>{text('wpName', '请输入', { disabled: locked })}</FormItem>
              <FormItem label={L('网站负责人证件类型')}>
                <Select value={str(s.wpCertType) || undefined} disabled={locked} placeholder="请选择" options={ICP_PERSON_CERTS.map((v) => ({ label: v, value: v }))}
                  onChange={(v) => set('wpCertType', v)} />
              </FormItem>
              <FormItem label={L('网站负责人证件号码')} {...status('wpCertNumber')}>
                {text('wpCertNumber', '请输入', { maxlength: 18, disabled: locked, blur: (v) => (s.wpCertType !== '居民身份证' || validId(v) ? '' : '身份证号码校验不通过') })}
              </FormItem>
              <FormItem label={L('证件有效期')}>
                <div className="row-inline">
                  <DateRangePicker className="valid-range" allowInput disabled={locked} format="YYYY-MM-DD" valueType="YYYY-MM-DD"
                    value={validity[0] || validity[1] ? [validity[0] ?? '', s.wpLongTerm === true ? '' : validity[1] ?? ''] : []}
                    onChange={(v) => set('wpValidity', [String(v?.[0] ?? ''), String(v?.[1] ?? '')])} />
                  <Checkbox checked={s.wpLongTerm === true} disabled={locked} onChange={(c) => setMany(c ? { wpLongTerm: true, wpValidity: [validity[0] ?? '', ''] } : { wpLongTerm: false })}>长期</Checkbox>
                </div>
              </FormItem>
              <FormItem label={L('手机号码')} {...status('wpMobile')}>
                {text('wpMobile', '请输入', { maxlength: 11, disabled: locked, blur: (v) => (MOBILE_RE.test(v) ? '' : '手机号码格式不正确') })}
              </FormItem>
              <FormItem label={L('应急联系人手机号码')} {...status('wpEmergency')}>
                {text('wpEmergency', '请输入', { maxlength: 11, blur: (v) => (!MOBILE_RE.test(v) ? '手机号码格式不正确' : v === s.wpMobile ? '不能与手机号码相同' : '') })}
              </FormItem>
              <FormItem label={L('电子邮箱')} {...status('wpEmail')}>
                {text('wpEmail', '请输入', { disabled: locked, blur: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确') })}
              </FormItem>
            </div>
          </Card>
        </Form>
        <div className="bd-actions">
          <Button variant="outline" onClick={clicks(s, set, 'prevClicks')}>上一步</Button>
          <Button variant="outline" onClick={clicks(s, set, 'saveClicks')}>保存</Button>
          <Button theme="primary" onClick={clicks(s, set, 'nextClicks')}>下一步</Button>
        </div>
      </div>
    </>
  );
}

if (build() === 'heldout9-baidu-site-unit-tdesign-top') createRoot(document.getElementById('app')!).render(<BaiduSite />);
