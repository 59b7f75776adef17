/** en-GB formatting helpers: exact strings, because titles and tests compare text. */
import { describe, expect, it } from 'vitest';
import {
  formatChange, formatCount, formatDate, formatFy, formatMonth, formatPercent, formatPointChange, formatRate,
  inWords, plural, sentenceCase, share, upperFirst,
} from '../../src/views/format';

describe('formatting for en-GB', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(1852)).toBe('1,852');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(Number.NaN)).toBe('–');
  });

  it('writes shares as whole percentages, never rounding a small share to 0%', () => {
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(0.708)).toBe('71%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(0.999)).toBe('>99%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.1234, 1)).toBe('12.3%');
    expect(formatPercent(share(1, 0))).toBe('–');
  });

  it('writes rates per 10,000 with one decimal', () => {
    expect(formatRate(12.43)).toBe('12.4 per 10,000');
    expect(formatRate(1234.56)).toBe('1,234.6 per 10,000');
    expect(formatRate(3, false)).toBe('3.0');
    expect(formatRate(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('writes dates as 1 Apr 2014, months as Apr 2014, years as FY 2014/15', () => {
    expect(formatDate('2014-04-01')).toBe('1 Apr 2014');
    expect(formatDate('2015-03-31')).toBe('31 Mar 2015');
    expect(formatDate(Date.UTC(2013, 9, 1))).toBe('1 Oct 2013');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatMonth('2013-10-01')).toBe('Oct 2013');
    expect(formatMonth(Date.UTC(2016, 2, 1))).toBe('Mar 2016');
    expect(formatFy('2014/15')).toBe('FY 2014/15');
  });

  it('puts shares in plain words as the pack does', () => {
    expect(inWords(0.708)).toBe('7 in 10');
    expect(inWords(0.9)).toBe('9 in 10');
    expect(inWords(0.25)).toBe('1 in 4');
    expect(inWords(0.2)).toBe('2 in 10');
    expect(inWords(0.666)).toBe('2 in 3');
    expect(inWords(0.05)).toBe('1 in 20');
    expect(inWords(0)).toBe('none');
    expect(inWords(1)).toBe('all');
    expect(inWords(0.973)).toBe('nearly all');
    expect(inWords(0.94)).toBe('9 in 10');
  });

  it('describes changes against an earlier figure', () => {
    expect(formatChange(1852, 1610, 'FY 2013/14')).toBe('up 15% on FY 2013/14 (1,610)');
    expect(formatChange(90, 100, 'FY 2013/14')).toBe('down 10% on FY 2013/14 (100)');
    expect(formatChange(5, 5, 'FY 2013/14')).toBe('no change on FY 2013/14');
    expect(formatChange(5, 0, 'FY 2013/14')).toBe('no FY 2013/14 figure to compare');
    expect(formatPointChange(0.71, 0.68, 'FY 2013/14')).toBe('up 3 points on FY 2013/14 (68%)');
    expect(formatPointChange(0.67, 0.68, 'FY 2013/14')).toBe('down 1 point on FY 2013/14 (68%)');
  });

  it('writes plurals and labels from stored values', () => {
    expect(plural(1, 'record')).toBe('1 record');
    expect(plural(1852, 'record')).toBe('1,852 records');
    expect(plural(2, 'child', 'children')).toBe('2 children');
    expect(sentenceCase('phone_call')).toBe('Phone call');
    expect(upperFirst('nearly all')).toBe('Nearly all');
  });
});
