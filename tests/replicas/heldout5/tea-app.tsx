/**
 * Gen-5 held-out build on Tencent Cloud's console in Tea (tea-component) on React 18 (npm aliases):
 * heldout5-tencent-basic-person-tea-fixed, 验证备案类型 for a person. Written from FORMS.md §1.10 alone.
 *
 * A fixed-label-column Tea Form inside one Card under a Stepper; 备案地域 is a tabs-type Tea Cascader
 * (省份 / 城市 / 区县 tabs, each level loaded on demand); 主办者性质 a Segment whose value (and state) is
 * the MIIT nature code; 证件类型 a Select whose value (and state) is the MIIT certificate code, its
 * options depending on the nature; two Upload buttons for the ID photos; 网站 / APP radios; 备案云服务
 * radios (云服务器 shows 服务器IP地址, 备案授权码 shows its own input); 验证码, consent, 信息校验 / 下一步.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Alert, Button, Card, Cascader, Checkbox, Form, Input, Radio, Segment, Select, Stepper, Upload, type CascaderData, type CascaderOption } from 'tea-component';
import { build, certCodesFor, codeAt, fetchAreas, type Area } from './common';
import { counter, useReplicaState } from './react-state';

const NATURES: [string, string][] = [
  ['5', '个人'], ['4', '企业'], ['3', '事业单位'], ['2', '政府机关'], ['6', '社会团体'], ['9', '民办非企业单位'], ['10', '基金会'], ['11', '律师执业机构'],
];
const LEVEL_TITLES = ['省份', '城市', '区县'];

/** Tabs-type Cascader data for one level, children to be loaded unless at the last level. */
const levelOptions = (areas: Area[], depth: number): CascaderOption[] =>
  areas.map((a) => ({ value: a.name, label: a.name, ...(depth < 2 ? { child: { title: LEVEL_TITLES[depth + 1] } } : {}) }));

/** A copy of `data` with the options of the level under `path` set. */
function withLevel(data: CascaderData, path: string[], options: CascaderOption[]): CascaderData {
  if (path.length === 0) return { ...data, options };
  const [head, ...rest] = path;
  return {
    ...data,
    options: (data.options ?? []).map((o) => (o.value === head && o.child ? { ...o, child: withLevel(o.child, rest, options) } : o)),
  };
}

