/**
 * Option values in the filer's words. The built-in lists (lib/data/codes.ts) are suggestions: a value
 * outside them is kept (a console may offer a wording the lists lack, e.g. 论坛/社区) and reported here
 * as a warning, never refused.
 */
import {
  ACCESS_METHODS, INTERACTIVE_SERVICE_KINDS, PRE_APPROVAL_ITEMS, SERVICE_TYPES, SITE_CONTENT_TYPES, SITE_LANGUAGES,
} from './data/codes';
import type { Site } from './schema';
import type { Issue } from './validators/types';

/** Each site field that takes option values, with its suggestions. */
export const SITE_OPTION_LISTS = {
  serviceType: SERVICE_TYPES,
  languages: SITE_LANGUAGES,
  contentTypes: SITE_CONTENT_TYPES,
  preApprovals: PRE_APPROVAL_ITEMS,
  'accessProvider.accessMethod': ACCESS_METHODS,
  interactiveKinds: INTERACTIVE_SERVICE_KINDS,
} as const satisfies Record<string, readonly string[]>;
export type OptionField = keyof typeof SITE_OPTION_LISTS;

export interface OptionWarning extends Issue { field: OptionField; value: string }

/** The stored values of a site's option fields. */
export function optionValues(site: Pick<Site, 'serviceType' | 'languages' | 'contentTypes' | 'preApprovals' | 'accessProvider' | 'interactiveKinds'>): Record<OptionField, string[]> {
  return {
    serviceType: site.serviceType ? [site.serviceType] : [],
    languages: site.languages ?? [],
    contentTypes: site.contentTypes ?? [],
    preApprovals: (site.preApprovals ?? []).map((p) => p.item),
    'accessProvider.accessMethod': site.accessProvider?.accessMethod ? [site.accessProvider.accessMethod] : [],
    interactiveKinds: site.interactiveKinds ?? [],
  };
}

/** Whether a value is one of the built-in suggestions of a field. */
export const isListed = (field: OptionField, value: string) => (SITE_OPTION_LISTS[field] as readonly string[]).includes(value);

/** Warnings for values outside the built-in lists (kept as they are; the form maps may not find them on a page). */
export function unlistedOptions(site: Parameters<typeof optionValues>[0]): OptionWarning[] {
  const out: OptionWarning[] = [];
  for (const [field, values] of Object.entries(optionValues(site)) as [OptionField, string[]][]) {
    for (const value of values) {
      if (!isListed(field, value)) out.push({ code: 'option.unlisted', severity: 'warning', params: { value }, field, value });
    }
  }
  return out;
}
