/**
 * Gen-5 held-out build on Alibaba's console in Fusion Next 1.27 on React 18 (npm aliases):
 * heldout5-aliyun-subject-person-fusion-inset, 填写主办者信息 for a person. Written from FORMS.md alone.
 *
 * No label column at all: three Cards (主办者信息 / 主体负责人信息 / 联系方式) in a 2-column grid whose
 * controls name themselves only INSIDE the control — some by a placeholder alone, some by Fusion's inset
 * `label` (Input / Select / CascaderSelect / DatePicker2 render it inside the box, left of the value), some
 * by a floating <label for> that sits in the box and moves up on focus or once there is a value. The
 * step-1 values (主办者性质, 证件类型, 证件号码) are disabled; 所属区域 a CascaderSelect; 通信地址 a lazy
 * CascaderSelect (levels answer ~180 ms later) + 详细地址; validity as two DatePicker2 + 长期 checkbox;
 * 手机号码 with a +86 inner prefix; 上一步 / 保存 / 下一步.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Card, CascaderSelect, Checkbox, DatePicker2, Grid, Input, Select, Step } from '@alifd/next';
import { AREAS, build, codeAt, fetchAreas, ICP_PERSON_CERTS, type Area } from './common';
import { counter, useReplicaState } from './react-state';

const { Row, Col } = Grid;

const PAGE_CSS = `
.fx-main { max-width: 1080px; margin: 0 auto; padding: 16px 24px 40px; }
.fx-title { font-size: 20px; font-weight: 500; margin: 0 0 16px; color: #333; }
.fx-steps { background: #fff; padding: 20px 24px 8px; margin-bottom: 16px; }
.fx-card { margin-bottom: 16px; }
.fx-cell { margin-bottom: 18px; }
.fx-cell .next-input, .fx-cell .next-select, .fx-cell .next-date-picker2 { width: 100%; }
.fx-float { position: relative; }
.fx-float > label { position: absolute; left: 9px; top: 50%; transform: translateY(-50%); color: #999; font-size: 13px; pointer-events: none; transition: all .15s; background: transparent; padding: 0 3px; z-index: 2; }
.fx-float.up > label { top: 0; font-size: 11px; color: #5584ff; background: #fff; }
.fx-float .next-input input { padding-top: 2px; }
.fx-float .req { color: #ff3000; margin-right: 2px; }
.fx-valid { display: flex; gap: 8px; align-items: center; }
.fx-valid .next-checkbox-wrapper { white-space: nowrap; flex: none; }
.fx-note { color: #999; font-size: 12px; margin: -10px 0 14px 2px; }
.fx-actions { display: flex; gap: 12px; justify-content: center; padding: 12px 0; }
`;

/** A floating label: sits inside the box until focus or a value, then moves onto the border. */
function Floating({ id, label, value, required, children }: { id: string; label: string; value: string; required?: boolean; children: ReactNode }) {
  const [focus, setFocus] = useState(false);
  return (
    <div className={`fx-float${focus || value ? ' up' : ''}`} onFocus={() => setFocus(true)} onBlur={() => setFocus(false)}>
      <label htmlFor={id}>{required && <span className="req">*</span>}{label}</label>
      {children}
    </div>
  );
}

type Node = { value: string; label: string; isLeaf?: boolean; children?: Node[] };
const fullTree = (list: Area[]): Node[] => list.map((a) => ({ value: a.code, label: a.name, ...(a.children ? { children: fullTree(a.children) } : {}) }));
const FULL = fullTree(AREAS);

/** CascaderSelect over codes; the state keeps the names along the path. */
function RegionSelect({ names, onChange, lazy, label, placeholder }: { names: string[]; onChange: (v: string[]) => void; lazy?: boolean; label?: string; placeholder?: string }) {
  const [data, setData] = useState<Node[]>(lazy ? [] : FULL);
  useEffect(() => {
    if (lazy) fetchAreas('').then((list) => setData(list.map((a) => ({ value: a.code, label: a.name }))));
  }, [lazy]);
  const load = (item: { value?: string }) =>
    fetchAreas(item.value ?? '').then((list) => {
      const cityLevel = !(item.value ?? '').endsWith('0000'); // a city's children (the counties) are leaves
      const kids = list.map((a) => ({ value: a.code, label: a.name, ...(cityLevel ? { isLeaf: true } : {}) }));
      const put = (nodes: Node[]): Node[] => nodes.map((n) => (n.value === item.value ? { ...n, children: kids } : n.children ? { ...n, children: put(n.children) } : n));
      setData((d) => put(d));
    });
  const code = names.length === 3 ? codeAt(names) : '';
  return (
    <CascaderSelect
      label={label}
      placeholder={placeholder}
      hasClear
      dataSource={data}
      loadData={lazy ? (load as never) : undefined}
      value={code || undefined}
      onChange={(_v, _d, extra) => onChange(((extra?.selectedPath ?? []) as { label?: unknown }[]).map((x) => String(x.label ?? '')))}
    />
  );
}

