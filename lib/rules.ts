/**
 * Taught fields (指定字段): rules the filer made by picking an item on a filing page and naming the
 * profile value it holds. Stored in the extension's IndexedDB (table `rules`), per host and path (the
 * page's path, query dropped; a trailing * matches every path below). Page knowledge only: a rule holds
 * a label, a section heading and a reading key, never a profile value, a generated id or a CSS class.
 */
import type { BeianDB } from './db';
import { RuleSchema, newId, type StoredRule } from './schema';

/** Host and path of a page URL (query and hash dropped). */
export function pageOf(url: string): { host: string; path: string } {
  const u = new URL(url);
  return { host: u.hostname, path: u.pathname || '/' };
}

export async function saveRule(db: BeianDB, input: Partial<StoredRule> & { key: string; label: string; host: string }, now = Date.now()): Promise<StoredRule> {
  const old = input.id ? await db.rules.get(input.id) : undefined;
  const rule = RuleSchema.parse({ ...old, ...input, id: input.id ?? newId(), createdAt: old?.createdAt ?? now, updatedAt: now });
  // one rule per item of a page: teaching the same label and section again replaces it
  const same = (await db.rules.where('host').equals(rule.host).toArray()).filter((r) => r.id !== rule.id && r.path === rule.path && r.label === rule.label && r.section === rule.section);
  await db.transaction('rw', db.rules, async () => {
    if (same.length) await db.rules.bulkDelete(same.map((r) => r.id));
    await db.rules.put(rule);
  });
  return rule;
}

