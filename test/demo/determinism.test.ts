import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoCsvLines } from '../../scripts/demo';

describe('demo generator', () => {
  it('regenerates data/demo-extract.csv byte for byte', async () => {
    const committed = await readFile('data/demo-extract.csv', 'utf8');
    expect([...demoCsvLines()].join('\n') + '\n').toBe(committed);
  });

  it('changes with the seed and honours an exact size', () => {
    const other = [...demoCsvLines({ seed: 7, totalRecords: 500 })];
    expect(other).toHaveLength(501);
    expect(other.slice(1, 4)).not.toEqual([...demoCsvLines({ totalRecords: 500 })].slice(1, 4));
  });
});
