// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/backup';
import type { BeianDB } from '@/lib/db';
import { STEPS, stepById } from '@/lib/forms/maps';
import { recognizeStep } from '@/lib/forms/recognize';
import { buildFillView } from '@/lib/forms/view';
import { planFill, summarize, type FieldSnapshot } from '@/lib/fill/planner';
import { documentsOf, runFill } from '@/lib/fill/orchestrate';
import { platformOfUrl } from '@/lib/hosts';
import type { Contact, Entity, Site } from '@/lib/schema';
import { exampleText, seededDb } from './helpers';

function example() {
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('example invalid');
  const d = structuredClone(r.data);
  const get = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
  return { data: d, unit: get(d.entities as Entity[], 'e-yunqi'), person: get(d.entities as Entity[], 'e-zhangwei'), www: get(d.sites as Site[], 's-yunqi-www'), blog: get(d.sites as Site[], 's-zhangwei-blog'), contacts: d.contacts as Contact[] };
}
/** Every field of a step found, empty and editable. */
const emptyPage = (step: ReturnType<typeof stepById>): FieldSnapshot[] => step!.fields.map((f) => ({ key: f.key, status: 'found', label: f.labels[0], current: f.widget === 'checkbox' ? false : f.widget === 'checkbox-group' || f.widget === 'cascader' || f.widget === 'upload' ? [] : '' }));

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

describe('form maps', () => {
  it('give every field at least one label and a known widget; keys are unique per step', () => {
    for (const s of STEPS) {
      const keys = s.fields.map((f) => f.key);
      expect(new Set(keys).size, `${s.platform}/${s.step}`).toBe(keys.length);
      for (const f of s.fields) expect(f.labels.length).toBeGreaterThan(0);
    }
  });
});

describe('recognizeStep', () => {
  const labelsOf = (platform: string, step: string) => stepById(platform, step)!.fields.map((f) => f.labels[0]!);
  it.each([['aliyun', 'basic'], ['aliyun', 'subject'], ['aliyun', 'site'], ['aliyun', 'upload'], ['mps', 'subject'], ['mps', 'site'], ['mps', 'principal'], ['miit', 'sms']] as const)(
    'recognises %s/%s from its labels', (platform, step) => {
      expect(recognizeStep(platform, { labels: [...labelsOf(platform, step), '无关标签'], activeTitles: [] })?.spec.step).toBe(step);
    });
  it('names a step without fields from its active title, and nothing from unrelated labels', () => {
    expect(recognizeStep('mps', { labels: [], activeTitles: ['提示说明'] })?.spec.step).toBe('notice');
    expect(recognizeStep('aliyun', { labels: ['用户名', '密码'], activeTitles: [] })).toBeUndefined();
  });
});

describe('planFill', () => {
  it('fills every field of an empty page from a complete profile', () => {
    const x = example();
    const spec = stepById('aliyun', 'subject', '单位')!;
    const view = buildFillView(x.unit, x.www, x.contacts);
    const plan = planFill(spec, emptyPage(spec), view);
    const s = summarize(plan);
    expect(s.missing + s.invalid + s.conflict + s['not-found']).toBe(0);
    expect(plan.find((p) => p.key === 'entity.region')?.value).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(plan.find((p) => p.key === 'principal.longTerm')).toMatchObject({ outcome: 'fill', value: true });
    expect(plan.find((p) => p.key === 'principal.validTo')?.outcome).toBe('skip'); // long-term: no end date
  });
  it('never overwrites a different value the user typed, unless told to', () => {
    const x = example();
    const spec = stepById('aliyun', 'subject', '单位')!;
    const page = emptyPage(spec).map((s) => (s.key === 'principal.mobile' ? { ...s, current: '13912345678' } : s.key === 'principal.name' ? { ...s, current: '李娜' } : s));
    const view = buildFillView(x.unit, x.www, x.contacts);
    const plan = planFill(spec, page, view);
    expect(plan.find((p) => p.key === 'principal.mobile')?.outcome).toBe('conflict');
    expect(plan.find((p) => p.key === 'principal.name')?.outcome).toBe('already');
    expect(planFill(spec, page, view, { overwrite: ['principal.mobile'] }).find((p) => p.key === 'principal.mobile')).toMatchObject({ outcome: 'fill', value: '13600136000' });
  });
  it('leaves disabled, ambiguous and missing fields alone and says why', () => {
    const x = example();
    x.contacts.find((c) => c.id === 'c-lina')!.email = '';
    const spec = stepById('aliyun', 'subject', '单位')!;
    const page = emptyPage(spec).map((s) =>
      s.key === 'entity.nature' ? { ...s, disabled: true, current: '事业单位' } : s.key === 'entity.certAddress' ? { ...s, status: 'ambiguous' as const } : s);
    const plan = planFill(spec, page, buildFillView(x.unit, x.www, x.contacts));
    const by = (k: string) => plan.find((p) => p.key === k)!;
    expect(by('entity.nature').outcome).toBe('locked');
    expect(by('entity.certAddress').outcome).toBe('ambiguous');
    expect(by('principal.email').outcome).toBe('missing');
    expect(plan.filter((p) => p.outcome === 'fill').every((p) => p.value !== undefined)).toBe(true);
  });
  it('does not fill an option the page does not offer, nor a file over the page limit', () => {
    const x = example();
    const spec = stepById('mps', 'site')!;
    const page = emptyPage(spec).map((s) => (s.key === 'site.interactive' ? { ...s, options: ['提供', '不提供'] } : s));
    const view = buildFillView(x.unit, x.www, x.contacts, [{ id: 'd', ownerType: 'site', ownerId: 's-yunqi-www', kind: 'domain-cert', name: 'cert.png', mime: 'image/png', size: 500 * 1024, expiresAt: '', addedAt: 0 }]);
    const plan = planFill(spec, page, view);
    expect(plan.find((p) => p.key === 'site.interactive')?.outcome).toBe('no-option');
    expect(plan.find((p) => p.key === 'site.domainCert')?.outcome).toBe('too-large');
    expect(plan.find((p) => p.key === 'site.languages')?.value).toEqual(['中文简体', '英语']);
    expect(plan.find((p) => p.key === 'site.psbCategory')).toMatchObject({ outcome: 'fill', accept: ['E 信息资讯类', 'E-信息资讯类', 'E信息资讯类', '信息资讯类'] });
  });
  it('ticks 同主体负责人 and lets the page copy the person instead of filling the fields', () => {
    const x = example();
    const spec = stepById('mps', 'principal')!;
    const plan = planFill(spec, emptyPage(spec), buildFillView(x.unit, x.www, x.contacts));
    expect(plan.find((p) => p.key === 'emergency.same')).toMatchObject({ outcome: 'fill', value: true });
    expect(plan.filter((p) => p.key.startsWith('emergency.') && p.key !== 'emergency.same').every((p) => p.outcome === 'copied')).toBe(true);
    // the security officer is another person (王强): no tick, fields filled
    expect(plan.find((p) => p.key === 'security.same')?.outcome).toBe('already'); // unticked, and stays so
    expect(plan.find((p) => p.key === 'security.name')).toMatchObject({ outcome: 'fill', value: '王强' });
  });
  it('reports an invalid stored value (expired certificate) instead of filling it', () => {
    const x = example();
    const wq = x.contacts.find((c) => c.id === 'c-wangqiang')!;
    wq.certValidTo = '2020-01-01';
    const spec = stepById('aliyun', 'site')!;
    const plan = planFill(spec, emptyPage(spec), buildFillView(x.unit, x.www, x.contacts));
    expect(plan.find((p) => p.key === 'web.validTo')).toMatchObject({ outcome: 'invalid', code: 'cert.expired' });
  });
});

