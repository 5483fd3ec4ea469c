// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/backup';
import type { BeianDB } from '@/lib/db';
import { stepById } from '@/lib/forms/steps';
import { buildFillView, type FillView } from '@/lib/forms/view';
import { fieldById } from '@/lib/forms/vocabulary';
import { acceptedTexts, planFill, summarize, type PlanItem, type PlanOptions } from '@/lib/fill/planner';
import { hasToken } from '@/lib/text';
import { isoDate, matches } from '@/lib/fill/values';
import { documentsOf, grownKeys, previewFill, runFill, within, type FrameTransport } from '@/lib/fill/orchestrate';
import { platformOfUrl } from '@/lib/hosts';
import type { ControlSnapshot, FillAction, Mark, ReadingWire } from '@/lib/messages';
import type { Contact, DocumentMeta, Entity, Site } from '@/lib/schema';
import { exampleText, seededDb } from './helpers';

/** The example profile (docs/profile.example.json), a fresh copy each call so a test may change it. */
function example() {
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('example invalid');
  const d = structuredClone(r.data);
  const get = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
  return { data: d, unit: get(d.entities as Entity[], 'e-yunqi'), person: get(d.entities as Entity[], 'e-zhangwei'), www: get(d.sites as Site[], 's-yunqi-www'), blog: get(d.sites as Site[], 's-zhangwei-blog'), contacts: d.contacts as Contact[] };
}
const LICENCE: DocumentMeta = { id: 'd-yunqi-licence', ownerType: 'entity', ownerId: 'e-yunqi', kind: 'business-licence', name: 'yunqi-licence.png', mime: 'image/png', size: 68, expiresAt: '', addedAt: 0 };
/** 杭州云栖 (单位; principal 李娜, long-term ID; web/security 王强; emergency = the principal) and its www site. */
const unitView = (docs: DocumentMeta[] = [LICENCE]) => { const x = example(); return buildFillView(x.unit, x.www, x.contacts, docs); };

// ── hand-written readings, as the content script sends them (lib/dom/filler.ts toWire) ──
let nextId = 0;
type Shape = ControlSnapshot['shape'];
const emptyOf = (shape: Shape): ControlSnapshot['current'] =>
  shape === 'checkbox' || shape === 'switch' ? false : shape === 'date-range' ? ['', ''] : shape === 'cascader' || shape === 'checkbox-group' || shape === 'multi-select' || shape === 'upload' ? [] : '';
/** One control of a reading, empty and editable unless told otherwise. */
function ctl(shape: Shape, part: ControlSnapshot['part'] = 'value', extra: Partial<ControlSnapshot> = {}): ControlSnapshot {
  return { id: nextId++, shape, part, current: emptyOf(shape), ...extra };
}
/** A reading of `key` (`role.name` for a person's field, `block.name` otherwise). */
function rd(key: string, controls: ControlSnapshot[], extra: Partial<ReadingWire> = {}): ReadingWire {
  const [head, name] = key.split('.') as [string, string];
  const block = fieldById.get(key);
  const field = block ? block.id : `person.${name}`;
  if (!fieldById.get(field)) throw new Error(`no field for ${key}`);
  return { key, field, ...(block ? {} : { role: head }), status: 'found', label: fieldById.get(field)!.labels[0]!, score: 1, controls, ...extra };
}
const text = (extra: Partial<ControlSnapshot> = {}) => ctl('text', 'value', extra);
const plan1 = (r: ReadingWire, view: FillView = unitView(), opts: PlanOptions = {}) => {
  const items = planFill([r], view, opts);
  expect(items).toHaveLength(1);
  return items[0]!;
};
const values = (p: PlanItem) => p.actions?.map((a) => a.value);

describe('hosts', () => {
  it.each([
    ['https://beian.aliyun.com/pcContainer/formpage?page=selfBa', 'aliyun'],
    ['https://beian.mps.gov.cn/web/business/businessHome/website', 'mps'],
    ['http://www.beian.gov.cn/portal/index', 'beian-old'],
    ['https://beian.miit.gov.cn/#/Integrated/index', 'miit'],
  ])('%s is %s', (url, p) => expect(platformOfUrl(url)).toBe(p));
  it.each([
    'https://beian.aliyun.com.evil.cn/pcContainer/formpage', 'http://beian.aliyun.com/pcContainer/formpage', 'https://xn--beian-aliyun-xyz.com/', 'https://evil.cn/beian.aliyun.com/',
    'https://beian.aliyun.com:8443/', 'https://user@beian.aliyun.com/', 'https://beian.mps.gov.cn.attacker.io/', 'http://beian.miit.gov.cn/', 'not a url',
  ])('refuses the lookalike %s', (url) => expect(platformOfUrl(url)).toBeUndefined());
});

