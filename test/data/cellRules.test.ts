/**
 * The reading rules in JavaScript (src/data/reading/cellRules.ts) against the SQL rules they replaced: every
 * text of test/fixtures/reading-corpus.json (read by the SQL loader and engine of d05806a,
 * scripts/reading-corpus.ts) must read exactly as the engine read it. Then the main rules one by one, and arbitrary text never throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/data/format';
import { cellReader, type CellReading } from '../../src/data/reading/cellRules';
import { trimSpaces } from '../../src/data/reading/cellText';
import type { CorpusEntry } from '../helpers/readingCorpus';

const corpus: CorpusEntry[] = JSON.parse(readFileSync(new URL('../fixtures/reading-corpus.json', import.meta.url), 'utf8'));
const spec = (name: string) => COLUMNS.find((column) => column.name === name)!;
const read = (name: string, text: string | null) => cellReader(spec(name))(text);
const accepted = (text: string, value: CellReading['value']): CellReading => ({ text, value, reason: null });
const rejected = (text: string | null, reason: string): CellReading => ({ text, value: null, reason });

describe('the corpus read by the SQL rules', () => {
  it('has accepted and rejected texts for every column', () => {
    for (const column of COLUMNS) {
      const entries = corpus.filter((entry) => entry.column === column.name);
      expect(entries.filter((entry) => entry.reason === null).length, column.name).toBeGreaterThan(25);
      expect(entries.filter((entry) => entry.reason !== null).length, column.name).toBeGreaterThan(10);
    }
  });

  it.each(COLUMNS.map((column) => column.name))('%s: every text reads as the engine read it', (name) => {
    const reader = cellReader(spec(name));
    const misread = corpus
      .filter((entry) => entry.column === name)
      .map(({ input, text, value, reason }) => ({ input, sql: { text, value, reason }, js: reader(input) }))
      .filter(({ sql, js }) => js.text !== sql.text || js.value !== sql.value || js.reason !== sql.reason);
    expect(misread).toEqual([]);
  });
});

describe('the rules', () => {
  it('trims Unicode space separators, never tabs, line breaks or zero-width characters', () => {
    expect(trimSpaces('\u00a0 R1\u3000\u2003')).toBe('R1');
    expect(read('record_id', '\tR1\n')).toEqual(accepted('\tR1\n', '\tR1\n'));
    expect(read('online', '\u200bY')).toEqual(rejected('\u200bY', 'not a yes/no value'));
  });

  it('treats a cell of spaces, or an absent column, as blank, and a cell of tabs as text', () => {
    expect(read('cse_category', ' \u00a0 ')).toEqual(rejected(null, 'blank, but required'));
    expect(read('outcome', null)).toEqual({ text: null, value: 'open', reason: null });
    expect(read('victim_gender', '')).toEqual({ text: null, value: 'unknown', reason: null });
    expect(read('suspect_relationship', '  ')).toEqual({ text: null, value: null, reason: null });
    expect(read('outcome', '\t')).toEqual(rejected('\t', 'not a recognised outcome value'));
  });

  it('reads dates day first, with an optional time, as epoch milliseconds (UTC)', () => {
    expect(read('recorded_date', '1/4/2014 09:05')).toEqual(accepted('1/4/2014 09:05', Date.UTC(2014, 3, 1, 9, 5)));
    expect(read('recorded_date', '2014-04-01T14:05:09').value).toBe(Date.UTC(2014, 3, 1, 14, 5, 9));
    expect(read('recorded_date', '0000-02-29').value).toBe(Date.parse('0000-02-29T00:00:00Z'));
    expect(read('recorded_date', '2014-4-1')).toEqual(rejected('2014-4-1', 'not a date: use YYYY-MM-DD or DD/MM/YYYY'));
    expect(read('recorded_date', '01/04/2014T14:05').reason).toBe('not a date: use YYYY-MM-DD or DD/MM/YYYY');
  });

  it('rejects dates and times that do not exist, hour 24 and second 60 included', () => {
    for (const text of ['12/31/2014', '31/04/2014', '29/02/1900', '2014-02-29', '2014-04-01 24:00', '2014-04-01 23:59:60']) {
      expect(read('recorded_date', text), text).toEqual(rejected(text, 'not a real date (DD/MM/YYYY is read day first)'));
    }
    expect(read('recorded_date', '29/2/2000').value).toBe(Date.UTC(2000, 1, 29));
  });

  it('reads categories with or without Cat/Category and a label, and nothing else', () => {
    const values = ['CATEGORY 3 - habitual', 'Cat. 2', 'cat\t1', '2 -', '2 -\nlabel', ' 3 '].map((text) => read('cse_category', text).value);
    expect(values).toEqual([3, 2, 1, 2, 2, 3]);
    for (const text of ['Cat\u00a02', '2 - a\nb', '4', '12', '1.0', 'Categ 2', '2 \u2013 habitual']) {
      expect(read('cse_category', text).reason, text).toBe('not a CSE category: use 1, 2 or 3');
    }
  });

  it('matches enumerations in any case, with underscores, tabs and line breaks as spaces', () => {
    expect(read('outcome', 'No_Further\tACTION')).toEqual(accepted('No_Further\tACTION', 'nfa'));
    expect(read('referral_source', "children's  social\ncare").value).toBe('social_services');
    expect(read('outcome', 'no\u00a0further action')).toEqual(rejected('no\u00a0further action', 'not a recognised outcome value'));
    expect(read('referral_source', 'phone-call').reason).toBe('not a recognised referral_source value');
  });

  it("lowers 'İ' to 'i' as the engine does, so it can match", () => {
    expect(read('record_type', 'CRİME')).toEqual(accepted('CRİME', 'crime'));
    expect(read('offence_borough', 'İSLINGTON').value).toBe('E09000019');
  });

  it('reads boroughs by name, alias, prefix, & and ONS code, and the extra value of each column', () => {
    const codes = ['The Royal Borough of Kingston-upon-Thames', 'Barking&Dagenham', 'london_borough_of_newham', 'e09000001', 'City of Westminster']
      .map((text) => read('offence_borough', text).value);
    expect(codes).toEqual(['E09000021', 'E09000002', 'E09000025', 'E09000001', 'E09000033']);
    expect(read('offence_borough', 'E09 000025').reason).toBe('not a London borough name or ONS code');
    expect([read('offence_borough', 'UNKNOWN').value, read('victim_home_borough', 'outside-london').value]).toEqual(['unknown', 'outside_london']);
    expect(read('victim_home_borough', 'Unknown').reason).toBe('not a London borough name or ONS code');
  });

  it('reads yes/no words in any case, and nothing padded with a tab', () => {
    const values = ['Yes', 'y', 'TRUE', '1', 'No', 'n', 'False', '0', '\u00a0Y '].map((text) => read('online', text).value);
    expect(values).toEqual([true, true, true, true, false, false, false, false, true]);
    expect(read('looked_after', '\tY')).toEqual(rejected('\tY', 'not a yes/no value'));
    expect(read('looked_after', 'T').reason).toBe('not a yes/no value');
  });

  it('reads whole numbers of up to nine digits, then checks the range', () => {
    expect(['0017', '000000017', '17'].map((text) => read('victim_age', text).value)).toEqual([17, 17, 17]);
    for (const text of ['0000000017', '1.0', '-1', '+1', '1e1', '\uff11', '1 7']) {
      expect(read('victim_age', text).reason, text).toBe('not a whole number');
    }
    expect(read('victim_age', '18')).toEqual(rejected('18', 'outside 0–17'));
    expect(read('suspect_age', '9').reason).toBe('outside 10–110');
    expect(read('missing_episodes_12m', '10001').reason).toBe('outside 0–10000');
  });
});

describe('any text', () => {
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '-', '_', '&', '/', ':', '1', '2', 'a') }));

  it('reads without throwing, blank exactly when it trims to nothing, and a value only when accepted', () => {
    const readers = COLUMNS.map((column) => ({ column, reader: cellReader(column) }));
    fc.assert(
      fc.property(fc.constantFrom(...readers), text, ({ column, reader }, input) => {
        const reading = reader(input);
        expect(reading.text).toBe(trimSpaces(input) === '' ? null : trimSpaces(input));
        if (reading.reason !== null) expect(reading.value).toBeNull();
        if (reading.text === null) expect(reading.value).toBe(column.blankAs ?? null);
        if (reading.reason === null && reading.text !== null) expect(reading.value).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