describe('runFill (background orchestration, fake frame)', () => {
  let db: BeianDB;
  beforeEach(async () => {
    db = await seededDb();
  });
  afterEach(async () => { await db.delete(); });

  it('loads only the documents of the entity, its site and the people they name', async () => {
    const unit = (await db.entities.get('e-yunqi'))!;
    const site = (await db.sites.get('s-yunqi-www'))!;
    const docs = await documentsOf(db, unit, site, await db.contacts.toArray());
    expect(docs.map((d) => d.id)).toEqual(['d-yunqi-licence']); // not 张伟's ID image
    const person = (await db.entities.get('e-zhangwei'))!;
    expect((await documentsOf(db, person, await db.sites.get('s-zhangwei-blog'), await db.contacts.toArray())).map((d) => d.id)).toEqual(['d-zhangwei-id-front']);
  });

  it('sends the page only the values of the fields it fills, and reports the rest with links', async () => {
    await db.contacts.update('c-lina', { email: '' });
    const sent: unknown[] = [];
    const spec = stepById('aliyun', 'subject', '单位')!;
    const frame = {
      locate: async (m: unknown) => { sent.push(m); return { snapshots: emptyPage(spec).map((s) => (s.key === 'principal.mobile' ? { ...s, current: '13912345678' } : s)) }; },
      execute: async (m: unknown) => { sent.push(m); return { results: (m as { actions: { key: string }[] }).actions.map((a) => ({ key: a.key, ok: true })) }; },
    };
    const report = await runFill(db, { platform: 'aliyun', step: 'subject', title: '填写主办者信息' }, frame, {});
    expect(report.ok).toBe(true);
    const exec = sent[1] as { actions: { key: string; value: unknown }[]; marks: { key: string; kind: string }[] };
    expect(JSON.stringify(sent[0])).not.toContain('李娜'); // locate carries no profile data
    expect(exec.actions.map((a) => a.key)).not.toContain('principal.mobile'); // conflict: not sent
    expect(exec.actions.find((a) => a.key === 'entity.name')?.value).toBe('杭州云栖示例科技有限公司');
    expect(JSON.stringify(exec)).not.toContain('张伟'); // another entity's data never travels
    expect(exec.marks).toEqual(expect.arrayContaining([{ key: 'principal.email', kind: 'missing', text: '资料中缺少' }, expect.objectContaining({ key: 'principal.mobile', kind: 'conflict' })]));
    const email = report.items.find((i) => i.key === 'principal.email')!;
    expect(email).toMatchObject({ outcome: 'missing', label: '电子邮箱', link: { record: 'contact', recordId: 'c-lina', field: 'email' } });
    expect(report.items.filter((i) => i.outcome === 'filled').length).toBeGreaterThan(10);
  });
});