describe('planFill: rendering a value to the shapes a page offers', () => {
  describe('address', () => {
    it('to a cascader (the region path) and a detail text', () => {
      const p = plan1(rd('entity.certAddress', [ctl('cascader', 'region'), ctl('text', 'detail')]));
      expect(p.outcome).toBe('fill');
      expect(p.actions).toMatchObject([
        { shape: 'cascader', part: 'region', value: ['浙江省', '杭州市', '余杭区'] },
        { shape: 'text', part: 'detail', value: '文一西路 969 号 2 幢 305 室' },
      ]);
    });
    it('to three selects (province, city, district, each its own option) and a detail', () => {
      const p = plan1(rd('entity.mailingAddress', [ctl('select', 'province'), ctl('select', 'city'), ctl('select', 'district'), ctl('text', 'detail')]));
      expect(p.actions).toMatchObject([
        { shape: 'select', part: 'province', value: '浙江省', accept: ['浙江省'] },
        { shape: 'select', part: 'city', value: '杭州市', accept: ['杭州市'] },
        { shape: 'select', part: 'district', value: '余杭区', accept: ['余杭区'] },
        { shape: 'text', part: 'detail', value: '文一西路 969 号 2 幢 305 室' },
      ]);
    });
    it('to one line (region and detail joined)', () => {
      const p = plan1(rd('entity.registeredAddress', [ctl('text', 'line')])); // 同证件住所: the certificate address
      expect(p.actions).toEqual([expect.objectContaining({ shape: 'text', part: 'line', value: '浙江省杭州市余杭区文一西路 969 号 2 幢 305 室' })]);
    });
    it("a person's address by role, and the office address's own region and detail", () => {
      expect(values(plan1(rd('web.address', [ctl('cascader', 'region'), ctl('text', 'detail')])))).toEqual([['浙江省', '杭州市', '余杭区'], '五常街道 88 号']);
      expect(values(plan1(rd('entity.officeAddress', [ctl('cascader', 'region'), ctl('text', 'detail')])))).toEqual([['浙江省', '杭州市', '余杭区'], '文一西路 969 号 2 幢 305 室']);
    });
    it('a region in one select is tried as levels, then as joined paths', () => {
      const p = plan1(rd('entity.region', [ctl('select', 'region')]));
      expect(p.actions).toEqual([{ control: expect.any(Number), shape: 'cascader', part: 'region', value: ['浙江省', '杭州市', '余杭区'], accept: ['浙江省/杭州市/余杭区', '浙江省 / 杭州市 / 余杭区', '浙江省 杭州市 余杭区', '浙江省杭州市余杭区'] }]);
    });
    it('a stored region is "already" when the cascader shows it, whatever the separator', () => {
      expect(plan1(rd('provider.region', [ctl('cascader', 'region', { current: ['浙江省', '杭州市', '余杭区'] })])).outcome).toBe('already');
      expect(plan1(rd('provider.region', [ctl('cascader', 'region', { current: '浙江省 / 杭州市 / 余杭区' })])).outcome).toBe('already');
    });
  });

  describe('validity', () => {
    it('to a range: [from, ""] when the ID is long-term (李娜)', () => {
      expect(plan1(rd('principal.validity', [ctl('date-range', 'range')])).actions).toEqual([expect.objectContaining({ shape: 'date-range', part: 'range', value: ['2016-05-10', ''] })]);
    });
    it('to a range: [from, to] for a dated ID (王强)', () => {
      expect(values(plan1(rd('web.validity', [ctl('date-range', 'range')])))).toEqual([['2020-08-12', '2040-08-12']]);
    });
    it('to two pickers (from / to)', () => {
      expect(plan1(rd('web.validity', [ctl('date', 'from'), ctl('date', 'to')])).actions).toMatchObject([
        { shape: 'date', part: 'from', value: '2020-08-12' }, { shape: 'date', part: 'to', value: '2040-08-12' },
      ]);
    });
    it('to two texts (from / to)', () => {
      expect(plan1(rd('web.validity', [ctl('text', 'from'), ctl('text', 'to')])).actions).toMatchObject([
        { shape: 'text', part: 'from', value: '2020-08-12' }, { shape: 'text', part: 'to', value: '2040-08-12' },
      ]);
    });
    it('with a 长期 box: the box first, then the start; no end date is typed', () => {
      const box = ctl('checkbox', 'longTerm', { sub: '长期' });
      const p = plan1(rd('principal.validity', [ctl('date', 'from'), ctl('date', 'to'), box]));
      expect(p.actions).toMatchObject([{ control: box.id, shape: 'checkbox', part: 'longTerm', value: true }, { shape: 'date', part: 'from', value: '2016-05-10' }]);
      expect(p.actions!.some((a) => a.part === 'to')).toBe(false);
      const range = plan1(rd('principal.validity', [ctl('date-range', 'range'), ctl('checkbox', 'longTerm', { sub: '长期' })]));
      expect(range.actions!.map((a) => a.shape)).toEqual(['checkbox', 'date-range']);
    });
    it('a 长期 radio is chosen for a long-term ID', () => {
      const p = plan1(rd('principal.validity', [ctl('radio', 'longTerm', { options: ['长期', '非长期'] }), ctl('date', 'from')]));
      expect(p.actions).toMatchObject([{ shape: 'radio', part: 'longTerm', value: '长期', accept: ['长期', '长期有效'] }, { part: 'from', value: '2016-05-10' }]);
    });
    it('a 长期 / 截止日期 radio: the other answer for a dated ID, nothing on a lone 长期 radio', () => {
      const p = plan1(rd('web.validity', [ctl('date', 'from'), ctl('radio', 'longTerm', { options: ['长期', '截止日期'] })]));
      expect(p.actions).toMatchObject([{ part: 'from', value: '2020-08-12' }, { shape: 'radio', part: 'longTerm', value: '截止日期', accept: ['截止日期'] }]);
      const lone = plan1(rd('web.validity', [ctl('date', 'from'), ctl('radio', 'longTerm', { options: ['长期'] })]));
      expect(lone.actions!.map((a) => a.part)).toEqual(['from']);
    });
    it('an unticked 长期 box for a dated ID stays as it is', () => {
      const p = plan1(rd('web.validity', [ctl('text', 'from'), ctl('text', 'to'), ctl('checkbox', 'longTerm', { sub: '长期' })]));
      expect(p.actions!.map((a) => a.part)).toEqual(['from', 'to']);
    });
    it('a domain certificate validity from the site', () => {
      expect(values(plan1(rd('site.domainCertValidity', [ctl('date-range', 'range')])))).toEqual([['2025-11-01', '2028-11-01']]);
    });
  });

  describe('list', () => {
    it('to rows: one action with the whole list (the content script adds the rows it lacks)', () => {
      const rows = [ctl('text', 'row'), ctl('text', 'row')];
      const p = plan1(rd('site.domains', rows, { add: true }));
      expect(p.actions).toEqual([{ control: rows[0]!.id, shape: 'text', part: 'row', value: ['yunqi-demo.cn', 'yunqi-demo.com.cn'] }]);
    });
    it('to a multi-select', () => {
      expect(plan1(rd('site.ips', [ctl('multi-select')])).actions).toMatchObject([{ shape: 'multi-select', value: ['47.96.56.78', '2408:4000:1000::10'] }]);
    });
    it('to a box of several lines (a textarea): a value a line', () => {
      expect(values(plan1(rd('site.ips', [ctl('text', 'line', { multiline: true })])))).toEqual(['47.96.56.78\n2408:4000:1000::10']);
      // the page's own words win over the line break (多个IP以英文逗号分隔)
      expect(values(plan1(rd('site.ips', [ctl('text', 'line', { multiline: true, hint: '多个IP以英文逗号分隔' })])))).toEqual(['47.96.56.78,2408:4000:1000::10']);
    });
    it('to one text: the first value (the main domain / IP)', () => {
      expect(values(plan1(rd('site.domains', [ctl('text', 'line')])))).toEqual(['yunqi-demo.cn']);
      expect(values(plan1(rd('site.ips', [ctl('text', 'line')])))).toEqual(['47.96.56.78']);
    });
    it('to one text: joined with the separator the placeholder names', () => {
      const x = example();
      x.www.domains = ['yunqi-demo.cn', 'yunqi-demo.com.cn', 'yunqi-demo.net'];
      const view = buildFillView(x.unit, x.www, x.contacts);
      expect(values(plan1(rd('site.otherDomains', [ctl('text', 'line', { sub: '多个从域名请用英文逗号分隔' })]), view))).toEqual(['yunqi-demo.com.cn,yunqi-demo.net']);
      expect(values(plan1(rd('site.domains', [ctl('text', 'line', { sub: '多个域名请用英文分号分隔' })]), view))).toEqual(['yunqi-demo.cn;yunqi-demo.com.cn;yunqi-demo.net']);
      expect(values(plan1(rd('site.ips', [ctl('text', 'line', { sub: '多个IP请用分号分隔' })]), view))).toEqual(['47.96.56.78；2408:4000:1000::10']);
      expect(values(plan1(rd('site.ips', [ctl('text', 'line', { sub: '多个IP请换行' })]), view))).toEqual(['47.96.56.78\n2408:4000:1000::10']);
      // 从域名 without a hint: the field's own separator
      expect(values(plan1(rd('site.otherDomains', [ctl('text', 'line')]), view))).toEqual(['yunqi-demo.com.cn,yunqi-demo.net']);
    });
  });

  describe('yes / no', () => {
    it('to 是 / 否 radios', () => {
      const p = plan1(rd('site.interactive', [ctl('radio', 'value', { options: ['是', '否'] })]));
      expect(p.actions).toMatchObject([{ shape: 'radio', value: '是', accept: ['是', '有', '交互式'] }]);
      expect(plan1(rd('site.interactive', [ctl('radio', 'value', { options: ['交互式', '非交互式'] })])).outcome).toBe('fill');
    });
    it('to 涉及 / 不涉及 (acceptedTexts)', () => {
      const f = fieldById.get('site.dangerousGoods')!;
      expect(acceptedTexts(f, false)).toContain('不涉及');
      expect(acceptedTexts(f, true)).toContain('涉及');
      expect(acceptedTexts(f, true)).not.toContain('不涉及');
      const p = plan1(rd('site.dangerousGoods', [ctl('radio', 'value', { options: ['涉及', '不涉及'] })]));
      expect(p.outcome).toBe('fill');
      expect(p.actions![0]!.accept).toContain('不涉及');
      // a page showing 不涉及 already holds the profile's "no"
      expect(plan1(rd('site.dangerousGoods', [ctl('radio', 'value', { options: ['涉及', '不涉及'], current: '不涉及' })])).outcome).toBe('already');
    });
    it('to a switch', () => {
      expect(plan1(rd('site.interactive', [ctl('switch')])).actions).toMatchObject([{ shape: 'switch', value: true }]);
      expect(plan1(rd('site.hasPreApproval', [ctl('switch')])).outcome).toBe('already'); // no, and the switch is off
    });
    it('与主体负责人一致 answered 是 / 否: 否 for 王强 (not the principal), and the page copies for 是', () => {
      expect(plan1(rd('web.sameAsPrincipal', [ctl('radio', 'value', { options: ['是', '否'] })])).actions).toMatchObject([{ shape: 'radio', value: '否' }]);
      // the emergency contact is the principal: 是, and the role's own fields are left to the page
      const plan = planFill([rd('emergency.sameAsPrincipal', [ctl('radio', 'value', { options: ['是', '否'] })]), rd('emergency.name', [ctl('text')])], unitView());
      expect(plan.map((p) => [p.key, p.outcome])).toEqual([['emergency.sameAsPrincipal', 'fill'], ['emergency.name', 'copied']]);
      expect(plan[0]!.actions).toMatchObject([{ value: '是' }]);
    });
    it('to a select listing 是 / 否', () => {
      expect(plan1(rd('entity.usesGenAI', [ctl('select', 'value', { options: ['是', '否'] })])).actions).toMatchObject([{ shape: 'select', value: '否' }]);
    });
  });

  describe('options', () => {
    it('matched by NFKC and punctuation: the page\'s 论坛/社区 for the profile\'s 论坛社区', () => {
      const p = plan1(rd('site.interactiveKinds', [ctl('checkbox-group', 'value', { options: ['论坛/社区', '网络评论', '博客'] })]));
      expect(p.actions).toMatchObject([{ shape: 'checkbox-group', value: ['论坛/社区', '网络评论'] }]);
      const psb = plan1(rd('site.psbCategory', [ctl('select', 'value', { options: ['Ｅ 信息资讯类', 'Ｚ 其他'] })])); // full-width letters
      expect(psb.outcome).toBe('fill');
      expect(psb.actions![0]!.accept!.slice(0, 4)).toEqual(['E 信息资讯类', 'E-信息资讯类', 'E信息资讯类', '信息资讯类']);
      expect(psb.actions![0]!.accept).toContain('E 信息咨询类'); // the other wording of E a source gives (data: PSB_SITE_CATEGORIES aliases)
    });
    it('matched by synonym: 俄罗斯语 is the page\'s 俄语; 居民身份证 is 身份证', () => {
      const x = example();
      x.www.languages = ['中文简体', '俄罗斯语'];
      const view = buildFillView(x.unit, x.www, x.contacts);
      expect(values(plan1(rd('site.languages', [ctl('checkbox-group', 'value', { options: ['中文简体', '英语', '俄语'] })]), view))).toEqual([['中文简体', '俄语']]);
      // a list without readable options keeps the profile's word
      expect(values(plan1(rd('site.languages', [ctl('multi-select')]), view))).toEqual([['中文简体', '俄罗斯语']]);
      const cert = plan1(rd('principal.certType', [ctl('radio', 'value', { options: ['身份证', '护照'] })]));
      expect(cert.outcome).toBe('fill');
      expect(cert.actions![0]!.accept).toContain('身份证');
    });
    it('开办主体性质 from the old portal\'s list (企业 / 个人 / 事业单位 …): a 单位 answers with its nature', () => {
      const p = plan1(rd('entity.kind', [ctl('select', 'value', { options: ['企业', '个人', '个体经营', '事业单位'] })]));
      expect(p.actions).toMatchObject([{ shape: 'select', value: '单位', accept: ['单位', '企业'] }]);
      expect(plan1(rd('entity.kind', [ctl('radio', 'value', { options: ['个人', '单位'] })])).outcome).toBe('fill');
    });
    it('备案服务类型 网站 / App is the service type, worded short', () => {
      expect(plan1(rd('site.serviceType', [ctl('radio', 'value', { options: ['网站', 'App'] })])).actions).toMatchObject([{ value: '网站应用服务', accept: ['网站应用服务', '网站'] }]);
    });
    it('备案云资源: the one entry that lists the site\'s IP as a whole number; none or several are left to the filer', () => {
      const list = ['ECS i-bp1（华东1）公网IP 120.55.31.7', 'ECS i-bp2（华东1）公网IP47.96.56.78', '轻量 7f3c（华北2）公网IP 147.96.56.781'];
      const p = plan1(rd('site.cloudResource', [ctl('select', 'value', { options: list })]));
      expect(p.actions).toMatchObject([{ shape: 'select', value: list[1], accept: [list[1]] }]);
      expect(plan1(rd('site.cloudResource', [ctl('select', 'value', { options: [list[0]!, list[2]!] })]))).toMatchObject({ outcome: 'no-option' });
      expect(plan1(rd('site.cloudResource', [ctl('select', 'value', { options: [list[1]!, list[1]! + ' 备用'] })]))).toMatchObject({ outcome: 'no-option' });
      // a list of resource kinds, not of instances: not this question, left alone and not listed
      expect(plan1(rd('site.cloudResource', [ctl('radio', 'value', { options: ['云服务器ECS', '轻量应用服务器', '备案服务号'] })]))).toMatchObject({ outcome: 'skip' });
      // a library select whose entries cannot be read before it opens: the driver opens it and takes the one
      // entry showing an IP whole (tests/unit/widgets.test.ts), never a guess
      expect(plan1(rd('site.cloudResource', [ctl('select')])).actions).toMatchObject([{ shape: 'select', value: '47.96.56.78', accept: ['47.96.56.78', '2408:4000:1000::10'], byToken: true }]);
    });
    it('备案资源类型: a server where one option alone names one (the site has an IP), never a pick between two servers: those are the filer\'s, outlined and listed', () => {
      expect(plan1(rd('site.resourceKind', [ctl('radio', 'value', { options: ['请选择', '云服务器', '备案服务号'] })])).actions).toMatchObject([{ value: '云服务器', accept: ['云服务器'] }]);
      const two = plan1(rd('site.resourceKind', [ctl('radio', 'value', { options: ['云服务器ECS', '轻量应用服务器', '备案服务号'] })]));
      expect(two).toMatchObject({ outcome: 'choose', params: { options: '云服务器ECS / 轻量应用服务器' } });
      expect(two.actions ?? []).toEqual([]);
      expect(plan1(rd('site.resourceKind', [ctl('select')])).outcome).toBe('skip');
    });
    it('hasToken: a whole number only', () => {
      expect(hasToken('公网IP 47.96.56.78）', '47.96.56.78')).toBe(true);
      expect(hasToken('公网IP47.96.56.78', '47.96.56.78')).toBe(true);
      expect(hasToken('147.96.56.78', '47.96.56.78')).toBe(false);
      expect(hasToken('47.96.56.789', '47.96.56.78')).toBe(false);
      expect(hasToken('47.96.56.78.1 或 47.96.56.78', '47.96.56.78')).toBe(true);
    });
    it('a select without readable options is tried with every accepted text', () => {
      expect(plan1(rd('entity.certType', [ctl('select')])).actions).toMatchObject([{ value: '营业执照（个人或企业）', accept: ['营业执照（个人或企业）', '营业执照', '营业执照证书'] }]);
    });
  });
});

