// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BeianDB } from '@/lib/db';
import { exportAll, parseImport } from '@/lib/backup';
import { exampleText, seededDb } from './helpers';

/** A tiny deterministic PRNG so the fuzz cases are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const base = JSON.parse(exampleText());
const GARBAGE: unknown[] = [null, 0, -1, 1e308, 'x'.repeat(5000), [], {}, [[[]]], { $gt: '' }, 'x'.repeat(70_000), '\u0000'.repeat(300), NaN];

/** Malformed variants of a real backup: structural damage, wrong types, broken references, bad bytes. */
function variants(): [string, string][] {
  const out: [string, string][] = [];
  const r = rng(42);
  const text = JSON.stringify(base);
  // truncations and byte damage
  for (let i = 1; i <= 10; i++) out.push([`truncated at ${i}/11`, text.slice(0, Math.floor((text.length * i) / 11))]);
  for (let i = 0; i < 10; i++) {
    const at = Math.floor(r() * text.length);
    out.push([`byte flipped at ${at}`, text.slice(0, at) + String.fromCharCode(Math.floor(r() * 30)) + text.slice(at + 1)]);
  }
  // a field of a record set to garbage
  const cols = ['entities', 'contacts', 'sites', 'documents'] as const;
  for (let i = 0; i < 24; i++) {
    const f = structuredClone(base);
    const col = cols[i % 4]!;
    const rec = f[col][Math.floor(r() * f[col].length)];
    const keys = Object.keys(rec).filter((k) => !['remark', 'homeUrl', 'rev', 'createdAt', 'updatedAt', 'addedAt'].includes(k));
    const key = keys[Math.floor(r() * keys.length)]!;
    rec[key] = GARBAGE[i % GARBAGE.length];
    out.push([`${col}.${key} = ${JSON.stringify(GARBAGE[i % GARBAGE.length])?.slice(0, 20)}`, JSON.stringify(f)]);
  }
  // whole collections replaced
  for (const col of cols) for (const g of [null, 'x', {}, [1, 2]]) {
    const f = structuredClone(base);
    f[col] = g;
    out.push([`${col} = ${JSON.stringify(g)}`, JSON.stringify(f)]);
  }
  // top level
  for (const g of GARBAGE.slice(0, 8)) out.push([`top level ${JSON.stringify(g)?.slice(0, 20)}`, JSON.stringify(g)]);
  out.push(['format missing', JSON.stringify({ ...base, format: undefined })]);
  out.push(['document data not base64', JSON.stringify({ ...base, documents: [{ ...base.documents[0], dataBase64: '!!!' }] })]);
  out.push(['document for a missing owner', JSON.stringify({ ...base, documents: [{ ...base.documents[0], ownerId: 'ghost' }] })]);
  out.push(['principal missing', JSON.stringify({ ...base, contacts: base.contacts.slice(1) })]);
  return out;
}

let db: BeianDB;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => { await db.delete(); });

describe('fuzzed imports', () => {
  const cases = variants();
  it('has at least 50 malformed variants', () => expect(cases.length).toBeGreaterThanOrEqual(50));
  it('never loses or changes existing data: every malformed variant is refused with a named problem', async () => {
    const before = await exportAll(db, new Date(0));
    const stillValid: string[] = [];
    for (const [name, text] of cases) {
      const r = parseImport(text);
      if (r.ok) { stillValid.push(name); continue; } // the damage happened to leave a valid file (a flipped letter in a name)
      expect(r.problems.length, name).toBeGreaterThan(0);
      for (const p of r.problems) expect(p.code, name).toMatch(/\S/);
    }
    // refusing happens before any write: the database is exactly as it was
    expect(await exportAll(db, new Date(0))).toEqual(before);
    expect(cases.length - stillValid.length).toBeGreaterThanOrEqual(50);
  });
});
