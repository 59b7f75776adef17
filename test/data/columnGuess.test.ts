import { describe, expect, it } from 'vitest';
import { headerSignature, similarity, suggestMapping } from '../../src/data/columnGuess';

describe('column mapping guesses', () => {
  it('places headers that follow the rules, renamed headers by alias, and misspellings by similarity', () => {
    const mapping = suggestMapping([
      'Crime Reference', 'Person ID', 'Date Recorded', 'CSE Category', 'Record Type', 'Borough', 'Home Borough',
      'Gender', 'Age', 'LAC', 'Missing Epsiodes 12m', 'Referal Source', 'Notes',
    ]);
    expect(mapping).toEqual({
      'Crime Reference': 'record_id', 'Person ID': 'victim_id', 'Date Recorded': 'recorded_date', 'CSE Category': 'cse_category',
      'Record Type': 'record_type', Borough: 'offence_borough', 'Home Borough': 'victim_home_borough', Gender: 'victim_gender',
      Age: 'victim_age', LAC: 'looked_after', 'Missing Epsiodes 12m': 'missing_episodes_12m', 'Referal Source': 'referral_source',
    });
  });

  it('uses each column once, preferring the exact header', () => {
    const mapping = suggestMapping(['date', 'recorded_date']);
    expect(mapping).toEqual({ recorded_date: 'recorded_date' });
  });

  it('leaves unrelated headers unmapped', () => {
    expect(suggestMapping(['Officer notes', 'Free text'])).toEqual({});
  });

  it('scores similarity between 0 and 1', () => {
    expect(similarity('referral_source', 'referral_source')).toBe(1);
    expect(similarity('referal_source', 'referral_source')).toBeGreaterThan(0.8);
    expect(similarity('notes', 'victim_age')).toBeLessThan(0.2);
  });

  it('signs headers independently of case and spacing', () => {
    expect(headerSignature(['Record ID', 'Victim-ID'])).toBe(headerSignature(['record_id', 'victim id']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
  });
});
