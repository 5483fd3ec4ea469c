/**
 * Gen-5 held-out build on Volcengine's console in Arco Design (@arco-design/web-react) on React 19:
 * heldout5-volcengine-site-person-arco-tabs, 网站信息 for a person. Written from FORMS.md §1.10 alone.
 *
 * A left menu, an Arco Steps header and one site per Arco Tab (网站1 + a 添加网站 button in the tab
 * bar); inside the tab a horizontal form (left-aligned labels, fixed label column) in two Cards (网站基本信息
 * / 网站负责人信息). 网站域名 an InputTag (type + Enter); 首页URL with an http:// addon; 网站IP地址 rows
 * with + 添加IP / 删除; 网站服务内容 a searchable Select; 网站语言 a Checkbox.Group; 前置审批 a Switch;
 * 网站备注 a TextArea with a word count; 网站负责人 chosen by button radios (同主办者负责人 copies and
 * locks); validity as two DatePickers whose end picker has a 长期有效 footer button; 手机号码 with a +86
 * addon; 电子邮箱 an AutoComplete offering mail domains; 办公电话 optional; 上一步 / 保存 / 下一步.
 */
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Card, Checkbox, DatePicker, Form, Input, InputTag, Menu, Radio, Select, Steps, Switch, Tabs } from '@arco-design/web-react';
import { build, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS } from './common';
import { counter, useReplicaState } from './react-state';

const PAGE_CSS = `
.vc-layout { display: flex; min-height: calc(100vh - 50px); }
.vc-side { width: 200px; background: #fff; border-right: 1px solid #e5e6eb; }
.vc-main { flex: 1; padding: 16px 24px 40px; max-width: 1100px; }
.vc-title { font-size: 20px; font-weight: 500; margin: 4px 0 16px; color: #1d2129; }
.vc-steps { background: #fff; padding: 20px 24px; margin-bottom: 16px; }
.vc-tabs { background: #fff; padding: 8px 20px 20px; }
.vc-card { margin-bottom: 16px; }
.vc-row { display: flex; gap: 8px; margin-bottom: 8px; }
.vc-valid { display: flex; gap: 8px; align-items: center; }
.vc-actions { display: flex; gap: 12px; justify-content: flex-end; padding: 16px 0; }
.vc-long { padding: 6px 12px; border-top: 1px solid #e5e6eb; }
`;

const P = HELD_PRINCIPAL['个人'];
const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'example.com', 'gmail.com', 'outlook.com'];