describe('buildFillView: derived answers', () => {
  it('主体负责人是否为法定代表人: 是 when the principal is the legal representative, 否 when another person is, unknown otherwise', () => {
    const x = example();
    expect(buildFillView(x.unit, x.www, x.contacts).values['entity.principalIsLegalRep']).toBe(true);
    const other = x.contacts.find((c) => c.id !== x.unit.principalId)!;
    const unit = { ...x.unit, legalRep: { kind: 'contact', contactId: other.id } } as typeof x.unit;
    expect(buildFillView(unit, x.www, x.contacts).values['entity.principalIsLegalRep']).toBe(false);
    expect(buildFillView({ ...x.unit, principalId: undefined } as unknown as typeof x.unit, x.www, x.contacts).values['entity.principalIsLegalRep']).toBeUndefined();
  });
  it('是否为法定代表人 of each person: the principal and the site\'s people against the unit\'s 法定代表人; nothing for an individual or an unknown 法定代表人', () => {
    const x = example();
    const v = buildFillView(x.unit, x.www, x.contacts).values;
    expect([v['principal.isLegalRep'], v['web.isLegalRep']]).toEqual([true, false]);
    expect(buildFillView({ ...x.unit, legalRep: { kind: 'none' } } as unknown as typeof x.unit, x.www, x.contacts).values['web.isLegalRep']).toBeUndefined();
    expect(Object.keys(buildFillView(x.person, x.blog, x.contacts).values).filter((k) => k.endsWith('isLegalRep'))).toEqual([]);
  });
});

describe('buildFillView: 是否有独立一级域名', () => {
  it('是 for an apex main domain, 否 for a subdomain, unknown without a domain that parses', () => {
    const x = example();
    expect(buildFillView(x.unit, x.www, x.contacts).values['site.hasApex']).toBe(true);
    expect(buildFillView(x.unit, { ...x.www, domains: ['blog.example.com'] }, x.contacts).values['site.hasApex']).toBe(false);
    expect(buildFillView(x.unit, { ...x.www, domains: [] }, x.contacts).values['site.hasApex']).toBeUndefined();
    expect(buildFillView(x.unit, { ...x.www, domains: ['http://x'] }, x.contacts).values['site.hasApex']).toBeUndefined();
  });
});

describe('planFill: an end date asked apart from 长期', () => {
  it('证件有效期截止 beside a 长期有效 switch: nothing to write where the profile answers 长期 (李娜), not listed as missing', () => {
    expect(plan1(rd('principal.validTo', [ctl('date')])).outcome).toBe('skip');
  });
});

describe('planFill: one upload for all of a person\'s ID photos (证件照片)', () => {
  const doc = (kind: DocumentMeta['kind'], name: string): DocumentMeta => ({ id: `d-${kind}`, ownerType: 'contact', ownerId: 'c-wangqiang', kind, name, mime: 'image/png', size: 10, expiresAt: '', addedAt: 0 });
  const photos = (multiple: boolean) => rd('security.idPhotos', [ctl('upload', 'value', multiple ? { multiple: true } : {})]);
  it('the photos the person has, one file each, into an upload taking several', () => {
    const [p] = planFill([photos(true)], unitView([doc('id-front', 'wq-front.png'), doc('id-back', 'wq-back.png')]));
    expect(p!.outcome).toBe('fill');
    expect(p!.actions!.map((a) => a.value)).toEqual([{ doc: 'd-id-front', name: 'wq-front.png' }, { doc: 'd-id-back', name: 'wq-back.png' }]);
  });
  it('several photos and an upload taking one: left to the filer; no photo at all: listed as missing', () => {
    expect(planFill([photos(false)], unitView([doc('id-front', 'wq-front.png'), doc('id-back', 'wq-back.png')]))[0]!.outcome).toBe('skip');
    expect(planFill([photos(false)], unitView([doc('id-front', 'wq-front.png')]))[0]!.actions!.map((a) => a.value)).toEqual([{ doc: 'd-id-front', name: 'wq-front.png' }]);
    expect(planFill([photos(true)], unitView())[0]!.outcome).toBe('missing');
  });
});

