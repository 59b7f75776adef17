/** The storage order: by recorded date and time, then record_id as bytes; worked out in steps. */
import { describe, expect, it } from 'vitest';
import { unpaced } from '../../src/data/pacing';
import { AcceptedRecords, RECORDED_DATE, RECORD_ID } from '../../src/data/reading/acceptedRecords';
import { ByteValues } from '../../src/data/reading/byteValues';
import { storageOrder } from '../../src/data/reading/recordOrder';

/** Accepted records with these recorded times and ids (in file order). */
function records(times: readonly number[], ids: readonly string[]): { accepted: AcceptedRecords; recordIds: ByteValues } {
  const accepted = new AcceptedRecords(times.length);
  const recordIds = new ByteValues();
  const encoder = new TextEncoder();
  times.forEach((time, i) => {
    const bytes = encoder.encode(ids[i]);
    (accepted.columns[RECORDED_DATE] as Float64Array)[i] = time;
    (accepted.columns[RECORD_ID] as Int32Array)[i] = recordIds.indexOf(bytes, 0, bytes.length);
  });
  accepted.length = times.length;
  return { accepted, recordIds };
}

/** The order as plainly as it can be said: positions sorted by time, then by the id's bytes. */
function expectedOrder(times: readonly number[], ids: readonly string[]): number[] {
  const bytes = ids.map((id) => Buffer.from(id, 'utf8'));
  return times.map((_, i) => i).sort((a, b) => times[a] - times[b] || Buffer.compare(bytes[a], bytes[b]));
}

/** A deterministic pseudo-random sequence (so a failure can be replayed). */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function randomIds(count: number, next: () => number): string[] {
  return Array.from({ length: count }, (_, i) => `R${Math.floor(next() * 1e9).toString(36)}é${i}`);
}

describe('storage order', () => {
  it('orders a file in date order by record_id within each date and time, as a sort of everything would', () => {
    const next = random(7);
    const times: number[] = [];
    for (let day = 0; times.length < 5000; day++) {
      const run = Math.floor(next() * 40); // runs of one date: none, one, or many
      for (let r = 0; r < run; r++) times.push(day * 86_400_000);
    }
    const ids = randomIds(times.length, next);
    const { accepted, recordIds } = records(times, ids);
    expect(Array.from(unpaced(storageOrder(accepted, recordIds)))).toEqual(expectedOrder(times, ids));
  });

  it('orders a file out of date order the same way', () => {
    const next = random(11);
    const times = Array.from({ length: 3000 }, () => Math.floor(next() * 50) * 86_400_000 + (next() < 0.2 ? 3_600_000 : 0));
    const ids = randomIds(times.length, next);
    const { accepted, recordIds } = records(times, ids);
    expect(Array.from(unpaced(storageOrder(accepted, recordIds)))).toEqual(expectedOrder(times, ids));
  });

  it('gives the page back while ordering a large file in date order, and at once for a small one', () => {
    const stepsOf = (count: number) => {
      const times = Array.from({ length: count }, (_, i) => Math.floor(i / 3) * 86_400_000);
      const { accepted, recordIds } = records(times, randomIds(count, random(3)));
      let steps = 0;
      const order = storageOrder(accepted, recordIds);
      while (!order.next().done) steps++;
      return steps;
    };
    expect(stepsOf(1000)).toBe(0);
    expect(stepsOf(250_000)).toBeGreaterThanOrEqual(2);
  });
});