function RegionTabs({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const [data, setData] = useState<CascaderData>({ title: LEVEL_TITLES[0], col: 4 });
  useEffect(() => {
    fetchAreas('').then((list) => setData((d) => withLevel(d, [], levelOptions(list, 0))));
  }, []);
  return (
    <Cascader
      type="tabs"
      data={data}
      value={value}
      placeholder="请选择省份 / 城市 / 区县"
      clearable
      onLoad={async (path) => {
        const list = await fetchAreas(codeAt(path));
        setData((d) => withLevel(d, path, levelOptions(list, path.length)));
      }}
      onChange={(v) => onChange(v)}
      style={{ width: 360 }}
    />
  );
}

function UploadOne({ files, onPick, text }: { files: File[]; onPick: (f: File[]) => void; text: string }) {
  return (
    <div className="h5-upload">
      <Upload accept="image/jpeg,image/png" beforeUpload={(file) => { onPick([file]); return false; }}>
        <Button type="weak">{text}</Button>
      </Upload>
      <span className="h5-upload-name">{files.length ? files.map((f) => f.name).join('，') : '未选择文件'}</span>
      {files.length > 0 && <Button type="link" onClick={() => onPick([])}>删除</Button>}
    </div>
  );
}

function TencentBasicPerson() {
  const { state: s, set, patch, setState } = useReplicaState('tencent', 'basic', '个人', {
    region: [] as string[],
    natureCode: '',
    certTypeCode: '',
    certNumber: '',
    idFront: [] as File[],
    idBack: [] as File[],
    filingKind: '',
    domain: '',
    cloudKind: '云服务器',
    serverIp: '',
    authCode: '',
    captcha: '',
    agree: false,
    verifyClicks: 0,
    nextClicks: 0,
  });
  const certOptions = s.natureCode ? certCodesFor(s.natureCode).map(([value, text]) => ({ value, text })) : [];
  return (
    <div className="h5-tc-layout">
    <nav className="h5-tc-nav">
      <div className="h5-tc-nav-title">网站备案</div>
      {['备案概览', '我的备案', '备案授权码', '公安备案指引', '下载中心'].map((t) => <a key={t} className={t === '我的备案' ? 'is-selected' : ''}>{t}</a>)}
    </nav>
    <div className="h5-tc-main">
      <h2 className="h5-tc-title">首次备案</h2>
      <Card>
        <Card.Body>
          <Stepper
            steps={[
              { id: 'type', label: '验证备案类型' },
              { id: 'subject', label: '填写主体信息' },
              { id: 'site', label: '填写网站信息' },
              { id: 'upload', label: '上传资料' },
              { id: 'submit', label: '提交初审' },
            ]}
            current="type"
          />
        </Card.Body>
      </Card>
      <Alert type="info">备案主体证件信息需与域名实名认证信息一致；个人备案请选择主办者性质「个人」。</Alert>
      <Card>
        <Card.Body title="验证备案类型" subtitle="填写以下信息后点击「信息校验」，系统将判断您的备案类型">
          <Form layout="fixed" fixedLabelWidth="9em">
            <Form.Item label="备案地域" required tips="主办者证件住址所在的省份、城市和区县" extra="个人请选择身份证住址所在地">
              <RegionTabs value={s.region} onChange={(v) => set('region', v)} />
            </Form.Item>
            <Form.Item label="主办者性质" required>
              <Segment
                value={s.natureCode}
                onChange={(v) => patch({ natureCode: v, certTypeCode: '' })}
                options={NATURES.map(([value, text]) => ({ value, text }))}
              />
            </Form.Item>
            <Form.Item label="证件类型" required>
              <Select
                appearance="button"
                size="m"
                placeholder={s.natureCode ? '请选择证件类型' : '请先选择主办者性质'}
                disabled={!s.natureCode}
                value={s.certTypeCode}
                options={certOptions}
                onChange={(v) => set('certTypeCode', v)}
                matchButtonWidth
              />
            </Form.Item>
            <Form.Item label="证件号码" required extra="个人请填写 18 位居民身份证号码，末位为 X 时请大写">
              <Input size="l" placeholder="请输入证件号码" value={s.certNumber} onChange={(v) => set('certNumber', v)} />
            </Form.Item>
            <Form.Item label="证件照片（人像面）" tips="支持 jpg / png 格式，大小不超过 4MB">
              <UploadOne files={s.idFront} onPick={(f) => set('idFront', f)} text="上传人像面" />
            </Form.Item>
            <Form.Item label="证件照片（国徽面）">
              <UploadOne files={s.idBack} onPick={(f) => set('idBack', f)} text="上传国徽面" />
            </Form.Item>
            <Form.Item label="备案类型" required>
              <Radio.Group value={s.filingKind} onChange={(v) => set('filingKind', v)}>
                <Radio name="网站">网站</Radio>
                <Radio name="APP">APP</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item label="域名" required extra="请输入不带 www 的主域名，如 example.com">
              <Input size="l" placeholder="请输入域名" value={s.domain} onChange={(v) => set('domain', v)} />
            </Form.Item>
            <Form.Item label="备案云服务" required tips="使用腾讯云服务器备案，或使用他人提供的备案授权码">
              <Radio.Group value={s.cloudKind} onChange={(v) => set('cloudKind', v)}>
                <Radio name="云服务器">云服务器</Radio>
                <Radio name="备案授权码">备案授权码</Radio>
              </Radio.Group>
            </Form.Item>
            {s.cloudKind === '云服务器' && (
              <Form.Item label="服务器IP地址" required extra="填写网站所在云服务器的公网 IP（需包年包月且剩余时长不少于 3 个月）">
                <Input size="l" placeholder="例如 1.2.3.4" value={s.serverIp} onChange={(v) => set('serverIp', v)} />
              </Form.Item>
            )}
            {s.cloudKind === '备案授权码' && (
              <Form.Item label="备案授权码" required>
                <Input size="l" placeholder="请输入备案授权码" value={s.authCode} onChange={(v) => set('authCode', v)} />
              </Form.Item>
            )}
            <Form.Item label="验证码" required>
              <div className="h5-captcha">
                <Input placeholder="请输入右侧字符" value={s.captcha} onChange={(v) => set('captcha', v)} />
                <span className="h5-captcha-img" title="看不清？换一张">7bQe</span>
              </div>
            </Form.Item>
            <Form.Item label="">
              <Checkbox value={s.agree} onChange={(v) => set('agree', v)}>我已阅读并同意《腾讯云网站备案服务协议》</Checkbox>
            </Form.Item>
          </Form>
          <Form.Action>
            <Button type="primary" onClick={counter(setState, 'verifyClicks')}>信息校验</Button>
            <Button onClick={counter(setState, 'nextClicks')}>下一步</Button>
          </Form.Action>
        </Card.Body>
      </Card>
    </div>
    </div>
  );
}

const PAGE_CSS = `
.h5-tc-layout { display: flex; min-height: calc(100vh - 50px); }
.h5-tc-nav { width: 192px; flex: none; background: #2f3541; padding-top: 8px; }
.h5-tc-nav-title { color: #fff; font-size: 15px; font-weight: 600; padding: 12px 20px; }
.h5-tc-nav a { display: block; color: #c1c6c8; padding: 10px 20px; font-size: 13px; cursor: pointer; }
.h5-tc-nav a.is-selected { background: #006eff; color: #fff; }
.h5-tc-main { flex: 1; min-width: 0; padding: 16px 24px 40px; max-width: 1100px; }
.h5-tc-title { font-size: 18px; font-weight: 600; margin: 4px 0 14px; }
.h5-tc-main .tea-card, .h5-tc-main .tea-alert { margin-bottom: 16px; }
`;
const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);

const root = document.getElementById('app')!;
if (build() === 'heldout5-tencent-basic-person-tea-fixed') createRoot(root).render(<TencentBasicPerson />);
else root.textContent = `unknown build ${build()}`;