describe('planFill: outcomes', () => {
  it('already: the page holds the profile value (spaces and option spelling aside)', () => {
    expect(plan1(rd('principal.name', [text({ current: '李娜' })])).outcome).toBe('already');
    expect(plan1(rd('principal.name', [text({ current: ' 李娜 ' })])).outcome).toBe('already');
    expect(plan1(rd('entity.nature', [ctl('radio', 'value', { options: ['企业', '事业单位'], current: '企业' })])).outcome).toBe('already');
    expect(plan1(rd('site.languages', [ctl('checkbox-group', 'value', { options: ['中文简体', '英语'], current: ['英语', '中文简体'] })])).outcome).toBe('already');
  });
  it('有效期限 (5年 / 10年 / 20年 / 长期): the stored validity\'s length in whole years, or 长期', () => {
    const spans = { options: ['5年', '10年', '20年', '长期'] };
    expect(values(plan1(rd('principal.validSpan', [ctl('select', 'value', spans)])))).toEqual(['长期']); // 李娜: 长期
    const x = example();
    const lina = x.contacts.find((c) => c.id === 'c-lina')!;
    Object.assign(lina, { certLongTerm: false, certValidFrom: '2018-03-01', certValidTo: '2038-03-01' });
    expect(values(plan1(rd('principal.validSpan', [ctl('select', 'value', spans)]), buildFillView(x.unit, x.www, x.contacts)))).toEqual(['20年']);
    lina.certValidTo = '2038-02-28';
    // not whole years: no option reads so, flagged for the filer
    expect(plan1(rd('principal.validSpan', [ctl('select', 'value', spans)]), buildFillView(x.unit, x.www, x.contacts))).toMatchObject({ outcome: 'no-option', params: { options: '2018-03-01 至 2038-02-28' } });
  });
  it('a validity asked as its start and a 有效期限 select beside it (the page works out the end): the start and the length', () => {
    const x = example();
    Object.assign(x.contacts.find((c) => c.id === 'c-lina')!, { certLongTerm: false, certValidFrom: '2020-08-12', certValidTo: '2040-08-12' });
    const p = plan1(rd('principal.validity', [ctl('date', 'from'), ctl('select', 'span', { options: ['五年', '十年', '二十年', '长期'] })]), buildFillView(x.unit, x.www, x.contacts));
    expect(p.outcome).toBe('fill');
    expect(p.actions?.map((a) => [a.part, a.value])).toEqual([['from', '2020-08-12'], ['span', '20年']]);
    // the page's own word for the length is accepted (二十年)
    expect(p.actions?.find((a) => a.part === 'span')?.accept).toContain('二十年');
  });
  it('a list the page preset to some of the wanted items (网站语言 中文简体) is widened, not a conflict; another item there is', () => {
    const langs = (current: string[]) => rd('site.languages', [ctl('checkbox-group', 'value', { options: ['中文简体', '英语', '日语'], current })]);
    const x = example();
    const view = buildFillView(x.unit, { ...x.www, languages: ['中文简体', '英语'] }, x.contacts);
    expect(plan1(langs(['中文简体']), view)).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: ['中文简体', '英语'] })] });
    expect(plan1(langs(['日语']), view).outcome).toBe('conflict');
  });
  it('证件有效期是否有截止日期 ○有 ○无: 无 for a long-term ID, 有 otherwise', () => {
    const q = () => rd('principal.hasEnd', [ctl('radio', 'value', { options: ['有', '无'] })]);
    expect(values(plan1(q()))).toEqual(['无']); // 李娜: 长期
    expect(values(plan1({ ...q(), key: 'web.hasEnd', role: 'web' }))).toEqual(['有']); // 王强: to 2040-08-12
  });
  it('营业期限: the licence\'s own validity, its start and 长期', () => {
    const p = plan1(rd('entity.certValidity', [ctl('date', 'from'), ctl('date', 'to'), ctl('checkbox', 'longTerm', { sub: '长期' })]));
    expect(p.outcome).toBe('fill');
    expect(p.actions?.map((a) => [a.part, a.value])).toEqual([['longTerm', true], ['from', '2019-06-18']]);
  });
  it('a landline in 区号 | 号码 | 分机号 boxes: a piece each; no extension leaves its box alone', () => {
    const pieces = () => [ctl('text', 'areaCode'), ctl('text', 'localNumber'), ctl('text', 'extension')];
    const p = plan1(rd('principal.landline', pieces()));
    expect(p.outcome).toBe('fill');
    expect(values(p)).toEqual(['0571', '88886666']);
    const x = example();
    x.contacts.find((c) => c.id === 'c-lina')!.landline = '010-82998299-123';
    expect(values(plan1(rd('principal.landline', pieces()), buildFillView(x.unit, x.www, x.contacts)))).toEqual(['010', '82998299', '123']);
    x.contacts.find((c) => c.id === 'c-lina')!.landline = '';
    expect(plan1(rd('principal.landline', pieces()), buildFillView(x.unit, x.www, x.contacts)).outcome).toBe('missing');
  });
  it('missing: a value the page asks for and the profile lacks is listed, an optional one too; an absence that is an answer is not', () => {
    const x = example();
    x.contacts.find((c) => c.id === 'c-lina')!.email = '';
    x.contacts.find((c) => c.id === 'c-lina')!.landline = '';
    const view = buildFillView(x.unit, x.www, x.contacts);
    expect(plan1(rd('principal.email', [text()]), view)).toMatchObject({ outcome: 'missing', path: 'principal.email' });
    expect(plan1(rd('principal.landline', [text()]), view).outcome).toBe('missing');
    // no remark: nothing to list
    expect(plan1(rd('site.remark', [text()]), buildFillView(x.unit, { ...x.www, remark: '' }, x.contacts)).outcome).toBe('skip');
    // a 备案服务号 the profile does not hold (the site has an instance, or the number is not entered yet): listed
    expect(plan1(rd('site.filingServiceCode', [text()]), view)).toMatchObject({ outcome: 'missing', path: 'site.filingServiceCode' });
    // the 工信部备案号 a 公安 page requires (FORMS.md §2.3) and the profile does not hold yet: listed
    expect(plan1(rd('site.icpNumber', [text()]), view)).toMatchObject({ outcome: 'missing', path: 'site.icpNumber' });
    // a document the profile does not hold
    expect(plan1(rd('principal.idFront', [ctl('upload')]), view).outcome).toBe('missing');
  });
  it('invalid: a stored value that fails validation (an expired ID) is reported, not filled', () => {
    const x = example();
    x.contacts.find((c) => c.id === 'c-wangqiang')!.certValidTo = '2020-01-01';
    const view = buildFillView(x.unit, x.www, x.contacts);
    expect(plan1(rd('web.validity', [ctl('date', 'from'), ctl('date', 'to')]), view)).toMatchObject({ outcome: 'invalid', code: 'cert.expired' });
    expect(plan1(rd('web.validTo', [ctl('date')]), view)).toMatchObject({ outcome: 'invalid', code: 'cert.expired' });
    expect(plan1(rd('web.name', [text()]), view).outcome).toBe('fill');
  });
  it('conflict: a different value the user typed is kept unless overwritten (覆盖)', () => {
    const r = rd('principal.mobile', [text({ current: '13912345678' })]);
    expect(plan1(r).outcome).toBe('conflict');
    expect(plan1(r, unitView(), { overwrite: ['principal.mobile'] })).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: '13600136000' })] });
    // a part typed differently makes the whole item a conflict
    expect(plan1(rd('web.validity', [ctl('date', 'from', { current: '2019-01-01' }), ctl('date', 'to')])).outcome).toBe('conflict');
  });
  it('是否有工信部备案号: 是 when the profile holds the number; without it the question is missing, never answered 否', () => {
    const q = (current = '') => rd('site.hasIcpNumber', [ctl('radio', 'value', { options: ['是', '否'], current })]);
    // listed as missing (the profile lacks the number), the page's preset 是 left as it is
    expect(plan1(q('是')).outcome).toBe('missing');
    expect(plan1(q()).outcome).toBe('missing');
    const x = example();
    x.www.icpSiteNumber = '浙ICP备2025000001号-1';
    const view = buildFillView(x.unit, x.www, x.contacts);
    expect(plan1(q(), view)).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: '是' })] });
  });
  it('a radio the page preset is a default, not an answer: filled unless the filer clicked it on this page', () => {
    const kind = (touched: boolean) => rd('entity.kind', [ctl('radio', 'value', { options: ['个人', '单位'], current: '个人', ...(touched ? { touched: true } : {}) })]);
    expect(plan1(kind(false))).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ shape: 'radio', value: '单位' })] });
    expect(plan1(kind(true)).outcome).toBe('conflict');
    expect(plan1(kind(true), unitView(), { overwrite: ['entity.kind'] }).outcome).toBe('fill');
  });
  it('locked: a disabled, read-only or hidden control showing another value is left alone', () => {
    expect(plan1(rd('entity.nature', [ctl('select', 'value', { disabled: true, current: '事业单位' })]))).toMatchObject({ outcome: 'locked', code: 'fill.locked' });
    expect(plan1(rd('entity.name', [text({ readOnly: true })])).outcome).toBe('locked');
    expect(plan1(rd('entity.certNumber', [text({ hidden: true })])).outcome).toBe('locked');
    // a locked control already showing the value is simply "already"
    expect(plan1(rd('entity.nature', [ctl('select', 'value', { disabled: true, current: '企业' })])).outcome).toBe('already');
  });
  it('copied: 同主体负责人 ticked (or to be ticked) for a role, its person fields are left to the page', () => {
    const view = unitView(); // emergency = the principal; security = 王强
    const plan = planFill([
      rd('emergency.name', [text()]),
      rd('emergency.sameAsPrincipal', [ctl('checkbox', 'value', { sub: '同主体负责人' })]),
      rd('emergency.mobile', [text()]),
      rd('security.sameAsPrincipal', [ctl('checkbox', 'value', { sub: '同主体负责人' })]),
      rd('security.name', [text()]),
    ], view, { prior: stepById('mps', 'principal') });
    const by = (k: string) => plan.find((p) => p.key === k)!;
    expect(by('emergency.sameAsPrincipal')).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ shape: 'checkbox', value: true })] });
    expect(by('emergency.name').outcome).toBe('copied');
    expect(by('emergency.mobile').outcome).toBe('copied');
    // the role's other expected fields are not reported as not found: the page copies them
    expect(plan.filter((p) => p.key.startsWith('emergency.') && p.outcome === 'not-found')).toEqual([]);
    expect(by('security.sameAsPrincipal').outcome).toBe('already'); // unticked, and stays so
    expect(by('security.name')).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: '王强' })] });
  });
  it('copied, after the fill: what the page did not copy (empty and editable) is filled, what it copied or locked is not', () => {
    const view = unitView(); // emergency = the principal 李娜
    const ticked = ctl('checkbox', 'value', { sub: '同主体负责人', current: true });
    const plan = planFill([
      rd('emergency.sameAsPrincipal', [ticked]),
      rd('emergency.name', [text({ current: '李娜', disabled: true })]),
      rd('emergency.certNumber', [text({ disabled: true })]),
      rd('emergency.emergencyPhone', [text()]),
    ], view, { afterCopy: true });
    const by = (k: string) => plan.find((p) => p.key === k)!;
    expect(by('emergency.name').outcome).toBe('copied');
    expect(by('emergency.certNumber').outcome).toBe('copied');
    expect(by('emergency.emergencyPhone')).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ shape: 'text' })] });
    // before the fill, the same field is left to the page
    expect(planFill([rd('emergency.sameAsPrincipal', [ticked]), rd('emergency.emergencyPhone', [text()])], view).map((p) => p.outcome)).toEqual(['already', 'copied']);
    // a box this plan ticks (a further tab read after the fill): the page has not copied yet, its fields are left to it
    const unticked = ctl('checkbox', 'value', { sub: '同主体负责人' });
    expect(planFill([rd('emergency.sameAsPrincipal', [unticked]), rd('emergency.name', [text()])], view, { afterCopy: true }).map((p) => p.outcome)).toEqual(['fill', 'copied']);
  });
  it('copied: a box the page shows ticked, for a role the profile does not name', () => {
    const x = example();
    x.www.emergencyContact = { kind: 'none' };
    const view = buildFillView(x.unit, x.www, x.contacts);
    const plan = planFill([rd('emergency.sameAsPrincipal', [ctl('checkbox', 'value', { current: true })]), rd('emergency.name', [text()])], view);
    expect(plan.map((p) => p.outcome)).toEqual(['skip', 'copied']);
  });
  it('never unticks a box without overwrite (同主体负责人, 长期, a switch)', () => {
    const same = rd('security.sameAsPrincipal', [ctl('checkbox', 'value', { current: true })]);
    expect(plan1(same).outcome).toBe('conflict');
    expect(plan1(same, unitView(), { overwrite: ['security.sameAsPrincipal'] })).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: false })] });
    expect(plan1(rd('web.validity', [ctl('text', 'from'), ctl('text', 'to'), ctl('checkbox', 'longTerm', { current: true })])).outcome).toBe('conflict');
    expect(plan1(rd('entity.usesGenAI', [ctl('switch', 'value', { current: true })])).outcome).toBe('conflict');
  });
  it('no-option: the page does not offer the profile value', () => {
    expect(plan1(rd('site.interactive', [ctl('radio', 'value', { options: ['提供', '不提供'] })]))).toMatchObject({ outcome: 'no-option', code: 'fill.noOption' });
    expect(plan1(rd('site.languages', [ctl('checkbox-group', 'value', { options: ['中文简体', '日语'] })]))).toMatchObject({ outcome: 'no-option', params: { options: '中文简体、英语' } });
    expect(plan1(rd('principal.certType', [ctl('select', 'value', { options: ['护照', '台胞证'] })])).outcome).toBe('no-option');
  });
  it('too-large: a document over the page\'s stated limit', () => {
    const cert: DocumentMeta = { id: 'd-cert', ownerType: 'site', ownerId: 's-yunqi-www', kind: 'domain-cert', name: 'cert.png', mime: 'image/png', size: 500 * 1024, expiresAt: '', addedAt: 0 };
    expect(plan1(rd('site.domainCert', [ctl('upload')]), unitView([cert]))).toMatchObject({ outcome: 'too-large', code: 'document.tooLarge', params: { size: 500 * 1024, max: 400 * 1024 } });
    expect(plan1(rd('site.domainCert', [ctl('upload')]), unitView([{ ...cert, size: 300 * 1024 }]))).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ shape: 'upload', value: { doc: 'd-cert', name: 'cert.png' } })] });
  });
  it('ambiguous: an unclear reading is never filled', () => {
    expect(plan1(rd('entity.name', [text()], { status: 'ambiguous', rivals: ['entity.name', 'provider.name'] })).outcome).toBe('ambiguous');
  });
  it('ambiguous readings that name the same held value fill it (通信地址所属区域: the region or the mailing address\'s region)', () => {
    const view = unitView();
    expect(view.values['entity.region']).toEqual(view.values['entity.mailingAddressRegion']);
    const region = (rivals: string[], v: FillView = view) => plan1(rd('entity.region', [ctl('cascader')], { status: 'ambiguous', rivals }), v);
    expect(region(['entity.mailingAddressRegion', 'entity.region'])).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ value: ['浙江省', '杭州市', '余杭区'] })] });
    // another value, a value one rival lacks, or one key read twice: never
    const elsewhere = { ...view, values: { ...view.values, 'provider.region': ['北京市', '北京市', '朝阳区'] } };
    expect(region(['entity.region', 'provider.region'], elsewhere).outcome).toBe('ambiguous');
    const lacking = { ...view, values: { ...view.values, 'entity.mailingAddressRegion': [] } };
    expect(region(['entity.region', 'entity.mailingAddressRegion'], lacking).outcome).toBe('ambiguous');
    expect(region(['entity.region', 'site.nothing']).outcome).toBe('ambiguous');
    expect(region(['entity.region']).outcome).toBe('ambiguous');
  });
  it('not-found: what the recognised step expects and the page lacks (required only, by subject kind)', () => {
    const prior = stepById('aliyun', 'subject')!;
    const readings = [rd('entity.name', [text()]), rd('principal.validFrom', [ctl('date')]), rd('principal.validTo', [ctl('date')])];
    const unit = planFill(readings, unitView(), { prior, kind: '单位' });
    const missing = unit.filter((p) => p.outcome === 'not-found').map((p) => p.key);
    expect(missing).toEqual(expect.arrayContaining(['entity.certType', 'entity.certNumber', 'principal.mobile', 'principal.email', 'entity.investor']));
    expect(missing).not.toContain('entity.name');
    expect(missing).not.toContain('principal.validity'); // asked as two dates
    expect(unit.find((p) => p.key === 'principal.mobile')).toMatchObject({ label: '主体负责人手机号码', path: 'principal.mobile' }); // whose, in the forms' words
    const person = planFill(readings, unitView(), { prior, kind: '个人' });
    expect(person.some((p) => p.key === 'entity.investor')).toBe(false); // 单位 only
    // a 个人 filer is their own 主体负责人: the subject's 姓名 stands for the principal's, the unit's does not
    expect(person.some((p) => p.key === 'principal.name' && p.outcome === 'not-found')).toBe(false);
    expect(person.some((p) => p.key === 'principal.certNumber' && p.outcome === 'not-found')).toBe(true); // the page shows no 证件号码 at all
    expect(missing).toContain('principal.name');
    expect(planFill(readings, unitView()).some((p) => p.outcome === 'not-found')).toBe(false); // no prior, no expectations
  });
  it('repeated keys are told apart in the plan (key#2)', () => {
    const plan = planFill([rd('principal.validity', [ctl('date-range', 'range')]), rd('principal.validity', [ctl('date-range', 'range')])], unitView());
    expect(plan.map((p) => p.key)).toEqual(['principal.validity', 'principal.validity#2']);
  });
  it('summarize counts every outcome', () => {
    const plan = planFill([rd('principal.name', [text({ current: '李娜' })]), rd('principal.mobile', [text()]), rd('entity.name', [text()], { status: 'ambiguous' })], unitView());
    expect(summarize(plan)).toMatchObject({ already: 1, fill: 1, ambiguous: 1, conflict: 0, missing: 0 });
  });
  it('a whole page of the example profile: nothing missing, invalid or in conflict', () => {
    const readings = [
      rd('entity.nature', [ctl('select')]), rd('entity.name', [text()]), rd('entity.certType', [ctl('select')]), rd('entity.certNumber', [text()]),
      rd('entity.certAddress', [ctl('cascader', 'region'), ctl('text', 'detail')]), rd('entity.region', [ctl('cascader', 'region')]),
      rd('entity.mailingAddress', [ctl('cascader', 'region'), ctl('text', 'detail')]), rd('entity.investor', [text()]),
      rd('principal.name', [text()]), rd('principal.certType', [ctl('select')]), rd('principal.certNumber', [text()]),
      rd('principal.validity', [ctl('date-range', 'range'), ctl('checkbox', 'longTerm', { sub: '长期' })]),
      rd('principal.mobile', [text()]), rd('principal.emergencyPhone', [text()]), rd('principal.email', [text()]),
    ];
    const plan = planFill(readings, unitView(), { prior: stepById('aliyun', 'subject'), kind: '单位' });
    const s = summarize(plan);
    expect(s.missing + s.invalid + s.conflict + s['not-found'] + s['no-option'] + s.ambiguous).toBe(0);
    expect(s.fill).toBe(readings.length);
  });
});

