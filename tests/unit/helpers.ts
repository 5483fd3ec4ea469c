import { readFileSync } from 'node:fs';
import { BeianDB } from '@/lib/db';

export const EXAMPLE_PATH = new URL('../../docs/profile.example.json', import.meta.url);
export const exampleText = () => readFileSync(EXAMPLE_PATH, 'utf8');

/** A fresh, uniquely named database (fake-indexeddb). */
export function freshDb(): BeianDB {
  return new BeianDB(`test-${crypto.randomUUID()}`);
}

/** A valid 18-digit ID for a birth date, with a computed check digit (GB 11643). */
export function makeId(prefix6: string, birth: string, seq = '123'): string {
  const first = `${prefix6}${birth}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first].reduce((s, ch, i) => s + Number(ch) * w[i]!, 0);
  return first + '10X98765432'[sum % 11];
}

/** A fresh database holding docs/profile.example.json. */
export async function seededDb(): Promise<BeianDB> {
  const { importAll, parseImport } = await import('@/lib/backup');
  const db = freshDb();
  const r = parseImport(exampleText());
  if (!r.ok) throw new Error('the example profile is invalid');
  await importAll(db, r.data);
  return db;
}
