/** Remembered column mappings: stored by header signature, applied by position, forgotten on request. */
import { describe, expect, it } from 'vitest';
import {
  forgetMappings, MAPPINGS_KEY, rememberedMapping, rememberMapping, type KeyValueStore,
} from '../../src/views/load/rememberedMappings';

/** A Storage-like map (the code under test only reads and writes strings). */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

const HEADERS = ['Crime Ref', 'Person', 'Date', 'Cat', 'Type', 'Gender'];
const MAPPING = { 'Crime Ref': 'record_id', Person: 'victim_id', Date: 'recorded_date', Cat: 'cse_category', Type: 'record_type', Gender: 'victim_gender' };

describe('remembered column mappings', () => {
  it('gives back a mapping for the same headers, written in another case and spacing', () => {
    const store = memoryStore();
    rememberMapping(HEADERS, MAPPING, store);
    const again = ['crime ref', 'PERSON', 'date', 'cat', 'type', 'gender'];
    expect(rememberedMapping(again, store)).toEqual({
      'crime ref': 'record_id', PERSON: 'victim_id', date: 'recorded_date', cat: 'cse_category', type: 'record_type', gender: 'victim_gender',
    });
  });

  it('gives nothing for other headers or another order', () => {
    const store = memoryStore();
    rememberMapping(HEADERS, MAPPING, store);
    expect(rememberedMapping([...HEADERS, 'Notes'], store)).toBeUndefined();
    expect(rememberedMapping([...HEADERS].reverse(), store)).toBeUndefined();
  });

  it('keeps one mapping per signature, under one key that forgetting removes', () => {
    const store = memoryStore({ unrelated: 'x' });
    rememberMapping(HEADERS, MAPPING, store);
    rememberMapping(['a', 'b'], { a: 'record_id', b: '' }, store);
    expect([...store.data.keys()].sort()).toEqual([MAPPINGS_KEY, 'unrelated']);
    expect(rememberedMapping(['a', 'b'], store)).toEqual({ a: 'record_id', b: '' });
    forgetMappings(store);
    expect([...store.data.keys()]).toEqual(['unrelated']);
    expect(rememberedMapping(HEADERS, store)).toBeUndefined();
  });

  it('treats a damaged entry as none, and survives a store that refuses writes', () => {
    expect(rememberedMapping(HEADERS, memoryStore({ [MAPPINGS_KEY]: '{not json' }))).toBeUndefined();
    expect(rememberedMapping(HEADERS, memoryStore({ [MAPPINGS_KEY]: '{"x":[1,2]}' }))).toBeUndefined();
    const full = { ...memoryStore(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => rememberMapping(HEADERS, MAPPING, full)).not.toThrow();
  });
});
