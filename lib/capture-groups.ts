/**
 * The groups a page's values are read into (the subject, the site, each person role) and their names: from
 * lib/capture.ts, on their own so that the in-page panel's review lists them without loading the profile schemas.
 */
import { ROLE_NAMES } from './dictionary';
import type { PersonRole } from './forms/vocabulary';

export type Group = 'entity' | 'site' | PersonRole;
export const GROUPS: readonly Group[] = ['entity', 'principal', 'legalRep', 'site', 'web', 'security', 'emergency'];
export const GROUP_NAMES: Record<Group, string> = { ...ROLE_NAMES, entity: '主体', site: '网站' };
/** Which record each group writes to: an existing id, or 'new'. */
export type Targets = Partial<Record<Group, string>>;