function VolcSitePerson() {
  const { state: s, set, patch, setState } = useReplicaState('volcengine', 'site', '个人', {
    siteName: '',
    domains: [] as string[],
    homeUrl: '',
    ips: [''] as string[],
    content: '',
    languages: [] as string[],
    preApproval: false,
    remark: '',
    wpSource: '其他负责人',
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
    addSiteClicks: 0,
    prevClicks: 0,
    saveClicks: 0,
    nextClicks: 0,
  });
  const locked = s.wpSource === '同主办者负责人';
  const pickSource = (v: string) => {
    if (v === '同主办者负责人') {
      patch({
        wpSource: v, wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpValidFrom: P.validFrom, wpValidTo: P.validTo,
        wpLongTerm: P.longTerm, wpMobile: P.mobile, wpEmergency: P.emergency, wpEmail: P.email,
      });
    } else patch({ wpSource: v });
  };
  const emailOptions = (() => {
    const at = s.wpEmail.indexOf('@');
    const user = at < 0 ? s.wpEmail : s.wpEmail.slice(0, at);
    const typed = at < 0 ? '' : s.wpEmail.slice(at + 1);
    return user ? MAIL_DOMAINS.filter((d) => d.startsWith(typed)).map((d) => `${user}@${d}`) : [];
  })();
  const FI = Form.Item;
  return (
    <div className="vc-layout">
      <div className="vc-side">
        <Menu defaultOpenKeys={['beian']} selectedKeys={['mine']}>
          <Menu.SubMenu key="beian" title="备案管理">
            <Menu.Item key="home">备案概览</Menu.Item>
            <Menu.Item key="mine">我的备案</Menu.Item>
            <Menu.Item key="docs">备案资料</Menu.Item>
          </Menu.SubMenu>
          <Menu.Item key="psb">公安备案指引</Menu.Item>
        </Menu>
      </div>
      <div className="vc-main">
        <div className="vc-title">首次备案</div>
        <div className="vc-steps">
          <Steps current={2} size="small">
            <Steps.Step title="主办者信息" />
            <Steps.Step title="网站信息" />
            <Steps.Step title="备案资料" />
            <Steps.Step title="提交备案" />
          </Steps>
        </div>
        <div className="vc-tabs">
          <Tabs activeTab="site1" extra={<Button size="small" type="text" onClick={counter(setState, 'addSiteClicks')}>+ 添加网站</Button>}>
            <Tabs.TabPane key="site1" title={`网站1${s.siteName ? `：${s.siteName}` : ''}`}>
              <Form layout="horizontal" labelAlign="left" labelCol={{ span: 5 }} wrapperCol={{ span: 17 }}>
                <Card className="vc-card" title="网站基本信息" bordered>
                  <FI label="网站名称" required extra="不少于 3 个汉字；个人网站名称不得含有企业、公司、协会等字样">
                    <Input maxLength={50} showWordLimit placeholder="请输入网站名称" value={s.siteName} onChange={(v) => set('siteName', v)} />
                  </FI>
                  <FI label="网站域名" required extra="输入域名后按回车确认，无需填写 www">
                    <InputTag allowClear saveOnBlur placeholder="如 example.com" value={s.domains} onChange={(v) => set('domains', v as string[])} />
                  </FI>
                  <FI label="首页URL" required tooltip="网站首页的访问地址，需包含在网站域名中">
                    <Input addBefore="http://" placeholder="如 www.example.com" value={s.homeUrl} onChange={(v) => set('homeUrl', v)} />
                  </FI>
                  <FI label="网站IP地址" required>
                    <div>
                      {s.ips.map((ip, i) => (
                        <div className="vc-row" key={i}>
                          <Input placeholder="请输入公网 IP" value={ip} onChange={(v) => set('ips', s.ips.map((x, j) => (j === i ? v : x)))} />
                          {s.ips.length > 1 && <Button status="danger" type="text" onClick={() => set('ips', s.ips.filter((_, j) => j !== i))}>删除</Button>}
                        </div>
                      ))}
                      <Button type="dashed" size="small" onClick={() => set('ips', [...s.ips, ''])}>+ 添加IP</Button>
                    </div>
                  </FI>
                  <FI label="网站服务内容" required>
                    <Select showSearch allowClear placeholder="请选择" value={s.content || undefined} onChange={(v) => set('content', (v as string) ?? '')}
                      options={ICP_CONTENT.map((c) => ({ label: c, value: c }))} />
                  </FI>
                  <FI label="网站语言" required>
                    <Checkbox.Group value={s.languages} onChange={(v) => set('languages', v as string[])} options={ICP_LANGUAGES.slice(0, 12)} />
                  </FI>
                  <FI label="是否涉及前置审批" required extra="涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等内容时需开启">
                    <Switch checked={s.preApproval} onChange={(v) => set('preApproval', v)} checkedText="是" uncheckedText="否" />
                  </FI>
                  <FI label="网站备注" extra="请简要描述网站的主要内容和用途">
                    <Input.TextArea maxLength={200} showWordLimit autoSize={{ minRows: 2 }} placeholder="请输入" value={s.remark} onChange={(v) => set('remark', v)} />
                  </FI>
                </Card>
                <Card className="vc-card" title="网站负责人信息" bordered>
                  <FI label="网站负责人" required>
                    <Radio.Group type="button" value={s.wpSource} onChange={pickSource} options={['同主办者负责人', '其他负责人']} />
                  </FI>
                  <FI label="负责人姓名" required>
                    <Input disabled={locked} placeholder="请输入" value={s.wpName} onChange={(v) => set('wpName', v)} />
                  </FI>
                  <FI label="证件类型" required>
                    <Select disabled={locked} placeholder="请选择" value={s.wpCertType || undefined} onChange={(v) => set('wpCertType', v as string)}
                      options={ICP_PERSON_CERTS.map((c) => ({ label: c, value: c }))} />
                  </FI>
                  <FI label="证件号码" required>
                    <Input disabled={locked} placeholder="请输入" value={s.wpCertNumber} onChange={(v) => set('wpCertNumber', v)} />
                  </FI>
                  <FI label="证件有效期" required>
                    <div className="vc-valid">
                      <DatePicker disabled={locked} placeholder="开始日期" value={s.wpValidFrom || undefined} onChange={(d) => set('wpValidFrom', d ?? '')} />
                      <span>至</span>
                      <DatePicker
                        disabled={locked || s.wpLongTerm}
                        placeholder={s.wpLongTerm ? '长期有效' : '结束日期'}
                        value={s.wpValidTo || undefined}
                        onChange={(d) => set('wpValidTo', d ?? '')}
                        extra={<div className="vc-long"><Button size="mini" type="text" onClick={() => patch({ wpLongTerm: true, wpValidTo: '' })}>长期有效</Button></div>}
                      />
                      {s.wpLongTerm && !locked && <Button size="mini" type="text" onClick={() => set('wpLongTerm', false)}>取消长期</Button>}
                    </div>
                  </FI>
                  <FI label="手机号码" required>
                    <Input disabled={locked} addBefore="+86" placeholder="请输入" value={s.wpMobile} onChange={(v) => set('wpMobile', v)} />
                  </FI>
                  <FI label="应急联系电话" required extra="请填写与手机号码不同的号码">
                    <Input disabled={locked} placeholder="请输入" value={s.wpEmergency} onChange={(v) => set('wpEmergency', v)} />
                  </FI>
                  <FI label="电子邮箱" required>
                    <AutoComplete disabled={locked} placeholder="请输入" value={s.wpEmail} onChange={(v) => set('wpEmail', String(v ?? ''))} data={emailOptions} />
                  </FI>
                  <FI label="办公电话">
                    <Input placeholder="选填，区号-号码" value={s.wpPhone} onChange={(v) => set('wpPhone', v)} />
                  </FI>
                </Card>
              </Form>
            </Tabs.TabPane>
          </Tabs>
          <div className="vc-actions">
            <Button onClick={counter(setState, 'prevClicks')}>上一步</Button>
            <Button onClick={counter(setState, 'saveClicks')}>保存</Button>
            <Button type="primary" onClick={counter(setState, 'nextClicks')}>下一步</Button>
          </div>
        </div>
      </div>
    </div>
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);
const root = document.getElementById('app')!;
if (build() === 'heldout5-volcengine-site-person-arco-tabs') createRoot(root).render(<VolcSitePerson />);
else root.textContent = `unknown build ${build()}`;
