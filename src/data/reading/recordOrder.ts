/**
 * The order `records` is stored in, and the victim keys: both worked out in JavaScript from the accepted
 * records before the table is written, so the engine only copies. Records are stored by (recorded date
 * and time, record_id): a period filter then skips the row groups outside it, and a victim's latest
 * record in any selection is their selected record with the largest rowid (src/queries/selection.ts).
 */
import { RECORDED_DATE, RECORD_ID, VICTIM_ID, type AcceptedRecords } from './acceptedRecords';
import type { ByteValues } from './byteValues';


/**
 * The accepted records' positions in storage order: by recorded date and time, then record_id (as the
 * engine orders text: by UTF-8 bytes). Extracts are usually written in date order, so an already
 * ordered file costs one pass.
 */
export function storageOrder(accepted: AcceptedRecords, recordIds: ByteValues): Int32Array {
  const { length } = accepted;
  const at = accepted.columns[RECORDED_DATE] as Float64Array;
  const ids = accepted.columns[RECORD_ID] as Int32Array;
  const before = (a: number, b: number) => at[a] - at[b] || recordIds.compare(ids[a], ids[b]);
  let ordered = true;
  for (let i = 1; i < length && ordered; i++) ordered = before(i - 1, i) <= 0;
  if (ordered) return Int32Array.from({ length }, (_, i) => i);
  // A plain array: its sort (TimSort) uses the runs a date-ordered file already has; a typed array's
  // sort with a comparator was three times slower on a million records.
  return Int32Array.from(Array.from({ length }, (_, i) => i).sort(before));
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
