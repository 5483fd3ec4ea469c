/**
 * The contract every zoo and held-out replica build follows, so one e2e harness (tests/e2e/zoo.spec.ts)
 * scores them all: import docs/profile.example.json, open the page, choose the entity, click 一键填充 in
 * the in-page panel, then compare `window.__replica.getState()` with `expect` below.
 *
 * A build is one page: one step of one platform, built with one component library, one layout and one
 * wording. It is served at the platform's real URL; a replica-only query parameter `replicaBuild=<id>`
 * picks the build (the extension never reads it).
 */
import type { ReplicaPage } from '../types';

/** What a state key must hold after a fill from the example profile. */
export type Expectation =
  /** the exact value: string (dates 'YYYY-MM-DD'), string[] (cascader path in order; lists/multi-selects/checkbox groups: order-free unless `ordered`), boolean, or [from, to] for a range */
  | { label: string; value: string | string[] | boolean; ordered?: boolean }
  /** the example profile lacks this value: the field must stay empty and be listed by the panel under 资料中缺少 (by this label) */
  | { label: string; missing: true }
  /** must never change (consent boxes, 验证码, fields the engine must not touch): its value before the fill */
  | { label: string; untouched: true };

export interface ZooPage extends ReplicaPage {
  /** 'tuning': builds the engine may be tuned against; 'heldout': written from FORMS.md alone, never tuned against */
  set: 'tuning' | 'heldout';
  /**
   * Values of a tuning build the engine does not fill yet, each with why (state key → reason): a set retired in
   * the session that scored it may keep a few for the next session. The zoo holds them to staying unfilled (never
   * wrong), so an entry is removed the day its value is filled; every other value of the build must be filled.
   */
  gaps?: Record<string, string>;
  /** the build id, also the value of the replicaBuild URL parameter, e.g. 'aliyun-site-antd-descriptions' */
  build: string;
  /** library, layout and wording of this build, one line for reports */
  about: string;
  /** the entity to choose in the panel: '杭州云栖示例科技有限公司' (单位) or '张伟' (个人) */
  entity: string;
  /** state key → what it must hold after the fill */
  expect: Record<string, Expectation>;
}

export interface ZooBundle {
  pages: ZooPage[];
  /** register Playwright routes serving these builds; requests that are not theirs go on with route.fallback() */
  route(context: import('@playwright/test').BrowserContext): Promise<void>;
}

/* Building expectations and build URLs (the held-out sets' pages.ts). */
export const expectValue = (label: string, value: string | string[] | boolean, ordered?: boolean): Expectation => (ordered ? { label, value, ordered } : { label, value });
export const expectPath = (label: string, value: string[]): Expectation => ({ label, value, ordered: true });
export const expectMissing = (label: string): Expectation => ({ label, missing: true });
export const expectUntouched = (label: string): Expectation => ({ label, untouched: true });
/** The real filing URLs a build is served at; the build id goes last (replicaBuild=<id>). */
export const BUILD_URL = {
  aliyun: 'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&pageAction=init&orderType=100&replicaBuild=',
  mps: 'https://beian.mps.gov.cn/web/business/businessHome/website?replicaBuild=',
  old: 'http://www.beian.gov.cn/portal/apply/newWebSiteApply?replicaBuild=',
} as const;
