import { describe, expect, it } from 'vitest';
import { headerKey, matchHeaders } from '../../src/data/headers';
import { ExtractError } from '../../src/data/loadReport';

const REQUIRED = ['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender'];

describe('header rules', () => {
  it('matches case-insensitively with spaces, hyphens and underscores alike', () => {
    expect(headerKey('  Offence Borough ')).toBe('offence_borough');
    expect(headerKey('Gang-Group')).toBe('gang_group');
    expect(headerKey('\uFEFFRecord ID')).toBe('record_id');
    expect(headerKey('SF__Absent - School')).toBe('sf_absent_school');
  });

  it('maps each known column to its source position and lists unknown columns', () => {
    const match = matchHeaders('x.csv', ['Notes', ...REQUIRED.map((h) => h.toUpperCase()), 'Offence Borough']);
    expect(match.byColumn.get('record_id')).toBe(1);
    expect(match.byColumn.get('offence_borough')).toBe(7);
    expect(match.unknown).toEqual(['Notes']);
  });

  it('names the file and every missing required column', () => {
    expect(() => matchHeaders('march.csv', ['record_id', 'cse_category'])).toThrowError(
      new ExtractError('march.csv is not a CSE extract in the expected format: it has no victim_id, recorded_date, record_type, victim_gender columns.'),
    );
  });

  it('refuses two columns that read as the same one', () => {
    expect(() => matchHeaders('x.csv', [...REQUIRED, 'Record ID'])).toThrow(/two columns that both read as record_id/);
  });

  it('lets a chosen mapping override the rules', () => {
    const match = matchHeaders('x.csv', ['Ref', ...REQUIRED.slice(1)], { Ref: 'record_id' });
    expect(match.byColumn.get('record_id')).toBe(0);
    expect(match.unknown).toEqual([]);
  });
});
