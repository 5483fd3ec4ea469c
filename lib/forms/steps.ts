/**
 * Steps as priors, per platform (FORMS.md §1.2, §1.10, §2.3, §0): the step's titles, the values it is
 * expected to ask for (so the report can say what a page lacks), whose person an unmarked person field
 * is, and what is never touched. A step is not a gate: every field of a filing page is recognised by its
 * own label, section and widget (lib/forms/classify.ts), on a known step or not.
 *
 * Keys are reading keys: `${role or block}.${field}` as lib/forms/classify.ts names them.
 */
import type { BlockRole, PersonRole } from './vocabulary';

export interface StepPrior {
  platform: string;
  step: string;
  /** the step's title(s) as the page shows them (step bar, heading) */
  titles: readonly string[];
  /** the values this step asks for; those the page does not show are reported as not found */
  expect: readonly string[];
  /** expected only for this subject kind */
  unitOnly?: readonly string[];
  personOnly?: readonly string[];
  /** the role of a person field that carries no cue, and the block of a block field that has none */
  person?: PersonRole;
  block?: BlockRole;
  /** labels that are never filled on this step (consent, 验证码) — listed so the report says why */
  never?: readonly string[];
}

const PERSON = (r: PersonRole, more: string[] = []) => [`${r}.name`, `${r}.certType`, `${r}.certNumber`, `${r}.validity`, `${r}.mobile`, ...more];
const NEVER = ['我已阅读并同意', '同意', '验证码', '短信验证码', '图形验证码'];

/**
 * The four ICP steps every access provider's console has over the same MIIT fields (§1.2, §1.10), with
 * that console's titles. Titles of the other providers are from FORMS.md §1.10; where a console's step is
 * not in a source the MIIT wording is used ([INF]).
 */
function icpSteps(platform: string, titles: { basic?: string[]; subject: string[]; site: string[]; upload: string[] }): StepPrior[] {
  return [
    ...(titles.basic ? [{ platform, step: 'basic', titles: titles.basic, block: 'entity' as const, person: 'principal' as const,
      expect: ['entity.region', 'entity.nature', 'entity.certType', 'entity.certNumber'] }] : []),
    { platform, step: 'subject', titles: titles.subject, block: 'entity', person: 'principal',
      expect: ['entity.name', 'entity.nature', 'entity.certType', 'entity.certNumber', 'entity.certAddress', 'entity.mailingAddress', ...PERSON('principal', ['principal.emergencyPhone', 'principal.email'])],
      unitOnly: ['entity.investor'] },
    { platform, step: 'site', titles: titles.site, block: 'site', person: 'web',
      expect: ['site.name', 'site.domains', 'site.homeUrl', 'site.contentTypes', 'site.languages', ...PERSON('web', ['web.emergencyPhone', 'web.email'])] },
    { platform, step: 'upload', titles: titles.upload, block: 'entity', person: 'principal',
      expect: ['principal.idFront', 'principal.idBack'], unitOnly: ['entity.licence'], never: NEVER },
  ];
}

/** The new 公安 platform's 开办主体 and 网站负责人 steps (§2.2, §2.4); the old portal's ask the same. */
const MPS_SUBJECT: StepPrior = {
  platform: 'mps', step: 'subject', titles: ['开办主体', '申请主体'], block: 'entity', person: 'principal',
  expect: ['entity.kind', ...PERSON('principal', ['principal.address', 'principal.email', 'principal.idFront', 'principal.idBack', 'principal.idHandheld'])],
  unitOnly: ['entity.name', 'entity.certType', 'entity.certNumber', 'entity.officeAddress', 'legalRep.name'],
};
const MPS_PRINCIPAL: StepPrior = { platform: 'mps', step: 'principal', titles: ['网站负责人'], block: 'site', expect: [...PERSON('security', ['security.email']), ...PERSON('emergency')] };