// ── runFill / previewFill through a fake frame ──

interface Sent { locate: unknown[]; execute: { type: string; actions: FillAction[]; marks: Mark[] }[] }
/** A frame that shows `readings` (step `step`) and reports every action done. */
function fakeFrame(step: string | null, readings: ReadingWire[], fail: string[] = []): FrameTransport & { sent: Sent } {
  const sent: Sent = { locate: [], execute: [] };
  return {
    sent,
    locate: async (m) => { sent.locate.push(m); return { step, readings }; },
    execute: async (m) => {
      const msg = m as Sent['execute'][number];
      sent.execute.push(msg);
      return { results: msg.actions.map((a) => ({ key: a.key, ok: !fail.includes(a.key), ...(fail.includes(a.key) ? { error: '页面未接受' } : {}) })) };
    },
  };
}
const SUBJECT = { platform: 'aliyun', step: 'subject', title: '填写主办者信息' };

describe('runFill / previewFill (background orchestration, fake frame, seeded DB)', () => {
  let db: BeianDB;
  beforeEach(async () => { db = await seededDb(); });
  afterEach(async () => { await db.delete(); });

  it('loads only the documents of the entity, its site and the people they name', async () => {
    const unit = (await db.entities.get('e-yunqi'))!;
    const site = (await db.sites.get('s-yunqi-www'))!;
    const docs = await documentsOf(db, unit, site, await db.contacts.toArray());
    expect(docs.map((d) => d.id)).toEqual(['d-yunqi-licence']); // not 张伟's ID image
    const person = (await db.entities.get('e-zhangwei'))!;
    expect((await documentsOf(db, person, await db.sites.get('s-zhangwei-blog'), await db.contacts.toArray())).map((d) => d.id)).toEqual(['d-zhangwei-id-front']);
  });

  const page = () => [
    rd('entity.name', [text()]),
    rd('principal.mobile', [text({ current: '13912345678' })]), // typed by the user: a conflict
    rd('principal.name', [text({ current: '李娜' })]), // already there
    rd('principal.validity', [ctl('date', 'from'), ctl('date', 'to'), ctl('checkbox', 'longTerm', { sub: '长期' })]),
    rd('principal.email', [text()]),
    rd('entity.licence', [ctl('upload')]),
    rd('entity.certAddress', [ctl('cascader', 'region'), ctl('text', 'detail')], { status: 'ambiguous' }),
  ];

  it('a fill that reveals new items (交互服务类型 once 是) reads the page again and fills what is new', async () => {
    const first = [rd('site.interactive', [ctl('radio', 'value', { options: ['是', '否'] })])];
    const revealed = [...first.map((r) => ({ ...r, controls: r.controls.map((c) => ({ ...c, current: '是' })) })), rd('site.interactiveKinds', [ctl('checkbox-group', 'value', { id: 77, options: ['论坛/社区', '网络评论', '其他'] })])];
    const sent: { locate: unknown[]; execute: { actions: FillAction[] }[] } = { locate: [], execute: [] };
    const frame: FrameTransport = {
      // each locate answers with its reading's number (the first 7, the second 8)
      locate: async (m) => { sent.locate.push(m); return { step: 'site', readings: sent.locate.length === 1 ? first : revealed, reading: 6 + sent.locate.length }; },
      execute: async (m) => { const msg = m as { actions: FillAction[] }; sent.execute.push(msg); return { results: msg.actions.map((a) => ({ key: a.key, ok: true })), revealed: sent.execute.length === 1 }; },
    };
    const report = await runFill(db, { platform: 'mps', step: 'site', title: '网站基本信息' }, frame, {});
    expect(sent.locate).toHaveLength(2);
    expect(sent.execute.map((e) => e.actions.map((a) => a.key))).toEqual([['site.interactive'], ['site.interactiveKinds']]);
    // each execute names the reading its control ids come from
    expect(sent.execute.map((e) => (e as { reading?: number }).reading)).toEqual([7, 8]);
    expect(sent.execute[1]!.actions[0]!.value).toEqual(['论坛/社区', '网络评论']); // the page's own words
    expect(report.items.filter((i) => i.outcome === 'filled').map((i) => i.key).sort()).toEqual(['site.interactive', 'site.interactiveKinds']);
  });
  it('a value the step expects that the page drew only after the fill\'s last read (revealed not told) is filled by the read after', async () => {
    const first = [rd('entity.nature', [ctl('select', 'value', { options: ['个人', '企业'] })])];
    const later = [...first, rd('entity.certType', [ctl('radio', 'value', { id: 88, options: ['营业执照（个人或企业）', '组织机构代码证'] })])];
    const sent: { locate: unknown[]; execute: { actions: FillAction[] }[] } = { locate: [], execute: [] };
    const frame: FrameTransport = {
      locate: async (m) => { sent.locate.push(m); return { step: 'basic', readings: sent.locate.length === 1 ? first : later }; },
      execute: async (m) => { const msg = m as { actions: FillAction[] }; sent.execute.push(msg); return { results: msg.actions.map((a) => ({ key: a.key, ok: true })) }; },
    };
    const report = await runFill(db, { platform: 'aliyun', step: 'basic', title: '验证备案类型' }, frame, {});
    expect(sent.execute.map((e) => e.actions.map((a) => a.key))).toEqual([['entity.nature'], ['entity.certType']]);
    expect(report.items.find((i) => i.key === 'entity.certType')?.outcome).toBe('filled');
  });
  it('an item that gains a control (截止日期 chosen opens the end date) is planned again for its new part only', async () => {
    const radio = ctl('radio', 'longTerm', { options: ['长期', '截止日期'] });
    const from = ctl('date', 'from');
    const first = [rd('web.validity', [from, radio])];
    const grown = [rd('web.validity', [{ ...from, current: '2020-08-12' }, { ...radio, current: '截止日期' }, ctl('date', 'to', { id: 91 })])];
    const sent: { execute: { actions: FillAction[] }[] } = { execute: [] };
    let located = 0;
    const frame: FrameTransport = {
      locate: async () => ({ step: 'site', readings: located++ ? grown : first }),
      execute: async (m) => { const msg = m as { actions: FillAction[] }; sent.execute.push(msg); return { results: msg.actions.map((a) => ({ key: a.key, ok: true })), revealed: sent.execute.length === 1 }; },
    };
    const report = await runFill(db, { platform: 'aliyun', step: 'site', title: '填写网站信息' }, frame, {});
    expect(sent.execute.map((e) => e.actions.map((a) => [a.part, a.value]))).toEqual([[['from', '2020-08-12'], ['longTerm', '截止日期']], [['to', '2040-08-12']]]);
    expect(report.items.filter((i) => i.key === 'web.validity')).toEqual([expect.objectContaining({ outcome: 'filled' })]);
  });
  it('sections in tabs: each further pane is shown, read and filled (keys the step expected but the first pane lacked included), then the filer\'s pane again', async () => {
    const unitPane = [rd('entity.name', [text()])];
    const principalPane = [rd('principal.name', [text()]), rd('principal.email', [text()])];
    const sent: { execute: { actions: FillAction[] }[]; pane: unknown[] } = { execute: [], pane: [] };
    let shownPane = 0;
    const frame: FrameTransport = {
      locate: async () => ({ step: 'subject', readings: shownPane ? principalPane : unitPane }),
      execute: async (m) => { const msg = m as { actions: FillAction[] }; sent.execute.push(msg); return { results: msg.actions.map((a) => ({ key: a.key, ok: true })) }; },
      pane: async (m) => { sent.pane.push(m); if ((m as { restore?: boolean }).restore) return { shown: false }; return { shown: shownPane++ === 0 }; },
    };
    const report = await runFill(db, SUBJECT, frame, {});
    expect(sent.execute.map((e) => e.actions.map((a) => a.key))).toEqual([['entity.name'], ['principal.name', 'principal.email']]);
    // (each asks with the parts of the filing the fill still lacks fields of: a dialog holding one may be opened)
    const wanted = ['entity', 'principal'];
    expect(sent.pane).toEqual([{ type: 'bg.pane', wanted }, { type: 'bg.pane', wanted }, { type: 'bg.pane', restore: true }]);
    expect(report.items.filter((i) => i.key.startsWith('principal.') && i.outcome === 'filled').map((i) => i.key).sort()).toEqual(['principal.email', 'principal.name']);
    // the principal's fields are no longer reported as not found on the page
    expect(report.items.filter((i) => i.key === 'principal.name')).toHaveLength(1);
  });
  it('a 同主体负责人 box is ticked after the principal\'s own fields and before the rest (a page showing both copies what they hold then)', async () => {
    const frame = fakeFrame('principal', [
      rd('emergency.sameAsPrincipal', [ctl('checkbox', 'value', { sub: '同主体负责人信息' })]),
      rd('emergency.name', [text()]),
      rd('site.name', [text()]),
      rd('principal.name', [text()]),
      rd('principal.validity', [ctl('date', 'from'), ctl('date', 'to'), ctl('checkbox', 'longTerm', { sub: '长期' })]),
    ]);
    await runFill(db, { platform: 'mps', step: 'principal', title: '网站负责人' }, frame, {});
    expect(frame.sent.execute[0]!.actions.map((a) => `${a.key}:${a.part}`)).toEqual([
      'principal.validity:longTerm', 'principal.name:value', 'principal.validity:from', 'emergency.sameAsPrincipal:value', 'site.name:value',
    ]);
  });
  it('after a 同主体负责人 tick the page is read again only when it left a copied field empty and editable (copyGaps)', async () => {
    const page = [
      rd('emergency.sameAsPrincipal', [ctl('checkbox', 'value', { sub: '同主体负责人信息' })]),
      rd('emergency.name', [text({ id: 501 })]),
      rd('emergency.emergencyPhone', [text({ id: 502 })]),
    ];
    for (const gaps of [false, true]) {
      const sent: { locate: unknown[]; execute: { actions: FillAction[]; copied?: number[] }[] } = { locate: [], execute: [] };
      const frame: FrameTransport = {
        // (an unknown step: no value it expects is missing from the page, which would read it again as well)
        locate: async (m) => { sent.locate.push(m); return { step: null, readings: page }; },
        execute: async (m) => { const msg = m as (typeof sent.execute)[number]; sent.execute.push(msg); return { results: msg.actions.map((a) => ({ key: a.key, ok: true })), ...(gaps ? { copyGaps: true } : {}) }; },
      };
      await runFill(db, { platform: 'mps', step: 'principal', title: '网站负责人' }, frame, {});
      // the controls left to the page's copy go with the fill, for the frame to check
      expect(sent.execute[0]!.copied).toEqual([501, 502]);
      expect(sent.locate).toHaveLength(gaps ? 2 : 1);
    }
  });
  it('after a 同主体负责人 tick, a field the page left empty that the profile lacks as well is listed as missing (办公室电话)', async () => {
    await db.contacts.update('c-lina', { landline: '' }); // the unit's emergency contact is its principal 李娜
    const box = (ticked: boolean) => rd('emergency.sameAsPrincipal', [ctl('checkbox', 'value', { id: 600, sub: '同主体负责人', current: ticked })]);
    const office = rd('emergency.landline', [text({ id: 601 })]);
    let reads = 0;
    const frame: FrameTransport = {
      locate: async () => ({ step: null, readings: reads++ ? [box(true), office] : [box(false), office] }),
      execute: async (m) => ({ results: (m as { actions: FillAction[] }).actions.map((a) => ({ key: a.key, ok: true })), copyGaps: true }),
    };
    const report = await runFill(db, { platform: 'mps', step: 'principal', title: '网站负责人' }, frame, {});
    expect(report.items.find((i) => i.key === 'emergency.landline')?.outcome).toBe('missing');
  });
  it('a frame with no further pane is not asked to restore one', async () => {
    const panes: unknown[] = [];
    const frame = { ...fakeFrame('subject', [rd('entity.name', [text()])]), pane: async (m: unknown) => { panes.push(m); return { shown: false }; } };
    await runFill(db, SUBJECT, frame, {});
    expect(panes).toEqual([{ type: 'bg.pane', wanted: ['entity', 'principal'] }]);
  });
  it('grownKeys: the keys (repeats numbered) that show more controls than before', () => {
    const a = rd('principal.certType', [ctl('select')]);
    const b = rd('principal.certType', [ctl('select')]);
    const v = rd('web.validity', [ctl('date', 'from')]);
    expect([...grownKeys([a, b, v], [a, { ...b, controls: [...b.controls, ctl('text')] }, v])]).toEqual(['principal.certType#2']);
    expect([...grownKeys([v], [{ ...v, controls: [...v.controls, ctl('date', 'to')] }, rd('site.name', [ctl('text')])])]).toEqual(['web.validity']);
  });
  it('sends only the values of the planned fields, uploads as base64 files, checkboxes first', async () => {
    await db.contacts.update('c-lina', { email: '' });
    const frame = fakeFrame('subject', page());
    const report = await runFill(db, SUBJECT, frame, {});
    expect(report.ok).toBe(true);
    // no profile data on the way in; the page is read once more (values the step expects are not on it: an
    // answer of the fill may show them), and with nothing new on it nothing more is executed
    expect(frame.sent.locate).toEqual([{ type: 'bg.locate' }, { type: 'bg.locate' }]);
    expect(frame.sent.execute).toHaveLength(1);
    const exec = frame.sent.execute[0]!;
    expect(exec.type).toBe('bg.execute');
    expect([...new Set(exec.actions.map((a) => a.key))].sort()).toEqual(['entity.licence', 'entity.name', 'principal.validity']);
    expect(exec.actions[0]).toMatchObject({ key: 'principal.validity', shape: 'checkbox', part: 'longTerm', value: true });
    expect(exec.actions.find((a) => a.key === 'entity.name')?.value).toBe('杭州云栖示例科技有限公司');
    expect(exec.actions.find((a) => a.key === 'entity.licence')?.value).toEqual({
      file: { name: 'yunqi-licence.png', mime: 'image/png', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=' },
    });
    const json = JSON.stringify(exec);
    expect(json).not.toContain('13600136000'); // the conflict's profile value stays home
    expect(json).not.toContain('文一西路'); // nor the ambiguous item's
    expect(json).not.toContain('张伟'); // another entity's data never travels
    expect(exec.marks).toEqual(expect.arrayContaining([
      { key: 'principal.email', kind: 'missing', text: '资料中缺少' },
      expect.objectContaining({ key: 'principal.mobile', kind: 'conflict' }),
      expect.objectContaining({ key: 'entity.certAddress', kind: 'ambiguous' }),
    ]));
    const by = (k: string) => report.items.find((i) => i.key === k);
    expect(by('entity.name')?.outcome).toBe('filled');
    expect(by('principal.validity')?.outcome).toBe('filled');
    expect(by('principal.name')?.outcome).toBe('already');
    expect(by('principal.email')).toMatchObject({ outcome: 'missing', link: { record: 'contact', recordId: 'c-lina', field: 'email' } });
    expect(by('principal.mobile')).toMatchObject({ outcome: 'conflict', message: '页面已有不同的值' });
    // what the step expects and the page lacks, with a link to where to set it
    expect(by('entity.certNumber')).toMatchObject({ outcome: 'not-found', link: { record: 'entity', recordId: 'e-yunqi', field: 'certNumber' } });
    expect(typeof report.ms).toBe('number');
  });

  it('reports a value the page did not take as failed, with the frame\'s error', async () => {
    const frame = fakeFrame(null, [rd('entity.name', [text()]), rd('entity.investor', [text()])], ['entity.investor']);
    const report = await runFill(db, SUBJECT, frame, {});
    expect(report.items).toEqual([
      { key: 'entity.name', label: '名称', outcome: 'filled' },
      { key: 'entity.investor', label: '投资人或主管单位', outcome: 'failed', message: '页面未接受', link: { record: 'entity', recordId: 'e-yunqi', field: 'investor' } },
    ]);
  });

  it('overwrite and only: a conflict the user chose to overwrite is sent; only the named keys are filled', async () => {
    const frame = fakeFrame(null, page());
    await runFill(db, SUBJECT, frame, { overwrite: ['principal.mobile'], only: ['principal.mobile'] });
    expect(frame.sent.execute[0]!.actions).toEqual([{ key: 'principal.mobile', control: expect.any(Number), shape: 'text', part: 'value', value: '13600136000' }]);
  });

  it('fills the entity and site asked for, not the selection', async () => {
    const frame = fakeFrame(null, [rd('entity.name', [text()]), rd('site.name', [text()]), rd('web.name', [text()])]);
    await runFill(db, SUBJECT, frame, { entityId: 'e-zhangwei', siteId: 's-zhangwei-blog' });
    expect(frame.sent.execute[0]!.actions.map((a) => a.value)).toEqual(['张伟', '张伟的读书笔记', '张伟']);
  });

  it('previewFill plans without executing anything', async () => {
    const frame = fakeFrame('subject', page());
    const report = await previewFill(db, SUBJECT, frame);
    expect(report.ok).toBe(true);
    expect(frame.sent.execute).toEqual([]);
    const by = (k: string) => report.items.find((i) => i.key === k);
    expect(by('entity.name')?.outcome).toBe('pending');
    expect(by('principal.mobile')?.outcome).toBe('conflict');
    expect(by('entity.licence')?.outcome).toBe('pending');
    expect(report.items.some((i) => i.outcome === 'skip' as string)).toBe(false);
  });

  it('says so when there is no entity to fill from', async () => {
    await db.entities.clear();
    const frame = fakeFrame(null, []);
    const report = await runFill(db, SUBJECT, frame, {});
    expect(report).toMatchObject({ ok: false, error: '还没有备案主体：请先在编辑器中新建或导入。', items: [] });
    expect(frame.sent.execute).toEqual([]);
  });
});

describe('planFill: list rows are compared row by row', () => {
  const rows = (...current: string[]) => rd('site.domains', current.map((v) => ctl('text', 'row', { current: v })), { add: true });
  it('rows holding the list already: nothing to do', () => {
    expect(plan1(rows('yunqi-demo.cn', 'yunqi-demo.com.cn')).outcome).toBe('already');
  });
  it('a first row filled and an empty second: the list is filled (the rest added)', () => {
    expect(plan1(rows('yunqi-demo.cn', ''))).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ part: 'row', value: ['yunqi-demo.cn', 'yunqi-demo.com.cn'] })] });
  });
  it('a row holding another domain is the user\'s: 覆盖 / 保留, never overwritten unasked', () => {
    expect(plan1(rows('', 'other.cn')).outcome).toBe('conflict');
    expect(plan1(rows('', 'other.cn'), unitView(), { overwrite: ['site.domains'] }).outcome).toBe('fill');
  });
});

