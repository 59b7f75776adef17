/**
 * The order `records` is stored in, and the victim keys: both worked out in JavaScript from the accepted
 * records before the table is written, so the engine only copies. Records are stored by (recorded date
 * and time, record_id): a period filter then skips the row groups outside it, and a victim's latest
 * record in any selection is their selected record with the largest rowid (src/queries/selection.ts).
 */
import { RECORDED_DATE, RECORD_ID, VICTIM_ID, type AcceptedRecords } from './acceptedRecords';
import type { ByteValues } from './byteValues';
import type { Steps } from '../pacing';


/** Records ordered between steps of the storage order (about 50 ms of sorting at most). */
const ROWS_PER_STEP = 100_000;

/**
 * The accepted records' positions in storage order: by recorded date and time, then record_id (as the
 * engine orders text: by UTF-8 bytes), in steps (src/data/pacing.ts). Extracts are written in date order, so
 * each run of records of one date and time is sorted by record_id on its own, a step every
 * ROWS_PER_STEP records; a file out of date order is sorted whole, in one step.
 */
export function* storageOrder(accepted: AcceptedRecords, recordIds: ByteValues): Steps<Int32Array> {
  const { length } = accepted;
  const at = accepted.columns[RECORDED_DATE] as Float64Array;
  const ids = accepted.columns[RECORD_ID] as Int32Array;
  const byId = (a: number, b: number) => recordIds.compare(ids[a], ids[b]);
  let inDateOrder = true;
  for (let i = 1; i < length && inDateOrder; i++) inDateOrder = at[i - 1] <= at[i];
  // A plain array: its sort (TimSort) uses the runs the file already has; a typed array's sort with a
  // comparator was three times slower on a million records.
  if (!inDateOrder) return Int32Array.from(Array.from({ length }, (_, i) => i).sort((a, b) => at[a] - at[b] || byId(a, b)));
  const order = new Int32Array(length);
  for (let start = 0, stepped = 0; start < length; ) {
    let end = start + 1;
    while (end < length && at[end] === at[start]) end++;
    if (end - start === 1) order[start] = start;
    else order.set(Array.from({ length: end - start }, (_, i) => start + i).sort(byId), start);
    start = end;
    if (start - stepped >= ROWS_PER_STEP) {
      stepped = start;
      yield;
    }
  }
  return order;
}

/** Each victim's key (their victim_id's index among accepted records, from 1) and whether they have one record only. */
export function victimKeys(accepted: AcceptedRecords, victims: number): { keys: Uint32Array; single: Uint8Array } {
  const counts = new Uint32Array(victims);
  const victimOf = accepted.columns[VICTIM_ID] as Int32Array;
  for (let i = 0; i < accepted.length; i++) counts[victimOf[i]]++;
  const keys = new Uint32Array(accepted.length);
  const single = new Uint8Array(accepted.length);
  for (let i = 0; i < accepted.length; i++) {
    keys[i] = victimOf[i] + 1;
    single[i] = counts[victimOf[i]] === 1 ? 1 : 0;
  }
  return { keys, single };
}