export const STEPS: readonly StepPrior[] = [
  // ── Alibaba Cloud (§1.2) ──
  ...icpSteps('aliyun', {
    basic: ['填写基本信息', '验证备案类型', '信息校验', '基础信息校验'],
    subject: ['填写主办者信息', '填写主体信息', '主办者信息', '主体信息'],
    site: ['填写网站信息', '填写互联网信息服务', '网站信息'],
    upload: ['上传资料', '资料上传及真实性核验', '资料上传'],
  }),
  // ── the other providers' consoles (§1.10) ──
  ...icpSteps('tencent', { basic: ['验证备案类型'], subject: ['填写主体信息', '主体信息'], site: ['填写网站信息', '网站信息'], upload: ['上传资料'] }),
  ...icpSteps('huawei', { basic: ['基础信息校验'], subject: ['填写主体信息', '主体信息'], site: ['填写互联网信息服务', '互联网信息服务', '网站信息'], upload: ['上传资料及真实性核验', '上传资料'] }),
  // (Volcengine's first step is not in a source: the wording of the others' [INF])
  ...icpSteps('volcengine', { basic: ['备案信息核验', '验证备案类型', '信息校验'], subject: ['主办者信息', '填写主办者信息'], site: ['网站信息', '填写网站信息'], upload: ['备案资料', '上传备案资料'] }),
  ...icpSteps('baidu', { basic: ['验证备案类型'], subject: ['填写主体及主体负责人信息', '填写主办者信息', '主体信息'], site: ['填写网站信息', '网站信息'], upload: ['资料上传及人脸核验', '资料上传'] }),

  // ── 全国互联网安全管理服务平台 (§2.2–§2.4) ──
  MPS_SUBJECT,
  { platform: 'mps', step: 'site', titles: ['网站基本信息'], block: 'site',
    expect: ['site.name', 'site.openedAt', 'site.mainDomain', 'site.ips', 'provider.jurisdiction', 'provider.region', 'provider.name', 'provider.accessMethod', 'provider.phone',
      'registrar.jurisdiction', 'registrar.region', 'registrar.name', 'registrar.phone', 'site.interactive', 'site.psbCategory', 'site.dangerousGoods', 'site.languages'] },
  MPS_PRINCIPAL,
  // Nothing to fill: the filer reads and accepts the duty notice themselves.
  { platform: 'mps', step: 'notice', titles: ['提示说明', '责任告知书'], expect: [], never: NEVER },

  // ── the old www.beian.gov.cn portal (§2.1): the same flow (开办主体 → 网站基本信息 → 网站负责人 → 提示说明) as
  // server-rendered pages; its subject and principal steps ask what the new platform's do [INF: FORMS §2.1 lists
  // only the old menu, not the old pages' fields]
  // (its 开办主体性质 lists the old nature codes 企业01, 个人00 …, FORMS §2.2: the nature, not 个人 / 单位)
  { ...MPS_SUBJECT, platform: 'beian-old', titles: [...MPS_SUBJECT.titles, '开办主体管理'], expect: MPS_SUBJECT.expect.map((k) => (k === 'entity.kind' ? 'entity.nature' : k)) },
  { ...MPS_PRINCIPAL, platform: 'beian-old' },
  { platform: 'beian-old', step: 'site', titles: ['新办网站申请', '网站基本信息'], block: 'site', person: 'principal',
    expect: ['site.name', 'site.mainDomain', 'site.ips', 'site.openedAt', 'provider.name', 'provider.accessMethod'] },

  // ── MIIT 短信核验 (§0) ──
  { platform: 'miit', step: 'sms', titles: ['短信核验'], person: 'principal', expect: ['principal.mobile', 'principal.idLast6'], never: NEVER },
];

export const NEVER_LABELS = NEVER;

export function stepsOf(platform: string): StepPrior[] {
  return STEPS.filter((s) => s.platform === platform);
}
export function stepById(platform: string, step: string): StepPrior | undefined {
  return STEPS.find((s) => s.platform === platform && s.step === step);
}
/** The keys a step expects for a subject kind. */
export function expectedKeys(prior: StepPrior, kind: '个人' | '单位' | undefined): string[] {
  return [...prior.expect, ...(kind === '单位' ? prior.unitOnly ?? [] : []), ...(kind === '个人' ? prior.personOnly ?? [] : [])];
}
