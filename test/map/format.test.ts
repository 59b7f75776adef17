import { describe, expect, it } from 'vitest';
import { formatRate, mapLabel, mapSummary, mappedValue, ordinal, tooltipContent } from '../../src/map/format';
import type { BoroughMapRow } from '../../src/map/types';

const row = (over: Partial<BoroughMapRow> = {}): BoroughMapRow => ({
  code: 'E09000033', name: 'Westminster', count: 1234, rate: 25.04, rank: 3, low: 23.6, high: 26.55, ...over,
});

describe('ordinal', () => {
  it('uses English ordinal suffixes, teens included', () => {
    const cases: [number, string][] = [
      [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'],
      [21, '21st'], [22, '22nd'], [23, '23rd'], [31, '31st'], [33, '33rd'], [101, '101st'], [111, '111th'],
    ];
    for (const [n, text] of cases) expect(ordinal(n)).toBe(text);
  });
});

describe('tooltipContent', () => {
  it('gives name, count, rate per 10,000 to one decimal with its interval, and rank of all ranked', () => {
    expect(tooltipContent('Westminster', row(), 33)).toEqual({
      title: 'Westminster',
      lines: ['Count: 1,234', 'Rate: 25.0 per 10,000 children (95% CI 23.6–26.6)', 'Rank: 3rd of 33'],
    });
  });

  it('formats rates en-GB with grouping and one decimal', () => {
    expect(formatRate(1234.56)).toBe('1,234.6');
    expect(formatRate(0)).toBe('0.0');
  });

  it('says when a figure is missing instead of showing zero', () => {
    expect(tooltipContent('Barnet', row({ rate: null, low: null, high: null, rank: null }), 32).lines).toEqual([
      'Count: 1,234',
      'Rate: not available',
    ]);
    expect(tooltipContent('Barnet', undefined, 33)).toEqual({ title: 'Barnet', lines: ['No data'] });
  });

  it('shows no figures at all for a suppressed borough', () => {
    const content = tooltipContent('City of London', row({ suppressed: true }), 33);
    expect(content.lines).toEqual(['Suppressed: too few to show']);
    expect(content.lines.join(' ')).not.toMatch(/\d/);
  });
});

describe('mappedValue', () => {
  it('picks the measure, and null for suppressed, missing or non-finite values', () => {
    expect(mappedValue(row(), 'rate')).toBe(25.04);
    expect(mappedValue(row(), 'count')).toBe(1234);
    expect(mappedValue(row({ suppressed: true }), 'count')).toBeNull();
    expect(mappedValue(row({ rate: Number.NaN }), 'rate')).toBeNull();
    expect(mappedValue(undefined, 'rate')).toBeNull();
  });
});

describe('map label and summary', () => {
  it('names what is shown and on which basis', () => {
    expect(mapLabel({ measure: 'rate', basis: 'offence' })).toBe(
      'Map of London boroughs: rate per 10,000 children, by borough where the offence took place',
    );
    expect(mapLabel({ measure: 'count', basis: 'home' })).toBe("Map of London boroughs: count, by the victim's home borough");
  });

  it('summarises highest, lowest and missing boroughs', () => {
    const rows = [
      row({ code: 'A', name: 'Alpha', rate: 10 }),
      row({ code: 'B', name: 'Bravo', rate: 30 }),
      row({ code: 'C', name: 'Charlie', rate: 20 }),
      row({ code: 'D', name: 'Delta', rate: 5 }),
      row({ code: 'E', name: 'Echo', suppressed: true }),
    ];
    expect(mapSummary(rows, { measure: 'rate', basis: 'offence' }, 33)).toBe(
      'Map of London boroughs: rate per 10,000 children, by borough where the offence took place. ' +
        'Highest: Bravo (30.0), Charlie (20.0), Alpha (10.0). Lowest: Delta (5.0). ' +
        '29 boroughs have no figure (no data or suppressed). The borough list gives every figure.',
    );
  });
});
