import { describe, expect, it } from 'vitest';
import type { ZooPage } from '../replicas/zoo/contract';
import { CORPUS_PAGE_CHECKS, HELD_OUT_GENERATIONS, coreOf, generationOf } from '../replicas/zoo/tiers';

const page = (id: string, platform: ZooPage['platform'], step: string, library: ZooPage['library'], extra: Partial<ZooPage> = {}): ZooPage => ({
  id, platform, step, library, set: 'tuning', build: id, about: '', entity: '张伟', expect: {}, url: `https://example.test/?replicaBuild=${id}`, title: id, ...extra,
});

const corpus: ZooPage[] = [
  page('heldout-aliyun-site-antd', 'aliyun', 'site', 'antd'),
  page('heldout2-aliyun-site-antd', 'aliyun', 'site', 'antd'),
  page('heldout2-aliyun-site-fusion', 'aliyun', 'site', 'fusion-next'),
  page('heldout3-mps-site-elp', 'mps', 'site', 'element-plus'),
  page('heldout3-mps-site-elp-2', 'mps', 'site', 'element-plus'),
  page('heldout3-mps-subject-person-elp', 'mps', 'subject', 'element-plus', { variant: '个人' }),
  page('heldout3-mps-subject-unit-elp', 'mps', 'subject', 'element-plus', { variant: '单位' }),
  page('heldout4-aliyun-site-antd-gap', 'aliyun', 'site', 'antd', { gaps: { a: 'why' } }),
  page('heldout5-mps-site-elp', 'mps', 'site', 'element-plus', { set: 'heldout' }),
  page('zoo-aliyun-site-antd-grid-w0', 'aliyun', 'site', 'antd'),
  page('prov-tencent-site', 'tencent', 'site', 'tdesign'),
];

describe('the zoo core npm test runs', () => {
  const core = coreOf(corpus);
  const ids = core.map((p) => p.id);

  it('holds every held-out build and every build with gaps', () => {
    expect(ids).toContain('heldout5-mps-site-elp');
    expect(ids).toContain('heldout4-aliyun-site-antd-gap');
  });

  it('runs each platform × step × subject kind, platform × library, library × step and generation at least once', () => {
    const keys = (p: ZooPage) => [`${p.platform}|${p.step}|${p.variant ?? ''}`, `${p.platform}|${p.library}`, `${p.library}|${p.step}`, generationOf(p.id)];
    const want = new Set(corpus.flatMap(keys));
    const have = new Set(core.flatMap(keys));
    expect([...want].filter((k) => !have.has(k))).toEqual([]);
  });

  it('leaves out a build that adds nothing, keeps the corpus order and is the same on every run', () => {
    // heldout3-mps-site-elp-2 repeats heldout3-mps-site-elp in every respect
    expect(ids.filter((id) => id.startsWith('heldout3-mps-site-elp')).length).toBeLessThanOrEqual(1);
    expect(ids.length).toBeLessThan(corpus.length);
    expect(ids).toEqual(corpus.map((p) => p.id).filter((id) => ids.includes(id)));
    expect(coreOf([...corpus]).map((p) => p.id)).toEqual(ids);
  });

  it('names generations by the build id', () => {
    expect(['heldout-a', 'heldout7-a', 'heldout43-a', 'zoo-a', 'prov-a'].map(generationOf)).toEqual(['1', '7', '43', 'zoo', 'prov']);
  });
});

describe('the page checks only the whole corpus runs', () => {
  it('are the retired generations\' and the generated zoo\'s; the held-out generations\' and the providers\' stay in npm test', () => {
    for (const f of ['tests/e2e/heldout-pages.spec.ts', 'tests/e2e/heldout3-pages.spec.ts', 'tests/e2e/heldout43-pages.spec.ts', 'tests/e2e/zoo-pages.spec.ts', 'C:\\repo\\tests\\e2e\\heldout30-pages.spec.ts']) {
      expect(CORPUS_PAGE_CHECKS.test(f), f).toBe(true);
    }
    const held = HELD_OUT_GENERATIONS.map((g) => `tests/e2e/heldout${g}-pages.spec.ts`);
    for (const f of [...held, 'tests/e2e/provider-pages.spec.ts', 'tests/e2e/zoo.spec.ts', 'tests/e2e/fill.spec.ts', 'tests/e2e/replicas-mps.spec.ts']) {
      expect(CORPUS_PAGE_CHECKS.test(f), f).toBe(false);
    }
  });
});