function AliyunSubjectPerson() {
  const { state: s, set, patch, setState } = useReplicaState('aliyun', 'subject', '个人', {
    nature: '个人',
    certType: '居民身份证',
    certNumber: '330106199003071236',
    name: '',
    region: [] as string[],
    certAddress: '',
    mailRegion: [] as string[],
    mailDetail: '',
    investor: '',
    prName: '',
    prCertType: '',
    prCertNumber: '',
    prValidFrom: '',
    prValidTo: '',
    prLongTerm: false,
    mobile: '',
    emergency: '',
    officePhone: '',
    email: '',
    remark: '',
    prevClicks: 0,
    saveClicks: 0,
    nextClicks: 0,
  });
  const text = (k: 'name' | 'mailDetail' | 'officePhone' | 'remark', placeholder: string) => (
    <Input placeholder={placeholder} value={s[k]} onChange={(v) => set(k, String(v))} />
  );
  const float = (k: 'certAddress' | 'investor' | 'prName' | 'prCertNumber' | 'emergency', label: string) => (
    <Floating id={`fx-${k}`} label={label} value={s[k]} required>
      <Input id={`fx-${k}`} value={s[k]} onChange={(v) => set(k, String(v))} />
    </Floating>
  );
  return (
    <div className="fx-main">
      <div className="fx-title">填写主办者信息</div>
      <div className="fx-steps">
        <Step current={1} shape="circle" labelPlacement="hoz">
          <Step.Item title="验证备案类型" />
          <Step.Item title="填写主办者信息" />
          <Step.Item title="填写网站信息" />
          <Step.Item title="上传资料" />
        </Step>
      </div>
      <Card free className="fx-card">
        <Card.Header title="主办者信息" extra={<span style={{ color: '#999', fontSize: 12 }}>主办者性质、证件类型和证件号码来自上一步</span>} />
        <Card.Content>
          <Row gutter={16} wrap>
            <Col span={8}><div className="fx-cell"><Select label="主办者性质" disabled value={s.nature} dataSource={['个人']} /></div></Col>
            <Col span={8}><div className="fx-cell"><Select label="证件类型" disabled value={s.certType} dataSource={['居民身份证']} /></div></Col>
            <Col span={8}><div className="fx-cell"><Input label="证件号码" disabled value={s.certNumber} /></div></Col>
          </Row>
          <Row gutter={16} wrap>
            <Col span={12}><div className="fx-cell">{text('name', '主办单位或主办人名称（与证件一致）')}</div></Col>
            <Col span={12}><div className="fx-cell"><RegionSelect label="所属区域" names={s.region} onChange={(v) => set('region', v)} /></div></Col>
            <Col span={24}><div className="fx-cell">{float('certAddress', '证件住所')}</div></Col>
            <Col span={10}><div className="fx-cell"><RegionSelect lazy placeholder="通信地址：省 / 市 / 区县" names={s.mailRegion} onChange={(v) => set('mailRegion', v)} /></div></Col>
            <Col span={14}><div className="fx-cell">{text('mailDetail', '通信地址详细地址，需精确到门牌号')}</div></Col>
            <Col span={12}><div className="fx-cell">{float('investor', '投资人或主管单位')}</div></Col>
          </Row>
        </Card.Content>
      </Card>
      <Card free className="fx-card">
        <Card.Header title="主体负责人信息" />
        <Card.Content>
          <Row gutter={16} wrap>
            <Col span={8}><div className="fx-cell">{float('prName', '负责人姓名')}</div></Col>
            <Col span={8}>
              <div className="fx-cell">
                <Select label="负责人证件类型" placeholder="请选择" value={s.prCertType || undefined} onChange={(v) => set('prCertType', String(v))} dataSource={ICP_PERSON_CERTS} />
              </div>
            </Col>
            <Col span={8}><div className="fx-cell">{float('prCertNumber', '负责人证件号码')}</div></Col>
            <Col span={24}>
              <div className="fx-cell fx-valid">
                <DatePicker2 label="有效期开始" format="YYYY-MM-DD" value={s.prValidFrom || null} onChange={(_v, str) => set('prValidFrom', str || '')} />
                <DatePicker2 label="有效期截止" format="YYYY-MM-DD" disabled={s.prLongTerm} placeholder={s.prLongTerm ? '长期' : undefined}
                  value={s.prValidTo || null} onChange={(_v, str) => set('prValidTo', str || '')} />
                <Checkbox checked={s.prLongTerm} onChange={(c) => patch({ prLongTerm: c, ...(c ? { prValidTo: '' } : {}) })}>长期</Checkbox>
              </div>
            </Col>
          </Row>
        </Card.Content>
      </Card>
      <Card free className="fx-card">
        <Card.Header title="联系方式" />
        <Card.Content>
          <Row gutter={16} wrap>
            <Col span={12}><div className="fx-cell"><Input innerBefore={<span style={{ paddingLeft: 8, color: '#666' }}>+86</span>} placeholder="手机号码" value={s.mobile} onChange={(v) => set('mobile', String(v))} /></div></Col>
            <Col span={12}><div className="fx-cell">{float('emergency', '应急电话号码')}</div></Col>
            <Col span={12}><div className="fx-cell">{text('officePhone', '办公室电话（选填）')}</div></Col>
            <Col span={12}><div className="fx-cell"><Input label="电子邮件" value={s.email} onChange={(v) => set('email', String(v))} /></div></Col>
            <Col span={24}>
              <div className="fx-cell"><Input.TextArea placeholder="备注（选填）" value={s.remark} onChange={(v) => set('remark', String(v))} /></div>
            </Col>
          </Row>
        </Card.Content>
      </Card>
      <div className="fx-actions">
        <Button onClick={counter(setState, 'prevClicks')}>上一步</Button>
        <Button onClick={counter(setState, 'saveClicks')}>保存</Button>
        <Button type="primary" onClick={counter(setState, 'nextClicks')}>下一步</Button>
      </div>
    </div>
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);
const root = document.getElementById('app')!;
if (build() === 'heldout5-aliyun-subject-person-fusion-inset') createRoot(root).render(<AliyunSubjectPerson />);
else root.textContent = `unknown build ${build()}`;
