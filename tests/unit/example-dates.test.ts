// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays, exampleDateShift, exampleForToday, shiftDates } from '../../scripts/example-dates';
import { importAll, parseImport } from '@/lib/backup';
import { exampleText, freshDb } from './helpers';

const load = () => JSON.parse(exampleText());
const local = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 30);

describe('the example profile moved to the day the demo runs', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2025-11-25', 5)).toBe('2025-11-30');
    expect(addDays('2025-11-25', 37)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-11-25', 0)).toBe('2025-11-25');
  });

  it('puts the latest site opening 5 days before today (local calendar date)', () => {
    const ex = load();
    expect(ex.sites.map((s: { openedAt: string }) => s.openedAt).sort()).toEqual(['2025-11-20', '2025-11-25']);
    expect(exampleDateShift(ex, local(2025, 11, 30))).toBe(0);
    expect(exampleDateShift(ex, local(2026, 7, 1))).toBe(213);
    expect(exampleDateShift(ex, local(2025, 11, 1))).toBe(-29);
    expect(exampleDateShift(ex, local(2026, 7, 1), 10)).toBe(208);
    expect(exampleDateShift({ sites: [{ openedAt: '' }] }, local(2026, 7, 1))).toBe(0);
  });

  it('shifts every date by the same number of days and leaves everything else as it is', () => {
    const ex = load();
    const before = JSON.stringify(ex);
    const { profile, days } = exampleForToday(ex, local(2026, 7, 1));
    expect(JSON.stringify(ex)).toBe(before); // pure: the input is untouched
    expect(days).toBe(213);
    const site = (id: string) => profile.sites.find((s: { id: string }) => s.id === id);
    const entity = (id: string) => profile.entities.find((s: { id: string }) => s.id === id);
    const contact = (id: string) => profile.contacts.find((s: { id: string }) => s.id === id);
    expect(site('s-yunqi-www').openedAt).toBe('2026-06-26');
    expect(site('s-zhangwei-blog').openedAt).toBe('2026-06-21');
    expect(entity('e-zhangwei')).toMatchObject({ certValidFrom: addDays('2018-03-01', 213), certValidTo: addDays('2038-03-01', 213) });
    expect(entity('e-yunqi')).toMatchObject({ certValidFrom: addDays('2019-06-18', 213), certValidTo: '', certLongTerm: true });
    expect(contact('c-wangqiang')).toMatchObject({ certValidFrom: addDays('2020-08-12', 213), certValidTo: addDays('2040-08-12', 213) });
    const ms = 213 * 86_400_000;
    for (const r of [...profile.entities, ...profile.contacts, ...profile.sites]) {
      expect(r.createdAt).toBe(1764547200000 + ms);
      expect(r.updatedAt).toBe(1764547200000 + ms);
    }
    for (const d of profile.documents) expect(d.addedAt).toBe(1764547200000 + ms);
    expect(profile.exportedAt).toBe(new Date(Date.parse('2025-12-01T00:00:00.000Z') + ms).toISOString());
    // ID numbers (with their birth dates), names, documents' bytes: unchanged
    expect(entity('e-zhangwei').certNumber).toBe('330106199003071236');
    expect(profile.documents.map((d: { dataBase64: string }) => d.dataBase64)).toEqual(ex.documents.map((d: { dataBase64: string }) => d.dataBase64));
    // Undo the shift: the original file back, byte for byte.
    expect(JSON.stringify(shiftDates(profile, -days))).toBe(before);
  });

  it('shifts a document expiry (e.g. a domain certificate) and keeps unknown (0) timestamps', () => {
    const shifted = shiftDates({ documents: [{ expiresAt: '2026-01-31', addedAt: 0 }], sites: [{ openedAt: '', createdAt: 0 }] }, 30);
    expect(shifted).toEqual({ documents: [{ expiresAt: '2026-03-02', addedAt: 0 }], sites: [{ openedAt: '', createdAt: 0 }] });
  });

  it('the shifted example still passes the import check and imports', async () => {
    const db = freshDb();
    const { profile } = exampleForToday(load(), new Date());
    const r = parseImport(JSON.stringify(profile));
    if (!r.ok) throw new Error('the shifted example is refused');
    await importAll(db, r.data);
    const sites = await db.sites.toArray();
    const latest = sites.map((s) => s.openedAt).sort().at(-1)!;
    const today = new Date();
    const fiveDaysAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 5);
    expect(latest).toBe(`${fiveDaysAgo.getFullYear()}-${String(fiveDaysAgo.getMonth() + 1).padStart(2, '0')}-${String(fiveDaysAgo.getDate()).padStart(2, '0')}`);
  });
});
