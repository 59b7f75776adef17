/** Files whose lines end in more than one way load like any other, with the same row numbers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { oneLineEnding } from '../../src/data/lineEndings';
import { openNodeClient } from '../../src/data/nodeClient';
import { csvText, file, validRow } from '../helpers/extract';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('oneLineEnding', () => {
  it('passes a file with one convention through untouched (the same array)', () => {
    for (const sample of ['a,b\n1,2\n', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r', 'a,b']) {
      const input = bytes(sample);
      expect(oneLineEnding(input)).toBe(input);
    }
  });

  it('turns CRLF and lone CR into LF when they are mixed, keeping every line', () => {
    expect(text(oneLineEnding(bytes('a,b\r\n1,2\n3,4\r5,6\r\n')))).toBe('a,b\n1,2\n3,4\n5,6\n');
    expect(text(oneLineEnding(bytes('a\n\r\n\r')))).toBe('a\n\n\n');
  });

  it('leaves line breaks inside quoted values alone: they are data, not line endings', () => {
    const quotedCr = bytes('a,b\n1,"x\ry"\n2,"say ""hi""\r\n"\n');
    expect(oneLineEnding(quotedCr)).toBe(quotedCr);
    expect(text(oneLineEnding(bytes('a,b\r\n1,"x\ry"\n2,z\r\n')))).toBe('a,b\n1,"x\ry"\n2,z\n');
  });
});

describe('loading a file with mixed line endings', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openNodeClient();
  });
  afterAll(() => db.close());

  it('accepts every good row and reports the bad one by its row number', async () => {
    const rows = [validRow(1), validRow(2), validRow(3, { cse_category: '7' }), validRow(4)];
    const lines = csvText(rows).trimEnd().split('\n');
    const endings = ['\r\n', '\n', '\r', '\r\n', '\n'];
    const mixed = lines.map((line, i) => line + endings[i % endings.length]).join('');
    const report = await loadExtract(db, file('mixed.csv', mixed));
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([4, 3, 1]);
    expect(report.rejections.map((r) => [r.row, r.column])).toEqual([[3, 'cse_category']]);
  });
});
