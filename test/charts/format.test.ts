import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatMonth, formatPercent, formatValue } from '../../src/charts/format';

describe('en-GB formatting', () => {
  it('formats numbers as the slide pack does', () => {
    expect(formatCount(1852)).toBe('1,852');
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(0.4512, 1)).toBe('45.1%');
    expect(formatDecimal(12.43)).toBe('12.4');
    expect(formatValue(12540)).toBe('12,540');
    expect(formatValue(12.45)).toBe('12.5');
  });

  it('writes months as "Apr 2014" in UTC, with September as "Sep"', () => {
    expect(formatMonth(new Date(Date.UTC(2014, 3, 1)))).toBe('Apr 2014');
    expect(formatMonth(new Date(Date.UTC(2014, 8, 1)))).toBe('Sep 2014');
    expect(formatMonth(new Date(Date.UTC(2013, 9, 31, 23, 30)))).toBe('Oct 2013');
  });
});
