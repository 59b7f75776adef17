/** The column-mapping step's logic, and the loader's side of it: the step is offered, and its choice loads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import {
  choiceProblems, choicesFromMapping, ColumnMappingNeeded, initialChoices, mappingCanHelp, mappingFromChoices, NOT_IN_FILE,
} from '../../src/data/columnMapping';
import { resolveHeaders } from '../../src/data/headers';
import { loadExtract, type LoadProgress } from '../../src/data/ingest';
import { ExtractError } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import ExcelJS from 'exceljs';
import { csvText, file, validRow } from '../helpers/extract';
import { parquetOf } from '../helpers/parquet';

/** A month's extract with drifted headers: "Date" is not a header rule match for recorded_date. */
const RENAMED = ['Crime Reference', 'Person ID', 'Date', 'CSE Category', 'Record Type', 'Gender', 'Notes'];
const CANONICAL = ['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender', 'notes'];
const renamedCsv = (n: number) => {
  const rows = Array.from({ length: n }, (_, i) => validRow(i + 1, { notes: `note ${i + 1}` }));
  const body = csvText(rows, CANONICAL).split('\n').slice(1).join('\n');
  return `${RENAMED.join(',')}\n${body}`;
};

describe('column choices', () => {
  it('pre-fills every required column from aliases and leaves the rest not in the file', () => {
    const choices = initialChoices(RENAMED);
    expect(choices).toMatchObject({
      record_id: 'Crime Reference', victim_id: 'Person ID', recorded_date: 'Date', cse_category: 'CSE Category',
      record_type: 'Record Type', victim_gender: 'Gender', offence_borough: NOT_IN_FILE,
    });
    expect(choiceProblems(choices)).toEqual([]);
  });

  it('prefers a remembered mapping over the guesses', () => {
    const remembered = Object.fromEntries(RENAMED.map((h) => [h, ''])) as Record<string, string>;
    Object.assign(remembered, { Notes: 'record_id', 'Person ID': 'victim_id' });
    const choices = initialChoices(RENAMED, remembered);
    expect(choices.record_id).toBe('Notes');
    expect(choices.recorded_date).toBe(NOT_IN_FILE);
  });

  it('names unchosen required columns and a header chosen twice', () => {
    const choices = { ...initialChoices(RENAMED), recorded_date: NOT_IN_FILE, record_type: 'Person ID' };
    expect(choiceProblems(choices)).toEqual([
      'Choose a column for each required column: recorded_date.',
      '“Person ID” is chosen for victim_id and record_type: one source column can feed only one.',
    ]);
  });

  it('turns choices into a mapping naming every header, unchosen ones ignored, and back again', () => {
    const choices = { ...initialChoices(RENAMED), record_id: 'Notes' };
    const mapping = mappingFromChoices(RENAMED, choices);
    expect(mapping).toEqual({
      'Crime Reference': '', 'Person ID': 'victim_id', Date: 'recorded_date', 'CSE Category': 'cse_category',
      'Record Type': 'record_type', Gender: 'victim_gender', Notes: 'record_id',
    });
    expect(choicesFromMapping(RENAMED, mapping)).toEqual(choices);
  });

  it('lets a mapping ignore a header that the rules would match, so the chosen one does not clash', () => {
    const headers = ['record_id', 'Crime Reference', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender'];
    const choices = { ...choicesFromMapping(headers, {}), record_id: 'Crime Reference' };
    const resolved = resolveHeaders(headers, mappingFromChoices(headers, choices));
    expect(resolved.byColumn.get('record_id')).toBe(1);
    expect(resolved.unknown).toEqual(['record_id']);
    expect([resolved.missing, resolved.twice]).toEqual([[], null]);
  });
});

describe('loadExtract and the mapping step', () => {
  let db: DbClient;
  const count = async () => (await db.query<{ n: number }>('SELECT count(*) AS n FROM records'))[0].n;
  beforeAll(async () => {
    db = await openNodeClient();
    await loadExtract(db, file('before.csv', csvText([validRow(1), validRow(2)])));
  });
  afterAll(() => db.close());

  it('offers the step with the headers and the first rows when a required column is missing, loading nothing', async () => {
    const failure = await loadExtract(db, file('may.csv', renamedCsv(7))).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ColumnMappingNeeded);
    expect(failure).toBeInstanceOf(ExtractError);
    const needed = failure as ColumnMappingNeeded;
    expect(needed.message).toBe('may.csv is not a CSE extract in the expected format: it has no record_id, victim_id, recorded_date, victim_gender columns.');
    expect(needed.headers).toEqual(RENAMED);
    expect(needed.preview).toHaveLength(5);
    expect(needed.preview[0]).toEqual(['R1', 'V1', '2014-06-01', '1', 'suspicion', 'female', 'note 1']);
    expect(await count()).toBe(2);
    expect(mappingCanHelp(needed)).toBe(true);
    const list = await loadExtract(db, file('list.csv', 'a,b,c,d,e\n1,2,3,4,5\n')).catch((error: unknown) => error);
    expect(mappingCanHelp(list as ColumnMappingNeeded)).toBe(false);
  });

  it('loads with the chosen mapping, and applies a remembered one offered through mappingFor', async () => {
    const mapping = mappingFromChoices(RENAMED, initialChoices(RENAMED));
    const report = await loadExtract(db, file('may.csv', renamedCsv(7)), { mapping });
    expect([report.rowsRead, report.rowsAccepted]).toEqual([7, 7]);
    expect(report.columns.Date).toBe('recorded_date');
    expect(report.warnings[0]).toMatch(/ignored: Notes/);
    const asked: string[][] = [];
    const again = await loadExtract(db, file('june.csv', renamedCsv(3)), { mappingFor: (headers) => (asked.push([...headers]), mapping) });
    expect(asked).toEqual([RENAMED]);
    expect(again.rowsAccepted).toBe(3);
  });

  it('offers the step for Parquet (typed columns previewed as text) and names a workbook\'s sheets', async () => {
    const bytes = await parquetOf(`SELECT 'P' || i AS ref, 'V' || i AS victim_id, DATE '2014-04-01' + i::INT AS logged,
      2 AS cse_category, 'crime' AS record_type, 'male' AS victim_gender FROM range(3) t(i)`);
    const parquet = (await loadExtract(db, { name: 'renamed.parquet', bytes }).catch((e: unknown) => e)) as ColumnMappingNeeded;
    expect(parquet).toBeInstanceOf(ColumnMappingNeeded);
    expect(parquet.preview[1]).toEqual(['P1', 'V1', '2014-04-02', '2', 'crime', 'male']);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['Extract for May'], ['Produced by the analyst team']]);
    workbook.addWorksheet('Data').addRows([['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender'], ['R1', 'V1', '2014-05-01', '1', 'crime', 'female']]);
    const xlsx = { name: 'may.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
    const notes = (await loadExtract(db, xlsx).catch((e: unknown) => e)) as ColumnMappingNeeded;
    expect([notes.sheet, notes.sheets]).toEqual(['Notes', ['Notes', 'Data']]);
    expect(mappingCanHelp(notes)).toBe(true); // one column, but another sheet may be the extract
    expect((await loadExtract(db, xlsx, { sheet: 'Data' })).rowsAccepted).toBe(1);
    await loadExtract(db, file('back.csv', csvText([validRow(1), validRow(2), validRow(3)])));
  });

  it('stops at the step on request even when the headers match (changing a mapping)', async () => {
    const failure = await loadExtract(db, file('ok.csv', csvText([validRow(1)])), { reviewMapping: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ColumnMappingNeeded);
    expect(await count()).toBe(3);
  });

  it('reports each stage with the rows read, and a cancelled load leaves the previous data', async () => {
    const stages: LoadProgress[] = [];
    await loadExtract(db, file('four.csv', csvText([1, 2, 3, 4].map((n) => validRow(n)))), { onProgress: (p) => stages.push(p) });
    expect(stages).toEqual([{ stage: 'reading' }, { stage: 'checking', rows: 4 }, { stage: 'summarising' }, { stage: 'saving' }]);
    for (const stop of ['reading', 'checking', 'summarising', 'saving']) {
      const controller = new AbortController();
      const load = loadExtract(db, file('big.csv', csvText([validRow(9)])), {
        signal: controller.signal, onProgress: (p) => p.stage === stop && controller.abort(),
      });
      await expect(load).rejects.toThrow(/abort/i);
      expect(await count()).toBe(4);
    }
    // Nothing of the cancelled loads is left behind: the next load starts clean.
    expect((await loadExtract(db, file('five.csv', csvText([validRow(5)])))).rowsAccepted).toBe(1);
  });
});
