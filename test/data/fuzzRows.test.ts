/**
 * Property-based tests of the reading rules (fast-check) on the real loader and engine. Random bytes
 * never crash the loader: they load with rows read = accepted + rejected, or end in one ExtractError
 * sentence naming the file, the previous data untouched. Random extracts built from known-valid and
 * known-invalid cells are accepted and rejected exactly as the rules say. Run counts are kept small:
 * each load is a real engine run (~50–200 ms).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { ExtractError } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import { csvText, file, validRow } from '../helpers/extract';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadExtract(db, file('before.csv', csvText([validRow(1), validRow(2)])));
});
afterAll(() => db.close());

const recordCount = async () => (await db.query<{ n: number }>('SELECT count(*) AS n FROM records'))[0].n;

/** Loads `bytes`; a refusal must be one sentence naming the file and must leave `records` as it was. */
async function loadOrRefuse(name: string, bytes: Uint8Array): Promise<void> {
  const before = await recordCount();
  try {
    const report = await loadExtract(db, { name, bytes });
    expect(report.rowsAccepted + report.rowsRejected).toBe(report.rowsRead);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    const message = (error as Error).message;
    expect(message.startsWith(name), message).toBe(true);
    expect(message).toMatch(/^[^\n]+[.:]/);
    expect(await recordCount()).toBe(before);
  }
}

const HEADER = 'record_id,victim_id,recorded_date,cse_category,record_type,victim_gender';
const MAGIC = { csv: [], parquet: [0x50, 0x41, 0x52, 0x31], xlsx: [0x50, 0x4b, 0x03, 0x04] } as const;

describe('random bytes', () => {
  it('never crash the loader, whatever the file claims to be', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // Text near the format: a real header, then random printable and control characters.
      fc.string({ unit: 'binary', maxLength: 400 }).map((tail) => new TextEncoder().encode(`${HEADER}\n${tail}`)),
      // A zip's end record pointing at random offsets, so the workbook probe reads damaged directories.
      fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([...tail, 0x50, 0x4b, 0x05, 0x06, ...tail.slice(0, 18), 0, 0, 0, 0].slice(0, tail.length + 22))),
    );
    await fc.assert(fc.asyncProperty(bytes, fc.constantFrom('csv', 'parquet', 'xlsx'), async (body, kind) => {
      const magic = MAGIC[kind as keyof typeof MAGIC];
      // Parquet also ends with its magic, so the engine (not only the framing check) sees the bytes.
      const framed = new Uint8Array([...magic, ...body, ...(kind === 'parquet' ? magic : [])]);
      await loadOrRefuse(`random.${kind}`, framed);
    }), { numRuns: 30 });
  });
});

/** A cell choice: its text, and whether the rules reject it. */
type Cell = { text: string; bad: boolean };
const good = (...texts: string[]) => texts.map((text) => ({ text, bad: false }));
const bad = (...texts: string[]) => texts.map((text) => ({ text, bad: true }));
/** Known-valid and known-invalid values per column (docs/extract-format.md). */
const CELLS: Record<string, Cell[]> = {
  recorded_date: [...good('2014-06-01', '01/06/2014', '1/6/2014', '2015-03-31 14:05', '2014-06-01T09:30:00'), ...bad('12/31/2014', '2014-02-30', 'yesterday', '')],
  cse_category: [...good('1', '2', '3', 'Cat 2', 'category 3', '1 - At risk'), ...bad('4', '0', 'cat', '')],
  record_type: [...good('crime', 'Suspicion', ' crime '), ...bad('burglary', '')],
  victim_gender: good('F', 'male', '', 'Unknown', 'other'),
  offence_borough: [...good('Newham', 'E09000001', 'City of Westminster', 'Kingston', 'unknown', ''), ...bad('Atlantis', 'E09000099')],
  victim_age: [...good('', '0', '17', ' 15 '), ...bad('18', '-1', 'abc', '1.5')],
  online: [...good('Y', 'no', 'TRUE', '0', ''), ...bad('maybe')],
  notes: good('', 'free text, with a comma', 'a "quoted" word', 'two\nlines', '=1+1'),
};
const COLUMNS = ['record_id', 'victim_id', ...Object.keys(CELLS)];

const row = fc.record({
  cells: fc.record(Object.fromEntries(Object.entries(CELLS).map(([column, cells]) => [column, fc.constantFrom(...cells)]))),
  // Most ids are new; some repeat an earlier row's (a duplicate) or are blank.
  id: fc.constantFrom('new', 'new', 'new', 'new', 'repeat', 'blank'),
  ragged: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
});

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('random extracts from known-valid and known-invalid cells', () => {
  it('accept exactly the rows with no broken rule, and reject the rest', async () => {
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), async (rows, eol) => {
      const seen: string[] = [];
      let expected = 0;
      const lines = rows.map((r, i) => {
        const id = r.id === 'blank' ? '' : r.id === 'repeat' && seen.length > 0 ? seen[0] : `R${i}`;
        const duplicate = id !== '' && seen.includes(id);
        // A ragged row is rejected before its fields are read, so its id is not one a later row repeats.
        if (id !== '' && !r.ragged) seen.push(id);
        const cells = Object.values(r.cells) as Cell[];
        if (!r.ragged && id !== '' && !duplicate && cells.every((c) => !c.bad)) expected++;
        return [id, `V${i % 7}`, ...cells.map((c) => c.text), ...(r.ragged ? ['extra'] : [])].map(quote).join(',');
      });
      const text = [COLUMNS.join(','), ...lines].join(eol) + eol;
      const report = await loadExtract(db, file('random-rows.csv', text));
      expect(report.rowsRead).toBe(rows.length);
      expect(report.rowsAccepted + report.rowsRejected).toBe(report.rowsRead);
      expect(report.rowsAccepted, text).toBe(expected);
      expect(await recordCount()).toBe(expected);
    }), { numRuns: 20 });
  });
});