describe('read-back of dates the page shows in its own form', () => {
  it('2018年03月01日, 2018/3/1 and 2018.03.01 are 2018-03-01; other text is compared as it is', () => {
    expect(isoDate('2018年03月01日')).toBe('2018-03-01');
    expect(isoDate('2018/3/1')).toBe('2018-03-01');
    expect(matches('text', '2018-03-01', undefined, '2018.03.01', 'from')).toBe(true);
    expect(matches('date-range', ['2018-03-01', '2038-03-01'], undefined, ['2018年03月01日', '2038年03月01日'])).toBe(true);
    expect(matches('text', '2018-03-01', undefined, '2018-03-02')).toBe(false);
    expect(matches('text', '0571-88886666', undefined, '0571/8888/6666')).toBe(false);
    // a masked box showing the number in groups holds the same number; other characters are not dropped
    expect(matches('text', '18600186000', undefined, '186 0018 6000')).toBe(true);
    expect(matches('text', '18600186000', undefined, '186-0018-6000')).toBe(false);
    expect(matches('text', '18600186000', undefined, '186 0018 600')).toBe(false);
  });
});

describe('planFill: generation-25 shapes', () => {
  it('网站域名 ticked among the account\'s domains; 网站首页URL chosen among radios; 同法定代表人 switched on for a principal who is the 法定代表人', () => {
    expect(values(plan1(rd('site.domains', [ctl('checkbox-group', 'value', { options: ['yunqi-demo.com.cn', 'old-site.cn', 'yunqi-demo.cn'] })])))).toEqual([['yunqi-demo.cn', 'yunqi-demo.com.cn']]);
    expect(plan1(rd('site.domains', [ctl('checkbox-group', 'value', { options: ['old-site.cn'] })])).outcome).toBe('no-option');
    expect(values(plan1(rd('site.homeUrl', [ctl('radio', 'value', { options: ['yunqi-demo.cn', 'www.yunqi-demo.cn'] })])))).toEqual(['www.yunqi-demo.cn']);
    expect(values(plan1(rd('principal.isLegalRep', [ctl('switch')])))).toEqual([true]);
  });
});

