/**
 * Replica filing pages for the e2e tests, demo and bench. Each platform module (aliyun/, mps/, legacy/)
 * builds its pages with esbuild (no network) and serves them at the real filing URLs through Playwright
 * request interception. Every replica page exposes, in the page's main world:
 *
 *   window.__replica = {
 *     platform, step, variant,          // what this page is (for test bookkeeping only, never read by the extension)
 *     getState(): Record<string, unknown>,  // what the page's framework state holds (React state / Vue reactive / form data)
 *     changes: number,                   // how many state updates the framework saw (proves fills go through it)
 *   }
 *
 * so a test reads the truth from the framework, not the DOM.
 */
import type { BrowserContext } from '@playwright/test';

export type Platform = 'aliyun' | 'mps' | 'beian-old' | 'miit' | 'tencent' | 'huawei' | 'volcengine' | 'baidu';

export interface ReplicaPage {
  /** unique id, e.g. 'aliyun-subject-unit' */
  id: string;
  platform: Platform;
  /** step id, e.g. 'basic', 'subject', 'site', 'upload', 'principal', 'notice', 'sms' */
  step: string;
  /** subject kind when the step differs by it */
  variant?: '个人' | '单位';
  /** component library the page is built with */
  library: 'fusion-next' | 'antd' | 'element-plus' | 'server-rendered' | 'tdesign' | 'tea' | 'opentiny' | 'arco';
  /** the real URL to open (replica-only query parameters are allowed, the extension must not rely on them) */
  url: string;
  /** human title for tables */
  title: string;
}

export interface ReplicaBundle {
  pages: ReplicaPage[];
  /** register Playwright routes that serve the pages (and their JS/CSS) at the real URLs */
  route(context: BrowserContext): Promise<void>;
}

declare global {
  interface Window {
    __replica?: { platform: Platform; step: string; variant?: string; getState(): Record<string, unknown>; changes: number };
  }
}