describe('planFill: a person\'s source in the platform\'s words', () => {
  it('信息来源 ○开办主体负责人 ○其他人员: the principal for an individual\'s own roles', () => {
    const x = example();
    const view = buildFillView(x.person, x.blog, x.contacts, []);
    const src = (role: string) => plan1(rd(`${role}.source`, [ctl('select', 'value', { options: ['开办主体负责人', '其他人员'] })]), view);
    for (const role of ['security', 'emergency']) expect(src(role)).toMatchObject({ outcome: 'fill', actions: [expect.objectContaining({ accept: expect.arrayContaining(['开办主体负责人']) })] });
    expect(src('security').actions![0]!.accept).not.toContain('其他人员');
  });
});

describe('planFill: generation-14 shapes (answers with a note, a province named in the question, a select of the domains)', () => {
  it('是（李娜）/ 否，另行填写: the answer an option leads with, in the page\'s own words', () => {
    const p = plan1(rd('web.sameAsPrincipal', [ctl('radio', 'value', { options: ['是（李娜）', '否，另行填写'] })]));
    expect(p.actions).toMatchObject([{ shape: 'radio', value: '否，另行填写', accept: ['否，另行填写'] }]);
  });
  it('two options leading with the same answer: none is guessed', () => {
    const p = plan1(rd('web.sameAsPrincipal', [ctl('radio', 'value', { options: ['是', '否，另行填写', '否，稍后填写'] })]));
    expect(p.outcome).toBe('no-option');
  });
  it('身份证地址是否在浙江省: 是 for 张伟 (ID address in 浙江), 否 where the question names another province, nothing for a unit', () => {
    const x = example();
    const person = buildFillView(x.person, x.blog, x.contacts, []);
    const q = (label: string, view: FillView) => plan1(rd('entity.certInProvince', [ctl('radio', 'value', { options: ['是', '否'] })], { label }), view);
    expect(values(q('身份证地址是否在浙江省', person))).toEqual(['是']);
    expect(values(q('证件地址是否在上海', person))).toEqual(['否']);
    expect(q('身份证地址是否在浙江省', unitView()).outcome).toBe('skip');
  });
  it('身份证地址是否在备案省份: the filing province is the subject\'s own region (是 for 张伟; 否 once he files from 上海)', () => {
    const x = example();
    const q = (view: FillView) => plan1(rd('entity.certInProvince', [ctl('radio', 'value', { options: ['是', '否'] })], { label: '身份证地址是否在备案省份' }), view);
    expect(values(q(buildFillView(x.person, x.blog, x.contacts, [])))).toEqual(['是']);
    const moved = { ...x.person, region: { province: '上海市', city: '市辖区', district: '浦东新区' } };
    expect(values(q(buildFillView(moved, x.blog, x.contacts, [])))).toEqual(['否']);
  });
  it('主域名 as a select of the domains entered above: the main domain', () => {
    expect(plan1(rd('site.mainDomain', [ctl('select')])).actions).toMatchObject([{ shape: 'select', value: 'yunqi-demo.cn' }]);
  });
});

describe('within: a page that never answers ends the fill with a message', () => {
  it('passes the answer through when it comes in time', async () => {
    await expect(within(Promise.resolve(7), 100)).resolves.toBe(7);
  });
  it('rejects with the panel\'s message when the page is silent', async () => {
    await expect(within(new Promise(() => {}), 50)).rejects.toThrow(/秒内没有完成填写/);
  });
  it('a fill whose execute never answers reports an error instead of hanging', async () => {
    const db = await seededDb();
    const frame: FrameTransport = {
      locate: async () => ({ step: 'site', readings: [rd('site.name', [text()])], reading: 1 }),
      execute: () => within(new Promise(() => {}), 50),
    };
    await expect(runFill(db, { platform: 'mps', step: 'site', title: '网站基本信息' }, frame, {})).rejects.toThrow(/没有完成填写/);
    await db.delete();
  });
});

describe('generation-18 renderings', () => {
  it('a validity in one text whose hint shows two dates joined is written as the page joins them', () => {
    const p = plan1(rd('web.validity', [ctl('text', 'range', { sub: '如 2018-03-01 至 2038-03-01' })]));
    expect(values(p)).toEqual(['2020-08-12 至 2040-08-12']);
    const q = plan1(rd('web.validity', [ctl('text', 'range', { sub: 'yyyy-mm-dd~yyyy-mm-dd' })]));
    expect(values(q)).toEqual(['2020-08-12~2040-08-12']);
  });
  it('a validity in one text whose hint prints the dates as an ID card does (2018.03.01-2038.03.01) is written that way, 长期 too', () => {
    const hint = { hint: '按证件背面填写，如 2018.03.01-2038.03.01；长期有效填 2018.03.01-长期' };
    expect(values(plan1(rd('web.validity', [ctl('text', 'range', hint)])))).toEqual(['2020.08.12-2040.08.12']);
    const view = buildFillView(example().unit, example().www, example().contacts);
    const longTerm = { ...view, values: { ...view.values, 'web.longTerm': true, 'web.validTo': '' } };
    expect(values(plan1(rd('web.validity', [ctl('text', 'range', hint)]), longTerm))).toEqual(['2020.08.12-长期']);
  });
  it('a region asked in one box of its own is typed as one line', () => {
    const r: ReadingWire = { key: 'principal.addressRegion', field: 'person.address', role: 'principal', status: 'found', label: '常住地址 · 所在地区', score: 1, controls: [ctl('text', 'region', { sub: '省 / 市 / 区县' })] };
    expect(values(plan1(r))).toEqual(['浙江省杭州市余杭区']);
  });
  it('a quiet field the profile lacks is listed as missing only where the page marks it required', () => {
    expect(plan1(rd('site.remark', [text()])).outcome).toBe('skip');
    expect(plan1(rd('site.remark', [text()], { required: true })).outcome).toBe('missing');
  });
});


describe('the instance in a list of the account\'s', () => {
  it('a transfer (or boxes) of instances: the one entry showing the site\'s IP goes to 已选; none or two: left to the filer', () => {
    const opts = ['yunqi-test（i-yc1a2b3c4d5e）公网IP：47.96.201.7', 'yunqi-web（i-yc4q7x2m9w0e）公网IP：47.96.56.78 / 2408:4000:1000::10'];
    expect(values(plan1(rd('site.cloudResource', [ctl('checkbox-group', 'value', { options: opts })])))).toEqual([[opts[1]]]);
    expect(plan1(rd('site.cloudResource', [ctl('checkbox-group', 'value', { options: [opts[0]!] })])).outcome).toBe('no-option');
  });
});

